"""Open log files whatever their compression, and expand a path to its rotated siblings."""

from __future__ import annotations

import bz2
import gzip
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["compression_of", "expand_paths", "iter_lines", "open_text", "read_head"]

_MAGIC = {b"\x1f\x8b": "gzip", b"\x28\xb5\x2f\xfd": "zstd", b"BZh": "bz2"}
_ROTATED = re.compile(r"^(?P<base>.+?)(?:[.-](?:\d{1,3}|\d{8}(?:\d{2})?))(?:\.(?:gz|zst|bz2))?$")


def compression_of(path: Path) -> str | None:
    """``gzip``, ``zstd``, ``bz2`` or ``None``, by magic number (rotated files often lack an extension)."""
    with path.open("rb") as fh:
        head = fh.read(4)
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            return name
    return None


def open_text(path: Path) -> IO[str]:
    """Open a possibly compressed log as UTF-8 text; undecodable bytes become U+FFFD, never an error."""
    kind = compression_of(path)
    raw: Any
    if kind == "gzip":
        raw = gzip.open(path, "rb")  # noqa: SIM115 - returned wrapped, closed by the caller
    elif kind == "bz2":
        raw = bz2.open(path, "rb")  # noqa: SIM115
    elif kind == "zstd":
        import zstandard

        stream = zstandard.ZstdDecompressor().stream_reader(path.open("rb"), read_across_frames=True)
        raw = io.BufferedReader(stream, 1 << 20)
    else:
        raw = path.open("rb")
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline=None)


def iter_lines(path: Path) -> Iterator[str]:
    """Stream the lines of a log without their line ends."""
    with open_text(path) as fh:
        for line in fh:
            yield line.rstrip("\r\n")


def read_head(path: Path, count: int = 20) -> list[str]:
    """The first ``count`` lines, for format detection and header capture."""
    out: list[str] = []
    with open_text(path) as fh:
        for line in fh:
            out.append(line.rstrip("\r\n"))
            if len(out) >= count:
                break
    return out


def expand_paths(paths: list[Path], rotated: bool = True) -> list[Path]:
    """Directories become their files; a file also brings its rotations (``x.log.1``, ``x.log.2.gz``).

    Order is stable and duplicates are removed.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen and p.is_file():
            seen.add(key)
            out.append(p)

    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                add(child)
            continue
        add(path)
        if rotated and path.parent.is_dir():
            for sibling in sorted(path.parent.iterdir()):
                m = _ROTATED.match(sibling.name)
                if m and m.group("base") == path.name:
                    add(sibling)
    return out
