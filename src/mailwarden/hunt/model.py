"""Value types of a hunt: parsed events, per-source statistics, per-host findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

__all__ = ["Event", "HostFinding", "HuntResult", "IndicatorHit", "SourceStats", "iso"]

MALFORMED_SAMPLE = 10


class Event(NamedTuple):
    """One normalised log record: who (``host``/``host_name``) reached what (ip/domain/url), when.

    ``ts`` is seconds since the epoch (UTC); empty strings mean "not in this record".
    ``kind`` is how the contact happened: ``dns``, ``conn``, ``http``, ``tls``, ``proxy``, ``fw``, ``mail``.
    """

    ts: float
    host: str
    host_name: str
    kind: str
    dest_ip: str
    domain: str
    url: str


@dataclass(slots=True)
class SourceStats:
    """What reading one file produced; malformed lines are counted and sampled, never fatal."""

    path: str
    reader: str
    lines: int = 0
    events: int = 0
    malformed: int = 0
    samples: list[str] = field(default_factory=list)

    def bad(self, line: str) -> None:
        """Record a malformed line (keeps the first few as a sample)."""
        self.malformed += 1
        if len(self.samples) < MALFORMED_SAMPLE:
            self.samples.append(line[:300])

    def merge(self, other: SourceStats) -> None:
        """Fold the statistics of another block of the same file into this one."""
        self.lines += other.lines
        self.events += other.events
        self.malformed += other.malformed
        self.samples.extend(other.samples[: max(0, MALFORMED_SAMPLE - len(self.samples))])


@dataclass(frozen=True, slots=True)
class IndicatorHit:
    """One indicator contacted by one host."""

    indicator: str
    indicator_kind: str
    first_seen: float
    last_seen: float
    count: int
    via: tuple[str, ...]
    sources: tuple[str, ...]
    observed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HostFinding:
    """An internal host (IP, or user for mail logs) that contacted listed indicators."""

    host: str
    host_names: tuple[str, ...]
    first_seen: float
    last_seen: float
    count: int
    hits: tuple[IndicatorHit, ...]

    @property
    def indicators(self) -> tuple[str, ...]:
        """The indicator values, most frequent first."""
        return tuple(h.indicator for h in self.hits)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every log source the host was seen in."""
        return tuple(sorted({s for h in self.hits for s in h.sources}))

    @property
    def dns_only(self) -> bool:
        """True when every contact was a DNS query (asked for a bad name, no connection seen)."""
        return all(set(h.via) <= {"dns"} for h in self.hits)

    def to_json(self) -> dict[str, object]:
        """The ``--json`` object of the CLI."""
        return {
            "host": self.host,
            "host_names": list(self.host_names),
            "indicators": list(self.indicators),
            "first_seen": iso(self.first_seen),
            "last_seen": iso(self.last_seen),
            "count": self.count,
            "dns_only": self.dns_only,
            "sources": list(self.sources),
            "hits": [
                {
                    "indicator": h.indicator,
                    "kind": h.indicator_kind,
                    "first_seen": iso(h.first_seen),
                    "last_seen": iso(h.last_seen),
                    "count": h.count,
                    "via": list(h.via),
                    "observed": list(h.observed),
                    "sources": list(h.sources),
                }
                for h in self.hits
            ],
        }


@dataclass(slots=True)
class HuntResult:
    """Findings plus the reading statistics of every source."""

    findings: list[HostFinding]
    sources: list[SourceStats]
    engine: str
    intel_version: str = ""

    @property
    def malformed(self) -> int:
        """Malformed lines over all sources."""
        return sum(s.malformed for s in self.sources)


def iso(ts: float) -> str:
    """UTC ISO-8601 with millisecond precision (stable across engines)."""
    return datetime.fromtimestamp(round(ts, 3), UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
