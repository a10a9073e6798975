"""Importers for indicator lists as they really arrive: text, CSV, tables pasted from PDF/Word, STIX 2.1, MISP.

Every importer returns an :class:`ImportedList` (name, source, format, version/date, category and
the normalised :class:`~mailwarden.intel.indicators.Indicator` values). Values are classified by
:func:`~mailwarden.intel.indicators.classify`, so defanged forms (``hxxp://``, ``evil[.]com``,
``1.2.3[.]4``) are accepted everywhere.

Tables copied from a letter's appendix (Vietnamese *"Phụ lục: Danh sách địa chỉ IP, tên miền độc
hại"*, Chinese *"附件：恶意IP、域名列表"*) come as rows whose cells are separated by tabs, ``|`` or
runs of spaces, often with a row number and a note column; every cell is tried, the non-indicator
cells become the indicator's comment. Full-width punctuation from Chinese input methods
(``［.］``, ``。``) and Word's non-breaking/zero-width spaces are normalised first.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from publicsuffixlist import PublicSuffixList

from mailwarden.errors import ConfigError
from mailwarden.intel.indicators import Indicator, IndicatorKind, classify, parse_indicators

__all__ = [
    "CATEGORIES",
    "FORMATS",
    "ImportedList",
    "detect_format",
    "import_bytes",
    "import_file",
    "parse_misp",
    "parse_stix",
    "parse_table",
]

Format = Literal["auto", "text", "csv", "stix", "misp"]
FORMATS: tuple[str, ...] = ("auto", "text", "csv", "stix", "misp")
CATEGORIES: tuple[str, ...] = ("malware", "phishing", "spam", "policy")

_REJECT_SAMPLE = 20
_CELL_SPLIT = re.compile(r"\t|\s*\|\s*|\s{2,}|\s*;\s*")
_ROW_NUMBER = re.compile(r"^\(?\d{1,6}[.)]?$")
# Cells of file names in hash tables look like domains ("invoice.doc"); they are skipped unless
# defanged, and so are names whose top-level label is not in the Public Suffix List.
_FILE_EXTS = frozenset(
    [
        "exe",
        "dll",
        "doc",
        "docx",
        "docm",
        "xls",
        "xlsx",
        "xlsm",
        "ppt",
        "pptx",
        "pdf",
        "rtf",
        "zip",
        "rar",
        "7z",
        "gz",
        "tar",
        "js",
        "jse",
        "vbs",
        "vbe",
        "lnk",
        "hta",
        "scr",
        "bat",
        "cmd",
        "ps1",
        "iso",
        "img",
        "txt",
        "jar",
        "msi",
        "cab",
        "chm",
        "wsf",
        "html",
        "htm",
        "eml",
        "one",
        "py",
        "sh",
        "elf",
        "bin",
        "dat",
        "tmp",
        "log",
    ]
)
_FULLWIDTH = str.maketrans({"。": ".", "【": "[", "】": "]", "〔": "[", "〕": "]", "\u200b": "", "\ufeff": ""})
_PSL: PublicSuffixList | None = None


def _psl() -> PublicSuffixList:
    global _PSL  # a read-only table loaded once; not configuration
    if _PSL is None:
        _PSL = PublicSuffixList()
    return _PSL


@dataclass(slots=True)
class ImportedList:
    """A parsed list before it is stored: provenance plus normalised, de-duplicated indicators."""

    name: str
    source: str
    fmt: str
    version: str = ""
    list_date: str = ""
    sha256: str = ""
    category: str = "malware"
    indicators: list[Indicator] = field(default_factory=list)
    # per-indicator category where it differs from the list's (STIX labels, MISP hashes)
    categories: dict[tuple[IndicatorKind, str], str] = field(default_factory=dict)
    rejected_count: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    def add(self, ind: Indicator, category: str | None = None) -> None:
        self.indicators.append(ind)
        if category and category != self.category:
            self.categories[(ind.kind, ind.value)] = category

    def reject(self, number: int, text: str) -> None:
        self.rejected_count += 1
        if len(self.rejected) < _REJECT_SAMPLE:
            self.rejected.append((number, text[:200]))

    def unique(self) -> dict[tuple[IndicatorKind, str], Indicator]:
        """Indicators keyed by (kind, value); the first occurrence (and its comment) wins."""
        out: dict[tuple[IndicatorKind, str], Indicator] = {}
        for ind in self.indicators:
            out.setdefault((ind.kind, ind.value), ind)
        return out

    def category_of(self, key: tuple[IndicatorKind, str]) -> str:
        return self.categories.get(key, self.category)

    def by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for kind, _value in self.unique():
            counts[kind.value] = counts.get(kind.value, 0) + 1
        return counts


# -- text and tables ---------------------------------------------------------------------------


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_FULLWIDTH).strip()


def _plausible(ind: Indicator, raw: str) -> bool:
    if ind.kind is not IndicatorKind.DOMAIN or "[" in raw or "(" in raw:
        return True
    tld = ind.value.rsplit(".", 1)[-1]
    if tld in _FILE_EXTS:
        return False
    return _psl().publicsuffix(ind.value, accept_unknown=False) is not None


_EMAIL_LOCAL = re.compile(r"^[A-Za-z0-9._%+\-!#$&'*/=?^`{|}~]+$")
_TOKEN_SPLIT = re.compile(r"[:,]+")
_LEADING_TEXT = re.compile(r"^[^\x00-\x7f]+")  # "发件人notice@x.cn": label text glued to the value


def _usable(ind: Indicator | None, raw: str) -> bool:
    if ind is None or any(c.isspace() for c in ind.value):
        return False
    if ind.kind is IndicatorKind.EMAIL and not _EMAIL_LOCAL.match(ind.value.rpartition("@")[0]):
        return False
    return _plausible(ind, raw)


def _token_indicator(token: str, source: str) -> Indicator | None:
    token = _LEADING_TEXT.sub("", token.strip(";(),"))
    ind = classify(token, source) if token else None
    return ind if ind is not None and _usable(ind, token) else None


def _cell_indicators(cell: str, source: str) -> list[Indicator]:
    ind = classify(cell, source)
    if ind is not None and _usable(ind, cell):
        return [ind]
    out: list[Indicator] = []
    for token in cell.split():
        sub = _token_indicator(token, source)
        if sub is not None:
            out.append(sub)
            continue
        # "发件人：notice@x.cn" / "IP:1.2.3.4": a label glued to the value
        for part in _TOKEN_SPLIT.split(token):
            found = _token_indicator(part, source)
            if found is not None:
                out.append(found)
    return out


def _table_row(cells: Iterable[str], source: str) -> tuple[list[Indicator], str]:
    found: list[Indicator] = []
    notes: list[str] = []
    for raw_cell in cells:
        cell = _clean(raw_cell)
        if not cell or _ROW_NUMBER.match(cell):
            continue
        inds = _cell_indicators(cell, source)
        if inds:
            found.extend(inds)
        else:
            notes.append(cell)
    return found, " | ".join(notes)[:500]


def _is_simple(line: str) -> bool:
    """One value, optionally followed by ``# comment``: the format ``parse_indicators`` reads."""
    value = line.partition("#")[0].strip()
    return bool(value) and not any(c.isspace() for c in value)


def parse_table(lines: Iterable[str], source: str = "", out: ImportedList | None = None) -> ImportedList:
    """Parse plain lists and pasted tables (tab, ``|``, ``;`` or multi-space separated cells)."""
    result = out if out is not None else ImportedList(name=source, source=source, fmt="text")
    for number, line in enumerate(lines, 1):
        text = _clean(line)
        if not text or text.startswith(("#", "//", ";")) or set(text) <= set("-=+|_ "):
            continue
        if _is_simple(text):
            simple = parse_indicators([text], source)
            if simple.indicators and _plausible(simple.indicators[0], text):
                result.add(simple.indicators[0])
                continue
        found, note = _table_row(_CELL_SPLIT.split(text), source)
        if not found:
            result.reject(number, text)
            continue
        for ind in found:
            result.add(Indicator(ind.kind, ind.value, source, note) if note else ind)
    return result


def _parse_csv(text: str, source: str, result: ImportedList) -> ImportedList:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    for number, row in enumerate(csv.reader(io.StringIO(text), dialect), 1):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        found, note = _table_row(row, source)
        if not found:
            result.reject(number, ",".join(row))
            continue
        for ind in found:
            result.add(Indicator(ind.kind, ind.value, source, note) if note else ind)
    return result


# -- STIX 2.1 ----------------------------------------------------------------------------------

# [ipv4-addr:value = '1.2.3.4'], [file:hashes.'SHA-256' = '...'], [url:value = 'http://x/'] OR [...]
_STIX_CMP = re.compile(
    r"(?<![a-z0-9-])(?P<path>[a-z0-9-]+:[A-Za-z0-9_.'\-]+)\s*(?P<op>=|ISSUBSET)\s*'(?P<val>(?:[^'\\]|\\.)*)'",
    re.IGNORECASE,
)
_STIX_PATHS = {
    "ipv4-addr:value",
    "ipv6-addr:value",
    "domain-name:value",
    "url:value",
    "email-addr:value",
    "email-message:from_ref.value",
    "email-message:sender_ref.value",
    "file:hashes.md5",
    "file:hashes.sha-1",
    "file:hashes.sha1",
    "file:hashes.sha-256",
    "file:hashes.sha256",
}
_STIX_SCO = {"ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr"}


def stix_pattern_values(pattern: str) -> list[str]:
    """The literal values compared in a STIX pattern, for the observable paths we can match."""
    out: list[str] = []
    for m in _STIX_CMP.finditer(pattern):
        path = m.group("path").replace("'", "").lower()
        if path in _STIX_PATHS:
            out.append(m.group("val").replace("\\'", "'").replace("\\\\", "\\"))
    return out


def _stix_category(obj: Mapping[str, Any], default: str) -> str:
    words = [str(w).lower() for w in (*obj.get("labels", ()), *obj.get("indicator_types", ()))]
    for cat in CATEGORIES:
        if cat in words:
            return cat
    return default


def parse_stix(data: Mapping[str, Any], source: str, result: ImportedList, now: datetime | None = None) -> None:
    """Read a STIX 2.1 bundle: ``indicator`` patterns (expired ``valid_until`` skipped) and bare SCOs.

    The bundle is validated with the ``stix2`` library when it is installed.
    """
    try:
        import stix2  # type: ignore[import-untyped]

        stix2.parse(dict(data), allow_custom=True)
    except ImportError:
        pass
    except Exception as exc:  # stix2 raises many exception types for invalid content
        raise ConfigError(f"{source}: not a valid STIX 2.1 bundle: {exc}") from exc
    now = now or datetime.now(UTC)
    for number, obj in enumerate(data.get("objects", ()), 1):
        typ = obj.get("type")
        if typ == "indicator":
            until = obj.get("valid_until")
            if until and _stix_time(until) < now:
                continue
            values = stix_pattern_values(str(obj.get("pattern", "")))
            if not values:
                result.reject(number, str(obj.get("pattern", ""))[:200])
            comment = str(obj.get("name") or obj.get("description") or "")[:500]
            category = _stix_category(obj, result.category)
            for value in values:
                ind = classify(value, source, comment)
                if ind is None:
                    result.reject(number, value)
                else:
                    result.add(ind, category)
        elif typ in _STIX_SCO and obj.get("value"):
            ind = classify(str(obj["value"]), source)
            if ind is not None:
                result.add(ind)
        elif typ == "file" and isinstance(obj.get("hashes"), Mapping):
            for digest in obj["hashes"].values():
                ind = classify(str(digest), source, str(obj.get("name", "")))
                if ind is not None:
                    result.add(ind, "malware")
    if not result.version:
        result.version = str(data.get("id", ""))


def _stix_time(value: str) -> datetime:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


# -- MISP --------------------------------------------------------------------------------------

_MISP_TYPES = {
    "ip-src",
    "ip-dst",
    "domain",
    "hostname",
    "url",
    "email",
    "email-src",
    "email-dst",
    "email-reply-to",
    "md5",
    "sha1",
    "sha256",
}
_MISP_PAIR = {  # "a|b" types: which halves are indicators
    "ip-src|port": (0,),
    "ip-dst|port": (0,),
    "domain|ip": (0, 1),
    "hostname|port": (0,),
    "filename|md5": (1,),
    "filename|sha1": (1,),
    "filename|sha256": (1,),
    "malware-sample": (1,),
}


def _misp_events(data: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _misp_events(item)
    elif isinstance(data, Mapping):
        if "response" in data:
            yield from _misp_events(data["response"])
        elif isinstance(data.get("Event"), Mapping):
            yield data["Event"]
        elif "Attribute" in data or "Object" in data:
            yield data


def _misp_attributes(event: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield from event.get("Attribute", ()) or ()
    for obj in event.get("Object", ()) or ():
        yield from obj.get("Attribute", ()) or ()


def parse_misp(data: Any, source: str, result: ImportedList, ids_only: bool = True) -> None:
    """Read MISP event JSON (``{"Event": …}``, a list of them, or a REST ``{"response": […]}``).

    Only attributes flagged ``to_ids`` are imported unless ``ids_only`` is false (MISP marks
    context such as a victim's address with ``to_ids: false``).
    """
    events = list(_misp_events(data))
    if not events:
        raise ConfigError(f"{source}: no MISP Event found")
    versions: list[str] = []
    for event in events:
        versions.append(str(event.get("uuid") or event.get("id") or "") + "@" + str(event.get("timestamp", "")))
        if not result.list_date and event.get("date"):
            result.list_date = str(event["date"])
        tags = {str(t.get("name", "")).lower() for t in event.get("Tag", ()) or ()}
        event_cat = next((c for c in CATEGORIES if any(c in t for t in tags)), result.category)
        for number, attr in enumerate(_misp_attributes(event), 1):
            typ = str(attr.get("type", ""))
            if ids_only and not _truthy(attr.get("to_ids", True)):
                continue
            value = str(attr.get("value", ""))
            if typ in _MISP_TYPES:
                parts = [value]
            elif typ in _MISP_PAIR:
                halves = value.split("|")
                parts = [halves[i] for i in _MISP_PAIR[typ] if i < len(halves)]
            else:
                continue
            comment = str(attr.get("comment") or "")[:500]
            for part in parts:
                ind = classify(part, source, comment)
                if ind is None:
                    result.reject(number, f"{typ}: {value}")
                    continue
                hashy = ind.kind in (IndicatorKind.MD5, IndicatorKind.SHA1, IndicatorKind.SHA256)
                result.add(ind, "malware" if hashy else event_cat)
    if not result.version:
        result.version = ",".join(v for v in versions if v != "@")


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


# -- entry points ------------------------------------------------------------------------------


def detect_format(path: Path, data: bytes) -> str:
    """``stix``/``misp`` for JSON by content, ``csv`` by extension, else ``text`` (incl. tables)."""
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return "text"
        if isinstance(doc, Mapping) and doc.get("type") == "bundle":
            return "stix"
        if next(_misp_events(doc), None) is not None:
            return "misp"
        return "text"
    return "csv" if path.suffix.lower() in (".csv", ".tsv") else "text"


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Word's "Unicode text" export
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # GB18030 is what Chinese Windows saves "ANSI" text as
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def import_bytes(
    data: bytes,
    source: str,
    name: str | None = None,
    fmt: str = "auto",
    category: str = "malware",
    version: str = "",
    list_date: str = "",
    misp_ids_only: bool = True,
) -> ImportedList:
    """Parse one file's content; ``name`` defaults to the file name without extension."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown indicator format {fmt!r} (one of {', '.join(FORMATS)})")
    if category not in CATEGORIES:
        raise ConfigError(f"unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    path = Path(source)
    chosen = detect_format(path, data) if fmt == "auto" else fmt
    digest = hashlib.sha256(data).hexdigest()
    result = ImportedList(
        name=name or path.stem,
        source=path.name,
        fmt=chosen,
        version=version,
        list_date=list_date,
        sha256=digest,
        category=category,
    )
    if chosen in ("stix", "misp"):
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{source}: invalid JSON: {exc}") from exc
        if chosen == "stix":
            parse_stix(doc, path.name, result)
        else:
            parse_misp(doc, path.name, result, ids_only=misp_ids_only)
    elif chosen == "csv":
        _parse_csv(_decode(data), path.name, result)
    else:
        parse_table(_decode(data).splitlines(), path.name, result)
    if not result.version:
        result.version = f"{path.name}@{digest[:12]}"
    return result


def import_file(path: Path, **kwargs: Any) -> ImportedList:
    """Read and parse one file (see :func:`import_bytes` for the keyword arguments)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read indicator list {path}: {exc}") from exc
    return import_bytes(data, str(path), **kwargs)
