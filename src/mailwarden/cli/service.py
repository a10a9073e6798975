"""``mailwarden run`` / ``milter`` / ``proxy``: the inline filter as a service, with graceful shutdown."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from pathlib import Path
from typing import Any

import typer

from mailwarden.adapters.milter import start_milter_server
from mailwarden.adapters.smtp_proxy import start_proxy_server
from mailwarden.cli.common import build_resolver, err_console, fail, get_settings, setup_logging
from mailwarden.config import Settings
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError, StoreError
from mailwarden.gateway import Gateway
from mailwarden.stores import Store, open_store

log = logging.getLogger(__name__)


async def serve(settings: Settings, adapters: list[str], ready: Any = None) -> None:
    """Run the adapters until SIGTERM/SIGINT; then stop accepting and let in-flight messages finish."""
    engine = Engine(settings, build_resolver(settings))
    store = open_store(settings.store.url, settings.store.retention_days)
    gateway = Gateway(engine, store, settings)
    servers: list[asyncio.AbstractServer] = []
    if "milter" in adapters:
        servers.append(
            await start_milter_server(
                gateway, settings.milter.listen, settings.milter.early_reject, settings.milter.max_message_size
            )
        )
        log.info("milter listening on %s", settings.milter.listen)
    if "proxy" in adapters:
        servers.append(await start_proxy_server(gateway, settings.proxy, settings.limits.max_size))
        log.info("SMTP proxy (%s) listening on %s", settings.proxy.mode, settings.proxy.listen)
    purger = asyncio.get_running_loop().create_task(_purge_periodically(store, settings))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if ready is not None:
        ready.set()
    err_console.print(
        f"mailwarden {os.getpid()}: {', '.join(adapters)} up "
        f"(milter {settings.milter.listen}, store {settings.store.url}); SIGTERM/Ctrl-C stops",
        highlight=False,
    )
    await stop.wait()
    log.info("shutting down: no new connections, %.0fs for in-flight messages", settings.service.shutdown_grace)
    for s in servers:
        s.close()
    try:
        await asyncio.wait_for(asyncio.gather(*(s.wait_closed() for s in servers)), settings.service.shutdown_grace)
    except TimeoutError:
        log.warning("grace period over; remaining connections are dropped (the MTA retries them)")
    purger.cancel()
    await gateway.close()
    store.close()


async def _purge_periodically(store: Store, settings: Settings) -> None:
    """Retention: quarantined originals after store.retention_days, log lines after events_retention_days."""
    while True:
        try:
            n = await asyncio.to_thread(store.purge_expired, None, settings.store.events_retention_days)
            if n:
                log.info("retention: purged %d expired items", n)
        except StoreError as e:
            log.error("retention purge failed: %s", e)
        await asyncio.sleep(3600)


def _child(config: str | None, adapters: list[str], verbose: int) -> None:
    setup_logging(verbose)
    settings = get_settings(Path(config) if config else None)
    asyncio.run(serve(settings, adapters))


def run_service(config: Path | None, adapters: list[str], workers: int, verbose: int) -> None:
    settings = get_settings(config)
    try:
        Engine(settings, build_resolver(settings))  # validate checks and options before forking
        open_store(settings.store.url, settings.store.retention_days).close()
    except (ConfigError, StoreError) as e:
        fail(str(e))
    if workers <= 1:
        asyncio.run(serve(settings, adapters))
        return
    procs = [
        multiprocessing.Process(target=_child, args=(str(config) if config else None, adapters, verbose), daemon=False)
        for _ in range(workers)
    ]
    for p in procs:
        p.start()

    def forward(signum: int, _frame: Any) -> None:
        for p in procs:
            if p.pid:
                os.kill(p.pid, signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for p in procs:
        p.join()


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        workers: int | None = typer.Option(None, "--workers", "-j", help="processes (default: service.workers)"),
        verbose: int = typer.Option(0, "--verbose", "-v", count=True),
    ) -> None:
        """Start the adapters of the service section (milter, proxy) from one config."""
        setup_logging(verbose)
        settings = get_settings(config)
        run_service(config, list(settings.service.adapters), workers or settings.service.workers, verbose)

    @app.command("milter")
    def milter(
        listen: str | None = typer.Option(None, "--listen", help="inet:HOST:PORT or unix:/path"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        workers: int | None = typer.Option(None, "--workers", "-j", help="processes (default: service.workers)"),
        verbose: int = typer.Option(0, "--verbose", "-v", count=True),
    ) -> None:
        """Run only the Postfix milter (smtpd_milters = inet:HOST:PORT)."""
        setup_logging(verbose)
        if listen:
            os.environ["MAILWARDEN__MILTER__LISTEN"] = f'"{listen}"'
        settings = get_settings(config)
        run_service(config, ["milter"], workers or settings.service.workers, verbose)

    @app.command("proxy")
    def proxy(
        listen: str | None = typer.Option(None, "--listen", help="HOST:PORT"),
        next_hop: str | None = typer.Option(None, "--next-hop", help="HOST:PORT to relay to"),
        mode: str | None = typer.Option(None, "--mode", help="before_queue | after_queue"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        workers: int | None = typer.Option(None, "--workers", "-j"),
        verbose: int = typer.Option(0, "--verbose", "-v", count=True),
    ) -> None:
        """Run only the SMTP proxy (before-queue or after-queue content filter)."""
        setup_logging(verbose)
        for key, val in (("LISTEN", listen), ("NEXT_HOP", next_hop), ("MODE", mode)):
            if val:
                os.environ[f"MAILWARDEN__PROXY__{key}"] = f'"{val}"'
        settings = get_settings(config)
        run_service(config, ["proxy"], workers or settings.service.workers, verbose)
