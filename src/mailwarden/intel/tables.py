"""SQL table definitions of the shared indicator store (``intel_lists``, ``intel_indicators``).

Why here and not in ``mailwarden.stores.schema``: the mail-flow checks must load indicators, and
``checks`` may import ``intel`` but never ``stores`` (a higher layer). So the tables live at the
``intel`` level, on their own :data:`metadata`; :mod:`mailwarden.intel.repository` reads and writes
them with SQLAlchemy Core, and :mod:`mailwarden.stores.intel` binds them to the ``Store``'s engine.
Imports keep pointing down: ``stores → intel`` and ``checks → intel``.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()

intel_lists = Table(
    "intel_lists",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("source", Text, nullable=False, default=""),
    Column("category", String(32), nullable=False, default="malware"),
    Column("version", String(255), nullable=False, default=""),
    Column("list_date", String(32), nullable=False, default=""),
    Column("sha256", String(64), nullable=False, default=""),
    Column("ttl_days", Integer),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("count", Integer, nullable=False, default=0),
    # bumped on every import: the checks reload their in-memory index when the sum changes
    Column("generation", Integer, nullable=False, default=1),
)

intel_indicators = Table(
    "intel_indicators",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("list_name", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", String(2048), nullable=False),
    Column("category", String(32), nullable=False, default=""),
    Column("comment", Text, nullable=False, default=""),
    Column("added_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("list_name", "kind", "value", name="uq_intel_indicator"),
)

Index("ix_intel_indicators_value", intel_indicators.c.value)
