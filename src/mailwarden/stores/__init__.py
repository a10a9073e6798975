"""Persistence: the event log and the quarantine (SQLAlchemy Core; SQLite by default, PostgreSQL by URL)."""

from mailwarden.stores.db import Store, open_store
from mailwarden.stores.records import EventRecord, QuarantineItem

__all__ = ["EventRecord", "QuarantineItem", "Store", "open_store"]
