"""The check runner: stages, dependency levels, concurrency, per-check timeouts, error capture."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Sequence
from datetime import datetime

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, Stage
from mailwarden.config import Settings
from mailwarden.data import freemail_domains
from mailwarden.dns import Resolver
from mailwarden.engine.authsummary import auth_header_and_summary, dmarc_forced_action
from mailwarden.engine.direction import DirectionPolicy
from mailwarden.engine.policy import CheckHits, decide
from mailwarden.engine.registry import Registry, discover_checks
from mailwarden.errors import MessageError
from mailwarden.message.model import Envelope, Limits, Message
from mailwarden.message.parser import parse_message
from mailwarden.message.received import received_time
from mailwarden.verdict import Action, AuthSummary, Hit, Verdict

log = logging.getLogger(__name__)

_NET = frozenset({Need.DNS, Need.NETWORK})
SLOW_CHECK_MS = 1000.0  # a check over this is logged with its message


def limits_from(settings: Settings) -> Limits:
    lim = settings.limits
    return Limits(
        max_size=lim.max_size,
        max_depth=lim.max_depth,
        max_parts=lim.max_parts,
        max_headers=lim.max_headers,
        max_urls=lim.max_urls,
        max_text_chars=lim.max_text_chars,
    )


class Engine:
    """Runs the registered checks on a message and returns a Verdict. Never raises for a message."""

    def __init__(
        self,
        settings: Settings,
        resolver: Resolver,
        registry: Registry | None = None,
        check_classes: Iterable[type[Check]] | None = None,
    ) -> None:
        self.settings = settings
        self.resolver = resolver
        self.registry = registry or Registry(
            check_classes if check_classes is not None else discover_checks(),
            settings.checks,
            settings.engine.disabled,
            inherited={"store_url": settings.store.url},
        )
        self.offline = settings.general.offline
        self.limits = limits_from(settings)
        self._freemail = freemail_domains(settings.domains.freemail_extra)
        self.directions = DirectionPolicy(settings)

    def parse(self, raw: bytes, envelope: Envelope | None = None) -> Message:
        return parse_message(raw, envelope, self.limits)

    async def scan_bytes(self, raw: bytes, envelope: Envelope | None = None) -> Verdict:
        """Parse and scan. An unparseable message becomes a verdict with its MIME_* symbol; a parser
        bug gives the ``on_error`` verdict, as a failing engine does."""
        try:
            message = self.parse(raw, envelope)
        except MessageError as e:
            return decide(
                [CheckHits("mime", [Hit(e.symbol, str(e))])],
                self.registry,
                self.settings,
                auth=AuthSummary(),
                auth_header=None,
            )
        except Exception as e:  # the parser's own bug must not lose the message either
            return self._failure("parser", e)
        return await self.scan(message)

    async def scan(self, message: Message, stage: Stage = Stage.EOM) -> Verdict:
        """Run every check that can run at ``stage``; on an internal failure tempfail (or accept)."""
        try:
            return await self._scan(message, stage)
        except Exception as e:  # the engine's own bug must not lose the message
            return self._failure("engine", e)

    def _failure(self, where: str, e: Exception) -> Verdict:
        log.exception("%s failure; on_error=%s", where, self.settings.general.on_error)
        action = Action.ACCEPT if self.settings.general.on_error == "accept" else Action.TEMPFAIL
        return Verdict(
            action=action,
            score=0.0,
            symbols=(),
            categories=frozenset(),
            headers=(),
            reason="temporary local problem, try again later",
            errors=(f"{where}: {type(e).__name__}: {e}",),
        )

    def _context(self, message: Message, stage: Stage) -> CheckContext:
        rt: datetime | None
        try:
            rt = received_time(message.headers)
        except Exception:  # a malformed date is data, not a failure
            rt = None
        return CheckContext(
            message=message,
            envelope=message.envelope,
            resolver=self.resolver,
            stage=stage,
            offline=self.offline,
            received_at=rt,
            protected_domains=tuple(self.settings.domains.protected or self.settings.domains.local),
            local_domains=tuple(self.settings.domains.local),
            freemail_domains=self._freemail,
            authserv_id=self.settings.general.authserv_id,
            direction=self.directions.direction(message.envelope),
            dns_timeout=self.settings.dns.lifetime,
            loop=asyncio.get_running_loop(),
        )

    async def _scan(self, message: Message, stage: Stage) -> Verdict:
        ctx = self._context(message, stage)
        runnable: list[Check] = []
        skipped: list[str] = []
        for check in self.registry.checks:
            if check.stage > stage:
                continue
            if self.offline and check.needs & _NET:
                skipped.append(check.name)
                continue
            runnable.append(check)
        results: list[CheckHits] = []
        check_forced: dict[str, Action] = {}
        errors: list[str] = []
        timings: dict[str, float] = {}
        for level in self.registry.levels(runnable):
            # Checks that wait on DNS/network run as tasks so their waits overlap; the others are
            # CPU-bound and run inline, one after another: a task + timer per check per message
            # cost more than most checks themselves (~50 us each, 25 checks).
            waiting = [c for c in level if c.needs & _NET]
            tasks = [asyncio.ensure_future(self._run_one(c, ctx)) for c in waiting]
            outs: list[tuple[Check, tuple[CheckResult | None, str | None, float]]] = []
            for c in level:
                if not c.needs & _NET:
                    outs.append((c, await self._run_one(c, ctx)))
            outs += list(zip(waiting, await asyncio.gather(*tasks), strict=True))
            for check, (res, err, ms) in outs:
                timings[check.name] = ms
                if err is not None:
                    errors.append(err)
                if res is not None:
                    if res.outcome is not None:
                        ctx.outcomes[check.name] = res.outcome
                    results.append(CheckHits(check.name, res.hits))
                    ctx.hits[check.name] = res.hits
                    for sym, act in res.forced.items():
                        check_forced.setdefault(sym, act)
        if skipped:
            results.append(CheckHits("engine", [Hit("CHECK_SKIPPED_OFFLINE", ", ".join(skipped))]))
        header, summary = auth_header_and_summary(ctx)
        forced = dmarc_forced_action(ctx, self.settings)
        for sym, act in check_forced.items():
            forced.setdefault(sym, act)
        return decide(
            results,
            self.registry,
            self.settings,
            auth=summary,
            auth_header=header,
            extra_forced=forced,
            errors=errors,
            skipped=skipped,
            timings_ms=timings,
        )

    async def _run_one(self, check: Check, ctx: CheckContext) -> tuple[CheckResult | None, str | None, float]:
        t0 = time.perf_counter()
        timeout = self._timeout(check)
        try:
            async with asyncio.timeout(timeout):
                res = await check.run(ctx)
            ms = (time.perf_counter() - t0) * 1000
            if ms > SLOW_CHECK_MS:
                # a CPU-bound check holds the event loop (and every message behind it): the timeout
                # cannot interrupt it, so the operator at least learns which check and which message
                log.warning("check %s took %.0f ms on message %s (%d bytes)", check.name, ms,
                            ctx.message.message_id or "without Message-ID", ctx.message.size)  # fmt: skip
            return res, None, ms
        except TimeoutError:
            ms = (time.perf_counter() - t0) * 1000
            log.warning("check %s timed out after %.1fs", check.name, timeout)
            return CheckResult([Hit("CHECK_TIMEOUT", check.name)]), f"{check.name}: timeout", ms
        except Exception as e:  # a check's own failure is recorded, never propagated
            ms = (time.perf_counter() - t0) * 1000
            log.warning("check %s failed: %s: %s", check.name, type(e).__name__, e, exc_info=True)
            detail = f"{check.name}: {type(e).__name__}: {e}"
            return CheckResult([Hit("CHECK_ERROR", detail)]), detail, ms

    def _timeout(self, check: Check) -> float:
        configured = self.registry.timeouts.get(check.name)
        if configured is not None:
            return configured
        return min(check.timeout, self.settings.engine.check_timeout)


def checks_for_stage(checks: Sequence[Check], stage: Stage) -> list[Check]:
    return [c for c in checks if c.stage <= stage]
