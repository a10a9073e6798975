"""Vietnamese typed in the legacy TCVN3 (ABC) and VNI font encodings, read as Unicode.

Before Unicode (decision 72/2002/QĐ-TTg made TCVN 6909:2001, Unicode, the standard of state agencies), offices typed
with the ABC keyboard and the ``.VnTime`` / ``.VnTimeH`` fonts: each accented letter is stored as a
Latin-1 code the font draws as that letter. A Word document, an RTF file or a mail written that way
holds "Céng hoµ x· héi chñ nghÜa ViÖt Nam" for "Cộng hoà xã hội chủ nghĩa Việt Nam", and a
classification stamp "MẬT" is stored as "MËT". Archives of official letters and templates are still
in it, so a DLP rule or a lure word list that reads only Unicode misses them.

The south typed the same way with VNI fonts (``VNI-Times``), which store a vowel as its base letter
followed by a Latin-1 code for its marks: "Xin chaøo caùc baïn" is "Xin chào các bạn".

Python has no TCVN3 or VNI codec and no maintained library converts them, so the tables below are
written by hand (TCVN 5712:1993, VN3 single-byte font table: the uppercase-only letters Ă Â Ê Ô Ơ Ư Đ
are the seven codes 0xA1-0xA7, other capitals are drawn by the ``H`` font from the lowercase codes;
VNI for Windows: tone, circumflex and breve codes after the base vowel, single codes for đ, ơ, ư
and the tone-marked i).

A text is converted only when it reads as one of them: several words change (for TCVN3: hold codes only
TCVN3 gives a Vietnamese meaning to), nearly every word with a high code becomes a well-formed Vietnamese syllable
once converted, and the text does not already hold Unicode Vietnamese. French, German or Spanish
(``été``, ``Größe``, ``también``) does not: converted, those words are not Vietnamese syllables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_LOWER = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ "
    "\u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ"
)
_UPPER = "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ"
_UPPER_CODES = frozenset(p[0] for p in _UPPER.split())
TCVN3: dict[str, str] = {p[0]: p[1] for p in (_LOWER + " " + _UPPER).split()}
_TABLE = str.maketrans(TCVN3)

# Codes that Unicode Vietnamese never uses as letters (à á â ã è é ê ì í ò ó ô õ ù ú ý are both
# Unicode Vietnamese letters and TCVN3 codes): their presence is what says "TCVN3".
_DISTINCTIVE = frozenset(c for c in TCVN3 if c not in "àáâãèéêìíòóôõùúýÊÒÓÔÕÌÝÈÉ")
_DISTINCTIVE_RX = re.compile("[" + re.escape("".join(sorted(_DISTINCTIVE))) + "]")
# Words are runs of letters of any script (and of TCVN3's non-letter codes): a Turkish "müşteri" is one
# word, not "mü" (a TCVN3 "mỹ") and "teri". Only words written in Latin-1 can be legacy Vietnamese.
_WORD = re.compile(r"(?:[^\W\d_]|[" + re.escape("".join(sorted(TCVN3))) + "])+")
# Letters of Unicode Vietnamese outside Latin-1: ă đ ĩ ũ ơ ư and U+1EA0-U+1EF9.
_UNICODE_VI = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# A Vietnamese syllable without its tone: onset, vowel nucleus (with glides), coda.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:[aăâeêioôơuưy]{1,3})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_MIN_WORDS = 3
_MIN_SHARE = 0.8
_SAMPLE = 20_000


def _beyond_latin1(word: str) -> bool:
    return max(word) > "\u00ff"


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONES)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def _convert_word(word: str) -> str:
    out = word.translate(_TABLE)
    letters = [c for c in word if (c.isascii() and c.isalpha()) or c in _UPPER_CODES]
    # The .VnTimeH capital font draws lowercase codes as capitals: a word typed in capitals ("MËT")
    # is a capital word ("MẬT"). One capital is a capitalised word ("Tù" is "Tự").
    if len(letters) > 1 and all(c.isupper() or c in _UPPER_CODES for c in letters):
        out = out.upper()
    return out


def _reads_as(
    text: str, words: re.Pattern[str], convert: Callable[[str], str], evidence: Callable[[str, str], bool]
) -> bool:
    """The test of the module docstring on the first ``_SAMPLE`` characters: enough words are ``evidence``
    once converted to Vietnamese syllables, nearly all Latin-1 words become syllables, and Unicode
    Vietnamese letters are rare."""
    text = text[:_SAMPLE]
    high = valid = seen = 0
    for m in words.finditer(text):
        word = m.group(0)
        if word.isascii() or not any(c.isascii() for c in word):
            continue
        high += 1
        if _beyond_latin1(word):
            continue
        converted = convert(word)
        if _is_syllable(converted):
            valid += 1
            seen += evidence(word, converted)
    if seen < _MIN_WORDS or valid < _MIN_SHARE * high:
        return False
    return 4 * len(_UNICODE_VI.findall(text)) < seen


def _convert_words(text: str, words: re.Pattern[str], convert: Callable[[str], str]) -> str:
    """``text`` with the Latin-1 words that ``convert`` makes Vietnamese syllables converted (NFC)."""

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isascii() or _beyond_latin1(word):
            return word
        converted = convert(word)
        return converted if _is_syllable(converted) else word

    return words.sub(one, text)


def looks_tcvn3(text: str) -> bool:
    """Whether ``text`` is Vietnamese typed in TCVN3: words holding codes only TCVN3 gives a Vietnamese
    meaning to are the evidence."""
    if _DISTINCTIVE_RX.search(text, 0, _SAMPLE) is None:
        return False
    return _reads_as(text, _WORD, _convert_word, lambda word, _: any(c in _DISTINCTIVE for c in word))


def tcvn3_to_unicode(text: str) -> str:
    """``text`` with its TCVN3 words in Unicode (NFC); words that are not Vietnamese syllables stay."""
    return _convert_words(text, _WORD, _convert_word)


# VNI for Windows. Marks after a base vowel (lowercase codes; the capital codes are the same letters
# in capitals): tone; circumflex with a tone; breve with a tone.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONE = {"ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRC = {"â": "", "à": _GRAVE, "á": _ACUTE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "è": _GRAVE, "é": _ACUTE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
_VNI_BASES = {
    "a": (("", _VNI_TONE), (_CIRC, _VNI_CIRC), (_BREVE, _VNI_BREVE)),
    "e": (("", _VNI_TONE), (_CIRC, _VNI_CIRC)),
    "o": (("", _VNI_TONE), (_CIRC, _VNI_CIRC)),
    "u": (("", _VNI_TONE),),
    "y": (("", _VNI_TONE),),
    "ô": ((_HORN, _VNI_TONE),),  # ơ
    "ö": ((_HORN, _VNI_TONE),),  # ư
}
_VNI_PLAIN = {"ô": "o", "ö": "u"}
_VNI_SINGLE = {"ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "ô": "ơ", "ö": "ư", "î": "ỵ"}
_VNI_MARKS = sorted({*_VNI_TONE, *_VNI_CIRC, *_VNI_BREVE})
_VNI_RX = re.compile(
    "([" + "".join(b + b.upper() for b in _VNI_BASES) + "])([" + "".join(m + m.upper() for m in _VNI_MARKS) + "])"
    "|([" + "".join(c + c.upper() for c in _VNI_SINGLE) + "])"
)
_LETTERS = re.compile(r"[^\W\d_]+")


def _vni_pair(base: str, mark: str) -> str | None:
    low = base.lower()
    for added, marks in _VNI_BASES[low]:
        tone = marks.get(mark.lower())
        if tone is not None:
            letter = unicodedata.normalize("NFC", _VNI_PLAIN.get(low, low) + added + tone)
            return letter.upper() if base.isupper() else letter
    return None


def _vni_sub(m: re.Match[str]) -> str:
    if m.group(3):
        single = m.group(3)
        out = _VNI_SINGLE[single.lower()]
        return out.upper() if single.isupper() else out
    pair = _vni_pair(m.group(1), m.group(2))
    if pair is not None:
        return pair
    # Not a mark of this base ("eê"): the base alone (ô/ö are VNI's ơ/ư), the mark read again.
    base = m.group(1)
    first = _VNI_SINGLE.get(base.lower(), base) if base.lower() in _VNI_PLAIN else base
    first = first.upper() if base.isupper() else first
    return first + _VNI_RX.sub(_vni_sub, m.group(2))


def _vni_word(word: str) -> str:
    return _VNI_RX.sub(_vni_sub, word)


def looks_vni(text: str) -> bool:
    """Whether ``text`` is Vietnamese typed in VNI: words that the conversion changes are the evidence."""
    return _reads_as(text, _LETTERS, _vni_word, str.__ne__)


def vni_to_unicode(text: str) -> str:
    """``text`` with its VNI words in Unicode (NFC); words that are not Vietnamese syllables stay."""
    return _convert_words(text, _LETTERS, _vni_word)


def unicode_vietnamese(text: str) -> str:
    """``text`` itself, or its Unicode reading when it is TCVN3 or VNI."""
    if text.isascii():  # most text: neither test needs to look at its words
        return text
    if looks_tcvn3(text):
        return tcvn3_to_unicode(text)
    if looks_vni(text):
        return vni_to_unicode(text)
    return text
