"""Forged Microsoft mail-client headers: ratware that copies Outlook Express's fields without its logic.

Written by hand: no maintained library knows how these clients number their builds or their Message-IDs.
SpamAssassin's ``FORGED_MUA_OUTLOOK``, ``RATWARE_OE_MALFORMED`` and ``KB_RATWARE_OUTLOOK_MID`` rules are of
this kind; these two are narrower, and neither fired on any ham of the SpamAssassin public corpus
(4,397) or the TREC 2007 public corpus (first 37,710 messages: 11,012 ham). Of the project's 780 written
ham, four carry Outlook-style Message-IDs made up of random hex (two Outlook 12/14, one Outlook Express,
one CDO), which ``HDR_FORGED_OUTLOOK_MSGID`` flags as it would the ratware that writes them.
"""

from __future__ import annotations

import re
from datetime import UTC
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.message.model import Message
from mailwarden.verdict import Category, Hit

# X-Mailer of Outlook Express 6 (msimn.exe) and Windows Mail (Vista), and X-MimeOLE (inetcomm.dll).
_OE = re.compile(r"Microsoft (?:Outlook Express|Windows Mail) (6)\.(\d+)\.(\d+)\.(\d+)")
_MIMEOLE = re.compile(r"MimeOLE V(\d+)\.(\d+)\.(\d+)\.(\d+)")
# Outlook and Outlook Express Message-IDs: a counter and the high 32 bits of the send time as a Windows
# FILETIME (100 ns ticks since 1601), then two more hex words: <001c01c77a12$c744e6d0$06c9c734@host>.
_OUTLOOK_MSGID = re.compile(r"<[0-9a-f]{4}([0-9a-f]{8})\$[0-9a-f]{8}\$[0-9a-f]{8}@[^<>\s]+>", re.IGNORECASE)
_FILETIME_HIGH_SECONDS = (1 << 32) / 10_000_000  # one step of the high word: about 429 s
_FILETIME_EPOCH = 11_644_473_600  # seconds from 1601-01-01 to 1970-01-01
# The high word is the client's clock (local or UTC): more than a day and the time zones from the Date.
MSGID_SKEW_HOURS = 26.0


def oe_build_mismatch(x_mailer: str, mime_ole: str) -> str | None:
    """Why an Outlook Express 6 / Windows Mail X-Mailer and its X-MimeOLE cannot come from one install.

    Both are Windows builds of one branch (2800 XP SP1, 2900 XP SP2, 3790 Server 2003, 6000 Vista), and
    updates patch inetcomm.dll (X-MimeOLE) at least as often as msimn.exe (X-Mailer): in real mail its
    build is the same or later (2800.1807 with 2800.1896). Another branch, or an older inetcomm, is a
    header copied from elsewhere: 5.7 % of TREC 2007 spam (9 % of what the filter missed offline)."""
    client, ole = _OE.search(x_mailer), _MIMEOLE.search(mime_ole)
    if client is None or ole is None:
        return None
    c = tuple(int(x) for x in client.groups())
    o = tuple(int(x) for x in ole.groups())
    if c[:3] != o[:3]:
        return f"X-Mailer build {'.'.join(map(str, c))}, X-MimeOLE {'.'.join(map(str, o))}: another Windows branch"
    if o[3] < c[3]:
        return f"X-MimeOLE build {o[3]} older than the X-Mailer's {c[3]}"
    return None


def msgid_time_skew_hours(message_id: str, date_wall_clock: float) -> float | None:
    """Hours from the Date header's wall-clock time (seconds, read as UTC) to the send time an
    Outlook-style Message-ID carries; None for other Message-IDs."""
    found = _OUTLOOK_MSGID.search(message_id)
    if found is None:
        return None
    sent = int(found[1], 16) * _FILETIME_HIGH_SECONDS - _FILETIME_EPOCH
    return (sent - date_wall_clock) / 3600


class MailClientForgery(Part):
    """Outlook Express / Outlook fields that contradict each other."""

    name = "hdr_mua"
    description = "forged Outlook Express / Outlook headers (ratware)"
    symbols: ClassVar = (
        SymbolDef("HDR_FORGED_OE_BUILD", 3.0, "X-Mailer Outlook Express 6 with an X-MimeOLE of another or older build",
                  Category.SPAM, "headers"),
        SymbolDef("HDR_FORGED_OUTLOOK_MSGID", 1.5, "Outlook-style Message-ID whose send time is days from the Date",
                  Category.SPAM, "headers"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        return CheckResult(forged_client_hits(ctx.message))


def forged_client_hits(m: Message) -> list[Hit]:
    """The ``MailClientForgery`` hits of a parsed message."""
    hits: list[Hit] = []
    why = oe_build_mismatch(m.header("X-Mailer") or "", m.header("X-MimeOLE") or "")
    if why is not None:
        hits.append(Hit("HDR_FORGED_OE_BUILD", why))
    when = m.date_time()
    if when is not None and m.message_id:
        wall = when.replace(tzinfo=UTC).timestamp()  # the time as written, its zone ignored
        # The ratware of the 2002 spam fills the time word with random hex: 31.6 % of SpamAssassin
        # public spam, none of its ham; real clients write their clock (within minutes of the Date).
        skew = msgid_time_skew_hours(m.message_id, wall)
        if skew is not None and abs(skew) > MSGID_SKEW_HOURS:
            hits.append(Hit("HDR_FORGED_OUTLOOK_MSGID", f"Message-ID time {skew:+.0f} h from the Date"))
    return hits
