"""The shared indicator store in SQL: lists with provenance and TTL, re-import diffs, index loading.

All nodes of a site share one database (SQLite by default, PostgreSQL by URL), so an import on one
node reaches every filter: each list row carries a ``generation`` bumped on every import, and
:meth:`IntelRepository.fingerprint` lets a running filter notice that cheaply and reload.
Every public method raises only ``StoreError``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, insert, inspect, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from mailwarden.errors import StoreError
from mailwarden.intel.importers import ImportedList
from mailwarden.intel.indicators import Indicator, IndicatorKind
from mailwarden.intel.listed import ListedIndex, ListRef
from mailwarden.intel.tables import intel_indicators, intel_lists, metadata

__all__ = ["IntelRepository", "ListDiff", "ListInfo", "StoredIndicator", "engine_for_url"]

_BATCH = 5000


@dataclass(frozen=True, slots=True)
class ListInfo:
    """One stored list's provenance."""

    name: str
    source: str
    category: str
    version: str
    list_date: str
    sha256: str
    ttl_days: int | None
    imported_at: datetime
    expires_at: datetime | None
    count: int
    generation: int

    def expired(self, now: datetime | None = None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or datetime.now(UTC))

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "source": self.source,
            "category": self.category,
            "version": self.version,
            "date": self.list_date,
            "sha256": self.sha256,
            "ttl_days": self.ttl_days,
            "imported_at": self.imported_at.isoformat(),
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "expired": self.expired(),
            "count": self.count,
            "generation": self.generation,
        }


@dataclass(frozen=True, slots=True)
class StoredIndicator:
    """An indicator row with its list and category."""

    list_name: str
    kind: IndicatorKind
    value: str
    category: str
    comment: str
    added_at: datetime

    def indicator(self) -> Indicator:
        return Indicator(self.kind, self.value, self.list_name, self.comment)


@dataclass(slots=True)
class ListDiff:
    """What a (re-)import changes: indicators added and removed, and how many stay."""

    name: str
    added: list[tuple[IndicatorKind, str]] = field(default_factory=list)
    removed: list[tuple[IndicatorKind, str]] = field(default_factory=list)
    unchanged: int = 0
    new_list: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "new_list": self.new_list,
            "added": [{"kind": k.value, "value": v} for k, v in self.added],
            "removed": [{"kind": k.value, "value": v} for k, v in self.removed],
            "unchanged": self.unchanged,
        }


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite:///path`` URL (``None`` for other databases and ``:memory:``)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return path if path and path != ":memory:" else None


def engine_for_url(url: str, create_dirs: bool = True) -> Engine:
    """A SQLAlchemy engine for a store URL, configured like ``mailwarden.stores.open_store``."""
    try:
        if url.startswith("sqlite"):
            path = sqlite_path(url)
            if path and create_dirs:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, poolclass=NullPool if path is None else None)
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        return create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError, OSError) as exc:
        raise StoreError(f"cannot open indicator store {url!r}: {exc}") from exc


class IntelRepository:
    """Indicator lists in the shared store."""

    def __init__(self, engine: Engine, create: bool = True) -> None:
        self.engine = engine
        if create:
            self.create_schema()

    def create_schema(self) -> None:
        try:
            metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot create indicator tables: {exc}") from exc

    def has_schema(self) -> bool:
        try:
            return bool(inspect(self.engine).has_table(intel_lists.name))
        except SQLAlchemyError as exc:
            raise StoreError(f"indicator store unreachable: {exc}") from exc

    # -- lists ---------------------------------------------------------------------------------
    def lists(self) -> list[ListInfo]:
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(select(intel_lists).order_by(intel_lists.c.name)).all()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot list indicator lists: {exc}") from exc
        return [_info(r._mapping) for r in rows]

    def get_list(self, name: str) -> ListInfo | None:
        return next((info for info in self.lists() if info.name == name), None)

    def fingerprint(self) -> str:
        """Changes whenever a list is imported, removed or expires: cheap enough to poll."""
        now = datetime.now(UTC)
        return ";".join(f"{i.name}:{i.generation}:{int(i.expired(now))}" for i in self.lists())

    def _current(self, name: str) -> dict[tuple[IndicatorKind, str], int]:
        t = intel_indicators
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.id, t.c.kind, t.c.value).where(t.c.list_name == name))
            return {(IndicatorKind(r.kind), r.value): r.id for r in rows}

    def diff(self, imported: ImportedList) -> ListDiff:
        """What importing ``imported`` under its name would change (nothing is written)."""
        try:
            current = self._current(imported.name)
            exists = self.get_list(imported.name) is not None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read list {imported.name}: {exc}") from exc
        new = imported.unique()
        out = ListDiff(imported.name, new_list=not exists)
        out.added = [k for k in new if k not in current]
        out.removed = [k for k in current if k not in new]
        out.unchanged = len(new) - len(out.added)
        return out

    def save(self, imported: ImportedList, ttl_days: int | None = None, now: datetime | None = None) -> ListDiff:
        """Replace the list's content with ``imported``; returns the diff against the old content."""
        now = now or datetime.now(UTC)
        new = imported.unique()
        expires = now + timedelta(days=ttl_days) if ttl_days else None
        t, lt = intel_indicators, intel_lists
        try:
            with self.engine.begin() as conn:
                old_row = conn.execute(select(lt).where(lt.c.name == imported.name)).first()
                rows = conn.execute(select(t.c.id, t.c.kind, t.c.value).where(t.c.list_name == imported.name))
                current = {(IndicatorKind(r.kind), r.value): r.id for r in rows}
                diff = ListDiff(imported.name, new_list=old_row is None)
                diff.added = [k for k in new if k not in current]
                diff.removed = [k for k in current if k not in new]
                diff.unchanged = len(new) - len(diff.added)
                gone = [current[k] for k in diff.removed]
                for i in range(0, len(gone), _BATCH):
                    conn.execute(delete(t).where(t.c.id.in_(gone[i : i + _BATCH])))
                values = [
                    {
                        "list_name": imported.name,
                        "kind": kind.value,
                        "value": value,
                        "category": imported.category_of((kind, value)),
                        "comment": new[(kind, value)].comment[:2000],
                        "added_at": now,
                    }
                    for kind, value in diff.added
                ]
                for i in range(0, len(values), _BATCH):
                    conn.execute(insert(t), values[i : i + _BATCH])
                meta = {
                    "source": imported.source,
                    "category": imported.category,
                    "version": imported.version,
                    "list_date": imported.list_date,
                    "sha256": imported.sha256,
                    "ttl_days": ttl_days,
                    "imported_at": now,
                    "expires_at": expires,
                    "count": len(new),
                }
                if old_row is None:
                    conn.execute(insert(lt).values(name=imported.name, generation=1, **meta))
                else:
                    gen = int(old_row._mapping["generation"]) + 1
                    conn.execute(update(lt).where(lt.c.name == imported.name).values(generation=gen, **meta))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store list {imported.name}: {exc}") from exc
        return diff

    def remove(self, name: str) -> bool:
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(intel_indicators).where(intel_indicators.c.list_name == name))
                res = conn.execute(delete(intel_lists).where(intel_lists.c.name == name))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot remove list {name}: {exc}") from exc
        return bool(res.rowcount)

    # -- indicators ----------------------------------------------------------------------------
    def indicators(self, names: Sequence[str] | None = None) -> Iterator[StoredIndicator]:
        t = intel_indicators
        stmt = select(t).order_by(t.c.list_name, t.c.kind, t.c.value)
        if names:
            stmt = stmt.where(t.c.list_name.in_(list(names)))
        try:
            with self.engine.connect() as conn:
                for r in conn.execute(stmt.execution_options(yield_per=_BATCH)):
                    m = r._mapping
                    yield StoredIndicator(
                        m["list_name"],
                        IndicatorKind(m["kind"]),
                        m["value"],
                        m["category"],
                        m["comment"],
                        _aware(m["added_at"]) or datetime.now(UTC),
                    )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read indicators: {exc}") from exc

    def load_index(self, now: datetime | None = None, include_expired: bool = False) -> ListedIndex:
        """Build the in-memory matchers over every list that has not expired."""
        now = now or datetime.now(UTC)
        infos = [i for i in self.lists() if include_expired or not i.expired(now)]
        ids = {info.name: n for n, info in enumerate(infos)}
        refs = [ListRef(i.name, i.category, i.version) for i in infos]
        # an indicator's own category (STIX label, MISP hash) refines its list's
        extra: dict[tuple[str, str], int] = {}
        t = intel_indicators
        stmt = select(t.c.list_name, t.c.kind, t.c.value, t.c.category)
        entries: list[tuple[IndicatorKind, str, int]] = []
        try:
            with self.engine.connect() as conn:
                for r in conn.execute(stmt.execution_options(yield_per=20_000)):
                    list_id = ids.get(r[0])
                    if list_id is None:
                        continue
                    if r[3] and r[3] != refs[list_id].category:
                        key = (r[0], r[3])
                        if key not in extra:
                            extra[key] = len(refs)
                            info = infos[list_id]
                            refs.append(ListRef(info.name, r[3], info.version))
                        list_id = extra[key]
                    entries.append((IndicatorKind(r[1]), r[2], list_id))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot load indicators: {exc}") from exc
        return ListedIndex(refs, entries)


def _info(m: Any) -> ListInfo:
    return ListInfo(
        name=m["name"],
        source=m["source"] or "",
        category=m["category"] or "malware",
        version=m["version"] or "",
        list_date=m["list_date"] or "",
        sha256=m["sha256"] or "",
        ttl_days=m["ttl_days"],
        imported_at=_aware(m["imported_at"]) or datetime.now(UTC),
        expires_at=_aware(m["expires_at"]),
        count=int(m["count"] or 0),
        generation=int(m["generation"] or 1),
    )
