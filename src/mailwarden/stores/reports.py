"""The CERT report log: one row per (sample, destination), so no message is ever reported twice.

The unique constraint on (sample_sha256, destination) makes :meth:`ReportLog.claim` atomic across
nodes: two filters that try to report the same message both insert, one wins. A failed send can
be claimed again (its attempt counter grows).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from mailwarden.errors import StoreError
from mailwarden.stores.db import Store
from mailwarden.stores.schema import metadata

__all__ = ["ReportLog", "ReportLogEntry", "report_log"]

report_log = Table(
    "report_log",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("destination", String(255), nullable=False),
    Column("recipients", JSON, nullable=False),
    Column("sample_sha256", String(64), nullable=False),
    Column("event_id", String(32)),
    Column("rule", String(128), nullable=False, default=""),
    Column("batch_id", String(32), nullable=False),
    Column("status", String(16), nullable=False),  # pending | sent | failed
    Column("error", Text, nullable=False, default=""),
    Column("sent_at", DateTime(timezone=True)),
    Column("report_message_id", String(255)),
    Column("attempts", Integer, nullable=False, default=1),
    UniqueConstraint("sample_sha256", "destination", name="uq_report_once"),
)
Index("ix_report_log_status", report_log.c.status)


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ReportLogEntry:
    id: str
    created_at: datetime
    destination: str
    recipients: tuple[str, ...]
    sample_sha256: str
    event_id: str | None
    rule: str
    batch_id: str
    status: str
    error: str
    sent_at: datetime | None
    report_message_id: str | None
    attempts: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "destination": self.destination,
            "recipients": list(self.recipients),
            "sample_sha256": self.sample_sha256,
            "event_id": self.event_id,
            "rule": self.rule,
            "batch_id": self.batch_id,
            "status": self.status,
            "error": self.error,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "report_message_id": self.report_message_id,
            "attempts": self.attempts,
        }


class ReportLog:
    """Report log on the store's database (structurally a ``reports.dispatch.ReportLogLike``)."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine
        try:
            metadata.create_all(self.engine, tables=[report_log])
        except SQLAlchemyError as e:
            raise StoreError(f"cannot create report log: {e}") from e

    def claim(
        self,
        sample_sha256: str,
        destination: str,
        recipients: list[str],
        batch_id: str,
        event_id: str | None = None,
        rule: str = "",
    ) -> bool:
        """Reserve (sample, destination) for this batch; False when it was sent or is being sent."""
        now = datetime.now(UTC)
        t = report_log
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(t).values(
                        id=uuid.uuid4().hex,
                        created_at=now,
                        destination=destination,
                        recipients=recipients,
                        sample_sha256=sample_sha256,
                        event_id=event_id,
                        rule=rule,
                        batch_id=batch_id,
                        status="pending",
                        error="",
                        attempts=1,
                    )
                )
            return True
        except IntegrityError:
            pass
        except SQLAlchemyError as e:
            raise StoreError(f"report log: {e}") from e
        try:  # a failed earlier attempt may be retried
            with self.engine.begin() as conn:
                res = conn.execute(
                    update(t)
                    .where(t.c.sample_sha256 == sample_sha256, t.c.destination == destination, t.c.status == "failed")
                    .values(status="pending", batch_id=batch_id, attempts=t.c.attempts + 1, error="")
                )
                return bool(res.rowcount)
        except SQLAlchemyError as e:
            raise StoreError(f"report log: {e}") from e

    def finish(self, batch_id: str, status: str, error: str = "", message_id: str | None = None) -> None:
        t = report_log
        values: dict[str, object] = {"status": status, "error": error[:2000], "report_message_id": message_id}
        if status == "sent":
            values["sent_at"] = datetime.now(UTC)
        try:
            with self.engine.begin() as conn:
                conn.execute(update(t).where(t.c.batch_id == batch_id, t.c.status == "pending").values(**values))
        except SQLAlchemyError as e:
            raise StoreError(f"report log: {e}") from e

    def sent_since(self, destination: str, since: datetime) -> int:
        """Report e-mails (batches) sent to ``destination`` since ``since`` (rate limiting)."""
        t = report_log
        stmt = select(func.count(func.distinct(t.c.batch_id))).where(
            t.c.destination == destination, t.c.status == "sent", t.c.sent_at >= since
        )
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(stmt).scalar_one())
        except SQLAlchemyError as e:
            raise StoreError(f"report log: {e}") from e

    def status_of(self, sample_sha256: str, destination: str) -> str | None:
        """``pending``/``sent``/``failed`` for a sample already logged for ``destination``, else None."""
        t = report_log
        stmt = select(t.c.status).where(t.c.sample_sha256 == sample_sha256, t.c.destination == destination)
        try:
            with self.engine.connect() as conn:
                row = conn.execute(stmt).first()
        except SQLAlchemyError as e:
            raise StoreError(f"report log: {e}") from e
        return str(row[0]) if row else None

    def entries(
        self, since: datetime | None = None, until: datetime | None = None, status: str | None = None
    ) -> list[ReportLogEntry]:
        t = report_log
        stmt = select(t).order_by(t.c.created_at)
        if since is not None:
            stmt = stmt.where(t.c.created_at >= since)
        if until is not None:
            stmt = stmt.where(t.c.created_at < until)
        if status is not None:
            stmt = stmt.where(t.c.status == status)
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(stmt).all()
        except SQLAlchemyError as e:
            raise StoreError(f"report log: {e}") from e
        return [
            ReportLogEntry(
                id=m["id"],
                created_at=_aware(m["created_at"]) or datetime.now(UTC),
                destination=m["destination"],
                recipients=tuple(m["recipients"] or ()),
                sample_sha256=m["sample_sha256"],
                event_id=m["event_id"],
                rule=m["rule"] or "",
                batch_id=m["batch_id"],
                status=m["status"],
                error=m["error"] or "",
                sent_at=_aware(m["sent_at"]),
                report_message_id=m["report_message_id"],
                attempts=int(m["attempts"] or 1),
            )
            for m in (r._mapping for r in rows)
        ]
