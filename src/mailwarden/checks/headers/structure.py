"""Structural header anomalies: missing From/To, MIME headers without MIME-Version, HTML-only bodies."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit


class HeaderStructure(Part):
    """RFC 5322 §3.6 (From is required) and RFC 2045 §4 (MIME-Version with MIME content)."""

    name = "hdr_structure"
    description = "missing From/To, MIME without MIME-Version, HTML without a text alternative"
    symbols: ClassVar = (
        SymbolDef("HDR_FROM_MISSING", 2.0, "no usable From address", Category.SPAM, "headers"),
        SymbolDef("HDR_TO_MISSING", 0.5, "no To or Cc recipient shown", Category.SPAM, "headers"),
        SymbolDef(
            "HDR_MIME_VERSION_MISSING", 0.5, "MIME content headers without MIME-Version", Category.SPAM, "headers"
        ),
        SymbolDef("HDR_HTML_ONLY", 0.2, "HTML body without a plain-text alternative", Category.SPAM, "headers"),
        SymbolDef(
            "HDR_BODY_ONLY",
            0.0,
            "a file without transport headers, scanned offline: missing-header rules not applied",
            None,
            "headers",
        ),
    )
    needs = frozenset({Need.HEADERS, Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        hits: list[Hit] = []
        if ctx.body_only():
            hits.append(Hit("HDR_BODY_ONLY"))
        else:
            if not m.from_address:
                hits.append(Hit("HDR_FROM_MISSING", m.from_header[:80]))
            if not m.to and not m.cc:
                hits.append(Hit("HDR_TO_MISSING", (m.header("To") or "")[:80]))
        names = {n.lower() for n, _ in m.headers}
        if "mime-version" not in names:
            ctype = (m.header("Content-Type") or "").lower()
            if ctype.startswith("multipart/") or "content-transfer-encoding" in names:
                hits.append(Hit("HDR_MIME_VERSION_MISSING", ctype[:60]))
        if m.html_body and not m.text_body.strip():
            hits.append(Hit("HDR_HTML_ONLY"))
        return CheckResult(hits)
