"""YARA rules (shipped + operator directories) on every attachment and archive member."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import files_to_scan, merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.model import ScanFile, safe_name
from mailwarden.filescan.yara_rules import YaraRuleSet
from mailwarden.verdict import Category, Hit


class YaraOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule_dirs: list[str] = Field(default_factory=list, description="operator rule directories (*.yar, *.yara)")
    include_shipped: bool = True
    include_archive_members: bool = True
    scan_timeout: int = Field(5, ge=1, description="seconds per file")
    max_file_size: int = Field(30 * 1024 * 1024, ge=1024)


class Yara(Check):
    """Rules compiled once at startup; a changed rule file is recompiled before the next scan."""

    name = "yara"
    description = "YARA rule matches on attachments"
    symbols: ClassVar = (
        SymbolDef(
            "YARA_MATCH",
            6.0,
            "a YARA rule matched (rule meta 'weight' multiplies the score)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef("YARA_ERROR", 0.0, "YARA could not scan a file (timeout, too many matches)", None, "attachments"),
    )
    needs = frozenset({Need.ATTACHMENTS})
    after = ("attach_archives",)
    Options = YaraOptions
    timeout = 10.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        o = self.options
        assert isinstance(o, YaraOptions)
        self.rules = YaraRuleSet(o.rule_dirs, include_shipped=o.include_shipped, timeout=o.scan_timeout)

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, YaraOptions)
        files = files_to_scan(ctx, o.include_archive_members, o.max_file_size)
        if not files:
            return CheckResult()
        return CheckResult(merge_hits(await ctx.run_cpu(sum(len(f.content) for f in files), self.scan, files)))

    def scan(self, files: list[ScanFile]) -> list[Hit]:
        hits: list[Hit] = []
        for f in files:
            try:
                matches = self.rules.match(f.content)
            except Exception as e:  # yara.TimeoutError / yara.Error: this file was not fully scanned
                hits.append(Hit("YARA_ERROR", f"{safe_name(f.path)}: {type(e).__name__}: {e}"))
                continue
            for m in matches:
                weight = m.weight if m.weight > 0 else 1.0
                hits.append(Hit("YARA_MATCH", f"{safe_name(f.path)}: {m.namespace}:{m.rule}", weight))
        return hits
