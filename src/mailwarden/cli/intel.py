"""``mailwarden intel import|list|diff|export|check|remove``: the shared indicator store."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from mailwarden.cli.common import EXIT_FINDINGS, fail, get_settings
from mailwarden.errors import ConfigError, StoreError
from mailwarden.intel.defang import defang
from mailwarden.intel.importers import CATEGORIES, ImportedList, import_file
from mailwarden.intel.repository import IntelRepository
from mailwarden.intel.stix_export import ExportItem, misp_event, stix_bundle
from mailwarden.stores import open_store
from mailwarden.stores.intel import intel_repository

intel_app = typer.Typer(help="Indicator lists (IP, CIDR, domain, URL, e-mail, hashes) shared by all nodes.")
out = Console(highlight=False, soft_wrap=True)

_CONFIG = typer.Option(None, "--config", "-c", help="mailwarden.toml")
_STORE = typer.Option(None, "--store", help="store URL (default: [store] url)")


def _repo(config: Path | None, store: str | None) -> IntelRepository:
    url = store or get_settings(config).store.url
    try:
        return intel_repository(open_store(url))
    except StoreError as e:
        fail(str(e))


def _load(
    files: list[Path], name: str | None, fmt: str, category: str, version: str, date: str, all_misp: bool
) -> list[ImportedList]:
    """Parse files; with ``--name`` they are merged into one list."""
    lists: list[ImportedList] = []
    try:
        for f in files:
            lists.append(
                import_file(
                    f,
                    name=name,
                    fmt=fmt,
                    category=category,
                    version=version,
                    list_date=date,
                    misp_ids_only=not all_misp,
                )
            )
    except ConfigError as e:
        fail(str(e))
    if name and len(lists) > 1:
        merged = lists[0]
        for other in lists[1:]:
            for ind in other.indicators:
                merged.add(ind, other.category_of((ind.kind, ind.value)))
            merged.rejected_count += other.rejected_count
            merged.rejected.extend(other.rejected)
            merged.source += "," + other.source
            merged.sha256 = ""
            if not version:
                merged.version += "+" + other.version
        lists = [merged]
    return lists


def _print_diff_summary(imported: ImportedList, added: int, removed: int, unchanged: int, new: bool) -> None:
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(imported.by_kind().items()))
    state = "new list" if new else "updated"
    out.print(
        f"{imported.name} ({state}, {imported.fmt}, version {imported.version}): "
        f"{len(imported.unique())} indicators [{kinds}]; +{added} -{removed} ={unchanged}",
        markup=False,
    )
    if imported.rejected_count:
        out.print(f"  {imported.rejected_count} line(s) without a usable indicator, e.g.:")
        for number, text in imported.rejected[:5]:
            out.print(f"    line {number}: {text}", markup=False)


@intel_app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="text, CSV, STIX 2.1 or MISP JSON"),
    name: str | None = typer.Option(None, "--name", "-n", help="list name (default: file name); merges FILEs"),
    fmt: str = typer.Option("auto", "--format", "-f", help="auto|text|csv|stix|misp"),
    category: str = typer.Option("malware", "--category", help="|".join(CATEGORIES)),
    ttl_days: int | None = typer.Option(None, "--ttl-days", min=1, help="list stops matching after this"),
    version: str = typer.Option("", "--version", help="list version (default: file name + hash)"),
    date: str = typer.Option("", "--date", help="list date, e.g. the letter's date 2022-08-23"),
    all_misp: bool = typer.Option(False, "--misp-all", help="also MISP attributes with to_ids=false"),
    dry_run: bool = typer.Option(False, "--dry-run", help="show the diff, write nothing"),
    as_json: bool = typer.Option(False, "--json", help="print the diff as JSON"),
    config: Path | None = _CONFIG,
    store: str | None = _STORE,
) -> None:
    """Import indicator lists (defanged values accepted); re-importing a name shows what changed."""
    repo = _repo(config, store)
    diffs = []
    try:
        for imported in _load(files, name, fmt, category, version, date, all_misp):
            diff = repo.diff(imported) if dry_run else repo.save(imported, ttl_days)
            diffs.append(diff.to_json())
            if not as_json:
                _print_diff_summary(imported, len(diff.added), len(diff.removed), diff.unchanged, diff.new_list)
    except StoreError as e:
        fail(str(e))
    if as_json:
        typer.echo(json.dumps(diffs, ensure_ascii=False, indent=2))


@intel_app.command("diff")
def diff_cmd(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False),
    name: str | None = typer.Option(None, "--name", "-n"),
    fmt: str = typer.Option("auto", "--format", "-f"),
    category: str = typer.Option("malware", "--category"),
    show: int = typer.Option(50, "--show", help="list at most this many added/removed values"),
    config: Path | None = _CONFIG,
    store: str | None = _STORE,
) -> None:
    """What importing FILE(s) would add and remove (nothing is written)."""
    repo = _repo(config, store)
    try:
        for imported in _load(files, name, fmt, category, "", "", False):
            diff = repo.diff(imported)
            _print_diff_summary(imported, len(diff.added), len(diff.removed), diff.unchanged, diff.new_list)
            for kind, value in diff.added[:show]:
                out.print(f"  + {kind.value:7} {defang(value)}", markup=False)
            for kind, value in diff.removed[:show]:
                out.print(f"  - {kind.value:7} {defang(value)}", markup=False)
    except StoreError as e:
        fail(str(e))


@intel_app.command("list")
def list_cmd(
    as_json: bool = typer.Option(False, "--json"), config: Path | None = _CONFIG, store: str | None = _STORE
) -> None:
    """Stored lists: name, source, category, version/date, TTL, count."""
    repo = _repo(config, store)
    try:
        infos = repo.lists()
    except StoreError as e:
        fail(str(e))
    if as_json:
        typer.echo(json.dumps([i.to_json() for i in infos], ensure_ascii=False, indent=2))
        return
    table = Table("name", "category", "count", "version", "date", "imported", "expires", "source")
    for i in infos:
        exp = i.expires_at.date().isoformat() if i.expires_at else "-"
        table.add_row(
            i.name,
            i.category,
            str(i.count),
            i.version[:40],
            i.list_date,
            i.imported_at.strftime("%Y-%m-%d %H:%M"),
            exp + (" (expired)" if i.expired() else ""),
            i.source[:40],
        )
    out.print(table)


@intel_app.command("export")
def export_cmd(
    names: list[str] = typer.Argument(None, help="lists to export (default: all)"),
    fmt: str = typer.Option("stix", "--format", "-f", help="stix|misp|text|csv"),
    defanged: bool = typer.Option(False, "--defang", help="text/csv: write defanged values"),
    output: Path | None = typer.Option(None, "--output", "-o"),
    config: Path | None = _CONFIG,
    store: str | None = _STORE,
) -> None:
    """Export indicators as a STIX 2.1 bundle, a MISP event, plain text or CSV."""
    repo = _repo(config, store)
    try:
        rows = list(repo.indicators(names or None))
    except StoreError as e:
        fail(str(e))
    items: list[ExportItem] = [(r.kind, r.value, r.category, r.comment) for r in rows]
    label = ",".join(names) if names else "all lists"
    if fmt == "stix":
        text = stix_bundle(items, name=label)
    elif fmt == "misp":
        text = misp_event(items, info=f"mailwarden export: {label}")
    elif fmt in ("text", "csv"):
        lines = ["list,kind,value,category,comment"] if fmt == "csv" else []
        for r in rows:
            value = defang(r.value) if defanged else r.value
            if fmt == "csv":
                comment = r.comment.replace('"', '""')
                lines.append(f'{r.list_name},{r.kind.value},"{value}",{r.category},"{comment}"')
            else:
                lines.append(f"{value}  # {r.list_name} {r.category} {r.comment}".rstrip())
        text = "\n".join(lines) + "\n"
    else:
        fail(f"unknown export format {fmt!r}: stix|misp|text|csv")
    if output:
        output.write_text(text, encoding="utf-8")
        out.print(f"{len(items)} indicators written to {output}")
    else:
        typer.echo(text, nl=False)


@intel_app.command("check")
def check_cmd(
    value: str = typer.Argument(..., help="IP, domain, URL, e-mail address or hash (defanged is fine)"),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = _CONFIG,
    store: str | None = _STORE,
) -> None:
    """Exit 0 and print the matching indicators and lists when VALUE is listed, exit 1 when not."""
    repo = _repo(config, store)
    try:
        matches = repo.load_index().lookup(value)
    except StoreError as e:
        fail(str(e))
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "kind": m.kind.value,
                        "indicator": m.indicator,
                        "lists": [{"name": r.name, "category": r.category, "version": r.version} for r in m.lists],
                    }
                    for m in matches
                ],
                ensure_ascii=False,
            )
        )
    else:
        for m in matches:
            out.print(f"{m.kind.value} {defang(m.indicator)}: " + m.describe().split(" in ", 1)[1], markup=False)
        if not matches:
            out.print(f"{defang(value)}: not listed", markup=False)
    if not matches:
        raise typer.Exit(EXIT_FINDINGS)


@intel_app.command("remove")
def remove_cmd(name: str, config: Path | None = _CONFIG, store: str | None = _STORE) -> None:
    """Delete a list and its indicators."""
    repo = _repo(config, store)
    try:
        if not repo.remove(name):
            fail(f"no list named {name!r}", EXIT_FINDINGS)
    except StoreError as e:
        fail(str(e))
    out.print(f"removed {name}")


def register(app: typer.Typer) -> None:
    """Add ``intel`` to the ``mailwarden`` command."""
    app.add_typer(intel_app, name="intel")
