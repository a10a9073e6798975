"""``mailwarden incident update|list|show|export|set``: campaigns of related messages with deadline timers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import typer

from mailwarden.cli.common import fail, get_settings
from mailwarden.cli.report import _RCONFIG, report_settings
from mailwarden.config import Settings
from mailwarden.errors import StoreError
from mailwarden.reports.incidents import deadlines, dumps, group_events, incident_document, incident_json
from mailwarden.stores import EventRecord, Store, open_store
from mailwarden.stores.incidents import IncidentRecord, IncidentStore

incident_app = typer.Typer(help="Incidents: related messages, severity, status and reporting deadlines.")
_CONFIG = typer.Option(None, "--config", "-c", help="mailwarden.toml")


def _store(settings: Settings) -> Store:
    try:
        return open_store(settings.store.url, settings.store.retention_days)
    except StoreError as e:
        fail(str(e))


def _events(store: Store, inc: IncidentRecord) -> list[EventRecord]:
    ids = set(inc.event_ids)
    since = inc.discovered_at - timedelta(seconds=1)
    return [e for e in store.iter_events(since=since) if e.id in ids]


def _raw(store: Store, eid: str) -> bytes | None:
    try:
        return store.get(eid).raw
    except StoreError:
        return None


@incident_app.command("update")
def update_cmd(
    days: int = typer.Option(7, "--days", help="look at events of the last N days"), config: Path | None = _CONFIG
) -> None:
    """Group recent malicious/spoofed messages into incidents (new or merged into open ones)."""
    store = _store(get_settings(config))
    incs = IncidentStore(store)
    events = list(store.iter_events(since=datetime.now(UTC) - timedelta(days=days)))
    for g in group_events(events, lambda eid: _raw(store, eid)):
        inc, created = incs.merge_group(g.keys, [e.id for e in g.events], g.discovered_at, g.severity, g.title)
        typer.echo(f"{'new' if created else 'updated'} {inc.id[:12]} {inc.severity} {inc.title}")


@incident_app.command("list")
def list_cmd(
    status: str | None = typer.Option(None, "--status"),
    config: Path | None = _CONFIG,
    reports_config: Path | None = _RCONFIG,
) -> None:
    """Incidents with the next deadline and its state (due / overdue / met)."""
    settings = get_settings(config)
    rs = report_settings(settings, reports_config)
    now = datetime.now(UTC)
    for inc in IncidentStore(_store(settings)).list(status):
        dls = deadlines(inc, rs)
        nxt = next((d for d in dls if not d.met), None)
        timer = f"{nxt.basis} {nxt.state(now)} {nxt.due.isoformat()}" if nxt else "-"
        typer.echo(f"{inc.id[:12]}  {inc.status:8} {inc.severity:8} {len(inc.event_ids):4}  {timer}  {inc.title}")


@incident_app.command("show")
def show_cmd(incident_id: str, config: Path | None = _CONFIG, reports_config: Path | None = _RCONFIG) -> None:
    """One incident as JSON (messages, keys, deadlines)."""
    settings = get_settings(config)
    store = _store(settings)
    try:
        inc = IncidentStore(store).get(incident_id)
    except StoreError as e:
        fail(str(e))
    typer.echo(dumps(incident_json(inc, report_settings(settings, reports_config), _events(store, inc))))


@incident_app.command("set")
def set_cmd(
    incident_id: str,
    status: str | None = typer.Option(None, "--status", help="open|reported|closed"),
    reported: bool = typer.Option(False, "--reported", help="the report was filed now (stops the timers)"),
    field: list[str] = typer.Option([], "--field", help="KEY=VALUE: cause, measures, plan, impact, scene, place, …"),
    config: Path | None = _CONFIG,
) -> None:
    """Update status, the report time, or document fields."""
    pairs = dict(f.split("=", 1) for f in field if "=" in f)
    store = _store(get_settings(config))
    try:
        inc = IncidentStore(store).update(
            incident_id,
            status=status or ("reported" if reported else None),
            reported_at=datetime.now(UTC) if reported else None,
            **pairs,
        )
    except StoreError as e:
        fail(str(e))
    typer.echo(f"{inc.id[:12]} {inc.status}")


@incident_app.command("export")
def export_cmd(
    incident_id: str,
    fmt: str = typer.Option("json", "--format", "-f", help="json|html|docx"),
    lang: str = typer.Option("vi", "--lang", help="vi|zh|en"),
    output: Path | None = typer.Option(None, "--output", "-o"),
    config: Path | None = _CONFIG,
    reports_config: Path | None = _RCONFIG,
) -> None:
    """Export JSON, or the filled incident report document (HTML/DOCX) in vi/zh/en."""
    settings = get_settings(config)
    rs = report_settings(settings, reports_config)
    store = _store(settings)
    try:
        inc = IncidentStore(store).get(incident_id)
    except StoreError as e:
        fail(str(e))
    events = _events(store, inc)
    if fmt == "json":
        text = dumps(incident_json(inc, rs, events))
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            typer.echo(text)
        return
    if fmt not in ("html", "docx") or output is None:
        fail("--format html|docx needs --output FILE")
    incident_document(inc, rs, events, lang, fmt, output)
    typer.echo(json.dumps({"written": str(output)}))


def register(app: typer.Typer) -> None:
    """Add ``incident`` to the ``mailwarden`` command."""
    app.add_typer(incident_app, name="incident")
