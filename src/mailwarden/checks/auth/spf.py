"""SPF check (RFC 7208): the MAIL FROM identity, or HELO for a null sender."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.auth.results import SpfOutcome, SpfScope
from mailwarden.auth.spf import check_spf
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

SYMBOL_FOR_RESULT = {
    "pass": "R_SPF_ALLOW",
    "fail": "R_SPF_FAIL",
    "softfail": "R_SPF_SOFTFAIL",
    "neutral": "R_SPF_NEUTRAL",
    "none": "R_SPF_NA",
    "temperror": "R_SPF_DNSFAIL",
    "permerror": "R_SPF_PERMFAIL",
}


class SpfCheck(Check):
    """Is the connecting IP authorised by the envelope sender's domain?"""

    name = "spf"
    description = "SPF (RFC 7208) for the MAIL FROM / HELO identity"
    symbols: ClassVar = (
        SymbolDef("R_SPF_ALLOW", -0.2, "SPF pass: the client IP is authorised", None, "spf"),
        SymbolDef("R_SPF_FAIL", 1.0, "SPF fail: the domain says this IP may not send", Category.SPOOF, "spf"),
        SymbolDef("R_SPF_SOFTFAIL", 0.5, "SPF softfail (~all)", Category.SPOOF, "spf"),
        SymbolDef("R_SPF_NEUTRAL", 0.0, "SPF neutral (?all)", None, "spf"),
        SymbolDef("R_SPF_NA", 0.0, "No SPF record, or nothing to check", None, "spf"),
        SymbolDef("R_SPF_DNSFAIL", 0.0, "SPF temperror: DNS failed", None, "spf"),
        SymbolDef("R_SPF_PERMFAIL", 0.0, "SPF permerror: broken SPF record", None, "spf"),
    )
    needs = frozenset({Need.CONNECTION, Need.HELO, Need.MAIL_FROM, Need.DNS})
    timeout = 20.0  # RFC 7208 §4.6.4 allows 10 DNS-querying terms plus their lookups

    async def run(self, ctx: CheckContext) -> CheckResult:
        env = ctx.envelope
        sender = (env.mail_from or "").strip().strip("<>")
        helo = (env.helo or "").strip()
        scope: SpfScope = "mfrom" if sender else "helo"
        domain = sender.rpartition("@")[2] if sender else helo
        if not env.client_ip or not (sender or helo):
            missing = "client IP" if not env.client_ip else "MAIL FROM and HELO"
            why = f"SPF not checked: the envelope has no {missing}"
            outcome = SpfOutcome("none", domain, scope, why, "", sender, env.client_ip, helo or None)
            return CheckResult([Hit("R_SPF_NA", why)], outcome)
        lookup = ctx.sync_dns().resolve
        outcome = await ctx.run_blocking(
            lambda: check_spf(lookup, env.client_ip or "", sender, helo, receiver=ctx.authserv_id)
        )
        detail = f"{outcome.domain} ({outcome.scope}): {outcome.result}"
        if outcome.result != "pass" and outcome.explanation:
            detail += f": {outcome.explanation}"
        return CheckResult([Hit(SYMBOL_FOR_RESULT[outcome.result], detail)], outcome)
