"""Plain-text prose of 2002-2012 that the shipped model never trained on (corpora/modern-ham-j and
modern-junk-j, kept out of training on purpose: see their SOURCE.md): 60 wanted messages that read like
sales (opt-in newsletters, list announcements, quotations asked for, appeals) and 60 unsolicited ones
(B2B offers, stock tips, 419, seminar pitches, plain-text phishing), a third of each relayed by mailing
lists. Content is all a filter has here: no HTML, few links. Scanned offline as `mailwarden scan` does."""

from __future__ import annotations

from pathlib import Path

from mailwarden.testing.heldout import scan_index

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


async def test_held_out_plain_text_ham_that_reads_like_sales_is_never_quarantined() -> None:
    scanned = await scan_index(CORPORA / "modern-ham-j" / "INDEX.tsv")
    assert len(scanned) == 60 and {x.label for x in scanned.values()} == {"ham"}
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    held = sorted(n for n, x in scanned.items() if x.held)
    # Measured (model of 2026-11-25, list mail spared HDR_FROM_ENVELOPE_MISMATCH): 1 of 60 tagged at
    # add_header (6.8 points), none held; the model before: 5 tagged (highest 9.4).
    assert not held, held
    assert len(flagged) <= 4, flagged


async def test_held_out_plain_text_junk_is_caught() -> None:
    scanned = await scan_index(CORPORA / "modern-junk-j" / "INDEX.tsv")
    assert len(scanned) == 60
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    # Measured (model of 2026-11-25, list mail spared HDR_FROM_ENVELOPE_MISMATCH): 35 of 60 flagged, 30 held,
    # 5 of 8 phish; the model before: 39 flagged.
    assert len(flagged) >= 32, sorted(set(scanned) - set(flagged))
