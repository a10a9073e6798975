"""Site learning: the byte-gram site model, the thick-threshold margin, incremental reloads between
nodes, and dropping weights learned for other features."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sqlalchemy import update

from mailwarden.classifier.bytegrams import (
    GRAM_BITS,
    PREFIX_BYTES,
    byte_grams,
    header_section,
    message_grams,
    site_header,
)
from mailwarden.classifier.features import features
from mailwarden.classifier.learned import (
    GRAM_OFFSET,
    LEARN_VERSION,
    LearnBatch,
    LearnedCache,
    learn_message,
    learn_stats,
    site_logit,
)
from mailwarden.classifier.model import DEFAULT_MODEL, load_model
from mailwarden.message import parse_message

BODIES = [
    "Hi team, the minutes of today's meeting are attached; please send corrections by Friday.",
    "Could you review the budget table before the director signs it? Thanks.",
    "The server room will be closed on Saturday for the power maintenance.",
    "Reminder: the training on the new document system starts at 9:00 in room 204.",
    "Please find the revised schedule for the inspection visit next week.",
    "Lunch is on the third floor today because of the cleaning downstairs.",
]


def msg(relay: str, body: str, subject: str = "Note") -> bytes:
    return (
        f"Received: from {relay} (unknown [198.51.100.7])\r\n\tby mx.agency.example with ESMTP\r\n"
        f"From: Office <office@{relay}>\r\nTo: staff@agency.example\r\nSubject: {subject}\r\n"
        f"Message-ID: <{abs(hash(body))}@{relay}>\r\n\r\n{body}\r\n"
    ).encode()


def test_byte_grams_are_buckets_of_the_first_bytes() -> None:
    raw = msg("relay.example", BODIES[0])
    g = byte_grams(raw)
    assert len(g) > 50 and g.dtype == np.int64
    assert int(g.min()) >= 0 and int(g.max()) < 1 << GRAM_BITS
    assert np.all(np.diff(g) > 0)  # sorted, unique
    assert np.array_equal(byte_grams(raw + b"x" * 10_000 if len(raw) > PREFIX_BYTES else raw), g)
    long = raw + b"A" * PREFIX_BYTES
    assert np.array_equal(byte_grams(long), byte_grams(long + b"tail that is never read"))
    assert len(byte_grams(b"abc")) == 0
    assert not np.array_equal(byte_grams(msg("other.example", BODIES[0])), g)
    # Every window counts once, whatever the width of the hash.
    assert len(byte_grams(b"abcdabcdabcd", bits=18)) == 4
    assert len(byte_grams(b"abcde", bits=18)) == 2 and int(byte_grams(raw, bits=18).max()) < 1 << 18


def test_site_grams_cover_the_header_section_only() -> None:
    raw = msg("relay.example", BODIES[0])
    m = parse_message(raw)
    head = raw[: raw.index(b"\r\n\r\n")]
    assert header_section(raw) == head
    assert site_header(raw) == head.replace(b"\r\nFrom", b"\nFrom").replace(b"\r\nTo", b"\nTo").replace(
        b"\r\nSubject", b"\nSubject"
    ).replace(b"\r\nMessage-ID", b"\nMessage-ID")  # one field per line, folded lines kept whole
    assert np.array_equal(message_grams(m), byte_grams(site_header(raw)))
    # Another body, same headers: same grams; another relay: other grams.
    assert np.array_equal(
        message_grams(parse_message(raw.replace(BODIES[0].encode(), b"Other text."))), message_grams(m)
    )
    assert not np.array_equal(message_grams(parse_message(msg("other.example", BODIES[0]))), message_grams(m))
    long = b"X-Pad: " + b"p" * (2 * PREFIX_BYTES) + b"\n\nbody"
    assert header_section(long) == long[:PREFIX_BYTES]
    assert header_section(b"no blank line at all") == b"no blank line at all"
    assert header_section(b"A: b\n\nbody") == b"A: b"


def test_mailing_list_fields_are_not_site_grams() -> None:
    """A list relays ham and spam alike: its fields must not decide (list-relayed spam scored as ham)."""
    raw = msg("relay.example", BODIES[0])
    listed = raw.replace(
        b"From: ",
        b"List-Id: Friends of the agency <staff.lists.agency.example>\r\nPrecedence: bulk\r\n"
        b"X-BeenThere: staff@lists.agency.example\r\nList-Unsubscribe: <mailto:staff-leave@lists.agency.example>,\r\n"
        b"\t<https://lists.agency.example/leave>\r\nSender: staff-bounces@lists.agency.example\r\nFrom: ",
    )
    assert np.array_equal(message_grams(parse_message(listed)), message_grams(parse_message(raw)))
    assert b"List-Id" not in site_header(listed) and b"Received: from relay.example" in site_header(listed)


def test_site_model_learns_a_sender_the_shipped_model_cannot_see(tmp_path: Path) -> None:
    model = load_model(DEFAULT_MODEL)
    cache = LearnedCache(f"sqlite:///{tmp_path}/learn.db", refresh_seconds=1e9)
    probe = parse_message(msg("bulk-sender.example", "The quarterly figures are ready for your review."))
    other = parse_message(msg("partner.example", "The quarterly figures are ready for your review."))

    def z(m: object) -> float:
        assert hasattr(m, "raw")
        return site_logit(model, features(m), message_grams(m), cache.deltas())  # type: ignore[arg-type]

    before_probe, before_other = z(probe), z(other)
    # 60 of each (AdaGrad: the shared header grams learn slower; the shipped model starts the ordinary text
    # at -1.6, as ham)
    for i, body in enumerate(BODIES * 10):
        learn_message(model, cache, parse_message(msg("bulk-sender.example", body, f"Note {i}")), is_spam=True)
        learn_message(model, cache, parse_message(msg("partner.example", body, f"Note {i}")), is_spam=False)
    # Same ordinary text: only the relay/sender bytes differ, and they now decide.
    assert z(probe) - z(other) > (before_probe - before_other) + 2
    assert z(probe) > 0 > z(other)


def test_a_message_already_known_by_a_margin_is_not_written(tmp_path: Path) -> None:
    model = load_model(DEFAULT_MODEL)
    cache = LearnedCache(f"sqlite:///{tmp_path}/learn.db", refresh_seconds=1e9)
    m = parse_message(msg("bulk-sender.example", BODIES[1]))
    results = [learn_message(model, cache, m, is_spam=True) for _ in range(40)]
    assert results[0].written
    assert not results[-1].written  # the model is sure now: nothing to write
    repo = cache.repository()
    assert repo is not None and repo.stats().spam == 40


def test_other_nodes_reload_only_what_changed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/learn.db"
    model = load_model(DEFAULT_MODEL)
    writer = LearnedCache(url, refresh_seconds=1e9)
    learn_message(model, writer, parse_message(msg("a.example", BODIES[0])), is_spam=True)
    reader = LearnedCache(url, refresh_seconds=0.0)
    first = reader.deltas()
    assert first is not None
    first = first.copy()
    repo = writer.repository()
    assert repo is not None
    seen = reader.generation
    batch = LearnBatch()
    for body in BODIES:
        learn_message(model, writer, parse_message(msg("b.example", body)), is_spam=False, batch=batch)
    batch.flush(writer)
    changed_idx, _vals, _gen, ok = repo.changes(seen)
    assert ok and 0 < len(changed_idx) < int(np.count_nonzero(repo.load()[0]))
    now = reader.deltas()
    assert now is not None and not np.array_equal(now, first)
    assert np.allclose(now, repo.load()[0])
    assert np.allclose(now, writer.deltas())  # type: ignore[arg-type]
    assert np.any(now[GRAM_OFFSET:] != 0)  # the site model's byte grams are shared too


def test_weights_learned_for_other_features_are_ignored_then_replaced(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/learn.db"
    model = load_model(DEFAULT_MODEL)
    writer = LearnedCache(url, refresh_seconds=1e9)
    learn_message(model, writer, parse_message(msg("a.example", BODIES[0])), is_spam=True)
    repo = writer.repository()
    assert repo is not None
    with repo.engine.begin() as conn:  # as an older release would have left them
        conn.execute(update(learn_stats).where(learn_stats.c.name == "version").values(value=LEARN_VERSION - 1))
    assert LearnedCache(url, refresh_seconds=0.0).deltas() is None
    learn_message(model, LearnedCache(url, 1e9), parse_message(msg("b.example", BODIES[1])), is_spam=False)
    stats = repo.stats()
    assert (stats.spam, stats.ham) == (0, 1)  # the old counts went with the old weights
    fresh = LearnedCache(url, refresh_seconds=0.0).deltas()
    assert fresh is not None and np.count_nonzero(fresh) > 0
