"""Every message of every shared corpus through the whole engine (all checks, offline): a verdict for
each, no check error, no timeout, no hang. Parsing alone is walked in test_message_corpora.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mailwarden.config import settings_from_mapping
from mailwarden.dns import OfflineResolver
from mailwarden.engine import Engine

Messages = Callable[[Path], Iterator[tuple[str, bytes]]]
TARBALLS = (
    "mime-parsing/cpython-3.11.7-test_email-data.tar.xz",
    "mime-parsing/spamscope-mail-parser-tests-mails.tar.xz",
    "mime-parsing/stalwart-mail-parser-resources.tar.xz",
    "spamassassin-public/spamassassin-public.tar.xz",
    "nazario-phishing/nazario-phishing-2004-2005_2015_2017_2018.tar.xz",
    "phishing-pot-2022-2024/phishing-pot-2022-2024.tar.xz",
)
MAX_SECONDS = 10.0


@pytest.mark.slow
async def test_every_corpus_message_gets_a_verdict_without_errors(
    corpora: Path, tar_messages_of: Messages, loose_messages_of: Messages
) -> None:
    engine = Engine(settings_from_mapping({"general": {"offline": True}}), OfflineResolver())
    count = 0
    problems: list[str] = []
    slowest = (0.0, "")
    sources = [tar_messages_of(corpora / t) for t in TARBALLS] + [loose_messages_of(corpora)]
    for source in sources:
        for name, raw in source:
            count += 1
            t0 = time.perf_counter()
            verdict = await engine.scan_bytes(raw)
            dt = time.perf_counter() - t0
            slowest = max(slowest, (dt, name))
            if verdict.errors:
                problems.append(f"{name}: {verdict.errors}")
            if dt > MAX_SECONDS:
                problems.append(f"{name}: {dt:.1f}s")
    print(f"\n{count} corpus messages through the engine; slowest {slowest[0]:.2f}s ({slowest[1]})")
    assert count > 12_000
    assert problems == [], problems[:20]
