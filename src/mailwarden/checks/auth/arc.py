"""ARC check (RFC 8617): validate the Authenticated Received Chain."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.auth.arc import verify_arc
from mailwarden.auth.results import ArcOutcome
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit


class ArcOptions(BaseModel):
    """Verifier limits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_key_bits: int = Field(1024, ge=512)


def symbol_for(outcome: ArcOutcome) -> str:
    """The symbol of an ARC outcome: pass/none, or why the chain failed."""
    if outcome.cv == "pass":
        return "ARC_ALLOW"
    if outcome.cv == "none":
        return "ARC_NA"
    if outcome.error == "temperror":
        return "ARC_DNSFAIL"
    if outcome.error == "permerror":
        return "ARC_INVALID"
    return "ARC_REJECT"


class ArcCheck(Check):
    """Is the ARC chain intact (intermediaries such as mailing lists vouching for earlier results)?"""

    name = "arc"
    description = "ARC chain validation (RFC 8617)"
    symbols: ClassVar = (
        SymbolDef("ARC_ALLOW", -1.0, "ARC chain validated (cv=pass)", None, "arc"),
        SymbolDef("ARC_REJECT", 1.0, "ARC chain signature did not verify (cv=fail)", Category.SPOOF, "arc"),
        SymbolDef("ARC_INVALID", 0.5, "ARC chain malformed (cv=fail)", Category.SPOOF, "arc"),
        SymbolDef("ARC_NA", 0.0, "No ARC chain", None, "arc"),
        SymbolDef("ARC_DNSFAIL", 0.0, "ARC key lookup failed temporarily", None, "arc"),
    )
    needs = frozenset({Need.RAW, Need.HEADERS, Need.DNS})
    Options = ArcOptions
    timeout = 15.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        opts = self.options
        assert isinstance(opts, ArcOptions)
        lookup = ctx.sync_dns().resolve
        outcome = await ctx.run_blocking(lambda: verify_arc(ctx.message.raw, lookup, min_key_bits=opts.min_key_bits))
        detail = f"cv={outcome.cv} i={outcome.instance_count}" + (f": {outcome.reason}" if outcome.reason else "")
        return CheckResult([Hit(symbol_for(outcome), detail)], outcome)
