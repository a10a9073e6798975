"""Pure message parsing: bytes in, ``Message`` out, limits enforced."""

from mailwarden.message.model import Attachment, Envelope, Limits, Message, Url
from mailwarden.message.parser import parse_message

__all__ = ["Attachment", "Envelope", "Limits", "Message", "Url", "parse_message"]
