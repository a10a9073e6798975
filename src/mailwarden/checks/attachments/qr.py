"""QR codes in image attachments and inline images: their links go to the phishing checks like any other."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import files_to_scan
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.model import FileUrls, ScanFile, safe_name, urls_from
from mailwarden.filescan.qr import IMAGE_TYPES, MAX_IMAGE_BYTES, qr_texts
from mailwarden.verdict import Hit

_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


class QrOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_images: int = Field(6, ge=0, description="images decoded per message (the first ones)")
    max_file_size: int = Field(MAX_IMAGE_BYTES, ge=1024, le=MAX_IMAGE_BYTES)
    include_archive_members: bool = False


class QrCodes(Check):
    """Decodes QR codes in images (nothing is rendered to anyone); a link in one is a URL of the message."""

    name = "attach_qr"
    description = "QR codes in images: their links go to the URL checks (quishing)"
    symbols: ClassVar = (
        SymbolDef("QR_CODE_URL", 1.0, "an image carries a QR code with a link (unseen by link filters)", None,
                  "attachments"),
    )  # fmt: skip
    needs = frozenset({Need.ATTACHMENTS})
    after = ("attach_archives",)
    Options = QrOptions
    timeout = 5.0

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, QrOptions)
        files = [f for f in files_to_scan(ctx, o.include_archive_members, o.max_file_size) if _is_image(f)]
        if not files or o.max_images == 0:
            return CheckResult()
        links = await ctx.run_blocking(qr_links, files[: o.max_images])
        if not links:
            return CheckResult()
        shown = "; ".join(f"{safe_name(path)}: {url[:100]}" for path, url in links[:3])
        urls = urls_from((u if "://" in u else f"http://{u}" for _, u in links), "qr")
        return CheckResult([Hit("QR_CODE_URL", shown)], outcome=FileUrls(urls))


def _is_image(f: ScanFile) -> bool:
    return f.sniffed_type in IMAGE_TYPES or f.declared_type in IMAGE_TYPES


def qr_links(files: list[ScanFile]) -> list[tuple[str, str]]:
    """(file path, link) for each QR code whose text is a web link."""
    return [(f.path, t.strip()) for f in files for t in qr_texts(f.content) if _LINK.match(t.strip())]
