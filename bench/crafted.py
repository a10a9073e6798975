"""Crafted messages side by side: time to scan each, mailwarden against rspamd and spamd.

The messages are mailwarden.testing.crafted's: floods that made a check's regex quadratic (minutes
of CPU per message before the fix), each with a real finding after the flood. A gateway that spends
minutes on one message stalls every connection behind it, so the figure that matters is the time of
the slowest message.

mailwarden scans each message with `mailwarden scan --offline --json` (the time is the one it reports,
start-up left out); rspamd and spamd are asked over their own protocols on loopback (start them with
../shared/peers/start_peers.sh start). Each message has --timeout seconds per tool.

Usage: .venv/bin/python bench/crafted.py [--peers rspamd,spamd] [--timeout 120] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mailwarden.testing.crafted import CRAFTED

PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"
RSPAMD = ("127.0.0.1", 11333)
SPAMD = ("127.0.0.1", 10783)


def scan_mailwarden(timeout: int) -> dict[str, tuple[float, str]]:
    """Each message by its own `mailwarden scan --json` (killed after ``timeout``); the time is the scan's own."""
    exe = Path(sys.executable).with_name("mailwarden")
    out: dict[str, tuple[float, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, (raw, symbol)) in enumerate(CRAFTED.items()):
            path = Path(tmp) / f"{i:02d}.eml"
            path.write_bytes(raw)
            try:
                res = subprocess.run([str(exe), "scan", "--offline", "--json", str(path)],
                                     capture_output=True, timeout=timeout, check=False)  # fmt: skip
            except subprocess.TimeoutExpired:
                out[name] = (float("inf"), f"not finished in {timeout} s")
                continue
            rec = json.loads(res.stdout.splitlines()[0])
            found = {s["name"] for s in rec["symbols"]}
            note = rec["action"] + ("" if symbol is None else f", {symbol} {'found' if symbol in found else 'MISSED'}")
            out[name] = (float(rec["ms"]), note)
    return out


def _exchange(addr: tuple[str, int], request: bytes, timeout: int, half_close: bool) -> bytes:
    with socket.create_connection(addr, timeout=timeout) as s:
        s.sendall(request)
        if half_close:
            s.shutdown(socket.SHUT_WR)  # spamd reads to EOF, as spamc makes it
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def ask_rspamd(raw: bytes, timeout: int) -> str:
    head = (f"POST /checkv2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nIP: 192.0.2.10\r\n"
            f"Content-Length: {len(raw)}\r\n\r\n").encode()  # fmt: skip
    resp = _exchange(RSPAMD, head + raw, timeout, half_close=False)
    body = resp.partition(b"\r\n\r\n")[2]
    data = json.loads(body or b"{}")
    return str(data.get("action", resp[:60]))


def ask_spamd(raw: bytes, timeout: int) -> str:
    resp = _exchange(SPAMD, f"CHECK SPAMC/1.5\r\nContent-length: {len(raw)}\r\n\r\n".encode() + raw, timeout, True)
    for line in resp.decode("latin-1").split("\r\n"):
        if line.lower().startswith("spam:"):
            return "spam" if "true" in line.lower() else "ham"
    return resp[:60].decode("latin-1", "replace")


def scan_peer(name: str, timeout: int) -> dict[str, tuple[float, str]]:
    ask = {"rspamd": ask_rspamd, "spamd": ask_spamd}[name]
    out: dict[str, tuple[float, str]] = {}
    for case, (raw, _) in CRAFTED.items():
        t0 = time.perf_counter()
        try:
            verdict = ask(raw, timeout)
        except (OSError, ValueError) as e:  # a timeout is an OSError
            verdict = f"error: {type(e).__name__}"
        out[case] = ((time.perf_counter() - t0) * 1000, verdict)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peers", default="rspamd,spamd", help='comma-separated, or "" for mailwarden alone')
    ap.add_argument("--timeout", type=int, default=120, help="seconds per message and tool")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    results = {"mailwarden": scan_mailwarden(args.timeout)}
    peers = [p for p in args.peers.split(",") if p]
    if peers:
        subprocess.run([str(PEERS / "start_peers.sh"), "start"], check=True, capture_output=True)
    for peer in peers:
        results[peer] = scan_peer(peer, args.timeout)
    tools = list(results)
    print(f"{'message':44} {'KB':>6} " + " ".join(f"{t + ' ms':>14}" for t in tools) + "  mailwarden verdict")
    for case, (raw, _) in CRAFTED.items():
        cells = " ".join(f"{results[t][case][0]:14.1f}" for t in tools)
        print(f"{case:44} {len(raw) / 1024:6.0f} {cells}  {results['mailwarden'][case][1]}")
    print(f"{'slowest':44} {'':6} " + " ".join(f"{max(ms for ms, _ in results[t].values()):14.1f}" for t in tools))
    for peer in peers:
        print(f"{peer} verdicts: " + "; ".join(f"{c}: {v}" for c, (_, v) in results[peer].items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
