"""Obfuscated words: Latin mixed with look-alike scripts, zero-width characters, styled letters; URL-heavy
or URL-only bodies."""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.textfeatures.scripts import is_mixed_script
from mailwarden.textfeatures.styled import styled_words
from mailwarden.verdict import Category, Hit

_WORD = re.compile(r"[^\W\d_]{3,}")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer; and Korean syllables,
# whose words are short): a run of them is one _WORD match however long. Two such letters count as a word.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Zero-width space/joiners, word joiner, BOM and soft hyphen inside a word split it for filters only.
_ZW_IN_WORD = re.compile(r"\w[\u200b\u200c\u200d\u2060\ufeff\u00ad]+\w")
MAX_CHARS = 50_000
MANY_HOSTS = 25
SHORT_WORDS = 12
EXCLAMATIONS = 8  # "!" in the visible text: 1.9% of corpus ham, 19% of spam


class ObfuscatedWords(Part):
    """Scans the visible text (plain part, else the HTML rendered)."""

    name = "body_words"
    description = "mixed-script or zero-width-split words; too many URLs; a link and hardly any text; shouting"
    symbols: ClassVar = (
        SymbolDef("BODY_MIXED_SCRIPT", 2.5, "words mixing Latin with Cyrillic/Greek look-alikes", Category.SPAM,
                  "body"),
        SymbolDef("BODY_ZERO_WIDTH", 1.5, "words split by zero-width characters", Category.SPAM, "body"),
        # Corpora: 27 phishing, 1 spam, no ham. Low: newsletters quoting social-media posts use 𝐛𝐨𝐥𝐝 too.
        SymbolDef("BODY_STYLED_LETTERS", 1.0, "words in styled Unicode letters (𝐅𝐑𝐄𝐄)", Category.SPAM, "body"),
        SymbolDef("BODY_EXCESSIVE_URLS", 0.5, "links to more than 25 different hosts", Category.SPAM, "body"),
        SymbolDef("BODY_SHORT_WITH_URL", 1.0, "a link with fewer than 12 words of text (two letters of Chinese, "
                  "Japanese or Thai count one)", Category.SPAM, "body"),
        SymbolDef("BODY_EXCLAMATIONS", 0.3, f"{EXCLAMATIONS} or more exclamation marks", Category.SPAM, "body"),
    )  # fmt: skip
    needs = frozenset({Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        text = m.text_body if m.text_body.strip() else m.html_text
        text = text[:MAX_CHARS]
        hits: list[Hit] = []
        if not text.isascii():
            mixed = [w for w in _WORD.findall(text) if is_mixed_script(w)]
            if len(mixed) >= 2:
                hits.append(Hit("BODY_MIXED_SCRIPT", ", ".join(mixed[:5])))
            styled = styled_words(text)
            if len(styled) >= 2:
                hits.append(Hit("BODY_STYLED_LETTERS", ", ".join(styled)))
            zw = _ZW_IN_WORD.findall(text)
            if len(zw) >= 3:
                hits.append(Hit("BODY_ZERO_WIDTH", f"{len(zw)} split words"))
        hosts = {u.host for u in m.urls if u.source in ("text", "html")}
        if len(hosts) > MANY_HOSTS:
            hits.append(Hit("BODY_EXCESSIVE_URLS", f"{len(hosts)} hosts"))
        if hosts and not m.attachments and _word_count(text[:2000]) < SHORT_WORDS:
            hits.append(Hit("BODY_SHORT_WITH_URL", sorted(hosts)[0]))
        if (n := text.count("!") + text.count("\uff01")) >= EXCLAMATIONS:
            hits.append(Hit("BODY_EXCLAMATIONS", f"{n}"))
        return CheckResult(hits)


def _word_count(text: str) -> int:
    """Words of ``text``: runs of 3+ letters, and one word per two letters of Chinese, Japanese, Thai...
    (a 40-character Chinese fare notice is not "a link and hardly any text")."""
    if text.isascii():
        return len(_WORD.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text) if unspaced else text)) + unspaced // 2
