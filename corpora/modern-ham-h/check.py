#!/usr/bin/env python3
"""Check the modern-ham-h corpus: parse, decode, CRLF, header lengths, Received chain, INDEX, duplicate paragraphs."""
import datetime
import email
import email.policy
import email.utils
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_SKEW_H = 6


def fail(msg):
    print("FAIL:", msg)
    fail.count += 1


fail.count = 0


def paragraphs(txt, is_html):
    if is_html:
        txt = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", txt)
        txt = re.sub(r"(?i)<br\s*/?>", "\n", txt)
        txt = re.sub(r"(?i)</?(p|div|tr|table|h\d|li|ul|blockquote|hr|td)[^>]*>", "\n\n", txt)
        txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
    out = set()
    for p in re.split(r"\n\s*\n", txt.replace("\r\n", "\n")):
        p = " ".join(p.split())
        if len(p) > 60:
            out.add(p)
    return out


def main():
    index = os.path.join(HERE, "INDEX.tsv")
    with open(index, encoding="ascii") as f:
        lines = f.read().split("\n")
    if lines[0] != "label\tpath\tsha256\tbytes":
        fail("INDEX header")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(fn for fn in os.listdir(HERE) if fn.endswith(".eml"))
    if [r[1] for r in rows] != files:
        fail("INDEX does not list exactly the .eml files in order")
    seen = {}
    counts = {}
    for label, fn, sha, size in rows:
        counts[label] = counts.get(label, 0) + 1
        if label not in ("ham", "spam", "phish"):
            fail("%s: bad label %s" % (fn, label))
        data = open(os.path.join(HERE, fn), "rb").read()
        if hashlib.sha256(data).hexdigest() != sha or len(data) != int(size):
            fail("%s: INDEX sha/size mismatch" % fn)
        if not (400 <= len(data) <= 15 * 1024):
            fail("%s: size %d out of range" % (fn, len(data)))
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            fail("%s: bare LF or CR" % fn)
        head = data.split(b"\r\n\r\n", 1)[0]
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                fail("%s: line longer than 998" % fn)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects:
            fail("%s: defects %r" % (fn, msg.defects))
        for k in ("From", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                fail("%s: missing %s" % (fn, k))
            else:
                str(msg[k])
        date = email.utils.parsedate_to_datetime(str(msg["Date"]))
        recs = msg.get_all("Received") or []
        if not 1 <= len(recs) <= 4:
            fail("%s: %d Received headers" % (fn, len(recs)))
        times = []
        for rv in recs:
            t = email.utils.parsedate_to_datetime(str(rv).rsplit(";", 1)[1].strip())
            if t.tzinfo is None:
                t = t.replace(tzinfo=datetime.timezone.utc)
            times.append(t)
        for a, b in zip(times, times[1:]):
            if a < b:
                fail("%s: Received times out of order" % fn)
        for t in times:
            if abs((t - date).total_seconds()) > MAX_SKEW_H * 3600:
                fail("%s: Received time %s far from Date %s" % (fn, t, date))
        if times and (date - times[-1]).total_seconds() > 600:
            fail("%s: first hop earlier than Date" % fn)
        paras = set()
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "message" or part.get_content_type() == "message/delivery-status":
                continue
            try:
                content = part.get_content()
            except (KeyError, LookupError):
                content = part.get_payload(decode=True)
            for d in getattr(part, "defects", []):
                fail("%s: part defect %r" % (fn, d))
            if isinstance(content, str) and part.get_content_maintype() == "text":
                paras |= paragraphs(content, part.get_content_subtype() == "html")
        for p in paras:
            if p in seen:
                fail("%s shares a paragraph with %s: %r" % (fn, seen[p], p[:70]))
            else:
                seen[p] = fn
    print("checked %d messages: %s" % (len(rows), ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    if fail.count:
        print("%d problem(s)" % fail.count)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
