"""Sender facts more than one check family asks about."""

from __future__ import annotations

import re

from mailwarden.message.model import Message
from mailwarden.textfeatures.domains import registered_domain

_MAILTO = re.compile(r"<mailto:([^>?\s]+)", re.IGNORECASE)


def list_post_address(m: Message) -> str | None:
    """The posting address a mailing list names in ``List-Post`` (RFC 2369), lower-cased."""
    found = _MAILTO.search(m.header("List-Post") or "")
    return found.group(1).lower() if found else None


def reply_to_elsewhere(m: Message) -> str | None:
    """The first of the first three Reply-To addresses whose registered domain is not the From domain's,
    None when From has no domain or every Reply-To answers to the From organisation or to the mailing
    list that relayed the message (a list that sets Reply-To to its own List-Post address: in the
    SpamAssassin corpus 529 ham and 13 spam, where this made HDR_REPLYTO_OTHER_DOMAIN a list marker)."""
    from_org = registered_domain(m.from_domain) if m.from_domain else ""
    if not from_org:
        return None
    post = list_post_address(m)
    for addr in m.reply_to[:3]:
        r_org = registered_domain(addr.rpartition("@")[2]) if "@" in addr else ""
        if r_org and r_org != from_org and addr.lower() != post:
            return addr
    return None
