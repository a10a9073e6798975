"""The Store: atomic event + quarantine writes, quarantine queries, retention; SQLite WAL or PostgreSQL."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import Row
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from mailwarden.errors import StoreError
from mailwarden.stores import schema
from mailwarden.stores.records import EventRecord, QuarantineItem


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets readers (console, CLI) work while the filter writes; FULL sync because an accepted
    # quarantine write must survive a power cut (the MTA already got "250 OK").
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


class Store:
    """Event log and quarantine. Every public method raises only ``StoreError``."""

    def __init__(self, engine: Engine, retention_days: int = 30) -> None:
        self.engine = engine
        self.retention = timedelta(days=retention_days)
        try:
            schema.metadata.create_all(engine)
        except SQLAlchemyError as e:
            raise StoreError(f"cannot initialise store {engine.url!r}: {e}") from e

    # -- writes -------------------------------------------------------------------------------
    def record(self, ev: EventRecord, raw: bytes | None = None, status: str = "held") -> str | None:
        """Write the event and, when ``raw`` is given, the quarantined original in ONE transaction.

        Returns the release secret for a quarantined message.
        """
        secret = secrets.token_urlsafe(24) if raw is not None else None
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(schema.events).values(**_event_row(ev, quarantined=raw is not None)))
                if raw is not None:
                    now = datetime.now(UTC)
                    conn.execute(
                        insert(schema.quarantine).values(
                            id=ev.id,
                            created_at=now,
                            expires_at=now + self.retention,
                            secret=secret,
                            sha256=hashlib.sha256(raw).hexdigest(),
                            size=len(raw),
                            raw=raw,
                            status=status,
                        )
                    )
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot record event {ev.id}: {e}") from e
        return secret

    def record_many(self, evs: Sequence[EventRecord]) -> None:
        """Write many plain events in one transaction (the batched event log)."""
        if not evs:
            return
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(schema.events), [_event_row(ev, quarantined=False) for ev in evs])
        except (SQLAlchemyError, OSError) as e:
            raise StoreError(f"cannot record {len(evs)} events: {e}") from e

    def mark_released(self, qid: str, by: str, to: Sequence[str]) -> None:
        self._exec_one(
            update(schema.quarantine)
            .where(schema.quarantine.c.id == qid)
            .values(status="released", released_at=datetime.now(UTC), released_by=by, released_to=list(to)),
            qid,
        )

    def delete(self, qid: str) -> None:
        """Drop the stored original (the event stays for the audit trail)."""
        self._exec_one(
            update(schema.quarantine).where(schema.quarantine.c.id == qid).values(status="deleted", raw=b""),
            qid,
        )

    def purge_expired(self, now: datetime | None = None, events_retention_days: int | None = None) -> int:
        """Delete quarantined originals past their expiry and, if given, log lines older than the
        event retention (events of still-held quarantine items are kept)."""
        now = now or datetime.now(UTC)
        try:
            with self.engine.begin() as conn:
                res = conn.execute(delete(schema.quarantine).where(schema.quarantine.c.expires_at < now))
                n = int(res.rowcount or 0)
                if events_retention_days is not None:
                    cutoff = now - timedelta(days=events_retention_days)
                    held = select(schema.quarantine.c.id)
                    res = conn.execute(
                        delete(schema.events).where(
                            schema.events.c.received_at < cutoff, schema.events.c.id.not_in(held)
                        )
                    )
                    n += int(res.rowcount or 0)
                return n
        except SQLAlchemyError as e:
            raise StoreError(f"purge failed: {e}") from e

    def _exec_one(self, stmt: Any, qid: str) -> None:
        try:
            with self.engine.begin() as conn:
                res = conn.execute(stmt)
        except SQLAlchemyError as e:
            raise StoreError(f"quarantine {qid}: {e}") from e
        if not res.rowcount:
            raise StoreError(f"no quarantined message {qid}")

    # -- reads --------------------------------------------------------------------------------
    def get(self, qid: str, with_raw: bool = True) -> QuarantineItem:
        q, e = schema.quarantine, schema.events
        cols = [*e.c, *[c for c in q.c if c.name != "id" and (with_raw or c.name != "raw")]]
        stmt = select(*cols).select_from(e.join(q, e.c.id == q.c.id)).where(q.c.id == qid)
        try:
            with self.engine.connect() as conn:
                row = conn.execute(stmt).first()
        except SQLAlchemyError as e2:
            raise StoreError(f"quarantine {qid}: {e2}") from e2
        if row is None:
            raise StoreError(f"no quarantined message {qid}")
        return _item(row, with_raw)

    def list_quarantine(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        rcpt: str | None = None,
        category: str | None = None,
        status: str | None = "held",
        limit: int = 1000,
    ) -> list[QuarantineItem]:
        q, e = schema.quarantine, schema.events
        cols = [*e.c, *[c for c in q.c if c.name not in ("id", "raw")]]
        conds = []
        if since is not None:
            conds.append(q.c.created_at >= since)
        if until is not None:
            conds.append(q.c.created_at < until)
        if status is not None:
            conds.append(q.c.status == status)
        stmt = select(*cols).select_from(e.join(q, e.c.id == q.c.id))
        if conds:
            stmt = stmt.where(and_(*conds))
        stmt = stmt.order_by(q.c.created_at.desc())
        out: list[QuarantineItem] = []
        try:
            with self.engine.connect() as conn:
                for row in conn.execute(stmt):
                    item = _item(row, False)
                    # JSON columns are filtered here: portable across SQLite and PostgreSQL
                    if rcpt and rcpt.lower() not in (r.lower() for r in item.event.rcpt_to):
                        continue
                    if category and category not in item.event.categories:
                        continue
                    out.append(item)
                    if len(out) >= limit:
                        break
        except SQLAlchemyError as e2:
            raise StoreError(f"quarantine listing failed: {e2}") from e2
        return out

    def iter_events(self, since: datetime | None = None, until: datetime | None = None) -> Iterator[EventRecord]:
        e = schema.events
        stmt = select(*e.c).order_by(e.c.received_at)
        if since is not None:
            stmt = stmt.where(e.c.received_at >= since)
        if until is not None:
            stmt = stmt.where(e.c.received_at < until)
        try:
            with self.engine.connect() as conn:
                for row in conn.execute(stmt):
                    yield _event(row)
        except SQLAlchemyError as e2:
            raise StoreError(f"event listing failed: {e2}") from e2

    def count_events(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.events)).scalar_one())

    def close(self) -> None:
        self.engine.dispose()


def _event_row(ev: EventRecord, quarantined: bool) -> dict[str, Any]:
    return {
        "id": ev.id,
        "received_at": ev.received_at,
        "adapter": ev.adapter,
        "direction": ev.direction,
        "client_ip": ev.client_ip,
        "client_name": ev.client_name,
        "helo": ev.helo,
        "mail_from": ev.mail_from,
        "rcpt_to": list(ev.rcpt_to),
        "from_header": ev.from_header,
        "subject": ev.subject,
        "message_id": ev.message_id,
        "size": ev.size,
        "action": ev.action,
        "score": ev.score,
        "categories": list(ev.categories),
        "symbols": list(ev.symbols),
        "auth": dict(ev.auth),
        "reason": ev.reason,
        "errors": list(ev.errors),
        "timings_ms": dict(ev.timings_ms),
        "queue_id": ev.queue_id,
        "quarantined": quarantined,
    }


def _event(row: Row[Any]) -> EventRecord:
    m = row._mapping
    return EventRecord(
        id=m["id"],
        received_at=_aware(m["received_at"]) or datetime.now(UTC),
        adapter=m["adapter"],
        direction=m["direction"],
        rcpt_to=tuple(m["rcpt_to"] or ()),
        size=m["size"],
        action=m["action"],
        score=m["score"],
        categories=tuple(m["categories"] or ()),
        symbols=tuple(m["symbols"] or ()),
        auth=dict(m["auth"] or {}),
        client_ip=m["client_ip"],
        client_name=m["client_name"],
        helo=m["helo"],
        mail_from=m["mail_from"],
        from_header=m["from_header"],
        subject=m["subject"],
        message_id=m["message_id"],
        reason=m["reason"] or "",
        errors=tuple(m["errors"] or ()),
        timings_ms=dict(m["timings_ms"] or {}),
        queue_id=m["queue_id"],
        quarantined=bool(m["quarantined"]),
    )


def _item(row: Row[Any], with_raw: bool) -> QuarantineItem:
    m = row._mapping
    return QuarantineItem(
        event=_event(row),
        created_at=_aware(m["created_at"]) or datetime.now(UTC),
        expires_at=_aware(m["expires_at"]) or datetime.now(UTC),
        status=m["status"],
        secret=m["secret"],
        sha256=m["sha256"],
        size=m["size"],
        raw=bytes(m["raw"]) if with_raw else None,
        released_at=_aware(m["released_at"]),
        released_by=m["released_by"],
    )


def open_store(url: str, retention_days: int = 30) -> Store:
    """Open (and create) the store at a SQLAlchemy URL; SQLite parent directories are created."""
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, poolclass=NullPool if path == ":memory:" else None)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://") :]
            engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError, OSError) as e:
        raise StoreError(f"cannot open store {url!r}: {e}") from e
    return Store(engine, retention_days)
