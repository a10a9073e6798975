"""The header family as one check: Date/Message-ID, structure, Received chain, sender consistency, forged clients."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks._parts import FamilyCheck, part_needs, part_symbols
from mailwarden.checks.base import CheckContext, CheckResult
from mailwarden.checks.headers.date_msgid import DateMessageId
from mailwarden.checks.headers.mua import MailClientForgery
from mailwarden.checks.headers.received_chain import ReceivedChain
from mailwarden.checks.headers.sender import SenderHeaders
from mailwarden.checks.headers.structure import HeaderStructure

_PARTS = (DateMessageId, HeaderStructure, ReceivedChain, SenderHeaders, MailClientForgery)


class Headers(FamilyCheck):
    """Header anomalies (RFC 5322 §3.6, RFC 5321 §4.4)."""

    name = "headers"
    description = "header anomalies: dates, Message-ID, MIME headers, Received chain, senders, bulk mailers"
    parts = _PARTS
    symbols: ClassVar = part_symbols(_PARTS)
    needs = part_needs(_PARTS)
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        return await self.run_parts(ctx)
