"""Unicode script of characters and mixed-script detection (Latin mixed with Cyrillic/Greek in one word)."""

from __future__ import annotations

import re
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


# Letters only Vietnamese uses among Latin-script languages: ă đ ơ ư and the precomposed tone-marked
# vowels of Latin Extended Additional (U+1EA0-U+1EF9). (â ê ô are left out: French and Portuguese
# use them too, and Portuguese phishing is common.)
_VI_OR_CJK = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")


# Vietnamese-only letters are ~10-20% of the letters of Vietnamese prose; CJK text is ~100%.
VI_ZH_SHARE = 0.06


def vi_zh_share(text: str, limit: int = 4000) -> float:
    """Share of the letters (first ``limit`` characters) that are Chinese/CJK or Vietnamese-specific.

    Only approximate and cheap (two regex scans): enough to tell "mostly Vietnamese or Chinese" from
    "mostly other".
    """
    head = text[:limit]
    if head.isascii():
        return 0.0
    letters = len(_LETTER.findall(head))
    return len(_VI_OR_CJK.findall(head)) / letters if letters else 0.0
