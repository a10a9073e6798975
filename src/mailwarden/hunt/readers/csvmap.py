"""Generic CSV firewall/NAT/proxy export with an operator-given column mapping."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping

from mailwarden.errors import ConfigError
from mailwarden.hunt.model import Event
from mailwarden.hunt.readers.base import ReadContext, Reader
from mailwarden.hunt.readers.timestamps import parse_time

__all__ = ["CsvReader", "parse_mapping"]

FIELDS = ("ts", "host", "host_name", "dest_ip", "domain", "url")


def parse_mapping(text: str) -> dict[str, str]:
    """``"ts=time,host=src,dest_ip=dst"`` → mapping of event field to CSV column name."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, column = part.partition("=")
        if not sep or key.strip() not in FIELDS:
            raise ConfigError(f"csv mapping: bad entry {part!r}; fields are {', '.join(FIELDS)}")
        mapping[key.strip()] = column.strip()
    if "ts" not in mapping or "host" not in mapping:
        raise ConfigError("csv mapping: 'ts' and 'host' are required")
    return mapping


class CsvReader(Reader):
    """The header row names the columns; timestamps are epoch seconds or ISO-8601."""

    name = "csv"
    description = "generic CSV with --csv-map ts=COL,host=COL[,host_name=COL,dest_ip=COL,domain=COL,url=COL]"

    def __init__(self, mapping: Mapping[str, str], delimiter: str = ",") -> None:
        self.mapping = dict(mapping)
        self.delimiter = delimiter

    def sniff(self, head: list[str]) -> bool:
        return bool(head) and all(col in head[0] for col in self.mapping.values())

    def prepare(self, head: list[str]) -> object | None:
        return head[0] if head else None

    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        stats = ctx.stats
        header_line = ctx.state if isinstance(ctx.state, str) else None
        index: dict[str, int] | None = None
        if header_line is not None:
            index = self._index(header_line)
        for row_line in lines:
            stats.lines += 1
            if not row_line.strip():
                continue
            if index is None or row_line == header_line:
                if index is None:
                    header_line, index = row_line, self._index(row_line)
                continue
            row = next(csv.reader([row_line], delimiter=self.delimiter), [])
            try:
                vals = {f: row[i].strip() for f, i in index.items()}
            except IndexError:
                stats.bad(row_line)
                continue
            raw_ts = vals["ts"]
            ts = parse_time("epoch" if raw_ts[:1].isdigit() and "-" not in raw_ts else "iso", raw_ts, ctx.year)
            if ts is None or not vals["host"]:
                stats.bad(row_line)
                continue
            stats.events += 1
            get = vals.get
            yield Event(
                ts, vals["host"], get("host_name", ""), "fw", get("dest_ip", ""), get("domain", ""), get("url", "")
            )

    def _index(self, header_line: str) -> dict[str, int]:
        header = [h.strip() for h in next(csv.reader([header_line], delimiter=self.delimiter), [])]
        missing = [c for c in self.mapping.values() if c not in header]
        if missing:
            raise ConfigError(f"csv mapping: columns not in header: {', '.join(missing)}")
        return {field: header.index(col) for field, col in self.mapping.items()}
