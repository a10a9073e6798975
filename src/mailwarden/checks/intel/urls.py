"""Every URL in the message (full URL and host) against indicator lists."""

from __future__ import annotations

import ipaddress
from typing import ClassVar

from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.intel._common import IntelCheck, IntelOptions, result_for
from mailwarden.intel.listed import IocMatch
from mailwarden.verdict import Category


class IntelUrls(IntelCheck):
    """Listed URLs (normalised: scheme, default port and host case ignored) and listed URL hosts."""

    name = "intel_urls"
    description = "URLs and URL hosts against indicator lists"
    symbols: ClassVar = (
        SymbolDef("IOC_URL", 12.0, "a URL in the message is listed (detail: URL, lists)", Category.PHISHING, "intel"),
        SymbolDef(
            "IOC_URL_HOST",
            8.0,
            "a URL's host is a listed domain (or subdomain) or a listed IP/CIDR",
            Category.PHISHING,
            "intel",
        ),
    )
    needs = frozenset({Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        assert isinstance(self.options, IntelOptions)
        urls = ctx.message.urls
        if not urls:
            return CheckResult()
        index = await self.holder.current(ctx)
        if not len(index):
            return CheckResult()
        found: list[tuple[str, str, IocMatch]] = []
        hosts_seen: set[str] = set()
        for url in urls:
            match = index.match_url(url.url)
            if match is not None:
                found.append(("IOC_URL", f"URL {url.url[:200]}", match))
            host = url.host.strip("[]")
            if host in hosts_seen:
                continue
            hosts_seen.add(host)
            try:
                ipaddress.ip_address(host)
                hmatch = index.match_ip(host)
            except ValueError:
                hmatch = index.match_domain(host)
            if hmatch is not None:
                found.append(("IOC_URL_HOST", f"URL host {host}", hmatch))
        return result_for(self.options, found)
