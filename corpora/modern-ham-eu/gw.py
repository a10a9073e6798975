"""Trace-header helpers: the five invented receiving organisations and hops.

minvz.example            ministry, international department  Postfix + amavis
halvard-logistik.example logistics company                     Exchange edge
uni-nordhafen.test       university                            Exim
kabelnet.test            consumer ISP mailboxes                sendmail
ppa-agency.example       public procurement agency             qmail
"""
from mimelib import fmt_date, rhex, ralnum, epoch

TZ_ABBR = {"CET": ("CET", "CEST"), "EET": ("EET", "EEST"), "WET": ("WET", "WEST")}


def date_c(t, zone, pad=False):
    """Date with a (CEST)-style comment as Postfix and sendmail write it."""
    from mimelib import tz_minutes
    s = fmt_date(t, zone, pad)
    if zone in TZ_ABBR:
        base = {"CET": 60, "EET": 120, "WET": 0}[zone]
        s += " (%s)" % TZ_ABBR[zone][1 if tz_minutes(zone, t) != base else 0]
    elif zone == "UTC":
        s += " (UTC)"
    return s


def hop(c, text, zone, lo=1, hi=25, comment=False, sep=" "):
    """A sender-side Received: value; advances the clock."""
    t = c.step(lo, hi)
    return text + ";" + sep + (date_c(t, zone) if comment else fmt_date(t, zone))


def minvz(c, helo, ip, rcpt, lo=2, hi=40, rdns=None):
    t = c.step(lo, hi)
    y = t.year
    qid = rhex(c.r, 10, True) if y < 2014 else "4" + ralnum(c.r, 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    mx = "mx%d.minvz.example" % c.r.choice((1, 2))
    tls = ""
    if y >= 2009:
        ver, cip = ("TLSv1", "DHE-RSA-AES256-SHA (256/256 bits)") if y < 2015 else \
            ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)") if y < 2020 else \
            ("TLSv1.3", "TLS_AES_256_GCM_SHA384 (256/256 bits)")
        tls = "\r\n\t(using %s with cipher %s)" % (ver, cip)
    s = "from %s (%s [%s])%s\r\n\tby %s (Postfix) with ESMTP%s id %s\r\n\tfor <%s>; %s" % (
        helo, rdns or helo, ip, tls, mx, "S" if tls else "", qid, rcpt, date_c(t, "CET"))
    return s


def halvard(c, helo, ip, lo=2, hi=40):
    t = c.step(lo, hi)
    y = t.year
    if y < 2008:
        return "from %s ([%s]) by EXGW01.halvard-logistik.example with Microsoft SMTPSVC(6.0.3790.3959);\r\n\t %s" % (
            helo, ip, fmt_date(t, "CET"))
    if y < 2014:
        return "from %s (%s) by EDGE01.halvard-logistik.example\r\n (10.20.0.11) with Microsoft SMTP Server (TLS) id 14.2.347.0; %s" % (
            helo, ip, fmt_date(t, "CET"))
    if y < 2020:
        return ("from %s (%s) by EDGE02.halvard-logistik.example\r\n (10.20.0.12) with Microsoft SMTP Server (version=TLS1_2,\r\n"
                " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384_P384) id 15.1.1531.3; %s") % (helo, ip, fmt_date(t, "CET"))
    return ("from %s (%s) by EDGE03.halvard-logistik.example\r\n (10.20.0.13) with Microsoft SMTP Server (version=TLS1_2,\r\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1258.12; %s") % (helo, ip, fmt_date(t, "CET"))


def uni(c, helo, ip, envfrom, rcpt, lo=2, hi=40):
    t = c.step(lo, hi)
    y = t.year
    ver = "4.22" if y < 2005 else "4.63" if y < 2008 else "4.69" if y < 2011 else \
        "4.80" if y < 2015 else "4.89" if y < 2019 else "4.92" if y < 2023 else "4.97"
    proto = "esmtp" if y < 2008 else "esmtps (TLS1.0:RSA_AES_256_CBC_SHA1:256)" if y < 2015 else \
        "esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)" if y < 2020 else \
        "esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384"
    b62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    eid = "%s-%s-%s" % (ralnum(c.r, 6, b62), ralnum(c.r, 6, b62), ralnum(c.r, 2, b62))
    return ("from [%s] (helo=%s)\r\n\tby mx-in%d.uni-nordhafen.test with %s\r\n\t(Exim %s)\r\n"
            "\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s") % (
        ip, helo, c.r.choice((1, 2)), proto, ver, envfrom, eid, rcpt, fmt_date(t, "CET"))


def kabel(c, helo, ip, rcpt, lo=2, hi=40, rdns=None):
    t = c.step(lo, hi)
    y = t.year
    ver = "8.12.11/8.12.11" if y < 2007 else "8.14.3/8.14.3" if y < 2013 else "8.15.2/8.15.2"
    qid = ralnum(c.r, 1, "abcdefghijklmnopqrstuvwxyz") + ralnum(c.r, 1, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") \
        + ralnum(c.r, 2, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") \
        + ralnum(c.r, 4, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + "%06d" % c.r.randint(0, 999999)
    tls = ""
    if y >= 2010:
        tls = "\r\n\t(version=%s cipher=%s verify=NOT)" % (
            ("TLSv1/SSLv3", "DHE-RSA-AES256-SHA bits=256") if y < 2016 else ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384 bits=256"))
    return "from %s (%s [%s])\r\n\tby smtpin%d.kabelnet.test (%s) with ESMTP id %s%s\r\n\tfor <%s>; %s" % (
        helo, rdns or helo, ip, c.r.randint(1, 4), ver, qid, tls, rcpt, date_c(t, "CET"))


def _qdate(t):
    from mimelib import MONTHS
    return "%d %s %d %02d:%02d:%02d -0000" % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second)


def agency(c, helo, ip, lo=2, hi=40):
    """Returns two Received: values, top first (qmail style)."""
    t = c.step(lo, hi)
    r1 = "from %s (HELO %s) (%s)\r\n  by inbound.ppa-agency.example with %s; %s" % (
        helo, helo, ip, "SMTP" if t.year < 2010 else "ESMTPS", _qdate(t))
    t2 = c.step(0, 1)
    r0 = "(qmail %d invoked from network); %s" % (c.r.randint(1000, 32000), _qdate(t2))
    return [r0, r1]
