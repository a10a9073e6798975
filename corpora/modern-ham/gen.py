#!/usr/bin/env python3
"""Generate 40 realistic, legitimate (ham) e-mail messages as raw RFC 5322 files.

Scenario: the messages arrive at the gateway mx.agency.gov.vn of a (fictional)
Vietnamese government office "Cuc Quan ly Dich vu so" (agency.gov.vn).
All text is invented for testing purposes.  Standard library only.

Usage:  python3 gen.py      -> writes a01.eml ... a40.eml next to this script
"""
import base64
import io
import os
import random
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
GW = 'mx.agency.gov.vn'
POL = policy.SMTP            # CRLF line endings, as on the wire
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
HEXD = '0123456789abcdef'
PFX = 'BCDFGHJKLMNPQRSTVWXYbcdfghjklmnpqrstvwxy0123456789'


def TZ(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


UTC = timezone.utc
ICT = TZ(7)      # Viet Nam
CST = TZ(8)      # China / Singapore / Manila


def D(y, mo, d, h, mi, s, tz):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fmt(dt, gmt=False):
    if gmt:
        return utils.format_datetime(dt.astimezone(UTC), usegmt=True)
    return utils.format_datetime(dt)


class R(random.Random):
    """Deterministic random helper (one per message)."""

    def tok(self, n, alpha=ALNUM):
        return ''.join(self.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.tok(n, HEXD)

    def HEX(self, n):
        return self.tok(n, HEXD.upper())

    def dig(self, n):
        return self.tok(n, '0123456789')

    def raw(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.raw(n)).decode()

    def b64u(self, n):
        return base64.urlsafe_b64encode(self.raw(n)).decode().rstrip('=')

    def uuid(self):
        h = self.hex(32)
        return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.choice("89ab")}{h[17:20]}-{h[20:32]}'


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def _ew1(s, enc):
    b = s.encode('utf-8')
    if enc.upper() == 'B':
        return '=?UTF-8?B?' + base64.b64encode(b).decode() + '?='
    out = []
    for c in b:
        ch = chr(c)
        if c == 32:
            out.append('_')
        elif c < 128 and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return '=?UTF-8?Q?' + ''.join(out) + '?='


def ew(s, enc='B', maxlen=75):
    """RFC 2047 encode s into one or more encoded-words (folded)."""
    words, cur = [], ''
    for ch in s:
        if cur and len(_ew1(cur + ch, enc)) > maxlen:
            words.append(_ew1(cur, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, enc))
    return '\r\n '.join(words)


def txt(s, enc='B'):
    """Unstructured header text: ASCII as is, otherwise encoded-words."""
    return s if s.isascii() else ew(s, enc)


def A(name, email, enc='B'):
    if not name:
        return email
    if name.isascii():
        return utils.formataddr((name, email))
    # one encoded-word for the whole display name (splitting phrases confuses some parsers)
    return f'{ew(name, enc, maxlen=400)} <{email}>'


def AL(*pairs, enc='B'):
    return ',\r\n '.join(A(n, e, enc) for n, e in pairs)


def fold(name, value, limit=78):
    if value == '':
        return f'{name}:'
    if '\r\n' in value:
        return f'{name}: {value}'
    words = value.split(' ')
    lines, cur = [], f'{name}:'
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() and not cur.endswith(':'):
            lines.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    lines.append(cur)
    return '\r\n'.join(lines)


def postfix_qid(r):
    return '4' + r.tok(10, PFX) + 'z' + r.tok(3, PFX)


def dkim(r, d, s, h, t, blen=256, algo='rsa-sha256', c='relaxed/relaxed', extra=''):
    bh = r.b64(32)
    b = r.b64(blen)
    hl, cur = [], '\th='
    for i, f in enumerate(h.split(':')):
        piece = f + (':' if i < len(h.split(':')) - 1 else ';')
        if len(cur) + len(piece) > 74:
            hl.append(cur)
            cur = '\t  ' + piece
        else:
            cur += piece
    hl.append(cur)
    lines = [f'DKIM-Signature: v=1; a={algo}; c={c}; d={d};',
             f'\ts={s}; t={int(t.timestamp())};{extra}'] + hl + [f'\tbh={bh};']
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    lines.append('\tb=' + chunks[0])
    lines += ['\t ' + ch for ch in chunks[1:]]
    return '\r\n'.join(lines)


# --------------------------------------------------------------------------
# MIME boundary styles of different mailers
# --------------------------------------------------------------------------

def bnd_gmail(r):
    return lambda sub: '0000000000' + r.hex(18)


def bnd_outlook(r, box):
    core = box + r.HEX(20) + box
    def f(sub):
        return {'mixed': '_004_', 'related': '_003_', 'alternative': '_000_'}.get(sub, '_002_') + core + 'apcp_'
    return f


def bnd_java(r):
    base = int(r.dig(9))
    def f(sub):
        ms = int(f.date.timestamp() * 1000) - r.randint(50, 900) if getattr(f, 'date', None) else 1700000000000 + r.randint(0, 99999999999)
        return f'----=_Part_{base + r.randint(1, 999)}_{r.randint(100000000, 999999999)}.{ms}'
    return f


def bnd_hex(r, n=32):
    return lambda sub: r.hex(n)


def bnd_mc(r):
    return lambda sub: '_----------=_MCPart_' + r.dig(10)


def bnd_next(r):
    return lambda sub: f'----=_NextPart_{r.HEX(8)}_{r.HEX(8)}_{r.HEX(8)}'


def bnd_tb(r):
    return lambda sub: '------------' + r.tok(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def bnd_sfmc(r):
    return lambda sub: '----msg_border_' + r.tok(10, ALNUM)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------

def body_alt(text, html, tcte='quoted-printable', hcte='quoted-printable', tparams=None):
    m = EmailMessage(policy=POL)
    m.set_content(text, subtype='plain', charset='utf-8', cte=tcte, params=tparams or {})
    m.add_alternative(html, subtype='html', charset='utf-8', cte=hcte)
    return m


def body_text(text, cte='quoted-printable', params=None):
    m = EmailMessage(policy=POL)
    m.set_content(text, subtype='plain', charset='utf-8', cte=cte, params=params or {})
    return m


def attach(m, data, mtype, filename):
    maintype, subtype = mtype.split('/')
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def render_body(m, bfun):
    if bfun:
        for p in m.walk():
            if p.is_multipart():
                p.set_boundary(bfun(p.get_content_subtype()))
    raw = m.as_bytes(policy=POL)
    head, _, rest = raw.partition(b'\r\n\r\n')
    fields = []
    for ln in head.split(b'\r\n'):
        if ln[:1] in (b' ', b'\t') and fields:
            fields[-1] += b'\r\n' + ln
        else:
            fields.append(ln)
    fields = [f for f in fields if not f.lower().startswith(b'mime-version:')]
    return fields, rest


def build(num, *, date, ret, host, ip, rcpt, headers, body, bnd=None,
          delay=3, inner=(), dkims=()):
    r = R(9000 + num)
    arr = (date + timedelta(seconds=delay)).astimezone(ICT)
    trace = [f'Return-Path: <{ret}>',
             f'Received: from {host} ({host} [{ip}])\r\n'
             f'\tby {GW} (Postfix) with ESMTPS id {postfix_qid(r)}\r\n'
             f'\tfor <{rcpt}>; {fmt(arr)} (+07)']
    trace += list(inner)
    trace += list(dkims)
    hdr = []
    for name, value in headers:
        hdr.append(fold(name, value))
    if bnd is not None:
        bnd.date = date
    fields, rest = render_body(body, bnd)
    out = ('\r\n'.join(trace + hdr)).encode('ascii') + b'\r\n' + b'\r\n'.join(fields) + b'\r\n\r\n' + rest
    path = os.path.join(OUT, f'a{num:02d}.eml')
    with open(path, 'wb') as fh:
        fh.write(out)
    return path


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------

def preheader(text):
    return ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;'
            'max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">'
            + text + ' ' + '&#847; &zwnj;&nbsp;' * 24 + '</div>')


def shell(inner, *, title='', lang='en', bg='#f4f4f4', pre='', font='Helvetica,Arial,sans-serif',
          width=600, card='#ffffff', head='', outer_top='', outer_bottom=''):
    ph = preheader(pre) if pre else ''
    return f'''<!DOCTYPE html>
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>{title}</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">
body,table,td,a{{-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;}}
table,td{{mso-table-lspace:0pt;mso-table-rspace:0pt;}}
img{{-ms-interpolation-mode:bicubic;border:0;height:auto;line-height:100%;outline:none;text-decoration:none;}}
body{{margin:0 !important;padding:0 !important;width:100% !important;}}
a[x-apple-data-detectors]{{color:inherit !important;text-decoration:none !important;}}
@media screen and (max-width:{width + 20}px){{.wrap{{width:100% !important;}}.pad{{padding-left:20px !important;padding-right:20px !important;}}.stack{{display:block !important;width:100% !important;}}}}
{head}
</style>
</head>
<body style="margin:0;padding:0;background-color:{bg};">
{ph}
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:{bg};">
<tr><td align="center" style="padding:24px 10px;">
{outer_top}
<table role="presentation" class="wrap" border="0" cellpadding="0" cellspacing="0" width="{width}" style="width:{width}px;max-width:{width}px;background-color:{card};font-family:{font};">
{inner}
</table>
{outer_bottom}
</td></tr>
</table>
</body>
</html>
'''


def row(content, pad='0 40px', style=''):
    return f'<tr><td class="pad" style="padding:{pad};{style}">\n{content}\n</td></tr>'


def P(text, size=15, color='#333333', lh=None, mb=16, extra=''):
    lh = lh or int(size * 1.5)
    return (f'<p style="margin:0 0 {mb}px 0;font-size:{size}px;line-height:{lh}px;color:{color};{extra}">'
            f'{text}</p>')


def btn(href, label, bg='#0061fe', color='#ffffff', radius=4, size=15, pad='12px 28px', align='left', font='inherit'):
    return (f'<table role="presentation" border="0" cellpadding="0" cellspacing="0" align="{align}" style="margin:8px 0 24px 0;">'
            f'<tr><td align="center" bgcolor="{bg}" style="border-radius:{radius}px;">'
            f'<a href="{href}" target="_blank" style="display:inline-block;padding:{pad};font-family:{font};'
            f'font-size:{size}px;font-weight:bold;line-height:20px;color:{color};text-decoration:none;'
            f'border-radius:{radius}px;background-color:{bg};border:1px solid {bg};">{label}</a></td></tr></table>')


def kv(rows, lw='38%', size=14, border='#e5e7eb', lc='#6b7280', vc='#111827'):
    out = ['<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" '
           f'style="border-collapse:collapse;margin:0 0 20px 0;font-size:{size}px;">']
    for k, v in rows:
        out.append(f'<tr><td width="{lw}" style="padding:8px 8px 8px 0;border-bottom:1px solid {border};color:{lc};vertical-align:top;">{k}</td>'
                   f'<td style="padding:8px 0;border-bottom:1px solid {border};color:{vc};vertical-align:top;">{v}</td></tr>')
    out.append('</table>')
    return '\n'.join(out)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# --------------------------------------------------------------------------
# attachment builders
# --------------------------------------------------------------------------

def make_pdf(lines, *, title, author='', creator='', producer='', when=None, r=None):
    """Tiny valid PDF (Helvetica, WinAnsi).  lines: (style, text) tuples.
    styles: H1 H2 B N S C(centre) CB(centre bold) HR SP T(table row: list of (x, text)) TB(bold row)"""
    W, Hh, left, top, bottom = 595, 842, 56, 790, 60
    spec = {'H1': (16, 'F2', 24), 'H2': (12, 'F2', 18), 'B': (10, 'F2', 15), 'N': (10, 'F1', 15),
            'S': (8, 'F1', 12), 'C': (10, 'F1', 15), 'CB': (12, 'F2', 18), 'T': (9.5, 'F1', 15),
            'TB': (9.5, 'F2', 15)}

    def pe(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

    pages, cur, y = [], [], top
    for item in lines:
        st, tx = item[0], item[1] if len(item) > 1 else ''
        if st == 'SP':
            y -= 10
            continue
        if st == 'HR':
            cur.append(f'0.6 w {left} {y + 4} m {W - left} {y + 4} l S')
            y -= 10
            continue
        size, font, lead = spec[st]
        if y - lead < bottom:
            pages.append(cur)
            cur, y = [], top
        if st in ('T', 'TB'):
            for x, t in tx:
                cur.append(f'BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pe(t)}) Tj ET')
        else:
            x = left
            if st in ('C', 'CB'):
                x = int((W - len(tx) * size * 0.52) / 2)
            cur.append(f'BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({pe(tx)}) Tj ET')
        y -= lead
    pages.append(cur)
    n = len(pages)
    objs = {}
    pids = [6 + 2 * i for i in range(n)]
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [' + ' '.join(f'{p} 0 R' for p in pids) + f'] /Count {n} >>').encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    when = when or datetime(2024, 1, 1, tzinfo=ICT)
    off = when.utcoffset()
    oh = int(off.total_seconds() // 3600)
    dstr = when.strftime('D:%Y%m%d%H%M%S') + (f"+{oh:02d}'00'" if oh >= 0 else f"-{-oh:02d}'00'")
    objs[5] = (f'<< /Title ({pe(title)}) /Author ({pe(author)}) /Creator ({pe(creator)}) '
               f'/Producer ({pe(producer)}) /CreationDate ({dstr}) /ModDate ({dstr}) >>').encode('latin-1')
    for i, c in enumerate(pages):
        pid = pids[i]
        objs[pid] = (f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {Hh}] '
                     f'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {pid + 1} 0 R >>').encode()
        data = ('\n'.join(c) + '\n').encode('latin-1')
        objs[pid + 1] = b'<< /Length %d >>\nstream\n' % len(data) + data + b'endstream'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offs[k]
    fid = (r.HEX(32) if r else '0' * 32).encode()
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<' % size + fid + b'> <' + fid +
            b'>] >>\nstartxref\n%d\n%%%%EOF\n' % xref)
    return bytes(out)


def make_docx(paras, *, title, author, created, company=''):
    """paras: list of (kind, text) with kind in title/body/noindent/right/heading/table
    (for table the text is a list of rows, each a list of cell strings)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

    def run(t, font='仿宋_GB2312', sz=32, bold=False):
        b = '<w:b/>' if bold else ''
        return (f'<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
                f'{b}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r>')

    body = []
    for kind, t in paras:
        sp = '<w:spacing w:line="560" w:lineRule="exact"/>'
        if kind == 'title':
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/>{sp}</w:pPr>{run(t, "方正小标宋简体", 44)}</w:p>')
        elif kind == 'heading':
            body.append(f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/>{sp}</w:pPr>{run(t, "黑体")}</w:p>')
        elif kind == 'body':
            body.append(f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>{sp}</w:pPr>{run(t)}</w:p>')
        elif kind == 'noindent':
            body.append(f'<w:p><w:pPr>{sp}</w:pPr>{run(t)}</w:p>')
        elif kind == 'right':
            body.append(f'<w:p><w:pPr><w:jc w:val="right"/><w:ind w:right="640"/>{sp}</w:pPr>{run(t)}</w:p>')
        elif kind == 'pagebreak':
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif kind == 'table':
            ncol = len(t[0])
            cw = 8800 // ncol
            tb = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders>'
                  + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                            for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
                  + '</w:tblBorders></w:tblPr><w:tblGrid>' + f'<w:gridCol w:w="{cw}"/>' * ncol + '</w:tblGrid>']
            for ri, rw in enumerate(t):
                tb.append('<w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr>')
                for c in rw:
                    tb.append(f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                              f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(c, "仿宋_GB2312", 24, ri == 0)}</w:p></w:tc>')
                tb.append('</w:tr>')
            tb.append('</w:tbl>')
            body.append(''.join(tb))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
           'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
           '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    iso = created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>2</Pages><Application>Microsoft Office Word</Application>'
           f'<DocSecurity>0</DocSecurity><Company>{esc(company)}</Company><AppVersion>16.0000</AppVersion></Properties>')
    bio = io.BytesIO()
    dt = created.astimezone(created.tzinfo).timetuple()[:6]
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
                           ('word/_rels/document.xml.rels', wrels), ('docProps/core.xml', core),
                           ('docProps/app.xml', app)):
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return bio.getvalue()


def ics_fold(lines):
    out = []
    for ln in lines:
        cur, first = '', True
        for ch in ln:
            lim = 75 if first else 74
            if len((cur + ch).encode('utf-8')) > lim:
                out.append(cur if first else ' ' + cur)
                cur, first = ch, False
            else:
                cur += ch
        out.append(cur if first else ' ' + cur)
    return '\r\n'.join(out) + '\r\n'


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


# ==========================================================================
# recipients at the agency
# ==========================================================================
HUNG = ('Nguyễn Văn Hùng', 'nguyen.van.hung@agency.gov.vn')
MAI = ('Trần Thị Mai', 'tran.thi.mai@agency.gov.vn')
DUC = ('Lê Minh Đức', 'le.minh.duc@agency.gov.vn')
HA = ('Phạm Thu Hà', 'pham.thu.ha@agency.gov.vn')
VANTHU = ('Văn thư Cục Quản lý Dịch vụ số', 'vanthu@agency.gov.vn')
TUAN = ('Hoàng Anh Tuấn', 'hoang.anh.tuan@agency.gov.vn')
HUONG = ('Đỗ Thanh Hương', 'do.thanh.huong@agency.gov.vn')
BAO = ('Vũ Quốc Bảo', 'vu.quoc.bao@agency.gov.vn')


# ==========================================================================
# ENGLISH
# ==========================================================================

def m01():
    """EN - password reset requested by the user (Dropbox)"""
    r = R(1)
    date = D(2025, 2, 18, 1, 41, 7, UTC)
    token = r.b64u(30)
    link = f'https://www.dropbox.com/password_reset?t={token}&e=le.minh.duc%40agency.gov.vn'
    text = f"""Hi Duc,

We got a request to reset the password of the Dropbox account that uses
le.minh.duc@agency.gov.vn.

To pick a new password, open the link below. It works only once and expires
in 24 hours.

Reset password:
{link}

Didn't ask for this? Then you can simply ignore this email. Your current
password stays the same, and the link is useless to anyone who can't read
your inbox.

Want more protection? Turn on two-step verification in your security
settings: https://www.dropbox.com/account/security

- The Dropbox team


Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158
"""
    inner = '\n'.join([
        row('<img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" height="32" alt="Dropbox" style="display:block;">', '32px 40px 8px 40px'),
        row(P('Reset your password', 22, '#1e1919', 30, 20, 'font-weight:bold;')
            + P('Hi Duc,')
            + P('We got a request to reset the password of the Dropbox account that uses <strong>le.minh.duc@agency.gov.vn</strong>.')
            + P('To pick a new password, click the button below. The link works only once and expires in 24&nbsp;hours.')
            + btn(link, 'Reset password', '#0061fe')
            + '<div style="clear:both;"></div>'
            + P('Didn&#39;t ask for this? Then you can simply ignore this email. Your current password stays the same, and the link is useless to anyone who can&#39;t read your inbox.')
            + P('Want more protection? Turn on <a href="https://www.dropbox.com/account/security" style="color:#0061fe;text-decoration:none;">two-step verification</a>.')
            + P('- The Dropbox team', mb=32)),
        row(P('&copy; 2025 Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158<br>'
              '<a href="https://help.dropbox.com/security/password-reset" style="color:#736c64;">Help Center</a> &middot; '
              '<a href="https://www.dropbox.com/privacy" style="color:#736c64;">Privacy Policy</a>', 12, '#736c64', 18, 0),
            '20px 40px 32px 40px', 'border-top:1px solid #e9e6e2;'),
    ])
    html = shell(inner, title='Reset your Dropbox password', bg='#f7f5f2', pre='Use this link to choose a new password for your Dropbox account.',
                 font="'Helvetica Neue',Helvetica,Arial,sans-serif")
    body = body_alt(text, html)
    sgid = r.b64u(16)
    hdr = [
        ('From', 'Dropbox <no-reply@dropbox.com>'),
        ('To', 'le.minh.duc@agency.gov.vn'),
        ('Subject', 'Reset your Dropbox password'),
        ('Date', fmt(date)),
        ('Message-ID', f'<{sgid}@geopod-ismtpd-{r.randint(1, 40)}>'),
        ('MIME-Version', '1.0'),
        ('X-Dropbox-Email-Type', 'password_reset'),
        ('X-SG-EID', r.b64(60)[:78]),
        ('X-Entity-ID', r.b64u(16)),
    ]
    return build(1, date=date, ret=f'bounces+2731946-{r.hex(4)}-le.minh.duc=agency.gov.vn@em-s.dropbox.com',
                 host='o21.em-s.dropbox.com', ip='149.72.120.164', rcpt=DUC[1], headers=hdr, body=body,
                 bnd=bnd_hex(r, 58), delay=2,
                 dkims=[dkim(r, 'dropbox.com', 's1', 'content-type:from:mime-version:subject:x-dropbox-email-type:to:cc:content-type:from:subject:to', date)])


def m02():
    """EN - new sign-in security alert (Google)"""
    r = R(2)
    date = D(2025, 4, 3, 2, 17, 44, UTC)
    email = BAO[1]
    ts = int(date.timestamp() * 1000)
    eid = r.b64u(24)
    check = f'https://accounts.google.com/AccountChooser?Email={email}&continue=https://myaccount.google.com/alert/nt/{ts}?rfn%3D127%26rfnc%3D1%26eid%3D{eid}%26et%3D0'
    text = f"""[image: Google]
New sign-in on a Windows device

{email}

Your Google Account was just signed in to from a Windows computer. If you did
this, no action is needed. If you don't recognise this sign-in, review the
recent activity and we will guide you through securing your account.

Check activity
{check}

You can also review all recent security activity here:
https://myaccount.google.com/notifications

This security notice was sent to you because it concerns your Google
Account.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    html = f'''<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="format-detection" content="email=no"><meta name="format-detection" content="date=no"><style nonce="{r.b64u(16)}">.awl a {{color: #FFFFFF; text-decoration: none;}} .abml a {{color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}} .adgl a {{color: rgba(0, 0, 0, 0.87); text-decoration: none;}} .afal a {{color: #b0b0b0; font-size: 11px; line-height: 18px; text-decoration: none;}} @media screen and (min-width: 600px) {{.v2sp {{padding: 6px 30px 0px;}} .v2rsp {{padding: 0px 10px;}}}}</style></head><body style="margin: 0; padding: 0;" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width: 348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height: 32px;"><td></td></tr><tr align="center"><td><div itemscope itemtype="//schema.org/EmailMessage"><div itemprop="action" itemscope itemtype="//schema.org/ViewAction"><link itemprop="url" href="https://myaccount.google.com/notifications"><meta itemprop="name" content="Review Activity"></div></div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom: 20px; max-width: 516px; min-width: 220px;"><tr><td width="8" style="width: 8px;"></td><td><div style="border-style: solid; border-width: thin; border-color:#dadce0; border-radius: 8px; padding: 40px 20px;" align="center" class="mdv2rw"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom: 16px;" alt="Google"><div style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom: thin solid #dadce0; color: rgba(0,0,0,0.87); line-height: 32px; padding-bottom: 24px;text-align: center; word-break: break-word;"><div style="font-size: 24px;">New sign-in on a Windows device</div><table align="center" style="margin-top:8px;"><tr style="line-height: normal;"><td align="right" style="padding-right:8px;"><img width="20" height="20" style="width: 20px; height: 20px; vertical-align: sub; border-radius: 50%;" src="https://lh3.googleusercontent.com/a/default-user=s96" alt=""></td><td><a style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.87); font-size: 14px; line-height: 20px;">{email}</a></td></tr></table></div><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif; font-size: 14px; color: rgba(0,0,0,0.87); line-height: 20px;padding-top: 20px; text-align: left;">Your Google Account was just signed in to from a Windows computer. If you did this, no action is needed. If you don&#39;t recognise this sign-in, review the recent activity and we will guide you through securing your account.<div style="padding-top: 32px; text-align: center;"><a href="{check}" target="_blank" link-id="main-button-link" style="font-family: 'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif; line-height: 16px; color: #ffffff; font-weight: 400; text-decoration: none;font-size: 14px;display:inline-block;padding: 10px 24px;background-color: #4184F3; border-radius: 5px; min-width: 90px;">Check activity</a></div></div><div style="padding-top: 20px; font-size: 12px; line-height: 16px; color: #5f6368; letter-spacing: 0.3px; text-align: center">You can also review all recent security activity here:<br><a style="color: rgba(0, 0, 0, 0.87);text-decoration: inherit;">https://myaccount.google.com/notifications</a></div></div><div style="text-align: left;"><div style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;"><div>This security notice was sent to you because it concerns your Google Account.</div><div style="direction: ltr;">&copy; 2025 Google LLC, <a class="afal" style="font-family: Roboto-Regular,Helvetica,Arial,sans-serif;color: rgba(0,0,0,0.54); font-size: 11px; line-height: 18px; padding-top: 12px; text-align: center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div></td><td width="8" style="width: 8px;"></td></tr></table></td></tr><tr height="32" style="height: 32px;"><td></td></tr></table></body></html>'''
    body = body_alt(text, html, tcte='base64', hcte='quoted-printable',
                    tparams={'format': 'flowed', 'delsp': 'yes'})
    hdr = [
        ('Date', fmt(date, gmt=True)),
        ('From', 'Google <no-reply@accounts.google.com>'),
        ('To', email),
        ('Message-ID', f'<{r.b64u(16)}@notifications.google.com>'),
        ('Subject', 'Security alert'),
        ('MIME-Version', '1.0'),
        ('X-Notifications', f'GAMMA:<{r.hex(40)}.{ts}@notifications.google.com>'),
        ('X-Notifications-Bounce-Info', r.tok(64) + 'NjU0OTI2MTAwNTc4MDEwOTcyNA'),
        ('X-Account-Notification-Type', '127'),
        ('Feedback-ID', '127:account-notifier'),
    ]
    arr_local = date.astimezone(TZ(-7))
    inner = [f'Received: by mail-sor-f73.google.com with SMTP id 98e67ed59e1d1-2ff{r.hex(5)}sor{r.dig(7)}a91.{r.randint(1, 9)}\r\n'
             f'        for <{email}>\r\n        (Google Transport Security);\r\n'
             f'        {fmt(arr_local)} (PDT)']
    return build(2, date=date, ret=f'3mPDuZwgTC{r.tok(12)}-ru38lt{r.tok(6)}.nvvnsl@gaia.bounces.google.com',
                 host='mail-sor-f73.google.com', ip='209.85.220.73', rcpt=email, headers=hdr, body=body,
                 bnd=bnd_gmail(r), delay=1, inner=inner,
                 dkims=[dkim(r, 'accounts.google.com', '20230601', 'date:from:to:message-id:subject:mime-version:from:to:cc:subject:date:message-id:reply-to', date)])


def m03():
    """EN - sign-up e-mail address verification (Atlassian)"""
    r = R(3)
    date = D(2024, 9, 24, 3, 5, 12, UTC)
    code = 'Q7K' + r.choice('2345679') + 'PM'
    token = r.b64u(48)
    link = f'https://id.atlassian.com/signup/verify-email?token={token}&continue=https%3A%2F%2Fagency-dx.atlassian.net%2Fjira'
    text = f"""Verify your email address

Hi Lê Minh Đức,

You're one step away from joining agency-dx.atlassian.net. Please confirm
that le.minh.duc@agency.gov.vn is your email address.

Enter this verification code on the sign-up page:

    {code}

Or open this link:
{link}

The code and link expire in 30 minutes. If you didn't try to create an
Atlassian account, you can ignore this message and no account will be created.

Cheers,
The Atlassian team

This message was sent to you by Atlassian Cloud.
Atlassian, 350 Bush Street, Floor 13, San Francisco, CA 94104, USA
Privacy policy: https://www.atlassian.com/legal/privacy-policy
"""
    inner = '\n'.join([
        row('<img src="https://id-frontend.prod-east.frontend.public.atl-paas.net/assets/atlassian-logo.png" width="190" height="24" alt="Atlassian" style="display:block;">', '32px 40px 24px 40px'),
        row(P('Verify your email address', 24, '#172b4d', 32, 20, 'font-weight:500;')
            + P('Hi Lê Minh Đức,', 14, '#172b4d', 20)
            + P('You&#39;re one step away from joining <strong>agency-dx.atlassian.net</strong>. Please confirm that <strong>le.minh.duc@agency.gov.vn</strong> is your email address by entering this code on the sign-up page:', 14, '#172b4d', 20)
            + f'<div style="margin:8px 0 24px 0;padding:16px;background-color:#f4f5f7;border-radius:3px;text-align:center;font-family:SFMono-Medium,Menlo,Consolas,monospace;font-size:28px;letter-spacing:6px;color:#172b4d;">{code}</div>'
            + P('Or verify with one click:', 14, '#172b4d', 20)
            + btn(link, 'Verify email', '#0052cc', radius=3, size=14, pad='10px 20px')
            + '<div style="clear:both;"></div>'
            + P('The code and link expire in 30 minutes. If you didn&#39;t try to create an Atlassian account, ignore this message and no account will be created.', 14, '#172b4d', 20)
            + P('Cheers,<br>The Atlassian team', 14, '#172b4d', 20, 32)),
        row('<img src="https://id-frontend.prod-east.frontend.public.atl-paas.net/assets/atlassian-footer.png" width="120" height="16" alt="Atlassian" style="display:block;margin:0 auto 12px auto;">'
            + P('This message was sent to you by Atlassian Cloud<br>350 Bush Street, Floor 13, San Francisco, CA 94104, USA<br>'
                '<a href="https://www.atlassian.com/legal/privacy-policy" style="color:#6b778c;">Privacy policy</a>', 12, '#6b778c', 18, 0, 'text-align:center;'),
            '24px 40px 32px 40px', 'border-top:1px solid #dfe1e6;'),
    ])
    html = shell(inner, title='Verify your email address', bg='#ffffff', width=520,
                 pre=f'Your Atlassian verification code is {code}',
                 font="-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif")
    body = body_alt(text, html, tcte='quoted-printable', hcte='quoted-printable')
    sesid = f'0101019221{r.hex(6)}-{r.hex(8)}-{r.hex(4)}-{r.hex(4)}-{r.hex(4)}-{r.hex(12)}-000000'
    hdr = [
        ('From', 'Atlassian <noreply@id.atlassian.com>'),
        ('To', 'le.minh.duc@agency.gov.vn'),
        ('Subject', 'Verify your email for Atlassian'),
        ('Date', fmt(date)),
        ('MIME-Version', '1.0'),
        ('Message-ID', f'<{sesid}@us-west-2.amazonses.com>'),
        ('X-Atlassian-Mail-Message-Id', r.uuid()),
        ('X-Atlassian-Mail-Transaction-Id', r.uuid()),
        ('Feedback-ID', '1.us-west-2.' + r.b64(32)[:43].replace('/', 'x') + '=:AmazonSES'),
        ('X-SES-Outgoing', '2024.09.24-54.240.27.11'),
    ]
    return build(3, date=date, ret=sesid + '@us-west-2.amazonses.com', host='a27-11.smtp-out.us-west-2.amazonses.com',
                 ip='54.240.27.11', rcpt=DUC[1], headers=hdr, body=body, bnd=bnd_java(r), delay=4,
                 dkims=[dkim(r, 'id.atlassian.com', 'vqgwsxx2lvp5lmx4ajgmcbmtm4sgiwcc', 'Content-Type:From:To:Subject:Date:MIME-Version:Message-ID', date, 128, c='simple/simple'),
                        dkim(r, 'amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv', 'Content-Type:From:To:Subject:Date:MIME-Version:Message-ID:Feedback-ID', date, 128, c='simple/simple')])


def m04():
    """EN - SaaS receipt with PDF invoice (Zoom)"""
    r = R(4)
    date = D(2025, 6, 1, 3, 12, 40, TZ(-7))
    inv = 'INV' + r.dig(9)
    acct = r.dig(8)
    text = f"""Hi Phạm Thu Hà,

Thank you for your payment. Your Zoom Workplace Pro plan has been renewed
for another year. A PDF copy of the invoice is attached to this email.

Invoice number:    {inv}
Invoice date:      June 1, 2025
Account number:    {acct}
Billing period:    Jun 1, 2025 - May 31, 2026

Zoom Workplace Pro (Annual) x 5 licenses     USD 749.50
Subtotal                                     USD 749.50
Tax                                          USD   0.00
Total paid                                   USD 749.50

Payment method: Visa ending in 4417
Billed to: Cuc Quan ly Dich vu so, 18 Nguyen Du, Hai Ba Trung, Ha Noi, Viet Nam

You can view and download all invoices at any time in the Zoom web portal:
https://zoom.us/billing/report

Questions about billing? Visit https://support.zoom.com/hc/en/billing

Thank you for choosing Zoom.
- The Zoom Team

Zoom Communications, Inc. | 55 Almaden Blvd, 6th Floor, San Jose, CA 95113
"""
    items = kv([('Invoice number', inv), ('Invoice date', 'June 1, 2025'), ('Account number', acct),
                ('Billing period', 'Jun 1, 2025 &ndash; May 31, 2026'), ('Payment method', 'Visa ending in 4417')], '42%')
    lines = ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px;color:#232333;margin:0 0 24px 0;">'
             '<tr><td style="padding:10px 0;border-bottom:1px solid #ededf4;font-weight:bold;">Description</td><td align="right" style="padding:10px 0;border-bottom:1px solid #ededf4;font-weight:bold;">Amount</td></tr>'
             '<tr><td style="padding:10px 0;border-bottom:1px solid #ededf4;">Zoom Workplace Pro (Annual) &times; 5 licenses</td><td align="right" style="padding:10px 0;border-bottom:1px solid #ededf4;">USD 749.50</td></tr>'
             '<tr><td style="padding:6px 0;color:#6e7680;">Subtotal</td><td align="right" style="padding:6px 0;color:#6e7680;">USD 749.50</td></tr>'
             '<tr><td style="padding:6px 0;color:#6e7680;">Tax</td><td align="right" style="padding:6px 0;color:#6e7680;">USD 0.00</td></tr>'
             '<tr><td style="padding:10px 0;font-weight:bold;font-size:16px;">Total paid</td><td align="right" style="padding:10px 0;font-weight:bold;font-size:16px;">USD 749.50</td></tr></table>')
    inner = '\n'.join([
        row('<img src="https://st1.zoom.us/static/6.3.11736/image/new/ZoomLogo_112x25.png" width="112" height="25" alt="Zoom" style="display:block;">', '28px 40px', 'border-bottom:4px solid #0b5cff;'),
        row(P('Thank you for your payment', 22, '#232333', 30, 16, 'font-weight:bold;')
            + P('Hi Phạm Thu Hà,', 14, '#232333', 21)
            + P('Your <strong>Zoom Workplace Pro</strong> plan has been renewed for another year. A PDF copy of the invoice is attached to this email.', 14, '#232333', 21)
            + items + lines
            + P('Billed to: Cuc Quan ly Dich vu so, 18 Nguyen Du, Hai Ba Trung, Ha Noi, Viet Nam', 13, '#6e7680', 20)
            + btn('https://zoom.us/billing/report', 'View billing history', '#0b5cff', radius=8, size=14)
            + '<div style="clear:both;"></div>'
            + P('Questions about billing? Visit our <a href="https://support.zoom.com/hc/en/billing" style="color:#0b5cff;">Billing Support</a> page.', 13, '#6e7680', 20, 28),
            '28px 40px 0 40px'),
        row(P('&copy;2025 Zoom Communications, Inc. All rights reserved.<br>55 Almaden Blvd, 6th Floor, San Jose, CA 95113<br>'
              '<a href="https://www.zoom.com/en/trust/privacy/" style="color:#6e7680;">Privacy</a> &nbsp;|&nbsp; '
              '<a href="https://www.zoom.com/en/trust/terms/" style="color:#6e7680;">Terms</a>', 12, '#6e7680', 18, 0, 'text-align:center;'),
            '20px 40px 28px 40px', 'background-color:#f7f7fa;'),
    ])
    html = shell(inner, title='Zoom invoice', bg='#f7f7fa', pre=f'Payment received for invoice {inv}. Your receipt is attached.',
                 font="Lato,'Helvetica Neue',Helvetica,Arial,sans-serif")
    body = body_alt(text, html)
    pdf = make_pdf([
        ('H1', 'INVOICE'), ('S', 'Zoom Communications, Inc.  |  55 Almaden Blvd, 6th Floor, San Jose, CA 95113, USA'),
        ('SP',), ('HR',),
        ('T', [(56, 'Invoice number:'), (170, inv), (330, 'Bill to:')]),
        ('T', [(56, 'Invoice date:'), (170, 'Jun 01, 2025'), (330, 'Cuc Quan ly Dich vu so')]),
        ('T', [(56, 'Account number:'), (170, acct), (330, '18 Nguyen Du, Hai Ba Trung')]),
        ('T', [(56, 'Payment terms:'), (170, 'Paid - Credit card'), (330, 'Ha Noi, Viet Nam')]),
        ('T', [(56, 'Currency:'), (170, 'USD'), (330, 'Attn: Pham Thu Ha')]),
        ('SP',), ('HR',),
        ('TB', [(56, 'Description'), (300, 'Period'), (430, 'Qty'), (480, 'Amount')]),
        ('HR',),
        ('T', [(56, 'Zoom Workplace Pro (Annual)'), (300, '06/01/2025 - 05/31/2026'), (430, '5'), (480, '749.50')]),
        ('HR',),
        ('T', [(380, 'Subtotal'), (480, '749.50')]),
        ('T', [(380, 'Tax'), (480, '0.00')]),
        ('TB', [(380, 'Total (USD)'), (480, '749.50')]),
        ('T', [(380, 'Amount paid'), (480, '749.50')]),
        ('TB', [(380, 'Balance due'), (480, '0.00')]),
        ('SP',), ('SP',),
        ('N', 'Paid on Jun 01, 2025 with Visa ending in 4417. Thank you for your business.'),
        ('S', 'Billing questions: https://support.zoom.com/hc/en/billing'),
    ], title=f'Invoice {inv}', author='Zoom Communications, Inc.', creator='Zoom Billing', producer='iText 7.2.5', when=date, r=r)
    attach(body, pdf, 'application/pdf', f'Zoom_Invoice_{inv}.pdf')
    hdr = [
        ('From', 'Zoom <billing@zoom.us>'),
        ('Reply-To', 'Zoom Billing <no-reply@zoom.us>'),
        ('To', A(*HA)),
        ('Subject', f'Your Zoom invoice {inv} - payment received'),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.hex(8)}-{r.hex(4)}-{r.hex(4)}-{r.hex(4)}-{r.hex(12)}@zoom.us>'),
        ('MIME-Version', '1.0'),
        ('X-Zoom-Message-Type', 'billing_invoice'),
    ]
    return build(4, date=date, ret='bounce-billing@zoom.us', host='mta-83-141.zoom.us', ip='170.114.83.141', rcpt=HA[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=6,
                 dkims=[dkim(r, 'zoom.us', 'zoomus2048', 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type', date)])


def m05():
    """EN - GitHub pull-request review request"""
    r = R(5)
    date = D(2025, 5, 13, 2, 48, 19, TZ(-7))
    repo = 'agency-dx/eform-portal'
    pr = 412
    subj = f'[{repo}] Fix date parsing for dd/MM/yyyy input in submission form (PR #{pr})'
    tok = r.tok(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
    text = f"""@tqkhai requested your review on: {repo}#{pr} Fix date parsing for dd/MM/yyyy input in submission form.

Dates typed as 05/11/2024 in the submission form were reaching the API as
11 May instead of 5 November. This PR:

- parses user input with an explicit `dd/MM/yyyy` pattern (date-fns `parse`)
- sends ISO 8601 strings to `/api/v2/submissions`
- adds tests for 29/02 and end-of-month values

Closes #398

View, comment on, or merge this pull request at:

  https://github.com/{repo}/pull/{pr}

-- Commit Summary --

  * 3f2c9a1 parse dd/MM/yyyy explicitly in DateField
  * b81e6d4 send ISO date strings to submissions API
  * 9c0d7e2 add tests for 29/02 and 31/12

-- File Changes --

    M src/components/DateField.tsx (18)
    M src/api/submissions.ts (6)
    A src/utils/__tests__/parseDate.test.ts (42)
    M package.json (1)

-- Patch Links --

https://github.com/{repo}/pull/{pr}.patch
https://github.com/{repo}/pull/{pr}.diff

-- 
Reply to this email directly, or open it on GitHub:
https://github.com/{repo}/pull/{pr}
You got this notification because you were added as a reviewer.

Message ID: <{repo}/pull/{pr}@github.com>
"""
    html = f'''<p></p>
<p dir="auto"><a class="user-mention notranslate" href="https://github.com/tqkhai">@tqkhai</a> requested your review on: <a href="https://github.com/{repo}/pull/{pr}">{repo}#{pr}</a> Fix date parsing for dd/MM/yyyy input in submission form.</p>
<p dir="auto">Dates typed as <code class="notranslate">05/11/2024</code> in the submission form were reaching the API as 11 May instead of 5 November. This PR:</p>
<ul dir="auto">
<li>parses user input with an explicit <code class="notranslate">dd/MM/yyyy</code> pattern (date-fns <code class="notranslate">parse</code>)</li>
<li>sends ISO 8601 strings to <code class="notranslate">/api/v2/submissions</code></li>
<li>adds tests for 29/02 and end-of-month values</li>
</ul>
<p dir="auto">Closes <a class="issue-link js-issue-link" href="https://github.com/{repo}/issues/398">#398</a></p>
<hr>
<h4>View, comment on, or merge this pull request at:</h4>
<p>&nbsp; <a href="https://github.com/{repo}/pull/{pr}">https://github.com/{repo}/pull/{pr}</a></p>
<h4>Commit Summary</h4>
<ul>
<li><a href="https://github.com/{repo}/pull/{pr}/commits/3f2c9a1e84d05b7c2a61f90d3e4b8c7a1d2f6e05" class="commit-link">3f2c9a1</a> parse dd/MM/yyyy explicitly in DateField</li>
<li><a href="https://github.com/{repo}/pull/{pr}/commits/b81e6d40c2a95f17e3d8b64a0c1f5e92d7a3b810" class="commit-link">b81e6d4</a> send ISO date strings to submissions API</li>
<li><a href="https://github.com/{repo}/pull/{pr}/commits/9c0d7e2f1b3a8c64d5e07f92a1b6c3d8e4f50a17" class="commit-link">9c0d7e2</a> add tests for 29/02 and 31/12</li>
</ul>
<h4 style="display: inline-block">File Changes&nbsp;</h4> <p style="display: inline-block">(<a href="https://github.com/{repo}/pull/{pr}/files">4&nbsp;files</a>)</p>
<ul>
<li><strong>M</strong> <a href="https://github.com/{repo}/pull/{pr}/files#diff-1a2b">src/components/DateField.tsx</a> (18)</li>
<li><strong>M</strong> <a href="https://github.com/{repo}/pull/{pr}/files#diff-3c4d">src/api/submissions.ts</a> (6)</li>
<li><strong>A</strong> <a href="https://github.com/{repo}/pull/{pr}/files#diff-5e6f">src/utils/__tests__/parseDate.test.ts</a> (42)</li>
<li><strong>M</strong> <a href="https://github.com/{repo}/pull/{pr}/files#diff-7a8b">package.json</a> (1)</li>
</ul>
<h4>Patch Links:</h4>
<ul>
<li><a href="https://github.com/{repo}/pull/{pr}.patch">https://github.com/{repo}/pull/{pr}.patch</a></li>
<li><a href="https://github.com/{repo}/pull/{pr}.diff">https://github.com/{repo}/pull/{pr}.diff</a></li>
</ul>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/{repo}/pull/{pr}">open it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/{tok}">unsubscribe</a>.<br />You got this notification because you were added as a reviewer.<img src="https://github.com/notifications/beacon/{tok[:26]}{r.tok(40)}.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;{repo}/pull/{pr}</span><span>@</span><span>github</span><span>.</span><span>com&gt;</span></span></p>
<script type="application/ld+json">[
{{
"@context": "http://schema.org",
"@type": "EmailMessage",
"potentialAction": {{
"@type": "ViewAction",
"target": "https://github.com/{repo}/pull/{pr}",
"url": "https://github.com/{repo}/pull/{pr}",
"name": "View Pull Request"
}},
"description": "View this Pull Request on GitHub",
"publisher": {{
"@type": "Organization",
"name": "GitHub",
"url": "https://github.com"
}}
}}
]</script>'''
    body = body_alt(text, html, tcte='7bit', hcte='7bit')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Trần Quang Khải', 'notifications@github.com')),
        ('Reply-To', f'{repo} <reply+{r.tok(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}@reply.github.com>'),
        ('To', f'{repo} <eform-portal@noreply.github.com>'),
        ('Cc', f'{A("Lê Minh Đức", "le.minh.duc@agency.gov.vn")},\r\n Review requested <review_requested@noreply.github.com>'),
        ('Message-ID', f'<{repo}/pull/{pr}@github.com>'),
        ('Subject', subj),
        ('Mime-Version', '1.0'),
        ('List-ID', f'{repo} <eform-portal.agency-dx.github.com>'),
        ('List-Archive', f'https://github.com/{repo}'),
        ('List-Post', f'<mailto:reply+{r.tok(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}@reply.github.com>'),
        ('List-Unsubscribe', f'<mailto:unsub+{r.tok(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}@reply.github.com>,\r\n <https://github.com/notifications/unsubscribe/{r.tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('X-GitHub-Sender', 'tqkhai'),
        ('X-GitHub-Recipient', 'leminhduc-agency'),
        ('X-GitHub-Reason', 'review_requested'),
        ('X-GitHub-Notify-Platform', 'newsies'),
        ('X-GitHub-Recipient-Address', 'le.minh.duc@agency.gov.vn'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Precedence', 'list'),
    ]
    return build(5, date=date, ret='noreply@github.com', host='out-22.smtp.github.com', ip='192.30.252.205', rcpt=DUC[1],
                 headers=hdr, body=body, bnd=lambda s: f'--==_mimepart_{r.hex(13)}_{r.dig(4)}{r.randint(10, 99)}', delay=3,
                 dkims=[dkim(r, 'github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', date)])


def m06():
    """EN - e-signature request (Docusign)"""
    r = R(6)
    date = D(2025, 8, 5, 1, 22, 10, TZ(-7))
    env = r.uuid()
    a = r.uuid()
    link = f'https://na4.docusign.net/Signing/EmailStart.aspx?a={a}&etti=24&acct={r.uuid()}&er={r.uuid()}'
    code = r.HEX(32)
    fname = 'Letter_of_Agreement_DGCP_2025_Agency.pdf'
    text = f"""Sarah Lim sent you a document to review and sign.

REVIEW DOCUMENT
{link}

Sarah Lim
sarah.lim@nus.edu.sg

Dear Mr Hung,

Please review and sign the Letter of Agreement for the Digital Government
Capacity Programme 2025 (Singapore, 13-17 October 2025). The document
reflects the changes we agreed on our call last Thursday (participant
numbers and the cost-sharing clause in section 4).

Once all parties have signed, everyone will receive a completed copy by email.

Kind regards,
Sarah

Please don't forward this email: it contains a secure link to Docusign that
is meant only for you. If you need someone else to sign, use the "Assign to
someone else" option in the document.

Alternate signing method
Go to docusign.com, choose "Access Documents" and enter this security code:
{code}

About Docusign
Docusign lets you sign agreements electronically from any device. Your
signature is recorded with an audit trail that all parties can verify.

Questions about the document?
Reply to this email to contact Sarah Lim directly; Docusign cannot change
the content of the document.

Stop receiving this email
You can decline to sign from inside the document, or manage your
notification settings at https://support.docusign.com/s/signer
"""
    inner = '\n'.join([
        row('<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" width="116" height="34" alt="Docusign" style="display:block;">', '24px 24px'),
        row(f'''<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#1e4ca1;color:#ffffff;">
<tr><td align="center" style="padding:28px 24px 36px 24px;">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt="" style="display:block;margin:0 auto 16px auto;">
<p style="margin:0 0 24px 0;font-size:16px;line-height:24px;color:#ffffff;">Sarah Lim sent you a document to review and sign.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="background-color:#ffc820;border-radius:2px;">
<a href="{link}" style="display:inline-block;padding:12px 24px;font-size:15px;font-weight:bold;color:#333333;text-decoration:none;">REVIEW DOCUMENT</a></td></tr></table>
</td></tr></table>''', '0 24px'),
        row(P('<strong>Sarah Lim</strong><br><a href="mailto:sarah.lim@nus.edu.sg" style="color:#2463d1;">sarah.lim@nus.edu.sg</a>', 15, '#333333', 20, 20)
            + P('Dear Mr Hung,', 15) + P('Please review and sign the Letter of Agreement for the Digital Government Capacity Programme 2025 (Singapore, 13&ndash;17 October 2025). The document reflects the changes we agreed on our call last Thursday (participant numbers and the cost-sharing clause in section 4).', 15)
            + P('Once all parties have signed, everyone will receive a completed copy by email.', 15)
            + P('Kind regards,<br>Sarah', 15, mb=24), '24px 24px 8px 24px'),
        row(P('<b>Please don&#39;t forward this email:</b> it contains a secure link to Docusign that is meant only for you. If you need someone else to sign, use the &quot;Assign to someone else&quot; option in the document.', 13, '#666666', 18)
            + P(f'<b>Alternate signing method</b><br>Go to docusign.com, choose &quot;Access Documents&quot; and enter this security code:<br>{code}', 13, '#666666', 18)
            + P('<b>About Docusign</b><br>Docusign lets you sign agreements electronically from any device. Your signature is recorded with an audit trail that all parties can verify.', 13, '#666666', 18)
            + P('<b>Questions about the document?</b><br>Reply to this email to contact Sarah Lim directly; Docusign cannot change the content of the document.', 13, '#666666', 18)
            + P('<b>Stop receiving this email</b><br>You can decline to sign from inside the document, or manage your notification settings at <a href="https://support.docusign.com/s/signer" style="color:#2463d1;">support.docusign.com</a>.', 13, '#666666', 18, 24)
            + P(f'This message was sent to you by Sarah Lim who is using the Docusign Electronic Signature Service. Envelope ID: {env.upper()}', 11, '#999999', 16, 0),
            '8px 24px 28px 24px', 'background-color:#eaeaea;'),
    ])
    html = shell(inner, title='Docusign', bg='#eaeaea', width=640, pre='Sarah Lim sent you a document to review and sign.',
                 font='Helvetica,Arial,"Sans Serif"')
    body = body_alt(text, html)
    hdr = [
        ('Message-ID', f'<{r.hex(32)}@docusign.net>'),
        ('MIME-Version', '1.0'),
        ('From', 'Sarah Lim via Docusign <dse_NA4@docusign.net>'),
        ('Reply-To', 'Sarah Lim <sarah.lim@nus.edu.sg>'),
        ('To', A('Nguyen Van Hung', HUNG[1])),
        ('Date', fmt(date)),
        ('Subject', f'Complete with Docusign: {fname}'),
        ('X-Docusign-Envelope-Id', env),
        ('X-Docusign-Email-Type', 'EnvelopeActivation'),
        ('X-Api-Host', 'NA4DFE3'),
    ]
    return build(6, date=date, ret=f'dse_NA4@docusign.net', host='mailna4.docusign.net', ip='209.67.98.60', rcpt=HUNG[1],
                 headers=hdr, body=body, bnd=lambda s: '----=_NextPart_' + r.hex(8) + '.' + r.hex(8), delay=5,
                 dkims=[dkim(r, 'docusign.net', 'mail', 'MIME-Version:From:Reply-To:To:Date:Subject:Content-Type:Message-ID', date)])


def outlook_html(inner, lang='EN-US', font='Aptos', size='11.0pt'):
    return f'''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:{font};}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	font-size:{size};
	font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle18
	{{mso-style-type:personal-compose;
	font-family:"{font}",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
'''


def mso(text):
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>'


def outlook_ics(r, *, tzid, offset, organizer, attendees, summary, start, end, location, description,
                lang='en-US', stamp, online=None):
    """Exchange-style iCalendar REQUEST. start/end are naive local 'YYYYMMDDTHHMMSS' strings."""
    uid = '040000008200E00074C5B7101A82E00800000000' + r.HEX(16) + '0000000000000000100000000' + r.HEX(32)
    L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
         f'TZOFFSETFROM:{offset}', f'TZOFFSETTO:{offset}', 'END:STANDARD', 'BEGIN:DAYLIGHT',
         'DTSTART:16010101T000000', f'TZOFFSETFROM:{offset}', f'TZOFFSETTO:{offset}', 'END:DAYLIGHT',
         'END:VTIMEZONE', 'BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, e, role in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{ics_text(description)}', f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{ics_text(summary)}',
          f'DTSTART;TZID={tzid}:{start}', f'DTEND;TZID={tzid}:{end}', 'CLASS:PUBLIC', 'PRIORITY:5',
          f'DTSTAMP:{stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          'SEQUENCE:0', f'LOCATION;LANGUAGE={lang}:{ics_text(location)}',
          'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-OWNERAPPTID:' + str(r.randint(-2000000000, 2000000000)),
          'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if online:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{online}', 'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/'
              + r.uuid() + '/' + r.uuid() + '/19_meeting_' + r.b64u(40) + '@thread.v2/0',
              f'X-MICROSOFT-SKYPETEAMSPROPERTIES:{{"cid":"19:meeting_{r.b64u(40)}@thread.v2"\\,"rid":0\\,"mid":0\\,"uid":null\\,"private":true\\,"type":0}}',
              'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:' + organizer[1] + '\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_' + r.b64u(40) + '-thread.v2!' + r.hex(32) + '!' + r.hex(32),
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
          'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
          'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ics_fold(L)


def m07():
    """EN - online meeting invitation (Zoom link, Outlook invite with .ics)"""
    r = R(7)
    date = D(2025, 3, 20, 16, 4, 11, CST)
    pwd = r.b64u(24)
    zoom = f'https://adb-org.zoom.us/j/94815273640?pwd={pwd}'
    subject = 'TA 6972-VIE: Inception meeting with the Agency (Zoom), 27 March 2025'
    text = f"""Dear Mr Hung, dear Ms Mai,

Further to our exchange last week, please find below the Zoom details for
the inception meeting of TA 6972-VIE: Strengthening Digital Public Service
Delivery.

Time: Thursday, 27 March 2025, 14:00-15:30 Hanoi time (15:00-16:30 Manila)

Draft agenda
1. Welcome and introductions (ADB, Agency, consultant team)
2. Presentation of the inception report: scope, workplan, deliverables
3. Data-sharing platform assessment: proposed methodology and site visits
4. Coordination arrangements and next steps

The inception report (draft v0.9) was shared by the team leader on
Monday. Comments are welcome before or after the meeting. Please feel free
to forward this invitation to colleagues who should join.

Best regards,
Hannah

Hannah Okafor
Digital Technology Specialist
Digital Sector Office, Sectors Group
Asian Development Bank
6 ADB Avenue, Mandaluyong City 1550, Metro Manila, Philippines
T +63 2 8632 5417 | hokafor@adb.org | www.adb.org

________________________________________________________________________________

Join Zoom Meeting
{zoom}

Meeting ID: 948 1527 3640
Passcode: 531862

________________________________________________________________________________
"""
    p = [mso('Dear Mr Hung, dear Ms Mai,'), mso('&nbsp;'),
         mso('Further to our exchange last week, please find below the Zoom details for the inception meeting of <b>TA 6972-VIE: Strengthening Digital Public Service Delivery</b>.'),
         mso('&nbsp;'),
         mso('<b>Time:</b> Thursday, 27 March 2025, 14:00&#8211;15:30 Hanoi time (15:00&#8211;16:30 Manila)'), mso('&nbsp;'),
         mso('<b>Draft agenda</b>'),
         '<ol style="margin-top:0in" start="1" type="1">'
         '<li class="MsoNormal" style="margin-left:0in;mso-list:l0 level1 lfo1">Welcome and introductions (ADB, Agency, consultant team)<o:p></o:p></li>'
         '<li class="MsoNormal" style="margin-left:0in;mso-list:l0 level1 lfo1">Presentation of the inception report: scope, workplan, deliverables<o:p></o:p></li>'
         '<li class="MsoNormal" style="margin-left:0in;mso-list:l0 level1 lfo1">Data-sharing platform assessment: proposed methodology and site visits<o:p></o:p></li>'
         '<li class="MsoNormal" style="margin-left:0in;mso-list:l0 level1 lfo1">Coordination arrangements and next steps<o:p></o:p></li></ol>',
         mso('&nbsp;'),
         mso('The inception report (draft v0.9) was shared by the team leader on Monday. Comments are welcome before or after the meeting. Please feel free to forward this invitation to colleagues who should join.'),
         mso('&nbsp;'), mso('Best regards,'), mso('Hannah'), mso('&nbsp;'),
         '<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#0070C0">Hannah Okafor</span></b><span style="font-size:10.0pt"><br>Digital Technology Specialist<br>Digital Sector Office, Sectors Group<br>Asian Development Bank<br>6 ADB Avenue, Mandaluyong City 1550, Metro Manila, Philippines<br>T +63 2 8632 5417 | <a href="mailto:hokafor@adb.org">hokafor@adb.org</a> | <a href="https://www.adb.org/">www.adb.org</a></span><o:p></o:p></p>',
         mso('&nbsp;'),
         '<div style="border:none;border-top:solid #BFBFBF 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>',
         f'<p class="MsoNormal"><span style="font-size:13.5pt">Join Zoom Meeting</span><br><a href="{zoom}">{zoom}</a><o:p></o:p></p>',
         mso('&nbsp;'), mso('Meeting ID: 948 1527 3640'), mso('Passcode: 531862'),
         '<div style="border:none;border-bottom:solid #BFBFBF 1.0pt;padding:0in 0in 3.0pt 0in"><p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>']
    html = outlook_html('\n'.join(p))
    ics = outlook_ics(r, tzid='Singapore Standard Time', offset='+0800', organizer=('Hannah Okafor', 'hokafor@adb.org'),
                      attendees=[('Nguyen Van Hung', HUNG[1], 'REQ-PARTICIPANT'), ('Tran Thi Mai', MAI[1], 'REQ-PARTICIPANT'),
                                 ('Richard Tan (Consultant)', 'richard.tan.consult@adb.org', 'OPT-PARTICIPANT')],
                      summary=subject, start='20250327T150000', end='20250327T163000', location=zoom,
                      description=text, stamp=date)
    body = EmailMessage(policy=POL)
    body.set_content(text, charset='utf-8', cte='quoted-printable')
    body.add_alternative(html, subtype='html', charset='utf-8', cte='quoted-printable')
    body.add_alternative(ics, subtype='calendar', charset='utf-8', cte='base64', params={'method': 'REQUEST'})
    attach(body, ics.encode('utf-8'), 'application/ics', 'invite.ics')
    box = 'SEYPR03MB7283'
    hdr = [
        ('From', 'Hannah Okafor <hokafor@adb.org>'),
        ('To', f'{A("Nguyen Van Hung", HUNG[1])},\r\n {A("Tran Thi Mai", MAI[1])}'),
        ('CC', 'Richard Tan <richard.tan.consult@adb.org>'),
        ('Subject', subject),
        ('Thread-Topic', subject),
        ('Thread-Index', 'AduZ' + r.b64(18)),
        ('Date', fmt(date)),
        ('Message-ID', f'<{box}{r.HEX(20)}@{box}.apcprd03.prod.outlook.com>'),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-TNEF-Correlator', ''),
        ('msip_labels', ''),
        ('MIME-Version', '1.0'),
        ('X-MS-Exchange-Organization-SCL', '-1'),
        ('X-OriginatorOrg', 'adb.org'),
    ]
    return build(7, date=date, ret='hokafor@adb.org', host='mail-sgaapc01on2104.outbound.protection.outlook.com',
                 ip='40.107.215.104', rcpt=HUNG[1], headers=hdr, body=body, bnd=bnd_outlook(r, box), delay=8,
                 dkims=[dkim(r, 'adb.org', 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', date)])


def m08():
    """EN - professional newsletter via Mailchimp (tracking pixel, click tracking, unsubscribe)"""
    r = R(8)
    date = D(2025, 10, 7, 13, 0, 22, UTC)
    u, lid, cid, eid = r.hex(25), r.hex(10), r.hex(10), r.hex(10)
    base = 'https://dpiweekly.us21.list-manage.com'

    lids = [r.hex(10) for _ in range(10)]

    def ck(n):
        return f'{base}/track/click?u={u}&amp;id={lids[n]}&amp;e={eid}'

    def ckt(n):
        return f'{base}/track/click?u={u}&id={lids[n]}&e={eid}'
    unsub = f'{base}/unsubscribe?u={u}&id={lid}&t=b&e={eid}&c={cid}'
    prefs = f'{base}/profile?u={u}&id={lid}&e={eid}&c={cid}'
    view = f'https://mailchi.mp/dpiweekly/dpi-weekly-87-{r.hex(6)}'
    arts = [
        ('Interoperability is a governance problem first',
         'Three ASEAN data-exchange pilots ran into the same wall: not the APIs, but unclear rules on who may reuse which record, for what purpose. We compare how each team wrote its data-sharing agreements and what they would change next time.'),
        ('Case note: cutting permit processing from 15 days to 4',
         'A provincial one-stop shop reused verified identity and business-registry data instead of asking applicants to upload copies. The hard part was retraining staff, not building the integration.'),
        ('Tools worth a look: open consent-management components',
         'A short review of three open-source libraries for recording citizen consent, with notes on audit logs, revocation and how they fit a national identity layer.'),
    ]
    t_arts = '\n\n'.join(f'** {t}\n{d}\nRead more ( {ckt(i)} )' for i, (t, d) in enumerate(arts))
    text = f"""** DPI Weekly #87
------------------------------------------------------------
What ASEAN data exchanges teach us about interoperability

View this email in your browser ( {view} )

Hello Mai,

This week: why interoperability projects stall at the agreement stage, a
one-stop-shop case from the region, and a round-up of consent tools. Plus
our next community call on 23 October.

{t_arts}

** Community call: Data exchange agreements in practice
Thursday 23 October 2025, 14:00 ICT (07:00 UTC), online, free.
Register ( {ckt(9)} )

Thanks for reading, and forward this to a colleague who might enjoy it.
- The DPI Weekly editors

============================================================
Copyright (C) 2025 DPI Weekly, All rights reserved.
You are receiving this email because you subscribed at dpiweekly.org.

Our mailing address is:
DPI Weekly
20 Collyer Quay #09-01
Singapore 049319
Singapore

Want to change how you receive these emails?
You can update your preferences ( {prefs} )
or unsubscribe ( {unsub} )
"""
    h_arts = ''.join(f'''<tr><td class="pad" style="padding:0 40px 28px 40px;">
<h2 style="margin:0 0 8px 0;font-family:Georgia,'Times New Roman',serif;font-size:20px;line-height:26px;color:#0f2b46;font-weight:normal;">{t}</h2>
<p style="margin:0 0 10px 0;font-size:15px;line-height:23px;color:#3d4852;">{d}</p>
<a href="{ck(i)}" style="font-size:14px;font-weight:bold;color:#0e7c6b;text-decoration:none;">Read more &rarr;</a>
</td></tr>''' for i, (t, d) in enumerate(arts))
    inner = f'''<tr><td style="padding:10px 40px;font-size:11px;color:#8a949e;text-align:right;"><a href="{view}" style="color:#8a949e;">View this email in your browser</a></td></tr>
<tr><td class="pad" style="padding:24px 40px;background-color:#0f2b46;">
<img src="https://mcusercontent.com/{u}/images/{r.hex(8)}-{r.hex(4)}-{r.hex(4)}-{r.hex(4)}-{r.hex(12)}.png" width="180" height="40" alt="DPI Weekly" style="display:block;">
</td></tr>
<tr><td class="pad" style="padding:32px 40px 8px 40px;">
<p style="margin:0 0 6px 0;font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#0e7c6b;font-weight:bold;">Issue #87 &middot; 7 October 2025</p>
<h1 style="margin:0 0 16px 0;font-family:Georgia,'Times New Roman',serif;font-size:28px;line-height:34px;color:#0f2b46;font-weight:normal;">What ASEAN data exchanges teach us about interoperability</h1>
<p style="margin:0 0 24px 0;font-size:15px;line-height:23px;color:#3d4852;">Hello Mai,<br><br>This week: why interoperability projects stall at the agreement stage, a one-stop-shop case from the region, and a round-up of consent tools. Plus our next community call on 23 October.</p>
<hr style="border:none;border-top:1px solid #e3e8ee;margin:0 0 24px 0;">
</td></tr>
{h_arts}
<tr><td class="pad" style="padding:0 40px 32px 40px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef7f5;border-radius:6px;"><tr><td style="padding:20px 24px;">
<p style="margin:0 0 6px 0;font-size:16px;font-weight:bold;color:#0f2b46;">Community call: Data exchange agreements in practice</p>
<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#3d4852;">Thursday 23 October 2025, 14:00 ICT (07:00 UTC) &middot; online &middot; free</p>
<a href="{ck(9)}" style="display:inline-block;padding:10px 22px;background-color:#0e7c6b;color:#ffffff;font-size:14px;font-weight:bold;text-decoration:none;border-radius:4px;">Register</a>
</td></tr></table>
</td></tr>
<tr><td class="pad" style="padding:0 40px 32px 40px;font-size:15px;line-height:23px;color:#3d4852;">Thanks for reading, and forward this to a colleague who might enjoy it.<br>&mdash; The DPI Weekly editors</td></tr>
<tr><td class="pad" style="padding:24px 40px;background-color:#f4f6f8;font-size:12px;line-height:18px;color:#6b7785;text-align:center;">
<em>Copyright &copy; 2025 DPI Weekly, All rights reserved.</em><br>You are receiving this email because you subscribed at dpiweekly.org.<br><br>
<strong>Our mailing address is:</strong><br>DPI Weekly<br>20 Collyer Quay #09-01<br>Singapore 049319<br>Singapore<br><br>
Want to change how you receive these emails?<br>You can <a href="{prefs}" style="color:#6b7785;">update your preferences</a> or <a href="{unsub}" style="color:#6b7785;">unsubscribe</a><br><br>
<a href="http://eepurl.com/{r.tok(6)}" title="Mailchimp Email Marketing"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" width="130" alt="Intuit Mailchimp" style="display:inline-block;"></a>
</td></tr>'''
    html = shell(inner, title='DPI Weekly #87', bg='#e9edf1', pre='Why interoperability projects stall at the agreement stage, a one-stop-shop case, and consent tools.',
                 font="'Helvetica Neue',Helvetica,Arial,Verdana,sans-serif").replace(
        '</body>', f'<center><img src="{base}/track/open.php?u={u}&amp;id={cid}&amp;e={eid}" height="1" width="1" alt="" style="display:block;height:1px;width:1px;border:0;"></center>\n</body>')
    body = body_alt(text, html)
    rid = r.dig(9)
    hdr = [
        ('Subject', 'DPI Weekly #87: What ASEAN data exchanges teach us about interoperability'),
        ('From', 'DPI Weekly <editor@dpiweekly.org>'),
        ('Reply-To', 'DPI Weekly <editor@dpiweekly.org>'),
        ('To', A('Trần Thị Mai', MAI[1])),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.hex(24)}.{r.hex(8)}.{rid}@mail182.suw11.mcdlv.net>'),
        ('List-ID', f'{lid}mc list <{lid}.{rid}.list-id.mcsv.net>'),
        ('List-Unsubscribe', f'<{unsub}>,\r\n <mailto:unsubscribe-mc.us21_{u}.{cid}-{eid}@unsubscribe.mailchimpapp.net?subject=unsubscribe>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('X-Mailer', f'MailChimp Mailer - **CID{cid}{eid}**'),
        ('X-Campaign', f'mailchimp{u}.{cid}'),
        ('X-campaignid', f'mailchimp{u}.{cid}'),
        ('X-Report-Abuse', f'Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={eid}'),
        ('X-MC-User', u),
        ('Feedback-ID', f'{rid}:{rid}.{cid[:7]}:us21:mc'),
        ('X-Accounttype', 'pd'),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ]
    return build(8, date=date, ret=f'bounce-mc.us21_{rid}.{r.dig(7)}-{eid}@mail182.suw11.mcdlv.net',
                 host='mail182.suw11.mcdlv.net', ip='198.2.182.172', rcpt=MAI[1], headers=hdr, body=body, bnd=bnd_mc(r), delay=2,
                 dkims=[dkim(r, 'dpiweekly.org', 'k1', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC', date),
                        dkim(r, 'mailchimpapp.net', 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC', date)])


def m09():
    """EN - conference call for papers (SendGrid)"""
    r = R(9)
    date = D(2025, 4, 15, 2, 30, 5, UTC)
    uid = '41829376'
    ct = f'https://u{uid}.ct.sendgrid.net'

    def ck():
        return f'{ct}/ls/click?upn=u001.{r.b64u(90)}'
    l_site, l_chair, l_tpl = ck(), ck(), ck()
    unsub = f'{ct}/asm/unsubscribe/?user_id={uid}&data={r.b64u(60)}'
    text = f"""CALL FOR PAPERS
DGPP 2025 - 9th International Conference on Digital Government and Public Policy
Hanoi, Viet Nam | 20-21 November 2025 | Hybrid

Dear colleague,

We are pleased to invite researchers and practitioners to submit papers
to DGPP 2025, hosted this year in Hanoi together with partner universities
in Viet Nam, Thailand and Malaysia.

Tracks
  - Digital public infrastructure and interoperability
  - Data governance, open data and privacy in the public sector
  - AI in public administration: accountability and procurement
  - Digital inclusion and user-centred public services
  - Cybersecurity and resilience of government systems
  - Practitioner track: implementation reports from agencies

Important dates
  Full paper submission:      30 June 2025
  Practitioner reports:       15 July 2025
  Notification of acceptance: 31 August 2025
  Camera-ready papers:        30 September 2025

Full papers (8-12 pages) and practitioner reports (4-6 pages) must follow
the conference template and are submitted through EasyChair. Accepted
papers will be published in the conference proceedings; selected papers
will be invited to a special issue.

Conference website: {l_site}
Submission (EasyChair): {l_chair}
Paper template: {l_tpl}

Government practitioners are especially welcome in the practitioner
track: a short, honest report on what worked and what did not is as
valuable to us as a research paper.

We look forward to your contributions.

DGPP 2025 Organizing Committee
cfp@dgpp-conf.org

You received this message because you attended or registered interest in a
previous DGPP conference. Unsubscribe: {unsub}
DGPP Secretariat, 144 Xuan Thuy, Cau Giay, Ha Noi, Viet Nam
"""
    tracks = ''.join(f'<li style="margin:0 0 6px 0;">{t}</li>' for t in [
        'Digital public infrastructure and interoperability', 'Data governance, open data and privacy in the public sector',
        'AI in public administration: accountability and procurement', 'Digital inclusion and user-centred public services',
        'Cybersecurity and resilience of government systems', 'Practitioner track: implementation reports from agencies'])
    inner = '\n'.join([
        f'<tr><td style="padding:0;"><img src="https://dgpp-conf.org/assets/email/dgpp2025-banner.jpg" width="600" height="180" alt="DGPP 2025 Hanoi" style="display:block;width:100%;max-width:600px;height:auto;"></td></tr>',
        row(P('CALL FOR PAPERS', 13, '#b4442a', 18, 8, 'font-weight:bold;letter-spacing:2px;')
            + P('9th International Conference on Digital Government and Public Policy', 20, '#1d2a44', 27, 8, 'font-weight:bold;')
            + P('Hanoi, Viet Nam &nbsp;|&nbsp; 20&ndash;21 November 2025 &nbsp;|&nbsp; Hybrid', 14, '#5b6475', 20, 24)
            + P('Dear colleague,') + P('We are pleased to invite researchers and practitioners to submit papers to DGPP 2025, hosted this year in Hanoi together with partner universities in Viet Nam, Thailand and Malaysia.')
            + P('<strong>Tracks</strong>', mb=6) + f'<ul style="margin:0 0 20px 20px;padding:0;font-size:15px;line-height:22px;color:#333333;">{tracks}</ul>'
            + kv([('Full paper submission', '30 June 2025'), ('Practitioner reports', '15 July 2025'),
                  ('Notification of acceptance', '31 August 2025'), ('Camera-ready papers', '30 September 2025')], '55%', 14)
            + P('Full papers (8&ndash;12 pages) and practitioner reports (4&ndash;6 pages) must follow the <a href="' + l_tpl + '" style="color:#b4442a;">conference template</a> and are submitted through EasyChair. Accepted papers will be published in the conference proceedings; selected papers will be invited to a special issue.')
            + btn(l_chair, 'Submit your paper', '#b4442a', radius=3)
            + '<div style="clear:both;"></div>'
            + P('Government practitioners are especially welcome in the practitioner track: a short, honest report on what worked and what did not is as valuable to us as a research paper.')
            + P('We look forward to your contributions.<br><br><strong>DGPP 2025 Organizing Committee</strong><br><a href="mailto:cfp@dgpp-conf.org" style="color:#b4442a;">cfp@dgpp-conf.org</a> &middot; <a href="' + l_site + '" style="color:#b4442a;">dgpp-conf.org</a>', mb=28),
            '28px 40px 8px 40px'),
        row(P(f'You received this message because you attended or registered interest in a previous DGPP conference.<br><a href="{unsub}" style="color:#8a8f99;">Unsubscribe</a><br>DGPP Secretariat, 144 Xuan Thuy, Cau Giay, Ha Noi, Viet Nam', 12, '#8a8f99', 18, 0, 'text-align:center;'),
            '20px 40px', 'background-color:#f2f3f5;'),
    ])
    html = shell(inner, title='DGPP 2025 Call for Papers', bg='#e8e9ec', pre='Full paper deadline 30 June 2025. Practitioner reports welcome.',
                 font='Arial,Helvetica,sans-serif').replace('</body>', f'<img src="{ct}/wf/open?upn=u001.{r.b64u(120)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;" />\n</body>')
    body = body_alt(text, html)
    hdr = [
        ('From', 'DGPP 2025 Organizing Committee <cfp@dgpp-conf.org>'),
        ('Reply-To', 'cfp@dgpp-conf.org'),
        ('To', HUNG[1]),
        ('Subject', 'Call for Papers: DGPP 2025, Hanoi, 20-21 November 2025 (deadline 30 June)'),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.b64u(16)}@geopod-ismtpd-{r.randint(1, 30)}>'),
        ('MIME-Version', '1.0'),
        ('List-Unsubscribe', f'<{unsub}>,\r\n <mailto:unsubscribe@dgpp-conf.org?subject=unsubscribe>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('X-SG-EID', r.b64(72)),
        ('X-SG-ID', r.b64(40)),
        ('X-Entity-ID', f'u001.{r.b64u(16)}'),
    ]
    return build(9, date=date, ret=f'bounces+{uid}-{r.hex(4)}-nguyen.van.hung=agency.gov.vn@em7731.dgpp-conf.org',
                 host='o12.ptr7731.dgpp-conf.org', ip='149.72.143.18', rcpt=HUNG[1], headers=hdr, body=body,
                 bnd=bnd_hex(r, 64), delay=4,
                 dkims=[dkim(r, 'dgpp-conf.org', 's1', 'content-type:from:mime-version:reply-to:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to', date),
                        dkim(r, 'sendgrid.info', 'smtpapi', 'content-type:from:mime-version:reply-to:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to', date)])


def m10():
    """EN - courier shipment notification (DHL Express)"""
    r = R(10)
    date = D(2024, 12, 9, 4, 12, 33, TZ(1))
    awb = '4829175036'
    track = f'https://www.dhl.com/vn-en/home/tracking/tracking-express.html?submit=1&tracking-id={awb}'
    odd = f'https://odd.dhl.com/?lang=en&awb={awb}&t={r.b64u(18)}'
    text = f"""DHL Express - Your shipment is on its way

Dear Tran Thi Mai,

Your DHL Express shipment with waybill number {awb} is on its way to you.

Shipment details
  From:               UNESCAP, Bangkok, Thailand
  To:                 Tran Thi Mai, Cuc Quan ly Dich vu so, Ha Noi
  Waybill:            {awb}
  Pieces:             1 (document envelope, 0.5 kg)
  Estimated delivery: Wednesday, 11 December 2024, by end of day

Track your shipment:
{track}

Not going to be there? With On Demand Delivery you can choose another
delivery date, leave signature instructions or redirect to a DHL Service
Point:
{odd}

This is a document shipment, so no import duties or taxes are expected.

Kind regards,
DHL Express Vietnam Customer Service

This is an automated notification. Please do not reply to this email.
DHL Express (Vietnam) Co., Ltd. | www.dhl.com/vn-en
"""
    inner = '\n'.join([
        row('<img src="https://www.dhl.com/content/dam/dhl/global/core/images/logos/dhl-logo.svg" width="140" height="20" alt="DHL" style="display:block;">', '18px 32px', 'background-color:#ffcc00;'),
        row(P('Your shipment is on its way', 24, '#d40511', 30, 16, 'font-weight:bold;')
            + P('Dear Tran Thi Mai,', 15, '#1a1a1a')
            + P(f'Your DHL Express shipment with waybill number <strong>{awb}</strong> is on its way to you.', 15, '#1a1a1a')
            + f'''<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px 0;background-color:#f2f2f2;">
<tr><td style="padding:18px 20px;">
<p style="margin:0 0 4px 0;font-size:12px;color:#666666;text-transform:uppercase;">Estimated delivery</p>
<p style="margin:0;font-size:20px;font-weight:bold;color:#1a1a1a;">Wednesday, 11 December 2024</p>
<p style="margin:0;font-size:14px;color:#1a1a1a;">by end of day</p>
</td></tr></table>'''
            + kv([('From', 'UNESCAP, Bangkok, Thailand'), ('To', 'Tran Thi Mai, Cuc Quan ly Dich vu so, Ha Noi'),
                  ('Waybill', awb), ('Pieces', '1 (document envelope, 0.5 kg)')], '30%')
            + btn(track, 'Track your shipment', '#d40511', radius=4)
            + '<div style="clear:both;"></div>'
            + P(f'Not going to be there? With <a href="{odd}" style="color:#d40511;">On Demand Delivery</a> you can choose another delivery date, leave signature instructions or redirect to a DHL Service Point.', 14, '#1a1a1a')
            + P('This is a document shipment, so no import duties or taxes are expected.', 14, '#1a1a1a')
            + P('Kind regards,<br>DHL Express Vietnam Customer Service', 14, '#1a1a1a', mb=28), '28px 32px 8px 32px'),
        row(P('This is an automated notification. Please do not reply to this email.<br>DHL Express (Vietnam) Co., Ltd. &middot; <a href="https://www.dhl.com/vn-en/home.html" style="color:#666666;">www.dhl.com/vn-en</a> &middot; <a href="https://www.dhl.com/vn-en/home/footer/privacy-notice.html" style="color:#666666;">Privacy Notice</a>', 11, '#666666', 16, 0),
            '18px 32px', 'background-color:#f2f2f2;border-top:1px solid #dddddd;'),
    ])
    html = shell(inner, title='DHL Express shipment notification', bg='#e6e6e6', pre=f'Waybill {awb}: estimated delivery Wednesday, 11 December 2024.',
                 font='Frutiger,Arial,Helvetica,sans-serif')
    body = body_alt(text, html)
    hdr = [
        ('Date', fmt(date)),
        ('From', 'DHL Express <noreply@dhl.com>'),
        ('To', 'tran.thi.mai@agency.gov.vn'),
        ('Message-ID', f'<{r.dig(10)}.{r.dig(6)}.{int(date.timestamp() * 1000)}@ppmail-odd-{r.randint(1, 8)}.dhl.com>'),
        ('Subject', f'Your DHL Express shipment {awb} is on its way'),
        ('MIME-Version', '1.0'),
        ('X-DHL-Notification', 'SHIPMENT_IN_TRANSIT'),
        ('X-Auto-Response-Suppress', 'All'),
    ]
    return build(10, date=date, ret='noreply@dhl.com', host='mailout3.dhl.com', ip='165.72.200.43', rcpt=MAI[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=9,
                 dkims=[dkim(r, 'dhl.com', 'dhl2048', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m11():
    """EN - airline booking confirmation (Singapore Airlines)"""
    r = R(11)
    date = D(2025, 9, 16, 11, 26, 40, CST)
    pnr = '6KQ4ZT'
    tkt = '618 ' + r.dig(10)
    mb = f'https://click.em.singaporeair.com/?qs={r.hex(128)}'
    text = f"""SINGAPORE AIRLINES

Booking confirmation
Booking reference: {pnr}

Dear Mr Nguyen Van Hung,

Thank you for booking with Singapore Airlines. Your booking is confirmed
and your e-ticket has been issued.

FLIGHT DETAILS

  SQ 193   Sun 12 Oct 2025
           Hanoi (HAN) 11:40  ->  Singapore (SIN) 16:10
           Economy Class (Y) | Terminal 2 -> Changi Terminal 3

  SQ 194   Sat 18 Oct 2025
           Singapore (SIN) 08:35  ->  Hanoi (HAN) 10:55
           Economy Class (Y) | Changi Terminal 3 -> Terminal 2

PASSENGER
  MR NGUYEN VAN HUNG      E-ticket number: {tkt}
  Baggage allowance: 30 kg checked, 7 kg cabin

PAYMENT
  Fare and carrier-imposed charges     VND 10,890,000
  Taxes and airport charges            VND  1,596,000
  Total paid                           VND 12,486,000
  Paid by credit card (Visa ****4417)

Manage your booking: {mb}
Online check-in opens 48 hours before departure.

Please make sure your passport is valid for at least 6 months from the
date of arrival in Singapore, and submit your SG Arrival Card within three
days before arrival.

We look forward to welcoming you on board.

Singapore Airlines
This email was sent to nguyen.van.hung@agency.gov.vn because you made a
booking on singaporeair.com. Please do not reply to this email.
Singapore Airlines Limited, Airline House, 25 Airline Road, Singapore 819829
"""
    seg = lambda no, d, a, at, b, bt, term: f'''<tr><td style="padding:16px 0;border-bottom:1px solid #e3e3e3;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="22%" style="font-size:14px;color:#00266b;font-weight:bold;vertical-align:top;">{no}<br><span style="font-weight:normal;color:#666666;font-size:13px;">{d}</span></td>
<td width="30%" style="vertical-align:top;"><span style="font-size:22px;color:#00266b;">{at}</span><br><span style="font-size:13px;color:#333333;">{a}</span></td>
<td width="8%" style="vertical-align:top;font-size:18px;color:#999999;">&rarr;</td>
<td style="vertical-align:top;"><span style="font-size:22px;color:#00266b;">{bt}</span><br><span style="font-size:13px;color:#333333;">{b}</span></td>
</tr><tr><td></td><td colspan="3" style="padding-top:6px;font-size:12px;color:#666666;">Economy Class (Y) &middot; {term}</td></tr></table>
</td></tr>'''
    inner = '\n'.join([
        row('<img src="https://www.singaporeair.com/content/dam/sia/web-assets/images/logo/sia-logo-email.png" width="200" height="44" alt="Singapore Airlines" style="display:block;">', '20px 32px', 'background-color:#00266b;'),
        row(P('Booking confirmation', 24, '#00266b', 30, 6)
            + P(f'Booking reference: <strong style="font-size:18px;letter-spacing:2px;">{pnr}</strong>', 14, '#333333', 22, 20)
            + P('Dear Mr Nguyen Van Hung,', 14, '#333333', 21)
            + P('Thank you for booking with Singapore Airlines. Your booking is confirmed and your e-ticket has been issued.', 14, '#333333', 21)
            + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px 0;">'
            + seg('SQ 193', 'Sun 12 Oct 2025', 'Hanoi (HAN)', '11:40', 'Singapore (SIN)', '16:10', 'Terminal 2 &rarr; Changi Terminal 3')
            + seg('SQ 194', 'Sat 18 Oct 2025', 'Singapore (SIN)', '08:35', 'Hanoi (HAN)', '10:55', 'Changi Terminal 3 &rarr; Terminal 2')
            + '</table>'
            + kv([('Passenger', 'MR NGUYEN VAN HUNG'), ('E-ticket number', tkt), ('Baggage allowance', '30 kg checked, 7 kg cabin'),
                  ('Fare and carrier-imposed charges', 'VND 10,890,000'), ('Taxes and airport charges', 'VND 1,596,000'),
                  ('<strong>Total paid</strong>', '<strong>VND 12,486,000</strong> (Visa ****4417)')], '45%', 13)
            + btn(mb, 'Manage booking', '#f99f1c', '#00266b', 2, 14)
            + '<div style="clear:both;"></div>'
            + P('Online check-in opens 48 hours before departure. Please make sure your passport is valid for at least 6 months from the date of arrival in Singapore, and submit your SG Arrival Card within three days before arrival.', 13, '#333333', 20)
            + P('We look forward to welcoming you on board.', 13, '#333333', 20, 28), '28px 32px 8px 32px'),
        row(P('This email was sent to nguyen.van.hung@agency.gov.vn because you made a booking on singaporeair.com. Please do not reply to this email.<br>Singapore Airlines Limited, Airline House, 25 Airline Road, Singapore 819829 &middot; <a href="https://www.singaporeair.com/en_UK/sg/privacy-policy/" style="color:#666666;">Privacy policy</a>', 11, '#666666', 16, 0),
            '18px 32px', 'background-color:#f3f3f3;'),
    ])
    html = shell(inner, title='Booking confirmation', bg='#e9e9e9', pre=f'Booking reference {pnr}: Hanoi - Singapore, 12 Oct 2025',
                 font='Arial,Helvetica,sans-serif').replace('</body>', f'<img src="https://click.em.singaporeair.com/open.aspx?ffcb10-{r.hex(16)}-{r.hex(20)}-fe{r.hex(14)}-{r.hex(16)}-{r.hex(8)}-{r.hex(10)}" width="1" height="1" alt="">\n</body>')
    body = body_alt(text, html)
    hdr = [
        ('From', 'Singapore Airlines <booking@singaporeair.com>'),
        ('To', HUNG[1]),
        ('Subject', f'Booking confirmation - Hanoi to Singapore - Booking reference {pnr}'),
        ('Date', fmt(date)),
        ('MIME-Version', '1.0'),
        ('Reply-To', 'Singapore Airlines <reply-fe{0}@em.singaporeair.com>'.format(r.hex(14))),
        ('List-Unsubscribe', f'<https://click.em.singaporeair.com/subscription_center.aspx?jwt={r.b64u(90)}>'),
        ('x-job', f'{r.dig(8)}_{r.dig(7)}'),
        ('Message-ID', f'<{r.uuid()}@ind1s06mta{r.randint(100, 999)}.xt.local>'),
        ('Feedback-ID', f'{r.dig(8)}:{r.dig(7)}:13.111.63.103:sfmktgcld'),
    ]
    return build(11, date=date, ret=f'bounce-2817_HTML-{r.dig(9)}-{r.dig(7)}-{r.dig(8)}-1@bounce.em.singaporeair.com',
                 host='mta103.em.singaporeair.com', ip='13.111.63.103', rcpt=HUNG[1], headers=hdr, body=body,
                 bnd=bnd_sfmc(r), delay=3,
                 dkims=[dkim(r, 'em.singaporeair.com', '200608', 'From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:Message-ID:Content-Type', date, 128)])


def m12():
    """EN - social network notification (LinkedIn invitation)"""
    r = R(12)
    date = D(2025, 7, 22, 9, 14, 52, UTC)
    mid = r.b64u(45)
    lipi = r.b64u(16)
    acc = f'https://www.linkedin.com/comm/mynetwork/invite-accept/{r.dig(19)}?sharedKey={r.tok(8)}&lipi=urn%3Ali%3Apage%3Aemail_email_m2m_invite_single_01%3B{lipi}&midToken={mid}&midSig={r.tok(20)}&trk=eml-email_m2m_invite_single_01-hero-0-accept~cta&trkEmail=eml-email_m2m_invite_single_01-hero-0-accept~cta-null-{r.tok(6)}~{r.tok(12)}~{r.tok(6)}'
    prof = f'https://www.linkedin.com/comm/in/daniel-reyes-{r.hex(6)}?lipi=urn%3Ali%3Apage%3Aemail_email_m2m_invite_single_01%3B{lipi}&midToken={mid}&trk=eml-email_m2m_invite_single_01-hero-0-profile~view'
    unsub = f'https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_m2m_invite_single_01%3B{lipi}&midToken={mid}&midSig={r.tok(20)}&trk=eml-email_m2m_invite_single_01-unsubscribe-0-textfooterglimmer&trkEmail=eml-email_m2m_invite_single_01-unsubscribe-0-textfooterglimmer-null-{r.tok(6)}&loid={r.b64u(16)}'
    text = f"""Daniel Reyes has invited you to connect

Daniel Reyes
Economic Affairs Officer at United Nations ESCAP
Bangkok Metropolitan Area
12 mutual connections

"Hi Mai, great to meet you at the Asia-Pacific digital government forum in
Bangkok last week. I'd be glad to stay in touch and share the follow-up
materials on data exchange frameworks."

Accept: {acc}

View profile: {prof}

----------------------------------------

This email was intended for Trần Thị Mai (International Cooperation Officer)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Invitation emails.
Unsubscribe: {unsub}
Help: https://www.linkedin.com/help/linkedin/answer/67

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
"""
    inner = '\n'.join([
        row('<img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" width="84" height="21" alt="LinkedIn" style="display:block;">', '24px 24px 16px 24px'),
        row(f'''<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="72" style="vertical-align:top;"><a href="{prof}"><img src="https://media.licdn.com/dms/image/v2/{r.tok(16)}/profile-displayphoto-shrink_100_100/0/{r.dig(13)}?e=2147483647&amp;v=beta&amp;t={r.b64u(32)}" width="56" height="56" alt="Daniel Reyes" style="display:block;border-radius:50%;"></a></td>
<td style="vertical-align:top;font-family:-apple-system,system-ui,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',sans-serif;">
<p style="margin:0 0 2px 0;font-size:16px;font-weight:600;color:rgba(0,0,0,0.9);"><a href="{prof}" style="color:rgba(0,0,0,0.9);text-decoration:none;">Daniel Reyes</a></p>
<p style="margin:0 0 2px 0;font-size:14px;color:rgba(0,0,0,0.9);">Economic Affairs Officer at United Nations ESCAP</p>
<p style="margin:0 0 2px 0;font-size:12px;color:rgba(0,0,0,0.6);">Bangkok Metropolitan Area</p>
<p style="margin:0 0 12px 0;font-size:12px;color:rgba(0,0,0,0.6);">12 mutual connections</p>
<p style="margin:0 0 16px 0;padding:12px;background-color:#f3f2ef;border-radius:8px;font-size:14px;line-height:20px;color:rgba(0,0,0,0.9);">Hi Mai, great to meet you at the Asia-Pacific digital government forum in Bangkok last week. I&#39;d be glad to stay in touch and share the follow-up materials on data exchange frameworks.</p>
<a href="{acc}" style="display:inline-block;padding:8px 18px;background-color:#0a66c2;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;border-radius:24px;">Accept</a>&nbsp;
<a href="{prof}" style="display:inline-block;padding:7px 17px;border:1px solid #0a66c2;color:#0a66c2;font-size:16px;font-weight:600;text-decoration:none;border-radius:24px;">View profile</a>
</td></tr></table>''', '8px 24px 28px 24px'),
        row(P(f'This email was intended for Trần Thị Mai (International Cooperation Officer)<br><a href="https://www.linkedin.com/help/linkedin/answer/4788" style="color:#0a66c2;">Learn why we included this.</a><br>You are receiving Invitation emails. <a href="{unsub}" style="color:#0a66c2;">Unsubscribe</a> &middot; <a href="https://www.linkedin.com/help/linkedin/answer/67" style="color:#0a66c2;">Help</a><br><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.', 12, 'rgba(0,0,0,0.6)', 16, 0),
            '20px 24px', 'background-color:#f3f2ef;'),
    ])
    html = shell(inner, title='LinkedIn', bg='#f3f2ef', width=512, pre='Daniel Reyes, Economic Affairs Officer at United Nations ESCAP, wants to connect.',
                 font="-apple-system,system-ui,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue','Fira Sans',Ubuntu,Oxygen,'Oxygen Sans',Cantarell,'Droid Sans','Apple Color Emoji','Segoe UI Emoji','Segoe UI Symbol','Lucida Grande',Helvetica,Arial,sans-serif"
                 ).replace('</body>', f'<img alt="" role="presentation" src="https://www.linkedin.com/emimp/ip_{r.b64u(60)}.gif" style="outline:none;text-decoration:none;width:1px;height:1px;">\n</body>')
    body = body_alt(text, html)
    hdr = [
        ('Date', fmt(date)),
        ('From', 'Daniel Reyes via LinkedIn <invitations@linkedin.com>'),
        ('Reply-To', 'Daniel Reyes via LinkedIn <invitations@linkedin.com>'),
        ('To', A('Trần Thị Mai', MAI[1])),
        ('Message-ID', f'<{r.dig(10)}.{r.dig(7)}.{int(date.timestamp() * 1000)}@lor1-app{r.dig(5)}.prod.linkedin.com>'),
        ('Subject', 'Mai, Daniel Reyes invited you to connect'),
        ('MIME-Version', '1.0'),
        ('X-LinkedIn-Class', 'INVITE-GUEST'),
        ('X-LinkedIn-Template', 'email_m2m_invite_single_01'),
        ('X-LinkedIn-fbl', 's-' + r.b64u(60)),
        ('X-LinkedIn-Id', r.tok(12)),
        ('List-Unsubscribe', f'<{unsub}>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Feedback-ID', 'email_m2m_invite_single_01:linkedin'),
    ]
    return build(12, date=date, ret=f's-{r.hex(40)}@bounce.linkedin.com', host='mailb-dc.linkedin.com', ip='108.174.3.203',
                 rcpt=MAI[1], headers=hdr, body=body, bnd=lambda s: f'----=_Part_{r.dig(7)}_{r.dig(9)}.{int(date.timestamp() * 1000)}', delay=2,
                 dkims=[dkim(r, 'linkedin.com', 'd2048-202308-00', 'Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe', date)])


def m13():
    """EN - Slack missed-messages digest"""
    r = R(13)
    date = D(2026, 1, 13, 3, 30, 11, UTC)
    ws = 'agency-dx'
    msgs = [
        ('Nguyễn Hải Yến', '#release-2026-q1', '9:42 AM', '@Duc staging build for v3.8.0 is green. Could you check the VNeID login flow before 3pm so we can tag the release?', 'C05RLS26Q1'),
        ('Trần Quang Khải', 'Direct message', '10:05 AM', 'PR #431 is ready for review, only a small change in the nginx rate-limit config. No rush, tomorrow morning is fine.', 'D04KHAI'),
        ('Phạm Quốc Việt', '#ops', '10:21 AM', 'FYI the TLS certificate for api-staging renews automatically on 20/01, nothing to do on our side.', 'C03OPS'),
    ]
    link = lambda cid: f'https://{ws}.slack.com/archives/{cid}/p{int(date.timestamp())}{r.dig(6)}?{r.tok(4)}=1'
    tb = '\n\n'.join(f'{n} in {c} ({t})\n{m}\nView: {link(cid)}' for n, c, t, m, cid in msgs)
    text = f"""You have new messages in Agency DX Team (agency-dx.slack.com)

Hi Đức, you missed a few messages while you were away.

{tb}

Open Slack: https://{ws}.slack.com/

You're receiving this email because you have unread notifications in Slack.
To change how often you get these emails, visit
https://{ws}.slack.com/account/notifications

Slack Technologies, LLC, a Salesforce company
415 Mission Street, 3rd Floor, San Francisco, CA 94105
"""
    cards = ''.join(f'''<tr><td style="padding:14px 0;border-bottom:1px solid #eeeeee;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="44" style="vertical-align:top;"><img src="https://ca.slack-edge.com/T0{r.HEX(8)}-U0{r.HEX(8)}-{r.hex(12)}-48" width="36" height="36" alt="" style="display:block;border-radius:4px;"></td>
<td style="vertical-align:top;font-size:15px;line-height:22px;color:#1d1c1d;">
<strong>{n}</strong> <span style="color:#616061;font-size:13px;">{c} &middot; {t}</span><br>{esc(m)}<br>
<a href="{link(cid)}" style="font-size:13px;color:#1264a3;text-decoration:none;">View in Slack</a></td></tr></table>
</td></tr>''' for n, c, t, m, cid in msgs)
    inner = '\n'.join([
        row('<img src="https://a.slack-edge.com/80588/img/email/slack_logo_240.png" width="120" height="30" alt="Slack" style="display:block;">', '32px 40px 20px 40px'),
        row(P('You have new messages in <strong>Agency DX Team</strong>', 22, '#1d1c1d', 30, 10)
            + P('Hi Đức, you missed a few messages while you were away.', 15, '#1d1c1d', 22, 8)
            + f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px 0;">{cards}</table>'
            + btn(f'https://{ws}.slack.com/', 'Open Slack', '#4a154b', radius=4)
            + '<div style="clear:both;"></div>', '0 40px 16px 40px'),
        row(P(f'You&#39;re receiving this email because you have unread notifications in Slack. <a href="https://{ws}.slack.com/account/notifications" style="color:#696969;">Change email preferences</a><br><br>Slack Technologies, LLC, a Salesforce company<br>415 Mission Street, 3rd Floor, San Francisco, CA 94105', 12, '#696969', 18, 0),
            '24px 40px 32px 40px', 'border-top:1px solid #eeeeee;'),
    ])
    html = shell(inner, title='Slack', bg='#ffffff', width=600, pre='Nguyễn Hải Yến: @Duc staging build for v3.8.0 is green...',
                 font="Slack-Lato,Lato,'Helvetica Neue',Helvetica,'Segoe UI',Tahoma,Arial,sans-serif")
    body = body_alt(text, html)
    hdr = [
        ('From', 'Slack <notification@slack.com>'),
        ('To', DUC[1]),
        ('Subject', txt('[Slack] New messages from Nguyễn Hải Yến, Trần Quang Khải and Phạm Quốc Việt in Agency DX Team')),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.hex(32)}@slack.com>'),
        ('MIME-Version', '1.0'),
        ('List-Unsubscribe', f'<https://{ws}.slack.com/account/notifications?unsubscribe_digest={r.b64u(30)}>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('X-Slack-Notification-Type', 'email_digest'),
        ('Feedback-ID', 'notification_digest:slack'),
    ]
    return build(13, date=date, ret=f'bounces+{r.dig(7)}-{r.hex(4)}-le.minh.duc=agency.gov.vn@email.slack.com',
                 host='o2.email.slack.com', ip='167.89.66.151', rcpt=DUC[1], headers=hdr, body=body, bnd=bnd_hex(r, 40), delay=2,
                 dkims=[dkim(r, 'slack.com', 'sg', 'from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to', date)])


def m14():
    """EN - out-of-office auto reply (Exchange, Australian government)"""
    r = R(14)
    date = D(2025, 11, 24, 14, 2, 19, TZ(11))
    orig = f'<{r.dig(10)}.{r.dig(6)}.{1763960000000 + r.randint(0, 999999)}.JavaMail.zimbra@agency.gov.vn>'
    subj = 'Automatic reply: Australia–Viet Nam digital trade workshop: draft agenda v2 [SEC=OFFICIAL]'
    text = """OFFICIAL

Thank you for your email.

I am on leave from Monday 24 November to Friday 5 December 2025 with limited
access to email, and will respond when I return.

For matters relating to the Mekong-Australia Partnership digital trade
activities, please contact Priya Natarajan (priya.natarajan@dfat.gov.au).
For anything urgent, please contact the Economic section of the Australian
Embassy in Hanoi.

Kind regards,
James Whitfield

OFFICIAL
"""
    html = outlook_html('\n'.join([
        '<p style="font-family:Calibri;font-size:10pt;color:#FF0000;margin:5pt;font-style:normal;font-weight:bold;text-decoration:none;" align="Center">OFFICIAL<br></p>',
        mso('Thank you for your email.'), mso('&nbsp;'),
        mso('I am on leave from Monday 24 November to Friday 5 December 2025 with limited access to email, and will respond when I return.'), mso('&nbsp;'),
        mso('For matters relating to the Mekong-Australia Partnership digital trade activities, please contact Priya Natarajan (<a href="mailto:priya.natarajan@dfat.gov.au">priya.natarajan@dfat.gov.au</a>). For anything urgent, please contact the Economic section of the Australian Embassy in Hanoi.'),
        mso('&nbsp;'), mso('Kind regards,'), mso('James Whitfield'), mso('&nbsp;'),
        '<p style="font-family:Calibri;font-size:10pt;color:#FF0000;margin:5pt;font-style:normal;font-weight:bold;text-decoration:none;" align="Center">OFFICIAL<br></p>',
    ]), font='Calibri')
    body = body_alt(text, html)
    box = 'SY4PR01MB6631'
    hdr = [
        ('From', 'James Whitfield <James.Whitfield@dfat.gov.au>'),
        ('To', A('Tran Thi Mai', MAI[1])),
        ('Subject', txt(subj)),
        ('Thread-Topic', txt('Australia–Viet Nam digital trade workshop: draft agenda v2 [SEC=OFFICIAL]')),
        ('Thread-Index', 'AQHbXc' + r.b64(16)),
        ('Date', fmt(date)),
        ('Message-ID', f'<{box}{r.HEX(20)}@{box}.ausprd01.prod.outlook.com>'),
        ('References', orig),
        ('In-Reply-To', orig),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Has-Attach', ''),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 'James.Whitfield@dfat.gov.au'),
        ('X-MS-TNEF-Correlator', ''),
        ('x-ms-exchange-parent-message-id', orig),
        ('x-ms-exchange-generated-message-source', 'Mailbox Rules Agent'),
        ('X-Protective-Marking', 'VER=2018.4, NS=gov.au, SEC=OFFICIAL,\r\n ORIGIN=James.Whitfield@dfat.gov.au'),
        ('Content-Language', 'en-US'),
        ('MIME-Version', '1.0'),
    ]
    return build(14, date=date, ret='James.Whitfield@dfat.gov.au', host='mail-sy4aus01on2090.outbound.protection.outlook.com',
                 ip='40.107.107.90', rcpt=MAI[1], headers=hdr, body=body, bnd=bnd_outlook(r, box), delay=7,
                 dkims=[dkim(r, 'dfat.gov.au', 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', date)])


# ==========================================================================
# VIETNAMESE
# ==========================================================================

def W(text, width=96):
    return [('N', ln) for ln in textwrap.wrap(text, width)]


def zimbra_html(inner_divs, font='arial, helvetica, sans-serif', size='12pt'):
    return (f'<html><body><div style="font-family: {font}; font-size: {size}; color: #000000">'
            + inner_divs + '</div></body></html>')


def m15():
    """VI - e-invoice (hoa don dien tu) with XML + PDF"""
    r = R(15)
    date = D(2024, 10, 15, 10, 24, 51, ICT)
    mccqt = '00' + r.HEX(32)
    code = 'TL' + r.HEX(10)
    seller = 'CÔNG TY CỔ PHẦN THIẾT BỊ VĂN PHÒNG THĂNG LONG'
    items = [('GA4-70', 'Giấy in A4 Double A 70gsm', 'Ram', 120, 78000),
             ('HP107A', 'Hộp mực in HP 107A chính hãng', 'Hộp', 10, 1250000),
             ('BC7CM', 'Bìa còng bật 7cm khổ F4', 'Cái', 50, 38000)]
    sub = sum(q * p for _, _, _, q, p in items)
    vat = sub * 8 // 100
    tot = sub + vat
    assert (sub, vat, tot) == (23760000, 1900800, 25660800)
    words = 'Hai mươi lăm triệu sáu trăm sáu mươi nghìn tám trăm đồng.'
    vn = lambda n: f'{n:,}'.replace(',', '.')
    hh = ''.join(f'<HHDVu><TChat>1</TChat><STT>{i + 1}</STT><MHHDVu>{m}</MHHDVu><THHDVu>{esc(t)}</THHDVu><DVTinh>{u}</DVTinh>'
                 f'<SLuong>{q}</SLuong><DGia>{p}</DGia><TLCKhau>0</TLCKhau><STCKhau>0</STCKhau><ThTien>{q * p}</ThTien><TSuat>8%</TSuat></HHDVu>'
                 for i, (m, t, u, q, p) in enumerate(items))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<HDon><DLHDon Id="data"><TTChung><PBan>2.1.0</PBan><THDon>HÓA ĐƠN GIÁ TRỊ GIA TĂNG</THDon><KHMSHDon>1</KHMSHDon><KHHDon>C24TTL</KHHDon><SHDon>1287</SHDon><NLap>2024-10-15</NLap><DVTTe>VND</DVTTe><TGia>1</TGia><HTTToan>Chuyển khoản</HTTToan><MSTTCGP>0101234561</MSTTCGP><TTKhac><TTin><TTruong>Mã tra cứu</TTruong><KDLieu>string</KDLieu><DLieu>{code}</DLieu></TTin></TTKhac></TTChung><NDHDon><NBan><Ten>{seller}</Ten><MST>0105987421</MST><DChi>Số 52 phố Trần Đăng Ninh, Phường Dịch Vọng, Quận Cầu Giấy, Thành phố Hà Nội</DChi><SDThoai>02437912468</SDThoai><DCTDTu>ketoan@thanglongoffice.vn</DCTDTu><STKNHang>0021000456789</STKNHang><TNHang>Ngân hàng TMCP Ngoại thương Việt Nam - CN Thành Công</TNHang></NBan><NMua><Ten>CỤC QUẢN LÝ DỊCH VỤ SỐ</Ten><MST>0109912345</MST><DChi>Số 18 Nguyễn Du, Phường Nguyễn Du, Quận Hai Bà Trưng, Thành phố Hà Nội</DChi><MKHang>KH00318</MKHang><HVTNMHang>Phạm Thu Hà</HVTNMHang><DCTDTu>pham.thu.ha@agency.gov.vn</DCTDTu></NMua><DSHHDVu>{hh}</DSHHDVu><TToan><THTTLTSuat><LTSuat><TSuat>8%</TSuat><ThTien>{sub}</ThTien><TThue>{vat}</TThue></LTSuat></THTTLTSuat><TgTCThue>{sub}</TgTCThue><TgTThue>{vat}</TgTThue><TTCKTMai>0</TTCKTMai><TgTTTBSo>{tot}</TgTTTBSo><TgTTTBChu>{words}</TgTTTBChu></TToan></NDHDon></DLHDon><MCCQT Id="Id-{r.hex(8)}">{mccqt}</MCCQT><DSCKS><NBan><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="seller"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI="#data"><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{r.b64(32)}</DigestValue></Reference><Reference URI="#SigningTime-{r.hex(6)}"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{r.b64(32)}</DigestValue></Reference></SignedInfo><SignatureValue>{r.b64(256)}</SignatureValue><KeyInfo><X509Data><X509SubjectName>CN={seller},L=Hà Nội,C=VN,UID=MST:0105987421</X509SubjectName><X509Certificate>{r.b64(900)}</X509Certificate></X509Data></KeyInfo><Object Id="SigningTime-{r.hex(6)}"><SignatureProperties><SignatureProperty Target="#seller"><SigningTime>2024-10-15T10:21:37</SigningTime></SignatureProperty></SignatureProperties></Object></Signature></NBan><CQT><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="CQT"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI="#Id-{r.hex(8)}"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{r.b64(32)}</DigestValue></Reference></SignedInfo><SignatureValue>{r.b64(256)}</SignatureValue><KeyInfo><X509Data><X509SubjectName>CN=TỔNG CỤC THUẾ,O=BỘ TÀI CHÍNH,L=Hà Nội,C=VN</X509SubjectName><X509Certificate>{r.b64(900)}</X509Certificate></X509Data></KeyInfo></Signature></CQT></DSCKS></HDon>
'''
    pdf = make_pdf([
        ('S', 'CONG TY CO PHAN THIET BI VAN PHONG THANG LONG'),
        ('S', 'MST: 0105987421 - So 52 pho Tran Dang Ninh, P. Dich Vong, Q. Cau Giay, TP. Ha Noi - DT: 024 3791 2468'),
        ('SP',),
        ('CB', 'HOA DON GIA TRI GIA TANG'), ('C', '(Ban the hien cua hoa don dien tu)'),
        ('C', 'Ngay 15 thang 10 nam 2024'),
        ('T', [(56, f'Ma CQT: {mccqt}'), (400, 'Ky hieu: 1C24TTL')]),
        ('T', [(400, 'So: 00001287')]),
        ('HR',),
        ('N', 'Ten don vi mua hang: CUC QUAN LY DICH VU SO'),
        ('N', 'Ma so thue: 0109912345'),
        ('N', 'Dia chi: So 18 Nguyen Du, P. Nguyen Du, Q. Hai Ba Trung, TP. Ha Noi'),
        ('N', 'Hinh thuc thanh toan: Chuyen khoan          Don vi tien te: VND'),
        ('HR',),
        ('TB', [(56, 'STT'), (86, 'Ten hang hoa, dich vu'), (290, 'DVT'), (330, 'SL'), (370, 'Don gia'), (440, 'Thanh tien'), (510, 'TS')]),
        ('HR',),
    ] + [('T', [(60, str(i + 1)), (86, t), (290, u), (330, str(q)), (370, vn(p)), (440, vn(q * p)), (510, '8%')])
         for i, (t, u, q, p) in enumerate([('Giay in A4 Double A 70gsm', 'Ram', 120, 78000),
                                           ('Hop muc in HP 107A chinh hang', 'Hop', 10, 1250000),
                                           ('Bia cong bat 7cm kho F4', 'Cai', 50, 38000)])] + [
        ('HR',),
        ('T', [(290, 'Cong tien hang:'), (440, vn(sub))]),
        ('T', [(290, 'Thue suat GTGT: 8%   Tien thue:'), (440, vn(vat))]),
        ('TB', [(290, 'Tong tien thanh toan:'), (440, vn(tot))]),
        ('N', 'So tien viet bang chu: Hai muoi lam trieu sau tram sau muoi nghin tam tram dong.'),
        ('SP',),
        ('T', [(80, 'NGUOI MUA HANG'), (380, 'NGUOI BAN HANG')]),
        ('T', [(380, 'Ky boi: CONG TY CO PHAN THIET BI')]),
        ('T', [(380, 'VAN PHONG THANG LONG')]),
        ('T', [(380, 'Ky ngay: 15/10/2024')]),
        ('SP',),
        ('S', f'Tra cuu tai: https://thanglongoffice-tt78.vnpt-invoice.com.vn/  -  Ma tra cuu: {code}'),
        ('S', 'Khoi tao tu phan mem VNPT Invoice - MST 0101234561'),
    ], title='Hoa don 1C24TTL 00001287', author='VNPT Invoice', creator='VNPT Invoice', producer='VNPT Invoice PDF', when=date, r=r)
    text = f"""Kính gửi: Quý khách hàng CỤC QUẢN LÝ DỊCH VỤ SỐ

{seller} trân trọng gửi tới Quý khách hóa đơn điện tử với các thông tin sau:

- Ký hiệu hóa đơn: 1C24TTL
- Số hóa đơn: 00001287
- Ngày lập: 15/10/2024
- Mã của cơ quan thuế: {mccqt}
- Tổng tiền thanh toán: {vn(tot)} VNĐ ({words[:-1]})

Hóa đơn gốc định dạng XML và bản thể hiện PDF được đính kèm theo thư này.
Quý khách cũng có thể tra cứu, tải hóa đơn tại:
https://thanglongoffice-tt78.vnpt-invoice.com.vn/
Mã tra cứu: {code}

Hóa đơn điện tử được lập theo Nghị định số 123/2020/NĐ-CP và Thông tư số
78/2021/TT-BTC, có giá trị pháp lý như hóa đơn giấy.

Trân trọng cảm ơn Quý khách đã sử dụng sản phẩm, dịch vụ của Công ty.

---
Thư này được gửi tự động từ hệ thống hóa đơn điện tử VNPT Invoice, vui lòng
không trả lời thư này. Mọi thắc mắc về hóa đơn xin liên hệ Phòng Kế toán -
Công ty CP Thiết bị Văn phòng Thăng Long, ĐT: 024 3791 2468,
email: ketoan@thanglongoffice.vn
"""
    html = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222222;">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #d0d7e2;">
<tr><td style="background-color:#0a5aa8;padding:12px 20px;"><img src="https://thanglongoffice-tt78.vnpt-invoice.com.vn/Content/images/logo-vnpt-invoice.png" height="36" alt="VNPT Invoice"></td></tr>
<tr><td style="padding:20px;">
<p>Kính gửi: Quý khách hàng <b>CỤC QUẢN LÝ DỊCH VỤ SỐ</b></p>
<p><b>{seller}</b> trân trọng gửi tới Quý khách hóa đơn điện tử với các thông tin sau:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d0d7e2;font-size:13px;">
<tr><td style="background:#f1f5fa;width:190px;">Ký hiệu hóa đơn</td><td>1C24TTL</td></tr>
<tr><td style="background:#f1f5fa;">Số hóa đơn</td><td><b>00001287</b></td></tr>
<tr><td style="background:#f1f5fa;">Ngày lập</td><td>15/10/2024</td></tr>
<tr><td style="background:#f1f5fa;">Mã của cơ quan thuế</td><td>{mccqt}</td></tr>
<tr><td style="background:#f1f5fa;">Tổng tiền thanh toán</td><td><b style="color:#c00000;">{vn(tot)} VNĐ</b><br><i>({words[:-1]})</i></td></tr>
</table>
<p>Hóa đơn gốc định dạng XML và bản thể hiện PDF được đính kèm theo thư này. Quý khách cũng có thể tra cứu, tải hóa đơn tại:<br>
<a href="https://thanglongoffice-tt78.vnpt-invoice.com.vn/">https://thanglongoffice-tt78.vnpt-invoice.com.vn/</a> &nbsp;&nbsp; Mã tra cứu: <b>{code}</b></p>
<p>Hóa đơn điện tử được lập theo Nghị định số 123/2020/NĐ-CP và Thông tư số 78/2021/TT-BTC, có giá trị pháp lý như hóa đơn giấy.</p>
<p>Trân trọng cảm ơn Quý khách đã sử dụng sản phẩm, dịch vụ của Công ty.</p>
</td></tr>
<tr><td style="background-color:#f1f5fa;padding:12px 20px;font-size:11px;color:#666666;">Thư này được gửi tự động từ hệ thống hóa đơn điện tử VNPT Invoice, vui lòng không trả lời thư này.<br>Mọi thắc mắc về hóa đơn xin liên hệ Phòng Kế toán - Công ty CP Thiết bị Văn phòng Thăng Long, ĐT: 024 3791 2468, email: <a href="mailto:ketoan@thanglongoffice.vn">ketoan@thanglongoffice.vn</a></td></tr>
</table></body></html>'''
    body = body_alt(text, html, tcte='base64', hcte='base64')
    attach(body, xml.encode('utf-8'), 'text/xml', '1C24TTL_00001287.xml')
    attach(body, pdf, 'application/pdf', '1C24TTL_00001287.pdf')
    hdr = [
        ('Date', fmt(date)),
        ('From', A(seller, 'noreply@vnpt-invoice.com.vn')),
        ('Reply-To', 'ketoan@thanglongoffice.vn'),
        ('To', A('Phạm Thu Hà', HA[1])),
        ('Message-ID', f'<{r.dig(9)}.{r.dig(5)}.{int(date.timestamp() * 1000)}@vnpt-invoice.com.vn>'),
        ('Subject', txt(f'Thông báo phát hành hóa đơn điện tử số 00001287 - {seller}')),
        ('MIME-Version', '1.0'),
    ]
    return build(15, date=date, ret='noreply@vnpt-invoice.com.vn', host='mail2.vnpt-invoice.com.vn', ip='113.160.248.37',
                 rcpt=HA[1], headers=hdr, body=body, bnd=bnd_java(r), delay=4,
                 dkims=[dkim(r, 'vnpt-invoice.com.vn', 'default', 'Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m16():
    """VI - bank account statement ready (Vietcombank)"""
    r = R(16)
    date = D(2024, 11, 2, 6, 15, 3, ICT)
    text = """Kính gửi Quý khách PHẠM THU HÀ,

Vietcombank trân trọng thông báo sao kê tài khoản kỳ tháng 10/2024 của Quý
khách đã sẵn sàng:

- Số tài khoản: 0011****6789
- Loại tài khoản: Tài khoản thanh toán VND
- Kỳ sao kê: 01/10/2024 - 31/10/2024

Để xem và tải sao kê, Quý khách vui lòng mở ứng dụng VCB Digibank, chọn
Tài khoản > Sao kê tài khoản. Sao kê được lưu trên VCB Digibank trong 12
tháng.

Vì an toàn của Quý khách, Vietcombank không gửi kèm tệp sao kê qua email và
không bao giờ yêu cầu Quý khách cung cấp tên đăng nhập, mật khẩu hay mã OTP
qua email, điện thoại hoặc đường link. Quý khách chỉ tải ứng dụng VCB
Digibank từ App Store, Google Play hoặc truy cập trực tiếp
https://vcbdigibank.vietcombank.com.vn

Nếu cần hỗ trợ, Quý khách vui lòng liên hệ Trung tâm Hỗ trợ khách hàng 24/7:
1900 54 54 13.

Trân trọng,
Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)

Đây là thư tự động, vui lòng không trả lời thư này.
"""
    inner = '\n'.join([
        row('<img src="https://www.vietcombank.com.vn/-/media/Project/VCB-Sites/VCB/Common/logo-vcb.png" width="180" height="40" alt="Vietcombank" style="display:block;">', '18px 32px', 'border-bottom:3px solid #00703c;'),
        row(P('Kính gửi Quý khách <strong>PHẠM THU HÀ</strong>,', 15, '#222222', 22)
            + P('Vietcombank trân trọng thông báo sao kê tài khoản kỳ tháng 10/2024 của Quý khách đã sẵn sàng:', 15, '#222222', 22)
            + kv([('Số tài khoản', '0011****6789'), ('Loại tài khoản', 'Tài khoản thanh toán VND'), ('Kỳ sao kê', '01/10/2024 - 31/10/2024')], '40%', 14)
            + P('Để xem và tải sao kê, Quý khách vui lòng mở ứng dụng <strong>VCB Digibank</strong>, chọn <em>Tài khoản &gt; Sao kê tài khoản</em>. Sao kê được lưu trên VCB Digibank trong 12 tháng.', 15, '#222222', 22)
            + f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px 0;"><tr><td style="padding:14px 16px;background-color:#fff8e5;border-left:4px solid #f2a900;font-size:13px;line-height:20px;color:#5c4400;">'
              'Vì an toàn của Quý khách, Vietcombank không gửi kèm tệp sao kê qua email và <strong>không bao giờ</strong> yêu cầu Quý khách cung cấp tên đăng nhập, mật khẩu hay mã OTP qua email, điện thoại hoặc đường link. Quý khách chỉ tải ứng dụng VCB Digibank từ App Store, Google Play hoặc truy cập trực tiếp <a href="https://vcbdigibank.vietcombank.com.vn" style="color:#00703c;">vcbdigibank.vietcombank.com.vn</a>.</td></tr></table>'
            + P('Nếu cần hỗ trợ, Quý khách vui lòng liên hệ Trung tâm Hỗ trợ khách hàng 24/7: <strong>1900 54 54 13</strong>.', 15, '#222222', 22)
            + P('Trân trọng,<br>Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)', 15, '#222222', 22, 28), '24px 32px 4px 32px'),
        row(P('Đây là thư tự động, vui lòng không trả lời thư này.<br>&copy; 2024 Vietcombank. 198 Trần Quang Khải, Hoàn Kiếm, Hà Nội &middot; <a href="https://www.vietcombank.com.vn" style="color:#ffffff;">www.vietcombank.com.vn</a>', 12, '#ffffff', 18, 0),
            '16px 32px', 'background-color:#00703c;'),
    ])
    html = shell(inner, title='Vietcombank - Sao kê tài khoản', lang='vi', bg='#eef2ef', pre='Sao kê tài khoản kỳ tháng 10/2024 đã sẵn sàng trên VCB Digibank.',
                 font='Arial,Helvetica,sans-serif')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', 'Vietcombank <estatement@info.vietcombank.com.vn>'),
        ('To', HA[1]),
        ('Message-ID', f'<{r.dig(10)}.{r.dig(4)}.{int(date.timestamp() * 1000)}@estatement-app02>'),
        ('Subject', txt('Vietcombank thông báo: Sao kê tài khoản tháng 10/2024 đã sẵn sàng')),
        ('MIME-Version', '1.0'),
        ('X-Priority', '3'),
    ]
    return build(16, date=date, ret='bounce@info.vietcombank.com.vn', host='mailout2.vietcombank.com.vn', ip='203.171.20.36',
                 rcpt=HA[1], headers=hdr, body=body, bnd=bnd_java(r), delay=11,
                 dkims=[dkim(r, 'info.vietcombank.com.vn', 'vcb2024', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m17():
    """VI - courier notification (Vietnam Post EMS)"""
    r = R(17)
    date = D(2025, 2, 26, 9, 47, 12, ICT)
    code = 'EB482917365VN'
    trk = f'https://vnpost.vn/tra-cuu-hanh-trinh/buu-pham?key={code}'
    text = f"""Kính gửi Quý khách,

Bưu gửi EMS số {code} gửi đến Quý khách đang được phát.

Người gửi:    Sở Tài chính tỉnh Nghệ An
Người nhận:   Văn thư - Cục Quản lý Dịch vụ số, Số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội
Dịch vụ:      Chuyển phát nhanh EMS - tài liệu (0,3 kg)
Trạng thái:   Đã đến bưu cục phát Hai Bà Trưng lúc 09:32 ngày 26/02/2025
Dự kiến phát: trong ngày 26/02/2025
Bưu tá phát:  Nguyễn Văn Thắng - 0983 416 215

Quý khách vui lòng kiểm tra tình trạng niêm phong khi nhận bưu gửi.
Tra cứu hành trình: {trk}

Bưu gửi này đã được thanh toán cước đầy đủ. Bưu điện Việt Nam không yêu cầu
Quý khách thanh toán thêm khoản phí nào qua đường link.

Tổng đài chăm sóc khách hàng: 1900 54 54 81
Trân trọng,
Tổng công ty Bưu điện Việt Nam (VNPost)
"""
    inner = '\n'.join([
        row('<img src="https://vnpost.vn/Content/images/logo-vnpost.png" width="160" height="40" alt="VNPost" style="display:block;">', '16px 28px', 'background-color:#ffffff;border-bottom:3px solid #f7941d;'),
        row(P('Bưu gửi đang được phát đến Quý khách', 20, '#00529c', 28, 14, 'font-weight:bold;')
            + P('Kính gửi Quý khách,', 14, '#222222', 21)
            + P(f'Bưu gửi EMS số <strong>{code}</strong> gửi đến Quý khách đang được phát.', 14, '#222222', 21)
            + kv([('Người gửi', 'Sở Tài chính tỉnh Nghệ An'), ('Người nhận', 'Văn thư - Cục Quản lý Dịch vụ số, Số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội'),
                  ('Dịch vụ', 'Chuyển phát nhanh EMS - tài liệu (0,3 kg)'), ('Trạng thái', '<span style="color:#f7941d;font-weight:bold;">Đã đến bưu cục phát Hai Bà Trưng</span> lúc 09:32 ngày 26/02/2025'),
                  ('Dự kiến phát', 'trong ngày 26/02/2025'), ('Bưu tá phát', 'Nguyễn Văn Thắng - 0983 416 215')], '32%', 14)
            + P('Quý khách vui lòng kiểm tra tình trạng niêm phong khi nhận bưu gửi.', 14, '#222222', 21)
            + btn(trk, 'Tra cứu hành trình', '#00529c', radius=20, size=14)
            + '<div style="clear:both;"></div>'
            + P('Bưu gửi này đã được thanh toán cước đầy đủ. Bưu điện Việt Nam không yêu cầu Quý khách thanh toán thêm khoản phí nào qua đường link.', 13, '#555555', 20, 24),
            '24px 28px 4px 28px'),
        row(P('Tổng đài chăm sóc khách hàng: <strong>1900 54 54 81</strong><br>Tổng công ty Bưu điện Việt Nam &middot; Số 5 Phạm Hùng, Nam Từ Liêm, Hà Nội &middot; <a href="https://vnpost.vn" style="color:#00529c;">vnpost.vn</a>', 12, '#555555', 18, 0),
            '16px 28px', 'background-color:#f3f6fa;'),
    ])
    html = shell(inner, title='VNPost', lang='vi', bg='#e9eef4', pre=f'Bưu gửi {code} dự kiến được phát trong ngày 26/02/2025.', font='Arial,Helvetica,sans-serif')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', A('Bưu điện Việt Nam', 'thongbao@vnpost.vn')),
        ('To', VANTHU[1]),
        ('Subject', txt(f'[VNPost] Bưu gửi {code} đang được phát đến Quý khách')),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.uuid()}@notify.vnpost.vn>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'VNPost Notification Service 2.3'),
    ]
    return build(17, date=date, ret='bounce@vnpost.vn', host='mail.vnpost.vn', ip='203.113.147.21', rcpt=VANTHU[1],
                 headers=hdr, body=body, bnd=bnd_hex(r, 36), delay=5,
                 dkims=[dkim(r, 'vnpost.vn', 'mail', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', date)])


def m18():
    """VI - official letter (cong van) between ministries, with signed PDF"""
    r = R(18)
    date = D(2024, 8, 19, 15, 36, 20, ICT)
    so = '8712/BTC-HCSN'
    text = f"""Kính gửi: Cục Quản lý Dịch vụ số

Văn phòng Bộ Tài chính trân trọng gửi Quý cơ quan Công văn số {so} ngày
16/8/2024 của Bộ Tài chính về việc góp ý dự thảo Thông tư hướng dẫn quản lý,
sử dụng kinh phí chi thường xuyên từ ngân sách nhà nước cho hoạt động chuyển
đổi số (văn bản điện tử đã ký số được đính kèm).

Đề nghị Quý cơ quan nghiên cứu, có ý kiến bằng văn bản gửi Bộ Tài chính
(Vụ Hành chính sự nghiệp) trước ngày 06/9/2024; đồng thời gửi bản điện tử
(định dạng .doc hoặc .docx) về địa chỉ thư điện tử hcsn@mof.gov.vn để tổng hợp.

Trân trọng./.

--
Văn thư - Văn phòng Bộ Tài chính
Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
"""
    html = zimbra_html(
        '<div>Kính gửi: Cục Quản lý Dịch vụ số</div><div><br></div>'
        f'<div>Văn phòng Bộ Tài chính trân trọng gửi Quý cơ quan Công văn số <strong>{so}</strong> ngày 16/8/2024 của Bộ Tài chính về việc góp ý dự thảo Thông tư hướng dẫn quản lý, sử dụng kinh phí chi thường xuyên từ ngân sách nhà nước cho hoạt động chuyển đổi số (văn bản điện tử đã ký số được đính kèm).</div><div><br></div>'
        '<div>Đề nghị Quý cơ quan nghiên cứu, có ý kiến bằng văn bản gửi Bộ Tài chính (Vụ Hành chính sự nghiệp) trước ngày <strong>06/9/2024</strong>; đồng thời gửi bản điện tử (định dạng .doc hoặc .docx) về địa chỉ thư điện tử <a href="mailto:hcsn@mof.gov.vn">hcsn@mof.gov.vn</a> để tổng hợp.</div><div><br></div>'
        '<div>Trân trọng./.</div><div><br></div>'
        '<div data-marker="__SIG_PRE__">--<br><span style="color: #003366;"><strong>Văn thư - Văn phòng Bộ Tài chính</strong></span><br>Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội</div>',
        font='times new roman, new york, times, serif', size='14pt')
    lines = [
        ('T', [(70, 'BO TAI CHINH'), (300, 'CONG HOA XA HOI CHU NGHIA VIET NAM')]),
        ('TB', [(330, 'Doc lap - Tu do - Hanh phuc')]),
        ('T', [(60, f'So: {so}')]),
        ('S', 'V/v gop y du thao Thong tu huong dan quan ly, su dung kinh phi'),
        ('S', 'chi thuong xuyen NSNN cho hoat dong chuyen doi so'),
        ('T', [(330, 'Ha Noi, ngay 16 thang 8 nam 2024')]),
        ('SP',),
        ('N', 'Kinh gui: - Cac Bo, co quan ngang Bo, co quan thuoc Chinh phu;'),
        ('N', '               - Cac co quan, don vi co lien quan.'),
        ('SP',),
    ]
    lines += W('Thuc hien nhiem vu duoc giao, Bo Tai chinh da xay dung du thao Thong tu huong dan quan ly, su dung kinh phi chi '
               'thuong xuyen tu ngan sach nha nuoc cho hoat dong chuyen doi so cua cac co quan, don vi (du thao kem theo). '
               'De bao dam tinh kha thi cua Thong tu khi ban hanh, Bo Tai chinh de nghi Quy co quan nghien cuu, tham gia y kien '
               'doi voi du thao Thong tu, trong do tap trung vao cac noi dung sau:')
    lines += W('1. Pham vi, doi tuong ap dung va cac noi dung chi cho hoat dong chuyen doi so (thue dich vu cong nghe thong tin, '
               'duy tri he thong, bao dam an toan thong tin, so hoa du lieu).')
    lines += W('2. Dinh muc, phuong phap xac dinh chi phi va viec lap du toan, quyet toan kinh phi.')
    lines += W('3. Cac kho khan, vuong mac trong thuc tien trien khai tai don vi va de xuat, kien nghi (neu co).')
    lines += W('Y kien tham gia cua Quy co quan xin gui ve Bo Tai chinh (Vu Hanh chinh su nghiep) truoc ngay 06/9/2024, dong thoi '
               'gui ban dien tu ve dia chi thu dien tu: hcsn@mof.gov.vn de tong hop. Qua thoi han tren, neu khong nhan duoc y kien, '
               'Bo Tai chinh hieu la Quy co quan thong nhat voi noi dung du thao.')
    lines += W('Bo Tai chinh tran trong cam on su phoi hop cua Quy co quan./.')
    lines += [('SP',), ('TB', [(60, 'Noi nhan:'), (360, 'KT. BO TRUONG')]),
              ('T', [(60, '- Nhu tren;'), (370, 'THU TRUONG')]),
              ('T', [(60, '- Luu: VT, HCSN.')]), ('SP',),
              ('T', [(360, '(Da ky so)')]), ('SP',), ('TB', [(350, 'Le Van Khanh')]), ('SP',),
              ('S', 'Van ban dien tu nay da duoc ky so boi BO TAI CHINH, thoi gian ky: 16/08/2024 16:42:09 +07:00')]
    pdf = make_pdf(lines, title=f'Cong van {so}', author='Bo Tai chinh', creator='Microsoft Word 2016',
                   producer='vSignPDF 2.0 (Ban Co yeu Chinh phu)', when=D(2024, 8, 16, 16, 42, 9, ICT), r=r)
    body = body_alt(text, html, tcte='quoted-printable', hcte='quoted-printable')
    attach(body, pdf, 'application/pdf', '8712_BTC-HCSN_signed.pdf')
    mid = f'<{r.dig(9)}.{r.dig(7)}.{int(date.timestamp() * 1000)}.JavaMail.zimbra@mof.gov.vn>'
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Văn thư Bộ Tài chính', 'vanthu@mof.gov.vn', 'Q')),
        ('To', A('Văn thư Cục Quản lý Dịch vụ số', VANTHU[1], 'Q')),
        ('Message-ID', mid),
        ('Subject', txt(f'Gửi Công văn số {so} ngày 16/8/2024 V/v góp ý dự thảo Thông tư về kinh phí chi thường xuyên cho chuyển đổi số', 'Q')),
        ('MIME-Version', '1.0'),
        ('X-Originating-IP', '[10.1.31.57]'),
        ('X-Mailer', 'Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC127 (Win)/9.0.0_GA_4583)'),
        ('Thread-Index', r.b64(15)[:20]),
        ('Thread-Topic', txt(f'Gửi Công văn số {so} ngày 16/8/2024 V/v góp ý dự thảo Thông tư về kinh phí chi thường xuyên cho chuyển đổi số', 'Q')),
    ]
    inner = [f'Received: from zimbra-mta02.mof.gov.vn (localhost [127.0.0.1])\r\n\tby zimbra-mta02.mof.gov.vn (Postfix) with ESMTP id {r.HEX(11)}\r\n\tfor <{VANTHU[1]}>; {fmt(date + timedelta(seconds=1))} (+07)']
    return build(18, date=date, ret='vanthu@mof.gov.vn', host='mx1.mof.gov.vn', ip='203.162.40.18', rcpt=VANTHU[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=2, inner=inner,
                 dkims=[dkim(r, 'mof.gov.vn', 'C1A8E30E-4B6F-11EC-9D6B-5A3E8C1F7D20', 'Date:From:To:Message-ID:MIME-Version', date)])


def m19():
    """VI - national public-service portal (Cong DVC quoc gia) status update"""
    r = R(19)
    date = D(2024, 11, 8, 16, 5, 44, ICT)
    mhs = '000.00.17.H26-241101-0157'
    eval_link = f'https://dichvucong.gov.vn/p/home/dvc-danh-gia-hai-long.html?maHoSo={mhs}&token={r.b64u(24)}'
    text = f"""Kính gửi ông/bà HOÀNG ANH TUẤN,

Cổng Dịch vụ công quốc gia thông báo hồ sơ của ông/bà đã có kết quả giải quyết:

- Mã hồ sơ: {mhs}
- Thủ tục: Đổi giấy phép lái xe do ngành Giao thông vận tải cấp
- Cơ quan giải quyết: Sở Giao thông vận tải thành phố Hà Nội
- Ngày nộp: 01/11/2024
- Ngày có kết quả: 08/11/2024
- Trạng thái: Đã có kết quả
- Hình thức nhận kết quả: Qua dịch vụ bưu chính công ích đến địa chỉ đã đăng ký

Ông/bà có thể xem chi tiết tại mục "Quản lý hồ sơ đã nộp" sau khi đăng nhập
bằng tài khoản định danh điện tử VNeID, hoặc tra cứu tại:
https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html

Mời ông/bà đánh giá mức độ hài lòng về việc giải quyết thủ tục hành chính:
{eval_link}

Đây là thư tự động từ Cổng Dịch vụ công quốc gia, vui lòng không trả lời.
Hỗ trợ: Tổng đài 18001096 - Email: dichvucong@chinhphu.vn
"""
    inner = '\n'.join([
        row('<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td><img src="https://dichvucong.gov.vn/p/home/theme/img/quochuy.png" width="48" height="48" alt="" style="display:block;"></td>'
            '<td style="padding-left:12px;font-family:Arial,sans-serif;"><span style="font-size:18px;font-weight:bold;color:#ffffff;">CỔNG DỊCH VỤ CÔNG QUỐC GIA</span><br><span style="font-size:12px;color:#ffe8a8;">Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi</span></td></tr></table>',
            '16px 28px', 'background-color:#b4161b;'),
        row(P('Kính gửi ông/bà <strong>HOÀNG ANH TUẤN</strong>,', 14, '#222222', 21)
            + P('Cổng Dịch vụ công quốc gia thông báo hồ sơ của ông/bà đã có kết quả giải quyết:', 14, '#222222', 21)
            + kv([('Mã hồ sơ', f'<strong>{mhs}</strong>'), ('Thủ tục', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp'),
                  ('Cơ quan giải quyết', 'Sở Giao thông vận tải thành phố Hà Nội'), ('Ngày nộp', '01/11/2024'),
                  ('Ngày có kết quả', '08/11/2024'), ('Trạng thái', '<span style="color:#1e8e3e;font-weight:bold;">Đã có kết quả</span>'),
                  ('Hình thức nhận kết quả', 'Qua dịch vụ bưu chính công ích đến địa chỉ đã đăng ký')], '36%', 14)
            + P('Ông/bà có thể xem chi tiết tại mục &quot;Quản lý hồ sơ đã nộp&quot; sau khi đăng nhập bằng tài khoản định danh điện tử VNeID.', 14, '#222222', 21)
            + btn('https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html', 'Tra cứu hồ sơ', '#b4161b', radius=4, size=14)
            + '<div style="clear:both;"></div>'
            + P(f'Mời ông/bà <a href="{eval_link}" style="color:#b4161b;">đánh giá mức độ hài lòng</a> về việc giải quyết thủ tục hành chính.', 14, '#222222', 21, 24),
            '24px 28px 4px 28px'),
        row(P('Đây là thư tự động từ Cổng Dịch vụ công quốc gia, vui lòng không trả lời.<br>Hỗ trợ: Tổng đài <strong>18001096</strong> &middot; Email: dichvucong@chinhphu.vn<br>Cơ quan chủ quản: Văn phòng Chính phủ', 12, '#666666', 18, 0, 'text-align:center;'),
            '16px 28px', 'background-color:#f5f5f5;border-top:1px solid #e0e0e0;'),
    ])
    html = shell(inner, title='Cổng Dịch vụ công quốc gia', lang='vi', bg='#eeeeee', pre=f'Hồ sơ {mhs} đã có kết quả giải quyết.', font='Arial,Helvetica,sans-serif')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Cổng Dịch vụ công quốc gia', 'noreply@dichvucong.gov.vn')),
        ('To', TUAN[1]),
        ('Message-ID', f'<{r.dig(9)}.{r.dig(6)}.{int(date.timestamp() * 1000)}@dvcqg-notify-03>'),
        ('Subject', txt(f'[Cổng DVCQG] Hồ sơ {mhs} đã có kết quả giải quyết')),
        ('MIME-Version', '1.0'),
    ]
    return build(19, date=date, ret='noreply@dichvucong.gov.vn', host='mail.dichvucong.gov.vn', ip='103.9.86.45', rcpt=TUAN[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=6,
                 dkims=[dkim(r, 'dichvucong.gov.vn', 'dvc', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m20():
    """VI - tax authority e-filing receipt"""
    r = R(20)
    date = D(2024, 10, 28, 10, 58, 31, ICT)
    mgd = '110202410' + r.dig(11)
    text = f"""TỔNG CỤC THUẾ
HỆ THỐNG THUẾ ĐIỆN TỬ

THÔNG BÁO
Về việc tiếp nhận hồ sơ khai thuế điện tử

Kính gửi: CỤC QUẢN LÝ DỊCH VỤ SỐ
Mã số thuế: 0109912345

Cơ quan thuế đã tiếp nhận hồ sơ khai thuế điện tử của người nộp thuế như sau:

- Tên hồ sơ: Tờ khai khấu trừ thuế thu nhập cá nhân (Mẫu số 05/KK-TNCN)
- Kỳ tính thuế: Quý 3/2024 (từ 01/07/2024 đến 30/09/2024)
- Loại tờ khai: Chính thức
- Mã giao dịch điện tử: {mgd}
- Thời gian nhận: 28/10/2024 10:57:46
- Cơ quan thuế quản lý: Cục Thuế TP Hà Nội

Cơ quan thuế sẽ gửi Thông báo về việc chấp nhận hoặc không chấp nhận hồ sơ
khai thuế điện tử sau khi kiểm tra. Người nộp thuế có thể tra cứu hồ sơ đã
nộp tại https://thuedientu.gdt.gov.vn (mục Tra cứu > Tra cứu tờ khai).

Thư điện tử này được gửi tự động từ Hệ thống thuế điện tử của Tổng cục Thuế.
Đề nghị không trả lời thư này.
"""
    html = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Times New Roman',Times,serif;font-size:14px;color:#000000;">
<table width="700" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="border-bottom:2px solid #9e0b0f;padding:10px 0;"><img src="https://thuedientu.gdt.gov.vn/etaxnnt/static/images/logo-tct.png" height="50" alt="Tổng cục Thuế" style="vertical-align:middle;"> <span style="font-size:18px;font-weight:bold;color:#9e0b0f;vertical-align:middle;">TỔNG CỤC THUẾ - HỆ THỐNG THUẾ ĐIỆN TỬ</span></td></tr>
<tr><td style="padding:20px 10px;">
<p style="text-align:center;font-weight:bold;font-size:16px;margin:0;">THÔNG BÁO</p>
<p style="text-align:center;font-style:italic;margin:0 0 20px 0;">Về việc tiếp nhận hồ sơ khai thuế điện tử</p>
<p>Kính gửi: <b>CỤC QUẢN LÝ DỊCH VỤ SỐ</b><br>Mã số thuế: <b>0109912345</b></p>
<p>Cơ quan thuế đã tiếp nhận hồ sơ khai thuế điện tử của người nộp thuế như sau:</p>
<table cellpadding="6" cellspacing="0" border="1" width="100%" style="border-collapse:collapse;font-size:14px;">
<tr><td width="35%">Tên hồ sơ</td><td>Tờ khai khấu trừ thuế thu nhập cá nhân (Mẫu số 05/KK-TNCN)</td></tr>
<tr><td>Kỳ tính thuế</td><td>Quý 3/2024 (từ 01/07/2024 đến 30/09/2024)</td></tr>
<tr><td>Loại tờ khai</td><td>Chính thức</td></tr>
<tr><td>Mã giao dịch điện tử</td><td>{mgd}</td></tr>
<tr><td>Thời gian nhận</td><td>28/10/2024 10:57:46</td></tr>
<tr><td>Cơ quan thuế quản lý</td><td>Cục Thuế TP Hà Nội</td></tr>
</table>
<p>Cơ quan thuế sẽ gửi Thông báo về việc chấp nhận hoặc không chấp nhận hồ sơ khai thuế điện tử sau khi kiểm tra. Người nộp thuế có thể tra cứu hồ sơ đã nộp tại <a href="https://thuedientu.gdt.gov.vn">https://thuedientu.gdt.gov.vn</a> (mục Tra cứu &gt; Tra cứu tờ khai).</p>
<p style="font-size:12px;color:#555555;font-style:italic;">Thư điện tử này được gửi tự động từ Hệ thống thuế điện tử của Tổng cục Thuế. Đề nghị không trả lời thư này.</p>
</td></tr></table></body></html>'''
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Tổng cục Thuế', 'thuedientu@gdt.gov.vn')),
        ('To', HA[1]),
        ('Message-ID', f'<{r.dig(10)}.{r.dig(5)}.{int(date.timestamp() * 1000)}@etax-mail01.gdt.gov.vn>'),
        ('Subject', txt('Thông báo tiếp nhận hồ sơ khai thuế điện tử - MST 0109912345 - 05/KK-TNCN Quý 3/2024')),
        ('MIME-Version', '1.0'),
    ]
    return build(20, date=date, ret='thuedientu@gdt.gov.vn', host='mail.gdt.gov.vn', ip='113.190.252.61', rcpt=HA[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=14,
                 dkims=[dkim(r, 'gdt.gov.vn', 'etax', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m21():
    """VI - mailbox quota notice from the agency's own IT department"""
    r = R(21)
    date = D(2025, 9, 9, 8, 0, 3, ICT)
    text = """Kính gửi đồng chí Đỗ Thanh Hương,

Hộp thư do.thanh.huong@agency.gov.vn hiện đã sử dụng 9,2 GB trên tổng dung
lượng 10 GB (92%).

Khi dung lượng đạt 100%, hộp thư sẽ không nhận được thư mới và thư gửi đến
sẽ bị trả lại cho người gửi.

Để giải phóng dung lượng, đồng chí có thể:
 1. Làm trống thư mục Thư rác (Junk) và Thùng rác (Trash);
 2. Xóa các thư có tệp đính kèm lớn không còn cần thiết (tìm kiếm: larger:10MB);
 3. Lưu trữ thư cũ về máy tính bằng chức năng Tùy chọn > Nhập/Xuất của Webmail;
 4. Chia sẻ tệp dung lượng lớn qua hệ thống lưu trữ nội bộ
    https://files.agency.gov.vn thay vì đính kèm vào thư.

Trường hợp cần tăng dung lượng vì yêu cầu công việc, đồng chí vui lòng tạo
yêu cầu tại https://helpdesk.agency.gov.vn hoặc gọi số máy lẻ 1234.

Lưu ý: Trung tâm CNTT không bao giờ yêu cầu cung cấp mật khẩu qua thư điện tử
hoặc điện thoại, và không gửi đường link "nâng cấp hộp thư" để đăng nhập.

Trân trọng,
Trung tâm Công nghệ thông tin - Cục Quản lý Dịch vụ số

(Thư được gửi tự động từ hệ thống quản trị thư điện tử, vui lòng không trả lời.)
"""
    bar = ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 6px 0;"><tr>'
           '<td width="92%" style="height:14px;background-color:#d9822b;border-radius:7px 0 0 7px;font-size:0;line-height:0;">&nbsp;</td>'
           '<td style="height:14px;background-color:#e5e7eb;border-radius:0 7px 7px 0;font-size:0;line-height:0;">&nbsp;</td></tr></table>')
    inner = '\n'.join([
        row('<span style="font-size:16px;font-weight:bold;color:#ffffff;">TRUNG TÂM CÔNG NGHỆ THÔNG TIN</span><br><span style="font-size:12px;color:#cfe0f5;">Cục Quản lý Dịch vụ số</span>', '14px 28px', 'background-color:#1f4e8c;'),
        row(P('Kính gửi đồng chí <strong>Đỗ Thanh Hương</strong>,', 14, '#222222', 21)
            + P('Hộp thư <strong>do.thanh.huong@agency.gov.vn</strong> hiện đã sử dụng <strong>9,2 GB</strong> trên tổng dung lượng 10 GB (92%).', 14, '#222222', 21, 10)
            + bar + P('9,2 GB / 10 GB', 12, '#6b7280', 16, 18)
            + P('Khi dung lượng đạt 100%, hộp thư sẽ không nhận được thư mới và thư gửi đến sẽ bị trả lại cho người gửi.', 14, '#222222', 21)
            + P('Để giải phóng dung lượng, đồng chí có thể:', 14, '#222222', 21, 6)
            + '<ol style="margin:0 0 16px 22px;padding:0;font-size:14px;line-height:21px;color:#222222;">'
              '<li>Làm trống thư mục Thư rác (Junk) và Thùng rác (Trash);</li>'
              '<li>Xóa các thư có tệp đính kèm lớn không còn cần thiết (tìm kiếm: <code>larger:10MB</code>);</li>'
              '<li>Lưu trữ thư cũ về máy tính bằng chức năng <em>Tùy chọn &gt; Nhập/Xuất</em> của Webmail;</li>'
              '<li>Chia sẻ tệp dung lượng lớn qua hệ thống lưu trữ nội bộ <a href="https://files.agency.gov.vn" style="color:#1f4e8c;">files.agency.gov.vn</a> thay vì đính kèm vào thư.</li></ol>'
            + P('Trường hợp cần tăng dung lượng vì yêu cầu công việc, đồng chí vui lòng tạo yêu cầu tại <a href="https://helpdesk.agency.gov.vn" style="color:#1f4e8c;">helpdesk.agency.gov.vn</a> hoặc gọi số máy lẻ <strong>1234</strong>.', 14, '#222222', 21)
            + P('<strong>Lưu ý:</strong> Trung tâm CNTT không bao giờ yêu cầu cung cấp mật khẩu qua thư điện tử hoặc điện thoại, và không gửi đường link &quot;nâng cấp hộp thư&quot; để đăng nhập.', 13, '#7a3e00', 20, 16, 'background-color:#fff4e5;padding:10px 12px;')
            + P('Trân trọng,<br>Trung tâm Công nghệ thông tin - Cục Quản lý Dịch vụ số', 14, '#222222', 21, 24), '22px 28px 4px 28px'),
        row(P('Thư được gửi tự động từ hệ thống quản trị thư điện tử, vui lòng không trả lời.', 11, '#6b7280', 16, 0), '12px 28px', 'background-color:#f3f4f6;'),
    ])
    html = shell(inner, title='Thông báo dung lượng hộp thư', lang='vi', bg='#eef1f5', font='Arial,Helvetica,sans-serif')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Trung tâm Công nghệ thông tin', 'it@agency.gov.vn')),
        ('To', A(*HUONG)),
        ('Message-ID', f'<quota-{r.hex(12)}.{int(date.timestamp())}@notify01.agency.gov.vn>'),
        ('Subject', txt('[TTCNTT] Hộp thư của đồng chí đã sử dụng 92% dung lượng')),
        ('MIME-Version', '1.0'),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-Mailer', 'agency-mailops quota-notifier 1.4'),
    ]
    return build(21, date=date, ret='it@agency.gov.vn', host='notify01.agency.gov.vn', ip='10.16.8.21', rcpt=HUONG[1],
                 headers=hdr, body=body, bnd=bnd_hex(r, 32), delay=1,
                 dkims=[dkim(r, 'agency.gov.vn', 'mail2025', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m22():
    """VI - planned maintenance notice from the agency's IT department"""
    r = R(22)
    date = D(2025, 3, 11, 16, 30, 0, ICT)
    text = """Kính gửi: Toàn thể cán bộ, công chức, viên chức và người lao động của Cục,

Để nâng cấp phần mềm và thay thế thiết bị lưu trữ cho hệ thống thư điện tử,
Trung tâm Công nghệ thông tin sẽ tiến hành bảo trì theo kế hoạch như sau:

1. Thời gian: từ 20h00 thứ Bảy ngày 15/3/2025 đến 02h00 Chủ nhật ngày 16/3/2025.

2. Hệ thống bị ảnh hưởng:
   - Thư điện tử công vụ (webmail https://mail.agency.gov.vn, ứng dụng thư
     trên điện thoại, Outlook);
   - Kết nối VPN từ xa;
   - Hệ thống quản lý văn bản và điều hành vẫn hoạt động bình thường nhưng
     không gửi được thông báo qua thư điện tử trong thời gian bảo trì.

3. Thư gửi đến hộp thư của Cục trong thời gian bảo trì được lưu tạm tại máy
   chủ chuyển tiếp và tự động chuyển vào hộp thư sau khi hoàn tất, không bị mất.

Đề nghị các đồng chí chủ động sắp xếp công việc, hạn chế đăng nhập và gửi
thư trong khung giờ nêu trên. Sau bảo trì, các đồng chí KHÔNG cần đổi mật
khẩu hay cấu hình lại thiết bị.

Mọi vướng mắc xin liên hệ Tổ hỗ trợ kỹ thuật: máy lẻ 1234, hoặc tạo yêu cầu
tại https://helpdesk.agency.gov.vn.

Trân trọng./.

--
Phạm Quốc Việt
Phó Giám đốc Trung tâm Công nghệ thông tin
Cục Quản lý Dịch vụ số
ĐT: 024 3943 8215 - Máy lẻ: 1201
"""
    html = zimbra_html(
        '<div>Kính gửi: Toàn thể cán bộ, công chức, viên chức và người lao động của Cục,</div><div><br></div>'
        '<div>Để nâng cấp phần mềm và thay thế thiết bị lưu trữ cho hệ thống thư điện tử, Trung tâm Công nghệ thông tin sẽ tiến hành bảo trì theo kế hoạch như sau:</div><div><br></div>'
        '<div><strong>1. Thời gian:</strong> từ <strong><span style="color: #ff0000;">20h00 thứ Bảy ngày 15/3/2025 đến 02h00 Chủ nhật ngày 16/3/2025</span></strong>.</div><div><br></div>'
        '<div><strong>2. Hệ thống bị ảnh hưởng:</strong></div><ul>'
        '<li>Thư điện tử công vụ (webmail <a href="https://mail.agency.gov.vn" target="_blank">https://mail.agency.gov.vn</a>, ứng dụng thư trên điện thoại, Outlook);</li>'
        '<li>Kết nối VPN từ xa;</li>'
        '<li>Hệ thống quản lý văn bản và điều hành vẫn hoạt động bình thường nhưng không gửi được thông báo qua thư điện tử trong thời gian bảo trì.</li></ul>'
        '<div><strong>3.</strong> Thư gửi đến hộp thư của Cục trong thời gian bảo trì được lưu tạm tại máy chủ chuyển tiếp và tự động chuyển vào hộp thư sau khi hoàn tất, không bị mất.</div><div><br></div>'
        '<div>Đề nghị các đồng chí chủ động sắp xếp công việc, hạn chế đăng nhập và gửi thư trong khung giờ nêu trên. Sau bảo trì, các đồng chí <strong>KHÔNG</strong> cần đổi mật khẩu hay cấu hình lại thiết bị.</div><div><br></div>'
        '<div>Mọi vướng mắc xin liên hệ Tổ hỗ trợ kỹ thuật: máy lẻ 1234, hoặc tạo yêu cầu tại <a href="https://helpdesk.agency.gov.vn" target="_blank">https://helpdesk.agency.gov.vn</a>.</div><div><br></div>'
        '<div>Trân trọng./.</div><div><br></div>'
        '<div data-marker="__SIG_PRE__">--<br><strong>Phạm Quốc Việt</strong><br>Phó Giám đốc Trung tâm Công nghệ thông tin<br>Cục Quản lý Dịch vụ số<br>ĐT: 024 3943 8215 - Máy lẻ: 1201</div>')
    body = body_alt(text, html, tcte='quoted-printable', hcte='quoted-printable')
    subj = 'Thông báo bảo trì hệ thống thư điện tử và VPN từ 20h00 ngày 15/3/2025'
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Trung tâm Công nghệ thông tin', 'it@agency.gov.vn', 'Q')),
        ('To', A('Toàn thể cán bộ', 'toanthe@agency.gov.vn', 'Q')),
        ('Message-ID', f'<{r.dig(9)}.{r.dig(7)}.{int(date.timestamp() * 1000)}.JavaMail.zimbra@agency.gov.vn>'),
        ('Subject', txt(subj, 'Q')),
        ('MIME-Version', '1.0'),
        ('X-Originating-IP', '[10.16.12.47]'),
        ('X-Mailer', 'Zimbra 10.0.8_GA_4627 (ZimbraWebClient - GC134 (Win)/10.0.8_GA_4627)'),
        ('Thread-Index', r.b64(15)[:20]),
        ('Thread-Topic', txt(subj, 'Q')),
    ]
    return build(22, date=date, ret='it@agency.gov.vn', host='zimbra-mta01.agency.gov.vn', ip='10.16.8.11', rcpt='toanthe@agency.gov.vn',
                 headers=hdr, body=body, bnd=bnd_java(r), delay=2,
                 dkims=[dkim(r, 'agency.gov.vn', '6F2B1A90-9E3C-11EE-8C41-2D7E5B8F0A13', 'Date:From:To:Message-ID:MIME-Version', date)])


def m23():
    """VI - HR payslip available notice"""
    r = R(23)
    date = D(2025, 1, 23, 17, 10, 0, ICT)
    link = 'https://hrm.agency.gov.vn/ca-nhan/phieu-luong?ky=2025-01'
    text = f"""Kính gửi anh Hoàng Anh Tuấn,

Phiếu lương tháng 01/2025 của anh đã được cập nhật trên Hệ thống Quản lý
nhân sự.

- Kỳ lương: Tháng 01/2025
- Ngày chi trả: 24/01/2025 (chuyển khoản vào tài khoản đã đăng ký)

Vì lý do bảo mật, chi tiết các khoản lương, phụ cấp và khấu trừ không gửi
kèm thư. Để xem phiếu lương, anh vui lòng đăng nhập Hệ thống bằng tài khoản
đăng nhập một lần (SSO) của Cục tại:
{link}
(chỉ truy cập được từ mạng nội bộ hoặc qua VPN của Cục)

Nếu có thắc mắc về số liệu, anh vui lòng liên hệ Phòng Kế hoạch - Tài chính
(chị Phạm Thu Hà, máy lẻ 215) trước ngày 10/02/2025.

Chúc anh và gia đình năm mới Ất Tỵ an khang, thịnh vượng!

Phòng Tổ chức cán bộ
(Thư gửi tự động từ Hệ thống Quản lý nhân sự, vui lòng không trả lời)
"""
    inner = '\n'.join([
        row('<span style="font-size:15px;font-weight:bold;color:#1f4e8c;">HỆ THỐNG QUẢN LÝ NHÂN SỰ</span><br><span style="font-size:12px;color:#6b7280;">Cục Quản lý Dịch vụ số</span>', '16px 28px', 'border-bottom:2px solid #1f4e8c;'),
        row(P('Kính gửi anh <strong>Hoàng Anh Tuấn</strong>,', 14, '#222222', 21)
            + P('Phiếu lương tháng 01/2025 của anh đã được cập nhật trên Hệ thống Quản lý nhân sự.', 14, '#222222', 21)
            + kv([('Kỳ lương', 'Tháng 01/2025'), ('Ngày chi trả', '24/01/2025 (chuyển khoản vào tài khoản đã đăng ký)')], '30%', 14)
            + P('Vì lý do bảo mật, chi tiết các khoản lương, phụ cấp và khấu trừ không gửi kèm thư. Để xem phiếu lương, anh vui lòng đăng nhập Hệ thống bằng tài khoản đăng nhập một lần (SSO) của Cục.', 14, '#222222', 21)
            + btn(link, 'Xem phiếu lương', '#1f4e8c', radius=4, size=14)
            + '<div style="clear:both;"></div>'
            + P('Hệ thống chỉ truy cập được từ mạng nội bộ hoặc qua VPN của Cục.', 12, '#6b7280', 18)
            + P('Nếu có thắc mắc về số liệu, anh vui lòng liên hệ Phòng Kế hoạch - Tài chính (chị Phạm Thu Hà, máy lẻ 215) trước ngày 10/02/2025.', 14, '#222222', 21)
            + P('Chúc anh và gia đình năm mới Ất Tỵ an khang, thịnh vượng!', 14, '#b91c1c', 21)
            + P('Phòng Tổ chức cán bộ', 14, '#222222', 21, 24), '22px 28px 4px 28px'),
        row(P('Thư gửi tự động từ Hệ thống Quản lý nhân sự, vui lòng không trả lời.', 11, '#6b7280', 16, 0), '12px 28px', 'background-color:#f3f4f6;'),
    ])
    html = shell(inner, title='Phiếu lương', lang='vi', bg='#eef1f5', pre='Phiếu lương tháng 01/2025 đã sẵn sàng trên Hệ thống Quản lý nhân sự.', font='Arial,Helvetica,sans-serif')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Hệ thống Quản lý nhân sự', 'hrm@agency.gov.vn')),
        ('To', A(*TUAN)),
        ('Message-ID', f'<{r.dig(10)}.{r.dig(5)}.{int(date.timestamp() * 1000)}@hrm.agency.gov.vn>'),
        ('Subject', txt('Phiếu lương tháng 01/2025 của anh/chị đã sẵn sàng')),
        ('MIME-Version', '1.0'),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Mailer', 'HRM Notification Service'),
    ]
    return build(23, date=date, ret='hrm@agency.gov.vn', host='hrm.agency.gov.vn', ip='10.16.9.34', rcpt=TUAN[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=2,
                 dkims=[dkim(r, 'agency.gov.vn', 'mail2025', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def gmail_mid(r):
    return '<CA' + r.tok(1, 'BDEFGHJKLMNOP') + r.tok(1, '0123456789+') + r.tok(40, ALNUM + '+-_') + '@mail.gmail.com>'


def m24():
    """VI - personal reply in a thread (Re:, In-Reply-To/References, quoted text)"""
    r = R(24)
    date = D(2024, 9, 12, 21, 18, 37, ICT)
    orig = f'<{r.dig(10)}.{r.dig(7)}.{1726047720000 + r.randint(0, 99999)}.JavaMail.zimbra@agency.gov.vn>'
    subj0 = 'Lịch làm việc với nhóm chuyên gia về khung kiến trúc dữ liệu'
    reply = """Chào anh Hùng,

Em cảm ơn anh đã gửi lịch. Nhóm em thống nhất làm việc vào sáng thứ Ba
17/9, từ 9h00 tại trụ sở Cục như anh đề xuất. Đoàn bên em gồm 3 người: em,
TS. Phạm Đức Long và ThS. Vũ Hoài Nam.

Về nội dung, em đề nghị kéo dài thêm khoảng 30 phút (đến 11h30) để hai bên
thống nhất danh mục dữ liệu dùng chung ưu tiên cho giai đoạn 2025-2026, vì
phần này ảnh hưởng trực tiếp đến tiến độ xây dựng bộ từ điển dữ liệu.

Bản trình bày em sẽ gửi anh trước chiều thứ Hai. Anh nhờ bộ phận lễ tân đăng
ký giúp em xe biển số 30H-718.25 nhé.

Trân trọng,
Lan
"""
    sig = """TS. Nguyễn Thị Lan
Khoa Hệ thống thông tin, Trường Công nghệ Thông tin và Truyền thông
Đại học Bách khoa Hà Nội
ĐT: 0912 458 176"""
    quoted = """Kính gửi chị Lan,

Tiếp theo trao đổi qua điện thoại sáng nay, Cục đề xuất lịch làm việc với
nhóm chuyên gia như sau:
- Thời gian: 9h00-11h00, thứ Ba ngày 17/9/2024
- Địa điểm: Phòng họp tầng 5, trụ sở Cục, số 18 Nguyễn Du
- Nội dung: góp ý dự thảo khung kiến trúc dữ liệu và lộ trình triển khai
  nền tảng chia sẻ dữ liệu

Chị xem và phản hồi giúp anh trước thứ Sáu nhé.

Trân trọng,
Nguyễn Văn Hùng
Trưởng phòng Kiến trúc và Dữ liệu
Cục Quản lý Dịch vụ số"""
    attr = 'Vào Th 4, 11 thg 9, 2024 vào lúc 16:42 Nguyễn Văn Hùng <nguyen.van.hung@agency.gov.vn> đã viết:'
    text = reply + '\n-- \n' + sig + '\n\n\n' + attr + '\n\n' + '\n'.join('> ' + l if l else '>' for l in quoted.split('\n')) + '\n'

    def divs(t):
        return ''.join(f'<div>{esc(l) if l else "<br>"}</div>' for l in t.split('\n'))
    html = ('<div dir="ltr">' + divs(reply.rstrip('\n'))
            + '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
            + '<b>TS. Nguyễn Thị Lan</b><br>Khoa Hệ thống thông tin, Trường Công nghệ Thông tin và Truyền thông<br>Đại học Bách khoa Hà Nội<br>ĐT: 0912 458 176</div></div></div><br>'
            + '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Vào Th 4, 11 thg 9, 2024 vào lúc 16:42 Nguyễn Văn Hùng &lt;<a href="mailto:nguyen.van.hung@agency.gov.vn">nguyen.van.hung@agency.gov.vn</a>&gt; đã viết:<br></div>'
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div><div style="font-family:arial,helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + divs(quoted) + '</div></div></blockquote></div>\n')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    mid = gmail_mid(r)
    hdr = [
        ('MIME-Version', '1.0'),
        ('References', orig),
        ('In-Reply-To', orig),
        ('From', A('Nguyễn Thị Lan', 'lan.nguyenthi@hust.edu.vn')),
        ('Date', fmt(date)),
        ('Message-ID', mid),
        ('Subject', txt('Re: ' + subj0)),
        ('To', A(*HUNG)),
        ('Cc', AL(('Phạm Đức Long', 'long.phamduc@hust.edu.vn'), ('Vũ Hoài Nam', 'nam.vuhoai@hust.edu.vn'))),
    ]
    pdt = date.astimezone(TZ(-7))
    inner = [f'Received: by mail-pl1-f177.google.com with SMTP id d9443c01a7336-205{r.hex(6)}so{r.dig(6)}5ad.{r.randint(1, 3)}\r\n'
             f'        for <{HUNG[1]}>; {fmt(pdt)} (PDT)',
             f'X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; t={int(date.timestamp())}; x={int(date.timestamp()) + 604800};\r\n'
             f'        h=cc:to:subject:message-id:date:from:in-reply-to:references\r\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\r\n         :reply-to;\r\n'
             f'        bh={r.b64(32)};\r\n        b={r.b64(60)}\r\n         {r.b64(60)}\r\n         {r.b64(60)}',
             f'X-Gm-Message-State: AOJu0Y{r.b64(60)}',
             f'X-Google-Smtp-Source: AGHT+IG{r.b64(48)}',
             f'X-Received: by 2002:a17:903:{r.hex(3)}:b0:206:{r.hex(4)}:{r.hex(4)} with SMTP id\r\n        d9443c01a7336-{r.hex(12)}mr{r.dig(8)}5ad.{r.randint(10, 99)}.{int(date.timestamp())};\r\n        {fmt(pdt)} (PDT)']
    return build(24, date=date, ret='lan.nguyenthi@hust.edu.vn', host='mail-pl1-f177.google.com', ip='209.85.214.177', rcpt=HUNG[1],
                 headers=hdr, body=body, bnd=bnd_gmail(r), delay=3,
                 inner=inner[:1],
                 dkims=[dkim(r, 'hust.edu.vn', 'google', 'mime-version:references:in-reply-to:from:date:message-id:subject:to:cc', date)] + inner[1:])


def m25():
    """VI - forwarded message (Fwd:) with a short note typed without diacritics"""
    r = R(25)
    date = D(2024, 6, 17, 8, 52, 10, ICT)
    subj0 = 'Thư mời tham dự Hội thảo "Nền tảng số quốc gia phục vụ chính quyền số" ngày 27/6/2024'
    reg = 'https://hoithao.mic.gov.vn/dang-ky?su-kien=NTSQG2024'
    note = """Anh Hung oi,

Em chuyen anh thu moi hoi thao ben duoi. Ben em con 2 suat cho don vi phoi
hop, neu ben Cuc cu nguoi tham du thi anh dang ky qua link trong thu truoc
ngay 21/6 giup em nhe.

Em Khoa"""
    fwd_head = f"""----- Tin đã chuyển tiếp -----
Từ: "Ban Tổ chức Hội thảo" <hoithao@mic.gov.vn>
Tới: "Đặng Minh Khoa" <khoadm@mic.gov.vn>
Đã gửi: Thứ Sáu, 14 Tháng 6 2024 16:15:27
Chủ đề: {subj0}"""
    orig = f"""Kính gửi: Quý đại biểu,

Thực hiện Chương trình chuyển đổi số quốc gia, Bộ Thông tin và Truyền thông
tổ chức Hội thảo "Nền tảng số quốc gia phục vụ chính quyền số" nhằm chia sẻ
kinh nghiệm triển khai, kết nối và khai thác các nền tảng số dùng chung.

Ban Tổ chức trân trọng kính mời Quý đại biểu tham dự:

- Thời gian: 08h30 - 11h30, thứ Năm ngày 27/6/2024
- Địa điểm: Hội trường tầng 2, số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội
- Hình thức: trực tiếp kết hợp trực tuyến

Nội dung chính:
1. Cập nhật tình hình triển khai các nền tảng số quốc gia;
2. Chia sẻ kinh nghiệm của một số bộ, ngành, địa phương;
3. Thảo luận về kết nối, chia sẻ dữ liệu giữa các hệ thống.

Đề nghị Quý đại biểu đăng ký tham dự trước ngày 21/6/2024 tại:
{reg}

Thông tin chi tiết xin liên hệ: chị Lưu Thu Trang, ĐT 0904 218 635.

Trân trọng./.
Ban Tổ chức Hội thảo"""
    text = note + '\n\n' + fwd_head + '\n\n' + orig + '\n'

    def divs(t):
        return ''.join(f'<div>{esc(l) if l else "<br>"}</div>' for l in t.split('\n'))
    fh = ('<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000;"><b>Từ: </b>"Ban Tổ chức Hội thảo" &lt;hoithao@mic.gov.vn&gt;<br>'
          '<b>Tới: </b>"Đặng Minh Khoa" &lt;khoadm@mic.gov.vn&gt;<br><b>Đã gửi: </b>Thứ Sáu, 14 Tháng 6 2024 16:15:27<br>'
          f'<b>Chủ đề: </b>{esc(subj0)}<br></div><div><br></div>')
    orig_html = divs(orig).replace(esc(reg), f'<a href="{reg}" target="_blank">{reg}</a>')
    html = zimbra_html(divs(note) + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__">'
                       '<div data-marker="__HEADERS__"><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                       + fh + '</blockquote></div><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                       + orig_html + '</blockquote></div>')
    body = body_alt(text, html, tcte='quoted-printable', hcte='quoted-printable')
    subj = 'Fwd: ' + subj0
    hdr = [
        ('Date', fmt(date)),
        ('From', A('Đặng Minh Khoa', 'khoadm@mic.gov.vn', 'Q')),
        ('To', A(*HUNG, enc='Q')),
        ('Message-ID', f'<{r.dig(9)}.{r.dig(7)}.{int(date.timestamp() * 1000)}.JavaMail.zimbra@mic.gov.vn>'),
        ('In-Reply-To', f'<{r.dig(9)}.{r.dig(7)}.1718356527{r.dig(3)}.JavaMail.zimbra@mic.gov.vn>'),
        ('Subject', txt(subj, 'Q')),
        ('MIME-Version', '1.0'),
        ('X-Originating-IP', '[10.10.34.118]'),
        ('X-Mailer', 'Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC125 (Win)/8.8.15_GA_4581)'),
        ('Thread-Topic', txt(subj0, 'Q')),
        ('Thread-Index', r.b64(15)[:20]),
    ]
    return build(25, date=date, ret='khoadm@mic.gov.vn', host='mail.mic.gov.vn', ip='203.162.71.26', rcpt=HUNG[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=2,
                 dkims=[dkim(r, 'mic.gov.vn', 'A3F0C1E2-7B4D-11EA-9C1D-8E2F5A6B7C3D', 'Date:From:To:Message-ID:MIME-Version', date)])


def m26():
    """VI (no diacritics) - short plain-text message between colleagues with a PDF report"""
    r = R(26)
    date = D(2024, 10, 21, 14, 7, 55, ICT)
    text = """Chao anh Tuan,

Em gui anh file bao cao tong hop so lieu dich vu cong truc tuyen quy III/2024
cua Da Nang nhu da trao doi hom thu Sau. Anh xem giup em, co gi can bo sung
em sua lai trong tuan nay a.

Trang

-- 
Bui Thi Thu Trang
Phong Chuyen doi so - So Thong tin va Truyen thong TP Da Nang
DT: 0236 3822 514
"""
    rows = [('Thu tuc hanh chinh cung cap truc tuyen', '1,482', '1,490', '+0.5%'),
            ('- Trong do: DVC truc tuyen toan trinh', '1,037', '1,051', '+1.4%'),
            ('Ho so tiep nhan (tat ca kenh)', '286,915', '301,442', '+5.1%'),
            ('Ho so nop truc tuyen', '231,604', '248,717', '+7.4%'),
            ('Ty le ho so truc tuyen', '80.7%', '82.5%', '+1.8 d.p.'),
            ('Ho so giai quyet dung han', '98.6%', '98.9%', '+0.3 d.p.'),
            ('Ho so thanh toan truc tuyen', '64,210', '71,338', '+11.1%'),
            ('Muc do hai long (thang 100)', '91.2', '92.0', '+0.8')]
    lines = [('S', 'UBND THANH PHO DA NANG - SO THONG TIN VA TRUYEN THONG'), ('SP',),
             ('H1', 'BAO CAO TONG HOP SO LIEU'), ('H2', 'Dich vu cong truc tuyen Quy III/2024 - Thanh pho Da Nang'),
             ('S', 'Ky bao cao: 01/07/2024 - 30/09/2024.  Nguon: He thong thong tin giai quyet TTHC thanh pho.'), ('SP',), ('HR',),
             ('TB', [(56, 'Chi tieu'), (330, 'Quy II/2024'), (410, 'Quy III/2024'), (490, 'Thay doi')]), ('HR',)]
    lines += [('T', [(56, a), (330, b), (410, c), (490, d)]) for a, b, c, d in rows]
    lines += [('HR',), ('SP',), ('B', 'Nhan xet')]
    lines += W('1. Ty le ho so nop truc tuyen tiep tuc tang, chu yeu nho cac thu tuc linh vuc dat dai va ho tich duoc cung cap '
               'toan trinh va tai su dung du lieu dan cu tu CSDL quoc gia ve dan cu.')
    lines += W('2. So ho so thanh toan truc tuyen tang 11,1% so voi quy truoc; mot so thu tuc con gap loi doi soat voi ngan hang, '
               'da phoi hop voi doanh nghiep cung cap dich vu khac phuc.')
    lines += W('3. Ty le giai quyet dung han duy tri tren 98%; cac ho so tre han tap trung o linh vuc xay dung (42 ho so).')
    lines += [('SP',), ('B', 'De xuat')]
    lines += W('- De nghi Cuc ho tro ket noi bo sung du lieu dang ky doanh nghiep de giam giay to thanh phan trong ho so.')
    lines += W('- Thong nhat bo chi so do luong muc do hai long giua cong dich vu cong thanh pho va Cong DVC quoc gia.')
    lines += [('SP',), ('S', 'Nguoi lap: Bui Thi Thu Trang - Phong Chuyen doi so. Ngay lap: 18/10/2024.')]
    pdf = make_pdf(lines, title='Bao cao so lieu DVCTT Quy III 2024 - Da Nang', author='Bui Thi Thu Trang',
                   creator='Microsoft Excel for Microsoft 365', producer='Microsoft Excel for Microsoft 365',
                   when=D(2024, 10, 18, 16, 20, 5, ICT), r=r)
    body = body_text(text, cte='7bit', params={'format': 'flowed'})
    attach(body, pdf, 'application/pdf', 'BaoCao_SoLieu_DVCTT_QuyIII_2024_DaNang.pdf')
    hdr = [
        ('Message-ID', f'<{r.hex(8)}-{r.hex(4)}-{r.hex(4)}-{r.hex(4)}-{r.hex(12)}@danang.gov.vn>'),
        ('Date', fmt(date)),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'vi'),
        ('To', A('Hoàng Anh Tuấn', TUAN[1])),
        ('From', A('Bùi Thị Thu Trang', 'trangbtt@danang.gov.vn')),
        ('Subject', 'Bao cao so lieu DVC truc tuyen quy III/2024 - Da Nang'),
    ]
    return build(26, date=date, ret='trangbtt@danang.gov.vn', host='mail.danang.gov.vn', ip='113.160.188.10', rcpt=TUAN[1],
                 headers=hdr, body=body, bnd=bnd_tb(r), delay=3,
                 dkims=[dkim(r, 'danang.gov.vn', 'dkim', 'Message-ID:Date:MIME-Version:To:From:Subject:Content-Type', date)])


def m27():
    """VI - two-factor / one-time login code (MISA)"""
    r = R(27)
    date = D(2025, 12, 3, 8, 31, 26, ICT)
    code = '482917'
    text = f"""Xin chào Phạm Thu Hà,

Bạn đang đăng nhập MISA Mimosa Online trên một thiết bị mới:
- Thiết bị: Chrome trên Windows 11
- Vị trí ước tính: Hà Nội, Việt Nam
- Thời gian: 08:31, 03/12/2025

Mã xác thực của bạn là: {code}

Mã có hiệu lực trong 5 phút và chỉ dùng được một lần. Tuyệt đối không chia
sẻ mã này cho bất kỳ ai, kể cả người tự xưng là nhân viên MISA.

Nếu bạn không thực hiện đăng nhập này, hãy đổi mật khẩu tại
https://id.misa.vn/account/security và liên hệ bộ phận hỗ trợ của MISA.

Trân trọng,
Công ty Cổ phần MISA
"""
    inner = '\n'.join([
        row('<img src="https://id.misa.vn/assets/images/logo-misa.png" width="110" height="32" alt="MISA" style="display:block;">', '20px 32px', 'border-bottom:1px solid #e5e7eb;'),
        row(P('Xin chào <strong>Phạm Thu Hà</strong>,', 15, '#1f2937', 22)
            + P('Bạn đang đăng nhập <strong>MISA Mimosa Online</strong> trên một thiết bị mới:', 15, '#1f2937', 22, 8)
            + kv([('Thiết bị', 'Chrome trên Windows 11'), ('Vị trí ước tính', 'Hà Nội, Việt Nam'), ('Thời gian', '08:31, 03/12/2025')], '36%', 14)
            + P('Mã xác thực của bạn là:', 15, '#1f2937', 22, 8)
            + f'<div style="margin:0 0 20px 0;padding:14px 0;text-align:center;background-color:#eef4ff;border-radius:6px;font-size:32px;font-weight:bold;letter-spacing:8px;color:#0a59c5;font-family:Consolas,Menlo,monospace;">{code}</div>'
            + P('Mã có hiệu lực trong 5 phút và chỉ dùng được một lần. <strong>Tuyệt đối không chia sẻ mã này</strong> cho bất kỳ ai, kể cả người tự xưng là nhân viên MISA.', 14, '#1f2937', 21)
            + P('Nếu bạn không thực hiện đăng nhập này, hãy <a href="https://id.misa.vn/account/security" style="color:#0a59c5;">đổi mật khẩu</a> và liên hệ bộ phận hỗ trợ của MISA.', 14, '#1f2937', 21)
            + P('Trân trọng,<br>Công ty Cổ phần MISA', 14, '#1f2937', 21, 24), '24px 32px 4px 32px'),
        row(P('Email này được gửi tự động từ MISA ID. Vui lòng không trả lời.<br>&copy; 2025 Công ty Cổ phần MISA &middot; <a href="https://www.misa.vn" style="color:#6b7280;">www.misa.vn</a>', 11, '#6b7280', 16, 0, 'text-align:center;'),
            '14px 32px', 'background-color:#f9fafb;'),
    ])
    html = shell(inner, title='Mã xác thực MISA ID', lang='vi', bg='#f3f4f6', width=560, pre=f'Mã xác thực đăng nhập của bạn là {code}. Mã hết hạn sau 5 phút.',
                 font="'Segoe UI',Roboto,Arial,sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    sesid = f'0106019{r.hex(9)}-{r.hex(8)}-{r.hex(4)}-{r.hex(4)}-{r.hex(4)}-{r.hex(12)}-000000'
    hdr = [
        ('From', A('MISA ID', 'no-reply@misa.vn')),
        ('To', HA[1]),
        ('Subject', txt(f'Mã xác thực đăng nhập MISA ID của bạn: {code}')),
        ('MIME-Version', '1.0'),
        ('Date', fmt(date)),
        ('Message-ID', f'<{sesid}@ap-southeast-1.amazonses.com>'),
        ('Feedback-ID', f'::1.ap-southeast-1.{r.b64(32)[:43].replace("/", "z")}=:AmazonSES'),
        ('X-SES-Outgoing', '2025.12.03-23.251.226.12'),
    ]
    return build(27, date=date, ret=f'{sesid}@ap-southeast-1.amazonses.com', host='e226-12.smtp-out.ap-southeast-1.amazonses.com',
                 ip='23.251.226.12', rcpt=HA[1], headers=hdr, body=body, bnd=bnd_java(r), delay=2,
                 dkims=[dkim(r, 'misa.vn', 'sesmisa', 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', date, c='simple/simple'),
                        dkim(r, 'amazonses.com', 'x3s2dmhu4xlb7a5lcnvhhxqhwphq2bcg', 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID', date, 128, c='simple/simple')])


def m28():
    """VI - training course enrolment confirmation"""
    r = R(28)
    date = D(2025, 3, 3, 10, 15, 0, ICT)
    lop = 'CĐS-K07/2025'
    text = f"""Kính gửi anh Vũ Quốc Bảo,

Học viện Công nghệ Bưu chính Viễn thông xác nhận anh đã được ghi danh vào
khóa bồi dưỡng:

- Khóa học: Chuyển đổi số và bảo đảm an toàn thông tin trong cơ quan nhà nước
- Mã lớp: {lop}
- Hình thức: kết hợp trực tiếp và trực tuyến
- Thời gian: 24/3/2025 - 28/3/2025 (sáng 8h00-11h30, chiều 13h30-17h00)
- Địa điểm học trực tiếp: Phòng 402, nhà A2, Học viện Công nghệ Bưu chính
  Viễn thông, 122 Hoàng Quốc Việt, Cầu Giấy, Hà Nội
- Cơ quan cử đi học: Cục Quản lý Dịch vụ số
- Học phí: do cơ quan cử đi học thanh toán theo hợp đồng

Tài khoản học tập trực tuyến
- Địa chỉ: https://lms.ptit.edu.vn
- Tên đăng nhập: vu.quoc.bao@agency.gov.vn
- Lần đầu sử dụng, anh chọn "Kích hoạt tài khoản" trên trang đăng nhập; hệ
  thống sẽ gửi hướng dẫn đặt mật khẩu đến địa chỉ email này.

Học viên vui lòng mang theo CCCD trong buổi học đầu tiên, tham dự tối thiểu
80% thời lượng và hoàn thành bài kiểm tra cuối khóa để được cấp chứng chỉ.

Mọi thông tin xin liên hệ Phòng Đào tạo: ĐT 024 3854 6721,
email daotao.nganhan@ptit.edu.vn.

Trân trọng,
Ban tổ chức lớp bồi dưỡng
Học viện Công nghệ Bưu chính Viễn thông
"""
    inner = '\n'.join([
        row('<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td><img src="https://ptit.edu.vn/wp-content/uploads/2023/06/logo-ptit.png" width="52" height="52" alt="PTIT" style="display:block;"></td>'
            '<td style="padding-left:12px;"><span style="font-size:15px;font-weight:bold;color:#b3141c;">HỌC VIỆN CÔNG NGHỆ BƯU CHÍNH VIỄN THÔNG</span><br><span style="font-size:12px;color:#555555;">Bồi dưỡng ngắn hạn - Chuyển đổi số</span></td></tr></table>',
            '18px 28px', 'border-bottom:3px solid #b3141c;'),
        row(P('Xác nhận ghi danh khóa bồi dưỡng', 20, '#b3141c', 28, 14, 'font-weight:bold;')
            + P('Kính gửi anh <strong>Vũ Quốc Bảo</strong>,', 14, '#222222', 21)
            + P('Học viện Công nghệ Bưu chính Viễn thông xác nhận anh đã được ghi danh vào khóa bồi dưỡng:', 14, '#222222', 21)
            + kv([('Khóa học', '<strong>Chuyển đổi số và bảo đảm an toàn thông tin trong cơ quan nhà nước</strong>'), ('Mã lớp', lop),
                  ('Hình thức', 'Kết hợp trực tiếp và trực tuyến'), ('Thời gian', '24/3/2025 - 28/3/2025<br>Sáng 8h00-11h30, chiều 13h30-17h00'),
                  ('Địa điểm', 'Phòng 402, nhà A2, 122 Hoàng Quốc Việt, Cầu Giấy, Hà Nội'), ('Cơ quan cử đi học', 'Cục Quản lý Dịch vụ số'),
                  ('Học phí', 'Do cơ quan cử đi học thanh toán theo hợp đồng')], '32%', 14)
            + P('<strong>Tài khoản học tập trực tuyến</strong><br>Tên đăng nhập: vu.quoc.bao@agency.gov.vn<br>Lần đầu sử dụng, anh chọn &quot;Kích hoạt tài khoản&quot; trên trang đăng nhập; hệ thống sẽ gửi hướng dẫn đặt mật khẩu đến địa chỉ email này.', 14, '#222222', 21)
            + btn('https://lms.ptit.edu.vn', 'Vào hệ thống học tập', '#b3141c', radius=4, size=14)
            + '<div style="clear:both;"></div>'
            + P('Học viên vui lòng mang theo CCCD trong buổi học đầu tiên, tham dự tối thiểu 80% thời lượng và hoàn thành bài kiểm tra cuối khóa để được cấp chứng chỉ.', 14, '#222222', 21)
            + P('Trân trọng,<br>Ban tổ chức lớp bồi dưỡng', 14, '#222222', 21, 24), '22px 28px 4px 28px'),
        row(P('Phòng Đào tạo - Học viện Công nghệ Bưu chính Viễn thông<br>122 Hoàng Quốc Việt, Cầu Giấy, Hà Nội &middot; ĐT 024 3854 6721 &middot; daotao.nganhan@ptit.edu.vn', 12, '#666666', 18, 0),
            '14px 28px', 'background-color:#f6f6f6;'),
    ])
    html = shell(inner, title='Xác nhận ghi danh', lang='vi', bg='#ececec', pre=f'Lớp {lop}: khai giảng 24/3/2025 tại 122 Hoàng Quốc Việt.', font='Arial,Helvetica,sans-serif')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', A('Học viện Công nghệ Bưu chính Viễn thông', 'daotao.nganhan@ptit.edu.vn')),
        ('To', A(*BAO)),
        ('Subject', txt(f'Xác nhận ghi danh khóa bồi dưỡng "Chuyển đổi số và bảo đảm an toàn thông tin trong cơ quan nhà nước" - Lớp {lop}')),
        ('Date', fmt(date)),
        ('Message-ID', gmail_mid(r)),
        ('MIME-Version', '1.0'),
    ]
    pdt = date.astimezone(TZ(-8))
    inner = [f'Received: by mail-pj1-f52.google.com with SMTP id 98e67ed59e1d1-2fe{r.hex(5)}so{r.dig(6)}a91.{r.randint(1, 3)}\r\n'
             f'        for <{BAO[1]}>; {fmt(pdt)} (PST)']
    return build(28, date=date, ret='daotao.nganhan@ptit.edu.vn', host='mail-pj1-f52.google.com', ip='209.85.216.52', rcpt=BAO[1],
                 headers=hdr, body=body, bnd=bnd_gmail(r), delay=2, inner=inner,
                 dkims=[dkim(r, 'ptit.edu.vn', 'google', 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', date)])


# ==========================================================================
# CHINESE (simplified)
# ==========================================================================

def coremail_html(paras):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + ''.join(f'<p style="margin: 0;">{p if p else "<br>"}</p>' for p in paras) + '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')


def m29():
    """ZH - official notice (tongzhi) with .docx attachment (Coremail)"""
    r = R(29)
    date = D(2025, 7, 15, 10, 42, 18, CST)
    title = '关于召开第22届中国—东盟博览会中越数字经济合作对接会筹备视频会议的通知'
    paras = [
        '越南数字服务管理局国际合作处：', '',
        '为做好第22届中国—东盟博览会期间中越数字经济合作对接会的筹备工作，经研究，定于2025年7月24日（星期四）上午10:00（北京时间，河内时间9:00）召开筹备工作视频会议。现将有关事项通知如下：', '',
        '一、会议内容',
        '（一）通报对接会总体方案及日程安排；',
        '（二）商定双方主旨发言人及圆桌讨论议题；',
        '（三）确认参会企业名单、展位及签约项目安排。', '',
        '二、参会人员',
        '越方：贵局国际合作处及相关业务部门负责同志；',
        '中方：自治区商务厅、自治区大数据发展局相关处室负责同志。', '',
        '三、会议方式',
        '腾讯会议，会议号：512-738-294，会议密码将于会前一天另行通知。会议提供中越同声传译。', '',
        '四、有关要求',
        '请于7月21日（星期一）前将参会回执（见附件）发送至本邮箱。', '',
        '联系人：韦明华，电话：+86 771 2050 318（办公），邮箱：dwllc@swt.gxzf.gov.cn', '',
        '附件：通知及参会回执.docx', '',
        '广西壮族自治区商务厅对外联络处',
        '2025年7月15日',
    ]
    text = '\n'.join(paras) + '\n'
    html = coremail_html([esc(p) for p in paras])
    docx = make_docx([
        ('title', title), ('noindent', ''),
        ('noindent', '越南数字服务管理局国际合作处：'),
        ('body', '为做好第22届中国—东盟博览会期间中越数字经济合作对接会的筹备工作，经研究，定于2025年7月24日（星期四）上午10:00（北京时间，河内时间9:00）召开筹备工作视频会议。现将有关事项通知如下：'),
        ('heading', '一、会议内容'),
        ('body', '（一）通报对接会总体方案及日程安排；'),
        ('body', '（二）商定双方主旨发言人及圆桌讨论议题；'),
        ('body', '（三）确认参会企业名单、展位及签约项目安排。'),
        ('heading', '二、参会人员'),
        ('body', '越方：贵局国际合作处及相关业务部门负责同志；中方：自治区商务厅、自治区大数据发展局相关处室负责同志。'),
        ('heading', '三、会议方式'),
        ('body', '腾讯会议，会议号：512-738-294，会议密码将于会前一天另行通知。会议提供中越同声传译。'),
        ('heading', '四、有关要求'),
        ('body', '请于7月21日（星期一）前将参会回执发送至dwllc@swt.gxzf.gov.cn。'),
        ('body', '联系人：韦明华，电话：+86 771 2050 318。'), ('noindent', ''),
        ('body', '附件：参会回执'), ('noindent', ''),
        ('right', '广西壮族自治区商务厅对外联络处'), ('right', '2025年7月15日'),
        ('pagebreak', ''),
        ('noindent', '附件'), ('title', '参会回执'), ('noindent', ''),
        ('table', [['单位', '姓名', '职务', '联系电话', '电子邮箱', '是否需要同传'],
                   ['', '', '', '', '', ''], ['', '', '', '', '', ''], ['', '', '', '', '', '']]),
        ('noindent', ''), ('noindent', '请于2025年7月21日前反馈。'),
    ], title=title, author='韦明华', created=D(2025, 7, 15, 9, 58, 0, CST), company='广西壮族自治区商务厅')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    attach(body, docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '通知及参会回执.docx')
    hdr = [
        ('Date', fmt(date) + ' (GMT+08:00)'),
        ('From', A('广西商务厅对外联络处', 'dwllc@swt.gxzf.gov.cn')),
        ('To', A('Đỗ Thanh Hương', HUONG[1])),
        ('Cc', A('韦明华', 'weiminghua@swt.gxzf.gov.cn')),
        ('Subject', txt(title)),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'),
        ('X-CM-HeaderCharset', 'UTF-8'),
        ('MIME-Version', '1.0'),
        ('Message-ID', f'<{r.hex(8)}.{r.hex(4)}.{r.hex(11)}.Coremail.dwllc@swt.gxzf.gov.cn>'),
        ('X-Coremail-Locale', 'zh_CN'),
        ('X-CM-TRANSID', f'{r.tok(26)}--.{r.dig(4)}W'),
        ('X-CM-SenderInfo', 'pgzoqfxqrqgq5lqk3wqjuwxfgkqfqh/'),
        ('X-Coremail-Antispam', f'1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=='),
    ]
    inner = [f'Received: from dwllc$swt.gxzf.gov.cn ( [10.150.20.33] ) by\r\n ajax-webmail-mail (Coremail) ; {fmt(date)} (GMT+08:00)',
             'X-Originating-IP: [10.150.20.33]']
    return build(29, date=date, ret='dwllc@swt.gxzf.gov.cn', host='mail.gxzf.gov.cn', ip='202.103.228.117', rcpt=HUONG[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=12, inner=inner)


def m30():
    """ZH - hotel booking confirmation (Ctrip)"""
    r = R(30)
    date = D(2025, 9, 2, 15, 20, 11, CST)
    oid = '1128470953612'
    od = f'https://m.ctrip.com/webapp/hotel/orderdetail?orderid={oid}&from=email'
    rows = [('订单号', oid), ('酒店', '南宁盛华国际会展酒店'), ('地址', '广西南宁市青秀区会展路18号'), ('酒店电话', '+86-771-5589 6600'),
            ('房型', '高级大床房（含双早）'), ('间数', '2间'), ('入住人', 'DO THANH HUONG；NGUYEN VAN HUNG'),
            ('入住日期', '2025年9月16日（周二）14:00后'), ('离店日期', '2025年9月20日（周六）12:00前'), ('间夜', '4晚 × 2间'),
            ('房费', '¥568 × 8间夜 = ¥4,544（已在线支付）'),
            ('取消政策', '2025年9月14日18:00前可免费取消；逾期取消或未入住将扣除首晚房费。')]
    text = ('尊敬的 DO THANH HUONG 女士：\n\n您好！您在携程预订的酒店已确认，请凭入住人有效证件办理入住。\n\n'
            + '\n'.join(f'{k}：{v}' for k, v in rows)
            + f'\n\n温馨提示：外籍宾客入住时请出示护照原件，酒店将按规定办理住宿登记。\n\n查看或管理订单：{od}\n\n'
              '携程客服电话：95010\n本邮件由系统自动发送，请勿直接回复。\n')
    inner = '\n'.join([
        row('<img src="https://pic.c-ctrip.com/platform/online/home/un_index_ctrip_logo.png" width="120" height="36" alt="携程旅行" style="display:block;">', '16px 28px', 'background-color:#ffffff;border-bottom:2px solid #0086f6;'),
        row(P('<span style="color:#00b96b;">&#10004;</span> 酒店预订已确认', 22, '#0f294d', 30, 14, 'font-weight:bold;')
            + P('尊敬的 DO THANH HUONG 女士：', 14, '#333333', 22)
            + P('您好！您在携程预订的酒店已确认，请凭入住人有效证件办理入住。', 14, '#333333', 22)
            + kv([(k, f'<strong>{v}</strong>' if k in ('订单号', '酒店') else v) for k, v in rows], '24%', 14, '#eef1f6', '#8592a6', '#0f294d')
            + P('温馨提示：外籍宾客入住时请出示护照原件，酒店将按规定办理住宿登记。', 13, '#f56a00', 20)
            + btn(od, '查看订单', '#0086f6', radius=4, size=15)
            + '<div style="clear:both;"></div>', '22px 28px 4px 28px'),
        row(P('携程客服电话：95010 &nbsp;|&nbsp; 本邮件由系统自动发送，请勿直接回复。<br>&copy; 2025 Trip.com Group. 上海携程国际旅行社有限公司', 12, '#8592a6', 18, 0, 'text-align:center;'),
            '16px 28px', 'background-color:#f5f7fa;'),
    ])
    html = shell(inner, title='携程酒店订单确认', lang='zh-CN', bg='#f0f2f5', pre=f'南宁盛华国际会展酒店 9月16日-9月20日 订单已确认',
                 font="'PingFang SC','Microsoft YaHei','Hiragino Sans GB',Arial,sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', A('携程旅行', 'noreply@ctrip.com')),
        ('To', HUONG[1]),
        ('Subject', txt(f'【携程旅行】南宁盛华国际会展酒店预订已确认（订单号：{oid}）')),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.uuid().replace("-", "")}@mail.ctrip.com>'),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'Ctrip MessageCenter'),
    ]
    return build(30, date=date, ret='bounce@mail.ctrip.com', host='mta03.mail.ctrip.com', ip='101.226.18.21', rcpt=HUONG[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=7,
                 dkims=[dkim(r, 'ctrip.com', 'ctrip2048', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', date)])


def m31():
    """ZH - document shared with you (Tencent Docs)"""
    r = R(31)
    date = D(2025, 8, 20, 11, 5, 37, CST)
    doc = f'https://docs.qq.com/sheet/DV{r.tok(18)}?tab=BB08J2&from=email'
    name = '中越数字经济合作对接会参会人员名单（汇总）'
    text = f"""韦明华 邀请你协作编辑在线表格

《{name}》
权限：可编辑
来自：韦明华（广西壮族自治区商务厅）

留言：
请越方同事在表格第二页填写参会人员信息（姓名、职务、护照号、航班），
8月29日前完成即可，谢谢！

打开文档：{doc}

无需安装软件，使用浏览器即可打开；首次打开可使用微信或QQ登录。

此邮件由腾讯文档自动发送，请勿直接回复。
如不希望收到此类邮件，可在“腾讯文档-设置-通知设置”中关闭。
"""
    inner = '\n'.join([
        row('<img src="https://docs.gtimg.com/docs-design-resources/email/logo-docs.png" width="112" height="28" alt="腾讯文档" style="display:block;">', '22px 32px 10px 32px'),
        row(P('<strong>韦明华</strong> 邀请你协作编辑在线表格', 18, '#000000e6', 26, 16)
            + f'''<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 18px 0;border:1px solid #e5e6eb;border-radius:8px;">
<tr><td width="56" style="padding:16px 0 16px 16px;vertical-align:middle;"><img src="https://docs.gtimg.com/docs-design-resources/email/icon-sheet.png" width="40" height="40" alt="" style="display:block;"></td>
<td style="padding:16px;vertical-align:middle;"><p style="margin:0 0 4px 0;font-size:15px;color:#1f2329;font-weight:bold;">{name}</p><p style="margin:0;font-size:12px;color:#8f959e;">在线表格 · 可编辑 · 来自 韦明华（广西壮族自治区商务厅）</p></td></tr></table>'''
            + P('留言：请越方同事在表格第二页填写参会人员信息（姓名、职务、护照号、航班），8月29日前完成即可，谢谢！', 14, '#1f2329', 22, 20, 'background-color:#f5f6f7;padding:12px 14px;border-radius:6px;')
            + btn(doc, '打开文档', '#1e6fff', radius=6, size=15, pad='10px 36px')
            + '<div style="clear:both;"></div>'
            + P('无需安装软件，使用浏览器即可打开；首次打开可使用微信或QQ登录。', 12, '#8f959e', 18, 24), '0 32px 4px 32px'),
        row(P('此邮件由腾讯文档自动发送，请勿直接回复。如不希望收到此类邮件，可在“腾讯文档-设置-通知设置”中关闭。<br>&copy; 1998 - 2025 Tencent Inc. All Rights Reserved.', 11, '#8f959e', 16, 0, 'text-align:center;'),
            '16px 32px', 'border-top:1px solid #f0f0f0;'),
    ])
    html = shell(inner, title='腾讯文档', lang='zh-CN', bg='#f7f8fa', width=560, pre=f'韦明华 邀请你协作编辑《{name}》',
                 font="'PingFang SC','Microsoft YaHei',sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', A('腾讯文档', 'notice@docs.qq.com')),
        ('To', HUONG[1]),
        ('Subject', txt(f'韦明华 邀请你协作编辑《{name}》')),
        ('Mime-Version', '1.0'),
        ('Date', fmt(date)),
        ('X-Priority', '3'),
        ('Message-ID', f'<tencent_{r.HEX(40)}@qq.com>'),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
        ('X-QQ-Mailer', 'QQMail 2.x'),
    ]
    return build(31, date=date, ret='notice@docs.qq.com', host='smtpbgsg2.qq.com', ip='54.254.200.128', rcpt=HUONG[1],
                 headers=hdr, body=body, bnd=bnd_next(r), delay=4,
                 dkims=[dkim(r, 'docs.qq.com', 's201512', 'Date:From:To:Subject:Mime-Version:Content-Type:Content-Transfer-Encoding:Message-ID', date)])


def m32():
    """ZH - calendar reminder (Feishu)"""
    r = R(32)
    date = D(2026, 2, 10, 14, 45, 0, CST)
    ev = f'https://applink.feishu.cn/client/calendar/event/detail?calendarId={r.dig(19)}&key={r.uuid()}&originalTime=0&startTime={int(D(2026, 2, 10, 15, 0, 0, CST).timestamp())}'
    vc = 'https://vc.feishu.cn/j/612839475'
    text = f"""日程提醒

中越数字经济合作工作组双周例会
时间：2026年2月10日（周二）15:00 - 16:00（GMT+8）
      河内时间 14:00 - 15:00
组织者：韦明华
视频会议：{vc}
会议号：612 839 475

备注：本次为春节前最后一次例会，请各组简要汇报1月工作进展及节后安排。

查看日程：{ev}

你收到此邮件是因为你是该日程的参与者。可在飞书“设置-日历-邮件提醒”中修改。
"""
    inner = '\n'.join([
        row('<img src="https://lf-package-cn.feishucdn.com/obj/feishu-static/lark/passport/email/feishu-logo.png" width="90" height="26" alt="飞书" style="display:block;">', '22px 32px 8px 32px'),
        row(P('日程提醒', 13, '#3370ff', 20, 6, 'font-weight:bold;')
            + P('中越数字经济合作工作组双周例会', 20, '#1f2329', 28, 16, 'font-weight:bold;')
            + kv([('时间', '2026年2月10日（周二）15:00 - 16:00（GMT+8）<br><span style="color:#8f959e;">河内时间 14:00 - 15:00</span>'),
                  ('组织者', '韦明华'), ('视频会议', f'<a href="{vc}" style="color:#3370ff;">{vc}</a><br>会议号：612 839 475'),
                  ('备注', '本次为春节前最后一次例会，请各组简要汇报1月工作进展及节后安排。')], '20%', 14, '#f0f1f2', '#8f959e', '#1f2329')
            + f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 24px 0;"><tr>'
              f'<td style="background-color:#3370ff;border-radius:6px;"><a href="{vc}" style="display:inline-block;padding:9px 22px;color:#ffffff;font-size:14px;text-decoration:none;">加入视频会议</a></td>'
              f'<td width="12"></td><td style="border:1px solid #d0d3d6;border-radius:6px;"><a href="{ev}" style="display:inline-block;padding:8px 22px;color:#1f2329;font-size:14px;text-decoration:none;">查看日程</a></td></tr></table>',
            '0 32px 4px 32px'),
        row(P('你收到此邮件是因为你是该日程的参与者。可在飞书“设置 - 日历 - 邮件提醒”中修改。<br>北京飞书科技有限公司', 11, '#8f959e', 16, 0), '14px 32px 20px 32px', 'border-top:1px solid #f0f1f2;'),
    ])
    html = shell(inner, title='日程提醒', lang='zh-CN', bg='#f5f6f7', width=560, pre='15:00 中越数字经济合作工作组双周例会',
                 font="-apple-system,'PingFang SC','Microsoft YaHei',sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('飞书日历', 'calendar-noreply@notify.feishu.cn')),
        ('To', HUONG[1]),
        ('Subject', txt('日程提醒：中越数字经济合作工作组双周例会 今天 15:00 开始')),
        ('Message-ID', f'<{r.hex(32)}@notify.feishu.cn>'),
        ('MIME-Version', '1.0'),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Lark-Mail-Type', 'calendar_reminder'),
    ]
    return build(32, date=date, ret=f'bounce+{r.hex(16)}@notify.feishu.cn', host='mail-sg02.notify.feishu.cn', ip='101.36.218.7',
                 rcpt=HUONG[1], headers=hdr, body=body, bnd=bnd_hex(r, 30), delay=3,
                 dkims=[dkim(r, 'notify.feishu.cn', 's1', 'Date:From:To:Subject:Message-ID:MIME-Version:Content-Type', date)])


def m33():
    """ZH - webinar invitation (Huawei Cloud EDM, tracking, unsubscribe)"""
    r = R(33)
    date = D(2025, 5, 12, 10, 0, 8, CST)
    tid = r.hex(16)
    ck = lambda: f'https://edm.huaweicloud.com/track/click?tid={tid}&amp;lid={r.hex(8)}&amp;u={r.b64u(18)}'
    ckt = lambda: f'https://edm.huaweicloud.com/track/click?tid={tid}&lid={r.hex(8)}&u={r.b64u(18)}'
    reg_h, reg_t = ck(), ckt()
    unsub = f'https://edm.huaweicloud.com/unsubscribe?tid={tid}&u={r.b64u(18)}'
    agenda = [('14:30 - 14:40', '开场致辞'), ('14:40 - 15:20', '政务云平台的数据治理与安全合规实践'),
              ('15:20 - 15:50', '“一网通办”场景下的大模型应用落地经验'), ('15:50 - 16:10', '东南亚地区政务数字化合作案例分享'),
              ('16:10 - 16:30', '在线问答')]
    text = ('尊敬的 Lê Minh Đức 先生/女士：\n\n'
            + '诚邀您参加华为云政务数字化转型线上研讨会。本次研讨会将围绕政务数据治理、大模型应用及区域合作案例展开分享，并设在线问答环节。\n\n'
              '时间：2025年5月22日（周四）14:30 - 16:30（北京时间）\n形式：线上直播（报名后获取观看链接）\n语言：中文（提供英文字幕）\n\n议程：\n'
            + '\n'.join(f'  {a}  {b}' for a, b in agenda)
            + f'\n\n立即报名：{reg_t}\n\n如您不希望再收到此类邮件，请点击退订：{unsub}\n\n华为云计算技术有限公司\n')
    ag = ''.join(f'<tr><td width="34%" style="padding:8px 0;border-bottom:1px solid #eeeeee;font-size:14px;color:#c7000b;">{a}</td><td style="padding:8px 0;border-bottom:1px solid #eeeeee;font-size:14px;color:#252b3a;">{b}</td></tr>' for a, b in agenda)
    inner = '\n'.join([
        f'<tr><td style="padding:0;"><a href="{ck()}"><img src="https://res-static.hc-cdn.cn/edm/2025/0512/gov-webinar-banner.jpg" width="640" height="240" alt="华为云政务数字化转型线上研讨会" style="display:block;width:100%;height:auto;"></a></td></tr>',
        row(P('尊敬的 Lê Minh Đức 先生/女士：', 15, '#252b3a', 24)
            + P('诚邀您参加<strong>华为云政务数字化转型线上研讨会</strong>。本次研讨会将围绕政务数据治理、大模型应用及区域合作案例展开分享，并设在线问答环节。', 15, '#252b3a', 24)
            + kv([('时间', '2025年5月22日（周四）14:30 - 16:30（北京时间）'), ('形式', '线上直播（报名后获取观看链接）'), ('语言', '中文（提供英文字幕）')], '20%', 14)
            + P('<strong>议程</strong>', 15, '#252b3a', 24, 6)
            + f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px 0;">{ag}</table>'
            + btn(reg_h, '立即报名', '#c7000b', radius=2, size=16, pad='12px 48px', align='center')
            + '<div style="clear:both;"></div>', '28px 40px 8px 40px'),
        row(P(f'此邮件由华为云发送。如您不希望再收到此类邮件，请<a href="{unsub}" style="color:#8a8e99;">点击退订</a>。<br>华为云计算技术有限公司 &middot; <a href="https://www.huaweicloud.com/" style="color:#8a8e99;">www.huaweicloud.com</a>', 12, '#8a8e99', 18, 0, 'text-align:center;'),
            '18px 40px', 'background-color:#f4f5f7;'),
    ])
    html = shell(inner, title='华为云政务数字化转型线上研讨会', lang='zh-CN', bg='#eceef2', width=640, pre='5月22日14:30 线上直播，政务数据治理与大模型应用实践',
                 font="'Microsoft YaHei','PingFang SC',Arial,sans-serif").replace('</body>', f'<img src="https://edm.huaweicloud.com/track/open?tid={tid}&amp;u={r.b64u(18)}" width="1" height="1" alt="" style="display:none;">\n</body>')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', A('华为云', 'huaweicloud@edm.huaweicloud.com')),
        ('Reply-To', 'marketing@huaweicloud.com'),
        ('To', DUC[1]),
        ('Subject', txt('诚邀参加｜华为云政务数字化转型线上研讨会（5月22日 14:30）')),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.hex(24)}@edm.huaweicloud.com>'),
        ('MIME-Version', '1.0'),
        ('List-Unsubscribe', f'<{unsub}>, <mailto:unsubscribe@edm.huaweicloud.com?subject=unsubscribe>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Precedence', 'bulk'),
        ('X-EDM-Task-Id', tid),
    ]
    return build(33, date=date, ret=f'bounce-{tid}@edm.huaweicloud.com', host='edm-mta03.huaweicloud.com', ip='119.8.40.73', rcpt=DUC[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=5,
                 dkims=[dkim(r, 'edm.huaweicloud.com', 'edm', 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:List-Unsubscribe:List-Unsubscribe-Post:Content-Type', date)])


def m34():
    """ZH - subscription renewal reminder (Alibaba Cloud)"""
    r = R(34)
    date = D(2025, 8, 19, 9, 12, 40, CST)
    inst = 'i-wz9' + r.tok(17, 'abcdefghijklmnopqrstuvwxyz0123456789')
    renew = f'https://renew.console.aliyun.com/#/ecs?instanceIds={inst}'
    text = f"""尊敬的阿里云用户 agency_dx_lab：

您好！您名下有1台云服务器ECS实例将于7天后到期，请及时续费，以免影响业务正常运行。

实例ID：{inst}
实例名称：cn-vn-dx-lab-test-01
地域：华南1（深圳）
规格：ecs.g7.xlarge（4 vCPU 16 GiB）
付费类型：包年包月
到期时间：2025-08-26 00:00:00

到期后实例将停止服务，数据将保留15天，15天内未续费的实例将被释放，数据不可恢复。

立即续费：{renew}
如已开通自动续费或已完成续费，请忽略本邮件。

阿里云计算有限公司
此邮件为系统邮件，请勿直接回复。
"""
    inner = '\n'.join([
        row('<img src="https://img.alicdn.com/tfs/TB1Ly5oS3HqK1RjSZFPXXcwapXa-238-54.png" width="119" height="27" alt="阿里云" style="display:block;">', '18px 32px', 'border-bottom:2px solid #ff6a00;'),
        row(P('尊敬的阿里云用户 <strong>agency_dx_lab</strong>：', 14, '#333333', 22)
            + P('您好！您名下有 <strong style="color:#ff6a00;">1</strong> 台云服务器ECS实例将于 <strong style="color:#ff6a00;">7</strong> 天后到期，请及时续费，以免影响业务正常运行。', 14, '#333333', 22)
            + kv([('实例ID', inst), ('实例名称', 'cn-vn-dx-lab-test-01'), ('地域', '华南1（深圳）'), ('规格', 'ecs.g7.xlarge（4 vCPU 16 GiB）'),
                  ('付费类型', '包年包月'), ('到期时间', '<strong>2025-08-26 00:00:00</strong>')], '26%', 13)
            + P('到期后实例将停止服务，数据将保留15天，15天内未续费的实例将被释放，数据不可恢复。', 13, '#666666', 20)
            + btn(renew, '立即续费', '#ff6a00', radius=2, size=14, pad='10px 32px')
            + '<div style="clear:both;"></div>'
            + P('如已开通自动续费或已完成续费，请忽略本邮件。', 13, '#666666', 20, 24), '22px 32px 4px 32px'),
        row(P('阿里云计算有限公司 &middot; 此邮件为系统邮件，请勿直接回复。<br><a href="https://www.aliyun.com" style="color:#999999;">www.aliyun.com</a>', 12, '#999999', 18, 0, 'text-align:center;'),
            '14px 32px', 'background-color:#f7f7f7;'),
    ])
    html = shell(inner, title='阿里云续费提醒', lang='zh-CN', bg='#f2f2f2', pre='云服务器ECS实例将于2025-08-26到期，请及时续费',
                 font="'PingFang SC','Microsoft YaHei',Arial,sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('阿里云', 'aliyun-noreply@service.aliyun.com')),
        ('To', DUC[1]),
        ('Message-ID', f'<{r.dig(13)}.{r.hex(8)}.{r.dig(4)}@service.aliyun.com>'),
        ('Subject', txt('【阿里云】您有1台云服务器ECS实例将于7天后到期，请及时续费')),
        ('MIME-Version', '1.0'),
        ('X-Mailer', 'Aliyun Notify Service'),
        ('X-Alimail-AntiSpam', f'AC=PASS;BC=-1|-1;BR=01201311R{r.dig(3)}e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037{r.dig(6)};MF=aliyun-noreply@service.aliyun.com;NM=1;PH=DS;RN=1;SR=0;TI=SMTPD_---0W{r.tok(10)}_'),
    ]
    return build(34, date=date, ret='aliyun-noreply@service.aliyun.com', host='out30-97.freemail.mail.aliyun.com', ip='115.124.30.97',
                 rcpt=DUC[1], headers=hdr, body=body, bnd=bnd_java(r), delay=3,
                 dkims=[dkim(r, 'service.aliyun.com', 'default', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


def m35():
    """ZH - customer survey (SF Express)"""
    r = R(35)
    date = D(2025, 4, 28, 16, 30, 22, CST)
    wb = 'SF1428730591625'
    sv = f'https://survey.sf-express.com/s/{r.tok(10)}?waybill={wb}&ch=email'
    unsub = f'https://survey.sf-express.com/unsubscribe?t={r.b64u(20)}'
    text = f"""尊敬的客户：

您的国际快件 {wb}（深圳 → 越南河内）已于2025年4月27日签收。

为持续提升服务质量，诚邀您花约1分钟时间对本次寄递服务进行评价（共5题）。
您的意见对我们非常重要。

参与问卷：{sv}

本问卷不会要求您提供银行卡号、密码或验证码等信息。

顺丰速运
如不希望收到此类邮件，请点击退订：{unsub}
"""
    stars = ''.join(f'<td style="padding:0 4px;"><a href="{sv}&amp;score={i}" style="display:inline-block;width:40px;height:40px;line-height:40px;text-align:center;border:1px solid #d9d9d9;border-radius:20px;font-size:15px;color:#333333;text-decoration:none;">{i}</a></td>' for i in range(1, 6))
    inner = '\n'.join([
        row('<img src="https://www.sf-express.com/.gallery/sf-logo-email.png" width="110" height="36" alt="顺丰速运" style="display:block;">', '16px 32px', 'background-color:#000000;'),
        row(P('尊敬的客户：', 14, '#333333', 22)
            + P(f'您的国际快件 <strong>{wb}</strong>（深圳 → 越南河内）已于2025年4月27日签收。', 14, '#333333', 22)
            + P('为持续提升服务质量，诚邀您花约1分钟时间对本次寄递服务进行评价（共5题）。您的意见对我们非常重要。', 14, '#333333', 22)
            + P('您对本次服务的总体满意度是？（1 = 非常不满意，5 = 非常满意）', 14, '#333333', 22, 10)
            + f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px 0;"><tr>{stars}</tr></table>'
            + btn(sv, '参与问卷', '#dc1e32', radius=4, size=15)
            + '<div style="clear:both;"></div>'
            + P('本问卷不会要求您提供银行卡号、密码或验证码等信息。', 12, '#999999', 18, 24), '22px 32px 4px 32px'),
        row(P(f'顺丰速运 &middot; <a href="https://www.sf-express.com" style="color:#999999;">www.sf-express.com</a><br>如不希望收到此类邮件，请<a href="{unsub}" style="color:#999999;">点击退订</a>', 12, '#999999', 18, 0, 'text-align:center;'),
            '14px 32px', 'background-color:#f5f5f5;'),
    ])
    html = shell(inner, title='顺丰服务评价', lang='zh-CN', bg='#eeeeee', pre=f'快件{wb}已签收，邀您评价本次服务', font="'Microsoft YaHei','PingFang SC',Arial,sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', A('顺丰速运', 'survey@sf-express.com')),
        ('To', HUONG[1]),
        ('Subject', txt(f'您的国际快件 {wb} 已签收，邀您评价本次服务')),
        ('Date', fmt(date)),
        ('Message-ID', f'<{r.hex(20)}.{r.dig(6)}@sf-express.com>'),
        ('MIME-Version', '1.0'),
        ('List-Unsubscribe', f'<{unsub}>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ]
    return build(35, date=date, ret='survey-bounce@sf-express.com', host='mail2.sf-express.com', ip='183.62.41.75', rcpt=HUONG[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=6,
                 dkims=[dkim(r, 'sf-express.com', 'sfmail', 'From:To:Subject:Date:Message-ID:MIME-Version:List-Unsubscribe:List-Unsubscribe-Post', date)])


def m36():
    """ZH - one-time verification code (DingTalk)"""
    r = R(36)
    date = D(2025, 6, 23, 19, 48, 3, CST)
    code = '638205'
    text = f"""钉钉验证码

你好，

你正在为钉钉账号绑定邮箱 do.thanh.huong@agency.gov.vn，本次验证码为：

    {code}

验证码10分钟内有效。如非本人操作，请忽略本邮件，你的账号不会有任何变化。
钉钉工作人员不会以任何理由向你索要验证码。

钉钉团队
此邮件由系统自动发送，请勿回复。
"""
    inner = '\n'.join([
        row('<img src="https://img.alicdn.com/imgextra/i3/O1CN01dingtalk_logo_email.png" width="96" height="28" alt="钉钉" style="display:block;">', '24px 32px 12px 32px'),
        row(P('你好，', 15, '#171a1d', 24)
            + P('你正在为钉钉账号绑定邮箱 <strong>do.thanh.huong@agency.gov.vn</strong>，本次验证码为：', 15, '#171a1d', 24, 12)
            + f'<div style="margin:0 0 20px 0;font-size:34px;font-weight:bold;letter-spacing:10px;color:#0089ff;font-family:Arial,sans-serif;">{code}</div>'
            + P('验证码10分钟内有效。如非本人操作，请忽略本邮件，你的账号不会有任何变化。', 14, '#5f6368', 22)
            + P('钉钉工作人员不会以任何理由向你索要验证码。', 14, '#5f6368', 22, 24), '0 32px 4px 32px'),
        row(P('钉钉团队 &middot; 此邮件由系统自动发送，请勿回复。', 12, '#a2a3a5', 18, 0), '16px 32px 24px 32px', 'border-top:1px solid #f0f0f0;'),
    ])
    html = shell(inner, title='钉钉验证码', lang='zh-CN', bg='#f2f3f5', width=520, pre=f'你的验证码为 {code}，10分钟内有效',
                 font="'PingFang SC','Microsoft YaHei',sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('钉钉', 'no-reply@dingtalk.com')),
        ('To', HUONG[1]),
        ('Message-ID', f'<{r.hex(16)}.{r.dig(13)}@dingtalk.com>'),
        ('Subject', txt(f'钉钉验证码：{code}')),
        ('MIME-Version', '1.0'),
        ('X-Alimail-AntiSpam', f'AC=PASS;BC=-1|-1;BR=01201311R{r.dig(3)}e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033045{r.dig(6)};MF=no-reply@dingtalk.com;NM=1;PH=DS;RN=1;SR=0;TI=SMTPD_---0W{r.tok(10)}_'),
    ]
    return build(36, date=date, ret='no-reply@dingtalk.com', host='out28-121.mail.aliyun.com', ip='115.124.28.121', rcpt=HUONG[1],
                 headers=hdr, body=body, bnd=bnd_java(r), delay=2,
                 dkims=[dkim(r, 'dingtalk.com', 'default', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', date)])


# ==========================================================================
# BILINGUAL
# ==========================================================================

def m37():
    """EN/VI - document shared with you (Google Drive template in English, sender's note in Vietnamese)"""
    r = R(37)
    date = D(2025, 6, 10, 19, 23, 41, TZ(-7))
    did = '1' + r.tok(43, ALNUM + '-_')
    name = 'Báo cáo khảo sát mức độ sẵn sàng chuyển đổi số 2025 (bản nháp)'
    url = f'https://docs.google.com/document/d/{did}/edit?usp=sharing_eil_m&ts={r.hex(24)}'
    note = 'Anh Hùng ơi, em gửi anh bản nháp báo cáo khảo sát. Anh góp ý trực tiếp bằng comment giúp em trước thứ Sáu nhé. Em cảm ơn anh!'
    text = f"""Ngô Bảo Ngọc shared a document

Ngô Bảo Ngọc (ngocnb@vnu.edu.vn) gave you edit access to this document:

{name}
{url}

"{note}"

Open: {url}

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You got this email because ngocnb@vnu.edu.vn shared a file with you from
Google Docs.
"""
    html = f'''<!doctype html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Document shared with you</title><style nonce="{r.b64u(16)}">body{{margin:0;padding:0;}} @media screen and (max-width:600px){{.content{{padding:0 16px !important;}}}}</style></head><body style="margin:0;padding:0;background-color:#ffffff;">
{preheader("Ngô Bảo Ngọc gave you edit access to a document.")}
<table width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:40px 0;">
<table class="content" width="600" border="0" cellpadding="0" cellspacing="0" role="presentation" style="max-width:600px;font-family:'Google Sans',Roboto,Arial,sans-serif;">
<tr><td style="padding:0 0 24px 0;"><img src="https://ssl.gstatic.com/docs/documents/share/images/services/document-2.png" width="24" height="24" alt="" style="vertical-align:middle;"> <span style="font-size:14px;color:#5f6368;vertical-align:middle;">Google Docs</span></td></tr>
<tr><td style="padding:0 0 20px 0;"><table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><td width="48" style="vertical-align:top;"><img src="https://lh3.googleusercontent.com/a/{r.b64u(30)}=s96-c" width="40" height="40" alt="" style="border-radius:50%;display:block;"></td>
<td style="vertical-align:top;"><div style="font-size:22px;line-height:28px;color:#202124;">Ngô Bảo Ngọc shared a document</div></td></tr></table></td></tr>
<tr><td style="padding:0 0 16px 0;font-size:14px;line-height:20px;color:#3c4043;">Ngô Bảo Ngọc (<a href="mailto:ngocnb@vnu.edu.vn" style="color:#1a73e8;text-decoration:none;">ngocnb@vnu.edu.vn</a>) gave you edit access to this document:</td></tr>
<tr><td style="padding:0 0 20px 0;"><table role="presentation" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:16px;"><tr><td style="padding:10px 16px;"><img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_1_document_x32.png" width="20" height="20" alt="" style="vertical-align:middle;"> <a href="{url}" style="font-size:14px;color:#3c4043;text-decoration:none;font-weight:500;vertical-align:middle;">{name}</a></td></tr></table></td></tr>
<tr><td style="padding:0 0 24px 0;"><div style="background-color:#f1f3f4;border-radius:8px;padding:12px 16px;font-size:14px;line-height:20px;color:#202124;">{note}</div></td></tr>
<tr><td style="padding:0 0 40px 0;"><a href="{url}" style="display:inline-block;background-color:#0b57d0;color:#ffffff;font-size:14px;font-weight:500;line-height:20px;padding:10px 24px;border-radius:100px;text-decoration:none;">Open</a></td></tr>
<tr><td style="border-top:1px solid #e8eaed;padding:20px 0 0 0;font-size:12px;line-height:16px;color:#5f6368;">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You got this email because <a href="mailto:ngocnb@vnu.edu.vn" style="color:#5f6368;">ngocnb@vnu.edu.vn</a> shared a file with you from Google Docs.<br><br><img src="https://www.gstatic.com/images/branding/productlogos/googleg/v6/24px.svg" width="86" height="24" alt="Google Workspace" style="display:block;"></td></tr>
</table></td></tr></table></body></html>'''
    body = body_alt(text, html, tcte='base64', hcte='quoted-printable')
    hdr = [
        ('Reply-To', A('Ngô Bảo Ngọc', 'ngocnb@vnu.edu.vn')),
        ('X-No-Auto-Attachment', '1'),
        ('Message-ID', f'<{r.b64u(16)}-{r.hex(12)}@google.com>'),
        ('Date', fmt(date)),
        ('Subject', txt(f'Document shared with you: "{name}"')),
        ('From', A('Ngô Bảo Ngọc (via Google Drive)', 'drive-shares-dm-noreply@google.com')),
        ('To', HUNG[1]),
        ('MIME-Version', '1.0'),
    ]
    inner = [f'Received: by mail-sor-f69.google.com with SMTP id 41be03b00d2f7-b2f{r.hex(5)}sor{r.dig(7)}a12.{r.randint(1, 9)}\r\n'
             f'        for <{HUNG[1]}>\r\n        (Google Transport Security);\r\n        {fmt(date)} (PDT)']
    return build(37, date=date, ret=f'3{r.tok(24)}-{r.tok(8)}@doclist.bounces.google.com', host='mail-sor-f69.google.com',
                 ip='209.85.220.69', rcpt=HUNG[1], headers=hdr, body=body, bnd=bnd_gmail(r), delay=2, inner=inner,
                 dkims=[dkim(r, 'google.com', '20230601', 'content-transfer-encoding:to:from:subject:date:message-id:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to', date)])


def m38():
    """VI/EN - Microsoft Teams meeting invitation with .ics (UNDP)"""
    r = R(38)
    date = D(2026, 3, 2, 10, 11, 52, ICT)
    tid = r.uuid()
    join = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{r.b64u(45)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}'
            f'%22%2c%22Oid%22%3a%22{r.uuid()}%22%7d')
    subject = 'Họp khởi động dự án / Project kick-off meeting: Digital Public Services Accelerator (DPSA)'
    vi = """Kính gửi anh Hùng, chị Mai,

Thay mặt UNDP Việt Nam, tôi trân trọng mời anh, chị tham dự cuộc họp khởi
động dự án "Tăng tốc dịch vụ công số" (DPSA).

- Thời gian: 9h30 - 11h00, thứ Ba ngày 10/3/2026
- Hình thức: trực tuyến qua Microsoft Teams (đường link bên dưới). Đồng
  nghiệp tại Hà Nội có thể tham dự trực tiếp tại phòng họp Mekong, tầng 3,
  Ngôi nhà chung Liên Hợp Quốc (Green One UN House), 304 Kim Mã, Hà Nội.
- Nội dung: thống nhất kế hoạch hoạt động năm 2026, cơ chế điều phối và
  đầu mối liên lạc của hai bên.

Tài liệu họp sẽ được gửi trước ngày 6/3/2026."""
    en = """Dear Mr Hung, dear Ms Mai,

On behalf of UNDP Viet Nam, I am pleased to invite you to the kick-off
meeting of the Digital Public Services Accelerator (DPSA) project.

- Time: 09:30-11:00, Tuesday 10 March 2026 (Hanoi time)
- Format: online via Microsoft Teams (link below). Colleagues in Hanoi are
  welcome to join in person in the Mekong meeting room, 3rd floor, Green
  One UN House, 304 Kim Ma, Ha Noi.
- Purpose: agree on the 2026 workplan, coordination arrangements and focal
  points on both sides.

Meeting documents will be circulated by 6 March 2026."""
    sig = """Best regards / Trân trọng,

Nguyen Thu Phuong
Programme Analyst, Governance and Participation
United Nations Development Programme (UNDP) Viet Nam
Green One UN House, 304 Kim Ma, Ha Noi | www.undp.org/vietnam"""
    teams = f"""________________________________________________________________________________
Microsoft Teams meeting
Join: {join}
Meeting ID: 412 583 907 126
Passcode: Zq7uN2
________________________________________________________________________________"""
    text = vi + '\n\n---\n\n' + en + '\n\n' + sig + '\n\n' + teams + '\n'

    def ps(t):
        return '\n'.join(mso(esc(l)) if l else mso('&nbsp;') for l in t.split('\n'))
    teams_html = (f'<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>'
                  f'<div style="margin-bottom:12px;"><span style="font-size:24px;font-weight:700;color:#242424;">Microsoft Teams meeting</span></div>'
                  f'<div style="margin-bottom:6px;"><span style="font-size:14px;font-weight:600;color:#242424;">Join: </span><a href="{join}" style="font-size:14px;color:#5B5FC7;text-decoration:underline;">{join[:60]}...</a></div>'
                  '<div style="margin-bottom:6px;"><span style="font-size:14px;color:#616161;">Meeting ID: </span><span style="font-size:14px;color:#242424;">412 583 907 126</span></div>'
                  '<div style="margin-bottom:24px;"><span style="font-size:14px;color:#616161;">Passcode: </span><span style="font-size:14px;color:#242424;">Zq7uN2</span></div>'
                  f'<div style="margin-bottom:24px;"><a href="https://teams.microsoft.com/meetingOptions/?organizerId={r.uuid()}&amp;tenantId={tid}&amp;threadId=19_meeting_{r.b64u(40)}@thread.v2&amp;messageId=0&amp;language=en-US" style="font-size:14px;color:#5B5FC7;">Meeting options</a></div>'
                  '<div style="overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>')
    html = outlook_html(ps(vi) + '\n' + mso('---') + mso('&nbsp;') + '\n' + ps(en) + '\n' + mso('&nbsp;') + ps(sig) + '\n' + mso('&nbsp;') + teams_html)
    ics = outlook_ics(r, tzid='SE Asia Standard Time', offset='+0700', organizer=('Nguyen Thu Phuong', 'thu.phuong.nguyen@undp.org'),
                      attendees=[('Nguyen Van Hung', HUNG[1], 'REQ-PARTICIPANT'), ('Tran Thi Mai', MAI[1], 'REQ-PARTICIPANT'),
                                 ('Caitlin Brooks', 'caitlin.brooks@undp.org', 'REQ-PARTICIPANT')],
                      summary=subject, start='20260310T093000', end='20260310T110000',
                      location='Microsoft Teams Meeting; Mekong Room, 3F, Green One UN House',
                      description=text, stamp=date, online=join, lang='vi-VN')
    body = EmailMessage(policy=POL)
    body.set_content(text, charset='utf-8', cte='base64')
    body.add_alternative(html, subtype='html', charset='utf-8', cte='base64')
    body.add_alternative(ics, subtype='calendar', charset='utf-8', cte='base64', params={'method': 'REQUEST'})
    attach(body, ics.encode('utf-8'), 'application/ics', 'invite.ics')
    box = 'SJ0PR12MB6821'
    hdr = [
        ('From', 'Nguyen Thu Phuong <thu.phuong.nguyen@undp.org>'),
        ('To', f'{A("Nguyen Van Hung", HUNG[1])},\r\n {A("Tran Thi Mai", MAI[1])}'),
        ('CC', 'Caitlin Brooks <caitlin.brooks@undp.org>'),
        ('Subject', txt(subject)),
        ('Thread-Topic', txt(subject)),
        ('Thread-Index', 'AdyL' + r.b64(18)),
        ('Date', fmt(date)),
        ('Message-ID', f'<{box}{r.HEX(20)}@{box}.namprd12.prod.outlook.com>'),
        ('Accept-Language', 'en-US, vi-VN'),
        ('Content-Language', 'vi-VN'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-TNEF-Correlator', ''),
        ('MIME-Version', '1.0'),
        ('X-OriginatorOrg', 'undp.org'),
    ]
    return build(38, date=date, ret='thu.phuong.nguyen@undp.org', host='mail-bn7nam10on2109.outbound.protection.outlook.com',
                 ip='40.107.92.109', rcpt=HUNG[1], headers=hdr, body=body, bnd=bnd_outlook(r, box), delay=9,
                 dkims=[dkim(r, 'undp.org', 'selector2', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', date)])


def m39():
    """VI/EN - airline booking confirmation (Vietnam Airlines, bilingual)"""
    r = R(39)
    date = D(2025, 12, 15, 20, 41, 9, ICT)
    pnr = 'K7RZ2M'
    tkt = '738 ' + r.dig(10)
    mb = f'https://www.vietnamairlines.com/vn/vi/manage-booking?pnr={pnr}&lastName=HOANG&utm_source=email&utm_medium=transactional'
    text = f"""VIETNAM AIRLINES
Xác nhận đặt chỗ / Booking confirmation
Mã đặt chỗ / Booking reference: {pnr}

Kính gửi Ông HOANG ANH TUAN / Dear Mr HOANG ANH TUAN,

Cảm ơn Quý khách đã lựa chọn Vietnam Airlines. Vé điện tử của Quý khách đã
được xuất thành công.
Thank you for choosing Vietnam Airlines. Your e-ticket has been issued.

CHUYẾN BAY / FLIGHTS
  VN 163  Thứ Hai/Mon 05/01/2026  Hà Nội (HAN) 07:00 -> Đà Nẵng (DAD) 08:20
          Phổ thông Tiêu chuẩn / Economy Classic
  VN 178  Thứ Tư/Wed 07/01/2026   Đà Nẵng (DAD) 18:00 -> Hà Nội (HAN) 19:20
          Phổ thông Tiêu chuẩn / Economy Classic

HÀNH KHÁCH / PASSENGER
  HOANG ANH TUAN (Người lớn / Adult) - Số vé / Ticket: {tkt}
  Hành lý ký gửi / Checked baggage: 23 kg; Hành lý xách tay / Cabin: 12 kg

THANH TOÁN / PAYMENT
  Tổng cộng / Total: 4.286.000 VND (đã bao gồm thuế, phí / taxes and fees included)

Quản lý đặt chỗ / Manage booking: {mb}

Làm thủ tục trực tuyến mở trước giờ khởi hành 24 tiếng. Quý khách vui lòng
có mặt tại quầy thủ tục/cửa ra tàu bay theo quy định và mang theo CCCD.
Online check-in opens 24 hours before departure. Please bring a valid ID.

Tổng đài / Call centre: 1900 1100
Đây là email tự động, vui lòng không trả lời. / This is an automated email, please do not reply.
Tổng Công ty Hàng không Việt Nam - CTCP, 200 Nguyễn Sơn, Long Biên, Hà Nội
"""
    seg = lambda no, d, a, at, b, bt: f'''<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="24%" style="vertical-align:top;font-size:14px;font-weight:bold;color:#006885;">{no}<br><span style="font-weight:normal;font-size:12px;color:#666666;">{d}</span></td>
<td width="32%" style="vertical-align:top;"><span style="font-size:20px;color:#222222;">{at}</span><br><span style="font-size:12px;color:#444444;">{a}</span></td>
<td width="8%" style="vertical-align:top;color:#c69c6d;font-size:18px;">&#9992;</td>
<td style="vertical-align:top;"><span style="font-size:20px;color:#222222;">{bt}</span><br><span style="font-size:12px;color:#444444;">{b}</span></td></tr>
<tr><td></td><td colspan="3" style="padding-top:4px;font-size:12px;color:#666666;">Phổ thông Tiêu chuẩn / Economy Classic</td></tr></table></td></tr>'''
    inner = '\n'.join([
        row('<img src="https://www.vietnamairlines.com/~/media/Images/VNANew/Logo/logo-vna-email.png" width="190" height="40" alt="Vietnam Airlines" style="display:block;">', '16px 32px', 'background-color:#006885;'),
        row(P('Xác nhận đặt chỗ <span style="color:#999999;">/ Booking confirmation</span>', 22, '#006885', 30, 6)
            + P(f'Mã đặt chỗ / Booking reference: <strong style="font-size:18px;letter-spacing:2px;color:#c69c6d;">{pnr}</strong>', 14, '#222222', 22, 18)
            + P('Kính gửi Ông HOANG ANH TUAN / <em>Dear Mr HOANG ANH TUAN</em>,', 14, '#222222', 21)
            + P('Cảm ơn Quý khách đã lựa chọn Vietnam Airlines. Vé điện tử của Quý khách đã được xuất thành công.<br><em style="color:#666666;">Thank you for choosing Vietnam Airlines. Your e-ticket has been issued.</em>', 14, '#222222', 21)
            + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 18px 0;">'
            + seg('VN 163', 'Thứ Hai/Mon 05/01/2026', 'Hà Nội (HAN)', '07:00', 'Đà Nẵng (DAD)', '08:20')
            + seg('VN 178', 'Thứ Tư/Wed 07/01/2026', 'Đà Nẵng (DAD)', '18:00', 'Hà Nội (HAN)', '19:20')
            + '</table>'
            + kv([('Hành khách / Passenger', 'HOANG ANH TUAN (Người lớn / Adult)'), ('Số vé / Ticket', tkt),
                  ('Hành lý / Baggage', 'Ký gửi / Checked 23 kg; Xách tay / Cabin 12 kg'),
                  ('<strong>Tổng cộng / Total</strong>', '<strong>4.286.000 VND</strong><br><span style="font-size:12px;color:#666666;">Đã bao gồm thuế, phí / Taxes and fees included</span>')], '40%', 13)
            + btn(mb, 'Quản lý đặt chỗ / Manage booking', '#c69c6d', '#ffffff', 4, 14)
            + '<div style="clear:both;"></div>'
            + P('Làm thủ tục trực tuyến mở trước giờ khởi hành 24 tiếng. Quý khách vui lòng có mặt tại quầy thủ tục/cửa ra tàu bay theo quy định và mang theo CCCD.<br><em style="color:#666666;">Online check-in opens 24 hours before departure. Please bring a valid ID.</em>', 13, '#222222', 20, 24),
            '24px 32px 4px 32px'),
        row(P('Tổng đài / Call centre: <strong>1900 1100</strong><br>Đây là email tự động, vui lòng không trả lời. / This is an automated email, please do not reply.<br>Tổng Công ty Hàng không Việt Nam - CTCP, 200 Nguyễn Sơn, Long Biên, Hà Nội', 11, '#666666', 16, 0),
            '16px 32px', 'background-color:#f2f2f2;'),
    ])
    html = shell(inner, title='Vietnam Airlines', lang='vi', bg='#e9edef', pre=f'Mã đặt chỗ {pnr}: Hà Nội - Đà Nẵng 05/01/2026',
                 font='Arial,Helvetica,sans-serif').replace('</body>', f'<img src="https://click.email.vietnamairlines.com/open.aspx?ffcb10-{r.hex(16)}-{r.hex(20)}-fe{r.hex(14)}-{r.hex(16)}-{r.hex(8)}-{r.hex(10)}" width="1" height="1" alt="">\n</body>')
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('From', 'Vietnam Airlines <noreply@email.vietnamairlines.com>'),
        ('To', TUAN[1]),
        ('Subject', txt(f'Xác nhận đặt chỗ / Booking confirmation - {pnr}')),
        ('Date', fmt(date)),
        ('MIME-Version', '1.0'),
        ('Reply-To', 'Vietnam Airlines <reply-fe{0}@email.vietnamairlines.com>'.format(r.hex(14))),
        ('x-job', f'{r.dig(8)}_{r.dig(7)}'),
        ('Message-ID', f'<{r.uuid()}@ind1s01mta{r.randint(100, 999)}.xt.local>'),
        ('Feedback-ID', f'{r.dig(8)}:{r.dig(7)}:13.111.82.17:sfmktgcld'),
    ]
    return build(39, date=date, ret=f'bounce-37_HTML-{r.dig(9)}-{r.dig(7)}-{r.dig(8)}-1@bounce.email.vietnamairlines.com',
                 host='mta17.email.vietnamairlines.com', ip='13.111.82.17', rcpt=TUAN[1], headers=hdr, body=body, bnd=bnd_sfmc(r), delay=4,
                 dkims=[dkim(r, 'email.vietnamairlines.com', '200608', 'From:To:Subject:Date:MIME-Version:Reply-To:Message-ID:Content-Type', date, 128)])


def m40():
    """EN/ZH - webinar invitation (ASEAN-China Centre, bilingual)"""
    r = R(40)
    date = D(2025, 10, 20, 16, 0, 33, CST)
    reg = f'https://www.asean-china-center.org/events/2025-digital-governance-webinar/register?src=mail&id={r.hex(12)}'
    zh = """尊敬的陈氏梅女士：

中国—东盟中心谨定于2025年11月6日（星期四）北京时间15:00-17:30（河内时间14:00-16:30）举办“2025中国—东盟数字治理线上研讨会”，诚挚邀请您拨冗出席并参与讨论。

本次研讨会将围绕“数字政府建设与跨境数据合作”主题，邀请中国和东盟国家政府部门、研究机构代表分享经验。会议通过Zoom平台举行，提供中英文同声传译。

请于10月31日前通过以下链接完成报名，会议链接将于会前两天发送至您的邮箱。"""
    en = """Dear Ms Tran Thi Mai,

The ASEAN-China Centre is pleased to invite you to the ASEAN-China Webinar on Digital Governance 2025, to be held online on Thursday, 6 November 2025, 15:00-17:30 Beijing time (14:00-16:30 Hanoi time).

Under the theme "Building Digital Government and Cross-border Data Cooperation", speakers from government agencies and research institutes in China and ASEAN Member States will share their experience. The webinar will be held on Zoom with simultaneous interpretation in Chinese and English.

Please register by 31 October via the link below. The joining link will be sent to your email two days before the event."""
    foot = """中国—东盟中心 ASEAN-China Centre
北京市朝阳区 / Chaoyang District, Beijing
如不希望再收到活动通知，请回复“退订”。 To stop receiving event notices, reply "unsubscribe"."""
    text = zh + f'\n\n报名 / Register: {reg}\n\n' + '-' * 40 + '\n\n' + en + f'\n\nRegister: {reg}\n\n' + foot + '\n'
    inner = '\n'.join([
        row('<img src="https://www.asean-china-center.org/images/email/acc-logo.png" width="220" height="48" alt="中国—东盟中心 ASEAN-China Centre" style="display:block;">', '18px 36px', 'border-bottom:3px solid #b8262b;'),
        row(P('邀请函 &middot; Invitation', 13, '#b8262b', 18, 8, 'font-weight:bold;letter-spacing:2px;')
            + P('2025中国—东盟数字治理线上研讨会<br><span style="font-size:17px;color:#444444;">ASEAN-China Webinar on Digital Governance 2025</span>', 22, '#1a1a1a', 30, 18, 'font-weight:bold;')
            + kv([('时间 / Time', '2025年11月6日（星期四）15:00-17:30 北京时间<br>Thu 6 Nov 2025, 14:00-16:30 Hanoi time'),
                  ('形式 / Format', 'Zoom 线上会议，中英文同传 / Online (Zoom), ZH-EN interpretation'),
                  ('报名截止 / Register by', '2025年10月31日 / 31 October 2025')], '30%', 13)
            + ''.join(P(esc(p), 14, '#333333', 23) for p in zh.split('\n\n'))
            + '<hr style="border:none;border-top:1px dashed #cccccc;margin:8px 0 20px 0;">'
            + ''.join(P(esc(p), 14, '#333333', 22) for p in en.split('\n\n'))
            + btn(reg, '立即报名 / Register now', '#b8262b', radius=3, size=15)
            + '<div style="clear:both;"></div>', '24px 36px 8px 36px'),
        row(P(esc(foot).replace('\n', '<br>'), 11, '#777777', 17, 0, 'text-align:center;'), '16px 36px', 'background-color:#f5f3f0;'),
    ])
    html = shell(inner, title='Invitation', lang='zh-CN', bg='#ebe8e4', width=640, pre='11月6日 中国—东盟数字治理线上研讨会 | ASEAN-China Webinar on Digital Governance, 6 Nov',
                 font="'Microsoft YaHei','PingFang SC',Arial,sans-serif")
    body = body_alt(text, html, tcte='base64', hcte='base64')
    hdr = [
        ('Date', fmt(date)),
        ('From', A('中国—东盟中心 ASEAN-China Centre', 'events@asean-china-center.org')),
        ('To', A('Tran Thi Mai', MAI[1])),
        ('Subject', txt('邀请函 | Invitation: 2025中国—东盟数字治理线上研讨会 / ASEAN-China Webinar on Digital Governance 2025 (6 Nov)')),
        ('Message-ID', f'<{r.hex(8)}.{r.hex(4)}.{r.hex(11)}@asean-china-center.org>'),
        ('MIME-Version', '1.0'),
        ('List-Unsubscribe', '<mailto:events@asean-china-center.org?subject=unsubscribe>'),
        ('X-Mailer', 'Foxmail 7.2.25.228[cn]'),
    ]
    return build(40, date=date, ret='events@asean-china-center.org', host='mail.asean-china-center.org', ip='124.65.185.34',
                 rcpt=MAI[1], headers=hdr, body=body, bnd=bnd_next(r), delay=10,
                 dkims=[dkim(r, 'asean-china-center.org', 'default', 'Date:From:To:Subject:Message-ID:MIME-Version:Content-Type', date)])


# ==========================================================================

def main():
    import email
    funcs = [globals()[f'm{i:02d}'] for i in range(1, 41)]
    for i, f in enumerate(funcs, 1):
        path = f()
        with open(path, 'rb') as fh:
            email.message_from_bytes(fh.read())
        print(f'a{i:02d}.eml  {f.__doc__.strip()}')


if __name__ == '__main__':
    main()
