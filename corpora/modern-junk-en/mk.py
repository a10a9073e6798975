"""Helpers for gen.py: dates, Received lines, IDs, MIME assembly, tiny images.

Standard library only. Every random choice goes through the random.Random
instance handed in by the caller, so output is deterministic.
"""
import base64
import binascii
import datetime
import io
import re
import struct
import zipfile
import zlib

CRLF = b"\r\n"
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEX = "0123456789abcdef"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------- time ---
def T(y, mo, d, h, mi, s):
    """A naive datetime meaning UTC."""
    return datetime.datetime(y, mo, d, h, mi, s)


def later(t, r, lo=1, hi=40):
    return t + datetime.timedelta(seconds=r.randint(lo, hi))


def tzs(off):
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s%02d%02d" % (sign, off // 60, off % 60)


def date(t, off=0, zero=False, dow=True, comment=None, secs=True):
    """RFC 5322 date string of UTC time t shown in offset off (minutes)."""
    lt = t + datetime.timedelta(minutes=off)
    day = ("%02d" % lt.day) if zero else str(lt.day)
    s = ""
    if dow:
        s = DOW[lt.weekday()] + ", "
    s += "%s %s %d %02d:%02d" % (day, MON[lt.month - 1], lt.year, lt.hour, lt.minute)
    if secs:
        s += ":%02d" % lt.second
    s += " " + tzs(off)
    if comment:
        s += " (%s)" % comment
    return s


# ------------------------------------------------------------ randomness ---
def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def b62(r, n):
    return "".join(r.choice(B62) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def letters(r, n, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64rand(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


_FIRST = [58, 59, 60, 61, 62, 64, 65, 66, 67, 68, 69, 70, 71, 72, 74, 75,
          76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
          92, 93, 94, 95, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
          119, 121, 122, 123, 124, 125, 151, 186, 187, 188, 189, 190, 200,
          201, 211, 212, 213, 217, 218, 219, 220, 221, 222]


def ip(r, first=None):
    a = first if first is not None else r.choice(_FIRST)
    return "%d.%d.%d.%d" % (a, r.randint(1, 254), r.randint(1, 254), r.randint(2, 253))


def docip(r, which=None):
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    net = nets[which] if which is not None else r.choice(nets)
    return "%s.%d" % (net, r.randint(2, 250))


def dyn(r, addr, isp, style):
    """Dynamic-looking reverse DNS name for a botnet address."""
    a, b, c, d = addr.split(".")
    if style == "adsl":
        return "adsl-%s-%s-%s-%s.dsl.%s.%s" % (a, b, c, d, letters(r, 6), isp)
    if style == "dsl":
        return "dsl%s-%s-%s.%s" % (a, c, d, isp)
    if style == "pool":
        return "pool-%s-%s-%s-%s.%s.%s" % (a, b, c, d, letters(r, 6), isp)
    if style == "dynamic":
        return "%s-%s-%s-%s.dynamic.%s" % (d, c, b, a, isp)
    if style == "dhcp":
        return "c-%s-%s-%s-%s.hsd1.%s.%s" % (a, b, c, d, letters(r, 2), isp)
    if style == "ppp":
        return "ppp%s-%s.%s" % (c, d, isp)
    if style == "host":
        return "host%s-%s-%s-%s.%s" % (d, c, b, a, isp)
    if style == "cable":
        return "%s.%s.%s.%s.cable.%s" % (d, c, b, a, isp)
    if style == "dyn":
        return "%s.%s.%s.%s.dyn.user.%s" % (a, b, c, d, isp)
    if style == "static":
        return "%s-%s-%s-%s.static.%s" % (a, b, c, d, isp)
    raise ValueError(style)


# ------------------------------------------------------------ queue ids ---
_SM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"


def sendmail_id(r, t):
    return (_SM[t.year % 60] + _SM[t.month - 1] + _SM[t.day] + _SM[t.hour]
            + _SM[t.minute] + _SM[t.second] + digits(r, 6))


def exim_id(r):
    return "%s-%s-%s" % (b62(r, 6), b62(r, 6), b62(r, 2))


def postfix_id(r, n=None):
    return hexs(r, n or r.choice([9, 10, 11, 12]), upper=True)


# ------------------------------------------------------------- Received ---
def rcv_postfix(r, t, off, helo, rdns, addr, by, rcpt=None, proto="SMTP",
                tzname=None, qid=None, zero=False):
    s = "from %s (%s [%s])\n\tby %s (Postfix) with %s id %s" % (
        helo, rdns or "unknown", addr, by, proto, qid or postfix_id(r))
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    return s + "; " + date(t, off, zero=zero, comment=tzname)


def rcv_sendmail(r, t, off, helo, rdns, addr, by, rcpt=None, ver="8.13.8/8.13.8",
                 proto="SMTP", forged=False, tzname=None):
    if rdns:
        h = "%s (%s [%s])" % (helo, rdns, addr)
    else:
        h = "%s ([%s])" % (helo, addr)
    if forged:
        h += " (may be forged)"
    s = "from %s\n\tby %s (%s) with %s id %s" % (h, by, ver, proto, sendmail_id(r, t))
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    return s + "; " + date(t, off, comment=tzname)


def rcv_exim(r, t, off, helo, rdns, addr, by, rcpt=None, env=None, ver="4.63",
             proto="smtp"):
    if rdns and rdns == helo:
        h = "%s ([%s])" % (rdns, addr)
    elif rdns:
        h = "%s ([%s] helo=%s)" % (rdns, addr, helo)
    else:
        h = "[%s] (helo=%s)" % (addr, helo)
    s = "from %s\n\tby %s with %s (Exim %s)" % (h, by, proto, ver)
    if env:
        s += "\n\t(envelope-from <%s>)" % env
    s += "\n\tid %s" % exim_id(r)
    if rcpt:
        s += "\n\tfor %s" % rcpt
    return s + "; " + date(t, off, zero=True)


def rcv_qmail_net(r, t):
    return "(qmail %d invoked from network); %s" % (
        r.randint(1200, 32000), date(t, 0, dow=False).replace("+0000", "-0000"))


def rcv_qmail(r, t, helo, addr, by, rdns="unknown"):
    return "from %s (HELO %s) (%s)\n  by %s with SMTP; %s" % (
        rdns, helo, addr, by, date(t, 0, dow=False).replace("+0000", "-0000"))


def rcv_smtpsvc(r, t, off, helo, addr, by, ver="6.0.3790.1830"):
    return "from %s ([%s]) by %s with Microsoft SMTPSVC(%s);\n\t %s" % (
        helo, addr, by, ver, date(t, off))


def rcv_local_php(r, t, off, by, user="apache"):
    return "(from %s@localhost)\n\tby %s (8.13.1/8.13.1/Submit) id %s;\n\t%s" % (
        user, by, sendmail_id(r, t), date(t, off))


def rcv_exim_local(r, t, off, by, user, ver="4.69"):
    return "from %s by %s with local (Exim %s)\n\t(envelope-from <%s@%s>)\n\tid %s; %s" % (
        user, by, ver, user, by, exim_id(r), date(t, off, zero=True))


# --------------------------------------------------------- Message-IDs ---
def filetime(r, t):
    """(high, low) dwords of a Windows FILETIME near UTC time t."""
    secs = int((t - datetime.datetime(1601, 1, 1)).total_seconds())
    ft = secs * 10000000 + r.randint(0, 9999999)
    return ft >> 32, ft & 0xFFFFFFFF


def mid_oe(r, host, t):
    # Outlook Express / Outlook 2003: <000801c6478f$3b2c1d40$6501a8c0@host>
    hi, lo = filetime(r, t)
    return "<%04x%08x$%08x$%s@%s>" % (
        r.randint(1, 0x60), hi, lo, r.choice(
            ["6501a8c0", "0200a8c0", "0a00a8c0", "6400a8c0", "0100a8c0", "0b01a8c0",
             "0f01a8c0", "3200a8c0"]), host)


def mid_bat(r, t, dom):
    lt = t
    return "<%d.%04d%02d%02d%02d%02d%02d@%s>" % (
        r.randint(100000000, 2147483647), lt.year, lt.month, lt.day,
        lt.hour, lt.minute, lt.second, dom)


def mid_tb(r, t, dom):
    # Thunderbird / Netscape: <4417E1A2.3050401@dom>
    epoch = int((t - datetime.datetime(1970, 1, 1)).total_seconds())
    return "<%X.%d@%s>" % (epoch, r.randint(1000000, 9999999), dom)


def mid_php(r, dom):
    return "<%s@%s>" % (hexs(r, 32), dom)


def mid_bulk(r, t, dom):
    epoch = int((t - datetime.datetime(1970, 1, 1)).total_seconds())
    return "<%d.%d.%s@%s>" % (epoch, r.randint(1000, 99999), digits(r, 9), dom)


def mid_javamail(r, t, dom):
    epoch = int((t - datetime.datetime(1970, 1, 1)).total_seconds())
    return "<%d.%d.%d%03d.JavaMail.%s@%s>" % (
        r.randint(100000, 9999999), r.randint(10, 99999), epoch, r.randint(0, 999),
        r.choice(["root", "tomcat", "www"]), dom)


def mid_exch(r, dom):
    return "<%s%s@%s>" % (hexs(r, 8, True), hexs(r, 32, True)[:24], dom)


# ---------------------------------------------------------- boundaries ---
def bnd_oe(r, t):
    hi, lo = filetime(r, t)
    return "----=_NextPart_000_%04X_%08X.%08X" % (r.randint(0, 0x30), hi, lo)


def bnd_tb(r):
    return "------------" + digits(r, 24)


def bnd_bat(r):
    return "----------" + hexs(r, 15, True)


def bnd_php(r):
    return r.choice(["b1_", "==Multipart_Boundary_x", "PHP-alt-"]) + hexs(r, 32)


def bnd_java(r):
    return "----=_Part_%d_%d.%d" % (r.randint(0, 9999), r.randint(10000000, 99999999),
                                   r.randint(10 ** 12, 10 ** 13 - 1))


def bnd_gm(r):
    return hexs(r, 28)


# --------------------------------------------------------- header words ---
def ew(text, charset="utf-8", enc="B"):
    """One RFC 2047 encoded word (caller keeps it short)."""
    raw = text.encode(charset)
    if enc.upper() == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def ew_multi(text, charset="utf-8", enc="B", chunk=20):
    words = []
    i = 0
    while i < len(text):
        words.append(ew(text[i:i + chunk], charset, enc))
        i += chunk
    return "\n ".join(words)


# ------------------------------------------------------------- entities ---
def _lf(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64body(data, width=76):
    enc = base64.b64encode(data).decode()
    lines = [enc[i:i + width] for i in range(0, len(enc), width)]
    return ("\r\n".join(lines)).encode()


def qpbody(data):
    return _crlf(binascii.b2a_qp(data, quotetabs=False, istext=True, header=False))


_CS = re.compile(r'charset\s*=\s*"?([A-Za-z0-9_\-]+)', re.I)


class Ent:
    """A MIME entity: ordered header list and encoded body bytes."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        return hdr_bytes(self.headers) + CRLF + self.body


def leaf(ctype, payload, cte=None, extra=(), cte_first=False, b64w=76, cte_label=None):
    """Leaf entity. ctype is the full Content-Type value (may carry charset).
    payload is str (encoded with the charset) or bytes. cte among None, 7bit,
    8bit, quoted-printable, base64."""
    if isinstance(payload, str):
        m = _CS.search(ctype)
        cs = m.group(1) if m else "us-ascii"
        data = _lf(payload).encode(cs)
        text = True
    else:
        data = payload
        text = False
    c = (cte or "7bit").lower()
    if c == "base64":
        body = b64body(_crlf(data) if text else data, b64w)
    elif c == "quoted-printable":
        body = qpbody(data)
    else:
        body = _crlf(data)
    hs = []
    if cte_first and cte:
        hs.append(("Content-Transfer-Encoding", cte_label or cte))
    hs.append(("Content-Type", ctype))
    if cte and not cte_first:
        hs.append(("Content-Transfer-Encoding", cte_label or cte))
    hs.extend(extra)
    return Ent(hs, body)


def multi(ctype, boundary, parts, preamble=None, epilogue=None, extra=()):
    """ctype like 'multipart/alternative;\\n\\tboundary="%s"' with %s for boundary."""
    bb = boundary.encode()
    out = b""
    if preamble is not None:
        out += _crlf(_lf(preamble).encode()) + CRLF
    for p in parts:
        out += b"--" + bb + CRLF + p.bytes() + CRLF
    out += b"--" + bb + b"--" + CRLF
    if epilogue:
        out += _crlf(_lf(epilogue).encode())
    hs = [("Content-Type", ctype % boundary)]
    hs.extend(extra)
    return Ent(hs, out)


def hdr_bytes(headers):
    out = b""
    for name, value in headers:
        line = "%s: %s" % (name, value)
        out += _crlf(_lf(line).encode("ascii")) + CRLF
    return out


def message(headers, ent):
    """headers: list of (name, value); a ('@', None) item marks where the
    entity's own headers go (else they are appended)."""
    hs = []
    placed = False
    for name, value in headers:
        if name == "@":
            hs.extend(ent.headers)
            placed = True
        else:
            hs.append((name, value))
    if not placed:
        hs.extend(ent.headers)
    body = ent.body
    if not body.endswith(CRLF):
        body += CRLF
    return hdr_bytes(hs) + CRLF + body


# --------------------------------------------------------------- images ---
FONT = {
    "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
    "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
    "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
    "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
    "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
    "M": ["#.#", "###", "###", "#.#", "#.#"], "N": ["##.", "#.#", "#.#", "#.#", "#.#"],
    "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
    "Q": [".#.", "#.#", "#.#", "##.", ".##"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
    "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
    "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
    "W": ["#.#", "#.#", "###", "###", "#.#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
    "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
    "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
    "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
    "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
    "6": [".##", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
    "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "##."],
    "$": [".##", "##.", ".#.", ".##", "##."], ".": ["...", "...", "...", "...", ".#."],
    "%": ["#.#", "..#", ".#.", "#..", "#.#"], "!": [".#.", ".#.", ".#.", "...", ".#."],
    ":": ["...", ".#.", "...", ".#.", "..."], "-": ["...", "...", "###", "...", "..."],
    "/": ["..#", "..#", ".#.", "#..", "#.."], " ": ["...", "...", "...", "...", "..."],
    ">": ["#..", ".#.", "..#", ".#.", "#.."], "+": ["...", ".#.", "###", ".#.", "..."],
    ",": ["...", "...", "...", ".#.", "#.."], "*": ["#.#", ".#.", "#.#", "...", "..."],
}


class Canvas:
    def __init__(self, w, h, bg=0):
        self.w, self.h = w, h
        self.px = [bg] * (w * h)

    def rect(self, x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(self.h, y1)):
            for x in range(max(0, x0), min(self.w, x1)):
                self.px[y * self.w + x] = c

    def text(self, x, y, s, c, scale=2):
        for ch in s.upper():
            g = FONT.get(ch, FONT[" "])
            for gy, row in enumerate(g):
                for gx, on in enumerate(row):
                    if on == "#":
                        self.rect(x + gx * scale, y + gy * scale,
                                  x + (gx + 1) * scale, y + (gy + 1) * scale, c)
            x += 4 * scale
        return x

    def noise(self, r, n, colours):
        for _ in range(n):
            self.px[r.randrange(self.w * self.h)] = r.choice(colours)


def gif(canvas, palette):
    """GIF89a using the 'uncompressed' LZW trick (clear code every few pixels)."""
    bits = 1
    while (1 << bits) < len(palette):
        bits += 1
    pal = list(palette) + [(0, 0, 0)] * ((1 << bits) - len(palette))
    w, h = canvas.w, canvas.h
    out = bytearray(b"GIF89a")
    out += struct.pack("<HHBBB", w, h, 0x80 | ((bits - 1) << 4) | (bits - 1), 0, 0)
    for rgb in pal:
        out += bytes(rgb)
    out += b"\x2c" + struct.pack("<HHHHB", 0, 0, w, h, 0)
    m = max(2, bits)
    clear, end = 1 << m, (1 << m) + 1
    width = m + 1
    chunk = (1 << m) - 2
    acc = 0
    nbits = 0
    data = bytearray()

    def emit(code):
        nonlocal acc, nbits
        acc |= code << nbits
        nbits += width
        while nbits >= 8:
            data.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    px = canvas.px
    for i in range(0, len(px), chunk):
        emit(clear)
        for p in px[i:i + chunk]:
            emit(p)
    emit(end)
    if nbits:
        data.append(acc & 0xFF)
    out.append(m)
    for i in range(0, len(data), 255):
        blk = data[i:i + 255]
        out.append(len(blk))
        out += blk
    out += b"\x00\x3b"
    return bytes(out)


def _stored_zlib(raw):
    out = bytearray(b"\x78\x01")
    i = 0
    n = len(raw)
    while True:
        blk = raw[i:i + 65535]
        i += len(blk)
        final = 1 if i >= n else 0
        out.append(final)
        out += struct.pack("<HH", len(blk), len(blk) ^ 0xFFFF)
        out += blk
        if final:
            break
    out += struct.pack(">I", zlib.adler32(raw) & 0xFFFFFFFF)
    return bytes(out)


def png(canvas, palette):
    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    w, h = canvas.w, canvas.h
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        raw += bytes(canvas.px[y * w:(y + 1) * w])
    plte = b"".join(bytes(c) for c in palette)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 3, 0, 0, 0))
            + chunk(b"PLTE", plte) + chunk(b"IDAT", _stored_zlib(bytes(raw)))
            + chunk(b"IEND", b""))


def zip_one(name, text, when):
    buf = io.BytesIO()
    zf = zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED)
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_STORED
    zi.create_system = 0
    zi.external_attr = 0x20
    zf.writestr(zi, text.encode("ascii"))
    zf.close()
    return buf.getvalue()


def pdf_stub(lines):
    body = "%PDF-1.4\n% placeholder document, not a real PDF\n"
    body += "\n".join("% " + ln for ln in lines) + "\n%%EOF\n"
    return body.encode("latin-1")


# ---------------------------------------------------------- filler text ---
WORDS = """abandon abbey ability abrupt absorb accent acorn actress adjust admiral
advent aerial affair afford agenda airline alarm album alcove alfalfa alibi alley
almond alpine amber ambush amend anchor angle ankle annex antler anvil apron arcade
archer arena armada arrow ashtray aspen asphalt atlas attic auction avenue avocado
axle badge bagel baggage ballad bamboo bandit banjo banner barley barrel basin
basket baton beacon beagle beaker bellow bench beret billow biscuit bishop blanket
blazer blender blossom bonfire bookend boulder bouquet bracket brandy breeze
brisket bristle broccoli bucket buckle budget buffalo bugle bulletin bumper bundle
bungalow burrow butler cabaret cabin cactus caddy camel canal candle canopy canteen
canyon caramel cargo carnival carpet carton cashew castle catalog cavern cedar
cellar cement census chalk chapel charcoal chariot cherry chimney chisel chowder
cider cinema circus citadel clarinet clover cobalt cobbler cockpit coconut collar
comet compass condor convoy copper coral corridor cottage cowboy cradle crater
crayon crescent cricket crimson crumpet cupboard curtain cushion cutlass dagger
dairy damsel dandelion decibel delta denim dental derby desert dialect diamond
diesel dinghy diploma dolphin domino donkey doorbell dragon drizzle drumstick
duffel dungeon dynamo eagle easel eclipse edict eggplant elbow elder ember emerald
empire engine envelope epoch errand escort estate ethic evening exhibit falcon
fathom feather fennel ferry fiddle figment filament fjord flannel flask fleet
flint flotilla folio fossil fountain foxglove fragment freckle fresco frigate
fritter fungus furnace gadget galley gallon gamble garland garnet gazebo gecko
geyser ginger glacier goblet gondola gossip granite gravel griddle grotto guitar
gumdrop gutter habit haddock halibut hammock hamlet harbor harness harvest hatchet
hazel hearth heron hickory hinge hobby hockey holster honey hornet hostel hubcap
hurdle hyacinth iceberg igloo imprint inkwell insect island ivory jackal jasmine
javelin jersey jigsaw jockey journal juniper kayak kernel kettle keynote kidney
kiosk kitten knapsack ladder lagoon lantern larch lattice lavender ledger legend
lemon lentil lever lichen lilac limestone linen lobster locket lodge lumber
macaroni magnet mallet mandolin mango manor maple marble marigold marrow marsh
meadow medal melon meteor mildew mirror mitten molasses monsoon mortar mosaic
muffin mulberry musket mustard napkin nectar needle nickel noodle nutmeg oasis
oatmeal obelisk ocelot olive omelet onion opal orchard orchid oregano ostrich
otter outpost oyster paddle pagoda palette pamphlet panther paprika parcel parlor
parsley pasture pebble pelican pendant pepper pewter pheasant piano pickle pigeon
pillar pilot pinecone pistachio pitcher plank platter plume pocket pollen poncho
poplar porcelain portrait potato pottery pretzel prism pudding pumpkin puppet
quarry quartz quill quilt raccoon radish raft raisin rampart ranch raven rebel
recipe reef relic ribbon riddle rivet robin rocket rooster rosemary rudder saddle
saffron sailor salmon sandal satchel saucer scarab scarf scepter schooner scroll
sequin shamrock shovel shrimp sickle signal silo skillet slipper sloop sonnet
spaniel sparrow spindle spinach sprocket squash squirrel stable stallion steeple
stencil stirrup stucco sulfur summit sundial sunflower swallow sycamore syrup
tabletop tadpole talon tambourine tangerine tapestry tavern teacup telegram temple
tendril terrace thimble thistle thunder timber tinsel toaster tomato topaz tornado
tortoise trellis trident trolley trombone trophy trumpet tulip tundra turbine
turnip turret tuxedo twig umbrella unicorn uranium vagabond valley vanilla velvet
veranda vessel viaduct village vinegar violin volcano voyage wafer waffle wagon
walnut walrus warden warrant weasel whistle wicker widget willow windmill wizard
yacht yardstick yarrow yodel yogurt zeppelin zephyr zinnia zodiac""".split()


def salad(r, n, sep=" "):
    return sep.join(r.choice(WORDS) for _ in range(n))


def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def tokens(r, n, lo=3, hi=9):
    return " ".join(letters(r, r.randint(lo, hi)) for _ in range(n))
