"""Crafted messages that made quadratic checks stall the filter, each with a finding after its flood.

A flood and its finding are kept apart (by a "<br>", or by the finding's own wording) so that a
regex cannot match from the flood's first character: a search that fails at every position of the
flood is what made the old patterns quadratic.

Shipped in the package so that the test (tests/engine/test_crafted_input_time.py) and the benchmark
(bench/crafted.py) scan the same messages.
"""

from __future__ import annotations

import base64

HEAD = (
    "From: Alice <alice@example.com>\r\nTo: bob@example.org\r\nSubject: {subject}\r\n"
    "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <x1@example.com>\r\nMIME-Version: 1.0\r\n"
)


def _msg(body_headers: str, body: str, subject: str = "report", extra: str = "") -> bytes:
    return (extra + HEAD.format(subject=subject) + body_headers + "\r\n" + body + "\r\n").encode()


def _attachment(ctype: str, name: str, data: bytes, params: str = "") -> bytes:
    return _msg(
        "Content-Type: multipart/mixed; boundary=B\r\n",
        "--B\r\nContent-Type: text/plain\r\n\r\nplease see the attached file\r\n"
        f'--B\r\nContent-Type: {ctype}{params}; name="{name}"\r\n'
        f'Content-Disposition: attachment; filename="{name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + base64.encodebytes(data).decode()
        + "\r\n--B--",
    )


HIDDEN = '<div style="display:none">this sentence is hidden from the reader</div>'

# name -> (message, symbol that must still be found, or None where only the time matters)
CRAFTED: dict[str, tuple[bytes, str | None]] = {
    "subject of blanks": (
        _msg("Content-Type: text/plain\r\n", "hello", subject="a" + " " * 100_000 + "invoice 2026"),
        None,
    ),
    "subject of digits": (_msg("Content-Type: text/plain\r\n", "hello", subject="1" * 100_000), None),
    "digit run before a stock tip": (
        _msg("Content-Type: text/plain\r\n", "1" * 19_000 + " we promise 50% returns"),
        "SPAM_PHRASE_FINANCE",
    ),
    "unclosed <a tags": (_msg("Content-Type: text/html\r\n", "<a" * 140_000 + "<br>" + HIDDEN), "BODY_HIDDEN_TEXT"),
    "unclosed styled tags": (
        _msg("Content-Type: text/html\r\n", "<p style='display:none'" * 12_000 + "<br>" + HIDDEN),
        "BODY_HIDDEN_TEXT",
    ),
    "unclosed input tags": (
        _msg("Content-Type: text/html\r\n", "<input" * 45_000 + '<br><form><input type="password"></form>'),
        "BODY_PASSWORD_FIELD",
    ),
    "tiny-font declarations without a tag end": (
        _msg(
            "Content-Type: text/html\r\n",
            "font-size:1px " * 20_000 + '<br><span style="font-size:1px">tiny text here</span>',
        ),
        "BODY_TINY_FONT",
    ),
    "CSV of blank lines and tabs": (
        _attachment("text/csv", "data.csv", b"\n" * 200_000 + b"\t" * 200_000 + b"\nx,=cmd|' /C calc'!A0\n"),
        "OFFICE_DDE",
    ),
    "HTML attachment of unclosed meta tags": (
        _attachment(
            "text/html",
            "statement.html",
            b"<meta" * 100_000 + b'<br><meta http-equiv="refresh" content="0;url=http://login.evil.example/">',
        ),
        "PHISH_HTML_ATTACH_REDIRECT",
    ),
    "a file name behind 20,000 junk parameters": (
        _attachment("application/octet-stream", "invoice.exe", b"MZ" + b"\0" * 200, params="; a=1" * 20_000),
        "ATTACH_DANGEROUS_TYPE",
    ),
    "quoted semicolons in a parameter": (
        _msg('Content-Type: text/plain; charset="x' + ";" * 100_000 + '"\r\n', "hello"),
        None,
    ),
    "long display name, then an address": (
        _msg("Content-Type: text/plain\r\n", "hello").replace(
            b"From: Alice", b'From: "' + b"a" * 60_000 + b' it@example.net"'
        ),
        "SPOOF_DISPLAY_NAME_ADDRESS",
    ),
    "a link to a 250,000-character host": (
        _msg(
            "Content-Type: text/html; charset=utf-8\r\n",
            '<a href="http://' + "é" * 250_000 + '/">x</a> <a href="http://192.0.2.7/login">sign in</a>',
        ),
        "PHISH_IP_URL",
    ),
    "Received header of blanks": (
        _msg(
            "Content-Type: text/plain\r\n", "hello", extra="Received: from x" + " " * 200_000 + "by mx.example.org\r\n"
        ),
        None,
    ),
}
