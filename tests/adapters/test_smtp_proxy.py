"""SMTP proxy with aiosmtpd on both sides: verdict replies, relaying, STARTTLS, next hop down."""

from __future__ import annotations

import smtplib
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from mailwarden.adapters.smtp_proxy import start_proxy_server
from mailwarden.stores import open_store
from mailwarden.testing.inline import AdapterThread, build_gateway, make_settings, unique_message

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
PROXY_PORT = 11991
SINK_PORT = 11992


class Sink:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.messages.append((envelope.mail_from or "", list(envelope.rcpt_tos), envelope.original_content or b""))
        return "250 OK"


@pytest.fixture
def sink() -> Iterator[Sink]:
    handler = Sink()
    ctl = Controller(handler, hostname="127.0.0.1", port=SINK_PORT)
    ctl.start()
    yield handler
    ctl.stop()


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=mx.gw.test",
         "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    return str(d / "cert.pem"), str(d / "key.pem")


def proxy(tmp_path: Path, mode: str, cert: tuple[str, str] | None = None, **extra: object) -> AdapterThread:
    px = {"listen": f"127.0.0.1:{PROXY_PORT}", "mode": mode, "next_hop": f"127.0.0.1:{SINK_PORT}"}
    if cert:
        px.update(tls_cert=cert[0], tls_key=cert[1])
    settings = make_settings(tmp_path, {"proxy": px, **extra})
    store = open_store(settings.store.url)
    return AdapterThread(
        lambda gw: start_proxy_server(gw, settings.proxy, 10_000_000), lambda: build_gateway(settings, store)
    )


def submit(raw: bytes, starttls: bool = False, sender: str = "alice@partner.example") -> None:
    with smtplib.SMTP("127.0.0.1", PROXY_PORT, timeout=30) as s:
        if starttls:
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            s.starttls(context=ctx)
        s.sendmail(sender, ["testuser@gw.test"], raw)


def test_before_queue_relays_clean_mail_with_headers_over_starttls(
    tmp_path: Path, sink: Sink, cert: tuple[str, str]
) -> None:
    with proxy(tmp_path, "before_queue", cert):
        token, raw = unique_message("hello proxy")
        submit(raw, starttls=True)
    assert len(sink.messages) == 1
    mail_from, rcpts, data = sink.messages[0]
    assert mail_from == "alice@partner.example" and rcpts == ["testuser@gw.test"]
    assert token.encode() in data
    assert data.startswith(b"Authentication-Results: gw.test;")
    assert b"X-Mailwarden-Action: accept" in data


def test_before_queue_reject_is_the_reply_and_nothing_is_relayed(tmp_path: Path, sink: Sink) -> None:
    with proxy(tmp_path, "before_queue"):
        _t, raw = unique_message("spam", body=GTUBE)
        with pytest.raises(smtplib.SMTPDataError) as err:
            submit(raw)
    assert err.value.smtp_code == 550
    assert sink.messages == []


def test_after_queue_reject_is_kept_in_quarantine_not_bounced(tmp_path: Path, sink: Sink) -> None:
    px = proxy(tmp_path, "after_queue")
    with px:
        _t, raw = unique_message("spam", body=GTUBE)
        submit(raw)  # 250: no bounce to a possibly forged sender
        assert px.gateway is not None and px.gateway.store is not None
        items = px.gateway.store.list_quarantine()
    assert sink.messages == []
    assert len(items) == 1 and items[0].event.action == "reject"


def test_next_hop_down_answers_451_so_the_sender_retries(tmp_path: Path) -> None:
    with proxy(tmp_path, "before_queue"):  # no sink running on SINK_PORT
        _t, raw = unique_message("hello")
        with pytest.raises(smtplib.SMTPDataError) as err:
            submit(raw)
    assert err.value.smtp_code == 451


def test_quarantine_verdict_is_stored_and_answered_250(tmp_path: Path, sink: Sink) -> None:
    px = proxy(tmp_path, "before_queue", scores={"GTUBE": 12.0})
    with px:
        _token, raw = unique_message("q", body=GTUBE)
        submit(raw)
        assert px.gateway is not None and px.gateway.store is not None
        item = px.gateway.store.get(px.gateway.store.list_quarantine()[0].event.id)
    assert sink.messages == []
    assert item.raw == raw
