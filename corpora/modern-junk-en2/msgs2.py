"""Messages n21-n40."""
from lib import text, binpart, multi, addr, pdf, png, gif1x1, rs, digits
from mail import mailbox


def m21(E):
    """Keto gummies, snowshoe .club domain, Laravel-style sender."""
    E.when(2019, 10, "us_p", (14, 23))
    rcpt = mailbox("oakhurst", "Danielle", "Brooks")
    dom = "slimtrend-daily.club"
    c = "https://trk.%s/aff_c?offer_id=%s&aff_id=%s&sub=%s" % (dom, E.num(4), E.num(5), E.b64u(8))
    html = """<html><head><style>
p{font-family:Georgia,serif;font-size:17px;line-height:25px;color:#222}
.hl{background:#fff59d}
</style></head><body>
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 20px">
<p style="font-size:12px;color:#888">HEALTH NEWS &bull; TRENDING IN YOUR AREA</p>
<p style="font-size:28px;line-height:34px"><b>&quot;Shark Tank&quot; Judges Stunned: Mom of 3 Melts 41 lbs
in 6 Weeks With This Gummy</b></p>
<a href="%(c)s"><img src="https://cdn.%(d)s/i/before-after-3.jpg" width="580" height="320" border="0"
alt="Before and after"></a>
<p>Doctors call it the &quot;fat-burning switch&quot;. A tiny gummy, taken once before breakfast, pushes your
body into <span class="hl">ketosis in as little as 72 hours</span> &mdash; without starving yourself or a single
trip to the gym.</p>
<p>Thousands of women over 40 are ditching their diets after seeing the results. Supplies are extremely limited
after the TV segment, and the manufacturer has just released a new batch with a <b>free bottle</b> for readers
of this report.</p>
<p style="text-align:center"><a href="%(c)s" style="font-size:22px;color:#c62828"><b>&rarr; Check if the free
bottle is still available in California</b></a></p>
<p style="font-size:11px;color:#999">*Results not typical. These statements have not been evaluated by the Food and
Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.<br>
You are receiving this because you subscribed to health tips from one of our partners. To stop receiving these
messages <a href="https://trk.%(d)s/unsub?e=%(u)s">unsubscribe here</a>.<br>
SlimTrend Media, 2810 N Church St #49022, Wilmington DE 19802</p>
</td></tr></table></td></tr></table>
<img src="https://trk.%(d)s/open/%(p)s.png" width="1" height="1" alt="">
</body></html>
""" % dict(c=c, d=dom, u=E.b64u(14), p=E.hex(16))
    root = text(html, "html", "utf-8", "base64", q=False)
    frm = "healthreport@" + dom
    return E.send(label="spam", client="swift", path="esp", frm=addr("Daily Health Report", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="oakhurst",
                  subject="Shark Tank judges stunned by this \"keto gummy\" (doctors hate it)", root=root,
                  env_from="bounces@" + dom,
                  extra=[("List-Unsubscribe", "<https://trk.%s/unsub?e=%s>" % (dom, E.b64u(14)))],
                  popt=dict(mta="smtp04.%s" % dom, ip="198.51.100.%d" % E.rng.randint(70, 90), dkim=[(dom, "mail")],
                            inner="smtp", app="node-7.%s" % dom, soft="Postfix", region="us_e",
                            dkstyle="std"))


def m22(E):
    """CBD / male enhancement gummies with obfuscated words, sent direct from a dirty IP."""
    E.when(2023, 6, "us_m", (0, 23))
    rcpt = "ross@brackenfield.test"
    dom = "vitamaxx-gummies.quest"
    link = "https://vitamaxx-gummies.quest/go/%s" % E.b64u(6)
    plain = """R-o-s-s, she will NOTICE the difference tonight...

Men over 45 are using a simple 2-ingredient CBD gummy to get
r0ck-h@rd, long-lasting perf0rmance -- no pills, no prescripti0n,
no awkward doctor visits.

* 100%% natural hemp extract + L-Arginine
* Works in 30 minutes, lasts up to 36 hours
* Shipped in plain, discreet packaging

>> TRY IT RISK-FREE: %s

Thousands of men already switched from the "little blue pill".
Today only: buy 2 get 3 FREE.


------
Not interested? reply STOP. VitaMaxx Wellness, PO Box 3071, Sheridan WY 82801
""" % link
    html = """<html><body style="font-family:Arial">
<p style="font-size:20px"><b>R-o-s-s, she will <u>NOTICE</u> the difference tonight...</b></p>
<p>Men over 45 are using a simple 2-ingredient CBD gummy to get r<span>0</span>ck-h<span>@</span>rd,
long-lasting perf<span>0</span>rmance &ndash; no pills, no prescripti<span>0</span>n.</p>
<ul><li>100%% natural hemp extract + L-Arginine</li><li>Works in 30 minutes, lasts up to 36 hours</li>
<li>Discreet packaging</li></ul>
<p><a href="%s" style="font-size:18px;color:#fff;background:#2e7d32;padding:10px 16px;text-decoration:none">
TRY IT RISK-FREE &raquo;</a></p>
<p style="font-size:10px;color:#777">Not interested? reply STOP. VitaMaxx Wellness, PO Box 3071, Sheridan WY
82801</p>
</body></html>
""" % link
    b = E.bnd("esp2")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "7bit", q=False),
                                 text(html, "html", "us-ascii", "quoted-printable", q=False)], b, q=True)
    frm = "dr.mike@" + dom
    return E.send(label="spam", client="bare", path="direct", frm=addr("Dr. Mike (VitaMaxx)", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="brackenfield", subject="Ross, she'll notice tonight... (discreet)",
                  root=root, mid="noat",
                  copt=dict(order=["Subject", "From", "To", "Message-ID", "Date", ("MIME-Version", "1.0"),
                                   "@MIME"]),
                  popt=dict(helo="vitamaxx-gummies.quest", rdns="static-%s.broadband-isp.br" % E.num(6),
                            ip="203.0.113.%d" % E.rng.randint(100, 130), spf="fail", tls=True),
                  auth=dict(dmarc="fail", policy="reject"))


def m23(E):
    """Solar panels lead generation through an ESP."""
    E.when(2018, 5, "us_p", (9, 17))
    rcpt = mailbox("kestrel", "Warren", "Hollis")
    dom = "sunbridge-energyhomes.com"
    esp = "mailvista-esp.net"
    cl = lambda: "https://click.%s/ls/click?upn=%s" % (esp, E.b64u(96))
    plain = """Hi Warren,

Utility rates in California went up again this year. What if your electric
bill could go down to $0 instead?

SunBridge Energy installs premium solar panels with:

  - $0 down, $0 installation cost
  - 30%% federal solar tax credit (while it lasts)
  - Locked-in monthly payment lower than your current bill
  - 25-year performance warranty

Homeowners in your zip code are saving an average of $1,740 a year.

See if your home qualifies (takes 60 seconds):
%s

Cheers,
Kyle Benson
Energy Advisor, SunBridge Energy Homes

--
SunBridge Energy Homes | 4410 Ocean View Blvd, Suite 200 | San Diego, CA 92107
Don't want these emails? Unsubscribe: %s
""" % (cl(), "https://%s/u/%s" % (esp, E.b64u(20)))
    html = """<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1">
<style type="text/css">
@media only screen and (max-width:480px){.col{width:100%%!important}}
.btn a{background:#f9a825;color:#1b1b1b;border-radius:3px;padding:14px 28px;font-weight:bold;text-decoration:none}
</style></head>
<body style="margin:0;padding:0;background:#f4f7f6">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" class="col" width="600" cellspacing="0" cellpadding="0" style="background:#fff">
<tr><td><a href="%(c1)s"><img src="https://cdn.%(dom)s/email/hero-roof-2018.jpg" width="600" alt="Go solar for $0
down" style="display:block;border:0"></a></td></tr>
<tr><td style="padding:24px 32px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#333">
<p>Hi Warren,</p>
<p>Utility rates in California went up again this year. What if your electric bill could go down to
<b>$0</b> instead?</p>
<ul><li>$0 down, $0 installation cost</li><li>30%% federal solar tax credit (while it lasts)</li>
<li>Locked-in monthly payment lower than your current bill</li><li>25-year performance warranty</li></ul>
<p>Homeowners in your zip code are saving an average of <b>$1,740 a year</b>.</p>
<p class="btn" style="text-align:center;padding:12px 0"><a href="%(c2)s">See If I Qualify</a></p>
<p>Cheers,<br>Kyle Benson<br>Energy Advisor, SunBridge Energy Homes</p>
</td></tr>
<tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:11px;color:#999;background:#fafafa">
SunBridge Energy Homes &middot; 4410 Ocean View Blvd, Suite 200 &middot; San Diego, CA 92107<br>
<a href="%(u)s" style="color:#999">Unsubscribe</a> | <a href="%(c3)s" style="color:#999">Update preferences</a>
</td></tr></table></td></tr></table>
<img src="https://%(esp)s/wf/open?upn=%(o)s" alt="" width="1" height="1" border="0"
style="height:1px!important;width:1px!important;border-width:0!important">
</body></html>
""" % dict(c1=cl(), c2=cl(), c3=cl(), dom=dom, u="https://%s/u/%s" % (esp, E.b64u(20)), esp=esp,
           o=E.b64u(150))
    b = E.bnd("hex")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "7bit", q=False),
                                 text(html, "html", "us-ascii", "quoted-printable", q=False)], b, q=False)
    frm = "kyle@" + dom
    return E.send(label="spam", client="esp", path="esp", frm=addr("Kyle at SunBridge Energy", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="kestrel", subject="Warren, is your roof costing you money?", root=root,
                  env_from="bounces+%s-%s-%s=%s@em%s.%s" % (E.num(7), E.hex(4), rcpt.split("@")[0],
                                                             rcpt.split("@")[1], E.num(4), dom),
                  mid="b64url", mid_dom="ismtpd0%03dp1mdw1.%s" % (E.rng.randint(1, 150), esp),
                  extra=[("X-SG-EID", E.b64u(60)), ("X-Entity-ID", E.b64u(16) + "=="),
                         ("List-Unsubscribe", "<mailto:unsubscribe@%s?subject=%s>" % (esp, E.hex(20)))],
                  popt=dict(mta="o%d.ptr%d.%s" % (E.rng.randint(1, 9), E.rng.randint(1000, 9999), esp),
                            ip="198.51.100.%d" % E.rng.randint(100, 120), inner="filterd",
                            dkim=[(dom, "s1"), (esp, "smtpapi")],
                            dkh="from:reply-to:subject:mime-version:content-type:to:cc", region="utc"))


def m24(E):
    """UK heat-pump grant lead-gen, iso-8859-1 quoted-printable, Mailgun-like ESP."""
    E.when(2025, 8, "uk", (10, 15))
    rcpt = mailbox("stourton", "Fiona", "McAllister")
    dom = "heatwise-upgrades.co.uk"
    link = "https://email.mg.%s/c/%s" % (dom, E.b64u(90))
    plain = """Dear Homeowner,

Are you still paying for an old gas or oil boiler?

Under the Government's Boiler Upgrade Scheme you could get \u00a37,500 OFF a new air
source heat pump - and most of our customers pay nothing upfront at all.

Why households across Wiltshire are switching this year:

  * \u00a37,500 government grant, we handle all the paperwork
  * Cut heating bills by up to 40%
  * MCS-certified installers, 10-year workmanship guarantee
  * Free home heat survey, no obligation

Check your eligibility in under 2 minutes:
""" + link + """

Funding is allocated on a first come, first served basis and the scheme
budget for this quarter is almost fully committed.

Kind regards,

The HeatWise Team
HeatWise Upgrades Ltd, Unit 7 Kennet Business Park, Swindon SN3 4RT
Registered in England & Wales No. 1%s

You are receiving this e-mail because your details were provided to us by a
third-party energy comparison partner. Reply UNSUBSCRIBE to be removed.
""" % E.num(7)
    root = text(plain, "plain", "iso-8859-1", "quoted-printable", q=True, case="U")
    frm = "grants@" + dom
    return E.send(label="spam", client="esp", path="esp", frm=addr("HeatWise Grants Team", frm), from_addr=frm,
                  to=addr("Fiona McAllister", rcpt), rcpt=rcpt, org="stourton",
                  subject="Fiona, \u00a37,500 off a heat pump - is your home eligible?", subj_cs="iso-8859-1",
                  subj_mode="Q", root=root, env_from="bounce+%s.%s-%s=%s@mg.%s" % (
                      E.hex(6), E.hex(6), rcpt.split("@")[0], rcpt.split("@")[1], dom),
                  mid="<%s.%s@mg.%s>" % (E.num(14), E.hex(16), dom),
                  extra=[("X-Mailgun-Sid", E.b64u(48)), ("X-Mailgun-Tag", "bus-q3-wilts"),
                         ("List-Unsubscribe", "<mailto:u+%s@mg.%s>" % (E.b64u(30), dom))],
                  copt=dict(order=["From", "To", "Subject", "Date", "Message-ID", ("Mime-Version", "1.0"), "@MIME",
                                   "@EXTRA", "Reply-To"]),
                  popt=dict(mta="m%d-%d.mailgun-relay.net" % (E.rng.randint(100, 240), E.rng.randint(1, 99)),
                            ip="203.0.113.%d" % E.rng.randint(180, 200), inner="http", dkim=[("mg." + dom, "krs")],
                            dkstyle="esp", dkh="Content-Transfer-Encoding: Content-Type: Mime-Version: Subject:\n\t"
                                               "Subject: From: From: To: To: Sender: Sender: Message-Id: Date",
                            region="utc"))


def m25(E):
    """Extended car warranty, 2017, snowshoe VPS, text + html, PHPMailer 5."""
    E.when(2017, 6, "us_c", (8, 20))
    rcpt = "teresaalvarado@records.lanford-county.example"
    dom = "autoshield-notify.info"
    link = "http://autoshield-notify.info/r.php?id=%s&t=%s" % (E.num(6), E.hex(10))
    plain = """VEHICLE SERVICE NOTICE

Our records show that the factory warranty on your vehicle has expired or is
about to expire. This is your final courtesy notice before your file is closed.

Without extended coverage YOU are responsible for the full cost of repairs. The
average transmission repair now costs over $3,400.

AutoShield plans include:
 - Engine & transmission coverage
 - 24/7 roadside assistance and towing
 - Rental car reimbursement
 - Pay nothing at the repair shop

Activate your protection today: %s
Or call toll free 1-866-555-0%s and mention code AS-71.

Please disregard this notice if you have already extended your coverage.

AutoShield Direct
To be removed from our list click here: http://autoshield-notify.info/rm.php
""" % (link, E.num(3))
    html = ("<html><body><div style=\"font-family:Courier New,monospace;font-size:14px;border:3px double #000;"
            "padding:18px;width:560px\">\n<p align=\"center\"><b>VEHICLE SERVICE NOTICE</b><br>FINAL COURTESY "
            "NOTICE</p>\n<p>Our records show that the factory warranty on your vehicle has expired or is about to "
            "expire. This is your final courtesy notice before your file is closed.</p>\n<p>Without extended "
            "coverage <b>YOU</b> are responsible for the full cost of repairs. The average transmission repair now "
            "costs over <b>$3,400</b>.</p>\n<p><a href=\"%s\">ACTIVATE MY PROTECTION</a></p>\n<p style=\"font-size:"
            "10px\">To be removed from our list <a href=\"http://autoshield-notify.info/rm.php\">click here</a>."
            "</p>\n</div></body></html>\n" % link)
    b = E.bnd("php5")
    root = multi("alternative", [text(plain, "plain", "iso-8859-1", "8bit", q=False),
                                 text(html, "html", "iso-8859-1", "8bit", q=False)], b, q=True)
    frm = "notice@" + dom
    return E.send(label="spam", client="php5", path="vps", frm=addr("Vehicle Services Dept.", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="lanford", subject="FINAL NOTICE: Vehicle Warranty Expiration", root=root,
                  copt=dict(ver="5.2.16"),
                  popt=dict(ip="192.0.2.%d" % E.rng.randint(60, 70), how="local", uid=48, sign=False, spf="pass",
                            tls=False, host="vps%s.%s" % (E.num(3), dom)))


def m26(E):
    """Car warranty, 2024, short plain text, compromised mailbox with Reply-To."""
    E.when(2024, 3, "us_e", (6, 9))
    rcpt = mailbox("harlow", "Keith", "Duarte")
    frm = "office@kimberlin-chiro.com"
    plain = """Keith,

We've tried to reach you about the vehicle service contract on file for your car. Your
coverage lapses at the end of this month. Reply YES and an agent will call today with
your renewal options. Rates start at $79/month.

Claims Department
National Vehicle Protection Center
"""
    root = text(plain, "plain", "us-ascii", "7bit", q=False)
    return E.send(label="spam", client="horde", path="webmail", frm=addr("Vehicle Protection Center", frm),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="harlow",
                  subject="Final attempt: vehicle service contract #VSC-%s" % E.num(6), root=root,
                  reply_to="claims.vpc@protonmail-desk.net",
                  mid="<%04d%02d%02d%02d%02d%02d.Horde.%s@webmail.kimberlin-chiro.com>" % (
                      E.d.year, E.d.month, E.d.day, E.d.hour, E.d.minute, E.d.second, E.tok(22)),
                  popt=dict(host="host204.sparrowhost-web.com", client_ip="127.0.0.1", ip="203.0.113.204",
                            webmail="webmail.kimberlin-chiro.com", sel="default", region="us_c", exim="4.96.2",
                            xoip=None))


def m27(E):
    """Medical alert device, MailWizz-style ESP on a .us domain."""
    E.when(2020, 6, "us_m", (10, 18))
    rcpt = "npettigrew@westvale-library.example"
    dom = "lifeguard-alerts.us"
    cu = E.hex(13)
    su = E.hex(13)
    c = "https://m.%s/campaigns/%s/track-url/%s/%s" % (dom, cu, su, E.hex(40))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>h1{font-family:Verdana;color:#b71c1c}td{font-family:Verdana,Geneva,sans-serif;font-size:15px;color:#333}</style>
</head><body bgcolor="#ffffff">
<table width="600" align="center" cellpadding="14">
<tr><td><h1>Falls are the #1 cause of injury for seniors.</h1>
<p>One push of a button connects your loved one to a trained U.S.-based operator in seconds &mdash; at home,
in the garden, or in the shower. No landline needed.</p>
<p><img src="https://m.%(d)s/frontend/assets/files/customer/%(cu)s/pendant-600.jpg" width="560" alt="LifeGuard
pendant with fall detection"></p>
<ul><li>Automatic fall detection</li><li>GPS location &amp; 5-year battery</li><li>Waterproof pendant or
wristband</li><li>No long-term contract</li></ul>
<p><b>Summer offer:</b> FREE lockbox + FREE shipping + first month FREE when you order by Friday.</p>
<p align="center"><a href="%(c)s" style="background:#b71c1c;color:#fff;padding:13px 30px;text-decoration:none;
font-size:17px">Get Protected Today</a></p>
<p style="font-size:11px;color:#888">LifeGuard Alerts &bull; 300 E Main St Ste 12, Boise ID 83702<br>
You received this e-mail because you requested information about senior safety products.
<a href="https://m.%(d)s/lists/%(l)s/unsubscribe/%(su)s">Unsubscribe</a></p>
</td></tr></table>
<img src="https://m.%(d)s/campaigns/%(cu)s/track-opening/%(su)s" width="1" height="1" alt="">
</body></html>
""" % dict(d=dom, cu=cu, su=su, c=c, l=E.hex(13))
    plain = """Falls are the #1 cause of injury for seniors.

One push of a button connects your loved one to a trained U.S.-based operator in seconds.
Automatic fall detection, GPS, waterproof pendant, no long-term contract.

Summer offer: FREE lockbox + FREE shipping + first month FREE when you order by Friday.
Get protected today: %s

LifeGuard Alerts, 300 E Main St Ste 12, Boise ID 83702
Unsubscribe: https://m.%s/lists/%s/unsubscribe/%s
""" % (c, dom, E.hex(13), su)
    b = E.bnd("hex")
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable", q=False),
                                 text(html, "html", "utf-8", "quoted-printable", q=False)], b, q=True)
    frm = "care@" + dom
    return E.send(label="spam", client="swift", path="vps", frm=addr("LifeGuard Alerts", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="westvale",
                  subject="Mom fell and couldn't reach the phone. Don't let it happen.", root=root,
                  env_from="bounces@" + dom,
                  extra=[("X-Mw-Campaign-Uid", cu), ("X-Mw-Customer-Uid", E.hex(13)), ("X-Mw-Subscriber-Uid", su),
                         ("List-Unsubscribe", "<https://m.%s/lists/%s/unsubscribe/%s>" % (dom, E.hex(13), su)),
                         ("List-Id", "%s <Senior Safety Tips>" % E.hex(13)), ("Precedence", "bulk"),
                         ("Feedback-ID", "%s:%s:campaign:MailWizz" % (cu, su))],
                  popt=dict(ip="198.51.100.%d" % E.rng.randint(150, 160), host="m." + dom, how="loopback",
                            sel="mailwizz", region="us_m"))


def m28(E):
    """Hearing aids, multipart/related with inline GIF banner, ESP with double DKIM."""
    E.when(2022, 4, "uk", (8, 13))
    rcpt = mailbox("tillbrook", "Alan", "Brierley")
    dom = "hearclear-direct.co.uk"
    esp = "sendhaven-mail.net"
    cid = "banner_%s" % E.hex(10)
    link = "https://links.%s/ls/click?upn=%s" % (esp, E.b64u(80))
    html = """<html><head><style>
.wrap{width:600px;margin:auto;font-family:Arial,Helvetica,sans-serif;color:#1d2b3a}
.price{font-size:34px;color:#00796b;font-weight:bold}
.cta{background:#00796b;color:#fff;padding:14px 28px;text-decoration:none;border-radius:30px;font-weight:bold}
</style></head><body style="background:#eef3f5">
<div class="wrap">
<img src="cid:%(cid)s" width="600" height="12" alt="">
<h2>Invisible hearing aids &ndash; now from &pound;495 a pair</h2>
<p>Struggling to follow conversations in the pub, or turning the telly up louder every month?
You're not alone: 1 in 5 adults in the UK lives with some hearing loss.</p>
<p>Our new rechargeable in-canal devices sit completely out of sight, connect to your phone by
Bluetooth and filter out background noise automatically.</p>
<p class="price">&pound;495 <span style="font-size:14px;color:#555">per pair, was &pound;1,990</span></p>
<p>&#10004; 45-day home trial &nbsp; &#10004; Free hearing check &nbsp; &#10004; 0%% finance available</p>
<p style="text-align:center;margin:26px 0"><a class="cta" href="%(link)s">Book my free hearing check</a></p>
<p style="font-size:10px;color:#7a8a99">HearClear Direct Ltd, 14 Mill Lane, Leeds LS2 7DA. You are receiving this
because you entered a prize draw on a partner website.
<a href="https://links.%(esp)s/asm/unsubscribe/?user_id=%(u)s">Unsubscribe</a></p>
</div>
<img src="https://links.%(esp)s/wf/open?upn=%(o)s" width="1" height="1" alt="">
</body></html>
""" % dict(cid=cid, link=link, esp=esp, u=E.num(8), o=E.b64u(70))
    b = E.bnd("esp")
    root = multi("related", [text(html, "html", "utf-8", "quoted-printable", q=True),
                             binpart(gif1x1(0, 121, 107), "image/gif", "bar.gif", disp="inline", cid=cid)],
                 b, q=True, extra='; type="text/html"')
    frm = "offers@" + dom
    return E.send(label="spam", client="esp", path="esp", frm=addr("HearClear Direct", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="tillbrook",
                  subject="Alan, can you hear the difference? Invisible aids from \u00a3495", root=root,
                  subj_mode="Q", env_from="bounces+%s-%s@em.%s" % (E.num(6), E.hex(4), dom), mid="b64url",
                  mid_dom="geopod-ismtpd-%d" % E.rng.randint(1, 40),
                  extra=[("List-Unsubscribe", "<https://links.%s/asm/unsubscribe/?user_id=%s>, <mailto:unsub@%s>"
                          % (esp, E.num(8), esp)),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
                  popt=dict(mta="o%d.%s" % (E.rng.randint(10, 99), esp), ip="198.51.100.%d" % E.rng.randint(20, 40),
                            inner="filterd", dkim=[(dom, "s1"), (esp, "smtpapi")], region="utc"))


def m29(E):
    """Guest-post / backlink outreach from gmail."""
    E.when(2019, 4, "pk", (10, 18))
    rcpt = "marketing@quillon-software.test"
    frm = "sarah.writes.content@gmail.com"
    plain = """Hi there,

I hope you are doing well. My name is Sarah and I'm a freelance content writer.

I came across quillon-software.test and really liked the quality of your blog
posts. I would love to contribute a high quality, 100% unique article to your
website on a topic relevant to your audience, for example:

- 7 Ways Small Businesses Can Automate Their Workflow in 2019
- Why Cloud Software Is the Future of Remote Teams
- How to Choose the Right Project Management Tool

In return I would only ask for one do-follow link to my client's website inside
the article.

I can also pay a small fee for publishing. Please let me know your price for a
guest post, and if you accept link insertions in existing articles.

Waiting for your kind reply.

Best regards,
Sarah Mitchell
Content Writer
"""
    html = "<div dir=\"ltr\">" + "".join(
        "<div>%s</div>" % (ln if ln else "<br>") for ln in plain.replace("&", "&amp;").split("\n")[:-1]) + "</div>\n"
    b = E.bnd("gmail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", None, q=True),
                                 text(html, "html", "UTF-8", "quoted-printable", q=True)], b)
    return E.send(label="spam", client="gmail", path="gmail", frm=addr("Sarah Mitchell", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="quillon", subject="Guest post for your website", root=root,
                  popt=dict(ip="192.0.2.%d" % E.rng.randint(10, 30)))


def m30(E):
    """Sponsored post / link insertion from a cold-email tool on Google Workspace, with tracking pixel."""
    E.when(2024, 9, "eet", (9, 15))
    rcpt = "webmaster@tamsinarchitects.test"
    dom = "linkforge-outreach.com"
    frm = "james@" + dom
    trackdom = "inst.%s" % dom
    plain = """Hey,

Quick one - I'm working with a few SaaS and home-improvement brands that want to be featured on
design and architecture blogs like tamsinarchitects.test.

Would you be open to either:
1) a sponsored guest article (we write it, you approve it), or
2) adding one relevant link into an existing post?

Budget is $120-$180 per placement, paid by PayPal or Wise within 24h of going live.
Links need to be do-follow and stay live for at least 12 months.

If that works, just reply with your rates and I'll send topics over.

Cheers,
James Corrigan
Partnerships, LinkForge

P.S. if you're not the right person, who should I talk to?
"""
    html = ("<div dir=\"ltr\">" + "<br>".join(plain.replace("&", "&amp;").split("\n")) +
            "<img src=\"https://%s/api/open/%s\" alt=\"\" width=\"1\" height=\"1\" style=\"display:none\"></div>\n"
            % (trackdom, E.b64u(24)))
    b = E.bnd("gmail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable", q=True),
                                 text(html, "html", "UTF-8", "quoted-printable", q=True)], b)
    return E.send(label="spam", client="gmail", path="gmail", frm=addr("James Corrigan", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="tamsin", subject="Sponsored post on tamsinarchitects.test?", root=root,
                  popt=dict(ip="203.0.113.%d" % E.rng.randint(60, 80), gdom=dom))


def m31(E):
    """SEO audit cold pitch from hotmail."""
    E.when(2018, 9, "ist", (11, 20))
    rcpt = "info@hollinsdental.test"
    frm = "rohit.seo.growth@hotmail.com"
    plain = """Hello Hollinsdental.test Team,

I was checking your website and noticed that it is not ranking on the first page
of Google for important keywords like "dentist near me" and "teeth whitening".

I also found some errors which are stopping your website from getting traffic:

1. Website is not mobile friendly on few pages
2. Slow loading speed (6.8 sec)
3. Missing meta title and meta description on many pages
4. Very few quality backlinks
5. Not listed properly on Google My Business

We are a team of 45 SEO experts and we have helped more than 250 clients to get
TOP 10 rankings on Google, Yahoo and Bing.

If you are interested, I can send you a FREE website audit report and a quote.
Our prices are very affordable.

Please reply with your phone number and best time to call.

Thanks & Regards,
Rohit Sharma
Sr. SEO Consultant

PS: If you are not interested then please reply with "Not Interested" and I will
not contact you again.
"""
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n<div style=\"font-family: Calibri, Helvetica, sans-serif; font-size: 12pt;"
            " color: rgb(0, 0, 0);\">\n" + "<br>\n".join(plain.split("\n")) + "</div>\n</body>\n</html>\n")
    b = E.bnd("exch")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "quoted-printable", q=True),
                                 text(html, "html", "us-ascii", "quoted-printable", q=True)], b, q=True)
    return E.send(label="spam", client="outlookcom", path="outlookcom", frm=addr("Rohit Sharma", frm),
                  from_addr=frm, to=addr(None, rcpt), rcpt=rcpt, org="hollins",
                  subject="Re: Website Ranking Issue", root=root, popt=dict(ip="198.51.100.%d" % E.rng.randint(1, 9)))


def m32(E):
    """Web redesign follow-up with the previous pitch quoted, Thunderbird from its own domain."""
    E.when(2025, 1, "ist", (9, 19))
    rcpt = "klara@aldermoor-foods.test"
    dom = "pixelcraft-studios.in"
    frm = "ananya@" + dom
    plain = """Hi Klara,

Just following up on my previous email, in case it got buried in your inbox.

Would it be okay if I send you a couple of homepage mock-ups for
aldermoor-foods.test? No cost, no obligation - if you like them we can talk,
if not, you keep the ideas.

Best,
Ananya

On %s, Ananya Iyer wrote:
> Hi Klara,
>
> I came across your website and I really like the products you offer.
> However, I noticed the design looks a bit dated and is not fully
> responsive on mobile, which may be costing you orders and trust.
>
> We are a web design & development studio working with clients in the
> UK, Germany and the US. We can redesign your website with:
>
> - A modern, clean look that matches your brand
> - Mobile-first layout and faster page speed
> - Easy-to-edit CMS (WordPress / Shopify / Webflow)
> - Basic on-page SEO included
>
> Packages start at just USD 499. Can I share some of our recent work?
>
> Regards,
> Ananya Iyer
> Business Development Manager
> PixelCraft Studios
""" % "Mon, 6 Jan 2025 at 10:42 AM"
    root = text(plain, "plain", "utf-8", "7bit", q=False, case="U", extra_ct="; format=flowed")
    return E.send(label="spam", client="tb", path="vps", frm=addr("Ananya Iyer", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="aldermoor", subject="Re: Website redesign for aldermoor-foods.test",
                  root=root, mid="uuid",
                  extra=[("In-Reply-To", "<%s@%s>" % (E.uuid(), dom)),
                         ("References", "<%s@%s>" % (E.uuid(), dom))],
                  copt=dict(ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.5.2"),
                  popt=dict(ip="192.0.2.%d" % E.rng.randint(120, 140), how="submit",
                            client_ip="203.0.113.%d" % E.rng.randint(1, 40), client_helo="[192.168.1.7]",
                            host="mail.%s" % dom, sel="default", region="ist", dk_below=True))


def m33(E):
    """App development outsourcing pitch, Outlook desktop through a hosting Postfix."""
    E.when(2021, 11, "ist", (10, 17))
    rcpt = mailbox("emberly", "Paul", "Strand")
    dom = "techvistaa-solutions.in"
    frm = "bd@" + dom
    plain = """Hi Paul,

Hope you are doing great!

We are a leading IT company from India with 12+ years of experience and a team of
180+ developers. We help businesses like Emberly Finance build secure, scalable
mobile and web applications at a fraction of the local cost.

Our services:
  - iOS and Android app development (Swift, Kotlin, Flutter, React Native)
  - FinTech apps, payment gateway & KYC integration
  - Web portals (Laravel, Node.js, .NET, Angular)
  - Dedicated developers starting at $15/hour
  - UI/UX design, QA and 24x7 support

We have delivered 900+ projects for clients in USA, UK, Australia and UAE. NDA signed
before any discussion.

Can we schedule a 15 min call this week to understand your requirements?

Warm Regards,
Vikram Rathore
Business Development Manager
TechVistaa Solutions Pvt. Ltd.
Skype: live:vikram.techvistaa | WhatsApp: +91 98%s %s
"""
    plain = plain % (E.num(3), E.num(5))
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=us-ascii\"></head>"
            "<body lang=EN-IN link=\"#0563C1\"><div class=WordSection1>\n" +
            "\n".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (ln.replace("&", "&amp;") or "&nbsp;")
                      for ln in plain.split("\n")) + "\n</div></body></html>\n")
    b = E.bnd("nextpart")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "7bit", q=True),
                                 text(html, "html", "us-ascii", "quoted-printable", q=True)], b, q=True,
                 preamble="This is a multipart message in MIME format.")
    return E.send(label="spam", client="outlook", path="webmail", frm=addr("Vikram Rathore", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="emberly", subject="Mobile App Development - Dedicated Team @ $15/hr",
                  root=root, copt=dict(lang="en-in"),
                  popt=dict(host="mail.%s" % dom, mta="postfix", client_ip="198.51.100.%d" % E.rng.randint(200, 220),
                            client_helo="VIKRAMPC", ip="203.0.113.%d" % E.rng.randint(220, 240), sel="mail",
                            region="ist"))


def m34(E):
    """Trade-show attendee list seller, 2017, Exchange, follow-up chain."""
    E.when(2017, 11, "us_c", (7, 11))
    rcpt = "mirac@kestrelhealth.test"
    dom = "medleadsdata.com"
    frm = "brenda.cole@" + dom
    plain = """Hi,

Just checking if you had a chance to go through my previous email.

Please let me know your interest so that I can send you the counts and pricing.

Regards,
Brenda

From: Brenda Cole
Sent: Tuesday, October 31, 2017 9:12 AM
To: mirac@kestrelhealth.test
Subject: MEDICA 2017 - Attendees List

Hi,

Would you be interested in acquiring the Attendees list of MEDICA 2017 -
World Forum for Medicine, Dusseldorf?

Attendees count: 123,500
Information fields: Contact Name, Title, Company Name, Email, Phone Number,
Address, Website etc.

Let me know your interest and I shall get back to you with pricing and
other details.

Looking forward to hearing from you.

Regards,
Brenda Cole | Event Data Specialist

If you do not wish to receive further emails, please reply back with "Leave Out"
"""
    root = text(plain, "plain", "us-ascii", "quoted-printable", q=True)
    return E.send(label="spam", client="exch", path="exchange", frm=addr("Brenda Cole", frm), from_addr=frm,
                  to=addr(None, rcpt), rcpt=rcpt, org="kestrel", subject="RE: MEDICA 2017 - Attendees List",
                  root=root, copt=dict(topic="MEDICA 2017 - Attendees List"),
                  popt=dict(exch=("MLD-EX01.medleadsdata.local", "MLD-EX02.medleadsdata.local"),
                            edge="mail.%s" % dom, ip="192.0.2.%d" % E.rng.randint(140, 150), region="us_c",
                            spf="pass", build="15.0.1347.2"))


def m35(E):
    """CES attendee list from gmail with Reply-To a different domain."""
    E.when(2023, 1, "us_p", (4, 8))
    rcpt = "jordan@quillon-software.test"
    frm = "emily.tradeshowdata@gmail.com"
    plain = """Hi Jordan,

Hope you're doing well!

I'm reaching out to check if you would be interested in the Attendee List of
Consumer Electronics Show - CES 2023, Las Vegas.

Total Attendees: 115,841 verified contacts
List includes: Company Name, Contact Name, Job Title, Business Email, Phone Number,
Website, Industry, Address and Social profile URL.

We also have lists for Mobile World Congress 2023, NAB Show and RSA Conference.

Each contact is verified within the last 45 days and comes with a 95% deliverability
guarantee. Shall I send the counts and pricing for your review?

Thanks,
Emily Harper
Business Development Executive

Note: If you don't want to hear from me again, just reply "Not interested".
"""
    html = "<div dir=\"ltr\">" + "<br>".join(plain.split("\n")) + "</div>\n"
    b = E.bnd("gmail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", "7bit", q=True),
                                 text(html, "html", "UTF-8", "7bit", q=True)], b)
    return E.send(label="spam", client="gmail", path="gmail", frm=addr("Emily Harper", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="quillon", subject="CES 2023 Attendees List", root=root,
                  reply_to="emily@eventleads-hub.net", popt=dict(ip="198.51.100.%d" % E.rng.randint(50, 60),
                                                                 reply=True))


def m36(E):
    """Healthcare decision-makers email list, HTML only, PHPMailer on a VPS."""
    E.when(2020, 3, "us_e", (9, 14))
    rcpt = "reception@bellmead-clinic.test"
    dom = "pinnacle-b2bdata.biz"
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p>Hello,</p>
<p>Are you looking to reach <b>healthcare decision makers</b> for your upcoming campaigns?</p>
<p>We provide 100%% opt-in and permission-passed <b>Healthcare Email Lists</b> with complete contact details:</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px" border="1" bordercolor="#c7d4e2">
<tr style="background:#dfe9f5"><th>Segment</th><th>Contacts</th></tr>
<tr><td>Hospital CEOs / Administrators</td><td>48,200</td></tr>
<tr><td>Physicians (all specialties)</td><td>1,120,000</td></tr>
<tr><td>Dentists &amp; Dental Practice Owners</td><td>192,450</td></tr>
<tr><td>Nurse Practitioners</td><td>285,900</td></tr>
<tr><td>Pharmacists</td><td>141,300</td></tr>
</table>
<p>Data fields: Name, Title, Organisation, Email, Direct Dial, Address, Specialty, NPI Number, Bed Size.</p>
<p>Kindly let me know your target audience and geography and I will send you <b>free sample records</b> and
a quote.</p>
<p>Regards,<br>Nathan Pierce<br>Data Consultant | Pinnacle B2B Data</p>
<p style="font-size:11px;color:#888">To opt-out please reply with REMOVE in the subject line.</p>
</body></html>
"""
    root = text(html, "html", "iso-8859-1", "quoted-printable", q=False)
    frm = "nathan.p@" + dom
    return E.send(label="spam", client="php6", path="vps", frm=addr("Nathan Pierce", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="bellmead", subject="Healthcare Decision Makers List - 2020", root=root,
                  reply_to="nathan@pinnacle-b2bdata.info", copt=dict(ver="6.1.4"),
                  popt=dict(ip="203.0.113.%d" % E.rng.randint(150, 165), how="local", uid=33, sel="key1",
                            dkstyle="simple", region="us_e"))


def m37(E):
    """Verified contact / government-contractor list seller, 2026, short plain text, Apple Mail."""
    E.when(2026, 1, "us_e", (7, 10))
    rcpt = "procurement@stourton.gov.example"
    dom = "verodata-leads.co"
    frm = "liam@" + dom
    plain = """Hi there,

Would your team be interested in a verified list of public-sector suppliers and
government contractors (UK & EU)?

- 62,400 decision makers: procurement, facilities, IT and finance leads
- Every email re-verified in the last 30 days, 98% deliverability guaranteed
- GDPR-compliant, delivered in Excel/CSV with free CRM import

Happy to share 25 sample records for free so you can check the quality.

Thanks,
Liam Ortiz
Verodata Leads

Not the right person? Reply "no" and I'll close your file.
"""
    root = text(plain, "plain", "us-ascii", "7bit", q=True, first_cte=True)
    return E.send(label="spam", client="apple", path="vps", frm=addr("Liam Ortiz", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="stourton", subject="Public sector supplier contacts - free sample?",
                  root=root, copt=dict(v="3826.400.131.1.6"),
                  popt=dict(ip="198.51.100.%d" % E.rng.randint(240, 250), how="submit",
                            client_ip="192.0.2.%d" % E.rng.randint(2, 9), client_helo="smtpclient.apple",
                            host="smtp.%s" % dom, sel="s1", region="us_e", dkstyle="simple"))


def m38(E):
    """Predatory conference invitation, hacked shared host, HTML only."""
    E.when(2018, 3, "ae", (9, 15))
    rcpt = mailbox("harlow", "Angela", "Ruiz")
    dom = "icwees-conference.org"
    link = "http://www.%s/registration.php?ref=%s" % (dom, E.num(5))
    html = """<html><body style="font-family:'Times New Roman',serif;font-size:15px">
<div style="text-align:center;background:#0d47a1;color:#fff;padding:10px">
<b>6<sup>th</sup> International Conference on Water, Energy &amp; Environmental Sustainability (ICWEES-2018)</b><br>
September 17-19, 2018 &nbsp;|&nbsp; Dubai, UAE</div>
<p>Dear Dr. Angela Ruiz,</p>
<p>Greetings from ICWEES-2018!</p>
<p>Based on your eminent contribution to the field of water resources, it is our great pleasure to invite you as a
<b>Keynote Speaker / Session Chair</b> at the 6th International Conference on Water, Energy &amp; Environmental
Sustainability, to be held at Dubai, UAE during September 17-19, 2018.</p>
<p>All accepted abstracts will be published in the conference proceedings with ISBN and the full papers will be
considered for publication in the <i>International Journal of Environmental Science &amp; Sustainable Research</i>
(Impact Factor 3.72*).</p>
<p>Kindly submit your abstract/biography before <b>April 30, 2018</b> through the link below:<br>
<a href="%(l)s">%(l)s</a></p>
<p>Early-bird registration: USD 549 (speaker) / USD 349 (poster). Accommodation assistance and visa invitation
letter will be provided upon payment.</p>
<p>Kindly confirm your participation at your earliest convenience.</p>
<p>With Warm Regards,<br>Dr. Helen Maxwell<br>Organizing Secretary, ICWEES-2018<br>Whatsapp: +971 50 55%(w)s</p>
<p style="font-size:11px;color:#777">If you wish to unsubscribe, please reply with the subject &quot;Remove
me&quot;.</p>
</body></html>
""" % dict(l=link, w=E.num(5))
    root = text(html, "html", "utf-8", "8bit", q=False)
    frm = "invitation@" + dom
    return E.send(label="spam", client="php5", path="cpanel", frm=addr("ICWEES-2018 Organizing Committee", frm),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="harlow",
                  subject="Invitation: Keynote Speaker at ICWEES-2018, Dubai (Sept 17-19)", root=root,
                  env_from="icwees@ns1.vps-clouddubai.net", copt=dict(ver="5.2.23"),
                  popt=dict(host="ns1.vps-clouddubai.net", user="icwees", ip="192.0.2.%d" % E.rng.randint(240, 250),
                            region="ae"))


def m39(E):
    """Predatory journal call for papers via qmail, plain text, no Message-ID from the client."""
    E.when(2021, 3, "ng", (6, 12))
    rcpt = "r.achterberg@dunmore-university.example"
    dom = "jaraes-journal.org"
    plain = """Dear Researcher,

Journal of Advanced Research in Engineering & Applied Sciences (JARAES)
ISSN (Online): 2581-%s | Monthly | Open Access | Peer Reviewed

CALL FOR PAPERS - Volume 9, Issue 4 (April 2021)

We are glad to invite you to submit your valuable research paper, review article
or case study for the upcoming issue. Our journal is indexed in Google Scholar,
Index Copernicus, CrossRef (DOI) and many more.

 * Acceptance notification within 48 hours
 * Publication within 3 days after acceptance
 * Article Processing Charge: only USD 99 (FREE e-certificate)
 * Impact factor: 7.912 (2020)

Submit your manuscript at: editor@%s or via the online portal.

Last date of submission: 25th of this month.

Kindly forward this call to your colleagues and students.

Regards,
Editor-in-Chief
JARAES
""" % (E.num(4), dom)
    root = text(plain, "plain", "us-ascii", "7bit", q=False)
    frm = "editor@" + dom
    return E.send(label="spam", client="bare", path="qmail", frm=addr("JARAES Journal", frm), from_addr=frm,
                  to="undisclosed-recipients:;", rcpt=rcpt, org="dunmore",
                  subject="Call for Papers: JARAES Vol.9 Issue 4 - Publish in 3 days", root=root, mid=None,
                  copt=dict(order=["Date", "From", "To", "Subject", ("MIME-Version", "1.0"), "@MIME"]),
                  popt=dict(host="web%d.kanohost-ng.com" % E.rng.randint(1, 9), ip="203.0.113.%d" % E.rng.randint(2, 20),
                            spf="none", uid=510))


def m40(E):
    """Personal loan 2% offer from a bot, 2016, Outlook Express ratware headers."""
    E.when(2016, 4, "gh", (0, 23))
    rcpt = "oliver@tamsinarchitects.test"
    frm = "mrs.loan.firm@loanlendz.org"
    plain = """Attention:

Do you need a loan to pay off your bills, start up a new business, or
expand your existing business? We offer private, business and personal
loans at a very low interest rate of 2%. We give out loans ranging from
$5,000 to $50,000,000 USD / GBP / EUR with a duration of 1 to 30 years.

No credit check. No collateral for loans below $250,000.

If interested kindly fill and return the application details below:

Full Name:
Country:
Amount Needed:
Duration:
Phone Number:
Monthly Income:

Regards,
Mrs. Linda Forster
Loan Officer
Email: lindaforsterloanfirm@mailbox-fin.net
"""
    root = text(plain, "plain", "iso-8859-1", "7bit", q=True, case="l")
    return E.send(label="spam", client="oe", path="direct", frm=addr("Mrs Linda Forster", frm), from_addr=frm,
                  to="Recipients <%s>" % frm, rcpt=rcpt, org="tamsin", subject="LOAN OFFER AT 2% INTEREST RATE!!!",
                  root=root, mid="local", reply_to="lindaforsterloanfirm@mailbox-fin.net",
                  copt=dict(prio="1", msprio="High"),
                  popt=dict(helo="User", rdns="unknown", ip="192.0.2.%d" % E.rng.randint(30, 50), spf="none",
                            tls=False))
