#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate corpora/modern-ham-c: 40 invented, legitimate, modern e-mails.

Every message is written from a brief (no real mail was used).  The script
is deterministic: each message gets its own random.Random(seed), there is no
clock, locale or platform dependence, and running it twice gives byte-identical
files.  It writes c01.eml ... c40.eml (CRLF line endings) next to itself.

Usage:  python3 gen.py
"""

import base64
import binascii
import datetime as _dt
import io
import os
import random
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# The recipient organisation (fictional, reserved .example domain)
# ---------------------------------------------------------------------------
ORG = 'phuminh-logistics.example'
GW = 'mx1.' + ORG
MAILHOST = 'mail.' + ORG
MAILHOST_IP = '10.20.1.21'
COMPANY = 'Phu Minh Engineering & Logistics Corporation'
COMPANY_SHORT = 'PMEL'
COMPANY_ADDR = 'No. 48 Dinh Vu Road, Dong Hai 2 Ward, Hai An District, Hai Phong, Viet Nam'

HA = ('Nguyễn Thu Hà', 'ha.nguyenthu@' + ORG)
BAO = ('Trần Quốc Bảo', 'bao.tranquoc@' + ORG)
CHAU = ('Lê Minh Châu', 'chau.leminh@' + ORG)
THANG = ('Phạm Đức Thắng', 'thang.phamduc@' + ORG)
YEN = ('Võ Hoàng Yến', 'yen.vohoang@' + ORG)
LONG = ('Đặng Văn Long', 'long.dangvan@' + ORG)
KHANH = ('Hoàng Gia Khánh', 'khanh.hoanggia@' + ORG)

# ---------------------------------------------------------------------------
# Time helpers (no wall clock, no locale)
# ---------------------------------------------------------------------------


def tz(h, m=0):
    return _dt.timezone(_dt.timedelta(hours=h, minutes=m))


UTC = _dt.timezone.utc
VN = tz(7)
SG = tz(8)
JP = tz(9)
PST = tz(-8)
PDT = tz(-7)

WD = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
WDL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
       'Sunday')
MO = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
      'Nov', 'Dec')
MOL = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
       'August', 'September', 'October', 'November', 'December')


def T(y, mo, d, h, mi, s, zone=VN):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=zone)


def plus(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def at(dt, zone):
    return dt.astimezone(zone)


def offs(dt):
    m = int(dt.utcoffset().total_seconds()) // 60
    sign = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (sign, m // 60, m % 60)


def rdate(dt, style='std', comment=None):
    """RFC 5322 date.  style: std (4 Mar), pad (04 Mar), postfix ( 4 Mar)."""
    if style == 'pad':
        day = '%02d' % dt.day
    elif style == 'postfix':
        day = '%2d' % dt.day
    else:
        day = '%d' % dt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s' % (
        WD[dt.weekday()], day, MO[dt.month - 1], dt.year, dt.hour, dt.minute,
        dt.second, offs(dt))
    if style == 'postfix' and comment is None:
        o = offs(dt)
        comment = 'UTC' if o == '+0000' else (o[:3] if o[3:] == '00' else o)
    if comment:
        s += ' (%s)' % comment
    return s


def stamp14(dt):
    return '%04d%02d%02d%02d%02d%02d' % (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)


def epoch(dt):
    return int(dt.timestamp())


def dlong(d):
    """'Tuesday, 11 March 2025'"""
    return '%s, %d %s %d' % (WDL[d.weekday()], d.day, MOL[d.month - 1], d.year)


def dmed(d):
    """'Tue, 11 Mar 2025'"""
    return '%s, %d %s %d' % (WD[d.weekday()], d.day, MO[d.month - 1], d.year)


def dshort(d):
    """'11 Mar 2025'"""
    return '%d %s %d' % (d.day, MO[d.month - 1], d.year)


def hm(d):
    return '%02d:%02d' % (d.hour, d.minute)


# ---------------------------------------------------------------------------
# Random identifiers (always from the per-message rng)
# ---------------------------------------------------------------------------
UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
LOWER = 'abcdefghijklmnopqrstuvwxyz'
DIGITS = '0123456789'
ALNUM = UPPER + LOWER + DIGITS
HEX = '0123456789abcdef'
B64 = UPPER + LOWER + DIGITS + '+/'
B64URL = UPPER + LOWER + DIGITS + '-_'
PFQ = 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'


def rs(rng, n, alphabet=ALNUM):
    return ''.join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def rhex(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s


def rdig(rng, n):
    return rs(rng, 1, '123456789') + rs(rng, n - 1, DIGITS)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def rb64(rng, nbytes):
    return base64.b64encode(rbytes(rng, nbytes)).decode('ascii')


def rb64url(rng, nbytes):
    return base64.urlsafe_b64encode(rbytes(rng, nbytes)).decode('ascii').rstrip('=')


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def pfqid(rng):
    """Postfix long queue id."""
    return '4' + rng.choice('XYZ') + rs(rng, 11, PFQ)


def pfqid_short(rng):
    return rhex(rng, 11, upper=True)


def thread_index(rng):
    return 'Ad' + rs(rng, 27, B64) + rng.choice('AQgw') + '=='


def gmail_mid(rng):
    return '<CA%s%s@mail.gmail.com>' % (rng.choice('BDEFGHJKLMNOP'),
                                         rs(rng, 55, ALNUM + '+_-='))


def gmail_boundary(rng):
    return '000000000000' + rhex(rng, 16)


# ---------------------------------------------------------------------------
# Header helpers
# ---------------------------------------------------------------------------
CT = object()   # marker: where the body's Content-* headers go


def _ew1(s, mode):
    b = s.encode('utf-8')
    if mode == 'B':
        return '=?UTF-8?B?' + base64.b64encode(b).decode('ascii') + '?='
    out = []
    for byte in b:
        c = chr(byte)
        if c == ' ':
            out.append('_')
        elif byte < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % byte)
    return '=?UTF-8?Q?' + ''.join(out) + '?='


def ew(s, mode='B', charset_case='UTF-8'):
    """RFC 2047 encode s if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    cur = ''
    for ch in s:
        if cur and len(_ew1(cur + ch, mode)) > 75:
            words.append(_ew1(cur, mode))
            cur = ch
        else:
            cur += ch
    words.append(_ew1(cur, mode))
    out = ' '.join(words)
    if charset_case != 'UTF-8':
        out = out.replace('=?UTF-8?', '=?%s?' % charset_case)
    return out


def addr(person, mode='B', quote=False, charset_case='UTF-8'):
    name, email = person
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return '%s <%s>' % (ew(name, mode, charset_case), email)
    if quote or any(c in name for c in ',.;:@()[]<>"\\'):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def addrs(people, **kw):
    return ', '.join(addr(p, **kw) for p in people)


def hdr(name, value, indent=' '):
    """Fold an unstructured/simple header value at spaces (<= 78 columns)."""
    if value == '':
        return name + ':'
    if '\n' in value:
        return name + ': ' + value
    lines = []
    cur = name + ':'
    first = True
    for w in value.split(' '):
        if not first and w and len(cur) + 1 + len(w) > 78:
            lines.append(cur)
            cur = indent + w
        else:
            cur += ' ' + w
        first = False
    lines.append(cur)
    return '\n'.join(lines)


def wrap_items(name, first, items, indent='\t', sep=';', width=78):
    """'Name: first;' then each item word-wrapped on its own indented line."""
    out = ['%s: %s%s' % (name, first, sep)]
    for i, it in enumerate(items):
        text = it + (sep if i < len(items) - 1 else '')
        out.extend(textwrap.wrap(text, width=width, initial_indent=indent,
                                 subsequent_indent=indent + ' ',
                                 break_long_words=False,
                                 break_on_hyphens=False))
    return '\n'.join(out)


def _fold_tags(name, pieces, indent):
    lines = []
    start = name + ':'
    cur = start
    for p in pieces:
        sep = '' if cur == indent else ' '
        if cur not in (start, indent) and len(cur) + len(sep) + len(p) > 78:
            lines.append(cur)
            cur = indent
            sep = ''
        cur += sep + p
    lines.append(cur)
    return '\n'.join(lines)


def dkim(rng, d, s, h, ts=None, x=None, extra=(), indent='\t', blen=256,
         head=None, name='DKIM-Signature', bchunk=70, with_bh=True):
    """Invented DKIM-style signature header.  Returns (header, b[:8])."""
    bval = rb64(rng, blen)
    bh = rb64(rng, 32)
    tags = list(head) if head is not None else [
        ('v', '1'), ('a', 'rsa-sha256'), ('c', 'relaxed/relaxed'), ('d', d),
        ('s', s)]
    if ts is not None:
        tags.append(('t', str(ts)))
    if x is not None:
        tags.append(('x', str(x)))
    tags.extend(extra)
    pieces = ['%s=%s;' % kv for kv in tags]
    if h:
        hs = h.split(':')
        chunk = 'h='
        for i, name_ in enumerate(hs):
            add = name_ + (':' if i < len(hs) - 1 else ';')
            if len(chunk) + len(add) > 66:
                pieces.append(chunk)
                chunk = ''
            chunk += add
        pieces.append(chunk)
    if with_bh:
        pieces.append('bh=%s;' % bh)
    first = 'b=' + bval[:bchunk - 2]
    pieces.append(first)
    rest = bval[bchunk - 2:]
    while rest:
        pieces.append(rest[:bchunk])
        rest = rest[bchunk:]
    return _fold_tags(name, pieces, indent), bval[:8]


# ---------------------------------------------------------------------------
# Received / Authentication-Results helpers for the recipient gateway
# ---------------------------------------------------------------------------
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
TLS13E = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
          '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)')
TLS12 = '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'


def gw_received(rng, helo, ip, rcpt, dt, rdns=None, tls=TLS13, cert=True):
    rd = rdns if rdns is not None else helo
    lines = ['Received: from %s (%s [%s])' % (helo, rd, ip), '\t' + tls]
    if cert:
        lines.append('\t(No client certificate requested)')
    lines.append('\tby %s (Postfix) with ESMTPS id %s' % (GW, pfqid(rng)))
    lines.append('\tfor <%s>; %s' % (rcpt, rdate(at(dt, VN), 'postfix')))
    return '\n'.join(lines)


def ar_dkim(d, s, b, result='pass'):
    return 'dkim=%s header.d=%s header.s=%s header.b=%s' % (result, d, s, b)


def ar_spf(mailfrom, ip):
    return ('spf=pass (%s: domain of %s designates %s as permitted sender) '
            'smtp.mailfrom=%s' % (GW, mailfrom, ip, mailfrom))


def ar_dmarc(dom, policy='none'):
    return 'dmarc=pass (policy=%s) header.from=%s' % (policy, dom)


def gw_auth(dkims, spf, dmarc, arc=None):
    items = [ar_dkim(*k) for k in dkims]
    if arc:
        items.append(arc)
    items.append(ar_spf(*spf))
    items.append(ar_dmarc(*dmarc))
    return wrap_items('Authentication-Results', GW, items)


# ---------------------------------------------------------------------------
# MIME helpers.  A part is (list_of_header_lines, encoded_body_text).
# ---------------------------------------------------------------------------


def enc(payload, cte):
    if isinstance(payload, str):
        if cte == 'base64':
            raw = payload.replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8')
        else:
            raw = payload.encode('utf-8')
    else:
        raw = payload
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if cte == 'quoted-printable':
        if not raw.endswith(b'\n'):
            raw += b'\n'
        return binascii.b2a_qp(raw).decode('ascii')
    s = raw.decode('utf-8')
    if not s.endswith('\n'):
        s += '\n'
    if cte in (None, '7bit'):
        s.encode('ascii')
    return s


def leaf(ctype, payload, cte=None, extra=(), pre=()):
    hs = [hdr(n, v) for n, v in pre]
    hs.append(hdr('Content-Type', ctype))
    if cte:
        hs.append('Content-Transfer-Encoding: ' + cte)
    hs.extend(hdr(n, v) for n, v in extra)
    return (hs, enc(payload, cte))


def render(p):
    hs, body = p
    return '\n'.join(hs) + '\n\n' + body


def multi(sub, boundary, parts, extra=(), preamble=None, params='', pre=(),
          gap='\n'):
    hs = [hdr(n, v) for n, v in pre]
    hs.append(hdr('Content-Type', 'multipart/%s;%sboundary="%s"%s' % (
        sub, '\n\t' if len(sub) + len(boundary) > 45 else ' ', boundary, params)))
    hs.extend(hdr(n, v) for n, v in extra)
    body = ''
    if preamble:
        body += preamble + '\n\n'
    for p in parts:
        body += '--' + boundary + '\n' + render(p)
        if not body.endswith('\n'):
            body += '\n'
        body += gap
    body += '--' + boundary + '--\n'
    return (hs, body)


def build(headers, body):
    phs, ptext = body
    out = []
    placed = False
    for h in headers:
        if h is CT:
            out.extend(phs)
            placed = True
        elif isinstance(h, tuple):
            out.append(hdr(*h))
        else:
            out.append(h)
    if not placed:
        out.extend(phs)
    head = '\n'.join(out)
    head.encode('ascii')          # headers must be 7-bit
    text = head + '\n\n' + ptext
    data = text.encode('utf-8')
    assert b'\r' not in data
    data = data.replace(b'\n', b'\r\n')
    for line in data.split(b'\r\n'):
        assert len(line) <= 998, line[:60]
    return data


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace('{{%s}}' % k, v)
    assert '{{' not in tpl, tpl[tpl.index('{{'):tpl.index('{{') + 40]
    return tpl


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def qa(url):
    """URL for use inside an HTML attribute."""
    return url.replace('&', '&amp;')


# ---------------------------------------------------------------------------
# Small attachment builders (deterministic)
# ---------------------------------------------------------------------------


def _pdf_str(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title, author, producer, created, rng):
    """Minimal single-page PDF.  Lines starting with '!' are bold."""
    ops = ['BT', '/F1 10 Tf', '14 TL', '56 786 Td']
    bold = False
    for ln in lines:
        want = ln.startswith('!')
        text = ln[1:] if want else ln
        if want != bold:
            ops.append('/F2 11 Tf' if want else '/F1 10 Tf')
            bold = want
        if text:
            ops.append('(%s) Tj' % _pdf_str(text))
        ops.append('T*')
    ops.append('ET')
    stream = ('\n'.join(ops) + '\n').encode('latin-1')
    stamp = "D:%04d%02d%02d%02d%02d%02d%s'%s'" % (
        created.year, created.month, created.day, created.hour, created.minute,
        created.second, offs(created)[:3], offs(created)[3:])
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources '
         b'<< /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>'),
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'endstream',
        ('<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>' % (
            _pdf_str(title), _pdf_str(author), _pdf_str(producer), stamp, stamp)
         ).encode('latin-1'),
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(len(objs) + 1).encode() + b'\n0000000000 65535 f \n'
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode()
    fid = rhex(rng, 32).encode()
    out += (b'trailer\n<< /Size ' + str(len(objs) + 1).encode() +
            b' /Root 1 0 R /Info 7 0 R /ID [<' + fid + b'> <' + fid + b'>] >>\n'
            b'startxref\n' + str(xref).encode() + b'\n%%EOF\n')
    return out


def _xml(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def make_xlsx(sheets, date_time):
    """Tiny but valid XLSX (stored, not deflated).  sheets: [(name, rows)].
    A cell is a str (inline string) or ('n', '123.45') (number)."""
    cols = 'ABCDEFGHIJ'
    files = []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += '</Types>'
    files.append(('[Content_Types].xml', ct))
    files.append(('_rels/.rels',
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, (name, rows) in enumerate(sheets, 1):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_xml(name), i, i)
        rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows, 1):
            sx += '<row r="%d">' % r
            for c, v in enumerate(row):
                ref = '%s%d' % (cols[c], r)
                if isinstance(v, tuple):
                    sx += '<c r="%s"><v>%s</v></c>' % (ref, v[1])
                elif v:
                    sx += '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xml(v))
            sx += '</row>'
        sx += '</sheetData></worksheet>'
        files.append(('xl/worksheets/sheet%d.xml' % i, sx))
    wb += '</sheets></workbook>'
    rels += '</Relationships>'
    files.insert(2, ('xl/workbook.xml', wb))
    files.insert(3, ('xl/_rels/workbook.xml.rels', rels))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 0
            zi.create_version = 20
            zi.external_attr = 0
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


def ics_fold(text):
    out = []
    for line in text.split('\n'):
        b = line.encode('utf-8')
        if len(b) <= 75:
            out.append(line)
            continue
        cur = ''
        first = True
        for ch in line:
            limit = 75 if first else 74
            if len((cur + ch).encode('utf-8')) > limit:
                out.append(cur if first else ' ' + cur)
                first = False
                cur = ch
            else:
                cur += ch
        out.append(cur if first else ' ' + cur)
    return '\n'.join(out)


# ---------------------------------------------------------------------------
# Sender-infrastructure helpers
# ---------------------------------------------------------------------------


def exo(rng, date, mbx, sender_dom, rcpt, out_ip, out_host, region='apcprd06',
        h_sig='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'):
    """Header pieces of a message sent through Exchange Online."""
    fe = rng.choice(['SEZPR06MB', 'TYZPR06MB', 'KL1PR06MB', 'SEYPR06MB']) + rdig(rng, 4)
    v6a = '2603:1096:%x:%x::%x' % (rng.randrange(1, 900), rng.randrange(16, 999), rng.randrange(1, 30))
    v6b = '2603:1096:%x:%x::%x' % (rng.randrange(1, 900), rng.randrange(16, 999), rng.randrange(1, 30))
    ll = 'fe80::%x:%x:%x:%x' % tuple(rng.randrange(4096, 65535) for _ in range(4))
    build_ = '15.20.%d.%03d' % (rng.randrange(7400, 8700), rng.randrange(10, 60))
    d1 = date
    d2 = plus(date, rng.randrange(1, 3))
    d3 = plus(d2, rng.randrange(2, 6))
    received = [
        gw_received(rng, out_host.split(' ')[0], out_ip, rcpt[1], d3,
                    rdns=out_host.split(' ')[-1]),
        ('Received: from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com\n'
         ' (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
         % (mbx, region, v6a, fe, region, v6b, build_[:-4] + '.' + str(int(build_[-3:])),
            rdate(at(d2, UTC), 'pad'))),
        ('Received: from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n'
         ' ([%s%%%d]) with mapi id %s; %s'
         % (mbx, region, ll, mbx, region, ll, rng.randrange(3, 8), build_,
            rdate(at(d1, UTC), 'pad'))),
    ]
    arc_seal, _ = dkim(rng, None, None, None, indent=' ', name='ARC-Seal', with_bh=False,
                       head=[('i', '1'), ('a', 'rsa-sha256'), ('s', 'arcselector10001'),
                             ('d', 'microsoft.com'), ('cv', 'none')])
    arc_ms, _ = dkim(rng, None, None,
                     'From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
                     'X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
                     'X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1',
                     indent=' ', name='ARC-Message-Signature',
                     head=[('i', '1'), ('a', 'rsa-sha256'), ('c', 'relaxed/relaxed'),
                           ('d', 'microsoft.com'), ('s', 'arcselector10001')])
    arc_ar = ('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n'
              ' smtp.mailfrom=%s; dmarc=pass action=none\n'
              ' header.from=%s; dkim=pass\n header.d=%s; arc=none'
              % (sender_dom, sender_dom, sender_dom))
    sig, b = dkim(rng, sender_dom, 'selector1', h_sig, indent=' ')
    net_id = ruuid(rng)
    tenant = ruuid(rng)
    x_pre = [
        'x-ms-publictraffictype: Email',
        'x-ms-traffictypediagnostic: %s:EE_|%s:EE_' % (mbx, fe),
        'x-ms-office365-filtering-correlation-id: ' + net_id,
        'x-ms-exchange-senderadcheck: 1',
        'x-ms-exchange-antispam-relay: 0',
    ]
    arrival = at(d1, UTC)
    x_post = [
        'X-OriginatorOrg: ' + sender_dom,
        'X-MS-Exchange-CrossTenant-AuthAs: Internal',
        'X-MS-Exchange-CrossTenant-AuthSource: %s.%s.prod.outlook.com' % (mbx, region),
        'X-MS-Exchange-CrossTenant-Network-Message-Id: ' + net_id,
        'X-MS-Exchange-CrossTenant-originalarrivaltime: %02d %s %d %02d:%02d:%02d.%04d (UTC)' % (
            arrival.day, MO[arrival.month - 1], arrival.year, arrival.hour, arrival.minute,
            arrival.second, rng.randrange(10000)),
        'X-MS-Exchange-CrossTenant-fromentityheader: Hosted',
        'X-MS-Exchange-CrossTenant-id: ' + tenant,
        'X-MS-Exchange-Transport-CrossTenantHeadersStamped: ' + fe,
    ]
    auth = gw_auth([(sender_dom, 'selector1', b)], (sender_dom, out_ip),
                   (sender_dom, 'quarantine'),
                   arc='arc=pass ("microsoft.com:s=arcselector10001:i=1")')
    return dict(received=received, arc=[arc_seal, arc_ms, arc_ar], dkim=sig,
                x_pre=x_pre, x_post=x_post, auth=auth)


def outlook_mid(rng, mbx, region='apcprd06'):
    return '<%s%s@%s.%s.prod.outlook.com>' % (mbx, rhex(rng, 28, upper=True), mbx, region)


def google_hops(rng, date, rcpt, d_sig, h_sig, mailfrom, host=None, ip=None,
                sel='google', from_dom=None):
    """Headers of a message leaving Google (Gmail / Workspace / Calendar).
    Returns (received_lines, auth_results, extra_headers)."""
    pac = PDT if (3, 9) <= (date.month, date.day) and (date.month, date.day) < (11, 2) else PST
    if host is None:
        fnum = rng.randrange(41, 199)
        host = 'mail-%s-f%d.google.com' % (rng.choice(['pl1', 'pj1', 'oi1', 'ej1', 'lf1', 'qk1']), fnum)
        ip = '209.85.%d.%d' % (rng.choice([128, 160, 167, 208, 210, 214, 216, 218, 219, 221]), fnum)
    d_out = plus(date, rng.randrange(1, 3))
    d_in = plus(d_out, rng.randrange(1, 4))
    smtp_id = '%s-%sso%d%s.%d' % (rhex(rng, 13), rhex(rng, 11), rng.randrange(1000000, 99999999),
                                   rng.choice(['a91', 'ad', 'oi', 'qk', 'ejc']), rng.randrange(1, 9))
    ts = epoch(date)
    pz = 'PDT' if pac is PDT else 'PST'
    sig, b = dkim(rng, d_sig, sel, h_sig, ts=ts, x=ts + 604800, extra=[('darn', ORG)],
                  indent='        ')
    xsig, _ = dkim(rng, '1e100.net', '20230601', h_sig, ts=ts, x=ts + 604800,
                   indent='        ', name='X-Google-DKIM-Signature')
    xr_id = '%s-20020a%s00b00%s' % (rs(rng, 1, LOWER) + rdig(rng, 1), rhex(rng, 7), rhex(rng, 10))
    received = [
        gw_received(rng, host, ip, rcpt[1], d_in),
        'Received: by %s with SMTP id %s\n        for <%s>; %s' % (
            host, smtp_id, rcpt[1], rdate(at(d_out, pac), 'pad', pz)),
    ]
    auth = gw_auth([(d_sig, sel, b)], (mailfrom, ip),
                   (from_dom or d_sig, 'none'))
    extra = [
        sig,
        xsig,
        'X-Gm-Message-State: AOJu0Y' + rs(rng, 62, ALNUM + '+/') + '\n\t' + rs(rng, 60, ALNUM + '+/'),
        'X-Google-Smtp-Source: AGHT+I' + rs(rng, 66, ALNUM + '+/') + '=',
        'X-Received: by 2002:a%s:%s:%s:b0:%s:%s:%s with SMTP id %s%s.%d.%d%03d;\n        %s' % (
            rs(rng, 2, DIGITS), rhex(rng, 3), rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4),
            xr_id, 'mr' + rdig(rng, 7) + rs(rng, 3, LOWER), rng.randrange(1, 90), ts,
            rng.randrange(1000), rdate(at(d_out, pac), 'pad', pz)),
    ]
    return received, auth, extra


def zimbra_mid(rng, date):
    return '<%d.%d.%d.JavaMail.zimbra@%s>' % (
        rng.randrange(100000000, 2100000000), rng.randrange(1000000, 9999999),
        epoch(date) * 1000 + rng.randrange(1000), ORG)


def internal_hops(rng, date, rcpt, client_ip=None, authuser=None, sign=True):
    """Internal submission -> mailhost -> gateway."""
    d1 = plus(date, rng.randrange(0, 2))
    d2 = plus(d1, rng.randrange(1, 3))
    lines = [gw_received(rng, MAILHOST, MAILHOST_IP, rcpt, d2, tls=TLS13E, cert=True)]
    if client_ip:
        lines.append('Received: from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n'
                     '\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                     % (client_ip, client_ip, authuser, MAILHOST, pfqid_short(rng),
                        rdate(at(d1, VN), 'postfix')))
    else:
        lines.append('Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
                     % (MAILHOST, MAILHOST, pfqid_short(rng), rdate(at(d1, VN), 'postfix')))
    sig = None
    if sign:
        sig, _ = dkim(rng, ORG, 'zm2024', 'Date:From:To:Subject:Message-ID:MIME-Version:Content-Type',
                      blen=256)
    return lines, sig


# ===========================================================================
# Messages
# ===========================================================================

WORD_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={{cs}}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"{{font}}",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"{{font}}",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''


def m01(rng):
    """Business: supplier quotation (Outlook / Exchange Online, Singapore)."""
    date = T(2024, 5, 14, 8, 42, 18, UTC)
    kelvin = ('Kelvin Tan', 'kelvin.tan@straitslifting.example')
    jasmine = ('Jasmine Lim', 'jasmine.lim@straitslifting.example')
    mbx = 'SI2PR06MB5146'
    x = exo(rng, date, mbx, 'straitslifting.example', HA, '52.101.133.52',
            'SG2PR03CU006.outbound.protection.outlook.com '
            'mail-southeastasiaazon11012052.outbound.protection.outlook.com')
    subject = 'Quotation SLE-Q24-0517 - wire rope slings and shackles for Dinh Vu yard'
    mid = outlook_mid(rng, mbx)
    items = [
        ('1', 'Wire rope sling 6x36 IWRC, 44 mm x 8.0 m, soft eyes', '4', '612.00', '2,448.00'),
        ('2', 'Wire rope sling 6x36 IWRC, 36 mm x 6.0 m, soft eyes', '4', '398.50', '1,594.00'),
        ('3', 'Bow shackle, alloy, safety bolt, WLL 55 t', '4', '486.00', '1,944.00'),
        ('4', 'Bow shackle, alloy, safety bolt, WLL 35 t', '4', '274.00', '1,096.00'),
        ('5', 'Sea freight LCL, packing and documentation', '1', '640.00', '640.00'),
    ]
    plain_rows = '\n'.join('%s. %s - %s pcs x USD %s = USD %s' % it for it in items)
    plain = '''Dear Ms Ha,

Thank you for your enquiry of 9 May and for sending the rigging sketch
for the 250 t crawler crane lift at your Dinh Vu yard. We are pleased to
quote as follows:

Quotation no.: SLE-Q24-0517
Validity: 30 days from today
Delivery: ex-stock Singapore, approx. 10-14 days to Hai Phong (LCL)
Incoterms: CIF Hai Phong
Payment: 30%% with order, balance 30 days after delivery

%s

Subtotal: USD 7,722.00
Project discount 3%%: USD -231.66
Total: USD 7,490.34

All slings are proof-load tested and supplied with individual test
certificates and EN 13414-1 declarations of conformity. Shackles come
with manufacturer certificates and are individually serialised.

If the lift date moves to early June we can still hold this stock,
but please let us have your PO by 24 May so Jasmine can book space
on the 28 May sailing.

Best regards,

Kelvin Tan
Senior Sales Engineer
Straits Lifting Equipment Pte Ltd
7 Kwong Min Road, #02-11, Singapore 628711
T +65 6861 0472 | M +65 9137 2580
www.straitslifting.example
''' % plain_rows
    rows_html = ''.join(
        '<tr>\n<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt">'
        '<p class="MsoNormal">%s<o:p></o:p></p></td>\n'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt">'
        '<p class="MsoNormal">%s<o:p></o:p></p></td>\n'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt">'
        '<p class="MsoNormal" align="center" style="text-align:center">%s<o:p></o:p></p></td>\n'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt">'
        '<p class="MsoNormal" align="right" style="text-align:right">%s<o:p></o:p></p></td>\n'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt">'
        '<p class="MsoNormal" align="right" style="text-align:right">%s<o:p></o:p></p></td>\n</tr>\n'
        % it for it in items)
    html = fill(WORD_HEAD, cs='us-ascii', font='Aptos') + fill('''<p class="MsoNormal">Dear Ms Ha,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your enquiry of 9 May and for sending the rigging sketch for the 250 t crawler crane lift at your Dinh Vu yard. We are pleased to quote as follows:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Quotation no.:</b> SLE-Q24-0517<br>
<b>Validity:</b> 30 days from today<br>
<b>Delivery:</b> ex-stock Singapore, approx. 10-14 days to Hai Phong (LCL)<br>
<b>Incoterms:</b> CIF Hai Phong<br>
<b>Payment:</b> 30% with order, balance 30 days after delivery<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td style="background:#1F3864;padding:2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">No.</span></b></p></td>
<td style="background:#1F3864;padding:2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Description</span></b></p></td>
<td style="background:#1F3864;padding:2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Qty</span></b></p></td>
<td style="background:#1F3864;padding:2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Unit (USD)</span></b></p></td>
<td style="background:#1F3864;padding:2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Amount (USD)</span></b></p></td>
</tr>
{{rows}}<tr>
<td colspan="4" style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal" align="right" style="text-align:right">Subtotal<o:p></o:p></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal" align="right" style="text-align:right">7,722.00<o:p></o:p></p></td>
</tr>
<tr>
<td colspan="4" style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal" align="right" style="text-align:right">Project discount 3%<o:p></o:p></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal" align="right" style="text-align:right">-231.66<o:p></o:p></p></td>
</tr>
<tr>
<td colspan="4" style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal" align="right" style="text-align:right"><b>Total CIF Hai Phong</b><o:p></o:p></p></td>
<td style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt"><p class="MsoNormal" align="right" style="text-align:right"><b>7,490.34</b><o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">All slings are proof-load tested and supplied with individual test certificates and EN 13414-1 declarations of conformity. Shackles come with manufacturer certificates and are individually serialised.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If the lift date moves to early June we can still hold this stock, but please let us have your PO by 24 May so Jasmine can book space on the 28 May sailing.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Kelvin Tan</span></b><br>
<span style="font-size:9.0pt;color:#595959">Senior Sales Engineer<br>
Straits Lifting Equipment Pte Ltd<br>
7 Kwong Min Road, #02-11, Singapore 628711<br>
T +65 6861 0472 | M +65 9137 2580<br>
<a href="https://www.straitslifting.example/">www.straitslifting.example</a></span><o:p></o:p></p>
</div>
</body>
</html>
''', rows=rows_html)
    local = mid[1:].split('@')[0]
    body = multi('alternative', '_000_%sapcprd06prodoutlookcom_' % local, [
        leaf('text/plain; charset="us-ascii"', plain, 'quoted-printable'),
        leaf('text/html; charset="us-ascii"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % kelvin[1]]
    H += x['received']
    H += [x['auth']] + x['arc'] + [x['dkim']]
    H += [('From', addr(kelvin)), ('To', addr(HA)), ('CC', addr(jasmine)),
          ('Subject', subject), ('Thread-Topic', subject),
          'Thread-Index: ' + thread_index(rng),
          'Date: ' + rdate(date, 'std'), 'Message-ID: ' + mid,
          'Accept-Language: en-US', 'Content-Language: en-US',
          'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:']
    H += x['x_pre'] + [CT, 'MIME-Version: 1.0'] + x['x_post']
    return build(H, body)


def m02(rng):
    """Business: customer purchase order with PDF (Google Workspace / Gmail)."""
    date = T(2024, 8, 8, 10, 5, 41)
    lan = ('Phan Thị Ngọc Lan', 'lan.phanngoc@binhan-cement.example')
    rec, auth, extra = google_hops(
        rng, date, HA, 'binhan-cement.example',
        'cc:to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to',
        lan[1])
    mid = gmail_mid(rng)
    po = 'BAC/2024/0893'
    pdf = make_pdf([
        '!BINH AN CEMENT JOINT STOCK COMPANY',
        'Kinh Mon Plant - Procurement Department',
        'Tax code: 0800 000 000 (sample)    Tel: +84 220 3 000 000',
        '',
        '!PURCHASE ORDER  No. ' + po,
        'Date: 07/08/2024        Your quotation: PMEL-Q-2024-311 rev.2 (02/08/2024)',
        '',
        'Supplier: ' + COMPANY,
        'Attn: Ms Nguyen Thu Ha, Procurement & Logistics Coordination',
        '',
        '!Item  Description                                              Amount (VND)',
        '1     Heavy-lift inland transport of kiln drive gearbox         486,000,000',
        '      (1 pc, 68.5 t, 5.8 x 3.9 x 3.6 m), Tan Vu terminal to Kinh Mon',
        '      plant, incl. route survey, escort and road permits',
        '2     Mobile crane 200 t for unloading at plant (1 day)           92,000,000',
        '3     Cargo insurance ICC (A), 0.12% of declared value            31,200,000',
        '                                            Subtotal             609,200,000',
        '                                            VAT 10%               60,920,000',
        '!                                            TOTAL               670,120,000',
        '',
        'Delivery window: 26-30/08/2024 (vessel ETA Hai Phong 22/08/2024)',
        'Payment: 30 days from delivery and receipt of valid VAT e-invoice',
        'Please sign and return the acknowledgement copy within 3 working days.',
        '',
        'Approved by: Deputy Director, Kinh Mon Plant',
        'Prepared by: Phan Thi Ngoc Lan, Procurement Officer',
    ], 'Purchase Order ' + po, 'Phan Thi Ngoc Lan', 'Microsoft: Print To PDF',
        T(2024, 8, 7, 16, 48, 2), rng)
    plain = '''Dear Ms. Hà,

Further to your quotation PMEL-Q-2024-311 rev.2 of 2 August, please find
attached our purchase order %s for the inland transport of the
kiln drive gearbox from Tan Vu terminal to our Kinh Mon plant.

A few points for your team:
- The vessel ETA at Hai Phong is currently 22 August; we will confirm the
  B/L number and the terminal release as soon as we receive them.
- Our site contact for the unloading day is Mr. Vũ Đình Toàn
  (maintenance supervisor), mobile 0912 000 481.
- Please send the route survey report before mobilisation so our HSE
  department can review the crane pad location.

Kindly sign and return the acknowledgement copy within 3 working days.

Best regards,
Phan Thị Ngọc Lan
Procurement Officer | Binh An Cement JSC
Kinh Mon Plant, Hai Duong
''' % po
    html = '''<div dir="ltr"><div>Dear Ms. Hà,</div><div><br></div><div>Further to your quotation PMEL-Q-2024-311 rev.2 of 2 August, please find attached our purchase order <b>%s</b> for the inland transport of the kiln drive gearbox from Tan Vu terminal to our Kinh Mon plant.</div><div><br></div><div>A few points for your team:</div><div><ul><li>The vessel ETA at Hai Phong is currently 22 August; we will confirm the B/L number and the terminal release as soon as we receive them.</li><li>Our site contact for the unloading day is Mr. Vũ Đình Toàn (maintenance supervisor), mobile 0912 000 481.</li><li>Please send the route survey report before mobilisation so our HSE department can review the crane pad location.</li></ul></div><div>Kindly sign and return the acknowledgement copy within 3 working days.</div><div><br></div><div>Best regards,</div><div><span class="gmail_signature_prefix"></span><div dir="ltr" class="gmail_signature"><div dir="ltr"><b>Phan Thị Ngọc Lan</b><div><font color="#666666">Procurement Officer | Binh An Cement JSC</font></div><div><font color="#666666">Kinh Mon Plant, Hai Duong</font></div></div></div></div></div>
''' % po
    att_id = 'f_lzk' + rs(rng, 5, LOWER + DIGITS) + '0'
    fname = 'PO_BAC-2024-0893.pdf'
    body = multi('mixed', gmail_boundary(rng), [
        multi('alternative', gmail_boundary(rng), [
            leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable'),
            leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
        ]),
        leaf('application/pdf; name="%s"' % fname, pdf, 'base64', extra=[
            ('Content-Disposition', 'attachment; filename="%s"' % fname),
            ('Content-ID', '<%s>' % att_id), ('X-Attachment-Id', att_id)]),
    ])
    H = ['Return-Path: <%s>' % lan[1], 'Delivered-To: ' + HA[1]] + rec + [auth] + extra
    H += ['MIME-Version: 1.0', 'From: ' + addr(lan), 'Date: ' + rdate(date),
          'Message-ID: ' + mid,
          ('Subject', 'PO %s - Inland transport of kiln drive gearbox (Tan Vu - Kinh Mon)' % po),
          'To: ' + addr(HA), 'Cc: ' + addrs([LONG, ('Trịnh Văn Hậu', 'hau.trinhvan@binhan-cement.example')])]
    return build(H, body)


def m03(rng):
    """Business: meeting follow-up with action items (Apple Mail, Japan)."""
    date = T(2024, 9, 20, 18, 27, 3, JP)
    takeda = ('Hiroshi Takeda', 'h.takeda@kitano-cranes.example')
    morimoto = ('Yuki Morimoto', 'y.morimoto@kitano-cranes.example')
    client_ip = '198.51.100.%d' % rng.randrange(20, 200)
    d1 = plus(date, 1)
    d2 = plus(d1, 2)
    out_ip = '203.0.113.%d' % rng.randrange(10, 60)
    sig, b = dkim(rng, 'kitano-cranes.example', 'mo2024',
                  'From:Content-Type:Mime-Version:Subject:Date:Cc:To:Message-Id', blen=256)
    mid = '<%s@kitano-cranes.example>' % ruuid(rng, upper=True)
    boundary = 'Apple-Mail=_%s' % ruuid(rng, upper=True)
    plain = '''Dear Mr. Bao, dear Ms. Ha,

Thank you again for your time and the site tour yesterday at Berth 3.
As promised, a short summary of what we agreed and the next steps.

1. Scope
   Refurbishment of STS crane QC-03: main hoist gearbox overhaul,
   replacement of boom hoist wire ropes, new anti-collision sensors,
   and PLC upgrade to the current controller family.

2. Schedule
   Crane shutdown window proposed: 11 Nov - 20 Dec 2024 (40 days).
   PMEL to confirm with the terminal operator by 4 Oct.

3. Action items
   - Kitano: send updated technical proposal and price (rev. B) by 27 Sep.
   - Kitano: share method statement for boom rope change (draft).
   - PMEL (Mr. Bao): provide as-built electrical drawings for QC-03.
   - PMEL (Ms. Ha): confirm import route for spare parts (via Hai Phong,
     customs broker to be nominated) and the preferred Incoterm.
   - Both: weekly call on Thursdays 15:00 JST / 13:00 ICT from 3 Oct.

4. Open points
   - Availability of the 50 t mobile crane for gearbox removal.
   - Insurance during the works (CAR policy): PMEL to check with
     the terminal's insurer.

Please let me know if I have missed or misunderstood anything.

Best regards,

Hiroshi Takeda
Overseas Service Department
Kitano Crane Engineering Co., Ltd.
Tel: +81 78 000 3154  Mobile: +81 90 0000 8821
'''
    html = '''<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Dear Mr. Bao, dear Ms. Ha,<div><br></div><div>Thank you again for your time and the site tour yesterday at Berth 3. As promised, a short summary of what we agreed and the next steps.</div><div><br></div><div><b>1. Scope</b></div><div>Refurbishment of STS crane QC-03: main hoist gearbox overhaul, replacement of boom hoist wire ropes, new anti-collision sensors, and PLC upgrade to the current controller family.</div><div><br></div><div><b>2. Schedule</b></div><div>Crane shutdown window proposed: 11 Nov - 20 Dec 2024 (40 days). PMEL to confirm with the terminal operator by 4 Oct.</div><div><br></div><div><b>3. Action items</b></div><div><ul class="MailOutline"><li>Kitano: send updated technical proposal and price (rev. B) by 27 Sep.</li><li>Kitano: share method statement for boom rope change (draft).</li><li>PMEL (Mr. Bao): provide as-built electrical drawings for QC-03.</li><li>PMEL (Ms. Ha): confirm import route for spare parts (via Hai Phong, customs broker to be nominated) and the preferred Incoterm.</li><li>Both: weekly call on Thursdays 15:00 JST / 13:00 ICT from 3 Oct.</li></ul><div><b>4. Open points</b></div></div><div><ul class="MailOutline"><li>Availability of the 50 t mobile crane for gearbox removal.</li><li>Insurance during the works (CAR policy): PMEL to check with the terminal's insurer.</li></ul><div>Please let me know if I have missed or misunderstood anything.</div></div><div><br></div><div>Best regards,</div><div><br></div><div><div>Hiroshi Takeda<br>Overseas Service Department<br>Kitano Crane Engineering Co., Ltd.<br>Tel: +81 78 000 3154 &nbsp;Mobile: +81 90 0000 8821</div></div></body></html>
'''
    body = multi('alternative', boundary, [
        leaf('text/plain;\n\tcharset=us-ascii', plain, 'quoted-printable'),
        leaf('text/html;\n\tcharset=us-ascii', html, 'quoted-printable'),
    ], gap='')
    H = [
        'Return-Path: <%s>' % takeda[1],
        gw_received(rng, 'mo21.kitano-cranes.example', out_ip, BAO[1], plus(d2, 2), tls=TLS12),
        ('Received: from smtpclient.apple (%s.ipoe.example.ne.jp [%s])\n'
         '\t(Authenticated sender: %s)\n\tby mo21.kitano-cranes.example (Postfix) with ESMTPSA id %s;\n\t%s'
         % ('p' + rdig(rng, 6), client_ip, takeda[1], pfqid_short(rng), rdate(d1, 'postfix', 'JST'))),
        gw_auth([('kitano-cranes.example', 'mo2024', b)], (takeda[1], out_ip),
                ('kitano-cranes.example', 'none')),
        sig,
        'From: ' + addr(takeda),
        CT,
        r'Mime-Version: 1.0 (Mac OS X Mail 16.0 \(3776.700.51\))',
        ('Subject', 'Follow-up: site meeting 19 Sep - STS crane QC-03 refurbishment, Berth 3'),
        'Date: ' + rdate(date),
        'Cc: ' + addrs([morimoto, ('', 'overseas-service@kitano-cranes.example')]),
        'To: ' + addrs([BAO, HA], mode='Q'),
        'Message-Id: ' + mid,
        'X-Mailer: Apple Mail (2.3776.700.51)',
    ]
    return build(H, body)


def m04(rng):
    """Business: reply in a thread with quoted text (Gmail, Thailand)."""
    date = T(2024, 11, 13, 16, 18, 9)
    somchai = ('Somchai Wongsakul', 'somchai.w@siamport-logistics.example')
    ops = ('SPL Operations', 'ops@siamport-logistics.example')
    orig_date = T(2024, 11, 12, 17, 4, 11)
    ha_date = T(2024, 11, 13, 14, 50, 37)
    orig_mid = gmail_mid(rng)
    ha_mid = zimbra_mid(rng, ha_date)
    rec, auth, extra = google_hops(
        rng, date, HA, 'siamport-logistics.example',
        'cc:to:subject:message-id:date:from:in-reply-to:references:mime-version'
        ':from:to:cc:subject:date:message-id:reply-to', somchai[1])
    mid = gmail_mid(rng)
    subj = 'Transshipment schedule - 2x power transformers via Laem Chabang'
    ha_text = [
        'Dear Somchai,',
        '',
        'Thank you for the revised plan. Before we confirm to our client, could',
        'you check two points:',
        '1. Can the feeder leave on 26 Nov instead of 3 Dec? The client\'s site',
        '   needs both units before 5 Dec.',
        '2. Our surveyor would like to attend the lashing at Laem Chabang. Is',
        '   that possible, and what documents does the terminal need?',
        '',
        'Best regards,',
        'Hà',
    ]
    orig_text = [
        'Dear Ms. Ha,',
        '',
        'Please see the revised plan for the two transformers (118 t each):',
        '',
        '- Mother vessel discharge at Laem Chabang B5: 21 Nov',
        '- Storage under customs bond at the terminal, 3 days free',
        '- Feeder to Hai Phong: next available sailing 3 Dec, ETA 8 Dec',
        '',
        'The earlier 26 Nov feeder was fully booked for heavy-lift deck space.',
        'I am still trying for a slot, will update you.',
        '',
        'Best regards,',
        'Somchai',
    ]
    quote_hdr = ('On Wed, 13 Nov 2024 at 14:50, Nguyễn Thu Hà <%s>\nwrote:' % HA[1])
    plain = '''Dear Khun Ha,

Good news, we managed to get the slot. Confirmed from our side:

- Both transformers will be discharged at Laem Chabang B5 on 21 Nov and
  stored under customs bond until the feeder.
- Feeder: firm slot on the 26 Nov sailing, ETA Hai Phong 1 Dec. I will
  send the booking note tomorrow morning.
- Your surveyor is welcome at the lashing. Please send his full name,
  passport copy and company letter by Monday 18 Nov so we can apply for
  the port pass.

One change: because of the extra days the terminal storage is now 5 days
in total, 2 days above the free time. Rate is THB 9,800 per unit per day,
so approx. THB 39,200 for both units. Please confirm you accept this and
we will include it in the final invoice.

Best regards,
Somchai

Somchai Wongsakul
Project Cargo Manager
Siam Port Logistics Co., Ltd.
Laem Chabang, Chonburi, Thailand
+66 38 000 217 / +66 81 000 9043

%s

> %s
>
> ----- Original Message -----
> From: "Somchai Wongsakul" <%s>
> To: "Nguyễn Thu Hà" <%s>
> Sent: Tuesday, 12 November, 2024 17:04:11
> Subject: %s
>
%s
''' % (quote_hdr, '\n> '.join(ha_text), somchai[1], HA[1], subj,
       '\n'.join(('> > ' + t).rstrip() for t in orig_text))
    html_ha = '<br>\n'.join(esc(t) for t in ha_text)
    html_orig = '<br>\n'.join(esc(t) for t in orig_text)
    html = '''<div dir="ltr"><div>Dear Khun Ha,</div><div><br></div><div>Good news, we managed to get the slot. Confirmed from our side:</div><div><br></div><div>- Both transformers will be discharged at Laem Chabang B5 on 21 Nov and stored under customs bond until the feeder.</div><div>- Feeder: firm slot on the 26 Nov sailing, ETA Hai Phong 1 Dec. I will send the booking note tomorrow morning.</div><div>- Your surveyor is welcome at the lashing. Please send his full name, passport copy and company letter by Monday 18 Nov so we can apply for the port pass.</div><div><br></div><div>One change: because of the extra days the terminal storage is now 5 days in total, 2 days above the free time. Rate is THB 9,800 per unit per day, so approx. THB 39,200 for both units. Please confirm you accept this and we will include it in the final invoice.</div><div><br></div><div>Best regards,</div><div>Somchai</div><div><br></div><div dir="ltr" class="gmail_signature"><div dir="ltr"><div><b>Somchai Wongsakul</b></div><div>Project Cargo Manager</div><div>Siam Port Logistics Co., Ltd.</div><div>Laem Chabang, Chonburi, Thailand</div><div>+66 38 000 217 / +66 81 000 9043</div></div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, 13 Nov 2024 at 14:50, Nguyễn Thu Hà &lt;<a href="mailto:{{ha}}">{{ha}}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div style="font-family:arial,helvetica,sans-serif;font-size:12pt;color:#000000">{{ha_html}}<br>
<br>
<hr id="zwchr"><div><b>From: </b>"Somchai Wongsakul" &lt;<a href="mailto:{{sw}}">{{sw}}</a>&gt;<br><b>To: </b>"Nguyễn Thu Hà" &lt;<a href="mailto:{{ha}}">{{ha}}</a>&gt;<br><b>Sent: </b>Tuesday, 12 November, 2024 17:04:11<br><b>Subject: </b>{{subj}}<br></div><br><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px">{{orig_html}}</blockquote></div></blockquote></div>
'''
    html = fill(html, ha=HA[1], sw=somchai[1], subj=esc(subj), ha_html=html_ha,
                orig_html=html_orig)
    body = multi('alternative', gmail_boundary(rng), [
        leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % somchai[1]] + rec + [auth] + extra
    H += ['MIME-Version: 1.0',
          'References: %s\n %s' % (orig_mid, ha_mid),
          'In-Reply-To: ' + ha_mid,
          'From: ' + addr(somchai), 'Date: ' + rdate(date), 'Message-ID: ' + mid,
          ('Subject', 'Re: ' + subj), 'To: ' + addr(HA), 'Cc: ' + addr(ops)]
    return build(H, body)


def m05(rng):
    """Business: internal forward with the original inline (Thunderbird, 8bit)."""
    date = T(2025, 1, 6, 8, 51, 27)
    menon = ('Rajesh Menon', 'r.menon@oceanic-survey.example')
    odate = T(2025, 1, 4, 17, 26, 40, SG)
    rec, sig = internal_hops(rng, date, HA[1], client_ip='10.20.31.%d' % rng.randrange(20, 240),
                             authuser=BAO[1])
    mid = '<%s@%s>' % (ruuid(rng), ORG)
    text = '''Chị Hà,

FYI - draft survey report for the PM-07 load-out from Captain Menon.
Two points concern procurement:

 * He wants 2 extra 35 t shackles as spares on the barge (item 4.3).
   Can we take them from the Straits Lifting order stock?
 * Sea-fastening plates: they need 12 mm instead of 10 mm. Khánh is
   checking what we have in the yard; otherwise we need a quick PO.

I'll reply to him after our 10:00 meeting.

Thanks,
Bảo

-------- Forwarded Message --------
Subject: \tDraft survey report - barge PM-07 load-out
Date: \t%s
From: \t%s <%s>
To: \t%s
CC: \tops@oceanic-survey.example



Dear Mr Bao,

Please find below my preliminary findings from the pre-load-out
inspection carried out on 3 January at your Dinh Vu yard. The formal
report with photographs will follow on Tuesday.

1. Barge PM-07 general condition satisfactory. Ballast tanks 2P/2S
   sounded and recorded; no ingress observed.
2. Skidding track alignment within tolerance (max. deviation 6 mm).
3. Load-out calculations rev. 3 reviewed; no comments except that the
   tidal window on 9 January should be confirmed with the harbour
   master's latest tide table.
4. Sea-fastening:
   4.1 Welding of stoppers to be carried out by certified welders only;
       please have certificates available on site.
   4.2 Proposed 10 mm doubler plates are under-sized for the
       calculated loads. Please use 12 mm (grade AH36 or equivalent).
   4.3 Two spare 35 t shackles should be kept on board.
5. Weather criteria for the tow: max. Hs 1.5 m, wind below 20 knots.

I remain available to attend the load-out on 9 January and will need
a site pass for myself and one assistant.

Kind regards,

Capt. Rajesh Menon
Principal Marine Surveyor
Oceanic Survey & Consultancy Pte Ltd
Singapore
''' % (rdate(odate), menon[0], menon[1], BAO[1])
    body = leaf('text/plain; charset=UTF-8; format=flowed', text, '8bit')
    H = ['Return-Path: <%s>' % BAO[1]] + rec + [sig]
    H += ['Message-ID: ' + mid, 'Date: ' + rdate(date), 'MIME-Version: 1.0',
          'User-Agent: Mozilla Thunderbird',
          'Content-Language: en-US',
          'To: ' + addr(HA),
          'From: ' + addr(BAO),
          ('Subject', 'Fwd: Draft survey report - barge PM-07 load-out'),
          'References: <%s@oceanic-survey.example>' % ruuid(rng),
          'X-Forwarded-Message-Id: <%s@oceanic-survey.example>' % ruuid(rng),
          CT]
    return build(H, body)


def m06(rng):
    """Business: short 'see attached' with an XLSX (Outlook desktop, IMAP)."""
    date = T(2025, 1, 15, 14, 3, 55)
    rec, sig = internal_hops(rng, date, HA[1], client_ip='10.20.32.%d' % rng.randrange(20, 240),
                             authuser=CHAU[1])
    a, b_, c = rhex(rng, 4), rhex(rng, 8), rhex(rng, 8)
    mid = '<00%s01db6717$%s$%s$@%s>' % (a, b_, c, ORG)
    tag = '01DB6717.%s' % rhex(rng, 8, upper=True)
    plain = '''Hi Hà,

Please see attached the Q4-2024 freight cost summary by lane.

The second tab (demurrage & detention) is still missing December for
the Maersk lanes - I will update it when their final invoice comes in.

Regards,
Châu

Lê Minh Châu
Cost Control - Finance Department
Phu Minh Engineering & Logistics Corp.
Ext. 2315
'''
    html = fill(WORD_HEAD, cs='utf-8', font='Calibri') + '''<p class="MsoNormal">Hi Hà,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please see attached the Q4-2024 freight cost summary by lane.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The second tab (demurrage &amp; detention) is still missing December for the Maersk lanes &#8211; I will update it when their final invoice comes in.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Regards,<o:p></o:p></p>
<p class="MsoNormal">Châu<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#2F5496">Lê Minh Châu</span></b><span style="font-size:10.0pt;color:#2F5496"><br>Cost Control &#8211; Finance Department<br>Phu Minh Engineering &amp; Logistics Corp.<br>Ext. 2315</span><o:p></o:p></p>
</div>
</body>
</html>
'''
    sheet1 = [['Lane', 'Mode', 'Shipments', 'Freight (USD)', 'Surcharges (USD)', 'Total (USD)'],
              ['Hai Phong - Port Klang', 'FCL 40HC', ('n', '14'), ('n', '23940'), ('n', '4186'), ('n', '28126')],
              ['Hai Phong - Laem Chabang', 'FCL 20GP', ('n', '9'), ('n', '7650'), ('n', '1512'), ('n', '9162')],
              ['Laem Chabang - Hai Phong', 'Breakbulk', ('n', '2'), ('n', '61800'), ('n', '5420'), ('n', '67220')],
              ['Singapore - Hai Phong', 'LCL', ('n', '6'), ('n', '2874.5'), ('n', '611'), ('n', '3485.5')],
              ['Hai Phong - Kinh Mon', 'Road heavy-lift', ('n', '3'), ('n', '58212'), ('n', '0'), ('n', '58212')],
              ['Total', '', ('n', '34'), ('n', '154476.5'), ('n', '11729'), ('n', '166205.5')]]
    sheet2 = [['Lane', 'Carrier', 'Oct (USD)', 'Nov (USD)', 'Dec (USD)', 'Note'],
              ['Hai Phong - Port Klang', 'Maersk', ('n', '1240'), ('n', '860'), '', 'Dec pending final invoice'],
              ['Hai Phong - Laem Chabang', 'ONE', ('n', '0'), ('n', '315'), ('n', '0'), ''],
              ['Singapore - Hai Phong', 'CFS consol', ('n', '95'), ('n', '0'), ('n', '140'), '']]
    xlsx = make_xlsx([('Freight by lane', sheet1), ('D&D', sheet2)], (2025, 1, 15, 13, 58, 10))
    fname = 'PMEL_Freight_Cost_Q4-2024.xlsx'
    body = multi('mixed', '----=_NextPart_000_%s_%s' % (rhex(rng, 4, upper=True), tag), [
        multi('alternative', '----=_NextPart_001_%s_%s' % (rhex(rng, 4, upper=True), tag), [
            leaf('text/plain;\n\tcharset="utf-8"', plain, 'quoted-printable'),
            leaf('text/html;\n\tcharset="utf-8"', html, 'quoted-printable'),
        ]),
        leaf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n\tname="%s"' % fname,
             xlsx, 'base64', extra=[('Content-Disposition', 'attachment;\n\tfilename="%s"' % fname)]),
    ], preamble='This is a multipart message in MIME format.')
    H = ['Return-Path: <%s>' % CHAU[1]] + rec + [sig]
    H += ['From: ' + addr(CHAU, charset_case='utf-8'), 'To: ' + addr(HA, charset_case='utf-8'),
          'Subject: Q4-2024 freight cost summary', 'Date: ' + rdate(date),
          'Message-ID: ' + mid, 'MIME-Version: 1.0', CT,
          'X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + thread_index(rng),
          'Content-Language: en-us']
    return build(H, body)


def m07(rng):
    """Business: out-of-office automatic reply (Exchange Online, Malaysia)."""
    date = T(2024, 12, 23, 2, 14, 50, UTC)
    aisyah = ('Aisyah Rahman', 'aisyah.rahman@penangfreight.example')
    mbx = 'KL1PR06MB' + rdig(rng, 4)
    x = exo(rng, date, mbx, 'penangfreight.example', HA, '52.101.%d.%d' % (rng.randrange(128, 140), rng.randrange(2, 250)),
            'MY1PR03CU002.outbound.protection.outlook.com '
            'mail-malaysiaazon11012%03d.outbound.protection.outlook.com' % rng.randrange(0, 999))
    orig_subj = 'Booking request - 3x40HC Penang to Hai Phong, ETD 27 Dec'
    in_reply = zimbra_mid(rng, plus(date, -40))
    mid = outlook_mid(rng, mbx)
    plain = '''Thank you for your email.

I am on annual leave from 23 to 27 December 2024 with limited access to
email. For new bookings and urgent shipment matters please contact my
colleague Mr Ravi Chandran (ravi.c@penangfreight.example,
+60 4 000 3318).

I will reply to your message when I am back in the office on Monday,
30 December.

Best regards,
Aisyah Rahman
Penang Freight Services Sdn Bhd
'''
    html = '''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head>
<body>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Thank you for your email.<br>
<br>
I am on annual leave from 23 to 27 December 2024 with limited access to email. For new bookings and urgent shipment matters please contact my colleague Mr Ravi Chandran (<a href="mailto:ravi.c@penangfreight.example">ravi.c@penangfreight.example</a>, +60 4 000 3318).<br>
<br>
I will reply to your message when I am back in the office on Monday, 30 December.<br>
<br>
Best regards,<br>
Aisyah Rahman<br>
Penang Freight Services Sdn Bhd</div>
</body>
</html>
'''
    local = mid[1:].split('@')[0]
    body = multi('alternative', '_000_%sKL1PR06MB%sapcprd06prodoutlookcom_' % (local[:13], local[13:]), [
        leaf('text/plain; charset="us-ascii"', plain, 'quoted-printable'),
        leaf('text/html; charset="us-ascii"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % aisyah[1]] + x['received'] + [x['auth']] + x['arc'] + [x['dkim']]
    H += ['From: ' + addr(aisyah), 'To: ' + addr(HA),
          ('Subject', 'Automatic reply: ' + orig_subj), ('Thread-Topic', orig_subj),
          'Thread-Index: ' + thread_index(rng),
          'Date: ' + rdate(date), 'Message-ID: ' + mid,
          'References: ' + in_reply, 'In-Reply-To: ' + in_reply,
          'Auto-Submitted: auto-replied', 'X-MS-Has-Attach:', 'X-Auto-Response-Suppress: All',
          'X-MS-TNEF-Correlator:', 'Content-Language: en-US']
    H += x['x_pre'] + [CT, 'MIME-Version: 1.0'] + x['x_post']
    return build(H, body)


def m08(rng):
    """Business: delivery status notification for a mistyped address (Postfix)."""
    date = T(2025, 2, 18, 9, 33, 17)
    sent = T(2025, 2, 18, 9, 33, 12)
    qid = pfqid_short(rng)
    bad = 'kelvn.tan@straitslifting.example'
    orig_mid = zimbra_mid(rng, sent)
    mx = 'straitslifting-example.mail.protection.outlook.com'
    mx_ip = '52.101.%d.%d' % (rng.randrange(128, 140), rng.randrange(2, 250))
    front = 'SG1PEPF0000%s.apcprd02.prod.outlook.com' % rhex(rng, 4, upper=True)
    boundary = '%s.%d/%s' % (qid, epoch(date), MAILHOST)
    notice = '''This is the mail system at host %s.

Your message could not be delivered to one or more of its recipients.
The details of the failure and the headers of your message are attached
below.

If you need help, please contact the IT Service Desk (ext. 2100 or
servicedesk@%s) and quote this report.

                   The mail system

<%s>: host
    %s[%s] said:
    550 5.4.1 Recipient address rejected: Access denied. For more
    information see https://aka.ms/EXOSmtpErrors
    [%s] (in reply to RCPT TO command)
''' % (MAILHOST, ORG, bad, mx, mx_ip, front)
    status = '''Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.1
Remote-MTA: dns; %s
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
    For more information see https://aka.ms/EXOSmtpErrors
    [%s]
''' % (MAILHOST, qid, HA[1], rdate(sent, 'postfix'), bad, bad, mx, front)
    orig_headers = '''Return-Path: <%s>
Received: from %s (localhost [127.0.0.1])
\tby %s (Postfix) with ESMTP id %s
\tfor <%s>; %s
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;
\ts=zm2024; t=%d; bh=%s;
\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;
\tb=%s
\t %s
Date: %s
From: %s
To: %s
Cc: %s
Message-ID: %s
Subject: Re: Quotation SLE-Q25-0112 - replacement shackles
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="=_%s"
X-Mailer: Zimbra 10.0.8_GA_4637 (ZimbraWebClient - GC132 (Win)/10.0.8_GA_4637)
Thread-Topic: Quotation SLE-Q25-0112 - replacement shackles
Thread-Index: %s
''' % (HA[1], MAILHOST, MAILHOST, qid, bad, rdate(sent, 'postfix'), ORG, epoch(sent),
       rb64(rng, 32), rs(rng, 68, B64), rs(rng, 70, B64), rdate(sent, 'std', 'ICT'),
       addr(HA), bad, addr(('Jasmine Lim', 'jasmine.lim@straitslifting.example')), orig_mid,
       ruuid(rng), thread_index(rng))
    body = multi('report', boundary, [
        leaf('text/plain; charset=us-ascii', notice, None, pre=[('Content-Description', 'Notification')]),
        leaf('message/delivery-status', status, None, pre=[('Content-Description', 'Delivery report')]),
        leaf('text/rfc822-headers', orig_headers, None,
             pre=[('Content-Description', 'Undelivered Message Headers')]),
    ], params=';\n\treport-type=delivery-status',
        preamble='This is a MIME-encapsulated message.', gap='')
    # Postfix puts Content-Description before Content-Type
    H = ['Return-Path: <>',
         gw_received(rng, MAILHOST, MAILHOST_IP, HA[1], plus(date, 1), tls=TLS13E),
         'Received: by %s (Postfix)\n\tid %s; %s' % (MAILHOST, qid, rdate(date, 'postfix')),
         'Date: ' + rdate(date, 'postfix'),
         'From: MAILER-DAEMON@%s (Mail Delivery System)' % MAILHOST,
         'Subject: Undelivered Mail Returned to Sender',
         'To: ' + HA[1],
         'Auto-Submitted: auto-replied',
         'MIME-Version: 1.0',
         CT,
         'Content-Transfer-Encoding: 7bit',
         'Message-Id: <%s.%s@%s>' % (stamp14(at(date, UTC)), qid, MAILHOST)]
    return build(H, body)


def ses_ids(rng, date, region=None):
    """Amazon SES style message id local part and host."""
    pre = '0100' if region is None else '0101'
    lp = '%s%s-%s-%s' % (pre, '%x' % (epoch(date) * 1000 + rng.randrange(1000)), ruuid(rng), '000000')
    host = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return lp, host


def m09(rng):
    """SaaS: cloud provider invoice available (AWS via Amazon SES)."""
    date = T(2025, 2, 2, 21, 48, 11, UTC)
    lp, host = ses_ids(rng, date)
    ip = '54.240.8.%d' % rng.randrange(10, 99)
    outhost = 'a8-%s.smtp-out.amazonses.com' % ip.split('.')[-1]
    d_in = plus(date, 2)
    sig1, b1 = dkim(rng, 'amazon.com', 'rte02', 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID',
                    ts=epoch(date), blen=128, indent='\t')
    sig2, b2 = dkim(rng, 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono',
                    'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID',
                    ts=epoch(date), blen=128, indent='\t')
    acct = '482109375512'
    inv = '1948273650'
    services = [('Amazon Elastic Compute Cloud', '612.40'), ('Amazon Relational Database Service', '398.15'),
                ('Amazon Simple Storage Service', '87.92'), ('Amazon CloudFront', '61.30'),
                ('Other services (12)', '124.60')]
    plain = '''Hello,

Your Amazon Web Services invoice for January 2025 is available.

Account name: pmel-tracking-prod
Account ID: %s
Invoice number: %s
Invoice date: February 2, 2025
Billing period: January 1 - January 31, 2025

Amount due: USD 1,284.37

%s

The amount due will be charged to your default payment method
(Mastercard ending in 8053) in the next few days. No action is needed.

To view the invoice and a breakdown of charges, sign in to the AWS
Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

To change who receives billing emails, update the billing contact in
your account settings.

Amazon Web Services, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210, USA

This message was produced and distributed by Amazon Web Services, Inc.
Please do not reply to this email; this mailbox is not monitored.
''' % (acct, inv, '\n'.join('%-40s USD %8s' % s for s in services))
    rows = ''.join('<tr><td style="padding:6px 0;border-bottom:1px solid #eaeded;font-size:14px;color:#16191f">%s</td>'
                   '<td align="right" style="padding:6px 0;border-bottom:1px solid #eaeded;font-size:14px;color:#16191f">USD %s</td></tr>\n'
                   % (esc(n), v) for n, v in services)
    html = fill('''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>AWS invoice</title></head>
<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:'Amazon Ember',Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;max-width:600px">
<tr><td style="background-color:#232f3e;padding:18px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS" style="display:block;border:0"></td></tr>
<tr><td style="padding:28px 24px 8px 24px">
<h1 style="margin:0 0 12px 0;font-size:22px;font-weight:normal;color:#16191f">Your invoice is available</h1>
<p style="margin:0 0 16px 0;font-size:14px;line-height:20px;color:#16191f">Your Amazon Web Services invoice for January 2025 is available. The amount due will be charged to your default payment method (Mastercard ending in 8053) in the next few days. No action is needed.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0">
<tr><td style="font-size:13px;color:#545b64;padding:3px 0">Account name</td><td align="right" style="font-size:13px;color:#16191f">pmel-tracking-prod</td></tr>
<tr><td style="font-size:13px;color:#545b64;padding:3px 0">Account ID</td><td align="right" style="font-size:13px;color:#16191f">{{acct}}</td></tr>
<tr><td style="font-size:13px;color:#545b64;padding:3px 0">Invoice number</td><td align="right" style="font-size:13px;color:#16191f">{{inv}}</td></tr>
<tr><td style="font-size:13px;color:#545b64;padding:3px 0">Billing period</td><td align="right" style="font-size:13px;color:#16191f">January 1 - January 31, 2025</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
{{rows}}<tr><td style="padding:10px 0;font-size:16px;font-weight:bold;color:#16191f">Amount due</td><td align="right" style="padding:10px 0;font-size:16px;font-weight:bold;color:#16191f">USD 1,284.37</td></tr>
</table>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:20px 0 24px 0"><tr><td style="background-color:#ff9900;border-radius:2px"><a href="https://console.aws.amazon.com/billing/home#/bills" style="display:inline-block;padding:10px 20px;font-size:14px;font-weight:bold;color:#16191f;text-decoration:none">View bill</a></td></tr></table>
<p style="margin:0 0 16px 0;font-size:13px;line-height:19px;color:#545b64">To change who receives billing emails, update the billing contact in your <a href="https://console.aws.amazon.com/billing/home#/account" style="color:#0073bb">account settings</a>.</p>
</td></tr>
<tr><td style="padding:16px 24px 24px 24px;border-top:1px solid #eaeded;font-size:11px;line-height:16px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, USA<br>This message was produced and distributed by Amazon Web Services, Inc. Please do not reply to this email; this mailbox is not monitored. <a href="https://aws.amazon.com/privacy/" style="color:#687078">Privacy</a></td></tr>
</table>
</td></tr></table>
</body></html>
''', acct=acct, inv=inv, rows=rows)
    ts = epoch(date) * 1000 + rng.randrange(1000)
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(100000, 999999), rng.randrange(10 ** 8, 10 ** 9), ts), [
        leaf('text/plain; charset=UTF-8', plain, '7bit'),
        leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s@bounces.amazon.com>' % lp,
         gw_received(rng, outhost, ip, THANG[1], d_in),
         'Received: from billing-notify-%s.iad.amazon.com (localhost [127.0.0.1])\n'
         '\tby email-smtp.us-east-1.amazonaws.com with ESMTPSA id %s;\n\t%s'
         % (rhex(rng, 8), rs(rng, 18, ALNUM), rdate(plus(date, 1), 'pad', 'UTC')),
         gw_auth([('amazon.com', 'rte02', b1), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', b2)],
                 (lp + '@bounces.amazon.com', ip), ('amazon.com', 'quarantine')),
         sig1, sig2,
         'Date: ' + rdate(date, 'pad', 'UTC'),
         'From: Amazon Web Services <no-reply-aws@amazon.com>',
         'To: ' + THANG[1],
         'Message-ID: <%s@%s>' % (lp, host),
         'Subject: Amazon Web Services Invoice Available [Account: %s]' % acct,
         'MIME-Version: 1.0', CT,
         'X-AMAZON-MAIL-RELAY-TYPE: notification',
         'Bounces-to: %s@bounces.amazon.com' % lp,
         'X-AMAZON-RTE-VERSION: 2.0',
         'X-SES-Outgoing: %04d.%02d.%02d-%s' % (date.year, date.month, date.day, ip),
         'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rs(rng, 43, ALNUM + '+/')]
    return build(H, body)


def m10(rng):
    """SaaS: meeting invitation with Zoom link and text/calendar (Google Calendar)."""
    date = T(2025, 3, 4, 3, 12, 40, UTC)
    priya = ('Priya Raman', 'priya.raman@harbourtech.example')
    start = T(2025, 3, 11, 14, 0, 0)
    end = T(2025, 3, 11, 15, 0, 0)
    zoom_id = '845 1726 3091'
    zoom_pwd = rs(rng, 32, ALNUM)
    zoom_url = 'https://us06web.zoom.us/j/%s?pwd=%s' % (zoom_id.replace(' ', ''), zoom_pwd)
    passcode = rdig(rng, 6)
    eid = rb64url(rng, 48)
    tok = rb64url(rng, 42)
    uid = '%s@google.com' % rs(rng, 26, LOWER + DIGITS)
    bounce = '3%s@calendar-server.bounces.google.com' % rs(rng, 40, ALNUM + '-')
    rec, auth, extra = google_hops(rng, date, HA, 'harbourtech.example',
                                   'to:from:subject:date:message-id:reply-to:sender:mime-version'
                                   ':from:to:cc:subject:date:message-id:reply-to',
                                   bounce, host='mail-sor-f73.google.com', ip='209.85.220.73',
                                   from_dom='harbourtech.example')
    title = 'Yard TOS integration - technical kickoff'
    when = '%s %s %d, %d %s - %s (GMT+7)' % (WD[start.weekday()], MO[start.month - 1], start.day,
                                            start.year, '2pm', '3pm')
    guests = [priya, ('Marcus Ong', 'marcus.ong@harbourtech.example'), HA, BAO, THANG]
    cal_url = 'https://calendar.google.com/calendar/event'
    rsvp = lambda r: '%s?action=RESPOND&eid=%s&rst=%d&tok=%s&ctz=Asia%%2FHo_Chi_Minh&hl=en_GB&es=1' % (cal_url, eid, r, tok)
    desc_lines = [
        'Agenda:',
        '1. Scope of the TOS-to-ERP interface (gate, yard, billing events)',
        '2. Data dictionary and message formats (EDI COARRI/CODECO, REST)',
        '3. Test environment access and VPN',
        '4. Timeline to the pilot in May',
        '',
        'Join Zoom Meeting',
        zoom_url,
        '',
        'Meeting ID: ' + zoom_id,
        'Passcode: ' + passcode,
    ]
    plain = '''Priya Raman has invited you to an event

%s
%s %d %s %d ⋅ 2pm – 3pm
Indochina Time - Ho Chi Minh City

Join Zoom Meeting
%s
Meeting ID: %s
Passcode: %s

Guests
%s
View all guest info %s?action=VIEW&eid=%s&tok=%s&ctz=Asia%%2FHo_Chi_Minh&hl=en_GB&es=1

%s

Reply for %s
Yes
%s
No
%s
Maybe
%s
More options
%s?action=VIEW&eid=%s&tok=%s&ctz=Asia%%2FHo_Chi_Minh&hl=en_GB&es=1

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response
to the organiser, be added to the guest list, invite others regardless
of their own invitation status, or modify your RSVP.
Learn more https://support.google.com/calendar/answer/37135#forwarding
''' % (title, WDL[start.weekday()], start.day, MOL[start.month - 1], start.year, zoom_url,
       zoom_id, passcode,
       '\n'.join('%s%s' % (g[1] if g in (HA, BAO, THANG) else g[0], ' - organiser' if g is priya else '') for g in guests),
       cal_url, eid, tok, '\n'.join(desc_lines[:5]), HA[1], rsvp(1), rsvp(2), rsvp(3), cal_url, eid, tok)
    guest_html = ''.join('<li style="margin:0 0 4px 0">%s%s</li>' % (
        esc(g[1] if g in (HA, BAO, THANG) else g[0]),
        ' <span style="color:#70757a">- organiser</span>' if g is priya else '') for g in guests)
    html = fill('''<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title></title></head><body style="background-color:#fff;margin:0;padding:0">
<span style="display:none;font-size:1px;color:#fff;max-height:0;overflow:hidden">{{title}}</span>
<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;max-width:600px;margin:0 auto;font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 16px 8px 16px;font-size:14px;color:#3c4043">Priya Raman has invited you to an event</td></tr>
<tr><td style="padding:0 16px"><h2 style="margin:0;font-size:22px;font-weight:400;color:#3c4043">{{title}}</h2></td></tr>
<tr><td style="padding:12px 16px 4px 16px;font-size:14px;color:#3c4043"><b>When</b><br>{{wd}} {{day}} {{mon}} {{yr}} &#8901; 2pm &#8211; 3pm (Indochina Time - Ho Chi Minh City)</td></tr>
<tr><td style="padding:12px 16px"><a href="{{zoom}}" style="display:inline-block;background-color:#1a73e8;color:#fff;font-size:14px;font-weight:500;padding:10px 24px;border-radius:4px;text-decoration:none">Join Zoom Meeting</a><div style="font-size:12px;color:#70757a;padding-top:6px">us06web.zoom.us/j/{{zid}}<br>Meeting ID: {{zids}} &middot; Passcode: {{pc}}</div></td></tr>
<tr><td style="padding:4px 16px;font-size:14px;color:#3c4043"><b>Guests</b><ul style="margin:6px 0 0 0;padding-left:18px">{{guests}}</ul><a href="{{view}}" style="color:#1a73e8;text-decoration:none;font-size:13px">View all guest info</a></td></tr>
<tr><td style="padding:12px 16px;font-size:14px;color:#3c4043;white-space:pre-wrap">{{agenda}}</td></tr>
<tr><td style="padding:12px 16px;border-top:1px solid #dadce0;font-size:14px;color:#3c4043">Reply for <a style="color:inherit;text-decoration:none">{{ha}}</a><br>
<a href="{{yes}}" style="display:inline-block;margin:8px 8px 0 0;padding:6px 16px;border:1px solid #dadce0;border-radius:16px;color:#3c4043;text-decoration:none">Yes</a><a href="{{no}}" style="display:inline-block;margin:8px 8px 0 0;padding:6px 16px;border:1px solid #dadce0;border-radius:16px;color:#3c4043;text-decoration:none">No</a><a href="{{maybe}}" style="display:inline-block;margin:8px 8px 0 0;padding:6px 16px;border:1px solid #dadce0;border-radius:16px;color:#3c4043;text-decoration:none">Maybe</a><a href="{{view}}" style="display:inline-block;margin:8px 0 0 0;padding:6px 16px;color:#1a73e8;text-decoration:none">More options</a></td></tr>
<tr><td style="padding:16px;font-size:12px;color:#70757a;border-top:1px solid #dadce0">Invitation from <a href="https://calendar.google.com/calendar/" style="color:#1a73e8;text-decoration:none">Google Calendar</a><br><br>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.<br><br>Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. <a href="https://support.google.com/calendar/answer/37135#forwarding" style="color:#1a73e8;text-decoration:none">Learn more</a></td></tr>
</table></body></html>
''', title=esc(title), wd=WDL[start.weekday()], day=str(start.day), mon=MOL[start.month - 1],
        yr=str(start.year), zoom=qa(zoom_url), zid=zoom_id.replace(' ', ''), zids=zoom_id, pc=passcode,
        guests=guest_html, agenda=esc('\n'.join(desc_lines[:5])), ha=HA[1],
        view=qa('%s?action=VIEW&eid=%s&tok=%s&ctz=Asia%%2FHo_Chi_Minh&hl=en_GB&es=1' % (cal_url, eid, tok)),
        yes=qa(rsvp(1)), no=qa(rsvp(2)), maybe=qa(rsvp(3)))
    z = lambda d: '%04d%02d%02dT%02d%02d%02dZ' % (d.year, d.month, d.day, d.hour, d.minute, d.second)
    desc = '\\n'.join(desc_lines).replace(',', '\\,').replace(';', '\\;')
    att = []
    for g in guests:
        if g is priya:
            att.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE'
                       ';CN=%s;X-NUM-GUESTS=0:mailto:%s' % (g[0], g[1]))
        else:
            cn = g[1] if g in (HA, BAO, THANG) else g[0]
            att.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP='
                       'TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (cn, g[1]))
    ics = ics_fold('\n'.join([
        'BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
        'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
        'DTSTART:' + z(at(start, UTC)), 'DTEND:' + z(at(end, UTC)), 'DTSTAMP:' + z(date),
        'ORGANIZER;CN=%s:mailto:%s' % priya, 'UID:' + uid] + att + [
        'X-MICROSOFT-CDO-OWNERAPPTID:-' + rdig(rng, 10),
        'CREATED:' + z(plus(date, -95)), 'DESCRIPTION:' + desc,
        'LAST-MODIFIED:' + z(date), 'LOCATION:' + zoom_url, 'SEQUENCE:0', 'STATUS:CONFIRMED',
        'SUMMARY:' + title, 'TRANSP:OPAQUE',
        'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
        'TRIGGER:-P0DT0H10M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])) + '\n'
    body = multi('mixed', gmail_boundary(rng), [
        multi('alternative', gmail_boundary(rng), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
            leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics.replace('\n', '\n'), '7bit'),
        ]),
        leaf('application/ics; name="invite.ics"', ics.replace('\n', '\r\n').encode('utf-8'), 'base64',
             extra=[('Content-Disposition', 'attachment; filename="invite.ics"')]),
    ])
    H = ['Return-Path: <%s>' % bounce] + rec + [auth] + extra
    H += ['MIME-Version: 1.0',
          'Reply-To: ' + addr(priya),
          'Sender: Google Calendar <calendar-notification@google.com>',
          'Auto-Submitted: auto-generated',
          'Message-ID: <calendar-%s@google.com>' % ruuid(rng),
          'Date: ' + rdate(date, 'std'),
          ('Subject', 'Invitation: %s @ %s (%s)' % (title, when, HA[1])),
          'From: ' + addr(priya),
          'To: ' + HA[1], CT]
    return build(H, body)


def m11(rng):
    """SaaS: Slack notification digest."""
    date = T(2025, 3, 27, 1, 0, 14, UTC)
    ip = '52.%d.%d.%d' % (rng.randrange(0, 99), rng.randrange(0, 250), rng.randrange(2, 250))
    host = 'mail-out-%s.slack-mail.com' % rs(rng, 3, LOWER + DIGITS)
    ws = 'pmel-projects'
    sig, b = dkim(rng, 'slack.com', 'google', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type',
                  ts=epoch(date))
    msgs = [
        ('#heavy-lift-pm07', 'Hoàng Gia Khánh', '6:42 AM',
         'Forklift 2 is back in service. Yard B is clear for the spreader beam delivery tomorrow 07:00.'),
        ('#heavy-lift-pm07', 'Nguyễn Thu Hà', '8:15 AM',
         '@Bảo the 12 mm plates are confirmed, supplier delivers Thursday. PO number is in the tracker.'),
        ('Direct message', 'Lê Minh Châu', '9:03 AM',
         'Can you confirm the crane hire days for February? I need them for the month-end accrual.'),
        ('#qc03-refurb', 'Hiroshi Takeda (Kitano Cranes)', '11:30 AM',
         'Uploaded method statement rev. B for the boom rope change. Please review before Friday.'),
    ]
    link = lambda: 'https://%s.slack.com/archives/C0%s/p%d' % (ws, rs(rng, 8, UPPER + DIGITS), epoch(date) * 1000000 - rng.randrange(10 ** 9))
    links = [link() for _ in msgs]
    plain = 'Hi Bảo,\n\nYou have 4 new notifications in the PMEL Projects workspace.\n\n'
    for (ch, who, t, txt), url in zip(msgs, links):
        plain += '%s\n%s  %s\n%s\n%s\n\n' % (ch, who, t, txt, url)
    plain += '''Open Slack: https://%s.slack.com/

You're receiving this email because you have unread mentions or direct
messages in PMEL Projects. Change your email notification settings:
https://%s.slack.com/account/notifications

Made by Slack Technologies, LLC | 50 Fremont Street | San Francisco, CA 94105
''' % (ws, ws)
    cards = ''
    for (ch, who, t, txt), url in zip(msgs, links):
        cards += fill('''<tr><td style="padding:14px 0;border-bottom:1px solid #ebeaeb">
<div style="font-size:13px;color:#616061;padding-bottom:4px">{{ch}}</div>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" style="padding-right:10px"><img src="https://a.slack-edge.com/80588/img/avatars/ava_00{{av}}-48.png" width="36" height="36" alt="" style="border-radius:4px;display:block"></td>
<td valign="top" style="font-size:15px;line-height:22px;color:#1d1c1d"><b>{{who}}</b> <span style="font-size:12px;color:#616061">{{t}}</span><br>{{txt}}<br><a href="{{url}}" style="font-size:13px;color:#1264a3;text-decoration:none">View in Slack</a></td>
</tr></table></td></tr>
''', ch=esc(ch), av='%02d' % rng.randrange(10, 25), who=esc(who), t=t, txt=esc(txt), url=qa(url))
    html = fill('''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><title>Slack</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:Slack-Lato,Lato,appleLogo,sans-serif">
<div style="display:none;max-height:0;overflow:hidden">Hoàng Gia Khánh: Forklift 2 is back in service...</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" border="0" style="max-width:580px">
<tr><td style="padding:32px 0 20px 0"><img src="https://a.slack-edge.com/bv1-13/slack_logo-ebd02d1.png" width="120" alt="Slack" style="display:block"></td></tr>
<tr><td style="font-size:30px;line-height:38px;font-weight:bold;color:#1d1c1d;padding-bottom:8px">You have 4 new notifications</td></tr>
<tr><td style="font-size:17px;line-height:26px;color:#1d1c1d;padding-bottom:16px">Hi Bảo, here's what you missed in <b>PMEL Projects</b> ({{ws}}.slack.com).</td></tr>
{{cards}}<tr><td style="padding:24px 0"><a href="https://{{ws}}.slack.com/" style="background:#611f69;color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;padding:12px 28px;border-radius:4px;display:inline-block">Open Slack</a></td></tr>
<tr><td style="font-size:12px;line-height:18px;color:#696969;padding:16px 0 40px 0;border-top:1px solid #ebeaeb">You're receiving this email because you have unread mentions or direct messages in PMEL Projects. <a href="https://{{ws}}.slack.com/account/notifications" style="color:#696969">Change your email notification settings</a>.<br><br><img src="https://a.slack-edge.com/bv1-13/slack_logo_gray-ab42bd4.png" width="60" alt="Slack"><br>Made by Slack Technologies, LLC<br>50 Fremont Street, San Francisco, CA 94105</td></tr>
</table></td></tr></table>
<img src="https://slack.com/emails/beacon/o/{{beacon}}.gif" width="1" height="1" alt="">
</body></html>
''', ws=ws, cards=cards, beacon=rs(rng, 40, ALNUM))
    body = multi('alternative', 'b1_' + rhex(rng, 32), [
        leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html, 'quoted-printable'),
    ])
    bounce = 'bounces+%s@mail.slack.com' % rdig(rng, 8)
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, BAO[1], plus(date, 3), tls=TLS13E),
         'Received: from slack.com (notif-mailer-%s.prod.slack-infra.com [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rhex(rng, 6), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid_short(rng), BAO[1], rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('slack.com', 'google', b)], (bounce, ip), ('slack.com', 'reject')),
         sig,
         'Date: ' + rdate(date, 'pad'),
         'To: ' + BAO[1],
         'From: Slack <feedback@slack.com>',
         ('Subject', ew('[Slack] Notifications from the PMEL Projects workspace')),
         'Message-ID: <%s@slack.com>' % rhex(rng, 32),
         'X-Slack-Notification-Type: digest',
         'List-Unsubscribe: <https://%s.slack.com/account/notifications/email/unsubscribe?t=%s>' % (ws, rb64url(rng, 24)),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m12(rng):
    """SaaS: Jira issue notification (Atlassian cloud via Amazon SES)."""
    date = T(2025, 4, 9, 3, 27, 52, UTC)
    lp, host = ses_ids(rng, date, region='us-west-2')
    ip = '54.240.%d.%d' % (rng.choice([27, 58]), rng.randrange(10, 99))
    outhost = 'e%s-%s.smtp-out.us-west-2.amazonses.com' % (rng.randrange(200, 260), ip.split('.')[-1])
    site = 'phuminh.atlassian.net'
    key = 'FIN-218'
    summary = 'Upload signed customs declarations for February shipments'
    sig1, b1 = dkim(rng, 'atlassian.net', 'mail', 'From:To:Subject:Date:Message-ID:In-Reply-To:MIME-Version:Content-Type',
                    ts=epoch(date), blen=256, indent='\t')
    sig2, b2 = dkim(rng, 'amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv',
                    'From:To:Subject:Date:Message-ID:In-Reply-To:MIME-Version:Content-Type:Feedback-ID',
                    ts=epoch(date), blen=128, indent='\t')
    issue_url = 'https://%s/browse/%s?atlOrigin=%s' % (site, key, rb64url(rng, 30))
    comment_url = 'https://%s/browse/%s?focusedCommentId=%d&atlOrigin=%s' % (site, key, rng.randrange(10000, 99999), rb64url(rng, 30))
    comment = ('@Nguyễn Thu Hà the declarations for the 6 February shipments are now in the shared folder '
               'except BAC/2024 lot 3 (still at the broker). Can you ask Sao Mai Customs Brokerage to send the '
               'stamped copy by Friday? Audit sample is due on 15 April.')
    plain = '''Lê Minh Châu mentioned you on %s: %s

%s

Lê Minh Châu
%s

View comment: %s

---
Status: In Progress    Assignee: Nguyễn Thu Hà    Priority: High
Due date: 15/Apr/25    Labels: audit-2025, customs

Reply to this email to add a comment to this issue.
Get Jira Cloud for mobile: https://www.atlassian.com/software/jira/mobile-app

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100281-sha1:%s).
Manage notifications: https://%s/jira/settings/personal/notifications
''' % (key, summary, comment, rdate(at(date, VN), 'std'), comment_url, rhex(rng, 7), site)
    html = fill('''<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;padding:0;background-color:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Noto Sans',Ubuntu,sans-serif"><tr><td align="center" style="padding:20px 10px">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:3px">
<tr><td style="padding:16px 24px;border-bottom:1px solid #dfe1e6"><img src="https://{{site}}/rest/api/2/universal_avatar/view/type/project/avatar/10418?size=medium" width="24" height="24" alt="" style="vertical-align:middle;border-radius:3px"> <a href="{{issue}}" style="font-size:14px;color:#0052cc;text-decoration:none;vertical-align:middle">Finance Operations</a> <span style="color:#6b778c">/</span> <a href="{{issue}}" style="font-size:14px;color:#0052cc;text-decoration:none">{{key}}</a></td></tr>
<tr><td style="padding:20px 24px 4px 24px"><a href="{{issue}}" style="font-size:20px;line-height:24px;color:#172b4d;text-decoration:none;font-weight:500">{{summary}}</a></td></tr>
<tr><td style="padding:16px 24px">
<table cellpadding="0" cellspacing="0" border="0"><tr><td valign="top" style="padding-right:12px"><img src="https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/LC-3.png" width="32" height="32" alt="" style="border-radius:50%"></td>
<td valign="top" style="font-size:14px;line-height:20px;color:#172b4d"><b>Lê Minh Châu</b> <span style="color:#6b778c">mentioned you in a comment</span><br>
<div style="margin-top:8px;padding:12px;border:1px solid #dfe1e6;border-radius:3px"><span style="background:#deebff;color:#0052cc;border-radius:20px;padding:0 4px">@Nguyễn Thu Hà</span> {{comment}}</div></td></tr></table></td></tr>
<tr><td style="padding:0 24px 20px 24px"><a href="{{curl}}" style="display:inline-block;background-color:#0052cc;color:#ffffff;font-size:14px;font-weight:500;padding:8px 12px;border-radius:3px;text-decoration:none">View comment</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#6b778c">Status: <b style="color:#0052cc">IN PROGRESS</b> &nbsp;&middot;&nbsp; Assignee: Nguyễn Thu Hà &nbsp;&middot;&nbsp; Priority: High &nbsp;&middot;&nbsp; Due: 15/Apr/25</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #dfe1e6;font-size:12px;line-height:18px;color:#6b778c">Reply to this email to add a comment to this issue.<br>Get Jira notifications on your phone! Download the <a href="https://www.atlassian.com/software/jira/mobile-app" style="color:#0052cc">Jira Cloud app</a> for Android or iOS.<br><a href="https://{{site}}/jira/settings/personal/notifications" style="color:#0052cc">Manage notifications</a> &middot; <a href="https://{{site}}/jira/feedback" style="color:#0052cc">Give feedback</a> &middot; <a href="https://www.atlassian.com/legal/privacy-policy" style="color:#0052cc">Privacy policy</a></td></tr>
</table>
<p style="font-size:11px;color:#97a0af;margin:12px 0 0 0">This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100281)<img src="https://{{site}}/gateway/api/notification-log/pixel/{{px}}.png" width="1" height="1" alt="" style="display:block"></p>
</td></tr></table></body></html>
''', site=site, issue=qa(issue_url), key=key, summary=esc(summary),
        comment=esc(comment.split(' ', 3)[-1]), curl=qa(comment_url), px=ruuid(rng))
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(10000, 99999), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 17), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s@%s>' % (lp, host.replace('amazonses.com', 'amazonses.com')),
         gw_received(rng, outhost, ip, HA[1], plus(date, 2)),
         'Received: from jira-mail-%s.ap-southeast-2.prod.atl-paas.net (localhost [127.0.0.1])\n'
         '\tby email-smtp.us-west-2.amazonaws.com with ESMTPSA id %s;\n\t%s'
         % (rhex(rng, 6), rs(rng, 20, ALNUM), rdate(plus(date, 1), 'pad', 'UTC')),
         gw_auth([('atlassian.net', 'mail', b1), ('amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv', b2)],
                 ('%s@%s' % (lp, host), ip), ('atlassian.net', 'none')),
         sig1, sig2,
         'Date: ' + rdate(date, 'pad', 'UTC'),
         'From: ' + addr(('Lê Minh Châu (Jira)', 'jira@' + site)),
         'Reply-To: jira@' + site,
         'To: ' + HA[1],
         'Message-ID: <JIRA.%d.%d@Atlassian.JIRA>' % (rng.randrange(10000, 99999), epoch(date) * 1000 + 233),
         'In-Reply-To: <JIRA.%d.%d@Atlassian.JIRA>' % (rng.randrange(10000, 99999), epoch(date) * 1000 - 5 * 86400000),
         ('Subject', ew('[JIRA] (%s) %s' % (key, summary))),
         'MIME-Version: 1.0', CT,
         'X-JIRA-FingerPrint: ' + rhex(rng, 32),
         'Auto-Submitted: auto-generated',
         'Precedence: bulk',
         'X-SES-Outgoing: %04d.%02d.%02d-%s' % (date.year, date.month, date.day, ip),
         'Feedback-ID: ::1.us-west-2.%s=:AmazonSES' % rs(rng, 43, ALNUM + '+/')]
    return build(H, body)


def m13(rng):
    """SaaS: HubSpot scheduled report."""
    date = T(2025, 6, 2, 1, 5, 22, UTC)
    ip = '143.244.%d.%d' % (rng.randrange(80, 95), rng.randrange(2, 250))
    host = 'b%s.smtp-out.hubspotemail.net' % rng.randrange(10, 99)
    portal = rdig(rng, 8)
    rid = rdig(rng, 8)
    sig1, b1 = dkim(rng, 'hubspot.com', 'hs1', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                    ts=epoch(date), blen=256)
    sig2, b2 = dkim(rng, 'hubspotemail.net', 'hs2', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                    ts=epoch(date), blen=128)
    rname = 'Weekly freight enquiries by source'
    rows = [('Website form', '21', '6', '2'), ('Trade show leads', '9', '3', '1'),
            ('Referral (partners)', '7', '2', '0'), ('Direct email', '11', '0', '0')]
    url = 'https://app.hubspot.com/reports-dashboard/%s/view/%s?utm_source=scheduled-report&utm_medium=email' % (portal, rid)
    plain = '''Your scheduled report is ready

%s
Date range: 26 May 2025 - 1 Jun 2025 (last week)
Shared by: Nguyễn Thu Hà

Source | New enquiries | Deals created | Closed won
%s
Total | 48 | 11 | 3

Closed-won amount: VND 1,842,500,000
Average days to close: 19

View the full report in HubSpot:
%s

You're receiving this because Nguyễn Thu Hà scheduled this report to be
sent to you every Monday. To stop receiving it, open the report and
remove yourself from the schedule, or manage your notification settings:
https://app.hubspot.com/user-preferences/%s/notifications

HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141, USA
''' % (rname, '\n'.join(' | '.join(r) for r in rows), url, portal)
    trs = ''.join('<tr><td style="padding:8px 10px;border-bottom:1px solid #dfe3eb">%s</td><td align="right" style="padding:8px 10px;border-bottom:1px solid #dfe3eb">%s</td><td align="right" style="padding:8px 10px;border-bottom:1px solid #dfe3eb">%s</td><td align="right" style="padding:8px 10px;border-bottom:1px solid #dfe3eb">%s</td></tr>\n' % tuple(esc(c) for c in r) for r in rows)
    html = fill('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css">
@media only screen and (max-width:480px){.hs-wrap{width:100% !important}}
</style></head>
<body style="margin:0;background:#f5f8fa;font-family:Lexend Deca,Helvetica,Arial,sans-serif;color:#33475b">
<table class="hs-wrap" align="center" width="600" cellpadding="0" cellspacing="0" border="0" style="margin:0 auto;background:#ffffff">
<tr><td style="padding:20px 30px;border-bottom:3px solid #ff7a59"><img src="https://static.hsappstatic.net/StyleGuideUI/static-3.460/img/sprocket/hubspot-logo-color.png" width="110" alt="HubSpot"></td></tr>
<tr><td style="padding:26px 30px 6px 30px"><p style="margin:0;font-size:13px;text-transform:uppercase;letter-spacing:1px;color:#7c98b6">Scheduled report</p><h1 style="margin:6px 0 4px 0;font-size:22px;color:#33475b">{{rname}}</h1><p style="margin:0;font-size:14px;color:#516f90">26 May 2025 &ndash; 1 Jun 2025 &middot; shared by Nguyễn Thu Hà</p></td></tr>
<tr><td style="padding:18px 30px">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px">
<tr style="background:#eaf0f6"><th align="left" style="padding:8px 10px">Source</th><th align="right" style="padding:8px 10px">New enquiries</th><th align="right" style="padding:8px 10px">Deals created</th><th align="right" style="padding:8px 10px">Closed won</th></tr>
{{rows}}<tr><td style="padding:8px 10px;font-weight:bold">Total</td><td align="right" style="padding:8px 10px;font-weight:bold">48</td><td align="right" style="padding:8px 10px;font-weight:bold">11</td><td align="right" style="padding:8px 10px;font-weight:bold">3</td></tr>
</table></td></tr>
<tr><td style="padding:0 30px 10px 30px"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="50%" style="padding:12px;background:#f5f8fa;border-radius:3px"><div style="font-size:12px;color:#7c98b6">Closed-won amount</div><div style="font-size:20px;font-weight:bold">VND 1,842,500,000</div></td>
<td width="4%"></td>
<td width="46%" style="padding:12px;background:#f5f8fa;border-radius:3px"><div style="font-size:12px;color:#7c98b6">Average days to close</div><div style="font-size:20px;font-weight:bold">19</div></td></tr></table></td></tr>
<tr><td align="center" style="padding:20px 30px 28px 30px"><a href="{{url}}" style="background:#ff7a59;color:#ffffff;text-decoration:none;font-size:15px;padding:12px 24px;border-radius:3px;display:inline-block">View report in HubSpot</a></td></tr>
<tr><td style="padding:18px 30px;background:#f5f8fa;font-size:12px;line-height:18px;color:#7c98b6">You're receiving this because Nguyễn Thu Hà scheduled this report to be sent to you every Monday. To stop receiving it, remove yourself from the schedule or <a href="https://app.hubspot.com/user-preferences/{{portal}}/notifications" style="color:#0091ae">manage your notification settings</a>.<br>HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141, USA</td></tr>
</table></body></html>
''', rname=esc(rname), rows=trs, url=qa(url), portal=portal)
    bounce = '%s-%s@bounce.hubspotemail.net' % (rs(rng, 10, LOWER + DIGITS), rhex(rng, 12))
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 402), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, LONG[1], plus(date, 2)),
         'Received: from notifications-sender-%s.iad03.hubinternal.net (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rhex(rng, 5), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid(rng), LONG[1], rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('hubspot.com', 'hs1', b1), ('hubspotemail.net', 'hs2', b2)], (bounce, ip), ('hubspot.com', 'reject')),
         sig1, sig2,
         'Date: ' + rdate(date, 'std'),
         'From: HubSpot <noreply@notifications.hubspot.com>',
         'To: ' + LONG[1],
         'Message-ID: <%s@notifications.hubspot.com>' % ruuid(rng),
         ('Subject', '%s - your weekly HubSpot report' % rname),
         'MIME-Version: 1.0', CT,
         'X-HubSpot-Notification-Type: SCHEDULED_REPORT',
         'X-HS-Portal-Id: ' + portal,
         'Auto-Submitted: auto-generated']
    return build(H, body)


def m14(rng):
    """SaaS: DocuSign envelope completed."""
    date = T(2025, 4, 25, 9, 14, 3, UTC)
    ip = '64.207.219.%d' % rng.randrange(10, 140)
    host = 'mailch%d.docusign.net' % rng.randrange(1, 6)
    sender = ('Ngô Thanh Tùng', 'tung.ngothanh@dvip-leasing.example')
    env = ruuid(rng, upper=True)
    doc = 'Warehouse Lease Renewal 2025-2027 - Lot B3 Dinh Vu'
    a = ruuid(rng)
    er = ruuid(rng)
    url = 'https://na3.docusign.net/Member/EmailStart.aspx?a=%s&acct=%s&er=%s' % (a, ruuid(rng), er)
    sig, b = dkim(rng, 'docusign.net', 'mail', 'From:To:Reply-To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  ts=epoch(date), blen=256)
    plain = '''Your document has been completed

All parties have completed "Please DocuSign: %s.pdf".

VIEW COMPLETED DOCUMENT
%s

Sender: %s (%s)
Envelope ID: %s

Keep this email private
This email contains a link that opens the completed document in your
DocuSign account. Please do not forward it. Anyone with the link may be
able to view the document after signing in.

Other ways to access the document
Sign in at docusign.com, go to Agreements > Completed, and look for
Envelope ID %s.

About DocuSign
DocuSign is used by businesses worldwide to send and sign agreements
electronically. Questions about this document? Contact the sender
directly at %s.

This message was sent to you by %s via the DocuSign Electronic
Signature Service.
''' % (doc, url, sender[0], sender[1], env, env, sender[1], sender[0])
    html = fill('''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="initial-scale=1.0"></head>
<body style="padding:0;margin:0;background-color:#eaeaea">
<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#eaeaea;padding:2%;font-family:Helvetica,Arial,'Sans Serif'">
<tr><td></td><td width="640"><table style="border-collapse:collapse;background-color:#ffffff;max-width:640px" width="100%">
<tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116" style="border:none"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table border="0" cellspacing="0" cellpadding="0" width="100%" style="color:#ffffff;background-color:#1e4ca1"><tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;font-size:16px;font-family:Helvetica,Arial,'Sans Serif'">
<img src="https://na3.docusign.net/member/Images/email/docComplete-white.png" width="75" height="75" alt=""><br>
<p style="font-size:16px;line-height:24px;color:#ffffff;margin:12px 0 0 0">Your document has been completed</p>
<table cellspacing="0" cellpadding="0" style="margin-top:30px"><tr><td align="center" style="font-size:15px;color:#333333;background-color:#ffc423;border-radius:2px"><a href="{{url}}" style="font-size:15px;color:#333333;text-decoration:none;display:block;padding:0 24px;line-height:44px;font-weight:bold">VIEW COMPLETED DOCUMENT</a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;line-height:22px">All parties have completed <b>Please DocuSign: {{doc}}.pdf</b>.<br><br><span style="font-size:13px;color:#666666">Sender: {{sname}} &lt;{{smail}}&gt;<br>Envelope ID: {{env}}</span></td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-size:11px;color:#666666;line-height:16px"><b>Keep this email private</b><br>This email contains a link that opens the completed document in your DocuSign account. Please do not forward it. Anyone with the link may be able to view the document after signing in.<br><br><b>Other ways to access the document</b><br>Sign in at <a href="https://www.docusign.com" style="color:#2463d1">docusign.com</a>, go to Agreements &gt; Completed, and look for the envelope ID above.<br><br><b>About DocuSign</b><br>DocuSign is used by businesses worldwide to send and sign agreements electronically. Questions about this document? Contact the sender directly at <a href="mailto:{{smail}}" style="color:#2463d1">{{smail}}</a>.<br><br>This message was sent to you by {{sname}} via the DocuSign Electronic Signature Service.</td></tr>
<tr><td style="padding:20px 24px;background-color:#eaeaea"><img src="https://na3.docusign.net/Member/Images/email/docusign-logo-footer.png" alt="" width="96"><div style="font-size:10px;color:#666666;margin-top:8px"><a href="https://www.docusign.com/company/terms-and-conditions/web" style="color:#666666">Terms of Use</a> | <a href="https://www.docusign.com/privacy" style="color:#666666">Privacy</a></div></td></tr>
</table></td><td></td></tr></table></body></html>
''', url=qa(url), doc=esc(doc), sname=esc(sender[0]), smail=sender[1], env=env)
    body = multi('alternative', '----=_NextPart_%s' % rhex(rng, 24), [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html, 'base64'),
    ])
    H = ['Return-Path: <dse_NA3@docusign.net>',
         gw_received(rng, host, ip, LONG[1], plus(date, 3), tls=TLS12),
         'Received: from NA3PRDMTA%02d (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rng.randrange(1, 20), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid_short(rng), LONG[1], rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('docusign.net', 'mail', b)], ('dse_NA3@docusign.net', ip), ('docusign.net', 'reject')),
         sig,
         'Reply-To: ' + addr(sender),
         'From: ' + addr(('%s via DocuSign' % sender[0], 'dse_NA3@docusign.net')),
         'To: ' + addr(LONG),
         'Message-ID: <%s@docusign.net>' % rhex(rng, 32),
         'Date: ' + rdate(date, 'std'),
         ('Subject', 'Completed: Please DocuSign: %s.pdf' % doc),
         'MIME-Version: 1.0', CT,
         'X-DocuSign-Envelope-ID: ' + env]
    return build(H, body)


def m15(rng):
    """SaaS: Dropbox 'folder shared with you' from a named colleague."""
    date = T(2025, 1, 23, 2, 48, 51, UTC)
    ip = '162.125.%d.%d' % (rng.randrange(0, 20), rng.randrange(2, 250))
    host = 'mail-sender-%d.dropbox.com' % rng.randrange(1, 40)
    folder = 'PM-07 lifting plan rev C'
    url = 'https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&e=1&dl=0' % (
        rs(rng, 25, LOWER + DIGITS), rs(rng, 22, ALNUM + '-_'), rs(rng, 25, LOWER + DIGITS))
    sig, b = dkim(rng, 'dropbox.com', 'mandrill', 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  ts=epoch(date), blen=256)
    note = ('Hà ơi, final lifting plan + rigging calc for PM-07. Please check the shackle '
            'list in 03_Rigging before you place the order. Thanks!')
    plain = '''Trần Quốc Bảo (%s) invited you to view the folder "%s" on Dropbox.

"%s"

Go to folder: %s

Files in this folder:
  01_Lifting plan PM-07 rev C.pdf
  02_Crane configuration 250t crawler.pdf
  03_Rigging/ (4 files)
  04_Ground bearing calc.xlsx

Enjoy!
The Dropbox team

You received this email because Trần Quốc Bảo shared a folder with you.
Dropbox, Inc., 1800 Owens St., San Francisco, CA 94158
Unsubscribe from share notifications: https://www.dropbox.com/account/notifications
''' % (BAO[1], folder, note, url)
    html = fill('''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Dropbox</title></head>
<body style="margin:0;padding:0;background-color:#f7f5f2">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">Trần Quốc Bảo shared &quot;{{folder}}&quot; with you</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f7f5f2"><tr><td align="center" style="padding:32px 16px">
<table width="520" cellpadding="0" cellspacing="0" border="0" style="max-width:520px;background-color:#ffffff;border:1px solid #e6e3de;font-family:'Sharp Grotesk','Atlas Grotesk',Arial,sans-serif">
<tr><td style="padding:28px 32px 0 32px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34%402x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="padding:20px 32px 0 32px;font-size:22px;line-height:30px;color:#1e1919">Trần Quốc Bảo shared a folder with you</td></tr>
<tr><td style="padding:16px 32px 0 32px"><table cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:#f7f5f2;border-radius:8px"><tr>
<td style="padding:14px 16px" width="40"><img src="https://cfl.dropboxstatic.com/static/images/icons128/folder_user.png" width="40" height="40" alt=""></td>
<td style="padding:14px 16px 14px 0;font-size:15px;color:#1e1919"><b>{{folder}}</b><br><span style="font-size:13px;color:#637282">4 items &middot; shared by {{bao_mail}}</span></td></tr></table></td></tr>
<tr><td style="padding:16px 32px 0 32px;font-size:15px;line-height:22px;color:#1e1919"><i>&ldquo;{{note}}&rdquo;</i></td></tr>
<tr><td style="padding:24px 32px 32px 32px"><a href="{{url}}" style="display:inline-block;background-color:#0061fe;color:#ffffff;font-size:15px;font-weight:600;text-decoration:none;padding:11px 22px;border-radius:4px">Go to folder</a></td></tr>
</table>
<table width="520" cellpadding="0" cellspacing="0" border="0" style="max-width:520px"><tr><td style="padding:16px 8px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#637282">You received this email because Trần Quốc Bảo shared a folder with you. <a href="https://www.dropbox.com/account/notifications" style="color:#637282">Unsubscribe</a> from share notifications.<br>Dropbox, Inc., 1800 Owens St., San Francisco, CA 94158</td></tr></table>
</td></tr></table>
<img src="https://www.dropbox.com/l/{{px}}" width="1" height="1" alt="" style="display:block">
</body></html>
''', folder=esc(folder), note=esc(note), bao_mail=BAO[1], url=qa(url), px=rs(rng, 48, ALNUM))
    body = multi('alternative', '_av-%s' % rs(rng, 22, ALNUM), [
        leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html, 'quoted-printable'),
    ])
    bounce = 'bounce-md_%d.%s.v1-%s@bounce.dropbox.com' % (rng.randrange(10 ** 7, 10 ** 8), rhex(rng, 8), rhex(rng, 32))
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, HA[1], plus(date, 2)),
         'Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             host, pfqid(rng), HA[1], rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('dropbox.com', 'mandrill', b)], (bounce, ip), ('dropbox.com', 'reject')),
         sig,
         'From: ' + addr(('Trần Quốc Bảo (via Dropbox)', 'no-reply@dropbox.com')),
         'Reply-To: ' + addr(BAO),
         'To: ' + HA[1],
         ('Subject', ew('Trần Quốc Bảo shared "%s" with you' % folder)),
         'Date: ' + rdate(date, 'std'),
         'Message-ID: <%s.%s@dropbox.com>' % (stamp14(date), rhex(rng, 24)),
         'X-Dropbox-Notification-Type: shared_folder_invite',
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m16(rng):
    """SaaS: password reset the user requested (GitHub)."""
    date = T(2025, 2, 8, 2, 36, 19, UTC)
    ip = '192.30.252.%d' % rng.choice([192, 196, 201, 204, 206, 207, 210])
    host = 'out-%d.smtp.github.com' % rng.randrange(10, 30)
    token = rs(rng, 40, ALNUM)
    login = 'pmel-thangpd'
    sig, b = dkim(rng, 'github.com', 'pf2023', 'Date:From:To:Subject:From', ts=epoch(date), blen=256)
    url = 'https://github.com/password_reset/%s' % token
    plain = '''Hi @%s,

A password reset was requested for your GitHub account from
IP address 113.%d.%d.%d (Hai Phong, Viet Nam) a few moments ago.

To choose a new password, use this link within the next 3 hours:
%s

After that the link expires and you can ask for a new one at
https://github.com/password_reset

If you did not ask to reset your password, you can safely ignore this
email - your current password keeps working and nothing has changed.

Thanks,
The GitHub Team
''' % (login, rng.randrange(160, 190), rng.randrange(0, 255), rng.randrange(1, 254), url)
    html = fill('''<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reset your GitHub password</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;color:#24292f">
<div style="max-width:544px;margin:0 auto;padding:32px 16px">
<div style="text-align:center;padding-bottom:24px"><img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" height="32" alt="GitHub"></div>
<h2 style="font-size:24px;font-weight:300;text-align:center;margin:0 0 24px 0">Reset your GitHub password</h2>
<div style="border:1px solid #d0d7de;border-radius:6px;padding:24px;font-size:14px;line-height:1.5">
<p style="margin:0 0 12px 0">Hi <b>@{{login}}</b>,</p>
<p style="margin:0 0 16px 0">A password reset was requested for your GitHub account a few moments ago. To choose a new password, use the button below within the next 3 hours.</p>
<p style="text-align:center;margin:0 0 16px 0"><a href="{{url}}" style="display:inline-block;background:#1f883d;color:#ffffff;font-weight:600;text-decoration:none;padding:10px 20px;border-radius:6px">Reset your password</a></p>
<p style="margin:0;color:#57606a;font-size:12px">If you did not ask to reset your password, you can safely ignore this email &mdash; your current password keeps working and nothing has changed.</p>
</div>
<p style="font-size:12px;color:#6e7781;text-align:center;margin-top:24px">You're receiving this email because a password reset was requested for your account.<br>GitHub, Inc. &#9679;88 Colin P Kelly Jr Street &#9679;San Francisco, CA 94107</p>
</div></body></html>
''', login=login, url=qa(url))
    mid_local = '%s%s_%s' % (rhex(rng, 8), rhex(rng, 5), rhex(rng, 6))
    body = multi('alternative', '--==_mimepart_%s_%s' % (rhex(rng, 13), rhex(rng, 6)), [
        leaf('text/plain;\n charset=UTF-8', plain, '7bit'),
        leaf('text/html;\n charset=UTF-8', html, '7bit'),
    ], params=';\n charset=UTF-8')
    H = ['Return-Path: <noreply@github.com>',
         gw_received(rng, host, ip, THANG[1], plus(date, 2), rdns=host),
         'Received: from github.com (hubbernetes-node-%s.va3-iad.github.net [10.52.%d.%d])\n'
         '\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s' % (
             rhex(rng, 10), rng.randrange(0, 250), rng.randrange(2, 250), pfqid(rng), THANG[1],
             rdate(at(plus(date, 1), PST), 'postfix', 'PST')),
         gw_auth([('github.com', 'pf2023', b)], ('noreply@github.com', ip), ('github.com', 'reject')),
         sig,
         'Date: ' + rdate(at(date, PST), 'std'),
         'From: GitHub <noreply@github.com>',
         'To: ' + THANG[1],
         'Message-ID: <%s@lowworker-%s-%s.mail>' % (mid_local, rhex(rng, 10), rs(rng, 5, LOWER + DIGITS)),
         'Subject: [GitHub] Please reset your password',
         'Mime-Version: 1.0', CT,
         'Content-Transfer-Encoding: 7bit',
         'X-Auto-Response-Suppress: All']
    return build(H, body)


def m17(rng):
    """SaaS: one-time security code (Microsoft account)."""
    date = T(2025, 7, 16, 1, 5, 33, PDT)
    code = rdig(rng, 6)
    ip = '40.107.%d.%d' % (rng.choice([223, 236, 243, 244]), rng.randrange(20, 130))
    helo = 'NAM12-DM6-obe.outbound.protection.outlook.com'
    rdns = 'mail-dm6nam12on2%03d.outbound.protection.outlook.com' % rng.randrange(10, 130)
    fe = 'MW4PR03CA0%03d' % rng.randrange(100, 999)
    be = 'DS0PR19MB%d' % rng.randrange(1000, 9999)
    eop = 'MW2NAM04FT0%02d' % rng.randrange(10, 99)
    d_in = plus(date, 4)
    masked = 'ha*****@' + ORG
    sig, b = dkim(rng, 'accountprotection.microsoft.com', 'selector1',
                  'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck',
                  indent=' ')
    plain = '''Microsoft account

Your security code

Use this code to finish signing in to the Microsoft account %s.

Security code: %s

The code expires in 10 minutes. If you didn't try to sign in just now,
someone may have typed your email address by mistake and you can ignore
this email. Your account is still secure.

You can review recent sign-in activity at
https://account.live.com/activity

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
''' % (masked, code)
    html = fill('''<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css">
.link:link, .link:active, .link:visited { color:#2672ec !important; text-decoration:none !important; }
.link:hover { color:#4284ee !important; text-decoration:none !important; }
</style><title></title></head>
<body>
<table dir="ltr"><tr><td id="i1" style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td id="i2" style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Your security code</td></tr>
<tr><td id="i3" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Use this code to finish signing in to the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec;text-decoration:none" href="mailto:{{masked}}">{{masked}}</a>.</td></tr>
<tr><td id="i4" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Security code: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a;">{{code}}</span></td></tr>
<tr><td id="i5" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The code expires in 10 minutes. If you didn't try to sign in just now, someone may have typed your email address by mistake and you can ignore this email. Your account is still secure.</td></tr>
<tr><td id="i6" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">You can review <a id="iLink1" class="link" style="color:#2672ec;text-decoration:none" href="https://account.live.com/activity">recent sign-in activity</a>.</td></tr>
<tr><td id="i7" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td id="i8" style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table>
<table dir="ltr" style="padding-top:40px"><tr><td style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:12px;color:#707070;"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" class="link" style="color:#2672ec;text-decoration:none">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>
</body></html>
''', masked=masked, code=code)
    mid = '<%s@%s.namprd19.prod.outlook.com>' % (ruuid(rng, upper=True), be)
    body = multi('alternative', '=-%s' % rb64(rng, 15), [
        leaf('text/plain; charset=utf-8', plain, 'base64'),
        leaf('text/html; charset=utf-8', html, 'base64'),
    ])
    H = ['Return-Path: <account-security-noreply@accountprotection.microsoft.com>',
         gw_received(rng, helo, ip, HA[1], d_in, rdns=rdns),
         ('Received: from %s.namprd03.prod.outlook.com (2603:10b6:303:8d::%x) by\n %s.namprd19.prod.outlook.com'
          ' (2603:10b6:8:1f2::%x) with Microsoft SMTP Server (version=TLS1_2,\n'
          ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8922.%d; %s'
          % (fe, rng.randrange(1, 40), be, rng.randrange(1, 40), rng.randrange(10, 40), rdate(at(plus(date, 2), UTC), 'pad'))),
         ('Received: from %s.eop-NAM04.prod.protection.outlook.com\n (2603:10b6:303:8d:cafe::%x) by %s.outlook.office365.com\n'
          ' (2603:10b6:303:8d::%x) with Microsoft SMTP Server (version=TLS1_3,\n'
          ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8922.%d via Frontend Transport; %s'
          % (eop, rng.randrange(16, 250), fe, rng.randrange(1, 40), rng.randrange(10, 40), rdate(at(plus(date, 1), UTC), 'pad'))),
         gw_auth([('accountprotection.microsoft.com', 'selector1', b)],
                 ('account-security-noreply@accountprotection.microsoft.com', ip),
                 ('accountprotection.microsoft.com', 'reject')),
         sig,
         'Date: ' + rdate(date, 'std'),
         'From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
         'Reply-To: no-reply@microsoft.com',
         'To: ' + HA[1],
         'Message-ID: ' + mid,
         'Subject: Microsoft account security code',
         'MIME-Version: 1.0', CT,
         'X-MS-PublicTrafficType: Email',
         'X-MS-Exchange-CrossTenant-originalarrivaltime: %s (UTC)' % rdate(at(plus(date, 1), UTC), 'pad')[5:-6],
         'X-MS-Exchange-CrossTenant-fromentityheader: Internet']
    return build(H, body)


def m18(rng):
    """SaaS: new sign-in security alert (Google account)."""
    date = T(2025, 11, 3, 12, 41, 7, UTC)
    bounce = '3%s@gaia.bounces.google.com' % rs(rng, 38, ALNUM + '-')
    rec, auth, extra = google_hops(rng, date, LONG, 'accounts.google.com',
                                   'to:from:subject:message-id:feedback-id:date:mime-version'
                                   ':from:to:cc:subject:date:message-id:reply-to',
                                   bounce, host='mail-sor-f69.google.com', ip='209.85.220.69',
                                   sel='20230601', from_dom='accounts.google.com')
    acct = LONG[1]
    tok = rb64url(rng, 30)
    check = 'https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%d%%26et%%3D0' % (
        acct.replace('@', '%40'), epoch(date) * 1000 + rng.randrange(1000), rng.randrange(10 ** 18, 10 ** 19))
    plain = '''[image: Google]
New sign-in on iPhone

%s

Your Google Account was just signed in to from a new iPhone. If this was
you, there's nothing you need to do.

If you don't recognise this activity, review it now and secure your
account.

Check activity
<%s>

You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your
Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''' % (acct, check)
    html = fill('''<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/><style nonce="{{nonce}}">.awl a {color: #FFFFFF; text-decoration: none;} .abml a {color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;} .adgl a {color: rgba(0, 0, 0, 0.87); text-decoration: none;} .afal a {color: #b0b0b0; font-size: 11px; line-height: 18px; text-decoration: none;} @media screen and (min-width: 600px) {.v2sp {padding: 6px 30px 0px;} .v2rsp {padding: 0px 10px;}}</style></head><body style="margin: 0; padding: 0;" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width: 348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height: 32px;"><td></td></tr><tr align="center"><td><div itemscope itemtype="//schema.org/EmailMessage"><div itemprop="action" itemscope itemtype="//schema.org/ViewAction"><link itemprop="url" href="{{check}}"/><meta itemprop="name" content="Review Activity"/></div></div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px; max-width: 516px; min-width: 220px;"><tr><td width="8" style="width: 8px;"></td><td><div style="border-style: solid; border-width: thin; border-color:#dadce0; border-radius: 8px; padding: 40px 20px;" align="center" class="mdv2rw"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom: 16px;" alt="Google"><div style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87); line-height: 32px; padding-bottom: 24px;text-align: center; word-break: break-word;"><div style="font-size: 24px;">New sign-in on iPhone</div><table align="center" style="margin-top:8px;"><tr style="line-height: normal;"><td align="right" style="padding-right:8px;"><img width="20" height="20" style="width: 20px; height: 20px; vertical-align: sub; border-radius: 50%;" src="https://lh3.googleusercontent.com/a/default-user=s96" alt=""></td><td><a style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">{{acct}}</a></td></tr></table></div><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top: 20px; text-align: left;">Your Google Account was just signed in to from a new iPhone. If this was you, there's nothing you need to do.<br><br>If you don't recognise this activity, review it now and secure your account.<div style="padding-top: 32px; text-align: center;"><a href="{{check}}" target="_blank" style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif; line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size: 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3; border-radius: 5px; min-width: 90px;">Check activity</a></div></div><div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368; letter-spacing: 0.3px; text-align: center">You can also see security activity at<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">https://myaccount.google.com/notifications</a></div></div><div style="text-align: left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction: ltr;">&copy; 2025 Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div></td><td width="8" style="width: 8px;"></td></tr></table></td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>
''', nonce=rb64url(rng, 16), check=qa(check), acct=acct)
    b = gmail_boundary(rng)
    body = multi('alternative', b, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce] + rec + [auth] + extra
    H += ['Date: %s, %02d %s %d %02d:%02d:%02d GMT' % (WD[date.weekday()], date.day, MO[date.month - 1],
                                                      date.year, date.hour, date.minute, date.second),
          'From: Google <no-reply@accounts.google.com>',
          'To: ' + acct,
          'Message-ID: <%s-%s@google.com>' % (rs(rng, 22, ALNUM + '_'), rs(rng, 10, ALNUM)),
          'Subject: Security alert',
          'Feedback-ID: ::%s:%s' % (rs(rng, 12, LOWER + DIGITS), 'gaia'),
          'X-Notifications: %s' % rhex(rng, 32),
          'X-Notifications-Bounce-Info: %s' % rs(rng, 60, ALNUM + '-_'),
          'MIME-Version: 1.0', CT]
    return build(H, body)


def m19(rng):
    """SaaS: subscription renewal notice (Adobe)."""
    date = T(2025, 9, 14, 16, 20, 45, UTC)
    ip = '130.248.%d.%d' % (rng.randrange(150, 200), rng.randrange(2, 250))
    host = 'mail%d.mail.adobe.com' % rng.randrange(10, 60)
    renew = 'Tuesday, 14 October 2025'
    trk = lambda dest: 'https://t-info.mail.adobe.com/r/?id=h%s,%s,%s&p1=%s' % (
        rhex(rng, 8), rhex(rng, 8), rhex(rng, 8), dest)
    l_plan = trk('account.adobe.com/plans')
    l_pay = trk('account.adobe.com/billing')
    l_help = trk('helpx.adobe.com/manage-account/using/cancel-subscription.html')
    unsub = 'https://t-info.mail.adobe.com/webApp/unsubscribe?id=%s' % rs(rng, 40, ALNUM)
    sig, b = dkim(rng, 'mail.adobe.com', 'neolane', 'From:To:Subject:Date:List-Unsubscribe:Message-ID:MIME-Version:Content-Type',
                  blen=128)
    plain = '''Your Acrobat Pro plan renews on %s

Hi Châu,

This is a reminder that your Acrobat Pro plan will renew automatically.
You don't need to do anything to keep using Acrobat.

Plan: Acrobat Pro, annual, paid upfront
Renewal date: %s
Amount: US$239.88 (plus applicable taxes)
Payment method: Visa ending in 2291

Review your plan: %s
Update payment details: %s

If you no longer want the plan, you can change or cancel it before the
renewal date in your Adobe account. Learn more: %s

Thank you for choosing Adobe.

Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business
Campus, Dublin 24, Ireland.
Adobe and the Adobe logo are either registered trademarks or
trademarks of Adobe in the United States and/or other countries.
Unsubscribe from product news: %s
''' % (renew, renew, l_plan, l_pay, l_help, unsub)
    html = fill('''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Adobe</title>
<style type="text/css">body{margin:0;padding:0;-webkit-text-size-adjust:100%}table td{border-collapse:collapse}@media only screen and (max-width:600px){.full{width:100% !important}.pad{padding-left:20px !important;padding-right:20px !important}}</style></head>
<body bgcolor="#f5f5f5">
<div style="display:none;max-height:0px;overflow:hidden;">Your plan renews automatically on 14 October. No action needed.&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f5f5f5"><tr><td align="center">
<table class="full" width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td class="pad" style="padding:30px 40px 10px 40px"><a href="{{l_plan}}"><img src="https://landing.adobe.com/dam/global/images/adobe-logo.red.png" width="32" height="42" alt="Adobe" border="0" style="display:block" /></a></td></tr>
<tr><td class="pad" style="padding:10px 40px 0 40px;font-family:adobe-clean,Helvetica Neue,Arial,sans-serif;font-size:28px;line-height:34px;color:#2c2c2c;font-weight:bold">Your Acrobat Pro plan renews on {{renew}}</td></tr>
<tr><td class="pad" style="padding:18px 40px 0 40px;font-family:adobe-clean,Helvetica Neue,Arial,sans-serif;font-size:16px;line-height:24px;color:#2c2c2c">Hi Châu,<br /><br />This is a reminder that your Acrobat Pro plan will renew automatically. You don't need to do anything to keep using Acrobat.</td></tr>
<tr><td class="pad" style="padding:20px 40px 0 40px"><table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #e1e1e1;border-radius:4px;font-family:adobe-clean,Helvetica Neue,Arial,sans-serif;font-size:14px;color:#2c2c2c">
<tr><td style="padding:12px 16px;border-bottom:1px solid #e1e1e1">Plan</td><td align="right" style="padding:12px 16px;border-bottom:1px solid #e1e1e1"><b>Acrobat Pro</b>, annual, paid upfront</td></tr>
<tr><td style="padding:12px 16px;border-bottom:1px solid #e1e1e1">Renewal date</td><td align="right" style="padding:12px 16px;border-bottom:1px solid #e1e1e1">{{renew}}</td></tr>
<tr><td style="padding:12px 16px;border-bottom:1px solid #e1e1e1">Amount</td><td align="right" style="padding:12px 16px;border-bottom:1px solid #e1e1e1">US$239.88 <span style="color:#6e6e6e">(plus applicable taxes)</span></td></tr>
<tr><td style="padding:12px 16px">Payment method</td><td align="right" style="padding:12px 16px">Visa ending in 2291</td></tr></table></td></tr>
<tr><td class="pad" style="padding:26px 40px 0 40px"><table border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#1473e6" style="border-radius:16px"><a href="{{l_plan}}" style="display:inline-block;padding:8px 22px;font-family:adobe-clean,Helvetica Neue,Arial,sans-serif;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none">Review your plan</a></td><td width="16"></td><td style="border:2px solid #2c2c2c;border-radius:16px"><a href="{{l_pay}}" style="display:inline-block;padding:6px 20px;font-family:adobe-clean,Helvetica Neue,Arial,sans-serif;font-size:15px;font-weight:bold;color:#2c2c2c;text-decoration:none">Update payment</a></td></tr></table></td></tr>
<tr><td class="pad" style="padding:26px 40px 30px 40px;font-family:adobe-clean,Helvetica Neue,Arial,sans-serif;font-size:14px;line-height:21px;color:#4b4b4b">If you no longer want the plan, you can change or cancel it before the renewal date in your Adobe account. <a href="{{l_help}}" style="color:#1473e6">Learn more</a>.<br /><br />Thank you for choosing Adobe.</td></tr>
</table>
<table class="full" width="600" border="0" cellspacing="0" cellpadding="0"><tr><td class="pad" style="padding:24px 40px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#6e6e6e">Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland.<br />Adobe and the Adobe logo are either registered trademarks or trademarks of Adobe in the United States and/or other countries.<br /><a href="{{unsub}}" style="color:#6e6e6e">Unsubscribe from product news</a> &nbsp;|&nbsp; <a href="https://www.adobe.com/privacy.html" style="color:#6e6e6e">Privacy policy</a></td></tr></table>
</td></tr></table>
<img height="0" width="0" alt="" src="https://t-info.mail.adobe.com/r/{{px}}.gif" />
</body></html>
''', renew=renew, l_plan=qa(l_plan), l_pay=qa(l_pay), l_help=qa(l_help), unsub=qa(unsub), px=rs(rng, 24, ALNUM))
    bounce = 'bounce-%s-%d@bounce.mail.adobe.com' % (rs(rng, 8, LOWER + DIGITS), rng.randrange(10 ** 6, 10 ** 7))
    body = multi('alternative', '----=_NextPart_%s_%s.%s' % (rhex(rng, 3, upper=True), rhex(rng, 4, upper=True), rhex(rng, 8, upper=True)), [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, CHAU[1], plus(date, 6), tls=TLS12),
         'Received: from mta-ac-%d.campaign.adobe.com (unknown [10.%d.%d.%d])\n\tby %s (Adobe Campaign MTA) with ESMTP id %s;\n\t%s' % (
             rng.randrange(1, 20), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             rhex(rng, 16, upper=True), rdate(plus(date, 2), 'pad')),
         gw_auth([('mail.adobe.com', 'neolane', b)], (bounce, ip), ('mail.adobe.com', 'reject')),
         sig,
         'Message-ID: <AC%s.%s@mail.adobe.com>' % (rdig(rng, 9), rhex(rng, 12, upper=True)),
         'X-mailer: nlserver, Build 7.0.0.10%d' % rng.randrange(600, 900),
         'List-Unsubscribe: <%s>, <mailto:unsubscribe-%s@mail.adobe.com>' % (unsub, rs(rng, 16, LOWER + DIGITS)),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         'Date: ' + rdate(date, 'pad'),
         'From: "Adobe" <mail@mail.adobe.com>',
         'Reply-To: "Adobe" <no-reply@mail.adobe.com>',
         'To: ' + addr(CHAU, quote=False),
         ('Subject', 'Your Acrobat Pro plan renews on 14 October 2025'),
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m20(rng):
    """SaaS: SSL certificate expiry reminder (DigiCert, via SendGrid)."""
    date = T(2026, 1, 15, 3, 0, 9, UTC)
    ip = '149.72.%d.%d' % (rng.randrange(100, 250), rng.randrange(2, 250))
    ptr = 'o%d.ptr%d.digicert.com' % (rng.randrange(1, 9), rng.randrange(1000, 9999))
    order = '28451937'
    cn = 'track.' + ORG
    expires = T(2026, 2, 14, 23, 59, 59, UTC)
    sgid = rb64url(rng, 60)
    upn = lambda: 'https://links.digicert.com/ls/click?upn=u001.%s' % rs(rng, 120, ALNUM + '-')
    l_renew, l_order, l_auto, l_unsub = upn(), upn(), upn(), upn()
    sig1, b1 = dkim(rng, 'digicert.com', 's1', 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to',
                    blen=256, head=[('v', '1'), ('a', 'rsa-sha256'), ('c', 'relaxed/relaxed'), ('d', 'digicert.com'), ('s', 's1')])
    sig2, b2 = dkim(rng, 'sendgrid.info', 'smtpapi', 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to',
                    blen=128)
    plain = '''Certificate expiring in 30 days

Hello Phạm Đức Thắng,

The following certificate in your DigiCert CertCentral account expires
soon. Renew it now to avoid browser warnings and service interruptions.

Common name: %s
Product: Standard SSL (OV)
Order #: %s
Organisation: %s
Valid until: %s UTC
Auto-renew: off

Renew now: %s
View order: %s

Tip: turn on automatic renewal for this order so you don't have to
remember next time: %s

Need help? Contact DigiCert Support: https://www.digicert.com/support

DigiCert, Inc. | 2801 N. Thanksgiving Way, Suite 500 | Lehi, UT 84043, USA
You are receiving this because you are a certificate contact on this
order. Manage notification settings: %s
''' % (cn, order, COMPANY, '14 Feb 2026 23:59:59', l_renew, l_order, l_auto, l_unsub)
    html = fill('''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Certificate expiring</title></head>
<body style="margin:0;padding:0;background:#f2f4f6">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f6"><tr><td align="center" style="padding:24px 10px">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="max-width:620px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#2b2b2b">
<tr><td style="padding:22px 30px;background:#0174c3"><img src="https://www.digicert.com/content/dam/digicert/images/logos/digicert-logo-white.png" width="130" alt="DigiCert"></td></tr>
<tr><td style="padding:28px 30px 8px 30px"><div style="display:inline-block;background:#fff4e5;color:#b35c00;font-size:12px;font-weight:bold;padding:4px 10px;border-radius:12px">EXPIRES IN 30 DAYS</div><h1 style="font-size:22px;margin:14px 0 0 0">Certificate expiring soon</h1></td></tr>
<tr><td style="padding:10px 30px;font-size:14px;line-height:21px">Hello Phạm Đức Thắng,<br><br>The following certificate in your DigiCert CertCentral account expires soon. Renew it now to avoid browser warnings and service interruptions.</td></tr>
<tr><td style="padding:10px 30px"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px;border:1px solid #dde3e8">
<tr><td style="padding:9px 12px;background:#f7f9fa;width:38%">Common name</td><td style="padding:9px 12px"><b>{{cn}}</b></td></tr>
<tr><td style="padding:9px 12px;background:#f7f9fa">Product</td><td style="padding:9px 12px">Standard SSL (OV)</td></tr>
<tr><td style="padding:9px 12px;background:#f7f9fa">Order #</td><td style="padding:9px 12px"><a href="{{l_order}}" style="color:#0174c3">{{order}}</a></td></tr>
<tr><td style="padding:9px 12px;background:#f7f9fa">Organisation</td><td style="padding:9px 12px">{{org}}</td></tr>
<tr><td style="padding:9px 12px;background:#f7f9fa">Valid until</td><td style="padding:9px 12px">14 Feb 2026 23:59:59 UTC</td></tr>
<tr><td style="padding:9px 12px;background:#f7f9fa">Auto-renew</td><td style="padding:9px 12px">Off</td></tr></table></td></tr>
<tr><td style="padding:18px 30px"><a href="{{l_renew}}" style="display:inline-block;background:#ff6b00;color:#ffffff;font-weight:bold;font-size:15px;text-decoration:none;padding:12px 26px;border-radius:3px">Renew now</a></td></tr>
<tr><td style="padding:0 30px 24px 30px;font-size:13px;line-height:19px;color:#5c6770">Tip: <a href="{{l_auto}}" style="color:#0174c3">turn on automatic renewal</a> for this order so you don't have to remember next time. Need help? Contact <a href="https://www.digicert.com/support" style="color:#0174c3">DigiCert Support</a>.</td></tr>
<tr><td style="padding:18px 30px;background:#f7f9fa;font-size:11px;line-height:16px;color:#7a848c">DigiCert, Inc. | 2801 N. Thanksgiving Way, Suite 500 | Lehi, UT 84043, USA<br>You are receiving this because you are a certificate contact on this order. <a href="{{l_unsub}}" style="color:#7a848c">Manage notification settings</a>.</td></tr>
</table></td></tr></table>
<img src="https://links.digicert.com/wf/open?upn=u001.{{px}}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important">
</body></html>
''', cn=cn, order=order, org=esc(COMPANY), l_renew=qa(l_renew), l_order=qa(l_order),
        l_auto=qa(l_auto), l_unsub=qa(l_unsub), px=rs(rng, 90, ALNUM + '-'))
    bounce = 'bounces+%d-%s-%s=%s@em%d.digicert.com' % (rng.randrange(10 ** 6, 10 ** 7), rhex(rng, 4),
                                                         THANG[1].split('@')[0], ORG, rng.randrange(1000, 9999))
    geo = 'geopod-ismtpd-%d' % rng.randrange(1, 40)
    filt = 'filterdrecv-%s-%s' % (rhex(rng, 9), rs(rng, 5, LOWER + DIGITS))
    body = multi('alternative', rhex(rng, 64), [
        leaf('text/plain; charset=us-ascii', plain.replace('Phạm Đức Thắng', 'Pham Duc Thang'), 'quoted-printable',
             extra=[('Mime-Version', '1.0')]),
        leaf('text/html; charset=utf-8', html, 'quoted-printable', extra=[('Mime-Version', '1.0')]),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, ptr, ip, THANG[1], plus(date, 3)),
         'Received: by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%06d' % (
             filt, filt, rhex(rng, 8, upper=True), rhex(rng, 2, upper=True),
             '%04d-%02d-%02d %02d:%02d:%02d' % (date.year, date.month, date.day, date.hour, date.minute, date.second + 1),
             rng.randrange(10 ** 8, 10 ** 9), rng.randrange(100000, 999999), rng.randrange(10 ** 5, 10 ** 6)),
         'Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>; %s' % (
             'certcentral-notify-%d' % rng.randrange(1, 9), geo, rs(rng, 22, ALNUM + '-_'), THANG[1],
             rdate(date, 'pad', 'UTC')),
         gw_auth([('digicert.com', 's1', b1), ('sendgrid.info', 'smtpapi', b2)], (bounce, ip), ('digicert.com', 'reject')),
         sig1, sig2,
         'Content-Type: multipart/alternative; boundary=%s' % 'PLACEHOLDER',
         'Date: ' + rdate(date, 'pad'),
         'From: DigiCert <no-reply@digicert.com>',
         'Mime-Version: 1.0',
         'Message-ID: <%s@%s>' % (rs(rng, 22, ALNUM + '-_'), geo),
         ('Subject', 'Certificate expiring in 30 days: %s (Order #%s)' % (cn, order)),
         'X-Feedback-ID: %d:SG' % rng.randrange(10 ** 6, 10 ** 7),
         'X-SG-EID:\n ' + sgid[:70] + '\n ' + sgid[70:],
         'X-SG-ID:\n ' + rb64url(rng, 40),
         'To: ' + THANG[1],
         'X-Entity-ID: u001.' + rs(rng, 22, ALNUM)]
    # SendGrid writes an unquoted boundary in the top header, right after the DKIM lines
    bnd = body[0][0].split('boundary="')[1].rstrip('"')
    H[H.index('Content-Type: multipart/alternative; boundary=PLACEHOLDER')] = 'Content-Type: multipart/alternative; boundary=' + bnd
    return build(H, ([], body[1]))


def m21(rng):
    """Travel: airline e-ticket itinerary receipt (Vietnam Airlines)."""
    date = T(2025, 2, 20, 10, 12, 33)
    ip = '203.0.113.%d' % rng.randrange(100, 140)
    host = 'mta-out%d.vietnamairlines.com' % rng.randrange(1, 4)
    pnr = 'KX7P2M'
    tkt = '738 2461089537'
    out_d = T(2025, 3, 10, 11, 5, 0)
    ret_d = T(2025, 3, 14, 16, 40, 0, SG)
    flights = [
        ('VN 669', dmed(out_d), 'Hanoi (HAN) Noi Bai, T2', '11:05', 'Singapore (SIN) Changi, T4', '15:25', 'Airbus A321', 'Economy Classic (R)'),
        ('VN 668', dmed(ret_d), 'Singapore (SIN) Changi, T4', '16:40', 'Hanoi (HAN) Noi Bai, T2', '19:05', 'Airbus A321', 'Economy Classic (R)'),
    ]
    sig, b = dkim(rng, 'vietnamairlines.com', 'mail2024', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  blen=256)
    mmb = 'https://www.vietnamairlines.com/vn/en/manage-booking?pnr=%s&lastname=NGUYEN' % pnr
    checkin = 'https://www.vietnamairlines.com/vn/en/plan-book/check-in/online-check-in'
    fl_txt = '\n\n'.join('''Flight %s - %s
  Depart: %s  %s
  Arrive: %s  %s
  Aircraft: %s | Class: %s | Baggage: 23 kg checked, 10 kg cabin''' % (
        f[0], f[1], f[3], f[2], f[5], f[4], f[6], f[7]) for f in flights)
    plain = '''VIETNAM AIRLINES - E-TICKET ITINERARY RECEIPT

Dear Ms NGUYEN THU HA,

Thank you for choosing Vietnam Airlines. Your booking is confirmed and
your e-ticket has been issued.

Booking code (PNR): %s
E-ticket number: %s
Passenger: NGUYEN/THUHA MS
Lotus Miles: VN 9021 44 318

%s

FARE DETAILS (VND)
Fare: 7,200,000
Taxes, fees and charges: 2,646,000
Total: 9,846,000
Form of payment: Card (Visa xxxx 7702)
Issued: %s, Hanoi

Online check-in opens 24 hours before departure: %s
Manage your booking: %s

Please bring a passport valid for at least 6 months from the arrival
date. Check-in counters close 50 minutes before departure for
international flights.

This email was sent automatically. Please do not reply.
Vietnam Airlines JSC, 200 Nguyen Son, Bo De Ward, Hanoi, Viet Nam
Hotline: 1900 1100
''' % (pnr, tkt, fl_txt, dshort(date), checkin, mmb)
    rows = ''
    for f in flights:
        rows += fill('''<tr><td style="padding:14px 16px;border-bottom:1px solid #e3e3e3">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
<tr><td colspan="3" style="font-weight:bold;color:#006885;padding-bottom:8px">{{no}} &middot; {{day}}</td></tr>
<tr><td width="40%" valign="top"><span style="font-size:22px;font-weight:bold">{{t1}}</span><br>{{p1}}</td>
<td width="20%" align="center" valign="middle"><img src="https://www.vietnamairlines.com/~/media/Images/email/plane-right.png" width="28" alt="&rarr;"></td>
<td width="40%" valign="top" align="right"><span style="font-size:22px;font-weight:bold">{{t2}}</span><br>{{p2}}</td></tr>
<tr><td colspan="3" style="padding-top:8px;color:#777777">{{ac}} &middot; {{cls}} &middot; Baggage 23 kg + 10 kg cabin</td></tr>
</table></td></tr>
''', no=f[0], day=f[1], t1=f[3], p1=esc(f[2]), t2=f[5], p2=esc(f[4]), ac=f[6], cls=esc(f[7]))
    html = fill('''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>E-ticket itinerary receipt</title></head>
<body style="margin:0;padding:0;background:#f0f0f0">
<center><table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#006885;padding:16px 20px"><img src="https://www.vietnamairlines.com/~/media/Images/email/logo-vna-white.png" width="180" alt="Vietnam Airlines"></td><td style="background:#006885;padding:16px 20px;color:#dba73f;font-size:13px;text-align:right">E-TICKET ITINERARY RECEIPT</td></tr>
<tr><td colspan="2" style="padding:22px 20px 6px 20px;font-size:14px;color:#333333">Dear Ms NGUYEN THU HA,<br><br>Thank you for choosing Vietnam Airlines. Your booking is confirmed and your e-ticket has been issued.</td></tr>
<tr><td colspan="2" style="padding:10px 20px"><table width="100%" cellpadding="8" cellspacing="0" border="0" style="background:#f6f2e8;font-size:13px;color:#333333">
<tr><td>Booking code</td><td style="font-size:20px;font-weight:bold;color:#006885;letter-spacing:2px">{{pnr}}</td><td>E-ticket number</td><td><b>{{tkt}}</b></td></tr>
<tr><td>Passenger</td><td><b>NGUYEN/THUHA MS</b></td><td>Lotus Miles</td><td>VN 9021 44 318</td></tr></table></td></tr>
<tr><td colspan="2" style="padding:6px 20px 0 20px"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e3e3e3">{{rows}}</table></td></tr>
<tr><td colspan="2" style="padding:16px 20px;font-size:13px;color:#333333"><b>Fare details (VND)</b><table width="100%" cellpadding="4" cellspacing="0" border="0" style="font-size:13px"><tr><td>Fare</td><td align="right">7,200,000</td></tr><tr><td>Taxes, fees and charges</td><td align="right">2,646,000</td></tr><tr><td style="border-top:1px solid #cccccc"><b>Total</b></td><td align="right" style="border-top:1px solid #cccccc"><b>9,846,000</b></td></tr></table><span style="color:#777777">Form of payment: Card (Visa xxxx 7702) &middot; Issued {{issued}}, Hanoi</span></td></tr>
<tr><td colspan="2" style="padding:4px 20px 20px 20px"><a href="{{checkin}}" style="display:inline-block;background:#dba73f;color:#ffffff;text-decoration:none;font-weight:bold;font-size:14px;padding:10px 18px;border-radius:3px">Online check-in</a> &nbsp; <a href="{{mmb}}" style="display:inline-block;background:#006885;color:#ffffff;text-decoration:none;font-weight:bold;font-size:14px;padding:10px 18px;border-radius:3px">Manage booking</a></td></tr>
<tr><td colspan="2" style="padding:0 20px 18px 20px;font-size:12px;line-height:18px;color:#555555">Please bring a passport valid for at least 6 months from the arrival date. Check-in counters close 50 minutes before departure for international flights.</td></tr>
<tr><td colspan="2" style="padding:14px 20px;background:#eeeeee;font-size:11px;color:#777777">This email was sent automatically. Please do not reply.<br>Vietnam Airlines JSC, 200 Nguyen Son, Bo De Ward, Hanoi, Viet Nam &middot; Hotline 1900 1100</td></tr>
</table></center></body></html>
''', pnr=pnr, tkt=tkt, rows=rows, issued=dshort(date), checkin=qa(checkin), mmb=qa(mmb))
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(1000, 99999), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 88), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html, 'base64'),
    ])
    H = ['Return-Path: <bounce-eticket@vietnamairlines.com>',
         gw_received(rng, host, ip, HA[1], plus(date, 4), tls=TLS12),
         'Received: from ibe-notify-%02d.vietnamairlines.local (unknown [172.16.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rng.randrange(1, 12), rng.randrange(0, 250), rng.randrange(2, 250), host, pfqid_short(rng),
             HA[1], rdate(plus(date, 2), 'postfix')),
         gw_auth([('vietnamairlines.com', 'mail2024', b)], ('bounce-eticket@vietnamairlines.com', ip),
                 ('vietnamairlines.com', 'quarantine')),
         sig,
         'Date: ' + rdate(date, 'pad'),
         'From: Vietnam Airlines <noreply@vietnamairlines.com>',
         'To: ' + HA[1],
         'Message-ID: <%d.%d.%d@ibe-notify.vietnamairlines.com>' % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), epoch(date) * 1000 + 88),
         'Subject: Vietnam Airlines - E-ticket itinerary receipt - Booking code %s' % pnr,
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m22(rng):
    """Travel: hotel booking confirmation (Booking.com)."""
    date = T(2025, 2, 21, 7, 37, 2, UTC)
    ip = '5.57.20.%d' % rng.randrange(2, 250)
    host = 'mailout-%d-r%d.booking.com' % (rng.randrange(200, 230), rng.randrange(1, 6))
    conf = '4871.263.905'
    pin = '7316'
    hotel = 'Marina Quay Hotel'
    cin = T(2025, 3, 10, 15, 0, 0, SG)
    cout = T(2025, 3, 14, 12, 0, 0, SG)
    aid = rdig(rng, 6)
    mb = 'https://secure.booking.com/myreservations.html?aid=%s&auth_key=%s&source=conf_email' % (aid, rs(rng, 24, ALNUM))
    hotel_url = 'https://www.booking.com/hotel/sg/marina-quay.en-gb.html?aid=%s&label=confirmation-email' % aid
    sig, b = dkim(rng, 'booking.com', 'bk', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe',
                  ts=epoch(date), blen=256)
    plain = '''Thanks, Thu Ha! Your booking in Singapore is confirmed.

%s is expecting you on %s.

Confirmation number: %s
PIN code: %s
(Keep your PIN private - you need it to change or cancel your booking.)

Check-in:  %s (from 15:00)
Check-out: %s (until 12:00)
Your reservation: 4 nights, 1 room
Room: Superior Queen Room - 1 adult, non-smoking
Guest name: Nguyen Thu Ha

Price: SGD 1,172.00 (includes 9%% GST and 10%% service charge)
Payment: you'll pay at the property. The property may pre-authorise
your card for a deposit at check-in.

Cancellation: free cancellation until 7 March 2025, 23:59 (Singapore
time). After that, the first night is charged.

Address: 88 Harbourfront Walk, Singapore 098650
Phone: +65 6000 4218

Manage your booking: %s
View property: %s

Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands
Copyright © 1996-2025 Booking.com. All rights reserved.
''' % (hotel, dlong(cin), conf, pin, dlong(cin), dlong(cout), mb, hotel_url)
    html = fill('''<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Booking confirmation</title>
<style>@media (max-width:520px){.bui-col{display:block!important;width:100%!important}}</style></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;font-family:BlinkMacSystemFont,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<div style="display:none;overflow:hidden;max-height:0">Confirmation {{conf}} &middot; {{hotel}} &middot; 10&ndash;14 March</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f5f5f5"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px">
<tr><td style="background-color:#003b95;padding:16px 24px"><img src="https://cf.bstatic.com/static/img/email/booking_logo_white/4f1d2f3c0d.png" width="128" height="22" alt="Booking.com"></td></tr>
<tr><td style="background-color:#ffffff;padding:24px">
<h1 style="margin:0 0 6px 0;font-size:24px;line-height:32px;color:#1a1a1a">Thanks, Thu Ha! Your booking in Singapore is confirmed.</h1>
<p style="margin:0 0 16px 0;font-size:14px;color:#008009">&#10003; {{hotel}} is expecting you on {{cin}}</p>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e7e7e7;border-radius:8px"><tr>
<td class="bui-col" width="50%" style="padding:14px;border-right:1px solid #e7e7e7;font-size:14px"><div style="color:#595959;font-size:12px">Check-in</div><b>{{cin}}</b><br><span style="color:#595959">from 15:00</span></td>
<td class="bui-col" width="50%" style="padding:14px;font-size:14px"><div style="color:#595959;font-size:12px">Check-out</div><b>{{cout}}</b><br><span style="color:#595959">until 12:00</span></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="margin-top:16px;font-size:14px;color:#1a1a1a">
<tr><td style="padding:6px 0;color:#595959">Confirmation number</td><td align="right" style="padding:6px 0"><b>{{conf}}</b></td></tr>
<tr><td style="padding:6px 0;color:#595959">PIN code</td><td align="right" style="padding:6px 0"><b>{{pin}}</b></td></tr>
<tr><td style="padding:6px 0;color:#595959">Your reservation</td><td align="right" style="padding:6px 0">4 nights, 1 room</td></tr>
<tr><td style="padding:6px 0;color:#595959">Room</td><td align="right" style="padding:6px 0">Superior Queen Room &middot; 1 adult</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #e7e7e7;font-size:16px"><b>Price</b></td><td align="right" style="padding:10px 0;border-top:1px solid #e7e7e7;font-size:16px"><b>SGD 1,172.00</b><br><span style="font-size:12px;color:#595959">Includes 9% GST and 10% service charge</span></td></tr></table>
<p style="font-size:13px;line-height:19px;color:#1a1a1a;background:#f0f6ff;border-radius:4px;padding:10px 12px">You'll pay at the property. The property may pre-authorise your card for a deposit at check-in.<br><b style="color:#008009">Free cancellation</b> until 7 March 2025, 23:59 (Singapore time).</p>
<p style="font-size:13px;color:#1a1a1a;margin:0 0 18px 0"><b>{{hotel}}</b><br>88 Harbourfront Walk, Singapore 098650<br>+65 6000 4218</p>
<a href="{{mb}}" style="display:inline-block;background-color:#006ce4;color:#ffffff;text-decoration:none;font-size:14px;font-weight:bold;padding:11px 18px;border-radius:4px">Manage your booking</a>
<a href="{{hotel_url}}" style="display:inline-block;margin-left:8px;color:#006ce4;text-decoration:none;font-size:14px;font-weight:bold;padding:11px 6px">View property</a>
</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;line-height:16px;color:#6b6b6b">Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands<br>Copyright &copy; 1996&ndash;2025 Booking.com. All rights reserved.<br>This email was sent by Booking.com to {{ha}}</td></tr>
</table></td></tr></table>
<img src="https://secure.booking.com/email_opened_tracking_pixel?lang=en-gb&aid={{aid}}&token={{tok}}&type=total" width="1" height="1" alt="">
</body></html>
''', conf=conf, hotel=hotel, cin=dlong(cin), cout=dlong(cout), pin=pin, mb=qa(mb), hotel_url=qa(hotel_url),
        ha=HA[1], aid=aid, tok=rs(rng, 32, ALNUM))
    body = multi('alternative', rhex(rng, 32), [
        leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
    ])
    bounce = 'noreply-%s@bounce.booking.com' % rs(rng, 20, LOWER + DIGITS)
    node = 'app-mailer-%s.ams4.prod.booking.com' % rhex(rng, 4)
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, HA[1], plus(date, 3)),
         'Received: from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
             node, node, rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid(rng), rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('booking.com', 'bk', b)], (bounce, ip), ('booking.com', 'reject')),
         sig,
         'Date: ' + rdate(date, 'pad'),
         'From: Booking.com <noreply@booking.com>',
         'Reply-To: ' + addr(('Marina Quay Hotel', 'hotel.%s@property.booking.com' % rdig(rng, 7))),
         'To: ' + HA[1],
         'Subject: Your booking is confirmed at %s' % hotel,
         'Message-ID: <%s.%s@booking.com>' % (stamp14(date), rs(rng, 16, LOWER + DIGITS)),
         'X-Bkng-Email-Type: confirmation',
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m23(rng):
    """Travel: ride-hailing e-receipt (Grab, Singapore)."""
    date = T(2025, 3, 11, 8, 37, 12, SG)
    lp, host = ses_ids(rng, date, region='ap-southeast-1')
    ip = '23.251.%d.%d' % (rng.randrange(224, 240), rng.randrange(2, 250))
    outhost = 'e%d-%d.smtp-out.ap-southeast-1.amazonses.com' % (rng.randrange(230, 240), rng.randrange(1, 250))
    bid = 'A-7K%sGXWT' % rs(rng, 6, UPPER + DIGITS)
    sig1, b1 = dkim(rng, 'grab.com', 'grabmail', 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
                    ts=epoch(date), blen=256)
    sig2, b2 = dkim(rng, 'amazonses.com', 'ae7r2c6c6fbbvt7bxwlcvxexalmdcjtl',
                    'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID',
                    ts=epoch(date), blen=128)
    help_url = 'https://help.grab.com/passenger/en-sg/?bookingID=%s' % bid
    plain = '''Hope you enjoyed your ride!

Grab E-Receipt
Booking ID: %s
Picked up on %s

JustGrab
Pick-up   08:05  Marina Quay Hotel, 88 Harbourfront Walk
Drop-off  08:31  PSA Building, 460 Alexandra Road
Distance 9.4 km | Duration 26 min

Driver: Tan Wei Ming | SMB 4821 K | Toyota Corolla Altis

Fare                 SGD 16.20
Platform fee         SGD  0.90
Booking fee          SGD  1.30
Total paid           SGD 18.40
Paid by Visa **** 4417

Rate your ride or report an issue in the Grab app.
Help centre: %s

Prices are in SGD and include GST where applicable.
Grab Holdings Inc. - GrabCar Pte. Ltd., 3 Media Close, #01-03/06,
Singapore 138498
''' % (bid, dlong(date), help_url)
    html = fill('''<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Your Grab E-Receipt</title></head>
<body style="margin:0;padding:0;background:#f7f7f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f7f7f7"><tr><td align="center" style="padding:20px 8px">
<table role="presentation" width="480" cellpadding="0" cellspacing="0" border="0" style="max-width:480px;background:#ffffff;border-radius:12px;font-family:'Grab Community',Inter,Helvetica,Arial,sans-serif;color:#1c1c1c">
<tr><td style="padding:24px 24px 8px 24px"><img src="https://assets.grab.com/wp-content/uploads/media/email/grab-logo-green.png" width="76" alt="Grab"></td></tr>
<tr><td style="padding:8px 24px 0 24px"><h1 style="margin:0;font-size:22px">Hope you enjoyed your ride!</h1><p style="margin:6px 0 0 0;font-size:13px;color:#676767">Booking ID: {{bid}} &middot; {{when}}</p></td></tr>
<tr><td style="padding:18px 24px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3fbf6;border-radius:10px">
<tr><td style="padding:14px 16px;font-size:14px"><b>JustGrab</b><br><br>
<span style="color:#00b14f">&#9679;</span> <b>08:05</b> Marina Quay Hotel, 88 Harbourfront Walk<br>
<span style="color:#e53935">&#9679;</span> <b>08:31</b> PSA Building, 460 Alexandra Road<br><br>
<span style="font-size:12px;color:#676767">9.4 km &middot; 26 min &middot; Tan Wei Ming &middot; SMB 4821 K &middot; Toyota Corolla Altis</span></td></tr></table></td></tr>
<tr><td style="padding:0 24px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px">
<tr><td style="padding:5px 0">Fare</td><td align="right">SGD 16.20</td></tr>
<tr><td style="padding:5px 0">Platform fee</td><td align="right">SGD 0.90</td></tr>
<tr><td style="padding:5px 0">Booking fee</td><td align="right">SGD 1.30</td></tr>
<tr><td style="padding:10px 0;border-top:1px dashed #cccccc;font-size:17px"><b>Total paid</b></td><td align="right" style="padding:10px 0;border-top:1px dashed #cccccc;font-size:17px"><b>SGD 18.40</b></td></tr>
<tr><td colspan="2" style="font-size:12px;color:#676767">Paid by Visa **** 4417</td></tr></table></td></tr>
<tr><td style="padding:18px 24px 24px 24px;font-size:13px;color:#1c1c1c">Rate your ride or report an issue in the Grab app, or visit the <a href="{{help}}" style="color:#00b14f">Help Centre</a>.</td></tr>
<tr><td style="padding:14px 24px 20px 24px;border-top:1px solid #eeeeee;font-size:11px;line-height:16px;color:#8a8a8a">Prices are in SGD and include GST where applicable.<br>GrabCar Pte. Ltd., 3 Media Close, #01-03/06, Singapore 138498</td></tr>
</table></td></tr></table></body></html>
''', bid=bid, when=dmed(date) + ' ' + '08:05', help=qa(help_url))
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 5), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html, 'base64'),
    ])
    H = ['Return-Path: <%s@mail.grab.com>' % lp,
         gw_received(rng, outhost, ip, HA[1], plus(date, 2)),
         'Received: from receipts-svc-%s.grab-prod.internal (localhost [127.0.0.1])\n'
         '\tby email-smtp.ap-southeast-1.amazonaws.com with ESMTPSA id %s;\n\t%s'
         % (rhex(rng, 6), rs(rng, 18, ALNUM), rdate(at(plus(date, 1), UTC), 'pad', 'UTC')),
         gw_auth([('grab.com', 'grabmail', b1), ('amazonses.com', 'ae7r2c6c6fbbvt7bxwlcvxexalmdcjtl', b2)],
                 (lp + '@mail.grab.com', ip), ('grab.com', 'reject')),
         sig1, sig2,
         'From: Grab <no-reply@grab.com>',
         'To: ' + HA[1],
         'Subject: Your Grab E-Receipt',
         'MIME-Version: 1.0', CT,
         'Message-ID: <%s@%s>' % (lp, host),
         'Date: ' + rdate(at(date, UTC), 'pad'),
         'X-SES-Outgoing: %04d.%02d.%02d-%s' % (date.year, date.month, date.day, ip),
         'Feedback-ID: ::1.ap-southeast-1.%s=:AmazonSES' % rs(rng, 43, ALNUM + '+/')]
    return build(H, body)


def m24(rng):
    """Commerce: food delivery receipt (foodpanda Singapore, via Mailgun)."""
    date = T(2025, 3, 12, 20, 14, 50, SG)
    ip = '198.61.254.%d' % rng.randrange(2, 250)
    host = 'm%d-%d.mailgun.net' % (rng.randrange(200, 240), rng.randrange(1, 60))
    order = 'y%s-%s' % (rs(rng, 3, LOWER + DIGITS), rdig(rng, 4))
    items = [('1x', 'Hainanese Steamed Chicken Rice (Drumstick)', '7.80'),
             ('1x', 'Oyster Sauce Kailan', '5.50'),
             ('1x', 'Iced Barley (no sugar)', '2.20')]
    sig1, b1 = dkim(rng, 'mail.foodpanda.sg', 'pdm1', 'Mime-Version:Content-Type:Subject:From:To:Date:Message-Id:Sender',
                    blen=256, ts=epoch(date))
    sig2, b2 = dkim(rng, 'mailgun.org', 'mg', 'Mime-Version:Content-Type:Subject:From:To:Date:Message-Id:Sender',
                    blen=128, ts=epoch(date))
    track = 'https://email.mail.foodpanda.sg/c/%s' % rs(rng, 80, ALNUM + '_-')
    plain = '''Your order has been delivered. Enjoy your meal!

Order %s from Heng Kee Chicken Rice (Tanjong Pagar)
Delivered to: Marina Quay Hotel, 88 Harbourfront Walk, Room 1207
Delivered at: %s, 20:11

%s

Subtotal          SGD 15.50
Delivery fee      SGD  2.99
Platform fee      SGD  0.40
Total             SGD 18.89
Paid with Visa ending 4417

Need help with this order? Go to Help Centre in the app or visit
%s

Delivery Hero (Singapore) Pte. Ltd. (foodpanda), 1 Fusionopolis Link,
#08-01 Nexus @ one-north, Singapore 138542
This is a transactional email about your order.
''' % (order, dmed(date), '\n'.join('%s %-44s SGD %s' % it for it in items), track)
    trs = ''.join('<tr><td style="padding:6px 0;font-size:14px;color:#333">%s&nbsp; %s</td><td align="right" style="padding:6px 0;font-size:14px;color:#333">SGD %s</td></tr>\n' % (q, esc(n), p) for q, n, p in items)
    html = fill('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#fff4f8;margin:0;padding:0">
<table width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#fff4f8"><tr><td align="center" style="padding:18px 6px">
<table width="520" cellspacing="0" cellpadding="0" border="0" style="max-width:520px;background:#ffffff;border-radius:16px;font-family:Helvetica,Arial,sans-serif">
<tr><td align="center" style="padding:22px 20px 4px 20px"><img src="https://images.deliveryhero.io/image/foodpanda/email/fp-logo-pink.png" width="140" alt="foodpanda"></td></tr>
<tr><td align="center" style="padding:8px 24px 0 24px"><img src="https://images.deliveryhero.io/image/foodpanda/email/delivered-bag.png" width="120" alt=""><h2 style="font-size:22px;color:#333333;margin:10px 0 4px 0">Your order has been delivered</h2><p style="margin:0;font-size:14px;color:#707070">Enjoy your meal!</p></td></tr>
<tr><td style="padding:20px 28px 0 28px;font-size:13px;color:#707070">Order <b style="color:#333">{{order}}</b><br>from <b style="color:#333">Heng Kee Chicken Rice (Tanjong Pagar)</b><br>Delivered to Marina Quay Hotel, 88 Harbourfront Walk, Room 1207</td></tr>
<tr><td style="padding:14px 28px"><table width="100%" cellspacing="0" cellpadding="0" border="0">{{rows}}
<tr><td style="padding:10px 0 4px 0;border-top:1px solid #eeeeee;font-size:13px;color:#707070">Subtotal</td><td align="right" style="padding:10px 0 4px 0;border-top:1px solid #eeeeee;font-size:13px;color:#707070">SGD 15.50</td></tr>
<tr><td style="padding:4px 0;font-size:13px;color:#707070">Delivery fee</td><td align="right" style="font-size:13px;color:#707070">SGD 2.99</td></tr>
<tr><td style="padding:4px 0;font-size:13px;color:#707070">Platform fee</td><td align="right" style="font-size:13px;color:#707070">SGD 0.40</td></tr>
<tr><td style="padding:10px 0;font-size:16px;color:#333333"><b>Total</b></td><td align="right" style="font-size:16px;color:#333333"><b>SGD 18.89</b></td></tr>
<tr><td colspan="2" style="font-size:12px;color:#707070">Paid with Visa ending 4417</td></tr></table></td></tr>
<tr><td align="center" style="padding:10px 28px 26px 28px"><a href="{{track}}" style="background:#e21b70;color:#ffffff;text-decoration:none;font-weight:bold;font-size:14px;border-radius:24px;padding:11px 26px;display:inline-block">Get help with this order</a></td></tr>
</table>
<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#999999;max-width:520px;margin:14px auto 0 auto">Delivery Hero (Singapore) Pte. Ltd. (foodpanda), 1 Fusionopolis Link, #08-01 Nexus @ one-north, Singapore 138542. This is a transactional email about your order.</p>
</td></tr></table>
<img width="1" height="1" alt="" src="https://email.mail.foodpanda.sg/o/{{px}}">
</body></html>
''', order=order, rows=trs, track=qa(track), px=rs(rng, 70, ALNUM + '_-'))
    body = multi('alternative', rhex(rng, 32), [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable', extra=[('Mime-Version', '1.0')]),
        leaf('text/html; charset="utf-8"', html, 'quoted-printable', extra=[('Mime-Version', '1.0')]),
    ])
    bounce = 'bounce+%s.%s-%s=%s@mail.foodpanda.sg' % (rhex(rng, 6), rhex(rng, 6), HA[1].split('@')[0], ORG)
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, HA[1], plus(date, 2)),
         'Received: by luna.mailgun.net with HTTP; %s' % rdate(at(plus(date, 1), UTC), 'std'),
         gw_auth([('mail.foodpanda.sg', 'pdm1', b1), ('mailgun.org', 'mg', b2)], (bounce, ip),
                 ('mail.foodpanda.sg', 'none')),
         sig1, sig2,
         'X-Mailgun-Sending-Ip: ' + ip,
         'X-Mailgun-Sid: ' + rs(rng, 60, ALNUM),
         'Sender: ' + bounce.split('+')[0].replace('bounce', 'no-reply') + '@mail.foodpanda.sg',
         'Date: ' + rdate(date, 'std'),
         'From: foodpanda <no-reply@mail.foodpanda.sg>',
         'To: ' + HA[1],
         ('Subject', 'Your foodpanda order %s has been delivered' % order),
         'Message-Id: <%s.%s@mail.foodpanda.sg>' % (stamp14(at(date, UTC)), rhex(rng, 16)),
         'X-Mailgun-Tag: order-delivered',
         'X-Mailgun-Track: yes',
         'X-Mailgun-Track-Clicks: yes',
         'X-Mailgun-Track-Opens: yes',
         'Mime-Version: 1.0', CT]
    return build(H, body)


def m25(rng):
    """Commerce: online shop order shipped with tracking number (DigiKey)."""
    CDT = tz(-5)
    date = T(2025, 7, 22, 21, 12, 40, CDT)
    ip = '204.%d.%d.%d' % (rng.randrange(100, 120), rng.randrange(0, 250), rng.randrange(2, 250))
    host = 'mailout%d.digikey.com' % rng.randrange(1, 5)
    order = '89234517'
    awb = '48%s' % rdig(rng, 8)
    items = [
        ('2081-PT25BG-ND', 'Terminal block, push-in, 2.5 mm2, grey', '50', '0.9420', '47.10'),
        ('2081-PT25BU-ND', 'Terminal block, push-in, 2.5 mm2, blue', '20', '0.9420', '18.84'),
        ('1943-RLY24DC-ND', 'Relay module, 24 VDC coil, 1 CO, 6 A, DIN rail', '12', '11.2600', '135.12'),
        ('3041-PSU240W-ND', 'DIN-rail power supply 24 V 10 A (240 W)', '2', '118.4000', '236.80'),
        ('5560-M12C5F2-ND', 'Sensor cable M12 A-coded 5-pole female, PUR 2 m', '16', '9.7300', '155.68'),
    ]
    sub = '593.54'
    track = 'https://www.dhl.com/vn-en/home/tracking/tracking-express.html?submit=1&tracking-id=%s' % awb
    ostat = 'https://www.digikey.com/OrderHistory/OrderStatus?orderNumber=%s&web=%s' % (order, rdig(rng, 9))
    sig, b = dkim(rng, 'digikey.com', 'dk2023', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  blen=256, ts=epoch(date))
    plain = '''Your order has shipped!

Hello Trần Quốc Bảo,

Good news - DigiKey order %s has shipped. You can follow the package
with the tracking number below.

Carrier: DHL Express Worldwide
Tracking number: %s
Track: %s
Estimated delivery: Friday, 25 July 2025

Ship to:
Phu Minh Engineering & Logistics Corp. - Heavy Lift Division
Attn: Tran Quoc Bao
No. 48 Dinh Vu Road, Hai An District
Hai Phong 180000, Viet Nam

Items shipped (USD):
%s

Merchandise total: USD %s
Shipping: USD 0.00 (free shipping promotion)
Duties and taxes: to be paid by the receiver at import (DAP)

Invoice and packing list are attached to the shipment and available in
your order history: %s

Questions? Reply to this email or contact us at +1 218 000 6674.

DigiKey, 701 Brooks Avenue South, Thief River Falls, MN 56701, USA
''' % (order, awb, track, '\n'.join('%s  %s\n    Qty %s x %s = %s' % it for it in items), sub, ostat)
    trs = ''.join(('<tr><td style="padding:8px;border-bottom:1px solid #e0e0e0;font-size:12px;color:#cc0000">%s</td>'
                   '<td style="padding:8px;border-bottom:1px solid #e0e0e0;font-size:12px">%s</td>'
                   '<td align="right" style="padding:8px;border-bottom:1px solid #e0e0e0;font-size:12px">%s</td>'
                   '<td align="right" style="padding:8px;border-bottom:1px solid #e0e0e0;font-size:12px">%s</td>'
                   '<td align="right" style="padding:8px;border-bottom:1px solid #e0e0e0;font-size:12px">%s</td></tr>\n') % tuple(esc(c) for c in it)
                  for it in items)
    html = fill('''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Your DigiKey order has shipped</title></head>
<body style="margin:0;padding:0;background:#eeeeee;font-family:Arial,Helvetica,sans-serif;color:#333333">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center" style="padding:16px 6px">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:640px">
<tr><td style="padding:16px 24px;border-bottom:4px solid #cc0000"><img src="https://www.digikey.com/-/media/Images/Header/logo_dk.png" width="150" alt="DigiKey"></td></tr>
<tr><td style="padding:22px 24px 6px 24px"><h1 style="margin:0;font-size:24px;color:#333333">Your order has shipped!</h1><p style="font-size:14px;line-height:20px">Hello Trần Quốc Bảo,<br>Good news &ndash; DigiKey order <b>{{order}}</b> has shipped. You can follow the package with the tracking number below.</p></td></tr>
<tr><td style="padding:6px 24px"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f6f6f6;border:1px solid #e0e0e0"><tr>
<td style="padding:14px;font-size:13px;line-height:19px" valign="top"><b>Carrier</b><br>DHL Express Worldwide<br><br><b>Tracking number</b><br><a href="{{track}}" style="color:#0066cc">{{awb}}</a><br><br><b>Estimated delivery</b><br>Friday, 25 July 2025</td>
<td style="padding:14px;font-size:13px;line-height:19px" valign="top"><b>Ship to</b><br>Phu Minh Engineering &amp; Logistics Corp. &ndash; Heavy Lift Division<br>Attn: Tran Quoc Bao<br>No. 48 Dinh Vu Road, Hai An District<br>Hai Phong 180000, Viet Nam</td></tr></table></td></tr>
<tr><td style="padding:14px 24px 6px 24px"><a href="{{track}}" style="display:inline-block;background:#cc0000;color:#ffffff;font-weight:bold;font-size:14px;text-decoration:none;padding:10px 22px;border-radius:2px">Track package</a></td></tr>
<tr><td style="padding:12px 24px"><table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr style="background:#333333;color:#ffffff"><th align="left" style="padding:8px;font-size:12px">DigiKey part #</th><th align="left" style="padding:8px;font-size:12px">Description</th><th align="right" style="padding:8px;font-size:12px">Qty</th><th align="right" style="padding:8px;font-size:12px">Unit price</th><th align="right" style="padding:8px;font-size:12px">Ext. price</th></tr>
{{rows}}<tr><td colspan="4" align="right" style="padding:8px;font-size:13px">Merchandise total</td><td align="right" style="padding:8px;font-size:13px"><b>USD {{sub}}</b></td></tr>
<tr><td colspan="4" align="right" style="padding:2px 8px;font-size:12px;color:#666666">Shipping (free shipping promotion)</td><td align="right" style="padding:2px 8px;font-size:12px;color:#666666">USD 0.00</td></tr>
<tr><td colspan="5" align="right" style="padding:6px 8px;font-size:11px;color:#666666">Duties and taxes are paid by the receiver at import (DAP).</td></tr></table></td></tr>
<tr><td style="padding:10px 24px 22px 24px;font-size:13px;line-height:19px">The invoice and packing list travel with the shipment and are available in your <a href="{{ostat}}" style="color:#0066cc">order history</a>. Questions? Reply to this email or call +1 218 000 6674.</td></tr>
<tr><td style="padding:16px 24px;background:#333333;font-size:11px;line-height:16px;color:#bbbbbb">DigiKey, 701 Brooks Avenue South, Thief River Falls, MN 56701, USA &middot; <a href="https://www.digikey.com/en/help/privacy" style="color:#bbbbbb">Privacy</a></td></tr>
</table></td></tr></table></body></html>
''', order=order, track=qa(track), awb=awb, rows=trs, sub=sub, ostat=qa(ostat))
    body = multi('alternative', '=_%s' % rhex(rng, 32), [
        leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <orderstatus@digikey.com>',
         gw_received(rng, host, ip, BAO[1], at(plus(date, 4), VN), tls=TLS12),
         'Received: from TRFEXHUB%02d.digikey.local (10.%d.%d.%d) by %s\n (Postfix) with ESMTP id %s; %s' % (
             rng.randrange(1, 9), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid_short(rng), rdate(plus(date, 2), 'std', 'CDT')),
         gw_auth([('digikey.com', 'dk2023', b)], ('orderstatus@digikey.com', ip), ('digikey.com', 'reject')),
         sig,
         'From: "DigiKey" <orderstatus@digikey.com>',
         'Reply-To: "DigiKey Customer Service" <sales@digikey.com>',
         'To: ' + addr(BAO, quote=True),
         ('Subject', 'Your DigiKey order %s has shipped - tracking %s' % (order, awb)),
         'Date: ' + rdate(date, 'std'),
         'Message-ID: <%s.%s@digikey.com>' % (ruuid(rng), order),
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m26(rng):
    """Finance: card transaction alert (UOB Vietnam), no credentials asked."""
    date = T(2025, 3, 10, 15, 38, 41)
    ip = '203.0.113.%d' % rng.randrange(150, 200)
    host = 'smtpgw%d.uob.com.vn' % rng.randrange(1, 3)
    sig, b = dkim(rng, 'uob.com.vn', 'uobvn1', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  blen=256)
    ref = rdig(rng, 12)
    plain = '''Dear Customer,

Your UOB Visa card ending 4417 was used for the following transaction:

Amount:    SGD 300.00
Merchant:  MARINA QUAY HOTEL, SINGAPORE SG
Date/time: 10/03/2025 16:38 (GMT+8)
Type:      Card present, pre-authorisation
Reference: %s

If you made this transaction, no action is needed.

If you do not recognise it, please call our 24/7 hotline at
1800 000 099 (toll-free in Viet Nam) or +84 28 0000 1234 from overseas
so we can block the card.

UOB will never ask for your card PIN, online banking password or OTP by
email, SMS or phone.

This is an automated message. Please do not reply to this email.

United Overseas Bank (Vietnam) Limited
Central Plaza, 17 Le Duan, Sai Gon Ward, Ho Chi Minh City
''' % ref
    html = fill('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222222;margin:0;padding:0">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #d9d9d9">
<tr><td style="background:#005eb8;padding:12px 18px"><img src="https://www.uob.com.vn/assets/images/email/uob-logo-white.png" width="90" alt="UOB"></td></tr>
<tr><td style="padding:18px">Dear Customer,<br><br>Your UOB Visa card ending <b>4417</b> was used for the following transaction:<br><br>
<table cellpadding="5" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5">
<tr><td style="background:#f4f6f9;width:130px">Amount</td><td><b>SGD 300.00</b></td></tr>
<tr><td style="background:#f4f6f9">Merchant</td><td>MARINA QUAY HOTEL, SINGAPORE SG</td></tr>
<tr><td style="background:#f4f6f9">Date/time</td><td>10/03/2025 16:38 (GMT+8)</td></tr>
<tr><td style="background:#f4f6f9">Type</td><td>Card present, pre-authorisation</td></tr>
<tr><td style="background:#f4f6f9">Reference</td><td>{{ref}}</td></tr></table><br>
If you made this transaction, no action is needed.<br><br>
If you do not recognise it, please call our 24/7 hotline at <b>1800 000 099</b> (toll-free in Viet Nam) or <b>+84 28 0000 1234</b> from overseas so we can block the card.<br><br>
<span style="color:#b00020">UOB will never ask for your card PIN, online banking password or OTP by email, SMS or phone.</span></td></tr>
<tr><td style="padding:12px 18px;background:#f4f6f9;font-size:11px;color:#666666">This is an automated message. Please do not reply to this email.<br>United Overseas Bank (Vietnam) Limited &middot; Central Plaza, 17 Le Duan, Sai Gon Ward, Ho Chi Minh City</td></tr>
</table></body></html>
''', ref=ref)
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(100, 9999), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 311), [
        leaf('text/plain; charset=UTF-8', plain, '7bit'),
        leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <alerts@uob.com.vn>',
         gw_received(rng, host, ip, HA[1], plus(date, 3), tls=TLS12),
         'Received: from cardalert-app%02d (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rng.randrange(1, 6), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid_short(rng), HA[1], rdate(plus(date, 1), 'postfix')),
         gw_auth([('uob.com.vn', 'uobvn1', b)], ('alerts@uob.com.vn', ip), ('uob.com.vn', 'reject')),
         sig,
         'Date: ' + rdate(date, 'std', 'ICT'),
         'From: UOB Vietnam Alerts <alerts@uob.com.vn>',
         'To: ' + HA[1],
         'Message-ID: <%d.%d.%d.JavaMail.cardalert@cardalert-app>' % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(100, 999), epoch(date) * 1000 + 311),
         'Subject: UOB Card Transaction Alert',
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m27(rng):
    """Finance: credit card e-statement ready (HSBC Vietnam)."""
    date = T(2025, 4, 5, 6, 2, 11)
    ip = '203.0.113.%d' % rng.randrange(210, 250)
    host = 'mail%d.notification.hsbc.com.vn' % rng.randrange(1, 4)
    sig, b = dkim(rng, 'notification.hsbc.com.vn', 'hsbc2024', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  blen=256)
    plain = '''Dear Mr DANG VAN LONG,

Your credit card eStatement is ready

Card: HSBC Visa Platinum ending 3058
Statement date: 03/04/2025
Statement balance: VND 18,462,300
Minimum payment: VND 923,115
Payment due date: 28/04/2025

To view your eStatement, log on to HSBC Online Banking or the HSBC
Vietnam app and go to Statements. Your eStatement is available for
download for 24 months.

For your security, this email does not contain links to log on. HSBC
will never ask you to confirm your password, security code or OTP by
email.

Yours sincerely,
HSBC Bank (Vietnam) Ltd.

This is an automatically generated email. Please do not reply.
Issued by HSBC Bank (Vietnam) Ltd., The Metropolitan, 235 Dong Khoi,
Sai Gon Ward, Ho Chi Minh City. www.hsbc.com.vn
'''
    html = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>eStatement</title></head>
<body style="margin:0;padding:0;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:20px 0;border-bottom:1px solid #d7d8d6"><img src="https://www.hsbc.com.vn/content/dam/hsbc/vn/images/email/hsbc-logo.png" width="130" height="34" alt="HSBC" /></td></tr>
<tr><td style="padding:24px 0 8px 0;font-size:14px;color:#333333">Dear Mr DANG VAN LONG,</td></tr>
<tr><td style="padding:0 0 16px 0;font-size:24px;color:#db0011">Your credit card eStatement is ready</td></tr>
<tr><td><table width="100%" cellpadding="10" cellspacing="0" border="0" style="font-size:14px;color:#333333;background-color:#f3f3f3">
<tr><td width="45%">Card</td><td>HSBC Visa Platinum ending 3058</td></tr>
<tr><td>Statement date</td><td>03/04/2025</td></tr>
<tr><td>Statement balance</td><td><strong>VND 18,462,300</strong></td></tr>
<tr><td>Minimum payment</td><td>VND 923,115</td></tr>
<tr><td>Payment due date</td><td><strong>28/04/2025</strong></td></tr></table></td></tr>
<tr><td style="padding:18px 0 0 0;font-size:14px;line-height:21px;color:#333333">To view your eStatement, log on to HSBC Online Banking or the HSBC Vietnam app and go to <strong>Statements</strong>. Your eStatement is available for download for 24 months.</td></tr>
<tr><td style="padding:14px 0 0 0;font-size:13px;line-height:19px;color:#333333;border-left:3px solid #db0011;padding-left:10px">For your security, this email does not contain links to log on. HSBC will never ask you to confirm your password, security code or OTP by email.</td></tr>
<tr><td style="padding:18px 0;font-size:14px;color:#333333">Yours sincerely,<br />HSBC Bank (Vietnam) Ltd.</td></tr>
<tr><td style="padding:14px 0 30px 0;border-top:1px solid #d7d8d6;font-size:11px;line-height:16px;color:#767676">This is an automatically generated email. Please do not reply.<br />Issued by HSBC Bank (Vietnam) Ltd., The Metropolitan, 235 Dong Khoi, Sai Gon Ward, Ho Chi Minh City. www.hsbc.com.vn</td></tr>
</table></body></html>
'''
    body = multi('alternative', '=_NextPart_%s' % rhex(rng, 20, upper=True), [
        leaf('text/plain; charset=utf-8', plain, 'base64'),
        leaf('text/html; charset=utf-8', html, 'base64'),
    ])
    H = ['Return-Path: <noreply@notification.hsbc.com.vn>',
         gw_received(rng, host, ip, LONG[1], plus(date, 5), tls=TLS12),
         'Received: from estmt-batch%02d.hsbc.internal ([10.%d.%d.%d])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s' % (
             rng.randrange(1, 9), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             rhex(rng, 12, upper=True), LONG[1], rdate(plus(date, 2), 'std')),
         gw_auth([('notification.hsbc.com.vn', 'hsbc2024', b)], ('noreply@notification.hsbc.com.vn', ip),
                 ('notification.hsbc.com.vn', 'reject')),
         sig,
         'From: "HSBC Vietnam" <noreply@notification.hsbc.com.vn>',
         'To: ' + LONG[1],
         'Subject: Your HSBC credit card eStatement is ready',
         'Date: ' + rdate(date, 'std'),
         'Message-ID: <ESTMT.%s.%s@notification.hsbc.com.vn>' % (stamp14(date), rdig(rng, 10)),
         'MIME-Version: 1.0', CT,
         'X-Priority: 3']
    return build(H, body)


def m28(rng):
    """Newsletter: industry newsletter from an ESP (Mailchimp-style)."""
    date = T(2025, 6, 6, 23, 30, 3, UTC)
    n = rng.randrange(20, 90)
    pod = 'mail%d.suw%d.mcdlv.net' % (n, rng.randrange(100, 180))
    ip = '198.2.%d.%d' % (rng.randrange(128, 191), n)
    u = rhex(rng, 25)
    lid = rhex(rng, 10)
    cid = rhex(rng, 10)
    e = rhex(rng, 10)
    acct = 'asiafreightweekly.us14.list-manage.com'
    click = lambda: 'https://%s/track/click?u=%s&id=%s&e=%s' % (acct, u, rhex(rng, 10), e)
    L = dict(web=click(), s1=click(), s2=click(), s3=click(), s4=click(), ev=click(), sp=click(),
             li=click(), x=click(), pref='https://%s/profile?u=%s&id=%s&e=%s&c=%s' % (acct, u, lid, e, cid),
             unsub='https://%s/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (acct, u, lid, e, cid),
             vcard='https://%s/vcard?u=%s&id=%s' % (acct, u, lid),
             browser='https://us14.campaign-archive.com/?e=%s&u=%s&id=%s' % (e, u, cid))
    open_px = 'https://%s/track/open.php?u=%s&id=%s&e=%s' % (acct, u, cid, e)
    cdn = 'https://mcusercontent.com/%s/images/' % u
    issue = 212
    subject = 'AFW #%d: Cai Mep direct calls, intra-Asia rates, a customs checklist' % issue
    pre = 'Plus: lessons from two 118 t transformer moves and our Hai Phong breakfast briefing.'
    intro = ('This week: why more shippers in the south are booking direct calls, what our forwarder '
             'panel sees on intra-Asia rates, a customs checklist, and lessons from two 118 t '
             'transformer moves.')
    stories = [
        ('s1', 'Direct calls lift the Cai Mep gateway',
         'Shippers in southern Viet Nam are booking more cargo on direct mainline services rather than '
         'feeding via Singapore. In our monthly survey, 23 of the 40 forwarders we spoke to said they had '
         'moved at least part of their US-bound volume to direct calls this year, citing shorter transit '
         'times and fewer roll-overs. The trade-off: less flexibility when a direct sailing is cancelled.'),
        ('s2', 'Intra-Asia rates: our forwarder panel index',
         'The AFW panel index for 40-foot boxes from north Viet Nam to the Straits moved sideways for a '
         'third week. Panel members expect a short-lived rise in late June as carriers reposition '
         'equipment, but most told us that space on Hai Phong - Port Klang remains easy to find. Reefer '
         'space is the exception.'),
        ('s3', 'Checklist: five things to confirm before your next e-declaration',
         'HS code consistency between the commercial invoice and the declaration; the correct Incoterm; '
         'container and seal numbers matching the terminal record; origin documents uploaded before '
         'arrival; and a named contact who can answer the broker within the hour. Most delays our readers '
         'reported last quarter came from the last two.'),
        ('s4', 'Project cargo corner: transformers through a hub',
         'Two readers shared how they moved 118 t power transformers through a transshipment port. The '
         'common lessons: lock in the feeder slot before the mother vessel sails, budget for extra '
         'storage days, and send your own surveyor to witness the lashing.'),
    ]
    plain = '''** View this email in your browser (%s)

ASIA FREIGHT WEEKLY
Issue #%d | 7 June 2025
------------------------------------------------------------

Hi Thu Ha,

%s

''' % (L['browser'], issue, '\n'.join(textwrap.wrap(intro, 72)))
    for key, title, text in stories:
        plain += '** %s\n------------------------------------------------------------\n%s\n\nRead more (%s)\n\n' % (
            title, '\n'.join(textwrap.wrap(text, 72)), L[key])
    plain += '''** AFW Live: Hai Phong breakfast briefing
------------------------------------------------------------
Thursday 19 June, 07:30-09:30, Hai Phong. Rates outlook, customs
Q&A and networking. Free for subscribers, places are limited.
Reserve a seat (%s)

SPONSORED: PortSide Tally - count yard inventory from a phone, sync
to your WMS. Try it free for 30 days (%s)

============================================================
Copyright (C) 2025 Asia Freight Weekly, All rights reserved.
You are receiving this email because you signed up for Asia Freight
Weekly at asiafreightweekly.example.

Our mailing address is:
Asia Freight Weekly
21 Cecil Street #09-02
Singapore 049705
Singapore

Add us to your address book: %s

Want to change how you receive these emails?
Update your preferences (%s) or unsubscribe (%s)
''' % (L['ev'], L['sp'], L['vcard'], L['pref'], L['unsub'])
    blocks = ''
    for i, (key, title, text) in enumerate(stories):
        img = '' if i % 2 else ('<img src="%s%s.jpg" width="564" alt="" style="display:block;max-width:100%%;height:auto;border:0;margin-bottom:14px" class="mcnImage">' % (cdn, ruuid(rng)))
        blocks += fill('''<tr><td class="mcnTextBlockInner" valign="top" style="padding:18px 18px 6px 18px">
{{img}}<h2 style="display:block;margin:0 0 8px 0;padding:0;color:#1b2a41;font-family:Georgia,Times,'Times New Roman',serif;font-size:21px;font-weight:bold;line-height:125%">{{title}}</h2>
<p style="margin:0 0 10px 0;color:#404040;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:150%">{{text}}</p>
<a href="{{href}}" target="_blank" style="color:#c8102e;font-weight:bold;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:14px">Read more &rarr;</a>
</td></tr>
<tr><td style="padding:12px 18px"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="border-top:1px solid #e2e2e2"><tr><td></td></tr></table></td></tr>
''', img=img, title=esc(title), text=esc(text), href=qa(L[key]))
    html = fill('''<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
<style type="text/css">
p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}
body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}
#outlook a{padding:0;}.ReadMsgBody{width:100%;}.ExternalClass{width:100%;}
@media only screen and (max-width:480px){.mcnImage{width:100% !important;}.templateContainer{max-width:100% !important;width:100% !important;}}
</style></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#f1efe9">
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{{pre}}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#f1efe9">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;background-color:#ffffff">
<tr><td valign="top" style="padding:8px 18px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8a8a8a;background-color:#f1efe9" align="right"><a href="{{browser}}" target="_blank" style="color:#8a8a8a">View this email in your browser</a></td></tr>
<tr><td valign="top" style="padding:22px 18px 12px 18px;background-color:#1b2a41"><img align="left" alt="Asia Freight Weekly" src="{{cdn}}afw-masthead-white.png" width="330" style="max-width:330px;padding-bottom:0;display:inline !important;vertical-align:bottom" class="mcnImage"><p style="clear:both;margin:0;padding-top:10px;color:#c9d3e3;font-family:Helvetica,Arial,sans-serif;font-size:12px;letter-spacing:1px">ISSUE #{{issue}} &nbsp;|&nbsp; 7 JUNE 2025</p></td></tr>
<tr><td style="padding:20px 18px 4px 18px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:150%;color:#404040">Hi Thu Ha,<br><br>{{pre_html}}</td></tr>
{{blocks}}<tr><td style="padding:6px 18px 18px 18px"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#fbf3e4;border-left:4px solid #c8102e"><tr><td style="padding:16px;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:150%;color:#404040"><strong style="color:#1b2a41;font-size:16px">AFW Live: Hai Phong breakfast briefing</strong><br>Thursday 19 June, 07:30&ndash;09:30, Hai Phong. Rates outlook, customs Q&amp;A and networking. Free for subscribers, places are limited.<br><br>
<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:separate !important;border-radius:3px;background-color:#c8102e"><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;padding:10px 18px"><a class="mcnButton" title="Reserve a seat" href="{{ev}}" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%;text-align:center;text-decoration:none;color:#ffffff">Reserve a seat</a></td></tr></table></td></tr></table></td></tr>
<tr><td style="padding:0 18px 18px 18px"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="border:1px dashed #c9c9c9"><tr><td width="90" style="padding:12px"><a href="{{sp}}" target="_blank"><img src="{{cdn}}portside-tally-icon.png" width="72" alt="PortSide Tally" style="display:block"></a></td><td style="padding:12px 12px 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:145%;color:#555555"><span style="font-size:10px;letter-spacing:1px;color:#999999">SPONSORED</span><br><strong>PortSide Tally</strong> &ndash; count yard inventory from a phone and sync it to your WMS. <a href="{{sp}}" target="_blank" style="color:#c8102e">Try it free for 30 days</a>.</td></tr></table></td></tr>
<tr><td align="center" style="padding:14px 18px;background-color:#1b2a41"><a href="{{li}}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-linkedin-48.png" width="24" alt="LinkedIn" style="display:inline-block"></a>&nbsp;&nbsp;&nbsp;<a href="{{x}}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-twitter-48.png" width="24" alt="X" style="display:inline-block"></a>&nbsp;&nbsp;&nbsp;<a href="{{web}}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-link-48.png" width="24" alt="Website" style="display:inline-block"></a></td></tr>
<tr><td valign="top" style="padding:18px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:150%;color:#7a7a7a;text-align:center;background-color:#f1efe9">
<em>Copyright &copy; 2025 Asia Freight Weekly, All rights reserved.</em><br>You are receiving this email because you signed up for Asia Freight Weekly at asiafreightweekly.example.<br><br>
<strong>Our mailing address is:</strong><br><div class="vcard"><span class="org fn">Asia Freight Weekly</span><div class="adr"><div class="street-address">21 Cecil Street #09-02</div><span class="locality">Singapore</span> <span class="postal-code">049705</span><div class="country-name">Singapore</div></div><br><a href="{{vcard}}" class="hcard-download">Add us to your address book</a></div><br>
Want to change how you receive these emails?<br>You can <a href="{{pref}}" style="color:#7a7a7a">update your preferences</a> or <a href="{{unsub}}" style="color:#7a7a7a">unsubscribe from this list</a>.<br><br>
<a href="https://mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter&amp;utm_medium=email&amp;utm_campaign=monkey_rewards&amp;aid={{u}}&amp;afl=1"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" border="0" alt="Email Marketing Powered by Intuit Mailchimp" title="Intuit Mailchimp Email Marketing" width="139" height="54"></a>
</td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table></center>
<img src="{{open}}" height="1" width="1" alt="">
</body></html>
''', subject=esc(subject), pre=esc(pre), pre_html=esc(intro), browser=qa(L['browser']), cdn=cdn,
        issue=str(issue), blocks=blocks, ev=qa(L['ev']), sp=qa(L['sp']), li=qa(L['li']), x=qa(L['x']),
        web=qa(L['web']), vcard=qa(L['vcard']), pref=qa(L['pref']), unsub=qa(L['unsub']), u=u,
        open=qa(open_px))
    lnum = rdig(rng, 7)
    bounce = 'bounce-mc.us14_%s.%s-%s=%s@%s' % (rdig(rng, 8), lnum, HA[1].split('@')[0], ORG, pod)
    sig1, b1 = dkim(rng, 'asiafreightweekly.example', 'k2',
                    'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:'
                    'Content-Type:MIME-Version:CC:Date:To:Message-ID', ts=epoch(date), blen=256)
    sig2, b2 = dkim(rng, 'mcdlv.net', 'k1',
                    'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:'
                    'Content-Type:MIME-Version:CC:Date:To:Message-ID', ts=epoch(date), blen=128)
    body = multi('alternative', '_----------=_MCPart_%d' % rng.randrange(10 ** 8, 10 ** 9), [
        leaf('text/plain; charset="utf-8"; format="fixed"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, pod, ip, HA[1], plus(date, 5)),
         'Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s' % (
             pod, pfqid(rng), HA[1], rdate(plus(date, 1), 'std', 'GMT')),
         gw_auth([('asiafreightweekly.example', 'k2', b1), ('mcdlv.net', 'k1', b2)], (bounce, ip),
                 ('asiafreightweekly.example', 'none')),
         sig1, sig2,
         ('Subject', subject),
         'From: Asia Freight Weekly <newsletter@asiafreightweekly.example>',
         'Reply-To: Asia Freight Weekly <editor@asiafreightweekly.example>',
         'To: <%s>' % HA[1],
         'Date: ' + rdate(date, 'std'),
         'Message-ID: <%s.%s@%s>' % (rhex(rng, 20), rdig(rng, 7), pod),
         'X-Mailer: Mailchimp Mailer - **CID%s%s**' % (cid, rhex(rng, 10)),
         'X-Campaign: mailchimp%s.%s' % (u, cid),
         'X-campaignid: mailchimp%s.%s' % (u, cid),
         'X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, e),
         'X-MC-User: ' + u,
         'Feedback-ID: %s:%s.%s:us14:mc' % (lnum, lnum, rdig(rng, 7)),
         'List-ID: %s mc list <%s.%s.list-id.mcsv.net>' % (u, u, rdig(rng, 6)),
         'X-Accounttype: pd',
         'List-Unsubscribe: <%s>,\n <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (
             L['unsub'], u, cid, e),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         CT,
         'MIME-Version: 1.0']
    return build(H, body)


def m29(rng):
    """Marketing: webinar invitation (Autodesk via Marketo)."""
    date = T(2025, 8, 19, 14, 5, 2, UTC)
    munch = '%d-%s-%d' % (rng.randrange(100, 999), rs(rng, 3, UPPER), rng.randrange(100, 999))
    ip = '199.15.%d.%d' % (rng.choice([212, 213, 214, 215]), rng.randrange(2, 250))
    host = 'em-sj-%d.mktomail.com' % rng.randrange(10, 99)
    tok = rb64url(rng, 120)
    base = 'https://info.autodesk.com/%s' % rb64url(rng, 30)
    reg = 'https://www.autodesk.com/webinars/apac/digital-twins-ports-yards?mkt_tok=%s' % tok
    cal = 'https://www.autodesk.com/webinars/apac/digital-twins-ports-yards/calendar.ics?mkt_tok=%s' % tok
    unsub = 'https://info.autodesk.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok=%s' % tok
    pref = 'https://info.autodesk.com/PreferenceCenter.html?mkt_tok=%s' % tok
    sig1, b1 = dkim(rng, 'info.autodesk.com', 'm1', 'Date:From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe:Message-ID',
                    blen=128, ts=epoch(date))
    sig2, b2 = dkim(rng, 'mktomail.com', 'm1', 'Date:From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe:Message-ID',
                    blen=128, ts=epoch(date))
    speakers = [('Dr. Mei Lin Ong', 'Industry Manager, Infrastructure, Autodesk Asia Pacific'),
                ('Arjun Pillai', 'Head of Digital Engineering, a regional terminal operator'),
                ('Kenji Watanabe', 'Technical Solutions Executive, Autodesk')]
    plain = '''Autodesk Webinar | APAC

Digital twins for port and yard infrastructure:
from survey data to daily operations

Wednesday, 10 September 2025
10:00-11:00 SGT (09:00 ICT) | Online | Free

Hi Tran Quoc,

Ports and logistics yards are under pressure to add capacity without
adding land. In this 60-minute session our speakers show how teams are
combining reality capture, BIM and asset data into a digital twin that
engineering and operations can both use.

You will see:
- how to turn drone and laser-scan surveys into a coordinated model
- planning crane, stacking and pavement works with 4D sequencing
- keeping the twin current after handover with asset data

Speakers:
%s

Register now: %s
Add to calendar: %s

Can't make it? Register anyway and we'll send you the recording.

Autodesk, Inc., One Market, Ste. 400, San Francisco, CA 94105, USA
Autodesk Asia Pte Ltd, 3 Fusionopolis Way, #10-21 Symbiosis, Singapore 138633
You received this email because you opted in to Autodesk communications.
Manage preferences: %s
Unsubscribe: %s
''' % ('\n'.join('- %s, %s' % s for s in speakers), reg, cal, pref, unsub)
    spk_html = ''.join('<tr><td width="64" style="padding:8px 0"><img src="https://damassets.autodesk.net/content/dam/autodesk/www/campaigns/webinar-apac/speaker-%d.jpg" width="52" height="52" alt="" style="border-radius:26px;display:block"></td><td style="padding:8px 0;font-size:14px;line-height:20px;color:#000000"><b>%s</b><br><span style="color:#666666">%s</span></td></tr>' % (i + 1, esc(n), esc(r)) for i, (n, r) in enumerate(speakers))
    html = fill('''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Autodesk Webinar</title>
<style type="text/css">.mktoText a{color:#0696d7}@media only screen and (max-width:599px){.container{width:100% !important}.stack{display:block !important;width:100% !important}}</style></head>
<body style="margin:0;padding:0;background-color:#f5f5f5">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">10 September, 10:00 SGT &ndash; see how ports build and use digital twins. Free, 60 minutes.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f5f5"><tr><td align="center">
<table class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Artifakt Element,Arial,Helvetica,sans-serif">
<tr><td style="padding:24px 32px;background-color:#000000"><img src="https://damassets.autodesk.net/content/dam/autodesk/www/brand/autodesk-logo-primary-rgb-white-small_2x.png" width="150" alt="Autodesk" style="display:block"></td></tr>
<tr><td><img src="https://damassets.autodesk.net/content/dam/autodesk/www/campaigns/webinar-apac/ports-digital-twin-hero-600.jpg" width="600" alt="Container terminal at dusk" style="display:block;width:100%;height:auto"></td></tr>
<tr><td class="mktoText" style="padding:28px 32px 0 32px"><p style="margin:0;font-size:12px;letter-spacing:1px;color:#666666">AUTODESK WEBINAR &nbsp;|&nbsp; APAC</p><h1 style="margin:8px 0 12px 0;font-size:28px;line-height:34px;color:#000000">Digital twins for port and yard infrastructure: from survey data to daily operations</h1>
<p style="margin:0;font-size:16px;line-height:24px;color:#000000"><b>Wednesday, 10 September 2025</b><br>10:00&ndash;11:00 SGT (09:00 ICT) &middot; Online &middot; Free</p></td></tr>
<tr><td class="mktoText" style="padding:20px 32px 0 32px;font-size:15px;line-height:23px;color:#000000">Hi Tran Quoc,<br><br>Ports and logistics yards are under pressure to add capacity without adding land. In this 60-minute session our speakers show how teams are combining reality capture, BIM and asset data into a digital twin that engineering and operations can both use.<br><br><b>You will see</b><ul style="margin:8px 0 0 0;padding-left:20px"><li>how to turn drone and laser-scan surveys into a coordinated model</li><li>planning crane, stacking and pavement works with 4D sequencing</li><li>keeping the twin current after handover with asset data</li></ul></td></tr>
<tr><td style="padding:22px 32px 0 32px"><table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#000000" style="border-radius:2px"><a href="{{reg}}" style="display:inline-block;padding:13px 28px;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none">Register now</a></td><td width="16"></td><td><a href="{{cal}}" style="font-size:14px;color:#0696d7;text-decoration:none">Add to calendar</a></td></tr></table></td></tr>
<tr><td style="padding:26px 32px 0 32px"><p style="margin:0 0 6px 0;font-size:18px;font-weight:bold;color:#000000">Speakers</p><table cellpadding="0" cellspacing="0" border="0" width="100%">{{speakers}}</table></td></tr>
<tr><td style="padding:18px 32px 28px 32px;font-size:14px;color:#666666">Can't make it? Register anyway and we'll send you the recording.</td></tr>
<tr><td style="padding:22px 32px;background-color:#f0f0f0;font-size:11px;line-height:17px;color:#666666">Autodesk, Inc., One Market, Ste. 400, San Francisco, CA 94105, USA<br>Autodesk Asia Pte Ltd, 3 Fusionopolis Way, #10-21 Symbiosis, Singapore 138633<br><br>You received this email because you opted in to Autodesk communications. <a href="{{pref}}" style="color:#666666">Manage preferences</a> | <a href="{{unsub}}" style="color:#666666">Unsubscribe</a> | <a href="https://www.autodesk.com/company/legal-notices-trademarks/privacy-statement" style="color:#666666">Privacy statement</a><br>Autodesk and the Autodesk logo are registered trademarks or trademarks of Autodesk, Inc.</td></tr>
</table></td></tr></table>
<img src="{{base}}/open.gif" width="1" height="1" alt="" style="display:block">
</body></html>
''', reg=qa(reg), cal=qa(cal), speakers=spk_html, pref=qa(pref), unsub=qa(unsub), base=base)
    rid = '%s.0.%d.0.0.%d.9.%d' % (munch, rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 4, 10 ** 5), rng.randrange(10 ** 6, 10 ** 7))
    bounce = '%s@%s' % (rid, host)
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 621), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, BAO[1], plus(date, 4), tls=TLS12),
         'Received: from [10.0.%d.%d] ([10.0.%d.%d:%d] helo=abmas02.marketo.org)\n\tby sjmas01.marketo.org (envelope-from <%s>)\n'
         '\t(ecelerity 4.3.1.999 r(:)) with ESMTP\n\tid %s/%s-%s-%s; %s' % (
             rng.randrange(0, 250), rng.randrange(2, 250), rng.randrange(0, 250), rng.randrange(2, 250), rng.randrange(30000, 60000),
             bounce, rhex(rng, 2).upper(), rhex(rng, 2).upper(), rdig(rng, 5), rhex(rng, 8).upper(), rdate(at(plus(date, 1), tz(-7)), 'std')),
         gw_auth([('info.autodesk.com', 'm1', b1), ('mktomail.com', 'm1', b2)], (bounce, ip), ('info.autodesk.com', 'reject')),
         sig1, sig2,
         'Date: ' + rdate(at(date, tz(-5)), 'std'),
         'From: Autodesk <autodesk@info.autodesk.com>',
         'Reply-To: autodesk-noreply@info.autodesk.com',
         'To: ' + BAO[1],
         'Message-ID: <%d.%d.%d.JavaMail.root@abmas02.marketo.org>' % (rng.randrange(10 ** 8, 2 * 10 ** 9), -rng.randrange(10 ** 8, 2 * 10 ** 9), epoch(date) * 1000 + 621),
         ('Subject', 'Webinar invitation: Digital twins for port and yard infrastructure (10 Sep)'),
         'MIME-Version: 1.0', CT,
         'X-Binding: bg-sj-0%d' % rng.randrange(1, 9),
         'X-MarketoID: %s:%d:%d:%d:0:%d:7:%d' % (munch, rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 4, 10 ** 5), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 4, 10 ** 5), rng.randrange(10 ** 6, 10 ** 7)),
         'X-MktArchive: false',
         'List-Unsubscribe: <mailto:%s@%s?subject=Unsubscribe>,\n <%s>' % (rs(rng, 24, LOWER + DIGITS), host, unsub),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         'X-Mailfrom: ' + bounce,
         'X-MSYS-API: {"options":{"open_tracking":false,"click_tracking":false}}',
         'X-MktMailDKIM: true']
    return build(H, body)


def m30(rng):
    """Marketing: product-update email (Smartsheet via SparkPost)."""
    date = T(2025, 10, 16, 15, 42, 18, UTC)
    ip = '192.174.%d.%d' % (rng.randrange(80, 95), rng.randrange(2, 250))
    host = 'mta-%d-%d.sparkpostmail.com' % (rng.randrange(100, 200), rng.randrange(1, 9))
    sp = lambda path: 'https://click.mail.smartsheet.com/f/a/%s~~/%s~~/%s~~/%s' % (
        rb64url(rng, 16), rb64url(rng, 6), rb64url(rng, 30), path)
    L = {k: sp(k) for k in ('hero', 'f1', 'f2', 'f3', 'f4', 'community', 'pref', 'unsub')}
    feats = [
        ('f1', 'Baselines in Gantt view, now for every plan',
         'Save a baseline before a project starts and see at a glance which tasks have slipped. Variance '
         'columns update automatically as dates change.'),
        ('f2', 'Conditional approvals in workflows',
         'Route an approval to a different person depending on a value in the row, for example the amount '
         'of a purchase request or the site it belongs to.'),
        ('f3', 'Dashboard chart widgets: more chart types',
         'Add stacked bar and combo charts to dashboards, with a new option to show data labels.'),
        ('f4', 'Offline edits in the mobile app',
         'Update rows from the field without a signal. Changes sync when your device reconnects, and '
         'conflicts are flagged for review.'),
    ]
    plain = '''What's new in Smartsheet - October 2025

Hi Thu Ha,

Here are the updates we shipped this month. Most are already available in
your plan; a few are rolling out over the next two weeks.

''' + ''.join('%s\n%s\nLearn more: %s\n\n' % (t, '\n'.join(textwrap.wrap(x, 72)), L[k]) for k, t, x in feats) + '''See all release notes: %s

Join the conversation in the Smartsheet Community: %s

Smartsheet Inc., 500 108th Ave NE, Suite 200, Bellevue, WA 98004, USA
You're receiving this email as a Smartsheet user at Phu Minh
Engineering & Logistics Corp.
Email preferences: %s
Unsubscribe from product updates: %s
''' % (L['hero'], L['community'], L['pref'], L['unsub'])
    cards = ''
    for i, (k, t, x) in enumerate(feats):
        cards += fill('''<tr><td style="padding:0 40px 28px 40px"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="56" valign="top"><div style="width:40px;height:40px;border-radius:20px;background-color:#e6eefa;text-align:center;line-height:40px;font-size:16px;font-weight:bold;color:#0073ec">{{num}}</div></td>
<td valign="top"><h3 style="margin:0 0 6px 0;font-size:18px;line-height:24px;color:#161616">{{t}}</h3><p style="margin:0 0 8px 0;font-size:15px;line-height:23px;color:#3d3d3d">{{x}}</p><a href="{{href}}" style="font-size:14px;font-weight:bold;color:#0073ec;text-decoration:none">Learn more &#8250;</a></td></tr></table></td></tr>
''', num=str(i + 1), t=esc(t), x=esc(x), href=qa(L[k]))
    html = fill('''<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>What's new in Smartsheet</title>
<!--[if mso]><style>table,td,div,h1,h3,p{font-family:Arial,sans-serif;}</style><![endif]--></head>
<body style="margin:0;padding:0;word-spacing:normal;background-color:#f3f3f3">
<div style="display:none;font-size:1px;color:#f3f3f3;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden">Baselines for every plan, conditional approvals, new chart types and offline edits.</div>
<div role="article" aria-roledescription="email" lang="en" style="background-color:#f3f3f3">
<table role="presentation" style="width:100%;border:none;border-spacing:0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" style="width:94%;max-width:600px;border:none;border-spacing:0;background-color:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif">
<tr><td style="padding:28px 40px 18px 40px"><img src="https://www.smartsheet.com/sites/default/files/email/smartsheet-logo-blue-2x.png" width="150" alt="Smartsheet" style="display:block;border:none"></td></tr>
<tr><td style="padding:0"><a href="{{hero}}"><img src="https://www.smartsheet.com/sites/default/files/email/2025-10-whats-new-hero.png" width="600" alt="What's new in Smartsheet - October 2025" style="width:100%;height:auto;display:block;border:none"></a></td></tr>
<tr><td style="padding:30px 40px 10px 40px"><h1 style="margin:0 0 14px 0;font-size:28px;line-height:34px;color:#161616">What's new in October</h1><p style="margin:0 0 18px 0;font-size:16px;line-height:24px;color:#3d3d3d">Hi Thu Ha, here are the updates we shipped this month. Most are already available in your plan; a few are rolling out over the next two weeks.</p></td></tr>
{{cards}}<tr><td align="center" style="padding:6px 40px 34px 40px"><a href="{{hero}}" style="display:inline-block;background-color:#0073ec;color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;padding:13px 30px;border-radius:4px">See all release notes</a></td></tr>
<tr><td style="padding:22px 40px;background-color:#161616;color:#ffffff;font-size:15px;line-height:22px">Questions or ideas? <a href="{{community}}" style="color:#7fb8ff;text-decoration:underline">Join the conversation in the Smartsheet Community</a>.</td></tr>
<tr><td style="padding:24px 40px;font-size:12px;line-height:18px;color:#6b6b6b">Smartsheet Inc., 500 108th Ave NE, Suite 200, Bellevue, WA 98004, USA<br>You're receiving this email as a Smartsheet user at Phu Minh Engineering &amp; Logistics Corp.<br><a href="{{pref}}" style="color:#6b6b6b">Email preferences</a> &nbsp;&middot;&nbsp; <a href="{{unsub}}" style="color:#6b6b6b">Unsubscribe from product updates</a> &nbsp;&middot;&nbsp; <a href="https://www.smartsheet.com/legal/privacy" style="color:#6b6b6b">Privacy notice</a></td></tr>
</table></td></tr></table></div>
<img border="0" width="1" height="1" alt="" src="https://click.mail.smartsheet.com/q/{{px}}~~/{{px2}}~~/">
</body></html>
''', hero=qa(L['hero']), cards=cards, community=qa(L['community']), pref=qa(L['pref']),
        unsub=qa(L['unsub']), px=rb64url(rng, 16), px2=rb64url(rng, 30))
    bounce = 'msprvs1=%s=bounces-%d-%d@bounce.mail.smartsheet.com' % (rs(rng, 11, ALNUM + '_-'), rng.randrange(100000, 999999), rng.randrange(1, 999))
    sig, b = dkim(rng, 'mail.smartsheet.com', 'scph1025', 'To:Message-ID:Date:Content-Type:Subject:From:List-Unsubscribe:List-Unsubscribe-Post',
                  blen=256)
    body = multi('alternative', '_----%s===_%s/%s-%d-%d' % (rs(rng, 22, ALNUM), rhex(rng, 2).upper(), rhex(rng, 2).upper(), rng.randrange(10000, 99999), rng.randrange(10 ** 7, 10 ** 8)), [
        leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, HA[1], plus(date, 6)),
         'Received: from [10.%d.%d.%d] ([10.%d.%d.%d:%d])\n\tby i-0%s.mta1vrest.cc.prd.sparkpost (envelope-from <%s>)\n'
         '\t(ecelerity 4.8.0.70180 r(msys-ecelerity:tags/4.8.0.2)) with HTTP\n\tid %s/%s-%d-%s; %s' % (
             rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250),
             rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), rng.randrange(30000, 60000),
             rhex(rng, 16), bounce, rhex(rng, 2).upper(), rhex(rng, 2).upper(), rng.randrange(10000, 99999),
             rhex(rng, 8).upper(), rdate(plus(date, 1), 'std')),
         gw_auth([('mail.smartsheet.com', 'scph1025', b)], (bounce, ip), ('mail.smartsheet.com', 'reject')),
         sig,
         'To: ' + HA[1],
         'Message-ID: <%s.%s.%d.%s@i-0%s.mta1vrest.cc.prd.sparkpost>' % (
             rhex(rng, 2).upper(), rhex(rng, 2).upper(), rng.randrange(10000, 99999), rhex(rng, 8).upper(), rhex(rng, 16)),
         'Date: ' + rdate(date, 'std'),
         CT,
         ('Subject', "What's new in Smartsheet: October 2025"),
         'From: "Smartsheet" <product-news@mail.smartsheet.com>',
         'Reply-To: no-reply@smartsheet.com',
         'MIME-Version: 1.0',
         'List-Unsubscribe: <%s>,\n <mailto:unsubscribe-%s@mail.smartsheet.com>' % (L['unsub'], rs(rng, 24, LOWER + DIGITS)),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         'X-MSFBL: %s' % rb64(rng, 90)]
    return build(H, body)


def m31(rng):
    """Events: conference registration confirmation (Eventbrite)."""
    date = T(2025, 5, 26, 4, 18, 33, UTC)
    ip = '52.%d.%d.%d' % (rng.randrange(10, 60), rng.randrange(0, 250), rng.randrange(2, 250))
    host = 'smtp-out-%d.eventbrite.com' % rng.randrange(10, 40)
    order = '11834527719'
    ev = 'Asia Ports & Terminals Summit 2025'
    ev_url = 'https://www.eventbrite.sg/e/asia-ports-terminals-summit-2025-tickets-%s?aff=oddtdtcreator' % rdig(rng, 12)
    tix = 'https://www.eventbrite.com/mytickets/%s?utm_source=eb_email&utm_medium=email&utm_campaign=order_confirmation_email' % order
    org = 'https://www.eventbrite.sg/o/apt-summit-secretariat-%s' % rdig(rng, 11)
    sig, b = dkim(rng, 'order.eventbrite.com', 'eb1', 'From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type',
                  blen=256, ts=epoch(date))
    plain = '''Thanks for your order, Thu Ha!

You're going to %s

Order #%s - %s

Tuesday, 23 September 2025, 08:30 - Wednesday, 24 September 2025, 17:30 (SGT)
Marina Bay Sands Expo and Convention Centre, Level 4
10 Bayfront Avenue, Singapore 018956

1 x Delegate Pass - Early Bird       SGD 1,250.00
Booking fee                           SGD    37.48
Total                                 SGD 1,287.48
Paid with Mastercard ending 8053

Ticket holder: Nguyen Thu Ha (%s)

View and print your tickets: %s
Event page: %s

The organiser will send the detailed programme and venue access
information closer to the date. Questions about the event? Contact
the organiser, APT Summit Secretariat: %s

Refund policy: refunds up to 30 days before the event.

This email was sent to %s
Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103
Privacy policy: https://www.eventbrite.com/help/en-us/articles/460838/eventbrite-privacy-policy/
''' % (ev, order, dmed(at(date, VN)), HA[1], tix, ev_url, org, HA[1])
    html = fill('''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Order confirmation</title></head>
<body style="margin:0;padding:0;background-color:#f8f7fa;font-family:'Neue Plak',Helvetica,Arial,sans-serif;color:#39364f">
<div style="display:none;max-height:0;overflow:hidden">You're going to {{ev}} &middot; Order #{{order}}</div>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#f8f7fa"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellspacing="0" cellpadding="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:4px">
<tr><td style="padding:24px 32px 8px 32px"><img src="https://cdn.evbstatic.com/s3-build/perm_001/9bd1c8/django/images/logos/eb_orange_on_white_1200x630.png" width="116" alt="Eventbrite"></td></tr>
<tr><td style="padding:8px 32px 0 32px"><p style="margin:0;font-size:14px;color:#6f7287">Thanks for your order, Thu Ha!</p><h1 style="margin:8px 0 0 0;font-size:26px;line-height:32px;color:#1e0a3c">You're going to {{ev}}</h1></td></tr>
<tr><td style="padding:18px 32px 0 32px"><img src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F{{img}}%2F1%2Foriginal.jpg" width="536" alt="" style="display:block;width:100%;height:auto;border-radius:4px"></td></tr>
<tr><td style="padding:20px 32px 0 32px"><table width="100%" cellspacing="0" cellpadding="0" border="0" style="font-size:14px;line-height:21px">
<tr><td width="50%" valign="top" style="padding-right:12px"><b style="color:#1e0a3c">Date and time</b><br>Tue, 23 Sep 2025, 08:30 &ndash;<br>Wed, 24 Sep 2025, 17:30 SGT</td>
<td width="50%" valign="top"><b style="color:#1e0a3c">Location</b><br>Marina Bay Sands Expo and Convention Centre, Level 4<br>10 Bayfront Avenue, Singapore 018956</td></tr></table></td></tr>
<tr><td style="padding:22px 32px 0 32px"><a href="{{tix}}" style="display:inline-block;background-color:#d1410c;color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 26px;border-radius:4px">View tickets</a></td></tr>
<tr><td style="padding:26px 32px 0 32px"><p style="margin:0 0 8px 0;font-size:16px;font-weight:bold;color:#1e0a3c">Order summary</p><p style="margin:0 0 10px 0;font-size:13px;color:#6f7287">Order #{{order}} &middot; {{odate}}</p>
<table width="100%" cellspacing="0" cellpadding="0" border="0" style="font-size:14px">
<tr><td style="padding:6px 0">1 x Delegate Pass - Early Bird</td><td align="right">SGD 1,250.00</td></tr>
<tr><td style="padding:6px 0;color:#6f7287">Booking fee</td><td align="right" style="color:#6f7287">SGD 37.48</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #eeedf2"><b>Total</b></td><td align="right" style="padding:10px 0;border-top:1px solid #eeedf2"><b>SGD 1,287.48</b></td></tr>
<tr><td colspan="2" style="font-size:12px;color:#6f7287">Paid with Mastercard ending 8053 &middot; Ticket holder: Nguyen Thu Ha</td></tr></table></td></tr>
<tr><td style="padding:24px 32px;font-size:13px;line-height:20px;color:#39364f">The organiser will send the detailed programme and venue access information closer to the date. Questions about the event? <a href="{{org}}" style="color:#3659e3">Contact the organiser</a>, APT Summit Secretariat.<br><br><b>Refund policy:</b> refunds up to 30 days before the event.</td></tr>
<tr><td style="padding:18px 32px 26px 32px;border-top:1px solid #eeedf2;font-size:11px;line-height:17px;color:#6f7287">This email was sent to {{ha}}<br>Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103<br><a href="https://www.eventbrite.com/help/en-us/articles/460838/eventbrite-privacy-policy/" style="color:#6f7287">Privacy policy</a> &middot; <a href="{{ev_url}}" style="color:#6f7287">Event page</a></td></tr>
</table></td></tr></table>
<img src="https://www.eventbrite.com/emails/action/?recipient={{ha_enc}}&type_id=2&ref=eemailordconf&rank=0&action=view&sig={{sig}}" width="1" height="1" alt="">
</body></html>
''', ev=esc(ev), order=order, img=rdig(rng, 9), tix=qa(tix), odate=dmed(at(date, VN)), org=qa(org),
        ha=HA[1], ev_url=qa(ev_url), ha_enc=HA[1].replace('@', '%40'), sig=rb64url(rng, 24))
    bounce = 'bounces+%s=%s@order.eventbrite.com' % (HA[1].split('@')[0], ORG)
    body = multi('alternative', '===============%d==' % rng.randrange(10 ** 18, 10 ** 19), [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable', pre=[('MIME-Version', '1.0')]),
        leaf('text/html; charset="utf-8"', html, 'quoted-printable', pre=[('MIME-Version', '1.0')]),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, HA[1], plus(date, 3)),
         'Received: from eb-notify-%s.prod.evbops.net (ip-10-%d-%d-%d.ec2.internal [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rs(rng, 5, LOWER + DIGITS), 1, 2, 3, rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250),
             host, pfqid(rng), HA[1], rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('order.eventbrite.com', 'eb1', b)], (bounce, ip), ('order.eventbrite.com', 'reject')),
         sig,
         CT,
         'MIME-Version: 1.0',
         ('Subject', 'Your tickets for %s' % ev),
         'From: Eventbrite <noreply@order.eventbrite.com>',
         'Reply-To: ' + addr(('APT Summit Secretariat', 'secretariat@apts-summit.example')),
         'To: ' + HA[1],
         'Date: ' + rdate(date, 'std'),
         'Message-ID: <%s.%d.%s@eventbrite.com>' % (stamp14(date), rng.randrange(10 ** 5, 10 ** 6), rhex(rng, 10)),
         'X-Eventbrite-Order: ' + order]
    # make the internal hop name consistent
    H[2] = H[2].replace('ip-10-1-2-3.ec2.internal [10.', 'ip-10-x.ec2.internal [10.')
    ipnum = H[2].split('[10.')[1].split(']')[0]
    H[2] = H[2].replace('ip-10-x.ec2.internal', 'ip-10-%s.ec2.internal' % ipnum.replace('.', '-'))
    return build(H, body)


def m32(rng):
    """Membership: professional association renewal (IEEE via Eloqua)."""
    date = T(2025, 10, 1, 13, 22, 47, UTC)
    ip = '142.0.%d.%d' % (rng.randrange(160, 191), rng.randrange(2, 250))
    host = 's%d.en25.com' % rng.randrange(1000, 1999)
    member = '94518273'
    elq = lambda path: 'https://www.ieee.org/%s?elqTrackId=%s&elq=%s&elqaid=%d&elqat=1&elqCampaignId=%d' % (
        path, rhex(rng, 32), rhex(rng, 32), rng.randrange(10000, 99999), rng.randrange(10000, 99999))
    l_renew = elq('membership/renew.html')
    l_ben = elq('membership/benefits/index.html')
    l_soc = elq('membership/societies/index.html')
    l_pref = 'https://preferences.ieee.org/?elqTrackId=%s' % rhex(rng, 32)
    sig, b = dkim(rng, 'ieee.org', 'elq1', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe',
                  blen=256)
    plain = '''Renew your IEEE membership for 2026

Dear Bao Tran Quoc,

Thank you for being part of IEEE in 2025. Your membership expires on
31 December 2025 - renew now to keep your benefits without a break.

Member number: %s
Grade: Member
Section: Vietnam Section (Region 10)
Society memberships: IEEE Industry Applications Society

What you keep when you renew:
- IEEE Spectrum and member discounts on standards and conferences
- access to your Society publications and technical communities
- local Vietnam Section events, seminars and networking
- an IEEE email alias and the member directory

Renew now: %s

Dues and fees for 2026 are shown in your regional currency on the
renewal page. You can also add a Society membership when you renew:
%s

Learn more about member benefits: %s

Questions? Contact IEEE Support Center: support.ieee.org

IEEE, 445 Hoes Lane, Piscataway, NJ 08854-4141, USA
You are receiving this message because you are an IEEE member.
Update your communication preferences: %s
''' % (member, l_renew, l_soc, l_ben, l_pref)
    html = fill('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>IEEE Membership Renewal</title></head>
<body style="margin:0;padding:0;background:#e9eef2">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#e9eef2"><tr><td align="center" style="padding:20px 10px">
<table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#333333">
<tr><td style="padding:18px 28px;background:#00629b"><img src="https://www.ieee.org/content/dam/ieee-org/ieee/web/org/ieee-logo-white-2x.png" width="110" alt="IEEE" style="display:block"></td></tr>
<tr><td style="padding:0"><img src="https://img.en25.com/EloquaImages/clients/IEEE/%7b{{img}}%7d_renew-2026-banner.jpg" width="600" alt="Renew your IEEE membership for 2026" style="display:block;width:100%;height:auto"></td></tr>
<tr><td style="padding:26px 28px 0 28px;font-size:15px;line-height:23px">Dear Bao Tran Quoc,<br><br>Thank you for being part of IEEE in 2025. Your membership expires on <b>31 December 2025</b> &ndash; renew now to keep your benefits without a break.</td></tr>
<tr><td style="padding:18px 28px 0 28px"><table width="100%" border="0" cellspacing="0" cellpadding="8" style="font-size:14px;background:#f2f6f9;border-left:4px solid #00629b">
<tr><td width="40%">Member number</td><td><b>{{member}}</b></td></tr><tr><td>Grade</td><td>Member</td></tr>
<tr><td>Section</td><td>Vietnam Section (Region 10)</td></tr><tr><td>Society memberships</td><td>IEEE Industry Applications Society</td></tr></table></td></tr>
<tr><td style="padding:20px 28px 0 28px;font-size:15px;line-height:23px"><b>What you keep when you renew</b><ul style="margin:8px 0 0 0;padding-left:20px"><li>IEEE Spectrum and member discounts on standards and conferences</li><li>Access to your Society publications and technical communities</li><li>Local Vietnam Section events, seminars and networking</li><li>An IEEE email alias and the member directory</li></ul></td></tr>
<tr><td align="center" style="padding:24px 28px"><a href="{{renew}}" style="display:inline-block;background:#ffa300;color:#000000;font-weight:bold;font-size:16px;text-decoration:none;padding:13px 34px;border-radius:3px">Renew now</a></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:13px;line-height:20px;color:#555555">Dues and fees for 2026 are shown in your regional currency on the renewal page. You can also <a href="{{soc}}" style="color:#00629b">add a Society membership</a> when you renew. <a href="{{ben}}" style="color:#00629b">Learn more about member benefits</a>.</td></tr>
<tr><td style="padding:18px 28px;background:#f2f2f2;font-size:11px;line-height:16px;color:#666666">Questions? Contact the IEEE Support Center at support.ieee.org.<br>IEEE, 445 Hoes Lane, Piscataway, NJ 08854-4141, USA<br>You are receiving this message because you are an IEEE member. <a href="{{pref}}" style="color:#666666">Update your communication preferences</a> | <a href="https://www.ieee.org/security-privacy.html" style="color:#666666">Privacy &amp; Opting Out of Cookies</a></td></tr>
</table></td></tr></table>
<img src="https://s{{site}}.t.en25.com/e/FooterImages/FooterImage1?elq={{elq}}&siteid={{site}}" alt="" width="1" height="1">
</body></html>
''', img=ruuid(rng, upper=True), member=member, renew=qa(l_renew), soc=qa(l_soc), ben=qa(l_ben),
        pref=qa(l_pref), site=rdig(rng, 9), elq=rhex(rng, 32))
    bounce = 'bounce-%s@bounce.ieee.org' % rs(rng, 30, LOWER + DIGITS)
    body = multi('alternative', '--boundary_%d_%s' % (rng.randrange(1, 999), ruuid(rng)), [
        leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, BAO[1], plus(date, 3), tls=TLS12),
         'Received: from [10.%d.%d.%d] ([10.%d.%d.%d:%d] helo=p%d-elqmta%02d)\n\tby %s (envelope-from <%s>)\n'
         '\t(ecelerity 4.2.38.62370 r(:)) with ESMTP id %s/%s-%d-%s; %s' % (
             rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250),
             rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), rng.randrange(30000, 60000),
             rng.randrange(1, 9), rng.randrange(1, 20), host, bounce, rhex(rng, 2).upper(), rhex(rng, 2).upper(),
             rng.randrange(10000, 99999), rhex(rng, 8).upper(), rdate(at(plus(date, 1), tz(-4)), 'std')),
         gw_auth([('ieee.org', 'elq1', b)], (bounce, ip), ('ieee.org', 'reject')),
         sig,
         'MIME-Version: 1.0',
         'From: "IEEE Membership" <ieee-membership@ieee.org>',
         'Reply-To: no-reply-membership@ieee.org',
         'To: ' + BAO[1],
         'Date: ' + rdate(at(date, tz(-4)), 'std'),
         ('Subject', 'Bao, renew your IEEE membership for 2026'),
         'Message-ID: <%s@elqmta%02d.eloqua.com>' % (ruuid(rng), rng.randrange(1, 20)),
         'X-elqSiteID: %s' % rdig(rng, 9),
         'X-elqPod: 0x%s' % rhex(rng, 32).upper(),
         'List-Unsubscribe: <%s>,\n <mailto:unsubscribe-%s@unsub.ieee.org>' % (l_pref, rs(rng, 20, LOWER + DIGITS)),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         CT]
    return build(H, body)


def m33(rng):
    """Newsletter: university alumni newsletter (Monash, via Salesforce Marketing Cloud)."""
    AEDT = tz(11)
    date = T(2025, 11, 21, 9, 3, 11, AEDT)
    ip = '13.111.%d.%d' % (rng.randrange(60, 99), rng.randrange(2, 250))
    host = 'mta%d.e.monash.edu' % rng.randrange(1, 9)
    job = rdig(rng, 9)
    sub_id = rdig(rng, 8)
    ck = lambda: 'https://click.e.monash.edu/?qs=%s' % rhex(rng, 128)
    L = {k: ck() for k in ('view', 'hero', 'a1', 'a2', 'a3', 'ev1', 'ev2', 'ev3', 'give', 'update', 'unsub')}
    L['view'] = 'https://view.e.monash.edu/?qs=%s' % rhex(rng, 128)
    sig, b = dkim(rng, 'e.monash.edu', '200608', 'From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:'
                  'Reply-To:List-ID:X-CSA-Complaints:Message-ID:Content-Type', blen=128, ts=epoch(date))
    arts = [
        ('a1', 'Alumni reception in Ho Chi Minh City',
         'More than 180 graduates joined us on 8 November for an evening of reconnecting, with a panel on '
         'how alumni-led firms are building the region\'s infrastructure. Photos are now online.'),
        ('a2', 'Research: greener concrete for coastal structures',
         'An engineering team is testing concrete mixes with industrial by-products that resist salt '
         'exposure, with trials planned at two ports in the region next year.'),
        ('a3', 'Become a mentor in 2026',
         'Share an hour a month with a current student. Applications for the 2026 alumni mentoring '
         'programme close on 15 December.'),
    ]
    events = [('ev1', '4 Dec', 'Online', 'Careers webinar: moving into project leadership'),
              ('ev2', '11 Dec', 'Hanoi', 'Alumni end-of-year networking evening'),
              ('ev3', '22 Jan', 'Online', 'Library resources for alumni - guided tour')]
    plain = '''Monash Alumni News | November 2025
View in browser: %s

Hello Thu Ha,

Welcome to the November edition of your alumni news.

''' % L['view']
    for k, t, x in arts:
        plain += '%s\n%s\nRead more: %s\n\n' % (t.upper(), '\n'.join(textwrap.wrap(x, 72)), L[k])
    plain += 'UPCOMING EVENTS\n' + ''.join('%s | %s | %s\n%s\n' % (d, p, t, L[k]) for k, d, p, t in events)
    plain += '''
Keep your details up to date so we can stay in touch: %s

Monash University, Wellington Road, Clayton VIC 3800, Australia
CRICOS Provider 00008C
You are receiving this email as a Monash graduate
(Master of Engineering, 2016).
Unsubscribe from alumni news: %s
''' % (L['update'], L['unsub'])
    art_html = ''
    for i, (k, t, x) in enumerate(arts):
        art_html += fill('''<tr><td style="padding:0 30px 26px 30px"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="170" valign="top" style="padding-right:18px"><a href="{{href}}"><img src="https://image.e.monash.edu/lib/fe8e13727c6d0c7d71/m/1/{{img}}.jpg" width="170" alt="" style="display:block;border:0"></a></td>
<td valign="top" style="font-family:Arial,Helvetica,sans-serif"><h3 style="margin:0 0 6px 0;font-size:17px;line-height:22px;color:#006dae">{{t}}</h3><p style="margin:0 0 8px 0;font-size:14px;line-height:21px;color:#3c3c3c">{{x}}</p><a href="{{href}}" style="font-size:13px;font-weight:bold;color:#006dae;text-decoration:none">Read more</a></td></tr></table></td></tr>
''', href=qa(L[k]), img=ruuid(rng), t=esc(t), x=esc(x))
    ev_html = ''.join('<tr><td width="70" style="padding:8px 0;border-bottom:1px solid #e5e5e5;font-size:13px;font-weight:bold;color:#006dae">%s</td><td style="padding:8px 0;border-bottom:1px solid #e5e5e5;font-size:14px;color:#3c3c3c"><a href="%s" style="color:#3c3c3c;text-decoration:none">%s</a><br><span style="font-size:12px;color:#767676">%s</span></td></tr>' % (d, qa(L[k]), esc(t), p) for k, d, p, t in events)
    html = fill('''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Monash Alumni News</title></head>
<body style="margin:0;padding:0;background-color:#f2f2f2">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">Reception in Ho Chi Minh City, greener concrete for ports, and mentoring in 2026.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="max-width:640px">
<tr><td align="right" style="padding:10px 30px;font-family:Arial,sans-serif;font-size:11px;color:#767676"><a href="{{view}}" style="color:#767676">View in browser</a></td></tr></table>
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:640px">
<tr><td style="padding:22px 30px;border-bottom:4px solid #006dae"><img src="https://image.e.monash.edu/lib/fe8e13727c6d0c7d71/m/1/monash-alumni-logo.png" width="200" alt="Monash University Alumni" style="display:block"></td></tr>
<tr><td><a href="{{hero}}"><img src="https://image.e.monash.edu/lib/fe8e13727c6d0c7d71/m/1/{{heroimg}}.jpg" width="640" alt="Alumni News November 2025" style="display:block;width:100%;height:auto;border:0"></a></td></tr>
<tr><td style="padding:26px 30px 18px 30px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#3c3c3c">Hello Thu Ha,<br><br>Welcome to the November edition of your alumni news.</td></tr>
{{arts}}<tr><td style="padding:6px 30px 24px 30px;font-family:Arial,Helvetica,sans-serif"><h2 style="margin:0 0 8px 0;font-size:19px;color:#000000">Upcoming events</h2><table width="100%" cellpadding="0" cellspacing="0" border="0">{{events}}</table></td></tr>
<tr><td style="padding:0 30px 30px 30px"><table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#006dae"><tr><td style="padding:20px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#ffffff">Keep your details up to date so we can stay in touch.<br><br><a href="{{update}}" style="display:inline-block;background-color:#ffffff;color:#006dae;font-weight:bold;text-decoration:none;padding:9px 18px">Update my details</a></td></tr></table></td></tr>
<tr><td style="padding:20px 30px;background-color:#3c3c3c;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:17px;color:#d0d0d0">Monash University, Wellington Road, Clayton VIC 3800, Australia &middot; CRICOS Provider 00008C<br>You are receiving this email as a Monash graduate (Master of Engineering, 2016).<br><a href="{{unsub}}" style="color:#d0d0d0">Unsubscribe from alumni news</a> &middot; <a href="https://www.monash.edu/privacy-monash" style="color:#d0d0d0">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://click.e.monash.edu/open.aspx?ffcb10-{{o1}}-{{o2}}-{{o3}}" width="1" height="1">
</body></html>
''', view=qa(L['view']), hero=qa(L['hero']), heroimg=ruuid(rng), arts=art_html, events=ev_html,
        update=qa(L['update']), unsub=qa(L['unsub']), o1=rhex(rng, 16), o2=rhex(rng, 14), o3=rhex(rng, 16))
    bounce = 'bounce-%s_HTML-%s-%s-%s-%d@bounce.e.monash.edu' % (rdig(rng, 6), rdig(rng, 9), sub_id, rdig(rng, 6), rng.randrange(1, 99))
    body = multi('alternative', '----msg_border_%s' % rs(rng, 10, ALNUM), [
        leaf('text/plain; charset="utf-8"', plain, '7bit'),
        leaf('text/html; charset="utf-8"', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % bounce,
         gw_received(rng, host, ip, HA[1], at(plus(date, 4), VN)),
         'Received: by %s id %s for <%s>; %s (envelope-from <%s>)' % (
             host, rs(rng, 12, LOWER + DIGITS), HA[1], rdate(at(plus(date, 2), tz(-6)), 'std'), bounce),
         gw_auth([('e.monash.edu', '200608', b)], (bounce, ip), ('e.monash.edu', 'none')),
         sig,
         'From: "Monash Alumni" <alumni@e.monash.edu>',
         'To: <%s>' % HA[1],
         'Subject: Monash Alumni News | November 2025',
         'Date: ' + rdate(at(date, tz(-6)), 'std'),
         'List-Unsubscribe: <https://click.e.monash.edu/subscription_center.aspx?jwt=%s>,\n <mailto:leave-%s@leave.e.monash.edu>' % (
             rb64url(rng, 90), rhex(rng, 60)),
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
         'MIME-Version: 1.0',
         'Reply-To: "Monash Alumni" <reply-%s-%s@e.monash.edu>' % (rhex(rng, 12), sub_id),
         'List-ID: <%s.xt.local>' % rdig(rng, 8),
         'X-CSA-Complaints: csa-complaints@eco.de',
         'x-job: %s_%s' % (rdig(rng, 6), job),
         'Message-ID: <%s@atl1s07mta%d.xt.local>' % (ruuid(rng), rng.randrange(1000, 9999)),
         'Feedback-ID: %s:%s:%s:sfmktgcld' % (rdig(rng, 6), rdig(rng, 6), ip),
         CT]
    return build(H, body)


def m34(rng):
    """Internal/HR: payslip available notice from the HR portal (PHPMailer, 8bit)."""
    date = T(2025, 11, 25, 17, 30, 2)
    portal = 'hrportal.' + ORG
    d1 = plus(date, 1)
    plain = '''Dear Nguyễn Thu Hà,

Your payslip for November 2025 (pay period 01/11/2025 - 30/11/2025) has
been published in the HR Portal. Salary will be credited to your
registered bank account on 28/11/2025.

To view or download the payslip, sign in to the HR Portal with your
company account:
https://hr.%s/ess/payslips

For security reasons payslips are not sent by email, and the HR
department will never ask for your password.

If you have questions about your pay, please contact Payroll
(ext. 2240, payroll@%s).

This is an automatic message from the PMEL HR Portal. Please do not
reply.

Phòng Tổ chức - Nhân sự / Human Resources Department
%s
''' % (ORG, ORG, COMPANY)
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2d3d">
<div style="max-width:620px;border:1px solid #d5dde5">
<div style="background:#0b4f6c;color:#ffffff;padding:14px 20px;font-size:16px"><b>PMEL HR Portal</b> &middot; Payslip notification</div>
<div style="padding:20px">
<p>Dear <b>Nguyễn Thu Hà</b>,</p>
<p>Your payslip for <b>November 2025</b> (pay period 01/11/2025 &ndash; 30/11/2025) has been published in the HR Portal. Salary will be credited to your registered bank account on <b>28/11/2025</b>.</p>
<p style="margin:22px 0"><a href="https://hr.%s/ess/payslips" style="background:#0b4f6c;color:#ffffff;text-decoration:none;padding:9px 18px;border-radius:3px">Open HR Portal</a></p>
<p style="font-size:12px;color:#5a6b7b">For security reasons payslips are not sent by email, and the HR department will never ask for your password. Questions about your pay? Contact Payroll (ext. 2240, <a href="mailto:payroll@%s">payroll@%s</a>).</p>
</div>
<div style="background:#f0f3f6;padding:10px 20px;font-size:11px;color:#7a8896">This is an automatic message from the PMEL HR Portal. Please do not reply.<br>Phòng Tổ chức &ndash; Nhân sự / Human Resources Department &middot; %s</div>
</div></body></html>
''' % (ORG, ORG, ORG, esc(COMPANY))
    rec, sig = internal_hops(rng, d1, HA[1], sign=True)
    rec[1] = ('Received: from %s (%s [10.20.4.15])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
              % (portal, portal, MAILHOST, pfqid_short(rng), HA[1], rdate(d1, 'postfix')))
    body = multi('alternative', 'b1=_%s' % rs(rng, 43, ALNUM), [
        leaf('text/plain; charset=utf-8', plain, '8bit'),
        leaf('text/html; charset=utf-8', html, '8bit'),
    ], gap='')
    H = ['Return-Path: <no-reply@%s>' % portal] + rec + [sig]
    H += ['Date: ' + rdate(date, 'std'),
          'To: ' + addr(HA),
          'From: PMEL HR Portal <no-reply@%s>' % portal,
          'Subject: Your payslip for November 2025 is available',
          'Message-ID: <%s@%s>' % (rs(rng, 43, ALNUM), portal),
          'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
          'Auto-Submitted: auto-generated',
          'MIME-Version: 1.0', CT]
    return build(H, body)


def m35(rng):
    """Internal/HR: training course enrolment (Moodle LMS)."""
    date = T(2025, 9, 8, 8, 2, 11)
    lms = 'lms.' + ORG
    course = 'IMDG Code - Dangerous Goods Refresher (2025)'
    cid = rng.randrange(100, 400)
    plain = '''Hoàng Gia Khánh,

You have been enrolled in the course "%s"
by Võ Hoàng Yến (Training & Development).

Course details
- Format: self-paced online, 6 modules (approx. 8 hours) and a final quiz
- Pass mark: 80%%
- Complete by: Friday, 31 October 2025
- Certificate: issued automatically when you pass; it counts towards the
  mandatory 2-yearly refresher for DG handling staff

Start the course: https://%s/course/view.php?id=%d

If you cannot complete the course by the deadline, please tell your line
manager and Training & Development (ext. 2251).

--
PMEL Academy
You are receiving this message because you are enrolled in this site.
Change your notification preferences: https://%s/message/notificationpreferences.php
''' % (course, lms, cid, lms)
    html = '''<div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hoàng Gia Khánh,</p>
<p>You have been enrolled in the course <a href="https://%s/course/view.php?id=%d"><b>%s</b></a> by Võ Hoàng Yến (Training &amp; Development).</p>
<h4 style="margin:16px 0 6px 0">Course details</h4>
<ul>
<li>Format: self-paced online, 6 modules (approx. 8 hours) and a final quiz</li>
<li>Pass mark: 80%%</li>
<li>Complete by: <b>Friday, 31 October 2025</b></li>
<li>Certificate: issued automatically when you pass; it counts towards the mandatory 2-yearly refresher for DG handling staff</li>
</ul>
<p><a href="https://%s/course/view.php?id=%d" style="display:inline-block;background:#0f6cbf;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Start the course</a></p>
<p>If you cannot complete the course by the deadline, please tell your line manager and Training &amp; Development (ext. 2251).</p>
</div>
<hr style="border:0;border-top:1px solid #ddd">
<div style="font-size:11px;color:#777;font-family:Arial,sans-serif">PMEL Academy<br>You are receiving this message because you are enrolled in this site. <a href="https://%s/message/notificationpreferences.php">Change your notification preferences</a>.</div>
''' % (lms, cid, esc(course), lms, cid, lms)
    rec, sig = internal_hops(rng, date, KHANH[1], sign=True)
    rec[1] = ('Received: from %s (%s [10.20.4.22])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (lms, lms, MAILHOST, pfqid_short(rng), KHANH[1], rdate(plus(date, 1), 'postfix')))
    body = multi('alternative', 'b1_%s' % rs(rng, 40, ALNUM), [
        leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <noreply@%s>' % lms] + rec + [sig]
    H += ['Date: ' + rdate(date, 'std'),
          'To: ' + addr(KHANH),
          'From: ' + addr(('PMEL Academy (via LMS)', 'noreply@' + lms), quote=True),
          'Reply-To: ' + addr(('Do not reply to this email', 'noreply@' + lms), quote=True),
          ('Subject', 'PMEL Academy: You have been enrolled in "%s"' % course),
          'Message-ID: <%s@%s>' % (rs(rng, 32, ALNUM), lms),
          'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
          'Precedence: Bulk',
          'X-Auto-Response-Suppress: All',
          'Auto-Submitted: auto-generated',
          'MIME-Version: 1.0', CT]
    return build(H, body)


def m36(rng):
    """Internal/IT: planned maintenance window notice (Zimbra web client)."""
    date = T(2025, 6, 11, 9, 15, 2)
    sd = ('PMEL IT Service Desk', 'servicedesk@' + ORG)
    allstaff = ('All Staff', 'all-staff@' + ORG)
    start = T(2025, 6, 14, 22, 0, 0)
    assert start.weekday() == 5
    mid = zimbra_mid(rng, date)
    plain = '''Dear colleagues,

IT will carry out planned maintenance on the core network and servers:

  When:  Saturday 14 June 2025, 22:00 - Sunday 15 June 2025, 02:00 (ICT)
  Ticket: CHG-2025-0147

Affected during the window:
  - Email (webmail, Outlook and mobile sync): short interruptions of
    up to 30 minutes. Incoming external mail is queued and delivered
    afterwards - nothing will be lost.
  - VPN for remote access: unavailable for the whole window.
  - ERP (finance, warehouse and HR modules): unavailable from 22:30.
  - Wi-Fi at Dinh Vu yard offices: intermittent.

Not affected: CCTV, access control, the gate system at the container
yard and telephones.

What you need to do:
  1. Save your work and log out of the ERP before 22:00 on Saturday.
  2. Night-shift supervisors at the yard: please use the paper gate log
     template during the window (copies are in the shift office).
  3. Leave your office PC switched on; it will receive security updates
     and restart once.

If anything does not work normally on Sunday morning, please call the
Service Desk on ext. 2100 or raise a ticket at
https://servicedesk.%s

Thank you for your understanding.

Phạm Đức Thắng
IT Infrastructure | PMEL IT Service Desk
Ext. 2100 | servicedesk@%s
''' % (ORG, ORG)
    html = '''<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Dear colleagues,</div><div><br></div><div>IT will carry out planned maintenance on the core network and servers:</div><div><br></div><table style="border-collapse: collapse; font-size: 11pt;" border="1" cellpadding="6"><tbody><tr><td><strong>When</strong></td><td>Saturday 14 June 2025, 22:00 &ndash; Sunday 15 June 2025, 02:00 (ICT)</td></tr><tr><td><strong>Ticket</strong></td><td>CHG-2025-0147</td></tr></tbody></table><div><br></div><div><strong>Affected during the window:</strong></div><ul><li>Email (webmail, Outlook and mobile sync): short interruptions of up to 30 minutes. Incoming external mail is queued and delivered afterwards &ndash; nothing will be lost.</li><li>VPN for remote access: unavailable for the whole window.</li><li>ERP (finance, warehouse and HR modules): unavailable from 22:30.</li><li>Wi-Fi at Dinh Vu yard offices: intermittent.</li></ul><div><strong>Not affected:</strong> CCTV, access control, the gate system at the container yard and telephones.</div><div><br></div><div><strong>What you need to do:</strong></div><ol><li>Save your work and log out of the ERP before 22:00 on Saturday.</li><li>Night-shift supervisors at the yard: please use the paper gate log template during the window (copies are in the shift office).</li><li>Leave your office PC switched on; it will receive security updates and restart once.</li></ol><div>If anything does not work normally on Sunday morning, please call the Service Desk on ext. 2100 or raise a ticket at <a href="https://servicedesk.%s" target="_blank">https://servicedesk.%s</a></div><div><br></div><div>Thank you for your understanding.</div><div><br></div><div data-marker="__SIG_PRE__"><div><strong>Phạm Đức Thắng</strong></div><div><span style="color: #808080;">IT Infrastructure | PMEL IT Service Desk</span></div><div><span style="color: #808080;">Ext. 2100 | servicedesk@%s</span></div></div></div></body></html>
''' % (ORG, ORG, ORG)
    rec, sig = internal_hops(rng, date, allstaff[1], sign=True)
    body = multi('alternative', '=_%s' % ruuid(rng), [
        leaf('text/plain; charset=utf-8', plain, '7bit' if all(ord(c) < 128 for c in plain) else 'quoted-printable'),
        leaf('text/html; charset=utf-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <%s>' % sd[1]] + rec + [sig]
    H += ['Date: ' + rdate(date, 'std', 'ICT'),
          'From: ' + addr(sd),
          'Reply-To: ' + addr(sd),
          'To: ' + addr(allstaff),
          'Message-ID: ' + mid,
          ('Subject', '[Planned Maintenance] Email, VPN and ERP - Sat 14 June 2025, 22:00-02:00'),
          'MIME-Version: 1.0', CT,
          'X-Originating-IP: [10.20.33.%d]' % rng.randrange(10, 200),
          'X-Mailer: Zimbra 10.0.8_GA_4637 (ZimbraWebClient - GC137 (Win)/10.0.8_GA_4637)',
          'Thread-Index: ' + rs(rng, 26, B64) + '==',
          ('Thread-Topic', 'Planned Maintenance Email, VPN and ERP - Sat 14 June 2025, 22:00-02:00'),
          'Importance: high', 'X-Priority: 1']
    return build(H, body)


def m37(rng):
    """Internal: company-wide announcement (8bit UTF-8, Zimbra)."""
    date = T(2026, 1, 5, 8, 30, 0)
    gdo = ('PMEL Office of the General Director', 'gd.office@' + ORG)
    allstaff = ('All Staff', 'all-staff@' + ORG)
    sw = T(2026, 3, 9, 8, 0, 0)
    assert sw.weekday() == 0
    plain = '''Dear colleagues,

Happy New Year 2026 - thank you all for your hard work in 2025, a year
in which we completed the QC-03 crane refurbishment, moved our heaviest
cargo to date and passed the ISO 45001 surveillance audit with no major
findings.

1. Appointment
By decision No. 01/2026/QĐ-PMEL of 2 January 2026, Mr Lương Văn Thịnh
is appointed Director of the Health, Safety & Environment (HSE)
Division with effect from 1 January 2026. Mr Thịnh joined PMEL in 2011
as a site engineer and has led the HSE team at Dinh Vu yard since 2019.
He succeeds Ms Đỗ Thị Hồng Nhung, who moves to the Heavy Lift Division
as Deputy Director. Please join me in congratulating them both.

2. 2026 Safety Campaign: "Zero Harm - Every Lift, Every Shift"
- Toolbox talks: every Monday at 07:15 in all yards and workshops.
- Near-miss reporting: use the new "PMEL Safe" form on the intranet
  (https://intranet.%s/safe). Reports can be anonymous.
- Safety Week: Monday 9 March - Friday 13 March 2026, with first-aid
  and working-at-height refresher sessions for all field staff.
- Recognition: each quarter the HSE Division will recognise the team
  with the best safety initiative.

Division heads will brief their teams this week. Questions can be sent
to the HSE Division at hse@%s.

I wish you and your families good health and a safe, successful 2026.

Nguyễn Hữu Phước
General Director
%s
''' % (ORG, ORG, COMPANY)
    html = '<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; color: #000000">\n' + '\n'.join(
        ('<div>%s</div>' % esc(line) if line.strip() else '<div><br></div>') for line in plain.rstrip('\n').split('\n')) + '\n</div></body></html>\n'
    rec, sig = internal_hops(rng, date, allstaff[1], sign=True)
    body = multi('alternative', '=_%s' % ruuid(rng), [
        leaf('text/plain; charset=utf-8', plain, '8bit'),
        leaf('text/html; charset=utf-8', html, '8bit'),
    ])
    H = ['Return-Path: <%s>' % gdo[1]] + rec + [sig]
    H += ['Date: ' + rdate(date, 'std', 'ICT'),
          'From: ' + addr(gdo),
          'To: ' + addr(allstaff),
          'Message-ID: ' + zimbra_mid(rng, date),
          ('Subject', 'Announcement: new Director of HSE Division and the 2026 Safety Campaign'),
          'MIME-Version: 1.0', CT,
          'X-Originating-IP: [10.20.30.%d]' % rng.randrange(10, 200),
          'X-Mailer: Zimbra 10.0.8_GA_4637 (ZimbraWebClient - GC138 (Win)/10.0.8_GA_4637)',
          'Thread-Index: ' + rs(rng, 26, B64) + '==',
          ('Thread-Topic', 'Announcement: new Director of HSE Division and the 2026 Safety Campaign')]
    return build(H, body)


def m38(rng):
    """Internal/finance: expense claim approved (SAP Concur)."""
    date = T(2025, 3, 27, 2, 40, 19, UTC)
    ip = '64.%d.%d.%d' % (rng.randrange(90, 95), rng.randrange(0, 250), rng.randrange(2, 250))
    host = 'mail-%s.concursolutions.com' % rng.choice(['a', 'b', 'c'])
    rid = rhex(rng, 20, upper=True)
    report = 'Singapore - TOS integration workshop (Mar 2025)'
    lines = [('10/03/2025', 'Hotel', 'Marina Quay Hotel, 4 nights', '1,172.00'),
             ('11/03/2025', 'Taxi / ride-hailing', 'Grab - hotel to PSA Building', '18.40'),
             ('12/03/2025', 'Meals', 'Dinner (foodpanda)', '18.89'),
             ('12/03/2025', 'Taxi / ride-hailing', 'Grab - PSA Building to hotel', '22.10'),
             ('13/03/2025', 'Meals', 'Working lunch with Harbourtech team (2 pax)', '57.00'),
             ('14/03/2025', 'Taxi / ride-hailing', 'Grab - hotel to Changi Airport', '21.30')]
    link = 'https://www.concursolutions.com/nui/expense/report/%s?source=email' % rid
    sig, b = dkim(rng, 'concursolutions.com', 'concur2', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  blen=256)
    plain = '''Expense report approved

Report name: %s
Report ID: %s
Employee: Nguyen Thu Ha (E-10482)
Approved by: Dang Van Long on %s
Approval status: Approved - sent to Finance for payment

%s

Report total: SGD 1,309.69
Amount approved for reimbursement: VND 24,861,845
(converted at 1 SGD = 18,983 VND)

Next step: Finance will process the payment with the April 2025 payroll.

View report: %s

This is a system-generated email from SAP Concur on behalf of
Phu Minh Engineering & Logistics Corp. Please do not reply.
''' % (report, rid, dmed(at(date, VN)), '\n'.join('%s  %-20s %-45s SGD %9s' % l for l in lines), link)
    trs = ''.join('<tr><td style="padding:4px 8px;border-bottom:1px solid #dddddd">%s</td><td style="padding:4px 8px;border-bottom:1px solid #dddddd">%s</td><td style="padding:4px 8px;border-bottom:1px solid #dddddd">%s</td><td align="right" style="padding:4px 8px;border-bottom:1px solid #dddddd">%s</td></tr>' % tuple(esc(c) for c in l) for l in lines)
    html = fill('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:10px 0;border-bottom:3px solid #f0ab00"><img src="https://www.concursolutions.com/images/email/sap-concur-logo.png" width="120" alt="SAP Concur"></td></tr>
<tr><td style="padding:16px 0 6px 0;font-size:20px;color:#0a6ed1">Expense report approved</td></tr>
<tr><td><table cellpadding="3" cellspacing="0" border="0" style="font-size:13px">
<tr><td width="190" style="color:#666666">Report name</td><td><b>{{report}}</b></td></tr>
<tr><td style="color:#666666">Report ID</td><td>{{rid}}</td></tr>
<tr><td style="color:#666666">Employee</td><td>Nguyen Thu Ha (E-10482)</td></tr>
<tr><td style="color:#666666">Approved by</td><td>Dang Van Long on {{when}}</td></tr>
<tr><td style="color:#666666">Approval status</td><td style="color:#107e3e"><b>Approved</b> &ndash; sent to Finance for payment</td></tr></table></td></tr>
<tr><td style="padding:14px 0"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:12px">
<tr style="background:#f2f2f2"><th align="left" style="padding:6px 8px">Date</th><th align="left" style="padding:6px 8px">Expense type</th><th align="left" style="padding:6px 8px">Description</th><th align="right" style="padding:6px 8px">Amount (SGD)</th></tr>
{{rows}}<tr><td colspan="3" align="right" style="padding:6px 8px"><b>Report total</b></td><td align="right" style="padding:6px 8px"><b>1,309.69</b></td></tr></table></td></tr>
<tr><td style="padding:0 0 14px 0">Amount approved for reimbursement: <b>VND 24,861,845</b> (converted at 1 SGD = 18,983 VND).<br>Next step: Finance will process the payment with the April 2025 payroll.</td></tr>
<tr><td style="padding:0 0 18px 0"><a href="{{link}}" style="background:#0a6ed1;color:#ffffff;text-decoration:none;padding:8px 16px;border-radius:3px;display:inline-block">View report</a></td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #dddddd;font-size:11px;color:#888888">This is a system-generated email from SAP Concur on behalf of Phu Minh Engineering &amp; Logistics Corp. Please do not reply.</td></tr>
</table></body></html>
''', report=esc(report), rid=rid, when=dmed(at(date, VN)), rows=trs, link=qa(link))
    body = multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 940), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
    ])
    H = ['Return-Path: <AutoNotification@concursolutions.com>',
         gw_received(rng, host, ip, HA[1], plus(date, 3), tls=TLS12),
         'Received: from SEA%sMTA%02d (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             rng.choice(['P', 'Q']), rng.randrange(1, 20), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250),
             host, pfqid_short(rng), HA[1], rdate(plus(date, 1), 'postfix', 'UTC')),
         gw_auth([('concursolutions.com', 'concur2', b)], ('AutoNotification@concursolutions.com', ip),
                 ('concursolutions.com', 'reject')),
         sig,
         'Date: ' + rdate(date, 'pad'),
         'From: SAP Concur <AutoNotification@concursolutions.com>',
         'To: ' + HA[1],
         'Message-ID: <%d.%d.%d.JavaMail.concur@%s>' % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 4, 10 ** 5), epoch(date) * 1000 + 940, host.split('.')[0]),
         ('Subject', 'Expense report approved: %s' % report),
         'MIME-Version: 1.0', CT,
         'X-Concur-Notification: EXP_REPORT_APPROVED']
    return build(H, body)


def m39(rng):
    """Vendor: ocean carrier booking confirmation with PDF (Maersk)."""
    date = T(2025, 7, 30, 6, 12, 55, UTC)
    ip = '20.%d.%d.%d' % (rng.randrange(50, 80), rng.randrange(0, 250), rng.randrange(2, 250))
    host = 'euw1-mta-0%d.notifications.maersk.com' % rng.randrange(1, 6)
    bkg = '254871639'
    etd = T(2025, 8, 6, 22, 0, 0)
    eta = T(2025, 8, 12, 14, 0, 0, SG)
    vessel = 'SEA HARMONY / 531S'
    rows = [('Booking number', bkg), ('Shipper', 'PHU MINH ENGINEERING & LOGISTICS CORP.'),
            ('Place of receipt', 'Hai Phong, Viet Nam (CY)'), ('Port of loading', 'Hai Phong - Tan Vu Terminal (VNHPH)'),
            ('Port of discharge', 'Port Klang - Westports (MYPKG)'), ('Vessel / voyage', vessel),
            ('ETD', '%s %s' % (dshort(etd), hm(etd))), ('ETA', '%s %s' % (dshort(eta), hm(eta))),
            ('Equipment', "2 x 40' Dry High"), ('Commodity', 'Steel structures, non-hazardous'),
            ('Empty pick-up', 'Dinh Vu Depot, from 31 Jul 2025'),
            ('SI cut-off', '04 Aug 2025 12:00'), ('VGM cut-off', '04 Aug 2025 17:00'),
            ('CY cut-off', '05 Aug 2025 10:00')]
    pdf = make_pdf(['!BOOKING CONFIRMATION', 'Booking No.: ' + bkg, 'Date of issue: ' + dshort(at(date, VN)), ''] +
                   ['%-20s %s' % r for r in rows[1:]] +
                   ['', 'Please submit shipping instructions and VGM before the cut-off times.',
                    'Subject to the carrier\'s terms and conditions of carriage.'],
                   'Booking Confirmation ' + bkg, 'Maersk', 'Maersk documentation service', at(date, VN), rng)
    url = 'https://www.maersk.com/shipment-details/%s' % bkg
    sig, b = dkim(rng, 'maersk.com', 'notify1', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                  blen=256, ts=epoch(date))
    plain = 'Booking Confirmation\n\nDear customer,\n\nThank you for booking with Maersk. Your booking has been confirmed.\n\n' + \
        '\n'.join('%-20s %s' % r for r in rows) + '''

The booking confirmation is attached as a PDF. You can follow this
shipment and submit shipping instructions and VGM online:
%s

Please note the cut-off times above. Late shipping instructions may
lead to a late documentation fee or the cargo being rolled.

Kind regards,
Maersk Customer Service - Viet Nam

This is a system-generated email. Please do not reply. To contact us,
use the Maersk website or the contact details in your booking.
A.P. Moller - Maersk A/S, Esplanaden 50, 1098 Copenhagen K, Denmark
''' % url
    trs = ''.join('<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e9ed;color:#6a7a86;width:38%%">%s</td><td style="padding:6px 10px;border-bottom:1px solid #e5e9ed;color:#141414">%s</td></tr>' % (esc(k), esc(v)) for k, v in rows)
    html = fill('''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Booking Confirmation</title></head>
<body style="margin:0;padding:0;background:#f7f7f7;font-family:'Maersk Text',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f7f7f7"><tr><td align="center" style="padding:20px 8px">
<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:620px">
<tr><td style="padding:18px 24px;border-bottom:1px solid #dbdbdb"><img src="https://assets.maerskline.com/integrated-logistics/email/maersk-logo-2x.png" width="120" alt="Maersk"></td></tr>
<tr><td style="padding:22px 24px 6px 24px"><h1 style="margin:0;font-size:24px;font-weight:normal;color:#141414">Booking Confirmation</h1><p style="margin:8px 0 0 0;font-size:14px;color:#141414">Dear customer,<br><br>Thank you for booking with Maersk. Your booking <b>{{bkg}}</b> has been confirmed.</p></td></tr>
<tr><td style="padding:14px 24px"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:13px">{{rows}}</table></td></tr>
<tr><td style="padding:6px 24px 18px 24px"><a href="{{url}}" style="display:inline-block;background:#42b0d5;color:#ffffff;text-decoration:none;font-size:14px;padding:10px 20px;border-radius:3px">Track shipment and submit SI</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:13px;line-height:19px;color:#141414">The booking confirmation is attached as a PDF. Please note the cut-off times above: late shipping instructions may lead to a late documentation fee or the cargo being rolled.<br><br>Kind regards,<br>Maersk Customer Service &ndash; Viet Nam</td></tr>
<tr><td style="padding:14px 24px;background:#00243d;font-size:11px;line-height:16px;color:#b3c2cc">This is a system-generated email. Please do not reply. To contact us, use the Maersk website or the contact details in your booking.<br>A.P. Moller &ndash; Maersk A/S, Esplanaden 50, 1098 Copenhagen K, Denmark</td></tr>
</table></td></tr></table></body></html>
''', bkg=bkg, rows=trs, url=qa(url))
    fname = 'BookingConfirmation_%s.pdf' % bkg
    body = multi('mixed', '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 77), [
        multi('alternative', '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), epoch(date) * 1000 + 78), [
            leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', html, 'quoted-printable'),
        ]),
        leaf('application/pdf; name=%s' % fname, pdf, 'base64',
             extra=[('Content-Disposition', 'attachment; filename=%s' % fname)]),
    ])
    H = ['Return-Path: <bounce@notifications.maersk.com>',
         gw_received(rng, host, ip, HA[1], plus(date, 4)),
         'Received: from docsvc-%s.euw1.maersk-digital.net (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
             rs(rng, 5, LOWER + DIGITS), rng.randrange(0, 250), rng.randrange(0, 250), rng.randrange(2, 250), host,
             pfqid(rng), HA[1], rdate(plus(date, 2), 'postfix', 'UTC')),
         gw_auth([('maersk.com', 'notify1', b)], ('bounce@notifications.maersk.com', ip), ('maersk.com', 'reject')),
         sig,
         'Date: ' + rdate(date, 'pad'),
         'From: Maersk <noreply@maersk.com>',
         'To: ' + HA[1],
         'Cc: ' + BAO[1],
         'Message-ID: <%d.%d.%d@docsvc.maersk.com>' % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), epoch(date) * 1000 + 77),
         'Subject: Booking Confirmation : %s' % bkg,
         'MIME-Version: 1.0', CT]
    return build(H, body)


def m40(rng):
    """Business: three-line note from a colleague's iPhone."""
    date = T(2026, 2, 10, 13, 21, 7)
    text = '''Hà, please bring 3 printed copies of the draft BOLs to the 2pm meeting
with Bình An. Thanks

Sent from my iPhone
'''
    rec, sig = internal_hops(rng, date, HA[1], client_ip='10.20.50.%d' % rng.randrange(20, 240),
                             authuser=LONG[1])
    body = leaf('text/plain;\n\tcharset=utf-8', text, 'quoted-printable')
    H = ['Return-Path: <%s>' % LONG[1]] + rec + [sig, CT,
         'From: ' + addr(LONG, charset_case='utf-8'),
         'Mime-Version: 1.0 (1.0)',
         'Date: ' + rdate(date, 'std'),
         'Subject: BOL copies',
         'Message-Id: <%s@%s>' % (ruuid(rng, upper=True), ORG),
         'To: ' + addr(HA, charset_case='utf-8'),
         'X-Mailer: iPhone Mail (23C71)']
    return build(H, body)


MESSAGES = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10,
            m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
            m21, m22, m23, m24, m25, m26, m27, m28, m29, m30,
            m31, m32, m33, m34, m35, m36, m37, m38, m39, m40]


def main():
    assert len(MESSAGES) == 40
    for i, fn in enumerate(MESSAGES, 1):
        rng = random.Random(0x4D48430000 + i)     # one fixed seed per message
        data = fn(rng)
        path = os.path.join(HERE, 'c%02d.eml' % i)
        with open(path, 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()
