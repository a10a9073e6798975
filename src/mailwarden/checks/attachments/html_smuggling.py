"""HTML smuggling in HTML/SVG attachments and in the HTML body."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.archives import ArchiveReport, scan_files
from mailwarden.filescan.html_smuggling import analyze_html, is_html
from mailwarden.filescan.model import ScanFile, files_of, safe_name
from mailwarden.verdict import Category, Hit


class HtmlSmugglingOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    scan_body: bool = True
    max_file_size: int = Field(10 * 1024 * 1024, ge=1024)


class HtmlSmuggling(Check):
    """Script-assembled downloads (Blob + msSaveOrOpenBlob/download) and binary data: URIs."""

    name = "attach_html"
    description = "HTML smuggling in HTML attachments and bodies"
    symbols: ClassVar = (
        SymbolDef(
            "HTML_SMUGGLING",
            8.0,
            "HTML builds a file download from embedded data (HTML smuggling)",
            Category.MALWARE,
            "attachments",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS, Need.BODY})
    after = ("attach_archives",)
    Options = HtmlSmugglingOptions
    timeout = 5.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, HtmlSmugglingOptions)
        files = scan_files(files_of(ctx.message.attachments), ctx.outcome("attach_archives", ArchiveReport))
        files = [f for f in files if len(f.content) <= o.max_file_size and is_html(f.content, f.name, f.declared_type)]
        body = ctx.message.html_body if o.scan_body else None
        if not files and not body:
            return CheckResult()
        size = sum(len(f.content) for f in files) + len(body or "")
        return CheckResult(merge_hits(await ctx.run_cpu(size, analyze_all, files, body)))


def analyze_all(files: list[ScanFile], body: str | None) -> list[Hit]:
    hits: list[Hit] = []
    docs = [(safe_name(f.path), f.content.decode("utf-8", "replace")) for f in files]
    if body:
        docs.append(("(HTML body)", body))
    for shown, text in docs:
        r = analyze_html(text)
        if r.smuggling:
            payload = f" payload {'/'.join(r.payload_types)}" if r.payload_types else ""
            hits.append(Hit("HTML_SMUGGLING", f"{shown}: {', '.join(r.indicators)}{payload}"))
    return hits
