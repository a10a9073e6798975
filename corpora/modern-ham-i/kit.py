"""Shared helpers for the message modules: the message list, ESP platform headers, tracking links, HTML shells.
Deterministic: every value is derived from the message number (no clock, no hash seed)."""
import hashlib
import random
import os as _os, sys as _sys
_sys.path.append(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "modern-ham-as"))  # its kit, shared
from mk import leaf, T, A, MP, pdf, gif, png, hexs, alnum, uid, b64rand

MSGS = []

# mailbox owners (all invented)
HELEN = ("Helen Marsh", "h.marsh@northgate-uni.example")
OWEN = ("Owen Kettering", "owen.kettering@meridian-eng.example")
CLAIRE = ("Claire Finch", "claire@lindenfield.test")
SAM = ("Sam Finch", "sam@lindenfield.test")
KHOA = ("Nguyen Minh Khoa", "khoa.nm@anphat-soft.example")
OPS = ("AnPhat Ops", "ops-alerts@anphat-soft.example")
HA = ("Trần Thu Hà", "thuha.tran@songhong-mail.test")
LONG = ("Lê Văn Long", "levanlong88@songhong-mail.test")
WANG = ("王建平", "wang.jianping@huaxin-tech.example")
CHEN = ("陳怡君", "yijun.chen@huaxin-tech.example")
LIU = ("刘晓雯", "liu.xiaowen@huaxin-tech.example")
KIRIN = ("Mika Kirin", "mika@kirin-home.test")
JONAS = ("Jonas Kirin", "jonas@kirin-home.test")


def tok(seed, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    h = hashlib.sha256(str(seed).encode()).digest()
    r = random.Random(h)
    return "".join(r.choice(chars) for _ in range(n))


def trk(host, target, n=0):
    """tracking redirect URL on an invented click host"""
    return "https://%s/ls/click?upn=%s-2F%s&u=%s" % (host, tok(target + str(n), 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                                    tok(target, 18), tok(host + target, 8))


def plat(p, i, fdom, date, unsub=None, post=True, listid=None):
    """platform headers: returns dict with extra headers, relay, rp, mid, dkim2, espdom"""
    r = random.Random(9000 + i)
    ts = date.replace("-", "").replace(" ", "").replace(":", "")
    out = {"extra": []}
    ex = out["extra"]
    if p == "ses":
        region = r.choice(["eu-west-1", "us-east-1", "ap-southeast-1"])
        out["relay"] = "a%d-%d.smtp-out.%s.sesrelay.example" % (r.randint(8, 54), r.randint(1, 250), region)
        out["espdom"] = "sesrelay.example"
        out["rp"] = "0102%s-%s-000000@%s.bounce.%s" % (hexs(r, 12, False), uid(r, False), region, fdom)
        out["mid"] = "<0102%s-%s-000000@%s.sesrelay.example>" % (hexs(r, 12, False), uid(r, False), region)
        out["dkim2"] = ("sesrelay.example", alnum(r, 32, "abcdefghijklmnopqrstuvwxyz234567"))
        ex += ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, b64rand(r, 33)[:43]),
               "X-SES-Outgoing: %s.%s-%s" % (date[:4], date[5:10].replace("-", "."), "198.51.100.%d" % r.randint(2, 250))]
    elif p == "sendgrid":
        out["relay"] = "o%d.ptr%d.sgrelay.example" % (r.randint(1, 9), r.randint(1000, 9999))
        out["espdom"] = "sgrelay.example"
        out["rp"] = "bounces+%d-%s-%s=%s@em%d.%s" % (r.randint(10 ** 6, 10 ** 7), hexs(r, 4, False), "rcpt", "x", r.randint(1000, 9999), fdom)
        out["mid"] = "<%s@geopod-ismtpd-%d-%d>" % (alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), r.randint(1, 40), r.randint(0, 9))
        out["dkim2"] = ("sgrelay.example", "smtpapi")
        ex += ["X-SG-EID: \r\n =?us-ascii?Q?u001=2E%s?=" % alnum(r, 96),
               "X-Entity-ID: u001.%s" % b64rand(r, 18)]
    elif p == "mailchimp":
        cid = hexs(r, 10, False)
        out["relay"] = "mail%d.suw%d.mcsvrelay.example" % (r.randint(10, 250), r.randint(10, 99))
        out["espdom"] = "mcsvrelay.example"
        out["rp"] = "bounce-mc.us%d_%d.%d-%s=%s@mail%d.mcsvrelay.example" % (r.randint(1, 21), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 5, 10 ** 6), "user", fdom, r.randint(10, 250))
        out["mid"] = "<%s.%d@mail%d.suw%d.mcsvrelay.example>" % (hexs(r, 23, False), r.randint(10 ** 5, 10 ** 6), r.randint(10, 250), r.randint(10, 99))
        out["dkim2"] = ("mcsvrelay.example", "k%d" % r.randint(1, 3))
        uu = hexs(r, 25, False)
        ex += ["X-Mailer: MailChimp Mailer - **CID%s**" % cid, "X-Campaign: mailchimp%s.%s" % (uu, cid),
               "X-campaignid: mailchimp%s.%s" % (uu, cid),
               "X-Report-Abuse: Please report abuse for this campaign here:\r\n https://mcsvrelay.example/abuse/abuse.phtml?u=%s&id=%s&e=%s" % (uu, cid, hexs(r, 10, False)),
               "X-MC-User: %s" % uu, "Feedback-ID: %d:%d.%d:us%d:mc" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 5, 10 ** 6), r.randint(1, 21))]
        listid = listid or "%s.%s.list-id.mcsvrelay.example" % (uu, hexs(r, 10, False))
    elif p == "mailgun":
        out["relay"] = "m%d-%d.mgrelay.example" % (r.randint(10, 99), r.randint(1, 250))
        out["espdom"] = "mgrelay.example"
        out["rp"] = "bounce+%s.%s-%s=%s@mg.%s" % (hexs(r, 6, False), hexs(r, 6, False), "rcpt", "x", fdom)
        out["mid"] = "<%s.%s@mg.%s>" % (ts, hexs(r, 16, False), fdom)
        out["dkim2"] = ("mgrelay.example", "mx")
        ex += ["X-Mailgun-Sid: %s" % b64rand(r, 45), "X-Mailgun-Tag: %s" % r.choice(["alerts", "transactional", "notify"]),
               "X-Mailgun-Variables: {\"msg_ref\": \"%s\"}" % hexs(r, 12, False)]
    elif p == "postmark":
        out["relay"] = "sc-ord-mta%d.mtasv-relay.example" % r.randint(100, 130)
        out["espdom"] = "mtasv-relay.example"
        out["rp"] = "pm_bounces@pm-bounces.%s" % fdom
        out["mid"] = "<%s@mtasv-relay.example>" % uid(r, False)
        out["dkim2"] = ("pm.mtasv-relay.example", "pm")
        ex += ["X-PM-Message-Id: %s" % uid(r, False), "X-PM-RCPT: |bTB8MTIzNDV8%s|" % alnum(r, 20),
               "X-PM-Tag: %s" % r.choice(["password-reset", "security", "receipt"]), "X-PM-Message-Stream: outbound",
               "Feedback-ID: s%d-%s:s%d:a%d:postmark" % (r.randint(1000, 9999), b64rand(r, 9), r.randint(1000, 9999), r.randint(10 ** 5, 10 ** 6))]
    elif p == "sparkpost":
        out["relay"] = "mta-%d-%d.sparkrelay.example" % (r.randint(1, 9), r.randint(1, 250))
        out["espdom"] = "sparkrelay.example"
        out["rp"] = "msprvs1=%s=bounces-%d@spmta.%s" % (alnum(r, 18), r.randint(100, 999), fdom)
        out["mid"] = "<%s.%s@spmta.%s>" % (uid(r, False).split("-")[0], hexs(r, 8, False), fdom)
        out["dkim2"] = ("sparkrelay.example", "scph%02d%02d" % (r.randint(1, 12), r.randint(17, 25)))
        ex += ["X-MSFBL: %s" % b64rand(r, 60), "X-MSYS-API: {\"campaign_id\":\"%s\"}" % alnum(r, 14, "abcdefghijklmnopqrstuvwxyz_")]
    elif p == "sfmc":
        out["relay"] = "mta%d.s%d.exacttarget-relay.example" % (r.randint(1, 9), r.randint(4, 11))
        out["espdom"] = "exacttarget-relay.example"
        out["rp"] = "bounce-%d_HTML-%d-%d-%d-%d@bounce.e.%s" % (r.randint(10, 99), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7), r.randint(1, 99), fdom)
        out["mid"] = "<%s@atl1s07mta%d.xt.local>" % (uid(r, False), r.randint(1000, 9999))
        ex += ["x-job: %d_%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6)), "X-SFMC-Stack: %d" % r.randint(1, 11)]
    elif p == "brevo":
        out["relay"] = "smtp%d-%d.brevorelay.example" % (r.randint(1, 30), r.randint(1, 9))
        out["espdom"] = "brevorelay.example"
        out["rp"] = "bounces-%d-%s=%s@bounces.brevorelay.example" % (r.randint(10 ** 5, 10 ** 6), hexs(r, 8, False), "rcpt")
        out["mid"] = "<%s.%d@smtp-relay.mailin.brevorelay.example>" % (ts, r.randint(10 ** 7, 10 ** 8))
        out["dkim2"] = ("brevorelay.example", "mail")
        ex += ["X-Mailin-EID: %s" % b64rand(r, 30), "X-sib-id: %s" % b64rand(r, 48),
               "Feedback-ID: %d.%d:%d:Brevo" % (r.randint(10, 99), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 5, 10 ** 6))]
    elif p == "tencent":
        out["relay"] = "smtpbg%d.qq-exmail-relay.example" % r.randint(100, 160)
        out["espdom"] = "qq-exmail-relay.example"
        out["rp"] = "service@%s" % fdom
        out["mid"] = "<%s@%s>" % (hexs(r, 24, False).upper(), fdom)
        ex += ["X-QQ-mid: bizesmtp%dt%dtwu%d" % (r.randint(10, 99), r.randint(10 ** 9, 10 ** 10), r.randint(1, 9)),
               "X-QQ-SSF: 0%s0000000" % hexs(r, 7, False).upper(),
               "Feedback-ID: bizesmtp:%s:qybglogicsvrsz:qybglogicsvrsz3a-%d" % (fdom.split(".")[0], r.randint(0, 9))]
    elif p == "aliyun":
        out["relay"] = "out%d-%d.mail.dm-relay.example" % (r.randint(30, 199), r.randint(1, 250))
        out["espdom"] = "dm-relay.example"
        out["rp"] = "bounce-%s@notice.%s" % (hexs(r, 10, False), fdom)
        out["mid"] = "<%s.%s@notice.%s>" % (ts, hexs(r, 12, False), fdom)
        ex += ["X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07%d;CS=%s" % (r.randint(1000, 9999), alnum(r, 10)),
               "X-EnvId: %s" % uid(r, False)]
    elif p == "forge":
        out["relay"] = "out-%d.smtp.codeforge-mail.example" % r.randint(10, 40)
        out["espdom"] = "codeforge-mail.example"
        out["rp"] = "noreply@codeforge.example"
        out["mid"] = None
    else:  # in-house system: the brand's own MTA
        out["relay"] = "%s.%s" % (r.choice(["smtp", "mailout", "mx-out", "notify"]) + str(r.randint(1, 4)), fdom)
        out["rp"] = None
        out["mid"] = "<%s.%s@%s>" % (ts, alnum(r, 16, "abcdefghijklmnopqrstuvwxyz0123456789"), fdom)
    if unsub:
        u = "<%s>" % unsub if unsub.startswith("http") else unsub
        ex.append("List-Unsubscribe: %s,\r\n <mailto:unsubscribe-%s@%s>" % (u, alnum(r, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), out.get("espdom", fdom) if p not in ("own", "forge") else fdom))
        if post:
            ex.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if listid:
        ex.append("List-Id: <%s>" % listid)
    return out


def M(**k):
    i = len(MSGS) + 1
    k["seed"] = 4100 + i * 53
    p = plat(k.pop("esp", "own"), i, k["frm"][1].split("@")[1], k["date"], k.pop("unsub", None), k.pop("post", True), k.pop("listid", None))
    k.setdefault("relay", p.get("relay"))
    if p.get("espdom"):
        k.setdefault("espdom", p["espdom"])
    if p.get("rp"):
        k.setdefault("rp", p["rp"])
    if p.get("dkim2"):
        k.setdefault("dkim2", p["dkim2"])
    k.setdefault("mid", p.get("mid") or "<%s@%s>" % (tok(i, 20), k["frm"][1].split("@")[1]))
    k["extra"] = p["extra"] + k.get("extra", [])
    MSGS.append(k)


# ---------------------------------------------------------------- HTML helpers
def rows(pairs, style="padding:6px 10px;border-bottom:1px solid #e5e5e5"):
    return "".join('<tr><td style="%s;color:#666">%s</td><td style="%s"><b>%s</b></td></tr>\n' % (style, a, style, b) for a, b in pairs)


def btn(text, url, color="#1a73e8"):
    return ('<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="%s" style="border-radius:4px">'
            '<a href="%s" style="display:inline-block;padding:12px 26px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
            '</td></tr></table>\n' % (color, url, text))


def shell(title, inner, color="#1a73e8", pre="", lang="en", width=600, logo=None, bg="#f2f3f5", font="Arial,Helvetica,sans-serif"):
    """table-based responsive layout as ESP templates produce it"""
    head = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title>\n'
            '<style>@media only screen and (max-width:620px){.wrap{width:100%% !important}}</style></head>\n' % (lang, title))
    pre_html = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % pre) if pre else ""
    top = ('<tr><td bgcolor="%s" style="padding:18px 24px">%s</td></tr>\n'
           % (color, logo or '<span style="color:#fff;font-size:20px;font-weight:bold">%s</span>' % title))
    return (head + '<body style="margin:0;padding:0;background:%s">\n%s'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" bgcolor="%s"><tr><td align="center">\n'
            '<table class="wrap" role="presentation" width="%d" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:%s;font-size:15px;line-height:1.5;color:#222">\n'
            '%s<tr><td style="padding:24px">\n%s</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n'
            % (bg, pre_html, bg, width, font, top, inner))


def pixel(host, i):
    return '<img src="https://%s/o/%s.gif" width="1" height="1" alt="" style="display:block">' % (host, tok("px%d" % i, 26))
