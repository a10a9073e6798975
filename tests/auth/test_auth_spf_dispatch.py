"""pyspf's module-global DNS hook dispatches per context: concurrent checks never share a resolver."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from mailwarden.auth import spf as auth_spf
from mailwarden.auth.spf import check_spf
from mailwarden.dns import DnsResult, FakeResolver


def test_concurrent_threads_use_their_own_lookup() -> None:
    allow = FakeResolver({"example.com": {"TXT": ["v=spf1 ip4:192.0.2.1 -all"]}})
    deny = FakeResolver({"example.com": {"TXT": ["v=spf1 -all"]}})
    barrier = threading.Barrier(8)

    def slow(zone: FakeResolver):  # type: ignore[no-untyped-def]
        def lookup(name: str, rdtype: str) -> DnsResult:
            barrier.wait(timeout=5)  # force the threads to interleave inside pyspf
            return zone.resolve_sync(name, rdtype)

        return lookup

    def one(i: int) -> str:
        zone = allow if i % 2 == 0 else deny
        return check_spf(slow(zone), "192.0.2.1", "a@example.com", "mx.example.com").result

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, range(8)))
    assert results == ["pass", "fail"] * 4
    assert auth_spf._current_lookup.get() is None  # reset after each check


def test_bad_client_ip_is_permerror_not_exception() -> None:
    out = check_spf(FakeResolver({}).resolve_sync, "not-an-ip", "a@example.com", "mx.example.com")
    assert out.result == "permerror"
    assert "Permanent Error" in out.explanation


def test_library_crash_keeps_the_reason() -> None:
    def broken(name: str, rdtype: str) -> DnsResult:
        raise RuntimeError("resolver exploded")

    out = check_spf(broken, "192.0.2.1", "a@example.com", "mx.example.com")
    assert out.result == "permerror"
    assert "RuntimeError: resolver exploded" in out.explanation
