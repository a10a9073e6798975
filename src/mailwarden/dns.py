"""DNS: the ``Resolver`` protocol, a caching dnspython resolver, fake zones for tests, offline mode.

Every part of mailwarden that needs DNS receives a ``Resolver``; none builds its own. NXDOMAIN and
NODATA are data (``DnsResult.nxdomain`` / empty ``records``); timeouts and SERVFAIL raise
``DnsTimeout`` (a temporary error: RFC 7208 temperror, RFC 7489 temperror).
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Protocol

import dns.asyncresolver
import dns.exception
import dns.name
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.resolver

from mailwarden.errors import DnsError, DnsTimeout


@dataclass(frozen=True, slots=True)
class DnsResult:
    """Answer to one question. ``records`` are dnspython rdata (empty for NODATA and NXDOMAIN)."""

    name: str
    rdtype: str
    records: tuple[dns.rdata.Rdata, ...]
    nxdomain: bool = False
    ttl: int = 300

    def texts(self) -> list[str]:
        """TXT strings joined per record (RFC 7208 §3.3), decoded leniently; other types as text."""
        out: list[str] = []
        for r in self.records:
            strings = getattr(r, "strings", None)
            if strings is not None:
                out.append(b"".join(strings).decode("utf-8", "replace"))
            else:
                out.append(r.to_text())
        return out


class Resolver(Protocol):
    """Asynchronous DNS lookups."""

    async def resolve(self, name: str, rdtype: str) -> DnsResult: ...


def _norm(name: str) -> str:
    return name.rstrip(".").lower()


class DnsPythonResolver:
    """Real resolver on dnspython's asyncio resolver (follows CNAMEs)."""

    def __init__(
        self,
        nameservers: Iterable[str] | None = None,
        timeout: float = 3.0,
        lifetime: float = 5.0,
    ) -> None:
        if nameservers:
            self._r = dns.asyncresolver.Resolver(configure=False)
            ns: list[str] = []
            port = 53
            for item in nameservers:
                host, _, p = item.rpartition(":") if item.count(":") == 1 else (item, "", "")
                ns.append(host or item)
                if p:
                    port = int(p)
            self._r.nameservers = ns
            self._r.port = port
        else:
            self._r = dns.asyncresolver.Resolver()
        self._r.timeout = timeout
        self._r.lifetime = lifetime

    async def resolve(self, name: str, rdtype: str) -> DnsResult:
        qname = _norm(name)
        try:
            ans = await self._r.resolve(qname, rdtype, raise_on_no_answer=False, search=False)
        except dns.resolver.NXDOMAIN:
            return DnsResult(qname, rdtype, (), nxdomain=True)
        except dns.resolver.YXDOMAIN:
            return DnsResult(qname, rdtype, (), nxdomain=True)
        except (dns.exception.Timeout, dns.resolver.NoNameservers, dns.resolver.LifetimeTimeout) as e:
            raise DnsTimeout(f"{qname}/{rdtype}: {e}") from e
        except dns.name.LabelTooLong as e:
            raise DnsError(f"{qname}: invalid name: {e}") from e
        except dns.exception.DNSException as e:
            raise DnsError(f"{qname}/{rdtype}: {e}") from e
        if rdtype.upper() == "RRSIG":
            # dnspython files signatures under the type they cover, so Answer.rrset is empty for an
            # RRSIG question; collect them from the response (the DNSSEC audit needs them).
            sigs = [rr for rs in ans.response.answer if rs.rdtype == dns.rdatatype.RRSIG for rr in rs]
            ttl = min((rs.ttl for rs in ans.response.answer), default=300)
            return DnsResult(qname, rdtype, tuple(sigs), ttl=ttl)
        rrset = ans.rrset
        if rrset is None:
            return DnsResult(qname, rdtype, (), ttl=300)
        return DnsResult(qname, rdtype, tuple(rrset), ttl=rrset.ttl)


class CachingResolver:
    """LRU + TTL cache in front of another resolver. Concurrent identical questions share one lookup."""

    def __init__(self, inner: Resolver, max_entries: int = 50_000, min_ttl: int = 5, max_ttl: int = 3600):
        self._inner = inner
        self._cache: OrderedDict[tuple[str, str], tuple[float, DnsResult]] = OrderedDict()
        self._inflight: dict[tuple[str, str], asyncio.Future[DnsResult]] = {}
        self._max = max_entries
        self._min_ttl = min_ttl
        self._max_ttl = max_ttl
        self.hits = 0
        self.misses = 0

    async def resolve(self, name: str, rdtype: str) -> DnsResult:
        key = (_norm(name), rdtype.upper())
        now = time.monotonic()
        item = self._cache.get(key)
        if item is not None and item[0] > now:
            self._cache.move_to_end(key)
            self.hits += 1
            return item[1]
        pending = self._inflight.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        self.misses += 1
        fut: asyncio.Future[DnsResult] = asyncio.get_running_loop().create_future()
        self._inflight[key] = fut
        try:
            res = await self._inner.resolve(*key)
        except BaseException as e:
            fut.set_exception(e)
            fut.exception()  # mark retrieved
            raise
        finally:
            self._inflight.pop(key, None)
        fut.set_result(res)
        ttl = min(max(res.ttl, self._min_ttl), self._max_ttl)
        self._cache[key] = (now + ttl, res)
        if len(self._cache) > self._max:
            self._cache.popitem(last=False)
        return res


class OfflineResolver:
    """Used with ``--offline``: every lookup is refused. The engine skips DNS checks before asking."""

    async def resolve(self, name: str, rdtype: str) -> DnsResult:
        raise DnsError(f"offline mode: no DNS lookup for {name}/{rdtype}")


class FakeResolver:
    """Answers from an in-memory zone, for tests and conformance suites.

    ``records`` maps a name to {rdtype: [rdata text, ...]}. The special value ``"TIMEOUT"`` for a
    name or an rdtype makes that question raise ``DnsTimeout``. ``CNAME`` entries are followed.
    Unknown names are NXDOMAIN, or an ``AssertionError`` when ``strict`` (catches missing fixtures).
    """

    def __init__(self, records: Mapping[str, Mapping[str, Iterable[str] | str]], strict: bool = False):
        self._zone: dict[str, dict[str, list[str] | str]] = {}
        for name, types in records.items():
            entry: dict[str, list[str] | str] = {}
            if isinstance(types, str):
                entry["*"] = types
            else:
                for t, vals in types.items():
                    entry[t.upper()] = vals if isinstance(vals, str) else list(vals)
            self._zone[_norm(name)] = entry
        self._strict = strict
        self.queries: list[tuple[str, str]] = []

    async def resolve(self, name: str, rdtype: str) -> DnsResult:
        return self.resolve_sync(name, rdtype)

    def resolve_sync(self, name: str, rdtype: str, _depth: int = 0) -> DnsResult:
        qname, qtype = _norm(name), rdtype.upper()
        self.queries.append((qname, qtype))
        entry = self._zone.get(qname)
        if entry is None:
            if self._strict:
                raise AssertionError(f"FakeResolver: unexpected question {qname}/{qtype}")
            return DnsResult(qname, qtype, (), nxdomain=True)
        if entry.get("*") == "TIMEOUT" or entry.get(qtype) == "TIMEOUT":
            raise DnsTimeout(f"{qname}/{qtype}: timeout (fake)")
        if qtype not in entry and "CNAME" in entry and _depth < 8:
            target = entry["CNAME"]
            tgt = target if isinstance(target, str) else target[0]
            return self.resolve_sync(tgt, qtype, _depth + 1)
        values = entry.get(qtype, [])
        rtype = dns.rdatatype.from_text(qtype)
        recs: list[dns.rdata.Rdata] = []
        for v in values if isinstance(values, list) else [values]:
            recs.append(dns.rdata.from_text(dns.rdataclass.IN, rtype, _quote_txt(qtype, v)))
        return DnsResult(qname, qtype, tuple(recs))


def _quote_txt(qtype: str, value: str) -> str:
    if qtype in ("TXT", "SPF") and not value.startswith('"'):
        # one logical string; split into <=255-byte chunks as a zone file would
        raw = value.replace("\\", "\\\\").replace('"', '\\"')
        chunks = [raw[i : i + 250] for i in range(0, len(raw), 250)] or [""]
        return " ".join(f'"{c}"' for c in chunks)
    return value


class SyncBridge:
    """Lets synchronous libraries (pyspf, dkimpy) running in a worker thread ask the async resolver.

    The coroutine runs on the event loop that owns the resolver (and its cache); the worker thread
    waits for it with a timeout.
    """

    def __init__(self, resolver: Resolver, loop: asyncio.AbstractEventLoop, timeout: float = 10.0):
        self._resolver = resolver
        self._loop = loop
        self._timeout = timeout

    def resolve(self, name: str, rdtype: str) -> DnsResult:
        fut = asyncio.run_coroutine_threadsafe(self._resolver.resolve(name, rdtype), self._loop)
        try:
            return fut.result(self._timeout)
        except FutureTimeout as e:
            fut.cancel()
            raise DnsTimeout(f"{name}/{rdtype}: no answer in {self._timeout}s") from e
