"""Domain helpers: registered domain, IDN decoding, bounded edit distance and look-alike classification."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from mailwarden.textfeatures.confusables import skeleton

# inet_aton accepts these host forms; browsers too (http://3232235777/, http://0xC0.0xA8.1.1/).
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|xn--[a-z0-9-]+")
_NUMERIC_HOST = re.compile(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


@lru_cache(maxsize=65536)
def in_domain(domain: str, parents: tuple[str, ...]) -> str | None:
    """The first of ``parents`` that ``domain`` equals or is a subdomain of."""
    d = domain.lower().rstrip(".")
    for p in parents:
        if d == p or d.endswith("." + p):
            return p
    return None


def registered_domain(host: str) -> str:
    """Public suffix plus one label (``mail.mof.gov.vn`` -> ``mof.gov.vn``); the host itself otherwise."""
    h = host.strip().rstrip(".").lower()
    if not h or is_ip_host(h):
        return h
    return _psl().privatesuffix(h) or h


@lru_cache(maxsize=65536)
def public_suffix(host: str) -> str:
    return _psl().publicsuffix(host.strip().rstrip(".").lower()) or ""


def is_host_name(text: str) -> bool:
    """``text`` is dot-separated labels ending in a top-level domain of the public suffix list
    (``spamassassin.taint.org``; not ``Now.get.up.to.1.BTC``)."""
    h = text.strip().rstrip(".").lower()
    if "." not in h or not all(_LABEL.fullmatch(p) for p in h.split(".")):
        return False
    return _psl().publicsuffix(h, accept_unknown=False) is not None


def is_ip_host(host: str) -> bool:
    h = host.strip("[]")
    if ":" not in h and not h.replace(".", "").isdigit():
        return False  # neither IPv6 nor dotted decimal: most hosts, without ipaddress's parse
    try:
        ipaddress.ip_address(h)
    except ValueError:
        return False
    return True


def is_numeric_host(host: str) -> bool:
    """A host written as a number that is not dotted-quad decimal (decimal, hex or octal forms)."""
    if not _NUMERIC_HOST.fullmatch(host) or is_ip_host(host):
        return False
    return host.isdigit() or "0x" in host.lower() or any(p.startswith("0") and len(p) > 1 for p in host.split("."))


@lru_cache(maxsize=16384)
def unicode_host(host: str) -> str:
    """A-labels (``xn--``) decoded to Unicode for display and script checks; undecodable labels stay."""
    if "xn--" not in host:
        return host
    out = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                out.append(label.encode("ascii").decode("idna"))
            except UnicodeError:
                out.append(label)
        else:
            out.append(label)
    return ".".join(out)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count 1), or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@dataclass(frozen=True, slots=True)
class Lookalike:
    """``host`` imitates ``target``; ``kind`` is homoglyph, edit-distance, added-words or tld-swap."""

    host: str
    target: str
    kind: str


def _label(dom: str) -> tuple[str, str]:
    """(the registrable label, its public suffix): ``mof.gov.vn`` -> (``mof``, ``gov.vn``)."""
    suffix = public_suffix(dom)
    if suffix and dom.endswith("." + suffix):
        return dom[: -len(suffix) - 1], suffix
    head, _, tail = dom.rpartition(".")
    return head, tail


@lru_cache(maxsize=65536)
def lookalike(host: str, targets: tuple[str, ...]) -> Lookalike | None:
    """The protected domain ``host`` imitates without being it (or a subdomain of it), if any.

    Short names (< 4 letters) are compared only by homoglyph skeleton: an edit distance of 1 to
    ``mof`` would match half the internet.
    """
    h = unicode_host(host.lower().rstrip("."))
    if not h or is_ip_host(h):
        return None
    reg = registered_domain(h)
    label, suffix = _label(reg)
    reg_skel, h_skel = skeleton(reg), skeleton(h)
    clean = [t for t in (x.lower().rstrip(".") for x in targets) if t]
    # A protected domain itself never imitates another one (mof.gov.vn is one edit from mofa.gov.vn).
    if any(h == t or h.endswith("." + t) or reg == t for t in clean):
        return None
    for t in clean:
        t_label, t_suffix = _label(t)
        if not t_label:
            continue
        t_skel = skeleton(t)
        if reg_skel == t_skel or (h_skel.endswith("." + t_skel) and h_skel != h):
            return Lookalike(host, t, "homoglyph")
        if len(t_label) >= 4:
            if label == t_label and suffix != t_suffix:
                return Lookalike(host, t, "tld-swap")
            limit = 1 if len(t_label) < 7 else 2
            if suffix == t_suffix and 0 < edit_distance(label, t_label, limit) <= limit:
                return Lookalike(host, t, "edit-distance")
            parts = re.split(r"[-.]", label)
            if len(parts) > 1 and t_label in parts:
                return Lookalike(host, t, "added-words")
            # the protected domain as a left-hand label: mof.gov.vn.secure-login.com
            if h.startswith(t + ".") or h.startswith(t.replace(".", "-") + "."):
                return Lookalike(host, t, "added-words")
    return None


# URL shorteners (hosts and registered domains): the phishing checks flag them, the classifier has a token.
URL_SHORTENERS = frozenset(
    [
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "t.ly",
        "tiny.cc",
        "bitly.com",
        "s.id",
        "v.gd",
        "qrco.de",
        "lnkd.in",
        "surl.li",
        "u.to",
        "clck.ru",
        "t.cn",
        "dwz.cn",
        "url.cn",
        "suo.im",
    ]
)
