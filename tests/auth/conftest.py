"""Sender-authentication test support: the openspf suite zone, conformance tallies and their summary.

Test modules here cannot import helper modules (pytest runs with ``--import-mode=importlib``), so the
helpers are fixtures.
"""

from __future__ import annotations

import ipaddress
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from types import SimpleNamespace
from typing import Any

import dns.name
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.TXT
import pytest

from mailwarden.dns import DnsResult
from mailwarden.errors import DnsTimeout

# suite name -> Counter(outcome) ; filled by the conformance tests, printed by conftest
TALLY: dict[str, Counter[str]] = {}


def tally(suite: str, outcome: str) -> None:
    TALLY.setdefault(suite, Counter())[outcome] += 1


def _txt_rdata(strings: Iterable[str | bytes]) -> Any:
    chunks: list[bytes] = []
    for s in strings:
        b = s.encode("utf-8") if isinstance(s, str) else s
        # a DNS character-string is at most 255 octets; pyspf joins them again (RFC 7208 §3.3)
        chunks.extend([b[i : i + 255] for i in range(0, len(b), 255)] or [b""])
    try:
        return dns.rdtypes.ANY.TXT.TXT(dns.rdataclass.IN, dns.rdatatype.TXT, chunks)
    except Exception:  # zero strings is illegal in DNS but the suite has it
        return SimpleNamespace(strings=tuple(chunks))


def _name(v: str) -> Any:
    try:
        return dns.name.from_text(v) if v else dns.name.root
    except Exception:  # deliberately broken names in the suite
        return SimpleNamespace(to_text=lambda omit_final_dot=False, _v=v: _v)


def _rdata(rtype: str, value: Any) -> Any:
    if rtype in ("TXT", "SPF"):
        return _txt_rdata(value)
    if rtype in ("A", "AAAA"):
        try:
            ipaddress.ip_address(value)
            return dns.rdata.from_text(dns.rdataclass.IN, dns.rdatatype.from_text(rtype), str(value))
        except Exception:
            return SimpleNamespace(address=str(value))
    if rtype == "MX":
        pref, exch = value
        return SimpleNamespace(preference=int(pref), exchange=_name(str(exch)))
    if rtype in ("PTR", "CNAME"):
        return SimpleNamespace(target=_name(str(value)))
    raise ValueError(f"unsupported type {rtype}")


class SpfSuiteZone:
    """The openspf suites' zonedata, answering like pyspf's own test driver (testspf.py).

    Semantics kept: ``TIMEOUT`` in a name's list times out a question unless a record of the asked
    type came before it; ``TXT: NONE`` suppresses the TXT copy generated from SPF records; names
    starting ``error.`` that are absent time out. CNAMEs are followed here (a real resolver does it),
    with loop detection.
    """

    def __init__(self, zonedata: Mapping[str, Any]):
        self._zone: dict[str, list[Any]] = {}
        for name, items in (zonedata or {}).items():
            self._zone[str(name).lower().rstrip(".")] = list(self._rdata_items(items or []))

    @staticmethod
    def _rdata_items(items: list[Any]) -> Iterable[Any]:
        generated: list[tuple[str, Any]] = []
        gen = True
        for m in items:
            if m == "TIMEOUT":
                yield "TIMEOUT"
                continue
            for t, v in m.items():
                if t in ("TXT", "SPF") and isinstance(v, str):
                    v = (v,)
                if t == "TXT":
                    gen = False
                elif t == "SPF" and gen:
                    generated.append(("TXT", v))
                if v != ("NONE",):
                    yield (t, v)
        if gen:
            yield from generated

    def __call__(self, name: str, rdtype: str) -> DnsResult:
        return self._resolve(name, rdtype, 0, set())

    def _resolve(self, name: str, rdtype: str, depth: int, seen: set[str]) -> DnsResult:
        labels = [label for label in name.split(".") if label]
        if any(len(label) > 63 for label in labels):
            raise DnsTimeout(f"{name}: label too long (pydns emulation)")
        qname = ".".join(labels).lower()
        items = self._zone.get(qname)
        if items is None:
            if qname.startswith("error."):
                raise DnsTimeout(f"{qname}/{rdtype}: timeout")
            return DnsResult(qname, rdtype, (), nxdomain=True)
        records: list[Any] = []
        cname: str | None = None
        for item in items:
            if item == "TIMEOUT":
                if not records:
                    raise DnsTimeout(f"{qname}/{rdtype}: timeout")
                break
            t, v = item
            if v == "TIMEOUT":
                if t == rdtype:
                    raise DnsTimeout(f"{qname}/{rdtype}: timeout")
                continue
            if t == rdtype:
                records.append(_rdata(t, v))
            elif t == "CNAME" and cname is None:
                cname = str(v).rstrip(".").lower()
        if not records and cname is not None and rdtype != "CNAME":
            if cname in seen or depth >= 10:
                return DnsResult(qname, rdtype, ())
            return self._resolve(cname, rdtype, depth + 1, seen | {qname})
        return DnsResult(qname, rdtype, tuple(records))


_ZONES: dict[int, SpfSuiteZone] = {}


@pytest.fixture
def spf_suite_zone() -> Callable[[Mapping[str, Any]], SpfSuiteZone]:
    """Build (once per scenario) the zone of an openspf scenario's ``zonedata``."""

    def make(zonedata: Mapping[str, Any]) -> SpfSuiteZone:
        zone = _ZONES.get(id(zonedata))
        if zone is None:
            zone = _ZONES[id(zonedata)] = SpfSuiteZone(zonedata)
        return zone

    return make


@pytest.fixture
def conformance() -> Callable[[str, str], None]:
    """Record one conformance case outcome (pass / fail / xfail) for the end-of-run summary."""
    return tally


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Print per-suite conformance counts (passed / xfailed / failed)."""
    if not TALLY:
        return
    terminalreporter.section("sender-authentication conformance")
    for suite in sorted(TALLY):
        counts = TALLY[suite]
        total = sum(counts.values())
        parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        terminalreporter.write_line(f"{suite}: {counts.get('pass', 0)}/{total} pass ({parts})")
