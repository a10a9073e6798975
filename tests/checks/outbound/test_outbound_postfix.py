"""Outbound control through real Postfix and the milter: a redirected official document to a private
free-mail mailbox is refused with 5xx; a normal outbound message and a redirect to a peer government
domain are delivered.

The test Postfix (scripts/start_postfix.sh) refuses every recipient outside gw.test and localhost at
RCPT time (default_transport = error), so gmail.com itself never reaches the milter. The test therefore
tells mailwarden that gw.test is a free-mail provider (``domains.freemail_extra``, the gmail.com stand-in)
and that localhost is a peer government domain; our own domain is agency.gov.vn, so both are outbound
and Postfix really delivers what mailwarden accepts to ~testuser/Maildir.
"""

from __future__ import annotations

import smtplib
import uuid
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailwarden.adapters.milter import start_milter_server
from mailwarden.dlp import samples
from mailwarden.stores import open_store
from mailwarden.testing.inline import MILTER_PORT, AdapterThread, build_gateway, delivered, make_settings, send

pytestmark = pytest.mark.usefixtures("postfix")
FREEMAIL = "testuser@gw.test"  # stands in for alice.home@gmail.com
PEER = "testuser@localhost"  # stands in for someone@hanoi.gov.vn
SETTINGS_EXTRA = {
    "domains": {"local": ["agency.gov.vn"], "protected": ["agency.gov.vn"], "freemail_extra": ["gw.test"]},
    "checks": {"outbound_recipients": {"peer_patterns": {"vn": ["*.gov.vn", "localhost"]}}},
}


def official(token: str, redirected: bool, stamped: bool = True) -> bytes:
    m = EmailMessage()
    m["From"] = "Phong Tổng hợp <tonghop@partner.gov.vn>"
    m["To"] = "alice@agency.gov.vn"
    m["Subject"] = "Báo cáo tình hình quý II"
    m["Message-ID"] = f"<{token}@partner.gov.vn>"
    if redirected:  # what Pigeonhole adds when a Sieve "redirect" re-sends a delivered message
        m["Delivered-To"] = "alice@agency.gov.vn"
        m["X-Sieve-Redirected-From"] = "alice@agency.gov.vn"
    m.set_content("Kính gửi chị Alice, gửi kèm báo cáo.")
    lines = ["ỦY BAN NHÂN DÂN TỈNH X", "Độ mật: MẬT" if stamped else "Độ mật: Thường", "BÁO CÁO"]
    m.add_attachment(samples.docx(lines), maintype="application", subtype="octet-stream", filename="bao-cao.docx")
    return m.as_bytes()


def test_redirect_to_freemail_is_refused_and_peer_and_normal_mail_are_delivered(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, SETTINGS_EXTRA)
    store = open_store(settings.store.url)
    listen = f"inet:127.0.0.1:{MILTER_PORT}"
    with AdapterThread(lambda gw: start_milter_server(gw, listen), lambda: build_gateway(settings, store)):
        fwd = uuid.uuid4().hex
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(official(fwd, redirected=True, stamped=False), "alice@agency.gov.vn", FREEMAIL)
        text = err.value.smtp_error.decode() if isinstance(err.value.smtp_error, bytes) else err.value.smtp_error
        assert err.value.smtp_code == 550 and text.startswith("5.7.1")
        assert "OUTBOUND_" not in text  # no internals leak

        peer = uuid.uuid4().hex  # the same redirect to a peer government mailbox is allowed
        send(official(peer, redirected=True, stamped=False), "alice@agency.gov.vn", PEER)
        normal = uuid.uuid4().hex
        send(official(normal, redirected=False, stamped=False), "alice@agency.gov.vn", FREEMAIL)

        stamped = uuid.uuid4().hex  # a classified document never leaves, not even to a peer
        with pytest.raises(smtplib.SMTPDataError) as err2:
            send(official(stamped, redirected=False), "alice@agency.gov.vn", PEER)
        assert err2.value.smtp_code == 550
        assert delivered(peer) is not None
        copy = delivered(normal)  # a person's own mail to free-mail: warned (logged), not stopped
        # outbound mail carries none of our internal scoring headers to the outside
        assert copy is not None and b"X-Mailwarden-" not in copy
    assert delivered(stamped, timeout=1) is None
    events = {e.action: e for e in store.iter_events()}
    assert set(events) == {"reject", "accept"}
    names = [{s["name"] for s in e.symbols} for e in store.iter_events() if e.action == "reject"]
    assert any("OUTBOUND_AUTOFORWARD_PRIVATE" in n for n in names)
    assert any("DLP_CLASSIFIED_VN" in n for n in names)
    accepted = [{s["name"] for s in e.symbols} for e in store.iter_events() if e.action == "accept"]
    assert any("OUTBOUND_TO_FREEMAIL" in n for n in accepted)  # the warning is in the event log
    assert all(e.direction == "outbound" for e in store.iter_events())
