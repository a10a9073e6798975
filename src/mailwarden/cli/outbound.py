"""``mailwarden outbound audit-forwarding|classify``, ``mailwarden dlp scan``, ``mailwarden dkim keygen``."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from mailwarden.checks.outbound.dlp import DlpOptions, OutboundDlp
from mailwarden.checks.outbound.recipients import RecipientOptions
from mailwarden.cli.common import EXIT_FINDINGS, build_resolver, fail, get_settings
from mailwarden.config import Settings
from mailwarden.data import freemail_domains
from mailwarden.dlp import DlpReport, extract_text, scan_texts
from mailwarden.dlp.message_texts import message_texts
from mailwarden.errors import ConfigError, MessageError
from mailwarden.message.parser import parse_message
from mailwarden.outbound.audit import audit_forwarding
from mailwarden.outbound.geo import mx_countries
from mailwarden.outbound.recipients import RecipientPolicy, classify, domain_of, needs_mx_lookup
from mailwarden.outbound.signing import generate_key, zone_line

outbound_app = typer.Typer(help="Outbound control: forwarding-rule audit, recipient classes.")
dlp_app = typer.Typer(help="Data-loss prevention: scan files and messages as outbound mail would be.")
dkim_app = typer.Typer(help="DKIM signing keys.")
out = Console(highlight=False, soft_wrap=True)

_CONFIG = typer.Option(None, "--config", "-c", help="mailwarden.toml")
_JSON = typer.Option(False, "--json", help="JSON Lines output")


def _check_options(settings: Settings, name: str, model: type[Any]) -> Any:
    try:
        opts = {k: v for k, v in settings.checks.get(name, {}).items() if k not in ("enabled", "timeout")}
        return model.model_validate(opts)
    except ValidationError as e:
        fail(f"checks.{name}: {e}")


def _recipient_policy(settings: Settings, extra_local: list[str]) -> RecipientPolicy:
    opts: RecipientOptions = _check_options(settings, "outbound_recipients", RecipientOptions)
    return RecipientPolicy(
        local_domains=tuple(dict.fromkeys([*settings.domains.local, *(d.lower() for d in extra_local)])),
        home_countries=tuple(c.lower() for c in opts.home_countries),
        peer_patterns={k.lower(): tuple(v) for k, v in opts.peer_patterns.items()},
        freemail_domains=freemail_domains(settings.domains.freemail_extra),
        foreign_exempt=tuple(opts.foreign_exempt),
    )


@outbound_app.command("audit-forwarding")
def audit_forwarding_cmd(
    sieve: list[Path] = typer.Option([], "--sieve", help="directory of Sieve scripts (searched recursively)"),
    postfix_config: list[Path] = typer.Option([], "--postfix-config", help="Postfix configuration directory"),
    local_domain: list[str] = typer.Option([], "--local-domain", help="also count this domain as ours"),
    as_json: bool = _JSON,
    config: Path | None = _CONFIG,
) -> None:
    """List every Sieve/Postfix rule that forwards mail outside; exit 1 when one goes to a private or
    foreign mailbox or to a target that is not an address."""
    if not sieve and not postfix_config:
        fail("give --sieve DIR and/or --postfix-config DIR")
    settings = get_settings(config)
    result = audit_forwarding(sieve, postfix_config, _recipient_policy(settings, local_domain))
    outside = result.outside
    if as_json:
        for r in outside:
            out.print(json.dumps(r.to_json(), ensure_ascii=False), markup=False)
        for p in result.problems:
            out.print(json.dumps({"problem": p}, ensure_ascii=False), markup=False)
    else:
        table = Table("owner", "action", "target", "class", "conditional", "where")
        for r in outside:
            cls = r.klass.value if r.klass else "unknown"
            style = "bold red" if r.violation else ""
            cond = "-" if r.conditional is None else ("yes" if r.conditional else "NO")
            table.add_row(
                r.owner, r.action, r.target, f"[{style}]{cls}[/]" if style else cls, cond, f"{r.file}:{r.line}"
            )
        out.print(table)
        out.print(f"{result.files} files, {len(result.rules)} rules, {len(outside)} to outside addresses")
        for p in result.problems:
            out.print(f"[yellow]problem:[/] {p}")
    if any(r.violation for r in result.rules):
        raise SystemExit(EXIT_FINDINGS)


@outbound_app.command("classify")
def classify_cmd(
    addresses: list[str] = typer.Argument(..., help="recipient addresses"),
    mx: bool = typer.Option(False, "--mx", help="look up the MX hosts' country for generic-TLD domains (DNS)"),
    as_json: bool = _JSON,
    config: Path | None = _CONFIG,
) -> None:
    """Print the recipient class of each address (internal, peer, external, freemail, foreign)."""
    settings = get_settings(config)
    policy = _recipient_policy(settings, [])

    async def countries() -> dict[str, tuple[str, ...]]:
        resolver = build_resolver(settings)
        found: dict[str, tuple[str, ...]] = {}
        for a in addresses:
            d = domain_of(a)
            if d and needs_mx_lookup(d, policy):
                found[d] = await mx_countries(d, resolver, settings.dns.lifetime)
        return found

    geo = asyncio.run(countries()) if mx and not settings.general.offline else {}
    for a in addresses:
        c = classify(a, policy, geo.get(domain_of(a), ()))
        if as_json:
            rec = {"address": a, "class": c.klass.value, "reason": c.reason, "country": c.country}
            out.print(json.dumps(rec, ensure_ascii=False), markup=False)
        else:
            out.print(f"{a}\t{c.klass.value}\t{c.reason}", markup=False)


def _scan_file(path: Path, checker: OutboundDlp) -> DlpReport:
    data = path.read_bytes()
    if path.suffix.lower() == ".eml":
        try:
            extraction = message_texts(parse_message(data), checker.limits)
        except MessageError as e:
            fail(f"{path}: {e}")
    else:
        extraction = extract_text(data, path.name, checker.limits)
    report = scan_texts(extraction.texts, checker.policy)
    report.problems.extend(extraction.problems)
    return report


@dlp_app.command("scan")
def dlp_scan_cmd(
    files: list[Path] = typer.Argument(..., help="documents, archives or .eml messages"),
    as_json: bool = _JSON,
    config: Path | None = _CONFIG,
) -> None:
    """Scan files with the ``[checks.outbound_dlp]`` policy; exit 1 when a detector triggers."""
    settings = get_settings(config)
    opts: DlpOptions = _check_options(settings, "outbound_dlp", DlpOptions)
    try:
        checker = OutboundDlp(opts)
    except ConfigError as e:
        fail(str(e))
    triggered = False
    for path in files:
        if not path.is_file():
            fail(f"{path}: no such file")
        report = _scan_file(path, checker)
        triggered = triggered or bool(report.triggered)
        rec = {
            "path": str(path),
            "triggered": {k.value: report.summary(k, limit=20) for k in report.triggered},
            "findings": len(report.findings),
            "sources": report.sources,
            "problems": report.problems,
        }
        if as_json:
            out.print(json.dumps(rec, ensure_ascii=False), markup=False)
            continue
        out.print(f"[bold]{path}[/]: {'TRIGGERED' if report.triggered else 'clean'} ({len(report.sources)} texts)")
        for kind in report.triggered:
            out.print(f"  {kind.value}: {report.summary(kind, limit=20)}", markup=False)
        for p in report.problems:
            out.print(f"  [yellow]problem:[/] {p}")
    if triggered:
        raise SystemExit(EXIT_FINDINGS)


@dkim_app.command("keygen")
def dkim_keygen_cmd(
    domain: str = typer.Option(..., "--domain", help="d= domain"),
    selector: str = typer.Option(..., "--selector", help="s= selector (rotate by using a new one)"),
    algorithm: str = typer.Option("rsa", "--algorithm", help="rsa (2048-bit) or ed25519"),
    key_out: Path = typer.Option(..., "--out", help="where to write the private key (mode 0600)"),
) -> None:
    """Write a new private key and print the DNS TXT record to publish."""
    alg = {"rsa": "rsa-sha256", "ed25519": "ed25519-sha256"}.get(algorithm.lower())
    if alg is None:
        fail("--algorithm must be rsa or ed25519")
    if key_out.exists():
        fail(f"{key_out} exists; refusing to overwrite a key")
    private, txt = generate_key("rsa-sha256" if alg == "rsa-sha256" else "ed25519-sha256")
    key_out.touch(mode=0o600)
    key_out.write_bytes(private)
    out.print(zone_line(selector, domain, txt), markup=False)
    out.print(
        f'# [[dkim.keys]] domain = "{domain}" selector = "{selector}" algorithm = "{alg}" key_file = "{key_out}"',
        markup=False,
    )


def register(app: typer.Typer) -> None:
    """Add ``outbound``, ``dlp`` and ``dkim`` to the ``mailwarden`` command."""
    app.add_typer(outbound_app, name="outbound")
    app.add_typer(dlp_app, name="dlp")
    app.add_typer(dkim_app, name="dkim")
