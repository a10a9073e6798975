"""`mailwarden audit`: posture audit of mail domains, mapped to the VN/CN controls."""

from __future__ import annotations

import asyncio
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mailwarden.dns import CachingResolver, DnsPythonResolver
from mailwarden.errors import ConfigError
from mailwarden.posture.dns_checks import DEFAULT_SELECTORS
from mailwarden.posture.render import render, render_inventory_csv
from mailwarden.posture.runner import DEFAULT_PORTS, AuditOptions, DomainReport, audit_many
from mailwarden.posture.smtp_checks import SmtpProbe


class Lang(StrEnum):
    """Report language."""

    vi = "vi"
    zh = "zh"
    en = "en"


class Fmt(StrEnum):
    """Report format."""

    text = "text"
    json = "json"
    csv = "csv"
    html = "html"
    pdf = "pdf"


def parse_ports(specs: list[str]) -> dict[str, int]:
    """`smtp=2525,imap=0` (0 disables a service) on top of the defaults."""
    ports = dict(DEFAULT_PORTS)
    for spec in specs:
        for item in filter(None, (s.strip() for s in spec.split(","))):
            name, sep, value = item.partition("=")
            if not sep or name not in ports or not value.isdigit() or int(value) > 65535:
                raise ConfigError(f"--ports: bad item {item!r}; use NAME=PORT with NAME in {', '.join(ports)}")
            ports[name] = int(value)
    return ports


def read_domains(domains: list[str], file: Path | None) -> list[str]:
    """Domains from arguments and from a file (one per line, `#` comments)."""
    out = list(domains)
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise ConfigError(f"--file: {e}") from e
        out += [ln.split("#", 1)[0].strip() for ln in lines]
    out = [d.strip().rstrip(".").lower() for d in out if d.strip()]
    if not out:
        raise ConfigError("no domains: give DOMAIN arguments or --file")
    return list(dict.fromkeys(out))


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


async def _run(domains: list[str], nameserver: str | None, opts: AuditOptions, progress: bool) -> list[DomainReport]:
    resolver = CachingResolver(DnsPythonResolver([nameserver] if nameserver else None, timeout=opts.timeout))
    if not progress:
        return await audit_many(domains, resolver, opts)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("audit", total=len(domains))
        return await audit_many(domains, resolver, opts, lambda r: bar.update(task, advance=1, description=r.domain))


def audit(
    domains: Annotated[list[str] | None, typer.Argument(help="Domains to audit.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="File with one domain per line.")] = None,
    hosts: Annotated[list[str], typer.Option("--hosts", help="Access hosts (submission/IMAP/POP3/webmail).")] = [],  # noqa: B006
    nameserver: Annotated[str | None, typer.Option("--nameserver", help="DNS server IP[:PORT].")] = None,
    lang: Annotated[Lang, typer.Option("--lang")] = Lang.en,
    fmt: Annotated[Fmt, typer.Option("--format")] = Fmt.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.")] = None,
    inventory: Annotated[Path | None, typer.Option("--inventory", help="CN-RECT-01 inventory CSV.")] = None,
    postfix_config: Annotated[Path | None, typer.Option("--postfix-config", help="e.g. /etc/postfix")] = None,
    dovecot_config: Annotated[Path | None, typer.Option("--dovecot-config", help="e.g. /etc/dovecot")] = None,
    logrotate: Annotated[list[Path], typer.Option("--logrotate", help="logrotate file/dir.")] = [],  # noqa: B006
    ports: Annotated[list[str], typer.Option("--ports", help="NAME=PORT,… (0 disables).")] = [],  # noqa: B006
    selectors: Annotated[list[str], typer.Option("--dkim-selector", help="Extra DKIM selectors.")] = [],  # noqa: B006
    ca_file: Annotated[list[Path], typer.Option("--ca-file", help="Extra trusted CA (PEM).")] = [],  # noqa: B006
    dns_only: Annotated[bool, typer.Option("--dns-only", help="No SMTP/IMAP/HTTPS connections.")] = False,
    fast_tls: Annotated[bool, typer.Option("--fast-tls", help="Skip TLS 1.0/1.1 and weak-cipher probes.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1)] = 20,
    rate: Annotated[float, typer.Option("--rate", help="Domains started per second.")] = 20.0,
    timeout: Annotated[float, typer.Option("--timeout")] = 8.0,
    source: Annotated[str | None, typer.Option("--source", help="Local source address.")] = None,
    no_progress: Annotated[bool, typer.Option("--no-progress")] = False,
) -> None:
    """Audit mail domains: DNS, SMTP, TLS, access protocols and optional server configuration."""
    try:
        names = read_domains(domains or [], file)
        for path, what in ((postfix_config, "--postfix-config"), (dovecot_config, "--dovecot-config")):
            if path is not None and not path.exists():
                raise ConfigError(f"{what}: {path} does not exist")
        if fmt is Fmt.pdf and output is None:
            raise ConfigError("--format pdf needs --output FILE")
        opts = AuditOptions(
            ports=parse_ports(ports),
            hosts=_split(hosts),
            selectors=tuple(dict.fromkeys(DEFAULT_SELECTORS + _split(selectors))),
            network=not dns_only,
            fetch_policies=not dns_only,
            ca_files=tuple(ca_file),
            timeout=timeout,
            source=source,
            probe=SmtpProbe(deep_tls=not fast_tls),
            postfix_config=postfix_config,
            dovecot_config=dovecot_config,
            logrotate=tuple(logrotate),
            concurrency=concurrency,
            rate=rate,
        )
        reports = asyncio.run(_run(names, nameserver, opts, progress=not no_progress and sys.stderr.isatty()))
        body = render(reports, fmt.value, lang.value)
    except (ConfigError, RuntimeError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if inventory is not None:
        inventory.write_text(render_inventory_csv(reports), encoding="utf-8")
    if output is not None:
        output.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    elif isinstance(body, bytes):
        sys.stdout.buffer.write(body)
    else:
        typer.echo(body)


def register(app: typer.Typer) -> None:
    """Add the `audit` command to the mailwarden CLI."""
    app.command("audit")(audit)
