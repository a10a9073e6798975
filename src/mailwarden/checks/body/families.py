"""Spam families a lexicon hit alone undersells: drug names in the Subject, drug/brand/software names
spelled with digits and symbols (``V1AGRA``, ``c1alis``, ``MlCR0S0FT``, ``r0lex``), the pump-and-dump
"stock alert" layout (ticker, price, target), replica watches and bags, and offers to sell invoices
(Chinese 代开发票, Vietnamese "bán hóa đơn").

Written by hand, as SpamAssassin's ``DRUGS_*``/obfuscation rules and rspamd's regexp maps are (neither
is a Python library). Each family is a junk kind of 2004-2012 that the 2002 public corpus the classifier
learns from holds little of, and that still circulates; every pattern needs the family's own words, so a
health agency's letter about a drug or a finance newsletter quoting a ticker does not match (counts on the
corpora in the tests).

Obfuscation is found without a per-word loop: the lowered text is mapped character for character
(``0``->o, ``1``/``l``/``|``/``!``->i, ``3``->e, ``4``/``@``->a, ``$``/``5``->s, ``7``->t), so
offsets stay the same; the canonical names are searched in that, and a match whose original spelling
holds a digit or symbol is an obfuscated name. A ``$`` alone (``Micro$oft``, ``Window$``) is a joke
people write, not obfuscation, and does not count; nor does a spelling that ends in a digit.
"""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.body.phrases import MAX_CHARS, folded_text
from mailwarden.textfeatures.tokens import fold_text
from mailwarden.verdict import Category, Hit

# Prescription drugs sold by spam; not "soma" (Portuguese "sum") or "ultram" alone in Subjects of other
# languages.
_DRUGS = (
    "viagra", "cialis", "levitra", "xanax", "valium", "vicodin", "phentermine", "ambien", "tramadol", "meridia",
    "propecia", "hoodia", "hydrocodone", "oxycodone", "oxycontin", "adipex", "ativan", "klonopin", "lorazepam",
    "diazepam", "alprazolam", "zolpidem", "carisoprodol", "sildenafil", "tadalafil", "vardenafil", "acomplia",
    "rimonabant", "fioricet",
)  # fmt: skip
_SUBJECT_DRUG = re.compile(
    r"\b(?:" + "|".join(_DRUGS) + r")\b|\brx[- ]?meds?\b"
    r"|\b(?:online|canadian|discount|internet) (?:pharmacy|drugstore)\b"
    r"|\b(?:cheap|generic|discount|buy) (?:meds|pills|drugs|medications?)\b"
)

# Names spam spells with digits or symbols; written plainly they are ordinary words.
_NAMES = (
    *_DRUGS,
    "pharmacy", "prescription", "medication", "medications", "meds", "pills", "penis", "erection", "rolex",
    "replica", "watches", "casino", "microsoft", "adobe", "photoshop", "macromedia", "dreamweaver", "autocad",
    "mortgage", "refinance",
)  # fmt: skip
_CANON = str.maketrans({
    "0": "o", "1": "i", "l": "i", "|": "i", "!": "i", "3": "e", "4": "a", "@": "a",
    "$": "s", "5": "s", "7": "t", "/": " ", "\\": " ",
})  # fmt: skip
_SUBSTITUTES = frozenset("0134@$57!|")
# "\/iagra", "/i@gra": a slash for the V's stroke (the mapping above makes slashes blanks).
_SLASH_V = re.compile(r"(?<![\w/\\])\\?/[i1!|][a@4]gr[a@4]\b")
_CANON_NAMES = {n.translate(_CANON): n for n in _NAMES}
_OBFUSCATED = re.compile(
    r"(?<![\w$@|!/])(?:" + "|".join(sorted(_CANON_NAMES, key=len, reverse=True)) + r")(?![\w$@|!])"
)

# Pump-and-dump: a ticker after "Symbol:" (or its misspellings), with a price and a target or call
# within 300 characters.
_TICKER = re.compile(
    r"\b(?i:symbol|sym|sumbol|sumb0l|s\.ymbol|su\.mbol|sym\.bol|ticker|trading symbol|lookup)"
    r"\s*[:.\-]\s*\(?[A-Z][A-Z.]{2,6}\b"
)
_PRICE = re.compile(r"\$\s?\d{0,2}\.\d{2,4}\b")
_CALL = re.compile(
    r"target|strong buy|recommendation|expected|projected|\b(?:\d|one|two|three|five)[- ]day\b|short[- ]term"
    r"|long[- ]term|upside",
    re.IGNORECASE,
)
_REPLICA = re.compile(
    r"\breplica (?:watch|watches|rolex|handbags?|bags?)\b"
    r"|\b(?:rolex|cartier|breitling|omega|tag heuer|louis vuitton|gucci|prada)\b[^.\n]{0,40}\breplicas?\b"
)
# Offers to issue invoices for others (a tax crime sold by spam in China and Vietnam): the offer words,
# not an accountant's "please issue the VAT invoice".
_INVOICE_OFFER = re.compile(
    r"代开(?:各类|各种|各地|全国|正规)[^。]{0,8}发票|(?:对外|向外)(?:优惠)?代开"
    r"|代开[^。]{0,8}发票[^。]{0,40}(?:优惠|点数|税点|电话|手机|qq|微信|保真|可验证|可查)"
    r"|(?:发票|开票)[^。]{0,12}(?:点数|税点)(?:优惠|低)"
    r"|\b(?:ban|cung cap|xuat) hoa don (?:vat|gtgt|gia tri gia tang|do|dau vao)(?: [^.]{0,30})?"
    r"(?:gia re|chiet khau|uy tin|so luong lon|moi nganh)"
)


class SpamFamilies(Part):
    """Reads the Subject and the visible text (plain part, else the HTML rendered)."""

    name = "spam_families"
    description = "drug names in the Subject, obfuscated drug/brand names, stock alerts, replicas, invoice sellers"
    symbols: ClassVar = (
        # Corpora: 6.6% of TREC-2007-era spam subjects; 1 of 4,397 SpamAssassin ham ("Valium" in a joke).
        SymbolDef("SUBJ_DRUG_NAME", 2.0, "the Subject names a prescription drug or an online pharmacy",
                  Category.SPAM, "subject"),
        SymbolDef("SPAM_OBFUSCATED_NAME", 3.0, "a drug, brand or software name spelled with digits or symbols "
                  "(V1AGRA, MlCR0S0FT)", Category.SPAM, "body"),
        SymbolDef("SPAM_STOCK_ALERT", 3.0, "a pump-and-dump stock alert: ticker symbol, price and target",
                  Category.SPAM, "body"),
        SymbolDef("SPAM_REPLICA", 2.0, "replica watches or designer bags", Category.SPAM, "body"),
        SymbolDef("SPAM_INVOICE_SELLER", 3.0, "an offer to issue invoices for others (代开发票, bán hóa đơn)",
                  Category.SPAM, "body"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS, Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        return CheckResult(family_hits(m.subject, m.text_body if m.text_body.strip() else m.html_text))


def family_hits(subject: str, body: str) -> list[Hit]:
    """The families found in ``subject`` and the visible text ``body``."""
    hits: list[Hit] = []
    subj = fold_text(subject.lower())
    if found := _SUBJECT_DRUG.search(subj):
        hits.append(Hit("SUBJ_DRUG_NAME", found.group(0)))
    text = f"{subject}\n{body[:MAX_CHARS]}"
    low = text.lower()
    if obfuscated := obfuscated_names(low):
        hits.append(Hit("SPAM_OBFUSCATED_NAME", ", ".join(obfuscated[:5])))
    if alert := _stock_alert(body[:MAX_CHARS]):
        hits.append(Hit("SPAM_STOCK_ALERT", alert))
    if found := _REPLICA.search(low):
        hits.append(Hit("SPAM_REPLICA", found.group(0)))
    if found := _INVOICE_OFFER.search(folded_text(subject, body)):
        hits.append(Hit("SPAM_INVOICE_SELLER", found.group(0)))
    return hits


def obfuscated_names(low: str) -> list[str]:
    """Spellings in the lowered text ``low`` of a ``_NAMES`` word with digits or symbols in it."""
    out: list[str] = []
    for found in _OBFUSCATED.finditer(low.translate(_CANON)):
        raw = low[found.start() : found.end()]
        used = _SUBSTITUTES.intersection(raw)
        # "pen15" and "PIII5" end in a digit: a joke or a model name, not a respelt word.
        if used and used != {"$"} and not raw[-1].isdigit() and raw not in out:
            out.append(raw)
    out.extend(found.group(0) for found in _SLASH_V.finditer(low))
    return out


def _stock_alert(body: str) -> str | None:
    for found in _TICKER.finditer(body):
        window = body[found.start() : found.end() + 300]
        if _PRICE.search(window) and _CALL.search(window):
            return " ".join(window[:60].split())
    return None
