"""URL extraction from plain text and URL normalisation (host as a browser would resolve it). Never fetches."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.message.hosts import normalise_host
from mailwarden.message.model import Url

# Scheme URLs and scheme-less "www." hosts. Characters that cannot appear unencoded in a URL
# (RFC 3986 §2) end it; trailing punctuation is trimmed afterwards. A URL starts after anything but
# an ASCII letter or digit: ``\b`` is no boundary between a CJK character and "h" or "w", so a link
# right after Chinese text ("请点击http://...") was not found at all.
_TEXT_URL = re.compile(
    r"""(?:(?<![a-z0-9])(?:https?|ftp)://|(?<![a-z0-9])www\d{0,3}\.(?=[a-z0-9-]+\.))"""
    r"""[^\s<>"'`{}|\\^\[\]\x00-\x1f\x7f]+""",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"*"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
_HOST_OK = re.compile(r"[a-z0-9._\-~!$&'()*+,;=%\u0080-\U0010ffff]+|\[[0-9a-f:.]+\]")
_SCHEMES = frozenset(("http", "https", "ftp"))
# Longer URL-like strings are cut; real tracking links stay well below this.
MAX_URL_CHARS = 8192


def _trim(url: str) -> str:
    """Strip punctuation that ends a sentence rather than the URL; keep balanced brackets."""
    url = url.rstrip(_TRAILING)
    while url and url[-1] in _PAIRS:
        close = url[-1]
        surplus = url.count(close) - url.count(_PAIRS[close])
        if surplus <= 0:
            break
        run = len(url) - len(url.rstrip(close))
        url = url[: -min(run, surplus)].rstrip(_TRAILING)
    return url


def normalise_url(raw: str, source: str, anchor_text: str | None = None) -> Url | None:
    """A ``Url`` with lowercased scheme and ASCII host, or None when ``raw`` is not a web URL.

    The host is what a browser would contact: userinfo before the last "@" is dropped
    (``https://bank.vn@evil.com/`` goes to evil.com) and backslashes count as slashes.
    """
    url = raw.strip().replace("\t", "").replace("\n", "").replace("\r", "")
    if not url.isascii():
        url = _cut_host(url, ascii_ends=False)
    if url.startswith("//"):
        url = "http:" + url
    elif url[:3].lower() == "www":
        url = "http://" + url
    scheme, sep, rest = url.partition(":")
    scheme = scheme.lower()
    if not sep or scheme not in _SCHEMES:
        return None
    rest = rest.replace("\\", "/")
    rest = rest.lstrip("/")
    cut = len(rest)
    for ch in "/?#":
        i = rest.find(ch)
        if 0 <= i < cut:
            cut = i
    authority, tail = rest[:cut], rest[cut:]
    userinfo, at, hostport = authority.rpartition("@")
    host, port = hostport, ""
    if host.startswith("["):
        end = host.find("]")
        host, port = (host[: end + 1], host[end + 1 :]) if end > 0 else (host, "")
    elif ":" in host:
        host, _, p = host.rpartition(":")
        port = ":" + p
    if port and not port[1:].isdigit():
        port = ""
    host = normalise_host(host)
    if not host or not _HOST_OK.fullmatch(host):
        return None
    text = f"{scheme}://{userinfo}{at}{host}{port}{tail or '/'}"
    return Url(text, host.strip("[]"), source, anchor_text)


# Characters that end the host of a URL written in text: ASCII punctuation no DNS name has, and CJK
# punctuation and full-width forms. Chinese and Japanese put no space after a link, so without this
# "(www.12306.cn)成功购买了1张车票,票款共计185.00元" was one host (a mixed-script IDN to the phishing
# checks: 5 points on a railway ticket receipt).
_HOST_END = (
    frozenset("(),;!*$&'+=")
    | frozenset(chr(c) for c in range(0x3000, 0x3040))
    | frozenset(chr(c) for c in range(0xFF00, 0xFFF0))
)
_AUTHORITY_END = "/?#"


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


def _cut_host(url: str, ascii_ends: bool = True) -> str:
    """``url`` ending where its host does when the host runs into the text after it: at a character
    no host has, or at CJK text after an ASCII top-level label (``www.example.com了解更多``). A host
    that is CJK from its start (``http://例子.测试``) and one with userinfo (``@``) are left whole.
    ``ascii_ends=False`` ends hosts at CJK punctuation, full-width forms and CJK text only: for links
    (``href``) that a mailer's auto-linking ran on into the Chinese sentence after them."""
    start = url.find("://")
    start = start + 3 if start >= 0 else 0
    end = min((i for i in (url.find(c, start) for c in _AUTHORITY_END) if i >= 0), default=len(url))
    authority = url[start:end]
    if "@" in authority:
        return url
    for i, ch in enumerate(authority):
        if ch in _HOST_END and (ascii_ends or not ch.isascii()):
            return url[: start + i]
        if _is_cjk(ch):
            head, dot, last = authority[:i].rpartition(".")
            if dot and head and last.isascii() and last.isalpha():
                return url[: start + i]
    return url


def text_urls(text: str) -> Iterator[str]:
    """Raw URL strings found in plain text, in order (not normalised, not deduplicated)."""
    if "://" not in text and "www" not in text and "WWW" not in text:
        return
    for m in _TEXT_URL.finditer(text):
        url = _trim(m.group(0)[:MAX_URL_CHARS])
        yield _trim(_cut_host(url))


class UrlCollector:
    """Deduplicated URLs in first-seen order, capped at ``limit``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.urls: list[Url] = []
        self._seen: set[tuple[str, str, str | None]] = set()
        self.full = False
        self._examined = 0

    def add(self, url: Url | None) -> bool:
        """Add ``url``; False once the limit is reached (further URLs are dropped)."""
        if self.full:
            return False
        if url is None:
            return True
        key = (url.url, url.source, url.anchor_text)
        if key in self._seen:
            return True
        if len(self.urls) >= self.limit:
            self.full = True
            return False
        self._seen.add(key)
        self.urls.append(url)
        return True

    def add_text(self, text: str, source: str) -> None:
        """Add the URLs of plain ``text``; repeats are skipped before normalising (cheap)."""
        seen: set[str] = set()
        for raw in text_urls(text):
            if raw in seen:
                continue
            seen.add(raw)
            # Bound the work on texts made of junk URL-like strings that normalise to nothing.
            self._examined += 1
            if self._examined > 10 * self.limit:
                self.full = True
            if not self.add(normalise_url(raw, source)):
                return
