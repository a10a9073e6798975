"""Messages e41-e60."""
from mk import *  # noqa: F401,F403


# e41 -- mortgage #2, 2007, Outlook 2003 forged, alternative with tiny text part
def e41(r):
    t = T(2007, 2, 6, 16, 52, r.randint(0, 59))
    rcpt = "marjorie.eade@hollinsridge.example"
    bot = ip(r, 75)
    lender = "homeloan-ratewatch%s.net" % digits(r, 2)
    appno = digits(r, 6)
    text = "Your application #%s has been APPROVED.\nView your rate: http://www.%s/a/%s\n" % (appno, lender, appno)
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<body lang=EN-US>
<div class=Section1>
<p class=MsoNormal><font size=3 face="Times New Roman"><span style='font-size:12.0pt'>Dear Homeowner,<o:p></o:p></span></font></p>
<p class=MsoNormal><font size=3 face="Times New Roman"><span style='font-size:12.0pt'>
We tried to contact you last week about refinancing your home at a lower rate. Interest rates have
dropped to the lowest level in five years and you now qualify for our <b>5.25%% fixed, 30-year</b> program.
Even with less than perfect credit, our lenders can save you hundreds every month.<o:p></o:p></span></font></p>
<p class=MsoNormal><font size=3 face="Times New Roman"><span style='font-size:12.0pt'>
Application number: <b>%s</b><br>Status: <b><font color=green>APPROVED</font></b><br>
Loan amount: up to $420,000<o:p></o:p></span></font></p>
<p class=MsoNormal><font size=3 face="Times New Roman"><span style='font-size:12.0pt'>
Please <a href="http://www.%s/a/%s">confirm your information here</a> to lock your rate before
Friday.<o:p></o:p></span></font></p>
<p class=MsoNormal><font size=3 face="Times New Roman"><span style='font-size:12.0pt'>Regards,<br>
%s<br>Senior Loan Officer<o:p></o:p></span></font></p>
<p class=MsoNormal><font size=1 color=white face="Times New Roman"><span style='font-size:1.0pt;color:white'>%s<o:p></o:p></span></font></p>
</div>
</body>
</html>
""" % (appno, lender, appno, r.choice(["Brenda Sorensen", "Calvin Ruiz"]), salad(r, 16))
    bnd = bnd_oe(r, t)
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="us-ascii"', text, "7bit"),
        leaf('text/html;\n\tcharset="us-ascii"', html, "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 2, 35)
    rd = dyn(r, bot, "bellsouthwest-dsl.net", "adsl")
    hs = [
        ("Received", rcv_smtpsvc(r, t1, -300, letters(r, 6).upper(), bot, "exch01.hollinsridge.example",
                                 ver="6.0.3790.3959")),
        ("Received", "from %s ([%s]) by %s with Microsoft SMTPSVC(6.0.3790.1830); %s" % (
            letters(r, 8).upper(), docip(r, 0), rd, date(t, -360))),
        ("From", "\"Homeloan Ratewatch\" <approvals@%s>" % lender),
        ("To", "\"Marjorie Eade\" <%s>" % rcpt),
        ("Subject", "Application #%s - approved" % appno),
        ("Date", date(t, -360)),
        ("Message-ID", mid_oe(r, lender, t)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.6353"),
        ("Thread-Index", "AcdK" + b64rand(r, 15)[:20]),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.2962"),
        ("X-OriginalArrivalTime", "%02d %s %d %02d:%02d:%02d.0%d (UTC) FILETIME=[%08X:%08X]" % (
            t1.day, MON[t1.month - 1], t1.year, t1.hour, t1.minute, t1.second, r.randint(100, 999),
            filetime(r, t1)[1], filetime(r, t1)[0])),
    ]
    return "spam", message(hs, body)


# e42 -- PHISH: webmail "mailbox over quota", 2011, compromised university webmail
def e42(r):
    t = T(2011, 4, 18, 8, 3, r.randint(0, 59))
    rcpt = "users@harrowgate-council.test"
    origin = ip(r, 105)
    web = "webmail.stclairvale-univ.edu"
    wip = ip(r, 132)
    link = "http://mailbox-quota-%s.co.cc/webmail/upgrade.html" % letters(r, 4)
    text = """Dear Email Account User,

Your mailbox has exceeded the storage limit which is 20GB as set by your
administrator, you are currently running on 20.9GB, you may not be able to
send or receive new mail until you re-validate your mailbox.

To re-validate your mailbox please click the link below:

%s

Failure to re-validate your mailbox within 48 hours will result in the
deactivation of your email account.

Thanks,
System Administrator
Webmail Help Desk
""" % link
    ent = leaf("text/plain;charset=iso-8859-1", text, "8bit")
    t1 = later(t, r, 0, 2)
    t2 = later(t1, r, 1, 6)
    t3 = later(t2, r, 2, 20)
    hs = [
        ("Return-Path", "<m.ndlovu@stclairvale-univ.edu>"),
        ("Received", rcv_postfix(r, t3, 60, "smtp-out.stclairvale-univ.edu", "smtp-out.stclairvale-univ.edu",
                                 wip, "mx.harrowgate-council.test", rcpt, proto="ESMTP", tzname="BST")),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby smtp-out.stclairvale-univ.edu (Postfix) with ESMTP id %s;\n\t%s" % (
            web, postfix_id(r), date(t2, -240, comment="EDT"))),
        ("Received", "from %s\n        (SquirrelMail authenticated user m.ndlovu)\n        by %s with HTTP;\n        %s" % (
            origin, web, date(t1, -240, dow=True))),
        ("Message-ID", "<%s.%s.squirrel@%s>" % (digits(r, 5), hexs(r, 10)[:4] + digits(r, 6), web)),
        ("Date", date(t, -240)),
        ("Subject", "Your Mailbox Has Exceeded It Storage Limit"),
        ("From", "\"Webmail Help Desk\" <m.ndlovu@stclairvale-univ.edu>"),
        ("Reply-To", "webmail.helpdesk%s@mailservice-desk.net" % digits(r, 2)),
        ("User-Agent", "SquirrelMail/1.4.21"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3 (Normal)"),
        ("Importance", "Normal"),
        ("To", "undisclosed-recipients:;"),
    ]
    return "phish", message(hs, ent)


# e43 -- diplomas #2, 2012, html only utf-8 qp, UK phone
def e43(r):
    t = T(2012, 10, 1, 1, 26, r.randint(0, 59))
    rcpt = "priya.dasgupta@wyvernbrook.test"
    bot = ip(r, 112)
    ph = "+44 20 3%s %s" % (digits(r, 3), digits(r, 4))
    html = """<html><body>
<p style="font-family:Verdana;font-size:14px;"><b>Recognised Qualifications Without Study</b></p>
<p style="font-family:Verdana;font-size:12px;">Boost your career with a Bachelor&#8217;s, Master&#8217;s, MBA or Doctorate degree
based on your work and life experience. Our partner universities award genuine, fully verifiable
diplomas with transcripts within 10 working days.</p>
<ul style="font-family:Verdana;font-size:12px;">
<li>No exams, no attendance, no books</li>
<li>Any field: business, engineering, IT, nursing, psychology, law</li>
<li>Degree dated to the year of your choice</li>
<li>Sent by courier in a discreet envelope</li>
</ul>
<p style="font-family:Verdana;font-size:12px;">Leave your name, country and phone number on our 24h line: <b>%s</b><br>
A counsellor will call you back within one working day.</p>
</body></html>
""" % ph
    ent = leaf("text/html; charset=UTF-8", html, "quoted-printable")
    t1 = later(t, r, 1, 20)
    rd = dyn(r, bot, "home-broadband.vnpt-net.vn", "static")
    hs = [
        ("Received", rcv_exim(r, t1, 60, "%s" % letters(r, 7), rd, bot, "mx2.wyvernbrook.test",
                              rcpt, ver="4.80")),
        ("From", "\"Admissions\" <admissions%s@%s>" % (digits(r, 2), "degree-advisory.org")),
        ("To", "\"%s\" <%s>" % (rcpt, rcpt)),
        ("Subject", "=?utf-8?Q?Bachelor=E2=80=99s,_Master=E2=80=99s,_MBA_=E2=80=93_no_exams?="),
        ("Date", date(t, 420)),
        ("Message-ID", "<%s.%s@%s>" % (digits(r, 14), digits(r, 4), "degree-advisory.org")),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
    ]
    return "spam", message(hs, ent)


# e44 -- DHL "parcel could not be delivered", 2013, html text + zip placeholder
def e44(r):
    t = T(2013, 6, 3, 10, 14, r.randint(0, 59))
    rcpt = "orders@fenlandcraft.example"
    bot = ip(r, 181)
    awb = digits(r, 10)
    html = """<html><body style="font-family:Arial;font-size:13px;">
<div style="background:#ffcc00;padding:6px;"><b style="color:#d40511;font-size:18px;">DHL</b> Express</div>
<p>Dear Customer,</p>
<p>Your parcel has arrived at the post office on June %d. Our courier was unable to deliver the parcel to you.</p>
<p>Shipment number: <b>%s</b><br>Delivery attempt: failed (address not found)</p>
<p>To receive your parcel, please print the shipping label attached to this e-mail and take it to the nearest
DHL office. If the parcel is not collected within 30 working days, DHL will be entitled to return it to the
sender and charge you a storage fee of $%d.%02d per day.</p>
<p>Thank you for choosing DHL.<br>DHL Customer Service</p>
<p style="font-size:10px;color:#888;">This is an automatically generated e-mail, please do not reply.</p>
</body></html>
""" % (t.day - 1, awb, r.randint(12, 29), r.randint(0, 99))
    z = zip_one("DHL_Label_%s.txt" % awb, "Placeholder shipping label text, nothing executable.\r\n",
                (2013, 6, 3, 8, 41, 10))
    bnd = bnd_java(r)
    body = multi('multipart/mixed; \n\tboundary="%s"', bnd, [
        leaf("text/html; charset=us-ascii", html, "7bit"),
        leaf('application/zip; name="DHL_Label_%s.zip"' % awb, z, "base64",
             extra=[("Content-Disposition", 'attachment; filename="DHL_Label_%s.zip"' % awb)]),
    ])
    t1 = later(t, r, 1, 15)
    t2 = later(t1, r, 0, 1)
    rd = dyn(r, bot, "telefonica-speedy.com.br", "dsl")
    hs = [
        ("Delivered-To", rcpt),
        ("Received", "from mx-a.fenlandcraft.example (mx-a.fenlandcraft.example [10.4.1.10])\n\tby mailstore.fenlandcraft.example (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            postfix_id(r), rcpt, date(t2, 60, comment="BST"))),
        ("Received", rcv_postfix(r, t1, 60, "[%s]" % bot, rd, bot, "mx-a.fenlandcraft.example", rcpt,
                                 proto="ESMTP", tzname="BST")),
        ("Authentication-Results", "mx-a.fenlandcraft.example; spf=fail (sender IP is %s) smtp.mailfrom=noreply@dhl-express-notice.com; dkim=none" % bot),
        ("Date", date(t, -180)),
        ("From", "\"DHL Express\" <noreply@dhl-express-notice.com>"),
        ("To", rcpt),
        ("Subject", "DHL Express Notification for shipment %s" % awb),
        ("Message-ID", "<%s@%s>" % (hexs(r, 24).upper(), "dhl-express-notice.com")),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e45 -- penis enlargement #2, 2010, html only, no Date header
def e45(r):
    t = T(2010, 3, 30, 20, 6, r.randint(0, 59))
    rcpt = "gordon.blakesley@linthwaite-eng.example"
    bot = ip(r, 190)
    site = "vp-rx-%s.ru" % letters(r, 5)
    html = """<html><body>
<p><font face="Arial" size="4" color="#003399"><b>She will notice the difference from the first night!</b></font></p>
<p><font face="Arial" size="2">Thousands of men have already added <b>2-4 inches</b> to their length and up to 25%%
to girth with VigoPlus. Clinically proven herbal formula, results in 4-6 weeks or your money back.</font></p>
<p><font face="Arial" size="2">&#9658; Harder, longer-lasting erections<br>&#9658; More intense orgasms<br>
&#9658; Bigger confidence in the bedroom</font></p>
<p><a href="http://%s/"><font face="Arial" size="3"><b>Order VigoPlus now &ndash; 3 bottles + 1 FREE</b></font></a></p>
<p><font face="Arial" size="1" color="#ffffff">%s</font></p>
</body></html>
""" % (site, tokens(r, 14))
    ent = leaf("text/html; charset=\"windows-1251\"", html, "7bit")
    t1 = later(t, r, 1, 30)
    rd = dyn(r, bot, "cable-colombia.net.co", "dynamic")
    local = letters(r, 6)
    hs = [
        ("Return-Path", "<%s@%s>" % (local, "linthwaite-eng.example")),
        ("Received", rcv_postfix(r, t1, 60, rd, rd, bot, "mail.linthwaite-eng.example", rcpt,
                                 tzname="BST")),
        ("Message-ID", "<%s%s$%s@%s>" % (digits(r, 6), letters(r, 3).upper(), hexs(r, 8), rd)),
        ("From", "\"%s\" <%s@%s>" % (r.choice(["Harrison Mcneil", "Tyrone Pike"]), local, "linthwaite-eng.example")),
        ("To", "<%s>" % rcpt),
        ("Subject", "Good news for your %s" % letters(r, 6)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
    ]
    return "spam", message(hs, ent)


# e46 -- work-from-home, 2013, html + text, fake news style, shortener-ish link
def e46(r):
    t = T(2013, 11, 12, 15, 57, r.randint(0, 59))
    rcpt = "shona.riddell@glenbervie-mail.test"
    bot = ip(r, 46)
    link = "http://%s.homeprofit-weekly.info/?sub=%s" % (letters(r, 5), digits(r, 6))
    city = r.choice(["Columbus", "Phoenix", "Tampa"])
    text = """Single mom from %s makes $8,795/month working from home!

How is this possible? Jennifer was laid off in 2011 and struggled to pay
her bills. Then she discovered a simple online program that lets ordinary
people earn from $250 to $450 a day by posting links for big companies.
No experience, no selling, no special skills - if you can copy and paste
you can do this.

"I was skeptical at first but after my first week I had made $1,280. Now
I work 3 hours a day and I have time for my kids." - Jennifer T.

Spots in your area are limited. See the report before it is taken down:
%s
""" % (city, link)
    html = """<html><body style="font-family:Georgia,serif;max-width:600px;">
<p style="font-size:11px;color:#888;">NEWS 7 &nbsp;|&nbsp; Consumer Report &nbsp;|&nbsp; Special Investigation</p>
<h2 style="margin:4px 0;">Single mom from %s makes $8,795/month working from home!</h2>
<p>How is this possible? Jennifer was laid off in 2011 and struggled to pay her bills. Then she discovered a simple online
program that lets ordinary people earn from <b>$250 to $450 a day</b> by posting links for big companies.
No experience, no selling, no special skills &ndash; if you can copy and paste you can do this.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:10px;color:#444;"><i>&ldquo;I was skeptical at first but after my first week I had made
$1,280. Now I work 3 hours a day and I have time for my kids.&rdquo;</i> &ndash; Jennifer T.</blockquote>
<p><b>Spots in your area are limited.</b> <a href="%s">See the report before it is taken down &raquo;</a></p>
</body></html>
""" % (city, link)
    bnd = bnd_gm(r)
    body = multi("multipart/alternative; boundary=%s", bnd, [
        leaf("text/plain; charset=ISO-8859-1", text, "7bit"),
        leaf("text/html; charset=ISO-8859-1", html, "quoted-printable"),
    ])
    t1 = later(t, r, 1, 15)
    rd = dyn(r, bot, "rostelecom-home.ru", "host")
    name = r.choice(["Jennifer Tate", "Lisa Monroe", "Career News"])
    hs = [
        ("Return-Path", "<%s@%s>" % (letters(r, 8), "glenbervie-mail.test")),
        ("Received", rcv_sendmail(r, t1, 0, "[%s]" % bot, rd, bot, "mx3.glenbervie-mail.test", rcpt,
                                  ver="8.14.4/8.14.4", proto="ESMTP", tzname="GMT")),
        ("Date", date(t, 240)),
        ("From", "\"%s\" <%s@homeprofit-weekly.info>" % (name, letters(r, 7))),
        ("Subject", "%s, this mom makes $8,795/month from home" % rcpt.split(".")[0].capitalize()),
        ("To", rcpt),
        ("Message-ID", "<%s@%s>" % (hexs(r, 8) + "-" + hexs(r, 4) + "-" + hexs(r, 4) + "-" + hexs(r, 4) + "-" + hexs(r, 12), "homeprofit-weekly.info")),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e47 -- PHISH: PayPal #2 "account limited", 2012, compromised WordPress host, html+text b64
def e47(r):
    t = T(2012, 7, 25, 13, 9, r.randint(0, 59))
    rcpt = "hamish.orr@kestrelview.example"
    srv = "vps%d.%s-webhost.com" % (r.randint(100, 999), letters(r, 5))
    sip = ip(r, 94)
    case = "PP-%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 3))
    link = "http://www.%s-gardencentre.com/wp-content/uploads/pp/login.php?cmd=_account-verify" % letters(r, 6)
    text = """Notification of Limited Account Access

Dear Customer,

As part of our security measures, we regularly screen activity in the
PayPal system. We recently noticed an issue regarding your account.

We have limited access to your account until we can verify some
information. Until then you will not be able to send or withdraw money.

Reference number: %s

How can I restore full access to my account?
Log in and complete the Resolution Center steps:
%s

We apologise for any inconvenience this may cause.

Sincerely,
PayPal Account Review Department
""" % (case, link)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f2f2f2;margin:0;">
<div style="width:600px;margin:20px auto;background:#fff;border:1px solid #ddd;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#333;">
<div style="padding:16px 20px;border-bottom:1px solid #ddd;"><span style="font-size:24px;font-weight:bold;font-style:italic;color:#253b80;">Pay</span><span style="font-size:24px;font-weight:bold;font-style:italic;color:#179bd7;">Pal</span></div>
<div style="padding:20px;">
<h3 style="color:#333;margin-top:0;">Notification of Limited Account Access</h3>
<p>Dear Customer,</p>
<p>As part of our security measures, we regularly screen activity in the PayPal system. We recently noticed an issue regarding your account.</p>
<p>We have limited access to your account until we can verify some information. Until then you will not be able to send or withdraw money.</p>
<p>Reference number: <b>%s</b></p>
<p style="text-align:center;margin:24px 0;"><a href="%s" style="background:#ffc439;color:#111;padding:10px 24px;border-radius:4px;text-decoration:none;font-weight:bold;">Log in to Resolution Center</a></p>
<p>We apologise for any inconvenience this may cause.</p>
<p>Sincerely,<br>PayPal Account Review Department</p>
</div>
<div style="padding:12px 20px;background:#f7f7f7;font-size:11px;color:#888;">Please do not reply to this email. This mailbox is not monitored.
Copyright &copy; 1999-2012 PayPal. All rights reserved.</div>
</div></body></html>
""" % (case, link)
    bnd = bnd_php(r)
    body = multi('multipart/alternative;\r\n\tboundary="%s"', bnd, [
        leaf("text/plain; charset=utf-8", text, "base64"),
        leaf("text/html; charset=utf-8", html, "base64"),
    ])
    t1 = later(t, r, 0, 1)
    t2 = later(t1, r, 1, 12)
    hs = [
        ("Return-Path", "<www-data@%s>" % srv),
        ("Received", rcv_exim(r, t2, 60, srv, srv, sip, "mx1.kestrelview.example", rcpt,
                              env="www-data@%s" % srv, ver="4.72", proto="esmtp")),
        ("Received", "by %s (Postfix, from userid 33)\n\tid %s; %s" % (srv, postfix_id(r), date(t1, -240, comment="EDT"))),
        ("To", rcpt),
        ("Subject", "Your account access has been limited (%s)" % case),
        ("X-PHP-Originating-Script", "33:post.php(3) : eval()'d code"),
        ("From", "\"PayPal\" <service@intl-paypal-resolution.com>"),
        ("Reply-To", "noreply@intl-paypal-resolution.com"),
        ("Message-ID", "<%s@%s>" % (hexs(r, 32), srv)),
        ("X-Priority", "3"),
        ("X-Mailer", "PHPMailer %s" % r.choice(["5.2.1", "5.2.0", "5.1"])),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("Date", date(t, -240)),
    ]
    return "phish", message(hs, body)


# e48 -- weight loss #2, 2014, clean ESP, DKIM, garcinia, html+text
def e48(r):
    t = T(2014, 1, 13, 17, 20, r.randint(0, 59))
    rcpt = "tara.mullholland@bramwell-accounts.test"
    esp = "o%d.mail.sparkreach-esp.com" % r.randint(1, 40)
    espip = docip(r, 1)
    site = "garcinia-slimlab.top"
    uid = b62(r, 14)
    text = """New Year, new you: the "miracle" fruit extract doctors are talking about

Garcinia Cambogia extract with 60%% HCA blocks fat production and curbs
emotional eating. In a 12-week study, users lost an average of 3x more
weight than with diet and exercise alone.*

Try SlimLab Pure Garcinia risk-free today - pay only shipping:
http://%s/t/%s

*Results not typical. These statements have not been evaluated by the Food
and Drug Administration. This product is not intended to diagnose, treat,
cure or prevent any disease.

You received this email because you subscribed at one of our partner
sites. Unsubscribe: http://sparkreach-esp.com/u/%s
SlimLab Health, 8 The Green Ste 4711, Dover DE 19901
""" % (site, uid, uid)
    html = """<html><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:18px;background:#6ab04c;color:#fff;font-size:22px;font-weight:bold;">SlimLab&trade; Pure Garcinia</td></tr>
<tr><td style="padding:18px;font-size:15px;line-height:22px;color:#333;">
<p><b>New Year, new you:</b> the &ldquo;miracle&rdquo; fruit extract doctors are talking about.</p>
<p>Garcinia Cambogia extract with <b>60%% HCA</b> blocks fat production and curbs emotional eating.
In a 12-week study, users lost an average of <b>3x more weight</b> than with diet and exercise alone.*</p>
<p style="text-align:center;"><a href="http://%s/t/%s" style="display:inline-block;background:#f0932b;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold;border-radius:3px;">Claim my risk-free bottle</a></p>
</td></tr>
<tr><td style="padding:14px 18px;font-size:10px;color:#999;">*Results not typical. These statements have not been evaluated by the Food and Drug Administration.<br>
<a href="http://sparkreach-esp.com/u/%s" style="color:#999;">Unsubscribe</a> &middot; SlimLab Health, 8 The Green Ste 4711, Dover DE 19901</td></tr>
</table>
<img src="http://sparkreach-esp.com/o/%s.png" width="1" height="1" alt="" border="0">
</body></html>
""" % (site, uid, uid, uid)
    bnd = "_----------=_%d%d" % (r.randint(10 ** 9, 10 ** 10 - 1), r.randint(1000, 9999))
    body = multi('multipart/alternative; boundary="%s"', bnd, [
        leaf("text/plain; charset=\"utf-8\"", text, "quoted-printable"),
        leaf("text/html; charset=\"utf-8\"", html, "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.")
    t1 = later(t, r, 1, 3)
    t2 = later(t1, r, 0, 1)
    ts = int((t - datetime.datetime(1970, 1, 1)).total_seconds())
    hs = [
        ("Delivered-To", rcpt),
        ("Received", "from mx.bramwell-accounts.test ([10.1.0.25])\n\tby mbox2.bramwell-accounts.test (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (
            b64rand(r, 16)[:22], rcpt, date(t2, 0))),
        ("Received", rcv_postfix(r, t1, 0, esp, esp, espip, "mx.bramwell-accounts.test", rcpt,
                                 proto="ESMTPS", qid=postfix_id(r, 10))),
        ("Authentication-Results", "mx.bramwell-accounts.test;\n\tdkim=pass (1024-bit key) header.d=sparkreach-esp.com header.i=@sparkreach-esp.com;\n\tspf=pass smtp.mailfrom=bnc-%s@sparkreach-esp.com" % uid),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=sparkreach-esp.com;\n\ts=k1; t=%d;\n\th=From:Reply-To:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s" % (
            ts, b64rand(r, 32), b64rand(r, 128))),
        ("Return-Path", "<bnc-%s@sparkreach-esp.com>" % uid),
        ("From", "SlimLab Health <hello@slimlab-news.com>"),
        ("Reply-To", "support@slimlab-news.com"),
        ("To", "<%s>" % rcpt),
        ("Subject", "The fruit extract that melts belly fat (risk-free trial)"),
        ("Date", date(t, 0)),
        ("Message-ID", "<%s.%s@%s>" % (uid, digits(r, 9), "sparkreach-esp.com")),
        ("List-Unsubscribe", "<http://sparkreach-esp.com/u/%s>, <mailto:u-%s@sparkreach-esp.com>" % (uid, uid)),
        ("Feedback-ID", "%s:%s:sparkreach" % (digits(r, 5), digits(r, 3))),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e49 -- image-only PNG, no text part at all, 2008
def e49(r):
    t = T(2008, 12, 1, 22, 49, r.randint(0, 59))
    rcpt = "vkowalczyk@ambleside-sports.example"
    bot = ip(r, 118)
    cv = Canvas(192, 72, 0)
    cv.rect(0, 0, 192, 72, 0)
    cv.rect(3, 3, 189, 69, 1)
    cv.rect(6, 6, 186, 66, 0)
    cv.text(14, 11, "GOLDEN CLUB CASINO", 1, 2)
    cv.text(14, 27, "$777 FREE BONUS", 2, 2)
    cv.text(14, 43, "TYPE IN BROWSER:", 3, 2)
    cv.text(14, 55, "GOLD-CLUB7 .COM", 2, 2)
    cv.noise(r, 260, [0, 4])
    p = png(cv, [(10, 10, 10), (212, 175, 55), (255, 255, 255), (180, 180, 180), (30, 30, 30)])
    bnd = "----%s" % hexs(r, 18)
    fn = "%s.png" % letters(r, 7)
    body = multi('multipart/mixed; boundary="%s"', bnd, [
        leaf('image/png; name="%s"' % fn, p, "base64",
             extra=[("Content-Disposition", 'inline; filename="%s"' % fn)]),
    ])
    t1 = later(t, r, 1, 20)
    rd = dyn(r, bot, "hinet-dyn.tw", "dynamic")
    hs = [
        ("Received", rcv_sendmail(r, t1, -480, letters(r, 10), rd, bot, "smtp1.ambleside-sports.example",
                                  rcpt, ver="8.13.8/8.13.8", forged=True, tzname="PST")),
        ("Date", date(t, 480, zero=True)),
        ("From", "%s <%s@%s>" % (r.choice(["Lucinda", "Reggie", "Fern"]), letters(r, 8), "hotmail.com")),
        ("To", rcpt),
        ("Subject", "%s %s" % (letters(r, 5), r.choice(WORDS))),
        ("Message-ID", "<%s$%s@%s>" % (hexs(r, 8), hexs(r, 8), letters(r, 9))),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e50 -- fake antivirus #2, 2010, html only utf-8 qp, "scan" link to .exe (inert)
def e50(r):
    t = T(2010, 9, 8, 7, 31, r.randint(0, 59))
    rcpt = "b.oyelaran@thornleigh-sch.test"
    bot = ip(r, 93)
    host = "pc-defender-online%s.com" % digits(r, 2)
    html = """<html><body style="font-family:Segoe UI,Tahoma,Arial;font-size:12px;">
<div style="border:2px solid #c0392b;width:520px;padding:12px;">
<p style="color:#c0392b;font-size:16px;margin:0;"><b>System Scan Results &ndash; ACTION REQUIRED</b></p>
<p>Our remote scanner has checked your computer while you were online and found:</p>
<p style="margin-left:14px;">&bull; <b>%d</b> infected files<br>&bull; <b>%d</b> spyware programs tracking your activity<br>&bull; <b>%d</b> registry errors slowing down Windows</p>
<p>Your Windows firewall and antivirus did not detect these problems. Hackers may be able to see your
passwords and use your webcam. We strongly recommend a full clean-up.</p>
<p><a href="http://%s/scan/SecurityShield2010_install.exe"><b>Start FREE full scan now</b></a> &ndash; takes 2 minutes.</p>
<p style="font-size:10px;color:#777;">PC Defender Online &ndash; Certified security partner. Scan ID %s</p>
</div>
</body></html>
""" % (r.randint(12, 40), r.randint(3, 9), r.randint(100, 480), host, hexs(r, 10).upper())
    ent = leaf("text/html; charset=UTF-8", html, "quoted-printable")
    t1 = later(t, r, 1, 20)
    rd = dyn(r, bot, "vodanet-adsl.it", "adsl")
    hs = [
        ("Received", rcv_postfix(r, t1, 60, "%s.%s" % (letters(r, 5), "vodanet-adsl.it"), rd, bot,
                                 "mx0.thornleigh-sch.test", rcpt, tzname="BST")),
        ("Message-ID", "<%s.%s@%s>" % (hexs(r, 10).upper(), hexs(r, 6).upper(), host)),
        ("Date", date(t, 120)),
        ("From", "\"PC Defender Online\" <alerts@%s>" % host),
        ("To", "<%s>" % rcpt),
        ("Subject", "Warning: spyware detected on your computer!"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Windows Live Mail 14.0.8117.416"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V14.0.8117.416"),
    ]
    return "spam", message(hs, ent)


# e51 -- PHISH: Barclays online banking, 2009, html only iso-8859-1 base64, botnet
def e51(r):
    t = T(2009, 8, 18, 6, 12, r.randint(0, 59))
    rcpt = "nigel.huxtable@pendlebury-solicitors.example"
    bot = ip(r, 79)
    link = "http://ibank.barclays.co.uk.%s.biz/olb/auth/LoginLink.action" % ("secure-" + letters(r, 5))
    html = """<html><body bgcolor="#ffffff">
<table width="580" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial;font-size:12px;">
<tr><td style="background:#00aeef;padding:10px;color:#ffffff;font-size:20px;"><b>BARCLAYS</b></td></tr>
<tr><td style="padding:15px;">
<p>Dear Barclays Online Banking customer,</p>
<p>As part of our ongoing commitment to protect your account and to reduce the instance of fraud on our website,
we are undertaking a period of review of our member accounts. You are requested to visit our site by following
the link given below and confirm your membership number, passcode and memorable word.</p>
<p><a href="%s">Log in to Online Banking</a></p>
<p>Please note that if we do not receive the appropriate verification within 5 days we will be forced to temporarily
suspend your online access as a precaution.</p>
<p>We apologise for any inconvenience and thank you for your co-operation.</p>
<p>Yours sincerely,<br>Ian Fraser<br>Head of Online Security, Barclays Bank PLC</p>
</td></tr>
<tr><td style="font-size:10px;color:#777777;padding:8px;">Barclays Bank PLC. Authorised and regulated by the Financial Services Authority. Registered in England.
Please do not reply to this e-mail.</td></tr>
</table></body></html>
""" % link
    ent = leaf("text/html; charset=\"iso-8859-1\"", html, "base64")
    t1 = later(t, r, 2, 30)
    rd = dyn(r, bot, "netvision-dsl.co.il", "dsl")
    hs = [
        ("X-Original-To", rcpt),
        ("Received", rcv_postfix(r, t1, 60, "olb-secure.barclays-olb-review.co.uk", rd, bot, "mx1.pendlebury-solicitors.example",
                                 rcpt, tzname="BST")),
        ("From", "\"Barclays Bank PLC\" <security@barclays-olb-review.co.uk>"),
        ("To", rcpt),
        ("Subject", "Barclays: Important account security review"),
        ("Date", date(t, 180)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("Message-ID", mid_oe(r, letters(r, 6), t)),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5579"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5579"),
    ]
    return "phish", message(hs, ent)


# e52 -- cheap loans #2: US payday, 2008, text only, bulk with unsubscribe
def e52(r):
    t = T(2008, 9, 25, 18, 2, r.randint(0, 59))
    rcpt = "cletus.harmon@pinebluffcoop.test"
    mta = "mail%d.cashline-offers.com" % r.randint(1, 30)
    mip = ip(r, 66)
    uid = digits(r, 9)
    text = """CASH ADVANCE - UP TO $1,500 BY TOMORROW
=======================================

Short on cash before payday? Get the money you need FAST:

   * No credit check - bad credit OK
   * No faxing required
   * Approval in minutes, cash deposited overnight
   * Borrow $100 - $1,500

All you need: a job or steady income of $1,000/month, a checking
account and be 18 or older.

Apply in 2 minutes: http://www.cashline-offers.com/apply/%s

Actual loan amounts and terms vary by lender and state. Short-term loans
are not a long-term financial solution.

------------------------------------------------------------------
To be removed from future mailings click
http://www.cashline-offers.com/remove/%s or send a postcard to
CashLine Offers, 1850 N Central Ave #1600, Phoenix AZ 85004.
""" % (uid, uid)
    ent = leaf("text/plain; charset=us-ascii", text, "7bit", cte_first=True)
    t1 = later(t, r, 1, 10)
    hs = [
        ("Return-Path", "<b-%s@cashline-offers.com>" % uid),
        ("Received", rcv_sendmail(r, t1, -300, mta, mta, mip, "mx.pinebluffcoop.test", rcpt,
                                  ver="8.13.8/8.13.8", proto="ESMTP", tzname="CDT")),
        ("Received-SPF", "pass (mx.pinebluffcoop.test: domain of b-%s@cashline-offers.com designates %s as permitted sender)" % (uid, mip)),
        ("DomainKey-Signature", "a=rsa-sha1; q=dns; c=nofws; s=mail; d=cashline-offers.com;\n\tb=%s" % b64rand(r, 96)),
        ("Message-ID", "<%s.%s.%s@%s>" % (uid, digits(r, 4), letters(r, 3), mta)),
        ("From", "CashLine Offers <deals@cashline-offers.com>"),
        ("To", rcpt),
        ("Subject", "Cletus, get up to $1,500 deposited by tomorrow"),
        ("Date", date(t, -240)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("Precedence", "bulk"),
        ("X-Mailer", "Lyris ListManager"),
        ("List-Unsubscribe", "<mailto:leave-%s@cashline-offers.com>" % uid),
    ]
    return "spam", message(hs, ent)


# e53 -- Chinese herbal remedy, 2012, Foxmail, gb2312 base64 text/plain
def e53(r):
    t = T(2012, 5, 17, 3, 37, r.randint(0, 59))
    rcpt = "dr.ellison@harcourt-medical.test"
    bot = ip(r, 61)
    co = "Guangzhou Tianhe Herbal Biotech Co., Ltd."
    text = """Dear Sir/Madam,

Good day! Glad to hear you are in the field of health products.

We are the professional manufacturer of traditional Chinese herbal
remedies since 1998, with GMP certificate. Our main products:

1. Herbal Diabetes Formula (bitter melon, gymnema, cinnamon) - helps
   balance blood sugar naturally
2. Herbal Blood Pressure Tea (hawthorn, chrysanthemum, gastrodia)
3. Joint Relief Capsule for arthritis and rheumatism
4. Herbal Slimming Capsule - lose 5-10kg in one month
5. Kidney Tonic for men energy

All products 100%% pure herbal, no side effect. OEM and private label are
welcome. MOQ 1000 bottles, sample free.

Please feel free to contact me for catalogue and price list.

Best regards,
Cindy Huang (Sales Manager)
%s
Tel: +86-20-%s%s
Skype: cindy.herbal%s
""" % (co, digits(r, 4), digits(r, 4), digits(r, 2))
    ent = leaf("text/plain;\n\tcharset=\"gb2312\"", text, "base64")
    t1 = later(t, r, 2, 45)
    rd = dyn(r, bot, "gz.gd-telecom.cn", "static")
    hs = [
        ("Received", rcv_exim(r, t1, 60, "tianhe-herb", rd, bot, "mx.harcourt-medical.test", rcpt,
                              env="cindy@tianhe-herbal.cn", ver="4.77")),
        ("Date", date(t, 480)),
        ("From", "\"Cindy Huang\" <cindy@tianhe-herbal.cn>"),
        ("To", "\"%s\" <%s>" % (rcpt, rcpt)),
        ("Reply-To", "\"Cindy Huang\" <cindy.huang%s@tianhe-herbal.cn>" % digits(r, 2)),
        ("Subject", ew("Herbal remedies manufacturer - OEM welcome", "gb2312", "B")),
        ("X-Priority", "3"),
        ("X-GUID", "%s-%s-%s-%s-%s" % (hexs(r, 8, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 12, True))),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.0.1.91[cn]"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<%s%s%s@tianhe-herbal.cn>" % ((t + datetime.timedelta(hours=8)).strftime("%Y%m%d%H%M%S"), digits(r, 4), digits(r, 6))),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e54 -- web design / app cold pitch, 2014, Outlook 2013 style multipart/alternative
def e54(r):
    t = T(2014, 2, 26, 6, 41, r.randint(0, 59))
    rcpt = "contact@larkspur-florists.example"
    relay = "smtpout%d.hostdeskindia.in" % r.randint(1, 9)
    rip = ip(r, 117)
    text = """Hi,

Hope you are doing well.

We are an IT company based in India with 8+ years of experience in website
design & development, e-commerce, and mobile apps (iPhone/Android).

We noticed that your website is not responsive and doesn't look good on
mobile phones and tablets. Over 50% of your visitors now come from mobile
devices, so you may be losing customers every day.

We can redesign your website with:
- Modern responsive look (WordPress / Joomla / Magento)
- Online ordering and payment gateway
- Basic SEO setup and Google Maps/Places listing
- Starting at only $399, with 12 months free support

Would you be interested? I can share our portfolio and a free mock-up of
your new home page.

Thanks & Regards,
Rahul Mehta
Sr. Business Analyst
Pixelcraft Webtech Pvt. Ltd.

If you don't want to receive further emails, please reply with "Remove".
"""
    paras = text.split("\n\n")
    html_paras = []
    for p in paras:
        h = p.replace("&", "&amp;").replace("\n", "<br>\n")
        html_paras.append("<p class=MsoNormal>%s<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>" % h)
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}
--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>
%s
</div></body></html>
""" % "\n".join(html_paras)
    bnd = "----=_NextPart_000_%04X_%08X.%08X" % ((r.randint(0, 0xff),) + filetime(r, t))
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="us-ascii"', text, "7bit"),
        leaf('text/html;\n\tcharset="us-ascii"', html, "quoted-printable"),
    ], preamble="This is a multipart message in MIME format.\n")
    t1 = later(t, r, 1, 3)
    t2 = later(t1, r, 2, 25)
    client = ip(r, 122)
    hs = [
        ("Received", rcv_postfix(r, t2, 0, relay, relay, rip, "mx.larkspur-florists.example", rcpt,
                                 proto="ESMTPS", tzname="GMT")),
        ("Received", "from RahulPC ([%s])\n\t(authenticated bits=0)\n\tby %s (8.14.4/8.14.4) with ESMTP id %s\n\tfor <%s>; %s" % (
            client, relay, sendmail_id(r, t1), rcpt, date(t1, 330))),
        ("From", "\"Rahul Mehta\" <rahul@pixelcraft-webtech.in>"),
        ("To", "<%s>" % rcpt),
        ("Subject", "Website Re-design & Mobile App Proposal"),
        ("Date", date(t, 330)),
        ("Message-ID", "<%s$%s$%s@pixelcraft-webtech.in>" % (hexs(r, 12), hexs(r, 8), hexs(r, 8))),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Outlook 15.0"),
        ("Thread-Index", "Ac8y" + b64rand(r, 15)[:20]),
        ("Content-Language", "en-in"),
    ]
    return "spam", message(hs, body)


# e55 -- PHISH: IRS refund #2, 2013, text + HTML-form attachment (inert form, invented host)
def e55(r):
    t = T(2013, 2, 19, 15, 28, r.randint(0, 59))
    rcpt = "dmcallister@oakhurst-lumber.test"
    bot = ip(r, 177)
    amount = "%d.%02d" % (r.randint(300, 900), r.randint(0, 99))
    text = """Internal Revenue Service

After the last annual calculation of your fiscal activity we have
determined that you are eligible to receive a tax refund of $%s.
Please submit the tax refund request form attached to this message and
allow us 3-5 business days in order to process it.

Note: A refund can be delayed for a variety of reasons, for example
submitting invalid records or applying after the deadline.

Download the attached form, open it in your web browser and complete all
the required fields.

Internal Revenue Service
Refund Department
""" % amount
    form = """<!DOCTYPE html>
<html><head><title>IRS - Tax Refund Form</title>
<style>body{font-family:Arial;font-size:13px}label{display:block;margin-top:8px}</style></head>
<body>
<h2>Tax Refund Request</h2>
<p>Refund amount: $%s</p>
<form method="post" action="http://irs-refund-processing-center.biz/submit/form1040r.php">
<label>Full name <input type="text" name="name"></label>
<label>Social Security Number <input type="text" name="ssn"></label>
<label>Date of birth <input type="text" name="dob"></label>
<label>Card number <input type="text" name="cc"></label>
<label>Expiration <input type="text" name="exp"></label>
<label>CVV2 <input type="text" name="cvv"></label>
<label>ATM PIN <input type="password" name="pin"></label>
<p><input type="submit" value="Submit refund request"></p>
</form>
</body></html>
""" % amount
    bnd = bnd_php(r)
    body = multi('multipart/mixed; boundary="%s"', bnd, [
        leaf('text/plain; charset="us-ascii"', text, "7bit"),
        leaf('text/html; name="Tax_Refund_Form_%s.html"' % digits(r, 5), form.encode("ascii"), "base64",
             extra=[("Content-Disposition", 'attachment; filename="Tax_Refund_Form.html"')]),
    ])
    t1 = later(t, r, 1, 12)
    rd = dyn(r, bot, "telmex-infinitum.mx", "dynamic")
    hs = [
        ("Return-Path", "<refund@irs-taxnotice.org>"),
        ("Received", rcv_sendmail(r, t1, -300, "refund-srv%s" % digits(r, 2), rd, bot, "mx1.oakhurst-lumber.test", rcpt,
                                  ver="8.14.5/8.14.5", proto="ESMTP", forged=True, tzname="EST")),
        ("Authentication-Results", "mx1.oakhurst-lumber.test; spf=neutral smtp.mailfrom=refund@irs-taxnotice.org; dkim=none"),
        ("From", "\"Internal Revenue Service\" <refund@irs-taxnotice.org>"),
        ("To", "\"%s\" <%s>" % (rcpt.split("@")[0], rcpt)),
        ("Subject", "Tax Refund Notice - please complete the attached form"),
        ("Date", date(t, -360)),
        ("Message-ID", "<%s.%s@irs-taxnotice.org>" % (hexs(r, 16), digits(r, 5))),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180"),
    ]
    return "phish", message(hs, body)


# e56 -- word salad #2, 2008, html with literature paragraphs in grey under a link
LIT56 = [
    "On the fourth morning the fog lifted, and the captain sent the boy aloft to look for land.",
    "There was none to be seen, only the long grey swell running out of the south and a single gull that had followed them since the Azores.",
    "The mate, a silent Cornishman with a scar across his chin, said it was the same gull and that it meant nothing good.",
    "Below decks the passengers had given up pretending to be cheerful.",
    "Mrs. Pellow read her Bible aloud in a voice that did not carry past the second berth, and her husband counted the days on his fingers.",
    "Young Tregarthen, who had never been further than Truro before this voyage, spent his hours drawing the rigging in a little book.",
    "By noon the wind had freshened, and the ship leaned over so that the lamps swung out from the bulkheads on their chains.",
    "The cook swore at the stove and the stove answered him with smoke.",
    "Nobody could afterwards say who first saw the other vessel, hull down to windward, with her topsails black against the sky.",
    "The captain looked at her through his glass for a long time and then handed the glass to the mate without a word.",
    "That night no one slept, and the boy was sent aloft again before the watch was changed.",
]


def e56(r):
    t = T(2008, 6, 30, 12, 16, r.randint(0, 59))
    rcpt = "rosalind.tapp@heronsgate-lib.example"
    bot = ip(r, 85)
    sents = LIT56[:]
    r.shuffle(sents)
    paras = []
    i = 0
    while i < len(sents):
        n = r.randint(2, 4)
        paras.append(" ".join(sents[i:i + n]))
        i += n
    site = "%s.rxsavings-club.cn" % letters(r, 6)
    html = """<html><body>
<p><a href="http://%s/"><font face="Arial" size="3"><b>Your Rx savings - click here</b></font></a></p>
<p><font face="Arial" size="2">Viagra, Cialis, Levitra &middot; Propecia &middot; Soma &middot; from $0.89</font></p>
<br><br>
%s
</body></html>
""" % (site, "\n".join('<p><font face="Georgia" size="1" color="#bbbbbb">%s</font></p>' % p for p in paras))
    ent = leaf("text/html; charset=iso-8859-1", html, "7bit")
    t1 = later(t, r, 1, 40)
    rd = dyn(r, bot, "telenet-kabel.be", "dhcp")
    hs = [
        ("Received", rcv_postfix(r, t1, 60, "%s" % letters(r, 8), rd, bot, "mail.heronsgate-lib.example",
                                 rcpt, tzname="BST")),
        ("Message-ID", mid_tb(r, t, rd)),
        ("Date", date(t, 120)),
        ("From", "%s <%s@%s>" % (r.choice(["Opal Dyer", "Ned Corliss"]), letters(r, 7), "gmail.com")),
        ("User-Agent", "Thunderbird 2.0.0.14 (Windows/20080421)"),
        ("MIME-Version", "1.0"),
        ("To", rcpt),
        ("Subject", "%s %s %s" % (r.choice(WORDS), r.choice(["in", "of", "by", "and"]), r.choice(WORDS))),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e57 -- bulk list seller #2, 2010, html table of countries, alternative b64
def e57(r):
    t = T(2010, 12, 8, 2, 5, r.randint(0, 59))
    rcpt = "marketing@ottershaw-tools.test"
    bot = ip(r, 58)
    seller = "emaildatabase-%s.com" % letters(r, 4)
    rows = [("USA consumer", "185,000,000", "$299"), ("USA business (by SIC code)", "22,000,000", "$199"),
            ("UK + Ireland", "18,500,000", "$99"), ("Germany / Austria / Switzerland", "14,000,000", "$99"),
            ("Canada", "9,700,000", "$79"), ("Worldwide B2B 2010", "300,000,000", "$499")]
    text = "2010 EMAIL MARKETING DATABASE - UPDATED DECEMBER\n\n" + "\n".join(
        "%-34s %14s   %s" % row for row in rows) + """

* Opt-in, verified, bounce rate under 5%%
* Fields: email, name, company, city, state, phone, industry
* Delivered in Excel/CSV within 1 hour after payment
* Free lifetime updates + free bulk mailing software

Order: http://www.%s/
MSN/Email: sales@%s
""" % (seller, seller)
    trs = "\n".join("<tr><td>%s</td><td align=right>%s</td><td align=right><b>%s</b></td></tr>" % row for row in rows)
    html = """<html><body><font face="Arial" size="2">
<h3 style="color:#0055aa;">2010 EMAIL MARKETING DATABASE &ndash; updated December</h3>
<table border=1 cellpadding=4 cellspacing=0 style="font-size:12px;border-collapse:collapse;">
<tr bgcolor="#dde8f5"><th>List</th><th>Contacts</th><th>Price</th></tr>
%s
</table>
<ul><li>Opt-in, verified, bounce rate under 5%%</li><li>Fields: email, name, company, city, state, phone, industry</li>
<li>Delivered in Excel/CSV within 1 hour after payment</li><li>Free lifetime updates + free bulk mailing software</li></ul>
<p>Order: <a href="http://www.%s/">www.%s</a> &nbsp; MSN/Email: sales@%s</p>
</font></body></html>
""" % (trs, seller, seller, seller)
    bnd = bnd_oe(r, t)
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="gb2312"', text, "base64"),
        leaf('text/html;\n\tcharset="gb2312"', html, "base64"),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 3, 40)
    rd = dyn(r, bot, "sh.cnc-broadband.cn", "dynamic")
    pcname = "PC-2010" + digits(r, 4)
    hs = [
        ("Received", rcv_exim(r, t1, 0, pcname, rd, bot, "mx.ottershaw-tools.test",
                              rcpt, ver="4.72")),
        ("From", "\"Email Database\" <sales@%s>" % seller),
        ("Subject", "300 million email list 2010, $499 - %s" % digits(r, 6)),
        ("To", "<%s>" % rcpt),
        ("Date", date(t, 480)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5843"),
        ("Message-ID", mid_oe(r, pcname, t)),
    ]
    return "spam", message(hs, body)


# e58 -- PHISH: webmail quota #2, 2014, "Outlook Web App" styled, Exchange 2010 hops
def e58(r):
    t = T(2014, 9, 22, 9, 18, r.randint(0, 59))
    rcpt = "staff@kingsmere-college.test"
    snd = "j.mbeki"
    org = "tuksbridge-logistics.co.za"
    link = "http://owa-%s.top/owa/auth/logon.aspx" % letters(r, 6)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:10pt;color:#000;">
<table width="500" style="border:1px solid #0072c6;"><tr><td style="background:#0072c6;color:#fff;padding:8px;font-size:14pt;">Outlook Web App</td></tr>
<tr><td style="padding:12px;">
<p>Your mailbox has reached <b>98%%</b> of its storage limit (1.96 GB / 2 GB).</p>
<p>You may not be able to send or receive new messages until you verify your account and the
administrator increases your mailbox size.</p>
<p><a href="%s" style="color:#0072c6;font-weight:bold;">Verify your account now</a></p>
<p style="font-size:8pt;color:#666;">IT Service Desk &ndash; Microsoft Exchange Server 2010</p>
</td></tr></table>
</div></body></html>
""" % link
    text = "Your mailbox has reached 98%% of its storage limit (1.96 GB / 2 GB).\n\nVerify your account now:\n%s\n\nIT Service Desk\n" % link
    mbx = "EXMBX%02d" % r.randint(1, 9)
    midl = hexs(r, 32).upper()
    bnd = "_000_%s%s%s_" % (midl, mbx, org.replace(".", "").replace("-", ""))
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain; charset="utf-8"', text, "base64"),
        leaf('text/html; charset="utf-8"', html, "base64"),
    ])
    t1 = later(t, r, 0, 2)
    t2 = later(t1, r, 1, 4)
    t3 = later(t2, r, 2, 20)
    hub = ip(r, 41)
    hs = [
        ("Received", rcv_postfix(r, t3, 60, "mail.%s" % org, "mail.%s" % org, hub,
                                 "mx2.kingsmere-college.test", rcpt, proto="ESMTPS", tzname="BST")),
        ("Received", "from %s.%s ([fe80::%s:%s:%s:%s]) by\n EXHUB01.%s ([10.%d.%d.%d]) with mapi id\n 14.03.0158.001; %s" % (
            mbx, org, hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), org,
            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), date(t1, 120))),
        ("From", "IT Service Desk <%s@%s>" % (snd, org)),
        ("To", "\"%s\" <%s>" % ("Staff", rcpt)),
        ("Subject", "Mailbox Storage Limit Warning"),
        ("Thread-Topic", "Mailbox Storage Limit Warning"),
        ("Thread-Index", "Ac/W" + b64rand(r, 15)[:20]),
        ("Date", date(t, 120)),
        ("Message-ID", "<%s@%s.%s>" % (midl, mbx, org)),
        ("Accept-Language", "en-US, en-ZA"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-originating-ip", "[%s]" % ip(r, 197)),
        ("@", None),
        ("MIME-Version", "1.0"),
    ]
    return "phish", message(hs, body)


# e59 -- timeshare resale / exit pitch, 2014, clean ESP text/plain, DKIM, unsubscribe
def e59(r):
    t = T(2014, 5, 6, 14, 40, r.randint(0, 59))
    rcpt = "doug.pendergast@elmsworth-ortho.example"
    esp = "sm%d.relaymint.net" % r.randint(10, 80)
    espip = docip(r, 2)
    uid = hexs(r, 20)
    text = """Do you own a timeshare you no longer use?

Maintenance fees going up every year? Tired of trying to book the weeks
you want? You are not alone - and you are not stuck.

Timeshare Exit Pros has helped more than 11,000 owners legally get out of
their timeshare contracts, mortgages and maintenance fees. In many cases
we also have cash buyers waiting for popular resorts in Florida, Hawaii,
Las Vegas and Mexico.

  * Free, no-obligation case review
  * 100%% money-back guarantee
  * A+ rated, licensed attorneys in all 50 states

Find out what your timeshare is worth today:
http://www.timeshare-exitpros.net/review?ref=%s

Or call 1-855-%s-%s, Monday to Saturday, 8am-8pm EST.

--
You received this message because you are on a list of vacation
property owners. Unsubscribe: http://www.relaymint.net/unsub/%s
Timeshare Exit Pros LLC, 4700 Millenia Blvd, Suite 175, Orlando FL 32839
""" % (uid[:8], digits(r, 3), digits(r, 4), uid)
    ent = leaf("text/plain; charset=utf-8; format=flowed", text, "quoted-printable")
    t1 = later(t, r, 1, 5)
    ts = int((t - datetime.datetime(1970, 1, 1)).total_seconds())
    hs = [
        ("Return-Path", "<bounces+%s@relaymint.net>" % uid[:12]),
        ("Received", rcv_postfix(r, t1, -240, esp, esp, espip, "mx.elmsworth-ortho.example", rcpt,
                                 proto="ESMTPS", tzname="EDT")),
        ("Authentication-Results", "mx.elmsworth-ortho.example; dkim=pass header.d=timeshare-exitpros.net; spf=pass smtp.mailfrom=relaymint.net"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=timeshare-exitpros.net; h=from:to:subject:mime-version:content-type:list-unsubscribe; s=rm1; t=%d; bh=%s; b=%s" % (
            ts, b64rand(r, 32), b64rand(r, 128))),
        ("Date", date(t, 0)),
        ("From", "Timeshare Exit Pros <owners@timeshare-exitpros.net>"),
        ("Subject", "Stop paying for a timeshare you don't use"),
        ("To", rcpt),
        ("Message-ID", "<%s@%s>" % (b62(r, 22), esp)),
        ("List-Unsubscribe", "<http://www.relaymint.net/unsub/%s>" % uid),
        ("X-SMTPAPI", '{"category":["timeshare-%s"]}' % digits(r, 3)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e60 -- PHISH: Chase online banking, 2010, botnet, text + html qp
def e60(r):
    t = T(2010, 10, 14, 21, 55, r.randint(0, 59))
    rcpt = "lorna.fitzwilliam@caddington-farms.test"
    bot = ip(r, 80)
    link = "http://chaseonline.%s.ru/Logon.aspx?LOB=RBGLogon" % ("secure-" + letters(r, 5))
    ref = "%s-%s" % (letters(r, 2).upper(), digits(r, 7))
    text = """Dear Chase Customer,

We are writing to let you know that we have temporarily suspended your
Chase Online(SM) access because we detected a number of failed sign-in
attempts on your account.

To restore your access, please confirm your identity by signing in to
Chase Online and following the instructions:

%s

Reference: %s

If you do not confirm your identity within 72 hours, your online access
will be permanently suspended and you will need to visit a branch.

Sincerely,
Chase Online Customer Service

Please do not reply to this automated e-mail.
""" % (link, ref)
    html = """<html><body style="font-family:Arial;font-size:12px;">
<div style="background:#0f5ba7;color:#fff;padding:10px;font-size:18px;font-weight:bold;">CHASE &#9671;</div>
<div style="padding:14px;width:560px;">
<p>Dear Chase Customer,</p>
<p>We are writing to let you know that we have temporarily suspended your Chase Online<sup>SM</sup> access because we
detected a number of failed sign-in attempts on your account.</p>
<p>To restore your access, please confirm your identity by signing in to <a href="%s">Chase Online</a> and following the instructions.</p>
<p>Reference: <b>%s</b></p>
<p>If you do not confirm your identity within 72 hours, your online access will be permanently suspended and you will need to visit a branch.</p>
<p>Sincerely,<br>Chase Online Customer Service</p>
<p style="font-size:10px;color:#888;">Please do not reply to this automated e-mail. &copy; 2010 JPMorgan Chase &amp; Co.</p>
</div></body></html>
""" % (link, ref)
    bnd = bnd_tb(r)
    body = multi('multipart/alternative;\n boundary="%s"', bnd, [
        leaf("text/plain; charset=ISO-8859-1; format=flowed", text, "7bit"),
        leaf("text/html; charset=ISO-8859-1", html, "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.")
    t1 = later(t, r, 2, 25)
    rd = dyn(r, bot, "free-adsl-fr.net", "pool")
    hs = [
        ("Return-Path", "<service@chaseonline-alerts.com>"),
        ("Received", rcv_exim(r, t1, -240, "chaseonline-alerts.com", rd, bot, "mail.caddington-farms.test", rcpt,
                              env="service@chaseonline-alerts.com", ver="4.69")),
        ("Message-ID", mid_tb(r, t, "chaseonline-alerts.com")),
        ("Date", date(t, -240)),
        ("From", "Chase Online <service@chaseonline-alerts.com>"),
        ("User-Agent", "Thunderbird 2.0.0.24 (Windows/20100228)"),
        ("MIME-Version", "1.0"),
        ("To", rcpt),
        ("Subject", "Chase Online: access temporarily suspended [%s]" % ref),
        ("@", None),
    ]
    return "phish", message(hs, body)
