"""Inbound mail (outside, not authenticated) claiming a protected domain in From: without passing DMARC."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.auth.results import DmarcOutcome
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.textfeatures.domains import in_domain
from mailwarden.verdict import Category, Direction, Hit


class ProtectedDomainSpoof(Check):
    """From: claims a protected domain, the client is outside, and DMARC did not pass."""

    name = "spoof_protected"
    description = "outside mail using a protected domain in From: without DMARC pass"
    symbols: ClassVar = (
        SymbolDef(
            "SPOOF_PROTECTED_DOMAIN",
            8.0,
            "From: uses a protected domain, sent from outside, DMARC not pass",
            Category.SPOOF,
            "spoof",
        ),
        SymbolDef(
            "SPOOF_PROTECTED_UNVERIFIED",
            2.0,
            "From: uses a protected domain from outside and DMARC could not be evaluated",
            Category.SPOOF,
            "spoof",
        ),
    )
    needs = frozenset({Need.HEADERS, Need.CONNECTION})
    after = ("dmarc",)
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        dom = ctx.message.from_domain
        if not dom or not ctx.protected_domains:
            return CheckResult()
        protected = in_domain(dom, ctx.protected_domains)
        if protected is None or ctx.direction is not Direction.INBOUND:
            return CheckResult()
        dmarc = ctx.outcome("dmarc", DmarcOutcome)
        if dmarc is not None and dmarc.result == "pass":
            return CheckResult()
        client = ctx.envelope.client_ip or "unknown client"
        if dmarc is None or dmarc.result in ("temperror", "none"):
            why = "not evaluated" if dmarc is None else dmarc.result
            return CheckResult(
                [
                    Hit(
                        "SPOOF_PROTECTED_UNVERIFIED",
                        f"From domain {dom} ({protected}) from {client}; DMARC {why}",
                    )
                ]
            )
        return CheckResult(
            [
                Hit(
                    "SPOOF_PROTECTED_DOMAIN",
                    f"From domain {dom} ({protected}) from {client}; DMARC {dmarc.result}",
                )
            ]
        )
