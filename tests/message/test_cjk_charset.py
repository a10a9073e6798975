"""Chinese, Japanese and Korean text sent with no charset or under a Western one is read as what it is."""

from __future__ import annotations

import re
import tarfile
from pathlib import Path

import pytest

import mailwarden.message.charsets as charsets
from mailwarden.checks.phishing.check import Phishing
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message.cjk_charset import sniff_east_asian
from mailwarden.message.parser import parse_message

_CJK_RUN = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,}")


def _mail(subject: bytes, ctype: bytes, body: bytes) -> bytes:
    return (
        b"From: it@hdpower-cq.example\r\nTo: staff@hdpower-cq.example\r\nSubject: " + subject + b"\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: " + ctype + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body
    )


@pytest.mark.parametrize(
    ("ctype", "text", "codec"),
    [
        (b"text/plain", "您的邮箱密码即将过期，请立即登录验证您的账户，否则邮箱将被停用。", "gbk"),
        (b"text/plain; charset=iso-8859-1", "您的郵箱密碼即將過期，請立即登錄驗證您的帳戶。", "big5"),
        (b"text/plain; charset=us-ascii", "未承諾広告※出会いの広場へようこそ。今すぐ登録してください。", "shift_jis"),
        (b"text/plain", "안녕하세요. 저희 쇼핑몰은 명품 향수를 전문적으로 판매합니다. 지금 방문하세요.", "euc_kr"),
        (b"text/plain", "こんにちは。会議の資料を送ります。", "iso2022_jp"),
        (b"text/html", "<html><body><p>您的邮箱密码即将过期，请立即更新密码。</p></body></html>", "gb2312"),
    ],
)
def test_unlabelled_east_asian_text_is_decoded(ctype: bytes, text: str, codec: str) -> None:
    msg = parse_message(_mail(b"t", ctype, text.encode(codec)))
    body = msg.text_body or msg.html_text
    assert re.sub(r"<[^>]+>", "", text) in body


async def test_a_gbk_password_expiry_lure_without_charset_is_caught() -> None:
    # Before, the body read "Äú³ÄÓÊÏäÃÜÂë..." and no lure pattern could match it.
    raw = _mail(
        "系统通知".encode("gbk"),
        b"text/plain",
        "尊敬的用户：您的邮箱密码即将过期，请点击下方链接更新密码。http://mail-hdpower.example.top/x".encode("gbk"),
    )
    msg = parse_message(raw)
    assert msg.subject == "系统通知"
    engine = Engine(settings_from_mapping({}), FakeResolver({}), check_classes=[Phishing])
    symbols = {s.name for s in (await engine.scan(msg)).symbols}
    assert "PHISH_LURE_PASSWORD" in symbols, symbols


def test_html_meta_charset_is_used_when_the_part_names_none() -> None:
    page = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
    page += "<body>Ваш пароль истекает сегодня</body></html>".encode("cp1251")
    msg = parse_message(_mail(b"t", b"text/html", page))
    assert "Ваш пароль истекает сегодня" in msg.html_text


@pytest.mark.parametrize(
    "data",
    [
        b"It\x92s been reported that the couple from ABC\x92s reality show \x93broke up\x94.",  # cp1252 quotes
        "Grüße aus München, für Sie und Ihre Familie. Schöne Feiertage!".encode("cp1252"),
        "Café Olé à la crème brûlée, l'éléphant très âgé".encode("latin-1"),
        b"Our \xad\xad\xad\xad\xad\xad\xadcomp\xad\xad\xad\xad\xad\xadany r\xad\xad\xad\xadequires",  # soft hyphens
        "สำหรับคุณ".encode("tis-620"),  # Thai reads as GBK but for one byte
        "ATENCIÓN SEÑOR: ¡ÚLTIMO DÍA! ©®".encode("cp1252"),
    ],
)
def test_western_and_other_8bit_text_is_not_taken_for_east_asian(data: bytes) -> None:
    assert sniff_east_asian(data) is None
    text, _ = charsets.decode_text(data, None)
    assert not _CJK_RUN.search(text)


def test_soft_hyphen_obfuscation_survives_a_latin1_label() -> None:
    body = b"Dear User, our comp\xad\xad\xad\xad\xad\xad\xad\xad\xadany r\xad\xad\xad\xad\xad\xadequires you to verify"
    msg = parse_message(_mail(b"t", b"text/plain; charset=iso-8859-1", body))
    assert "comp\xad\xad" in msg.text_body


def _cjk_chars(text: str) -> int:
    return sum(len(r) for r in _CJK_RUN.findall(text))


def _sa(corpora: Path, wanted: set[str]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with tarfile.open(corpora / "spamassassin-public" / "spamassassin-public.tar.xz", mode="r|xz") as tar:
        for member in tar:
            if member.isfile() and "/" in member.name and (not wanted or member.name.split("/", 1)[1] in wanted):
                fh = tar.extractfile(member)
                if fh is not None:
                    out[member.name.split("/", 1)[1]] = fh.read()
    return out


def test_public_corpus_cjk_spam_reads_as_cjk_and_its_ham_is_unchanged(
    corpora: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = _sa(corpora, set())

    def texts() -> dict[str, str]:
        out: dict[str, str] = {}
        for name, raw in messages.items():
            if "/0" not in name or not raw.strip():
                continue
            m = parse_message(raw)
            out[name] = f"{m.subject}\n{m.text_body}\n{m.html_text}"
        return out

    now = texts()
    monkeypatch.setattr(charsets, "sniff_east_asian", lambda data: None)
    before = texts()
    changed = {n for n in now if now[n] != before[n]}
    assert not {n for n in changed if "ham" in n}, "no legitimate message of the corpus is decoded differently"
    gained = {n for n in changed if _cjk_chars(now[n]) > _cjk_chars(before[n])}
    # Measured: 30 spam (Big5 office rentals, GBK pump parts, Shift_JIS and EUC-KR adverts) read right now.
    assert len(gained) >= 25, sorted(changed)
    for name in ("spam/00243.c6e70273fe1cf9e56e26bb6bbeef415d", "spam/00263.13fc73e09ae15e0023bdb13d0a010f2d"):
        assert name in gained
    assert "純商業辦公室出租" in now["spam/00243.c6e70273fe1cf9e56e26bb6bbeef415d"]
