"""Vietnamese and Chinese mail the shipped model never trained on (tests/fixtures/modern_ham_vz_heldout and
modern_junk_vz_heldout, written apart from the training sets corpora/modern-ham-e, -f, modern-junk-vz, -vz2):
40 legitimate messages to a provincial hospital and a water-supply group, and 40 spam and phishing
messages (fake tax office, police, courts, banks and mailbox admins, invoice selling, gambling, loans...).
Scanned offline, as `mailwarden scan` does, with the shipped defaults and no site learning."""

from __future__ import annotations

from pathlib import Path

from mailwarden.testing.heldout import scan_index
from mailwarden.verdict import Action

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def _actions(index: Path) -> dict[str, tuple[str, Action]]:
    return {n: (x.label, x.action) for n, x in (await scan_index(index)).items()}


def _flagged_by_language(actions: dict[str, tuple[str, Action]], prefix: str) -> tuple[set[str], int, int]:
    """Flagged files, and how many of them are Vietnamese (files 1-20) and Chinese (21-40)."""
    flagged = {n for n, (_, a) in actions.items() if a is not Action.ACCEPT}
    vi = sum(f"{prefix}{i:02d}.eml" in flagged for i in range(1, 21))
    return flagged, vi, len(flagged) - vi


async def test_held_out_vietnamese_and_chinese_ham_is_delivered() -> None:
    actions = await _actions(FIXTURES / "modern_ham_vz_heldout" / "INDEX.tsv")
    assert len(actions) == 40
    flagged = sorted(n for n, (_, a) in actions.items() if a is not Action.ACCEPT)
    held = sorted(n for n, (_, a) in actions.items() if a in (Action.QUARANTINE, Action.REJECT))
    # Measured: none tagged (highest 5.0 points; 1.8 before the spam and phishing models were split, whose
    # spam model's ham tail was moved up to the phishing model's). Scored in full, the model trained without
    # Vietnamese and Chinese ham tagged 11 and quarantined 3; trained without modern-ham-f (personal and small senders'
    # mail, much of it from free-mail), 1 (a personal note from a 163.com address, 7.0 points).
    assert len(flagged) <= 2, flagged
    assert not held, held


async def test_held_out_vietnamese_and_chinese_junk_is_caught() -> None:
    actions = await _actions(FIXTURES / "modern_junk_vz_heldout" / "INDEX.tsv")
    assert len(actions) == 40
    flagged, vi, zh = _flagged_by_language(actions, "h")
    # Measured: 34 of 40 flagged, 21 quarantined (model of 2026-11). Before it: 36 of 40 flagged (19 Vietnamese,
    # 17 Chinese), 25 of them quarantined (ROC area over the
    # held-out vi/zh and modern-B ham 0.9981). One junk model (ham against spam and phishing together)
    # flagged 27 (15; ROC area 0.9966); trained without Vietnamese and Chinese mail, damped on such text,
    # 12 (2).
    assert len(flagged) >= 32, sorted(set(actions) - flagged)
    assert vi >= 15 and zh >= 14, (vi, zh)
    held = [n for n, (_, a) in actions.items() if a in (Action.QUARANTINE, Action.REJECT)]
    assert len(held) >= 20, held


async def test_a_second_blind_set_of_vietnamese_and_chinese_junk() -> None:
    """tests/fixtures/modern_junk_vz_heldout2: 40 more (a third author), measured once, blind: nobody read its
    misses before these bounds were set."""
    actions = await _actions(FIXTURES / "modern_junk_vz_heldout2" / "INDEX.tsv")
    assert len(actions) == 40
    flagged, vi, zh = _flagged_by_language(actions, "q")
    # Measured first: 20 of 40 flagged (9 Vietnamese, 11 Chinese; 13 of the 20 phish), 12 quarantined, ROC
    # area 0.9866 over the held-out vi/zh and modern-B ham. With separate spam and phishing models (the
    # spam model trained on vi/zh phishing too): 34 (15 Vietnamese, 19 Chinese; 19 of the 20 phish), 20
    # quarantined, ROC area 0.9916. The model of 2026-11 (2000s, European and Asian-language sets added): 35, 18 held.
    assert len(flagged) >= 30, sorted(set(actions) - flagged)
    assert vi >= 12 and zh >= 15, (vi, zh)
    phish = [n for n, (label, _) in actions.items() if label == "phish"]
    assert sum(n in flagged for n in phish) >= 17, phish
