"""An index that also says *which list* an indicator came from (for ``IOC_*`` details and reports).

:class:`~mailwarden.intel.match.IntelIndex` answers "is it listed?"; the mail flow and the CERT
report also need "in which list, of which category and version". :class:`ListedIndex` keeps, per
matcher, a map from the listed value to the ids of the lists holding it. The tuples of list ids
are interned, so a million indicators spread over a few lists cost one small tuple each pointer,
not one tuple each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mailwarden.intel.indicators import IndicatorKind, classify, normalize_url
from mailwarden.intel.match import DomainMatcher, IpMatcher, SetMatcher, UrlMatcher

__all__ = ["IocMatch", "ListRef", "ListedIndex"]


@dataclass(frozen=True, slots=True)
class ListRef:
    """Provenance of a list: its name, category (malware/phishing/spam/policy) and version."""

    name: str
    category: str = "malware"
    version: str = ""


@dataclass(frozen=True, slots=True)
class IocMatch:
    """A listed indicator that matched a value seen in a message."""

    kind: IndicatorKind
    indicator: str
    lists: tuple[ListRef, ...]

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ref.category for ref in self.lists))

    def describe(self) -> str:
        """``evil.com in chiendich2022 (malware), apt-list (malware)`` — used as symbol detail."""
        names = ", ".join(f"{ref.name} ({ref.category})" for ref in self.lists)
        return f"{self.indicator} in {names}"


_HASH_KINDS = (IndicatorKind.MD5, IndicatorKind.SHA1, IndicatorKind.SHA256)
_HASH_BY_LEN = {32: IndicatorKind.MD5, 40: IndicatorKind.SHA1, 64: IndicatorKind.SHA256}


class ListedIndex:
    """Matchers over several lists with per-value list attribution.

    ``entries`` yields ``(kind, value, list_id)`` where ``value`` is normalised as by
    :func:`~mailwarden.intel.indicators.classify` and ``list_id`` indexes ``lists``.
    """

    def __init__(self, lists: Sequence[ListRef], entries: Iterable[tuple[IndicatorKind, str, int]]) -> None:
        self.lists: tuple[ListRef, ...] = tuple(lists)
        interned: dict[tuple[int, ...], tuple[int, ...]] = {}
        maps: dict[str, dict[str, tuple[int, ...]]] = {g: {} for g in ("ip", "domain", "url", "email", "hash")}
        for kind, value, list_id in entries:
            group = _group(kind)
            table = maps[group]
            old = table.get(value)
            ids = (list_id,) if old is None else (old if list_id in old else (*old, list_id))
            table[value] = interned.setdefault(ids, ids)
        self._maps = maps
        self.ips = IpMatcher(maps["ip"])
        self.domains = DomainMatcher(maps["domain"])
        self.urls = UrlMatcher(maps["url"])
        self.emails = SetMatcher(maps["email"])
        self.hashes = SetMatcher(maps["hash"])

    def __len__(self) -> int:
        return sum(len(m) for m in self._maps.values())

    def counts(self) -> dict[str, int]:
        return {group: len(m) for group, m in self._maps.items()}

    def _hit(self, group: str, kind: IndicatorKind, value: str | None) -> IocMatch | None:
        if value is None:
            return None
        ids = self._maps[group].get(value, ())
        return IocMatch(kind, value, tuple(self.lists[i] for i in ids))

    def match_ip(self, address: str) -> IocMatch | None:
        """Listed IP, or the most specific listed CIDR containing ``address`` (IPv4/IPv6)."""
        hit = self.ips.match(address)
        kind = IndicatorKind.CIDR if hit is not None and "/" in hit else IndicatorKind.IP
        return self._hit("ip", kind, hit)

    def match_domain(self, name: str) -> IocMatch | None:
        """Listed domain equal to ``name`` or a parent of it; IDN names are compared in A-label form."""
        if not name.isascii():
            try:
                name = name.strip().rstrip(".").lower().encode("idna").decode("ascii")
            except UnicodeError:
                return None
        return self._hit("domain", IndicatorKind.DOMAIN, self.domains.match(name))

    def match_url(self, url: str) -> IocMatch | None:
        """Listed URL equal to ``url`` once normalised (scheme, default port, host case ignored)."""
        return self._hit("url", IndicatorKind.URL, self.urls.match(url))

    def match_email(self, address: str) -> IocMatch | None:
        """Listed e-mail address (exact; the domain part is a separate :meth:`match_domain`)."""
        local, _, domain = address.strip().strip("<>").rpartition("@")
        if not local or not domain:
            return None
        ind = classify(f"{local}@{domain}")
        if ind is None or ind.kind is not IndicatorKind.EMAIL:
            return None
        return self._hit("email", IndicatorKind.EMAIL, self.emails.match(ind.value))

    def match_hash(self, digest: str) -> IocMatch | None:
        """Listed MD5/SHA-1/SHA-256 digest."""
        hit = self.hashes.match(digest)
        return self._hit("hash", _HASH_BY_LEN.get(len(hit), IndicatorKind.SHA256), hit) if hit else None

    def lookup(self, value: str) -> list[IocMatch]:
        """Everything a (possibly defanged) value matches: for ``intel check`` and hunting by hand.

        A URL also matches by its host; an address also by its domain.
        """
        ind = classify(value)
        if ind is None:
            return []
        found: list[IocMatch | None] = []
        if ind.kind in (IndicatorKind.IP, IndicatorKind.CIDR):
            found.append(self.match_ip(ind.value.split("/")[0]))
        elif ind.kind is IndicatorKind.DOMAIN:
            found.append(self.match_domain(ind.value))
        elif ind.kind is IndicatorKind.URL:
            found.append(self.match_url(ind.value))
            host = (normalize_url(ind.value) or "").split("/", 1)[0].rsplit(":", 1)[0]
            found.append(self.match_ip(host) or self.match_domain(host))
        elif ind.kind is IndicatorKind.EMAIL:
            found.append(self.match_email(ind.value))
            found.append(self.match_domain(ind.value.rpartition("@")[2]))
        else:
            found.append(self.match_hash(ind.value))
        return [m for m in found if m is not None]


def _group(kind: IndicatorKind) -> str:
    if kind in (IndicatorKind.IP, IndicatorKind.CIDR):
        return "ip"
    if kind in _HASH_KINDS:
        return "hash"
    return kind.value
