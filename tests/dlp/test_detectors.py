"""Markings in stamp context only, identifiers with their checksums, keywords, thresholds, redaction."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailwarden.dlp import DlpPolicy, ExtractedText, Kind, samples, scan_texts
from mailwarden.dlp.identifiers import card_issuer, luhn_ok, valid_cn_resident_id, valid_vn_citizen_id
from mailwarden.dlp.markings import find_markings, normalise
from mailwarden.dlp.model import redact
from mailwarden.dlp.scan import Threshold
from mailwarden.errors import ConfigError

TODAY = date(2026, 6, 1)


def kinds(text: str, policy: DlpPolicy | None = None) -> dict[Kind, list[str]]:
    report = scan_texts([ExtractedText("body", "text", text)], policy or DlpPolicy.build())
    return {k: [f.label for f in v] for k, v in report.triggered.items()}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("MẬT", "MẬT"),
        ("  ★ TỐI MẬT ★  ", "TỐI MẬT"),
        ("TUYỆT MẬT", "TUYỆT MẬT"),
        ("TUYET MAT", "TUYỆT MẬT"),
        ("TOI MAT", "TỐI MẬT"),
        ("Độ mật: Mật", "MẬT"),
        ("Do mat: tuyet mat", "TUYỆT MẬT"),
        ("ĐỘ MẬT: TỐI MẬT", "TỐI MẬT"),
        ("[MẬT] Báo cáo quý II", "MẬT"),
        ("MẬT - Kế hoạch diễn tập", "MẬT"),
        ("Văn bản này là TỐI MẬT, không phổ biến", "TỐI MẬT"),
        (unicodedata.normalize("NFD", "TUYỆT MẬT"), "TUYỆT MẬT"),  # decomposed tone marks
        ("ÐỘ MẬT: MẬT", "MẬT"),  # Icelandic Ð typed for Đ
    ],
)
def test_vietnamese_stamps(text: str, level: str) -> None:
    assert kinds(text) == {Kind.CLASSIFIED_VN: [level]}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("机密★1年", "机密"),
        ("绝密★长期", "绝密"),
        ("秘密 ☆ 6个月", "秘密"),
        ("密级：机密", "机密"),
        ("密 级: 秘密", "秘密"),
        ("绝密", "绝密"),
        ("【内部】会议纪要", "内部"),
        ("内部★", "内部"),
        ("（机密）关于调整的通知", "机密"),
    ],
)
def test_chinese_stamps(text: str, level: str) -> None:
    assert kinds(text) == {Kind.CLASSIFIED_CN: [level]}


@pytest.mark.parametrize(
    "text",
    [
        "Đây là bí mật của chúng tôi",
        "mật khẩu của bạn đã được đổi",
        "Mật ong rừng nguyên chất",
        "MAT",  # bare ASCII MAT: initials, a product name
        "Please sign the MAT form",
        "tuyệt mật trong tiểu thuyết",  # prose, lower case
        "保护商业机密是每个员工的责任",
        "他的秘密武器",
        "公司内部管理制度",
        "机密文件管理办法",
        "Hôm nay trời mát mẻ",
        "TOMATO and MATTRESS",
    ],
)
def test_ordinary_words_are_not_stamps(text: str) -> None:
    assert kinds(text) == {}


def test_marking_snippet_shows_the_stamp_line() -> None:
    found = list(find_markings(normalise("Kính gửi\nĐộ mật: TỐI MẬT\nnội dung"), "report.pdf"))
    assert [(f.source, f.snippet) for f in found] == [("report.pdf", "Độ mật: TỐI MẬT")]


def test_vn_citizen_id_rules() -> None:
    good = samples.vn_citizen_id()
    assert valid_vn_citizen_id(good, TODAY)
    assert not valid_vn_citizen_id("003085012345", TODAY)  # 003 is no province code
    assert not valid_vn_citizen_id("001485012345", TODAY)  # century digit 4: born 2100s
    assert not valid_vn_citizen_id("001299012345", TODAY)  # born 2099: in the future
    assert not valid_vn_citizen_id("001085000000", TODAY)  # serial all zeros: a placeholder


def test_cn_resident_id_checksum() -> None:
    good = samples.cn_resident_id()
    assert good == "11010519491231002X" and valid_cn_resident_id(good, TODAY)
    assert valid_cn_resident_id(good.lower(), TODAY)
    assert not valid_cn_resident_id(good[:-1] + "5", TODAY)  # wrong check character
    assert not valid_cn_resident_id(samples.cn_resident_id(birth="19491331"), TODAY)  # month 13
    assert not valid_cn_resident_id(samples.cn_resident_id(region="990105"), TODAY)  # no such province
    assert not valid_cn_resident_id(samples.cn_resident_id(birth="20991231"), TODAY)  # future


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_cn_checksum_accepts_exactly_one_check_character(body: str) -> None:
    valid = [c for c in "0123456789X" if valid_cn_resident_id("110105" + "19800101" + body[:3] + c, TODAY)]
    assert len(valid) == 1


def test_luhn_and_issuers() -> None:
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    assert card_issuer(samples.card_number("9704", 16)) == "napas"
    assert card_issuer(samples.card_number("6222", 19)) == "unionpay"
    assert card_issuer(samples.card_number("5412", 16)) == "mastercard"
    assert card_issuer("1234567890123456") is None


def test_identifier_thresholds_with_and_without_label_words() -> None:
    vn = samples.vn_citizen_id()
    assert kinds(f"Số CCCD: {vn}") == {Kind.VN_CITIZEN_ID: ["vn-id"]}
    assert kinds(f"ref {vn}") == {}  # one bare 12-digit number: a reference, not an ID list
    three = " ".join(samples.vn_citizen_id(serial=s) for s in (1, 2, 3))
    assert kinds(three) == {Kind.VN_CITIZEN_ID: ["vn-id"] * 3}
    assert kinds(f"身份证号码 {samples.cn_resident_id()}") == {Kind.CN_RESIDENT_ID: ["cn-id"]}
    assert kinds(samples.cn_resident_id(seq="003")[:-1] + "0") == {}  # checksum wrong
    card = samples.card_number()
    grouped = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    assert kinds(f"Số thẻ: {card}") == {Kind.BANK_CARD: ["visa"]}
    assert kinds(grouped) == {Kind.BANK_CARD: ["visa"]}  # 4-4-4-4 is how card numbers are written
    assert kinds(f"order {card}") == {}
    assert kinds(f"Số thẻ: {card[:-1]}{(int(card[-1]) + 1) % 10}") == {}  # Luhn fails


def test_phone_list_needs_volume() -> None:
    one = "Liên hệ 0912 345 678 hoặc +86 138 0013 8000"
    assert kinds(one) == {}
    numbers = "\n".join(f"09{i:08d}" for i in range(30)) + "\n" + "\n".join(f"1380013{i:04d}" for i in range(5))
    got = kinds(numbers)
    assert got.keys() == {Kind.PHONE} and {"vn-phone", "cn-phone"} <= set(got[Kind.PHONE])


def test_thresholds_and_exceptions_are_configurable() -> None:
    vn = samples.vn_citizen_id()
    assert kinds(f"ref {vn}", DlpPolicy.build(thresholds={Kind.VN_CITIZEN_ID: Threshold(1)})) != {}
    assert kinds(f"CCCD {vn}", DlpPolicy.build(ignore_values=[vn])) == {}
    assert kinds("【内部】通知", DlpPolicy.build(ignore_markings=["内部"])) == {}
    assert kinds("MẬT", DlpPolicy.build(kinds=[Kind.BANK_CARD])) == {}


def test_keyword_dictionaries() -> None:
    policy = DlpPolicy.build(
        keywords={"du-an": ["Dự án Sao Mai", "re:KH-\\d{3}/BQP"], "cn": ["国家秘密"], "empty": []},
        keyword_min_hits={"cn": 2},
    )
    assert kinds("Tài liệu dự án sao mai và KH-123/BQP", policy) == {Kind.KEYWORD: ["du-an", "du-an"]}
    assert kinds("涉及国家秘密", policy) == {}  # below its min_hits of 2
    assert kinds("国家秘密。国家秘密", policy) == {Kind.KEYWORD: ["cn", "cn"]}
    assert kinds("dự án sao mainline", policy) == {}  # whole words only for Latin script
    with pytest.raises(ConfigError):
        DlpPolicy.build(keywords={"bad": ["re:("]})


def test_snippets_are_redacted() -> None:
    assert redact("012345678901") == "0123*****901"
    assert redact("0123456789") == "0123***789"
    assert redact("12") == "**"
    vn = samples.vn_citizen_id()
    report = scan_texts([ExtractedText("a.xlsx", "xlsx", f"CCCD {vn}")], DlpPolicy.build())
    assert report.summary(Kind.VN_CITIZEN_ID) == "a.xlsx: CCCD: 0010*****345"
    kw = DlpPolicy.build(keywords={"k": ["hồ sơ"]})
    snippet = scan_texts([ExtractedText("b", "text", f"hồ sơ của {vn}")], kw).summary(Kind.KEYWORD)
    assert vn not in snippet and "0010*****345" in snippet
