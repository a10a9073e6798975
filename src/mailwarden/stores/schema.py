"""Table definitions shared by SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False, index=True),
    Column("adapter", String(16), nullable=False),
    Column("direction", String(16), nullable=False),
    Column("client_ip", String(64)),
    Column("client_name", String(255)),
    Column("helo", String(255)),
    Column("mail_from", String(512)),
    Column("rcpt_to", JSON, nullable=False),
    Column("from_header", Text),
    Column("subject", Text),
    Column("message_id", String(998)),
    Column("size", Integer, nullable=False),
    Column("action", String(16), nullable=False, index=True),
    Column("score", Float, nullable=False),
    Column("categories", JSON, nullable=False),
    Column("symbols", JSON, nullable=False),
    Column("auth", JSON, nullable=False),
    Column("reason", Text),
    Column("errors", JSON, nullable=False),
    Column("timings_ms", JSON, nullable=False),
    Column("queue_id", String(64)),
    Column("quarantined", Boolean, nullable=False, default=False),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
    Column("secret", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("status", String(16), nullable=False, default="held"),
    Column("released_at", DateTime(timezone=True)),
    Column("released_by", String(255)),
    Column("released_to", JSON),
)

Index("ix_quarantine_status", quarantine.c.status)
