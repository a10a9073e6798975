"""The texts DLP inspects in a message: subject, text body, HTML body and every attachment (CN-SCT-13)."""

from __future__ import annotations

from mailwarden.dlp.extract import ExtractedText, Extraction, ExtractLimits, extract_text
from mailwarden.message.model import Message


def message_texts(msg: Message, limits: ExtractLimits | None = None, attachments: bool = True) -> Extraction:
    """Subject, bodies and (when ``attachments``) the text extracted from each attachment."""
    out = Extraction()
    if msg.subject:
        out.texts.append(ExtractedText("subject", "subject", msg.subject))
    if msg.text_body:
        out.texts.append(ExtractedText("body", "text", msg.text_body))
    if msg.html_body:
        out.texts.append(ExtractedText("html body", "html", msg.html_text))
    if not attachments:
        return out
    for i, att in enumerate(msg.attachments, 1):
        name = att.filename or f"attachment{i}"
        got = extract_text(att.content, name, limits)
        out.texts.extend(got.texts)
        out.problems.extend(got.problems)
    return out
