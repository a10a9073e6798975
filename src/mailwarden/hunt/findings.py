"""Match aggregated contacts against the intel index and build per-host findings (shared by all engines)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field

from mailwarden.hunt.aggregate import AggRow
from mailwarden.hunt.model import HostFinding, IndicatorHit
from mailwarden.intel import IntelIndex

__all__ = ["ValueMatcher", "build_findings"]

_OBSERVED_MAX = 10


_MISSING = object()


def _maybe_ip(value: str) -> bool:
    """An IP literal in a name field (a TLD is never all digits; IPv6 has colons)."""
    if ":" in value:
        return True
    if not value or not value[-1].isdigit():
        return False
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


class ValueMatcher:
    """Memoised lookups of destination values; each distinct value is matched once."""

    def __init__(self, index: IntelIndex) -> None:
        self.index = index
        self._ip: dict[str, tuple[str, str] | None] = {}
        self._domain: dict[str, tuple[str, str] | None] = {}
        self._url: dict[str, tuple[str, str] | None] = {}

    def ip(self, value: str) -> tuple[str, str] | None:
        """``(indicator, kind)`` for an address."""
        if not value:
            return None
        if value not in self._ip:
            hit = self.index.match_ip(value)
            self._ip[value] = (hit, "cidr" if "/" in hit else "ip") if hit else None
        return self._ip[value]

    def domain(self, value: str) -> tuple[str, str] | None:
        """``(indicator, kind)`` for a name; an IP literal in a name field is matched as an IP."""
        if not value:
            return None
        cached = self._domain.get(value, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        result: tuple[str, str] | None
        if _maybe_ip(value):
            result = self.ip(value.strip("[]"))
        else:
            hit = self.index.match_domain(value)
            result = (hit, "domain") if hit else None
        self._domain[value] = result
        return result

    def url(self, value: str) -> tuple[str, str] | None:
        """``(indicator, kind)`` for a URL."""
        if not value:
            return None
        if value not in self._url:
            hit = self.index.match_url(value)
            self._url[value] = (hit, "url") if hit else None
        return self._url[value]

    def row_hits(self, dest_ip: str, domain: str, url: str) -> list[tuple[str, str, str]]:
        """``(indicator, kind, observed value)`` for every listed value in one contact."""
        out: list[tuple[str, str, str]] = []
        for value, fn in ((dest_ip, self.ip), (domain, self.domain), (url, self.url)):
            hit = fn(value)
            if hit is not None:
                out.append((hit[0], hit[1], value))
        return out


@dataclass(slots=True)
class _Acc:
    kind: str
    count: int = 0
    first: float = float("inf")
    last: float = float("-inf")
    via: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    observed: set[str] = field(default_factory=set)


def build_findings(rows: Iterable[AggRow], index: IntelIndex | ValueMatcher) -> list[HostFinding]:
    """Per-host findings from aggregated rows; hosts and hits ordered by count, then name."""
    matcher = index if isinstance(index, ValueMatcher) else ValueMatcher(index)
    hits: dict[str, dict[str, _Acc]] = {}
    hosts: dict[str, list[float]] = {}
    names: dict[str, set[str]] = {}
    for source, host, host_name, kind, dest_ip, domain, url, count, first, last in rows:
        row_hits = matcher.row_hits(dest_ip, domain, url)
        if not row_hits:
            continue
        h = hosts.setdefault(host, [0.0, first, last])
        h[0] += count
        h[1], h[2] = min(h[1], first), max(h[2], last)
        if host_name:
            names.setdefault(host, set()).add(host_name)
        per_host = hits.setdefault(host, {})
        for indicator, ind_kind, observed in row_hits:
            acc = per_host.get(indicator) or per_host.setdefault(indicator, _Acc(ind_kind))
            acc.count += count
            acc.first, acc.last = min(acc.first, first), max(acc.last, last)
            acc.via.add(kind)
            acc.sources.add(source)
            acc.observed.add(observed)
    findings: list[HostFinding] = []
    for host, (total, first_seen, last_seen) in hosts.items():
        host_hits = tuple(
            IndicatorHit(
                ind,
                a.kind,
                a.first,
                a.last,
                a.count,
                tuple(sorted(a.via)),
                tuple(sorted(a.sources)),
                tuple(sorted(a.observed)[:_OBSERVED_MAX]),
            )
            for ind, a in sorted(hits[host].items(), key=lambda kv: (-kv[1].count, kv[0]))
        )
        findings.append(
            HostFinding(host, tuple(sorted(names.get(host, ()))), first_seen, last_seen, int(total), host_hits)
        )
    findings.sort(key=lambda f: (-f.count, f.host))
    return findings
