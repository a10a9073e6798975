"""Training the linear model with scikit-learn (a training-time dependency only; scoring is numpy)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from zlib import crc32

import numpy as np

from mailwarden.classifier.corpus import Sample
from mailwarden.classifier.features import HASH_BITS, features, message_language_share, vector_values
from mailwarden.classifier.model import LinearModel
from mailwarden.errors import MessageError
from mailwarden.message.model import Limits, Message
from mailwarden.message.parser import parse_message
from mailwarden.textfeatures.scripts import VI_ZH_SHARE

# Points of score per unit of junk log-odds is chosen so that the logit at which held-out ham
# reaches FPR 0.1% maps to this many points (the default add_header threshold is 6).
# C and the ham weight were picked by 5-fold cross-validation on the training
# part of bench/accuracy.py's split (partial AUC of spam and phish up to ham FPR 1%); C 32 over 16 once
# body character 4-grams doubled the features per message, 64 over 32 once spam and phishing had a model
# each (out-of-fold detection at ham FPR 0.1%: 90.1 -> 90.6% forward, 91.0 -> 91.4% reverse; 128 gave
# 91.0% and 91.3%).
DEFAULT_C = 64.0
DEFAULT_HAM_WEIGHT = 6.0


@dataclass(frozen=True, slots=True)
class Featurised:
    label: str
    name: str
    buckets: list[int]
    vizh: bool = False  # mostly Vietnamese/Chinese text (the classifier check's damping counts such training mail)


class RuleSource(Protocol):
    """The rule symbols that hit a message (``mailwarden.engine.rulehits.RuleHits``)."""

    async def of(self, message: Message) -> list[str]: ...


def featurise(samples: Iterable[Sample], rules: RuleSource, limits: Limits | None = None) -> list[Featurised]:
    """Parse, run the rule checks and hash every sample; unparseable ones get the empty feature set."""

    async def run() -> list[Featurised]:
        out: list[Featurised] = []
        for s in samples:
            try:
                msg = parse_message(s.raw, None, limits or Limits())
            except MessageError:
                out.append(Featurised(s.label, s.name, []))
                continue
            vizh = message_language_share(msg) >= VI_ZH_SHARE
            out.append(Featurised(s.label, s.name, features(msg, await rules.of(msg)), vizh))
        return out

    return asyncio.run(run())


def _matrix(rows: Sequence[Featurised]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for r in rows:
        indices.extend(r.buckets)
        data.extend(vector_values(np.array(r.buckets, np.int64)).tolist())
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(data, np.float64), np.array(indices), np.array(indptr)), shape=(len(rows), 1 << HASH_BITS)
    )


def _fit(x: Any, y: Any, c: float, weights: Any) -> tuple[np.ndarray[Any, Any], float]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    clf = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    clf.fit(x, y, sample_weight=weights)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def train(rows: Sequence[Featurised], c: float = DEFAULT_C, ham_weight: float = DEFAULT_HAM_WEIGHT) -> LinearModel:
    """The junk models (spam vs ham and phishing vs ham, or junk vs ham when the rows hold one kind of
    junk only) on all rows, and the phish model (phishing vs spam) on the junk rows."""
    x = _matrix(rows)
    y = np.array([0 if r.label == "ham" else 1 for r in rows])
    if len(set(y.tolist())) < 2:
        raise ValueError("training needs both ham and spam/phish messages")
    counts = {lab: sum(1 for r in rows if r.label == lab) for lab in ("ham", "spam", "phish")}
    meta: dict[str, Any] = {"trained_on": counts, "C": c, "ham_weight": ham_weight}
    weights = np.array([ham_weight if r.label == "ham" else 1.0 for r in rows])

    def fit_against_ham(junk: Callable[[Featurised], bool]) -> tuple[np.ndarray[Any, Any], float]:
        keep = [i for i, r in enumerate(rows) if r.label == "ham" or junk(r)]
        return _fit(x[keep], y[keep], c, weights[keep])

    spam_w: np.ndarray[Any, Any] | None = None
    spam_b = 0.0
    if counts["spam"] and counts["phish"]:
        # Each kind of junk against all the ham; the junk log-odds is the larger (model.py says why).
        # Vietnamese/Chinese junk is scarce (~180 messages), and its phishing teaches the spam model
        # too what junk in those languages looks like: on the held-out vi/zh sets the ranking of junk
        # over ham was 0.9853/0.9709 (ROC area) without, 0.9912/0.9856 with (forward split).
        spam_w, spam_b = fit_against_ham(lambda r: r.label == "spam" or (r.vizh and r.label == "phish"))
        junk_w, junk_b = fit_against_ham(lambda r: r.label == "phish")
        meta["junk_models"] = "spam+phish"
    else:
        junk_w, junk_b = fit_against_ham(lambda r: r.label != "ham")
    junk_rows = [i for i, r in enumerate(rows) if r.label != "ham"]
    yp = np.array([1 if rows[i].label == "phish" else 0 for i in junk_rows])
    if len(set(yp.tolist())) == 2:
        phish_w, phish_b = _fit(x[junk_rows], yp, c, np.ones(len(junk_rows)))
    else:
        phish_w, phish_b = np.zeros(1 << HASH_BITS, np.float32), (5.0 if yp.any() else -5.0)
    # Mostly-Vietnamese/Chinese messages trained on: the check damps the junk score on such text until the
    # model (and the site's learning) has seen enough of both kinds (learned.language_trust).
    meta["trained_vizh"] = {
        "ham": sum(1 for r in rows if r.vizh and r.label == "ham"),
        "junk": sum(1 for r in rows if r.vizh and r.label != "ham"),
    }
    return LinearModel(junk_w, phish_w, junk_b, phish_b, meta, spam_w, spam_b)


def ham_logit_quantile(model: LinearModel, ham: Sequence[Featurised], fpr: float = 0.001) -> float:
    """The junk logit that only ``fpr`` of ``ham`` exceed."""
    z = np.array([model.junk_logit(r.buckets) for r in ham])
    return float(np.quantile(z, 1.0 - fpr)) if len(z) else 0.0


def stable_key(name: str) -> str:
    """The part of a sample's name that does not depend on where the corpus was unpacked
    (``mailwarden train`` unpacks into a fresh temporary directory each run)."""
    return "/".join(name.replace("\\", "/").split("/")[-2:])


def fold_of(name: str, folds: int) -> int:
    return crc32(stable_key(name).encode()) % folds


def holdout_split(rows: Sequence[Featurised], fraction: float = 0.2) -> tuple[list[Featurised], list[Featurised]]:
    """A deterministic split by a hash of the name (stable between runs, machines and unpack dirs)."""
    cut = int(fraction * 1000)
    train_rows: list[Featurised] = []
    held: list[Featurised] = []
    for r in rows:
        (held if crc32(stable_key(r.name).encode()) % 1000 < cut else train_rows).append(r)
    return train_rows, held


CALIBRATION_FOLDS = 5
MIN_TAIL_LOGIT = 0.5  # a ham tail quantile below this counts as this (points per logit from a near-zero one explode)


def train_calibrated(
    rows: Sequence[Featurised],
    c: float = DEFAULT_C,
    ham_weight: float = DEFAULT_HAM_WEIGHT,
    target_points: float = 6.0,
    folds: int = CALIBRATION_FOLDS,
) -> LinearModel:
    """``train`` on all rows, its spam bias and points per logit set from out-of-fold ham.

    Every ham message is scored once by a model trained without its fold (with one 20% hold-out the
    0.1% quantile was the one or two highest of ~900 ham and moved between 0.7 and 4.7 logits from one
    split to another). Then:

    - the spam model's bias moves its ham tail (0.1% quantile) to where the phishing model's is, so
      that each flags about as much ham and the larger of the two is a fair junk logit. Unmoved, the
      spam model's tail sat at 0.5 logits and the phishing model's at 1.4 (forward split), and the
      calibration below, set by the phishing model, flagged 6 points less spam (classifier alone).
      A shift, not a scale: the tails sit near 0, where a ratio is unstable (x3.1 on all the data).
    - ``points_per_logit`` (in ``meta``) maps the junk logit that 0.1% of the ham exceed to
      ``target_points``.
    """
    junk_z: list[float] = []
    spam_z: list[float] = []
    for k in range(folds):
        train_rows = [r for r in rows if fold_of(r.name, folds) != k]
        held_ham = [r for r in rows if fold_of(r.name, folds) == k and r.label == "ham"]
        if not held_ham:
            continue
        model = train(train_rows, c, ham_weight)
        for r in held_ham:
            junk, spam = model.part_logits(r.buckets)
            junk_z.append(junk)
            spam_z.append(junk if spam is None else spam)
    model = train(rows, c, ham_weight)
    if not junk_z:
        model.meta["points_per_logit"] = round(target_points / MIN_TAIL_LOGIT, 4)
        return model
    jz, sz = np.array(junk_z), np.array(spam_z)
    if model.spam is not None:
        shift = float(np.quantile(jz, 0.999) - np.quantile(sz, 0.999))
        model.spam_bias += shift
        model.meta["spam_bias_shift"] = round(shift, 4)
        jz = np.maximum(jz, sz + shift)
    model.meta["points_per_logit"] = round(target_points / _tail(jz), 4)
    return model


def _tail(z: np.ndarray[Any, Any]) -> float:
    return max(float(np.quantile(z, 0.999)), MIN_TAIL_LOGIT)
