"""What a DLP detector reports: one finding per match, with a redacted snippet for the audit trail."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Kind(enum.StrEnum):
    """Detector families; each maps to one symbol of the ``outbound_dlp`` check."""

    CLASSIFIED_VN = "classified_vn"
    CLASSIFIED_CN = "classified_cn"
    KEYWORD = "keyword"
    VN_CITIZEN_ID = "vn_citizen_id"
    CN_RESIDENT_ID = "cn_resident_id"
    BANK_CARD = "bank_card"
    PHONE = "phone"


@dataclass(frozen=True, slots=True)
class Finding:
    """One match. ``label`` is the marking level or dictionary name; ``key`` deduplicates values;
    ``context`` is True when a label word ("CCCD", "thẻ", ...) stands next to an identifier."""

    kind: Kind
    source: str
    label: str
    snippet: str
    key: str
    context: bool = True


def redact(value: str, head: int = 4, tail: int = 3) -> str:
    """``012345678901`` -> ``0123*****901``: enough for an auditor to recognise, not to reuse."""
    v = "".join(c for c in value if c.isalnum())
    if len(v) <= head + tail:
        return "*" * len(v)
    return v[:head] + "*" * (len(v) - head - tail) + v[-tail:]


_NUMBER = re.compile(r"\d(?:[\d .-]{4,}\d)?[\dXx]?")


def clip(text: str, limit: int = 100) -> str:
    """A one-line excerpt for the event log, long numbers in it redacted."""
    one = _NUMBER.sub(lambda m: redact(m.group(0)) if len(m.group(0)) >= 8 else m.group(0), " ".join(text.split()))
    return one if len(one) <= limit else one[: limit - 1] + "…"
