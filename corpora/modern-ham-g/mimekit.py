"""Low-level helpers: dates, ids, boundaries, encodings, MIME serialisation,
tiny placeholder binaries.  Standard library only, no clock / locale input."""
import base64
import binascii
import datetime
import io
import re
import struct
import zipfile
import zlib

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"


# ---------------------------------------------------------------- randomness
def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def pick(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64tok(r, nbytes, urlsafe=False, strip=True):
    raw = rbytes(r, nbytes)
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s.rstrip("=") if strip else s


# ---------------------------------------------------------------- time
def utc_from_local(local, tzmin):
    return datetime.datetime(*local) - datetime.timedelta(minutes=tzmin)


def add(dt, seconds):
    return dt + datetime.timedelta(seconds=seconds)


def epoch(dt_utc):
    return int((dt_utc - datetime.datetime(1970, 1, 1)).total_seconds())


def rfcdate(dt_utc, tzmin, style="std", tzname=None):
    loc = dt_utc + datetime.timedelta(minutes=tzmin)
    sign = "+" if tzmin >= 0 else "-"
    a = abs(tzmin)
    off = "%s%02d%02d" % (sign, a // 60, a % 60)
    day = "%02d" % loc.day if style != "nopad" else str(loc.day)
    core = "%s %s %d %02d:%02d:%02d %s" % (day, MONS[loc.month - 1], loc.year,
                                          loc.hour, loc.minute, loc.second, off)
    if style != "nodow":
        core = "%s, %s" % (DAYS[loc.weekday()], core)
    if tzname:
        core += " (%s)" % tzname
    return core


# ---------------------------------------------------------------- headers
def fold(name, value, width=76, cont=" "):
    """Fold an unstructured/structured header at spaces.  Values that already
    contain CRLF are taken as pre-folded."""
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    words = value.split(" ")
    lines = []
    cur = name + ":"
    first = True
    for w in words:
        add_len = len(w) + 1
        if not first and len(cur) + add_len > width and cur.strip():
            lines.append(cur)
            cur = cont + w if cont != " " else " " + w
        else:
            cur = cur + " " + w
        first = False
    lines.append(cur)
    return "\r\n".join(lines)


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encword(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encode text as one or more encoded words separated by a space."""
    pre = "=?%s?%s?" % (charset, enc)
    words = []
    cur = b""

    def render(bs):
        if enc.upper() == "B":
            return pre + base64.b64encode(bs).decode() + "?="
        out = []
        for c in bs:
            if c == 0x20:
                out.append("_")
            elif c in _QSAFE:
                out.append(chr(c))
            else:
                out.append("=%02X" % c)
        return pre + "".join(out) + "?="

    for ch in text:
        b = ch.encode(charset)
        if cur and len(render(cur + b)) > maxlen:
            words.append(render(cur))
            cur = b
        else:
            cur += b
    if cur:
        words.append(render(cur))
    return " ".join(words)


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q", force_quote=False):
    if not name:
        return email if not force_quote else "<%s>" % email
    if needs_enc(name):
        return "%s <%s>" % (encword(name, charset, enc), email)
    if force_quote or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


# ---------------------------------------------------------------- ids & boundaries
def boundary(r, style, t_utc=None):
    ms = epoch(t_utc) * 1000 + r.randint(0, 999) if t_utc else r.randint(10**12, 10**13)
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (r.randint(1, 99999), r.randint(10**7, 2 * 10**9), ms)
    if style == "oe":
        return "----=_NextPart_000_%s_%s.%s" % (hexs(r, 4, True), hexs(r, 8, True), hexs(r, 8, True))
    if style == "oe1":
        return "----=_NextPart_001_%s_%s.%s" % (hexs(r, 4, True), hexs(r, 8, True), hexs(r, 8, True))
    if style == "php5":
        return "b1_" + hexs(r, 32)
    if style == "php5b":
        return "b2_" + hexs(r, 32)
    if style == "php6":
        return "b1_" + pick(r, 40)
    if style == "python":
        return "=" * 15 + "%019d" % r.randint(10**17, 10**19 - 1) + "=="
    if style == "rails":
        return "--==_mimepart_%s_%s%d" % (hexs(r, 8) + hexs(r, 5), hexs(r, 5), r.randint(1, 9))
    if style == "gmailish":
        return "0000000000" + hexs(r, 18)
    if style == "outlook":
        return "_000_%s_" % pick(r, 38, UPALNUM)
    if style == "outlook2":
        return "_002_%s_" % pick(r, 38, UPALNUM)
    if style == "apple":
        return "Apple-Mail=_" + uuid4(r, True)
    if style == "esp":
        return "=_" + hexs(r, 32)
    if style == "dotnet":
        return "--boundary_%d_%s" % (r.randint(0, 9), uuid4(r))
    if style == "mimelite":
        return "_----------=_%d%d0" % (epoch(t_utc) if t_utc else r.randint(10**9, 2 * 10**9), r.randint(1000, 32000))
    if style == "sw":
        return "_----=_SWPart_%d%d" % (r.randint(10**9, 2 * 10**9), r.randint(100, 999))
    if style == "dash":
        return "----------%s" % pick(r, 24, UPALNUM)
    if style == "mv":
        return "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**7), r.randint(10**7, 2 * 10**9), ms)
    if style == "go":
        return hexs(r, 60)
    if style == "node":
        return "--_NmP-%s-Part_1" % hexs(r, 16)
    if style == "simple":
        return "NextPart_%s" % hexs(r, 12, True)
    if style == "alt":
        return "alt-%s" % hexs(r, 24)
    raise ValueError(style)


# ---------------------------------------------------------------- encodings
def qp(data):
    """bytes -> QP str with CRLF line ends (input uses LF)."""
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
    # a line consisting only of '.' or starting 'From ' is harmless in MIME, but
    # encode a leading 'From ' like careful mailers do
    out = re.sub(r"(?m)^From ", "=46rom ", out)
    return out.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap_long_lines(text, limit=900):
    """Make sure no line exceeds limit characters (for 7bit/8bit bodies);
    breaks HTML lines at '> <' or spaces."""
    out = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            if cut < 200:
                cut = line.rfind(">", 0, limit) + 1
            if cut <= 0:
                cut = limit
            out.append(line[:cut].rstrip(" "))
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME tree
class Leaf:
    def __init__(self, ctype, payload, cte, charset=None, params=None,
                 headers=None, fmt=None):
        self.ctype = ctype
        self.payload = payload  # str (text) or bytes (binary)
        self.cte = cte
        self.charset = charset
        self.params = params or []
        self.headers = headers or []  # extra (name, value)
        self.fmt = fmt or {}

    def data(self):
        if isinstance(self.payload, bytes):
            return self.payload
        return self.payload.encode(self.charset or "us-ascii")

    def encoded_body(self):
        d = self.data()
        cte = self.cte.lower()
        if cte == "quoted-printable":
            return qp(d.replace(b"\r\n", b"\n")).encode("ascii")
        if cte == "base64":
            if self.ctype.startswith("text/"):
                d = d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            return b64(d).encode("ascii")
        txt = d.replace(b"\r\n", b"\n")
        if cte == "7bit":
            assert all(c < 128 for c in txt), self.ctype
        for ln in txt.split(b"\n"):
            assert len(ln) <= 998, (self.ctype, len(ln))
        return txt.replace(b"\n", b"\r\n")

    def content_headers(self):
        f = self.fmt
        cs = self.charset
        params = list(self.params)
        if cs:
            csv = cs.upper() if f.get("upper_cs") else cs
            params.insert(0, ("charset", csv))
        ct = self.ctype
        sep = ";\r\n\t" if f.get("fold_ct") else "; "
        for k, v in params:
            if f.get("quote", True) or any(c in v for c in ' ()<>@,;:\\"/[]?='):
                ct += '%s%s="%s"' % (sep, k, v)
            else:
                ct += "%s%s=%s" % (sep, k, v)
        hs = [("Content-Type", ct)]
        cte_val = self.cte.upper() if f.get("upper_cte") else self.cte
        hs.append(("Content-Transfer-Encoding", cte_val))
        return hs + list(self.headers)


class Multi:
    def __init__(self, subtype, bnd, parts, preamble=None, epilogue=None,
                 params=None, headers=None, fmt=None):
        self.subtype = subtype
        self.bnd = bnd
        self.parts = parts
        self.preamble = preamble
        self.epilogue = epilogue
        self.params = params or []
        self.headers = headers or []
        self.fmt = fmt or {}

    def content_headers(self):
        f = self.fmt
        sep = ";\r\n\t" if f.get("fold_ct", True) else "; "
        if f.get("bnd_first", True):
            ps = [("boundary", self.bnd)] + list(self.params)
        else:
            ps = list(self.params) + [("boundary", self.bnd)]
        ct = "multipart/%s" % self.subtype
        for k, v in ps:
            ct += '%s%s="%s"' % (sep, k, v)
        return [("Content-Type", ct)] + list(self.headers)

    def encoded_body(self):
        out = []
        if self.preamble is not None:
            out.append(crlf(self.preamble).encode("ascii") + b"\r\n")
        for p in self.parts:
            out.append(b"--" + self.bnd.encode() + b"\r\n")
            out.append(serialize_part(p))
            out.append(b"\r\n")
        out.append(b"--" + self.bnd.encode() + b"--\r\n")
        if self.epilogue:
            out.append(crlf(self.epilogue).encode("ascii"))
        return b"".join(out)


def header_lines(hs):
    out = []
    for name, value in hs:
        out.append(fold(name, value))
    return "\r\n".join(out) + "\r\n"


def serialize_part(p):
    return header_lines(p.content_headers()).encode("ascii") + b"\r\n" + p.encoded_body()


# ---------------------------------------------------------------- binaries
def gif(rgb=(255, 255, 255), transparent=True, w=1, h=1):
    """Tiny valid GIF89a of solid colour (any w,h up to 255)."""
    hdr = b"GIF89a" + struct.pack("<HH", w, h) + bytes([0x80, 0, 0])
    pal = bytes(rgb) + b"\x00\x00\x00"
    gce = b"!\xf9\x04" + (b"\x01" if transparent else b"\x00") + b"\x00\x00\x00\x00"
    img = b"," + struct.pack("<HHHH", 0, 0, w, h) + b"\x00"
    # LZW: min code size 2; emit clear code, then pixel 0 repeatedly, end code.
    n = w * h
    codes = [4] + [0] * n + [5]
    # encode with fixed 3-bit codes; reset with clear every 2 codes to keep width 3
    bits = []
    out_codes = []
    cnt = 0
    for c in codes[1:-1]:
        if cnt % 2 == 0:
            out_codes.append(4)
        out_codes.append(c)
        cnt += 1
    out_codes = out_codes + [5]
    acc = 0
    nb = 0
    data = bytearray()
    for c in out_codes:
        acc |= c << nb
        nb += 3
        while nb >= 8:
            data.append(acc & 0xFF)
            acc >>= 8
            nb -= 8
    if nb:
        data.append(acc & 0xFF)
    sub = bytearray()
    for i in range(0, len(data), 255):
        chunk = data[i:i + 255]
        sub += bytes([len(chunk)]) + chunk
    body = img + b"\x02" + bytes(sub) + b"\x00"
    return hdr + pal + gce + body + b";"


def png(w, h, rgb, stripe=None):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if stripe and (y * 3 // max(h, 1)) == 1:
                raw += bytes(stripe)
            else:
                raw += bytes(rgb)
    comp = zlib.compress(bytes(raw), 0)  # stored blocks: byte-stable everywhere
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", comp) + chunk(b"IEND", b""))


def fake_pdf(lines):
    body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + "".join("% " + ln + "\n" for ln in lines) + "%%EOF\n"
    return body.encode("latin-1", "replace")


def zip_one(name, text, when=(2008, 1, 1, 0, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(name, date_time=when)
        zi.external_attr = 0o644 << 16
        zi.create_system = 0
        z.writestr(zi, text)
    return buf.getvalue()
