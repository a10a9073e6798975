"""Message registry, recipient gateways, mail-client and mailing-list headers, and assembly for gen.py.
Standard library only; every random value comes from random.Random(seed) of the message."""
import datetime as _dt
import random
import os as _os, sys as _sys
_sys.path.append(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "modern-ham-h"))  # its kit, shared
from mailkit import (Part, D, fmt, chain, hexs, alnum, digits, multi, binary, pdf, build, b64_lines, crlf)
import base64
import quopri

MSGS = []

# ---------------------------------------------------------------- recipients (all invented)
# U Halvorsen University, E Brightwater Energy Trading, C City of Marrowfield (as in ../modern-ham-h),
# K Kestrel Broadband subscribers, F oakhollow.test family domain at fernhost.test,
# A Aldermail (aldermail.test), an invented continental European ISP used by the European-language recipients.
NATARAJAN = ("Priya Natarajan", "p.natarajan@halvorsen.example", "U")
TOMASZ = ("Tomasz Wierzbicki", "tw227@halvorsen.example", "U")
ORLOV = ("Dmitri Orlov", "d.orlov@halvorsen.example", "U")
ZHOU = ("Zhou Wenjie", "wzhou@halvorsen.example", "U")
SATO = ("Kenji Sato", "ksato@halvorsen.example", "U")
MERCIER = ("Claudine Mercier", "cmercier@halvorsen.example", "U")
REYES = ("Daniel Reyes", "dreyes@bwtrading.example", "E")
DEMIR = ("Ayse Demir", "ademir@bwtrading.example", "E")
WHITCOMBE = ("Laura Whitcombe", "lwhitcombe@ci.marrowfield.test", "C")
HASKETT = ("Ron Haskett", "rhaskett@ci.marrowfield.test", "C")
PRYCE = ("Gareth Pryce", "gpryce@kestrelnet.example", "K")
LAN = ("Nguyen Thi Lan", "lan.nguyen@kestrelnet.example", "K")
ELLEN = ("Ellen Oakes", "ellen@oakhollow.test", "F")
MATT = ("Matt Oakes", "matt@oakhollow.test", "F")
SOPHIE = ("Sophie Oakes", "sophie@oakhollow.test", "F")
VOGEL = ("Kathrin Vogel", "k.vogel@aldermail.test", "A")
FERRER = ("Lucia Ferrer", "lferrer@aldermail.test", "A")
BELLINI = ("Marco Bellini", "m.bellini@aldermail.test", "A")
DEWIT = ("Joost de Wit", "joostdewit@aldermail.test", "A")
SOUSA = ("Ana Sousa", "ana.sousa@aldermail.test", "A")
NOWAK = ("Piotr Nowak", "pnowak@aldermail.test", "A")

GATEWAYS = ("mx1.halvorsen.example", "mx-in2.its.halvorsen.example", "HOU-MX01.corp.bwtrading.example",
            "HOU-EXHUB02.corp.bwtrading.example", "mailgate.ci.marrowfield.test", "mx3.kestrelnet.example",
            "mx2.fernhost.test", "mx.aldermail.test")


def gateway(org, r, y, frm, rcpt):
    """the recipient organisation's inbound gateway: one (template, zone, style) hop"""
    if org == "U":
        if y <= 2006:
            return ("from %s\n\tby mx1.halvorsen.example (8.%s) with ESMTP id %s%s%s\n\tfor <%s>; {d}"
                    % (frm, "12.8/8.12.8" if y < 2004 else "13.1/8.13.1", "mnopqrs"[y - 2002], alnum(r, 7), digits(r, 6), rcpt), "ET", "std")
        return ("from %s\n\tby mx-in2.its.halvorsen.example (Postfix) with ESMTP id %s\n\tfor <%s>; {d}"
                % (frm, hexs(r, 10, True), rcpt), "ET", "cmt")
    if org == "E":
        if y <= 2007:
            return ("from %s by HOU-MX01.corp.bwtrading.example with Microsoft SMTPSVC(%s);\n\t {d}"
                    % (frm, "5.0.2195.5329" if y < 2004 else "6.0.3790.1830"), "CT", "std")
        return ("from %s by HOU-EXHUB02.corp.bwtrading.example\n (10.40.2.22) with Microsoft SMTP Server (TLS) id %s; {d}"
                % (frm, "8.1.375.2" if y < 2010 else "14.1.355.2"), "CT", "pad")
    if org == "C":
        rel = {2002: "5.0.10", 2003: "5.0.12", 2004: "6.5.1", 2005: "6.5.4", 2006: "6.5.5FP1", 2007: "7.0.2",
               2008: "7.0.3", 2009: "8.0.2", 2010: "8.5.1", 2011: "8.5.2FP2", 2012: "8.5.3"}[y]
        return ("from %s\n          by mailgate.ci.marrowfield.test (Lotus Domino Release %s)\n"
                "          with ESMTP id %s%s-%s ;\n          {d}" % (frm, rel, y, digits(r, 12), digits(r, 6)), "CT", "std")
    if org == "K":
        ver = "4.10" if y < 2004 else ("4.44" if y < 2007 else ("4.69" if y < 2010 else "4.76"))
        return ("from %s\n\tby mx3.kestrelnet.example with esmtp (Exim %s)\n\tid %s-%s-%s\n\tfor %s; {d}"
                % (frm, ver, alnum(r, 6), alnum(r, 6), alnum(r, 2), rcpt), "UK", "std")
    if org == "F":
        if y <= 2008:
            return ("from %s\n  by mx2.fernhost.test with SMTP; {d}" % frm, "UTC", "qmail")
        return ("from %s\n\tby mx2.fernhost.test (Postfix) with ESMTP id %s\n\tfor <%s>; {d}"
                % (frm, hexs(r, 11, True), rcpt), "PT", "cmt")
    if org == "A":
        return ("from %s\n\tby mx.aldermail.test (Postfix) with ESMTP id %s\n\tfor <%s>; {d}"
                % (frm, hexs(r, 10, True), rcpt), "CET", "cmt")
    raise ValueError(org)


def ip(r):
    return "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(2, 250))


# ---------------------------------------------------------------- encoded words
CODEC = {}


def ew(s, cs, enc="B"):
    if all(ord(c) < 128 for c in s):
        return s

    def one(t):
        if cs.lower() == "iso-2022-jp":
            b = t.encode(cs)
        else:
            b = t.encode(cs)
        if enc == "B":
            p = base64.b64encode(b).decode()
        else:
            p = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?%s?%s?=" % (cs, enc, p)

    words, chunk = [], ""
    for ch in s:
        if chunk and len(one(chunk + ch)) > 70:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(one(chunk))
    return "\n ".join(words)


def addr(p, cs="us-ascii", enc="Q"):
    name, a = p[0], p[1]
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, a)) if any(c in name for c in ",.()") else "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, cs, enc), a)


# ---------------------------------------------------------------- text parts
def enc(body, cs, cte):
    body = body.replace("\r\n", "\n")
    if cs.lower() == "iso-2022-jp":
        raw = b"\n".join(l.encode(cs) for l in body.split("\n"))
    else:
        raw = body.encode(cs)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return b64_lines(raw.replace(b"\n", b"\r\n"))
    raise ValueError(cte)


def T(body, cs="us-ascii", cte="7bit", sub="plain", ct=None, fmtflowed=False):
    if ct is None:
        ct = 'text/%s; charset="%s"' % (sub, cs)
        if fmtflowed:
            ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], enc(body, cs, cte))


def NOMIME(body):
    return Part([], enc(body, "us-ascii", "7bit"))


# ---------------------------------------------------------------- mail clients
def client(r, c, d, dom, host):
    """returns (Message-ID, [extra headers]) in the manner of the sender's software"""
    y = d.year
    ts = d.astimezone(_dt.timezone.utc)
    if c == "outlook":
        ver = {2002: "Microsoft Outlook, Build 10.0.2627", 2003: "Microsoft Office Outlook, Build 11.0.5510"}.get(
            y, "Microsoft Office Outlook 12.0" if y < 2011 else "Microsoft Outlook 14.0")
        return ("<%s01c%s$%s$%s@%s>" % (hexs(r, 6), hexs(r, 5), hexs(r, 8), hexs(r, 8), dom),
                [("X-Mailer", ver), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.%d" % r.randint(2180, 6109)),
                 ("Thread-Index", base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode())])
    if c == "thunderbird":
        ver = "1.5.0.%d" % r.randint(4, 14) if y < 2008 else ("2.0.0.%d" % r.randint(6, 23) if y < 2010 else "3.1.%d" % r.randint(2, 18))
        if y < 2005:
            ver = "0.%d" % r.randint(6, 9)
        return ("<%08X.%s@%s>" % (int(ts.timestamp()), digits(r, 7), dom),
                [("User-Agent", "Mozilla Thunderbird %s (Windows/20%s)" % (ver, digits(r, 6)))])
    if c == "eudora":
        ver = "5.2.1" if y < 2004 else "6.2.4.2" if y < 2007 else "7.1.0.9"
        return ("<%s.2.%s.%s@%s>" % (ver, ts.strftime("%Y%m%d%H%M%S"), hexs(r, 8), host),
                [("X-Sender", "%s@%s" % (alnum(r, 6, "abcdefghijklmnopqrstuvwxyz"), host)),
                 ("X-Mailer", "QUALCOMM Windows Eudora Version %s" % ver)])
    if c == "pine":
        return ("<Pine.LNX.4.%d.%s.%d-100000@%s>" % (44 if y < 2004 else 58, ts.strftime("%y%m%d%H%M%S")[:10] + digits(r, 3), r.randint(1000, 30000), host),
                [])
    if c == "mutt":
        return ("<%s.GA%d@%s>" % (ts.strftime("%Y%m%d%H%M%S"), r.randint(1000, 30000), host),
                [("User-Agent", "Mutt/1.%s" % ("4.1i" if y < 2004 else "5.%di" % r.randint(6, 21)))])
    if c == "notes":
        rel = "6.5 September 26, 2003" if y < 2007 else "8.0.2 HF623 January 16, 2009"
        return ("<OF%s.%s-ON86257%s.%s-86257%s.%s@%s>" % (hexs(r, 8, True), hexs(r, 8, True), hexs(r, 3, True), hexs(r, 8, True), hexs(r, 3, True), hexs(r, 8, True), dom),
                [("X-Mailer", "Lotus Notes Release %s" % rel), ("X-MIMETrack", "Serialize by Router on %s/%s at %s" % (host.split(".")[0].upper(), dom.split(".")[0].upper(), ts.strftime("%m/%d/%Y %I:%M:%S %p")))])
    if c == "apple":
        return ("<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 12, True), dom),
                [("X-Mailer", "Apple Mail (2.%d)" % (753 if y < 2008 else 936 if y < 2010 else 1084))])
    if c == "squirrel":
        return ("<%d.%s.%d.squirrel@%s>" % (r.randint(1000, 60000), ip(r), int(ts.timestamp()), host),
                [("User-Agent", "SquirrelMail/1.4.%d" % r.randint(2, 21)), ("X-Priority", "3 (Normal)"), ("Importance", "Normal")])
    if c == "horde":
        return ("<%s.%s@%s>" % (ts.strftime("%Y%m%d%H%M%S"), alnum(r, 12), host),
                [("User-Agent", "Internet Messaging Program (IMP) H3 (4.%d.%d)" % (r.randint(0, 3), r.randint(1, 9)))])
    # app: a company's own list or order software
    return ("<%s.%s@%s>" % (ts.strftime("%Y%m%d%H%M%S"), alnum(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), host), [("X-Mailer", c[4:])] if c.startswith("app:") and c[4:] else [])


# ---------------------------------------------------------------- mailing lists
def footer(lst):
    k, n, h = lst["sw"], lst["name"], lst["host"]
    if k == "mailman":
        return ("\n_______________________________________________\n%s mailing list\n%s@%s\nhttp://%s/mailman/listinfo/%s\n"
                % (lst.get("title", n), n, h, h, n))
    if k == "ezmlm":
        return ("\n---------------------------------------------------------------------\n"
                "To unsubscribe, e-mail: %s-unsubscribe@%s\nFor additional commands, e-mail: %s-help@%s\n" % (n, h, n, h))
    if k == "majordomo":
        return ("\n--\nYou are on the %s list at %s. To leave it, send\n\"unsubscribe %s\" in the body of a message to majordomo@%s\n"
                % (n, h, n, h))
    if k == "listserv":
        return ("\n############################\nTo unsubscribe from the %s list, send SIGNOFF %s\nto LISTSERV@%s or visit http://%s/cgi-bin/wa?SUBED1=%s&A=1\n"
                % (n.upper(), n.upper(), h.upper(), h, n.upper()))
    raise ValueError(k)


def list_headers(lst, r, frm_addr):
    k, n, h = lst["sw"], lst["name"], lst["host"]
    desc = lst.get("desc", n)
    if k == "mailman":
        return [("X-BeenThere", "%s@%s" % (n, h)), ("X-Mailman-Version", lst.get("ver", "2.1.9")), ("Precedence", "list"),
                ("List-Id", "%s <%s.%s>" % (desc, n, h)),
                ("List-Unsubscribe", "<http://%s/mailman/options/%s>,\n\t<mailto:%s-request@%s?subject=unsubscribe>" % (h, n, n, h)),
                ("List-Archive", "<http://%s/pipermail/%s>" % (h, n)), ("List-Post", "<mailto:%s@%s>" % (n, h)),
                ("List-Help", "<mailto:%s-request@%s?subject=help>" % (n, h)),
                ("List-Subscribe", "<http://%s/mailman/listinfo/%s>,\n\t<mailto:%s-request@%s?subject=subscribe>" % (h, n, n, h)),
                ("Sender", "%s-bounces@%s" % (n, h)), ("Errors-To", "%s-bounces@%s" % (n, h))]
    if k == "ezmlm":
        return [("Mailing-List", "contact %s-help@%s; run by ezmlm" % (n, h)), ("Precedence", "bulk"),
                ("List-Id", "<%s.%s>" % (n, h)), ("List-Post", "<mailto:%s@%s>" % (n, h)),
                ("List-Help", "<mailto:%s-help@%s>" % (n, h)), ("List-Unsubscribe", "<mailto:%s-unsubscribe@%s>" % (n, h)),
                ("List-Subscribe", "<mailto:%s-subscribe@%s>" % (n, h)), ("Delivered-To", "mailing list %s@%s" % (n, h))]
    if k == "majordomo":
        return [("Sender", "owner-%s@%s" % (n, h)), ("Precedence", "bulk"), ("List-Id", "%s <%s.%s>" % (desc, n, h)),
                ("List-Post", "<mailto:%s@%s>" % (n, h)), ("List-Unsubscribe", "<mailto:majordomo@%s?body=unsubscribe%%20%s>" % (h, n)),
                ("List-Owner", "<mailto:owner-%s@%s>" % (n, h))]
    if k == "listserv":
        N, H = n.upper(), h.upper()
        return [("Reply-To", frm_addr), ("Sender", "%s <%s@%s>" % (desc, N, H)), ("Comments", "To: %s@%s" % (N, H)),
                ("List-Id", "<%s.%s>" % (N, H)), ("List-Post", "<mailto:%s@%s>" % (N, H)),
                ("List-Help", "<http://%s/cgi-bin/wa?LIST=%s>, <mailto:LISTSERV@%s?body=INFO%%20%s>" % (h, N, H, N)),
                ("List-Unsubscribe", "<mailto:%s-unsubscribe-request@%s>" % (N, H)),
                ("List-Subscribe", "<mailto:%s-subscribe-request@%s>" % (N, H)),
                ("List-Owner", "<mailto:%s-request@%s>" % (N, H)), ("List-Archive", "<http://%s/cgi-bin/wa?LIST=%s>" % (h, N)),
                ("Precedence", "list")]
    raise ValueError(k)


# ---------------------------------------------------------------- registry and assembly
def M(**k):
    """register one message. Keys: lang, kind, date (y,mo,d,h,mi,s), zone, frm (name, addr), rcpt (tuple above),
    subj, body (text), cs, cte, client, lst (dict: sw, name, host, desc), html, att, nomime, extra, to, cc."""
    k["n"] = len(MSGS) + 1
    if k.get("cs", "us-ascii") == "us-ascii" and not all(ord(c) < 128 for c in k["body"] + k["subj"]):
        # English text with a pound sign or an accented name: Latin-1, quoted-printable, with MIME headers
        k["cs"], k["cte"] = "iso-8859-1", "quoted-printable"
        k.pop("nomime", None)
    k["seed"] = 20020000 + k["n"] * 7937
    MSGS.append(k)


def structure(s):
    base = "%s %s %s" % ("plain", s.get("cs", "us-ascii"), {"quoted-printable": "qp"}.get(s.get("cte", "7bit"), s.get("cte", "7bit")))
    if s.get("nomime"):
        return base + ", no MIME headers"
    if s.get("html"):
        h = s["html"]
        return "alternative(%s, html %s %s)" % (base, h[1], {"quoted-printable": "qp"}.get(h[2], h[2]))
    if s.get("att"):
        return "mixed(%s, %s base64)" % (base, s["att"][0])
    return base


def assemble(s):
    r = random.Random(s["seed"])
    d = D(*s["date"], s["zone"])
    y = d.year
    rname, raddr, org = s["rcpt"]
    frm = s["frm"]
    fdom = frm[1].split("@")[1]
    cs = s.get("cs", "us-ascii")
    hcs = s.get("hcs", cs)
    henc = "B" if hcs.lower() in ("koi8-r", "gb2312", "iso-2022-jp", "utf-8") else "Q"
    shost = s.get("shost", "mail.%s" % fdom)
    cl = s.get("client", "app:")
    mid, cx = client(r, cl, d, fdom, s.get("uahost", shost))
    hops = []
    if s.get("submit", True) and cl not in ("squirrel", "horde") and not cl.startswith("app"):
        hops.append(("from %s ([%s])\n\tby %s with ESMTP id %s; {d}" % (alnum(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") if cl in ("outlook", "notes") else "localhost" if cl in ("pine", "mutt") else "[%s]" % ip(r), "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)) if cl not in ("pine", "mutt") else "127.0.0.1", shost, alnum(r, 12)), s["zone"], "std"))
    lst = s.get("lst")
    if lst:
        lh = lst["host"]
        hops.append(("from %s (%s [%s])\n\tby %s (%s) with ESMTP id %s\n\tfor <%s@%s>; {d}"
                     % (shost, shost, ip(r), lh, "Postfix" if lst["sw"] != "listserv" else "LISTSERV-TCP/IP release 1.8e" if y < 2006 else "LISTSERV-TCP/IP release 15.5",
                        hexs(r, 10, True), lst["name"], lh), lst.get("zone", s["zone"]), "std"))
        gfrom = "%s (%s [%s])" % (lh, lh, ip(r))
    else:
        gfrom = "%s (%s [%s])" % (shost, shost, ip(r))
    hops.append(gateway(org, r, y, gfrom, raddr))
    hdrs = [("Return-Path", "<%s>" % (("%s-bounces@%s" % (lst["name"], lst["host"])) if lst and lst["sw"] == "mailman" else
                                      ("owner-%s@%s" % (lst["name"], lst["host"])) if lst and lst["sw"] == "majordomo" else
                                      ("%s-return-%d-%s=%s@%s" % (lst["name"], r.randint(100, 9000), raddr.split("@")[0], raddr.split("@")[1], lst["host"])) if lst and lst["sw"] == "ezmlm" else
                                      ("owner-%s@%s" % (lst["name"].upper(), lst["host"].upper())) if lst else s.get("rp", frm[1])))]
    hdrs += chain(r, d, hops, first=(4, 90), step=(2, 40))
    to = s.get("to")
    if to is None:
        to = "%s@%s" % (lst["name"], lst["host"]) if lst else addr((rname, raddr))
    hdrs += [("Message-ID", s.get("mid", mid)), ("Date", fmt(d, "std")), ("From", addr(frm, hcs, henc)), ("To", to)]
    if s.get("cc"):
        hdrs.append(("Cc", s["cc"]))
    hdrs.append(("Subject", ew(s["subj"], hcs, henc)))
    hdrs += s.get("extra", [])
    hdrs += cx
    body = s["body"]
    if lst:
        body = body.rstrip("\n") + "\n" + footer(lst)
    if s.get("nomime"):
        part = NOMIME(body)
    else:
        hdrs.append(("MIME-Version", "1.0"))
        cte = s.get("cte", "7bit")
        if cl == "pine" and cs == "us-ascii":
            p = T(body, cs, cte, ct="TEXT/PLAIN; charset=US-ASCII")
        else:
            p = T(body, cs, cte, fmtflowed=cl in ("thunderbird", "apple") and cte != "base64")
        if s.get("html"):
            h = s["html"]
            part = multi("alternative", [p, T(h[0], h[1], h[2], sub="html")], "----=_Part_%d_%d.%s" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), digits(r, 13)))
        elif s.get("att"):
            ct, fname, lines = s["att"]
            part = multi("mixed", [p, binary(ct, pdf(lines), fname)], "------------%s" % alnum(r, 24, "0123456789ABCDEF"),
                         preamble="This is a multi-part message in MIME format.")
        else:
            part = p
    if lst:
        hdrs += list_headers(lst, r, frm[1])
    return build(hdrs, part)
