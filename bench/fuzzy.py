"""The fuzzy check on the shared corpora: how much of a campaign one report catches, how often ham matches
a report, and what a digest, a lookup and a report cost.

Uses bench/accuracy.py's forward split and the real FuzzyStore (SQLite in a temporary directory).

  history  every junk message of the training part reported (fuzzy add), then the held-out part looked up:
           held-out junk matched, held-out ham matched (false matches), per similarity threshold;
  stream   the held-out junk in a random order, each message reported after it arrived with probability p
           (the share of a campaign's recipients who press "report"): junk matched by an earlier report.
           All ham of both parts is looked up against every report of both parts at the end.

With ``--scores FILE`` (bench/accuracy.py ``--scores-out`` of the same split), the stream also counts the
junk that the filter without reports did not flag and a report caught.

Usage: .venv/bin/python bench/fuzzy.py [--corpora ../shared/corpora] [--work /tmp/mw-accuracy] [--seed 3]
                                       [--scores scores.tsv]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import split, unpack

from mailwarden.checks.fuzzy.check import FuzzyOptions, digests_of
from mailwarden.checks.fuzzy.digest import TextDigest
from mailwarden.checks.fuzzy.store import FuzzyStore
from mailwarden.errors import MessageError
from mailwarden.message.parser import parse_message

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
FUZZY_POINTS = 10.0  # FUZZY_SPAM's default score, times the similarity
ADD_HEADER = 6.0  # the default add_header threshold
Item = tuple[str, str, TextDigest | None, list[str], str]  # label, subset, digest, attachment hashes, name


def digests(samples: list[tuple[str, str, bytes, str]], opts: FuzzyOptions) -> tuple[list[Item], float, float]:
    """(items, parse ms/msg, digest ms/msg)."""
    out: list[Item] = []
    parse_s = digest_s = 0.0
    for label, subset, raw, name in samples:
        t0 = time.perf_counter()
        try:
            msg = parse_message(raw)
        except MessageError:
            continue
        _ = msg.html_text  # rendered once per message by the engine anyway (the classifier reads it)
        t1 = time.perf_counter()
        text, files = digests_of(msg, opts)
        t2 = time.perf_counter()
        parse_s += t1 - t0
        digest_s += t2 - t1
        out.append((label, subset, text, files, name))
    n = max(len(out), 1)
    return out, parse_s / n * 1000, digest_s / n * 1000


def unflagged(path: Path) -> dict[str, float]:
    """Scores of the junk messages mailwarden did not flag, from bench/accuracy.py's scores TSV
    (tool, subset, label, score, flagged, path; an mbox's first message is path#0 in the corpus walk)."""
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        tool, _subset, label, score, flagged, name = line.split("\t")
        if tool == "mailwarden" and label != "ham" and flagged == "0":
            out[name] = out[name + "#0"] = float(score)
    return out


def best_spam(st: FuzzyStore, item: Item) -> float:
    return max((m.similarity for m in st.match(item[2], item[3], min(THRESHOLDS)) if m.flag == "spam"), default=0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpora")
    ap.add_argument("--work", type=Path, default=Path("/tmp/mw-accuracy"))
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--scores", type=Path, help="bench/accuracy.py --scores-out of the forward split")
    args = ap.parse_args()
    opts = FuzzyOptions()
    roots = unpack(args.corpora, args.work)
    train_s, test_s = split(roots)
    train, p_ms, d_ms = digests([(s.label, "train", s.raw, s.name) for s in train_s], opts)
    test, p2, d2 = digests([(s.label, sub, s.raw, s.name) for s, sub in test_s], opts)
    missed = unflagged(args.scores) if args.scores else None
    with_digest = sum(1 for it in train + test if it[2] is not None or it[3])
    print(f"{len(train)} training and {len(test)} held-out messages; {with_digest} have a digest "
          f"(text of >= {opts.min_words} words or a document attachment)")  # fmt: skip
    print(f"cost: parse {statistics.mean([p_ms, p2]):.2f} ms/msg, digest {statistics.mean([d_ms, d2]):.2f} ms/msg")

    with tempfile.TemporaryDirectory() as tmp:
        st = FuzzyStore(f"sqlite:///{tmp}/fuzzy.db")
        junk_train = [it for it in train if it[0] != "ham" and (it[2] is not None or it[3])]
        t0 = time.perf_counter()
        for label, _sub, text, files, _name in junk_train:
            st.add(text, files, "spam", "phishing" if label == "phish" else "spam", "bench", 86400 * 90, 0.7)
        add_ms = (time.perf_counter() - t0) / max(len(junk_train), 1) * 1000
        t0 = time.perf_counter()
        best = [best_spam(st, it) for it in test]
        match_ms = (time.perf_counter() - t0) / max(len(test), 1) * 1000
        print(f"store: {len(junk_train)} reports added at {add_ms:.2f} ms each; lookup {match_ms:.2f} ms/msg")
        print("\nhistory: the training part's junk reported, the held-out part looked up")
        print("threshold  held-out junk matched          held-out ham matched")
        nj = sum(1 for it in test if it[0] != "ham")
        nh = sum(1 for it in test if it[0] == "ham")
        for t in THRESHOLDS:
            j = sum(1 for it, b in zip(test, best, strict=True) if it[0] != "ham" and b >= t)
            h = sum(1 for it, b in zip(test, best, strict=True) if it[0] == "ham" and b >= t)
            print(f"{t:9.1f}  {j:5d} of {nj} ({j / nj:6.1%})       {h:3d} of {nh} ({h / nh:.2%})")

    print(f"\nstream: held-out junk in a random order, each reported with probability p (threshold {opts.threshold})")
    junk_test = [it for it in test if it[0] != "ham"]
    for p in (1.0, 0.3, 0.1, 0.03):
        with tempfile.TemporaryDirectory() as tmp:
            st = FuzzyStore(f"sqlite:///{tmp}/fuzzy.db")
            order = list(junk_test)
            random.Random(args.seed).shuffle(order)
            rng = random.Random(args.seed + 1)
            hit = rescued = flagged = 0
            for label, _sub, text, files, name in order:
                sims = [m.similarity for m in st.match(text, files, opts.threshold) if m.flag == "spam"]
                if sims:
                    hit += 1
                    if missed is not None and name in missed:
                        rescued += 1
                        flagged += missed[name] + FUZZY_POINTS * max(sims) >= ADD_HEADER
                if rng.random() < p and (text is not None or files):
                    st.add(text, files, "spam", "phishing" if label == "phish" else "spam", "bench", 1e7, 0.7)
            extra = ""
            if missed is not None:
                n_missed = sum(1 for it in order if it[4] in missed)
                extra = f"; {rescued} of the {n_missed} the filter alone did not flag ({flagged} now flagged)"
            print(f"  p={p:<5} {hit:5d} of {len(order)} junk matched an earlier report ({hit / len(order):.1%}){extra}")

    with tempfile.TemporaryDirectory() as tmp:
        st = FuzzyStore(f"sqlite:///{tmp}/fuzzy.db")
        for label, _sub, text, files, _name in train + test:
            if label != "ham" and (text is not None or files):
                st.add(text, files, "spam", "spam", "bench", 1e7, 0.7)
        ham = [it for it in train + test if it[0] == "ham"]
        false = sum(1 for it in ham if any(m.flag == "spam" for m in st.match(it[2], it[3], opts.threshold)))
        print(f"\nall {len(ham)} ham of both parts against every junk message reported: {false} match "
              f"({false / len(ham):.3%}) at threshold {opts.threshold}")  # fmt: skip


if __name__ == "__main__":
    main()
