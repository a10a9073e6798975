"""Mail of other eras and languages that the shipped model never trained on (tests/fixtures/multi_ham_heldout and
multi_junk_heldout, written apart from the training sets corpora/modern-ham-h, modern-junk-en3, modern-ham-eu and
modern-junk-eu): 40 legitimate and 40 junk messages, half English of 2004-2012 and half in German, French,
Spanish, Italian, Portuguese, Russian, Turkish, Polish or Dutch (2003-2026); and tests/fixtures/asia_*_heldout,
40 + 40 in nine Asian languages. Scanned offline, as
`mailwarden scan` does, with the shipped defaults and no site learning."""

from __future__ import annotations

from pathlib import Path

from mailwarden.testing.heldout import scan_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def test_held_out_european_language_and_2000s_ham_is_delivered() -> None:
    scanned = await scan_index(FIXTURES / "multi_ham_heldout" / "INDEX.tsv")
    assert len(scanned) == 40 and {x.label for x in scanned.values()} == {"ham"}
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    # Measured: none flagged (highest score well under the tag threshold). The model before the 2000s and
    # European-language training sets tagged 5 of these (a German, a Spanish, a Polish and a Dutch letter and
    # a 2000s English one), 3 of them quarantined, all on the phishing model's part.
    assert len(flagged) <= 1, flagged
    assert not any(x.held for x in scanned.values())


async def test_held_out_european_language_and_2000s_junk_is_caught() -> None:
    scanned = await scan_index(FIXTURES / "multi_junk_heldout" / "INDEX.tsv")
    assert len(scanned) == 40
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    held = sorted(n for n, x in scanned.items() if x.held)
    # Measured: 24 of 40 flagged, 21 of them quarantined or rejected (25 and 19 before the body byte-grams,
    # 28 and 18 before the Asian-language sets joined the training). The model before the European sets
    # flagged 31, but it flagged foreign-language mail as such: 5 of the 40 ham beside them too (ROC area
    # 0.891, 0.968 after).
    assert len(flagged) >= 23, sorted(set(scanned) - set(flagged))
    assert len(held) >= 16, held


async def test_held_out_asian_language_ham_is_delivered() -> None:
    """tests/fixtures/asia_ham_heldout: Japanese, Korean, Thai, Indonesian, Malay, Filipino, Khmer, Lao and Hindi
    letters, notices and personal mail (written apart from corpora/modern-ham-as and modern-junk-as)."""
    scanned = await scan_index(FIXTURES / "asia_ham_heldout" / "INDEX.tsv")
    assert len(scanned) == 40 and {x.label for x in scanned.values()} == {"ham"}
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    # Measured: none flagged (highest 1.6 points; 5.4 before the body byte-grams). Before the Asian-language
    # training sets: 3 tagged (the highest at 8.1 points), none held.
    assert len(flagged) <= 1, flagged
    assert not any(x.held for x in scanned.values())


async def test_held_out_asian_language_junk_ranks_above_its_ham() -> None:
    ham = await scan_index(FIXTURES / "asia_ham_heldout" / "INDEX.tsv")
    junk = await scan_index(FIXTURES / "asia_junk_heldout" / "INDEX.tsv")
    assert len(junk) == 40
    pairs = [(j.score, h.score) for j in junk.values() for h in ham.values()]
    roc_area = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in pairs) / len(pairs)
    # Measured: ROC area 0.970, 14 of 40 flagged (9 held); the highest ham at 1.6 points. Before the body
    # byte-grams: 0.964, 18 flagged (6 held), the highest ham at 5.4. Before the Asian-language training
    # sets: 0.861 and 17 flagged, with 3 of the 40 ham tagged beside them.
    assert roc_area >= 0.95, roc_area
    assert sum(x.flagged for x in junk.values()) >= 13
