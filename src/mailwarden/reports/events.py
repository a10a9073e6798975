"""What reports read from the event log: any object with ``EventRecord``'s attributes (structural)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from mailwarden.message.headers import domain_of, parse_addresses


class EventLike(Protocol):
    """The attributes of ``mailwarden.stores.EventRecord`` that reports use."""

    @property
    def id(self) -> str: ...
    @property
    def received_at(self) -> datetime: ...
    @property
    def direction(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def categories(self) -> Sequence[str]: ...
    @property
    def symbols(self) -> Sequence[Mapping[str, Any]]: ...
    @property
    def auth(self) -> Mapping[str, str]: ...
    @property
    def client_ip(self) -> str | None: ...
    @property
    def mail_from(self) -> str | None: ...
    @property
    def rcpt_to(self) -> Sequence[str]: ...
    @property
    def from_header(self) -> str | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def quarantined(self) -> bool: ...


def symbol_names(ev: EventLike) -> list[str]:
    return [str(s.get("name", "")) for s in ev.symbols]


def from_domain(ev: EventLike) -> str | None:
    """The From: header's domain (falls back to the envelope sender's)."""
    for _display, addr in parse_addresses(ev.from_header or ""):
        dom = domain_of(addr)
        if dom:
            return dom
    return domain_of(ev.mail_from)


def sender_address(ev: EventLike) -> str | None:
    for _display, addr in parse_addresses(ev.from_header or ""):
        if "@" in addr:
            return addr.lower()
    return ev.mail_from.lower() if ev.mail_from else None
