"""Header value decoding (RFC 2047, RFC 6532 raw UTF-8) and address parsing that never raise."""

from __future__ import annotations

import binascii
import re
from email.utils import getaddresses

from mailwarden.message.charsets import decode_text
from mailwarden.message.hosts import normalise_host

_FOLD = re.compile(rb"\r?\n(?=[ \t])")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_EOL = re.compile(rb"[\r\n]+")
# Tolerant encoded-word (RFC 2047 §2): spaces inside the text and over-long words occur in
# real mail, so the encoded text is any run up to the first "?=".
_EW = re.compile(r"=\?([^?\s]{1,75})\?([bBqQ])\?(.*?)\?=", re.DOTALL)
_WS = re.compile(r"[ \t]+")
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
# Address headers longer than this are cut before parsing: the pure-Python address parser is
# slow on megabyte headers, and no legitimate recipient list needs more.
MAX_ADDRESS_HEADER = 64 * 1024


def raw_header_section(raw: bytes) -> bytes:
    """The header section of a raw message: up to its first empty line, or all of it when it has none."""
    end = _HEADER_END.search(raw)
    return raw if end is None else raw[: end.start()]


def unfold(raw: bytes) -> bytes:
    """Remove folding line breaks (RFC 5322 §2.2.3); stray bare CR/LF become spaces."""
    data = _FOLD.sub(b"", raw) if b"\n" in raw else raw
    if b"\r" in data or b"\n" in data:
        data = _EOL.sub(b" ", data)
    return data


def raw_to_str(raw: bytes) -> str:
    """Unfolded header bytes as text: UTF-8 (RFC 6532), else windows-1252."""
    return decode_text(unfold(raw).strip(), None)[0]


def _word_bytes(charset: str, enc: str, text: str) -> bytes:
    # Raw 8-bit bytes inside an encoded word are invalid but common; give them back to the
    # word's charset as the bytes they most likely were.
    if text.isascii():
        data = text.encode("ascii")
    else:
        try:
            data = text.encode("utf-8" if charset.startswith("utf") else "cp1252")
        except UnicodeEncodeError:
            data = text.encode("utf-8")
    if enc in "bB":
        data = _B64_JUNK.sub(b"", data)
        if len(data) % 4 == 1:
            data = data[:-1]
        try:
            return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
        except (binascii.Error, ValueError):
            return data
    # Q encoding (RFC 2047 §4.2): "_" is a space, =XX an octet.
    return binascii.a2b_qp(data, header=True)


def decode_encoded_words(text: str) -> str:
    """Decode RFC 2047 encoded words in ``text``; adjacent words of one charset are joined first
    because encoders split multi-byte characters across words."""
    if "=?" not in text:
        return text
    out: list[str] = []
    pending: list[bytes] = []
    pending_cs = ""
    pos = 0
    for m in _EW.finditer(text):
        gap = text[pos : m.start()]
        charset = m.group(1).split("*", 1)[0].lower()
        # RFC 2047 §6.2: whitespace between adjacent encoded words is not displayed.
        adjacent = bool(pending) and (not gap or gap.isspace())
        if pending and (not adjacent or charset != pending_cs):
            out.append(decode_text(b"".join(pending), pending_cs)[0])
            pending = []
        if not adjacent:
            out.append(gap)
        pending_cs = charset
        pending.append(_word_bytes(charset, m.group(2), m.group(3)))
        pos = m.end()
    if pending:
        out.append(decode_text(b"".join(pending), pending_cs)[0])
    out.append(text[pos:])
    return "".join(out)


def decode_header_value(raw: bytes | str) -> str:
    """A header value as display text: unfolded, 8-bit and RFC 2047 decoded, stripped. Never raises."""
    try:
        text = raw_to_str(raw) if isinstance(raw, bytes) else raw.replace("\r", "").replace("\n", "")
        return decode_encoded_words(text).replace("\x00", "").strip()
    except Exception:  # a header must never stop a scan; the raw bytes stay in Message.headers
        if isinstance(raw, bytes):
            return raw.decode("latin-1", "replace").strip()
        return raw.strip()


def _clean_display(name: str) -> str:
    return _WS.sub(" ", decode_encoded_words(name)).strip().strip('"').strip()


def parse_addresses(value: str | bytes) -> list[tuple[str, str]]:
    """(display name, addr-spec) pairs from an address header value; ``addr`` is "" when absent.

    Pass the undecoded value: RFC 2047 words are decoded after parsing so that an encoded comma
    in a display name cannot split an address.
    """
    text = raw_to_str(value) if isinstance(value, bytes) else value
    text = text[:MAX_ADDRESS_HEADER]
    try:
        pairs = _parse(text)
        if "=?" in text and not any("@" in a for _, a in pairs):
            # Some senders encode the whole mailbox ("Name" <addr>) as one encoded word.
            pairs = _parse(decode_encoded_words(text))
    except Exception:  # the stdlib parser is robust but not proven so on every garbage input
        return []
    return pairs


def _parse(text: str) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for name, addr in getaddresses([text]):
        addr = addr.strip()
        display = _clean_display(name)
        if "@" not in addr and not display:
            # "From: Whomever" has no address at all; show the text as the display name.
            display, addr = _clean_display(addr), ""
        if display or addr:
            result.append((display, addr))
    return result


def domain_of(addr: str | None) -> str | None:
    """The lowercased ASCII domain of an address, or None when there is none."""
    if not addr or "@" not in addr:
        return None
    domain = addr.rsplit("@", 1)[1].strip().strip("<>[] ")
    if not domain:
        return None
    return normalise_host(domain) or None
