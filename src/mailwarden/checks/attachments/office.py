"""Office documents: VBA auto-exec macros (mraptor), XLM, DDE, external templates/objects, OLE objects, RTF."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import files_to_scan, merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.model import FileUrls, ScanFile, safe_name, urls_from
from mailwarden.filescan.office import OfficeReport, analyze_office
from mailwarden.verdict import Category, Hit


class OfficeOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_size: int = Field(30 * 1024 * 1024, ge=1024, description="larger files are not analyzed")
    include_archive_members: bool = True


class Office(Check):
    """oletools analysis of every Office/RTF/CSV attachment and archive member."""

    name = "attach_office"
    description = "macros, XLM, DDE, external templates and objects, embedded OLE, RTF exploits"
    symbols: ClassVar = (
        SymbolDef(
            "OFFICE_VBA_AUTOEXEC",
            8.0,
            "VBA macro that runs on open and writes files or executes (mraptor)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "OFFICE_VBA_SUSPICIOUS",
            3.0,
            "VBA macro with suspicious keywords (Shell, CreateObject, ...)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef("OFFICE_VBA_MACRO", 1.0, "document contains VBA macros", None, "attachments"),
        SymbolDef("OFFICE_XLM", 6.0, "Excel 4.0 (XLM) macro sheet", Category.MALWARE, "attachments"),
        SymbolDef("OFFICE_DDE", 7.0, "DDE field or link that runs a command", Category.MALWARE, "attachments"),
        SymbolDef(
            "OFFICE_EXTERNAL_TEMPLATE",
            7.0,
            "OOXML template loaded from an external URL (template injection)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "OFFICE_EXTERNAL_OBJECT",
            6.0,
            "OOXML OLE object/frame/subdocument loaded from outside (CVE-2017-0199, Follina)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef("OFFICE_EMBEDDED_OLE", 1.0, "embedded OLE Package object", None, "attachments"),
        SymbolDef(
            "OFFICE_EMBEDDED_EXECUTABLE",
            7.0,
            "embedded OLE Package wrapping a dangerous file type",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "OFFICE_ENCRYPTED", 2.0, "password-protected Office document (contents not analyzable)", None, "attachments"
        ),
        SymbolDef(
            "RTF_OBJECT_EXPLOIT",
            10.0,
            "RTF OLE object of a class used by exploits (Equation Editor, OLE2Link)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef("OFFICE_UNPARSEABLE", 0.5, "Office file could not be fully analyzed", None, "attachments"),
    )
    needs = frozenset({Need.ATTACHMENTS})
    after = ("attach_archives",)
    Options = OfficeOptions
    timeout = 10.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, OfficeOptions)
        files = files_to_scan(ctx, o.include_archive_members, o.max_file_size)
        if not files:
            return CheckResult()
        hits, urls = await ctx.run_blocking(analyze_files, files)
        return CheckResult(merge_hits(hits), outcome=FileUrls(urls_from(urls, "attachment")))


def analyze_files(files: list[ScanFile]) -> tuple[list[Hit], list[str]]:
    hits: list[Hit] = []
    urls: list[str] = []
    for f in files:
        rep = analyze_office(f.content, f.name)
        if rep is not None:
            hits += report_hits(safe_name(f.path), rep)
            urls += rep.urls
    return hits, urls


def report_hits(shown: str, r: OfficeReport) -> list[Hit]:
    hits: list[Hit] = []
    if r.vba:
        if r.mraptor_suspicious:
            hits.append(
                Hit("OFFICE_VBA_AUTOEXEC", f"{shown}: {r.mraptor_flags} {', '.join(r.vba_autoexec[:3])}".strip())
            )
        elif r.vba_suspicious:
            hits.append(Hit("OFFICE_VBA_SUSPICIOUS", f"{shown}: {', '.join(r.vba_suspicious[:5])}"))
        else:
            hits.append(Hit("OFFICE_VBA_MACRO", shown))
    if r.xlm:
        hits.append(Hit("OFFICE_XLM", shown))
    if r.dde:
        hits.append(Hit("OFFICE_DDE", f"{shown}: {r.dde[0][:120]}"))
    if r.external_templates:
        hits.append(Hit("OFFICE_EXTERNAL_TEMPLATE", f"{shown}: {r.external_templates[0][:200]}"))
    if r.external_relationships:
        hits.append(Hit("OFFICE_EXTERNAL_OBJECT", f"{shown}: {r.external_relationships[0][:200]}"))
    for obj in r.embedded:
        label = f"{shown}: {obj.class_name}" + (f" {safe_name(obj.filename)}" if obj.filename else "")
        hits.append(Hit("OFFICE_EMBEDDED_EXECUTABLE" if obj.executable else "OFFICE_EMBEDDED_OLE", label))
    if r.encrypted:
        hits.append(Hit("OFFICE_ENCRYPTED", shown))
    if r.rtf_exploits:
        hits.append(Hit("RTF_OBJECT_EXPLOIT", f"{shown}: {r.rtf_exploits[0][:160]}"))
    if r.error:
        hits.append(Hit("OFFICE_UNPARSEABLE", f"{shown}: {r.error[:160]}"))
    return hits
