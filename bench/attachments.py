#!/usr/bin/env python3
"""Attachment checks on real corpora: detections on phishing, false positives on ham, throughput vs clamd.

Usage:
    .venv/bin/python bench/attachments.py [--limit N] [--no-clamd] [--json out.json]

(a) phishing-pot-2022-2024 and nazario-phishing: messages with attachments that get an attachment symbol,
    by attachment kind and by symbol; (b) SpamAssassin ham (INDEX.tsv label ham): ham messages with any
    attachment symbol (target 0); (c) throughput in MB/s of the local attachment analysis (types, archives,
    Office, PDF, HTML, YARA, hashes) vs clamd INSTREAM alone on the same attachment bytes.

Messages are streamed out of the .tar.xz files with tarfile and only parsed: attachments are never written
to disk, opened by an application, executed or rendered. clamd is started by scripts/start_clamd.sh in its
own state dir (port 13312, StreamMaxLength 50M, only the test signatures: no official DB offline, so its
detections here mean nothing; its speed is what is compared).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from mailwarden.checks.attachments.archives import Archives
from mailwarden.checks.attachments.file_types import FileTypes
from mailwarden.checks.attachments.hashes import Hashes
from mailwarden.checks.attachments.html_smuggling import HtmlSmuggling
from mailwarden.checks.attachments.office import Office
from mailwarden.checks.attachments.pdf import Pdf
from mailwarden.checks.attachments.yara import Yara
from mailwarden.checks.base import Check, CheckContext, Stage
from mailwarden.dns import FakeResolver
from mailwarden.errors import MessageError
from mailwarden.filescan.clamd import ClamdClient, ClamdError
from mailwarden.filescan.typing import detect_kind
from mailwarden.message.mbox import split_mbox
from mailwarden.message.model import Message
from mailwarden.message.parser import parse_message

REPO = Path(__file__).resolve().parents[1]
CORPORA = (REPO / ".." / "shared" / "corpora").resolve()
PHISH = {
    "phishing-pot-2022-2024": CORPORA / "phishing-pot-2022-2024" / "phishing-pot-2022-2024.tar.xz",
    "nazario-phishing": CORPORA / "nazario-phishing" / "nazario-phishing-2004-2005_2015_2017_2018.tar.xz",
}
HAM = CORPORA / "spamassassin-public" / "spamassassin-public.tar.xz"
CLAMD_PORT = 13312


def messages(tarball: Path, only: set[str] | None = None) -> Iterator[tuple[str, bytes]]:
    """(name, raw) for every message in the tarball (mbox files split), optionally only listed paths."""
    with tarfile.open(tarball, "r:xz") as tf:
        for m in tf:
            if not m.isfile() or m.name.endswith((".tsv", ".md")):
                continue
            rel = m.name.split("/", 1)[1] if "/" in m.name else m.name
            if only is not None and rel not in only:
                continue
            fh = tf.extractfile(m)
            if fh is None:
                continue
            for i, raw in enumerate(split_mbox(fh.read())):
                yield f"{rel}#{i}", raw


def ham_paths() -> set[str]:
    with tarfile.open(HAM, "r:xz") as tf:
        for m in tf:
            if m.name.endswith("INDEX.tsv"):
                fh = tf.extractfile(m)
                assert fh is not None
                rows = [line.split("\t") for line in fh.read().decode().splitlines()[1:]]
                return {r[1] for r in rows if r and r[0] == "ham"}
    raise SystemExit("INDEX.tsv not found in the SpamAssassin tarball")


def context(msg: Message) -> CheckContext:
    return CheckContext(
        message=msg,
        envelope=msg.envelope,
        resolver=FakeResolver({}),
        stage=Stage.EOM,
        offline=True,
        received_at=None,
        protected_domains=(),
        local_domains=(),
        freemail_domains=frozenset(),
        authserv_id="bench",
    )


async def analyze(msg: Message, checks: list[Check]) -> set[str]:
    ctx = context(msg)
    found: set[str] = set()
    for c in checks:  # archives first: the others read its outcome
        res = await c.run(ctx)
        if res.outcome is not None:
            ctx.outcomes[c.name] = res.outcome
        found |= {h.symbol for h in res.hits}
    return found


async def corpus_stats(
    name: str, items: Iterator[tuple[str, bytes]], checks: list[Check], limit: int
) -> dict[str, object]:
    total = with_att = flagged = unparsed = body_only = 0
    by_symbol: Counter[str] = Counter()
    kinds_all: Counter[str] = Counter()
    kinds_flagged: Counter[str] = Counter()
    examples: dict[str, str] = {}
    analysis_s = 0.0
    att_bytes = 0
    blobs: list[bytes] = []
    for n, (path, raw) in enumerate(items):
        if limit and n >= limit:
            break
        total += 1
        try:
            msg = parse_message(raw)
        except MessageError:
            unparsed += 1
            continue
        t0 = time.perf_counter()
        syms = await analyze(msg, checks)
        analysis_s += time.perf_counter() - t0
        kinds = {detect_kind(a.content).value for a in msg.attachments}
        if msg.attachments:
            with_att += 1
            att_bytes += sum(len(a.content) for a in msg.attachments)
            blobs += [a.content for a in msg.attachments]
            kinds_all.update(kinds)
        if syms:
            by_symbol.update(syms)
            for s in syms:
                examples.setdefault(s, path)
            if msg.attachments:
                flagged += 1
                kinds_flagged.update(kinds)
            else:
                body_only += 1
    return {
        "corpus": name,
        "messages": total,
        "unparseable": unparsed,
        "with_attachments": with_att,
        "with_attachments_flagged": flagged,
        "flagged_without_attachments (HTML body)": body_only,
        "by_symbol_messages": dict(by_symbol.most_common()),
        "attachment_kinds_in_messages": dict(kinds_all.most_common()),
        "attachment_kinds_in_flagged_messages": dict(kinds_flagged.most_common()),
        "example_per_symbol": examples,
        "analysis_seconds_all_messages": round(analysis_s, 2),
        "attachment_bytes": att_bytes,
        "_blobs": blobs,
    }


def start_clamd() -> str:
    env = dict(
        os.environ, CLAMD_STATE="/tmp/mailwarden-clamd-bench", CLAMD_PORT=str(CLAMD_PORT), CLAMD_STREAM_MAX="50M"
    )
    subprocess.run([str(REPO / "scripts" / "start_clamd.sh"), "start"], env=env, check=True, capture_output=True)
    return f"127.0.0.1:{CLAMD_PORT}"


async def clamd_throughput(blobs: list[bytes], address: str, concurrency: int) -> dict[str, object]:
    client = ClamdClient(address, timeout=60, stream_max_length=50 * 1024 * 1024)
    sem = asyncio.Semaphore(concurrency)
    errors = 0

    async def one(b: bytes) -> None:
        nonlocal errors
        async with sem:
            try:
                await client.scan(b)
            except ClamdError:
                errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(one(b) for b in blobs))
    dt = time.perf_counter() - t0
    mb = sum(len(b) for b in blobs) / 1e6
    return {
        "concurrency": concurrency,
        "files": len(blobs),
        "MB": round(mb, 2),
        "seconds": round(dt, 2),
        "MB_per_s": round(mb / dt, 2),
        "errors": errors,
    }


async def analysis_throughput(blobs_msgs: list[Message], checks: list[Check]) -> dict[str, object]:
    t0 = time.perf_counter()
    for m in blobs_msgs:
        await analyze(m, checks)
    dt = time.perf_counter() - t0
    mb = sum(len(a.content) for m in blobs_msgs for a in m.attachments) / 1e6
    return {"messages": len(blobs_msgs), "MB": round(mb, 2), "seconds": round(dt, 2), "MB_per_s": round(mb / dt, 2)}


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="messages per corpus (0 = all)")
    ap.add_argument("--no-clamd", action="store_true")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    checks: list[Check] = [Archives(), FileTypes(), Office(), Pdf(), HtmlSmuggling(), Yara(), Hashes()]
    out: dict[str, object] = {}
    blobs: list[bytes] = []
    for name, tarball in PHISH.items():
        stats = await corpus_stats(name, messages(tarball), checks, a.limit)
        b = stats.pop("_blobs")
        assert isinstance(b, list)
        blobs += b
        out[name] = stats
        print(json.dumps(stats, indent=1, ensure_ascii=False), flush=True)
    ham = await corpus_stats("spamassassin-ham", messages(HAM, ham_paths()), checks, a.limit)
    ham.pop("_blobs")
    out["spamassassin-ham"] = ham
    print(json.dumps(ham, indent=1, ensure_ascii=False), flush=True)

    # (c) throughput on the phishing attachments: the same bytes, analysis in-process vs clamd INSTREAM.
    msgs: list[Message] = []
    for _, tarball in PHISH.items():
        for n, (_p, raw) in enumerate(messages(tarball)):
            if a.limit and n >= a.limit:
                break
            try:
                m = parse_message(raw)
            except MessageError:
                continue
            if m.attachments:
                msgs.append(m)
    tp: dict[str, object] = {"analysis_single_thread": await analysis_throughput(msgs, checks)}
    if not a.no_clamd:
        try:
            addr = start_clamd()
            blobs = [att.content for m in msgs for att in m.attachments]
            await clamd_throughput(blobs, addr, 2)  # untimed warm-up: clamd's first scans are several times slower
            tp["clamd_c1"] = await clamd_throughput(blobs, addr, 1)
            tp["clamd_c2"] = await clamd_throughput(blobs, addr, 2)
        except (subprocess.CalledProcessError, OSError) as e:
            tp["clamd"] = f"not available: {e}"
    out["throughput"] = tp
    print(json.dumps(tp, indent=1), flush=True)
    if a.json:
        a.json.write_text(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
