#!/usr/bin/env python3
"""Validate the modern-junk-as corpus: parsing, decoding, CRLF, header lengths,
Received chains, INDEX.tsv and shared body paragraphs. Exit 1 on any problem."""
import codecs
import email
import email.utils
import hashlib
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))


def _search(name):
    # Python lacks the "windows-874" label used by Thai mail; map it to cp874.
    if name.replace("_", "-").lower() in ("windows-874", "x-windows-874"):
        return codecs.lookup("cp874")
    return None


codecs.register(_search)

errors = []


def err(fn, msg):
    errors.append("%s: %s" % (fn, msg))


def text_of(part):
    try:
        return part.get_content()
    except Exception as e:  # noqa: BLE001
        raise RuntimeError("cannot decode %s: %s" % (part.get_content_type(), e))


def paragraphs(text, ctype):
    if ctype == "text/html":
        text = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>", "\n", text)
        text = re.sub(r"(?i)</(p|div|h\d|td|tr|table)>", "\n\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\r\n", "\n")
    for p in re.split(r"\n\s*\n", text):
        p = " ".join(p.split())
        if len(p) > 60:
            yield p


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    seen = {}
    for fn in files:
        data = open(os.path.join(HERE, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            err(fn, "bare LF or CR")
        head = data.split(b"\r\n\r\n", 1)[0]
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                err(fn, "line longer than 998")
                break
        msg = email.message_from_bytes(data, policy=policy.default)
        for d in msg.defects:
            err(fn, "defect %r" % d)
        for k in ("From", "Subject", "Date"):
            if msg[k] is None:
                err(fn, "missing " + k)
        try:
            date = email.utils.parsedate_to_datetime(str(msg["Date"]))
        except Exception as e:  # noqa: BLE001
            err(fn, "bad Date %s" % e)
            continue
        recs = msg.get_all("Received") or []
        if not 1 <= len(recs) <= 4:
            err(fn, "Received count %d" % len(recs))
        times = []
        for r in recs:
            ts = str(r).rsplit(";", 1)[-1].strip()
            try:
                times.append(email.utils.parsedate_to_datetime(ts))
            except Exception:  # noqa: BLE001
                err(fn, "unparsable Received time %r" % ts)
        chron = list(reversed(times))
        for a, b in zip(chron, chron[1:]):
            if b < a:
                err(fn, "Received times out of order")
        for t in times:
            if abs((t - date).total_seconds()) > 6 * 3600:
                err(fn, "Received time far from Date")
        if head.count(b"\r\nReceived:") + head.startswith(b"Received:") != len(recs):
            err(fn, "Received header count mismatch")
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct.startswith("text/"):
                try:
                    txt = text_of(part)
                except RuntimeError as e:
                    err(fn, str(e))
                    continue
                for p in paragraphs(txt, ct):
                    if p in seen and seen[p] != fn:
                        err(fn, "paragraph shared with %s: %s" % (seen[p], p[:50]))
                    seen.setdefault(p, fn)
            else:
                payload = part.get_payload(decode=True)
                if payload is None or len(payload) == 0:
                    err(fn, "empty leaf %s" % ct)
    # INDEX.tsv
    rows = open(os.path.join(HERE, "INDEX.tsv"), "rb").read().decode("ascii").splitlines()
    if rows[0] != "label\tpath\tsha256\tbytes":
        err("INDEX.tsv", "bad header")
    listed = []
    for row in rows[1:]:
        label, path, sha, size = row.split("\t")
        listed.append(path)
        if label not in ("ham", "spam", "phish"):
            err("INDEX.tsv", "bad label " + label)
        p = os.path.join(HERE, path)
        if not os.path.exists(p):
            err("INDEX.tsv", "missing " + path)
            continue
        d = open(p, "rb").read()
        if hashlib.sha256(d).hexdigest() != sha or len(d) != int(size):
            err("INDEX.tsv", "hash/size mismatch " + path)
    if listed != files:
        err("INDEX.tsv", "file list differs from directory")
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d messages checked" % len(files))


if __name__ == "__main__":
    main()
