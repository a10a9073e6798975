"""Windows Server DNS debug log (packet logging): queries received from clients."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mailwarden.hunt.model import Event
from mailwarden.hunt.readers.base import ReadContext, Reader
from mailwarden.hunt.readers.timestamps import parse_time

__all__ = ["WindowsDnsReader"]

_LINE = re.compile(
    r"^(?P<ts>\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M) [0-9A-Fa-f]+ PACKET\s+[0-9A-Fa-f]+ "
    r"(?:UDP|TCP) (?P<dir>Rcv|Snd) (?P<host>[0-9A-Fa-f.:]+)\s+[0-9A-Fa-f]+ (?P<resp>[ R]) "
    r"(?P<op>[A-Z?]) \[[^\]]*\]\s+\S+\s+(?P<name>\S+)"
)
_LABEL_LEN = re.compile(r"\(\d+\)")


class WindowsDnsReader(Reader):
    """Only ``Rcv`` queries (not responses) are events: those are the clients asking."""

    name = "windns"
    description = "Windows DNS debug log (8/23/2022 10:00:01 AM 0E84 PACKET ... UDP Rcv 10.0.0.5 ... (4)evil(3)com(0))"

    def sniff(self, head: list[str]) -> bool:
        return any(" PACKET " in line and _LINE.search(line) for line in head)

    def parse(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[Event]:
        stats = ctx.stats
        for line in lines:
            stats.lines += 1
            if " PACKET " not in line:
                continue  # header block, "EVENT" lines and blank lines are noise
            m = _LINE.search(line)
            ts = parse_time("windns", m.group("ts"), ctx.year) if m else None
            if m is None or ts is None:
                stats.bad(line)
                continue
            if m.group("dir") != "Rcv" or m.group("resp") == "R" or m.group("op") != "Q":
                continue
            name = _LABEL_LEN.sub(".", m.group("name")).strip(".")
            stats.events += 1
            yield Event(ts, m.group("host"), "", "dns", "", name, "")
