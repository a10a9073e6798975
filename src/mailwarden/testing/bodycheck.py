"""The body family check on one made-up message, for tests of its rule groups."""

from __future__ import annotations

from mailwarden.checks.body.check import Body
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message


async def body_symbols(body: str, subject: str = "hello", html: bool = False) -> dict[str, str]:
    """Symbol -> detail of the body check on a message with this Subject and a text (or HTML) body."""
    ctype = "text/html" if html else "text/plain"
    raw = (
        f"From: a@sender.example\r\nTo: b@agency.gov.vn\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
    ).encode()
    e = Engine(settings_from_mapping({}), FakeResolver({}), check_classes=[Body])
    v = await e.scan(parse_message(raw))
    return {s.name: s.detail for s in v.symbols}
