"""The domain_age answers table on both databases: SQLite (default) and PostgreSQL (scripts/start_postgres.sh)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from mailwarden.checks.domainage.store import DateStore
from mailwarden.classifier.learned import engine_for_url

PG_URL = os.environ.get("MAILWARDEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:54329/mailwarden_test")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/dates.db"
        return
    try:
        DateStore(PG_URL)._eng()  # creates the table
        eng = engine_for_url(PG_URL)
        with eng.begin() as conn:
            conn.execute(text("DELETE FROM domain_dates"))
        eng.dispose()
    except Exception as e:  # unreachable server
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL not reachable at {PG_URL}: {e}")
        pytest.skip(f"PostgreSQL not reachable: {e}")
    yield PG_URL


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
