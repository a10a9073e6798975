"""Auto-forward signals from headers and envelope."""

from __future__ import annotations

from mailwarden.message.model import Envelope
from mailwarden.message.parser import parse_message
from mailwarden.outbound.autoforward import analyse

LOCAL = ("agency.gov.vn",)


def names(headers: str, env: Envelope | None = None, authserv: str = "") -> tuple[bool, list[str]]:
    raw = (headers + "Subject: s\r\nTo: x@gmail.com\r\n\r\nbody\r\n").encode()
    a = analyse(parse_message(raw, env), LOCAL, authserv)
    return a.is_autoforward, [s.name for s in a.signals]


def test_person_written_mail_is_not_a_forward() -> None:
    env = Envelope(mail_from="alice@agency.gov.vn", rcpt_to=("x@gmail.com",), authenticated_user="alice")
    assert names("From: alice@agency.gov.vn\r\n", env) == (False, [])


def test_each_strong_marker_alone_is_a_forward() -> None:
    for header in (
        "Resent-From: alice@agency.gov.vn",
        "X-Forwarded-To: x@gmail.com",
        "X-MS-Exchange-Inbox-Rules-Loop: alice@agency.gov.vn",
        "X-Sieve-Redirected-From: alice@agency.gov.vn",
        "Auto-Submitted: auto-forwarded",
        "X-Zimbra-Forwarded: yes",
    ):
        forward, found = names(f"From: alice@agency.gov.vn\r\n{header}\r\n")
        assert forward, header
        assert found


def test_auto_replies_are_not_forwards() -> None:
    assert names("From: alice@agency.gov.vn\r\nAuto-Submitted: auto-replied\r\n") == (False, ["Auto-Submitted"])


def test_srs_sender_and_outside_from() -> None:
    env = Envelope(mail_from="SRS0=abcd=XY=partner.example=bob@agency.gov.vn", rcpt_to=("x@gmail.com",))
    forward, found = names("From: bob@partner.example\r\n", env)
    assert forward and found == ["SRS", "SENDER_MISMATCH"]


def test_redirect_keeps_delivered_to_of_another_mailbox() -> None:
    env = Envelope(mail_from="bob@partner.example", rcpt_to=("x@gmail.com",), authenticated_user="alice@agency.gov.vn")
    forward, found = names("From: bob@partner.example\r\nDelivered-To: carol@agency.gov.vn\r\n", env)
    assert forward and {"Delivered-To", "ORIGINAL_RCPT"} <= set(found)


def test_our_own_inbound_stamp_means_resent_unchanged() -> None:
    forward, found = names(
        "Authentication-Results: gw.test; spf=pass\r\nFrom: bob@partner.example\r\n", authserv="gw.test"
    )
    assert forward and found[0] == "INBOUND_COPY"
    assert (
        names("Authentication-Results: mx.other; spf=pass\r\nFrom: a@agency.gov.vn\r\n", authserv="gw.test")[0] is False
    )
