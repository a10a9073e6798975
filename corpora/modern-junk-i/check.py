#!/usr/bin/env python3
"""Checks the modern-junk-i set: parsing, decoding, CRLF, line lengths, sizes, Received chain (1-3 hops,
top hop from the recipient organisation's gateway, times in order and near Date), INDEX.tsv, counts
by label, cross-message paragraph reuse inside the set, and that no body paragraph (>60 chars,
whitespace-normalised) occurs in any .eml of the other corpora/*/ sets or of tests/fixtures/*_heldout*/.
The other sets are only read by this script, to compare paragraphs. Exit status 0 when all pass."""
import os, sys, re, hashlib, email, glob, codecs
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
GATEWAYS = ('mx1.northfield.edu.example', 'KESEDGE03.kestrel-eng.example', 'smtp.ashford-county.gov.test',
            'mx.harbourline.test', 'esa2.wexley.ac.test', 'mail.songhan-port.example',
            'mx1.huaxing-jixie.example', 'mail.ribera-consultores.example')


def _win874(name):
    # some sibling sets use the "windows-874" label, which Python does not know
    if name.replace('_', '-').lower() in ('windows-874', 'x-windows-874'):
        return codecs.lookup('cp874')
    return None


codecs.register(_win874)
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


def eml_paragraphs(raw):
    """Body paragraphs (>60 chars, whitespace-normalised) of one message; undecodable parts are skipped."""
    out = set()
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        parts = list(msg.walk())
    except Exception:
        return out
    for part in parts:
        try:
            if part.is_multipart() or part.get_content_maintype() != 'text':
                continue
            s = part.get_content()
        except Exception:
            try:
                data = part.get_payload(decode=True) or b''
                s = data.decode('utf-8', 'replace')
            except Exception:
                continue
        if part.get_content_subtype() == 'html':
            s = html_to_text(s)
        out.update(paragraphs(s))
    return out


def other_sets(here=HERE):
    """Every .eml under the corpora/*/ sets other than ``here`` and under tests/fixtures/*_heldout*/."""
    roots = [d for d in glob.glob(os.path.join(REPO, 'corpora', '*'))
             if os.path.isdir(d) and os.path.abspath(d) != here]
    roots += [d for d in glob.glob(os.path.join(REPO, 'tests', 'fixtures', '*_heldout*')) if os.path.isdir(d)]
    for root in sorted(roots):
        for dp, dns, fns in os.walk(root):
            dns.sort()
            for fn in sorted(fns):
                if fn.lower().endswith('.eml'):
                    yield os.path.join(dp, fn)


def cross_set(mine, here=HERE):
    """mine: paragraph -> the file of set ``here``. Returns (number of files compared, [(paragraph, ours, theirs)])."""
    shared = []
    n = 0
    for path in other_sets(here):
        n += 1
        with open(path, 'rb') as fh:
            raw = fh.read()
        for p in eml_paragraphs(raw):
            if p in mine:
                shared.append((p, mine[p], os.path.relpath(path, REPO)))
    return n, shared


def main():
    names = sorted(f for f in os.listdir(HERE) if re.fullmatch(r'j\d\d\.eml', f))
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
        if msg.get_content_type() == 'text/plain':
            plain_only.append(name)
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
    if labels != {'spam': 40, 'phish': 20}:
        err('INDEX.tsv', 'label counts %r, want 40 spam / 20 phish' % labels)
    if len(plain_only) < 12:
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
