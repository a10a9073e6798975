"""Unicode script of characters and mixed-script detection (Latin mixed with Cyrillic/Greek in one word)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Scripts whose letters imitate Latin ones; mixing them with Latin inside one word or label is a trick.
CONFUSABLE_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"})


@lru_cache(maxsize=8192)
def char_script(ch: str) -> str:
    """The script word of the character's Unicode name (LATIN, CYRILLIC, CJK, ...), "" for non-letters."""
    if ch.isascii():
        return "LATIN" if ch.isalpha() else ""
    if not ch.isalpha():
        return ""
    name = unicodedata.name(ch, "")
    if not name:
        return ""
    first = name.split(" ", 1)[0]
    return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL") else first


def scripts_of(word: str) -> frozenset[str]:
    return frozenset(s for s in (char_script(c) for c in word) if s)


def is_mixed_script(word: str) -> bool:
    """Latin letters together with letters of a Latin-lookalike script in one word (``pаypal`` with Cyrillic а)."""
    if word.isascii():
        return False
    found = scripts_of(word)
    return "LATIN" in found and bool(found & CONFUSABLE_SCRIPTS)
