"""``mailwarden checks list``: every check with its needs and symbols, default and effective scores;
``mailwarden checks dnsbl-test``: whether each DNS block list answers this gateway's resolver."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from mailwarden.checks.reputation.dnsbl import DnsblOptions
from mailwarden.checks.reputation.lists import Probe, probe
from mailwarden.cli.common import EXIT_FINDINGS, build_resolver, fail, get_settings
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

    @checks.command("dnsbl-test")
    def dnsbl_test(
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        nameserver: list[str] | None = typer.Option(None, "--nameserver", help="DNS server IP[:PORT] (repeatable)"),
        as_json: bool = typer.Option(False, "--json", help="JSON Lines output"),
    ) -> None:
        """Ask each configured block list about its test point (RFC 5782 §5) through the gateway's resolver.

        Exit 1 when a list does not answer as it should: refused (Spamhaus through a public resolver),
        not listed, a rewritten answer or a timeout. Lists without a test point are shown, not judged.
        """
        settings = get_settings(config)
        try:
            opts = DnsblOptions.model_validate(dict(settings.checks.get("dnsbl", {})))
        except ValueError as e:
            fail(f"checks.dnsbl: {e}")
        general = settings.general.model_copy(update={"offline": False})
        resolver = build_resolver(settings.model_copy(update={"general": general}), nameserver or None)

        async def run_all() -> list[Probe]:
            return list(await asyncio.gather(*(probe(lst, resolver) for lst in [*opts.lists, *opts.extra_lists])))

        probes = asyncio.run(run_all())
        if as_json:
            for p in probes:
                typer.echo(json.dumps({"zone": p.zone, "status": p.status, "detail": p.detail}))
        else:
            table = Table(title="DNS block lists through this resolver")
            for col in ("list", "status", "detail"):
                table.add_column(col)
            for p in probes:
                colour = "green" if p.status == "ok" else ("yellow" if p.status == "no-test" else "red")
                table.add_row(p.zone, f"[{colour}]{p.status}[/]", p.detail)
            Console().print(table)
        if any(p.status not in ("ok", "no-test") for p in probes):
            raise SystemExit(EXIT_FINDINGS)
