"""English mail of 2004-2026 that the shipped model never trained on (tests/fixtures/modern_ham_en_heldout and
modern_junk_en_heldout, written apart from the training sets corpora/modern-ham-g, modern-junk-en and -en2):
40 legitimate messages that look commercial or bulk (newsletters, sales, receipts, bookings, bank and bill
notices, appeals, digests, a DSN) and 40 spam and phishing messages of the years the public corpora miss
(pharmacy, stock touting, image spam, 419, sextortion, BEC, callback scams, cold B2B pitches...).
Scanned offline, as `mailwarden scan` does, with the shipped defaults and no site learning."""

from __future__ import annotations

from pathlib import Path

from mailwarden.testing.heldout import scan_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def test_held_out_commercial_english_ham_is_delivered() -> None:
    scanned = await scan_index(FIXTURES / "modern_ham_en_heldout" / "INDEX.tsv")
    assert len(scanned) == 40 and {x.label for x in scanned.values()} == {"ham"}
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    held = sorted(n for n, x in scanned.items() if x.held)
    # Measured: none tagged since the model of 2026-11 (2000s, European and Asian sets in training); the
    # model before tagged one, not held: a software trial-ending notice (6.7 points; the spam model's part).
    # One junk model for spam and phishing together tagged none (highest 5.6 points); trained without
    # corpora/modern-ham-g (legitimate commercial and bulk mail), it tagged 3 and quarantined the same
    # trial-ending notice (10.1 points).
    assert len(flagged) <= 2, flagged
    assert not held, held


async def test_held_out_english_junk_of_later_years_is_caught() -> None:
    scanned = await scan_index(FIXTURES / "modern_junk_en_heldout" / "INDEX.tsv")
    assert len(scanned) == 40
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    held = sorted(n for n, x in scanned.items() if x.held)
    # Measured: 29 of 40 flagged, 20 held (with body byte-grams and list footers cut; 33 and 21 with the
    # grams alone); 30 of 40 flagged, 21 held, 7 of 12 phish (model of 2026-11); before it 32 of 40 flagged,
    # 21 of them quarantined or rejected (ROC area, en-junk over en-ham and
    # modern-B, 0.969). One junk model for spam and phishing together flagged 28 (20; ROC area 0.975);
    # before modern-junk-en, -en2 and modern-ham-g were in training, its ROC area was 0.950. Missed (one
    # model): cold B2B pitches, supplements, replicas, OEM software, and 4 phish (a gift-card BEC, a vendor
    # bank change, a shared-document lure, a QR-code MFA lure).
    assert len(flagged) >= 28, sorted(set(scanned) - set(flagged))
    assert len(held) >= 17, held
    phish = [n for n, x in scanned.items() if x.label == "phish"]
    # measured 9 of 12, then 8; now 7: a parcel-delivery lure (j06) sits at 5.9 points, 6.0 before.
    assert sum(n in flagged for n in phish) >= 7, phish
