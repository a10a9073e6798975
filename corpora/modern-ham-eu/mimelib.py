"""Small helpers for hand-building raw RFC 5322 / MIME messages (stdlib only).

Used by gen.py.  Everything is deterministic: callers pass a random.Random.
"""
import base64
import email.quoprimime
import io
import struct
import zipfile
import zlib
from datetime import datetime, timedelta

CRLF = "\r\n"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]


# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    d = datetime(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _eu_summer(utc):
    start = _last_sunday(utc.year, 3).replace(hour=1)
    end = _last_sunday(utc.year, 10).replace(hour=1)
    return start <= utc < end


def tz_minutes(zone, utc):
    """Offset in minutes of a named zone at a naive UTC datetime."""
    if zone == "UTC":
        return 0
    if zone in ("WET", "CET", "EET"):
        base = {"WET": 0, "CET": 60, "EET": 120}[zone]
        return base + (60 if _eu_summer(utc) else 0)
    if zone == "MSK":
        if utc < datetime(2011, 3, 27):
            return 180 + (60 if _eu_summer(utc) else 0)
        if utc < datetime(2014, 10, 26):
            return 240
        return 180
    if zone == "TRT":
        if utc < datetime(2016, 9, 7):
            return 120 + (60 if _eu_summer(utc) else 0)
        return 180
    if zone == "PDT":
        return -420
    if zone == "NOVT":
        return 360
    if zone == "BRT":
        return -180
    raise ValueError(zone)


def fmt_date(utc, zone, pad=False, tzname=False):
    off = tz_minutes(zone, utc)
    loc = utc + timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    day = "%02d" % loc.day if pad else str(loc.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[loc.weekday()], day, MONTHS[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, a // 60, a % 60)
    if tzname:
        s += " (%s)" % ("UTC" if off == 0 else ("CEST" if off == 120 and zone == "CET" else
                                                   "CET" if zone == "CET" else zone))
    return s


class Clock:
    """Walks forward from the Date: of a message, for Received: hops."""

    def __init__(self, rng, utc):
        self.r = rng
        self.t = utc

    def step(self, lo=1, hi=20):
        self.t = self.t + timedelta(seconds=self.r.randint(lo, hi))
        return self.t


# ---------------------------------------------------------------- random ids
def rhex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def rb64(r, n):
    return ralnum(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def ruuid(r, upper=True):
    h = rhex(r, 32, upper)
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def dkim(r, domain, selector, headers, t_epoch, a="rsa-sha256", c="relaxed/relaxed"):
    b = rb64(r, 342 if a == "rsa-sha256" else 172) + "=="
    lines = ["v=1; a=%s; c=%s;" % (a, c), "d=%s; s=%s; t=%d;" % (domain, selector, t_epoch),
             "h=%s;" % headers, "bh=%s=;" % rb64(r, 43), "b="]
    out = "\r\n\t".join(lines)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return out + "\r\n\t ".join(chunks)


def epoch(utc):
    return int((utc - datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- encoded words
def _qword(bs):
    out = []
    for b in bs:
        ch = chr(b)
        if b == 0x20:
            out.append("_")
        elif (ch.isascii() and ch.isalnum()) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(text, cs="utf-8", enc="B", maxw=74):
    """RFC 2047 encoded words, folded with CRLF SP between words."""
    words, cur = [], ""

    def enc_one(s):
        bs = s.encode(cs)
        body = base64.b64encode(bs).decode() if enc == "B" else _qword(bs)
        return "=?%s?%s?%s?=" % (cs, enc, body)

    # prefer to break before a space so that no word is split across
    # encoded-words (some decoders join adjacent encoded-words with a space)
    tokens = []
    for i, piece in enumerate(text.split(" ")):
        tokens.append(piece if i == 0 else " " + piece)
    for tok in tokens:
        if cur and len(enc_one(cur + tok)) > maxw:
            words.append(enc_one(cur))
            cur = ""
        for ch in tok:
            if cur and len(enc_one(cur + ch)) > maxw:
                words.append(enc_one(cur))
                cur = ch
            else:
                cur += ch
    if cur:
        words.append(enc_one(cur))
    return "\r\n ".join(words)


def addr(name, address, cs=None, enc="B", quote=False):
    if cs:
        return "%s <%s>" % (ew(name, cs, enc), address)
    if quote:
        return '"%s" <%s>' % (name, address)
    return "%s <%s>" % (name, address)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, CRLF line ends


def _crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(data, cte):
    """data: bytes with LF or CRLF newlines (for text) or raw bytes."""
    if cte in ("7bit", "8bit"):
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        s = data.replace(b"\r\n", b"\n").decode("latin-1")
        enc = email.quoprimime.body_encode(s, maxlinelen=76, eol="\r\n")
        if not enc.endswith("\r\n"):
            enc += "\r\n"
        return enc.encode("ascii")
    if cte == "base64":
        enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
        return enc
    raise ValueError(cte)


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", ct=None, extra=None,
         cte_name=None, order="ct-first", textmode=True):
    raw = s.encode(cs)
    if cte == "base64":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if ct is None:
        ct = 'text/%s; charset="%s"' % (sub, cs)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte_name or cte)]
    if order == "cte-first":
        hs.reverse()
    if extra:
        hs += extra
    return Part(hs, encode_body(raw, cte))


def attach(data, ct, filename=None, disp="attachment", cid=None, extra=None,
           ct_name=True, fn_in_disp=True, cte="base64"):
    ctv = ct
    if filename and ct_name:
        ctv += '; name="%s"' % filename
    hs = [("Content-Type", ctv)]
    if disp:
        dv = disp
        if filename and fn_in_disp:
            dv += '; filename="%s"' % filename
        hs.append(("Content-Disposition", dv))
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    hs.append(("Content-Transfer-Encoding", cte))
    if extra:
        hs += extra
    return Part(hs, encode_body(data, cte))


def multi(sub, parts, boundary, preamble=None, extra_ct="", extra=None):
    hs = [("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (sub, extra_ct, boundary))]
    if extra:
        hs += extra
    out = []
    if preamble:
        out.append(_crlf(preamble).encode("ascii") + b"\r\n")
    for p in parts:
        out.append(("--%s\r\n" % boundary).encode("ascii"))
        out.append(render_headers(p.headers))
        out.append(b"\r\n")
        out.append(p.body)
        if not p.body.endswith(b"\r\n"):
            out.append(b"\r\n")
    out.append(("--%s--\r\n" % boundary).encode("ascii"))
    return Part(hs, b"".join(out))


def raw_part(headers, body_text, cs="us-ascii"):
    return Part(headers, _crlf(body_text).encode(cs))


def render_headers(hs):
    out = []
    for name, value in hs:
        if isinstance(value, bytes):
            v = value.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            out.append(name.encode("ascii") + b": " + v + b"\r\n")
        else:
            v = _crlf(value)
            out.append(("%s: %s\r\n" % (name, v)).encode("ascii"))
    return b"".join(out)


def message(headers, part, mime_version=True):
    """headers: list of (name, value); a ('*MIME*', None) marks where the
    MIME-Version and the top part's content headers go (else at the end)."""
    hs = []
    mime = ([("MIME-Version", "1.0")] if mime_version else []) + part.headers
    placed = False
    for n, v in headers:
        if n == "*MIME*":
            hs += mime
            placed = True
        elif n == "*PART*":
            hs += part.headers
            placed = True
        else:
            hs.append((n, v))
    if not placed:
        hs += mime
    return render_headers(hs) + b"\r\n" + part.body


# ---------------------------------------------------------------- placeholders
def pdf(label):
    return ("%%PDF-1.4\n%% placeholder document for a test corpus\n%% %s\n"
            "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n"
            % label).encode("utf-8")


def ole(label):
    # old-style .doc/.xls: OLE2 magic followed by placeholder bytes
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + \
        ("placeholder: %s" % label).encode("utf-8") + b"\x00" * 16


def zipone(inner_name, line):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2010, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 0
        z.writestr(zi, line)
    return buf.getvalue()


def gif1(r=None):
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01"
            b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def png(w, h, rgb):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    row = b"\x00" + bytes(rgb) * w
    data = zlib.compress(row * h, 9)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", data) + chunk(b"IEND", b""))


def jpeg_stub(label):
    # SOI + APP0 JFIF + COM marker with label + EOI: a tiny stand-in, not an image decoder test
    com = label.encode("ascii")
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xfe" + struct.pack(">H", len(com) + 2) + com + b"\xff\xd9")


def png_noise(r, w, h, base=(200, 16, 46), spread=40):
    """A small PNG with deterministic pixel noise (does not compress away)."""
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    rows = b""
    for _ in range(h):
        row = bytearray(b"\x00")
        for _ in range(w):
            for ch in base:
                row.append(max(0, min(255, ch + r.randint(-spread, spread))))
        rows += bytes(row)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
