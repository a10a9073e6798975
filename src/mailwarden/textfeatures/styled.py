"""Letters styled with Unicode look-alikes of ASCII letters and digits.

Mathematical bold, italic, script, double-struck, sans-serif and monospace letters and digits
(U+1D400-U+1D7FF), circled letters (U+24B6-U+24E9) and squared letters (U+1F130-U+1F149) render as
ordinary words in a bold or fancy face, but to a word filter ``𝐅𝐑𝐄𝐄`` is not ``FREE``. Each maps back
to its ASCII character under NFKC. Only these ranges are folded: full NFKC would also rewrite
full-width forms and ligatures that Chinese and Vietnamese text uses as written.
"""

from __future__ import annotations

import re
import unicodedata

STYLED_CHARS = "\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f149"
_STYLED = re.compile(f"[{STYLED_CHARS}]")
# A styled word: three such letters in a row. One alone is a logo (𝕏 for X) or a maths symbol.
_STYLED_RUN = re.compile(f"[{STYLED_CHARS}]{{3,}}")


def unstyle(text: str) -> str:
    """``text`` with every styled letter or digit replaced by its ASCII character."""
    if text.isascii() or not _STYLED.search(text):
        return text
    return _STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def styled_words(text: str, limit: int = 5) -> list[str]:
    """Up to ``limit`` runs of three or more styled letters in ``text``, as ASCII."""
    if text.isascii():
        return []
    out: list[str] = []
    for m in _STYLED_RUN.finditer(text):
        out.append(unstyle(m.group(0)))
        if len(out) >= limit:
            break
    return out
