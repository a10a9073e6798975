#!/usr/bin/env python3
"""Checks the modern-junk-en3 set: parsing, decoding, CRLF, header lengths, Received chain,
INDEX.tsv and cross-message paragraph reuse. Exit status 0 when everything passes."""
import os, sys, re, hashlib, email
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


def html_to_text(h):
    h = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', h)
    h = re.sub(r'(?is)<!--.*?-->', '', h)
    h = re.sub(r'(?i)<(br|p|div|tr|table|h\d|li|td)\b[^>]*>', '\n\n', h)
    h = re.sub(r'(?s)<[^>]+>', ' ', h)
    return h.replace('&nbsp;', ' ').replace('&amp;', '&')


def paragraphs(s):
    for p in re.split(r'\n\s*\n', s.replace('\r\n', '\n')):
        p = ' '.join(p.split())
        if len(p) > 60:
            yield p


def main():
    names = sorted(f for f in os.listdir(HERE) if re.fullmatch(r't\d\d\.eml', f))
    if not names:
        err('-', 'no messages')
    seen = {}
    index = {}
    with open(os.path.join(HERE, 'INDEX.tsv'), newline='') as fh:
        lines = fh.read().split('\n')
    if lines[0] != 'label\tpath\tsha256\tbytes':
        err('INDEX.tsv', 'bad header line')
    rows = [l.split('\t') for l in lines[1:] if l]
    if [r[1] for r in rows] != names:
        err('INDEX.tsv', 'file list differs from the .eml files')
    for lab, path, sha, size in rows:
        index[path] = (lab, sha, int(size))
    for name in names:
        raw = open(os.path.join(HERE, name), 'rb').read()
        lab, sha, size = index.get(name, (None, None, None))
        if lab not in ('ham', 'spam', 'phish'):
            err(name, 'bad or missing label')
        if sha != hashlib.sha256(raw).hexdigest() or size != len(raw):
            err(name, 'sha256/size differ from INDEX.tsv')
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            err(name, 'bare LF or CR')
        head = raw.split(b'\r\n\r\n', 1)[0]
        for hl in head.split(b'\r\n'):
            if len(hl) > 998:
                err(name, 'header line over 998')
        for ln in raw.split(b'\r\n'):
            if len(ln) > 998:
                err(name, 'line over 998 octets')
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            err(name, 'defects %r' % msg.defects)
        recs = msg.get_all('Received') or []
        if not 1 <= len(recs) <= 4:
            err(name, 'Received count %d' % len(recs))
        times = []
        for rv in recs:
            try:
                times.append(parsedate_to_datetime(str(rv).rsplit(';', 1)[1].strip()))
            except Exception as e:
                err(name, 'unparsable Received date: %s' % e)
        for a, b in zip(times, times[1:]):
            if a < b:
                err(name, 'Received times out of order')
        try:
            d = parsedate_to_datetime(str(msg['Date']))
            for t in times:
                if abs((t - d).total_seconds()) > 6 * 3600:
                    err(name, 'Received time %s far from Date %s' % (t, d))
        except Exception as e:
            err(name, 'bad Date: %s' % e)
        for h in ('From', 'Subject', 'Date'):
            if msg[h] is None:
                err(name, 'missing %s' % h)
        paras = set()
        nleaf = 0
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() == 'message/rfc822':
                continue
            nleaf += 1
            data = part.get_payload(decode=True)
            if data is None:
                err(name, 'leaf without payload')
                continue
            if part.get_content_maintype() == 'text':
                try:
                    s = part.get_content()
                except Exception as e:
                    err(name, 'cannot decode %s: %s' % (part.get_content_type(), e))
                    continue
                if part.get_content_subtype() == 'html':
                    s = html_to_text(s)
                paras.update(paragraphs(s))
            elif part.get_content_maintype() not in ('multipart', 'message'):
                if len(data) == 0:
                    err(name, 'empty attachment')
        if nleaf == 0:
            err(name, 'no leaf parts')
        for p in paras:
            if p in seen:
                err(name, 'paragraph shared with %s: %r' % (seen[p], p[:70]))
            else:
                seen[p] = name
    labels = {}
    for lab, _, _ in index.values():
        labels[lab] = labels.get(lab, 0) + 1
    for e in errors:
        print('FAIL', e)
    print('%d messages %s; %s' % (len(names), labels, 'OK' if not errors else '%d problems' % len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
