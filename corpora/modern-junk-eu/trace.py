"""Recipient organisations (invented), their inbound gateways, and per-client header layouts."""
from mkmail import (rfcdate, eu_off, later, hexs, alnum, lower_alnum, B62, priv, b64rand,
                    dkim, thread_index)

ORGS = [
    dict(dom="bezirksamt-nord.example", users=["poststelle", "k.brandt", "vergabe", "bauamt"]),
    dict(dom="hansen-logistik.test", users=["info", "dispo", "j.hansen", "buchhaltung"]),
    dict(dom="cabinet-morel.example", users=["contact", "secretariat", "p.morel", "compta"]),
    dict(dom="ribera-consultores.example", users=["info", "administracion", "m.ribera", "rrhh"]),
    dict(dom="korvex-trade.test", users=["office", "sales", "a.nowak", "export"]),
]


def rcpt_of(org, i):
    o = ORGS[org]
    return "%s@%s" % (o["users"][i % len(o["users"])], o["dom"])


def _exim_ver(y):
    for lim, v in ((2004, "4.30"), (2007, "4.63"), (2010, "4.69"), (2013, "4.76"), (2016, "4.84_2"),
                   (2019, "4.89"), (2022, "4.94.2"), (2099, "4.96")):
        if y <= lim:
            return v


def _exim_id(r, y):
    if y >= 2024:
        return "%s-%s-%s" % (alnum(r, 6), alnum(r, 11), alnum(r, 4))
    return "%s-%s-%s" % (alnum(r, 6), alnum(r, 6), alnum(r, 2))


def _pf_id(r, y):
    if y >= 2016 and r.random() < 0.6:
        return alnum(r, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    return hexs(r, r.choice([9, 10, 11]), True)


def _tz_name(t):
    return "CEST" if eu_off(t) == 120 else "CET"


def _from_part(peer):
    helo, rdns, addr_ = peer["helo"], peer.get("rdns"), peer["ip"]
    return helo, (rdns or "unknown"), addr_


def inbound(r, org, y, t, peer, rcpt, envfrom, auth):
    """Return (headers top-first, time of top hop). t = arrival time (UTC)."""
    helo, rdns, a = _from_part(peer)
    off = eu_off(t)
    tls = y >= 2013 and peer.get("tls", True)
    hs = []
    dom = ORGS[org]["dom"]
    spf = auth.get("spf", "none")
    dk = auth.get("dkim", "none")
    dm = auth.get("dmarc", "none")
    hd = auth.get("hdrdom", envfrom.split("@")[-1])
    if org == 0:  # Postfix + amavis, two hops
        mx = "mx%d.%s" % (r.randint(1, 2), dom)
        t2 = later(t, r, 1, 9)
        qid = _pf_id(r, y)
        w = "ESMTPS" if tls else "ESMTP"
        rec1 = "from %s (%s [%s])\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
            helo, rdns, a, mx, w, qid, rcpt, rfcdate(t, off, comment=_tz_name(t)))
        rec2 = "from localhost (localhost [127.0.0.1])\r\n\tby postfach.%s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
            dom, _pf_id(r, y), rcpt, rfcdate(t2, off, comment=_tz_name(t2)))
        hs.append(("Return-Path", "<%s>" % envfrom))
        hs.append(("X-Original-To", rcpt))
        hs.append(("Delivered-To", rcpt))
        hs.append(("Received", rec2))
        hs.append(("X-Virus-Scanned", "amavisd-new at %s" % dom))
        if y >= 2014:
            ar = "%s;\r\n\tdkim=%s" % (mx, dk)
            if dk != "none":
                ar += " (%d-bit key; unprotected) header.d=%s header.i=@%s" % (r.choice([1024, 2048]), hd, hd)
            if y >= 2015:
                ar += ";\r\n\tdmarc=%s (p=%s dis=none) header.from=%s" % (dm, r.choice(["none", "quarantine", "reject"]), auth.get("from_dom", hd))
            hs.append(("Authentication-Results", ar))
        if y >= 2008:
            hs.append(("Received-SPF", "%s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=%s" % (
                spf.capitalize() if spf != "softfail" else "Softfail", a, helo, envfrom, rcpt)))
        hs.append(("Received", rec1))
        return hs, t2
    if org == 1:  # Exim, one hop
        hs.append(("Return-path", "<%s>" % envfrom))
        hs.append(("Envelope-to", rcpt))
        hs.append(("Delivery-date", rfcdate(t, off)))
        fr = "[%s] (helo=%s)" % (a, helo) if not peer.get("rdns") else "%s ([%s] helo=%s)" % (peer["rdns"], a, helo)
        w = "esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)" if tls and y < 2020 else ("esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384" if tls else "esmtp")
        rec = "from %s\r\n\tby mail.%s with %s\r\n\t(Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" % (
            fr, dom, w, _exim_ver(y), envfrom, _exim_id(r, y), rcpt, rfcdate(t, off))
        if y >= 2012:
            ar = "mail.%s;\r\n\tspf=%s smtp.mailfrom=%s" % (dom, spf, envfrom.split("@")[-1])
            ar += ";\r\n\tdkim=%s" % dk + (" header.d=%s" % hd if dk != "none" else "")
            if y >= 2016:
                ar += ";\r\n\tdmarc=%s header.from=%s" % (dm, auth.get("from_dom", hd))
            hs.append(("Authentication-Results", ar))
        hs.append(("Received", rec))
        return hs, t
    if org == 2:  # Sendmail, one hop (+ MIMEDefang later)
        ver = "8.12.10/8.12.10" if y < 2006 else ("8.13.8/8.13.8" if y < 2012 else ("8.14.7/8.14.7" if y < 2018 else "8.15.2/8.15.2"))
        qid = "%s%s%s" % (r.choice("abcdefghijklmnopqrstuvwx"), alnum(r, 7), "".join(r.choice("0123456789") for _ in range(6)))
        tl = ""
        if tls:
            tl = "\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)"
        fr = "%s (%s [%s])" % (helo, rdns, a) if rdns != "unknown" else "%s ([%s])" % (helo, a)
        rec = "from %s\r\n\tby relais.%s (%s) with %s id %s%s\r\n\tfor <%s>; %s" % (
            fr, dom, ver, "ESMTPS" if tls else "ESMTP", qid, tl, rcpt, rfcdate(t, off))
        hs.append(("Return-Path", "<%s>" % envfrom))
        hs.append(("Received", rec))
        if y >= 2010:
            hs.append(("X-Scanned-By", "MIMEDefang %s on %s" % ("2.71" if y < 2015 else "2.83", a.rsplit(".", 1)[0] + ".17")))
        if y >= 2013:
            ar = "relais.%s; spf=%s smtp.mailfrom=%s; dkim=%s" % (dom, spf, envfrom.split("@")[-1], dk)
            if dk != "none":
                ar += " header.d=%s" % hd
            hs.append(("Authentication-Results", ar))
        return hs, t
    if org == 3:  # qmail until 2010, then IronPort in front of Exchange
        if y <= 2010:
            hs.append(("Return-Path", "<%s>" % envfrom))
            hs.append(("Delivered-To", rcpt))
            hs.append(("Received", "(qmail %d invoked from network); %s" % (r.randint(1000, 32000), rfcdate(t, 0).replace("+0000", "-0000"))))
            hs.append(("Received", "from %s (HELO %s) (%s)\r\n  by correo.%s with SMTP; %s" % (
                "unknown" if rdns == "unknown" else rdns, helo, a, dom, rfcdate(t, 0).replace("+0000", "-0000"))))
            return hs, t
        t2 = later(t, r, 1, 4)
        hs.append(("Received", "from esa%d.%s (%s) by EXCH02.%s (%s) with Microsoft SMTP Server id %s; %s" % (
            r.randint(1, 3), dom, priv(r), dom, priv(r), "14.3.%d.0" % r.randint(100, 400) if y < 2017 else "15.1.%d.%d" % (r.randint(1000, 2500), r.randint(1, 30)),
            rfcdate(t2, off))))
        hs.append(("X-IronPort-AV", 'E=Sophos;i="%d.%d,%d,%d";\r\n   d="scan\'208";a="%d"' % (
            y - 2006, r.randint(10, 99), r.randint(1500000000, 1700000000), r.randint(1500000000, 1700000000), r.randint(10 ** 7, 10 ** 8))))
        if y >= 2016:
            hs.append(("Authentication-Results", "esa.%s; spf=%s smtp.mailfrom=%s; dkim=%s%s; dmarc=%s" % (
                dom, spf.capitalize(), envfrom, dk, (" header.i=@%s" % hd) if dk != "none" else "", dm)))
        hs.append(("Received", "from %s (HELO %s) ([%s])\r\n  by esa%d.%s with ESMTP%s; %s" % (
            rdns, helo, a, r.randint(1, 3), dom, "/TLS/ECDHE-RSA-AES256-GCM-SHA384" if tls else "", rfcdate(t, off))))
        return hs, t2
    # org 4: Kerio
    ver = "6.5.2" if y < 2009 else ("7.4.1" if y < 2013 else ("8.5.3" if y < 2017 else ("9.2.12" if y < 2022 else "10.0.4")))
    name = "Kerio MailServer" if y < 2010 else "Kerio Connect"
    hs.append(("Return-Path", "<%s>" % envfrom))
    hs.append(("Received", "from %s ([%s])\r\n\tby mail.%s (%s %s)%s with ESMTP%s\r\n\tfor %s;\r\n\t%s" % (
        helo, a, dom, name, ver, "" if y < 2015 else "", " (TLS)" if tls else "", rcpt, rfcdate(t, off))))
    if y >= 2019:
        hs.append(("X-Spam-Scanned", "mail.%s" % dom))
    return hs, t


def trace(r, org, y, date_utc, hops, peer, rcpt, envfrom, auth=None, first=(0, 25), gap=(1, 40), arrive=(2, 150)):
    """hops: sender-side (text, off_minutes) bottom-to-top. Returns header list top-first."""
    auth = auth or {}
    t = later(date_utc, r, *first)
    recs = []
    for i, (txt, off) in enumerate(hops):
        if i:
            t = later(t, r, *gap)
        recs.append(("Received", "%s; %s" % (txt, rfcdate(t, off))))
    t = later(t, r, *arrive)
    top, _ = inbound(r, org, y, t, peer, rcpt, envfrom, auth)
    return top + list(reversed(recs))


# ---------------------------------------------------------------- header layouts per client
def layout(r, client, F):
    """F: frm, to, subj, date, mid (or None), reply, extra(list), y, dom, cc, xip, ti"""
    frm, to, sj, dt, m = F["frm"], F["to"], F["subj"], F["date"], F.get("mid")
    ex = F.get("extra", [])
    rp = [("Reply-To", F["reply"])] if F.get("reply") else []
    cc = [("Cc", F["cc"])] if F.get("cc") else []
    mh = [("Message-ID", m)] if m else []
    if client == "oe6":
        return mh + [("From", frm), ("To", to)] + cc + rp + [("Subject", sj), ("Date", dt), ("__MIME__", None),
                ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                ("X-Mailer", "Microsoft Outlook Express %s" % F.get("ver", "6.00.2900.2180")),
                ("X-MimeOLE", "Produced By Microsoft MimeOLE V%s" % F.get("ver", "6.00.2900.2180"))] + ex
    if client == "ol03":
        return [("From", frm), ("To", to)] + cc + rp + [("Subject", sj), ("Date", dt)] + mh + [("__MIME__", None),
                ("X-Mailer", "Microsoft Office Outlook 11"), ("Thread-Index", thread_index(r)),
                ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.3138")] + ex
    if client == "ol16":
        return [("From", frm), ("To", to)] + cc + rp + [("Subject", sj), ("Date", dt)] + mh + [("__MIME__", None),
                ("X-Mailer", F.get("xm", "Microsoft Outlook 16.0")), ("Thread-Index", thread_index(r)),
                ("Content-Language", F.get("lang", "de"))] + ex
    if client == "tb":
        return mh + [("Date", dt), ("From", frm), ("User-Agent", F["ua"]), ("MIME-Version", "1.0"),
                     ("To", to)] + cc + rp + [("Subject", sj), ("__CT__", None)] + ex
    if client == "apple":
        return [("From", frm), ("__CT__", None), ("Subject", sj), ("Date", dt)] + mh + [("To", to)] + rp + [
                ("Mime-Version", F.get("mv", "1.0 (Mac OS X Mail 9.3 \\(3124\\))")), ("X-Mailer", F.get("xm", "Apple Mail (2.3124)"))] + ex
    if client == "iphone":
        return [("__CT__", None), ("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Date", dt), ("Subject", sj)] + mh + [
                ("To", to), ("X-Mailer", F.get("xm", "iPhone Mail (16G77)"))] + ex
    if client == "gmail":
        return F.get("gpre", []) + [("MIME-Version", "1.0"), ("Date", dt)] + mh + [("Subject", sj), ("From", frm), ("To", to)] + rp + [("__CT__", None)] + ex
    if client == "php":
        return [("Date", dt), ("To", to), ("From", frm)] + rp + [("Subject", sj)] + mh + [
                ("X-Mailer", F.get("xm", "PHPMailer 5.2.14 (https://github.com/PHPMailer/PHPMailer)")), ("__MIME__", None)] + ex
    if client == "bat":
        return [("Date", dt), ("From", frm)] + rp + [("X-Mailer", F.get("xm", "The Bat! (v3.5.25) Professional")),
                ("X-Priority", "3 (Normal)")] + mh + [("To", to), ("Subject", sj), ("__MIME__", None)] + ex
    if client == "raw":  # ratware / scripts: caller gives the order in F['order']
        d = dict(From=frm, To=to, Subject=sj, Date=dt)
        out = []
        for k in F["order"]:
            if k == "Message-ID":
                out += mh
            elif k == "Reply-To":
                out += rp
            elif k == "MIME":
                out.append(("__MIME__", None))
            elif k == "CT":
                out.append(("__CT__", None))
            elif k in d:
                out.append((k, d[k]))
            else:
                out.append(k)  # literal (name, value)
        return out + ex
    raise ValueError(client)
