"""The subject family as one check."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks._parts import FamilyCheck, part_needs, part_symbols
from mailwarden.checks.base import CheckContext, CheckResult
from mailwarden.checks.subject.subject import SubjectFeatures

_PARTS = (SubjectFeatures,)


class Subject(FamilyCheck):
    """Subject line features."""

    name = "subject"
    description = "subject line anomalies"
    parts = _PARTS
    symbols: ClassVar = part_symbols(_PARTS)
    needs = part_needs(_PARTS)
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        return await self.run_parts(ctx)
