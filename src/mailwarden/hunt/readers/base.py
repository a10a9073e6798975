"""Reader contract, and the regex line reader whose one pattern serves both Python and DuckDB."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from mailwarden.hunt.model import Event, SourceStats
from mailwarden.hunt.readers.timestamps import parse_time, sql_time

__all__ = ["IP", "SYSLOG_TS", "ReadContext", "Reader", "RegexReader", "sql_quote"]

IP = r"[0-9A-Fa-f.:]+"
SYSLOG_TS = r"(?P<ts>[A-Z][a-z]{2} [ 0-9]\d \d{2}:\d{2}:\d{2})"


@dataclass(slots=True)
class ReadContext:
    """Per-file state handed to a reader: statistics to fill, default year, captured header."""

    stats: SourceStats
    year: int
    state: object | None = None


class Reader(ABC):
    """One log family. ``parse`` streams events; it never raises on bad input, it counts it."""

    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def sniff(self, head: list[str]) -> bool:
        """True when the first lines of a file look like this family."""

    def prepare(self, head: list[str]) -> object | None:
        """Capture per-file state from the first lines (a TSV/CSV header); used for split files."""
        return None

    @abstractmethod
    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        """Yield events; count every line in ``ctx.stats.lines`` and each bad one via ``ctx.stats.bad``."""


def sql_quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


_URL_HOST = r"^(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]+)"
_URL_HOST_RX = re.compile(_URL_HOST)


class RegexReader(Reader):
    """A line format described by one regular expression written in the common subset of Python
    ``re`` and RE2, so the DuckDB engine can run the very same pattern natively.

    Named groups: ``ts`` (required), ``host`` (required), optional ``host_name``, ``dest_ip``,
    ``domain``, ``url``. Every group must be named. Lines without ``prefilter`` are noise
    (another kind of message); lines with it that do not match are malformed.
    """

    prefilter: ClassVar[str]
    pattern: ClassVar[str]
    time_format: ClassVar[str]
    kind: ClassVar[str]
    blanks: ClassVar[tuple[str, ...]] = ("-",)
    domain_from_url: ClassVar[bool] = False
    # Optional faster SQL (string functions instead of RE2) for the hottest formats: field -> expression
    # over ``line``, plus a guard that is false for lines the regex would reject. The engine-equality
    # tests hold these to the same results as the Python regex.
    sql_fields: ClassVar[dict[str, str]] = {}
    sql_guard: ClassVar[str] = "true"

    _fields: ClassVar[tuple[str, ...]] = ("host_name", "dest_ip", "domain", "url")

    def sniff(self, head: list[str]) -> bool:
        rx = re.compile(self.pattern)
        hits = [line for line in head if self.prefilter in line]
        return bool(hits) and sum(1 for line in hits if rx.search(line)) * 2 >= len(hits)

    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        rx = re.compile(self.pattern)
        pre, kind, tf, year, stats = self.prefilter, self.kind, self.time_format, ctx.year, ctx.stats
        blanks = self.blanks
        from_url = self.domain_from_url
        for line in lines:
            stats.lines += 1
            if pre not in line:
                continue
            m = rx.search(line)
            ts = parse_time(tf, m.group("ts"), year) if m else None
            if m is None or ts is None:
                stats.bad(line)
                continue
            g = m.groupdict("")
            vals = ["" if g.get(f, "") in blanks else g.get(f, "") for f in self._fields]
            if from_url and vals[3]:
                hm = _URL_HOST_RX.match(vals[3])
                vals[2] = hm.group(1) if hm else ""
            stats.events += 1
            yield Event(ts, g["host"], vals[0], kind, vals[1], vals[2], vals[3])

    def group_names(self) -> list[str]:
        """Capture group names in positional order (DuckDB maps names to groups by position)."""
        rx = re.compile(self.pattern)
        names = sorted(rx.groupindex, key=rx.groupindex.__getitem__)
        if len(names) != rx.groups:
            raise ValueError(f"{self.name}: every group of the pattern must be named")
        return names

    def sql_events(self, lines_relation: str, year: int) -> str:
        """SQL yielding ``status, ts, host, host_name, kind, dest_ip, domain, url, line`` per line.

        ``status`` is 0 for noise, 1 for malformed, 2 for an event (same rules as :meth:`parse`).
        """
        if self.sql_fields:
            return self._sql_split(lines_relation, year)
        names = ["_all", *self.group_names()]
        pat = sql_quote(f"(?P<_all>{self.pattern})")
        name_list = "[" + ", ".join(sql_quote(n) for n in names) + "]"

        def col(field: str) -> str:
            if field not in names:
                return "''"
            blank = ", ".join(sql_quote(b) for b in self.blanks)
            return f"CASE WHEN m.{field} IN ({blank}) THEN '' ELSE m.{field} END" if self.blanks else f"m.{field}"

        domain = col("domain")
        if self.domain_from_url:
            domain = f"regexp_extract({col('url')}, {sql_quote(_URL_HOST)}, 1)"
        ts = sql_time(self.time_format, "m.ts", year)
        return f"""
            SELECT CASE WHEN m IS NULL THEN 0 WHEN m._all = '' OR ts IS NULL THEN 1 ELSE 2 END AS status,
                   ts, m.host AS host, {col("host_name")} AS host_name, {sql_quote(self.kind)} AS kind,
                   {col("dest_ip")} AS dest_ip, {domain} AS domain, {col("url")} AS url, line
            FROM (
                SELECT m, {ts} AS ts, line FROM (
                    SELECT CASE WHEN contains(line, {sql_quote(self.prefilter)})
                                THEN regexp_extract(line, {pat}, {name_list}) END AS m, line
                    FROM {lines_relation}
                )
            )"""

    def _sql_split(self, lines_relation: str, year: int) -> str:
        f = self.sql_fields
        cols = ", ".join(
            f"{f.get(n, chr(39) * 2)} AS {n}" for n in ("ts", "host", "host_name", "dest_ip", "domain", "url")
        )
        ts = sql_time(self.time_format, "ts_raw", year)
        return f"""
            SELECT CASE WHEN NOT contains(line, {sql_quote(self.prefilter)}) THEN 0
                        WHEN ts IS NULL OR host = '' OR NOT ({self.sql_guard}) THEN 1 ELSE 2 END AS status,
                   ts, host, host_name, {sql_quote(self.kind)} AS kind, dest_ip, domain, url, line
            FROM (
                SELECT {ts} AS ts, * FROM (SELECT {cols.replace(" AS ts,", " AS ts_raw,")}, line FROM {lines_relation})
            )"""
