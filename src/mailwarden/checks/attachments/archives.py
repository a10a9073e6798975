"""Archives: nested expansion under bomb limits, encrypted archives (passwords tried, also those in the body)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.archives import (
    DEFAULT_PASSWORDS,
    ArchiveLimits,
    ArchiveReport,
    LimitKind,
    expand_files,
    passwords_from_text,
)
from mailwarden.filescan.model import files_of, safe_name
from mailwarden.verdict import Category, Hit


class ArchiveOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_depth: int = Field(3, ge=0, le=10, description="archive nesting levels opened")
    max_members: int = Field(1000, ge=1)
    max_total_size: int = Field(100 * 1024 * 1024, ge=1024, description="extracted bytes per message")
    max_member_size: int = Field(50 * 1024 * 1024, ge=1024)
    max_ratio: float = Field(250.0, gt=1)
    max_seconds: float = Field(8.0, gt=0, description="keep below the check timeout")
    passwords: list[str] = Field(default_factory=lambda: list(DEFAULT_PASSWORDS))
    passwords_from_body: bool = True
    body_password_weight: float = Field(
        1.5, ge=0, description="ARCHIVE_ENCRYPTED weight when the body gave the password"
    )


class Archives(Check):
    """Opens archives so the other attachment checks see their members; reports bombs and encryption."""

    name = "attach_archives"
    description = "archive expansion, encrypted archives, archive bombs"
    symbols: ClassVar = (
        SymbolDef(
            "ARCHIVE_ENCRYPTED",
            3.0,
            "an encrypted archive (detail: whether a password opened it)",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "ARCHIVE_BOMB",
            8.0,
            "an archive exceeded a ratio, size, file count or time limit",
            Category.MALWARE,
            "attachments",
        ),
        SymbolDef(
            "ARCHIVE_DEPTH", 3.0, "archives nested deeper than the configured depth", Category.MALWARE, "attachments"
        ),
        SymbolDef(
            "ARCHIVE_UNSCANNED",
            1.0,
            "an archive could not be opened (damaged, unsupported, no RAR tool)",
            None,
            "attachments",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS, Need.BODY})
    Options = ArchiveOptions
    timeout = 10.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, ArchiveOptions)
        if not ctx.message.attachments:
            return CheckResult()
        limits = ArchiveLimits(
            o.max_depth, o.max_members, o.max_total_size, o.max_member_size, o.max_ratio, max_seconds=o.max_seconds
        )
        body_pw: list[str] = []
        if o.passwords_from_body:
            body_pw = passwords_from_text(f"{ctx.message.subject}\n{ctx.message.text_body}\n{ctx.message.html_text}")
        report = await ctx.run_blocking(expand_files, files_of(ctx.message.attachments), limits, o.passwords, body_pw)
        return CheckResult(merge_hits(report_hits(report, o.body_password_weight)), outcome=report)


def report_hits(report: ArchiveReport, body_password_weight: float = 1.5) -> list[Hit]:
    hits: list[Hit] = []
    for enc in report.encrypted:
        if enc.password is None:
            hits.append(Hit("ARCHIVE_ENCRYPTED", f"{safe_name(enc.path)}: encrypted, no known password opened it"))
        elif enc.password_from_message:
            hits.append(
                Hit(
                    "ARCHIVE_ENCRYPTED",
                    f"{safe_name(enc.path)}: opened with password given in the message",
                    body_password_weight,
                )
            )
        else:
            hits.append(Hit("ARCHIVE_ENCRYPTED", f"{safe_name(enc.path)}: opened with a listed password"))
    for lim in report.limits:
        sym = "ARCHIVE_DEPTH" if lim.kind == LimitKind.DEPTH else "ARCHIVE_BOMB"
        hits.append(Hit(sym, f"{safe_name(lim.path)}: {lim.kind.value}: {lim.detail}"))
    for u in report.unscanned[:5]:
        hits.append(Hit("ARCHIVE_UNSCANNED", f"{safe_name(u.path)}: {u.reason[:160]}"))
    return hits
