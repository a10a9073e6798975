"""Text typed with combining accents ("Unicode tổ hợp" in Unikey/Vietkey, NFD from macOS) reads as composed text:
a lure cannot hide from the classifier by decomposing its Vietnamese."""

from __future__ import annotations

import unicodedata
from email.message import EmailMessage

from mailwarden.config import settings_from_mapping
from mailwarden.dns import OfflineResolver
from mailwarden.engine import Engine
from mailwarden.message.charsets import decode_text

LURE = (
    "Kính gửi quý khách,\n\nMật khẩu hộp thư của quý khách sẽ hết hạn trong 24 giờ. Vui lòng đăng nhập tại "
    "http://mail-xacthuc.example/login để giữ lại mật khẩu cũ và tránh bị khóa tài khoản.\n\nBộ phận kỹ thuật"
)


def test_decomposed_accents_are_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Mật khẩu hết hạn")
    assert decode_text(nfd.encode("utf-8"), "utf-8") == ("Mật khẩu hết hạn", False)
    # windows-1258 spells tones with combining marks: composed too
    assert decode_text(b"M\xe2\xf2t", "windows-1258")[0] == "Mật"


def _letter(body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "IT <it@mail-xacthuc.example>"
    m["To"] = "a@agency.example"
    m["Subject"] = "Thông báo"
    m["Date"] = "Mon, 17 Nov 2025 09:00:00 +0700"
    m["Message-ID"] = "<x1@x.example>"
    m.set_content(body)
    return bytes(m)


async def test_a_decomposed_lure_gets_the_verdict_of_the_composed_one() -> None:
    cfg = {"general": {"offline": True}, "checks": {"spam_classifier": {"learning": False}}}
    engine = Engine(settings_from_mapping(cfg), OfflineResolver())
    composed = await engine.scan_bytes(_letter(unicodedata.normalize("NFC", LURE)))
    decomposed = await engine.scan_bytes(_letter(unicodedata.normalize("NFD", LURE)))
    # Measured before: 7.1 points (tagged) composed, 0.2 (accepted) decomposed.
    assert composed.action.value != "accept"
    assert decomposed.action == composed.action and abs(decomposed.score - composed.score) < 0.01
