"""Helpers for gen.py (modern-junk-j, adapted from modern-junk-en3): MIME parts, dates, Received chains, IDs, tiny placeholder files.
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
            'E': '+0100' if north else '+0000', 'G': '+0800',
            'H': '+0200' if north else '+0100'}[org]


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
    'G': 'mail.huaxing-jixie.example', 'H': 'mail.ribera-consultores.example',
}


def gw_received(r, org, year, helo, rdns, ip, rcpt, env, d):
    if org == 'A':
        return ('from %s (%s [%s])\n\tby mx1.northfield.edu.example (Postfix) with %s id %s\n\tfor <%s>; %s'
                % (helo, rdns, ip, 'ESMTP' if year < 2010 else 'ESMTPS', rhex(r, r.choice([9, 10, 11])), rcpt, d + (' (EDT)' if d.endswith('-0400') else ' (EST)')))
    if org == 'B':
        if year < 2004:
            return ('from %s ([%s]) by KESMAIL01.kestrel-eng.example with Microsoft SMTPSVC(5.0.2195.%s);\n\t %s'
                    % (helo, ip, '5329' if year < 2003 else '6713', d))
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
        ver = {2002: '4.10', 2003: '4.24', 2004: '4.34', 2005: '4.50', 2006: '4.60', 2007: '4.63', 2008: '4.68', 2009: '4.69',
               2010: '4.71', 2011: '4.76', 2012: '4.77'}[year]
        eid = rlow(r, 6, B62) + '-' + '000' + rlow(r, 3, B62) + '-' + rlow(r, 2, B62)
        return ('from [%s] (helo=%s)\n\tby mx.harbourline.test with esmtp (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                % (ip, helo, ver, env, eid, rcpt, d))
    if org == 'E':
        return ('from unknown (HELO %s) ([%s])\n  by esa1.wexley.ac.test with ESMTP; %s' % (helo, ip, d))
    if org == 'G':
        return ('from %s ([%s])\n\tby mail.huaxing-jixie.example (8.11.6/8.11.6) with ESMTP id %s\n\tfor <%s>; %s'
                % (helo, ip, 'h' + rlow(r, 7, B62) + '%06d' % r.randrange(1000000), rcpt, d))
    if org == 'H':
        return ('from %s (%s [%s])\n\tby mail.ribera-consultores.example (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                % (helo, rdns, ip, rhex(r, 10), rcpt, d))


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
    if org in 'AH':
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
    elif org == 'G':
        if ret_path:
            top.append(('Return-Path', '<%s>' % env))
        top += [('Received', x) for x in recs]
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


def reg(n, label, lang, kind, desc):
    def d(f):
        REG[n] = (label, lang, kind, desc, f)
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


# ---- modern-junk-j: one composer for plain-text junk, driven by a spec per message ----
SPECS = {}
MAILMAN_FOOTER = '\n_______________________________________________\n{l} mailing list\n{l}@{h}\nhttp://{h}/mailman/listinfo/{l}\n'
AZ = 'abcdefghijklmnopqrstuvwxyz'
FREEMAIL = {  # invented free-mail services: web host pattern, outbound host
    'mailstar': ('web%d.mailstar.example', 'smtp%d.mailstar.example'),
    'hotpost': ('bay%d-f%d.hotpost.test', 'bay%d-f%d.hotpost.test'),
    'yeahmail': ('webmail%d.yeahmail.example', 'mx%d.yeahmail.example'),
    'postkiste': ('fmweb%d.postkiste.test', 'mout%d.postkiste.test'),
    'correo-sol': ('web%d.correo-sol.example', 'smtp%d.correo-sol.example'),
}
OE_VER = {2002: '6.00.2600.0000', 2003: '6.00.2800.1106', 2004: '6.00.2800.1158', 2005: '6.00.2900.2180',
          2006: '6.00.2900.2869', 2007: '6.00.2900.3138', 2008: '6.00.2900.3198', 2009: '6.00.2900.5512'}
BAT_VER = {2002: 'v1.61', 2003: 'v1.62r', 2004: 'v2.04.7', 2005: 'v3.0.1.33', 2006: 'v3.5.30',
           2007: 'v3.99.3', 2008: 'v4.0.24', 2009: 'v4.1.12'}


def spec(n, label, lang, kind, **kw):
    SPECS[n] = dict(label=label, lang=lang, kind=kind, **kw)


def dyn_host(r):
    a, b, c = r.randint(1, 254), r.randint(1, 254), r.randint(1, 254)
    isp = r.choice(['dsl.telvera', 'dialup.netfirst', 'pool.kabelnord', 'adsl.ornatel', 'dyn.sinoband',
                    'ppp.cablemex', 'cust.infostrada-nova', 'res.speedline'])
    return '%s-%d-%d-%d.%s.example' % (r.choice(['adsl', 'ppp', 'dsl', 'host', 'pool']), a, b, c, isp)


def word_count(s):
    cjk = sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')
    return len(s.split()) + cjk // 2


def junk(r, s):
    """Compose one message from spec s; returns (raw, t0, desc)."""
    year = int(s['sent'][:4])
    style = s.get('style', 'oe')
    cs, cte, mime = s.get('cs', 'us-ascii'), s.get('cte', '7bit'), s.get('mime', 'full')
    body_txt = s['body'].strip('\n') + '\n'
    assert 80 <= word_count(body_txt) <= 400, (s['subj'], word_count(body_txt))
    if s.get('buster'):
        body_txt += '\n\n' + buster(r, s['buster']) + '\n'
    lst = s.get('list')
    if lst and lst.get('footer'):
        ft = MAILMAN_FOOTER if lst['footer'] is True else lst['footer']
        body_txt += ft.replace('{l}', lst['name']).replace('{h}', lst['host'])
    subj = s['subj'].replace('{tok}', rlow(r, r.randint(5, 8), AZ))
    if s.get('subj_cs'):
        subj = ew(subj, s['subj_cs'], s.get('subj_enc', 'B'))
    if mime == 'none':
        assert cs == 'us-ascii' and cte == '7bit'
        body = Part([], wrap(body_txt, s.get('w', 72)).encode('ascii'))
    else:
        body = text(body_txt, cs=cs, cte=cte, quote=s.get('quote', False), w=s.get('w', 72))
        if mime == 'ct':   # Content-Type only, as crude bulk software writes it
            body.headers = body.headers[:1]
    name, addr = s['frm']
    if '{r}' in addr:
        addr = addr.replace('{r}', rlow(r, r.randint(4, 7), AZ))
    dom = addr.split('@')[1]
    ip = s.get('ip') or '%s.%d' % (r.choice(['203.0.113', '198.51.100', '192.0.2']), r.randint(2, 250))
    pre = []
    extra = []
    env = s.get('env', addr)
    mid = None
    if style == 'oe':
        host = rlow(r, r.randint(5, 9), AZ).upper()
        conn = (host, dyn_host(r), ip)
        mid = oe_mid(r, year, host.lower())
        v = OE_VER[year]
        extra = [('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
                 ('X-Mailer', 'Microsoft Outlook Express %s' % v), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V%s' % v)]
        desc = 'botnet direct to MX, forged Outlook Express 6'
    elif style == 'bat':
        conn = ('[%s]' % ip if r.random() < 0.5 else dyn_host(r).split('.')[0], dyn_host(r), ip)
        mid = '<%d.%s@%s>' % (r.randint(10**8, 10**10), s['sent'].replace('-', '').replace(' ', '').replace(':', ''), dom)
        extra = [('X-Mailer', 'The Bat! (%s) %s' % (BAT_VER[year], r.choice(['Personal', 'Professional', 'UNREG / CD5BF9353B3B7091'])))]
        desc = 'dial-up sender, forged The Bat!'
    elif style == 'imo':
        host = rlow(r, 6, AZ)
        conn = (host, dyn_host(r), ip)
        mid = '<000%d01c%s%04x$%08x$%08x@%s>' % (r.randint(0, 9), '0123456789'[year - 2000], r.randrange(0x10000),
                                                r.getrandbits(32), r.getrandbits(32), host)
        extra = [('X-Mailer', 'Microsoft Outlook IMO, Build 9.0.2416 (9.0.2911.0)'),
                 ('Importance', 'Normal'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2800.1106')]
        desc = 'botnet, forged Microsoft Outlook IMO'
    elif style == 'free':
        svc = s.get('svc', 'mailstar')
        web, out = FREEMAIL[svc]
        k = web.count('%d')
        webh = web % tuple(r.randint(10, 199) for _ in range(k))
        outh = out % tuple(r.randint(1, 40) for _ in range(out.count('%d')))
        uip = s.get('uip') or '%s.%d' % (r.choice(['198.51.100', '192.0.2']), r.randint(2, 250))
        pre = [('from [%s] by %s via HTTP; {d}' % (uip, webh), 0, s['soff'], 0)]
        conn = (outh, outh, '%s.%d' % (r.choice(['203.0.113', '198.51.100']), r.randint(2, 250)))
        mid = '<%d.%d.qmail@%s>' % (r.randint(10**7, 10**8), r.randint(1000, 99999), webh)
        extra = [('X-Originating-IP', '[%s]' % uip)]
        desc = 'free-mail sender (%s.*)' % svc
    elif style == 'php':
        site = s.get('site', 'www.%s-%s.example' % (rlow(r, 5, AZ), r.choice(['design', 'travel', 'crafts', 'shop'])))
        pre = [('(from apache@localhost)\n\tby %s (8.12.11/8.12.11/Submit) id i%s%06d; {d}' % (site, rlow(r, 5, B62), r.randrange(10**6)), 0, s['soff'], 0)]
        conn = (site, site, ip)
        mid = '<%s@%s>' % (rlow(r, 32, '0123456789abcdef'), site)
        extra = [('X-Mailer', 'PHP/4.%d.%d' % (r.choice([1, 2, 3]), r.randint(1, 11)))]
        env = s.get('env', 'apache@' + site)
        desc = 'hacked web host (PHP mail())'
    elif style == 'bulk':
        conn = ('mail.%s' % dom, 'mail.%s' % dom, ip)
        mid = '<%s$%d@%s>' % (rhex(r, 12), r.randint(100, 99999), dom)
        extra = [('X-Mailer', s.get('mailer', r.choice(['Group Mail 4.00.102', 'Advanced Direct Remailer 2.17',
                                                          'eMarksman 3.1', 'Atomic Mail Sender 4.25'])))]
        desc = 'bulk sender on its own domain'
    else:  # bare spamware, no X-Mailer, often no Message-ID
        conn = (s.get('helo', ip), dyn_host(r), ip)
        mid = s.get('mid')
        desc = 'spamware direct to MX, no X-Mailer'
    if lst:
        lh, ln = lst['host'], lst['name']
        src = conn
        pre = pre + [('from %s (%s [%s])\n\tby %s (Postfix) with SMTP id %s\n\tfor <%s@%s>; {d}'
                      % (src[0], src[1], src[2], lh, rhex(r, 9), ln, lh), r.randint(5, 90), s['soff'], 1)]
        conn = (lh, lh, '%s.%d' % (r.choice(['192.0.2', '198.51.100']), r.randint(2, 250)))
        env = '%s-bounces@%s' % (ln, lh)
        mgr = lst.get('mgr', 'mailman')
        if mgr == 'mailman':
            lh_ = [('X-BeenThere', '%s@%s' % (ln, lh)), ('X-Mailman-Version', '2.1.%d' % r.randint(2, 12)),
                   ('Precedence', 'list'), ('List-Id', '%s <%s.%s>' % (lst.get('title', ln), ln, lh)),
                   ('List-Unsubscribe', '<http://%s/mailman/listinfo/%s>,\n\t<mailto:%s-request@%s?subject=unsubscribe>' % (lh, ln, ln, lh)),
                   ('List-Archive', '<http://%s/pipermail/%s>' % (lh, ln)),
                   ('List-Post', '<mailto:%s@%s>' % (ln, lh)),
                   ('Sender', '%s-bounces@%s' % (ln, lh)), ('Errors-To', '%s-bounces@%s' % (ln, lh))]
        elif mgr == 'majordomo':
            env = 'owner-%s@%s' % (ln, lh)
            lh_ = [('Sender', 'owner-%s@%s' % (ln, lh)), ('Precedence', 'bulk'), ('X-Mailing-List', '%s@%s' % (ln, lh))]
        elif mgr == 'smartlist':
            env = '%s-request@%s' % (ln, lh)
            lh_ = [('X-Mailing-List', '<%s@%s> archive/latest/%d' % (ln, lh, r.randint(100, 3000))),
                   ('X-Loop', '%s@%s' % (ln, lh)), ('Precedence', 'list'),
                   ('Resent-Sender', '%s-request@%s' % (ln, lh))]
        elif mgr == 'ezmlm':
            env = '%s-return-%d-@%s' % (ln, r.randint(100, 9000), lh)
            lh_ = [('Mailing-List', 'contact %s-help@%s; run by ezmlm' % (ln, lh)), ('Precedence', 'bulk'),
                   ('List-Post', '<mailto:%s@%s>' % (ln, lh)), ('List-Help', '<mailto:%s-help@%s>' % (ln, lh)),
                   ('List-Unsubscribe', '<mailto:%s-unsubscribe@%s>' % (ln, lh)), ('Delivered-To', 'mailing list %s@%s' % (ln, lh))]
        elif mgr == 'ecartis':
            env = '%s-bounce@%s' % (ln, lh)
            lh_ = [('X-list', ln), ('X-Mailing-List', '%s@%s' % (ln, lh)), ('X-Original-Sender', addr),
                   ('Precedence', 'bulk'), ('Reply-To', '%s@%s' % (ln, lh)), ('List-Id', '<%s.%s>' % (ln, lh))]
        else:  # sympa
            env = '%s-owner@%s' % (ln, lh)
            lh_ = [('List-Id', '<%s.%s>' % (ln, lh)), ('Precedence', 'list'),
                   ('List-Post', '<mailto:%s@%s>' % (ln, lh)), ('List-Owner', '<mailto:%s-request@%s>' % (ln, lh)),
                   ('X-Sympa-To', '%s@%s' % (ln, lh)), ('X-Loop', '%s@%s' % (ln, lh))]
        extra = extra + lh_
        desc = 'relayed by a %s list (%s@%s); origin: %s' % (mgr, ln, lh, desc)
    hdrs = []
    if s.get('mid_first') and mid:
        hdrs.append(('Message-ID', mid))
    if name and not name.isascii():
        name = ew(name, s.get('subj_cs') or cs, s.get('subj_enc', 'B'))
        hdrs += [('From', '%s <%s>' % (name, addr))]
    else:
        hdrs += [('From', '"%s" <%s>' % (name, addr) if name else addr)]
    if s.get('reply_to'):
        hdrs.append(('Reply-To', s['reply_to']))
    hdrs += [('To', s.get('to', s['rcpt'])), ('Subject', subj), ('Date', '{DATE}')]
    if mid and not s.get('mid_first') and not s.get('no_mid'):
        hdrs.append(('Message-ID', mid))
    if mime in ('full', 'ct'):
        if mime == 'full':
            hdrs.append(('MIME-Version', '1.0'))
        hdrs.append(('*MIME*', None))
    hdrs += extra
    raw, t0 = build(r, org=s['org'], rcpt=s['rcpt'], env=env, sent=s['sent'], soff=s['soff'], conn=conn,
                    headers=hdrs, body=body, pre=pre, skew=s.get('skew', 0), date_style=s.get('date_style', 0))
    if mime == 'none':
        st = 'no MIME headers (us-ascii text)'
    else:
        st = 'text/plain; %s; %s' % (cs, cte) + ('; Content-Type only, no MIME-Version' if mime == 'ct' else '')
    if s.get('subj_cs'):
        st += '; encoded-word Subject'
    if s.get('buster'):
        st += '; hash-buster words'
    if lst and lst.get('footer'):
        st += '; list footer'
    if s.get('skew'):
        st += '; Date forged (%+d h)' % (s['skew'] // 60)
    return raw, t0, st + '; ' + desc


def cjkwrap(s, n=36):
    """Break over-long lines of CJK text (which has no spaces) every n characters."""
    out = []
    for line in s.split('\n'):
        while len(line) > n:
            out.append(line[:n])
            line = line[n:]
        out.append(line)
    return '\n'.join(out)
