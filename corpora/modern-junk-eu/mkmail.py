"""Helpers for gen.py: hand-built RFC 5322 / MIME messages (stdlib only).

Everything is deterministic: each message passes its own random.Random.
"""
import base64
import datetime as _dt
import hashlib
import quopri
import struct
import zlib

CRLF = b"\r\n"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------- time
def eu_off(t):
    """Rough central-European offset (minutes) for a UTC datetime."""
    return 120 if 4 <= t.month <= 10 else 60


def utc_of(y, mo, d, h, mi, s, off):
    return _dt.datetime(y, mo, d, h, mi, s) - _dt.timedelta(minutes=off)


def rfcdate(t, off, pad=False, comment=None, secs=True):
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" if pad else "%d") % lt.day
    tm = "%02d:%02d:%02d" % (lt.hour, lt.minute, lt.second) if secs else "%02d:%02d" % (lt.hour, lt.minute)
    s = "%s, %s %s %d %s %s%02d%02d" % (DAYS[lt.weekday()], day, MONS[lt.month - 1], lt.year, tm, sign, o // 60, o % 60)
    if comment:
        s += " (%s)" % comment
    return s


def later(t, r, lo, hi):
    return t + _dt.timedelta(seconds=r.randint(lo, hi))


# ---------------------------------------------------------------- tokens
def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, alphabet=B62):
    return "".join(r.choice(alphabet) for _ in range(n))


def lower_alnum(r, n):
    return alnum(r, n, "abcdefghijklmnopqrstuvwxyz0123456789")


def b64rand(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def ip(r, net=None):
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    return "%s.%d" % (net or r.choice(nets), r.randint(2, 254))


def priv(r):
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 254)),
                     "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])


def same(host):
    """helo and reverse DNS agree (a properly configured sending host)."""
    return dict(helo=host, rdns=host)


def dsl_name(r, addr, tld):
    a = addr.split(".")
    pat = r.choice(["%s-%s-%s-%s.dyn.%s", "host%s.%s.%s.%s.adsl.%s", "%s.%s.%s.%s.pool.%s",
                    "cpe-%s-%s-%s-%s.cable.%s"])
    return pat % (a[0], a[1], a[2], a[3], tld)


# ---------------------------------------------------------------- header encoding
def _q(b):
    out = []
    for c in b:
        ch = chr(c)
        if c == 0x20:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(s, cs, mode="Q", csname=None, lim=75, sep="\r\n "):
    """Encoded words (RFC 2047), split on characters, folded with sep."""
    name = csname or cs
    pre = "=?%s?%s?" % (name, mode)
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        b = trial.encode(cs)
        enc = _q(b) if mode.upper() == "Q" else base64.b64encode(b).decode()
        if len(pre) + len(enc) + 2 > lim and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(cs)
        enc = _q(b) if mode.upper() == "Q" else base64.b64encode(b).decode()
        res.append(pre + enc + "?=")
    return sep.join(res)


def addr(name, email, cs=None, mode="Q", csname=None, quote=True):
    if not name:
        return "<%s>" % email if quote else email
    if cs:
        return "%s <%s>" % (ew(name, cs, mode, csname), email)
    if quote:
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (name, email)


# ---------------------------------------------------------------- bodies
def wrap76(s):
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def enc_text(text, cs):
    if isinstance(text, bytes):
        return text
    return text.replace("\r\n", "\n").encode(cs)


def cte_apply(raw, cte, is_text=True):
    if cte in ("7bit", "8bit", None):
        if cte == "7bit":
            raw.decode("ascii")
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        return CRLF.join(lines)
    if cte.lower() == "quoted-printable":
        data = raw.replace(b"\r\n", b"\n")
        out = quopri.encodestring(data)
        return out.replace(b"\n", CRLF)
    if cte.lower() == "base64":
        if is_text:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return wrap76(base64.b64encode(raw).decode()).encode() + CRLF
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, content, charset=None, cte="7bit", name=None, disp=None,
                 cid=None, ctfmt="q", extra=None, desc=None, fname=None):
        self.ctype, self.content, self.charset, self.cte = ctype, content, charset, cte
        self.name, self.disp, self.cid, self.ctfmt = name, disp, cid, ctfmt
        self.extra = extra or []
        self.desc = desc
        self.fname = fname if fname is not None else name

    def headers(self):
        ct = self.ctype
        if self.charset:
            if self.ctfmt == "q":
                ct += '; charset="%s"' % self.charset
            elif self.ctfmt == "u":
                ct += "; charset=%s" % self.charset
            else:  # folded, Outlook style
                ct += ';\r\n\tcharset="%s"' % self.charset
        if self.name:
            ct += ';\r\n\tname="%s"' % self.name if self.ctfmt != "u" else '; name="%s"' % self.name
        h = [("Content-Type", ct)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        if self.desc:
            h.append(("Content-Description", self.desc))
        if self.disp:
            d = self.disp
            if self.fname:
                d += ';\r\n\tfilename="%s"' % self.fname if self.ctfmt != "u" else '; filename="%s"' % self.fname
            h.append(("Content-Disposition", d))
        return h + self.extra

    def body(self):
        is_text = self.ctype.startswith("text/")
        raw = enc_text(self.content, self.charset or "ascii") if is_text else self.content
        if isinstance(raw, str):
            raw = raw.encode("ascii")
        return cte_apply(raw, self.cte, is_text)


class Multi:
    def __init__(self, sub, parts, boundary, preamble=None, params="", ctfmt="q"):
        self.sub, self.parts, self.boundary = sub, parts, boundary
        self.preamble, self.params, self.ctfmt = preamble, params, ctfmt

    def headers(self):
        if self.ctfmt == "oe":
            ct = 'multipart/%s;%s\r\n\tboundary="%s"' % (self.sub, self.params, self.boundary)
        elif self.ctfmt == "u":
            ct = "multipart/%s; boundary=%s%s" % (self.sub, self.boundary, self.params)
        else:
            ct = 'multipart/%s; boundary="%s"%s' % (self.sub, self.boundary, self.params)
        return [("Content-Type", ct)]

    def body(self):
        out = []
        if self.preamble is not None:
            out.append(self.preamble.encode("ascii") + CRLF)
        for p in self.parts:
            out.append(CRLF + b"--" + self.boundary.encode() + CRLF)
            out.append(render_headers(p.headers()))
            out.append(CRLF)
            out.append(p.body())
        out.append(CRLF + b"--" + self.boundary.encode() + b"--" + CRLF)
        b = b"".join(out)
        if self.preamble is None and b.startswith(CRLF):
            b = b[2:]
        return b


def render_headers(hs):
    out = []
    for k, v in hs:
        if isinstance(v, str):
            v = v.encode("ascii")
        out.append(k.encode("ascii") + b": " + v + CRLF)
    return b"".join(out)


def build(headers, root, mime_version="1.0"):
    """headers: list of (name, value); ('__MIME__', None) marks where MIME headers go."""
    mh = [("MIME-Version", mime_version)] if mime_version else []
    mh += root.headers()
    hs = []
    placed = False
    for k, v in headers:
        if k == "__MIME__":
            hs += mh
            placed = True
        elif k == "__CT__":  # content headers only (MIME-Version placed elsewhere)
            hs += root.headers()
            placed = True
        else:
            hs.append((k, v))
    if not placed:
        hs += mh
    return render_headers(hs) + CRLF + root.body()


# ---------------------------------------------------------------- boundaries / ids
def boundary(r, style):
    if style == "oe":
        return "----=_NextPart_000_%04X_01C%s.%s" % (r.randint(0, 40), hexs(r, 5, True), hexs(r, 8, True))
    if style == "ol":
        return "----=_NextPart_000_%04X_01D%s.%s" % (r.randint(0, 40), hexs(r, 5, True), hexs(r, 8, True))
    if style == "tb":
        return "------------%s" % "".join(r.choice("0123456789") for _ in range(24))
    if style == "tb2":
        return "------------%s" % alnum(r, 24)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexs(r, 8, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 12, True))
    if style == "gmail":
        return "000000000000%s" % hexs(r, 16)
    if style == "php":
        return "b1_%s" % hexs(r, 32)
    if style == "php6":
        return "b1_%s" % alnum(r, 43)
    if style == "java":
        return "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10000000, 999999999), r.randint(10 ** 12, 10 ** 13))
    if style == "yahoo":
        return "0-%d-%d=:%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 9, 2 * 10 ** 9), r.randint(1000, 99999))
    if style == "exo":
        return "_000_%s%s_" % (alnum(r, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), alnum(r, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    if style == "mailru":
        return "--ALT--%s%d" % (hexs(r, 8, True), r.randint(10 ** 9, 2 * 10 ** 9))
    if style == "rat":
        return r.choice(["--%s" % hexs(r, 20), "=_%s" % alnum(r, 14), "----%s_%s" % (alnum(r, 6), alnum(r, 9)),
                         "NextPart_%s" % hexs(r, 12, True)])
    if style == "esp":
        return "_----%s===_%s" % (b64rand(r, 18).replace("/", "A").replace("+", "b"), hexs(r, 2))
    if style == "py":
        return "===============%019d==" % r.randint(10 ** 17, 10 ** 19 - 1)
    return "=_%s" % hexs(r, 24)


def mid(r, style, dom, t=None):
    if style == "oe":
        return "<%s01c%s$%s$%s@%s>" % (hexs(r, 4), hexs(r, 5), hexs(r, 8), hexs(r, 8), dom)
    if style == "ol":
        return "<%s01d%s$%s$%s@%s>" % ("0000", hexs(r, 5), hexs(r, 8), hexs(r, 8), dom)
    if style == "tb":
        return "<%s.%s@%s>" % (hexs(r, 8, True), "".join(r.choice("0123456789") for _ in range(7)), dom)
    if style == "uuid":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), dom)
    if style == "php":
        return "<%s@%s>" % (hexs(r, 32), dom)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (alnum(r, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), alnum(r, 44, B62 + "+_-="))
    if style == "ts" and t is not None:
        return "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (t.year, t.month, t.day, t.hour, t.minute, t.second, hexs(r, 8, True), dom)
    if style == "bat" and t is not None:
        return "<%d.%04d%02d%02d%02d%02d%02d@%s>" % (r.randint(10 ** 8, 2 * 10 ** 9), t.year, t.month, t.day, t.hour, t.minute, t.second, dom)
    if style == "mailru":
        return "<%d.%d.%d@%s>" % (r.randint(10 ** 9, 2 * 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 7, 10 ** 8), dom)
    if style == "java":
        return "<%d.%d.%d.JavaMail.%s@%s>" % (r.randint(100, 9999), r.randint(10, 99999), r.randint(10 ** 12, 10 ** 13), r.choice(["root", "www-data", "mailer"]), dom)
    if style == "exo":
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (alnum(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), alnum(r, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), alnum(r, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), r.randint(1, 9))
    return "<%s@%s>" % (alnum(r, 24), dom)


def dkim(r, dom, sel, hdrs, t, a="rsa-sha256", ln=172):
    ts = int((t - _dt.datetime(1970, 1, 1)).total_seconds())
    b = b64rand(r, ln)
    blines = "\r\n\t ".join(b[i:i + 64] for i in range(0, len(b), 64))
    return ("v=1; a=%s; c=relaxed/relaxed; d=%s; s=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s"
            % (a, dom, sel, ts, hdrs, b64rand(r, 32), blines))


def thread_index(r):
    return b64rand(r, 22)


# ---------------------------------------------------------------- placeholders
def tiny_png(r, w=2, h=2):
    def chunk(tp, data):
        return struct.pack(">I", len(data)) + tp + data + struct.pack(">I", zlib.crc32(tp + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes(r.randint(0, 255) for _ in range(w * 3)) for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def tiny_gif(r):
    c = bytes(r.randint(0, 255) for _ in range(3))
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + c + b"\xff\xff\xff"
            b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def tiny_jpeg(r):
    # SOI, a comment segment, EOI: a placeholder, not a viewable picture
    note = ("placeholder %s" % hexs(r, 8)).encode()
    return b"\xff\xd8\xff\xfe" + struct.pack(">H", len(note) + 2) + note + b"\xff\xd9"


def fake_pdf(lines):
    body = "\n".join("% " + l for l in lines)
    return ("%PDF-1.4\n% placeholder document, text only\n" + body + "\n%%EOF\n").encode("latin-1")


def tiny_zip(name, text):
    data = text.encode("ascii")
    crc = zlib.crc32(data) & 0xffffffff
    nb = name.encode("ascii")
    lh = struct.pack("<IHHHHHIIIHH", 0x04034b50, 10, 0, 0, 0, 0x21, crc, len(data), len(data), len(nb), 0) + nb + data
    ch = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 10, 0, 0, 0, 0x21, crc, len(data), len(data), len(nb), 0, 0, 0, 0, 0x20, 0) + nb
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 1, 1, len(ch), len(lh), 0)
    return lh + ch + end


def placeholder_doc(r, kind="doc"):
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" if kind in ("doc", "xls") else b""
    return head + ("placeholder %s bytes, no content %s\n" % (kind, hexs(r, 12))).encode() * 3
