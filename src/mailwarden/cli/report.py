"""``mailwarden report sample|auto|log|stats``: CERT sample reports and the statistics report."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from mailwarden.cli.common import EXIT_FINDINGS, build_resolver, fail, get_settings, since_time
from mailwarden.config import Settings
from mailwarden.delivery.smtp import relay_sync
from mailwarden.errors import ConfigError, DeliveryError, MailwardenError, StoreError
from mailwarden.reports.dispatch import auto_report, send_samples
from mailwarden.reports.sample import Sample
from mailwarden.reports.settings import ReportSettings, reports_settings_from_file
from mailwarden.reports.stats import FORMATS, compute_stats, render_stats
from mailwarden.stores import Store, open_store
from mailwarden.stores.reports import ReportLog

report_app = typer.Typer(help="CERT sample reports (VNCERT, CNCERT/12321) and statistics reports.")

_CONFIG = typer.Option(None, "--config", "-c", help="mailwarden.toml")
_RCONFIG = typer.Option(None, "--reports-config", help="TOML file whose [reports] table replaces the main config's")


def report_settings(settings: Settings, reports_config: Path | None) -> ReportSettings:
    """``[reports]`` of the main configuration, or of ``--reports-config`` when given."""
    if reports_config is None:
        return settings.reports
    try:
        return reports_settings_from_file(reports_config)
    except ConfigError as e:
        fail(str(e))


def _store(settings: Settings) -> Store:
    try:
        return open_store(settings.store.url, settings.store.retention_days)
    except StoreError as e:
        fail(str(e))


def _sender(rs: ReportSettings) -> Any:
    def send(relay: str, frm: str, rcpts: Any, data: bytes) -> None:
        relay_sync(relay, frm, rcpts, data, tls=rs.relay_tls, timeout=60)

    return send


def _sample_from(target: str, settings: Settings, store: Store | None) -> Sample:
    path = Path(target)
    if path.is_file():
        from mailwarden.engine import Engine

        raw = path.read_bytes()
        verdict = asyncio.run(Engine(settings, build_resolver(settings)).scan_bytes(raw))
        return Sample(
            raw=raw,
            action=verdict.action.value,
            score=verdict.score,
            categories=tuple(sorted(c.value for c in verdict.categories)),
            symbols=tuple((s.name, s.detail) for s in verdict.symbols),
        )
    if store is None:
        fail(f"{target}: no such file")
    try:
        item = store.get(target)
    except StoreError as e:
        fail(f"{target}: not a file and not a quarantine id ({e})")
    return Sample.from_event(item.raw or b"", item.event)


def _report_fuzzy(settings: Settings, samples: list[Sample]) -> None:
    """A sample an administrator reports to the CERT is confirmed junk: the rest of its campaign should
    score too (``fuzzy`` check). The report itself is already sent, so a failure here only warns."""
    from mailwarden.cli.fuzzy_cmd import feed_message
    from mailwarden.engine.runner import limits_from
    from mailwarden.message.parser import parse_message

    stored = 0
    for s in samples:
        cats = set(s.categories)
        category = "malware" if "malware" in cats else "phishing" if cats & {"phishing", "spoof"} else "spam"
        try:
            stored += bool(feed_message(settings, parse_message(s.raw, None, limits_from(settings)), True, "report",
                                        category))  # fmt: skip
        except MailwardenError as e:
            typer.echo(f"fuzzy digest not stored: {e}", err=True)
    if stored:
        typer.echo(f"fuzzy digests of {stored} sample(s) stored: their near-copies score FUZZY_* from now on")


@report_app.command("sample")
def sample_cmd(
    targets: list[str] = typer.Argument(..., help=".eml files or quarantine ids"),
    to: str = typer.Option(..., "--to", help="destination name (vncert, cncert, 12321, …) or an address"),
    config: Path | None = _CONFIG,
    reports_config: Path | None = _RCONFIG,
    fuzzy: bool = typer.Option(
        True, "--fuzzy/--no-fuzzy", help="also report the samples to the fuzzy check (near-copies score FUZZY_*)"
    ),
) -> None:
    """Send samples (original unchanged as message/rfc822 + summary) to a CERT; logged, never twice."""
    settings = get_settings(config)
    rs = report_settings(settings, reports_config)
    store = _store(settings)
    samples = [_sample_from(t, settings, store) for t in targets]
    try:
        res = send_samples(samples, to, rs, ReportLog(store), _sender(rs))
    except (ConfigError, StoreError, DeliveryError) as e:
        fail(str(e))
    typer.echo(f"sent {res.samples_sent} sample(s) in {len(res.sent)} report(s); {res.duplicates} already reported")
    if fuzzy:
        _report_fuzzy(settings, samples)
    for err in res.failed:
        typer.echo(f"failed: {err}", err=True)
    if res.failed:
        raise typer.Exit(EXIT_FINDINGS)


@report_app.command("auto")
def auto_cmd(
    since: str = typer.Option("24h", "--since", help="events since (ISO time or age: 24h, 7d)"),
    config: Path | None = _CONFIG,
    reports_config: Path | None = _RCONFIG,
) -> None:
    """Report quarantined messages matching [reports.auto] rules (run from a timer, e.g. every 10 min)."""
    settings = get_settings(config)
    rs = report_settings(settings, reports_config)
    store = _store(settings)

    def fetch(eid: str) -> bytes | None:
        try:
            return store.get(eid).raw or None
        except StoreError:
            return None

    protected = settings.domains.protected or settings.domains.local
    try:
        results = auto_report(
            store.iter_events(since=since_time(since)), fetch, rs, protected, ReportLog(store), _sender(rs)
        )
    except StoreError as e:
        fail(str(e))
    for key, r in results.items():
        typer.echo(
            f"{key}: sent {r.samples_sent}, duplicates {r.duplicates}, rate-limited {r.rate_limited}, "
            f"failed {len(r.failed)}"
        )


@report_app.command("log")
def log_cmd(since: str | None = typer.Option(None, "--since"), config: Path | None = _CONFIG) -> None:
    """The sent-report log (JSON lines)."""
    store = _store(get_settings(config))
    for entry in ReportLog(store).entries(since=since_time(since)):
        typer.echo(json.dumps(entry.to_json(), ensure_ascii=False))


@report_app.command("stats")
def stats_cmd(
    since: str = typer.Option(..., "--from", help="start (ISO date/time or age)"),
    until: str | None = typer.Option(None, "--to", help="end (default: now)"),
    fmt: str = typer.Option("html", "--format", "-f", help="|".join(FORMATS)),
    lang: str = typer.Option("en", "--lang", help="vi|zh|en"),
    output: Path | None = typer.Option(None, "--output", "-o", help="file (required for pdf/xlsx)"),
    config: Path | None = _CONFIG,
) -> None:
    """Statistics: by direction and verdict, top blocked senders/domains/IPs, malware, phishing, IoCs, reports."""
    if fmt not in FORMATS or lang not in ("vi", "zh", "en"):
        fail(f"--format one of {'|'.join(FORMATS)}, --lang vi|zh|en")
    if fmt in ("pdf", "xlsx") and output is None:
        fail(f"--format {fmt} needs --output FILE")
    store = _store(get_settings(config))
    a, b = since_time(since), since_time(until) or datetime.now(UTC)
    try:
        sent = [e.destination for e in ReportLog(store).entries(since=a, until=b, status="sent")]
        st = compute_stats(store.iter_events(since=a, until=b), sent, a, b)
        text = render_stats(st, fmt, lang, output)
    except (StoreError, RuntimeError) as e:
        fail(str(e))
    if text is not None:
        typer.echo(text, nl=False)


def register(app: typer.Typer) -> None:
    """Add ``report`` to the ``mailwarden`` command."""
    app.add_typer(report_app, name="report")
