"""Parts of a family check: rule groups run one after another inside one Check (no task per rule group).

The engine runs each Check as an asyncio task with its own timeout; for a dozen cheap regex rule
groups that bookkeeping cost more than the rules themselves, so a family (headers, body, ...)
is one Check whose parts are these plain objects. A part is not discovered as a check.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

from pydantic import BaseModel

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, NoOptions, SymbolDef
from mailwarden.verdict import Hit


class Part(ABC):
    """One rule group: declared symbols and a ``run`` like a Check's."""

    name: ClassVar[str]
    description: ClassVar[str] = ""
    symbols: ClassVar[Sequence[SymbolDef]] = ()
    needs: ClassVar[frozenset[Need]] = frozenset()

    def __init__(self, options: BaseModel | None = None) -> None:
        self.options = options if options is not None else NoOptions()

    @abstractmethod
    async def run(self, ctx: CheckContext) -> CheckResult:
        """Hits of this rule group."""


def part_symbols(parts: Sequence[type[Part]]) -> tuple[SymbolDef, ...]:
    return tuple(s for p in parts for s in p.symbols)


def part_needs(parts: Sequence[type[Part]]) -> frozenset[Need]:
    return frozenset(n for p in parts for n in p.needs)


class FamilyCheck(Check):
    """A Check made of parts; subclasses set ``parts`` (and symbols/needs from them)."""

    parts: ClassVar[tuple[type[Part], ...]] = ()

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        self._parts = [p(self.options) for p in self.parts]

    async def run_parts(self, ctx: CheckContext) -> CheckResult:
        """Every part in order; a family's ``run`` returns this (``run`` stays abstract here so the
        registry does not take this base class for a check)."""
        hits: list[Hit] = []
        for part in self._parts:
            hits.extend((await part.run(ctx)).hits)
        return CheckResult(hits)
