"""Where the mail-flow checks get their indicators: a source protocol and a per-process cached index.

Layering: ``checks`` may import ``intel`` but not ``stores``. So the checks depend on the
:class:`IndicatorSource` protocol defined here, and :class:`SqlIndicatorSource` reads the shared
tables (:mod:`mailwarden.intel.tables`) with SQLAlchemy directly, at the ``intel`` level; the
``stores`` layer only binds the same tables to its engine (:mod:`mailwarden.stores.intel`).

:class:`IndexCache` keeps one built :class:`~mailwarden.intel.listed.ListedIndex` per source in
the process, polls the source's cheap ``fingerprint`` at most every ``refresh_seconds`` and
rebuilds in a background thread when a list was imported, removed or expired — messages keep
being matched against the previous index meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Protocol

from mailwarden.errors import StoreError
from mailwarden.intel.listed import ListedIndex
from mailwarden.intel.repository import IntelRepository, engine_for_url, sqlite_path

__all__ = ["IndexCache", "IndicatorSource", "SqlIndicatorSource", "StaticSource", "cache_for_url"]

log = logging.getLogger(__name__)
EMPTY = ListedIndex((), ())


class IndicatorSource(Protocol):
    """Anything that can say whether its indicators changed and load them."""

    def fingerprint(self) -> str:
        """A string that changes whenever :meth:`load` would return different indicators."""
        ...

    def load(self) -> ListedIndex:
        """Build the index (blocking; called in a worker thread)."""
        ...


class StaticSource:
    """A fixed index (tests, benchmarks, one-shot scans)."""

    def __init__(self, index: ListedIndex, fingerprint: str = "static") -> None:
        self.index = index
        self._fp = fingerprint

    def fingerprint(self) -> str:
        return self._fp

    def load(self) -> ListedIndex:
        return self.index


class SqlIndicatorSource:
    """The shared store by URL. A missing SQLite file or missing tables mean "no lists" (never created)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._repo: IntelRepository | None = None

    def _repository(self) -> IntelRepository | None:
        if self._repo is None:
            path = sqlite_path(self.url)
            if path is not None and not Path(path).exists():
                return None
            repo = IntelRepository(engine_for_url(self.url, create_dirs=False), create=False)
            if not repo.has_schema():
                return None
            self._repo = repo
        return self._repo

    def fingerprint(self) -> str:
        repo = self._repository()
        return repo.fingerprint() if repo is not None else ""

    def load(self) -> ListedIndex:
        repo = self._repository()
        return repo.load_index() if repo is not None else EMPTY


class IndexCache:
    """One built index per source, refreshed when the source's fingerprint changes."""

    def __init__(self, source: IndicatorSource, refresh_seconds: float = 30.0) -> None:
        self.source = source
        self.refresh_seconds = refresh_seconds
        self._index: ListedIndex | None = None
        self._fp: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._building = False

    def peek(self) -> ListedIndex | None:
        """The loaded index when no store access is due (no blocking I/O at all), else None."""
        index = self._index
        if index is None or time.monotonic() - self._checked >= self.refresh_seconds:
            return None
        return index

    def get(self) -> ListedIndex:
        """The current index; the first call builds it (blocking), later calls never wait for a rebuild."""
        with self._lock:
            if self._index is None:
                fp = self.source.fingerprint()
                self._index = self.source.load()
                self._fp, self._checked = fp, time.monotonic()
                return self._index
            index = self._index
            due = time.monotonic() - self._checked >= self.refresh_seconds
            if not due or self._building:
                return index
            self._checked = time.monotonic()
        try:
            fp = self.source.fingerprint()
        except StoreError as exc:  # keep matching with what we have; the next poll retries
            log.warning("indicator store unreachable, keeping the loaded index: %s", exc)
            return index
        if fp != self._fp:
            with self._lock:
                if not self._building:
                    self._building = True
                    threading.Thread(target=self._rebuild, args=(fp,), daemon=True, name="intel-reload").start()
        return index

    def _rebuild(self, fp: str) -> None:
        try:
            index = self.source.load()
            with self._lock:
                self._index, self._fp = index, fp
        except StoreError as exc:
            log.warning("indicator reload failed, keeping the loaded index: %s", exc)
        finally:
            with self._lock:
                self._building = False

    def reload_now(self) -> ListedIndex:
        """Rebuild synchronously (tests, ``intel check``)."""
        fp = self.source.fingerprint()
        index = self.source.load()
        with self._lock:
            self._index, self._fp, self._checked = index, fp, time.monotonic()
        return index


_CACHES: dict[str, IndexCache] = {}
_CACHES_LOCK = threading.Lock()


def cache_for_url(url: str, refresh_seconds: float = 30.0) -> IndexCache:
    """The process-wide cache for a store URL, shared by all ``intel_*`` checks (built once)."""
    with _CACHES_LOCK:
        cache = _CACHES.get(url)
        if cache is None:
            cache = _CACHES[url] = IndexCache(SqlIndicatorSource(url), refresh_seconds)
        return cache
