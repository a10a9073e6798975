"""Messages h46-h60."""
import base64
from mailkit import *


def h46(r):
    """charity newsletter (Lyris ListManager, html only, windows-1252 QP)"""
    d = D(2010, 10, 20, 14, 0, 0, "CT")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;background:#f4f1e8"><table width="580" align="center" cellpadding="16" style="background:#fff;font-family:Trebuchet MS,Arial;font-size:13px;color:#333">
<tr><td style="background:#5b7f2b;color:#fff;font-size:22px">Prairie Table Food Bank <span style="font-size:12px">&middot; Harvest Update, October 2010</span></td></tr>
<tr><td><p>Dear Tom,</p>
<p>Thank you. Because of neighbors like you, we distributed 1.3 million pounds of food in Marrowfield and Harlan County this year &#150; 18%% more than last year, as more families who never needed help before came through our doors.</p>
<p><b>Free Thanksgiving boxes:</b> registration for families is open through November 12 at any of our 14 partner pantries. Please share the word; no one should be embarrassed to ask.</p>
<p><b>Volunteer shifts</b> for the November 20 packing day are filling fast. Youth groups and office teams are welcome &#150; the City IT department already holds the record for boxes packed in an hour (412!).</p>
<p><b>Double your gift:</b> through October 31, the Ostergaard Family Foundation will match every donation up to $25,000. Every dollar you give provides three meals.</p>
<p style="text-align:center"><a href="http://lyris.prairietable.example/t/%s" style="background:#c0392b;color:#fff;padding:8px 20px;text-decoration:none">Donate now</a></p>
<p>With gratitude,<br>Marisol Enright<br>Executive Director</p></td></tr>
<tr><td style="font-size:10px;color:#888">Prairie Table Food Bank is a 501(c)(3) nonprofit; your gift is tax-deductible as allowed by law. 900 Industrial Pkwy, Marrowfield.<br>
You are subscribed as tbrennan@ci.marrowfield.test. <a href="http://lyris.prairietable.example/u?id=%s&amp;n=T&amp;l=harvest_news">Unsubscribe</a> or <a href="http://lyris.prairietable.example/p?id=%s">change your e-mail preferences</a>.</td></tr></table>
<img src="http://lyris.prairietable.example/o/%s" width="1" height="1"></body></html>
""" % (hexs(r, 20), digits(r, 8), digits(r, 8), hexs(r, 16))
    part = text(html, ct='text/html; charset="windows-1252"', cs="windows-1252", cte="quoted-printable")
    lid = digits(r, 8)
    hdrs = chain(r, d, [("from [10.1.8.15] by lyris.prairietable.example with SMTP; {d}", "CT", "std")]
                 + gw_c(r, 2010, "lyris.prairietable.example ([198.51.100.120])")) + [
        ("Message-Id", "<LYRIS-%s-%s-%s@lyris.prairietable.example>" % (lid, digits(r, 6), "2010.10.20-14.00.00")),
        ("From", '"Prairie Table Food Bank" <news@prairietable.example>'),
        ("To", "tbrennan@ci.marrowfield.test"),
        ("Subject", "Harvest update: free Thanksgiving boxes, and a match through Oct 31"),
        ("Date", fmt(d, "std")),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("List-Unsubscribe", "<mailto:leave-harvest_news-%s@lyris.prairietable.example>" % lid),
        ("Reply-To", "news@prairietable.example"),
        ("X-LYRIS-Message-Id", "<LYRIS-%s-%s@lyris.prairietable.example>" % (lid, digits(r, 6))),
        ("X-Mailer", "Lyris ListManager Web Interface"),
        ("Received-SPF", "pass (mailgate.ci.marrowfield.test: domain of bounce-harvest_news-%s@lyris.prairietable.example designates 198.51.100.120 as permitted sender)" % lid),
    ]
    return build(hdrs, part)


def h47(r):
    """retailer holiday sale with inline images (multipart/related in alternative, ESP)"""
    d = D(2010, 12, 9, 5, 45, 0, "ET")
    imgs = [("hdr", "logo.gif", gif(r)), ("sweater", "sweater.png", png(r, 20, 14)), ("boots", "boots.png", png(r, 16, 16)),
            ("banner", "ship.gif", gif(r))]
    cids = {k: "%s.%s@linencove" % (k, hexs(r, 8)) for k, _, _ in imgs}
    plain = """LINEN & COVE - 12 DAYS OF GIFTING, DAY 4

40%% OFF all knitwear, today only.
FREE SHIPPING on every order over $50 through December 20.

- Merino cable crew, 9 colors: was $98, now $58.80
- Shearling-lined duck boots: $129 (members take an extra 10%%)
- Cashmere wrap scarf: now $71.40

Shop now: http://e.linencove.example/c?u=%s
Offer ends 11:59 pm ET, 12/9/2010. Excludes gift cards.

You're receiving this because you joined Linen & Cove emails.
Unsubscribe: http://e.linencove.example/unsub?u=%s
Linen & Cove, 77 Harbor Street, Portland, ME 04101
""" % (hexs(r, 24), hexs(r, 24))
    html = """<html><body style="margin:0;background:#eae6df"><center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Futura,Helvetica,sans-serif">
<tr><td align="center" style="padding:10px"><img src="cid:%s" alt="Linen &amp; Cove" width="180" height="40"></td></tr>
<tr><td align="center" style="background:#8b1e2d;color:#fff;padding:18px;font-size:30px">40%% OFF ALL KNITWEAR<br><span style="font-size:14px">12 Days of Gifting &middot; Day 4 &middot; today only</span></td></tr>
<tr><td><table width="100%%"><tr>
<td align="center" width="50%%" style="padding:12px"><img src="cid:%s" width="260" height="180" alt="Merino cable crew"><br>Merino cable crew, 9 colors<br><s>$98</s> <b style="color:#8b1e2d">$58.80</b></td>
<td align="center" width="50%%" style="padding:12px"><img src="cid:%s" width="260" height="180" alt="Duck boots"><br>Shearling-lined duck boots<br><b>$129</b> &middot; members extra 10%% off</td></tr></table></td></tr>
<tr><td align="center"><img src="cid:%s" width="600" height="60" alt="Free shipping over $50 through 12/20"></td></tr>
<tr><td align="center" style="padding:16px"><a href="http://e.linencove.example/c?u=%s" style="background:#222;color:#fff;padding:10px 30px;text-decoration:none">SHOP THE SALE</a></td></tr>
<tr><td style="font-size:10px;color:#777;padding:12px">Offer ends 11:59 pm ET, 12/9/2010. Excludes gift cards. You're receiving this because you joined Linen &amp; Cove emails at linencove.example. <a href="http://e.linencove.example/unsub?u=%s">Unsubscribe</a> &middot; Linen &amp; Cove, 77 Harbor Street, Portland, ME 04101</td></tr>
</table></center></body></html>
""" % (cids["hdr"], cids["sweater"], cids["boots"], cids["banner"], hexs(r, 24), hexs(r, 24))
    html = html.replace("40% OFF ALL", "40% OFF ALL")
    rel_parts = [text(html, ct="text/html; charset=UTF-8", cs="utf-8", cte="quoted-printable")]
    for k, fn, data in imgs:
        ct = "image/gif" if fn.endswith(".gif") else "image/png"
        rel_parts.append(binary(ct, data, fn, disp="inline", cid=cids[k]))
    rel = multi("related", rel_parts, "rel_%s" % hexs(r, 20), params=' type="text/html";')
    alt = multi("alternative", [text(plain, ct="text/plain; charset=UTF-8", cs="utf-8", cte="quoted-printable"), rel],
                "alt_%s" % hexs(r, 20), params="")
    hdrs = chain(r, d, [("from mta-c12.et.linencove.example (198.51.100.236) by HOU-EDGE01.bwtrading.example\n (10.40.2.5) with Microsoft SMTP Server id 14.1.218.15; {d}", "CT", "pad")]
                 + gw_e(r, 2010, "HOU-EDGE01.bwtrading.example (10.40.2.5)"))
    hdrs = [("Return-Path", "bounce-%s_HTML-%s-%s-%s-%d@bounce.e.linencove.example" % (digits(r, 3), digits(r, 9), digits(r, 6), digits(r, 6), r.randint(1, 9)))] + hdrs + [
        ("Authentication-Results", "HOU-EDGE01.bwtrading.example; spf=pass smtp.mailfrom=bounce.e.linencove.example; dkim=pass header.d=e.linencove.example"),
        dkim(r, "e.linencove.example", "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:Message-ID:Content-Type", a="rsa-sha1"),
        ("From", '"Linen & Cove" <news@e.linencove.example>'),
        ("To", "<swhitcombe@bwtrading.example>"),
        ("Subject", "Day 4: 40% off all knitwear + free shipping"),
        ("Date", fmt(d, "std")),
        ("List-Unsubscribe", "<mailto:leave-%s@leave.e.linencove.example>" % hexs(r, 40)),
        ("MIME-Version", "1.0"),
        ("Reply-To", '"Linen & Cove" <reply-%s@e.linencove.example>' % hexs(r, 20)),
        ("x-job", "%s_%s" % (digits(r, 4), digits(r, 7))),
        ("Message-ID", "<%s.%s@mta-c12.et.linencove.example>" % (uuid(r, False), digits(r, 4))),
        ("*MIME*", None),
    ]
    return build(hdrs, alt)


def h48(r):
    """forwarded jokes with '>' quoting (Hotmail web, windows-1252 QP)"""
    d = D(2011, 1, 22, 10, 27, 9, "CT")
    body = """Martin - this one made me think of you and your students.  Don't forward it
to the dean.  Love to Joyce.  -- Femi

> ----- Forwarded Message -----
> From: Uncle Bayo
> To: the whole family, apparently
> Subject: FW: FW: why engineers don't get invited to parties
>
> > An engineer, a physicist and a mathematician are staying in a hotel.
> > The engineer wakes up, smells smoke, sees a fire, fills the wastebasket
> > with water and puts it out. Goes back to sleep.
> >
> > The physicist wakes up, sees the fire, calculates the exact volume of
> > water needed, pours precisely that much, and goes back to sleep.
> >
> > The mathematician wakes up, sees the fire, sees the wastebasket and the
> > tap, says "a solution exists!" and goes back to sleep.
> >
> > > And the computer scientist?  Keeps restarting the fire to check it
> > > was really the wastebasket that fixed it.
> >
> > Bayo says: ha ha ha ha.  Send to 10 people for good luck (just kidding)
"""
    part = text(body, ct='text/plain; charset="Windows-1252"', cs="windows-1252", cte="quoted-printable")
    hdrs = chain(r, d, [("from BAY154-W21 ([192.0.2.189]) by bay0-omc3-s19.bay0.hotmail.example with Microsoft SMTPSVC(6.0.3790.4675);\n\t {d}", "PT", "std")]
                 + gw_u(r, 2011, "bay0-omc3-s19.bay0.hotmail.example (bay0-omc3-s19.bay0.hotmail.example [203.0.113.98])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Received-SPF", "pass (mx-in2.its.halvorsen.example: domain of hotmail.com designates 203.0.113.98 as permitted sender)"),
        ("Message-ID", "<BAY154-W21%s@phx.gbl>" % hexs(r, 28, True)),
        ("Return-Path", "femi.okafor@hotmail.com"),
        ("Content-Type", None),
        ("X-Originating-IP", "[192.0.2.189]"),
        ("From", "Femi Okafor <femi.okafor@hotmail.com>"),
        ("To", "Martin Okafor <m.okafor@halvorsen.example>"),
        ("Subject", "FW: FW: why engineers don't get invited to parties"),
        ("Date", fmt(d, "std")),
        ("Importance", "Normal"),
        ("MIME-Version", "1.0"),
        ("X-OriginalArrivalTime", "22 Jan 2011 16:27:12.0551 (UTC) FILETIME=[%s:01CBBA4E]" % hexs(r, 8, True)),
    ]
    i = [k for k, _ in hdrs].index("Content-Type")
    hdrs[i] = ("*MIME*", None)
    return build(hdrs, part)


def h49(r):
    """landlord reply from a BlackBerry"""
    d = D(2011, 3, 2, 8, 12, 55, "UK")
    body = """Hi Harriet, plumber (Gary, Fenland Heating) can come Thurs between 8 and 10 to look at the boiler. He has a key but would rather you were in. If Thurs is no good text me on 07700 900461 and I'll rearrange. Sorry you've had cold showers, it's the pressure valve again I think.
Rent for March received, thanks.
Keith
Sent from my BlackBerry® wireless device
"""
    part = text(body, ct="text/plain; charset=\"Windows-1252\"", cs="windows-1252", cte="quoted-printable")
    hdrs = chain(r, d, [("from [198.51.100.244] (helo=bxe1012.bisx.prod.on.blackberry.example)\n\tby mx3.kestrelnet.example with esmtp (Exim 4.76)\n\tid %s\n\tfor harriet.lindqvist@kestrelnet.example; {d}" % exim_id(r), "UK", "std")][:0]
                 + [("from bxe1012.bisx.prod.on.blackberry.example ([10.1.1.12]) by bxe1012.bisx.prod.on.blackberry.example with BIS; {d}", "UTC", "std")]
                 + gw_p1(r, 2011, "smtp01.bis.eu.blackberry.example ([198.51.100.244])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("X-rim-org-msg-ref-id", "%d" % r.randint(10**8, 2 * 10**9)),
        ("Message-ID", "<%d-%d-cardhu_decombobulator_blackberry.rim.net-%d-@bda%d.bisx.prod.on.blackberry>" % (
            r.randint(10**8, 2 * 10**9), 1299053575, r.randint(10**8, 2 * 10**9), r.randint(100, 999))),
        ("Reply-To", "keith.marlow@tollbridge-online.example"),
        ("Sensitivity", "Normal"),
        ("Importance", "Normal"),
        ("To", "Harriet Lindqvist <harriet.lindqvist@kestrelnet.example>"),
        ("Subject", "Re: Boiler again"),
        ("From", "keith.marlow@tollbridge-online.example"),
        ("Date", fmt(d, "std")),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
    ]
    return build(hdrs, part)


def h50(r):
    """colleague forwards a site plan PDF (Lotus Notes 8.5, mixed)"""
    d = D(2011, 5, 6, 15, 38, 44, "CT")
    html = """<font size=2 face="sans-serif">Gloria,</font>
<br>
<br><font size=2 face="sans-serif">Here is the revised site plan for the Oakmont Commons PUD that the applicant dropped off this afternoon. They moved the north driveway 40 feet east and added the sidewalk connection we asked for. Still no landscape buffer along the Hollis property line, so I think our comments stand on that point.</font>
<br>
<br><font size=2 face="sans-serif">Planning Commission packet goes out Tuesday &nbsp;- can you look before then?</font>
<br>
<br><font size=2 face="sans-serif">Thanks,<br>
Derrick<br>
<br>
Derrick Solberg, AICP<br>
Senior Planner, Community Development<br>
City of Marrowfield &nbsp;| &nbsp;555-0117</font>
"""
    b = "=_mixed 0056B1E386257887_="
    att = binary("application/pdf", pdf(["Oakmont Commons PUD - revised site plan", "Sheet C-2, rev. 3", "Prepared for City of Marrowfield Planning"]),
                 "Oakmont_PUD_siteplan_rev3.pdf", disp="attachment")
    part = multi("mixed", [text(html, ct='text/html; charset="US-ASCII"', cte="quoted-printable"), att], b, params="")
    part.headers[0] = ("Content-Type", 'multipart/mixed; boundary="%s"' % b)
    hdrs = chain(r, d, gw_c(r, 2011, "notes03.ci.marrowfield.test ([10.3.0.23])")) + [
        ("Subject", "Fw: Oakmont Commons revised site plan"),
        ("To", "Gloria Kaminski/PlanDev/Marrowfield@MARROWFIELD"),
        ("Cc", "Linda Ferraro/PlanDev/Marrowfield@MARROWFIELD"),
        ("X-Mailer", "Lotus Notes Release 8.5.2FP2 March 22, 2011"),
        ("Message-ID", "<OF%s.%s-ON86257887.%s-86257887.%s@ci.marrowfield.test>" % (
            hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True))),
        ("From", "Derrick Solberg/PlanDev/Marrowfield@MARROWFIELD"),
        ("Date", fmt(d, "std")),
        ("X-MIMETrack", "Serialize by Router on Notes03/CityHall/Marrowfield(Release 8.5.2FP2|March 22, 2011) at\n 05/06/2011 03:38:46 PM"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h51(r):
    """recruiter approach (Outlook 2010, plain)"""
    d = D(2011, 6, 14, 11, 5, 31, "ET")
    body = """Dear Kevin,

I hope you don't mind the direct note - your name came up in conversation
with a former colleague of yours at Northmark Power, who spoke very highly
of your work on the PJM and MISO desks.

I'm working on a retained search for a Head of Power Trading at a
mid-sized utility affiliate in Charlotte.  It's a build-out role: the
desk is three people today and they plan to grow to eight over two years,
with real risk capital behind it.  Compensation is competitive with the
Houston shops, plus relocation.

If you're open to a confidential conversation, I'd be glad to share more
detail.  If the timing isn't right, I completely understand - and I'd
welcome any suggestions of people I should speak to.

Best regards,

Simone Achebe-Hart
Partner, Energy & Commodities Practice
Calloway Reid Search  |  +1 704 555 0156
"""
    part = text(body, ct='text/plain; charset="us-ascii"', cte="7bit")
    hdrs = chain(r, d, [("from CRS-EXCH01.callowayreid.local ([192.168.4.10]) by CRS-EXCH01.callowayreid.local\n ([192.168.4.10]) with mapi id 14.01.0289.001; {d}", "ET", "std")]
                 + gw_e(r, 2011, "mail.callowayreid.example (198.51.100.31)")) + [
        ("From", "Simone Achebe-Hart <sachebehart@callowayreid.example>"),
        ("To", '"ktsang@bwtrading.example" <ktsang@bwtrading.example>'),
        ("Subject", "Confidential - Head of Power Trading opportunity"),
        ("Thread-Topic", "Confidential - Head of Power Trading opportunity"),
        ("Thread-Index", thread_index(r)),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@CRS-EXCH01.callowayreid.local>" % hexs(r, 40, True)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-originating-ip", "[192.168.4.57]"),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
        ("Received-SPF", "Pass (HOU-EXHUB02.corp.bwtrading.example: domain of\n sachebehart@callowayreid.example designates 198.51.100.31 as permitted sender)"),
    ]
    return build(hdrs, part)


def h52(r):
    """YouTube comment notice (2011, alternative, html base64)"""
    d = D(2011, 8, 23, 16, 40, 2, "PT")
    vid = alnum(r, 11)
    plain = """glacierwatcher88 has made a comment on Tallis calving front - time lapse, summer 2011:

"wow, the bit at 1:42 where the whole column goes. how many days is this?"

Reply to this comment: http://www.youtube.com/comment_servlet?reply=%s&v=%s
See all comments on your video: http://www.youtube.com/all_comments?v=%s

Help Center  |  Email options  |  Report spam
You received this email because you have opted in to notifications about
comments on your videos. To stop, change your Email Options.
(c) 2011 YouTube, LLC  901 Cherry Ave, San Bruno, CA 94066
""" % (alnum(r, 22), vid, vid)
    html = """<html><body style="font-family:arial;font-size:13px"><p><a href="http://www.youtube.com/user/glacierwatcher88">glacierwatcher88</a> has made a comment on <a href="http://www.youtube.com/watch?v=%s">Tallis calving front - time lapse, summer 2011</a>:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">wow, the bit at 1:42 where the whole column goes. how many days is this?</blockquote>
<p><a href="http://www.youtube.com/all_comments?v=%s">See all comments</a></p>
<p style="font-size:11px;color:#666">You received this email because you have opted in to notifications about comments on your videos. &copy; 2011 YouTube, LLC 901 Cherry Ave, San Bruno, CA 94066</p></body></html>
""" % (vid, vid)
    b = "%s" % hexs(r, 28)
    part = multi("alternative", [text(plain, ct="text/plain; charset=UTF-8; format=flowed; delsp=yes", cs="utf-8", cte="base64"),
                                 text(html, ct="text/html; charset=UTF-8", cs="utf-8", cte="base64")], b, params="")
    hdrs = [("Return-Path", "<3%s@bounce.youtube.com>" % alnum(r, 40))]
    hdrs += chain(r, d, [("by 10.101.145.10 with SMTP id x10mr1520381ann.%d; {d}" % r.randint(10, 99), "PT", "std")]
                  + gw_u(r, 2011, "mail-gy0-f200.google.example (mail-gy0-f200.google.example [203.0.113.200])", "lvoss@halvorsen.example"))
    hdrs += [
        ("Authentication-Results", "mx-in2.its.halvorsen.example; dkim=pass header.i=@youtube.com;\n\tspf=pass smtp.mailfrom=3%s@bounce.youtube.com" % alnum(r, 12)),
        dkim(r, "youtube.com", "20090910", "mime-version:reply-to:x-youtube-other-recipients:message-id:date:subject:from:to:content-type"),
        ("MIME-Version", "1.0"),
        ("Reply-To", "YouTube <no-reply@youtube.com>"),
        ("Message-ID", "<%s@google.com>" % hexs(r, 28)),
        ("Date", fmt(d, "std")),
        ("Subject", "New comment on Tallis calving front - time lapse, summer 2011"),
        ("From", "YouTube Service <service@youtube.com>"),
        ("To", "lenav_geo <lvoss@halvorsen.example>"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h53(r):
    """watch repair shop's quote with photo (Outlook 2010, mixed with JPEG)"""
    d = D(2011, 9, 28, 13, 2, 44, "PT")
    body = """Hello Mr. Pritchard,

Thank you for bringing in the Hamilton 992B.  Keith has had it open and here
is what it needs:

  Full service (clean, oil, adjust in 5 positions)          $165.00
  Replace mainspring (genuine Hamilton NOS)                   $38.00
  Balance staff - broken pivot, replace and true             $85.00
  Crystal, glass, high dome                                   $22.00
                                                            --------
  Estimate total                                            $310.00

The dial has a hairline crack at 7 o'clock (see attached photo).  We would
leave it alone; restoring it would spoil the value.

Turnaround is about three weeks once you approve.  Just reply to this email
or call 541-555-0111.  We warranty the service for one year.

Best regards,
June Albrecht
Albrecht & Sons Watch and Clock Repair
"""
    t = text(body, ct='text/plain; charset="us-ascii"', cte="7bit")
    a = binary("image/jpeg", jpeg(r, 4200, b"992B dial photo"), "IMG_2231.JPG")
    bnd = "----=_NextPart_000_%04X_01CC7DE6.%s" % (r.randrange(65536), hexs(r, 8, True))
    part = multi("mixed", [t, a], bnd, preamble="This is a multipart message in MIME format.\n")
    hdrs = [("Return-Path", "<june@albrechtwatch.example>"), ("X-Original-To", "owen@oakhollow.test"), ("Delivered-To", "owen@oakhollow.test")]
    hdrs += chain(r, d, [("from JUNEPC (c-198-51-100-23.hsd1.or.cablenet.example [198.51.100.23])\n\t(Authenticated sender: june@albrechtwatch.example)\n\tby smtp.hostwren.example (Postfix) with ESMTPA id 6E9A5120B4\n\tfor <owen@oakhollow.test>; {d}", "PT", "cmt")]
                  + gw_p2(r, 2011, "smtp.hostwren.example (smtp.hostwren.example [203.0.113.60])", "owen@oakhollow.test"))
    hdrs += [
        ("Received-SPF", "pass (albrechtwatch.example: 203.0.113.60 is authorized to use 'june@albrechtwatch.example' in 'mfrom' identity (mechanism 'include:hostwren.example' matched)) receiver=mx2.fernhost.test; identity=mailfrom; envelope-from=\"june@albrechtwatch.example\"; helo=smtp.hostwren.example; client-ip=203.0.113.60"),
        ("From", '"June Albrecht" <june@albrechtwatch.example>'),
        ("To", '"Owen Pritchard" <owen@oakhollow.test>'),
        ("Subject", "Estimate - Hamilton 992B pocket watch"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<00%s$%s$%s@albrechtwatch.example>" % (hexs(r, 10), hexs(r, 8), hexs(r, 8))),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Mailer", "Microsoft Outlook 14.0"),
        ("Thread-Index", thread_index(r)),
        ("Content-Language", "en-us"),
    ]
    return build(hdrs, part)


def h54(r):
    """tech news daily newsletter (plain text, ezmlm-style list)"""
    d = D(2011, 11, 16, 6, 1, 12, "ET")
    items = [
        ("Browser maker ships rapid-release version 8", "The third release under the six-week schedule brings add-on opt-in prompts and faster tab loading. Enterprise IT groups continue to ask for a long-term support branch."),
        ("Chip vendor delays 22 nm server parts to Q1", "Partners were told the volume ramp moves into next year; laptop parts stay on schedule."),
        ("Municipal networks: three cities pool fiber", "A consortium of mid-sized cities in the Midwest will share dark fiber between their data centers to cut leased-line costs by an estimated 40 percent."),
        ("Patch Tuesday: four bulletins, one critical", "The critical fix addresses a flaw in the TCP/IP stack reachable with a stream of UDP packets. Administrators should prioritise internet-facing servers."),
        ("Hard drive prices up as Thai floods hit factories", "Distributors report 50 to 100 percent increases on bare drives; storage budgets for 2012 may need another look."),
    ]
    lines = ["CIRCUIT DAILY -- Wednesday, November 16, 2011", "=" * 46, ""]
    for i, (h, t) in enumerate(items, 1):
        lines += ["%d. %s" % (i, h), t, "   http://circuitdaily.example/a/%s" % digits(r, 7), ""]
    lines += ["SPONSOR: Free whitepaper - \"Virtual Desktops for Local Government\".", "   http://circuitdaily.example/s/%s" % digits(r, 5), "",
              "-" * 46, "You subscribed to Circuit Daily as tbrennan@ci.marrowfield.test.",
              "To unsubscribe, send a blank message to", "circuit-daily-unsubscribe-tbrennan=ci.marrowfield.test@lists.circuitdaily.example", ""]
    part = text("\n".join(lines), ct="text/plain; charset=us-ascii", cte="7bit")
    hdrs = [("Return-Path", "<circuit-daily-return-%d-tbrennan=ci.marrowfield.test@lists.circuitdaily.example>" % r.randint(1000, 9999))]
    hdrs += chain(r, d, [("(qmail %d invoked by uid 512); {d}" % r.randint(1000, 30000), "UTC", "qmail"),
                         ("from lists.circuitdaily.example (lists.circuitdaily.example [198.51.100.97])", "UTC", "qmail")][:1]
                  + gw_c(r, 2011, "lists.circuitdaily.example ([198.51.100.97])"))
    hdrs += [
        ("Mailing-List", "contact circuit-daily-help@lists.circuitdaily.example; run by ezmlm"),
        ("Precedence", "bulk"),
        ("List-Post", "<mailto:circuit-daily@lists.circuitdaily.example>"),
        ("List-Help", "<mailto:circuit-daily-help@lists.circuitdaily.example>"),
        ("List-Unsubscribe", "<mailto:circuit-daily-unsubscribe@lists.circuitdaily.example>"),
        ("List-Subscribe", "<mailto:circuit-daily-subscribe@lists.circuitdaily.example>"),
        ("Delivered-To", "mailing list circuit-daily@lists.circuitdaily.example"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<20111116110112.%d.qmail@lists.circuitdaily.example>" % r.randint(1000, 30000)),
        ("From", "Circuit Daily <editors@circuitdaily.example>"),
        ("To", "circuit-daily@lists.circuitdaily.example"),
        ("Subject", "Circuit Daily: rapid release 8, 22nm delay, drive prices"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h55(r):
    """open-source list post, PGP-signed (Mutt, multipart/signed, Mailman)"""
    d = D(2012, 1, 9, 14, 22, 37, "UTC")
    body = """Hi all,

tidepool 1.4.0 is tagged and the tarballs are on the download page.

Highlights since 1.3:
 * pcap-ng reader (thanks Martin and the Halvorsen students)
 * read_header() now reports the byte offset of truncated records
 * 15% faster replay on large files thanks to buffered mmap reads
 * dropped support for Python 2.5 in the bindings

Packagers: the soname is bumped to libtidepool.so.4 because of the
struct change in tp_record.  Please don't ship 1.4 as a drop-in update.

SHA-256 sums are in the signed SUMS file next to the tarballs.

Regards,
Nikolai
"""
    foot = """_______________________________________________
tidepool-devel mailing list
tidepool-devel@lists.tidepool-project.example
https://lists.tidepool-project.example/mailman/listinfo/tidepool-devel
"""
    signed = text(body, ct="text/plain; charset=us-ascii", cte="quoted-printable", after=[("Content-Disposition", "inline")])
    sig = "-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1.4.11 (GNU/Linux)\n\n" + "\n".join(
        b64tok(r, 48) for _ in range(6)) + "\n=%s\n-----END PGP SIGNATURE-----\n" % alnum(r, 4)
    sigp = Part([("Content-Type", "application/pgp-signature; name=\"signature.asc\""),
                 ("Content-Description", "Digital signature"), ("Content-Disposition", "inline")], crlf(sig).encode())
    inner = multi("signed", [signed, sigp], "%s" % alnum(r, 16), params=' micalg=pgp-sha1;\n\tprotocol="application/pgp-signature";')
    ft = text(foot, ct='text/plain; charset="us-ascii"', cte="7bit", after=[("Content-Disposition", "inline")])
    ft.headers.insert(0, ("MIME-Version", "1.0"))
    outer = multi("mixed", [inner, ft], "===============%s==" % digits(r, 19), params="")
    hdrs = [("Return-Path", "<tidepool-devel-bounces@lists.tidepool-project.example>")]
    hdrs += chain(r, d, [("by vyborg.example.net (Postfix, from userid 1000)\n\tid 5B1A7C2E3F; {d}", "UTC", "cmt"),
                         ("from vyborg.example.net (vyborg.example.net [203.0.113.31])\n\tby lists.tidepool-project.example (Postfix) with ESMTP id 8E3D11C0F2\n\tfor <tidepool-devel@lists.tidepool-project.example>; {d}", "UTC", "cmt")]
                  + gw_u(r, 2012, "lists.tidepool-project.example (lists.tidepool-project.example [198.51.100.61])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Authentication-Results", "mx-in2.its.halvorsen.example; spf=pass smtp.mailfrom=tidepool-devel-bounces@lists.tidepool-project.example; dkim=none"),
        ("Date", fmt(d, "std")),
        ("From", "Nikolai Vasenko <nikolai@vyborg.example.net>"),
        ("To", "tidepool-devel@lists.tidepool-project.example"),
        ("Message-ID", "<20120109142237.GB3154@vyborg.example.net>"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mutt/1.5.21 (2010-09-15)"),
        ("Subject", "[tidepool-devel] [ANN] tidepool 1.4.0 released"),
        ("X-BeenThere", "tidepool-devel@lists.tidepool-project.example"),
        ("X-Mailman-Version", "2.1.14"),
        ("Precedence", "list"),
        ("List-Id", "Developers of the tidepool capture library\n\t<tidepool-devel.lists.tidepool-project.example>"),
        ("List-Unsubscribe", "<https://lists.tidepool-project.example/mailman/options/tidepool-devel>,\n\t<mailto:tidepool-devel-request@lists.tidepool-project.example?subject=unsubscribe>"),
        ("List-Archive", "<https://lists.tidepool-project.example/pipermail/tidepool-devel/>"),
        ("List-Post", "<mailto:tidepool-devel@lists.tidepool-project.example>"),
        ("*MIME*", None),
        ("Sender", "tidepool-devel-bounces@lists.tidepool-project.example"),
        ("Errors-To", "tidepool-devel-bounces@lists.tidepool-project.example"),
    ]
    return build(hdrs, outer)


def h56(r):
    """Exchange 2010 internal memo: floor relocation (Outlook 2010, html QP)"""
    d = D(2012, 3, 21, 15, 44, 9, "CT")
    plain = """Team,

Facilities has confirmed the move of Market Risk and Trade Settlements from
14 to the newly renovated 17th floor over the weekend of April 13-15.

 - Pack your desk by 3:00 pm Friday 4/13; crates arrive Wednesday.
 - Label everything with the new seat number on the attached floor plan
   (it is also on the intranet under Facilities > Moves).
 - Phones and PCs will be moved by IT; please leave them plugged in.
 - Badge access to 17 goes live Saturday morning.

Questions to Alicia Brandt (x4102).

Thanks,
Susan
"""
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><meta name="Generator" content="Microsoft Word 14 (filtered medium)">
<style><!-- p.MsoNormal {margin:0in;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";} p.MsoListParagraph {margin-left:.5in;font-size:11.0pt;font-family:"Calibri","sans-serif";} --></style></head>
<body lang="EN-US" link="blue" vlink="purple"><div class="WordSection1">
<p class="MsoNormal">Team,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Facilities has confirmed the move of Market Risk and Trade Settlements from 14 to the newly renovated 17<sup>th</sup> floor over the weekend of <b>April 13-15</b>.<o:p></o:p></p>
<p class="MsoListParagraph">&#8226; Pack your desk by 3:00 pm Friday 4/13; crates arrive Wednesday.<o:p></o:p></p>
<p class="MsoListParagraph">&#8226; Label everything with the new seat number on the attached floor plan (it is also on the intranet under Facilities &gt; Moves).<o:p></o:p></p>
<p class="MsoListParagraph">&#8226; Phones and PCs will be moved by IT; please leave them plugged in.<o:p></o:p></p>
<p class="MsoListParagraph">&#8226; Badge access to 17 goes live Saturday morning.<o:p></o:p></p>
<p class="MsoNormal">Questions to Alicia Brandt (x4102).<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<o:p></o:p></p><p class="MsoNormal">Susan<o:p></o:p></p></div></body></html>
"""
    alt = multi("alternative", [text(plain, ct='text/plain; charset="us-ascii"', cte="quoted-printable"),
                                text(html, ct='text/html; charset="us-ascii"', cte="quoted-printable")], "_000_%s_" % hexs(r, 48, True), params="")
    att = binary("application/pdf", pdf(["Floor 17 seating plan - Market Risk / Trade Settlements", "Effective 16 April 2012"]), "Floor17_seating_plan.pdf")
    part = multi("mixed", [alt, att], "_004_%s_" % hexs(r, 48, True), params="")
    hdrs = chain(r, d, [("from HOU-EXMB03.corp.bwtrading.example ([169.254.2.91]) by\n HOU-EXHUB01.corp.bwtrading.example ([10.40.2.21]) with mapi id 14.01.0355.002; {d}", "CT", "pad")]
                 + gw_e(r, 2012, "HOU-EXHUB01.corp.bwtrading.example (10.40.2.21)")) + [
        ("From", '"Whitcombe, Susan" <swhitcombe@bwtrading.example>'),
        ("To", "#Market Risk <marketrisk@bwtrading.example>, #Trade Settlements\n\t<tradesettlements@bwtrading.example>"),
        ("Subject", "Move to 17 - weekend of April 13"),
        ("Thread-Topic", "Move to 17 - weekend of April 13"),
        ("Thread-Index", thread_index(r)),
        ("Date", fmt(d, "pad")),
        ("Message-ID", "<%s@HOU-EXMB03.corp.bwtrading.example>" % hexs(r, 40, True)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthMechanism", "04"),
        ("X-MS-Exchange-Organization-AuthSource", "HOU-EXHUB01.corp.bwtrading.example"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
        ("x-originating-ip", "[10.40.14.77]"),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
    ]
    return build(hdrs, part)


def h57(r):
    """holiday plans from a friend, KOI8-R 8bit with Russian phrases (Thunderbird 10)"""
    d = D(2012, 5, 15, 23, 18, 40, "MSK")
    body = """Harriet, dear,

Good news: my visa came through today!  So the plan is still the same -
I fly into Stansted on Saturday 16 June (the evening flight, lands about
21:40) and fly home on the 30th.  Please don't meet me so late, I will
take the train to Ely and walk, it is light until ten in June.

I would love to do the Norfolk coast for a few days in the middle, if you
can get the time off - Wells, the seals at Blakeney, whatever you like.
I can pay for the cottage, you did everything last time.

Мама передаёт привет и спрашивает, когда ты наконец приедешь к нам в Петербург.
(Mum says hello and asks when you are finally coming to us in Petersburg.)

What can I bring you?  Chocolate "Аленка" as usual, or something new?

Обнимаю,
Olga
"""
    part = text(body, ct="text/plain; charset=KOI8-R; format=flowed", cs="koi8-r", cte="8bit")
    hdrs = [("Return-path", "<olga.sokolova@nevamail.example>")]
    hdrs += chain(r, d, [("from [192.168.0.104] (ppp198-51-100-9.spb.nevanet.example [198.51.100.9])\n\tby smtp.nevamail.example (8.14.4/8.14.4) with ESMTP id q4FJIfXq031177\n\tfor <harriet.lindqvist@kestrelnet.example>; {d}", "MSK", "std")]
                  + gw_p1(r, 2012, "smtp.nevamail.example ([203.0.113.11])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Authentication-Results", "mx3.kestrelnet.example; spf=pass smtp.mailfrom=nevamail.example; dkim=pass header.i=@nevamail.example"),
        dkim(r, "nevamail.example", "mail", "Message-ID:Date:From:MIME-Version:To:Subject:Content-Type:Content-Transfer-Encoding"),
        ("Message-ID", "<4FB2%s.%s@nevamail.example>" % (hexs(r, 4, True), digits(r, 7))),
        ("Date", fmt(d, "std")),
        ("From", "=?KOI8-R?B?%s?= <olga.sokolova@nevamail.example>" % base64.b64encode("Ольга Соколова".encode("koi8-r")).decode()),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:10.0) Gecko/20120129 Thunderbird/10.0"),
        ("MIME-Version", "1.0"),
        ("To", "Harriet Lindqvist <harriet.lindqvist@kestrelnet.example>"),
        ("Subject", "June - visa OK!"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h58(r):
    """one-line reply from an iPhone, quoting the original"""
    d = D(2012, 7, 10, 17, 52, 3, "CT")
    body = """Yes - I'll bring the plotter roll. 

Sent from my iPhone

On Jul 10, 2012, at 4:31 PM, Tom Brennan <tbrennan@ci.marrowfield.test> wrote:

> Anyone have a 36" roll for the HP? Council wants the zoning map at 8am.
"""
    part = text(body, ct="text/plain;\n\tcharset=us-ascii", cte="quoted-printable")
    hdrs = chain(r, d, [("from [10.3.40.18] (mobile-166-137-8-18.mycingular.example [192.0.2.18])\n\tby smtp.ci.marrowfield.test with ESMTPSA; {d}", "CT", "std")][:0]
                 + gw_c(r, 2012, "[192.0.2.18] (mobile-192-0-2-18.wireless.example [192.0.2.18])")) + [
        ("References", "<OF5C1B2A3D.7E8F9A0B-ON862579F4.0075C9B8-862579F4.0076A1E2@ci.marrowfield.test>"),
        ("In-Reply-To", "<OF5C1B2A3D.7E8F9A0B-ON862579F4.0075C9B8-862579F4.0076A1E2@ci.marrowfield.test>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("*MIME*", None),
        ("Message-Id", "<%s@ci.marrowfield.test>" % uuid(r)),
        ("Cc", "\"planning-staff@ci.marrowfield.test\" <planning-staff@ci.marrowfield.test>"),
        ("X-Mailer", "iPhone Mail (9B206)"),
        ("From", "Gloria Kaminski <gkaminski@ci.marrowfield.test>"),
        ("Subject", "Re: 36\" plotter paper?"),
        ("Date", fmt(d, "std")),
        ("To", "Tom Brennan <tbrennan@ci.marrowfield.test>"),
    ]
    return build(hdrs, part)


def h59(r):
    """card statement available notice (credit union, html only, utf-8 base64)"""
    d = D(2012, 9, 5, 2, 11, 40, "ET")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Statement ready</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;background:#f5f7f9">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
<p style="font-size:18px;color:#14457a;margin-top:0">Halvorsen Community Credit Union</p>
<p>Hi Martin,</p>
<p>Your Visa Platinum statement for the period ending August 31, 2012 is ready to view in Online Banking.</p>
<table style="font-size:14px;border-collapse:collapse">
<tr><td style="padding:4px 12px 4px 0">Card ending</td><td>%s</td></tr>
<tr><td style="padding:4px 12px 4px 0">Payment due</td><td>September 25, 2012</td></tr></table>
<p>To keep your account information private, we don&rsquo;t include balances or links in statement notices. Sign in as usual at hccu.example or with our mobile app.</p>
<p>Set up AutoPay to avoid late fees &mdash; it only takes a minute under Payments &gt; AutoPay.</p>
<p style="font-size:12px;color:#666">Halvorsen Community Credit Union, 400 College Ave. Federally insured by NCUA. You are receiving this service message because you chose e-statements. To switch back to paper, call 555-0172.</p>
</div></body></html>
""" % digits(r, 4)
    part = text(html, ct="text/html; charset=utf-8", cs="utf-8", cte="base64")
    hdrs = [("Return-Path", "<noreply@notices.hccu.example>")]
    hdrs += chain(r, d, [("from notify01.hccu.local (unknown [10.60.0.21])\n\tby smtp.notices.hccu.example (Postfix) with ESMTP id B21F3E0A7C\n\tfor <m.okafor@halvorsen.example>; {d}", "ET", "cmt")]
                  + gw_u(r, 2012, "smtp.notices.hccu.example (smtp.notices.hccu.example [198.51.100.165])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Authentication-Results", "mx-in2.its.halvorsen.example; spf=pass smtp.mailfrom=notices.hccu.example;\n\tdkim=pass header.d=notices.hccu.example"),
        dkim(r, "notices.hccu.example", "hccu2012", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        ("MIME-Version", "1.0"),
        ("From", "Halvorsen Community Credit Union <noreply@notices.hccu.example>"),
        ("To", "m.okafor@halvorsen.example"),
        ("Subject", "Your Visa statement is ready"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@notify01.hccu.local>" % uuid(r, False)),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h60(r):
    """political campaign donation appeal the person signed up for (ESP, alternative)"""
    d = D(2012, 11, 2, 9, 6, 0, "PT")
    plain = """Owen --

Four days.

That's all that's left before Oregonians decide who represents the 4th
District.  Our volunteers knocked on 11,000 doors last weekend, and
we're going to beat that this weekend -- but only if we can keep the
phone bank and the vans running through Tuesday.

Can you chip in $10 before midnight tonight?
https://donate.marisaholtforcongress.example/go?source=em1102&s=%s

If you've already given, thank you.  The best thing you can do now is
sign up for one shift: https://marisaholtforcongress.example/volunteer

See you at the finish line,

Marisa Holt

------------------------------------------------------------
Paid for by Holt for Oregon. Contributions are not tax deductible.
Holt for Oregon, PO Box 1187, Eugene, OR 97440
You signed up at marisaholtforcongress.example. Unsubscribe:
https://marisaholtforcongress.example/unsubscribe?e=%s
""" % (hexs(r, 12), hexs(r, 20))
    html = "<html><body style=\"font-family:Georgia,serif;font-size:16px;max-width:580px\">" + "".join(
        "<p>%s</p>\n" % p.replace("\n", " ") for p in plain.split("-" * 60)[0].strip().split("\n\n")) + (
        "<hr><p style=\"font-size:11px;font-family:Arial\">Paid for by Holt for Oregon. Contributions are not tax deductible. "
        "PO Box 1187, Eugene, OR 97440. <a href=\"https://marisaholtforcongress.example/unsubscribe?e=%s\">Unsubscribe</a></p></body></html>\n" % hexs(r, 20))
    b = "=-%s" % alnum(r, 24)
    part = multi("alternative", [text(plain, ct="text/plain; charset=utf-8", cs="utf-8", cte="quoted-printable"),
                                 text(html, ct="text/html; charset=utf-8", cs="utf-8", cte="quoted-printable")], b, params="")
    hdrs = [("Return-Path", "<bounce-%s@mail.marisaholtforcongress.example>" % alnum(r, 16))]
    hdrs += chain(r, d, [("from mta04.civicsend.example (mta04.civicsend.example [198.51.100.54])\n\tby mail.marisaholtforcongress.example (Postfix) with ESMTP id 92C1A2F0B3; {d}", "PT", "cmt")][:0]
                  + gw_p2(r, 2012, "mta04.civicsend.example (mta04.civicsend.example [198.51.100.54])", "owen@oakhollow.test"))
    hdrs += [
        ("Authentication-Results", "mx2.fernhost.test; dkim=pass header.d=marisaholtforcongress.example; spf=pass smtp.mailfrom=mail.marisaholtforcongress.example"),
        dkim(r, "marisaholtforcongress.example", "cs1", "From:To:Subject:Date:Reply-To:List-Unsubscribe:Message-ID:MIME-Version:Content-Type"),
        ("From", "Marisa Holt <info@marisaholtforcongress.example>"),
        ("Reply-To", "info@marisaholtforcongress.example"),
        ("To", "Owen Pritchard <owen@oakhollow.test>"),
        ("Subject", "Four days"),
        ("Date", fmt(d, "std")),
        ("List-Unsubscribe", "<https://marisaholtforcongress.example/unsubscribe?e=%s>, <mailto:unsub-%s@mail.marisaholtforcongress.example>" % (hexs(r, 20), hexs(r, 16))),
        ("Message-ID", "<%s.%s@mta04.civicsend.example>" % (digits(r, 13), alnum(r, 10))),
        ("X-Mailer", "CivicSend 4.2"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)
