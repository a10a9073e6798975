"""Feed items, alerts and notifications a person subscribed to (tests/fixtures/feeds_ham_heldout: 40 messages of
2002-2026 in English, Vietnamese and Chinese, never trained on), much of it a headline, a line and a link.
Scanned offline, as `mailwarden scan` does, with the shipped defaults and no site learning.

This set was written to measure a kind of ham the training sets hold little of, and it found a weak spot: the
shipped model tags 2 of the 40 and quarantines 1 (a Big5 fare-drop alert at 15.4 points). A training set of the
same kinds by another author did not fix them (still 2 and 1, and the forward split lost 0.8 points of spam
detection), so it was not kept. The bounds below hold today's state against getting worse; a site's own
`mailwarden learn --ham` and releases from quarantine are what fix its own alerts."""

from __future__ import annotations

from pathlib import Path

from mailwarden.testing.heldout import scan_index

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "feeds_ham_heldout" / "INDEX.tsv"


async def test_held_out_feed_and_alert_ham_is_mostly_delivered() -> None:
    scanned = await scan_index(HELDOUT)
    assert len(scanned) == 40 and {x.label for x in scanned.values()} == {"ham"}
    flagged = sorted(n for n, x in scanned.items() if x.flagged)
    held = sorted(n for n, x in scanned.items() if x.held)
    # Measured: q14 (quarantined, 15.4 points) and q24 (tagged, 8.1); every other one under 6 points.
    assert len(flagged) <= 2, flagged
    assert len(held) <= 1, held


async def test_held_out_feed_and_alert_ham_as_body_only_files_is_delivered() -> None:
    scanned = await scan_index(HELDOUT, strip=True)
    # Measured: none of the 40 flagged (highest 5.9 points); scored for the headers such a file lacks, 12 were.
    assert not [n for n, x in scanned.items() if x.flagged]
