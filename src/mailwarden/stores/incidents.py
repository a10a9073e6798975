"""Incident records: related messages (one campaign) with discovery time, severity, status, report time."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, String, Table, Text, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from mailwarden.errors import StoreError
from mailwarden.stores.db import Store
from mailwarden.stores.schema import metadata

__all__ = ["IncidentRecord", "IncidentStore", "incidents"]

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text, nullable=False),
    Column("severity", String(16), nullable=False),
    Column("status", String(16), nullable=False),  # open | reported | closed
    Column("discovered_at", DateTime(timezone=True), nullable=False, index=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("reported_at", DateTime(timezone=True)),
    Column("keys", JSON, nullable=False),
    Column("event_ids", JSON, nullable=False),
    Column("fields", JSON, nullable=False),
)


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    id: str
    title: str
    severity: str
    status: str
    discovered_at: datetime
    updated_at: datetime
    reported_at: datetime | None
    keys: tuple[str, ...]
    event_ids: tuple[str, ...]
    fields: dict[str, str] = field(default_factory=dict)


def _record(m: Any) -> IncidentRecord:
    return IncidentRecord(
        id=m["id"],
        title=m["title"],
        severity=m["severity"],
        status=m["status"],
        discovered_at=_aware(m["discovered_at"]) or datetime.now(UTC),
        updated_at=_aware(m["updated_at"]) or datetime.now(UTC),
        reported_at=_aware(m["reported_at"]),
        keys=tuple(m["keys"] or ()),
        event_ids=tuple(m["event_ids"] or ()),
        fields=dict(m["fields"] or {}),
    )


_SEVERITY = ("low", "medium", "high", "critical")


class IncidentStore:
    """Incidents on the store's database."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine
        try:
            metadata.create_all(self.engine, tables=[incidents])
        except SQLAlchemyError as e:
            raise StoreError(f"cannot create incidents table: {e}") from e

    def list(self, status: str | None = None) -> list[IncidentRecord]:
        stmt = select(incidents).order_by(incidents.c.discovered_at.desc())
        if status:
            stmt = stmt.where(incidents.c.status == status)
        try:
            with self.engine.connect() as conn:
                return [_record(r._mapping) for r in conn.execute(stmt)]
        except SQLAlchemyError as e:
            raise StoreError(f"incidents: {e}") from e

    def get(self, incident_id: str) -> IncidentRecord:
        found = [i for i in self.list() if i.id == incident_id or i.id.startswith(incident_id)]
        if len(found) != 1:
            raise StoreError(f"no single incident {incident_id!r}")
        return found[0]

    def merge_group(
        self, keys: Iterable[str], event_ids: Iterable[str], discovered_at: datetime, severity: str, title: str
    ) -> tuple[IncidentRecord, bool]:
        """Add a group of related messages to the open incident sharing a key, or open a new one.

        Returns the incident and whether it was created. Discovery time is the earliest seen; the
        severity only goes up.
        """
        keys, event_ids = set(keys), set(event_ids)
        now = datetime.now(UTC)
        try:
            for inc in self.list():
                if inc.status == "closed" or not keys & set(inc.keys):
                    continue
                sev = max(inc.severity, severity, key=_SEVERITY.index)
                with self.engine.begin() as conn:
                    conn.execute(
                        update(incidents)
                        .where(incidents.c.id == inc.id)
                        .values(
                            keys=sorted(keys | set(inc.keys)),
                            event_ids=sorted(event_ids | set(inc.event_ids)),
                            discovered_at=min(inc.discovered_at, discovered_at),
                            severity=sev,
                            updated_at=now,
                        )
                    )
                return self.get(inc.id), False
            new_id = uuid.uuid4().hex
            with self.engine.begin() as conn:
                conn.execute(
                    insert(incidents).values(
                        id=new_id,
                        title=title,
                        severity=severity,
                        status="open",
                        discovered_at=discovered_at,
                        updated_at=now,
                        reported_at=None,
                        keys=sorted(keys),
                        event_ids=sorted(event_ids),
                        fields={},
                    )
                )
            return self.get(new_id), True
        except SQLAlchemyError as e:
            raise StoreError(f"incidents: {e}") from e

    def update(
        self, incident_id: str, status: str | None = None, reported_at: datetime | None = None, **fields: str
    ) -> IncidentRecord:
        inc = self.get(incident_id)
        values: dict[str, object] = {"updated_at": datetime.now(UTC), "fields": {**inc.fields, **fields}}
        if status:
            values["status"] = status
        if reported_at:
            values["reported_at"] = reported_at
        try:
            with self.engine.begin() as conn:
                conn.execute(update(incidents).where(incidents.c.id == inc.id).values(**values))
        except SQLAlchemyError as e:
            raise StoreError(f"incidents: {e}") from e
        return self.get(inc.id)
