"""Messages h31-h45."""
from mailkit import *
from msgs1 import xoat


def h31(r):
    """job offer letter with PDF (Outlook 2007, multipart/mixed > alternative)"""
    d = D(2008, 5, 14, 16, 20, 37, "MT")
    plain = """Dear Lena,

On behalf of Cordillera Hydrometrics, I am delighted to offer you the
position of Research Scientist, Field Instrumentation, starting on or
after September 2, 2008, subject to completion of your doctorate.

The attached letter sets out the terms: a starting salary of $71,500
per year, relocation assistance up to $6,000, and our standard benefits
package.  The position is based in Boulder, with field seasons in
Alaska and the Yukon.

Please let me know your decision by May 30.  I would be very happy to
set up a call with Dr. Sato if you have questions about the team.

Kind regards,

Meredith Ashgrove
Human Resources Manager
Cordillera Hydrometrics, Inc.
303-555-0129
"""
    html = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt_b = "_000_%s_" % hexs(r, 48, True)
    mix_b = "_004_%s_" % hexs(r, 48, True)
    alt = multi("alternative", [text(plain, ct='text/plain; charset="us-ascii"', cte="quoted-printable"),
                                text(html, ct='text/html; charset="us-ascii"', cte="quoted-printable")], alt_b, params="")
    att = binary("application/pdf", pdf(["Cordillera Hydrometrics offer letter", "Candidate: Lena Voss",
                                         "Position: Research Scientist, Field Instrumentation"]), "Offer_Letter_LVoss.pdf")
    part = multi("mixed", [alt, att], mix_b, params="")
    hdrs = [("Return-Path", "<mashgrove@cordillera-hydro.example>")]
    hdrs += chain(r, d, [("from CHI-EXCH.cordhydro.local ([192.168.20.5]) by\n mail.cordillera-hydro.example ([192.168.20.5]) with mapi; {d}", "MT", "std")]
                  + gw_u(r, 2008, "mail.cordillera-hydro.example (mail.cordillera-hydro.example [198.51.100.140])", "lvoss@halvorsen.example"))
    hdrs += [
        ("Received-SPF", "softfail (mx-in2.its.halvorsen.example: transitioning domain of cordillera-hydro.example does not designate 198.51.100.140 as permitted sender)"),
        ("From", "Meredith Ashgrove <mashgrove@cordillera-hydro.example>"),
        ("To", '"lvoss@halvorsen.example" <lvoss@halvorsen.example>'),
        ("Date", fmt(d, "std")),
        ("Subject", "Offer of employment - Research Scientist"),
        ("Thread-Topic", "Offer of employment - Research Scientist"),
        ("Thread-Index", thread_index(r)),
        ("Message-ID", "<%s@CHI-EXCH.cordhydro.local>" % hexs(r, 40, True)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
    ]
    return build(hdrs, part)


def h32(r):
    """delivery status notification for a mistyped address (multipart/report)"""
    d = D(2008, 7, 22, 10, 4, 19, "CT")
    qid = hexs(r, 10, True)
    human = """This is the mail system at host mx.rivertonmn.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ikramer@rivertonmn.example>: host mail.rivertonmn.example[10.9.0.8] said: 550
    5.1.1 <ikramer@rivertonmn.example>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx.rivertonmn.example
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; tbrennan@ci.marrowfield.test
Arrival-Date: %s

Final-Recipient: rfc822; ikramer@rivertonmn.example
Original-Recipient: rfc822;ikramer@rivertonmn.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.rivertonmn.example
Diagnostic-Code: smtp; 550 5.1.1 <ikramer@rivertonmn.example>: Recipient
    address rejected: User unknown in local recipient table
""" % (qid, fmt(d, "cmt", "CT"))
    orig = """Received: from mailgate.ci.marrowfield.test (mailgate.ci.marrowfield.test [198.51.100.9])
	by mx.rivertonmn.example (Postfix) with ESMTP id %s
	for <ikramer@rivertonmn.example>; %s
Subject: Field map template - thanks
To: ikramer@rivertonmn.example
From: Tom Brennan <tbrennan@ci.marrowfield.test>
Date: %s
Message-ID: <OF%s.%s-ON86257490.%s@ci.marrowfield.test>
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII
""" % (qid, fmt(d, "cmt", "CT"), fmt(d, "std", "CT"), hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True))
    b = "%s.%d/mx.rivertonmn.example" % (qid, 1216739059)
    p1 = text(human, ct="text/plain; charset=us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    p2 = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], crlf(status).encode())
    p3 = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], crlf(orig).encode())
    part = multi("report", [p1, p2, p3], b, params=" report-type=delivery-status;",
                 preamble="This is a MIME-encapsulated message.\n")
    hdrs = chain(r, d, [("by mx.rivertonmn.example (Postfix)\n\tid 2D7F01A0C4; {d}", "CT", "cmt")]
                 + gw_c(r, 2008, "mx.rivertonmn.example ([198.51.100.57])")) + [
        ("Date", fmt(d, "cmt")),
        ("From", "MAILER-DAEMON@rivertonmn.example (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "tbrennan@ci.marrowfield.test"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Message-Id", "<20080722150419.2D7F01A0C4@mx.rivertonmn.example>"),
    ]
    return build(hdrs, part)


def h33(r):
    """bookstore newsletter (Constant Contact, multipart/alternative)"""
    d = D(2008, 9, 4, 11, 2, 0, "PT")
    plain = """TERN & LANTERN BOOKS  ~  September Newsletter

Hello Owen,

FALL EVENTS AT THE SHOP

Thu Sept 11, 7pm - Marguerite Oyelaran reads from "The Salt Road", her
novel about three generations of a fishing family on the Oregon coast.

Sat Sept 20, 10am - Kids' storytime with the Corvallis Library, this
month on the theme of owls.  Free, no sign-up needed.

Tue Sept 30, 7pm - Used book buying night: bring up to two boxes, we pay
cash or 30%% more in store credit.

STAFF PICKS
 - Dana: "The Stone Orchard" - quiet, strange and lovely.
 - Raul: "Rivers of the Cascades" - for anyone who has ever wanted to
   know why the Willamette goes where it goes.
 - Hattie: "Bread on the Table" - the best baking book since Beard.

MEMBER OFFER: 20%% off any one new hardcover through September 30.
Show this e-mail at the register or use code FALL08 online.

Tern & Lantern Books, 318 SW Madison Ave, Corvallis OR 97333
541-555-0148  |  www.ternandlantern.example

Forward email: http://ui.constantcontact.example/sa/fwtf.jsp?m=%s&ea=owen%%40oakhollow.test
This email was sent to owen@oakhollow.test by news@ternandlantern.example.
Update Profile/Email Address | Instant removal with SafeUnsubscribe(TM) | Privacy Policy.
""" % digits(r, 10)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#efe6d2"><table width="600" align="center" bgcolor="#ffffff" cellpadding="18" style="font-family:Georgia,serif;color:#2b2b2b">
<tr><td style="background:#2c4a3e;color:#f7e8c4;font-size:26px">Tern &amp; Lantern Books<br><span style="font-size:13px">September Newsletter</span></td></tr>
<tr><td><p>Hello Owen,</p>
<h3 style="color:#2c4a3e">Fall events at the shop</h3>
<p><b>Thu Sept 11, 7pm</b> &mdash; Marguerite Oyelaran reads from <i>The Salt Road</i>, her novel about three generations of a fishing family on the Oregon coast.</p>
<p><b>Sat Sept 20, 10am</b> &mdash; Kids&rsquo; storytime with the Corvallis Library, this month on the theme of owls. Free, no sign-up needed.</p>
<p><b>Tue Sept 30, 7pm</b> &mdash; Used book buying night: bring up to two boxes, we pay cash or 30%% more in store credit.</p>
<h3 style="color:#2c4a3e">Staff picks</h3>
<ul><li>Dana: <i>The Stone Orchard</i> &mdash; quiet, strange and lovely.</li>
<li>Raul: <i>Rivers of the Cascades</i> &mdash; for anyone who has ever wanted to know why the Willamette goes where it goes.</li>
<li>Hattie: <i>Bread on the Table</i> &mdash; the best baking book since Beard.</li></ul>
<div style="border:2px dashed #2c4a3e;padding:10px;text-align:center"><b>MEMBER OFFER: 20%% off any one new hardcover</b> through September 30.<br>Show this e-mail at the register or use code FALL08 online.</div>
<p style="font-size:12px">Tern &amp; Lantern Books, 318 SW Madison Ave, Corvallis OR 97333 &middot; 541-555-0148</p></td></tr>
<tr><td style="font-size:10px;color:#777;font-family:Arial">This email was sent to owen@oakhollow.test by news@ternandlantern.example.<br>
<a href="http://visitor.constantcontact.example/do?p=oo&amp;m=%s&amp;se=%s">Update Profile/Email Address</a> | <a href="http://visitor.constantcontact.example/do?p=un&amp;m=%s&amp;se=%s">Instant removal with SafeUnsubscribe&trade;</a> | <a href="http://www.constantcontact.example/legal/privacy-statement">Privacy Policy</a>.</td></tr>
</table></body></html>
""" % (digits(r, 10), digits(r, 10), digits(r, 10), digits(r, 10))
    b = "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), 1220551320000 + r.randint(1, 999))
    part = multi("alternative", [text(plain, ct="text/plain; charset=utf-8", cs="utf-8", cte="7bit"),
                                 text(html, ct="text/html; charset=utf-8", cs="utf-8", cte="quoted-printable")], b, params="")
    hdrs = chain(r, d, [("from ccm02.constantcontact.example (ccm02.constantcontact.example [198.51.100.226])\n\tby mx2.fernhost.test with SMTP; {d}", "UTC", "qmail"),
                        ("(qmail %d invoked from network); {d}" % r.randint(2000, 32000), "UTC", "qmail")])
    hdrs = [("Return-Path", "<bounce-%s@in.constantcontact.example>" % alnum(r, 14))] + hdrs + [
        dkim(r, "in.constantcontact.example", "1000073432", "date:from:to:subject:mime-version:content-type:list-unsubscribe", a="rsa-sha1"),
        ("Authentication-Results", "mx2.fernhost.test; dkim=pass header.i=@in.constantcontact.example"),
        ("Date", fmt(d, "std")),
        ("From", "Tern & Lantern Books <news@ternandlantern.example>"),
        ("Reply-To", "news@ternandlantern.example"),
        ("To", "owen@oakhollow.test"),
        ("Message-ID", "<%d.%d.%d.JavaMail.root@ccm02>" % (r.randint(10**8, 10**9), r.randint(10**8, 10**9), r.randint(10, 99))),
        ("Subject", "September at Tern & Lantern: readings, storytime, 20% off"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("List-Unsubscribe", "<mailto:unsubscribe-%s@in.constantcontact.example>" % alnum(r, 20)),
        ("X-Roving-ID", "%s.%s" % (digits(r, 10), digits(r, 4))),
        ("X-Mailer", "Roving Constant Contact (http://www.constantcontact.com)"),
        ("X-Feedback-ID", "%s:%s" % (digits(r, 10), hexs(r, 8))),
    ]
    return build(hdrs, part)


def h34(r):
    """mortgage broker the person is working with (Outlook 2007, plain)"""
    d = D(2008, 11, 18, 8, 49, 51, "CT")
    body = """Hi Daniel,

Good news - the underwriter signed off on the appraisal ($412K, so we're
fine on the 80%% LTV) and your loan is clear to close subject to two items:

  1. A copy of the October statement for the Vanguard account (all pages,
     even the blank ones - they're picky about that).
  2. Signed letter of explanation for the credit inquiry from Pine Ridge
     Auto in August.  A one-liner is fine: "I shopped for a car loan but
     did not open an account."

Your rate is locked at 6.125%% on the 30-year fixed through December 12, so
if we get those by Friday we can close the first week of December as
planned.  The title company will send the closing disclosure separately.

With everything going on in the markets I know it's a nervous time, but
your file is in good shape.  Call my cell anytime: 281-555-0164.

Thanks,
Lorraine

Lorraine Beaumont
Senior Loan Officer
Gulfbend Mortgage Partners, NMLS #%s
""" % digits(r, 6)
    part = text(body, ct='text/plain;\n\tcharset="us-ascii"', cte="7bit")
    hdrs = chain(r, d, [("from LBEAUMONT ([192.168.1.112]) by smtp.gulfbendmortgage.example with Microsoft SMTPSVC(6.0.3790.3959);\n\t {d}", "CT", "std")]
                 + gw_e(r, 2008, "smtp.gulfbendmortgage.example (198.51.100.66)")) + [
        ("From", '"Lorraine Beaumont" <lbeaumont@gulfbendmortgage.example>'),
        ("To", '"Daniel Reyes" <dreyes@bwtrading.example>'),
        ("Subject", "Clear to close - two items needed"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<00%s$%s$%s@gulfbendmortgage.example>" % (hexs(r, 10), hexs(r, 8), hexs(r, 8))),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", thread_index(r)),
        ("Content-Language", "en-us"),
        ("Received-SPF", "pass (HOU-EXHUB02.corp.bwtrading.example: domain of lbeaumont@gulfbendmortgage.example designates 198.51.100.66 as permitted sender)"),
        ("Return-Path", "lbeaumont@gulfbendmortgage.example"),
    ]
    return build(hdrs, part)


def h35(r):
    """Google Group post (cycling club, utf-8 QP, French name)"""
    d = D(2009, 1, 27, 18, 12, 6, "ET")
    body = """Hi everyone,

Sunday's ride is ON despite the forecast - but we'll do the short loop
(Mill Road, Carver Hill, back by the reservoir, about 28 miles) instead
of the Ridgeline route.  Meet at 9:00 in the lot behind the Student
Union.  Fenders strongly recommended; the shoulders on Mill Road are a
mess of salt and sand.

Coffee afterwards at Café Lumière as usual.

Also: Hélène has three spare club jerseys (two M, one L) left from the
autumn order at $35.  Reply to her directly, not to the list.

Ride safe,
Étienne
--~--~---------~--~----~------------~-------~--~----~
You received this message because you are subscribed to the Google Groups "Halvorsen Cycling Club" group.
To post to this group, send email to halvorsen-cycling@googlegroups.com
To unsubscribe from this group, send email to halvorsen-cycling+unsubscribe@googlegroups.com
For more options, visit this group at http://groups.google.com/group/halvorsen-cycling?hl=en
-~----------~----~----~----~------~----~------~--~---
"""
    part = text(body, ct="text/plain; charset=UTF-8", cs="utf-8", cte="quoted-printable")
    hdrs = [("Return-Path", "<grbounce-%s=m.okafor=halvorsen.example@googlegroups.com>" % alnum(r, 28))]
    hdrs += chain(r, d, [("by 10.90.31.14 with SMTP id e14mr1211487agd.12.%d;\n        {d}" % r.randint(10**9, 2 * 10**9), "PT", "std"),
                         ("by 10.100.231.12 with SMTP id d12gr1977ank.0;\n\t{d}", "PT", "std")]
                  + gw_u(r, 2009, "yw-out-2324.google.example (yw-out-2324.google.example [203.0.113.228])", "m.okafor@halvorsen.example"))
    hdrs += [
        dkim(r, "googlegroups.com", "beta", "domainkey-signature:received:received:x-sender:x-apparently-to:received:date:message-id:subject:from:to:mime-version:content-type:content-transfer-encoding:reply-to:sender:precedence:x-google-loop:mailing-list:list-id:list-post:list-help:list-unsubscribe", c="relaxed/relaxed"),
        ("X-Sender", "etienne.roussel@gmail.com"),
        ("X-Apparently-To", "halvorsen-cycling@googlegroups.com"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@j39g2000yqn.googlegroups.com>" % hexs(r, 32)),
        ("Subject", "Sunday ride: short loop, 9:00, bring fenders"),
        ("From", "=?UTF-8?Q?=C3=89tienne_Roussel?= <etienne.roussel@gmail.com>"),
        ("To", "Halvorsen Cycling Club <halvorsen-cycling@googlegroups.com>"),
        ("Mime-Version", "1.0"),
        ("*MIME*", None),
        ("Reply-To", "halvorsen-cycling@googlegroups.com"),
        ("Sender", "halvorsen-cycling@googlegroups.com"),
        ("Precedence", "bulk"),
        ("X-Google-Loop", "groups"),
        ("Mailing-List", "list halvorsen-cycling@googlegroups.com;\n\tcontact halvorsen-cycling+owner@googlegroups.com"),
        ("List-Id", "<halvorsen-cycling.googlegroups.com>"),
        ("List-Post", "<mailto:halvorsen-cycling@googlegroups.com>"),
        ("List-Help", "<mailto:halvorsen-cycling+help@googlegroups.com>"),
        ("List-Unsubscribe", "<http://googlegroups.com/group/halvorsen-cycling/subscribe>,\n\t<mailto:halvorsen-cycling+unsubscribe@googlegroups.com>"),
    ]
    return build(hdrs, part)


def h36(r):
    """pharmacy refill reminder from the person's own pharmacy (plain, latin-1)"""
    d = D(2009, 3, 9, 9, 30, 14, "UK")
    rx = digits(r, 7)
    body = """Dear Ms Lindqvist,

This is a reminder from Holloway's Pharmacy, 14 Market Street, Ely.

Your repeat prescription (Rx %s, levothyroxine 50 mcg, 28 tablets) is
due for renewal on or around 16 March.  We have requested it from
St Etheldreda Surgery on your behalf, as you asked us to when you
signed up for the repeat service.

We will text you when it is ready to collect.  Please remember that
the surgery needs two working days, and that you can still use the
free delivery service if you are unable to come in.

If you no longer take this medicine, or would rather we did not order
it for you, just reply to this e-mail or ring us on 01353 555 014 and
we'll update your record.

Kind regards,
Anjali Mistry MRPharmS
Holloway's Pharmacy
"""
    part = text(body, ct="text/plain; charset=ISO-8859-1", cs="iso-8859-1", cte="7bit")
    hdrs = [("Return-path", "<dispensary@hollowayspharmacy.example>")]
    hdrs += chain(r, d, [("from [192.168.0.12] (helo=DISPENSARY1)\n\tby smtp.hollowayspharmacy.example with esmtpa (Exim 4.69)\n\t(envelope-from <dispensary@hollowayspharmacy.example>)\n\tid %s; {d}" % exim_id(r), "UK", "std")]
                  + gw_p1(r, 2009, "smtp.hollowayspharmacy.example ([203.0.113.17])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Received-SPF", "pass (mx3.kestrelnet.example: domain of hollowayspharmacy.example designates 203.0.113.17 as permitted sender)"),
        ("Message-ID", "<%s.%s@DISPENSARY1>" % (digits(r, 14), digits(r, 4))),
        ("From", "Holloway's Pharmacy <dispensary@hollowayspharmacy.example>"),
        ("To", "harriet.lindqvist@kestrelnet.example"),
        ("Subject", "Your repeat prescription is due - Holloway's Pharmacy"),
        ("Date", fmt(d, "std")),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Mailer", "PharmaLink Reminder Service 2.4"),
    ]
    return build(hdrs, part)


def h37(r):
    """LinkedIn invitation (2009, multipart/alternative)"""
    d = D(2009, 5, 19, 13, 55, 30, "PT")
    key = digits(r, 9)
    plain = """LinkedIn
------------

Nadia Kowalczyk requested to add you as a connection on LinkedIn:

------------------------------------------

Gloria,

I'd like to add you to my professional network on LinkedIn.

- Nadia Kowalczyk
GIS Coordinator at Harlan County

Accept invitation from Nadia Kowalczyk
http://www.linkedin.com/e/%s/blk/I%s_2/pmpxnSRJrSdvj4R5fnhv9ClRsDgZp6lQs6lzoQ5AomZIpn8_cBYRd3gPd3AUejcNiiYUbTt9rmlLbjoUcPsTdj8Rc3ATejALrCBxbOYWrSlI/EML_comm_afe/

View invitation from Nadia Kowalczyk
http://www.linkedin.com/e/%s/blk/I%s_2/39vcPsPcjwTd3wUckALqnpPbOYWrSlI/svi/

------------------------------------------

Why might connecting with Nadia Kowalczyk be a good idea?

Nadia Kowalczyk's connections could be useful to you:
After accepting Nadia Kowalczyk's invitation, check Nadia Kowalczyk's
connections to see who else you may know and who you might want an
introduction to.

------
(c) 2009, LinkedIn Corporation
""" % (alnum(r, 18), key, alnum(r, 18), key)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#000">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="background:#e3edf2;padding:10px"><b style="color:#0e76a8;font-size:20px">LinkedIn</b></td></tr>
<tr><td style="padding:12px"><p><b>Nadia Kowalczyk</b> requested to add you as a connection on LinkedIn:</p>
<div style="border:1px solid #ddd;padding:10px;background:#fafafa"><p>Gloria,</p><p>I'd like to add you to my professional network on LinkedIn.</p><p>- Nadia Kowalczyk<br><span style="color:#666">GIS Coordinator at Harlan County</span></p></div>
<p><a href="http://www.linkedin.com/e/%s/blk/I%s_2/EML_comm_afe/" style="background:#f0c030;padding:5px 12px;color:#000;text-decoration:none;border:1px solid #c90">Accept invitation</a> &nbsp; <a href="http://www.linkedin.com/e/%s/blk/I%s_2/svi/">View invitation from Nadia Kowalczyk</a></p>
<p style="font-size:11px;color:#666">&copy; 2009, LinkedIn Corporation</p></td></tr></table></body></html>
""" % (alnum(r, 18), key, alnum(r, 18), key)
    b = "----=_Part_%d_%d.%d" % (r.randint(10**6, 10**7), r.randint(10**8, 10**9), 1242766530000 + r.randint(1, 999))
    part = multi("alternative", [text(plain, ct="text/plain; charset=UTF-8", cs="utf-8", cte="7bit"),
                                 text(html, ct="text/html; charset=UTF-8", cs="utf-8", cte="7bit")], b, params="")
    hdrs = chain(r, d, [("from ela4-bed77.prod.linkedin.example (ela4-bed77.prod.linkedin.example [10.26.2.37])\n\tby mailout.linkedin.example with ESMTP; {d}", "PT", "std")]
                 + gw_c(r, 2009, "mailout.linkedin.example ([203.0.113.189])")) + [
        ("DomainKey-Signature", "q=dns; a=rsa-sha1; c=nofws;\n  s=prod; d=linkedin.com;\n  h=Sender:Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n  b=%s" % fold_b64(b64tok(r, 96), 64, "  ")),
        ("Sender", "messages-noreply@bounce.linkedin.com"),
        ("Date", fmt(d, "std")),
        ("From", "Nadia Kowalczyk <member@linkedin.com>"),
        ("To", "Gloria Kaminski <gkaminski@ci.marrowfield.test>"),
        ("Message-ID", "<%d.%d.%d.JavaMail.app@ela4-bed77.prod>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), 1242766530000)),
        ("Subject", "Invitation to connect on LinkedIn"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-LinkedIn-Template", "invite_member_72"),
        ("X-LinkedIn-fbl", "s-%s" % alnum(r, 40)),
    ]
    return build(hdrs, part)


def h38(r):
    """auto-reply: out of office (Exchange 2007)"""
    d = D(2009, 7, 2, 11, 26, 8, "ET")
    body = """I am out of the office from June 29 through July 10 with limited access to e-mail.

For trade confirmations and settlement questions please contact Amy Lindgren (alindgren@northmarkpower.example, 614-555-0191).
For anything urgent regarding the PJM West schedules, call the desk at 614-555-0100.

Thanks,
Craig
"""
    part = text(body, ct='text/plain; charset="us-ascii"', cte="7bit")
    hdrs = chain(r, d, [("from COL-MBX01.northmarkpower.local ([10.2.0.15]) by COL-HUB01.northmarkpower.local\n ([10.2.0.11]) with mapi; {d}", "ET", "std")]
                 + gw_e(r, 2009, "mail.northmarkpower.example (198.51.100.92)")) + [
        ("From", "Craig Henshaw <chenshaw@northmarkpower.example>"),
        ("To", '"Reyes, Daniel" <dreyes@bwtrading.example>'),
        ("Date", fmt(d, "std")),
        ("Subject", "Out of Office: July PJM confirms"),
        ("Thread-Topic", "July PJM confirms"),
        ("Thread-Index", thread_index(r)),
        ("Message-ID", "<%s@COL-MBX01.northmarkpower.local>" % hexs(r, 40, True)),
        ("In-Reply-To", "<%s@HOU-EXMB02.corp.bwtrading.example>" % hexs(r, 40, True)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "chenshaw@northmarkpower.example"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
    ]
    return build(hdrs, part)


def h39(r):
    """concert tickets with PDF e-ticket (ticket vendor, alternative + pdf)"""
    d = D(2009, 9, 2, 20, 8, 44, "PT")
    conf = "%s-%s" % (alnum(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ"), digits(r, 6))
    plain = """Thanks for your order, Owen!

Order number: %s

EVENT
  The Decemberists, with special guest Laura Gibson
  McDonald Theatre, Eugene OR
  Saturday, October 17, 2009  -  doors 7:00 PM, show 8:00 PM

TICKETS
  2 x General Admission Floor @ $35.00      $70.00
  Service fee (2 x $6.25)                   $12.50
  Order processing fee                       $3.00
  TOTAL charged to card ending %s          $85.50

Your tickets are attached as a PDF.  Print it and bring it to the door,
where each barcode will be scanned once.  Do not post photos of your
tickets online - anyone with the barcode can use them.

Questions?  Reply to this e-mail or see ticketwren.example/help.
Ticket Wren - independent ticketing for independent venues
""" % (conf, digits(r, 4))
    html = "<html><body style=\"font-family:Helvetica,Arial;font-size:13px\"><pre style=\"font-family:Helvetica,Arial\">" + plain.replace("&", "&amp;") + "</pre></body></html>\n"
    alt_b = "alt_%s" % hexs(r, 24)
    mix_b = "mix_%s" % hexs(r, 24)
    alt = multi("alternative", [text(plain, ct="text/plain; charset=UTF-8", cs="utf-8", cte="quoted-printable"),
                                text(html, ct="text/html; charset=UTF-8", cs="utf-8", cte="quoted-printable")], alt_b, params="")
    att = binary("application/pdf", pdf(["Ticket Wren e-ticket", "Order %s" % conf, "2 x GA Floor - McDonald Theatre",
                                         "barcode %s" % digits(r, 16)]), "tickets-%s.pdf" % conf)
    part = multi("mixed", [alt, att], mix_b, params="")
    hdrs = chain(r, d, [("from app2.ticketwren.example (app2.ticketwren.example [10.0.4.12])\n\tby smtp.ticketwren.example (Postfix) with ESMTP id 4B2E9C11A7\n\tfor <owen@oakhollow.test>; {d}", "PT", "cmt")]
                 + gw_p2(r, 2009, "smtp.ticketwren.example (smtp.ticketwren.example [198.51.100.173])", "owen@oakhollow.test"))
    hdrs = [("Return-Path", "<orders@ticketwren.example>"), ("X-Original-To", "owen@oakhollow.test"),
            ("Delivered-To", "owen@oakhollow.test")] + hdrs + [
        ("Received-SPF", "pass (mx2.fernhost.test: domain of ticketwren.example designates 198.51.100.173 as permitted sender) client-ip=198.51.100.173"),
        dkim(r, "ticketwren.example", "tw1", "from:to:subject:date:message-id:mime-version:content-type"),
        ("Date", fmt(d, "std")),
        ("From", "Ticket Wren <orders@ticketwren.example>"),
        ("To", "Owen Pritchard <owen@oakhollow.test>"),
        ("Subject", "Your tickets: The Decemberists, Oct 17 (order %s)" % conf),
        ("Message-ID", "<%s@app2.ticketwren.example>" % uuid(r, False)),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Mailer", "PHPMailer 2.3 [phpmailer.sourceforge.net]"),
    ]
    return build(hdrs, part)


def h40(r):
    """Flickr comment notice (2009, plain)"""
    d = D(2009, 11, 8, 15, 21, 50, "PT")
    pid = digits(r, 10)
    body = """Hi lena.v,

jmcallister_photo has left a comment on your photo "Moulin on the Tallis
ice field, late afternoon":

"The blue in the ice wall is unreal. Is that with a polariser or straight
out of the camera? Favourited."

You can see the comment at:
http://www.flickr.com/photos/lenav_geo/%s/#comment%s

You can turn off comment notifications for your photos on your Account
page: http://www.flickr.com/account/prefs/notifications/

Best,
The Flickr Team
""" % (pid, digits(r, 17))
    part = text(body, ct="text/plain; charset=utf-8", cs="utf-8", cte="8bit")
    hdrs = [("Return-Path", "<do-not-reply@flickr.com>")]
    hdrs += chain(r, d, [("from web27.flickr.example (web27.flickr.example [10.76.3.27])\n\tby smtp-out.flickr.example (Postfix) with ESMTP id 0F3C52A91D\n\tfor <lvoss@halvorsen.example>; {d}", "PT", "cmt")]
                  + gw_u(r, 2009, "smtp-out.flickr.example (smtp-out.flickr.example [203.0.113.141])", "lvoss@halvorsen.example"))
    hdrs += [
        ("Authentication-Results", "mx-in2.its.halvorsen.example; dkim=pass (1024-bit key) header.d=flickr.com;\n\tspf=pass smtp.mailfrom=do-not-reply@flickr.com"),
        dkim(r, "flickr.com", "s1024", "date:to:subject:from:message-id:mime-version:content-type", keybytes=128),
        ("Date", fmt(d, "std")),
        ("To", "lvoss@halvorsen.example"),
        ("Subject", "[Flickr] jmcallister_photo has commented on your photo"),
        ("From", "Flickr <do-not-reply@flickr.com>"),
        ("Message-ID", "<%s@www.flickr.com>" % hexs(r, 32)),
        ("X-Priority", "3"),
        ("X-Mailer", "Flickr"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h41(r):
    """password reset the user asked for (trading portal, plain + html)"""
    d = D(2010, 1, 14, 7, 2, 17, "CT")
    tok = alnum(r, 32)
    plain = """Hello Kevin Tsang,

We received a request at 7:01 AM CT to reset the password for your
GridLedger Markets account (user name ktsang.bwt).

If you made this request, set a new password within 30 minutes here:
https://portal.gridledger.example/reset?t=%s

If you did not request a reset, ignore this e-mail - your password has
not been changed - and tell your company's GridLedger administrator.

GridLedger Markets Support
+1 312 555 0170
""" % tok
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:13px"><p>Hello Kevin Tsang,</p>
<p>We received a request at 7:01 AM CT to reset the password for your GridLedger Markets account (user name <b>ktsang.bwt</b>).</p>
<p>If you made this request, <a href="https://portal.gridledger.example/reset?t=%s">set a new password</a> within 30 minutes.</p>
<p>If you did not request a reset, ignore this e-mail &ndash; your password has not been changed &ndash; and tell your company's GridLedger administrator.</p>
<p style="color:#555">GridLedger Markets Support &middot; +1 312 555 0170</p></body></html>
""" % tok
    b = "b1_%s" % hexs(r, 32)
    part = multi("alternative", [text(plain, ct="text/plain; charset=us-ascii", cte="7bit"),
                                 text(html, ct="text/html; charset=us-ascii", cte="7bit")], b, params="")
    hdrs = chain(r, d, [("from portal-app3 (portal-app3.gridledger.example [10.12.0.33])\n\tby mta1.gridledger.example (Postfix) with ESMTP id 2A7D09F1C3\n\tfor <ktsang@bwtrading.example>; {d}", "CT", "cmt")]
                 + gw_e(r, 2010, "mta1.gridledger.example (198.51.100.180)")) + [
        ("Received-SPF", "Pass (HOU-EXHUB02.corp.bwtrading.example: domain of\n noreply@gridledger.example designates 198.51.100.180 as permitted sender)\n receiver=HOU-EXHUB02.corp.bwtrading.example; client-ip=198.51.100.180;\n helo=mta1.gridledger.example;"),
        dkim(r, "gridledger.example", "mta1", "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type"),
        ("Date", fmt(d, "std")),
        ("To", "Kevin Tsang <ktsang@bwtrading.example>"),
        ("From", "GridLedger Markets <noreply@gridledger.example>"),
        ("Subject", "Password reset requested for ktsang.bwt"),
        ("Message-ID", "<%s@portal.gridledger.example>" % hexs(r, 32)),
        ("X-Mailer", "PHPMailer 5.1 (phpmailer.sourceforge.net)"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Return-Path", "noreply@gridledger.example"),
    ]
    return build(hdrs, part)


def h42(r):
    """local theatre newsletter (Mailchimp, alternative, utf-8 QP)"""
    d = D(2010, 2, 25, 10, 31, 12, "CT")
    uid = hexs(r, 25)
    plain = """** MARROWFIELD PLAYHOUSE - Spring 2010
------------------------------------------------------------

** "The Glass Menagerie" - March 12-28
Tennessee Williams' memory play, directed by Orla Dempsey. Thursdays to
Saturdays at 7:30, Sundays at 2:00.

** Season subscribers: your seats are held until March 5.

** Pay-what-you-can preview, Thursday March 11. Doors at 7:00.

** Auditions for "Our Town" (June) - Saturday April 10, 10am-2pm in the
rehearsal hall. Roles for 20+ actors aged 8 to 80. No experience needed.

** Volunteer ushers wanted: see a show free for every two you usher.

Box office: 555-0134, Tue-Sat noon-6pm, 211 N. Cedar Street.

============================================================
You are receiving this email because you signed up at the box office or
on our website.

unsubscribe from this list: http://marrowfieldplayhouse.us1.list-manage.example/unsubscribe?u=%s&id=%s
update subscription preferences: http://marrowfieldplayhouse.us1.list-manage.example/profile?u=%s&id=%s
""" % (uid, hexs(r, 10), uid, hexs(r, 10))
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Marrowfield Playhouse - Spring 2010</title>
<style type="text/css">body{background-color:#2a1b2e;} .head{font-family:Georgia;color:#f3d9a4;font-size:30px;} h2{color:#7a2331;font-family:Georgia;} .foot{font-size:10px;color:#999;font-family:Verdana;}</style></head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" offset="0">
<center><table width="600" cellpadding="0" cellspacing="0" border="0" id="templateContainer">
<tr><td class="head" bgcolor="#2a1b2e" style="padding:20px">Marrowfield Playhouse<br><span style="font-size:14px">Spring 2010</span></td></tr>
<tr><td bgcolor="#fffaf0" style="padding:20px;font-family:Georgia;font-size:14px;line-height:150%%">
<h2>&ldquo;The Glass Menagerie&rdquo; &mdash; March 12&ndash;28</h2>
<p>Tennessee Williams&rsquo; memory play, directed by Orla Dempsey. Thursdays to Saturdays at 7:30, Sundays at 2:00.</p>
<p><b>Season subscribers:</b> your seats are held until March 5.</p>
<p><b>Pay-what-you-can preview</b>, Thursday March 11. Doors at 7:00.</p>
<h2>Auditions for &ldquo;Our Town&rdquo;</h2>
<p>Saturday April 10, 10am&ndash;2pm in the rehearsal hall. Roles for 20+ actors aged 8 to 80. No experience needed.</p>
<p>Volunteer ushers wanted: see a show free for every two you usher.</p>
<p>Box office: 555-0134, Tue&ndash;Sat noon&ndash;6pm, 211 N. Cedar Street.</p></td></tr>
<tr><td class="foot" bgcolor="#eeeeee" style="padding:12px">You are receiving this email because you signed up at the box office or on our website.<br>
<a href="http://marrowfieldplayhouse.us1.list-manage.example/unsubscribe?u=%s">unsubscribe from this list</a> | <a href="http://marrowfieldplayhouse.us1.list-manage.example/profile?u=%s">update subscription preferences</a><br>
Marrowfield Playhouse &middot; 211 N. Cedar Street &middot; Marrowfield</td></tr></table></center>
<img src="http://marrowfieldplayhouse.us1.list-manage.example/track/open.php?u=%s" height="1" width="1"></body></html>
""" % (uid, uid, hexs(r, 30))
    b = "_----------=_MCPart_%d" % r.randint(10**8, 2 * 10**9)
    part = multi("alternative", [text(plain, ct='text/plain; charset="utf-8"; format="fixed"', cs="utf-8", cte="quoted-printable"),
                                 text(html, ct='text/html; charset="utf-8"', cs="utf-8", cte="quoted-printable")], b, params="")
    hdrs = chain(r, d, [("from (127.0.0.1) by mail8.us1.mcsv.example id h1k2ba0ca5gb for <gkaminski@ci.marrowfield.test>; {d}", "UTC", "std")]
                 + gw_c(r, 2010, "mail8.us1.mcsv.example ([198.51.100.248])")) + [
        dkim(r, "mcsv.example", "k1", "Subject:From:Reply-To:To:Date:Message-ID:List-Unsubscribe:Sender:Content-Type:MIME-Version", c="relaxed/relaxed"),
        ("Authentication-Results", "mailgate.ci.marrowfield.test; spf=pass smtp.mailfrom=bounce-mc.us1_%s@mail8.us1.mcsv.example; dkim=pass header.d=mcsv.example" % digits(r, 7)),
        ("Subject", "=?utf-8?Q?Spring_at_the_Playhouse:_=E2=80=9CThe_Glass_Menagerie=E2=80=9D,_auditions_?=\n =?utf-8?Q?&_more?="),
        ("From", "=?utf-8?Q?Marrowfield_Playhouse?= <boxoffice@marrowfieldplayhouse.example>"),
        ("Reply-To", "=?utf-8?Q?Marrowfield_Playhouse?= <boxoffice@marrowfieldplayhouse.example>"),
        ("To", "=?utf-8?Q?Gloria_Kaminski?= <gkaminski@ci.marrowfield.test>"),
        ("Date", fmt(d, "pad")),
        ("Message-ID", "<%s@mail8.us1.mcsv.example>" % hexs(r, 32)),
        ("X-Mailer", "MailChimp Mailer - **CID%s**" % hexs(r, 20)),
        ("X-Campaign", "mailchimp%s.%s" % (hexs(r, 25), hexs(r, 10))),
        ("X-campaignid", "mailchimp%s.%s" % (hexs(r, 25), hexs(r, 10))),
        ("X-Report-Abuse", "Please report abuse for this campaign here: http://www.mailchimp.com/abuse/abuse.phtml?u=%s" % uid),
        ("X-MC-User", uid),
        ("X-Feedback-ID", "%s:%s:mailchimp" % (digits(r, 7), digits(r, 6))),
        ("List-Unsubscribe", "<mailto:unsubscribe-mc.us1_%s@mailin1.us1.mcsv.example?subject=unsubscribe>,\n <http://marrowfieldplayhouse.us1.list-manage.example/unsubscribe?u=%s>" % (hexs(r, 30), uid)),
        ("Sender", "=?utf-8?Q?Marrowfield_Playhouse?= <boxoffice=marrowfieldplayhouse.example@mail8.us1.mcsv.example>"),
        ("x-accounttype", "pd"),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
    ]
    return build(hdrs, part)


def h43(r):
    """airline e-ticket receipt (utf-8 base64 html + text)"""
    d = D(2010, 4, 7, 22, 40, 3, "UK")
    pnr = alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    tkt = "784%s" % digits(r, 10)
    plain = """SKYLARK ATLANTIC  -  E-TICKET RECEIPT AND ITINERARY

Passenger:        LINDQVIST/HARRIET MS
Booking ref:      %s
E-ticket number:  %s
Issued:           7 April 2010, skylarkatlantic.example

  Flight   Date     From                    To                      Dep    Arr
  SK 214   22APR    London Stansted (STN)   Stockholm Arlanda (ARN) 07:10  10:25
  SK 219   29APR    Stockholm Arlanda (ARN) London Stansted (STN)   18:55  20:15

  Fare class: Saver (V), 1 checked bag 20 kg, cabin bag 8 kg

Fare              GBP  61.00
Taxes and fees    GBP  48.36
Total paid        GBP 109.36   (Visa Debit ending %s)

Online check-in opens 30 hours before departure. Please bring the passport
used for this booking.  Changes are possible for a fee up to 3 hours before
departure; this fare is non-refundable.

Trevlig resa!  Have a good trip.
""" % (pnr, tkt, digits(r, 4))
    html = "<html><body><table style=\"font-family:Arial;font-size:12px\"><tr><td><pre>" + plain.replace("&", "&amp;") + "</pre></td></tr></table></body></html>\n"
    b = "==SKY%s" % hexs(r, 20, True)
    part = multi("alternative", [text(plain, ct="text/plain; charset=utf-8", cs="utf-8", cte="base64"),
                                 text(html, ct="text/html; charset=utf-8", cs="utf-8", cte="base64")], b, params="")
    hdrs = chain(r, d, [("from ibe-prod04 ([10.40.1.4]) by relay.skylarkatlantic.example with ESMTP id %s; {d}" % digits(r, 9), "UK", "std")]
                 + gw_p1(r, 2010, "relay.skylarkatlantic.example ([203.0.113.77])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Authentication-Results", "mx3.kestrelnet.example; spf=pass smtp.mailfrom=skylarkatlantic.example; dkim=neutral (no signature)"),
        ("MIME-Version", "1.0"),
        ("From", "Skylark Atlantic <eticket@skylarkatlantic.example>"),
        ("To", "HARRIET.LINDQVIST@KESTRELNET.EXAMPLE"),
        ("Subject", "Your e-ticket receipt %s - LINDQVIST/HARRIET MS" % pnr),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s.%s@ibe-prod04.skylarkatlantic.example>" % (tkt, digits(r, 6))),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h44(r):
    """Twitter 'is now following you' (2010, alternative)"""
    d = D(2010, 6, 3, 9, 14, 27, "PT")
    plain = """Hi, Martin Okafor.

Ruth Abernathy (@ruthabernathy) is now following your tweets on Twitter.

A little information about Ruth Abernathy:

 1,204 tweets
   318 following
   451 followers

Follow Ruth Abernathy back: http://twitter.com/ruthabernathy

Bio: Glaciers, sediment, students, coffee. Geosciences @ Halvorsen U.

--
Turn off these notifications: http://twitter.com/settings/notifications
The message was delivered to m.okafor@halvorsen.example.
Twitter, Inc. 795 Folsom St., Suite 600, San Francisco, CA 94107
"""
    html = """<table cellspacing="0" cellpadding="0" border="0" width="100%%" bgcolor="#f0f0f0"><tr><td align="center">
<table width="450" cellpadding="14" bgcolor="#ffffff" style="font-family:'Lucida Grande',sans-serif;font-size:13px;color:#333">
<tr><td><b style="color:#33ccff;font-size:22px">twitter</b></td></tr>
<tr><td><p>Hi, Martin Okafor.</p><p><b>Ruth Abernathy (@ruthabernathy)</b> is now following your tweets on Twitter.</p>
<p style="color:#666">1,204 tweets &middot; 318 following &middot; 451 followers<br>Glaciers, sediment, students, coffee. Geosciences @ Halvorsen U.</p>
<p><a href="http://twitter.com/ruthabernathy">Follow Ruth Abernathy back</a></p></td></tr>
<tr><td style="font-size:11px;color:#999">Turn off these notifications: <a href="http://twitter.com/settings/notifications">settings</a>. Twitter, Inc. 795 Folsom St., Suite 600, San Francisco, CA 94107</td></tr>
</table></td></tr></table>
"""
    b = "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), 1275581667000 + r.randint(1, 999))
    part = multi("alternative", [text(plain, ct="text/plain; charset=UTF-8", cs="utf-8", cte="7bit"),
                                 text(html, ct="text/html; charset=UTF-8", cs="utf-8", cte="7bit")], b, params="")
    hdrs = [("Return-Path", "<n-mokafor=halvorsen.example-%s@postmaster.twitter.com>" % digits(r, 6))]
    hdrs += chain(r, d, [("from spruce-goose.twitter.example (spruce-goose.twitter.example [10.0.1.14])\n\tby mx002.twitter.example (Postfix) with ESMTP id 8F1E32E0D47\n\tfor <m.okafor@halvorsen.example>; {d}", "PT", "cmt")]
                  + gw_u(r, 2010, "mx002.twitter.example (mx002.twitter.example [198.51.100.199])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Authentication-Results", "mx-in2.its.halvorsen.example; dkim=pass header.i=@twitter.com; spf=pass smtp.mailfrom=postmaster.twitter.com"),
        dkim(r, "twitter.com", "dkim", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type"),
        ("Date", fmt(d, "std")),
        ("From", "Twitter <twitter-follow-mokafor=halvorsen.example@postmaster.twitter.com>"),
        ("Reply-To", "noreply@postmaster.twitter.com"),
        ("To", "Martin Okafor <m.okafor@halvorsen.example>"),
        ("Message-ID", "<4c07%s.%s@spruce-goose.twitter.com>" % (hexs(r, 4), hexs(r, 12))),
        ("Subject", "Ruth Abernathy is now following you on Twitter!"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Campaignid", "twitter20080331162631"),
        ("X-Twitteremailtype", "is_following"),
        ("X-Twitterrecipientscreenname", "mokafor"),
        ("Errors-To", "n-mokafor=halvorsen.example-%s@postmaster.twitter.com" % digits(r, 6)),
    ]
    return build(hdrs, part)


def h45(r):
    """class reunion (Yahoo Mail web, multipart/alternative)"""
    d = D(2010, 8, 11, 20, 3, 38, "PT")
    plain = """Hi Owen!

It's been TWENTY years (how??). The Crescent Valley High class of 1990
reunion is Saturday, October 9, at the Grange Hall on Bellfountain Road.
6pm till whenever, potluck dinner plus a taco truck, and Danny Ruiz's
band is playing if we can stop him from doing the whole Def Leppard set.

$25 per person covers the hall and the truck.  Checks to me or PayPal to
this address.  Spouses and kids welcome.

Can you let me know by Sept 15?  And if you're still in touch with
Greg Whitley or the Amundsen twins, please pass this on - we've lost
about 40 people from the list.

Go Raiders,
Tricia (Hollister) Mendes
"""
    html = "<html><body><div style=\"color:#000;background-color:#fff;font-family:arial, helvetica, sans-serif;font-size:10pt\">" + "".join(
        "<div>%s</div><div><br></div>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div></body></html>"
    b = "0-%d-%d=:%d" % (r.randint(10**8, 2 * 10**9), r.randint(10**8, 2 * 10**9), r.randint(1000, 99999))
    part = multi("alternative", [text(plain, ct="text/plain; charset=us-ascii", cte="quoted-printable"),
                                 text(html, ct="text/html; charset=us-ascii", cte="quoted-printable")], b, params="")
    hdrs = chain(r, d, [("from [192.0.2.41] by web111907.mail.gq1.yahoo.example via HTTP; {d}", "PT", "pad"),
                        ("(qmail %d invoked by uid 60001); {d}" % r.randint(1000, 90000), "UTC", "qmail")]
                 + gw_p2(r, 2010, "web111907.mail.gq1.yahoo.example (web111907.mail.gq1.yahoo.example [203.0.113.150])", "owen@oakhollow.test"))
    hdrs += [
        dkim(r, "yahoo.com", "s1024", "Message-ID:X-YMail-OSG:Received:X-Mailer:Date:From:Subject:To:MIME-Version:Content-Type", a="rsa-sha256", c="relaxed/relaxed"),
        ("Message-ID", "<%d.%d.qm@web111907.mail.gq1.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(1000, 99999))),
        ("X-YMail-OSG", "%s--" % alnum(r, 60)),
        ("X-Mailer", "YahooMailRC/420.4 YahooMailWebService/0.8.105.279950"),
        ("Date", fmt(d, "std")),
        ("From", "Tricia Mendes <triciamendes72@yahoo.com>"),
        ("Subject", "CVHS Class of 1990 - 20 year reunion Oct 9!!"),
        ("To", "owen@oakhollow.test"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)
