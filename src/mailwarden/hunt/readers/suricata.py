"""Suricata EVE JSON (``eve.json``): dns, http, tls, flow, alert and other event types."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from mailwarden.hunt.model import Event
from mailwarden.hunt.readers.base import ReadContext, Reader
from mailwarden.hunt.readers.timestamps import parse_time

__all__ = ["SuricataReader"]

_KINDS = {"dns": "dns", "http": "http", "tls": "tls"}


def _event(rec: dict[str, Any], year: int) -> Event | None:
    etype = str(rec["event_type"])
    if etype == "stats":
        return None
    ts = parse_time("iso", str(rec["timestamp"]), year)
    if ts is None:
        raise ValueError("timestamp")
    host, dest = str(rec["src_ip"]), str(rec["dest_ip"])
    domain = url = ""
    if etype == "dns":
        dns = rec["dns"]
        if dns.get("type") in ("answer", "response"):
            return None  # answers go server -> client; the query event names the client
        queries = dns.get("queries") or [{"rrname": dns.get("rrname", "")}]
        domain, dest = str(queries[0].get("rrname") or ""), ""
    elif etype == "http":
        http = rec.get("http", {})
        domain = str(http.get("hostname") or "")
        path = str(http.get("url") or "")
        url = f"{domain}{path}" if path.startswith("/") else path
    elif etype == "tls":
        domain = str(rec.get("tls", {}).get("sni") or "")
    return Event(ts, host, "", _KINDS.get(etype, "conn"), dest, domain, url)


class SuricataReader(Reader):
    """``src_ip`` is the host; DNS answers and stats records are skipped, not malformed."""

    name = "suricata"
    description = "Suricata eve.json"

    def sniff(self, head: list[str]) -> bool:
        return any(line.startswith("{") and '"event_type"' in line for line in head)

    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        stats = ctx.stats
        for line in lines:
            stats.lines += 1
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                ev = _event(rec, ctx.year) if isinstance(rec, dict) else None
                if not isinstance(rec, dict):
                    raise ValueError("not an object")
            except (ValueError, KeyError, TypeError, AttributeError, IndexError):
                stats.bad(line)
                continue
            if ev is not None:
                stats.events += 1
                yield ev
