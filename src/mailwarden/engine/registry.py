"""Check discovery and the symbol registry (declared symbols, default and effective scores)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

import mailwarden.checks
from mailwarden.checks.base import Check, Need, SymbolDef
from mailwarden.config import Settings
from mailwarden.errors import ConfigError
from mailwarden.verdict import Category

# Symbols the engine itself emits (not tied to one check).
ENGINE_SYMBOLS: tuple[SymbolDef, ...] = (
    SymbolDef("CHECK_ERROR", 0.0, "a check failed unexpectedly; see the detail and the log", group="engine"),
    SymbolDef("CHECK_TIMEOUT", 0.0, "a check did not finish within its timeout", group="engine"),
    SymbolDef("CHECK_SKIPPED_OFFLINE", 0.0, "checks needing DNS/network were skipped (--offline)", group="engine"),
)


def discover_checks(package: Any = mailwarden.checks) -> list[type[Check]]:
    """Import every module under ``mailwarden.checks`` and return the concrete Check subclasses."""
    found: dict[str, type[Check]] = {}
    prefix = package.__name__ + "."
    for info in pkgutil.walk_packages(package.__path__, prefix):
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, Check)
                and obj is not Check
                and obj.__module__ == module.__name__
                and not inspect.isabstract(obj)
            ):
                name = obj.name
                if name in found and found[name] is not obj:
                    raise ConfigError(f"two checks are named {name!r}: {found[name]} and {obj}")
                found[name] = obj
    return sorted(found.values(), key=lambda c: c.name)


@dataclass(frozen=True, slots=True)
class SymbolInfo:
    """A declared symbol with the check that emits it."""

    definition: SymbolDef
    check: str


class Registry:
    """The checks of this process, their options validated, in dependency order."""

    def __init__(
        self,
        classes: Iterable[type[Check]],
        options: Mapping[str, Mapping[str, Any]] | None = None,
        disabled: Iterable[str] = (),
        inherited: Mapping[str, Any] | None = None,
    ) -> None:
        """``inherited``: values from the main settings (e.g. ``store_url``) given to every check whose
        Options declare that field and whose ``[checks.NAME]`` section does not set it."""
        options = options or {}
        disabled_set = set(disabled)
        classes = list(classes)
        known = {c.name for c in classes}
        for name in options:
            if name not in known:
                raise ConfigError(f"checks.{name}: no such check (see `mailwarden checks list`)")
        self.symbols: dict[str, SymbolInfo] = {s.name: SymbolInfo(s, "engine") for s in ENGINE_SYMBOLS}
        instances: dict[str, Check] = {}
        self.timeouts: dict[str, float] = {}
        self.all_classes: dict[str, type[Check]] = {c.name: c for c in classes}
        for cls in classes:
            for sym in cls.symbols:
                other = self.symbols.get(sym.name)
                if other is not None and other.check != cls.name:
                    raise ConfigError(f"symbol {sym.name} declared by both {other.check} and {cls.name}")
                self.symbols[sym.name] = SymbolInfo(sym, cls.name)
            opts = dict(options.get(cls.name, {}))
            enabled = opts.pop("enabled", True)
            if not isinstance(enabled, bool):
                raise ConfigError(f"checks.{cls.name}.enabled: must be true or false")
            timeout = opts.pop("timeout", None)
            if timeout is not None:
                if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
                    raise ConfigError(f"checks.{cls.name}.timeout: must be a positive number of seconds")
                self.timeouts[cls.name] = float(timeout)
            if not enabled or cls.name in disabled_set:
                continue
            for key, value in (inherited or {}).items():
                if key in cls.Options.model_fields and key not in opts:
                    opts[key] = value
            try:
                parsed = cls.Options.model_validate(opts)
            except ValidationError as e:
                msgs = "; ".join(
                    f"checks.{cls.name}.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
                )
                raise ConfigError(msgs) from e
            instances[cls.name] = cls(parsed)
        self.checks: list[Check] = _toposort(instances)

    def unknown_symbol_refs(self, settings: Settings) -> list[str]:
        """Dotted config paths that name a symbol no check declares (typos would silently do nothing)."""
        bad = [f"scores.{s}" for s in settings.scores if s not in self.symbols]
        bad += [f"forced.{s}" for s in settings.forced if s not in self.symbols]
        for gname, g in settings.groups.items():
            bad += [f"groups.{gname}.symbols: {s}" for s in g.symbols if s not in self.symbols]
        return bad

    def symbol(self, name: str) -> SymbolInfo | None:
        return self.symbols.get(name)

    def category(self, name: str) -> Category | None:
        info = self.symbols.get(name)
        return info.definition.category if info else None

    def levels(self, checks: Iterable[Check]) -> list[list[Check]]:
        """Group checks into levels; each level depends only on earlier ones."""
        chosen = {c.name: c for c in checks}
        depth: dict[str, int] = {}
        for c in self.checks:  # already topologically sorted
            if c.name not in chosen:
                continue
            deps = [depth[a] for a in c.after if a in depth]
            depth[c.name] = 1 + max(deps) if deps else 0
        out: list[list[Check]] = []
        for name, d in depth.items():
            while len(out) <= d:
                out.append([])
            out[d].append(chosen[name])
        return out

    @staticmethod
    def network_needs() -> frozenset[Need]:
        return frozenset({Need.DNS, Need.NETWORK})


def _toposort(instances: Mapping[str, Check]) -> list[Check]:
    order: list[Check] = []
    state: dict[str, int] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise ConfigError(f"check dependency cycle: {' -> '.join((*path, name))}")
        state[name] = 1
        for dep in instances[name].after:
            if dep in instances:  # a disabled dependency is simply absent
                visit(dep, (*path, name))
        state[name] = 2
        order.append(instances[name])

    for n in sorted(instances):
        visit(n, ())
    return order
