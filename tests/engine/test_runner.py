"""The runner: stages, ordering via outcomes, timeouts, errors recorded, offline skipping, fail-safe."""

from __future__ import annotations

import asyncio
from typing import ClassVar

import pytest

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, Stage, SymbolDef
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.engine.registry import Registry
from mailwarden.errors import ConfigError
from mailwarden.message import parse_message
from mailwarden.verdict import Action, Category, Hit

RAW = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: hi\r\n\r\nhello world\r\n"


class First(Check):
    name = "first"
    symbols: ClassVar = (SymbolDef("FIRST_HIT", 2.0, "first"),)
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        return CheckResult([Hit("FIRST_HIT", "x")], outcome=41)


class Second(Check):
    name = "second"
    symbols: ClassVar = (SymbolDef("SECOND_SAW_FIRST", 3.0, "second", Category.SPAM),)
    needs = frozenset({Need.BODY})
    after = ("first",)

    async def run(self, ctx: CheckContext) -> CheckResult:
        seen = ctx.outcome("first", int)
        return CheckResult([Hit("SECOND_SAW_FIRST", str(seen))] if seen == 41 else [])


class Slow(Check):
    name = "slow"
    symbols: ClassVar = (SymbolDef("SLOW_DONE", 1.0, "never reached"),)
    needs = frozenset({Need.HEADERS})
    timeout = 0.05

    async def run(self, ctx: CheckContext) -> CheckResult:
        await asyncio.sleep(5)
        return CheckResult([Hit("SLOW_DONE")])


class Broken(Check):
    name = "broken"
    symbols: ClassVar = (SymbolDef("BROKEN_NEVER", 1.0, "never"),)
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        raise ZeroDivisionError("boom")


class NeedsDns(Check):
    name = "needs_dns"
    symbols: ClassVar = (SymbolDef("DNS_THING", 1.0, "dns"),)
    needs = frozenset({Need.HEADERS, Need.DNS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        res = await ctx.resolver.resolve("x.example", "A")
        return CheckResult([Hit("DNS_THING", res.texts()[0])])


def engine(classes: list[type[Check]], **cfg: object) -> Engine:
    settings = settings_from_mapping(cfg)
    return Engine(settings, FakeResolver({"x.example": {"A": ["192.0.2.1"]}}), check_classes=classes)


async def test_dependent_check_reads_typed_outcome_and_scores_add_up() -> None:
    v = await engine([Second, First]).scan(parse_message(RAW))
    assert [s.name for s in v.symbols] == ["SECOND_SAW_FIRST", "FIRST_HIT"]
    assert v.score == pytest.approx(5.0)
    assert v.categories == {Category.SPAM}
    assert v.action is Action.ACCEPT


async def test_delivered_mail_carries_no_category_header_but_keeps_its_categories() -> None:
    # 5 points: accepted, yet SECOND_SAW_FIRST has the spam category. A mail rule filing on the header
    # would file such ham as spam; a report of a missed message still reads the categories.
    v = await engine([Second, First]).scan(parse_message(RAW))
    assert v.action is Action.ACCEPT and v.categories == {Category.SPAM}
    assert "X-Mailwarden-Categories" not in dict(v.headers)
    flagged = await engine([Second, First], actions={"add_header": 4.0}).scan(parse_message(RAW))
    assert flagged.action is Action.ADD_HEADER
    assert dict(flagged.headers)["X-Mailwarden-Categories"] == "spam"


async def test_timeout_and_exception_are_recorded_not_propagated() -> None:
    v = await engine([First, Slow, Broken]).scan(parse_message(RAW))
    names = {s.name for s in v.symbols}
    assert {"FIRST_HIT", "CHECK_TIMEOUT", "CHECK_ERROR"} <= names
    assert "SLOW_DONE" not in names
    assert any("ZeroDivisionError" in e for e in v.errors)
    assert any("slow: timeout" in e for e in v.errors)


async def test_stage_limits_which_checks_run() -> None:
    v = await engine([First, Second]).scan(parse_message(RAW), stage=Stage.HEADERS)
    assert v.has("FIRST_HIT") and not v.has("SECOND_SAW_FIRST")


async def test_offline_skips_dns_checks_and_says_so() -> None:
    v = await engine([NeedsDns], general={"offline": True}).scan(parse_message(RAW))
    assert not v.has("DNS_THING")
    assert v.has("CHECK_SKIPPED_OFFLINE")
    assert v.skipped == ("needs_dns",)
    online = await engine([NeedsDns]).scan(parse_message(RAW))
    assert online.has("DNS_THING")


async def test_thresholds_scores_and_forced_actions_come_from_config() -> None:
    assert (await engine([First], scores={"FIRST_HIT": 20.0}).scan(parse_message(RAW))).action is Action.REJECT
    v = await engine([First], scores={"FIRST_HIT": 11.0}).scan(parse_message(RAW))
    assert v.action is Action.QUARANTINE and v.reason
    v = await engine([First], forced={"FIRST_HIT": "reject"}).scan(parse_message(RAW))
    assert v.action is Action.REJECT and v.forced_by == "FIRST_HIT"
    v = await engine([First], actions={"add_header": 1.0}).scan(parse_message(RAW))
    assert v.action is Action.ADD_HEADER
    assert ("X-Mailwarden-Action", "add_header") in v.headers


async def test_group_cap_limits_total_of_group() -> None:
    cfg = {"groups": {"g": {"max_score": 3.0, "symbols": ["FIRST_HIT", "SECOND_SAW_FIRST"]}}}
    v = await engine([First, Second], **cfg).scan(parse_message(RAW))
    assert v.score == pytest.approx(3.0)


async def test_engine_failure_tempfails_or_accepts_per_on_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import mailwarden.engine.runner as runner

    def explode(*a: object, **k: object) -> object:
        raise RuntimeError("policy bug")

    monkeypatch.setattr(runner, "decide", explode)
    v = await engine([First]).scan(parse_message(RAW))
    assert v.action is Action.TEMPFAIL and "policy bug" in v.errors[0]
    v = await engine([First], general={"on_error": "accept"}).scan(parse_message(RAW))
    assert v.action is Action.ACCEPT


def test_registry_rejects_cycles_unknown_checks_and_bad_options() -> None:
    class A(Check):
        name = "a"
        after = ("b",)

        async def run(self, ctx: CheckContext) -> CheckResult:
            return CheckResult()

    class B(Check):
        name = "b"
        after = ("a",)

        async def run(self, ctx: CheckContext) -> CheckResult:
            return CheckResult()

    with pytest.raises(ConfigError, match="cycle"):
        Registry([A, B])
    with pytest.raises(ConfigError, match=r"checks\.nosuch"):
        Registry([First], {"nosuch": {}})
    with pytest.raises(ConfigError, match=r"checks\.first\.colour"):
        Registry([First], {"first": {"colour": "red"}})
    with pytest.raises(ConfigError, match=r"checks\.first\.timeout"):
        Registry([First], {"first": {"timeout": -1}})
    assert [c.name for c in Registry([First, Slow], {"slow": {"enabled": False}}).checks] == ["first"]


async def test_per_check_timeout_from_config_overrides_declared() -> None:
    v = await engine([Slow], checks={"slow": {"timeout": 0.01}}).scan(parse_message(RAW))
    assert v.has("CHECK_TIMEOUT")


class Forcing(Check):
    name = "forcing"
    symbols: ClassVar = (SymbolDef("FORCE_ME", 0.5, "asks for quarantine"), SymbolDef("NOT_HIT", 0.1, "never"))
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        return CheckResult([Hit("FORCE_ME")], forced={"FORCE_ME": Action.QUARANTINE, "NOT_HIT": Action.REJECT})


async def test_check_requested_forced_action_applies_only_to_hit_symbols_and_config_wins() -> None:
    v = await engine([Forcing]).scan(parse_message(RAW))
    assert v.action is Action.QUARANTINE and v.forced_by == "FORCE_ME"
    v = await engine([Forcing], forced={"FORCE_ME": "reject"}).scan(parse_message(RAW))
    assert v.action is Action.REJECT


async def test_a_check_that_holds_the_event_loop_is_logged_with_its_message(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import time

    import mailwarden.engine.runner as runner

    class Busy(Check):
        name = "busy"
        symbols: ClassVar = ()
        needs = frozenset({Need.BODY})

        async def run(self, ctx: CheckContext) -> CheckResult:
            end = time.perf_counter() + 0.05
            while time.perf_counter() < end:  # CPU-bound work: no await, so no timeout can stop it
                pass
            return CheckResult()

    monkeypatch.setattr(runner, "SLOW_CHECK_MS", 20.0)
    raw = RAW.replace(b"Subject: hi", b"Message-ID: <slow1@b.example>\r\nSubject: hi")
    with caplog.at_level("WARNING", logger="mailwarden.engine.runner"):
        await engine([First, Busy]).scan(parse_message(raw))
    slow = [r.getMessage() for r in caplog.records if "took" in r.getMessage()]
    assert len(slow) == 1 and "check busy took" in slow[0] and "<slow1@b.example>" in slow[0]
