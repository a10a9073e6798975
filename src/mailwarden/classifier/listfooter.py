"""Mailing-list footers and subject tags, cut from the text the classifier reads.

A list appends the same footer to its members' letters and to the spam that gets through alike:
Mailman's ``____ / Foo mailing list / foo@host / http://host/mailman/listinfo/foo``, SourceForge's
sponsor block above it, ``-- / Irish Linux Users' Group: ... listinfo ...``, or a bare listinfo URL on
the last line. Its words teach the channel, not the message (the reason ``bytegrams.LIST_FIELDS`` leaves
the list's header fields out of the site model): list-relayed spam scored as ham on them. The same goes
for the ``[ILUG]`` or ``[SA]`` tag a list puts before its subjects: ``strip_list_tag`` cuts it from mail
with a list header field (``LIST_HEADERS``); without one, a bracket is the sender's (``[ADV]``).

Written by hand: no maintained library strips list footers (Mailman itself only adds them).
"""

from __future__ import annotations

import re

from mailwarden.message.model import Message

FOOTER_WINDOW = 800  # a footer is cut only from the last this many characters
MAX_FOOTERS = 3  # a list's footer, a sponsor block above it, a second list's footer
_MARK = re.compile(r"listinfo|mailman|this sf\.net email is sponsored by", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:--[ \t]?|[-_=*~]{8,})[ \t]*\r?$", re.MULTILINE)
_LISTINFO_LINE = re.compile(r"\n[ \t]*<?https?://\S+/(?:mailman/)?listinfo\S*\s*$", re.IGNORECASE)
# A list's subject tag ("[ILUG] ", "Re: [SAtalk] "), after any reply/forward prefixes.
_SUBJECT_TAG = re.compile(r"^((?:\s*(?:re|fwd?|aw|sv|tr)\s*:)*)\s*\[[^\[\]\n]{1,40}\]\s*", re.IGNORECASE)
LIST_HEADERS = ("list-id", "list-post", "mailing-list", "x-mailing-list", "x-beenthere")


def relayed_by_list(m: Message) -> bool:
    """Whether ``m`` has a mailing list's header field (``LIST_HEADERS``)."""
    return m.memo("relayed-by-list", lambda: any(m.header(h) is not None for h in LIST_HEADERS))


def strip_list_tag(subject: str) -> str:
    """``subject`` without a mailing list's ``[tag]`` at its start (kept: its reply/forward prefixes)."""
    return _SUBJECT_TAG.sub(r"\1 ", subject, count=1).strip() if "[" in subject else subject


def strip_list_footer(text: str) -> str:
    """``text`` without the mailing-list footers at its end (unchanged when it has none)."""
    for _ in range(MAX_FOOTERS):
        cut = _footer_start(text)
        if cut is None:
            break
        text = text[:cut].rstrip()
    return text


def _footer_start(text: str) -> int | None:
    start = max(0, len(text) - FOOTER_WINDOW)
    tail = text[start:]
    if not _MARK.search(tail):
        return None
    bare = _LISTINFO_LINE.search(tail)
    if bare is not None:
        return start + bare.start()
    # The last separator line with a list mark below it: the footer is what follows.
    cut = None
    for sep in _SEPARATOR.finditer(tail):
        if _MARK.search(tail, sep.end()):
            cut = sep.start()
    return None if cut is None else start + cut
