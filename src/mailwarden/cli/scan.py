"""``mailwarden scan PATH…``: the engine on files, directories and mbox files (JSON Lines or a table)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from mailwarden.cli.common import EXIT_FINDINGS, build_resolver, err_console, get_settings, setup_logging
from mailwarden.config import Settings
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message.mbox import is_mbox, split_mbox
from mailwarden.message.model import Envelope
from mailwarden.message.received import envelope_from_received
from mailwarden.verdict import Verdict

_CHUNK = 24  # files per worker task: big enough to amortise IPC, small enough for a smooth progress bar
_CONCURRENCY = 16  # messages in flight per process, so DNS waits overlap


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """What every worker needs to build its engine."""

    config: str | None
    offline: bool
    nameservers: tuple[str, ...]
    envelope: Envelope | None


def iter_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files named, and files under directories named (recursively, sorted for stable output)."""
    for p in paths:
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    yield Path(root) / f
        else:
            yield p


def result_record(path: str, verdict: Verdict, size: int, ms: float) -> dict[str, Any]:
    rec: dict[str, Any] = {"path": path}
    rec.update(verdict.to_json())
    rec["size"] = size
    rec["ms"] = round(ms, 2)
    return rec


class Scanner:
    """One process's engine and event loop, scanning files into result records."""

    def __init__(self, settings: Settings, opts: ScanOptions) -> None:
        self.engine = Engine(settings, build_resolver(settings, list(opts.nameservers) or None))
        self.envelope = opts.envelope
        # One loop for the process's life: the resolver cache and the thread pool of blocking checks
        # survive between chunks (a loop per chunk restarted the worker threads every 24 files).
        self.loop = asyncio.new_event_loop()

    def run(self, items: Sequence[tuple[str, bytes]]) -> list[dict[str, Any]]:
        return self.loop.run_until_complete(self.scan_items(items))

    async def _one(self, path: str, raw: bytes, sem: asyncio.Semaphore) -> dict[str, Any]:
        async with sem:
            t0 = time.perf_counter()
            try:
                msg = self.engine.parse(raw, self.envelope)
            except Exception:  # unparseable, or a parser bug: scan_bytes gives the MIME or on_error verdict
                verdict = await self.engine.scan_bytes(raw, self.envelope)
            else:
                if self.envelope is None:
                    guessed = envelope_from_received(msg.headers)
                    if guessed is not None:
                        msg.envelope = guessed
                verdict = await self.engine.scan(msg)
            return result_record(path, verdict, len(raw), (time.perf_counter() - t0) * 1000)

    async def scan_items(self, items: Sequence[tuple[str, bytes]]) -> list[dict[str, Any]]:
        sem = asyncio.Semaphore(_CONCURRENCY)
        return list(await asyncio.gather(*(self._one(path, raw, sem) for path, raw in items)))


def load_items(files: Sequence[str]) -> tuple[list[tuple[str, bytes]], list[str]]:
    """Read files; an mbox file yields one item per message, named ``path#index``."""
    items: list[tuple[str, bytes]] = []
    errors: list[str] = []
    for f in files:
        try:
            data = Path(f).read_bytes()
        except OSError as e:
            errors.append(f"{f}: {e.strerror or e}")
            continue
        if is_mbox(data):
            items.extend((f"{f}#{i}", raw) for i, raw in enumerate(split_mbox(data)))
        else:
            items.append((f, data))
    return items, errors


_worker: Scanner | None = None


def _init_worker(opts: ScanOptions) -> None:
    global _worker
    settings = get_settings(Path(opts.config) if opts.config else None, opts.offline)
    _worker = Scanner(settings, opts)


def _work(files: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    assert _worker is not None
    items, errors = load_items(files)
    return _worker.run(items), errors


def _chunks(files: Iterator[Path], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for f in files:
        chunk.append(str(f))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_scan(
    paths: Sequence[Path], opts: ScanOptions, workers: int
) -> Iterator[tuple[list[dict[str, Any]], list[str]]]:
    """Yield (records, errors) per chunk of files, in input order."""
    chunks = _chunks(iter_files(paths), _CHUNK)
    if workers <= 1:
        _init_worker(opts)
        for chunk in chunks:
            yield _work(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(opts,)) as pool:
        yield from pool.map(_work, chunks)


def _print_table(records: list[dict[str, Any]], elapsed: float, n_errors: int) -> None:
    console = Console()
    show = records if len(records) <= 200 else [r for r in records if r["action"] != "accept"]
    table = Table(title=f"{len(records)} messages" + ("" if show is records else f" ({len(show)} not accepted shown)"))
    for col in ("path", "action", "score", "categories", "auth (spf/dkim/dmarc/arc)", "top symbols"):
        table.add_column(col, overflow="fold")
    colour = {"accept": "green", "add_header": "yellow", "quarantine": "magenta", "reject": "red"}
    for r in show:
        a = r["auth"]
        top = ", ".join(f"{s['name']}({s['score']:g})" for s in r["symbols"][:4] if s["score"])
        act = r["action"]
        table.add_row(
            r["path"],
            f"[{colour.get(act, 'cyan')}]{act}[/]",
            f"{r['score']:.2f}",
            ",".join(r["categories"]),
            f"{a['spf']}/{a['dkim']}/{a['dmarc']}/{a['arc']}",
            top,
        )
    console.print(table)
    counts = Counter(r["action"] for r in records)
    rate = len(records) / elapsed if elapsed > 0 else 0.0
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    console.print(f"{summary or 'no messages'}; {rate:.1f} msg/s; {n_errors} unreadable")


def register(app: typer.Typer) -> None:
    @app.command("scan")
    def scan(
        paths: list[Path] = typer.Argument(..., help="files, directories (recursive) or mbox files"),
        client_ip: str | None = typer.Option(None, "--client-ip", help="SMTP client IP"),
        helo: str | None = typer.Option(None, "--helo", help="HELO/EHLO name"),
        mail_from: str | None = typer.Option(None, "--mail-from", help="envelope sender"),
        rcpt: list[str] = typer.Option([], "--rcpt", help="envelope recipient (repeatable)"),
        sasl_user: str | None = typer.Option(None, "--sasl-user", help="SMTP AUTH login (makes mail outbound)"),
        offline: bool = typer.Option(False, "--offline", help="no DNS or network; such checks are skipped"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        as_json: bool = typer.Option(False, "--json", help="JSON Lines, one object per message"),
        workers: int = typer.Option(1, "--workers", "-j", min=0, help="processes (0 = one per core)"),
        nameserver: list[str] = typer.Option([], "--nameserver", help="DNS server IP[:PORT] (repeatable)"),
        verbose: int = typer.Option(0, "--verbose", "-v", count=True),
    ) -> None:
        """Scan messages with the same engine as the inline filter.

        Without --client-ip/--helo/--mail-from the envelope is taken from the top Received header.
        """
        setup_logging(verbose)
        settings = get_settings(config, offline)  # fail early (exit 2) on a bad config
        try:
            Engine(settings, build_resolver(settings))
        except ConfigError as e:
            err_console.print(f"[bold red]error:[/] {e}")
            raise SystemExit(2) from e
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            err_console.print(f"[bold red]error:[/] no such file or directory: {', '.join(missing)}")
            raise SystemExit(2)
        env = None
        if client_ip or helo or mail_from or rcpt or sasl_user:
            env = Envelope(
                authenticated_user=sasl_user,
                client_ip=client_ip,
                helo=helo,
                mail_from=mail_from,
                rcpt_to=tuple(rcpt),
                source="cli",
            )
        opts = ScanOptions(str(config) if config else None, settings.general.offline, tuple(nameserver), env)
        n_workers = workers or (os.cpu_count() or 1)
        total = sum(1 for _ in iter_files(paths))
        records: list[dict[str, Any]] = []
        errors: list[str] = []
        t0 = time.perf_counter()
        progress = Progress(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err_console,
            transient=True,
            disable=total < 50 or not err_console.is_terminal,
        )
        with progress:
            task = progress.add_task("scan", total=total)
            done = 0
            for recs, errs in run_scan(paths, opts, n_workers):
                errors.extend(errs)
                if as_json:
                    out = sys.stdout
                    for r in recs:
                        out.write(json.dumps(r, ensure_ascii=False) + "\n")
                    out.flush()
                else:
                    records.extend(recs)
                done += _CHUNK
                progress.update(task, completed=min(done, total))
        for problem in errors:
            err_console.print(f"[yellow]unreadable:[/] {problem}", highlight=False)
        if not as_json:
            _print_table(records, time.perf_counter() - t0, len(errors))
        if errors:
            raise SystemExit(EXIT_FINDINGS)
