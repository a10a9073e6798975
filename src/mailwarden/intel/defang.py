"""Refang and defang indicator text (``hxxp://``, ``evil[.]com``, ``1.2.3[.]4``, ``user[at]x``)."""

from __future__ import annotations

import re

__all__ = ["defang", "refang"]

# Scheme first, then the bracketed separators; the loose forms are only accepted inside brackets.
_SCHEME = re.compile(r"\b(?P<s>hxxps?|fxps?)(?:\[:\]//|\[://\]|://)", re.IGNORECASE)
# Space around a separator is bounded ({0,8}): "\s*" there made a long blank run quadratic.
_DOT = re.compile(r"\s{0,8}(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\}|\\\.)\s*", re.I)
_AT = re.compile(r"\s{0,8}(?:\[\s*(?:@|at)\s*\]|\(\s*(?:@|at)\s*\)|\{\s*(?:@|at)\s*\})\s*", re.IGNORECASE)
_COLON = re.compile(r"\[:\]")
_SLASHES = re.compile(r"\[/\]")
_SCHEMES = {"hxxp": "http", "hxxps": "https", "fxp": "ftp", "fxps": "ftps"}


def _scheme(match: re.Match[str]) -> str:
    return _SCHEMES[match.group("s").lower()] + "://"


def refang(text: str) -> str:
    """Undo the usual defanging conventions so the value can be parsed.

    >>> refang("hxxps://evil[.]com/a")
    'https://evil.com/a'
    >>> refang("1.2.3[.]4")
    '1.2.3.4'
    >>> refang("bob[at]evil(dot)com")
    'bob@evil.com'
    """
    text = text.strip()
    text = _SCHEME.sub(_scheme, text)
    text = _DOT.sub(".", text)
    text = _AT.sub("@", text)
    text = _COLON.sub(":", text)
    return _SLASHES.sub("/", text)


def defang(text: str) -> str:
    """Make a value safe to paste into a report or ticket (inverse of :func:`refang`).

    >>> defang("http://evil.com/a")
    'hxxp://evil[.]com/a'
    """
    out = re.sub(r"^http", "hxxp", text, flags=re.IGNORECASE)
    out = re.sub(r"^ftp", "fxp", out, flags=re.IGNORECASE)
    host_end = len(out)
    if "://" in out:
        start = out.index("://") + 3
        slash = out.find("/", start)
        host_end = slash if slash != -1 else len(out)
        return out[:start] + out[start:host_end].replace(".", "[.]") + out[host_end:]
    return out.replace(".", "[.]").replace("@", "[at]")
