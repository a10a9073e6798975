"""The body family as one check: HTML tricks and obfuscated words."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks._parts import FamilyCheck, part_needs, part_symbols
from mailwarden.checks.base import CheckContext, CheckResult
from mailwarden.checks.body.families import SpamFamilies
from mailwarden.checks.body.html_tricks import HtmlTricks
from mailwarden.checks.body.phrases import SpamPhrases
from mailwarden.checks.body.words import ObfuscatedWords

_PARTS = (HtmlTricks, ObfuscatedWords, SpamPhrases, SpamFamilies)


class Body(FamilyCheck):
    """Body and HTML features."""

    name = "body"
    description = "hidden/tiny text, image-only mail, forms, obfuscated words, URL counts, spam phrases and families"
    parts = _PARTS
    symbols: ClassVar = part_symbols(_PARTS)
    needs = part_needs(_PARTS)
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        return await self.run_parts(ctx)
