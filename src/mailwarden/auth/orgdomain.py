"""Organizational domain (RFC 7489 §3.2) from the Public Suffix List bundled with publicsuffixlist."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


@lru_cache(maxsize=65536)
def organizational_domain(domain: str) -> str:
    """Public suffix plus one label; a name that is itself a public suffix is its own org domain."""
    name = domain.strip().rstrip(".").lower()
    if not name:
        return name
    return _psl().privatesuffix(name) or name


def aligned(a: str, b: str, mode: str) -> bool:
    """Identifier alignment (RFC 7489 §3.1): ``s`` exact match, ``r`` same organizational domain."""
    x, y = a.strip().rstrip(".").lower(), b.strip().rstrip(".").lower()
    if not x or not y:
        return False
    if mode == "s":
        return x == y
    return organizational_domain(x) == organizational_domain(y)
