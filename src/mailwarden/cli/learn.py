"""``mailwarden learn --spam|--ham PATH…``: teach the site's classifier, shared by every node through the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from mailwarden.classifier.learned import (
    DEFAULT_RATE,
    MIN_EACH_CLASS,
    MIN_LANGUAGE_HAM,
    LearnStats,
    cache_for_url,
    language_trust,
    learn_message,
    site_weight,
)
from mailwarden.classifier.model import DEFAULT_MODEL, load_model
from mailwarden.cli.common import EXIT_FINDINGS, err_console, fail, get_settings
from mailwarden.cli.fuzzy_cmd import feed_message, fuzzy_options
from mailwarden.cli.scan import iter_files, load_items
from mailwarden.config import Settings
from mailwarden.engine.rulehits import RuleHits
from mailwarden.engine.runner import limits_from
from mailwarden.errors import ConfigError, MessageError, StoreError
from mailwarden.message.parser import parse_message

CHECK = "spam_classifier"


def classifier_option(settings: Settings, key: str, default: Any) -> Any:
    return settings.checks.get(CHECK, {}).get(key, default)


def learning_url(settings: Settings, store: str | None) -> str:
    """``--store``, else the classifier check's ``store_url``, else ``[store] url``."""
    return store or str(classifier_option(settings, "store_url", settings.store.url))


def learn_raw(settings: Settings, raw: bytes, is_spam: bool, source: str, category: str = "spam") -> str:
    """Learn one message (quarantine release = a false positive: ham) and add its fuzzy digests (as
    ``category`` when spam). Returns a one-line result. ``source`` names who taught it in the store's
    statistics ("release", "report")."""
    model = load_model(Path(classifier_option(settings, "model_path", None) or DEFAULT_MODEL))
    cache = cache_for_url(learning_url(settings, None))
    msg = parse_message(raw, None, limits_from(settings))
    res = learn_message(model, cache, msg, is_spam, rules=RuleHits(settings).one(msg), source=source)
    fuzzy = feed_message(settings, msg, is_spam, source, category)
    return (
        f"learned as {'spam' if is_spam else 'ham'}"
        + ("" if res.written else " (already known)")
        + (f"; {fuzzy}" if fuzzy else "")
    )


def show_stats(url: str, as_json: bool, model_vizh: tuple[int, int]) -> None:
    """What the learning store holds: messages per label and per source, weights, how much they count
    (``model_vizh``: the Vietnamese/Chinese ham and junk the classifier model was trained on)."""
    try:
        repo = cache_for_url(url).repository()
        st = repo.stats() if repo is not None else LearnStats(0, 0, 0, 0)
    except StoreError as e:
        fail(str(e), EXIT_FINDINGS)
    weight = site_weight(st.spam, st.ham)
    vh, vs = st.by_language.get("vizh_ham", 0), st.by_language.get("vizh_spam", 0)
    mh, mj = model_vizh
    trust = language_trust(vh + mh, vs + mj)
    if as_json:
        out = {"store": url, "spam": st.spam, "ham": st.ham, "by_source": st.by_source, "weights": st.buckets,
               "generation": st.generation, "site_weight": weight, "by_language": st.by_language,
               "vi_zh_trust": trust, "model_vizh": {"ham": mh, "junk": mj}}  # fmt: skip
        typer.echo(json.dumps(out, sort_keys=True))
        return

    def part(label: str) -> str:
        src = sorted((k.rpartition("_")[0], v) for k, v in st.by_source.items() if k.endswith("_" + label))
        return ", ".join(f"{k} {v}" for k, v in src) or "-"

    typer.echo(f"store: {url}")
    typer.echo(f"spam learned: {st.spam} ({part('spam')})")
    typer.echo(f"ham learned:  {st.ham} ({part('ham')})")
    typer.echo(f"weights: {st.buckets} rows, generation {st.generation}")
    typer.echo(
        f"site weights count x{weight:.2f} (in full once {MIN_EACH_CLASS} spam and {MIN_EACH_CLASS} ham are learned)"
    )
    typer.echo(
        f"Vietnamese/Chinese mail learned: {vh} ham, {vs} spam; in the model's training: {mh} ham, {mj} junk; "
        f"the damping of such mail (unseen_language_weight) is {trust:.0%} lifted (fully at {MIN_LANGUAGE_HAM} ham "
        f"and {MIN_EACH_CLASS} spam, counting both)"
    )


def register(app: typer.Typer) -> None:
    @app.command("learn")
    def learn_cmd(
        paths: list[Path] | None = typer.Argument(None, help="messages, directories (recursive) or mbox files"),
        spam: bool = typer.Option(False, "--spam", help="the messages are spam (or phishing)"),
        ham: bool = typer.Option(False, "--ham", help="the messages are legitimate"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        store: str | None = typer.Option(None, "--store", help="database URL (default: the classifier's store_url)"),
        rate: float = typer.Option(DEFAULT_RATE, "--rate", min=0.0, help="AdaGrad learning rate"),
        stats: bool = typer.Option(False, "--stats", help="show what the store has learned, by source, and stop"),
        fuzzy: bool = typer.Option(
            True, "--fuzzy/--no-fuzzy", help="also add the messages' fuzzy digests (when the fuzzy check is on)"
        ),
        json_out: bool = typer.Option(False, "--json", help="--stats as JSON"),
    ) -> None:
        """Learn messages as spam or ham: one logistic step each, added to the shared learned weights."""
        settings = get_settings(config)
        url = learning_url(settings, store)
        if stats:
            model_path = classifier_option(settings, "model_path", None) or DEFAULT_MODEL
            show_stats(url, json_out, load_model(Path(model_path)).vizh_trained())
            return
        if spam == ham:
            fail("give exactly one of --spam or --ham")
        if not paths:
            fail("give the messages to learn (or --stats)")
        try:
            model = load_model(Path(classifier_option(settings, "model_path", None) or DEFAULT_MODEL))
            fuzzy_options(settings)  # a bad [checks.fuzzy] is reported before anything is learned
        except ConfigError as e:
            fail(str(e))
        cache = cache_for_url(url)
        limits = limits_from(settings)
        rules = RuleHits(settings)
        items, errors = load_items([str(f) for f in iter_files(paths or [])])
        learned = skipped = digests = 0
        for name, raw in items:
            try:
                msg = parse_message(raw, None, limits)
                res = learn_message(model, cache, msg, spam, rate, rules=rules.one(msg), source="manual")
                if fuzzy and feed_message(settings, msg, spam, "manual"):
                    digests += 1
            except MessageError as e:
                errors.append(f"{name}: {e}")
                continue
            except StoreError as e:
                fail(str(e), EXIT_FINDINGS)
            learned += 1
            skipped += 0 if res.written else 1
        for problem in errors:
            err_console.print(f"[yellow]not learned:[/] {problem}", highlight=False)
        repo = cache.repository()
        total = repo.stats() if repo is not None else None
        typer.echo(
            f"learned {learned} as {'spam' if spam else 'ham'} ({skipped} already known)"
            + (f"; store has {total.spam} spam, {total.ham} ham, {total.buckets} weights" if total else "")
            + (f"; fuzzy digests of {digests} messages stored" if digests else "")
        )
        if errors:
            raise SystemExit(EXIT_FINDINGS)
