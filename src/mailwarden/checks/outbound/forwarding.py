"""Automatic forwards of official mail to private or foreign mailboxes (CN-RECT-05, CN-SCT-11): rejected by default."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.outbound.autoforward import analyse
from mailwarden.outbound.policy import PolicyWord, forced_action
from mailwarden.outbound.recipients import RecipientClass, RecipientPolicy, RecipientsOutcome, classify
from mailwarden.verdict import Category, Direction, Hit

_SYMBOL = {
    RecipientClass.FREEMAIL: "OUTBOUND_AUTOFORWARD_PRIVATE",
    RecipientClass.FOREIGN: "OUTBOUND_AUTOFORWARD_FOREIGN",
    RecipientClass.EXTERNAL: "OUTBOUND_AUTOFORWARD_EXTERNAL",
}


class ForwardingOptions(BaseModel):
    """``[checks.outbound_forwarding]``: what to do with auto-forwards per recipient class."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    private: PolicyWord = "reject"
    foreign: PolicyWord = "reject"
    external: PolicyWord = "warn"


class OutboundForwarding(Check):
    """Detects automatic forwarding/redirection and applies the policy of the recipients' classes."""

    name = "outbound_forwarding"
    description = "automatic forwarding of mail to private, foreign or other outside mailboxes"
    symbols: ClassVar = (
        SymbolDef("OUTBOUND_AUTOFORWARD", 0.0, "outbound message is an automatic forward", Category.POLICY, "outbound"),
        SymbolDef(
            "OUTBOUND_AUTOFORWARD_PRIVATE",
            5.0,
            "automatic forward to a private free-mail mailbox",
            Category.POLICY,
            "outbound",
        ),
        SymbolDef(
            "OUTBOUND_AUTOFORWARD_FOREIGN", 5.0, "automatic forward to a foreign mailbox", Category.POLICY, "outbound"
        ),
        SymbolDef(
            "OUTBOUND_AUTOFORWARD_EXTERNAL",
            1.0,
            "automatic forward to a non-government outside mailbox",
            Category.POLICY,
            "outbound",
        ),
    )
    needs = frozenset({Need.HEADERS, Need.MAIL_FROM, Need.RCPT})
    after = ("outbound_recipients",)
    Options = ForwardingOptions
    timeout = 2.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        if ctx.direction is not Direction.OUTBOUND:
            return CheckResult()
        analysis = analyse(ctx.message, ctx.local_domains, ctx.authserv_id)
        if not analysis.is_autoforward:
            return CheckResult()
        opts = self.options
        assert isinstance(opts, ForwardingOptions)
        outcome = ctx.outcome("outbound_recipients", RecipientsOutcome)
        if outcome is None:  # recipients check disabled: classify with the engine's domain lists only
            policy = RecipientPolicy(ctx.local_domains, freemail_domains=ctx.freemail_domains)
            outcome = RecipientsOutcome(tuple(classify(r, policy) for r in ctx.envelope.rcpt_to))
        signals = analysis.describe()
        result = CheckResult([Hit("OUTBOUND_AUTOFORWARD", signals[:500])])
        words: dict[RecipientClass, PolicyWord] = {
            RecipientClass.FREEMAIL: opts.private,
            RecipientClass.FOREIGN: opts.foreign,
            RecipientClass.EXTERNAL: opts.external,
        }
        for klass, symbol in _SYMBOL.items():
            hit = outcome.of_class(klass)
            if not hit or words[klass] == "allow":
                continue
            to = ", ".join(f"{c.address} ({c.reason})" for c in hit[:10])
            result.hits.append(Hit(symbol, f"to {to}; {signals}"[:1000]))
            action = forced_action(words[klass])
            if action is not None:
                result.forced[symbol] = action
        return result
