"""Hash indicators: MD5/SHA-1/SHA-256 of every attachment and archive member against indicator files."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import files_to_scan, merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.hashes import FileHashes, HashList, HashMatcher
from mailwarden.filescan.model import ScanFile, safe_name
from mailwarden.verdict import Category, Hit


class HashOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    files: list[str] = Field(default_factory=list, description="indicator files: one hash per line, '#' comments")
    include_archive_members: bool = True


class Hashes(Check):
    """Known-bad file hashes (the intel package's matcher can be passed in instead of the file list)."""

    name = "attach_hashes"
    description = "attachment hashes against indicator lists"
    symbols: ClassVar = (
        SymbolDef(
            "HASH_IOC",
            20.0,
            "an attachment's hash is a known indicator (detail: file, hash, label)",
            Category.MALWARE,
            "malware",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS})
    after = ("attach_archives",)
    Options = HashOptions
    timeout = 5.0

    def __init__(self, options: BaseModel | None = None, matcher: HashMatcher | None = None) -> None:
        super().__init__(options)
        o = self.options
        assert isinstance(o, HashOptions)
        self.matcher: HashMatcher = matcher if matcher is not None else HashList(o.files)

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, HashOptions)
        files = files_to_scan(ctx, o.include_archive_members)
        if not files:
            return CheckResult()
        return CheckResult(merge_hits(await ctx.run_cpu(sum(len(f.content) for f in files), self.match, files)))

    def match(self, files: list[ScanFile]) -> list[Hit]:
        hits: list[Hit] = []
        for f in files:
            for h in self.matcher.lookup(FileHashes.of(f.content)):
                label = f" ({h.label})" if h.label else ""
                hits.append(Hit("HASH_IOC", f"{safe_name(f.path)}: {h.kind} {h.value}{label} [{h.source}]"))
        return hits
