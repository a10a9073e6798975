"""PDF active content by keyword scan (pdfid-style, plus object streams): JavaScript, actions, files, URIs."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

MAX_STREAMS = 200  # object streams inflated per file
MAX_INFLATED = 16 * 1024 * 1024  # bytes of inflated object streams per file
MAX_URIS = 200

# A PDF name may spell any byte as #xx ("/J#61vaScript"); names are compared after undoing that.
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_NAME = re.compile(rb"/([A-Za-z][A-Za-z0-9#]*)")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm")
_STREAM = re.compile(rb"stream\r?\n")
_URI = re.compile(rb"/URI\s*(\((?:\\.|[^\\)]){1,4096}\)|<[0-9A-Fa-f\s]{2,8192}>)", re.DOTALL)
_KEYWORDS = ("JavaScript", "JS", "OpenAction", "AA", "Launch", "EmbeddedFile", "URI", "AcroForm", "XFA", "RichMedia")


@dataclass(slots=True)
class PdfReport:
    """Counts of active-content keywords and the URI targets of a PDF."""

    counts: dict[str, int] = field(default_factory=dict)
    uris: list[str] = field(default_factory=list)
    obfuscated_names: bool = False  # names written with #xx escapes: a classic evasion
    error: str | None = None

    def has(self, keyword: str) -> bool:
        return self.counts.get(keyword, 0) > 0

    @property
    def javascript(self) -> bool:
        return self.has("JavaScript") or self.has("JS")

    @property
    def auto_action(self) -> bool:
        return self.has("OpenAction") or self.has("AA")


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def analyze_pdf(data: bytes) -> PdfReport | None:
    """Scan a PDF for active content; None when ``data`` is not a PDF. Never raises."""
    if not is_pdf(data):
        return None
    report = PdfReport()
    try:
        parts = [data, *_object_streams(data)]
        for part in parts:
            _count(part, report)
            _collect_uris(part, report)
    except Exception as e:  # defensive: a regex/zlib corner case must not escape the analyzer
        report.error = f"{type(e).__name__}: {e}"
    return report


def _count(part: bytes, report: PdfReport) -> None:
    for m in _NAME.finditer(part):
        raw = m.group(1)
        escaped = b"#" in raw
        if escaped:
            raw = _HEX_ESCAPE.sub(lambda h: bytes([int(h.group(1), 16)]), raw)
        name = raw.decode("latin-1")
        if name in _KEYWORDS:
            report.counts[name] = report.counts.get(name, 0) + 1
            # Fonts are legitimately named "/Arial#20Bold"; escaping an action keyword only serves to hide it.
            report.obfuscated_names |= escaped


def _object_streams(data: bytes) -> list[bytes]:
    """Inflate /ObjStm streams: since PDF 1.5 the dictionaries (and their /JS) can live only inside them."""
    out: list[bytes] = []
    total = 0
    for m in _OBJSTM.finditer(data):
        if len(out) >= MAX_STREAMS or total >= MAX_INFLATED:
            break
        s = _STREAM.search(data, m.end(), m.end() + 4096)
        if s is None:
            continue
        end = data.find(b"endstream", s.end())
        raw = data[s.end() : end if end > 0 else len(data)]
        dec = zlib.decompressobj()
        try:
            chunk = dec.decompress(raw, MAX_INFLATED - total)
        except zlib.error:
            continue  # not Flate (or damaged): nothing we can read
        total += len(chunk)
        out.append(chunk)
    return out


def _collect_uris(part: bytes, report: PdfReport) -> None:
    for m in _URI.finditer(part):
        if len(report.uris) >= MAX_URIS:
            return
        uri = _pdf_string(m.group(1)).strip()
        if uri and uri not in report.uris:
            report.uris.append(uri)


def _pdf_string(tok: bytes) -> str:
    """Decode a PDF literal "(...)" or hex "<...>" string (ISO 32000-1 §7.3.4)."""
    if tok.startswith(b"<"):
        hexs = re.sub(rb"\s", b"", tok[1:-1])
        if len(hexs) % 2:
            hexs += b"0"
        try:
            return bytes.fromhex(hexs.decode()).decode("latin-1")
        except ValueError:
            return ""
    body = tok[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c == 0x5C and i + 1 < len(body):  # backslash escape
            n = body[i + 1]
            esc = {0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0C}.get(n)
            if esc is not None:
                out.append(esc)
                i += 2
            elif 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(body) and j < i + 4 and 0x30 <= body[j] <= 0x37:
                    j += 1
                out.append(int(body[i + 1 : j], 8) & 0xFF)
                i = j
            elif n in (0x0A, 0x0D):
                i += 2  # line continuation
            else:
                out.append(n)
                i += 2
        else:
            out.append(c)
            i += 1
    text = bytes(out)
    if text.startswith(b"\xfe\xff"):
        return text[2:].decode("utf-16-be", "replace")
    return text.decode("latin-1")
