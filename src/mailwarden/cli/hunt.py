"""``mailwarden hunt``: campaign IOC hunt over logs, case tracking, and the campaign report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table
from typer.core import TyperGroup

from mailwarden.errors import MailwardenError
from mailwarden.hunt.cases import CaseStatus, CaseStore
from mailwarden.hunt.model import HuntResult, iso
from mailwarden.hunt.report import FORMATS, LANGS, CampaignStats, write_report
from mailwarden.hunt.runner import ENGINES, Engine, make_engine, run_hunt
from mailwarden.hunt.sources import LogSource
from mailwarden.intel import IndicatorList, load_indicators

__all__ = ["build_app", "register"]

DEFAULT_DB = "sqlite:///mailwarden-hunt.db"


class _HuntGroup(TyperGroup):
    """``mailwarden hunt LOG…`` runs the hunt; ``hunt cases …``/``hunt report …`` are subcommands."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: typer's vendored click Context
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


def _fail(exc: MailwardenError) -> typer.Exit:
    Console(stderr=True).print(f"[red]error:[/red] {exc}")
    return typer.Exit(2)


def build_app() -> typer.Typer:
    """The ``hunt`` command group (a fresh Typer app each call, for embedding and tests)."""
    app = typer.Typer(cls=_HuntGroup, help="Hunt campaign indicators in network/mail logs.", no_args_is_help=True)
    cases = typer.Typer(help="Infected-host cases: list and update.", no_args_is_help=True)
    app.add_typer(cases, name="cases")

    @app.command("run", help="Hunt LOG files (any supported format, compressed or rotated) for --intel lists.")
    def run_cmd(
        logs: Annotated[list[Path], typer.Argument(help="log files or directories")],
        intel: Annotated[list[Path], typer.Option("--intel", "-i", help="indicator list (txt/csv), repeatable")],
        engine: Annotated[str, typer.Option(help=f"one of {', '.join(ENGINES)}")] = "duckdb",
        dask_scheduler: Annotated[
            str | None, typer.Option(help="Dask scheduler address (tcp://host:8786) for --engine dask")
        ] = None,
        fmt: Annotated[str | None, typer.Option("--format", help="force a log format (default: detect)")] = None,
        csv_map: Annotated[str | None, typer.Option(help="csv columns: ts=COL,host=COL,dest_ip=COL,...")] = None,
        year: Annotated[int | None, typer.Option(help="year for syslog timestamps without one")] = None,
        db: Annotated[str, typer.Option(help="case database SQLAlchemy URL")] = DEFAULT_DB,
        no_cases: Annotated[bool, typer.Option("--no-cases", help="do not record cases")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="one JSON object per infected host")] = False,
    ) -> None:
        err = Console(stderr=True)
        try:
            iocs = IndicatorList()
            for path in intel:
                iocs.extend(load_indicators(path))
            if not iocs.indicators:
                raise typer.BadParameter("the indicator lists are empty", param_hint="--intel")
            eng = make_engine(engine, scheduler_address=dask_scheduler)
            result = _run_with_progress(logs, iocs, eng, fmt, csv_map, year, err, quiet=as_json)
            if not no_cases:
                outcome = CaseStore(db).record(result.findings, iocs.version)
                err.print(f"cases: {outcome.created} new, {outcome.updated} updated, {outcome.reopened} re-opened")
        except MailwardenError as exc:
            raise _fail(exc) from exc
        if as_json:
            for finding in result.findings:
                typer.echo(json.dumps(finding.to_json(), ensure_ascii=False))
        else:
            _summary(Console(), result, iocs)

    @cases.command("list", help="List cases.")
    def cases_list(
        db: Annotated[str, typer.Option(help="case database SQLAlchemy URL")] = DEFAULT_DB,
        status: Annotated[str | None, typer.Option(help=f"filter: {', '.join(CaseStatus)}")] = None,
        owner: Annotated[str | None, typer.Option(help="filter by owner unit")] = None,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        try:
            found = CaseStore(db).find(status, owner)
        except (MailwardenError, ValueError) as exc:
            raise typer.BadParameter(str(exc)) from exc
        if as_json:
            for case in found:
                typer.echo(json.dumps(case.to_json(), ensure_ascii=False))
            return
        table = Table("host", "status", "owner unit", "indicators", "count", "first seen", "last seen", "notes")
        for case in found:
            table.add_row(
                case.host,
                case.status,
                case.owner_unit,
                ", ".join(case.indicator_list()[:3]),
                str(case.count),
                iso(case.first_seen),
                iso(case.last_seen),
                case.notes.splitlines()[-1] if case.notes else "",
            )
        Console().print(table)

    @cases.command("set", help="Update a case: status (open → checked → cleaned/false_positive), owner, note.")
    def cases_set(
        host: Annotated[str, typer.Argument(help="the case's host (IP or user)")],
        status: Annotated[str | None, typer.Option(help=", ".join(CaseStatus))] = None,
        owner: Annotated[str | None, typer.Option(help="owner unit")] = None,
        note: Annotated[str | None, typer.Option(help="append a note")] = None,
        force: Annotated[bool, typer.Option(help="allow any status change")] = False,
        db: Annotated[str, typer.Option(help="case database SQLAlchemy URL")] = DEFAULT_DB,
    ) -> None:
        try:
            case = CaseStore(db).update(host, status, owner, note, force)
        except MailwardenError as exc:
            raise _fail(exc) from exc
        typer.echo(f"{case.host}: {case.status} (owner: {case.owner_unit or '-'})")

    @app.command("report", help="Write the campaign statistics table (vi/zh/en; csv/xlsx/docx/pdf).")
    def report_cmd(
        out: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
        units_informed: Annotated[int, typer.Option(help="units informed about the campaign")],
        units_deploying: Annotated[int, typer.Option(help="units deploying the campaign")],
        fmt: Annotated[str, typer.Option("--format", help=", ".join(FORMATS))] = "xlsx",
        lang: Annotated[str, typer.Option(help=", ".join(LANGS))] = "vi",
        unit: Annotated[str, typer.Option(help="reporting unit name")] = "",
        font: Annotated[Path | None, typer.Option(help="CJK font file for PDF")] = None,
        db: Annotated[str, typer.Option(help="case database SQLAlchemy URL")] = DEFAULT_DB,
    ) -> None:
        try:
            stats = CampaignStats.from_cases(CaseStore(db).summary(), units_informed, units_deploying, unit)
            write_report(stats, lang, fmt, out, font)
        except MailwardenError as exc:
            raise _fail(exc) from exc
        typer.echo(str(out))

    return app


def _run_with_progress(
    logs: list[Path],
    iocs: IndicatorList,
    engine: Engine,
    fmt: str | None,
    csv_map: str | None,
    year: int | None,
    err: Console,
    quiet: bool,
) -> HuntResult:
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), TransferSpeedColumn(), console=err, disable=quiet, transient=True
    )
    task_ids: dict[str, Any] = {}

    def on_done(src: LogSource) -> None:
        task = task_ids.setdefault("all", progress.add_task("hunting", total=None))
        progress.update(task, advance=src.size, description=f"hunting {src.path.name}")

    with progress:
        result, unknown = run_hunt(logs, iocs, engine, fmt, csv_map, year, progress=on_done)
    for path in unknown:
        err.print(f"[yellow]skipped (format not recognised):[/yellow] {path}")
    for st in result.sources:
        if st.malformed:
            err.print(f"[yellow]{st.path}: {st.malformed} malformed lines[/yellow], e.g. {st.samples[0]!r}")
    return result


def _summary(console: Console, result: HuntResult, iocs: IndicatorList) -> None:
    table = Table(title=f"Infected hosts ({len(result.findings)}) — engine {result.engine}, list {iocs.version}")
    table.add_column("host", no_wrap=True)
    for col in ("names", "indicators", "count", "first seen", "last seen", "via", "sources"):
        table.add_column(col)
    for f in result.findings:
        table.add_row(
            f.host,
            ", ".join(f.host_names),
            ", ".join(f.indicators[:3]) + (" …" if len(f.indicators) > 3 else ""),
            str(f.count),
            iso(f.first_seen),
            iso(f.last_seen),
            "dns only" if f.dns_only else ", ".join(sorted({v for h in f.hits for v in h.via})),
            ", ".join(f.sources),
        )
    console.print(table)
    lines = sum(s.lines for s in result.sources)
    console.print(f"{len(result.sources)} files, {lines} lines, {result.malformed} malformed")


def register(app: typer.Typer) -> None:
    """Add the ``hunt`` group to the main ``mailwarden`` app."""
    app.add_typer(build_app(), name="hunt")
