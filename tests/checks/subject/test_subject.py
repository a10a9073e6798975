"""The subject family: every SUBJ_* symbol."""

from __future__ import annotations

from mailwarden.checks.subject.check import Subject
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message


async def hits(subject_line: str, extra: str = "") -> set[str]:
    raw = f"From: a@sender.example\r\nTo: b@x.example\r\n{subject_line}{extra}\r\nhello\r\n".encode()
    e = Engine(settings_from_mapping({}), FakeResolver({}), check_classes=[Subject])
    v = await e.scan(parse_message(raw))
    return {s.name for s in v.symbols}


async def test_ordinary_subjects_are_quiet() -> None:
    assert await hits("Subject: Biên bản họp ngày 5/3\r\n") == set()
    assert await hits("Subject: Re: lịch công tác\r\n", "In-Reply-To: <a@b.example>\r\n") == set()


async def test_each_subject_symbol() -> None:
    assert "SUBJ_MISSING" in await hits("")
    assert "SUBJ_ALL_CAPS" in await hits("Subject: CLAIM YOUR FREE PRIZE TODAY\r\n")
    assert "SUBJ_EXCESS_PUNCT" in await hits("Subject: Act now!!! $$$\r\n")
    assert "SUBJ_MIXED_SCRIPT" in await hits("Subject: =?utf-8?b?" + "UGF5cGHQuyBhbGVydA==" + "?=\r\n")
    assert "SUBJ_ENCODED_ASCII" in await hits("Subject: =?utf-8?q?Hello_friend?=\r\n")
    assert "SUBJ_FAKE_REPLY" in await hits("Subject: Re: your invoice\r\n")


async def test_hashbuster_needs_blanks_typed_inside_one_line() -> None:
    # The spammer's unique-per-copy tail: blanks and a random token on the same header line.
    assert "SUBJ_HASHBUSTER" in await hits("Subject: Call me                    16540\r\n")
    assert "SUBJ_HASHBUSTER" in await hits("Subject: Lowest Cost...           NTICY\r\n")
    # A folded Subject of an ordinary reply has its blank run after the line break: not a hash buster.
    folded = "Subject: Re: [list] a long discussion thread about the upgrade of the mail\r\n        server\r\n"
    assert "SUBJ_HASHBUSTER" not in await hits(folded, "In-Reply-To: <a@b.example>\r\n")
    assert "SUBJ_HASHBUSTER" not in await hits("Subject: Minutes of meeting 12\r\n")


async def test_adv_tag() -> None:
    assert "SUBJ_ADV_TAG" in await hits("Subject: ADV: Put your resume back to work\r\n")
    assert "SUBJ_ADV_TAG" in await hits("Subject: [ADV] lowest rates\r\n")
    assert "SUBJ_ADV_TAG" not in await hits("Subject: Advance notice: network maintenance\r\n")


async def test_styled_letters() -> None:
    # Mathematical bold italic and circled letters spell words a word filter does not read.
    assert "SUBJ_STYLED_LETTERS" in await hits("Subject: =?utf-8?b?" + _b64("#𝑨𝑴𝑬𝑹𝑰𝑪𝑨𝑵𝑺’ 𝑯𝑬𝑨𝑳𝑻𝑯 (𝑫𝑶𝑵’𝑻)") + "?=\r\n")
    assert "SUBJ_STYLED_LETTERS" in await hits("Subject: =?utf-8?b?" + _b64("Ⓦⓘⓝ a prize") + "?=\r\n")
    # One styled letter is a logo ("follow us on 𝕏"), not a styled word.
    assert "SUBJ_STYLED_LETTERS" not in await hits("Subject: =?utf-8?b?" + _b64("Follow us on 𝕏") + "?=\r\n")


async def test_recipient_address_in_subject() -> None:
    sub = "Subject: b@x.example: your mailbox quota is exceeded\r\n"
    assert "SUBJ_RCPT_ADDRESS" in await hits(sub)
    assert "SUBJ_RCPT_ADDRESS" in await hits("Subject: Password expiry notice for B@X.example\r\n")
    # Someone else's address, a list post naming its list, and a calendar invitation naming its invitee
    # are what ordinary mail does.
    assert "SUBJ_RCPT_ADDRESS" not in await hits("Subject: contact c@x.example about it\r\n")
    assert "SUBJ_RCPT_ADDRESS" not in await hits(sub, "List-Id: <users.x.example>\r\n")
    invite = (
        "Subject: Invitation: review @ Tue 10 Jun 2025 2pm (b@x.example)\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nhi\r\n'
        '--B\r\nContent-Type: text/calendar; method="REQUEST"\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--B--'
    )
    assert "SUBJ_RCPT_ADDRESS" not in await hits(invite)


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


async def test_a_reply_subject_in_a_body_only_file_is_not_a_fake_reply() -> None:
    """Without any transport header (a Subject-only corpus extract) nothing shows the threading headers were
    left out, so "Re:" is not held against it; with a From, the missing In-Reply-To counts again."""
    raw = b"Subject: Re: your invoice\r\n\r\nhello\r\n"
    e = Engine(settings_from_mapping({}), FakeResolver({}), check_classes=[Subject])
    assert "SUBJ_FAKE_REPLY" not in {s.name for s in (await e.scan(parse_message(raw))).symbols}
    assert "SUBJ_FAKE_REPLY" in await hits("Subject: Re: your invoice\r\n")


async def test_words_joined_by_underscores_or_dots() -> None:
    # pot 2023-24 campaigns: the whole Subject one "word" to a filter that splits on blanks.
    assert "SUBJ_JOINED_WORDS" in await hits("Subject: Mining_balance_0.7495_BTC\r\n")
    assert "SUBJ_JOINED_WORDS" in await hits("Subject: Now.get.up.to.1.BTC\r\n")
    assert "SUBJ_JOINED_WORDS" in await hits("Subject: Your_Offer_is_Ready\r\n")
    # Host names and files sent under their own name are joined that way too.
    assert "SUBJ_JOINED_WORDS" not in await hits("Subject: spamassassin.taint.org\r\n")
    assert "SUBJ_JOINED_WORDS" not in await hits("Subject: mail.mof.gov.vn\r\n")
    assert "SUBJ_JOINED_WORDS" not in await hits("Subject: Q3_budget_final.xlsx\r\n")
    assert "SUBJ_JOINED_WORDS" not in await hits("Subject: release v1.2.3 is out\r\n")
    assert "SUBJ_JOINED_WORDS" not in await hits("Subject: a_b_ok\r\n")  # fewer than three words
