"""Zeek ``conn``, ``dns``, ``http`` and ``ssl`` logs, TSV (with ``#fields`` header) or JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from mailwarden.hunt.model import Event
from mailwarden.hunt.readers.base import ReadContext, Reader
from mailwarden.hunt.readers.timestamps import parse_time

__all__ = ["ZeekReader"]

_KINDS = {"conn": "conn", "dns": "dns", "http": "http", "ssl": "tls"}


def _event(path: str, rec: dict[str, Any]) -> Event | None:
    if path not in _KINDS:
        return None
    raw_ts = str(rec["ts"])  # epoch seconds, or ISO 8601 with json_timestamps=JSON::TS_ISO8601
    ts = parse_time("epoch", raw_ts, 0)
    if ts is None:
        ts = parse_time("iso", raw_ts, 0)
    if ts is None:
        return None
    host = str(rec["id.orig_h"])
    dest = str(rec.get("id.resp_h") or "")
    domain = url = ""
    if path == "dns":
        domain, dest = str(rec.get("query") or ""), ""
    elif path == "http":
        domain = str(rec.get("host") or "")
        uri = str(rec.get("uri") or "")
        url = f"{domain}{uri}" if domain and uri.startswith("/") else uri
    elif path == "ssl":
        domain = str(rec.get("server_name") or "")
    return Event(ts, host, "", _KINDS[path], dest, "" if domain == "-" else domain, "" if url == "-" else url)


def _json_path(rec: dict[str, Any]) -> str:
    if "_path" in rec:
        return str(rec["_path"])
    if "query" in rec or "trans_id" in rec:
        return "dns"
    if "uri" in rec or "method" in rec:
        return "http"
    if "server_name" in rec or "cipher" in rec:
        return "ssl"
    return "conn"


class ZeekReader(Reader):
    """The log type comes from ``#path`` (TSV) or ``_path``/the fields present (JSON)."""

    name = "zeek"
    description = "Zeek conn/dns/http/ssl logs, TSV or JSON"

    def sniff(self, head: list[str]) -> bool:
        if any(line.startswith("#fields\t") for line in head):
            return True
        for line in head:
            if line.startswith("{"):
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                return isinstance(rec, dict) and "id.orig_h" in rec and "ts" in rec
        return False

    def prepare(self, head: list[str]) -> object | None:
        path = ""
        for line in head:
            if line.startswith("#path\t"):
                path = line.split("\t", 1)[1]
            elif line.startswith("#fields\t"):
                return (path, line.split("\t")[1:])
        return None

    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        stats = ctx.stats
        state = ctx.state if isinstance(ctx.state, tuple) else None
        path: str = state[0] if state else ""
        fields: list[str] = state[1] if state else []
        for line in lines:
            stats.lines += 1
            if not line:
                continue
            if line.startswith("#"):
                if line.startswith("#path\t"):
                    path = line.split("\t", 1)[1]
                elif line.startswith("#fields\t"):
                    fields = line.split("\t")[1:]
                continue
            try:
                if line.startswith("{"):
                    rec = json.loads(line)
                    ev = _event(_json_path(rec), rec)
                else:
                    values = line.split("\t")
                    if len(values) != len(fields):
                        raise ValueError("field count")
                    ev = _event(path, dict(zip(fields, values, strict=True)))
            except (ValueError, KeyError, TypeError, AttributeError):
                stats.bad(line)
                continue
            if ev is None:
                stats.bad(line)
                continue
            stats.events += 1
            yield ev
