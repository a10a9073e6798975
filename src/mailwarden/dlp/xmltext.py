"""Text of OOXML (DOCX, XLSX, PPTX) and ODF (ODT, ODS, ODP) parts, read from their XML with a tokenizer.

A tokenizer instead of an XML parser: no entity expansion (XML bombs), no DTD fetching, linear time,
and only the text of text-bearing elements (``w:t``, ``a:t``) so drawing offsets and style numbers
never look like identifiers.
"""

from __future__ import annotations

import html
import re

_TOKEN = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)[^>]*?(/?)>|<[!?][^>]*>|([^<]+)")
_CELL = re.compile(r"<c\b([^>]*)>(.*?)</c>|<c\b[^>]*/>", re.S)
_CELL_VALUE = re.compile(r"<(?:v|t)\b[^>]*>([^<]*)</(?:v|t)>")
_ROW = re.compile(r"<row\b[^>]*>(.*?)</row>", re.S)
_SHARED_STRING_TYPE = re.compile(r"""\bt\s*=\s*["']s["']""")

_NEWLINE_END = frozenset({"w:p", "a:p", "text:p", "text:h", "table:table-row", "si", "w:tr", "a:tr"})
_NEWLINE_EMPTY = frozenset({"w:br", "w:cr", "a:br", "text:line-break"})
_TAB = frozenset({"w:tab", "text:tab", "text:s", "w:tc", "a:tc", "table:table-cell"})


def xml_text(xml: str, text_tags: frozenset[str] | None) -> str:
    """Text inside ``text_tags`` elements (every element when None), paragraphs on their own lines."""
    out: list[str] = []
    inside = 0
    for m in _TOKEN.finditer(xml):
        closing, tag, empty, text = m.group(1), m.group(2), m.group(3), m.group(4)
        if text is not None:
            if text_tags is None or inside > 0:
                out.append(text)
            continue
        if tag is None:
            continue
        if empty:
            if tag in _NEWLINE_EMPTY:
                out.append("\n")
            elif tag in _TAB:
                out.append("\t")
            continue
        if text_tags is not None and tag in text_tags:
            inside += -1 if closing else 1
            inside = max(inside, 0)
        elif closing and tag in _NEWLINE_END:
            out.append("\n")
        elif closing and tag in _TAB:
            out.append("\t")
    return html.unescape("".join(out))


def sheet_text(xml: str) -> str:
    """Values of an XLSX worksheet (shared-string cells are read from sharedStrings.xml instead)."""
    rows: list[str] = []
    for row in _ROW.finditer(xml):
        cells: list[str] = []
        for cell in _CELL.finditer(row.group(1)):
            attrs, body = cell.group(1) or "", cell.group(2) or ""
            if _SHARED_STRING_TYPE.search(attrs):
                continue
            cells.extend(v.group(1) for v in _CELL_VALUE.finditer(body))
        if cells:
            rows.append("\t".join(cells))
    return html.unescape("\n".join(rows))
