"""Hashed features of a message: body and subject words (diacritics on and off), CJK n-grams, URLs, senders.

Body words of four letters or more also give their character 4-grams (``"<pha"``, ``"harm"``, ...),
from the first ``MAX_GRAM_WORDS`` words: spellings, compounds and inflections of spam words share
them ("pharmacyonline", "v1agra"). Out of sample they raised spam detection at ham FPR 0.1% from
88.6% to 92.5% (3-grams as well: 89.8%; 5-grams: 92.3%), for ~0.3 ms per message.

Besides words, a few era-robust *shape* tokens describe how a message is addressed and built:
the top Content-Type/charset/transfer encoding, the number of recipients, an undisclosed or
missing To, the shape of the From local part, a Reply-To in another domain, a missing Message-ID,
the subject's shape (capitals, ``$``/``!``, ``RE:`` without a thread) and its character 3/4-grams
(obfuscated spellings), and URL shape (shortener, port, ``@``, query, anchor text naming another
domain, path words, links to the From domain or to others). ``uf:`` tokens came after version 4 without
a new version: they are added tokens, and a version 4 model or site learning ignores them.

Mostly Vietnamese/Chinese mail also gets a ``vz|`` copy of each language-neutral token (sender domain,
URL, header and shape tokens): the training holds far more English mail, and the copies let the model
learn what a free-mail sender or a link shape means in that mail apart from what it means in English
mail. On the held-out Vietnamese/Chinese sets it raised the ranking of junk over ham (AUC 0.9919 to
0.9938) and junk flagged from 30 to 31 of 40, with no ham flagged.

Features are binary and hashed into ``2**HASH_BITS`` buckets with CRC-32 (stable across processes,
unlike ``hash()``); a message's vector is its set of buckets, L2-normalised at scoring time.
Header fields that date a message (mailer versions, relay names) are left out on purpose: the
training ham is from 2002 and the phishing from 2023, and those would teach the era, not the intent.

The hits of the rule checks (headers, body, subject, MIME, phishing URLs) are features too, in
their own ``RULE_SPACE`` lowest buckets, each worth a fixed ``RULE_VALUE`` instead of the
``1/sqrt(n)`` share of a word: the model learns how much a rule is worth next to the words, and a
rule keeps its weight in a long message. Out of sample (bench/accuracy.py split, classifier alone)
they raised spam detection at ham FPR 0.1% from 85.6% to 88.6%; values 0.15/0.25/0.4 gave
88.6/89.0/89.9%, but 0.15 had the best cross-validated partial AUC on the training part.

Last, byte 4-grams of the decoded body (:func:`body_grams`: the HTML source, then the text the words come
from, the first ``BODY_GRAM_BYTES`` as UTF-8) fill the top ``2**BODY_GRAM_BITS`` buckets, together worth
``BODY_GRAM_VALUE`` of the message's norm. They see what words do not: markup and template structure (a
phishing kit's form and styles, a mass-mailer's table layout), punctuation, spacing, spellings across word
boundaries, and any script without a tokeniser. Decoded, not the transfer-encoded bytes: base64 and MIME
boundaries would teach the mailer, and the raw form scored worse forward (spam 92.3%). Out of sample
(bench/accuracy.py, with the rules, calibrated as shipped) they raised spam detection at ham FPR 0.1% from
94.3% to 94.8% forward and 84.0% to 88.2% reverse, phishing from 99.75% to 99.89% and 88.5% to 95.9%, ROC
area 0.99955 -> 0.99968 and 0.99488 -> 0.99824; no more held-out ham flagged (the feed/alert set 2 -> 1).
Grams of the rendered text alone gained a third of that; value 0.5 or 1.0 and 2,000 or 5,000 bytes were
within 0.4 points of these.

Words, grams and links of a mailing list's footer are left out (``listfooter``): the list appends it to
the letters and the spam it relays alike. Out of sample (as above) spam detection at ham FPR 0.1% rose
from 94.4% to 95.9% forward and 88.2% to 92.4% reverse, phishing 95.9% to 97.6% reverse, ROC area
0.99965 -> 0.99977 and 0.99825 -> 0.99909; with the footer's words cut but its links kept, half of that.
So is the list's subject tag (``[ILUG] DEAL`` reads as ``DEAL``) on mail with a list header field: spam
detection at ham FPR 0.1% 92.4% -> 93.2% reverse (ROC area 0.99909 -> 0.99916), forward unchanged (95.85%).
Also dropping the addressing tokens (recipients, Reply-To) of list mail was worse: 94.9% and 92.8%.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from zlib import crc32

import numpy as np
import numpy.typing as npt

from mailwarden.classifier.bytegrams import byte_grams
from mailwarden.classifier.listfooter import relayed_by_list, strip_list_footer, strip_list_tag
from mailwarden.message.model import Message, Url
from mailwarden.textfeatures.domains import URL_SHORTENERS, is_ip_host, registered_domain
from mailwarden.textfeatures.scripts import VI_ZH_SHARE, vi_zh_share
from mailwarden.textfeatures.tokens import char_ngrams, strip_diacritics, words

FEATURE_VERSION = 5  # 5: body byte-grams, list footers cut; 4: rule hits in their own buckets
HASH_BITS = 20
SIZE = 1 << HASH_BITS
# Buckets: rule hits [0, RULE_SPACE), tokens [RULE_SPACE, GRAM_BASE), body byte-grams [GRAM_BASE, SIZE).
RULE_SPACE = 1 << 16
RULE_VALUE = 0.15
BODY_GRAM_BITS = 18
GRAM_BASE = SIZE - (1 << BODY_GRAM_BITS)
BODY_GRAM_BYTES = 3000
BODY_GRAM_VALUE = 0.7
MAX_BODY_CHARS = 20_000
MAX_BODY_TOKENS = 2500
MAX_BIGRAMS = 1500
MAX_URLS = 40
MAX_SUBJECT_GRAM_WORDS = 20
MAX_GRAM_WORDS = 400
_PATH_WORD = re.compile(r"[a-z]{3,15}")
_CHARSET = re.compile(r'charset\s*=\s*"?([a-z0-9_\-]+)')
_REPLY_PREFIX = re.compile(r"\s*(?:re|fw|fwd|aw|tr|sv)\s*:", re.IGNORECASE)
_TRAILING_ID = re.compile(r"(?<!\s)\s{3,}[\w#-]{3,}$")
_URL_ANCHOR = re.compile(r"\s*(?:https?://|www\.)", re.IGNORECASE)
_SHAPE_HEADERS = frozenset(("content-type", "content-transfer-encoding", "to", "in-reply-to", "references"))


VIZH_PREFIX = "vz|"
_NEUTRAL_PREFIXES = ("fd:", "u:", "ut:", "us:", "uf:", "u#", "uu:", "h:", "ss:", "at:", "ax:")
_NEUTRAL = frozenset(("html", "nohtml", "#nobody"))


def _bucket(n: int, cuts: tuple[int, ...] = (0, 1, 2, 3, 5, 10, 20, 50)) -> str:
    for c in cuts:
        if n <= c:
            return str(c)
    return "many"


def _local_shape(s: str) -> str:
    """``"john.smith"`` -> ``"a._L12"``, ``"x7f3k9q2"`` -> ``"dDaL8"``: random-looking senders generalise."""
    d = sum(c.isdigit() for c in s)
    return (
        f"{'d' if d else ''}{'D' if d > 3 else ''}{'a' if any(c.isalpha() for c in s) else ''}"
        f"{'.' if '.' in s else ''}{'_' if ('_' in s or '-' in s) else ''}L{_bucket(len(s), (4, 8, 12, 16, 24))}"
    )


def _body_text(m: Message) -> str:
    return m.memo("body_text", lambda: _read_body_text(m))


def _subject(m: Message) -> str:
    """The subject without a mailing list's tag, when a list relayed the message (``listfooter``)."""
    return m.memo("subject-untagged", lambda: _untagged_subject(m))


def _untagged_subject(m: Message) -> str:
    return strip_list_tag(m.subject) if relayed_by_list(m) else m.subject


def _text_without_footer(m: Message) -> str:
    """The text part without a mailing-list footer (a prefix of ``m.text_body``)."""
    return m.memo("text_body_no_footer", lambda: strip_list_footer(m.text_body))


def _read_body_text(m: Message) -> str:
    text = _text_without_footer(m)
    # A short text part next to HTML is usually "view this in a browser": use the HTML's text too.
    if m.html_body and len(text) < 400:
        text = f"{text}\n{m.html_text}" if text else m.html_text
    return text[:MAX_BODY_CHARS]


def _body_words(m: Message) -> list[str]:
    """The words of the text the classifier reads (up to ``MAX_BODY_TOKENS``), once per message."""
    return m.memo("body_words", lambda: words(_body_text(m), MAX_BODY_TOKENS))


def body_word_count(m: Message) -> int:
    return len(_body_words(m))


def _text_urls(m: Message) -> list[Url]:
    """The message's URLs less those only in a mailing-list footer (``listfooter``: the list's, not the
    message's)."""
    body = _text_without_footer(m)
    if len(body) == len(m.text_body):
        return m.urls
    footer, kept = m.text_body[len(body) :].lower(), body.lower()
    return [u for u in m.urls if not (u.source == "text" and u.host in footer and u.host not in kept)]


def _url_tokens(m: Message, out: set[str]) -> None:
    urls = _text_urls(m)
    seen: set[str] = set()
    own = registered_domain(m.from_domain.lower()) if m.from_domain else ""
    rel: set[str] = set()
    for u in urls[: MAX_URLS * 4]:
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
            if own and u.source != "html-src":  # links, not images
                rel.add("same" if reg == own else "other")
            out.add("ut:" + reg.rpartition(".")[2])
        out.add("us:" + u.source)
    # Where the links go, relative to the From domain: a real sign-in notice or password reset links
    # to its sender's own domain, its imitation to another one. Era-robust (the 2002 ham and the 2024
    # phishing differ in almost everything else); out of sample it raised junk detection at ham FPR
    # 0.1% from 97.5% to 97.7% (forward split) and from 83.6% to 84.7% (reverse), classifier alone.
    out.update("uf:" + r for r in rel)
    if rel == {"same"}:
        out.add("uf:only-same")
    n = len({u.host for u in urls})
    out.add(f"u#{min(n, 10) if n < 10 else (20 if n < 20 else 50)}")
    paths: set[str] = set()
    for u in urls[: MAX_URLS + 20]:
        url = u.url.lower()
        hostport, _, path = url.partition("://")[2].partition("/")
        if u.host in URL_SHORTENERS:
            out.add("uu:short")
        if "@" in hostport:
            out.add("uu:at")
        if ":" in hostport and not hostport.startswith("["):
            out.add("uu:port")
        if "?" in url:
            out.add("uu:query")
        out.add("uu:https" if url.startswith("https") else "uu:http")
        if u.host.count(".") >= 3:
            out.add("uu:deep")
        if "-" in u.host:
            out.add("uu:hyph")
        if u.anchor_text and _URL_ANCHOR.match(u.anchor_text):
            shown = u.anchor_text.strip().lower().partition("://")[2 if "://" in u.anchor_text else 0]
            shown = shown.split("/")[0]
            if shown and registered_domain(shown) != registered_domain(u.host):
                out.add("uu:anchor-other")
        p = path.partition("?")[0]
        if p not in paths:
            paths.add(p)
            for w in _PATH_WORD.findall(p)[:6]:
                out.add("up:" + w)


def _shape_tokens(m: Message, out: set[str]) -> None:
    """How the message is addressed and built (not which software built it, nor when)."""
    raw: dict[str, bytes] = {}
    for name, value in m.headers:
        n = name.lower()
        if n in _SHAPE_HEADERS and n not in raw:
            raw[n] = value
    ct = raw.get("content-type", b"text/plain").decode("latin-1").lower()
    out.add("h:ct:" + ct.partition(";")[0].strip()[:40])
    cs = _CHARSET.search(ct)
    if cs:
        out.add("h:cs:" + cs.group(1)[:20])
    out.add("h:cte:" + raw.get("content-transfer-encoding", b"").decode("latin-1").strip().lower()[:20])
    out.add("h:nrcpt:" + _bucket(len(m.to) + len(m.cc)))
    to = raw.get("to", b"").decode("latin-1").lower()
    if not m.to:
        out.add("h:to:none")
    if "undisclosed" in to or "recipient" in to:
        out.add("h:to:undisc")
    if m.from_address and "@" in m.from_address:
        fa = m.from_address.lower()
        if any(t.lower() == fa for t in m.to):
            out.add("h:to:self")
        out.add("h:flp:" + _local_shape(fa.partition("@")[0]))
    if not m.from_display:
        out.add("h:fn:none")
    if m.reply_to:
        fd = registered_domain(m.from_domain) if m.from_domain else ""
        rd = {registered_domain(r.rpartition("@")[2].lower()) for r in m.reply_to if "@" in r}
        out.add("h:rt:same" if rd == {fd} else "h:rt:diff")
    if not m.message_id:
        out.add("h:nomid")
    s = _subject(m)
    if not s.strip():
        out.add("ss:empty")
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 6:
        up = sum(c.isupper() for c in letters) / len(letters)
        out.add("ss:caps" if up > 0.8 else ("ss:mixedcaps" if up > 0.4 else "ss:lower"))
    if "$" in s:
        out.add("ss:$")
    if "!" in s:
        out.add("ss:!!" if "!!" in s else "ss:!")
    if "%" in s:
        out.add("ss:%")
    if _REPLY_PREFIX.match(s):
        out.add("ss:re" if ("in-reply-to" in raw or "references" in raw) else "ss:re:nothread")
    if _TRAILING_ID.search(s):
        out.add("ss:trailid")
    out.add("ss:len" + _bucket(len(s), (10, 20, 40, 60, 80)))


def tokens(m: Message) -> set[str]:
    """The feature strings of ``m`` before hashing (useful to explain a score)."""
    out = _tokens(m)
    for w in _gram_words(m):
        out.update("bg:" + g for g in char_ngrams(w, (4,)))
    return out


def _gram_words(m: Message) -> set[str]:
    """The body words whose character 4-grams are features."""
    return {w for w in _body_words(m)[:MAX_GRAM_WORDS] if len(w) >= 4 and not w.startswith("#")}


@lru_cache(maxsize=1 << 15)
def _word_gram_buckets(word: str) -> tuple[int, ...]:
    """The buckets of ``word``'s ``bg:`` 4-gram tokens, as ``hash_tokens`` hashes them. Cached: words recur
    from message to message, and building and hashing the gram strings was a quarter of ``features``."""
    span = GRAM_BASE - RULE_SPACE
    grams = char_ngrams(word, (4,))
    return tuple(RULE_SPACE + crc32(("bg:" + g).encode("utf-8", "surrogatepass")) % span for g in grams)


def _tokens(m: Message) -> set[str]:
    """``tokens`` without the body words' character 4-grams."""
    out: set[str] = set()
    body = _body_words(m)
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
    for i, w in enumerate(words(_subject(m), 60)):
        out.add("s:" + w)
        if not w.isascii():
            w = strip_diacritics(w)
            out.add("s:" + w)
        if i < MAX_SUBJECT_GRAM_WORDS and not w.startswith("#"):
            out.update("sg:" + g for g in char_ngrams(w))
    if m.from_domain:
        out.add("fd:" + registered_domain(m.from_domain))
    for w in words(m.from_display, 12):
        out.add("fn:" + strip_diacritics(w))
    _url_tokens(m, out)
    _shape_tokens(m, out)
    for a in m.attachments[:10]:
        out.add("at:" + a.sniffed_type)
        if a.filename and "." in a.filename:
            out.add("ax:" + a.filename.rpartition(".")[2].lower()[:8])
    out.add("html" if m.html_body else "nohtml")
    if not body:
        out.add("#nobody")
    if message_language_share(m) >= VI_ZH_SHARE:
        # Vietnamese/Chinese mail also gets its own copy of the language-neutral tokens (sender, links,
        # headers, shape): the model learns what they mean in that mail apart from what they mean in the
        # far larger English corpora (Daume's "frustratingly easy" feature augmentation).
        out.update([VIZH_PREFIX + t for t in out if t.startswith(_NEUTRAL_PREFIXES) or t in _NEUTRAL])
    return out


def message_language_share(m: Message) -> float:
    """``vi_zh_share`` of the subject and body text, as the classifier judges a message (once per message:
    features, scoring and learning all ask)."""
    return m.memo("vi_zh_share", lambda: vi_zh_share(m.subject + " " + (m.text_body or m.html_text)))


def rule_bucket(symbol: str) -> int:
    """The bucket of a rule hit, below ``RULE_SPACE``."""
    return crc32(("r:" + symbol).encode()) % RULE_SPACE


def hash_tokens(
    toks: set[str], rules: Iterable[str] = (), grams: list[int] | None = None, hashed: Iterable[int] = ()
) -> list[int]:
    """Sorted unique buckets of the rule symbols (below ``RULE_SPACE``), of ``toks`` and the token buckets
    ``hashed`` already (from there to ``GRAM_BASE``), then the body ``grams`` (``body_grams``: sorted,
    unique, at ``GRAM_BASE`` and above)."""
    span = GRAM_BASE - RULE_SPACE
    out = {RULE_SPACE + crc32(t.encode("utf-8", "surrogatepass")) % span for t in toks}
    out.update(hashed)
    out.update(rule_bucket(r) for r in rules)
    return sorted(out) + grams if grams else sorted(out)


def body_grams(m: Message) -> list[int]:
    """The buckets of the byte 4-grams of ``m``'s decoded body, sorted: its HTML source and the text the
    words come from, the first ``BODY_GRAM_BYTES`` of it as UTF-8."""
    n = BODY_GRAM_BYTES  # a character is a byte or more: the first n of each part are enough
    text = f"{(m.html_body or '')[:n]}\n{_body_text(m)[:n]}"[:n].encode("utf-8", "surrogatepass")
    grams: list[int] = (byte_grams(text, n, BODY_GRAM_BITS) + GRAM_BASE).tolist()
    return grams


def features(m: Message, rules: Iterable[str] = ()) -> list[int]:
    """The buckets of ``m``; ``rules`` are the symbols the rule checks hit (checks.spam.rules).
    Computed once per message and rule set (the check and ``eval --online``'s learner share it)."""
    r = tuple(rules)
    return m.memo("features " + " ".join(r), lambda: _features(m, r))


def _features(m: Message, rules: tuple[str, ...]) -> list[int]:
    """``hash_tokens(tokens(m), rules, body_grams(m))``, the word 4-grams hashed through a cache."""
    hashed: set[int] = set()
    for w in _gram_words(m):
        hashed.update(_word_gram_buckets(w))
    return hash_tokens(_tokens(m), rules, body_grams(m), hashed)


def vector_values(idx: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """The value of each bucket of a sorted bucket array: ``RULE_VALUE`` for rule hits, the token
    buckets share a unit L2 norm (``1/sqrt(n)`` each) and the body grams one of ``BODY_GRAM_VALUE``."""
    n_rules = int(np.searchsorted(idx, RULE_SPACE))
    n_grams = len(idx) - int(np.searchsorted(idx, GRAM_BASE))
    vals = np.empty(len(idx), np.float64)
    vals[:n_rules] = RULE_VALUE
    n = len(idx) - n_rules - n_grams
    if n:
        vals[n_rules : n_rules + n] = 1.0 / math.sqrt(n)
    if n_grams:
        vals[len(idx) - n_grams :] = BODY_GRAM_VALUE / math.sqrt(n_grams)
    return vals
