"""Sender facts more than one check family asks about."""

from __future__ import annotations

from mailwarden.message.model import Message
from mailwarden.textfeatures.domains import registered_domain


def reply_to_elsewhere(m: Message) -> str | None:
    """The first of the first three Reply-To addresses whose registered domain is not the From domain's,
    None when From has no domain or every Reply-To answers to the From organisation."""
    from_org = registered_domain(m.from_domain) if m.from_domain else ""
    if not from_org:
        return None
    for addr in m.reply_to[:3]:
        r_org = registered_domain(addr.rpartition("@")[2]) if "@" in addr else ""
        if r_org and r_org != from_org:
            return addr
    return None
