"""The junk log-odds is the larger of a spam-vs-ham and a phishing-vs-ham model, calibrated on out-of-fold ham."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from mailwarden.classifier.features import hash_tokens
from mailwarden.classifier.model import load_model, save_model
from mailwarden.classifier.training import Featurised, fold_of, train, train_calibrated

WORDS = {kind: [f"{kind}word{i}" for i in range(40)] for kind in ("ham", "spam", "phish", "common")}


def row(kind: str, i: int, rng: random.Random) -> Featurised:
    toks = set(rng.sample(WORDS[kind], 6)) | set(rng.sample(WORDS["common"], 6))
    if rng.random() < 0.15:  # some noise: a word of another kind
        toks.add(rng.choice(WORDS[rng.choice(("ham", "spam", "phish"))]))
    return Featurised(kind, f"corpus/{kind}/{i:03d}.eml", hash_tokens(toks))


def rows(ham: int = 80, spam: int = 30, phish: int = 90, seed: int = 7) -> list[Featurised]:
    rng = random.Random(seed)
    counts = {"ham": ham, "spam": spam, "phish": phish}
    return [row(kind, i, rng) for kind, n in counts.items() for i in range(n)]


def test_each_kind_of_junk_has_its_own_model_and_the_larger_logit_counts() -> None:
    data = rows()
    model = train(data)
    assert model.spam is not None and model.meta["junk_models"] == "spam+phish"
    rng = random.Random(99)
    spam, phish, ham = row("spam", 0, rng), row("phish", 0, rng), row("ham", 0, rng)
    s_junk, s_spam = model.part_logits(spam.buckets)
    p_junk, p_spam = model.part_logits(phish.buckets)
    assert s_spam is not None and p_spam is not None
    assert s_spam > s_junk and p_junk > p_spam  # each model knows its own kind best
    assert model.junk_logit(spam.buckets) == pytest.approx(s_spam)
    assert model.junk_logit(phish.buckets) == pytest.approx(p_junk)
    assert model.junk_logit(ham.buckets) < 0 < min(s_spam, p_junk)


def test_learned_site_weights_add_to_the_larger_logit() -> None:
    model = train(rows())
    b = row("spam", 1, random.Random(3)).buckets
    extra = np.zeros(len(model.junk), np.float32)
    extra[b] = 2.0
    values = 1 / np.sqrt(len(b))  # binary features, L2-normalised
    assert model.junk_logit(b, extra) == pytest.approx(model.junk_logit(b) + 2.0 * len(b) * values, rel=1e-5)


def test_one_kind_of_junk_trains_one_model() -> None:
    model = train(rows(phish=0))
    assert model.spam is None and "junk_models" not in model.meta
    b = row("spam", 0, random.Random(5)).buckets
    junk, spam = model.part_logits(b)
    assert spam is None and model.junk_logit(b) == pytest.approx(junk) and junk > 0


def test_the_spam_model_is_saved_and_a_model_without_one_still_loads(tmp_path: Path) -> None:
    model = train(rows())
    path = tmp_path / "m.npz"
    save_model(model, path)
    back = load_model(path)
    assert back.spam is not None
    for kind in ("ham", "spam", "phish"):
        b = row(kind, 0, random.Random(11)).buckets
        assert back.junk_logit(b) == pytest.approx(model.junk_logit(b), abs=0.01)
    one = train(rows(phish=0))
    save_model(one, tmp_path / "one.npz")
    with np.load(tmp_path / "one.npz") as z:
        assert "spam_idx" not in z.files  # the file of a single model, as every model before the split
    assert load_model(tmp_path / "one.npz").spam is None


def test_calibration_puts_both_models_ham_tails_at_the_same_logit() -> None:
    data = rows(ham=200, spam=60, phish=120)
    model = train_calibrated(data, target_points=6.0, folds=5)
    plain = train(data)
    shift = model.meta["spam_bias_shift"]
    assert model.spam_bias == pytest.approx(plain.spam_bias + shift, abs=1e-4)  # meta rounds to 4 places
    # Recompute the out-of-fold ham tails the calibration used: after the shift they coincide.
    junk_z: list[float] = []
    spam_z: list[float] = []
    for k in range(5):
        m = train([r for r in data if fold_of(r.name, 5) != k])
        for r in data:
            if fold_of(r.name, 5) == k and r.label == "ham":
                j, s = m.part_logits(r.buckets)
                assert s is not None
                junk_z.append(j)
                spam_z.append(s)
    jq = float(np.quantile(junk_z, 0.999))
    assert float(np.quantile(np.array(spam_z) + shift, 0.999)) == pytest.approx(jq, abs=1e-3)
    assert model.meta["points_per_logit"] == pytest.approx(6.0 / max(jq, 0.5), rel=1e-3)
