"""Sweep floods through every part of a message and report the ones whose scan time grows faster than the size.

How the quadratic checks behind mailwarden.testing.crafted were found: each seed (a digit, a blank,
"<a", "style='display:none'", an encoded word, ...) is repeated to two sizes and put in one place
(subject, display name, text, HTML, attribute, style block, link, Received, Reply-To, Message-ID,
Date, other headers, Content-Type parameters, CSV / HTML / text / PDF attachment, file name). The
same engine as `mailwarden scan --offline` scans each message in this process. A case is reported
when it is slow at the large size, or when its time grows by more than --growth while the size
grows by the ratio of the two sizes (a linear check grows by about that ratio).

Usage: .venv/bin/python bench/crafted_sweep.py [--direction in|out] [--places text,html,...]
                                             [--sizes 4000,16000] [--growth 8] [--slow 0.15] [--wrap]
--wrap puts a character on each side of the flood (patterns anchored at the end need one).
"""

from __future__ import annotations

import argparse
import base64
import signal
import time
from collections.abc import Callable
from typing import Any

from mailwarden.cli.common import get_settings
from mailwarden.cli.scan import Scanner, ScanOptions
from mailwarden.message.model import Envelope

HEAD = (
    "From: {frm}\r\nTo: b@example.org\r\nSubject: {subj}\r\nDate: {date}\r\nMessage-ID: <{mid}@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
)
SEEDS = (
    "1", "a", " ", "a ", "1 ", ".", "a.", "a@", "-", "=", "<", "<a", "<a ", "&", "%", "$", "\t", "\n", "\r\n",
    "1.", "1,", "http://", "www.", "a-", "a/", "A", "Aa", "_", "'", '"', "<div>", "a=", "<p style='display:none'",
    "style=", "font-size:1px", "<input", "<form", "<!--", "&#", "é", "中", "а", "a1", "@", "@a.", "a.b", "1 %",
    "$1", "=\n", "> ", "re:", "fw:", "[", "(", "x-", "://", "%20", "\\", "Dear ", "password ", "urgent ",
    "mật khẩu ", "密码", "www.a", "1-", "ab@cd.ef ", "<img", "<a href=", "javascript:", "url(", "<script>",
    "<meta", "0x", "+", "#", "*", ": ", ";", ",", "| ", "!", "=?utf-8?q?a?= ",
)  # fmt: skip


def _head(frm: str = "Alice <a@example.com>", subj: str = "t", date: str = "Mon, 23 Nov 2026 10:00:00 +0000",
          mid: str = "x") -> str:  # fmt: skip
    return HEAD.format(frm=frm, subj=subj, date=date, mid=mid)


def _one_line(p: str) -> str:
    return p.replace("\r", " ").replace("\n", " ")


def _attachment(ctype: str, name: str, data: bytes) -> str:
    return (
        _head() + "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nsee\r\n"
        f'--B\r\nContent-Type: {ctype}; name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data).decode() + "\r\n--B--\r\n"
    )


PLAIN = "Content-Type: text/plain\r\n\r\nhello there\r\n"
HTML = "Content-Type: text/html; charset=utf-8\r\n\r\n"


def _pdf(p: str) -> bytes:
    return b"%PDF-1.4\n1 0 obj\n<< >>\nstream\n" + p.encode() + b"\nendstream\nendobj\n%%EOF\n"


def _headers(p: str) -> str:
    line = _one_line(p)
    return _head() + f"List-Unsubscribe: <{line}>\r\nX-Mailer: {line}\r\nAuthentication-Results: mx; {line}\r\n" + PLAIN


PLACES: dict[str, Callable[[str], str]] = {
    "subject": lambda p: _head(subj=_one_line(p)) + PLAIN,
    "fromname": lambda p: _head(frm='"' + _one_line(p).replace('"', "'") + '" <a@example.com>') + PLAIN,
    "text": lambda p: _head() + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + p + "\r\n",
    "html": lambda p: _head() + HTML + "<html><body><p>" + p + "</p></body></html>",
    "attr": lambda p: _head() + HTML + '<p class="' + p.replace('"', "") + '">hello</p>',
    "style": lambda p: _head() + HTML + "<style>" + p + "</style><p>hello</p>",
    "url": lambda p: _head() + "Content-Type: text/plain\r\n\r\nsee http://" + _one_line(p).replace(" ", "") + " now",
    "href": lambda p: _head() + HTML + '<a href="http://' + _one_line(p).replace('"', "") + '">x</a>',
    "received": lambda p: "Received: from " + _one_line(p) + "\r\n" + _head() + PLAIN,
    "replyto": lambda p: _head() + 'Reply-To: "' + _one_line(p).replace('"', "") + '" <r@example.net>\r\n' + PLAIN,
    "msgid": lambda p: _head(mid=_one_line(p).replace(">", "")) + PLAIN,
    "date": lambda p: _head(date=_one_line(p)) + PLAIN,
    "headers": _headers,
    "ctparams": lambda p: (
        _head() + 'Content-Type: text/plain; charset="' + _one_line(p).replace('"', "") + '"\r\n\r\nhi'
    ),
    "csv": lambda p: _attachment("text/csv", "a.csv", p.encode()),
    "htmlatt": lambda p: _attachment("text/html", "a.html", ("<html><body>" + p + "</body></html>").encode()),
    "txtatt": lambda p: _attachment("text/plain", "a.txt", p.encode()),
    "pdf": lambda p: _attachment("application/pdf", "a.pdf", _pdf(p)),
    "filename": lambda p: _attachment("application/octet-stream", _one_line(p)[:5000].replace('"', ""), b"abc" * 30),
}


class _Timeout(BaseException):  # not an Exception: the engine's own handlers must not swallow it
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--direction", choices=("in", "out"), default="in", help="out: an authenticated sender")
    ap.add_argument("--places", default=",".join(PLACES))
    ap.add_argument("--sizes", default="4000,16000", help="two sizes in characters")
    ap.add_argument("--growth", type=float, default=8.0, help="report a case whose time grows more than this")
    ap.add_argument("--slow", type=float, default=0.15, help="report a case slower than this at the large size (s)")
    ap.add_argument("--wrap", action="store_true", help='flood as "Z" + flood + "!~"')
    ap.add_argument("--timeout", type=int, default=20, help="seconds per message")
    args = ap.parse_args()
    small, big = (int(x) for x in args.sizes.split(","))
    env = Envelope(client_ip="203.0.113.5", helo="mx.example.com", mail_from="a@example.com",
                   rcpt_to=("b@example.org",), authenticated_user="alice" if args.direction == "out" else None,
                   source="cli")  # fmt: skip
    scanner = Scanner(get_settings(None, True), ScanOptions(None, True, (), env))
    scanner.run([("warm-up", (_head() + PLAIN).encode())])
    signal.signal(signal.SIGALRM, _alarm)
    found = cases = 0
    t_all = time.perf_counter()
    for place in args.places.split(","):
        for seed in SEEDS:
            times: list[float] = []
            for n in (small, big):
                flood = seed * max(n // len(seed), 1)
                raw = PLACES[place]("Z" + flood + "!~" if args.wrap else flood).encode()
                signal.alarm(args.timeout)
                t0 = time.perf_counter()
                try:
                    scanner.run([("sweep", raw)])
                    times.append(time.perf_counter() - t0)
                except _Timeout:
                    times.append(float("inf"))
                    break
                finally:
                    signal.alarm(0)
            cases += 1
            grew = times[-1] / max(times[0], 1e-4) if len(times) == 2 else float("inf")
            if times[-1] > args.slow or (times[-1] > args.slow / 3 and grew > args.growth):
                found += 1
                print(f"{place:9} {seed!r:28} " + " ".join(f"{t:.3f}s" for t in times) + f"  x{grew:.1f}", flush=True)
    print(f"{cases} cases ({args.direction}, sizes {small}/{big}{', wrapped' if args.wrap else ''}) in "
          f"{time.perf_counter() - t_all:.0f} s: {found} slow or growing faster than the size")  # fmt: skip


if __name__ == "__main__":
    main()
