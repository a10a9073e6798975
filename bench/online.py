"""Online feedback (TREC immediate-feedback protocol) in several message orders: ROC area and speed.

Runs the real ``mailwarden eval --online`` (classify each message, then learn its gold label as
``mailwarden learn`` would) on shuffled orders of one stream, because one order's ROC area depends
on where the hard messages fall: on the forward split the same filter ranged 0.99986-0.99995.

Streams:
  prior  the held-out part of bench/accuracy.py's forward split (mbox members other than the first
         left out), scored with a model trained on the training part: a site that installed the
         shipped model and reports its mail;
  empty  every message of the corpora, from an empty model: learning alone.

Usage: .venv/bin/python bench/online.py [--stream prior|empty] [--orders 3] [--corpora ../shared/corpora]
                                        [--work /tmp/mw-accuracy]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from mailwarden.classifier.model import DEFAULT_MODEL, LinearModel, load_model, save_model
from mailwarden.classifier.training import DEFAULT_C, DEFAULT_HAM_WEIGHT, featurise, train_calibrated
from mailwarden.engine.rulehits import RuleHits

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import TARGET_POINTS, split, unpack  # bench/ is not a package


def index_rows(names: list[tuple[str, str]], work: Path) -> list[tuple[str, str]]:
    """(label, path relative to ``work``), one row per file: an mbox file stands for its first member."""
    rows = [(label, str(Path(name.split("#")[0]).relative_to(work))) for label, name in names]
    return list(dict.fromkeys(rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/mw-accuracy"))
    ap.add_argument("--stream", choices=("prior", "empty"), default="prior")
    ap.add_argument("--orders", type=int, default=3)
    args = ap.parse_args()
    work = args.work.resolve()
    roots = unpack(args.corpora, work)
    train_s, tests = split(roots)
    with tempfile.TemporaryDirectory(prefix="mw-online-") as tmp:
        model_path = Path(tmp) / "model.npz"
        if args.stream == "prior":
            rows = featurise(train_s, RuleHits())
            model = train_calibrated(rows, DEFAULT_C, DEFAULT_HAM_WEIGHT, TARGET_POINTS)
            stream = [(s.label, s.name) for s, _ in tests if "#" not in s.name or s.name.endswith("#0")]
        else:
            model = LinearModel.empty()
            model.meta["points_per_logit"] = load_model(DEFAULT_MODEL).meta["points_per_logit"]
            stream = [(s.label, s.name) for s in train_s] + [
                (s.label, s.name) for s, _ in tests if "#" not in s.name or s.name.endswith("#0")
            ]
        save_model(model, model_path)
        config = Path(tmp) / "online.toml"
        config.write_text(f'[general]\noffline = true\n[checks.spam_classifier]\nmodel_path = "{model_path}"\n')
        base = index_rows(stream, work)
        aucs: list[float] = []
        speeds: list[float] = []
        for k in range(args.orders):
            order = list(base)
            random.Random(7 + k).shuffle(order)
            idx = Path(tmp) / f"order{k}.tsv"
            idx.write_text("label\tpath\n" + "".join(f"{a}\t{b}\n" for a, b in order), encoding="utf-8")
            out = Path(tmp) / f"order{k}.json"
            subprocess.run(
                [str(Path(sys.executable).parent / "mailwarden"), "eval", str(work), "--labels", str(idx), "--online",
                 "-c", str(config), "--json", str(out)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            report = json.loads(out.read_text(encoding="utf-8"))
            aucs.append(float(report["auc"]))
            speeds.append(float(report["messages_per_second"]))
            print(
                f"order {k} (seed {7 + k}): {len(order)} messages, ROC area {aucs[-1]:.6f}, "
                f"{speeds[-1]:.0f} msg/s classify + learn",
                flush=True,
            )
    print(
        f"{args.stream}: ROC area mean {statistics.mean(aucs):.6f}, min {min(aucs):.6f}, max {max(aucs):.6f}; "
        f"{float(np.mean(speeds)):.0f} msg/s"
    )


if __name__ == "__main__":
    main()
