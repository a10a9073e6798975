#!/usr/bin/env python3
"""modern-ham-d generator: 40 invented, legitimate e-mail messages of today's
kinds (2024-2026) in the mailbox of an IT and security administrator at the
invented "University of Eastmoor" (univ.example).

Standard library only and fully deterministic: every message draws its
invented identifiers from its own random.Random(seed); no wall-clock time,
no locale-dependent formatting, no hash randomisation.  Writes d01.eml ..
d40.eml (CRLF line endings) next to this script.  Run: python3 gen.py
"""
import base64
import io
import json
import os
import quopri
import random
import struct
import textwrap
import uuid
import zipfile
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

ME = 'maren.holt@univ.example'
ME_NAME = 'Maren Holt'
MX = 'mx1.univ.example'
UNI = 'University of Eastmoor'

DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
WEEKDAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
            'Saturday', 'Sunday')
MONS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
        'Oct', 'Nov', 'Dec')
MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December')

UTC = timezone.utc


# ---------------------------------------------------------------- time ----

def tz(minutes):
    return timezone(timedelta(minutes=minutes))


def T(y, mo, d, h, mi, s=0):
    """An instant, given in UTC."""
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def _last_sunday(y, m):
    d = datetime(y, m, 31, tzinfo=UTC)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = datetime(y, m, 1, tzinfo=UTC)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def eu(dt, std=0):
    """UK (std=0) or central European (std=1) civil time of a UTC instant."""
    y = dt.year
    start = _last_sunday(y, 3).replace(hour=1)
    end = _last_sunday(y, 10).replace(hour=1)
    off = std + (1 if start <= dt < end else 0)
    return dt.astimezone(tz(off * 60))


def us(dt, std):
    """US civil time (std=-5 Eastern, -6 Central, -7 Mountain, -8 Pacific)."""
    y = dt.year
    start = _nth_sunday(y, 3, 2) + timedelta(hours=2 - std)
    end = _nth_sunday(y, 11, 1) + timedelta(hours=2 - (std + 1))
    off = std + (1 if start <= dt < end else 0)
    return dt.astimezone(tz(off * 60))


US_ZONES = {-240: 'EDT', -300: 'EST', -360: 'CST', -420: 'PDT', -480: 'PST'}


def zname(dt, eu_names=('GMT', 'BST')):
    off = int(dt.utcoffset().total_seconds() // 60)
    if off in US_ZONES:
        # -300 is both EST and CDT, -360 both CST and MDT, -420 PDT/MST;
        # callers that care pass the name explicitly
        return US_ZONES[off]
    if off == 0:
        return eu_names[0]
    if off == 60:
        return eu_names[1]
    if off == 120:
        return 'CEST'
    return None


def fdate(dt, style='rfc', zone=None):
    """RFC 5322 date; style 'rfc' (05), 'postfix' ( 5) or 'short' (5)."""
    off = int(dt.utcoffset().total_seconds() // 60)
    sign = '+' if off >= 0 else '-'
    off = abs(off)
    z = '%s%02d%02d' % (sign, off // 60, off % 60)
    if style == 'rfc':
        day = '%02d' % dt.day
    elif style == 'postfix':
        day = '%2d' % dt.day
    else:
        day = '%d' % dt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s' % (
        DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, z)
    if zone:
        s += ' (%s)' % zone
    return s


def stamp(dt, sep=''):
    return '%04d%02d%02d%s%02d%02d%02d' % (dt.year, dt.month, dt.day, sep,
                                           dt.hour, dt.minute, dt.second)


def epoch(dt):
    return int(dt.timestamp())


def hm(dt):
    return '%02d:%02d' % (dt.hour, dt.minute)


def h12(dt):
    h = dt.hour % 12 or 12
    return '%d:%02d %s' % (h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def longdate(dt, weekday=True):
    s = '%d %s %d' % (dt.day, MONTHS[dt.month - 1], dt.year)
    return (WEEKDAYS[dt.weekday()] + ' ' + s) if weekday else s


def usdate(dt, weekday=True):
    s = '%s %d, %d' % (MONTHS[dt.month - 1], dt.day, dt.year)
    return (WEEKDAYS[dt.weekday()] + ', ' + s) if weekday else s


# -------------------------------------------------------------- random ----

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
PFX = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def rs(r, n, alpha=ALNUM):
    return ''.join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, n, '0123456789abcdef')


def rHEX(r, n):
    return rs(r, n, '0123456789ABCDEF')


def rdig(r, n):
    return rs(r, 1, '123456789') + rs(r, n - 1, '0123456789')


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rb64(r, n):
    return base64.b64encode(rbytes(r, n)).decode('ascii')


def rb64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode('ascii').rstrip('=')


def ruuid(r, upper=False):
    s = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return s.upper() if upper else s


def pfqid(r):
    """Postfix long queue id."""
    return '4' + r.choice('XYZ') + rs(r, r.randint(11, 13), PFX)


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ------------------------------------------------------------- headers ----

def ew(s, mode='Q', charset='UTF-8'):
    """RFC 2047 encoded-word(s), folded between words."""
    prefix = '=?%s?%s?' % (charset, mode)
    maxlen = 75 - len(prefix) - 2
    words = []
    if mode == 'B':
        cur = ''
        for ch in s:
            if len(base64.b64encode((cur + ch).encode('utf-8'))) > maxlen:
                words.append(cur)
                cur = ch
            else:
                cur += ch
        words.append(cur)
        return '\n '.join(prefix + base64.b64encode(w.encode('utf-8')).decode()
                          + '?=' for w in words)
    toks = []
    for ch in s:
        if ch == ' ':
            toks.append('_')
        elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
            toks.append(ch)
        else:
            toks.append(''.join('=%02X' % b for b in ch.encode('utf-8')))
    cur = ''
    for t in toks:
        if len(cur) + len(t) > maxlen:
            words.append(cur)
            cur = t
        else:
            cur += t
    words.append(cur)
    return '\n '.join(prefix + w + '?=' for w in words)


def subj(s, mode='Q'):
    return s if s.isascii() else ew(s, mode)


def addr(name, email):
    if not name:
        return email
    if not name.isascii():
        return '%s <%s>' % (ew(name), email)
    if any(c in name for c in ',.;:()[]@"\''):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'),
                              email)
    return '%s <%s>' % (name, email)


def _split_h(t, width):
    out, cur = [], ''
    for f in t.split(':'):
        if cur and len(cur) + len(f) + 1 > width:
            out.append(cur + ':')
            cur = f
        else:
            cur = (cur + ':' + f) if cur else f
    out.append(cur)
    return '\n\t  '.join(out)


def fold_tags(tags, width=70):
    lines, cur = [], ''
    for i, t in enumerate(tags):
        if t.startswith('h=') and len(t) > width:
            t = _split_h(t, width)
        piece = t + (';' if i < len(tags) - 1 else '')
        if cur and len(cur) + 1 + len(piece) > width:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + ' ' + piece) if cur else piece
    lines.append(cur)
    return '\n\t'.join(lines)


class Dkim:
    def __init__(self, r, d, s, h, t=None, a='rsa-sha256',
                 c='relaxed/relaxed', i=None, x=None, q=False, bits=2048,
                 name='DKIM-Signature'):
        self.d, self.s, self.a, self.name = d, s, a, name
        self.tags = ['v=1', 'a=' + a, 'c=' + c, 'd=' + d, 's=' + s]
        if q:
            self.tags.append('q=dns/txt')
        if i:
            self.tags.append('i=' + i)
        if t is not None:
            self.tags.append('t=%d' % epoch(t))
        if x is not None:
            self.tags.append('x=%d' % epoch(x))
        self.tags.append('h=' + h)
        self.tags.append('bh=' + rb64(r, 32))
        self.b = rb64(r, 64 if a.startswith('ed25519') else bits // 8)

    def hdr(self):
        chunks = wrap('b=' + self.b, 70)
        return (self.name,
                fold_tags(self.tags) + ';\n\t' + '\n\t '.join(chunks))

    def ar(self):
        return 'dkim=pass header.d=%s header.s=%s header.b=%s' % (
            self.d, self.s, self.b[:8])


def arc_set(r, d, s, t, aar, h, cv='none', ms_style=False):
    """One ARC set (instance 1): returns three header tuples."""
    seal = ['i=1', 'a=rsa-sha256']
    if not ms_style:
        seal.append('t=%d' % epoch(t))
    seal += ['s=' + s, 'd=' + d, 'cv=' + cv]
    b1 = rb64(r, 256)
    sig = ['i=1', 'a=rsa-sha256', 'c=relaxed/relaxed', 'd=' + d, 's=' + s]
    if not ms_style:
        sig.append('t=%d' % epoch(t))
    sig += ['h=' + h, 'bh=' + rb64(r, 32)]
    b2 = rb64(r, 256)
    return [
        ('ARC-Seal', fold_tags(seal) + ';\n\t' + '\n\t '.join(wrap('b=' + b1, 70))),
        ('ARC-Message-Signature',
         fold_tags(sig) + ';\n\t' + '\n\t '.join(wrap('b=' + b2, 70))),
        ('ARC-Authentication-Results', 'i=1; ' + aar),
    ]


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t'
         ' key-exchange X25519 server-signature RSA-PSS (2048 bits)'
         ' server-digest SHA256)')
TLS13_128 = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t'
             ' key-exchange X25519 server-signature RSA-PSS (2048 bits)'
             ' server-digest SHA256)')
TLS13_PQ = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t'
            ' key-exchange X25519MLKEM768 server-signature RSA-PSS (2048 bits)'
            ' server-digest SHA256)')


def TLS12(c='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)'):
    return '(using TLSv1.2 with cipher %s)' % c


def rx_mx(r, helo, ip, dt, rcpt=ME, rdns=None, tls=TLS13):
    """The Received line written by the university's inbound gateway."""
    rdns = helo if rdns is None else rdns
    return ('Received',
            'from %s (%s [%s])\n\t%s\n\t(No client certificate requested)\n\t'
            'by %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                helo, rdns, ip, tls, MX, pfqid(r), rcpt,
                fdate(dt.astimezone(UTC), 'postfix', 'UTC')))


def ar_mx(*parts):
    return ('Authentication-Results', MX + ';\n\t' + ';\n\t'.join(parts))


def spf_pass(mailfrom, ip):
    return ('spf=pass (%s: domain of %s\n\t designates %s as permitted sender)'
            ' smtp.mailfrom=%s' % (MX, mailfrom, ip, mailfrom))


def dmarc_pass(dom, policy='reject'):
    return 'dmarc=pass (policy=%s) header.from=%s' % (policy, dom)


# ---------------------------------------------------------------- MIME ----

def encode(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == '7bit':
        return data.decode('ascii')
    if cte == '8bit':
        return data.decode('utf-8')
    raise ValueError(cte)


def text(s, sub='plain', charset='utf-8', cte='quoted-printable', codec=None,
         ctype=None, extra=(), cte_first=False):
    if not s.endswith('\n'):
        s += '\n'
    data = s.encode(codec or charset)
    ct = ctype or 'text/%s; charset="%s"' % (sub, charset)
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if cte_first:
        hs.reverse()
    return (hs + list(extra), encode(data, cte))


def attach(data, ctype, filename, disp='attachment', cte='base64', extra=(),
           name=True, order=('ct', 'cd', 'cte')):
    hv = {
        'ct': ('Content-Type',
               '%s; name="%s"' % (ctype, filename) if name else ctype),
        'cd': ('Content-Disposition', '%s; filename="%s"' % (disp, filename)),
        'cte': ('Content-Transfer-Encoding', cte),
    }
    return ([hv[k] for k in order] + list(extra), encode(data, cte))


def multi(sub, parts, boundary, params='', preamble='', epilogue='',
          fold=False, extra=()):
    sep = ';\n\t' if fold else '; '
    ct = 'multipart/%s%s%sboundary="%s"' % (sub, params, sep, boundary)
    s = preamble
    for hs, body in parts:
        if not body.endswith('\n'):
            body += '\n'
        s += '--%s\n' % boundary
        s += ''.join('%s: %s\n' % (k, v) for k, v in hs)
        s += '\n' + body
    s += '--%s--\n' % boundary + epilogue
    return ([('Content-Type', ct)] + list(extra), s)


def build(headers, part):
    lines = []
    seen = False
    for k, v in headers:
        if k == 'MIME':
            seen = True
            lines.extend('%s: %s' % kv for kv in part[0])
        else:
            lines.append('%s: %s' % (k, v))
    assert seen, 'no MIME placeholder'
    for ln in lines:
        for i, ch in enumerate(ln):
            assert ch != '\n' or ln[i + 1] in ' \t', 'bad fold: ' + ln[:40]
    head = '\n'.join(lines)
    assert head.isascii(), 'non-ASCII header'
    s = head + '\n\n' + part[1]
    if not s.endswith('\n'):
        s += '\n'
    assert '\r' not in s
    for ln in s.split('\n'):
        assert len(ln.encode('utf-8')) <= 998, ln[:60]
    return s.replace('\n', '\r\n').encode('utf-8')


# ------------------------------------------------------ binary payloads ----

def gz(data, name=None, mtime=0):
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = co.compress(data) + co.flush()
    flags = 0x08 if name else 0
    hdr = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<I', mtime) + b'\x02\x03'
    if name:
        hdr += name.encode('ascii') + b'\x00'
    return hdr + raw + struct.pack('<II', zlib.crc32(data) & 0xffffffff,
                                   len(data) & 0xffffffff)


def zipped(name, data, date_time):
    zi = zipfile.ZipInfo(name, date_time=date_time)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 3
    zi.external_attr = 0o100644 << 16
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as zf:
        zf.writestr(zi, data)
    return buf.getvalue()


def png(w, h, fn):
    raw = b''.join(b'\x00' + b''.join(bytes(fn(x, y)) for x in range(w))
                   for y in range(h))

    def chunk(t, d):
        return (struct.pack('>I', len(d)) + t + d
                + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff))
    return (b'\x89PNG\r\n\x1a\n'
            + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def _pdfesc(t):
    out = []
    for c in t.encode('cp1252'):
        ch = chr(c)
        if ch in '()\\':
            out.append('\\' + ch)
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(ch)
    return ''.join(out)


def pdf(r, items, title, author, creator, producer, cdate):
    """A small one-page PDF.  items: ('t', x, y, size, bold, text),
    ('r', x, y, w, h, gray) filled rectangles, ('l', x1, y1, x2, y2)."""
    ops = []
    for it in items:
        if it[0] == 't':
            _, x, y, size, bold, t = it
            ops.append('BT /%s %s Tf %s %s Td (%s) Tj ET' % (
                'F2' if bold else 'F1', size, x, y, _pdfesc(t)))
        elif it[0] == 'r':
            _, x, y, w, h, g = it
            ops.append('%s g %s %s %s %s re f 0 g' % (g, x, y, w, h))
        else:
            _, x1, y1, x2, y2 = it
            ops.append('0.5 w %s %s m %s %s l S' % (x1, y1, x2, y2))
    stream = zlib.compress('\n'.join(ops).encode('latin-1'), 9)
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] '
        b'/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica '
        b'/Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold '
        b'/Encoding /WinAnsiEncoding >>',
        b'<< /Length ' + str(len(stream)).encode() + b' /Filter /FlateDecode >>'
        b'\nstream\n' + stream + b'\nendstream',
        ('<< /Title (%s) /Author (%s) /Creator (%s) /Producer (%s) '
         '/CreationDate (%s) /ModDate (%s) >>' % (
             _pdfesc(title), _pdfesc(author), _pdfesc(creator),
             _pdfesc(producer), cdate, cdate)).encode('latin-1'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    fid = rHEX(r, 32)
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n'
            b'startxref\n%d\n%%%%EOF\n' % (len(objs) + 1, len(objs),
                                          fid.encode(), fid.encode(), xref))
    return bytes(out)


# ============================================================ messages ====
# d01 -- Zabbix problem alert (plain text, base64, internal relay)

def m01(r):
    t0 = T(2025, 2, 18, 3, 12, 45)
    qid = rHEX(r, 10)
    evid = '48213977'
    body = (
        'Problem started at 03:12:44 on 2025.02.18\n'
        'Problem name: /srv/data: Space is critically low (used > 90%)\n'
        'Host: fs03.univ.example (research file server, DC-A rack 14)\n'
        'Severity: High\n'
        'Operational data: used 36.21 TB of 40 TB (90.5%), free 3.79 TB\n'
        'Original problem ID: ' + evid + '\n'
        '\n'
        'Growth over the last 24h: +412 GB (mostly /srv/data/scratch)\n'
        'Host groups: Linux servers/Storage; Service: Research Data Store\n'
        '\n'
        'Runbook: https://wiki.univ.example/it/runbooks/storage/fs-space\n'
        'Event:   https://zabbix.univ.example/tr_events.php?triggerid=30841'
        '&eventid=' + evid + '\n'
        '\n'
        '-- \n'
        'Zabbix 7.0 on zabbix.univ.example | NOC on-call rota:'
        ' https://wiki.univ.example/it/noc/rota\n')
    part = text(body, cte='base64', ctype='text/plain; charset="UTF-8"')
    h = [
        ('Return-Path', '<zabbix@univ.example>'),
        ('Delivered-To', ME),
        rx_mx(r, 'relay.univ.example', '10.20.1.25', t0 + timedelta(seconds=1),
              rcpt='noc@univ.example', tls=TLS13_128),
        ('Received', 'from zabbix.univ.example (zabbix.univ.example [10.20.4.15])'
         '\n\tby relay.univ.example (Postfix) with ESMTP id %s\n\tfor '
         '<noc@univ.example>; %s' % (qid, fdate(t0, 'postfix', 'GMT'))),
        ('Date', fdate(t0)),
        ('From', 'Zabbix <zabbix@univ.example>'),
        ('To', 'noc@univ.example'),
        ('Subject', ew('Problem: /srv/data: Space is critically low '
                       '(used > 90%) on fs03', 'B')),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('Message-Id', '<%s.%s@relay.univ.example>' % (stamp(t0), qid)),
    ]
    return build(h, part)


# d02 -- Zabbix recovery for the same event

def m02(r):
    t0 = T(2025, 2, 18, 3, 53, 48)
    qid = rHEX(r, 10)
    body = (
        'Problem has been resolved at 03:53:47 on 2025.02.18\n'
        'Problem name: /srv/data: Space is critically low (used > 90%)\n'
        'Problem duration: 41m 3s\n'
        'Host: fs03.univ.example (research file server, DC-A rack 14)\n'
        'Severity: High\n'
        'Original problem ID: 48213977\n'
        '\n'
        'Last value: used 33.58 TB of 40 TB (83.9%)\n'
        '\n'
        'Acknowledged by Maren Holt (mholt) at 03:27:10:\n'
        '  "On it. Expired scratch snapshots on vol-research-scratch not'
        ' pruned\n'
        '   since the retention job failed on Sunday; deleting manually."\n'
        '\n'
        'Event: https://zabbix.univ.example/tr_events.php?triggerid=30841'
        '&eventid=48213977\n')
    part = text(body, cte='base64', ctype='text/plain; charset="UTF-8"')
    h = [
        ('Return-Path', '<zabbix@univ.example>'),
        ('Delivered-To', ME),
        rx_mx(r, 'relay.univ.example', '10.20.1.25', t0 + timedelta(seconds=1),
              rcpt='noc@univ.example', tls=TLS13_128),
        ('Received', 'from zabbix.univ.example (zabbix.univ.example [10.20.4.15])'
         '\n\tby relay.univ.example (Postfix) with ESMTP id %s\n\tfor '
         '<noc@univ.example>; %s' % (qid, fdate(t0, 'postfix', 'GMT'))),
        ('Date', fdate(t0)),
        ('From', 'Zabbix <zabbix@univ.example>'),
        ('To', 'noc@univ.example'),
        ('Subject', ew('Resolved in 41m 3s: /srv/data: Space is critically '
                       'low (used > 90%) on fs03', 'B')),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('Message-Id', '<%s.%s@relay.univ.example>' % (stamp(t0), qid)),
    ]
    return build(h, part)


# d03 -- cron job output (8bit plain text)

def m03(r):
    t0 = T(2024, 6, 3, 3, 17, 2)
    loc = eu(t0)
    qid = rHEX(r, 10)
    csn = '20240603031658.%06dZ#000000#001#000000' % r.randint(0, 999999)
    body = (
        '[2024-06-03 04:15:01] ldap-backup: dumping cn=config ... ok (412 entries)\n'
        '[2024-06-03 04:15:07] ldap-backup: dumping dc=univ,dc=example ... ok'
        ' (58904 entries)\n'
        '[2024-06-03 04:16:49] ldap-backup: wrote /var/backups/ldap/2024-06-03/'
        'data.ldif.zst (21M)\n'
        '[2024-06-03 04:16:49] ldap-backup: pruned 1 backup(s) older than 14'
        ' days: 2024-05-20\n'
        'check-syncrepl: provider ldap01.univ.example contextCSN ' + csn + '\n'
        'check-syncrepl: consumer ldap02.univ.example  lag  0s  OK\n'
        'check-syncrepl: consumer ldap03.univ.example  lag 37s  WARNING'
        ' (threshold 30s)\n'
        'check-syncrepl: 1 warning(s), 0 critical \u2013 see'
        ' /var/log/check-syncrepl.log\n')
    part = text(body, cte='8bit', ctype='text/plain; charset=UTF-8',
                cte_first=False)
    h = [
        ('Return-Path', '<root@ldap02.univ.example>'),
        ('X-Original-To', 'sysadmins@univ.example'),
        ('Delivered-To', ME),
        rx_mx(r, 'ldap02.univ.example', '10.20.6.12', t0 + timedelta(seconds=1),
              rcpt='sysadmins@univ.example'),
        ('Received', 'by ldap02.univ.example (Postfix, from userid 0)\n\tid %s;'
         ' %s' % (qid, fdate(loc, 'postfix', 'BST'))),
        ('From', 'root@ldap02.univ.example (Cron Daemon)'),
        ('To', 'root@ldap02.univ.example'),
        ('Subject', 'Cron <root@ldap02> /usr/local/sbin/ldap-backup --prune 14'
         ' && /usr/local/sbin/check-syncrepl'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Cron-Env', '<SHELL=/bin/sh>'),
        ('X-Cron-Env', '<HOME=/root>'),
        ('X-Cron-Env', '<PATH=/usr/bin:/bin>'),
        ('X-Cron-Env', '<LOGNAME=root>'),
        ('Message-Id', '<%s.%s@ldap02.univ.example>' % (stamp(loc), qid)),
        ('Date', fdate(loc, 'postfix', 'BST')),
    ]
    return build(h, part)


# d04 -- Proxmox VE vzdump backup report (multipart/alternative)

def m04(r):
    t0 = T(2025, 11, 8, 1, 41, 51)
    vms = [('101', 'idp-shib01', '1min 12s', '14.812 GiB'),
           ('103', 'radius01', '38s', '6.207 GiB'),
           ('104', 'ldap01', '51s', '9.954 GiB'),
           ('117', 'gitlab-app01', '6min 20s', '146.330 GiB'),
           ('121', 'zabbix', '2min 47s', '35.144 GiB')]
    starts = ['01:30:02', '01:31:14', '01:31:52', '01:32:43', '01:39:03']
    rows = []
    for (vmid, name, dur, size), st in zip(vms, starts):
        rows.append('%-8s %-16s %-8s %-11s %-13s vm/%s/2025-11-08T%sZ' % (
            vmid, name, 'ok', dur, size, vmid, st))
    log = []
    for (vmid, name, dur, size), st in zip(vms, starts):
        log += [
            '%s: 2025-11-08 %s INFO: Starting Backup of VM %s (qemu)' % (vmid, st, vmid),
            '%s: 2025-11-08 %s INFO: status = running' % (vmid, st),
            '%s: 2025-11-08 %s INFO: VM Name: %s' % (vmid, st, name),
            '%s: 2025-11-08 %s INFO: backup mode: snapshot' % (vmid, st),
            '%s: 2025-11-08 %s INFO: creating Proxmox Backup Server archive'
            ' \'vm/%s/2025-11-08T%sZ\'' % (vmid, st, vmid, st),
            '%s: 2025-11-08 %s INFO: backup was done incrementally, reused'
            ' %.1f%% of the data' % (vmid, st, 92 + r.random() * 7.5),
            '%s: INFO: Finished Backup of VM %s (%s)' % (vmid, vmid, dur),
        ]
    txt = ('Details\n=======\n'
           'VMID     Name             Status   Time        Size          Filename\n'
           + '\n'.join(rows) + '\n\n'
           'Total running time: 11min 49s\n'
           'Total size: 212.447 GiB\n\n'
           'Logs\n====\n'
           'vzdump 101 103 104 117 121 --mode snapshot --storage pbs-dc-b'
           ' --mailnotification always --notes-template \'{{guestname}}\''
           ' --fleecing 0\n\n' + '\n'.join(log) + '\n')
    trs = ''.join(
        '<tr><td style="padding:2px 8px;">%s</td><td style="padding:2px 8px;">%s</td>'
        '<td style="padding:2px 8px;color:#2e7d32;">ok</td><td style="padding:2px 8px;">%s</td>'
        '<td style="padding:2px 8px;">%s</td><td style="padding:2px 8px;">vm/%s/2025-11-08T%sZ</td></tr>\n'
        % (v[0], v[1], v[2], v[3], v[0], st) for v, st in zip(vms, starts))
    html = ('<html>\n<body>\n'
            '<h2 style="font-family:sans-serif;">Details</h2>\n'
            '<table style="border-collapse:collapse;font-family:monospace;font-size:13px;">\n'
            '<tr style="background:#e6e6e6;"><th style="padding:2px 8px;">VMID</th>'
            '<th style="padding:2px 8px;">Name</th><th style="padding:2px 8px;">Status</th>'
            '<th style="padding:2px 8px;">Time</th><th style="padding:2px 8px;">Size</th>'
            '<th style="padding:2px 8px;">Filename</th></tr>\n' + trs +
            '</table>\n'
            '<p style="font-family:sans-serif;">Total running time: 11min 49s<br>\n'
            'Total size: 212.447 GiB</p>\n'
            '<h2 style="font-family:sans-serif;">Logs</h2>\n<pre>\n'
            + '\n'.join(log).replace('<', '&lt;').replace('>', '&gt;')
            + '\n</pre>\n</body>\n</html>\n')
    b = '----_=_NextPart_001_' + rHEX(r, 8) + '.' + rHEX(r, 8)
    part = multi('alternative', [
        text(txt, cte='8bit', charset='UTF-8'),
        text(html, sub='html', cte='quoted-printable', charset='UTF-8'),
    ], b)
    qid = rHEX(r, 10)
    h = [
        ('Return-Path', '<root@pve03.univ.example>'),
        ('Delivered-To', ME),
        rx_mx(r, 'relay.univ.example', '10.20.1.25', t0 + timedelta(seconds=2),
              rcpt='backup-reports@univ.example', tls=TLS13_128),
        ('Received', 'from pve03.univ.example (pve03.univ.example [10.20.8.13])\n\t'
         'by relay.univ.example (Postfix) with ESMTP id %s\n\tfor '
         '<backup-reports@univ.example>; %s' % (qid, fdate(t0, 'postfix', 'GMT'))),
        ('Received', 'by pve03.univ.example (Postfix, from userid 0)\n\tid %s;'
         ' %s' % (rHEX(r, 10), fdate(t0 - timedelta(seconds=1), 'postfix', 'GMT'))),
        ('MIME', None),
        ('MIME-Version', '1.0'),
        ('From', 'Proxmox VE <root@pve03.univ.example>'),
        ('To', 'backup-reports@univ.example'),
        ('Date', fdate(t0 - timedelta(seconds=1))),
        ('Subject', 'vzdump backup status (pve03.univ.example): backup successful'),
        ('Auto-Submitted', 'auto-generated;'),
        ('Message-Id', '<%s.%s@pve03.univ.example>' % (stamp(t0), rHEX(r, 10))),
    ]
    return build(h, part)


# d05 -- GitLab (self-managed) failed pipeline

def m05(r):
    t0 = T(2025, 4, 29, 13, 21, 37)
    loc = eu(t0)
    sha = '3f2a9c1d' + rhex(r, 32)
    base = 'https://gitlab.univ.example'
    proj = base + '/infra/ansible-site'
    pid, jid = '58213', '402118'
    trace = [
        '$ ansible-lint --profile production --offline',
        'WARNING  Listing 2 violation(s) that are fatal',
        'risky-file-permissions: File permissions unset or incorrect.',
        'roles/freeradius/tasks/main.yml:42 Task/Handler: Deploy eduroam proxy'
        ' clients.conf',
        '',
        'name[casing]: All names should start with an uppercase letter.',
        'roles/freeradius/handlers/main.yml:3 Task/Handler: restart freeradius',
        '',
        'Failed: 2 failure(s), 0 warning(s) on 214 files. Profile'
        ' \'production\' was required.',
        'ERROR: Job failed: exit code 2',
    ]
    txt = (
        'Your pipeline has failed.\n\n'
        'Project: infra / ansible-site ( %s )\n'
        'Branch: main ( %s/-/commits/main )\n\n'
        'Commit: %s ( %s/-/commit/%s )\n'
        'Commit Author: Maren Holt ( %s/mholt )\n'
        'Commit Message: radius: move eduroam proxy config into freeradius 3.2'
        ' role\n\n'
        'Pipeline #%s ( %s/-/pipelines/%s ) triggered by Maren Holt'
        ' ( %s/mholt )\nhad 1 failed job.\n\n'
        'Job #%s ( %s/-/jobs/%s/raw )\n\nStage: lint\nName: ansible-lint\n'
        'Trace: ' % (proj, proj, sha[:8], proj, sha, base, pid, proj, pid,
                     base, jid, proj, jid)
        + '\n'.join(trace) + '\n\n-- \nYou\'re receiving this email because'
        ' of your account on gitlab.univ.example. Manage all notifications:'
        ' %s/-/profile/notifications | Help: %s/help\n' % (base, base))
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&#39;')
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"'
        ' "http://www.w3.org/TR/REC-html40/loose.dtd">\n'
        '<html lang="en">\n<head>\n'
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n'
        '<meta content="width=device-width, initial-scale=1" name="viewport">\n'
        '<title>infra / ansible-site | Failed pipeline for main | %s</title>\n'
        '</head>\n'
        '<body style="background-color:#ffffff;font-family:\'Helvetica Neue\',Helvetica,Arial,sans-serif;'
        'font-size:14px;line-height:1.4;color:#333333;margin:0;padding:0;">\n'
        '<table border="0" cellpadding="0" cellspacing="0" role="presentation"'
        ' style="width:100%%;background-color:#fafafa;">\n<tr><td align="center"'
        ' style="padding:25px 0;">\n'
        '<img alt="GitLab" height="33" src="%s/assets/mailers/gitlab_logo_black_text-5430ca955baf2bbce6d3aa856a025da70ac5c9595597537254f665c10beab7a5.png"'
        ' width="108">\n</td></tr>\n<tr><td align="center">\n'
        '<table border="0" cellpadding="0" cellspacing="0" style="width:640px;'
        'border:1px solid #ededed;border-radius:3px;background-color:#ffffff;">\n'
        '<tr><td style="background-color:#d22f57;color:#ffffff;font-size:15px;'
        'font-weight:500;padding:14px 20px;text-align:center;">\n'
        'Pipeline #%s has failed!</td></tr>\n'
        '<tr><td style="padding:15px 20px;">\n'
        '<table border="0" cellpadding="0" cellspacing="0" style="width:100%%;">\n'
        '<tr><td style="color:#666666;padding:6px 0;width:120px;">Project</td>'
        '<td><a href="%s" style="color:#1068bf;text-decoration:none;">infra / ansible-site</a></td></tr>\n'
        '<tr><td style="color:#666666;padding:6px 0;">Branch</td>'
        '<td><a href="%s/-/commits/main" style="color:#1068bf;text-decoration:none;">main</a></td></tr>\n'
        '<tr><td style="color:#666666;padding:6px 0;">Commit</td>'
        '<td><a href="%s/-/commit/%s" style="color:#1068bf;text-decoration:none;">%s</a><br>'
        'radius: move eduroam proxy config into freeradius 3.2 role</td></tr>\n'
        '<tr><td style="color:#666666;padding:6px 0;">Commit Author</td>'
        '<td><img alt="" height="24" width="24" style="border-radius:12px;vertical-align:middle;"'
        ' src="%s/uploads/-/system/user/avatar/88/avatar.png?width=48"> '
        '<a href="%s/mholt" style="color:#333333;text-decoration:none;">Maren Holt</a></td></tr>\n'
        '</table>\n</td></tr>\n'
        '<tr><td style="padding:0 20px 15px;">Pipeline <a href="%s/-/pipelines/%s"'
        ' style="color:#1068bf;">#%s</a> triggered by Maren Holt had 1 failed job.</td></tr>\n'
        '<tr><td style="padding:0 20px;"><strong>lint</strong> &middot; '
        '<a href="%s/-/jobs/%s" style="color:#d22f57;">ansible-lint</a></td></tr>\n'
        '<tr><td style="padding:10px 20px 20px;">\n'
        '<pre style="background-color:#1f1f1f;color:#f2f2f2;font-size:12px;padding:12px;'
        'border-radius:3px;white-space:pre-wrap;">%s</pre>\n</td></tr>\n'
        '</table>\n</td></tr>\n'
        '<tr><td align="center" style="color:#666666;font-size:12px;padding:20px;">\n'
        'You\'re receiving this email because of your account on gitlab.univ.example.<br>\n'
        '<a href="%s/-/profile/notifications" style="color:#1068bf;">Manage all notifications</a>'
        ' &middot; <a href="%s/help" style="color:#1068bf;">Help</a>\n'
        '</td></tr>\n</table>\n</body>\n</html>\n' % (
            sha[:8], base, pid, proj, proj, proj, sha, sha[:8], base, base,
            proj, pid, pid, proj, jid, esc('\n'.join(trace)), base, base))
    bnd = '--==_mimepart_%s_%s' % (rhex(r, 13), rhex(r, 5) + rdig(r, 3))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', charset='UTF-8'),
        text(html, sub='html', cte='quoted-printable', charset='UTF-8'),
    ], bnd, extra=[('Content-Transfer-Encoding', '7bit')])
    unsub = base + '/-/sent_notifications/' + rhex(r, 32) + '/unsubscribe'
    h = [
        ('Return-Path', '<gitlab@univ.example>'),
        ('Delivered-To', ME),
        rx_mx(r, 'relay.univ.example', '10.20.1.25', t0 + timedelta(seconds=1)),
        ('Received', 'from gitlab-app01.univ.example (gitlab-app01.univ.example'
         ' [10.20.9.31])\n\tby relay.univ.example (Postfix) with ESMTPS id %s\n\t'
         'for <%s>; %s' % (rHEX(r, 10), ME, fdate(loc, 'postfix', 'BST'))),
        ('Date', fdate(loc)),
        ('From', 'GitLab <gitlab@univ.example>'),
        ('Reply-To', 'GitLab <noreply@univ.example>'),
        ('To', ME),
        ('Message-ID', '<%s_%s@gitlab-app01.mail>' % (rhex(r, 13), rhex(r, 12))),
        ('Subject', 'infra / ansible-site | Failed pipeline for main | ' + sha[:8]),
        ('Mime-Version', '1.0'),
        ('MIME', None),
        ('X-GitLab-Project', 'ansible-site'),
        ('X-GitLab-Project-Id', '214'),
        ('X-GitLab-Project-Path', 'infra/ansible-site'),
        ('List-Id', 'infra/ansible-site <214.ansible-site.infra.gitlab.univ.example>'),
        ('X-GitLab-Pipeline-Id', pid),
        ('X-GitLab-Pipeline-Ref', 'main'),
        ('X-GitLab-Pipeline-Status', 'failed'),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-GitLab-NotificationReason', 'own_activity'),
        ('List-Unsubscribe', '<%s>' % unsub),
    ]
    return build(h, part)


# d06 -- GitHub pull request with review requested

def m06(r):
    t0 = T(2025, 4, 30, 9, 5, 11)
    gh = us(t0, -8)
    repo = 'univ-eastmoor/ldap-sync'
    url = 'https://github.com/%s/pull/142' % repo
    tok = rs(r, 40, UPNUM)
    desc = (
        'Bind attempts against the AD domain controllers occasionally fail with'
        ' `LDAPSocketOpenError` during the nightly DC patch window, which makes'
        ' the whole sync run abort.\n\n'
        'This PR:\n\n'
        '- retries the bind with exponential backoff (1s, 2s, 4s, 8s, capped at'
        ' 30s)\n'
        '- makes the retry budget configurable via `LDAPSYNC_BIND_RETRIES`'
        ' (default 5)\n'
        '- logs each retry at WARNING with the DC hostname so we can see which'
        ' one flaps\n\n'
        'Tested against the staging forest with `tc qdisc` dropping 30% of'
        ' packets to dc02 \u2014 run completed with 3 retries logged.\n\n'
        '@mholt-ue could you have a look before Friday\'s change freeze?\n')
    txt = (desc + '\nYou can view, comment on, or merge this pull request online'
           ' at:\n\n  %s\n\n'
           '-- Commit Summary --\n\n'
           '  * Retry LDAP bind with exponential backoff\n'
           '  * Make bind retry budget configurable\n'
           '  * Add tests for transient timeout handling\n\n'
           '-- File Changes --\n\n'
           '    M ldapsync/connection.py (48)\n'
           '    M ldapsync/config.py (6)\n'
           '    A tests/test_bind_retry.py (91)\n\n'
           '-- Patch Links --\n\n%s.patch\n%s.diff\n\n'
           '-- \nReply to this email directly, view it on GitHub:\n%s\n'
           'You are receiving this because your review was requested.'
           'Message ID: <%s/pull/142@github.com>\n' % (url, url, url, url, repo))
    html = (
        '<p></p>\n<p dir="auto">Bind attempts against the AD domain controllers'
        ' occasionally fail with <code class="notranslate">LDAPSocketOpenError</code>'
        ' during the nightly DC patch window, which makes the whole sync run abort.</p>\n'
        '<p dir="auto">This PR:</p>\n<ul dir="auto">\n'
        '<li>retries the bind with exponential backoff (1s, 2s, 4s, 8s, capped at 30s)</li>\n'
        '<li>makes the retry budget configurable via <code class="notranslate">'
        'LDAPSYNC_BIND_RETRIES</code> (default 5)</li>\n'
        '<li>logs each retry at WARNING with the DC hostname so we can see which one flaps</li>\n'
        '</ul>\n<p dir="auto">Tested against the staging forest with <code class="notranslate">'
        'tc qdisc</code> dropping 30%% of packets to dc02 \u2014 run completed with 3 retries'
        ' logged.</p>\n<p dir="auto"><a class="user-mention notranslate" data-hovercard-type="user"'
        ' href="https://github.com/mholt-ue">@mholt-ue</a> could you have a look before'
        ' Friday\'s change freeze?</p>\n\n<hr>\n\n<h4>You can view, comment on, or merge this'
        ' pull request online at:</h4>\n<p>&nbsp;&nbsp;<a href="%s">%s</a></p>\n\n'
        '<h4>Commit Summary</h4>\n<ul>\n'
        '  <li>%s Retry LDAP bind with exponential backoff</li>\n'
        '  <li>%s Make bind retry budget configurable</li>\n'
        '  <li>%s Add tests for transient timeout handling</li>\n</ul>\n\n'
        '<h4 style="display: inline-block">File Changes </h4> <h5 style="display: inline-block">'
        '(<a href="%s/files">3 files</a>)</h5>\n<ul>\n'
        '  <li><strong>M</strong> <a href="%s/files#diff-%s">ldapsync/connection.py</a> (48)</li>\n'
        '  <li><strong>M</strong> <a href="%s/files#diff-%s">ldapsync/config.py</a> (6)</li>\n'
        '  <li><strong>A</strong> <a href="%s/files#diff-%s">tests/test_bind_retry.py</a> (91)</li>\n'
        '</ul>\n\n<h4>Patch Links:</h4>\n<ul>\n'
        '  <li><a href="%s.patch">%s.patch</a></li>\n'
        '  <li><a href="%s.diff">%s.diff</a></li>\n</ul>\n\n'
        '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />'
        'Reply to this email directly, <a href="%s">view it on GitHub</a>, or'
        ' <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />'
        'You are receiving this because your review was requested.'
        '<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" />'
        '<span style="color: transparent; font-size: 0; display: none; visibility: hidden;'
        ' overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0;'
        ' mso-hide: all">Message ID: <span>&lt;%s/pull/142@github.com&gt;</span></span></p>\n'
        % (url, url, rhex(r, 7), rhex(r, 7), rhex(r, 7), url, url, rhex(r, 64),
           url, rhex(r, 64), url, rhex(r, 64), url, url, url, url, url, tok,
           rs(r, 60, UPNUM), repo))
    bnd = '--==_mimepart_%s_%s' % (rhex(r, 13), rdig(r, 6))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
    ], bnd, extra=[('Content-Transfer-Encoding', '7bit')])
    dk = Dkim(r, 'github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:'
              'References:List-ID:List-Archive:List-Post:List-Unsubscribe:From',
              t=gh)
    mx_t = t0 + timedelta(seconds=2)
    h = [
        ('Return-Path', '<noreply@github.com>'),
        ar_mx(dk.ar(), spf_pass('noreply@github.com', '192.30.252.204'),
              dmarc_pass('github.com')),
        rx_mx(r, 'out-21.smtp.github.com', '192.30.252.204', mx_t),
        ('Received', 'from github.com (hubbernetes-node-%s.va3-iad.github.net'
         ' [10.48.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\t'
         'for <%s>; %s' % (rhex(r, 7), r.randint(1, 250), r.randint(1, 250),
                           pfqid(r), ME,
                           fdate(us(t0 + timedelta(seconds=1), -8), 'short', 'PDT'))),
        dk.hdr(),
        ('Date', fdate(gh)),
        ('From', 'Kwabena Ofori <notifications@github.com>'),
        ('Reply-To', '%s <reply+%s@reply.github.com>' % (repo, tok)),
        ('To', '%s <ldap-sync@noreply.github.com>' % repo),
        ('Cc', 'Maren Holt <maren.holt@univ.example>, Review requested'
         ' <review_requested@noreply.github.com>'),
        ('Message-ID', '<%s/pull/142@github.com>' % repo),
        ('Subject', '[%s] Retry LDAP bind on transient timeouts (PR #142)' % repo),
        ('Mime-Version', '1.0'),
        ('MIME', None),
        ('Precedence', 'list'),
        ('X-GitHub-Sender', 'kofori-ue'),
        ('X-GitHub-Recipient', 'mholt-ue'),
        ('X-GitHub-Reason', 'review_requested'),
        ('List-ID', '%s <ldap-sync.univ-eastmoor.github.com>' % repo),
        ('List-Archive', 'https://github.com/%s' % repo),
        ('List-Post', '<mailto:reply+%s@reply.github.com>' % tok),
        ('List-Unsubscribe', '<mailto:unsub+%s@reply.github.com>,\n'
         ' <https://github.com/notifications/unsubscribe/%s>' % (tok, rs(r, 52, UPNUM))),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-GitHub-Recipient-Address', ME),
    ]
    return build(h, part)


# d07 -- Ubuntu security notice via Mailman list (signed, with list footer)

def m07(r):
    t0 = T(2025, 3, 12, 17, 3, 27)
    loc = t0.astimezone(tz(-180))
    versions = [
        ('Ubuntu 24.10', '2.12.7+dfsg-3ubuntu0.2'),
        ('Ubuntu 24.04 LTS', '2.9.14+dfsg-1.3ubuntu3.3'),
        ('Ubuntu 22.04 LTS', '2.9.13+dfsg-1ubuntu0.6'),
        ('Ubuntu 20.04 LTS', '2.9.10+dfsg-5ubuntu0.20.04.9'),
    ]
    eq = '=' * 74
    upd = ''
    for rel, v in versions:
        upd += '%s\n  libxml2                         %s\n' \
               '  libxml2-utils                   %s\n\n' % (rel, v, v)
    body = (
        '%s\nUbuntu Security Notice USN-7351-1\nMarch 12, 2025\n\n'
        'libxml2 vulnerabilities\n%s\n\n'
        'A security issue affects these releases of Ubuntu and its derivatives:\n\n'
        '- Ubuntu 24.10\n- Ubuntu 24.04 LTS\n- Ubuntu 22.04 LTS\n- Ubuntu 20.04 LTS\n\n'
        'Summary:\n\nSeveral security issues were fixed in libxml2.\n\n'
        'Software Description:\n- libxml2: GNOME XML library\n\n'
        'Details:\n\n'
        'It was discovered that libxml2 mishandled XInclude fallback elements\n'
        'that referenced an already-freed node. An attacker able to supply a\n'
        'crafted XML document could cause applications using libxml2 to crash,\n'
        'resulting in a denial of service, or possibly run arbitrary code.\n'
        '(CVE-2025-27841)\n\n'
        'It was discovered that the schema validator in libxml2 could read past\n'
        'the end of a heap buffer when given an XSD file with deeply nested\n'
        'substitution groups. An attacker could possibly use this issue to cause\n'
        'a denial of service. This issue only affected Ubuntu 24.04 LTS and\n'
        'Ubuntu 24.10. (CVE-2025-27916)\n\n'
        'Update instructions:\n\n'
        'The problem can be corrected by updating your system to the following\n'
        'package versions:\n\n%s'
        'In general, a standard system update will make all the necessary changes.\n'
        'Applications linked against libxml2 need to be restarted after the\n'
        'update for the fix to take effect.\n\n'
        'References:\n'
        '  https://ubuntu.com/security/notices/USN-7351-1\n'
        '  CVE-2025-27841, CVE-2025-27916\n\n'
        'Package Information:\n'
        '  https://launchpad.net/ubuntu/+source/libxml2/2.12.7+dfsg-3ubuntu0.2\n'
        '  https://launchpad.net/ubuntu/+source/libxml2/2.9.14+dfsg-1.3ubuntu3.3\n'
        '  https://launchpad.net/ubuntu/+source/libxml2/2.9.13+dfsg-1ubuntu0.6\n'
        % (eq, eq, upd))
    sig = ('-----BEGIN PGP SIGNATURE-----\n\n'
           + '\n'.join(wrap('wsF5BAABCgAjFiEE' + rb64(r, 360), 76))
           + '\n=' + rb64(r, 3) + '\n-----END PGP SIGNATURE-----\n')
    sb = '------------' + rs(r, 24)
    signed = multi('signed', [
        text(body, cte='7bit', ctype='text/plain; charset=UTF-8; format=flowed'),
        ([('Content-Type', 'application/pgp-signature; name="OpenPGP_signature.asc"'),
          ('Content-Description', 'OpenPGP digital signature'),
          ('Content-Disposition', 'attachment; filename="OpenPGP_signature.asc"')], sig),
    ], sb, params='; micalg=pgp-sha512;\n protocol="application/pgp-signature"',
        preamble='This is an OpenPGP/MIME signed message (RFC 4880 and 3156)\n')
    footer = ('-- \nubuntu-security-announce mailing list\n'
              'ubuntu-security-announce@lists.ubuntu.com\n'
              'Modify settings or unsubscribe at: '
              'https://lists.ubuntu.com/mailman/listinfo/ubuntu-security-announce\n')
    mb = '===============%s==' % rdig(r, 19)
    part = multi('mixed', [
        signed,
        ([('Content-Type', 'text/plain; charset="us-ascii"'),
          ('MIME-Version', '1.0'),
          ('Content-Transfer-Encoding', '7bit'),
          ('Content-Disposition', 'inline')], footer),
    ], mb)
    dk = Dkim(r, 'canonical.com', '20210705', 'from:to:subject:date:message-id'
              ':mime-version:content-type', q=True)
    exim1 = '1ts%s-000%s-%s' % (rs(r, 3), rs(r, 3), rs(r, 2))
    exim2 = '1ts%s-000%s-%s' % (rs(r, 3), rs(r, 3), rs(r, 2))
    lu = '185.125.189.65'
    h = [
        ('Return-Path', '<ubuntu-security-announce-bounces@lists.ubuntu.com>'),
        ar_mx('dkim=fail (body hash did not verify) header.d=canonical.com'
              ' header.s=20210705 header.b=%s' % dk.b[:8],
              spf_pass('ubuntu-security-announce-bounces@lists.ubuntu.com', lu),
              'dmarc=fail reason="No valid SPF, DKIM not aligned" header.from='
              'canonical.com (policy=none)'),
        rx_mx(r, 'lists.ubuntu.com', lu, t0 + timedelta(seconds=14),
              tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
        ('Received', 'from localhost ([127.0.0.1] helo=lists.ubuntu.com)\n\tby '
         'lists.ubuntu.com with esmtp (Exim 4.86_2)\n\t(envelope-from '
         '<ubuntu-security-announce-bounces@lists.ubuntu.com>)\n\tid %s; %s'
         % (exim1, fdate(t0 + timedelta(seconds=6), 'short'))),
        ('Received', 'from smtp-relay-internal-1.canonical.com ([185.125.188.123])\n\t'
         'by lists.ubuntu.com with esmtps (TLS1.2) tls\n\t'
         'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.86_2)\n\t'
         '(envelope-from <leonor.duarte@canonical.com>) id %s\n\tfor '
         'ubuntu-security-announce@lists.ubuntu.com; %s'
         % (exim2, fdate(t0 + timedelta(seconds=4), 'short'))),
        ('Authentication-Results', 'lists.ubuntu.com; dkim=pass (2048-bit key;'
         ' unprotected)\n\theader.d=canonical.com header.i=@canonical.com\n\t'
         'header.b="%s"; dkim-atps=neutral' % dk.b[:8]),
        dk.hdr(),
        ('Message-ID', '<%s@canonical.com>' % ruuid(r)),
        ('Date', fdate(loc)),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-US'),
        ('From', addr('Leonor Duarte', 'leonor.duarte@canonical.com')),
        ('To', 'ubuntu-security-announce@lists.ubuntu.com'),
        ('Subject', '[USN-7351-1] libxml2 vulnerabilities'),
        ('X-BeenThere', 'ubuntu-security-announce@lists.ubuntu.com'),
        ('X-Mailman-Version', '2.1.20'),
        ('Precedence', 'list'),
        ('Reply-To', 'ubuntu-users@lists.ubuntu.com'),
        ('List-Id', 'Ubuntu Security Announcements\n\t'
         '<ubuntu-security-announce.lists.ubuntu.com>'),
        ('List-Unsubscribe', '<https://lists.ubuntu.com/mailman/options/'
         'ubuntu-security-announce>,\n\t<mailto:ubuntu-security-announce-'
         'request@lists.ubuntu.com?subject=unsubscribe>'),
        ('List-Archive', '<https://lists.ubuntu.com/archives/ubuntu-security-announce>'),
        ('List-Post', '<mailto:ubuntu-security-announce@lists.ubuntu.com>'),
        ('List-Help', '<mailto:ubuntu-security-announce-request@lists.ubuntu.com?'
         'subject=help>'),
        ('List-Subscribe', '<https://lists.ubuntu.com/mailman/listinfo/'
         'ubuntu-security-announce>,\n\t<mailto:ubuntu-security-announce-'
         'request@lists.ubuntu.com?subject=subscribe>'),
        ('MIME', None),
        ('Errors-To', 'ubuntu-security-announce-bounces@lists.ubuntu.com'),
        ('Sender', '"ubuntu-security-announce"\n\t'
         '<ubuntu-security-announce-bounces@lists.ubuntu.com>'),
    ]
    return build(h, part)


# d08 -- CISA KEV bulletin via GovDelivery (multipart/alternative)

def m08(r):
    t0 = T(2025, 7, 22, 17, 15, 8)
    loc = us(t0, -6)
    bid = rdig(r, 8)

    def lnk():
        return ('https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.%s.%s/s/%s/br/%s-l'
                % (rb64url(r, 120), rb64url(r, 32), rdig(r, 10), rdig(r, 12)))
    cves = [
        ('CVE-2025-40318', 'Citrix NetScaler ADC and Gateway Out-of-Bounds Read'
         ' Vulnerability'),
        ('CVE-2025-39862', 'Roundcube Webmail Cross-Site Scripting Vulnerability'),
        ('CVE-2025-38244', 'SonicWall SMA 100 Series Path Traversal Vulnerability'),
    ]
    links = [lnk() for _ in cves]
    kev, bod, pref, unsub, help_ = lnk(), lnk(), lnk(), lnk(), lnk()
    txt = (
        'You are subscribed to Alerts for Cybersecurity and Infrastructure'
        ' Security Agency. This information has recently been updated, and is'
        ' now available.\n\n'
        'CISA Adds Three Known Exploited Vulnerabilities to Catalog\n'
        '07/22/2025 12:00 PM EDT\n\n'
        'CISA has added three vulnerabilities to its Known Exploited'
        ' Vulnerabilities (KEV) Catalog [%s], based on evidence that they are'
        ' being exploited in the wild.\n\n' % kev
        + ''.join('  * %s %s [%s]\n' % (c, d, l) for (c, d), l in zip(cves, links))
        + '\nVulnerabilities of these types are a common way in for malicious'
        ' cyber actors and carry significant risk for the federal enterprise.\n\n'
        'Binding Operational Directive (BOD) 22-01 [%s] set up the KEV Catalog as'
        ' a living list of CVEs known to be exploited. Federal Civilian Executive'
        ' Branch (FCEB) agencies must remediate listed vulnerabilities by the due'
        ' date to protect their networks.\n\n'
        'BOD 22-01 is binding only on FCEB agencies, but CISA strongly encourages'
        ' every organization to reduce its exposure by prioritising timely'
        ' remediation of KEV Catalog vulnerabilities as part of its'
        ' vulnerability management practice. CISA will keep adding'
        ' vulnerabilities that meet the criteria [%s] to the catalog.\n\n'
        'This product is provided subject to this Notification [%s] and this'
        ' Privacy & Use [%s] policy.\n\n'
        '________________________________________________________________________\n\n'
        'Having trouble viewing this message? View it as a webpage [%s].\n\n'
        'You are subscribed to updates from the Cybersecurity and Infrastructure'
        ' Security Agency (CISA)\nManage Subscriptions [%s]  |  Privacy Policy'
        '  |  Help [%s]\n\n'
        'Connect with CISA: Facebook | X | Instagram | LinkedIn | YouTube\n\n'
        'This email was sent to %s using GovDelivery Communications Cloud on'
        ' behalf of: Cybersecurity and Infrastructure Security Agency,'
        ' Washington, DC 20528\n' % (bod, lnk(), lnk(), lnk(), lnk(), pref,
                                    help_, ME))
    rows = ''.join(
        '<li style="margin:0 0 8px 0;"><a href="%s" style="color:#005288;'
        'text-decoration:underline;">%s</a> %s</li>\n' % (l, c, d)
        for (c, d), l in zip(cves, links))
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<title>CISA Adds Three Known Exploited Vulnerabilities to Catalog</title>\n'
        '</head>\n<body style="margin:0;padding:0;background:#f1f1f1;">\n'
        '<div style="display:none;font-size:1px;color:#f1f1f1;line-height:1px;'
        'max-height:0px;max-width:0px;opacity:0;overflow:hidden;">CISA has added'
        ' three vulnerabilities to the KEV Catalog.</div>\n'
        '<table width="100%%" cellpadding="0" cellspacing="0" border="0"'
        ' bgcolor="#f1f1f1"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0"'
        ' style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;">\n'
        '<tr><td style="padding:10px 20px;font-size:12px;color:#5b616b;">'
        'You are subscribed to Alerts for Cybersecurity and Infrastructure Security'
        ' Agency. This information has recently been updated, and is now'
        ' available.</td></tr>\n'
        '<tr><td style="background:#003366;padding:16px 20px;">'
        '<img src="https://content.govdelivery.com/attachments/fancy_images/'
        'USDHSCISA/2023/07/%s/cisa-logo-white_original.png" width="220" height="56"'
        ' alt="Cybersecurity and Infrastructure Security Agency" style="display:block;'
        'border:0;" /></td></tr>\n'
        '<tr><td style="padding:24px 20px 8px 20px;">\n'
        '<h1 style="font-size:24px;color:#003366;margin:0 0 6px 0;">CISA Adds Three'
        ' Known Exploited Vulnerabilities to Catalog</h1>\n'
        '<p style="font-size:13px;color:#5b616b;margin:0;">07/22/2025 12:00 PM EDT</p>\n'
        '</td></tr>\n<tr><td style="padding:8px 20px 20px 20px;font-size:15px;'
        'line-height:22px;color:#1b1b1b;">\n'
        '<p>CISA has added three vulnerabilities to its <a href="%s" style="color:#005288;">'
        'Known Exploited Vulnerabilities (KEV) Catalog</a>, based on evidence that they'
        ' are being exploited in the wild.</p>\n<ul>\n%s</ul>\n'
        '<p>Vulnerabilities of these types are a common way in for malicious cyber'
        ' actors and carry significant risk for the federal enterprise.</p>\n'
        '<p><a href="%s" style="color:#005288;">Binding Operational Directive (BOD) 22-01</a>'
        ' set up the KEV Catalog as a living list of CVEs known to be exploited.'
        ' Federal Civilian Executive Branch (FCEB) agencies must remediate listed'
        ' vulnerabilities by the due date to protect their networks.</p>\n'
        '<p>BOD 22-01 is binding only on FCEB agencies, but CISA strongly encourages'
        ' every organization to reduce its exposure by prioritising timely remediation'
        ' of KEV Catalog vulnerabilities as part of its vulnerability management'
        ' practice.</p>\n</td></tr>\n'
        '<tr><td style="background:#e4e2e0;padding:16px 20px;font-size:12px;'
        'color:#1b1b1b;line-height:18px;">\n'
        'You are subscribed to updates from the Cybersecurity and Infrastructure'
        ' Security Agency (CISA)<br />\n<a href="%s" style="color:#005288;">Manage'
        ' Subscriptions</a> &nbsp;|&nbsp; <a href="%s" style="color:#005288;">Help</a>\n'
        '</td></tr>\n</table>\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0"><tr>'
        '<td style="padding:12px 20px;font-family:Arial,sans-serif;font-size:11px;'
        'color:#757575;">This email was sent to %s using GovDelivery Communications'
        ' Cloud on behalf of: Cybersecurity and Infrastructure Security Agency &middot;'
        ' Washington, DC 20528 <a href="https://subscriberhelp.granicus.com/"'
        ' style="color:#757575;"><img src="https://content.govdelivery.com/'
        'landing_pages/%s/govd_hr.gif" alt="GovDelivery logo" width="130" height="22"'
        ' style="border:0;" /></a></td></tr></table>\n'
        '</td></tr></table>\n'
        '<img src="https://links-1.govdelivery.com:443/track?enid=%s&type=open"'
        ' width="1" height="1" alt="" />\n</body>\n</html>\n'
        % (rdig(r, 6), kev, rows, bod, pref, help_, ME, rdig(r, 4), rb64url(r, 60)))
    bnd = '----==_mimepart_%s_%s' % (rhex(r, 13), rdig(r, 6))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='quoted-printable',
             ctype='text/html; charset=UTF-8'),
    ], bnd)
    d1 = Dkim(r, 'govdelivery.com', 'gd', 'date:from:to:subject:mime-version:'
              'content-type:list-unsubscribe:list-unsubscribe-post:message-id',
              t=t0, bits=1024)
    d2 = Dkim(r, 'messages.cisa.gov', 'gd', 'date:from:to:subject:mime-version:'
              'content-type:list-unsubscribe:list-unsubscribe-post:message-id',
              t=t0)
    mf = 'bounce-%s-%s@public.govdelivery.com' % (bid, rdig(r, 9))
    ip = '209.%d.%d.%d' % (r.choice((52, 111)), r.randint(60, 90), r.randint(2, 250))
    h = [
        ('Return-Path', '<%s>' % mf),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip),
              dmarc_pass('messages.cisa.gov')),
        rx_mx(r, 'mta-%d.govdelivery.com' % r.randint(10, 60), ip,
              t0 + timedelta(seconds=39), tls=TLS12()),
        hop('gd-app%02d.govdelivery.com (gd-app.govdelivery.com [10.%d.%d.%d])' % (
            r.randint(1, 40), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            'mta.govdelivery.com (Postfix)', loc + timedelta(seconds=30),
            idv=pfqid(r), rcpt=ME, style='postfix', zone='CDT'),
        d1.hdr(), d2.hdr(),
        ('MIME-Version', '1.0'),
        ('Date', fdate(loc)),
        ('From', 'CISA <cisa@messages.cisa.gov>'),
        ('Reply-To', 'cisa@messages.cisa.gov'),
        ('To', ME),
        ('Message-ID', '<%s.%s@govdelivery.com>' % (stamp(t0, '.'), rdig(r, 8))),
        ('Subject', 'CISA Adds Three Known Exploited Vulnerabilities to Catalog'),
        ('MIME', None),
        ('X-Accounttype', 'pd'),
        ('X-Accountcode', 'USDHSCISA'),
        ('X-Bulletin-Id', bid),
        ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USDHSCISA/'
         'subscriber/one_click_unsubscribe?verification=%s&destination=%s>'
         % (rb64url(r, 30), ME.replace('@', '%40'))),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ]
    return build(h, part)


# d09 -- Cisco PSIRT advisory on its announcement list (inline PGP, 7bit)

def m09(r):
    t0 = T(2025, 5, 14, 16, 2, 41)
    adv = 'cisco-sa-asaftd-ravpn-dos-Qm4tB7eK'
    url = ('https://sec.cloudapps.cisco.com/security/center/content/'
           'CiscoSecurityAdvisory/' + adv)
    body = (
        '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n'
        'Cisco Security Advisory: Cisco Secure Firewall Adaptive Security'
        ' Appliance and\nSecure Firewall Threat Defense Software Remote Access'
        ' VPN Denial of Service\nVulnerability\n\n'
        'Advisory ID: %s\nRevision: 1.0\n\n'
        'For Public Release: 2025 May 14 16:00  GMT\n\n'
        'Last Updated: 2025 May 14 16:00  GMT\n\n'
        'CVSS Score: Base 8.6\nWorkarounds: No workarounds available\n'
        'Cisco Bug IDs: CSCwm41207 CSCwm41388\nCVE-2025-20347\n\n'
        '+---------------------------------------------------------------------\n\n'
        'Summary\n=======\n'
        'A vulnerability in the remote access VPN (RAVPN) service of Cisco Secure\n'
        'Firewall Adaptive Security Appliance (ASA) Software and Cisco Secure\n'
        'Firewall Threat Defense (FTD) Software could allow an unauthenticated,\n'
        'remote attacker to cause the device to stop accepting new VPN sessions\n'
        'until it is reloaded, resulting in a denial of service (DoS) condition.\n\n'
        'The issue is caused by memory that is not released when certain\n'
        'malformed client hello sequences are received during session setup.\n'
        'An attacker could exploit it by sending a sustained series of such\n'
        'sequences to an affected device.\n\n'
        'Cisco has released software updates that address this vulnerability.\n'
        'There are no workarounds that address this vulnerability.\n\n'
        'This advisory is available at the following link:\n%s\n\n'
        'Affected Products\n=================\n'
        'This vulnerability affects Cisco products if they are running a\n'
        'vulnerable release of Cisco ASA or FTD Software with the remote access\n'
        'SSL VPN or IKEv2 client services feature enabled. See the Fixed\n'
        'Software section of the advisory for release information.\n\n'
        'Products Confirmed Not Vulnerable\n=================================\n'
        'Cisco has confirmed that this vulnerability does not affect Cisco\n'
        'Firepower Management Center (FMC) Software or Cisco IOS XE Software.\n\n'
        'Exploitation and Public Announcements\n'
        '=====================================\n'
        'The Cisco PSIRT is not aware of any public announcements or malicious\n'
        'use of the vulnerability that is described in this advisory.\n\n'
        'Source\n======\n'
        'This vulnerability was found during the resolution of a Cisco TAC\n'
        'support case.\n\n'
        'URL\n===\n%s\n\n'
        'Revision History\n================\n'
        '+----------+---------------------------+----------+--------+------------+\n'
        '| Version  | Description               | Section  | Status | Date       |\n'
        '+----------+---------------------------+----------+--------+------------+\n'
        '| 1.0      | Initial public release.   | -        | Final  | 2025-MAY-14|\n'
        '+----------+---------------------------+----------+--------+------------+\n\n'
        'Legal Information\n=================\n'
        'This advisory is provided "as is" and does not imply any kind of\n'
        'guarantee or warranty. Your use of the information in the advisory or\n'
        'linked materials is at your own risk. Cisco reserves the right to change\n'
        'or update this content without notice at any time.\n\n'
        '-----BEGIN PGP SIGNATURE-----\n\n' % (adv, url, url)
        + '\n'.join(wrap('iQIzBAEBCgAdFiEE' + rb64(r, 540), 64))
        + '\n=' + rb64(r, 3) + '\n-----END PGP SIGNATURE-----\n')
    part = text(body, cte='7bit', ctype='text/plain; charset="us-ascii"',
                charset='us-ascii')
    dk = Dkim(r, 'cisco.com', 'iport01', 'Date:From:To:Subject:Message-ID:'
              'List-Id:List-Unsubscribe:MIME-Version', t=t0, i='@cisco.com')
    ip = '173.37.86.%d' % r.randint(70, 79)
    pac = us(t0, -8)
    h = [
        ('Return-Path', '<cust-security-announce-bounces@cisco.com>'),
        ar_mx(dk.ar(), spf_pass('cust-security-announce-bounces@cisco.com', ip),
              dmarc_pass('cisco.com')),
        rx_mx(r, 'rcdn-iport-3.cisco.com', ip, t0 + timedelta(seconds=33),
              tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
        ('Received', 'from rcdn-core-4.cisco.com ([173.37.93.140])\n\tby '
         'rcdn-iport-3.cisco.com with ESMTP/TLS/TLS_AES_256_GCM_SHA384;\n\t'
         '%d %s %d %02d:%02d:%02d +0000' % (
             t0.day, MONS[t0.month - 1], t0.year, t0.hour, t0.minute,
             t0.second + 9)),
        ('Received', 'from psirt-list-01.cisco.com (psirt-list-01.cisco.com'
         ' [72.163.7.%d])\n\tby rcdn-core-4.cisco.com (8.15.2/8.15.2) with'
         ' ESMTP id 54EG2fXk0%s\n\tfor <cust-security-announce@cisco.com>; %s'
         % (r.randint(10, 99), rs(r, 5), fdate(t0 + timedelta(seconds=2)))),
        ('Authentication-Results', 'rcdn-iport-3.cisco.com;'
         ' dkim=neutral (message not signed) header.i=none;\n\t'
         'dmarc=pass (p=reject dis=none) d=cisco.com'),
        dk.hdr(),
        ('Date', fdate(pac, 'short')),
        ('From', 'Cisco Systems Product Security Incident Response Team'
         ' <psirt@cisco.com>'),
        ('To', 'cust-security-announce@cisco.com'),
        ('Cc', 'psirt@cisco.com'),
        ('Subject', 'Cisco Security Advisory: Cisco Secure Firewall Adaptive'
         ' Security Appliance and\n Secure Firewall Threat Defense Software'
         ' Remote Access VPN Denial of Service\n Vulnerability'),
        ('Message-ID', '<%s.%s@psirt-list-01.cisco.com>' % (rdig(r, 10), rdig(r, 5))),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('Precedence', 'bulk'),
        ('List-Id', 'Cisco Security Announcements <cust-security-announce.cisco.com>'),
        ('List-Unsubscribe', '<mailto:cust-security-announce-request@cisco.com?'
         'subject=unsubscribe>'),
        ('List-Post', 'NO (posting not allowed on this list)'),
    ]
    return build(h, part)


# d10 -- DMARC aggregate report from Google (multipart/mixed, .zip)

def m10(r):
    begin = T(2025, 3, 1, 0, 0, 0)
    end = begin + timedelta(seconds=86399)
    t0 = T(2025, 3, 2, 0, 59, 59)
    rid = rdig(r, 20)
    recs = [
        ('198.51.100.26', 1843, 'pass', 'pass', 'univ.example', 'mail2024'),
        ('198.51.100.27', 212, 'pass', 'pass', 'univ.example', 'mail2024'),
        ('54.240.4.%d' % r.randint(2, 60), 37, 'pass', 'fail', 'univ.example', 'ses2024'),
        ('203.0.113.%d' % r.randint(2, 250), 4, 'fail', 'fail', None, None),
    ]
    xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n'
           '  <report_metadata>\n    <org_name>google.com</org_name>\n'
           '    <email>noreply-dmarc-support@google.com</email>\n'
           '    <extra_contact_info>https://support.google.com/a/answer/2466580'
           '</extra_contact_info>\n    <report_id>%s</report_id>\n'
           '    <date_range>\n      <begin>%d</begin>\n      <end>%d</end>\n'
           '    </date_range>\n  </report_metadata>\n  <policy_published>\n'
           '    <domain>univ.example</domain>\n    <adkim>r</adkim>\n'
           '    <aspf>r</aspf>\n    <p>quarantine</p>\n    <sp>quarantine</sp>\n'
           '    <pct>100</pct>\n    <np>quarantine</np>\n  </policy_published>\n'
           % (rid, epoch(begin), epoch(end)))
    for ip, n, dk, spf, d, s in recs:
        disp = 'none' if 'pass' in (dk, spf) else 'quarantine'
        xml += ('  <record>\n    <row>\n      <source_ip>%s</source_ip>\n'
                '      <count>%d</count>\n      <policy_evaluated>\n'
                '        <disposition>%s</disposition>\n        <dkim>%s</dkim>\n'
                '        <spf>%s</spf>\n      </policy_evaluated>\n    </row>\n'
                '    <identifiers>\n      <header_from>univ.example</header_from>\n'
                '    </identifiers>\n    <auth_results>\n' % (ip, n, disp, dk, spf))
        if d:
            xml += ('      <dkim>\n        <domain>%s</domain>\n        <result>pass'
                    '</result>\n        <selector>%s</selector>\n      </dkim>\n' % (d, s))
        xml += ('      <spf>\n        <domain>%s</domain>\n        <result>%s</result>\n'
                '      </spf>\n    </auth_results>\n  </record>\n'
                % ('amazonses.com' if ip.startswith('54.') else 'univ.example',
                   'pass' if ip.startswith('54.') else spf))
    xml += '</feedback>\n'
    fname = 'google.com!univ.example!%d!%d' % (epoch(begin), epoch(end))
    z = zipped(fname + '.xml', xml.encode('utf-8'), (2025, 3, 2, 0, 59, 58))
    bnd = '000000000000' + rhex(r, 16)
    part = multi('mixed', [
        text('This is an aggregate report from google.com.\n\n'
             'Report domain: univ.example\nSubmitter: google.com\n'
             'Report-ID: %s\n' % rid, cte='7bit',
             ctype='text/plain; charset="UTF-8"; format=flowed; delsp=yes'),
        attach(z, 'application/zip', fname + '.zip'),
    ], bnd)
    loc = us(t0, -8)
    dk = Dkim(r, 'google.com', '20230601', 'to:subject:message-id:date:from:'
              'mime-version:from:to:cc:subject:date:message-id:reply-to',
              t=t0, x=t0 + timedelta(days=7))
    ip = '209.85.220.%d' % r.randint(40, 99)
    mf = 'noreply-dmarc-support@google.com'
    xr = 'by 2002:a05:6214:%s:b0:6e8:%s:%s with SMTP id %s-%s.%d.%d' % (
        rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 13), rhex(r, 11),
        r.randint(1000000000000, 1999999999999), r.randint(10, 99))
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('google.com')),
        rx_mx(r, 'mail-sor-f%d.google.com' % (int(ip.split('.')[-1])), ip,
              t0 + timedelta(seconds=1), rcpt='dmarc-rua@univ.example'),
        ('Received', 'by mail-sor-f%s.google.com with SMTP id %s-%s.%d\n\t'
         'for <dmarc-rua@univ.example>\n\t(Google Transport Security);\n\t%s'
         % (ip.split('.')[-1], rhex(r, 16), rhex(r, 11), r.randint(10, 99),
            fdate(loc, 'short', 'PST'))),
        dk.hdr(),
        ('X-Received', xr + ';\n\t' + fdate(loc, 'short', 'PST')),
        ('MIME-Version', '1.0'),
        ('Date', fdate(loc, 'short')),
        ('Message-ID', '<%s@google.com>' % rid),
        ('Subject', 'Report domain: univ.example Submitter: google.com Report-ID: '
         + rid),
        ('From', 'noreply-dmarc-support@google.com'),
        ('To', 'dmarc-rua@univ.example'),
        ('MIME', None),
    ]
    return build(h, part)



def ms_hops(r, t0, pod='eurprd06', pre=('DB9', 'AS8')):
    """Exchange Online hops for a message written in a tenant mailbox:
    returns ([Received (transport), Received (mapi)], mailbox host)."""
    n = pod[3:5] if pod[3:5].isdigit() else '%02d' % r.randint(1, 9)
    a = '%sPR%sMB%d.%s.prod.outlook.com' % (pre[0], n, r.randint(4000, 9999), pod)
    b = '%sPR%sMB%d.%s.prod.outlook.com' % (pre[1], n, r.randint(4000, 9999), pod)
    ver = '15.20.%d.%03d' % (r.randint(8000, 8999), r.randint(0, 40))
    hops = [
        ('Received', 'from %s (2603:10a6:%x:%x::%x)\n\tby %s (2603:10a6:%x:%x::%x)'
         ' with Microsoft SMTP\n\tServer (version=TLS1_2,'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)\n\tid %s; %s' % (
             a, r.randint(16, 999), r.randint(16, 999), r.randint(1, 30),
             b, r.randint(16, 999), r.randint(16, 999), r.randint(1, 30),
             ver, fdate(t0 + timedelta(seconds=1), 'short'))),
        ('Received', 'from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%5])'
         ' with mapi id %s; %s' % (
             a, r.getrandbits(16), r.getrandbits(16), r.getrandbits(16),
             r.getrandbits(16), a, r.getrandbits(16), r.getrandbits(16),
             r.getrandbits(16), r.getrandbits(16), ver, fdate(t0, 'short'))),
    ]
    return hops, a


def ms_msgid(r, host):
    return '<%s%s@%s>' % (host.split('.')[0], rHEX(r, 24), host)


# d11 -- SMTP TLS report (RFC 8460) from Microsoft, multipart/report + .json.gz

def m11(r):
    day = T(2025, 3, 4, 0, 0, 0)
    t0 = T(2025, 3, 5, 4, 12, 33)
    rid = '%d+univ.example@microsoft.com' % r.randint(133855000000000000, 133855999999999999)
    rep = {
        'organization-name': 'Microsoft Corporation',
        'date-range': {'start-datetime': '2025-03-04T00:00:00Z',
                       'end-datetime': '2025-03-04T23:59:59Z'},
        'contact-info': 'tlsrpt-noreply@microsoft.com',
        'report-id': rid,
        'policies': [{
            'policy': {
                'policy-type': 'sts',
                'policy-string': ['version: STSv1', 'mode: enforce',
                                  'mx: mx1.univ.example', 'mx: mx2.univ.example',
                                  'max_age: 604800'],
                'policy-domain': 'univ.example',
                'mx-host': ['mx1.univ.example', 'mx2.univ.example'],
            },
            'summary': {'total-successful-session-count': 4127,
                        'total-failure-session-count': 0},
        }],
    }
    js = json.dumps(rep, separators=(',', ':')).encode('utf-8')
    fname = 'microsoft.com!univ.example!%d!%d.json.gz' % (
        epoch(day), epoch(day + timedelta(seconds=86399)))
    bnd = '_av-%s' % rb64url(r, 16)
    part = multi('report', [
        text('This is an aggregate TLS report from Microsoft Corporation.\n\n'
             'Policy domain: univ.example\nReporting period: 2025-03-04T00:00:00Z'
             ' to 2025-03-04T23:59:59Z\nSuccessful sessions: 4127\n'
             'Failed sessions: 0\n', cte='7bit', ctype='text/plain; charset=us-ascii'),
        attach(gz(js), 'application/tlsrpt+gzip', fname, order=('ct', 'cte', 'cd')),
    ], bnd, params='; report-type="tlsrpt"', fold=True)
    hops, host = ms_hops(r, t0, pod='namprd21', pre=('DS0', 'SJ1'))
    ip = '40.107.%d.%d' % (r.randint(200, 240), r.randint(10, 130))
    helo = 'NAM12-BN8-obe.outbound.protection.outlook.com'
    rdns = 'mail-bn8nam12on2%03d.outbound.protection.outlook.com' % int(ip.split('.')[-1])
    dk = Dkim(r, 'microsoft.com', 'selector2', 'From:Date:Subject:Message-ID:'
              'Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
    arc = arc_set(r, 'microsoft.com', 'arcselector10001', t0,
                  'mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none',
                  'From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
                  'X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
                  'X-MS-Exchange-AntiSpam-MessageData-0:'
                  'X-MS-Exchange-AntiSpam-MessageData-1', ms_style=True)
    mf = 'tlsrpt-noreply@microsoft.com'
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), 'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
              spf_pass(mf, ip), dmarc_pass('microsoft.com')),
        rx_mx(r, helo, ip, t0 + timedelta(seconds=4), rdns=rdns,
              rcpt='tlsrpt@univ.example',
              tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
    ] + arc + [dk.hdr()] + hops + [
        ('From', 'tlsrpt-noreply@microsoft.com'),
        ('To', 'tlsrpt@univ.example'),
        ('Subject', 'Report Domain: univ.example Submitter: microsoft.com\n'
         ' Report-ID: <%s>' % rid),
        ('Date', fdate(t0, 'short')),
        ('Message-ID', ms_msgid(r, host)),
        ('TLS-Report-Domain', 'univ.example'),
        ('TLS-Report-Submitter', 'microsoft.com'),
        ('MIME', None),
        ('MIME-Version', '1.0'),
        ('X-MS-Exchange-Organization-SCL', '-1'),
        ('X-MS-PublicTrafficType', 'Email'),
        ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s%04dZ' % (
            '%04d-%02d-%02dT%02d:%02d:%02d.' % (t0.year, t0.month, t0.day,
                                                t0.hour, t0.minute, t0.second),
            r.randint(0, 9999))),
        ('X-MS-Exchange-CrossTenant-id', '72f988bf-86f1-41af-91ab-2d7cd011db47'),
    ]
    return build(h, part)


# d12 -- Let's Encrypt expiry notice via Mandrill (2024; plain text, qp)

def m12(r):
    t0 = T(2024, 11, 9, 6, 22, 10)
    names = ['wiki.univ.example', 'wiki-staging.univ.example',
             'events.univ.example']
    uid = '30850198'
    body = (
        'Hello,\n\n'
        'The certificate (or certificates) for the names listed below will'
        ' expire in 19 days (on 28 Nov 24 09:14 +0000). To avoid visitors to'
        ' your website seeing errors, please renew it before then.\n\n'
        + '\n'.join(names) + '\n\n'
        'For any certificate that is already being renewed automatically, you'
        ' can ignore this message: we send it when a certificate is close to'
        ' expiry and we have not yet seen a newer certificate for exactly the'
        ' same set of names. If you recently split these names across several'
        ' certificates or removed one of them, that is most likely why.\n\n'
        'We recommend automated renewal when a certificate has about a third of'
        ' its lifetime left, i.e. 30 days before expiry for a 90-day'
        ' certificate. The integration guide explains how:'
        ' https://letsencrypt.org/docs/integration-guide/\n\n'
        'Questions are best asked on the community forum,'
        ' https://community.letsencrypt.org/ - we are not able to answer'
        ' support requests sent by email.\n\n'
        'You are receiving this because hostmaster@univ.example was given as'
        ' the contact address of your ACME account. To stop expiry mail for'
        ' this address, visit:\n'
        'https://mandrillapp.com/track/unsub.php?u=%s&id=%s.%s&r='
        'https%%3A%%2F%%2Fletsencrypt.org%%2Fdocs%%2Fexpiration-emails%%2F%%3Femail'
        '%%3Dhostmaster%%2540univ.example\n\n'
        'Regards,\nThe Let\'s Encrypt Team\n' % (uid, rhex(r, 32), rhex(r, 10)))
    part = text(body, cte='quoted-printable', ctype='text/plain; charset=utf-8')
    mid = '%s.%s' % (rhex(r, 32), stamp(t0))
    d1 = Dkim(r, 'mandrillapp.com', 'mte1', 'From:Subject:Message-Id:To:'
              'Date:MIME-Version:Content-Type:Content-Transfer-Encoding:'
              'CC:Date:Subject:From', t=t0, i='@mandrillapp.com', bits=1024)
    d2 = Dkim(r, 'letsencrypt.org', 'mte1', 'From:Subject:Message-Id:To:'
              'Date:MIME-Version:Content-Type:Content-Transfer-Encoding:'
              'CC:Date:Subject:From', t=t0, i='expiry@letsencrypt.org', bits=1024)
    ip = '198.2.%d.%d' % (r.randint(128, 191), r.randint(1, 254))
    helo = 'mail%d-%d.atl%d.mandrillapp.com' % (r.randint(100, 190),
                                                r.randint(1, 60), r.randint(41, 91))
    mf = 'bounce-md_%s.%s.v1-%s@mandrillapp.com' % (uid, rhex(r, 8), rhex(r, 32))
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('letsencrypt.org',
                                                             'none')),
        rx_mx(r, helo, ip, t0 + timedelta(seconds=3), rcpt='hostmaster@univ.example',
              tls=TLS12('ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)')),
        ('Received', 'from pmta%02d.mandrill.prod.atl%02d.rsglab.com (localhost'
         ' [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4X%s\n\tfor '
         '<hostmaster@univ.example>; %s' % (r.randint(1, 20), r.randint(1, 99), helo,
                                            rs(r, 11, PFX), fdate(t0, 'short', 'GMT'))),
        d1.hdr(), d2.hdr(),
        ('From', '=?utf-8?Q?Let=E2=80=99s_Encrypt_Expiry_Bot?= <expiry@letsencrypt.org>'),
        ('Subject', '=?utf-8?Q?Let=27s_Encrypt_certificate_expiration_notice_for?='
         '\n =?utf-8?Q?_domain_"wiki.univ.example"_(and_2_more)?='),
        ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % rhex(r, 20)),
        ('Received', 'from [104.%d.%d.%d] by mandrillapp.com id %s; %s' % (
            r.randint(16, 31), r.randint(0, 255), r.randint(1, 254), rhex(r, 32),
            fdate(t0, 'short', 'GMT'))),
        ('To', 'hostmaster@univ.example'),
        ('X-Native-Encoded', '1'),
        ('X-Report-Abuse', '=?UTF-8?Q?=3Ca=20href=3D=22https=3A=2F=2Fmandrillapp.com'
         '=2Fcontact=2Fabuse=3Fid=3D%s.%s=22=3EReport=20abuse?=' % (uid, rhex(r, 10))),
        ('X-Mandrill-User', 'md_' + uid),
        ('Feedback-ID', '%s:%s.%04d%02d%02d:md' % (uid, uid, t0.year, t0.month, t0.day)),
        ('Message-Id', '<%s@mandrillapp.com>' % mid),
        ('Date', fdate(t0)),
        ('MIME-Version', '1.0'),
        ('MIME', None),
    ]
    # the Received from the submitting client is below X-Mailer in Mandrill mail
    return build(h, part)


# d13 -- domain renewal reminder from a registrar (Gandi)

def m13(r):
    t0 = T(2025, 3, 15, 8, 4, 19)
    loc = eu(t0, 1)
    dom = 'eastmoor-cybercamp.example'
    duuid = ruuid(r)
    admin = 'https://admin.gandi.net'
    renew = '%s/domain/%s/%s/renew?utm_source=notification&utm_medium=email' \
            '&utm_campaign=renewal_d-30' % (admin, duuid, dom)
    txt = (
        'Hello Maren Holt,\n\n'
        'The following domain managed by the organization "University of'
        ' Eastmoor - IT Services" will expire in 30 days.\n\n'
        '  Domain:            %s\n'
        '  Expiration date:   14/04/2025 09:31 (UTC)\n'
        '  Automatic renewal: disabled\n'
        '  Renewal price:     1 year - 16.50 EUR excl. VAT\n\n'
        'Renew it now:\n%s\n\n'
        'If you do not renew it, the domain will be deactivated on the'
        ' expiration date and its websites and email addresses will stop'
        ' working. It then enters a grace period during which it can still be'
        ' renewed at the normal price.\n\n'
        'You can also enable automatic renewal from the domain\'s overview page'
        ' so that you do not need to think about it next year.\n\n'
        'Best regards,\nThe Gandi team\n\n'
        '--\nYou receive this email because you are an owner or technical'
        ' contact of this domain. Notification settings: %s/user/preferences\n'
        'Gandi SAS - 63-65 boulevard Massena - 75013 Paris - France\n'
        % (dom, renew, admin))
    html = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n'
        '<title>Renewal reminder</title>\n</head>\n'
        '<body style="margin:0;padding:0;background-color:#f4f4f4;">\n'
        '<table role="presentation" width="100%" cellspacing="0" cellpadding="0"'
        ' border="0" style="background-color:#f4f4f4;">\n<tr><td align="center"'
        ' style="padding:32px 8px;">\n'
        '<table role="presentation" width="560" cellspacing="0" cellpadding="0"'
        ' border="0" style="background-color:#ffffff;border-radius:6px;'
        'font-family:Helvetica,Arial,sans-serif;color:#222222;">\n'
        '<tr><td style="padding:28px 32px 8px 32px;"><img src="https://static.gandi.net/'
        'mail/v3/logo-gandi-black.png" width="96" height="30" alt="Gandi"'
        ' style="display:block;border:0;"></td></tr>\n'
        '<tr><td style="padding:16px 32px 0 32px;font-size:22px;font-weight:bold;">'
        'Your domain expires in 30 days</td></tr>\n'
        '<tr><td style="padding:16px 32px;font-size:15px;line-height:22px;">'
        'Hello Maren Holt,<br><br>The following domain managed by the organization'
        ' <strong>University of Eastmoor - IT Services</strong> will expire soon.</td></tr>\n'
        '<tr><td style="padding:0 32px;">\n<table role="presentation" width="100%"'
        ' cellspacing="0" cellpadding="8" border="0" style="border:1px solid #e1e1e1;'
        'font-size:14px;">\n'
        '<tr style="background-color:#fafafa;"><td>Domain</td><td><strong>' + dom +
        '</strong></td></tr>\n<tr><td>Expiration date</td><td>14/04/2025 09:31 (UTC)</td></tr>\n'
        '<tr style="background-color:#fafafa;"><td>Automatic renewal</td><td>Disabled</td></tr>\n'
        '<tr><td>Renewal price</td><td>1 year &ndash; 16.50&nbsp;EUR excl. VAT</td></tr>\n'
        '</table>\n</td></tr>\n'
        '<tr><td align="center" style="padding:28px 32px;"><a href="' + renew.replace('&', '&amp;') +
        '" style="background-color:#1e8a7a;border-radius:4px;color:#ffffff;display:inline-block;'
        'font-size:15px;font-weight:bold;padding:12px 28px;text-decoration:none;">Renew '
        + dom + '</a></td></tr>\n'
        '<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px;color:#444444;">'
        'If you do not renew it, the domain will be deactivated on the expiration date and'
        ' the associated websites and email addresses will stop working. You can also'
        ' enable automatic renewal from the <a href="' + admin + '/domain/' + duuid + '/' + dom +
        '/overview" style="color:#1e8a7a;">domain overview</a>.</td></tr>\n'
        '<tr><td style="padding:0 32px 28px 32px;font-size:14px;">Best regards,<br>The Gandi team</td></tr>\n'
        '</table>\n<table role="presentation" width="560" cellspacing="0" cellpadding="0" border="0">'
        '<tr><td style="padding:16px 32px;font-family:Helvetica,Arial,sans-serif;font-size:11px;'
        'color:#888888;line-height:16px;">You receive this email because you are an owner or'
        ' technical contact of this domain. <a href="' + admin + '/user/preferences"'
        ' style="color:#888888;">Notification settings</a><br>Gandi SAS &middot; 63-65 boulevard'
        ' Massena &middot; 75013 Paris &middot; France</td></tr></table>\n'
        '</td></tr>\n</table>\n</body>\n</html>\n')
    bnd = '===============%s==' % rdig(r, 19)
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset="utf-8"'),
        text(html, sub='html', cte='base64', ctype='text/html; charset="utf-8"'),
    ], bnd)
    dk = Dkim(r, 'gandi.net', 'gm1', 'from:from:reply-to:subject:subject:date:'
              'date:message-id:message-id:to:to:cc:mime-version:mime-version:'
              'content-type:content-type', t=t0, a='rsa-sha256')
    ip = '217.70.183.%d' % r.randint(190, 201)
    mf = 'bounce+%s@notification.gandi.net' % rhex(r, 16)
    helo = 'relay%d-d.mail.gandi.net' % r.randint(1, 9)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('gandi.net')),
        rx_mx(r, helo, ip, t0 + timedelta(seconds=5), tls=TLS13_PQ),
        ('Received', 'by mail.gandi.net (Postfix) with ESMTPSA id %s\n\tfor <%s>;'
         ' %s' % (rHEX(r, 10), ME, fdate(loc, 'postfix'))),
        dk.hdr(),
        ('MIME', None),
        ('MIME-Version', '1.0'),
        ('Subject', '[Gandi] Renewal reminder: %s expires in 30 days' % dom),
        ('From', 'Gandi <noreply@gandi.net>'),
        ('To', 'Maren Holt <%s>' % ME),
        ('Date', fdate(loc)),
        ('Message-ID', '<%s.%s@notification.gandi.net>' % (stamp(t0), rhex(r, 12))),
        ('X-Gandi-Notification', 'domain.renew.reminder.d-30'),
        ('Auto-Submitted', 'auto-generated'),
    ]
    return build(h, part)


# d14 -- AWS Budgets alert via Amazon SES

def m14(r):
    t0 = T(2024, 5, 21, 6, 48, 12)
    acct = '4821 0937 5512'
    console = 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1'
    txt = (
        'AWS Budget Notification May 21, 2024\n'
        'AWS Account %s\n\n'
        'Dear AWS Customer,\n\n'
        'You requested that we alert you when the ACTUAL Cost associated with'
        ' your research-hpc-burst budget is greater than $2,000.00 for the'
        ' current month. The ACTUAL Cost associated with this budget is'
        ' $2,084.17. You can find additional details below and by accessing'
        ' the AWS Budgets dashboard [1].\n\n'
        'Budget Name: research-hpc-burst\n'
        'Budget Type: Cost\n'
        'Budgeted Amount: $2,500.00\n'
        'Alert Type: ACTUAL\n'
        'Alert Threshold: > $2,000.00 (80.00%%)\n'
        'ACTUAL Amount: $2,084.17\n\n'
        '[1] %s#/budgets\n' % (acct, console))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '</head>\n<body style="font-family:\'Amazon Ember\',Arial,sans-serif;'
        'color:#16191f;background:#ffffff;">\n'
        '<table width="640" cellpadding="0" cellspacing="0" border="0">\n'
        '<tr><td style="background:#232f3e;padding:14px 20px;">'
        '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/'
        'PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png"'
        ' width="60" height="36" alt="AWS"></td></tr>\n'
        '<tr><td style="padding:20px;font-size:20px;">AWS Budget Notification'
        ' May 21, 2024</td></tr>\n'
        '<tr><td style="padding:0 20px;font-size:14px;color:#545b64;">AWS Account'
        ' ' + acct + '</td></tr>\n'
        '<tr><td style="padding:20px;font-size:14px;line-height:20px;">Dear AWS'
        ' Customer,<br><br>You requested that we alert you when the ACTUAL Cost'
        ' associated with your <b>research-hpc-burst</b> budget is greater than'
        ' $2,000.00 for the current month. The ACTUAL Cost associated with this'
        ' budget is $2,084.17. You can find additional details below and by'
        ' accessing the <a href="' + console + '#/budgets" style="color:#0073bb;">AWS'
        ' Budgets dashboard</a>.</td></tr>\n'
        '<tr><td style="padding:0 20px 20px 20px;">\n<table cellpadding="6"'
        ' cellspacing="0" border="0" style="border:1px solid #eaeded;font-size:14px;">\n'
        '<tr><td style="color:#545b64;">Budget Name</td><td>research-hpc-burst</td></tr>\n'
        '<tr><td style="color:#545b64;">Budget Type</td><td>Cost</td></tr>\n'
        '<tr><td style="color:#545b64;">Budgeted Amount</td><td>$2,500.00</td></tr>\n'
        '<tr><td style="color:#545b64;">Alert Type</td><td>ACTUAL</td></tr>\n'
        '<tr><td style="color:#545b64;">Alert Threshold</td><td>&gt; $2,000.00 (80.00%)</td></tr>\n'
        '<tr><td style="color:#545b64;">ACTUAL Amount</td><td><b>$2,084.17</b></td></tr>\n'
        '</table>\n</td></tr>\n'
        '<tr><td style="padding:20px;font-size:12px;color:#687078;border-top:1px solid #eaeded;">'
        'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com'
        ' is a registered trademark of Amazon.com, Inc. This message was produced'
        ' and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,'
        ' Seattle, WA 98109-5210.</td></tr>\n</table>\n</body></html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='7bit', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='7bit', ctype='text/html; charset=UTF-8'),
    ], bnd)
    sesid = '0100018f%s-%s-000000' % (rhex(r, 8), ruuid(r))
    d1 = Dkim(r, 'budgets.amazonaws.com', 'rwjrw6ngzqbxq4jy6gwqskz3vgsgprxp',
              'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', t=t0,
              c='relaxed/simple', bits=1024)
    d2 = Dkim(r, 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono',
              'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:'
              'Feedback-ID', t=t0, c='relaxed/simple', bits=1024)
    ip = '54.240.8.%d' % r.randint(10, 99)
    mf = sesid + '@amazonses.com'
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('amazonaws.com')),
        rx_mx(r, 'a8-%s.smtp-out.amazonses.com' % ip.split('.')[-1], ip,
              t0 + timedelta(seconds=1)),
        ses_smtp_hop(r, t0, 'us-east-1'),
        d1.hdr(), d2.hdr(),
        ('Date', fdate(t0)),
        ('From', 'AWS Budgets <no-reply@budgets.amazonaws.com>'),
        ('To', ME),
        ('Message-ID', '<%s@email.amazonses.com>' % sesid),
        ('Subject', 'AWS Budgets: research-hpc-burst has exceeded your alert threshold'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(r, 33)),
        ('X-SES-Outgoing', '2024.05.21-' + ip),
    ]
    return build(h, part)



def internal_hops(r, t0, user, client_ip, rcpt=ME, ua_helo=None):
    """Submission by an authenticated user and hand-over to the gateway."""
    helo = ua_helo or '[%s]' % client_ip
    return [
        rx_mx(r, 'smtp.univ.example', '10.20.1.30', t0 + timedelta(seconds=1),
              rcpt=rcpt),
        ('Received', 'from %s (unknown [%s])\n\t(Authenticated sender: %s)\n\t'
         'by smtp.univ.example (Postfix) with ESMTPSA id %s;\n\t%s' % (
             helo, client_ip, user, pfqid(r),
             fdate(t0.astimezone(UTC), 'postfix', 'UTC'))),
    ]


def hop(frm, by, dt, with_='ESMTP', idv=None, rcpt=None, style='rfc', zone=None,
        extra=None):
    """A Received line written by a sending-side relay."""
    v = 'from %s\n\tby %s' % (frm, by)
    if extra:
        v += '\n\t' + extra
    v += ' with %s' % with_
    if idv:
        v += ' id %s' % idv
    if rcpt:
        v += '\n\tfor <%s>' % rcpt
    return ('Received', v + '; ' + fdate(dt, style, zone))


def ses_smtp_hop(r, t0, region, rcpt=ME):
    a = r.randint(1, 250)
    b = r.randint(1, 250)
    return hop('ip-10-0-%d-%d.%s.compute.internal (ip-10-0-%d-%d.%s.compute.internal'
               ' [10.0.%d.%d])' % (a, b, region, a, b, region, a, b),
               'email-smtp.%s.amazonaws.com' % region, t0,
               with_='SMTP (SimpleEmailService-d-%s)' % rs(r, 9, UPNUM),
               idv=rb64url(r, 15), rcpt=rcpt)


# d15 -- vendor support ticket update (Zendesk-hosted helpdesk)

def m15(r):
    t0 = T(2025, 3, 3, 16, 41, 7)
    tid = '582114'
    zid = rs(r, 6, UPNUM)
    base = 'https://support.gitlab.com/hc/requests/' + tid
    reply = ('Hi Maren,\n\n'
             'Thanks for sending the Geo status output and the log bundle from'
             ' the secondary site.\n\n'
             'Looking at geo.log, the secondary is not failing to sync the 1,284'
             ' job artifacts - it simply never schedules them. After the upgrade'
             ' the "Job artifacts" replication capacity for the secondary site is'
             ' shown as 0 in your site settings, so the scheduler skips that'
             ' data type entirely.\n\n'
             'Could you please:\n\n'
             '1. Go to Admin > Geo > Sites, edit the secondary site and set the'
             ' job artifact replication capacity back to 10 (your previous'
             ' value, according to the logs).\n'
             '2. Wait about 15 minutes and run'
             ' `sudo gitlab-rake geo:status` on the secondary.\n'
             '3. Reply with that output, and with the output of'
             ' `sudo gitlab-rake gitlab:geo:check` if anything is still'
             ' pending.\n\n'
             'If the count goes down, I will also ask our engineering team why'
             ' the value was reset during the upgrade - that should not happen'
             ' and may deserve a bug report.\n\n'
             'Kind regards,\nMarco\n\nMarco Bellini | Senior Support Engineer,'
             ' EMEA | GitLab\n')
    earlier = ('Hello,\n\nAfter upgrading both sites from 17.7.4 to 17.8.2 on'
               ' Saturday, the secondary Geo site shows 1,284 job artifacts as'
               ' "Synchronization pending" and the number does not go down.'
               ' Repositories and uploads are fine. geo:status and a log bundle'
               ' (gitlabsos) are attached.\n\nThanks,\nMaren Holt\n'
               'University of Eastmoor, IT Services\n')
    txt = ('##- Please type your reply above this line -##\n\n'
           'Your request (%s) has been updated. To add additional comments,'
           ' reply to this email.\n'
           '----------------------------------------------\n\n'
           'Marco Bellini (GitLab)\n\nMar 3, 2025, 16:40 UTC\n\n%s\n'
           '--------------------------------\n\n'
           'Maren Holt\n\nMar 3, 2025, 10:58 UTC\n\n%s\n'
           'Attachment(s)\ngeo-status-secondary.txt\n'
           'gitlabsos_gitlab-geo02_20250303105142.tar.gz\n\n'
           '--------------------------------\n'
           'This email is a service from GitLab Support.\n\n\n\n\n\n\n\n\n\n'
           '[%s-%s]\n' % (tid, reply, earlier, zid, rs(r, 4, UPNUM)))

    def para(s):
        out = []
        for blk in s.strip('\n').split('\n\n'):
            blk = (blk.replace('&', '&amp;').replace('<', '&lt;')
                   .replace('>', '&gt;').replace('\n', '<br>'))
            out.append('<p style="color:#2b2b2b;font-family:\'Lucida Sans Unicode\','
                       '\'Lucida Grande\',\'Tahoma\',Verdana,sans-serif;font-size:14px;'
                       'line-height:22px;margin:15px 0;">' + blk + '</p>')
        return '\n'.join(out)
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"'
        ' "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css">\ntable td { border-collapse: collapse; }\n'
        '</style>\n</head>\n<body style="width:100%!important;margin:0;padding:0;">\n'
        '<div style="padding:10px;line-height:18px;font-family:\'Lucida Grande\','
        'Verdana,Arial,sans-serif;font-size:12px;color:#444444;">\n'
        '<div style="color:#b5b5b5;">##- Please type your reply above this line -##</div>\n'
        '<p>Your request (' + tid + ') has been updated. To add additional comments,'
        ' reply to this email.</p>\n'
        '<div style="margin-top:25px" data-version="2"><table width="100%"'
        ' cellpadding="0" cellspacing="0" border="0" role="presentation">\n'
        '<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5;">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"'
        ' style="table-layout:fixed;" role="presentation">\n<tr>\n'
        '<td valign="top" style="padding:0 15px 0 15px;width:40px;">'
        '<img width="40" height="40" alt="" style="height:auto;line-height:100%;'
        'outline:none;text-decoration:none;border-radius:5px;" src="https://gitlab.zendesk.com/'
        'system/photos/' + rdig(r, 14) + '/marco_bellini.png"></td>\n'
        '<td width="100%" style="padding:0;margin:0;" valign="top">\n'
        '<p style="font-family:\'Lucida Grande\',\'Lucida Sans Unicode\',\'Lucida Sans\','
        'Verdana,Tahoma,sans-serif;font-size:15px;line-height:18px;margin-bottom:0;'
        'margin-top:0;padding:0;color:#1b1d1e;"><strong>Marco Bellini</strong> (GitLab)</p>\n'
        '<p style="font-family:\'Lucida Grande\',\'Lucida Sans Unicode\',\'Lucida Sans\','
        'Verdana,Tahoma,sans-serif;font-size:13px;line-height:25px;margin-bottom:15px;'
        'margin-top:0;padding:0;color:#bbbbbb;">Mar 3, 2025, 16:40 UTC</p>\n'
        '<div class="zd-comment" dir="auto" style="color:#2b2b2b;font-family:\'Lucida Sans'
        ' Unicode\',\'Lucida Grande\',\'Tahoma\',Verdana,sans-serif;font-size:14px;'
        'line-height:22px;margin:15px 0;">\n' + para(reply) + '\n</div>\n'
        '</td>\n</tr>\n</table>\n</td></tr>\n'
        '<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5;">\n'
        '<p style="font-size:15px;margin:0;color:#1b1d1e;"><strong>Maren Holt</strong></p>\n'
        '<p style="font-size:13px;line-height:25px;margin:0 0 15px 0;color:#bbbbbb;">'
        'Mar 3, 2025, 10:58 UTC</p>\n<div class="zd-comment" dir="auto">' + para(earlier) +
        '</div>\n<p style="font-size:13px;"><strong>Attachment(s)</strong><br>\n'
        '<a href="https://support.gitlab.com/attachments/token/' + rb64url(r, 18) +
        '/?name=geo-status-secondary.txt">geo-status-secondary.txt</a><br>\n'
        '<a href="https://support.gitlab.com/attachments/token/' + rb64url(r, 18) +
        '/?name=gitlabsos_gitlab-geo02_20250303105142.tar.gz">'
        'gitlabsos_gitlab-geo02_20250303105142.tar.gz</a></p>\n'
        '</td></tr>\n</table></div>\n'
        '<p style="color:#b5b5b5;font-size:12px;margin-top:30px;">This email is a service from'
        ' GitLab Support. <a href="' + base + '" style="color:#b5b5b5;">View request '
        + tid + '</a></p>\n'
        '<span style="color:#FFFFFF" aria-hidden="true">[' + zid + '-' + rs(r, 4, UPNUM) +
        ']</span>\n</div>\n</body>\n</html>\n')
    bnd = '--==_mimepart_%s_%s' % (rhex(r, 13), rdig(r, 5))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=utf-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=utf-8'),
    ], bnd, extra=[('Content-Transfer-Encoding', '7bit')])
    d1 = Dkim(r, 'zendesk.com', 'zendesk1', 'date:from:reply-to:to:message-id:'
              'in-reply-to:references:subject:mime-version:content-type:'
              'content-transfer-encoding', t=t0)
    d2 = Dkim(r, 'gitlab.zendesk.com', 'zendesk1', 'date:from:reply-to:to:'
              'message-id:subject:mime-version:content-type', t=t0)
    ip = '192.161.150.%d' % r.randint(10, 40)
    mf = 'support+id%s@gitlab.zendesk.com' % tid
    first = '<%s_%s_sprut@zendesk.com>' % (zid, rhex(r, 13))
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('zendesk.com', 'none')),
        rx_mx(r, 'outbyoip%d.pod%d.use1.zdsys.com' % (r.randint(1, 20), r.randint(10, 30)),
              ip, t0 + timedelta(seconds=2), tls=TLS13_128),
        hop('zendesk.com (unknown [10.%d.%d.%d])' % (r.randint(0, 255), r.randint(0, 255),
            r.randint(1, 254)), 'outbyoip.pod17.use1.zdsys.com (Postfix)',
            t0 + timedelta(seconds=1), idv=pfqid(r), rcpt=ME, style='postfix', zone='UTC'),
        d2.hdr(), d1.hdr(),
        ('Date', fdate(t0)),
        ('From', '"Marco Bellini (GitLab Support)" <support@gitlab.zendesk.com>'),
        ('Reply-To', 'GitLab Support <support+id%s@gitlab.zendesk.com>' % tid),
        ('To', 'Maren Holt <%s>' % ME),
        ('Message-ID', '<%s_%s_sprut@zendesk.com>' % (zid, rhex(r, 13))),
        ('In-Reply-To', first),
        ('References', first),
        ('Subject', '[GitLab Support] Re: Geo secondary: job artifacts stuck in'
         ' "Synchronization\n pending" after 17.8 upgrade'),
        ('Mime-Version', '1.0'),
        ('MIME', None),
        ('X-Mailer', 'Zendesk Mailer'),
        ('X-Zendesk-From-Account-Id', rhex(r, 7)),
        ('X-Zendesk-Email-Id', '01JN' + rs(r, 22, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')),
    ]
    return build(h, part)


# d16 -- licence renewal quotation from a reseller (Outlook/M365, PDF)

def m16(r):
    t0 = T(2024, 9, 17, 10, 22, 41)
    qn = 'Q-240917-0412'
    subj_s = 'Quotation %s \u2013 Tenable Nessus Professional renewal' \
             ' (University of Eastmoor)' % qn
    txt = (
        'Hi Maren,\n\n'
        'Please find attached our quotation for the renewal of your Tenable'
        ' Nessus Professional licences, which expire on 31 October 2024.\n\n'
        'Summary:\n\n'
        '\u2022\tNessus Professional \u2013 1-year subscription renewal, qty 2'
        ' \u2013 \u00a33,318.00 each (ex. VAT)\n'
        '\u2022\tOptional: Advanced Support add-on, 1 year, qty 2 \u2013'
        ' \u00a3372.00 each\n'
        '\u2022\tA 3-year term option is on page 1 as well (works out about 9%'
        ' cheaper per year)\n\n'
        'Pricing is valid until 31 October 2024 and includes the education'
        ' discount we applied last year. To proceed, just reply with a purchase'
        ' order number (we are set up on your finance system as Redgrave IT Ltd,'
        ' supplier no. 104877) and I\u2019ll place the order with the'
        ' distributor the same day.\n\n'
        'Happy to jump on a call if you\u2019d like to compare this with the'
        ' cloud-based Tenable Vulnerability Management \u2013 a few of your'
        ' peers have moved across this year.\n\n'
        'Kind regards,\n\n'
        'Hannah Lloyd\n'
        'Account Manager \u2013 Education & Research\n'
        'Redgrave IT Ltd\n'
        'T: 0161 496 0732 | M: 07700 900418\n'
        'www.redgrave-it.example\n\n'
        'Redgrave IT Ltd is registered in England and Wales (company no.'
        ' 09482213). This e-mail and any attachments are confidential and'
        ' intended solely for the addressee.\n')
    style = ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";'
             '\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
             '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t'
             '{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\t'
             'mso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
             'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\t'
             'text-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;'
             '\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n@page WordSection1\n\t'
             '{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
             'div.WordSection1\n\t{page:WordSection1;}\n--></style>')
    paras = txt.rstrip('\n').split('\n')
    hb = []
    for p in paras:
        if not p:
            hb.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p.startswith('\u2022'):
            hb.append('<p class="MsoListParagraph" style="margin-left:36.0pt;'
                      'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]>'
                      '<span style="font-family:Symbol">\u00b7<span style="font:7.0pt '
                      '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                      '</span></span><![endif]>' + p[2:].replace('&', '&amp;') + '<o:p></o:p></p>')
        elif p.startswith('www.'):
            hb.append('<p class="MsoNormal"><a href="https://' + p + '">' + p + '</a><o:p></o:p></p>')
        else:
            hb.append('<p class="MsoNormal">' + p.replace('&', '&amp;') + '<o:p></o:p></p>')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
            'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
            'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            + style + '\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D"'
            ' style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + '\n'.join(hb) + '\n</div>\n</body>\n</html>\n')
    items = [
        ('r', 0, 782, 596, 60, 0.15),
        ('t', 40, 805, 20, True, 'Redgrave IT Ltd'),
        ('t', 400, 805, 18, True, 'QUOTATION'),
        ('t', 40, 750, 10, False, 'Unit 4, Calder Court, Manchester M1 7XX'),
        ('t', 400, 750, 10, False, 'Quote no.: ' + qn),
        ('t', 400, 736, 10, False, 'Date: 17/09/2024'),
        ('t', 400, 722, 10, False, 'Valid until: 31/10/2024'),
        ('t', 40, 700, 10, True, 'Prepared for'),
        ('t', 40, 686, 10, False, 'Maren Holt, IT Services'),
        ('t', 40, 672, 10, False, 'University of Eastmoor'),
        ('t', 40, 658, 10, False, 'Customer ref.: it-licensing@univ.example'),
        ('l', 40, 630, 555, 630),
        ('t', 40, 615, 10, True, 'Description'),
        ('t', 330, 615, 10, True, 'Qty'),
        ('t', 380, 615, 10, True, 'Unit (GBP)'),
        ('t', 470, 615, 10, True, 'Total (GBP)'),
        ('l', 40, 607, 555, 607),
        ('t', 40, 590, 10, False, 'Tenable Nessus Professional - 1 yr renewal'),
        ('t', 330, 590, 10, False, '2'),
        ('t', 380, 590, 10, False, '3,318.00'),
        ('t', 470, 590, 10, False, '6,636.00'),
        ('t', 40, 572, 10, False, 'Advanced Support add-on - 1 yr (optional)'),
        ('t', 330, 572, 10, False, '2'),
        ('t', 380, 572, 10, False, '372.00'),
        ('t', 470, 572, 10, False, '744.00'),
        ('t', 40, 554, 10, False, 'Alternative: Nessus Professional - 3 yr term'),
        ('t', 330, 554, 10, False, '2'),
        ('t', 380, 554, 10, False, '9,057.00'),
        ('t', 470, 554, 10, False, '18,114.00'),
        ('l', 40, 540, 555, 540),
        ('t', 380, 522, 10, False, 'Subtotal (1 yr)'),
        ('t', 470, 522, 10, False, '7,380.00'),
        ('t', 380, 506, 10, False, 'VAT 20%'),
        ('t', 470, 506, 10, False, '1,476.00'),
        ('t', 380, 490, 10, True, 'Total'),
        ('t', 470, 490, 10, True, '\u00a38,856.00'),
        ('t', 40, 440, 9, False, 'Prices in GBP. Payment terms 30 days from invoice.'
         ' Licences are delivered electronically by the vendor.'),
        ('t', 40, 426, 9, False, 'Please quote ' + qn + ' on your purchase order.'),
        ('t', 40, 60, 8, False, 'Redgrave IT Ltd - registered in England and Wales'
         ' no. 09482213 - VAT GB 318 4471 92'),
    ]
    pdfdata = pdf(r, items, 'Quotation ' + qn, 'Hannah Lloyd', 'Quote Builder',
                  'Redgrave QMS 4.2', "D:20240917102158+01'00'")
    fname = '%s Tenable Nessus Pro renewal - Univ of Eastmoor.pdf' % qn
    hostpart, host = ms_hops(r, t0, pod='eurprd06', pre=('DB9', 'AS8'))
    mid = ms_msgid(r, host)
    inner = multi('alternative', [
        text(txt, charset='windows-1252', codec='cp1252', cte='quoted-printable',
             ctype='text/plain; charset="windows-1252"'),
        text(html, sub='html', charset='windows-1252', codec='cp1252',
             cte='quoted-printable', ctype='text/html; charset="windows-1252"'),
    ], '_000_%s_' % mid[1:].split('@')[0], fold=True)
    part = multi('mixed', [
        inner,
        ([('Content-Type', 'application/pdf; name="%s"' % fname),
          ('Content-Description', fname),
          ('Content-Disposition', 'attachment; filename="%s"; size=%d;\n\t'
           'creation-date="Tue, 17 Sep 2024 10:21:58 GMT";\n\t'
           'modification-date="Tue, 17 Sep 2024 10:22:40 GMT"' % (fname, len(pdfdata))),
          ('Content-Transfer-Encoding', 'base64')], encode(pdfdata, 'base64')),
    ], '_004_%s_' % mid[1:].split('@')[0], fold=True)
    dk = Dkim(r, 'redgrave-it.example', 'selector1', 'From:Date:Subject:Message-ID:'
              'Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
    arc = arc_set(r, 'microsoft.com', 'arcselector10001', t0,
                  'mx.microsoft.com 1; spf=pass\n smtp.mailfrom=redgrave-it.example;'
                  ' dmarc=pass action=none\n header.from=redgrave-it.example;'
                  ' dkim=pass\n header.d=redgrave-it.example; arc=none',
                  'From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
                  'X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
                  'X-MS-Exchange-AntiSpam-MessageData-0:'
                  'X-MS-Exchange-AntiSpam-MessageData-1', ms_style=True)
    ip = '40.107.%d.%d' % (r.randint(20, 23), r.randint(40, 130))
    helo = 'EUR05-AM6-obe.outbound.protection.outlook.com'
    rdns = 'mail-am6eur05on2%03d.outbound.protection.outlook.com' % int(ip.split('.')[-1])
    mf = 'hannah.lloyd@redgrave-it.example'
    ti = base64.b64encode(b'\x01\xdb\x08' + rbytes(r, 19)).decode()
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), 'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
              spf_pass(mf, ip), dmarc_pass('redgrave-it.example', 'quarantine')),
        rx_mx(r, helo, ip, t0 + timedelta(seconds=5), rdns=rdns,
              tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
    ] + arc + [dk.hdr()] + hostpart + [
        ('From', 'Hannah Lloyd <%s>' % mf),
        ('To', 'Maren Holt <%s>' % ME),
        ('CC', 'IT Licensing <it-licensing@univ.example>'),
        ('Subject', ew(subj_s)),
        ('Thread-Topic', ew(subj_s)),
        ('Thread-Index', ti),
        ('Date', fdate(t0)),
        ('Message-ID', mid),
        ('Accept-Language', 'en-GB, en-US'),
        ('Content-Language', 'en-GB'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-TNEF-Correlator', ''),
        ('authentication-results', 'dkim=none (message not signed)\n header.d=none;'
         'dmarc=none action=none header.from=redgrave-it.example;'),
        ('x-ms-publictraffictype', 'Email'),
        ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (host.split('.')[0],
                                                         'AS8PR06MB%d' % r.randint(4000, 9999))),
        ('x-ms-exchange-senderadcheck', '1'),
        ('MIME', None),
        ('MIME-Version', '1.0'),
        ('X-OriginatorOrg', 'redgrave-it.example'),
    ]
    return build(h, part)


# d17 -- short question from a colleague (Thunderbird, format=flowed)

def m17(r):
    t0 = T(2025, 1, 15, 9, 47, 12)
    body = ('Hi Maren,\n\n'
            'is there a way to get a machine certificate for the beamline control'
            ' \nPC (ph-bl2-ctl01)? It dropped off eduroam after last week\'s Windows'
            ' \nupdate and people can\'t log in with their own accounts any more.\n\n'
            'Thanks,\nPriya\n\n'
            '-- \nDr Priya Raman\nResearch Software Engineer | School of Physics\n'
            'University of Eastmoor | ext. 4172\n')
    part = text(body, cte='7bit', ctype='text/plain; charset=UTF-8; format=flowed')
    dk = Dkim(r, 'univ.example', 'mail2024', 'from:to:subject:date:message-id:'
              'mime-version:content-type', t=t0)
    h = [
        ('Return-Path', '<p.raman@univ.example>'),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), dmarc_pass('univ.example', 'quarantine')),
    ] + internal_hops(r, t0, 'p.raman', '10.40.12.88') + [
        dk.hdr(),
        ('Message-ID', '<%s@univ.example>' % ruuid(r)),
        ('Date', fdate(t0)),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-GB'),
        ('To', 'Maren Holt <%s>' % ME),
        ('From', 'Priya Raman <p.raman@univ.example>'),
        ('Subject', 'machine cert for beamline PC?'),
        ('MIME', None),
    ]
    return build(h, part)


# d18 -- reply in a thread, quoted text (Apple Mail, quoted-printable)

def m18(r):
    t0 = T(2025, 3, 11, 16, 58, 3)
    id1 = '<%s@univ.example>' % ruuid(r, upper=True)
    id2 = '<%s@univ.example>' % ruuid(r)
    id3 = '<%s@univ.example>' % ruuid(r, upper=True)
    q2 = (
        'Hi Declan,\n\n'
        'thanks \u2013 looks right to me. Two small things:\n\n'
        '1. Please make the source for 8443 the whole staff VPN pool'
        ' (10.96.0.0/16), not just the /24 in the ticket \u2013 research staff'
        ' get addresses from the whole pool.\n'
        '2. Could you log hits on the deny rule for 22/tcp for the first two'
        ' weeks? I\'d like to see who still tries to connect directly.\n\n'
        'Approved from my side in TOPdesk, go ahead whenever suits today.\n\n'
        'Maren\n\n'
        'On 11/03/2025 10:05, Declan Moore wrote:\n'
        '> Hi Maren,\n>\n'
        '> for CHG-2025-0311 (HPC login nodes login03/login04, 10.30.4.13-14)'
        ' I\'m planning these rules on the core firewalls:\n>\n'
        '> - allow tcp/22 from vpn-staff (10.96.12.0/24) and eduroam-staff to'
        ' login03/04\n'
        '> - allow tcp/8443 from vpn-staff to login03/04 (Open OnDemand)\n'
        '> - allow tcp/22 from bastion01 to login03/04\n'
        '> - default deny from untrust\n>\n'
        '> Can you sanity-check and approve so I can do it this afternoon?\n>\n'
        '> Thanks,\n> Declan\n\n'
        '-- \nMaren Holt\nSenior Systems & Security Administrator\n'
        'IT Services, University of Eastmoor\n')
    body = (
        'Hi Maren,\n\n'
        'Rules are in on both firewalls now (committed 16:41). Tested from'
        ' vpn-staff and from eduroam \u2013 ssh to login03/login04 works, and'
        ' 8443 to the OnDemand portal too. Port 22 from outside is still blocked'
        ' as agreed; only bastion01 can reach them directly. Deny-rule logging'
        ' is on until 25 March.\n\n'
        'One thing I didn\'t do: the IPv6 rules. The login nodes don\'t have'
        ' AAAA records yet, so I left them out \u2013 shout if you want them'
        ' added anyway.\n\n'
        'Cheers,\nDeclan\n\n'
        '> On 11 Mar 2025, at 14:12, Maren Holt <maren.holt@univ.example> wrote:\n'
        '> \n' + ''.join('> ' + ln + '\n' if ln and not ln.startswith('>') else
                         ('>' + ln + '\n' if ln.startswith('>') else '> \n')
                         for ln in q2.rstrip('\n').split('\n')) + '\n')
    part = text(body, cte='quoted-printable', ctype='text/plain;\n\tcharset=utf-8')
    dk = Dkim(r, 'univ.example', 'mail2024', 'from:content-type:mime-version:'
              'subject:message-id:date:to:cc:in-reply-to:references', t=t0)
    h = [
        ('Return-Path', '<d.moore@univ.example>'),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), dmarc_pass('univ.example', 'quarantine')),
    ] + internal_hops(r, t0, 'd.moore', '10.96.14.201') + [
        dk.hdr(),
        ('From', 'Declan Moore <d.moore@univ.example>'),
        ('MIME', None),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'),
        ('Subject', 'Re: Firewall change for the new HPC login nodes (CHG-2025-0311)'),
        ('Message-Id', id3),
        ('Date', fdate(t0)),
        ('In-Reply-To', id2),
        ('Cc', 'netops@univ.example'),
        ('To', 'Maren Holt <%s>' % ME),
        ('References', '%s\n %s' % (id1, id2)),
        ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'),
    ]
    return build(h, part)



# d19 -- forwarded external request (Outlook desktop on IMAP, FW:)

def m19(r):
    t0 = T(2025, 6, 19, 7, 31, 55)
    loc = eu(t0)
    orig_t = eu(T(2025, 6, 18, 16, 4, 0))
    fwd = (
        'Dear Ruth,\n\n'
        'Following our project meeting last week, I would like to request an'
        ' account for transferring the pseudonymised MRI datasets from our'
        ' PACS export server to the shared MIDAS project storage at Eastmoor.\n\n'
        '- Expected volume: about 2 TB initially, then roughly 150 GB per month\n'
        '- Source host: pacs-export.research-institute.example (fixed IPv4'
        ' 192.0.2.44)\n'
        '- Preferred protocol: SFTP with key authentication\n'
        '- Technical contact: Tomasz Wieczorek (in copy)\n\n'
        'The data are pseudonymised at source, and the data sharing agreement'
        ' was signed by both legal teams on 2 June.\n\n'
        'Many thanks and best regards,\nElise\n\n'
        '--\nDr. Elise Jansen\nBrain Imaging Centre\nResearch Institute for'
        ' Neuro- and Data Science\n')
    top = (
        'Hi Maren,\n\n'
        'Could you pick this up? Dr Jansen\'s group is one of the new partners'
        ' on the MIDAS grant, so this is expected \u2013 the DPIA is already'
        ' approved (see I2506-0288). Please reply to her directly and copy me.'
        ' A chrooted account on the research SFTP gateway with an IP allow-list'
        ' should do.\n\n'
        'Thanks,\nRuth\n\n'
        'Ruth Abernethy\nHead of IT Infrastructure\nIT Services | University'
        ' of Eastmoor\n\n')
    hdr = ('From: Dr. Elise Jansen <e.jansen@research-institute.example> \n'
           'Sent: %d %s %d %s\n'
           'To: Ruth Abernethy <r.abernethy@univ.example>\n'
           'Cc: Tomasz Wieczorek <t.wieczorek@research-institute.example>\n'
           'Subject: Request: SFTP access for MRI data transfer (Brain Imaging'
           ' Centre)\n\n' % (orig_t.day, MONTHS[orig_t.month - 1], orig_t.year,
                             hm(orig_t)))
    txt = top + hdr + fwd

    def mso(s):
        return ''.join(
            '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (
                s2.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                or '<o:p>&nbsp;</o:p>')
            for s2 in s.rstrip('\n').split('\n'))
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
        'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t'
        'font-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:'
        '"Calibri",sans-serif;\n\tcolor:windowtext;}\n--></style></head>'
        '<body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
        '<div class=WordSection1>\n' + mso(top) +
        '<div><div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
        '<p class=MsoNormal><b>From:</b> Dr. Elise Jansen &lt;e.jansen@research-institute.example&gt;'
        ' <br><b>Sent:</b> %d %s %d %s<br><b>To:</b> Ruth Abernethy &lt;r.abernethy@univ.example&gt;'
        '<br><b>Cc:</b> Tomasz Wieczorek &lt;t.wieczorek@research-institute.example&gt;<br>'
        '<b>Subject:</b> Request: SFTP access for MRI data transfer (Brain Imaging Centre)'
        '<o:p></o:p></p></div></div>\n' % (orig_t.day, MONTHS[orig_t.month - 1],
                                            orig_t.year, hm(orig_t))
        + mso(fwd) + '</div></body></html>\n')
    nb = '----=_NextPart_000_%04X_01DBE0F2.%s' % (r.randint(0, 0xffff), rHEX(r, 8))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain;\n\tcharset="utf-8"'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html;\n\tcharset="utf-8"'),
    ], nb, fold=True, preamble='This is a multipart message in MIME format.\n\n')
    dk = Dkim(r, 'univ.example', 'mail2024', 'from:to:cc:subject:date:message-id:'
              'references:in-reply-to:mime-version:content-type', t=t0)
    ti = base64.b64encode(b'\x01' + rbytes(r, 21) + b'\x02' + rbytes(r, 5)).decode()
    h = [
        ('Return-Path', '<r.abernethy@univ.example>'),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), dmarc_pass('univ.example', 'quarantine')),
    ] + internal_hops(r, t0, 'r.abernethy', '10.41.3.57',
                      ua_helo='ITS-LT-0231') + [
        dk.hdr(),
        ('From', 'Ruth Abernethy <r.abernethy@univ.example>'),
        ('To', '"\'Maren Holt\'" <%s>' % ME),
        ('Subject', 'FW: Request: SFTP access for MRI data transfer (Brain Imaging Centre)'),
        ('Date', fdate(loc, 'short')),
        ('Message-ID', '<000001dbe0f2$%s$%s$@univ.example>' % (rhex(r, 8), rhex(r, 8))),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', ti),
        ('Content-Language', 'en-gb'),
    ]
    return build(h, part)


def ics_fold(lines):
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = ' ' + ln[74:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'


# d20 -- meeting invitation with text/calendar (Google Calendar, partner org)

def m20(r):
    t0 = T(2024, 10, 1, 9, 13, 44)
    start = T(2024, 10, 8, 12, 0, 0)
    eid = rb64url(r, 30)
    tok = rb64url(r, 45)
    meet = '%s-%s-%s' % (rs(r, 3, 'abcdefghijkmnopqrstuvwxyz'),
                         rs(r, 4, 'abcdefghijkmnopqrstuvwxyz'),
                         rs(r, 3, 'abcdefghijkmnopqrstuvwxyz'))
    uid = '%s@google.com' % rs(r, 26, '0123456789abcdefghijklmnopqrstuv')
    doc = 'https://docs.google.com/document/d/%s/edit' % rb64url(r, 33)
    title = 'Joint SOC pilot \u2013 monthly sync'
    cal = 'https://calendar.google.com/calendar/event?action='
    q = '&tok=%s&ctz=Europe%%2FBerlin&hl=en_GB&es=1' % tok
    guests = ['Lena Brandt - organiser', 'Tomasz Wieczorek', ME, 'd.moore@univ.example']
    desc = ('Monthly check-in for the joint SOC pilot between the Institute and'
            ' the University of Eastmoor: log pipeline status, open detections,'
            ' shared playbooks.\n\nAgenda and notes: ' + doc)
    txt = (
        'Lena Brandt has invited you to a recurring event\n\n'
        '%s\nMonthly on the second Tuesday \u00b7 14:00 \u2013 15:00\n'
        'Central European Time - Berlin\n\n'
        '%s\n\n'
        'Joining info\nJoin with Google Meet\nhttps://meet.google.com/%s\n\n'
        'Guests\n%s\nView all guest info %sVIEW&eid=%s%s\n\n'
        'Reply for %s\n'
        'Yes %sRESPOND&eid=%s&rst=1%s\n'
        'No %sRESPOND&eid=%s&rst=2%s\n'
        'Maybe %sRESPOND&eid=%s&rst=3%s\n'
        'More options %sVIEW&eid=%s%s\n\n'
        'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
        'You are receiving this email because you are an attendee on the event.'
        ' To stop receiving future updates for this event, decline this event.\n\n'
        'Forwarding this invitation could allow any recipient to send a response'
        ' to the organiser, be added to the guest list, invite others or change'
        ' your RSVP. Learn more'
        ' https://support.google.com/calendar/answer/37135#forwarding\n'
        % (title, desc, meet, '\n'.join(guests), cal, eid, q, ME,
           cal, eid, q, cal, eid, q, cal, eid, q, cal, eid, q))
    btn = ('<a href="%sRESPOND&amp;eid=%s&amp;rst=%d%s" style="display:inline-block;'
           'border:1px solid #dadce0;border-radius:16px;padding:6px 16px;margin-right:8px;'
           'color:#3c4043;font-family:\'Google Sans\',Roboto,sans-serif;font-size:14px;'
           'text-decoration:none;">%s</a>')
    html = (
        '<span itemscope itemtype="http://schema.org/InformAction"><span'
        ' style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person">'
        '<meta itemprop="description" content="Invitation from Lena Brandt"/></span></span>\n'
        '<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0;'
        'max-width:0;opacity:0;overflow:hidden;">Monthly check-in for the joint SOC pilot'
        '</div>\n<table border="0" cellpadding="0" cellspacing="0" role="presentation"'
        ' style="width:100%;max-width:600px;font-family:Roboto,Helvetica,Arial,sans-serif;">\n'
        '<tr><td style="padding:24px 24px 0 24px;font-size:14px;color:#3c4043;">'
        'Lena Brandt has invited you to a recurring event</td></tr>\n'
        '<tr><td style="padding:8px 24px;"><h2 style="font-family:\'Google Sans\',Roboto,'
        'sans-serif;font-weight:400;font-size:22px;color:#3c4043;margin:0;">'
        'Joint SOC pilot &ndash; monthly sync</h2></td></tr>\n'
        '<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#3c4043;">'
        'Monthly on the second Tuesday &middot; 14:00 &ndash; 15:00 (Central European'
        ' Time - Berlin)</td></tr>\n'
        '<tr><td style="padding:0 24px 16px 24px;"><a href="https://meet.google.com/' + meet +
        '?hs=224" style="display:inline-block;background-color:#1a73e8;border-radius:4px;'
        'color:#ffffff;font-family:\'Google Sans\',Roboto,sans-serif;font-size:14px;'
        'font-weight:500;padding:10px 24px;text-decoration:none;">Join with Google Meet</a>'
        '<br><span style="font-size:12px;color:#70757a;">meet.google.com/' + meet +
        '</span></td></tr>\n'
        '<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#3c4043;">'
        'Monthly check-in for the joint SOC pilot between the Institute and the'
        ' University of Eastmoor: log pipeline status, open detections, shared'
        ' playbooks.<br><br>Agenda and notes: <a href="' + doc + '">' + doc + '</a></td></tr>\n'
        '<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#3c4043;"><b>Guests</b><br>'
        + '<br>'.join(g.replace(' - organiser', ' &ndash; <span style="color:#70757a;">organiser'
                                '</span>') for g in guests) +
        '<br><a href="' + cal + 'VIEW&amp;eid=' + eid + q.replace('&', '&amp;') +
        '" style="color:#1a73e8;">View all guest info</a></td></tr>\n'
        '<tr><td style="padding:8px 24px 16px 24px;font-size:14px;color:#3c4043;">'
        'Reply for <b>' + ME + '</b><br><br>'
        + btn % (cal, eid, 1, q.replace('&', '&amp;'), 'Yes')
        + btn % (cal, eid, 2, q.replace('&', '&amp;'), 'No')
        + btn % (cal, eid, 3, q.replace('&', '&amp;'), 'Maybe') +
        '</td></tr>\n'
        '<tr><td style="padding:16px 24px;border-top:1px solid #dadce0;font-size:12px;'
        'color:#70757a;">Invitation from <a href="https://calendar.google.com/calendar/"'
        ' style="color:#1a73e8;">Google Calendar</a><br><br>You are receiving this email'
        ' because you are an attendee on the event. To stop receiving future updates for'
        ' this event, decline this event.<br><br>Forwarding this invitation could allow any'
        ' recipient to send a response to the organiser, be added to the guest list, invite'
        ' others or change your RSVP. <a href="https://support.google.com/calendar/answer/'
        '37135#forwarding" style="color:#1a73e8;">Learn more</a></td></tr>\n</table>\n')
    dts = 'DTSTAMP:%sZ' % stamp(t0, 'T')
    ics = ics_fold([
        'BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
        'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST',
        'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'X-LIC-LOCATION:Europe/Berlin',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:GMT+2',
        'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
        'TZNAME:GMT+1', 'DTSTART:19701025T030000',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE',
        'BEGIN:VEVENT', 'DTSTART;TZID=Europe/Berlin:20241008T140000',
        'DTEND;TZID=Europe/Berlin:20241008T150000', 'RRULE:FREQ=MONTHLY;BYDAY=2TU',
        dts, 'ORGANIZER;CN=Lena Brandt:mailto:l.brandt@research-institute.example',
        'UID:' + uid,
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena '
        'Brandt;X-NUM-GUESTS=0:mailto:l.brandt@research-institute.example',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP='
        'TRUE;CN=Tomasz Wieczorek;X-NUM-GUESTS=0:mailto:t.wieczorek@research-institute.example',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP='
        'TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (ME, ME),
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP='
        'TRUE;CN=d.moore@univ.example;X-NUM-GUESTS=0:mailto:d.moore@univ.example',
        'X-GOOGLE-CONFERENCE:https://meet.google.com/' + meet,
        'CREATED:%sZ' % stamp(t0 - timedelta(seconds=4), 'T'),
        'DESCRIPTION:' + desc.replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')
        + '\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~'
        ':~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/' + meet +
        '\\n\\nPlease do not edit this section.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~'
        ':~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-',
        'LAST-MODIFIED:%sZ' % stamp(t0 - timedelta(seconds=1), 'T'),
        'LOCATION:', 'SEQUENCE:0', 'STATUS:CONFIRMED', 'SUMMARY:' + title,
        'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    ics_n = ics.replace('\r\n', '\n')
    bnd_m = '000000000000' + rhex(r, 16)
    bnd_a = '000000000000' + rhex(r, 16)
    alt = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset="UTF-8"; format=flowed;'
             ' delsp=yes'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset="UTF-8"'),
        text(ics_n, cte='7bit' if ics_n.isascii() else 'quoted-printable',
             ctype='text/calendar; charset="UTF-8"; method=REQUEST'),
    ], bnd_a)
    part = multi('mixed', [
        alt,
        attach(ics.encode('utf-8'), 'application/ics', 'invite.ics'),
    ], bnd_m)
    dk1 = Dkim(r, 'research-institute.example', 'google', 'mime-version:reply-to:'
               'sender:auto-submitted:message-id:date:subject:from:to:from:to:cc:'
               'subject:date:message-id:reply-to', t=t0, x=t0 + timedelta(days=7))
    ip = '209.85.220.%d' % r.randint(40, 99)
    mf = '3%s@calendar-server.bounces.google.com' % rb64url(r, 24).replace('-', 'x').replace('_', 'y')
    loc = t0
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk1.ar(), spf_pass(mf, ip),
              dmarc_pass('research-institute.example', 'quarantine')),
        rx_mx(r, 'mail-sor-f%s.google.com' % ip.split('.')[-1], ip, t0 + timedelta(seconds=2)),
        ('Received', 'by mail-sor-f%s.google.com with SMTP id %s-%s.%d\n\t'
         'for <%s>\n\t(Google Transport Security);\n\t%s'
         % (ip.split('.')[-1], rhex(r, 16), rhex(r, 11), r.randint(10, 99), ME,
            fdate(us(t0, -8), 'short', 'PDT'))),
        dk1.hdr(),
        ('MIME-Version', '1.0'),
        ('Reply-To', 'Lena Brandt <l.brandt@research-institute.example>'),
        ('Sender', 'Google Calendar <calendar-notification@google.com>'),
        ('Auto-Submitted', 'auto-generated'),
        ('Message-ID', '<calendar-%s@google.com>' % ruuid(r)),
        ('Date', fdate(loc)),
        ('Subject', ew('Invitation: %s @ Monthly from 14:00 to 15:00 on the second'
                       ' Tuesday (CEST) (%s)' % (title, ME))),
        ('From', 'Lena Brandt <l.brandt@research-institute.example>'),
        ('To', ME),
        ('Cc', 't.wieczorek@research-institute.example, d.moore@univ.example'),
        ('MIME', None),
    ]
    return build(h, part)


# d21 -- Google Docs comment notification

def m21(r):
    t0 = T(2024, 10, 3, 13, 27, 50)
    docid = rb64url(r, 33)
    disco = 'AAAB' + rb64url(r, 9)
    url = ('https://docs.google.com/document/d/%s/edit?disco=%s&usp=comment_email_document'
           '&ts=%x' % (docid, disco, epoch(t0)))
    title = 'Joint SOC pilot \u2013 data sharing annex (draft 3)'
    quote = ('Firewall and VPN logs exported to the joint SIEM are retained for'
             ' 90 days and deleted automatically afterwards.')
    comment = ('@maren.holt@univ.example could you confirm the retention for the'
               ' firewall exports? I wrote 90 days but I think you said 180 at'
               ' the last sync.')
    txt = (
        'Tomasz Wieczorek mentioned you in a comment in the following document\n'
        '%s\n\n'
        '"%s"\n\n'
        'Tomasz Wieczorek\n%s\n\n'
        'Reply: %s\n\n'
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n'
        'You have received this email because you are mentioned in this thread.'
        ' Change what Google Docs sends you:'
        ' https://docs.google.com/document/u/0/docos/notify?id=%s&title=%s\n'
        'You can reply to this email to reply to the discussion.\n'
        % (title, quote, comment, url, docid, 'Joint+SOC+pilot'))
    html = (
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width,'
        ' initial-scale=1"></head><body style="margin:0;background-color:#f1f3f4;">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"'
        ' style="background-color:#f1f3f4;"><tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0"'
        ' style="background-color:#ffffff;border-radius:8px;font-family:Roboto,Arial,'
        'sans-serif;">\n'
        '<tr><td style="padding:24px 24px 8px 24px;"><img src="https://ssl.gstatic.com/docs/'
        'documents/images/kix-favicon-2023q4.png" width="24" height="24" alt="Google Docs"'
        ' style="vertical-align:middle;"> <span style="font-size:14px;color:#5f6368;'
        'vertical-align:middle;">Google Docs</span></td></tr>\n'
        '<tr><td style="padding:8px 24px;font-size:16px;color:#202124;">'
        '<img src="https://lh3.googleusercontent.com/a/default-user=s64" width="32" height="32"'
        ' alt="" style="border-radius:50%;vertical-align:middle;"> <b>Tomasz Wieczorek</b>'
        ' mentioned you in a comment in the following document</td></tr>\n'
        '<tr><td style="padding:8px 24px;"><a href="' + url.replace('&', '&amp;') +
        '" style="font-size:16px;color:#1a73e8;text-decoration:none;">Joint SOC pilot'
        ' &ndash; data sharing annex (draft 3)</a></td></tr>\n'
        '<tr><td style="padding:8px 24px;"><div style="border-left:4px solid #fbbc04;'
        'padding:4px 12px;color:#5f6368;font-size:14px;">' + quote + '</div></td></tr>\n'
        '<tr><td style="padding:12px 24px;font-size:14px;color:#202124;"><b>Tomasz'
        ' Wieczorek</b><br><a href="mailto:maren.holt@univ.example" style="color:#1a73e8;">'
        '@maren.holt@univ.example</a> could you confirm the retention for the firewall'
        ' exports? I wrote 90 days but I think you said 180 at the last sync.</td></tr>\n'
        '<tr><td style="padding:12px 24px 24px 24px;"><a href="' + url.replace('&', '&amp;') +
        '" style="background-color:#1a73e8;border-radius:4px;color:#ffffff;display:inline-block;'
        'font-size:14px;font-weight:500;padding:10px 24px;text-decoration:none;">Reply</a>'
        ' &nbsp; <a href="https://docs.google.com/document/d/' + docid +
        '/edit?usp=comment_email_document" style="color:#1a73e8;font-size:14px;'
        'text-decoration:none;">Open</a></td></tr>\n'
        '</table>\n<table role="presentation" width="560" cellpadding="0" cellspacing="0"'
        ' border="0"><tr><td style="padding:16px 24px;font-family:Roboto,Arial,sans-serif;'
        'font-size:12px;color:#5f6368;line-height:18px;">Google LLC, 1600 Amphitheatre Parkway,'
        ' Mountain View, CA 94043, USA<br>You have received this email because you are'
        ' mentioned in this thread. <a href="https://docs.google.com/document/u/0/docos/'
        'notify?id=' + docid + '" style="color:#1a73e8;">Change what Google Docs sends you</a>.'
        ' You can reply to this email to reply to the discussion.</td></tr></table>\n'
        '</td></tr></table>\n</body></html>\n')
    bnd = '000000000000' + rhex(r, 16)
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset="UTF-8"; format=flowed;'
             ' delsp=yes'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset="UTF-8"'),
    ], bnd)
    dk = Dkim(r, 'docs.google.com', '20230601', 'to:from:subject:message-id:'
              'references:reply-to:date:mime-version:from:to:cc:subject:date:'
              'message-id:reply-to', t=t0, x=t0 + timedelta(days=7))
    ip = '209.85.220.%d' % r.randint(40, 99)
    mf = '3%s@docos.bounces.google.com' % rs(r, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('docs.google.com')),
        rx_mx(r, 'mail-sor-f%s.google.com' % ip.split('.')[-1], ip, t0 + timedelta(seconds=1)),
        ('Received', 'by mail-sor-f%s.google.com with SMTP id %s-%s.%d\n\t'
         'for <%s>\n\t(Google Transport Security);\n\t%s'
         % (ip.split('.')[-1], rhex(r, 16), rhex(r, 11), r.randint(10, 99), ME,
            fdate(us(t0, -8), 'short', 'PDT'))),
        dk.hdr(),
        ('MIME-Version', '1.0'),
        ('Reply-To', '"Tomasz Wieczorek" <d+%s-noreply@docs.google.com>' % rb64url(r, 90)
         .replace('-', 'A').replace('_', 'B')),
        ('References', '<%s+%s@docs.google.com>' % (docid[:22], disco)),
        ('Message-ID', '<%s@google.com>' % rb64url(r, 30)),
        ('Date', fdate(t0, 'short')),
        ('Subject', ew(title)),
        ('From', '"Tomasz Wieczorek (Google Docs)" <comments-noreply@docs.google.com>'),
        ('To', ME),
        ('MIME', None),
    ]
    return build(h, part)



# d22 -- shared calendar update (Nextcloud activity e-mail)

def m22(r):
    t0 = T(2025, 9, 23, 6, 0, 12)
    loc = eu(t0)
    cloud = 'https://cloud.univ.example'
    acts = [
        ('Declan Moore updated event Core switch firmware upgrade (DC-B) in'
         ' calendar IT change windows', '22 September 2025 at 17:48'),
        ('Declan Moore moved event Core switch firmware upgrade (DC-B) from'
         ' Tue 30 Sept 18:00 to Thu 2 Oct 18:00', '22 September 2025 at 17:48'),
        ('Ruth Abernethy created event eduroam RADIUS certificate rollover in'
         ' calendar IT change windows', '22 September 2025 at 15:12'),
        ('Ruth Abernethy shared calendar On-call rota Q4 2025 with group'
         ' it-infrastructure', '22 September 2025 at 11:05'),
    ]
    txt = ('Hello Maren Holt,\n\n'
           'You are receiving this email because the following things happened'
           ' at Eastmoor Cloud\n\n'
           + ''.join('* %s\n  %s\n' % a for a in acts) +
           '\n\n-- \nEastmoor Cloud - University of Eastmoor file sharing and'
           ' calendars\n%s\n\nTo change how often you get these emails, go to'
           ' %s/settings/user/notifications\n' % (cloud, cloud))
    li = ''.join(
        '<tr><td style="padding:6px 0;width:24px;vertical-align:top;"><img src="%s/apps/'
        'dav/img/calendar-dark.svg" width="16" height="16" alt=""></td><td style="padding:6px 0;'
        'font-size:14px;color:#222222;">%s<br><span style="color:#767676;font-size:12px;">%s'
        '</span></td></tr>\n' % (cloud, a.replace('Declan Moore', '<b>Declan Moore</b>')
                                 .replace('Ruth Abernethy', '<b>Ruth Abernethy</b>'), w)
        for a, w in acts)
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"'
        ' style="-webkit-font-smoothing:antialiased;background:#fff!important">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n<title></title>\n</head>\n'
        '<body style="-moz-box-sizing:border-box;-ms-text-size-adjust:100%;-webkit-box-sizing:'
        'border-box;-webkit-font-smoothing:antialiased;-webkit-text-size-adjust:100%;margin:0;'
        'background:#fff!important;box-sizing:border-box;color:#0a0a0a;font-family:-apple-system,'
        'BlinkMacSystemFont,\'Segoe UI\',Roboto,Oxygen-Sans,Cantarell,Ubuntu,\'Helvetica Neue\','
        'Arial,sans-serif;font-size:16px;line-height:1.3;min-width:100%;padding:0;width:100%'
        '!important">\n'
        '<table class="body" style="width:100%;border-collapse:collapse;"><tr><td align="center">\n'
        '<table style="width:580px;border-collapse:collapse;" role="presentation">\n'
        '<tr><td align="center" style="padding:24px 0;background-color:#00529b;">'
        '<img src="' + cloud + '/index.php/apps/theming/image/logo?useSvg=1&amp;v=7"'
        ' alt="Eastmoor Cloud" height="50" style="display:block;"></td></tr>\n'
        '<tr><td style="padding:24px 16px 8px 16px;font-size:16px;">Hello Maren Holt,</td></tr>\n'
        '<tr><td style="padding:8px 16px;font-size:14px;color:#222222;">You are receiving'
        ' this email because the following things happened at <a href="' + cloud +
        '/" style="color:#00529b;">Eastmoor Cloud</a></td></tr>\n'
        '<tr><td style="padding:8px 16px;"><table role="presentation" style="width:100%;'
        'border-collapse:collapse;">\n' + li + '</table></td></tr>\n'
        '<tr><td align="center" style="padding:16px;"><a href="' + cloud +
        '/apps/calendar/timeGridWeek/now" style="background-color:#00529b;border-radius:24px;'
        'color:#ffffff;display:inline-block;font-size:14px;font-weight:600;padding:10px 24px;'
        'text-decoration:none;">Open calendar</a></td></tr>\n'
        '<tr><td align="center" style="padding:24px 16px;font-size:12px;color:#767676;">'
        'Eastmoor Cloud - University of Eastmoor file sharing and calendars<br>'
        '<a href="' + cloud + '/settings/user/notifications" style="color:#767676;">'
        'Notification settings</a></td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n')
    bnd = rb64url(r, 6)
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=utf-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=utf-8'),
    ], bnd)
    h = [
        ('Return-Path', '<cloud-noreply@univ.example>'),
        ('Delivered-To', ME),
        rx_mx(r, 'relay.univ.example', '10.20.1.25', t0 + timedelta(seconds=1)),
        ('Received', 'from cloud-app02.univ.example (cloud-app02.univ.example'
         ' [10.20.11.22])\n\tby relay.univ.example (Postfix) with ESMTPS id %s\n\t'
         'for <%s>; %s' % (rHEX(r, 10), ME, fdate(t0, 'postfix', 'UTC'))),
        ('Message-ID', '<%s@cloud.univ.example>' % rhex(r, 32)),
        ('Date', fdate(loc)),
        ('Subject', 'Activity at Eastmoor Cloud'),
        ('From', 'Eastmoor Cloud <cloud-noreply@univ.example>'),
        ('To', 'Maren Holt <%s>' % ME),
        ('Auto-Submitted', 'auto-generated'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
    ]
    return build(h, part)


# d23 -- Discourse forum summary digest (long)

def m23(r):
    t0 = T(2026, 1, 12, 8, 31, 5)
    site = 'https://community.grafana.com'
    topics = [
        ('Loki returns "too many outstanding requests" after moving to TSDB index',
         'loki-returns-too-many-outstanding-requests-after-moving-to-tsdb-index',
         'Grafana Loki', 'ijsselmeer_ops', 7, 341,
         'Since switching our single-binary Loki from boltdb-shipper to the TSDB'
         ' index, dashboards that query more than 24 hours fail with "too many'
         ' outstanding requests". Raising max_outstanding_per_tenant only moved'
         ' the problem. Is query splitting configured differently with TSDB?'),
        ('Alert rule evaluates fine in preview but never fires',
         'alert-rule-evaluates-fine-in-preview-but-never-fires',
         'Alerting', 'k-ramadan', 5, 198,
         'The preview shows the threshold crossed for three series, but the rule'
         ' stays Normal. Pending period is 5m and evaluation interval 1m. Turned'
         ' out the reduce expression was set to Last with "drop non-numeric"...'),
        ('Variable with regex returns duplicate values from Prometheus label_values',
         'variable-with-regex-returns-duplicate-values-from-prometheus-label-values',
         'Grafana', 'sandrine.b', 3, 112,
         'I use label_values(up{job=~"node.*"}, instance) with a regex to strip'
         ' the port, but now every host appears twice. How can I deduplicate after'
         ' the regex has been applied?'),
        ('Alloy: collecting Windows event logs and forwarding to Loki',
         'alloy-collecting-windows-event-logs-and-forwarding-to-loki',
         'Grafana Alloy', 'tpeltonen', 9, 604,
         'Sharing a working config for loki.source.windowsevent with bookmark'
         ' persistence, since the examples I found were still for the old agent.'
         ' Comments on the relabel rules are welcome.'),
        ('Dashboard JSON provisioning overwrites manual changes',
         'dashboard-json-provisioning-overwrites-manual-changes',
         'Grafana', 'mbaptiste', 4, 157,
         'Is there a way to stop provisioned dashboards from being reset on every'
         ' restart while still keeping them in git? allowUiUpdates is true.'),
    ]
    tids = [r.randint(140000, 149999) for _ in topics]
    rd = ('Since your last visit on Monday 5 January 2026\n\n'
          '  New topics: 214      New users: 388      Posts: 1,036\n\n')
    txt = '[Grafana Labs Community Forums] Summary\n\n' + rd + 'Popular Topics\n\n'
    for (t, slug, cat, who, rep, views, ex), tid in zip(topics, tids):
        txt += ('### %s\n%s | %s | %d replies | %d views\n\n%s\n\n'
                'Read More: %s/t/%s/%d?u=mholt-ue\n\n'
                % (t, cat, who, rep, views, ex, site, slug, tid))
    txt += ('Popular Posts\n\n'
            '  * "If you are on 3.x, set split_queries_by_interval under'
            ' limits_config, not query_range - that moved." (tempo_lena, in'
            ' "Loki returns too many outstanding requests...")\n'
            '  * "The trick is to use a second, hidden variable with the regex'
            ' and reference that one." (matt_h, in "Variable with regex returns'
            ' duplicate values...")\n\n'
            '-- \n'
            'This summary is sent from Grafana Labs Community Forums when we'
            ' have not seen you in a while. To turn it off or change how often'
            ' you receive it, visit your email preferences:'
            ' %s/my/preferences/emails\n\n'
            'Unsubscribe: %s/email/unsubscribe/%s\n' % (site, site, rhex(r, 64)))
    unsub = site + '/email/unsubscribe/' + rhex(r, 64)
    cards = ''
    for (t, slug, cat, who, rep, views, ex), tid in zip(topics, tids):
        link = '%s/t/%s/%d?u=mholt-ue' % (site, slug, tid)
        cards += (
            '<tr><td style="padding:16px 24px;border-bottom:1px solid #e9e9e9;">\n'
            '<a href="%s" style="font-size:18px;font-weight:bold;color:#0a0a0a;'
            'text-decoration:none;">%s</a>\n'
            '<div style="margin:6px 0;font-size:13px;color:#646464;"><span style="display:'
            'inline-block;width:10px;height:10px;background-color:#f46800;"></span>'
            ' %s &middot; <img src="%s/user_avatar/community.grafana.com/%s/48/%d_2.png"'
            ' width="20" height="20" alt="" style="border-radius:50%%;vertical-align:middle;"> %s'
            ' &middot; %d replies &middot; %d views</div>\n'
            '<p style="font-size:14px;line-height:20px;color:#222222;margin:8px 0;">%s</p>\n'
            '<a href="%s" style="font-size:14px;color:#ffffff;background-color:#3d69c2;'
            'padding:6px 14px;border-radius:3px;text-decoration:none;display:inline-block;">'
            'Read More</a>\n</td></tr>\n' % (
                link, t.replace('"', '&quot;'), cat, site, who.lower(), r.randint(1000, 9999),
                who, rep, views, ex.replace('"', '&quot;'), link))
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html lang="en"><head><meta http-equiv="Content-Type" content="text/html;'
        ' charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
        '</head>\n<body style="margin:0;padding:0;background-color:#f3f3f3;">\n'
        '<span class="preheader" style="display:none!important;color:#f3f3f3;font-size:1px;'
        'line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">Loki returns'
        ' "too many outstanding requests" after moving to TSDB index, and 4 more</span>\n'
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:'
        '#f3f3f3;"><tr><td align="center">\n'
        '<table width="650" cellspacing="0" cellpadding="0" border="0" style="background-color:'
        '#ffffff;font-family:Arial,sans-serif;">\n'
        '<tr><td style="padding:20px 24px;border-bottom:1px solid #e9e9e9;"><a href="' + site +
        '"><img src="' + site + '/uploads/default/original/3X/' + rhex(r, 40) +
        '.png" height="40" alt="Grafana Labs Community Forums" style="display:block;"></a>'
        '</td></tr>\n'
        '<tr><td style="padding:20px 24px;"><h1 style="margin:0;font-size:22px;color:#0a0a0a;">'
        'Summary</h1><p style="margin:6px 0 0 0;font-size:13px;color:#646464;">Since your last'
        ' visit on Monday 5 January 2026</p></td></tr>\n'
        '<tr><td style="padding:0 24px 16px 24px;"><table width="100%" cellspacing="0"'
        ' cellpadding="8" border="0" style="text-align:center;background-color:#f9f9f9;">'
        '<tr><td><b style="font-size:22px;">214</b><br><span style="font-size:12px;'
        'color:#646464;">New Topics</span></td><td><b style="font-size:22px;">388</b><br>'
        '<span style="font-size:12px;color:#646464;">New Users</span></td><td><b style="'
        'font-size:22px;">1,036</b><br><span style="font-size:12px;color:#646464;">Posts</span>'
        '</td></tr></table></td></tr>\n'
        '<tr><td style="padding:8px 24px;font-size:16px;font-weight:bold;color:#646464;'
        'border-bottom:2px solid #e9e9e9;">Popular Topics</td></tr>\n' + cards +
        '<tr><td style="padding:24px;font-size:12px;color:#8f8f8f;line-height:18px;">This'
        ' summary is sent from Grafana Labs Community Forums when we have not seen you in a'
        ' while. To turn it off or change how often you receive it, <a href="' + site +
        '/my/preferences/emails" style="color:#3d69c2;">visit your email preferences</a> or'
        ' <a href="' + unsub + '" style="color:#3d69c2;">unsubscribe</a>.</td></tr>\n'
        '</table>\n</td></tr></table>\n</body></html>\n')
    bnd = '--==_mimepart_%s_%s' % (rhex(r, 13), rdig(r, 3))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='base64', ctype='text/html; charset=UTF-8'),
    ], bnd, extra=[('Content-Transfer-Encoding', '7bit')])
    dk = Dkim(r, 'community.grafana.com', 'dis1', 'date:from:reply-to:to:message-id:'
              'subject:mime-version:content-type:content-transfer-encoding:'
              'list-unsubscribe:list-unsubscribe-post', t=t0)
    ip = '64.71.%d.%d' % (r.randint(130, 140), r.randint(2, 250))
    mf = 'verp-%s@community.grafana.com' % rhex(r, 32)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('grafana.com', 'none')),
        rx_mx(r, 'mail-out-%d.discourse.org' % r.randint(1, 9), ip,
              t0 + timedelta(seconds=3), tls=TLS13_128),
        ('Received', 'from web-only-%s (unknown [10.0.%d.%d])\n\tby mail-out.discourse.org'
         ' (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rhex(r, 10), r.randint(0, 255), r.randint(1, 254), rHEX(r, 11), ME,
             fdate(t0 + timedelta(seconds=1), 'postfix', 'UTC'))),
        dk.hdr(),
        ('Date', fdate(t0)),
        ('From', 'Grafana Labs Community Forums <noreply@community.grafana.com>'),
        ('Reply-To', 'Grafana Labs Community Forums <noreply@community.grafana.com>'),
        ('To', ME),
        ('Message-ID', '<summary/%s@community.grafana.com>' % ruuid(r)),
        ('Subject', '[Grafana Labs Community Forums] Summary'),
        ('Mime-Version', '1.0'),
        ('MIME', None),
        ('List-Unsubscribe', '<%s>' % unsub),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Auto-Response-Suppress', 'All'),
    ]
    return build(h, part)


# d24 -- external review request from a workshop (HotCRP, plain text)

def m24(r):
    t0 = T(2025, 6, 2, 14, 6, 31)
    loc = us(t0, -5)
    cap = 'hcav' + rs(r, 22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    site = 'https://campussec25.hotcrp.com'
    body = (
        'Dear Maren Holt,\n\n'
        'On behalf of the CAMPUS-SEC 2025 program committee, Jana Okonkwo'
        ' (jokonkwo@research-institute.example) has asked you to review'
        ' CAMPUS-SEC 2025 submission #23.\n\n'
        '* Title: Patch latency in decentralised university IT: evidence from'
        ' 41 institutions\n'
        '* Authors: [Blind]\n'
        '* Site: %s/paper/23?cap=%s\n\n'
        'Jana Okonkwo wrote:\n\n'
        '  Maren, the paper relies on ticket data from university IT\n'
        '  departments and I would value the view of someone who runs patch\n'
        '  management in one. It is a short paper (6 pages). If you cannot\n'
        '  take it on, a quick decline is absolutely fine.\n\n'
        'If you are willing to review this submission, you may enter your review'
        ' on the conference site or download a review form and upload your'
        ' review when complete. Reviews are requested by 4 July 2025 AoE.\n\n'
        'If you cannot review this submission, please decline the request using'
        ' this link:\n\n%s/review/23?cap=%s&accept=0\n\n'
        'Thank you for your help -- we know that reviewing is hard work.\n\n'
        'Contact the site administrator, Jana Okonkwo'
        ' (jokonkwo@research-institute.example), with any questions or'
        ' concerns.\n\n- CAMPUS-SEC 2025 Submissions\n' % (site, cap, site, cap))
    part = text(body, cte='quoted-printable', ctype='text/plain; charset=utf-8')
    dk = Dkim(r, 'hotcrp.com', 'hcrp2', 'from:to:subject:date:message-id:reply-to:'
              'mime-version:content-type:content-transfer-encoding', t=t0)
    ip = '23.%d.%d.%d' % (r.randint(20, 23), r.randint(0, 255), r.randint(1, 254))
    mf = 'noreply@hotcrp.com'
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('hotcrp.com', 'none')),
        rx_mx(r, 'mail.hotcrp.com', ip, t0 + timedelta(seconds=2), tls=TLS13),
        ('Received', 'by mail.hotcrp.com (Postfix, from userid 33)\n\tid %s; %s'
         % (rHEX(r, 10), fdate(t0, 'postfix', 'UTC'))),
        dk.hdr(),
        ('To', 'Maren Holt <%s>' % ME),
        ('Subject', '[CAMPUS-SEC 2025] Review request for #23 "Patch latency in'
         '\n decentralised university IT: evidence from 41 institutions"'),
        ('From', 'CAMPUS-SEC 2025 Submissions <noreply@hotcrp.com>'),
        ('Reply-To', 'Jana Okonkwo <jokonkwo@research-institute.example>'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('Message-Id', '<%s.%s@hotcrp.com>' % (stamp(t0), rHEX(r, 10))),
        ('Date', fdate(loc, 'short')),
    ]
    return build(h, part)


# d25 -- journal submission status update (Editorial Manager)

def m25(r):
    t0 = T(2025, 8, 14, 13, 38, 2)
    loc = us(t0, -5)
    ms = 'COSE-D-25-00871'
    i = rdig(r, 6)
    l = rs(r, 8, UPNUM)
    link = 'https://www.editorialmanager.com/cose/l.asp?i=%s&l=%s' % (i, l)
    title = ('Two years of user-reported phishing at a mid-sized university:'
             ' volumes, response times and what changed after a report button')
    txt = (
        'Ref.: Ms. No. %s\n%s\nComputers & Security\n\n'
        'Dear Ms Holt,\n\n'
        'This is to let you know that the status of your submission has changed'
        ' to "Required Reviews Completed". The handling editor will now consider'
        ' the reviewers\' reports and make a decision. You will be informed by'
        ' email as soon as a decision is available.\n\n'
        'You can follow the progress of the submission at any time by logging'
        ' in as an author:\n%s\n\n'
        'Your username is: mholt-ue\n\n'
        'Kind regards,\n\nEditorial Office\nComputers & Security\n\n'
        '__________________________________________________\n'
        'In compliance with data protection regulations, you may request that'
        ' we remove your personal registration details at any time. (Use the'
        ' following URL: https://www.editorialmanager.com/cose/login.asp?a=r).'
        ' Please contact the publication office if you have any questions.\n'
        % (ms, title, link))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body><font face="Arial" size="2">'
        'Ref.: Ms. No. %s<br>%s<br>Computers &amp; Security<br><br>'
        'Dear Ms Holt,<br><br>'
        'This is to let you know that the status of your submission has changed to'
        ' &quot;Required Reviews Completed&quot;. The handling editor will now consider the'
        ' reviewers\' reports and make a decision. You will be informed by email as soon as'
        ' a decision is available.<br><br>'
        'You can follow the progress of the submission at any time by logging in as an'
        ' author:<br><a href="%s">%s</a><br><br>'
        'Your username is: mholt-ue<br><br>'
        'Kind regards,<br><br>Editorial Office<br>Computers &amp; Security<br><br>'
        '__________________________________________________<br>'
        'In compliance with data protection regulations, you may request that we remove'
        ' your personal registration details at any time. (Use the following URL:'
        ' <a href="https://www.editorialmanager.com/cose/login.asp?a=r">'
        'https://www.editorialmanager.com/cose/login.asp?a=r</a>). Please contact the'
        ' publication office if you have any questions.</font></body></html>\n'
        % (ms, title, link.replace('&', '&amp;'), link.replace('&', '&amp;')))
    bnd = '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=utf-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=utf-8'),
    ], bnd)
    dk = Dkim(r, 'editorialmanager.com', 'em', 'From:Reply-To:To:Subject:Date:'
              'Message-ID:MIME-Version:Content-Type', t=t0, bits=1024)
    ip = '52.%d.%d.%d' % (r.randint(1, 5), r.randint(0, 255), r.randint(1, 254))
    mf = 'em.cose.0.%s.%s@editorialmanager.com' % (rhex(r, 6), rhex(r, 8))
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('editorialmanager.com', 'none')),
        rx_mx(r, 'mail%d.editorialmanager.com' % r.randint(1, 9), ip,
              t0 + timedelta(seconds=6), tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
        ('Received', 'from EMWEB%02d ([10.70.%d.%d]) by mail.editorialmanager.com with'
         ' Microsoft SMTPSVC(10.0.17763.1697);\n\t %s' % (
             r.randint(1, 40), r.randint(0, 255), r.randint(1, 254),
             fdate(loc, 'short'))),
        dk.hdr(),
        ('MIME-Version', '1.0'),
        ('From', '"Computers & Security" <em@editorialmanager.com>'),
        ('Reply-To', '"Computers & Security" <cose@elsevier.com>'),
        ('To', '"Maren Holt" <%s>' % ME),
        ('Date', fdate(loc, 'short')),
        ('Subject', 'Submission status update: %s - Required Reviews Completed' % ms),
        ('MIME', None),
        ('Message-ID', '<EMWEB%s%s@editorialmanager.com>' % (rdig(r, 10), rHEX(r, 8))),
        ('X-OriginalArrivalTime', '%02d:%02d:%02d.0%02d (UTC) FILETIME=[%s:01DB0D%s]' % (
            t0.hour, t0.minute, t0.second, r.randint(0, 99), rHEX(r, 8), rHEX(r, 2))),
    ]
    return build(h, part)



def ses_hops(r, t0, region='us-west-2', rcpt=ME):
    ip = '54.240.%d.%d' % (r.randint(24, 27), r.randint(2, 250))
    host = 'e%d-%d.smtp-out.%s.amazonses.com' % (r.randint(224, 240), r.randint(1, 30), region)
    return ip, rx_mx(r, host, ip, t0 + timedelta(seconds=1), rcpt=rcpt)


# d26 -- password reset the user asked for (Atlassian, via SES)

def m26(r):
    t0 = T(2026, 2, 3, 10, 14, 22)
    token = rb64url(r, 96)
    link = ('https://id.atlassian.com/login/resetpassword?token=%s&email=%s'
            % (token, ME.replace('@', '%40')))
    txt = (
        'Atlassian\n\n'
        'Can\'t log in?\n\n'
        'We received a request to reset the password for your Atlassian'
        ' account (%s).\n\n'
        'Use the link below to choose a new password. For security reasons'
        ' the link can be used once and expires in 60 minutes.\n\n'
        'Reset password\n%s\n\n'
        'If you didn\'t ask for a new password, you can ignore this email -'
        ' your current password will keep working.\n\n'
        'This message was sent to you by Atlassian Cloud\n'
        'Atlassian Pty Ltd, c/o Atlassian, Inc., 350 Bush Street, Floor 13,'
        ' San Francisco, CA 94104, USA\n' % (ME, link))
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>Reset your password</title>\n</head>\n'
        '<body style="margin:0;padding:0;background-color:#ffffff;">\n'
        '<div style="display:none;max-height:0;overflow:hidden;">We received a request to'
        ' reset the password for your Atlassian account.</div>\n'
        '<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0">'
        '<tr><td align="center">\n<table role="presentation" width="520" border="0"'
        ' cellspacing="0" cellpadding="0" style="font-family:-apple-system,BlinkMacSystemFont,'
        '\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif;color:#172b4d;">\n'
        '<tr><td style="padding:32px 0 24px 0;"><img src="https://id-frontend.prod-east.'
        'frontend.public.atl-paas.net/assets/atlassian-logo.4f4b1c8e.png" width="160" height="20"'
        ' alt="Atlassian" style="display:block;border:0;"></td></tr>\n'
        '<tr><td style="font-size:24px;font-weight:500;padding-bottom:16px;">Can&#39;t log in?'
        '</td></tr>\n'
        '<tr><td style="font-size:14px;line-height:20px;padding-bottom:16px;">We received a'
        ' request to reset the password for your Atlassian account (<b>' + ME + '</b>).'
        ' Use the button below to choose a new password. For security reasons the link can'
        ' be used once and expires in 60 minutes.</td></tr>\n'
        '<tr><td style="padding:8px 0 24px 0;"><a href="' + link.replace('&', '&amp;') +
        '" style="background-color:#0c66e4;border-radius:3px;color:#ffffff;display:inline-block;'
        'font-size:14px;font-weight:500;line-height:20px;padding:8px 16px;text-decoration:none;">'
        'Reset password</a></td></tr>\n'
        '<tr><td style="font-size:14px;line-height:20px;padding-bottom:32px;">If you didn&#39;t'
        ' ask for a new password, you can ignore this email &ndash; your current password will'
        ' keep working.</td></tr>\n'
        '<tr><td style="border-top:1px solid #dfe1e6;padding:24px 0;font-size:12px;'
        'color:#6b778c;line-height:18px;text-align:center;"><img src="https://id-frontend.'
        'prod-east.frontend.public.atl-paas.net/assets/atlassian-logo-gray.2b8e1c4a.png"'
        ' width="114" height="14" alt="Atlassian"><br>This message was sent to you by'
        ' Atlassian Cloud<br>Atlassian, Inc. &middot; 350 Bush Street, Floor 13 &middot;'
        ' San Francisco, CA 94104, USA</td></tr>\n'
        '</table>\n</td></tr></table>\n</body>\n</html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='7bit', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
    ], bnd)
    ip, rx = ses_hops(r, t0)
    sesid = '010101%s-%s-000000' % (rhex(r, 10), ruuid(r))
    d1 = Dkim(r, 'id.atlassian.com', 'sesv2-2024', 'Date:From:To:Message-ID:Subject:'
              'MIME-Version:Content-Type', t=t0, c='relaxed/simple', bits=1024)
    d2 = Dkim(r, 'amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n', 'Date:From:To:'
              'Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID', t=t0,
              c='relaxed/simple', bits=1024)
    mf = sesid + '@bounces.id.atlassian.com'
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('id.atlassian.com')),
        rx, ses_smtp_hop(r, t0, 'us-west-2'),
        d1.hdr(), d2.hdr(),
        ('Date', fdate(t0)),
        ('From', 'Atlassian <noreply@id.atlassian.com>'),
        ('To', ME),
        ('Message-ID', '<%s@us-west-2.amazonses.com>' % sesid),
        ('Subject', 'Reset your Atlassian password'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Atlassian-Mail-Message-Id', ruuid(r)),
        ('Feedback-ID', '::1.us-west-2.%s=:AmazonSES' % rb64(r, 33)),
        ('X-SES-Outgoing', '2026.02.03-' + ip),
    ]
    return build(h, part)


# d27 -- sign-in confirmation code (Slack, via SendGrid)

def m27(r):
    t0 = T(2026, 2, 3, 10, 31, 48)
    code = rs(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') + '-' + rs(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    txt = ('Confirm your email address\n\n'
           'Your confirmation code is below - enter it in the browser window'
           ' where you started signing in to Slack.\n\n'
           '%s\n\n'
           'If you didn\'t try to sign in, you can safely ignore this email.'
           ' Someone may have typed your address by mistake.\n\n'
           'Slack Technologies, LLC, a Salesforce company - 415 Mission Street,'
           ' 3rd Floor, San Francisco, CA 94105\n' % code)
    html = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html;'
        ' charset=utf-8"><meta name="viewport" content="width=device-width"></head>'
        '<body style="margin:0;padding:0;background:#ffffff;">\n'
        '<div style="display:none;overflow:hidden;line-height:1px;opacity:0;max-height:0;'
        'max-width:0;">Your confirmation code is ' + code + '</div>\n'
        '<table role="presentation" align="center" width="600" cellpadding="0" cellspacing="0"'
        ' border="0" style="font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,'
        'Helvetica,Arial,sans-serif;">\n'
        '<tr><td style="padding:40px 0 24px 0;"><img src="https://a.slack-edge.com/'
        '80588/marketing/img/meta/slack_hash_256.png" width="40" height="40" alt="Slack"></td></tr>\n'
        '<tr><td style="font-size:36px;line-height:42px;font-weight:700;color:#1d1c1d;'
        'padding-bottom:24px;">Confirm your email address</td></tr>\n'
        '<tr><td style="font-size:18px;line-height:28px;color:#434245;padding-bottom:24px;">'
        'Your confirmation code is below &mdash; enter it in the browser window where you'
        ' started signing in to Slack.</td></tr>\n'
        '<tr><td style="background-color:#f5f4f5;border-radius:4px;padding:32px;text-align:'
        'center;font-size:30px;line-height:36px;letter-spacing:4px;color:#1d1c1d;">' + code +
        '</td></tr>\n'
        '<tr><td style="font-size:16px;line-height:24px;color:#434245;padding:24px 0 48px 0;">'
        'If you didn&rsquo;t try to sign in, you can safely ignore this email. Someone may have'
        ' typed your address by mistake.</td></tr>\n'
        '<tr><td style="font-size:12px;line-height:15px;color:#b0adac;padding-bottom:40px;">'
        '<a href="https://slack.com/intl/en-gb/help" style="color:#b0adac;">Help</a> &nbsp;'
        ' <a href="https://slack.com/intl/en-gb/legal" style="color:#b0adac;">Legal</a><br><br>'
        '&copy;2026 Slack Technologies, LLC, a Salesforce company.<br>415 Mission Street, 3rd'
        ' Floor, San Francisco, CA 94105<br>All rights reserved.</td></tr>\n'
        '</table></body></html>\n')
    bnd = rhex(r, 60)
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=utf-8', cte_first=True),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=utf-8',
             cte_first=True),
    ], bnd)
    dk = Dkim(r, 'slack.com', 'smtpapi', 'content-transfer-encoding:content-type:from:'
              'mime-version:subject:to:cc:content-type:from:subject:to', t=t0)
    ip = '167.89.%d.%d' % (r.randint(80, 90), r.randint(2, 250))
    fdr = 'filterdrecv-%s-%s' % (rhex(r, 10), rs(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    geo = 'geopod-ismtpd-%d' % r.randint(1, 40)
    sgid = rb64url(r, 16)
    mf = 'bounces+%d-%s-%s=univ.example@email.slack.com' % (
        r.randint(1000000, 9999999), rhex(r, 4), ME.split('@')[0])
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('slack.com')),
        rx_mx(r, 'o%d.email.slack.com' % r.randint(1, 9), ip, t0 + timedelta(seconds=1),
              tls=TLS12('ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)')),
        ('Received', 'by %s with SMTP id %s-1-%s-%s\n\t%04d-%02d-%02d %02d:%02d:%02d.%09d'
         ' +0000 UTC m=+%d.%09d' % (
             fdr, fdr, rHEX(r, 8), rHEX(r, 2), t0.year, t0.month, t0.day, t0.hour,
             t0.minute, t0.second, r.randint(0, 999999999), r.randint(100000, 3000000),
             r.randint(0, 999999999))),
        ('Received', 'from %s (unknown)\n\tby %s (SG) with HTTP\n'
         '\tid %s\n\tfor <%s>;\n\t%s' % (rhex(r, 8), geo, sgid, ME,
                                        fdate(t0, 'short').replace(' +0000', ' +0000 (UTC)'))),
        dk.hdr(),
        ('Content-Type', None),
        ('Date', fdate(t0, 'short')),
        ('From', 'Slack <no-reply@slack.com>'),
        ('Mime-Version', '1.0'),
        ('Message-ID', '<%s@%s>' % (sgid, geo)),
        ('Subject', 'Slack confirmation code: ' + code),
        ('X-SG-EID', '\n ' + '\n '.join(wrap(rb64(r, 150), 74))),
        ('X-SG-ID', '\n ' + '\n '.join(wrap(rb64(r, 90), 74))),
        ('To', ME),
        ('X-Entity-ID', 'u001.' + rb64url(r, 18)),
    ]
    h = [('MIME', None) if k == 'Content-Type' else (k, v) for k, v in h]
    return build(h, part)


# d28 -- new-device sign-in alert (Google account)

def m28(r):
    t0 = T(2025, 12, 1, 19, 42, 10)
    ms = epoch(t0) * 1000 - r.randint(20000, 60000)
    eid = rb64url(r, 16)
    chk = ('https://accounts.google.com/AccountChooser?Email=%s&continue='
           'https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid'
           '%%3D%s%%26et%%3D0' % (ME.replace('@', '%40'), ms, eid))
    txt = (
        'A new sign-in on Linux\n\n%s\n'
        'We noticed a new sign-in to your Google Account on a Linux device. If'
        ' this was you, you don\'t need to do anything. If not, we\'ll help you'
        ' secure your account.\n'
        'Check activity\n%s\n'
        'You can also see security activity at\n'
        'https://myaccount.google.com/notifications\n'
        'You received this email to let you know about important changes to'
        ' your Google Account and services.\n'
        '\u00a9 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA'
        ' 94043, USA\n' % (ME, chk))
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta name="format-detection"'
        ' content="email=no"/><meta name="format-detection" content="date=no"/>'
        '<style nonce="' + rb64url(r, 16) + '">.awl a {color: #FFFFFF; text-decoration: none;}'
        ' .abml a {color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif;'
        ' font-weight: bold; text-decoration: none;} .adgl a {color: rgba(0, 0, 0, 0.87);'
        ' text-decoration: none;} .afal a {color: #b0b0b0; font-size: 11px; line-height:'
        ' 18px; text-decoration: none;} @media screen and (min-width: 600px) {.v2sp'
        ' {padding: 6px 30px 0px;} .v2rsp {padding: 0px 10px;}}</style></head>'
        '<body style="margin: 0; padding: 0;" bgcolor="#FFFFFF">'
        '<table width="100%" height="100%" style="min-width: 348px;" border="0"'
        ' cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height: 32px;">'
        '<td></td></tr><tr align="center"><td><div itemscope itemtype="//schema.org/'
        'EmailMessage"><div itemprop="action" itemscope itemtype="//schema.org/ViewAction">'
        '<link itemprop="url" href="https://accounts.google.com/AccountChooser?Email=' +
        ME.replace('@', '%40') + '&amp;continue=https://myaccount.google.com/alert/nt/' +
        str(ms) + '"/><meta itemprop="name" content="Review Activity"/></div></div>'
        '<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px;'
        ' max-width: 516px; min-width: 220px;"><tr><td width="8" style="width: 8px;"></td>'
        '<td><div style="border-style: solid; border-width: thin; border-color:#dadce0;'
        ' border-radius: 8px; padding: 40px 20px;" align="center" class="mdv2rw">'
        '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_'
        '74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom: 16px;"'
        ' alt="Google"><div style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,'
        'Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87);'
        ' line-height: 32px; padding-bottom: 24px;text-align: center; word-break:'
        ' break-word;"><div style="font-size: 24px;">A new sign-in on Linux </div>'
        '<table align="center" style="margin-top:8px;"><tr style="line-height: normal;">'
        '<td align="right" style="padding-right:8px;"><img width="20" height="20"'
        ' style="width: 20px; height: 20px; vertical-align: sub; border-radius: 50%;;"'
        ' src="https://lh3.googleusercontent.com/a/default-user=s96-c" alt=""></td><td>'
        '<a style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;'
        'color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">' + ME + '</a></td>'
        '</tr></table></div><div style="font-family: Roboto-Regular,Helvetica,Arial,'
        'sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top:'
        ' 20px; text-align: center;">We noticed a new sign-in to your Google Account on a'
        ' Linux device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll'
        ' help you secure your account.<div style="padding-top: 32px; text-align: center;">'
        '<a href="' + chk.replace('&', '&amp;') + '" target="_blank" link-id="main-button-link"'
        ' style="font-family: \'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;'
        ' line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size:'
        ' 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3;'
        ' border-radius: 5px; min-width: 90px;">Check activity</a></div></div>'
        '<div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368;'
        ' letter-spacing: 0.3px; text-align: center">You can also see security activity at'
        '<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">'
        'https://myaccount.google.com/notifications</a></div></div><div style="text-align:'
        ' left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color:'
        ' rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align:'
        ' center;"><div>You received this email to let you know about important changes to'
        ' your Google Account and services.</div><div style="direction: ltr;">&copy; 2025'
        ' Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,'
        'sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top:'
        ' 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043,'
        ' USA</a></div></div></div></td><td width="8" style="width: 8px;"></td></tr></table>'
        '</td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>\n')
    bnd = '000000000000' + rhex(r, 16)
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset="UTF-8"; format=flowed;'
             ' delsp=yes'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset="UTF-8"'),
    ], bnd)
    dk = Dkim(r, 'accounts.google.com', '20230601', 'date:from:to:message-id:subject:'
              'mime-version:from:to:cc:subject:date:message-id:reply-to', t=t0,
              x=t0 + timedelta(days=7))
    ip = '209.85.220.%d' % r.randint(40, 99)
    mf = '3%s@gaia.bounces.google.com' % rs(r, 36, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('accounts.google.com')),
        rx_mx(r, 'mail-sor-f%s.google.com' % ip.split('.')[-1], ip,
              t0 + timedelta(seconds=1), tls=TLS13_PQ),
        ('Received', 'by mail-sor-f%s.google.com with SMTP id %s-%s.%d\n\t'
         'for <%s>\n\t(Google Transport Security);\n\t%s'
         % (ip.split('.')[-1], rhex(r, 16), rhex(r, 11), r.randint(10, 99), ME,
            fdate(us(t0, -8), 'short', 'PST'))),
        dk.hdr(),
        ('MIME-Version', '1.0'),
        ('Date', fdate(t0)),
        ('From', 'Google <no-reply@accounts.google.com>'),
        ('To', ME),
        ('Message-ID', '<%s@notifications.google.com>' % rb64url(r, 16)),
        ('Subject', 'Security alert'),
        ('MIME', None),
    ]
    return build(h, part)



# d29 -- hardware order confirmation with invoice PDF (Shopify store)

def m29(r):
    t0 = T(2024, 5, 9, 8, 12, 40)
    loc = eu(t0)
    order = 'TPH4823917'
    items = [
        ('Raspberry Pi 5 - 8GB', 4, 76.80),
        ('Raspberry Pi 27W USB-C Power Supply - UK, Black', 4, 12.00),
        ('Raspberry Pi Active Cooler for Raspberry Pi 5', 4, 5.00),
        ('Raspberry Pi Case for Raspberry Pi 5 - Red/White', 4, 6.00),
        ('SanDisk Extreme 64GB microSDXC A2', 4, 13.70),
    ]
    sub = sum(q * p for _, q, p in items)
    ship = 6.00
    total = sub + ship
    vat = round(total / 6, 2)
    gbp = lambda v: '\u00a3%s' % '{:,.2f}'.format(v)
    shop = 'https://thepihut.com'
    okey = rhex(r, 32)
    view = '%s/%d/orders/%s/authenticate?key=%s' % (shop, r.randint(10000000, 99999999),
                                                    rhex(r, 32), okey)
    addr_lines = ['Maren Holt', 'University of Eastmoor - IT Services', 'Room G.14,'
                  ' Eastmoor Campus, Moor Lane', 'Eastmoor EM4 7QX', 'United Kingdom']
    txt = ('THE PI HUT                                        ORDER #%s\n\n'
           'Thank you for your purchase!\n\n'
           'Hi Maren, we\'re getting your order ready to be shipped. We will'
           ' notify you when it has been sent. Your invoice is attached to this'
           ' email.\n\nView your order: %s\nor visit our store: %s\n\n'
           'Order summary\n\n' % (order, view, shop))
    for n, q, p in items:
        txt += '%s \u00d7 %d\n    %s\n' % (n, q, gbp(q * p))
    txt += ('\nSubtotal  %s\nShipping (DPD Next Day)  %s\nTotal  %s GBP\n'
            'Includes VAT of %s\n\n'
            'Customer information\n\nShipping address\n%s\n\nBilling address\n%s\n\n'
            'Shipping method\nDPD Next Day\n\nPayment\nAmerican Express ending with'
            ' 1007 - %s\n\n'
            'If you have any questions, reply to this email or contact us at'
            ' support@thepihut.com\n' % (gbp(sub), gbp(ship), gbp(total), gbp(vat),
                                          '\n'.join(addr_lines), '\n'.join(addr_lines),
                                          gbp(total)))
    rows = ''.join(
        '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5;width:60px;">'
        '<img src="https://cdn.shopify.com/s/files/1/0176/3274/products/%s_compact_cropped.jpg'
        '?v=%d" width="60" height="60" alt="" style="border:1px solid #e5e5e5;border-radius:8px;">'
        '</td><td style="padding:12px;border-bottom:1px solid #e5e5e5;font-size:14px;'
        'color:#555555;"><b style="color:#333333;">%s&nbsp;&times;&nbsp;%d</b></td>'
        '<td align="right" style="padding:12px 0;border-bottom:1px solid #e5e5e5;'
        'font-size:14px;color:#333333;white-space:nowrap;"><b>%s</b></td></tr>\n' % (
            rhex(r, 12), r.randint(1600000000, 1715000000), n, q,
            gbp(q * p).replace('\u00a3', '&pound;'))
        for n, q, p in items)
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Order %s confirmed</title>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;">\n'
        '<table class="body" style="height:100%%;width:100%%;border-spacing:0;'
        'border-collapse:collapse;">\n<tr><td style="font-family:-apple-system,'
        'BlinkMacSystemFont,\'Segoe UI\',Roboto,Oxygen,Ubuntu,Cantarell,\'Fira Sans\','
        '\'Droid Sans\',\'Helvetica Neue\',sans-serif;">\n'
        '<table class="header row" style="width:100%%;border-spacing:0;border-collapse:'
        'collapse;margin:40px 0 20px;"><tr><td><center><table class="container" style="width:'
        '560px;text-align:left;border-spacing:0;border-collapse:collapse;margin:0 auto;">'
        '<tr><td><table class="row" style="width:100%%;"><tr><td><img src="https://'
        'cdn.shopify.com/s/files/1/0176/3274/files/pihut-logo-email.png?v=%d" alt="The Pi Hut"'
        ' width="180" style="display:block;"></td><td align="right" style="text-transform:'
        'uppercase;font-size:14px;color:#999;"><span style="font-size:16px;">Order #%s</span>'
        '</td></tr></table></td></tr></table></center></td></tr></table>\n'
        '<table class="row content" style="width:100%%;"><tr><td style="padding-bottom:40px;">'
        '<center><table class="container" style="width:560px;text-align:left;margin:0 auto;">'
        '<tr><td><h2 style="font-weight:normal;font-size:24px;margin:0 0 10px;">Thank you for'
        ' your purchase!</h2><p style="color:#777;line-height:150%%;font-size:16px;margin:0;">'
        'Hi Maren, we\'re getting your order ready to be shipped. We will notify you when it'
        ' has been sent. Your invoice is attached to this email.</p>\n'
        '<table class="row actions" style="width:100%%;margin-top:20px;"><tr><td>'
        '<table class="button main-action-cell" style="float:left;margin-right:15px;"><tr>'
        '<td style="border-radius:4px;" align="center" bgcolor="#c51a4a"><a href="%s"'
        ' style="font-size:16px;text-decoration:none;display:block;color:#fff;padding:20px 25px;">'
        'View your order</a></td></tr></table>'
        '<table class="link secondary-action-cell" style="margin-top:19px;"><tr><td>or'
        ' <a href="%s" style="font-size:16px;text-decoration:none;color:#c51a4a;">Visit our'
        ' store</a></td></tr></table></td></tr></table>\n'
        '</td></tr></table></center></td></tr></table>\n'
        '<table class="row section" style="width:100%%;border-top-width:1px;border-top-color:'
        '#e5e5e5;border-top-style:solid;"><tr><td style="padding:40px 0;"><center><table'
        ' class="container" style="width:560px;text-align:left;margin:0 auto;"><tr><td>'
        '<h3 style="font-weight:normal;font-size:20px;margin:0 0 25px;">Order summary</h3>\n'
        '<table class="row" style="width:100%%;border-spacing:0;border-collapse:collapse;">\n'
        '%s</table>\n'
        '<table class="row subtotal-lines" style="width:100%%;margin-top:15px;">\n'
        '<tr><td style="padding:2px 0;color:#777;font-size:16px;">Subtotal</td><td align="right"'
        ' style="padding:2px 0;font-size:16px;"><strong>%s</strong></td></tr>\n'
        '<tr><td style="padding:2px 0;color:#777;font-size:16px;">Shipping</td><td align="right"'
        ' style="padding:2px 0;font-size:16px;"><strong>%s</strong></td></tr>\n'
        '<tr><td style="padding:20px 0 0;color:#777;font-size:16px;border-top:2px solid #e5e5e5;">'
        'Total</td><td align="right" style="padding:20px 0 0;border-top:2px solid #e5e5e5;'
        'font-size:24px;"><strong>%s GBP</strong></td></tr>\n'
        '<tr><td colspan="2" align="right" style="color:#777;font-size:14px;">Includes VAT'
        ' of %s</td></tr>\n</table>\n'
        '</td></tr></table></center></td></tr></table>\n'
        '<table class="row section" style="width:100%%;border-top:1px solid #e5e5e5;"><tr>'
        '<td style="padding:40px 0;"><center><table class="container" style="width:560px;'
        'text-align:left;margin:0 auto;"><tr><td><h3 style="font-weight:normal;font-size:20px;'
        'margin:0 0 25px;">Customer information</h3><table style="width:100%%;"><tr>'
        '<td style="width:50%%;vertical-align:top;padding-bottom:40px;"><h4 style="font-weight:'
        '500;font-size:16px;color:#555;margin:0 0 5px;">Shipping address</h4><p style="color:'
        '#777;line-height:150%%;font-size:16px;margin:0;">%s</p></td>'
        '<td style="width:50%%;vertical-align:top;padding-bottom:40px;"><h4 style="font-weight:'
        '500;font-size:16px;color:#555;margin:0 0 5px;">Billing address</h4><p style="color:'
        '#777;line-height:150%%;font-size:16px;margin:0;">%s</p></td></tr>'
        '<tr><td style="vertical-align:top;"><h4 style="font-weight:500;font-size:16px;'
        'color:#555;margin:0 0 5px;">Shipping method</h4><p style="color:#777;font-size:16px;'
        'margin:0;">DPD Next Day</p></td><td style="vertical-align:top;"><h4 style="font-weight:'
        '500;font-size:16px;color:#555;margin:0 0 5px;">Payment</h4><p style="color:#777;'
        'font-size:16px;margin:0;">American Express ending with 1007 &mdash; <strong style="'
        'font-size:16px;color:#555;">%s</strong></p></td></tr></table>\n'
        '</td></tr></table></center></td></tr></table>\n'
        '<table class="row footer" style="width:100%%;border-top:1px solid #e5e5e5;"><tr>'
        '<td style="padding:35px 0;"><center><table class="container" style="width:560px;'
        'text-align:left;margin:0 auto;"><tr><td><p style="color:#999;line-height:150%%;'
        'font-size:14px;margin:0;">If you have any questions, reply to this email or contact'
        ' us at <a href="mailto:support@thepihut.com" style="font-size:14px;text-decoration:'
        'none;color:#c51a4a;">support@thepihut.com</a></p></td></tr></table></center></td>'
        '</tr></table>\n<img src="%s/tools/emails/open/order_confirmation/%s" alt=""'
        ' style="height:0!important;width:0!important;">\n'
        '</td></tr></table>\n</body>\n</html>\n' % (
            order, r.randint(1600000000, 1715000000), order, view.replace('&', '&amp;'), shop,
            rows, gbp(sub).replace('\u00a3', '&pound;'), gbp(ship).replace('\u00a3', '&pound;'),
            gbp(total).replace('\u00a3', '&pound;'), gbp(vat).replace('\u00a3', '&pound;'),
            '<br>'.join(addr_lines), '<br>'.join(addr_lines),
            gbp(total).replace('\u00a3', '&pound;'), shop, rhex(r, 32)))
    pitems = [
        ('r', 0, 770, 596, 72, 0.93),
        ('t', 40, 800, 22, True, 'The Pi Hut'),
        ('t', 400, 806, 16, True, 'INVOICE'),
        ('t', 400, 788, 9, False, 'Invoice no.: INV-%s' % order[3:]),
        ('t', 400, 776, 9, False, 'Order: #%s' % order),
        ('t', 40, 740, 9, False, 'Invoice date: 09/05/2024    Tax point: 09/05/2024'),
        ('t', 40, 715, 10, True, 'Bill to'),
    ]
    y = 700
    for ln in addr_lines:
        pitems.append(('t', 40, y, 9, False, ln))
        y -= 12
    pitems += [('l', 40, 620, 555, 620),
               ('t', 40, 606, 9, True, 'Item'), ('t', 360, 606, 9, True, 'Qty'),
               ('t', 400, 606, 9, True, 'Unit price'), ('t', 480, 606, 9, True, 'Amount'),
               ('l', 40, 598, 555, 598)]
    y = 584
    for n, q, p in items:
        pitems += [('t', 40, y, 9, False, n), ('t', 360, y, 9, False, str(q)),
                   ('t', 400, y, 9, False, gbp(p)), ('t', 480, y, 9, False, gbp(q * p))]
        y -= 16
    pitems += [('t', 40, y, 9, False, 'Shipping - DPD Next Day'),
               ('t', 480, y, 9, False, gbp(ship)), ('l', 40, y - 8, 555, y - 8),
               ('t', 380, y - 26, 9, False, 'Net amount'),
               ('t', 480, y - 26, 9, False, gbp(total - vat)),
               ('t', 380, y - 40, 9, False, 'VAT 20%'),
               ('t', 480, y - 40, 9, False, gbp(vat)),
               ('t', 380, y - 56, 10, True, 'Total paid'),
               ('t', 480, y - 56, 10, True, gbp(total)),
               ('t', 40, y - 100, 9, False, 'Paid by card (American Express ending 1007)'
                ' on 09/05/2024. Thank you for your order.'),
               ('t', 40, 60, 8, False, 'The Pi Hut - support@thepihut.com -'
                ' VAT Reg. No. GB 284 1937 06')]
    pdfdata = pdf(r, pitems, 'Invoice INV-' + order[3:], 'The Pi Hut', 'Shopify',
                  'Order Printer Pro', "D:20240509091241+01'00'")
    ab = '--==_mimepart_%s_%s' % (rhex(r, 13), rdig(r, 6))
    mb = '--==_mimepart_%s_%s' % (rhex(r, 13), rdig(r, 6))
    part = multi('mixed', [
        multi('alternative', [
            text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
            text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
        ], ab, extra=[('Content-Transfer-Encoding', '7bit')]),
        attach(pdfdata, 'application/pdf', 'Invoice-%s.pdf' % order,
               extra=[('Content-ID', '<%s@%s.mail>' % (rhex(r, 13), rhex(r, 12)))],
               order=('ct', 'cte', 'cd')),
    ], mb, extra=[('Content-Transfer-Encoding', '7bit')])
    d1 = Dkim(r, 'thepihut.com', 'shopify', 'from:reply-to:to:subject:date:message-id:'
              'mime-version:content-type:feedback-id:list-unsubscribe', t=t0)
    d2 = Dkim(r, 'shopifyemail.com', 's1', 'from:reply-to:to:subject:date:message-id:'
              'mime-version:content-type:feedback-id:list-unsubscribe', t=t0)
    ip = '23.227.%d.%d' % (r.randint(32, 63), r.randint(2, 250))
    mf = 'bounces+%s@shops.shopifyemail.com' % rhex(r, 24)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('thepihut.com', 'quarantine')),
        rx_mx(r, 'mail%d.shopifyemail.com' % r.randint(10, 99), ip,
              t0 + timedelta(seconds=4), tls=TLS13_128),
        ('Received', 'from shopify.com (localhost [127.0.0.1])\n\tby'
         ' smtp-outbound.shopify.com with ESMTP id %s\n\tfor <%s>; %s' % (
             rhex(r, 16), ME, fdate(t0 + timedelta(seconds=1), 'short'))),
        d1.hdr(), d2.hdr(),
        ('Date', fdate(loc)),
        ('From', 'The Pi Hut <support@thepihut.com>'),
        ('Reply-To', 'support@thepihut.com'),
        ('To', ME),
        ('Message-ID', '<%s_%s@shopify.mail>' % (rhex(r, 13), rhex(r, 10))),
        ('Subject', 'Order #%s confirmed' % order),
        ('Mime-Version', '1.0'),
        ('MIME', None),
        ('Feedback-ID', '%d:order_confirmation:shopify' % r.randint(1000000, 9999999)),
        ('X-Shopify-Email-Type', 'order_confirmation'),
    ]
    return build(h, part)


# d30 -- shipping notice with tracking (UPS)

def m30(r):
    t0 = T(2024, 5, 13, 14, 12, 33)
    loc = us(t0, -5)
    trk = '1Z' + rs(r, 6, UPNUM) + '68' + rdig(r, 8)
    url = 'https://www.ups.com/track?loc=en_GB&tracknum=%s&requester=QUIC&WT.mc_id=' \
          'VSM_QCPDM_DELIVERY' % trk
    mcs = 'https://www.ups.com/mcs/emails/%s?loc=en_GB' % rb64url(r, 24)
    rows = [('Tracking Number', trk), ('Ship To', 'UNIVERSITY OF EASTMOOR<br>EASTMOOR<br>GB'),
            ('Number of Packages', '1'), ('UPS Service', 'UPS Express Saver&reg;'),
            ('Package Weight', '2.3 KGS'), ('Reference Number', 'RMA-5511873')]
    txt = (
        'UPS Update: Package Scheduled for Delivery Tuesday, 14/05/2024\n\n'
        'Hello, your package is scheduled for delivery.\n\n'
        'Scheduled Delivery Date: Tuesday, 14/05/2024\n'
        'Estimated Time: 10:45 - 14:45\n\n'
        'Shipped From: SYNOLOGY UK LTD\n\n'
        'Tracking Number: %s\n'
        'Ship To: UNIVERSITY OF EASTMOOR, EASTMOOR, GB\n'
        'Number of Packages: 1\nUPS Service: UPS Express Saver\n'
        'Package Weight: 2.3 KGS\nReference Number: RMA-5511873\n\n'
        'Track your package: %s\n\n'
        'Want to change your delivery? Choose a UPS Access Point location or'
        ' reschedule: %s\n\n'
        'Do not reply to this email: replies are not monitored. Delivery times'
        ' are estimates and may change.\n\n'
        '\u00a9 2024 United Parcel Service of America, Inc. UPS, the UPS'
        ' brandmark and the colour brown are trademarks of United Parcel Service'
        ' of America, Inc. All rights reserved.\n'
        'For information on UPS\'s privacy practices, see'
        ' https://www.ups.com/gb/en/support/shipping-support/legal-terms-conditions/'
        'privacy-notice.page\n' % (trk, url, mcs))
    trs = ''.join('<tr><td style="padding:6px 0;font-size:14px;color:#5f5753;width:45%%;">%s'
                  '</td><td style="padding:6px 0;font-size:14px;color:#121212;"><strong>%s'
                  '</strong></td></tr>\n' % (a, b if a != 'Tracking Number' else
                                            '<a href="%s" style="color:#426da9;">%s</a>' % (
                                                url.replace('&', '&amp;'), b))
                  for a, b in rows).replace('%%', '%')
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type"'
        ' content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width,'
        ' initial-scale=1.0" /><title>UPS Update</title></head>\n'
        '<body style="margin:0;padding:0;background-color:#f2f1f1;">\n'
        '<div style="display:none;max-height:0;overflow:hidden;">Your package is scheduled'
        ' for delivery Tuesday, 14/05/2024.</div>\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f2f1f1">'
        '<tr><td align="center" style="padding:20px 0;">\n'
        '<table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff"'
        ' style="font-family:Roboto,Arial,sans-serif;">\n'
        '<tr><td style="padding:20px 30px;border-bottom:4px solid #ffc400;"><img'
        ' src="https://www.ups.com/assets/resources/images/UPS_logo.svg" width="40" height="47"'
        ' alt="UPS" /></td></tr>\n'
        '<tr><td style="padding:30px 30px 10px 30px;"><h1 style="margin:0;font-size:26px;'
        'color:#121212;font-weight:700;">Your package is scheduled for delivery</h1></td></tr>\n'
        '<tr><td style="padding:10px 30px;"><table width="100%" cellpadding="0" cellspacing="0"'
        ' border="0" style="background-color:#f7f7f7;border-left:6px solid #ffc400;"><tr>'
        '<td style="padding:16px 20px;font-size:14px;color:#5f5753;">Scheduled Delivery Date'
        '<br><span style="font-size:22px;color:#121212;font-weight:700;">Tuesday, 14/05/2024'
        '</span><br>Estimated Time: 10:45 - 14:45</td></tr></table></td></tr>\n'
        '<tr><td style="padding:10px 30px;font-size:14px;color:#121212;">Shipped From:'
        ' <strong>SYNOLOGY UK LTD</strong></td></tr>\n'
        '<tr><td align="center" style="padding:20px 30px;"><a href="' + url.replace('&', '&amp;') +
        '" style="background-color:#ffc400;border-radius:24px;color:#121212;display:inline-block;'
        'font-size:16px;font-weight:700;padding:12px 36px;text-decoration:none;">Track Your'
        ' Package</a>&nbsp;&nbsp;<a href="' + mcs + '" style="border:2px solid #426da9;'
        'border-radius:24px;color:#426da9;display:inline-block;font-size:16px;font-weight:700;'
        'padding:10px 28px;text-decoration:none;">Change My Delivery</a></td></tr>\n'
        '<tr><td style="padding:10px 30px 30px 30px;"><table width="100%" cellpadding="0"'
        ' cellspacing="0" border="0">\n' + trs + '</table></td></tr>\n'
        '<tr><td style="padding:20px 30px;background-color:#351c15;font-size:12px;color:#dfdbd7;'
        'line-height:18px;">Do not reply to this email: replies are not monitored. Delivery'
        ' times are estimates and may change.<br><br>&copy; 2024 United Parcel Service of'
        ' America, Inc. UPS, the UPS brandmark and the colour brown are trademarks of United'
        ' Parcel Service of America, Inc. All rights reserved.<br><a href="https://www.ups.com/'
        'gb/en/support/shipping-support/legal-terms-conditions/privacy-notice.page"'
        ' style="color:#ffffff;">Privacy Notice</a> | <a href="https://www.ups.com/gb/en/'
        'support/contact-us.page" style="color:#ffffff;">Contact UPS</a></td></tr>\n'
        '</table>\n</td></tr></table>\n</body></html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='base64', ctype='text/html; charset=UTF-8'),
    ], bnd)
    dk = Dkim(r, 'ups.com', 'upsmcs2', 'From:To:Subject:Date:Message-ID:MIME-Version:'
              'Content-Type', t=t0)
    ip = '153.2.%d.%d' % (r.randint(180, 190), r.randint(2, 250))
    mf = 'mcinfo-bounces@ups.com'
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('ups.com')),
        rx_mx(r, 'pz%d-mta%d.ups.com' % (r.randint(1, 4), r.randint(1, 9)), ip,
              t0 + timedelta(seconds=17), tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
        ('Received', 'from mcs-notify-%02d.ups.com (mcs-notify-%02d.ups.com [10.%d.%d.%d])\n\t'
         'by pz-mta.ups.com (8.16.1/8.16.1) with ESMTP id 44DE%s\n\tfor <%s>; %s' % (
             r.randint(1, 30), r.randint(1, 30), r.randint(0, 255), r.randint(0, 255),
             r.randint(1, 254), rs(r, 8), ME, fdate(loc))),
        dk.hdr(),
        ('Date', fdate(loc)),
        ('From', 'UPS <mcinfo@ups.com>'),
        ('To', ME),
        ('Message-ID', '<%d.%d.%d@mcs-notify.ups.com>' % (r.randint(100000000, 999999999),
                                                          r.randint(100, 999), epoch(t0) * 1000)),
        ('Subject', 'UPS Update: Package Scheduled for Delivery Tuesday, 14/05/2024'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
    ]
    return build(h, part)


# d31 -- airline check-in reminder (KLM)

def m31(r):
    t0 = T(2024, 10, 14, 0, 5, 12)
    loc = eu(t0, 1)
    pnr = rs(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')
    ck = 'https://www.klm.co.uk/check-in?bookingCode=%s&lastName=HOLT&utm_source=' \
         'transactional&utm_medium=email&utm_campaign=checkin_open' % pnr
    legs = [('Tue 15 Oct', 'KL1074', 'Manchester (MAN)', '06:00', 'Amsterdam (AMS)', '08:20'),
            ('Tue 15 Oct', 'KL1841', 'Amsterdam (AMS)', '09:40', 'Vienna (VIE)', '11:35')]
    txt = ('Check in now for your flight to Vienna\n\n'
           'Dear Ms Holt,\n\n'
           'Online check-in for your trip is open. Check in now, choose your seat'
           ' and get your boarding pass on your phone.\n\n'
           'Booking code: %s\n\n' % pnr
           + ''.join('%s  %s  %s %s -> %s %s\n' % l for l in legs) +
           '\nCheck in: %s\n\n'
           'Travelling with hold baggage? Drop it off at the KLM bag drop at'
           ' Manchester Airport Terminal 1 at least 60 minutes before departure.\n\n'
           'Please check the entry requirements for Austria before you travel.\n\n'
           'Have a pleasant flight,\nKLM Royal Dutch Airlines\n\n'
           'This is an automated message, please do not reply. KLM Royal Dutch'
           ' Airlines, Amsterdamseweg 55, 1182 GP Amstelveen, the Netherlands.\n'
           'Privacy policy: https://www.klm.co.uk/information/legal/privacy-policy\n' % ck)
    lh = ''.join(
        '<tr><td style="padding:12px 16px;border-bottom:1px solid #e6eef5;font-size:14px;'
        'color:#003145;"><b>%s</b> &middot; %s<br><span style="font-size:20px;font-weight:bold;">'
        '%s</span> %s &rarr; <span style="font-size:20px;font-weight:bold;">%s</span> %s</td>'
        '</tr>\n' % (d, f, t1, a1, t2, a2) for d, f, a1, t1, a2, t2 in legs)
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport"'
        ' content="width=device-width,initial-scale=1"><title>Check in now</title></head>\n'
        '<body style="margin:0;padding:0;background:#e6eef5;">\n'
        '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">Your boarding'
        ' pass is only a few taps away.</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"'
        ' bgcolor="#e6eef5"><tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"'
        ' style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;">\n'
        '<tr><td style="background:#00a1de;padding:20px 24px;"><img src="https://img.klm.com/'
        'email/logo/klm-logo-white.png" width="80" height="32" alt="KLM" style="display:block;">'
        '</td></tr>\n'
        '<tr><td><img src="https://img.klm.com/email/hero/checkin-vienna-600x240.jpg" width="600"'
        ' height="240" alt="" style="display:block;"></td></tr>\n'
        '<tr><td style="padding:24px 24px 8px 24px;font-size:26px;font-weight:bold;color:#003145;">'
        'Check in now for your flight to Vienna</td></tr>\n'
        '<tr><td style="padding:8px 24px 16px 24px;font-size:15px;line-height:22px;color:#003145;">'
        'Dear Ms Holt,<br><br>Online check-in for your trip is open. Check in now, choose your'
        ' seat and get your boarding pass on your phone.</td></tr>\n'
        '<tr><td style="padding:0 24px;font-size:13px;color:#5a6e7f;">Booking code <b style="'
        'color:#003145;letter-spacing:1px;">' + pnr + '</b></td></tr>\n'
        '<tr><td style="padding:8px 24px;"><table role="presentation" width="100%" cellpadding="0"'
        ' cellspacing="0" border="0" style="border:1px solid #e6eef5;">\n' + lh + '</table></td>'
        '</tr>\n'
        '<tr><td align="center" style="padding:24px;"><a href="' + ck.replace('&', '&amp;') +
        '" style="background:#e37222;border-radius:24px;color:#ffffff;display:inline-block;'
        'font-size:16px;font-weight:bold;padding:14px 40px;text-decoration:none;">Check in</a>'
        '</td></tr>\n'
        '<tr><td style="padding:0 24px 24px 24px;font-size:14px;line-height:20px;color:#003145;">'
        'Travelling with hold baggage? Drop it off at the KLM bag drop at Manchester Airport'
        ' Terminal 1 at least 60 minutes before departure.<br><br>Please check the entry'
        ' requirements for Austria before you travel.</td></tr>\n'
        '<tr><td style="background:#003145;padding:20px 24px;font-size:11px;line-height:16px;'
        'color:#b9cad8;">This is an automated message, please do not reply. KLM Royal Dutch'
        ' Airlines, Amsterdamseweg 55, 1182 GP Amstelveen, the Netherlands.<br><a href="https://'
        'www.klm.co.uk/information/legal/privacy-policy" style="color:#ffffff;">Privacy policy'
        '</a></td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')
    bnd = '=_%s' % rhex(r, 32)
    part = multi('alternative', [
        text(txt, cte='8bit', ctype='text/plain; charset=utf-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=utf-8'),
    ], bnd)
    dk = Dkim(r, 'service.klm.com', 'klm2024', 'from:to:subject:date:message-id:'
              'mime-version:content-type', t=t0)
    ip = '185.%d.%d.%d' % (r.randint(40, 47), r.randint(0, 255), r.randint(2, 250))
    mf = 'bounce-%s@service.klm.com' % rhex(r, 20)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('service.klm.com')),
        rx_mx(r, 'mta%d.service.klm.com' % r.randint(1, 12), ip, t0 + timedelta(seconds=8),
              tls=TLS13),
        hop('klm-notify-%02d.service.klm.com ([10.%d.%d.%d])' % (r.randint(1, 20),
            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            'mta.service.klm.com', loc + timedelta(seconds=2), idv=rHEX(r, 16), rcpt=ME),
        dk.hdr(),
        ('From', 'KLM Royal Dutch Airlines <noreply@service.klm.com>'),
        ('To', 'Maren Holt <%s>' % ME),
        ('Subject', 'Check in now for your flight to Vienna'),
        ('Date', fdate(loc)),
        ('Message-ID', '<%s.%s@service.klm.com>' % (rhex(r, 24), pnr)),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Campaign', 'TRX_CHECKIN_OPEN_T30'),
    ]
    return build(h, part)



# d32 -- card transaction alert (American Express), no credentials asked

def m32(r):
    t0 = T(2024, 5, 9, 8, 13, 26)
    loc = t0.astimezone(tz(-420))
    home = 'https://www.americanexpress.com/en-gb/account/login?inav=gb_utility_login' \
           '&DestPage=%2Fdashboard&extlink=em-gb-alert-lpa'
    txt = (
        'American Express\n\n'
        'Large Purchase Approved\n\n'
        'Dear Maren Holt,\n\n'
        'As you requested, we are letting you know that a purchase above your'
        ' alert amount of \u00a3250.00 has been approved on your Card.\n\n'
        'Card: Corporate Green Card ending 41007\n'
        'Merchant: THE PI HUT\n'
        'Amount: \u00a3460.00\n'
        'Date: 9 May 2024\n\n'
        'No action is needed if you recognise this purchase. If you don\'t,'
        ' please call the number on the back of your Card or review your recent'
        ' transactions in the Amex App.\n\n'
        'We will never ask you for your PIN, your full password or one-time'
        ' codes by email.\n\n'
        'Manage your alerts: %s\n\n'
        'This customer service email was sent to you by American Express.'
        ' You are receiving it because you set up account alerts.\n'
        'American Express Services Europe Limited, registered office: Belgrave'
        ' House, 76 Buckingham Palace Road, London SW1W 9AX.\n' % home)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>\n'
        '<body style="margin:0;padding:0;background-color:#f7f8f9;">\n'
        '<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;'
        'opacity:0;overflow:hidden;">A purchase of &pound;460.00 at THE PI HUT was approved.'
        '</div>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f7f8f9"><tr>'
        '<td align="center">\n<table width="600" cellpadding="0" cellspacing="0" border="0"'
        ' bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333;">\n'
        '<tr><td style="padding:24px;border-bottom:1px solid #ecedee;"><img src="https://www.'
        'aexp-static.com/cdaas/one/statics/axp-static-assets/1.8.0/package/dist/img/logos/'
        'dls-logo-bluebox-solid.svg" width="60" height="60" alt="American Express"></td></tr>\n'
        '<tr><td style="padding:24px 24px 8px 24px;font-size:24px;color:#006fcf;">Large Purchase'
        ' Approved</td></tr>\n'
        '<tr><td style="padding:8px 24px;font-size:15px;line-height:22px;">Dear Maren Holt,<br>'
        '<br>As you requested, we are letting you know that a purchase above your alert amount'
        ' of &pound;250.00 has been approved on your Card.</td></tr>\n'
        '<tr><td style="padding:8px 24px;"><table width="100%" cellpadding="8" cellspacing="0"'
        ' border="0" style="background-color:#f7f8f9;font-size:14px;">\n'
        '<tr><td style="color:#53565a;">Card</td><td align="right">Corporate Green Card ending'
        ' <b>41007</b></td></tr>\n'
        '<tr><td style="color:#53565a;">Merchant</td><td align="right"><b>THE PI HUT</b></td></tr>\n'
        '<tr><td style="color:#53565a;">Amount</td><td align="right"><b>&pound;460.00</b></td></tr>\n'
        '<tr><td style="color:#53565a;">Date</td><td align="right">9 May 2024</td></tr>\n'
        '</table></td></tr>\n'
        '<tr><td style="padding:16px 24px;font-size:14px;line-height:21px;">No action is needed'
        ' if you recognise this purchase. If you don&rsquo;t, please call the number on the back'
        ' of your Card or review your recent transactions in the Amex App.<br><br><b>We will'
        ' never ask you for your PIN, your full password or one-time codes by email.</b></td>'
        '</tr>\n'
        '<tr><td style="padding:8px 24px 24px 24px;"><a href="' + home.replace('&', '&amp;') +
        '" style="color:#006fcf;font-size:14px;">Manage your alerts</a></td></tr>\n'
        '<tr><td style="padding:16px 24px;background-color:#f7f8f9;font-size:11px;line-height:'
        '16px;color:#53565a;">This customer service email was sent to you by American Express.'
        ' You are receiving it because you set up account alerts.<br>American Express Services'
        ' Europe Limited, registered office: Belgrave House, 76 Buckingham Palace Road, London'
        ' SW1W 9AX.</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=utf-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=utf-8'),
    ], bnd)
    dk = Dkim(r, 'welcome.americanexpress.com', 'aexp2048', 'From:To:Subject:Date:'
              'Message-ID:MIME-Version:Content-Type', t=t0)
    ip = '148.%d.%d.%d' % (r.randint(171, 173), r.randint(0, 255), r.randint(2, 250))
    mf = 'bounce-%s@welcome.americanexpress.com' % rhex(r, 16)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('welcome.americanexpress.com')),
        rx_mx(r, 'mta%d.welcome.americanexpress.com' % r.randint(1, 20), ip,
              t0 + timedelta(seconds=3), tls=TLS12()),
        hop('amex-alerts-app%02d (unknown [10.%d.%d.%d])' % (r.randint(1, 20),
            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            'mta.welcome.americanexpress.com', loc + timedelta(seconds=1),
            idv=rHEX(r, 12), rcpt=ME, style='short', zone='MST'),
        dk.hdr(),
        ('Date', fdate(loc, 'short', 'MST')),
        ('From', 'American Express <AmericanExpress@welcome.americanexpress.com>'),
        ('Reply-To', 'American Express <DoNotReply@welcome.americanexpress.com>'),
        ('To', ME),
        ('Message-ID', '<%d.%d.%d.JavaMail.alerts@amex-alerts-%02d>' % (
            r.randint(100000000, 999999999), r.randint(1000, 99999), epoch(t0) * 1000,
            r.randint(1, 20))),
        ('Subject', 'Large Purchase Approved'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
    ]
    return build(h, part)


# d33 -- utility e-bill ready (Octopus Energy, via Postmark)

def m33(r):
    t0 = T(2026, 1, 7, 9, 30, 5)
    acct = 'A-' + rHEX(r, 8)
    dash = 'https://octopus.energy/dashboard/new/accounts/%s/bills?utm_source=' \
           'bill_email&utm_medium=email' % acct
    txt = (
        'Hi Maren,\n\n'
        'Your latest bill for Eastmoor Field Station is ready.\n\n'
        'Account: %s\n'
        'Supply address: Eastmoor Field Station, Upper Dale Road, EM9 2LQ\n'
        'Billing period: 1 December 2025 - 31 December 2025\n\n'
        'Electricity used: 5,412 kWh\n'
        'Charges this period: \u00a31,284.66 (incl. VAT at 20%%)\n'
        'Balance after this bill: \u00a30.00 in credit\n\n'
        'We\'ll collect \u00a31,284.66 by Direct Debit on or just after 22'
        ' January 2026. You don\'t need to do anything.\n\n'
        'View your bill: %s\n\n'
        'Your half-hourly readings show that 38%% of this month\'s usage fell'
        ' between 00:00 and 07:00 - mostly the server room, we\'d guess!\n\n'
        'Any questions? Just reply to this email and our team will get back to'
        ' you.\n\n'
        'Cheers,\nThe Octopus Energy for Business team\n\n'
        'Octopus Energy Ltd, UK House, 5th Floor, 164-182 Oxford Street,'
        ' London W1D 1NN. Registered in England and Wales no. 09263424.\n'
        % (acct, dash))
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<title>Your latest bill</title>\n</head>\n'
        '<body style="margin:0;padding:0;background-color:#100030;">\n'
        '<div style="display:none;max-height:0;overflow:hidden;">Your December bill for Eastmoor'
        ' Field Station: &pound;1,284.66, collected by Direct Debit.</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"'
        ' style="background-color:#100030;"><tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"'
        ' style="background-color:#180048;border-radius:16px;font-family:Arial,Helvetica,'
        'sans-serif;color:#ffffff;">\n'
        '<tr><td style="padding:32px 32px 0 32px;"><img src="https://octopus.energy/static/'
        'consumer/images/email/octopus-logo-white.png" width="180" height="38"'
        ' alt="Octopus Energy" style="display:block;"></td></tr>\n'
        '<tr><td style="padding:32px 32px 8px 32px;font-size:28px;font-weight:bold;">Your'
        ' latest bill is ready</td></tr>\n'
        '<tr><td style="padding:8px 32px;font-size:16px;line-height:24px;">Hi Maren,<br>'
        'here&rsquo;s your December bill for <b>Eastmoor Field Station</b>.</td></tr>\n'
        '<tr><td style="padding:16px 32px;"><table role="presentation" width="100%"'
        ' cellpadding="10" cellspacing="0" border="0" style="background-color:#2d1a5e;'
        'border-radius:8px;font-size:15px;">\n'
        '<tr><td style="color:#c4bce4;">Account</td><td align="right">' + acct + '</td></tr>\n'
        '<tr><td style="color:#c4bce4;">Billing period</td><td align="right">1&ndash;31 Dec'
        ' 2025</td></tr>\n'
        '<tr><td style="color:#c4bce4;">Electricity used</td><td align="right">5,412 kWh</td>'
        '</tr>\n'
        '<tr><td style="color:#c4bce4;">Charges (incl. VAT)</td><td align="right"><b>'
        '&pound;1,284.66</b></td></tr>\n'
        '<tr><td style="color:#c4bce4;">Direct Debit date</td><td align="right">22 Jan 2026'
        '</td></tr>\n</table></td></tr>\n'
        '<tr><td align="center" style="padding:24px 32px;"><a href="' + dash.replace('&', '&amp;') +
        '" style="background-color:#f050f8;border-radius:24px;color:#100030;display:inline-block;'
        'font-size:16px;font-weight:bold;padding:14px 36px;text-decoration:none;">View your'
        ' bill</a></td></tr>\n'
        '<tr><td style="padding:0 32px 32px 32px;font-size:15px;line-height:22px;color:#e4e0f5;">'
        'Your half-hourly readings show that 38% of this month&rsquo;s usage fell between 00:00'
        ' and 07:00 &ndash; mostly the server room, we&rsquo;d guess!<br><br>Any questions?'
        ' Just reply to this email and our team will get back to you.<br><br>Cheers,<br>The'
        ' Octopus Energy for Business team</td></tr>\n'
        '</table>\n<table role="presentation" width="600" cellpadding="0" cellspacing="0"'
        ' border="0"><tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:'
        '11px;line-height:16px;color:#8f86b3;">Octopus Energy Ltd, UK House, 5th Floor,'
        ' 164-182 Oxford Street, London W1D 1NN. Registered in England and Wales no. 09263424.'
        '</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n')
    bnd = 'mk3-%s' % rhex(r, 32)
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
    ], bnd)
    d1 = Dkim(r, 'octopus.energy', '20240115pm', 'From:Date:Subject:Message-Id:'
              'Reply-To:To:MIME-Version:Content-Type:Content-Transfer-Encoding', t=t0)
    d2 = Dkim(r, 'pm.mtasv.net', 'pm20231', 'Date:From:Message-Id:Reply-To:'
              'Subject:To:Feedback-ID:MIME-Version:Content-Type', t=t0)
    ip = '104.245.209.%d' % r.randint(192, 250)
    mf = 'pm_bounces@pm-bounces.octopus.energy'
    pmid = ruuid(r)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('octopus.energy', 'quarantine')),
        rx_mx(r, 'mta-%s.mtasv.net' % ip.split('.')[-1], ip, t0 + timedelta(seconds=1),
              tls=TLS13_PQ),
        hop('%s (unknown [10.%d.%d.%d])' % (rhex(r, 8), r.randint(0, 255), r.randint(0, 255),
            r.randint(1, 254)), 'mta-%s.mtasv.net (Postfix)' % ip.split('.')[-1], t0,
            idv=pfqid(r), rcpt=ME, style='postfix', zone='UTC'),
        d1.hdr(), d2.hdr(),
        ('Date', fdate(t0, 'short')),
        ('From', 'Octopus Energy <hello@octopus.energy>'),
        ('Reply-To', 'business@octopus.energy'),
        ('Message-Id', '<%s@mtasv.net>' % pmid),
        ('Subject', 'Your latest bill for Eastmoor Field Station is ready'),
        ('To', 'Maren Holt <%s>' % ME),
        ('MIME-Version', '1.0'),
        ('X-PM-RCPT', '|bTB8NTkxNDgzfDExNjIwOTI0fG1hcmVuLmhvbHRAdW5pdi5leGFtcGxl|'),
        ('X-PM-Message-Id', pmid),
        ('X-PM-Tag', 'bill-ready'),
        ('Feedback-ID', 's%d-%s:s%d:a%d:postmark' % (r.randint(1000000, 9999999),
                                                    rb64(r, 6), r.randint(1000000, 9999999),
                                                    r.randint(100000, 999999))),
        ('X-Complaints-To', 'abuse@postmarkapp.com'),
        ('MIME', None),
    ]
    return build(h, part)


# d34 -- security newsletter from an ESP (SANS NewsBites via Marketing Cloud)

def m34(r):
    t0 = T(2025, 10, 21, 19, 2, 44)
    loc = us(t0, -6)
    job = '%d_%d' % (r.randint(100000000, 199999999), r.randint(1000000, 9999999))
    mid = '100021523'

    def click():
        return 'https://click.e.sans.org/?qs=' + rhex(r, 144)
    img = 'https://image.e.sans.org/lib/fe3e15707564047e7d1c77/m/1/'
    stories = [
        ('Credential-stuffing wave hits campus VPN portals',
         'Several universities in Europe and North America reported sustained'
         ' password-spraying against SSL VPN portals over the weekend, using'
         ' address lists scraped from public staff directories. Attempts were'
         ' spread across thousands of residential proxy addresses to stay under'
         ' lockout thresholds.',
         '[Editor Vasquez] Lockout policies alone will not save you here. Put'
         ' phishing-resistant MFA in front of every remote-access portal, and'
         ' alert on successful logins from residential proxy ranges.'),
        ('Browser update fixes actively exploited memory bug',
         'A stable-channel browser update released Thursday fixes a type'
         ' confusion flaw in the JavaScript engine that the vendor says is being'
         ' exploited. Enterprise admins can push the update through the usual'
         ' management policies; a restart is required.',
         '[Editor Lindqvist] Check how long your fleet actually takes to'
         ' restart browsers after an update. In our experience the answer is'
         ' "weeks" unless you force it.'),
        ('Regional hospital network confirms data theft after ransomware attack',
         'A hospital group serving four counties confirmed that patient and'
         ' staff records were copied before systems were encrypted. Clinical'
         ' services ran on paper for nine days.',
         '[Editor Mbeki] Exercise the downtime procedures before you need them,'
         ' and make sure backups of identity systems are offline and tested.'),
        ('Survey: many universities still lack phishing-resistant MFA for admins',
         'An industry survey of 230 higher-education IT departments found that'
         ' fewer than half enforce FIDO2 or certificate-based MFA for privileged'
         ' accounts. Cost and legacy SSH workflows were the most cited blockers.',
         '[Editor Vasquez] Start with the domain admins and the hypervisor'
         ' consoles. Hardware keys cost far less than an incident.'),
    ]
    pre = ('Credential-stuffing against campus VPNs; browser zero-day fixed;'
           ' hospital ransomware; MFA gaps in higher education')
    links = [click() for _ in stories]
    txt = ('SANS NewsBites\nVolume XXVII, Issue 82 | Tuesday, October 21, 2025\n\n'
           'View in browser: %s\n\n'
           'TOP OF THE NEWS\n\n' % click())
    for (t, b, c), l in zip(stories, links):
        txt += '--%s\n(October 20, 2025)\n%s\n%s\nRead more: %s\n\n' % (t, b, c, l)
    txt += ('INTERNET STORM CENTER TECH CORNER\n\n'
            '  * Decoding obfuscated PowerShell in a recent phishing attachment: %s\n'
            '  * Scans for exposed printer management interfaces up sharply: %s\n\n'
            'SANS TRAINING\n\n  * SEC401: Security Essentials - Live Online, November'
            ' 2025: %s\n\n'
            '--\nYou are receiving this email because you subscribed to SANS'
            ' NewsBites with %s.\nManage your subscriptions: %s\n'
            'Unsubscribe from this newsletter: %s\n\n'
            'SANS Institute, 11200 Rockville Pike, Suite 200, North Bethesda, MD'
            ' 20852, USA\n' % (click(), click(), click(), ME, click(), click()))
    sh = ''
    for (t, b, c), l in zip(stories, links):
        sh += (
            '<tr><td style="padding:20px 30px 0 30px;">\n'
            '<a href="%s" style="font-family:Arial,sans-serif;font-size:18px;font-weight:bold;'
            'color:#0b3b66;text-decoration:none;">%s</a>\n'
            '<p style="font-family:Arial,sans-serif;font-size:12px;color:#777777;margin:4px 0 8px'
            ' 0;">October 20, 2025</p>\n'
            '<p style="font-family:Georgia,serif;font-size:15px;line-height:23px;color:#222222;'
            'margin:0 0 10px 0;">%s</p>\n'
            '<p style="font-family:Georgia,serif;font-size:14px;line-height:21px;color:#444444;'
            'margin:0;padding:10px 14px;background-color:#f2f6fa;border-left:3px solid #1d70b8;">'
            '<i>%s</i></p>\n</td></tr>\n' % (l, t, b, c))
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<title>SANS NewsBites</title>\n'
        '<style type="text/css">\n'
        '  body { margin: 0; padding: 0; -webkit-text-size-adjust: 100%; }\n'
        '  table, td { border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }\n'
        '  @media only screen and (max-width: 620px) {\n'
        '    .container { width: 100% !important; }\n'
        '    .mobile-pad { padding-left: 16px !important; padding-right: 16px !important; }\n'
        '  }\n</style>\n</head>\n'
        '<body style="margin:0;padding:0;background-color:#e9edf1;">\n'
        '<div style="display:none;font-size:1px;color:#e9edf1;line-height:1px;max-height:0px;'
        'max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">' + pre +
        '&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#e9edf1">'
        '<tr><td align="center">\n'
        '<table class="container" width="640" cellpadding="0" cellspacing="0" border="0"'
        ' bgcolor="#ffffff">\n'
        '<tr><td style="padding:8px 30px;font-family:Arial,sans-serif;font-size:11px;'
        'color:#777777;text-align:right;"><a href="' + click() + '" style="color:#777777;">'
        'View in browser</a></td></tr>\n'
        '<tr><td style="background-color:#0b3b66;padding:20px 30px;"><a href="' + click() +
        '"><img src="' + img + 'SANS_NewsBites_header_640.png" width="580" height="70"'
        ' alt="SANS NewsBites" style="display:block;border:0;"></a></td></tr>\n'
        '<tr><td class="mobile-pad" style="padding:16px 30px 0 30px;font-family:Arial,'
        'sans-serif;font-size:13px;color:#555555;">Volume XXVII, Issue 82 &nbsp;|&nbsp;'
        ' Tuesday, October 21, 2025</td></tr>\n'
        '<tr><td style="padding:24px 30px 0 30px;font-family:Arial,sans-serif;font-size:13px;'
        'font-weight:bold;letter-spacing:1px;color:#1d70b8;border-bottom:1px solid #d6dde4;">'
        'TOP OF THE NEWS</td></tr>\n' + sh +
        '<tr><td style="padding:28px 30px 0 30px;font-family:Arial,sans-serif;font-size:13px;'
        'font-weight:bold;letter-spacing:1px;color:#1d70b8;">INTERNET STORM CENTER TECH CORNER'
        '</td></tr>\n'
        '<tr><td style="padding:8px 30px;font-family:Georgia,serif;font-size:15px;line-height:'
        '23px;"><a href="' + click() + '" style="color:#0b3b66;">Decoding obfuscated PowerShell'
        ' in a recent phishing attachment</a><br><a href="' + click() + '" style="color:#0b3b66;">'
        'Scans for exposed printer management interfaces up sharply</a></td></tr>\n'
        '<tr><td style="padding:24px 30px;"><table width="100%" cellpadding="0" cellspacing="0"'
        ' border="0" bgcolor="#f7f2e6"><tr><td style="padding:16px;font-family:Arial,sans-serif;'
        'font-size:14px;color:#222222;"><b>SEC401: Security Essentials</b> &ndash; Live Online,'
        ' November 2025<br><a href="' + click() + '" style="display:inline-block;margin-top:10px;'
        'background-color:#c8102e;color:#ffffff;padding:8px 18px;border-radius:3px;'
        'text-decoration:none;font-weight:bold;">Register now</a></td></tr></table></td></tr>\n'
        '<tr><td style="padding:20px 30px;background-color:#0b3b66;font-family:Arial,sans-serif;'
        'font-size:11px;line-height:17px;color:#c9d6e3;">You are receiving this email because'
        ' you subscribed to SANS NewsBites with ' + ME + '.<br><a href="' + click() +
        '" style="color:#ffffff;">Manage your subscriptions</a> &nbsp;|&nbsp; <a href="' +
        click() + '" style="color:#ffffff;">Unsubscribe</a> &nbsp;|&nbsp; <a href="' + click() +
        '" style="color:#ffffff;">Privacy policy</a><br><br>SANS Institute, 11200 Rockville'
        ' Pike, Suite 200, North Bethesda, MD 20852, USA</td></tr>\n'
        '</table>\n</td></tr></table>\n'
        '<img src="https://click.e.sans.org/open.aspx?ffcb10-' + rhex(r, 60) +
        '" width="1" height="1" alt="">\n</body></html>\n')
    bnd = '----=_NextPart_%s_%s' % (rHEX(r, 3), rHEX(r, 16))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain;\n\tcharset="utf-8"'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html;\n\tcharset="utf-8"'),
    ], bnd, fold=True)
    d1 = Dkim(r, 'e.sans.org', '200608', 'From:To:Subject:Date:List-Unsubscribe:'
              'List-Unsubscribe-Post:MIME-Version:Reply-To:Message-ID:Content-Type', t=t0,
              i='newsbites@e.sans.org', c='relaxed/relaxed', bits=1024)
    d2 = Dkim(r, 's7.y.mc.salesforce.com', 'fbldkim7', 'From:To:Subject:Date:'
              'List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Reply-To:Message-ID:'
              'Content-Type', t=t0, bits=1024)
    ip = '13.111.%d.%d' % (r.randint(0, 127), r.randint(2, 250))
    subid = rdig(r, 9)
    mf = 'bounce-%s_HTML-%s-%s-%s-%d@bounce.e.sans.org' % (
        rdig(r, 4), subid, rdig(r, 7), mid, r.randint(100, 999))
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('e.sans.org', 'none')),
        rx_mx(r, 'mta.e.sans.org', ip, t0 + timedelta(seconds=11),
              tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
        d1.hdr(), d2.hdr(),
        ('Received', 'by mta.e.sans.org id %s for <%s>; %s' % (
            rs(r, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'), ME,
            fdate(loc, 'short', 'CDT'))),
        ('From', '"SANS NewsBites" <newsbites@e.sans.org>'),
        ('To', '<%s>' % ME),
        ('Subject', 'SANS NewsBites Vol. XXVII Issue 82: Credential stuffing hits campus VPNs;'
         '\n Browser zero-day fixed'),
        ('Date', fdate(loc)),
        ('List-Unsubscribe', '<https://click.e.sans.org/subscription_center.aspx?jwt=%s>,'
         ' <mailto:leave-%s@leave.e.sans.org>' % (rb64url(r, 90), rhex(r, 60))),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('MIME-Version', '1.0'),
        ('Reply-To', '"SANS Institute" <reply-%s-%s_HTML-%s-%s-%d@e.sans.org>' % (
            rhex(r, 24), rdig(r, 4), subid, mid, r.randint(100, 999))),
        ('List-Id', '<%s.xt.local>' % rdig(r, 10)),
        ('X-CSA-Complaints', 'csa-complaints@eco.de'),
        ('X-SFMC-Stack', '7'),
        ('x-job', '%s_%s' % (mid, job)),
        ('Message-ID', '<%s@ind1s07mta%d.xt.local>' % (ruuid(r), r.randint(1000, 1999))),
        ('Feedback-ID', '%s:%s:%s:sfmktg' % (mid, job.split('_')[1], ip)),
        ('MIME', None),
    ]
    return build(h, part)



# d35 -- tech vendor product update (Elastic, via Marketo)

def m35(r):
    t0 = T(2025, 11, 18, 16, 5, 31)
    loc = us(t0, -6)
    munchkin = '813-MAM-392'
    tok = 'ODEzLU1BTS0zOTIAAAG' + rb64url(r, 96)

    def go(path):
        return 'https://go.elastic.co/%s?mkt_tok=%s' % (path, tok)
    feats = [
        ('Faster ES|QL on large clusters',
         'Queries that aggregate over many shards now stream partial results'
         ' and use less heap, so dashboards built on ES|QL load noticeably'
         ' faster.', 'NDkyLVFTVy0'),
        ('Attack Discovery, now scheduled',
         'Elastic Security can run Attack Discovery on a schedule and send the'
         ' summary to your case management or chat tools.', 'NDkyLVFTVy1'),
        ('Simpler log onboarding',
         'Point the new onboarding flow at a host or a cloud account and get'
         ' parsed, dashboard-ready logs in a few minutes - no pipeline editing'
         ' needed.', 'NDkyLVFTVy2'),
    ]
    urls = [go(rb64url(r, 30)) for _ in feats]
    txt = ('What\'s new in Elastic 9.2\n\n'
           'Hi Maren,\n\n'
           'Elastic 9.2 is available now on Elastic Cloud and for download.'
           ' Here are three things we think you will like:\n\n')
    for (t, b, _), u in zip(feats, urls):
        txt += '%s\n%s\nLearn more: %s\n\n' % (t, b, u)
    rn = go(rb64url(r, 30))
    web = go(rb64url(r, 30))
    pref = go(rb64url(r, 30))
    uns = go(rb64url(r, 30))
    txt += ('Read the release notes: %s\n\n'
            'Join the "What\'s new in 9.2" live session on 26 November: %s\n\n'
            'The Elastic team\n\n'
            '--\nElastic, 800 West El Camino Real, Suite 350, Mountain View, CA'
            ' 94040, USA\n'
            'You received this email because you are subscribed to Elastic product'
            ' news. Update your preferences: %s\nUnsubscribe: %s\n' % (rn, web, pref, uns))
    fh = ''
    for (t, b, _), u in zip(feats, urls):
        fh += ('<tr><td style="padding:0 40px 28px 40px;"><table role="presentation" width="100%"'
               ' cellpadding="0" cellspacing="0" border="0"><tr><td width="56" valign="top">'
               '<img src="https://go.elastic.co/rs/813-MAM-392/images/icon-' +
               rhex(r, 8) + '.png" width="40" height="40" alt=""></td><td valign="top"'
               ' style="font-family:Inter,Helvetica,Arial,sans-serif;">'
               '<div style="font-size:18px;font-weight:700;color:#101c3f;">' +
               t.replace('|', '&#124;') + '</div><div style="font-size:15px;line-height:23px;'
               'color:#343741;padding:6px 0 8px 0;">' + b + '</div><a href="' + u +
               '" style="color:#0b64dd;font-size:15px;font-weight:600;text-decoration:none;">'
               'Learn more &rarr;</a></td></tr></table></td></tr>\n')
    html = (
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>What\'s new in Elastic 9.2</title></head>\n'
        '<body style="margin:0;padding:0;background-color:#f5f7fa;">\n'
        '<div style="display:none;max-height:0;overflow:hidden;">Faster ES|QL, scheduled Attack'
        ' Discovery and simpler log onboarding.</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"'
        ' bgcolor="#f5f7fa"><tr><td align="center" style="padding:24px 0;">\n'
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"'
        ' bgcolor="#ffffff">\n'
        '<tr><td style="padding:28px 40px;"><a href="' + go(rb64url(r, 30)) + '"><img'
        ' src="https://go.elastic.co/rs/813-MAM-392/images/elastic-logo-email.png" width="120"'
        ' height="40" alt="Elastic" style="display:block;border:0;"></a></td></tr>\n'
        '<tr><td><img src="https://go.elastic.co/rs/813-MAM-392/images/9-2-hero-640.png"'
        ' width="640" height="260" alt="Elastic 9.2" style="display:block;"></td></tr>\n'
        '<tr><td style="padding:32px 40px 8px 40px;font-family:Inter,Helvetica,Arial,sans-serif;'
        'font-size:30px;font-weight:800;color:#101c3f;">What&rsquo;s new in Elastic 9.2</td></tr>\n'
        '<tr><td style="padding:8px 40px 28px 40px;font-family:Inter,Helvetica,Arial,sans-serif;'
        'font-size:16px;line-height:24px;color:#343741;">Hi Maren,<br><br>Elastic 9.2 is'
        ' available now on Elastic Cloud and for download. Here are three things we think you'
        ' will like:</td></tr>\n' + fh +
        '<tr><td align="center" style="padding:8px 40px 36px 40px;"><a href="' + rn +
        '" style="background-color:#0b64dd;border-radius:6px;color:#ffffff;display:inline-block;'
        'font-family:Inter,Helvetica,Arial,sans-serif;font-size:16px;font-weight:700;'
        'padding:14px 30px;text-decoration:none;">Read the release notes</a></td></tr>\n'
        '<tr><td style="padding:24px 40px;background-color:#101c3f;font-family:Inter,Helvetica,'
        'Arial,sans-serif;font-size:15px;color:#ffffff;">Join the <a href="' + web +
        '" style="color:#48efcf;">&ldquo;What&rsquo;s new in 9.2&rdquo; live session</a> on'
        ' 26 November.</td></tr>\n'
        '<tr><td style="padding:24px 40px;font-family:Inter,Helvetica,Arial,sans-serif;'
        'font-size:12px;line-height:18px;color:#69707d;">Elastic, 800 West El Camino Real,'
        ' Suite 350, Mountain View, CA 94040, USA<br>You received this email because you are'
        ' subscribed to Elastic product news. <a href="' + pref + '" style="color:#69707d;">'
        'Update your preferences</a> or <a href="' + uns + '" style="color:#69707d;">'
        'unsubscribe</a>.</td></tr>\n</table>\n</td></tr></table>\n'
        '<img src="https://go.elastic.co/trk?t=1&mid=' + munchkin + '%3A' + rdig(r, 6) +
        '%3A' + rdig(r, 6) + '" width="1" height="1" alt="" style="display:block;">\n'
        '</body></html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
    ], bnd)
    d1 = Dkim(r, 'elastic.co', 'm1', 'Date:From:To:Subject:MIME-Version:Content-Type:'
              'List-Unsubscribe:List-Unsubscribe-Post:Message-ID', t=t0, bits=1024)
    d2 = Dkim(r, 'mktdns.com', 'm1', 'Date:From:To:Subject:MIME-Version:Content-Type:'
              'List-Unsubscribe:List-Unsubscribe-Post:Message-ID', t=t0, bits=1024)
    ip = '192.28.%d.%d' % (r.randint(144, 159), r.randint(2, 250))
    mf = '%s-%s@elastic.mktomail.com' % (munchkin, rdig(r, 9))
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(d1.ar(), d2.ar(), spf_pass(mf, ip), dmarc_pass('elastic.co', 'quarantine')),
        rx_mx(r, 'mail%d-%d.elastic.mktomail.com' % (r.randint(100, 199), r.randint(1, 60)),
              ip, t0 + timedelta(seconds=21), tls=TLS12()),
        hop('[10.0.%d.%d] ([10.0.%d.%d:%d] helo=abmas%02d.marketo.org)' % (
            r.randint(0, 9), r.randint(1, 254), r.randint(0, 9), r.randint(1, 254),
            r.randint(30000, 65000), r.randint(1, 9)), 'abmta%02d.marketo.org' % r.randint(1, 9),
            loc + timedelta(seconds=3), idv='%s/%s-%05d-%s' % (rHEX(r, 2), rHEX(r, 2),
            r.randint(0, 99999), rHEX(r, 8)), style='short',
            extra='(envelope-from <%s>)\n\t(ecelerity 4.2.38.62370 r(:))' % mf),
        d1.hdr(), d2.hdr(),
        ('Date', fdate(loc, 'short')),
        ('From', 'Elastic <news@elastic.co>'),
        ('Reply-To', 'news@elastic.co'),
        ('To', ME),
        ('Message-ID', '<%d.%d.%d@elastic.mktomail.com>' % (
            r.randint(100000000, 999999999), r.randint(10000000, 99999999), epoch(t0) * 1000)),
        ('Subject', 'What\'s new in Elastic 9.2: faster ES|QL, scheduled Attack Discovery'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Binding', 'bg-ind-%02d' % r.randint(1, 30)),
        ('X-MarketoID', '%s:%d:%d:%d:0:%d:7:%d' % (munchkin, r.randint(1000000, 9999999),
                                                   r.randint(10000, 99999), r.randint(1000, 9999),
                                                   r.randint(1000, 9999),
                                                   r.randint(1000000, 9999999))),
        ('X-MktArchive', 'false'),
        ('List-Unsubscribe', '<mailto:%s-%s@elastic.mktomail.com?subject=Unsubscribe>,'
         '\n <%s>' % (munchkin, rdig(r, 9), uns)),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('X-Mailfrom', mf),
        ('X-MSYS-API', '{"options":{"open_tracking":false,"click_tracking":false}}'),
        ('X-MktMailDKIM', 'true'),
    ]
    return build(h, part)


# d36 -- webinar reminder (Zoom, on behalf of an external host)

def m36(r):
    t0 = T(2026, 2, 10, 9, 0, 6)
    wid = rdig(r, 11)
    tk = rb64url(r, 64)
    join = 'https://jisc.zoom.us/w/%s?tk=%s' % (wid, tk)
    pc = rdig(r, 6)
    cal = 'https://jisc.zoom.us/webinar/tZ%s/ics?icsToken=%s' % (rb64url(r, 24), rb64url(r, 48))
    gcal = 'https://jisc.zoom.us/webinar/tZ%s/calendar/google/add' % rb64url(r, 24)
    cancel = 'https://jisc.zoom.us/webinar/register/%s/cancel?id=%s' % (rb64url(r, 18), rb64url(r, 24))
    wf = wid[:3] + ' ' + wid[3:7] + ' ' + wid[7:]
    txt = (
        'Hi Maren Holt,\n\n'
        'This is a reminder that "Ransomware readiness for research data" will'
        ' begin in 1 hour.\n\n'
        'Date & Time: Feb 10, 2026 10:00 AM London\n\n'
        'Join from PC, Mac, iPad, or Android:\n%s\n'
        'Passcode: %s\n\n'
        'Add to calendar:\nOutlook (.ics): %s\nGoogle Calendar: %s\n\n'
        'Or join by phone:\n    United Kingdom: +44 20 7946 0412 or +44 161 496 0388\n'
        'Webinar ID: %s\nPasscode: %s\n\n'
        'You can cancel your registration at any time: %s\n\n'
        'Questions about the session? Contact the organisers at'
        ' cyber-events@jisc.ac.uk\n\n'
        'Thank you!\n' % (join, pc, cal, gcal, wf, pc, cancel))
    html = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html;'
        ' charset=utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        '</head><body style="margin:0;padding:0;background:#f7f7fa;">\n'
        '<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f7f7fa;">'
        '<tr><td align="center" style="padding:32px 12px;">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;'
        'border-radius:12px;font-family:Lato,\'Helvetica Neue\',Helvetica,Arial,sans-serif;'
        'color:#232333;">\n'
        '<tr><td style="padding:32px 40px 0 40px;"><img src="https://st1.zoom.us/static/6.3.'
        '%d/image/new/ZoomLogo.png" width="90" height="20" alt="Zoom"></td></tr>\n'
        '<tr><td style="padding:24px 40px 0 40px;"><img src="https://jisc.zoom.us/p/%s/'
        'webinar_banner.png" width="520" height="160" alt="Jisc Cyber Security" style="display:'
        'block;border-radius:8px;"></td></tr>\n'
        '<tr><td style="padding:24px 40px 8px 40px;font-size:16px;">Hi Maren Holt,</td></tr>\n'
        '<tr><td style="padding:0 40px 16px 40px;font-size:16px;line-height:24px;">This is a'
        ' reminder that <b>&quot;Ransomware readiness for research data&quot;</b> will begin in'
        ' 1 hour.</td></tr>\n'
        '<tr><td style="padding:0 40px 16px 40px;font-size:14px;color:#6e7680;">Date &amp; Time'
        '<br><span style="font-size:16px;color:#232333;">Feb 10, 2026 10:00 AM London</span>'
        '</td></tr>\n'
        '<tr><td style="padding:8px 40px 24px 40px;"><a href="%s" style="background:#0b5cff;'
        'border-radius:8px;color:#ffffff;display:inline-block;font-size:16px;font-weight:bold;'
        'padding:12px 32px;text-decoration:none;">Join Webinar</a></td></tr>\n'
        '<tr><td style="padding:0 40px 16px 40px;font-size:14px;line-height:21px;">Passcode:'
        ' <b>%s</b><br>Webinar ID: %s</td></tr>\n'
        '<tr><td style="padding:0 40px 16px 40px;font-size:14px;">Add to: <a href="%s"'
        ' style="color:#0b5cff;">Outlook Calendar (.ics)</a> &middot; <a href="%s"'
        ' style="color:#0b5cff;">Google Calendar</a></td></tr>\n'
        '<tr><td style="padding:0 40px 16px 40px;font-size:14px;line-height:21px;color:#6e7680;">'
        'Or join by phone: United Kingdom +44 20 7946 0412 or +44 161 496 0388</td></tr>\n'
        '<tr><td style="padding:16px 40px 32px 40px;font-size:13px;line-height:20px;color:#6e7680;'
        'border-top:1px solid #ededf4;">You can <a href="%s" style="color:#0b5cff;">cancel your'
        ' registration</a> at any time.<br>Questions about the session? Contact the organisers'
        ' at <a href="mailto:cyber-events@jisc.ac.uk" style="color:#0b5cff;">'
        'cyber-events@jisc.ac.uk</a></td></tr>\n'
        '</table>\n<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td'
        ' align="center" style="padding:16px;font-family:Lato,Helvetica,Arial,sans-serif;'
        'font-size:11px;color:#8c8c9a;">&copy;2026 Zoom Communications, Inc. | 55 Almaden Blvd,'
        ' San Jose, CA 95113 | <a href="https://zoom.us/privacy" style="color:#8c8c9a;">Privacy'
        ' Statement</a></td></tr></table>\n</td></tr></table>\n</body></html>\n' % (
            r.randint(1000, 9999), rb64url(r, 12), join, pc, wf, cal, gcal, cancel))
    bnd = '----=_Part_%d_%d.%d' % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='base64', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='base64', ctype='text/html; charset=UTF-8'),
    ], bnd)
    dk = Dkim(r, 'zoom.us', 'zm2', 'Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:'
              'Content-Type', t=t0)
    ip = '170.114.%d.%d' % (r.randint(0, 15), r.randint(2, 250))
    mf = 'bounce-%s@zoom.us' % rhex(r, 24)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('zoom.us')),
        rx_mx(r, 'mail%d-%d.zoom.us' % (r.randint(1, 9), r.randint(10, 99)), ip,
              t0 + timedelta(seconds=2), tls=TLS13),
        hop('zoom-web-%s (unknown [10.%d.%d.%d])' % (rhex(r, 6), r.randint(0, 255),
            r.randint(0, 255), r.randint(1, 254)), 'mail.zoom.us (Postfix)',
            t0 + timedelta(seconds=1), idv=pfqid(r), rcpt=ME, style='postfix', zone='UTC'),
        dk.hdr(),
        ('Date', fdate(t0.astimezone(tz(-480)), 'short')),
        ('From', '"Jisc Cyber Security" <no-reply@zoom.us>'),
        ('Reply-To', 'cyber-events@jisc.ac.uk'),
        ('To', 'Maren Holt <%s>' % ME),
        ('Message-ID', '<%s.%d.%d@zoom.us>' % (rhex(r, 16), r.randint(1000, 99999),
                                              epoch(t0) * 1000 + r.randint(0, 999))),
        ('Subject', 'Reminder: Ransomware readiness for research data starts in 1 hour'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Zoom-Email-Type', 'webinar_reminder_1h'),
    ]
    return build(h, part)


# d37 -- university library notice (Alma), multipart/related with inline logo

def m37(r):
    t0 = T(2025, 10, 28, 7, 15, 40)
    cid = 'logo_%s@alma' % rhex(r, 12)
    loans = [
        ('Network security assessment : know your network / Chris McNab.',
         '31822041273415', 'Main Library, Level 2', '31/10/2025'),
        ('Practical packet analysis : using Wireshark to solve real-world network'
         ' problems / Chris Sanders.', '31822039981274', 'Main Library, Level 2', '31/10/2025'),
    ]
    primo = 'https://eastmoor.primo.exlibrisgroup.com/discovery/account?vid=44EAST_INST:' \
            'EAST&section=loans&lang=en'
    txt = ('University of Eastmoor Library\n\nCourtesy notice\n\nDear Maren Holt,\n\n'
           'The following items are due back in 3 days. Items without holds are renewed'
           ' automatically up to five times; these items have a hold by another reader'
           ' and cannot be renewed.\n\n')
    for t, bc, loc_, due in loans:
        txt += 'Title: %s\nBarcode: %s\nLibrary: %s\nDue date: %s\n\n' % (t, bc, loc_, due)
    txt += ('You can check your loans in Library Search: %s\n\n'
            'Return items to any Library returns point or the 24-hour drop box outside the'
            ' Main Library.\n\n'
            'University of Eastmoor Library | library@univ.example | 01632 960 417\n' % primo)
    rows = ''.join(
        '<tr><td style="padding:10px;border-bottom:1px solid #dddddd;font-size:14px;">%s<br>'
        '<span style="color:#666666;font-size:12px;">Barcode %s &middot; %s</span></td>'
        '<td style="padding:10px;border-bottom:1px solid #dddddd;font-size:14px;white-space:'
        'nowrap;"><b>%s</b></td></tr>\n' % (t, bc, l, d) for t, bc, l, d in loans)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '</head>\n<body style="font-family:Verdana,Arial,sans-serif;color:#222222;'
        'background-color:#ffffff;">\n'
        '<table width="640" cellpadding="0" cellspacing="0" border="0">\n'
        '<tr><td style="background-color:#5b2a6e;padding:14px 18px;"><img src="cid:' + cid +
        '" width="48" height="48" alt="" style="vertical-align:middle;">'
        ' <span style="color:#ffffff;font-size:18px;vertical-align:middle;">University of'
        ' Eastmoor Library</span></td></tr>\n'
        '<tr><td style="padding:18px;"><h2 style="font-size:18px;margin:0 0 12px 0;">Courtesy'
        ' notice</h2><p style="font-size:14px;">Dear Maren Holt,</p><p style="font-size:14px;'
        'line-height:20px;">The following items are due back in 3 days. Items without holds are'
        ' renewed automatically up to five times; these items have a hold by another reader'
        ' and cannot be renewed.</p>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr style="background-'
        'color:#f1ebf4;"><th align="left" style="padding:8px 10px;font-size:13px;">Title</th>'
        '<th align="left" style="padding:8px 10px;font-size:13px;">Due</th></tr>\n' + rows +
        '</table>\n<p style="font-size:14px;">You can check your loans in <a href="' +
        primo.replace('&', '&amp;') + '" style="color:#5b2a6e;">Library Search</a>.</p>'
        '<p style="font-size:14px;">Return items to any Library returns point or the 24-hour drop'
        ' box outside the Main Library.</p></td></tr>\n'
        '<tr><td style="padding:12px 18px;background-color:#f1ebf4;font-size:11px;color:#555555;">'
        'University of Eastmoor Library | <a href="mailto:library@univ.example">'
        'library@univ.example</a> | 01632 960 417</td></tr>\n</table>\n</body></html>\n')
    logo = png(48, 48, lambda x, y: (0xff, 0xff, 0xff) if (8 <= x < 40 and 10 <= y < 38 and
                                                          (x in (8, 9, 23, 24, 38, 39) or
                                                           y in (10, 11, 36, 37)))
               else (0x5b, 0x2a, 0x6e))
    rb = '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(10000000, 99999999),
                                  epoch(t0) * 1000 + r.randint(0, 999))
    ab = '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(10000000, 99999999),
                                  epoch(t0) * 1000 + r.randint(0, 999))
    related = multi('related', [
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
        ([('Content-Type', 'image/png; name=library_logo.png'),
          ('Content-Transfer-Encoding', 'base64'),
          ('Content-Disposition', 'inline; filename=library_logo.png'),
          ('Content-ID', '<%s>' % cid)], encode(logo, 'base64')),
    ], rb)
    part = multi('alternative', [
        text(txt, cte='8bit', ctype='text/plain; charset=UTF-8'),
        related,
    ], ab)
    dk = Dkim(r, 'univ.example', 'alma2025', 'From:To:Subject:Date:Message-ID:'
              'MIME-Version:Content-Type', t=t0)
    ip = '66.151.%d.%d' % (r.randint(0, 255), r.randint(2, 250))
    mf = 'alma-noreply@eu02.alma.exlibrisgroup.com'
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('univ.example', 'quarantine')),
        rx_mx(r, 'mailout%d.eu02.alma.exlibrisgroup.com' % r.randint(1, 6), ip,
              t0 + timedelta(seconds=5), tls=TLS12('ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')),
        ('Received', 'from eu02-alma-app%02d.exlibrisgroup.com ([10.%d.%d.%d])\n\tby'
         ' mailout.eu02.alma.exlibrisgroup.com with ESMTP id %s\n\tfor <%s>; %s' % (
             r.randint(1, 40), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254),
             rHEX(r, 12), ME, fdate(t0 + timedelta(seconds=1)))),
        dk.hdr(),
        ('Date', fdate(t0)),
        ('From', 'University of Eastmoor Library <library@univ.example>'),
        ('Reply-To', 'library@univ.example'),
        ('To', ME),
        ('Message-ID', '<%d.%d.%d.JavaMail.alma@eu02-alma-app%02d>' % (
            r.randint(100000000, 999999999), r.randint(1000, 99999), epoch(t0) * 1000,
            r.randint(1, 40))),
        ('Subject', 'Courtesy notice: 2 items due on 31/10/2025'),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Alma-Letter', 'CourtesyLetter'),
    ]
    return build(h, part)


# d38 -- CI build back to normal (Jenkins, plain 7bit)

def m38(r):
    t0 = T(2025, 4, 29, 14, 2, 18)
    loc = eu(t0)
    job = 'dns-zone-lint'
    base = 'https://ci.univ.example/job/%s/512/' % job
    body = (
        'See <%sdisplay/redirect?page=changes>\n\n'
        'Changes:\n\n'
        '[Maren Holt] univ.example: add CAA records for sectigo.com and letsencrypt.org\n\n'
        '[Maren Holt] univ.example: fix missing trailing dot on mx2 in the\n'
        'research.univ.example delegation\n\n\n'
        '------------------------------------------\n'
        '[...truncated 58 lines...]\n'
        '+ named-checkzone -k fail -n fail univ.example zones/db.univ.example\n'
        'zone univ.example/IN: loaded serial 2025042903\n'
        'OK\n'
        '+ named-checkzone -k fail -n fail research.univ.example'
        ' zones/db.research.univ.example\n'
        'zone research.univ.example/IN: loaded serial 2025042901\n'
        'OK\n'
        '+ ./scripts/check-caa.py zones/\n'
        'CAA check: 3 zones, 0 problems\n'
        'Finished: SUCCESS\n' % base)
    part = text(body, cte='7bit', ctype='text/plain; charset=UTF-8')
    h = [
        ('Return-Path', '<jenkins@univ.example>'),
        ('Delivered-To', ME),
        rx_mx(r, 'relay.univ.example', '10.20.1.25', t0 + timedelta(seconds=1),
              tls=TLS13_128),
        ('Received', 'from ci01.univ.example (ci01.univ.example [10.20.9.40])\n\t'
         'by relay.univ.example (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rHEX(r, 10), ME, fdate(loc, 'postfix', 'BST'))),
        ('Date', fdate(loc, 'short')),
        ('From', 'Jenkins CI <jenkins@univ.example>'),
        ('Reply-To', 'no-reply@univ.example'),
        ('To', ME, ),
        ('Message-ID', '<%d.%d.%d@ci01>' % (r.randint(100000000, 2147483647),
                                           r.randint(10, 999), epoch(t0) * 1000 + r.randint(0, 999))),
        ('Subject', 'Jenkins build is back to normal : %s #512' % job),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Jenkins-Job', job),
        ('X-Jenkins-Result', 'SUCCESS'),
        ('List-ID', 'Jenkins CI <ci.univ.example>'),
    ]
    return build(h, part)



# d39 -- internal service desk ticket assigned to the security team (TOPdesk)

def m39(r):
    t0 = T(2025, 3, 5, 10, 48, 3)
    loc = eu(t0, 1)
    num = 'I2503-1187'
    tdl = 'https://univ.topdesk.net/tas/secure/incident?action=lookup&lookup=naam&lookupValue=' + num
    req = ('Dr Femi Adeyemi (School of Chemistry) forwarded a message he received this'
           ' morning that claims to come from "Payroll Services" and asks staff to'
           ' confirm their bank details via a form. He did not click the link. He used'
           ' the Report Phish button, so the original is in the phish-reports mailbox'
           ' (received 09:58). Please check whether others received it and block the'
           ' sender/URL if needed.')
    txt = ('IT Service Desk - University of Eastmoor\n\n'
           'Incident %s has been assigned to your operator group.\n\n'
           'Operator group: Information Security\n'
           'Caller: Dr Femi Adeyemi, School of Chemistry (ext. 5521)\n'
           'Category: Security > Suspicious email\n'
           'Priority: P3 - normal (target: %s 16:30)\n'
           'Brief description: Reported phishing - fake payroll bank details form\n\n'
           'Request:\n%s\n\n'
           'Open the incident in TOPdesk: %s\n\n'
           'This is an automatic message from TOPdesk. Please do not reply; add your'
           ' update to the incident instead.\n' % (num, '05-03-2025', req, tdl))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:\'Segoe UI\',Tahoma,Arial,sans-serif;font-size:10pt;'
        'color:#1f1f1f;">\n'
        '<table cellpadding="0" cellspacing="0" border="0" width="620" style="border:1px solid'
        ' #d0d7de;">\n'
        '<tr><td style="background-color:#003a5d;color:#ffffff;padding:10px 14px;font-size:12pt;">'
        '<b>IT Service Desk</b> &ndash; University of Eastmoor</td></tr>\n'
        '<tr><td style="padding:14px;">Incident <b><a href="' + tdl.replace('&', '&amp;') +
        '" style="color:#0064a8;">' + num + '</a></b> has been assigned to your operator'
        ' group.<br><br>\n'
        '<table cellpadding="4" cellspacing="0" border="0" style="font-size:10pt;">\n'
        '<tr><td style="color:#5c6770;width:150px;">Operator group</td><td>Information'
        ' Security</td></tr>\n'
        '<tr><td style="color:#5c6770;">Caller</td><td>Dr Femi Adeyemi, School of Chemistry'
        ' (ext. 5521)</td></tr>\n'
        '<tr><td style="color:#5c6770;">Category</td><td>Security &gt; Suspicious email</td></tr>\n'
        '<tr><td style="color:#5c6770;">Priority</td><td>P3 - normal (target: 05-03-2025 16:30)'
        '</td></tr>\n'
        '<tr><td style="color:#5c6770;">Brief description</td><td><b>Reported phishing - fake'
        ' payroll bank details form</b></td></tr>\n</table><br>\n'
        '<div style="border-left:3px solid #d0d7de;padding:6px 10px;color:#333333;">'
        + req + '</div><br>\n'
        '<a href="' + tdl.replace('&', '&amp;') + '" style="background-color:#0064a8;color:'
        '#ffffff;padding:6px 14px;text-decoration:none;">Open in TOPdesk</a></td></tr>\n'
        '<tr><td style="padding:10px 14px;background-color:#f4f6f8;font-size:8pt;color:#5c6770;">'
        'This is an automatic message from TOPdesk. Please do not reply; add your update to the'
        ' incident instead.</td></tr>\n</table>\n</body></html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randint(10000, 99999), r.randint(100000000, 999999999),
                                   epoch(t0) * 1000 + r.randint(0, 999))
    part = multi('alternative', [
        text(txt, cte='quoted-printable', ctype='text/plain; charset=UTF-8'),
        text(html, sub='html', cte='quoted-printable', ctype='text/html; charset=UTF-8'),
    ], bnd)
    dk = Dkim(r, 'univ.example', 'topdesk1', 'from:to:subject:date:message-id:'
              'mime-version:content-type', t=t0)
    ip = '185.%d.%d.%d' % (r.randint(20, 23), r.randint(0, 255), r.randint(2, 250))
    mf = 'bounces-%s@univ.topdesk.net' % rhex(r, 12)
    h = [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', ME),
        ar_mx(dk.ar(), spf_pass(mf, ip), dmarc_pass('univ.example', 'quarantine')),
        rx_mx(r, 'smtp-out%d.topdesk.net' % r.randint(1, 4), ip, t0 + timedelta(seconds=3),
              rcpt='infosec@univ.example', tls=TLS13),
        ('Received', 'from td-app-%s.topdesk.net (td-app-%s.topdesk.net [10.%d.%d.%d])\n\tby'
         ' smtp-out.topdesk.net (Postfix) with ESMTPS id %s\n\tfor'
         ' <infosec@univ.example>; %s' % (
             rhex(r, 4), rhex(r, 4), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254),
             pfqid(r), fdate(loc, 'postfix', 'CET'))),
        dk.hdr(),
        ('Date', fdate(loc)),
        ('From', 'IT Service Desk <servicedesk@univ.example>'),
        ('Reply-To', 'IT Service Desk <servicedesk@univ.example>'),
        ('To', 'Information Security <infosec@univ.example>'),
        ('Message-ID', '<%d.%d.%d@td-app>' % (r.randint(100000000, 999999999), r.randint(10, 999),
                                             epoch(t0) * 1000)),
        ('Subject', 'Incident %s assigned to Information Security: Reported phishing - fake'
         '\n payroll bank details form' % num),
        ('MIME-Version', '1.0'),
        ('MIME', None),
        ('X-Mailer', 'TOPdesk'),
        ('Auto-Submitted', 'auto-generated'),
    ]
    return build(h, part)


def flowed(body, width=72):
    """format=flowed wrapping: soft line breaks end with a space."""
    out = []
    for para in body.split('\n'):
        if len(para) <= width or para == '-- ':
            out.append(para)
            continue
        lines = textwrap.wrap(para, width)
        out.extend(ln + ' ' for ln in lines[:-1])
        out.append(lines[-1])
    return '\n'.join(out)


# d40 -- mailing-list moderation request with the held post (Mailman 3)

def m40(r):
    t0 = T(2025, 3, 4, 14, 22, 51)
    held_t = t0 - timedelta(seconds=4)
    lst = 'it-announce@lists.univ.example'
    held_id = '<%s@univ.example>' % ruuid(r)
    held_body = (
        'Dear colleagues,\n\n'
        'the eduroam RADIUS servers will be updated on Thursday 6 March between'
        ' 18:00 and 20:00. Devices that are already connected will stay'
        ' connected; new connections may fail for up to five minutes while each'
        ' server restarts. The staff VPN and wired network are not affected.\n\n'
        'Status updates: https://status.univ.example\n\n'
        'Best wishes,\nRuth\n\n'
        '-- \nRuth Abernethy\nHead of IT Infrastructure\nIT Services |'
        ' University of Eastmoor\n')
    held = ('Received: from smtp.univ.example (smtp.univ.example [10.20.1.30])\n'
            '\tby lists.univ.example (Postfix) with ESMTPS id %s\n'
            '\tfor <%s>; %s\n'
            'Message-ID: %s\n'
            'Date: %s\n'
            'MIME-Version: 1.0\n'
            'User-Agent: Mozilla Thunderbird\n'
            'Content-Language: en-GB\n'
            'From: Ruth Abernethy <r.abernethy@univ.example>\n'
            'To: %s\n'
            'Subject: Planned maintenance: eduroam RADIUS, Thu 6 March 18:00-20:00\n'
            'Content-Type: text/plain; charset=UTF-8; format=flowed\n'
            'Content-Transfer-Encoding: 7bit\n\n%s' % (
                pfqid(r), lst, fdate(held_t + timedelta(seconds=1), 'postfix', 'UTC'),
                held_id, fdate(held_t), lst, flowed(held_body)))
    tok = rhex(r, 40)
    conf = ('Received: from lists.univ.example (localhost [127.0.0.1])\n'
            '\tby lists.univ.example (Postfix) with ESMTP id %s;\n\t%s\n'
            'Subject: confirm %s\n'
            'From: it-announce-request@lists.univ.example\n'
            'To: it-announce-owner@lists.univ.example\n'
            'Message-ID: <%s@lists.univ.example>\n'
            'Date: %s\n'
            'MIME-Version: 1.0\n'
            'Content-Type: text/plain; charset="us-ascii"\n'
            'Content-Transfer-Encoding: 7bit\n'
            'Precedence: bulk\n\n'
            'If you reply to this message, keeping the Subject: header intact,\n'
            'Mailman will discard the held message. Do this if the message is\n'
            'spam. If you reply to this message and include an Approved: header\n'
            'with the list password in it, the message will be approved for\n'
            'posting to the list. The Approved: header can also appear in the\n'
            'first line of the body of the reply.\n' % (
                pfqid(r), fdate(t0, 'postfix', 'UTC'), tok, rdig(r, 20), fdate(t0)))
    note = ('As list administrator, your authorization is requested for the\n'
            'following mailing list posting:\n\n'
            '    List:    %s\n'
            '    From:    r.abernethy@univ.example\n'
            '    Subject: Planned maintenance: eduroam RADIUS, Thu 6 March 18:00-20:00\n\n'
            'The message is being held because:\n\n'
            'The message comes from a moderated member\n\n'
            'At your convenience, visit your dashboard to approve or deny the\n'
            'request:\n\n'
            '    https://lists.univ.example/postorius/lists/it-announce.lists.univ.example/'
            'held_messages\n' % lst)
    bnd = '===============%s==' % rdig(r, 19)
    part = multi('mixed', [
        ([('Content-Type', 'text/plain; charset="us-ascii"'), ('MIME-Version', '1.0'),
          ('Content-Transfer-Encoding', '7bit')], note),
        ([('Content-Type', 'message/rfc822'), ('MIME-Version', '1.0')], held),
        ([('Content-Type', 'message/rfc822'), ('MIME-Version', '1.0')], conf),
    ], bnd)
    h = [
        ('Return-Path', '<it-announce-bounces@lists.univ.example>'),
        ('X-Original-To', 'it-announce-owner@lists.univ.example'),
        ('Delivered-To', ME),
        rx_mx(r, 'lists.univ.example', '10.20.12.5', t0 + timedelta(seconds=1),
              rcpt='it-announce-owner@lists.univ.example', tls=TLS13_128),
        ('Received', 'from lists.univ.example (localhost [127.0.0.1])\n\tby'
         ' lists.univ.example (Postfix) with ESMTP id %s\n\tfor'
         ' <it-announce-owner@lists.univ.example>; %s' % (
             pfqid(r), fdate(t0, 'postfix', 'UTC'))),
        ('MIME', None),
        ('MIME-Version', '1.0'),
        ('Subject', 'It-announce post from r.abernethy@univ.example requires approval'),
        ('From', 'it-announce-owner@lists.univ.example'),
        ('To', 'it-announce-owner@lists.univ.example'),
        ('Message-ID', '<%s@lists.univ.example>' % rdig(r, 20)),
        ('Date', fdate(t0)),
        ('Precedence', 'bulk'),
        ('X-Mailman-Version', '3.3.9'),
        ('List-Id', 'IT service announcements <it-announce.lists.univ.example>'),
        ('Auto-Submitted', 'auto-generated'),
    ]
    return build(h, part)


# ================================================================ main ====

MESSAGES = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10,
            m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
            m21, m22, m23, m24, m25, m26, m27, m28, m29, m30,
            m31, m32, m33, m34, m35, m36, m37, m38, m39, m40]


def main():
    for n, fn in enumerate(MESSAGES, 1):
        data = fn(random.Random(0xD000 + n))
        with open(os.path.join(HERE, 'd%02d.eml' % n), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()
