"""Reports parser limits exceeded and structural MIME defects as symbols."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

_SYMBOLS = (
    SymbolDef("MIME_LIMIT_SIZE", 3.0, "message larger than limits.max_size; only the start was parsed"),
    SymbolDef("MIME_LIMIT_DEPTH", 3.0, "MIME nesting deeper than limits.max_depth", Category.POLICY),
    SymbolDef("MIME_LIMIT_PARTS", 3.0, "more MIME parts than limits.max_parts", Category.POLICY),
    SymbolDef("MIME_LIMIT_HEADERS", 2.0, "more header fields than limits.max_headers"),
    SymbolDef("MIME_LIMIT_URLS", 1.0, "more URLs than limits.max_urls; the rest were not checked"),
    SymbolDef("MIME_LIMIT_TEXT", 0.5, "decoded text longer than the text limit; the rest was not checked"),
    SymbolDef("MIME_EMPTY", 5.0, "empty message (no bytes at all)", Category.POLICY),
    SymbolDef("MIME_MISSING_BOUNDARY", 1.0, "multipart without its boundary parameter or closing boundary"),
    SymbolDef("MIME_BAD_BOUNDARY", 1.0, "malformed multipart boundary"),
    SymbolDef("MIME_BAD_ENCODING", 0.5, "a part's transfer encoding could not be decoded cleanly"),
    SymbolDef("MIME_BAD_CHARSET", 0.3, "unknown or wrong charset label"),
    SymbolDef("MIME_UNPARSEABLE", 5.0, "input is not a parseable e-mail message", Category.POLICY),
    SymbolDef("MIME_DEFECT", 0.1, "structural defects noted by the parser (listed in the detail)"),
)


class MimeStructure(Check):
    """Turns the parser's limit and defect findings into scored symbols."""

    name = "mime"
    description = "parser limits and MIME structure defects"
    symbols: ClassVar = _SYMBOLS
    needs = frozenset({Need.HEADERS, Need.BODY})
    timeout = 1.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        known = self.symbol_map()
        hits: list[Hit] = []
        seen: set[str] = set()
        other: list[str] = []
        for sym in ctx.message.limit_symbols:
            if sym in known and sym != "MIME_DEFECT":
                if sym not in seen:
                    seen.add(sym)
                    hits.append(Hit(sym))
            else:
                other.append(sym)
        other += [d for d in ctx.message.defects if d not in other]
        if other:
            hits.append(Hit("MIME_DEFECT", ", ".join(other[:10])))
        return CheckResult(hits)
