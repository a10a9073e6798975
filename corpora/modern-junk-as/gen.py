#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the modern-junk-as synthetic corpus (k01.eml .. k60.eml + INDEX.tsv).

Standard library only; deterministic: every message uses its own
random.Random(seed) and no clock, locale or platform input.
Message contents live in content.py beside this file.
"""
import base64
import binascii
import datetime as dt
import hashlib
import os
import random
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import M  # noqa: E402

PREFIX = "k"


def _search(name):
    # Thai mail labels its charset "windows-874"; Python calls it cp874.
    if name.replace("_", "-").lower() == "windows-874":
        import codecs
        return codecs.lookup("cp874")
    return None


import codecs  # noqa: E402
codecs.register(_search)

# ------------------------------------------------------------------ recipients
ORGS = {
    "A": dict(dom="kaisei-shoji.example", mx="mx01.kaisei-shoji.example", sw="postfix", tz=9,
              users=["t.yamamoto", "soumu", "h.kobayashi", "keiri", "m.ishida"]),
    "B": dict(dom="hanul-logis.test", mx="mail.hanul-logis.test", sw="sendmail", tz=9,
              users=["jhpark", "sales", "mskim", "admin", "hr"]),
    "C": dict(dom="dept-trade.go.example", mx="mx.dept-trade.go.example", sw="exim", tz=7,
              users=["saraban", "somchai.k", "info", "pranee.w", "it-support"]),
    "D": dict(dom="dinas-niaga.test", mx="gw1.dinas-niaga.test", sw="ironport", tz=7,
              users=["humas", "budi.santoso", "sekretariat", "rina.p", "tu"]),
    "E": dict(dom="mekong-holdings.example", mx="EXCH02.mekong-holdings.example", sw="exchange", tz=7,
              users=["finance", "sokha.chan", "reception", "a.sharma", "bounlay.v"]),
}
LANG_ORG = {"ja": "A", "ko": "B", "th": "C", "lo": "C", "id": "D", "ms": "D", "tl": "D",
            "km": "E", "hi": "E"}
ORG_KEYS = sorted(ORGS)


def ip(rng, kind="any"):
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    if kind == "priv":
        return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250))
    return "%s.%d" % (rng.choice(nets), rng.randint(2, 254))


def rhex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(rng, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def rb64(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


# ------------------------------------------------------------------ encodings
def qenc_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, cs, mode):
    """Encode text as one or more RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in text) and mode != "force":
        return text
    if mode == "force":
        mode = "B"
    label = cs.upper() if cs != "utf-8" else ("UTF-8")
    words, cur = [], ""

    def enc(s):
        b = s.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        return "=?%s?Q?%s?=" % (label, qenc_bytes(b))

    for ch in text:
        if cur and len(enc(cur + ch)) > 70:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\r\n ".join(words)


def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = binascii.b2a_qp(raw, istext=True)
        return q.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def b64_bytes(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


# ------------------------------------------------------------------ tiny binaries
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def png(rng, w, h):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    col = bytes([rng.randrange(256) for _ in range(3)])
    raw = b"".join(b"\x00" + col * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_placeholder(rng):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xfe\x00\x1eplaceholder image, not real\x00"
            + bytes(rng.randrange(256) for _ in range(600)) + b"\xff\xd9")


def pdf_placeholder(rng, title, big=False):
    lines = ["%PDF-1.4", "% placeholder document for a test corpus, not a real PDF",
             "% title: " + title]
    for i in range(rng.randint(20, 60) if not big else rng.randint(170, 200)):
        lines.append("%% filler line %03d %s" % (i, rhex(rng, 24)))
    lines.append("%%EOF")
    return ("\n".join(lines) + "\n").encode("ascii")


def ole_placeholder(rng, what):
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"\x3e\x00\x03\x00\xfe\xff"
            + ("placeholder %s bytes for a test corpus, not a real document " % what).encode()
            + bytes(rng.randrange(256) for _ in range(rng.randint(300, 900))))


def zip_placeholder(text):
    data = text.encode()
    crc = zlib.crc32(data) & 0xffffffff
    name = b"readme.txt"
    local = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 0, 0, 0x21, crc, len(data), len(data),
                        len(name), 0) + name + data
    cen = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 0, 0, 0x21, crc, len(data),
                      len(data), len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 1, 1, len(cen), len(local), 0)
    return local + cen + end


# ------------------------------------------------------------------ html
CSS_VARIANTS = [
    "body{font-family:'MS PGothic',sans-serif;font-size:13px;color:#333}",
    "body{margin:0;padding:0;background:#f4f4f4}.wrap{max-width:600px;margin:0 auto;background:#fff}"
    ".btn{display:inline-block;padding:12px 28px;background:#d00;color:#fff;text-decoration:none;"
    "border-radius:4px}.foot{font-size:11px;color:#999}",
    "td{font-family:Tahoma,Arial;font-size:14px;line-height:1.6}a.cta{background:#0a5;color:#fff;"
    "padding:10px 20px;font-weight:bold}",
    "p{margin:0 0 12px 0}.hd{background:#1a237e;color:#fff;padding:14px;font-size:18px}"
    ".bx{border:1px solid #ccc;padding:16px}",
]

BTN = {"ja": "今すぐ確認する", "ko": "지금 확인하기", "th": "คลิกที่นี่", "id": "Klik di sini",
       "ms": "Klik di sini", "tl": "I-click dito", "km": "ចុចទីនេះ", "lo": "ກົດທີ່ນີ້", "hi": "यहाँ क्लिक करें"}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_html(spec, rng, year, cid=None):
    paras = spec["body"]
    link = spec.get("link") or "http://%s/" % spec["frm"][1].split("@")[1]
    style = rng.randrange(4)
    cs = spec["cs"]
    btn = BTN[spec["lang"]]
    if year < 2009 or style == 0:
        # old-school font/table markup
        parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % cs,
                 '<body bgcolor="#ffffff"><table width="560" border="0" cellpadding="4"><tr><td>']
        if cid:
            parts.append('<img src="cid:%s" width="120" height="40" alt=""><br>' % cid)
        for p in paras:
            parts.append('<font size="2" color="#%s">%s</font><br><br>' % (
                rng.choice(["000000", "333333", "cc0000", "000080"]), esc(p).replace("\n", "<br>")))
        parts.append('<a href="%s"><b><font color="#ff0000">&gt;&gt; %s &lt;&lt;</font></b></a>' % (esc(link), btn))
        if spec.get("buster"):
            parts.append('<font color="#ffffff" size="1">%s</font>' % buster(rng, rng.randint(5, 9)).replace("\n", " "))
        parts.append("</td></tr></table></body></html>")
    else:
        css = CSS_VARIANTS[style]
        parts = ['<!DOCTYPE html><html lang="%s"><head><meta charset="%s">' % (spec["lang"], cs),
                 '<meta name="viewport" content="width=device-width,initial-scale=1">',
                 "<style>%s</style></head><body>" % css, '<div class="wrap">']
        if cid:
            parts.append('<div style="text-align:center"><img src="cid:%s" alt="" width="160"></div>' % cid)
        for i, p in enumerate(paras):
            tag = "h2" if i == 0 and len(p) < 40 and style == 3 else "p"
            parts.append("<%s>%s</%s>" % (tag, esc(p).replace("\n", "<br>\n"), tag))
        parts.append('<p style="text-align:center"><a class="btn cta" href="%s">%s</a></p>' % (esc(link), btn))
        if spec["client"] == "esp":
            parts.append('<table width="100%" cellspacing="0" cellpadding="6" style="border-top:1px solid #ddd">')
            for k in range(rng.randint(12, 40)):
                code = ralnum(rng, 6).upper()
                parts.append('<tr><td style="width:70px">#%02d</td><td><a href="%s&amp;i=%s">%s-%s</a></td>'
                             '<td align="right">%d.%02d</td></tr>' % (k + 1, esc(link) if "?" in link else esc(link) + "?x=1",
                                                                      code, code[:3], rhex(rng, 4), rng.randint(1, 999),
                                                                      rng.randint(0, 99)))
            parts.append("</table>")
            parts.append('<img src="%s/open.gif?m=%s" width="1" height="1" alt="">' % (
                link.split("?")[0].rstrip("/"), rhex(rng, 20)))
        if rng.random() < 0.5:
            parts.append('<p class="foot">&copy; %d %s</p>' % (year, esc(spec["frm"][0])))
        parts.append("</div></body></html>")
    html = "\n".join(parts)
    # break very long lines for 7bit/8bit safety
    out = []
    for line in html.split("\n"):
        while len(line.encode(cs)) > 700:
            cut = line.rfind(">", 0, 300) + 1 or 300
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out) + "\n"


WORDS = ("apple river quantum lantern orbit velvet marble cactus harbor pencil thunder meadow violet "
         "garnet copper saddle walnut fabric ginger hollow kettle ladder mosaic nectar oyster parcel "
         "quiver ribbon silver tundra umbrella vessel willow yonder zephyr anchor blossom candle dagger "
         "ember falcon glacier hazel island jasper kernel lemon mirror nimbus opal pepper quartz").split()


def buster(rng, lines):
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(7, 11))) for _ in range(lines))


def make_plain(spec, rng=None):
    text = "\n\n".join(spec["body"])
    if spec.get("link") and spec["link"] not in text:
        text += "\n\n" + spec["link"]
    if spec.get("buster") and rng is not None:
        text += "\n\n\n\n" + buster(rng, rng.randint(6, 12))
    return text + "\n"


# ------------------------------------------------------------------ mime assembly
def leaf(ctype, cs, cte, payload_bytes, extra=None):
    h = []
    if cs:
        h.append("Content-Type: %s; charset=%s" % (ctype, cs if cs not in ("utf-8",) else "UTF-8"))
    else:
        h.append("Content-Type: %s" % ctype)
    h.append("Content-Transfer-Encoding: %s" % cte)
    for e in extra or []:
        h.append(e)
    return h, payload_bytes


def boundary(rng, style):
    if style == 0:
        return "----=_NextPart_000_%04X_%08X.%08X" % (rng.randrange(65536), rng.randrange(1 << 32), rng.randrange(1 << 32))
    if style == 1:
        return "=_%s" % rhex(rng, 32)
    if style == 2:
        return "000000000000%s" % rhex(rng, 16)
    if style == 3:
        return "Apple-Mail=_%s-%s-%s" % (rhex(rng, 8).upper(), rhex(rng, 4).upper(), rhex(rng, 12).upper())
    return "b1_%s" % rhex(rng, 32)


def multipart(subtype, parts, rng, bstyle, params=""):
    b = boundary(rng, bstyle)
    hdr = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (subtype, params, b)]
    body = b""
    if rng.random() < 0.5:
        body += b"This is a multi-part message in MIME format.\r\n"
    body += b"\r\n"
    for ph, pb in parts:
        body += ("--%s\r\n" % b).encode() + "\r\n".join(ph).encode() + b"\r\n\r\n" + pb
        if not pb.endswith(b"\r\n"):
            body += b"\r\n"
    body += ("--%s--\r\n" % b).encode()
    return hdr, body


def build_body(spec, rng, year, bstyle):
    cs, cte, st = spec["cs"], spec["cte"], spec["struct"]
    plain = make_plain(spec, rng)
    if st == "plain":
        return leaf("text/plain", cs, cte, body_bytes(plain, cs, cte))
    if st == "html":
        return leaf("text/html", cs, cte, body_bytes(make_html(spec, rng, year), cs, cte))
    # HTML part of a multipart may use a different transfer encoding
    hcte = cte if cs == "iso-2022-jp" else rng.choice([cte, "base64", "quoted-printable"])
    if st == "alt":
        p1 = leaf("text/plain", cs, cte, body_bytes(plain, cs, cte))
        p2 = leaf("text/html", cs, hcte, body_bytes(make_html(spec, rng, year), cs, hcte))
        return multipart("alternative", [p1, p2], rng, bstyle)
    if st == "related":
        cid = "%s@%s" % (rhex(rng, 12), spec["frm"][1].split("@")[1])
        img = png(rng, rng.randint(8, 24), rng.randint(4, 12)) if rng.random() < 0.6 else GIF
        ext, ct = ("png", "image/png") if img[:4] == b"\x89PNG" else ("gif", "image/gif")
        h = leaf("text/html", cs, hcte, body_bytes(make_html(spec, rng, year, cid), cs, hcte))
        inner = multipart("alternative", [leaf("text/plain", cs, cte, body_bytes(plain, cs, cte)), h],
                          rng, (bstyle + 1) % 5)
        im = (["Content-Type: %s; name=\"logo.%s\"" % (ct, ext), "Content-Transfer-Encoding: base64",
               "Content-ID: <%s>" % cid, 'Content-Disposition: inline; filename="logo.%s"' % ext],
              b64_bytes(img))
        return multipart("related", [inner, im], rng, bstyle, ' type="multipart/alternative";')
    if st == "mixed":
        kind, fname = spec["attach"]
        if kind == "pdf":
            data, ct = pdf_placeholder(rng, fname, spec.get("big")), "application/pdf"
        elif kind == "xls":
            data, ct = ole_placeholder(rng, "spreadsheet"), "application/vnd.ms-excel"
        elif kind == "doc":
            data, ct = ole_placeholder(rng, "word document"), "application/msword"
        elif kind == "jpg":
            data, ct = jpeg_placeholder(rng), "image/jpeg"
        else:
            data, ct = zip_placeholder("placeholder archive for a test corpus\n"), "application/zip"
        if rng.random() < 0.5:
            first = leaf("text/plain", cs, cte, body_bytes(plain, cs, cte))
        else:
            first = multipart("alternative", [leaf("text/plain", cs, cte, body_bytes(plain, cs, cte)),
                                              leaf("text/html", cs, hcte, body_bytes(make_html(spec, rng, year), cs, hcte))],
                              rng, (bstyle + 2) % 5)
        att = (['Content-Type: %s;\r\n\tname="%s"' % (ct, fname), "Content-Transfer-Encoding: base64",
                'Content-Disposition: attachment;\r\n\tfilename="%s"' % fname], b64_bytes(data))
        return multipart("mixed", [first, att], rng, bstyle)
    raise ValueError(st)


def build_report(spec, rng, t0, tzh, tzm, rcpt, bhost, year):
    """multipart/report DSN from a (compromised) host, carrying the junk that used our address."""
    bogus = "%s@%s" % (rng.choice(["kimsh", "office", "lee.jy", "master"]), bhost.split(".", 1)[1])
    tin = t0 - dt.timedelta(seconds=rng.randint(30, 200))
    inner_body = body_bytes(make_plain(spec, rng), spec["cs"], spec["cte"])
    inner = "\r\n".join([
        "Received: from %s (unknown [%s])\r\n\tby %s (Postfix) with SMTP id %s\r\n\tfor <%s>; %s" % (
            ralnum(rng, 8, "abcdefghijklmnopqrstuvwxyz"), ip(rng), bhost, rhex(rng, 10).upper(), bogus,
            fmt_date(tin, tzh, tzm)),
        "From: %s <%s>" % (ew(spec["frm"][0], "utf-8", "B"), rcpt),
        "To: %s" % bogus,
        "Subject: %s" % ew(spec["subj"], "utf-8", "B"),
        "Date: %s" % fmt_date(tin - dt.timedelta(seconds=rng.randint(5, 60)), tzh, tzm),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: %s" % spec["cte"]]).encode() + b"\r\n\r\n" + inner_body
    note = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n\n<%s>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n"
            "    <%s>: Recipient address rejected: User unknown in local recipient table\n" % (bhost, bogus, bogus))
    p1 = (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
          note.replace("\n", "\r\n").encode())
    ds = ("Reporting-MTA: dns; %s\r\nX-Postfix-Queue-ID: %s\r\nArrival-Date: %s\r\n\r\n"
          "Final-Recipient: rfc822; %s\r\nOriginal-Recipient: rfc822;%s\r\nAction: failed\r\nStatus: 5.1.1\r\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\r\n") % (
        bhost, rhex(rng, 10).upper(), fmt_date(tin, tzh, tzm), bogus, bogus, bogus)
    p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode())
    p3 = (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], inner)
    return multipart("report", [p1, p2, p3], rng, 4, " report-type=delivery-status;")


# ------------------------------------------------------------------ headers
def fmt_date(t, tzh, tzm=0):
    tz = dt.timezone(dt.timedelta(hours=tzh, minutes=tzm))
    t = t.astimezone(tz)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = tzh * 60 + (tzm if tzh >= 0 else -tzm)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (days[t.weekday()], t.day, mons[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, off // 60, off % 60)


def parse_spec_date(spec):
    tzs = spec["tz"]
    sign = 1 if tzs[0] == "+" else -1
    h, mnt = int(tzs[1:3]), int(tzs[3:5])
    tz = dt.timezone(sign * dt.timedelta(hours=h, minutes=mnt))
    t = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return t, sign * h, mnt


FREEMAIL_OUT = {
    "yahoo.co.jp": "mail%d.yahoo.co.jp", "naver.com": "cvsmtppost%03d.nm.naver.com",
    "daum.net": "mail%d.daum.net", "hanmail.net": "smtp%d.hanmail.net",
    "gmail.com": "mail-wr1-f%d.google.com", "hotmail.com": "blu0-omc%d-s%d.blu0.hotmail.com",
    "yahoo.com": "nm%d-vm%d.bullet.mail.ne1.yahoo.com", "outlook.com": "mail-%s.outbound.protection.outlook.com",
    "yahoo.co.id": "nm%d.bullet.mail.sg3.yahoo.com", "hotmail.my": "snt0-omc%d-s%d.snt0.hotmail.com",
}


def freemail_host(dom, rng):
    pat = FREEMAIL_OUT[dom]
    n = pat.count("%")
    if "%s" in pat:
        return pat % ralnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    if n == 2:
        return pat % (rng.randint(1, 9), rng.randint(1, 30))
    return pat % rng.randint(1, 250)


def received_gateway(org, helo, src, rcpt, t, rng, envfrom, year):
    sw = org["sw"]
    d = fmt_date(t, org["tz"])
    if sw == "postfix":
        ver = "" if year < 2012 else ""
        qid = rhex(rng, 10).upper() if year < 2015 else ralnum(rng, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
        return "from %s (%s [%s])\r\n\tby %s (Postfix%s) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            helo, helo if rng.random() < 0.6 else "unknown", src, org["mx"], ver, qid, rcpt, d)
    if sw == "sendmail":
        v = "8.13.8/8.13.8" if year < 2010 else ("8.14.4/8.14.4" if year < 2018 else "8.15.2/8.15.2")
        qid = "%s%s" % (ralnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), "%06d" % rng.randrange(10 ** 6))
        return "from %s ([%s])\r\n\tby %s (%s) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            helo, src, org["mx"], v, qid, rcpt, d)
    if sw == "exim":
        v = "4.69" if year < 2011 else ("4.84_2" if year < 2018 else "4.94.2")
        eid = "%s-%s-%s" % (ralnum(rng, 6), ralnum(rng, 6), ralnum(rng, 2))
        return "from [%s] (helo=%s)\r\n\tby %s with esmtp (Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" % (
            src, helo, org["mx"], v, envfrom, eid, rcpt, d)
    if sw == "ironport":
        return "from %s (HELO %s) ([%s])\r\n  by %s with ESMTP; %s" % (
            "unknown" if rng.random() < 0.5 else helo, helo, src, org["mx"], d)
    if sw == "exchange":
        v = "14.3.%d.0" % rng.randint(100, 400) if year < 2017 else "15.1.%d.%d" % (rng.randint(1500, 2500), rng.randint(1, 30))
        return "from %s (%s) by %s\r\n (10.20.1.%d) with Microsoft SMTP Server id %s; %s" % (
            helo, src, org["mx"], rng.randint(2, 40), v, d)
    raise ValueError(sw)


def msgid(client, rng, t, dom, year):
    if client == "oe6" or client == "ratware" and rng.random() < 0.4:
        return "<%03x%02x01c%x%04x$%s$%s@%s>" % (rng.randrange(4096), rng.randrange(256), rng.randrange(16),
                                                 rng.randrange(65536), rhex(rng, 8), rhex(rng, 8),
                                                 rng.choice(["pc", "user", "home"]) + "%d" % rng.randint(1, 99))
    if client == "ratware":
        return "<%s.%s@%s>" % (ralnum(rng, 10).upper(), t.strftime("%Y%m%d%H%M"), dom)
    if client == "phpmailer":
        return "<%s@%s>" % (rhex(rng, 32), rng.choice([dom, "localhost.localdomain", "www." + dom]))
    if client == "esp":
        return "<%d.%s.%d@mta%d.%s>" % (int(t.timestamp()), rhex(rng, 10), rng.randint(1000, 99999),
                                         rng.randint(1, 20), dom)
    if client == "gmailweb":
        return "<CA%s@mail.gmail.com>" % ("+" + ralnum(rng, 44) + "=" + ralnum(rng, 8))
    if client == "yahooweb":
        return "<%d.%d.qm@web%d.mail.sp1.yahoo.com>" % (rng.randint(100000, 999999), rng.randint(10000, 99999),
                                                         rng.randint(10000, 99999))
    if client == "hotmail":
        if year < 2013:
            return "<BLU%d-W%d%s@phx.gbl>" % (rng.randint(100, 180), rng.randint(10, 99), rhex(rng, 24).upper())
        return "<%s@%s.namprd%02d.prod.outlook.com>" % (ralnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                                        ralnum(rng, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "0%dMB%04d" % (rng.randint(1, 9), rng.randint(1000, 9999)),
                                                        rng.randint(1, 20))
    if client == "naverweb":
        return "<%s.%d.JavaMail.nmail@cweb%03d.nm.nhnsystem.com>" % (rhex(rng, 20), rng.randint(1000, 9999), rng.randint(1, 99))
    if client in ("outlook2010", "outlook2016"):
        return "<%s$%s$%s@%s>" % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), dom)
    return "<%s@%s>" % (ralnum(rng, 20), dom)


def xmailer(client, rng, year):
    if client == "oe6":
        v = rng.choice(["6.00.2800.1106", "6.00.2900.2180", "6.00.2900.3138"])
        return [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                ("X-Mailer", "Microsoft Outlook Express " + v), ("X-MimeOLE", "Produced By Microsoft MimeOLE V" + v)]
    if client == "ratware":
        return [("X-Mailer", rng.choice(["The Bat! (v3.51.10) Professional", "Microsoft Outlook Express 6.00.2600.0000",
                                         "Foxmail 6, 13, 102, 15 [cn]", "Microsoft Office Outlook, Build 11.0.5510",
                                         "Mozilla 4.7 [en] (Win98; I)"]))]
    if client == "phpmailer":
        v = "2.0.4" if year < 2010 else ("5.2.%d" % rng.randint(1, 27) if year < 2019 else "6.%d.%d" % (rng.randint(0, 8), rng.randint(0, 9)))
        return [("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % v if year >= 2015 else "PHPMailer %s [version %s]" % (v, v))]
    if client == "yahooweb":
        return [("X-Mailer", "YahooMailWebService/0.8.%d.%d" % (rng.randint(100, 120), rng.randint(100, 999)))]
    if client == "naverweb":
        return [("X-Mailer", "NAVER Mail")]
    if client == "outlook2010":
        return [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", rb64(rng, 22)), ("Content-Language", "ms-my")]
    if client == "outlook2016":
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", rb64(rng, 22)), ("Content-Language", "en-us")]
    if client == "esp":
        return [("X-Mailer", rng.choice(["MailWizz Mailer", "Acelle Mail", "SendBlaster 4", "Mailer 3.2 (bulk)"]))]
    return []


# ------------------------------------------------------------------ one message
def build(n, spec):
    rng = random.Random(7000 + n * 131)
    t0, tzh, tzm = parse_spec_date(spec)
    year = t0.year
    lang = spec["lang"]
    okey = LANG_ORG[lang] if rng.random() < 0.8 else rng.choice(ORG_KEYS)
    org = ORGS[okey]
    rcpt = "%s@%s" % (rng.choice(org["users"]), org["dom"])
    name, addr = spec["frm"]
    sdom = addr.split("@")[1]
    client = spec["client"]
    free = sdom in FREEMAIL_OUT
    report = spec["struct"] == "report"
    if report:
        # backscatter: a compromised host bounces junk with a forged envelope sender back to us
        bdom = "%s.co.kr" % rng.choice(["seoul-dental", "hanbit-print", "daejin-tech"])
        bhost = "mail." + bdom
        inner_spec = dict(spec, struct="plain")
        name, addr, sdom = "Mail Delivery System", "MAILER-DAEMON@" + bhost, bdom

    # ---- hops (origin first)
    hops = []  # (header text without time, time)
    t = t0 + dt.timedelta(seconds=rng.randint(1, 40))
    envfrom = addr
    if report:
        envfrom, helo, src = "", bhost, ip(rng)
    elif client in ("ratware", "none") and not free:
        # botnet / compromised host: often spoofed envelope
        if rng.random() < 0.5:
            envfrom = "%s@%s" % (ralnum(rng, 7, "abcdefghijklmnopqrstuvwxyz"), rng.choice(
                ["mail.ru-hosting.example-host.net", sdom, "vps%d.hostcheap.xyz" % rng.randint(10, 999)]))
        helo = rng.choice(["[%s]" % ip(rng), "user-PC", "%s.dyn.example-isp.net" % ip(rng).replace(".", "-"),
                           ralnum(rng, 8, "abcdefghijklmnopqrstuvwxyz")])
        if client == "none" and rng.random() < 0.5:
            relay = "srv%d.%s" % (rng.randint(1, 60), rng.choice(["cloudvps.top", "hostingsg.example", sdom]))
            hops.append(("from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>" % (
                relay, rhex(rng, 10).upper(), rcpt), t))
            t += dt.timedelta(seconds=rng.randint(1, 20))
            helo = relay
        src = ip(rng)
    elif free:
        out = freemail_host(sdom, rng)
        web = ip(rng, "priv")
        if client in ("gmailweb",):
            hops.append(("by 10.%d.%d.%d with SMTP id %s" % (rng.randint(0, 99), rng.randint(0, 255), rng.randint(1, 254), ralnum(rng, 14)), t))
        elif client == "oe6" or client == "ratware":
            hops.append(("from %s ([%s])\r\n\tby %s with ESMTPA id %s" % (
                rng.choice(["user-PC", "HOME", "[%s]" % ip(rng)]), ip(rng), out, ralnum(rng, 10)), t))
        else:
            hops.append(("from [%s] by %s via HTTP" % (ip(rng), out), t))
        t += dt.timedelta(seconds=rng.randint(1, 30))
        helo, src = out, ip(rng)
    else:
        # own/look-alike domain server (phpmailer on compromised host, esp, desktop client)
        host = rng.choice(["mail", "smtp", "mta%d" % rng.randint(1, 9), "server%d" % rng.randint(1, 40)]) + "." + sdom
        if client == "phpmailer":
            hops.append(("from www-data by %s with local (Exim 4.%d)\r\n\t(envelope-from <%s>)\r\n\tid %s" % (
                host, rng.choice([82, 89, 92, 96]), "www-data@" + host, ralnum(rng, 16)), t))
        elif client == "esp":
            hops.append(("from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTP id %s" % (
                "app%d.internal" % rng.randint(1, 9), "app.internal", ip(rng, "priv"), host, rhex(rng, 11).upper()), t))
        else:
            hops.append(("from %s ([%s])\r\n\tby %s with ESMTPSA id %s" % (
                rng.choice(["LAPTOP-%s" % ralnum(rng, 7).upper(), "[%s]" % ip(rng, "priv")]), ip(rng), host, ralnum(rng, 12)), t))
        t += dt.timedelta(seconds=rng.randint(1, 60))
        helo, src = host, ip(rng)
    if rng.random() < 0.25 and len(hops) < 2:
        # extra internal relay at the recipient
        pass
    t += dt.timedelta(seconds=rng.randint(2, 400))
    gw = received_gateway(org, helo, src, rcpt, t, rng, envfrom, year)
    rec_lines = []
    rec_lines.append(gw)
    # internal hop for exchange orgs: gateway first, then exchange (top)
    if org["sw"] == "exchange" and rng.random() < 0.6:
        t2 = t + dt.timedelta(seconds=rng.randint(1, 5))
        rec_lines.insert(0, "from mailgw.%s (10.20.0.%d) by %s\r\n (10.20.1.%d) with Microsoft SMTP Server (TLS) id 15.1.%d.%d; %s" % (
            org["dom"], rng.randint(2, 9), org["mx"], rng.randint(10, 40), rng.randint(1500, 2500), rng.randint(1, 30),
            fmt_date(t2, org["tz"])))
        rec_lines[1] = rec_lines[1].replace(" by %s" % org["mx"], " by mailgw.%s" % org["dom"])
    for txt, ht in reversed(hops):
        rec_lines.append("%s; %s" % (txt, fmt_date(ht, tzh, tzm)))
    rec_lines = rec_lines[:4]

    # ---- auth
    auth = []
    if year >= 2006:
        spoofed = envfrom != addr and envfrom.split("@")[-1] != sdom
        if free and client in ("ratware",):
            spf = "softfail"
        elif free:
            spf = "pass"
        elif spoofed:
            spf = rng.choice(["softfail", "fail", "neutral"])
        else:
            spf = rng.choice(["pass", "pass", "none", "neutral"])
        edom = envfrom.split("@")[1] if envfrom else bhost
        if rng.random() < 0.5:
            if report:
                auth.append(("Received-SPF", "none (%s: %s does not provide an SPF record) client-ip=%s; helo=%s;" % (
                    org["mx"].lower(), bhost, src, bhost)))
            else:
                auth.append(("Received-SPF", "%s (%s: domain of %s %s %s as permitted sender) client-ip=%s;" % (
                spf.capitalize() if org["sw"] == "exchange" else spf, org["mx"].lower(), envfrom,
                {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
                 "neutral": "neither permits nor denies", "none": "has no SPF record for"}[spf], src, src)))
        else:
            dk = ""
            if year >= 2008:
                dk = "; dkim=%s header.d=%s" % ("pass" if free or client == "esp" else rng.choice(["none", "fail", "pass"]), sdom)
            dm = "; dmarc=%s header.from=%s" % (rng.choice(["pass", "fail", "none"]) if not free else "pass", sdom) if year >= 2014 else ""
            auth.append(("Authentication-Results", "%s;\r\n\tspf=%s smtp.mailfrom=%s%s%s" % (
                org["mx"].lower(), spf, edom, dk, dm)))
    dkim = None
    hot = sdom.startswith("hotmail") or sdom == "outlook.com"
    if year >= 2008 and (free and not (hot and year < 2013) or client in ("esp", "phpmailer") and rng.random() < 0.6):
        sel = rng.choice(["s1", "default", "k1", "mail", "dkim%d" % year])
        if sdom.startswith("yahoo"):
            sel = "s1024" if year < 2019 else "s2048"
        elif hot:
            sel = "selector1"
        elif sdom == "gmail.com":
            sel = "gamma" if year < 2013 else ("20120113" if year < 2017 else "20161025" if year < 2021 else "20210112")
        dkim = ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n\tt=%d;\r\n\th=from:to:subject:date:message-id:mime-version;\r\n\tbh=%s;\r\n\tb=%s\r\n\t %s" % (
            sdom, sel, int(t0.timestamp()), rb64(rng, 32), rb64(rng, 48), rb64(rng, 60)))

    # ---- body
    bstyle = {"oe6": 0, "outlook2010": 0, "outlook2016": 0, "gmailweb": 2, "phpmailer": 4, "yahooweb": 1}.get(client, rng.randrange(5))
    if report:
        ctype_hdrs, body = build_report(inner_spec, rng, t0, tzh, tzm, rcpt, bhost, year)
    else:
        ctype_hdrs, body = build_body(spec, rng, year, bstyle)

    # ---- headers
    disp = ew(name, spec["hcs"], spec["henc"] or "B")
    if disp == name and any(c in name for c in "(),.:;@"):
        disp = '"%s"' % name
    frm = "%s <%s>" % (disp, addr)
    subj = ew(spec["subj"], spec["hcs"], spec["henc"] or "B")
    if report:
        frm = "%s <%s>" % (name, addr)
        subj = "Undelivered Mail Returned to Sender"
    to_style = rng.random()
    if to_style < 0.15 and client in ("ratware", "esp", "none"):
        to = "undisclosed-recipients:;"
    elif to_style < 0.5:
        to = rcpt
    else:
        to = "<%s>" % rcpt
    mid = msgid(client, rng, t0, sdom, year)
    if report:
        mid = "<%s.%s@%s>" % (t0.strftime("%Y%m%d%H%M%S"), rhex(rng, 10).upper(), bhost)
    elif client in ("ratware", "none"):
        r = rng.random()
        if r < 0.2:
            mid = None
        elif r < 0.32:
            mid = "<%s@>" % ralnum(rng, 14)
    date_s = fmt_date(t0, tzh, tzm)
    base = [("From", frm), ("To", to), ("Subject", subj), ("Date", date_s)]
    if mid:
        base.append(("Message-ID", mid))
    if client in ("gmailweb", "naverweb", "phpmailer") and rng.random() < 0.5 or client == "esp":
        base.append(("Reply-To", "%s@%s" % (rng.choice(["support", "cs", "help", "admin", "contact"]),
                                            sdom)) if not free else (
            "Reply-To", "%s%d@%s" % (ralnum(rng, 6, "abcdefghijklmnopqrstuvwxyz"), rng.randint(10, 99),
                                     rng.choice(["gmail.com", "hotmail.com", "yahoo.com"]))))
    base += xmailer(client, rng, year)
    if client == "hotmail":
        base.append(("X-Originating-IP", "[%s]" % ip(rng)))
    if client == "yahooweb":
        base.append(("X-YMail-OSG", ralnum(rng, 40) + "--"))
    if client == "esp" or client == "phpmailer" and rng.random() < 0.4:
        u = "http://%s/unsubscribe?u=%s" % (sdom, rhex(rng, 16))
        base.append(("List-Unsubscribe", "<%s>" % u if year < 2017 else "<%s>, <mailto:unsub@%s>" % (u, sdom)))
        if year >= 2017:
            base.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        base.append(("Precedence", "bulk"))
    if client == "esp":
        base.append(("X-Campaign-ID", "%s-%d" % (ralnum(rng, 6).lower(), rng.randint(100, 99999))))
    base.append(("MIME-Version", "1.0"))

    # order by client software
    if client == "oe6":
        order = ["Message-ID", "From", "To", "Subject", "Date", "MIME-Version", "*"]
    elif client in ("gmailweb",):
        order = ["MIME-Version", "From", "Date", "Message-ID", "Subject", "To", "*"]
    elif client in ("outlook2010", "outlook2016"):
        order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "*"]
    elif client == "phpmailer":
        order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "*"]
    elif client == "ratware":
        order = ["Message-ID", "From", "To", "Subject", "Date", "MIME-Version", "*"]
        rng.shuffle(order)
        order.append("*")
    else:
        order = ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "*"]
    ordered, rest = [], list(base)
    for k in order:
        if k == "*":
            ordered += rest
            rest = []
            break
        for h in list(rest):
            if h[0] == k:
                ordered.append(h)
                rest.remove(h)
    ordered += rest

    lines = []
    if rng.random() < 0.8 or report:
        lines.append("Return-Path: <%s>" % envfrom)
    if okey == "D" and rng.random() < 0.5:
        lines.append("X-IronPort-AV: E=Sophos;i=\"%d.%d,%d\";d=\"%s\";a=\"%d\"" % (
            rng.randint(4, 6), rng.randint(1, 9), rng.randint(1400000000, 1700000000), rng.choice(["scan'208", "html'208,217"]), rng.randint(100000, 99999999)))
    for r in rec_lines:
        lines.append("Received: " + r)
    for a in auth:
        lines.append("%s: %s" % a)
    if dkim:
        lines.append("%s: %s" % dkim)
    for k, v in ordered:
        lines.append("%s: %s" % (k, v))
    lines += ctype_hdrs
    head = "\r\n".join(lines).encode("ascii") + b"\r\n\r\n"
    return head + body


def main():
    out = HERE
    index = ["label\tpath\tsha256\tbytes"]
    for i, spec in enumerate(M, 1):
        data = build(i, spec)
        fn = "%s%02d.eml" % (PREFIX, i)
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)
        index.append("%s\t%s\t%s\t%d" % (spec["label"], fn, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(out, "INDEX.tsv"), "wb") as f:
        f.write(("\n".join(index) + "\n").encode("ascii"))


if __name__ == "__main__":
    main()
