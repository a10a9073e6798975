"""QR codes in image attachments, inline images and the pictures in PDFs: their links go to the phishing checks."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.attachments._merge import files_to_scan
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.model import FileUrls, ScanFile, safe_name, urls_from
from mailwarden.filescan.pdf import is_pdf
from mailwarden.filescan.pdf_images import pdf_images
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
    description = "QR codes in images and PDFs: their links go to the URL checks (quishing)"
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
        files = [f for f in files_to_scan(ctx, o.include_archive_members, o.max_file_size) if _has_images(f)]
        if not files or o.max_images == 0:
            return CheckResult()
        links = await ctx.run_blocking(qr_links, files, o.max_images)
        if not links:
            return CheckResult()
        shown = "; ".join(f"{safe_name(path)}: {url[:100]}" for path, url in links[:3])
        urls = urls_from((u if "://" in u else f"http://{u}" for _, u in links), "qr")
        return CheckResult([Hit("QR_CODE_URL", shown)], outcome=FileUrls(urls))


def _is_image(f: ScanFile) -> bool:
    return f.sniffed_type in IMAGE_TYPES or f.declared_type in IMAGE_TYPES


def _has_images(f: ScanFile) -> bool:
    return _is_image(f) or is_pdf(f.content)


def qr_links(files: list[ScanFile], max_images: int) -> list[tuple[str, str]]:
    """(file path, link) for each QR code whose text is a web link, in the first ``max_images`` images: image
    files, and the pictures inside PDFs (the 2023-24 form of quishing mail)."""
    links: list[tuple[str, str]] = []
    left = max_images
    for f in files:
        images = [f.content] if _is_image(f) else pdf_images(f.content)[:left]
        for image in images[:left]:
            left -= 1
            texts = (t.strip() for t in qr_texts(image))
            links += [(f.path, t) for t in texts if _LINK.match(t)]
        if left <= 0:
            break
    return links
