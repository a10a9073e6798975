"""Reference engine: plain Python streaming and dict aggregation (the baseline the others must equal)."""

from __future__ import annotations

from collections.abc import Callable

from mailwarden.hunt.aggregate import Aggregator
from mailwarden.hunt.findings import build_findings
from mailwarden.hunt.model import HuntResult, SourceStats
from mailwarden.hunt.sources import LogSource, read_source
from mailwarden.intel import IntelIndex

__all__ = ["PythonEngine"]

Progress = Callable[[LogSource], None]


class PythonEngine:
    """Single-threaded; useful for small inputs, tests and as the benchmark's plain-Python loop."""

    name = "python"

    def run(
        self, sources: list[LogSource], index: IntelIndex, year: int, progress: Progress | None = None
    ) -> HuntResult:
        """Hunt ``sources`` for contacts with ``index``."""
        agg = Aggregator()
        stats: list[SourceStats] = []
        for src in sources:
            events, st = read_source(src, year)
            agg.add_events(src.label, events)
            stats.append(st)
            if progress:
                progress(src)
        return HuntResult(build_findings(agg.iter_rows(), index), stats, self.name)
