"""Personal identifiers, validated: VN citizen ID (province code), CN resident ID (ISO 7064 MOD 11-2),
bank cards (Luhn and issuer prefix), VN/CN mobile numbers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date

from mailwarden.dlp.model import Finding, Kind, redact

# Province/city codes of the 12-digit citizen ID (Circular 07/2016/TT-BCA, Annex); kept after the
# 2025 merger of provinces because issued numbers do not change.
_VN_CODES: tuple[int, ...] = (1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33)
_VN_CODES += (34, 35, 36, 37, 38)
_VN_CODES += (40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79)
_VN_CODES += (80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96)
VN_PROVINCES = frozenset(f"{c:03d}" for c in _VN_CODES)
# First two digits of a CN resident ID: province-level division (GB/T 2260).
_CN_CODES = (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54)
CN_REGIONS = frozenset(str(c) for c in (*_CN_CODES, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91))
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECK = "10X98765432"

_VN_ID = re.compile(r"(?<![\w.+-])(0\d{11})(?![\w-])")
_CN_ID = re.compile(r"(?<![\w])([1-9]\d{16}[\dXx])(?!\w)")
_CARD = re.compile(r"(?<![\w.+/=-])(\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,4}(?:[ -]?\d{3})?)(?![\w/=-])")
_VN_PHONE = re.compile(
    r"(?<![\w+])((?:\+84[ .]?|84|0)(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d(?:[ .]?\d{3}){2})(?![\w]|[ .]\d)"
)
_CN_PHONE = re.compile(r"(?<![\w+])((?:\+86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4})(?![\w]|[ -]\d)")

_CONTEXT = {
    Kind.VN_CITIZEN_ID: re.compile(
        r"(?i)(cccd|cmnd|cmt|căn\s*cước|can\s*cuoc|định\s*danh|dinh\s*danh|chứng\s*minh|chung\s*minh|citizen|identity|id\s*card|id\s*no)"
    ),
    Kind.CN_RESIDENT_ID: re.compile(r"(?i)(身份证|身份号|证件号|公民身份|id\s*card|identity)"),
    Kind.BANK_CARD: re.compile(
        r"(?i)(card|thẻ|số\s*tk|stk|tài\s*khoản|tai\s*khoan|visa|master|napas|unionpay|银行|卡号|信用卡|借记卡|账号)"
    ),
}
_CONTEXT_WINDOW = 60


def key_of(value: str) -> str:
    """A short one-way key of an identifier: deduplication and exceptions without keeping the value."""
    return hashlib.sha256("".join(c for c in value if c.isalnum()).upper().encode()).hexdigest()[:16]


def _context_word(kind: Kind, text: str, start: int) -> str | None:
    """The label word ("CCCD", "thẻ", "身份证") written just before an identifier, if any."""
    rx = _CONTEXT.get(kind)
    if rx is None:
        return None
    found = list(rx.finditer(text, max(0, start - _CONTEXT_WINDOW), start))
    return found[-1].group(1) if found else None


def valid_vn_citizen_id(digits: str, today: date | None = None) -> bool:
    """12 digits: province code, century/sex digit, two-digit birth year not in the future."""
    if len(digits) != 12 or not digits.isdigit() or digits[:3] not in VN_PROVINCES:
        return False
    century = int(digits[3]) // 2  # 0/1: 1900s, 2/3: 2000s, ...
    if century > 1:
        return False
    year = 1900 + 100 * century + int(digits[4:6])
    return year <= (today or date.today()).year and len(set(digits[6:])) > 1


def valid_cn_resident_id(value: str, today: date | None = None) -> bool:
    """18 characters: region, birth date YYYYMMDD, sequence, ISO 7064 MOD 11-2 check character."""
    v = value.upper()
    if len(v) != 18 or not v[:17].isdigit() or v[:2] not in CN_REGIONS:
        return False
    try:
        born = date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not date(1900, 1, 1) <= born <= (today or date.today()):
        return False
    total = sum(int(c) * w for c, w in zip(v[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == v[17]


def luhn_ok(digits: str) -> bool:
    """ISO/IEC 7812 check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_issuer(digits: str) -> str | None:
    """Scheme by issuer prefix and length, None for numbers no card network issues."""
    n, p2, p4 = len(digits), int(digits[:2]), int(digits[:4])
    if digits.startswith("9704") and n in (16, 19):
        return "napas"
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    return None


def valid_card(digits: str) -> bool:
    """Known issuer prefix, Luhn, and not a run of one digit."""
    return 13 <= len(digits) <= 19 and card_issuer(digits) is not None and len(set(digits)) > 2 and luhn_ok(digits)


def find_identifiers(text: str, source: str, kinds: frozenset[Kind], today: date | None = None) -> Iterator[Finding]:
    """Valid identifiers of the requested kinds in ``text``."""
    if Kind.VN_CITIZEN_ID in kinds:
        for m in _VN_ID.finditer(text):
            if valid_vn_citizen_id(m.group(1), today):
                yield _finding(Kind.VN_CITIZEN_ID, m.group(1), text, m.start(), source, "vn-id")
    if Kind.CN_RESIDENT_ID in kinds:
        for m in _CN_ID.finditer(text):
            if valid_cn_resident_id(m.group(1), today):
                yield _finding(Kind.CN_RESIDENT_ID, m.group(1).upper(), text, m.start(), source, "cn-id")
    if Kind.BANK_CARD in kinds:
        for m in _CARD.finditer(text):
            raw = m.group(1)
            digits = re.sub(r"\D", "", raw)
            if valid_card(digits):
                grouped = bool(re.fullmatch(r"\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}", raw))
                f = _finding(Kind.BANK_CARD, digits, text, m.start(), source, card_issuer(digits) or "card")
                # 4-4-4-4 grouping is how people write card numbers; bare digit runs are usually references
                yield f if f.context or not grouped else Finding(f.kind, f.source, f.label, f.snippet, f.key, True)
    if Kind.PHONE in kinds:
        for rx, label, national_len in ((_VN_PHONE, "vn-phone", 9), (_CN_PHONE, "cn-phone", 11)):
            for m in rx.finditer(text):
                national = re.sub(r"\D", "", m.group(1))[-national_len:]
                yield Finding(Kind.PHONE, source, label, redact(national), key_of(national), False)


def _finding(kind: Kind, value: str, text: str, start: int, source: str, label: str) -> Finding:
    word = _context_word(kind, text, start)
    snippet = f"{word}: {redact(value)}" if word else redact(value)
    return Finding(kind, source, label, snippet, key_of(value), word is not None)
