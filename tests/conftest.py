"""Shared test fixtures: paths to the third-party corpora beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
CORPORA = SHARED / "corpora"


def require_corpora() -> Path:
    """The corpora dir; in CI its absence is a failure, locally a skip."""
    if not CORPORA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CORPORA} missing in CI")
        pytest.skip(f"{CORPORA} not present")
    return CORPORA


@pytest.fixture
def corpora() -> Path:
    return require_corpora()
