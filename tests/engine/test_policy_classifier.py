"""The policy around the statistical classifier: its points rank mail without a cap, but on its own it
may quarantine (releasable), not reject; rules reaching add_header make a reject possible."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message
from mailwarden.verdict import Action, Category, Hit

RAW = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: {s}\r\n\r\nhello world\r\n"


class FakeBayes(Check):
    """A classifier stand-in in the "bayes" group; its weight is the Subject's number."""

    name = "fake_bayes"
    symbols: ClassVar = (SymbolDef("FAKE_BAYES_SPAM", 10.0, "classifier", Category.SPAM, "bayes"),)
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        return CheckResult([Hit("FAKE_BAYES_SPAM", "", float(ctx.message.subject.split()[0]))])


class Rule(Check):
    name = "fake_rule"
    symbols: ClassVar = (SymbolDef("FAKE_RULE", 7.0, "a rule", Category.SPAM),)
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        return CheckResult([Hit("FAKE_RULE", "")] if "rule" in ctx.message.subject else [])


async def verdict(subject: str, **actions: object) -> tuple[Action, float]:
    settings = settings_from_mapping({"actions": actions} if actions else {})
    e = Engine(settings, FakeResolver({}), check_classes=[FakeBayes, Rule])
    v = await e.scan(parse_message(RAW.replace(b"{s}", subject.encode())))
    return v.action, v.score


async def test_classifier_alone_quarantines_however_confident() -> None:
    action, score = await verdict("5.0")
    assert score == 50.0  # no cap: 5x the symbol's score
    assert action is Action.QUARANTINE


async def test_classifier_plus_rules_rejects() -> None:
    action, score = await verdict("1.0 rule")
    assert score == 17.0 and action is Action.REJECT


async def test_operator_can_let_the_classifier_reject() -> None:
    action, _ = await verdict("5.0", reject_needs_rules=False)
    assert action is Action.REJECT


async def test_scores_of_confident_messages_do_not_tie() -> None:
    _, a = await verdict("3.0")
    _, b = await verdict("3.5")
    assert b > a > 15
