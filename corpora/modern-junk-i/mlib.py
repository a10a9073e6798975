"""Helpers for gen.py (modern-junk-i): MIME parts, dates, Received chains, IDs, tiny placeholder files.
Standard library only; every random choice comes from the per-message Random passed in."""
import base64, quopri, textwrap, struct, zlib, io, zipfile, hashlib
from datetime import datetime, timedelta, timezone

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
WORDS = ('acorn bramble cistern dovetail eyelet furrow gimlet hassock icicle jetsam kerchief '
         'lodestar mizzen nettle oriel plinth quoin rivulet scullery tinder undertow vestry wainscot '
         'yardarm zinnia almanac bellows corbel dinghy escarpment flagon gusset hawser ingot jerkin '
         'kindling lanyard marten niche outcrop pannier quayside reliquary sconce thatch ulster '
         'verdigris windlass yew ashlar barrow coracle damask ewer fieldfare gorse heron '
         'ironwork jackdaw keel larder mistral nutmeg oakum pennant rookery skerry tallow '
         'umbel vole weir wherry caraway bollard chaffinch dormer estuary firkin grist hopper '
         'inlet joist knoll linnet millrace noggin orrery pumice russet silt trug').split()


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



# ---- recipient organisations (invented) and their inbound gateways, 2016-2026 ----
ORGS = {
    'A': 'northfield.edu.example',       # university, Postfix + opendkim/opendmarc
    'B': 'kestrel-eng.example',          # company, Exchange 2016/2019 Edge
    'C': 'ashford-county.gov.test',      # county office, Sendmail + ClamAV
    'D': 'harbourline.test',             # small Australian company, Exim
    'E': 'wexley.ac.test',               # UK college, IronPort-style appliance
    'F': 'songhan-port.example',         # Vietnamese port operator, Postfix + amavis (Zimbra)
    'G': 'huaxing-jixie.example',        # Chinese machinery maker, Coremail
    'H': 'ribera-consultores.example',   # Spanish consultancy, Postfix + rspamd
}


def org_off(org, dt_utc):
    """Recipient organisation's local offset, with a rough DST rule."""
    m = dt_utc.month
    north = 4 <= m <= 10
    south = m >= 10 or m <= 3
    return {'A': '-0400' if north else '-0500', 'B': '+0100' if north else '+0000',
            'C': '-0500' if north else '-0600', 'D': '+1100' if south else '+1000',
            'E': '+0100' if north else '+0000', 'F': '+0700', 'G': '+0800',
            'H': '+0200' if north else '+0100'}[org]


def gw_received(r, org, year, helo, rdns, ip, rcpt, env, d, tls=True):
    tlsline = ('\n\t(using TLSv1.%s with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)'
               % ('3' if year >= 2021 else '2')) if tls else ''
    if org == 'A':
        return ('from %s (%s [%s])%s\n\tby mx1.northfield.edu.example (Postfix) with %s id 4%s\n\tfor <%s>; %s'
                % (helo, rdns or 'unknown', ip, tlsline, 'ESMTPS' if tls else 'ESMTP', rlow(r, 10, B62), rcpt, d))
    if org == 'B':
        ver = '15.1.2106.2' if year < 2021 else '15.2.1258.12'
        cip = ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)' if tls else ''
        return ('from %s (%s) by KESEDGE03.kestrel-eng.example (10.20.1.16) with Microsoft SMTP Server%s\n id %s; %s'
                % (helo, ip, cip, ver, d))
    if org == 'C':
        qid = '%dJ%s%06d' % (year % 10, rlow(r, 6, B62), r.randrange(1000000))
        return ('from %s (%s [%s])\n\tby smtp.ashford-county.gov.test (8.15.2/8.15.2) with ESMTP%s id %s\n\tfor <%s>; %s'
                % (helo, rdns or 'unknown', ip, '' if not tls else '\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)', qid, rcpt, d))
    if org == 'D':
        ver = {2016: '4.87', 2017: '4.89', 2018: '4.91', 2019: '4.92', 2020: '4.93', 2021: '4.94.2',
               2022: '4.95', 2023: '4.96', 2024: '4.97.1', 2025: '4.98', 2026: '4.98.1'}[year]
        eid = rlow(r, 6, B62) + '-' + '000' + rlow(r, 3, B62) + '-' + rlow(r, 2, B62)
        if year >= 2023:
            eid = rlow(r, 6, B62) + '-' + rlow(r, 6, B62) + '-' + rlow(r, 2, B62)
        return ('from [%s] (helo=%s)\n\tby mx.harbourline.test with %s (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                % (ip, helo, 'esmtps  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' if tls else 'esmtp', ver, env, eid, rcpt, d))
    if org == 'E':
        return ('from %s (HELO %s) ([%s])\n  by esa2.wexley.ac.test with %s; %s'
                % (rdns or 'unknown', helo, ip, 'ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384' if tls else 'ESMTP', d))
    if org == 'F':
        return ('from %s (%s [%s])\n\tby mail.songhan-port.example (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                % (helo, rdns or 'unknown', ip, rhex(r, 10), rcpt, d))
    if org == 'G':
        return ('from %s (unknown [%s])\n\tby mx1.huaxing-jixie.example (Coremail) with SMTP id %s%s_;\n\t%s'
                % (helo, ip, rlow(r, 4, B62), rlow(r, 24, B62), d))
    if org == 'H':
        return ('from %s (%s [%s])%s\n\tby mail.ribera-consultores.example (Postfix) with %s id %s\n\tfor <%s>; %s'
                % (helo, rdns or 'unknown', ip, tlsline, 'ESMTPS' if tls else 'ESMTP', rhex(r, 11), rcpt, d))


def build(r, *, org, rcpt, env, sent, soff, conn, headers, body, pre=(), skew=0, gdelay=None,
          auth=None, date_style=0, ret_path=True, tls=True, date_override=None):
    """sent: 'YYYY-MM-DD HH:MM:SS' local time of sender in offset soff.
    pre: [(fmt with {d}, delay_s, offset, style)] hops before the gateway, earliest first.
    headers: sender headers in order; value '{DATE}' is replaced; ('*MIME*', None) marks where
    the body's content headers go."""
    t0 = datetime.strptime(sent, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz(soff))
    year = t0.year
    date_hdr = date_override or fmt_date(t0 + timedelta(minutes=skew), date_style)
    t = t0
    recs = []
    for f, delay, off, st in pre:
        t = t + timedelta(seconds=delay)
        recs.append(f.replace('{d}', fmt_date(t.astimezone(tz(off)), st)))
    t = t + timedelta(seconds=gdelay if gdelay is not None else r.randint(2, 240))
    goff = org_off(org, t.astimezone(timezone.utc))
    gdt = t.astimezone(tz(goff))
    helo, rdns, ip = conn
    recs.append(gw_received(r, org, year, helo, rdns, ip, rcpt, env,
                            fmt_date(gdt, 1 if org in 'AFH' else 0), tls))
    recs.reverse()
    top = []
    dom = ORGS[org]
    if org in 'AFH':
        if ret_path:
            top.append(('Return-Path', '<%s>' % env))
        top += [('X-Original-To', rcpt), ('Delivered-To', rcpt)]
        if org == 'H':
            top.append(('X-Rspamd-Queue-Id', rhex(r, 11)))
            top.append(('X-Rspamd-Server', 'filter01'))
            top.append(('X-Spamd-Result', 'default: False [%d.%02d / 15.00]' % (r.randint(3, 9), r.randint(0, 99))))
        if auth:
            top.append(auth)
        top += [('Received', x) for x in recs]
        if org == 'F':
            top.append(('X-Virus-Scanned', 'amavisd-new at songhan-port.example'))
    elif org == 'B':
        top += [('Received', x) for x in recs]
        top += [('X-MS-Exchange-Organization-AuthSource', 'KESEDGE03.kestrel-eng.example'),
                ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
                ('X-MS-Exchange-Organization-SCL', str(r.choice([1, 5, 6])))]
        if auth:
            top.append(auth)
    elif org == 'C':
        if ret_path:
            top.append(('Return-Path', '<%s>' % env))
        top += [('Received', x) for x in recs]
        if auth:
            top.append(auth)
        top.append(('X-Virus-Scanned', 'clamav-milter 0.%d.%d at smtp.ashford-county.gov.test'
                    % (100 + min(5, (year - 2016) // 2), r.randint(0, 3))))
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
        top += [('IronPort-SDR', rb64(r, 60)),
                ('X-IronPort-AV', 'E=Sophos;i="%d.%02d,%d,%d";\n   d="scan\'208";a="%d"'
                 % (5 if year < 2020 else 6, r.randint(1, 99), r.randint(1, 400),
                    int(t0.timestamp()) // 86400 * 86400 - 3600, r.randint(1000000, 99999999)))]
        if auth:
            top.append(auth)
    elif org == 'G':
        top += [('Received', x) for x in recs]
        top += [('X-CM-TRANSID', rlow(r, 28, B62) + '--.%d' % r.randint(10000, 99999)),
                ('X-Coremail-Antispam', '1Uf129KBjvJXoW%s' % rlow(r, 30, B62))]
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
    head = ''.join('%s: %s\n' % (k, v) for k, v in top + out).encode('ascii')
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


# ---- Message-ID shapes of modern clients ----
def mid_outlook(r, dom):
    return '<%012x$%08x$%08x$@%s>' % (r.getrandbits(48) | 0x1d0000000000, r.getrandbits(32), r.getrandbits(32), dom)


def mid_gmail(r, host='mail.gmail.example'):
    return '<CA%s@%s>' % (rlow(r, 52, B62 + '+_-'), host)


def mid_uuid(r, dom):
    h = rlow(r, 32, '0123456789abcdef')
    return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)


def mid_hex(r, dom, n=32):
    return '<%s@%s>' % (rlow(r, n, '0123456789abcdef'), dom)


def thread_index(r):
    return rb64(r, 30) + '=='


def auth_res(org, spf, dkim_r, dmarc, mailfrom, hdrfrom):
    host = {'A': 'mx1.northfield.edu.example', 'B': 'KESEDGE03.kestrel-eng.example',
            'C': 'smtp.ashford-county.gov.test', 'D': 'mx.harbourline.test', 'E': 'esa2.wexley.ac.test',
            'F': 'mail.songhan-port.example', 'G': 'mx1.huaxing-jixie.example',
            'H': 'mail.ribera-consultores.example'}[org]
    return ('Authentication-Results', '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s;\n\tdmarc=%s header.from=%s'
            % (host, spf, mailfrom, dkim_r, dmarc, hdrfrom))


def cjkwrap(s, n=38):
    """Break over-long lines of CJK text (which has no spaces) every n characters."""
    out = []
    for line in s.split('\n'):
        while len(line) > n:
            out.append(line[:n])
            line = line[n:]
        out.append(line)
    return '\n'.join(out)
