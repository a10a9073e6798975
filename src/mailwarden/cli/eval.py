"""``mailwarden eval --labels INDEX.tsv DIR``: accuracy on a labelled corpus, offline or with online feedback."""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path

import typer

from mailwarden.checks.spam.rules import rule_symbols
from mailwarden.classifier.corpus import iter_samples, read_index
from mailwarden.classifier.learned import DEFAULT_RATE, LearnBatch, cache_for_url, learn_message
from mailwarden.classifier.metrics import Scored, roc_curve, summarise
from mailwarden.classifier.model import DEFAULT_MODEL, load_model
from mailwarden.cli.common import build_resolver, err_console, fail, get_settings
from mailwarden.cli.fuzzy_cmd import feed_message
from mailwarden.cli.learn import CHECK, classifier_option, learning_url
from mailwarden.config import Settings
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message.received import envelope_from_received
from mailwarden.verdict import Action, Category, Verdict

# Learns are committed in groups; each message is still scored with every earlier learn applied.
FLUSH_EVERY = 1000
FLAGGING = frozenset({Action.ADD_HEADER, Action.QUARANTINE, Action.REJECT})


def predicted_category(v: Verdict) -> str:
    """What the verdict calls the message: accept, or the category it was flagged for."""
    if v.action not in FLAGGING:
        return "accept"
    for cat in (Category.PHISHING, Category.MALWARE, Category.SPOOF, Category.SPAM):
        if cat in v.categories:
            return cat.value
    return "flagged"


def with_classifier_store(settings: Settings, url: str) -> Settings:
    checks = {k: dict(v) for k, v in settings.checks.items()}
    # This process is the only learner: never reload from the database (unflushed learns live in memory).
    checks.setdefault(CHECK, {}).update(store_url=url, refresh_seconds=1e9)
    # The fuzzy digests of learned messages go to the same fresh database (learned as `mailwarden learn` would).
    if checks.get("fuzzy", {}).get("enabled", True) is not False:
        checks.setdefault("fuzzy", {})["store_url"] = url
    return settings.model_copy(update={"checks": checks})


def write_png(path: Path, curves: dict[str, tuple[list[float], list[float]]], title: str) -> None:
    """ROC curves on a log FPR axis (the interesting part is FPR <= 1%)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 5))
    for label, (fpr, tpr) in curves.items():
        ax.step([max(f, 1e-4) for f in fpr], tpr, where="post", label=label)
    ax.axvline(0.001, color="grey", linestyle=":", linewidth=1)
    ax.set_xscale("log")
    ax.set_xlim(1e-4, 1.0)
    ax.set_ylim(0.0, 1.005)
    ax.set_xlabel("false-positive rate (ham flagged)")
    ax.set_ylabel("detection rate")
    ax.set_title(title)
    ax.legend(loc="lower right")
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


async def _evaluate(
    engine: Engine, labels: Path, root: Path, online: bool, url: str, settings: Settings, rate: float
) -> list[Scored]:
    model = load_model(Path(classifier_option(settings, "model_path", None) or DEFAULT_MODEL)) if online else None
    cache = cache_for_url(url) if online else None
    rows: list[Scored] = []
    batch = LearnBatch()
    for s in iter_samples(read_index(labels, root)):
        try:
            msg = engine.parse(s.raw)
        except Exception:  # unparseable, or a parser bug: scan_bytes gives the MIME or on_error verdict
            v = await engine.scan_bytes(s.raw)
            rows.append(Scored(s.name, s.label, v.score, v.action in FLAGGING, predicted_category(v)))
            continue
        guessed = envelope_from_received(msg.headers)
        if guessed is not None:
            msg.envelope = guessed
        v = await engine.scan(msg)
        rows.append(Scored(s.name, s.label, v.score, v.action in FLAGGING, predicted_category(v)))
        if model is not None and cache is not None:
            rules = rule_symbols((r.check, r.name) for r in v.symbols)
            learn_message(model, cache, msg, s.label != "ham", rate, batch, rules)
            feed_message(settings, msg, s.label != "ham", "eval", "phishing" if s.label == "phish" else "spam")
            if batch.labels.get("spam", 0) + batch.labels.get("ham", 0) >= FLUSH_EVERY:
                batch.flush(cache)
    if cache is not None:
        batch.flush(cache)
    return rows


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        directory: Path = typer.Argument(..., help="folder the INDEX.tsv paths are relative to"),
        labels: Path = typer.Option(..., "--labels", help="INDEX.tsv: label<TAB>path (ham, spam, phish)"),
        online: bool = typer.Option(False, "--online", help="TREC immediate feedback: learn each gold label"),
        store: str | None = typer.Option(None, "--store", help="--online: learning database (default: a fresh one)"),
        rate: float = typer.Option(DEFAULT_RATE, "--rate", help="--online: AdaGrad learning rate"),
        scores_out: Path | None = typer.Option(None, "--scores-out", help="TSV: path, score, flagged"),
        json_out: Path | None = typer.Option(None, "--json", help="write the metrics as JSON"),
        png: Path | None = typer.Option(None, "--png", help="write a ROC plot"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML config file"),
        dns: bool = typer.Option(False, "--dns", help="use DNS (default: offline, as for an archive)"),
        fpr: float = typer.Option(0.001, "--fpr", help="FPR for the detection-at-FPR figure"),
    ) -> None:
        """Precision, recall, FPR, ROC AUC and detection at FPR <= 0.1%, per category, on a labelled corpus."""
        settings = get_settings(config, offline=not dns)
        with tempfile.TemporaryDirectory(prefix="mailwarden-eval-") as tmp:
            url = store or f"sqlite:///{tmp}/learn.db" if online else learning_url(settings, store)
            if online:
                settings = with_classifier_store(settings, url)
            try:
                engine = Engine(settings, build_resolver(settings))
            except ConfigError as e:
                fail(str(e))
            t0 = time.perf_counter()
            try:
                rows = asyncio.run(_evaluate(engine, labels, directory, online, url, settings, rate))
            except (OSError, ValueError) as e:
                fail(str(e))
            elapsed = time.perf_counter() - t0
        report = summarise(rows, fpr)
        report["online"] = online
        report["seconds"] = round(elapsed, 2)
        report["messages_per_second"] = round(len(rows) / elapsed, 1) if elapsed > 0 else None
        if scores_out is not None:
            with scores_out.open("w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(f"{r.name}\t{r.score:.4f}\t{int(r.flagged)}\n")
        if json_out is not None:
            json_out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        if png is not None:
            curve = roc_curve([r.score for r in rows], [r.label != "ham" for r in rows])
            write_png(png, {f"mailwarden (AUC {report['auc']:.4f})": curve}, "online" if online else "offline")
        typer.echo(
            f"{report['n']} messages, {report['messages_per_second']} msg/s: precision {report['precision']:.4f} "
            f"recall {report['recall']:.4f} FPR {report['fpr']:.4f} AUC {report['auc']:.5f}; "
            f"detection at FPR<={fpr:g}: {report['detection_at_fpr']:.4f} (score >= {report['threshold_at_fpr']:.2f})"
        )
        for lab, d in report["per_label"].items():
            err_console.print(f"  {lab}: n={d['n']} flagged={d['flagged']} {d['predicted']}", highlight=False)
