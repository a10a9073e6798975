"""Message test support: corpus streaming and stalwart expectations, offered as fixtures.

Test modules cannot import helper modules (pytest may run with ``--import-mode=importlib``), so
the helpers live here and the tests receive them through fixtures.
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mailwarden.message.mbox import is_mbox, split_mbox

# Members that are corpus metadata or non-message fixtures (images, licences, JSON expectations).
_SKIP_SUFFIXES = (".json", ".tsv", ".md", ".png", ".jpg", ".gif", ".tiff", ".webp", ".xbm", ".au", ".wav", ".aiff")
_SKIP_NAMES = ("LICENSE", "COPYING", "NOTICE", "README")


def _wanted(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    if base.startswith(_SKIP_NAMES) or base.lower().endswith(_SKIP_SUFFIXES):
        return False
    # CPython's data dir also holds audio/image fixtures; its messages are msg_NN.txt.
    return "test_email-data" not in name or base.startswith("msg_")


def _expand(name: str, data: bytes) -> Iterator[tuple[str, bytes]]:
    if name.endswith(".mbox") or (is_mbox(data) and data.count(b"\nFrom ") > 1):
        for i, msg in enumerate(split_mbox(data)):
            yield f"{name}#{i}", msg
    else:
        yield name, data


def tar_messages(path: Path) -> Iterator[tuple[str, bytes]]:
    """(member name, bytes) of every message in a .tar.xz, streamed; mbox members are split."""
    with tarfile.open(path, mode="r|xz") as tar:
        for member in tar:
            if not member.isfile() or not _wanted(member.name):
                continue
            fh = tar.extractfile(member)
            if fh is None:
                continue
            yield from _expand(member.name, fh.read())


def loose_messages(corpora: Path) -> Iterator[tuple[str, bytes]]:
    """The corpus messages stored as plain files (torture test, dkimpy data, DMARC report mails)."""
    paths = [corpora / "mime-parsing" / "rf-mime-torture-test-1.0.eml"]
    dkim = corpora / "dkim-dkimpy-testdata" / "data"
    paths += sorted(p for p in dkim.iterdir() if p.suffix in (".msg", ".message", ".mbox") or ".message." in p.name)
    paths += sorted((corpora / "dmarc-reports").rglob("*.eml"))
    for p in paths:
        yield from _expand(str(p.relative_to(corpora)), p.read_bytes())


_WS = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Whitespace-insensitive form of a text."""
    return _WS.sub(" ", text or "").strip()


def _header(part: dict[str, Any], name: str) -> Any:
    for h in part["headers"]:
        if h["name"] == name:
            return h["value"]
    return None


def _addresses(value: Any) -> list[str]:
    if not isinstance(value, dict) or "Address" not in value:
        return []
    out: list[str] = []
    addr = value["Address"]
    entries = addr.get("List") or []
    for group in addr.get("Group") or []:
        entries += group.get("addresses") or []
    for entry in entries:
        if entry.get("address"):
            out.append(entry["address"].lower())
    return out


def _filename(part: dict[str, Any]) -> str | None:
    for header in ("content_disposition", "content_type"):
        value = _header(part, header)
        if isinstance(value, dict) and "ContentType" in value:
            for attr in value["ContentType"].get("attributes") or []:
                if attr["name"] in ("filename", "name"):
                    return str(attr["value"])
    return None


def _walk(msg: dict[str, Any], texts: list[str], names: list[str]) -> None:
    parts = msg["parts"]
    text_ids = set(msg["text_body"])
    for i, part in enumerate(parts):
        body = part["body"]
        kind = next(iter(body)) if isinstance(body, dict) else body
        if i in text_ids and kind == "Text":
            texts.append(body["Text"])
        if i in msg["attachments"]:
            name = _filename(part)
            if name:
                names.append(name)
        if kind == "Message":
            _walk(body["Message"], texts, names)


def expected(doc: dict[str, Any]) -> dict[str, Any]:
    """subject, from (first address), to (addresses), attachment names, text (nested included)."""
    top = doc["parts"][0]
    subject = _header(top, "subject")
    texts: list[str] = []
    names: list[str] = []
    _walk(doc, texts, names)
    froms = _addresses(_header(top, "from"))
    return {
        "subject": subject.get("Text") if isinstance(subject, dict) else None,
        "from": froms[0] if froms else None,
        "to": _addresses(_header(top, "to")),
        "attachments": sorted(names),
        "text": norm(" ".join(texts)),
    }


@pytest.fixture
def tar_messages_of() -> Callable[[Path], Iterator[tuple[str, bytes]]]:
    return tar_messages


@pytest.fixture
def loose_messages_of() -> Callable[[Path], Iterator[tuple[str, bytes]]]:
    return loose_messages


@pytest.fixture
def stalwart_expected() -> Callable[[dict[str, Any]], dict[str, Any]]:
    return expected


@pytest.fixture
def normalise_ws() -> Callable[[str | None], str]:
    return norm
