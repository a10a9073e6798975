"""One hit per symbol per check: details of all files joined, so ten .exe in a zip score once, not ten times."""

from __future__ import annotations

from collections.abc import Iterable

from mailwarden.verdict import Hit

MAX_DETAILS = 5


def merge_hits(hits: Iterable[Hit]) -> list[Hit]:
    """Merge hits of the same symbol: first details kept (with a count of the rest), highest weight."""
    order: list[str] = []
    details: dict[str, list[str]] = {}
    weight: dict[str, float] = {}
    for h in hits:
        if h.symbol not in details:
            order.append(h.symbol)
            details[h.symbol] = []
            weight[h.symbol] = h.weight
        if h.detail and h.detail not in details[h.symbol]:
            details[h.symbol].append(h.detail)
        weight[h.symbol] = max(weight[h.symbol], h.weight)
    out: list[Hit] = []
    for sym in order:
        d = details[sym]
        text = "; ".join(d[:MAX_DETAILS]) + (f"; +{len(d) - MAX_DETAILS} more" if len(d) > MAX_DETAILS else "")
        out.append(Hit(sym, text, weight[sym]))
    return out
