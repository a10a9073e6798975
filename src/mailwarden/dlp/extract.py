"""Text extraction from attachments: PDF, OOXML, ODF, RTF, HTML, text, e-mail and nested archives.

Bounded everywhere (input size, decompressed bytes, member count, nesting depth, characters kept) so
a zip bomb or a hostile PDF costs at most the budget, never the process. What could not be read
(encrypted, truncated, broken) is reported as a problem: policy decides, the gateway does not guess.
"""

from __future__ import annotations

import email
import email.policy
import io
import logging
import re
import tarfile
import zipfile
from dataclasses import dataclass, field

from mailwarden.dlp.rtf import rtf_text
from mailwarden.dlp.textcodec import decode_text, html_string_text, html_text, looks_textual
from mailwarden.dlp.xmltext import sheet_text, xml_text
from mailwarden.message.headers import decode_encoded_words
from mailwarden.message.mime import bounded_params

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    """Budgets for one extraction (an attachment with everything nested inside it)."""

    max_input: int = 50 * 1024 * 1024
    max_unpacked: int = 100 * 1024 * 1024  # all decompressed bytes together
    max_member: int = 30 * 1024 * 1024
    max_members: int = 500
    max_ratio: int = 200  # a member unpacking to more than 200x its compressed size is a bomb
    max_depth: int = 3
    max_chars: int = 4_000_000
    max_pdf_pages: int = 500


@dataclass(frozen=True, slots=True)
class ExtractedText:
    """Text of one document; ``source`` names it inside its container (``a.zip!docs/b.pdf``)."""

    source: str
    kind: str
    text: str


@dataclass(slots=True)
class Extraction:
    """All texts found in one input, and what could not be read."""

    texts: list[ExtractedText] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Budget:
    limits: ExtractLimits
    unpacked: int = 0
    members: int = 0
    chars: int = 0


class _Exhausted(Exception):
    """The budget of this extraction is spent."""


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OOXML_PARTS = {
    "docx": re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml"),
    "pptx": re.compile(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml"),
}
_DOCPROPS = re.compile(r"docProps/(core|app|custom)\.xml")
# A Content-Type/-Disposition field of an embedded message, with its folded lines.
_CONTENT_FIELD = re.compile(rb"(?im)^(content-(?:type|disposition))[ \t]*:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)")
_SHEET = re.compile(r"xl/worksheets/sheet\d+\.xml")
_MASTER_PAGE = re.compile(r"<style:master-page.*?</style:master-page>", re.S)
_NATURAL = re.compile(r"(\d+)")
_TEXT_EXT = (".txt", ".csv", ".tsv", ".md", ".log", ".xml", ".json", ".ini")
_HTML_EXT = (".htm", ".html", ".xhtml", ".mht")
_UTF16_RUN = re.compile(r"[\w .,:;()\-/★\[\]【】「」]{4,}")


def extract_text(data: bytes, name: str, limits: ExtractLimits | None = None) -> Extraction:
    """Every text inside ``data`` (a file named ``name``), recursing into archives within the limits."""
    result = Extraction()
    budget = _Budget(limits or ExtractLimits())
    if len(data) > budget.limits.max_input:
        result.problems.append(f"{name}: larger than {budget.limits.max_input} bytes, not scanned")
        return result
    try:
        _extract(data, name, 0, budget, result)
    except _Exhausted as e:
        result.problems.append(f"{name}: {e}")
    return result


def sniff_kind(data: bytes, name: str) -> str:
    """The document kind from magic bytes first, then the file name."""
    lname = name.lower()
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.startswith(_OLE):
        return "ole"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    if data.startswith((b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07")):
        return "unopened-archive"
    if len(data) > 262 and data[257:262] == b"ustar":
        return "tar"
    if not looks_textual(data):
        return "binary"
    head = data[:2048].lstrip().lower()
    if lname.endswith(_HTML_EXT) or head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if lname.endswith(".eml") or re.match(rb"(?i)(received|return-path|from|message-id|mime-version):", head):
        return "eml"
    return "text"


def _add(result: Extraction, budget: _Budget, source: str, kind: str, text: str) -> None:
    room = budget.limits.max_chars - budget.chars
    if room <= 0:
        raise _Exhausted(f"more than {budget.limits.max_chars} characters of text, the rest not scanned")
    text = text[:room]
    budget.chars += len(text)
    if text.strip():
        result.texts.append(ExtractedText(source, kind, text))


def _extract(data: bytes, name: str, depth: int, budget: _Budget, result: Extraction) -> None:
    kind = sniff_kind(data, name)
    try:
        if kind == "pdf":
            _pdf(data, name, budget, result)
        elif kind == "zip":
            _zip(data, name, depth, budget, result)
        elif kind == "ole":
            _ole(data, name, budget, result)
        elif kind == "rtf":
            _add(result, budget, name, "rtf", rtf_text(data, budget.limits.max_chars))
        elif kind == "html":
            _add(result, budget, name, "html", html_text(data))
        elif kind == "eml":
            _eml(data, name, depth, budget, result)
        elif kind in ("gzip", "tar"):
            _tar_or_gzip(data, name, kind, depth, budget, result)
        elif kind == "unopened-archive":
            result.problems.append(f"{name}: 7z/RAR archive, contents not scanned")
        elif kind == "text" or name.lower().endswith(_TEXT_EXT):
            _add(result, budget, name, "text", decode_text(data))
    except _Exhausted:
        raise
    except Exception as e:  # a broken or hostile document is a finding, not a crash of the scan
        log.debug("extraction of %s failed", name, exc_info=True)
        result.problems.append(f"{name}: unreadable {kind}: {type(e).__name__}")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> bytes:
    lim = budget.limits
    budget.members += 1
    if budget.members > lim.max_members:
        raise _Exhausted(f"more than {lim.max_members} archive members")
    cap = min(lim.max_member, lim.max_unpacked - budget.unpacked)
    if info.file_size > cap or (info.compress_size and info.file_size > lim.max_ratio * max(info.compress_size, 1024)):
        raise _Exhausted(f"{info.filename}: unpacks to {info.file_size} bytes (bomb or over budget)")
    with zf.open(info) as fh:
        data = fh.read(cap + 1)  # the declared size may lie: never read past the cap
    if len(data) > cap:
        raise _Exhausted(f"{info.filename}: unpacks past the budget")
    budget.unpacked += len(data)
    return data


def _natural(name: str) -> list[int | str]:
    return [int(p) if p.isdigit() else p for p in _NATURAL.split(name)]


def _zip(data: bytes, name: str, depth: int, budget: _Budget, result: Extraction) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        names = {i.filename for i in infos}
        if "word/document.xml" in names:
            _ooxml(zf, infos, name, "docx", budget, result)
        elif "ppt/presentation.xml" in names:
            _ooxml(zf, infos, name, "pptx", budget, result)
        elif "xl/workbook.xml" in names:
            _xlsx(zf, infos, name, budget, result)
        elif "mimetype" in names and "content.xml" in names:
            _odf(zf, name, budget, result)
        else:
            _archive(zf, infos, name, depth, budget, result)


def _part(zf: zipfile.ZipFile, member: str, budget: _Budget) -> str:
    return _read_member(zf, zf.getinfo(member), budget).decode("utf-8", "replace")


def _ooxml(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, kind: str, budget: _Budget, result: Extraction
) -> None:
    pattern = _OOXML_PARTS[kind]
    tags = frozenset({"w:t"}) if kind == "docx" else frozenset({"a:t"})
    parts = sorted((i.filename for i in infos if pattern.fullmatch(i.filename)), key=_natural)
    text = "\n".join(xml_text(_part(zf, p, budget), tags) for p in parts)
    _add(result, budget, name, kind, text + "\n" + _props(zf, infos, budget))


def _props(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], budget: _Budget) -> str:
    """Title, subject, keywords and custom properties: sensitivity labels often live there."""
    parts = [i.filename for i in infos if _DOCPROPS.fullmatch(i.filename)]
    return "\n".join(xml_text(_part(zf, p, budget).replace("><", ">\n<"), None) for p in parts)


def _xlsx(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, budget: _Budget, result: Extraction) -> None:
    texts: list[str] = []
    if "xl/sharedStrings.xml" in {i.filename for i in infos}:
        texts.append(xml_text(_part(zf, "xl/sharedStrings.xml", budget), frozenset({"t"})))
    sheets = sorted((i.filename for i in infos if _SHEET.fullmatch(i.filename)), key=_natural)
    texts.extend(sheet_text(_part(zf, s, budget)) for s in sheets)
    texts.append(_props(zf, infos, budget))
    _add(result, budget, name, "xlsx", "\n".join(texts))


def _odf(zf: zipfile.ZipFile, name: str, budget: _Budget, result: Extraction) -> None:
    mimetype = _part(zf, "mimetype", budget).strip()
    kind = {"text": "odt", "spreadsheet": "ods", "presentation": "odp"}.get(mimetype.rpartition(".")[2], "odf")
    body = _part(zf, "content.xml", budget)
    start = body.find("<office:body")
    text = xml_text(body[start:] if start >= 0 else body, None)
    if "styles.xml" in zf.namelist():
        # page headers and footers (where stamps are) live in styles.xml, inside <style:master-page>
        styles = _part(zf, "styles.xml", budget)
        text += "\n" + "\n".join(xml_text(m, None) for m in _MASTER_PAGE.findall(styles))
    _add(result, budget, name, kind, text)


def _archive(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, depth: int, budget: _Budget, result: Extraction
) -> None:
    if depth >= budget.limits.max_depth:
        result.problems.append(f"{name}: archive nested deeper than {budget.limits.max_depth}, not opened")
        return
    for info in infos:
        member = f"{name}!{info.filename}"
        if info.flag_bits & 0x1:
            result.problems.append(f"{member}: encrypted archive member, not scanned")
            continue
        _extract(_read_member(zf, info, budget), member, depth + 1, budget, result)


def _tar_or_gzip(data: bytes, name: str, kind: str, depth: int, budget: _Budget, result: Extraction) -> None:
    if depth >= budget.limits.max_depth:
        result.problems.append(f"{name}: archive nested deeper than {budget.limits.max_depth}, not opened")
        return
    lim = budget.limits
    if kind == "gzip":
        import gzip

        cap = min(lim.max_member, lim.max_unpacked - budget.unpacked)
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            inner = gz.read(cap + 1)
        if len(inner) > cap:
            raise _Exhausted(f"{name}: unpacks past the budget")
        budget.unpacked += len(inner)
        inner_name = name[:-3] if name.lower().endswith(".gz") else name + "!gunzip"
        _extract(inner, inner_name, depth + 1, budget, result)
        return
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tf:
        for member in tf:
            if not member.isfile():
                continue
            budget.members += 1
            if budget.members > lim.max_members:
                raise _Exhausted(f"more than {lim.max_members} archive members")
            if member.size > min(lim.max_member, lim.max_unpacked - budget.unpacked):
                raise _Exhausted(f"{member.name}: over the unpack budget")
            fh = tf.extractfile(member)
            if fh is None:
                continue
            blob = fh.read()
            budget.unpacked += len(blob)
            _extract(blob, f"{name}!{member.name}", depth + 1, budget, result)


def _pdf(data: bytes, name: str, budget: _Budget, result: Extraction) -> None:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed PDFs warn per object
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            ok = bool(reader.decrypt(""))  # many "protected" PDFs only restrict printing: empty user password
        except Exception:
            ok = False
        if not ok:
            result.problems.append(f"{name}: encrypted PDF, not scanned")
            return
    texts: list[str] = []
    meta = reader.metadata
    if meta:
        texts.extend(str(v) for v in (meta.title, meta.subject, meta.get("/Keywords")) if v)
    for i, page in enumerate(reader.pages):
        if i >= budget.limits.max_pdf_pages:
            result.problems.append(f"{name}: more than {budget.limits.max_pdf_pages} pages, the rest not scanned")
            break
        texts.append(page.extract_text() or "")
    _add(result, budget, name, "pdf", "\n".join(texts))


def _ole(data: bytes, name: str, budget: _Budget, result: Extraction) -> None:
    """Legacy .doc/.xls/.ppt: best-effort UTF-16LE runs; an encrypted OOXML package is reported."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        result.problems.append(f"{name}: password-protected Office document, not scanned")
        return
    runs: list[str] = []
    for offset in (0, 1):
        text = data[offset:].decode("utf-16-le", "ignore")
        runs.extend(m.group(0) for m in _UTF16_RUN.finditer(text) if any(c.isalpha() for c in m.group(0)))
    _add(result, budget, name, "ole", "\n".join(runs))


def _bounded_field(m: re.Match[bytes]) -> bytes:
    value = m.group(2).decode("latin-1")
    bounded = bounded_params(value)  # the value itself unless it is outsized
    return m.group(0) if bounded is value else m.group(1) + b": " + bounded.encode("latin-1")


def _eml(data: bytes, name: str, depth: int, budget: _Budget, result: Extraction) -> None:
    # The stdlib's parameter parser is quadratic in the ";" of a header (see message.mime.bounded_params):
    # outsized Content-Type/-Disposition fields are cut to the parameters read before it sees them.
    # compat32 leaves the other fields unparsed: the default policy's header parser took seconds on a
    # Subject of thousands of encoded words; ours decodes them in linear time.
    data = _CONTENT_FIELD.sub(_bounded_field, data)
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    subject = decode_encoded_words(str(msg.get("Subject", "")))
    if subject:
        _add(result, budget, f"{name}:subject", "subject", subject)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        raw_name = part.get_filename()
        filename = decode_encoded_words(raw_name) if raw_name is not None else None
        ctype = part.get_content_type()
        if filename is None and ctype in ("text/plain", "text/html"):
            text = decode_text(payload, part.get_content_charset())
            _add(result, budget, f"{name}:body{i}", "text", html_string_text(text) if ctype == "text/html" else text)
        elif depth < budget.limits.max_depth:
            _extract(payload, f"{name}!{filename or f'part{i}'}", depth + 1, budget, result)
