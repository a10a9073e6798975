"""Dangerous attachment types by policy, double extensions, RTLO and other name tricks, declared-vs-real mismatches."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.archives import ArchiveReport, scan_files
from mailwarden.filescan.model import ScanFile, files_of, safe_name
from mailwarden.filescan.typing import (
    DANGEROUS_EXTENSIONS,
    DANGEROUS_KINDS,
    detect_kind,
    inspect_name,
    internet_shortcut_risk,
    mismatch,
)
from mailwarden.verdict import Category, Hit


class DirectionPolicy(BaseModel):
    """Which types are blocked in one direction. Extensions are compared without the dot, lower-case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    block_extensions: list[str] = Field(default_factory=lambda: sorted(DANGEROUS_EXTENSIONS))
    allow_extensions: list[str] = Field(default_factory=list, description="exempt even if blocked or sniffed")
    block_kinds: list[str] = Field(
        default_factory=lambda: sorted(k.value for k in DANGEROUS_KINDS),
        description="content kinds (pe, msi, lnk, iso, vhd, onenote, chm, jar, ...) blocked whatever the name",
    )


class FileTypeOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    inbound: DirectionPolicy = DirectionPolicy()
    outbound: DirectionPolicy = DirectionPolicy()
    include_archive_members: bool = True


class FileTypes(Check):
    """File type policy on every attachment and archive member."""

    name = "attach_types"
    description = "dangerous file types, double extensions, Unicode name tricks, type mismatches"
    symbols: ClassVar = (
        SymbolDef(
            "ATTACH_DANGEROUS_TYPE",
            6.0,
            "an attachment (or archive member) of a blocked type",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "ATTACH_DOUBLE_EXT",
            5.0,
            "a decoy extension before a dangerous one (invoice.pdf.exe)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "ATTACH_RTLO",
            8.0,
            "bidi control characters (RLO, ...) that disguise the extension",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "ATTACH_NAME_TRICK",
            3.0,
            "zero-width characters or blank padding hiding the extension",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "ATTACH_RANDOM_NAME",
            1.5,
            "attachment named by a random mixed-case token (per-recipient names defeat hash lists)",
            Category.PHISHING,
            "attachments",
        ),
        SymbolDef(
            "ATTACH_TYPE_MISMATCH",
            5.0,
            "name or declared type hides an executable, container or archive",
            Category.MALWARE,
            "attachments",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS})
    after = ("attach_archives",)
    Options = FileTypeOptions
    timeout = 5.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        opts = self.options
        assert isinstance(opts, FileTypeOptions)
        policy = opts.outbound if _outbound(ctx) else opts.inbound
        files = files_of(ctx.message.attachments)
        if opts.include_archive_members:
            report = ctx.outcome("attach_archives", ArchiveReport)
            files = scan_files(files, report)
            if report is not None:
                # Members that could not be extracted (encrypted, over a limit) are still judged by name.
                seen = {f.path for f in files}
                files += [ScanFile(e.path, b"", depth=1) for e in report.entries if e.path not in seen]
        hits = await ctx.run_cpu(sum(len(f.content) for f in files), classify_files, files, policy)
        return CheckResult(merge_hits(hits))


def _outbound(ctx: CheckContext) -> bool:
    if ctx.envelope.authenticated_user:
        return True
    dom = (ctx.envelope.mail_from or "").rpartition("@")[2].lower()
    return bool(dom) and any(dom == d or dom.endswith("." + d) for d in ctx.local_domains)


def classify_files(files: list[ScanFile], policy: DirectionPolicy) -> list[Hit]:
    """Hits for every file; one symbol at most once per file."""
    block = {e.lower().lstrip(".") for e in policy.block_extensions}
    allow = {e.lower().lstrip(".") for e in policy.allow_extensions}
    kinds = {k.lower() for k in policy.block_kinds}
    hits: list[Hit] = []
    for f in files:
        shown = safe_name(f.path)
        rep = inspect_name(f.name, block)
        kind = detect_kind(f.content)
        ext = rep.extension
        if ext not in allow:
            if ext in block:
                hits.append(Hit("ATTACH_DANGEROUS_TYPE", f"{shown}: .{ext}"))
            elif kind.value in kinds:
                hits.append(Hit("ATTACH_DANGEROUS_TYPE", f"{shown}: content is {kind.value}"))
            elif risk := internet_shortcut_risk(rep, f.content):
                hits.append(Hit("ATTACH_DANGEROUS_TYPE", f"{shown}: {risk}"))
        if rep.double_extension:
            hits.append(Hit("ATTACH_DOUBLE_EXT", f"{shown}: .{rep.double_extension}"))
        if rep.bidi_controls:
            hits.append(Hit("ATTACH_RTLO", f"{shown}: {', '.join(rep.bidi_controls)}"))
        tricks = [t for t, on in (("zero-width characters", rep.zero_width), ("blank padding", rep.padded)) if on]
        if tricks:
            hits.append(Hit("ATTACH_NAME_TRICK", f"{shown}: {', '.join(tricks)}"))
        if rep.random_stem:
            hits.append(Hit("ATTACH_RANDOM_NAME", shown))
        why = mismatch(rep, f.declared_type, kind)
        if why and ext not in allow:
            hits.append(Hit("ATTACH_TYPE_MISMATCH", f"{shown}: {why}"))
    return hits
