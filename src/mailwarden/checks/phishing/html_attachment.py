"""HTML attachments that harvest credentials (a form with a password field) or bounce to a site by script."""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.message.charsets import decode_text
from mailwarden.verdict import Category, Hit

_HTML_NAMES = (".htm", ".html", ".shtml", ".xhtml", ".svg", ".mht", ".mhtml")
_PASSWORD = re.compile(r"""<input\b[^<>]*type\s*=\s*["']?password""", re.IGNORECASE)
_FORM = re.compile(r"<form\b", re.IGNORECASE)
_CRED_WORDS = re.compile(r"password|passwd|mật khẩu|mat khau|密码|口令|login|sign in|đăng nhập|登录", re.IGNORECASE)
_JS_REDIRECT = re.compile(
    r"(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*(?:=|\.replace\s*\(|\.assign\s*\()"
    r"|<meta[^<>]+http-equiv\s*=\s*[\"']?refresh"
    # navigation the page starts by itself, on load or on a timer: a scripted click on a link,
    # an auto-submitted form, a pop-up (a button's onclick needs the user and is left alone)
    r"|\b(?:onload\s*=|settimeout\s*\()[^<]{0,300}?(?:\.click\s*\(|\.submit\s*\(|\blocation\b|window\.open\s*\()",
    re.IGNORECASE,
)
MAX_BYTES = 2_000_000


class HtmlAttachment(Part):
    """Reads HTML/SVG attachments as text (never renders them)."""

    name = "phish_html_attachment"
    description = "HTML attachments with credential forms or script/meta redirects"
    symbols: ClassVar = (
        SymbolDef("PHISH_HTML_ATTACH_FORM", 6.0, "HTML attachment with a login/password form", Category.PHISHING,
                  "phish_attach"),
        SymbolDef("PHISH_HTML_ATTACH_REDIRECT", 5.0, "HTML attachment that redirects by script or meta refresh",
                  Category.PHISHING, "phish_attach"),
    )  # fmt: skip
    needs = frozenset({Need.ATTACHMENTS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        hits: dict[str, str] = {}
        for a in ctx.message.attachments:
            name = (a.filename or "").lower()
            if not (name.endswith(_HTML_NAMES) or a.sniffed_type in ("text/html", "image/svg+xml")):
                continue
            text, _ = decode_text(a.content[:MAX_BYTES], None)
            label = a.filename or a.sniffed_type
            if _PASSWORD.search(text) or (_FORM.search(text) and _CRED_WORDS.search(text)):
                hits.setdefault("PHISH_HTML_ATTACH_FORM", label)
            if _JS_REDIRECT.search(text):
                hits.setdefault("PHISH_HTML_ATTACH_REDIRECT", label)
        return CheckResult([Hit(s, d) for s, d in hits.items()])
