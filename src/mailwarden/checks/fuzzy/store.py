"""Fuzzy digests of reported (and released) mail in a database (SQLite or PostgreSQL), shared by every
gateway node: one report blocks the rest of a campaign on all of them.

Layering: checks may not import ``stores``, so the tables live here (as the domain dates and the
classifier's learned weights do). Lookups are advisory and never raise: an unusable database is logged
and not asked for a minute, and mail is scored without it. Adding and deleting raise ``StoreError``
(an operator is waiting for the answer).

The latest decision on a text wins: adding a digest as ham deletes the stored spam digests it matches
(and the other way round), so releasing one copy of a wrongly reported newsletter clears the report.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    and_,
    bindparam,
    delete,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from mailwarden.checks.fuzzy.digest import TextDigest
from mailwarden.classifier.learned import engine_for_url, sqlite_path
from mailwarden.errors import StoreError

log = logging.getLogger(__name__)

metadata = MetaData()

fuzzy_digests = Table(
    "fuzzy_digests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),  # "text" (MinHash) or "file" (attachment SHA-256)
    Column("key", String(64), nullable=False),  # SHA-256 of the MinHash values, or of the attachment
    Column("flag", String(8), nullable=False),  # "spam" or "ham"
    Column("category", String(16), nullable=False),  # spam / phishing / malware; "" for ham
    Column("value", LargeBinary, nullable=True),  # the MinHash values (text digests)
    Column("words", Integer, nullable=False),
    Column("count", Integer, nullable=False),  # how many times it was added
    Column("source", String(16), nullable=False),  # manual, report, release
    Column("added", Float, nullable=False),
    Column("updated", Float, nullable=False),
    Column("expires", Float, nullable=False, index=True),
    UniqueConstraint("kind", "key", name="uq_fuzzy_kind_key"),
)

fuzzy_bands = Table(
    "fuzzy_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column("digest_id", Integer, primary_key=True, autoincrement=False),
    Index("ix_fuzzy_bands_digest", "digest_id"),
)

RETRY_SECONDS = 60.0
STATE_RECHECK_SECONDS = 30.0
FLAGS = ("spam", "ham")
CATEGORIES = ("spam", "phishing", "malware")

# The statements of the per-message paths (a lookup per scanned message, an add per learned one), built
# once: building a statement and its cache key cost more than SQLite's answer (about 60 us each, 4 to 6
# statements a message), and an online-feedback run learns every message it scores.
_d, _b = fuzzy_digests.c, fuzzy_bands.c
_COLS = (_d.id, _d.kind, _d.flag, _d.category, _d.value, _d.count, _d.source, _d.added, _d.expires, _d.key)
# Driven from the band index by a join: written as ``id IN (SELECT digest_id ...) AND kind = 'text'``,
# SQLite chose the (kind, key) index and read every text digest for each lookup (1.2 ms a message at
# 9,000 digests, growing with the store). Bands exist for text digests only.
_TEXT_CANDIDATES = (
    select(*_COLS).join_from(fuzzy_bands, fuzzy_digests, _b.digest_id == _d.id)
    .where(_b.band.in_(bindparam("bands", expanding=True)))
)  # fmt: skip
_FILES = select(*_COLS).where(and_(_d.kind == "file", _d.key.in_(bindparam("keys", expanding=True))))
_ANY = select(_d.id).limit(1)
_INSERT = insert(fuzzy_digests)
_INSERT_BANDS = insert(fuzzy_bands)
_REFRESH = (
    update(fuzzy_digests).where(_d.id == bindparam("did"))
    .values(count=_d.count + 1, flag=bindparam("new_flag"), category=bindparam("new_category"),
            source=bindparam("new_source"), updated=bindparam("now"), expires=bindparam("new_expires"))
)  # fmt: skip
_DELETE_BANDS = delete(fuzzy_bands).where(_b.digest_id.in_(bindparam("ids", expanding=True)))
_DELETE = delete(fuzzy_digests).where(_d.id.in_(bindparam("ids", expanding=True)))


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """A stored digest the message matches: ``similarity`` 1.0 for an attachment (exact)."""

    kind: str
    flag: str
    category: str
    similarity: float
    count: int
    source: str
    added: float


@dataclass(frozen=True, slots=True)
class SharedDigest:
    """A reported digest as exchanged between sites (``mailwarden fuzzy export|import``): a MinHash or an
    attachment hash and its category, never the text (the values cannot be turned back into words)."""

    kind: str
    key: str
    value: bytes | None
    words: int
    category: str
    count: int
    added: float
    expires: float


@dataclass(frozen=True, slots=True)
class FuzzyStats:
    digests: dict[str, int]  # "text_spam", "file_ham", ...
    categories: dict[str, int]
    sources: dict[str, int]
    expired: int


@dataclass(frozen=True, slots=True)
class _Row:
    """A stored digest as the per-message paths read it."""

    id: int
    kind: str
    flag: str
    category: str
    value: bytes | None
    count: int
    source: str
    added: float
    expires: float
    key: str

    @classmethod
    def of(cls, row: Sequence[Any]) -> _Row:
        """From a row of ``_COLS``."""
        i, kind, flag, category, value, count, source, added, expires, key = row
        return cls(int(i), kind, flag, category, None if value is None else bytes(value), int(count), source,
                   float(added), float(expires), key)  # fmt: skip

    def match(self, similarity: float) -> FuzzyMatch:
        return FuzzyMatch(self.kind, self.flag, self.category, similarity, self.count, self.source, self.added)


class FuzzyStore:
    """The digests in ``url``; one instance per process is enough (the engine is created on first use)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._tables = False
        self._empty, self._state_until = True, 0.0

    @property
    def local(self) -> bool:
        """A SQLite file (lookups are quick local reads), not a database server."""
        return sqlite_path(self.url) is not None

    @property
    def down(self) -> bool:
        return time.monotonic() < self._down_until

    def _eng(self, create: bool = True) -> Engine | None:
        """The engine, with the tables when ``create``; without, None for a SQLite file that does not exist
        (looking up must not create databases: ``mailwarden scan`` on a fresh machine writes nothing)."""
        with self._lock:
            if self._engine is None or self._pid != os.getpid():
                path = sqlite_path(self.url)
                if not create and path is not None and not Path(path).exists():
                    return None
                # Pooled: a lookup per message must not open a database connection each time (0.7 ms ->
                # 0.26 ms on SQLite). A process forked from the one that made the pool makes its own.
                if self._engine is not None:
                    self._engine.dispose(close=False)
                self._engine, self._pid, self._tables = engine_for_url(self.url, pooled=True), os.getpid(), False
            if not self._tables:
                if create:
                    metadata.create_all(self._engine)
                elif not inspect(self._engine).has_table(fuzzy_digests.name):
                    return None
                self._tables = True
            return self._engine

    def _changing(self) -> Engine:
        eng = self._eng(create=True)
        assert eng is not None  # create=True always gives one
        self._state_until = 0.0
        return eng

    def _added(self) -> None:
        """The store holds a digest now: the per-message ``empty`` question need not go to the database
        after each learn (an online-feedback run learns every message it scores)."""
        self._empty, self._state_until = False, time.monotonic() + STATE_RECHECK_SECONDS

    # -- lookups (never raise) --------------------------------------------------------------------------

    def empty(self) -> bool:
        """True when the store holds no digest, or cannot be used. Asked at most every
        ``STATE_RECHECK_SECONDS``: a site that never reported anything pays nothing for the check, not even
        the digest of each message."""
        now = time.monotonic()
        if now < self._state_until:
            return self._empty
        if self.down:
            return True
        try:
            eng = self._eng(create=False)
            if eng is None:
                row = None
            else:
                with eng.connect() as conn:
                    row = conn.execute(_ANY).first()
        except (SQLAlchemyError, OSError) as e:  # OSError: the SQLite directory
            self._warn(e)
            return True
        self._empty, self._state_until = row is None, now + STATE_RECHECK_SECONDS
        return self._empty

    def _warn(self, e: Exception) -> None:
        self._down_until = time.monotonic() + RETRY_SECONDS
        log.warning("fuzzy store %s unusable for %.0f s, mail is scored without it: %s", self.url, RETRY_SECONDS, e)

    def match(self, text: TextDigest | None, files: Sequence[str], threshold: float) -> list[FuzzyMatch]:
        """The unexpired digests ``text`` matches with similarity >= ``threshold``, and the attachment
        digests among ``files``. An unusable store gives no matches (and a warning)."""
        if (text is None and not files) or self.empty():
            return []
        try:
            eng = self._eng(create=False)
            if eng is None:
                return []
            with eng.connect() as conn:
                return self._match(conn, text, files, threshold, time.time())
        except (SQLAlchemyError, OSError) as e:  # OSError: the SQLite directory
            self._warn(e)
            return []

    def _match(
        self, conn: Connection, text: TextDigest | None, files: Sequence[str], threshold: float, now: float
    ) -> list[FuzzyMatch]:
        return [r.match(sim) for r, sim in _similar(conn, text, files, threshold) if r.expires > now]

    # -- changes (raise StoreError) ---------------------------------------------------------------------

    def add(
        self,
        text: TextDigest | None,
        files: Sequence[str],
        flag: str,
        category: str,
        source: str,
        ttl_seconds: float,
        threshold: float,
        _retry: bool = True,
    ) -> tuple[int, int]:
        """Store the digests as ``flag`` ("spam" with a ``category``, or "ham"); an existing one is
        refreshed (and takes the new flag). Digests of the other flag that these match are deleted.
        Returns (digests added or refreshed, opposite digests deleted)."""
        if flag not in FLAGS:
            raise ValueError(f"flag must be one of {FLAGS}")
        if flag == "spam" and category not in CATEGORIES:
            raise ValueError(f"category must be one of {CATEGORIES}")
        cat = category if flag == "spam" else ""
        now = time.time()
        items: list[tuple[str, str, bytes | None, int, list[int]]] = []
        if text is not None:
            items.append(("text", text.key, text.to_bytes(), text.words, text.bands()))
        items += [("file", h, None, 0, []) for h in dict.fromkeys(files)]
        if not items:
            return 0, 0
        try:
            with self._changing().begin() as conn:
                # One read finds both the opposite digests to delete and the ones to refresh: an equal
                # text shares every band with its stored digest, an equal file its key.
                similar = _similar(conn, text, files, threshold)
                existing = {(r.kind, r.key): r.id for r, _sim in similar}
                doomed = [r.id for r, _sim in similar if r.flag != flag]
                _delete_ids(conn, doomed)
                for kind, key, value, nwords, bands in items:
                    found = existing.get((kind, key))
                    self._upsert(conn, kind, key, value, nwords, bands, flag, cat, source, now, now + ttl_seconds,
                                 None if found in doomed else found)  # fmt: skip
        except IntegrityError as e:
            if not _retry:
                raise StoreError(f"cannot store fuzzy digests in {self.url}: {e}") from e
            # Another node added the same digest between our read and write: once more, as an update.
            return self.add(text, files, flag, category, source, ttl_seconds, threshold, _retry=False)
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot store fuzzy digests in {self.url}: {e}") from e
        self._added()
        return len(items), len(doomed)

    def _upsert(
        self, conn: Connection, kind: str, key: str, value: bytes | None, nwords: int, bands: list[int],
        flag: str, category: str, source: str, now: float, expires: float, found: int | None,
    ) -> None:  # fmt: skip
        """Refresh the digest ``found`` (its id), or insert a new one with its band keys."""
        if found is not None:
            conn.execute(_REFRESH, {"did": found, "new_flag": flag, "new_category": category, "new_source": source,
                                    "now": now, "new_expires": expires})  # fmt: skip
            return
        new_id = conn.execute(
            _INSERT,
            {"kind": kind, "key": key, "value": value, "words": nwords, "count": 1, "added": now, "flag": flag,
             "category": category, "source": source, "updated": now, "expires": expires},
        ).inserted_primary_key  # fmt: skip
        if bands and new_id is not None:
            conn.execute(_INSERT_BANDS, [{"band": b, "digest_id": new_id[0]} for b in dict.fromkeys(bands)])

    def _delete_matching(
        self, conn: Connection, text: TextDigest | None, files: Sequence[str], threshold: float
    ) -> int:
        doomed = [r.id for r, _sim in _similar(conn, text, files, threshold)]
        _delete_ids(conn, doomed)
        return len(doomed)

    def delete(self, text: TextDigest | None, files: Sequence[str], threshold: float) -> int:
        """Delete every digest (either flag) the message matches; how many were deleted."""
        try:
            with self._changing().begin() as conn:
                return self._delete_matching(conn, text, files, threshold)
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot delete fuzzy digests in {self.url}: {e}") from e

    def purge(self) -> int:
        """Delete the expired digests; how many."""
        try:
            with self._changing().begin() as conn:
                q = select(fuzzy_digests.c.id).where(fuzzy_digests.c.expires <= time.time())
                ids = [int(i) for i in conn.execute(q).scalars()]
                _delete_ids(conn, ids)
                return len(ids)
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot purge fuzzy digests in {self.url}: {e}") from e

    def export(self, since: float = 0.0) -> list[SharedDigest]:
        """The unexpired spam digests (reports, not releases: a release is this site's own decision)
        added or refreshed since ``since`` (Unix time)."""
        d = fuzzy_digests.c
        now = time.time()
        q = select(d.kind, d.key, d.value, d.words, d.category, d.count, d.added, d.expires).where(
            and_(d.flag == "spam", d.expires > now, d.updated >= since)
        )
        try:
            with self._changing().connect() as conn:
                rows = conn.execute(q.order_by(d.id)).all()
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot read fuzzy digests in {self.url}: {e}") from e
        return [SharedDigest(k, key, bytes(v) if v is not None else None, int(w), c, int(n), float(a), float(x))
                for k, key, v, w, c, n, a, x in rows]  # fmt: skip

    def import_shared(self, items: Iterable[SharedDigest], source: str, threshold: float) -> tuple[int, int]:
        """Store digests another site (or a CERT) reported, as spam with their category, under ``source``.
        One this site released (a ham digest it matches) is skipped: the local decision wins.
        Returns (stored or refreshed, skipped)."""
        stored = skipped = 0
        now = time.time()
        try:
            with self._changing().begin() as conn:
                for it in items:
                    if it.expires <= now:
                        continue
                    text = TextDigest.from_bytes(it.value, it.words) if it.kind == "text" and it.value else None
                    files = [it.key] if it.kind == "file" else []
                    if text is None and not files:
                        continue
                    similar = _similar(conn, text, files, threshold)
                    if any(r.flag == "ham" and r.expires > now for r, _sim in similar):
                        skipped += 1
                        continue
                    key = text.key if text is not None else it.key
                    bands = text.bands() if text is not None else []
                    found = next((r.id for r, _sim in similar if (r.kind, r.key) == (it.kind, key)), None)
                    self._upsert(conn, it.kind, key, it.value, it.words, bands, "spam", it.category, source, now,
                                 it.expires, found)  # fmt: skip
                    stored += 1
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot store fuzzy digests in {self.url}: {e}") from e
        return stored, skipped

    def stats(self) -> FuzzyStats:
        d = fuzzy_digests.c
        now = time.time()
        try:
            with self._changing().connect() as conn:
                live = d.expires > now
                by_kind = conn.execute(select(d.kind, d.flag, func.count()).where(live).group_by(d.kind, d.flag)).all()
                by_cat = conn.execute(
                    select(d.category, func.count()).where(and_(live, d.flag == "spam")).group_by(d.category)
                ).all()
                by_src = conn.execute(select(d.source, func.count()).where(live).group_by(d.source)).all()
                expired = conn.execute(select(func.count()).select_from(fuzzy_digests).where(d.expires <= now)).scalar()
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot read fuzzy digests in {self.url}: {e}") from e
        return FuzzyStats(
            dict(Counter({f"{k}_{f}": int(n) for k, f, n in by_kind})),
            {str(c): int(n) for c, n in by_cat},
            {str(s): int(n) for s, n in by_src},
            int(expired or 0),
        )


def _similar(
    conn: Connection, text: TextDigest | None, files: Sequence[str], threshold: float
) -> list[tuple[_Row, float]]:
    """Every stored digest (either flag, expired or not) that ``text`` matches with similarity >=
    ``threshold``, and the stored attachment digests among ``files`` (similarity 1.0), each once."""
    out: list[tuple[_Row, float]] = []
    if text is not None:
        # A digest sharing several bands with the text comes once per band.
        rows = {row[0]: row for row in conn.execute(_TEXT_CANDIDATES, {"bands": text.bands()})}
        for row in rows.values():
            r = _Row.of(row)
            sim = text.similarity(TextDigest.from_bytes(bytes(r.value or b"")))
            if sim >= threshold:
                out.append((r, sim))
    if files:
        out += [(_Row.of(row), 1.0) for row in conn.execute(_FILES, {"keys": list(dict.fromkeys(files))})]
    return out


def _delete_ids(conn: Connection, ids: Sequence[int]) -> None:
    for chunk in _chunks(ids, 500):
        conn.execute(_DELETE_BANDS, {"ids": list(chunk)})
        conn.execute(_DELETE, {"ids": list(chunk)})


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_stores: dict[str, FuzzyStore] = {}
_stores_lock = threading.Lock()


def store_for_url(url: str) -> FuzzyStore:
    """One ``FuzzyStore`` per URL and process (the check, ``learn`` and quarantine release share it)."""
    with _stores_lock:
        st = _stores.get(url)
        if st is None:
            st = _stores[url] = FuzzyStore(url)
        return st
