"""Shared CLI plumbing: loading settings, building the resolver, logging, exit codes."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn

from rich.console import Console

from mailwarden.config import Settings, load_settings
from mailwarden.dns import CachingResolver, DnsPythonResolver, OfflineResolver, Resolver
from mailwarden.errors import ConfigError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

err_console = Console(stderr=True)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise SystemExit(code)


def setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def get_settings(config: Path | None, offline: bool = False) -> Settings:
    """Load settings (exit 2 with dotted paths on error); ``--offline`` overrides the file."""
    try:
        settings = load_settings(config)
    except ConfigError as e:
        fail(str(e))
    if offline and not settings.general.offline:
        general = settings.general.model_copy(update={"offline": True})
        settings = settings.model_copy(update={"general": general})
    return settings


def build_resolver(settings: Settings, nameservers: list[str] | None = None) -> Resolver:
    if settings.general.offline:
        return OfflineResolver()
    inner = DnsPythonResolver(
        nameservers or settings.dns.nameservers or None,
        timeout=settings.dns.timeout,
        lifetime=settings.dns.lifetime,
    )
    return CachingResolver(inner, max_entries=max(settings.dns.cache_size, 1))


def since_time(value: str | None) -> datetime | None:
    """ISO date/time, or a relative age such as 24h / 7d."""
    if not value:
        return None
    v = value.strip().lower()
    if v[:-1].isdigit() and v[-1] in "hd":
        n = int(v[:-1])
        return datetime.now(UTC) - (timedelta(hours=n) if v[-1] == "h" else timedelta(days=n))
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        fail(f"bad time {value!r}: use ISO 8601 (2026-11-23T08:00) or an age like 24h / 7d")
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
