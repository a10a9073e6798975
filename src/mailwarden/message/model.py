"""The parsed message: envelope, ordered raw headers, bodies, attachments, URLs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Envelope:
    """SMTP envelope; any part may be unknown (scanning a file)."""

    client_ip: str | None = None
    client_name: str | None = None
    helo: str | None = None
    mail_from: str | None = None
    rcpt_to: tuple[str, ...] = ()
    authenticated_user: str | None = None
    # Where the envelope came from: "smtp", "cli", "received" (guessed from the top Received header)
    source: str = "smtp"


@dataclass(frozen=True, slots=True)
class Limits:
    """Parser limits. Exceeding one yields a defect symbol (MIME_LIMIT_*) instead of a crash or hang."""

    max_size: int = 50 * 1024 * 1024
    max_depth: int = 20
    max_parts: int = 500
    max_headers: int = 1000
    max_header_bytes: int = 1024 * 1024
    max_urls: int = 2000
    max_text_chars: int = 2_000_000


@dataclass(frozen=True, slots=True)
class Url:
    """A URL found in the message. ``source`` is text, html, html-form, html-src, attachment, ..."""

    url: str
    host: str
    source: str
    anchor_text: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A non-body MIME leaf (or a body part with a filename / Content-Disposition: attachment)."""

    filename: str | None
    declared_type: str
    sniffed_type: str
    size: int
    content: bytes
    sha256: str
    md5: str
    sha1: str
    disposition: str | None = None
    content_id: str | None = None
    depth: int = 0


@dataclass(slots=True)
class Message:
    """A parsed message.

    ``raw`` keeps the original bytes (DKIM/ARC verification and quarantine need them exactly).
    ``headers`` keeps header fields in order with their raw (unfolded-not, undecoded) values as
    bytes; use ``header``/``headers_named`` for decoded text.
    """

    raw: bytes
    envelope: Envelope
    headers: list[tuple[str, bytes]]
    subject: str
    from_header: str
    from_display: str
    from_address: str | None
    from_domain: str | None
    reply_to: list[str]
    to: list[str]
    cc: list[str]
    message_id: str | None
    date: str | None
    text_body: str
    html_body: str | None
    attachments: list[Attachment]
    urls: list[Url]
    defects: list[str] = field(default_factory=list)
    # Symbols for limits exceeded / structural problems (e.g. MIME_LIMIT_PARTS, MIME_BAD_BOUNDARY)
    limit_symbols: list[str] = field(default_factory=list)
    part_count: int = 0
    max_depth_seen: int = 0
    _html_text: str | None = None
    _memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, once per message and ``key``: derived data that several checks or a check
        and the learner need (e.g. the classifier's features during ``eval --online``)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def date_time(self) -> datetime | None:
        """The Date header parsed (naive when it has no zone), None when missing or unparseable; parsed once
        for the checks that read it."""

        def parse() -> datetime | None:
            if self.date is None:
                return None
            try:
                return parsedate_to_datetime(self.date)
            except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year like 2222222024
                return None

        return self.memo("date_time", parse)

    def header(self, name: str) -> str | None:
        """First header named ``name`` (case-insensitive), decoded (RFC 2047), unfolded."""
        vals = self.headers_named(name)
        return vals[0] if vals else None

    def headers_named(self, name: str) -> list[str]:
        from mailwarden.message.headers import decode_header_value

        lname = name.lower()
        return [decode_header_value(v) for n, v in self.headers if n.lower() == lname]

    @property
    def html_text(self) -> str:
        """The HTML body rendered to text, computed on first use."""
        if self._html_text is None:
            from mailwarden.message.html import html_to_text

            self._html_text = html_to_text(self.html_body) if self.html_body else ""
        return self._html_text

    @property
    def size(self) -> int:
        return len(self.raw)
