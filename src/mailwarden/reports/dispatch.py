"""Sending sample reports: manual and by rule, batched, rate-limited, never the same message twice.

The report log and the SMTP sender are passed in (``stores`` and ``delivery`` are sibling layers):
the CLI gives ``mailwarden.stores.reports.ReportLog`` and ``mailwarden.delivery.smtp.relay_sync``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from mailwarden.errors import DeliveryError
from mailwarden.reports.events import EventLike, from_domain, symbol_names
from mailwarden.reports.sample import Sample, build_report
from mailwarden.reports.settings import AutoRule, ReportSettings

__all__ = ["DispatchResult", "ReportLogLike", "SendFn", "auto_report", "matching_rule", "send_samples"]

SendFn = Callable[[str, str, Sequence[str], bytes], Any]  # (relay, mail_from, rcpts, data)


class ReportLogLike(Protocol):
    def claim(
        self,
        sample_sha256: str,
        destination: str,
        recipients: list[str],
        batch_id: str,
        event_id: str | None = None,
        rule: str = "",
    ) -> bool: ...

    def finish(self, batch_id: str, status: str, error: str = "", message_id: str | None = None) -> None: ...

    def sent_since(self, destination: str, since: datetime) -> int: ...

    def status_of(self, sample_sha256: str, destination: str) -> str | None: ...


@dataclass(slots=True)
class DispatchResult:
    """What a dispatch did: batches sent/failed, samples skipped as already reported, rate-limited."""

    sent: list[str] = field(default_factory=list)  # report Message-IDs
    failed: list[str] = field(default_factory=list)  # error texts
    duplicates: int = 0
    rate_limited: int = 0
    samples_sent: int = 0


def send_samples(
    samples: Sequence[Sample],
    destination_name: str,
    settings: ReportSettings,
    log: ReportLogLike,
    send: SendFn,
    rule: str = "",
    now: datetime | None = None,
    enforce_rate: bool = False,
) -> DispatchResult:
    """Send samples to one destination in batches; each sample at most once per destination."""
    name, dest = settings.destination(destination_name)
    now = now or datetime.now(UTC)
    res = DispatchResult()
    per_mail = 1 if dest.arf else dest.batch_size
    budget = dest.max_per_hour - log.sent_since(name, now - timedelta(hours=1)) if enforce_rate else 10**9
    pending = list(samples)
    while pending:
        if budget <= 0:
            for s in pending:
                if log.status_of(s.sha256, name) in ("sent", "pending"):
                    res.duplicates += 1
                else:
                    res.rate_limited += 1
            break
        batch_id = uuid.uuid4().hex
        batch: list[Sample] = []
        while pending and len(batch) < per_mail:
            s = pending.pop(0)
            if log.claim(s.sha256, name, list(dest.to), batch_id, s.event_id, rule):
                batch.append(s)
            else:
                res.duplicates += 1
        if not batch:
            continue
        data, msgid = build_report(batch, dest, settings.from_address, settings.organisation, settings.contact, now)
        try:
            send(settings.relay, settings.from_address, list(dest.to), data)
        except DeliveryError as e:
            log.finish(batch_id, "failed", str(e))
            res.failed.append(str(e))
            continue
        log.finish(batch_id, "sent", message_id=msgid)
        res.sent.append(msgid)
        res.samples_sent += len(batch)
        budget -= 1
    return res


def matching_rule(ev: EventLike, rules: Iterable[AutoRule], protected_domains: Sequence[str]) -> AutoRule | None:
    """The first auto rule an event matches (MALWARE_FOUND, a category, a DMARC-reject spoof of us)."""
    names = set(symbol_names(ev))
    for rule in rules:
        if rule.symbols and names & set(rule.symbols):
            return rule
        if rule.categories and set(ev.categories) & set(rule.categories):
            return rule
        if rule.dmarc_reject_protected and "DMARC_POLICY_REJECT" in names:
            dom = from_domain(ev) or ""
            if any(dom == p or dom.endswith("." + p) for p in protected_domains):
                return rule
    return None


def auto_report(
    events: Iterable[EventLike],
    fetch_raw: Callable[[str], bytes | None],
    settings: ReportSettings,
    protected_domains: Sequence[str],
    log: ReportLogLike,
    send: SendFn,
    now: datetime | None = None,
) -> dict[str, DispatchResult]:
    """Report every quarantined event matching an auto rule, per destination, within its rate limit.

    Only quarantined messages can be reported (the original must still be stored); ``fetch_raw``
    returns ``None`` for others.
    """
    queues: dict[tuple[str, str], list[Sample]] = {}
    for ev in events:
        rule = matching_rule(ev, settings.auto, protected_domains)
        if rule is None:
            continue
        raw = fetch_raw(ev.id)
        if raw is None:
            continue
        queues.setdefault((rule.destination, rule.name), []).append(Sample.from_event(raw, ev))
    results: dict[str, DispatchResult] = {}
    for (dest, rule_name), samples in queues.items():
        results[f"{rule_name}->{dest}"] = send_samples(
            samples, dest, settings, log, send, rule=rule_name, now=now, enforce_rate=True
        )
    return results
