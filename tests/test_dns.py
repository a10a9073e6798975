"""DNS: the real dnspython resolver against a loopback DNS server, caching, timeouts, fake zones."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import pytest
from dnslib import RCODE, RR
from dnslib.server import BaseResolver, DNSLogger, DNSServer

from mailwarden.dns import CachingResolver, DnsPythonResolver, DnsResult, FakeResolver, OfflineResolver
from mailwarden.errors import DnsError, DnsTimeout

ZONE = """
$TTL 60
gov.test.        IN SOA ns.gov.test. admin.gov.test. 1 3600 600 86400 60
gov.test.        IN TXT "v=spf1 ip4:192.0.2.0/24 -all"
gov.test.        IN MX  10 mx.gov.test.
mx.gov.test.     IN A   192.0.2.25
long.gov.test.   IN TXT "v=DKIM1; k=rsa; p=AAAA" "BBBB"
"""


class Zone(BaseResolver):  # type: ignore[misc]
    """Authoritative answers from zone text; NXDOMAIN inside the zone; counts questions."""

    def __init__(self) -> None:
        self.rrs = RR.fromZone(ZONE)
        self.names = {rr.rname for rr in self.rrs}
        self.asked = 0

    def resolve(self, request, handler):  # type: ignore[no-untyped-def]
        self.asked += 1
        reply = request.reply()
        q = request.q
        reply.add_answer(*[rr for rr in self.rrs if rr.rname == q.qname and rr.rtype == q.qtype])
        if not reply.rr and q.qname not in self.names:
            reply.header.rcode = RCODE.NXDOMAIN
        return reply


@pytest.fixture
def server() -> Iterator[tuple[int, Zone]]:
    zone = Zone()
    srv = DNSServer(zone, address="127.0.0.1", port=0, logger=DNSLogger(log="-request,-reply,-recv,-send"))
    srv.start_thread()
    yield srv.server.server_address[1], zone
    srv.stop()


async def test_real_resolver_answers_nxdomain_nodata_and_joins_txt(server: tuple[int, Zone]) -> None:
    port, _ = server
    r = DnsPythonResolver([f"127.0.0.1:{port}"], timeout=1, lifetime=2)
    spf = await r.resolve("gov.test", "TXT")
    assert spf.texts() == ["v=spf1 ip4:192.0.2.0/24 -all"] and spf.ttl == 60
    assert (await r.resolve("long.gov.test", "TXT")).texts() == ["v=DKIM1; k=rsa; p=AAAABBBB"]
    mx = await r.resolve("gov.test.", "MX")
    assert [rd.to_text() for rd in mx.records] == ["10 mx.gov.test."]
    nx = await r.resolve("nope.gov.test", "A")
    assert nx.nxdomain and nx.records == ()
    nodata = await r.resolve("mx.gov.test", "AAAA")
    assert not nodata.nxdomain and nodata.records == ()


async def test_unreachable_server_is_a_timeout_not_a_hang() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:  # a port where nobody answers
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        r = DnsPythonResolver([f"127.0.0.1:{port}"], timeout=0.2, lifetime=0.5)
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        with pytest.raises(DnsTimeout):
            await r.resolve("gov.test", "TXT")
        assert loop.time() - t0 < 2


async def test_cache_serves_repeats_and_shares_concurrent_lookups(server: tuple[int, Zone]) -> None:
    port, zone = server
    cache = CachingResolver(DnsPythonResolver([f"127.0.0.1:{port}"]))
    results = await asyncio.gather(*(cache.resolve("gov.test", "TXT") for _ in range(20)))
    assert all(r.texts() == results[0].texts() for r in results)
    assert zone.asked == 1  # one question on the wire for 20 concurrent askers
    await cache.resolve("GOV.TEST.", "txt")
    await cache.resolve("nope.gov.test", "A")
    await cache.resolve("nope.gov.test", "A")  # negative answers are cached too
    assert zone.asked == 2 and cache.hits >= 2


async def test_cache_does_not_keep_failures() -> None:
    class Flaky:
        calls = 0

        async def resolve(self, name: str, rdtype: str) -> DnsResult:
            Flaky.calls += 1
            if Flaky.calls == 1:
                raise DnsTimeout("first try times out")
            return DnsResult(name, rdtype, ())

    cache = CachingResolver(Flaky())
    with pytest.raises(DnsTimeout):
        await cache.resolve("a.test", "A")
    assert (await cache.resolve("a.test", "A")).records == ()


async def test_fake_and_offline_resolvers() -> None:
    fake = FakeResolver(
        {"a.test": {"TXT": ["v=spf1 -all"], "A": "TIMEOUT"}, "alias.test": {"CNAME": "a.test"}}, strict=True
    )
    assert (await fake.resolve("alias.test", "TXT")).texts() == ["v=spf1 -all"]
    with pytest.raises(DnsTimeout):
        await fake.resolve("a.test", "A")
    with pytest.raises(AssertionError, match="unexpected question"):
        await fake.resolve("other.test", "A")
    with pytest.raises(DnsError, match="offline"):
        await OfflineResolver().resolve("a.test", "A")
