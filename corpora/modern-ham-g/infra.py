"""Sending infrastructure (invented ESPs / in-house MTAs) and receiving
mailbox providers: trace headers, DKIM, Message-IDs, link trackers."""
import sys
from urllib.parse import quote

from mimekit import (ALNUM, B64URL, LOWALNUM, UPALNUM, add, b64tok, epoch,
                     hexs, pick, rbytes, rfcdate, uuid4)
import base64

PFX_ALPHA = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"


# ------------------------------------------------------------------ helpers
def tls_for(year, r):
    if year < 2009:
        return None
    if year < 2014:
        return ("TLSv1", "DHE-RSA-AES256-SHA", "256/256", "TLS1", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA")
    if year < 2019 or r.random() < .35:
        return ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256", "TLS1_2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
    return ("TLSv1.3", "TLS_AES_256_GCM_SHA384", "256/256", "TLS1_3", "TLS_AES_256_GCM_SHA384")


def pf_qid(r, year, long_ok=True):
    if year >= 2016 and long_ok and r.random() < .6:
        return "4" + pick(r, r.choice([12, 13, 14]), PFX_ALPHA)
    return hexs(r, r.choice([9, 10, 11]), True)


def exim_id(r, year):
    b62 = ALNUM
    if year >= 2023 and r.random() < .5:
        return "%s-%s-%s" % (pick(r, 6, b62), pick(r, 6, b62), pick(r, 4, b62))
    return "%s-%s-%s" % (pick(r, 6, b62), pick(r, 6, b62), pick(r, 2, b62))


def sm_id(r, t):
    # sendmail queue id: encodes date-ish chars + 6 digits
    return "%s%s%s%s%s%06d" % (r.choice("mnopqrstuv"), r.choice("0123456789AB"),
                               r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV"),
                               pick(r, 2, ALNUM), r.choice("0123456789"), r.randint(0, 999999))


def dkim_value(r, d, s, t_utc, hdrs, bits=1024, c="relaxed/relaxed", order=0,
               q=False, i=None, x_days=None, cont="\t"):
    bh = base64.b64encode(rbytes(r, 32)).decode()
    sig = base64.b64encode(rbytes(r, bits // 8)).decode()
    ts = epoch(t_utc)
    h = ":".join(hdrs)
    tags = {"v": "1", "a": "rsa-sha256", "c": c, "d": d, "s": s, "t": str(ts),
            "h": h, "bh": bh}
    if q:
        tags["q"] = "dns/txt"
    if i:
        tags["i"] = i
    if x_days:
        tags["x"] = str(ts + x_days * 86400)
    orders = [["v", "a", "c", "d", "s", "t", "h", "bh"],
              ["v", "a", "c", "d", "q", "s", "t", "i", "x", "bh", "h"],
              ["v", "a", "c", "q", "d", "s", "t", "x", "h", "bh", "i"],
              ["a", "v", "c", "d", "s", "t", "bh", "h", "i"]]
    ol = [k for k in orders[order] if k in tags] + [k for k in tags if k not in orders[order]]
    # build folded lines
    lines = []
    cur = ""
    for k in ol:
        piece = "%s=%s;" % (k, tags[k])
        if k == "h" and len(piece) > 70:
            # fold long h= at colons
            parts = piece.split(":")
            seg = ""
            for j, p in enumerate(parts):
                add_ = p + (":" if j < len(parts) - 1 else "")
                if len(seg) + len(add_) > 66 and seg:
                    if cur:
                        lines.append(cur)
                        cur = ""
                    lines.append(seg)
                    seg = add_
                else:
                    seg += add_
            if cur:
                lines.append(cur)
            cur = seg
            continue
        if cur and len(cur) + len(piece) + 1 > 70:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + " " + piece) if cur else piece
    lines.append(cur)
    bpart = "b=" + sig
    chunks = [bpart[k:k + 70] for k in range(0, len(bpart), 70)]
    lines.extend(chunks)
    return ("\r\n" + cont).join(lines)


def domainkey_value(r, d, s, hdrs=None, cont="\t"):
    sig = base64.b64encode(rbytes(r, 128)).decode()
    head = "a=rsa-sha1; q=dns; c=nofws;\r\n%ss=%s; d=%s;" % (cont, s, d)
    if hdrs:
        head += "\r\n%sh=%s;" % (cont, ":".join(hdrs))
    bl = ["b=" + sig[:60]] + [sig[k:k + 68] for k in range(60, len(sig), 68)]
    return head + "\r\n" + cont + ("\r\n" + cont).join(bl) + " ;"


def dkim_b8(v):
    """First 8 characters of the b= tag of a folded DKIM value."""
    lines = [ln.strip() for ln in v.split("\r\n")]
    for i, ln in enumerate(lines):
        for tag in ln.split(";"):
            tag = tag.strip()
            if tag.startswith("b="):
                rest = tag[2:] + "".join(lines[i + 1:])
                return rest.replace(" ", "")[:8]
    return "AAAAAAAA"


# ------------------------------------------------------------------ trackers
def make_tracker(r, style, host, exempt, extra=None):
    memo = {}
    extra = extra or {}
    n = [0]

    def f(dest):
        if dest in memo:
            return memo[dest]
        if dest in exempt or dest.startswith("mailto:") or dest.startswith("tel:") or dest.startswith("cid:"):
            memo[dest] = dest
            return dest
        n[0] += 1
        if style == "none":
            u = dest
        elif style == "upn":
            u = "https://%s/ls/click?upn=%s-2B%s" % (host, b64tok(r, r.randint(70, 110), True), b64tok(r, r.randint(60, 90), True))
        elif style == "mc":
            u = "https://%s/track/click?u=%s&id=%s&e=%s" % (host, extra["u"], hexs(r, 10), extra["e"])
        elif style == "ses":
            u = "https://%s/CL0/%s/1/%s/%s=%d" % (host, quote(dest, safe=""), extra["tok"], b64tok(r, 30), r.randint(300, 420))
        elif style == "path":
            u = "https://%s/c/%d/%s" % (host, extra["mid"], pick(r, 40, B64URL))
        elif style == "qs":
            u = "http://%s/ctt?kn=%d&ms=%s&r=%d&b=0&j=%s&mt=1&rt=0" % (host, n[0], extra["ms"], r.randint(10**9, 2 * 10**9), extra["j"])
        elif style == "short":
            u = "https://%s/%s" % (host, pick(r, 7))
        elif style == "redir":
            u = "https://%s/r/?u=%s&t=%s&c=%s" % (host, quote(dest, safe=""), hexs(r, 16), extra["c"])
        elif style == "lb":
            u = "https://%s/l/%s/%s" % (host, extra["acct"], pick(r, 22))
        elif style == "iter":
            u = "https://%s/f/a/%s~~/%s~/%s~~/%s" % (host, b64tok(r, 16, True), b64tok(r, 30, True), b64tok(r, 42, True), b64tok(r, 21, True))
        elif style == "trellis":
            u = "https://%s/c?d=%s&s=%s" % (host, b64tok(r, 48, True), extra["s"])
        elif style == "hub":
            u = "https://%s/%s%s" % (host, pick(r, 6), "?utm_source=newsletter&utm_medium=email" if r.random() < .3 else "")
        elif style == "utm":
            sep = "&" if "?" in dest else "?"
            u = dest + sep + extra["utm"]
        elif style == "oldredir":
            u = "http://%s/track.php?l=%d&u=%s&c=%s" % (host, n[0], extra["u"], extra["c"])
        elif style == "pp":
            u = "https://%s/t/c/%s/%s" % (host, extra["m"], pick(r, 16, LOWALNUM))
        else:
            raise ValueError(style)
        memo[dest] = u
        return u
    return f


# ------------------------------------------------------------------ ESP profiles
class Out:
    """Everything the sender side contributes."""

    def __init__(self):
        self.mid = None
        self.bstyle = "esp"
        self.rp = None
        self.hops = []          # Received values, newest first (sender side)
        self.out = None         # (helo, rdns, ip) presented to receiving MX
        self.dkim = []          # list of (d, s, value)
        self.domainkey = None
        self.extra = []         # (name, value)
        self.order = None
        self.track = None
        self.pixel = None
        self.unsub = None
        self.unsub_mailto = None
        self.prefs = None
        self.web = None
        self.t_out = None
        self.spf_dom = None
        self.lu_style = "both"
        self.dkim_top = True


def _rcpt(spec):
    return spec["to"][1]


def _verp(spec):
    l, d = _rcpt(spec).split("@")
    return "%s=%s" % (l, d)


H_STD = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]


def esp_postlark(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    sub = spec.get("mail_sub", "e.") + dom
    n = r.randint(3, 61)
    mta = "mta%d.pl%d.postlarkmail.net" % (n, r.randint(1, 6))
    ip = "198.51.100.%d" % r.randint(10, 240)
    t1 = add(t0, r.randint(1, 50))
    o.mid = "<0.%d.%s.%s.%s.0@%s>" % (r.randint(0, 9), hexs(r, 2, True), hexs(r, 3, True), hexs(r, 15, True), mta)
    o.bstyle = r.choice(["esp", "gmailish", "alt"])
    o.rp = "bounce-%d-%s-%s@bounce.%s" % (r.randint(100, 999), hexs(r, 8), _verp(spec), sub)
    o.spf_dom = "bounce." + sub
    o.hops = ["by %s id %s for <%s>; %s" % (mta, pick(r, 13, LOWALNUM), _rcpt(spec), rfcdate(t1, 0, tzname="envelope-from <%s>" % o.rp))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    hh = ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type"]
    if y < 2019:
        hh.remove("List-Unsubscribe-Post")
    s1 = r.choice(["pl1", "k1", "s2048"])
    o.dkim.append((dom, s1, dkim_value(r, dom, s1, t1, hh, 2048 if y >= 2016 else 1024, order=0)))
    s2 = "pl%d" % r.randint(1, 4)
    o.dkim.append(("postlarkmail.net", s2, dkim_value(r, "postlarkmail.net", s2, t1, ["Date", "From", "To", "Subject", "Message-ID"], 1024, order=0)))
    cid = r.randint(10**6, 10**7)
    o.extra = [("X-PL-CID", "%d:%d" % (cid, r.randint(1000, 99999))),
               ("Feedback-ID", "%d:%d:%d:postlark" % (cid, r.randint(100, 9999), r.randint(10**4, 10**5)))]
    host = "click.%s" % sub
    o.track = ("upn", host, {})
    o.pixel = "https://%s/wf/open?upn=%s" % (host, b64tok(r, 120, True))
    o.unsub = "https://%s/asm/unsubscribe/?user_id=%d&data=%s" % (host, r.randint(10**6, 10**7), b64tok(r, 40, True))
    o.unsub_mailto = "unsubscribe-%s@bounce.%s" % (hexs(r, 24), sub)
    o.order = ["DKIM", "Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]
    return o


def esp_sendwell(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    n = r.randint(2, 250)
    mta = "mail%d.sendwell-relay.com" % n
    ip = "91.211.%d.%d" % (r.randint(240, 243), r.randint(2, 250))
    t1 = add(t0, r.randint(0, 20))
    qid = pf_qid(r, y, False)
    lt = t1
    o.mid = "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, qid, mta)
    o.bstyle = "sw"
    acct = pick(r, 6, LOWALNUM)
    o.rp = "bounce-sw.%s.%s-%s@%s" % (hexs(r, 20), hexs(r, 10), _verp(spec), mta)
    o.spf_dom = mta
    inner = "10.20.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    o.hops = ["from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (inner, inner, mta, qid, _rcpt(spec), rfcdate(t1, 0, tzname="UTC" if r.random() < .5 else None))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    if y >= 2015:
        o.dkim.append((dom, "sw1", dkim_value(r, dom, "sw1", t1, ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "List-Unsubscribe", "Content-Type", "MIME-Version"], 1024, order=1, q=True, i="@" + dom)))
    o.dkim.append(("sendwell-relay.com", "k2", dkim_value(r, "sendwell-relay.com", "k2", t1, ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "List-ID", "List-Unsubscribe", "Content-Type", "MIME-Version"], 1024, order=1, q=True, i="@sendwell-relay.com")))
    u = hexs(r, 25)
    e = hexs(r, 10)
    cid = hexs(r, 10)
    lid = hexs(r, 10)
    o.extra = [("X-Mailer", "Sendwell Campaigns v3.%d" % r.randint(1, 9)),
               ("X-Campaign", "sendwell%s.%s" % (u, cid)),
               ("X-campaignid", "sendwell%s.%s" % (u, cid)),
               ("X-Report-Abuse", "Please report abuse for this campaign here: https://www.sendwell-relay.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, e)),
               ("X-SW-User", "%s.%s" % (u, acct)),
               ("List-ID", "%s mailing list <%s.%s.x.list-id.sendwell-relay.com>" % (u, u, acct))]
    host = "%s.trk.sendwell-relay.com" % acct
    o.track = ("mc", host, {"u": u, "e": e})
    o.pixel = "https://%s/track/open.php?u=%s&id=%s&e=%s" % (host, u, hexs(r, 32), e)
    o.unsub = "https://%s/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (host.replace(".trk.", ".list-manage."), u, lid, e, cid)
    o.unsub_mailto = "unsubscribe-sw.%s.%s-%s@unsubscribe.sendwell-relay.com" % (hexs(r, 10), hexs(r, 10), _verp(spec))
    o.prefs = "https://%s/profile?u=%s&id=%s&e=%s" % (host.replace(".trk.", ".list-manage."), u, lid, e)
    o.web = "https://%s/?u=%s&id=%s&e=%s" % ("view.sendwell-relay.com", u, cid, e)
    o.order = ["DKIM", "Subject", "From", "Reply-To", "To", "Date", "Message-ID", "X*", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type"]
    return o


def esp_mailvane(r, spec, t0):
    o = Out()
    dom = spec["dom"]
    region = spec.get("region") or r.choice(["eu-west-1", "us-east-1", "ap-south-1", "us-west-2"])
    tok = "0%d0%d%s-%s-000000" % (r.randint(1, 2), r.randint(1, 2), hexs(r, 12), uuid4(r))
    t1 = add(t0, r.randint(0, 5))
    o.mid = "<%s@%s.mailvane.io>" % (tok, region)
    o.bstyle = "mv"
    o.rp = "%s@%s" % (tok, spec.get("mailfrom", "mail." + dom))
    o.spf_dom = spec.get("mailfrom", "mail." + dom)
    ip = "203.0.113.%d" % r.randint(2, 250)
    rd = "a%d-%d.smtp-out.%s.mailvane.io" % (r.randint(8, 48), r.randint(1, 250), region)
    o.out = (rd, rd, ip)
    o.t_out = t1
    hh = ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post", "Feedback-ID"]
    s1 = pick(r, 32, LOWALNUM)
    s2 = pick(r, 32, LOWALNUM)
    o.dkim.append((dom, s1, dkim_value(r, dom, s1, t1, hh, 1024, c="relaxed/simple", order=1, q=True)))
    o.dkim.append(("mailvane.io", s2, dkim_value(r, "mailvane.io", s2, t1, hh, 1024, c="relaxed/simple", order=1, q=True)))
    o.extra = [("Feedback-ID", "1.%s.%s=:MailvaneOutbound" % (region, b64tok(r, 33))),
               ("X-MV-Message-Id", tok)]
    host = spec.get("click_host", "click.%s" % dom)
    o.track = ("ses", host, {"tok": tok})
    o.pixel = "https://%s/CI0/%s/1/%s=%d" % (host, tok, b64tok(r, 30), r.randint(300, 420))
    o.unsub = "https://%s/preferences/unsubscribe?token=%s" % (spec.get("web_host", "www." + dom), b64tok(r, 36, True))
    o.unsub_mailto = None
    o.order = ["DKIM", "Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]
    o.dkim_top = True
    return o


def esp_bulkhaus(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    mta = "out%02d.bulkhaus.de" % r.randint(1, 24)
    ip = "46.231.%d.%d" % (r.randint(176, 183), r.randint(2, 250))
    t1 = add(t0, r.randint(2, 90))
    mnum = r.randint(20000, 990000)
    o.mid = "<bh-%d.%d.%s@%s>" % (mnum, r.randint(10**6, 10**8), hexs(r, 6), spec.get("mid_host", "mailing." + dom))
    o.bstyle = r.choice(["dash", "esp"])
    o.rp = "mbounce+%d-%s@return.bulkhaus.de" % (mnum, hexs(r, 12))
    o.spf_dom = "return.bulkhaus.de"
    inner = "10.44.%d.%d" % (r.randint(0, 20), r.randint(2, 250))
    eximver = "4.%d" % (72 + (y - 2010) * 2 if y < 2022 else 96)
    o.hops = ["from [%s] (helo=worker%02d.bulkhaus.local)\r\n\tby %s with esmtpa (Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s"
              % (inner, r.randint(1, 30), mta, eximver, o.rp, exim_id(r, y), _rcpt(spec), rfcdate(t1, 60 if t1.month in (11, 12, 1, 2, 3) else 120))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    s1 = "bh%d" % r.randint(1, 3)
    o.dkim.append((dom, s1, dkim_value(r, dom, s1, t1, ["Date", "From", "To", "Subject", "Message-ID", "List-Unsubscribe", "Content-Type"], 2048 if y >= 2017 else 1024, order=2, x_days=None)))
    o.extra = [("X-Mailer", "Bulkhaus Newsletter-Engine %d.%d" % (3 + (y - 2010) // 4, r.randint(0, 9))),
               ("X-BH-Mailing", str(mnum)),
               ("X-Abuse", "Bitte melden Sie Missbrauch an abuse@bulkhaus.de / please report abuse to abuse@bulkhaus.de"),
               ("Precedence", "bulk")]
    host = spec.get("click_host", "t.%s" % dom)
    o.track = ("path", host, {"mid": mnum})
    o.pixel = "https://%s/o/%d/%s.gif" % (host, mnum, pick(r, 32, B64URL))
    o.unsub = "https://%s/u/%d/%s" % (host, mnum, pick(r, 32, B64URL))
    o.unsub_mailto = "abmelden-%d-%s@return.bulkhaus.de" % (mnum, hexs(r, 12))
    o.order = ["X*", "Date", "From", "To", "Reply-To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "List-Unsubscribe", "List-Unsubscribe-Post", "DKIM"]
    o.dkim_top = True
    return o


def esp_c9(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    n = r.randint(1, 40)
    mta = "mx%d.couriernine.com" % n
    app = "c9app%02d" % r.randint(1, 30)
    ip = "64.%d.%d.%d" % (r.choice([79, 86, 94]), r.randint(0, 255), r.randint(2, 250))
    t1 = add(t0, r.randint(0, 30))
    ms = epoch(t0) * 1000 + r.randint(0, 999)
    o.mid = "<%d.%d.%d.JavaMail.c9prod@%s>" % (r.randint(10**8, 2 * 10**9), r.randint(1000, 99999), ms, app)
    o.bstyle = "javamail"
    job = r.randint(10**5, 10**7)
    o.rp = "bounce-%d_HTML-%d-%d-%d-%d@bounce.couriernine.com" % (r.randint(1000, 99999), r.randint(10**8, 10**9), job, r.randint(10**5, 10**6), r.randint(1, 99))
    o.spf_dom = "bounce.couriernine.com"
    inner = "10.0.%d.%d" % (r.randint(0, 40), r.randint(2, 250))
    tz = spec.get("c9_tz", -360 if t1.month in (1, 2, 3, 11, 12) else -300)
    o.hops = ["from %s (%s [%s])\r\n\tby %s (8.13.8/8.13.8) with ESMTP id %s\r\n\tfor <%s>; %s"
              % (app, app, inner, mta, sm_id(r, t1), _rcpt(spec), rfcdate(t1, tz))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    if y >= 2009:
        o.dkim.append((dom, "c9", dkim_value(r, dom, "c9", t1, ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"], 1024, c="relaxed/relaxed", order=0, i="@" + dom)))
    else:
        o.domainkey = domainkey_value(r, dom, "c9%d" % r.randint(1, 3), ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
    jid = str(job)
    msid = "%d" % r.randint(10**6, 10**8)
    o.extra = [("X-Mailer", "CourierNine MailEngine %d.%d" % (5 + (y - 2005) // 2, r.randint(0, 9))),
               ("X-C9-Job", "%d_%s" % (r.randint(10**4, 10**5), jid)),
               ("X-C9-RID", hexs(r, 32, True))]
    host = "links.couriernine.com"
    o.track = ("qs", host, {"ms": msid, "j": jid})
    o.pixel = "http://%s/open.aspx?ffcb10-%s-%s" % (host, hexs(r, 16), hexs(r, 32))
    o.unsub = "http://%s/unsub_center.aspx?qs=%s" % ("cl.%s" % dom, hexs(r, 96))
    o.unsub_mailto = "leave-%s-%d@bounce.couriernine.com" % (hexs(r, 20), job)
    o.lu_style = "mailto_first"
    o.order = ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "X*", "List-Unsubscribe", "DKIM"]
    return o


def esp_letterbird(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    n = r.randint(1, 12)
    mta = "smtp%d.letterbird.co" % n
    ip = "185.%d.%d.%d" % (r.choice([112, 183, 207]), r.randint(0, 255), r.randint(2, 250))
    t1 = add(t0, r.randint(1, 12))
    acct = r.randint(10**4, 10**6)
    camp = r.randint(10**5, 10**7)
    o.mid = "<lb.%d.%d.%s@letterbird.co>" % (acct, camp, hexs(r, 12))
    o.bstyle = r.choice(["node", "esp"])
    o.rp = "%s@bounces.letterbird.co" % pick(r, 20, LOWALNUM)
    o.spf_dom = "bounces.letterbird.co"
    app = "lb-app-%d" % r.randint(1, 9)
    inner = "172.16.%d.%d" % (r.randint(0, 9), r.randint(2, 250))
    o.hops = ["from %s (%s.int [%s])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
              % (app, app, inner, mta, pf_qid(r, y), _rcpt(spec), rfcdate(t1, 0))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    o.dkim.append((dom, "lb1", dkim_value(r, dom, "lb1", t1, ["from", "reply-to", "to", "subject", "date", "message-id", "mime-version", "content-type", "list-unsubscribe", "list-unsubscribe-post"][: 10 if y >= 2019 else 9], 2048, order=0)))
    o.extra = [("X-Letterbird-Account", str(acct)), ("X-Letterbird-Campaign", str(camp)),
               ("X-Mailer", "Letterbird")]
    host = "go.letterbird.co"
    o.track = ("lb", host, {"acct": acct})
    o.pixel = "https://%s/o/%d/%s.png" % (host, camp, pick(r, 22))
    o.unsub = "https://letterbird.co/u/%d/%s" % (acct, pick(r, 26))
    o.unsub_mailto = "u-%d-%s@unsub.letterbird.co" % (camp, pick(r, 16, LOWALNUM))
    o.order = ["DKIM", "From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]
    return o


def esp_listkeeper(r, spec, t0):
    """Self-hosted list server of the 2000s."""
    o = Out()
    dom = spec["dom"]
    lh = "lists.%s" % dom
    ip = spec.get("own_ip", "192.0.2.%d" % r.randint(10, 240))
    t1 = add(t0, r.randint(5, 600))
    lid = spec.get("list_name", "news")
    num = r.randint(1000, 99999)
    o.mid = "<LISTKEEPER-%d-%d-%04d.%02d.%02d-%02d.%02d.%02d--%s#%s@%s>" % (
        r.randint(10**5, 10**6), num, t0.year, t0.month, t0.day, t0.hour, t0.minute, t0.second,
        spec["to"][1].split("@")[0], spec["to"][1].split("@")[1], lh)
    o.bstyle = r.choice(["oe", "dash"])
    o.rp = "bounce-%s-%d@%s" % (lid, num, lh)
    o.spf_dom = lh
    o.out = (lh, lh, ip)
    o.t_out = t1
    o.extra = [("X-Mailer", "ListKeeper v%s" % spec.get("lk_ver", "8.2")),
               ("List-Id", "<%s.%s>" % (lid, lh)),
               ("List-Subscribe", "<mailto:join-%s@%s>" % (lid, lh)),
               ("Errors-To", "bounce-%s-%d@%s" % (lid, num, lh)),
               ("Precedence", "bulk")]
    o.track = ("none", None, {})
    o.pixel = None
    o.unsub = None
    o.unsub_mailto = "leave-%s-%d%s@%s" % (lid, num, pick(r, 1, "ABCDEFGHJKLMNPQRSTUVWXYZ"), lh)
    o.lu_style = "mailto"
    o.order = ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X*", "List-Unsubscribe"]
    if spec["dt"][0] >= 2006 and spec.get("domainkeys"):
        o.domainkey = domainkey_value(r, dom, "lk1", ["From", "To", "Subject", "Date"])
    return o


def esp_exch(r, spec, t0):
    """Organisation's own Exchange / hosted-Exchange tenant."""
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    srv = "%s%02dMB%d" % (spec.get("exch_site", "LONPR"), r.randint(1, 9), r.randint(100, 999))
    cloud = spec.get("exch_cloud", "mailcloud-protect.net")
    fq = "%s.eurprd%02d.prod.%s" % (srv, r.randint(1, 9), cloud)
    edge = "%s-%s-obe.outbound.%s" % (spec.get("exch_edge", "EUR05"), pick(r, 3, UPALNUM), cloud)
    ip = "40.%d.%d.%d" % (r.randint(92, 107), r.randint(0, 255), r.randint(1, 250))
    t1 = add(t0, r.randint(1, 4))
    o.mid = "<%s%s@%s>" % (srv, pick(r, 24, UPALNUM), fq)
    o.bstyle = "outlook"
    o.rp = spec["from"][1]
    o.spf_dom = dom
    ipv6 = "2603:10a6:%x:%x::%x" % (r.randint(0x100, 0xfff), r.randint(0x10, 0xff), r.randint(1, 0xff))
    o.hops = ["from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
              % (fq, ipv6, edge.split(".")[0] + ".outbound." + cloud, "2603:10a6:%x::%x" % (r.randint(0x100, 0xfff), r.randint(1, 0xff)),
                 ("15.1.%d.%d" % (r.randint(500, 1300), r.randint(1, 30))) if y < 2018 else ("15.20.%d.%d" % (r.randint(1000, 8200), r.randint(10, 40))),
                 rfcdate(t1, 0, style="std"))]
    o.out = (edge, "mail-%s.outbound.%s" % (pick(r, 6, LOWALNUM), cloud), ip)
    o.t_out = add(t1, 1)
    o.dkim.append((dom, "selector1", dkim_value(r, dom, "selector1", t1, ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"], 1024, order=0)))
    tix = base64.b64encode(rbytes(r, 22)).decode()
    o.extra = [("Thread-Topic", spec["subject"]), ("Thread-Index", tix),
               ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
               ("X-MS-Has-Attach", "yes" if spec.get("attachments") else ""),
               ("X-MS-TNEF-Correlator", ""),
               ("X-MS-Exchange-Organization-SCL", "-1") if False else ("X-Originating-IP", "[%s]" % spec.get("orig_ip", "198.51.100.%d" % r.randint(2, 250)))]
    o.track = (spec.get("exch_track", "none"), spec.get("click_host"), spec.get("track_extra", {}))
    o.pixel = spec.get("pixel")
    o.unsub = spec.get("unsub_url")
    o.unsub_mailto = spec.get("unsub_mailto")
    o.order = ["DKIM", "From", "To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "X*", "List-Unsubscribe", "List-Unsubscribe-Post", "Content-Type", "MIME-Version"]
    o.dkim_top = True
    return o


def esp_own(r, spec, t0):
    """Organisation's own mail servers; heavily parameterised by spec['own']."""
    ow = spec["own"]
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    mta = ow.get("mta", "mailout%d.%s" % (r.randint(1, 4), dom))
    ip = ow.get("ip", "203.0.113.%d" % r.randint(2, 250))
    t1 = add(t0, r.randint(0, ow.get("delay", 8)))
    o.t_out = t1
    mid_host = ow.get("mid_host", mta)
    ms = ow.get("mid", "uuid")
    lt = t0
    if ms == "uuid":
        o.mid = "<%s@%s>" % (uuid4(r), mid_host)
    elif ms == "rails":
        o.mid = "<%s%s_%d%s@%s.mail>" % (hexs(r, 8), hexs(r, 5), r.randint(1, 99), hexs(r, 6), ow.get("rails_host", "app-%s" % pick(r, 6, LOWALNUM)))
    elif ms == "python":
        o.mid = "<%d%02d%02d%02d%02d%02d.%d.%d@%s>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, r.randint(1000, 65000), r.randint(10**17, 10**19), mid_host)
    elif ms == "php":
        o.mid = "<%s@%s>" % (hexs(r, 32), mid_host)
    elif ms == "javamail":
        o.mid = "<%d.%d.%d.JavaMail.%s@%s>" % (r.randint(10**8, 2 * 10**9), r.randint(10, 99999), epoch(t0) * 1000 + r.randint(0, 999), ow.get("jm_user", "batch"), mid_host)
    elif ms == "dotted":
        o.mid = "<%d%02d%02d%02d%02d.%s.%s@%s>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, pick(r, 10, UPALNUM), pick(r, 4, UPALNUM), mid_host)
    elif ms == "hexdot":
        o.mid = "<%s.%s.%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 12), mid_host)
    elif ms == "dotnet":
        o.mid = "<%s.%d@%s>" % (uuid4(r, True).replace("-", ""), r.randint(1, 9), mid_host)
    elif ms == "go":
        o.mid = "<%d.%s@%s>" % (epoch(t0) * 10**9 + r.randint(0, 10**9), hexs(r, 16), mid_host)
    o.bstyle = ow.get("bstyle", "python")
    o.rp = ow.get("rp", "bounces@%s" % dom)
    o.spf_dom = o.rp.split("@")[1]
    hops = []
    for h in ow.get("hops", ["postfix_local"]):
        tz = ow.get("tz", spec["tz"])
        if h == "postfix_local":
            hops.append("from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (mta, pf_qid(r, y), _rcpt(spec), rfcdate(t1, tz)))
        elif h == "postfix_app":
            app = ow.get("app", "app%02d.int.%s" % (r.randint(1, 12), dom))
            aip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
            hops.append("from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (app, app, aip, mta, pf_qid(r, y), _rcpt(spec), rfcdate(t1, tz)))
        elif h == "sendmail_local":
            hops.append("(from %s@localhost)\r\n\tby %s (8.%d.%d/8.%d.%d/Submit) id %s;\r\n\t%s" % (ow.get("user", "www"), mta, 13, r.randint(1, 8), 13, r.randint(1, 8), sm_id(r, t1), rfcdate(t1, tz)))
        elif h == "qmail_uid":
            hops.append("(qmail %d invoked by uid %d); %s" % (r.randint(1000, 32000), ow.get("uid", 48), rfcdate(t1, 0, style="nopad")))
        elif h == "exim_local":
            hops.append("from %s by %s with local (Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" % (ow.get("user", "www-data"), mta, ow.get("exim", "4.63"), o.rp, exim_id(r, y), _rcpt(spec), rfcdate(t1, tz)))
        elif h == "haraka":
            app = ow.get("app", "worker-%s" % pick(r, 5, LOWALNUM))
            aip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
            hops.append("from %s (%s [%s])\r\n\tby %s (Haraka/%s) with ESMTPSA id %s.1\r\n\tenvelope-from <%s>\r\n\t(authenticated bits=0);\r\n\t%s" % (app, app, aip, mta, ow.get("haraka", "3.0.2"), uuid4(r, True), o.rp, rfcdate(t1, tz)))
        elif h == "ecelerity":
            aip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
            hops.append("from [%s] ([%s:%d] helo=%s)\r\n\tby %s (envelope-from <%s>)\r\n\t(ecelerity 4.%d.%d.%d r(Core:4.%d.%d.%d)) with ESMTP\r\n\tid %s/%s-%05d-%s; %s" % (
                aip, aip, r.randint(30000, 60000), ow.get("app", "gen%02d" % r.randint(1, 40)), mta, o.rp,
                2, r.randint(1, 4), r.randint(0, 99), 2, r.randint(1, 4), r.randint(0, 99),
                hexs(r, 2, True), hexs(r, 2, True), r.randint(0, 99999), hexs(r, 8, True), rfcdate(t1, tz)))
        elif h == "pigeon":
            hops.append("from relay (unknown)\r\n\tby %s (PigeonPost MTA) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (mta, hexs(r, 20), _rcpt(spec), rfcdate(t1, 0)))
    o.hops = hops
    o.out = (ow.get("helo", mta), mta, ip)
    dk = ow.get("dkim")
    if dk:
        for d, s, bits, order in dk:
            o.dkim.append((d, s, dkim_value(r, d, s, t1, ow.get("dkim_h", H_STD), bits, c=ow.get("dkim_c", "relaxed/relaxed"), order=order, q=ow.get("dkim_q", False))))
    if ow.get("domainkey"):
        o.domainkey = domainkey_value(r, dom, ow["domainkey"], ow.get("dk_h"))
    o.extra = list(ow.get("extra", []))
    tr = ow.get("track", ("none", None, {}))
    o.track = tr
    o.pixel = ow.get("pixel")
    if o.pixel == "AUTO":
        o.pixel = "https://%s/open/%s.gif" % (tr[1], hexs(r, 24))
    o.unsub = ow.get("unsub")
    if o.unsub and "%TOK%" in o.unsub:
        o.unsub = o.unsub.replace("%TOK%", pick(r, ow.get("tok_len", 28), B64URL))
    o.unsub_mailto = ow.get("unsub_mailto")
    if o.unsub_mailto and "%TOK%" in o.unsub_mailto:
        o.unsub_mailto = o.unsub_mailto.replace("%TOK%", hexs(r, 16))
    o.prefs = ow.get("prefs")
    o.web = ow.get("web")
    o.lu_style = ow.get("lu_style", "both")
    o.order = ow.get("order", ["DKIM", "Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X*", "List-Unsubscribe", "List-Unsubscribe-Post"])
    o.dkim_top = ow.get("dkim_top", True)
    return o


def esp_trellis(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    mta = "mail-%d.trellismail.in" % r.randint(10, 99)
    ip = "103.%d.%d.%d" % (r.choice([21, 88, 152]), r.randint(0, 255), r.randint(2, 250))
    t1 = add(t0, r.randint(0, 25))
    o.mid = "<%s-%d@trellismail.in>" % (hexs(r, 24), r.randint(1, 9))
    o.bstyle = r.choice(["node", "go"])
    o.rp = "tm-%s@bounce.%s" % (hexs(r, 22), dom)
    o.spf_dom = "bounce." + dom
    app = "worker-%s" % pick(r, 5, LOWALNUM)
    aip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
    o.hops = ["from %s (%s [%s])\r\n\tby %s (Haraka/2.8.%d) with ESMTPSA id %s.1\r\n\tenvelope-from <%s>\r\n\t(authenticated bits=0);\r\n\t%s" % (app, app, aip, mta, r.randint(20, 28), uuid4(r, True), o.rp, rfcdate(t1, 330))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    hh = ["to", "subject", "message-id", "date", "from", "mime-version", "content-type", "list-unsubscribe"] + (["list-unsubscribe-post"] if y >= 2019 else [])
    s1 = "tm%d" % r.randint(1, 3)
    o.dkim.append((dom, s1, dkim_value(r, dom, s1, t1, hh, 2048, c="relaxed/relaxed", order=0)))
    o.dkim.append(("trellismail.in", "k1", dkim_value(r, "trellismail.in", "k1", t1, hh, 1024, c="relaxed/relaxed", order=0)))
    s = hexs(r, 12)
    o.extra = [("X-TM-Campaign", "cmp_%s" % hexs(r, 10)), ("X-TM-Tenant", spec.get("tenant", dom.split(".")[0]))]
    host = "trk.%s" % dom if r.random() < .5 else "trk.trellismail.in"
    o.track = ("trellis", host, {"s": s})
    o.pixel = "https://%s/o?d=%s&s=%s" % (host, b64tok(r, 36, True), s)
    o.unsub = "https://%s/u?d=%s&s=%s" % (host, b64tok(r, 36, True), s)
    o.unsub_mailto = "unsubscribe+%s@trellismail.in" % hexs(r, 24)
    o.order = ["DKIM", "Content-Type", "MIME-Version", "To", "Subject", "Message-ID", "Date", "From", "Reply-To", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]
    return o


def esp_hubcart(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    mta = "outbound-%d.mail.hubcart.net" % r.randint(1, 60)
    ip = "198.51.100.%d" % r.randint(2, 250)
    t1 = add(t0, r.randint(1, 40))
    o.mid = "<%s@hubcart.net>" % uuid4(r)
    o.bstyle = "rails"
    sid = r.randint(10**7, 9 * 10**7)
    o.rp = "bounces+%d-%s-%s@em%d.%s" % (sid, hexs(r, 4), _verp(spec), r.randint(1000, 9999), dom)
    o.spf_dom = o.rp.split("@")[1]
    o.hops = ["by %s with SMTP id %s\r\n\tfor <%s>; %s" % (mta, b64tok(r, 16, True), _rcpt(spec), rfcdate(t1, 0, tzname="UTC"))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    o.dkim.append((dom, "hc1", dkim_value(r, dom, "hc1", t1, ["from", "subject", "to", "mime-version", "content-type", "list-unsubscribe", "list-unsubscribe-post"] if y >= 2019 else ["from", "subject", "to", "mime-version", "content-type", "list-unsubscribe"], 2048, order=0)))
    o.dkim.append(("hubcart.net", "smtpapi", dkim_value(r, "hubcart.net", "smtpapi", t1, ["from", "subject", "to", "mime-version", "content-type"], 1024, order=0)))
    o.extra = [("X-Hubcart-Shop-Id", str(sid)), ("X-Hubcart-Email-Type", "marketing")]
    o.track = ("hub", "hbc.top", {})
    o.pixel = "https://email.hubcart.net/o/%s.gif" % b64tok(r, 30, True)
    o.unsub = "https://%s/unsubscribe?token=%s" % (spec.get("web_host", "www." + dom), hexs(r, 40))
    o.unsub_mailto = None
    o.order = ["DKIM", "Date", "From", "Reply-To", "To", "Message-ID", "Subject", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]
    return o


def esp_relaymint(r, spec, t0):
    o = Out()
    y = spec["dt"][0]
    dom = spec["dom"]
    mta = "mta%d-%d.relaymint.com" % (r.randint(1, 9), r.randint(1, 200))
    ip = "192.0.2.%d" % r.randint(2, 250)
    t1 = add(t0, r.randint(0, 15))
    o.mid = "<%s.%s.%s@%s>" % (hexs(r, 8, True), hexs(r, 8, True), hexs(r, 6, True), mta)
    o.bstyle = r.choice(["esp", "javamail"])
    o.rp = "msprvs1=%s=bounces-%d@%s" % (pick(r, 11, B64URL), r.randint(100000, 999999), spec.get("bounce_dom", "bnc." + dom))
    o.spf_dom = spec.get("bounce_dom", "bnc." + dom)
    aip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))
    o.hops = ["from [%s] ([%s:%d] helo=%s)\r\n\tby %s (envelope-from <%s>)\r\n\t(ecelerity 4.%d.%d.%d r(Core:4.%d.%d.%d)) with ESMTP\r\n\tid %s/%s-%05d-%s; %s" % (
        aip, aip, r.randint(30000, 60000), "gen%02d.relaymint.com" % r.randint(1, 40), mta, o.rp,
        2, r.randint(1, 4), r.randint(0, 99), 2, r.randint(1, 4), r.randint(0, 99),
        hexs(r, 2, True), hexs(r, 2, True), r.randint(0, 99999), hexs(r, 8, True), rfcdate(t1, spec["tz"]))]
    o.out = (mta, mta, ip)
    o.t_out = t1
    s1 = "scph%02d%02d" % (r.randint(1, 12), r.randint(14, 24))
    o.dkim.append((dom, s1, dkim_value(r, dom, s1, t1, ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type"][: 9 if y >= 2019 else 8] if y >= 2019 else ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "MIME-Version", "Content-Type"], 1024, c="relaxed/relaxed", order=3)))
    o.extra = [("X-RM-FBL", b64tok(r, 60)), ("X-MSYS-API", '{"campaign_id":"%s","metadata":{"seg":"%s"}}' % (spec.get("campaign", "c%d" % r.randint(100, 999)), pick(r, 6, LOWALNUM)))]
    host = spec.get("click_host", "links.%s" % dom)
    o.track = ("iter", host, {})
    o.pixel = "https://%s/q/%s~~/%s~/%s~~/%s" % (host, b64tok(r, 16, True), b64tok(r, 30, True), b64tok(r, 40, True), b64tok(r, 20, True))
    o.unsub = "https://%s/e/es?s=%d&e=%d&elqTrackId=%s" % (spec.get("web_host", "www." + dom), r.randint(10**8, 10**9), r.randint(10**4, 10**6), hexs(r, 32))
    o.unsub_mailto = "unsub-%s@%s" % (hexs(r, 20), o.spf_dom)
    o.order = ["X*", "DKIM", "Content-Transfer-Encoding", "Content-Type", "Date", "From", "Reply-To", "Subject", "To", "Message-ID", "MIME-Version", "List-Unsubscribe", "List-Unsubscribe-Post"]
    o.dkim_top = False
    return o


ESPS = {"postlark": esp_postlark, "sendwell": esp_sendwell, "mailvane": esp_mailvane,
        "bulkhaus": esp_bulkhaus, "c9": esp_c9, "letterbird": esp_letterbird,
        "listkeeper": esp_listkeeper, "exch": esp_exch, "own": esp_own,
        "trellis": esp_trellis, "hubcart": esp_hubcart, "relaymint": esp_relaymint}


# ------------------------------------------------------------------ receivers
def receive(r, spec, o):
    """Return receiving-side trace headers (top first) and the delivery time."""
    kind = spec["rx"]
    y = spec["dt"][0]
    rcpt = spec["to"][1]
    rdom = rcpt.split("@")[1]
    helo, rdns, ip = o.out
    t = add(o.t_out, r.randint(1, 45))
    tls = tls_for(y, r)
    from_dom = spec["from"][1].split("@")[1]
    org = spec.get("dmarc_dom", spec["dom"])
    hdrs = []
    rtz = spec.get("rx_tz", 0)
    dk = o.dkim
    pol = spec.get("dmarc_p", r.choice(["none", "quarantine", "reject"]))

    if kind == "postfix":
        mx = spec.get("rx_host", "mx%d.%s" % (r.randint(1, 3), rdom))
        s = "from %s (%s [%s])\r\n\t" % (helo, rdns, ip)
        if tls:
            if tls[0] == "TLSv1.3":
                s += "(using TLSv1.3 with cipher %s (%s bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\t" % (tls[1], tls[2])
            else:
                s += "(using %s with cipher %s (%s bits))\r\n\t(No client certificate requested)\r\n\t" % (tls[0], tls[1], tls[2])
        s += "by %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (mx, "ESMTPS" if tls else "ESMTP", pf_qid(r, y), rcpt, rfcdate(t, rtz))
        lmtp = None
        if spec.get("lmtp"):
            t2 = add(t, r.randint(0, 2))
            store = "imap%d.%s" % (r.randint(1, 4), rdom)
            lmtp = "from %s\r\n\tby %s with LMTP\r\n\tid %s\r\n\t(envelope-from <%s>)\r\n\tfor <%s>; %s" % (mx, store, b64tok(r, 16).replace("/", "x").replace("+", "y"), o.rp, rcpt, rfcdate(t2, rtz))
        auth = []
        if y >= 2012 and dk:
            d0, s0, v0 = dk[0]
            auth.append(("Authentication-Results", "%s;\r\n\tdkim=pass (%s-bit key; unprotected) header.d=%s header.i=@%s header.b=\"%s\";\r\n\tdkim-atps=neutral" % (mx, "2048" if len(v0) > 600 else "1024", d0, d0, dkim_b8(v0))))
            auth.append(("Authentication-Results", "%s; dmarc=pass (p=%s dis=none) header.from=%s" % (mx, pol, org)))
            auth.append(("Received-SPF", "Pass (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>" % (ip, helo, o.rp)))
        elif y >= 2008 and dk:
            d0, s0, v0 = dk[0]
            auth.append(("Authentication-Results", "%s; dkim=pass (%s-bit key) header.i=@%s" % (mx, "2048" if len(v0) > 600 else "1024", d0)))
        if spec.get("lmtp"):
            hdrs += [("Return-Path", "<%s>" % o.rp), ("Delivered-To", rcpt), ("Received", lmtp)]
            hdrs += [("X-Original-To", rcpt)] if r.random() < .5 else []
            hdrs += [("Received", s)] + auth
        else:
            hdrs += [("Return-Path", "<%s>" % o.rp), ("X-Original-To", rcpt), ("Delivered-To", rcpt)] + auth + [("Received", s)]
    elif kind == "exim":
        mx = spec.get("rx_host", "%s.%s" % (r.choice(["mail", "box", "host"]), rdom))
        port = r.randint(1024, 65000)
        if tls and y >= 2014:
            s = "from %s ([%s]:%d helo=%s)\r\n\tby %s with esmtps  (TLS1.%s) tls %s\r\n\t(Exim 4.%d)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" % (
                rdns, ip, port, helo, mx, "3" if tls[0] == "TLSv1.3" else "2", tls[4], 92 if y < 2022 else 96, o.rp, exim_id(r, y), rcpt, rfcdate(t, rtz))
        elif tls:
            s = "from %s ([%s] helo=%s)\r\n\tby %s with esmtps (TLSv1:DHE-RSA-AES256-SHA:256)\r\n\t(Exim 4.%d)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" % (
                rdns, ip, helo, mx, r.choice([72, 76, 80]), o.rp, exim_id(r, y), rcpt, rfcdate(t, rtz))
        else:
            s = "from %s ([%s] helo=%s)\r\n\tby %s with esmtp (Exim 4.%d)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" % (
                rdns, ip, helo, mx, r.choice([63, 66, 69]), o.rp, exim_id(r, y), rcpt, rfcdate(t, rtz))
        hdrs.append(("Return-path", "<%s>" % o.rp))
        hdrs.append(("Envelope-to", rcpt))
        hdrs.append(("Delivery-date", rfcdate(add(t, 1), rtz)))
        hdrs.append(("Received", s))
        if y >= 2014 and dk:
            ar = "%s;\r\n\tspf=pass (%s: domain of %s designates %s as permitted sender)\r\n\tsmtp.mailfrom=%s;\r\n\tdkim=pass header.d=%s header.s=%s;\r\n\tdmarc=pass (policy=%s) header.from=%s" % (
                mx, mx, o.spf_dom, ip, o.rp, dk[0][0], dk[0][1], pol, org)
            hdrs.append(("Authentication-Results", ar))
    elif kind == "big":
        mx = spec.get("rx_host", "mx.%s" % rdom)
        if not tls:
            tls = ("TLSv1", "RC4-SHA", "128/128", "TLS1", "RC4-SHA")
        ver = {"TLSv1": "TLS1 cipher=RC4-SHA bits=128/128" if y < 2012 else "TLS1 cipher=ECDHE-RSA-AES128-SHA bits=128/128",
               "TLSv1.2": "TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128",
               "TLSv1.3": "TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256"}[tls[0]]
        lt = t + __import__("datetime").timedelta(minutes=rtz)
        sid = "%s%d%s.%d.%04d.%02d.%02d.%02d.%02d.%02d" % (r.choice("abcdefghijklmnopqrstuvwxyz"), r.randint(1, 99), pick(r, 7, LOWALNUM), r.randint(10, 999),
                                                          lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second)
        s = "from %s (%s. [%s])\r\n        by %s with ESMTPS id %s\r\n        for <%s>\r\n        (version=%s);\r\n        %s" % (
            rdns, rdns, ip, mx, sid, rcpt, ver, rfcdate(t, rtz, tzname=spec.get("rx_tzname")))
        parts = []
        for d, sel, v in dk:
            parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (d, sel, dkim_b8(v)))
        parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (rdom, o.rp, ip, o.rp if y >= 2016 else o.rp))
        if y >= 2013 and dk:
            parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (pol.upper(), pol.upper(), org))
        ar = "%s;\r\n       " % mx + ";\r\n       ".join(parts)
        hdrs.append(("Delivered-To", rcpt))
        if y >= 2012:
            hdrs.append(("X-Received", "by 10.%d.%d.%d with SMTP id %s.%d.%d;\r\n        %s" % (
                r.randint(0, 255), r.randint(0, 255), r.randint(1, 250), pick(r, 12, LOWALNUM), r.randint(10, 400),
                epoch(t) * 1000 + r.randint(0, 999), rfcdate(t, rtz, tzname=spec.get("rx_tzname")))))
        if y >= 2017 and r.random() < .5:
            hdrs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=%s; s=arc-%d;\r\n        b=%s\r\n         %s" % (
                epoch(t), rdom, r.randint(2016, y), base64.b64encode(rbytes(r, 48)).decode(), base64.b64encode(rbytes(r, 48)).decode())))
            hdrs.append(("ARC-Authentication-Results", "i=1; " + ar))
        hdrs.append(("Return-Path", "<%s>" % o.rp))
        hdrs.append(("Received", s))
        hdrs.append(("Received-SPF", "pass (%s: domain of %s designates %s as permitted sender) client-ip=%s;" % (rdom, o.rp, ip, ip)))
        hdrs.append(("Authentication-Results", ar))
    elif kind == "sendmail":
        mx = spec.get("rx_host", "mail.%s" % rdom)
        s = "from %s (%s [%s])\r\n\tby %s (8.%d.%d/8.%d.%d) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            helo, rdns, ip, mx, 13 if y < 2009 else 14, r.randint(1, 8), 13 if y < 2009 else 14, r.randint(1, 8), sm_id(r, t), rcpt, rfcdate(t, rtz))
        hdrs.append(("Return-Path", "<%s>" % o.rp))
        hdrs.append(("Received", s))
        if o.domainkey:
            hdrs.append(("Authentication-Results", "%s from=%s; domainkeys=pass (ok)" % (mx, from_dom)))
        elif y >= 2007:
            hdrs.append(("Received-SPF", "pass (%s: domain of %s designates %s as permitted sender)" % (mx, o.rp, ip)))
    elif kind == "qmail":
        mx = spec.get("rx_host", "mx.%s" % rdom)
        hdrs.append(("Return-Path", "<%s>" % o.rp))
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(("Received", "(qmail %d invoked from network); %s" % (r.randint(1000, 32000), rfcdate(add(t, 1), 0, style="nopad"))))
        hdrs.append(("Received", "from %s (HELO %s) (%s)\r\n  by %s with SMTP; %s" % (rdns, helo, ip, mx, rfcdate(t, 0, style="nopad"))))
        if o.domainkey:
            hdrs.insert(2, ("DomainKey-Status", "good"))
    elif kind == "exchange":
        edge = spec.get("rx_host", "EDGE%02d.%s" % (r.randint(1, 4), rdom))
        mbx = "MBX%02d.%s" % (r.randint(1, 9), rdom)
        t2 = add(t, r.randint(0, 2))
        eip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 250))
        hdrs.append(("Received", "from %s (%s) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s" % (
            edge, eip, mbx, r.randint(0, 255), r.randint(0, 255), r.randint(1, 250),
            1 if y < 2020 else 2, r.randint(1000, 2600), r.randint(1, 40), rfcdate(t2, rtz))))
        hdrs.append(("Received", "from %s (%s) by %s\r\n (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d\r\n via Frontend Transport; %s" % (
            rdns, ip, edge, eip, 1 if y < 2020 else 2, r.randint(1000, 2600), r.randint(1, 40), rfcdate(t, rtz))))
        if dk:
            hdrs.append(("Authentication-Results", "spf=pass (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=pass (signature was verified)\r\n header.d=%s;dmarc=pass action=none\r\n header.from=%s;compauth=pass reason=100" % (ip, o.spf_dom, dk[0][0], org)))
            hdrs.append(("Received-SPF", "Pass (protection.%s: domain of %s designates\r\n %s as permitted sender) receiver=protection.%s;\r\n client-ip=%s; helo=%s; pr=C" % (rdom, o.spf_dom, ip, rdom, ip, helo)))
        hdrs.append(("Return-Path", o.rp))
        t = t2
    else:
        raise ValueError(kind)
    return hdrs, t
