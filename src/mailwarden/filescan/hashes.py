"""File hash indicators (MD5/SHA-1/SHA-256): a simple list loader until the intel package's matchers replace it.

Format: one hash per line, optionally followed by whitespace and a label; '#' starts a comment. The
hash kind is told by length (32/40/64 hex digits). ``HashMatcher`` is the interface the intel package
will implement; checks use only it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mailwarden.errors import ConfigError

log = logging.getLogger(__name__)

_HEX = re.compile(r"^[0-9a-fA-F]+$")
_KIND_BY_LEN = {32: "md5", 40: "sha1", 64: "sha256"}


@dataclass(frozen=True, slots=True)
class FileHashes:
    md5: str
    sha1: str
    sha256: str

    @classmethod
    def of(cls, data: bytes) -> FileHashes:
        return cls(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True, slots=True)
class HashHit:
    kind: str  # md5 | sha1 | sha256
    value: str
    label: str
    source: str


class HashMatcher(Protocol):
    """What the hash check needs from an indicator store."""

    def lookup(self, hashes: FileHashes) -> list[HashHit]: ...


class HashList:
    """Hash indicators from plain files, reloaded when a file's mtime changes."""

    def __init__(self, paths: Sequence[str | Path] = ()) -> None:
        self.paths = [Path(p) for p in paths]
        self._by_value: dict[str, tuple[str, str, str]] = {}
        self._stamp: tuple[tuple[str, int], ...] = ()
        self.refresh(strict=True)

    def __len__(self) -> int:
        return len(self._by_value)

    def _current_stamp(self) -> tuple[tuple[str, int], ...]:
        out: list[tuple[str, int]] = []
        for p in self.paths:
            try:
                out.append((str(p), p.stat().st_mtime_ns))
            except OSError:
                out.append((str(p), -1))
        return tuple(out)

    def refresh(self, strict: bool = False) -> bool:
        """Reload if any file changed. A missing file is a ConfigError at startup, a warning later."""
        stamp = self._current_stamp()
        if stamp == self._stamp:
            return False
        table: dict[str, tuple[str, str, str]] = {}
        for p in self.paths:
            try:
                text = p.read_text(encoding="utf-8", errors="replace")
            except OSError as e:
                if strict:
                    raise ConfigError(f"hash indicator file {p}: {e}") from e
                log.warning("hash indicator file %s unreadable, keeping previous list: %s", p, e)
                return False
            for kind, value, label in parse_hash_lines(text.splitlines()):
                table.setdefault(value, (kind, label, p.name))
        self._by_value = table
        self._stamp = stamp
        return True

    def add(self, value: str, label: str = "", source: str = "inline") -> None:
        kind = _KIND_BY_LEN.get(len(value))
        if kind is None or not _HEX.match(value):
            raise ValueError(f"not an MD5/SHA-1/SHA-256 hex digest: {value!r}")
        self._by_value[value.lower()] = (kind, label, source)

    def lookup(self, hashes: FileHashes) -> list[HashHit]:
        self.refresh()
        hits: list[HashHit] = []
        for value in (hashes.sha256, hashes.sha1, hashes.md5):
            found = self._by_value.get(value)
            if found is not None:
                hits.append(HashHit(found[0], value, found[1], found[2]))
        return hits


def parse_hash_lines(lines: Iterable[str]) -> Iterable[tuple[str, str, str]]:
    """(kind, lower-case hex, label) for each valid line; malformed lines are skipped (and logged)."""
    for n, line in enumerate(lines, 1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        value, _, label = body.partition(" ")
        if "\t" in value:
            value, _, label = value.partition("\t")
        kind = _KIND_BY_LEN.get(len(value))
        if kind is None or not _HEX.match(value):
            log.debug("hash list line %d ignored: %r", n, line[:80])
            continue
        yield kind, value.lower(), label.strip()
