"""Spam phrases: the offer, money, health, adult, loan/stock, advance-fee and bulk-mailing lexicons (en, vi, zh).

Written by hand: SpamAssassin's body rules are Perl regexes inside its rule language and rspamd's
are Lua maps, neither usable as a Python library. These are the classic families of both
(SA's ``ADVANCE_FEE_*``, ``FREE_QUOTE``, ``BILL_1618``, ``DRUGS_*``, rspamd's ``FUZZY``-less
``BODY_*``), reduced to phrases an administrator reads, plus Vietnamese and Chinese equivalents.

Each family is weak evidence on its own (a newsletter may say "limited time offer"); the
classifier takes every family as a feature and learns what it is worth next to the words, and
``SPAM_PHRASE_MANY`` adds points when several families meet in one message.
Matched on lowercased text with diacritics removed (Vietnamese typed without accents matches too).
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.textfeatures.phrasematch import PhraseSet
from mailwarden.textfeatures.tokens import fold_text
from mailwarden.verdict import Category, Hit

_FAMILIES: dict[str, str] = {
    # "Click here to be removed" and the other bulk-mailing formulas legitimate lists do not use.
    "SPAM_PHRASE_BULK": (
        r"this (?:e-?mail |message )?is not (?:a )?spam|(?:sent|mailed) in compliance with"
        r"|bill s\.? ?1618|section 301|one[- ]time (?:e-?mail|mailing|message)"
        r"|to be removed from (?:our|this|any|all|future|the) (?:mailing |e-?mail )?(?:list|mailings|database)"
        r"|(?:reply|respond|send (?:an )?e-?mail) with (?:the word )?[\"']?remove[\"']?"
        r"|(?:with|put|type) [\"']?remove[\"']? in the subject|if you (?:wish|want|would like) to be removed"
        r"|you (?:are receiving|received|have received) this (?:e-?mail|message) because you (?:or someone )?"
        r"(?:have |had )?(?:previously )?(?:opted|visited|expressed|agreed)"
        r"|opt[- ]in (?:list|e-?mail list|database)|we (?:do not|don't) (?:send|condone) (?:unsolicited|spam)"
        r"|neu (?:ban|quy khach) khong muon (?:tiep tuc )?nhan (?:email|thu|thong tin)"
        r"|如(?:果)?(?:您)?不(?:想|愿|希望)(?:再)?(?:收到|接收)|如有打扰|敬请(?:谅解|原谅)|退订(?:请|回复)"
    ),
    # Offers: free gifts, guarantees, "act now", order/call today.
    "SPAM_PHRASE_OFFER": (
        r"100 ?% (?:free|guaranteed|satisfaction|risk[- ]free|legal|natural)|risk[- ]free|money[- ]back guarantee"
        r"|satisfaction guaranteed|limited[- ]time (?:offer|only)|offer expires|act now|order (?:now|today)"
        r"|call (?:now|today|toll[- ]free)|(?:click|visit) (?:here|below) (?:now|to (?:order|buy|claim|get))"
        r"|no obligation|free (?:gift|bonus|quote|consultation|membership|sample)s?|why pay more"
        r"|(?:at|the) lowest (?:price|prices|rates?) (?:ever|available|anywhere|on the (?:net|internet|web))"
        r"|special (?:promotion|introductory)|you have been (?:selected|chosen)|(?:order|buy) (?:it )?online"
        r"|once in a lifetime|for a limited time|this won't last|don'?t (?:miss|delete) (?:this|out)"
        r"|khuyen mai (?:lon|dac biet|hap dan|cuc soc)|giam gia (?:soc|cuc soc|len den|den \d+)"
        r"|nhanh tay (?:dang ky|dat hang|mua|dat mua)|so luong co han|co hoi (?:co mot khong hai|vang)"
        r"|限时(?:优惠|特价|抢购|促销)|免费(?:领取|试用|赠送|获得)|欢迎(?:来电|致电)(?:咨询|洽谈|垂询)"
        r"|详情请(?:致电|咨询|联系|来电)|特价(?:促销|优惠)"
    ),
    # Income: make money, work from home, MLM.
    "SPAM_PHRASE_MONEY": (
        r"make (?:big |extra |easy |fast |real |serious )?(?:money|cash|\$\d)|extra (?:cash|income)"
        r"|(?:earn|make) (?:up to |over )?\$ ?\d[\d,]*(?:\+)? (?:a|per|each|every) (?:day|week|month)"
        r"|work (?:from|at) home|home[- ]based business|financial freedom|be your own boss|\bmlm\b"
        r"|multi[- ]level marketing|network marketing|while you sleep|income opportunity|get paid to"
        r"|no (?:experience|investment|selling) (?:is )?(?:needed|required|necessary)"
        r"|(?:residual|passive|unlimited) income|cash (?:bonus|prize)|double your (?:money|income)"
        r"|kiem tien (?:tai nha|online|truc tuyen|nhanh|de dang)|thu nhap (?:cao|them|thu dong)"
        r"|viec lam (?:tai nha|online|them)|轻松赚钱|在家(?:赚钱|创业|工作)|日赚|月入(?:过)?万|网上赚钱"
    ),
    # Pharmacy, weight loss, "enhancement".
    "SPAM_PHRASE_HEALTH": (
        # The spellings of viagra as alternatives of their own: each then has a literal start (PhraseSet).
        r"\bviagra\b|\bv1agra\b|\bv!agra\b|\bv\|agra\b"
        r"|\bcialis\b|\blevitra\b|\bxanax\b|\bvalium\b|\bphentermine\b|\bvicodin\b"
        r"|online (?:pharmacy|drugstore|prescriptions?)|no (?:prior )?prescription (?:needed|required)"
        r"|(?:lose|losing|burn) (?:weight|fat|\d+ ?(?:lbs|pounds|kg))|weight[- ]loss|diet pills?|\bhgh\b"
        r"|penis|enlargement|erectile|(?:herbal|natural) (?:viagra|alternative)|anti[- ]aging"
        r"|sexual (?:performance|stamina|enhancement)|giam can (?:nhanh|cap toc|hieu qua)|减肥|壮阳|丰胸"
    ),
    # Adult content.
    "SPAM_PHRASE_ADULT": (
        r"\bxxx\b|\bporn|\bhorny\b|\bnude\b|\bnaked\b|hardcore|(?:hot|sexy|naughty|lonely) (?:teens?|girls|singles"
        r"|housewives|wives)|adult (?:site|content|entertainment|videos?|movies?)|barely legal"
        r"|(?:live|free) (?:webcams?|sex)|\bcams?\b girls|成人(?:视频|网站)|色情"
    ),
    # Loans, mortgage, debt, pumped stock.
    "SPAM_PHRASE_FINANCE": (
        r"mortgage (?:rates?|loans?|quotes?)|refinanc|debt (?:consolidation|relief|free)|credit card debt"
        r"|(?:bad|poor|no) credit|pre-?approved|low(?:est)? (?:interest |mortgage )?rates?|lower your (?:rate|payment)"
        r"|stock (?:alert|pick|report|profile)s?|strong buy|investor alert|forward[- ]looking statements"
        r"|pink sheets|\botcbb\b|penny stock"
        r"|(?:huge|massive) (?:returns|profits|gains)|\d(?<!\d\d)\d{0,3} ?% (?:returns|profits|gains)"
        r"|vay (?:von|tien) (?:nhanh|khong the chap|tin chap)|lai suat (?:thap|uu dai)"
        r"|代开(?:各类|各种)?发票|(?:低息|无抵押)贷款|贷款(?:快速|秒批)|股票推荐|内幕消息"
    ),
    # Advance-fee fraud ("419"), lottery wins.
    "SPAM_PHRASE_ADVANCE_FEE": (
        r"next of kin|\b(?:beneficiary|inheritance|unclaimed) (?:fund|funds|sum)"
        r"|beneficiary of (?:the|this) (?:fund|estate|will)"
        r"|million (?:united states |u\.?s\.? )dollars|usd ?\d+(?:[.,]\d+)? ?(?:m\b|million)"
        r"|us\$ ?\d+(?:[.,]\d+)? ?(?:m\b|million)"
        r"|strictest confidence|utmost (?:confidence|secrecy)|\bbarrister\b|late (?:client|husband|father)"
        r"|transfer (?:of )?(?:the|this) (?:sum|fund|funds|money)|foreign (?:partner|account)"
        r"|(?:lottery|lotto|sweepstakes?|promotion) (?:winner|award|prize)"
        r"|you (?:have )?won (?:the|a) (?:sum|prize|lottery)"
        r"|claims? (?:agent|officer)|(?:trung thuong|nhan giai) (?:giai|ngay)|中奖(?:通知|金额)|遗产继承"
    ),
}
_SETS: dict[str, PhraseSet] = {sym: PhraseSet(pat) for sym, pat in _FAMILIES.items()}


_DESCRIPTIONS = {
    "SPAM_PHRASE_BULK": 'bulk-mailing formulas ("to be removed from our list", "this is not spam")',
    "SPAM_PHRASE_OFFER": 'offer phrases ("100% free", "act now", "risk-free")',
    "SPAM_PHRASE_MONEY": 'income phrases ("make money", "work from home")',
    "SPAM_PHRASE_HEALTH": "pharmacy, weight-loss and enhancement phrases",
    "SPAM_PHRASE_ADULT": "adult-content phrases",
    "SPAM_PHRASE_FINANCE": "loan, mortgage, debt and stock-tip phrases",
    "SPAM_PHRASE_ADVANCE_FEE": 'advance-fee fraud and lottery phrases ("next of kin", "million dollars")',
}
MAX_CHARS = 20_000
MANY = 3  # families in one message for SPAM_PHRASE_MANY


class SpamPhrases(Part):
    """Reads the Subject and the visible text (plain part, else the HTML rendered)."""

    name = "spam_phrases"
    description = "spam lexicons (offer, money, health, adult, finance, advance-fee, bulk) in en/vi/zh"
    symbols: ClassVar = (
        *(SymbolDef(sym, 0.5, _DESCRIPTIONS[sym], Category.SPAM, "spam_phrase") for sym in _FAMILIES),
        SymbolDef("SPAM_PHRASE_MANY", 1.5, f"phrases of {MANY} or more spam families", Category.SPAM),
    )
    needs = frozenset({Need.HEADERS, Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        return CheckResult(phrase_hits(m.subject, m.text_body if m.text_body.strip() else m.html_text))


@lru_cache(maxsize=4)
def folded_text(subject: str, body: str) -> str:
    """Subject and the first ``MAX_CHARS`` of ``body``, lowered, without diacritics, blanks collapsed: what
    the phrase lexicons and the invoice-seller family (``families``) read, folded once per message."""
    return " ".join(fold_text(f"{subject}\n{body[:MAX_CHARS]}".lower()).split())


def phrase_hits(subject: str, body: str, anchored: bool = True) -> list[Hit]:
    """The families found in the Subject and body; ``anchored=False`` runs the plain regexes (tests)."""
    text = folded_text(subject, body)
    hits: list[Hit] = []
    for sym, ps in _SETS.items():
        plain = None if anchored else ps.pattern.search(text)
        found = ps.search(text) if anchored else (plain.group(0) if plain else None)
        if found is not None:
            hits.append(Hit(sym, found))
    if len(hits) >= MANY:
        hits.append(Hit("SPAM_PHRASE_MANY", ", ".join(h.symbol.removeprefix("SPAM_PHRASE_") for h in hits)))
    return hits
