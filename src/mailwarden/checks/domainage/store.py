"""Looked-up domain dates kept in a database (SQLite or PostgreSQL), shared by every gateway node and
kept across restarts: RDAP servers and crt.sh rate-limit, and a restarted node must not ask again for
every domain of the site's correspondence.

Layering: checks may not import ``stores``, so the table lives here, as the classifier's learned
weights do. The store is advisory: when it is unreachable, lookups go to the service as without it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Column, Float, MetaData, String, Table, and_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from mailwarden.classifier.learned import engine_for_url

log = logging.getLogger(__name__)

metadata = MetaData()

domain_dates = Table(
    "domain_dates",
    metadata,
    Column("service", String(16), primary_key=True),  # "rdap", "ct"
    Column("domain", String(253), primary_key=True),
    Column("date", String(40), nullable=True),  # ISO 8601, aware; NULL: the service knows no date
    Column("expires", Float, nullable=False, index=True),  # Unix time
)


RETRY_SECONDS = 60.0


class DateStore:
    """``get_many``/``put_many`` never raise: a failing database is logged and not used for a minute."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._down_until = 0.0

    @property
    def down(self) -> bool:
        return time.monotonic() < self._down_until

    def _eng(self) -> Engine:
        with self._lock:
            if self._engine is None:
                eng = engine_for_url(self.url)
                metadata.create_all(eng)
                self._engine = eng
            return self._engine

    def get_many(self, service: str, domains: Iterable[str]) -> dict[str, datetime | None]:
        """The unexpired dates known for ``domains`` (a domain with no row is not in the answer)."""
        names = list(domains)
        if not names or self.down:
            return {}
        try:
            with self._eng().connect() as conn:
                rows = conn.execute(
                    select(domain_dates.c.domain, domain_dates.c.date).where(
                        and_(
                            domain_dates.c.service == service,
                            domain_dates.c.domain.in_(names),
                            domain_dates.c.expires > time.time(),
                        )
                    )
                ).all()
        except (SQLAlchemyError, OSError) as e:  # OSError: the SQLite directory
            self._warn(e)
            return {}
        out: dict[str, datetime | None] = {}
        for domain, text in rows:
            try:
                out[str(domain)] = datetime.fromisoformat(text) if text else None
            except ValueError:
                continue
        return out

    def put_many(self, service: str, rows: Iterable[tuple[str, datetime | None, float]]) -> None:
        """Store (domain, date or None, time to live in seconds) answers."""
        now = time.time()
        values = [
            {"service": service, "domain": d, "date": when.isoformat() if when else None, "expires": now + ttl}
            for d, when, ttl in rows
        ]
        if not values or self.down:
            return
        try:
            eng = self._eng()
            ins = postgresql.insert(domain_dates) if eng.dialect.name == "postgresql" else sqlite.insert(domain_dates)
            stmt = ins.on_conflict_do_update(
                index_elements=["service", "domain"], set_={"date": ins.excluded.date, "expires": ins.excluded.expires}
            )
            with eng.begin() as conn:
                conn.execute(stmt, values)
                # Expired rows of this service are dropped as new ones come in (bounded table).
                conn.execute(
                    domain_dates.delete().where(
                        and_(domain_dates.c.service == service, domain_dates.c.expires < now - 86400)
                    )
                )
        except (SQLAlchemyError, OSError) as e:  # OSError: the SQLite directory
            self._warn(e)

    def _warn(self, e: Exception) -> None:
        self._down_until = time.monotonic() + RETRY_SECONDS
        log.warning("domain-date store %s unusable for %.0f s, asking the services directly: %s",
                    self.url, RETRY_SECONDS, e)  # fmt: skip
