"""Cost of the dnsbl check on the mail path, through the real resolver (dnspython + the gateway's cache)
against a loopback DNS server that serves the list zones after ``--latency`` ms (a list's servers far
away answer in 20-200 ms).

Passes: "cold" (every message from a new IP, linking 3 new domains: 2 IP lists + 3 domain lists x 4
domains = 14 questions per message, asked in parallel), "warm" (the same messages again: all answers
cached, what a gateway sees for its regular correspondents), and "dead" (a resolver that never answers:
the first messages wait for the timeouts, then the paused lists cost nothing).

Usage: .venv/bin/python bench/dnsbl.py [-n 300] [--latency 50]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import time
from typing import Any

from dnslib import QTYPE, RCODE, RR, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer

from mailwarden.checks.reputation.dnsbl import Dnsbl
from mailwarden.cli.common import build_resolver
from mailwarden.config import settings_from_mapping
from mailwarden.engine import Engine
from mailwarden.message import parse_message
from mailwarden.message.model import Envelope


class Lists(BaseResolver):  # type: ignore[misc]
    """Every 10th name listed, the rest NXDOMAIN, each answer after ``delay`` seconds."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.asked = 0

    def resolve(self, request: Any, handler: Any) -> Any:
        time.sleep(self.delay)
        self.asked += 1
        reply = request.reply()
        if self.asked % 10 == 0:
            reply.add_answer(RR(request.q.qname, QTYPE.A, rdata=A("127.0.0.2"), ttl=300))
        else:
            reply.header.rcode = RCODE.NXDOMAIN
        return reply


def message(i: int) -> bytes:
    links = " ".join(f"https://www.site{i}-{k}.example/page" for k in range(3))
    return (
        f"From: News <news@sender{i}.example>\r\nTo: minh@agency.example\r\nSubject: Update {i}\r\n"
        f"Message-ID: <{i}@sender{i}.example>\r\n\r\nRead more: {links}\r\n"
    ).encode()


def engine(port: int, on: bool) -> Engine:
    s = settings_from_mapping(
        {
            "domains": {"local": ["agency.example"]},
            "dns": {"nameservers": [f"127.0.0.1:{port}"], "timeout": 1.0, "lifetime": 2.0},
            "engine": {"disabled": [] if on else ["dnsbl"]},
        }
    )
    return Engine(s, build_resolver(s), check_classes=[Dnsbl])


async def timed(e: Engine, raws: list[bytes]) -> float:
    t0 = time.perf_counter()
    for i, raw in enumerate(raws):
        env = Envelope(client_ip=f"198.51.{100 + i // 250}.{i % 250 + 1}", rcpt_to=("minh@agency.example",))
        await e.scan(parse_message(raw, env))
    return (time.perf_counter() - t0) / len(raws) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--latency", type=float, default=50.0, help="server answer delay, ms")
    args = ap.parse_args()
    zone = Lists(args.latency / 1000)
    srv = DNSServer(zone, address="127.0.0.1", port=0, logger=DNSLogger(log="-request,-reply,-recv,-send"))
    srv.start_thread()
    port = srv.server.server_address[1]
    raws = [message(i) for i in range(args.n)]
    off = asyncio.run(timed(engine(port, False), raws))
    on = engine(port, True)
    cold = asyncio.run(timed(on, raws))
    asked = zone.asked
    warm = asyncio.run(timed(on, raws))
    srv.stop()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        dead = engine(silent.getsockname()[1], True)
        first = asyncio.run(timed(dead, raws[:3]))
        paused = asyncio.run(timed(dead, raws))
    print(f"{args.n} messages, each a new client IP, sender and 3 linked domains; server latency {args.latency:.0f} ms")
    print(f"check off: {off:.3f} ms/msg")
    print(f"cold ({asked / args.n:.0f} questions/msg, in parallel): {cold:.1f} ms/msg")
    print(f"warm (all cached): {warm:.3f} ms/msg")
    print(f"dead resolver: first 3 messages {first:.0f} ms/msg (timeouts), then paused {paused:.3f} ms/msg")


if __name__ == "__main__":
    main()
