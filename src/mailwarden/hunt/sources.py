"""Resolve command-line paths to log sources (file, reader, header state) and read byte ranges of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mailwarden.errors import ConfigError
from mailwarden.hunt.files import compression_of, expand_paths, iter_lines, read_head
from mailwarden.hunt.model import Event, SourceStats
from mailwarden.hunt.readers import ReadContext, Reader, detect, get_reader

__all__ = ["LogSource", "plan_sources", "read_source"]


@dataclass(frozen=True, slots=True)
class LogSource:
    """One file to hunt in: how to read it and the label findings cite (``reader:file``)."""

    path: Path
    reader: Reader
    state: object | None
    compression: str | None
    size: int

    @property
    def label(self) -> str:
        """``bind:query.log`` — what the findings list as the source."""
        return f"{self.reader.name}:{self.path.name}"


def plan_sources(
    paths: list[Path], fmt: str | None = None, csv_map: str | None = None, rotated: bool = True
) -> tuple[list[LogSource], list[Path]]:
    """Expand paths, detect each file's family (or use ``fmt``); returns sources and unrecognised files."""
    forced = get_reader(fmt, csv_map) if fmt else None
    for path in paths:
        if not path.exists():
            raise ConfigError(f"log file not found: {path}")
    sources: list[LogSource] = []
    unknown: list[Path] = []
    for path in expand_paths(paths, rotated):
        head = read_head(path, 50)
        reader = forced or detect(head)
        if reader is None:
            unknown.append(path)
            continue
        sources.append(LogSource(path, reader, reader.prepare(head), compression_of(path), path.stat().st_size))
    return sources, unknown


def _range_lines(path: Path, start: int, end: int) -> Iterator[str]:
    """Lines whose first byte lies in ``[start, end)`` of an uncompressed file."""
    with path.open("rb", buffering=1 << 20) as fh:
        pos = start
        if start > 0:
            fh.seek(start - 1)
            pos = start - 1 + len(fh.readline())
        while pos < end:
            raw = fh.readline()
            if not raw:
                break
            pos += len(raw)
            yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def read_source(
    src: LogSource, year: int, start: int = 0, end: int | None = None
) -> tuple[Iterator[Event], SourceStats]:
    """Events of a whole source, or of a line-aligned byte range of an uncompressed one."""
    stats = SourceStats(str(src.path), src.reader.name)
    ctx = ReadContext(stats, year, src.state)
    lines = iter_lines(src.path) if end is None else _range_lines(src.path, start, end)
    return src.reader.parse(lines, ctx), stats
