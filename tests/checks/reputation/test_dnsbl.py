"""dnsbl: the shipped list definitions asked through the real resolver of a loopback DNS server that
serves the lists' zones (Spamhaus ZEN and DBL, SURBL, URIBL) with the answers those lists document."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dnslib import QTYPE, RCODE, RR, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer
from typer.testing import CliRunner

from mailwarden.checks.reputation.dnsbl import Dnsbl
from mailwarden.cli.common import build_resolver
from mailwarden.cli.main import app
from mailwarden.config import settings_from_mapping
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message import parse_message
from mailwarden.message.model import Envelope
from mailwarden.verdict import Action

# name -> A records, as the lists answer them (RFC 5782: listed names answer 127.0.0.0/8).
LISTED = {
    "7.100.51.198.zen.spamhaus.org": ["127.0.0.4", "127.0.0.10"],  # XBL + PBL
    "66.100.51.198.zen.spamhaus.org": ["127.0.0.2"],  # SBL
    "66.100.51.198.bl.spamcop.net": ["127.0.0.2"],
    "99.100.51.198.zen.spamhaus.org": ["127.255.255.254"],  # "you asked through a public resolver"
    "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org": ["127.0.0.3"],
    "phish-login.example.dbl.spamhaus.org": ["127.0.1.4"],
    "dropper.example.multi.surbl.org": ["127.0.0.24"],  # PH (8) + MW (16)
    "greyish.example.multi.uribl.com": ["127.0.0.4"],  # grey only: not a listing we score
    "junk-sender.example.dbl.spamhaus.org": ["127.0.1.2"],
    "hijacked.example.dbl.spamhaus.org": ["203.0.113.80"],  # a resolver rewriting NXDOMAIN to an ad server
}


class Lists(BaseResolver):  # type: ignore[misc]
    """Authoritative for every list zone: the names above, NXDOMAIN for the rest; records questions."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def resolve(self, request: Any, handler: Any) -> Any:
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        self.asked.append(name)
        answers = LISTED.get(name)
        if answers is None or request.q.qtype != QTYPE.A:
            reply.header.rcode = RCODE.NXDOMAIN
        else:
            for a in answers:
                reply.add_answer(RR(name, QTYPE.A, rdata=A(a), ttl=60))
        return reply


@pytest.fixture()
def lists() -> Iterator[tuple[int, Lists]]:
    zone = Lists()
    srv = DNSServer(zone, address="127.0.0.1", port=0, logger=DNSLogger(log="-request,-reply,-recv,-send"))
    srv.start_thread()
    yield srv.server.server_address[1], zone
    srv.stop()


def engine(port: int, **opts: Any) -> Engine:
    settings = settings_from_mapping(
        {
            "domains": {"local": ["agency.example"]},
            "network": {"internal_networks": ["127.0.0.0/8", "192.0.2.0/24"]},
            "dns": {"nameservers": [f"127.0.0.1:{port}"], "timeout": 0.3, "lifetime": 0.6},
            "checks": {"dnsbl": opts},
        }
    )
    return Engine(settings, build_resolver(settings), check_classes=[Dnsbl])


def message(
    link: str = "https://www.partner.example/", sender: str = "news@partner.example", received: str = ""
) -> bytes:
    return (
        f"{received}From: {sender}\r\nTo: minh@agency.example\r\nSubject: Notice\r\n"
        f"Date: Fri, 10 Jan 2020 10:00:00 +0000\r\nMessage-ID: <1@x>\r\n\r\nSee {link}\r\n"
    ).encode()


async def scan(e: Engine, raw: bytes, ip: str = "198.51.100.7", user: str | None = None) -> tuple[dict[str, str], Any]:
    m = parse_message(raw, Envelope(client_ip=ip, mail_from="a@partner.example", rcpt_to=("minh@agency.example",),
                                    authenticated_user=user))  # fmt: skip
    v = await e.scan(m)
    return {s.name: s.detail for s in v.symbols if s.check == "dnsbl"}, v


async def test_listed_sending_ips_score_by_what_the_list_says(lists: tuple[int, Lists]) -> None:
    port, zone = lists
    e = engine(port)
    got, v = await scan(e, message())
    assert got == {
        "RBL_EXPLOITED_HOST": "198.51.100.7 on zen.spamhaus.org (exploited)",
        "RBL_DYNAMIC_IP": "198.51.100.7 on zen.spamhaus.org (dynamic)",
    }
    assert v.score == pytest.approx(5.0 + 1.5)
    # Two lists, one meaning: one symbol, both lists named.
    got, _ = await scan(e, message(), ip="198.51.100.66")
    assert got == {
        "RBL_SPAM_SOURCE": "198.51.100.66 on zen.spamhaus.org (spam); 198.51.100.66 on bl.spamcop.net (spam)"
    }
    got, _ = await scan(e, message(), ip="2001:db8::1")  # IPv6: nibble-reversed name
    assert got == {"RBL_SPAM_SOURCE": "2001:db8::1 on zen.spamhaus.org (spam)"}
    got, _ = await scan(e, message(), ip="198.51.100.8")
    assert got == {}
    assert "8.100.51.198.zen.spamhaus.org" in zone.asked and "8.100.51.198.bl.spamcop.net" in zone.asked


async def test_behind_an_internal_relay_the_hop_that_handed_the_mail_in_is_asked(lists: tuple[int, Lists]) -> None:
    port, zone = lists
    e = engine(port)
    received = (
        "Received: from edge.agency.example (edge [10.1.2.3]) by gw.agency.example; Fri, 10 Jan 2020 10:00:02 +0000\r\n"
        "Received: from bad.example ([198.51.100.66]) by edge.agency.example; Fri, 10 Jan 2020 10:00:01 +0000\r\n"
        "Received: from forged ([198.51.100.7]) by bad.example; Fri, 10 Jan 2020 10:00:00 +0000\r\n"
    )
    got, _ = await scan(e, message(received=received), ip="10.1.2.3")
    assert set(got) == {"RBL_SPAM_SOURCE"} and "198.51.100.66" in got["RBL_SPAM_SOURCE"]
    # The forged hop below it is never asked about: whoever wrote it is not trusted.
    assert not any(q.startswith("7.100.51.198.") for q in zone.asked)
    shallow = engine(port, received_depth=1)
    got, _ = await scan(shallow, message(received=received), ip="10.1.2.3")
    assert got == {}


async def test_the_sites_own_users_are_not_asked_about(lists: tuple[int, Lists]) -> None:
    port, zone = lists
    e = engine(port)
    got, _ = await scan(e, message(), ip="198.51.100.7", user="minh")  # authenticated submission
    assert got == {}
    got, _ = await scan(e, message(), ip="192.0.2.10")  # a client in internal_networks
    assert got == {}
    assert not any(".zen.spamhaus.org" in q for q in zone.asked)


async def test_linked_and_sender_domains_on_domain_lists(lists: tuple[int, Lists]) -> None:
    port, zone = lists
    e = engine(port)
    got, v = await scan(e, message("https://secure.phish-login.example/owa"), ip="198.51.100.8")
    assert got == {"URIBL_PHISH": "phish-login.example (link) on dbl.spamhaus.org (phish)"}
    assert "phishing" in {c.value for c in v.categories}
    got, _ = await scan(e, message("http://cdn.dropper.example/invoice.zip"), ip="198.51.100.8")
    assert got == {
        "URIBL_PHISH": "dropper.example (link) on multi.surbl.org (phish)",
        "URIBL_MALWARE": "dropper.example (link) on multi.surbl.org (malware)",
    }
    got, _ = await scan(e, message(sender="offers@mail.junk-sender.example"), ip="198.51.100.8")
    assert got == {"URIBL_SPAM": "junk-sender.example (From) on dbl.spamhaus.org (spam)"}
    # The envelope sender and the HELO name of an outside client are asked too.
    env = Envelope(
        client_ip="198.51.100.8",
        helo="smtp.junk-sender.example",
        mail_from="bounce@partner.example",
        rcpt_to=("minh@agency.example",),
    )
    m = parse_message(message(), env)
    v = await e.scan(m)
    assert {s.name: s.detail for s in v.symbols if s.check == "dnsbl"} == {
        "URIBL_SPAM": "junk-sender.example (HELO) on dbl.spamhaus.org (spam)"
    }
    # URIBL grey and an answer outside 127/8 are not listings.
    got, _ = await scan(e, message("https://greyish.example/ https://hijacked.example/"), ip="198.51.100.8")
    assert got == {}
    # Own, protected and free-mail domains are never sent to a list.
    zone.asked.clear()
    await scan(e, message("https://intranet.agency.example/ https://mail.google.com/", sender="x@gmail.com"),
               ip="198.51.100.8")  # fmt: skip
    assert not any("agency.example" in q or "gmail.com" in q for q in zone.asked)


async def test_unicode_domains_are_asked_as_a_labels_and_malformed_hosts_never_pause_a_list(
    lists: tuple[int, Lists],
) -> None:
    port, _ = lists
    e = engine(port, max_failures=1, pause_seconds=600)
    LISTED["xn--bcher-kva.example.dbl.spamhaus.org"] = ["127.0.1.2"]
    try:
        got, _ = await scan(e, message("https://shop.bücher.example/"), ip="198.51.100.8")
        assert got == {"URIBL_SPAM": "xn--bcher-kva.example (link) on dbl.spamhaus.org (spam)"}
    finally:
        del LISTED["xn--bcher-kva.example.dbl.spamhaus.org"]
    for _ in range(3):  # hosts no DNS name can carry are skipped; they are not list failures
        got, v = await scan(e, message(f"http://{'a' * 70}.example/ http://x..example/"), ip="198.51.100.8")
        assert got == {} and not v.errors
    got, _ = await scan(e, message("https://secure.phish-login.example/"), ip="198.51.100.8")
    assert "URIBL_PHISH" in got  # the list still answers


async def test_a_list_refusing_the_resolver_gives_no_points(lists: tuple[int, Lists]) -> None:
    port, _ = lists
    got, v = await scan(engine(port), message(), ip="198.51.100.99")
    assert got == {"DNSBL_REFUSED": "zen.spamhaus.org"}
    assert v.score == 0.0 and v.action == Action.ACCEPT


async def test_extra_lists_add_to_the_defaults_and_lists_replace_them(lists: tuple[int, Lists]) -> None:
    port, zone = lists
    LISTED["7.100.51.198.rbl.cert.example"] = ["127.0.0.2"]
    try:
        national = {"zone": "rbl.cert.example", "kind": "ip", "codes": {"127.0.0.2": "spam"}}
        got, _ = await scan(engine(port, extra_lists=[national]), message())
        assert "198.51.100.7 on rbl.cert.example (spam)" in got["RBL_SPAM_SOURCE"] and "RBL_EXPLOITED_HOST" in got
        zone.asked.clear()
        got, _ = await scan(engine(port, lists=[national]), message("https://secure.phish-login.example/"))
        assert got == {"RBL_SPAM_SOURCE": "198.51.100.7 on rbl.cert.example (spam)"}
        assert all(q.endswith("rbl.cert.example") for q in zone.asked)
    finally:
        del LISTED["7.100.51.198.rbl.cert.example"]


async def test_an_unreachable_list_pauses_and_never_fails_or_holds_the_message() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:  # a DNS server that never answers
        silent.bind(("127.0.0.1", 0))
        e = engine(silent.getsockname()[1], max_failures=2, pause_seconds=600)
        for _ in range(2):  # each list times out once per message: two messages trip every list
            _, first = await scan(e, message())
            assert not first.errors and first.action == Action.ACCEPT
        t1 = time.monotonic()
        for _ in range(5):
            got, v = await scan(e, message())
            assert got == {} and not v.errors
        # Paused: the next five messages wait on no DNS at all (one lookup alone waits 0.6 s).
        assert time.monotonic() - t1 < 0.4


@pytest.mark.parametrize(
    ("lst", "match"),
    [
        ({"zone": "not a zone", "kind": "ip", "codes": {"127.0.0.2": "spam"}}, "zone"),
        ({"zone": "rbl.example", "kind": "ip", "codes": {"10.0.0.2": "spam"}}, "127.0.0.0/8"),
        ({"zone": "rbl.example", "kind": "ip", "codes": {"mask:300": "spam"}}, "mask"),
        ({"zone": "rbl.example", "kind": "ip", "codes": {"127.0.0.2": "nasty"}}, "codes"),
        ({"zone": "rbl.example", "kind": "url", "codes": {"127.0.0.2": "spam"}}, "kind"),
    ],
)
def test_a_bad_list_is_a_config_error(lst: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        engine(53, extra_lists=[lst])


async def test_offline_scans_skip_the_lists() -> None:
    settings = settings_from_mapping({"general": {"offline": True}})
    e = Engine(settings, build_resolver(settings), check_classes=[Dnsbl])
    v = await e.scan(parse_message(message()))
    assert "dnsbl" in v.skipped


def test_dnsbl_test_command_tells_which_lists_answer_this_resolver(lists: tuple[int, Lists], tmp_path: Path) -> None:
    port, _ = lists
    test_points = {
        "2.0.0.127.zen.spamhaus.org": ["127.0.0.2", "127.0.0.4", "127.0.0.10"],
        "dbltest.com.dbl.spamhaus.org": ["127.0.1.2"],
        "surbl-org-permanent-test-point.com.multi.surbl.org": ["127.0.0.254"],
        "test.uribl.com.multi.uribl.com": ["127.0.0.1"],  # URIBL refusing this resolver
        # SpamCop's 2.0.0.127 is missing: the list is not answering as it should
    }
    LISTED.update(test_points)
    cfg = tmp_path / "mw.toml"
    cfg.write_text(
        f'[dns]\nnameservers = ["127.0.0.1:{port}"]\ntimeout = 0.5\nlifetime = 1.0\n'
        '[checks.dnsbl]\nextra_lists = [{ zone = "rbl.cert.example", kind = "ip", codes = { "127.0.0.2" = "spam" } }]\n'
    )
    try:
        res = CliRunner().invoke(app, ["checks", "dnsbl-test", "-c", str(cfg), "--json"])
    finally:
        for k in test_points:
            del LISTED[k]
    assert res.exit_code == 1, res.output
    got = {d["zone"]: d["status"] for d in map(json.loads, res.output.splitlines())}
    assert got == {
        "zen.spamhaus.org": "ok",
        "dbl.spamhaus.org": "ok",
        "multi.surbl.org": "ok",
        "multi.uribl.com": "refused",
        "bl.spamcop.net": "not-listed",
        "rbl.cert.example": "no-test",
    }
