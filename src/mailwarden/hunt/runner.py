"""Entry point of a hunt: plan sources, pick an engine, run it, attach the intel list version."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from mailwarden.errors import ConfigError
from mailwarden.hunt.model import HuntResult
from mailwarden.hunt.sources import LogSource, plan_sources
from mailwarden.intel import IndicatorList, IntelIndex

__all__ = ["ENGINES", "Engine", "make_engine", "run_hunt"]

ENGINES = ("duckdb", "dask", "python")
ProgressFn = Callable[[LogSource], None]


class Engine(Protocol):
    """What every engine offers."""

    name: str

    def run(
        self,
        sources: list[LogSource],
        index: IntelIndex,
        year: int,
        progress: Callable[[LogSource], None] | None = None,
    ) -> HuntResult:
        """Hunt the sources."""
        ...


def make_engine(name: str, workers: int | None = None, scheduler_address: str | None = None) -> Engine:
    """Build an engine by name (imports are lazy: dask and duckdb are optional extras).

    ``scheduler_address`` (``tcp://host:8786``) runs the Dask engine on an existing cluster.
    """
    if name == "duckdb":
        from mailwarden.hunt.engine_duckdb import DuckDbEngine

        return DuckDbEngine(threads=workers)
    if name == "dask":
        from mailwarden.hunt.engine_dask import DaskEngine

        if scheduler_address:
            from distributed import Client  # type: ignore[import-untyped]

            return DaskEngine(scheduler=Client(scheduler_address))  # type: ignore[no-untyped-call]
        return DaskEngine(scheduler="processes" if workers and workers > 1 else "threads", workers=workers)
    if name == "python":
        from mailwarden.hunt.engine_python import PythonEngine

        return PythonEngine()
    raise ConfigError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")


def run_hunt(
    logs: list[Path],
    intel: IndicatorList,
    engine: Engine | str = "duckdb",
    fmt: str | None = None,
    csv_map: str | None = None,
    year: int | None = None,
    rotated: bool = True,
    progress: Callable[[LogSource], None] | None = None,
) -> tuple[HuntResult, list[Path]]:
    """Hunt ``logs`` for ``intel``; returns the result and the files no reader recognised."""
    sources, unknown = plan_sources(logs, fmt, csv_map, rotated)
    eng = make_engine(engine) if isinstance(engine, str) else engine
    result = eng.run(sources, IntelIndex(intel.indicators), year or datetime.now(UTC).year, progress)
    result.intel_version = intel.version
    return result, unknown
