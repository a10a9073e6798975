"""Charset names from the wild mapped to Python codecs, and tolerant text decoding."""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from mailwarden.message.cjk_charset import ISO2022_JP_ESCAPES, sniff_east_asian

# Declared names that Python lacks or that mail clients mean as a superset (the WHATWG
# encoding standard makes the same substitutions: latin-1 and ascii are really windows-1252,
# gb2312/gbk are really gb18030, ks_c_5601 is really cp949).
_ALIASES: dict[str, str] = {
    # Declared ASCII with 8-bit bytes is nearly always UTF-8 from a careless client.
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "ansi_x3.4-1968": "utf-8",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "chinesebig5": "big5hkscs",  # Outlook Express
    "cn-big5": "big5hkscs",
    "gb2312_charset": "gb18030",
    "x-x-big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "utf-8",
    "unknown-8bit": "utf-8",
    "x-user-defined": "latin-1",
    "utf8": "utf-8",
    "cp-850": "cp850",
    "ibm850": "cp850",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
}


@lru_cache(maxsize=256)
def codec_for(charset: str | None) -> str | None:
    """The Python codec name for a declared charset, or None when unknown."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    # RFC 2231 allows a language suffix ("utf-8*en"); some senders add junk after spaces.
    words = name.split("*", 1)[0].split(None, 1)
    if not words:  # charset="*en" or the like: nothing before the suffix
        return None
    name = _ALIASES.get(words[0], words[0])
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    # Never let a header pick a bytes-to-bytes or otherwise exotic codec (base64_codec, rot13...).
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


# Declared charsets that East Asian text is sent under by mistake (ASCII maps to UTF-8 above).
_WESTERN = frozenset(("cp1252", "utf-8", "iso8859-1", "iso8859-15"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


# Groups of the two-byte UTF-8 range (U+0080-U+07FF) that one real text does not mix: spacing modifiers
# and combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac and Thaana/N'Ko. Latin (to
# U+024F) mixes with any of them and is not counted.
_UTF8_2BYTE_GROUPS = ((0x250, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x530, 0x58F), (0x590, 0x5FF), (0x600, 0x6FF),
                      (0x700, 0x7FF))  # fmt: skip


_BEYOND_2BYTE = re.compile("[^\x00-\u07ff]")
_NON_LATIN_2BYTE = re.compile("[\u0250-\u07ff]")


def _mixed_scripts(text: str) -> bool:
    """UTF-8 that reads as two or more of those groups at once and nothing beyond U+07FF: GBK or Big5
    bytes that happen to form valid two-byte sequences ("系统通知" in GBK reads "ϵͳ֪ͨ")."""
    if _BEYOND_2BYTE.search(text):
        return False
    found = set(_NON_LATIN_2BYTE.findall(text))
    groups = {i for c in found for i, (lo, hi) in enumerate(_UTF8_2BYTE_GROUPS) if lo <= ord(c) <= hi}
    return len(groups) >= 2


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 text (ASCII without ISO-2022-JP escapes included)."""
    if data.isascii():
        return not any(esc in data for esc in ISO2022_JP_ESCAPES)  # ISO-2022-JP is 7-bit
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not _mixed_scripts(text)


def html_meta_charset(data: bytes) -> str | None:
    """The charset an HTML document names in its ``<meta>`` (HTML5 ``charset=`` or the http-equiv
    Content-Type), looked for in its first 4 KiB, as browsers do when the transport names none."""
    m = _META_CHARSET.search(data, 0, 4096)
    return m.group(1).decode("ascii") if m else None


# Combining accents of Latin text (U+0300-U+036F): Vietnamese typed as "Unicode to hop" (decomposed, an
# option of the Unikey and Vietkey input methods, and what windows-1258 spells), or NFD from macOS.
_LATIN_COMBINING = re.compile("[\u0300-\u036f]")


def decode_text(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Decode ``data``; returns (text, charset_was_unknown). Never raises.

    Declared charset first; if it does not fit, UTF-8, then windows-1252, then Latin-1
    (which cannot fail), because mislabelled mail is common and UTF-8 errors are rare false hits.
    Decomposed accents are composed (NFC), so "Mật khẩu" typed with combining marks reads, tokenises
    and matches as the composed text does.
    """
    text, unknown = _decode(data, charset)
    if _LATIN_COMBINING.search(text) and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, unknown


def _decode(data: bytes, charset: str | None) -> tuple[str, bool]:
    unknown = False
    codec = codec_for(charset)
    if charset and codec is None:
        unknown = True
    explicit_utf8 = codec == "utf-8" and (charset or "").strip().lower() in ("utf-8", "utf8")
    if (codec is None or codec in _WESTERN) and not explicit_utf8 and not _is_utf8(data):
        sniffed = sniff_east_asian(data)  # GBK/Big5/Shift_JIS/EUC-KR sent unlabelled or as Latin-1
        if sniffed is not None:
            return data.decode(sniffed, "replace"), unknown
    if codec is not None:
        try:
            return data.decode(codec), unknown  # windows-1258's combining marks: composed by decode_text
        except Exception:  # UnicodeDecodeError; exotic codecs (utf-7, hz) raise others on junk
            pass
    try:
        return data.decode("utf-8"), unknown
    except UnicodeDecodeError:
        pass
    # A declared UTF-8 or multi-byte charset with a few bad bytes: keep it, mark the bad bytes.
    # (Declared ASCII maps to UTF-8 too, but 8-bit text labelled ASCII is mostly windows-1252.)
    if codec is not None and (explicit_utf8 or codec not in ("cp1252", "utf-8")):
        try:
            return data.decode(codec, "replace"), unknown
        except Exception:
            pass
    try:
        return data.decode("cp1252"), unknown
    except UnicodeDecodeError:
        return data.decode("latin-1"), unknown
