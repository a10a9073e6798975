"""Tokens (vi with/without diacritics, zh n-grams), scripts, confusables, domains and look-alikes."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from mailwarden.textfeatures.confusables import skeleton
from mailwarden.textfeatures.domains import (
    edit_distance,
    is_numeric_host,
    lookalike,
    registered_domain,
    unicode_host,
)
from mailwarden.textfeatures.scripts import is_mixed_script
from mailwarden.textfeatures.tokens import char_ngrams, fold_text, strip_diacritics, words


def test_vietnamese_with_and_without_diacritics() -> None:
    assert strip_diacritics("thuế") == "thue" and strip_diacritics("Đăng") == "Dang"
    assert fold_text("mật khẩu hết hạn") == "mat khau het han"
    # Styled letters fold to the ASCII they imitate, so phrase rules read them.
    assert fold_text("𝗩𝗲𝗿𝗶𝗳𝘆 𝘆𝗼𝘂𝗿 tài khoản") == "Verify your tai khoan"
    assert words("Thông báo THUẾ 2024") == ["thông", "báo", "thuế", "#d4"]


def test_styled_letters_are_read_as_the_words_they_spell() -> None:
    assert words("𝑨𝑴𝑬𝑹𝑰𝑪𝑨𝑵𝑺 𝘿𝙊𝘾𝙏𝙊𝙍 Ⓕⓡⓔⓔ 𝟏𝟎𝟎") == ["americans", "doctor", "free", "#d3"]
    # Full-width forms in Chinese text are left as written.
    assert words("ＶＩＰ会员") == ["ｖｉｐ", "会", "会员", "员"]


def test_chinese_is_split_into_character_ngrams() -> None:
    assert words("密码过期") == ["密", "密码", "码", "码过", "过", "过期", "期"]
    assert words("登录abc") == ["登", "登录", "录", "abc"]


def test_char_ngrams_share_most_with_obfuscated_spellings() -> None:
    assert list(char_ngrams("ab")) == ["<ab", "ab>", "<ab>"]
    a, b = set(char_ngrams("viagra")), set(char_ngrams("v1agra"))
    assert len(a & b) >= 4


def test_mixed_script_and_skeleton() -> None:
    assert is_mixed_script("pаypal") and not is_mixed_script("paypal") and not is_mixed_script("пароль")
    assert skeleton("раураl.com") == skeleton("paypal.com")
    assert skeleton("rnicrosoft.com") == skeleton("microsoft.com")


def test_domains() -> None:
    assert registered_domain("mail.mof.gov.vn") == "mof.gov.vn"
    assert is_numeric_host("3405803785") and is_numeric_host("0xcb.0x0.0x71.9") and not is_numeric_host("1.2.3.4")
    assert unicode_host("xn--ypal-43d9g.com") == "раypal.com"
    assert edit_distance("agency", "agnecy") == 1 and edit_distance("abc", "xyz123", 2) == 3


def test_lookalike_kinds() -> None:
    t = ("agency.gov.vn", "paypal.com")
    assert lookalike("agencv.gov.vn", t).kind == "edit-distance"  # type: ignore[union-attr]
    assert lookalike("xn--ypal-43d9g.com", t).kind == "homoglyph"  # type: ignore[union-attr]
    assert lookalike("agency-login.gov.vn", t).kind == "added-words"  # type: ignore[union-attr]
    assert lookalike("paypal.net", t).kind == "tld-swap"  # type: ignore[union-attr]
    assert lookalike("www.agency.gov.vn", t) is None and lookalike("example.org", t) is None


def test_a_protected_domain_is_never_a_lookalike_of_another() -> None:
    # The default peers hold both ministries: mail from the Ministry of Finance is not phishing
    # against Foreign Affairs, one edit away.
    peers = ("mof.gov.vn", "mofa.gov.vn", "chinhphu.vn")
    assert lookalike("mof.gov.vn", peers) is None
    assert lookalike("mail.mof.gov.vn", peers) is None
    assert lookalike("mofa.gov.vn", peers) is None
    assert lookalike("mofb.gov.vn", peers) is not None  # one edit from mofa.gov.vn and from neither exactly
    from mailwarden.checks.phishing.options import DEFAULT_PEERS

    assert [p for p in DEFAULT_PEERS if lookalike(p, DEFAULT_PEERS) is not None] == []


@given(st.text(max_size=200))
def test_words_never_crash_and_respect_limit(text: str) -> None:
    assert len(words(text, 50)) <= 50


def test_words_stop_at_the_limit_on_a_huge_run_of_chinese() -> None:
    # 2 MB of Chinese is a single "word"; its 4 million n-grams were all made before the limit cut
    # them (0.5 s, and 1.3 s in the fuzzy check's digest of such a message)
    sentence = "中华人民共和国国务院办公厅关于加强政务邮件安全管理的通知"
    t0 = time.perf_counter()
    got = words(sentence * 70_000 + " tail", 2000)
    assert time.perf_counter() - t0 < 0.2
    assert got == words(sentence * 100, 2000)  # the same first 2,000 tokens as a short text gives
    assert len(got) == 2000 and got[:3] == ["中", "中华", "华"]
