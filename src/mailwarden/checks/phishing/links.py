"""Every URL of a message for the phishing checks: the parser's (text, HTML, text attachments) and those the
attachment checks found inside files (PDF URI actions, Office external targets, QR codes in images)."""

from __future__ import annotations

from mailwarden.checks.base import CheckContext
from mailwarden.filescan.model import FileUrls
from mailwarden.message.model import Url

# Named, not imported: checks never import each other. The phishing check runs after them.
FILE_URL_CHECKS: tuple[str, ...] = ("attach_pdf", "attach_office", "attach_qr")


def message_urls(ctx: CheckContext) -> list[Url]:
    """The message's URLs, then the new ones found in its files."""
    urls = list(ctx.message.urls)
    seen = {u.url for u in urls}
    for check in FILE_URL_CHECKS:
        found = ctx.outcome(check, FileUrls)
        for u in found.urls if found is not None else ():
            if u.url not in seen:
                seen.add(u.url)
                urls.append(u)
    return urls
