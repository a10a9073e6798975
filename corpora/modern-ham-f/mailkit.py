"""Building blocks for the modern-ham-f synthetic messages.

Standard library only.  Everything here is deterministic: callers pass a
``random.Random`` seeded per message, dates are explicit aware datetimes and
no wall clock, locale or platform information is consulted.
"""

import base64
import binascii
import datetime as _dt
import email.utils
import io
import random
import struct
import urllib.parse
import zipfile

__all__ = [
    "R", "tz", "when", "later", "fmt_date", "pacific", "hexs", "b64s", "alnum",
    "hdr", "addr", "addrs", "Part", "text_part", "multipart", "attachment",
    "render_message", "pdf_bytes", "docx_bytes", "xlsx_bytes", "jpg_bytes",
    "ORGS", "dkim", "auth_results", "rx_hops", "html_paras", "esc",
]

# --------------------------------------------------------------------------
# randomness, dates
# --------------------------------------------------------------------------


def R(n):
    """Per-message RNG with a fixed integer seed."""
    return random.Random(0x4D57_4600 + n)


def tz(hours, minutes=0):
    return _dt.timezone(_dt.timedelta(hours=hours, minutes=minutes))


def when(y, mo, d, h, mi, s, off=7):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def later(t, seconds, off=None):
    t2 = t + _dt.timedelta(seconds=seconds)
    if off is not None:
        t2 = t2.astimezone(tz(off))
    return t2


def fmt_date(t, comment=None):
    s = email.utils.format_datetime(t)
    if comment:
        s += " (%s)" % comment
    return s


def _nth_sunday(y, m, n):
    d = _dt.date(y, m, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(days=7 * (n - 1))


def pacific(t):
    """Return (datetime in US Pacific time, 'PDT'/'PST') for aware t."""
    utc = t.astimezone(_dt.timezone.utc)
    s = _nth_sunday(utc.year, 3, 2)
    e = _nth_sunday(utc.year, 11, 1)
    start = _dt.datetime(s.year, s.month, s.day, 10, tzinfo=_dt.timezone.utc)
    end = _dt.datetime(e.year, e.month, e.day, 9, tzinfo=_dt.timezone.utc)
    if start <= utc < end:
        return utc.astimezone(tz(-7)), "PDT"
    return utc.astimezone(tz(-8)), "PST"


HEX = "0123456789abcdef"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def hexs(rng, n, upper=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars=B62):
    return "".join(rng.choice(chars) for _ in range(n))


def b64s(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _ew(chunk, charset, mode, label):
    b = chunk.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
    q = "".join(
        "_" if c == 0x20 else (chr(c) if c in _QSAFE else "=%02X" % c) for c in b
    )
    return "=?%s?Q?%s?=" % (label, q)


def _ew_words(text, charset, mode, label, first_max=75):
    words, cur = [], ""
    for ch in text:
        lim = first_max if not words else 75
        if cur and len(_ew(cur + ch, charset, mode, label)) > lim:
            words.append(_ew(cur, charset, mode, label))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, charset, mode, label))
    return words


def hdr(text, charset="utf-8", mode="B", label=None, plain_prefix=False, room=75):
    """RFC 2047-encode ``text`` if needed; folded with CRLF SP (as '\\n ')."""
    if _is_ascii(text):
        return text
    label = label or charset.upper()
    prefix = ""
    if plain_prefix:
        parts = text.split(" ")
        i = 0
        while i < len(parts) - 1 and _is_ascii(parts[i]):
            i += 1
        if i:
            prefix = " ".join(parts[:i]) + " "
            text = " ".join(parts[i:])
    room = max(20, min(75, room - len(prefix)))
    return prefix + "\n ".join(_ew_words(text, charset, mode, label, first_max=room))


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, address, charset="utf-8", mode="B", label=None, quote=False):
    if not name:
        return "<%s>" % address if quote else address
    if _is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (hdr(name, charset, mode, label), address)


def addrs(items, sep=",\n ", **kw):
    return sep.join(addr(n, a, **kw) for n, a in items)


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------


def _norm(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encode_body(data, cte):
    """data: bytes with LF line ends (for text) or raw bytes.  Returns CRLF bytes."""
    if cte == "base64":
        out = base64.encodebytes(data)
    elif cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        if not out.endswith(b"\n"):
            out += b"\n"
    elif cte in ("8bit", "7bit"):
        out = data if data.endswith(b"\n") else data + b"\n"
        if cte == "7bit":
            out.decode("ascii")
        for line in out.split(b"\n"):
            assert len(line) < 990, "line too long for %s" % cte
    else:
        raise ValueError(cte)
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=None,
              quote_charset=True, extra_ct="", cte_case=None, headers_after=()):
    label = label or charset.upper()
    t = _norm(text)
    if cte == "base64":
        t = t.replace("\n", "\r\n")  # canonical CRLF form inside base64
    data = t.encode(charset)
    cs = '"%s"' % label if quote_charset else label
    ct = "text/%s; charset=%s%s" % (subtype, cs, extra_ct)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte_case or cte)]
    hs.extend(headers_after)
    return Part(hs, _encode_body(data, cte))


def multipart(subtype, parts, boundary, preamble=None, extra_ct="", headers_after=()):
    ct = 'multipart/%s;%s boundary="%s"' % (subtype, extra_ct, boundary)
    hs = [("Content-Type", ct)] + list(headers_after)
    return Part(hs, parts=parts, boundary=boundary, preamble=preamble)


def _pct2231(s):
    return urllib.parse.quote(s.encode("utf-8"), safe="!#$&+-.^_`|~")


def attachment(data, ctype, filename, style="ew", charset="utf-8", label=None,
               disposition="attachment", cid=None, xatt=None, extra=(), mode="B"):
    """style: 'ascii' | 'ew' (encoded-word names) | '2231' (RFC 2231 filename*)."""
    label = label or charset.upper()
    if style == "ascii" or _is_ascii(filename):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    elif style == "ew":
        enc = " ".join(_ew_words(filename, charset, mode, label))
        ct = '%s; name="%s"' % (ctype, enc)
        cd = '%s; filename="%s"' % (disposition, enc)
    elif style == "2231":
        enc = " ".join(_ew_words(filename, charset, mode, label))
        ct = '%s;\n\tname="%s"' % (ctype, enc)
        cd = "%s;\n\tfilename*=UTF-8''%s" % (disposition, _pct2231(filename))
    else:
        raise ValueError(style)
    hs = [("Content-Type", ct), ("Content-Disposition", cd)]
    hs.append(("Content-Transfer-Encoding", "base64"))
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    if xatt:
        hs.append(("X-Attachment-Id", xatt))
    hs.extend(extra)
    return Part(hs, _encode_body(data, "base64"))


def _header_bytes(headers):
    lines = []
    for name, value in headers:
        v = _norm(value)
        line = "%s: %s" % (name, v)
        for ln in line.split("\n"):
            assert len(ln) < 990, ln[:60]
        lines.append(line)
    s = "\n".join(lines) + "\n"
    return s.replace("\n", "\r\n").encode("ascii")


def _render_part(part, include_headers=True):
    out = _header_bytes(part.headers) + b"\r\n" if include_headers else b""
    if part.parts is None:
        return out + part.body
    b = part.boundary.encode("ascii")
    if part.preamble:
        out += _norm(part.preamble).replace("\n", "\r\n").encode("ascii") + b"\r\n"
    for i, p in enumerate(part.parts):
        if i:
            out += b"\r\n"
        out += b"--" + b + b"\r\n" + _render_part(p)
    out += b"\r\n--" + b + b"--\r\n"
    return out


def render_message(headers, part, mime_first=None):
    """headers: top-level headers (trace + message).  The part's own MIME
    headers follow them (or are merged after ``mime_first`` names)."""
    hs = list(headers) + list(part.headers)
    body = _render_part(part, include_headers=False)
    return _header_bytes(hs) + b"\r\n" + body


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def html_paras(text, tag="div", wrap_open="", wrap_close="", br_empty=True):
    """Turn plain text (paragraph per line) into simple HTML lines."""
    out = []
    for line in _norm(text).split("\n"):
        if line.strip():
            out.append("<%s>%s</%s>" % (tag, esc(line), tag))
        elif br_empty:
            out.append("<%s><br></%s>" % (tag, tag))
    return wrap_open + "\n".join(out) + wrap_close


# --------------------------------------------------------------------------
# placeholder attachments
# --------------------------------------------------------------------------


def pdf_bytes(lines, title="Document"):
    """A tiny but well-formed one-page PDF with ASCII text lines."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 780
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 60 %d Tm (%s) Tj" % (y, pesc(ln)))
        y -= 16
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title (" + pesc(title).encode("latin-1") + b") /Producer (mailwarden test) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, x))
    return out.getvalue()


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _x(s):
    return esc(s)


def docx_bytes(paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    rx = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is not None and v != "":
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        rx.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


def jpg_bytes(width, height, comment="", level=0):
    """A valid baseline greyscale JPEG of a flat grey image (tiny).

    Every 8x8 block has DC difference 0 and only an EOB, so each block costs
    two bits; ``level`` shifts the grey of the very first block via DC bits.
    """
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00")
    if comment:
        out += seg(0xFE, comment.encode("ascii"))
    out += seg(0xDB, b"\x00" + bytes([8] * 64))
    out += seg(0xC0, b"\x08" + struct.pack(">HH", height, width) + b"\x01\x01\x11\x00")
    # DC table: symbols 0 (code '0') and 3 (code '10'); AC table: EOB only.
    out += seg(0xC4, b"\x00" + bytes([1, 1] + [0] * 14) + b"\x00\x03")
    out += seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = []
    lv = level % 8
    if lv:
        bits += [1, 0] + [1, (lv >> 1) & 1, lv & 1]  # category 3, value 4..7
    else:
        bits += [0]
    bits += [0]  # EOB
    bits += [0, 0] * (blocks - 1)
    while len(bits) % 8:
        bits.append(1)
    data = bytearray()
    for i in range(0, len(bits), 8):
        v = 0
        for b in bits[i:i + 8]:
            v = (v << 1) | b
        data.append(v)
        if v == 0xFF:
            data.append(0)
    return out + bytes(data) + b"\xff\xd9"


# --------------------------------------------------------------------------
# receiving organisations (fictional, .example) and trace helpers
# --------------------------------------------------------------------------

ORGS = {
    # Vietnamese
    "ubnd": dict(mx="mail.ubnd-hoaan.example", sw="postfix", tz=7, amavis=True),
    "thpt": dict(mx="mail.thpt-nguyendu.example", sw="postfix", tz=7, amavis=False),
    "minhphat": dict(mx="mx.minhphat-trading.example", sw="exim", tz=7),
    # Chinese
    "yyy": dict(mx="mail.yxxrmyy.example", sw="coremail", tz=8),
    "jiahe": dict(mx="mx.jiahe-hw.example", sw="postfix", tz=8, amavis=True),
}


def dkim(rng, d, s, h, t=None, fold="\n\t", bits=2048, i=None):
    nb = 256 if bits == 2048 else 128
    sig = b64s(rng, nb)
    lines = []
    while sig:
        lines.append(sig[:70])
        sig = sig[70:]
    parts = ["v=1; a=rsa-sha256; c=relaxed/relaxed;", "d=%s; s=%s;" % (d, s)]
    if t is not None:
        parts[-1] += " t=%d;" % int(t.timestamp())
    if i:
        parts.append("i=%s;" % i)
    parts.append("h=%s;" % h)
    parts.append("bh=%s;" % b64s(rng, 32))
    parts.append("b=" + fold.join(lines))
    return fold.join(parts)


def auth_results(org, d, mailfrom, ip, dkim_ok=True, b=None, dmarc=True, policy="none", hfrom=None):
    host = ORGS[org]["mx"]
    lines = [host + ";"]
    if d:
        lines.append("dkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=\"%s\";"
                     % ("pass" if dkim_ok else "none", d, d, b or "AAAAAAAA"))
    lines.append("spf=pass (%s: domain of %s\n\t designates %s as permitted sender)\n\t smtp.mailfrom=%s%s"
                 % (host, mailfrom, ip, mailfrom, ";" if dmarc else ""))
    if dmarc:
        dom = hfrom or mailfrom.split("@")[1]
        lines.append("dmarc=pass (p=%s dis=none) header.from=%s" % (policy, dom))
    return "\n\t".join(lines)


def _postfix_id(rng):
    return "4" + alnum(rng, 14, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def rx_hops(org, rng, helo, rdns, ip, rcpt, t, envelope=None, tls=True):
    """Received header(s) added by the receiving organisation (newest first)."""
    o = ORGS[org]
    t = t.astimezone(tz(o["tz"]))
    mx = o["mx"]
    out = []
    if o["sw"] == "postfix":
        if o.get("amavis"):
            t2 = later(t, 1 + rng.randrange(3))
            out.append(("Received", "from %s ([127.0.0.1])\n\tby localhost (%s [127.0.0.1]) (amavis, port 10024)"
                        " with ESMTP\n\tid %s for <%s>; %s"
                        % (mx, mx, alnum(rng, 12), rcpt, fmt_date(t2, "+%02d" % o["tz"]))))
        w = "ESMTPS" if tls else "ESMTP"
        tl = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
              "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)") if tls else ""
        out.append(("Received", "from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
                    % (helo, rdns, ip, tl, mx, w, _postfix_id(rng), rcpt, fmt_date(t, "+%02d" % o["tz"]))))
    elif o["sw"] == "exim":
        env = envelope or "unknown"
        eid = "%s-%s-%s" % (alnum(rng, 6), alnum(rng, 6), alnum(rng, 2))
        out.append(("Received", "from %s ([%s] helo=%s)\n\tby %s with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                    "\t(Exim 4.96.2)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
                    % (rdns, ip, helo, mx, env, eid, rcpt, fmt_date(t))))
    elif o["sw"] == "coremail":
        out.append(("Received", "from %s (unknown [%s])\n\tby %s (Coremail) with SMTP id %s;\n\t%s"
                    % (helo, ip, mx, alnum(rng, 4, B62) + "AAAA" + alnum(rng, 20) + "--." + alnum(rng, 5) + "AA--",
                       fmt_date(t, "CST"))))
    return out
