"""Helpers for gen.py: MIME assembly, trace headers, dates, ids, placeholder files.

Everything here is deterministic: callers pass a random.Random instance; nothing
reads the clock, the locale, the hash seed or the platform.
"""
import base64
import binascii
import datetime as dtm
import hashlib
import io
import string
import struct
import zipfile
import zlib

UTC = dtm.timezone.utc
EPOCH = dtm.datetime(1970, 1, 1, tzinfo=UTC)
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DOW = "Mon Tue Wed Thu Fri Sat Sun".split()
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
LOWNUM = string.ascii_lowercase + string.digits
B64A = string.ascii_letters + string.digits + "+/"
URLA = string.ascii_letters + string.digits + "-_"

# region: (std offset min, dst offset min, std name, dst name, rule)
TZ = {
    "us_e": (-300, -240, "EST", "EDT", "n"),
    "us_c": (-360, -300, "CST", "CDT", "n"),
    "us_m": (-420, -360, "MST", "MDT", "n"),
    "us_p": (-480, -420, "PST", "PDT", "n"),
    "uk": (0, 60, "GMT", "BST", "n"),
    "cet": (60, 120, "CET", "CEST", "n"),
    "eet": (120, 180, "EET", "EEST", "n"),
    "aus": (600, 660, "AEST", "AEDT", "s"),
    "ist": (330, 330, "IST", "IST", None),
    "cn": (480, 480, "CST", "CST", None),
    "ru": (180, 180, "MSK", "MSK", None),
    "ng": (60, 60, "WAT", "WAT", None),
    "gh": (0, 0, "GMT", "GMT", None),
    "br": (-180, -180, "-03", "-03", None),
    "ae": (240, 240, "+04", "+04", None),
    "ph": (480, 480, "PHT", "PHT", None),
    "vn": (420, 420, "+07", "+07", None),
    "pk": (300, 300, "PKT", "PKT", None),
    "utc": (0, 0, "UTC", "UTC", None),
}


def _is_dst(rule, month):
    if rule == "n":
        return 4 <= month <= 10
    if rule == "s":
        return month >= 10 or month <= 3
    return False


def tzinfo(region, month):
    std, dst, _, _, rule = TZ[region]
    return dtm.timezone(dtm.timedelta(minutes=dst if _is_dst(rule, month) else std))


def tzname(region, month):
    _, _, sn, dn, rule = TZ[region]
    return dn if _is_dst(rule, month) else sn


def local(d_utc, region):
    """Convert an aware datetime to the local time of a region."""
    tmp = d_utc.astimezone(UTC)
    return tmp.astimezone(tzinfo(region, tmp.month))


def epoch(d):
    return int((d - EPOCH).total_seconds())


def offstr(d):
    off = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s%02d%02d" % (sign, off // 60, off % 60)


def fmt_date(d, style="std", region=None):
    """Format an aware datetime in one of the styles seen in real headers."""
    if style == "qmail":
        d = d.astimezone(UTC)
        return "%d %s %d %02d:%02d:%02d -0000" % (d.day, MON[d.month - 1], d.year,
                                                  d.hour, d.minute, d.second)
    day = d.day
    if style in ("pad", "padc"):
        ds = "%02d" % day
    elif style == "postfix":
        ds = "%2d" % day
    else:
        ds = str(day)
    hms = "%02d:%02d:%02d" % (d.hour, d.minute, d.second)
    core = "%s %s %d %s %s" % (ds, MON[d.month - 1], d.year, hms, offstr(d))
    if style != "nodow":
        core = "%s, %s" % (DOW[d.weekday()], core)
    if style in ("postfix", "comment", "padc"):
        name = tzname(region, d.month) if region else "UTC"
        core += " (%s)" % name
    return core


# ---------------------------------------------------------------- random bits

def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hx(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rb(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(rng, n):
    return base64.b64encode(rb(rng, n)).decode("ascii")


def b64url(rng, n):
    return base64.urlsafe_b64encode(rb(rng, n)).decode("ascii").rstrip("=")


def uuid4(rng, upper=False):
    h = hx(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ------------------------------------------------------------ message ids

def msgid(rng, style, dom, d=None, user="www-data"):
    t = epoch(d) if d is not None else 1500000000
    if style == "uuid":
        return "<%s@%s>" % (uuid4(rng), dom)
    if style == "uuidU":
        return "<%s@%s>" % (uuid4(rng, True), dom)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (rs(rng, 1, "BEFGHJKLMNOPQRS"),
                                            rs(rng, rng.randint(44, 56), B64A + "=_-"))
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 2 * 10 ** 9),
                                              rng.randint(10 ** 5, 10 ** 7 - 1),
                                              t * 1000 + rng.randint(0, 999))
    if style == "outlookcom":
        host = "%s%sPR%02dMB%04d" % (rs(rng, 2, string.ascii_uppercase), rng.choice("0123456789"),
                                   rng.randint(1, 19), rng.randint(1000, 9999))
        return "<%s%s@%s.%s.prod.outlook.com>" % (host, hx(rng, 28, True), host,
                                                  rng.choice(["namprd%02d" % rng.randint(1, 20),
                                                              "eurprd%02d" % rng.randint(1, 10),
                                                              "apcprd%02d" % rng.randint(1, 6)]))
    if style == "php5":
        return "<%s@%s>" % (hx(rng, 32), dom)
    if style == "php6":
        return "<%s@%s>" % (rs(rng, 43), dom)
    if style == "javamail":
        return "<%d.%d.%d.JavaMail.%s@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9),
                                              rng.randint(1, 99999), t * 1000 + rng.randint(0, 999),
                                              user, dom)
    if style == "postfix":
        dd = d.astimezone(UTC)
        return "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (dd.year, dd.month, dd.day, dd.hour, dd.minute,
                                                    dd.second, rs(rng, 10, UPNUM), dom)
    if style == "outlook":
        return "<%s$%s$%s$@%s>" % ("0000" + hx(rng, 8), hx(rng, 8), hx(rng, 8), dom)
    if style == "foxmail":
        dd = d
        return "<%04d%02d%02d%02d%02d%02d%s@%s>" % (dd.year, dd.month, dd.day, dd.hour, dd.minute,
                                                   dd.second, digits(rng, 7), dom)
    if style == "ses":
        return "<0100%s-%s-000000@email.%s>" % (hx(rng, 12), uuid4(rng), dom)
    if style == "b64url":
        return "<%s@%s>" % (b64url(rng, 16), dom)
    if style == "ruby":
        return "<%s%s_%s%s@%s.mail>" % (hx(rng, 9), hx(rng, 4), hx(rng, 6), digits(rng, 3), dom)
    if style == "python":
        return "<%d%02d.%d.%s@%s>" % (t, rng.randint(0, 99), rng.randint(300, 65000), digits(rng, 19), dom)
    if style == "md5":
        return "<%s@%s>" % (hx(rng, 32), dom)
    if style == "apple":
        return "<%s@%s>" % (uuid4(rng, True), dom)
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 2 * 10 ** 9),
                                                  rng.randint(1, 99999),
                                                  t * 1000 + rng.randint(0, 999), dom)
    if style == "exch":
        host = "%s%s" % (rs(rng, 4, string.ascii_uppercase), digits(rng, 2))
        return "<%s%s@%s.%s>" % (rs(rng, 4, string.ascii_uppercase), hx(rng, 32, True), host, dom)
    if style == "dotnet":
        return "<%s@%s>" % (uuid4(rng), dom)
    if style == "bare":       # malformed: no angle brackets
        return "%s.%s@%s" % (hx(rng, 12), digits(rng, 6), dom)
    if style == "noat":       # malformed: no domain part
        return "<%s%s>" % (digits(rng, 10), hx(rng, 10, True))
    if style == "local":      # ratware that names localhost
        return "<%s$%s@localhost>" % (hx(rng, 8, True), digits(rng, 5))
    raise ValueError(style)


# --------------------------------------------------------------- boundaries

def boundary(rng, style, d=None):
    t = epoch(d) if d is not None else 1500000000
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (rng.randint(0, 999999), rng.randint(10 ** 8, 2 * 10 ** 9),
                                        t * 1000 + rng.randint(0, 999))
    if style == "nextpart":
        return "----=_NextPart_000_%s_%s.%s" % (hx(rng, 4, True), hx(rng, 8, True), hx(rng, 8, True))
    if style == "exch":
        return "_%03d_%s%s_" % (rng.randint(0, 4), rs(rng, 4, string.ascii_uppercase), hx(rng, 26, True))
    if style == "gmail":
        return "0000000000" + hx(rng, 18)
    if style == "php6":
        return "b1_" + rs(rng, 43)
    if style == "php5":
        return "b1_" + hx(rng, 32)
    if style == "roundcube":
        return "=_" + hx(rng, 32)
    if style == "apple":
        return "Apple-Mail=_" + uuid4(rng, True)
    if style == "python":
        return "=" * 15 + digits(rng, 19) + "=="
    if style == "ruby":
        return "--==_mimepart_%s_%s%s" % (hx(rng, 13), hx(rng, 5), digits(rng, 3))
    if style == "tb":
        return "-" * 12 + rs(rng, 24)
    if style == "esp":
        return "--_NmP-%s-Part_%d" % (hx(rng, 16), rng.randint(1, 3))
    if style == "esp2":
        return "=-%s" % b64url(rng, 15)
    if style == "foxmail":
        return "----=_%03d_NextPart%s_=----" % (rng.randint(1, 9), digits(rng, 12))
    if style == "dotnet":
        return "--boundary_%d_%s" % (rng.randint(0, 9), uuid4(rng))
    if style == "zimbra":
        return "=_%s" % uuid4(rng)
    if style == "hex":
        return hx(rng, 24)
    if style == "sb":       # bulk mailer style
        return "----%s" % rs(rng, 20, UPNUM)
    if style == "mixed":
        return "MIXED-%s-%s" % (digits(rng, 6), hx(rng, 8))
    raise ValueError(style)


# --------------------------------------------------------------- headers

def fold(name, value, cont=" ", width=76):
    """Fold a header at spaces unless the value is already folded by hand."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    if value == "":
        return "%s:" % name
    lines = []
    line = name + ":"
    fresh = True
    for w in value.split(" "):
        cand = line + " " + w if not (line == cont and cont != " ") else line + w
        if len(cand) > width and not fresh:
            lines.append(line)
            line = (cont + w) if cont != " " else (" " + w)
            fresh = True
        else:
            line = cand
            fresh = False if w else fresh
    lines.append(line)
    return "\n".join(lines)


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encode text if it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    codec = CODEC.get(charset.lower(), charset)
    words = []
    cur = ""
    limit = 40 if mode == "B" else 28
    for ch in text:
        if len((cur + ch).encode(codec)) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        raw = w.encode(codec)
        if mode == "B":
            res.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii")))
        else:
            enc = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    enc += "_"
                elif c.isalnum() and b < 128:
                    enc += c
                else:
                    enc += "=%02X" % b
            res.append("=?%s?Q?%s?=" % (charset, enc))
    return "\n ".join(res)


def addr(name, mail, charset="utf-8", mode="B", quote=None):
    if name is None:
        return mail
    enc = ew(name, charset, mode)
    if enc != name:
        return "%s <%s>" % (enc, mail)
    needs = any(c in name for c in ',.;:@()[]"') if quote is None else quote
    if needs:
        return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
    return "%s <%s>" % (name, mail)


# --------------------------------------------------------------- bodies

CODEC = {"us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
         "utf-8": "utf-8", "iso-8859-15": "iso8859-15"}


def encode_cte(data, cte):
    if cte == "7bit":
        data.decode("ascii")
        out = data
    elif cte == "8bit":
        out = data
    elif cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    for ln in out.split(b"\n"):
        if len(ln) > 990:
            raise ValueError("line too long for %s" % cte)
    return out


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None,
                 preamble=None, epilogue=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes with \n
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def header_lines(self, cont=" "):
        return [fold(n, v, cont) for n, v in self.headers]

    def render_body(self, cont=" "):
        if self.parts is None:
            b = self.body
            if not b.endswith(b"\n"):
                b += b"\n"
            return b
        bnd = self.boundary.encode("ascii")
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for i, p in enumerate(self.parts):
            out += (b"\n--" if (i or self.preamble) else b"--") + bnd + b"\n"
            out += "\n".join(p.header_lines(cont)).encode("ascii") + b"\n\n"
            out += p.render_body(cont)
        out += b"\n--" + bnd + b"--\n"
        if self.epilogue is not None:
            out += self.epilogue.encode("ascii")
        return out


def _ct(mt, charset, q, case, extra=""):
    cs = charset.upper() if case == "U" else charset.lower()
    if q:
        return '%s; charset="%s"%s' % (mt, cs, extra)
    return "%s; charset=%s%s" % (mt, cs, extra)


def text(txt, sub="plain", charset="utf-8", cte="quoted-printable", q=True, case="l",
         extra_ct="", first_cte=False, more=None):
    codec = CODEC[charset.lower()]
    omit = cte is None
    if omit:
        cte = "7bit"
    if cte == "base64":
        data = txt.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec)
    else:
        data = txt.encode(codec)
    body = encode_cte(data, cte)
    h = [("Content-Type", _ct("text/" + sub, charset, q, case, extra_ct))]
    if not omit:
        h.append(("Content-Transfer-Encoding", cte))
    if first_cte:
        h.reverse()
    if more:
        h += more
    return Part(h, body)


def binpart(data, mt, name, disp="attachment", cid=None, style="std", cte="base64"):
    """A base64 attachment or inline resource; style varies the header shape."""
    body = encode_cte(data, cte)
    if style == "std":
        h = [("Content-Type", '%s; name="%s"' % (mt, name)),
             ("Content-Disposition", '%s; filename="%s"' % (disp, name)),
             ("Content-Transfer-Encoding", cte)]
    elif style == "outlook":
        h = [("Content-Type", '%s; name="%s"' % (mt, name)),
             ("Content-Description", name),
             ("Content-Disposition", '%s; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
              % (disp, name, len(data), "Mon, 01 Jan 2018 09:00:00 GMT", "Mon, 01 Jan 2018 09:00:00 GMT")),
             ("Content-Transfer-Encoding", cte)]
    elif style == "php":
        h = [("Content-Type", "%s; name=%s" % (mt, name)),
             ("Content-Transfer-Encoding", cte),
             ("Content-Disposition", "%s; filename=%s" % (disp, name))]
    elif style == "bare":
        h = [("Content-Type", '%s;\n\tname="%s"' % (mt, name)),
             ("Content-Transfer-Encoding", cte),
             ("Content-Disposition", '%s;\n\tfilename="%s"' % (disp, name))]
    elif style == "gmail":
        h = [("Content-Type", '%s; name="%s"' % (mt, name)),
             ("Content-Disposition", '%s; filename="%s"' % (disp, name)),
             ("Content-Transfer-Encoding", cte)]
        if disp == "attachment":
            h.append(("X-Attachment-Id", "f_%s" % cid if cid else "f_lx0a1b2c0"))
        if cid:
            h.append(("Content-ID", "<%s>" % cid))
        return Part(h, body)
    else:
        raise ValueError(style)
    if cid:
        h.append(("Content-ID", "<%s>" % cid))
    return Part(h, body)


def multi(sub, parts, bnd, q=True, preamble=None, epilogue=None, extra=""):
    if any(c in bnd for c in '()<>@,;:\\"/[]?= '):
        q = True
    if q:
        ct = 'multipart/%s;%sboundary="%s"%s' % (sub, "\n\t" if len(bnd) > 30 else " ", bnd, extra)
    else:
        ct = "multipart/%s; boundary=%s%s" % (sub, bnd, extra)
    return Part([("Content-Type", ct)], parts=parts, boundary=bnd,
                preamble=preamble, epilogue=epilogue)


# --------------------------------------------------------------- placeholder files

def pdf(lines):
    out = ["%PDF-1.4", "% placeholder document, not a real PDF"]
    out += ["% " + ln for ln in lines]
    out.append("%%EOF")
    return ("\n".join(out) + "\n").encode("latin-1")


def _stored_deflate(raw):
    out = bytearray(b"\x78\x01")
    pos = 0
    if not raw:
        out += b"\x01\x00\x00\xff\xff"
    while pos < len(raw):
        chunk = raw[pos:pos + 65535]
        pos += len(chunk)
        final = 1 if pos >= len(raw) else 0
        out += bytes([final]) + struct.pack("<HH", len(chunk), 0xFFFF ^ len(chunk)) + chunk
    out += struct.pack(">I", zlib.adler32(raw) & 0xFFFFFFFF)
    return bytes(out)


def png(w, h, pixel):
    """Tiny RGB PNG; pixel(x, y) -> (r, g, b). Uncompressed deflate so bytes never vary."""
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + \
            struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(pixel(x, y))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", _stored_deflate(bytes(raw))) + chunk(b"IEND", b""))


def fake_qr(rng, modules=21, scale=3):
    grid = [[rng.random() < 0.5 for _ in range(modules)] for _ in range(modules)]
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                grid[oy + y][ox + x] = edge or core
    size = (modules + 2) * scale

    def px(x, y):
        gx, gy = x // scale - 1, y // scale - 1
        if 0 <= gx < modules and 0 <= gy < modules and grid[gy][gx]:
            return (0, 0, 0)
        return (255, 255, 255)
    return png(size, size, px)


def gif1x1(r, g, b, transparent=False):
    hdr = b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00"
    pal = bytes([r, g, b, 0, 0, 0])
    gce = b"!\xf9\x04" + (b"\x01" if transparent else b"\x00") + b"\x00\x00\x00\x00"
    img = b"," + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00"
    data = b"\x02\x02\x44\x01\x00"
    return hdr + pal + gce + img + data + b";"


def zipped(name, content, date_time=(2018, 11, 5, 9, 30, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(name, date_time=date_time)
        zi.create_system = 3
        zi.external_attr = 0o644 << 16
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, content)
    return buf.getvalue()


def sha256(data):
    return hashlib.sha256(data).hexdigest()
