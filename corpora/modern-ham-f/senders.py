"""Sending-system profiles: trace headers, Message-IDs and header order.

Each profile takes a ``Ctx`` (per-message RNG, receiving organisation,
envelope recipient, composition time) plus message fields and returns the
list of top-level headers in the order the sending system would write them.
"""

import uuid

from mailkit import (B62, R, alnum, auth_results, b64s, dkim, fmt_date, hdr,
                     hexs, later, pacific, rx_hops, tz)


def bval(dk):
    for line in dk.split("\n"):
        line = line.strip()
        if line.startswith("b="):
            return line[2:10]
    return None


class Ctx:
    def __init__(self, n, org, rcpt, t0):
        self.n = n
        self.rng = R(n)
        self.org = org
        self.rcpt = rcpt
        self.t0 = t0

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return u.upper() if upper else u


def _common(f, hcs):
    """Encode the message fields common to all profiles."""
    cs, mode, label = hcs
    out = {}
    out["From"] = f["from"]
    out["To"] = f["to"]
    if f.get("cc"):
        out["Cc"] = f["cc"]
    if f.get("reply_to"):
        out["Reply-To"] = f["reply_to"]
    out["Subject"] = f.get("subject_raw") or hdr(f["subject"], cs, mode, label,
                                                 plain_prefix=f.get("plain_prefix", False), room=69)
    out["Date"] = fmt_date(f["date"])
    if f.get("irt"):
        out["In-Reply-To"] = f["irt"]
    if f.get("refs"):
        out["References"] = f["refs"]
    return out


def _ordered(common, order, extra):
    hs = []
    for name in order:
        if name == "*":
            hs.extend(extra)
        elif name in common:
            hs.append((name, common[name]))
    return hs


# --------------------------------------------------------------------------
# Gmail (web and iPhone Mail through smtp.gmail.com)
# --------------------------------------------------------------------------

def gmail_msgid(rng):
    body = "CA" + rng.choice("BDEFGHJKLMNOPQRSTUVWXYZ") + alnum(rng, 1) + alnum(rng, 38, B62 + "_-+=")
    return "<%s@mail.gmail.com>" % body


def gmail_boundary(rng):
    return "000000000000" + hexs(rng, 16)


def _google_smtp_id(rng):
    return "%s-%sso%d%s.%d" % (hexs(rng, 13), hexs(rng, 13), rng.randrange(1000000, 9999999),
                               alnum(rng, 3, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.choice([1, 1, 2]))


def gmail(c, f, iphone=False, extra=(), auth=True, hcs=("utf-8", "B", "UTF-8")):
    rng = c.rng
    n = rng.randrange(41, 230)
    pre = rng.choice(["mail-pl1", "mail-pj1", "mail-lf1", "mail-ej1", "mail-qt1",
                      "mail-oi1", "mail-pg1", "mail-wm1"])
    host = "%s-f%d.google.com" % (pre, n)
    ip = "209.85.%d.%d" % (rng.choice([128, 160, 167, 208, 210, 214, 215, 216, 218, 219, 221, 222]), n)
    t0 = c.t0
    t1 = later(t0, rng.randrange(1, 4))
    t2 = later(t1, rng.randrange(1, 6))
    p1, z1 = pacific(t1)
    mailfrom = f["envelope"]
    sel = "20230601" if t0.year > 2023 or t0.month > 6 else "20221208"
    dk = dkim(rng, "gmail.com", sel,
              "mime-version:from:date:message-id:subject:to\n         :from:to:cc:subject:date:message-id:reply-to",
              t=t1, fold="\n        ")
    trace = []
    trace += rx_hops(c.org, rng, host, host, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, "gmail.com", mailfrom, ip, b=bval(dk))))
    smtp_hop = ("Received", "by %s with SMTP id %s\n        for <%s>; %s"
                % (host, _google_smtp_id(rng), c.rcpt, fmt_date(p1, z1)))
    if not iphone:
        trace.append(smtp_hop)
    trace.append(("DKIM-Signature", dk))
    trace.append(("X-Google-DKIM-Signature", dkim(rng, "1e100.net", sel,
                  "x-gm-message-state:mime-version:from:date:message-id:subject:to", t=t1,
                  fold="\n        ")))
    trace.append(("X-Gm-Message-State", alnum(rng, 52, B62 + "/+") + "\n\t" + alnum(rng, 26, B62 + "/+") + "=="))
    trace.append(("X-Google-Smtp-Source", alnum(rng, 63, B62 + "+/") + "="))
    xr = "by 2002:a%02d:%s:%s:b0:%s:%s with SMTP id %s-%sv%d.%d.%d;\n        %s" % (
        rng.choice([5, 17, 19, 50]), hexs(rng, 4), hexs(rng, 3), hexs(rng, 3), hexs(rng, 4),
        alnum(rng, 2, "abcdefghijklmnopqrstuvwxyz") + str(rng.randrange(10, 99)),
        hexs(rng, 14), rng.randrange(2, 9), rng.randrange(100000, 999999), rng.randrange(1, 9),
        fmt_date(p1, z1))
    trace.append(("X-Received", xr))
    common = _common(f, hcs)
    if iphone:
        ipn = "2402:800:%s:%s:%s:%s:%s:%s" % tuple(hexs(rng, 4) for _ in range(6))
        p0, z0 = pacific(later(t0, 1))
        trace.append(("Received", "from smtpclient.apple ([%s])\n        by smtp.gmail.com with ESMTPSA id %s\n"
                      "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                      % (ipn, _google_smtp_id(rng), c.rcpt, fmt_date(p0, z0))))
        common["Message-ID"] = "<%s@gmail.com>" % c.uuid(upper=True)
        hs = [("Mime-Version", "1.0 (1.0)")]
        hs += _ordered(common, ["From", "Subject", "Date", "Message-ID", "Reply-To", "Cc", "In-Reply-To",
                                "References", "To", "*"], list(extra) + [("X-Mailer", f.get("mailer", "iPhone Mail (21D61)"))])
        return trace + hs
    common["Message-ID"] = gmail_msgid(rng)
    hs = [("MIME-Version", "1.0")]
    hs += _ordered(common, ["References", "In-Reply-To", "From", "Date", "Message-ID", "Subject",
                            "To", "Cc", "Reply-To", "*"], list(extra))
    return trace + hs


# --------------------------------------------------------------------------
# Yahoo Mail (web)
# --------------------------------------------------------------------------

def yahoo_boundary(rng, t):
    return "----=_Part_%d_%d.%d" % (rng.randrange(1000000, 9999999), rng.randrange(10 ** 8, 10 ** 9),
                                    int(t.timestamp()) * 1000 + rng.randrange(1000))


def yahoo(c, f, extra=(), auth=True, hcs=("utf-8", "B", "UTF-8"), mailer="WebService/1.1.21952 YMailNorrin"):
    rng = c.rng
    t0 = c.t0
    sonic = "sonic%d.consmr.mail.sg3.yahoo.com" % rng.randrange(301, 330)
    ip = "106.10.%d.%d" % (rng.choice([241, 242, 243, 248]), rng.randrange(2, 250))
    t1 = later(t0, 1, off=0)
    t2 = later(t0, rng.randrange(2, 6))
    mailfrom = f["envelope"]
    dk = dkim(rng, "yahoo.com", "s2048", "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To",
              t=t0, fold="\n ")
    trace = rx_hops(c.org, rng, sonic, sonic, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, "yahoo.com", mailfrom, ip,
                                                             b=bval(dk), policy="reject")))
    trace.append(("DKIM-Signature", dk))
    trace.append(("X-SONIC-DKIM-SIGN", dkim(rng, "yahoo.com", "s2048", "Date:From:Subject:From:Subject",
                                            t=t0, fold="\n ")))
    trace.append(("X-YMail-OSG", alnum(rng, 60, B62 + "._") + "\n " + alnum(rng, 64, B62 + "._")))
    trace.append(("X-Sonic-MF", "<%s>" % mailfrom))
    trace.append(("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s"
                  % (sonic, fmt_date(t1))))
    common = _common(f, hcs)
    common["Message-ID"] = "<%d.%d.%d@mail.yahoo.com>" % (
        rng.randrange(10 ** 9, 2 * 10 ** 9), rng.randrange(10 ** 6, 10 ** 7),
        int(t0.timestamp()) * 1000 + rng.randrange(1000))
    hs = _ordered(common, ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To",
                           "References", "Subject", "*"], list(extra))
    hs.append(("X-Mailer", mailer))
    hs.append(("MIME-Version", "1.0"))
    return trace + hs


# --------------------------------------------------------------------------
# Outlook.com (consumer, web)
# --------------------------------------------------------------------------

def outlookcom(c, f, extra=(), hcs=("utf-8", "B", "utf-8"), lang="vi-VN", auth=True):
    rng = c.rng
    t0 = c.t0
    box = rng.choice(["SEYP216MB", "TYZP286MB", "KL1PR0401MB", "SI2PR06MB", "PSAPR03MB"])
    reg = {"SEYP216MB": "KORP216", "TYZP286MB": "JPNP286", "KL1PR0401MB": "apcprd04",
           "SI2PR06MB": "apcprd06", "PSAPR03MB": "apcprd03"}[box]
    h1 = "%s%d" % (box, rng.randrange(1000, 9999))
    fqdn = "%s.%s.PROD.OUTLOOK.COM" % (h1, reg.upper())
    olk = "mail-%solkn20%02d.outbound.protection.outlook.com" % (rng.choice(["sgaapc01", "tyzapc01", "psaapc01"]),
                                                                 rng.randrange(10, 99))
    ip = "40.92.%d.%d" % (rng.randrange(40, 110), rng.randrange(2, 250))
    t1 = later(t0, 1, off=0)
    t2 = later(t0, rng.randrange(3, 9))
    mailfrom = f["envelope"]
    dk = dkim(rng, "outlook.com", "selector1",
              "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
              fold="\n ")
    trace = rx_hops(c.org, rng, olk, olk, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, "outlook.com", mailfrom, ip,
                                                             b=bval(dk))))
    seal = b64s(rng, 96)
    trace.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b="
                  + "\n ".join(seal[i:i + 72] for i in range(0, len(seal), 72))))
    trace.append(("DKIM-Signature", dk))
    trace.append(("Received", "from %s\n (2603:1096:%s:%s::%d) by %s\n (2603:1096:%s:%s::%d) with Microsoft SMTP Server\n"
                  " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
                  % (fqdn, hexs(rng, 3), hexs(rng, 3), rng.randrange(10, 30), olk.upper(), hexs(rng, 3),
                     hexs(rng, 3), rng.randrange(10, 30), rng.randrange(7000, 8999), rng.randrange(10, 40),
                     fmt_date(t1))))
    trace.append(("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d;"
                  " %s" % (fqdn, hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), fqdn,
                           hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), rng.randrange(3, 9),
                           rng.randrange(7000, 8999), rng.randrange(1, 40), fmt_date(t1))))
    common = _common(f, hcs)
    common["Message-ID"] = "<%s%s@%s>" % (h1, hexs(rng, 20, upper=True), fqdn)
    hs = _ordered(common, ["From", "To", "Cc", "Subject"], [])
    hs.append(("Thread-Topic", common["Subject"]))
    hs.append(("Thread-Index", alnum(rng, 28, B62 + "+/") + "=="))
    hs.append(("Date", common["Date"]))
    hs.append(("Message-ID", common["Message-ID"]))
    if "In-Reply-To" in common:
        hs.append(("References", common.get("References", common["In-Reply-To"])))
        hs.append(("In-Reply-To", common["In-Reply-To"]))
    hs += [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
           ("X-MS-Has-Attach", f.get("has_attach", "")), ("X-MS-TNEF-Correlator", ""),
           ("x-ms-exchange-messagesentrepresentingtype", "1")]
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    return trace + hs


def outlook_boundary(c, fqdn_hint=None):
    return "_000_%s%s_" % (alnum(c.rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                           hexs(c.rng, 16, upper=True))


# --------------------------------------------------------------------------
# Coremail webmail (163.com / 126.com)
# --------------------------------------------------------------------------

def coremail(c, f, domain="163.com", extra=(), hcs=("utf-8", "B", "UTF-8"), auth=True,
             version="XT5.0.14 build 20230109(dcb5de15)", client_ip=None):
    rng = c.rng
    t0 = c.t0
    user = f["envelope"].split("@")[0]
    ip_client = client_ip or "%d.%d.%d.%d" % (rng.choice([117, 112, 183, 223, 36]), rng.randrange(1, 254),
                                              rng.randrange(1, 254), rng.randrange(1, 254))
    if domain == "163.com":
        mn = rng.choice([15, 16, 1329, 1330])
        out_host = "m%d.mail.163.com" % mn
        ip = "220.197.31.%d" % rng.randrange(2, 250) if mn > 100 else "220.181.%d.%d" % (mn - 3, rng.randrange(2, 250))
        sel = "s110527"
    else:
        out_host = "m%d.mail.126.com" % rng.choice([15, 16])
        ip = "220.181.15.%d" % rng.randrange(2, 250)
        sel = "s110527"
    wms = "ajax-webmail-wmsvr-%d-%d" % (rng.choice([40, 41, 610, 621]), rng.randrange(100, 140))
    t2 = later(t0, rng.randrange(2, 7))
    mailfrom = f["envelope"]
    dk = dkim(rng, domain, sel, "Date:From:Subject:Content-Type:MIME-Version:\n\tMessage-ID",
              fold="\n\t", bits=1024)
    trace = rx_hops(c.org, rng, out_host, out_host, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, domain, mailfrom, ip,
                                                             b=bval(dk))))
    trace.append(("DKIM-Signature", dk))
    trace.append(("Received", "from %s$%s ( [%s] ) by\n %s (Coremail) ; %s"
                  % (user, domain, ip_client, wms, fmt_date(t0.astimezone(tz(8)), "CST"))))
    common = _common(f, hcs)
    common["Message-ID"] = "<%s.%s.%s.Coremail.%s@%s>" % (hexs(rng, 7), hexs(rng, 4), hexs(rng, 11),
                                                          user, domain)
    hs = _ordered(common, ["Date", "From", "To", "Cc", "Subject", "*"],
                  [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version %s" % version),
                   ("In-Reply-To", common.get("In-Reply-To")), ("References", common.get("References"))])
    hs = [h for h in hs if h[1]]
    hs.append(("X-NTES-SC", "AL_Qu2a" + alnum(rng, 48, B62 + "/+") + "=="))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    hs.append(("Message-ID", common["Message-ID"]))
    hs.append(("X-Coremail-Locale", "zh_CN"))
    hs.append(("X-CM-TRANSID", alnum(rng, 8, B62) + "--.%s" % alnum(rng, 7, B62)))
    hs.append(("X-Originating-IP", "[%s]" % ip_client))
    return trace + hs


def coremail_boundary(rng, t):
    return "----=_Part_%d_%d.%d" % (rng.randrange(100000, 999999), rng.randrange(10 ** 8, 10 ** 9),
                                    int(t.timestamp()) * 1000 + rng.randrange(1000))


# --------------------------------------------------------------------------
# QQ Mail web (qq.com) and Foxmail desktop client
# --------------------------------------------------------------------------

def _qq_out(rng):
    a = rng.choice([(203, 205, 221), (162, 62, 57), (43, 163, 128)])
    last = rng.randrange(60, 250)
    host = "out%d-%d-%d-%d.mail.qq.com" % (a + (last,))
    return host, "%d.%d.%d.%d" % (a + (last,))


def qqweb(c, f, extra=(), hcs=("gb18030", "B", "gb18030"), auth=True):
    rng = c.rng
    t0 = c.t0
    host, ip = _qq_out(rng)
    t2 = later(t0, rng.randrange(2, 6))
    mailfrom = f["envelope"]
    dk = dkim(rng, "qq.com", "s201512", "Date:From:To:Subject", t=t0, fold="\n\t")
    trace = rx_hops(c.org, rng, host, host, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, "qq.com", mailfrom, ip,
                                                             b=bval(dk), policy="quarantine")))
    trace.append(("DKIM-Signature", dk))
    trace.append(("X-QQ-FEAT", alnum(rng, 60, B62 + "/+") + "\n\t" + alnum(rng, 40, B62 + "/+") + "="))
    trace.append(("X-QQ-SSF", "00000000000000F0000000000000"))
    trace.append(("X-QQ-XMAILINFO", alnum(rng, 64, B62 + "/+") + "\n\t " + alnum(rng, 40, B62 + "/+") + "="))
    trace.append(("X-QQ-mid", "xmsmtpt%d%s" % (int(t0.timestamp()), alnum(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"))))
    common = _common(f, hcs)
    common["Message-ID"] = "<tencent_%s@qq.com>" % hexs(rng, 36, upper=True)
    hs = _ordered(common, ["From", "To", "Cc", "Subject", "Date", "In-Reply-To", "References", "*"],
                  [("X-Priority", "3"), ("Message-ID", common["Message-ID"]), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
                   ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")] + list(extra))
    hs.append(("MIME-Version", "1.0"))
    return trace + hs


def qq_boundary(rng):
    return "----=_NextPart_%s_%s_%s" % (hexs(rng, 8, upper=True), hexs(rng, 8, upper=True),
                                        hexs(rng, 8, upper=True))


def _client_submit(c, f, via, helo, auth=True):
    """Trace for a desktop/mobile client submitting via smtp.qq.com / smtp.163.com."""
    rng = c.rng
    t0 = c.t0
    mailfrom = f["envelope"]
    dom = mailfrom.split("@")[1]
    ipc = "%d.%d.%d.%d" % (rng.choice([113, 218, 59, 124]), rng.randrange(1, 254),
                           rng.randrange(1, 254), rng.randrange(1, 254))
    t1 = later(t0, rng.randrange(1, 3))
    t2 = later(t1, rng.randrange(1, 5))
    if via == "qq":
        host, ip = _qq_out(rng)
        dk = dkim(rng, dom, "s201512", "Date:From:To:Subject:Mime-Version:Message-ID",
                  t=t0, fold="\n\t")
        inner = ("Received", "from %s ( [%s])\n\tby newxmesmtplogicsvrszb%d-%d.qq.com (NewEsmtp) with SMTP\n\tid %s; %s"
                 % (helo, ipc, rng.randrange(1, 20), rng.randrange(0, 3), hexs(rng, 8, upper=True),
                    fmt_date(t1.astimezone(tz(8)))))
    else:
        host = "m16.mail.%s" % dom
        ip = "220.181.16.%d" % rng.randrange(2, 250)
        dk = dkim(rng, dom, "s110527", "Date:From:Subject:Mime-Version:Message-ID",
                  fold="\n\t", bits=1024)
        inner = ("Received", "from %s (unknown [%s])\n\tby gzga-smtp-mta-g%d-%d (Coremail) with SMTP id %s;\n\t%s"
                 % (helo, ipc, rng.randrange(0, 4), rng.randrange(0, 5),
                    "_____wD" + alnum(rng, 22), fmt_date(t1.astimezone(tz(8)), "CST")))
    trace = rx_hops(c.org, rng, host, host, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, dom, mailfrom, ip, b=bval(dk))))
    trace.append(("DKIM-Signature", dk))
    trace.append(inner)
    return trace, dom


def foxmail(c, f, via="qq", extra=(), hcs=("gb2312", "B", "gb2312"),
            mailer="Foxmail 7.2.25.228[cn]", auth=True):
    """Foxmail desktop client submitting through smtp.qq.com or smtp.163.com."""
    rng = c.rng
    helo = "DESKTOP-" + alnum(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    trace, dom = _client_submit(c, f, via, helo, auth)
    common = _common(f, hcs)
    lt = c.t0.astimezone(tz(8))
    common["Message-ID"] = "<%s%s@%s>" % (lt.strftime("%Y%m%d%H%M%S"),
                                          "%07d" % rng.randrange(10 ** 7), dom)
    hs = _ordered(common, ["Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References", "*"],
                  [("X-Priority", "3"), ("X-GUID", c.uuid(upper=True)), ("X-Has-Attach", f.get("has_attach", "no")),
                   ("X-Mailer", mailer)] + list(extra))
    hs.append(("Mime-Version", "1.0"))
    hs.append(("Message-ID", common["Message-ID"]))
    return trace + hs


def iphone_qq(c, f, extra=(), hcs=("utf-8", "B", "utf-8"), mailer="iPhone Mail (20H19)", auth=True):
    """iPhone Mail with a qq.com account (submission through smtp.qq.com)."""
    trace, dom = _client_submit(c, f, "qq", "smtpclient.apple", auth)
    common = _common(f, hcs)
    common["Message-ID"] = "<%s@%s>" % (c.uuid(upper=True), dom)
    hs = _ordered(common, ["From", "*"], [("Mime-Version", "1.0 (1.0)")])
    hs += _ordered(common, ["Subject", "Date", "Message-ID", "In-Reply-To", "References", "Cc", "To", "*"],
                   list(extra) + [("X-Mailer", mailer)])
    return trace + hs


def foxmail_boundary(rng):
    return "----=_001_NextPart%s_=----" % "".join(rng.choice("0123456789") for _ in range(12))


# --------------------------------------------------------------------------
# Sina Mail (web)
# --------------------------------------------------------------------------

def sina(c, f, extra=(), hcs=("utf-8", "B", "UTF-8"), auth=True):
    rng = c.rng
    t0 = c.t0
    n = rng.randrange(100, 250)
    host = "mail3-%d.sinamail.sina.com.cn" % n
    ip = "202.108.3.%d" % n
    ipc = "%d.%d.%d.%d" % (rng.choice([221, 61, 114]), rng.randrange(1, 254), rng.randrange(1, 254),
                           rng.randrange(1, 254))
    t1 = later(t0, 1)
    t2 = later(t0, rng.randrange(2, 6))
    mailfrom = f["envelope"]
    trace = rx_hops(c.org, rng, host, host, ip, c.rcpt, t2)
    if auth:
        trace.append(("Authentication-Results", auth_results(c.org, None, mailfrom, ip, dmarc=False)))
    trace.append(("Received", "from unknown (HELO webmail.sinamail.sina.com.cn)([%s])\n\tby sina.com (10.54.%d.%d) with ESMTP\n"
                  "\tid %s; %s (+0800 CST)" % (ipc, rng.randrange(1, 254), rng.randrange(1, 254),
                                               hexs(rng, 8, upper=True) + "0000" + hexs(rng, 4, upper=True),
                                               fmt_date(t1.astimezone(tz(8)))[:-6])))
    trace.append(("X-Sender", mailfrom))
    trace.append(("X-Auth-ID", mailfrom))
    common = _common(f, hcs)
    common["Message-ID"] = "<%s.%s@sina.com>" % (t0.astimezone(tz(8)).strftime("%Y%m%d%H%M%S"),
                                                 hexs(rng, 10, upper=True))
    hs = _ordered(common, ["Date", "Message-ID", "From", "To", "Cc", "Subject", "In-Reply-To", "References",
                           "Reply-To", "*"], [("X-Priority", "3"), ("X-Mailer", "SinaMail 3.0")] + list(extra))
    hs.append(("MIME-Version", "1.0"))
    return trace + hs


# --------------------------------------------------------------------------
# Small own-domain senders and commercial senders
# --------------------------------------------------------------------------

def _from_domain(from_value):
    a = from_value.rsplit("<", 1)[-1].rstrip(">").strip()
    return a.rsplit("@", 1)[-1]


def relay(c, f, hops, extra=(), order=None, hcs=("utf-8", "B", "UTF-8"), msgid=None,
          dkim_d=None, dkim_s="default", dkim_h="From:To:Subject:Date:Message-ID:MIME-Version",
          auth=True, mime_first=False, mime_name="MIME-Version"):
    """Generic sender: ``hops`` is a list (oldest first) of tuples
    (from_helo, from_rdns, ip, by_host, with_, extra_text, delay_s, tzoff).
    The last hop is handed to the receiving organisation's MX."""
    rng = c.rng
    t = c.t0
    sender_trace = []
    last = None
    for (helo, rdns, ip, by, with_, extra_txt, delay, off) in hops:
        t = later(t, delay)
        s = "from %s (%s [%s])\n\tby %s %s%s;\n\t%s" % (helo, rdns, ip, by, with_, extra_txt,
                                                       fmt_date(t.astimezone(tz(off))))
        if helo is None:
            s = "by %s %s%s;\n\t%s" % (by, with_, extra_txt, fmt_date(t.astimezone(tz(off))))
        sender_trace.insert(0, ("Received", s))
        last = by
    mailfrom = f["envelope"]
    out_ip = f.get("out_ip", "203.0.113.%d" % rng.randrange(2, 250))
    t2 = later(t, rng.randrange(1, 6))
    trace = rx_hops(c.org, rng, last or "localhost", last or "localhost", out_ip, c.rcpt, t2,
                    envelope=mailfrom)
    dk = None
    if dkim_d:
        dk = dkim(rng, dkim_d, dkim_s, dkim_h, t=c.t0)
    if auth:
        trace.append(("Authentication-Results",
                      auth_results(c.org, dkim_d, mailfrom, out_ip, b=bval(dk) if dk else None,
                                   dmarc=bool(dkim_d), hfrom=_from_domain(f["from"]))))
    if dk:
        trace.append(("DKIM-Signature", dk))
    trace += sender_trace
    common = _common(f, hcs)
    common["Message-ID"] = msgid
    order = order or ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
                      "References", "*"]
    common[mime_name] = "1.0"
    hs = _ordered(common, order, list(extra))
    if mime_name in order:
        pass
    elif mime_first:
        hs.insert(0, (mime_name, "1.0"))
    else:
        hs.append((mime_name, "1.0"))
    return trace + hs


def outlook_desktop_msgid(rng, dom):
    return "<%s01%s$%s$%s$@%s>" % (hexs(rng, 4), hexs(rng, 6), hexs(rng, 8), hexs(rng, 8), dom)


def outlook_desktop_boundary(rng):
    return "----=_NextPart_000_%s_01%s.%s" % (hexs(rng, 4, upper=True), hexs(rng, 6, upper=True),
                                              hexs(rng, 8, upper=True))
