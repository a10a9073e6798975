"""Shared by the attachment checks: which files to scan, and one hit per symbol per check (details of
all files joined, so ten .exe in a zip score once, not ten times)."""

from __future__ import annotations

from collections.abc import Iterable

from mailwarden.checks.base import CheckContext
from mailwarden.filescan.archives import ArchiveReport, scan_files
from mailwarden.filescan.model import ScanFile, files_of
from mailwarden.verdict import Hit

MAX_DETAILS = 5


def merge_hits(hits: Iterable[Hit]) -> list[Hit]:
    """Merge hits of the same symbol: first details kept (with a count of the rest), highest weight."""
    order: list[str] = []
    details: dict[str, list[str]] = {}
    weight: dict[str, float] = {}
    for h in hits:
        if h.symbol not in details:
            order.append(h.symbol)
            details[h.symbol] = []
            weight[h.symbol] = h.weight
        if h.detail and h.detail not in details[h.symbol]:
            details[h.symbol].append(h.detail)
        weight[h.symbol] = max(weight[h.symbol], h.weight)
    out: list[Hit] = []
    for sym in order:
        d = details[sym]
        text = "; ".join(d[:MAX_DETAILS]) + (f"; +{len(d) - MAX_DETAILS} more" if len(d) > MAX_DETAILS else "")
        out.append(Hit(sym, text, weight[sym]))
    return out


def files_to_scan(ctx: CheckContext, include_archive_members: bool, max_file_size: int | None = None) -> list[ScanFile]:
    """The message's attachments, plus archive members expanded by ``attach_archives`` when asked,
    without files over ``max_file_size`` (what every per-file analyser check scans)."""
    files = files_of(ctx.message.attachments)
    if include_archive_members:
        files = scan_files(files, ctx.outcome("attach_archives", ArchiveReport))
    if max_file_size is not None:
        files = [f for f in files if len(f.content) <= max_file_size]
    return files
