"""Thin messages (few words, no link, no HTML): the classifier alone may not convict them."""

from __future__ import annotations

from email.message import EmailMessage

from mailwarden.config import settings_from_mapping
from mailwarden.dns import OfflineResolver
from mailwarden.engine import Engine
from mailwarden.verdict import Verdict

JUNK = ("SPAM_CLASSIFIER_SPAM", "SPAM_CLASSIFIER_PHISH")


def letter(body: str, attach: bool = True) -> bytes:
    m = EmailMessage()
    m["Received"] = (
        "from mail.partner.example (mail.partner.example [198.51.100.20]) by mx.agency.example (Postfix) "
        "with ESMTPS id 4ABC; Mon, 17 Nov 2025 09:00:01 +0700"
    )
    m["From"] = "Nguyen Van An <an.nguyen@partner.example>"
    m["To"] = "Tran Minh <minh.tran@agency.example>"
    m["Subject"] = "Report Q3"
    m["Date"] = "Mon, 17 Nov 2025 09:00:00 +0700"
    m["Message-ID"] = "<q3-report-1@partner.example>"
    m.set_content(body)
    if attach:
        pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        m.add_attachment(pdf, maintype="application", subtype="pdf", filename="report-q3.pdf")
    return bytes(m)


async def scan(raw: bytes, **opts: object) -> Verdict:
    cfg = {"general": {"offline": True}, "checks": {"spam_classifier": {"learning": False, **opts}}}
    return await Engine(settings_from_mapping(cfg), OfflineResolver()).scan_bytes(raw)


async def test_see_attached_with_a_pdf_is_not_flagged_on_the_classifier_alone() -> None:
    # (The model of 2026-11 scores the shorter "Attached is the remittance advice for your account." under the
    # tag threshold even unguarded; this one it tags at 7.7 points, 5.1 guarded.)
    raw = letter("Attached is the payment remittance advice for your account. Please review.\n\nRegards")
    v = await scan(raw)
    junk = next(s for s in v.symbols if s.name in JUNK)
    assert "thin message" in junk.detail
    assert v.action.value == "accept" and v.score < 6
    # Without the guard the shipped model would flag it: the thinness, not the model, let it through.
    unguarded = await scan(raw, thin_words=0)
    assert unguarded.score > v.score and unguarded.action.value != "accept"


async def test_a_link_or_enough_words_make_the_message_not_thin() -> None:
    linked = await scan(letter("Please see the report at http://reports.partner.example/q3 now."))
    assert not any("thin message" in s.detail for s in linked.symbols)
    long_text = " ".join(f"paragraph{i} of the quarterly review" for i in range(20))
    assert not any("thin message" in s.detail for s in (await scan(letter(long_text))).symbols)


async def test_strong_rule_evidence_still_flags_a_thin_message() -> None:
    # A thin message with a corroborating rule (here: an executable disguised as a PDF) is still flagged.
    m = EmailMessage()
    m["From"] = "a@partner.example"
    m["To"] = "b@agency.example"
    m["Subject"] = "invoice"
    m.set_content("see attached")
    m.add_attachment(b"MZ\x90\x00" + b"\x00" * 200, maintype="application", subtype="pdf", filename="invoice.pdf")
    v = await scan(bytes(m))
    assert v.action.value != "accept"


async def test_a_short_business_letter_with_a_pdf_is_not_flagged_on_the_classifier_alone() -> None:
    # 48 words: over the old limit of 40, where the shipped model alone flagged letters like it.
    body = (
        "Dear colleagues,\n\nPlease find attached the remittance advice for your account covering the invoices of "
        "September and October. The transfer was made today from our account at Vietcombank. Please check the "
        "amounts against your records and let me know of any difference.\n\nBest regards,\nMai Pham\nAccounts Payable"
    )
    v = await scan(letter(body))
    junk = next((s for s in v.symbols if s.name in JUNK), None)
    assert v.action.value == "accept" and v.score < 6
    # Uncapped, the single junk model tagged it; the separate spam and phishing models gave it 5.6 points,
    # which the cap lowered; the model of 2026-11 (trained with 2000s and European-language ham) gives it
    # 4.0, under the cap. Either way the classifier alone is not what flags it.
    assert junk is None or "thin message" in junk.detail or junk.score < 5
    old_limit = await scan(letter(body), thin_words=40)
    assert old_limit.score >= v.score


def greeting(subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "alice@agency.example"
    m["To"] = "bob@partner.example"
    m["Subject"] = subject
    m["Date"] = "Mon, 17 Nov 2025 09:00:00 +0700"
    m["Message-ID"] = "<g1@agency.example>"
    m.set_content(body)
    return bytes(m)


async def test_a_few_words_are_little_evidence() -> None:
    # A two-character Chinese greeting: with nothing but the model's prior and header-shape tokens to go on
    # it scored 5.0 points. The cap scales with the words (from 10 of thin_words 50: 1 point).
    for raw in (greeting("会议", "各位好。"), greeting("Lịch họp", "Kính gửi anh chị.")):
        v = await scan(raw)
        junk = next((s for s in v.symbols if s.name in JUNK), None)
        assert junk is None or junk.score <= 1.5, junk
        assert v.action.value == "accept"
    # Without the guard the prior alone gives the Chinese greeting points (model of 2026-11-25: 2.4; earlier
    # models up to 5.0): the guard is what keeps it near zero.
    guarded = await scan(greeting("会议", "各位好。"))
    unguarded = await scan(greeting("会议", "各位好。"), thin_words=0)
    g = next((s.score for s in guarded.symbols if s.name in JUNK), 0.0)
    assert next(s for s in unguarded.symbols if s.name in JUNK).score > max(2.0, g + 1.0)


async def test_a_slight_lean_names_no_category() -> None:
    """Below unsure_points the classifier's points still count, as SPAM_CLASSIFIER_UNSURE, but the message is
    not counted as spam or phishing in the verdict's categories (reports and statistics use them)."""
    hop = b"Received: from partner.example ([198.51.100.20]) by mx.agency.example; Mon, 17 Nov 2025 09:00 +0700\r\n"
    raw = hop + greeting("会议", "各位好。")
    named = await scan(raw, unsure_points=0)
    junk = next(s for s in named.symbols if s.name in JUNK)
    assert 0 < junk.score < 3 and named.categories  # spam or phishing on a lean of a point or so
    unsure = await scan(raw, unsure_points=3)
    lean = next(s for s in unsure.symbols if s.name == "SPAM_CLASSIFIER_UNSURE")
    assert lean.score == junk.score and unsure.score == named.score
    assert not unsure.categories and not any(s.name in JUNK for s in unsure.symbols)
