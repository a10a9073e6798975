"""The GTUBE test pattern (SpamAssassin/rspamd): lets operators test the reject path end to end."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"


class Gtube(Check):
    """Generic Test for Unsolicited Bulk Email: scores as certain spam."""

    name = "gtube"
    description = "GTUBE test string in the body"
    symbols: ClassVar = (SymbolDef("GTUBE", 100.0, "GTUBE test pattern found in the body", Category.SPAM),)
    needs = frozenset({Need.BODY})
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        if GTUBE in m.text_body or (m.html_body is not None and GTUBE in m.html_body):
            return CheckResult([Hit("GTUBE")])
        return CheckResult()
