"""Helpers for gen.py: MIME parts, dates, Received chains, IDs, tiny placeholder files.
Standard library only; every random choice comes from the per-message Random passed in."""
import base64, quopri, textwrap, struct, zlib, io, zipfile, hashlib
from datetime import datetime, timedelta, timezone

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
WORDS = ('abacus amber anchor bristle canopy cathedral citadel clover cobalt dapple decimal dormant '
         'ember ferric filament gable gossamer granite harbor hickory indigo jasper juniper kestrel '
         'lantern lattice marrow meadow nimbus oblong orchard parsley pewter quarry quiver raffle '
         'rampart saffron sorrel spindle tamarack thimble tundra umber valance vesper walnut wicket '
         'yarrow zephyr alcove brindle cormorant dulcet epaulet fennel garnet halyard isthmus jackal '
         'kiln lichen mullion nocturne osprey pilaster quince runnel sextant trellis upland vellum '
         'warble bishop gravel tonic laconic mutter porch satchel tumbler velvet wander cinder '
         'forage hamlet inkwell jostle knuckle limpet mantle nugget oxbow pickle ramble shingle').split()


def tz(off):
    sign = 1 if off[0] == '+' else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def fmt_date(dt, style=0):
    """RFC 5322 date in several software dialects."""
    o = dt.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    off = '%s%02d%02d' % (sign, mins // 60, mins % 60)
    wd, mo = DAYS[dt.weekday()], MONS[dt.month - 1]
    hms = dt.strftime('%H:%M:%S')
    if style == 1:   # Postfix: space-padded day, zone comment
        return '%s, %2d %s %d %s %s' % (wd, dt.day, mo, dt.year, hms, off)
    if style == 2:   # zero-padded day
        return '%s, %02d %s %d %s %s' % (wd, dt.day, mo, dt.year, hms, off)
    if style == 3:   # no weekday
        return '%d %s %d %s %s' % (dt.day, mo, dt.year, hms, off)
    return '%s, %d %s %d %s %s' % (wd, dt.day, mo, dt.year, hms, off)


def org_off(org, dt_utc):
    """Recipient organisation's local offset, with a rough DST rule."""
    m = dt_utc.month
    north = 4 <= m <= 10
    south = m >= 10 or m <= 3
    return {'A': '-0400' if north else '-0500', 'B': '+0100' if north else '+0000',
            'C': '-0500' if north else '-0600', 'D': '+1100' if south else '+1000',
            'E': '+0100' if north else '+0000'}[org]


def rhex(r, n):
    return ''.join(r.choice('0123456789ABCDEF') for _ in range(n))


def rlow(r, n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(r.choice(chars) for _ in range(n))


def rb64(r, n):
    chars = B62 + '+/'
    return ''.join(r.choice(chars) for _ in range(n))


def buster(r, n, sep=' '):
    return sep.join(r.choice(WORDS) for _ in range(n))


def fold_b64(s, first=0, width=70, indent='\t'):
    out, line = [], ''
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ''
    if line:
        out.append(line)
    return ('\n' + indent).join(out)


def dkim(r, d, s, hdrs='from:to:subject:date:message-id'):
    b = fold_b64(rb64(r, 172) + '==', width=72)
    return ('v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=%s; s=%s;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (d, s, hdrs, rb64(r, 43), b))


def ew(s, cs='utf-8', enc='B'):
    raw = s.encode(cs)
    if enc == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode())
    out = ''
    for b in raw:
        c = chr(b)
        if c == ' ':
            out += '_'
        elif c.isalnum() and b < 128:
            out += c
        else:
            out += '=%02X' % b
    return '=?%s?Q?%s?=' % (cs, out)


def b64lines(raw, width=76):
    s = base64.b64encode(raw).decode()
    return ('\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n').encode()


class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of (name, value)
        self.body = body         # bytes, LF line ends

    def render(self):
        h = ''.join('%s: %s\n' % (k, v) for k, v in self.headers)
        return h.encode('ascii') + b'\n' + self.body


def wrap(s, w=72):
    out = []
    for line in s.split('\n'):
        if len(line) <= w:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, w, break_long_words=False, break_on_hyphens=False) or [''])
    return '\n'.join(out)


def text(s, sub='plain', cs='us-ascii', cte='7bit', quote=False, extra=None, lead=None, cte_first=False, w=72):
    if sub == 'plain' and w:
        s = wrap(s, w)
    raw = s.encode(cs)
    if cte == 'base64':
        raw = s.replace('\n', '\r\n').encode(cs)
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = b64lines(raw)
    else:
        body = raw
    ct = 'text/%s; charset=%s' % (sub, ('"%s"' % cs) if quote else cs)
    hs = [('Content-Type', ct)]
    if cte is not None:
        hs.append(('Content-Transfer-Encoding', cte))
    if cte_first:
        hs.reverse()
    return Part((lead or []) + hs + (extra or []), body)


def binpart(ctype, data, name, disp='attachment', cid=None, fname_in_ct=True, extra=None):
    ct = '%s; name="%s"' % (ctype, name) if fname_in_ct else ctype
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', 'base64')]
    if disp:
        hs.append(('Content-Disposition', '%s; filename="%s"' % (disp, name)))
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    return Part(hs + (extra or []), b64lines(data))


def multi(sub, parts, boundary, preamble='This is a multi-part message in MIME format.\n',
          params='', epilogue=''):
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)
    out = preamble.encode() if preamble else b''
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p.render()
    out += b'\n--' + boundary.encode() + b'--\n' + epilogue.encode()
    if not preamble:
        out = out[1:]
    return Part([('Content-Type', ct)], out)


def msgpart(raw_bytes, ctype='message/rfc822', extra=None):
    return Part([('Content-Type', ctype)] + (extra or []), raw_bytes)


# ---- tiny placeholder binaries ----
def gif(r, w=4, h=3):
    pal = bytes(r.randrange(256) for _ in range(12)) + b'\x00' * 12
    hdr = b'GIF89a' + struct.pack('<HHBBB', w, h, 0x82, 0, 0) + pal
    img = b'\x2c' + struct.pack('<HHHHB', 0, 0, w, h, 0)
    # minimal LZW stream: clear code, a few literal codes, end code (code size 2 -> 3-bit codes)
    data = bytes([0x02, 0x02, 0x44, 0x01, 0x00])
    return hdr + img + data + b'\x3b'


def png(r, w=3, h=2):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes(r.randrange(256) for _ in range(w * 3)) for _ in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(title):
    body = ('%%PDF-1.4\n%% placeholder, not a real document\n1 0 obj << /Title (%s) >> endobj\n'
            'trailer << /Root 1 0 R >>\n%%%%EOF\n' % title)
    return body.encode('ascii')


def zipfile_bytes(inner_name, line, when=(2011, 1, 1, 0, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=when)
        zi.create_system = 3
        zi.external_attr = 0o644 << 16
        z.writestr(zi, line.encode('ascii'))
    return bio.getvalue()


def doc_placeholder(r, n=256):
    return b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'PLACEHOLDER-NOT-A-DOCUMENT' + bytes(n)


# ---- assembling a stored message ----
GW = {
    'A': 'mx1.northfield.edu.example', 'B': 'kesmail01.kestrel-eng.example',
    'C': 'smtp.ashford-county.gov.test', 'D': 'mx.harbourline.test', 'E': 'esa1.wexley.ac.test',
}


def gw_received(r, org, year, helo, rdns, ip, rcpt, env, d):
    if org == 'A':
        return ('from %s (%s [%s])\n\tby mx1.northfield.edu.example (Postfix) with %s id %s\n\tfor <%s>; %s'
                % (helo, rdns, ip, 'ESMTP' if year < 2010 else 'ESMTPS', rhex(r, r.choice([9, 10, 11])), rcpt, d + (' (EDT)' if d.endswith('-0400') else ' (EST)')))
    if org == 'B':
        if year <= 2008:
            return ('from %s ([%s]) by KESMAIL01.kestrel-eng.example with Microsoft SMTPSVC(6.0.3790.%s);\n\t %s'
                    % (helo, ip, '1830' if year < 2007 else '3959', d))
        return ('from %s (%s) by KESEDGE02.kestrel-eng.example (10.20.1.15) with Microsoft SMTP Server id %s;\n %s'
                % (helo, ip, '8.1.393.1' if year < 2011 else '14.1.355.2', d))
    if org == 'C':
        ver = '8.13.1/8.13.1' if year < 2007 else ('8.13.8/8.13.8' if year < 2010 else '8.14.4/8.14.4')
        qid = r.choice('ijklmnopqrstuvwxyz') + rlow(r, 7, B62) + '%06d' % r.randrange(1000000)
        return ('from %s (%s [%s])\n\tby smtp.ashford-county.gov.test (%s) with ESMTP id %s\n\tfor <%s>; %s'
                % (helo, rdns, ip, ver, qid, rcpt, d))
    if org == 'D':
        ver = {2004: '4.34', 2005: '4.50', 2006: '4.60', 2007: '4.63', 2008: '4.68', 2009: '4.69',
               2010: '4.71', 2011: '4.76', 2012: '4.77'}[year]
        eid = rlow(r, 6, B62) + '-' + '000' + rlow(r, 3, B62) + '-' + rlow(r, 2, B62)
        return ('from [%s] (helo=%s)\n\tby mx.harbourline.test with esmtp (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                % (ip, helo, ver, env, eid, rcpt, d))
    if org == 'E':
        return ('from unknown (HELO %s) ([%s])\n  by esa1.wexley.ac.test with ESMTP; %s' % (helo, ip, d))


def build(r, *, org, rcpt, env, sent, soff, conn, headers, body, pre=(), skew=0, gdelay=None,
          auth=None, date_style=0, mime_hdrs=True, ret_path=True):
    """sent: 'YYYY-MM-DD HH:MM:SS' local time of sender in offset soff.
    pre: [(fmt with {d}, delay_s, offset, style)] hops before the gateway, earliest first.
    headers: sender headers in order; value '{DATE}' is replaced; ('*MIME*', None) marks where
    the body's content headers go."""
    t0 = datetime.strptime(sent, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz(soff))
    year = t0.year
    date_hdr = fmt_date(t0 + timedelta(minutes=skew), date_style)
    t = t0
    recs = []
    for f, delay, off, st in pre:
        t = t + timedelta(seconds=delay)
        recs.append(f.replace('{d}', fmt_date(t.astimezone(tz(off)), st)))
    t = t + timedelta(seconds=gdelay if gdelay is not None else r.randint(2, 300))
    goff = org_off(org, t.astimezone(timezone.utc))
    gdt = t.astimezone(tz(goff))
    helo, rdns, ip = conn
    recs.append(gw_received(r, org, year, helo, rdns, ip, rcpt, env,
                            fmt_date(gdt, 1 if org == 'A' else 0)))
    recs.reverse()
    top = []
    if org == 'A':
        if ret_path:
            top.append(('Return-Path', '<%s>' % env))
        top += [('X-Original-To', rcpt), ('Delivered-To', rcpt)]
        if auth:
            top.append(auth)
        top += [('Received', x) for x in recs]
    elif org == 'B':
        top += [('Received', x) for x in recs]
        if year >= 2009:
            top += [('X-MS-Exchange-Organization-AuthSource', 'KESEDGE02.kestrel-eng.example'),
                    ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]
        if auth:
            top.append(auth)
    elif org == 'C':
        if ret_path:
            top.append(('Return-Path', '<%s>' % env))
        top += [('Received', x) for x in recs]
        if auth:
            top.append(auth)
        top.append(('X-Virus-Scanned', 'ClamAV %s at ashford-county.gov.test' % ('0.88' if year < 2008 else '0.96.5')))
    elif org == 'D':
        if ret_path:
            top.append(('Return-path', '<%s>' % env))
        top += [('Envelope-to', rcpt), ('Delivery-date', fmt_date(gdt + timedelta(seconds=r.randint(0, 3))))]
        if auth:
            top.append(auth)
        top += [('Received', x) for x in recs]
    elif org == 'E':
        if ret_path:
            top.append(('Return-Path', '<%s>' % env))
        top += [('Received', x) for x in recs]
        top += [('X-IronPort-Anti-Spam-Filtered', 'true'),
                ('X-IronPort-Anti-Spam-Result', rb64(r, 40) + '=='),
                ('X-IronPort-AV', 'E=Sophos;i="%d.%02d,%d,%d";\n   d="scan\'208";a="%d"'
                 % (4, min(99, (year - 2004) * 11 + r.randint(1, 9)), r.randint(1, 400),
                    int(t0.timestamp()) // 86400 * 86400 - 3600, r.randint(1000000, 99999999)))]
        if auth:
            top.append(auth)
    out = []
    placed = False
    for k, v in headers:
        if k == '*MIME*':
            out += body.headers
            placed = True
        elif v is None:
            continue
        else:
            out.append((k, v.replace('{DATE}', date_hdr)))
    if not placed:
        out += body.headers
    tail = []
    if org == 'B' and year <= 2008:
        ft = int((gdt.astimezone(timezone.utc) - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10**7)
        u = gdt.astimezone(timezone.utc)
        tail = [('X-OriginalArrivalTime', '%02d %s %d %s.0%03d (UTC) FILETIME=[%08X:%08X]'
                 % (u.day, MONS[u.month - 1], u.year, u.strftime('%H:%M:%S'), r.randrange(1000),
                    ft & 0xffffffff, ft >> 32))]
        if ret_path:
            tail.insert(0, ('Return-Path', env))
    allh = top + out
    if tail:
        # Exchange SMTPSVC stores these just before the body
        allh = top + out + tail
    head = ''.join('%s: %s\n' % (k, v) for k, v in allh).encode('ascii')
    raw = head + b'\n' + body.body
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw, t0


def sha256(b):
    return hashlib.sha256(b).hexdigest()


REG = {}


def reg(n, label, kind, desc):
    def d(f):
        REG[n] = (label, kind, desc, f)
        return f
    return d


def oe_mid(r, year, host):
    y = '0123456789abc'[year - 2000]
    return '<%04x01c%s%04x$%08x$%08x@%s>' % (r.randrange(0x10000), y, r.randrange(0x10000),
                                            r.getrandbits(32), r.getrandbits(32), host)


def ol07_mid(r, year, dom):
    y = '0123456789abc'[year - 2000]
    return '<%04x01c%s%04x$%08x$%08x$@%s>' % (r.randrange(0x100), y, r.randrange(0x10000),
                                             r.getrandbits(32), r.getrandbits(32), dom)
