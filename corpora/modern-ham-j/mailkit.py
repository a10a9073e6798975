"""Helpers for gen.py: hand-built MIME with CRLF line endings (standard library only)."""
import base64
import datetime as _dt
import quopri
import struct
import zlib
import io
import zipfile

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _nth_sunday(y, m, n):
    d = _dt.date(y, m, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(days=7 * (n - 1))


def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


BASE = {"ET": -5, "CT": -6, "MT": -7, "PT": -8, "UK": 0, "CET": 1, "UTC": 0, "MSK": 3, "IST": 5.5, "JST": 9}
ABBR = {("ET", 0): "EST", ("ET", 1): "EDT", ("CT", 0): "CST", ("CT", 1): "CDT", ("PT", 0): "PST",
        ("PT", 1): "PDT", ("MT", 0): "MST", ("MT", 1): "MDT", ("UK", 0): "GMT", ("UK", 1): "BST",
        ("CET", 0): "CET", ("CET", 1): "CEST", ("UTC", 0): "UTC", ("MSK", 0): "MSK", ("MSK", 1): "MSD",
        ("IST", 0): "IST", ("JST", 0): "JST"}


def _dst(zone, day):
    y = day.year
    if zone in ("ET", "CT", "MT", "PT"):
        if y >= 2007:
            a, b = _nth_sunday(y, 3, 2), _nth_sunday(y, 11, 1)
        else:
            a, b = _nth_sunday(y, 4, 1), _last_sunday(y, 10)
        return a <= day < b
    if zone in ("UK", "CET") or (zone == "MSK" and y < 2011):
        return _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    return False


def tzinfo(zone, day):
    off = BASE[zone] + (1 if _dst(zone, day) else 0)
    return _dt.timezone(_dt.timedelta(hours=off)), ABBR.get((zone, 1 if _dst(zone, day) else 0), "")


def D(y, mo, d, h, mi, s, zone):
    tz, _ = tzinfo(zone, _dt.date(y, mo, d))
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fmt(dt, style="std", zone=None):
    """Format an aware datetime; if zone given, convert to that zone first."""
    abbr = ""
    if zone:
        tz, abbr = tzinfo(zone, dt.astimezone(_dt.timezone.utc).date())
        dt = dt.astimezone(tz)
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    z = "%s%02d%02d" % (sign, mins // 60, mins % 60)
    day = DAYS[dt.weekday()]
    mon = MONS[dt.month - 1]
    hms = "%02d:%02d:%02d" % (dt.hour, dt.minute, dt.second)
    if style == "std":
        return "%s, %d %s %d %s %s" % (day, dt.day, mon, dt.year, hms, z)
    if style == "pad":
        return "%s, %02d %s %d %s %s" % (day, dt.day, mon, dt.year, hms, z)
    if style == "cmt":
        return "%s, %d %s %d %s %s (%s)" % (day, dt.day, mon, dt.year, hms, z, abbr or "UTC")
    if style == "padcmt":
        return "%s, %02d %s %d %s %s (%s)" % (day, dt.day, mon, dt.year, hms, z, abbr or "UTC")
    if style == "qmail":
        u = dt.astimezone(_dt.timezone.utc)
        return "%d %s %d %02d:%02d:%02d -0000" % (u.day, MONS[u.month - 1], u.year, u.hour, u.minute, u.second)
    if style == "gmt":
        u = dt.astimezone(_dt.timezone.utc)
        return "%s, %d %s %d %02d:%02d:%02d +0000 (GMT)" % (DAYS[u.weekday()], u.day, MONS[u.month - 1], u.year, u.hour, u.minute, u.second)
    raise ValueError(style)


def chain(r, date, hops, first=(3, 60), step=(1, 25)):
    """hops: list of (template, zone, style) from origin towards the mailbox.
    Returns Received header tuples, top (last hop) first. Template uses {d}."""
    t = date + _dt.timedelta(seconds=r.randint(*first))
    out = []
    for tmpl, zone, style in hops:
        out.append(("Received", tmpl.replace("{d}", fmt(t, style, zone))))
        t = t + _dt.timedelta(seconds=r.randint(*step))
    out.reverse()
    return out


# ---------------------------------------------------------------- random tokens
def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(chars) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def b64tok(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def uuid(r, upper=True):
    h = hexs(r, 32, upper)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fold_b64(s, width=70, indent="\t  "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim(r, d, s, h, a="rsa-sha256", c="relaxed/relaxed", keybytes=128, extra=""):
    bh = b64tok(r, 32)
    b = b64tok(r, keybytes)
    v = "v=1; a=%s; c=%s;\n\td=%s; s=%s;%s\n\th=%s;\n\tbh=%s;\n\tb=%s" % (
        a, c, d, s, extra, h, bh, fold_b64(b, 68, "\t "))
    return ("DKIM-Signature", v)


def thread_index(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(hdr(k, v))
        head = b"".join(out)
        if self.children is None:
            return head + b"\r\n" + self.body
        b = self.boundary.encode()
        parts = [head, b"\r\n"]
        if self.preamble is not None:
            parts.append(crlf(self.preamble).encode() + b"\r\n")
        for c in self.children:
            parts.append(b"--" + b + b"\r\n" + c.render() + b"\r\n")
        parts.append(b"--" + b + b"--\r\n")
        if self.epilogue is not None:
            parts.append(crlf(self.epilogue).encode())
        return b"".join(parts)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def hdr(k, v):
    return (k + ": " + crlf(v) + "\r\n").encode("ascii")


def encode_text(text, charset, cte):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(data)
        return q.replace(b"\n", b"\r\n")
    if cte == "base64":
        return b64_lines(data.replace(b"\n", b"\r\n"))
    raise ValueError(cte)


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode()
    return ("\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n").encode()


def text(body, ct=None, cs="us-ascii", cte="7bit", sub="plain", headers=(), cte_name=None, after=()):
    """Leaf text part. ct overrides the Content-Type value; headers go before, after go after."""
    if ct is None:
        ct = 'text/%s; charset="%s"' % (sub, cs)
    h = list(headers) + [("Content-Type", ct), ("Content-Transfer-Encoding", cte_name or cte)] + list(after)
    return Part(h, encode_text(body, cs, cte))


def binary(ct, data, filename=None, disp="attachment", cid=None, cte="base64", headers=(), name=True,
           disp_params=""):
    h = list(headers)
    ctv = ct
    if filename and name:
        ctv += ';\n\tname="%s"' % filename
    h.append(("Content-Type", ctv))
    h.append(("Content-Transfer-Encoding", cte))
    if cid:
        h.append(("Content-ID", "<%s>" % cid))
    if disp:
        dv = disp
        if filename:
            dv += ';\n\tfilename="%s"' % filename
        h.append(("Content-Disposition", dv + disp_params))
    if cte == "base64":
        body = b64_lines(data)
    else:
        body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return Part(h, body)


def multi(sub, children, boundary, params="", headers=(), preamble=None, epilogue=None, after=()):
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)
    h = list(headers) + [("Content-Type", ct)] + list(after)
    return Part(h, children=children, boundary=boundary, preamble=preamble, epilogue=epilogue)


def msgpart(inner_bytes, headers=(), ct="message/rfc822"):
    h = list(headers) + ([("Content-Type", ct)] if ct else [])
    return Part(h, inner_bytes)


def build(hdrs, part=None):
    """hdrs: list of (name, value); ('*MIME*', None) marks where the body part's headers go."""
    out = []
    placed = False
    for k, v in hdrs:
        if k == "*MIME*":
            out.extend(part.headers)
            placed = True
        else:
            out.append((k, v))
    if part is not None and not placed:
        out.extend(part.headers)
    head = b"".join(hdr(k, v) for k, v in out)
    if part is None:
        raise ValueError("no body")
    body = Part([], part.body, part.children, part.boundary, part.preamble, part.epilogue).render()
    return head + body


# ---------------------------------------------------------------- placeholder files
def png(r, w=12, h=12):
    col = bytes([r.randrange(256), r.randrange(256), r.randrange(256)])
    raw = b"".join(b"\x00" + col * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def gif(r):
    c = bytes([r.randrange(256), r.randrange(256), r.randrange(256)])
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + c + b"\xff\xff\xff" +
            b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def jpeg(r, size=1500, note=b"placeholder image"):
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    com = note + b" " + bytes(r.randrange(256) for _ in range(size))
    segs = b""
    while com:
        piece, com = com[:60000], com[60000:]
        segs += b"\xff\xfe" + struct.pack(">H", len(piece) + 2) + piece
    return b"\xff\xd8" + app0 + segs + b"\xff\xd9"


def pdf(lines):
    body = "%PDF-1.4\n% placeholder document, text only\n" + "\n".join("% " + l for l in lines) + "\n%%EOF\n"
    return body.encode("ascii")


def ole(r, label, size=900):
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" +
            b"placeholder " + label.encode() + b" " + bytes(r.randrange(256) for _ in range(size)))


def zipone(name, line, when):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(name, date_time=when)
        zi.external_attr = 0o644 << 16
        zi.create_system = 3
        z.writestr(zi, line)
    return bio.getvalue()


# ---------------------------------------------------------------- recipient gateways
# Five invented recipient organisations, each with its own inbound gateway software by era.
def sendmail_id(r, y):
    return "%s%s%s" % ("ijklmnopqrstuvwxyz"[y - 2000 + 4], alnum(r, 7), digits(r, 6))


def exim_id(r):
    return "%s-%s-%s" % (alnum(r, 6), alnum(r, 6), alnum(r, 2))


def gw_u(r, y, frm, rcpt):
    """Halvorsen University (halvorsen.example), US Eastern."""
    if y <= 2006:
        return [("from %s\n\tby mx1.halvorsen.example (8.13.1/8.13.1) with ESMTP id %s\n\tfor <%s>; {d}"
                 % (frm, sendmail_id(r, y), rcpt), "ET", "std")]
    return [("from %s\n\tby mx-in2.its.halvorsen.example (Postfix) with ESMTP id %s\n\tfor <%s>; {d}"
             % (frm, hexs(r, 10, True), rcpt), "ET", "cmt")]


def gw_e(r, y, frm, rcpt=None):
    """Brightwater Energy Trading (bwtrading.example), Houston, Exchange."""
    if y <= 2007:
        return [("from %s by HOU-MX01.corp.bwtrading.example with Microsoft SMTPSVC(6.0.3790.1830);\n\t {d}"
                 % frm, "CT", "std")]
    ver = "8.1.375.2" if y < 2010 else "14.1.355.2"
    return [("from %s by HOU-EXHUB02.corp.bwtrading.example\n (10.40.2.22) with Microsoft SMTP Server (TLS) id %s;"
             " {d}" % (frm, ver), "CT", "pad")]


def gw_c(r, y, frm, rcpt=None):
    """City of Marrowfield (ci.marrowfield.test), US Central, Lotus Domino."""
    rel = {2004: "6.5.1", 2005: "6.5.4", 2006: "6.5.5FP1", 2007: "7.0.2", 2008: "7.0.3", 2009: "8.0.2",
           2010: "8.5.1", 2011: "8.5.2FP2", 2012: "8.5.3"}[y]
    return [("from %s\n          by mailgate.ci.marrowfield.test (Lotus Domino Release %s)\n"
             "          with ESMTP id %s%s-%s ;\n          {d}" % (frm, rel, str(y), digits(r, 12), digits(r, 6)),
             "CT", "std")]


def gw_p1(r, y, frm, rcpt):
    """Kestrel Broadband (kestrelnet.example), UK ISP, Exim."""
    ver = "4.44" if y < 2007 else ("4.69" if y < 2010 else "4.76")
    return [("from %s\n\tby mx3.kestrelnet.example with esmtp (Exim %s)\n\tid %s\n\tfor %s; {d}"
             % (frm, ver, exim_id(r), rcpt), "UK", "std")]


def gw_p2(r, y, frm, rcpt):
    """oakhollow.test family domain, hosted at fernhost.test (qmail, later Postfix), US Pacific."""
    if y <= 2008:
        return [("from %s\n  by mx2.fernhost.test with SMTP; {d}" % frm, "UTC", "qmail"),
                ("(qmail %d invoked from network); {d}" % r.randint(2000, 32000), "UTC", "qmail")]
    return [("from %s\n\tby mx2.fernhost.test (Postfix) with ESMTP id %s\n\tfor <%s>; {d}"
             % (frm, hexs(r, 11, True), rcpt), "PT", "cmt")]
