"""Legitimate mail of today's kinds that the shipped model never trained on (tests/fixtures/
modern_ham_heldout, written apart from the training ham in corpora/modern-ham*): bills, bank advices,
sign-in notices, own-IT notices, tenders, newsletters, e-invoices, a DSN, in Chinese, English and
Vietnamese. Trained on 2002 ham only, the model flagged 13 of these 40 (9 quarantined): every
transactional notice looked like phishing to it. Scanned offline, as `mailwarden scan` does, with
the shipped defaults and no site learning."""

from __future__ import annotations

from pathlib import Path

from mailwarden.testing.heldout import scan_index
from mailwarden.verdict import Action

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "modern_ham_heldout" / "INDEX.tsv"


async def test_held_out_modern_ham_is_delivered() -> None:
    scanned = await scan_index(HELDOUT)
    actions = {n: x.action for n, x in scanned.items()}
    assert len(actions) == 40
    flagged = sorted(n for n, a in actions.items() if a is not Action.ACCEPT)
    held = sorted(n for n, a in actions.items() if a in (Action.QUARANTINE, Action.REJECT))
    # Measured: none flagged (highest 2.7 points; 4.8, an ATS acknowledgement, with one junk model for spam
    # and phishing together). With the first 14 modern messages alone in training, 3 were (a bank advice, a
    # sign-in notice, the ATS acknowledgement); with none, 13 (9 quarantined). The bound leaves room for
    # retraining noise only.
    assert len(flagged) <= 2, flagged
    assert not held, held
    assert not any(a is Action.REJECT for a in actions.values())
