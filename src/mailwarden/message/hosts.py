"""Host name normalisation shared by addresses and URLs: lowercase, no trailing dot, IDNA A-labels."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import unquote

# Dots that IDNA (RFC 3490 §3.1) treats as label separators, seen in homograph tricks.
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


@lru_cache(maxsize=4096)
def normalise_host(host: str) -> str:
    """Lowercased ASCII form of ``host`` (A-labels), or the lowercased input if IDNA rejects it."""
    h = host.strip().translate(_DOTS)
    if "%" in h:
        # Browsers percent-decode hosts (http://%65vil.com is evil.com).
        h = unquote(h)
    h = h.strip(".").lower()
    if h.isascii():
        return h
    if len(h) > 253 or any(len(label) > 63 for label in h.split(".")):
        # IDNA would refuse it, but only after nameprep and punycode of every character (1 s for a
        # crafted 250,000-character host): a U-label over 63 characters never makes a valid A-label.
        return h
    try:
        return h.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        # IDNA 2003 refuses some labels (too long, disallowed code points); keep them visible.
        return h
