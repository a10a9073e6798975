#!/usr/bin/env python3
"""Throughput of ``mailwarden scan --offline`` vs rspamd and spamd on the same files, same run.

Usage (peers from ../shared/peers/start_peers.sh; they are started if missing):
    .venv/bin/python bench/scan_throughput.py [-n 1000] [--workers 2] [--peers rspamd,spamd] [--passes 3]
                                              [--fuzzy-reports N]

The corpus is the SpamAssassin public corpus (ham + spam), extracted from
../shared/corpora/spamassassin-public/spamassassin-public.tar.xz into a temporary directory.
mailwarden is timed as a whole CLI run (process start, config, check discovery included), with
``--workers`` processes; the peers are driven by ../shared/peers/bench_peers.py (native protocol
clients, concurrency 8), which reports msg/s per peer.

``--fuzzy-reports N`` first reports N spam messages of the corpus (``mailwarden fuzzy add``) into a fresh
store given to the scan: what the fuzzy check costs a site that uses it. Without it the store is empty
and the check does nothing, as on a site that never reported a message.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
TARBALL = SHARED / "corpora" / "spamassassin-public" / "spamassassin-public.tar.xz"
PEERS = SHARED / "peers"


def extract(dest: Path, limit: int, spam: list[Path] | None = None) -> list[Path]:
    """Extract up to ``limit`` messages (ham and spam interleaved by the tarball order); the spam among
    them are also appended to ``spam``."""
    out: list[Path] = []
    with tarfile.open(TARBALL, "r:xz") as tf:
        for m in tf:
            if not m.isfile() or m.name.endswith(("INDEX.tsv", ".md")):
                continue
            f = tf.extractfile(m)
            if f is None:
                continue
            p = dest / f"{len(out):05d}.eml"
            p.write_bytes(f.read())
            out.append(p)
            if spam is not None and m.name.split("/")[-2].startswith("spam"):
                spam.append(p)
            if len(out) >= limit:
                break
    return out


def run_mailwarden(corpus: Path, workers: int, config: Path | None = None) -> tuple[float, int]:
    exe = Path(sys.executable).with_name("mailwarden")
    t0 = time.perf_counter()
    cfg = ["-c", str(config)] if config else []
    res = subprocess.run(
        [str(exe), "scan", "--offline", "--json", "--workers", str(workers), *cfg, str(corpus)],
        capture_output=True,
        check=True,
    )
    elapsed = time.perf_counter() - t0
    n = sum(1 for line in res.stdout.splitlines() if line.strip())
    return elapsed, n


def report(tmp: Path, spam: list[Path]) -> Path:
    """A config whose store holds the fuzzy digests of ``spam`` (reported with ``mailwarden fuzzy add``)."""
    config = tmp / "reports.toml"
    config.write_text(f'[store]\nurl = "sqlite:///{tmp}/reports.db"\n', encoding="utf-8")
    exe = Path(sys.executable).with_name("mailwarden")
    res = subprocess.run(
        [str(exe), "fuzzy", "add", "--spam", "-c", str(config), *map(str, spam)], capture_output=True, text=True
    )
    print(res.stdout.strip())
    return config


def run_peers(corpus: Path, peers: str, passes: int) -> dict[str, float]:
    subprocess.run([str(PEERS / "start_peers.sh"), "start"], check=True, capture_output=True)
    out_json = corpus.parent / "peers.json"
    subprocess.run(
        [
            "python3",
            str(PEERS / "bench_peers.py"),
            str(corpus),
            "-c",
            "8",
            "--passes",
            str(passes),
            "--targets",
            peers,
            "--max-seconds",
            "120",
            "--json",
            str(out_json),
        ],
        check=True,
    )
    data = json.loads(out_json.read_text())
    rates: dict[str, float] = {}
    items = data.get("results", data) if isinstance(data, dict) else data
    for item in items if isinstance(items, list) else items.values():
        name = item.get("target") or item.get("name")
        rate = item.get("msgs_per_s") or item.get("msg_per_s") or item.get("rate")
        if name and rate:
            rates[str(name)] = max(float(rate), rates.get(str(name), 0.0))
    return rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100_000, help="messages from the corpus (default: all 6,294)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--peers", default="rspamd,spamd", help="comma list, or '' to skip peers")
    ap.add_argument("--fuzzy-reports", type=int, default=0, help="spam messages reported to the fuzzy store first")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="mw-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        spam: list[Path] = []
        files = extract(corpus, args.n, spam)
        config = report(Path(tmp), spam[: args.fuzzy_reports]) if args.fuzzy_reports else None
        empty = Path(tmp) / "empty"
        empty.mkdir()
        startup = min(run_mailwarden(empty, args.workers, config)[0] for _ in range(2))
        best = steady = 0.0
        for _ in range(args.passes):
            elapsed, n = run_mailwarden(corpus, args.workers, config)
            assert n == len(files), f"scanned {n} of {len(files)}"
            best = max(best, n / elapsed)
            steady = max(steady, n / max(elapsed - startup, 1e-6))
        reports = f", {args.fuzzy_reports} fuzzy reports in the store" if config else ""
        print(
            f"mailwarden scan --offline --workers {args.workers}{reports}: {best:.1f} msg/s over {len(files)} messages "
            f"(whole command); {steady:.1f} msg/s without the {startup:.2f} s process start"
        )
        if args.peers:
            rates = run_peers(corpus, args.peers, args.passes)
            for name, rate in sorted(rates.items()):
                print(
                    f"{name}: {rate:.1f} msg/s  -> mailwarden/{name} = {best / rate:.2f}x (whole command), "
                    f"{steady / rate:.2f}x (steady state; the peers are long-running daemons)"
                )


if __name__ == "__main__":
    main()
