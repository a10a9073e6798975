"""Out-of-sample accuracy: mailwarden (trained on older/other sources) vs rspamd vs spamd on held-out mail.

Split (by source and year; byte-identical duplicates of training mail removed from the test set):
  train  SpamAssassin easy_ham + hard_ham (20030228), spam (20030228); phishing_pot dated <= 2023
         (and undated); Nazario 2004-05 mbox + 2015; the project's modern sets (corpora/modern-*, both ways)
  test   SpamAssassin easy_ham_2 + hard_ham_2 (20021010 part), spam_2; phishing_pot dated 2024;
         Nazario 2017 + 2018
mailwarden runs offline with a model trained by the same code as ``mailwarden train`` on the train
part only (site learning off). rspamd and spamd (../shared/peers/start_peers.sh start) get the
same test messages over their native protocols. Corpora are unpacked under --work, never here.

--reverse swaps the two parts (train on the newer/second half, test on the older/first).

--body-only reduces every test message to its Subject line and text, as the Enron-spam and Ling-spam corpora
keep mail (the model is still trained on whole messages): what each tool makes of such a corpus.

Every tool also scores the project's held-out sets of synthetic mail, never trained on, each reported
as the share flagged and not part of the other metrics: "modern-B" (tests/fixtures/modern_ham_heldout, 40
legitimate messages in English, Vietnamese and Chinese), "vz-ham" (tests/fixtures/modern_ham_vz_heldout,
40 legitimate Vietnamese and Chinese messages), "vz-junk" (tests/fixtures/modern_junk_vz_heldout, 40
Vietnamese and Chinese spam and phishing; the public corpora have none), "vz-junk2"
(tests/fixtures/modern_junk_vz_heldout2, 40 more by a third author, blind when first measured), "en-ham"
(tests/fixtures/modern_ham_en_heldout, 40 legitimate English newsletters, promotions, receipts, digests
and notices of 2004-2026: commercial-looking mail a filter must deliver) and "en-junk"
(tests/fixtures/modern_junk_en_heldout, 40 English spam and phishing of 2004-2026, the years the public
corpora miss), "mx-ham" and "mx-junk" (tests/fixtures/multi_ham_heldout and multi_junk_heldout, 40 each:
half English of 2004-2012, half in nine other European languages, blind when first measured), "as-ham" and
"as-junk" (tests/fixtures/asia_*_heldout, nine Asian languages) and "fd-ham" (tests/fixtures/feeds_ham_heldout,
40 feed items, alerts and notifications of 2002-2026, much of it a headline, a line and a link).

--external INDEX scores a labelled corpus none of the tools was trained on (an INDEX.tsv, or a TREC spam-track
index such as trec07p/full/index) with the *shipped* model as installed, and the peers side by side; --every K
takes every Kth message of it (the peers scan ~10-20 msg/s). Nothing of that corpus is read by training.

Usage: .venv/bin/python bench/accuracy.py [--corpora ../shared/corpora] [--work /tmp/mw-accuracy] [--reverse]
                                          [--peers rspamd,spamd] [-c 4] [--json out.json]
                                          [--scores-out scores.tsv] [--body-only]
       .venv/bin/python bench/accuracy.py --external trec07p/full/index [--every 10] [--peers rspamd,spamd]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import json
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

from mailwarden.classifier.corpus import Sample, generated, iter_samples, read_index
from mailwarden.classifier.metrics import Scored, summarise
from mailwarden.classifier.model import DEFAULT_MODEL, save_model
from mailwarden.classifier.training import DEFAULT_C, DEFAULT_HAM_WEIGHT, featurise, train_calibrated
from mailwarden.cli.common import build_resolver
from mailwarden.config import settings_from_mapping
from mailwarden.engine import Engine
from mailwarden.engine.rulehits import RuleHits
from mailwarden.errors import MessageError
from mailwarden.message.received import envelope_from_received
from mailwarden.testing.heldout import body_only
from mailwarden.verdict import Action

FLAG = {Action.ADD_HEADER, Action.QUARANTINE, Action.REJECT}
REPO = Path(__file__).resolve().parents[1]
HELDOUT_SETS = {
    "modern-B": REPO / "tests" / "fixtures" / "modern_ham_heldout" / "INDEX.tsv",
    "vz-ham": REPO / "tests" / "fixtures" / "modern_ham_vz_heldout" / "INDEX.tsv",
    "vz-junk": REPO / "tests" / "fixtures" / "modern_junk_vz_heldout" / "INDEX.tsv",
    "vz-junk2": REPO / "tests" / "fixtures" / "modern_junk_vz_heldout2" / "INDEX.tsv",
    "en-ham": REPO / "tests" / "fixtures" / "modern_ham_en_heldout" / "INDEX.tsv",
    "en-junk": REPO / "tests" / "fixtures" / "modern_junk_en_heldout" / "INDEX.tsv",
    "mx-ham": REPO / "tests" / "fixtures" / "multi_ham_heldout" / "INDEX.tsv",
    "mx-junk": REPO / "tests" / "fixtures" / "multi_junk_heldout" / "INDEX.tsv",
    "as-ham": REPO / "tests" / "fixtures" / "asia_ham_heldout" / "INDEX.tsv",
    "as-junk": REPO / "tests" / "fixtures" / "asia_junk_heldout" / "INDEX.tsv",
    "fd-ham": REPO / "tests" / "fixtures" / "feeds_ham_heldout" / "INDEX.tsv",
    "pl-ham": REPO / "corpora" / "modern-ham-j" / "INDEX.tsv",  # held out: see its SOURCE.md
    "pl-junk": REPO / "corpora" / "modern-junk-j" / "INDEX.tsv",
}
from mailwarden.cli.train import MODERN_SETS, TARGET_POINTS  # noqa: E402  (the shipped training sets, calibration)


def unpack(corpora: Path, work: Path) -> dict[str, Path]:
    roots: dict[str, Path] = {}
    for name in ("spamassassin-public", "nazario-phishing", "phishing-pot-2022-2024"):
        dest = work / name
        if not any(dest.glob("**/INDEX.tsv")):
            for t in sorted((corpora / name).glob("*.tar.xz")):
                with tarfile.open(t) as tf:
                    tf.extractall(dest, filter="data")
        roots[name] = next(iter(sorted(dest.glob("**/INDEX.tsv")))).parent
    return roots


def split(roots: dict[str, Path], reverse: bool = False) -> tuple[list[Sample], list[tuple[Sample, str]]]:
    """(train samples, [(test sample, subset name)]); ``reverse`` trains on the newer/second half and
    tests on the older/first (the same split, the other way round)."""
    train_s: list[Sample] = []
    test_s: list[tuple[Sample, str]] = []
    sa = roots["spamassassin-public"]
    for s in iter_samples(read_index(sa / "INDEX.tsv")):
        sub = Path(s.name).parent.name
        if sub in ("easy_ham", "hard_ham", "spam"):
            train_s.append(s)
        else:
            test_s.append((s, f"sa-{sub}"))
    naz = roots["nazario-phishing"]
    for s in iter_samples(read_index(naz / "INDEX.tsv")):
        year = "2004-05" if "/mbox/" in s.name else Path(s.name.split("#")[0]).parent.name
        if year in ("2004-05", "2015"):
            train_s.append(s)
        else:
            test_s.append((s, f"nazario-{year}"))
    pot = roots["phishing-pot-2022-2024"]
    with (pot / "DATE_YEARS.tsv").open(encoding="utf-8") as fh:
        years = {row[0]: row[1] for row in csv.reader(fh, delimiter="\t")}
    for s in iter_samples(read_index(pot / "INDEX.tsv")):
        rel = str(Path(s.name).relative_to(pot))
        if years.get(rel) == "2024":
            test_s.append((s, "pot-2024"))
        else:
            train_s.append(s)
    if reverse:
        train_s, test_s = [s for s, _ in test_s], [(s, _subset(roots, s)) for s in train_s]
    for index in MODERN_SETS:  # the project's modern ham and vi/zh junk, in both directions
        train_s += list(iter_samples(read_index(generated(index))))
    seen = {hashlib.sha256(s.raw).digest() for s in train_s}
    test_s = [(s, sub) for s, sub in test_s if hashlib.sha256(s.raw).digest() not in seen]
    return train_s, test_s


def modern_heldout() -> list[tuple[Sample, str]]:
    """The project's held-out modern sets (never trained on), scored by every tool and reported on their
    own: they are not part of the split's metrics (40 synthetic ham would set the 0.1% FPR threshold)."""
    return [(s, name) for name, index in HELDOUT_SETS.items() for s in iter_samples(read_index(generated(index)))]


def external(index: Path, every: int) -> list[tuple[Sample, str]]:
    """Every ``every``-th message of a labelled corpus; the subsets are the index's folder and the label
    (``trec07p-ham``: its flagged rate is the FPR)."""
    name = index.parent.parent.name if index.name == "index" else index.parent.name
    entries = read_index(index)[:: max(1, every)]
    return [(s, f"{name}-{s.label}") for s in iter_samples(entries)]


def reduced(s: Sample) -> Sample:
    """``s`` as a body-only corpus keeps it; an unparseable message as it is."""
    try:
        return Sample(s.label, s.name, body_only(s.raw))
    except MessageError:
        return s


def _subset(roots: dict[str, Path], s: Sample) -> str:
    """The subset name of a sample of the (forward) training part, for the reverse split."""
    if s.name.startswith(str(roots["spamassassin-public"])):
        return f"sa-{Path(s.name).parent.name}"
    if s.name.startswith(str(roots["nazario-phishing"])):
        return "nazario-" + ("2004-05" if "/mbox/" in s.name else Path(s.name.split("#")[0]).parent.name)
    return "pot-2022-23"


async def run_mailwarden(model: Path, tests: list[tuple[Sample, str]]) -> list[tuple[float, bool, str]]:
    settings = settings_from_mapping(
        {
            "general": {"offline": True},
            # The shipped filter as installed: no site learning, no site reports (fuzzy) from a local store.
            "checks": {"spam_classifier": {"model_path": str(model), "learning": False}, "fuzzy": {"enabled": False}},
        }
    )
    engine = Engine(settings, build_resolver(settings))
    out: list[tuple[float, bool, str]] = []
    for s, _ in tests:
        try:
            msg = engine.parse(s.raw)
        except MessageError:
            v = await engine.scan_bytes(s.raw)
        else:
            env = envelope_from_received(msg.headers)
            if env is not None:
                msg.envelope = env
            v = await engine.scan(msg)
        out.append((v.score, v.action in FLAG, ",".join(sorted(c.value for c in v.categories))))
    return out


async def _rspamd(data: bytes) -> tuple[float, bool]:
    r, w = await asyncio.open_connection("127.0.0.1", 11333)
    try:
        w.write(
            b"POST /checkv2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nIP: 192.0.2.10\r\n"
            + f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        await w.drain()
        resp = await r.read()
    finally:
        w.close()
    body = json.loads(resp.split(b"\r\n\r\n", 1)[1])
    return float(body.get("score", 0.0)), body.get("action", "no action") not in ("no action", "greylist")


async def _spamd(data: bytes) -> tuple[float, bool]:
    r, w = await asyncio.open_connection("127.0.0.1", 10783)
    try:
        w.write(f"CHECK SPAMC/1.5\r\nContent-length: {len(data)}\r\n\r\n".encode() + data)
        await w.drain()
        w.write_eof()
        resp = (await r.read()).decode("latin-1", "replace")
    finally:
        w.close()
    for ln in resp.split("\r\n"):
        if ln.lower().startswith("spam:"):
            flag, _, rest = ln.split(":", 1)[1].partition(";")
            return float(rest.split("/")[0].strip()), flag.strip().lower() in ("true", "yes")
    raise RuntimeError(f"spamd: {resp[:120]!r}")


async def run_peer(name: str, tests: list[tuple[Sample, str]], conc: int) -> list[tuple[float, bool, str]]:
    fn = _rspamd if name == "rspamd" else _spamd
    out: list[tuple[float, bool, str]] = [(0.0, False, "")] * len(tests)
    it = iter(enumerate(tests))

    async def worker() -> None:
        for i, (s, _) in it:
            try:
                score, flagged = await asyncio.wait_for(fn(s.raw), 120)
                out[i] = (score, flagged, "")
            except Exception as e:  # a peer failure counts as "not flagged", and is reported
                print(f"{name}: {s.name}: {type(e).__name__}: {e}", file=sys.stderr)
                out[i] = (float("-inf"), False, "error")

    await asyncio.gather(*(worker() for _ in range(conc)))
    return out


def table(results: dict[str, dict[str, Any]], subsets: list[str]) -> str:
    head = (
        f"{'tool':10} {'prec':>7} {'recall':>7} {'FPR':>7} {'AUC':>8} {'det@FPR.1%':>10} {'spam@.1%':>8} "
        f"{'phish@.1%':>9} {'spam':>6} {'phish':>6}"
    )
    lines = [head + "".join(f" {s[:14]:>14}" for s in subsets)]
    for tool, r in results.items():
        m = r["all"]
        pl = m["per_label"]
        line = (
            f"{tool:10} {m['precision']:7.4f} {m['recall']:7.4f} {m['fpr']:7.4f} {m['auc']:8.5f} "
            f"{m['detection_at_fpr']:10.4f} {pl.get('spam', {}).get('rate_at_fpr_0.001', float('nan')):8.4f} "
            f"{pl.get('phish', {}).get('rate_at_fpr_0.001', float('nan')):9.4f} "
            f"{pl.get('spam', {}).get('flagged_rate', float('nan')):6.4f} "
            f"{pl.get('phish', {}).get('flagged_rate', float('nan')):6.4f}"
        )
        line += "".join(f" {r['subsets'][s]:14.4f}" for s in subsets)
        lines.append(line)
    lines.append(
        "det@FPR.1%, spam@.1%, phish@.1%: detected at the score threshold that flags 0.1 % of the ham; "
        "spam, phish and subset columns: flagged rate at the tool's own threshold (ham subsets: that is the FPR)"
    )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/mw-accuracy"))
    ap.add_argument("--peers", default="rspamd,spamd")
    ap.add_argument("-c", "--concurrency", type=int, default=4)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--reverse", action="store_true", help="train on the newer half, test on the older")
    ap.add_argument("--scores-out", type=Path, help="TSV: tool, subset, label, score, flagged, path")
    ap.add_argument("--body-only", action="store_true", help="test messages reduced to Subject and text")
    ap.add_argument("--external", type=Path, help="a labelled corpus index, scored with the shipped model")
    ap.add_argument("--every", type=int, default=1, help="--external: every Kth message")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.external:
        split_tests = external(args.external, args.every)
        tests = list(split_tests)
        model_path = DEFAULT_MODEL
    else:
        roots = unpack(args.corpora, args.work)
        train_s, split_tests = split(roots, args.reverse)
        tests = split_tests + modern_heldout()
        print(f"train {len(train_s)}, test {len(tests)} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        rows = featurise(train_s, RuleHits())
        model = train_calibrated(rows, DEFAULT_C, DEFAULT_HAM_WEIGHT, TARGET_POINTS)
        model_path = args.work / "model-train-split.npz"
        save_model(model, model_path)
    if args.body_only:
        split_tests = [(reduced(s), sub) for s, sub in split_tests]
        tests = [(reduced(s), sub) for s, sub in tests]
    scores: dict[str, list[tuple[float, bool, str]]] = {}
    t1 = time.perf_counter()
    scores["mailwarden"] = asyncio.run(run_mailwarden(model_path, tests))
    print(f"mailwarden: {len(tests) / (time.perf_counter() - t1):.0f} msg/s", file=sys.stderr)
    for peer in [p for p in args.peers.split(",") if p]:
        t1 = time.perf_counter()
        scores[peer] = asyncio.run(run_peer(peer, tests, args.concurrency))
        print(f"{peer}: {len(tests) / (time.perf_counter() - t1):.0f} msg/s", file=sys.stderr)
    subsets = sorted({sub for _, sub in tests})
    results: dict[str, dict[str, Any]] = {}
    for tool, sc in scores.items():
        scored = [
            Scored(s.name, s.label, score, flagged, cat)
            for (s, _), (score, flagged, cat) in zip(tests, sc, strict=True)
        ]
        per_sub = {
            sub: sum(x.flagged for x, (_, sb) in zip(scored, tests, strict=True) if sb == sub)
            / max(1, sum(1 for _, sb in tests if sb == sub))
            for sub in subsets
        }
        results[tool] = {"all": summarise(scored[: len(split_tests)]), "subsets": per_sub}
    print(table(results, subsets))
    counts = {sub: sum(1 for _, sb in tests if sb == sub) for sub in subsets}
    print("test messages per subset:", counts)
    if args.scores_out:
        with args.scores_out.open("w", encoding="utf-8") as fh:
            for tool, sc in scores.items():
                for (s, sub), (score, flagged, _) in zip(tests, sc, strict=True):
                    fh.write(f"{tool}\t{sub}\t{s.label}\t{score:.3f}\t{int(flagged)}\t{s.name}\n")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "subsets": counts}, indent=1, default=str) + "\n")


if __name__ == "__main__":
    main()
