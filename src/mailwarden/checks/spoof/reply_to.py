"""Reply-To diverting answers to a private free-mail box while From: shows a protected domain."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.data import is_freemail
from mailwarden.verdict import Category, Hit


class ReplyToFreemail(Check):
    """Business e-mail compromise pattern: From: ministry, Reply-To: someone@gmail.com."""

    name = "spoof_reply_to"
    description = "Reply-To to free-mail when From: is a protected domain"
    symbols: ClassVar = (
        SymbolDef(
            "SPOOF_REPLYTO_FREEMAIL",
            4.0,
            "From: is a protected domain but Reply-To points to a free-mail provider",
            Category.SPOOF,
            "spoof",
        ),
    )
    needs = frozenset({Need.HEADERS})
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        dom = (m.from_domain or "").lower()
        if not dom or not any(dom == p or dom.endswith("." + p) for p in ctx.protected_domains):
            return CheckResult()
        for addr in m.reply_to:
            rdom = addr.rpartition("@")[2].lower()
            if rdom and is_freemail(rdom, ctx.freemail_domains):
                return CheckResult([Hit("SPOOF_REPLYTO_FREEMAIL", f"From {dom}, Reply-To {addr}")])
        return CheckResult()
