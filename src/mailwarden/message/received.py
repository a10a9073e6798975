"""Guessing the SMTP envelope of a stored message from its Received headers (RFC 5321 §4.4)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

from mailwarden.message.headers import decode_header_value, parse_addresses
from mailwarden.message.model import Envelope

_IP_LITERAL = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)(?:%\w+)?\]")
_BARE_IP = re.compile(r"(?<![\w.:])((?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w.:])")
# Exim writes "helo=name", qmail "(HELO name)", Sendmail/Postfix put the HELO name first.
_HELO = re.compile(r"(?:\bhelo=|\(HELO\s+|\bEHLO\s+)([^\s()\]\[]+)", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+<?([^\s<>;]+@[^\s<>;]+)>?", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s()]+")
_BLANKS = re.compile(r"[ \t]+")
_BY = re.compile(r"by[ \t]", re.IGNORECASE)
_INTERNAL = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "::/128",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)
# Received values are parsed up to this length; longer ones are junk or attacks.
MAX_RECEIVED_CHARS = 4096


@dataclass(frozen=True, slots=True)
class Hop:
    """What one Received header says about the connecting client."""

    ip: str | None
    name: str | None
    helo: str | None
    rcpt: str | None
    when: datetime | None


def _parse_ip(text: str) -> str | None:
    try:
        ip = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


def _from_clause(value: str) -> str | None:
    """Text between "from" and the top-level " by " (comments may contain "by")."""
    m = re.match(r"\s*from\s+", value, re.IGNORECASE)
    if m is None:
        return None
    depth = 0
    i = m.end()
    while i < len(value):
        c = value[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and c == ";":
            break
        elif depth == 0 and c in " \t":
            # the whole blank run at once: matching " by " at each blank of a long run was quadratic
            run = _BLANKS.match(value, i)
            assert run is not None
            if _BY.match(value, run.end()):
                break
            i = run.end()
            continue
        i += 1
    return value[m.end() : i]


def _hostname(token: str | None) -> str | None:
    if not token:
        return None
    name = token.strip("[]().").lower()
    if not name or name == "unknown" or _parse_ip(name) is not None or "." not in name:
        return None
    return name


@lru_cache(maxsize=4096)
def parse_received(value: str) -> Hop:
    """One decoded Received value: client IP, reverse name, HELO, recipient, timestamp. Cached: the
    envelope guess, the arrival time and the Received checks each read the same headers."""
    value = value[:MAX_RECEIVED_CHARS]
    when: datetime | None = None
    if ";" in value:
        try:
            when = parsedate_to_datetime(value.rsplit(";", 1)[1].strip())
        except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year like 2222222024
            when = None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    rcpt_m = _FOR.search(value)
    rcpt = rcpt_m.group(1) if rcpt_m else None
    clause = _from_clause(value)
    if clause is None:
        return Hop(None, None, None, rcpt, when)
    ip = None
    m = _IP_LITERAL.search(clause)
    if m:
        ip = _parse_ip(m.group(1))
    if ip is None:
        for bare in _BARE_IP.finditer(clause):
            ip = _parse_ip(bare.group(1))
            if ip is not None:
                break
    first_m = _TOKEN.match(clause)
    first = first_m.group(0) if first_m else None
    comment = clause[clause.find("(") + 1 :] if "(" in clause else ""
    comment_first = _TOKEN.match(comment.lstrip())
    helo_m = _HELO.search(clause)
    if helo_m:
        helo: str | None = helo_m.group(1).strip(".")
        name = _hostname(first)
    else:
        helo = first.strip("[]") if first else None
        name = _hostname(comment_first.group(0)) if comment_first else None
    return Hop(ip, name, helo or None, rcpt, when)


def _received_values(headers: Sequence[tuple[str, bytes]]) -> list[str]:
    return [decode_header_value(v) for n, v in headers if n.lower() == "received"]


def is_external_ip(ip: str) -> bool:
    """Not an address a relay inside a site has (private, loopback, link-local, CGNAT); raises ValueError."""
    addr = ipaddress.ip_address(ip)
    # Not ``is_global``: that also rejects the documentation ranges (RFC 5737/3849) that test
    # fixtures use for outside senders. Internal means an address a relay inside a site has.
    return not any(addr in net for net in _INTERNAL if net.version == addr.version)


def envelope_from_received(headers: Sequence[tuple[str, bytes]]) -> Envelope | None:
    """The envelope of the first external hop, reading Received headers from the top.

    Private, loopback and link-local clients are internal relays (content filters, Exchange
    hubs) and are skipped; when every hop is internal the topmost hop with an IP is used.
    ``mail_from`` comes from Return-Path (added at final delivery, RFC 5321 §4.4).
    """
    first: Hop | None = None
    hop: Hop | None = None
    for text in _received_values(headers):
        h = parse_received(text)
        if h.ip is None:
            continue
        first = first or h
        if is_external_ip(h.ip):
            hop = h
            break
    hop = hop or first
    if hop is None:
        return None
    mail_from: str | None = None
    for name, value in headers:
        if name.lower() == "return-path":
            pairs = parse_addresses(value)
            mail_from = pairs[0][1] if pairs else ""
            break
    return Envelope(
        client_ip=hop.ip,
        client_name=hop.name,
        helo=hop.helo,
        mail_from=mail_from,
        rcpt_to=(hop.rcpt,) if hop.rcpt else (),
        source="received",
    )


def received_time(headers: Sequence[tuple[str, bytes]]) -> datetime | None:
    """When the message arrived: the top Received timestamp, else the Date header (aware)."""
    for value in _received_values(headers):
        when = parse_received(value).when
        if when is not None:
            return when
    for name, raw in headers:
        if name.lower() == "date":
            try:
                when = parsedate_to_datetime(decode_header_value(raw))
            except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year like 2222222024
                return None
            return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return None
