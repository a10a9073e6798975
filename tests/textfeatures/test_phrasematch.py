"""PhraseSet: anchored matching must find exactly what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from mailwarden.textfeatures.phrasematch import PhraseSet, split_alternatives


def test_split_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a(?:b|c)|v[i1!|]agra|x\|y|z") == ["a(?:b|c)", "v[i1!|]agra", r"x\|y", "z"]
    assert split_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


PATTERN = (
    r"next of kin|\b(?:lose|losing|burn) (?:weight|fat)|\bv[i1!|]agra\b|(?:\d+ ?%|huge) (?:returns|gains)"
    r"|refinanc|\bporn|mak(?:e|ing) money|如(?:果)?不想再收到|免费(?:领取|试用)"
)
TEXTS = [
    "as next of kin you will", "losing weight fast", "xlose weight", "cheap v1agra now", "viagras",
    "120% gains", "huge returns!", "we refinance", "pornography", "the sporn", "making money", "如果不想再收到",
    "免费试用", "免费", "nothing here", "", "kin next of", "burn fat and lose weight",
    # Emoji (astral code points) and undecodable bytes (lone surrogates) before a phrase: the automaton's
    # positions must still be the string's.
    "😀😀😀 as next of kin", "\udce9\udce9 we refinance", "中文😀 making money", "😀" * 500 + "lose weight",
]  # fmt: skip


@pytest.mark.parametrize("text", TEXTS)
def test_same_verdict_as_the_plain_regex(text: str) -> None:
    ps = PhraseSet(PATTERN)
    assert (ps.search(text) is not None) == (re.search(PATTERN, text) is not None)


def test_anchored_alternatives_are_not_searched_as_one_regex() -> None:
    ps = PhraseSet(PATTERN)
    assert "next of kin" in ps.by_anchor and "lose" in ps.by_anchor and "refinanc" in ps.by_anchor
    assert ps.rest is not None and "agra" in ps.rest.pattern and "kin" not in ps.rest.pattern
    assert ps.search("We offer huge returns") == "huge returns"


def test_the_phrase_found_is_the_text_at_its_position() -> None:
    ps = PhraseSet(PATTERN)
    assert ps.search("😀" * 3 + "\udce9 burn fat now") == "burn fat"
    assert ps.search("😀 as next of kin, 如果不想再收到") == "next of kin"
