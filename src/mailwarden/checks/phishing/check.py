"""The phishing family as one check: URL tricks, look-alikes, HTML attachments, impersonation, lures."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks._parts import FamilyCheck, part_needs, part_symbols
from mailwarden.checks.base import CheckContext, CheckResult
from mailwarden.checks.phishing.html_attachment import HtmlAttachment
from mailwarden.checks.phishing.impersonation import DisplayNameImpersonation
from mailwarden.checks.phishing.links import FILE_URL_CHECKS
from mailwarden.checks.phishing.lookalike import LookalikeDomains
from mailwarden.checks.phishing.lures import Lures
from mailwarden.checks.phishing.options import PhishingOptions
from mailwarden.checks.phishing.urls import PhishingUrls

_PARTS = (PhishingUrls, LookalikeDomains, HtmlAttachment, DisplayNameImpersonation, Lures)


class Phishing(FamilyCheck):
    """Phishing rules; ``[checks.phishing]`` sets peer domains and protected names."""

    name = "phishing"
    description = "deceptive URLs, look-alike domains, credential-form attachments, impersonation, lures"
    parts = _PARTS
    symbols: ClassVar = part_symbols(_PARTS)
    needs = part_needs(_PARTS)
    Options = PhishingOptions
    after = FILE_URL_CHECKS  # URLs inside PDF, Office and image files
    timeout = 2.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        return await self.run_parts(ctx)
