"""fuzzy: near-copies of mail the site reported as spam/phishing, or released as legitimate.

rspamd's fuzzy storage and Razor/Pyzor do this between sites; here it is the site's own reports, shared
by every gateway node through the store: an administrator (or a user, through quarantine report) reports
one message of a campaign and the copies still arriving, with other greetings, links and numbers,
score ``FUZZY_SPAM``/``FUZZY_PHISHING``/``FUZZY_MALWARE`` (10 points times the similarity). The same
document attachment (by SHA-256) scores ``FUZZY_ATTACHMENT``. A message like one released from the
quarantine scores ``FUZZY_HAM`` instead (-8 times the similarity), and the release deletes the report.

Fed by ``mailwarden learn --spam|--ham``, quarantine release/report and ``mailwarden fuzzy add``; never
by auto-learning (a wrong automatic verdict would then block every copy of a legitimate message).
Measured on the shared corpora (bench/fuzzy.py): with every junk message reported, 1 of 4,380 ham matches
one at similarity 0.7, and that one is the same advertisement filed as ham in one corpus and as phishing
in another; with 10 % of a stream's junk reported, 12 % of the junk matches an earlier report.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef, valid_store_url
from mailwarden.checks.fuzzy.digest import TextDigest, attachment_hashes, text_digest
from mailwarden.checks.fuzzy.store import FuzzyMatch, FuzzyStore, store_for_url
from mailwarden.message.model import Message
from mailwarden.verdict import Category, Direction, Hit

TEXT_SYMBOL = {"spam": "FUZZY_SPAM", "phishing": "FUZZY_PHISHING", "malware": "FUZZY_MALWARE"}


class FuzzyOptions(BaseModel):
    """``[checks.fuzzy]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    store_url: str = Field(
        "", description="database of the digests, shared by every node (default: [store] url); empty: check off"
    )
    threshold: float = Field(0.7, ge=0.3, le=1.0, description="estimated share of shared word 3-shingles for a match")
    min_words: int = Field(24, ge=8, description="texts with fewer words get no text digest")
    expire_days: float = Field(90.0, gt=0, description="a digest not added again for this long is forgotten")
    directions: list[Direction] = Field(
        default_factory=lambda: [Direction.INBOUND],
        description="mail flows checked (internal mail forwards reported messages to the help desk)",
    )
    learn: bool = Field(True, description="`mailwarden learn` and quarantine release/report add digests too")

    @field_validator("store_url")
    @classmethod
    def _store(cls, v: str) -> str:
        return valid_store_url(v)


class Fuzzy(Check):
    """Near-copies of reported spam/phishing (MinHash of the text) and identical reported attachments."""

    name = "fuzzy"
    description = "near-copies of messages the site reported (or released), shared by all nodes"
    symbols: ClassVar = (
        SymbolDef("FUZZY_SPAM", 10.0, "near-copy of a message reported as spam (x similarity)", Category.SPAM),
        SymbolDef(
            "FUZZY_PHISHING", 10.0, "near-copy of a message reported as phishing (x similarity)", Category.PHISHING
        ),
        SymbolDef("FUZZY_MALWARE", 10.0, "near-copy of a message reported as malware (x similarity)", Category.MALWARE),
        SymbolDef("FUZZY_ATTACHMENT", 8.0, "an attachment identical to one of a reported message", Category.MALWARE),
        SymbolDef("FUZZY_HAM", -8.0, "near-copy of a message released as legitimate (x similarity)"),
    )
    needs = frozenset({Need.BODY, Need.ATTACHMENTS})
    Options = FuzzyOptions
    timeout = 5.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, FuzzyOptions)
        self.opts = opts
        self.store: FuzzyStore | None = store_for_url(opts.store_url) if opts.store_url else None

    async def run(self, ctx: CheckContext) -> CheckResult:
        if self.store is None or ctx.direction not in self.opts.directions or self.store.empty():
            return CheckResult()
        digest = text_digest(ctx.message, self.opts.min_words)
        files = attachment_hashes(ctx.message)
        if digest is None and not files:
            return CheckResult()
        if self.store.local:
            # SQLite in WAL mode: a read takes ~0.3 ms and never waits for writers; a thread hop costs more.
            matches = self.store.match(digest, files, self.opts.threshold)
        else:
            matches = await ctx.run_blocking(self.store.match, digest, files, self.opts.threshold)
        return CheckResult(verdict_hits(matches))


def verdict_hits(matches: list[FuzzyMatch]) -> list[Hit]:
    """The symbols for the matches: the closer of the best spam and best ham text match wins (a tie goes
    to ham: a release is the later, human decision); reported attachments count on their own."""
    hits: list[Hit] = []
    text = [m for m in matches if m.kind == "text"]
    spam = max((m for m in text if m.flag == "spam"), key=lambda m: m.similarity, default=None)
    ham = max((m for m in text if m.flag == "ham"), key=lambda m: m.similarity, default=None)
    if ham is not None and (spam is None or ham.similarity >= spam.similarity):
        hits.append(Hit("FUZZY_HAM", _detail(ham, "released"), ham.similarity))
    elif spam is not None:
        hits.append(Hit(TEXT_SYMBOL.get(spam.category, "FUZZY_SPAM"), _detail(spam, "reported"), spam.similarity))
    files = [m for m in matches if m.kind == "file" and m.flag == "spam"]
    if files:
        hits.append(Hit("FUZZY_ATTACHMENT", _detail(files[0], f"reported as {files[0].category}")))
    return hits


def _detail(m: FuzzyMatch, what: str) -> str:
    when = datetime.fromtimestamp(m.added, UTC).strftime("%Y-%m-%d")
    times = f", {m.count} times" if m.count > 1 else ""
    return f"similarity {m.similarity:.2f} to a message {what} {when} ({m.source}{times})"


def digests_of(message: Message, opts: FuzzyOptions) -> tuple[TextDigest | None, list[str]]:
    return text_digest(message, opts.min_words), attachment_hashes(message)


def feed(opts: FuzzyOptions, message: Message, is_spam: bool, source: str, category: str = "spam") -> tuple[int, int]:
    """Add a learned/reported/released message's digests (``learn``, quarantine release/report).
    Returns (digests stored, opposite digests deleted); (0, 0) when the check has no store or the
    message gives no digest. Raises ``StoreError``."""
    if not opts.store_url or not opts.learn:
        return 0, 0
    text, files = digests_of(message, opts)
    return store_for_url(opts.store_url).add(
        text, files, "spam" if is_spam else "ham", category, source, opts.expire_days * 86400, opts.threshold
    )
