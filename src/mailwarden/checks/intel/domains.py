"""Envelope and header domains and addresses against indicator lists (suffix match, IDN-aware)."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.intel._common import IntelCheck, IntelOptions, result_for
from mailwarden.intel.listed import IocMatch
from mailwarden.message.headers import domain_of, parse_addresses
from mailwarden.message.hosts import normalise_host
from mailwarden.verdict import Category

_HEADER_FIELDS = ("from", "sender", "reply-to", "return-path")


class IntelDomains(IntelCheck):
    """Sender domains (envelope, headers), listed addresses, and recipients in listed domains."""

    name = "intel_domains"
    description = "envelope/header domains and addresses against indicator lists"
    symbols: ClassVar = (
        SymbolDef(
            "IOC_DOMAIN_ENVELOPE",
            10.0,
            "MAIL FROM domain, HELO or client host name is (a subdomain of) a listed domain",
            Category.MALWARE,
            "intel",
        ),
        SymbolDef(
            "IOC_DOMAIN_HEADER",
            8.0,
            "a From/Sender/Reply-To/Return-Path domain is (a subdomain of) a listed domain",
            Category.PHISHING,
            "intel",
        ),
        SymbolDef(
            "IOC_EMAIL_SENDER",
            10.0,
            "the envelope sender or a From/Sender/Reply-To address is a listed e-mail address",
            Category.PHISHING,
            "intel",
        ),
        SymbolDef(
            "IOC_DOMAIN_RCPT",
            6.0,
            "a recipient is in a listed domain (outbound mail to an indicator: VN-CAMP-04 alert)",
            Category.POLICY,
            "intel",
        ),
    )
    needs = frozenset({Need.HELO, Need.MAIL_FROM, Need.RCPT, Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        assert isinstance(self.options, IntelOptions)
        index = await self.holder.current(ctx)
        if not len(index):
            return CheckResult()
        env = ctx.envelope
        found: list[tuple[str, str, IocMatch]] = []

        def domain(symbol: str, where: str, name: str | None) -> None:
            if name:
                match = index.match_domain(normalise_host(name))
                if match is not None:
                    found.append((symbol, f"{where} {name}", match))

        def address(where: str, addr: str | None, symbol: str) -> None:
            if not addr or "@" not in addr:
                return
            match = index.match_email(addr)
            if match is not None:
                found.append(("IOC_EMAIL_SENDER", f"{where} {addr}", match))
            domain(symbol, where, domain_of(addr))

        address("MAIL FROM", env.mail_from, "IOC_DOMAIN_ENVELOPE")
        domain("IOC_DOMAIN_ENVELOPE", "HELO", _hostlike(env.helo))
        domain("IOC_DOMAIN_ENVELOPE", "client name", _hostlike(env.client_name))
        for field in _HEADER_FIELDS:
            for raw in _header_values(ctx, field):
                for _display, addr in parse_addresses(raw):
                    address(field.title(), addr, "IOC_DOMAIN_HEADER")
        for rcpt in env.rcpt_to:
            domain("IOC_DOMAIN_RCPT", "RCPT TO", domain_of(rcpt))
        return result_for(self.options, found)


def _hostlike(name: str | None) -> str | None:
    if not name or name.startswith("[") or "." not in name:
        return None
    return name


def _header_values(ctx: CheckContext, field: str) -> list[bytes]:
    return [v for n, v in ctx.message.headers if n.lower() == field]
