"""Timestamp parsers shared by the readers, each with the equivalent DuckDB SQL expression."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["TimeFormat", "parse_time", "sql_time"]

# Log formats seen in agencies; naive times are taken as UTC (see docs: pass --year for syslog).
TimeFormat = str  # one of: "epoch", "iso", "bind", "syslog", "windns"

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_cache: dict[str, float] = {}
# An epoch time outside 1970..9999 (or NaN, inf) is a malformed line: as a timestamp it cannot be written
# as a date in the report, and NaN broke the case store's first/last-seen columns.
MAX_EPOCH = 253402300799.0


def parse_time(kind: TimeFormat, text: str, year: int) -> float | None:
    """Seconds since the epoch for ``text`` in format ``kind``; ``None`` if unparseable."""
    try:
        if kind == "epoch":
            ts = float(text)
            return ts if 0.0 <= ts <= MAX_EPOCH else None
        if kind == "iso":
            return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
        if kind == "bind":  # 23-Aug-2022 10:00:01.123
            sec, _, frac = text.partition(".")
            base = _cache.get(sec)
            if base is None:
                day, mon, rest = sec.split("-", 2)
                yr, hms = rest.split(" ", 1)
                base = _at(int(yr), _MONTHS[mon.lower()], int(day), hms)
                _cache[sec] = base
            return base + (float("0." + frac) if frac else 0.0)
        if kind == "syslog":  # Aug 23 10:00:01 (no year)
            key = f"{year} {text}"
            base = _cache.get(key)
            if base is None:
                mon, day, hms = text.split()
                base = _at(year, _MONTHS[mon.lower()], int(day), hms)
                _cache[key] = base
            return base
        if kind == "windns":  # 8/23/2022 10:00:01 AM
            date, hms, ampm = text.split()
            mo, dd, yy = (int(x) for x in date.split("/"))
            hh, mi, ss = (int(x) for x in hms.split(":"))
            hh = hh % 12 + (12 if ampm.upper() == "PM" else 0)
            return datetime(yy, mo, dd, hh, mi, ss, tzinfo=UTC).timestamp()
    except (ValueError, KeyError):
        return None
    raise ValueError(f"unknown time format {kind}")


def _at(year: int, month: int, day: int, hms: str) -> float:
    if len(_cache) > 100_000:
        _cache.clear()
    h, m, s = (int(x) for x in hms.split(":"))
    return datetime(year, month, day, h, m, s, tzinfo=UTC).timestamp()


def sql_time(kind: TimeFormat, column: str, year: int) -> str:
    """DuckDB expression giving epoch seconds (DOUBLE) for ``column``, NULL when unparseable."""
    if kind == "epoch":  # NaN sorts above every number in DuckDB: out of range, NULL
        ts = f"TRY_CAST({column} AS DOUBLE)"
        return f"(CASE WHEN {ts} BETWEEN 0 AND {MAX_EPOCH} THEN {ts} END)"
    if kind == "bind":
        return f"epoch(try_strptime({column}, ['%d-%b-%Y %H:%M:%S.%g', '%d-%b-%Y %H:%M:%S']))"
    if kind == "syslog":
        return f"epoch(try_strptime('{int(year)} ' || regexp_replace({column}, ' +', ' ', 'g'), '%Y %b %d %H:%M:%S'))"
    raise ValueError(f"no SQL for time format {kind}")
