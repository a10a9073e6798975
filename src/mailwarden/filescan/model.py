"""Shared types of the file analyzers: a file to scan (attachment or archive member) and URLs found in files."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from mailwarden.message.model import Attachment, Url

# Separates an archive's name from a member's path in ScanFile.path ("inv.zip!docs/a.exe").
MEMBER_SEP = "!"


@dataclass(frozen=True, slots=True)
class ScanFile:
    """One file to analyze: a top-level attachment (depth 0) or a member extracted from an archive."""

    path: str
    content: bytes
    declared_type: str = ""
    sniffed_type: str = ""
    depth: int = 0

    @property
    def name(self) -> str:
        """The file's own name, without the archive path before it."""
        last = self.path.rpartition(MEMBER_SEP)[2]
        return last.replace("\\", "/").rpartition("/")[2]


def attachment_name(att: Attachment, index: int) -> str:
    """The attachment's filename, or a stable stand-in for nameless parts."""
    return att.filename or f"attachment-{index + 1}"


def files_of(attachments: Sequence[Attachment]) -> list[ScanFile]:
    """The message's attachments as ScanFiles."""
    return [
        ScanFile(attachment_name(a, i), a.content, a.declared_type, a.sniffed_type, 0)
        for i, a in enumerate(attachments)
    ]


def urls_from(strings: Iterable[str], source: str) -> tuple[Url, ...]:
    """Url records (host lower-cased) for http(s)/ftp URLs; other schemes are kept with an empty host."""
    out: list[Url] = []
    seen: set[str] = set()
    for s in strings:
        u = s.strip()
        if not u or u in seen:
            continue
        seen.add(u)
        try:
            host = (urlsplit(u).hostname or "").lower()
        except ValueError:  # malformed netloc (bad IPv6 brackets): keep the URL, host unknown
            host = ""
        out.append(Url(url=u, host=host, source=source))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class FileUrls:
    """URLs found inside attachments (PDF URI actions, Office external targets), for the phishing checks."""

    urls: tuple[Url, ...]


def safe_name(name: str, limit: int = 120) -> str:
    """A file name fit for a symbol detail or a log line: format/control characters shown as \\uXXXX."""
    out = []
    for ch in name[:limit]:
        cat = unicodedata.category(ch)
        out.append(f"\\u{ord(ch):04x}" if cat in ("Cf", "Cc", "Zl", "Zp") else ch)
    return "".join(out) + ("…" if len(name) > limit else "")
