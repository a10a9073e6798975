"""Decoding of plain-text and HTML attachments whose charset is not declared."""

from __future__ import annotations

import codecs

from selectolax.lexbor import LexborHTMLParser

from mailwarden.message.charsets import codec_for, html_meta_charset

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, hint: str | None = None) -> str:
    """BOM, then a declared/hinted charset, then UTF-8, then GB18030 (Chinese), then cp1258 (Vietnamese)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, "replace")
    # A declared name as mail clients write it ("windows-874", "x-sjis", "ks_c_5601-1987"), read as the
    # message parser reads it.
    candidates = [c for c in (codec_for(hint), "utf-8", "gb18030") if c]
    for enc in candidates:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1258", "replace")


def html_text(data: bytes) -> str:
    """Visible text of an HTML document, block elements separated by newlines."""
    return html_string_text(decode_text(data, html_meta_charset(data)))


def html_string_text(html: str) -> str:
    """Visible text of an HTML string (scripts and styles dropped)."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    root = tree.body or tree.root
    return root.text(separator="\n") if root is not None else ""


def looks_textual(data: bytes) -> bool:
    """True when the first 4 KiB hold no NUL bytes outside a UTF-16 BOM'd text."""
    head = data[:4096]
    if any(head.startswith(b) for b, _ in _BOMS):
        return True
    return b"\x00" not in head
