"""The site-learning tables on both databases: SQLite (default) and PostgreSQL (scripts/start_postgres.sh).

Several gateway nodes share one learning store: additions must sum, never overwrite, and a node must
be able to read only what changed since the generation it last saw.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from mailwarden.classifier.learned import LearnBatch, LearnedCache, LearningRepository, engine_for_url

PgEmptied = Callable[[Callable[[str], object], tuple[str, ...]], str]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path, pg_emptied: PgEmptied) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/learn.db"
        return
    yield pg_emptied(lambda u: LearningRepository(engine_for_url(u)), ("learn_deltas", "learn_stats"))


def test_additions_from_two_nodes_sum_per_bucket(url: str) -> None:
    a = LearningRepository(engine_for_url(url))
    b = LearningRepository(engine_for_url(url))
    g1 = a.add_many({5: 0.25, 7: -1.0}, {"spam": 1})
    g2 = b.add_many({7: 0.5, 9: 2.0}, {"ham": 1, "report_ham": 1})
    assert g2 == g1 + 1
    weights, gen = a.load()
    assert gen == g2
    assert weights[5] == pytest.approx(0.25)
    assert weights[7] == pytest.approx(-0.5)  # summed, not overwritten by the second node
    assert weights[9] == pytest.approx(2.0)
    stats = a.stats()
    assert (stats.spam, stats.ham, stats.buckets) == (1, 1, 3)
    assert stats.by_source == {"report_ham": 1}


def test_changes_since_a_generation_are_only_the_touched_buckets(url: str) -> None:
    repo = LearningRepository(engine_for_url(url))
    g1 = repo.add_many({1: 1.0, 2: 1.0}, {"spam": 1})
    repo.add_many({2: 1.0, 3: 1.0}, {"ham": 1})
    idx, vals, _gen, ok = repo.changes(g1)
    assert ok
    assert dict(zip(idx.tolist(), vals.tolist(), strict=True)) == {2: 2.0, 3: 1.0}


def test_a_batch_of_many_learns_writes_their_sums(url: str) -> None:
    """``eval --online`` groups learns: the stored weights equal the per-learn sums."""
    cache = LearnedCache(url, refresh_seconds=0.0)
    batch = LearnBatch()
    rng = np.random.default_rng(3)
    expected: dict[int, float] = {}
    for i in range(50):
        idx = rng.choice(20_000, size=400, replace=False).astype(np.int64)
        vals = rng.normal(size=400).astype(np.float32)
        batch.add(idx, vals, "spam" if i % 2 else "ham")
        for k, v in zip(idx.tolist(), vals.tolist(), strict=True):
            expected[k] = expected.get(k, 0.0) + v
    batch.flush(cache)
    assert batch.labels == {} and batch.deltas == {}  # emptied: a second flush writes nothing twice
    batch.flush(cache)
    weights, _gen = LearningRepository(engine_for_url(url)).load()
    keys = np.array(sorted(expected), np.int64)
    assert np.allclose(weights[keys], [expected[k] for k in keys.tolist()], atol=1e-5)
    stats = LearningRepository(engine_for_url(url)).stats()
    assert (stats.spam, stats.ham, stats.buckets) == (25, 25, len(expected))
