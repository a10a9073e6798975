"""Small, deterministic MIME toolkit for the modern-junk-vz2 generator.

Everything here is written by hand (no email.generator) so that the exact
bytes are under our control: CRLF line endings, header order, boundaries and
encodings look like the mailers they imitate, and two runs give identical
output on any platform.
"""

import base64
import binascii
import datetime
import io
import zipfile

CRLF = "\r\n"
BCRLF = b"\r\n"

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- dates

def tz(s):
    sign = 1 if s[0] == "+" else -1
    return datetime.timezone(sign * datetime.timedelta(hours=int(s[1:3]),
                                                       minutes=int(s[3:5])))


def when(y, mo, d, h, mi, s, zone="+0700"):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz(zone))


def _off(dt):
    secs = int(dt.utcoffset().total_seconds())
    sign = "+" if secs >= 0 else "-"
    secs = abs(secs)
    return "%s%02d%02d" % (sign, secs // 3600, (secs % 3600) // 60)


def fmt_date(dt, comment=None, zero_pad=False):
    day = ("%02d" if zero_pad else "%d") % dt.day
    out = "%s, %s %s %d %02d:%02d:%02d %s" % (
        DAYS[dt.weekday()], day, MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, _off(dt))
    if comment:
        out += " (%s)" % comment
    return out


# ---------------------------------------------------------------- headers

def is_ascii(s):
    return all(32 <= ord(c) < 127 for c in s)


_QSAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q(b):
    out = []
    for byte in b:
        if byte == 0x20:
            out.append("_")
        elif byte in _QSAFE:
            out.append(chr(byte))
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(text, cs="UTF-8", enc="B"):
    codec = cs.lower()
    overhead = len(cs) + 7

    def elen(s):
        b = s.encode(codec)
        return 4 * ((len(b) + 2) // 3) if enc == "B" else len(_q(b))

    chunks, cur = [], ""
    for ch in text:
        if cur and overhead + elen(cur + ch) > 75:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode(codec)
        e = base64.b64encode(b).decode("ascii") if enc == "B" else _q(b)
        words.append("=?%s?%s?%s?=" % (cs, enc, e))
    return words


def fold_ascii(name, value, width=76):
    """Fold a plain ASCII header at spaces."""
    line = name + ": "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return CRLF.join(out)


def hdr(name, text, cs="UTF-8", enc="B", prefix=""):
    """Unstructured header (Subject etc.); encodes when needed."""
    if is_ascii(text):
        return fold_ascii(name, prefix + text)
    words = encoded_words(text, cs, enc)
    return name + ": " + prefix + (CRLF + " ").join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="UTF-8", enc="B", quote=None):
    if not name:
        return email
    if is_ascii(name):
        if quote or (quote is None and any(c in _SPECIALS for c in name)):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    words = encoded_words(name, cs, enc)
    if quote:  # some broken mailers quote encoded words
        return '"%s" <%s>' % (" ".join(words), email)
    sep = (CRLF + " ") if len(words[-1]) + len(email) + 9 > 78 else " "
    return (CRLF + " ").join(words) + sep + "<%s>" % email


def addr_list(name, addrs, sep=None):
    if isinstance(addrs, str):
        addrs = [addrs]
    if sep is None:
        sep = "," + CRLF + " " if len(addrs) > 1 else ", "
    return name + ": " + sep.join(addrs)


# ---------------------------------------------------------------- ids

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rhex(rng, n, upper=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def msgid(rng, style, domain, dt=None, user="user"):
    ts = dt.strftime("%Y%m%d%H%M%S") if dt else rdigits(rng, 14)
    if style == "php":
        return "<%s@%s>" % (ralnum(rng, 43), domain)
    if style == "outlook":
        return "<%s$%s$%s@%s>" % ("00" + rhex(rng, 10), rhex(rng, 8),
                                  rhex(rng, 8), domain)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (ralnum(rng, 30), "+" + ralnum(rng, 14))
    if style == "fox":
        return "<%s%s@%s>" % (ts, rdigits(rng, 7), domain)
    if style == "coremail":
        return "<%s.%s.%s.Coremail.%s@%s>" % (rhex(rng, 8), rhex(rng, 4),
                                               rhex(rng, 11), user, domain)
    if style == "qq":
        return "<tencent_%s@qq.com>" % rhex(rng, 40, upper=True)
    if style == "yahoo":
        return "<%s.%s.%s@mail.yahoo.com>" % (rdigits(rng, 10), rdigits(rng, 7),
                                              rdigits(rng, 13))
    if style == "hotmail":
        return "<%s@%s.namprd%02d.prod.outlook.com>" % (
            ralnum(rng, 40).upper(), "SEYPR0%dMB%d" % (rng.randint(1, 6), rng.randint(1000, 9999)),
            rng.randint(1, 20))
    if style == "bulk":
        return "<%s.%s@%s>" % (ts, rhex(rng, 16), domain)
    if style == "java":
        return "<%d.%d.%s@%s>" % (rng.randint(100000000, 999999999),
                                  rng.randint(10, 99), ts + "000", domain)
    # malformed variants
    if style == "bad-nobracket":
        return "%s.%s@%s" % (ts, rhex(rng, 6), domain)
    if style == "bad-nodomain":
        return "<%s.%s@>" % (ts, rdigits(rng, 5))
    if style == "bad-noat":
        return "<%s%s>" % (ts, rhex(rng, 12, upper=True))
    if style == "bad-localhost":
        return "<%s@localhost.localdomain>" % rhex(rng, 32)
    if style == "bad-space":
        return "<%s %s@%s>" % (rhex(rng, 8), rhex(rng, 8), domain)
    raise ValueError(style)


def boundary(rng, style="python"):
    if style == "outlook":
        return "----=_NextPart_000_%s_%s.%s" % (rhex(rng, 4, True), "01D" + rhex(rng, 5, True),
                                                rhex(rng, 8, True))
    if style == "php":
        return "b1_" + ralnum(rng, 43)
    if style == "fox":
        return "----=_001_NextPart%s_=----" % rdigits(rng, 12)
    if style == "java":
        return "----=_Part_%d_%d.%s" % (rng.randint(1000, 999999), rng.randint(100000000, 999999999),
                                        rdigits(rng, 13))
    if style == "gmail":
        return "000000000000" + rhex(rng, 16)
    if style == "coremail":
        return "----=_Part_%d_%d.%s" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999),
                                        rdigits(rng, 13))
    if style == "qq":
        return "----=_NextPart_%s_%s_%s" % (rhex(rng, 8, True), rhex(rng, 8, True), rhex(rng, 8, True))
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (rhex(rng, 8, True), rhex(rng, 4, True), rhex(rng, 4, True),
                                               rhex(rng, 4, True), rhex(rng, 12, True))
    return "===============%s==" % rdigits(rng, 19)


# ---------------------------------------------------------------- bodies

class Entity(object):
    def __init__(self, hdrs, body):
        self.hdrs = hdrs
        self.body = body

    def bytes(self):
        return (CRLF.join(self.hdrs) + CRLF + CRLF).encode("ascii") + self.body


def _lines_ok(data, limit=998):
    for line in data.split(BCRLF):
        if len(line) > limit:
            raise ValueError("line too long (%d): %r" % (len(line), line[:60]))


def encode_body(data, cte):
    if cte == "base64":
        out = base64.encodebytes(data).replace(b"\n", BCRLF)
    elif cte == "quoted-printable":
        out = binascii.b2a_qp(data, istext=True).replace(b"\n", BCRLF)
        if not out.endswith(BCRLF):
            out += BCRLF
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        out = data.replace(b"\n", BCRLF)
        if not out.endswith(BCRLF):
            out += BCRLF
    else:
        raise ValueError(cte)
    _lines_ok(out)
    return out


def text(s, sub="plain", cs="utf-8", cte="base64", q=True, params="", cte_case=None):
    data = s.replace("\r\n", "\n").encode(cs.lower())
    ct = "Content-Type: text/%s; charset=%s%s" % (sub, ('"%s"' % cs) if q else cs, params)
    return Entity([ct, "Content-Transfer-Encoding: %s" % (cte_case or cte)],
                  encode_body(data, cte))


def html(s, **kw):
    return text(s, sub="html", **kw)


def multipart(sub, parts, bnd, preamble=None):
    ct = 'Content-Type: multipart/%s;%s\tboundary="%s"' % (sub, CRLF, bnd)
    b = bnd.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + BCRLF + BCRLF
    for p in parts:
        pb = p.bytes()
        if not pb.endswith(BCRLF):
            pb += BCRLF
        body += b"--" + b + BCRLF + pb
    body += b"--" + b + b"--" + BCRLF
    return Entity([ct], body)


def attachment(filename, data, ctype, fn="plain", cs="UTF-8", cte="base64",
               disp="attachment", cid=None, ct_name=True):
    if fn == "plain" or is_ascii(filename):
        name_p = '"%s"' % filename
        disp_p = 'filename="%s"' % filename
    elif fn == "2047":
        w = " ".join(encoded_words(filename, cs, "B"))
        name_p = '"%s"' % w
        disp_p = 'filename="%s"' % w
    elif fn == "2231":
        enc = "".join(("%%%02X" % b) if (b > 126 or b < 33 or chr(b) in "%'\"*() ;,") else chr(b)
                      for b in filename.encode(cs.lower()))
        name_p = '"%s"' % " ".join(encoded_words(filename, cs, "B"))
        disp_p = "filename*=%s''%s" % (cs.lower(), enc)
    else:
        raise ValueError(fn)
    hdrs = []
    if ct_name:
        hdrs.append("Content-Type: %s;%s\tname=%s" % (ctype, CRLF, name_p))
    else:
        hdrs.append("Content-Type: %s" % ctype)
    hdrs.append("Content-Transfer-Encoding: %s" % cte)
    if cid:
        hdrs.append("Content-ID: <%s>" % cid)
    if disp:
        hdrs.append("Content-Disposition: %s;%s\t%s" % (disp, CRLF, disp_p))
    return Entity(hdrs, encode_body(data, cte))


# ---------------------------------------------------------------- placeholder payloads

def gif(w=1, h=1):
    """Valid tiny GIF; logical screen w x h, one transparent pixel drawn."""
    return (b"GIF89a" + w.to_bytes(2, "little") + h.to_bytes(2, "little") +
            b"\x80\x00\x00\x00\x00\x00\xff\xff\xff"
            b"!\xf9\x04\x01\x00\x00\x00\x00"
            b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def fake_pdf(note):
    return ("%PDF-1.4\n% synthetic training placeholder (text only, not a real document)\n"
            "% " + note + "\n%%EOF\n").encode("utf-8")


def placeholder(note):
    return ("PLACEHOLDER - synthetic spam-filter training sample. " + note +
            " No macros, no code, no real content.\n").encode("utf-8")


def zip_one(inner_name, line, when_tuple=(2024, 1, 1, 8, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=when_tuple)
        zi.create_system = 0
        zi.external_attr = 0x20
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, line.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- transport

def received(hops, dt, rng, rcpt=None, zone=None):
    """hops: list of (helo, ip, by, kind) from origin to final MX.
    Returns header lines, topmost (last hop) first."""
    out = []
    t = dt
    for i, (helo, ip, by, kind) in enumerate(hops):
        t = t + datetime.timedelta(seconds=rng.randint(1, 35) if i else rng.randint(0, 4))
        tt = t.astimezone(tz(zone)) if (zone and i == len(hops) - 1) else t
        d = fmt_date(tt)
        last = i == len(hops) - 1
        forp = ("%s\tfor <%s>" % (CRLF, rcpt)) if (rcpt and last) else ""
        if kind == "pf":
            s = "Received: from %s (unknown [%s])%s\tby %s (Postfix) with ESMTP id %s%s; %s" % (
                helo, ip, CRLF, by, "4" + ralnum(rng, 11), forp, d)
        elif kind == "pfs":
            s = ("Received: from %s (%s [%s])%s\tby %s (Postfix) with ESMTPS id %s%s;%s\t%s") % (
                helo, helo, ip, CRLF, by, rhex(rng, 10, True), forp, CRLF, d)
        elif kind == "exim":
            s = ("Received: from [%s] (port=%d helo=%s)%s\tby %s with esmtpsa  (TLS1.2) tls "
                 "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384%s\t(Exim 4.96.2)%s\tid %s; %s") % (
                ip, rng.randint(49152, 65000), helo, CRLF, by, CRLF, CRLF,
                "1" + ralnum(rng, 5) + "-" + ralnum(rng, 6) + "-" + ralnum(rng, 2), d)
        elif kind == "smtp":
            s = "Received: from %s ([%s])%s\tby %s with SMTP; %s" % (helo, ip, CRLF, by, d)
        elif kind == "auth":
            s = "Received: from %s (unknown [%s])%s\tby %s with ESMTPA id %s; %s" % (
                helo, ip, CRLF, by, rhex(rng, 12, True), d)
        elif kind == "cm":
            s = ("Received: from %s (unknown [%s])%s\tby %s (Coremail) with SMTP id %s;%s\t%s") % (
                helo, ip, CRLF, by, ralnum(rng, 20) + "--.%d" % rng.randint(1000, 99999), CRLF, d)
        elif kind == "qq":
            s = ("Received: from %s ( [%s])%s\tby %s (NewEsmtp) with SMTP%s\tid %s; %s") % (
                helo, ip, CRLF, by, CRLF, rhex(rng, 8, True) + "; " + str(rng.randint(1600000000, 1800000000)), d)
        elif kind == "ex":
            s = ("Received: from %s (%s) by%s %s (%s) with Microsoft SMTP Server%s"
                 " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s 15.20.%d.%d; %s") % (
                helo, ip, CRLF, by, ip, CRLF, CRLF, rng.randint(6000, 8999), rng.randint(10, 60), d)
        elif kind == "gm":
            s = "Received: by %s with SMTP id %s;%s\t%s" % (
                by, ralnum(rng, 12).lower() + "." + str(rng.randint(10, 99)), CRLF, d)
        else:
            raise ValueError(kind)
        out.append(s)
    return out[::-1], t


ORDERS = {
    "gmail":    ["received", "mime", "date", "msgid", "subject", "from", "reply", "to", "cc", "extra", "ct"],
    "outlook":  ["received", "from", "to", "cc", "reply", "subject", "date", "msgid", "mime", "ct", "mailer", "extra"],
    "php":      ["received", "date", "to", "from", "reply", "subject", "msgid", "mailer", "extra", "mime", "ct"],
    "fox":      ["received", "date", "from", "to", "cc", "reply", "subject", "extra", "mailer", "mime", "msgid", "ct"],
    "coremail": ["received", "date", "from", "to", "cc", "reply", "subject", "extra", "mailer", "ct", "mime", "msgid"],
    "qq":       ["received", "from", "to", "cc", "reply", "subject", "mime", "ct", "date", "extra", "msgid", "mailer"],
    "bulk":     ["received", "from", "reply", "to", "subject", "date", "mime", "ct", "msgid", "mailer", "extra"],
    "yahoo":    ["received", "date", "from", "reply", "to", "cc", "msgid", "subject", "mime", "ct", "extra", "mailer"],
}


def build(m, rng):
    """m: dict with from, to, subject, date, body (Entity) and optional
    cc, reply, hops, rcpt, rzone, mailer, msgid, extra, order, date_comment."""
    dt = m["date"]
    parts = {}
    if m.get("hops"):
        parts["received"], _ = received(m["hops"], dt, rng, m.get("rcpt"), m.get("rzone"))
    parts["date"] = ["Date: " + fmt_date(dt, m.get("date_comment"), m.get("date_pad", False))]
    parts["from"] = ["From: " + m["from"]]
    to = m["to"]
    parts["to"] = [to if to.startswith("To:") else addr_list("To", [to])] if isinstance(to, str) \
        else [addr_list("To", to)]
    if m.get("cc"):
        parts["cc"] = [addr_list("Cc", m["cc"])]
    if m.get("reply"):
        parts["reply"] = ["Reply-To: " + m["reply"]]
    parts["subject"] = [m["subject"] if m["subject"].startswith("Subject:") else hdr("Subject", m["subject"])]
    if m.get("msgid"):
        parts["msgid"] = ["Message-ID: " + m["msgid"]]
    parts["mime"] = [m.get("mime_hdr", "MIME-Version: 1.0")]
    parts["ct"] = m["body"].hdrs
    if m.get("mailer"):
        parts["mailer"] = ["X-Mailer: " + m["mailer"]]
    if m.get("extra"):
        parts["extra"] = list(m["extra"])
    lines = []
    for key in ORDERS[m.get("order", "gmail")]:
        lines.extend(parts.get(key, []))
    head = CRLF.join(lines) + CRLF + CRLF
    hb = head.encode("ascii")
    _lines_ok(hb)
    return hb + m["body"].body
