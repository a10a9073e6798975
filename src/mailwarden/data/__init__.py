"""Data files shipped with the package (free-mail provider list, ...)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def _shipped_freemail() -> frozenset[str]:
    text = resources.files(__package__).joinpath("freemail.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def freemail_domains(extra: Iterable[str] = ()) -> frozenset[str]:
    """The shipped list of private free-mail domains, plus operator additions."""
    return _shipped_freemail() | frozenset(d.lower() for d in extra)


def is_freemail(domain: str, domains: frozenset[str]) -> bool:
    """True when ``domain`` or one of its parents is a free-mail domain (``mail.yahoo.com``)."""
    d = domain.lower().rstrip(".")
    while d:
        if d in domains:
            return True
        _, _, d = d.partition(".")
    return False
