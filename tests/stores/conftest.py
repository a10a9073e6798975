"""PostgreSQL for the store tests (scripts/start_postgres.sh): reachable in CI, skipped elsewhere when not."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from sqlalchemy import text

from mailwarden.classifier.learned import engine_for_url

PG_URL = os.environ.get("MAILWARDEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:54329/mailwarden_test")


def emptied_pg(create: Callable[[str], object], tables: tuple[str, ...]) -> str:
    """``PG_URL`` after ``create(PG_URL)`` made the tables and ``tables`` were emptied; fails the test in
    CI and skips it elsewhere when the server cannot be reached."""
    try:
        create(PG_URL)
        eng = engine_for_url(PG_URL)
        with eng.begin() as conn:
            for t in tables:
                conn.execute(text(f"DELETE FROM {t}"))
        eng.dispose()
    except Exception as e:  # unreachable server
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL not reachable at {PG_URL}: {e}")
        pytest.skip(f"PostgreSQL not reachable: {e}")
    return PG_URL


@pytest.fixture
def pg_emptied() -> Callable[[Callable[[str], object], tuple[str, ...]], str]:
    """``emptied_pg`` for tests (conftest helpers are reached through fixtures, not imports)."""
    return emptied_pg
