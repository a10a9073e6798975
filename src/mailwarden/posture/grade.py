"""Grade a domain from its findings: a 0-100 score and a letter, with caps for critical/high findings."""

from __future__ import annotations

from collections.abc import Iterable

from mailwarden.posture.findings import Finding, Severity

WEIGHTS = {Severity.CRITICAL: 40, Severity.HIGH: 15, Severity.MEDIUM: 6, Severity.LOW: 2, Severity.INFO: 0}
_LETTERS = ((95, "A+"), (85, "A"), (70, "B"), (55, "C"), (40, "D"), (0, "F"))


def score(findings: Iterable[Finding]) -> int:
    """100 minus the weight of each distinct (code, target) finding, floored at 0."""
    seen = {(f.code, f.target): f.severity for f in findings}
    return max(0, 100 - sum(WEIGHTS[s] for s in seen.values()))


def grade(findings: Iterable[Finding]) -> tuple[str, int]:
    """Letter grade and score; any critical finding gives F, any high finding caps the grade at C."""
    items = list(findings)
    value = score(items)
    letter = next(letter for floor, letter in _LETTERS if value >= floor)
    worst = max((f.severity for f in items), default=Severity.INFO)
    if worst is Severity.CRITICAL:
        letter = "F"
    elif worst is Severity.HIGH and letter in ("A+", "A", "B"):
        letter = "C"
    return letter, value
