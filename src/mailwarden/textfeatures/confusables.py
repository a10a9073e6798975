"""A skeleton for confusable strings (UTS #39 idea): map look-alike characters to one Latin form."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The common part of the Unicode confusables table for Latin lookalikes in domains and words:
# Cyrillic and Greek letters, fullwidth forms (NFKC handles those), digits used for letters.
_CHARS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "ɑ": "a", "ı": "i", "ɩ": "i", "ℓ": "l", "α": "a", "β": "b", "ε": "e", "η": "n",
    "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ѵ": "v",
    "ӏ": "l", "Ι": "l", "Ο": "o", "0": "o", "1": "l", "|": "l", "!": "i", "$": "s", "@": "a",
}  # fmt: skip
_TABLE = str.maketrans(_CHARS)
# Multi-character lookalikes, applied after the per-character map.
_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("ii", "u"))


@lru_cache(maxsize=16384)
def skeleton(text: str) -> str:
    """Lowercase, NFKC, accents dropped, lookalikes mapped: ``раураl.com`` and ``paypal.com`` share one skeleton."""
    t = unicodedata.normalize("NFKC", text).lower().translate(_TABLE)
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
    for a, b in _PAIRS:
        t = t.replace(a, b)
    return t


def ascii_fold(text: str) -> str:
    """The skeleton without the multi-character rules (for comparing words, not domains)."""
    t = unicodedata.normalize("NFKC", text).lower().translate(_TABLE)
    return "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
