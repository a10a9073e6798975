#!/usr/bin/env python3
"""Checks the modern-junk-j set: parsing, decoding, CRLF, line lengths, sizes, Received chain (1-3 hops,
top hop from the recipient organisation's gateway, times in order and near Date except in the messages
whose Date is deliberately forged, years 2002-2009), INDEX.tsv, counts by label, text/plain-only count,
80-400 words per message, only .example/.test domains in addresses and URLs, cross-message paragraph
reuse inside the set, and that no body paragraph (>60 chars,
whitespace-normalised) occurs in any .eml of the other corpora/*/ sets or of tests/fixtures/*_heldout*/.
The other sets are only read by this script, to compare paragraphs. Exit status 0 when all pass."""
import os, sys, re, hashlib, email, importlib.util
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
GATEWAYS = ('mx1.northfield.edu.example', 'KESMAIL01.kestrel-eng.example', 'KESEDGE02.kestrel-eng.example',
            'smtp.ashford-county.gov.test', 'mx.harbourline.test', 'esa1.wexley.ac.test',
            'mail.huaxing-jixie.example', 'mail.ribera-consultores.example')
FORGED_DATE = {'k07.eml', 'k31.eml'}   # Date header deliberately far from the relay times
HOST_RE = re.compile(r'(?i)(?:https?://|@)([a-z0-9][a-z0-9.-]*[a-z0-9])')


# The paragraph and cross-set helpers are modern-junk-i's (loaded by path: both scripts are named check.py).
_spec = importlib.util.spec_from_file_location('junk_i_check', os.path.join(HERE, '..', 'modern-junk-i', 'check.py'))
_kit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_kit)  # also registers the windows-874 codec alias
html_to_text, paragraphs, eml_paragraphs = _kit.html_to_text, _kit.paragraphs, _kit.eml_paragraphs
errors = []


def err(name, msg):
    errors.append('%s: %s' % (name, msg))


def cross_set(mine):
    """mine: paragraph -> our file. Returns (number of files compared, [(paragraph, ours, theirs)])."""
    return _kit.cross_set(mine, HERE)


def main():
    names = sorted(f for f in os.listdir(HERE) if re.fullmatch(r'k\d\d\.eml', f))
    if not names:
        err('-', 'no messages')
    seen = {}
    index = {}
    plain_only = []
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
        if not 400 <= len(raw) <= 15 * 1024:
            err(name, 'size %d outside 0.4-15 KB' % len(raw))
        if not 1 <= len(recs) <= 3:
            err(name, 'Received count %d' % len(recs))
        if recs and not any(('by ' + g) in ' '.join(str(recs[0]).split()) for g in GATEWAYS):
            err(name, 'top Received is not from a recipient gateway')
        times = []
        for rv in recs:
            try:
                times.append(parsedate_to_datetime(str(rv).rsplit(';', 1)[1].strip()))
            except Exception as e:
                err(name, 'unparsable Received date: %s' % e)
        for a, b in zip(times, times[1:]):
            if a < b:
                err(name, 'Received times out of order')
        for t in times:
            if not 2002 <= t.year <= 2009:
                err(name, 'Received year %d outside 2002-2009' % t.year)
        try:
            d = parsedate_to_datetime(str(msg['Date']))
            far = [t for t in times if abs((t - d).total_seconds()) > 6 * 3600]
            if name in FORGED_DATE and not far:
                err(name, 'Date should be forged but agrees with Received')
            if name not in FORGED_DATE and far:
                err(name, 'Received time %s far from Date %s' % (far[0], d))
        except Exception as e:
            err(name, 'bad Date: %s' % e)
        for h in HOST_RE.findall(raw.decode('latin-1')):
            h = h.lower().rstrip('.')
            if '.' in h and not (h.endswith('.example') or h.endswith('.test')):
                err(name, 'host %s is not under .example/.test' % h)
        for h in ('From', 'Subject', 'Date'):
            if msg[h] is None:
                err(name, 'missing %s' % h)
        if msg.get_content_type() == 'text/plain':
            plain_only.append(name)
        paras = set()
        nleaf = 0
        words = 0
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
                words += len(s.split()) + sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff') // 2
            elif part.get_content_maintype() not in ('multipart', 'message'):
                if len(data) == 0:
                    err(name, 'empty attachment')
        if nleaf == 0:
            err(name, 'no leaf parts')
        if not 80 <= words <= 440:   # 80-400 words of prose, plus hash-buster words or a list footer
            err(name, '%d words' % words)
        for p in paras:
            if p in seen:
                err(name, 'paragraph shared with %s: %r' % (seen[p], p[:70]))
            else:
                seen[p] = name
    labels = {}
    for lab, _, _ in index.values():
        labels[lab] = labels.get(lab, 0) + 1
    if labels != {'spam': 52, 'phish': 8}:
        err('INDEX.tsv', 'label counts %r, want 52 spam / 8 phish' % labels)
    if len(plain_only) < 50:
        err('-', 'only %d text/plain-only messages' % len(plain_only))
    nother, shared = cross_set(seen)
    for p, mine, other in shared:
        err(mine, 'paragraph also in %s: %r' % (other, p[:70]))
    for e in errors:
        print('FAIL', e)
    print('%d messages %s; %d text/plain only; compared with %d other .eml files; %s'
          % (len(names), labels, len(plain_only), nother, 'OK' if not errors else '%d problems' % len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
