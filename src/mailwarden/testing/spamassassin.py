"""The SpamAssassin public corpus, parsed, for tests that count what a rule does on its ham and spam."""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from pathlib import Path

from mailwarden.errors import MessageError
from mailwarden.message.model import Message
from mailwarden.message.parser import parse_message


def labelled_messages(corpora: Path) -> Iterator[tuple[str, Message]]:
    """``("ham" | "spam", message)`` for every parseable message of the archive in ``corpora``, in archive
    order (easy_ham, easy_ham_2, hard_ham, hard_ham_2 are ham; spam, spam_2 are spam)."""
    with tarfile.open(corpora / "spamassassin-public" / "spamassassin-public.tar.xz", "r:xz") as tf:
        for member in tf:
            if not member.isfile() or "/cmds" in member.name or member.name.endswith(".tsv"):
                continue
            label = "ham" if "_ham" in member.name else "spam" if "/spam" in member.name else None
            fh = tf.extractfile(member)
            if label is None or fh is None:
                continue
            try:
                yield label, parse_message(fh.read())
            except MessageError:
                continue
