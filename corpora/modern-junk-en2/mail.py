"""Message assembly for gen.py: author header sets of many clients, sending paths
(ESP, free-mail, VPS, compromised webmail, bots), and the recipient side
(MX trace, Authentication-Results) of the invented receiving organisations."""
import datetime as dtm
import random

from lib import (UTC, UPNUM, LOWNUM, ALNUM, rs, hx, rb, b64, b64url, uuid4, digits, msgid,
                 boundary, fold, ew, addr, fmt_date, local, epoch, tzinfo, tzname)

# ------------------------------------------------------------------ recipients
# Invented receiving organisations (agencies and companies); domains end in
# .example or .test.  infra = how their inbound mail is handled.
ORGS = {
    "tillbrook": dict(dom="tillbrook-council.example", region="uk", infra="postfix",
                      mx="mx1.tillbrook-council.example", fmt="first.last"),
    "norvane": dict(dom="norvane-logistics.test", region="us_c", infra="exchange",
                    mx="mailgw01.norvane-logistics.test", exch="NVL-EXCH02.corp.norvane-logistics.test",
                    fmt="flast"),
    "harlow": dict(dom="water.harlow-state.example", region="us_e", infra="cloudgw",
                   mx="mail.water.harlow-state.example", gw="mta-in-07.quarrymail-filter.net",
                   fmt="first.last"),
    "brackenfield": dict(dom="brackenfield.test", region="us_m", infra="exim",
                         mx="cp-wh14.tallgrass-hosting.net", fmt="first"),
    "kestrel": dict(dom="kestrelhealth.test", region="us_p", infra="rspamd",
                    mx="mail.kestrelhealth.test", fmt="firstl"),
    "marlow": dict(dom="marlow-engineering.example", region="uk", infra="exchange",
                   mx="smtp-gw.marlow-engineering.example", exch="MEX-MBX01.ad.marlow-engineering.example",
                   fmt="first.last"),
    "pinecrest": dict(dom="pinecrest-schools.example", region="us_e", infra="cloudgw",
                      mx="mx.pinecrest-schools.example", gw="inbound2.harbourscan-mx.com", fmt="flast"),
    "greyfriars": dict(dom="greyfriars-law.test", region="uk", infra="exchange",
                       mx="mailguard.greyfriars-law.test", exch="GFL-EX16.greyfriars-law.local",
                       fmt="first.last"),
    "fenwick": dict(dom="fenwicktransit.example", region="aus", infra="postfix",
                    mx="mx2.fenwicktransit.example", fmt="first.last"),
    "aldermoor": dict(dom="aldermoor-foods.test", region="cet", infra="rspamd",
                      mx="mx.aldermoor-foods.test", fmt="first"),
    "lanford": dict(dom="records.lanford-county.example", region="us_c", infra="postfix",
                    mx="smtp1.records.lanford-county.example", fmt="firstlast"),
    "quillon": dict(dom="quillon-software.test", region="us_p", infra="cloudgw",
                    mx="mx1.quillon-software.test", gw="mx-b.sievewall.io", fmt="first"),
    "rivington": dict(dom="rivingtonhousing.example", region="uk", infra="exchange",
                      mx="esa2.rivingtonhousing.example", exch="RHA-EXMB3.rivingtonhousing.local",
                      fmt="first.last"),
    "saltmarsh": dict(dom="saltmarsh-port.example", region="cet", infra="cloudgw",
                      mx="mail.saltmarsh-port.example", gw="in-03.nordfilter-mail.de", fmt="first.last"),
    "hollins": dict(dom="hollinsdental.test", region="us_e", infra="exim",
                    mx="server217.bluecedar-hosting.com", fmt="first"),
    "westvale": dict(dom="westvale-library.example", region="us_m", infra="postfix",
                     mx="mail.westvale-library.example", fmt="flast"),
    "corvid": dict(dom="corvid-analytics.test", region="us_e", infra="rspamd",
                   mx="mx01.corvid-analytics.test", fmt="first"),
    "emberly": dict(dom="emberlyfinance.test", region="us_e", infra="exchange",
                    mx="relay1.emberlyfinance.test", exch="EMB-EXCH01.emberly.local", fmt="flast"),
    "dunmore": dict(dom="dunmore-university.example", region="uk", infra="postfix",
                    mx="mx-a.mail.dunmore-university.example", fmt="initials"),
    "tamsin": dict(dom="tamsinarchitects.test", region="uk", infra="exim",
                   mx="vps-41.greenlane-host.co.uk", fmt="first"),
    "ferrowell": dict(dom="ferrowell-steel.example", region="cet", infra="exchange",
                      mx="mx.ferrowell-steel.example", exch="FWS-EX02.ferrowell.intra", fmt="first.last"),
    "oakhurst": dict(dom="oakhurst-utilities.example", region="us_p", infra="cloudgw",
                     mx="smtp.oakhurst-utilities.example", gw="mx4.quarrymail-filter.net", fmt="flast"),
    "bellmead": dict(dom="bellmead-clinic.test", region="aus", infra="rspamd",
                     mx="mail.bellmead-clinic.test", fmt="first"),
    "stourton": dict(dom="stourton.gov.example", region="uk", infra="cloudgw",
                     mx="mx.stourton.gov.example", gw="mailin-2.civicshield-mx.co.uk", fmt="first.last"),
}


def mailbox(org, first, last):
    f = ORGS[org]["fmt"]
    first_l, last_l = first.lower(), last.lower().replace("'", "").replace(" ", "")
    if f == "first.last":
        lp = "%s.%s" % (first_l, last_l)
    elif f == "flast":
        lp = first_l[0] + last_l
    elif f == "firstl":
        lp = first_l + last_l[0]
    elif f == "first":
        lp = first_l
    elif f == "firstlast":
        lp = first_l + last_l
    elif f == "initials":
        lp = "%s.%s" % (first_l[0], last_l)
    return "%s@%s" % (lp, ORGS[org]["dom"])


def orgdom(d):
    parts = d.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "gov", "org", "ac", "net") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def aligned(a, b):
    return orgdom(a.lower()) == orgdom(b.lower())


def exim_id(r):
    return "1%s-%s-%s" % (rs(r, 5), "000" + rs(r, 3, UPNUM + "0123456789"), rs(r, 2))


TLS12 = ["ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256"]


class Env:
    def __init__(self, n):
        self.n = n
        self.rng = random.Random(0x5EED0000 + 7919 * n)
        self.bstyle = "tb"

    # ---- time
    def when(self, y, m, region, hours=(0, 23)):
        r = self.rng
        d = dtm.datetime(y, m, r.randint(1, 28), r.randint(*hours), r.randint(0, 59), r.randint(0, 59),
                         tzinfo=tzinfo(region, m))
        self.d = d
        self.region = region
        return d

    def bnd(self, style=None):
        return boundary(self.rng, style or self.bstyle, self.d)

    def pick(self, seq):
        return self.rng.choice(seq)

    def tok(self, n, alpha=ALNUM):
        return rs(self.rng, n, alpha)

    def hex(self, n, upper=False):
        return hx(self.rng, n, upper)

    def num(self, n):
        return digits(self.rng, n)

    def uuid(self, upper=False):
        return uuid4(self.rng, upper)

    def b64u(self, n):
        return b64url(self.rng, n)

    # ---- the whole message
    def send(self, *, label, client, path, frm, from_addr, to, rcpt, org, subject, root,
             reply_to=None, cc=None, mid="default", mid_dom=None, extra=(), popt=None,
             auth=None, env_from=None, subj_cs="utf-8", subj_mode="B", cont=None, date_style=None,
             copt=None):
        r = self.rng
        popt = dict(popt or {})
        copt = dict(copt or {})
        from_dom = from_addr.split("@")[1]
        F = dict(frm=frm, to=to, cc=cc, reply_to=reply_to,
                 subject=ew(subject, subj_cs, subj_mode), extra=list(extra), root=root)
        # message id
        if mid == "default":
            mid = CLIENT_MID.get(client, "uuid")
        if mid is None:
            F["msgid"] = None
        elif mid in CLIENT_STYLES:
            F["msgid"] = msgid(r, mid, mid_dom or from_dom, self.d, user=copt.get("javauser", "www-data"))
        else:
            F["msgid"] = mid
        F["date"] = fmt_date(self.d, date_style or CLIENT_DATE.get(client, "std"), self.region)
        author = CLIENTS[client](self, F, copt)
        cont = cont or popt.get("cont") or CLIENT_CONT.get(client, " ")
        # sending path
        t0 = self.d.astimezone(UTC) + dtm.timedelta(seconds=r.randint(1, 40))
        env_from = env_from or from_addr
        P = PATHS[path](self, t0, env_from, rcpt, from_dom, popt)
        # authentication
        A = dict(spf=P["spf"], mfrom=P.get("mfrom", env_from), dkim=list(P["dkim"]),
                 ip=P["ip"], helo=P["helo"], from_dom=from_dom, policy=popt.get("policy"))
        if auth:
            A.update(auth)
        if "dmarc" not in A:
            ok = (A["spf"] == "pass" and aligned(A["mfrom"].split("@")[-1], from_dom)) or \
                any(res == "pass" and aligned(d, from_dom) for res, d, s in A["dkim"])
            A["dmarc"] = "pass" if ok else ("fail" if A.get("policy") else "none")
        tin = P["t"] + dtm.timedelta(seconds=r.randint(1, 25))
        R = INFRA[ORGS[org]["infra"]](self, ORGS[org], tin, P, rcpt, env_from, A)
        hdrs = R + P["trace"] + author
        out = []
        for name, value in hdrs:
            if name == "@MIME":
                for n2, v2 in root.headers:
                    out.append(fold(n2, v2, cont))
                continue
            out.append(fold(name, value, cont))
        head = "\n".join(out).encode("ascii")
        body = root.render_body(cont)
        data = head + b"\n\n" + body
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        for ln in data.split(b"\r\n"):
            assert len(ln) <= 998, ln[:60]
        return label, data


# ------------------------------------------------------------------ clients
def _std(F, names, extra_before_mime=True):
    """Fill a header template.  Names absent from F are skipped; F['extra'] goes before @MIME."""
    m = {"From": F["frm"], "To": F["to"], "Cc": F["cc"], "Reply-To": F["reply_to"],
         "Subject": F["subject"], "Date": F["date"], "Message-ID": F["msgid"]}
    out = []
    placed = False
    for n in names:
        if isinstance(n, tuple):
            out.append(n)
            continue
        if n == "@EXTRA":
            out += F["extra"]
            placed = True
            continue
        if n == "@MIME" and not placed and extra_before_mime:
            out += F["extra"]
            placed = True
        if n == "@MIME":
            out.append(("@MIME", None))
            continue
        key = "Message-ID" if n in ("Message-Id", "Message-ID", "Message-id") else n
        if m.get(key) is not None:
            out.append((n, m[key]))
    if not placed:
        out += F["extra"]
    return out


def c_gmail(E, F, o):
    return _std(F, [("MIME-Version", "1.0"), "Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc",
                    "@MIME"])


def c_outlook(E, F, o):
    ver = o.get("ver", "16.0")
    return _std(F, ["From", "To", "Cc", "Subject", "Date", "Message-ID", ("MIME-Version", "1.0"), "@MIME",
                    ("X-Mailer", "Microsoft Outlook " + ver), ("Thread-Index", "A" + b64(E.rng, 20)[:-2] + "=="),
                    ("Content-Language", o.get("lang", "en-us"))])


def c_exch(E, F, o):
    ti = "AQH" + b64(E.rng, 21)[:-1]
    lst = ["From", "To", "Cc", "Subject", ("Thread-Topic", o.get("topic", F["subject"])),
           ("Thread-Index", ti), "Date", "Message-ID", ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"), ("X-MS-Has-Attach", o.get("att", "")),
           ("X-MS-TNEF-Correlator", ""), "Reply-To"]
    if o.get("orig_ip"):
        lst.append(("x-originating-ip", "[%s]" % o["orig_ip"]))
    lst += ["@EXTRA", "@MIME", ("MIME-Version", "1.0")]
    return _std(F, lst)


def c_outlookcom(E, F, o):
    lst = ["From", "To", "Subject", ("Thread-Topic", F["subject"]),
           ("Thread-Index", "AQH" + b64(E.rng, 21)[:-1]), "Date", "Message-ID",
           ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", o.get("att", "")),
           ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-messagesentrepresentingtype", "1"),
           ("x-tmn", "[%s]" % E.tok(32)), ("x-ms-publictraffictype", "Email"), "Reply-To", "@EXTRA",
           "@MIME", ("MIME-Version", "1.0")]
    return _std(F, lst)


def c_yahoo(E, F, o):
    return _std(F, ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", ("MIME-Version", "1.0"), "@MIME",
                    ("X-Mailer", o.get("xm", "WebService/1.1.%d YMailNorrin" % E.rng.randint(15000, 22999)))])


def c_php6(E, F, o):
    return _std(F, ["Date", "To", "From", "Cc", "Reply-To", "Subject", "Message-ID",
                    ("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % o.get("ver", "6.5.0")),
                    "@EXTRA", ("MIME-Version", "1.0"), "@MIME"])


def c_php5(E, F, o):
    return _std(F, ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", ("X-Priority", "3"),
                    ("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % o.get("ver", "5.2.22")),
                    "@EXTRA", ("MIME-Version", "1.0"), "@MIME"])


def c_roundcube(E, F, o):
    lst = [("MIME-Version", "1.0"), "Date", "From", "To", "Cc", "Subject", "Reply-To"]
    if F["reply_to"]:
        lst.append(("Mail-Reply-To", F["reply_to"]))
    if o.get("org"):
        lst.append(("Organization", o["org"]))
    lst += ["Message-ID", ("X-Sender", o["sender"]),
            ("User-Agent", "Roundcube Webmail/%s" % o.get("ver", "1.4.11")), "@EXTRA", "@MIME"]
    return _std(F, lst)


def c_zimbra(E, F, o):
    ver = o.get("ver", "8.8.15_GA_4508")
    return _std(F, ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", ("MIME-Version", "1.0"), "@MIME",
                    ("X-Originating-IP", "[%s]" % o["orig_ip"]),
                    ("X-Mailer", "Zimbra %s (ZimbraWebClient - %s (Win)/%s)" % (ver, o.get("bw", "GC120"), ver)),
                    ("Thread-Index", E.tok(28, ALNUM + "+/") + "="), ("Thread-Topic", F["subject"])])


def c_horde(E, F, o):
    return _std(F, ["Date", "Message-ID", "From", "To", "Subject", "Reply-To",
                    ("User-Agent", "Horde Application Framework 5"), "@MIME", ("MIME-Version", "1.0"),
                    ("Content-Disposition", "inline")])


def c_tb(E, F, o):
    ua = o.get("ua", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101\n Thunderbird/102.11.0")
    return _std(F, ["Message-ID", "Date", ("MIME-Version", "1.0"), ("User-Agent", ua),
                    ("Content-Language", "en-US"), "To", "Cc", "From", "Reply-To", "Subject", "@MIME"])


def c_apple(E, F, o):
    v = o.get("v", "3696.120.41.1.1")
    return _std(F, ["@MIME", ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % v), "Subject", "From",
                    "Date", "Reply-To", "Message-Id", "To", ("X-Mailer", "Apple Mail (2.%s)" % v)],
                extra_before_mime=False)


def c_iphone(E, F, o):
    return _std(F, ["From", "@MIME", ("Mime-Version", "1.0 (1.0)"), "Date", "Subject", "Message-Id", "Reply-To",
                    "To", ("X-Mailer", "iPhone Mail (%s)" % o.get("build", "16D57"))], extra_before_mime=False)


def c_oe(E, F, o):
    lst = ["Message-ID", "From", "To", "Reply-To", "Subject", "Date", ("MIME-Version", "1.0"), "@MIME",
           ("X-Priority", o.get("prio", "3")), ("X-MSMail-Priority", o.get("msprio", "Normal")),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512")]
    return _std(F, lst, extra_before_mime=False)


def c_bare(E, F, o):
    order = o.get("order", ["From", "Subject", "To", "Date", "Message-ID", "Reply-To", "@MIME",
                            ("MIME-Version", "1.0")])
    return _std(F, order)


def c_foxmail(E, F, o):
    return _std(F, ["Date", "From", "To", "Reply-To", "Subject", ("X-Priority", "3"),
                    ("X-GUID", uuid4(E.rng, True)), ("X-Has-Attach", o.get("att", "no")),
                    ("X-Mailer", "Foxmail %s[cn]" % o.get("ver", "7.2.19.158")), ("Mime-Version", "1.0"),
                    "Message-ID", "@MIME"])


def c_dotnet(E, F, o):
    return _std(F, [("MIME-Version", "1.0"), "From", "To", "Reply-To", "Date", "Subject", "Message-ID", "@MIME"])


def c_python(E, F, o):
    return _std(F, ["@MIME", ("MIME-Version", "1.0"), "Subject", "From", "To", "Reply-To", "Date",
                    "Message-ID"], extra_before_mime=False)


def c_swift(E, F, o):
    return _std(F, ["Message-ID", "Date", "Subject", "From", "Reply-To", "To", ("MIME-Version", "1.0"),
                    "@MIME", "@EXTRA"], extra_before_mime=False)


def c_esp(E, F, o):
    order = o.get("order", ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", ("MIME-Version", "1.0"),
                            "@MIME", "@EXTRA"])
    return _std(F, order, extra_before_mime=False)


def c_mailer(E, F, o):
    return _std(F, ["From", "To", "Subject", "Date", ("MIME-Version", "1.0"), "@MIME",
                    ("X-Mailer", o["xm"]), "Message-ID", "Reply-To", "@EXTRA"], extra_before_mime=False)


CLIENTS = dict(gmail=c_gmail, outlook=c_outlook, exch=c_exch, outlookcom=c_outlookcom, yahoo=c_yahoo,
               php6=c_php6, php5=c_php5, roundcube=c_roundcube, zimbra=c_zimbra, horde=c_horde, tb=c_tb,
               apple=c_apple, iphone=c_iphone, oe=c_oe, bare=c_bare, foxmail=c_foxmail, dotnet=c_dotnet,
               python=c_python, swift=c_swift, esp=c_esp, mailer=c_mailer)
CLIENT_STYLES = set(["uuid", "uuidU", "gmail", "yahoo", "outlookcom", "php5", "php6", "javamail", "postfix",
                     "outlook", "foxmail", "ses", "b64url", "ruby", "python", "md5", "apple", "zimbra", "exch",
                     "dotnet", "bare", "noat", "local"])
CLIENT_MID = dict(gmail="gmail", outlook="outlook", exch="exch", outlookcom="outlookcom", yahoo="yahoo",
                  php6="php6", php5="php5", roundcube="md5", zimbra="zimbra", horde="uuid", tb="uuid",
                  apple="apple", iphone="apple", oe="outlook", bare="uuid", foxmail="foxmail", dotnet="dotnet",
                  python="python", swift="md5", esp="uuid", mailer="md5")
CLIENT_DATE = dict(gmail="std", outlook="pad", exch="pad", outlookcom="pad", yahoo="comment", php6="std",
                   php5="std", roundcube="std", zimbra="pad", horde="std", tb="std", apple="std", iphone="std",
                   oe="std", dotnet="nodow", python="std", swift="std", foxmail="std", esp="std", mailer="std",
                   bare="std")
CLIENT_CONT = dict(gmail=" ", outlook="\t", exch=" ", oe="\t", foxmail="\t", yahoo=" ", php6=" ", php5="\t",
                   roundcube=" ", zimbra=" ", tb=" ", apple="\t", iphone="\t")


# ------------------------------------------------------------------ paths
def _h(d_utc, region, style="std"):
    return fmt_date(local(d_utc, region), style, region)


def dkim_header(E, d, s, t, hdrs, style="std", bits=2048, rcptdom=None):
    r = E.rng
    bh = b64(r, 32)
    sig = b64(r, bits // 8)
    if style == "gmail":
        head = ("v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d;%s\n"
                "        h=%s;\n        bh=%s;\n        b=" % (d, s, t, t + 604800,
                                                             (" darn=%s;" % rcptdom) if rcptdom else "",
                                                             hdrs, bh))
        chunks = [sig[i:i + 70] for i in range(0, len(sig), 70)]
        return head + "\n         ".join(chunks)
    if style == "ms":
        head = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=%s;\n bh=%s;\n b=" % (d, s, hdrs, bh)
        chunks = [sig[i:i + 76] for i in range(0, len(sig), 76)]
        return head + "\n ".join(chunks)
    if style == "esp":
        head = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\th=%s;\n\ts=%s; bh=%s;\n\tb=" % (d, hdrs, s, bh)
        chunks = [sig[i:i + 72] for i in range(0, len(sig), 72)]
        return head + "\n\t ".join(chunks)
    if style == "simple":
        head = "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s;\n\tt=%d;\n\th=%s;\n\tbh=%s;\n\tb=" % (
            s, d, t, hdrs, bh)
        chunks = [sig[i:i + 64] for i in range(0, len(sig), 64)]
        return head + "\n\t".join(chunks)
    # opendkim default
    head = "v=1; a=rsa-sha256; c=relaxed/simple; d=%s;\n\ts=%s; t=%d;\n\tbh=%s;\n\th=%s;\n\tb=" % (d, s, t, bh, hdrs)
    chunks = [sig[i:i + 68] for i in range(0, len(sig), 68)]
    return head + "\n\t ".join(chunks)


def p_direct(E, t, env_from, rcpt, from_dom, o):
    return dict(trace=[], helo=o["helo"], rdns=o.get("rdns"), ip=o["ip"], t=t, tls=o.get("tls", False),
                spf=o.get("spf", "softfail"), dkim=[], mfrom=o.get("mfrom", env_from))


def p_gmail(E, t, env_from, rcpt, from_dom, o):
    r = E.rng
    y = E.d.year
    sel = "20161025" if y < 2021 else ("20210112" if y < 2023 else "20230601")
    pfx = r.choice(["ed1", "lj1", "wm1", "pj1", "qt1", "yb1", "oi1", "pf1", "ej1", "io1"])
    host = "mail-%s-f%d.google.com" % (pfx, r.randint(41, 199))
    rcptdom = rcpt.split("@")[1]
    hl = "mime-version:from:date:message-id:subject:to"
    if o.get("reply"):
        hl = "mime-version:reply-to:from:date:message-id:subject:to"
    gdom = o.get("gdom", "gmail.com")
    if gdom != "gmail.com":
        sel = o.get("gsel", "google")
    dk = dkim_header(E, gdom, sel, epoch(t), hl, "gmail", rcptdom=rcptdom if y >= 2023 else None)
    gdk = dkim_header(E, "1e100.net", sel, epoch(t), "x-gm-message-state:mime-version:from:date:message-id\n"
                      "         :subject:to", "gmail")
    sid = "%s%s.%d" % (r.choice(["a", "d", "e", "k", "x"]), digits(r, 2) + "so" + digits(r, 7),
                       r.randint(0, 3)) + r.choice(["edx", "ljc", "wmb", "pjb", "qtb"])
    xr_t = t - dtm.timedelta(seconds=1)
    trace = [
        ("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (host, sid, rcpt, _h(t, E.region, "comment"))),
        ("DKIM-Signature", dk),
        ("X-Google-DKIM-Signature", gdk),
        ("X-Gm-Message-State", "A%s" % (b64(r, 51) + "\n\t" + b64(r, 30))),
        ("X-Google-Smtp-Source", "A%s" % b64(r, 60)),
        ("X-Received", "by 2002:a%02d:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            r.randint(1, 99), hx(r, 4), hx(r, 3), hx(r, 3), hx(r, 4), hx(r, 22), r.randint(1, 999),
            r.randint(10 ** 11, 10 ** 12), _h(xr_t, E.region, "comment"))),
    ]
    if y < 2019:
        trace = [trace[0], trace[1], trace[3], trace[4], trace[5]]
    return dict(trace=trace, helo=host, rdns=host, ip=o["ip"], t=t + dtm.timedelta(seconds=1), tls=True,
                spf="pass", dkim=[("pass", gdom, sel)])


def p_outlookcom(E, t, env_from, rcpt, from_dom, o):
    r = E.rng
    mb = "%s%dPR%02dMB%04d" % (r.choice(["DM", "PH", "SJ", "BY", "CH"]), r.randint(4, 8), r.randint(1, 19),
                               r.randint(1000, 9999))
    nam = r.choice(["namprd%02d" % r.randint(1, 20), "eurprd%02d" % r.randint(1, 9)])
    build = "15.20.%d.%03d" % (r.randint(4000, 8999), r.randint(10, 60))
    ll = "fe80::%s:%s:%s:%s" % (hx(r, 4), hx(r, 4), hx(r, 4), hx(r, 4))
    t1 = t + dtm.timedelta(seconds=1)
    obe = "%s-%s-obe.outbound.protection.outlook.com" % (r.choice(["NAM12", "NAM10", "EUR03", "NAM04"]),
                                                         r.choice(["DM6", "BN8", "MW2", "VI1"]))
    dom = from_dom
    arc_ar = "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"
    trace = [
        ("Received", "from %s.%s.prod.outlook.com ([%s]) by\n %s.%s.prod.outlook.com ([%s%%%d]) with mapi id\n %s;"
         " %s" % (mb, nam, ll, mb, nam, ll, r.randint(3, 7), build, _h(t1, "utc", "std"))),
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\n b=%s\n %s" % (
            b64(r, 57), b64(r, 57))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector9901;"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount;"
         "\n bh=%s;\n b=%s\n %s" % (b64(r, 32), b64(r, 57), b64(r, 57))),
        ("ARC-Authentication-Results", arc_ar),
        ("DKIM-Signature", dkim_header(E, dom, "selector1", epoch(t), "From:Date:Subject:Message-ID:Content-Type:"
                                       "MIME-Version:X-MS-Exchange-SenderADCheck", "ms")),
    ]
    return dict(trace=trace, helo=obe, rdns="mail-%s%s.outbound.protection.outlook.com" % (
        obe.split("-")[1].lower() + obe.split("-")[0].lower(), "olkn2%03d" % r.randint(0, 999)),
        ip=o["ip"], t=t1 + dtm.timedelta(seconds=1), tls=True, spf="pass", dkim=[("pass", dom, "selector1")])


def p_yahoo(E, t, env_from, rcpt, from_dom, o):
    r = E.rng
    son = "sonic%d.consmr.mail.%s.yahoo.com" % (r.randint(301, 330), r.choice(["bf2", "ne1", "gq1", "ir2"]))
    trace = [
        ("DKIM-Signature", dkim_header(E, "yahoo.com", "s2048", epoch(t),
                                       "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To", "esp")),
        ("X-SONIC-DKIM-SIGN", dkim_header(E, "yahoo.com", "s2048", epoch(t), "X-Sonic-MF:Date:From:Subject:"
                                          "From:Subject", "esp")),
        ("X-YMail-OSG", b64(r, 80).replace("+", ".").replace("/", "_") + "\n " + b64(r, 60).replace("+", ".")),
        ("X-Sonic-MF", "<%s>" % env_from),
        ("X-Sonic-ID", uuid4(r)),
        ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (son, _h(t, "utc", "nodow"))),
    ]
    return dict(trace=trace, helo=son, rdns=son, ip=o["ip"], t=t + dtm.timedelta(seconds=1), tls=True,
                spf="pass", dkim=[("pass", "yahoo.com", "s2048")])


def p_esp(E, t, env_from, rcpt, from_dom, o):
    """ESP / bulk-mailer infrastructure.  o: mta, ip, inner ('http'|'smtp'|'pmta'|None), dkim [(d,s)],
    dkstyle, region."""
    r = E.rng
    trace = []
    inner = o.get("inner")
    reg = o.get("region", "utc")
    t1 = t + dtm.timedelta(seconds=r.randint(1, 6))
    if inner == "http":
        trace.append(("Received", "by %s with HTTP; %s" % (o["mta"], _h(t, reg, "std"))))
    elif inner == "smtp":
        trace.append(("Received", "from %s (unknown [10.%d.%d.%d])\n\tby %s (%s) with ESMTP id %s\n\tfor <%s>; %s" % (
            o.get("app", "app%02d.internal" % r.randint(1, 40)), r.randint(0, 255), r.randint(0, 255),
            r.randint(1, 254), o["mta"], o.get("soft", "Postfix"), rs(r, 12, UPNUM), rcpt,
            _h(t, reg, "postfix"))))
    elif inner == "pmta":
        trace.append(("Received", "by %s id %s for <%s>; %s\n\t(envelope-from <%s>)" % (
            o["mta"], hx(r, 16), rcpt, _h(t, reg, "pad"), env_from)))
    elif inner == "filterd":
        trace.append(("Received", "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-%d-%s-%d;\n"
                      "        %s" % (hx(r, 10), r.choice(["4tb9x", "84wmj", "5d7qg"]), hx(r, 10),
                                      r.choice(["4tb9x", "84wmj"]), r.randint(1, 99), hx(r, 8, True),
                                      r.randint(1, 60), _h(t, "utc", "std") + " (UTC)")))
    if o.get("pre"):
        trace = o["pre"] + trace
    for d, s in o.get("dkim", []):
        trace.append(("DKIM-Signature", dkim_header(E, d, s, epoch(t), o.get(
            "dkh", "from:reply-to:subject:mime-version:list-unsubscribe:to:content-type"), o.get("dkstyle", "esp"))))
    if o.get("post"):
        trace += o["post"]
    spf = o.get("spf", "pass")
    return dict(trace=trace, helo=o.get("helo", o["mta"]), rdns=o.get("rdns", o["mta"]), ip=o["ip"], t=t1,
                tls=o.get("tls", True), spf=spf, mfrom=env_from,
                dkim=[("pass", d, s) for d, s in o.get("dkim", [])])


def p_vps(E, t, env_from, rcpt, from_dom, o):
    """Own Postfix on a fresh VPS (look-alike domains)."""
    r = E.rng
    host = o.get("host", "mail." + from_dom)
    reg = o.get("region", "utc")
    how = o.get("how", "local")
    if how == "local":
        rec = "by %s (Postfix, from userid %d)\n\tid %s; %s" % (host, o.get("uid", 0), rs(r, 11, UPNUM),
                                                                _h(t, reg, "postfix"))
    elif how == "loopback":
        rec = "from [127.0.0.1] (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            host, rs(r, 10, UPNUM), rcpt, _h(t, reg, "postfix"))
    else:
        rec = "from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s" % (
            o.get("client_helo", "DESKTOP-" + rs(r, 7, UPNUM)), o["client_ip"], host, rs(r, 12, UPNUM),
            _h(t, reg, "postfix"))
    trace = [("Received", rec)]
    dk = []
    if o.get("sign", True):
        s = o.get("sel", "default")
        sig = ("DKIM-Signature", dkim_header(E, o.get("d", from_dom), s, epoch(t),
                                             o.get("dkh", "from:to:subject:date:message-id:mime-version"
                                                   ":content-type"),
                                             o.get("dkstyle", "std"), bits=o.get("bits", 2048)))
        if o.get("dk_below"):
            trace.append(sig)
        else:
            trace.insert(0, sig)
        dk = [("pass", o.get("d", from_dom), s)]
    return dict(trace=trace, helo=o.get("helo", host), rdns=o.get("rdns", host), ip=o["ip"],
                t=t + dtm.timedelta(seconds=r.randint(1, 3)), tls=o.get("tls", True), spf=o.get("spf", "pass"),
                dkim=dk, mfrom=env_from)


def p_webmail(E, t, env_from, rcpt, from_dom, o):
    """A compromised mailbox on a hosting server: authenticated submission (Exim or Postfix)."""
    r = E.rng
    host = o["host"]
    reg = o.get("region", "utc")
    trace = []
    if o.get("mta", "exim") == "exim":
        eid = exim_id(r)
        rec = ("from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
               "\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                   o["client_ip"], r.randint(49152, 65000), o.get("client_helo", "[%s]" % o["client_ip"]), host,
                   o.get("exim", "4.95"), env_from, eid, rcpt, _h(t, reg, "std")))
        if o.get("webmail"):
            rec = ("from %s ([127.0.0.1]:%d helo=%s)\n\tby %s with esmtpa (Exim %s)\n\t(envelope-from <%s>)\n"
                   "\tid %s\n\tfor %s; %s" % ("localhost", r.randint(30000, 60000), o["webmail"], host,
                                              o.get("exim", "4.95"), env_from, eid, rcpt, _h(t, reg, "std")))
    else:
        rec = ("from %s (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            o.get("client_helo", "[192.168.1.%d]" % r.randint(2, 200)), o["client_ip"], env_from, host,
            rs(r, 11, UPNUM), _h(t, reg, "postfix")))
    trace.append(("Received", rec))
    dk = []
    if o.get("sign", True):
        d = o.get("d", from_dom)
        s = o.get("sel", "default")
        trace.insert(0, ("DKIM-Signature", dkim_header(E, d, s, epoch(t), o.get(
            "dkh", "Content-Transfer-Encoding:Content-Type:Message-ID:Reply-To:\n\tSubject:To:From:Date:"
                   "MIME-Version:Sender:Cc"), "simple")))
        dk = [("pass", d, s)]
    if o.get("xoip"):
        trace.append(("X-Originating-IP", o["xoip"]))
    return dict(trace=trace, helo=o.get("helo", host), rdns=host, ip=o["ip"],
                t=t + dtm.timedelta(seconds=r.randint(1, 4)), tls=True, spf=o.get("spf", "pass"), dkim=dk,
                mfrom=env_from)


def p_cpanel(E, t, env_from, rcpt, from_dom, o):
    """PHP script on a shared host: local Exim pickup."""
    r = E.rng
    host = o["host"]
    eid = o.get("eid") or exim_id(r)
    rec = "from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
        o.get("user", "nobody"), host, o.get("exim", "4.93"), env_from, eid, rcpt, _h(t, o.get("region", "utc")))
    trace = [("Received", rec)]
    if o.get("xphp"):
        trace.append(("X-PHP-Script", o["xphp"]))
    return dict(trace=trace, helo=host, rdns=host, ip=o["ip"], t=t + dtm.timedelta(seconds=1), tls=True,
                spf=o.get("spf", "pass"), dkim=[], mfrom=env_from)


def p_qmail(E, t, env_from, rcpt, from_dom, o):
    r = E.rng
    t1 = t + dtm.timedelta(seconds=1)
    trace = [("Received", "(qmail %d invoked from network); %s" % (r.randint(2000, 32000), fmt_date(t1, "qmail"))),
             ("Received", "(qmail %d invoked by uid %d); %s" % (r.randint(2000, 32000), o.get("uid", 48),
                                                                 fmt_date(t, "qmail")))]
    return dict(trace=trace, helo=o["host"], rdns=o.get("rdns", o["host"]), ip=o["ip"],
                t=t1 + dtm.timedelta(seconds=1), tls=False, spf=o.get("spf", "none"), dkim=[], mfrom=env_from)


def p_exchange(E, t, env_from, rcpt, from_dom, o):
    """Sender organisation's own Exchange (compromised account)."""
    r = E.rng
    a, b = o["exch"]
    ipa = "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
    ipb = "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
    build = o.get("build", "15.1.2507.%d" % r.randint(6, 39))
    trace = [("Received", "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
              " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
                  a, ipa, b, ipb, build, _h(t, o.get("region", "utc"), "std")))]
    if o.get("mapi"):
        trace.append(("Received", "from %s ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id %s;"
                      " %s" % (a, hx(r, 4), hx(r, 4), hx(r, 4), hx(r, 4), a, hx(r, 4), hx(r, 4), hx(r, 4),
                               hx(r, 4), r.randint(10, 20), build, _h(t - dtm.timedelta(seconds=1),
                                                                      o.get("region", "utc"), "std"))))
    dk = []
    if o.get("sign"):
        trace.insert(0, ("DKIM-Signature", dkim_header(E, from_dom, o["sign"], epoch(t),
                                                       "from:to:subject:date:message-id:content-type:mime-version",
                                                       "std")))
        dk = [("pass", from_dom, o["sign"])]
    return dict(trace=trace, helo=o["edge"], rdns=o["edge"], ip=o["ip"], t=t + dtm.timedelta(seconds=2),
                tls=True, spf=o.get("spf", "pass"), dkim=dk, mfrom=env_from)


PATHS = dict(direct=p_direct, gmail=p_gmail, outlookcom=p_outlookcom, yahoo=p_yahoo, esp=p_esp, vps=p_vps,
             webmail=p_webmail, cpanel=p_cpanel, qmail=p_qmail, exchange=p_exchange)


# ------------------------------------------------------------------ recipient side
def _spf_text(A, host):
    res = A["spf"]
    mf = A["mfrom"]
    dom = mf.split("@")[-1]
    if res == "pass":
        why = "%s: domain of %s designates %s as permitted sender" % (host, mf, A["ip"])
    elif res == "softfail":
        why = "%s: domain of transitional %s does not designate %s as permitted sender" % (host, mf, A["ip"])
    elif res == "fail":
        why = "%s: domain of %s does not designate %s as permitted sender" % (host, mf, A["ip"])
    else:
        why = "%s: %s does not designate permitted sender hosts" % (host, dom)
    return res, why, mf


def _dkim_items(E, A):
    items = []
    for res, d, s in A["dkim"]:
        items.append((res, d, s, b64(E.rng, 6)[:8]))
    return items


def _from_part(P):
    helo, rdns, ip = P["helo"], P.get("rdns"), P["ip"]
    return helo, (rdns or "unknown"), ip


def i_postfix(E, org, t, P, rcpt, env_from, A):
    r = E.rng
    reg = org["region"]
    mx = org["mx"]
    helo, rdns, ip = _from_part(P)
    qid = rs(r, r.choice([10, 11, 12]), UPNUM)
    tls = ""
    if P["tls"]:
        if E.d.year >= 2020:
            tls = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                   "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                   "\t(No client certificate requested)")
        else:
            tls = ("\n\t(using TLSv1.2 with cipher %s (256/256 bits))\n\t(No client certificate requested)" %
                   r.choice(TLS12))
    recv = "from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns, ip, tls, mx, "ESMTPS" if P["tls"] else "ESMTP", qid, rcpt, _h(t, reg, "postfix"))
    out = [("Return-Path", "<%s>" % env_from), ("X-Original-To", rcpt), ("Delivered-To", rcpt)]
    t2 = t + dtm.timedelta(seconds=r.randint(1, 4))
    if r.random() < 0.5:
        out.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n"
                    "\tfor <%s>; %s" % (mx, rs(r, 11, UPNUM), rcpt, _h(t2, reg, "postfix"))))
    # opendmarc / opendkim / policyd-spf
    out.append(("Authentication-Results", "%s; dmarc=%s (p=%s dis=none) header.from=%s" % (
        mx, A["dmarc"], A.get("policy") or "none", A["from_dom"])))
    items = _dkim_items(E, A)
    if items:
        for res, d, s, b in items:
            out.append(("Authentication-Results", "%s;\n\tdkim=%s (2048-bit key; unprotected) header.d=%s\n"
                        "\theader.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (mx, res, d, d, s, b)))
    else:
        out.append(("Authentication-Results", "%s; dkim=none; dkim-atps=neutral" % mx))
    res, why, mf = _spf_text(A, mx)
    spfword = {"pass": "Pass", "softfail": "Softfail", "fail": "Fail", "none": "None", "neutral": "Neutral"}[res]
    out.append(("Received-SPF", "%s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s;\n"
                " envelope-from=%s; receiver=<UNKNOWN>" % (spfword, ip, helo, mf)))
    out.append(("Received", recv))
    return out


def i_rspamd(E, org, t, P, rcpt, env_from, A):
    r = E.rng
    reg = org["region"]
    mx = org["mx"]
    helo, rdns, ip = _from_part(P)
    res, why, mf = _spf_text(A, mx)
    lines = []
    for dres, d, s, b in _dkim_items(E, A):
        lines.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (dres, d, s, b))
    if not lines:
        lines.append("dkim=none")
    dm = A["dmarc"]
    pol = A.get("policy") or "none"
    lines.append("dmarc=%s (policy=%s) header.from=%s" % (dm if dm != "none" else "none", pol, A["from_dom"])
                 if dm != "none" else "dmarc=none")
    lines.append("spf=%s (%s)\n\tsmtp.mailfrom=%s" % (res, why, mf))
    ar = "%s;\n\t%s" % (mx, ";\n\t".join(lines))
    t2 = t + dtm.timedelta(seconds=r.randint(0, 2))
    recv_mx = "from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns, ip, mx, "ESMTPS" if P["tls"] else "ESMTP", rs(r, 10, UPNUM), rcpt, _h(t, reg, "postfix"))
    lmtp = "from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
        mx, mx, b64(r, 18)[:22], env_from, rcpt, _h(t2, reg, "std"))
    return [("Return-Path", "<%s>" % env_from), ("Delivered-To", rcpt), ("Received", lmtp),
            ("Authentication-Results", ar), ("Received", recv_mx)]


def i_exim(E, org, t, P, rcpt, env_from, A):
    r = E.rng
    reg = org["region"]
    mx = org["mx"]
    helo, rdns, ip = _from_part(P)
    eid = exim_id(r)
    tl = " (TLS1.3) tls TLS_AES_256_GCM_SHA384" if (P["tls"] and E.d.year >= 2020) else (
        " (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" if P["tls"] else "")
    exv = "4.9%d" % (0 if E.d.year < 2018 else (2 if E.d.year < 2021 else 6))
    recv = "from %s ([%s]:%d helo=%s)\n\tby %s with %s%s\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;" \
           " %s" % (rdns if rdns != "unknown" else "[%s]" % ip, ip, r.randint(1025, 65000), helo, mx,
                    "esmtps" if P["tls"] else "esmtp", tl, exv, env_from, eid, rcpt, _h(t, reg, "std"))
    res, why, mf = _spf_text(A, mx)
    items = _dkim_items(E, A)
    dk = ";\n\t".join("dkim=%s header.d=%s header.s=%s header.b=%s" % (a, d, s, b) for a, d, s, b in items) \
        or "dkim=none"
    ar = "%s;\n\tiprev=%s (%s) smtp.remote-ip=%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s;" \
         "\n\tarc=none" % (mx, "pass" if rdns != "unknown" else "fail", rdns, ip, res, mf.split("@")[-1], dk,
                           A["dmarc"], A["from_dom"])
    d2 = local(t + dtm.timedelta(seconds=1), reg)
    return [("Return-Path", "<%s>" % env_from), ("Envelope-to", rcpt),
            ("Delivery-date", fmt_date(d2, "std")), ("Received", recv), ("Authentication-Results", ar)]


def i_exchange(E, org, t, P, rcpt, env_from, A):
    r = E.rng
    reg = org["region"]
    gw = org["mx"]
    exch = org["exch"]
    helo, rdns, ip = _from_part(P)
    gid = "%s-%s" % (rs(r, 8, UPNUM), rs(r, 4, UPNUM))
    recv_gw = "from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (
        helo, rdns, ip, gw, gid, rcpt, _h(t, reg, "pad"))
    t2 = t + dtm.timedelta(seconds=r.randint(1, 5))
    ipg = "10.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 255), r.randint(2, 250))
    ipe = "10.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 255), r.randint(2, 250))
    if E.d.year < 2019:
        build = r.choice(["15.0.1263.5", "15.0.1367.3", "15.1.845.34", "15.1.1261.35", "15.1.1531.3"])
    else:
        build = "15.%d.%d.%d" % (r.choice([1, 2]), r.choice([2375, 2507, 1118, 1258]), r.randint(5, 40))
    recv_ex = "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n" \
              " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s via Frontend Transport;\n %s" % (
                  gw, ipg, exch, ipe, build, _h(t2, reg, "std"))
    res, why, mf = _spf_text(A, gw)
    items = _dkim_items(E, A)
    dk = " ".join("dkim=%s header.d=%s header.s=%s;" % (a, d, s) for a, d, s, b in items) or "dkim=none;"
    ar = "%s; spf=%s smtp.mailfrom=%s;\n %s\n dmarc=%s header.from=%s" % (gw, res, mf, dk, A["dmarc"], A["from_dom"])
    return [("Received", recv_ex), ("Received", recv_gw), ("Authentication-Results", ar),
            ("X-MS-Exchange-Organization-AuthSource", exch), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def i_cloudgw(E, org, t, P, rcpt, env_from, A):
    r = E.rng
    reg = org["region"]
    gw = org["gw"]
    mx = org["mx"]
    helo, rdns, ip = _from_part(P)
    gwip = "198.51.100.%d" % r.randint(10, 250)
    recv_gw = "from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns, ip, gw, "ESMTPS" if P["tls"] else "ESMTP", rs(r, 12, UPNUM), rcpt, _h(t, "utc", "postfix"))
    t2 = t + dtm.timedelta(seconds=r.randint(2, 9))
    recv_in = "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        gw, gw, gwip, mx, rs(r, 8, LOWNUM), rcpt, _h(t2, reg, "std"))
    res, why, mf = _spf_text(A, gw)
    items = _dkim_items(E, A)
    parts = ["%s" % gw]
    parts.append("spf=%s smtp.mailfrom=%s smtp.remote-ip=%s" % (res, mf, ip))
    if items:
        for a, d, s, b in items:
            parts.append("dkim=%s (%s) header.d=%s header.s=%s header.b=%s" % (
                a, "signature verified" if a == "pass" else "signature did not verify", d, s, b))
    else:
        parts.append("dkim=none (message not signed)")
    parts.append("dmarc=%s action=%s header.from=%s" % (A["dmarc"], "none" if A["dmarc"] != "fail" else
                                                         r.choice(["none", "quarantine"]), A["from_dom"]))
    ar = ";\n\t".join(parts)
    return [("Received", recv_in), ("Authentication-Results", ar), ("Received", recv_gw)]


INFRA = dict(postfix=i_postfix, rspamd=i_rspamd, exim=i_exim, exchange=i_exchange, cloudgw=i_cloudgw)
