"""Indicator matching benchmark: build time, memory and lookups/s with 1 M indicators loaded.

    .venv/bin/python bench/intel.py [--total 1000000] [--lookups 200000] [--sql]

Mix: 30 % IPv4/IPv6 addresses, 5 % CIDRs, 30 % domains, 20 % URLs, 15 % hashes, over 3 lists.
Lookups are half hits, half misses (domains are looked up as sub-subdomains, so every lookup walks
the suffixes). ``--sql`` also times saving the lists to SQLite and loading the index back.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator

from mailwarden.intel.importers import ImportedList
from mailwarden.intel.indicators import Indicator, IndicatorKind
from mailwarden.intel.listed import ListedIndex, ListRef
from mailwarden.intel.repository import IntelRepository, engine_for_url


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def generate(total: int, rng: random.Random) -> Iterator[tuple[IndicatorKind, str]]:
    n_ip, n_cidr, n_dom, n_url = int(total * 0.30), int(total * 0.05), int(total * 0.30), int(total * 0.20)
    n_hash = total - n_ip - n_cidr - n_dom - n_url
    for i in range(n_ip):
        if i % 10 == 0:
            yield IndicatorKind.IP, f"2001:db8:{i >> 16:x}:{i & 0xFFFF:x}::1"
        else:
            yield (
                IndicatorKind.IP,
                f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}",
            )
    for _ in range(n_cidr):
        yield IndicatorKind.CIDR, f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.0/24"
    for i in range(n_dom):
        yield IndicatorKind.DOMAIN, f"d{i}-{rng.getrandbits(24):x}.example{i % 50}.com"
    for i in range(n_url):
        yield IndicatorKind.URL, f"u{i}.bad{i % 97}.net/path/{rng.getrandbits(32):x}/login.php"
    for i in range(n_hash):
        yield (
            IndicatorKind.SHA256 if i % 2 else IndicatorKind.MD5,
            hashlib.sha256(str(i).encode()).hexdigest()[: 64 if i % 2 else 32],
        )


def timed(label: str, fn: Callable[[str], object], values: list[str]) -> None:
    t0 = time.perf_counter()
    hits = sum(1 for v in values if fn(v) is not None)
    dt = time.perf_counter() - t0
    print(f"  {label:8} {len(values) / dt:12,.0f} lookups/s  {dt / len(values) * 1e6:6.2f} µs/lookup  ({hits} hits)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--total", type=int, default=1_000_000)
    ap.add_argument("--lookups", type=int, default=200_000)
    ap.add_argument("--sql", action="store_true")
    args = ap.parse_args()
    rng = random.Random(42)
    items = list(generate(args.total, rng))
    lists = [ListRef("campaign-2022", "malware", "v1"), ListRef("apt", "malware", "v7"), ListRef("phish", "phishing")]
    gc.collect()
    base = rss_mib()
    t0 = time.perf_counter()
    index = ListedIndex(lists, ((k, v, i % 3) for i, (k, v) in enumerate(items)))
    build = time.perf_counter() - t0
    gc.collect()
    print(f"indicators: {len(index):,} {index.counts()}")
    print(
        f"build: {build:.2f} s   index memory (RSS delta, values excluded): {rss_mib() - base:.0f} MiB   "
        f"process RSS: {rss_mib():.0f} MiB"
    )

    def pick(kind: set[IndicatorKind], n: int) -> list[str]:
        vals = [v for k, v in items if k in kind]
        return [rng.choice(vals) for _ in range(n)]

    n = args.lookups // 2
    ips = pick({IndicatorKind.IP}, n // 2) + [
        v.replace(".0/24", f".{rng.randrange(256)}") for v in pick({IndicatorKind.CIDR}, n // 2)
    ]
    ips += [f"{rng.randrange(224, 240)}.{rng.randrange(256)}.1.1" for _ in range(n)]
    doms = ["a.b." + v for v in pick({IndicatorKind.DOMAIN}, n)] + [f"x.y.miss{i}.example.org" for i in range(n)]
    urls = ["https://" + v for v in pick({IndicatorKind.URL}, n)] + [f"http://ok{i}.example/p" for i in range(n)]
    hashes = pick({IndicatorKind.MD5, IndicatorKind.SHA256}, n) + ["0" * 64] * n
    for vals in (ips, doms, urls, hashes):
        rng.shuffle(vals)
    print(f"lookups ({args.lookups:,} per kind, 50 % hits):")
    timed("ip/cidr", index.match_ip, ips)
    timed("domain", index.match_domain, doms)
    timed("url", index.match_url, urls)
    timed("hash", index.match_hash, hashes)
    if args.sql:
        with tempfile.TemporaryDirectory() as d:
            repo = IntelRepository(engine_for_url(f"sqlite:///{d}/b.db"))
            t0 = time.perf_counter()
            for n_list, ref in enumerate(lists):
                imp = ImportedList(name=ref.name, source="bench", fmt="text", category=ref.category)
                imp.indicators = [Indicator(k, v) for i, (k, v) in enumerate(items) if i % 3 == n_list]
                repo.save(imp)
            print(f"sqlite save: {time.perf_counter() - t0:.1f} s")
            t0 = time.perf_counter()
            loaded = repo.load_index()
            print(f"sqlite load_index: {time.perf_counter() - t0:.1f} s ({len(loaded):,} indicators)")


if __name__ == "__main__":
    main()
