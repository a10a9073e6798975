"""Subject line features: missing, shouting, punctuation runs, mixed scripts, styled letters, needless
encoding, fake replies, the recipient's own address."""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.textfeatures.domains import is_host_name
from mailwarden.textfeatures.scripts import is_mixed_script
from mailwarden.textfeatures.styled import styled_words
from mailwarden.verdict import Category, Hit

_PUNCT = re.compile(r"[!?]{3,}|\${2,}|!\s*!\s*!")
_RE = re.compile(r"^\s*(?:re|aw|sv|回复|答复|trả lời)\s*:", re.IGNORECASE)
_ENCODED = re.compile(rb"=\?[^?]+\?[bq]\?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
# A run of blanks typed inside one header line, then a short token at the end: a hash buster that
# makes every copy's Subject unique. Folded headers (ham) put their runs after a line break.
_HASHBUSTER = re.compile(r"\S[ \t]{6,}\S{1,12}\s*$")
_ADV = re.compile(r"^\s*(?:\[\s*adv\s*\]|adv\s*:)", re.IGNORECASE)
# Words joined by "_" or "." instead of blanks ("Mining_balance_0.7495_BTC", "Now.get.up.to.1.BTC"): one
# token to a word filter that splits on blanks. Host and file names are joined that way too, and are left out.
_JOINED = re.compile(r"_*[^\W_]+(?:[_.][^\W_]+){2,}[!?]*_*")  # fullmatch on a Subject of 200 characters at most
_JOINER = re.compile(r"[_.]")
# fmt: off
_FILE_EXT = frozenset((
    "pdf", "doc", "docx", "xls", "xlsx", "xlsm", "ppt", "pptx", "odt", "ods", "txt", "csv", "log", "zip", "rar",
    "7z", "gz", "tgz", "tar", "jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "heic", "mp3", "mp4", "mov", "avi",
    "wav", "eml", "msg", "ics", "html", "htm", "xml", "json", "py", "js", "c", "h", "java", "sh", "iso", "img",
    "exe", "apk",
))
# fmt: on
MAX_RCPTS = 50
MAX_SUBJECT_CHARS = 2000


class SubjectFeatures(Part):
    """Reads the decoded Subject and its raw form."""

    name = "subject_features"
    description = "subject line anomalies"
    symbols: ClassVar = (
        SymbolDef("SUBJ_MISSING", 0.5, "no or empty Subject", Category.SPAM, "subject"),
        SymbolDef("SUBJ_ALL_CAPS", 1.0, "Subject in capitals only", Category.SPAM, "subject"),
        SymbolDef("SUBJ_EXCESS_PUNCT", 1.0, "runs of !!! ??? or $$", Category.SPAM, "subject"),
        SymbolDef("SUBJ_MIXED_SCRIPT", 2.0, "Subject words mixing Latin with look-alike scripts", Category.SPAM,
                  "subject"),
        SymbolDef("SUBJ_ENCODED_ASCII", 0.5, "RFC 2047-encoded Subject that is plain ASCII", Category.SPAM,
                  "subject"),
        SymbolDef("SUBJ_FAKE_REPLY", 1.0, "Subject says Re: but there is no In-Reply-To or References",
                  Category.SPAM, "subject"),
        SymbolDef("SUBJ_HASHBUSTER", 2.0, "blanks then a random token at the end of the Subject line",
                  Category.SPAM, "subject"),
        # Corpora: 24 of 5,727 phishing subjects (pot 2023-24: BTC-transfer and "survey reward" campaigns),
        # no ham or spam (their matches were host names).
        SymbolDef("SUBJ_JOINED_WORDS", 1.5, "Subject words joined by _ or . instead of blanks", Category.SPAM,
                  "subject"),
        SymbolDef("SUBJ_ADV_TAG", 1.5, "Subject starts with the unsolicited-advertising tag ADV:",
                  Category.SPAM, "subject"),
        # Corpora: 170 of 5,727 phishing subjects (pot 2022-24), none of 4,380 ham or 1,897 spam.
        SymbolDef("SUBJ_STYLED_LETTERS", 1.5, "Subject words in styled Unicode letters (𝐅𝐑𝐄𝐄, Ⓕⓡⓔⓔ)",
                  Category.SPAM, "subject"),
        # "user@agency.gov.vn: your mailbox is full". Corpora: 580 phishing, 12 spam, no ham outside
        # mailing lists (the list's own address) and calendar invitations ("Invitation: ... (user@...)").
        SymbolDef("SUBJ_RCPT_ADDRESS", 1.5, "Subject names the recipient's own address",
                  Category.PHISHING, "subject"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        subj = m.subject.strip()
        if not subj:
            return CheckResult([Hit("SUBJ_MISSING")])
        hits: list[Hit] = []
        letters = [c for c in subj if c.isalpha()]
        if len(letters) >= 10 and all(c.isupper() for c in letters if c.isascii()) and subj.isascii():
            hits.append(Hit("SUBJ_ALL_CAPS", subj[:60]))
        if _PUNCT.search(subj):
            hits.append(Hit("SUBJ_EXCESS_PUNCT", subj[:60]))
        if not subj.isascii():
            mixed = [w for w in _WORD.findall(subj) if is_mixed_script(w)]
            if mixed:
                hits.append(Hit("SUBJ_MIXED_SCRIPT", ", ".join(mixed[:3])))
        elif any(n.lower() == "subject" and _ENCODED.search(v) for n, v in m.headers):
            hits.append(Hit("SUBJ_ENCODED_ASCII", subj[:60]))
        raw = next((v for n, v in m.headers if n.lower() == "subject"), b"")
        if b"\n" not in raw and _HASHBUSTER.search(m.subject):
            hits.append(Hit("SUBJ_HASHBUSTER", subj[-20:]))
        if _joined_words(subj):
            hits.append(Hit("SUBJ_JOINED_WORDS", subj[:60]))
        if _ADV.match(subj):
            hits.append(Hit("SUBJ_ADV_TAG", subj[:60]))
        styled = styled_words(subj)
        if styled:
            hits.append(Hit("SUBJ_STYLED_LETTERS", ", ".join(styled)))
        rcpt = _recipient_in_subject(ctx, subj)
        if rcpt:
            hits.append(Hit("SUBJ_RCPT_ADDRESS", rcpt))
        if _RE.match(subj) and not ctx.body_only():  # no header block: nothing says it is not a reply
            names = {n.lower() for n, _ in m.headers}
            if "in-reply-to" not in names and "references" not in names:
                hits.append(Hit("SUBJ_FAKE_REPLY", subj[:60]))
        return CheckResult(hits)


def _joined_words(subj: str) -> bool:
    """Three or more words joined by ``_`` or ``.`` make the whole Subject, and it is not a host or file name."""
    if len(subj) > 200 or not _JOINED.fullmatch(subj):
        return False
    parts = [p for p in _JOINER.split(subj.strip("_!?")) if p]
    if sum(1 for p in parts if sum(c.isalpha() for c in p) >= 2) < 3:
        return False
    last = parts[-1].lower()
    if "." in subj and last in _FILE_EXT:
        return False  # "Q3_budget_final.xlsx": a file sent under its own name
    return "_" in subj or not is_host_name(subj)


def _recipient_in_subject(ctx: CheckContext, subj: str) -> str | None:
    """The recipient address (To, Cc or envelope) that ``subj`` names, unless the message is a list
    post (the subject then names the list) or a calendar invitation (which names its invitee)."""
    if "@" not in subj:
        return None
    m = ctx.message
    if any(n.lower() in ("list-id", "list-post") for n, _ in m.headers):
        return None
    if any(a.sniffed_type == "text/calendar" or a.declared_type == "text/calendar" for a in m.attachments):
        return None
    low = subj[:MAX_SUBJECT_CHARS].lower()
    rcpts = [*m.to, *m.cc, *ctx.envelope.rcpt_to][:MAX_RCPTS]
    for r in rcpts:
        addr = r.strip().strip("<>").lower()
        if "@" in addr and addr in low:
            return addr
    return None
