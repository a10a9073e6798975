"""The ``mailwarden`` command.

Subcommand modules are imported only for the command being run (``mailwarden scan`` does not pay
for DuckDB, sslyze or the report renderers); ``--help`` and importers of ``app`` get all of them.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer

from mailwarden import __version__

# command name -> module in mailwarden.cli that registers it
COMMANDS: dict[str, str] = {
    "scan": "scan",
    "checks": "checks_cmd",
    "config": "config_cmd",
    "run": "service",
    "milter": "service",
    "proxy": "service",
    "quarantine": "quarantine",
    "audit": "audit",
    "hunt": "hunt",
    "intel": "intel",
    "report": "report",
    "incident": "incident",
    "outbound": "outbound",
    "dlp": "outbound",
    "dkim": "outbound",
    "train": "train",
    "learn": "learn",
    "eval": "eval",
    "fuzzy": "fuzzy_cmd",
}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mailwarden {__version__}")
        raise typer.Exit()


def build_app(only: str | None = None) -> typer.Typer:
    """The CLI with every command, or only the module that provides ``only``."""
    app = typer.Typer(
        name="mailwarden",
        help="E-mail security gateway and compliance toolkit.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )

    @app.callback()
    def _root(
        version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="print version"),
    ) -> None:
        """mailwarden: filter, scan, audit and report on e-mail."""

    modules = [COMMANDS[only]] if only in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for mod in modules:
        importlib.import_module(f"mailwarden.cli.{mod}").register(app)
    return app


def __getattr__(name: str) -> Any:
    if name == "app":  # ``from mailwarden.cli.main import app``: the full CLI (tests, embedding)
        return build_app()
    raise AttributeError(name)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    build_app(args[0] if args else None)()


if __name__ == "__main__":
    main()
