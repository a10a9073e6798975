"""Every URL of a message for the phishing checks: the parser's (text, HTML, text attachments) and those the
attachment checks found inside files (PDF URI actions, Office external targets, QR codes in images)."""

from __future__ import annotations

from mailwarden.checks.base import CheckContext
from mailwarden.filescan.model import FileUrls
from mailwarden.message.model import Url

# Named, not imported: checks never import each other. The phishing check runs after them.
FILE_URL_CHECKS: tuple[str, ...] = ("attach_pdf", "attach_office", "attach_qr")


def message_urls(ctx: CheckContext) -> list[Url]:
    """The links found in the message's files (a few per file check), then the parser's: a message cannot bury
    a PDF's or a QR code's link under hundreds of text links past the URL checks' limit."""
    from_files: list[Url] = []
    seen: set[str] = set()
    for check in FILE_URL_CHECKS:
        found = ctx.outcome(check, FileUrls)
        for u in found.urls if found is not None else ():
            if u.url not in seen:
                seen.add(u.url)
                from_files.append(u)
    return from_files + [u for u in ctx.message.urls if u.url not in seen]
