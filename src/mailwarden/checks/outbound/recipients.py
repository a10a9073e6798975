"""Classify outbound recipients (internal, peer, free-mail, foreign, external) and apply the per-class policy."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.outbound.geo import mx_countries
from mailwarden.outbound.policy import PolicyWord, forced_action
from mailwarden.outbound.recipients import (
    DEFAULT_PEER_PATTERNS,
    RecipientClass,
    RecipientPolicy,
    RecipientsOutcome,
    classify,
    domain_of,
    needs_mx_lookup,
)
from mailwarden.verdict import Action, Category, Direction, Hit

_SYMBOL = {
    RecipientClass.FREEMAIL: "OUTBOUND_TO_FREEMAIL",
    RecipientClass.FOREIGN: "OUTBOUND_TO_FOREIGN",
    RecipientClass.EXTERNAL: "OUTBOUND_TO_EXTERNAL",
    RecipientClass.PEER: "OUTBOUND_TO_PEER",
}


class RecipientOptions(BaseModel):
    """``[checks.outbound_recipients]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home_countries: list[str] = Field(default_factory=lambda: ["vn"], description="ISO codes counted as domestic")
    peer_patterns: dict[str, list[str]] = Field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_PEER_PATTERNS.items()},
        description="country -> government domain globs; peers of a home country are PEER, others FOREIGN",
    )
    foreign_exempt: list[str] = Field(default_factory=list, description="domains never counted as foreign")
    mx_geoip: bool = Field(False, description="look up the country of gTLD recipients' MX hosts (needs DNS)")
    freemail: PolicyWord = "warn"
    foreign: PolicyWord = "warn"
    external: PolicyWord = "allow"
    peer: PolicyWord = "allow"


def recipient_policy(opts: RecipientOptions, ctx: CheckContext) -> RecipientPolicy:
    """The classification settings of this check combined with the engine's domain lists."""
    return RecipientPolicy(
        local_domains=ctx.local_domains,
        home_countries=tuple(c.lower() for c in opts.home_countries),
        peer_patterns={k.lower(): tuple(v) for k, v in opts.peer_patterns.items()},
        freemail_domains=ctx.freemail_domains,
        foreign_exempt=tuple(opts.foreign_exempt),
    )


class OutboundRecipients(Check):
    """Where outbound mail goes; later checks read the classes from this check's outcome."""

    name = "outbound_recipients"
    description = "recipient classes of outbound mail and the per-class policy"
    symbols: ClassVar = (
        SymbolDef(
            "OUTBOUND_TO_FREEMAIL", 0.5, "outbound mail to a private free-mail mailbox", Category.POLICY, "outbound"
        ),
        SymbolDef("OUTBOUND_TO_FOREIGN", 0.5, "outbound mail to a foreign domain", Category.POLICY, "outbound"),
        SymbolDef("OUTBOUND_TO_EXTERNAL", 0.0, "outbound mail to a non-government domain", Category.POLICY, "outbound"),
        SymbolDef("OUTBOUND_TO_PEER", 0.0, "outbound mail to a government peer domain", Category.POLICY, "outbound"),
    )
    needs = frozenset({Need.RCPT})
    Options = RecipientOptions
    timeout = 15.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        if ctx.direction is not Direction.OUTBOUND:
            return CheckResult()
        opts = self.options
        assert isinstance(opts, RecipientOptions)
        policy = recipient_policy(opts, ctx)
        countries: dict[str, tuple[str, ...]] = {}
        if opts.mx_geoip and not ctx.offline:
            for rcpt in ctx.envelope.rcpt_to:
                dom = domain_of(rcpt)
                if dom and dom not in countries and needs_mx_lookup(dom, policy):
                    countries[dom] = await mx_countries(dom, ctx.resolver, ctx.dns_timeout)
        classes = tuple(classify(r, policy, countries.get(domain_of(r), ())) for r in ctx.envelope.rcpt_to)
        result = CheckResult(outcome=RecipientsOutcome(classes))
        words: dict[RecipientClass, PolicyWord] = {
            RecipientClass.FREEMAIL: opts.freemail,
            RecipientClass.FOREIGN: opts.foreign,
            RecipientClass.EXTERNAL: opts.external,
            RecipientClass.PEER: opts.peer,
        }
        for klass, symbol in _SYMBOL.items():
            hit = [c for c in classes if c.klass is klass]
            if not hit or words[klass] == "allow":
                continue
            detail = ", ".join(f"{c.address} ({c.reason})" for c in hit[:10])
            result.hits.append(Hit(symbol, detail))
            action: Action | None = forced_action(words[klass])
            if action is not None:
                result.forced[symbol] = action
        return result
