"""Per-(source, host, contact) aggregation: the reduction every engine performs before matching."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mailwarden.hunt.model import Event

__all__ = ["AggKey", "AggRow", "Aggregator"]

# (source, host, host_name, kind, dest_ip, domain, url)
AggKey = tuple[str, str, str, str, str, str, str]
# AggKey + (count, first_seen, last_seen)
AggRow = tuple[str, str, str, str, str, str, str, int, float, float]


class Aggregator:
    """Counts and first/last times per key; mergeable, so partial results can be reduced in any order."""

    __slots__ = ("rows",)

    def __init__(self) -> None:
        self.rows: dict[AggKey, list[float]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def add_events(self, source: str, events: Iterable[Event]) -> None:
        """Fold events of one source in."""
        rows = self.rows
        for ts, host, host_name, kind, dest_ip, domain, url in events:
            key = (source, host, host_name, kind, dest_ip, domain, url)
            row = rows.get(key)
            if row is None:
                rows[key] = [1, ts, ts]
            else:
                row[0] += 1
                if ts < row[1]:
                    row[1] = ts
                elif ts > row[2]:
                    row[2] = ts

    def add_rows(self, rows: Iterable[AggRow]) -> None:
        """Fold already-aggregated rows in (from another partition or engine)."""
        mine = self.rows
        for *k, count, first, last in rows:
            key: AggKey = tuple(k)  # type: ignore[assignment]
            row = mine.get(key)
            if row is None:
                mine[key] = [count, first, last]
            else:
                row[0] += count
                row[1] = min(row[1], first)
                row[2] = max(row[2], last)

    def iter_rows(self) -> Iterator[AggRow]:
        """The aggregated rows."""
        for key, (count, first, last) in self.rows.items():
            yield (*key, int(count), first, last)
