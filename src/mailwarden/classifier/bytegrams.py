"""Hashed byte 4-grams of a message's first bytes: the site model's features for online learning.

The best immediate-feedback filters of the TREC spam tracks (Cormack's and Sculley's online logistic
regression and relaxed SVMs) use exactly this: binary features for every overlapping 4-byte window
of the first few kilobytes of the raw message, headers included. They need no tokeniser, so they work
the same for Vietnamese, Chinese, base64 and HTML, and a site learns its own relays and senders.
The shipped model does not use them (header bytes would teach the corpora's era and relays); only
the weights learned per site (``mailwarden learn``, quarantine release, ``eval --online``) do.

Written by hand: scikit-learn's HashingVectorizer works on decoded text and costs ~50x more per
message; this is a few numpy operations on the bytes.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from mailwarden.message.model import Message

GRAM_BITS = 20
PREFIX_BYTES = 3500
_SHIFT = np.uint32(32 - GRAM_BITS)
_MULT = np.uint32(2654435761)  # Knuth's multiplicative hash constant (2^32 / golden ratio)


def byte_grams(raw: bytes, prefix: int = PREFIX_BYTES) -> npt.NDArray[np.int64]:
    """Sorted unique buckets in ``[0, 2**GRAM_BITS)`` of the 4-byte windows of ``raw[:prefix]``."""
    b = np.frombuffer(raw[:prefix], np.uint8).astype(np.uint32)
    n = len(b)
    if n < 4:
        return np.zeros(0, np.int64)
    v = (b[: n - 3] << 24) | (b[1 : n - 2] << 16) | (b[2 : n - 1] << 8) | b[3:]
    return np.unique((v * _MULT) >> _SHIFT).astype(np.int64)


def message_grams(m: Message) -> npt.NDArray[np.int64]:
    """``byte_grams`` of the message's raw bytes, once per message."""
    return m.memo("byte_grams", lambda: byte_grams(m.raw))
