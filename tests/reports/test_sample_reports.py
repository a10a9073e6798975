"""CERT sample reports over real SMTP: original byte-identical, ARF, STIX, no duplicates, rate limits."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from mailwarden.delivery.smtp import relay_sync
from mailwarden.reports.dispatch import auto_report, send_samples
from mailwarden.reports.sample import Sample, build_report, extract_originals
from mailwarden.reports.settings import AutoRule, Destination, ReportSettings
from mailwarden.stores import Store
from mailwarden.stores.reports import ReportLog

Sink = Any


def settings(port: int, **dest: Any) -> ReportSettings:
    return ReportSettings(
        from_address="soc@agency.gov.vn",
        organisation="Sở TT&TT",
        relay=f"127.0.0.1:{port}",
        relay_tls="off",
        destinations={
            "vncert": Destination(to=["antispam@vncert.test"], language="vi", **dest),
            "12321": Destination(to=["abuse@12321.test"], language="zh", batch_size=2, max_per_hour=1),
        },
        auto=[
            AutoRule(name="malware", destination="vncert", symbols=["MALWARE_FOUND"]),
            AutoRule(name="spoof", destination="12321", dmarc_reject_protected=True),
        ],
    )


def send(relay: str, frm: str, rcpts: Any, data: bytes) -> None:
    relay_sync(relay, frm, rcpts, data, tls="off", timeout=10)


IOC = (("IOC_URL_HOST", "URL host login.bocongan-gov.com: bocongan-gov.com in cd2022 (malware)"),)


def test_sample_report_over_smtp_original_byte_identical_and_never_twice(
    sink: Sink, store: Store, original: bytes, record_event: Any
) -> None:
    ORIGINAL, record = original, record_event
    ev = record(store, symbols=(("MALWARE_FOUND", "x"), *IOC))
    st = settings(sink.port, stix=True)
    log = ReportLog(store)
    sample = Sample.from_event(store.get(ev.id).raw or b"", ev)
    res = send_samples([sample], "vncert", st, log, send)
    assert res.samples_sent == 1 and not res.failed
    (mail_from, rcpts, data) = sink.messages[0]
    assert mail_from == "soc@agency.gov.vn" and rcpts == ["antispam@vncert.test"]
    msg: Any = email.message_from_bytes(data, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/mixed"
    types = [p.get_content_type() for p in msg.iter_parts()]
    assert types == ["text/plain", "message/rfc822", "application/stix+json"]
    # the attached original is byte-for-byte the quarantined message
    assert extract_originals(data) == [ORIGINAL]
    inner = list(msg.iter_parts())[1].get_payload()[0]
    assert inner["Message-ID"] == "<evil-1@bocongan-gov.com>"
    summary = next(iter(msg.iter_parts())).get_content()
    assert "Kính gửi" in summary and "MALWARE_FOUND" in summary and "bocongan-gov[.]com" in summary
    assert "mx[.]attacker[.]example [203[.]0[.]113[.]9]" in summary  # received chain, defanged
    bundle = json.loads(list(msg.iter_parts())[2].get_content())
    assert any("domain-name:value = 'bocongan-gov.com'" in o.get("pattern", "") for o in bundle["objects"])
    # the same message again (even under another event id): refused by the log, nothing sent
    again = send_samples([sample, Sample.from_event(ORIGINAL, ev)], "vncert", st, log, send)
    assert again.duplicates == 2 and again.samples_sent == 0 and len(sink.messages) == 1
    [entry] = log.entries()
    assert entry.status == "sent" and entry.event_id == ev.id and entry.report_message_id


def test_arf_feedback_report(sink: Sink, store: Store, original: bytes, record_event: Any) -> None:
    ORIGINAL, record = original, record_event
    ev = record(store, symbols=(("DMARC_POLICY_REJECT", "p=reject"), *IOC), categories=("spoof",))
    st = settings(sink.port, arf=True)
    res = send_samples([Sample.from_event(ORIGINAL, ev)], "vncert", st, ReportLog(store), send)
    assert res.samples_sent == 1
    data = sink.messages[0][2]
    msg: Any = email.message_from_bytes(data, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/report" and msg.get_param("report-type") == "feedback-report"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "message/feedback-report", "message/rfc822"]
    fb = data.split(b"message/feedback-report", 1)[1]
    for field in (b"Feedback-Type: fraud", b"User-Agent: mailwarden/", b"Version: 1", b"Source-IP: 203.0.113.9"):
        assert field in fb
    assert b"Reported-Domain: bocongan-gov.com" in fb
    assert extract_originals(data) == [ORIGINAL]


def test_lf_only_original_gets_crlf_and_chinese_summary(original: bytes) -> None:
    ORIGINAL = original
    lf = ORIGINAL.replace(b"\r\n", b"\n")
    data, msgid = build_report(
        [Sample(raw=lf, action="reject", symbols=IOC)], Destination(to=["abuse@12321.test"], language="zh"), "a@b.c"
    )
    assert extract_originals(data) == [ORIGINAL] and msgid.startswith("<")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert "恶意/仿冒邮件样本报告" in str(msg["Subject"])


def test_auto_report_rules_batches_rate_limit_and_skips_unstored(
    sink: Sink, store: Store, original: bytes, record_event: Any
) -> None:
    ORIGINAL, record = original, record_event
    now = datetime.now(UTC)
    malware = record(store)
    spoofs = [
        record(
            store,
            raw=ORIGINAL.replace(b"evil-1", f"spoof-{i}".encode()),
            symbols=(("DMARC_POLICY_REJECT", "p=reject"),),
            categories=("spoof",),
            from_header=f"Văn phòng <vp{i}@agency.gov.vn>",
        )
        for i in range(5)
    ]
    record(store, raw=None, action="reject")  # rejected, not stored: cannot be reported
    record(
        store,
        symbols=(("DMARC_POLICY_REJECT", "p=reject"),),
        from_header="<x@other.example>",
        raw=ORIGINAL.replace(b"evil-1", b"other"),
    )  # not a protected domain
    st = settings(sink.port)
    log = ReportLog(store)

    def fetch(eid: str) -> bytes | None:
        try:
            return store.get(eid).raw
        except Exception:
            return None

    events = list(store.iter_events(since=now - timedelta(hours=1)))
    res = auto_report(events, fetch, st, ["agency.gov.vn"], log, send, now=now)
    assert res["malware->vncert"].samples_sent == 1
    spoof = res["spoof->12321"]
    # batch_size 2, one report per hour: one mail with two samples, three wait for the next hour
    assert spoof.samples_sent == 2 and spoof.rate_limited == 3 and len(spoof.sent) == 1
    assert len(sink.messages) == 2
    assert len(extract_originals(sink.messages[1][2])) == 2
    # next run in the same hour: nothing new goes out, nothing is sent twice
    res2 = auto_report(events, fetch, st, ["agency.gov.vn"], log, send, now=now)
    assert res2["malware->vncert"].duplicates == 1 and res2["spoof->12321"].rate_limited == 3
    assert len(sink.messages) == 2
    # an hour later the rest goes out in batches within the limit
    later = now + timedelta(hours=1, minutes=1)
    res3 = auto_report(events, fetch, st, ["agency.gov.vn"], log, send, now=later)
    assert res3["spoof->12321"].duplicates == 2
    assert res3["spoof->12321"].samples_sent == 2 and res3["spoof->12321"].rate_limited == 1
    assert {e.status for e in log.entries()} == {"sent"}
    assert malware.id in {e.event_id for e in log.entries()} and spoofs[0].id


def test_failed_send_logged_and_retried(store: Store, original: bytes, record_event: Any, unused_port: int) -> None:
    ORIGINAL, record = original, record_event
    ev = record(store)
    st = settings(unused_port)  # nobody listens
    log = ReportLog(store)
    res = send_samples([Sample.from_event(ORIGINAL, ev)], "vncert", st, log, send)
    assert res.failed and log.entries()[0].status == "failed"
    assert log.claim(Sample(ORIGINAL).sha256, "vncert", ["x"], "b2")  # a failed one may be retried
