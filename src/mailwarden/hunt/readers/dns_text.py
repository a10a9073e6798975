"""Text DNS query logs: BIND query log, dnsmasq (log-queries), Unbound (log-queries)."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.hunt.readers.base import IP, SYSLOG_TS, RegexReader

__all__ = ["BindReader", "DnsmasqReader", "UnboundReader"]


class BindReader(RegexReader):
    """BIND 9 ``queries`` channel with ``print-time yes`` (with or without the client object id)."""

    name = "bind"
    description = "BIND query log (23-Aug-2022 10:00:01.123 ... client 10.0.0.5#53211: query: x IN A)"
    prefilter = " query: "
    pattern = (
        r"^(?P<ts>\d{2}-[A-Za-z]{3}-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d+)?) .*?client (?:@\S+ )?"
        r"(?P<host>" + IP + r")#\d+(?: \([^)]*\))?: (?:view [^:]+: )?query: (?P<domain>\S+) IN "
    )
    time_format = "bind"
    kind = "dns"
    sql_fields: ClassVar[dict[str, str]] = {
        "ts": "split_part(line, ' ', 1) || ' ' || split_part(line, ' ', 2)",
        "host": (
            "CASE WHEN starts_with(split_part(line, ' client ', 2), '@') "
            "THEN split_part(split_part(split_part(line, ' client ', 2), ' ', 2), '#', 1) "
            "ELSE split_part(split_part(line, ' client ', 2), '#', 1) END"
        ),
        "domain": "split_part(split_part(line, ' query: ', 2), ' ', 1)",
    }
    sql_guard = (
        "domain <> '' AND contains(split_part(line, ' query: ', 2), ' IN ') AND contains(line, ' client ') "
        "AND NOT contains(host, ' ') AND length(host) > 0"
    )


class DnsmasqReader(RegexReader):
    """dnsmasq with ``log-queries`` (plain or ``extra``), via syslog."""

    name = "dnsmasq"
    description = "dnsmasq syslog (Aug 23 10:00:01 dnsmasq[1]: query[A] x from 10.0.0.5)"
    prefilter = " query["
    pattern = (
        r"^" + SYSLOG_TS + r" (?:\S+ )?dnsmasq\[\d+\]: (?:\d+ )?(?:" + IP + r"/\d+ )?"
        r"query\[[A-Za-z0-9]+\] (?P<domain>\S+) from (?P<host>" + IP + r")"
    )
    time_format = "syslog"
    kind = "dns"


class UnboundReader(RegexReader):
    """Unbound ``log-queries: yes`` / ``log-replies: yes`` to its own log file (epoch timestamps)."""

    name = "unbound"
    description = "Unbound log ([1661248801] unbound[1:0] info: 10.0.0.5 x. A IN)"
    prefilter = " IN"
    pattern = (
        r"^\[(?P<ts>\d+(?:\.\d+)?)\] unbound\[[0-9:]+\] (?:info|reply): "
        r"(?P<host>" + IP + r") (?P<domain>\S+) [A-Z0-9]+ IN\b"
    )
    time_format = "epoch"
    kind = "dns"
