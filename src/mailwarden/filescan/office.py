"""Office analysis with oletools: VBA (olevba/mraptor), XLM, DDE, OOXML external links, OLE objects, RTF."""

from __future__ import annotations

import html
import io
import logging
import re
import warnings
import zipfile
from dataclasses import dataclass, field

import olefile  # type: ignore[import-untyped]

with warnings.catch_warnings():
    # oletools 0.60 builds its VBA grammar with pyparsing names deprecated in pyparsing 3.1: noise, not news.
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools import msodde, oleobj, rtfobj  # type: ignore[import-untyped]
    from oletools.mraptor import MacroRaptor  # type: ignore[import-untyped]
    from oletools.olevba import VBA_Parser  # type: ignore[import-untyped]

from mailwarden.filescan.typing import DANGEROUS_EXTENSIONS, FileKind, detect_kind, extensions_of

# oletools logs every oddity of a damaged file at WARNING/ERROR; those are findings for us, not log noise.
for _name in ("olevba", "msodde", "rtfobj", "oleobj", "ooxml", "olefile", "xls_parser", "record_base", "ppt_parser"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

MAX_XML_PART = 20 * 1024 * 1024  # bytes read from one OOXML part; a larger part is read only that far
# OOXML relationship types that fetch a document, template or object from elsewhere when the file opens.
_TEMPLATE_TYPES = ("/attachedTemplate",)
_REMOTE_TYPES = ("/oleObject", "/frame", "/subDocument", "/externalLinkPath", "/package", "/aFChunk")
_REL_RE = re.compile(rb"<Relationship\b[^<>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(rb'\b(\w+)\s*=\s*"([^"]*)"|\b(\w+)\s*=\s*\'([^\']*)\'')
_INSTR_TEXT_RE = re.compile(rb"<w:instrText[^<>]*>([^<]*)</w:instrText>|w:instr\s*=\s*\"([^\"]*)\"", re.IGNORECASE)
_DDE_FIELD_RE = re.compile(r"^\s*DDE(?:AUTO)?\b", re.IGNORECASE)
_DDE_LINK_RE = re.compile(
    rb"<ddeLink\b[^<>]*ddeService\s*=\s*\"([^\"]*)\"[^<>]*ddeTopic\s*=\s*\"([^\"]*)\"", re.IGNORECASE
)
# "=cmd|' /C calc'!A0" in a CSV cell: a DDE formula Excel runs on open.
_CSV_DDE_RE = re.compile(r"(?:^|[,;\t])[ ]*[\"']?[=+\-@][^,;\t\n]*\|[^,;\t\n]*![^,;\t\n]*", re.MULTILINE)
# Classes used by RTF exploit documents: Equation Editor (CVE-2017-11882, CVE-2018-0802), OLE2Link (CVE-2017-0199).
_EXPLOIT_CLASSES = ("EQUATION", "OLE2LINK", "HTMLFILE", "SCRIPTLET", "MSXML2.SAXXMLREADER")


@dataclass(frozen=True, slots=True)
class EmbeddedObject:
    """An OLE object inside a document; ``filename`` is set for OLE Package objects (which wrap any file)."""

    class_name: str
    filename: str | None

    @property
    def executable(self) -> bool:
        exts = extensions_of(self.filename or "")
        return bool(exts) and exts[-1] in DANGEROUS_EXTENSIONS


@dataclass(slots=True)
class OfficeReport:
    """Findings in one Office/RTF/CSV file. ``error`` is set when (part of) it could not be analyzed."""

    format: str
    vba: bool = False
    vba_autoexec: list[str] = field(default_factory=list)
    vba_suspicious: list[str] = field(default_factory=list)
    mraptor_flags: str = ""  # A(uto-exec) W(rite) X(ecute), as mraptor prints them
    xlm: bool = False
    dde: list[str] = field(default_factory=list)
    external_templates: list[str] = field(default_factory=list)
    external_relationships: list[str] = field(default_factory=list)  # "oleObject -> http://..."
    embedded: list[EmbeddedObject] = field(default_factory=list)
    rtf_exploits: list[str] = field(default_factory=list)
    encrypted: bool = False
    error: str | None = None

    @property
    def mraptor_suspicious(self) -> bool:
        """mraptor's rule: an auto-executing macro that writes to disk or runs something."""
        return "A" in self.mraptor_flags and ("W" in self.mraptor_flags or "X" in self.mraptor_flags)

    @property
    def urls(self) -> list[str]:
        out = [t for t in self.external_templates if "://" in t]
        out += [r.partition(" -> ")[2] for r in self.external_relationships if "://" in r]
        return out


def office_format(data: bytes, name: str = "") -> str | None:
    """Which analyzer applies: "ole", "ooxml", "rtf", "csv", "xml" (Word 2003 / MHT with VBA) or None."""
    kind = detect_kind(data)
    if kind == FileKind.OLE:
        return "ole"
    if kind == FileKind.OOXML:
        return "ooxml"
    if kind == FileKind.RTF:
        return "rtf"
    exts = extensions_of(name)
    if exts and exts[-1] == "csv":
        return "csv"
    head = data[:4096]
    if b"mso-application" in head or (b"MIME-Version" in head and b"ActiveMime" in data[:200_000]):
        return "xml"
    return None


def analyze_office(data: bytes, name: str = "") -> OfficeReport | None:
    """Analyze an Office-family file, or return None when the content is not one. Never raises."""
    fmt = office_format(data, name)
    if fmt is None:
        return None
    report = OfficeReport(fmt)
    steps = {
        "ole": (_vba, _ole_extras, _dde_ole),
        "ooxml": (_vba, _ooxml),
        "rtf": (_rtf, _dde_rtf),
        "csv": (_dde_csv,),
        "xml": (_vba,),
    }[fmt]
    errors: list[str] = []
    for step in steps:
        try:
            step(data, name, report)
        except Exception as e:  # a damaged file must give "could not analyze", never an exception
            errors.append(f"{step.__name__.strip('_')}: {type(e).__name__}: {e}")
    if errors:
        report.error = "; ".join(errors)[:500]
    return report


def _vba(data: bytes, name: str, report: OfficeReport) -> None:
    vp = VBA_Parser(name or "attachment", data=data)
    try:
        if vp.detect_vba_macros():
            report.vba = True
            code = "\n".join(str(c) for _, _, _, c in vp.extract_all_macros())
            for kw_type, keyword, _desc in vp.analyze_macros():
                if kw_type == "AutoExec" and keyword not in report.vba_autoexec:
                    report.vba_autoexec.append(str(keyword))
                elif kw_type == "Suspicious" and keyword not in report.vba_suspicious:
                    report.vba_suspicious.append(str(keyword))
            mr = MacroRaptor(code)
            mr.scan()
            report.mraptor_flags = "".join(
                f for f, on in (("A", mr.autoexec), ("W", mr.write), ("X", mr.execute)) if on
            )
        if report.format == "ole" and vp.detect_xlm_macros():
            report.xlm = True
    finally:
        vp.close()


def _ole_extras(data: bytes, name: str, report: OfficeReport) -> None:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        streams = {"/".join(p) for p in ole.listdir(streams=True, storages=False)}
        # Agile/standard encryption of an OOXML file wraps it in an OLE container with these two streams.
        report.encrypted = "EncryptionInfo" in streams and "EncryptedPackage" in streams
        for path in sorted(streams):
            if path.rpartition("/")[2] == "\x01Ole10Native":
                report.embedded.append(_native_object(ole.openstream(path).read(MAX_XML_PART)))
            elif path.rpartition("/")[2].lower() == "macros/xlm" or path.endswith("/_VBA_PROJECT_CUR/XLM"):
                report.xlm = True


def _native_object(stream: bytes) -> EmbeddedObject:
    try:
        native = oleobj.OleNativeStream(stream)
        fname = native.filename or native.src_path or None
        return EmbeddedObject("Package", str(fname) if fname else None)
    except Exception:  # damaged OLE native stream: still an embedded package
        return EmbeddedObject("Package", None)


def _dde_ole(data: bytes, name: str, report: OfficeReport) -> None:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        streams = {"/".join(p) for p in ole.listdir(streams=True, storages=False)}
        if "WordDocument" in streams:
            text = msodde.process_doc(ole)
            report.dde += [ln.strip() for ln in str(text).splitlines() if _DDE_FIELD_RE.match(ln)]
        elif "Workbook" in streams or "Book" in streams:
            text = msodde.process_xls(io.BytesIO(data))
            report.dde += [ln.strip() for ln in str(text).splitlines() if ln.strip()]


def _ooxml(data: bytes, name: str, report: OfficeReport) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            part = info.filename
            low = part.lower()
            if low.endswith(".rels"):
                _relationships(_read_part(zf, info), report)
            elif "/macrosheets/" in low or low.startswith("xl/macrosheets/"):
                report.xlm = True  # Excel 4.0 macro sheet in xlsm/xlsb
            elif "/embeddings/" in low and low.endswith(".bin"):
                report.embedded += _ole_objects(_read_part(zf, info))
            elif low.startswith("word/") and low.endswith(".xml") and "/_rels/" not in low:
                report.dde += _docx_dde(_read_part(zf, info))
            elif low.startswith("xl/externallinks/") and low.endswith(".xml"):
                for service, topic in _DDE_LINK_RE.findall(_read_part(zf, info)):
                    report.dde.append(f"{service.decode(errors='replace')}|{topic.decode(errors='replace')}")


def _read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as fh:
        return fh.read(MAX_XML_PART)


def _relationships(xml: bytes, report: OfficeReport) -> None:
    for m in _REL_RE.finditer(xml):
        attrs = {
            (a or c).decode().lower(): html.unescape((b if a else d).decode("utf-8", "replace"))
            for a, b, c, d in _ATTR_RE.findall(m.group(0))
        }
        if attrs.get("targetmode", "").lower() != "external":
            continue
        rtype, target = attrs.get("type", ""), attrs.get("target", "")
        if rtype.endswith(_TEMPLATE_TYPES):
            report.external_templates.append(target)
        elif rtype.endswith(_REMOTE_TYPES):
            report.external_relationships.append(f"{rtype.rpartition('/')[2]} -> {target}")


def _ole_objects(blob: bytes) -> list[EmbeddedObject]:
    if not blob.startswith(b"\xd0\xcf\x11\xe0"):
        return []
    out: list[EmbeddedObject] = []
    with olefile.OleFileIO(io.BytesIO(blob)) as ole:
        for path in ole.listdir(streams=True, storages=False):
            if path[-1] == "\x01Ole10Native":
                out.append(_native_object(ole.openstream(path).read(MAX_XML_PART)))
    return out


def _docx_dde(xml: bytes) -> list[str]:
    if b"instr" not in xml:
        return []
    # A field code is split over runs (<w:instrText>DD</w:instrText><w:instrText>E ...): join per paragraph.
    out: list[str] = []
    for para in re.split(rb"</w:p>", xml):
        codes = b"".join(a or b for a, b in _INSTR_TEXT_RE.findall(para))
        text = html.unescape(codes.decode("utf-8", "replace"))
        if _DDE_FIELD_RE.match(text) or re.search(r"\bDDE(?:AUTO)?\s", text, re.IGNORECASE):
            out.append(text.strip()[:200])
    return out


def _rtf(data: bytes, name: str, report: OfficeReport) -> None:
    parser = rtfobj.RtfObjParser(data)
    parser.parse()
    for obj in parser.objects:
        if not obj.is_ole:
            continue
        raw_class = obj.class_name or b""
        cls = raw_class.decode("latin-1", "replace") if isinstance(raw_class, bytes) else str(raw_class)
        desc = str(obj.clsid_desc or "")
        if cls.upper().startswith(_EXPLOIT_CLASSES) or "CVE" in desc.upper():
            report.rtf_exploits.append(f"{cls or obj.clsid}: {desc}".strip(": "))
        if obj.is_package:
            report.embedded.append(EmbeddedObject(cls or "Package", str(obj.filename) if obj.filename else None))


def _dde_rtf(data: bytes, name: str, report: OfficeReport) -> None:
    text = msodde.process_rtf(io.BytesIO(data), field_filter_mode=msodde.FIELD_FILTER_DDE)
    report.dde += [ln.strip() for ln in str(text).splitlines() if ln.strip()]


def _dde_csv(data: bytes, name: str, report: OfficeReport) -> None:
    text = data[:MAX_XML_PART].decode("utf-8", "replace")
    report.dde += [m.group(0).strip(",;\t \"'")[:200] for m in _CSV_DDE_RE.finditer(text)][:10]
