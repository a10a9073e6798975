"""Attachment MD5/SHA-1/SHA-256 against indicator lists (the store's lists; see also ``attach_hashes``)."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.intel._common import IntelCheck, IntelOptions, result_for
from mailwarden.intel.listed import IocMatch
from mailwarden.verdict import Category


class IntelHashes(IntelCheck):
    """A listed malware sample attached (hashes come from the parser: md5, sha1, sha256)."""

    name = "intel_hashes"
    description = "attachment hashes against indicator lists"
    symbols: ClassVar = (
        SymbolDef(
            "IOC_HASH",
            20.0,
            "an attachment's MD5/SHA-1/SHA-256 is listed (detail: file, hash, lists)",
            Category.MALWARE,
            "intel",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        assert isinstance(self.options, IntelOptions)
        atts = ctx.message.attachments
        if not atts:
            return CheckResult()
        index = await self.holder.current(ctx)
        if not len(index):
            return CheckResult()
        found: list[tuple[str, str, IocMatch]] = []
        for att in atts:
            for digest in (att.sha256, att.sha1, att.md5):
                match = index.match_hash(digest)
                if match is not None:
                    name = (att.filename or "(unnamed)")[:100]
                    found.append(("IOC_HASH", f"attachment {name!r}", match))
                    break
        return result_for(self.options, found)
