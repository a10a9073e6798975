"""pfSense/OPNsense ``filterlog`` CSV lines carried in syslog."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mailwarden.hunt.model import Event
from mailwarden.hunt.readers.base import ReadContext, Reader
from mailwarden.hunt.readers.timestamps import parse_time

__all__ = ["PfsenseReader"]

_HEAD = re.compile(
    r"^(?:<\d+>\d? ?)?(?:(?P<bsd>[A-Z][a-z]{2} [ 0-9]\d \d{2}:\d{2}:\d{2})|(?P<iso>\d{4}-\d{2}-\d{2}T\S+)) "
    r"\S+ filterlog(?:\[\d+\])?:? (?:- - - )?(?P<csv>.*)$"
)


class PfsenseReader(Reader):
    """Field positions follow the documented filterlog format (IPv4: src at 18; IPv6: src at 15)."""

    name = "pfsense"
    description = "pfSense filterlog (Aug 23 10:00:01 fw filterlog[1]: 5,,,1000000103,em1,match,pass,out,4,...)"

    def sniff(self, head: list[str]) -> bool:
        return any(" filterlog" in line and _HEAD.search(line) for line in head)

    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        stats = ctx.stats
        for line in lines:
            stats.lines += 1
            if "filterlog" not in line:
                continue
            m = _HEAD.search(line)
            if m is None:
                stats.bad(line)
                continue
            ts = (
                parse_time("syslog", m.group("bsd"), ctx.year)
                if m.group("bsd")
                else parse_time("iso", m.group("iso"), ctx.year)
            )
            f = m.group("csv").split(",")
            try:
                version = f[8]
                src, dst = (f[18], f[19]) if version == "4" else (f[15], f[16]) if version == "6" else ("", "")
            except IndexError:
                src = dst = ""
            if ts is None or not src or not dst:
                stats.bad(line)
                continue
            stats.events += 1
            yield Event(ts, src, "", "fw", dst, "", "")
