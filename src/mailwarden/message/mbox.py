"""Splitting mbox files (RFC 4155, mboxo/mboxrd) into single messages."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A From_ line carries a sender and an asctime date; requiring the hh:mm time keeps an
# unquoted body line such as "From the desk of ..." from splitting a message (mboxo).
_FROM_LINE = re.compile(rb"From [^\r\n]*\d:\d\d")
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_HEADER_LINE = re.compile(rb"[\x21-\x39\x3b-\x7e]{1,998}[ \t]*:")


def _line_end(data: bytes, pos: int) -> int:
    nl = data.find(b"\n", pos)
    return len(data) if nl < 0 else nl + 1


def _is_separator(data: bytes, pos: int) -> bool:
    return _FROM_LINE.match(data, pos, _line_end(data, pos)) is not None


def is_mbox(data: bytes) -> bool:
    """True when ``data`` starts with a From_ line followed by a header field."""
    if not data.startswith(b"From ") or not _is_separator(data, 0):
        return False
    return _HEADER_LINE.match(data, _line_end(data, 0)) is not None


def _message(data: bytes, start: int, end: int) -> bytes:
    msg = data[start:end]
    # The empty line before the next From_ line belongs to the mbox, not to the message.
    if msg.endswith(b"\r\n\r\n"):
        msg = msg[:-2]
    elif msg.endswith(b"\n\n"):
        msg = msg[:-1]
    if b">From " in msg:
        # mboxrd: one ">" was added to every (>*)From line at line start; take it off again.
        msg = _QUOTED_FROM.sub(rb"\1", msg)
    return msg


def split_mbox(data: bytes) -> Iterator[bytes]:
    """Yield each message of an mbox without its From_ line; data that is not an mbox is one message."""
    starts: list[int] = []
    pos = 0 if data.startswith(b"From ") else data.find(b"\nFrom ")
    while pos >= 0:
        at = pos if data.startswith(b"From ", pos) else pos + 1
        if _is_separator(data, at):
            starts.append(at)
        pos = data.find(b"\nFrom ", at + 1)
    if not starts:
        if data.strip():
            yield data
        return
    if data[: starts[0]].strip():
        yield data[: starts[0]]
    for i, at in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(data)
        msg = _message(data, _line_end(data, at), end)
        if msg.strip():
            yield msg
