"""Header decoding (RFC 2047, raw 8-bit) and address parsing."""

from __future__ import annotations

import pytest

from mailwarden.message.headers import decode_header_value, domain_of, parse_addresses


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"plain", "plain"),
        (b" folded\r\n\tline\r\n  again", "folded\tline  again"),
        (b"=?utf-8?B?4pyFIFBheW1lbnQ=?= =?utf-8?B?IGNvbmZpcm1lZA==?=", "✅ Payment confirmed"),
        # a multi-byte character split across two encoded words (RFC 2047 §5 forbids it; it happens)
        (b"=?utf-8?q?caf=C3?= =?utf-8?q?=A9?=", "café"),
        (b"=?ISO-8859-1?Q?Andr=E9?= Pirard", "André Pirard"),
        (b"foo=?utf-8?q?bar?=baz", "foobarbaz"),
        (b"=?gb2312?B?xOO6ww==?=", "你好"),
        (b"=?big5?B?pKSk5Q==?=", "中文"),
        (b"=?koi8-r?B?8NLJ18XU?=", "Привет"),
        (b"=?windows-1258?Q?Vi=EAt?=", "Viêt"),
        (b"=?utf-8?B?SGVsbG8?=", "Hello"),  # missing padding
        (b"=?utf-8*en?Q?lang_suffix?=", "lang suffix"),  # RFC 2231 language
        (b"=?x-bogus?q?abc?=", "abc"),
        (b"=?utf-8?b?broken", "=?utf-8?b?broken"),
        ("Thị trường".encode(), "Thị trường"),  # RFC 6532 raw UTF-8
        (b"caf\xe9", "café"),  # raw latin-1
        (b"=?iso-8859-1?Q?Fr\xf6sche?=", "Frösche"),  # raw 8-bit inside an encoded word
    ],
)
def test_decode_header_value(raw: bytes, text: str) -> None:
    assert decode_header_value(raw) == text


def test_decode_header_value_never_raises_on_junk() -> None:
    for raw in (b"=?", b"=?=?=?", b"=?utf-16?b?AAAA?=", b"\x00\xff\xfe=?base64?b?x?=", b"=?rot13?q?x?="):
        assert isinstance(decode_header_value(raw), str)


def test_parse_addresses_display_name_tricks() -> None:
    pairs = parse_addresses(b'"service@paypal.com" <evil@bad.example>, =?utf-8?q?A=2C_B?= <ab@x.example>')
    assert pairs == [("service@paypal.com", "evil@bad.example"), ("A, B", "ab@x.example")]


def test_parse_addresses_whole_mailbox_encoded() -> None:
    assert parse_addresses("=?utf-8?B?IlBheVBhbCIgPHNlcnZpY2VAcGF5cGFsLmNvbT4=?=") == [("PayPal", "service@paypal.com")]


def test_parse_addresses_garbage() -> None:
    assert parse_addresses("Whomever") == [("Whomever", "")]
    assert parse_addresses("") == []
    assert parse_addresses('<<<@@@>>>,,,;;;"') is not None
    assert len(parse_addresses("a@b.example, " * 100_000)) > 1000  # capped, not hung


@pytest.mark.parametrize(
    ("addr", "domain"),
    [
        ("x@Example.COM", "example.com"),
        ("x@bücher.de.", "xn--bcher-kva.de"),
        ("x@[192.0.2.1]", "192.0.2.1"),
        ("nobody", None),
        (None, None),
        ("x@", None),
    ],
)
def test_domain_of(addr: str | None, domain: str | None) -> None:
    assert domain_of(addr) == domain
