"""DNS block lists (RFC 5782): how to ask one, and what its answers mean.

A list is a DNS zone: ``<reversed IP>.<zone>`` (IP lists) or ``<domain>.<zone>`` (domain/URI lists)
has an A record in 127.0.0.0/8 when listed. What each answer means is the list's own convention:
exact codes (Spamhaus: 127.0.0.2 spam source, 127.0.0.10 dynamic end-user space, ...) or a bit mask
on the last octet (SURBL and URIBL multi zones). Some answers mean "not answered for you" (Spamhaus
127.255.255.254: a query through a public resolver; URIBL and SURBL 127.0.0.1): those are errors, not
listings, and must never score.

Written by hand: no maintained Python library decodes list answers; the lookups go through the
gateway's own resolver (``mailwarden.dns``, dnspython underneath) like every other DNS check.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailwarden.dns import Resolver
from mailwarden.errors import DnsError, DnsTimeout

Meaning = Literal["spam", "exploited", "dynamic", "phish", "malware"]
MEANINGS: tuple[str, ...] = ("spam", "exploited", "dynamic", "phish", "malware")

_SPAMHAUS_BLOCKED = ["127.255.255.252", "127.255.255.254", "127.255.255.255"]


class DnsList(BaseModel):
    """One list: its zone, whether it lists IPs or domains, and what its answers mean."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zone: str = Field(description="DNS zone queried, e.g. zen.spamhaus.org (a DQS key goes in the name)")
    kind: Literal["ip", "domain"] = Field(description="ip: the sending IP is asked; domain: link/sender domains")
    codes: dict[str, Meaning] = Field(
        description='answer -> meaning; an exact "127.0.0.2" or "mask:N" (last octet has bits N)'
    )
    blocked: list[str] = Field(default_factory=list, description="answers meaning the list refused this resolver")
    test: str = Field(
        "", description="an IP or domain the list always lists (its test point), for `mailwarden checks dnsbl-test`"
    )

    @field_validator("zone")
    @classmethod
    def _zone(cls, v: str) -> str:
        z = v.strip().strip(".").lower()
        if not z or "." not in z or any(not part for part in z.split(".")):
            raise ValueError(f"not a DNS zone: {v!r}")
        return z

    @field_validator("codes")
    @classmethod
    def _codes(cls, v: dict[str, str]) -> dict[str, str]:
        for code in v:
            if code.startswith("mask:"):
                bits = code[5:]
                if not bits.isdigit() or not 0 < int(bits) < 256:
                    raise ValueError(f"{code!r}: a mask is mask:1 .. mask:255")
            else:
                _loopback(code)
        return v

    @field_validator("blocked")
    @classmethod
    def _blocked(cls, v: list[str]) -> list[str]:
        for code in v:
            _loopback(code)
        return v

    def meanings(self, answers: list[str]) -> tuple[set[str], bool, list[str]]:
        """What the A records of a listed name mean: (meanings, refused, answers outside 127/8).

        Answers outside 127.0.0.0/8 are not list answers (a resolver rewriting NXDOMAIN to an ad
        server, a wildcard); they are returned apart so the caller can log them, and never score.
        """
        found: set[str] = set()
        refused = False
        bogus: list[str] = []
        for a in answers:
            if not _is_list_answer(a):
                bogus.append(a)
                continue
            if a in self.blocked:
                refused = True
                continue
            last = int(a.rsplit(".", 1)[1])
            for code, meaning in self.codes.items():
                if code == a or (code.startswith("mask:") and last & int(code[5:])):
                    found.add(meaning)
        return found, refused, bogus


def _is_list_answer(a: str) -> bool:
    """An IPv4 address in 127.0.0.0/8, the only answers a list gives (RFC 5782 §2.3)."""
    try:
        addr = ipaddress.ip_address(a)
    except ValueError:
        return False
    return addr.version == 4 and addr.is_loopback


def _loopback(code: str) -> None:
    if not _is_list_answer(code):
        raise ValueError(f"{code!r}: list answers are addresses in 127.0.0.0/8")


def ip_query(ip: str, zone: str) -> str | None:
    """``4.3.2.1.zone`` for 1.2.3.4, nibbles for IPv6 (RFC 5782 §2.1, §2.4); None for a bad IP."""
    try:
        addr = ipaddress.ip_address(ip.strip("[]"))
    except ValueError:
        return None
    rev = addr.reverse_pointer
    suffix = ".in-addr.arpa" if addr.version == 4 else ".ip6.arpa"
    return f"{rev[: -len(suffix)]}.{zone}"


def domain_query(domain: str, zone: str) -> str:
    return f"{domain.strip('.').lower()}.{zone}"


# The lists rspamd and SpamAssassin ask by default, with their documented answer codes. Spamhaus
# answers nothing through public resolvers (8.8.8.8 ...): run a local recursive resolver, or put a
# Data Query Service key in the zone (e.g. "KEY.zen.dq.spamhaus.net").
DEFAULT_LISTS: tuple[DnsList, ...] = (
    DnsList(
        zone="zen.spamhaus.org",
        kind="ip",
        codes={
            "127.0.0.2": "spam",  # SBL
            "127.0.0.3": "spam",  # CSS (snowshoe)
            "127.0.0.4": "exploited",  # XBL (CBL: botnets, open proxies)
            "127.0.0.5": "exploited",
            "127.0.0.6": "exploited",
            "127.0.0.7": "exploited",
            "127.0.0.9": "spam",  # DROP
            "127.0.0.10": "dynamic",  # PBL (ISP-maintained)
            "127.0.0.11": "dynamic",  # PBL (Spamhaus-maintained)
        },
        blocked=_SPAMHAUS_BLOCKED,
        test="127.0.0.2",  # RFC 5782 §5: every IP list lists 127.0.0.2
    ),
    DnsList(
        zone="dbl.spamhaus.org",
        kind="domain",
        codes={
            "127.0.1.2": "spam",
            "127.0.1.4": "phish",
            "127.0.1.5": "malware",
            "127.0.1.6": "malware",  # botnet C&C
            "127.0.1.102": "spam",  # abused legitimate domains
            "127.0.1.103": "spam",  # abused redirector
            "127.0.1.104": "phish",
            "127.0.1.105": "malware",
            "127.0.1.106": "malware",
        },
        blocked=_SPAMHAUS_BLOCKED,
        test="dbltest.com",
    ),
    DnsList(
        zone="multi.surbl.org",
        kind="domain",
        codes={"mask:8": "phish", "mask:16": "malware", "mask:64": "spam", "mask:128": "malware"},
        blocked=["127.0.0.1"],
        test="surbl-org-permanent-test-point.com",
    ),
    DnsList(
        zone="multi.uribl.com",
        kind="domain",
        codes={"mask:2": "spam", "mask:8": "spam"},
        blocked=["127.0.0.1"],
        test="test.uribl.com",
    ),
    DnsList(zone="bl.spamcop.net", kind="ip", codes={"127.0.0.2": "spam"}, test="127.0.0.2"),
)


@dataclass(frozen=True, slots=True)
class Probe:
    """What one list answered for its test point: ``status`` ok, refused, not-listed, bogus, timeout, error,
    or no-test (the list names none)."""

    zone: str
    status: str
    detail: str


async def probe(lst: DnsList, resolver: Resolver) -> Probe:
    """Ask ``lst`` about its test point: is it reachable through this resolver, and answering for us?"""
    if not lst.test:
        return Probe(lst.zone, "no-test", "the list names no test point (set `test`)")
    name = ip_query(lst.test, lst.zone) if lst.kind == "ip" else domain_query(lst.test, lst.zone)
    if name is None:
        return Probe(lst.zone, "error", f"test point {lst.test!r} is not an IP")
    try:
        res = await resolver.resolve(name, "A")
    except DnsTimeout as e:
        return Probe(lst.zone, "timeout", str(e))
    except DnsError as e:
        return Probe(lst.zone, "error", str(e))
    answers = [r.to_text() for r in res.records]
    meanings, refused, bogus = lst.meanings(answers)
    if refused:
        return Probe(lst.zone, "refused", f"{name} -> {', '.join(answers)}: the list refuses this resolver")
    if bogus:
        return Probe(lst.zone, "bogus", f"{name} -> {', '.join(bogus)}: not a list answer (NXDOMAIN rewritten?)")
    if not meanings:
        got = ", ".join(answers) or "NXDOMAIN"
        return Probe(lst.zone, "not-listed", f"{name} -> {got}: the test point should be listed")
    return Probe(lst.zone, "ok", f"{name} -> {', '.join(answers)} ({', '.join(sorted(meanings))})")
