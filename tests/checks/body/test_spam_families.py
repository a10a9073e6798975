"""Spam families (SUBJ_DRUG_NAME, SPAM_OBFUSCATED_NAME, SPAM_STOCK_ALERT, SPAM_REPLICA, SPAM_INVOICE_SELLER):
each fires on its family, stays quiet on the look-alike wanted mail, and is rare on corpus ham."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mailwarden.checks.body.families import family_hits, obfuscated_names
from mailwarden.testing.bodycheck import body_symbols
from mailwarden.testing.spamassassin import labelled_messages

FAMILIES = ("SUBJ_DRUG_NAME", "SPAM_OBFUSCATED_NAME", "SPAM_STOCK_ALERT", "SPAM_REPLICA", "SPAM_INVOICE_SELLER")


async def symbols(body: str, subject: str = "hello", html: bool = False) -> dict[str, str]:
    return {s: d for s, d in (await body_symbols(body, subject, html)).items() if s in FAMILIES}


@pytest.mark.parametrize(
    ("symbol", "subject", "text"),
    [
        ("SUBJ_DRUG_NAME", "Cheap Viagra wanted?", "If you consider him in respect to his neighbour..."),
        ("SUBJ_DRUG_NAME", "Order RX-MEDS with fast shipping", "see inside"),
        ("SUBJ_DRUG_NAME", "Re: your Canadian pharmacy order", "see inside"),
        ("SPAM_OBFUSCATED_NAME", "hi", "Get c1alis, /i@gra and other best pharmaceuticals"),
        ("SPAM_OBFUSCATED_NAME", "LouisWeb 0ffers on MlCR0S0FT/AD0BE", "spring sale"),
        ("SPAM_OBFUSCATED_NAME", "Prest1ge", "Best r0lex repl1ca w4tches"),
        (
            "SPAM_STOCK_ALERT",
            "Watch trade",
            "HOT ALERT... Target sym: ASVP Price (current): $0.64 1 Day Target price: $1 Action: Strong Buy",
        ),
        ("SPAM_STOCK_ALERT", "x", "Sumb0l: HXPN\nCurrent: $0.64 (28% UP!)\n3 Day Target price: $2.50"),
        ("SPAM_REPLICA", "Luxury for less", "Swiss replica watches: Rolex, Omega, Cartier from $199"),
        ("SPAM_INVOICE_SELLER", "新力达公司", "本公司代开各类发票，点数优惠，电话 138-0000-0000"),
        ("SPAM_INVOICE_SELLER", "Hóa đơn", "Chúng tôi bán hóa đơn VAT giá rẻ, uy tín, mọi ngành nghề."),
    ],
)
async def test_each_family(symbol: str, subject: str, text: str) -> None:
    assert symbol in await symbols(text, subject)


async def test_html_text_is_read() -> None:
    found = await symbols("<p>Our <b>repl1ca</b> w4tches ship today</p>", html=True)
    assert "SPAM_OBFUSCATED_NAME" in found


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # A health ministry's notice names drugs in the body, not as an offer in the Subject.
        ("Thông báo thu hồi thuốc", "Recall of tramadol and diazepam batches; pharmacies must report stock."),
        # An accountant asks for the VAT invoice; a Vietnamese office sends one.
        ("发票", "请贵司开具增值税专用发票，并代开运输发票的流程请咨询税务局。"),
        ("Hóa đơn tháng 10", "Gửi anh chị hóa đơn VAT tháng 10, xin xác nhận giúp."),
        # A finance newsletter quotes a ticker without a price call; a museum's replica.
        ("Markets", "Shares of Acme (symbol: ACME) rose after the report; analysts were cautious."),
        ("Exhibit", "A replica of the statue stands in the hall."),
        # Jokes and model names people write.
        ("Re: licensing", "Micro$oft and Window$ again; the PIII5 box and the pen15 club."),
    ],
)
async def test_look_alike_wanted_mail_is_quiet(subject: str, text: str) -> None:
    assert await symbols(text, subject) == {}


def test_obfuscation_needs_a_digit_or_symbol() -> None:
    assert obfuscated_names("viagra, pills, rolex and adobe photoshop") == []
    assert obfuscated_names("see http://www.adobe.com/photoshop or 1/2 watches") == []
    assert obfuscated_names("v1agra and \\/iagra") == ["v1agra", "\\/iagra"]


@pytest.mark.slow
def test_families_are_rare_in_ham_and_found_in_spam(corpora: Path) -> None:
    """SpamAssassin corpus: at most 2 of ~4,400 ham hit any family (1 measured: "Valium" in a joke
    Subject); 30 or more spam do (43 measured)."""
    fired: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for label, m in labelled_messages(corpora):
        seen[label] += 1
        fired[label] += bool(family_hits(m.subject, m.text_body if m.text_body.strip() else m.html_text))
    assert seen["ham"] > 4000 and seen["spam"] > 1500
    assert fired["ham"] <= 2
    assert fired["spam"] >= 30
