"""A real SMTP sink on loopback (aiosmtpd) and a SQLite store for the report tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from mailwarden.stores import EventRecord, Store, open_store


@dataclass
class Sink:
    port: int
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 OK queued"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def sink() -> Iterator[Sink]:
    handler = Sink(free_port())
    ctl = Controller(handler, hostname="127.0.0.1", port=handler.port)
    ctl.start()
    try:
        yield handler
    finally:
        ctl.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path}/mw.db")
    yield s
    s.close()


ORIGINAL = (
    "Received: from mx.attacker.example (unknown [203.0.113.9])\r\n"
    "\tby mx.agency.gov.vn (Postfix) with ESMTP id 4AbC; Mon, 2 Mar 2026 08:00:00 +0700\r\n"
    "From: =?utf-8?b?QuG7mSBDw7RuZyBhbg==?= <vanthu@bocongan-gov.com>\r\n"
    "To: canbo@agency.gov.vn\r\n"
    "Subject: =?utf-8?b?R2nhuqV5IG3hu51pIGjhu41w?=\r\n"
    "Date: Mon, 2 Mar 2026 08:00:00 +0700\r\n"
    "Message-ID: <evil-1@bocongan-gov.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "X-Long: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
    "\r\n"
    "Kính gửi đồng chí, mời tải tài liệu: http://login.bocongan-gov.com/tai-lieu\r\n"
    ".a line starting with a dot\r\n"
    "\r\n"
).encode()


def record(
    store: Store,
    raw: bytes | None = ORIGINAL,
    symbols: tuple[tuple[str, str], ...] = (("MALWARE_FOUND", "doc.exe: Win.Trojan.Agent"),),
    categories: tuple[str, ...] = ("malware",),
    action: str = "quarantine",
    from_header: str = "<vanthu@bocongan-gov.com>",
    eid: str | None = None,
    when: datetime | None = None,
    direction: str = "inbound",
    client_ip: str = "203.0.113.9",
    mail_from: str = "vanthu@bocongan-gov.com",
) -> EventRecord:
    import uuid

    ev = EventRecord(
        id=eid or uuid.uuid4().hex,
        received_at=when or datetime.now(UTC),
        adapter="milter",
        direction=direction,
        rcpt_to=("canbo@agency.gov.vn",),
        size=len(raw or b""),
        action=action,
        score=25.0,
        categories=categories,
        symbols=tuple({"name": n, "score": 1.0, "detail": d} for n, d in symbols),
        auth={"spf": "fail", "dkim": "none", "dmarc": "fail", "arc": "none"},
        client_ip=client_ip,
        mail_from=mail_from,
        from_header=from_header,
        subject="Giấy mời họp",
    )
    store.record(ev, raw)
    return ev


@pytest.fixture
def original() -> bytes:
    return ORIGINAL


@pytest.fixture
def record_event() -> Any:
    return record


@pytest.fixture
def unused_port() -> int:
    return free_port()
