"""DKIM check (RFC 6376, RFC 8463): verify every DKIM-Signature over the exact message bytes."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.auth.dkim import MAX_SIGNATURES, verify_dkim
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

SYMBOL_FOR_RESULT = {
    "pass": "R_DKIM_ALLOW",
    "fail": "R_DKIM_REJECT",
    "temperror": "R_DKIM_TEMPFAIL",
    "permerror": "R_DKIM_PERMFAIL",
    "neutral": "R_DKIM_PERMFAIL",
    "policy": "R_DKIM_PERMFAIL",
}


class DkimOptions(BaseModel):
    """Verifier limits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_key_bits: int = Field(1024, ge=512)  # RFC 8301 §3.2: verifiers MUST NOT accept < 1024
    accept_sha1: bool = False  # RFC 8301 §3.1
    max_signatures: int = Field(MAX_SIGNATURES, ge=1, le=50)


class DkimCheck(Check):
    """Do the message's DKIM signatures verify?"""

    name = "dkim"
    description = "DKIM signatures (RFC 6376, Ed25519 RFC 8463)"
    symbols: ClassVar = (
        SymbolDef("R_DKIM_ALLOW", -0.2, "A DKIM signature verified", None, "dkim"),
        SymbolDef("R_DKIM_REJECT", 1.0, "A DKIM signature did not verify", Category.SPOOF, "dkim"),
        SymbolDef("R_DKIM_TEMPFAIL", 0.0, "DKIM key lookup failed temporarily", None, "dkim"),
        SymbolDef("R_DKIM_PERMFAIL", 0.0, "DKIM signature or key unusable", None, "dkim"),
        SymbolDef("R_DKIM_NA", 0.0, "No DKIM signature", None, "dkim"),
    )
    needs = frozenset({Need.RAW, Need.HEADERS, Need.DNS})
    Options = DkimOptions
    timeout = 15.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        opts = self.options
        assert isinstance(opts, DkimOptions)
        lookup = ctx.sync_dns().resolve
        outcome = await ctx.run_blocking(
            lambda: verify_dkim(
                ctx.message.raw,
                lookup,
                min_key_bits=opts.min_key_bits,
                accept_sha1=opts.accept_sha1,
                max_signatures=opts.max_signatures,
            )
        )
        if not outcome.signatures:
            detail = outcome.error or "no DKIM-Signature"
            symbol = "R_DKIM_PERMFAIL" if outcome.error else "R_DKIM_NA"
            return CheckResult([Hit(symbol, detail)], outcome)
        # one hit per symbol, the detail listing each signature (rspamd style "d:s:result")
        details: dict[str, list[str]] = {}
        for sig in outcome.signatures:
            text = f"d={sig.domain} s={sig.selector}" + (f": {sig.reason}" if sig.reason else "")
            details.setdefault(SYMBOL_FOR_RESULT[sig.result], []).append(text)
        hits = [Hit(symbol, "; ".join(texts)) for symbol, texts in details.items()]
        return CheckResult(hits, outcome)
