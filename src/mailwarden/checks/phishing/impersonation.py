"""Display names impersonating protected people, agencies or brands while the address is elsewhere."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.phishing.options import PhishingOptions
from mailwarden.textfeatures.confusables import ascii_fold
from mailwarden.textfeatures.domains import registered_domain
from mailwarden.verdict import Category, Hit


class DisplayNameImpersonation(Part):
    """``From: "Microsoft 365 Support" <x@evil.example>`` (SPOOF_DISPLAY_NAME_* cover addresses in names)."""

    name = "phish_impersonation"
    description = "display name of a protected person/brand from another domain"
    symbols: ClassVar = (
        SymbolDef("PHISH_DISPLAY_NAME_IMPERSONATION", 3.0, "display name of a protected person, agency or brand; "
                  "the address is not theirs", Category.PHISHING, "phish_impersonation"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS})

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, PhishingOptions)
        self.names = [(ascii_fold(n), n, tuple(d.lower() for d in doms)) for n, doms in opts.names.items() if n]

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        if not m.from_display or not m.from_domain:
            return CheckResult()
        shown = f" {ascii_fold(m.from_display)} "
        dom = m.from_domain.lower()
        org = registered_domain(dom)
        names = list(self.names)
        opts = self.options
        assert isinstance(opts, PhishingOptions)
        if opts.protect_own_domains:
            names += [(ascii_fold(p), p, (p,)) for p in ctx.protected_domains]
        for folded, original, allowed in names:
            if f" {folded} " not in shown and not (len(folded) > 6 and folded in shown):
                continue
            if any(dom == a or dom.endswith("." + a) or org == a for a in allowed):
                continue
            return CheckResult(
                [Hit("PHISH_DISPLAY_NAME_IMPERSONATION", f"{m.from_display!r} shows {original!r}, sent from {dom}")]
            )
        return CheckResult()
