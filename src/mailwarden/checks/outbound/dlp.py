"""Data-loss prevention over subject, body and attachments (CN-RECT-04, CN-SCT-12/13, CN-CAC14-05)."""

from __future__ import annotations

import fnmatch
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.dlp import DlpPolicy, DlpReport, ExtractLimits, Kind, scan_texts
from mailwarden.dlp.message_texts import message_texts
from mailwarden.dlp.scan import Threshold
from mailwarden.outbound.policy import PolicyWord, forced_action
from mailwarden.outbound.recipients import RecipientClass, RecipientPolicy, RecipientsOutcome, classify
from mailwarden.verdict import Category, Direction, Hit

SYMBOL_OF: dict[Kind, str] = {
    Kind.CLASSIFIED_VN: "DLP_CLASSIFIED_VN",
    Kind.CLASSIFIED_CN: "DLP_CLASSIFIED_CN",
    Kind.KEYWORD: "DLP_KEYWORD",
    Kind.VN_CITIZEN_ID: "DLP_VN_CITIZEN_ID",
    Kind.CN_RESIDENT_ID: "DLP_CN_RESIDENT_ID",
    Kind.BANK_CARD: "DLP_BANK_CARD",
    Kind.PHONE: "DLP_PHONE_NUMBERS",
}
_IDENTIFIERS = frozenset({Kind.VN_CITIZEN_ID, Kind.CN_RESIDENT_ID, Kind.BANK_CARD, Kind.PHONE})


class ThresholdOption(BaseModel):
    """Distinct values needed: ``min_context`` next to a label word, or ``min_total`` in all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_total: int = Field(ge=1)
    min_context: int = Field(1, ge=1)


class DlpOptions(BaseModel):
    """``[checks.outbound_dlp]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    directions: list[Direction] = Field(default_factory=lambda: [Direction.OUTBOUND])
    detectors: list[Kind] = Field(default_factory=lambda: list(Kind))
    classified: PolicyWord = Field("reject", description="classification stamps (MẬT, 机密★, ...)")
    identifiers: PolicyWord = Field("hold", description="citizen/resident IDs and bank cards")
    keywords: PolicyWord = Field("hold", description="operator dictionaries")
    phones: PolicyWord = "warn"
    unscannable: PolicyWord = Field("warn", description="encrypted or unreadable attachments")
    dictionaries: dict[str, list[str]] = Field(default_factory=dict, description="name -> terms ('re:' = regex)")
    dictionary_min_hits: dict[str, int] = Field(default_factory=dict)
    thresholds: dict[Kind, ThresholdOption] = Field(default_factory=dict)
    ignore_values: list[str] = Field(default_factory=list, description="identifiers never reported")
    ignore_markings: list[str] = Field(default_factory=list, description="e.g. ['内部'] where routine")
    exempt_senders: list[str] = Field(default_factory=list, description="address or domain globs")
    identifiers_allowed_to: list[RecipientClass] = Field(
        default_factory=lambda: [RecipientClass.INTERNAL, RecipientClass.PEER],
        description="identifiers are not flagged when every recipient is in these classes",
    )
    max_attachment_bytes: int = Field(50 * 1024 * 1024, ge=1)
    max_unpacked_bytes: int = Field(100 * 1024 * 1024, ge=1)
    max_archive_depth: int = Field(3, ge=0)


class OutboundDlp(Check):
    """Classification stamps, keywords and personal identifiers in outbound mail."""

    name = "outbound_dlp"
    description = "data-loss prevention over subject, body and attachments"
    symbols: ClassVar = (
        SymbolDef(
            "DLP_CLASSIFIED_VN", 5.0, "Vietnamese classification stamp (MẬT/TỐI MẬT/TUYỆT MẬT)", Category.DLP, "dlp"
        ),
        SymbolDef("DLP_CLASSIFIED_CN", 5.0, "Chinese classification stamp (绝密/机密/秘密/内部)", Category.DLP, "dlp"),
        SymbolDef("DLP_KEYWORD", 2.0, "a term of an operator keyword dictionary", Category.DLP, "dlp"),
        SymbolDef("DLP_VN_CITIZEN_ID", 2.0, "Vietnamese citizen ID numbers", Category.DLP, "dlp"),
        SymbolDef("DLP_CN_RESIDENT_ID", 2.0, "Chinese resident ID numbers (checksum valid)", Category.DLP, "dlp"),
        SymbolDef("DLP_BANK_CARD", 2.0, "bank card numbers (Luhn valid)", Category.DLP, "dlp"),
        SymbolDef("DLP_PHONE_NUMBERS", 1.0, "many VN/CN phone numbers (a contact list)", Category.DLP, "dlp"),
        SymbolDef(
            "DLP_UNSCANNABLE", 1.0, "an attachment DLP could not read (encrypted, over limits)", Category.DLP, "dlp"
        ),
    )
    needs = frozenset({Need.HEADERS, Need.BODY, Need.ATTACHMENTS})
    after = ("outbound_recipients",)
    Options = DlpOptions
    timeout = 30.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, DlpOptions)
        self.opts = opts
        self.policy = DlpPolicy.build(
            kinds=opts.detectors,
            thresholds={k: Threshold(v.min_total, v.min_context) for k, v in opts.thresholds.items()},
            keywords=opts.dictionaries,
            keyword_min_hits=opts.dictionary_min_hits,
            ignore_values=opts.ignore_values,
            ignore_markings=opts.ignore_markings,
        )
        self.limits = ExtractLimits(
            max_input=opts.max_attachment_bytes,
            max_unpacked=opts.max_unpacked_bytes,
            max_depth=opts.max_archive_depth,
        )

    def _exempt(self, ctx: CheckContext) -> bool:
        env, msg = ctx.envelope, ctx.message
        who = {a.lower().strip("<>") for a in (env.mail_from, env.authenticated_user, msg.from_address) if a}
        who |= {a.rpartition("@")[2] for a in who if "@" in a}
        return any(fnmatch.fnmatchcase(w, p.lower()) for w in who for p in self.opts.exempt_senders)

    def _recipient_classes(self, ctx: CheckContext) -> set[RecipientClass]:
        outcome = ctx.outcome("outbound_recipients", RecipientsOutcome)
        if outcome is None:
            policy = RecipientPolicy(ctx.local_domains, freemail_domains=ctx.freemail_domains)
            outcome = RecipientsOutcome(tuple(classify(r, policy) for r in ctx.envelope.rcpt_to))
        return {c.klass for c in outcome.recipients}

    def scan(self, ctx: CheckContext) -> DlpReport:
        """Extract and scan (blocking: run in a worker thread)."""
        extraction = message_texts(ctx.message, self.limits)
        report = scan_texts(extraction.texts, self.policy)
        report.problems.extend(extraction.problems)
        return report

    async def run(self, ctx: CheckContext) -> CheckResult:
        if ctx.direction not in self.opts.directions or self._exempt(ctx):
            return CheckResult()
        report = await ctx.run_blocking(self.scan, ctx)
        classes = self._recipient_classes(ctx)
        ids_allowed = (
            ctx.direction is Direction.OUTBOUND and bool(classes) and classes <= set(self.opts.identifiers_allowed_to)
        )
        result = CheckResult(outcome=report)
        for kind, symbol in SYMBOL_OF.items():
            if kind not in report.triggered or (kind in _IDENTIFIERS and ids_allowed):
                continue
            word = self._word(kind)
            if word == "allow":
                continue
            result.hits.append(Hit(symbol, report.summary(kind)[:1000]))
            action = forced_action(word)
            if action is not None:
                result.forced[symbol] = action
        if report.problems and self.opts.unscannable != "allow":
            result.hits.append(Hit("DLP_UNSCANNABLE", "; ".join(report.problems[:5])[:1000]))
            action = forced_action(self.opts.unscannable)
            if action is not None:
                result.forced["DLP_UNSCANNABLE"] = action
        return result

    def _word(self, kind: Kind) -> PolicyWord:
        o = self.opts
        if kind in (Kind.CLASSIFIED_VN, Kind.CLASSIFIED_CN):
            return o.classified
        if kind is Kind.KEYWORD:
            return o.keywords
        if kind is Kind.PHONE:
            return o.phones
        return o.identifiers
