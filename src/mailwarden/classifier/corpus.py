"""Labelled corpora as in ``../shared/corpora``: ``INDEX.tsv`` (label, path, ...) next to the messages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mailwarden.message.mbox import is_mbox, split_mbox

LABELS = ("ham", "spam", "phish")
# Labels other tools write for the same classes.
_ALIASES = {"phishing": "phish", "junk": "spam", "legit": "ham", "good": "ham", "bad": "spam"}


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    path: Path


@dataclass(frozen=True, slots=True)
class Sample:
    """One message of a corpus; ``name`` is the path, with ``#n`` for the n-th message of an mbox."""

    label: str
    name: str
    raw: bytes


def normalise_label(label: str) -> str:
    lab = label.strip().lower()
    lab = _ALIASES.get(lab, lab)
    if lab not in LABELS:
        raise ValueError(f"unknown label {label!r} (expected ham, spam or phish)")
    return lab


def read_index(index: Path, root: Path | None = None) -> list[Entry]:
    """Entries of ``index``: ``label<TAB>path`` lines (a header line ``label<TAB>path`` is skipped), or the
    TREC spam-track index ``spam ../data/inmail.1`` (label, a space, path). Paths are relative to
    ``root``; one that is not there but is beside the index (TREC's ``../data/``) is taken from there."""
    base = root if root is not None else index.parent
    out: list[Entry] = []
    for n, line in enumerate(index.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") if "\t" in line else line.strip().split(None, 1)
        if len(cols) < 2:
            raise ValueError(f"{index}:{n + 1}: expected label<TAB>path")
        if n == 0 and cols[0].strip().lower() == "label":
            continue
        rel = cols[1].strip()
        path = base / rel
        if root is not None and not path.exists() and (index.parent / rel).exists():
            path = index.parent / rel
        out.append(Entry(normalise_label(cols[0]), path))
    return out


def iter_samples(entries: list[Entry]) -> Iterator[Sample]:
    """The messages of ``entries`` in index order; an mbox file yields each of its messages."""
    for e in entries:
        data = e.path.read_bytes()
        if is_mbox(data):
            for i, raw in enumerate(split_mbox(data)):
                yield Sample(e.label, f"{e.path}#{i}", raw)
        else:
            yield Sample(e.label, str(e.path), data)


def generated(index: Path) -> Path:
    """``index`` of a corpus that its ``gen.py`` writes (the project's own synthetic messages are kept as
    their generator, not as files): runs it when a listed message is missing, then checks every listed
    message against the index's sha256 column. Returns ``index``; raises ``ValueError`` on a mismatch."""
    import hashlib
    import subprocess
    import sys

    rows = [ln.split("\t") for ln in index.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    if any(not (index.parent / r[1]).exists() for r in rows):
        subprocess.run([sys.executable, str(index.parent / "gen.py")], check=True, capture_output=True)
    for r in rows:
        if len(r) > 2 and hashlib.sha256((index.parent / r[1]).read_bytes()).hexdigest() != r[2]:
            raise ValueError(f"{index.parent / r[1]}: not the message {index} lists (sha256 differs)")
    return index
