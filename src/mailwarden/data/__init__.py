"""Data files shipped with the package (free-mail provider list, known senders, ...)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def _shipped_list(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def known_sender_domains() -> tuple[str, ...]:
    """The shipped list of known senders (``known_senders.txt``: what belongs there and what does not)."""
    return _shipped_list("known_senders.txt")


def freemail_domains(extra: Iterable[str] = ()) -> frozenset[str]:
    """The shipped list of private free-mail domains, plus operator additions."""
    return frozenset(_shipped_list("freemail.txt")) | frozenset(d.lower() for d in extra)


def is_freemail(domain: str, domains: frozenset[str]) -> bool:
    """True when ``domain`` or one of its parents is a free-mail domain (``mail.yahoo.com``)."""
    d = domain.lower().rstrip(".")
    while d:
        if d in domains:
            return True
        _, _, d = d.partition(".")
    return False
