"""``mailwarden checks list``: every check with its needs and symbols, default and effective scores."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from mailwarden.cli.common import fail, get_settings
from mailwarden.engine.registry import Registry, discover_checks
from mailwarden.errors import ConfigError


def register(app: typer.Typer) -> None:
    checks = typer.Typer(help="List the checks and their symbols.", no_args_is_help=True)
    app.add_typer(checks, name="checks")

    @checks.command("list")
    def list_checks(
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        as_json: bool = typer.Option(False, "--json", help="JSON output"),
    ) -> None:
        """Show each check: name, stage, needs, symbols with default and effective scores."""
        settings = get_settings(config)
        classes = discover_checks()
        try:
            registry = Registry(classes, settings.checks, settings.engine.disabled)
        except ConfigError as e:
            fail(str(e))
        enabled = {c.name for c in registry.checks}
        rows = []
        for cls in classes:
            for sym in cls.symbols:
                rows.append(
                    {
                        "check": cls.name,
                        "enabled": cls.name in enabled,
                        "needs": sorted(n.value for n in cls.needs),
                        "after": list(cls.after),
                        "symbol": sym.name,
                        "default_score": sym.score,
                        "score": settings.scores.get(sym.name, sym.score),
                        "category": sym.category.value if sym.category else None,
                        "description": sym.description,
                    }
                )
        if as_json:
            for r in rows:
                typer.echo(json.dumps(r, ensure_ascii=False))
            return
        table = Table(title=f"{len(classes)} checks, {len(rows)} symbols")
        for col in ("check", "needs", "symbol", "default", "effective", "category", "description"):
            table.add_column(col)
        for r in rows:
            name = str(r["check"]) + ("" if r["enabled"] else " (disabled)")
            table.add_row(
                name,
                ",".join(r["needs"]),  # type: ignore[arg-type]
                str(r["symbol"]),
                f"{r['default_score']:g}",
                f"{r['score']:g}",
                str(r["category"] or ""),
                str(r["description"]),
            )
        Console().print(table)
