"""Date and Message-ID headers: missing, malformed, or a Date far from when the message was received."""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from email.utils import parsedate_to_datetime
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

# RFC 5322 §3.6.4 msg-id: "<" id-left "@" id-right ">"
_MSGID = re.compile(r"^\s*<[^<>@\s]+@[^<>@\s]+>\s*$")
# Clock skew of honest senders stays within hours; spamware sets dates days off.
FUTURE = timedelta(hours=24)
PAST = timedelta(days=7)


class DateMessageId(Part):
    """RFC 5322 §3.6 requires Date; Message-ID is "SHOULD". Time rules judge against ``ctx.received_at``."""

    name = "hdr_date_msgid"
    description = "missing/malformed Date and Message-ID; Date in the future or past of arrival"
    symbols: ClassVar = (
        SymbolDef("HDR_DATE_MISSING", 1.0, "no Date header (RFC 5322 §3.6 requires one)", Category.SPAM, "headers"),
        SymbolDef("HDR_DATE_INVALID", 1.5, "Date header that does not parse", Category.SPAM, "headers"),
        SymbolDef("HDR_DATE_FUTURE", 2.0, "Date more than 24 h after the message arrived", Category.SPAM, "headers"),
        SymbolDef("HDR_DATE_PAST", 1.0, "Date more than 7 days before the message arrived", Category.SPAM, "headers"),
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
            try:
                when = parsedate_to_datetime(m.date)
            except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year like 2222222024
                hits.append(Hit("HDR_DATE_INVALID", m.date[:80]))
            else:
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
