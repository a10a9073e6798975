"""The ``mailwarden`` command."""

from __future__ import annotations

import typer

from mailwarden import __version__
from mailwarden.cli import (
    audit,
    checks_cmd,
    config_cmd,
    hunt,
    incident,
    intel,
    outbound,
    quarantine,
    report,
    scan,
    service,
)

app = typer.Typer(
    name="mailwarden",
    help="E-mail security gateway and compliance toolkit.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mailwarden {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="print version"),
) -> None:
    """mailwarden: filter, scan, audit and report on e-mail."""


scan.register(app)
checks_cmd.register(app)
config_cmd.register(app)
service.register(app)
quarantine.register(app)
audit.register(app)
hunt.register(app)
intel.register(app)
report.register(app)
incident.register(app)
outbound.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
