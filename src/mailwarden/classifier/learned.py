"""Per-site learning shared by all gateway nodes: additive weight deltas of the junk model in SQL.

``mailwarden learn --spam|--ham`` (and quarantine release/report) take one online logistic
regression step on the message: each of its buckets gets ``rate * (y - p) / sqrt(n)`` added.
Additions commute, so nodes learning at the same time never lose each other's updates
(``INSERT ... ON CONFLICT DO UPDATE SET delta = delta + excluded.delta`` on SQLite and PostgreSQL).

Layering: ``checks`` may not import ``stores``, so the tables live here on their own
:data:`metadata` (as ``mailwarden.intel.tables`` does); ``mailwarden.stores.learning`` binds this
repository to the Store's engine. A generation counter lets running filters reload cheaply.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Column, Engine, Float, Integer, MetaData, String, Table, create_engine, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from mailwarden.classifier.features import HASH_BITS, features
from mailwarden.classifier.model import FloatArray, LinearModel
from mailwarden.errors import StoreError
from mailwarden.message.model import Message

log = logging.getLogger(__name__)

metadata = MetaData()

learn_weights = Table(
    "learn_weights",
    metadata,
    Column("bucket", Integer, primary_key=True, autoincrement=False),
    Column("delta", Float, nullable=False),
)

learn_stats = Table(
    "learn_stats",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

DEFAULT_RATE = 1.5
# A message the model already gets right with this margin teaches nothing worth a write.
MIN_GRADIENT = 0.002


def sqlite_path(url: str) -> str | None:
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///") :]
    return path if path and path != ":memory:" else None


def _pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # Learned weights are advisory: losing the last learn on a power cut is acceptable, an fsync per
    # learned message is not (online feedback must keep up with the mail flow).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def engine_for_url(url: str, create_dirs: bool = True) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        if create_dirs:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        eng = create_engine(url, poolclass=NullPool)
        event.listen(eng, "connect", _pragmas)
        return eng
    return create_engine(url, pool_pre_ping=True)


@dataclass(frozen=True, slots=True)
class LearnStats:
    spam: int
    ham: int
    generation: int
    buckets: int


class LearningRepository:
    """The learned deltas in one database. Every public method raises only ``StoreError``."""

    def __init__(self, engine: Engine, create: bool = True) -> None:
        self.engine = engine
        if create:
            try:
                metadata.create_all(engine)
            except SQLAlchemyError as e:
                raise StoreError(f"cannot create learning tables in {engine.url!r}: {e}") from e

    def _upsert(self, table: Table, key: str, col: str) -> Any:
        ins: Any = postgresql.insert(table) if self.engine.dialect.name == "postgresql" else sqlite.insert(table)
        return ins.on_conflict_do_update(index_elements=[key], set_={col: table.c[col] + ins.excluded[col]})

    def add(self, buckets: Sequence[int], delta: float, label: str) -> int:
        """Add ``delta`` to every bucket and count one learned ``label`` message; the new generation."""
        return self.add_many({b: delta for b in buckets} if delta else {}, {label: 1})

    def add_many(self, deltas: dict[int, float], labels: dict[str, int]) -> int:
        """Several learns in one transaction (summed per bucket); the new generation."""
        try:
            with self.engine.begin() as conn:
                if deltas:
                    conn.execute(
                        self._upsert(learn_weights, "bucket", "delta"),
                        [{"bucket": b, "delta": d} for b, d in deltas.items()],
                    )
                conn.execute(
                    self._upsert(learn_stats, "name", "value"),
                    [{"name": k, "value": v} for k, v in labels.items()] + [{"name": "generation", "value": 1}],
                )
                gen = conn.execute(select(learn_stats.c.value).where(learn_stats.c.name == "generation")).scalar()
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store learned weights: {e}") from e
        return int(gen or 0)

    def generation(self) -> int:
        try:
            with self.engine.connect() as conn:
                gen = conn.execute(select(learn_stats.c.value).where(learn_stats.c.name == "generation")).scalar()
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read learning generation: {e}") from e
        return int(gen or 0)

    def load(self) -> tuple[FloatArray, int]:
        """The dense delta vector and the generation it reflects."""
        arr = np.zeros(1 << HASH_BITS, np.float32)
        try:
            with self.engine.connect() as conn:
                gen = conn.execute(select(learn_stats.c.value).where(learn_stats.c.name == "generation")).scalar()
                rows = conn.execute(select(learn_weights.c.bucket, learn_weights.c.delta)).all()
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read learned weights: {e}") from e
        if rows:
            data = np.array(rows, dtype=np.float64)
            arr[data[:, 0].astype(np.int64)] = data[:, 1].astype(np.float32)
        return arr, int(gen or 0)

    def stats(self) -> LearnStats:
        try:
            with self.engine.connect() as conn:
                vals = {str(r[0]): int(r[1]) for r in conn.execute(select(learn_stats.c.name, learn_stats.c.value))}
                n = len(conn.execute(select(learn_weights.c.bucket)).all())
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read learning stats: {e}") from e
        return LearnStats(vals.get("spam", 0), vals.get("ham", 0), vals.get("generation", 0), n)


class LearnedCache:
    """One dense delta vector per store URL in this process, reloaded when the generation changes."""

    def __init__(self, url: str, refresh_seconds: float = 30.0) -> None:
        self.url = url
        self.refresh_seconds = refresh_seconds
        self._repo: LearningRepository | None = None
        self._deltas: FloatArray | None = None
        self._gen = -1
        self._checked = -math.inf
        self._lock = threading.Lock()

    def repository(self, create: bool = False) -> LearningRepository | None:
        if self._repo is None:
            path = sqlite_path(self.url)
            if path is not None and not create and not Path(path).exists():
                return None
            self._repo = LearningRepository(engine_for_url(self.url, create_dirs=create), create=True)
        return self._repo

    def deltas(self) -> FloatArray | None:
        """The current deltas (None when nothing was learned); a store outage keeps the last ones."""
        now = time.monotonic()
        with self._lock:
            if now - self._checked < self.refresh_seconds:
                return self._deltas
            self._checked = now
        try:
            repo = self.repository()
            if repo is None:
                return None
            gen = repo.generation()
            if gen != self._gen:
                arr, gen = repo.load()
                with self._lock:
                    self._deltas, self._gen = (arr if gen > 0 else None), gen
        except StoreError as e:
            log.warning("learning store unreachable, keeping the loaded weights: %s", e)
        return self._deltas

    @property
    def generation(self) -> int:
        return self._gen

    def apply(self, buckets: Sequence[int], delta: float, generation: int) -> None:
        """Mirror a learn done by this process so its next scan sees it at once."""
        with self._lock:
            if self._deltas is None:
                self._deltas = np.zeros(1 << HASH_BITS, np.float32)
            if buckets:
                self._deltas[np.fromiter(buckets, np.int64, len(buckets))] += np.float32(delta)
            # Another node's learns in between are picked up at the next reload.
            if generation == self._gen + 1 or self._gen < 0:
                self._gen = generation
            self._checked = time.monotonic()


_caches: dict[str, LearnedCache] = {}
_caches_lock = threading.Lock()


def cache_for_url(url: str, refresh_seconds: float = 30.0) -> LearnedCache:
    with _caches_lock:
        cache = _caches.get(url)
        if cache is None:
            cache = _caches[url] = LearnedCache(url, refresh_seconds)
        return cache


@dataclass(frozen=True, slots=True)
class LearnResult:
    """What one learn did: the logit before, the per-bucket step, and whether anything was written."""

    logit: float
    step: float
    written: bool


class LearnBatch:
    """Learns kept in memory and written in one transaction by ``flush`` (``eval --online``: the
    weights the next message is scored with are the same; only the commits are grouped)."""

    def __init__(self) -> None:
        self.deltas: dict[int, float] = {}
        self.labels: dict[str, int] = {}

    def add(self, buckets: Sequence[int], step: float, label: str) -> None:
        for b in buckets:
            self.deltas[b] = self.deltas.get(b, 0.0) + step
        self.labels[label] = self.labels.get(label, 0) + 1

    def flush(self, cache: LearnedCache) -> None:
        if not self.labels:
            return
        repo = cache.repository(create=True)
        assert repo is not None  # create=True always gives one
        gen = repo.add_many(self.deltas, self.labels)
        cache.apply((), 0.0, gen)
        self.deltas, self.labels = {}, {}


def learn(
    model: LinearModel,
    cache: LearnedCache,
    buckets: Sequence[int],
    is_spam: bool,
    rate: float = DEFAULT_RATE,
    batch: LearnBatch | None = None,
) -> LearnResult:
    """One logistic-regression step towards the gold label, written to the store (or ``batch``) and
    mirrored in ``cache`` at once."""
    z = model.junk_logit(buckets, cache.deltas())
    p = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
    grad = (1.0 if is_spam else 0.0) - p
    label = "spam" if is_spam else "ham"
    step = rate * grad / math.sqrt(len(buckets)) if buckets and abs(grad) >= MIN_GRADIENT else 0.0
    used = list(buckets) if step else []
    if batch is not None:
        batch.add(used, step, label)
        cache.apply(used, step, cache.generation)
    else:
        repo = cache.repository(create=True)
        assert repo is not None  # create=True always gives one
        gen = repo.add(used, step, label)
        cache.apply(used, step, gen)
    return LearnResult(z, step, bool(step))


def learn_message(
    model: LinearModel,
    cache: LearnedCache,
    message: Message,
    is_spam: bool,
    rate: float = DEFAULT_RATE,
    batch: LearnBatch | None = None,
) -> LearnResult:
    """``learn`` on the features of a parsed message (what ``mailwarden learn`` and ``eval --online`` call)."""
    return learn(model, cache, features(message), is_spam, rate, batch)
