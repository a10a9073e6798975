#!/usr/bin/env python3
"""Inline throughput and latency: N messages through real Postfix + milter, with exact accounting.

    .venv/bin/python bench/inline.py [-n 5000] [-c 8] [--workers 2] [--peers rspamd]

Runs, in one invocation and on the same messages (SpamAssassin public corpus, ham+spam):
  1. Postfix with no milter (baseline latency),
  2. Postfix + mailwarden milter (`mailwarden run`, --workers processes),
  3. Postfix + rspamd's milter proxy (../shared/peers/start_peers.sh), unless --peers ''.
For each: msg/s, p50/p99 SMTP transaction latency (and the latency added over the baseline), and the
accounting sent = delivered + quarantined + rejected (+ tempfailed), lost = accepted - delivered -
quarantined, which must be 0. Needs root (Postfix) and scripts/start_postfix.sh's configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
TARBALL = SHARED / "corpora" / "spamassassin-public" / "spamassassin-public.tar.xz"
MAILDIR = Path("/home/testuser/Maildir/new")
SMTP_PORT = 10026
MILTER = "inet:127.0.0.1:11990"
RSPAMD_MILTER = "inet:127.0.0.1:11332"


def load_messages(n: int) -> list[bytes]:
    out: list[bytes] = []
    with tarfile.open(TARBALL, "r:xz") as tf:
        for m in tf:
            if not m.isfile() or m.name.endswith(("INDEX.tsv", ".md")):
                continue
            f = tf.extractfile(m)
            if f is None:
                continue
            data = f.read().replace(b"\r\n", b"\n")
            if data.startswith(b"From "):  # mbox separator line
                data = data.split(b"\n", 1)[1]
            out.append(data.replace(b"\n", b"\r\n"))
    # spread the sample over the whole corpus (the tarball is ordered: easy ham first, spam last)
    step = max(len(out) // n, 1)
    picked = out[::step][:n]
    return (picked * (n // max(len(picked), 1) + 1))[:n]


def postfix_milter(spec: str) -> None:
    subprocess.run([str(REPO / "scripts" / "start_postfix.sh"), "milter", spec], check=True, capture_output=True)


def maildir_count() -> int:
    return sum(1 for _ in MAILDIR.iterdir()) if MAILDIR.is_dir() else 0


def queue_empty() -> bool:
    out = subprocess.run(["postqueue", "-j"], capture_output=True, text=True).stdout
    return not out.strip()


def send_all(msgs: list[bytes], conc: int) -> dict[str, object]:
    lat: list[float] = []
    codes: dict[str, int] = {"accepted": 0, "rejected": 0, "tempfailed": 0, "error": 0}
    lock = threading.Lock()
    chunks = [msgs[i::conc] for i in range(conc)]

    def worker(chunk: list[bytes]) -> None:
        s = smtplib.SMTP("127.0.0.1", SMTP_PORT, timeout=120)
        for raw in chunk:
            t0 = time.perf_counter()
            kind = "accepted"
            try:
                s.sendmail("bench@partner.example", ["testuser@gw.test"], raw)
            except smtplib.SMTPDataError as e:
                kind = "rejected" if e.smtp_code >= 500 else "tempfailed"
            except smtplib.SMTPRecipientsRefused as e:
                code = next(iter(e.recipients.values()))[0]
                kind = "rejected" if code >= 500 else "tempfailed"
            except (smtplib.SMTPException, OSError):
                kind = "error"
                s = smtplib.SMTP("127.0.0.1", SMTP_PORT, timeout=120)
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                lat.append(dt)
                codes[kind] += 1
            try:
                s.rset()
            except smtplib.SMTPException:
                s = smtplib.SMTP("127.0.0.1", SMTP_PORT, timeout=120)
        s.quit()

    t0 = time.perf_counter()
    with ThreadPoolExecutor(conc) as pool:
        list(pool.map(worker, chunks))
    wall = time.perf_counter() - t0
    lat.sort()
    return {
        "msgs_per_s": len(msgs) / wall,
        "p50_ms": statistics.median(lat),
        "p99_ms": lat[int(len(lat) * 0.99) - 1],
        **codes,
    }


def wait_delivered(before: int, expected: int, timeout: float = 300) -> int:
    deadline = time.monotonic() + timeout
    last = -1
    while time.monotonic() < deadline:
        n = maildir_count() - before
        if n >= expected and queue_empty():
            return n
        if n == last and queue_empty():
            time.sleep(1)
            if maildir_count() - before == n:
                return n
        last = n
        time.sleep(0.5)
    return maildir_count() - before


def run_case(
    name: str, msgs: list[bytes], conc: int, quarantined: Callable[[], int] | None = None
) -> dict[str, object]:
    before = maildir_count()
    res = send_all(msgs, conc)
    delivered = wait_delivered(before, int(res["accepted"]))
    q = quarantined() if quarantined else 0
    res.update(name=name, sent=len(msgs), delivered=delivered, quarantined=q)
    res["lost"] = int(res["accepted"]) - delivered - q
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5000)
    ap.add_argument("-c", type=int, default=8, help="concurrent SMTP clients")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--peers", default="rspamd")
    ap.add_argument("--json", help="write results here")
    args = ap.parse_args()
    subprocess.run([str(REPO / "scripts" / "start_postfix.sh"), "start"], check=True, capture_output=True)
    msgs = load_messages(args.n)
    results: list[dict[str, object]] = []

    postfix_milter("")
    results.append(run_case("postfix (no milter)", msgs, args.c))

    with tempfile.TemporaryDirectory(prefix="mw-inline-") as tmp:
        cfg = Path(tmp) / "mw.toml"
        db = Path(tmp) / "mw.db"
        dns = '["127.0.0.53"]' if subprocess.run(["pgrep", "-x", "nsd"], capture_output=True).returncode == 0 else "[]"
        offline = "false" if dns != "[]" else "true"
        cfg.write_text(
            f"[general]\noffline = {offline}\n[dns]\nnameservers = {dns}\ntimeout = 1.0\nlifetime = 1.0\n"
            f'[store]\nurl = "sqlite:///{db}"\n[domains]\nlocal = ["gw.test"]\n'
            f'[milter]\nlisten = "{MILTER}"\n[service]\nworkers = {args.workers}\n'
        )
        exe = Path(sys.executable).with_name("mailwarden")
        proc = subprocess.Popen([str(exe), "run", "-c", str(cfg)])
        time.sleep(3)
        postfix_milter(MILTER)
        try:

            def quarantined() -> int:
                sys.path.insert(0, str(REPO / "src"))
                from mailwarden.stores import open_store

                return len(open_store(f"sqlite:///{db}").list_quarantine(limit=10**9))

            results.append(run_case(f"mailwarden milter (workers={args.workers})", msgs, args.c, quarantined))
        finally:
            proc.terminate()
            proc.wait(30)

    if "rspamd" in args.peers:
        subprocess.run([str(SHARED / "peers" / "start_peers.sh"), "start"], check=True, capture_output=True)
        postfix_milter(RSPAMD_MILTER)
        results.append(run_case("rspamd milter proxy", msgs, args.c))
    postfix_milter(MILTER)

    base = results[0]
    print(
        f"{'case':40s} {'msg/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'+p50':>7s} {'+p99':>7s} "
        f"{'sent':>6s} {'deliv':>6s} {'quar':>5s} {'rej':>5s} {'temp':>5s} {'lost':>5s}"
    )
    for r in results:
        print(
            f"{r['name']!s:40s} {r['msgs_per_s']:8.1f} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} "
            f"{float(r['p50_ms']) - float(base['p50_ms']):7.1f} {float(r['p99_ms']) - float(base['p99_ms']):7.1f} "
            f"{r['sent']:6d} {r['delivered']:6d} {r['quarantined']:5d} {r['rejected']:5d} "
            f"{r['tempfailed']:5d} {r['lost']:5d}"
        )
    mw = next((r for r in results if str(r["name"]).startswith("mailwarden")), None)
    rs = next((r for r in results if str(r["name"]).startswith("rspamd")), None)
    if mw and rs:
        print(f"mailwarden / rspamd milter throughput = {float(mw['msgs_per_s']) / float(rs['msgs_per_s']):.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
