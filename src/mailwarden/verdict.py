"""Shared vocabulary of results: actions, categories, symbol hits and the verdict."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Action(enum.StrEnum):
    """What to do with a message, ordered from mildest to harshest (see ``severity``)."""

    ACCEPT = "accept"
    ADD_HEADER = "add_header"
    QUARANTINE = "quarantine"
    TEMPFAIL = "tempfail"
    REJECT = "reject"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {
    Action.ACCEPT: 0,
    Action.ADD_HEADER: 1,
    Action.QUARANTINE: 2,
    Action.TEMPFAIL: 3,
    Action.REJECT: 4,
}


class Direction(enum.StrEnum):
    """Mail flow direction, decided from the client network, SASL authentication and recipient domains."""

    INBOUND = "inbound"  # from outside to us
    OUTBOUND = "outbound"  # from inside (our network or an authenticated user) to outside
    INTERNAL = "internal"  # from inside to our own domains only


class Category(enum.StrEnum):
    """Why a message is bad; a symbol may carry one."""

    SPAM = "spam"
    PHISHING = "phishing"
    MALWARE = "malware"
    SPOOF = "spoof"
    DLP = "dlp"
    POLICY = "policy"


@dataclass(frozen=True, slots=True)
class Hit:
    """A symbol emitted by a check, before scoring. ``weight`` multiplies the configured score."""

    symbol: str
    detail: str = ""
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class SymbolResult:
    """A scored symbol in a verdict."""

    name: str
    score: float
    detail: str
    check: str
    group: str
    category: Category | None = None


@dataclass(frozen=True, slots=True)
class AuthSummary:
    """RFC 8601 result words for each sender-authentication method."""

    spf: str = "none"
    dkim: str = "none"
    dmarc: str = "none"
    arc: str = "none"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The engine's answer for one message. A verdict is a return value, never an exception."""

    action: Action
    score: float
    symbols: tuple[SymbolResult, ...]
    categories: frozenset[Category]
    headers: tuple[tuple[str, str], ...]
    auth: AuthSummary = field(default_factory=AuthSummary)
    reason: str = ""
    forced_by: str | None = None
    errors: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)

    def has(self, symbol: str) -> bool:
        return any(s.name == symbol for s in self.symbols)

    def to_json(self) -> dict[str, object]:
        return {
            "action": self.action.value,
            "score": round(self.score, 3),
            "categories": sorted(c.value for c in self.categories),
            "symbols": [{"name": s.name, "score": round(s.score, 3), "detail": s.detail} for s in self.symbols],
            "auth": {
                "spf": self.auth.spf,
                "dkim": self.auth.dkim,
                "dmarc": self.auth.dmarc,
                "arc": self.auth.arc,
            },
            "reason": self.reason,
            "forced_by": self.forced_by,
            "errors": list(self.errors),
            "skipped": list(self.skipped),
        }
