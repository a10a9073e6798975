"""One contract suite over both stores: SQLite (default) and PostgreSQL (scripts/start_postgres.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event as event_mod
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from mailwarden.errors import StoreError
from mailwarden.stores import EventRecord, Store, open_store

PG_URL = os.environ.get("MAILWARDEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:54329/mailwarden_test")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path}/sub/dir/mw.db", retention_days=7)
    else:
        try:
            s = open_store(PG_URL, retention_days=7)
            with s.engine.begin() as conn:
                conn.execute(text("DELETE FROM quarantine"))
                conn.execute(text("DELETE FROM events"))
        except (StoreError, Exception) as e:  # unreachable server
            if os.environ.get("CI") == "true":
                pytest.fail(f"PostgreSQL not reachable at {PG_URL}: {e}")
            pytest.skip(f"PostgreSQL not reachable: {e}")
    yield s
    s.close()


def event(action: str = "accept", rcpt: str = "a@gw.test", cats: tuple[str, ...] = ()) -> EventRecord:
    return EventRecord(
        id=uuid.uuid4().hex,
        received_at=datetime.now(UTC),
        adapter="milter",
        direction="inbound",
        rcpt_to=(rcpt,),
        size=123,
        action=action,
        score=12.5,
        categories=cats,
        symbols=({"name": "GTUBE", "score": 12.5, "detail": "tiếng Việt 中文"},),
        auth={"spf": "pass", "dkim": "none", "dmarc": "none", "arc": "none"},
        client_ip="192.0.2.1",
        mail_from="x@example.net",
        subject="Chào 你好",
    )


RAW = b"From: x@example.net\r\nSubject: test\r\n\r\n\x00\xff binary-safe body\r\n"


def test_event_and_quarantine_round_trip(store: Store) -> None:
    ev = event("quarantine", cats=("spam",))
    secret = store.record(ev, RAW)
    assert secret and len(secret) >= 24
    got = store.get(ev.id)
    assert got.raw == RAW and got.status == "held" and got.secret == secret
    assert got.event.subject == "Chào 你好" and got.event.symbols[0]["detail"] == "tiếng Việt 中文"
    assert got.expires_at - got.created_at == timedelta(days=7)
    plain = event()
    assert store.record(plain) is None
    assert store.count_events() == 2
    assert [e.id for e in store.iter_events()] == [ev.id, plain.id]


def test_filters_release_delete(store: Store) -> None:
    a = event("quarantine", rcpt="boss@gw.test", cats=("phishing",))
    b = event("quarantine", rcpt="clerk@gw.test", cats=("spam",))
    store.record(a, RAW)
    store.record(b, RAW)
    assert {i.event.id for i in store.list_quarantine()} == {a.id, b.id}
    assert [i.event.id for i in store.list_quarantine(rcpt="BOSS@gw.test")] == [a.id]
    assert [i.event.id for i in store.list_quarantine(category="spam")] == [b.id]
    assert store.list_quarantine(since=datetime.now(UTC) + timedelta(hours=1)) == []
    store.mark_released(a.id, "admin", ["boss@gw.test"])
    assert [i.event.id for i in store.list_quarantine()] == [b.id]
    assert store.get(a.id).released_by == "admin"
    store.delete(b.id)
    assert store.get(b.id).status == "deleted" and store.get(b.id).raw == b""
    with pytest.raises(StoreError):
        store.get("nope")
    with pytest.raises(StoreError):
        store.mark_released("nope", "x", [])


def test_write_is_atomic_when_the_quarantine_insert_fails(store: Store) -> None:
    def fail_quarantine_insert(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO QUARANTINE"):
            raise OperationalError(statement, {}, Exception("disk full (simulated)"))

    event_mod.listen(store.engine, "before_cursor_execute", fail_quarantine_insert)
    ev = event("quarantine")
    try:
        with pytest.raises(StoreError):
            store.record(ev, RAW)
    finally:
        event_mod.remove(store.engine, "before_cursor_execute", fail_quarantine_insert)
    # the event row was rolled back with the failed quarantine row: the adapter answers 451 and the
    # sender's retry is not logged twice
    assert store.count_events() == 0
    store.record(ev, RAW)
    assert store.get(ev.id).raw == RAW


def test_purge_expired(store: Store) -> None:
    ev = event("quarantine")
    store.record(ev, RAW)
    assert store.purge_expired(datetime.now(UTC) + timedelta(days=8)) == 1
    with pytest.raises(StoreError):
        store.get(ev.id)


def test_unreachable_store_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_batched_events_and_event_retention(store: Store) -> None:
    old = EventRecord(
        **{**{f: getattr(event(), f) for f in EventRecord.__slots__}, "received_at": datetime(2020, 1, 1, tzinfo=UTC)}
    )
    fresh = event()
    store.record_many([old, fresh])
    held = event("quarantine")
    store.record(held, RAW)
    assert store.count_events() == 3
    assert store.purge_expired(events_retention_days=180) == 1  # only the 2020 log line
    assert {e.id for e in store.iter_events()} == {fresh.id, held.id}
