"""DLP policy over extracted texts: detectors, per-kind thresholds, exceptions -> a report of what triggered."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from mailwarden.dlp.extract import ExtractedText
from mailwarden.dlp.identifiers import find_identifiers, key_of
from mailwarden.dlp.keywords import Dictionary, compile_dictionaries, find_keywords
from mailwarden.dlp.markings import find_markings, normalise
from mailwarden.dlp.model import Finding, Kind

_IDENTIFIERS = frozenset({Kind.VN_CITIZEN_ID, Kind.CN_RESIDENT_ID, Kind.BANK_CARD, Kind.PHONE})


@dataclass(frozen=True, slots=True)
class Threshold:
    """A kind triggers at ``min_context`` distinct values written next to a label word, or at
    ``min_total`` distinct values without one (a spreadsheet column of IDs has no label per row)."""

    min_total: int
    min_context: int = 1


DEFAULT_THRESHOLDS: Mapping[Kind, Threshold] = {
    Kind.CLASSIFIED_VN: Threshold(1),
    Kind.CLASSIFIED_CN: Threshold(1),
    Kind.KEYWORD: Threshold(1),
    Kind.VN_CITIZEN_ID: Threshold(3),
    Kind.CN_RESIDENT_ID: Threshold(1),  # the checksum already rules out chance matches
    Kind.BANK_CARD: Threshold(3),
    Kind.PHONE: Threshold(20, 20),  # a signature has a few numbers; a contact dump has many
}


@dataclass(frozen=True, slots=True)
class DlpPolicy:
    """What to look for and when it counts. ``ignore_values`` are identifiers never reported
    (published hotline numbers, test cards); ``ignore_markings`` e.g. {"内部"} where that stamp is routine."""

    kinds: frozenset[Kind] = frozenset(Kind)
    thresholds: Mapping[Kind, Threshold] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    dictionaries: tuple[Dictionary, ...] = ()
    dictionary_min_hits: Mapping[str, int] = field(default_factory=dict)
    ignore_values: frozenset[str] = frozenset()
    ignore_markings: frozenset[str] = frozenset()
    max_findings: int = 1000
    today: date | None = None

    @classmethod
    def build(
        cls,
        *,
        kinds: Iterable[Kind] | None = None,
        thresholds: Mapping[Kind, Threshold] | None = None,
        keywords: Mapping[str, Sequence[str]] | None = None,
        keyword_min_hits: Mapping[str, int] | None = None,
        ignore_values: Iterable[str] = (),
        ignore_markings: Iterable[str] = (),
    ) -> DlpPolicy:
        """A policy from plain configuration values."""
        merged = dict(DEFAULT_THRESHOLDS)
        merged.update(thresholds or {})
        return cls(
            kinds=frozenset(kinds) if kinds is not None else frozenset(Kind),
            thresholds=merged,
            dictionaries=compile_dictionaries(keywords or {}),
            dictionary_min_hits=dict(keyword_min_hits or {}),
            ignore_values=frozenset("".join(c for c in v if c.isalnum()).upper() for v in ignore_values),
            ignore_markings=frozenset(normalise(m).upper() for m in ignore_markings),
        )


@dataclass(slots=True)
class DlpReport:
    """Findings per kind and the kinds whose thresholds were reached."""

    findings: list[Finding] = field(default_factory=list)
    triggered: dict[Kind, list[Finding]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def summary(self, kind: Kind, limit: int = 5) -> str:
        """``"report.docx: Độ mật: TỐI MẬT; body: …"`` for the symbol detail (snippets are redacted)."""
        items = self.triggered.get(kind, [])
        parts = [f"{f.source}: {f.snippet}" for f in items[:limit]]
        more = f" (+{len(items) - limit} more)" if len(items) > limit else ""
        return "; ".join(parts) + more


def _ignored(f: Finding, policy: DlpPolicy) -> bool:
    if f.kind in (Kind.CLASSIFIED_VN, Kind.CLASSIFIED_CN):
        return f.label.upper() in policy.ignore_markings
    return f.kind in _IDENTIFIERS and bool(policy.ignore_values) and _raw_ignored(f, policy)


def _raw_ignored(f: Finding, policy: DlpPolicy) -> bool:
    return any(key_of(v) == f.key or key_of(v.lstrip("0")) == f.key for v in policy.ignore_values)


def scan_texts(texts: Iterable[ExtractedText], policy: DlpPolicy) -> DlpReport:
    """Run the detectors the policy enables over every text and apply the thresholds."""
    report = DlpReport()
    id_kinds = policy.kinds & _IDENTIFIERS
    for t in texts:
        report.sources.append(t.source)
        text = normalise(t.text)
        found: list[Finding] = []
        if policy.kinds & {Kind.CLASSIFIED_VN, Kind.CLASSIFIED_CN}:
            found.extend(f for f in find_markings(text, t.source) if f.kind in policy.kinds)
        if Kind.KEYWORD in policy.kinds and policy.dictionaries:
            found.extend(find_keywords(text, t.source, policy.dictionaries))
        if id_kinds:
            found.extend(find_identifiers(text, t.source, id_kinds, policy.today))
        for f in found:
            if len(report.findings) >= policy.max_findings:
                break
            if not _ignored(f, policy):
                report.findings.append(f)
    _apply_thresholds(report, policy)
    return report


def _apply_thresholds(report: DlpReport, policy: DlpPolicy) -> None:
    by_kind: dict[Kind, list[Finding]] = {}
    for f in report.findings:
        by_kind.setdefault(f.kind, []).append(f)
    for kind, items in by_kind.items():
        if kind is Kind.KEYWORD:
            hits = [f for f in items if _keyword_count(items, f.label) >= policy.dictionary_min_hits.get(f.label, 1)]
            if hits:
                report.triggered[kind] = hits
            continue
        th = policy.thresholds.get(kind, DEFAULT_THRESHOLDS[kind])
        distinct = {f.key: f for f in items}
        with_ctx = {f.key for f in items if f.context}
        if len(with_ctx) >= th.min_context or len(distinct) >= th.min_total:
            report.triggered[kind] = list(distinct.values())


def _keyword_count(items: Sequence[Finding], label: str) -> int:
    return sum(1 for f in items if f.label == label)
