"""``mailwarden fuzzy add|check|delete|stats|purge|export|import``: the digests of reported and released mail
that the ``fuzzy`` check matches (``mailwarden learn``, quarantine release/report and ``report sample`` add
them too), and their exchange between sites."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import typer
from pydantic import ValidationError

from mailwarden.checks.fuzzy.check import FuzzyOptions, digests_of, verdict_hits
from mailwarden.checks.fuzzy.exchange import EXCHANGE_HEADER, read_shared, shared_json
from mailwarden.checks.fuzzy.store import FuzzyStore, SharedDigest, store_for_url
from mailwarden.cli.common import EXIT_FINDINGS, err_console, fail, get_settings, since_time
from mailwarden.cli.scan import iter_files, load_items
from mailwarden.config import Settings
from mailwarden.engine.runner import limits_from
from mailwarden.errors import ConfigError, MessageError, StoreError
from mailwarden.message.model import Message
from mailwarden.message.parser import parse_message

CHECK = "fuzzy"


def fuzzy_options(settings: Settings, even_disabled: bool = False) -> FuzzyOptions | None:
    """The check's options as the engine would give them (``store_url`` from ``[store] url`` unless set);
    None when the check is disabled (unless ``even_disabled``: the ``fuzzy`` commands manage the store
    of a check that is off)."""
    section = dict(settings.checks.get(CHECK, {}))
    if (section.pop("enabled", True) is False or CHECK in settings.engine.disabled) and not even_disabled:
        return None
    section.pop("timeout", None)
    section.setdefault("store_url", settings.store.url)
    try:
        return FuzzyOptions.model_validate(section)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise ConfigError(f"checks.{CHECK}.{where}: {first['msg'].removeprefix('Value error, ')}") from e


def feed_message(settings: Settings, message: Message, is_spam: bool, source: str, category: str = "spam") -> str:
    """Add a learned message's digests when the check is on and ``learn`` is set; a short note for the
    operator ("" when nothing was added). Raises ``StoreError``."""
    opts = fuzzy_options(settings)
    if opts is None or not opts.store_url or not opts.learn:
        return ""
    text, files = digests_of(message, opts)
    if text is None and not files:
        return ""
    flag = "spam" if is_spam else "ham"
    added, removed = store_for_url(opts.store_url).add(
        text, files, flag, category, source, opts.expire_days * 86400, opts.threshold
    )
    note = f"{added} fuzzy digest{'s' if added != 1 else ''} as {flag}"
    return note + (f", {removed} {'ham' if is_spam else 'spam'} digest(s) it matched deleted" if removed else "")


def _store(settings: Settings, store: str | None) -> tuple[FuzzyOptions, FuzzyStore]:
    try:
        opts = fuzzy_options(settings, even_disabled=True)
    except ConfigError as e:
        fail(str(e))
    assert opts is not None  # even_disabled always gives options
    if store:
        try:
            opts = FuzzyOptions.model_validate(opts.model_dump() | {"store_url": store})
        except ValidationError as e:
            fail(f"--store: {e.errors()[0]['msg'].removeprefix('Value error, ')}")
    if not opts.store_url:
        fail("checks.fuzzy.store_url is empty: no store to use (give --store)")
    return opts, store_for_url(opts.store_url)


def _finish(problems: list[str], what: str) -> None:
    """Name each message or line that was not handled, and exit 1 when there was one."""
    for problem in problems:
        err_console.print(f"[yellow]{what}:[/] {problem}", highlight=False)
    if problems:
        raise SystemExit(EXIT_FINDINGS)


def _messages(settings: Settings, paths: list[Path]) -> tuple[list[tuple[str, Message]], list[str]]:
    items, errors = load_items([str(f) for f in iter_files(paths)])
    out: list[tuple[str, Message]] = []
    for name, raw in items:
        try:
            out.append((name, parse_message(raw, None, limits_from(settings))))
        except MessageError as e:
            errors.append(f"{name}: {e}")
    return out, errors


def register(app: typer.Typer) -> None:
    fz = typer.Typer(help="Digests of reported/released mail that the fuzzy check matches.", no_args_is_help=True)
    app.add_typer(fz, name="fuzzy")
    cfg = typer.Option(None, "--config", "-c", help="TOML config file")
    store_opt = typer.Option(None, "--store", help="database URL (default: [checks.fuzzy] store_url, [store] url)")

    @fz.command("add")
    def add(
        paths: list[Path] = typer.Argument(..., help="messages, directories (recursive) or mbox files"),
        spam: bool = typer.Option(False, "--spam", help="report as spam"),
        phishing: bool = typer.Option(False, "--phishing", help="report as phishing"),
        malware: bool = typer.Option(False, "--malware", help="report as malware"),
        ham: bool = typer.Option(False, "--ham", help="legitimate: near-copies score FUZZY_HAM"),
        config: Path | None = cfg,
        store: str | None = store_opt,
    ) -> None:
        """Add the messages' digests (text MinHash and document attachments)."""
        chosen = [n for n, on in (("spam", spam), ("phishing", phishing), ("malware", malware), ("ham", ham)) if on]
        if len(chosen) != 1:
            fail("give exactly one of --spam, --phishing, --malware or --ham")
        settings = get_settings(config)
        opts, st = _store(settings, store)
        msgs, errors = _messages(settings, paths)
        added = removed = none = 0
        for _name, msg in msgs:
            text, files = digests_of(msg, opts)
            if text is None and not files:
                none += 1
                continue
            flag = "ham" if chosen[0] == "ham" else "spam"
            try:
                a, r = st.add(text, files, flag, chosen[0], "manual", opts.expire_days * 86400, opts.threshold)
            except StoreError as e:
                fail(str(e), EXIT_FINDINGS)
            added, removed = added + a, removed + r
        typer.echo(
            f"{len(msgs)} messages: {added} digests stored as {chosen[0]}, {removed} of the other kind deleted, "
            f"{none} without a digest (text under {opts.min_words} words and no document attachment)"
        )
        _finish(errors, "not added")

    @fz.command("check")
    def check(
        paths: list[Path] = typer.Argument(..., help="messages, directories (recursive) or mbox files"),
        config: Path | None = cfg,
        store: str | None = store_opt,
        as_json: bool = typer.Option(False, "--json", help="JSON Lines"),
    ) -> None:
        """Which stored digests each message matches, and the symbols the check would give it."""
        settings = get_settings(config)
        opts, st = _store(settings, store)
        msgs, errors = _messages(settings, paths)
        for name, msg in msgs:
            text, files = digests_of(msg, opts)
            matches = st.match(text, files, opts.threshold)
            hits = verdict_hits(matches)
            if as_json:
                symbols = [{"name": h.symbol, "weight": round(h.weight, 3), "detail": h.detail} for h in hits]
                out = {"path": name, "words": text.words if text else 0, "attachments": len(files),
                       "matches": [asdict(m) for m in matches], "symbols": symbols}  # fmt: skip
                typer.echo(json.dumps(out, ensure_ascii=False))
            else:
                sym = ", ".join(f"{h.symbol} x{h.weight:.2f} ({h.detail})" for h in hits) or "no match"
                digest = f"{text.words} words" if text else "no text digest"
                typer.echo(f"{name}: {sym} [{digest}, {len(files)} attachment digest(s)]")
        _finish(errors, "not checked")

    @fz.command("delete")
    def delete(
        paths: list[Path] = typer.Argument(..., help="messages whose matching digests are deleted"),
        config: Path | None = cfg,
        store: str | None = store_opt,
    ) -> None:
        """Delete every digest (spam or ham) the messages match: a report made by mistake."""
        settings = get_settings(config)
        opts, st = _store(settings, store)
        msgs, errors = _messages(settings, paths)
        gone = 0
        for _name, msg in msgs:
            text, files = digests_of(msg, opts)
            try:
                gone += st.delete(text, files, opts.threshold)
            except StoreError as e:
                fail(str(e), EXIT_FINDINGS)
        typer.echo(f"{gone} digests deleted")
        _finish(errors, "not read")

    @fz.command("stats")
    def stats(
        config: Path | None = cfg, store: str | None = store_opt, as_json: bool = typer.Option(False, "--json")
    ) -> None:
        """Digests stored, by kind, flag, category and source."""
        settings = get_settings(config)
        opts, st = _store(settings, store)
        try:
            s = st.stats()
        except StoreError as e:
            fail(str(e), EXIT_FINDINGS)
        if as_json:
            typer.echo(json.dumps({"store": opts.store_url} | asdict(s), sort_keys=True))
            return
        typer.echo(f"store: {opts.store_url}")
        typer.echo("digests: " + (", ".join(f"{k} {v}" for k, v in sorted(s.digests.items())) or "none"))
        typer.echo("reported as: " + (", ".join(f"{k} {v}" for k, v in sorted(s.categories.items())) or "-"))
        typer.echo("added by: " + (", ".join(f"{k} {v}" for k, v in sorted(s.sources.items())) or "-"))
        typer.echo(f"expired (removed by `mailwarden fuzzy purge`): {s.expired}")

    @fz.command("export")
    def export(
        output: Path | None = typer.Option(None, "--output", "-o", help="file to write (default: standard output)"),
        since: str | None = typer.Option(None, "--since", help="reported since (ISO time or age: 24h, 7d)"),
        config: Path | None = cfg,
        store: str | None = store_opt,
    ) -> None:
        """Write the site's reports (spam digests, not releases) as JSON Lines for other sites or a CERT:
        MinHash values and attachment hashes with their category, never the text."""
        settings = get_settings(config)
        _opts, st = _store(settings, store)
        when = since_time(since)
        try:
            items = st.export(when.timestamp() if when else 0.0)
        except StoreError as e:
            fail(str(e), EXIT_FINDINGS)
        lines = [json.dumps(EXCHANGE_HEADER | {"exported": datetime.now(UTC).isoformat(timespec="seconds")})]
        lines += [json.dumps(shared_json(it)) for it in items]
        text = "\n".join(lines) + "\n"
        if output is None:
            typer.echo(text, nl=False)
        else:
            output.write_text(text, encoding="utf-8")
            typer.echo(f"{len(items)} digests written to {output}")

    @fz.command("import")
    def import_cmd(
        files: list[Path] = typer.Argument(..., help="JSON Lines from `mailwarden fuzzy export`"),
        source: str = typer.Option("import", "--source", help="who reported them (shown in matches, max 16 chars)"),
        config: Path | None = cfg,
        store: str | None = store_opt,
    ) -> None:
        """Add digests other sites or a CERT reported; ones this site released are skipped."""
        settings = get_settings(config)
        opts, st = _store(settings, store)
        items: list[SharedDigest] = []
        problems: list[str] = []
        for f in files:
            try:
                got, bad = read_shared(f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as e:
                fail(f"{f}: {e}")
            items += got
            problems += [f"{f}: {b}" for b in bad]
        try:
            stored, skipped = st.import_shared(items, source[:16], opts.threshold)
        except StoreError as e:
            fail(str(e), EXIT_FINDINGS)
        typer.echo(
            f"{stored} digests stored from {source}, {skipped} skipped (released here), {len(problems)} bad lines"
        )
        _finish(problems, "not imported")

    @fz.command("purge")
    def purge(config: Path | None = cfg, store: str | None = store_opt) -> None:
        """Delete expired digests (not added again for expire_days)."""
        settings = get_settings(config)
        _opts, st = _store(settings, store)
        try:
            typer.echo(f"{st.purge()} expired digests deleted")
        except StoreError as e:
            fail(str(e), EXIT_FINDINGS)
