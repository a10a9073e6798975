"""Plain records passed to and returned by the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One processed message: envelope, verdict, sizes, timings."""

    id: str
    received_at: datetime
    adapter: str
    direction: str
    rcpt_to: tuple[str, ...]
    size: int
    action: str
    score: float
    categories: tuple[str, ...] = ()
    symbols: tuple[dict[str, Any], ...] = ()
    auth: dict[str, str] = field(default_factory=dict)
    client_ip: str | None = None
    client_name: str | None = None
    helo: str | None = None
    mail_from: str | None = None
    from_header: str | None = None
    subject: str | None = None
    message_id: str | None = None
    reason: str = ""
    errors: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)
    queue_id: str | None = None
    quarantined: bool = False


@dataclass(frozen=True, slots=True)
class QuarantineItem:
    """A quarantined message with its event (``raw`` only when asked for)."""

    event: EventRecord
    created_at: datetime
    expires_at: datetime
    status: str
    secret: str
    sha256: str
    size: int
    raw: bytes | None = None
    released_at: datetime | None = None
    released_by: str | None = None
