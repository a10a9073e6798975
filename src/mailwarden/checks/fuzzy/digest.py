"""What the fuzzy check compares: a MinHash of a message's text (its word 3-shingles, after the parts a
campaign varies per recipient are normalised away) and the SHA-256 of its document attachments.

A campaign sends one text to many mailboxes with small changes: the greeting names the recipient, links
carry per-recipient tracking paths, amounts and order numbers differ. Two such copies share most of their
word 3-shingles; their Jaccard similarity is estimated by the share of equal MinHash values
(datasketch). Candidates are found by locality-sensitive hashing: the 64 values in 16 bands of 4, each
band one indexed key, so a stored digest with similarity 0.7 shares at least one band key with
probability 0.99 (and one with 0.3, with probability 0.12).

The text is the plain-text part and the HTML rendered to text together, as one set of shingles:
an HTML-only mailing-list service puts a fixed "your program does not show HTML" notice in the text
part of every message, and a digest of that part alone matches every message of the service.
Quoted lines (``>``) are left out: a reply quoting a reported message is not a copy of it.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from mailwarden.message.model import Message
from mailwarden.textfeatures.tokens import strip_diacritics, words

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
SEED = 1  # part of the stored format with SCHEME: digests made otherwise never match
SCHEME = "affine32"  # datasketch >= 2.0's permutation scheme, named so that a later default cannot change it
SHINGLE = 3
MAX_WORDS = 2000
MIN_SIZE = 64  # attachment bytes
# Attachments that are the same in unrelated mail (a signature, a logo) or differ in every message.
SKIP_ATTACHMENT_TYPES = ("image/", "application/pgp-signature", "application/pkcs7-signature",
                         "application/x-pkcs7-signature", "message/", "text/plain")  # fmt: skip

FOOTER_LINES = 15
_SEPARATOR = re.compile(r"_{20,}|-{20,}")
_URL = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>?#]+)[^\s\"'<>]*")
# The look-behind starts a match only at the start of a word: without it every position of a long word
# is tried again (four times slower on HTML mail).
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")

Signature = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class TextDigest:
    """A MinHash of a message's text: ``values`` (``PERMUTATIONS`` values below 2**32) and its band keys."""

    values: Signature
    words: int

    @property
    def key(self) -> str:
        """Identity of the digest in the store (equal texts, equal keys)."""
        return hashlib.sha256(self.to_bytes()).hexdigest()

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, words: int = 0) -> TextDigest:
        return cls(np.frombuffer(data, "<u4").astype(np.uint64), words)

    def bands(self) -> list[int]:
        """One signed 64-bit key per band (band number included, so equal values in two bands differ)."""
        raw = self.values.astype("<u4").tobytes()
        step = ROWS * 4
        return [
            int.from_bytes(
                hashlib.blake2b(bytes([b]) + raw[b * step : (b + 1) * step], digest_size=8).digest(),
                "little",
                signed=True,
            )
            for b in range(BANDS)
        ]

    def similarity(self, other: TextDigest) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets."""
        return float(np.count_nonzero(self.values == other.values)) / PERMUTATIONS


def normalised_words(message: Message) -> list[str]:
    """The words a digest is made of: text and rendered HTML, quoted lines and a mailing list's footer out,
    links reduced to their host, addresses to their domain, numbers to their length, diacritics folded
    (Vietnamese typed either way)."""
    listed = message.header("List-Id") is not None or message.header("List-Unsubscribe") is not None
    parts = []
    for part in (message.text_body, message.html_text):
        lines = [line for line in part.splitlines() if not line.lstrip().startswith(">")]
        parts.append("\n".join(without_list_footer(lines) if listed else lines))
    text = _URL.sub(lambda m: f" url {m.group(1)} ", "\n".join(parts))
    text = _ADDRESS.sub(lambda m: f" address {m.group(1)} ", text)
    # Folded per word (cached) rather than the whole text first: 0.12 against 0.30 ms a message.
    return [strip_diacritics(w) for w in words(text, MAX_WORDS)]


def without_list_footer(lines: list[str]) -> list[str]:
    """The lines before a mailing list's footer: from the first separator line (20 or more ``_`` or ``-``,
    as Mailman and SourceForge write) among the last ``FOOTER_LINES``. A list appends the same footer to
    every post, spam relayed through it included; a short post would be mostly footer, and would match
    every other short post of the list."""
    start = max(0, len(lines) - FOOTER_LINES)
    for i in range(start, len(lines)):
        if _SEPARATOR.fullmatch(lines[i].strip()):
            return lines[:i]
    return lines


@lru_cache(maxsize=1)
def _minhash_class() -> Any:
    # Imported on first use: datasketch imports scipy (a third of a second), which only this check needs.
    from datasketch import MinHash

    return MinHash


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The MinHash permutations of ``SEED``, made once (datasketch draws them again for every instance)."""
    return _minhash_class()(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME).permutations


@lru_cache(maxsize=65536)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass"))


def shingle_hashes(w: list[str]) -> npt.NDArray[np.uint64]:
    """32-bit hashes of the word 3-shingles, unique. Combined from per-word CRC-32s in numpy (hashing each
    joined shingle in Python cost three times as much); part of the stored format, like ``SEED``."""
    h = np.fromiter((_word_hash(x) for x in w), np.uint64, len(w))
    mixed = (h[:-2] * np.uint64(0x9E3779B1)) ^ (h[1:-1] * np.uint64(0x85EBCA77)) ^ h[2:]
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


def text_digest(message: Message, min_words: int) -> TextDigest | None:
    """The message's text digest, or None when it has fewer than ``min_words`` words (a short text
    shares its few shingles with too many unrelated ones)."""

    def make() -> TextDigest | None:
        w = normalised_words(message)
        if len(w) < max(min_words, SHINGLE):
            return None
        mh = _minhash_class()(
            num_perm=PERMUTATIONS, seed=SEED, hashfunc=int, permutations=_permutations(), scheme=SCHEME
        )
        mh.update_batch(shingle_hashes(w).tolist())
        return TextDigest(np.asarray(mh.hashvalues, np.uint64), len(w))

    return message.memo(f"fuzzy_text_{min_words}", make)


def attachment_hashes(message: Message) -> list[str]:
    """SHA-256 of the attachments a campaign sends unchanged: documents, archives, programs, HTML
    (not images, signatures, forwarded messages or plain text, and none under ``MIN_SIZE`` bytes)."""
    out: dict[str, None] = {}
    for a in message.attachments:
        kind = (a.sniffed_type or a.declared_type or "").lower()
        if a.size < MIN_SIZE or kind.startswith(SKIP_ATTACHMENT_TYPES):
            continue
        out[a.sha256] = None
    return list(out)
