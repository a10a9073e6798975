"""Look-alikes of protected domains (ours and peer government domains) in links and in the From address."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.phishing.links import message_urls
from mailwarden.checks.phishing.options import PhishingOptions
from mailwarden.textfeatures.domains import lookalike
from mailwarden.verdict import Category, Hit

MAX_URLS = 200
NOT_LINKS = frozenset(("html-src", "html-css"))


class LookalikeDomains(Part):
    """Edit distance, homoglyph skeleton, added words and TLD swap against ``ctx.protected_domains`` + peers."""

    name = "phish_lookalike"
    description = "domains imitating protected or peer domains"
    symbols: ClassVar = (
        SymbolDef("PHISH_LOOKALIKE_URL", 5.0, "a link to a domain imitating a protected domain", Category.PHISHING,
                  "phish_lookalike"),
        SymbolDef("PHISH_LOOKALIKE_SENDER", 6.0, "From domain imitating a protected domain", Category.PHISHING,
                  "phish_lookalike"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS, Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        opts = self.options
        assert isinstance(opts, PhishingOptions)
        targets = tuple(dict.fromkeys((*ctx.protected_domains, *opts.peer_domains)))
        if not targets:
            return CheckResult()
        hits: list[Hit] = []
        if ctx.message.from_domain:
            la = lookalike(ctx.message.from_domain, targets)
            if la:
                hits.append(Hit("PHISH_LOOKALIKE_SENDER", f"{la.host} imitates {la.target} ({la.kind})"))
        seen: set[str] = set()
        for u in message_urls(ctx)[:MAX_URLS]:
            # Images and styles are not links: a brand's own CDN names hosts after it
            # (img-prod-cms-rt-microsoft-com.akamaized.net, on Microsoft's real sign-in notices).
            if u.host in seen or u.source in NOT_LINKS:
                continue
            seen.add(u.host)
            la = lookalike(u.host, targets)
            if la:
                hits.append(Hit("PHISH_LOOKALIKE_URL", f"{la.host} imitates {la.target} ({la.kind})"))
                break
        return CheckResult(hits)
