"""Received chain anomalies: none at all, hops out of time order, dynamic clients, forged provider HELO."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

# Reverse names of consumer access networks (RFC 8027-ish conventions seen in PTRs): ip-1-2-3-4, dsl, pool.
_DYNAMIC = re.compile(
    r"(?:^|[.-])(?:dyn(?:amic)?|dsl|adsl|pool|dhcp|ppp|cable|dial(?:up)?|broadband|cust(?:omer)?|client|host)"
    r"[\d.-]|\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3}",
    re.IGNORECASE,
)
# Big providers whose name spamware likes to put in HELO; their real relays resolve inside them.
PROVIDERS = ("gmail.com", "google.com", "yahoo.com", "hotmail.com", "outlook.com", "qq.com", "163.com", "126.com")
DISORDER = timedelta(hours=6)


def _stamp(value: str) -> datetime | None:
    """The date after the last ";" of a Received value (RFC 5321 §4.4), aware, or None."""
    if ";" not in value:
        return None
    try:
        when = parsedate_to_datetime(value.rsplit(";", 1)[1].strip()[:80])
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year like 2222222024
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class ReceivedChain(Part):
    """Reads the Received headers (RFC 5321 §4.4): each relay prepends one, so times grow upwards."""

    name = "hdr_received"
    description = "Received chain anomalies"
    symbols: ClassVar = (
        SymbolDef("HDR_RCVD_MISSING", 0.3, "no Received header at all", Category.SPAM, "headers"),
        SymbolDef(
            "HDR_RCVD_DISORDER", 1.0, "a lower Received hop is more than 6 h later than the one above", Category.SPAM,
            "headers",
        ),
        SymbolDef("HDR_RCVD_DYNAMIC", 1.0, "first relay's client name looks like a dynamic/consumer address",
                  Category.SPAM, "headers"),
        SymbolDef("HDR_RCVD_HELO_FORGED", 2.0, "HELO claims a big mail provider the client does not belong to",
                  Category.SPAM, "headers"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        values = ctx.message.headers_named("Received")
        if not values:
            return CheckResult([] if ctx.body_only() else [Hit("HDR_RCVD_MISSING")])
        hits: list[Hit] = []
        prev = None
        for i, value in enumerate(values[:12]):
            when = _stamp(value)
            if when is not None and prev is not None and when - prev > DISORDER:
                hits.append(Hit("HDR_RCVD_DISORDER", f"Received[{i}] {when.isoformat()} after {prev.isoformat()}"))
                break
            if when is not None:
                prev = when
        env = ctx.envelope
        name = (env.client_name or "").lower()
        if name and _DYNAMIC.search(name.split(".", 1)[0] + "."):
            hits.append(Hit("HDR_RCVD_DYNAMIC", name))
        helo = (env.helo or "").lower().rstrip(".")
        # Without a client name (no reverse DNS, or a provider's internal hop such as Exchange
        # Online's "from X.outlook.com (2603:...)") nothing contradicts the HELO: 2,275 of the
        # 2,976 training phishing messages (and any mail read from an Exchange Online mailbox) fired here.
        if not name or name == "unknown":
            return CheckResult(hits)
        for p in PROVIDERS:
            if helo == p or helo.endswith("." + p):
                if not (name == p or name.endswith("." + p) or (name.endswith(".google.com") and p == "gmail.com")):
                    hits.append(Hit("HDR_RCVD_HELO_FORGED", f"HELO {helo}, client {name or env.client_ip or '?'}"))
                break
        return CheckResult(hits)
