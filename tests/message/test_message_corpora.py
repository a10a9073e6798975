"""Corpus walk: every message of the shared corpora parses without error and quickly."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mailwarden.errors import MessageError
from mailwarden.message import parse_message

MAX_SECONDS_PER_MESSAGE = 2.0
# Members that are not messages at all (a CSV, an empty file, an Outlook .msg, images): the
# parser must say so with MessageError. More than this share means the parser regressed.
MAX_NOT_A_MESSAGE_SHARE = 0.01
TARBALLS = (
    "mime-parsing/cpython-3.11.7-test_email-data.tar.xz",
    "mime-parsing/spamscope-mail-parser-tests-mails.tar.xz",
    "mime-parsing/stalwart-mail-parser-resources.tar.xz",
    "spamassassin-public/spamassassin-public.tar.xz",
    "nazario-phishing/nazario-phishing-2004-2005_2015_2017_2018.tar.xz",
    "phishing-pot-2022-2024/phishing-pot-2022-2024.tar.xz",
)
Messages = Callable[[Path], Iterator[tuple[str, bytes]]]


def _walk(items: Iterator[tuple[str, bytes]]) -> tuple[int, int, float, list[str]]:
    count = refused = 0
    total = 0.0
    problems: list[str] = []
    for name, raw in items:
        count += 1
        start = time.perf_counter()
        try:
            msg = parse_message(raw)
        except MessageError:
            refused += 1
        except Exception as exc:  # the point of the test: report every crash, not the first
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
        else:
            assert msg.size == len(raw)
        elapsed = time.perf_counter() - start
        total += elapsed
        if elapsed > MAX_SECONDS_PER_MESSAGE:
            problems.append(f"{name}: took {elapsed:.2f}s")
    return count, refused, total, problems


@pytest.mark.slow
@pytest.mark.parametrize("tarball", TARBALLS, ids=lambda t: t.split("/")[0] + ":" + t.rsplit("/", 1)[1][:24])
def test_corpus_tarball_parses(corpora: Path, tarball: str, tar_messages_of: Messages) -> None:
    count, refused, seconds, problems = _walk(tar_messages_of(corpora / tarball))
    print(f"\n{tarball}: {count} messages, {refused} refused, parse time {seconds:.2f}s")
    assert count > 0
    assert problems == []
    assert refused <= max(3, count * MAX_NOT_A_MESSAGE_SHARE)


@pytest.mark.slow
def test_loose_corpus_messages_parse(corpora: Path, loose_messages_of: Messages) -> None:
    count, refused, seconds, problems = _walk(loose_messages_of(corpora))
    print(f"\nloose corpus files: {count} messages, parse time {seconds:.2f}s")
    assert count >= 20
    assert problems == []
    assert refused == 0
