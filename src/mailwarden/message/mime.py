"""Iterative MIME walk over raw bytes (RFC 2045/2046) with limits enforced while descending.

The stdlib feed parser is not used for structure: it recurses through nested generators (a
5,000-deep multipart raises RecursionError), handles every line in Python (50 MB takes about a
second) and cannot stop at a depth or part limit. Here parts are byte spans into one buffer,
boundaries are found with ``bytes.find`` and nothing is copied until a leaf is decoded.

Structural symbols: ``MIME_MISSING_BOUNDARY`` (multipart without a boundary parameter, or whose
boundary never occurs), ``MIME_BAD_BOUNDARY`` (no closing delimiter: truncated or forged).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message as _EmailMessage

from mailwarden.message.headers import decode_encoded_words, raw_to_str, unfold
from mailwarden.message.model import Limits
from mailwarden.message.transfer import decode_transfer

# One header field with its folded continuation lines (RFC 5322 §2.2, §3.6.8); the name is
# bounded so that a 20 MB line without a colon fails fast.
_FIELD = re.compile(rb"([\x21-\x39\x3b-\x7e]{1,998})[ \t]*:([^\n]*(?:\n[ \t][^\n]*)*)(?:\n|\Z)")
# RFC 2046 §5.1.1: only transport padding may follow a delimiter on its line.
_PADDING = re.compile(rb"[ \t\r]*(?:\n|\Z)")
_CONTENT_HEADERS = frozenset(("content-type", "content-disposition", "content-transfer-encoding", "content-id"))
_MESSAGE_TYPES = frozenset(("message/rfc822", "message/global"))
# The stdlib's parameter parser (email.message._parseparam, Python 3.11/3.12) is quadratic in the number
# of ";" in a header: a 100 KB Content-Type of semicolons took seconds per MIME part. A value past these
# sizes is first cut into parameters here (in linear time, quotes respected) and only the parameters
# this parser reads are handed on, so a parameter hidden behind junk ones is still found. Written by hand:
# the fix is in newer CPython only.
_PARAMS_FAST_CHARS = 1024
_PARAMS_FAST_SEMICOLONS = 32
_MAX_KEPT_PARAMS = 64
_PARAM_CHUNK = re.compile(r'(?:"(?:[^"\\]|\\.)*+"?|[^;"])++')
_READ_PARAM = re.compile(r"\s*(?:name|filename|boundary|charset)(?:\*\d{0,4}\*?)?\s*=", re.IGNORECASE)

Field = tuple[str, bytes]


@dataclass(slots=True)
class HeaderBlock:
    """Header fields of one entity and where its body starts."""

    fields: list[Field]
    body_start: int
    defects: list[str]
    limited: bool = False


@dataclass(slots=True)
class Leaf:
    """A non-multipart entity: its content headers and its still-encoded body span."""

    ctype: str
    charset: str | None
    filename: str | None
    disposition: str | None
    content_id: str | None
    cte: str
    buf: bytes
    start: int
    end: int
    depth: int
    # Set for message/* leaves, whose decoded body the walker already needed to descend.
    decoded: bytes | None = None

    def payload(self) -> bytes:
        return self.buf[self.start : self.end]


def _blank_line_after(buf: bytes, pos: int, end: int) -> int:
    """Offset just past the next empty line, or ``end``."""
    best = end
    for sep in (b"\n\n", b"\n\r\n"):
        i = buf.find(sep, pos, end)
        if 0 <= i < best:
            best = i + len(sep)
    return best


def parse_header_block(buf: bytes, start: int, end: int, max_fields: int, max_bytes: int) -> HeaderBlock:
    """Split raw header fields (name, raw value bytes with folding kept) off ``buf[start:end]``."""
    fields: list[Field] = []
    defects: list[str] = []
    pos = start
    first = True
    match = _FIELD.match
    while pos < end:
        if len(fields) >= max_fields or pos - start > max_bytes:
            return HeaderBlock(fields, _blank_line_after(buf, pos, end), defects, limited=True)
        m = match(buf, pos, end)
        if m is not None:
            value = m.group(2)
            fields.append((m.group(1).decode("ascii"), value[:-1] if value.endswith(b"\r") else value))
            pos = m.end()
            first = False
            continue
        nl = buf.find(b"\n", pos, end)
        nxt = end if nl < 0 else nl + 1
        if buf[pos:nxt].strip(b"\r\n") == b"":
            return HeaderBlock(fields, nxt, defects)
        c = buf[pos]
        if c == 32 or c == 9:
            defects.append("FirstHeaderLineIsContinuationDefect")
        elif not (first and buf.startswith(b"From ", pos)):  # an mbox From_ line is not the body
            # The body starts without the empty separator line (RFC 5322 §2.1).
            defects.append("MissingHeaderBodySeparatorDefect")
            return HeaderBlock(fields, pos, defects)
        first = False
        pos = nxt
    return HeaderBlock(fields, end, defects)


def _preserving_str(raw: bytes) -> tuple[str, str]:
    """Header text plus the codec that maps it back to the same bytes (boundaries are bytes)."""
    flat = unfold(raw).strip()
    try:
        return flat.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return flat.decode("latin-1"), "latin-1"


@dataclass(slots=True)
class _Content:
    ctype: str
    boundary: bytes | None
    charset: str | None
    filename: str | None
    disposition: str | None
    content_id: str | None
    cte: str


def bounded_params(value: str) -> str:
    """``value`` itself, or for an outsized one its first token and the parameters this parser reads."""
    if len(value) <= _PARAMS_FAST_CHARS and value.count(";") <= _PARAMS_FAST_SEMICOLONS:
        return value
    chunks = [m.group(0) for m in _PARAM_CHUNK.finditer(value)]
    if not chunks:
        return value[:_PARAMS_FAST_CHARS]
    kept = [c for c in chunks[1:] if _READ_PARAM.match(c)][:_MAX_KEPT_PARAMS]
    # A ";" left in a chunk is quoted: one inside a file name is rare, thousands are an attack on the parser.
    return "; ".join(c.strip().replace(";", ",") for c in [chunks[0], *kept])


def content_of(fields: list[Field], default_type: str) -> _Content:
    """Content-* semantics of an entity; the stdlib does RFC 2231 parameter parsing."""
    found: dict[str, bytes] = {}
    for name, value in fields:
        lname = name.lower()
        if lname in _CONTENT_HEADERS and lname not in found:
            found[lname] = value
    em = _EmailMessage()
    em.set_default_type(default_type)
    codec = "utf-8"
    if "content-type" in found:
        text, codec = _preserving_str(found["content-type"])
        em["Content-Type"] = bounded_params(text)
    if "content-disposition" in found:
        em["Content-Disposition"] = bounded_params(raw_to_str(found["content-disposition"]))
    ctype = em.get_content_type()
    boundary: bytes | None = None
    if ctype.startswith("multipart/"):
        b = em.get_boundary()
        if b:
            boundary = b.encode(codec, "replace")
    filename = em.get_filename()
    if filename is not None:
        filename = decode_encoded_words(filename).strip() or None
    cte = raw_to_str(found.get("content-transfer-encoding", b"")).strip().strip("\"'").lower()
    cid = raw_to_str(found["content-id"]) if "content-id" in found else None
    return _Content(
        ctype=ctype,
        boundary=boundary,
        charset=em.get_content_charset(),
        filename=filename,
        disposition=em.get_content_disposition(),
        content_id=cid or None,
        cte=cte.split(None, 1)[0] if cte else "",
    )


def split_multipart(
    buf: bytes, start: int, end: int, boundary: bytes, max_parts: int
) -> tuple[list[tuple[int, int]], bool, bool, bool]:
    """Spans of the body parts between ``--boundary`` delimiters.

    Returns (spans, found_start, closed, more) where ``more`` means parts beyond ``max_parts``.
    The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
    """
    delim = b"--" + boundary
    dlen = len(delim)
    spans: list[tuple[int, int]] = []
    content_start = -1
    pos = start
    while True:
        i = buf.find(delim, pos, end)
        if i < 0:
            break
        if i > start and buf[i - 1] != 10:
            pos = i + 1
            continue
        j = i + dlen
        close = buf.startswith(b"--", j, end)
        pad = _PADDING.match(buf, j + 2 if close else j, end)
        if pad is None:
            pos = j
            continue
        if content_start >= 0:
            stop = i
            if stop > content_start and buf[stop - 1] == 10:
                stop -= 1
                if stop > content_start and buf[stop - 1] == 13:
                    stop -= 1
            spans.append((content_start, stop))
            if len(spans) >= max_parts:
                return spans, True, close, not close
        if close:
            return spans, content_start >= 0 or bool(spans), True, False
        content_start = pad.end()
        pos = content_start
    if content_start < 0:
        return spans, False, False, False
    spans.append((content_start, end))
    return spans, True, False, False


class Walker:
    """Walks one message, yielding leaves in document order and recording limits and defects."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.part_count = 0
        self.max_depth_seen = 0
        self.defects: dict[str, None] = {}
        self.symbols: dict[str, None] = {}
        # One budget of header fields for all nested parts, so 500 parts x 1,000 fields cannot
        # cost seconds; the top block alone still gets the full max_headers.
        self._field_budget = limits.max_headers * 5

    def symbol(self, name: str) -> None:
        self.symbols[name] = None

    def defect(self, name: str) -> None:
        self.defects[name] = None

    def header_block(self, buf: bytes, start: int, end: int) -> HeaderBlock:
        lim = self.limits
        hb = parse_header_block(buf, start, end, min(lim.max_headers, self._field_budget), lim.max_header_bytes)
        self._field_budget -= len(hb.fields)
        for d in hb.defects:
            self.defect(d)
        if hb.limited:
            self.symbol("MIME_LIMIT_HEADERS")
        return hb

    def walk(self, fields: list[Field], buf: bytes, start: int, end: int) -> Iterator[Leaf]:
        lim = self.limits
        stack: list[tuple[list[Field], bytes, int, int, int, str]] = [(fields, buf, start, end, 0, "text/plain")]
        while stack:
            fields, buf, start, end, depth, default = stack.pop()
            self.part_count += 1
            if self.part_count > lim.max_parts:
                self.symbol("MIME_LIMIT_PARTS")
                return
            self.max_depth_seen = max(self.max_depth_seen, depth)
            c = content_of(fields, default)
            if c.ctype.startswith("multipart/"):
                if depth >= lim.max_depth:
                    self.symbol("MIME_LIMIT_DEPTH")
                    continue
                children = self._children(c, buf, start, end, depth)
                if children is not None:
                    stack.extend(reversed(children))
                    continue
                c.ctype = "text/plain"  # as the email package does with an unsplittable multipart
            leaf = Leaf(c.ctype, c.charset, c.filename, c.disposition, c.content_id, c.cte, buf, start, end, depth)
            if c.ctype in _MESSAGE_TYPES:
                leaf.decoded = decode_transfer(leaf.payload(), c.cte).data
            yield leaf
            if leaf.decoded:
                if depth >= lim.max_depth:
                    self.symbol("MIME_LIMIT_DEPTH")
                    continue
                inner = leaf.decoded
                hb = self.header_block(inner, 0, len(inner))
                # An attachment labelled message/rfc822 without a single header field is not a
                # message; its bytes stay an attachment and are not read as body text.
                if hb.fields:
                    stack.append((hb.fields, inner, hb.body_start, len(inner), depth + 1, "text/plain"))

    def _children(
        self, c: _Content, buf: bytes, start: int, end: int, depth: int
    ) -> list[tuple[list[Field], bytes, int, int, int, str]] | None:
        if c.boundary is None:
            self.defect("NoBoundaryInMultipartDefect")
            self.symbol("MIME_MISSING_BOUNDARY")
            return None
        budget = self.limits.max_parts - self.part_count + 1
        spans, found, closed, more = split_multipart(buf, start, end, c.boundary, max(budget, 1))
        if not found:
            self.defect("StartBoundaryNotFoundDefect")
            self.symbol("MIME_MISSING_BOUNDARY")
            return None
        if more:
            self.symbol("MIME_LIMIT_PARTS")
        elif not closed:
            self.defect("CloseBoundaryNotFoundDefect")
            self.symbol("MIME_BAD_BOUNDARY")
        child_default = "message/rfc822" if c.ctype == "multipart/digest" else "text/plain"
        out = []
        for s, e in spans:
            hb = self.header_block(buf, s, e)
            out.append((hb.fields, buf, hb.body_start, e, depth + 1, child_default))
        return out
