"""Cost of the domain_age check on the mail path: first lookups (RDAP + CT over HTTP) and cached ones.

A loopback HTTP server answers RDAP and crt.sh-style queries after ``--latency`` ms (a registry or CT
search far away answers in 100-800 ms). Every message links 3 new domains and comes from a new sender
domain in the "cold" pass; the "warm" pass rescans the same messages (every answer cached), which is
what a gateway sees for the domains of ordinary correspondence.

The "restart" pass is a new engine on the same store: what another node, or this one after a
restart, pays for answers kept in the database ([store] url) instead of asking the services again.

Usage: .venv/bin/python bench/domain_age.py [-n 300] [--latency 150]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from mailwarden.checks.domainage.check import DomainAge
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message

LATENCY = 0.15


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(LATENCY)
        if self.path.startswith("/ct?q="):
            body = json.dumps([{"not_before": "2019-01-01T00:00:00"}])
        else:
            body = json.dumps({"events": [{"eventAction": "registration", "eventDate": "2015-06-01T00:00:00Z"}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *_args: object) -> None:
        pass


def message(i: int) -> bytes:
    links = " ".join(f"https://www.site{i}-{k}.example/page" for k in range(3))
    return (
        f"Received: from mx.sender{i}.example ([198.51.100.9]) by mx.agency.example;"
        " Fri, 10 Jan 2020 10:00:00 +0000\r\n"
        f"From: News <news@sender{i}.example>\r\nTo: minh@agency.example\r\nSubject: Update {i}\r\n"
        f"Message-ID: <{i}@sender{i}.example>\r\n\r\nRead more: {links}\r\n"
    ).encode()


async def timed(engine: Engine, raws: list[bytes]) -> float:
    t0 = time.perf_counter()
    for raw in raws:
        await engine.scan(parse_message(raw))
    return (time.perf_counter() - t0) / len(raws) * 1000


def main() -> None:
    global LATENCY
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--latency", type=float, default=150.0, help="server answer delay, ms")
    args = ap.parse_args()
    LATENCY = args.latency / 1000
    ThreadingHTTPServer.request_queue_size = 128  # the default backlog of 5 drops parallel connects (1 s SYN retry)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    raws = [message(i) for i in range(args.n)]

    tmp = tempfile.TemporaryDirectory(prefix="mw-domain-age-")

    def engine(on: bool) -> Engine:
        opts = {"rdap_url": f"{base}/domain/{{domain}}", "ct_url": f"{base}/ct?q={{domain}}"} if on else {}
        s = settings_from_mapping(
            {
                "domains": {"local": ["agency.example"]},
                "store": {"url": f"sqlite:///{tmp.name}/mw.db"},
                "checks": {"domain_age": opts},
            }
        )
        return Engine(s, FakeResolver({}), check_classes=[DomainAge])

    off = asyncio.run(timed(engine(False), raws))
    on = engine(True)
    cold = asyncio.run(timed(on, raws))
    warm = asyncio.run(timed(on, raws))
    restarted = asyncio.run(timed(engine(True), raws))  # a new process: answers from the store, no HTTP
    server.shutdown()
    tmp.cleanup()
    print(f"{args.n} messages, 1 sender + 3 linked domains each, server latency {args.latency:.0f} ms")
    print(f"check off (no rdap_url): {off:.3f} ms/msg")
    print(f"cold (4 RDAP + 3 CT lookups in parallel): {cold:.1f} ms/msg")
    print(f"warm (all cached in memory): {warm:.3f} ms/msg")
    print(f"after a restart or on another node (answers from the SQLite store): {restarted:.3f} ms/msg")


if __name__ == "__main__":
    main()
