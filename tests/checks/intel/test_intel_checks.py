"""The intel_* checks in the mail flow: import into the store, scan messages, IOC_* symbols and actions."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from mailwarden.checks.intel.connect import IntelConnect
from mailwarden.checks.intel.domains import IntelDomains
from mailwarden.checks.intel.hashes import IntelHashes
from mailwarden.checks.intel.received import IntelReceived
from mailwarden.checks.intel.urls import IntelUrls
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.intel.importers import import_bytes
from mailwarden.intel.repository import IntelRepository, engine_for_url
from mailwarden.message import parse_message
from mailwarden.message.model import Envelope
from mailwarden.verdict import Action, Verdict

CHECKS = [IntelConnect, IntelReceived, IntelDomains, IntelUrls, IntelHashes]
PAYLOAD = b"MZ\x90\x00 fake dropper for tests"
MALWARE_LIST = f"""
# letter appendix, defanged
203.0.113[.]0/24        C&C block
2001:db8:bad::/48       v6 block
198.51.100.7
bocongan-gov[.]com      spoof domain
bộcông-an[.]vn          IDN look-alike, U-label form
{hashlib.sha256(PAYLOAD).hexdigest()}
"""
PHISH_LIST = """
hxxps://login.mail-gov[.]cn/owa/auth.aspx?x=1
ceo[@]freemail-fraud[.]example
c2-domain[.]example
"""


def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/mw.db"
    repo = IntelRepository(engine_for_url(url))
    repo.save(import_bytes(MALWARE_LIST.encode(), "cd2022.txt", name="cd2022"))
    repo.save(import_bytes(PHISH_LIST.encode(), "phish.txt", name="phish", category="phishing"))
    repo.engine.dispose()
    return url


def engine(url: str, **extra: Any) -> Engine:
    opts = {"store_url": url, "list_actions": extra.pop("list_actions", {})}
    settings = settings_from_mapping({"checks": {c.name: dict(opts) for c in CHECKS}, **extra})
    return Engine(settings, FakeResolver({}), check_classes=CHECKS)


def msg(
    body: str = "hello",
    frm: str = "a@sender.example",
    extra_headers: str = "",
    client_ip: str = "192.0.2.50",
    mail_from: str = "a@sender.example",
    rcpt: tuple[str, ...] = ("b@agency.gov.vn",),
    helo: str = "mx.sender.example",
    attachment: bytes | None = None,
) -> Any:
    head = f"Received: from mx.sender.example ({client_ip}) by mx.agency.gov.vn; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
    head += extra_headers + f"From: {frm}\r\nTo: b@agency.gov.vn\r\nSubject: t\r\nMessage-ID: <1@x>\r\n"
    if attachment is None:
        raw = (head + "\r\n" + body + "\r\n").encode()
    else:
        import base64

        b64 = base64.b64encode(attachment).decode()
        raw = (
            head + 'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/plain\r\n\r\n" + body + "\r\n--b\r\nContent-Type: application/octet-stream\r\n"
            'Content-Disposition: attachment; filename="hop.exe"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + b64
            + "\r\n--b--\r\n"
        ).encode()
    env = Envelope(client_ip=client_ip, helo=helo, mail_from=mail_from, rcpt_to=rcpt)
    return parse_message(raw, env)


async def scan(e: Engine, m: Any) -> Verdict:
    return await e.scan(m)


def names(v: Verdict) -> dict[str, str]:
    return {s.name: s.detail for s in v.symbols}


async def test_clean_message_no_hits_and_missing_store_is_harmless(tmp_path: Path) -> None:
    v = await scan(engine(store(tmp_path)), msg())
    assert not [s for s in v.symbols if s.name.startswith("IOC_")] and v.action is Action.ACCEPT
    v2 = await scan(engine(f"sqlite:///{tmp_path}/absent/none.db"), msg())
    assert not v2.errors and not (tmp_path / "absent").exists()


@pytest.mark.parametrize(
    ("ip", "listed"),
    [
        ("203.0.113.0", True),  # first address of the /24
        ("203.0.113.255", True),  # last
        ("203.0.112.255", False),  # one below
        ("203.0.114.0", False),  # one above
        ("198.51.100.7", True),
        ("198.51.100.8", False),
        ("2001:db8:bad:ffff:ffff:ffff:ffff:ffff", True),  # last of the /48
        ("2001:db8:bae::", False),
        ("::ffff:203.0.113.9", True),  # IPv4-mapped IPv6 client
    ],
)
async def test_connecting_ip_cidr_edges(tmp_path: Path, ip: str, listed: bool) -> None:
    v = await scan(engine(store(tmp_path)), msg(client_ip=ip))
    assert v.has("IOC_IP_CONNECT") is listed
    if listed:
        assert "cd2022 (malware)" in names(v)["IOC_IP_CONNECT"]


async def test_received_chain_ip_but_not_the_client_twice(tmp_path: Path) -> None:
    hop = "Received: from evil (unknown [203.0.113.77]) by relay.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n"
    v = await scan(engine(store(tmp_path)), msg(extra_headers=hop))
    assert v.has("IOC_IP_RECEIVED") and "203.0.113.0/24" in names(v)["IOC_IP_RECEIVED"]
    v2 = await scan(engine(store(tmp_path)), msg(client_ip="198.51.100.7"))
    assert v2.has("IOC_IP_CONNECT") and not v2.has("IOC_IP_RECEIVED")


async def test_domains_envelope_header_idn_email_and_rcpt(tmp_path: Path) -> None:
    e = engine(store(tmp_path))
    v = await scan(e, msg(mail_from="x@mail.bocongan-gov.com"))
    assert "bocongan-gov.com in cd2022" in names(v)["IOC_DOMAIN_ENVELOPE"]
    v = await scan(e, msg(frm="=?utf-8?q?B=E1=BB=99?= <vanthu@bộcông-an.vn>"))  # IDN in U-label form
    assert "bộcông-an.vn".encode("idna").decode() in names(v)["IOC_DOMAIN_HEADER"]
    v = await scan(e, msg(extra_headers="Reply-To: CEO <CEO@freemail-fraud.example>\r\n"))
    assert "phish (phishing)" in names(v)["IOC_EMAIL_SENDER"]
    v = await scan(e, msg(rcpt=("drop@c2-domain.example",)))
    assert v.has("IOC_DOMAIN_RCPT")
    v = await scan(e, msg(helo="relay.bocongan-gov.com"))
    assert v.has("IOC_DOMAIN_ENVELOPE")


async def test_url_normalisation_and_host(tmp_path: Path) -> None:
    e = engine(store(tmp_path))
    body = "Dang nhap: HTTP://Login.Mail-Gov.CN:443/owa/auth.aspx?x=1 ngay."
    v = await scan(e, msg(body=body))
    assert v.has("IOC_URL") and "phish (phishing)" in names(v)["IOC_URL"]
    v = await scan(e, msg(body="http://login.mail-gov.cn/owa/auth.aspx?x=2"))  # other query: not the listed URL
    assert not v.has("IOC_URL")
    v = await scan(e, msg(body="see https://cdn.c2-domain.example/a.png and http://203.0.113.5/x"))
    details = [s.detail for s in v.symbols if s.name == "IOC_URL_HOST"]
    assert any("c2-domain.example" in d for d in details) and any("203.0.113.0/24" in d for d in details)


async def test_attachment_hash_forced_reject_via_settings_and_list_action(tmp_path: Path) -> None:
    url = store(tmp_path)
    v = await scan(engine(url, forced={"IOC_HASH": "reject"}), msg(attachment=PAYLOAD))
    assert v.has("IOC_HASH") and "hop.exe" in names(v)["IOC_HASH"] and v.action is Action.REJECT
    v = await scan(engine(url, list_actions={"phish": "quarantine"}), msg(body="http://c2-domain.example/"))
    assert v.action is Action.QUARANTINE
    assert v.forced_by == "IOC_URL_HOST"
