"""Hashed features of a message: body and subject words (diacritics on and off), CJK n-grams, URLs, senders.

Features are binary and hashed into ``2**HASH_BITS`` buckets with CRC-32 (stable across processes,
unlike ``hash()``); a message's vector is its set of buckets, L2-normalised at scoring time.
Header fields that date a message (mailer versions, relay names) are left out on purpose: the
training ham is from 2002 and the phishing from 2023, and those would teach the era, not the intent.
"""

from __future__ import annotations

from zlib import crc32

from mailwarden.message.model import Message
from mailwarden.textfeatures.domains import is_ip_host, registered_domain
from mailwarden.textfeatures.tokens import strip_diacritics, words

FEATURE_VERSION = 1
HASH_BITS = 20
MASK = (1 << HASH_BITS) - 1
MAX_BODY_CHARS = 20_000
MAX_BODY_TOKENS = 2500
MAX_BIGRAMS = 1500
MAX_URLS = 40


def _body_text(m: Message) -> str:
    text = m.text_body
    # A short text part next to HTML is usually "view this in a browser": use the HTML's text too.
    if m.html_body and len(text) < 400:
        text = f"{text}\n{m.html_text}" if text else m.html_text
    return text[:MAX_BODY_CHARS]


def _url_tokens(m: Message, out: set[str]) -> None:
    seen: set[str] = set()
    for u in m.urls[: MAX_URLS * 4]:
        host = u.host
        key = f"{host}|{u.source}"
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > MAX_URLS:
            break
        if is_ip_host(host):
            out.add("u:ip")
        else:
            reg = registered_domain(host)
            out.add("u:" + reg)
            out.add("ut:" + reg.rpartition(".")[2])
        out.add("us:" + u.source)
    n = len({u.host for u in m.urls})
    out.add(f"u#{min(n, 10) if n < 10 else (20 if n < 20 else 50)}")


def tokens(m: Message) -> set[str]:
    """The feature strings of ``m`` before hashing (useful to explain a score)."""
    out: set[str] = set()
    body = words(_body_text(m), MAX_BODY_TOKENS)
    out.update(body)
    for w in body:
        if not w.isascii():
            s = strip_diacritics(w)
            if s != w:
                out.add(s)
    prev = ""
    for w in body[:MAX_BIGRAMS]:
        if prev:
            out.add(f"{prev} {w}")
        prev = w
    for w in words(m.subject, 60):
        out.add("s:" + w)
        if not w.isascii():
            out.add("s:" + strip_diacritics(w))
    if m.from_domain:
        out.add("fd:" + registered_domain(m.from_domain))
    for w in words(m.from_display, 12):
        out.add("fn:" + strip_diacritics(w))
    _url_tokens(m, out)
    for a in m.attachments[:10]:
        out.add("at:" + a.sniffed_type)
        if a.filename and "." in a.filename:
            out.add("ax:" + a.filename.rpartition(".")[2].lower()[:8])
    out.add("html" if m.html_body else "nohtml")
    if not body:
        out.add("#nobody")
    return out


def hash_tokens(toks: set[str]) -> list[int]:
    """Sorted unique buckets of ``toks``."""
    return sorted({crc32(t.encode("utf-8", "surrogatepass")) & MASK for t in toks})


def features(m: Message) -> list[int]:
    return hash_tokens(tokens(m))
