"""The fuzzy digests on both databases: SQLite (default) and PostgreSQL (scripts/start_postgres.sh)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from mailwarden.checks.fuzzy.digest import PERMUTATIONS, TextDigest
from mailwarden.checks.fuzzy.store import FuzzyStore
from mailwarden.errors import StoreError

PgEmptied = Callable[[Callable[[str], object], tuple[str, ...]], str]
DAY = 86400.0


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path, pg_emptied: PgEmptied) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/fuzzy.db"
        return
    yield pg_emptied(lambda u: FuzzyStore(u)._eng(), ("fuzzy_bands", "fuzzy_digests"))


def digest(seed: int, same_as: TextDigest | None = None, keep: int = PERMUTATIONS) -> TextDigest:
    """A digest, or one that agrees with ``same_as`` on its first ``keep`` values (of 64)."""
    vals = np.random.default_rng(seed).integers(0, 2**32, PERMUTATIONS, dtype=np.uint64)
    if same_as is not None:
        vals[:keep] = same_as.values[:keep]
    return TextDigest(vals, 100)


def test_near_copies_match_on_another_node_and_unrelated_digests_do_not(url: str) -> None:
    a, b = FuzzyStore(url), FuzzyStore(url)  # two gateway nodes
    reported = digest(1)
    assert a.add(reported, ["f" * 64], "spam", "phishing", "report", DAY, 0.7) == (2, 0)
    near = b.match(digest(2, reported, 52), [], 0.7)
    assert [(m.kind, m.flag, m.category, m.similarity) for m in near] == [("text", "spam", "phishing", 0.8125)]
    assert b.match(digest(3, reported, 32), [], 0.7) == []  # shares bands, below the threshold
    assert b.match(digest(4), [], 0.7) == []
    files = b.match(None, ["f" * 64, "0" * 64], 0.7)
    assert [(m.kind, m.similarity) for m in files] == [("file", 1.0)]


def test_adding_again_refreshes_and_a_release_replaces_the_report(url: str) -> None:
    st = FuzzyStore(url)
    d = digest(5)
    st.add(d, [], "spam", "spam", "manual", DAY, 0.7)
    st.add(d, [], "spam", "spam", "report", DAY, 0.7)
    (m,) = st.match(d, [], 0.7)
    assert (m.count, m.source) == (2, "report")
    # Releasing a near-copy deletes the report it matches and stores the release.
    assert st.add(digest(6, d, 58), [], "ham", "", "release", DAY, 0.7) == (1, 1)
    assert [(x.flag, x.similarity) for x in st.match(d, [], 0.7)] == [("ham", 0.90625)]
    assert st.stats().digests == {"text_ham": 1}
    assert st.delete(d, [], 0.7) == 1 and st.match(d, [], 0.7) == []


def test_expired_digests_stop_matching_and_are_purged(url: str) -> None:
    st = FuzzyStore(url)
    old, live = digest(7), digest(8)
    st.add(old, ["a" * 64], "spam", "malware", "manual", -1.0, 0.7)
    st.add(live, [], "spam", "spam", "manual", DAY, 0.7)
    assert st.match(old, ["a" * 64], 0.7) == []
    s = st.stats()
    assert s.expired == 2 and s.digests == {"text_spam": 1} and s.sources == {"manual": 1}
    assert st.purge() == 2
    assert st.stats().expired == 0 and len(st.match(live, [], 0.7)) == 1


def test_bad_flags_and_an_unreachable_database() -> None:
    st = FuzzyStore("postgresql://nobody@127.0.0.1:1/none")
    assert st.match(digest(9), [], 0.7) == [] and st.down  # scoring goes on without it, not retried at once
    with pytest.raises(StoreError):
        st.add(digest(9), [], "spam", "spam", "manual", DAY, 0.7)
    with pytest.raises(ValueError):
        FuzzyStore("sqlite://").add(digest(9), [], "junk", "spam", "manual", DAY, 0.7)


async def test_the_check_reads_the_shared_store_of_either_database(url: str) -> None:
    """On PostgreSQL the lookup runs in a worker thread (a server may be slow), on SQLite inline."""
    from mailwarden.checks.fuzzy.check import FuzzyOptions, digests_of
    from mailwarden.config import settings_from_mapping
    from mailwarden.dns import OfflineResolver
    from mailwarden.engine import Engine
    from mailwarden.message import parse_message

    words = " ".join(f"campaign{i % 40} text{i % 7}" for i in range(60))
    raw = f"From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\n\r\n{words}\r\n".encode()
    FuzzyStore(url).add(*digests_of(parse_message(raw), FuzzyOptions()), "spam", "spam", "report", DAY, 0.7)
    settings = settings_from_mapping({"general": {"offline": True}, "checks": {"fuzzy": {"store_url": url}}})
    verdict = await Engine(settings, OfflineResolver()).scan_bytes(raw)
    assert [s.score for s in verdict.symbols if s.name == "FUZZY_SPAM"] == [10.0]


def test_lookups_read_only_the_candidates_not_every_stored_digest(tmp_path: Path) -> None:
    """A site's reports pile up (90 days of them): each message's lookup, and each report's check for
    the opposite flag, must go from the band index to the few candidates by primary key. Written with
    ``id IN (subquery) AND kind = 'text'``, SQLite read every text digest per lookup, and the online
    evaluation slowed from 165 to 99 messages a second over 12,000 messages."""
    from sqlalchemy import event

    st = FuzzyStore(f"sqlite:///{tmp_path}/fuzzy.db")
    reported = digest(10)
    st.add(reported, ["b" * 64], "spam", "spam", "report", DAY, 0.7)
    eng = st._eng()
    assert eng is not None
    plans: list[str] = []

    def explain(conn: object, cursor: object, statement: str, params: object, context: object, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "fuzzy_bands" in statement:
            raw = eng.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute("EXPLAIN QUERY PLAN " + statement, params)  # type: ignore[arg-type]
                plans.extend(str(row[3]) for row in cur.fetchall())
            finally:
                raw.close()

    event.listen(eng, "before_cursor_execute", explain)
    try:
        assert len(st.match(digest(11, reported, 56), [], 0.7)) == 1
        st.add(digest(12, reported, 60), [], "ham", "", "release", DAY, 0.7)
    finally:
        event.remove(eng, "before_cursor_execute", explain)
    digest_reads = [p for p in plans if "fuzzy_digests" in p]
    assert plans and digest_reads, plans
    assert all("PRIMARY KEY" in p for p in digest_reads), plans
    assert any(p.startswith("SEARCH fuzzy_bands") for p in plans), plans
