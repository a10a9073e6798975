"""Classifier features: shape tokens of headers, subject and URLs, and no era-specific header fields."""

from __future__ import annotations

import base64

import numpy as np

from mailwarden.classifier.features import (
    BODY_GRAM_VALUE,
    FEATURE_VERSION,
    GRAM_BASE,
    RULE_SPACE,
    RULE_VALUE,
    SIZE,
    body_grams,
    features,
    hash_tokens,
    tokens,
    vector_values,
)
from mailwarden.message import parse_message

SPAM = (
    b"From: Best Deals <x7f3k9q2@promo.example>\r\nTo: undisclosed-recipients:;\r\n"
    b"Reply-To: claims@other.example\r\nSubject: FREE V1AGRA NOW!!! $$$\r\nX-Mailer: Foo Mailer 5.50.4522\r\n"
    b"Content-Type: text/html; charset=windows-1251\r\n\r\n"
    b'<p>Buy now <a href="http://bit.ly:8080/get/cheap-pills?id=1">http://www.trusted.example/</a></p>\r\n'
)
HAM = (
    b"From: Tim Smith <tim.smith@lists.example>\r\nTo: dev@lists.example\r\nSubject: Re: the build script\r\n"
    b"Message-ID: <a@lists.example>\r\nIn-Reply-To: <b@lists.example>\r\n\r\nThe patch works for me.\r\n"
)


def test_shape_tokens() -> None:
    t = tokens(parse_message(SPAM))
    for tok in ("h:ct:text/html", "h:cs:windows-1251", "h:to:undisc", "h:rt:diff", "h:nomid", "ss:caps", "ss:$"):
        assert tok in t, tok
    assert "ss:!!" in t and "sg:<v1" in t and "h:flp:dDaL8" in t
    for tok in ("uu:short", "uu:port", "uu:query", "uu:anchor-other", "up:cheap", "up:pills"):
        assert tok in t, tok
    h = tokens(parse_message(HAM))
    assert "ss:re" in h and "ss:re:nothread" not in h and "h:rt:diff" not in h and "h:nomid" not in h


def test_no_mailer_or_date_tokens() -> None:
    t = tokens(parse_message(SPAM))
    assert not any("mailer" in x or "5.50" in x for x in t)
    assert FEATURE_VERSION >= 2


def test_features_are_sorted_unique_buckets() -> None:
    m = parse_message(HAM)
    b = features(m, ["HDR_X"])
    assert b == sorted(set(b)) == hash_tokens(tokens(m), ["HDR_X"], body_grams(m))
    # Rule hits, tokens and body grams each keep to their own region.
    assert sum(x < RULE_SPACE for x in b) == 1
    assert all(RULE_SPACE <= x < GRAM_BASE for x in hash_tokens(tokens(m)))
    assert body_grams(m) and all(GRAM_BASE <= x < SIZE for x in body_grams(m))


def test_body_grams_read_the_decoded_html_source_not_the_transfer_encoding() -> None:
    """A phishing kit's form is the same markup whether it came base64 or quoted-printable encoded."""
    html = "<form action='https://x.example/p.php' method='post'><input type='password' name='pw'></form>"
    b64 = parse_message(
        b"Subject: s\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(html.encode())
    )
    plain = parse_message(b"Subject: s\r\nContent-Type: text/html\r\n\r\n" + html.encode())
    assert body_grams(b64) == body_grams(plain)
    # Markup words do not make tokens, but they do make grams: "password" from the input's type.
    assert set(body_grams(plain)) - set(body_grams(parse_message(b"Subject: s\r\n\r\nhello there\r\n")))
    assert body_grams(parse_message(b"Subject: s\r\n\r\n")) == []


def test_each_region_has_its_own_norm() -> None:
    """Rule hits count a fixed value each; tokens share a unit norm and the body grams one of
    BODY_GRAM_VALUE, so a long body's thousands of grams do not drown its words."""
    m = parse_message(SPAM)
    idx = np.array(features(m, ["R1", "R2"]), np.int64)
    v = vector_values(idx)
    rules, grams = idx < RULE_SPACE, idx >= GRAM_BASE
    toks = ~rules & ~grams
    assert np.allclose(v[rules], RULE_VALUE) and rules.sum() == 2
    assert np.isclose(np.sum(v[toks] ** 2), 1.0)
    assert np.isclose(np.sum(v[grams] ** 2), BODY_GRAM_VALUE**2)


def test_body_words_give_character_4grams_shared_by_spellings() -> None:
    spelled = tokens(parse_message(b"Subject: x\r\n\r\nVisit our cheapest pharmacyonline today\r\n"))
    plain = tokens(parse_message(b"Subject: x\r\n\r\nA pharmacy near you\r\n"))
    shared = {t for t in spelled & plain if t.startswith("bg:")}
    assert {"bg:<pha", "bg:phar", "bg:harm", "bg:arma", "bg:rmac", "bg:macy"} <= shared
    # Short words and number tokens give none; only 4-grams.
    short = tokens(parse_message(b"Subject: x\r\n\r\nit is 12345 ok\r\n"))
    assert not any(t.startswith("bg:") for t in short)
    assert all(len(t) == 7 for t in spelled if t.startswith("bg:"))


def test_link_destination_relative_to_the_sender() -> None:
    """A real notice links to its sender's own domain, its imitation elsewhere; images do not count."""
    own = parse_message(
        b"From: Atlassian <noreply@id.atlassian.com>\r\nTo: a@agency.gov.vn\r\nSubject: Reset your password\r\n"
        b"Content-Type: text/html\r\n\r\n<img src='https://cdn.other.example/logo.png'>"
        b"<a href='https://id.atlassian.com/reset?t=1'>Reset password</a>\r\n"
    )
    t = tokens(own)
    assert {"uf:same", "uf:only-same"} <= t and "uf:other" not in t
    fake = parse_message(
        b"From: Atlassian <noreply@atlassian.com>\r\nTo: a@agency.gov.vn\r\nSubject: Reset your password\r\n"
        b"Content-Type: text/html\r\n\r\n<a href='https://atlassian-reset.example/t=1'>Reset password</a>\r\n"
    )
    f = tokens(fake)
    assert "uf:other" in f and "uf:same" not in f and "uf:only-same" not in f


def test_vietnamese_and_chinese_mail_gets_its_own_copy_of_the_language_neutral_tokens() -> None:
    vi = (
        "From: Phong Ke toan <ketoan@congty.example>\r\nTo: a@agency.example\r\nSubject: Thông báo thanh toán\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Kính gửi anh chị, đề nghị thanh toán hóa đơn tháng này tại https://pay.example/hoadon trước ngày 15.\r\n"
    ).encode()
    t = tokens(parse_message(vi))
    # Sender, link, header and shape tokens twice: shared with English mail, and for this language group.
    for tok in ("fd:congty.example", "u:pay.example", "h:ct:text/plain", "nohtml"):
        assert tok in t and "vz|" + tok in t, tok
    # Words are the language's own already: no copies.
    assert "thanh" in t and "vz|thanh" not in t
    assert not any(x.startswith("vz|") for x in tokens(parse_message(SPAM)) | tokens(parse_message(HAM)))
