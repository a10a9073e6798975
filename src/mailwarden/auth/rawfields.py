"""Whether a raw message has a header field, when its header section is too broken for dkimpy to parse."""

from __future__ import annotations

import re

from mailwarden.message.headers import raw_header_section


def has_field(raw: bytes, name: bytes) -> bool:
    """True when a line of ``raw``'s header section starts with ``name:`` (any case, blanks before the colon).

    The header section ends at the first empty line; with none (a defect), the whole message is read, so a
    broken message that might be signed is still treated as signed.
    """
    return re.search(rb"(?im)^" + re.escape(name) + rb"[ \t]*:", raw_header_section(raw)) is not None
