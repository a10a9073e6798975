"""DMARC check (RFC 7489): aligns the SPF and DKIM outcomes with the From domain and applies the policy."""

from __future__ import annotations

import hashlib
from typing import ClassVar

from mailwarden.auth.dmarc import evaluate_dmarc
from mailwarden.auth.results import DkimOutcome, DmarcOutcome, SpfOutcome
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, Stage, SymbolDef
from mailwarden.verdict import Category, Hit

POLICY_SYMBOL = {
    "reject": "DMARC_POLICY_REJECT",
    "quarantine": "DMARC_POLICY_QUARANTINE",
    "none": "DMARC_POLICY_SOFTFAIL",
}


def symbol_for(outcome: DmarcOutcome) -> str:
    """The symbol of a DMARC outcome; a failure is named by the disposition applied (after pct)."""
    if outcome.result == "pass":
        return "DMARC_POLICY_ALLOW"
    if outcome.result == "fail":
        return POLICY_SYMBOL[outcome.applied_policy]
    if outcome.result == "temperror":
        return "DMARC_DNSFAIL"
    if outcome.result == "permerror":
        return "DMARC_BAD_POLICY"
    return "DMARC_NA"


class DmarcCheck(Check):
    """Does the From: domain's DMARC policy accept this message, and what does it ask us to do?"""

    name = "dmarc"
    description = "DMARC (RFC 7489) policy evaluation from the SPF and DKIM outcomes"
    symbols: ClassVar = (
        SymbolDef("DMARC_POLICY_ALLOW", -0.5, "DMARC pass: SPF or DKIM aligned with From", None, "dmarc"),
        SymbolDef("DMARC_POLICY_REJECT", 2.0, "DMARC fail, policy reject", Category.SPOOF, "dmarc"),
        SymbolDef("DMARC_POLICY_QUARANTINE", 1.5, "DMARC fail, policy quarantine", Category.SPOOF, "dmarc"),
        SymbolDef("DMARC_POLICY_SOFTFAIL", 0.1, "DMARC fail, policy none", Category.SPOOF, "dmarc"),
        SymbolDef("DMARC_NA", 0.0, "No DMARC record for the From domain", None, "dmarc"),
        SymbolDef("DMARC_BAD_POLICY", 0.0, "DMARC record invalid (permerror)", None, "dmarc"),
        SymbolDef("DMARC_DNSFAIL", 0.0, "DMARC lookup or an aligned check failed temporarily", None, "dmarc"),
    )
    needs = frozenset({Need.HEADERS, Need.DNS})
    after = ("spf", "dkim")
    timeout = 10.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        from_fields = sum(1 for name, _ in m.headers if name.lower() == "from")
        if from_fields > 1:
            # RFC 7489 §6.6.1: more than one From field cannot be evaluated reliably
            outcome = DmarcOutcome(
                "permerror", m.from_domain, reason=f"{from_fields} From header fields (RFC 7489 §6.6.1)"
            )
            return CheckResult([Hit("DMARC_BAD_POLICY", outcome.reason)], outcome)
        spf = ctx.outcome("spf", SpfOutcome)
        dkim = ctx.outcome("dkim", DkimOutcome)
        if dkim is None and ctx.stage < Stage.EOM:
            # DKIM needs the whole message; deciding DMARC at an earlier milter stage could turn a
            # message that DKIM would align into a reject. Decide at end-of-message instead.
            return CheckResult()
        lookup = ctx.sync_dns().resolve
        key = sample_key(ctx)
        outcome = await ctx.run_blocking(lambda: evaluate_dmarc(m.from_domain, spf, dkim, lookup, sample_key=key))
        detail = f"{outcome.from_domain or '-'}: {outcome.result}"
        if outcome.policy is not None:
            detail += f" p={outcome.policy} applied={outcome.applied_policy}"
        if outcome.reason:
            detail += f" ({outcome.reason})"
        return CheckResult([Hit(symbol_for(outcome), detail)], outcome)


def sample_key(ctx: CheckContext) -> str:
    """Stable per-message key for pct sampling (RFC 7489 §6.6.4): Message-ID, else a digest of the headers."""
    m = ctx.message
    if m.message_id:
        return m.message_id.strip()
    digest = hashlib.sha256()
    for name, value in m.headers:
        digest.update(name.encode("utf-8", "replace") + b":" + value + b"\n")
    return digest.hexdigest()
