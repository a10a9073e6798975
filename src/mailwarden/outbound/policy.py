"""Operator policy words for outbound control and the actions they force."""

from __future__ import annotations

from typing import Literal

from mailwarden.verdict import Action

PolicyWord = Literal["allow", "warn", "hold", "reject"]

_FORCED: dict[str, Action | None] = {
    "allow": None,  # the symbol is not even emitted
    "warn": None,  # emitted and scored (event log, X-Mailwarden-Symbols) but no forced action
    "hold": Action.QUARANTINE,  # kept in quarantine until an approver releases or denies it
    "reject": Action.REJECT,  # 5xx at end of DATA; the sender's MTA tells the sender
}


def forced_action(word: PolicyWord) -> Action | None:
    """The action a policy word forces when its symbol hits."""
    return _FORCED[word]
