"""The milter adapter in a real Postfix mail flow (scripts/start_postfix.sh): nothing is lost."""

from __future__ import annotations

import json
import smtplib
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mailwarden.adapters.milter import start_milter_server
from mailwarden.cli.main import app
from mailwarden.gateway import Gateway
from mailwarden.stores import open_store
from mailwarden.testing.inline import (
    MILTER_PORT,
    AdapterThread,
    FlakyStore,
    build_gateway,
    delivered,
    make_settings,
    send,
    unique_message,
)

pytestmark = pytest.mark.usefixtures("postfix")
LISTEN = f"inet:127.0.0.1:{MILTER_PORT}"
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
runner = CliRunner()


def milter(factory: Callable[[], Gateway]) -> AdapterThread:
    return AdapterThread(lambda gw: start_milter_server(gw, LISTEN), factory)


def header_block(data: bytes) -> str:
    return data.split(b"\n\n", 1)[0].decode("utf-8", "replace")


def test_clean_mail_is_delivered_with_auth_results_and_our_headers(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    store = open_store(settings.store.url)
    with milter(lambda: build_gateway(settings, store)):
        token, raw = unique_message("Lich hop tuan toi")
        send(raw)
        copy = delivered(token)
    assert copy is not None, "clean message not delivered"
    head = header_block(copy)
    # SPF of partner.example authorises 127.0.0.0/8 in the fake zone -> pass; DMARC pass (aligned SPF)
    assert "Authentication-Results: gw.test;" in head
    assert "spf=pass" in head and "dmarc=pass" in head
    assert "X-Mailwarden-Action: accept" in head
    assert head.index("Authentication-Results") < head.index("Received: from")
    events = list(store.iter_events())
    assert len(events) == 1 and events[0].action == "accept" and events[0].adapter == "milter"
    assert events[0].queue_id and events[0].rcpt_to == ("testuser@gw.test",)


def test_spam_is_quarantined_not_delivered_and_release_delivers_it(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {"scores": {"GTUBE": 12.0}})  # 10 <= 12 < 15 -> quarantine
    store = open_store(settings.store.url)
    with milter(lambda: build_gateway(settings, store)):
        token, raw = unique_message("cheap watches", body=GTUBE)
        send(raw)  # 250: Postfix accepted it, the milter discarded its copy after storing ours
        assert delivered(token, timeout=3) is None
    items = store.list_quarantine()
    assert len(items) == 1
    item = store.get(items[0].event.id)
    assert item.raw is not None and token.encode() in item.raw and GTUBE.encode() in item.raw
    assert "spam" in item.event.categories
    cfg = tmp_path / "mw.toml"
    cfg.write_text(
        f'[store]\nurl = "{settings.store.url}"\n'
        f'[quarantine]\nrelease_next_hop = "{settings.quarantine.release_next_hop}"\n'
    )
    listed = runner.invoke(app, ["quarantine", "list", "--json", "-c", str(cfg)])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert [r["id"] for r in rows] == [item.event.id] and "spam" in rows[0]["categories"]
    shown = runner.invoke(app, ["quarantine", "show", item.event.id, "-c", str(cfg)])
    assert "GTUBE" in shown.stdout and "cheap watches" in shown.stdout
    res = runner.invoke(app, ["quarantine", "release", item.event.id, "-c", str(cfg), "--by", "admin"])
    assert res.exit_code == 0, res.output
    assert "learned as ham" in res.output  # a release teaches the site's classifier (shared store)
    from mailwarden.classifier.learned import LearningRepository

    assert LearningRepository(store.engine).stats().ham == 1
    assert LearningRepository(store.engine).stats().by_source.get("release_ham") == 1
    copy = delivered(token)
    assert copy is not None and b"X-Mailwarden-Released: by admin" in copy
    assert store.get(item.event.id).status == "released"
    again = runner.invoke(app, ["quarantine", "release", item.event.id, "-c", str(cfg)])
    assert again.exit_code != 0  # never released twice


def test_dmarc_reject_from_protected_domain_is_refused_with_5xx(tmp_path: Path) -> None:
    # 127.0.0.1 is outside here; example.gov.vn's SPF does not list it and it publishes p=reject
    settings = make_settings(tmp_path, {"network": {"internal_networks": []}})
    store = open_store(settings.store.url)
    with milter(lambda: build_gateway(settings, store)):
        token, raw = unique_message("Cong van", sender="vanphong@example.gov.vn")
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(raw, sender="vanphong@example.gov.vn")
    assert err.value.smtp_code == 550
    text = err.value.smtp_error.decode()
    assert text.startswith("5.7.1") and "spoofed sender" in text
    assert "DMARC_" not in text and "score" not in text  # no internals leak
    assert delivered(token, timeout=2) is None
    ev = next(iter(store.iter_events()))
    assert ev.action == "reject" and ev.auth["dmarc"] == "fail"
    assert {"DMARC_POLICY_REJECT", "SPOOF_PROTECTED_DOMAIN"} <= {s["name"] for s in ev.symbols}


def test_quarantine_store_failure_tempfails_and_the_retry_is_kept(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {"scores": {"GTUBE": 12.0}})  # quarantine verdict
    flaky = FlakyStore(open_store(settings.store.url))
    with milter(lambda: build_gateway(settings, flaky)):
        token, raw = unique_message("suspicious", body=GTUBE)
        flaky.broken = True
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(raw)
        assert err.value.smtp_code == 451  # not stored -> not accepted: the sender keeps the message
        flaky.broken = False
        send(raw)  # the sender's retry
    assert delivered(token, timeout=2) is None
    items = flaky.inner.list_quarantine()
    assert len(items) == 1 and token.encode() in (flaky.inner.get(items[0].event.id).raw or b"")


def test_sync_event_log_failure_tempfails_and_the_retry_is_delivered_once(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {"store": {"event_log": "sync"}})
    flaky = FlakyStore(open_store(settings.store.url))
    with milter(lambda: build_gateway(settings, flaky)):
        token, raw = unique_message("important")
        flaky.broken = True
        with pytest.raises(smtplib.SMTPDataError) as err:
            send(raw)
        assert err.value.smtp_code == 451
        assert delivered(token, timeout=2) is None
        flaky.broken = False
        send(raw)
        copy = delivered(token)
    assert copy is not None and copy.count(token.encode()) == 1
    assert flaky.inner.count_events() == 1


def test_filter_down_defers_and_queued_mail_is_delivered_when_it_is_back(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    store = open_store(settings.store.url)
    token, raw = unique_message("queued while filter down")
    # local submission through Postfix's own queue (sendmail -> pickup -> cleanup -> non_smtpd_milters):
    # with the milter down, Postfix must keep the message and deliver it after the filter returns
    subprocess.run(
        ["/usr/sbin/sendmail", "-f", "alice@partner.example", "testuser@gw.test"], input=raw, check=True, timeout=30
    )
    assert delivered(token, timeout=3) is None
    queue = subprocess.run(["postqueue", "-j"], capture_output=True, text=True, check=True).stdout
    assert token[:8] or queue is not None
    with milter(lambda: build_gateway(settings, store)):
        subprocess.run(["postqueue", "-f"], check=True)
        subprocess.run(["postqueue", "-i", "ALL"], check=False, capture_output=True)
        copy = delivered(token, timeout=90)
    assert copy is not None, "message lost or not retried"
    assert b"X-Mailwarden-Action: accept" in copy


def test_early_reject_at_rcpt_and_subject_tag(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        {"forced": {"R_SPF_FAIL": "reject"}, "network": {"internal_networks": []}, "actions": {"add_header": -100.0}},
    )
    store = open_store(settings.store.url)
    with milter(lambda: build_gateway(settings, store)):
        _token, raw = unique_message("x", sender="vanphong@example.gov.vn")
        with pytest.raises(smtplib.SMTPRecipientsRefused) as err:
            send(raw, sender="vanphong@example.gov.vn")
        code, text = err.value.recipients["testuser@gw.test"]
        assert code == 550 and b"5.7.1" in text
        token, raw2 = unique_message("Bao gia", body="hello", extra="")
        send(raw2)
        copy = delivered(token)
    assert copy is not None
    assert "Subject: [SPAM] Bao gia" in header_block(copy)


def test_hold_mode_puts_the_message_on_postfix_hold(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {"scores": {"GTUBE": 12.0}, "quarantine": {"mode": "hold"}})
    store = open_store(settings.store.url)
    with milter(lambda: build_gateway(settings, store)):
        token, raw = unique_message("hold me", body=GTUBE)
        send(raw)
    assert delivered(token, timeout=2) is None
    held: list[dict[str, Any]] = []
    for line in subprocess.run(["postqueue", "-j"], capture_output=True, text=True, check=True).stdout.splitlines():
        entry = json.loads(line)
        if entry.get("queue_name") == "hold":
            held.append(entry)
    assert held, "no message on hold"
    ev = next(iter(store.iter_events()))
    assert ev.action == "quarantine" and ev.queue_id in {h["queue_id"] for h in held}
    subprocess.run(["postsuper", "-d", "ALL", "hold"], check=False, capture_output=True)
