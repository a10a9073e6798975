"""Property tests: arbitrary and mutated input never raises anything but MessageError, and is quick."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailwarden.errors import MessageError
from mailwarden.message import Limits, parse_message
from mailwarden.message.headers import decode_header_value, parse_addresses
from mailwarden.message.html import extract_html_urls, html_to_text
from mailwarden.message.mbox import split_mbox
from mailwarden.message.received import envelope_from_received, received_time

SEED = (
    b'From: "A =?utf-8?q?B?=" <a@b.example>\r\nTo: c@d.example\r\nSubject: =?utf-8?B?w4Q=?=\r\n'
    b"Received: from x (x [192.0.2.1]) by y; Tue, 2 Jan 2024 10:00:00 +0000\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: multipart/alternative; boundary=c\r\n\r\n--c\r\n"
    b"Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\nxOO6ww==\r\n"
    b"--c\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b'<a href=3D"http://e.example/">x</a>\r\n--c--\r\n'
    b"--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: in\r\n\r\nhttp://in.example\r\n"
    b'--b\r\nContent-Type: application/zip; name="a.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    b"UEsDBAoAAAAAAA==\r\n--b--\r\n"
)
TOKENS = [
    b"\r\n",
    b"\n",
    b"\r\n\r\n",
    b"--b",
    b"--c",
    b"--b--",
    b"=?",
    b"?=",
    b"=?utf-8?b?",
    b": ",
    b"\t",
    b"=",
    b"Content-Type: multipart/mixed; boundary=b\r\n",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"<a href=",
    b"\x00",
    b"\xff",
    b"begin 644 x\n",
    b"http://",
    b"@",
    b"<",
    b">",
]
LIMITS = Limits(max_depth=8, max_parts=50, max_headers=50, max_urls=20, max_text_chars=10_000)


def _check(raw: bytes) -> None:
    start = time.perf_counter()
    try:
        msg = parse_message(raw, limits=LIMITS)
    except MessageError:
        pass
    else:
        _ = msg.html_text
        envelope_from_received(msg.headers)
        received_time(msg.headers)
        assert len(msg.urls) <= LIMITS.max_urls
    assert time.perf_counter() - start < 1.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(raw: bytes) -> None:
    _check(raw)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED)
    for _ in range(draw(st.integers(1, 12))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "delete", "flip", "dup"]))
        if op == "insert":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 40))]
        elif op == "flip" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif op == "dup":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))] * draw(st.integers(1, 20))
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_messages(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=500) | st.text(max_size=300).map(str.encode))
def test_header_helpers_never_raise(raw: bytes) -> None:
    assert isinstance(decode_header_value(raw), str)
    parse_addresses(raw)
    list(split_mbox(raw))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_html_helpers_never_raise(html: str) -> None:
    html_to_text(html)
    extract_html_urls(html)
