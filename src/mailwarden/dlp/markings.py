"""Security classification stamps: Vietnamese (MẬT, TỐI MẬT, TUYỆT MẬT) and Chinese (绝密, 机密, 秘密, 内部).

Only stamp context counts, never the words in prose ("bí mật", "商业机密"): a marking alone on its line
in capitals, after a "Độ mật:" / "密级：" label, in brackets, or with the ★ of GB/T 9704 (``机密★1年``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from mailwarden.dlp.model import Finding, Kind, clip
from mailwarden.textfeatures.vn_legacy import unicode_vietnamese

# Legacy fonts and some keyboards type Icelandic Ð (U+00D0) for Vietnamese Đ (U+0110).
_FOLD = str.maketrans({"Ð": "Đ", "ð": "đ", "☆": "★", "＊": "*", "：": ":"})
_VN_LEVELS = {
    "TUYỆT MẬT": "TUYỆT MẬT",
    "TUYET MAT": "TUYỆT MẬT",
    "TỐI MẬT": "TỐI MẬT",
    "TOI MAT": "TỐI MẬT",
    "MẬT": "MẬT",
    "MAT": "MẬT",
}
_VN_ALT = r"TUY[ỆE]T\s+M[ẬA]T|T[ỐO]I\s+M[ẬA]T|M[ẬA]T"
_VN_LABEL = re.compile(
    rf"(?i)(?<!\w)(?:độ|do)\s+(?:mật|mat)\s*:\s*({_VN_ALT})(?!\w)",
)
# In capitals on a line of its own (decoration around it allowed); bare ASCII "MAT" is too common.
_DECOR = r"[\s*★\-–—_=|.:\"'“”«»<>\[\](){}【】「」]*"
_VN_ALONE = re.compile(rf"^{_DECOR}(TUYỆT\s+MẬT|TUYET\s+MAT|TỐI\s+MẬT|TOI\s+MAT|MẬT){_DECOR}$")
_VN_BRACKET = re.compile(r"[\[(«【「]\s*(TUYỆT\s+MẬT|TỐI\s+MẬT|MẬT|TUYET\s+MAT|TOI\s+MAT)\s*[\])»】」]")
_VN_PHRASE = re.compile(r"(?<!\w)(TUYỆT\s+MẬT|TỐI\s+MẬT)(?!\w)")
_VN_LEAD = re.compile(r"^\s*(TUYỆT\s+MẬT|TỐI\s+MẬT|MẬT)\s*[:\-–—]\s+\S")

_CN = "绝密|机密|秘密|内部"
_CN_STAR = re.compile(rf"({_CN})\s*[★*]")
_CN_LABEL = re.compile(rf"密\s*级\s*[:]?\s*({_CN})")
_CN_ALONE = re.compile(rf"^{_DECOR}({_CN}){_DECOR}$")
_CN_BRACKET = re.compile(rf"[\[(【「（〔]\s*({_CN})\s*[\])】」）〕]")


# Lines that could hold a stamp at all; the detailed patterns run on these lines only.
_CANDIDATE_LINE = re.compile(r"(?im)^[^\n]*?(?:m[ậa]t|绝密|机密|秘密|内部)[^\n]*$")


def normalise(text: str) -> str:
    """Legacy TCVN3 Vietnamese read as Unicode, NFC (decomposed Vietnamese tone marks compose) and
    look-alike folding."""
    text = unicode_vietnamese(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_FOLD) if any(c in text for c in "Ðð☆＊：") else text


def find_markings(text: str, source: str) -> Iterator[Finding]:
    """Every stamped classification marking in ``text`` (already normalised)."""
    for m in _CANDIDATE_LINE.finditer(text):
        line = m.group(0)
        if len(line) > 2000:
            continue
        yield from _vn_line(line, source)
        yield from _cn_line(line, source)


def _vn_level(raw: str) -> str:
    return _VN_LEVELS.get(" ".join(raw.upper().split()), "MẬT")


def _vn_line(line: str, source: str) -> Iterator[Finding]:
    seen: set[str] = set()
    for rx in (_VN_LABEL, _VN_ALONE, _VN_BRACKET, _VN_LEAD, _VN_PHRASE):
        for m in rx.finditer(line):
            level = _vn_level(m.group(1))
            if level not in seen:
                seen.add(level)
                yield Finding(Kind.CLASSIFIED_VN, source, level, clip(line), level)


def _cn_line(line: str, source: str) -> Iterator[Finding]:
    if not any(w in line for w in ("绝密", "机密", "秘密", "内部")):
        return
    seen: set[str] = set()
    for rx in (_CN_STAR, _CN_LABEL, _CN_ALONE, _CN_BRACKET):
        for m in rx.finditer(line):
            level = m.group(1)
            if level not in seen:
                seen.add(level)
                yield Finding(Kind.CLASSIFIED_CN, source, level, clip(line), level)
