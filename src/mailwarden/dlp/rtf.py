"""Plain text of an RTF document: control words dropped, ``\\'hh`` and ``\\uN`` escapes decoded."""

from __future__ import annotations

import re

_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
# Destinations whose content is not document text (fonts, styles, pictures, metadata blobs).
_SKIP = frozenset(
    {
        b"fonttbl",
        b"colortbl",
        b"stylesheet",
        b"pict",
        b"object",
        b"themedata",
        b"colorschememapping",
        b"datastore",
        b"latentstyles",
        b"listtable",
        b"listoverridetable",
        b"rsidtbl",
        b"generator",
        b"xmlnstbl",
        b"mmathPr",
        b"filetbl",
        b"revtbl",
        b"pgdsctbl",
        b"fldinst",
    }
)
_BREAKS = {b"par": "\n", b"line": "\n", b"row": "\n", b"sect": "\n", b"page": "\n", b"tab": "\t", b"cell": "\t"}


def rtf_text(data: bytes, max_chars: int) -> str:
    """Decode RTF; ``\\ansicpg`` picks the code page of ``\\'hh`` bytes (cp1258, cp936, ...)."""
    codepage = "cp1252"
    out: list[str] = []
    pending = bytearray()  # \'hh bytes are collected so multi-byte code pages (cp936) decode whole
    stack: list[tuple[bool, int]] = []
    skip, uc, to_skip = False, 1, 0
    size = 0

    def flush() -> None:
        nonlocal size
        if pending:
            if not skip:
                text = pending.decode(codepage, "replace")
                out.append(text)
                size += len(text)
            pending.clear()

    for m in _TOKEN.finditer(data):
        if size > max_chars:
            break
        word, arg, hexbyte, sym, brace, text = m.groups()
        if hexbyte is not None:
            if to_skip:
                to_skip -= 1
            else:
                pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            stack.append((skip, uc))
        elif brace == b"}":
            skip, uc = stack.pop() if stack else (False, 1)
            to_skip = 0
        elif word is not None:
            if to_skip and word != b"u":
                to_skip -= 1
                continue
            if word in _SKIP:
                skip = True
            elif word == b"ansicpg" and arg:
                codepage = _codepage(int(arg))
            elif word == b"uc" and arg:
                uc = int(arg)
            elif word == b"u" and arg:
                code = int(arg)
                if not skip:
                    out.append(chr(code + 65536 if code < 0 else code))
                to_skip = uc
            elif word in _BREAKS and not skip:
                out.append(_BREAKS[word])
        elif sym is not None:
            if sym == b"*":
                skip = True  # \* marks an optional destination this reader does not know
            elif sym in (b"\\", b"{", b"}") and not skip:
                out.append(sym.decode())
            elif sym == b"~" and not skip:
                out.append(" ")
        elif text is not None and not skip:
            if to_skip:
                drop = min(to_skip, len(text))
                text, to_skip = text[drop:], to_skip - drop
            decoded = text.decode(codepage, "replace")
            out.append(decoded)
            size += len(decoded)
    flush()
    return "".join(out)


def _codepage(n: int) -> str:
    name = f"cp{n}"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name
