"""``mailwarden quarantine list|show|release|delete|export|purge``."""

from __future__ import annotations

import json
from email.utils import formatdate
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from mailwarden.cli.common import EXIT_FINDINGS, err_console, fail, get_settings, since_time
from mailwarden.config import Settings
from mailwarden.delivery.smtp import relay_sync
from mailwarden.errors import DeliveryError, MailwardenError, MessageError, StoreError
from mailwarden.message import parse_message
from mailwarden.stores import QuarantineItem, Store, open_store


def _store(settings: Settings) -> Store:
    try:
        return open_store(settings.store.url, settings.store.retention_days)
    except StoreError as e:
        fail(str(e))


def item_json(it: QuarantineItem) -> dict[str, object]:
    ev = it.event
    return {
        "id": ev.id,
        "created_at": it.created_at.isoformat(),
        "expires_at": it.expires_at.isoformat(),
        "status": it.status,
        "action": ev.action,
        "score": ev.score,
        "categories": list(ev.categories),
        "mail_from": ev.mail_from,
        "rcpt_to": list(ev.rcpt_to),
        "from": ev.from_header,
        "subject": ev.subject,
        "client_ip": ev.client_ip,
        "size": it.size,
        "sha256": it.sha256,
        "symbols": [s.get("name") for s in ev.symbols],
        "released_at": it.released_at.isoformat() if it.released_at else None,
        "released_by": it.released_by,
    }


def _get(store: Store, qid: str) -> QuarantineItem:
    try:
        return store.get(qid)
    except StoreError as e:
        fail(str(e), EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    q = typer.Typer(help="Review, release and delete quarantined messages.", no_args_is_help=True)
    app.add_typer(q, name="quarantine")
    cfg_opt = typer.Option(None, "--config", "-c", help="TOML config file")

    @q.command("list")
    def list_(
        config: Path | None = cfg_opt,
        since: str | None = typer.Option(None, "--since", help="ISO time or age (24h, 7d)"),
        until: str | None = typer.Option(None, "--until", help="ISO time or age"),
        rcpt: str | None = typer.Option(None, "--rcpt", help="only messages for this recipient"),
        category: str | None = typer.Option(None, "--category", help="spam, phishing, malware, spoof, ..."),
        status: str = typer.Option("held", "--status", help="held | rejected | released | deleted | all"),
        limit: int = typer.Option(1000, "--limit"),
        as_json: bool = typer.Option(False, "--json", help="one JSON object per line"),
    ) -> None:
        """List quarantined messages, newest first."""
        store = _store(get_settings(config))
        items = store.list_quarantine(
            since_time(since), since_time(until), rcpt, category, None if status == "all" else status, limit
        )
        if as_json:
            for it in items:
                typer.echo(json.dumps(item_json(it), ensure_ascii=False))
            return
        t = Table(title=f"{len(items)} quarantined")
        for col in ("id", "time", "from", "to", "subject", "score", "categories", "status"):
            t.add_column(col, overflow="fold")
        for it in items:
            ev = it.event
            t.add_row(
                ev.id,
                it.created_at.strftime("%Y-%m-%d %H:%M"),
                ev.mail_from or "",
                ", ".join(ev.rcpt_to),
                (ev.subject or "")[:80],
                f"{ev.score:.1f}",
                ",".join(ev.categories),
                it.status,
            )
        Console().print(t)

    @q.command("show")
    def show(qid: str, config: Path | None = cfg_opt) -> None:
        """Show a message safely: headers, verdict and the text (HTML rendered to text, nothing fetched)."""
        it = _get(_store(get_settings(config)), qid)
        ev = it.event
        console = Console(highlight=False)
        console.print(f"[bold]id[/] {ev.id}  [bold]status[/] {it.status}  [bold]score[/] {ev.score:.2f}")
        console.print(f"[bold]envelope[/] {ev.mail_from} -> {', '.join(ev.rcpt_to)} from {ev.client_ip}")
        for s in ev.symbols:
            console.print(f"  {s.get('name')} ({s.get('score')}) {s.get('detail', '')}", markup=False)
        try:
            msg = parse_message(it.raw or b"")
        except MessageError as e:
            console.print(f"[red]unparseable message:[/] {e}")
            return
        for name in ("From", "To", "Cc", "Subject", "Date"):
            val = msg.header(name)
            if val:
                console.print(f"{name}: {val}", markup=False)
        for a in msg.attachments:
            console.print(f"[attachment] {a.filename or '(no name)'} {a.sniffed_type} {a.size} bytes", markup=False)
        console.print()
        body = msg.text_body or msg.html_text
        console.print(body[:20000], markup=False)

    @q.command("release")
    def release(
        qid: str,
        config: Path | None = cfg_opt,
        next_hop: str | None = typer.Option(None, "--next-hop", help="HOST:PORT (default quarantine.release_next_hop)"),
        to: list[str] = typer.Option([], "--to", help="deliver to these recipients instead of the originals"),
        by: str = typer.Option("cli", "--by", help="who releases (recorded)"),
        learn: bool = typer.Option(True, "--learn/--no-learn", help="teach the classifier: a release is ham"),
    ) -> None:
        """Re-inject the original message over SMTP to the next hop, mark it released, learn it as ham."""
        settings = get_settings(config)
        store = _store(settings)
        it = _get(store, qid)
        if it.status != "held":
            fail(f"message {qid} is {it.status}, not held", EXIT_FINDINGS)
        rcpts = list(to) or list(it.event.rcpt_to)
        stamp = f"X-Mailwarden-Released: by {by} at {formatdate(localtime=False)} (event {qid})\r\n".encode()
        hop = next_hop or settings.quarantine.release_next_hop
        try:
            relay_sync(hop, it.event.mail_from or "", rcpts, stamp + (it.raw or b""))
            store.mark_released(qid, by, rcpts)
        except (DeliveryError, StoreError) as e:
            fail(f"release failed: {e}", EXIT_FINDINGS)
        typer.echo(f"released {qid} to {', '.join(rcpts)} via {hop}")
        if learn:
            # a released message was a false positive: the site's classifier learns it as ham
            from mailwarden.cli.learn import learn_raw

            try:
                typer.echo(learn_raw(settings, it.raw or b"", is_spam=False, source="release"))
            except (MailwardenError, OSError) as e:  # the release itself succeeded
                err_console.print(f"[yellow]not learned:[/] {e}", highlight=False)

    @q.command("delete")
    def delete(
        qid: str,
        config: Path | None = cfg_opt,
        learn_spam: bool = typer.Option(
            False, "--learn-spam", help="confirmed junk: teach the classifier the message as spam first"
        ),
    ) -> None:
        """Delete the stored original (the event stays in the log); with --learn-spam, learn it as spam first."""
        settings = get_settings(config)
        store = _store(settings)
        if learn_spam:
            # Only on request: a reviewer also deletes held outbound mail (DLP, forwarding), which is not junk.
            from mailwarden.cli.learn import learn_raw

            it = _get(store, qid)
            if not it.raw:
                fail(f"message {qid} is {it.status}: no stored original to learn", EXIT_FINDINGS)
            try:
                cats = it.event.categories
                category = "malware" if "malware" in cats else "phishing" if "phishing" in cats else "spam"
                typer.echo(learn_raw(settings, it.raw, is_spam=True, source="report", category=category))
            except (MailwardenError, OSError) as e:
                fail(f"not learned, not deleted: {e}", EXIT_FINDINGS)
        try:
            store.delete(qid)
        except StoreError as e:
            fail(str(e), EXIT_FINDINGS)
        typer.echo(f"deleted {qid}")

    @q.command("export")
    def export(
        qid: str,
        config: Path | None = cfg_opt,
        output: Path | None = typer.Option(None, "--output", "-o", help="file (default: stdout)"),
    ) -> None:
        """Write the original message bytes (.eml), unchanged."""
        it = _get(_store(get_settings(config)), qid)
        if output is None:
            typer.get_binary_stream("stdout").write(it.raw or b"")
        else:
            output.write_bytes(it.raw or b"")

    @q.command("purge")
    def purge(config: Path | None = cfg_opt) -> None:
        """Remove quarantined messages older than store.retention_days."""
        n = _store(get_settings(config)).purge_expired()
        typer.echo(f"purged {n}")
