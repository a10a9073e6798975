"""Helper module for gen.py: MIME building, header blocks, Received chains.
Standard library only; all randomness comes from the per-message Random passed in."""
import base64, quopri, struct, zlib, io, zipfile, uuid
from datetime import datetime, timedelta, timezone

CRLF = "\r\n"
CODEC = {"windows-874": "cp874"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tzobj(tz):
    s = 1 if tz[0] == "+" else -1
    return timezone(s * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))


def rfcdate(dt, tz, comment=None, noday=False):
    d = dt.astimezone(tzobj(tz))
    s = "%s%d %s %d %02d:%02d:%02d %s" % ("" if noday else DAYS[d.weekday()] + ", ", d.day, MONS[d.month - 1],
                                           d.year, d.hour, d.minute, d.second, tz)
    if comment:
        s += " (%s)" % comment
    return s


# ---------------------------------------------------------------- encoded words
def ew(text, cs, enc="B"):
    if all(ord(c) < 128 for c in text):
        return text

    if cs.lower() in ("iso-2022-jp", "shift_jis"):
        text = text.replace("\uff5e", "\u301c")

    def one(s):
        b = s.encode(CODEC.get(cs.lower(), cs))
        if enc == "B":
            p = base64.b64encode(b).decode()
        else:
            p = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?%s?%s?=" % (cs, enc, p)

    words, chunk = [], ""
    for ch in text:
        if chunk and len(one(chunk + ch)) > 72:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(one(chunk))
    return (CRLF + " ").join(words)


def addr(name, a, cs="utf-8", enc="B", quote=True):
    if not name:
        return a if not quote else "<%s>" % a
    if all(ord(c) < 128 for c in name):
        if quote and any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, cs, enc), a)


# ---------------------------------------------------------------- bodies
def encode_text(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if cs.lower() in ("iso-2022-jp", "shift_jis"):
        text = text.replace("\uff5e", "\u301c")
    if cs.lower() == "iso-2022-jp":
        raw = b"\n".join(l.encode(cs) for l in text.split("\n"))
    else:
        raw = text.encode(CODEC.get(cs.lower(), cs))
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode().replace("\n", CRLF)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\n", CRLF)
    return raw.decode("latin-1").replace("\n", CRLF)


def encode_bin(b):
    return base64.encodebytes(b).decode().replace("\n", CRLF)


def leaf(ctype, body, params=(), cte="7bit", hdrs=(), cs=None):
    return {"t": "leaf", "ctype": ctype, "params": list(params), "cte": cte, "body": body,
            "hdrs": list(hdrs), "cs": cs}


def T(text, cs="utf-8", cte="8bit", sub="plain", extra=(), csname=None, hdrs=()):
    p = [("charset", csname or cs)] + list(extra)
    return leaf("text/" + sub, encode_text(text, cs, cte), p, cte, hdrs, cs)


def A(data, ctype, fname, cs="utf-8", style="2231", inline=False, cid=None, name_param=True):
    hd = []
    if all(ord(c) < 128 for c in fname):
        fn = '"%s"' % fname
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", fname)
        p = [("name", fname)] if name_param else []
    else:
        if style == "2231":
            q = "".join(c if c.isascii() and (c.isalnum() or c in ".-_") else
                        "".join("%%%02X" % x for x in c.encode(cs)) for c in fname)
            disp = "%s;%s filename*=%s''%s" % ("inline" if inline else "attachment", CRLF + "\t", cs.upper(), q)
            p = [("name*", "%s''%s" % (cs.upper(), q))] if name_param else []
        else:
            e = ew(fname, cs, "B")
            disp = '%s;%s filename="%s"' % ("inline" if inline else "attachment", CRLF + "\t", e)
            p = [("name", e)] if name_param else []
    hd.append("Content-Disposition: " + disp)
    if cid:
        hd.append("Content-ID: <%s>" % cid)
    return leaf(ctype, encode_bin(data), p, "base64", hd)


def MP(sub, parts, preamble=None, extra=()):
    return {"t": "multi", "sub": sub, "parts": parts, "pre": preamble, "extra": list(extra)}


def fmt_params(ctype, params):
    s = ctype
    for k, v in params:
        if k.endswith("*"):
            s += ";" + CRLF + "\t%s=%s" % (k, v)
        elif v.startswith("=?") or len(s) > 50:
            s += ";" + CRLF + '\t%s="%s"' % (k, v)
        else:
            s += '; %s="%s"' % (k, v) if k in ("name", "boundary", "filename", "type") else "; %s=%s" % (k, v)
    return s


def render(node, bfn, rng, top=False):
    """returns (header lines, body string)"""
    if node["t"] == "leaf":
        h = ["Content-Type: " + fmt_params(node["ctype"], node["params"])]
        if node["cte"] != "7bit" or rng.random() < 0.6:
            h.append("Content-Transfer-Encoding: " + node["cte"])
        h += node["hdrs"]
        return h, node["body"]
    b = bfn(rng)
    params = list(node["extra"]) + [("boundary", b)]
    h = ["Content-Type: " + fmt_params("multipart/" + node["sub"], params)]
    out = []
    if node["pre"]:
        out.append(node["pre"] + CRLF)
    for p in node["parts"]:
        ph, pb = render(p, bfn, rng)
        out.append("--" + b + CRLF + CRLF.join(ph) + CRLF + CRLF + pb.rstrip(CRLF) + CRLF)
    out.append("--" + b + "--" + CRLF)
    body = (CRLF if not node["pre"] else "") + "".join(out) if False else "".join(out)
    return h, body


# ---------------------------------------------------------------- placeholders
def pdf(title):
    t = ("%%PDF-1.4\n%% placeholder document, not a real PDF\n1 0 obj << /Title (%s) >> endobj\n"
         "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return t.encode("ascii")


def zipone(name, line, year=2019):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(year, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, line)
    return bio.getvalue()


def docx(line, year=2019):
    return zipone("word/document.xml", "<w:document><!-- placeholder: %s --></w:document>" % line, year)


def doc(line):
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + ("placeholder: " + line).encode("ascii")


def gif(r=200, g=30, b=40):
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes([r, g, b]) + b"\xff\xff\xff"
            b"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- ids, boundaries
def hexs(rng, n, up=True):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def alnum(rng, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def uid(rng, up=True):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if up else u


BOUND = {
    "outlook": lambda r: "----=_NextPart_%03d_%04X_01%s.%s" % (r.randint(0, 3), r.randint(0, 0xffff), hexs(r, 6), hexs(r, 8)),
    "tb": lambda r: "------------" + alnum(r, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "apple": lambda r: "Apple-Mail=_" + uid(r),
    "applei": lambda r: "Apple-Mail-%s" % uid(r),
    "gmail": lambda r: "000000000000" + hexs(r, 16, False),
    "notes": lambda r: "=_alternative %s%s_=" % (hexs(r, 8), hexs(r, 8)),
    "exch": lambda r: "_%03d_%s_" % (r.randint(0, 9), alnum(r, 40)),
    "esp": lambda r: "----==_mimepart_%s_%d" % (hexs(r, 12, False), r.randint(10000, 99999)),
    "php": lambda r: "b1_" + hexs(r, 32, False),
    "java": lambda r: "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13)),
    "becky": lambda r: "__%s.%s__" % (hexs(r, 8), hexs(r, 4)),
    "plain": lambda r: "=_%s" % alnum(r, 28),
}


def b64rand(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def dkim(rng, d, s, hdrs, when):
    bh = b64rand(rng, 32)
    sig = b64rand(rng, 128)
    lines = ["v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;" % (d, s),
             "t=%d; h=%s;" % (int(when.timestamp()), hdrs),
             "bh=%s;" % bh, "b=" + sig[:70]]
    rest = sig[70:]
    while rest:
        lines.append(rest[:76])
        rest = rest[76:]
    return "DKIM-Signature: " + (CRLF + "\t ").join(lines)
