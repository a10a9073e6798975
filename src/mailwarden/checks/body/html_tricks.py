"""HTML tricks: hidden or tiny text (to poison filters), image-only mail, forms in the body."""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit

_HIDDEN = re.compile(
    r"""<\w+[^>]*style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?"""
    r"""(?:px|pt|em|%)?\s*[;"'])[^>]*>([^<]{20,})""",
    re.IGNORECASE,
)
_TINY = re.compile(r"font-size\s*:\s*(?:0?\.\d+|[12])(?:px|pt)\b[^>]*>([^<]{10,})", re.IGNORECASE)
_IMG = re.compile(r"<img\b", re.IGNORECASE)
_FORM = re.compile(r"<form\b", re.IGNORECASE)
_PASSWORD = re.compile(r"""<input\b[^>]*type\s*=\s*["']?password""", re.IGNORECASE)
MAX_HTML = 300_000


class HtmlTricks(Part):
    """Regexes over the raw HTML (no rendering needed, so this stays cheap)."""

    name = "body_html"
    description = "hidden/tiny text, image-only HTML, forms in the body"
    symbols: ClassVar = (
        SymbolDef("BODY_HIDDEN_TEXT", 1.0, "text in an element styled invisible", Category.SPAM, "body"),
        SymbolDef("BODY_TINY_FONT", 1.0, "text in a font of 2 px/pt or less", Category.SPAM, "body"),
        SymbolDef("BODY_IMAGE_ONLY", 2.0, "HTML with images and almost no text", Category.SPAM, "body"),
        SymbolDef("BODY_HTML_FORM", 2.0, "a form in the message body", Category.PHISHING, "body"),
        SymbolDef("BODY_PASSWORD_FIELD", 5.0, "a password field in the message body", Category.PHISHING, "body"),
    )
    needs = frozenset({Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        html = (m.html_body or "")[:MAX_HTML]
        if not html:
            return CheckResult()
        hits: list[Hit] = []
        hidden = _HIDDEN.search(html)
        if hidden and hidden.group(1).strip():
            hits.append(Hit("BODY_HIDDEN_TEXT", hidden.group(1).strip()[:60]))
        tiny = _TINY.search(html)
        if tiny and tiny.group(1).strip():
            hits.append(Hit("BODY_TINY_FONT", tiny.group(1).strip()[:60]))
        if _IMG.search(html) and len(m.text_body.strip()) < 40 and len(m.html_text.strip()) < 40:
            hits.append(Hit("BODY_IMAGE_ONLY", f"{len(_IMG.findall(html))} images"))
        if _PASSWORD.search(html):
            hits.append(Hit("BODY_PASSWORD_FIELD"))
        elif _FORM.search(html):
            hits.append(Hit("BODY_HTML_FORM"))
        return CheckResult(hits)
