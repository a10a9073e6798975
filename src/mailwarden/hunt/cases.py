"""Case tracking for infected-host findings in any SQLAlchemy database (SQLite file by default).

Status flow (VN-CAMP-02): ``open`` → ``checked`` → ``cleaned`` | ``false_positive``; a cleaned
or false-positive case re-opens when a later hunt sees the host contact an indicator again
after it was closed. Re-running a hunt updates the case of a host, never adds a second one.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import DateTime, Float, Integer, String, Text, create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from mailwarden.errors import ConfigError, StoreError
from mailwarden.hunt.model import HostFinding

__all__ = ["Case", "CaseStatus", "CaseStore", "CaseSummary", "MergeOutcome"]


class CaseStatus(enum.StrEnum):
    """Where the handling of an infected host stands."""

    OPEN = "open"
    CHECKED = "checked"
    CLEANED = "cleaned"
    FALSE_POSITIVE = "false_positive"


_ALLOWED: dict[CaseStatus, set[CaseStatus]] = {
    CaseStatus.OPEN: {CaseStatus.CHECKED, CaseStatus.FALSE_POSITIVE},
    CaseStatus.CHECKED: {CaseStatus.CLEANED, CaseStatus.FALSE_POSITIVE, CaseStatus.OPEN},
    CaseStatus.CLEANED: {CaseStatus.OPEN},
    CaseStatus.FALSE_POSITIVE: {CaseStatus.OPEN},
}


class _Base(DeclarativeBase):
    pass


class Case(_Base):
    """One infected host (or mailbox user) and how its handling is going."""

    __tablename__ = "hunt_case"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    host: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    host_names: Mapped[str] = mapped_column(Text, default="[]")
    indicators: Mapped[str] = mapped_column(Text, default="[]")
    sources: Mapped[str] = mapped_column(Text, default="[]")
    first_seen: Mapped[float] = mapped_column(Float)
    last_seen: Mapped[float] = mapped_column(Float)
    count: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(32), default=CaseStatus.OPEN.value, index=True)
    owner_unit: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    intel_version: Mapped[str] = mapped_column(String(255), default="")
    hunts: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    def indicator_list(self) -> list[str]:
        """Indicators contacted so far."""
        return list(json.loads(self.indicators))

    def to_json(self) -> dict[str, object]:
        """A plain dict for ``--json`` output."""
        return {
            "id": self.id,
            "host": self.host,
            "host_names": json.loads(self.host_names),
            "indicators": self.indicator_list(),
            "sources": json.loads(self.sources),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "count": self.count,
            "status": self.status,
            "owner_unit": self.owner_unit,
            "notes": self.notes,
            "intel_version": self.intel_version,
            "hunts": self.hunts,
        }


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    """What recording a hunt did to the case base."""

    created: int
    updated: int
    reopened: int


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """Counts for the campaign report."""

    found: int
    open: int
    checked: int
    cleaned: int
    false_positive: int
    intel_versions: tuple[str, ...]

    @property
    def outstanding(self) -> int:
        """Hosts not yet cleaned nor dismissed."""
        return self.open + self.checked

    @property
    def handled(self) -> int:
        """Hosts checked at least once (checked, cleaned or dismissed)."""
        return self.checked + self.cleaned + self.false_positive


def _union(old: str, new: Iterable[str]) -> str:
    return json.dumps(sorted(set(json.loads(old)) | set(new)), ensure_ascii=False)


def _epoch(when: datetime) -> float:
    # SQLite hands timezone-aware columns back naive; they were written in UTC.
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


class CaseStore:
    """Cases in the database at ``url`` (e.g. ``sqlite:///var/hunt.db``, ``postgresql+psycopg://…``)."""

    def __init__(self, url: str) -> None:
        try:
            self.engine = create_engine(url)
            _Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"case database {url}: {exc}") from exc

    def record(self, findings: Iterable[HostFinding], intel_version: str = "") -> MergeOutcome:
        """Create or update one case per host (idempotent for the same findings)."""
        created = updated = reopened = 0
        now = datetime.now(UTC)
        try:
            with Session(self.engine) as session, session.begin():
                for f in findings:
                    case = session.scalars(select(Case).where(Case.host == f.host)).one_or_none()
                    if case is None:
                        session.add(
                            Case(
                                host=f.host,
                                host_names=json.dumps(list(f.host_names), ensure_ascii=False),
                                indicators=json.dumps(sorted(f.indicators), ensure_ascii=False),
                                sources=json.dumps(list(f.sources), ensure_ascii=False),
                                first_seen=f.first_seen,
                                last_seen=f.last_seen,
                                count=f.count,
                                intel_version=intel_version,
                                created_at=now,
                                updated_at=now,
                            )
                        )
                        created += 1
                        continue
                    newer = f.last_seen > case.last_seen
                    closed = case.status in (CaseStatus.CLEANED, CaseStatus.FALSE_POSITIVE)
                    if closed and newer and case.closed_at and f.last_seen > _epoch(case.closed_at):
                        case.status = CaseStatus.OPEN.value
                        case.notes = (case.notes + "\n" if case.notes else "") + (
                            f"[{now:%Y-%m-%d}] re-opened: contact seen again at {f.last_seen:.0f}"
                        )
                        case.closed_at = None
                        reopened += 1
                    case.host_names = _union(case.host_names, f.host_names)
                    case.indicators = _union(case.indicators, f.indicators)
                    case.sources = _union(case.sources, f.sources)
                    case.first_seen = min(case.first_seen, f.first_seen)
                    case.last_seen = max(case.last_seen, f.last_seen)
                    # The same logs hunted twice must not double the count: keep the largest run.
                    case.count = max(case.count, f.count)
                    case.intel_version = intel_version or case.intel_version
                    case.hunts += 1
                    case.updated_at = now
                    updated += 1
        except SQLAlchemyError as exc:
            raise StoreError(f"recording cases failed: {exc}") from exc
        return MergeOutcome(created, updated, reopened)

    def find(self, status: str | None = None, owner_unit: str | None = None) -> list[Case]:
        """Cases, most active first, optionally filtered."""
        stmt = select(Case).order_by(Case.count.desc(), Case.host)
        if status:
            stmt = stmt.where(Case.status == CaseStatus(status).value)
        if owner_unit:
            stmt = stmt.where(Case.owner_unit == owner_unit)
        with Session(self.engine, expire_on_commit=False) as session:
            return list(session.scalars(stmt))

    def update(
        self,
        host: str,
        status: str | None = None,
        owner_unit: str | None = None,
        note: str | None = None,
        force: bool = False,
    ) -> Case:
        """Change a case's status (following the allowed flow unless ``force``), owner unit, or add a note."""
        now = datetime.now(UTC)
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            case = session.scalars(select(Case).where(Case.host == host)).one_or_none()
            if case is None:
                raise ConfigError(f"no case for host {host!r}")
            if status is not None:
                try:
                    new = CaseStatus(status)
                except ValueError:
                    raise ConfigError(f"unknown status {status!r}; one of {', '.join(CaseStatus)}") from None
                old = CaseStatus(case.status)
                if new != old and not force and new not in _ALLOWED[old]:
                    raise ConfigError(f"case {host}: cannot go from {old} to {new} (use --force)")
                case.status = new.value
                case.closed_at = now if new in (CaseStatus.CLEANED, CaseStatus.FALSE_POSITIVE) else None
            if owner_unit is not None:
                case.owner_unit = owner_unit
            if note:
                case.notes = (case.notes + "\n" if case.notes else "") + f"[{now:%Y-%m-%d}] {note}"
            case.updated_at = now
            return case

    def summary(self) -> CaseSummary:
        """Counts per status, for the campaign report."""
        cases = self.find()
        counts = {s: 0 for s in CaseStatus}
        for case in cases:
            counts[CaseStatus(case.status)] += 1
        versions = tuple(sorted({c.intel_version for c in cases if c.intel_version}))
        return CaseSummary(
            len(cases),
            counts[CaseStatus.OPEN],
            counts[CaseStatus.CHECKED],
            counts[CaseStatus.CLEANED],
            counts[CaseStatus.FALSE_POSITIVE],
            versions,
        )
