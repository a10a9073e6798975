"""Header blocks and message assembly for gen.py (standard library only)."""
import random
import re
from datetime import datetime, timedelta
from mk import *

# invented recipient organisations: inbound gateway styles
ORGS = {
    "A": "mx1.htqt.bokhcn.example",      # ministry, international cooperation dept (Postfix + amavis)
    "B": "mail-gw.vinatrade-agency.test",  # trade agency (Exim)
    "C": "mx.saigonlogistics.example",   # company (Sendmail, later Exchange Online-ish relay)
    "D": "in2.hanoimail.test",           # personal ISP mailbox (qmail)
    "E": "esa2.uni-hanoi.example",       # university (IronPort-style appliance)
}


def rip(rng, net=None):
    net = net or rng.choice(["203.0.113", "198.51.100", "192.0.2"])
    return "%s.%d" % (net, rng.randint(2, 250))


def gateway(org, rng, frm_host, frm_ip, rcpt, t, year):
    g = ORGS[org]
    if org == "A":
        proto = "ESMTPS" if year >= 2013 else "ESMTP"
        tls = "\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))" if year >= 2013 else ""
        return ("Received: from %s (%s [%s])%s\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s"
                % (frm_host, frm_host, frm_ip, tls, g, proto, hexs(rng, 10), rcpt, rfcdate(t, "+0700", "ICT")))
    if org == "B":
        v = "4.69" if year < 2012 else ("4.84_2" if year < 2018 else "4.94.2")
        w = (" with esmtps (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" if year >= 2016 else " with esmtp")
        return ("Received: from [%s] (helo=%s)\r\n\tby %s%s\r\n\t(Exim %s)\r\n\t(envelope-from <%%ENV%%>)\r\n\tid %s-%s-%s\r\n\tfor %s; %s"
                % (frm_ip, frm_host, g, w, v, alnum(rng, 6), alnum(rng, 6), alnum(rng, 2), rcpt, rfcdate(t, "+0700")))
    if org == "C":
        if year < 2016:
            v = "8.13.8/8.13.8" if year < 2010 else "8.14.4/8.14.4"
            return ("Received: from %s (%s [%s])\r\n\tby %s (%s) with ESMTP id %s\r\n\tfor <%s>; %s"
                    % (frm_host, frm_host, frm_ip, g, v, alnum(rng, 14), rcpt, rfcdate(t, "+0700")))
        return ("Received: from %s (%s) by\r\n %s (10.20.1.14) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.1.%d.%d via Frontend Transport; %s"
                % (frm_host, frm_ip, g, rng.randint(1500, 2500), rng.randint(1, 40), rfcdate(t, "+0700")))
    if org == "D":
        return ("Received: from unknown (HELO %s) (%s)\r\n  by %s with SMTP; %s"
                % (frm_host, frm_ip, g, rfcdate(t, "-0000", noday=True)))
    if org == "E":
        tls = "ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384" if year >= 2014 else "ESMTP"
        return ("Received: from %s ([%s])\r\n  by %s with %s; %s"
                % (frm_host, frm_ip, g, tls, rfcdate(t, "+0700")))


def auth(org, rng, year, dom, ip, spf, dk, dm):
    g = ORGS[org]
    out = []
    if year < 2006:
        return out
    if org in ("A", "C") or year < 2011:
        out.append("Received-SPF: %s (%s: domain of %s %s %s as permitted sender)\r\n\treceiver=%s; client-ip=%s;"
                   % (spf, g, dom, "designates" if spf == "pass" else "does not designate", ip, g, ip))
        if year >= 2011 and org == "A":
            out.append("Authentication-Results: %s;\r\n\tdkim=%s header.d=%s" % (g, dk, dom))
        return out
    s = "Authentication-Results: %s;\r\n\tspf=%s smtp.mailfrom=%s" % (g.split(".", 1)[1] if org == "E" else g, spf, dom)
    if year >= 2009:
        s += ";\r\n\tdkim=%s header.d=%s" % (dk, dom)
    if year >= 2014:
        s += ";\r\n\tdmarc=%s header.from=%s" % (dm, dom)
    out.append(s)
    return out


ORDERS = {
    "oe": "message-id from to cc subject date mime-version content-type x-priority x-msmail-priority x-mailer x-mimeole",
    "ol": "from to cc subject date message-id mime-version content-type x-mailer thread-index in-reply-to x-mimeole content-language",
    "exch": "from to cc subject thread-topic thread-index date message-id references in-reply-to accept-language content-language x-ms-has-attach x-ms-tnef-correlator content-type mime-version",
    "tb": "message-id date from user-agent mime-version to cc subject references in-reply-to content-type",
    "apple": "content-type mime-version subject from in-reply-to date cc content-transfer-encoding message-id references to x-mailer",
    "gmail": "dkim-signature mime-version references in-reply-to from date message-id subject to cc content-type",
    "esp": "dkim-signature date from reply-to to message-id subject mime-version content-type list-unsubscribe list-unsubscribe-post list-id feedback-id x-campaign",
    "notes": "subject to cc from date message-id x-mailer x-mimetrack mime-version content-type",
    "list": "from to subject date message-id mime-version content-type sender list-id list-unsubscribe list-archive list-post list-help list-subscribe precedence errors-to x-beenthere x-mailman-version",
    "plain": "date from to subject message-id mime-version content-type x-mailer",
    "becky": "date from to subject message-id mime-version content-type x-mailer",
    "mobile": "from content-type content-transfer-encoding mime-version subject message-id date to x-mailer",
}

CLIENTS = {
    # name: (order, boundary, mid-style, mailer header, sender-hop style)
    "oe6": ("oe", "outlook", "ol", ["X-Priority: 3", "X-MSMail-Priority: Normal",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.2180", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.2180"], "smtpsvc"),
    "ol2003": ("ol", "outlook", "ol", ["X-Mailer: Microsoft Office Outlook 11", "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.3138", "%TI%"], "smtpsvc"),
    "ol2007": ("ol", "outlook", "ol", ["X-Mailer: Microsoft Office Outlook 12.0", "%TI%", "Content-Language: %LANG%"], "postfix"),
    "ol2010": ("ol", "outlook", "ol", ["X-Mailer: Microsoft Outlook 14.0", "%TI%", "Content-Language: %LANG%"], "exch"),
    "ol2016": ("ol", "outlook", "ol", ["X-Mailer: Microsoft Outlook 16.0", "%TI%", "Content-Language: %LANG%"], "postfix"),
    "o365": ("exch", "exch", "o365", ["%TI%", "Accept-Language: %LANG%, en-US", "Content-Language: %LANG%",
             "X-MS-Has-Attach: %ATT%", "X-MS-TNEF-Correlator: "], "o365"),
    "tb2": ("tb", "tb", "tb", ["User-Agent: Thunderbird 2.0.0.%d (Windows/20080708)"], "postfix"),
    "tb3": ("tb", "tb", "tb", ["User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; ja; rv:1.9.2.13) Gecko/20101207 Thunderbird/3.1.7"], "postfix"),
    "tb78": ("tb", "tb", "tbu", ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\r\n Thunderbird/78.%d.0"], "postfix"),
    "tb115": ("tb", "tb", "tbu", ["User-Agent: Mozilla Thunderbird"], "postfix"),
    "becky": ("becky", "becky", "becky", ["X-Mailer: Becky! ver. 2.%d.%02d [ja]"], "postfix"),
    "apple": ("apple", "apple", "apple", ["X-Mailer: Apple Mail (2.%d)"], "postfix"),
    "iphone": ("mobile", "applei", "apple", ["X-Mailer: iPhone Mail (%dD%d)"], "postfix"),
    "android": ("gmail", "gmail", "android", [], "gmail"),
    "gmail": ("gmail", "gmail", "gmail", [], "gmail"),
    "yahoojp": ("plain", "plain", "yjp", ["X-Mailer: YahooMailWebService/0.8.%d"], "web"),
    "yahoo": ("plain", "java", "yahoo", ["X-Mailer: YahooMailClassic/%d YahooMailWebService/0.8.107"], "web"),
    "naver": ("plain", "java", "naver", ["X-Naver-CIP: %IP%", "X-Mailer: Naver Mail"], "web"),
    "daum": ("plain", "java", "daum", ["X-Mailer: Daum Web Mailer 1.1", "X-Originating-IP: [%IP%]"], "web"),
    "notes": ("notes", "notes", "notes", ["X-Mailer: Lotus Notes Release 7.0.2 September 26, 2006", "X-MIMETrack: Serialize by Router on NOTES01/%ORG%(Release 7.0.2|September 26, 2006) at\r\n %NDATE%"], "notes"),
    "esp": ("esp", "esp", "esp", [], "esp"),
    "php": ("plain", "php", "php", ["X-Mailer: PHPMailer 5.2.%d (https://github.com/PHPMailer/PHPMailer)"], "esp"),
    "mailman": ("list", "plain", "tb", [], "list"),
    "app": ("esp", "java", "app", [], "esp"),
    "mta": ("plain", "plain", "mta", [], "mta"),
}


def make_mid(style, rng, dom, t):
    if style == "ol":
        return "<%s01%s$%s$%s@%s>" % (hexs(rng, 6, False), hexs(rng, 6, False), hexs(rng, 8, False), hexs(rng, 8, False), dom)
    if style == "o365":
        h = rng.choice(["TY2PR01", "SG2PR06", "KL1PR0401", "PSAPR03"])
        m = "%sMB%d%s" % (h, rng.randint(1000, 9999), alnum(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
        return "<%s@%sMB%d.apcprd%02d.prod.outlook.com>" % (m, h, rng.randint(1000, 9999), rng.randint(1, 6))
    if style == "tb":
        return "<%s.%d0%d@%s>" % (hexs(rng, 8), rng.randint(1, 9), rng.randint(100, 999), dom)
    if style == "tbu":
        return "<%s@%s>" % (uid(rng, False), dom)
    if style == "becky":
        return "<%s.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hexs(rng, 4), alnum(rng, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), dom)
    if style == "apple":
        return "<%s@%s>" % (uid(rng), dom)
    if style == "android":
        return "<%s@email.android.com>" % alnum(rng, 28, "abcdefghijklmnopqrstuvwxyz0123456789")
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(rng, 50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if style == "yjp":
        return "<%d.%d.qm@web%d.mail.%s>" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(10 ** 4, 10 ** 5), rng.randint(100, 999), "ogk.yahoo.co.jp")
    if style == "yahoo":
        return "<%d.%d.qm@web%d.mail.sg3.yahoo.com>" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 4, 10 ** 5), rng.randint(10000, 99999))
    if style == "naver":
        return "<%s@cweb%03d.nm.naver.com>" % (alnum(rng, 22, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 60))
    if style == "daum":
        return "<%s.%s@wm-%s.daum.net>" % (t.strftime("%Y%m%d%H%M%S"), alnum(rng, 8), rng.choice(["b16", "k03", "c21"]))
    if style == "notes":
        return "<OF%s.%s-ON%s-%s@%s>" % (hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), dom)
    if style == "esp":
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), alnum(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), dom)
    if style == "php":
        return "<%s@%s>" % (hexs(rng, 32, False), dom)
    if style == "app":
        return "<0100%s-%s-000000@email.amazonses.com>" % (hexs(rng, 12, False), uid(rng, False))
    if style == "mta":
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hexs(rng, 6), dom)
    raise ValueError(style)


def sender_hops(style, rng, dom, t, tz, year, relay, relay_ip, n):
    """returns list (newest first) of Received lines inside the sender's side, and the host that hands to the gateway"""
    out = []
    cip = "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250))
    pcname = rng.choice(["PC", "NB", "WS", "LAPTOP-"]) + alnum(rng, 6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    tt = t + timedelta(seconds=rng.randint(1, 9))
    cands = []
    if style == "smtpsvc":
        cands.append("Received: from %s ([%s]) by %s with Microsoft SMTPSVC(6.0.3790.%d);\r\n\t %s"
                     % (pcname, cip, relay, rng.choice([1830, 3959, 4675]), rfcdate(tt, tz)))
    elif style == "postfix":
        cands.append("Received: from [%s] (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTP%s id %s;\r\n\t%s"
                     % (cip, rip(rng), "%AUTH%", relay, "SA" if year >= 2009 else "A", hexs(rng, 9), rfcdate(tt, tz)))
    elif style == "exch":
        cands.append("Received: from EXCH%02d.%s.local (10.%d.1.%d) by\r\n EDGE01.%s.local (10.%d.2.%d) with Microsoft SMTP Server (TLS) id\r\n 14.3.%d.0; %s"
                     % (rng.randint(1, 4), dom.split(".")[0], rng.randint(1, 9), rng.randint(2, 99), dom.split(".")[0], rng.randint(1, 9),
                        rng.randint(2, 99), rng.randint(100, 500), rfcdate(tt, tz)))
    elif style == "o365":
        cands.append("Received: from %s.apcprd0%d.prod.outlook.com\r\n ([2001:db8:%x::%x]) by %s.apcprd0%d.prod.outlook.com\r\n ([2001:db8:%x::%x%%4]) with mapi id 15.20.%d.%03d; %s"
                     % (alnum(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rng.randint(1, 6), rng.randint(1, 4000), rng.randint(1, 4000),
                        alnum(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rng.randint(1, 6), rng.randint(1, 4000), rng.randint(1, 4000),
                        rng.randint(6000, 9000), rng.randint(1, 40), rfcdate(tt, "+0000")))
    elif style == "web":
        cands.append("Received: from [%s] by %s via HTTP; %s" % (rip(rng), relay.replace("mta", "web"), rfcdate(tt, tz)))
    elif style == "gmail":
        cands.append("Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\r\n        %s"
                     % (rng.randint(4096, 65535), rng.randint(1, 9999), rng.randint(1, 999), rng.randint(1, 9999), rng.randint(1, 9999),
                        alnum(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789"), rfcdate(tt, "-0800" if t.month in (1, 2, 11, 12) else "-0700") if False else rfcdate(tt, "-0800")))
    elif style == "notes":
        cands.append("Received: from NOTES01.%s ([10.%d.%d.%d])\r\n\tby smtp.%s (Lotus Domino Release 7.0.2)\r\n\twith ESMTP id 2007%s; %s"
                     % (dom, rng.randint(1, 9), rng.randint(1, 9), rng.randint(2, 99), dom, hexs(rng, 10), rfcdate(tt, tz)))
    elif style in ("esp", "list"):
        cands.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
                     % ("app%02d.internal" % rng.randint(1, 30) if style == "esp" else "lists.%s" % dom, relay, hexs(rng, 10), rfcdate(tt, tz)))
    elif style == "mta":
        pass
    tt2 = tt + timedelta(seconds=rng.randint(1, 40))
    if n >= 3:
        cands.insert(0, "Received: from %s (%s [10.%d.%d.%d])\r\n\tby %s with ESMTP id %s; %s"
                     % ("smtp-int." + dom, "smtp-int." + dom, rng.randint(0, 9), rng.randint(0, 9), rng.randint(2, 99),
                        relay, alnum(rng, 12), rfcdate(tt2, tz)))
    return cands[: max(0, n - 1)]


def build(spec):
    rng = random.Random(spec["seed"])
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tzobj(spec["tz"]))
    year = date.year
    order, bkey, midstyle, mailer, hopstyle = CLIENTS[spec["client"]]
    fname, faddr = spec["frm"]
    fdom = faddr.split("@")[1]
    scs, senc = spec.get("scs", "utf-8"), spec.get("senc", "B")
    relay = spec.get("relay") or {"gmail": "mail-%s.google.com" % rng.choice(["pl1-f172", "ej1-f54", "yb1-f180", "qt1-f171"]),
                                  "android": "mail-%s.google.com" % rng.choice(["pf1-f196", "pg1-f174"])}.get(spec["client"], "mail." + fdom)
    relay_ip = rip(rng)
    org = spec["org"]
    to = spec["to"] if isinstance(spec["to"], list) else [spec["to"]]
    rcpt = spec.get("to_real", to[0])[1]
    nh = spec.get("hops") or rng.choice([2, 2, 3, 3, 4] if hopstyle not in ("mta",) else [1])
    if hopstyle == "mta":
        nh = 1
    shops = sender_hops(hopstyle, rng, fdom, date, spec["tz"], year, relay, relay_ip, nh)
    shops = [h.replace("%AUTH%", faddr) for h in shops]
    # times: bottom hop times are already after Date; gateway after the newest sender hop
    tgw = date + timedelta(seconds=rng.randint(55, 240) + spec.get("delay", 0))
    envfrom = spec.get("rp", faddr)
    gw = gateway(org, rng, relay, relay_ip, rcpt, tgw, year).replace("%ENV%", envfrom)
    spf, dk, dm = spec.get("auth", ("pass", "pass", "pass"))
    if year < 2008 or spec.get("nodkim"):
        dk = "none"
    hdr = ["Return-Path: <%s>" % envfrom]
    if org in ("A", "D") and rng.random() < 0.7:
        hdr.append("Delivered-To: %s" % rcpt)
    authh = auth(org, rng, year, envfrom.split("@")[-1] if "@" in envfrom else fdom, relay_ip, spf, dk, dm)
    if org == "B":
        hdr += authh + [gw]
    else:
        hdr += [gw] + authh
    if org == "A" and rng.random() < 0.6:
        hdr.append("X-Virus-Scanned: amavisd-new at htqt.bokhcn.example")
    if org == "E" and year >= 2012:
        hdr.append("X-IronPort-AV: E=Sophos;i=\"5.%d,%d,%d\";\r\n   d=\"scan'208\";a=\"%d\"" % (rng.randint(40, 99), rng.randint(1, 9999), rng.randint(1, 9999), rng.randint(10 ** 6, 10 ** 7)))
    hdr += shops
    # sender headers
    h = {}
    h["from"] = "From: " + addr(fname, faddr, spec.get("ncs", scs), senc)
    h["to"] = "To: " + (", " + CRLF + "\t").join(addr(n, a, spec.get("ncs", scs), senc) for n, a in to)
    if spec.get("cc"):
        h["cc"] = "Cc: " + (", " + CRLF + "\t").join(addr(n, a, spec.get("ncs", scs), senc) for n, a in spec["cc"])
    h["subject"] = "Subject: " + ew(spec["subj"], scs, senc)
    h["date"] = "Date: " + rfcdate(date, spec["tz"])
    mid = spec.get("mid") or make_mid(midstyle, rng, spec.get("middom", fdom), date)
    h["message-id"] = ("Message-Id: " if order == "apple" else "Message-ID: ") + mid
    h["mime-version"] = "Mime-Version: 1.0 (Mac OS X Mail %d.%d)" % (rng.randint(10, 16), rng.randint(0, 3)) if order == "apple" else "MIME-Version: 1.0"
    if spec.get("reply"):
        h["in-reply-to"] = "In-Reply-To: " + spec["reply"]
        h["references"] = "References: " + (spec.get("refs", "") + CRLF + " " if spec.get("refs") else "") + spec["reply"]
    if spec.get("replyto"):
        h["reply-to"] = "Reply-To: " + addr(spec["replyto"][0], spec["replyto"][1], scs, senc)
    body = spec["body"]
    ph, pb = render(body, BOUND[bkey], rng, top=True)
    h["content-type"] = CRLF.join(ph)
    natt = "yes" if "attachment" in pb[:0] + str(ph) or "Content-Disposition: attachment" in pb else "no"
    langmap = {"ja": "ja-JP", "ko": "ko-KR", "th": "th-TH", "id": "id-ID", "ms": "ms-MY", "tl": "en-US", "km": "km-KH", "lo": "lo-LA", "hi": "hi-IN"}
    for m in mailer:
        m = m.replace("%LANG%", langmap.get(spec["lang"], "en-US")).replace("%ATT%", natt).replace("%IP%", rip(rng))
        m = m.replace("%ORG%", fdom.split(".")[0].upper()).replace("%NDATE%", "%s/%s/%s %s" % (date.strftime("%m"), date.strftime("%d"), date.strftime("%Y"), date.strftime("%I:%M:%S %p")))
        if "%TI%" in m:
            h["thread-index"] = "Thread-Index: " + b64rand(rng, 22 if not spec.get("reply") else 27)
            if order == "exch":
                h["thread-topic"] = "Thread-Topic: " + ew(spec["subj"].split(": ", 1)[-1] if spec.get("reply") else spec["subj"], "utf-8", "B")
            continue
        if "%d" in m:
            m = m % tuple(rng.randint(5, 99) for _ in range(len(re.findall(r"%\d*d", m))))
        k = m.split(":", 1)[0].lower()
        h[k] = m
    if spec.get("xip"):
        h["x-originating-ip"] = "X-Originating-IP: [%s]" % rip(rng)
    for e in spec.get("extra", []):
        h[e.split(":", 1)[0].lower()] = e
    if year >= 2008 and spec.get("dkim", hopstyle in ("gmail", "esp", "o365", "list", "web") or year >= 2014) and dk != "none":
        d = spec.get("dkimd", fdom if hopstyle != "gmail" or fdom == "gmail.com" else fdom)
        h["dkim-signature"] = dkim(rng, d, spec.get("sel", rng.choice(["s1", "default", "google", "selector1", "k1", "mail", "dkim"])),
                                   "from:to:subject:date:message-id:mime-version:content-type", date)
    ordl = ORDERS[order].split()
    seq = [h[k] for k in ordl if k in h] + [v for k, v in h.items() if k not in ordl]
    if "dkim-signature" in h and order not in ("gmail", "esp"):
        seq.remove(h["dkim-signature"])
        seq.insert(0, h["dkim-signature"])
    text = CRLF.join(hdr + seq) + CRLF + CRLF + pb
    if not text.endswith(CRLF):
        text += CRLF
    return text.encode("latin-1")
