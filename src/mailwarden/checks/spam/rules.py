"""The rule checks whose hits the classifier takes as features (``r:SYMBOL`` buckets).

Only local content rules: they give the same hits in training (offline, on a corpus) as on the
gateway. Authentication, DNS lists, indicators and antivirus are left out: offline they never fire,
so a model trained on a corpus could not learn their weight (their points count in the score anyway).
Named, not imported: checks never import each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from mailwarden.verdict import Hit

RULE_CHECK_NAMES: tuple[str, ...] = ("headers", "body", "subject", "mime", "phishing")
# The engine's own symbols for a check that failed or timed out are not evidence.
_ENGINE_SYMBOLS = frozenset({"CHECK_ERROR", "CHECK_TIMEOUT", "CHECK_SKIPPED_OFFLINE"})


def rule_symbols(hits: Iterable[tuple[str, str]]) -> list[str]:
    """The classifier's rule features among ``(check name, symbol)`` pairs, sorted and unique."""
    return sorted({sym for check, sym in hits if check in RULE_CHECK_NAMES and sym not in _ENGINE_SYMBOLS})


def rule_symbols_of_hits(hits_by_check: dict[str, list[Hit]]) -> list[str]:
    return rule_symbols((name, h.symbol) for name, hl in hits_by_check.items() for h in hl)
