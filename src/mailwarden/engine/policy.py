"""Policy: scores from configuration, group caps, thresholds, forced actions, headers -> Verdict."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mailwarden.config import Settings
from mailwarden.engine.registry import Registry
from mailwarden.verdict import Action, AuthSummary, Category, Hit, SymbolResult, Verdict


@dataclass(frozen=True, slots=True)
class CheckHits:
    """Hits of one check (the engine collects these)."""

    check: str
    hits: Sequence[Hit]


# The group of the statistical classifier's symbols (checks/spam/classifier.py).
CLASSIFIER_GROUP = "bayes"

# Reasons shown to the remote SMTP client: name the kind of problem, never internals.
_REASON_BY_CATEGORY = {
    Category.MALWARE: "message contains malware or a dangerous attachment",
    Category.PHISHING: "message looks like phishing",
    Category.SPOOF: "sender authentication failed (spoofed sender)",
    Category.SPAM: "message looks like spam",
    Category.DLP: "message violates the outbound content policy",
    Category.POLICY: "message violates the mail policy",
}


def _score_action(score: float, settings: Settings) -> Action:
    t = settings.actions
    if t.reject is not None and score >= t.reject:
        return Action.REJECT
    if t.quarantine is not None and score >= t.quarantine:
        return Action.QUARANTINE
    if t.add_header is not None and score >= t.add_header:
        return Action.ADD_HEADER
    return Action.ACCEPT


def score_hits(
    results: Sequence[CheckHits], registry: Registry, settings: Settings
) -> tuple[list[SymbolResult], float]:
    """Configured score x hit weight; positive totals per group capped at the group's max_score."""
    group_of_extra: dict[str, str] = {}
    for gname, gset in settings.groups.items():
        for sym in gset.symbols:
            group_of_extra[sym] = gname
    scored: list[SymbolResult] = []
    for ch in results:
        for hit in ch.hits:
            info = registry.symbol(hit.symbol)
            base = settings.scores.get(hit.symbol, info.definition.score if info else 0.0)
            group = group_of_extra.get(hit.symbol) or (info.definition.group if info else "") or ch.check
            scored.append(
                SymbolResult(
                    name=hit.symbol,
                    score=base * hit.weight,
                    detail=hit.detail,
                    check=ch.check,
                    group=group,
                    category=info.definition.category if info else None,
                )
            )
    # Group caps: scale the positive scores of a group down so they sum to at most max_score.
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(scored):
        by_group[s.group].append(i)
    for gname, idxs in by_group.items():
        g = settings.groups.get(gname)
        if g is None or g.max_score is None:
            continue
        pos = sum(scored[i].score for i in idxs if scored[i].score > 0)
        if pos > g.max_score > 0:
            factor = g.max_score / pos
            for i in idxs:
                s = scored[i]
                if s.score > 0:
                    scored[i] = SymbolResult(s.name, s.score * factor, s.detail, s.check, s.group, s.category)
    total = sum(s.score for s in scored)
    return scored, total


def decide(
    results: Sequence[CheckHits],
    registry: Registry,
    settings: Settings,
    *,
    auth: AuthSummary,
    auth_header: str | None,
    extra_forced: Mapping[str, Action] | None = None,
    errors: Sequence[str] = (),
    skipped: Sequence[str] = (),
    timings_ms: dict[str, float] | None = None,
) -> Verdict:
    """Turn the hits of all checks into a Verdict."""
    scored, total = score_hits(results, registry, settings)
    action = _score_action(total, settings)
    if action is Action.REJECT and settings.actions.reject_needs_rules:
        # The classifier's points grow without bound with its confidence (so scores rank mail well);
        # on its own it may quarantine, which is releasable, but not reject, which is not.
        rules = sum(s.score for s in scored if s.group != CLASSIFIER_GROUP)
        if rules < (settings.actions.add_header or 0.0):
            action = Action.QUARANTINE
    forced_by: str | None = None
    forced = dict(settings.forced)
    for sym, act in (extra_forced or {}).items():
        forced.setdefault(sym, act)
    for s in scored:
        f = forced.get(s.name)
        if f is not None and f.severity > action.severity:
            action, forced_by = f, s.name
    categories = frozenset(s.category for s in scored if s.category is not None and s.score > 0)
    reason = ""
    if action in (Action.REJECT, Action.QUARANTINE, Action.TEMPFAIL):
        cats = sorted(categories, key=lambda c: list(_REASON_BY_CATEGORY).index(c))
        reason = _REASON_BY_CATEGORY[cats[0]] if cats else "message scored above the policy threshold"
    ordered = sorted(scored, key=lambda s: (-abs(s.score), s.name))
    headers: list[tuple[str, str]] = []
    if auth_header:
        headers.append(("Authentication-Results", auth_header))
    headers.append(("X-Mailwarden-Score", f"{total:.2f}"))
    headers.append(("X-Mailwarden-Action", action.value))
    if categories and action is not Action.ACCEPT:
        # Delivered mail keeps the categories of its weak hits (a spam phrase worth 0.5 points: most
        # legitimate mail has one); in a header, a mail rule that files on it would file the ham too.
        headers.append(("X-Mailwarden-Categories", ", ".join(sorted(c.value for c in categories))))
    sym_text = ", ".join(f"{s.name}({s.score:.2f})" for s in ordered if s.score != 0)
    if sym_text:
        headers.append(("X-Mailwarden-Symbols", sym_text))
    return Verdict(
        action=action,
        score=total,
        symbols=tuple(ordered),
        categories=categories,
        headers=tuple(headers),
        auth=auth,
        reason=reason,
        forced_by=forced_by,
        errors=tuple(errors),
        skipped=tuple(skipped),
        timings_ms=timings_ms or {},
    )
