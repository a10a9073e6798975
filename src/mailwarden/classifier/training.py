"""Training the linear model with scikit-learn (a training-time dependency only; scoring is numpy)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
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
# C, the ham weight and the spam balance were picked by 5-fold cross-validation on the training
# part of bench/accuracy.py's split (partial AUC of spam and phish up to ham FPR 1%); C 32 over 16 once
# body character 4-grams doubled the features per message.
DEFAULT_C = 32.0
DEFAULT_HAM_WEIGHT = 6.0
# Spam is weighted up to as many phish messages as there are (capped): the corpora hold far more
# phishing than spam, and an unbalanced junk class learns phishing and misses plain spam.
MAX_SPAM_WEIGHT = 10.0


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


def spam_weight(counts: dict[str, int]) -> float:
    """Weight of a spam row: as many phish as spam in the junk class, between 1 and ``MAX_SPAM_WEIGHT``."""
    if not counts.get("spam"):
        return 1.0
    return float(min(MAX_SPAM_WEIGHT, max(1.0, counts.get("phish", 0) / counts["spam"])))


def train(rows: Sequence[Featurised], c: float = DEFAULT_C, ham_weight: float = DEFAULT_HAM_WEIGHT) -> LinearModel:
    """The junk model on all rows and the phish model on the junk rows."""
    x = _matrix(rows)
    y = np.array([0 if r.label == "ham" else 1 for r in rows])
    if len(set(y.tolist())) < 2:
        raise ValueError("training needs both ham and spam/phish messages")
    counts = {lab: sum(1 for r in rows if r.label == lab) for lab in ("ham", "spam", "phish")}
    sw = spam_weight(counts)
    weights = np.array([ham_weight if r.label == "ham" else (sw if r.label == "spam" else 1.0) for r in rows])
    junk_w, junk_b = _fit(x, y, c, weights)
    junk_rows = [i for i, r in enumerate(rows) if r.label != "ham"]
    yp = np.array([1 if rows[i].label == "phish" else 0 for i in junk_rows])
    if len(set(yp.tolist())) == 2:
        phish_w, phish_b = _fit(x[junk_rows], yp, c, np.ones(len(junk_rows)))
    else:
        phish_w, phish_b = np.zeros(1 << HASH_BITS, np.float32), (5.0 if yp.any() else -5.0)
    meta: dict[str, Any] = {"trained_on": counts, "C": c, "ham_weight": ham_weight, "spam_weight": round(sw, 4)}
    # Mostly-Vietnamese/Chinese messages trained on: the check damps the junk score on such text until the
    # model (and the site's learning) has seen enough of both kinds (learned.language_trust).
    meta["trained_vizh"] = {
        "ham": sum(1 for r in rows if r.vizh and r.label == "ham"),
        "junk": sum(1 for r in rows if r.vizh and r.label != "ham"),
    }
    return LinearModel(junk_w, phish_w, junk_b, phish_b, meta)


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


def calibrate(
    rows: Sequence[Featurised], c: float, ham_weight: float, target_points: float, folds: int = CALIBRATION_FOLDS
) -> float:
    """Points per logit so that out-of-fold ham at FPR 0.1% sits at ``target_points``.

    Every ham message is scored once by a model trained without its fold, and the 0.1% quantile is
    taken over all of them: with one 20% hold-out the quantile was the one or two highest of ~900 ham
    and moved between 0.7 and 4.7 logits from one split to another.
    """
    ham_z: list[float] = []
    for k in range(folds):
        train_rows = [r for r in rows if fold_of(r.name, folds) != k]
        held_ham = [r for r in rows if fold_of(r.name, folds) == k and r.label == "ham"]
        if not held_ham:
            continue
        model = train(train_rows, c, ham_weight)
        ham_z.extend(model.junk_logit(r.buckets) for r in held_ham)
    z = float(np.quantile(np.array(ham_z), 0.999)) if ham_z else 0.0
    return target_points / max(z, 0.5)
