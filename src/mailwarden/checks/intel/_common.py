"""What the ``intel_*`` checks share: options, the cached index, and turning matches into hits.

The index comes from an :class:`~mailwarden.intel.sources.IndicatorSource` (by default the shared
store at ``store_url``, cached once per process for all four checks); tests inject a source.
``list_actions`` lets the operator force an action per list (``chiendich2022 = "reject"``), on top
of ``[forced]`` per symbol.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.base import Check, CheckContext, CheckResult
from mailwarden.intel.listed import IocMatch, ListedIndex
from mailwarden.intel.sources import IndexCache, IndicatorSource, cache_for_url
from mailwarden.verdict import Action, Hit

DEFAULT_STORE_URL = "sqlite:///var/mailwarden.db"  # the same default as [store] url


class IntelOptions(BaseModel):
    """Options of every ``intel_*`` check (``[checks.intel_ip]`` etc.)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    store_url: str = Field(DEFAULT_STORE_URL, description="indicator store; the same URL as [store] url")
    refresh_seconds: float = Field(30.0, gt=0, description="how often to look for re-imported lists")
    list_actions: dict[str, Action] = Field(
        default_factory=dict, description="list name = action forced when an indicator of that list hits"
    )
    ignore_lists: list[str] = Field(default_factory=list, description="lists not used by this check")


class IndexHolder:
    """Resolves the index for a check: an injected source, else the process cache for ``store_url``."""

    def __init__(self, options: IntelOptions, source: IndicatorSource | None) -> None:
        self.options = options
        self._cache = (
            IndexCache(source, options.refresh_seconds)
            if source is not None
            else cache_for_url(options.store_url, options.refresh_seconds)
        )

    def index(self) -> ListedIndex:
        return self._cache.get()

    async def current(self, ctx: CheckContext) -> ListedIndex:
        """The index without a thread hop per message; the store is only touched (in a worker thread)
        on first use and when the refresh interval is due."""
        index = self._cache.peek()  # (an empty index is falsy: compare with None)
        return index if index is not None else await ctx.run_blocking(self._cache.get)


def result_for(options: IntelOptions, found: Iterable[tuple[str, str, IocMatch]]) -> CheckResult:
    """Hits for ``(symbol, where, match)`` triples: one hit per symbol and indicator, lists named.

    The detail reads ``Received[2] 203.0.113.9: 203.0.113.0/24 in campaign-2022 (malware)``.
    """
    res = CheckResult()
    seen: set[tuple[str, str]] = set()
    for symbol, where, match in found:
        lists = tuple(ref for ref in match.lists if ref.name not in options.ignore_lists)
        if not lists or (symbol, match.indicator) in seen:
            continue
        seen.add((symbol, match.indicator))
        shown = IocMatch(match.kind, match.indicator, lists)
        res.hits.append(Hit(symbol, f"{where}: {shown.describe()}"))
        for ref in lists:
            act = options.list_actions.get(ref.name)
            if act is not None and (symbol not in res.forced or act.severity > res.forced[symbol].severity):
                res.forced[symbol] = act
    return res


class IntelCheck(Check):
    """Base of the ``intel_*`` checks: their options and the shared, cached indicator index."""

    Options: ClassVar[type[BaseModel]] = IntelOptions
    timeout = 30.0  # the first message of a process builds the index

    def __init__(self, options: BaseModel | None = None, source: IndicatorSource | None = None) -> None:
        super().__init__(options)
        assert isinstance(self.options, IntelOptions)
        self.holder = IndexHolder(self.options, source)
