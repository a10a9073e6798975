"""Shared test fixtures: the third-party corpora beside the checkout, the test clamd."""

from __future__ import annotations

import os
import socket
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


CLAMD_TCP = os.environ.get("MAILWARDEN_TEST_CLAMD", "127.0.0.1:13311")
CLAMD_SOCKET = os.environ.get("MAILWARDEN_TEST_CLAMD_SOCKET", "/tmp/mailwarden-clamd/run/clamd.ctl")


def _reachable(hostport: str) -> bool:
    host, _, port = hostport.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def clamd_addresses() -> tuple[str, str]:
    """(tcp, unix socket) of the test clamd (scripts/start_clamd.sh); skipped locally when absent, a failure in CI."""
    if not _reachable(CLAMD_TCP) or not os.path.exists(CLAMD_SOCKET):
        msg = f"clamd not running on {CLAMD_TCP} / {CLAMD_SOCKET}: run scripts/start_clamd.sh start"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return CLAMD_TCP, CLAMD_SOCKET
