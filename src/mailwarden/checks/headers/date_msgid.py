"""Date and Message-ID headers: missing, malformed, a Date far from when the message was received or in no
time zone."""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

# RFC 5322 §3.6.4 msg-id: "<" id-left "@" id-right ">"
_MSGID = re.compile(r"^\s*<[^<>@\s]+@[^<>@\s]+>\s*$")
# Clock skew of honest senders stays within hours; spamware sets dates days off.
FUTURE = timedelta(hours=24)
PAST = timedelta(days=7)
# The numeric zone at the end of a Date (an obsolete "(EDT)" comment may follow). Real zones run from
# -12:00 to +14:00, in whole hours or :30/:45 (India +0530, Nepal +0545); ratware writes "-1900" or
# "-0120" (SpamAssassin's INVALID_DATE_TZ_ABSURD). 17.5 % of SpamAssassin public spam and 6.7 % of TREC
# 2007 spam, 1.9 % of phishing_pot; none of the SpamAssassin ham, 1 of 11,012 TREC 2007 ham (list-relayed
# pharmacy spam that the TREC user labelled ham). email.utils accepts any four digits, so HDR_DATE_INVALID
# does not see these.
_ZONE = re.compile(r"([+-])(\d\d)(\d\d)\s*(?:\([^()]*\))?\s*$")
MAX_ZONE_HOURS = 14
ZONE_MINUTES = (0, 30, 45)


def impossible_zone(date: str) -> bool:
    """Whether a Date header ends in a numeric time zone that no place has."""
    zone = _ZONE.search(date)
    return zone is not None and (int(zone[2]) > MAX_ZONE_HOURS or int(zone[3]) not in ZONE_MINUTES)


class DateMessageId(Part):
    """RFC 5322 §3.6 requires Date; Message-ID is "SHOULD". Time rules judge against ``ctx.received_at``."""

    name = "hdr_date_msgid"
    description = "missing/malformed Date and Message-ID; Date in the future or past of arrival"
    symbols: ClassVar = (
        SymbolDef("HDR_DATE_MISSING", 1.0, "no Date header (RFC 5322 §3.6 requires one)", Category.SPAM, "headers"),
        SymbolDef("HDR_DATE_INVALID", 1.5, "Date header that does not parse", Category.SPAM, "headers"),
        SymbolDef("HDR_DATE_FUTURE", 2.0, "Date more than 24 h after the message arrived", Category.SPAM, "headers"),
        SymbolDef("HDR_DATE_PAST", 1.0, "Date more than 7 days before the message arrived", Category.SPAM, "headers"),
        SymbolDef(
            "HDR_DATE_BAD_ZONE", 2.5, "Date with a time zone no place has (-1900, +0120)", Category.SPAM, "headers"
        ),
        SymbolDef("HDR_MSGID_MISSING", 1.0, "no Message-ID header", Category.SPAM, "headers"),
        SymbolDef("HDR_MSGID_INVALID", 1.0, "Message-ID not of the form <left@right>", Category.SPAM, "headers"),
    )
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        hits: list[Hit] = []
        if m.date is None:
            if not ctx.body_only():
                hits.append(Hit("HDR_DATE_MISSING"))
        else:
            when = m.date_time()
            if when is None:
                hits.append(Hit("HDR_DATE_INVALID", m.date[:80]))
            else:
                if impossible_zone(m.date):
                    hits.append(Hit("HDR_DATE_BAD_ZONE", m.date[-40:].strip()))
                when = when if when.tzinfo else when.replace(tzinfo=UTC)
                # received_at falls back to Date itself when there is no Received: then nothing to compare.
                arrived = ctx.received_at
                if arrived is not None and arrived != when:
                    if when - arrived > FUTURE:
                        hits.append(Hit("HDR_DATE_FUTURE", f"Date {when.isoformat()}, arrived {arrived.isoformat()}"))
                    elif arrived - when > PAST:
                        hits.append(Hit("HDR_DATE_PAST", f"Date {when.isoformat()}, arrived {arrived.isoformat()}"))
        if m.message_id is None:
            if not ctx.body_only():
                hits.append(Hit("HDR_MSGID_MISSING"))
        elif not _MSGID.match(m.message_id):
            hits.append(Hit("HDR_MSGID_INVALID", m.message_id[:80]))
        return CheckResult(hits)
