"""A crafted message cannot stall the filter: every check runs in time linear in the message.

A regex check runs on the event loop (or a worker thread) and cannot be interrupted by the per-check
timeout, so one pattern that is quadratic on some input is a denial of service against the whole
gateway: each message of mailwarden.testing.crafted took 1 to 5+ minutes of CPU before the patterns were fixed (a
100 KB subject of blanks: 85 s; 1 MB of "<a": 158 s; a CSV of blank lines: over 300 s).

Each message also carries, after its flood, the thing the check is there to find, so that a "fix"
that simply stopped looking would fail too.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mailwarden
from mailwarden.testing.crafted import CRAFTED
from mailwarden.textfeatures.phrasematch import PhraseSet


def test_crafted_messages_are_scanned_in_linear_time(tmp_path: Path) -> None:
    names = {}
    for i, (name, (raw, _)) in enumerate(CRAFTED.items()):
        path = tmp_path / f"{i:02d}.eml"
        path.write_bytes(raw)
        names[str(path)] = name
    t0 = time.monotonic()
    try:
        out = subprocess.run(
            [str(Path(sys.executable).parent / "mailwarden"), "scan", "--offline", "--json", "-j", "1", *names],
            capture_output=True,
            timeout=90,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"scanning {len(CRAFTED)} crafted messages of 0.1-0.6 MB did not finish in 90 s")
    elapsed = time.monotonic() - t0
    records = {names[r["path"]]: r for r in map(json.loads, out.stdout.splitlines())}
    assert set(records) == set(CRAFTED), out.stderr.decode()[-2000:]
    # ~3 s here, start-up included; the slowest message alone took minutes before
    assert elapsed < 30, f"{elapsed:.1f} s"
    for name, (_, symbol) in CRAFTED.items():
        found = {s["name"] for s in records[name]["symbols"]}
        assert not records[name]["errors"], (name, records[name]["errors"])
        if symbol:
            assert symbol in found, (name, sorted(found))


# -- every module-level pattern -------------------------------------------------------------------

# Patterns that are quadratic under search() but are only ever used anchored (match/fullmatch) at a
# bounded number of positions, or on input of bounded size; each says where.
ANCHORED_ONLY = {
    "mailwarden.message.mime._FIELD": "match at each header line start",
    "mailwarden.message.mime._PADDING": "match right after a boundary",
    "mailwarden.message.mime._READ_PARAM": "match at the start of each parameter",
    "mailwarden.message.mbox._HEADER_LINE": "match at the second line",
    "mailwarden.engine.autolearn._FORWARD_SUBJECT": "match at the subject start",
    "mailwarden.classifier.features._REPLY_PREFIX": "match at the subject start",
    "mailwarden.classifier.features._URL_ANCHOR": "match at the anchor text start",
    "mailwarden.checks.headers.sender._LOCAL_DIGITS": "fullmatch of a local part",
    "mailwarden.checks.subject.subject._JOINED": "fullmatch of a Subject of 200 characters at most",
}
SEEDS = (
    "1", "a", " ", "a ", "1 ", ".", "a.", "a@", "-", "=", "<", "<a", "<a ", "%", "\t", "\n", "\r\n", "1,",
    "http://", "a-", "_", "'", '"', "a=", "style='", "font-size:1px", "<input", "<meta", "é", "中", "@a.",
    "\\", "[", ":", "/", "x@y.z ",
)  # fmt: skip
SIZE = 16_000


def _module_patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    """Every compiled pattern a mailwarden module holds, alone or in a dict, list, tuple or PhraseSet."""
    found: dict[str, re.Pattern[str] | re.Pattern[bytes]] = {}
    seen: set[int] = set()
    for info in pkgutil.walk_packages(mailwarden.__path__, "mailwarden."):
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            items = (
                value.items()
                if isinstance(value, dict)
                else enumerate(value)
                if isinstance(value, list | tuple)
                else [("", value)]
            )
            for key, v in items:
                pats = [v] if isinstance(v, re.Pattern) else []
                if isinstance(v, PhraseSet):
                    pats = [p for ps in v.by_anchor.values() for p in ps] + ([v.rest] if v.rest else [])
                for j, p in enumerate(pats):
                    if id(p) not in seen:
                        seen.add(id(p))
                        found[
                            f"{info.name}.{attr}"
                            + (f"[{key}]" if key != "" else "")
                            + (f"[{j}]" if len(pats) > 1 else "")
                        ] = p
    return found


def test_every_module_pattern_searches_in_linear_time() -> None:
    patterns = _module_patterns()
    assert len(patterns) > 250  # the walk found the checks' patterns
    slow = []
    for name, pattern in patterns.items():
        if name in ANCHORED_ONLY:
            continue
        for seed in SEEDS:
            text = "Z" + seed * (SIZE // len(seed)) + "!~"
            subject: str | bytes = text if isinstance(pattern.pattern, str) else text.encode()
            t0 = time.perf_counter()
            pattern.search(subject)  # type: ignore[arg-type]
            took = time.perf_counter() - t0
            # linear patterns take well under 5 ms on 16 KB; a quadratic one takes 0.2 s to minutes
            if took > 0.1:
                slow.append(f"{name} on {seed!r}: {took:.2f} s")
                break
    assert not slow, "\n".join(slow)
