"""mbox splitting, Received-header envelope guessing, type sniffing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mailwarden.message import parse_message
from mailwarden.message.mbox import is_mbox, split_mbox
from mailwarden.message.received import envelope_from_received, parse_received, received_time
from mailwarden.message.sniff import sniff_type

MBOX = (
    b"From alice@example.org  Sat Nov 27 15:33:27 2004\n"
    b"Subject: one\n\nFrom the desk of Alice\n>From quoted\n>>From twice\n\n"
    b"From bob@example.org Mon Jan  2 07:56:20 2017 +0000\n"
    b"Subject: two\n\nbody two\n\n"
)


def test_split_mbox() -> None:
    msgs = list(split_mbox(MBOX))
    assert msgs == [
        b"Subject: one\n\nFrom the desk of Alice\nFrom quoted\n>From twice\n",
        b"Subject: two\n\nbody two\n",
    ]
    assert is_mbox(MBOX)
    assert not is_mbox(b"Subject: x\n\nbody")
    assert list(split_mbox(b"Subject: x\n\nbody")) == [b"Subject: x\n\nbody"]
    assert list(split_mbox(b"")) == []


def test_split_mbox_crlf() -> None:
    data = MBOX.replace(b"\n", b"\r\n")
    assert [parse_message(m).subject for m in split_mbox(data)] == ["one", "two"]


@pytest.mark.parametrize(
    ("value", "ip", "name", "helo"),
    [
        (
            "from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.net (Postfix) "
            "with ESMTPS id ABC for <x@y.example>; Tue, 1 Jan 2024 10:00:00 +0000 (UTC)",
            "192.0.2.1",
            "mail.example.com",
            "mail.example.com",
        ),
        (
            "from helo.example (unknown [198.51.100.7]) by mx (Postfix); Sat, 27 Nov 2004 15:33:24 -0500",
            "198.51.100.7",
            None,
            "helo.example",
        ),
        (
            "from rdns.example.com ([203.0.113.5] helo=mail.example.com) by mx with esmtps (Exim 4.94); "
            "Mon, 02 Jan 2017 07:56:20 +0000",
            "203.0.113.5",
            "rdns.example.com",
            "mail.example.com",
        ),
        (
            "from unknown (HELO mail.example.com) (192.0.2.1) by mx with SMTP; 1 Jan 2024 10:00:00 -0000",
            "192.0.2.1",
            None,
            "mail.example.com",
        ),
        (
            "from EXCH01.corp.local (10.0.0.5) by EXCH02.corp.local (10.0.0.6) with Microsoft SMTP Server "
            "(TLS) id 15.1.2; Wed, 3 Jan 2024 12:00:00 +0100",
            "10.0.0.5",
            None,
            "EXCH01.corp.local",
        ),
        (
            "from helo (rdns.example.org [IPv6:2001:db8::1] (may be forged)) by mx; Sat, 6 Jan 2024 00:00:00 +0000",
            "2001:db8::1",
            "rdns.example.org",
            "helo",
        ),
        ("(qmail 84128 invoked by uid 3013); 7 Mar 2011 19:23:23 -0000", None, None, None),
    ],
)
def test_parse_received(value: str, ip: str | None, name: str | None, helo: str | None) -> None:
    hop = parse_received(value)
    assert (hop.ip, hop.name, hop.helo) == (ip, name, helo)
    assert hop.when is not None and hop.when.tzinfo is not None


RECEIVED_CHAIN = (
    b"Return-Path: <bounce@sender.example>\r\n"
    b"Received: from localhost (localhost [127.0.0.1]) by mx.example.org (Postfix) with SMTP id 1\r\n"
    b"\tfor <u@example.org>; Mon, 7 Mar 2011 14:23:23 -0500 (EST)\r\n"
    b"Received: from out.sender.example (out.sender.example [198.51.100.20])\r\n"
    b"\tby mx.example.org (Postfix) with ESMTP id 2 for <u@example.org>; Mon, 7 Mar 2011 14:23:19 -0500\r\n"
    b"Received: from [10.1.1.1] (helo=laptop) by out.sender.example; Mon, 7 Mar 2011 19:23:00 +0000\r\n"
    b"Date: Mon, 7 Mar 2011 19:22:00 +0000\r\nSubject: s\r\n\r\nbody\r\n"
)


def test_envelope_from_received_skips_internal_hops() -> None:
    env = envelope_from_received(parse_message(RECEIVED_CHAIN).headers)
    assert env is not None
    assert (env.client_ip, env.client_name, env.helo) == ("198.51.100.20", "out.sender.example", "out.sender.example")
    assert env.mail_from == "bounce@sender.example" and env.rcpt_to == ("u@example.org",)
    assert env.source == "received"


def test_envelope_from_received_all_internal_and_none() -> None:
    headers = [("Received", b" from localhost (localhost [127.0.0.1]) by x; Mon, 7 Mar 2011 14:23:23 -0500")]
    env = envelope_from_received(headers)
    assert env is not None and env.client_ip == "127.0.0.1"
    assert envelope_from_received([("Subject", b"x")]) is None


def test_received_time() -> None:
    headers = parse_message(RECEIVED_CHAIN).headers
    assert received_time(headers) == datetime(2011, 3, 7, 14, 23, 23, tzinfo=timezone(timedelta(hours=-5)))
    assert received_time([("Date", b" Tue, 2 Jan 2024 09:59:00 -0000")]) == datetime(2024, 1, 2, 9, 59, tzinfo=UTC)
    assert received_time([("Date", b" garbage")]) is None
    assert received_time([]) is None


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf"),
        (b"PK\x03\x04" + b"\x00" * 100, "application/zip"),
        (b"<html><body>hi</body></html>", "text/html"),
        (b"MZ\x90\x00\x03" + b"\x00" * 200, "application/x-dosexec"),
        (b"", "application/x-empty"),
    ],
)
def test_sniff_type(data: bytes, mime: str) -> None:
    assert sniff_type(data) == mime
