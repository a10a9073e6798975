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
