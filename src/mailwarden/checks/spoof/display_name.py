"""Display names that carry an e-mail address different from the real sender."""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

_ADDR = re.compile(r"(?<![A-Za-z0-9._%+\-'])[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


class DisplayNameAddress(Check):
    """``From: "boss@agency.gov.vn" <x@evil.example>``: the visible address is not the sender."""

    name = "spoof_display_name"
    description = "display name containing another e-mail address"
    symbols: ClassVar = (
        SymbolDef(
            "SPOOF_DISPLAY_NAME_ADDRESS",
            3.0,
            "display name contains an e-mail address other than the sender's",
            Category.SPOOF,
            "spoof",
        ),
        SymbolDef(
            "SPOOF_DISPLAY_NAME_PROTECTED",
            6.0,
            "display name shows an address in a protected domain; the sender is elsewhere",
            Category.SPOOF,
            "spoof",
        ),
    )
    needs = frozenset({Need.HEADERS})
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        sender = (m.from_address or "").lower()
        if not m.from_display or not sender:
            return CheckResult()
        for shown in _ADDR.findall(m.from_display):
            shown_l = shown.lower().strip(".'")
            if shown_l == sender:
                continue
            shown_dom = shown_l.rpartition("@")[2]
            sender_dom = sender.rpartition("@")[2]
            if any(shown_dom == p or shown_dom.endswith("." + p) for p in ctx.protected_domains) and not any(
                sender_dom == p or sender_dom.endswith("." + p) for p in ctx.protected_domains
            ):
                return CheckResult([Hit("SPOOF_DISPLAY_NAME_PROTECTED", f"shows {shown_l}, sent by {sender}")])
            return CheckResult([Hit("SPOOF_DISPLAY_NAME_ADDRESS", f"shows {shown_l}, sent by {sender}")])
        return CheckResult()
