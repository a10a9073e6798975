"""Hunt benchmark: synthetic BIND query log + indicator list; DuckDB vs grep -F -f vs plain Python, Dask scaling.

Usage (from the repo root)::

    .venv/bin/python bench/hunt.py                       # quick: 1 M lines, 100 k indicators
    .venv/bin/python bench/hunt.py --lines 10000000 --indicators 1000000

Each measurement runs in its own subprocess so its peak RSS is its own. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def generate(work: Path, lines: int, indicators: int, hosts: int, seed: int = 7) -> None:
    """Write query.log (BIND format), iocs.txt and the grep pattern file; skipped when already there."""
    log, iocs, pat = work / "query.log", work / "iocs.txt", work / "grep-patterns.txt"
    stamp = work / f"gen-{lines}-{indicators}-{hosts}.done"
    if stamp.exists():
        return
    work.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    bad = [f"m{i:07d}-{rnd.randrange(1 << 30):x}.top" for i in range(int(indicators * 0.7))]
    n_ip = indicators - len(bad)
    with iocs.open("w") as fh:
        fh.write("# synthetic campaign list\n")
        for d in bad:
            fh.write(d.replace(".", "[.]", 1) + "\n")  # defanged, as the campaign lists are
        for i in range(n_ip):
            a = rnd.randrange(1, 223)
            if i % 20 == 0:
                fh.write(f"{a}.{rnd.randrange(256)}.{rnd.randrange(256)}.0/24\n")
            else:
                fh.write(f"{a}.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(256)}\n")
    with pat.open("w") as fh:
        fh.writelines(d + "\n" for d in bad)
    # Benign names: a Zipf-like popularity (a few names get most queries), like real resolvers see.
    benign = [f"{w}{i}.example{i % 97}.vn" for i, w in enumerate(("www", "api", "cdn", "mail") * 50_000)]
    weights = [1.0 / (r + 1) for r in range(len(benign))]
    host_ips = [f"10.{(h >> 16) & 255}.{(h >> 8) & 255}.{h & 255}" for h in range(1, hosts + 1)]
    chunk = 200_000
    with log.open("w") as fh:
        done = 0
        sec = 0
        while done < lines:
            n = min(chunk, lines - done)
            names = rnd.choices(benign, weights=weights, k=n)
            hs = rnd.choices(host_ips, k=n)
            out = []
            for i in range(n):
                name = names[i]
                if rnd.random() < 0.0005:  # 0.05 % of queries are to a listed domain's subdomain
                    name = "x." + bad[rnd.randrange(len(bad))]
                if i % 50 == 0:
                    sec += 1
                ts = f"23-Aug-2022 {(sec // 3600) % 24:02d}:{(sec // 60) % 60:02d}:{sec % 60:02d}.{i % 1000:03d}"
                if i % 1000 == 999:
                    out.append(f"{ts} general: info: zone reload queued\n")
                elif i % 5000 == 4999:
                    out.append(f"{ts} queries: info: client {hs[i]}#1: query: truncated\n")
                else:
                    out.append(
                        f"{ts} queries: info: client @0x7f3a1c0 {hs[i]}#53211 ({name}): query: {name} IN A +E(0)K "
                        "(10.0.0.53)\n"
                    )
            fh.writelines(out)
            done += n
    stamp.touch()


def run_one(kind: str, work: Path, threads: int) -> dict[str, object]:
    """One measurement in this (fresh) process."""
    from mailwarden.hunt.sources import plan_sources
    from mailwarden.intel import IntelIndex, load_indicators

    log = work / "query.log"
    t0 = time.perf_counter()
    if kind == "grep":
        proc = subprocess.run(
            ["grep", "-c", "-F", "-f", str(work / "grep-patterns.txt"), str(log)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
        elapsed = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {
            "kind": kind,
            "seconds": elapsed,
            "matching_lines": int(proc.stdout.strip() or 0),
            "peak_rss_mb": rss / 1024,
        }
    iocs = load_indicators(work / "iocs.txt")
    index = IntelIndex(iocs.indicators)
    t_index = time.perf_counter() - t0
    sources, _ = plan_sources([log], rotated=False)
    t1 = time.perf_counter()
    if kind == "duckdb":
        from mailwarden.hunt.engine_duckdb import DuckDbEngine

        result = DuckDbEngine(threads=threads).run(sources, index, 2022)
    elif kind == "python":
        from mailwarden.hunt.engine_python import PythonEngine

        result = PythonEngine().run(sources, index, 2022)
    elif kind == "dask":
        from distributed import Client, LocalCluster

        from mailwarden.hunt.engine_dask import DaskEngine

        size = sources[0].size
        cluster = LocalCluster(n_workers=threads, threads_per_worker=1, processes=True, dashboard_address=":0")
        with cluster, Client(cluster) as client:
            client.run(lambda: None)  # workers up before the clock starts
            t1 = time.perf_counter()
            result = DaskEngine(scheduler=client, blocksize=max(1 << 20, size // 16)).run(sources, index, 2022)
    else:
        raise SystemExit(f"unknown kind {kind}")
    elapsed = time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lines = sum(s.lines for s in result.sources)
    return {
        "kind": kind,
        "threads": threads,
        "seconds": elapsed,
        "index_seconds": t_index,
        "lines": lines,
        "hosts_found": len(result.findings),
        "malformed": result.malformed,
        "peak_rss_mb": rss / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--indicators", type=int, default=100_000)
    ap.add_argument("--hosts", type=int, default=5_000)
    ap.add_argument("--work", type=Path, default=ROOT / ".bench" / "hunt")
    ap.add_argument("--skip", default="", help="comma list of: grep,python,duckdb2,dask")
    ap.add_argument("--run-one", help=argparse.SUPPRESS)
    ap.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run_one:
        print(json.dumps(run_one(args.run_one, args.work, args.threads)))
        return
    t0 = time.perf_counter()
    generate(args.work, args.lines, args.indicators, args.hosts)
    print(
        f"data: {args.lines:,} lines, {args.indicators:,} indicators in {args.work} ({time.perf_counter() - t0:.1f}s)"
    )
    skip = set(args.skip.split(","))
    plan = [("duckdb", 1), ("duckdb", 2), ("grep", 1), ("python", 1), ("dask", 1), ("dask", 2)]
    results = []
    for kind, threads in plan:
        if kind in skip or f"{kind}{threads}" in skip or (kind == "grep" and not shutil.which("grep")):
            continue
        cmd = [sys.executable, __file__, "--run-one", kind, "--threads", str(threads), "--work", str(args.work)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        res = json.loads(out)
        results.append(res)
        per_core = args.lines / res["seconds"] / threads
        extra = f"hosts={res.get('hosts_found', res.get('matching_lines'))}"
        print(
            f"{kind:7s} x{threads}: {res['seconds']:7.2f}s  {args.lines / res['seconds'] / 1e6:6.2f} M lines/s  "
            f"{per_core / 1e6:6.2f} M lines/s/core  peak RSS {res['peak_rss_mb']:7.0f} MB  "
            f"index build {res.get('index_seconds', 0):.1f}s  {extra}"
        )
    (args.work / "results.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
