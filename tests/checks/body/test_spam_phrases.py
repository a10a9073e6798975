"""Spam-phrase families (SPAM_PHRASE_*): each family in en/vi/zh, quiet on official letters, rare on corpus ham."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mailwarden.checks.body.phrases import phrase_hits
from mailwarden.testing.bodycheck import body_symbols
from mailwarden.testing.spamassassin import labelled_messages


async def symbols(body: str, subject: str = "hello", html: bool = False) -> dict[str, str]:
    return {s: d for s, d in (await body_symbols(body, subject, html)).items() if s.startswith("SPAM_PHRASE_")}


@pytest.mark.parametrize(
    ("symbol", "text"),
    [
        ("SPAM_PHRASE_BULK", "To be removed from our mailing list, reply with REMOVE in the subject."),
        ("SPAM_PHRASE_BULK", "Nếu quý khách không muốn nhận thông tin này, xin bỏ qua."),
        ("SPAM_PHRASE_BULK", "如有打扰，敬请谅解。"),
        ("SPAM_PHRASE_OFFER", "100% FREE and risk-free. Act now, this offer expires Friday!"),
        ("SPAM_PHRASE_OFFER", "Khuyến mãi lớn: nhanh tay đặt hàng, số lượng có hạn"),
        ("SPAM_PHRASE_OFFER", "限时优惠，详情请致电 400-000-0000"),
        ("SPAM_PHRASE_MONEY", "Make money fast: earn $5,000 a week and work from home."),
        ("SPAM_PHRASE_MONEY", "Kiem tien tai nha, thu nhap cao"),
        ("SPAM_PHRASE_MONEY", "在家赚钱，月入过万"),
        ("SPAM_PHRASE_HEALTH", "Cheap V1agra and cialis from our online pharmacy, no prescription needed"),
        ("SPAM_PHRASE_HEALTH", "Giảm cân cấp tốc trong 7 ngày"),
        ("SPAM_PHRASE_ADULT", "Hot teens on live webcams, barely legal"),
        ("SPAM_PHRASE_FINANCE", "Refinance now: lowest mortgage rates, bad credit OK. STRONG BUY alert"),
        ("SPAM_PHRASE_FINANCE", "代开各类发票，低息贷款"),
        ("SPAM_PHRASE_ADVANCE_FEE", "I am a barrister; as next of kin you will receive 15 million US dollars"),
        ("SPAM_PHRASE_ADVANCE_FEE", "Chúc mừng bạn đã trúng thưởng giải nhất"),
    ],
)
async def test_each_family(symbol: str, text: str) -> None:
    assert symbol in await symbols(text)


async def test_subject_and_html_are_read() -> None:
    assert "SPAM_PHRASE_HEALTH" in await symbols("see inside", subject="Complete Online Pharmacy")
    assert "SPAM_PHRASE_MONEY" in await symbols("<p>Work <b>from</b> home!</p>", html=True)


async def test_official_letters_are_quiet() -> None:
    letters = [
        "Kính gửi các đơn vị, Bộ đề nghị gửi báo cáo thanh toán quý III trước ngày 15/10. Trân trọng.",
        "各单位：请于本周五前报送年度预算执行情况，并附发票复印件。",
        "Dear colleagues, the minutes of the budget meeting are attached; the loan agreement is under review.",
    ]
    for text in letters:
        assert await symbols(text) == {}


def test_many_families_add_one_symbol() -> None:
    hits = phrase_hits("Act now", "Make money at home. Viagra. Refinance your mortgage loan.")
    names = [h.symbol for h in hits]
    assert "SPAM_PHRASE_MANY" in names and names.count("SPAM_PHRASE_MANY") == 1
    assert "SPAM_PHRASE_MANY" not in [h.symbol for h in phrase_hits("Act now", "limited time offer")]


@pytest.mark.slow
def test_families_are_rare_in_ham_and_common_in_spam(corpora: Path) -> None:
    """SpamAssassin corpus: each family fires on at most 1.5% of ham, together on a third of spam."""
    fired: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    any_fired: Counter[str] = Counter()
    for label, m in labelled_messages(corpora):
        seen[label] += 1
        body = m.text_body if m.text_body.strip() else m.html_text
        syms = {h.symbol for h in phrase_hits(m.subject, body)}
        # The anchored matcher finds exactly what the plain regexes find.
        assert syms == {h.symbol for h in phrase_hits(m.subject, body, anchored=False)}, m.subject
        fired.update(f"{label}:{s}" for s in syms)
        any_fired[label] += bool(syms)
    assert seen["ham"] > 4000 and seen["spam"] > 1500
    for key, n in fired.items():
        if key.startswith("ham:"):
            assert n / seen["ham"] <= 0.015, (key, n)
    assert any_fired["spam"] / seen["spam"] >= 0.33
    assert any_fired["ham"] / seen["ham"] <= 0.04
