"""domain_age: RDAP registration dates over real HTTP on loopback, judged at the message's arrival time."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import create_engine, text

from mailwarden.checks.domainage.check import DomainAge
from mailwarden.checks.domainage.lookup import first_certificate, registration_date
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message import parse_message

REGISTERED = {
    "fresh-bank-login.example": "2020-01-05T10:00:00Z",  # 5 days before the message below arrived
    "new-sender.example": "2019-12-20T00:00:00Z",  # 21 days
    "young-shop.example": "2019-11-01T00:00:00+00:00",  # 70 days
    "old-partner.example": "2004-03-01T00:00:00Z",
    "reborn.example": "2023-06-01T00:00:00Z",  # registered again long after the message
    "hijacked-site.example": "2010-05-01T00:00:00Z",
}
# crt.sh-style answers: every logged certificate of the domain, oldest first or not.
CERTIFIED = {
    "hijacked-site.example": ["2020-01-07T08:00:00", "2020-04-01T00:00:00"],  # first one 3 days before
    "old-partner.example": ["2019-03-01T00:00:00", "2015-02-01T12:00:00"],
    "fresh-bank-login.example": ["2021-01-01T00:00:00"],  # only after the message arrived
}


class Rdap(BaseHTTPRequestHandler):
    calls: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).calls.append(self.path)
        if self.path.startswith("/ct?q="):
            certs = [
                {"issuer_name": "C=US, O=Let's Encrypt", "not_before": nb} for nb in CERTIFIED.get(self.path[6:], [])
            ]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(certs).encode())
            return
        domain = self.path.rpartition("/")[2]
        if domain.startswith("broken"):
            self.send_response(503)
            self.end_headers()
            return
        when = REGISTERED.get(domain)
        if when is None:
            self.send_response(404)
            self.end_headers()
            return
        body = json.dumps(
            {"objectClassName": "domain", "ldhName": domain,
             "events": [{"eventAction": "last changed", "eventDate": "2024-01-01T00:00:00Z"},
                        {"eventAction": "registration", "eventDate": when}]}
        ).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("Content-Type", "application/rdap+json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture()
def rdap() -> Iterator[str]:
    Rdap.calls = []
    ThreadingHTTPServer.request_queue_size = 64
    server = ThreadingHTTPServer(("127.0.0.1", 0), Rdap)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


STORE: list[str] = []  # the [store] url of this test (answers are kept there by default)


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path) -> Iterator[None]:
    STORE[:] = [f"sqlite:///{tmp_path}/mw.db"]
    yield
    STORE.clear()


def engine(base: str, **opts: object) -> Engine:
    options = {"rdap_url": f"{base}/domain/{{domain}}" if base else "", **opts}
    settings = settings_from_mapping(
        {"domains": {"local": ["agency.example"]}, "store": {"url": STORE[0]}, "checks": {"domain_age": options}}
    )
    return Engine(settings, FakeResolver({}), check_classes=[DomainAge])


def message(sender: str, link: str, received: str = "Fri, 10 Jan 2020 10:00:00 +0000") -> bytes:
    return (
        f"Received: from mx.{sender} ([198.51.100.9]) by mx.agency.example; {received}\r\n"
        f"From: Service <info@{sender}>\r\nTo: minh@agency.example\r\nSubject: Account notice\r\n"
        f"Date: {received}\r\nMessage-ID: <1@{sender}>\r\n\r\nPlease review: https://www.{link}/account\r\n"
    ).encode()


async def hits(e: Engine, raw: bytes) -> dict[str, str]:
    v = await e.scan(parse_message(raw))
    return {s.name: s.detail for s in v.symbols if s.check == "domain_age"}


async def test_new_linked_and_sender_domains_are_judged_at_arrival(rdap: str) -> None:
    e = engine(rdap)
    got = await hits(e, message("new-sender.example", "fresh-bank-login.example"))
    assert got["DOMAIN_AGE_URL_NEW"] == "fresh-bank-login.example (5 days)"
    assert got["DOMAIN_AGE_SENDER_NEW"] == "new-sender.example (21 days)"
    # The same mail arriving a year later: both domains have aged.
    later = await hits(e, message("new-sender.example", "fresh-bank-login.example", "Sun, 10 Jan 2021 10:00:00 +0000"))
    assert later == {}
    young = await hits(e, message("old-partner.example", "young-shop.example"))
    assert young == {"DOMAIN_AGE_YOUNG": "young-shop.example (70 days)"}
    assert await hits(e, message("old-partner.example", "old-partner.example")) == {}


async def test_unknown_reregistered_skipped_and_own_domains_are_not_judged(rdap: str) -> None:
    e = engine(rdap, skip_domains=["fresh-bank-login.example"])
    assert await hits(e, message("reborn.example", "unknown-domain.example")) == {}
    assert await hits(e, message("old-partner.example", "fresh-bank-login.example")) == {}
    assert await hits(e, message("agency.example", "sub.agency.example")) == {}
    asked = {c.rpartition("/")[2] for c in Rdap.calls}
    assert "fresh-bank-login.example" not in asked and "agency.example" not in asked
    assert {"reborn.example", "unknown-domain.example", "old-partner.example"} <= asked


async def test_answers_are_cached(rdap: str) -> None:
    e = engine(rdap)
    for _ in range(3):
        await hits(e, message("new-sender.example", "unknown-domain.example"))
    assert sorted(c.rpartition("/")[2] for c in Rdap.calls) == ["new-sender.example", "unknown-domain.example"]


async def test_an_unreachable_rdap_server_pauses_lookups_and_never_fails_the_message(rdap: str) -> None:
    e = engine(rdap, max_failures=2, pause_seconds=600)
    for i in range(4):
        v = await e.scan(parse_message(message(f"broken{i}.example", f"broken-link{i}.example")))
        assert not [s for s in v.symbols if s.check == "domain_age"] and not v.errors
    assert len(Rdap.calls) == 2  # the first message's two failures paused every later lookup
    dead = engine("http://127.0.0.1:9")  # nothing listens on the discard port
    v = await dead.scan(parse_message(message("new-sender.example", "fresh-bank-login.example")))
    assert not v.errors and not [s for s in v.symbols if s.check == "domain_age"]


async def test_off_without_rdap_url(rdap: str) -> None:
    assert await hits(engine(""), message("new-sender.example", "fresh-bank-login.example")) == {}
    assert Rdap.calls == []


async def test_a_linked_site_first_certified_days_before_arrival(rdap: str) -> None:
    e = engine(rdap, ct_url=f"{rdap}/ct?q={{domain}}")
    # An old domain (no DOMAIN_AGE_*), but its first certificate is 3 days old: a hijacked or new site.
    got = await hits(e, message("old-partner.example", "hijacked-site.example"))
    assert got == {"DOMAIN_CERT_NEW": "hijacked-site.example (3 days)"}
    # Certified only after the message arrived: not judged; the registration still is.
    got = await hits(e, message("old-partner.example", "fresh-bank-login.example"))
    assert got == {"DOMAIN_AGE_URL_NEW": "fresh-bank-login.example (5 days)"}
    # Senders are not looked up in CT (mail domains need no web site).
    assert not [c for c in Rdap.calls if c.startswith("/ct?q=old-partner")]
    ct_only = engine("", ct_url=f"{rdap}/ct?q={{domain}}")
    assert await hits(ct_only, message("old-partner.example", "hijacked-site.example")) == {
        "DOMAIN_CERT_NEW": "hijacked-site.example (3 days)"
    }


def test_registration_date_parsing() -> None:
    assert registration_date({"events": [{"eventAction": "registration", "eventDate": "2020-01-05"}]}) is not None
    assert registration_date({"events": [{"eventAction": "expiration", "eventDate": "2030-01-05T00:00:00Z"}]}) is None
    assert registration_date({"events": [{"eventAction": "registration", "eventDate": "not a date"}]}) is None
    assert registration_date(["not", "an", "object"]) is None
    first = first_certificate([{"not_before": "2020-03-01T00:00:00"}, {"not_before": "2019-01-02T03:04:05Z"}, {}])
    assert first is not None and first.isoformat() == "2019-01-02T03:04:05+00:00"
    assert first_certificate({"not": "a list"}) is None and first_certificate([]) is None


@pytest.mark.parametrize(
    "url", ["rdap.org/domain/{domain}", "https://rdap.example/domain/", "https://x.example/{domain}/{other}"]
)
def test_a_bad_url_template_is_a_config_error(url: str) -> None:
    with pytest.raises(ConfigError, match=r"domain_age\.rdap_url"):
        engine("", rdap_url=url)


async def test_unicode_domains_are_asked_as_a_labels(rdap: str) -> None:
    e = engine(rdap)
    await hits(e, message("old-partner.example", "bücher-shop.example"))
    assert "/domain/xn--bcher-shop-9db.example" in Rdap.calls


async def test_answers_are_shared_by_nodes_through_the_store_and_survive_a_restart(rdap: str) -> None:
    # The answers go to [store] url (inherited as store_url), which every node shares.
    first = engine(rdap, ct_url=f"{rdap}/ct?q={{domain}}")
    got = await hits(first, message("new-sender.example", "hijacked-site.example"))
    assert got == {
        "DOMAIN_AGE_SENDER_NEW": "new-sender.example (21 days)",
        "DOMAIN_CERT_NEW": "hijacked-site.example (3 days)",
    }
    asked = len(Rdap.calls)
    # Another node (or this one after a restart): same verdict, not one request to the services.
    second = engine(rdap, ct_url=f"{rdap}/ct?q={{domain}}")
    assert await hits(second, message("new-sender.example", "hijacked-site.example")) == got
    assert len(Rdap.calls) == asked
    # Expired answers are asked again.
    with create_engine(STORE[0]).begin() as conn:
        conn.execute(text("UPDATE domain_dates SET expires = 0"))
    third = engine(rdap, ct_url=f"{rdap}/ct?q={{domain}}")
    assert await hits(third, message("new-sender.example", "hijacked-site.example")) == got
    assert len(Rdap.calls) > asked
    # store_url = "": each process on its own.
    before = len(Rdap.calls)
    alone = engine(rdap, store_url="")
    await hits(alone, message("new-sender.example", "hijacked-site.example"))
    assert len(Rdap.calls) == before + 2


async def test_an_unusable_store_falls_back_to_asking_the_service(rdap: str) -> None:
    e = engine(rdap, store_url="postgresql://nobody@127.0.0.1:1/none")
    v = await e.scan(parse_message(message("new-sender.example", "fresh-bank-login.example")))
    assert not v.errors
    assert {s.name for s in v.symbols if s.check == "domain_age"} == {"DOMAIN_AGE_SENDER_NEW", "DOMAIN_AGE_URL_NEW"}
    with pytest.raises(ConfigError, match=r"domain_age\.store_url"):
        engine(rdap, store_url="mysql://x/y")
