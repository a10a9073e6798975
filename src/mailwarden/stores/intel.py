"""The indicator store bound to the ``Store``'s database (tables defined in ``mailwarden.intel.tables``).

The tables live at the ``intel`` level so the mail-flow checks can read them without importing
``stores``; this module is the stores-side entry point that shares the Store's engine.
"""

from __future__ import annotations

from mailwarden.intel.repository import IntelRepository
from mailwarden.stores.db import Store

__all__ = ["intel_repository"]


def intel_repository(store: Store) -> IntelRepository:
    """The indicator repository on the store's database (tables created when missing)."""
    return IntelRepository(store.engine)
