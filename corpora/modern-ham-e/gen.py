#!/usr/bin/env python3
"""Generate the modern-ham-e corpus: 40 synthetic legitimate e-mails,
20 in Vietnamese (e01-e20) and 20 in Chinese (e21-e40), dated 2024-2026.

Standard library only and deterministic: every message is assembled by hand
(headers, RFC 2047 words, MIME boundaries, transfer encodings) from fixed
text and a per-message ``random.Random(seed)``; nothing depends on the wall
clock, the locale or the platform.  Running the script twice gives
byte-identical files.  It writes e01.eml ... e40.eml and INDEX.tsv next to
itself.

All people, organisations, domains ending in .example, account numbers,
ids and telephone numbers are invented.  Real institutions appear with
their real public domains only as the senders of their ordinary notices.
"""

import base64
import datetime as _dt
import hashlib
import io
import os
import random
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"

VN = _dt.timezone(_dt.timedelta(hours=7))
CN = _dt.timezone(_dt.timedelta(hours=8))
UTC = _dt.timezone.utc

VNDOM = "stttt-namdinh.example"
CNDOM = "hdpower-cq.example"

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- dates

def T(y, mo, d, h, mi, s, tz):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def _off(dt):
    mins = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def hdate(dt):
    """RFC 5322 date as most user agents write it (two-digit day)."""
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        _WD[dt.weekday()], dt.day, _MON[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, _off(dt))


def pdate(dt, label=None):
    """Date as Postfix writes it in Received (space-padded day)."""
    s = "%s, %2d %s %d %02d:%02d:%02d %s" % (
        _WD[dt.weekday()], dt.day, _MON[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, _off(dt))
    if label:
        s += " (%s)" % label
    return s


def later(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def epoch_ms(dt):
    return int((dt - _dt.datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()) * 1000


# ---------------------------------------------------------------- random ids

def hx(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def an(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64rand(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def uuid(rng, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (hx(rng, 8), hx(rng, 4), hx(rng, 3),
                               rng.choice("89ab"), hx(rng, 3), hx(rng, 12))
    return s.upper() if upper else s


def qid_short(rng):
    return hx(rng, 11, upper=True)


def qid_long(rng):
    return "4" + an(rng, 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def mid_zimbra(rng, dt, dom=VNDOM):
    return "<%d.%d.%d.JavaMail.zimbra@%s>" % (
        rng.randint(100000000, 2147483647), rng.randint(100000, 999999),
        epoch_ms(dt) + rng.randint(0, 999), dom)


def mid_tb(rng, dom):
    return "<%s@%s>" % (uuid(rng), dom)


def mid_outlook(rng, dt, dom):
    era = {2024: "da", 2025: "db", 2026: "dc"}[dt.year]
    return "<0000%s01%s%s$%s$%s$@%s>" % (hx(rng, 2), era, hx(rng, 4),
                                         hx(rng, 8), hx(rng, 8), dom)


def mid_foxmail(rng, dt, dom):
    return "<%04d%02d%02d%02d%02d%02d%s@%s>" % (
        dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dg(rng, 7), dom)


def mid_coremail(rng, dt, user, dom=CNDOM):
    return "<%s.%s.%x.Coremail.%s@%s>" % (hx(rng, 8), hx(rng, 4),
                                          epoch_ms(dt) + rng.randint(0, 999), user, dom)


def mid_apple(rng, dom):
    return "<%s@%s>" % (uuid(rng, upper=True), dom)


def bnd_zimbra(rng):
    return "=_%s" % uuid(rng)


def bnd_outlook(rng):
    return "----=_NextPart_000_%s_01%s.%s" % (hx(rng, 4, True), hx(rng, 6, True), hx(rng, 8, True))


def bnd_foxmail(rng):
    return "----=_NextPart_%s_%s_%s" % (hx(rng, 8, True), hx(rng, 8, True), hx(rng, 8, True))


def bnd_tb(rng):
    return "------------" + an(rng, 24)


def bnd_java(rng, dt):
    return "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999),
                                    rng.randint(100000000, 2147483647), epoch_ms(dt))


def bnd_apple(rng):
    return "Apple-Mail-%s" % uuid(rng, upper=True)


def bnd_plain(rng, prefix="b1_"):
    return prefix + hx(rng, 32)


# ---------------------------------------------------------------- headers

def nfc(s):
    return unicodedata.normalize("NFC", s)


def _isascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _qword(b):
    out = []
    for x in b:
        c = chr(x)
        if x == 32:
            out.append("_")
        elif x < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(s, cs="UTF-8", mode="B", limit=75):
    """RFC 2047 encoded words, never splitting a character, folded."""
    s = nfc(s)
    prefix = "=?%s?%s?" % (cs, mode)

    def enc(t):
        b = t.encode(cs)
        return base64.b64encode(b).decode() if mode == "B" else _qword(b)

    words, cur = [], ""
    for ch in s:
        if cur and len(prefix) + len(enc(cur + ch)) + 2 > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\r\n ".join(prefix + enc(w) + "?=" for w in words)


def htext(s, cs="UTF-8", mode="B"):
    """An unstructured header value: ASCII as is, otherwise encoded."""
    s = nfc(s)
    return s if _isascii(s) else ew(s, cs, mode)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="UTF-8", mode="B"):
    if not name:
        return email
    name = nfc(name)
    if _isascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    enc = ew(name, cs, mode)
    if "\r\n" in enc and mode == "Q":
        enc = ew(name, cs, "B")
    if "\r\n" in enc:
        # long display name: one encoded word per run of whole words, so that
        # decoders that keep the folding white space still read it correctly
        words, cur = [], ""
        for w in name.split(" "):
            cand = (cur + " " + w) if cur else w
            if cur and "\r\n" in ew(cand, cs, "B"):
                words.append(cur)
                cur = w
            else:
                cur = cand
        words.append(cur)
        enc = "\r\n ".join(ew(w, cs, "B", limit=200) for w in words)
    return "%s <%s>" % (enc, email)


def alist(items, cs="UTF-8", mode="B"):
    return ",\r\n ".join(addr(n, e, cs, mode) for n, e in items)


def dkim(rng, d, s, t, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
         c="relaxed/relaxed", bits=2048, extra=""):
    sig = b64rand(rng, bits // 8)
    lines = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    return ("v=1; a=rsa-sha256; c=%s; d=%s; s=%s; t=%d;%s\r\n"
            "\th=%s;\r\n\tbh=%s;\r\n\tb=%s") % (
        c, d, s, epoch_ms(t) // 1000, extra, h, b64rand(rng, 32),
        "\r\n\t ".join(lines))


# ---------------------------------------------------------------- bodies

def crlf(s):
    s = nfc(s).replace("\r\n", "\n").replace("\r", "\n")
    if not s.endswith("\n"):
        s += "\n"
    return s.replace("\n", "\r\n")


def b64body(data):
    s = base64.b64encode(data).decode()
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode()


def qpbody(data):
    out = []
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    for line in lines:
        toks = []
        for i, x in enumerate(line):
            if 33 <= x <= 126 and x != 61:
                toks.append(chr(x))
            elif x in (9, 32) and i != len(line) - 1:
                toks.append(chr(x))
            else:
                toks.append("=%02X" % x)
        cur = ""
        for tok in toks:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def encode_body(data, cte):
    if cte == "base64":
        return b64body(data)
    if cte == "quoted-printable":
        return qpbody(data)
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, "line too long for %s" % cte
    if cte == "7bit":
        data.decode("ascii")
    return data


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        head = CRLF.join(self.headers) + CRLF + CRLF
        return head.encode("ascii") + self.body


def text(s, sub="plain", cs="utf-8", cte="base64", label=None, quote=True,
         fold=False, extra_params="", extra_headers=()):
    data = crlf(s).encode(cs)
    label = label or cs
    cval = '"%s"' % label if quote else label
    sep = ";\r\n\t" if fold else "; "
    ct = "Content-Type: text/%s%scharset=%s%s" % (sub, sep, cval, extra_params)
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra_headers)
    return Part(hdrs, encode_body(data, cte))


def _pct(s):
    out = []
    for x in nfc(s).encode("utf-8"):
        c = chr(x)
        if x < 128 and (c.isalnum() or c in "-._~"):
            out.append(c)
        else:
            out.append("%%%02X" % x)
    return "".join(out)


def _rfc2231(param, value):
    enc = _pct(value)
    if len(enc) <= 60:
        return "%s*=UTF-8''%s" % (param, enc)
    chunks, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > 60:
            chunks.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    chunks.append(cur)
    parts = []
    for n, ch in enumerate(chunks):
        parts.append("%s*%d*=%s%s" % (param, n, "UTF-8''" if n == 0 else "", ch))
    return ";\r\n ".join(parts)


def attach(data, ctype, filename, style="2047", cs="UTF-8", mode="B",
           cte="base64", inline=False, extra_headers=()):
    disp = "inline" if inline else "attachment"
    filename = nfc(filename)
    if _isascii(filename):
        ct = 'Content-Type: %s; name="%s"' % (ctype, filename)
        cd = 'Content-Disposition: %s; filename="%s"' % (disp, filename)
    elif style == "2231":
        ct = 'Content-Type: %s;\r\n name="%s"' % (ctype, ew(filename, cs, mode))
        cd = "Content-Disposition: %s;\r\n %s" % (disp, _rfc2231("filename", filename))
    else:
        ct = 'Content-Type: %s;\r\n\tname="%s"' % (ctype, ew(filename, cs, mode).replace("\r\n ", "\r\n\t"))
        cd = 'Content-Disposition: %s;\r\n\tfilename="%s"' % (disp, ew(filename, cs, mode).replace("\r\n ", "\r\n\t"))
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte, cd] + list(extra_headers)
    return Part(hdrs, encode_body(data, cte))


def multi(sub, boundary, parts, preamble=None, extra_params="", fold=False):
    sep = ";\r\n\t" if fold else ";\r\n "
    hdrs = ['Content-Type: multipart/%s%sboundary="%s"%s' % (sub, sep, boundary, extra_params)]
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\r\n" + p.render()
    body += b"--" + boundary.encode("ascii") + b"--\r\n"
    return Part(hdrs, body)


def message(headers, root, mime_version_first=False):
    lines = []
    for name, value in headers:
        if value is None:
            continue
        if name == "MIME-Version" and value == "":
            continue
        lines.append("%s: %s" % (name, value))
    if not any(n == "MIME-Version" for n, _ in headers):
        lines.append("MIME-Version: 1.0")
    lines.extend(root.headers)
    head = CRLF.join(lines) + CRLF + CRLF
    return head.encode("ascii") + root.body


# ---------------------------------------------------------------- placeholder attachments

def ascii_fold(s):
    s = nfc(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def pdf(lines, title="Document"):
    """A tiny one-page PDF (Helvetica, ASCII text) used as placeholder."""
    def esc(t):
        return ascii_fold(t).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT\n/F1 11 Tf\n14 TL\n56 790 Td\n" + "".join(
        "(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream),
        "<< /Title (%s) /Producer (placeholder) >>" % esc(title),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode()
    return out


def _zip(files, when):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day,
                                                  when.hour, when.minute, when.second // 2 * 2))
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _x(s):
    return nfc(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def docx(paragraphs, when):
    ct = (_XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (_XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)
                   for p in paragraphs)
    doc = (_XMLDECL + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc)], when)


def xlsx(rows, when, sheet="Sheet1"):
    ct = (_XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = (_XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = (_XMLDECL + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = (_XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    cols = "ABCDEFGHIJ"
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (cols[c], r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = (_XMLDECL + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)], when)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- Received helpers

def rcv(text_):
    """Received value; the caller writes the folding itself."""
    return text_


def vn_local(rng, dt, rcpt, src_ip="10.36.1.12"):
    """Zimbra mailbox -> MTA hop on the department's own server."""
    return ("from mail.%s (mail.%s [%s])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
            "\tfor <%s>; %s") % (VNDOM, VNDOM, src_ip, VNDOM, qid_short(rng), rcpt,
                                pdate(dt, "+07"))


def vn_amavis(rng, dt):
    return ("from mail.%s ([127.0.0.1])\r\n\tby localhost (mail.%s [127.0.0.1]) "
            "(amavisd-new, port 10032)\r\n\twith ESMTP id %s; %s") % (
        VNDOM, VNDOM, an(rng, 12), pdate(dt, "+07"))


def vn_mx_to_store(rng, dt, rcpt):
    return ("from mx1.%s (mx1.%s [10.36.1.5])\r\n\tby mail.%s (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s") % (VNDOM, VNDOM, VNDOM, qid_short(rng), rcpt, pdate(dt, "+07"))


def vn_mx(rng, dt, helo, host, ip, rcpt, tls=True):
    tlsinfo = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
               if tls else "")
    return ("from %s (%s [%s])%s\r\n\tby mx1.%s (Postfix) with %s id %s\r\n\tfor <%s>; %s") % (
        helo, host, ip, tlsinfo, VNDOM, "ESMTPS" if tls else "ESMTP", qid_long(rng), rcpt,
        pdate(dt, "+07"))


def cn_gw(rng, dt, helo, host, ip, rcpt, tls=True):
    return ("from %s (%s [%s])\r\n\tby mx.%s (Postfix) with %s id %s\r\n\tfor <%s>; %s") % (
        helo, host, ip, CNDOM, "ESMTPS" if tls else "ESMTP", qid_short(rng), rcpt,
        pdate(dt, "CST"))


def cn_gw_to_store(rng, dt):
    return ("from mx.%s (unknown [172.20.1.8])\r\n\tby mail.%s (Coremail) with SMTP id "
            "%s--.%dS2;\r\n\t%s") % (CNDOM, CNDOM, an(rng, 24), rng.randint(10000, 99999),
                                      pdate(dt, "CST"))


def cn_webmail(rng, dt, user, ip):
    return "from %s$%s ( [%s] ) by ajax-webmail-mail (Coremail) ; %s" % (
        user, CNDOM, ip, hdate(dt) + " (GMT+08:00)")


def cn_smtp_auth(rng, dt, ip, helo=None):
    return ("from %s (unknown [%s])\r\n\tby mail.%s (Coremail) with SMTP id %s--.%dS2;\r\n\t%s") % (
        helo or "[%s]" % ip, ip, CNDOM, an(rng, 24), rng.randint(10000, 99999), pdate(dt, "CST"))


def ar(host, d=None, s=None, mailfrom=None, hfrom=None, spf_ip=None, dmarc="p=none dis=none",
       dkim_bits="2048-bit key"):
    parts = [host]
    if d:
        parts.append("dkim=pass (%s; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
                     "header.s=%s" % (dkim_bits, d, d, s))
    if mailfrom:
        parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) "
                     "smtp.mailfrom=%s" % (host, mailfrom, spf_ip, mailfrom))
    if hfrom:
        parts.append("dmarc=pass (%s) header.from=%s" % (dmarc, hfrom))
    return ";\r\n\t".join(parts)


# ---------------------------------------------------------------- HTML helpers

import re as _re

_URL = _re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])")
_MAIL = _re.compile(r"(?<![\w.@/])([A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def hesc(s):
    return nfc(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify(escaped):
    escaped = _URL.sub(r'<a href="\1" target="_blank">\1</a>', escaped)
    return _MAIL.sub(r'<a href="mailto:\1">\1</a>', escaped)


def zimbra_html(body, font="times new roman, new york, times, serif"):
    out = []
    for line in nfc(body).rstrip("\n").split("\n"):
        if line.strip():
            out.append("<div>%s</div>" % linkify(hesc(line)).replace("  ", "&nbsp; "))
        else:
            out.append('<div><br data-mce-bogus="1"></div>')
    return ('<html><body><div style="font-family: %s; font-size: 12pt; color: #000000">'
            "%s</div></body></html>" % (font, "".join(out)))


def simple_html(body, style="font-family:Arial,sans-serif;font-size:14px"):
    paras = nfc(body).strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>%s</p>" % "<br>\n".join(linkify(hesc(l)) for l in p.split("\n")))
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n</head>\n<body style="%s">\n%s\n</body>\n</html>\n' % (style, "\n".join(out)))


def zimbra_xmailer():
    return "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC122 (Win)/8.8.15_GA_4581)"


def sign(name, lines):
    return "-- \n" + name + "\n" + "\n".join(lines)


# ================================================================ Vietnamese (e01-e20)

P = {  # Sở Thông tin và Truyền thông (invented staff)
    "vanphong": ("Văn phòng Sở", "vanphong@" + VNDOM),
    "nhung": ("Đỗ Thị Hồng Nhung", "nhungdth@" + VNDOM),
    "minh": ("Trần Quang Minh", "minhtq@" + VNDOM),
    "ha": ("Vũ Thị Thu Hà", "havtt@" + VNDOM),
    "binh": ("Lương Văn Bình", "binhlv@" + VNDOM),
    "duc": ("Phạm Văn Đức", "ducpv@" + VNDOM),
    "tuan": ("Hoàng Văn Tuấn", "tuanhv@" + VNDOM),
    "mai": ("Lê Thị Mai", "mailt@" + VNDOM),
    "thang": ("Ngô Đức Thắng", "thangnd@" + VNDOM),
    "thao": ("Nguyễn Phương Thảo", "thaonp@" + VNDOM),
    "khanh": ("Bùi Quốc Khánh", "khanhbq@" + VNDOM),
    "truong": ("Mai Xuân Trường", "truongmx@" + VNDOM),
    "anh": ("Lưu Thị Ngọc Ánh", "anhltn@" + VNDOM),
    "thinh": ("Đặng Văn Thịnh", "thinhdv@" + VNDOM),
    "quan": ("Trịnh Minh Quân", "quantm@" + VNDOM),
    "hotro": ("Trung tâm CNTT&TT - Hỗ trợ kỹ thuật", "hotro@" + VNDOM),
    "trang": ("Hà Thu Trang", "tranght@" + VNDOM),
    "nam": ("Đinh Văn Nam", "namdv@" + VNDOM),
    "tu": ("Phan Anh Tú", "tupa@" + VNDOM),
    "toanthe": ("Toàn thể CBCCVC Sở", "toanthe@" + VNDOM),
    "lanhdaophong": ("Lãnh đạo các phòng, đơn vị", "lanhdaophong@" + VNDOM),
}

MID = {}  # Message-IDs referred to by replies


def zimbra_common(rng, dt, subject, ip):
    return [("X-Mailer", zimbra_xmailer()),
            ("Thread-Topic", htext(subject, "utf-8", "Q")),
            ("Thread-Index", b64rand(rng, 15).rstrip("=")),
            ("X-Originating-IP", "[%s]" % ip)]


def m01():
    rng = random.Random(1001)
    dt = T(2024, 3, 7, 16, 42, 19, VN)
    subject = "Giấy mời họp giao ban công tác tháng 3/2024"
    to = [P[k] for k in ("duc", "tuan", "thang", "khanh", "truong", "anh", "thinh")]
    cc = [P[k] for k in ("minh", "ha", "binh")]
    body = """Kính gửi: Lãnh đạo các phòng, đơn vị thuộc Sở.

Văn phòng Sở gửi Giấy mời số 18/GM-STTTT ngày 07/3/2024 của Giám đốc Sở về việc họp giao ban công tác tháng 3/2024, cụ thể như sau:

1. Thời gian: 08 giờ 00 phút, thứ Hai, ngày 11/3/2024.
2. Địa điểm: Phòng họp tầng 3, trụ sở Sở Thông tin và Truyền thông.
3. Chủ trì: đồng chí Trần Quang Minh - Giám đốc Sở.
4. Thành phần: các Phó Giám đốc Sở; Chánh Văn phòng; Chánh Thanh tra; Trưởng các phòng chuyên môn; Giám đốc Trung tâm Công nghệ thông tin và Truyền thông.
5. Nội dung:
- Kiểm điểm kết quả thực hiện nhiệm vụ tháng 02/2024; triển khai nhiệm vụ trọng tâm tháng 3/2024.
- Tiến độ thực hiện Kế hoạch chuyển đổi số năm 2024 của UBND tỉnh và các chỉ tiêu của Đề án 06.
- Công tác chuẩn bị Hội nghị sơ kết quý I/2024.

Đề nghị các phòng, đơn vị gửi báo cáo kết quả công tác tháng 02 và dự kiến nhiệm vụ tháng 3 về Văn phòng Sở (hộp thư vanphong@stttt-namdinh.example) trước 16 giờ 00 ngày 08/3/2024 để tổng hợp, báo cáo Giám đốc Sở.

Giấy mời bản có chữ ký số gửi kèm thư này và đã được chuyển trên hệ thống Quản lý văn bản và điều hành. Đề nghị các đồng chí bố trí thời gian tham dự đúng thành phần, đúng giờ.

Trân trọng./.

-- 
Đỗ Thị Hồng Nhung
Văn phòng Sở Thông tin và Truyền thông
ĐT: 0228.3 846 215 - Máy lẻ 102
DĐ: 0912 487 305
"""
    MID["e01"] = mid_zimbra(rng, dt)
    alt = multi("alternative", bnd_zimbra(rng), [
        text(body, cs="utf-8", cte="quoted-printable", quote=False),
        text(zimbra_html(body), sub="html", cs="utf-8", cte="quoted-printable", quote=False)])
    att = attach(pdf(["SO THONG TIN VA TRUYEN THONG", "GIAY MOI so 18/GM-STTTT",
                      "Hop giao ban cong tac thang 3/2024", "08h00 thu Hai, ngay 11/3/2024",
                      "(placeholder - ban ky so)"], "18/GM-STTTT"),
                 "application/pdf", "Giấy mời 18-GM-STTTT giao ban tháng 3.signed.pdf",
                 style="2231", cs="utf-8", mode="Q")
    root = multi("mixed", bnd_zimbra(rng), [alt, att])
    rcpt = to[0][1]
    hdrs = [("Return-Path", "<%s>" % P["vanphong"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, qid_short(rng), rcpt, pdate(later(dt, 3), "+07"))),
            ("Received", vn_local(rng, later(dt, 1), rcpt)),
            ("Date", hdate(dt)),
            ("From", addr(*P["vanphong"], cs="utf-8", mode="Q")),
            ("Reply-To", addr(*P["nhung"], cs="utf-8", mode="Q")),
            ("To", alist(to, "utf-8", "Q")),
            ("Cc", alist(cc, "utf-8", "Q")),
            ("Message-ID", MID["e01"]),
            ("Subject", htext(subject, "utf-8", "Q")),
            ("MIME-Version", "1.0")] + zimbra_common(rng, dt, subject, "10.36.8.47")
    return message(hdrs, root)


def m02():
    rng = random.Random(1002)
    dt = T(2024, 3, 26, 14, 5, 8, VN)
    orig = T(2024, 3, 26, 10, 15, 32, VN)
    subject = "Fwd: V/v báo cáo kết quả thực hiện chuyển đổi số quý I/2024"
    body = """Gửi anh Khánh,

Chị chuyển văn bản của UBND tỉnh về việc báo cáo kết quả chuyển đổi số quý I/2024. Đề nghị Phòng CNTT chủ trì, phối hợp với Trung tâm CNTT&TT tổng hợp số liệu theo phụ lục biểu mẫu, dự thảo báo cáo gửi chị xem trước ngày 01/4 để kịp trình Giám đốc ký, gửi UBND tỉnh trước ngày 05/4.

Lưu ý: các chỉ tiêu về tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ thanh toán trực tuyến lấy số liệu trên Cổng dịch vụ công của tỉnh, chốt đến hết ngày 20/3; số liệu của các huyện em đề nghị Trung tâm xuất từ hệ thống, không lấy theo báo cáo của huyện.

Chị Hà

----- Thư đã chuyển tiếp -----
Từ: "Văn thư UBND tỉnh" <vanthu@ubnd-namdinh.example>
Tới: "Sở Thông tin và Truyền thông" <vanphong@stttt-namdinh.example>
Cc: "Vũ Thị Thu Hà" <havtt@stttt-namdinh.example>
Đã gửi: Thứ Ba, 26 Tháng 3 2024 10:15:32
Chủ đề: V/v báo cáo kết quả thực hiện chuyển đổi số quý I/2024

Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố.

Văn phòng UBND tỉnh gửi Công văn số 1124/UBND-VP3 ngày 25/3/2024 của UBND tỉnh về việc báo cáo kết quả thực hiện chuyển đổi số quý I/2024 và phụ lục biểu mẫu kèm theo.

Đề nghị các cơ quan, đơn vị triển khai thực hiện; báo cáo gửi về UBND tỉnh (qua Sở Thông tin và Truyền thông) bằng văn bản điện tử trên hệ thống Quản lý văn bản và điều hành trước ngày 05/4/2024.

Văn thư - Văn phòng UBND tỉnh
ĐT: 0228.3 842 061
"""
    MID["e02"] = mid_zimbra(rng, dt)
    alt = multi("alternative", bnd_zimbra(rng), [
        text(body, cs="utf-8", cte="quoted-printable", quote=False),
        text(zimbra_html(body), sub="html", cs="utf-8", cte="quoted-printable", quote=False)])
    a1 = attach(pdf(["UY BAN NHAN DAN TINH", "So: 1124/UBND-VP3",
                     "V/v bao cao ket qua thuc hien chuyen doi so quy I/2024",
                     "(placeholder - ban ky so)"], "1124/UBND-VP3"),
                "application/pdf", "1124-UBND-VP3.signed.pdf")
    a2 = attach(docx(["Phụ lục: Biểu mẫu báo cáo kết quả chuyển đổi số quý I/2024",
                      "Biểu 1. Chính quyền số", "Biểu 2. Kinh tế số", "Biểu 3. Xã hội số",
                      "(Tệp mẫu - nội dung giữ chỗ)"], orig),
                DOCX, "Phụ lục biểu mẫu báo cáo CĐS quý I.docx", style="2231", cs="utf-8", mode="Q")
    root = multi("mixed", bnd_zimbra(rng), [alt, a1, a2])
    rcpt = P["khanh"][1]
    hdrs = [("Return-Path", "<%s>" % P["ha"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s;\r\n"
             "\t%s" % (VNDOM, qid_short(rng), pdate(later(dt, 2), "+07"))),
            ("Received", vn_local(rng, later(dt, 1), rcpt)),
            ("Date", hdate(dt)),
            ("From", addr(*P["ha"], cs="utf-8", mode="Q")),
            ("To", addr(*P["khanh"], cs="utf-8", mode="Q")),
            ("Cc", alist([P["thinh"]], "utf-8", "Q")),
            ("Message-ID", MID["e02"]),
            ("Subject", htext(subject, "utf-8", "Q")),
            ("MIME-Version", "1.0")] + zimbra_common(rng, dt, subject, "10.36.8.21")
    return message(hdrs, root)


def m03():
    rng = random.Random(1003)
    dt = T(2024, 4, 5, 17, 10, 4, VN)
    subject = "Lịch công tác tuần 15 (từ ngày 08/4 đến ngày 12/4/2024)"
    rows = [
        ("Thứ Hai<br>08/4", [
            ("08h00", "Giám đốc Sở Trần Quang Minh dự phiên họp thường kỳ tháng 4 của UBND tỉnh", "Phòng họp số 1, UBND tỉnh"),
            ("14h00", "PGĐ Vũ Thị Thu Hà làm việc với VNPT Nam Định về phương án mở rộng Trung tâm dữ liệu của tỉnh. Thành phần: Phòng CNTT, Trung tâm CNTT&amp;TT", "Phòng họp tầng 3")]),
        ("Thứ Ba<br>09/4", [
            ("07h30", "PGĐ Lương Văn Bình kiểm tra công tác bảo đảm chất lượng dịch vụ bưu chính công ích tại huyện Hải Hậu. Thành phần: Phòng BCVT", "Huyện Hải Hậu"),
            ("14h00", "Giám đốc Sở làm việc với Phòng Thông tin - Báo chí - Xuất bản về kế hoạch tuyên truyền chuyển đổi số năm 2024", "Phòng Giám đốc")]),
        ("Thứ Tư<br>10/4", [
            ("Cả ngày", "Thanh tra Sở kiểm tra việc chấp hành quy định về thông tin trên mạng tại một số trang thông tin điện tử tổng hợp (theo Quyết định số 42/QĐ-STTTT)", "Theo lịch của Đoàn")]),
        ("Thứ Năm<br>11/4", [
            ("08h00", "Giao ban Lãnh đạo Sở", "Phòng họp tầng 3"),
            ("14h30", "Giám đốc Sở tiếp và làm việc với đoàn công tác của Cục Chuyển đổi số quốc gia. Thành phần: PGĐ Vũ Thị Thu Hà, Phòng CNTT, Văn phòng", "Phòng họp tầng 3")]),
        ("Thứ Sáu<br>12/4", [
            ("08h00", "PGĐ Vũ Thị Thu Hà dự khai mạc lớp tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng huyện Ý Yên", "Hội trường UBND huyện Ý Yên"),
            ("Chiều", "Lãnh đạo Sở làm việc tại cơ quan", "")]),
    ]
    trs = []
    for day, items in rows:
        for i, (tm, what, where) in enumerate(items):
            first = '<td rowspan="%d" style="border:1px solid #999;padding:4px;text-align:center;font-weight:bold">%s</td>' % (len(items), day) if i == 0 else ""
            trs.append('<tr>%s<td style="border:1px solid #999;padding:4px;white-space:nowrap">%s</td>'
                       '<td style="border:1px solid #999;padding:4px">%s</td>'
                       '<td style="border:1px solid #999;padding:4px">%s</td></tr>' % (first, tm, what, where))
    html = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Lịch công tác tuần</title>
</head>
<body style="font-family:'Times New Roman',serif;font-size:14px;color:#000">
<p style="text-align:center;font-weight:bold;font-size:16px">LỊCH CÔNG TÁC TUẦN 15<br>
<span style="font-weight:normal;font-style:italic">(Từ ngày 08/4/2024 đến ngày 12/4/2024)</span></p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%%">
<tr style="background:#dfe8f5"><th style="border:1px solid #999;padding:4px">Thứ/ngày</th><th style="border:1px solid #999;padding:4px">Thời gian</th><th style="border:1px solid #999;padding:4px">Nội dung công việc</th><th style="border:1px solid #999;padding:4px">Địa điểm</th></tr>
%s
</table>
<p><i>Ghi chú: Lịch công tác có thể thay đổi; các phòng, đơn vị theo dõi cập nhật trên hệ thống Quản lý văn bản và điều hành tại <a href="https://qlvb.%s/lich-cong-tac">https://qlvb.%s/lich-cong-tac</a>. Đề nghị các đơn vị được phân công chuẩn bị nội dung, tài liệu gửi Văn phòng Sở trước 01 ngày.</i></p>
<p>Văn phòng Sở Thông tin và Truyền thông</p>
<p style="color:#777;font-size:12px">Thư được gửi tự động từ hệ thống Quản lý văn bản và điều hành. Vui lòng không trả lời thư này.</p>
</body>
</html>
""" % ("\n".join(trs), VNDOM, VNDOM)
    root = text(html, sub="html", cs="UTF-8", cte="8bit", quote=False)
    rcpt = P["toanthe"][1]
    hdrs = [("Return-Path", "<qlvb@%s>" % VNDOM),
            ("Received", "from qlvb.%s (qlvb.%s [10.36.2.30])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, VNDOM, VNDOM, qid_short(rng), rcpt, pdate(later(dt, 1), "+07"))),
            ("Date", hdate(dt)),
            ("To", addr(*P["toanthe"])),
            ("From", addr("Hệ thống QLVB và Điều hành", "qlvb@" + VNDOM)),
            ("Subject", htext(subject)),
            ("Message-ID", "<%s@qlvb.%s>" % (an(rng, 43), VNDOM)),
            ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m04():
    rng = random.Random(1004)
    dt = T(2024, 3, 8, 15, 20, 44, VN)
    subject = "Re: Giấy mời họp giao ban công tác tháng 3/2024"
    body = """Kính gửi Văn phòng Sở,

Phòng Bưu chính, Viễn thông gửi báo cáo kết quả công tác tháng 02/2024 và nhiệm vụ trọng tâm tháng 3/2024 (file đính kèm).

Một số nội dung chính:
- Hoàn thành kiểm tra 14 điểm Bưu điện - Văn hóa xã tại các huyện Giao Thủy, Nghĩa Hưng; không phát hiện vi phạm.
- Phối hợp các doanh nghiệp viễn thông rà soát, chuẩn hóa thông tin thuê bao di động; các doanh nghiệp đã tạm dừng 2.318 thuê bao có thông tin không chính xác.
- Hạ tầng: trong tháng các doanh nghiệp lắp mới 37 trạm BTS 4G; 100% thôn, xóm, tổ dân phố đã có sóng 4G.
- Tháng 3 tập trung thẩm định phương án dùng chung hạ tầng kỹ thuật viễn thông thụ động tại các khu đô thị mới.

Số liệu chi tiết theo phụ lục trong file. Nếu cần bổ sung, Văn phòng liên hệ em Thảo (0915 262 148) giúp anh.

Trân trọng,
-- 
Ngô Đức Thắng
Trưởng phòng Bưu chính, Viễn thông
Sở Thông tin và Truyền thông
ĐT: 0228.3 846 387 | DĐ: 0983 551 624

Vào lúc 16:42, 07/03/2024, Văn phòng Sở đã viết:
> Kính gửi: Lãnh đạo các phòng, đơn vị thuộc Sở.
>
> Văn phòng Sở gửi Giấy mời số 18/GM-STTTT ngày 07/3/2024 của Giám đốc
> Sở về việc họp giao ban công tác tháng 3/2024, cụ thể như sau:
>
> 1. Thời gian: 08 giờ 00 phút, thứ Hai, ngày 11/3/2024.
> 2. Địa điểm: Phòng họp tầng 3, trụ sở Sở Thông tin và Truyền thông.
[...]
> Đề nghị các phòng, đơn vị gửi báo cáo kết quả công tác tháng 02 và dự
> kiến nhiệm vụ tháng 3 về Văn phòng Sở (hộp thư
> vanphong@stttt-namdinh.example) trước 16 giờ 00 ngày 08/3/2024 để tổng
> hợp, báo cáo Giám đốc Sở.
>
> Trân trọng./.
"""
    mid = mid_tb(rng, VNDOM)
    tp = text(body, cs="UTF-8", cte="8bit", extra_params="; format=flowed", quote=False)
    att = attach(docx(["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "PHÒNG BƯU CHÍNH, VIỄN THÔNG",
                       "BÁO CÁO kết quả công tác tháng 02/2024 và nhiệm vụ trọng tâm tháng 3/2024",
                       "(Tệp giữ chỗ)"], dt),
                 DOCX, "BC tháng 02-2024 P.BCVT.docx", style="2231")
    root = multi("mixed", bnd_tb(rng), [tp, att], preamble="This is a multi-part message in MIME format.")
    rcpt = P["vanphong"][1]
    hdrs = [("Return-Path", "<%s>" % P["thang"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, qid_short(rng), rcpt, pdate(later(dt, 2), "+07"))),
            ("Received", "from [10.36.8.63] (unknown [10.36.8.63])\r\n\tby mail.%s (Postfix) with ESMTPSA id %s;\r\n"
             "\t%s" % (VNDOM, qid_short(rng), pdate(later(dt, 1), "+07"))),
            ("Message-ID", mid),
            ("Date", hdate(dt)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Subject", htext(subject)),
            ("To", addr(*P["vanphong"])),
            ("Cc", addr(*P["nhung"])),
            ("References", MID["e01"]),
            ("Content-Language", "vi"),
            ("From", addr(*P["thang"])),
            ("In-Reply-To", MID["e01"])]
    return message(hdrs, root)


def m05():
    rng = random.Random(1005)
    dt = T(2024, 6, 17, 6, 58, 31, VN)
    orig_mid = mid_zimbra(rng, T(2024, 6, 16, 17, 48, 2, VN))
    subject = "Re: Dự thảo Quy chế bảo đảm ATTT mạng (bản sửa theo ý kiến Thanh tra)"
    body = """Em đã nhận, cảm ơn anh.

Được gửi từ iPhone của tôi

> Vào lúc 17:48, 16 thg 6, 2024, Bùi Quốc Khánh <khanhbq@stttt-namdinh.example> đã viết:
>
> Trang ơi, anh gửi em bản Quy chế bảo đảm an toàn thông tin mạng đã sửa theo ý kiến của Thanh tra Sở. Em rà soát lại lỗi chính tả, căn lề theo Nghị định 30 rồi in 15 bản cho cuộc họp chiều thứ Tư nhé.
>
> Anh Khánh
"""
    root = text(body, cs="utf-8", cte="quoted-printable", quote=False)
    rcpt = P["khanh"][1]
    hdrs = [("Return-Path", "<%s>" % P["trang"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, qid_short(rng), rcpt, pdate(later(dt, 3), "+07"))),
            ("Received", "from smtpclient.apple (unknown [198.51.100.57])\r\n\tby mail.%s (Postfix) with ESMTPSA id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, qid_short(rng), rcpt, pdate(later(dt, 2), "+07"))),
            ("Content-Type", None),
            ("From", addr(*P["trang"])),
            ("Mime-Version", "1.0 (1.0)"),
            ("Subject", htext(subject)),
            ("Date", hdate(dt)),
            ("Message-Id", mid_apple(rng, VNDOM)),
            ("References", orig_mid),
            ("In-Reply-To", orig_mid),
            ("To", addr(*P["khanh"])),
            ("X-Mailer", "iPhone Mail (21F90)")]
    hdrs = [h for h in hdrs if h[1] is not None]
    # iPhone writes "Mime-Version"; keep a single MIME-Version header
    lines = ["%s: %s" % h for h in hdrs] + root.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m06():
    rng = random.Random(1006)
    dt = T(2024, 7, 15, 9, 30, 12, VN)
    subject = "[Thông báo] Tạm dừng hệ thống thư điện tử để bảo trì từ 20h00 ngày 19/7 đến 06h00 ngày 21/7/2024"
    body = """Kính gửi: Toàn thể cán bộ, công chức, viên chức và người lao động của Sở.

Để nâng cấp phiên bản phần mềm máy chủ thư điện tử, thay thế thiết bị lưu trữ và cập nhật các bản vá bảo mật, Trung tâm Công nghệ thông tin và Truyền thông thông báo kế hoạch bảo trì hệ thống thư điện tử như sau:

1. Thời gian: từ 20h00 thứ Sáu, ngày 19/7/2024 đến 06h00 Chủ nhật, ngày 21/7/2024.

2. Phạm vi ảnh hưởng:
- Không truy cập được webmail (https://mail.stttt-namdinh.example) và không gửi, nhận thư qua Outlook, Thunderbird hoặc ứng dụng thư trên điện thoại.
- Thư từ bên ngoài gửi đến trong thời gian bảo trì được máy chủ trung gian lưu tạm và tự động chuyển vào hộp thư khi hệ thống hoạt động trở lại, không bị thất lạc.
- Hệ thống Quản lý văn bản và điều hành, Cổng thông tin điện tử của Sở vẫn hoạt động bình thường.

3. Đề nghị các đồng chí:
- Chủ động gửi các văn bản, tài liệu cần thiết trước 17h00 ngày 19/7/2024.
- Sau khi nâng cấp, nếu ứng dụng thư trên điện thoại báo lỗi chứng chỉ hoặc đề nghị nhập lại mật khẩu, chỉ cần nhập lại mật khẩu hiện tại, không phải đổi mật khẩu.

Lưu ý: Trung tâm KHÔNG gửi đường link yêu cầu "xác thực", "nâng cấp" hay "kích hoạt lại" hộp thư. Nếu nhận được thư như vậy, kể cả thư mang tên Trung tâm, đề nghị không bấm vào link và chuyển tiếp cho hotro@stttt-namdinh.example.

Mọi vướng mắc xin liên hệ đồng chí Trịnh Minh Quân, ĐT 0228.3 846 299 (máy lẻ 215), DĐ 0976 318 540.

Trân trọng./.

Trung tâm Công nghệ thông tin và Truyền thông
Sở Thông tin và Truyền thông
"""
    root = text(body, cs="utf-8", cte="quoted-printable", quote=False)
    rcpt = P["toanthe"][1]
    hdrs = [("Return-Path", "<%s>" % P["hotro"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s;\r\n"
             "\t%s" % (VNDOM, qid_short(rng), pdate(later(dt, 4), "+07"))),
            ("Received", vn_local(rng, later(dt, 1), rcpt)),
            ("Date", hdate(dt)),
            ("From", addr(*P["hotro"], cs="utf-8", mode="Q")),
            ("To", addr(*P["toanthe"], cs="utf-8", mode="Q")),
            ("Message-ID", mid_zimbra(rng, dt)),
            ("Subject", htext(subject, "utf-8", "Q")),
            ("MIME-Version", "1.0"),
            ("X-Priority", "2"),
            ("Importance", "High")] + zimbra_common(rng, dt, subject, "10.36.1.41")
    return message(hdrs, root)


def m07():
    rng = random.Random(1007)
    dt = T(2024, 9, 23, 7, 0, 2, VN)
    subject = "Mật khẩu hộp thư tranght@stttt-namdinh.example sẽ hết hạn sau 7 ngày"
    plain = """Chào Hà Thu Trang,

Mật khẩu tài khoản thư điện tử tranght@stttt-namdinh.example sẽ hết hạn vào ngày 30/09/2024 theo chính sách đổi mật khẩu định kỳ 90 ngày của Sở.

Anh/chị có thể đổi mật khẩu bằng một trong hai cách:
- Đăng nhập webmail https://mail.stttt-namdinh.example, chọn Tùy chọn > Tài khoản > Đổi mật khẩu;
- Hoặc truy cập trang quản lý tài khoản https://taikhoan.stttt-namdinh.example (chỉ truy cập được từ mạng nội bộ của Sở hoặc khi đã kết nối VPN).

Yêu cầu mật khẩu mới: tối thiểu 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt; không trùng với 5 mật khẩu gần nhất. Sau khi đổi, cập nhật mật khẩu mới trên ứng dụng thư của điện thoại (nếu có).

Nếu không đổi trước ngày hết hạn, lần đăng nhập tiếp theo hệ thống sẽ yêu cầu đổi mật khẩu ngay tại trang webmail; tài khoản không bị khóa.

Trung tâm CNTT&TT không bao giờ đề nghị anh/chị gửi mật khẩu qua thư điện tử, điện thoại hay Zalo.

Thư này được gửi tự động, vui lòng không trả lời. Cần hỗ trợ, xin gọi máy lẻ 215 hoặc gửi thư tới hotro@stttt-namdinh.example.

Trung tâm Công nghệ thông tin và Truyền thông
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#1f4e79;color:#fff;padding:12px 16px;font-size:16px"><b>Sở Thông tin và Truyền thông</b> &middot; Hệ thống thư điện tử</td></tr>
<tr><td style="padding:16px">
<p>Chào <b>Hà Thu Trang</b>,</p>
<p>Mật khẩu tài khoản thư điện tử <b>tranght@%(d)s</b> sẽ hết hạn vào ngày <b>30/09/2024</b> theo chính sách đổi mật khẩu định kỳ 90 ngày của Sở.</p>
<p>Anh/chị có thể đổi mật khẩu bằng một trong hai cách:</p>
<ul>
<li>Đăng nhập webmail <a href="https://mail.%(d)s">https://mail.%(d)s</a>, chọn <i>Tùy chọn &gt; Tài khoản &gt; Đổi mật khẩu</i>;</li>
<li>Hoặc truy cập trang quản lý tài khoản <a href="https://taikhoan.%(d)s">https://taikhoan.%(d)s</a> (chỉ truy cập được từ mạng nội bộ của Sở hoặc khi đã kết nối VPN).</li>
</ul>
<p>Yêu cầu mật khẩu mới: tối thiểu 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt; không trùng với 5 mật khẩu gần nhất. Sau khi đổi, cập nhật mật khẩu mới trên ứng dụng thư của điện thoại (nếu có).</p>
<p>Nếu không đổi trước ngày hết hạn, lần đăng nhập tiếp theo hệ thống sẽ yêu cầu đổi mật khẩu ngay tại trang webmail; tài khoản không bị khóa.</p>
<p style="background:#fff8e1;padding:8px;border-left:3px solid #f0ad4e">Trung tâm CNTT&amp;TT không bao giờ đề nghị anh/chị gửi mật khẩu qua thư điện tử, điện thoại hay Zalo.</p>
<p style="color:#666;font-size:12px">Thư này được gửi tự động, vui lòng không trả lời. Cần hỗ trợ, xin gọi máy lẻ 215 hoặc gửi thư tới <a href="mailto:hotro@%(d)s">hotro@%(d)s</a>.<br>Trung tâm Công nghệ thông tin và Truyền thông</p>
</td></tr></table>
</body></html>
""" % {"d": VNDOM}
    b = bnd_plain(rng, "=_pwexp_")
    root = multi("alternative", b, [text(plain, cte="base64"), text(html, sub="html", cte="base64")])
    rcpt = P["trang"][1]
    hdrs = [("Return-Path", "<noreply@%s>" % VNDOM),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, qid_short(rng), rcpt, pdate(later(dt, 1), "+07"))),
            ("Date", hdate(dt)),
            ("From", addr("Hệ thống thư điện tử Sở TT&TT", "noreply@" + VNDOM)),
            ("To", addr(*P["trang"])),
            ("Subject", htext(subject)),
            ("Message-ID", "<pwexpiry.%04d%02d%02d.%s@mail.%s>" % (dt.year, dt.month, dt.day, hx(rng, 12), VNDOM)),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m08():
    rng = random.Random(1008)
    dt = T(2024, 10, 14, 14, 25, 37, VN)
    subject = "Hướng dẫn cài đặt VPN và đăng ký xác thực hai lớp (2FA) khi làm việc từ xa"
    body = """Kính gửi các anh, chị Lãnh đạo phòng, đơn vị,

Thực hiện Quy chế bảo đảm an toàn thông tin mạng của Sở, từ ngày 01/11/2024 việc truy cập từ xa (ngoài mạng LAN của cơ quan) vào hệ thống Quản lý văn bản và điều hành, file server và webmail bắt buộc phải qua VPN và xác thực hai lớp (2FA).

Các bước thực hiện (chi tiết có hình minh họa trong file PDF đính kèm):

1. Cài ứng dụng FortiClient VPN trên máy tính. Bộ cài có sẵn tại https://files.stttt-namdinh.example/phanmem (chỉ mở được trong mạng nội bộ).
2. Cài ứng dụng xác thực trên điện thoại: Microsoft Authenticator hoặc Google Authenticator (tải từ App Store / Google Play).
3. Khi đang ở cơ quan, đăng nhập https://taikhoan.stttt-namdinh.example bằng tài khoản thư điện tử, vào mục "Bảo mật" > "Xác thực hai lớp", quét mã QR bằng ứng dụng ở bước 2 và nhập mã OTP 6 số để xác nhận.
4. Cấu hình VPN: Remote Gateway vpn.stttt-namdinh.example, port 443; đăng nhập bằng tài khoản thư điện tử, sau đó nhập mã OTP hiển thị trên ứng dụng.

Đề nghị các anh, chị hoàn thành đăng ký trước ngày 31/10/2024 và phổ biến cho cán bộ trong phòng. Trung tâm bố trí hỗ trợ trực tiếp tại phòng 205 (tầng 2) vào các buổi chiều thứ Ba, thứ Năm đến hết tháng 10. Máy tính xách tay cá nhân dùng để làm việc từ xa cần cài phần mềm diệt virus và cập nhật Windows đầy đủ.

Lưu ý: mã QR và mã OTP chỉ dùng cho bản thân, không chụp gửi qua Zalo hay thư điện tử; cán bộ Trung tâm sẽ không bao giờ hỏi mã OTP của anh, chị.

Trân trọng,
-- 
Trịnh Minh Quân
Trung tâm CNTT&TT - Sở Thông tin và Truyền thông
Máy lẻ 215 | DĐ: 0976 318 540
"""
    alt = multi("alternative", bnd_zimbra(rng), [
        text(body, cs="utf-8", cte="quoted-printable", quote=False),
        text(zimbra_html(body, "arial, helvetica, sans-serif"), sub="html", cs="utf-8",
             cte="quoted-printable", quote=False)])
    att = attach(pdf(["HUONG DAN CAI DAT VPN VA DANG KY XAC THUC HAI LOP (2FA)",
                      "Phien ban 1.2 - 10/2024", "Buoc 1. Cai FortiClient VPN",
                      "Buoc 2. Cai ung dung xac thuc", "Buoc 3. Dang ky 2FA tai taikhoan",
                      "Buoc 4. Ket noi VPN", "(placeholder)"], "HD VPN 2FA"),
                 "application/pdf", "HD_VPN_2FA_v1.2.pdf")
    root = multi("mixed", bnd_zimbra(rng), [alt, att])
    rcpt = P["lanhdaophong"][1]
    hdrs = [("Return-Path", "<%s>" % P["quan"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s;\r\n"
             "\t%s" % (VNDOM, qid_short(rng), pdate(later(dt, 2), "+07"))),
            ("Received", vn_local(rng, later(dt, 1), rcpt)),
            ("Date", hdate(dt)),
            ("From", addr(*P["quan"], cs="utf-8", mode="Q")),
            ("To", addr(*P["lanhdaophong"], cs="utf-8", mode="Q")),
            ("Cc", alist([P["thinh"], P["khanh"]], "utf-8", "Q")),
            ("Message-ID", mid_zimbra(rng, dt)),
            ("Subject", htext(subject, "utf-8", "Q")),
            ("MIME-Version", "1.0")] + zimbra_common(rng, dt, subject, "10.36.1.41")
    return message(hdrs, root)


def m09():
    rng = random.Random(1009)
    dt = T(2025, 1, 13, 8, 15, 40, VN)
    subject = "[Cảnh báo ATTT] Thư giả mạo thông báo hết hạn mật khẩu, hóa đơn điện tử dịp cuối năm"
    body = """Kính gửi: Toàn thể cán bộ, công chức, viên chức và người lao động.

Thời gian gần đây, hệ thống lọc thư của Sở ghi nhận nhiều thư điện tử giả mạo gửi đến hộp thư của cán bộ, tập trung vào dịp cuối năm và trước Tết Nguyên đán. Các dạng thường gặp:

1. Giả mạo thông báo của bộ phận quản trị: "hộp thư sắp đầy", "mật khẩu hết hạn hôm nay", kèm nút "Giữ mật khẩu hiện tại" dẫn đến trang đăng nhập giả.
2. Giả mạo hóa đơn điện tử, thông báo của cơ quan thuế, bảo hiểm xã hội, kèm tệp nén .zip/.rar hoặc tệp .html, .exe đổi tên thành .pdf.
3. Giả mạo ngân hàng, đơn vị vận chuyển báo "đơn hàng bị giữ", "giao dịch bất thường", yêu cầu nhập số thẻ, mã OTP.
4. Giả mạo lãnh đạo nhờ mua thẻ cào, chuyển tiền gấp hoặc đề nghị chuyển sang trao đổi qua Zalo.

Cách nhận biết và xử lý:
- Kiểm tra kỹ địa chỉ người gửi: thư của Sở chỉ gửi từ tên miền @stttt-namdinh.example; trang đổi mật khẩu duy nhất là https://taikhoan.stttt-namdinh.example.
- Thông báo hết hạn mật khẩu thật được gửi trước 7 ngày, không yêu cầu làm "ngay trong 24 giờ" và không đòi nhập mật khẩu trên trang lạ.
- Không mở tệp đính kèm không mong đợi; không cung cấp mã OTP cho bất kỳ ai.
- Khi nghi ngờ, chuyển tiếp thư (dạng tệp đính kèm) tới hotro@stttt-namdinh.example hoặc gọi máy lẻ 215.
- Nếu đã lỡ nhập mật khẩu, đổi mật khẩu ngay và báo Trung tâm để kiểm tra nhật ký đăng nhập.

Tài liệu "Cẩm nang nhận diện thư điện tử lừa đảo" được đăng tại mục Tin nội bộ trên trang https://intranet.stttt-namdinh.example.

Trân trọng./.

Trung tâm Công nghệ thông tin và Truyền thông
"""
    alt = multi("alternative", bnd_zimbra(rng), [
        text(body, cs="utf-8", cte="quoted-printable", quote=False),
        text(zimbra_html(body, "arial, helvetica, sans-serif"), sub="html", cs="utf-8",
             cte="quoted-printable", quote=False)])
    rcpt = P["toanthe"][1]
    hdrs = [("Return-Path", "<%s>" % P["hotro"][1]),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (VNDOM, qid_short(rng), rcpt, pdate(later(dt, 3), "+07"))),
            ("Received", vn_local(rng, later(dt, 1), rcpt)),
            ("Date", hdate(dt)),
            ("From", addr(*P["hotro"], cs="utf-8", mode="Q")),
            ("To", addr(*P["toanthe"], cs="utf-8", mode="Q")),
            ("Message-ID", mid_zimbra(rng, dt)),
            ("Subject", htext(subject, "utf-8", "Q")),
            ("MIME-Version", "1.0")] + zimbra_common(rng, dt, subject, "10.36.1.41")
    return message(hdrs, alt)


def m10():
    rng = random.Random(1010)
    dt = T(2025, 4, 21, 10, 3, 51, VN)
    subject = "Biên lai chuyển tiền qua tài khoản"
    ref = dg(rng, 10)
    rows = [("Ngày, giờ giao dịch<br><i>Trans. Date, Time</i>", "Monday 21/04/2025 10:03:47"),
            ("Số lệnh giao dịch<br><i>Order Number</i>", ref),
            ("Tài khoản nguồn<br><i>Debit Account</i>", "0491xxxx2837"),
            ("Tên người chuyển<br><i>Remitter's name</i>", "LE THI MAI"),
            ("Tài khoản người hưởng<br><i>Credit Account</i>", "1903xxxxxx6011"),
            ("Tên người hưởng<br><i>Beneficiary Name</i>", "NGUYEN PHUONG THAO"),
            ("Tên ngân hàng hưởng<br><i>Beneficiary Bank Name</i>", "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank)"),
            ("Số tiền<br><i>Amount</i>", "850,000 VND"),
            ("Số tiền bằng chữ<br><i>Amount in words</i>", "Tám trăm năm mươi nghìn đồng"),
            ("Phí giao dịch<br><i>Charge Amount</i>", "0 VND"),
            ("Nội dung chuyển tiền<br><i>Details of Payment</i>", "LE THI MAI chuyen tien mung cuoi em Thao")]
    trs = "\n".join('<tr><td style="padding:6px 8px;border-bottom:1px solid #e5e5e5;width:45%%;color:#555">%s</td>'
                    '<td style="padding:6px 8px;border-bottom:1px solid #e5e5e5;font-weight:bold">%s</td></tr>' % r
                    for r in rows)
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Vietcombank</title></head>
<body style="margin:0;padding:0;background:#f3f3f3">
<table align="center" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:13px">
<tr><td style="background:#006b3f;padding:14px 20px;color:#ffffff;font-size:18px;font-weight:bold">Vietcombank</td></tr>
<tr><td style="padding:20px">
<p>Kính gửi Quý khách hàng: <b>LE THI MAI</b><br><i>Dear Customer</i></p>
<p>Vietcombank trân trọng thông báo lệnh chuyển tiền của Quý khách đã được thực hiện thành công với thông tin như sau:<br>
<i>Vietcombank would like to inform you that your transfer order has been successfully processed as follows:</i></p>
<table width="100%%" cellpadding="0" cellspacing="0">
%s
</table>
<p>Cảm ơn Quý khách đã sử dụng dịch vụ VCB Digibank của Vietcombank.<br><i>Thank you for banking with Vietcombank.</i></p>
<p style="font-size:12px;color:#555">Đây là thư được gửi tự động, Quý khách vui lòng không trả lời thư này. Mọi thắc mắc xin liên hệ Trung tâm Hỗ trợ khách hàng 24/7: <b>1900 54 54 13</b>.<br>
Vietcombank KHÔNG BAO GIỜ yêu cầu Quý khách cung cấp tên đăng nhập, mật khẩu, mã OTP qua thư điện tử, tin nhắn hay điện thoại.</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:10px 20px;font-size:11px;color:#777">&copy; Ngân hàng TMCP Ngoại thương Việt Nam &middot; <a href="https://www.vietcombank.com.vn" style="color:#006b3f">www.vietcombank.com.vn</a></td></tr>
</table>
</body>
</html>
""" % trs
    root = text(html, sub="html", cs="UTF-8", cte="base64", quote=False)
    rcpt = P["mai"][1]
    sender = "VCBDigibank@info.vietcombank.com.vn"
    d = "info.vietcombank.com.vn"
    hdrs = [("Return-Path", "<%s>" % sender),
            ("Received", vn_mx_to_store(rng, later(dt, 5), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d=d, s="vcbmail", mailfrom=d, hfrom=d,
                                          spf_ip="203.0.113.41", dmarc="p=quarantine dis=none")),
            ("Received", vn_mx(rng, later(dt, 4), "mailout2.info.vietcombank.com.vn",
                               "mailout2.info.vietcombank.com.vn", "203.0.113.41", rcpt)),
            ("Received", "from vcbdigi-notify07 (unknown [10.10.32.57])\r\n\tby mailout2.info.vietcombank.com.vn "
             "(Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (qid_short(rng), rcpt, pdate(later(dt, 2)))),
            ("DKIM-Signature", dkim(rng, d, "vcbmail", later(dt, 2))),
            ("Date", hdate(dt)),
            ("From", addr("Vietcombank", sender)),
            ("To", rcpt),
            ("Message-ID", "<%s.%s.JavaMail.vcbdigi@vcbdigi-notify07>" % (dg(rng, 9), epoch_ms(dt) + 211)),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m11():
    rng = random.Random(1011)
    dt = T(2026, 1, 19, 11, 47, 9, VN)
    subject = "BIDV thông báo biến động số dư tài khoản"
    plain = """Kính gửi Quý khách HOANG VAN TUAN,

BIDV trân trọng thông báo tài khoản của Quý khách vừa phát sinh giao dịch như sau:

Tài khoản: 4831xxxx7729
Thời gian giao dịch: 19/01/2026 11:46:52
Số tiền giao dịch: +12,450,000 VND
Số dư cuối: 38,716,204 VND
Nội dung: KBNN NAM DINH TT CONG TAC PHI VA PHU CAP T12.2025 HOANG VAN TUAN

Quý khách có thể tra cứu chi tiết giao dịch trên ứng dụng BIDV SmartBanking hoặc tại quầy giao dịch của BIDV.

Lưu ý: BIDV không yêu cầu khách hàng cung cấp tên đăng nhập, mật khẩu, mã OTP dưới bất kỳ hình thức nào. Quý khách không truy cập các đường link lạ và không cài đặt ứng dụng ngoài App Store/Google Play.

Trân trọng,
Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)
Trung tâm Chăm sóc khách hàng 24/7: 1900 9247
Website: https://bidv.com.vn

Đây là thư tự động, vui lòng không trả lời.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<div style="max-width:600px;margin:0 auto;border:1px solid #dcdcdc">
<div style="background:#00665e;padding:12px 18px;color:#fff;font-size:17px;font-weight:bold">BIDV</div>
<div style="padding:18px">
<p>Kính gửi Quý khách <b>HOANG VAN TUAN</b>,</p>
<p>BIDV trân trọng thông báo tài khoản của Quý khách vừa phát sinh giao dịch như sau:</p>
<table cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td style="color:#666">Tài khoản</td><td><b>4831xxxx7729</b></td></tr>
<tr><td style="color:#666">Thời gian giao dịch</td><td>19/01/2026 11:46:52</td></tr>
<tr><td style="color:#666">Số tiền giao dịch</td><td style="color:#0a7d32"><b>+12,450,000 VND</b></td></tr>
<tr><td style="color:#666">Số dư cuối</td><td>38,716,204 VND</td></tr>
<tr><td style="color:#666">Nội dung</td><td>KBNN NAM DINH TT CONG TAC PHI VA PHU CAP T12.2025 HOANG VAN TUAN</td></tr>
</table>
<p>Quý khách có thể tra cứu chi tiết giao dịch trên ứng dụng BIDV SmartBanking hoặc tại quầy giao dịch của BIDV.</p>
<p style="font-size:12px;color:#a33">Lưu ý: BIDV không yêu cầu khách hàng cung cấp tên đăng nhập, mật khẩu, mã OTP dưới bất kỳ hình thức nào. Quý khách không truy cập các đường link lạ và không cài đặt ứng dụng ngoài App Store/Google Play.</p>
<p>Trân trọng,<br>Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)<br>
Trung tâm Chăm sóc khách hàng 24/7: <b>1900 9247</b><br>
Website: <a href="https://bidv.com.vn">https://bidv.com.vn</a></p>
<p style="font-size:11px;color:#999">Đây là thư tự động, vui lòng không trả lời.</p>
</div></div>
</body></html>
"""
    root = multi("alternative", bnd_java(rng, dt), [
        text(plain, cs="UTF-8", cte="quoted-printable"),
        text(html, sub="html", cs="UTF-8", cte="quoted-printable")])
    rcpt = P["tuan"][1]
    sender = "thongbaobiendong@bidv.com.vn"
    hdrs = [("Return-Path", "<bounce@bidv.com.vn>"),
            ("Received", vn_mx_to_store(rng, later(dt, 6), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="bidv.com.vn", s="s2048", mailfrom="bidv.com.vn",
                                          hfrom="bidv.com.vn", spf_ip="198.51.100.114")),
            ("Received", vn_mx(rng, later(dt, 5), "mta02.bidv.com.vn", "mta02.bidv.com.vn", "198.51.100.114", rcpt)),
            ("Received", "from notify-app03 ([10.20.44.13])\r\n\tby mta02.bidv.com.vn with ESMTP id %s\r\n\tfor <%s>; %s"
             % (hx(rng, 16), rcpt, hdate(later(dt, 3)))),
            ("DKIM-Signature", dkim(rng, "bidv.com.vn", "s2048", later(dt, 3),
                                    h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type")),
            ("Date", hdate(dt)),
            ("From", addr("BIDV", sender)),
            ("To", rcpt),
            ("Message-ID", "<%d.%d.%d.JavaMail.notify@notify-app03>" % (
                rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 4, 10 ** 5), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m12():
    rng = random.Random(1012)
    dt = T(2024, 11, 18, 15, 22, 10, VN)
    seller = "CÔNG TY TNHH THIẾT BỊ VĂN PHÒNG MINH KHANG"
    subject = "Thông báo phát hành hóa đơn điện tử số 00000312 - " + seller
    code = an(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    mccqt = "00" + hx(rng, 32, upper=True)
    items = [("Hộp mực in HP 107A (W1107A)", "Hộp", 6, 850000),
             ("Giấy A4 Double A 70gsm", "Ram", 20, 78000),
             ("Ghim bấm số 10 Plus", "Hộp", 30, 4500)]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Kính gửi: <b>SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NAM ĐỊNH</b><br>
Mã số thuế: 0600338217</p>
<p>%(seller)s xin trân trọng gửi tới Quý khách hóa đơn điện tử với các thông tin như sau:</p>
<ul>
<li>Mẫu số - Ký hiệu: <b>1C24TMK</b></li>
<li>Số hóa đơn: <b>00000312</b></li>
<li>Ngày hóa đơn: 18/11/2024</li>
<li>Tổng tiền thanh toán: <b>7.338.600 VNĐ</b></li>
<li>Mã của cơ quan thuế: %(mccqt)s</li>
</ul>
<p>Quý khách có thể tra cứu, tải hóa đơn tại địa chỉ: <a href="https://0601234567-tt78.vnpt-invoice.com.vn">https://0601234567-tt78.vnpt-invoice.com.vn</a> với mã tra cứu: <b>%(code)s</b></p>
<p>Hóa đơn dạng XML (có chữ ký số) và bản thể hiện PDF được đính kèm thư này.</p>
<p>Trân trọng cảm ơn Quý khách!</p>
<hr>
<p style="font-size:11px;color:#777">Thư được gửi từ hệ thống hóa đơn điện tử VNPT-Invoice. Vui lòng không trả lời thư này; mọi thắc mắc về hóa đơn xin liên hệ %(seller)s - ĐT: 0228.3 868 424 - Email: ketoan@minhkhang-office.example</p>
</body></html>
""" % {"seller": seller, "mccqt": mccqt, "code": code}
    lines = []
    for i, (n, u, q, p) in enumerate(items, 1):
        lines.append("<HHDVu><TChat>1</TChat><STT>%d</STT><THHDVu>%s</THHDVu><DVTinh>%s</DVTinh>"
                     "<SLuong>%d</SLuong><DGia>%d</DGia><ThTien>%d</ThTien><TSuat>8%%</TSuat></HHDVu>"
                     % (i, _x(n), _x(u), q, p, q * p))
    xml = ("""<?xml version="1.0" encoding="UTF-8"?>
<HDon><DLHDon Id="data"><TTChung><PBan>2.1.0</PBan><THDon>HÓA ĐƠN GIÁ TRỊ GIA TĂNG</THDon><KHMSHDon>1</KHMSHDon><KHHDon>C24TMK</KHHDon><SHDon>312</SHDon><NLap>2024-11-18</NLap><DVTTe>VND</DVTTe><TGia>1</TGia><HTTToan>TM/CK</HTTToan></TTChung>
<NDHDon><NBan><Ten>%s</Ten><MST>0601234567</MST><DChi>Số 58 đường Giải Phóng (giữ chỗ)</DChi></NBan>
<NMua><Ten>SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NAM ĐỊNH</Ten><MST>0600338217</MST></NMua>
<DSHHDVu>%s</DSHHDVu>
<TToan><TgTCThue>6795000</TgTCThue><TgTThue>543600</TgTThue><TgTTTBSo>7338600</TgTTTBSo><TgTTTBChu>Bảy triệu ba trăm ba mươi tám nghìn sáu trăm đồng</TgTTTBChu></TToan></NDHDon></DLHDon>
<MCCQT>%s</MCCQT><DSCKS><NBan><!-- chữ ký số người bán (giữ chỗ) --></NBan><CCKSKhac/></DSCKS></HDon>
""" % (_x(seller), "".join(lines), mccqt))
    root = multi("mixed", bnd_java(rng, dt), [
        text(html, sub="html", cs="utf-8", cte="base64"),
        attach(crlf(xml).encode("utf-8"), 'text/xml; charset="utf-8"', "0601234567_1C24TMK_00000312.xml"),
        attach(pdf(["HOA DON GIA TRI GIA TANG", "Ky hieu: 1C24TMK  So: 00000312", "Ngay 18/11/2024",
                    "Ban the hien cua hoa don dien tu (placeholder)",
                    "Tong tien thanh toan: 7.338.600"], "1C24TMK 00000312"),
               "application/pdf", "0601234567_1C24TMK_00000312.pdf")])
    rcpt = P["mai"][1]
    sender = "hoadondientu@vnpt-invoice.com.vn"
    hdrs = [("Return-Path", "<%s>" % sender),
            ("Received", vn_mx_to_store(rng, later(dt, 9), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="vnpt-invoice.com.vn", s="default",
                                          mailfrom="vnpt-invoice.com.vn", hfrom="vnpt-invoice.com.vn",
                                          spf_ip="203.0.113.168")),
            ("Received", vn_mx(rng, later(dt, 8), "smtp3.vnpt-invoice.com.vn", "smtp3.vnpt-invoice.com.vn",
                               "203.0.113.168", rcpt)),
            ("Received", "from invoice-worker-12 (unknown [172.16.20.12])\r\n\tby smtp3.vnpt-invoice.com.vn "
             "(Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (qid_short(rng), rcpt, pdate(later(dt, 6)))),
            ("DKIM-Signature", dkim(rng, "vnpt-invoice.com.vn", "default", later(dt, 6))),
            ("Date", hdate(dt)),
            ("From", addr(seller, sender)),
            ("Reply-To", "ketoan@minhkhang-office.example"),
            ("To", rcpt),
            ("Message-ID", "<%s@vnpt-invoice.com.vn>" % uuid(rng)),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m13():
    rng = random.Random(1013)
    dt = T(2024, 7, 22, 9, 41, 15, VN)
    subject = "Thông báo tiếp nhận hồ sơ khai thuế điện tử"
    body = """TỔNG CỤC THUẾ
CỤC THUẾ TỈNH NAM ĐỊNH

THÔNG BÁO
Về việc tiếp nhận hồ sơ khai thuế điện tử

Kính gửi: SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NAM ĐỊNH
Mã số thuế: 0600338217

Căn cứ hồ sơ khai thuế điện tử do người nộp thuế gửi đến cơ quan thuế lúc 09 giờ 40 phút 57 giây ngày 22/07/2024, cơ quan thuế thông báo đã tiếp nhận hồ sơ với thông tin như sau:

- Tên hồ sơ: 05/KK-TNCN - Tờ khai khấu trừ thuế thu nhập cá nhân (dành cho tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công) (TT80/2021)
- Kỳ tính thuế: Quý 2 năm 2024
- Loại tờ khai: Chính thức
- Mã giao dịch điện tử: 11020240005839117
- Cơ quan thuế quản lý: Cục Thuế tỉnh Nam Định

Cơ quan thuế sẽ gửi Thông báo về việc chấp nhận/không chấp nhận hồ sơ khai thuế điện tử trong thời hạn quy định. Người nộp thuế có thể tra cứu tình trạng hồ sơ tại Cổng thông tin điện tử của Tổng cục Thuế: https://thuedientu.gdt.gov.vn

Đây là thư điện tử được gửi tự động từ hệ thống Thuế điện tử (eTax) của Tổng cục Thuế, vui lòng không trả lời thư này.
"""
    root = text(body, cs="UTF-8", cte="base64")
    rcpt = P["mai"][1]
    sender = "thuedientu@gdt.gov.vn"
    hdrs = [("Return-Path", "<%s>" % sender),
            ("Received", vn_mx_to_store(rng, later(dt, 14), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, mailfrom="gdt.gov.vn", spf_ip="192.0.2.87")),
            ("Received", vn_mx(rng, later(dt, 12), "mail.gdt.gov.vn", "mail.gdt.gov.vn", "192.0.2.87", rcpt)),
            ("Received", "from etax-app05 ([10.64.8.25]) by mail.gdt.gov.vn with Microsoft SMTPSVC(10.0.17763.1697);\r\n"
             "\t %s" % hdate(later(dt, 10))),
            ("Date", hdate(dt)),
            ("From", addr("Tổng cục Thuế", sender)),
            ("To", rcpt),
            ("Message-ID", "<%s.%d@etax-app05>" % (hx(rng, 20), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m14():
    rng = random.Random(1014)
    dt = T(2024, 12, 2, 16, 5, 33, VN)
    subject = "Thông báo kết quả giao dịch điện tử về bảo hiểm xã hội - Mã hồ sơ 2024-12-02-TA0116N-0047"
    plain = """BẢO HIỂM XÃ HỘI VIỆT NAM
THÔNG BÁO KẾT QUẢ GIAO DỊCH ĐIỆN TỬ

Kính gửi: SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NAM ĐỊNH
Mã đơn vị: TA0116N

Cơ quan Bảo hiểm xã hội thông báo đã tiếp nhận hồ sơ giao dịch điện tử của đơn vị như sau:

- Mã hồ sơ: 2024-12-02-TA0116N-0047
- Thủ tục: Đăng ký đóng, điều chỉnh đóng BHXH, BHYT, BHTN, BHTNLĐ-BNN (Mẫu D02-LT)
- Thời gian tiếp nhận: 02/12/2024 16:04:51
- Nội dung: Tăng 01 lao động; điều chỉnh mức đóng đối với 03 lao động từ tháng 12/2024
- Cơ quan giải quyết: Bảo hiểm xã hội tỉnh Nam Định
- Trạng thái: Hồ sơ hợp lệ, đã tiếp nhận

Kết quả giải quyết sẽ được trả qua hệ thống giao dịch điện tử. Đơn vị tra cứu tình trạng hồ sơ tại Cổng Dịch vụ công của BHXH Việt Nam: https://dichvucong.baohiemxahoi.gov.vn

Tổng đài hỗ trợ: 1900 9068.
Đây là thư tự động, đơn vị vui lòng không trả lời thư này.
"""
    html = simple_html(plain, "font-family:Arial,sans-serif;font-size:13px;color:#1b1b1b")
    root = multi("alternative", bnd_java(rng, dt), [
        text(plain, cs="UTF-8", cte="quoted-printable"),
        text(html, sub="html", cs="UTF-8", cte="quoted-printable")])
    rcpt = P["mai"][1]
    sender = "giaodichdientu@baohiemxahoi.gov.vn"
    hdrs = [("Return-Path", "<%s>" % sender),
            ("Received", vn_mx_to_store(rng, later(dt, 7), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="baohiemxahoi.gov.vn", s="mail",
                                          mailfrom="baohiemxahoi.gov.vn", hfrom="baohiemxahoi.gov.vn",
                                          spf_ip="192.0.2.140")),
            ("Received", vn_mx(rng, later(dt, 6), "mail.baohiemxahoi.gov.vn", "mail.baohiemxahoi.gov.vn",
                               "192.0.2.140", rcpt)),
            ("DKIM-Signature", dkim(rng, "baohiemxahoi.gov.vn", "mail", later(dt, 5), c="relaxed/simple")),
            ("Date", hdate(dt)),
            ("From", addr("BHXH Việt Nam - Giao dịch điện tử", sender)),
            ("To", rcpt),
            ("Message-ID", "<%d.%d.%d.JavaMail.gddt@baohiemxahoi.gov.vn>" % (
                rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m15():
    rng = random.Random(1015)
    dt = T(2026, 2, 2, 8, 20, 44, VN)
    subject = "EVNNPC thông báo tiền điện tháng 01/2026 - Mã khách hàng PA05NN0214376"
    plain = """TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC (EVNNPC)
THÔNG BÁO TIỀN ĐIỆN

Kính gửi Quý khách hàng: SO THONG TIN VA TRUYEN THONG
Mã khách hàng: PA05NN0214376
Kỳ hóa đơn: Tháng 01/2026 (từ 01/01/2026 đến 31/01/2026)

Chỉ số cũ: 184522 - Chỉ số mới: 190871
Điện năng tiêu thụ: 6.349 kWh
Tiền điện chưa thuế: 14.132.874 đồng
Thuế GTGT (8%): 1.130.630 đồng
Tổng tiền thanh toán: 15.263.504 đồng
Hạn thanh toán: trước ngày 12/02/2026

Hóa đơn điện tử của kỳ này đã được phát hành; Quý khách tra cứu, tải hóa đơn tại https://cskh.npc.com.vn (mục Tra cứu > Hóa đơn) hoặc trên ứng dụng EVNNPC CSKH.

Quý khách vui lòng thanh toán qua các kênh chính thức: ứng dụng EVNNPC CSKH, ngân hàng/ví điện tử có liên kết với EVNNPC, hoặc tại điểm thu của Điện lực. EVNNPC không yêu cầu chuyển tiền vào tài khoản cá nhân.

Trung tâm Chăm sóc khách hàng: 19006769
Thư này được gửi tự động, vui lòng không trả lời.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8e3">
<tr><td style="background:#0b4ea2;color:#fff;padding:12px 16px"><b>TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC (EVNNPC)</b><br>THÔNG BÁO TIỀN ĐIỆN</td></tr>
<tr><td style="padding:16px">
<p>Kính gửi Quý khách hàng: <b>SO THONG TIN VA TRUYEN THONG</b><br>
Mã khách hàng: <b>PA05NN0214376</b><br>Kỳ hóa đơn: Tháng 01/2026 (từ 01/01/2026 đến 31/01/2026)</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cfd8e3;font-size:13px">
<tr><td>Chỉ số cũ</td><td align="right">184522</td></tr>
<tr><td>Chỉ số mới</td><td align="right">190871</td></tr>
<tr><td>Điện năng tiêu thụ</td><td align="right">6.349 kWh</td></tr>
<tr><td>Tiền điện chưa thuế</td><td align="right">14.132.874 đ</td></tr>
<tr><td>Thuế GTGT (8%)</td><td align="right">1.130.630 đ</td></tr>
<tr><td><b>Tổng tiền thanh toán</b></td><td align="right"><b>15.263.504 đ</b></td></tr>
<tr><td>Hạn thanh toán</td><td align="right">trước ngày 12/02/2026</td></tr>
</table>
<p>Hóa đơn điện tử của kỳ này đã được phát hành; Quý khách tra cứu, tải hóa đơn tại <a href="https://cskh.npc.com.vn">https://cskh.npc.com.vn</a> (mục Tra cứu &gt; Hóa đơn) hoặc trên ứng dụng EVNNPC CSKH.</p>
<p>Quý khách vui lòng thanh toán qua các kênh chính thức: ứng dụng EVNNPC CSKH, ngân hàng/ví điện tử có liên kết với EVNNPC, hoặc tại điểm thu của Điện lực. EVNNPC không yêu cầu chuyển tiền vào tài khoản cá nhân.</p>
<p>Trung tâm Chăm sóc khách hàng: <b>19006769</b></p>
<p style="color:#888;font-size:11px">Thư này được gửi tự động, vui lòng không trả lời.</p>
</td></tr></table></body></html>
"""
    root = multi("alternative", "----=_NextPart_EVNNPC_" + hx(rng, 16, True), [
        text(plain, cs="utf-8", cte="base64"), text(html, sub="html", cs="utf-8", cte="base64")])
    rcpt = P["mai"][1]
    sender = "cskh@npc.com.vn"
    hdrs = [("Return-Path", "<%s>" % sender),
            ("Received", vn_mx_to_store(rng, later(dt, 4), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="npc.com.vn", s="evnnpc", mailfrom="npc.com.vn",
                                          hfrom="npc.com.vn", spf_ip="198.51.100.201")),
            ("Received", vn_mx(rng, later(dt, 3), "mail.npc.com.vn", "mail.npc.com.vn", "198.51.100.201", rcpt)),
            ("Received", "from cskh-batch02 (unknown [10.8.16.22])\r\n\tby mail.npc.com.vn (Postfix) with ESMTP id %s;\r\n"
             "\t%s" % (qid_short(rng), pdate(later(dt, 1)))),
            ("DKIM-Signature", dkim(rng, "npc.com.vn", "evnnpc", later(dt, 1))),
            ("From", addr("EVNNPC - Chăm sóc khách hàng", sender)),
            ("To", rcpt),
            ("Subject", htext(subject)),
            ("Date", hdate(dt)),
            ("Message-ID", "<%s@cskh.npc.com.vn>" % uuid(rng)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m16():
    rng = random.Random(1016)
    dt = T(2026, 3, 9, 14, 36, 20, VN)
    code = "1831" + dg(rng, 8)
    subject = "Viettel Post: Đơn hàng %s đã giao thành công" % code
    html = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Viettel Post</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:16px 0">
<tr><td style="background:#ee0033;color:#ffffff;padding:14px 20px;font-size:18px;font-weight:bold">Viettel Post</td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333">
<p>Xin chào <b>Đỗ Thị Hồng Nhung</b>,</p>
<p>Đơn hàng <b>%(code)s</b> đã được giao thành công lúc <b>14:31 ngày 09/03/2026</b>.</p>
<table cellpadding="6" cellspacing="0" width="100%%" style="font-size:13px;border-top:1px solid #eee">
<tr><td style="color:#777;width:40%%">Người gửi</td><td>CÔNG TY TNHH THIẾT BỊ VĂN PHÒNG MINH KHANG</td></tr>
<tr><td style="color:#777">Người nhận</td><td>Đỗ Thị Hồng Nhung - 0912***305</td></tr>
<tr><td style="color:#777">Dịch vụ</td><td>Chuyển phát nhanh (VCN)</td></tr>
<tr><td style="color:#777">Khối lượng</td><td>3.200 g</td></tr>
<tr><td style="color:#777">Tiền thu hộ (COD)</td><td>0 đ</td></tr>
<tr><td style="color:#777">Người ký nhận</td><td>Nhung (Văn phòng)</td></tr>
</table>
<p>Quý khách có thể xem hành trình đơn hàng tại <a href="https://viettelpost.com.vn" style="color:#ee0033">viettelpost.com.vn</a> hoặc ứng dụng ViettelPost.</p>
<p style="font-size:12px;color:#888">Viettel Post không yêu cầu khách hàng thanh toán thêm phí qua đường link hay tin nhắn. Mọi thắc mắc xin liên hệ tổng đài <b>1900 8095</b>.</p>
</td></tr>
<tr><td style="background:#fafafa;padding:10px 20px;font-size:11px;color:#999">Tổng Công ty Cổ phần Bưu chính Viettel. Thư tự động, vui lòng không trả lời.</td></tr>
</table></td></tr></table>
</body></html>
""" % {"code": code}
    root = text(html, sub="html", cs="UTF-8", cte="quoted-printable", quote=False)
    rcpt = P["nhung"][1]
    sender = "cskh@viettelpost.com.vn"
    hdrs = [("Return-Path", "<bounces+%s@em.viettelpost.com.vn>" % dg(rng, 8)),
            ("Received", vn_mx_to_store(rng, later(dt, 3), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="viettelpost.com.vn", s="em1",
                                          mailfrom="em.viettelpost.com.vn", hfrom="viettelpost.com.vn",
                                          spf_ip="192.0.2.201")),
            ("Received", vn_mx(rng, later(dt, 2), "o1.em.viettelpost.com.vn", "o1.em.viettelpost.com.vn",
                               "192.0.2.201", rcpt)),
            ("DKIM-Signature", dkim(rng, "viettelpost.com.vn", "em1", dt,
                                    h="from:subject:mime-version:to:content-type:date:message-id")),
            ("Date", hdate(dt)),
            ("From", addr("Viettel Post", sender)),
            ("To", rcpt),
            ("Subject", htext(subject)),
            ("Message-ID", "<%s@em.viettelpost.com.vn>" % an(rng, 22)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def outlook_html(body, lang="VI", font="Calibri", size="11.0pt"):
    out = []
    for line in nfc(body).rstrip("\n").split("\n"):
        if line.strip():
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % linkify(hesc(line)))
        else:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:%(size)s;
	font-family:"%(font)s",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"%(font)s",sans-serif;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=%(lang)s link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
%(body)s
</div></body></html>
""" % {"font": font, "size": size, "lang": lang, "body": "\n".join(out)})


def thread_index(rng):
    return base64.b64encode(bytes([0x01, 0xDA + rng.randint(0, 2)]) + bytes(rng.randrange(256) for _ in range(20))).decode()


def m17():
    rng = random.Random(1017)
    dt = T(2024, 9, 26, 10, 48, 17, VN)
    subject = "Báo giá thiết bị Wi-Fi 6 và switch PoE cho phòng họp trực tuyến - Sao Việt"
    body = """Kính gửi anh Khánh,

Cảm ơn anh đã dành thời gian làm việc với bên em hôm thứ Ba vừa rồi. Theo kết quả khảo sát tại phòng họp tầng 3 và hội trường tầng 1, Sao Việt xin gửi anh báo giá sơ bộ như file đính kèm, tóm tắt như sau:

1. Access point Wi-Fi 6 (802.11ax) trong nhà, dual-band, tối đa 512 client/AP: 06 bộ
2. Switch PoE+ 24 port Gigabit, 4 port SFP uplink, quản lý qua cloud: 02 bộ
3. License quản lý tập trung 3 năm, kèm hỗ trợ kỹ thuật 24/7
4. Vật tư, thi công kéo cáp Cat6, cấu hình VLAN tách mạng khách và mạng nội bộ, bàn giao tài liệu

Tổng giá trị (đã gồm VAT 8%): 186.420.000 đồng.
Thời gian giao hàng: 3-4 tuần kể từ ngày ký hợp đồng. Bảo hành thiết bị 36 tháng, đổi mới trong 30 ngày đầu nếu lỗi phần cứng.

Báo giá có hiệu lực trong 30 ngày. Nếu anh cần thêm phương án access point outdoor cho khu sân trước hoặc cần datasheet chi tiết để đưa vào hồ sơ dự toán, anh báo em gửi bổ sung ạ.

Tuần sau em có thể mang thiết bị qua demo trực tiếp, anh sắp xếp giúp em một buổi nhé.

Trân trọng,

Phạm Quang Vinh | Account Manager
Công ty Cổ phần Giải pháp Công nghệ Sao Việt
M: 0904 312 776 | T: 024 3795 2018
W: www.saoviet-it.example
"""
    alt = multi("alternative", bnd_outlook(rng), [
        text(body, cs="utf-8", cte="quoted-printable", fold=True),
        text(outlook_html(body), sub="html", cs="utf-8", cte="quoted-printable", fold=True)], fold=True)
    att = attach(pdf(["CONG TY CP GIAI PHAP CONG NGHE SAO VIET", "BAO GIA so SV-240926-117",
                      "Kinh gui: So Thong tin va Truyen thong", "Tong gia tri (gom VAT 8%): 186.420.000 VND",
                      "(placeholder)"], "SV-240926-117"),
                 "application/pdf", "BaoGia_SV-240926-117.pdf")
    root = multi("mixed", bnd_outlook(rng), [alt, att], preamble="This is a multipart message in MIME format.",
                 fold=True)
    rcpt = P["khanh"][1]
    exim_id = "%s-%s-%s" % (an(rng, 6), an(rng, 6), an(rng, 2))
    hdrs = [("Return-Path", "<vinhpq@saoviet-it.example>"),
            ("Received", vn_mx_to_store(rng, later(dt, 5), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="saoviet-it.example", s="default",
                                          mailfrom="saoviet-it.example", hfrom="saoviet-it.example",
                                          spf_ip="203.0.113.77", dmarc="p=none dis=none")),
            ("Received", vn_mx(rng, later(dt, 4), "mail.saoviet-it.example", "mail.saoviet-it.example",
                               "203.0.113.77", rcpt)),
            ("Received", "from [198.51.100.188] (port=53412 helo=DESKTOP-VINHPQ)\r\n\tby mail.saoviet-it.example "
             "with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n"
             "\t(envelope-from <vinhpq@saoviet-it.example>)\r\n\tid %s;\r\n\t%s" % (exim_id, hdate(later(dt, 2)))),
            ("DKIM-Signature", dkim(rng, "saoviet-it.example", "default", later(dt, 2),
                                    h="Content-Type:MIME-Version:Message-ID:Date:Subject:Cc:To:From:Sender:Reply-To",
                                    c="relaxed/relaxed")),
            ("From", addr("Phạm Quang Vinh", "vinhpq@saoviet-it.example", "utf-8")),
            ("To", addr(P["khanh"][0], P["khanh"][1], "utf-8")),
            ("Cc", alist([P["quan"], ("Lê Hoàng Yến", "yenlh@saoviet-it.example")], "utf-8")),
            ("Subject", htext(subject, "utf-8")),
            ("Date", hdate(dt)),
            ("Message-ID", mid_outlook(rng, dt, "saoviet-it.example")),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(rng)),
            ("Content-Language", "vi")]
    head = [h for h in hdrs if h[0] != "MIME-Version"]
    idx = [i for i, h in enumerate(head) if h[0] == "Message-ID"][0]
    lines = ["%s: %s" % h for h in head[:idx + 1]] + ["MIME-Version: 1.0"] + root.headers + \
            ["%s: %s" % h for h in head[idx + 1:]]
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m18():
    rng = random.Random(1018)
    dt = T(2024, 11, 4, 15, 12, 40, VN)
    code = "IB2400487915"
    subject = "Thông báo: Đăng tải thành công thông báo mời thầu %s" % code
    body = """Kính gửi: Trung tâm Công nghệ thông tin và Truyền thông - Sở Thông tin và Truyền thông tỉnh Nam Định

Hệ thống mạng đấu thầu quốc gia thông báo: thông báo mời thầu của Quý đơn vị đã được đăng tải thành công với các thông tin sau:

Mã TBMT: %s
Phiên bản thay đổi: 00
Tên gói thầu: Thuê dịch vụ giám sát, điều hành an toàn thông tin mạng (SOC) cho hệ thống thông tin dùng chung của tỉnh năm 2025
Tên dự toán mua sắm: Thuê dịch vụ công nghệ thông tin năm 2025
Lĩnh vực: Phi tư vấn
Hình thức lựa chọn nhà thầu: Đấu thầu rộng rãi trong nước, qua mạng
Phương thức lựa chọn nhà thầu: Một giai đoạn một túi hồ sơ
Thời điểm đăng tải: 04/11/2024 15:11
Thời điểm đóng thầu: 20/11/2024 09:00
Thời điểm mở thầu: 20/11/2024 09:00

Quý đơn vị có thể xem chi tiết thông báo mời thầu, quản lý việc làm rõ E-HSMT và theo dõi tiến trình gói thầu tại https://muasamcong.mpi.gov.vn

Đây là thư tự động từ Hệ thống mạng đấu thầu quốc gia, vui lòng không trả lời thư này.
Hỗ trợ kỹ thuật: Trung tâm Đấu thầu qua mạng quốc gia - Tổng đài 1900 6126.
""" % code
    root = text(body, cs="UTF-8", cte="8bit")
    rcpt = P["thinh"][1]
    sender = "noreply@muasamcong.mpi.gov.vn"
    hdrs = [("Return-Path", "<%s>" % sender),
            ("Received", vn_mx_to_store(rng, later(dt, 20), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, mailfrom="muasamcong.mpi.gov.vn", spf_ip="192.0.2.33")),
            ("Received", vn_mx(rng, later(dt, 19), "mail.muasamcong.mpi.gov.vn", "mail.muasamcong.mpi.gov.vn",
                               "192.0.2.33", rcpt, tls=False)),
            ("Received", "from egp-notify-1 (unknown [10.0.12.31])\r\n\tby mail.muasamcong.mpi.gov.vn (Postfix) "
             "with ESMTP id %s\r\n\tfor <%s>; %s" % (qid_short(rng), rcpt, pdate(later(dt, 17)))),
            ("Date", hdate(dt)),
            ("From", addr("Hệ thống mạng đấu thầu quốc gia", sender)),
            ("To", rcpt),
            ("Message-ID", "<%d.%d.%d.JavaMail.egp@egp-notify-1>" % (
                rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m19():
    rng = random.Random(1019)
    dt = T(2024, 11, 11, 9, 2, 33, VN)
    subject = "[VNISA] Chiêu sinh khóa đào tạo Chuyên gia đánh giá nội bộ ISMS theo ISO/IEC 27001:2022 - tháng 12/2024"
    uid = hx(rng, 24)
    plain = """HIỆP HỘI AN TOÀN THÔNG TIN VIỆT NAM (VNISA)
THÔNG BÁO CHIÊU SINH

Khóa đào tạo: Chuyên gia đánh giá nội bộ Hệ thống quản lý an toàn thông tin (ISMS) theo tiêu chuẩn ISO/IEC 27001:2022

Thời gian: 05 ngày, từ 09/12/2024 đến 13/12/2024
Hình thức: Trực tiếp tại Hà Nội hoặc trực tuyến (Zoom)
Đối tượng: Cán bộ phụ trách CNTT, an toàn thông tin, kiểm toán nội bộ của cơ quan nhà nước và doanh nghiệp
Nội dung chính:
- Các yêu cầu của ISO/IEC 27001:2022 và bộ biện pháp kiểm soát trong Phụ lục A (93 biện pháp)
- Đối chiếu với yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ
- Lập kế hoạch, thực hiện và báo cáo đánh giá nội bộ; thực hành tình huống
Học phí: 12.500.000 đồng/học viên (giảm 10%% cho hội viên VNISA và đơn vị cử từ 03 học viên)
Học viên hoàn thành khóa học được cấp Giấy chứng nhận của Hiệp hội.

Hạn đăng ký: 29/11/2024
Đăng ký và xem chương trình chi tiết: https://vnisa.org.vn/dao-tao
Liên hệ: Ban Đào tạo VNISA - daotao@vnisa.org.vn

Quý vị nhận được thư này vì đã đăng ký nhận bản tin của VNISA. Hủy đăng ký: https://vnisa.org.vn/unsubscribe?u=%s
""" % uid
    html = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>VNISA</title></head>
<body style="margin:0;padding:0;background:#eef2f6">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef2f6"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#222;font-size:14px;line-height:1.5">
<tr><td style="background:#0d3b66;color:#fff;padding:18px 24px">
<div style="font-size:13px;letter-spacing:1px">HIỆP HỘI AN TOÀN THÔNG TIN VIỆT NAM (VNISA)</div>
<div style="font-size:20px;font-weight:bold;margin-top:6px">THÔNG BÁO CHIÊU SINH</div></td></tr>
<tr><td style="padding:22px 24px">
<h2 style="font-size:17px;color:#0d3b66;margin:0 0 12px">Chuyên gia đánh giá nội bộ Hệ thống quản lý an toàn thông tin (ISMS) theo tiêu chuẩn ISO/IEC 27001:2022</h2>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#666;vertical-align:top;width:130px">Thời gian</td><td>05 ngày, từ <b>09/12/2024</b> đến <b>13/12/2024</b></td></tr>
<tr><td style="color:#666;vertical-align:top">Hình thức</td><td>Trực tiếp tại Hà Nội hoặc trực tuyến (Zoom)</td></tr>
<tr><td style="color:#666;vertical-align:top">Đối tượng</td><td>Cán bộ phụ trách CNTT, an toàn thông tin, kiểm toán nội bộ của cơ quan nhà nước và doanh nghiệp</td></tr>
<tr><td style="color:#666;vertical-align:top">Học phí</td><td>12.500.000 đồng/học viên<br><span style="font-size:12px;color:#555">(giảm 10%% cho hội viên VNISA và đơn vị cử từ 03 học viên)</span></td></tr>
</table>
<p style="margin:16px 0 6px"><b>Nội dung chính</b></p>
<ul style="margin-top:0">
<li>Các yêu cầu của ISO/IEC 27001:2022 và bộ biện pháp kiểm soát trong Phụ lục A (93 biện pháp)</li>
<li>Đối chiếu với yêu cầu bảo đảm an toàn hệ thống thông tin theo cấp độ</li>
<li>Lập kế hoạch, thực hiện và báo cáo đánh giá nội bộ; thực hành tình huống</li>
</ul>
<p>Học viên hoàn thành khóa học được cấp Giấy chứng nhận của Hiệp hội.</p>
<p style="text-align:center;margin:22px 0"><a href="https://vnisa.org.vn/dao-tao" style="background:#f4a300;color:#fff;text-decoration:none;padding:10px 22px;border-radius:4px;font-weight:bold">Xem chương trình &amp; đăng ký</a></p>
<p>Hạn đăng ký: <b>29/11/2024</b>. Liên hệ Ban Đào tạo VNISA: <a href="mailto:daotao@vnisa.org.vn">daotao@vnisa.org.vn</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:11px;color:#888">Quý vị nhận được thư này vì đã đăng ký nhận bản tin của VNISA.
<a href="https://vnisa.org.vn/unsubscribe?u=%s" style="color:#888">Hủy đăng ký</a></td></tr>
</table></td></tr></table>
</body></html>
""" % uid
    root = multi("alternative", bnd_plain(rng, "_----------="), [
        text(plain, cs="utf-8", cte="quoted-printable"),
        text(html, sub="html", cs="utf-8", cte="quoted-printable")])
    rcpt = P["quan"][1]
    hdrs = [("Return-Path", "<bounce-%s@vnisa.org.vn>" % uid[:12]),
            ("Received", vn_mx_to_store(rng, later(dt, 11), rcpt)),
            ("Authentication-Results", ar("mx1." + VNDOM, d="vnisa.org.vn", s="mail", mailfrom="vnisa.org.vn",
                                          hfrom="vnisa.org.vn", spf_ip="198.51.100.9")),
            ("Received", vn_mx(rng, later(dt, 10), "mail.vnisa.org.vn", "mail.vnisa.org.vn", "198.51.100.9", rcpt)),
            ("DKIM-Signature", dkim(rng, "vnisa.org.vn", "mail", later(dt, 8),
                                    h="From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:MIME-Version:Content-Type")),
            ("Date", hdate(dt)),
            ("From", addr("VNISA - Hiệp hội An toàn thông tin Việt Nam", "thongtin@vnisa.org.vn")),
            ("Reply-To", "daotao@vnisa.org.vn"),
            ("To", rcpt),
            ("Subject", htext(subject)),
            ("Message-ID", "<%s@vnisa.org.vn>" % an(rng, 32)),
            ("List-Id", "=?UTF-8?B?%s?= <bantin.vnisa.org.vn>" % base64.b64encode(nfc("Bản tin VNISA").encode()).decode()),
            ("List-Unsubscribe", "<mailto:unsubscribe@vnisa.org.vn?subject=unsubscribe-%s>,\r\n <https://vnisa.org.vn/unsubscribe?u=%s>" % (uid, uid)),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m20():
    rng = random.Random(1020)
    dt = T(2025, 1, 6, 9, 12, 5, VN)
    subject = "Gui link du thao KH CDS 2025 (v3) + an trua"
    body = """Nam, Trang oi,

Minh da up ban du thao Ke hoach chuyen doi so 2025 (v3) len file server, link day:
https://files.stttt-namdinh.example/s/Kx7PqL2mWd

Moi nguoi xem giup phan Phu luc 2 (danh muc nhiem vu, kinh phi) va comment thang tren file nhe, dung sua de len ban goc. Chieu thu 4 minh tong hop gui anh Khanh, deadline 17h thu 5 de trinh lanh dao So.
Luu y link chi mo duoc trong mang noi bo hoac khi da bat VPN.

Nhan tien: trua nay 11h30 ca nhom di an bun ca o quan quen duong Hung Vuong khong? Minh dat ban 5 nguoi roi, ai ban thi bao minh truoc 10h nhe.

Tu
-- 
Phan Anh Tu - Phong CNTT, So TT&TT
DD: 0983 207 415
"""
    alt = multi("alternative", bnd_zimbra(rng), [
        text(body, cs="utf-8", cte="7bit", quote=False),
        text(zimbra_html(body, "arial, helvetica, sans-serif"), sub="html", cs="utf-8", cte="quoted-printable", quote=False)])
    rcpt = P["nam"][1]
    hdrs = [("Return-Path", "<%s>" % P["tu"][1]),
            ("Received", vn_local(rng, later(dt, 1), rcpt, "10.36.1.12")),
            ("Date", hdate(dt)),
            ("From", addr("Phan Anh Tu", P["tu"][1])),
            ("To", alist([("Dinh Van Nam", P["nam"][1]), ("Ha Thu Trang", P["trang"][1])])),
            ("Message-ID", mid_zimbra(rng, dt)),
            ("Subject", subject),
            ("MIME-Version", "1.0")] + zimbra_common(rng, dt, subject, "10.36.8.72")
    return message(hdrs, alt)


# ================================================================ Chinese (e21-e40)

Q = {  # 华鼎电力装备（重庆）有限公司 (invented staff)
    "zhb": ("综合管理部", "zhb@" + CNDOM),
    "liting": ("李婷", "liting@" + CNDOM),
    "chenjing": ("陈静", "chenjing@" + CNDOM),
    "zhou": ("周振华", "zhouzhenhua@" + CNDOM),
    "he": ("何立新", "helixin@" + CNDOM),
    "tan": ("谭明", "tanming@" + CNDOM),
    "wuhf": ("吴海峰", "wuhaifeng@" + CNDOM),
    "zhaoyh": ("赵宇航", "zhaoyuhang@" + CNDOM),
    "xxzx": ("信息中心", "xxzx@" + CNDOM),
    "wangxl": ("王秀兰", "wangxiulan@" + CNDOM),
    "sunyue": ("孙悦", "sunyue@" + CNDOM),
    "deng": ("邓志强", "dengzhiqiang@" + CNDOM),
    "yangfan": ("杨帆", "yangfan@" + CNDOM),
    "huang": ("黄永刚", "huangyonggang@" + CNDOM),
    "luo": ("罗晓峰", "luoxiaofeng@" + CNDOM),
    "ran": ("冉小雨", "ranxiaoyu@" + CNDOM),
    "xiang": ("向东", "xiangdong@" + CNDOM),
    "mo": ("莫海燕", "mohaiyan@" + CNDOM),
    "all": ("全体员工", "all@" + CNDOM),
    "rlzyb": ("人力资源部", "rlzyb@" + CNDOM),
    "fapiao": ("财务部发票接收", "fapiao@" + CNDOM),
}


def gbcs(*texts):
    """The label Chinese Windows mailers use: gb2312 when it fits, else GBK."""
    try:
        for t in texts:
            nfc(t).encode("gb2312")
        return "gb2312"
    except UnicodeEncodeError:
        return "GBK"


def coremail_html(body):
    out = []
    for line in nfc(body).rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (linkify(hesc(line)) if line.strip() else "<br>"))
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'
            % "".join(out))


def foxmail_html(body, cs):
    out = []
    for line in nfc(body).rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (linkify(hesc(line)) if line.strip() else "<br>"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>'
            "body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }"
            "body { font-size: 14px; font-family: &#x27;Microsoft YaHei UI&#x27;; color: rgb(0, 0, 0); line-height: 1.5; }"
            "</style></head><body>\n%s\n</body></html>\n" % (cs, "\n".join(out)))


def coremail_headers(rng, dt, user, ip):
    return [("X-Priority", "3"),
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
            ("X-Originating-IP", "[%s]" % ip),
            ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", "%s--.%d.%dS2" % (an(rng, 24), rng.randint(10000, 99999), rng.randint(1, 9))),
            ("X-CM-SenderInfo", "%s%s" % (an(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), user[:3]))]


def outlook_bnds(rng):
    stamp = "01%s.%s" % (hx(rng, 6, True), hx(rng, 8, True))
    n = rng.randint(1, 40)
    return ("----=_NextPart_000_%04X_%s" % (n, stamp), "----=_NextPart_001_%04X_%s" % (n + 1, stamp))


def m21():
    rng = random.Random(1021)
    dt = T(2024, 10, 14, 9, 5, 12, CN)
    subject = "关于召开2024年第三季度经营分析会的通知"
    body = """各部门：

经公司领导同意，定于10月17日（星期四）下午召开2024年第三季度经营分析会，现将有关事项通知如下：

一、会议时间
2024年10月17日（星期四）14:30，会期约半天。

二、会议地点
行政楼三楼第一会议室（外地项目部人员通过视频会议系统参会，会议号另行通知）。

三、参会人员
公司领导班子成员；各部门主要负责人；各项目部经理。

四、会议议程
1. 财务部通报前三季度主要经营指标完成情况；
2. 市场营销部汇报订单、回款及重点项目推进情况；
3. 生产技术部汇报生产计划完成、产品质量和交付情况；
4. 各部门对照全年目标查找差距，提出第四季度重点工作措施；
5. 公司领导讲话。

五、有关要求
1. 请各汇报部门于10月16日（星期三）17:00前将汇报材料（PPT不超过10页）发送至综合管理部邮箱 zhb@hdpower-cq.example。
2. 请参会人员提前10分钟入场，会议期间手机调至静音。确因特殊情况不能参会的，须向总经理请假并报综合管理部备案。

联系人：李婷，电话：023-6781 5203，手机：138 8367 2140

附件：会议通知（华鼎重庆综〔2024〕56号）.pdf

综合管理部
2024年10月14日
"""
    MID["e21"] = mid_coremail(rng, dt, "liting")
    alt = multi("alternative", bnd_java(rng, dt), [
        text(body, cs="UTF-8", cte="base64"),
        text(coremail_html(body), sub="html", cs="UTF-8", cte="base64")])
    att = attach(pdf(["Huading Power Equipment (Chongqing) Co., Ltd.",
                      "Meeting notice [2024] No. 56 - Q3 business review meeting",
                      "2024-10-17 14:30, Admin Building Room 301", "(placeholder)"], "HDCQ-2024-56"),
                 "application/pdf", "会议通知（华鼎重庆综〔2024〕56号）.pdf", cs="UTF-8")
    root = multi("mixed", bnd_java(rng, dt), [alt, att])
    to = [Q[k] for k in ("chenjing", "tan", "wuhf", "wangxl", "deng", "huang", "luo", "xiang", "mo")]
    cc = [Q["zhou"], Q["he"]]
    hdrs = [("Received", cn_webmail(rng, dt, "liting", "172.20.12.45")),
            ("Date", hdate(dt)),
            ("From", addr(*Q["liting"])),
            ("To", alist(to)),
            ("Cc", alist(cc)),
            ("Subject", htext(subject)),
            ("Content-Transfer-Encoding", None)] + coremail_headers(rng, dt, "liting", "172.20.12.45") + [
            ("MIME-Version", "1.0"),
            ("Message-ID", MID["e21"])]
    return message(hdrs, root)


def m22():
    rng = random.Random(1022)
    dt = T(2025, 1, 20, 10, 36, 52, CN)
    subject = "关于做好2025年春节期间安全生产工作的通知"
    body = """各部门、各项目部：

2025年春节（1月28日至2月4日放假）临近，为确保节日期间安全生产形势稳定，根据集团公司《关于做好2025年元旦春节期间安全生产工作的通知》要求，现就有关事项通知如下：

一、节前开展一次安全大检查。各部门于1月24日前完成本区域安全隐患自查，重点检查厂房消防设施、电气线路、危化品库房、试验站高压设备及食堂燃气管道，检查表（见附件）签字后报安全环保部。

二、严格落实停工检修和节后复工安全措施。停产前做好设备断电、挂牌上锁；节后复工前组织安全教育和设备试运行确认，未经确认不得开工。

三、加强值班值守。节日期间实行领导带班和24小时值班制度，值班安排由综合管理部另行通知，值班人员不得擅自离岗，遇突发情况第一时间报告。

四、加强烟花爆竹管控，厂区内严禁燃放烟花爆竹。

请各部门高度重视，认真落实。

附件：春节前安全检查表.docx

安全环保部  谭明
电话：023-6781 5316  手机：135 0836 2291
"""
    cs = gbcs(body, subject)
    b_outer, b_inner = outlook_bnds(rng)
    alt = multi("alternative", b_inner, [
        text(body, cs=cs, cte="base64", fold=True),
        text(outlook_html(body, lang="ZH-CN", font="等线", size="10.5pt").replace("charset=utf-8", "charset=" + cs),
             sub="html", cs=cs, cte="base64", fold=True)], fold=True)
    att = attach(docx(["春节前安全检查表", "检查部门：            检查人：            检查日期：",
                       "1. 厂房消防设施", "2. 电气线路", "3. 危化品库房", "4. 试验站高压设备",
                       "5. 食堂燃气管道", "（模板，内容为占位）"], dt),
                 DOCX, "春节前安全检查表.docx", cs=cs)
    root = multi("mixed", b_outer, [alt, att], preamble="This is a multipart message in MIME format.", fold=True)
    hdrs = [("Received", cn_smtp_auth(rng, later(dt, 1), "172.20.14.61", "TANMING-PC")),
            ("From", addr(Q["tan"][0], Q["tan"][1], cs)),
            ("To", addr(Q["all"][0], Q["all"][1], cs)),
            ("Cc", alist([Q["zhou"], Q["he"], Q["chenjing"]], cs)),
            ("Subject", htext(subject, cs)),
            ("Date", hdate(dt)),
            ("Message-ID", mid_outlook(rng, dt, CNDOM)),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(rng)),
            ("Content-Language", "zh-cn")]
    idx = [i for i, h in enumerate(hdrs) if h[0] == "MIME-Version"][0]
    lines = ["%s: %s" % h for h in hdrs[:idx + 1]] + root.headers + ["%s: %s" % h for h in hdrs[idx + 1:]]
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def foxmail_bnd(rng):
    return "----=_001_NextPart%s_=----" % dg(rng, 12)


def m23():
    rng = random.Random(1023)
    dt = T(2024, 5, 17, 17, 26, 40, CN)
    orig_dt = T(2024, 5, 17, 9, 12, 3, CN)
    orig_mid = mid_coremail(rng, orig_dt, "wuhaifeng")
    subject = "回复：本周周报请于今天下班前提交"
    body = """吴主任：

本周工作周报如下，请审阅。

一、本周完成工作
1. 完成OA系统安全补丁升级（周二晚20:00-22:00），升级后各模块运行正常；
2. 配合测评机构完成ERP系统等级保护测评现场核查，共发现中危问题3项（口令复杂度策略、日志留存不足180天、数据库审计未开启），已整改2项；
3. 完成机房UPS及精密空调季度巡检，2号UPS电池组内阻偏高，已联系厂家下周更换；
4. 处理桌面运维工单37件，其中打印机类12件、账号权限类9件。

二、下周工作计划
1. 开启数据库审计功能并扩容日志服务器，关闭剩余的等保问题；
2. 配合财务部做好新版报销系统上线前的账号初始化；
3. 更换2号UPS电池组（已与厂家约定5月22日上午，需短时切换旁路）。

三、需协调事项
UPS电池更换期间机房需切换旁路约30分钟，建议提前发通知，请主任定夺。

赵宇航
信息中心
分机：8216  手机：159 2301 6478

------------------ 原始邮件 ------------------
发件人: "吴海峰"<wuhaifeng@hdpower-cq.example>;
发送时间: 2024年5月17日(星期五) 上午9:12
收件人: "信息中心"<xxzx@hdpower-cq.example>;
主题: 本周周报请于今天下班前提交

各位：
本周周报请于今天下班前发我，按“本周完成、下周计划、需协调事项”三部分写，简明扼要。
吴海峰
"""
    cs = "GBK"
    alt = multi("alternative", foxmail_bnd(rng), [
        text(body, cs=cs, cte="base64"),
        text(foxmail_html(body, cs), sub="html", cs=cs, cte="base64")])
    rcpt = Q["wuhf"][1]
    hdrs = [("Received", cn_smtp_auth(rng, later(dt, 1), "172.20.12.33", "ZHAOYUHANG-PC")),
            ("Date", hdate(dt)),
            ("From", '%s <%s>' % (ew(Q["zhaoyh"][0], "gb2312"), Q["zhaoyh"][1])),
            ("To", '%s <%s>' % (ew(Q["wuhf"][0], "gb2312"), rcpt)),
            ("Subject", htext(subject, "gb2312")),
            ("References", orig_mid),
            ("X-Priority", "3"),
            ("X-GUID", uuid(rng, upper=True)),
            ("X-Has-Attach", "no"),
            ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
            ("Mime-Version", "1.0"),
            ("Message-ID", mid_foxmail(rng, dt, CNDOM))]
    lines = ["%s: %s" % h for h in hdrs] + alt.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + alt.body


def m24():
    rng = random.Random(1024)
    dt = T(2024, 9, 26, 16, 30, 0, CN)
    subject = "2024年国庆节假期值班安排"
    duty = [("10月1日（星期二）", "周振华", "陈静、赵宇航", "138 8367 0011"),
            ("10月2日（星期三）", "何立新", "李婷、付强", "138 8367 0012"),
            ("10月3日（星期四）", "何立新", "刘洋、秦露", "138 8367 0013"),
            ("10月4日（星期五）", "周振华", "唐浩、蒋丽", "138 8367 0014"),
            ("10月5日（星期六）", "何立新", "曾凡、杨帆", "138 8367 0015"),
            ("10月6日（星期日）", "周振华", "谭明、孙悦", "138 8367 0016"),
            ("10月7日（星期一）", "何立新", "黄永刚、冉小雨", "138 8367 0017")]
    trs = "\n".join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in duty)
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<style>
table.duty {border-collapse:collapse;font-size:14px}
table.duty td, table.duty th {border:1px solid #888;padding:6px 12px;text-align:center}
table.duty th {background:#e8eef7}
</style></head>
<body style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px">
<p>各部门：</p>
<p>根据国务院办公厅通知，2024年国庆节放假安排为：10月1日至7日放假调休，共7天；9月29日（星期日）、10月12日（星期六）上班。为做好节日期间安全生产和应急处置工作，现将公司值班安排通知如下：</p>
<table class="duty">
<tr><th>日期</th><th>带班领导</th><th>值班人员</th><th>值班手机</th></tr>
%s
</table>
<p><b>值班要求：</b></p>
<ol>
<li>值班时间为当日8:30至次日8:30，值班人员须在行政楼一楼值班室值守，不得脱岗、替岗；确需调换的，须经部门负责人同意并报综合管理部备案。</li>
<li>带班领导须保持通讯畅通，每日至少到岗巡查一次。</li>
<li>发生火情、设备事故、人员伤害等突发事件，按公司应急预案处置，并第一时间向带班领导和集团公司总值班室报告。</li>
<li>值班人员每日17:00前在协同办公平台填报值班日志。</li>
</ol>
<p>值班室电话：023-6781 5000</p>
<p>综合管理部<br>2024年9月26日</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="color:#999;font-size:12px">本邮件由华鼎重庆协同办公平台自动发送，详情请登录 <a href="https://oa.%s/">https://oa.%s/</a> 查看公文。</p>
</body>
</html>
""" % (trs, CNDOM, CNDOM)
    root = text(html, sub="html", cs="UTF-8", cte="base64", quote=False)
    hdrs = [("Received", "from oa-app01 (unknown [172.20.2.21])\r\n\tby mail.%s (Coremail) with SMTP id %s--.%dS2;\r\n\t%s"
             % (CNDOM, an(rng, 24), rng.randint(10000, 99999), pdate(later(dt, 1), "CST"))),
            ("Date", hdate(dt)),
            ("From", addr("协同办公平台", "oa-notice@" + CNDOM)),
            ("To", addr(*Q["all"])),
            ("Message-ID", "<%d.%d.%d.JavaMail.oa@oa-app01>" % (rng.randint(10 ** 8, 10 ** 9),
                                                               rng.randint(10 ** 5, 10 ** 6), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m25():
    rng = random.Random(1025)
    dt = T(2025, 3, 24, 14, 18, 6, CN)
    subject = "转发: 《变压器绝缘件采购合同》（草案）"
    body = """向部长、王部长：

转发江西恒信发来的《变压器绝缘件采购合同》（草案），请法律合规部审核合同条款（重点是第七条质保期、第九条违约责任和第十二条争议解决），请财务部确认付款节点（预付30%、到货验收合格后付60%、质保金10%）及发票条款。

供应商希望本周五前回复意见，麻烦两位部长周四下班前把修改意见（修订模式）发我，我汇总后统一回复对方。

谢谢！

邓志强
物资采购部
电话：023-6781 5122 / 139 8378 0416

-----原始邮件-----
发件人: 杨涛 <yangtao@jxhengxin-insul.example>
发送时间: 2025年3月24日 10:02
收件人: 邓志强 <dengzhiqiang@hdpower-cq.example>
抄送: 杨帆 <yangfan@hdpower-cq.example>
主题: 《变压器绝缘件采购合同》（草案）

邓经理，您好！

根据上周谈判纪要，我司已拟定《变压器绝缘件采购合同》（草案），详见附件，请贵司审阅。合同金额暂按报价单列明的1,286,500.00元（含13%增值税）计列，交货期为合同签订后45天。

如有修改意见，请以修订模式标注后回复，谢谢！

杨涛
江西恒信绝缘材料有限公司  销售部
电话：0791-8812 3456
"""
    cs = gbcs(body, subject)
    b_outer, b_inner = outlook_bnds(rng)
    alt = multi("alternative", b_inner, [
        text(body, cs=cs, cte="base64", fold=True),
        text(outlook_html(body, lang="ZH-CN", font="等线", size="10.5pt").replace("charset=utf-8", "charset=" + cs),
             sub="html", cs=cs, cte="base64", fold=True)], fold=True)
    att = attach(docx(["变压器绝缘件采购合同（草案）", "甲方：华鼎电力装备（重庆）有限公司",
                       "乙方：江西恒信绝缘材料有限公司", "第一条 标的、数量和价款", "……",
                       "第七条 质量保证", "第九条 违约责任", "第十二条 争议解决", "（占位内容）"], T(2025, 3, 24, 9, 50, 0, CN)),
                 DOCX, "变压器绝缘件采购合同（草案）v1.docx", cs=cs)
    root = multi("mixed", b_outer, [alt, att], preamble="This is a multipart message in MIME format.", fold=True)
    hdrs = [("Received", cn_smtp_auth(rng, later(dt, 1), "172.20.15.18", "DENGZQ-LT")),
            ("From", addr(Q["deng"][0], Q["deng"][1], cs)),
            ("To", alist([Q["xiang"], Q["wangxl"]], cs)),
            ("Cc", addr(Q["yangfan"][0], Q["yangfan"][1], cs)),
            ("Subject", htext(subject, cs)),
            ("Date", hdate(dt)),
            ("Message-ID", mid_outlook(rng, dt, CNDOM)),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(rng)),
            ("Content-Language", "zh-cn")]
    idx = [i for i, h in enumerate(hdrs) if h[0] == "MIME-Version"][0]
    lines = ["%s: %s" % h for h in hdrs[:idx + 1]] + root.headers + ["%s: %s" % h for h in hdrs[idx + 1:]]
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m26():
    rng = random.Random(1026)
    dt = T(2024, 10, 14, 9, 31, 47, CN)
    subject = "回复：关于召开2024年第三季度经营分析会的通知"
    body = """收到，谢谢。

发自我的iPhone

> 在 2024年10月14日，09:05，李婷 <liting@hdpower-cq.example> 写道：
>
> 各部门：
>
> 经公司领导同意，定于10月17日（星期四）下午召开2024年第三季度经营分析会，现将有关事项通知如下：
>
> 一、会议时间
> 2024年10月17日（星期四）14:30，会期约半天。
>
> 二、会议地点
> 行政楼三楼第一会议室（外地项目部人员通过视频会议系统参会，会议号另行通知）。
>
> （以下省略）
"""
    root = text(body, cs="utf-8", cte="base64", quote=False)
    hdrs = [("Received", cn_smtp_auth(rng, later(dt, 2), "198.51.100.203", "smtpclient.apple")),
            ("Content-Type", None),
            ("From", addr(*Q["huang"])),
            ("Mime-Version", "1.0 (1.0)"),
            ("Subject", htext(subject)),
            ("Date", hdate(dt)),
            ("Message-Id", mid_apple(rng, CNDOM)),
            ("References", MID["e21"]),
            ("In-Reply-To", MID["e21"]),
            ("To", addr(*Q["liting"])),
            ("X-Mailer", "iPhone Mail (21G93)")]
    hdrs = [h for h in hdrs if h[1] is not None]
    lines = ["%s: %s" % h for h in hdrs[:2]] + root.headers + ["%s: %s" % h for h in hdrs[2:]]
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m27():
    rng = random.Random(1027)
    dt = T(2025, 6, 9, 10, 0, 31, CN)
    subject = "【系统维护】公司邮件系统将于6月14日晚升级维护"
    body = """各位同事：

为进一步提升邮件系统的安全性和稳定性，信息中心计划对公司邮件系统进行版本升级和服务器迁移，具体安排如下：

一、维护时间
2025年6月14日（星期六）22:00 至 6月15日（星期日）06:00

二、影响范围
1. 维护期间网页邮箱（https://mail.hdpower-cq.example）、手机客户端及Foxmail、Outlook等客户端均无法收发邮件；
2. 外部发来的邮件将暂存在邮件网关，系统恢复后自动投递，不会丢失；
3. 协同办公平台（OA）的待办提醒邮件将延迟发送。

三、注意事项
1. 升级完成后客户端无需修改任何设置。如客户端提示证书更新，请选择“信任”后继续使用；若仍无法收信，请联系信息中心。
2. 本次升级不需要重新验证账号或修改密码。信息中心不会通过邮件发送“邮箱升级验证”“账号即将停用”之类的链接，如收到此类邮件请勿点击，并转发至 xxzx@hdpower-cq.example。
3. 如有紧急邮件，请于6月14日18:00前发出。

给大家带来的不便，敬请谅解。

信息中心
运维值班电话：023-6781 5216
2025年6月9日
"""
    root = text(body, cs="GB18030", cte="base64")
    hdrs = [("Received", cn_webmail(rng, dt, "xxzx", "172.20.3.15")),
            ("Date", hdate(dt)),
            ("From", addr(Q["xxzx"][0], Q["xxzx"][1], "GB18030")),
            ("To", addr(Q["all"][0], Q["all"][1], "GB18030")),
            ("Subject", htext(subject, "GB18030"))] + coremail_headers(rng, dt, "xxzx", "172.20.3.15") + [
            ("MIME-Version", "1.0"),
            ("Message-ID", mid_coremail(rng, dt, "xxzx"))]
    return message(hdrs, root)


def m28():
    rng = random.Random(1028)
    dt = T(2025, 9, 15, 8, 0, 5, CN)
    subject = "【密码到期提醒】您的公司统一账号密码将于3天后过期"
    plain = """孙悦，您好：

您的公司统一账号（sunyue）密码将于 2025-09-18 23:59 过期。为避免影响登录电脑、邮箱、OA和ERP等系统，请在到期前修改密码。

修改方式（任选其一）：
1. 在公司内网使用域电脑，按 Ctrl+Alt+Del，选择“更改密码”；
2. 登录统一身份认证自助服务平台 https://iam.hdpower-cq.example/self-service （仅限公司内网或VPN访问）。

密码要求：长度不少于10位，须包含大写字母、小写字母、数字和特殊字符中的三类，不得与最近5次使用过的密码相同。
修改密码后，请同步更新手机邮件客户端中保存的密码。

温馨提示：信息中心不会以任何形式索要您的密码或短信验证码。

本邮件由系统自动发送，请勿直接回复。如需帮助，请拨打信息中心服务热线 8216（内线）。

信息中心
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Microsoft YaHei',Arial,sans-serif;font-size:14px;color:#333">
<div style="width:600px;border:1px solid #e0e0e0">
<div style="background:#c8102e;color:#fff;padding:10px 16px;font-size:16px">华鼎重庆 · 统一身份认证平台</div>
<div style="padding:16px">
<p>孙悦，您好：</p>
<p>您的公司统一账号（<b>sunyue</b>）密码将于 <b style="color:#c8102e">2025-09-18 23:59</b> 过期。为避免影响登录电脑、邮箱、OA和ERP等系统，请在到期前修改密码。</p>
<p>修改方式（任选其一）：</p>
<ol>
<li>在公司内网使用域电脑，按 Ctrl+Alt+Del，选择“更改密码”；</li>
<li>登录统一身份认证自助服务平台 <a href="https://iam.%(d)s/self-service">https://iam.%(d)s/self-service</a>（仅限公司内网或VPN访问）。</li>
</ol>
<p>密码要求：长度不少于10位，须包含大写字母、小写字母、数字和特殊字符中的三类，不得与最近5次使用过的密码相同。<br>修改密码后，请同步更新手机邮件客户端中保存的密码。</p>
<p style="background:#fff7e6;padding:8px;border-left:3px solid #fa8c16">温馨提示：信息中心不会以任何形式索要您的密码或短信验证码。</p>
<p style="color:#999;font-size:12px">本邮件由系统自动发送，请勿直接回复。如需帮助，请拨打信息中心服务热线 8216（内线）。<br>信息中心</p>
</div></div>
</body></html>
""" % {"d": CNDOM}
    root = multi("alternative", bnd_java(rng, dt), [text(plain, cs="UTF-8", cte="base64"),
                                                   text(html, sub="html", cs="UTF-8", cte="base64")])
    hdrs = [("Received", "from iam-app02 (unknown [172.20.2.40])\r\n\tby mail.%s (Coremail) with SMTP id %s--.%dS2;\r\n\t%s"
             % (CNDOM, an(rng, 24), rng.randint(10000, 99999), pdate(later(dt, 1), "CST"))),
            ("Date", hdate(dt)),
            ("From", addr("统一身份认证平台", "iam-noreply@" + CNDOM)),
            ("To", addr(*Q["sunyue"])),
            ("Message-ID", "<%d.%d.%d.JavaMail.iam@iam-app02>" % (rng.randint(10 ** 8, 10 ** 9),
                                                                 rng.randint(10 ** 5, 10 ** 6), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("Auto-Submitted", "auto-generated"),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m29():
    rng = random.Random(1029)
    dt = T(2025, 3, 10, 9, 20, 18, CN)
    subject = "【网络安全提示】警惕仿冒“个税退税”“社保补贴”等钓鱼邮件"
    body = """各位同事：

近期正值个人所得税综合所得年度汇算期间，公司邮件网关拦截到多起仿冒税务机关、人社部门及公司财务部发送的钓鱼邮件。此类邮件常以“个税退税通知”“2025年社保补贴申领”“工资调整明细”等为主题，诱导点击链接或扫描二维码，进而骗取邮箱密码、银行卡号和短信验证码。

请大家注意：
1. 个税汇算请通过“个人所得税”App或国家税务总局官方网站（https://www.chinatax.gov.cn）办理，税务部门不会通过邮件发送退税链接；
2. 公司财务部、人力资源部的通知只通过公司邮箱（@hdpower-cq.example）或协同办公平台发布，涉及工资、补贴的事项不会要求您登录外部网站；
3. 不要扫描邮件中来源不明的二维码，不要打开陌生人发来的压缩包、.html或.exe附件；
4. 发现可疑邮件，请使用网页邮箱的“举报”按钮举报，或转发至 xxzx@hdpower-cq.example；如已误点链接并输入了密码，请立即修改密码并联系信息中心（分机8216）。

另：根据公司网络安全工作安排，自4月1日起在外网登录网页邮箱须启用双因素认证（密码＋手机动态口令），操作指引将另行发布。

信息中心
2025年3月10日
"""
    alt = multi("alternative", bnd_java(rng, dt), [
        text(body, cs="UTF-8", cte="base64"),
        text(coremail_html(body), sub="html", cs="UTF-8", cte="base64")])
    hdrs = [("Received", cn_webmail(rng, dt, "xxzx", "172.20.3.15")),
            ("Date", hdate(dt)),
            ("From", addr(*Q["xxzx"])),
            ("To", addr(*Q["all"])),
            ("Subject", htext(subject))] + coremail_headers(rng, dt, "xxzx", "172.20.3.15") + [
            ("MIME-Version", "1.0"),
            ("Message-ID", mid_coremail(rng, dt, "xxzx"))]
    return message(hdrs, alt)


def m30():
    rng = random.Random(1030)
    dt = T(2025, 10, 20, 11, 26, 44, CN)
    subject = "工银信使：企业账户资金变动提醒"
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=GBK"><title>中国工商银行</title></head>
<body style="margin:0;padding:0;font-family:SimSun,'宋体',sans-serif;font-size:14px">
<table width="650" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d8d8d8">
<tr><td style="background:#c7000b;color:#ffffff;padding:12px 18px;font-size:18px;font-weight:bold">中国工商银行 ICBC</td></tr>
<tr><td style="padding:18px">
<p>尊敬的 华鼎电力装备（重庆）有限公司：</p>
<p>您尾号5173的账户于2025年10月20日11:26发生一笔转入交易，详情如下：</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#e5e5e5;font-size:14px;width:100%%">
<tr><td style="width:30%%;background:#f7f7f7">账号</td><td>3100****5173</td></tr>
<tr><td style="background:#f7f7f7">交易类型</td><td>汇入汇款</td></tr>
<tr><td style="background:#f7f7f7">金额</td><td><b>人民币 386,400.00 元</b></td></tr>
<tr><td style="background:#f7f7f7">对方户名</td><td>重庆渝能配售电有限公司</td></tr>
<tr><td style="background:#f7f7f7">对方账号</td><td>5000****8826</td></tr>
<tr><td style="background:#f7f7f7">摘要</td><td>货款 合同号HD-XS-2025-117</td></tr>
<tr><td style="background:#f7f7f7">可用余额</td><td>人民币 4,127,915.36 元</td></tr>
</table>
<p>您可登录工商银行企业网上银行查询交易明细或下载电子回单。</p>
<p style="color:#c7000b;font-size:13px">温馨提示：工商银行不会通过邮件、短信要求您提供网银密码、U盾密码或短信验证码，也不会要求您登录非工商银行官方网站办理业务。</p>
<p style="font-size:13px;color:#666">客户服务热线：95588　官方网站：<a href="https://www.icbc.com.cn">www.icbc.com.cn</a></p>
<p style="font-size:12px;color:#999">本邮件由系统自动发送，请勿直接回复。</p>
</td></tr></table>
</body></html>
"""
    root = text(html, sub="html", cs="GBK", cte="base64")
    rcpt = Q["sunyue"][1]
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 6))),
            ("Authentication-Results", ar("mx." + CNDOM, d="icbc.com.cn", s="icbc", mailfrom="icbc.com.cn",
                                          hfrom="icbc.com.cn", spf_ip="203.0.113.212", dmarc="p=reject dis=none")),
            ("Received", cn_gw(rng, later(dt, 5), "mail1.icbc.com.cn", "mail1.icbc.com.cn", "203.0.113.212", rcpt)),
            ("Received", "from icbc-msg-app11 ([10.190.4.11])\r\n\tby mail1.icbc.com.cn with ESMTP id %s;\r\n\t%s"
             % (hx(rng, 14, True), hdate(later(dt, 3)))),
            ("DKIM-Signature", dkim(rng, "icbc.com.cn", "icbc", later(dt, 3), c="relaxed/simple")),
            ("Date", hdate(dt)),
            ("From", addr("中国工商银行", "ebank@icbc.com.cn", "GBK")),
            ("To", rcpt),
            ("Subject", htext(subject, "GBK")),
            ("Message-ID", "<%s.%s@icbc.com.cn>" % (dg(rng, 18), hx(rng, 8))),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m31():
    rng = random.Random(1031)
    dt = T(2025, 11, 10, 3, 12, 55, CN)
    subject = "招商银行信用卡电子账单"
    tx = [("10/08", "10/09", "美团外卖", "68.50"),
          ("10/12", "10/13", "滴滴出行", "36.20"),
          ("10/15", "10/16", "中国石化重庆石油分公司", "400.00"),
          ("10/21", "10/22", "京东商城", "1,299.00"),
          ("10/25", "10/26", "中国铁路网络有限公司", "154.00"),
          ("10/30", "10/31", "携程旅行网", "1,524.90")]
    trs = "\n".join('<tr><td>%s</td><td>%s</td><td style="text-align:left">%s</td><td style="text-align:right">%s</td></tr>' % t
                    for t in tx)
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>招商银行信用卡电子账单</title></head>
<body style="margin:0;background:#f2f2f2;font-family:'Microsoft YaHei',Arial,sans-serif">
<table width="680" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:13px;color:#333">
<tr><td style="background:#c41f1f;color:#fff;padding:14px 20px;font-size:18px">招商银行信用卡 · 电子账单</td></tr>
<tr><td style="padding:18px 20px">
<p>尊敬的 罗晓峰 先生，您好！</p>
<p>以下是您的招商银行信用卡2025年11月电子账单（账单周期：2025/10/06-2025/11/05）。</p>
<table width="100%%" cellpadding="8" cellspacing="0" style="border:1px solid #eee;text-align:center">
<tr style="background:#faf3f3"><td>本期应还金额</td><td>最低还款额</td><td>到期还款日</td><td>信用额度</td></tr>
<tr style="font-size:16px"><td><b>¥3,482.60</b></td><td>¥348.26</td><td>2025/11/23</td><td>¥50,000</td></tr>
</table>
<p style="margin-top:18px"><b>本期交易明细</b>（卡号末四位 4417）</p>
<table width="100%%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#eee;text-align:center">
<tr style="background:#f7f7f7"><td>交易日</td><td>记账日</td><td>交易摘要</td><td>人民币金额</td></tr>
%s
</table>
<p>您可通过招商银行App或掌上生活App查询账单详情并办理还款，也可登录 <a href="https://cc.cmbchina.com">cc.cmbchina.com</a>。</p>
<p style="font-size:12px;color:#888">为保障您的资金安全，请勿向任何人透露您的卡号、有效期、CVV2码及短信验证码。招商银行不会以邮件方式要求您提供上述信息。<br>
信用卡客服热线：95555　本邮件由系统自动发送，请勿直接回复。</p>
</td></tr></table>
</body></html>
""" % trs
    root = text(html, sub="html", cs="utf-8", cte="quoted-printable")
    rcpt = Q["luo"][1]
    sender = "ccsvc@message.cmbchina.com"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 9))),
            ("Authentication-Results", ar("mx." + CNDOM, d="message.cmbchina.com", s="cmb",
                                          mailfrom="message.cmbchina.com", hfrom="message.cmbchina.com",
                                          spf_ip="198.51.100.61", dmarc="p=quarantine dis=none")),
            ("Received", cn_gw(rng, later(dt, 8), "mta6.message.cmbchina.com", "mta6.message.cmbchina.com",
                               "198.51.100.61", rcpt)),
            ("DKIM-Signature", dkim(rng, "message.cmbchina.com", "cmb", later(dt, 6))),
            ("Date", hdate(dt)),
            ("From", addr("招商银行信用卡", sender)),
            ("To", addr("罗晓峰", rcpt)),
            ("Subject", htext(subject)),
            ("Message-ID", "<%s.%s@message.cmbchina.com>" % (dg(rng, 14), hx(rng, 10))),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m32():
    rng = random.Random(1032)
    dt = T(2026, 1, 12, 16, 40, 22, CN)
    no = "26502000000041837265"
    seller = "重庆捷安办公用品有限公司"
    subject = "您收到一张【%s】开具的数电发票【发票号码：%s】" % (seller, no)
    body = """尊敬的客户：

您好！%(seller)s已为贵单位开具数电发票（增值税专用发票），信息如下：

购买方名称：华鼎电力装备（重庆）有限公司
发票号码：%(no)s
开票日期：2026年01月12日
金额：¥2,049.56
税额：¥266.44
价税合计：¥2,316.00（贰仟叁佰壹拾陆元整）

发票PDF版式文件及XML文件见附件。您可登录国家税务总局全国增值税发票查验平台（https://inv-veri.chinatax.gov.cn）查验发票真伪，或通过电子发票服务平台税务数字账户查询。

如对发票信息有疑问，请联系：财务 陈女士 023-6852 7710。

%(seller)s
""" % {"seller": seller, "no": no}
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<EInvoice>
  <Header><EIid>%s</EIid><EInvoiceTag>SWEI5000</EInvoiceTag><Version>0.1</Version></Header>
  <EInvoiceData>
    <SellerInformation><SellerIdNum>91500105MA5U000X1J</SellerIdNum><SellerName>%s</SellerName></SellerInformation>
    <BuyerInformation><BuyerIdNum>91500000MA60000Y2K</BuyerIdNum><BuyerName>华鼎电力装备（重庆）有限公司</BuyerName></BuyerInformation>
    <BasicInformation><TotalAmWithoutTax>2049.56</TotalAmWithoutTax><TotalTaxAm>266.44</TotalTaxAm><TotalTax-includedAmount>2316.00</TotalTax-includedAmount><RequestTime>2026-01-12 16:40:03</RequestTime></BasicInformation>
    <IssuItemInformation><ItemName>*纸制品*A4复印纸 70g</ItemName><Quantity>12</Quantity><TaxRate>0.13</TaxRate></IssuItemInformation>
    <IssuItemInformation><ItemName>*文具*中性笔 0.5mm</ItemName><Quantity>20</Quantity><TaxRate>0.13</TaxRate></IssuItemInformation>
  </EInvoiceData>
  <!-- 占位文件，非真实发票 -->
</EInvoice>
""" % (no, seller)
    fname = "dzfp_%s_%s_20260112164003" % (no, seller)
    alt = multi("alternative", "----=_NextPart_%s_%s_%s" % (hx(rng, 8, True), hx(rng, 8, True), hx(rng, 8, True)), [
        text(body, cs="utf-8", cte="base64"),
        text(coremail_html(body), sub="html", cs="utf-8", cte="base64")])
    root = multi("mixed", "----=_NextPart_%s_%s_%s" % (hx(rng, 8, True), hx(rng, 8, True), hx(rng, 8, True)), [
        alt,
        attach(pdf(["Fully digitalized e-invoice (placeholder)", "No. " + no, "Date 2026-01-12",
                    "Total CNY 2,316.00"], no), "application/octet-stream", fname + ".pdf", cs="utf-8"),
        attach(crlf(xml).encode("utf-8"), "application/octet-stream", fname + ".xml", cs="utf-8")])
    rcpt = Q["fapiao"][1]
    sender = "fapiao@jiean-office.example"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 4))),
            ("Authentication-Results", ar("mx." + CNDOM, d="jiean-office.example", s="s201512",
                                          mailfrom="jiean-office.example", hfrom="jiean-office.example",
                                          spf_ip="192.0.2.153")),
            ("Received", cn_gw(rng, later(dt, 3), "smtpbg153.qq.com", "smtpbg153.qq.com", "192.0.2.153", rcpt)),
            ("X-QQ-mid", "bizesmtpsz%dt%ds%s" % (rng.randint(1, 20), epoch_ms(dt) // 1000, an(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"))),
            ("X-QQ-Originating-IP", b64rand(rng, 24)[:32]),
            ("Received", "from FPKP-SERVER ( [198.51.100.66])\r\n\tby bizesmtp.qq.com (ESMTP) with ;\r\n\t%s"
             % hdate(later(dt, 1))),
            ("X-QQ-SSF", "0000000000000000000000000000000"),
            ("X-QQ-GoodBg", "1"),
            ("DKIM-Signature", dkim(rng, "jiean-office.example", "s201512", later(dt, 1),
                                    h="From:To:Subject:Mime-Version:Date:Message-ID", c="relaxed/relaxed")),
            ("From", addr(seller, sender)),
            ("To", rcpt),
            ("Subject", htext(subject)),
            ("Mime-Version", "1.0"),
            ("Date", hdate(dt)),
            ("Message-ID", "<tencent_%s@qq.com>" % hx(rng, 40, True)),
            ("X-Mailer", "QQMail 2.x")]
    lines = ["%s: %s" % h for h in hdrs] + root.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m33():
    rng = random.Random(1033)
    dt = T(2024, 5, 6, 20, 14, 37, CN)
    order = "E" + dg(rng, 9)
    subject = "网上购票系统-用户支付通知"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-size:14px;font-family:SimSun,sans-serif">
<p>尊敬的 邓先生：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;您好！</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;您于2024年05月06日在中国铁路客户服务中心网站(12306.cn)成功购买了1张车票，票款共计146.0元，订单号码 %s 。所购车票信息如下：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;1.邓志强，2024年05月09日07:52开，重庆北站-成都东站，G8502次列车，06车08F号，二等座，成人票，票价146.0元，检票口A12。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;为了确保旅客人身安全和列车运行秩序，车站将在开车时间之前提前停止检票，请您合理安排出行时间，提前到乘车站办理安检、实名制验证及检票等手续，以免耽误乘车。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;请您持购票时使用的有效身份证件原件乘车，如需报销凭证，请在乘车开始前或乘车结束之日起180日以内，通过12306网站或App开具电子发票。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;按购票时所使用的有效身份证件办理退票或改签手续。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;感谢您使用中国铁路客户服务中心网站服务！</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;本邮件由系统自动发出，请勿回复。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;中国铁路客户服务中心 <a href="https://www.12306.cn">www.12306.cn</a></p>
</body></html>
""" % order
    root = text(html, sub="html", cs="utf-8", cte="base64")
    rcpt = Q["deng"][1]
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 12))),
            ("Authentication-Results", ar("mx." + CNDOM, mailfrom="rails.com.cn", spf_ip="192.0.2.12")),
            ("Received", cn_gw(rng, later(dt, 11), "smtp.rails.com.cn", "smtp.rails.com.cn", "192.0.2.12", rcpt,
                               tls=False)),
            ("Received", "from 12306-mail04 (unknown [10.1.205.14])\r\n\tby smtp.rails.com.cn (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (qid_short(rng), rcpt, pdate(later(dt, 9), "CST"))),
            ("Date", hdate(dt)),
            ("From", "12306@rails.com.cn"),
            ("To", rcpt),
            ("Message-ID", "<%d.%d.%d.JavaMail.root@12306-mail04>" % (rng.randint(10 ** 8, 10 ** 9),
                                                                      rng.randint(10 ** 4, 10 ** 5), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m34():
    rng = random.Random(1034)
    dt = T(2026, 3, 16, 15, 2, 11, CN)
    wb = "SF1498372650142"
    subject = "【顺丰速运】您的快件%s已签收" % wb
    plain = """尊敬的客户，您好：

您的快件 %s 已于 2026-03-16 14:58 签收，签收人：前台代收。

寄件地：江西省南昌市
收件地：重庆市渝北区
寄件人：杨**
收件人：李*

如签收信息有误或需查询物流详情，请登录顺丰官网 https://www.sf-express.com 或“顺丰速运”微信公众号/App查询。
顺丰速运不会以快件丢失理赔、退款等理由要求您点击链接或提供银行卡信息。

客服热线：95338
本邮件由系统自动发送，请勿回复。
""" % wb
    html = simple_html(plain, "font-family:'Microsoft YaHei',Arial,sans-serif;font-size:14px;color:#333")
    root = multi("alternative", bnd_java(rng, dt), [text(plain, cs="UTF-8", cte="base64"),
                                                   text(html, sub="html", cs="UTF-8", cte="base64")])
    rcpt = Q["liting"][1]
    sender = "noreply@sf-express.com"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 3))),
            ("Authentication-Results", ar("mx." + CNDOM, d="sf-express.com", s="sf", mailfrom="sf-express.com",
                                          hfrom="sf-express.com", spf_ip="203.0.113.93")),
            ("Received", cn_gw(rng, later(dt, 2), "mail-notify.sf-express.com", "mail-notify.sf-express.com",
                               "203.0.113.93", rcpt)),
            ("DKIM-Signature", dkim(rng, "sf-express.com", "sf", later(dt, 1))),
            ("Date", hdate(dt)),
            ("From", addr("顺丰速运", sender)),
            ("To", rcpt),
            ("Message-ID", "<%d.%d.%d.JavaMail.notify@sf-express.com>" % (
                rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6), epoch_ms(dt))),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m35():
    rng = random.Random(1035)
    dt = T(2025, 7, 7, 12, 41, 3, CN)
    trade = "20250707" + "2200" + "1" + dg(rng, 15)
    subject = "支付宝：您有一笔付款已成功"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif">
<div style="width:600px;margin:20px auto;background:#fff;border-top:4px solid #1677ff">
<div style="padding:20px 24px;font-size:14px;color:#333">
<p style="font-size:16px">亲爱的 冉小雨：</p>
<p>您的支付宝账户 ran***@hdpower-cq.example 于 2025-07-07 12:40:58 完成一笔付款。</p>
<table cellpadding="6" cellspacing="0" style="font-size:14px">
<tr><td style="color:#999">付款金额</td><td><b style="font-size:18px">¥100.00</b></td></tr>
<tr><td style="color:#999">收款方</td><td>中国移动通信集团重庆有限公司</td></tr>
<tr><td style="color:#999">商品说明</td><td>手机话费充值 138****2140</td></tr>
<tr><td style="color:#999">付款方式</td><td>余额宝</td></tr>
<tr><td style="color:#999">交易号</td><td>%s</td></tr>
</table>
<p>如非本人操作，请立即登录支付宝App修改密码，或拨打客服热线 95188。</p>
<p style="font-size:12px;color:#999">支付宝不会以任何理由要求您提供密码、校验码，或要求您转账至“安全账户”。<br>此邮件由系统自动发出，请勿直接回复。<a href="https://www.alipay.com" style="color:#1677ff">www.alipay.com</a></p>
</div></div>
</body></html>
""" % trade
    root = text(html, sub="html", cs="utf-8", cte="base64", quote=False)
    rcpt = Q["ran"][1]
    sender = "service@mail.alipay.com"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 5))),
            ("Authentication-Results", ar("mx." + CNDOM, d="mail.alipay.com", s="alipay", mailfrom="mail.alipay.com",
                                          hfrom="mail.alipay.com", spf_ip="198.51.100.130", dmarc="p=reject dis=none")),
            ("Received", cn_gw(rng, later(dt, 4), "out100-130.mail.alipay.com", "out100-130.mail.alipay.com",
                               "198.51.100.130", rcpt)),
            ("Received", "from notify-gz00b ([10.40.9.118])\r\n\tby out100-130.mail.alipay.com with ESMTP id %s;\r\n\t%s"
             % (hx(rng, 12, True), hdate(later(dt, 2)))),
            ("DKIM-Signature", dkim(rng, "mail.alipay.com", "alipay", later(dt, 2))),
            ("Date", hdate(dt)),
            ("From", addr("支付宝", sender)),
            ("To", rcpt),
            ("Message-ID", "<%s@mail.alipay.com>" % uuid(rng)),
            ("Subject", htext(subject)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m36():
    rng = random.Random(1036)
    dt = T(2026, 3, 9, 11, 2, 48, CN)
    subject = "喜讯～小唐当爸爸啦！＋周五部门聚餐"
    body = """各位亲：

告诉大家一个好消息🎉 咱们部门的唐浩昨天晚上当爸爸啦，母女平安，宝宝7斤2两！小唐这周休陪产假，大家这几天先别找他谈工作哈～部门准备了一份小礼物，我先垫付，回头大家AA。

另外，周五（3月13日）下班后部门聚餐，顺便给小唐提前庆祝一下：
时间：18:30
地点：观音桥 渝味老灶火锅（北城天街店），包间已订好
请大家周三前回复能不能参加，方便我确认人数～

对了，春节团建的照片整理好了，放在公司网盘：
https://pan.hdpower-cq.example/s/7Qk2ZpA
提取码：hd26（内网或VPN访问）

小雨
"""
    root = text(body, cs="UTF-8", cte="8bit")
    hdrs = [("Received", cn_webmail(rng, dt, "ranxiaoyu", "172.20.16.27")),
            ("Date", hdate(dt)),
            ("From", addr(*Q["ran"])),
            ("To", addr(*Q["rlzyb"])),
            ("Subject", htext(subject))] + coremail_headers(rng, dt, "ranxiaoyu", "172.20.16.27") + [
            ("MIME-Version", "1.0"),
            ("Message-ID", mid_coremail(rng, dt, "ranxiaoyu"))]
    return message(hdrs, root)


def m37():
    rng = random.Random(1037)
    dt = T(2025, 4, 14, 15, 5, 9, CN)
    subject = "招标公告：重庆渝能配售电有限公司2025年配网设备（箱式变电站、环网柜）采购项目（招标编号：ZLZB-2025-0417）"
    body = """罗经理：您好！

我公司受重庆渝能配售电有限公司委托，就其2025年配网设备（箱式变电站、环网柜）采购项目进行公开招标，欢迎符合条件的投标人参加。招标公告已同时在中国招标投标公共服务平台（http://www.cebpubservice.com）和我公司电子招标投标交易平台发布，全文如下：

一、项目概况
招标编号：ZLZB-2025-0417
项目名称：2025年配网设备（箱式变电站、环网柜）采购
标段划分：第一标段 10kV箱式变电站 42台；第二标段 10kV环网柜 65台
交货地点：重庆市两江新区，招标人指定地点
交货期：合同签订后60日历天内

二、投标人资格要求
1. 具有独立法人资格，持有有效的营业执照；
2. 所投产品须具有国家认可的检测机构出具的有效型式试验报告；
3. 近三年（2022年1月1日至今）具有同类产品供货业绩不少于3项；
4. 本项目不接受联合体投标。

三、招标文件的获取
获取时间：2025年4月15日至2025年4月21日（法定节假日除外），每日9:00—17:00
获取方式：登录重庆中联电子招标投标交易平台（https://ebid.zlzb-cq.example）注册后在线获取，招标文件售价500元/标段，售后不退。

四、投标文件的递交
投标截止时间（开标时间）：2025年5月8日9:30
递交方式：通过电子招标投标交易平台在线递交，逾期上传的投标文件平台将拒收。

五、联系方式
招标人：重庆渝能配售电有限公司　联系人：钟工　电话：023-6312 4578
招标代理机构：重庆中联招标代理有限公司　联系人：彭女士　电话：023-6890 1357

重庆中联招标代理有限公司
2025年4月14日
"""
    root = text(body, cs="GB18030", cte="base64")
    rcpt = Q["luo"][1]
    sender = "zbgg@zlzb-cq.example"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 7))),
            ("Authentication-Results", ar("mx." + CNDOM, mailfrom="zlzb-cq.example", spf_ip="203.0.113.150")),
            ("Received", cn_gw(rng, later(dt, 6), "mail.zlzb-cq.example", "mail.zlzb-cq.example", "203.0.113.150",
                               rcpt)),
            ("Received", "from PENGJING-PC (unknown [192.168.1.104])\r\n\tby mail.zlzb-cq.example (Coremail) with SMTP id "
             "%s--.%dS2;\r\n\t%s" % (an(rng, 24), rng.randint(10000, 99999), pdate(later(dt, 2), "CST"))),
            ("Date", hdate(dt)),
            ("From", '%s <%s>' % (ew("重庆中联招标代理有限公司", "gb18030"), sender)),
            ("To", '%s <%s>' % (ew("罗晓峰", "gb18030"), rcpt)),
            ("Cc", '%s <%s>' % (ew("邓志强", "gb18030"), Q["deng"][1])),
            ("Subject", htext(subject, "gb18030")),
            ("X-Priority", "3"),
            ("X-GUID", uuid(rng, upper=True)),
            ("X-Has-Attach", "no"),
            ("X-Mailer", "Foxmail 7.2.23.121[cn]"),
            ("Mime-Version", "1.0"),
            ("Message-ID", mid_foxmail(rng, dt, "zlzb-cq.example"))]
    lines = ["%s: %s" % h for h in hdrs] + root.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m38():
    rng = random.Random(1038)
    dt = T(2025, 8, 18, 16, 20, 33, CN)
    subject = "RE: 询价 - 真空断路器操作机构零件"
    body = """楊先生 您好：

感謝貴公司的詢價。附件為本公司報價單（Q-HJ-250818），請查收。

報價摘要如下：
1. 彈簧操作機構主軸（材質 42CrMo，調質處理）：200 件，單價 USD 38.50
2. 分閘脫扣線圈組件 DC220V：400 組，單價 USD 12.80
3. 合閘彈簧（附預壓測試報告）：200 件，單價 USD 9.60
合計：USD 14,740.00

報價條件：
- 貿易條件：FOB 台中港
- 交期：收到訂單及預付款後 45 個工作天
- 付款條件：T/T，訂單確認後預付 30%，出貨前付清餘款 70%
- 報價有效期：30 天
- 每批出貨附材質證明及出廠檢驗報告

另外，關於您提到的樣品需求，我們可以先提供主軸及線圈各 2 件樣品，樣品費用免收，運費到付，約 7 個工作天可寄出。

如有任何問題，歡迎隨時與我聯繫。

林怡君 Yi-Jun Lin
業務部 Sales Dept.
宏鈞精密機電股份有限公司
Tel: +886-4-2359-6178 ext. 213
Mobile: +886-932-581-406

-----Original Message-----
From: 杨帆 <yangfan@hdpower-cq.example>
Sent: Tuesday, August 12, 2025 10:30 AM
To: yijun.lin@hongjun-precision.example
Cc: 邓志强 <dengzhiqiang@hdpower-cq.example>
Subject: 询价 - 真空断路器操作机构零件

林小姐，您好！

我司是重庆的一家电力装备制造企业，现需采购一批真空断路器弹簧操作机构零件，明细如下，请贵司报价（含交期、付款条件）：
1. 弹簧操作机构主轴 200件（图纸见附件）
2. 分闸脱扣线圈组件 DC220V 400组
3. 合闸弹簧 200件
如能提供样品，请一并说明。

杨帆
华鼎电力装备（重庆）有限公司 物资采购部
电话：023-6781 5127
"""
    orig_mid = mid_coremail(rng, T(2025, 8, 12, 10, 30, 2, CN), "yangfan")
    b_outer, b_inner = outlook_bnds(rng)
    alt = multi("alternative", b_inner, [
        text(body, cs="utf-8", cte="base64", fold=True),
        text(outlook_html(body, lang="ZH-TW", font="新細明體", size="12.0pt"), sub="html", cs="utf-8",
             cte="base64", fold=True)], fold=True)
    att = attach(xlsx([["宏鈞精密機電股份有限公司 報價單", "", "", "", ""],
                       ["報價單號", "Q-HJ-250818", "", "日期", "2025/08/18"],
                       ["項次", "品名", "數量", "單價(USD)", "金額(USD)"],
                       [1, "彈簧操作機構主軸 42CrMo", 200, 38.5, 7700],
                       [2, "分閘脫扣線圈組件 DC220V", 400, 12.8, 5120],
                       [3, "合閘彈簧", 200, 9.6, 1920],
                       ["", "合計", "", "", 14740]], dt, "報價單"),
                 XLSX, "報價單_Q-HJ-250818.xlsx", cs="utf-8")
    root = multi("mixed", b_outer, [alt, att], preamble="This is a multipart message in MIME format.", fold=True)
    rcpt = Q["yangfan"][1]
    d = "hongjun-precision.example"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 5))),
            ("Authentication-Results", ar("mx." + CNDOM, d=d, s="selector1", mailfrom=d, hfrom=d,
                                          spf_ip="198.51.100.172")),
            ("Received", cn_gw(rng, later(dt, 4), "mail.hongjun-precision.example", "mail.hongjun-precision.example",
                               "198.51.100.172", rcpt)),
            ("Received", "from LINYIJUN-NB (unknown [192.168.10.57])\r\n\tby mail.hongjun-precision.example (Postfix) "
             "with ESMTPSA id %s;\r\n\t%s" % (qid_short(rng), pdate(later(dt, 2), "CST"))),
            ("DKIM-Signature", dkim(rng, d, "selector1", later(dt, 2),
                                    h="From:To:Cc:References:In-Reply-To:Subject:Date:Message-ID:MIME-Version:Content-Type")),
            ("From", addr("林怡君", "yijun.lin@" + d, "utf-8")),
            ("To", addr("杨帆", rcpt, "utf-8")),
            ("Cc", alist([("邓志强", Q["deng"][1]), ("陳志明", "zhiming.chen@" + d)], "utf-8")),
            ("References", orig_mid),
            ("In-Reply-To", orig_mid),
            ("Subject", htext(subject, "utf-8")),
            ("Date", hdate(dt)),
            ("Message-ID", mid_outlook(rng, dt, d)),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(rng)),
            ("Content-Language", "zh-tw")]
    idx = [i for i, h in enumerate(hdrs) if h[0] == "MIME-Version"][0]
    lines = ["%s: %s" % h for h in hdrs[:idx + 1]] + root.headers + ["%s: %s" % h for h in hdrs[idx + 1:]]
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + root.body


def m39():
    rng = random.Random(1039)
    dt = T(2025, 12, 8, 10, 5, 47, CN)
    sent = T(2025, 12, 8, 10, 5, 21, CN)
    orig_subject = "关于箱变项目技术协议修改的说明"
    bad = "wanglei@cq-yuneng.example"
    qid = qid_short(rng)
    notice = """您好，您发送的邮件未能成功投递到以下收件人：

收件人：%(bad)s
原邮件主题：%(subj)s
发送时间：2025-12-08 10:05:21

退信原因：收件人邮箱地址不存在。
对方服务器返回：550 5.1.1 <%(bad)s>: Recipient address rejected: User unknown in virtual mailbox table

建议：请核对收件人地址是否正确后重新发送；如对方已更换邮箱，请通过电话等方式向对方确认新地址。

此邮件由系统自动发送，请勿回复。如有疑问，请联系信息中心（分机8216）。
""" % {"bad": bad, "subj": orig_subject}
    status = """Reporting-MTA: dns; mx.%(d)s
X-Postfix-Queue-ID: %(q)s
X-Postfix-Sender: rfc822; luoxiaofeng@%(d)s
Arrival-Date: %(arr)s

Final-Recipient: rfc822; %(bad)s
Original-Recipient: rfc822;%(bad)s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.cq-yuneng.example
Diagnostic-Code: smtp; 550 5.1.1 <%(bad)s>: Recipient address rejected: User
    unknown in virtual mailbox table
""" % {"d": CNDOM, "q": qid, "arr": pdate(later(sent, 1), "CST"), "bad": bad}
    orig_mid = mid_coremail(rng, sent, "luoxiaofeng")
    orig_headers = "\r\n".join([
        "Received: " + cn_webmail(rng, sent, "luoxiaofeng", "172.20.18.12"),
        "Date: " + hdate(sent),
        "From: " + addr(*Q["luo"]),
        "To: " + addr("王磊", bad),
        "Subject: " + htext(orig_subject),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        "Content-Type: multipart/mixed; ",
        '\tboundary="----=_Part_%d_%d.%d"' % (rng.randint(10000, 999999), rng.randint(10 ** 8, 2 * 10 ** 9), epoch_ms(sent)),
        "MIME-Version: 1.0",
        "Message-ID: " + orig_mid,
    ]) + "\r\n"
    p1 = text(notice, cs="UTF-8", cte="base64", extra_headers=("Content-Description: Notification",))
    p2 = Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
              crlf(status).encode("ascii"))
    p3 = Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
              orig_headers.encode("ascii"))
    bqid = qid_short(rng)
    root = multi("report", "%s.%d/mx.%s" % (bqid, epoch_ms(dt) // 1000, CNDOM), [p1, p2, p3],
                 extra_params=";\r\n report-type=delivery-status")
    rcpt = Q["luo"][1]
    hdrs = [("Return-Path", "<>"),
            ("Received", cn_gw_to_store(rng, later(dt, 1))),
            ("Received", "by mx.%s (Postfix)\r\n\tid %s; %s" % (CNDOM, bqid, pdate(dt, "CST"))),
            ("Date", hdate(dt)),
            ("From", addr("系统管理员", "postmaster@" + CNDOM)),
            ("Subject", htext("系统退信：" + orig_subject)),
            ("To", rcpt),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<%s@mx.%s>" % ("%04d%02d%02d%02d%02d%02d.%s" % (dt.year, dt.month, dt.day, dt.hour,
                                                                            dt.minute, dt.second, bqid), CNDOM)),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


def m40():
    rng = random.Random(1040)
    dt = T(2026, 2, 2, 10, 30, 0, CN)
    subject = "关于举办2026年第一期电力设备状态检修与智能运维技术培训班的通知"
    uid = hx(rng, 20)
    body = """各有关单位：

为深入推进电力设备状态检修工作，提升设备运维人员对智能巡检、带电检测和故障诊断新技术的应用能力，中国电力企业联合会人才评价与教育培训中心定于2026年3月举办“电力设备状态检修与智能运维技术培训班”。现将有关事项通知如下：

一、培训时间和地点
时间：2026年3月23日—27日（23日全天报到）
地点：北京市（具体地点见报到通知）

二、培训对象
发电、电网、电力装备制造企业从事设备管理、检修运维、技术监督工作的专业技术人员和管理人员。

三、培训内容
1. 电力设备状态检修相关政策与标准解读；
2. 变压器、GIS、开关柜带电检测技术及典型案例分析；
3. 无人机、机器人智能巡检及数字孪生技术应用；
4. 设备故障诊断与状态评价方法；
5. 现场参观与交流研讨。

四、培训费用
培训费3800元/人（含资料费、场地费），食宿统一安排，费用自理。

五、报名方式
请于3月13日前将报名回执（见附件）发送至 peixun@cec.org.cn，通知全文可登录中电联网站 https://www.cec.org.cn 查看。
联系人：张老师　电话：010-6341 8756

中国电力企业联合会人才评价与教育培训中心
2026年2月2日

——
您收到此邮件，是因为您曾报名参加中电联培训或订阅了培训通知。如不希望再收到此类邮件，请访问 https://www.cec.org.cn/unsubscribe?u=%s 退订。
""" % uid
    alt = multi("alternative", bnd_java(rng, dt), [
        text(body, cs="UTF-8", cte="base64"),
        text(simple_html(body, "font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;line-height:1.7"),
             sub="html", cs="UTF-8", cte="base64")])
    att = attach(docx(["报名回执", "单位名称：", "姓名　　性别　　职务/职称　　手机　　邮箱",
                       "发票抬头及税号：", "（表格占位）"], dt),
                 DOCX, "附件：报名回执.docx", cs="UTF-8")
    root = multi("mixed", bnd_java(rng, dt), [alt, att])
    rcpt = Q["huang"][1]
    sender = "peixun@cec.org.cn"
    hdrs = [("Received", cn_gw_to_store(rng, later(dt, 16))),
            ("Authentication-Results", ar("mx." + CNDOM, d="cec.org.cn", s="default", mailfrom="cec.org.cn",
                                          hfrom="cec.org.cn", spf_ip="192.0.2.66")),
            ("Received", cn_gw(rng, later(dt, 15), "mail.cec.org.cn", "mail.cec.org.cn", "192.0.2.66", rcpt)),
            ("Received", "from edm-sender02 (unknown [10.10.8.42])\r\n\tby mail.cec.org.cn (Postfix) with ESMTP id %s\r\n"
             "\tfor <%s>; %s" % (qid_short(rng), rcpt, pdate(later(dt, 12), "CST"))),
            ("DKIM-Signature", dkim(rng, "cec.org.cn", "default", later(dt, 12),
                                    h="From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type")),
            ("Date", hdate(dt)),
            ("From", addr("中电联人才评价与教育培训中心", sender)),
            ("To", rcpt),
            ("Subject", htext(subject)),
            ("Message-ID", "<%s.%d@edm.cec.org.cn>" % (uid, epoch_ms(dt))),
            ("List-Unsubscribe", "<https://www.cec.org.cn/unsubscribe?u=%s>, <mailto:peixun@cec.org.cn?subject=unsubscribe>" % uid),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0")]
    return message(hdrs, root)


# ================================================================ main

MESSAGES = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10,
            m11, m12, m13, m14, m15, m16, m17, m18, m19, m20,
            m21, m22, m23, m24, m25, m26, m27, m28, m29, m30,
            m31, m32, m33, m34, m35, m36, m37, m38, m39, m40]


def main():
    MID.clear()
    rows = ["label\tpath\tsha256\tbytes"]
    for n, fn in enumerate(MESSAGES, 1):
        data = fn()
        for line in data.split(b"\r\n"):
            assert b"\n" not in line and b"\r" not in line, "bare line ending in e%02d" % n
            assert len(line) <= 998, "over-long line in e%02d" % n
        name = "e%02d.eml" % n
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("ham\t%s\t%s\t%d" % (name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
