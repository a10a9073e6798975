"""Squid access log and iptables/nftables kernel log lines."""

from __future__ import annotations

from mailwarden.hunt.readers.base import IP, SYSLOG_TS, RegexReader

__all__ = ["IptablesReader", "SquidReader"]


class SquidReader(RegexReader):
    """Squid native ``access.log`` (squid log format); the domain is taken from the URL."""

    name = "squid"
    description = (
        "Squid access.log (1661248801.123 250 10.0.0.5 TCP_MISS/200 123 GET http://x/ - HIER_DIRECT/1.2.3.4 -)"
    )
    prefilter = "/"
    pattern = (
        r"^(?P<ts>\d+(?:\.\d+)?)\s+-?\d+ (?P<host>" + IP + r") [A-Za-z_]+/\d{3} \d+ [A-Za-z_]+ "
        r"(?P<url>\S+) (?P<host_name>\S+) [A-Za-z_]+/(?P<dest_ip>[0-9A-Fa-f.:-]+)"
    )
    time_format = "epoch"
    kind = "proxy"
    domain_from_url = True


class IptablesReader(RegexReader):
    """Netfilter LOG/NFLOG lines (iptables or nftables ``log prefix``) via syslog: SRC is the host."""

    name = "iptables"
    description = "iptables/nftables syslog (Aug 23 10:00:01 fw kernel: ... SRC=10.0.0.5 DST=1.2.3.4 ...)"
    prefilter = " SRC="
    pattern = r"^" + SYSLOG_TS + r" .*? SRC=(?P<host>" + IP + r") DST=(?P<dest_ip>" + IP + r") "
    time_format = "syslog"
    kind = "fw"
