"""Training the linear model with scikit-learn (a training-time dependency only; scoring is numpy)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mailwarden.classifier.corpus import Sample
from mailwarden.classifier.features import HASH_BITS, features
from mailwarden.classifier.model import LinearModel
from mailwarden.errors import MessageError
from mailwarden.message.model import Limits
from mailwarden.message.parser import parse_message

# Points of score per unit of junk log-odds is chosen so that the logit at which held-out ham
# reaches FPR 0.1% maps to this many points (the default add_header threshold is 6).
DEFAULT_C = 4.0


@dataclass(frozen=True, slots=True)
class Featurised:
    label: str
    name: str
    buckets: list[int]


def featurise(samples: Iterable[Sample], limits: Limits | None = None) -> list[Featurised]:
    """Parse and hash every sample; unparseable ones get the empty feature set."""
    out: list[Featurised] = []
    for s in samples:
        try:
            msg = parse_message(s.raw, None, limits or Limits())
            b = features(msg)
        except MessageError:
            b = []
        out.append(Featurised(s.label, s.name, b))
    return out


def _matrix(rows: Sequence[Featurised]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for r in rows:
        n = len(r.buckets)
        indices.extend(r.buckets)
        data.extend([1.0 / np.sqrt(n)] * n if n else [])
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(data, np.float64), np.array(indices), np.array(indptr)), shape=(len(rows), 1 << HASH_BITS)
    )


def _fit(x: Any, y: Any, c: float, ham_weight: float) -> tuple[np.ndarray[Any, Any], float]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    clf = LogisticRegression(C=c, solver="liblinear", class_weight={0: ham_weight, 1: 1.0}, max_iter=200)
    clf.fit(x, y)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def train(rows: Sequence[Featurised], c: float = DEFAULT_C, ham_weight: float = 2.0) -> LinearModel:
    """The junk model on all rows and the phish model on the junk rows."""
    x = _matrix(rows)
    y = np.array([0 if r.label == "ham" else 1 for r in rows])
    if len(set(y.tolist())) < 2:
        raise ValueError("training needs both ham and spam/phish messages")
    junk_w, junk_b = _fit(x, y, c, ham_weight)
    junk_rows = [i for i, r in enumerate(rows) if r.label != "ham"]
    yp = np.array([1 if rows[i].label == "phish" else 0 for i in junk_rows])
    if len(set(yp.tolist())) == 2:
        phish_w, phish_b = _fit(x[junk_rows], yp, c, 1.0)
    else:
        phish_w, phish_b = np.zeros(1 << HASH_BITS, np.float32), (5.0 if yp.any() else -5.0)
    counts = {lab: sum(1 for r in rows if r.label == lab) for lab in ("ham", "spam", "phish")}
    meta: dict[str, Any] = {"trained_on": counts, "C": c, "ham_weight": ham_weight}
    return LinearModel(junk_w, phish_w, junk_b, phish_b, meta)


def ham_logit_quantile(model: LinearModel, ham: Sequence[Featurised], fpr: float = 0.001) -> float:
    """The junk logit that only ``fpr`` of ``ham`` exceed."""
    z = np.array([model.junk_logit(r.buckets) for r in ham])
    return float(np.quantile(z, 1.0 - fpr)) if len(z) else 0.0


def holdout_split(rows: Sequence[Featurised], fraction: float = 0.2) -> tuple[list[Featurised], list[Featurised]]:
    """A deterministic split by a hash of the name (stable between runs and machines)."""
    from zlib import crc32

    cut = int(fraction * 1000)
    train_rows: list[Featurised] = []
    held: list[Featurised] = []
    for r in rows:
        (held if crc32(r.name.encode()) % 1000 < cut else train_rows).append(r)
    return train_rows, held


def calibrate(rows: Sequence[Featurised], c: float, ham_weight: float, target_points: float) -> float:
    """Points per logit so that held-out ham at FPR 0.1% sits at ``target_points``."""
    train_rows, held = holdout_split(rows)
    model = train(train_rows, c, ham_weight)
    z = ham_logit_quantile(model, [r for r in held if r.label == "ham"])
    return target_points / max(z, 0.5)
