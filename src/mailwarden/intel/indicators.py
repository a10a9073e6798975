"""Indicator model, value classification/normalisation, and loading of lists from text or CSV."""

from __future__ import annotations

import csv
import enum
import hashlib
import ipaddress
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mailwarden.errors import ConfigError
from mailwarden.intel.defang import refang

__all__ = [
    "Indicator",
    "IndicatorKind",
    "IndicatorList",
    "classify",
    "load_indicators",
    "normalize_domain",
    "normalize_url",
    "parse_indicators",
]


class IndicatorKind(enum.StrEnum):
    """What an indicator value is; the string value is the stable name used in files and JSON."""

    IP = "ip"
    CIDR = "cidr"
    DOMAIN = "domain"
    URL = "url"
    EMAIL = "email"
    MD5 = "md5"
    SHA1 = "sha1"
    SHA256 = "sha256"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One normalised indicator: ``value`` is canonical (lower-case, refanged, CIDR masked)."""

    kind: IndicatorKind
    value: str
    source: str = ""
    comment: str = ""


@dataclass(slots=True)
class IndicatorList:
    """A loaded list with its provenance; ``rejected`` keeps a sample of unusable lines."""

    indicators: list[Indicator] = field(default_factory=list)
    name: str = ""
    version: str = ""
    sha256: str = ""
    rejected_count: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    def extend(self, other: IndicatorList) -> None:
        """Add another list's indicators and rejects (versions are joined with ``+``)."""
        self.indicators.extend(other.indicators)
        self.rejected_count += other.rejected_count
        self.rejected.extend(other.rejected[: max(0, 20 - len(self.rejected))])
        self.version = "+".join(v for v in (self.version, other.version) if v)

    def by_kind(self) -> dict[IndicatorKind, int]:
        """Count indicators per kind (for summaries)."""
        counts: dict[IndicatorKind, int] = {}
        for ind in self.indicators:
            counts[ind.kind] = counts.get(ind.kind, 0) + 1
        return counts


_HEX = re.compile(r"^[0-9a-f]+$")
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_HASH_KINDS = {32: IndicatorKind.MD5, 40: IndicatorKind.SHA1, 64: IndicatorKind.SHA256}
_REJECT_SAMPLE = 20


def normalize_domain(name: str) -> str | None:
    """Lower-case, strip the root dot, IDNA-encode; ``None`` if it is not a plausible host name."""
    name = name.strip().rstrip(".").lower()
    if name.startswith("*."):
        name = name[2:]
    if not name or len(name) > 253 or "." not in name:
        return None
    if not name.isascii():
        try:
            name = name.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    labels = name.split(".")
    if not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        return None
    return name


def normalize_url(url: str) -> str | None:
    """Canonical form used for URL matching: ``host[:port]/path[?query]``, scheme and fragment dropped.

    The scheme is dropped on purpose: campaign lists mix ``http`` and ``https`` for the same
    payload, and proxies log ``CONNECT`` targets without one. Default ports are removed.
    """
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    norm_host = _normalize_host(host)
    if norm_host is None:
        return None
    netloc = norm_host if port in (None, 80, 443) else f"{norm_host}:{port}"
    path = parts.path or "/"
    return f"{netloc}{path}?{parts.query}" if parts.query else f"{netloc}{path}"


def _normalize_host(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return normalize_domain(host)


def classify(raw: str, source: str = "", comment: str = "") -> Indicator | None:
    """Turn one (possibly defanged) value into an :class:`Indicator`, or ``None`` if unrecognised."""
    value = refang(raw)
    if not value:
        return None
    low = value.lower()
    if len(low) in _HASH_KINDS and _HEX.match(low):
        return Indicator(_HASH_KINDS[len(low)], low, source, comment)
    if "://" in low or ("/" in low and not _looks_like_cidr(low)):
        url = normalize_url(value)
        return Indicator(IndicatorKind.URL, url, source, comment) if url else None
    if "/" in low:
        try:
            net = ipaddress.ip_network(low, strict=False)
        except ValueError:
            return None
        if net.num_addresses == 1:
            return Indicator(IndicatorKind.IP, str(net.network_address), source, comment)
        return Indicator(IndicatorKind.CIDR, str(net), source, comment)
    try:
        return Indicator(IndicatorKind.IP, str(ipaddress.ip_address(low.strip("[]"))), source, comment)
    except ValueError:
        pass
    if "@" in low:
        local, _, domain = low.rpartition("@")
        dom = normalize_domain(domain)
        return Indicator(IndicatorKind.EMAIL, f"{local}@{dom}", source, comment) if local and dom else None
    dom = normalize_domain(low)
    return Indicator(IndicatorKind.DOMAIN, dom, source, comment) if dom else None


def _looks_like_cidr(value: str) -> bool:
    head, _, tail = value.partition("/")
    return tail.isdigit() and (head.count(".") == 3 or ":" in head)


_VALUE_COLUMNS = ("indicator", "ioc", "value", "ip", "domain", "url", "address", "host", "hash")
_COMMENT_COLUMNS = ("comment", "description", "note", "notes", "tag", "tags")


def parse_indicators(lines: Iterable[str], source: str = "") -> IndicatorList:
    """Parse plain-text lines: one value per line, ``#`` comments, trailing text kept as comment."""
    out = IndicatorList(name=source)
    for number, line in enumerate(lines, 1):
        text = line.strip().lstrip("\ufeff")
        if not text or text.startswith(("#", ";", "//")):
            continue
        value, _, comment = text.partition("#")
        token, *rest = value.split(None, 1) or [""]
        ind = classify(token, source, (comment or " ".join(rest)).strip())
        if ind is None:
            out.rejected_count += 1
            if len(out.rejected) < _REJECT_SAMPLE:
                out.rejected.append((number, text[:200]))
        else:
            out.indicators.append(ind)
    return out


def _parse_csv(lines: list[str], source: str) -> IndicatorList:
    reader = csv.reader(lines)
    header = [h.strip().lower().lstrip("\ufeff") for h in next(reader, [])]
    value_cols = [i for i, h in enumerate(header) if h in _VALUE_COLUMNS]
    if not value_cols:
        wanted = ", ".join(_VALUE_COLUMNS)
        raise ConfigError(f"{source}: CSV header has no indicator column (one of {wanted})")
    comment_cols = [i for i, h in enumerate(header) if h in _COMMENT_COLUMNS]
    out = IndicatorList(name=source)
    for number, row in enumerate(reader, 2):
        comment = " ".join(row[i].strip() for i in comment_cols if i < len(row) and row[i].strip())
        found = False
        for col in value_cols:
            if col < len(row) and row[col].strip():
                ind = classify(row[col], source, comment)
                if ind is not None:
                    out.indicators.append(ind)
                    found = True
        if not found:
            out.rejected_count += 1
            if len(out.rejected) < _REJECT_SAMPLE:
                out.rejected.append((number, ",".join(row)[:200]))
    return out


def load_indicators(path: Path, version: str = "") -> IndicatorList:
    """Load a list from a text or CSV file (CSV when the extension is ``.csv``).

    ``version`` defaults to the file's name plus the first 12 hex digits of its SHA-256, so a
    report can state exactly which list was used.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read indicator list {path}: {exc}") from exc
    digest = hashlib.sha256(data).hexdigest()
    text = data.decode("utf-8", errors="replace")
    lines = text.splitlines()
    source = path.name
    result = _parse_csv(lines, source) if path.suffix.lower() == ".csv" else parse_indicators(lines, source)
    result.sha256 = digest
    result.version = version or f"{path.name}@{digest[:12]}"
    return result


def iter_values(indicators: Iterable[Indicator], kind: IndicatorKind) -> Iterator[str]:
    """Yield the values of one kind (helper for building matchers)."""
    return (ind.value for ind in indicators if ind.kind is kind)
