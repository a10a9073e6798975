"""Test helpers for the inline filter: adapters in a thread, a store that can fail, Maildir polling.

Shipped in the package (as aiosmtpd ships its testing helpers) so tests and benchmarks share them.
"""

from __future__ import annotations

import asyncio
import smtplib
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from mailwarden.config import Settings, settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.errors import StoreError
from mailwarden.gateway import Gateway
from mailwarden.stores import EventRecord, Store

SMTP_PORT = 10026  # scripts/start_postfix.sh
REINJECT_PORT = 10027
MILTER_PORT = 11990
MAILDIR = Path("/home/testuser/Maildir")


def port_open(port: int) -> bool:
    import socket

    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


class FlakyStore:
    """A real store that can be told to fail, to test that nothing is lost when persistence breaks."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.broken = False

    def record(self, ev: EventRecord, raw: bytes | None = None, status: str = "held") -> str | None:
        if self.broken:
            raise StoreError("disk full (simulated)")
        return self.inner.record(ev, raw, status)

    def record_many(self, evs: list[EventRecord]) -> None:
        if self.broken:
            raise StoreError("disk full (simulated)")
        self.inner.record_many(evs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class AdapterThread:
    """Runs an adapter server coroutine in its own event loop thread."""

    def __init__(
        self, start: Callable[[Gateway], Awaitable[asyncio.AbstractServer]], gateway_factory: Callable[[], Gateway]
    ):
        self._start = start
        self._factory = gateway_factory
        self.loop = asyncio.new_event_loop()
        self.server: asyncio.AbstractServer | None = None
        self.gateway: Gateway | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> AdapterThread:
        self._thread.start()

        async def boot() -> None:
            self.gateway = self._factory()
            self.server = await self._start(self.gateway)

        asyncio.run_coroutine_threadsafe(boot(), self.loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def down() -> None:
            assert self.server is not None and self.gateway is not None
            self.server.close()
            await self.server.wait_closed()
            await self.gateway.close()  # flush the batched event log

        asyncio.run_coroutine_threadsafe(down(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)


def make_settings(tmp: Path, extra: Mapping[str, Any] | None = None) -> Settings:
    base: dict[str, Any] = {
        "general": {"authserv_id": "gw.test"},
        "domains": {"local": ["gw.test"], "protected": ["example.gov.vn"]},
        "store": {"url": f"sqlite:///{tmp}/mw.db"},
        "quarantine": {"release_next_hop": f"127.0.0.1:{REINJECT_PORT}"},
        # the statistical classifier's score is not what the plumbing tests are about: keep totals exact
        "engine": {"disabled": ["spam_classifier"]},
    }
    for k, v in (extra or {}).items():
        base[k] = {**base.get(k, {}), **v} if isinstance(v, dict) else v
    return settings_from_mapping(base)


ZONE: dict[str, dict[str, list[str]]] = {
    "example.gov.vn": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
    "_dmarc.example.gov.vn": {"TXT": ["v=DMARC1; p=reject"]},
    "partner.example": {"TXT": ["v=spf1 ip4:127.0.0.0/8 -all"]},
    "_dmarc.partner.example": {"TXT": ["v=DMARC1; p=none"]},
}


def build_gateway(settings: Settings, store: Store | FlakyStore | None) -> Gateway:
    engine = Engine(settings, FakeResolver(ZONE))
    return Gateway(engine, store, settings)  # type: ignore[arg-type]


def unique_message(
    subject: str, body: str = "hello", sender: str = "alice@partner.example", extra: str = ""
) -> tuple[str, bytes]:
    token = uuid.uuid4().hex
    raw = (
        f"From: Alice <{sender}>\r\nTo: testuser@gw.test\r\nSubject: {subject}\r\n"
        f"Message-ID: <{token}@partner.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n{extra}"
        f"\r\n{body}\r\n"
    ).encode()
    return token, raw


def send(
    raw: bytes, sender: str = "alice@partner.example", rcpt: str = "testuser@gw.test", port: int = SMTP_PORT
) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
        s.sendmail(sender, [rcpt], raw)


def delivered(token: str, timeout: float = 10.0) -> bytes | None:
    """The Maildir copy of the message with this Message-ID token, waiting for delivery."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for sub in ("new", "cur"):
            d = MAILDIR / sub
            if not d.is_dir():
                continue
            for f in d.iterdir():
                try:
                    data = f.read_bytes()
                except OSError:
                    continue
                if token.encode() in data:
                    return data
        time.sleep(0.1)
    return None
