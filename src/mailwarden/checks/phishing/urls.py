"""URL tricks: anchor text naming another domain, IP and numeric hosts, userinfo, IDN/mixed scripts, shorteners."""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import unquote

from mailwarden.checks._parts import Part
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.phishing.links import message_urls
from mailwarden.message.model import Url
from mailwarden.textfeatures.domains import (
    URL_SHORTENERS,
    is_ip_host,
    is_numeric_host,
    public_suffix,
    registered_domain,
    unicode_host,
)
from mailwarden.textfeatures.scripts import is_mixed_script, scripts_of
from mailwarden.verdict import Category, Hit

_ANCHOR_DOMAIN = re.compile(r"^\s*(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?\s*$", re.I)
# Open redirectors: a query parameter that carries a whole URL.
_REDIRECT = re.compile(
    r"[?&](?:url|u|q|target|dest|destination|redirect(?:_uri|_url)?|goto|link|r)=(?:https?%3a|https?:)", re.IGNORECASE
)
_USERINFO = re.compile(r"^[a-z]+://([^/?#]*)@", re.IGNORECASE)
MAX_URLS = 200


def _sender_orgs(ctx: CheckContext) -> set[str]:
    """Organisations of the From address and of the envelope sender (SMTP MAIL FROM, else Return-Path)."""
    m = ctx.message
    addrs = [m.from_domain or "", m.envelope.mail_from or "", m.header("Return-Path") or ""]
    return {registered_domain(a.rpartition("@")[2].strip(" <>").lower()) for a in addrs if a.strip(" <>")}


def _anchor_mismatch(u: Url) -> str | None:
    if not u.anchor_text or u.source != "html":
        return None
    m = _ANCHOR_DOMAIN.match(u.anchor_text)
    if m is None:
        return None
    shown = m.group(1).lower()
    if not public_suffix(shown) or public_suffix(shown) == shown:
        return None
    shown_org, real_org = registered_domain(shown), registered_domain(u.host)
    if shown_org != real_org:
        return f"text {shown}, link {u.host}"
    return None


class PhishingUrls(Part):
    """Per-URL tricks over every URL the parser found (text, HTML links, forms, sources, attachments)."""

    name = "phish_urls"
    description = "deceptive URLs"
    symbols: ClassVar = (
        SymbolDef("PHISH_ANCHOR_MISMATCH", 2.5, "link text shows one domain, the link goes to another",
                  Category.PHISHING, "phish_url"),
        SymbolDef("PHISH_IP_URL", 2.5, "URL with an IP address as host", Category.PHISHING, "phish_url"),
        SymbolDef("PHISH_NUMERIC_URL", 4.0, "URL host written as a decimal/hex/octal number", Category.PHISHING,
                  "phish_url"),
        SymbolDef("PHISH_URL_USERINFO", 4.0, "URL with a user part that looks like a domain (https://bank.vn@evil)",
                  Category.PHISHING, "phish_url"),
        SymbolDef("PHISH_PUNYCODE_URL", 1.0, "URL host in punycode (xn--)", Category.PHISHING, "phish_url"),
        SymbolDef("PHISH_MIXED_SCRIPT_DOMAIN", 4.0, "URL host label mixing Latin with look-alike scripts",
                  Category.PHISHING, "phish_url"),
        SymbolDef("PHISH_SHORTENER", 1.0, "link through a URL shortener", Category.PHISHING, "phish_url"),
        SymbolDef("PHISH_REDIRECTOR", 1.0, "link through an open redirector (URL in a query parameter)",
                  Category.PHISHING, "phish_url"),
    )  # fmt: skip
    needs = frozenset({Need.BODY})

    async def run(self, ctx: CheckContext) -> CheckResult:
        found: dict[str, str] = {}
        senders: set[str] | None = None
        for u in message_urls(ctx)[:MAX_URLS]:
            host = u.host
            if "PHISH_ANCHOR_MISMATCH" not in found and (why := _anchor_mismatch(u)):
                # A link to the sender's own organisation is its mailer's click tracking ("www.brand.com"
                # shown, click.esp.net linked by news@esp.net): 73% of the rule's hits on TREC 2007 ham,
                # 34 SpamAssassin ham; 8 of 4,616 phishing_pot messages keep no other mismatch.
                senders = _sender_orgs(ctx) if senders is None else senders
                if registered_domain(host) not in senders:
                    found["PHISH_ANCHOR_MISMATCH"] = why
            if is_ip_host(host):
                # Images from IP hosts are common in spam but not deceptive; links and forms are.
                if u.source in ("html", "text", "html-form", "html-meta", "attachment", "qr"):
                    found.setdefault("PHISH_IP_URL", u.url[:100])
            elif is_numeric_host(host):
                found.setdefault("PHISH_NUMERIC_URL", u.url[:100])
            ui = _USERINFO.match(u.url)
            if ui and "." in unquote(ui.group(1)) and not is_ip_host(host):
                found.setdefault("PHISH_URL_USERINFO", u.url[:100])
            if "xn--" in host:
                found.setdefault("PHISH_PUNYCODE_URL", f"{host} ({unicode_host(host)})")
                for label in unicode_host(host).split("."):
                    if is_mixed_script(label) or (not label.isascii() and len(scripts_of(label)) > 1):
                        found.setdefault("PHISH_MIXED_SCRIPT_DOMAIN", f"{unicode_host(host)}")
            # Links a reader follows: the body's, and those inside attached PDF/Office files and QR codes (a
            # "0.7495 BTC" PDF or a QR-code lure carries its one bit.ly link there), not images or styles.
            if u.source in ("html", "text", "attachment", "qr"):
                if registered_domain(host) in URL_SHORTENERS or host in URL_SHORTENERS:
                    found.setdefault("PHISH_SHORTENER", u.url[:100])
                if _REDIRECT.search(u.url):
                    found.setdefault("PHISH_REDIRECTOR", u.url[:100])
        return CheckResult([Hit(sym, detail) for sym, detail in found.items()])
