"""Fixtures for the file analyzers: the test clamd started by scripts/start_clamd.sh."""

from __future__ import annotations

import os
import socket

import pytest

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
    """(tcp, unix socket) of the test clamd; skipped locally when absent, a failure in CI."""
    if not _reachable(CLAMD_TCP) or not os.path.exists(CLAMD_SOCKET):
        msg = f"clamd not running on {CLAMD_TCP} / {CLAMD_SOCKET}: run scripts/start_clamd.sh start"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return CLAMD_TCP, CLAMD_SOCKET
