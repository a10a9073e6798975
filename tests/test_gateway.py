"""Gateway: outbound mail leaves DKIM-signed without our scoring headers; inbound gets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.auth.dkim import verify_dkim
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.gateway import Gateway
from mailwarden.message.model import Envelope
from mailwarden.outbound.signing import generate_key
from mailwarden.verdict import Action

RAW = (
    b"From: Van thu <vanthu@bo.gov.vn>\r\nTo: partner@partner.example\r\nSubject: Cong van so 12\r\n"
    b"Date: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <cv12@bo.gov.vn>\r\n\r\nKinh gui quy co quan.\r\n"
)


def gateway(tmp_path: Path) -> tuple[Gateway, FakeResolver]:
    key, txt = generate_key("ed25519-sha256")
    (tmp_path / "ed.key").write_bytes(key)
    settings = settings_from_mapping(
        {
            "general": {"authserv_id": "mx.bo.gov.vn"},
            "network": {"internal_networks": ["10.0.0.0/8"]},
            "domains": {"local": ["bo.gov.vn"]},
            "dkim": {"keys": [{"domain": "bo.gov.vn", "selector": "mw1", "algorithm": "ed25519-sha256",
                               "key_file": str(tmp_path / "ed.key")}]},
            # auto-learning writes to the classifier's store: keep it out of the working directory
            "checks": {"spam_classifier": {"store_url": f"sqlite:///{tmp_path}/learn.db"}},
        }
    )  # fmt: skip
    resolver = FakeResolver({"mw1._domainkey.bo.gov.vn": {"TXT": [txt]}})
    return Gateway(Engine(settings, resolver), None, settings), resolver


async def test_outbound_is_dkim_signed_and_carries_no_internal_headers(tmp_path: Path) -> None:
    gw, resolver = gateway(tmp_path)
    env = Envelope(client_ip="10.1.2.3", mail_from="vanthu@bo.gov.vn", rcpt_to=("partner@partner.example",))
    disp = await gw.process(RAW, env, "milter")
    assert disp.action is Action.ACCEPT
    names = [n for n, _ in disp.headers]
    assert names == ["DKIM-Signature"]
    signed = f"DKIM-Signature: {disp.headers[0][1]}\r\n".encode() + RAW
    outcome = verify_dkim(signed, lambda name, rdtype: resolver.resolve_sync(name, rdtype))
    assert outcome.result == "pass" and outcome.signatures[0].domain == "bo.gov.vn"


async def test_inbound_gets_authentication_results_and_our_headers(tmp_path: Path) -> None:
    gw, _ = gateway(tmp_path)
    env = Envelope(client_ip="203.0.113.5", helo="mx.partner.example", mail_from="a@partner.example",
                   rcpt_to=("vanthu@bo.gov.vn",))  # fmt: skip
    disp = await gw.process(RAW.replace(b"vanthu@bo.gov.vn>", b"a@partner.example>"), env, "milter")
    names = [n for n, _ in disp.headers]
    assert "Authentication-Results" in names and "X-Mailwarden-Score" in names
    assert "DKIM-Signature" not in names


async def test_a_parser_bug_tempfails_the_message_or_accepts_it_per_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before, a parser exception other than MessageError escaped the gateway: the adapter tempfailed
    # even where the operator chose on_error = "accept", and `mailwarden scan` stopped at the message.
    import mailwarden.engine.runner as runner

    def explode(*a: object, **k: object) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(runner, "parse_message", explode)
    gw, _ = gateway(tmp_path)
    env = Envelope(client_ip="203.0.113.5", mail_from="a@partner.example", rcpt_to=("vanthu@bo.gov.vn",))
    disp = await gw.process(RAW, env, "milter")
    assert disp.action is Action.TEMPFAIL
    settings = settings_from_mapping(
        {"general": {"on_error": "accept"}, "checks": {"spam_classifier": {"store_url": f"sqlite:///{tmp_path}/l.db"}}}
    )
    disp = await Gateway(Engine(settings, FakeResolver({})), None, settings).process(RAW, env, "milter")
    assert disp.action is Action.ACCEPT
