#!/usr/bin/env python3
"""Checks the modern-ham-eu corpus. Exit status 0 when everything passes."""
import email
import email.policy
import email.utils
import hashlib
import html
import os
import re
import sys
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"ham", "spam", "phish"}
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def to_utc(dt):
    if dt.tzinfo is None:          # "-0000" dates parse as naive: they are UTC
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table|blockquote)>", "\n\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def paragraphs(s):
    out = set()
    for p in re.split(r"\n\s*\n", s.replace("\r\n", "\n")):
        p = re.sub(r"^[>\s]+", "", p, flags=re.M)
        p = " ".join(p.split())
        if len(p) > 60:
            out.add(p)
    return out


def check_message(name, data):
    paras = set()
    # CRLF everywhere, line lengths
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        err(name, "bare LF or CR")
    head, sep, _ = data.partition(b"\r\n\r\n")
    if not sep:
        err(name, "no header/body separator")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            err(name, "line longer than 998 octets")
            break
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.defects:
        err(name, "message defects %r" % msg.defects)
    for k in ("From", "Date"):
        if msg[k] is None:
            err(name, "missing %s" % k)
    if msg["Message-ID"] is None:
        err(name, "ham without Message-ID")
    # Received chain
    recs = msg.get_all("Received") or []
    if not 1 <= len(recs) <= 4:
        err(name, "%d Received headers" % len(recs))
    times = []
    for rv in recs:
        ds = str(rv).rsplit(";", 1)[-1].strip()
        try:
            times.append(to_utc(email.utils.parsedate_to_datetime(ds)))
        except Exception as e:  # noqa
            err(name, "bad Received date %r" % ds)
    for a, b in zip(times, times[1:]):
        if a < b:
            err(name, "Received times out of order")
    try:
        date = to_utc(email.utils.parsedate_to_datetime(str(msg["Date"])))
    except Exception:
        err(name, "bad Date")
        date = None
    if date and times:
        if abs((times[-1] - date).total_seconds()) > 6 * 3600 or abs((times[0] - date).total_seconds()) > 6 * 3600:
            err(name, "Received times disagree with Date")
        if times[-1] < date.replace() and (date - times[-1]).total_seconds() > 600:
            err(name, "first Received earlier than Date")
    # leaves
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.defects:
            err(name, "part defects %s %r" % (ct, part.defects))
        try:
            if part.get_content_maintype() == "text":
                txt = part.get_content()
                if ct == "text/html":
                    txt = html_to_text(txt)
                paras |= paragraphs(txt)
            else:
                payload = part.get_payload(decode=True)
                if payload is None and ct not in ("message/delivery-status",):
                    err(name, "undecodable %s" % ct)
        except Exception as e:  # noqa
            err(name, "decode %s: %s" % (ct, e))
    return paras


def main():
    idx = os.path.join(HERE, "INDEX.tsv")
    with open(idx, encoding="ascii") as f:
        lines = f.read().split("\n")
    if lines[0] != "label\tpath\tsha256\tbytes":
        err("INDEX.tsv", "bad header line")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if [r[1] for r in rows] != files:
        err("INDEX.tsv", "rows do not match the .eml files in order")
    seen = {}
    for label, path, sha, size in rows:
        with open(os.path.join(HERE, path), "rb") as f:
            data = f.read()
        if label not in LABELS:
            err(path, "bad label %s" % label)
        if hashlib.sha256(data).hexdigest() != sha:
            err(path, "sha256 mismatch")
        if len(data) != int(size):
            err(path, "size mismatch")
        if not 400 <= len(data) <= 15 * 1024:
            err(path, "size %d outside 0.4-15 KB" % len(data))
        for p in check_message(path, data):
            if p in seen and seen[p] != path:
                err(path, "paragraph shared with %s: %.70s" % (seen[p], p))
            seen.setdefault(p, path)
    for e in errors:
        print("FAIL", e)
    print("%d messages checked, %d problems" % (len(rows), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
