#!/usr/bin/env python3
"""Check the modern-junk-eu set: parsing, decoding, CRLF, line lengths, Received chains,
INDEX.tsv and paragraph uniqueness across messages. Exit status 0 when everything passes."""
import datetime
import email
import email.utils
import hashlib
import html
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_SKEW = 4 * 3600  # Date vs. first Received, seconds
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def when(s):
    t = email.utils.parsedate_to_datetime(s)
    if t.tzinfo is None:  # "-0000": UTC, source unknown
        t = t.replace(tzinfo=datetime.timezone.utc)
    return t


def paragraphs(part):
    ct = part.get_content_type()
    try:
        text = part.get_content()
    except Exception as e:  # noqa: BLE001
        return None, str(e)
    if ct == "text/html":
        text = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", text)
        text = re.sub(r"(?i)<(br|/p|/div|/tr|/li|/h\d|p|div|li|tr|table|blockquote)\b[^>]*>", "\n\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    paras = []
    for p in re.split(r"\n\s*\n", text):
        p = " ".join(p.split())
        if len(p) > 60:
            paras.append(p)
    return paras, None


def main():
    idx_path = os.path.join(HERE, "INDEX.tsv")
    with open(idx_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "label\tpath\tsha256\tbytes":
        err("INDEX.tsv", "bad header line")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(fn for fn in os.listdir(HERE) if fn.endswith(".eml"))
    if [r[1] for r in rows] != files:
        err("INDEX.tsv", "file list differs from the .eml files present")
    seen = {}
    labels = {}
    for label, name, sha, size in rows:
        labels[label] = labels.get(label, 0) + 1
        if label not in ("ham", "spam", "phish"):
            err(name, "bad label %r" % label)
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(name, "missing")
            continue
        data = open(path, "rb").read()
        if hashlib.sha256(data).hexdigest() != sha:
            err(name, "sha256 mismatch")
        if len(data) != int(size):
            err(name, "size mismatch")
        # CRLF everywhere
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            err(name, "bare LF or CR")
        if not data.endswith(b"\r\n"):
            err(name, "does not end with CRLF")
        head, _, body = data.partition(b"\r\n\r\n")
        for ln in head.split(b"\r\n"):
            if len(ln) > 998:
                err(name, "header line longer than 998")
        for ln in body.split(b"\r\n"):
            if len(ln) > 998:
                err(name, "body line longer than 998")
        msg = email.message_from_bytes(data, policy=policy.default)
        for k in ("From", "Date", "Subject"):
            if msg[k] is None:
                err(name, "no %s header" % k)
        for part in msg.walk():
            for dft in part.defects:
                if "Boundary" in type(dft).__name__ or "Multipart" in type(dft).__name__:
                    err(name, "MIME structure defect %s" % type(dft).__name__)
        # Received chain
        recs = msg.get_all("Received") or []
        if not 1 <= len(recs) <= 4:
            err(name, "%d Received headers" % len(recs))
        times = []
        for rv in recs:
            s = str(rv)
            try:
                times.append(when(s.rsplit(";", 1)[1].strip()))
            except Exception as e:  # noqa: BLE001
                err(name, "unparsable Received date (%s)" % e)
        for newer, older in zip(times, times[1:]):
            if newer < older:
                err(name, "Received times out of order")
        try:
            d = when(str(msg["Date"]))
            if times and abs((d - times[-1]).total_seconds()) > MAX_SKEW:
                err(name, "Date too far from first Received")
        except Exception as e:  # noqa: BLE001
            err(name, "bad Date (%s)" % e)
        # decode every leaf, collect paragraphs
        paras = set()
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct.startswith("text/"):
                ps, e = paragraphs(part)
                if e:
                    err(name, "cannot decode %s: %s" % (ct, e))
                    continue
                paras.update(ps)
            else:
                if part.get_payload(decode=True) is None and ct != "message/rfc822":
                    err(name, "cannot decode %s" % ct)
        for p in paras:
            if p in seen and seen[p] != name:
                err(name, "paragraph shared with %s: %r" % (seen[p], p[:70]))
            seen.setdefault(p, name)
    print("messages: %d  labels: %s" % (len(rows), ", ".join("%s=%d" % kv for kv in sorted(labels.items()))))
    if errors:
        print("\n".join(errors))
        print("FAILED (%d problems)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
