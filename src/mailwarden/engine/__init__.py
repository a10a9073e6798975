"""The engine: discover checks, run them in stages, turn hits into a ``Verdict``."""

from mailwarden.engine.registry import Registry, discover_checks
from mailwarden.engine.runner import Engine

__all__ = ["Engine", "Registry", "discover_checks"]
