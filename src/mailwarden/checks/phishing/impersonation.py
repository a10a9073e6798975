"""Display names impersonating protected people, agencies or brands while the address is elsewhere."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import BaseModel

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.phishing.options import PhishingOptions
from mailwarden.textfeatures.confusables import ascii_fold
from mailwarden.textfeatures.domains import in_domain, registered_domain
from mailwarden.textfeatures.scripts import char_script
from mailwarden.verdict import Category, Hit

# Public authorities named in a display name ("Cục Thuế TP Hà Nội", "Bộ Công an – VNeID", "人力资源和社会保障局"),
# matched on the accent-folded name: phishing against agencies poses as the tax office, police, courts,
# social insurance or the treasury from a free-mail account or a look-alike domain, and real authorities
# mail from their government domain. Hand-written: no maintained list of such names exists.
_AUTHORITY = re.compile(
    r"\b(?:bo cong an|cong an (?:tinh|thanh pho|tp|quan|huyen|phuong|xa)|canh sat|csgt|cuc (?:thue|hai quan|canh sat)"
    r"|chi cuc thue|tong cuc|toa an|vien kiem sat|bao hiem xa hoi|bhxh|kho bac|ubnd|uy ban nhan dan|(?<!phi )chinh phu"
    r"|hai quan|dich vu cong|vneid"
    r"|so (?:noi vu|tai chinh|y te|giao duc|tu phap|ke hoach|tai nguyen|xay dung|cong thuong|lao dong|thong tin)"
    r"|bo (?:tai chinh|noi vu|y te|ngoai giao|tu phap|giao duc|ke hoach|cong thuong|quoc phong|lao dong|thong tin))\b"
    r"|人民政府|国务院|國務院|税务局|税务总局|税务所|稅務局|公安|派出所|法院|检察院|檢察院|海关|海關|人力资源和社会保障|人社局"
    r"|社保局|社保中心|社会保险(?:事业)?(?:管理)?(?:局|中心)|社會保險局"
    r"|医保局|医疗保障局|公积金管理中心|財政局|财政局|财政部|市场监督管理局|交警"
)


def _shows(shown: str, name: str, cjk_start: re.Pattern[str] | None) -> bool:
    """Whether the folded display name ``shown`` (padded with spaces) shows the folded ``name``: as a word,
    or inside a longer name when that is over 6 letters. A Chinese name has no spaces round it, so it counts
    at the start of the display name or after a non-letter ("京东售后", "【京东】客服"), also after 中国
    ("中国工商银行"), but not inside another word ("北京东方科技" holds 京东): ``cjk_start`` (``_cjk_start``)."""
    if f" {name} " in shown or (len(name) > 6 and name in shown):
        return True
    return cjk_start is not None and name in shown and cjk_start.search(shown.strip()) is not None


def _cjk_start(name: str) -> re.Pattern[str] | None:
    """The pattern of a Chinese ``name`` where it starts a name (``_shows``); None for other names."""
    if name.isascii() or not any(char_script(c) == "CJK" for c in name):
        return None
    return re.compile(rf"(?:^|[^\w]|中国){re.escape(name)}")


class DisplayNameImpersonation(Part):
    """``From: "Microsoft 365 Support" <x@evil.example>`` (SPOOF_DISPLAY_NAME_* cover addresses in names)."""

    name = "phish_impersonation"
    description = "display name of a protected person/brand from another domain"
    symbols: ClassVar = (
        SymbolDef("PHISH_DISPLAY_NAME_IMPERSONATION", 3.0, "display name of a protected person, agency or brand; "
                  "the address is not theirs", Category.PHISHING, "phish_impersonation"),
        SymbolDef("PHISH_AUTHORITY_NAME", 3.0, "display name of a public authority (tax office, police, court, "
                  "social insurance...) from a non-government domain", Category.PHISHING, "phish_impersonation"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS})

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, PhishingOptions)
        # Folded and compiled once: the check runs on every message against ~90 names.
        self.names = [
            (ascii_fold(n), n, tuple(d.lower() for d in doms), _cjk_start(ascii_fold(n)))
            for n, doms in opts.names.items()
            if n
        ]

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        if not m.from_display or not m.from_domain:
            return CheckResult()
        shown = f" {ascii_fold(m.from_display)} "
        dom = m.from_domain.lower()
        org = registered_domain(dom)
        names = list(self.names)
        opts = self.options
        assert isinstance(opts, PhishingOptions)
        if opts.protect_own_domains:
            names += [(ascii_fold(p), p, (p,), _cjk_start(ascii_fold(p))) for p in ctx.protected_domains]
        for folded, original, allowed, cjk_start in names:
            if not _shows(shown, folded, cjk_start):
                continue
            if any(dom == a or dom.endswith("." + a) or org == a for a in allowed):
                continue
            return CheckResult(
                [Hit("PHISH_DISPLAY_NAME_IMPERSONATION", f"{m.from_display!r} shows {original!r}, sent from {dom}")]
            )
        authority = _AUTHORITY.search(shown.replace("đ", "d"))
        if authority:
            allowed_domains = (*opts.government_domains, *ctx.protected_domains)
            if not in_domain(dom, tuple(a.lower() for a in allowed_domains)):
                return CheckResult(
                    [Hit("PHISH_AUTHORITY_NAME", f"{m.from_display!r} names {authority.group(0)!r}, sent from {dom}")]
                )
        return CheckResult()
