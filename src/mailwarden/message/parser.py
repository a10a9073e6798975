"""``parse_message``: raw bytes to a ``Message`` with bodies, attachments and URLs, limits enforced."""

from __future__ import annotations

import hashlib
import re

from mailwarden.errors import MessageError
from mailwarden.message.charsets import decode_text, html_meta_charset
from mailwarden.message.headers import decode_header_value, domain_of, parse_addresses
from mailwarden.message.html import extract_html_urls
from mailwarden.message.mime import Field, Leaf, Walker
from mailwarden.message.model import Attachment, Envelope, Limits, Message
from mailwarden.message.sniff import sniff_type
from mailwarden.message.transfer import decode_transfer, decode_uu, find_uuencoded
from mailwarden.message.urls import UrlCollector

_LEADING_EOL = re.compile(rb"[\r\n]*")
_BAD_ENCODING = frozenset(
    (
        "InvalidBase64PaddingDefect",
        "InvalidBase64LengthDefect",
        "InvalidBase64CharactersDefect",
        "InvalidQuotedPrintableDefect",
        "InvalidUuencodeDefect",
        "UnknownTransferEncodingDefect",
    )
)
_HTML_NAMES = (".htm", ".html", ".shtml", ".xhtml", ".svg", ".hta", ".mht", ".mhtml")
_TEXT_NAMES = (".txt", ".csv", ".url", ".ics", ".eml")
_BODY_TYPES = frozenset(("text/plain", "text/html"))


def _is_body(leaf: Leaf) -> bool:
    return leaf.ctype in _BODY_TYPES and not leaf.filename and leaf.disposition != "attachment"


class _Builder:
    """Accumulates bodies and attachments leaf by leaf within the text budget."""

    def __init__(self, limits: Limits, walker: Walker) -> None:
        self.limits = limits
        self.walker = walker
        self.text_parts: list[str] = []
        self.html_parts: list[str] = []
        self.attachments: list[Attachment] = []
        # (decoded text, is_html) of attachments worth scanning for URLs
        self.scan_later: list[tuple[str, bool]] = []
        self._budget = {"text": limits.max_text_chars, "html": limits.max_text_chars, "att": limits.max_text_chars}

    def _notes(self, defects: tuple[str, ...]) -> None:
        for d in defects:
            self.walker.defect(d)
            if d in _BAD_ENCODING:
                self.walker.symbol("MIME_BAD_ENCODING")

    def _decode(self, data: bytes, charset: str | None, budget: str) -> str:
        left = self._budget[budget]
        if left <= 0:
            self.walker.symbol("MIME_LIMIT_TEXT")
            return ""
        if len(data) > 4 * left:
            # Cut at a line break so a multi-byte character is not split (UTF-8 is at most 4 bytes).
            cut = data.rfind(b"\n", 0, 4 * left)
            data = data[: cut if cut > 0 else 4 * left]
        text, unknown = decode_text(data, charset)
        if unknown:
            self.walker.defect("UnknownCharsetDefect")
            self.walker.symbol("MIME_BAD_CHARSET")
        if len(text) > left:
            self.walker.symbol("MIME_LIMIT_TEXT")
            text = text[:left]
        self._budget[budget] = left - len(text)
        # One line-break convention for content rules (RFC 5322 CRLF and bare LF both occur).
        return text.replace("\r\n", "\n") if "\r" in text else text

    def add(self, leaf: Leaf) -> None:
        if leaf.decoded is not None:
            data = leaf.decoded
        else:
            dec = decode_transfer(leaf.payload(), leaf.cte)
            self._notes(dec.defects)
            data = dec.data
        if not _is_body(leaf):
            self._attach(leaf, data)
        elif leaf.ctype == "text/html":
            self.html_parts.append(self._decode(data, leaf.charset or html_meta_charset(data), "html"))
        else:
            for name, start, end in reversed(find_uuencoded(data)):
                uu = decode_uu(data[start:end])
                self._notes(uu.defects)
                self._attach_bytes(name, "application/octet-stream", uu.data, None, None, leaf.depth)
                data = data[:start] + data[end:]
            self.text_parts.append(self._decode(data, leaf.charset, "text"))

    def _attach(self, leaf: Leaf, data: bytes) -> None:
        sniffed = self._attach_bytes(leaf.filename, leaf.ctype, data, leaf.disposition, leaf.content_id, leaf.depth)
        name = (leaf.filename or "").lower()
        is_html = leaf.ctype == "text/html" or sniffed == "text/html" or name.endswith(_HTML_NAMES)
        if is_html or leaf.ctype == "text/plain" or name.endswith(_TEXT_NAMES):
            text = self._decode(data, leaf.charset, "att")
            if text:
                self.scan_later.append((text, is_html))

    def _attach_bytes(
        self,
        filename: str | None,
        ctype: str,
        data: bytes,
        disposition: str | None,
        content_id: str | None,
        depth: int,
    ) -> str:
        sniffed = sniff_type(data)
        self.attachments.append(
            Attachment(
                filename=filename,
                declared_type=ctype,
                sniffed_type=sniffed,
                size=len(data),
                content=data,
                sha256=hashlib.sha256(data).hexdigest(),
                md5=hashlib.md5(data, usedforsecurity=False).hexdigest(),
                sha1=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
                disposition=disposition,
                content_id=content_id,
                depth=depth,
            )
        )
        return sniffed


def _collect_urls(builder: _Builder, text_body: str, html_body: str | None, limit: int) -> UrlCollector:
    urls = UrlCollector(limit)
    urls.add_text(text_body, "text")
    sources: list[tuple[str, bool, str]] = [(h, True, "html") for h in builder.html_parts]
    sources += [(t, is_html, "attachment") for t, is_html in builder.scan_later]
    for text, is_html, source in sources:
        if urls.full:
            break
        if is_html:
            left = limit - len(urls.urls)
            for url in extract_html_urls(text, limit=left + 1, source=source):
                if not urls.add(url):
                    break
        else:
            urls.add_text(text, source)
    return urls


def _first(fields: list[Field]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for name, value in fields:
        found.setdefault(name.lower(), value)
    return found


def _addresses(fields: list[Field], name: str) -> list[str]:
    out: list[str] = []
    for n, value in fields:
        if n.lower() == name:
            out.extend(addr for _, addr in parse_addresses(value) if addr)
    return out


def parse_message(raw: bytes, envelope: Envelope | None = None, limits: Limits | None = None) -> Message:
    """Parse ``raw``; limits and malformations become symbols, never exceptions or hangs.

    Raises ``MessageError`` only when there is nothing to work with: empty input, or no header
    field at all (not a message). Without ``envelope`` the envelope is empty (source "unknown");
    ``received.envelope_from_received`` can guess one for files.
    """
    lim = limits or Limits()
    raw = bytes(raw)
    if not raw or raw.isspace():
        raise MessageError("empty message", symbol="MIME_EMPTY")
    walker = Walker(lim)
    data = raw
    if len(raw) > lim.max_size:
        walker.symbol("MIME_LIMIT_SIZE")
        data = raw[: lim.max_size]
    start = _LEADING_EOL.match(data).end()  # type: ignore[union-attr]  # "*" always matches
    hb = walker.header_block(data, start, len(data))
    if not hb.fields:
        raise MessageError("no header fields: not a message", symbol="MIME_UNPARSEABLE")
    builder = _Builder(lim, walker)
    for leaf in walker.walk(hb.fields, data, hb.body_start, len(data)):
        builder.add(leaf)
    text_body = "\n".join(t for t in builder.text_parts if t)
    html_body = "\n".join(h for h in builder.html_parts if h) or None
    urls = _collect_urls(builder, text_body, html_body, lim.max_urls)
    if urls.full:
        walker.symbol("MIME_LIMIT_URLS")
    top = _first(hb.fields)
    from_raw = top.get("from")
    from_pairs = parse_addresses(from_raw) if from_raw is not None else []
    from_display, from_addr = from_pairs[0] if from_pairs else ("", "")
    message_id = decode_header_value(top["message-id"]) if "message-id" in top else None
    date = decode_header_value(top["date"]) if "date" in top else None
    return Message(
        raw=raw,
        envelope=envelope if envelope is not None else Envelope(source="unknown"),
        headers=hb.fields,
        subject=decode_header_value(top["subject"]) if "subject" in top else "",
        from_header=decode_header_value(from_raw) if from_raw is not None else "",
        from_display=from_display,
        from_address=from_addr or None,
        from_domain=domain_of(from_addr),
        reply_to=_addresses(hb.fields, "reply-to"),
        to=_addresses(hb.fields, "to"),
        cc=_addresses(hb.fields, "cc"),
        message_id=message_id or None,
        date=date or None,
        text_body=text_body,
        html_body=html_body,
        attachments=builder.attachments,
        urls=urls.urls,
        defects=list(walker.defects),
        limit_symbols=list(walker.symbols),
        part_count=walker.part_count,
        max_depth_seen=walker.max_depth_seen,
    )
