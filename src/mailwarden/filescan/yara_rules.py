"""YARA rule set: shipped rules plus operator directories, compiled once, recompiled when a rule file changes."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yara  # type: ignore[import-not-found]

from mailwarden.errors import ConfigError

log = logging.getLogger(__name__)

RULE_SUFFIXES = (".yar", ".yara")
SHIPPED_NAMESPACE = "mailwarden"


@dataclass(frozen=True, slots=True)
class YaraMatch:
    rule: str
    namespace: str
    tags: tuple[str, ...]
    description: str
    weight: float = 1.0  # rule meta "weight": multiplies the symbol's score


def shipped_rule_dir() -> Path:
    """Our own rules, installed with the package (mailwarden/data/yara)."""
    return Path(str(resources.files("mailwarden.data").joinpath("yara")))


def _rule_files(dirs: Sequence[Path]) -> dict[str, Path]:
    """Namespace -> file; the namespace is "<dir name>/<file stem>" so equal rule names in two files coexist."""
    out: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        for p in sorted(d.rglob("*")):
            if p.suffix.lower() in RULE_SUFFIXES and p.is_file():
                out[f"{d.name}/{p.relative_to(d).with_suffix('').as_posix()}"] = p
    return out


class YaraRuleSet:
    """Thread-safe compiled rules. ``match`` recompiles first when any rule file was added, removed or touched.

    A syntax error in an operator's file at startup is a ConfigError; after a reload it is logged and
    the previous (working) rules stay in force, so a bad edit never switches scanning off.
    """

    def __init__(self, operator_dirs: Sequence[str | Path] = (), include_shipped: bool = True, timeout: int = 10):
        self.dirs = ([shipped_rule_dir()] if include_shipped else []) + [Path(d) for d in operator_dirs]
        self.timeout = timeout
        self._lock = threading.Lock()
        self._stamp: tuple[tuple[str, int, int], ...] = ()
        self._rules: yara.Rules | None = None
        self.reloads = 0
        self.last_error: str | None = None
        try:
            self._compile(self._current_stamp())
        except yara.Error as e:
            raise ConfigError(f"YARA rules: {e}") from e

    def _current_stamp(self) -> tuple[tuple[str, int, int], ...]:
        stamp: list[tuple[str, int, int]] = []
        for ns, p in sorted(_rule_files(self.dirs).items()):
            try:
                st = p.stat()
            except OSError:
                continue
            stamp.append((ns, st.st_mtime_ns, st.st_size))
        return tuple(stamp)

    def _compile(self, stamp: tuple[tuple[str, int, int], ...]) -> None:
        files = {ns: str(p) for ns, p in _rule_files(self.dirs).items()}
        self._rules = yara.compile(filepaths=files) if files else None
        self._stamp = stamp
        self.reloads += 1

    def refresh(self) -> bool:
        """Recompile if the rule files changed; True when a new rule set is in force."""
        stamp = self._current_stamp()
        if stamp == self._stamp:
            return False
        with self._lock:
            if stamp == self._stamp:
                return False
            try:
                self._compile(stamp)
            except yara.Error as e:
                self._stamp = stamp  # do not retry the same broken files on every message
                self.last_error = str(e)
                log.error("YARA reload failed, keeping previous rules: %s", e)
                return False
            self.last_error = None
            return True

    @property
    def rule_count(self) -> int:
        return sum(1 for _ in self._rules) if self._rules is not None else 0

    def match(self, data: bytes) -> list[YaraMatch]:
        """Rules matching ``data`` (yara releases the GIL while scanning; call from a worker thread)."""
        self.refresh()
        rules = self._rules
        if rules is None:
            return []
        found = rules.match(data=data, timeout=self.timeout)
        return [
            YaraMatch(m.rule, m.namespace, tuple(m.tags), str(m.meta.get("description", "")), _weight(m.meta))
            for m in found
        ]


def _weight(meta: dict[str, object]) -> float:
    raw = meta.get("weight", 1.0)
    try:
        return float(raw) if isinstance(raw, int | float | str) else 1.0
    except ValueError:
        return 1.0
