"""PDF active content: JavaScript, auto actions, Launch, embedded files; URI targets go to the phishing checks."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import files_to_scan, merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.model import FileUrls, ScanFile, safe_name, urls_from
from mailwarden.filescan.pdf import analyze_pdf
from mailwarden.verdict import Category, Hit


class PdfOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_size: int = Field(50 * 1024 * 1024, ge=1024)
    include_archive_members: bool = True


class Pdf(Check):
    """Keyword analysis of every PDF attachment and archive member (nothing is rendered or run)."""

    name = "attach_pdf"
    description = "PDF JavaScript, OpenAction/AA, Launch, EmbeddedFile, URI targets"
    symbols: ClassVar = (
        SymbolDef("PDF_JAVASCRIPT", 4.0, "PDF contains JavaScript", Category.MALWARE, "attachments"),
        SymbolDef(
            "PDF_AUTO_JAVASCRIPT",
            3.0,
            "PDF JavaScript with an OpenAction/AA trigger (adds to PDF_JAVASCRIPT)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "PDF_LAUNCH", 8.0, "PDF Launch action (starts a program or opens a file)", Category.MALWARE, "attachments"
        ),
        SymbolDef("PDF_EMBEDDED_FILE", 2.0, "PDF carries an embedded file", None, "attachments"),
        SymbolDef(
            "PDF_NAME_OBFUSCATION",
            3.0,
            "PDF names written with #xx escapes to hide keywords",
            Category.MALWARE,
            "attachments",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS})
    after = ("attach_archives",)
    Options = PdfOptions
    timeout = 5.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, PdfOptions)
        files = files_to_scan(ctx, o.include_archive_members, o.max_file_size)
        if not files:
            return CheckResult()
        hits, uris = await ctx.run_blocking(analyze_files, files)
        return CheckResult(merge_hits(hits), outcome=FileUrls(urls_from(uris, "attachment")))


def analyze_files(files: list[ScanFile]) -> tuple[list[Hit], list[str]]:
    hits: list[Hit] = []
    uris: list[str] = []
    for f in files:
        r = analyze_pdf(f.content)
        if r is None:
            continue
        shown = safe_name(f.path)
        uris += r.uris
        if r.javascript:
            hits.append(Hit("PDF_JAVASCRIPT", shown))
            if r.auto_action:
                hits.append(Hit("PDF_AUTO_JAVASCRIPT", shown))
        if r.has("Launch"):
            hits.append(Hit("PDF_LAUNCH", shown))
        if r.has("EmbeddedFile"):
            hits.append(Hit("PDF_EMBEDDED_FILE", shown))
        if r.obfuscated_names:
            hits.append(Hit("PDF_NAME_OBFUSCATION", shown))
    return hits, uris
