"""Vietnamese and Chinese mail the shipped model never trained on (tests/fixtures/modern_ham_vz_heldout and
modern_junk_vz_heldout, written apart from the training sets corpora/modern-ham-e, -f, modern-junk-vz, -vz2):
40 legitimate messages to a provincial hospital and a water-supply group, and 40 spam and phishing
messages (fake tax office, police, courts, banks and mailbox admins, invoice selling, gambling, loans...).
Scanned offline, as `mailwarden scan` does, with the shipped defaults and no site learning."""

from __future__ import annotations

from pathlib import Path

from mailwarden.classifier.corpus import generated, iter_samples, read_index
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message.received import envelope_from_received
from mailwarden.verdict import Action

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def _actions(index: Path) -> dict[str, tuple[str, Action]]:
    settings = settings_from_mapping({"general": {"offline": True}, "checks": {"spam_classifier": {"learning": False}}})
    engine = Engine(settings, FakeResolver({}))
    out: dict[str, tuple[str, Action]] = {}
    for s in iter_samples(read_index(generated(index))):
        msg = engine.parse(s.raw)
        env = envelope_from_received(msg.headers)
        if env is not None:
            msg.envelope = env
        out[Path(s.name).name] = (s.label, (await engine.scan(msg)).action)
    return out


async def test_held_out_vietnamese_and_chinese_ham_is_delivered() -> None:
    actions = await _actions(FIXTURES / "modern_ham_vz_heldout" / "INDEX.tsv")
    assert len(actions) == 40
    flagged = sorted(n for n, (_, a) in actions.items() if a is not Action.ACCEPT)
    held = sorted(n for n, (_, a) in actions.items() if a in (Action.QUARANTINE, Action.REJECT))
    # Measured: none tagged (highest 1.9 points). Scored in full, the model trained without Vietnamese and
    # Chinese ham tagged 11 and quarantined 3; trained without modern-ham-f (personal and small senders'
    # mail, much of it from free-mail), 1 (a personal note from a 163.com address, 7.0 points).
    assert len(flagged) <= 2, flagged
    assert not held, held


async def test_held_out_vietnamese_and_chinese_junk_is_caught() -> None:
    actions = await _actions(FIXTURES / "modern_junk_vz_heldout" / "INDEX.tsv")
    assert len(actions) == 40
    flagged = {n for n, (_, a) in actions.items() if a is not Action.ACCEPT}
    # Measured: 31 of 40 flagged (15 Vietnamese, 16 Chinese), 21 of them quarantined. The model trained
    # without Vietnamese and Chinese mail, damped on such text, flagged 12 (2 quarantined); with one
    # author's training junk (modern-junk-vz) only, 26 (15).
    assert len(flagged) >= 26, sorted(set(actions) - flagged)
    for first, last in ((1, 20), (21, 40)):  # Vietnamese, Chinese
        assert sum(f"h{i:02d}.eml" in flagged for i in range(first, last + 1)) >= 11
    held = [n for n, (_, a) in actions.items() if a in (Action.QUARANTINE, Action.REJECT)]
    assert len(held) >= 14, held
