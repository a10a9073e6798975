"""Text DNS query logs: BIND query log, dnsmasq (log-queries), Unbound (log-queries)."""

from __future__ import annotations

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
