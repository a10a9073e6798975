"""``mailwarden train``: the shipped classifier model, reproduced from the shared corpora."""

from __future__ import annotations

import tarfile
import tempfile
import time
from pathlib import Path

import typer

from mailwarden.classifier.corpus import Entry, generated, iter_samples, read_index
from mailwarden.classifier.model import DEFAULT_MODEL, save_model
from mailwarden.classifier.training import DEFAULT_C, DEFAULT_HAM_WEIGHT, featurise, train_calibrated
from mailwarden.cli.common import err_console, fail
from mailwarden.engine.rulehits import RuleHits

DEFAULT_CORPORA = ("spamassassin-public", "nazario-phishing", "phishing-pot-2022-2024")
# The project's own mail of today's kinds (corpora/modern-*/SOURCE.md), trained on with the shared corpora:
# the public ham is English 2002 mailing-list mail, and without it modern notices and newsletters look
# like phishing. Three English ham sets written from three briefs; Vietnamese and Chinese ham (the
# non-English part of modern-ham, modern-ham-e and -f) with Vietnamese and Chinese spam and phishing
# (modern-junk-vz and -vz2, two authors), which the public corpora have none of. English junk and ham of
# 2004-2012 (modern-junk-en3, modern-ham-h) and junk and ham in 15 other European languages
# (modern-junk-eu, modern-ham-eu): without them the model took ordinary German, Russian or Turkish mail
# and 2000s English mail for phishing (held-out tests/fixtures/multi_ham_heldout: 8 of 40 flagged by the
# forward split's model, the worst at 17 points; with them none). Junk and ham in Japanese, Korean, Thai,
# Indonesian, Malay, Filipino, Khmer, Lao and Hindi (modern-junk-as, modern-ham-as), the languages of an
# agency's Asian partners.
MODERN_DIR = Path(__file__).resolve().parents[3] / "corpora"
# corpora/modern-ham-j and modern-junk-j (plain-text prose of 2002-2012) are held out on purpose: trained on,
# they lowered detection at ham FPR 0.1% (their SOURCE.md); bench/accuracy.py and the tests scan them.
MODERN_SETS = tuple(
    MODERN_DIR / name
    for name in (
        "modern-ham/INDEX.tsv",
        "modern-ham/INDEX-vizh.tsv",
        "modern-ham-c/INDEX.tsv",
        "modern-ham-d/INDEX.tsv",
        "modern-ham-e/INDEX.tsv",
        "modern-ham-f/INDEX.tsv",
        "modern-ham-g/INDEX.tsv",
        "modern-junk-vz/INDEX.tsv",
        "modern-junk-vz2/INDEX.tsv",
        "modern-junk-en/INDEX.tsv",
        "modern-junk-en2/INDEX.tsv",
        "modern-junk-en3/INDEX.tsv",
        "modern-ham-h/INDEX.tsv",
        "modern-junk-eu/INDEX.tsv",
        "modern-ham-eu/INDEX.tsv",
        "modern-junk-as/INDEX.tsv",
        "modern-ham-as/INDEX.tsv",
        "modern-ham-i/INDEX.tsv",
        "modern-junk-i/INDEX.tsv",
    )
)
# Held-out ham at FPR 0.1% lands here: exactly on add_header (6), so the shipped thresholds hold ham
# false positives at 0.1% (on the out-of-sample split no test ham reached 6; 5 cost 4 points of spam).
TARGET_POINTS = 6.0


def _source_name(index: Path) -> str:
    return index.parent.name if index.name == "INDEX.tsv" else f"{index.parent.name}/{index.name}"


def corpus_entries(root: Path, names: tuple[str, ...], workdir: Path) -> list[Entry]:
    """Entries of each corpus: a folder with INDEX.tsv, or the .tar.xz in it unpacked into ``workdir``."""
    entries: list[Entry] = []
    for name in names:
        folder = root / name
        index = next(iter(sorted(folder.glob("**/INDEX.tsv"))), None)
        if index is None:
            tars = sorted(folder.glob("*.tar.xz"))
            if not tars:
                fail(f"{folder}: no INDEX.tsv and no .tar.xz")
            dest = workdir / name
            for t in tars:
                with tarfile.open(t) as tf:
                    tf.extractall(dest, filter="data")  # data only: no links out, no devices
            index = next(iter(sorted(dest.glob("**/INDEX.tsv"))), None)
            if index is None:
                fail(f"{folder}: no INDEX.tsv inside the archive")
        entries.extend(read_index(index))
    return entries


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train_cmd(
        corpora: Path = typer.Option(Path("../shared/corpora"), "--corpora", help="folder of the shared corpora"),
        name: list[str] = typer.Option(list(DEFAULT_CORPORA), "--corpus", help="corpus folder name (repeatable)"),
        index: list[Path] = typer.Option([], "--index", help="INDEX.tsv to train on instead (repeatable)"),
        extra: list[Path] = typer.Option(
            list(MODERN_SETS),
            "--extra",
            help="INDEX.tsv trained on with the corpora (default: the project's modern sets)",
        ),
        out: Path = typer.Option(DEFAULT_MODEL, "--out", "-o", help="model .npz (a .json is written beside it)"),
        c: float = typer.Option(DEFAULT_C, "--c", help="inverse L2 regularisation strength"),
        ham_weight: float = typer.Option(
            DEFAULT_HAM_WEIGHT, "--ham-weight", help="class weight of ham (protects against FPs)"
        ),
    ) -> None:
        """Train the classifier (logistic regression on hashed features) and write the model files."""
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="mailwarden-train-") as tmp:
            if index:
                entries = [e for i in index for e in read_index(i)]
            else:
                entries = corpus_entries(corpora, tuple(name), Path(tmp))
                for x in extra:
                    if not x.exists():
                        fail(f"{x}: no such index (give --extra for another, or --index to train on one alone)")
                    entries.extend(read_index(generated(x)))
            rows = featurise(iter_samples(entries), RuleHits())
        err_console.print(f"featurised {len(rows)} messages in {time.perf_counter() - t0:.1f} s")
        try:
            model = train_calibrated(rows, c, ham_weight, TARGET_POINTS)
        except ValueError as e:
            fail(str(e))
        points = model.meta["points_per_logit"]
        model.meta["sources"] = [*name, *(_source_name(x) for x in extra)] if not index else [str(i) for i in index]
        save_model(model, out)
        counts = model.meta["trained_on"]
        err_console.print(
            f"wrote {out} ({out.stat().st_size} bytes): {counts}, {points:.3f} points per logit, "
            f"{time.perf_counter() - t0:.1f} s"
        )
