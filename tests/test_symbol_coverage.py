"""Meta-test: every symbol a check declares is asserted by at least one test or golden case."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from mailwarden.engine.registry import ENGINE_SYMBOLS, discover_checks

TESTS = Path(__file__).resolve().parent


def _golden_symbols() -> set[str]:
    out: set[str] = set()
    for p in (TESTS / "fixtures" / "messages").glob("*/*.expect.toml"):
        out.update(tomllib.loads(p.read_text(encoding="utf-8")).get("expect", {}).get("present", []))
    return out


def _symbols_named_in_tests() -> set[str]:
    names: set[str] = set()
    for p in TESTS.rglob("*.py"):
        if p.name == Path(__file__).name:
            continue
        names.update(re.findall(r"[\"']([A-Z][A-Z0-9_]{2,})[\"']", p.read_text(encoding="utf-8")))
    return names


def test_every_declared_symbol_is_tested() -> None:
    declared = {s.name for cls in discover_checks() for s in cls.symbols} | {s.name for s in ENGINE_SYMBOLS}
    covered = _golden_symbols() | _symbols_named_in_tests()
    untested = sorted(declared - covered)
    assert not untested, f"symbols no test asserts: {untested}"
