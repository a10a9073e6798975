"""Tokenisation that works for Vietnamese (with and without diacritics), Chinese (no spaces) and English."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from mailwarden.textfeatures.styled import unstyle

# \w runs; CJK ideographs come out as one run per phrase and are split into character n-grams.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
# Vietnamese đ/Đ is a letter of its own, not d + a combining mark, so NFD leaves it alone.
_VI_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})
MAX_TOKEN_CHARS = 24
_PREFIX_CHARS_PER_WORD = 32


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


@lru_cache(maxsize=65536)
def strip_diacritics(word: str) -> str:
    """``"thuế"`` -> ``"thue"``: Vietnamese typed without diacritics (phones, old systems) matches too."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word.translate(_VI_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_text(text: str) -> str:
    """``strip_diacritics`` for long texts (not cached; ASCII text returned as is)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", unstyle(text).translate(_VI_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def cjk_ngrams(run: str) -> Iterator[str]:
    """Character unigrams and bigrams of a run of CJK characters (Chinese has no spaces)."""
    for i, ch in enumerate(run):
        yield ch
        if i + 1 < len(run):
            yield run[i : i + 2]


def _shape(word: str) -> str:
    """Numbers and very long tokens collapse to a shape so ids and amounts generalise."""
    if word.isdigit():
        return f"#d{min(len(word), 9)}"
    if len(word) > MAX_TOKEN_CHARS:
        return f"#long{'a' if word.isascii() else 'u'}"
    return word


def words(text: str, limit: int = 4000) -> list[str]:
    """Lowercased word tokens (numbers shaped, CJK split into n-grams), at most ``limit`` of them."""
    # Styled letters (𝐅𝐑𝐄𝐄) are read as the plain word they spell.
    low = unstyle(text).lower()
    if not _CJK.search(low):
        # Without CJK every word is one token: found at once by findall (a seventh faster than the loop below),
        # in a prefix long enough for ``limit`` words, or in the whole text when the prefix is not.
        cut = limit * _PREFIX_CHARS_PER_WORD
        found = _WORD.findall(low, 0, cut)
        if len(found) <= limit and len(low) > cut:
            found = _WORD.findall(low)  # a word may have been cut at the end of the prefix
        return [w if len(w) <= MAX_TOKEN_CHARS and not w.isdigit() else _shape(w) for w in found[:limit]]
    out: list[str] = []
    # finditer and islice stop at the limit: 2 MB of Chinese is one "word" of 4 million n-grams
    for match in _WORD.finditer(low):
        w = match.group(0)
        if len(w) <= MAX_TOKEN_CHARS and w.isascii():
            out.append(f"#d{min(len(w), 9)}" if w.isdigit() else w)
        elif not w.isascii() and _CJK.search(w):
            pos = 0
            for run in _CJK_RUN.finditer(w):
                if run.start() > pos:
                    out.append(_shape(w[pos : run.start()]))
                out.extend(islice(cjk_ngrams(run.group(0)), max(limit - len(out), 0)))
                pos = run.end()
                if len(out) >= limit:
                    break
            if pos < len(w):
                out.append(_shape(w[pos:]))
        else:
            out.append(_shape(w))
        if len(out) >= limit:
            break
    return out[:limit]


def char_ngrams(word: str, sizes: tuple[int, ...] = (3, 4)) -> Iterator[str]:
    """Character n-grams of ``<word>`` (with boundary marks): ``"v1agra"`` shares most with ``"viagra"``."""
    w = f"<{word}>"
    for n in sizes:
        for i in range(len(w) - n + 1):
            yield w[i : i + n]
