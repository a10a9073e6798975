"""Agreement with stalwart mail-parser's expected parses of its 107 test messages.

Disagreements are mostly deliberate: we decode undeclared 8-bit text as windows-1252 where
stalwart emits U+FFFD, extract uuencoded attachments, keep backslashes in Windows paths in
filenames, and follow RFC 2046 on ambiguous nested boundaries in Dovecot's malformed set.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mailwarden.message import parse_message

TARBALL = "mime-parsing/stalwart-mail-parser-resources.tar.xz"
FIELDS = ("subject", "from", "to", "attachments", "text")
# Measured 0.953 / 1.0 / 1.0 / 0.935 / 0.822; floors leave one or two messages of slack.
FLOORS = {"subject": 0.94, "from": 0.99, "to": 0.99, "attachments": 0.92, "text": 0.80}


def _pairs(path: Path) -> list[tuple[str, bytes, dict[str, Any]]]:
    emls: dict[str, bytes] = {}
    docs: dict[str, dict[str, Any]] = {}
    with tarfile.open(path, mode="r|xz") as tar:
        for member in tar:
            fh = tar.extractfile(member) if member.isfile() and "/eml/" in member.name else None
            if fh is None:
                continue
            if member.name.endswith(".eml"):
                emls[member.name[:-4]] = fh.read()
            elif member.name.endswith(".json") and not member.name.endswith(".crlf.json"):
                docs[member.name[:-5]] = json.loads(fh.read())
    return [(name, emls[name], docs[name]) for name in sorted(emls) if name in docs]


@pytest.mark.slow
def test_stalwart_agreement(
    corpora: Path,
    stalwart_expected: Callable[[dict[str, Any]], dict[str, Any]],
    normalise_ws: Callable[[str | None], str],
) -> None:
    pairs = _pairs(corpora / TARBALL)
    assert len(pairs) == 107
    agree = dict.fromkeys(FIELDS, 0)
    for _name, raw, doc in pairs:
        exp = stalwart_expected(doc)
        msg = parse_message(raw)
        got = {
            "subject": normalise_ws(msg.subject) if msg.header("subject") is not None else None,
            "from": msg.from_address.lower() if msg.from_address else None,
            "to": [a.lower() for a in msg.to],
            "attachments": sorted(a.filename for a in msg.attachments if a.filename),
            "text": normalise_ws(msg.text_body),
        }
        if exp["subject"] is not None:
            exp["subject"] = normalise_ws(exp["subject"])
        for field in FIELDS:
            agree[field] += exp[field] == got[field]
    rates = {field: round(agree[field] / len(pairs), 3) for field in FIELDS}
    print(f"\nstalwart agreement over {len(pairs)} messages: {rates}")
    for field, floor in FLOORS.items():
        assert rates[field] >= floor, f"{field}: {rates[field]} < {floor}"
