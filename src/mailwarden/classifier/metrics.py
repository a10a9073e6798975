"""Evaluation metrics: precision, recall, FPR, ROC AUC, detection at a fixed FPR, confusion per category."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class Scored:
    """One evaluated message: gold label (ham/spam/phish), score, flagged, predicted category."""

    name: str
    label: str
    score: float
    flagged: bool
    predicted: str = ""


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Area under the ROC curve (Mann-Whitney U with tied ranks averaged); NaN without both classes."""
    s = np.asarray(scores, np.float64)
    y = np.asarray(positive, bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), np.float64)
    sorted_s = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def roc_curve(scores: Sequence[float], positive: Sequence[bool]) -> tuple[list[float], list[float]]:
    """(FPR, TPR) points, one per distinct score threshold, from (0, 0) to (1, 1)."""
    s = np.asarray(scores, np.float64)
    y = np.asarray(positive, bool)
    order = np.argsort(-s, kind="mergesort")
    s, y = s[order], y[order]
    tps = np.cumsum(y)
    fps = np.cumsum(~y)
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1] if len(s) else np.array([], int)
    n_pos, n_neg = max(int(y.sum()), 1), max(int((~y).sum()), 1)
    return [0.0, *(fps[last] / n_neg).tolist()], [0.0, *(tps[last] / n_pos).tolist()]


def threshold_at_fpr(ham_scores: Sequence[float], fpr: float) -> float:
    """The lowest threshold (score >= t flags) at which at most ``fpr`` of ham is flagged."""
    h = np.sort(np.asarray(ham_scores, np.float64))[::-1]
    allowed = int(np.floor(fpr * len(h)))
    if len(h) == 0:
        return float("-inf")
    # Flagging the ``allowed`` highest ham is fine; the next one must stay below the threshold.
    return float(np.nextafter(h[allowed], np.inf)) if allowed < len(h) else float(h[-1])


def summarise(rows: Sequence[Scored], fpr_target: float = 0.001) -> dict[str, Any]:
    """All metrics as a JSON-ready dict. Positive = spam or phish."""
    pos = [r.label != "ham" for r in rows]
    flagged = [r.flagged for r in rows]
    tp = sum(1 for p, f in zip(pos, flagged, strict=True) if p and f)
    fp = sum(1 for p, f in zip(pos, flagged, strict=True) if not p and f)
    fn = sum(1 for p, f in zip(pos, flagged, strict=True) if p and not f)
    tn = sum(1 for p, f in zip(pos, flagged, strict=True) if not p and not f)
    scores = [r.score for r in rows]
    ham_scores = [r.score for r in rows if r.label == "ham"]
    t = threshold_at_fpr(ham_scores, fpr_target)
    per_label: dict[str, Any] = {}
    for lab in sorted({r.label for r in rows}):
        sel = [r for r in rows if r.label == lab]
        per_label[lab] = {
            "n": len(sel),
            "flagged": sum(r.flagged for r in sel),
            "flagged_rate": _ratio(sum(r.flagged for r in sel), len(sel)),
            f"rate_at_fpr_{fpr_target:g}": _ratio(sum(r.score >= t for r in sel), len(sel)),
            "predicted": dict(Counter(r.predicted or ("flagged" if r.flagged else "accept") for r in sel)),
        }
    n_pos = tp + fn
    return {
        "n": len(rows),
        "tp": tp,
        "fp": fp,
        "tn": tn,
        "fn": fn,
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, n_pos),
        "fpr": _ratio(fp, fp + tn),
        "auc": roc_auc(scores, pos),
        "fpr_target": fpr_target,
        "threshold_at_fpr": t,
        "detection_at_fpr": _ratio(sum(1 for r in rows if r.label != "ham" and r.score >= t), n_pos),
        "per_label": per_label,
    }


def _ratio(a: float, b: float) -> float:
    return float(a) / b if b else float("nan")
