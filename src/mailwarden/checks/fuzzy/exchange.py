"""Reports exchanged between sites (``mailwarden fuzzy export|import``): JSON Lines, a header naming the digest
parameters, then one reported digest per line (MinHash values in hex or an attachment's SHA-256, with its
category and times). The text of a message never leaves the site."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from mailwarden.checks.fuzzy.digest import PERMUTATIONS, SCHEME, SEED, SHINGLE
from mailwarden.checks.fuzzy.store import CATEGORIES, SharedDigest

# The first line of an export: what the digests were made with. Digests made otherwise never match.
EXCHANGE_HEADER: dict[str, object] = {
    "format": "mailwarden-fuzzy", "version": 1, "permutations": PERMUTATIONS, "seed": SEED, "scheme": SCHEME,
    "shingle": SHINGLE,
}  # fmt: skip


def shared_json(it: SharedDigest) -> dict[str, object]:
    return {
        "kind": it.kind, "key": it.key, "value": it.value.hex() if it.value else None, "words": it.words,
        "category": it.category, "count": it.count,
        "added": datetime.fromtimestamp(it.added, UTC).isoformat(timespec="seconds"),
        "expires": datetime.fromtimestamp(it.expires, UTC).isoformat(timespec="seconds"),
    }  # fmt: skip


def read_shared(text: str) -> tuple[list[SharedDigest], list[str]]:
    """The digests of an export, and a description of each line that is not one. Raises ``ValueError``
    when the file is not an export, or was made with other digest parameters."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    try:
        head = json.loads(lines[0]) if lines else None
    except json.JSONDecodeError:
        head = None
    if not isinstance(head, dict) or head.get("format") != EXCHANGE_HEADER["format"]:
        raise ValueError("not a `mailwarden fuzzy export` file (first line must be its header)")
    other = {k: head.get(k) for k in EXCHANGE_HEADER if head.get(k) != EXCHANGE_HEADER[k]}
    if other:
        raise ValueError(f"digests made with other parameters, they would never match: {other}")
    out: list[SharedDigest] = []
    bad: list[str] = []
    for n, line in enumerate(lines[1:], start=2):
        try:
            d = json.loads(line)
            kind, category = str(d["kind"]), str(d["category"])
            value = bytes.fromhex(d["value"]) if d.get("value") else None
            if kind not in ("text", "file") or category not in CATEGORIES:
                raise ValueError(f"kind {kind!r} / category {category!r}")
            if kind == "text" and (value is None or len(value) != PERMUTATIONS * 4):
                raise ValueError("a text digest needs its 64 values")
            key = str(d["key"])
            if kind == "file" and not re.fullmatch(r"[0-9a-f]{64}", key):
                raise ValueError("an attachment digest is a SHA-256 in hex")
            out.append(SharedDigest(kind, key, value, int(d.get("words", 0)), category, int(d.get("count", 1)),
                                    datetime.fromisoformat(d["added"]).timestamp(),
                                    datetime.fromisoformat(d["expires"]).timestamp()))  # fmt: skip
        except (KeyError, TypeError, ValueError) as e:  # JSONDecodeError is a ValueError
            bad.append(f"line {n}: {e}")
    return out, bad
