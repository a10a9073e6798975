"""``mailwarden config check|show``: validate the configuration and print the effective settings."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from mailwarden.cli.common import fail, get_settings
from mailwarden.engine.registry import Registry, discover_checks
from mailwarden.errors import ConfigError


def register(app: typer.Typer) -> None:
    cfg = typer.Typer(help="Validate and show the configuration.", no_args_is_help=True)
    app.add_typer(cfg, name="config")

    @cfg.command("check")
    def check(config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file")) -> None:
        """Validate the file, environment overrides and every check's options; exit 2 on error."""
        settings = get_settings(config)
        try:
            registry = Registry(discover_checks(), settings.checks, settings.engine.disabled)
        except ConfigError as e:
            fail(str(e))
        unknown = registry.unknown_symbol_refs(settings)
        if unknown:
            fail("unknown symbols in configuration (see `mailwarden checks list`):\n  " + "\n  ".join(unknown))
        typer.echo(f"configuration OK ({config or 'built-in defaults'})")

    @cfg.command("show")
    def show(config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file")) -> None:
        """Print the effective settings (file + environment + defaults) as JSON."""
        settings = get_settings(config)
        typer.echo(json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False))
