"""Operator keyword dictionaries: plain terms (case-insensitive, whole words for Latin script) or ``re:`` regexes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from mailwarden.dlp.markings import normalise
from mailwarden.dlp.model import Finding, Kind, clip
from mailwarden.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Dictionary:
    """A named list of terms compiled into one pattern."""

    name: str
    pattern: re.Pattern[str]


def _term(term: str) -> str:
    if term.startswith("re:"):
        return f"(?:{term[3:]})"
    t = re.escape(normalise(term.strip()))
    # \b only where the term starts/ends with a Latin-script letter: CJK has no spaces between words
    left = r"\b" if term[:1].isascii() or "\u00c0" <= term[:1] <= "\u1eff" else ""
    right = r"\b" if term[-1:].isascii() or "\u00c0" <= term[-1:] <= "\u1eff" else ""
    return f"{left}{t}{right}"


def compile_dictionaries(dicts: Mapping[str, Sequence[str]]) -> tuple[Dictionary, ...]:
    """Compile ``{name: [terms]}``; a bad ``re:`` term is a configuration error."""
    out: list[Dictionary] = []
    for name, terms in dicts.items():
        terms = [t for t in terms if t.strip()]
        if not terms:
            continue
        try:
            out.append(Dictionary(name, re.compile("|".join(_term(t) for t in terms), re.IGNORECASE)))
        except re.error as e:
            raise ConfigError(f"dlp keyword dictionary {name!r}: bad regex: {e}") from e
    return tuple(out)


def find_keywords(text: str, source: str, dicts: Sequence[Dictionary]) -> Iterator[Finding]:
    """One finding per match of each dictionary."""
    for d in dicts:
        for m in d.pattern.finditer(text):
            snippet = clip(text[max(0, m.start() - 30) : m.end() + 30], 80)
            yield Finding(Kind.KEYWORD, source, d.name, snippet, m.group(0).lower())
