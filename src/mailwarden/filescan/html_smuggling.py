"""HTML smuggling indicators: script-built Blobs saved as downloads, binary data: URIs, embedded base64 payloads."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

MAX_HTML = 8 * 1024 * 1024  # characters examined per document
MIN_PAYLOAD = 2048  # base64 characters that make a string literal a "payload"

_SAVE_BLOB = re.compile(r"\b(?:msSaveOrOpenBlob|msSaveBlob)\b")
_NEW_BLOB = re.compile(r"\bnew\s+(?:window\.)?(?:Blob|File)\s*\(")
_OBJECT_URL = re.compile(r"\bURL\s*\.\s*createObjectURL\s*\(")
_DOWNLOAD = re.compile(r"\.\s*download\s*=|\bdownload\s*=\s*[\"'][^\"']+|setAttribute\s*\(\s*[\"']download[\"']", re.I)
_CLICK = re.compile(r"\.\s*click\s*\(\s*\)|dispatchEvent\s*\(|location(?:\.href)?\s*=")
_DECODE = re.compile(r"\b(?:atob|Uint8Array|charCodeAt|fromCharCode|base64ToArrayBuffer)\b")
# data: URIs of things a browser saves rather than shows (images, fonts, CSS are ordinary in mail).
_BINARY_DATA_URI = re.compile(
    r"data:(application/(?!pdf\b|json\b|xml\b|xhtml)[a-z0-9.+-]+|binary/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]{64,})",
    re.I,
)
_B64_LITERAL = re.compile(r"[\"'`]([A-Za-z0-9+/]{100,}={0,2})[\"'`]")
_SCRIPT = re.compile(r"<script\b", re.I)
# (indicator, pattern, literals one of which every match contains, whether they are lower case)
_CHECKS: tuple[tuple[str, re.Pattern[str], tuple[str, ...], bool], ...] = (
    ("msSaveOrOpenBlob", _SAVE_BLOB, ("msSave",), False),
    ("Blob", _NEW_BLOB, ("Blob", "File"), False),
    ("createObjectURL", _OBJECT_URL, ("createObjectURL",), False),
    ("download", _DOWNLOAD, ("download",), True),
    ("click", _CLICK, ("click", "dispatchEvent", "location"), False),
    ("decode", _DECODE, ("atob", "Uint8Array", "charCodeAt", "fromCharCode", "base64ToArrayBuffer"), False),
    ("script", _SCRIPT, ("<script",), True),
)
# What a smuggled payload decodes to: the magic numbers of archives, executables, disk images, documents.
_PAYLOAD_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"MZ", "executable"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"\x4c\x00\x00\x00\x01\x14\x02\x00", "lnk"),
    (b"%PDF", "pdf"),
)


@dataclass(slots=True)
class SmugglingReport:
    """Indicators found; ``smuggling`` applies the combination rule."""

    indicators: list[str] = field(default_factory=list)
    payload_types: list[str] = field(default_factory=list)

    @property
    def smuggling(self) -> bool:
        ind = set(self.indicators)
        if "msSaveOrOpenBlob" in ind:
            return True
        if "binary data: URI" in ind and ("download" in ind or "script" in ind):
            return True
        blob_download = "Blob" in ind and ("createObjectURL" in ind or "download" in ind)
        if blob_download and ("click" in ind or "download" in ind) and ("decode" in ind or self.payload_types):
            return True
        # A script carrying an archive/executable as base64 and decoding it is smuggling whatever the API.
        return bool(self.payload_types) and "decode" in ind and "script" in ind


def analyze_html(text: str) -> SmugglingReport:
    """Look for HTML smuggling in an HTML document or body. Never raises."""
    doc = text[:MAX_HTML]
    low = doc.lower()
    r = SmugglingReport()
    for label, rx, literals, case_blind in _CHECKS:
        # A literal each match must contain, found at C speed first: the \b-led patterns cost
        # ~0.3 ms each on an ordinary 18 KB HTML body, and most bodies contain none of them.
        hay = low if case_blind else doc
        if literals and not any(lit in hay for lit in literals):
            continue
        if rx.search(doc):
            r.indicators.append(label)
    for m in _BINARY_DATA_URI.finditer(doc) if "base64," in low else ():
        if "binary data: URI" not in r.indicators:
            r.indicators.append("binary data: URI")
        _note_payload(m.group(2), r)
        if len(r.payload_types) >= 5:
            break
    if "script" in r.indicators:
        total = 0
        for m in _B64_LITERAL.finditer(doc):
            total += len(m.group(1))
            _note_payload(m.group(1), r)
        # Payloads are often split into many literals joined at run time: judge the total too.
        if total >= MIN_PAYLOAD * 8 and not r.payload_types:
            r.indicators.append("large base64 in script")
    return r


def _note_payload(b64: str, r: SmugglingReport) -> None:
    head = re.sub(r"\s", "", b64[:64])
    head = head[: len(head) // 4 * 4]
    try:
        raw = base64.b64decode(head, validate=False)
    except (binascii.Error, ValueError):
        return
    for magic, label in _PAYLOAD_MAGIC:
        if raw.startswith(magic) and label not in r.payload_types:
            r.payload_types.append(label)
            return


def is_html(data: bytes, name: str, declared_type: str) -> bool:
    """Whether an attachment is an HTML/SVG document worth examining for smuggling."""
    low = name.lower()
    if low.endswith((".htm", ".html", ".shtml", ".xhtml", ".mht", ".svg", ".hta")):
        return True
    if declared_type.lower().startswith(("text/html", "image/svg", "application/xhtml")):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<svg", b"<script"))
