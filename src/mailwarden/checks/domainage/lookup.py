"""Dates of domains from web services, cached, with a circuit breaker: RDAP registration (RFC 9082/9083)
and the first certificate logged for a domain in Certificate Transparency (crt.sh's JSON).

Written by hand on httpx: the maintained RDAP client (``whoisit``) is synchronous and bootstraps from
IANA on import, which a gateway in a closed network cannot do, and crt.sh has no client library; a
lookup here is one GET of a URL template with the domain filled in (a registry's server, a bootstrap
redirector such as rdap.org, a CT search, or the site's own proxy) and one date read from the answer.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import httpx

from mailwarden.checks.domainage.store import DateStore

log = logging.getLogger(__name__)

POSITIVE_TTL = 7 * 86400.0  # registration dates do not change (a re-registration is rare)
NEGATIVE_TTL = 3600.0  # no date (unknown domain, no event): ask again in an hour
MAX_CACHE = 50_000


def registration_date(doc: Any) -> datetime | None:
    """The ``registration`` event of an RDAP domain object, aware (UTC when the server gave no zone)."""
    if not isinstance(doc, dict):
        return None
    for ev in doc.get("events") or ():
        if isinstance(ev, dict) and ev.get("eventAction") == "registration" and isinstance(ev.get("eventDate"), str):
            return _aware(ev["eventDate"])
    return None


def _aware(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def first_certificate(doc: Any) -> datetime | None:
    """The earliest ``not_before`` of a crt.sh JSON answer (a list of logged certificates), aware."""
    if not isinstance(doc, list):
        return None
    dates = [
        d
        for e in doc
        if isinstance(e, dict) and isinstance(e.get("not_before"), str)
        for d in [_aware(e["not_before"])]
        if d is not None
    ]
    return min(dates) if dates else None


DateParser = Callable[[Any], datetime | None]


class DateLookup:
    """``lookup_many`` answers from the cache or one GET per domain; failures answer None, never raise.

    After ``max_failures`` consecutive failures (timeouts, connection errors, 5xx) it asks nothing for
    ``pause_seconds``: a gateway whose service is unreachable must not spend the timeout on every
    message.
    """

    def __init__(
        self,
        url: str,
        parse: DateParser,
        timeout: float,
        max_failures: int = 3,
        pause_seconds: float = 300.0,
        accept: str = "application/json",
        store: DateStore | None = None,
        service: str = "",
    ) -> None:
        self.url = url
        self.store = store
        self.service = service
        self.parse = parse
        self.accept = accept
        self.timeout = timeout
        self.max_failures = max_failures
        self.pause_seconds = pause_seconds
        self._cache: dict[str, tuple[float, datetime | None]] = {}
        self._failures = 0
        self._paused_until = 0.0
        self.requests = 0
        self._tls: ssl.SSLContext | None = None  # loading the CA bundle costs ~20 ms: once per process
        self._answered: list[tuple[str, datetime | None]] = []

    @property
    def paused(self) -> bool:
        return time.monotonic() < self._paused_until

    def cached(self, domain: str) -> tuple[bool, datetime | None]:
        hit = self._cache.get(domain)
        if hit is None or hit[0] < time.monotonic():
            return False, None
        return True, hit[1]

    async def lookup_many(self, domains: Iterable[str]) -> dict[str, datetime | None]:
        out: dict[str, datetime | None] = {}
        todo: list[str] = []
        for d in dict.fromkeys(domains):
            known, when = self.cached(d)
            if known:
                out[d] = when
            else:
                todo.append(d)
        if todo and self.store is not None:
            stored = await asyncio.to_thread(self.store.get_many, self.service, todo)
            for d, when in stored.items():
                self._remember(d, when)
            out.update(stored)
            todo = [d for d in todo if d not in stored]
        if todo and not self.paused:
            if self._tls is None:
                self._tls = httpx.create_ssl_context()
            async with httpx.AsyncClient(
                timeout=self.timeout, follow_redirects=True, headers={"Accept": self.accept}, verify=self._tls
            ) as client:
                got = await asyncio.gather(*(self._fetch(client, d) for d in todo))
            out.update(zip(todo, got, strict=True))
            if self.store is not None and self._answered:
                rows = [(d, w, POSITIVE_TTL if w else NEGATIVE_TTL) for d, w in self._answered]
                self._answered = []
                await asyncio.to_thread(self.store.put_many, self.service, rows)
        return out

    async def _fetch(self, client: httpx.AsyncClient, domain: str) -> datetime | None:
        try:
            name = domain if domain.isascii() else domain.encode("idna").decode("ascii")  # RDAP wants A-labels
        except UnicodeError:
            self._remember(domain, None)
            return None
        self.requests += 1
        try:
            resp = await client.get(self.url.format(domain=name))
        except httpx.HTTPError as e:
            self._failed(domain, f"{type(e).__name__}: {e}")
            return None
        if resp.status_code >= 500 or resp.status_code == 429:
            self._failed(domain, f"HTTP {resp.status_code}")
            return None
        self._failures = 0
        when: datetime | None = None
        if resp.status_code == 200:
            try:
                when = self.parse(resp.json())
            except ValueError:
                when = None
        self._answer(domain, when)
        return when

    def _remember(self, domain: str, when: datetime | None) -> None:
        if len(self._cache) >= MAX_CACHE:
            self._cache.clear()
        self._cache[domain] = (time.monotonic() + (POSITIVE_TTL if when else NEGATIVE_TTL), when)

    def _answer(self, domain: str, when: datetime | None) -> None:
        """An answer the service gave: cached here and, with a store, written there for every node."""
        self._remember(domain, when)
        if self.store is not None:
            self._answered.append((domain, when))

    def _failed(self, domain: str, why: str) -> None:
        self._failures += 1
        log.info("lookup of %s at %s failed: %s", domain, self.url, why)
        if self._failures >= self.max_failures:
            self._paused_until = time.monotonic() + self.pause_seconds
            self._failures = 0
            log.warning("%s unreachable (%s); no lookups for %.0f s", self.url, why, self.pause_seconds)
