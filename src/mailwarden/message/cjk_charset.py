"""Chinese, Japanese and Korean text sent with no charset, or labelled Latin-1/ASCII.

Old mail clients (Outlook Express, Foxmail 5, webmail of the 2000s) and bulk mailers often send GBK,
Big5, Shift_JIS or EUC-KR text with no charset, or under a Western one; the public spam corpora hold
dozens such messages. Decoded as windows-1252 it is mojibake ("¯Â°Ó·~¿ì¤½«Ç"), which no word rule,
lure phrase or classifier feature reads, and a Chinese agency's own legacy mail looks the same.

Which codec a byte string is in is guessed by charset-normalizer (a maintained library: language
coherence over character frequencies). It is asked only after a gate written here, because on
Western text it answers East Asian codecs too: a cp1252 apostrophe ("It\\x92s") reads as Big5 and a run
of soft hyphens as Shift_JIS half-width katakana, and taking those would destroy legitimate English
mail and the soft-hyphen trick the phishing rules look for. The gate wants most of the non-ASCII
characters of a candidate decoding to be Han, kana or Hangul *next to another such character*: real East
Asian text comes in runs, while Western bytes that happen to decode give isolated characters between
ASCII letters (one Latin-1 letter is one byte; a double-byte character needs two high bytes in a row).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

CANDIDATES = ("gb18030", "big5hkscs", "cp932", "cp949")
MIN_RUN_CHARS = 2  # a two-character Chinese subject passes; "Café Olé" cannot
MIN_RUN_SHARE = 0.8  # of the non-ASCII characters that are not CJK punctuation or full-width forms
MIN_COMMON_SHARE = 0.6  # of the characters in runs that are among the everyday ones of their language
# How close to the most everyday characters a candidate must come to be put to charset-normalizer.
CLOSE = 0.95
# Bytes that are no character of a candidate: this share of the characters, and one more in a long text
# (a cut character at its end). A short header must decode whole: Thai TIS-620 reads as GBK but for one byte.
MAX_BAD_SHARE = 0.002
LONG_TEXT = 200
# Fewer high bytes than this give language frequencies nothing to go on (charset-normalizer read a
# three-character GBK subject as Korean): a tie then goes to the first candidate, Chinese, this
# product's users' language.
SHORT_BYTES = 24
ISO2022_JP_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J")


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"  # kana, Han, Hangul syllables
_NEUTRAL = "\u3000-\u303f\uff00-\uff60\uffa0-\uffef"  # CJK punctuation, full-width forms
_IS_CJK = re.compile(f"[{_CJK}]")
# A run: CJK characters, with CJK punctuation between them, at least two CJK characters long.
_RUN = re.compile(f"[{_CJK}](?:[{_NEUTRAL}]*[{_CJK}])+")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_NEUTRALS = re.compile(f"[{_NEUTRAL}]")
# Lead and trail bytes of two double-byte characters of any candidate, one after the other.
_TWO_DOUBLE_BYTE = re.compile(rb"[\x81-\xfe][\x40-\xfe][\x81-\xfe][\x40-\xfe]")


# Lead bytes of each standard's everyday characters: KS X 1001 Hangul, GB 2312 level 1, Big5 level 1,
# JIS X 0208 level 1.
_FIRST_LEVEL = (("euc_kr", 0xB0, 0xC8), ("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6), ("cp932", 0x88, 0x98))


@lru_cache(maxsize=8192)
def everyday(c: str) -> bool:
    """Kana, a Hangul syllable of KS X 1001's 2,350, or a Han character of the first level of GB 2312,
    Big5 or JIS X 0208: the characters that make up nearly all real text. Bytes of one encoding read
    as another give mostly rarer ones."""
    o = ord(c)
    if 0x3040 <= o <= 0x30FF:
        return True
    for codec, low, high in _FIRST_LEVEL:
        try:
            b = c.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and low <= b[0] <= high:
            return True
    return False


def east_asian_runs(text: str) -> tuple[int, int, int]:
    """(CJK characters in runs of two or more, how many of those are everyday ones, non-ASCII
    characters other than CJK punctuation and full-width forms)."""
    in_runs = 0
    common = 0
    for m in _RUN.finditer(text):
        for c in _IS_CJK.findall(m.group()):
            in_runs += 1
            common += everyday(c)
    counted = len(_NON_ASCII.findall(text)) - len(_NEUTRALS.findall(text))
    return in_runs, common, counted


def _passes(text: str) -> int:
    """The everyday characters in runs when ``text`` reads as East Asian text, else 0."""
    in_runs, common, counted = east_asian_runs(text)
    if in_runs < MIN_RUN_CHARS or in_runs < MIN_RUN_SHARE * counted or common < MIN_COMMON_SHARE * in_runs:
        return 0
    # One character over and over is a repeated byte (a run of soft hyphens reads as Big5 "限限限"), not text.
    han = Counter(_IS_CJK.findall(text))
    if han.most_common(1)[0][1] > max(1, in_runs // 2):
        return 0
    return common


def sniff_east_asian(data: bytes) -> str | None:
    """The codec of ``data`` when it is Chinese, Japanese or Korean text in a legacy encoding, else None.

    Call it for bytes that are not valid UTF-8 and carry no charset or a Western one."""
    if data.isascii():
        return "iso2022_jp" if any(esc in data for esc in ISO2022_JP_ESCAPES) and _decodes(data, "iso2022_jp") else None
    if not _TWO_DOUBLE_BYTE.search(data):  # no two double-byte characters in a row: no run (fast path)
        return None
    passing: dict[str, int] = {}
    for codec in CANDIDATES:
        # Not strict: a cut multi-byte character at the end or one stray byte is common in real mail.
        text = data.decode(codec, "replace")
        if text.count("\ufffd") > MAX_BAD_SHARE * len(text) + (len(text) >= LONG_TEXT):
            continue
        runs = _passes(text)
        if runs:
            passing[codec] = runs
    if not passing:
        return None
    top = max(passing.values())
    close = [c for c, n in passing.items() if n >= CLOSE * top]
    if len(close) > 1 and sum(b > 127 for b in data) < SHORT_BYTES:
        return next(c for c in CANDIDATES if c in close)  # too short for frequencies: Chinese first
    if len(close) > 1:  # GB 2312 and EUC-KR text share their byte ranges: let the language decide
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=close).best()
        if best is not None and best.encoding in close:
            return best.encoding
    return max(passing, key=lambda c: passing[c])


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
