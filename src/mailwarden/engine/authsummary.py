"""Sender-authentication outcomes -> the Authentication-Results header, the summary, DMARC enforcement."""

from __future__ import annotations

from mailwarden.auth.authresults import build_authentication_results
from mailwarden.auth.results import ArcOutcome, DkimOutcome, DmarcOutcome, SpfOutcome
from mailwarden.checks.base import CheckContext
from mailwarden.config import Settings
from mailwarden.verdict import Action, AuthSummary


def auth_header_and_summary(ctx: CheckContext) -> tuple[str | None, AuthSummary]:
    """Build the RFC 8601 header once, in policy, from whatever auth checks ran."""
    spf = ctx.outcome("spf", SpfOutcome)
    dkim = ctx.outcome("dkim", DkimOutcome)
    arc = ctx.outcome("arc", ArcOutcome)
    dmarc = ctx.outcome("dmarc", DmarcOutcome)
    summary = AuthSummary(
        spf=spf.result if spf else "none",
        dkim=dkim.result if dkim else "none",
        dmarc=dmarc.result if dmarc else "none",
        arc=arc.result if arc else "none",
    )
    if not (spf or dkim or arc or dmarc):
        return None, summary
    header = build_authentication_results(ctx.authserv_id, spf=spf, dkim=dkim, arc=arc, dmarc=dmarc)
    return header, summary


DMARC_SYMBOL = {
    "reject": "DMARC_POLICY_REJECT",
    "quarantine": "DMARC_POLICY_QUARANTINE",
    "none": "DMARC_POLICY_SOFTFAIL",
}


def dmarc_forced_action(ctx: CheckContext, settings: Settings) -> dict[str, Action]:
    """RFC 7489 §6.6.2: the operator maps a failing sender's published policy to an action."""
    dmarc = ctx.outcome("dmarc", DmarcOutcome)
    cfg = settings.dmarc
    if dmarc is None or dmarc.result != "fail" or not cfg.enforce:
        return {}
    if dmarc.applied_policy == "reject":
        return {DMARC_SYMBOL["reject"]: cfg.reject_action}
    if dmarc.applied_policy == "quarantine":
        return {DMARC_SYMBOL["quarantine"]: cfg.quarantine_action}
    if cfg.none_action is not None:
        return {DMARC_SYMBOL["none"]: cfg.none_action}
    return {}
