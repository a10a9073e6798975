"""Embedded engine: DuckDB parses regex line formats natively and aggregates everything in SQL."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from itertools import islice

import duckdb  # type: ignore[import-untyped]
import pyarrow as pa  # type: ignore[import-untyped]

from mailwarden.hunt.aggregate import AggRow
from mailwarden.hunt.findings import ValueMatcher, build_findings
from mailwarden.hunt.model import Event, HuntResult, SourceStats
from mailwarden.hunt.readers import RegexReader
from mailwarden.hunt.readers.base import sql_quote
from mailwarden.hunt.sources import LogSource, read_source
from mailwarden.intel import IntelIndex

__all__ = ["DuckDbEngine"]

Progress = Callable[[LogSource], None]

_AGG_COLUMNS = "source, host, host_name, kind, dest_ip, domain, url"
_EVENT_SCHEMA = pa.schema(
    [
        ("ts", pa.float64()),
        ("host", pa.string()),
        ("host_name", pa.string()),
        ("kind", pa.string()),
        ("dest_ip", pa.string()),
        ("domain", pa.string()),
        ("url", pa.string()),
    ]
)
_NATIVE_COMPRESSION = {None: "none", "gzip": "gzip", "zstd": "zstd"}


class DuckDbEngine:
    """Native SQL path for :class:`RegexReader` formats; other readers stream Arrow batches in.

    Matching is done once per *distinct* destination value with the intel matchers, so both
    engines share one definition of "a hit".
    """

    name = "duckdb"

    def __init__(
        self, threads: int | None = None, native: bool = True, batch_size: int = 100_000, database: str = ":memory:"
    ) -> None:
        self.threads = threads or os.cpu_count() or 1
        self.native = native
        self.batch_size = batch_size
        self.database = database

    def run(
        self, sources: list[LogSource], index: IntelIndex, year: int, progress: Progress | None = None
    ) -> HuntResult:
        """Hunt ``sources`` for contacts with ``index``."""
        con = duckdb.connect(self.database)
        try:
            con.execute(f"SET threads = {int(self.threads)}")
            con.execute("SET preserve_insertion_order = false")
            con.execute(
                "CREATE TEMP TABLE agg (source VARCHAR, host VARCHAR, host_name VARCHAR, kind VARCHAR, "
                "dest_ip VARCHAR, domain VARCHAR, url VARCHAR, n BIGINT, first DOUBLE, last DOUBLE)"
            )
            stats: list[SourceStats] = []
            for src in sources:
                if self.native and isinstance(src.reader, RegexReader) and src.compression in _NATIVE_COMPRESSION:
                    stats.append(self._native(con, src, src.reader, year))
                else:
                    stats.append(self._streamed(con, src, year))
                if progress:
                    progress(src)
            rows = self._matching_rows(con, ValueMatcher(index))
            return HuntResult(build_findings(rows, index), stats, self.name)
        finally:
            con.close()

    def _native(self, con: duckdb.DuckDBPyConnection, src: LogSource, reader: RegexReader, year: int) -> SourceStats:
        lines = (
            f"read_csv({sql_quote(str(src.path))}, columns={{'line': 'VARCHAR'}}, delim=E'\\x01', quote='', "
            f"escape='', header=false, auto_detect=false, strict_mode=false, null_padding=true, "
            f"ignore_errors=true, compression={sql_quote(_NATIVE_COMPRESSION[src.compression])})"
        )
        events = reader.sql_events(lines, year)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE part AS SELECT status, host, host_name, kind, dest_ip, domain, url, "
            f"count(*) AS n, min(ts) AS first, max(ts) AS last FROM ({events}) GROUP BY ALL"
        )
        con.execute(
            f"INSERT INTO agg SELECT {sql_quote(src.label)}, host, host_name, kind, dest_ip, domain, url, n, first, "
            "last FROM part WHERE status = 2"
        )
        counts = dict(con.execute("SELECT status, sum(n) FROM part GROUP BY status").fetchall())
        stats = SourceStats(str(src.path), reader.name)
        stats.lines = int(sum(counts.values()))
        stats.events = int(counts.get(2, 0))
        stats.malformed = int(counts.get(1, 0))
        if stats.malformed:
            sample = con.execute(f"SELECT line FROM ({events}) WHERE status = 1 LIMIT 10").fetchall()
            stats.samples = [str(r[0])[:300] for r in sample]
        return stats

    def _streamed(self, con: duckdb.DuckDBPyConnection, src: LogSource, year: int) -> SourceStats:
        events, stats = read_source(src, year)
        label = sql_quote(src.label)
        for batch in _batches(events, self.batch_size):
            columns = list(zip(*batch, strict=True))
            table = pa.Table.from_arrays(
                [pa.array(col, f.type) for col, f in zip(columns, _EVENT_SCHEMA, strict=True)], schema=_EVENT_SCHEMA
            )
            con.register("batch", table)
            con.execute(
                f"INSERT INTO agg SELECT {label}, host, host_name, kind, dest_ip, domain, url, count(*), min(ts), "
                "max(ts) FROM batch GROUP BY ALL"
            )
            con.unregister("batch")
        return stats

    def _matching_rows(self, con: duckdb.DuckDBPyConnection, matcher: ValueMatcher) -> list[AggRow]:
        """Match each distinct value once, then pull only the rows that contain a hit."""
        hit_values: dict[str, list[str]] = {}
        for column, fn in (("dest_ip", matcher.ip), ("domain", matcher.domain), ("url", matcher.url)):
            distinct = con.execute(f"SELECT DISTINCT {column} FROM agg WHERE {column} <> ''").fetchall()
            hit_values[column] = [v for (v,) in distinct if fn(v) is not None]
        for column, hits in hit_values.items():
            con.register(f"hit_{column}", pa.table({"v": pa.array(hits, pa.string())}))
        rows = con.execute(
            f"SELECT {_AGG_COLUMNS}, sum(n)::BIGINT, min(first), max(last) FROM agg "
            "WHERE dest_ip IN (SELECT v FROM hit_dest_ip) OR domain IN (SELECT v FROM hit_domain) "
            "OR url IN (SELECT v FROM hit_url) GROUP BY ALL"
        ).fetchall()
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _batches(events: Iterator[Event], size: int) -> Iterator[list[Event]]:
    while batch := list(islice(events, size)):
        yield batch
