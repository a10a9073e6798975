"""The headers family: every HDR_* symbol on small hand-made messages, and its silence on a clean one;
forged Outlook Express / Outlook headers (HDR_FORGED_*) also on the SpamAssassin public corpus."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mailwarden.checks.headers.check import Headers
from mailwarden.checks.headers.date_msgid import impossible_zone
from mailwarden.checks.headers.mua import (
    MSGID_SKEW_HOURS,
    forged_client_hits,
    msgid_time_skew_hours,
    oe_build_mismatch,
)
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message
from mailwarden.message.model import Envelope
from mailwarden.message.received import parse_received
from mailwarden.testing.spamassassin import labelled_messages

RCVD = (
    "Received: from mx.sender.example (mx.sender.example [192.0.2.5]) by mx.agency.gov.vn;"
    " Mon, 1 Jan 2024 10:00:00 +0000\r\n"
)


def build(headers: str, body: str = "hello\r\n") -> bytes:
    return (headers + "\r\n" + body).encode()


async def hits(raw: bytes, envelope: Envelope | None = None, **cfg: Any) -> dict[str, str]:
    e = Engine(settings_from_mapping(cfg), FakeResolver({}), check_classes=[Headers])
    v = await e.scan(parse_message(raw, envelope))
    return {s.name: s.detail for s in v.symbols}


CLEAN = (
    RCVD + "From: A <a@sender.example>\r\nTo: b@agency.gov.vn\r\nSubject: hi\r\n"
    "Date: Mon, 1 Jan 2024 09:59:00 +0000\r\nMessage-ID: <1@sender.example>\r\nMIME-Version: 1.0\r\n"
)


async def test_clean_message_has_no_header_hits() -> None:
    assert await hits(build(CLEAN), Envelope(mail_from="bounce@sender.example")) == {}


async def test_date_and_message_id_missing() -> None:
    h = await hits(build(RCVD + "From: a@sender.example\r\nTo: b@agency.gov.vn\r\n"))
    assert "HDR_DATE_MISSING" in h and "HDR_MSGID_MISSING" in h


async def test_date_invalid_and_msgid_invalid() -> None:
    raw = build(CLEAN.replace("Mon, 1 Jan 2024 09:59:00 +0000", "yesterday").replace("<1@sender.example>", "abc"))
    h = await hits(raw)
    assert "HDR_DATE_INVALID" in h and "HDR_MSGID_INVALID" in h


async def test_a_year_past_any_calendar_is_an_invalid_date_not_a_crash() -> None:
    # email.utils raised OverflowError on the year 2222222024 (found by the property test): in the Date,
    # the Received timestamps the arrival time is read from, and the envelope taken from Received.
    huge = "Tue, 2 Jan 2222222024 10:00:00 +0000"
    raw = build(CLEAN.replace("Mon, 1 Jan 2024 09:59:00 +0000", huge).replace("Mon, 1 Jan 2024 10:00:00", huge[:-6]))
    h = await hits(raw)
    assert "HDR_DATE_INVALID" in h
    assert parse_received(RCVD.replace("Mon, 1 Jan 2024 10:00:00 +0000", huge)[10:]).when is None


async def test_date_future_and_past_judged_against_arrival_not_wall_clock() -> None:
    future = CLEAN.replace("Mon, 1 Jan 2024 09:59:00", "Sat, 6 Jan 2024 09:59:00")
    assert "HDR_DATE_FUTURE" in await hits(build(future))
    past = CLEAN.replace("Mon, 1 Jan 2024 09:59:00", "Mon, 4 Dec 2023 09:59:00")
    assert "HDR_DATE_PAST" in await hits(build(past))


async def test_structure_from_to_mime_version_html_only() -> None:
    raw = build(
        RCVD
        + "From: undisclosed\r\nSubject: x\r\nDate: Mon, 1 Jan 2024 09:59:00 +0000\r\nMessage-ID: <1@x.example>\r\n"
        "Content-Type: text/html\r\nContent-Transfer-Encoding: 7bit\r\n",
        "<p>hello</p>\r\n",
    )
    h = await hits(raw)
    assert {"HDR_FROM_MISSING", "HDR_TO_MISSING", "HDR_MIME_VERSION_MISSING", "HDR_HTML_ONLY"} <= set(h)


async def test_received_missing_disorder_dynamic_forged_helo() -> None:
    assert "HDR_RCVD_MISSING" in await hits(build(CLEAN.replace(RCVD, "")))
    disorder = (
        "Received: from a by b; Mon, 1 Jan 2024 10:00:00 +0000\r\n"
        "Received: from c by d; Tue, 2 Jan 2024 10:00:00 +0000\r\n" + CLEAN.replace(RCVD, "")
    )
    assert "HDR_RCVD_DISORDER" in await hits(build(disorder))
    env = Envelope(client_ip="198.51.100.7", client_name="dyn-198-51-100-7.isp.example", helo="gmail.com")
    h = await hits(build(CLEAN), env)
    assert "HDR_RCVD_DYNAMIC" in h and "HDR_RCVD_HELO_FORGED" in h
    ok = Envelope(client_ip="209.85.1.1", client_name="mail-a1.google.com", helo="mail-a1.google.com")
    assert "HDR_RCVD_HELO_FORGED" not in await hits(build(CLEAN), ok)
    # An internal hop of Exchange Online (no client name, IPv6): not evidence of a forged HELO.
    internal = Envelope(
        client_ip="2603:10a6:20b:1::5", client_name=None, helo="EUR05-AM6-obe.outbound.protection.outlook.com"
    )
    assert "HDR_RCVD_HELO_FORGED" not in await hits(build(CLEAN), internal)


async def test_sender_mismatch_reply_to_bulk_and_php() -> None:
    raw = build(
        CLEAN + "Reply-To: x@other.example\r\nX-Mailer: Atomic Mail Sender 9.0\r\n"
        "X-PHP-Originating-Script: 1000:mailer.php\r\n"
    )
    h = await hits(raw, Envelope(mail_from="bounce@bulk.example"))
    assert {"HDR_FROM_ENVELOPE_MISMATCH", "HDR_REPLYTO_OTHER_DOMAIN", "HDR_BULK_MAILER", "HDR_PHP_SCRIPT"} <= set(h)
    assert "HDR_REPLYTO_FREEMAIL" not in h


async def test_list_mail_from_the_lists_bounce_address_is_no_mismatch() -> None:
    env = Envelope(mail_from="ilug-admin@linux.example")
    assert "HDR_FROM_ENVELOPE_MISMATCH" in await hits(build(CLEAN), env)
    for field in ("List-Id: <ilug.linux.example>", "X-BeenThere: ilug@linux.example", "Mailing-List: ilug"):
        assert "HDR_FROM_ENVELOPE_MISMATCH" not in await hits(build(CLEAN + field + "\r\n"), env), field


async def test_a_list_that_sets_reply_to_to_itself_is_not_answers_elsewhere() -> None:
    munged = CLEAN + "List-Post: <mailto:ilug@linux.example>\r\nReply-To: ILUG@linux.example\r\n"
    assert "HDR_REPLYTO_OTHER_DOMAIN" not in await hits(build(munged))
    # a Reply-To that is not the list's posting address still counts
    other = CLEAN + "List-Post: <mailto:ilug@linux.example>\r\nReply-To: sales@deals.example\r\n"
    assert "HDR_REPLYTO_OTHER_DOMAIN" in await hits(build(other))


async def test_from_local_part_with_a_digit_run() -> None:
    gen = CLEAN.replace("a@sender.example", "jnoqpe9783l@mail.example")
    assert "HDR_FROM_LOCAL_DIGITS" in await hits(build(gen))
    for local in ("corn427", "nguyen.van.a", "hr2024team"):
        ok = CLEAN.replace("a@sender.example", f"{local}@mail.example")
        assert "HDR_FROM_LOCAL_DIGITS" not in await hits(build(ok)), local


async def test_reply_to_a_freemail_box() -> None:
    bec = await hits(build(CLEAN + "Reply-To: finance.office245@gmail.com\r\n"))
    assert "HDR_REPLYTO_FREEMAIL" in bec and "HDR_REPLYTO_OTHER_DOMAIN" not in bec
    # From a free-mail box itself, a Reply-To at another free-mail provider is ordinary.
    own = CLEAN.replace("a@sender.example", "a.nguyen@yahoo.com") + "Reply-To: a.nguyen@gmail.com\r\n"
    assert "HDR_REPLYTO_FREEMAIL" not in await hits(build(own))
    # The operator's extra free-mail domains count too.
    extra = await hits(
        build(CLEAN + "Reply-To: x@mail.private.example\r\n"), domains={"freemail_extra": ["private.example"]}
    )
    assert "HDR_REPLYTO_FREEMAIL" in extra


async def test_a_body_only_file_is_not_scored_for_the_headers_it_never_had() -> None:
    """A corpus extract with only a Subject (Enron-spam, Ling-spam) or pasted text, scanned as a file: one
    informational HDR_BODY_ONLY instead of five 'missing' symbols (4.8 points that tagged 8 of 1,400 ham)."""
    body_only = build("Subject: Re: minutes of the meeting\r\n", "Please find the minutes below.\r\n")
    h = await hits(body_only)
    missing = {"HDR_FROM_MISSING", "HDR_TO_MISSING", "HDR_DATE_MISSING", "HDR_MSGID_MISSING", "HDR_RCVD_MISSING"}
    assert "HDR_BODY_ONLY" in h and not missing & set(h)
    # The same bytes from an SMTP client are a message sent without headers: every missing one counts.
    smtp = await hits(body_only, Envelope(client_ip="192.0.2.7", mail_from="x@sender.example"))
    assert "HDR_BODY_ONLY" not in smtp
    assert missing <= set(smtp)
    local = await hits(body_only, Envelope(rcpt_to=("b@agency.gov.vn",)))  # e.g. a milter told no client address
    assert "HDR_BODY_ONLY" not in local and missing <= set(local)
    # One transport header is enough to judge the rest as missing.
    with_from = await hits(build("From: a@sender.example\r\nSubject: x\r\n"))
    assert "HDR_BODY_ONLY" not in with_from and {"HDR_DATE_MISSING", "HDR_RCVD_MISSING"} <= set(with_from)


DATE = "Sun, 8 Apr 2007 19:19:07 +0200"


def outlook_msgid(when: datetime, host: str = "Aska") -> str:
    """A Message-ID as Outlook Express writes it: the high word of the FILETIME of ``when``."""
    ticks = int((when.timestamp() + 11_644_473_600) * 10_000_000)
    return f"<001c{ticks >> 32:08x}$c744e6d0$06c9c734@{host}>"


def message(x_mailer: str, mime_ole: str, msgid: str, date: str = DATE) -> bytes:
    return build(
        RCVD + f"From: A <a@sender.example>\r\nTo: b@agency.gov.vn\r\nSubject: hi\r\nDate: {date}\r\n"
        f"Message-ID: {msgid}\r\nX-Mailer: {x_mailer}\r\nX-MimeOLE: {mime_ole}\r\n"
    )


# The wall-clock time of DATE (its zone ignored), as Outlook Express's clock had it.
WALL = datetime(2007, 4, 8, 19, 19, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("x_mailer", "mime_ole"),
    [
        ("Microsoft Outlook Express 6.00.2900.2180", "Produced By Microsoft MimeOLE V6.00.2900.2180"),
        # inetcomm.dll patched after msimn.exe: seen in real mail (TREC 2007 ham)
        ("Microsoft Outlook Express 6.00.2800.1807", "Produced By Microsoft MimeOLE V6.00.2800.1896"),
        ("Microsoft Windows Mail 6.0.6000.16386", "Produced By Microsoft MimeOLE V6.0.6000.16386"),
        # Outlook (not Express) has its own version numbers: not compared
        ("Microsoft Office Outlook 11", "Produced By Microsoft MimeOLE V6.00.2900.3138"),
        # Outlook Express 5.5 numbered its builds otherwise (SpamAssassin ham: 5.50.4522.1200 / 5.50.4910.0300)
        ("Microsoft Outlook Express 5.50.4522.1200", "Produced By Microsoft MimeOLE V5.50.4910.0300"),
    ],
)
async def test_a_real_mail_client_is_not_forged(x_mailer: str, mime_ole: str) -> None:
    h = await hits(message(x_mailer, mime_ole, outlook_msgid(WALL)))
    assert "HDR_FORGED_OE_BUILD" not in h and "HDR_FORGED_OUTLOOK_MSGID" not in h, h


@pytest.mark.parametrize(
    ("x_mailer", "mime_ole", "why"),
    [
        # ratware of TREC 2007 image spam: a Server 2003 msimn with an inetcomm 4,500 builds older
        ("Microsoft Outlook Express 6.00.3790.4682", "Produced By Microsoft MimeOLE V6.00.3790.181", "older"),
        # an XP SP2 client with a Server 2003 inetcomm
        ("Microsoft Outlook Express 6.00.2900.2180", "Produced By Microsoft MimeOLE V6.00.3790.2663", "branch"),
    ],
)
async def test_an_outlook_express_build_its_mimeole_cannot_have_is_forged(
    x_mailer: str, mime_ole: str, why: str
) -> None:
    h = await hits(message(x_mailer, mime_ole, outlook_msgid(WALL)))
    assert why in h["HDR_FORGED_OE_BUILD"]
    assert oe_build_mismatch(x_mailer, mime_ole) is not None


async def test_an_outlook_message_id_with_a_random_time_word_is_forged() -> None:
    oe = ("Microsoft Outlook Express 6.00.2900.2180", "Produced By Microsoft MimeOLE V6.00.2900.2180")
    # 2002 ratware: random hex where the send time goes (SpamAssassin public spam)
    h = await hits(message(*oe, "<000c84d37aae$7338a0a4$3ab55ec5@bjjwxv>"))
    assert "HDR_FORGED_OUTLOOK_MSGID" in h
    # the client's clock a few hours off the Date (time zones, a slow relay) is not forged...
    assert "HDR_FORGED_OUTLOOK_MSGID" not in await hits(message(*oe, outlook_msgid(WALL.replace(hour=5))))
    # ...two days off is
    assert "HDR_FORGED_OUTLOOK_MSGID" in await hits(message(*oe, outlook_msgid(WALL.replace(day=6))))
    # other Message-IDs, and an unreadable Date, say nothing
    assert "HDR_FORGED_OUTLOOK_MSGID" not in await hits(message(*oe, "<1@sender.example>"))
    assert "HDR_FORGED_OUTLOOK_MSGID" not in await hits(message(*oe, "<000c84d37aae$7338a0a4$3ab55ec5@x>", "soon"))


def test_the_message_id_time_is_the_clients_clock() -> None:
    # Outlook Express's Message-ID of a TREC 2007 message: within minutes of its Date's wall clock.
    skew = msgid_time_skew_hours("<001c01c77a12$c744e6d0$06c9c734@Aska>", WALL.timestamp())
    assert skew is not None and abs(skew) < 0.2
    assert msgid_time_skew_hours("<20070408191907.GA1234@host.example>", WALL.timestamp()) is None
    assert MSGID_SKEW_HOURS > 24  # a whole day of time zones is not forgery


@pytest.mark.slow
def test_forged_client_headers_are_in_spam_not_ham(corpora: Path) -> None:
    """SpamAssassin public corpus: no ham hits either rule (0 of ~4,400 measured), and the 2002 ratware's
    random Message-ID time word is in 20% or more of its spam (31.6% measured)."""
    seen: Counter[str] = Counter()
    fired: Counter[tuple[str, str]] = Counter()
    for label, m in labelled_messages(corpora):
        seen[label] += 1
        for hit in forged_client_hits(m):
            fired[label, hit.symbol] += 1
    assert seen["ham"] > 4000 and seen["spam"] > 1500
    assert fired["ham", "HDR_FORGED_OE_BUILD"] == 0 and fired["ham", "HDR_FORGED_OUTLOOK_MSGID"] == 0
    assert fired["spam", "HDR_FORGED_OUTLOOK_MSGID"] >= 0.2 * seen["spam"]


@pytest.mark.parametrize("zone", ["-1900", "+1600", "-0120", "+0507 (EDT)"])
async def test_a_date_in_a_time_zone_no_place_has(zone: str) -> None:
    raw = build(CLEAN.replace("Mon, 1 Jan 2024 09:59:00 +0000", f"Mon, 1 Jan 2024 09:59:00 {zone}"))
    assert "HDR_DATE_BAD_ZONE" in await hits(raw)


@pytest.mark.parametrize("zone", ["+0530", "+0545", "-1200", "+1400", "-0400 (EDT)", "+0700", "GMT"])
async def test_real_time_zones_are_not_bad(zone: str) -> None:
    raw = build(CLEAN.replace("Mon, 1 Jan 2024 09:59:00 +0000", f"Mon, 1 Jan 2024 09:59:00 {zone}"))
    assert "HDR_DATE_BAD_ZONE" not in await hits(raw)


@pytest.mark.slow
def test_impossible_time_zones_are_in_spam_not_ham(corpora: Path) -> None:
    """SpamAssassin public corpus: no ham (0 of ~4,400 measured), 10% or more of spam (17.5% measured)."""
    seen: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for label, m in labelled_messages(corpora):
        seen[label] += 1
        fired[label] += impossible_zone(m.date or "")
    assert seen["ham"] > 4000 and fired["ham"] == 0
    assert fired["spam"] >= 0.1 * seen["spam"]
