"""Fixtures for the outbound end-to-end tests: the real Postfix on loopback (scripts/start_postfix.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mailwarden.testing.inline import SMTP_PORT, port_open

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def postfix() -> None:
    """Real Postfix; in CI it must be there, locally the test is skipped without it."""
    if not port_open(SMTP_PORT) and shutil.which("postfix") and os.geteuid() == 0:
        subprocess.run([str(REPO / "scripts" / "start_postfix.sh"), "start"], check=False, capture_output=True)
    if not port_open(SMTP_PORT):
        if os.environ.get("CI") == "true":
            pytest.fail("Postfix is not listening on 127.0.0.1:10026 (scripts/start_postfix.sh)")
        pytest.skip("Postfix not available (run scripts/start_postfix.sh as root)")
