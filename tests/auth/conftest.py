"""Fixtures for sender-authentication tests and the conformance pass-count summary."""

from __future__ import annotations

from typing import Any

import pytest
from auth_suites import TALLY


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Print per-suite conformance counts (passed / xfailed / failed)."""
    if not TALLY:
        return
    terminalreporter.section("sender-authentication conformance")
    for suite in sorted(TALLY):
        counts = TALLY[suite]
        total = sum(counts.values())
        parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        terminalreporter.write_line(f"{suite}: {counts.get('pass', 0)}/{total} pass ({parts})")
