"""The outbound checks in the engine: recipient policy, auto-forward policy, DLP per part and format."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest

from mailwarden.config import settings_from_mapping
from mailwarden.dlp import samples
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message.model import Envelope
from mailwarden.verdict import Action, Verdict

LOCAL = "agency.gov.vn"
ZONE = {
    "company.com": {"MX": ["10 mx.company.com."]},
    "mx.company.com": {"A": ["8.8.8.8"]},
}


def engine(checks: dict[str, Any] | None = None, **extra: Any) -> Engine:
    cfg: dict[str, Any] = {
        "general": {"authserv_id": "gw.test"},
        "domains": {"local": [LOCAL]},
        "network": {"internal_networks": ["10.0.0.0/8"]},
        "checks": checks or {},
        **extra,
    }
    return Engine(settings_from_mapping(cfg), FakeResolver(ZONE))


def message(
    subject: str = "Lịch họp",
    body: str = "Kính gửi anh chị.",
    attachments: dict[str, bytes] | None = None,
    headers: dict[str, str] | None = None,
    sender: str = f"alice@{LOCAL}",
    html: str | None = None,
) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "someone@example.org"
    m["Subject"] = subject
    m["Message-ID"] = "<t@agency.gov.vn>"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, data in (attachments or {}).items():
        m.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return m.as_bytes()


def env(*rcpts: str, user: str | None = "alice", ip: str = "10.1.1.1", mail_from: str | None = None) -> Envelope:
    return Envelope(client_ip=ip, mail_from=mail_from or f"alice@{LOCAL}", rcpt_to=rcpts, authenticated_user=user)


async def scan(raw: bytes, envelope: Envelope, eng: Engine | None = None) -> Verdict:
    return await (eng or engine()).scan_bytes(raw, envelope)


def syms(v: Verdict) -> set[str]:
    return {s.name for s in v.symbols if s.name.startswith(("OUTBOUND_", "DLP_"))}


# ---- recipients -------------------------------------------------------------------------------------------


async def test_recipient_classes_default_policy_warns_only() -> None:
    v = await scan(message(), env("x@gmail.com", "y@company.jp", "z@hanoi.gov.vn", "w@company.com.vn"))
    assert syms(v) == {"OUTBOUND_TO_FREEMAIL", "OUTBOUND_TO_FOREIGN"}
    assert v.action is Action.ACCEPT and v.forced_by is None
    detail = next(s.detail for s in v.symbols if s.name == "OUTBOUND_TO_FREEMAIL")
    assert detail == "x@gmail.com (private free-mail provider)"


async def test_recipient_policy_per_class_hold_reject_and_warn() -> None:
    checks = {"outbound_recipients": {"freemail": "reject", "foreign": "hold", "peer": "warn", "external": "warn"}}
    eng = engine(checks)
    assert (await scan(message(), env("x@gmail.com"), eng)).action is Action.REJECT
    held = await scan(message(), env("y@company.jp"), eng)
    assert held.action is Action.QUARANTINE and held.forced_by == "OUTBOUND_TO_FOREIGN"
    v = await scan(message(), env("z@hanoi.gov.vn", "w@company.com.vn"), eng)
    assert syms(v) == {"OUTBOUND_TO_PEER", "OUTBOUND_TO_EXTERNAL"} and v.action is Action.ACCEPT


async def test_inbound_and_internal_mail_is_not_outbound() -> None:
    inbound = Envelope(client_ip="203.0.113.9", mail_from="a@gmail.com", rcpt_to=(f"alice@{LOCAL}",))
    assert syms(await scan(message(sender="a@gmail.com"), inbound)) == set()
    internal = env(f"bob@{LOCAL}")
    assert syms(await scan(message(subject="[MẬT] nội bộ"), internal)) == set()


async def test_mx_country_lookup_when_enabled() -> None:
    eng = engine({"outbound_recipients": {"mx_geoip": True, "foreign": "hold"}})
    v = await scan(message(), env("x@company.com"), eng)
    assert v.action is Action.QUARANTINE and "MX hosts in US" in next(
        s.detail for s in v.symbols if s.name == "OUTBOUND_TO_FOREIGN"
    )


# ---- auto-forwarding --------------------------------------------------------------------------------------

FORWARD = {"X-Sieve-Redirected-From": f"alice@{LOCAL}", "Delivered-To": f"alice@{LOCAL}"}


async def test_autoforward_to_private_mailbox_is_rejected_by_default() -> None:
    v = await scan(message(headers=FORWARD), env("alice.home@gmail.com"))
    assert v.action is Action.REJECT and v.forced_by == "OUTBOUND_AUTOFORWARD_PRIVATE"
    assert {"OUTBOUND_AUTOFORWARD", "OUTBOUND_AUTOFORWARD_PRIVATE"} <= syms(v)
    assert "Sieve redirect" in next(s.detail for s in v.symbols if s.name == "OUTBOUND_AUTOFORWARD_PRIVATE")


async def test_autoforward_to_foreign_mailbox_is_rejected_by_default() -> None:
    v = await scan(message(headers={"Auto-Submitted": "auto-forwarded"}), env("a@company.jp"))
    assert v.action is Action.REJECT and v.forced_by == "OUTBOUND_AUTOFORWARD_FOREIGN"


async def test_autoforward_to_peer_is_allowed_and_to_external_warned() -> None:
    peer = await scan(message(headers=FORWARD), env("boss@hanoi.gov.vn"))
    assert syms(peer) == {"OUTBOUND_AUTOFORWARD"} and peer.action is Action.ACCEPT
    ext = await scan(message(headers=FORWARD), env("a@company.com.vn"))
    assert syms(ext) == {"OUTBOUND_AUTOFORWARD", "OUTBOUND_AUTOFORWARD_EXTERNAL"} and ext.action is Action.ACCEPT


async def test_autoforward_policy_is_configurable_and_works_without_the_recipients_check() -> None:
    eng = engine({"outbound_forwarding": {"private": "hold"}, "outbound_recipients": {"enabled": False}})
    v = await scan(message(headers=FORWARD), env("alice.home@gmail.com"), eng)
    assert v.action is Action.QUARANTINE and v.forced_by == "OUTBOUND_AUTOFORWARD_PRIVATE"


async def test_operator_forced_map_still_wins() -> None:
    eng = engine(forced={"OUTBOUND_AUTOFORWARD_PRIVATE": "quarantine"})
    v = await scan(message(headers=FORWARD), env("alice.home@gmail.com"), eng)
    assert v.action is Action.QUARANTINE


# ---- DLP --------------------------------------------------------------------------------------------------

STAMPED = ["ỦY BAN NHÂN DÂN TỈNH X", "Độ mật: TỐI MẬT", "BÁO CÁO TÌNH HÌNH"]
CN_STAMPED = ["机密★1年", "关于某项工作的通知"]
DOCS = {
    "bao-cao.docx": samples.docx(STAMPED),
    "bao-cao.xlsx": samples.xlsx([[t] for t in STAMPED]),
    "bao-cao.pptx": samples.pptx([STAMPED]),
    "bao-cao.odt": samples.odt(["nội dung"], header="MẬT"),
    "bao-cao.rtf": samples.rtf(STAMPED),
    "bao-cao.pdf": samples.pdf(STAMPED),
    "bao-cao.html": samples.html(STAMPED),
    "bao-cao.txt": "\n".join(STAMPED).encode(),
    "ho-so.zip": samples.zip_of({"in/bao-cao.docx": samples.docx(STAMPED)}),
}


@pytest.mark.parametrize("name", sorted(DOCS))
async def test_vietnamese_stamp_in_each_attachment_format_is_rejected(name: str) -> None:
    v = await scan(message(attachments={name: DOCS[name]}), env("partner@company.com.vn"))
    assert v.action is Action.REJECT and v.forced_by == "DLP_CLASSIFIED_VN"
    detail = next(s.detail for s in v.symbols if s.name == "DLP_CLASSIFIED_VN")
    assert name in detail


@pytest.mark.parametrize(
    ("part", "kwargs"),
    [
        ("subject", {"subject": "机密★ 关于会议的通知"}),
        ("body", {"body": "\n".join(CN_STAMPED)}),
        ("html body", {"html": "<p>密级：机密</p>"}),
        ("a.pdf", {"attachments": {"a.pdf": samples.pdf(CN_STAMPED)}}),
    ],
)
async def test_chinese_stamp_in_subject_body_and_attachments(part: str, kwargs: dict[str, Any]) -> None:
    v = await scan(message(**kwargs), env("x@hanoi.gov.vn"))
    assert v.forced_by == "DLP_CLASSIFIED_CN" and v.action is Action.REJECT
    assert next(s.detail for s in v.symbols if s.name == "DLP_CLASSIFIED_CN").startswith(part)


async def test_identifiers_are_held_to_outsiders_but_not_to_peers() -> None:
    ids = "\n".join(
        [
            f"CCCD: {samples.vn_citizen_id()}",
            f"身份证: {samples.cn_resident_id()}",
            f"Số thẻ: {samples.card_number()}",
        ]
        + [f"09{i:08d}" for i in range(25)]
    )
    v = await scan(
        message(attachments={"ds.xlsx": samples.xlsx([[line] for line in ids.splitlines()])}), env("x@gmail.com")
    )
    assert {"DLP_VN_CITIZEN_ID", "DLP_CN_RESIDENT_ID", "DLP_BANK_CARD", "DLP_PHONE_NUMBERS"} <= syms(v)
    assert v.action is Action.QUARANTINE
    detail = next(s.detail for s in v.symbols if s.name == "DLP_VN_CITIZEN_ID")
    assert detail == "ds.xlsx: CCCD: 0010*****345" and samples.vn_citizen_id() not in str(v.to_json())
    peer = await scan(message(body=ids), env("x@hanoi.gov.vn"))
    assert not {"DLP_VN_CITIZEN_ID", "DLP_BANK_CARD"} & syms(peer) and peer.action is Action.ACCEPT


async def test_keyword_dictionary_exemptions_and_unscannable() -> None:
    checks = {
        "outbound_dlp": {
            "dictionaries": {"du-an": ["Dự án Sao Mai"]},
            "exempt_senders": ["vanthu@agency.gov.vn"],
            "unscannable": "hold",
        }
    }
    eng = engine(checks)
    v = await scan(message(body="Gửi tài liệu dự án Sao Mai"), env("x@company.com.vn"), eng)
    assert v.forced_by == "DLP_KEYWORD" and v.action is Action.QUARANTINE
    exempt = await scan(
        message(body="Độ mật: MẬT", sender="vanthu@agency.gov.vn"),
        env("x@company.com.vn", mail_from="vanthu@agency.gov.vn"),
        eng,
    )
    assert "DLP_CLASSIFIED_VN" not in syms(exempt)
    locked = samples.zip_of({"secret.docx": b"x"}, encrypted=["secret.docx"])
    u = await scan(message(attachments={"locked.zip": locked}), env("x@company.com.vn"), eng)
    assert u.forced_by == "DLP_UNSCANNABLE" and "encrypted" in next(
        s.detail for s in u.symbols if s.name == "DLP_UNSCANNABLE"
    )


async def test_dlp_direction_option_and_plain_mail() -> None:
    inbound = Envelope(client_ip="203.0.113.9", mail_from="a@partner.example", rcpt_to=(f"alice@{LOCAL}",))
    raw = message(subject="[MẬT] tài liệu", sender="a@partner.example")
    assert "DLP_CLASSIFIED_VN" not in syms(await scan(raw, inbound))
    both = engine({"outbound_dlp": {"directions": ["inbound", "outbound"]}})
    assert "DLP_CLASSIFIED_VN" in syms(await scan(raw, inbound, both))
    clean = await scan(message(body="Mật khẩu wifi phòng họp là 12345678. Bí mật nhé!"), env("x@gmail.com"))
    assert not {s for s in syms(clean) if s.startswith("DLP_")}
