"""Fast matchers: IP/CIDR by bisect over disjoint integer ranges, domain suffix walk, URL and hash sets."""

from __future__ import annotations

import ipaddress
from bisect import bisect_right
from collections.abc import Iterable

from mailwarden.intel.indicators import Indicator, IndicatorKind, normalize_url

__all__ = ["DomainMatcher", "IntelIndex", "IpMatcher", "SetMatcher", "UrlMatcher"]


class IpMatcher:
    """Match addresses against single IPs and CIDR blocks, IPv4 and IPv6.

    CIDR blocks are either nested or disjoint, so one sweep turns them into disjoint
    ``[start, end]`` integer segments, each labelled with the most specific block covering
    it; a lookup is then one ``bisect`` (O(log n)). Exact addresses live in a dict and win.
    """

    __slots__ = ("_ends", "_exact", "_labels", "_starts")

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._exact: dict[tuple[int, int], str] = {}
        ranges: dict[int, list[tuple[int, int, str]]] = {4: [], 6: []}
        for value in values:
            net = ipaddress.ip_network(value, strict=False)
            if net.num_addresses == 1:
                self._exact[(net.version, int(net.network_address))] = str(net.network_address)
            else:
                label = str(net)
                ranges[net.version].append((int(net.network_address), int(net.broadcast_address), label))
        self._starts: dict[int, list[int]] = {}
        self._ends: dict[int, list[int]] = {}
        self._labels: dict[int, list[str]] = {}
        for version, items in ranges.items():
            starts, ends, labels = _disjoint_segments(items)
            self._starts[version], self._ends[version], self._labels[version] = starts, ends, labels

    def __len__(self) -> int:
        return len(self._exact) + sum(len(v) for v in self._starts.values())

    def match(self, address: str) -> str | None:
        """Return the matching indicator (``"1.2.3.4"`` or ``"10.0.0.0/8"``) or ``None``."""
        try:
            ip = ipaddress.ip_address(address.strip("[]"))
        except ValueError:
            return None
        if ip.version == 6 and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return self.match_int(ip.version, int(ip))

    def match_int(self, version: int, value: int) -> str | None:
        """Same as :meth:`match` for an already-parsed address."""
        hit = self._exact.get((version, value))
        if hit is not None:
            return hit
        starts = self._starts[version]
        i = bisect_right(starts, value) - 1
        if i >= 0 and value <= self._ends[version][i]:
            return self._labels[version][i]
        return None


def _disjoint_segments(items: list[tuple[int, int, str]]) -> tuple[list[int], list[int], list[str]]:
    """Flatten a laminar family of ranges into disjoint segments labelled by the innermost range."""
    starts: list[int] = []
    ends: list[int] = []
    labels: list[str] = []

    def emit(a: int, b: int, label: str) -> None:
        if a <= b:
            starts.append(a)
            ends.append(b)
            labels.append(label)

    stack: list[tuple[int, str]] = []
    cur = 0
    for start, end, label in sorted(items, key=lambda r: (r[0], -r[1])):
        while stack and stack[-1][0] < start:
            top_end, top_label = stack.pop()
            emit(cur, top_end, top_label)
            cur = top_end + 1
        if stack:
            emit(cur, start - 1, stack[-1][1])
        if stack and end > stack[-1][0]:  # pragma: no cover - impossible for CIDR blocks
            raise ValueError(f"overlapping ranges are not nested: {label}")
        stack.append((end, label))
        cur = start
    while stack:
        top_end, top_label = stack.pop()
        emit(cur, top_end, top_label)
        cur = top_end + 1
    return starts, ends, labels


class DomainMatcher:
    """Match a host name and all its subdomains: ``a.b.evil.com`` matches ``evil.com``.

    A lookup walks the name's label suffixes from the longest, so the most specific listed
    domain is returned; the cost is one set probe per label.
    """

    __slots__ = ("_names",)

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._names: frozenset[str] = frozenset(values)

    def __len__(self) -> int:
        return len(self._names)

    def match(self, name: str) -> str | None:
        """Return the listed domain that ``name`` equals or is a subdomain of, else ``None``."""
        name = name.strip().rstrip(".").lower()
        names = self._names
        while name:
            if name in names:
                return name
            dot = name.find(".")
            if dot < 0:
                return None
            name = name[dot + 1 :]
        return None


class SetMatcher:
    """Exact, case-insensitive membership (hashes, e-mail addresses)."""

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._values: frozenset[str] = frozenset(v.lower() for v in values)

    def __len__(self) -> int:
        return len(self._values)

    def match(self, value: str) -> str | None:
        """Return the normalised value when listed."""
        low = value.strip().lower()
        return low if low in self._values else None


class UrlMatcher:
    """Match URLs after :func:`~mailwarden.intel.indicators.normalize_url` (scheme-insensitive)."""

    __slots__ = ("_urls",)

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._urls: frozenset[str] = frozenset(values)

    def __len__(self) -> int:
        return len(self._urls)

    def match(self, url: str) -> str | None:
        """Return the listed URL equal to ``url`` once normalised; a trailing-slash variant also matches."""
        if not self._urls:
            return None
        norm = normalize_url(url)
        if norm is None:
            return None
        if norm in self._urls:
            return norm
        alt = norm[:-1] if norm.endswith("/") else norm + "/"
        return alt if alt in self._urls else None


class IntelIndex:
    """All matchers for one set of indicators, plus the indicator records for reporting."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self.records: dict[tuple[IndicatorKind, str], Indicator] = {}
        for ind in indicators:
            self.records.setdefault((ind.kind, ind.value), ind)
        by_kind: dict[IndicatorKind, list[str]] = {kind: [] for kind in IndicatorKind}
        for kind, value in self.records:
            by_kind[kind].append(value)
        self.ips = IpMatcher(by_kind[IndicatorKind.IP] + by_kind[IndicatorKind.CIDR])
        self.domains = DomainMatcher(by_kind[IndicatorKind.DOMAIN])
        self.urls = UrlMatcher(by_kind[IndicatorKind.URL])
        self.emails = SetMatcher(by_kind[IndicatorKind.EMAIL])
        digests = by_kind[IndicatorKind.MD5] + by_kind[IndicatorKind.SHA1] + by_kind[IndicatorKind.SHA256]
        self.hashes = SetMatcher(digests)

    def __len__(self) -> int:
        return len(self.records)

    def match_ip(self, address: str) -> str | None:
        """Listed IP or CIDR containing ``address``."""
        return self.ips.match(address)

    def match_domain(self, name: str) -> str | None:
        """Listed domain equal to or a parent of ``name``."""
        return self.domains.match(name)

    def match_url(self, url: str) -> str | None:
        """Listed URL equal to ``url`` once normalised (the host is matched separately as a domain)."""
        return self.urls.match(url)

    def match_email(self, address: str) -> str | None:
        """Listed e-mail address, or an address whose domain is listed."""
        hit = self.emails.match(address)
        if hit is None and "@" in address:
            return self.domains.match(address.rpartition("@")[2])
        return hit

    def match_hash(self, digest: str) -> str | None:
        """Listed MD5/SHA-1/SHA-256 digest."""
        return self.hashes.match(digest)
