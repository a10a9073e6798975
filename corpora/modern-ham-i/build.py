"""Header blocks and message assembly for gen.py (standard library only).
Recipient organisations, their inbound gateways, the ESP-side hop and the platform headers."""
import random
from datetime import datetime, timedelta
import os as _os, sys as _sys
_sys.path.append(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "modern-ham-as"))  # its kit, shared
from mk import CRLF, rfcdate, tzobj, ew, addr, render, BOUND, hexs, alnum, uid, b64rand, dkim

# invented recipient organisations and their inbound gateways (the top Received line)
ORGS = {
    "N": "esa1.northgate-uni.example",      # university, IronPort-style appliance (English)
    "M": "mx0a.meridian-eng.example",       # engineering company, Proofpoint-style sendmail front end (English)
    "P": "mx.lindenfield.test",             # private family domain, Postfix + rspamd
    "V": "mx01.anphat-soft.example",        # Vietnamese software company, Postfix + amavis
    "H": "in.songhong-mail.test",           # Vietnamese consumer mailbox provider, Exim
    "C": "mailgw.huaxin-tech.example",      # Chinese/Taiwanese company, Coremail-style gateway
    "T": "mx.kirin-home.test",              # private mailbox of a family in Asia/Europe, Haraka
}


GTZ = {"N": "+0000", "M": "+0000", "P": "+0000", "V": "+0700", "H": "+0700", "C": "+0800", "T": "+0900"}


def rip(rng, net=None):
    net = net or rng.choice(["203.0.113", "198.51.100", "192.0.2"])
    return "%s.%d" % (net, rng.randint(2, 250))


def gateway(org, rng, frm_host, frm_ip, rcpt, t, tz):
    g = ORGS[org]
    if org == "N":
        return ("Received: from %s ([%s])\r\n  by %s with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; %s"
                % (frm_host, frm_ip, g, rfcdate(t, tz)))
    if org == "M":
        return ("Received: from %s (%s [%s])\r\n\tby %s (8.17.1.%d/8.17.1.%d) with ESMTPS id 3%s-1\r\n"
                "\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\r\n\tfor <%s>; %s"
                % (frm_host, frm_host, frm_ip, g, rng.randint(5, 19), rng.randint(5, 19), alnum(rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789"),
                   rcpt, rfcdate(t, tz)))
    if org in ("P", "V"):
        return ("Received: from %s (%s [%s])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\r\n\t(No client certificate requested)\r\n"
                "\tby %s (Postfix) with ESMTPS id 4%s\r\n\tfor <%s>; %s"
                % (frm_host, frm_host, frm_ip, g, alnum(rng, 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"), rcpt, rfcdate(t, tz)))
    if org == "H":
        return ("Received: from [%s] (helo=%s)\r\n\tby %s with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n"
                "\t(Exim 4.9%d)\r\n\t(envelope-from <%%ENV%%>)\r\n\tid 1%s-00%s-%s\r\n\tfor %s; %s"
                % (frm_ip, frm_host, g, rng.randint(4, 8), alnum(rng, 5), alnum(rng, 4), alnum(rng, 2), rcpt, rfcdate(t, tz)))
    if org == "C":
        return ("Received: from %s (unknown [%s])\r\n\tby %s (Coremail) with SMTP id %s%s\r\n\tfor <%s>; %s"
                % (frm_host, frm_ip, g, alnum(rng, 8), hexs(rng, 16, False), rcpt, rfcdate(t, tz)))
    if org == "T":
        return ("Received: from %s (%s [%s])\r\n\tby %s (Haraka/3.0.%d) with ESMTPS id %s.1\r\n\tenvelope-from <%%ENV%%>\r\n"
                "\ttls TLS_AES_256_GCM_SHA384; %s"
                % (frm_host, frm_host, frm_ip, g, rng.randint(0, 4), uid(rng), rfcdate(t, tz)))
    raise ValueError(org)


def auth(org, rng, dom, ip, spf, dk, dm, dkds, hfrom):
    g = ORGS[org]
    authserv = g.split(".", 1)[1] if org in ("N", "M") else g
    s = "Authentication-Results: %s;\r\n\tspf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
        authserv, spf, authserv, dom, ip, dom)
    for d in dkds:
        s += ";\r\n\tdkim=%s header.d=%s header.s=%s header.b=%s" % (dk, d[0], d[1], d[2])
    s += ";\r\n\tdmarc=%s (p=%s) header.from=%s" % (dm, "reject" if len(hfrom) % 2 else "quarantine", hfrom)
    out = [s]
    if org == "N":
        out.append("X-IronPort-RemoteIP: %s" % ip)
    if org == "V":
        out.append("X-Virus-Scanned: amavisd-new at anphat-soft.example")
    if org == "P":
        out.append("X-Spamd-Result: default: False [-1.%d0 / 15.00]" % (len(dom) % 9))
    if org == "C":
        out.append("X-CM-TRANSID: %s" % alnum(rng, 24))
    return out


def build(spec):
    rng = random.Random(spec["seed"])
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tzobj(spec["tz"]))
    fname, faddr = spec["frm"]
    fdom = faddr.split("@")[1]
    scs, senc = spec.get("scs", "utf-8"), spec.get("senc", "B")
    relay = spec.get("relay") or "mta%d.%s" % (rng.randint(1, 40), fdom)
    relay_ip = rip(rng)
    org = spec["org"]
    to = spec["to"]
    rcpt = to[1]
    gtz = spec.get("gtz", GTZ[org])
    nh = spec.get("hops") or rng.choice([1, 2, 2, 3])
    # Received chain, newest first: gateway, then (optionally) the ESP's outbound MTA and its injector
    tinj = date + timedelta(seconds=rng.randint(0, 3))
    tout = tinj + timedelta(seconds=rng.randint(1, 20))
    tgw = tout + timedelta(seconds=rng.randint(1, 90) + spec.get("delay", 0))
    envfrom = spec.get("rp", faddr)
    lines = [gateway(org, rng, relay, relay_ip, rcpt, tgw, gtz).replace("%ENV%", envfrom)]
    if nh >= 2:
        lines.append("Received: from %s (%s [10.%d.%d.%d])\r\n\tby %s (%s) with ESMTP id %s\r\n\tfor <%s>; %s"
                     % ("queue%02d.%s" % (rng.randint(1, 20), spec.get("espdom", fdom)), "queue.internal", rng.randint(0, 250), rng.randint(0, 250),
                        rng.randint(2, 250), relay, spec.get("espmta", "Postfix"), hexs(rng, 12), rcpt, rfcdate(tout, "+0000")))
    if nh >= 3:
        lines.append("Received: by %s with HTTP id %s;\r\n\t%s" % ("api%d.%s" % (rng.randint(1, 9), spec.get("espdom", fdom)),
                                                                    alnum(rng, 16), rfcdate(tinj, "+0000")))
    spf, dk, dm = spec.get("auth", ("pass", "pass", "pass"))
    # DKIM signatures: the brand's own and, for ESPs, the platform's
    sigs = []
    doms = [(fdom, spec.get("sel", rng.choice(["s1", "k1", "mail", "dkim", "selector1", "scph0%d23" % rng.randint(1, 9)])))]
    if spec.get("dkim2"):
        doms.append(spec["dkim2"])
    hl = spec.get("dkimh", "from:to:subject:date:message-id:mime-version:content-type:list-unsubscribe:list-unsubscribe-post")
    for d, s in doms:
        sigs.append(dkim(rng, d, s, hl, date))
    hdr = ["Return-Path: <%s>" % envfrom]
    if org in ("P", "T", "H"):
        hdr.append("Delivered-To: %s" % rcpt)
    ar = auth(org, rng, envfrom.split("@")[-1], relay_ip, spf, dk, dm,
              [(d, s, sig.split("b=")[-1][:8]) for (d, s), sig in zip(doms, sigs)], fdom)
    hdr += [lines[0]] + ar + lines[1:]
    h = []
    h += sigs
    h.append("From: " + addr(fname, faddr, spec.get("ncs", scs), senc))
    if spec.get("replyto"):
        h.append("Reply-To: " + addr(spec["replyto"][0], spec["replyto"][1], scs, senc))
    h.append("To: " + addr(to[0], to[1], spec.get("ncs", scs), senc))
    h.append("Subject: " + ew(spec["subj"], scs, senc))
    h.append("Date: " + rfcdate(date, spec["tz"]))
    h.append("Message-ID: " + spec["mid"])
    h += spec.get("extra", [])
    h.append("MIME-Version: 1.0")
    ph, pb = render(spec["body"], BOUND[spec.get("bound", "esp")], rng, top=True)
    h.append(CRLF.join(ph))
    text = CRLF.join(hdr + h) + CRLF + CRLF + pb
    if not text.endswith(CRLF):
        text += CRLF
    return text.encode("latin-1")
