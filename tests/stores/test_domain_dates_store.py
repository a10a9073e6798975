"""The domain_age answers table on both databases: SQLite (default) and PostgreSQL (scripts/start_postgres.sh)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailwarden.checks.domainage.store import DateStore

PgEmptied = Callable[[Callable[[str], object], tuple[str, ...]], str]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path, pg_emptied: PgEmptied) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/dates.db"
        return
    yield pg_emptied(lambda u: DateStore(u)._eng(), ("domain_dates",))


def test_answers_round_trip_per_service_and_expire(url: str) -> None:
    when = datetime(2020, 1, 5, 10, 0, tzinfo=UTC)
    a, b = DateStore(url), DateStore(url)  # two nodes
    a.put_many("rdap", [("fresh.example", when, 3600), ("unknown.example", None, 3600), ("old.example", when, -1)])
    got = b.get_many("rdap", ["fresh.example", "unknown.example", "old.example", "never.example"])
    assert got == {"fresh.example": when, "unknown.example": None}  # expired and never-asked are absent
    assert b.get_many("ct", ["fresh.example"]) == {}
    later = datetime(2021, 3, 1, tzinfo=UTC)
    b.put_many("rdap", [("fresh.example", later, 3600)])  # a newer answer replaces the old one
    assert a.get_many("rdap", ["fresh.example"]) == {"fresh.example": later}


def test_an_unreachable_database_answers_nothing_and_raises_nothing() -> None:
    s = DateStore("postgresql://nobody@127.0.0.1:1/none")
    s.put_many("rdap", [("x.example", None, 60)])
    assert s.get_many("rdap", ["x.example"]) == {}
    assert s.down  # not tried again for a minute: no connect attempt per message
