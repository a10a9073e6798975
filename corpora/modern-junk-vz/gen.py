#!/usr/bin/env python3
"""modern-junk-vz generator: 80 synthetic Vietnamese and Chinese junk e-mails.

Every message is invented: senders, domains, numbers, ids and wallets are made
up; attachments are inert placeholders (no executable code, no scripts).
Standard library only and deterministic: each message gets its own
random.Random(seed); no wall clock, locale or platform-dependent API is used
(zlib and zipfile are avoided, PNG and ZIP bytes are written by hand).

Usage: python3 gen.py   -> writes j01.eml ... j80.eml and INDEX.tsv here.
"""
import base64
import binascii
import datetime
import hashlib
import os
import random
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = '\r\n'
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
          'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


# ---------------------------------------------------------------- random bits
def rhex(r, n, upper=False):
    s = ''.join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, chars=ALNUM):
    return ''.join(r.choice(chars) for _ in range(n))


def rdig(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


IP_POOLS = {
    'VN': [14, 27, 42, 58, 113, 115, 116, 117, 171, 183],
    'CN': [36, 39, 59, 60, 61, 101, 110, 111, 112, 114, 116, 118, 119, 120,
           121, 122, 123, 124, 125, 175, 180, 182, 183, 218, 219, 221, 222],
    'US': [23, 45, 64, 104, 107, 142, 162, 192, 198, 199, 205, 208],
    'RU': [5, 31, 37, 46, 77, 79, 80, 83, 85, 91, 94, 95, 176, 178, 185, 194],
    'NL': [31, 37, 45, 77, 80, 82, 89, 141, 146, 185, 193],
    'DE': [5, 46, 78, 85, 88, 91, 144, 159, 176, 178, 188],
    'HK': [43, 45, 103, 112, 119, 156, 202],
    'SG': [103, 128, 139, 159, 165, 202],
    'BR': [177, 179, 186, 187, 189, 191, 200, 201],
    'NG': [41, 102, 105, 129, 154, 197],
    'KH': [36, 103, 175],
    'TW': [1, 36, 59, 60, 61, 101, 111, 114, 118],
    'JP': [106, 126, 133, 150, 153, 160],
    'IN': [49, 103, 106, 117, 122, 182],
    'ID': [36, 103, 114, 180, 182],
    'TH': [1, 27, 49, 58, 110, 171, 184],
}


def rip(r, cc):
    return '%d.%d.%d.%d' % (r.choice(IP_POOLS[cc]), r.randint(1, 254),
                            r.randint(0, 255), r.randint(2, 253))


def rlan(r):
    return r.choice(['10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
                     '192.168.%d.%d' % (r.randint(0, 20), r.randint(2, 250)),
                     '172.%d.%d.%d' % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 250))])


# ---------------------------------------------------------------- dates
def tzof(s):
    sign = 1 if s[0] == '+' else -1
    return datetime.timezone(sign * datetime.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def mkdt(t, tz):
    return datetime.datetime(*t, tzinfo=tzof(tz))


def fmt_date(dt, pad=False, comment=None, noday=False):
    total = int(dt.utcoffset().total_seconds())
    sign = '+' if total >= 0 else '-'
    total = abs(total)
    day = ('%02d' if pad else '%d') % dt.day
    s = '%s %s %d %02d:%02d:%02d %s%02d%02d' % (
        day, MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, total // 3600, (total % 3600) // 60)
    if not noday:
        s = DAYS[dt.weekday()] + ', ' + s
    if comment:
        s += ' (%s)' % comment
    return s


def epoch(dt):
    return int((dt - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)).total_seconds())


# ---------------------------------------------------------------- RFC 2047
def _q(b):
    out = []
    for byte in b:
        c = chr(byte)
        if byte < 128 and c.isalnum():
            out.append(c)
        elif c == ' ':
            out.append('_')
        else:
            out.append('=%02X' % byte)
    return ''.join(out)


def ewords(text, cs='utf-8', mode='B', label=None, first=75, rest=75, at_spaces=False):
    """Split text into RFC 2047 encoded words (first word <= first chars, others <= rest).

    With at_spaces (display names) chunks end after a space when possible, the space
    being encoded inside the word, so no word is cut in two."""
    label = label or cs
    pre = len('=?%s?%s??=' % (label, mode))

    def enc(chunk):
        b = chunk.encode(cs)
        return base64.b64encode(b).decode('ascii') if mode == 'B' else _q(b)

    def fits(chunk, lim):
        return pre + len(enc(chunk)) <= lim

    units = []
    if at_spaces:
        word = ''
        for ch in text:
            word += ch
            if ch == ' ':
                units.append(word)
                word = ''
        if word:
            units.append(word)
        expanded = []
        for u in units:
            expanded.extend(list(u) if not fits(u, min(first, rest)) else [u])
        units = expanded
    else:
        units = list(text)
    chunks, cur = [], ''
    for u in units:
        lim = first if not chunks else rest
        if cur and not fits(cur + u, lim):
            chunks.append(cur)
            cur = u
        else:
            cur += u
    if cur:
        chunks.append(cur)
    return ['=?%s?%s?%s?=' % (label, mode, enc(c)) for c in chunks]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold_ascii(name, value, width=76):
    """Fold a plain ASCII header at spaces."""
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() not in (name + ':',):
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return CRLF.join(lines)


def htext(name, text, cs='utf-8', mode='B', label=None, sep=' '):
    """Unstructured header (Subject etc.)."""
    if is_ascii(text):
        return fold_ascii(name, text)
    return name + ': ' + (CRLF + sep).join(ewords(text, cs, mode, label, first=76 - len(name) - 2, rest=75))


def phrase(disp, cs='utf-8', mode='B', label=None, first=70):
    if is_ascii(disp):
        if any(c in disp for c in ',.;:@<>()[]"\\'):
            return '"%s"' % disp.replace('"', '')
        return disp
    return (CRLF + ' ').join(ewords(disp, cs, mode, label, first=first, rest=75, at_spaces=True))


def mailbox(disp, addr, cs='utf-8', mode='B', label=None, bare=False, first=70):
    if not disp:
        return addr if bare else '<%s>' % addr
    p = phrase(disp, cs, mode, label, first)
    last = p.split(CRLF)[-1]
    if len(last) + len(addr) + 3 > (76 if CRLF in p else first):
        return '%s%s <%s>' % (p, CRLF, addr)
    return '%s <%s>' % (p, addr)


def haddrs(name, items, cs='utf-8', mode='B', label=None):
    """Address-list header: items are (display, address) pairs."""
    out = name + ':'
    cur = len(out)
    for i, (d, a) in enumerate(items):
        piece = mailbox(d, a, cs, mode, label, bare=(not d), first=75)
        if i < len(items) - 1:
            piece += ','
        lines = piece.split(CRLF)
        if i > 0 and cur + 1 + len(lines[0]) > 76:
            out += CRLF + '\t' + piece
        else:
            out += ' ' + piece
        cur = len(out.split(CRLF)[-1])
    return out


# ---------------------------------------------------------------- tiny binaries
def png(w, h, bits):
    """1-bit greyscale PNG, stored (uncompressed) deflate; bits[y][x] 1=black."""
    rows = []
    for y in range(h):
        row = bytearray((w + 7) // 8)
        for x in range(w):
            if not bits[y][x]:           # white = 1 in greyscale
                row[x // 8] |= 0x80 >> (x % 8)
        rows.append(b'\x00' + bytes(row))
    raw = b''.join(rows)
    z = b'\x78\x01'
    i = 0
    while True:
        chunk = raw[i:i + 65535]
        i += len(chunk)
        final = 1 if i >= len(raw) else 0
        z += bytes([final]) + struct.pack('<HH', len(chunk), len(chunk) ^ 0xFFFF) + chunk
        if final:
            break
    a, b = 1, 0
    for byte in raw:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    z += struct.pack('>I', (b << 16) | a)

    def chunk_(typ, data):
        return (struct.pack('>I', len(data)) + typ + data +
                struct.pack('>I', binascii.crc32(typ + data) & 0xffffffff))
    return (b'\x89PNG\r\n\x1a\n' + chunk_(b'IHDR', struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)) +
            chunk_(b'IDAT', z) + chunk_(b'IEND', b''))


def qr_png(r, modules=25, scale=4):
    """A QR-looking placeholder (finder squares plus noise; encodes nothing)."""
    m = [[r.random() < 0.5 for _ in range(modules)] for _ in range(modules)]
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                m[oy + y][ox + x] = edge or core
        for k in range(-1, 8):
            for (x, y) in ((ox + k, oy - 1), (ox + k, oy + 7), (ox - 1, oy + k), (ox + 7, oy + k)):
                if 0 <= x < modules and 0 <= y < modules:
                    m[y][x] = False
    q = 4
    size = (modules + 2 * q) * scale
    bits = [[False] * size for _ in range(size)]
    for y in range(modules):
        for x in range(modules):
            if m[y][x]:
                for dy in range(scale):
                    for dx in range(scale):
                        bits[(y + q) * scale + dy][(x + q) * scale + dx] = True
    return png(size, size, bits)


def banner_png(r, w=240, h=60):
    """A noisy 'text-as-image' placeholder banner."""
    bits = [[False] * w for _ in range(h)]
    x = 8
    while x < w - 12:
        cw = r.randint(6, 11)
        for yy in range(16, h - 16):
            for xx in range(x, x + cw):
                if r.random() < 0.45:
                    bits[yy][xx] = True
        x += cw + r.randint(2, 5)
    for xx in range(w):
        bits[0][xx] = bits[h - 1][xx] = True
    return png(w, h, bits)


GIF1x1 = base64.b64decode('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==')


def fake_pdf(title):
    body = ('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
            '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
            '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n'
            '3 0 obj\n<< /Title (' + title + ') /Producer (placeholder) >>\nendobj\n'
            '% mailwarden test corpus placeholder - no content\n'
            'trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n')
    return body.encode('latin-1')


PLACEHOLDER_EXE = b'PLACEHOLDER - not an executable - mailwarden synthetic test corpus\r\n'


def mkzip(files, cs='utf-8'):
    """Stored ZIP built by hand. files: (name, data, (Y,M,D,h,m,s))."""
    out, central = b'', b''
    for name, data, (y, mo, d, h, mi, s) in files:
        nb = name.encode(cs)
        flag = 0x800 if (cs == 'utf-8' and not is_ascii(name)) else 0
        t = (h << 11) | (mi << 5) | (s // 2)
        dd = ((y - 1980) << 9) | (mo << 5) | d
        crc = binascii.crc32(data) & 0xffffffff
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flag, 0, t, dd, crc,
                           len(data), len(data), len(nb), 0) + nb + data
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flag, 0, t, dd, crc,
                               len(data), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    return out + central + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files),
                                       len(central), len(out), 0)


def fake_docx(text, when):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>' + text + '</w:t></w:r></w:p></w:body></w:document>')
    return mkzip([('[Content_Types].xml', ct.encode('utf-8'), when),
                  ('word/document.xml', doc.encode('utf-8'), when)])


def fake_xlsx(rows, when):
    cells = ''.join('<row>' + ''.join('<c t="inlineStr"><is><t>%s</t></is></c>' % c for c in row)
                    + '</row>' for row in rows)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + cells +
             '</sheetData></worksheet>')
    return mkzip([('[Content_Types].xml', b'<?xml version="1.0"?><Types/>', when),
                  ('xl/worksheets/sheet1.xml', sheet.encode('utf-8'), when)])


# ---------------------------------------------------------------- MIME parts
def TXT(text, cs='utf-8', cte='base64', sub='plain', label=None, params=''):
    return {'k': 'text', 'sub': sub, 'text': text, 'cs': cs, 'label': label or cs,
            'cte': cte, 'params': params}


def HTML(text, cs='utf-8', cte='base64', label=None):
    return TXT(text, cs, cte, 'html', label)


def ATT(data, ctype, name, cte='base64', disp='attachment', fn='plain', cid=None,
        fcs='utf-8', fmode='B', flabel=None, inline_noname=False):
    return {'k': 'att', 'data': data, 'ctype': ctype, 'name': name, 'cte': cte,
            'disp': disp, 'fn': fn, 'cid': cid, 'fcs': fcs, 'fmode': fmode,
            'flabel': flabel or fcs, 'noname': inline_noname}


def MP(sub, *parts, pre=None, ctparams=''):
    return {'k': 'mp', 'sub': sub, 'parts': list(parts), 'pre': pre, 'ctparams': ctparams}


def encode_body(data, cte, text):
    """data: bytes with LF line ends when text=True. Returns bytes, CRLF, no final CRLF."""
    if cte == 'base64':
        if text:
            data = data.replace(b'\n', b'\r\n')
        out = base64.encodebytes(data).replace(b'\n', b'\r\n')
    elif cte == 'quoted-printable':
        out = binascii.b2a_qp(data, istext=True).replace(b'\n', b'\r\n')
    elif cte in ('8bit', '7bit'):
        if cte == '7bit':
            data.decode('ascii')
        out = data.replace(b'\n', b'\r\n')
        for line in out.split(b'\r\n'):
            assert len(line) <= 998, 'line too long'
    else:
        raise ValueError(cte)
    while out.endswith(b'\r\n'):
        out = out[:-2]
    return out


def _pct(s):
    return ''.join(c if (c.isalnum() and c.isascii()) or c in '.-_' else
                   ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in s)


def name_params(p):
    """(content-type name param lines, content-disposition filename param lines)."""
    name = p['name']
    if is_ascii(name):
        return ['name="%s"' % name], ['filename="%s"' % name]
    if p['fn'] == '2231':
        enc = _pct(name)
        segs, cur = [], ''
        i = 0
        while i < len(enc):
            step = 3 if enc[i] == '%' else 1
            if len(cur) + step > 54:
                segs.append(cur)
                cur = ''
            cur += enc[i:i + step]
            i += step
        segs.append(cur)
        ew = ' '.join(ewords(name, p['fcs'], p['fmode'], p['flabel']))
        if len(segs) == 1:
            fparts = ["filename*=utf-8''" + segs[0]]
        else:
            fparts = ["filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else '', s)
                      for i, s in enumerate(segs)]
        return ['name="%s"' % ew], fparts
    # '2047': encoded words inside quotes (what many CJK webmail clients emit)
    ew = ' '.join(ewords(name, p['fcs'], p['fmode'], p['flabel']))
    return ['name="%s"' % ew], ['filename="%s"' % ew]


def cthdr(value_first, params, sep='\t'):
    if not params:
        return 'Content-Type: ' + value_first
    return 'Content-Type: ' + value_first + ';' + CRLF + sep + (';' + CRLF + sep).join(params)


class Ctx:
    def __init__(self, r, fam, quote_cs):
        self.r = r
        self.fam = fam
        self.quote_cs = quote_cs
        self.nb = 0


def boundary(ctx):
    r, fam = ctx.r, ctx.fam
    ctx.nb += 1
    k = ctx.nb
    if fam in ('outlook',):
        return '----=_NextPart_%03d_%04X_%08X.%08X' % (k - 1, r.randint(0, 0xffff),
                                                       r.getrandbits(32), r.getrandbits(32))
    if fam == 'o365':
        return '_%03d_%s' % (k - 1, ralnum(r, 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    if fam == 'gmail':
        return '000000000000' + rhex(r, 16)
    if fam == 'php':
        return 'b%d_%s' % (k, ralnum(r, 43))
    if fam == 'foxmail':
        return '----=_%03d_NextPart%s_=----' % (k, rdig(r, 12))
    if fam in ('coremail', 'yahoo'):
        return '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(10 ** 8, 10 ** 9),
                                        r.randint(1690000000000, 1790000000000))
    if fam == 'qq':
        return '----=_NextPart_%s_%s_%s' % (rhex(r, 8, True), rhex(r, 8, True), rhex(r, 8, True))
    if fam == 'thunderbird':
        return '------------' + ralnum(r, 24)
    if fam in ('roundcube', 'zimbra'):
        return '=_' + rhex(r, 32) if fam == 'roundcube' else '=_%s-%s-%s' % (rhex(r, 8), rhex(r, 4), rhex(r, 12))
    if fam == 'bulk':
        return '_----------=_MCPart_%s' % rdig(r, 10)
    # raw / python-ish ratware
    return '===============%s==' % rdig(r, 19)


def render(p, ctx):
    """Returns (list of header strings, body bytes without final CRLF)."""
    if p['k'] == 'text':
        csl = p['label']
        csv = ('"%s"' % csl) if ctx.quote_cs else csl
        params = ['charset=' + csv] + ([p['params']] if p['params'] else [])
        if ctx.fam in ('gmail', 'outlook', 'o365', 'qq', 'coremail'):
            ct = 'Content-Type: text/%s; %s' % (p['sub'], '; '.join(params))
        else:
            ct = 'Content-Type: text/%s;%s\t%s' % (p['sub'], CRLF, (';' + CRLF + '\t').join(params))
        data = p['text'].encode(p['cs'])
        body = encode_body(data, p['cte'], True)
        return [ct, 'Content-Transfer-Encoding: ' + p['cte']], body
    if p['k'] == 'att':
        np_, fp = name_params(p)
        hs = [cthdr(p['ctype'], [] if p['noname'] else np_)]
        if p['cte']:
            hs.append('Content-Transfer-Encoding: ' + p['cte'])
        if p['cid']:
            hs.append('Content-ID: <%s>' % p['cid'])
        if p['disp']:
            if p['noname']:
                hs.append('Content-Disposition: ' + p['disp'])
            else:
                hs.append('Content-Disposition: ' + p['disp'] + ';' + CRLF + '\t' +
                          (';' + CRLF + '\t').join(fp))
        data = p['data'] if isinstance(p['data'], bytes) else p['data'].encode('utf-8')
        body = encode_body(data, p['cte'] or 'base64', False)
        return hs, body
    # multipart
    b = boundary(ctx)
    params = ['boundary="%s"' % b] + ([p['ctparams']] if p['ctparams'] else [])
    hs = [cthdr('multipart/' + p['sub'], params)]
    chunks = []
    if p['pre']:
        chunks.append(p['pre'].encode('ascii') + b'\r\n')
    for sub in p['parts']:
        shs, sbody = render(sub, ctx)
        chunks.append(('--' + b + CRLF + CRLF.join(shs) + CRLF + CRLF).encode('ascii') + sbody + b'\r\n')
    chunks.append(('--' + b + '--').encode('ascii'))
    return hs, b''.join(chunks)


# ---------------------------------------------------------------- message ids
def make_msgid(style, r, dt, addr, host=None):
    t = epoch(dt)
    local, dom = addr.split('@')
    host = host or dom
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (r.choice('+JKFLMNOP'), ralnum(r, 50, ALNUM + '-_+=')[:r.randint(44, 52)])
    if style == 'o365':
        pr = 'SG2PR%02dMB%s' % (r.choice([1, 2, 4, 6]), rdig(r, 4))
        return '<%s%s@%s.apcprd%02d.prod.outlook.com>' % (pr, rhex(r, 16, True), pr, r.randint(1, 6))
    if style == 'outlook':
        ft = {2023: '01d9', 2024: '01da', 2025: '01db', 2026: '01dc'}[dt.year]
        return '<%s$%s$%s$@%s>' % ('0000' + ft + rhex(r, 4), rhex(r, 8), rhex(r, 8), host)
    if style == 'php':
        return '<%s@%s>' % (ralnum(r, 43), host)
    if style == 'foxmail':
        return '<%04d%02d%02d%02d%02d%02d%s@%s>' % (dt.year, dt.month, dt.day, dt.hour, dt.minute,
                                                    dt.second, rdig(r, 7), host)
    if style == 'qq':
        return '<tencent_%s@qq.com>' % rhex(r, 38, True)
    if style == 'coremail':
        return '<%s.%s.%x.Coremail.%s@%s>' % (rhex(r, 8), rhex(r, 4), t * 1000 + r.randint(0, 999),
                                              local, dom)
    if style == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7),
                                               t * 1000 + r.randint(0, 999))
    if style in ('thunderbird', 'zimbra'):
        u = '%s-%s-%s-%s-%s' % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12))
        return '<%s@%s>' % (u, host) if style == 'thunderbird' else '<%s@%s>' % (u[:23], host)
    if style == 'roundcube':
        return '<%s@%s>' % (rhex(r, 32), host)
    if style == 'bulk':
        return '<%s.%s.%d@%s>' % (rhex(r, 20), rdig(r, 6), t, host)
    if style == 'python':
        return '<%d.%d.%d@%s>' % (t, r.randint(1000, 99999), r.randint(10 ** 9, 10 ** 10), host)
    if style == 'bad-nodomain':
        return '<%d.%s@>' % (t, rhex(r, 6))
    if style == 'bad-nobracket':
        return '%04d%02d%02d%s.%s@localhost' % (dt.year, dt.month, dt.day, rdig(r, 6), rhex(r, 8, True))
    if style == 'bad-noat':
        return '<%s%s>' % (rdig(r, 10), rhex(r, 12))
    if style == 'bad-space':
        return '<%s %s@%s>' % (rhex(r, 8), rhex(r, 6), host)
    raise ValueError(style)


FAMILIES = {
    # order: header keys; 'mailer': (header name, value); 'msgid': style; 'pad': zero-padded day
    'gmail': dict(order=['mime', 'from', 'date', 'msgid', 'subject', 'to', 'cc', 'reply', 'extra', 'ctype'],
                  mailer=None, msgid='gmail', pad=False),
    'outlook': dict(order=['from', 'to', 'cc', 'reply', 'subject', 'date', 'msgid', 'mime', 'ctype',
                           'mailer', 'extra'],
                    mailer=('X-Mailer', 'Microsoft Outlook 16.0'), msgid='outlook', pad=False),
    'o365': dict(order=['from', 'to', 'cc', 'subject', 'extra', 'date', 'msgid', 'reply', 'ctype', 'mime'],
                 mailer=None, msgid='o365', pad=False),
    'php': dict(order=['date', 'to', 'from', 'reply', 'cc', 'subject', 'msgid', 'mailer', 'extra', 'mime', 'ctype'],
                mailer=('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'), msgid='php', pad=False),
    'foxmail': dict(order=['date', 'from', 'to', 'cc', 'reply', 'subject', 'extra', 'mailer', 'mime', 'msgid', 'ctype'],
                    mailer=('X-Mailer', 'Foxmail 7.2.25.228[cn]'), msgid='foxmail', pad=False),
    'coremail': dict(order=['date', 'from', 'to', 'cc', 'subject', 'extra', 'mailer', 'ctype', 'mime', 'msgid'],
                     mailer=('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'),
                     msgid='coremail', pad=False),
    'qq': dict(order=['from', 'to', 'cc', 'subject', 'mime', 'ctype', 'date', 'extra', 'msgid'],
               mailer=None, msgid='qq', pad=False),
    'yahoo': dict(order=['date', 'from', 'reply', 'to', 'cc', 'msgid', 'subject', 'mime', 'ctype', 'extra', 'mailer'],
                  mailer=('X-Mailer', 'WebService/1.1.21952 YMailNorrin'), msgid='yahoo', pad=False),
    'thunderbird': dict(order=['msgid', 'date', 'mime', 'mailer', 'extra', 'to', 'cc', 'from', 'reply', 'subject', 'ctype'],
                        mailer=('User-Agent', 'Mozilla Thunderbird'), msgid='thunderbird', pad=False),
    'roundcube': dict(order=['mime', 'date', 'from', 'to', 'cc', 'subject', 'reply', 'mailer', 'msgid', 'extra', 'ctype'],
                      mailer=('User-Agent', 'Roundcube Webmail/1.6.6'), msgid='roundcube', pad=False),
    'zimbra': dict(order=['date', 'from', 'reply', 'to', 'cc', 'msgid', 'subject', 'mime', 'ctype', 'mailer', 'extra'],
                   mailer=('X-Mailer', 'Zimbra 8.8.15_GA_4562 (ZimbraWebClient - GC122 (Win)/8.8.15_GA_4562)'),
                   msgid='zimbra', pad=False),
    'bulk': dict(order=['date', 'to', 'from', 'reply', 'subject', 'msgid', 'unsub', 'extra', 'mailer', 'mime', 'ctype'],
                 mailer=None, msgid='bulk', pad=True),
    'raw': dict(order=['from', 'to', 'cc', 'reply', 'subject', 'date', 'mime', 'ctype', 'mailer', 'extra', 'msgid'],
                mailer=None, msgid='python', pad=True),
}


# ---------------------------------------------------------------- Received
def _t(dt, secs):
    return dt + datetime.timedelta(seconds=secs)


def received_chain(s, r, dt, mailfrom, rcpt, mx_tz):
    """Returns header lines, newest first."""
    prov = s['prov']
    cc = s.get('ipcc', 'US')
    org = rcpt.split('@')[1]
    mfdom = mailfrom.split('@')[1] if '@' in mailfrom else 'localhost'
    t = _t(dt, r.randint(1, 9))
    hops = []   # chronological
    utc = datetime.timezone.utc
    us_dst = (4 <= dt.month <= 10) or (dt.month == 3 and dt.day >= 14) or (dt.month == 11 and dt.day < 3)
    pst = tzof('-0700') if us_dst else tzof('-0800')
    if prov == 'gmail':
        host = 'mail-%s%d-f%d.google.com' % (r.choice(['pj1', 'pl1', 'oi1', 'qk1', 'ej1', 'lf1']),
                                             r.randint(1, 9), r.randint(41, 199))
        hops.append('by %s with SMTP id %s-%s%s.%d;%s        %s' % (
            host, rdig(r, 4), rhex(r, 8), rhex(r, 8), r.randint(1, 30), CRLF,
            fmt_date(t.astimezone(pst), pad=True, comment='PDT' if us_dst else 'PST')))
        helo, rdns, ip = host, host, '209.85.%d.%d' % (r.randint(128, 255), r.randint(1, 254))
    elif prov in ('outlook', 'hotmail'):
        pr = '%s%02dMB%s' % (r.choice(['SG2PR', 'TYZPR', 'KL1PR', 'SEZPR']), r.randint(1, 6), rdig(r, 4))
        reg = 'apcprd%02d' % r.randint(1, 6)
        hops.append('from %s.%s.prod.outlook.com%s ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com%s ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s' % (
            pr, reg, CRLF, rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 4), pr, reg, CRLF,
            rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 4), r.randint(3, 7), r.randint(7000, 8800), r.randint(0, 40),
            fmt_date(t.astimezone(utc), pad=True)))
        t = _t(t, 1)
        helo = 'APC01-%s-obe.outbound.protection.outlook.com' % r.choice(['SG2', 'TYZ', 'PSA', 'SEZ'])
        ip = '40.107.%d.%d' % (r.randint(215, 255), r.randint(1, 254))
        rdns = 'mail-%son20%d.outbound.protection.outlook.com' % (r.choice(['sgaapc01', 'tyzapc01', 'psaapc01']), r.randint(40, 99))
    elif prov == 'yahoo':
        hops.append('from %s by sonic.gate.mail.ne1.yahoo.com with HTTP; %s' % (
            rip(r, cc), fmt_date(t.astimezone(utc), pad=False)))
        helo = 'sonic3%02d-%d.consmr.mail.sg3.yahoo.com' % (r.randint(0, 40), r.randint(1, 30))
        rdns, ip = helo, '106.10.%d.%d' % (r.randint(240, 253), r.randint(1, 254))
    elif prov == 'qq':
        hops.append('from %s (unknown [%s])%s\tby newxmesmtplogicsvrsza%d-0.qq.com (NewEsmtp) with SMTP%s\tid %s; %s' % (
            r.choice(['pc', 'DESKTOP-' + ralnum(r, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 'qq.com']), rip(r, cc), CRLF,
            r.randint(1, 29), CRLF, rhex(r, 8, True) + '-' + rdig(r, 4), fmt_date(t.astimezone(tzof('+0800')), pad=False)))
        helo = 'out%d-%d-%d-%d.mail.qq.com' % (203, 205, r.randint(220, 255), r.randint(1, 254))
        rdns = helo
        ip = '.'.join(helo[3:].split('.')[0].split('-'))
    elif prov in ('163', '126'):
        hops.append('from %s$ ( [%s] ) by ajax-webmail-wmsvr-%d-%d (Coremail) ; %s' % (
            mailfrom.split('@')[0], rip(r, cc), r.randint(40, 41), r.randint(100, 140),
            fmt_date(t.astimezone(tzof('+0800')), pad=False, comment='CST')))
        n = r.randint(2, 16)
        helo = 'm%d.mail.%s.com' % (n, prov)
        rdns = helo
        ip = ('220.197.31.%d' if prov == '163' else '220.181.15.%d') % r.randint(2, 250)
    elif prov == 'sina':
        cip = rip(r, cc)
        hops.append('from unknown (HELO [%s])([%s])%s\tby sina.com (10.182.%d.%d) with ESMTP%s\tid %s; %s' % (
            cip, cip, CRLF, r.randint(1, 250), r.randint(1, 250), CRLF, rhex(r, 8, True) + rdig(r, 6),
            fmt_date(t.astimezone(tzof('+0800')), pad=False)))
        helo = 'mail3-%d.sinamail.sina.com.cn' % r.randint(160, 230)
        rdns, ip = helo, '202.108.3.%d' % r.randint(160, 230)
    elif prov == 'aliyun':
        helo = 'out30-%d.freemail.mail.aliyun.com' % r.randint(90, 130)
        rdns, ip = helo, '115.124.30.%d' % r.randint(90, 130)
        hops.append('from %s(mailfrom:%s fp:SMTPD_---%s) by smtp.aliyun-inc.com;%s          %s' % (
            rdns, mailfrom, ralnum(r, 11), CRLF, fmt_date(t.astimezone(tzof('+0800')), pad=False)))
    elif prov in ('vps', 'bulk'):
        server = s.get('server') or ('mail.' + mfdom)
        tag = 'Postfix'
        hops.append('from %s (localhost [127.0.0.1])%s\tby %s (%s) with %s id %s%s\tfor <%s>; %s' % (
            'localhost' if prov == 'vps' else 'mailer-%d' % r.randint(1, 9), CRLF, server, tag,
            'ESMTPA' if prov == 'vps' else 'ESMTP', ralnum(r, 11, 'BCDFGHJKLMNPQRSTVWXZ0123456789'), CRLF,
            rcpt, fmt_date(t.astimezone(tzof(s.get('srv_tz', '+0000'))), pad=False)))
        helo = rdns = server
        ip = rip(r, cc)
    elif prov == 'hacked':
        server = s.get('server') or 'server%d.%s' % (r.randint(10, 400), 'vps-hosting-cloud.net')
        cip = rip(r, s.get('client_cc', cc))
        hops.append('from [%s] (port=%d helo=[%s])%s\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384%s\t(Exim 4.96.2)%s\t(envelope-from <%s>)%s\tid 1r%s-%s-%s;%s\t%s' % (
            cip, r.randint(49152, 65000), r.choice(['127.0.0.1', 'User', cip]), CRLF, server, CRLF, CRLF,
            mailfrom, CRLF, ralnum(r, 4), ralnum(r, 6), ralnum(r, 2), CRLF,
            fmt_date(t.astimezone(tzof(s.get('srv_tz', '+0700'))), pad=False)))
        helo = rdns = server
        ip = rip(r, cc)
    elif prov == 'webmail':
        server = s.get('server') or ('mail.' + mfdom)
        hops.append('from [%s] by %s%s\twith HTTP (%s); %s' % (
            rip(r, s.get('client_cc', cc)), server, CRLF, s.get('webmail', 'Zimbra'),
            fmt_date(t.astimezone(tzof(s.get('srv_tz', '+0700'))), pad=False)))
        helo = rdns = server
        ip = rip(r, cc)
    else:   # 'direct': ratware talking straight to the MX
        ip = rip(r, cc)
        helo = s.get('helo') or r.choice(['User', 'WIN-%s' % ralnum(r, 11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
                                          '[%s]' % ip, mfdom])
        rdns = s.get('rdns', 'unknown')
    t = _t(t, r.randint(1, 40))
    mxs = s.get('mx', 'postfix')
    lt = t.astimezone(tzof(mx_tz))
    mxhost = s.get('mxhost') or ('mx%d.%s' % (r.randint(1, 2), org))
    if mxs == 'postfix':
        hops.append('from %s (%s [%s])%s\tby %s (Postfix) with ESMTP%s id %s%s\tfor <%s>; %s' % (
            helo, rdns, ip, CRLF, mxhost, r.choice(['', 'S']),
            rhex(r, 10, True) if r.random() < 0.5 else '4' + ralnum(r, 11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'),
            CRLF, rcpt, fmt_date(lt, pad=False, comment='+07' if mx_tz == '+0700' else 'CST')))
        if s.get('mx2'):
            lt2 = _t(lt, r.randint(0, 3))
            hops.append('from %s (%s [%s])%s\tby mail.%s (Postfix) with ESMTP id %s%s\tfor <%s>; %s' % (
                mxhost, mxhost, rlan(r), CRLF, org, rhex(r, 10, True), CRLF, rcpt, fmt_date(lt2, pad=False)))
    elif mxs == 'zimbra':
        hops.append('from %s (%s [%s])%s\tby mail.%s (Postfix) with ESMTPS id %s%s\tfor <%s>; %s' % (
            helo, rdns, ip, CRLF, org, rhex(r, 10, True), CRLF, rcpt, fmt_date(lt, pad=False, comment='+07')))
        lt = _t(lt, r.randint(1, 4))
        hops.append('from mail.%s ([127.0.0.1])%s\tby localhost (mail.%s [127.0.0.1]) (amavis, port 10032) with ESMTP%s\tid %s; %s' % (
            org, CRLF, org, CRLF, ralnum(r, 12), fmt_date(lt, pad=False, comment='+07')))
        lt = _t(lt, 1)
        hops.append('from mail.%s (LHLO mail.%s) (%s) by mail.%s with LMTP; %s' % (
            org, org, rlan(r), org, fmt_date(lt, pad=False, comment='ICT')))
    elif mxs == 'exchange':
        edge, mbx = 'EXEDGE%02d.%s' % (r.randint(1, 3), org), 'EXMBX%02d.%s' % (r.randint(1, 4), org)
        eip, mip = rlan(r), rlan(r)
        hops.append('from %s (%s) by %s%s (%s) with Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s 15.2.1544.%d; %s' % (
            helo, ip, edge, CRLF, eip, CRLF, CRLF, r.randint(4, 14), fmt_date(lt, pad=False)))
        lt = _t(lt, 1)
        hops.append('from %s (%s) by%s %s (%s) with Microsoft SMTP Server (version=TLS1_2,%s cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s 15.2.1544.%d; %s' % (
            edge, eip, CRLF, mbx, mip, CRLF, CRLF, r.randint(4, 14), fmt_date(lt, pad=False)))
    elif mxs == 'coremail':
        hops.append('from %s (unknown [%s])%s\tby mx%d (Coremail) with SMTP id %s%s;%s\t%s' % (
            helo, ip, CRLF, r.randint(1, 3), ralnum(r, 22, ALNUM + '_'), ralnum(r, 4), CRLF,
            fmt_date(lt, pad=False, comment='CST')))
        if s.get('mx2'):
            lt = _t(lt, r.randint(0, 2))
            hops.append('from mx%d.%s (unknown [%s])%s\tby mail.%s (Coremail) with SMTP id %s;%s\t%s' % (
                r.randint(1, 3), org, rlan(r), CRLF, org, ralnum(r, 24, ALNUM + '_'), CRLF, fmt_date(lt, pad=False, comment='CST')))
    elif mxs == 'exim':
        hops.append('from [%s] (helo=%s)%s\tby %s with esmtp (Exim 4.95)%s\t(envelope-from <%s>)%s\tid 1%s-%s-%s%s\tfor %s; %s' % (
            ip, helo, CRLF, mxhost, CRLF, mailfrom, CRLF, ralnum(r, 5), ralnum(r, 6), ralnum(r, 2), CRLF,
            rcpt, fmt_date(lt, pad=False)))
    elif mxs == 'qmail':
        hops.append('from unknown (HELO %s) (%s)%s  by mail.%s with SMTP; %s' % (
            helo, ip, CRLF, org, fmt_date(lt, pad=True)))
        hops.append('(qmail %d invoked from network); %s' % (r.randint(3000, 60000), fmt_date(lt, pad=True)))
    elif mxs == 'exmail':
        hops.append('from %s (unknown [%s])%s\tby mx%d.qq.com (NewMX) with SMTP id %s%s\tfor <%s>; %s' % (
            helo, ip, CRLF, r.randint(1, 3), rhex(r, 8, True) + rdig(r, 3), CRLF, rcpt,
            fmt_date(lt, pad=False)))
    hops.reverse()
    return ['Received: ' + h for h in hops], (helo, ip, mxhost)


# ---------------------------------------------------------------- assembly
def build(s):
    r = s['_r']
    fam = FAMILIES[s['fam']]
    dt = mkdt(s['date'], s['tz'])
    cs = s.get('hcs', 'utf-8')
    mode = s.get('henc', 'B')
    lab = s.get('hlabel', cs)
    fdisp, faddr = s['frm']
    to = s.get('to')
    if s.get('rcpt'):
        rcpt = s['rcpt']
    elif isinstance(to, list):
        rcpt = to[0][1]
    else:
        raise ValueError('need rcpt')
    mailfrom = s.get('envfrom', faddr)
    org_tz = s.get('mx_tz', '+0700' if s['lang'] == 'vi' else '+0800')
    H = {}
    H['from'] = 'From: ' + mailbox(fdisp, faddr, cs, mode, lab)
    if to == 'undisclosed':
        H['to'] = 'To: undisclosed-recipients:;'
    elif isinstance(to, list):
        H['to'] = haddrs('To', to, cs, mode, lab)
    if s.get('cc'):
        H['cc'] = haddrs('Cc', s['cc'], cs, mode, lab)
    if s.get('reply'):
        H['reply'] = 'Reply-To: ' + mailbox(s['reply'][0], s['reply'][1], cs, mode, lab)
    H['subject'] = htext('Subject', s['subject'], cs, mode, lab)
    H['date'] = 'Date: ' + fmt_date(dt, pad=s.get('pad', fam['pad']), comment=s.get('date_comment'))
    mid = s.get('msgid', fam['msgid'])
    if mid != 'none':
        if mid.startswith('raw:'):
            H['msgid'] = 'Message-ID: ' + mid[4:]
        else:
            H['msgid'] = 'Message-ID: ' + make_msgid(mid, r, dt, faddr, s.get('midhost'))
    H['mime'] = s.get('mimehdr', 'MIME-Version: 1.0')
    mailer = s.get('mailer', fam['mailer'])
    if mailer:
        H['mailer'] = '%s: %s' % mailer
    if s.get('unsub'):
        u = s['unsub']
        H['unsub'] = 'List-Unsubscribe: ' + (u.replace(', ', ',' + CRLF + '\t') if len(u) > 58 else u)
    ctx = Ctx(r, s['fam'], s.get('quote_cs', r.random() < 0.6))
    chs, body = render(s['body'], ctx)
    H['ctype'] = CRLF.join(chs)
    H['extra'] = CRLF.join(s.get('extra', []))
    lines = []
    if not s.get('no_received'):
        rec, (helo, ip, mxhost) = received_chain(s, r, dt, mailfrom, rcpt, org_tz)
        pre = []
        if s.get('retpath', True):
            pre.append('Return-Path: <%s>' % mailfrom)
        if s.get('delivered'):
            pre.append('Delivered-To: %s' % rcpt)
        if s.get('auth'):
            pre.append('Authentication-Results: %s;%s\t%s' % (mxhost, CRLF, (';' + CRLF + '\t').join(s['auth'])))
        if s.get('spf'):
            res = s['spf']
            pre.append('Received-SPF: %s (%s: domain of %s does not designate %s as permitted sender)%s\tclient-ip=%s; envelope-from=<%s>; helo=%s;' % (
                res, mxhost, mailfrom.split('@')[-1], ip, CRLF, ip, mailfrom, helo.strip('[]'))
                if res != 'pass' else
                'Received-SPF: pass (%s: domain of %s designates %s as permitted sender)%s\tclient-ip=%s; envelope-from=<%s>; helo=%s;' % (
                mxhost, mailfrom.split('@')[-1], ip, CRLF, ip, mailfrom, helo.strip('[]')))
        lines += pre + rec
    for k in fam['order']:
        if H.get(k):
            lines.append(H[k])
    msg = CRLF.join(lines).encode('ascii') + b'\r\n\r\n' + body + b'\r\n'
    return msg


# ---------------------------------------------------------------- helpers for bodies
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def gm_html(text):
    """Gmail-style HTML rendering of a plain-text body."""
    out = []
    for line in text.strip('\n').split('\n'):
        out.append('<div>%s</div>' % esc(line) if line.strip() else '<div><br></div>')
    return '<div dir="ltr">' + '\n'.join(out) + '</div>\n'


def tk(r, base, n=16):
    return base + rhex(r, n)


ZW = '\u200b'


def zw(word):
    return ZW.join(word)


# ================================================================ Vietnamese spam
def v01(r):
    text = """Chao anh/chi phong Ke toan,

Ben em chuyen cung cap HOA DON GTGT (VAT) cac loai, dau vao - dau ra hop le 100%:
- Hoa don dien tu theo ND 123/2020, tra cuu duoc tren trang cua Tong cuc Thue
- Xuat cho tat ca nganh nghe: xay dung, van tai, an uong, van phong pham, thiet bi...
- Phi chi tu 3% - 5% gia tri hoa don, khong phat sinh them chi phi
- Co hop dong, bien ban ban giao day du, ho tro quyet toan cuoi nam

Lien he truc tiep: 0936.418.275 (Zalo/Viber) - Ms Linh
Lam viec ca thu 7, chu nhat.

Xin loi neu lam phien anh/chi!
"""
    return dict(label='spam', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2023, 2, 14, 8, 41, 5), tz='+0700',
                frm=('Hoa Don VAT Gia Re', 'hoadonvat.giare88@gmail.com'),
                to=[('', 'ketoan@sotnmt-hanam.example'), ('', 'ketoan@vietsteel-corp.example'),
                    ('', 'phongketoan@cangsaigon.example')],
                subject='Xuat hoa don VAT gia re - tat ca nganh nghe, hop le 100%',
                mx='postfix',
                body=MP('alternative', TXT(text, 'utf-8', '7bit'), HTML(gm_html(text), 'utf-8', 'quoted-printable')))


def v02(r):
    t = lambda: tk(r, 'https://trk.nhacai-vip88.club/c/')
    img = 'https://cdn.nhacai-vip88.club/edm/2023/05/'
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>VIP88 - Khuyến mãi tháng 5</title></head>
<body style="margin:0;background:#0b0b0b;font-family:Arial,Helvetica,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0" bgcolor="#0b0b0b"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#151515;color:#f5d37a">
<tr><td align="center" style="padding:18px"><a href="%s"><img src="%slogo.png" width="180" alt="VIP88"></a></td></tr>
<tr><td><a href="%s"><img src="%sbanner-200.jpg" width="600" height="300" alt="TẶNG 200%% NẠP ĐẦU" style="display:block"></a></td></tr>
<tr><td style="padding:20px;font-size:16px;line-height:24px;color:#ffffff">
<p style="font-size:22px;color:#f5d37a;text-align:center"><b>ĐĂNG KÝ HÔM NAY – NHẬN NGAY 200%% GIÁ TRỊ NẠP ĐẦU</b></p>
<p>Chào mừng anh em đến với <b>VIP88</b> – nhà cái uy tín số 1 châu Á, giấy phép PAGCOR hợp pháp.</p>
<ul>
<li>⚽ Thể thao: Ngoại hạng Anh, C1, V-League – kèo rung, kèo châu Á tỷ lệ cao nhất</li>
<li>🎰 Casino trực tuyến, nổ hũ, bắn cá, xổ số siêu tốc</li>
<li>💸 Nạp rút 24/7 qua ngân hàng, Momo, USDT – rút tiền chỉ 3 phút</li>
<li>🔁 Hoàn trả không giới hạn 1,5%% mỗi ngày</li>
</ul>
<table width="100%%" cellpadding="8" cellspacing="0" style="border:1px solid #f5d37a;color:#fff;font-size:14px">
<tr style="background:#f5d37a;color:#000"><th>Mức nạp</th><th>Thưởng</th><th>Vòng cược</th></tr>
<tr><td>200.000đ</td><td>+400.000đ</td><td>x12</td></tr>
<tr><td>1.000.000đ</td><td>+2.000.000đ</td><td>x15</td></tr>
<tr><td>5.000.000đ</td><td>+8.888.000đ</td><td>x18</td></tr>
</table>
<p style="text-align:center;padding-top:16px"><a href="%s" style="background:#e0a800;color:#000;padding:14px 36px;text-decoration:none;font-weight:bold;border-radius:6px">NHẬN THƯỞNG NGAY</a></p>
<p>Link chính thức không bị chặn: <a href="%s">bit.ly/vip88-moi</a><br>
CSKH Telegram: @vip88_cskh &nbsp;|&nbsp; Zalo: 0587 339 120</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888;text-align:center">Bạn nhận được email này vì đã đăng ký tại đối tác của chúng tôi.
<a href="%s" style="color:#888">Hủy đăng ký</a><img src="%s" width="1" height="1" alt=""></td></tr>
</table></td></tr></table></body></html>
""" % (t(), img, t(), img, t(), 'https://bit.ly/3Vq8kPz', t(),
       'https://trk.nhacai-vip88.club/o/' + rhex(r, 24) + '.gif')
    text = """ĐĂNG KÝ HÔM NAY – NHẬN NGAY 200% GIÁ TRỊ NẠP ĐẦU

VIP88 – nhà cái uy tín số 1 châu Á
- Thể thao, Casino, Nổ hũ, Bắn cá, Xổ số
- Nạp rút 24/7, rút tiền chỉ 3 phút
- Hoàn trả 1,5% mỗi ngày

Nhận thưởng: https://bit.ly/3Vq8kPz
CSKH Telegram: @vip88_cskh | Zalo: 0587 339 120
"""
    uid = rhex(r, 20)
    return dict(label='spam', lang='vi', fam='bulk', prov='bulk', ipcc='KH',
                server='mta3.nhacai-vip88.club', srv_tz='+0700',
                date=(2023, 5, 20, 21, 14, 52), tz='+0700',
                frm=('NhaCai VIP88', 'khuyenmai@nhacai-vip88.club'),
                envfrom='bounce-%s@nhacai-vip88.club' % uid,
                to=[('', 'hoangnam.tran@vnpt-hq.example')],
                subject='🎁 Tặng 200% nạp đầu – Nhà cái uy tín số 1 châu Á, rút tiền 3 phút',
                unsub='<https://nhacai-vip88.club/unsub/%s>, <mailto:unsub-%s@nhacai-vip88.club>' % (uid, uid),
                extra=['Precedence: bulk', 'X-Campaign: vn-may-2023-%s' % rdig(r, 4)],
                mx='postfix', mx2=True,
                body=MP('alternative', TXT(text, 'utf-8', 'quoted-printable'), HTML(html, 'utf-8', 'base64')))


def v03(r):
    text = """Vay tien online chi can CCCD, khong the chap, khong tham dinh nha.
Han muc 5 - 50 trieu, lai suat tu 0.8%/thang, duyet ho so 5 phut.
Dang ky tai: https://t.ly/vayNhanh24
Ho tro Zalo: 0879 552 614
"""
    return dict(label='spam', lang='vi', fam='yahoo', prov='yahoo', ipcc='VN',
                date=(2023, 8, 3, 6, 2, 47), tz='+0700',
                frm=('Tai Chinh 24h', 'taichinh.nhanh24h@yahoo.com'),
                to='undisclosed', rcpt='phongkt@cangsaigon.example',
                subject='Vay tien nhanh lai suat thap - giai ngan trong 15 phut',
                mx='exim', body=TXT(text, 'us-ascii', '7bit'))


def v04(r):
    u = lambda: tk(r, 'http://seolentop247.com/?utm_source=email&utm_campaign=gov10&k=', 10)
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>Kính gửi Ban biên tập Cổng thông tin điện tử,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Qua kiểm tra, chúng tôi nhận thấy website của Quý đơn vị hiện đang ở <b>trang 5–6 Google</b> với các từ khóa liên quan đến lĩnh vực hoạt động, tốc độ tải trang chậm (PageSpeed 38/100) và thiếu dữ liệu có cấu trúc.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='color:#C00000'>SEOLenTop247</span></b> xin gửi tới Quý đơn vị gói dịch vụ SEO tổng thể:<o:p></o:p></p>
<ul style='margin-top:0in' type=disc>
<li class=MsoNormal>Audit website miễn phí, tối ưu Onpage + Core Web Vitals<o:p></o:p></li>
<li class=MsoNormal>Xây dựng 300+ backlink báo chí, PBN chất lượng cao<o:p></o:p></li>
<li class=MsoNormal>Cam kết <b>TOP 10 Google sau 90 ngày</b> – không đạt hoàn 100%% phí<o:p></o:p></li>
<li class=MsoNormal>Báo cáo thứ hạng hàng tuần qua Zalo<o:p></o:p></li>
</ul>
<p class=MsoNormal>Chi phí chỉ từ <b>5.500.000đ/tháng</b>. Ưu đãi giảm 30%% cho cơ quan nhà nước, đơn vị sự nghiệp trong tháng 10.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Xem báo cáo audit mẫu: <a href="%s">seolentop247.com/bao-cao-mau</a><o:p></o:p></p>
<p class=MsoNormal>Đăng ký tư vấn: <a href="%s">seolentop247.com/lien-he</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Trân trọng,<o:p></o:p></p>
<p class=MsoNormal><b>Trần Minh Quân</b> – Trưởng phòng Kinh doanh<br>Hotline/Zalo: 0912 774 305<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Nếu không muốn nhận thêm thư, vui lòng trả lời "HUY".<o:p></o:p></span></p>
</div></body></html>
""" % (u(), u())
    return dict(label='spam', lang='vi', fam='outlook', prov='vps', server='mail.seolentop247.com',
                srv_tz='+0700', ipcc='VN', date=(2023, 10, 11, 14, 30, 12), tz='+0700',
                frm=('SEOLenTop247 – Dịch vụ SEO', 'tuvan@seolentop247.com'),
                to=[('Ban biên tập Cổng TTĐT', 'bbt@sokhdt-danang.example')],
                subject='Dịch vụ SEO tổng thể – Lên TOP Google bền vững, ưu đãi 30% cho cơ quan nhà nước',
                henc='Q', unsub='<mailto:tuvan@seolentop247.com?subject=HUY>',
                extra=['Thread-Index: AdnK' + ralnum(r, 24), 'Content-Language: vi-VN'],
                mx='zimbra', body=HTML(html, 'utf-8', 'quoted-printable'))


def v05(r):
    t = lambda: tk(r, 'https://click.guimail-sieutoc.com/l/', 20)
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Tahoma,Arial;font-size:14px;color:#222">
<table align="center" width="620" cellspacing="0" cellpadding="0" style="border:1px solid #ddd">
<tr><td style="background:#1565c0;color:#fff;padding:16px;font-size:20px"><b>GỬI MAIL SIÊU TỐC</b> – Email Marketing &amp; SMS Brandname</td></tr>
<tr><td style="padding:16px">
<p>Kính chào Quý khách,</p>
<p>Bạn muốn tiếp cận <b>hàng trăm nghìn khách hàng</b> mỗi ngày với chi phí thấp nhất? Hệ thống gửi email của chúng tôi dùng IP sạch, tên miền riêng, tỷ lệ vào <b>Inbox 99%%</b>, không lo vào spam.</p>
<table width="100%%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e3f2fd"><th>Gói</th><th>Số lượng</th><th>Giá</th></tr>
<tr><td>Khởi nghiệp</td><td>10.000 email</td><td>199.000đ</td></tr>
<tr><td>Doanh nghiệp</td><td>100.000 email</td><td><b style="color:#d32f2f">990.000đ</b></td></tr>
<tr><td>Không giới hạn</td><td>1.000.000 email/tháng</td><td>4.500.000đ</td></tr>
<tr><td>SMS Brandname</td><td>Tất cả nhà mạng</td><td>590đ/tin</td></tr>
</table>
<p>🎁 <b>TẶNG KÈM</b> data 2 triệu email doanh nghiệp phân theo ngành, tỉnh thành khi đăng ký gói từ 990K.</p>
<p style="text-align:center"><a href="%s" style="background:#d32f2f;color:#fff;padding:12px 28px;text-decoration:none">DÙNG THỬ MIỄN PHÍ 1.000 EMAIL</a></p>
<p>Hotline: 1900 633 4xx – 0988 205 617 (Zalo)</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px">Bạn nhận được thư này vì địa chỉ email của bạn công khai trên Internet. <a href="%s">Ngừng nhận thư</a></td></tr>
</table><img src="%s" width="1" height="1"></body></html>
""" % (t(), t(), tk(r, 'https://click.guimail-sieutoc.com/open/', 24))
    text = """GỬI MAIL SIÊU TỐC – Email Marketing & SMS Brandname

Tỷ lệ vào Inbox 99%, IP sạch, tên miền riêng.
- 10.000 email: 199.000đ
- 100.000 email: 990.000đ
- 1.000.000 email/tháng: 4.500.000đ
- SMS Brandname: 590đ/tin

Tặng data 2 triệu email doanh nghiệp khi đăng ký gói từ 990K.
Dùng thử miễn phí: https://guimail-sieutoc.com/dung-thu
Hotline/Zalo: 0988 205 617
"""
    uid = rdig(r, 9)
    return dict(label='spam', lang='vi', fam='bulk', prov='bulk', ipcc='SG',
                server='smtp2.guimail-sieutoc.com', date=(2024, 1, 9, 9, 5, 33), tz='+0700',
                frm=('Gửi Mail Siêu Tốc', 'sales@guimail-sieutoc.com'),
                envfrom='bnc.%s@guimail-sieutoc.com' % uid,
                to=[('Quý khách', 'info@vinacomin-hq.example')],
                subject='Gửi 100.000 email chỉ 990K – vào Inbox 99%, tặng kèm data khách hàng',
                unsub='<https://guimail-sieutoc.com/huy?id=%s>' % uid,
                extra=['List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk',
                       'Feedback-ID: %s:vn-edm:gmst' % uid],
                mx='postfix', spf='pass',
                body=MP('alternative', TXT(text, 'utf-8', 'quoted-printable'), HTML(html, 'utf-8', 'base64')))


def v06(r):
    html = """<div dir="ltr"><div style="font-size:15px">
<p><b><span style="color:#c00">%s, %s cột sống, tê bì chân tay?</span></b></p>
<p>Bài thuốc gia truyền 5 đời <b>Cao Xương Khớp Hoàng Gia</b> – chiết xuất từ 12 loại thảo dược quý (cà gai leo, thiên niên kiện, đỗ trọng...).</p>
<p><img src="cid:%s" alt="Cao Xương Khớp Hoàng Gia" width="400" height="100"></p>
<p>✅ 90%% người dùng hết đau sau 2 tuần<br>
✅ %s không tác dụng phụ, không corticoid<br>
✅ Được hàng nghìn bệnh nhân tin dùng</p>
<p>Giá gốc <s>1.200.000đ</s> – <b style="color:#c00;font-size:18px">chỉ còn 590.000đ/hộp</b> (mua 2 tặng 1)<br>
Miễn phí giao hàng toàn quốc, kiểm tra hàng trước khi thanh toán.</p>
<p>👉 Gọi ngay: <b>0975.612.480</b> hoặc nhắn Zalo cùng số để được %s miễn phí.</p>
<p style="font-size:11px;color:#777">Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.</p>
</div></div>
""" % (zw('Đau xương khớp'), zw('thoái hóa'), 'img01@phucan', zw('Cam kết'), zw('lương y tư vấn'))
    text = ("%s, %s cột sống?\n\nCao Xương Khớp Hoàng Gia – bài thuốc gia truyền 5 đời.\n"
            "90%% người dùng hết đau sau 2 tuần. Giá chỉ còn 590.000đ/hộp (mua 2 tặng 1).\n"
            "Gọi ngay: 0975.612.480 (Zalo)\n") % (zw('Đau xương khớp'), zw('thoái hóa'))
    return dict(label='spam', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2024, 3, 2, 19, 48, 10), tz='+0700',
                frm=('Nhà thuốc Đông y Phúc An', 'dongyphucan.tuvan@gmail.com'),
                to=[('', 'bs.hoang@bvdk-thaibinh.example'), ('', 'khoanoi@bvdk-thaibinh.example'),
                    ('', 'dieuduong.truong@bvdk-thaibinh.example'), ('', 'phongkhth@bvdk-thaibinh.example'),
                    ('', 'vanthu@bvdk-thaibinh.example')],
                subject='Xương\u200b khớp đau nhức, thoái\u200b hóa – hết sau 1 liệu trình, giảm 50% hôm nay',
                mx='postfix',
                body=MP('related', MP('alternative', TXT(text, 'utf-8', 'quoted-printable'),
                                      HTML(html, 'utf-8', 'quoted-printable')),
                        ATT(banner_png(r, 200, 50), 'image/png', 'image001.png', cid='img01@phucan',
                            disp='inline')))


def v07(r):
    t = lambda: tk(r, 'https://longan-riverside-land.com/r/', 12)
    img = 'https://longan-riverside-land.com/wp-content/uploads/2024/04/'
    rows = [('Phân khu A – mặt tiền ĐT 830', '100 m² (5x20)', '12,9 tr/m²', '1,29 tỷ'),
            ('Phân khu B – đường 17m', '90 m² (5x18)', '11,5 tr/m²', '1,035 tỷ'),
            ('Phân khu C – view sông', '110 m² (5,5x20)', '14,2 tr/m²', '1,56 tỷ'),
            ('Phân khu D – nội khu', '80 m² (5x16)', '11,1 tr/m²', '890 triệu')]
    trs = '\n'.join('<tr><td>%s</td><td>%s</td><td>%s</td><td><b>%s</b></td></tr>' % x for x in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:14px">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="%s"><img src="%sbanner-longan-riverside.jpg" width="640" alt="LONG AN RIVERSIDE"></a></td></tr>
<tr><td style="padding:14px">
<h2 style="color:#0a6e3c;margin:0 0 8px 0">MỞ BÁN ĐỢT 1 – ĐẤT NỀN SỔ HỒNG RIÊNG LONG AN RIVERSIDE</h2>
<p>📍 Vị trí: Mặt tiền ĐT 830, cách cao tốc TP.HCM – Trung Lương 3 phút, cách Quận 7 chỉ 25 phút.<br>
📜 Pháp lý: Sổ hồng riêng từng nền, công chứng ngay, thổ cư 100%%.<br>
💰 Thanh toán 30%% nhận nền, ngân hàng hỗ trợ vay 70%%, ân hạn gốc lãi 18 tháng.</p>
<table width="100%%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#0a6e3c;color:#fff"><th>Vị trí</th><th>Diện tích</th><th>Đơn giá</th><th>Giá nền</th></tr>
%s
</table>
<p>🎁 Chiết khấu <b>8%%</b> cho 20 khách hàng đầu tiên + tặng 1 chỉ vàng SJC khi đặt cọc trong tuần.</p>
<table width="100%%"><tr>
<td><a href="%s"><img src="%sphoi-canh-1.jpg" width="300"></a></td>
<td><a href="%s"><img src="%smat-bang-tong-the.jpg" width="300"></a></td></tr></table>
<p style="text-align:center"><a href="%s" style="background:#e65100;color:#fff;padding:12px 30px;text-decoration:none"><b>NHẬN BẢNG GIÁ &amp; GIỮ CHỖ</b></a></p>
<p>Hotline PKD: <b>0903 447 128</b> – 0868 215 930 (Zalo, 24/7)<br>Xem thực tế dự án: xe đưa đón miễn phí từ TP.HCM vào thứ 7, chủ nhật.</p>
</td></tr></table></body></html>
""" % (t(), img, trs, t(), img, t(), img, t())
    text = """MỞ BÁN ĐỢT 1 – ĐẤT NỀN SỔ HỒNG RIÊNG LONG AN RIVERSIDE
Mặt tiền ĐT 830, cách Quận 7 chỉ 25 phút. Sổ hồng riêng, thổ cư 100%.
Giá chỉ từ 890 triệu/nền, thanh toán 30% nhận nền, ngân hàng hỗ trợ 70%.
Chiết khấu 8% cho 20 khách đầu tiên.
Hotline: 0903 447 128 – 0868 215 930 (Zalo)
"""
    to = [('', 'nguyenvanlong@dhqg-hn.example'), ('', 'tranthuy@dhqg-hn.example'),
          ('', 'phamminhduc@vnpt-hq.example'), ('', 'lethithanh@vnpt-hq.example'),
          ('', 'hoangvanbinh@petro-vn.example'), ('', 'dangthuhuong@petro-vn.example'),
          ('', 'vuquanghai@cangsaigon.example'), ('', 'buithilan@cangsaigon.example')]
    return dict(label='spam', lang='vi', fam='outlook', prov='vps', ipcc='VN',
                server='mail.longan-riverside-land.com', srv_tz='+0700',
                date=(2024, 4, 18, 10, 20, 0), tz='+0700',
                frm=('Phòng Kinh Doanh – Long An Riverside', 'pkd@longan-riverside-land.com'),
                to=to, subject='Mở bán đất nền sổ hồng riêng Long An – chỉ từ 890 triệu/nền, CK 8%',
                henc='Q', extra=['Thread-Index: Adqx' + ralnum(r, 24)], mx='postfix',
                body=MP('alternative', TXT(text, 'utf-8', 'quoted-printable'),
                        HTML(html, 'utf-8', 'quoted-printable'), pre='This is a multipart message in MIME format.'))


def v08(r):
    text = """Kính gửi: Phòng Tổ chức cán bộ các Sở, ban, ngành và đơn vị sự nghiệp,

Viện Đào tạo Cán bộ Quản lý thông báo chiêu sinh lớp Bồi dưỡng kiến thức Quản lý nhà nước
chương trình CHUYÊN VIÊN CHÍNH và CHUYÊN VIÊN (theo Thông tư 01/2024), khóa tháng 6/2024:

1. Hình thức: học trực tuyến qua Zoom, buổi tối và thứ 7, chủ nhật – không ảnh hưởng công tác.
2. Thời gian: 04 tuần, thi viết tiểu luận cuối khóa.
3. Học phí: 3.200.000đ/học viên (ngạch CVC); 2.500.000đ/học viên (ngạch CV).
   Giảm 10% cho đơn vị đăng ký từ 5 học viên trở lên.
4. Chứng chỉ: cấp ngay sau khi kết thúc khóa, có giá trị toàn quốc, dùng để thi nâng ngạch.

Hồ sơ gồm: phiếu đăng ký (file đính kèm), bản sao CCCD, 02 ảnh 3x4.
Đăng ký qua email này hoặc liên hệ cô Hạnh – 0944 360 152 (Zalo).

Hạn đăng ký: 10/6/2024. Số lượng có hạn.

Trân trọng!
Phòng Đào tạo
"""
    when = (2024, 5, 20, 9, 12, 0)
    doc = fake_docx('PHIEU DANG KY HOC VIEN - placeholder', when)
    return dict(label='spam', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2024, 5, 27, 8, 15, 3), tz='+0700',
                frm=('Viện Đào tạo Cán bộ Quản lý', 'vien.daotaocanbo.vn@gmail.com'),
                to=[('', 'tccb@sotc-nghean.example')],
                cc=[('', 'vanphong@sotc-nghean.example'), ('', 'tochuc@sokhdt-danang.example')],
                subject='Thông báo chiêu sinh lớp Bồi dưỡng QLNN ngạch Chuyên viên chính – học online, cấp chứng chỉ',
                mx='postfix',
                body=MP('mixed', MP('alternative', TXT(text, 'utf-8', 'quoted-printable'),
                                    HTML(gm_html(text), 'utf-8', 'quoted-printable')),
                        ATT(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                            'PhieuDangKy_CVC_T6-2024.docx')))


def v09(r):
    text = """📢 TUYỂN CỘNG TÁC VIÊN LÀM VIỆC TẠI NHÀ 📢

Cong viec: like, follow, danh gia san pham tren san TMDT theo huong dan.
Chỉ cần điện thoại có kết nối mạng, làm 1-2 tiếng mỗi ngày.
💰 Thu nhập: 300K – 800K/ngày, NHẬN LƯƠNG TRONG NGÀY qua ngân hàng.
Khong can kinh nghiem, khong thu phi, khong dat coc.
Ưu tiên: sinh viên, mẹ bỉm sữa, nhân viên văn phòng muốn kiếm thêm.

👉 Nhắn Zalo ngay để nhận việc: 0392 817 546 (Ms Trang - phòng tuyển dụng)
Số lượng có hạn, chỉ nhận 50 bạn trong tuần này!
"""
    return dict(label='spam', lang='vi', fam='o365', prov='hotmail', ipcc='VN',
                date=(2024, 7, 8, 22, 37, 19), tz='+0700',
                frm=('Tuyển CTV Online', 'tuyendung.ctv.online2024@outlook.com'),
                to='undisclosed', rcpt='ngothiphuong@sotc-nghean.example',
                subject='TUYỂN CỘNG TÁC VIÊN LÀM TẠI NHÀ – THU NHẬP 300K-800K/NGÀY, NHẬN LƯƠNG TRONG NGÀY',
                extra=['Thread-Topic: TUYEN CONG TAC VIEN', 'Thread-Index: AQHa' + ralnum(r, 20),
                       'Accept-Language: vi-VN, en-US', 'Content-Language: vi-VN', 'X-MS-Has-Attach:',
                       'X-MS-TNEF-Correlator:'],
                mx='exchange', body=TXT(text, 'utf-8', 'base64'))


def v10(r):
    img = 'https://hanghieu-likeauth.shop/upload/sp/'
    t = lambda: tk(r, 'https://hanghieu-likeauth.shop/sp/', 8)
    items = [('Rolex Submariner Date – Super Fake 1:1, máy Clean', '8.500.000đ', 'rlx-sub.jpg'),
             ('Hublot Big Bang – Rep 1:1 máy Nhật', '4.900.000đ', 'hublot-bb.jpg'),
             ('Túi LV Neverfull MM – Like Auth da thật', '2.350.000đ', 'lv-nf.jpg'),
             ('Túi Gucci Marmont – hàng VIP full box', '2.790.000đ', 'gucci-mm.jpg'),
             ('Giày Nike Air Jordan 1 – Rep 1:1', '1.150.000đ', 'aj1.jpg'),
             ('Kính Cartier – hàng F1, kèm hộp thẻ', '990.000đ', 'cartier.jpg')]
    cells = []
    for i in range(0, len(items), 2):
        tds = ''.join('<td width="50%%" align="center" style="padding:8px"><a href="%s"><img src="%s%s" width="240" height="240"></a><br><b>%s</b><br><span style="color:#c62828;font-size:16px">%s</span></td>' % (t(), img, p, n, pr) for n, pr, p in items[i:i + 2])
        cells.append('<tr>%s</tr>' % tds)
    html = """<html><body style="font-family:Arial;font-size:13px;background:#faf7f2">
<table width="600" align="center" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="background:#111;color:#d4af37;text-align:center;padding:14px;font-size:20px">HÀNG HIỆU AUTHENTIC STORE</td></tr>
<tr><td style="padding:10px;text-align:center">SALE 9.9 – Đồng hồ, túi xách, giày <b>Like Auth / Super Fake 1:1</b> giống chính hãng 99%%<br>Ship COD toàn quốc, kiểm tra hàng trước khi nhận, bảo hành máy 2 năm.</td></tr>
<tr><td><table width="100%%">%s</table></td></tr>
<tr><td style="padding:12px;text-align:center">Inbox Facebook: <a href="%s">fb.com/hanghieulikeauth.store</a> | Zalo: 0707 263 918</td></tr>
</table></body></html>
""" % ('\n'.join(cells), t())
    to = [('', a) for a in ['minh.ha@vnpt-hq.example', 'thao.nguyen@vnpt-hq.example',
                            'quang.le@petro-vn.example', 'hr@petro-vn.example',
                            'sales@vietsteel-corp.example', 'anh.pham@vietsteel-corp.example',
                            'info@cangsaigon.example', 'hanhchinh@tct-duongsat.example',
                            'thuvien@dhqg-hn.example', 'lienhe@sotc-nghean.example']]
    return dict(label='spam', lang='vi', fam='php', prov='hacked', ipcc='US', client_cc='VN',
                server='sv42.vnhost-cloud.net', srv_tz='+0700',
                date=(2024, 9, 14, 3, 11, 40), tz='+0700',
                frm=('Hàng hiệu Authentic Store', 'sale@hanghieu-likeauth.shop'),
                envfrom='wordpress@anphatdecor-hp.vn', to=to,
                subject='SALE 9.9 – Đồng hồ, túi xách hàng hiệu Super Fake 1:1 giảm đến 50%',
                mx='postfix', midhost='anphatdecor-hp.vn',
                body=HTML(html, 'utf-8', 'base64'))


def v11(r):
    tg = 'https://t.me/+' + ralnum(r, 16)
    text = """Chào bạn,

Bạn đã chán cảnh "gồng lỗ" khi tự trade? 📉
Crypto VN Academy mở nhóm tín hiệu Binance Futures MIỄN PHÍ – mỗi ngày 3-5 kèo, có entry, TP, SL rõ ràng.

🔥 Kết quả tháng 10: 47/52 kèo thắng, lợi nhuận trung bình 30%%/tuần.
🔥 VIP signal group: chỉ còn 50 slot, ưu tiên người đăng ký qua email này.
🔥 Được hỗ trợ mở tài khoản, nạp USDT qua P2P an toàn.

Join Telegram (free): %s
Hoặc Zalo nhóm: https://zalo.me/g/%s

Not financial advice – but we don't lose 😉
Admin Kevin Nguyễn
""" % (tg, ralnum(r, 10).lower())
    html = gm_html(text).replace(esc(tg), '<a href="%s">%s</a>' % (tg, esc(tg)))
    return dict(label='spam', lang='vi', fam='o365', prov='outlook', ipcc='VN',
                date=(2024, 11, 21, 20, 3, 55), tz='+0700',
                frm=('Crypto VN Academy', 'cryptovn.academy@outlook.com'),
                to=[('Nguyễn Thu Hà', 'nguyenthuha@petro-vn.example')],
                subject='[FREE] Nhóm tín hiệu Binance Futures – lợi nhuận 30%/tuần, chỉ còn 50 slot VIP',
                extra=['Thread-Topic: [FREE] Binance Futures signal', 'Thread-Index: AQHbPO' + ralnum(r, 18),
                       'Accept-Language: en-US', 'Content-Language: en-US', 'X-MS-Has-Attach:'],
                mx='postfix', spf='pass',
                body=MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(html, 'utf-8', 'base64')))


def v12(r):
    t = lambda: tk(r, 'https://mail.vemaybaygiare-24h.net/track/click/', 14)
    fares = [('Hà Nội – TP.HCM', '599.000đ', 'Vietjet'), ('TP.HCM – Hà Nội (mùng 6 Tết)', '890.000đ', 'Bamboo'),
             ('Hà Nội – Seoul', '3.450.000đ', 'Vietnam Airlines'), ('TP.HCM – Tokyo', '5.190.000đ', 'Vietjet'),
             ('Hà Nội – Sydney', '9.800.000đ', 'Vietnam Airlines')]
    trs = '\n'.join('<tr><td>%s</td><td>%s</td><td style="color:#e53935"><b>%s</b></td><td><a href="%s">Đặt vé</a></td></tr>' % (a, c, b, t()) for a, b, c in fares)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:13px">
<table width="600" align="center" cellpadding="10" style="border:1px solid #cfd8dc">
<tr><td style="background:#00838f;color:#fff;font-size:18px">✈ VÉ MÁY BAY GIÁ RẺ 24H – SĂN VÉ TẾT ẤT TỴ 2025</td></tr>
<tr><td>
<p>Tết sắp đến, vé đang cháy từng ngày! Đặt sớm để có giá tốt nhất:</p>
<table width="100%%" border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e0f7fa"><th>Hành trình</th><th>Hãng</th><th>Giá từ</th><th></th></tr>
%s
</table>
<p><b>DỊCH VỤ VISA BAO ĐẬU 98%%</b>: Hàn Quốc (5 năm), Nhật Bản, Úc, Mỹ, Schengen – không cần chứng minh tài chính, hồ sơ nhanh 7 ngày.</p>
<p><a href="%s"><img src="https://mail.vemaybaygiare-24h.net/img/visa-banner.png" width="560" alt="Visa bao đậu"></a></p>
<p>Hotline đặt vé: 0901 883 246 – 0977 540 318 (Zalo, phục vụ 24/7)</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Để ngừng nhận thư ưu đãi, <a href="%s">bấm vào đây</a>.</td></tr>
</table></body></html>
""" % (trs, t(), t())
    uid = rhex(r, 12)
    return dict(label='spam', lang='vi', fam='bulk', prov='bulk', ipcc='VN',
                server='mail.vemaybaygiare-24h.net', srv_tz='+0700',
                date=(2024, 12, 3, 7, 45, 0), tz='+0700',
                frm=('Vé Máy Bay Giá Rẻ 24h', 'uudai@vemaybaygiare-24h.net'),
                to=[('', 'phongdoingoai@dhqg-hn.example')],
                subject='Săn vé Tết Ất Tỵ 2025 chỉ từ 599K – Làm visa Hàn, Nhật, Úc bao đậu 98%',
                unsub='<https://mail.vemaybaygiare-24h.net/unsubscribe/%s>' % uid,
                mailer=('X-Mailer', 'MailWizz EMS'), extra=['Precedence: bulk', 'X-Mw-Campaign-Uid: ' + uid],
                mx='postfix', mx2=True, body=HTML(html, 'utf-8', 'quoted-printable'))


def v13(r):
    text = """Chào anh/chị,

Bên em cung cấp DATA DOANH NGHIỆP MỚI THÀNH LẬP tháng 01/2025 – cập nhật hàng tuần:
  • Đầy đủ 63 tỉnh thành, lọc theo ngành nghề, quận/huyện
  • Thông tin: tên công ty, MST, địa chỉ, ngày thành lập, người đại diện, SĐT giám đốc, email
  • Dữ liệu chuẩn 90%, phù hợp telesale, bán bảo hiểm, dịch vụ kế toán, chữ ký số, thiết kế web

Bảng giá:
  - 1 tháng toàn quốc (~14.000 DN): 500.000đ
  - Gói năm 2024 (~160.000 DN): 2.000.000đ
  - Data chủ DN cá nhân (có SĐT): 1.500.000đ/100.000 số

Em gửi kèm file mẫu để anh/chị kiểm tra chất lượng.
Chuyển khoản xong gửi data trong 5 phút qua email/Zalo.

Liên hệ: Mr Tuấn – 0867 413 209 (Zalo/Telegram)
"""
    when = (2025, 2, 16, 21, 5, 40)
    rows = [['Ten DN', 'MST', 'Tinh', 'Nguoi dai dien', 'SDT'],
            ['CONG TY TNHH MAU A', '0000000001', 'Ha Noi', '(an)', '09xx xxx xxx'],
            ['CONG TY CP MAU B', '0000000002', 'TP HCM', '(an)', '09xx xxx xxx']]
    return dict(label='spam', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2025, 2, 17, 9, 22, 41), tz='+0700',
                frm=('Data Doanh Nghiệp 2025', 'data.doanhnghiep.moi@gmail.com'),
                to=[('', 'kinhdoanh@vietsteel-corp.example')],
                subject='Data doanh nghiệp mới thành lập T1/2025 – 63 tỉnh, có SĐT giám đốc, cập nhật hàng tuần',
                mx='postfix', mx2=True,
                body=MP('mixed', MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(gm_html(text), 'utf-8', 'base64')),
                        ATT(fake_xlsx(rows, when), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                            'Data_mau_T1-2025.xlsx')))


def v14(r):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Kính gửi Quý Doanh nghiệp / Dear Sir or Madam,</p>
<p>Công ty <strong>Dịch vụ Kế toán Thuế Minh Khang</strong> nhận cung cấp <strong>hóa đơn GTGT đầu vào</strong> cho mọi ngành nghề (VAT invoice service):</p>
<ol>
<li>Hóa đơn điện tử có mã của cơ quan thuế, tra cứu hợp lệ;</li>
<li>Đầy đủ hồ sơ đi kèm: hợp đồng, phiếu xuất kho, biên bản nghiệm thu, ủy nhiệm chi;</li>
<li>Phí dịch vụ <span style="color:#ff0000"><strong>chỉ từ 2,5%%</strong></span> – thấp nhất thị trường, giao hóa đơn trong ngày;</li>
<li>Hỗ trợ cân đối chi phí, giảm thuế TNDN phải nộp cuối năm.</li>
</ol>
<p>We also provide invoices for FDI companies – English speaking staff available.</p>
<p>Liên hệ: <strong>Chị Nga – 0913 657 204</strong> (Zalo/Viber/WhatsApp)<br />Email: minhkhang.ketoanthue@gmail.com</p>
<p>Trân trọng / Best regards.</p>
<div id="signature">-- <br />Minh Khang Accounting &amp; Tax Service<br /><a href="http://%s/bang-phi">Bảng phí dịch vụ</a></div>
</body></html>
""" % rip(r, 'VN')
    return dict(label='spam', lang='vi', fam='roundcube', prov='webmail', ipcc='VN', client_cc='VN',
                webmail='Roundcube', server='mail.minhkhang-accounting.com.vn',
                date=(2025, 3, 10, 15, 2, 9), tz='+0700',
                frm=('Dịch vụ Kế toán Thuế Minh Khang', 'ketoan@minhkhang-accounting.com.vn'),
                to=[('', 'ketoantruong@tct-duongsat.example')],
                reply=('', 'minhkhang.ketoanthue@gmail.com'),
                subject='Cung cấp hóa đơn GTGT đầu vào các ngành – VAT invoice service, phí thấp nhất thị trường',
                henc='Q', mx='postfix', body=HTML(html, 'UTF-8', 'quoted-printable'))


def v15(r):
    ip = rip(r, 'KH')
    text = ("Soi cau XSMB " + zw('hom nay') + " - chinh xac 99%%\n\n"
            "Bach thu " + zw('lo') + ": 27 - 72\n"
            "Song thu " + zw('de') + ": 38 - 83 (an 3 ngay lien tiep)\n"
            "Xien 2: 15 - 51 | 46 - 64\n\n"
            "ＮＡＰ　１００Ｋ　ＴＡＮＧ　１００Ｋ – choi " + zw('lo de') + " online ty le 1 an 99.5\n"
            "Ban ca, no hu, game bai doi thuong – rut tien 5 phut\n\n"
            "Vao ngay: http://%s/?ref=sc247&u=%s\n"
            "Nhom Telegram soi cau VIP: @soicau247_vip\n") % (ip, rhex(r, 8))
    return dict(label='spam', lang='vi', fam='raw', prov='direct', ipcc='KH',
                date=(2025, 4, 26, 23, 55, 14), tz='+0700', msgid='none',
                frm=('Soi Cau 247', 'admin@soicau247vip.net'),
                to=[('', 'admin@soicau247vip.net')], rcpt='phamvantuan@tct-duongsat.example',
                subject='Soi cau XSMB hom nay chinh xac 99% - bach thu lo, song thu de',
                mailer=('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'),
                extra=['X-Priority: 3', 'X-MSMail-Priority: Normal'],
                mx='postfix', body=TXT(text, 'utf-8', '8bit'))


def v16(r):
    text = """Kính chào Quý khách,

Dịch vụ Tài chính Hưng Thịnh chuyên hỗ trợ:

1. RÚT TIỀN MẶT THẺ TÍN DỤNG – phí chỉ 1,5%, nhận tiền ngay tại chỗ hoặc chuyển khoản trong 10 phút.
   Nhận tất cả thẻ Visa, Master, JCB của mọi ngân hàng.
2. ĐÁO HẠN THẺ TÍN DỤNG – tránh phí phạt trả chậm, không ảnh hưởng lịch sử tín dụng (CIC).
3. ĐÁO HẠN NGÂN HÀNG – hỗ trợ vốn ngắn hạn cho doanh nghiệp đáo hạn khoản vay, 0,1%/ngày.
4. VAY VỐN KINH DOANH – tín chấp theo lương, theo hóa đơn điện, hợp đồng bảo hiểm; giải ngân 24h.

Phục vụ tận nơi tại Hà Nội, TP.HCM, Đà Nẵng, Hải Phòng. Bảo mật thông tin tuyệt đối.

☎ Hotline: 0968 335 471 – 0888 120 946 (Zalo)
Địa chỉ: Tầng 5, tòa nhà văn phòng, Q. Cầu Giấy, Hà Nội

(Email này được gửi một lần, xin lỗi nếu làm phiền Quý khách)
"""
    return dict(label='spam', lang='vi', fam='o365', prov='hotmail', ipcc='VN',
                date=(2025, 6, 5, 11, 30, 27), tz='+0700',
                frm=('Dịch vụ Tài chính Hưng Thịnh', 'dichvutaichinh.hungthinh@hotmail.com'),
                to=[('', 'taichinh@vinacomin-hq.example'), ('', 'ketoan@vinacomin-hq.example')],
                subject='Rút tiền mặt thẻ tín dụng phí 1.5% – Đáo hạn ngân hàng, hỗ trợ vay vốn doanh nghiệp',
                henc='Q',
                extra=['Thread-Topic: =?utf-8?B?' + base64.b64encode('Rút tiền mặt thẻ tín dụng'.encode()).decode() + '?=',
                       'Thread-Index: AQHb1f' + ralnum(r, 18), 'Accept-Language: vi-VN', 'X-MS-Has-Attach:'],
                mx='exchange', body=TXT(text, 'utf-8', 'quoted-printable'))


def v17(r):
    t = lambda: tk(r, 'https://thietkeweb365.site/go/', 10)
    html = """<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8">
  </head>
  <body>
    <p><img src="cid:part1.%s@thietkeweb365.site" alt="ThietKeWeb365" width="220" height="55"></p>
    <p>Xin chào Quý đơn vị,</p>
    <p>Website là bộ mặt của cơ quan, doanh nghiệp trên Internet. <b>ThietKeWeb365</b> nhận thiết kế website <b>chuẩn SEO, chuẩn di động</b> trọn gói chỉ <span style="color:#d00000;font-size:18px"><b>2.990.000đ</b></span>:</p>
    <ul>
      <li>Giao diện đẹp, hơn 500 mẫu theo ngành (tin tức, bán hàng, cổng thông tin)</li>
      <li>Tặng tên miền .com + hosting SSD 1 năm + chứng chỉ SSL</li>
      <li>Bàn giao mã nguồn, hướng dẫn quản trị, bảo hành trọn đời</li>
      <li>Hoàn thành trong 7 ngày làm việc</li>
    </ul>
    <p>Xem kho giao diện: <a href="%s">thietkeweb365.site/kho-giao-dien</a><br>
      Nhận báo giá chi tiết: <a href="%s">thietkeweb365.site/bao-gia</a></p>
    <p>Hotline: 0933 508 271 | Zalo OA: ThietKeWeb365</p>
    <div class="moz-signature">-- <br>Phòng Kinh doanh – ThietKeWeb365</div>
  </body>
</html>
""" % (rhex(r, 8), t(), t())
    text = """Xin chào Quý đơn vị,

ThietKeWeb365 nhận thiết kế website chuẩn SEO, chuẩn di động trọn gói chỉ 2.990.000đ:
 - Hơn 500 mẫu giao diện theo ngành
 - Tặng tên miền .com + hosting 1 năm + SSL
 - Bàn giao mã nguồn, bảo hành trọn đời

Báo giá: https://thietkeweb365.site/bao-gia
Hotline: 0933 508 271
-- 
Phòng Kinh doanh – ThietKeWeb365
"""
    cid = html.split('cid:')[1].split('"')[0]
    return dict(label='spam', lang='vi', fam='thunderbird', prov='vps', ipcc='VN',
                server='mail.thietkeweb365.site', srv_tz='+0700',
                date=(2025, 8, 12, 9, 0, 33), tz='+0700',
                frm=('ThietKeWeb365', 'kinhdoanh@thietkeweb365.site'),
                to=[('', 'cntt@sotnmt-hanam.example')],
                subject='Thiết kế website chuẩn SEO trọn gói 2.990.000đ – tặng tên miền + hosting 1 năm',
                extra=['Content-Language: vi'], mx='zimbra',
                body=MP('alternative', TXT(text, 'UTF-8', '8bit', params='format=flowed'),
                        MP('related', HTML(html, 'UTF-8', '8bit'),
                           ATT(banner_png(r, 220, 55), 'image/png', 'logo365.png', cid=cid, disp='inline'))))


def v18(r):
    text = """NHẬN LÀM B Ằ N G  C Ấ P CÁC LOẠI – UY TÍN – BẢO MẬT

- B.ằ.n.g đại học, cao đẳng, trung cấp các trường trên toàn quốc
- Chứng chỉ tin học, ngoại ngữ (IELTS, TOEIC), chứng chỉ hành nghề
- Giấy phép lái xe, chứng chỉ bồi dưỡng ngạch, nâng lương
- Có hồ sơ gốc, phôi thật, giống 100%, bảo hành trọn đời

Không cần đặt cọc, nhận hàng mới thanh toán.
Liên hệ: Anh Đức – 0 9 6 2 . 7 4 1 . 3 0 5 (Zalo/Telegram)
"""
    return dict(label='spam', lang='vi', fam='raw', prov='direct', ipcc='VN',
                helo='lambangcap24h.xyz', date=(2025, 9, 29, 13, 17, 50), tz='+0700',
                frm=('Lam Bang Cap 24h', 'lambang.tructuyen@lambangcap24h.xyz'),
                to=[('', 'phongnhansu@petro-vn.example'), ('', 'tuyendung@vnpt-hq.example')],
                subject='Nhận làm b.ằ.n.g c.ấ.p các loại – có hồ sơ gốc, bảo hành trọn đời',
                henc='B', hlabel='UTF-8', msgid='bad-noat', mx='postfix',
                body=TXT(text, 'utf-8', '8bit'))


def v19(r):
    t = lambda: tk(r, 'https://news.vietsuntravel-mice.com/c/', 16)
    img = 'https://news.vietsuntravel-mice.com/img/2026/'
    html = """<html><head><meta charset="utf-8"><title>Vietsun Travel MICE</title></head>
<body style="background:#f2f2f2;font-family:'Segoe UI',Arial;font-size:14px">
<center><table width="640" bgcolor="#fff" cellpadding="0" cellspacing="0">
<tr><td><a href="%s"><img src="%sphuquoc-header.jpg" width="640" height="260" alt="Team Building Phú Quốc 2026"></a></td></tr>
<tr><td style="padding:18px">
<h2 style="color:#0277bd">TEAM BUILDING + GALA DINNER PHÚ QUỐC 3N2Đ – chỉ 2.990.000đ/khách</h2>
<p>Kính gửi Ban Chấp hành Công đoàn / Phòng Hành chính,</p>
<p>Nhằm chuẩn bị cho kỳ nghỉ hè và các chuyến tham quan của cán bộ, công nhân viên năm 2026, <b>Vietsun Travel MICE</b> trân trọng gửi chương trình ưu đãi dành riêng cho tổ chức Công đoàn:</p>
<table width="100%%" cellpadding="6" cellspacing="0" style="border:1px solid #b3e5fc;font-size:13px">
<tr style="background:#e1f5fe"><td><b>Ngày 1</b></td><td>Đón đoàn sân bay – check-in resort 4* – Team building bãi biển – Gala dinner &amp; MC, ca sĩ</td></tr>
<tr><td><b>Ngày 2</b></td><td>Tour 4 đảo bằng cano – lặn ngắm san hô – VinWonders / Grand World</td></tr>
<tr style="background:#e1f5fe"><td><b>Ngày 3</b></td><td>Chợ Dương Đông – mua sắm đặc sản – tiễn sân bay</td></tr>
</table>
<p>✔ Giá trọn gói cho đoàn từ 30 khách (chưa gồm vé máy bay)<br>
✔ Xuất hóa đơn VAT đầy đủ, hợp đồng rõ ràng, thanh toán sau tour<br>
✔ <b>Tặng</b> băng rôn, áo đồng phục, bảo hiểm du lịch 100 triệu/khách</p>
<p>Also available: Incentive tours Singapore – Bangkok – Seoul for FDI companies.</p>
<p style="text-align:center"><a href="%s" style="background:#ff6f00;color:#fff;padding:12px 26px;text-decoration:none">NHẬN BÁO GIÁ CHO ĐOÀN</a></p>
<p>Hotline: 0918 062 447 – 024 3 9xx xxxx</p>
</td></tr>
<tr><td style="padding:10px;font-size:11px;color:#777;text-align:center">Vietsun Travel MICE · <a href="%s">Hủy nhận tin</a> · <a href="%s">Xem trên trình duyệt</a></td></tr>
</table></center></body></html>
""" % (t(), img, t(), t(), t())
    text = """TEAM BUILDING + GALA DINNER PHÚ QUỐC 3N2Đ – chỉ 2.990.000đ/khách
Ưu đãi dành cho Công đoàn cơ quan, doanh nghiệp năm 2026.
Resort 4*, tour 4 đảo, gala dinner, xuất hóa đơn VAT, thanh toán sau tour.
Nhận báo giá: https://news.vietsuntravel-mice.com/bao-gia
Hotline: 0918 062 447
"""
    uid = rhex(r, 16)
    return dict(label='spam', lang='vi', fam='bulk', prov='bulk', ipcc='VN',
                server='smtp.vietsuntravel-mice.com', srv_tz='+0700',
                date=(2026, 1, 13, 8, 30, 0), tz='+0700',
                frm=('Vietsun Travel MICE', 'hello@news.vietsuntravel-mice.com'),
                to=[('Ban Chấp hành Công đoàn', 'congdoan@tct-duongsat.example')],
                subject='Tour Team Building + Gala Dinner Phú Quốc 3N2Đ chỉ 2.990.000đ/khách – ưu đãi Công đoàn 2026',
                unsub='<https://news.vietsuntravel-mice.com/u/%s>, <mailto:unsubscribe@vietsuntravel-mice.com?subject=%s>' % (uid, uid),
                extra=['List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Id: <khachdoan.vietsuntravel-mice.com>'],
                mailer=('X-Mailer', 'Sendy'), mx='exchange',
                body=MP('alternative', TXT(text, 'utf-8', 'quoted-printable'), HTML(html, 'utf-8', 'quoted-printable')))


def v20(r):
    text = """Ban TKQC Facebook via VN, BM xac minh, TKQC limit 250$ - 1500$/ngay
Tang follow TikTok, Facebook, Instagram - that 100%, bao hanh 30 ngay
Nhan chay ads tron goi cho shop, spa, bat dong san - gia si cho dai ly

Lien he Telegram: @adsagency_vn  |  Zalo: 0838 609 172
Web: http://adsagency-vn.online
"""
    return dict(label='spam', lang='vi', fam='php', prov='vps', ipcc='SG',
                server='vps-%d.cloudvps-sg.net' % r.randint(100, 999), srv_tz='+0800',
                date=(2026, 2, 24, 1, 12, 5), tz='+0000', pad=True,
                frm=('Ads Agency VN', 'support@adsagency-vn.online'),
                to=[('', 'marketing@vnpt-hq.example')],
                subject='Ban TKQC Facebook, BM xac minh, tang follow TikTok - gia si',
                mx='postfix', body=TXT(text, 'us-ascii', '7bit'))


# ================================================================ Vietnamese phishing
def login_page(title, heading, action, email, lang_note, cs='utf-8', pw_label='Password / Mật khẩu'):
    """Inert fake sign-in page: a plain form posting to an invented host, no script."""
    return """<!DOCTYPE html>
<html><head><meta charset="%s"><title>%s</title>
<style>body{font-family:Segoe UI,Arial;background:#f3f3f3}.box{width:360px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;padding:8px;margin:6px 0;border:1px solid #999}button{background:#0067b8;color:#fff;border:0;padding:9px 28px}</style></head>
<body><div class="box">
<h2>%s</h2>
<p>%s</p>
<form method="post" action="%s">
<input type="email" name="login" value="%s">
<input type="password" name="passwd" placeholder="%s">
<input type="hidden" name="ref" value="mailwarden-placeholder">
<button type="submit">OK</button>
</form>
</div></body></html>
""" % (cs, title, heading, lang_note, action, email, pw_label)


def v21(r):
    mst = rdig(r, 10)
    link = 'http://gdt-gov-vn.com/hoanthue/xacnhan.php?mst=%s&ma=HT-2023-0487215' % mst
    text = """Kính gửi Quý người nộp thuế,

Căn cứ kết quả quyết toán thuế thu nhập cá nhân năm 2022, Tổng cục Thuế thông báo Quý người nộp thuế
(MST: %s) được HOÀN số tiền thuế nộp thừa là: 4.865.000 VNĐ.

Mã hồ sơ hoàn thuế: HT-2023-0487215

Để nhận tiền hoàn, Quý người nộp thuế vui lòng xác nhận thông tin tài khoản ngân hàng trong vòng 48 giờ tại:
https://thuedientu.gdt.gov.vn/hoanthue

Quá thời hạn trên, hồ sơ sẽ bị hủy và số tiền được chuyển vào ngân sách nhà nước.

Trân trọng,
TỔNG CỤC THUẾ – BỘ TÀI CHÍNH
""" % mst
    html = """<div dir="ltr"><p>Kính gửi Quý người nộp thuế,</p>
<p>Căn cứ kết quả quyết toán thuế thu nhập cá nhân năm 2022, <b>Tổng cục Thuế</b> thông báo Quý người nộp thuế (MST: <b>%s</b>) được <b>HOÀN</b> số tiền thuế nộp thừa là: <b style="color:#c00">4.865.000 VNĐ</b>.</p>
<p>Mã hồ sơ hoàn thuế: <b>HT-2023-0487215</b></p>
<p>Để nhận tiền hoàn, Quý người nộp thuế vui lòng xác nhận thông tin tài khoản ngân hàng trong vòng <b>48 giờ</b> tại:<br>
<a href="%s" target="_blank">https://thuedientu.gdt.gov.vn/hoanthue</a></p>
<p>Quá thời hạn trên, hồ sơ sẽ bị hủy và số tiền được chuyển vào ngân sách nhà nước.</p>
<p>Trân trọng,<br><b>TỔNG CỤC THUẾ – BỘ TÀI CHÍNH</b></p></div>
""" % (mst, link)
    return dict(label='phish', lang='vi', fam='gmail', prov='gmail', ipcc='NG',
                date=(2023, 3, 28, 10, 5, 42), tz='+0700',
                frm=('Tổng cục Thuế', 'tongcucthue.hoanthue@gmail.com'),
                reply=('Tổng cục Thuế', 'hotro.tct.gov@gmail.com'),
                to=[('', 'lethuy.ha@sotnmt-hanam.example')],
                subject='Thông báo hoàn thuế TNCN năm 2022 – Mã hồ sơ HT-2023-0487215',
                mx='postfix',
                body=MP('alternative', TXT(text, 'UTF-8', 'quoted-printable'), HTML(html, 'UTF-8', 'quoted-printable')))


def v22(r):
    when = (2023, 6, 18, 16, 2, 10)
    z = mkzip([('HuongDan_CapNhat_HDDT_v2.3.1.pdf.exe', PLACEHOLDER_EXE, when)])
    text = """Kính gửi: Các tổ chức, doanh nghiệp sử dụng hóa đơn điện tử

Thực hiện Nghị định 123/2020/NĐ-CP và Thông tư 78/2021/TT-BTC, Cục Thuế thông báo phát hành
phiên bản phần mềm Hóa đơn điện tử 2.3.1 (bổ sung chức năng ký số và đồng bộ dữ liệu với hệ thống
của Tổng cục Thuế). Các đơn vị bắt buộc cập nhật trước ngày 30/06/2023, sau thời hạn này hóa đơn
lập từ phiên bản cũ sẽ không được cấp mã.

Hướng dẫn cài đặt và bộ cài cập nhật được đính kèm thư này (giải nén, chạy file hướng dẫn).

Mọi vướng mắc xin liên hệ bộ phận hỗ trợ: 024.3xxx.xxxx

Trân trọng./.
PHÒNG QUẢN LÝ HÓA ĐƠN – CỤC THUẾ TP HÀ NỘI
"""
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body lang=VI><div class=WordSection1>
%s
</div></body></html>
""" % '\n'.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l else '&nbsp;') for l in text.split('\n'))
    return dict(label='phish', lang='vi', fam='outlook', prov='vps', ipcc='RU',
                server='mail.gdt-hoadon.online', srv_tz='+0300',
                date=(2023, 6, 19, 8, 47, 15), tz='+0700',
                frm=('Cục Thuế TP Hà Nội', 'thongbao@gdt-hoadon.online'),
                to=[('', 'ketoan@vietsteel-corp.example'), ('', 'ketoan@tct-duongsat.example'),
                    ('', 'taichinh@cangsaigon.example')],
                subject='V/v cập nhật phần mềm Hóa đơn điện tử theo Nghị định 123/2020/NĐ-CP (phiên bản 2.3.1)',
                henc='Q', extra=['Thread-Index: AdmiZ' + ralnum(r, 23), 'Content-Language: vi'],
                mx='zimbra', spf='pass',
                body=MP('mixed', MP('alternative', TXT(text, 'utf-8', 'quoted-printable'),
                                    HTML(html, 'utf-8', 'quoted-printable')),
                        ATT(z, 'application/x-zip-compressed', 'HDDT_CapNhat_v2.3.1.zip'),
                        pre='This is a multipart message in MIME format.'))


def v23(r):
    apk_ip = rip(r, 'DE')
    tok = rhex(r, 24)
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:auto;border-top:5px solid #c8102e;padding:18px">
<p style="text-align:center"><img src="http://%s/img/vneid-logo.png" width="120" alt="VNeID"><br>
<b>BỘ CÔNG AN<br>TRUNG TÂM DỮ LIỆU QUỐC GIA VỀ DÂN CƯ</b></p>
<p>Kính gửi công dân,</p>
<p>Hệ thống ghi nhận tài khoản <b>định danh điện tử mức 2</b> của bạn chưa được đồng bộ sinh trắc học theo Luật Căn cước 2023. Tài khoản sẽ bị <b style="color:#c8102e">TẠM KHÓA sau 24 giờ</b>, ảnh hưởng tới việc sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và các thủ tục hành chính.</p>
<p>Vui lòng thực hiện xác thực lại ngay:</p>
<p style="text-align:center"><a href="https://vneid-xacthuc.top/dinhdanh/%s" style="background:#c8102e;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">XÁC THỰC TÀI KHOẢN</a></p>
<p>Hoặc cài đặt ứng dụng VNeID phiên bản mới nhất (2.1.8) dành cho Android: <a href="http://%s/download/VNeID_2.1.8.apk">Tải VNeID.apk</a></p>
<p style="font-size:12px;color:#666">Đây là thư tự động, vui lòng không trả lời. Tổng đài hỗ trợ: 1900 0368.</p>
</div></body></html>
""" % (apk_ip, tok, apk_ip)
    return dict(label='phish', lang='vi', fam='php', prov='vps', ipcc='DE',
                server='srv01.vneid-xacthuc.top', srv_tz='+0200',
                date=(2023, 9, 7, 15, 33, 20), tz='+0700',
                frm=('Bộ Công an – VNeID', 'thongbao@vneid-xacthuc.top'),
                to=[('', 'nguyenvanhung@ubnd-quan7.example')],
                subject='[VNeID] Tài khoản định danh điện tử mức 2 của bạn sẽ bị khóa sau 24 giờ',
                mx='postfix', body=HTML(html, 'utf-8', 'base64'))


def v24(r):
    link = 'https://vietcombank-xacthuc.top/vcb/digibank/verify?session=' + rhex(r, 32)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Arial;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0">
<tr><td style="background:#006a3a;padding:14px"><img src="https://vietcombank-xacthuc.top/assets/vcb-logo-white.png" height="36" alt="Vietcombank"></td></tr>
<tr><td style="padding:22px">
<p>Kính gửi Quý khách,</p>
<p>Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) thông báo: dịch vụ <b>VCB Digibank</b> của Quý khách đã bị <b>tạm khóa</b> do phát hiện đăng nhập từ thiết bị lạ lúc 23:41 ngày 11/12/2023.</p>
<p>Để mở khóa và bảo vệ tài khoản, Quý khách vui lòng xác thực thông tin và mã OTP trong vòng 12 giờ tại đường dẫn chính thức:</p>
<p><a href="%s">https://www.vietcombank.com.vn/digibank/xac-thuc</a></p>
<p>Nếu không xác thực, tài khoản sẽ bị khóa vĩnh viễn theo quy định về phòng chống gian lận.</p>
<p>Trân trọng,<br>Vietcombank – Trung tâm Dịch vụ khách hàng 24/7: 1900 54 54 13</p>
</td></tr>
<tr><td style="background:#f5f5f5;padding:10px;font-size:11px;color:#777">© 2023 Vietcombank. Không trả lời email này.</td></tr>
</table></body></html>
""" % link
    text = """Kính gửi Quý khách,
Dịch vụ VCB Digibank của Quý khách đã bị tạm khóa do phát hiện đăng nhập từ thiết bị lạ.
Vui lòng xác thực thông tin và mã OTP trong vòng 12 giờ:
%s
Vietcombank
""" % link
    return dict(label='phish', lang='vi', fam='raw', prov='direct', ipcc='US',
                helo='vietcombank-xacthuc.top', rdns='unknown',
                date=(2023, 12, 12, 0, 14, 9), tz='+0700', msgid='bad-space', pad=True,
                frm=('VCB Digibank', 'no-reply@vietcombank-xacthuc.top'),
                to=[('', 'hoangthimai@cangsaigon.example')],
                subject='[Vietcombank] Thông báo tạm khóa dịch vụ VCB Digibank – Yêu cầu xác thực',
                spf='none', mx='exim',
                body=MP('alternative', TXT(text, 'utf-8', 'quoted-printable'), HTML(html, 'utf-8', 'quoted-printable')))


def v25(r):
    text = """Kinh gui Quy khach,

Theo quy dinh cua Ngan hang Nha nuoc (QD 2345/QD-NHNN), tu ngay 01/07/2024 cac giao dich chuyen
tien tren 10 trieu dong phai xac thuc sinh trac hoc khuon mat.

Tai khoan BIDV SmartBanking cua Quy khach CHUA cap nhat sinh trac hoc va se bi TAM NGUNG giao dich.
Vui long cap nhat truoc 17h00 ngay 28/02/2024 tai: https://tinyurl.com/bidv-sinhtrachoc24

BIDV - Ngan hang TMCP Dau tu va Phat trien Viet Nam
Hotline: 1900 9247
"""
    return dict(label='phish', lang='vi', fam='php', prov='vps', ipcc='NL',
                server='mail.bidv-smartbank.com', srv_tz='+0100',
                date=(2024, 2, 26, 7, 58, 31), tz='+0700',
                frm=('BIDV', 'thongbao@bidv-smartbank.com'),
                to=[('', 'levanthang@vinacomin-hq.example')],
                subject='BIDV SmartBanking: Tai khoan cua Quy khach se bi tam ngung do chua cap nhat sinh trac hoc',
                mx='postfix', body=TXT(text, 'iso-8859-1', '7bit'))


def v26(r):
    ip = rip(r, 'US')
    html = """<div dir="ltr"><p><b>TECHCOMBANK – CẢNH BÁO BẢO MẬT</b></p>
<p>Quý khách thân mến,</p>
<p>Hệ thống phát hiện giao dịch bất thường trên tài khoản của Quý khách:</p>
<table cellpadding="4" style="border:1px solid #ccc;font-size:13px">
<tr><td>Thời gian:</td><td>03/04/2024 22:58</td></tr>
<tr><td>Số tiền:</td><td><b>-18.500.000 VND</b></td></tr>
<tr><td>Người nhận:</td><td>NGUYEN VAN T*** – MB Bank</td></tr>
<tr><td>Thiết bị:</td><td>Android – Hà Nội</td></tr>
</table>
<p>Nếu Quý khách <b>KHÔNG</b> thực hiện giao dịch này, vui lòng hủy giao dịch ngay tại:<br>
<a href="http://%s/tcb/huy-giao-dich/login.html">http://%s/tcb/huy-giao-dich</a></p>
<p>Hoặc gọi Tổng đài hỗ trợ khẩn cấp (riêng cho giao dịch này): <b>0 8 5 6 . 7 1 9 . 2 4 0</b></p>
<p>Techcombank</p></div>
""" % (ip, ip)
    text = ("TECHCOMBANK – CẢNH BÁO BẢO MẬT\n\nGiao dịch bất thường: -18.500.000 VND lúc 03/04/2024 22:58.\n"
            "Nếu không phải Quý khách thực hiện, hủy ngay tại http://%s/tcb/huy-giao-dich\n"
            "Tổng đài khẩn cấp: 0856.719.240\n") % ip
    return dict(label='phish', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2024, 4, 3, 23, 12, 4), tz='+0700',
                frm=('Techcombank', 'techcombank.canhbao@gmail.com'),
                to=[('', 'duongthuytrang@ubnd-quan7.example')],
                subject='Cảnh báo: Giao dịch bất thường trên tài khoản Techcombank của Quý khách',
                mx='zimbra',
                body=MP('alternative', TXT(text, 'UTF-8', 'base64'), HTML(html, 'UTF-8', 'quoted-printable')))


def v27(r):
    link = 'https://ipay.vietinbank.vn.xacnhan-giaodich.cc/nhan-tien?ref=' + rhex(r, 20, True)
    html = """<!DOCTYPE html>
<html>
  <head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>
  <body>
    <div style="font-family:Arial;font-size:14px;max-width:580px">
      <div style="background:#005993;color:#fff;padding:12px 16px;font-size:18px"><b>VietinBank iPay</b></div>
      <p>Xin chào Quý khách,</p>
      <p>Quý khách có một khoản chuyển tiền đến đang <b>chờ xác nhận</b>:</p>
      <ul>
        <li>Người chuyển: CONG TY TNHH TM DV PHU HUNG</li>
        <li>Số tiền: <b>25.000.000 VND</b></li>
        <li>Nội dung: THANH TOAN HOP DONG 0612/HD</li>
      </ul>
      <p>Do giao dịch vượt hạn mức nhận tự động, Quý khách cần đăng nhập iPay và nhập mã OTP để nhận tiền. Giao dịch sẽ được hoàn trả người chuyển sau 2 giờ nếu không xác nhận.</p>
      <p><a href="%s" style="background:#e31e24;color:#fff;padding:10px 22px;text-decoration:none">NHẬN TIỀN NGAY</a></p>
      <p style="color:#888;font-size:12px">VietinBank – Ngân hàng TMCP Công Thương Việt Nam</p>
    </div>
  </body>
</html>
""" % link
    return dict(label='phish', lang='vi', fam='thunderbird', prov='vps', ipcc='HK',
                server='mail.xacnhan-giaodich.cc', srv_tz='+0800',
                date=(2024, 6, 14, 16, 41, 38), tz='+0700',
                frm=('VietinBank iPay', 'ipay@vietinbank.vn.xacnhan-giaodich.cc'),
                to=[('', 'trinhquocviet@sokhdt-danang.example')],
                subject='VietinBank iPay: Bạn có giao dịch chuyển tiền đến 25.000.000 VND đang chờ xác nhận',
                mailer=('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0'),
                mx='postfix', body=HTML(html, 'UTF-8', 'base64'))


def v28(r):
    rcpt = 'tranthimai@sotnmt-hanam.example'
    link = 'http://mail-admin-upgrade.xyz/zimbra/upgrade.php?email=' + rcpt
    html = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div><strong>Thông báo từ Quản trị hệ thống Email</strong></div>
<div><br></div>
<div>Hộp thư <b>%s</b> của bạn đã sử dụng <span style="color:#ff0000"><b>99,7%%</b></span> dung lượng cho phép.</div>
<table style="width:320px;border:1px solid #999" cellspacing="0" cellpadding="0"><tr>
<td style="width:99%%;background:#d32f2f;height:14px"></td><td style="background:#eee"></td></tr></table>
<div>4,98 GB / 5 GB</div>
<div><br></div>
<div>Các thư mới gửi đến sẽ bị trả lại cho người gửi. Để tránh mất thư, vui lòng nâng cấp dung lượng miễn phí bằng cách đăng nhập xác nhận tài khoản dưới đây:</div>
<div><br></div>
<div><a href="%s" target="_blank">NÂNG CẤP DUNG LƯỢNG HỘP THƯ</a></div>
<div><br></div>
<div>Lưu ý: Yêu cầu sẽ hết hạn sau 24 giờ.</div>
<div><br></div>
<div>Trân trọng,<br>Bộ phận Quản trị hệ thống Email<br>Zimbra Collaboration Suite</div>
</div></body></html>
""" % (rcpt, link)
    return dict(label='phish', lang='vi', fam='zimbra', prov='webmail', ipcc='VN', client_cc='NG',
                webmail='Zimbra', server='mail.dongphat-logistics.com',
                date=(2024, 8, 1, 9, 3, 17), tz='+0700',
                frm=('Quản trị Hệ thống Email', 'admin@dongphat-logistics.com'),
                to='undisclosed', rcpt=rcpt,
                subject='Cảnh báo: Hộp thư của bạn đã đầy (99%) – Vui lòng nâng cấp dung lượng',
                extra=['Thread-Topic: =?utf-8?Q?C=E1=BA=A3nh_b=C3=A1o?=', 'Thread-Index: ' + ralnum(r, 18)],
                mx='zimbra', body=HTML(html, 'utf-8', 'quoted-printable'))


def v29(r):
    rcpt = 'phamquynh@petro-vn.example'
    user = rcpt.split('@')[0]
    page = login_page('Microsoft 365 - Đăng nhập / Sign in', 'Microsoft 365',
                      'https://ms365-secure-portal.xyz/owa/auth/%s' % rhex(r, 12), rcpt,
                      'Nhập mật khẩu hiện tại để giữ nguyên mật khẩu / Enter your current password to keep it.')
    text = """Xin chào %s,

Mật khẩu tài khoản %s sẽ hết hạn hôm nay (22/10/2024).
Your password for %s expires today.

Để tiếp tục sử dụng mật khẩu hiện tại, vui lòng mở tệp đính kèm và xác nhận.
To keep your current password, open the attached file and confirm.

Nếu không xác nhận, bạn sẽ bị đăng xuất khỏi Outlook, Teams và OneDrive.

Microsoft 365 Admin Center
IT Helpdesk
""" % (user, rcpt, rcpt)
    return dict(label='phish', lang='vi', fam='o365', prov='outlook', ipcc='US',
                date=(2024, 10, 22, 8, 0, 59), tz='+0700',
                frm=('Microsoft 365 Admin', 'it.helpdesk.m365@outlook.com'),
                to=[('', rcpt)],
                subject='Mật khẩu của bạn sẽ hết hạn hôm nay / Your password expires today – %s' % rcpt,
                extra=['Thread-Topic: Password expires today', 'Thread-Index: AQHbJF' + ralnum(r, 18),
                       'X-MS-Has-Attach: yes', 'X-MS-TNEF-Correlator:', 'Accept-Language: en-US'],
                mx='exchange',
                body=MP('mixed', TXT(text, 'utf-8', 'base64'),
                        ATT(page, 'text/html', 'M365_XacThuc_%s.html' % user)))


def v30(r):
    code = 'GHN' + ralnum(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') + 'VN'
    html = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://ghn-express-vn.com/static/ghn-logo.png" height="40" alt="GHN"></p>
<p>Chào bạn,</p>
<p>Đơn hàng <b>%s</b> giao không thành công do <b>địa chỉ nhận chưa đầy đủ</b> (thiếu số nhà/ngõ).</p>
<p>Vui lòng cập nhật lại địa chỉ và thanh toán phí giao lại <b>15.000đ</b> trong vòng 12 giờ, nếu không đơn hàng sẽ được hoàn về người gửi.</p>
<p><a href="https://t.ly/GHN-%s">Cập nhật địa chỉ giao hàng</a></p>
<p>Giao Hàng Nhanh – Hotline 1900 636 677</p>
</body></html>
""" % (code, ralnum(r, 6))
    return dict(label='phish', lang='vi', fam='php', prov='vps', ipcc='SG',
                server='mail.ghn-express-vn.com', srv_tz='+0800',
                date=(2024, 12, 27, 13, 25, 2), tz='+0700',
                frm=('GHN Express', 'cskh@ghn-express-vn.com'),
                to=[('', 'nguyenhoaian@dhqg-hn.example')],
                subject='GHN: Đơn hàng %s giao không thành công – cập nhật địa chỉ trong 12h' % code,
                mx='postfix', mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                body=HTML(html, 'utf-8', 'quoted-printable'))


def v31(r):
    when = (2025, 1, 15, 9, 30, 4)
    z = mkzip([('PhieuGuiHang_VTP2501158842.pdf.exe', PLACEHOLDER_EXE, when)])
    text = """Kinh gui Quy khach,

Viettel Post thong bao buu pham ma van don VTP2501158842 da phat khong thanh cong (lan 2)
do nguoi nhan khong lien lac duoc.

Chi tiet phieu gui va bien ban phat hang xem trong file dinh kem.
Quy khach vui long kiem tra va xac nhan lai thong tin trong 48h, qua thoi han buu pham se bi chuyen hoan.

Tran trong,
Tong Cong ty CP Buu chinh Viettel
Tong dai CSKH: 1900 8095
"""
    return dict(label='phish', lang='vi', fam='raw', prov='hacked', ipcc='VN', client_cc='RU',
                server='cpanel12.hostvn-cloud.com', srv_tz='+0700',
                date=(2025, 1, 15, 10, 48, 26), tz='+0700',
                frm=('Viettel Post', 'cskh@viettelpost-vn.net'),
                envfrom='info@thanhdatplastic.com',
                to=[('', 'kho@vietsteel-corp.example')],
                subject='Viettel Post - Thong bao phat hang khong thanh cong - Ma van don VTP2501158842',
                msgid='python', midhost='thanhdatplastic.com', mx='postfix', spf='softfail',
                body=MP('mixed', TXT(text, 'us-ascii', '7bit'),
                        ATT(z, 'application/zip', 'PhieuGui_VTP2501158842.zip')))


def v32(r):
    kh = 'PD01000' + rdig(r, 5)
    link = 'https://evn-thanhtoan.online/hanoi/tra-cuu?ma=%s&k=%s' % (kh, rhex(r, 10))
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="12" style="border:1px solid #ddd">
<tr><td style="background:#0d47a1;color:#fff"><b>EVNHANOI</b> – TỔNG CÔNG TY ĐIỆN LỰC TP HÀ NỘI</td></tr>
<tr><td>
<p>Kính gửi Quý khách hàng,</p>
<p>EVNHANOI thông báo tiền điện kỳ 2 tháng 02/2025 của Quý khách đã <b>quá hạn thanh toán</b>:</p>
<table width="100%%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td>Mã khách hàng</td><td><b>%s</b></td></tr>
<tr><td>Kỳ hóa đơn</td><td>Kỳ 2 – 02/2025</td></tr>
<tr><td>Điện năng tiêu thụ</td><td>1.284 kWh</td></tr>
<tr><td>Số tiền</td><td><b style="color:#c62828">3.976.420 đ</b></td></tr>
<tr><td>Hạn thanh toán</td><td>28/02/2025</td></tr>
</table>
<p>Theo quy định, đơn vị sẽ <b>tạm ngừng cấp điện sau 24 giờ</b> kể từ khi gửi thông báo này nếu chưa thanh toán. Quý khách vui lòng thanh toán trực tuyến ngay để tránh gián đoạn:</p>
<p style="text-align:center"><a href="%s" style="background:#f9a825;color:#000;padding:12px 30px;text-decoration:none"><b>THANH TOÁN NGAY</b></a></p>
<p>Nếu đã thanh toán, vui lòng bỏ qua thông báo này.</p>
<p>Trung tâm CSKH EVNHANOI: 19001288</p>
</td></tr></table></body></html>
""" % (kh, link)
    return dict(label='phish', lang='vi', fam='php', prov='vps', ipcc='US',
                server='mail.evn-thanhtoan.online', srv_tz='-0500',
                date=(2025, 3, 5, 7, 0, 12), tz='+0700',
                frm=('EVNHANOI – Điện lực Hà Nội', 'cskh@evn-thanhtoan.online'),
                to=[('', 'hanhchinh@dhqg-hn.example')],
                subject='Thông báo tiền điện quá hạn kỳ 2 tháng 02/2025 – Mã KH %s – Sẽ tạm ngừng cấp điện' % kh,
                mailer=None, mx='postfix', mx2=True, body=HTML(html, 'utf-8', 'base64'))


def v33(r):
    link = 'https://vssid-baohiemxahoi.com/tra-cuu/%s' % rhex(r, 16)
    text = """BẢO HIỂM XÃ HỘI VIỆT NAM
THÔNG BÁO

Thực hiện Luật Bảo hiểm xã hội (sửa đổi) năm 2024, BHXH Việt Nam đang tiến hành đối chiếu quá trình
đóng BHXH và cập nhật thông tin người tham gia trên ứng dụng VssID.

Hồ sơ của Ông/Bà có sai lệch thông tin (số CCCD/mã số BHXH). Để bảo đảm quyền lợi hưởng trợ cấp
và tránh bị tạm dừng thẻ BHYT, Ông/Bà vui lòng cập nhật thông tin trước ngày 20/05/2025 tại:
%s

Người lao động đủ điều kiện sẽ được nhận khoản hỗ trợ một lần theo chính sách mới.

Mọi thắc mắc liên hệ Tổng đài 1900 9068.
Bảo hiểm xã hội Việt Nam
""" % link
    html = gm_html(text).replace(esc(link), '<a href="%s">https://vssid.baohiemxahoi.gov.vn/cap-nhat</a>' % link)
    return dict(label='phish', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2025, 5, 13, 14, 20, 44), tz='+0700',
                frm=('Bảo hiểm xã hội Việt Nam', 'bhxh.vssid.hotro@gmail.com'),
                to=[('', 'nguyenthikimoanh@tct-duongsat.example'), ('', 'phongtchc@tct-duongsat.example')],
                subject='BHXH thông báo: Cập nhật thông tin VssID để đối chiếu quá trình đóng và nhận hỗ trợ',
                mx='exchange',
                body=MP('alternative', TXT(text, 'UTF-8', 'quoted-printable'), HTML(html, 'UTF-8', 'quoted-printable')))


def v34(r):
    when = (2025, 7, 1, 17, 44, 0)
    doc = fake_docx('GIAY TRIEU TAP - placeholder (enable editing lure, no macro)', when)
    text = """TÒA ÁN NHÂN DÂN THÀNH PHỐ HÀ NỘI

GIẤY TRIỆU TẬP ĐƯƠNG SỰ (lần 2)

Tòa án nhân dân TP. Hà Nội triệu tập Ông/Bà có tên trong văn bản đính kèm đến trụ sở Tòa án
để tham gia phiên hòa giải, đối chất trong vụ án dân sự số 127/2025/DS-ST về việc
"Tranh chấp hợp đồng vay tài sản".

Thời gian: 08 giờ 30 phút, ngày 08/07/2025.

Đề nghị Ông/Bà mở văn bản đính kèm để xem nội dung chi tiết (nhấn "Enable Editing" nếu văn bản
hiển thị ở chế độ bảo vệ). Trường hợp vắng mặt không có lý do chính đáng, Tòa án sẽ giải quyết
vắng mặt và Ông/Bà phải chịu trách nhiệm theo quy định của pháp luật.

Thư ký Tòa án
"""
    return dict(label='phish', lang='vi', fam='o365', prov='outlook', ipcc='VN',
                date=(2025, 7, 2, 9, 10, 0), tz='+0700',
                frm=('Tòa án nhân dân TP. Hà Nội', 'toaan.nhandan.hanoi@outlook.com'),
                to=[('', 'vuthanhson@sotc-nghean.example')],
                subject='Giấy triệu tập đương sự – Vụ án số 127/2025/DS-ST (lần 2)',
                extra=['Thread-Topic: =?utf-8?B?' + base64.b64encode('Giấy triệu tập đương sự'.encode()).decode() + '?=',
                       'Thread-Index: AQHb6z' + ralnum(r, 18), 'X-MS-Has-Attach: yes', 'Content-Language: vi-VN'],
                mx='postfix', spf='pass',
                body=MP('mixed', TXT(text, 'utf-8', 'quoted-printable'),
                        ATT(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                            'GiayTrieuTap_127-2025-DS-ST.docx')))


def v35(r):
    bs = '%dA-%03d.%02d' % (r.choice([29, 30, 51, 43]), r.randint(100, 999), r.randint(10, 99))
    text = """CỤC CẢNH SÁT GIAO THÔNG – BỘ CÔNG AN
THÔNG BÁO VI PHẠM GIAO THÔNG QUA HÌNH ẢNH (PHẠT NGUỘI)

Phương tiện mang biển kiểm soát: %s
Thời gian vi phạm: 14:26, 02/08/2025
Địa điểm: Km 12+400 Đại lộ Thăng Long
Hành vi: Chạy quá tốc độ quy định từ 10 km/h đến 20 km/h
Mức phạt: 4.000.000 – 6.000.000 đồng, trừ 02 điểm GPLX

Chủ phương tiện vui lòng tra cứu hình ảnh vi phạm và nộp phạt trực tuyến trong vòng 05 ngày
để tránh bị tạm giữ phương tiện khi đăng kiểm:
https://csgt-phatnguoi.com/tracuu?bks=%s

Cục CSGT
""" % (bs, bs.replace('.', '').replace('-', ''))
    to = [('', a) for a in ['doixe@tct-duongsat.example', 'vanphong@ubnd-quan7.example',
                            'hanhchinh@petro-vn.example', 'quantri@vnpt-hq.example',
                            'doixe@vinacomin-hq.example', 'hcth@sotnmt-hanam.example']]
    return dict(label='phish', lang='vi', fam='php', prov='vps', ipcc='SG',
                server='mail.csgt-phatnguoi.com', srv_tz='+0800',
                date=(2025, 8, 19, 8, 33, 52), tz='+0700',
                frm=('Cục CSGT – Bộ Công an', 'thongbao@csgt-phatnguoi.com'), to=to,
                subject='Cục CSGT thông báo: Phương tiện của bạn có vi phạm giao thông chưa xử lý (phạt nguội)',
                mx='postfix', body=TXT(text, 'utf-8', 'base64'))


def v36(r):
    when = (2025, 10, 6, 14, 2, 30)
    inner = 'CV 2187-UBND-VP.pdf' + ' ' * 40 + '.exe'
    z = mkzip([(inner, PLACEHOLDER_EXE, when)])
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body><div class=WordSection1>
<p class=MsoNormal>Kính gửi: Các Sở, ban, ngành; UBND các huyện, thị xã, thành phố.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Văn phòng UBND tỉnh gửi Công văn số 2187/UBND-VP ngày 06/10/2025 về việc triển khai kiểm tra công tác cải cách hành chính năm 2025 (file đính kèm).<o:p></o:p></p>
<p class=MsoNormal>Đề nghị các đơn vị nghiên cứu, báo cáo trước ngày 15/10/2025.<o:p></o:p></p>
<p class=MsoNormal>Mật khẩu giải nén: <b>2187</b><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Trân trọng./.<o:p></o:p></p>
<p class=MsoNormal>Bộ phận Văn thư – Văn phòng UBND tỉnh<o:p></o:p></p>
</div></body></html>
"""
    return dict(label='phish', lang='vi', fam='outlook', prov='hacked', ipcc='VN', client_cc='CN',
                server='host28.gov-vn.org', srv_tz='+0700',
                date=(2025, 10, 6, 15, 48, 7), tz='+0700',
                frm=('Văn phòng UBND tỉnh', 'vanthu@ubnd-tinh.gov-vn.org'),
                to=[('', 'vanthu@sotnmt-hanam.example'), ('', 'vanthu@sotc-nghean.example'),
                    ('', 'vanthu@sokhdt-danang.example'), ('', 'vanthu@ubnd-quan7.example')],
                subject='V/v triển khai kiểm tra công tác cải cách hành chính năm 2025 (Công văn số 2187/UBND-VP)',
                henc='Q', mailer=('X-Mailer', 'Microsoft Outlook 15.0'),
                extra=['Thread-Index: AdwWa' + ralnum(r, 23), 'Content-Language: vi'],
                mx='zimbra',
                body=MP('mixed', HTML(html, 'utf-8', 'base64'),
                        ATT(z, 'application/octet-stream', 'CV_2187_UBND-VP.zip')))


def v37(r):
    text = """Dear Anh Minh / Chị Lan,

Cảm ơn Quý công ty đã xác nhận đơn hàng PO-2025-0871 (thép cuộn cán nóng SS400, 120 tấn).

Do công ty chúng tôi đang trong quá trình kiểm toán, tài khoản Vietcombank cũ tạm thời KHÔNG nhận
được tiền. Kính đề nghị Quý công ty chuyển khoản đợt 2 (1.486.000.000 VND) vào tài khoản mới sau:

  Tên TK: CONG TY TNHH THEP HOANG PHAT
  Số TK: 1903 6284 7150 11
  Ngân hàng: Techcombank – CN Hải Phòng

Please update our new bank account in your system. Vui lòng gửi ủy nhiệm chi qua email này sau khi
chuyển để bên em xuất hóa đơn và giao hàng ngay trong tuần.

Trân trọng / Best regards,
Nguyễn Thị Thu Hằng
Kế toán công nợ – Công ty TNHH Thép Hoàng Phát
Tel: 0225 3xxx xxx

-----Original Message-----
From: Phòng Vật tư <phongvattu@vietsteel-corp.example>
Sent: Monday, December 8, 2025 4:12 PM
Subject: Thanh toán đơn hàng PO-2025-0871

Chị Hằng ơi, bên em đã duyệt đợt 2, chị gửi lại thông tin tài khoản giúp em nhé.
"""
    return dict(label='phish', lang='vi', fam='outlook', prov='vps', ipcc='NG',
                server='mail.hoangphatsteel.co', srv_tz='+0100',
                date=(2025, 12, 9, 10, 2, 25), tz='+0700',
                frm=('Nguyễn Thị Thu Hằng – Kế toán Hoàng Phát', 'thuhang.ketoan@hoangphatsteel.co'),
                reply=('Nguyễn Thị Thu Hằng', 'thuhang.hoangphat.kt@gmail.com'),
                to=[('Phòng Vật tư', 'phongvattu@vietsteel-corp.example')],
                cc=[('', 'ketoan@vietsteel-corp.example')],
                subject='RE: Thanh toán đơn hàng PO-2025-0871 / Update bank account information',
                extra=['In-Reply-To: <000001dc68a1$4be2c3a0$e3a84ae0$@vietsteel-corp.example>',
                       'Thread-Index: AQHcaKE' + ralnum(r, 20), 'Content-Language: en-US'],
                mx='exchange', body=TXT(text, 'utf-8', 'quoted-printable'))


def v38(r):
    rcpt = 'pham.quoc.bao@dhqg-hn.example'
    wallet = 'bc1q' + ralnum(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
    text = """Chào bạn,

Tôi là một hacker chuyên nghiệp và tôi đã truy cập được vào thiết bị của bạn cách đây vài tháng.
Như bạn thấy, tôi đã gửi email này từ chính hộp thư của bạn (%s).

Tôi đã cài phần mềm độc hại vào trình duyệt, có quyền điều khiển camera và micro của bạn. Tôi đã
ghi lại video khi bạn xem các trang web "người lớn", cùng với toàn bộ danh bạ, email, Zalo và
Facebook của bạn.

Nếu bạn muốn tôi xóa toàn bộ dữ liệu, hãy chuyển 1.500 USD bằng Bitcoin (BTC) vào ví sau:

%s

Bạn có 48 giờ kể từ khi mở email này. Tôi sẽ biết khi bạn đọc thư. Nếu không nhận được tiền,
video sẽ được gửi tới tất cả đồng nghiệp, người thân và đăng lên mạng xã hội.

Đừng trả lời email này, đừng báo công an – việc đó vô ích. Đổi mật khẩu cũng không giúp được gì.
""" % (rcpt, wallet)
    return dict(label='phish', lang='vi', fam='raw', prov='direct', ipcc='BR',
                date=(2026, 1, 20, 4, 44, 18), tz='-0300', msgid='none',
                frm=('', rcpt), envfrom='%s@%s' % (ralnum(r, 8, 'abcdefghijklmnopqrstuvwxyz'), 'mail-br%d.com' % r.randint(10, 99)),
                to=[('', rcpt)],
                subject='Tài khoản của bạn đã bị xâm nhập. Hãy đọc ngay!',
                spf='softfail', mx='postfix', body=TXT(text, 'utf-8', 'base64'))


def v39(r):
    code = 'TA-2026-%05d' % r.randint(100, 9999)
    html = """<div dir="ltr">
<p style="text-align:center"><img src="cid:tb01" width="300" height="75" alt="TRI ÂN KHÁCH HÀNG 2026"></p>
<p><b>CHÚC MỪNG QUÝ KHÁCH ĐÃ TRÚNG THƯỞNG!</b></p>
<p>Trong chương trình "Tri ân khách hàng – Đón Xuân Bính Ngọ 2026", địa chỉ email của Quý khách đã được hệ thống quay số ngẫu nhiên lựa chọn trúng <b>GIẢI NHẤT: 01 xe máy Honda SH 160i</b> (trị giá 102.000.000đ).</p>
<p>Mã trúng thưởng: <b>%s</b></p>
<p>Để nhận giải, Quý khách vui lòng hoàn tất <b>phí trước bạ và thuế thu nhập không thường xuyên (10%%)</b> là <b>10.200.000đ</b> vào tài khoản của Ban tổ chức:</p>
<p>STK: 0591 0003 88214 – Ngân hàng Sacombank<br>Chủ TK: TRAN VAN KHOA (đại diện BTC)</p>
<p>Sau khi chuyển khoản, gửi ảnh CCCD 2 mặt và biên lai qua Zalo <b>0355 918 406</b> để được giao xe tận nhà trong 3 ngày.</p>
<p>Thời hạn nhận giải: 72 giờ. Quá thời hạn, giải thưởng sẽ được chuyển cho khách hàng dự phòng.</p>
<p>Ban tổ chức chương trình</p>
</div>
""" % code
    text = ("CHÚC MỪNG QUÝ KHÁCH ĐÃ TRÚNG THƯỞNG xe Honda SH 160i. Mã: %s\n"
            "Hoàn tất phí trước bạ và thuế 10%% (10.200.000đ) vào STK 0591 0003 88214 Sacombank.\n"
            "Liên hệ Zalo 0355 918 406.\n") % code
    return dict(label='phish', lang='vi', fam='gmail', prov='gmail', ipcc='KH',
                date=(2026, 2, 9, 10, 37, 2), tz='+0700',
                frm=('Chương trình Tri ân Khách hàng 2026', 'trian.khachhang2026@gmail.com'),
                to='undisclosed', rcpt='lamthithuy@vinacomin-hq.example',
                subject='Chúc mừng Quý khách trúng thưởng xe Honda SH 160i – Mã trúng thưởng %s' % code,
                mx='postfix',
                body=MP('related', MP('alternative', TXT(text, 'UTF-8', 'base64'), HTML(html, 'UTF-8', 'base64')),
                        ATT(banner_png(r, 300, 75), 'image/png', 'image.png', cid='tb01', disp='inline')))


def v40(r):
    text = """Em đang ở cơ quan không? Anh đang họp với đoàn thanh tra, không nghe điện thoại được.
Em chuẩn bị chuyển gấp giúp anh 385.000.000đ tạm ứng cho đối tác theo thông tin anh gửi sau nhé,
việc này cần làm trước 15h hôm nay. Tạm thời chưa báo ai, anh về sẽ ký bổ sung chứng từ.
Trả lời email này khi em sẵn sàng.

Thành
Sent from my iPhone
"""
    return dict(label='phish', lang='vi', fam='gmail', prov='gmail', ipcc='VN',
                date=(2026, 3, 17, 14, 5, 40), tz='+0700',
                frm=('Nguyễn Văn Thành', 'nguyenvanthanh.gd.office@gmail.com'),
                to=[('', 'ketoantruong@vinacomin-hq.example')],
                subject='Gấp', mx='exchange', body=TXT(text, 'UTF-8', 'quoted-printable'))


# ================================================================ Chinese spam
def c01(r):
    text = """您好！

本公司常年代开全国各地正规增值税专用发票、普通发票（含电子发票），
可网上查询验证，真票真税，先验票后付款，绝不让您承担任何风险。

代开范围：运输、建筑、材料、办公用品、餐饮、住宿、广告、会议费、咨询服务费、劳务费等。
税点优惠：普票1.5%起，专票按行业6%-8%，量大从优。

联系人：王经理
手  机：138 2657 4419（微信同号）
Q   Q：2851376640

诚信合作，长期有效。打扰之处敬请谅解！
"""
    return dict(label='spam', lang='zh', fam='coremail', prov='163', ipcc='CN',
                date=(2023, 1, 9, 9, 30, 27), tz='+0800',
                frm=('王经理', 'fapiao_dk88@163.com'),
                to=[('', 'caiwu@cityplanning-sz.example'), ('', 'cw@guangdong-energy.example'),
                    ('', 'caiwubu@sh-metro-group.example')],
                subject='代开各类正规增值税发票（专票/普票）可验证后付款',
                hcs='gb2312', hlabel='GB2312', mx='coremail',
                extra=['X-Priority: 3', 'X-Originating-IP: [%s]' % rip(r, 'CN'), 'X-CM-CTRLDATA: ' + ralnum(r, 28)],
                body=TXT(text, 'gb2312', 'base64', label='GB2312'))


def c02(r):
    ip = rip(r, 'HK')
    img = 'http://%s/edm/' % ip
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>澳門新濠天地</title></head>
<body bgcolor="#1a0000" style="margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Microsoft JhengHei',PMingLiU,Arial;color:#ffd700">
<tr><td><a href="http://%s/reg?c=%s"><img src="%stop.jpg" width="600" height="220" alt="澳門新濠天地 線上娛樂城" border="0"></a></td></tr>
<tr><td style="padding:18px;background:#2b0000">
<p style="font-size:24px;text-align:center"><b>首存即送 100%%　最高 8,888 元</b></p>
<p style="color:#fff;font-size:15px;line-height:26px">
★ 真人百家樂、龍虎、骰寶、輪盤 —— 澳門現場直播，荷官美女發牌<br>
★ 體育投注、電子老虎機、捕魚、彩票 應有盡有<br>
★ 每日返水 1.2%%，無上限，秒到帳<br>
★ 支援 USDT／銀行卡／支付寶 存提款，5分鐘到帳<br>
★ 國際博彩執照，資金安全有保障</p>
<p style="text-align:center"><a href="http://%s/reg?c=%s" style="background:#ffd700;color:#800000;padding:12px 40px;text-decoration:none;font-size:18px"><b>立即註冊領取彩金</b></a></p>
<p style="color:#ccc;font-size:13px;text-align:center">官方網址（防封鎖）：<a href="https://suo.im/%s" style="color:#ffd700">suo.im/%s</a><br>
24小時客服 Telegram：@xhtd_kefu　LINE：xhtd888</p>
</td></tr></table></body></html>
""" % (ip, rhex(r, 6), img, ip, rhex(r, 6), ralnum(r, 6), ralnum(r, 6))
    return dict(label='spam', lang='zh', fam='php', prov='vps', ipcc='HK',
                server='mail.macau-vip9988.com', srv_tz='+0800',
                date=(2023, 4, 16, 22, 8, 44), tz='+0800',
                frm=('澳門新濠天地 VIP會員中心', 'vip@macau-vip9988.com'),
                to=[('', 'chen.zhiqiang@wh-port-group.example')],
                subject='澳門線上娛樂城 首存即送100% 每日返水1.2% 真人百家樂',
                mx='coremail', mx2=True, body=HTML(html, 'utf-8', 'base64'))


def c03(r):
    text = """老板您好：

我们是正规金融服务机构，专业办理：
  ●  无抵押信用贷款：5万-50万，凭身份证+社保/公积金即可申请
  ●  企业经营贷：100万-1000万，纳税满一年、开票即可
  ●  房产抵押贷：按揭房二次抵押，评估价8成
  ●  月息低至0.3%，当天审批，最快2小时放款
  ●  不看征信，黑户、网贷多也可以办理

无前期费用，放款前不收取任何费用！
咨询热线：137 1854 9026（同微信）  张经理
"""
    return dict(label='spam', lang='zh', fam='foxmail', prov='qq', ipcc='CN',
                date=(2023, 7, 4, 10, 11, 9), tz='+0800',
                frm=('正规信贷', '2873654120@qq.com'),
                to=[('', 'zhangwei@js-water-group.example')],
                subject='无抵押信用贷款 5-50万 当天放款 月息低至0.3%',
                hcs='gbk', hlabel='GBK', midhost='qq.com',
                extra=['X-Priority: 3', 'X-GUID: %s-%s-%s-%s-%s' % (rhex(r, 8, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 12, True)),
                       'X-Has-Attach: no'],
                mx='postfix', body=TXT(text, 'gbk', '8bit', label='GBK'))


def c04(r):
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><style>body { line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>
<div><span></span>尊敬的网站负责人：</div>
<div>您好！</div>
<div>我们在百度搜索贵单位相关关键词时发现，贵单位网站排名在第5页以后，且存在<b>网站打开慢、移动端不适配、未做百度收录</b>等问题，严重影响单位形象和信息公开效果。</div>
<div><br></div>
<div>我司专注网站优化（SEO）12年，服务政府单位、国企、上市公司3000余家：</div>
<div>1、关键词<font color="#ff0000"><b>7天上百度首页</b></font>，不上首页不收费；</div>
<div>2、百度、360、搜狗、必应全网覆盖，按天计费，每天低至15元；</div>
<div>3、网站改版、等保测评、ICP备案、政府网站绩效考核整改一条龙服务；</div>
<div>4、赠送百度爱采购、百度百科创建。</div>
<div><br></div>
<div>免费获取网站诊断报告：<a href="http://www.bdpaiming-youhua.cn/zhenduan/?from=edm">www.bdpaiming-youhua.cn</a></div>
<div>联系人：李经理　电话/微信：159 1736 8420</div>
<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">
<div><span>百度排名优化中心</span></div>
</body></html>
"""
    text = """尊敬的网站负责人：
您好！贵单位网站百度排名在第5页以后，存在打开慢、移动端不适配等问题。
我司专注SEO 12年：关键词7天上百度首页，不上首页不收费，每天低至15元。
免费诊断：www.bdpaiming-youhua.cn
联系人：李经理 159 1736 8420
"""
    return dict(label='spam', lang='zh', fam='foxmail', prov='aliyun', ipcc='CN',
                date=(2023, 10, 30, 14, 2, 51), tz='+0800',
                frm=('网站优化-李经理', 'seo@bdpaiming-youhua.cn'),
                to=[('', 'webmaster@cityplanning-sz.example')],
                subject='贵单位网站百度排名靠后？7天上首页，不上首页不收费',
                extra=['X-Priority: 3', 'X-Has-Attach: no'],
                mx='coremail', body=MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(html, 'utf-8', 'base64')))


def c05(r):
    t = lambda: tk(r, 'https://edm-qunfa.cn/t/c?i=', 18)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef2f7">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#333">
<tr><td style="background:#2962ff;color:#fff;padding:20px;font-size:22px">EDM邮件营销平台 · 一站式群发解决方案</td></tr>
<tr><td style="padding:20px">
<p>尊敬的客户，您好：</p>
<p>还在为获客成本高、推广没效果发愁？我们提供<b>邮件群发 + 短信群发 + 5G消息</b>一站式营销服务：</p>
<table width="100%%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dde3ee">
<tr style="background:#f0f4ff"><th>产品</th><th>亮点</th><th>价格</th></tr>
<tr><td>邮件群发</td><td>独立IP、智能换域名，送达率98%%以上</td><td>0.01元/封起</td></tr>
<tr><td>短信群发</td><td>三网合一，106签名通道，3秒到达</td><td>0.035元/条起</td></tr>
<tr><td>精准数据</td><td>按行业/地区筛选企业邮箱、手机号</td><td>免费赠送</td></tr>
</table>
<p>新用户注册即送 <b style="color:#e53935">5000封邮件 + 500条短信</b> 免费测试额度！</p>
<p style="text-align:center"><a href="%s" style="display:inline-block;background:#e53935;color:#fff;padding:12px 36px;text-decoration:none;border-radius:4px">立即免费试用</a></p>
<p>客服QQ：800 0xx xxx　热线：400-8xx-xxxx　微信：edmqunfa2024</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:12px;color:#999">如您不希望再收到此类邮件，请<a href="%s" style="color:#999">点击退订</a>。<img src="%s" width="1" height="1"></td></tr>
</table></body></html>
""" % (t(), t(), tk(r, 'https://edm-qunfa.cn/t/o?i=', 18))
    text = """EDM邮件营销平台 · 一站式群发解决方案
邮件群发 0.01元/封起，送达率98%以上；短信群发 0.035元/条起，三网合一。
新用户注册即送5000封邮件+500条短信。
立即试用：https://edm-qunfa.cn/reg
退订：回复TD
"""
    uid = rdig(r, 8)
    return dict(label='spam', lang='zh', fam='bulk', prov='bulk', ipcc='CN',
                server='mta8.edm-qunfa.cn', srv_tz='+0800',
                date=(2024, 1, 22, 10, 0, 0), tz='+0800',
                frm=('EDM邮件营销平台', 'service@edm-qunfa.cn'),
                envfrom='bounce+%s@edm-qunfa.cn' % uid,
                to=[('', 'marketing@sh-metro-group.example')],
                subject='邮件群发/短信群发 一站式营销平台：高送达率，1分钱1条起',
                unsub='<https://edm-qunfa.cn/unsub?u=%s>, <mailto:td@edm-qunfa.cn>' % uid,
                extra=['X-Sender-ID: %s' % uid, 'Precedence: bulk'],
                mx='exmail', body=MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(html, 'utf-8', 'base64')))


def c06(r):
    text = """男 人 的 加 油 站

还在为“力 不 从 心”烦恼吗？
纯 中 药 调 理，祖 传 秘 方，30分钟见效，持久不伤身。
已帮助 10 万＋ 男性重拾自信，老婆都夸好！

★ 无副作用，不依赖
★ 隐私发货，快递单不显示产品名称
★ 货到付款，先验货后付款

免费咨询：加ＶＸ：ｊｋ８８６６９
（复制微信号添加，备注“邮件”送试用装）
"""
    return dict(label='spam', lang='zh', fam='raw', prov='direct', ipcc='CN',
                date=(2024, 3, 8, 1, 45, 30), tz='+0800',
                frm=('健康顾问', 'kk6612@126.com'), envfrom='kk6612@126.com',
                to=[('', 'wangjun@sc-hydro.example'), ('', 'lixin@sc-hydro.example'),
                    ('', 'zhouhao@sc-hydro.example')],
                subject='男 人 的 加 油 站 —— 纯 中 药 调 理 ，30分钟见效',
                msgid='bad-nodomain', spf='fail', mx='postfix',
                body=TXT(text, 'utf-8', 'quoted-printable'))


def c07(r):
    t = lambda: tk(r, 'http://www.hzlinsheng-fc.com/m/?s=edm&id=', 8)
    text = """【临深湾·地铁口精装现房】
距深圳坪山15分钟，地铁14号线延长线规划站点旁。
首付5万起，月供2千，深圳户籍无需社保即可购买。
在售：78-128平 三房四房，均价9800元/平起。
周末免费看房专车：深圳各区上门接送，包午餐。
置业顾问：刘小姐 186 2843 5107（微信同号）
"""
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><img width=600 height=150 src="cid:image001.png@01DAA3B2.5C8E4F10" alt="临深湾"><o:p></o:p></p>
<p class=MsoNormal><b><span style='font-size:16.0pt;color:#C00000'>【临深湾·地铁口精装现房】首付5万起 月供2千</span></b><o:p></o:p></p>
<p class=MsoNormal>距深圳坪山15分钟，地铁14号线延长线规划站点旁，深圳户籍无需社保即可购买。<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>
<tr><td><b>户型</b></td><td><b>面积</b></td><td><b>总价</b></td><td><b>首付</b></td></tr>
<tr><td>三房两厅</td><td>78㎡</td><td>76万起</td><td>5万（分期）</td></tr>
<tr><td>四房两厅</td><td>98㎡</td><td>96万起</td><td>10万</td></tr>
<tr><td>大平层</td><td>128㎡</td><td>138万起</td><td>20万</td></tr>
</table>
<p class=MsoNormal>周末免费看房专车，深圳各区上门接送，包午餐。<a href="%s">点击预约看房</a><o:p></o:p></p>
<p class=MsoNormal>置业顾问：刘小姐 186 2843 5107（微信同号）<o:p></o:p></p>
</div></body></html>
""" % t()
    to = [('', a) for a in ['liming@cityplanning-sz.example', 'huangli@cityplanning-sz.example',
                            'zhaoqiang@guangdong-energy.example', 'sunyue@guangdong-energy.example',
                            'hexiaodong@guangdong-energy.example']]
    return dict(label='spam', lang='zh', fam='outlook', prov='vps', ipcc='CN',
                server='mail.hzlinsheng-fc.com', srv_tz='+0800',
                date=(2024, 5, 11, 9, 40, 6), tz='+0800',
                frm=('惠州·临深湾 置业顾问', 'vip@hzlinsheng-fc.com'), to=to,
                subject='【临深地铁口】精装现房 首付5万起 深圳户籍无需社保 月供2千',
                henc='B', mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
                extra=['Thread-Index: AdqjsV' + ralnum(r, 22), 'Content-Language: zh-cn'],
                mx='coremail',
                body=MP('related', MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(html, 'utf-8', 'quoted-printable')),
                        ATT(banner_png(r, 300, 75), 'image/png', 'image001.png', cid='image001.png@01DAA3B2.5C8E4F10',
                            disp='inline'), ctparams='type="multipart/alternative"'))


def c08(r):
    text = """各企事业单位财务负责人：

随着“金税四期”全面上线，税务机关实现了“以数治税”，企业的每一笔收支、发票、社保、个税、
银行流水都在监管之下。公转私、私户收款、虚开发票、买票抵税等行为风险急剧上升。
为帮助企业规避税务风险，我中心特举办本期公开课。

【课程名称】金税四期下企业财税风险防范与税务稽查应对实务
【开课安排】2024年7月12-13日 北京｜7月19-20日 上海｜7月26-27日 深圳
【授课对象】企业老板、财务总监、财务经理、会计主管
【课程大纲】
  一、金税四期的监管逻辑与大数据预警指标
  二、发票管理：虚开、代开的法律风险与典型案例
  三、个税与社保：高管薪酬、股东分红的合规筹划
  四、税务稽查：约谈、自查、稽查的应对技巧
  五、合法节税：税收优惠政策与架构设计
【参课费用】3800元/人（含资料费、午餐、茶歇），同一单位3人以上9折
【报名方式】填写附件《报名回执表》发送至本邮箱，或电话报名

联系人：刘老师　电话：010-5xxx xxxx　手机：135 2207 8613（微信同号）

（如已报名或不需要此类信息，请回复“退订”，我们将不再打扰）
"""
    doc = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 + b'placeholder: registration form (no content)\r\n'
    return dict(label='spam', lang='zh', fam='coremail', prov='sina', ipcc='CN',
                date=(2024, 6, 24, 8, 53, 45), tz='+0800',
                frm=('刘老师', 'caishui_peixun@sina.com'),
                to=[('', 'cfo@guangdong-energy.example')],
                cc=[('', 'caiwu@nb-shipping.example'), ('', 'finance@cq-transport.example')],
                subject='金税四期下企业财税风险防范与税务稽查应对实务（北京/上海/深圳 开课）',
                hcs='gb2312', hlabel='GB2312', mailer=('X-Mailer', 'SinaMail 3.0'), msgid='php',
                midhost='sina.com', mx='postfix',
                body=MP('mixed', TXT(text, 'gb2312', 'base64', label='GB2312'),
                        ATT(doc, 'application/msword', '报名回执表.doc', fn='2047', fcs='gb2312', flabel='GB2312')))


def c09(r):
    html = """<div><font size="4" color="#ff0000"><b>【急招】手机兼职 日结200-500元</b></font></div>
<div><br></div>
<div>工作内容：在家用手机给商家点赞、关注、写好评，简单易上手，有专人一对一带教。</div>
<div>工作时间：每天1-2小时，时间自由，不影响本职工作。</div>
<div>薪资待遇：按单结算，一单5-20元，<b>当天做当天结</b>，多劳多得。</div>
<div>招聘要求：18-45岁，会用微信即可，宝妈、学生、上班族优先。</div>
<div><br></div>
<div>不收任何费用！不需要押金！</div>
<div>报名请加QQ：<b>3398475120</b>　或微信：<b>jianzhi_rj66</b></div>
<div><br></div>
<div><sup>此邮件为系统群发，请勿直接回复</sup></div>
"""
    return dict(label='spam', lang='zh', fam='qq', prov='qq', ipcc='CN',
                date=(2024, 8, 19, 20, 18, 2), tz='+0800',
                frm=('招聘专员', '3398475120@qq.com'),
                to='undisclosed', rcpt='xiaoli@bj-edu-commission.example',
                subject='【急招】手机兼职 日结200-500元 时间自由 宝妈学生优先',
                hcs='gb18030', extra=['X-QQ-mid: xmsmtpt' + rdig(r, 10) + 't' + ralnum(r, 30)],
                mx='postfix', body=HTML(html, 'gb18030', 'base64'))


def c10(r):
    t = lambda: tk(r, 'https://topwatch-replica.hk.com/p/', 8)
    img = 'https://img.topwatch-replica.hk.com/2024/'
    items = [('勞力士 潛航者 116610LN', 'HK$ 2,680', 'sub.jpg'), ('百達翡麗 鸚鵡螺 5711', 'HK$ 3,980', 'pp5711.jpg'),
             ('卡地亞 山度士 WSSA0018', 'HK$ 1,880', 'santos.jpg'), ('愛馬仕 Birkin 30 原廠皮', 'HK$ 4,500', 'birkin.jpg')]
    rows = ''.join('<tr><td><a href="%s"><img src="%s%s" width="160"></a></td><td style="padding-left:12px"><b>%s</b><br>頂級復刻 1:1 原版開模<br><span style="color:#c00">%s</span></td></tr>' % (t(), img, p, n, pr) for n, pr, p in items)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Microsoft JhengHei',Arial;font-size:14px">
<p style="font-size:20px"><b>頂級復刻名錶・名牌包 —— 與正品一致，專櫃無法分辨</b></p>
<p>瑞士 ETA／西鐵城機芯，904L 鋼，藍寶石鏡面，支持專櫃驗貨。全港及台灣包郵，貨到付款。</p>
<table cellpadding="6">%s</table>
<p>WhatsApp／LINE：+852 6xxx 3917　微信：topwatch_hk<br>
官網：<a href="%s">topwatch-replica.hk.com</a></p>
<p style="font-size:11px;color:#999">本郵件由系統發送，如需退訂請回覆「退訂」。</p>
</body></html>
""" % (rows, t())
    return dict(label='spam', lang='zh', fam='raw', prov='direct', ipcc='HK',
                helo='mail.topwatch-replica.hk.com', rdns='unknown',
                date=(2024, 10, 1, 11, 4, 36), tz='+0800',
                frm=('名錶精品', 'shop@topwatch-replica.hk.com'),
                to=[('', 'chenjing@nb-shipping.example')],
                subject='頂級復刻名錶 勞力士／百達翡麗／卡地亞 1:1 原版開模 支持驗貨',
                mailer=('X-Mailer', 'Microsoft Outlook Express 6.00.2900.2180'), msgid='python',
                midhost='DESKTOP-7H2K9LQ', mx='exmail', body=HTML(html, 'utf-8', 'quoted-printable'))


def c11(r):
    tg = 'https://t.me/' + ralnum(r, 10, 'abcdefghijklmnopqrstuvwxyz') + '_vip'
    text = """币圈的朋友们好：

牛市已经开启，BTC 突破新高，你还在亏钱吗？
专业团队 USDT 永续合约带单，胜率 85%% 以上：

  ✅ 每日 3-5 个喊单，提供开仓点位、止盈止损
  ✅ 日收益 3%%-8%%，小资金也能翻倍
  ✅ 新手有专人指导注册交易所、入金、出金
  ✅ 免费进群体验 3 天，满意再加入 VIP

名额有限，今晚 20:00 直播讲解行情。
Telegram 群：%s
微信：coin_laosiji88
""" % tg
    html = gm_html(text).replace(esc(tg), '<a href="%s">%s</a>' % (tg, esc(tg)))
    return dict(label='spam', lang='zh', fam='gmail', prov='gmail', ipcc='HK',
                date=(2024, 11, 28, 21, 36, 17), tz='+0800',
                frm=('币圈老司机', 'coinmaster.vip2024@gmail.com'),
                to=[('', 'yangfan@sx-coal-group.example')],
                subject='USDT合约带单 日收益3%-8% 免费进群体验 名额有限',
                mx='postfix', mx2=True,
                body=MP('alternative', TXT(text, 'UTF-8', 'base64'), HTML(html, 'UTF-8', 'base64')))


def c12(r):
    t = lambda: tk(r, 'https://www.tejia-jipiao365.com/go?c=', 10)
    rows = [('广州 ⇄ 曼谷', '799元起', '1月18日-2月10日'), ('上海 ⇄ 东京', '1,280元起', '春节前后均有'),
            ('北京 ⇄ 新加坡', '1,560元起', '含20kg托运'), ('深圳 ⇄ 吉隆坡', '899元起', '往返含税'),
            ('成都 ⇄ 巴黎', '3,980元起', '中转一次')]
    trs = ''.join('<tr><td>%s</td><td style="color:#d32f2f"><b>%s</b></td><td>%s</td><td><a href="%s">预订</a></td></tr>\n' % (a, b, c, t()) for a, b, c in rows)
    html = """<html><body style="font-family:'Microsoft YaHei';font-size:14px">
<table width="620" align="center" cellpadding="10" style="border:1px solid #ccc">
<tr><td style="background:#ff6f00;color:#fff;font-size:20px">✈ 春节特价国际机票 · 商务签证加急</td></tr>
<tr><td>
<table width="100%%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#fff3e0"><th>航线</th><th>价格</th><th>说明</th><th></th></tr>
%s</table>
<p><b>签证服务：</b>美国、英国、申根、日本、韩国、澳洲商务/旅游签证，材料简单，<b>加急3个工作日</b>出签，拒签退款。</p>
<p>企业差旅月结、可开发票（专票/普票）。</p>
<p>订票热线：400-6xx-xxxx　微信/手机：139 2716 0385（陈小姐）</p>
</td></tr>
<tr><td style="font-size:12px;color:#888">退订请点击 <a href="%s">这里</a></td></tr>
</table></body></html>
""" % (trs, t())
    uid = rhex(r, 14)
    return dict(label='spam', lang='zh', fam='bulk', prov='bulk', ipcc='CN',
                server='mail.tejia-jipiao365.com', srv_tz='+0800',
                date=(2025, 1, 6, 9, 15, 30), tz='+0800',
                frm=('特价机票网', 'news@tejia-jipiao365.com'),
                to=[('', 'xingzheng@cq-transport.example')],
                subject='春节特价国际机票 东南亚往返799元起 | 商务签证加急办理',
                unsub='<https://www.tejia-jipiao365.com/unsub/%s>' % uid,
                mailer=('X-Mailer', 'EDM Sender 4.2'), mx='postfix',
                body=HTML(html, 'utf-8', 'base64'))


def c13(r):
    text = """您好：

2025年最新全国企业名录，数据每周更新，精准获客首选！

【数据内容】企业名称、统一社会信用代码、法人姓名、法人手机号、注册资本、成立日期、
           经营范围、注册地址、企业邮箱、联系电话
【数据规模】全国2.8亿条，其中含手机号1.6亿条
【筛选方式】按省/市/区、行业、成立时间、注册资本任意组合筛选
【数据格式】Excel，可直接导入CRM/电销系统
【价格】单省数据 300元起，全国数据包 2980元，新注册企业每日推送 888元/年

先看样本后付款，样本数据可免费提供100条。
咨询QQ：1846207395　微信：qymulu2025
"""
    return dict(label='spam', lang='zh', fam='coremail', prov='126', ipcc='CN',
                date=(2025, 2, 20, 15, 9, 18), tz='+0800',
                frm=('数据中心', 'qiyeminglu2025@126.com'),
                to=[('', 'sales@js-water-group.example'), ('', 'market@js-water-group.example')],
                subject='2025最新全国企业名录 含法人手机号 按行业/地区筛选 精准客户资源',
                hcs='gbk', hlabel='GBK', mx='exmail',
                extra=['X-Priority: 3', 'X-Originating-IP: [%s]' % rip(r, 'CN')],
                body=TXT(text, 'gbk', 'base64', label='GBK'))


def c14(r):
    t = lambda: tk(r, 'https://edm3.waimao-huoke.com/c/', 14)
    html = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f4f6f8">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,'Microsoft YaHei';font-size:14px;color:#333">
<tr><td style="padding:24px;background:#00695c;color:#fff"><span style="font-size:22px">外贸获客神器 · Global Buyer Finder</span></td></tr>
<tr><td style="padding:24px">
<p>Hi，外贸人：</p>
<p>展会取消、B2B平台询盘越来越少？试试我们的 <b>海关数据 + 谷歌地图 + 社媒</b> 三合一获客系统：</p>
<ul>
<li>覆盖 <b>200+</b> 国家海关提单数据，精准找到正在采购你产品的买家</li>
<li>谷歌地图一键搜索全球经销商，自动提取邮箱、WhatsApp、LinkedIn</li>
<li>AI 写开发信，自动群发 + 跟进，回复率提升 3 倍</li>
</ul>
<p><b>Free trial 7 days</b> — 注册即送 500 个买家联系方式。</p>
<p style="text-align:center"><a href="%s" style="background:#ff7043;color:#fff;padding:12px 32px;text-decoration:none;border-radius:3px">免费试用 Start free trial</a></p>
<p>客户经理：Sunny 微信/WhatsApp：+86 158 xxxx 2093</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">You received this email because your company is listed as an importer/exporter. <a href="%s">Unsubscribe 退订</a></td></tr>
</table></body></html>
""" % (t(), t())
    text = """外贸获客神器 · Global Buyer Finder
海关数据 + 谷歌地图 + 社媒 三合一获客系统，覆盖200+国家。
Free trial 7 days，注册即送500个买家联系方式。
https://www.waimao-huoke.com/trial
Unsubscribe: https://edm3.waimao-huoke.com/u
"""
    uid = rhex(r, 10)
    return dict(label='spam', lang='zh', fam='bulk', prov='bulk', ipcc='CN',
                server='edm3.waimao-huoke.com', srv_tz='+0800',
                date=(2025, 4, 8, 10, 30, 0), tz='+0800',
                frm=('外贸获客 Global Buyer Finder', 'hello@waimao-huoke.com'),
                to=[('', 'export@nb-shipping.example')],
                subject='海关数据+谷歌地图获客，一键找到全球采购商 | Free trial 7 days',
                unsub='<https://edm3.waimao-huoke.com/u/%s>, <mailto:unsubscribe@waimao-huoke.com>' % uid,
                extra=['List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Feedback-ID: %s:wmhk' % uid],
                henc='Q', mx='coremail',
                body=MP('alternative', TXT(text, 'utf-8', 'quoted-printable'), HTML(html, 'utf-8', 'quoted-printable')))


def c15(r):
    rows = [('美国FBA 海运快船（美森）', '12-15 天', '¥ 10.5 /kg'), ('美国FBA 海运普船', '25-30 天', '¥ 7.8 /kg'),
            ('美国FBA 空运', '7-10 天', '¥ 38 /kg'), ('欧洲铁路 双清包税', '18-22 天', '¥ 16 /kg'),
            ('加拿大 海运到门', '28-32 天', '¥ 9.6 /kg')]
    trs = ''.join('<tr><td>%s</td><td>%s</td><td><b>%s</b></td></tr>' % x for x in rows)
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="font-family:'Microsoft YaHei UI';font-size:14px">
<div>Dear 采购/物流负责人，您好！</div>
<div>我司华宇国际物流专注美国、欧洲、加拿大 FBA 头程及海外仓服务，<b>双清包税到门，时效稳定，不查验不加价</b>。本周最新报价如下：</div>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8f5e9"><th>渠道 Channel</th><th>时效 Transit</th><th>价格 Price</th></tr>
%s
</table>
<div>✔ 深圳/义乌/宁波免费上门提货　✔ 带电、带磁、液体均可走　✔ 全程轨迹可查</div>
<div><br></div>
<div>Best regards,</div>
<div><b>Amy Zhou</b> | 华宇国际物流 Huayu International Logistics</div>
<div>Mob/WeChat/WhatsApp: +86 137 xxxx 5821　QQ: 2693018457</div>
</body></html>
""" % trs
    return dict(label='spam', lang='zh', fam='foxmail', prov='hacked', ipcc='CN', client_cc='CN',
                server='mail.szhuayu-logistics.com', srv_tz='+0800',
                date=(2025, 5, 22, 16, 44, 3), tz='+0800',
                frm=('Amy-华宇国际物流', 'amy@szhuayu-logistics.com'),
                to=[('', 'purchasing@wh-port-group.example')],
                subject='美国FBA海运/空运专线 双清包税 到门 时效稳定 - 最新报价',
                extra=['X-Priority: 3', 'X-Has-Attach: no', 'X-GUID: %s-%s-%s-%s-%s' % (
                    rhex(r, 8, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 12, True))],
                mx='postfix', body=HTML(html, 'utf-8', 'base64'))


def c16(r):
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0">
<center>
<a href="https://www.lipin-dingzhi.top/zq2025?f=m"><img src="cid:zq01" width="480" height="120" border="0"></a><br>
<img src="cid:zq02" width="480" height="120" border="0"><br>
<a href="https://www.lipin-dingzhi.top/zq2025?f=m2"><img src="cid:zq03" width="480" height="120" border="0"></a><br>
<font size="2" color="#999999">图片无法显示？请添加微信：lipin_dz2025 获取电子画册</font>
</center></body></html>
"""
    return dict(label='spam', lang='zh', fam='php', prov='vps', ipcc='CN',
                server='mail.lipin-dingzhi.top', srv_tz='+0800',
                date=(2025, 8, 28, 9, 0, 0), tz='+0800',
                frm=('企业礼品定制中心', 'service@lipin-dingzhi.top'),
                to=[('', 'gonghui@sx-coal-group.example')],
                subject='2025中秋月饼礼盒 企业团购定制 LOGO 免费设计',
                mx='coremail',
                body=MP('related', HTML(html, 'utf-8', 'base64'),
                        ATT(banner_png(r, 240, 60), 'image/png', 'zq01.png', cid='zq01', disp='inline'),
                        ATT(banner_png(r, 240, 60), 'image/png', 'zq02.png', cid='zq02', disp='inline'),
                        ATT(banner_png(r, 240, 60), 'image/png', 'zq03.png', cid='zq03', disp='inline')))


def c17(r):
    text = ("办 理 各 类 证 书\n\n"
            "全日制" + zw('学历') + "：本科、专科、研究生，学信网可查\n"
            "职业" + zw('资格证') + "：会计、建造师、安全员、电工证、教师资格证\n"
            "职称证：初级、中级、高级，人社网站可查\n"
            "另办：驾驶证、健康证、毕业证书补办\n\n"
            "内 部 渠 道 ，真 实 可 查 ，不 成 功 全 额 退 款\n"
            "联系ＱＱ：３ ２ ７ ６ ０ ５ ８ １ ４ ２\n"
            "微 信：ｂａｎｚｈｅｎｇ＿８８\n")
    return dict(label='spam', lang='zh', fam='raw', prov='direct', ipcc='CN',
                helo='User', date=(2025, 10, 14, 3, 20, 11), tz='+0800',
                frm=('办证', 'bz7788@sina.com'), envfrom='bz7788@sina.com',
                to=[('', 'renshi@tj-hospital3.example')],
                subject='办 理 各 类 证 书 ： 学 历 ／ 资 格 证 ／ 职 称 ， 网 上 可 查',
                msgid='none', spf='softfail', mx='coremail', body=TXT(text, 'utf-8', '8bit'))


def c18(r):
    text = """老板您好！

小规模公司、个体户、新公司还在为记账报税发愁吗？我们是有资质的专业代理记账公司：

◆ 代理记账：小规模 200元/月，一般纳税人 400元/月起，零申报 100元/月
◆ 公司注册：3天拿执照，提供地址挂靠，全程免跑腿
◆ 工商变更、注销：法人/股东/地址/经营范围变更
◆ 税务异常处理：非正常户解除、税务稽查应对、金税四期风险排查
◆ 其他：商标注册、社保公积金代缴、高新企业认定

首年签约送3个月，开业即送发票领购、电子税务局开通服务。

联系电话：150 1302 7946（微信同号）  赵会计
"""
    return dict(label='spam', lang='zh', fam='coremail', prov='163', ipcc='CN',
                date=(2025, 12, 1, 10, 27, 48), tz='+0800',
                frm=('赵会计', 'daili_jizhang@163.com'),
                to=[('', 'zhaolei@bj-edu-commission.example')],
                subject='代理记账200元/月起 | 公司注册 工商变更 税务异常处理',
                hcs='gb18030', hlabel='GB18030', mx='postfix', mx2=True,
                extra=['X-Priority: 3'], body=TXT(text, 'gb18030', 'base64', label='GB18030'))


def c19(r):
    ip = rip(r, 'HK')
    text = """香港六合彩 內部資料 期期準

第 2026-003 期 特碼推薦已出，上期命中 +38 倍！
加入會員即可免費領取：平特一肖、三中三、特碼單雙

會員專區：http://%s/lhc/?inv=%s
客服 LINE：lhc_neibu　Telegram：@lhc_vip_888
""" % (ip, rdig(r, 6))
    return dict(label='spam', lang='zh', fam='raw', prov='direct', ipcc='TW',
                date=(2026, 1, 7, 19, 55, 1), tz='+0800',
                frm=('六合資料網', 'info@lhc-neibu.com'),
                to=[('', 'lin.peng@wh-port-group.example')],
                subject='香港六合彩 內部資料 期期準 加入會員免費領取',
                hcs='big5', hlabel='Big5', msgid='bad-nobracket', mx='postfix',
                body=TXT(text, 'big5', 'base64', label='Big5'))


def c20(r):
    t = lambda: tk(r, 'https://news.ouzhou-yimin.com/l/', 16)
    img = 'https://news.ouzhou-yimin.com/img/'
    html = """<html><head><meta charset="utf-8"><title>欧洲移民资讯</title></head>
<body style="background:#f5f5f5;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Microsoft YaHei',Arial;font-size:14px;color:#333">
<tr><td><a href="%s"><img src="%sgolden-visa-2026.jpg" width="640" height="240" alt="Golden Visa 2026"></a></td></tr>
<tr><td style="padding:22px">
<h2 style="margin-top:0;color:#1a237e">25万欧元买房拿绿卡：希腊/葡萄牙黄金签证 2026最新政策说明会</h2>
<p>2026年起多国黄金签证门槛将再次上调，<b>最后的低门槛窗口期</b>即将关闭！</p>
<table width="100%%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">
<tr style="background:#e8eaf6"><th>项目</th><th>投资门槛</th><th>办理周期</th><th>身份</th></tr>
<tr><td>希腊购房移民</td><td>25万欧元起</td><td>3-6个月</td><td>全家永居</td></tr>
<tr><td>葡萄牙基金移民</td><td>50万欧元</td><td>12-18个月</td><td>5年入籍</td></tr>
<tr><td>西班牙创业签证</td><td>无资金门槛</td><td>2-3个月</td><td>申根通行</td></tr>
</table>
<p>✔ 子女享受欧洲免费公立教育　✔ 申根26国自由通行　✔ 房产年租金回报4%%-6%%</p>
<p><b>线上说明会</b>：3月14日（周六）19:30，资深移民律师 + 希腊当地房产顾问现场答疑。</p>
<p style="text-align:center"><a href="%s" style="background:#1a237e;color:#fff;padding:12px 36px;text-decoration:none">免费报名 Register</a></p>
<p>咨询热线：400-0xx-xxxx　微信：ouzhouyimin_gv</p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#999;text-align:center">欧洲移民资讯 · 您收到此邮件是因为您曾订阅我们的资讯。<a href="%s">退订 Unsubscribe</a> · <a href="%s">在浏览器中查看</a></td></tr>
</table></body></html>
""" % (t(), img, t(), t(), t())
    text = """25万欧元买房拿绿卡：希腊/葡萄牙黄金签证 2026最新政策说明会
希腊购房移民25万欧元起，3-6个月全家永居；葡萄牙基金移民50万欧元。
线上说明会：3月14日（周六）19:30
报名：https://news.ouzhou-yimin.com/reg
退订 Unsubscribe: https://news.ouzhou-yimin.com/u
"""
    uid = rhex(r, 18)
    return dict(label='spam', lang='zh', fam='bulk', prov='bulk', ipcc='DE',
                server='news.ouzhou-yimin.com', srv_tz='+0100',
                date=(2026, 3, 3, 9, 30, 0), tz='+0800',
                frm=('欧洲移民资讯', 'news@ouzhou-yimin.com'),
                to=[('', 'wanglei@cq-transport.example')],
                subject='25万欧元买房拿绿卡：希腊/葡萄牙黄金签证 2026最新政策说明会',
                unsub='<https://news.ouzhou-yimin.com/u/%s>' % uid,
                extra=['List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Id: ouzhou-yimin news <news.ouzhou-yimin.com>'],
                mailer=None, mx='exmail',
                body=MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(html, 'utf-8', 'base64')))


# ================================================================ Chinese phishing
def c21(r):
    link = 'http://etax-chinatax.gov.cn.tax-tuishui.top/grsds/tuishui?sid=' + rhex(r, 24)
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:SimSun,'Microsoft YaHei';font-size:14px">
<div style="width:620px;margin:auto;border:1px solid #c00;padding:20px">
<p style="text-align:center;color:#c00;font-size:20px"><b>国家税务总局</b></p>
<p style="text-align:center"><b>关于2022年度个人所得税综合所得汇算清缴退税的通知</b></p>
<p>尊敬的纳税人：</p>
<p>　　根据《中华人民共和国个人所得税法》及其实施条例，经系统核验，您2022年度综合所得已预缴税额大于应纳税额，可申请退税 <b style="color:#c00">￥2,386.40</b> 元。</p>
<p>　　请于<b>2023年3月5日</b>前登录个人所得税退税系统核对银行卡信息并完成退税申请，逾期将视为自动放弃。</p>
<p>　　退税申请入口：<a href="%s">https://etax.chinatax.gov.cn/grsds/tuishui</a></p>
<p>　　如有疑问请拨打纳税服务热线12366。</p>
<p style="text-align:right">国家税务总局<br>2023年3月1日</p>
</div></body></html>
""" % link
    return dict(label='phish', lang='zh', fam='php', prov='vps', ipcc='US',
                server='mail.chinatax-gov.cn.com', srv_tz='-0500',
                date=(2023, 3, 1, 9, 12, 51), tz='+0800',
                frm=('国家税务总局', 'notice@chinatax-gov.cn.com'),
                to=[('', 'zhangli@hz-finance-bureau.example')],
                subject='关于2022年度个人所得税综合所得汇算清缴退税的通知',
                mx='coremail', body=HTML(html, 'utf-8', 'base64'))


def c22(r):
    no = rdig(r, 8)
    when = (2023, 5, 8, 13, 55, 20)
    z = mkzip([('电子发票_%s.pdf.exe' % no, PLACEHOLDER_EXE, when)], cs='gbk')
    text = """您好：

贵司的电子发票已开具，发票号码：%s，价税合计：￥18,650.00。
请下载附件查看并核对发票信息，如有问题请及时联系。

财务部
""" % no
    return dict(label='phish', lang='zh', fam='qq', prov='qq', ipcc='CN',
                date=(2023, 5, 8, 14, 20, 33), tz='+0800',
                frm=('财务部', '2419786355@qq.com'),
                to=[('', 'caiwu@js-water-group.example')],
                subject='您有一张电子发票待查收（发票号码：%s）' % no,
                hcs='gb18030', mx='postfix',
                extra=['X-QQ-mid: xmsmtpt' + rdig(r, 10) + 't' + ralnum(r, 30)],
                body=MP('mixed', TXT(text, 'gb18030', 'base64'),
                        ATT(z, 'application/octet-stream', '电子发票_%s.zip' % no, fn='2047', fcs='gb18030')))


def c23(r):
    link = 'https://icbc-secure.cn.com/ebank/cert/update?uid=' + rhex(r, 16)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-size:14px;font-family:'Microsoft YaHei'">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#c7000b;padding:12px"><img src="https://icbc-secure.cn.com/img/logo.png" height="34" alt="中国工商银行"></td></tr>
<tr><td style="padding:20px">
<p>尊敬的客户：</p>
<p>您好！您的个人网上银行证书（U盾）将于<b>2023年08月23日</b>到期。为保障您的资金安全，证书到期后网上银行转账、缴费等功能将被暂停使用。</p>
<p>请您尽快登录以下页面在线完成证书更新（无需前往网点）：</p>
<p><a href="%s">https://mybank.icbc.com.cn/icbc/perbank/cert</a></p>
<p>更新时需验证您的登录密码、U盾密码及短信验证码，请按页面提示操作。</p>
<p>感谢您对中国工商银行的支持！</p>
<p style="color:#999;font-size:12px">本邮件由系统自动发送，请勿直接回复。客服热线：95588</p>
</td></tr></table></body></html>
""" % link
    return dict(label='phish', lang='zh', fam='raw', prov='direct', ipcc='US',
                helo='icbc-secure.cn.com', rdns='unknown',
                date=(2023, 8, 21, 8, 2, 40), tz='+0800',
                frm=('中国工商银行', 'service@icbc-secure.cn.com'),
                to=[('', 'liuyang@cnpc-east.example')],
                subject='【中国工商银行】您的网银证书（U盾）即将过期，请尽快更新',
                msgid='bad-nodomain', mailer=('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'),
                spf='none', mx='exmail', body=HTML(html, 'utf-8', 'quoted-printable'))


def c24(r):
    text = """尊敬的建行信用卡用户：

您的信用卡积分 12860 分将于本月底清零。根据建行“积分兑现金”活动规则，
您可将积分兑换现金 ￥386.00，兑换金额将直接存入您的信用卡账户。

请在3日内登录以下地址完成兑换：suo.im/ccbjf%s

【中国建设银行】
""" % ralnum(r, 5)
    return dict(label='phish', lang='zh', fam='coremail', prov='163', ipcc='CN',
                date=(2023, 11, 10, 10, 40, 17), tz='+0800',
                frm=('中国建设银行', 'ccb_jifen@163.com'),
                to=[('', 'zhouyan@sh-metro-group.example')],
                subject='尊敬的建行信用卡用户：您的积分12860即将清零，可兑换现金',
                hcs='gbk', hlabel='GBK', mx='postfix',
                body=TXT(text, 'gbk', 'base64', label='GBK'))


def c25(r):
    link = 'https://alipay-safe-verify.com/account/check?tk=' + rhex(r, 30)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f5f5f5;margin:0;padding:20px 0">
<div style="width:560px;margin:auto;background:#fff;font-family:'PingFang SC','Microsoft YaHei';font-size:14px;color:#333">
<div style="background:#1677ff;color:#fff;padding:14px 20px;font-size:18px">支付宝 · 账户安全中心</div>
<div style="padding:20px">
<p>亲爱的用户：</p>
<p>系统检测到您的支付宝账户于 <b>2024-01-30 22:47</b> 在 <b>广东省 东莞市</b> 的新设备（HUAWEI Mate 60）上登录，与您的常用登录地不一致。</p>
<p>为保障资金安全，您的账户已被临时限制<b>转账、提现、余额宝转出</b>功能。</p>
<p>若非本人操作，请立即进行身份核验以解除限制：</p>
<p style="text-align:center"><a href="%s" style="background:#1677ff;color:#fff;padding:10px 40px;text-decoration:none;border-radius:4px">立即核验</a></p>
<p style="color:#999;font-size:12px">此为系统邮件，请勿回复。支付宝客服：95188</p>
</div></div></body></html>
""" % link
    return dict(label='phish', lang='zh', fam='php', prov='vps', ipcc='HK',
                server='mail.alipay-safe-verify.com', srv_tz='+0800',
                date=(2024, 1, 30, 23, 8, 12), tz='+0800',
                frm=('支付宝', 'service@alipay-safe-verify.com'),
                to=[('', 'huangmin@guangdong-energy.example')],
                subject='支付宝账户安全提醒：检测到您的账户在异地设备登录',
                henc='Q', mx='coremail', spf='pass', body=HTML(html, 'utf-8', 'base64'))


def c26(r):
    mch = '16' + rdig(r, 8)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Microsoft YaHei';font-size:14px;color:#333">
<div style="width:520px;margin:auto;border:1px solid #e5e5e5">
<div style="background:#07c160;color:#fff;padding:12px 18px;font-size:17px">微信支付 | 商户平台</div>
<div style="padding:18px">
<p>尊敬的商户（商户号：%s）：</p>
<p>您的商户号因近期交易存在<b>涉嫌违规经营（套现/赌博类交易）</b>风险，已被<b style="color:#e64340">限制收款</b>，账户余额暂时冻结。</p>
<p>如您对处理结果有异议，请在 <b>48小时内</b> 使用微信扫描下方二维码提交申诉资料（营业执照、法人身份证、结算银行卡），逾期将永久关闭支付功能。</p>
<p style="text-align:center"><img src="cid:qr%s" width="180" height="180" alt="扫码申诉"><br><span style="font-size:12px;color:#888">请使用微信扫一扫</span></p>
<p style="font-size:12px;color:#999">微信支付商户服务中心　客服电话：95017</p>
</div></div></body></html>
""" % (mch, mch)
    return dict(label='phish', lang='zh', fam='raw', prov='vps', ipcc='SG',
                server='mail.wxpay-shanghu.com', srv_tz='+0800',
                date=(2024, 3, 19, 11, 2, 3), tz='+0800',
                frm=('微信支付', 'mch-notice@wxpay-shanghu.com'),
                to=[('', 'caiwu@cq-transport.example')],
                subject='【微信支付】您的商户号因涉嫌违规已被限制收款，请尽快申诉',
                mx='postfix', msgid='python',
                body=MP('related', HTML(html, 'utf-8', 'base64'),
                        ATT(qr_png(r), 'image/png', 'qrcode.png', cid='qr' + mch, disp='inline')))


def c27(r):
    rcpt = 'wangfang@sh-metro-group.example'
    link = 'http://mail-system-upgrade.top/coremail/index.php?uid=' + rcpt
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-size:14px;font-family:'Microsoft YaHei'">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #9ab">
<tr><td style="background:#3a6ea5;color:#fff;padding:10px 16px"><b>邮件系统通知 / System Notice</b></td></tr>
<tr><td style="padding:16px">
<p>尊敬的用户 <b>%s</b>：</p>
<p>您的邮箱容量已使用 <b style="color:#d00">98%%</b>（4.9G / 5G），超出部分的新邮件将被系统自动退回。</p>
<table width="300" cellpadding="0" cellspacing="0" style="border:1px solid #aaa"><tr><td width="98%%" style="background:#d00;height:12px"></td><td></td></tr></table>
<p>请立即点击下方链接登录邮箱，系统将为您免费扩容至 20G：</p>
<p><a href="%s">免费扩容邮箱空间</a></p>
<p>注：未在24小时内处理的账户将被暂停收信功能。</p>
<p>邮件系统管理员<br>Coremail 邮件系统</p>
</td></tr></table></body></html>
""" % (rcpt, link)
    return dict(label='phish', lang='zh', fam='php', prov='vps', ipcc='RU',
                server='mail.mail-system-upgrade.top', srv_tz='+0300',
                date=(2024, 5, 6, 9, 30, 15), tz='+0800',
                frm=('邮箱管理员', 'postmaster@mail-system-upgrade.top'),
                to='undisclosed', rcpt=rcpt,
                subject='邮件系统通知：您的邮箱容量已满（98%），新邮件将被退回',
                mailer=None, mx='coremail', mx2=True, body=HTML(html, 'utf-8', 'quoted-printable'))


def c28(r):
    rcpt = 'chenjing@nb-shipping.example'
    text = """尊敬的 %s 用户：

您的企业邮箱密码将于24小时后过期。为避免影响正常收发邮件，请立即点击下方链接保留当前密码或设置新密码：

https://tinyurl.com/exmail-%s

如未及时处理，您的账号将被锁定，需联系管理员重新开通。

腾讯企业邮箱
（本邮件由系统自动发出，请勿回复）
""" % (rcpt, ralnum(r, 8).lower())
    return dict(label='phish', lang='zh', fam='gmail', prov='gmail', ipcc='NG',
                date=(2024, 7, 15, 16, 22, 39), tz='+0800',
                frm=('腾讯企业邮箱', 'exmail.notice.admin@gmail.com'),
                to=[('', rcpt)],
                subject='您的邮箱密码将于24小时后过期，请及时处理',
                mx='exmail', body=TXT(text, 'UTF-8', 'base64'))


def c29(r):
    rcpt = 'linhai@guangdong-energy.example'
    page = login_page('企业邮箱登录验证', '企业邮箱账户验证', 'http://mail-verify-login.xyz/login.php?t=' + rhex(r, 10),
                      rcpt, '系统升级后需重新验证账户，请输入邮箱密码。', cs='gb2312', pw_label='密码')
    text = """各位同事：

为提升邮件系统安全性，信息化管理中心定于本周对企业邮箱系统进行升级。升级完成后，
所有账户需重新验证方可继续使用，未验证的账户将于2024年9月6日起停止收发邮件。

请下载附件《邮箱验证》，使用浏览器打开后输入邮箱账号和密码完成验证。

信息化管理中心
2024年9月2日
"""
    return dict(label='phish', lang='zh', fam='foxmail', prov='hacked', ipcc='CN', client_cc='US',
                server='mail.jxhongda-machinery.com', srv_tz='+0800',
                date=(2024, 9, 2, 8, 45, 21), tz='+0800',
                frm=('信息化管理中心', 'admin@guangdong-energy.example'),
                envfrom='sales02@jxhongda-machinery.com',
                to=[('', rcpt)], subject='关于企业邮箱系统升级及账户验证的通知',
                hcs='gb2312', hlabel='gb2312', midhost='jxhongda-machinery.com',
                extra=['X-Priority: 3', 'X-Has-Attach: yes'],
                spf='softfail', mx='coremail',
                body=MP('mixed', TXT(text, 'gb2312', 'base64'),
                        ATT(page.encode('gb2312'), 'application/octet-stream', '邮箱验证.html',
                            fn='2047', fcs='gb2312')))


def c30(r):
    ip = rip(r, 'CN')
    no = 'SF' + rdig(r, 13)
    html = """<div style="font-family:'Microsoft YaHei';font-size:14px">
<p><b style="color:#000">顺丰速运</b></p>
<p>尊敬的客户：您的快件 <b>%s</b> 因收件地址不详无法派送，目前暂存于派送网点。</p>
<p>请在24小时内点击 <a href="http://%s/sf/addr?n=%s">更新收件地址</a> 并支付重新派送费 ￥2.00，逾期将退回寄件方。</p>
<p>顺丰速运 客服热线 95338</p>
</div>
""" % (no, ip, no)
    return dict(label='phish', lang='zh', fam='raw', prov='direct', ipcc='CN',
                helo='sf-express-cn.top', date=(2024, 11, 4, 12, 31, 50), tz='+0800',
                frm=('顺丰速运', 'noreply@sf-express-cn.top'),
                to=[('', 'xiaoli@bj-edu-commission.example')],
                subject='【顺丰速运】您的快件%s因地址不详无法派送' % no,
                msgid='none', spf='none', mx='postfix', body=HTML(html, 'utf-8', 'base64'))


def c31(r):
    link = 'https://ems-chinapost-cn.com/customs/pay?track=' + 'CY' + rdig(r, 9) + 'DE'
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Microsoft YaHei';font-size:14px">
<div style="max-width:580px;border:1px solid #0b7d3e">
<div style="background:#0b7d3e;color:#fff;padding:10px 16px">中国邮政 EMS · 国际包裹通知</div>
<div style="padding:16px">
<p>您好，您的国际包裹（运单号：<b>%s</b>）已于 2025-01-20 到达 <b>上海浦东海关</b>。</p>
<p>根据《中华人民共和国海关法》，该包裹需缴纳进口关税及代理清关费用合计 <b style="color:#c00">￥32.80</b>，缴费后24小时内安排派送。</p>
<p>如7个工作日内未完成缴费，包裹将按无主货物处理。</p>
<p><a href="%s" style="background:#0b7d3e;color:#fff;padding:8px 22px;text-decoration:none">立即缴纳关税</a></p>
<p style="color:#888;font-size:12px">中国邮政速递物流　客服电话 11183</p>
</div></div></body></html>
""" % (link.split('track=')[1], link)
    return dict(label='phish', lang='zh', fam='php', prov='vps', ipcc='NL',
                server='mail.ems-chinapost-cn.com', srv_tz='+0100',
                date=(2025, 1, 21, 17, 3, 29), tz='+0800',
                frm=('中国邮政EMS', 'ems@ems-chinapost-cn.com'),
                to=[('', 'liqiang@tj-hospital3.example')],
                subject='中国邮政EMS：您的国际包裹已到达海关，需缴纳关税￥32.80',
                mailer=('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'),
                mx='exmail', body=HTML(html, 'utf-8', 'quoted-printable'))


def c32(r):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body style="font-size:14px;font-family:宋体">
<p align="center"><b><font size="5" color="#cc0000">关于发放2025年第一季度社保补贴的通知</font></b></p>
<p>各单位职工：</p>
<p>　　根据人力资源和社会保障部、财政部有关文件精神，为落实稳就业政策，现对参保职工发放2025年第一季度社保补贴及岗位稳定补助。</p>
<p>　　补贴标准：每人 1,860 元至 3,200 元（按缴费基数核定）。</p>
<p>　　申领方式：请使用手机微信或支付宝扫描下方二维码，按提示填写姓名、身份证号、银行卡信息进行申领。</p>
<p align="center"><img src="cid:sbqr2025" width="200" height="200"></p>
<p>　　申领截止时间：2025年3月28日，逾期视为自动放弃。</p>
<p align="right">人力资源和社会保障局<br>2025年3月24日</p>
</body></html>
"""
    return dict(label='phish', lang='zh', fam='foxmail', prov='hacked', ipcc='CN', client_cc='HK',
                server='mail.zjtianyuan-chem.com', srv_tz='+0800',
                date=(2025, 3, 24, 9, 18, 2), tz='+0800',
                frm=('人力资源和社会保障局', 'rsj@zjtianyuan-chem.com'),
                to=[('', a) for a in ['sunyue@guangdong-energy.example', 'hexiaodong@guangdong-energy.example',
                                       'renliziyuan@guangdong-energy.example', 'zhaoqiang@guangdong-energy.example']],
                subject='关于发放2025年第一季度社保补贴的通知',
                hcs='gb2312', hlabel='gb2312', midhost='zjtianyuan-chem.com',
                extra=['X-Priority: 3', 'X-Has-Attach: no'], mx='coremail',
                body=MP('related', HTML(html, 'gb2312', 'base64', label='gb2312'),
                        ATT(qr_png(r), 'image/png', '二维码.png', cid='sbqr2025', disp='inline', fn='2047', fcs='gb2312')))


def c33(r):
    link = 'https://gjj-zhongxin.com.cn.hexin-info.top/gjj/jishu?id=' + rdig(r, 10)
    text = """住房公积金缴存职工：

根据《住房公积金管理条例》及2025年度缴存基数调整工作安排，本中心已启动年度缴存基数调整。
经系统比对，您的个人缴存信息存在异常（缴存基数与工资申报不一致），可能影响您的公积金
提取及贷款额度。

请于2025年6月20日前登录以下网址完成个人信息核对：
%s

核对完成后，多缴部分将在10个工作日内退回至您本人的银行卡。

住房公积金管理中心
""" % link
    html = '<div style="font-size:14px">' + '<br>\n'.join(esc(l) for l in text.strip().split('\n')).replace(
        esc(link), '<a href="%s">%s</a>' % (link, esc(link))) + '</div>\n'
    return dict(label='phish', lang='zh', fam='coremail', prov='126', ipcc='CN',
                date=(2025, 6, 10, 10, 1, 55), tz='+0800',
                frm=('住房公积金管理中心', 'gjj_zhongxin@126.com'),
                to=[('', 'wuhao@cnpc-east.example')],
                subject='住房公积金缴存基数调整通知（请于6月20日前完成信息核对）',
                hcs='gbk', hlabel='GBK', mx='postfix',
                body=MP('alternative', TXT(text, 'gbk', 'base64', label='GBK'), HTML(html, 'gbk', 'base64', label='GBK')))


def c34(r):
    text = """全体员工：

根据公司2023年下半年薪酬绩效考核方案，人力资源部已完成工资调整及高温补贴、餐补的核定工作。
请各位同事于6月30日18:00前使用手机扫描下方二维码（或附件中的二维码）登记本人信息，核对调整明细。
逾期未登记者，视为放弃本次调整，相关补贴将不予发放。

人力资源部
2023年6月29日
"""
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal>全体员工：<o:p></o:p></p>
<p class=MsoNormal>根据公司2023年下半年薪酬绩效考核方案，人力资源部已完成<b>工资调整及高温补贴、餐补</b>的核定工作。<o:p></o:p></p>
<p class=MsoNormal>请各位同事于<b><span style='color:red'>6月30日18:00前</span></b>使用手机扫描下方二维码登记本人信息，核对调整明细。逾期未登记者，视为放弃本次调整。<o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'><img width=180 height=180 src="cid:image001.png@01D9AA51.3F4B2C60"><o:p></o:p></p>
<p class=MsoNormal>人力资源部<o:p></o:p></p>
<p class=MsoNormal>2023年6月29日<o:p></o:p></p>
</div></body></html>
"""
    pdf = fake_pdf('2023H2 salary adjustment - placeholder')
    return dict(label='phish', lang='zh', fam='outlook', prov='hacked', ipcc='HK', client_cc='NG',
                server='mail.hk-fortune-trading.com', srv_tz='+0800',
                date=(2023, 6, 29, 17, 10, 44), tz='+0800',
                frm=('人力资源部', 'hr@guangdong-energy.example'),
                envfrom='info@hk-fortune-trading.com',
                to='undisclosed', rcpt='zhaoqiang@guangdong-energy.example',
                subject='关于2023年下半年工资调整及补贴发放的通知',
                midhost='hk-fortune-trading.com',
                extra=['Thread-Index: AdmqUT9L' + ralnum(r, 20), 'Content-Language: zh-cn'],
                spf='softfail', mx='coremail',
                body=MP('mixed',
                        MP('related', MP('alternative', TXT(text, 'utf-8', 'base64'), HTML(html, 'utf-8', 'base64')),
                           ATT(qr_png(r), 'image/png', 'image001.png', cid='image001.png@01D9AA51.3F4B2C60', disp='inline')),
                        ATT(pdf, 'application/pdf', '2023年下半年工资调整明细表.pdf', fn='2231')))


def c35(r):
    text = """各位同事：

收到邮件后请尽快加入公司新建的工作QQ群：826394715
验证信息填写：本人姓名+部门

今天下午有重要工作安排，需要各部门负责人及财务人员配合，请勿在群外讨论。

张
"""
    to = [('', a) for a in ['caiwu@sx-coal-group.example', 'chuna@sx-coal-group.example',
                            'yangfan@sx-coal-group.example', 'liguo@sx-coal-group.example',
                            'bangongshi@sx-coal-group.example', 'wangqiang@sx-coal-group.example',
                            'zhangyu@sx-coal-group.example', 'hr@sx-coal-group.example']]
    return dict(label='phish', lang='zh', fam='coremail', prov='163', ipcc='CN',
                date=(2023, 9, 25, 11, 48, 9), tz='+0800',
                frm=('张总', 'zhangzong_office@163.com'), to=to,
                subject='通知', hcs='gbk', hlabel='GBK', mx='postfix', mx2=True,
                body=TXT(text, 'gbk', '8bit', label='GBK'))


def c36(r):
    when = (2024, 2, 4, 20, 17, 42)
    z = mkzip([('协查通知书.doc.exe', PLACEHOLDER_EXE, when)])
    text = """单位负责人：

我局在侦办一起跨境洗钱案件中发现，贵单位有员工的银行账户涉嫌接收、转移涉案资金。
根据《中华人民共和国刑事诉讼法》相关规定，请贵单位积极配合调查工作。

《协查通知书》及涉案人员名单详见附件，请于3日内组织核对并按要求回复。
附件已加密，解压密码：2024

注意：本案处于侦查阶段，请严格保密，不得向涉案人员透露。

市公安局经济犯罪侦查支队
"""
    return dict(label='phish', lang='zh', fam='outlook', prov='vps', ipcc='HK',
                server='mail.gaj-gov.cn.com', srv_tz='+0800',
                date=(2024, 2, 5, 10, 28, 14), tz='+0800',
                frm=('市公安局经侦支队', 'jzzd@gaj-gov.cn.com'),
                to=[('', 'bangongshi@cq-transport.example')],
                subject='关于配合调查涉嫌洗钱案件的协查通知（请于3日内回复）',
                extra=['Thread-Index: AdpX' + ralnum(r, 24), 'Content-Language: zh-cn'],
                mx='exchange', mxhost=None,
                body=MP('mixed', TXT(text, 'utf-8', 'base64'),
                        ATT(z, 'application/x-zip-compressed', '协查通知书.zip', fn='2231')))


def c37(r):
    rcpt = 'sunhui@sc-hydro.example'
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>文件预览 - 会议通知.pdf</title></head>
<body style="font-family:'Microsoft YaHei';background:#eee">
<div style="width:380px;margin:80px auto;background:#fff;padding:30px;border:1px solid #ccc">
<p><b>会议通知及参会回执.pdf</b>（236 KB）</p>
<p>该文件已加密，请使用您的企业邮箱账号登录后预览。</p>
<form method="post" action="https://doc-preview-cloud.xyz/view/auth?f=%s">
<p>邮箱：<input name="u" value="%s"></p>
<p>密码：<input name="p" type="password"></p>
<p><input type="submit" value="登录并预览"></p>
</form></div></body></html>
""" % (rhex(r, 12), rcpt)
    text = """各部门、各单位：

经研究，定于2025年2月14日（星期五）上午9:00在公司三楼会议室召开2025年第一季度安全生产工作会议，
请各部门主要负责人及安全员准时参加。

会议议程、参会回执详见附件，请于2月12日前填写回执并回复本邮箱。

办公室
2025年2月11日
"""
    return dict(label='phish', lang='zh', fam='foxmail', prov='hacked', ipcc='CN', client_cc='RU',
                server='mail.sdjinhai-group.com', srv_tz='+0800',
                date=(2025, 2, 11, 8, 36, 27), tz='+0800',
                frm=('办公室', 'bgs@sdjinhai-group.com'),
                to=[('', rcpt)], cc=[('', 'anquan@sc-hydro.example')],
                subject='关于召开2025年第一季度安全生产工作会议的通知',
                extra=['X-Priority: 3', 'X-Has-Attach: yes',
                       'X-GUID: %s-%s-%s-%s-%s' % (rhex(r, 8, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 12, True))],
                mailer=('X-Mailer', 'Foxmail 7.2.23.116[cn]'), mx='postfix',
                body=MP('mixed', TXT(text, 'utf-8', 'quoted-printable'),
                        ATT(page, 'text/html', '会议通知及参会回执.html', fn='2047', fcs='utf-8')))


def c38(r):
    text = """Dear 財務部 同事,

多謝貴司一直以來的支持。

謹此通知，由於本公司原有的匯豐銀行（HSBC）賬戶正在進行年度審計，暫時未能接收境外匯款。
請將發票 INV-GW250716 之貨款 USD 86,420.00 匯入本公司以下新賬戶：

  Beneficiary: GOLDWAY TRADING (HK) LIMITED
  Bank: DBS Bank (Hong Kong) Limited
  A/C No.: 7950 3318 4620
  SWIFT: DHBKHKHH

Please update our bank details in your system and send us the remittance slip once payment is made.
如有任何疑問，請直接回覆此郵件，由於近期電話線路維修，暫時未能接聽來電。

Best regards,
Kelvin Chan 陳志偉
Accounts Department
Goldway Trading (HK) Ltd.

-----Original Message-----
From: caiwu@nb-shipping.example
Sent: Tuesday, July 29, 2025 10:05 AM
Subject: 貨款支付 INV-GW250716

陳先生，您好，本月貨款已安排，請確認賬戶資料。
"""
    return dict(label='phish', lang='zh', fam='outlook', prov='vps', ipcc='NG',
                server='mail.goldwaytrading-hk.com', srv_tz='+0100',
                date=(2025, 7, 30, 15, 55, 31), tz='+0800',
                frm=('Kelvin Chan 陳志偉', 'kelvin.chan@goldwaytrading-hk.com'),
                reply=('Kelvin Chan', 'kelvin.chan.goldway@outlook.com'),
                to=[('', 'caiwu@nb-shipping.example')],
                subject='RE: 貨款支付 – 更改收款銀行賬戶 / Change of Bank Details (INV-GW250716)',
                hcs='big5', hlabel='big5', henc='B',
                extra=['Thread-Index: AQHcAQ' + ralnum(r, 22), 'Content-Language: zh-hk'],
                mx='exmail', body=TXT(text, 'big5', 'quoted-printable', label='big5'))


def c39(r):
    rcpt = 'liuyang@tj-hospital3.example'
    wallet = '1' + ralnum(r, 33, B58)
    text = """你好！

你可能不认识我，但我对你很了解。我是一名黑客，几个月前通过你访问的某个网站在你的设备上植入了
木马程序。从那以后，我可以控制你的摄像头、麦克风，读取你的通讯录、微信和邮箱。
你看，这封邮件就是用你自己的邮箱（%s）发出的。

我录下了你浏览不雅网站时的画面，并与屏幕内容合成了视频。只需点一下，这段视频就会发送给
你通讯录里的所有人——同事、领导、家人。

如果你不希望发生这种事，请在48小时内向以下比特币地址转账 1200 美元（BTC）：

%s

不知道怎么购买比特币？请用百度搜索"如何购买比特币"。
付款后我会立即删除所有资料，从此不再打扰你。不要回复本邮件，不要报警，那没有任何用处。
计时从你打开这封邮件开始。
""" % (rcpt, wallet)
    return dict(label='phish', lang='zh', fam='raw', prov='direct', ipcc='IN',
                date=(2025, 11, 18, 2, 16, 33), tz='+0530',
                frm=('', rcpt), envfrom='%s@%s' % (ralnum(r, 7, 'abcdefghijklmnopqrstuvwxyz'), 'inmail-%d.net' % r.randint(10, 99)),
                to=[('', rcpt)], subject='你的设备已被入侵，请认真阅读此邮件',
                hcs='gb18030', hlabel='GB18030', msgid='bad-nobracket', spf='softfail', mx='postfix',
                body=TXT(text, 'gb18030', 'base64', label='GB18030'))


def c40(r):
    text = """亲爱的朋友 / Dear Friend,

冒昧来信，请见谅。我是香港执业律师黄大卫（Barrister David Wong）。

我的已故客户 Mr. Li Wei Ming 是一位加拿大籍华裔商人，于2024年在一次交通意外中不幸去世，
生前在香港某银行存有 USD 8,500,000（捌佰伍拾万美元）存款，没有留下遗嘱，也找不到任何在世亲属。
根据香港法律，若无人认领，这笔资金将于本年度被银行收归。

因为您与我的客户同姓，我希望以"远房亲属"的身份为您申请继承。所有法律文件由我负责办理，
100%合法无风险。成功后我们按 50% : 40% 分配，其余 10% 用于支付相关费用。

This matter is strictly confidential. 请回复以下资料以便我准备文件：
1. 全名  2. 电话  3. 职业  4. 身份证或护照复印件

收到资料后，我会告知需先行缴纳的律师公证费及印花税（约 USD 3,800）。

Yours faithfully,
Barrister David Wong 黄大卫律师
Wong & Partners Solicitors, Hong Kong
"""
    return dict(label='phish', lang='zh', fam='yahoo', prov='yahoo', ipcc='NG',
                date=(2026, 2, 16, 6, 27, 45), tz='+0000',
                frm=('Barrister David Wong 黄律师', 'barrister.davidwong@yahoo.com'),
                reply=('David Wong', 'davidwong.solicitors@gmail.com'),
                to='undisclosed', rcpt='li.ming@js-water-group.example',
                subject='机密：关于您的家族遗产继承事宜（USD 8,500,000）/ Confidential inheritance',
                mx='exmail', body=TXT(text, 'utf-8', 'quoted-printable'))


# ================================================================ main
ALL = [v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20,
       v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40,
       c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
       c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40]


def main():
    order = list(range(len(ALL)))
    random.Random(5150).shuffle(order)      # file numbers do not reveal language or label
    rows = ['label\tpath\tsha256\tbytes']
    for i, idx in enumerate(order, 1):
        r = random.Random(90000 + idx)      # one generator per message, keyed by message, not position
        spec = ALL[idx](r)
        spec['_r'] = r
        data = build(spec)
        name = 'j%02d.eml' % i
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
        rows.append('%s\t%s\t%s\t%d' % (spec['label'], name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, 'INDEX.tsv'), 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
