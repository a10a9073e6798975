"""Mail of other eras and languages that the shipped model never trained on (tests/fixtures/multi_ham_heldout and
multi_junk_heldout, written apart from the training sets corpora/modern-ham-h, modern-junk-en3, modern-ham-eu and
modern-junk-eu): 40 legitimate and 40 junk messages, half English of 2004-2012 and half in German, French,
Spanish, Italian, Portuguese, Russian, Turkish, Polish or Dutch (2003-2026). Scanned offline, as
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
    # Measured: 28 of 40 flagged, 18 of them quarantined or rejected. The previous model flagged 31, but
    # it flagged foreign-language mail as such: 5 of the 40 ham beside them too.
    assert len(flagged) >= 26, sorted(set(scanned) - set(flagged))
    assert len(held) >= 15, held
