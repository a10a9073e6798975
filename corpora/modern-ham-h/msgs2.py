"""Messages h16-h30."""
from mailkit import *
from msgs1 import xoat


def h16(r):
    """e-commerce: PayPal 'you sent a payment' receipt (multipart/alternative)"""
    d = D(2006, 3, 8, 12, 14, 50, "PT")
    txn = alnum(r, 17, "0123456789ABCDEFGHJKLMNPRSTUVWXY")
    plain = """Hello Harriet Lindqvist,

You sent a payment of \u00a324.50 GBP to Kettleby Wool Co. (sales@kettlebywool.example)

This charge will appear on your credit card statement as "PAYPAL *KETTLEBYWO".

It may take a few moments for this transaction to appear in your account.

Seller
Kettleby Wool Co.
sales@kettlebywool.example

Transaction ID: %s

Description            Unit price   Qty   Amount
Aran yarn, oatmeal,      \u00a33.90       5    \u00a319.50
100g skein
Postage                                    \u00a35.00
Total                                     \u00a324.50 GBP

Payment sent to sales@kettlebywool.example

Note to seller: for the cardigan pattern in the spring catalogue - thanks!

Questions? Go to the Help Centre at www.paypal.co.uk/help.

Please do not reply to this e-mail. Mail sent to this address cannot be answered.

PayPal Email ID PP341
""" % txn
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#333">
<table width="600"><tr><td><img src="https://www.paypal.com/en_GB/i/logo/logo_emailheader_113wx46h.gif" alt="PayPal" width="113" height="46"></td>
<td align="right" style="font-size:11px">%s<br>Transaction ID: %s</td></tr></table>
<p><b>Hello Harriet Lindqvist,</b></p>
<p>You sent a payment of <b>&pound;24.50 GBP</b> to Kettleby Wool Co. (<a href="mailto:sales@kettlebywool.example">sales@kettlebywool.example</a>)</p>
<p>This charge will appear on your credit card statement as &quot;PAYPAL *KETTLEBYWO&quot;.</p>
<table width="600" cellpadding="4" style="font-size:12px;border-top:1px solid #ccc">
<tr style="background:#eee"><td>Description</td><td>Unit price</td><td>Qty</td><td align="right">Amount</td></tr>
<tr><td>Aran yarn, oatmeal, 100g skein</td><td>&pound;3.90</td><td>5</td><td align="right">&pound;19.50</td></tr>
<tr><td colspan="3">Postage</td><td align="right">&pound;5.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td align="right"><b>&pound;24.50 GBP</b></td></tr></table>
<p>Note to seller: for the cardigan pattern in the spring catalogue - thanks!</p>
<p style="font-size:10px;color:#777">Please do not reply to this e-mail. Mail sent to this address cannot be answered. For assistance, go to the Help Centre at www.paypal.co.uk/help.<br>PayPal Email ID PP341</p>
</body></html>
""" % (fmt(d, "std")[5:16], txn)
    b = "--%s_%s" % (hexs(r, 8), digits(r, 10))
    part = multi("alternative", [text(plain, ct="text/plain; charset=UTF-8", cs="utf-8", cte="quoted-printable"),
                                 text(html, ct="text/html; charset=UTF-8", cs="utf-8", cte="quoted-printable")], b, params="")
    hdrs = chain(r, d, [("from [10.5.7.88] (helo=web22.phx.paypal.example)\n\tby mx-a.paypal.example with esmtp; {d}", "PT", "std")]
                 + gw_p1(r, 2006, "mx-a.paypal.example ([203.0.113.210])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Received-SPF", "pass (mx3.kestrelnet.example: domain of paypal.co.uk designates 203.0.113.210 as permitted sender)"),
        ("Date", fmt(d, "std")),
        ("Message-Id", "<1141848890.%d@paypal.co.uk>" % r.randint(10000, 99999)),
        ("Subject", "Receipt for your payment to Kettleby Wool Co."),
        ("X-MaxCode-Template", "email-receipt-sender"),
        ("To", "Harriet Lindqvist <harriet.lindqvist@kestrelnet.example>"),
        ("From", '"service@paypal.co.uk" <service@paypal.co.uk>'),
        ("X-Email-Type-Id", "PP341"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h17(r):
    """calendar invite from the county (Outlook 2003, text/calendar REQUEST)"""
    d = D(2006, 4, 20, 15, 11, 4, "CT")
    uid = "040000008200E00074C5B7101A82E00800000000%s000000000000000010000000%s" % (hexs(r, 16, True), hexs(r, 32, True))
    plain = """When: Tuesday, May 02, 2006 9:00 AM-11:30 AM (GMT-06:00) Central Time (US & Canada).
Where: Harlan County Annex, Conference Room B

*~*~*~*~*~*~*~*~*~*

Gloria, Tom -

Holding this for the joint GIS parcel layer working session.  We'd like to
walk through the county's new parcel ID scheme and how the City's zoning
layer can key to it without the manual crosswalk.  Please bring a laptop
with ArcGIS 9.1 if you have one; we'll have the projector.

Nadia Kowalczyk
Harlan County GIS Coordinator
"""
    cal = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft CDO for Microsoft Exchange
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(GMT-06.00) Central Time (US & Canada)
X-MICROSOFT-CDO-TZID:11
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=4;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20060420T201104Z
DTSTART;TZID="(GMT-06.00) Central Time (US & Canada)":20060502T090000
SUMMARY:GIS parcel layer working session (County / City)
UID:%s
ORGANIZER;CN="Kowalczyk, Nadia":MAILTO:nkowalczyk@co.harlan.test
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="gkaminski@
 ci.marrowfield.test":MAILTO:gkaminski@ci.marrowfield.test
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="tbrennan@c
 i.marrowfield.test":MAILTO:tbrennan@ci.marrowfield.test
LOCATION:Harlan County Annex, Conference Room B
DTEND;TZID="(GMT-06.00) Central Time (US & Canada)":20060502T113000
DESCRIPTION:Holding this for the joint GIS parcel layer working session.\\N
SEQUENCE:0
PRIORITY:5
CLASS:
CREATED:20060420T201102Z
LAST-MODIFIED:20060420T201104Z
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-OWNERAPPTID:%d
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT00H15M00S
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (uid, r.randint(10**8, 2 * 10**9))
    b = "----_=_NextPart_001_01C664AE.%s" % hexs(r, 8, True)
    part = multi("alternative", [text(plain, ct='text/plain;\n\tcharset="us-ascii"', cte="quoted-printable"),
                                 text(cal, ct='text/calendar;\n\tmethod=REQUEST;\n\tname="meeting.ics"', cte="8bit")], b, params="")
    hdrs = chain(r, d, [("from hcexch01.co.harlan.test ([10.1.1.5]) by gw.co.harlan.test with Microsoft SMTPSVC(6.0.3790.1830);\n\t {d}", "CT", "std")]
                 + gw_c(r, 2006, "gw.co.harlan.test ([198.51.100.33])")) + [
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-MimeOLE", "Produced By Microsoft Exchange V6.5"),
        ("Subject", "GIS parcel layer working session (County / City)"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@hcexch01.co.harlan.test>" % hexs(r, 38, True)),
        ("Thread-Topic", "GIS parcel layer working session (County / City)"),
        ("Thread-Index", thread_index(r)),
        ("From", '"Kowalczyk, Nadia" <nkowalczyk@co.harlan.test>'),
        ("To", "<gkaminski@ci.marrowfield.test>, <tbrennan@ci.marrowfield.test>"),
        ("Received-SPF", "neutral (mailgate.ci.marrowfield.test: 198.51.100.33 is neither permitted nor denied by domain of co.harlan.test)"),
    ]
    return build(hdrs, part)


def h18(r):
    """work: spreadsheet attached (Outlook 2003, .xls placeholder)"""
    d = D(2006, 6, 27, 17, 52, 30, "CT")
    body = """Susan,

Attached is the VaR backtest for Q2 through Friday.  Three exceptions at the
99% level, all in the week of 5/22 (the Gulf hurricane scare), which is still
inside the green zone.  Tab 2 has the daily P&L vs. VaR chart, tab 3 the
position detail for the exception days.

I haven't reconciled the 6/23 power positions yet - Kevin's book had a late
trade that settlement hadn't booked.  I'll update the sheet tomorrow morning.

Thanks,
Priya

Priya Raghunathan
Market Risk | Brightwater Energy Trading
713-555-0187
"""
    t = text(body, ct='text/plain;\n\tcharset="us-ascii"', cte="7bit")
    a = binary("application/vnd.ms-excel", ole(r, "spreadsheet: VaR backtest Q2 2006", 1400), "VaR_backtest_Q2_2006.xls")
    bnd = "----_=_NextPart_001_01C69A2C.%s" % hexs(r, 8, True)
    part = multi("mixed", [t, a], bnd)
    hdrs = chain(r, d, gw_e(r, 2006, "HOU-EX02.corp.bwtrading.example ([10.40.1.16])")) + [
        ("Content-class", "urn:content-classes:message"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-MimeOLE", "Produced By Microsoft Exchange V6.5"),
        ("Subject", "Q2 VaR backtest"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@HOU-EX02.corp.bwtrading.example>" % hexs(r, 38, True)),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
        ("Thread-Topic", "Q2 VaR backtest"),
        ("Thread-Index", thread_index(r)),
        ("From", '"Raghunathan, Priya" <praghunathan@bwtrading.example>'),
        ("To", '"Whitcombe, Susan" <swhitcombe@bwtrading.example>'),
        ("Return-Path", "praghunathan@bwtrading.example"),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h19(r):
    """subscribed newsletter: airline fare alerts (ExactTarget, html only, latin-1 QP)"""
    d = D(2006, 8, 15, 6, 30, 0, "CT")
    sid = digits(r, 8)
    rows = [("Portland (PDX)", "Denver (DEN)", 89), ("Portland (PDX)", "Chicago (ORD)", 139),
            ("Portland (PDX)", "Anchorage (ANC)", 159), ("Seattle (SEA)", "San José del Cabo (SJD)", 219),
            ("Portland (PDX)", "Boston (BOS)", 174), ("Eugene (EUG)", "Phoenix (PHX)", 99)]
    trs = "\n".join(
        '<tr><td style="padding:6px;border-bottom:1px solid #d7e3ee">%s</td><td style="padding:6px;border-bottom:1px solid #d7e3ee">%s</td>'
        '<td style="padding:6px;border-bottom:1px solid #d7e3ee;color:#b3261e;font-weight:bold" align="right">$%d</td>'
        '<td style="padding:6px;border-bottom:1px solid #d7e3ee"><a href="http://click.northcapeair.example/?qs=%s">Book</a></td></tr>'
        % (a, b, p, hexs(r, 40)) for a, b, p in rows)
    html = """<html><head><title>Northcape Air Fare Alert</title></head>
<body bgcolor="#ffffff" style="margin:0"><center>
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,sans-serif;font-size:12px">
<tr><td style="font-size:10px;color:#777;padding:6px" align="center">Fare Alert for Owen Pritchard &middot; Having trouble viewing this e-mail? <a href="http://view.northcapeair.example/?j=%s">View it online</a></td></tr>
<tr><td bgcolor="#0b3c66" style="padding:14px;color:#fff;font-size:22px;font-family:Georgia,serif">NORTHCAPE AIR &nbsp;<span style="font-size:13px">Fare Alert &middot; Week of August 15</span></td></tr>
<tr><td style="padding:14px"><p style="font-size:15px"><b>Late-summer fares from your home airport, Portland (PDX)</b></p>
<p>Book by 11:59 p.m. Pacific on Thursday, August 17 for travel Tuesdays, Wednesdays and Saturdays between August 29 and December 14, 2006. Fares are one way and include all taxes and fees except the September 11th Security Fee of up to $5.00.</p>
<table width="100%%" cellpadding="0" cellspacing="0">
<tr style="background:#e8f0f7"><th align="left" style="padding:6px">From</th><th align="left" style="padding:6px">To</th><th align="right" style="padding:6px">From</th><th></th></tr>
%s
</table>
<p>Seats are limited and may not be available on all flights. Mileage Harbor members earn double miles on all fares in this e-mail when booked at northcapeair.example.</p></td></tr>
<tr><td style="padding:10px;font-size:10px;color:#666;border-top:1px solid #ccc">You are receiving this Fare Alert because you signed up at northcapeair.example with the address owen@oakhollow.test.
To change your home airport or stop receiving Fare Alerts, <a href="http://click.northcapeair.example/unsub_center.aspx?qs=%s">update your preferences</a>.<br>
Northcape Air, 4400 Airport Way, Portland, OR 97218. &copy; 2006 Northcape Air. All rights reserved.</td></tr>
</table></center>
<img src="http://click.northcapeair.example/open.aspx?ffcb10-%s" width="1" height="1">
</body></html>
""" % (sid, trs, hexs(r, 40), hexs(r, 24))
    part = text(html, ct='text/html; charset="iso-8859-1"', cs="iso-8859-1", cte="quoted-printable")
    hdrs = [("Return-Path", "<bounce-%s_HTML-%s-%s-%s-0@bounce.email.northcapeair.example>" % (digits(r, 4), digits(r, 8), digits(r, 6), digits(r, 5)))]
    hdrs += chain(r, d, [("from mta14.email.northcapeair.example (HELO mta14.email.northcapeair.example) (198.51.100.214)\n  by mx2.fernhost.test with SMTP; {d}", "UTC", "qmail"),
                         ("(qmail %d invoked from network); {d}" % r.randint(2000, 32000), "UTC", "qmail")])
    hdrs += [
        ("From", '"Northcape Air" <fares@email.northcapeair.example>'),
        ("To", "<owen@oakhollow.test>"),
        ("Subject", "Fare Alert: PDX to Denver $89, Anchorage $159, Boston $174"),
        ("Date", fmt(d, "std")),
        ("MIME-Version", "1.0"),
        ("Reply-To", '"Northcape Air" <reply-%s@email.northcapeair.example>' % hexs(r, 16)),
        ("x-job", "%s_%s" % (digits(r, 4), sid)),
        ("Message-ID", "<%s.%s@mta14.email.northcapeair.example>" % (uuid(r, False), digits(r, 4))),
        ("*MIME*", None),
        ("List-Unsubscribe", "<mailto:leave-%s@leave.email.northcapeair.example>" % hexs(r, 30)),
    ]
    return build(hdrs, part)


def h20(r):
    """one-line reply quoting the original (Gmail web 2006)"""
    d = D(2006, 10, 12, 17, 33, 48, "ET")
    body = """ok, 6:30 at the Thai place works. I'll grab Sunil on the way.

On 10/12/06, Lena Voss <lvoss@halvorsen.example> wrote:
> Hi Ana,
>
> Qualifier is DONE and I passed!! Celebration dinner tomorrow? I'm thinking
> Bangkok Orchid on Fulton, around 6:30, my treat for the first round.
>
> Lena
>
"""
    part = text(body, ct="text/plain; charset=ISO-8859-1; format=flowed", cs="iso-8859-1", cte="7bit")
    hdrs = chain(r, d, [("by 10.35.78.6 with HTTP; {d}", "UTC", "std"),
                        ("by 10.64.42.11 with SMTP id p11mr2611436qbg;\n        {d}", "PT", "std"),
                        ("from nz-out-0506.google.example (nz-out-0506.google.example [203.0.113.232])", "ET", "std")][:2]
                 + gw_u(r, 2006, "nz-out-0506.google.example (nz-out-0506.google.example [203.0.113.232])", "lvoss@halvorsen.example"))
    mid = "<%s%s.%s@mail.gmail.com>" % ("a", hexs(r, 7), hexs(r, 30) + "")
    hdrs += [
        ("DomainKey-Signature", "a=rsa-sha1; q=dns; c=nofws;\n        s=beta; d=gmail.com;\n        h=received:message-id:date:from:to:subject:in-reply-to:mime-version:content-type:content-transfer-encoding:content-disposition:references;\n        b=%s" % fold_b64(b64tok(r, 96), 70, "        ")),
        ("Message-ID", "<e7%s0610121433v%s@mail.gmail.com>" % (hexs(r, 6), hexs(r, 16))),
        ("Date", fmt(d, "std")),
        ("From", '"Ana Ferreira" <ana.m.ferreira@gmail.com>'),
        ("To", '"Lena Voss" <lvoss@halvorsen.example>'),
        ("Subject", "Re: I PASSED"),
        ("In-Reply-To", "<452E81F9.2040105@halvorsen.example>"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Content-Disposition", "inline"),
        ("References", "<452E81F9.2040105@halvorsen.example>"),
    ]
    return build(hdrs, part)


def h21(r):
    """bank: e-statement available notice (invented bank, plain text)"""
    d = D(2006, 12, 4, 3, 17, 26, "ET")
    body = """Dear Susan Whitcombe,

Your November statement for Harbourline Bank checking account ending
in %s is now available in Online Banking.

To view it, sign in at www.harbourline-bank.example as you normally do
and choose Statements & Documents.  For your security, this e-mail does
not contain links, account balances or any request for personal
information.  Harbourline Bank will never ask you to confirm your
password or card number by e-mail.

If you would prefer to receive paper statements, you can change your
delivery preferences in Online Banking or call us at 1-800-555-0162.

Thank you for banking with Harbourline.

This is an automated message; replies to this address are not read.
Harbourline Bank, N.A.  Member FDIC.  Equal Housing Lender.
""" % digits(r, 4)
    part = text(body, ct="text/plain; charset=us-ascii", cte="7bit")
    hdrs = [("Return-Path", "<estatements@alerts.harbourline-bank.example>")]
    hdrs += chain(r, d, [("from alerts.harbourline-bank.example (198.51.100.130) by gw2.harbourline-bank.example with SMTP; {d}", "ET", "std")]
                  + gw_e(r, 2006, "gw2.harbourline-bank.example ([198.51.100.131])"))
    hdrs += [
        ("Date", fmt(d, "std")),
        ("From", "Harbourline Bank <estatements@alerts.harbourline-bank.example>"),
        ("To", "SWHITCOMBE@BWTRADING.EXAMPLE"),
        ("Subject", "Your Harbourline Bank statement is ready"),
        ("Message-ID", "<ESTMT.%s.%s@alerts.harbourline-bank.example>" % (digits(r, 12), digits(r, 5))),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h22(r):
    """Lotus Notes internal memo: snow emergency plan (Notes 7, QP html+text)"""
    d = D(2007, 2, 12, 13, 47, 5, "CT")
    plain = """All departments,

The National Weather Service has issued a winter storm warning for
Marrowfield from 6 pm Tuesday through noon Wednesday, with 8-12 inches
of snow expected.  The City Manager has declared a snow emergency
effective Tuesday 8:00 pm.

Essential staff (Public Works, Police, Fire, Water Plant, 911 Center)
report as scheduled.  All other employees: City Hall and the Annex will
open at 10:00 am Wednesday unless you hear otherwise on the employee
hotline (555-0199, option 3) or on KMRW 1340 AM by 6:00 am.

Please park in the ramp, not on Main or Third, so the plows can get
through.  Vehicles on snow routes after 8 pm will be towed.

Ray Dunleavy
Emergency Management Coordinator
"""
    html = """<font size=2 face="sans-serif">All departments,</font>
<br>
<br><font size=2 face="sans-serif">The National Weather Service has issued a <b>winter storm warning</b> for Marrowfield from 6 pm Tuesday through noon Wednesday, with 8-12 inches of snow expected. &nbsp;The City Manager has declared a snow emergency effective <b>Tuesday 8:00 pm</b>.</font>
<br>
<br><font size=2 face="sans-serif">Essential staff (Public Works, Police, Fire, Water Plant, 911 Center) report as scheduled. &nbsp;All other employees: City Hall and the Annex will open at <b>10:00 am Wednesday</b> unless you hear otherwise on the employee hotline (555-0199, option 3) or on KMRW 1340 AM by 6:00 am.</font>
<br>
<br><font size=2 face="sans-serif">Please park in the ramp, not on Main or Third, so the plows can get through. &nbsp;Vehicles on snow routes after 8 pm will be towed.</font>
<br>
<br><font size=2 face="sans-serif">Ray Dunleavy<br>
Emergency Management Coordinator</font>
"""
    b = "=_alternative 004C3A2786257280_="
    part = multi("alternative", [text(plain, ct='text/plain; charset="US-ASCII"', cte="quoted-printable"),
                                 text(html, ct='text/html; charset="US-ASCII"', cte="quoted-printable")], b, params="")
    part.headers[0] = ("Content-Type", 'multipart/alternative; boundary="%s"' % b)
    hdrs = chain(r, d, gw_c(r, 2007, "notes01.ci.marrowfield.test ([10.3.0.20])")) + [
        ("Subject", "Snow emergency Tue 2/13 8pm - delayed opening Wed 10am"),
        ("To", "All_Employees@ci.marrowfield.test"),
        ("X-Mailer", "Lotus Notes Release 7.0.2 September 26, 2006"),
        ("Message-ID", "<OF%s.%s-ON86257280.%s-86257280.%s@ci.marrowfield.test>" % (
            hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True))),
        ("From", "Ray Dunleavy/EMA/Marrowfield@MARROWFIELD"),
        ("Date", fmt(d, "std")),
        ("X-MIMETrack", "Serialize by Router on Notes01/CityHall/Marrowfield(Release 7.0.2|September 26, 2006) at\n 02/12/2007 01:47:07 PM"),
        ("MIME-Version", "1.0"),
        ("Importance", "High"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h23(r):
    """family: recipe from mother (Apple Mail 2, format=flowed, latin-1 QP)"""
    d = D(2007, 3, 18, 19, 5, 40, "UK")
    body = """Darling,

Here is Granny Astrid's apple cake, as promised on the phone.  I have  
converted her ounces for you but kept her notes.

125 g butter, soft
150 g caster sugar
2 eggs
200 g plain flour, 2 tsp baking powder
100 ml single cream (or crème fraîche if you have it, she always said  
it was better but never used it)
3 sharp apples, Bramleys are best
cinnamon, and a handful of flaked almonds for the top

Beat butter and sugar until pale, add the eggs one at a time, then the  
flour and cream.  Spread in a 23 cm tin, push the apple slices in like  
roof tiles, sprinkle cinnamon, sugar and almonds.  180° for about 45  
minutes - test with a skewer.  She served it warm with vanilla sauce  
("vaniljsås") and so should you.

Dad says hello and asks if you've booked the ferry yet.

Mamma x
"""
    part = text(body, ct="text/plain; charset=ISO-8859-1; delsp=yes; format=flowed", cs="iso-8859-1", cte="quoted-printable")
    hdrs = [("Return-Path", "<britt.lindqvist@macmail.example>")]
    hdrs += chain(r, d, [("from [192.168.1.33] (cpc2-ely1-0-0-cust201.cambs.kestrelnet.example [198.51.100.201])\n\tby smtp.macmail.example (Sun Java System Messaging Server 6.2) with ESMTPSA id <0JF500ABC1234500@smtp.macmail.example>\n\tfor harriet.lindqvist@kestrelnet.example; {d}", "UK", "std")]
                  + gw_p1(r, 2007, "smtp.macmail.example ([203.0.113.40])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Mime-Version", "1.0 (Apple Message framework v752.3)"),
        ("*MIME*", None),
        ("Message-Id", "<%s@macmail.example>" % uuid(r)),
        ("To", "Harriet Lindqvist <harriet.lindqvist@kestrelnet.example>"),
        ("From", "Britt Lindqvist <britt.lindqvist@macmail.example>"),
        ("Subject", "Granny's apple cake"),
        ("Date", fmt(d, "std")),
        ("X-Mailer", "Apple Mail (2.752.3)"),
    ]
    return build(hdrs, part)


def h24(r):
    """conference call for papers (Pine, iso-8859-2 QP, Polish organiser)"""
    d = D(2007, 5, 4, 11, 20, 7, "CET")
    body = """-----------------------------------------------------------------------
                 CALL FOR PAPERS - DEADLINE EXTENDED

  FIELDNET 2007: 3rd International Workshop on Networked Field Systems
          Wrocław, Poland, 17-19 September 2007
             http://fieldnet2007.pwr-cs.example/
-----------------------------------------------------------------------

Apologies if you receive multiple copies of this announcement.

Due to many requests, the paper submission deadline has been extended
to 25 May 2007 (firm).

FIELDNET brings together researchers building computing systems that
live outdoors: environmental sensor networks, agricultural monitoring,
wildlife telemetry, glaciology and ocean instruments.  We welcome
papers on:

  * energy-aware protocols and duty cycling
  * delay-tolerant data collection and synchronisation
  * deployment experience, including failures
  * calibration, data quality and provenance
  * programming models and remote maintenance

Full papers: 8 pages, IEEE two-column format.  Short papers and
deployment reports: 4 pages.  Proceedings will be published in the
workshop series and selected papers invited to a special issue.

Important dates
  Submission:        25 May 2007 (extended)
  Notification:      29 June 2007
  Camera-ready:      20 July 2007

General chair:   Prof. Zbigniew Łukaszewicz, Wrocław
Program chairs:  Dr. Małgorzata Wójcik, Wrocław
                 Prof. Martin Okafor, Halvorsen University

Contact: fieldnet2007@pwr-cs.example
"""
    part = text(body, ct="TEXT/PLAIN; charset=ISO-8859-2", cs="iso-8859-2", cte="quoted-printable")
    hdrs = [("Return-Path", "<mwojcik@pwr-cs.example>")]
    hdrs += chain(r, d, [("from localhost (localhost [127.0.0.1])\n\tby kolektor.pwr-cs.example (8.13.8/8.13.8) with ESMTP id l449K7gY022811;\n\t{d}", "CET", "std")]
                  + gw_u(r, 2007, "kolektor.pwr-cs.example (kolektor.pwr-cs.example [203.0.113.98])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Received-SPF", "none (pwr-cs.example: No applicable sender policy available) receiver=mx-in2.its.halvorsen.example; identity=mailfrom; envelope-from=\"mwojcik@pwr-cs.example\"; helo=kolektor.pwr-cs.example; client-ip=203.0.113.98"),
        ("Date", fmt(d, "std")),
        ("From", "=?ISO-8859-2?Q?Ma=B3gorzata_W=F3jcik?= <mwojcik@pwr-cs.example>"),
        ("X-X-Sender", "mwojcik@kolektor.pwr-cs.example"),
        ("To", "fieldnet-pc@pwr-cs.example"),
        ("Cc", "Martin Okafor <m.okafor@halvorsen.example>"),
        ("Subject", "CFP: FIELDNET 2007, Wroclaw - deadline extended to 25 May"),
        ("Message-ID", "<Pine.LNX.4.64.0705041112440.%d@kolektor.pwr-cs.example>" % r.randint(1000, 30000)),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h25(r):
    """broker stock alert (price trigger, multipart/alternative)"""
    d = D(2007, 6, 21, 14, 41, 3, "ET")
    plain = """LEDGERLINE SECURITIES - PRICE ALERT

Account: *****%s (Individual)

Your alert for VLO has been triggered.

  Symbol:        VLO (Valero Energy Corp)
  Condition:     Last trade at or above $74.00
  Last trade:    $74.18 at 2:40:51 PM ET
  Change today:  +1.62 (+2.23%%)

This alert is now inactive.  You can set new alerts under
Trade > Alerts after you log on at ledgerline.example.

Alerts are provided for information only and are not a recommendation
to buy or sell any stock.  Quotes may be delayed.  To stop receiving
alerts by e-mail, change your settings under Accounts > Preferences.

Ledgerline Securities LLC, member FINRA/SIPC.
""" % digits(r, 4)
    html = """<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:12px">
<div style="background:#1d4f2a;color:#fff;padding:8px;font-weight:bold">LEDGERLINE SECURITIES &middot; Price Alert</div>
<p>Your alert for <b>VLO</b> has been triggered.</p>
<table cellpadding="3" style="font-size:12px">
<tr><td>Symbol</td><td><b>VLO</b> (Valero Energy Corp)</td></tr>
<tr><td>Condition</td><td>Last trade at or above $74.00</td></tr>
<tr><td>Last trade</td><td>$74.18 at 2:40:51 PM ET</td></tr>
<tr><td>Change today</td><td style="color:#1d7a2a">+1.62 (+2.23%)</td></tr></table>
<p>This alert is now inactive. You can set new alerts under Trade &gt; Alerts after you log on.</p>
<p style="font-size:10px;color:#666">Alerts are provided for information only and are not a recommendation to buy or sell any stock. Quotes may be delayed. Ledgerline Securities LLC, member FINRA/SIPC.</p>
</body></html>
"""
    b = "=_%s" % hexs(r, 24)
    part = multi("alternative", [text(plain, ct="text/plain; charset=us-ascii", cte="7bit"),
                                 text(html, ct="text/html; charset=us-ascii", cte="7bit")], b, params="")
    hdrs = chain(r, d, [("from alertgen3 ([10.80.3.3]) by smtp.alerts.ledgerline.example with Microsoft SMTPSVC(6.0.3790.3959);\n\t {d}", "ET", "std")]
                 + gw_e(r, 2007, "smtp.alerts.ledgerline.example ([198.51.100.75])")) + [
        ("From", "Ledgerline Alerts <alerts@ledgerline.example>"),
        ("To", "dreyes@bwtrading.example"),
        ("Date", fmt(d, "std")),
        ("Subject", "Price alert: VLO at or above 74.00"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Message-ID", "<ALERTGEN3%s@smtp.alerts.ledgerline.example>" % hexs(r, 24, True)),
        ("Return-Path", "alerts@ledgerline.example"),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h26(r):
    """hotel booking confirmation (Lisbon hotel, utf-8 QP, Portuguese phrase)"""
    d = D(2007, 8, 9, 16, 2, 55, "UK")
    ref = "MIR-%s" % digits(r, 6)
    plain = """Estimado Sr. Owen Pritchard,

Obrigado pela sua reserva!  Thank you for choosing the Hotel Miradouro da Graça.

Booking reference:   %s
Arrival:             Monday, 24 September 2007 (check-in from 14:00)
Departure:           Friday, 28 September 2007 (check-out until 12:00)
Room:                1 Double Superior, river view
Guests:              2 adults
Rate:                €118,00 per night, breakfast included
Total (4 nights):    €472,00 (tourist tax not included)

Your card has been used only to guarantee the booking; payment is made
at the hotel.  Free cancellation until 21 September 2007, 18:00 Lisbon
time.  After that the first night will be charged.

From the airport, the Aerobus stops at Praça da Figueira; from there it
is a short taxi ride up the hill, or take tram 28 to Largo da Graça.

Até breve!
Sofia Antunes
Reservas - Hotel Miradouro da Graça
Rua da Senhora do Monte 12, 1170-361 Lisboa
Tel. +351 21 555 0177
""" % ref
    html = "<html><body style=\"font-family:Verdana;font-size:12px\">" + "".join(
        "<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in plain.strip().split("\n\n")) + "</body></html>\n"
    b = "=-=%s" % alnum(r, 20)
    part = multi("alternative", [text(plain, ct="text/plain; charset=utf-8", cs="utf-8", cte="quoted-printable"),
                                 text(html, ct="text/html; charset=utf-8", cs="utf-8", cte="quoted-printable")], b, params="")
    hdrs = [("Delivered-To", "owen@oakhollow.test")]
    hdrs += chain(r, d, [("from reservas (unknown [192.168.10.4])\n\tby mail.hotelmiradouro.example (Postfix) with ESMTP id 9E1D3A2F0B\n\tfor <owen@oakhollow.test>; {d}", "UK", "cmt"),
                         ("from mail.hotelmiradouro.example (HELO mail.hotelmiradouro.example) (203.0.113.163)\n  by mx2.fernhost.test with SMTP; {d}", "UTC", "qmail"),
                         ("(qmail %d invoked from network); {d}" % r.randint(2000, 32000), "UTC", "qmail")])
    hdrs += [
        ("Received-SPF", "pass (mx2.fernhost.test: SPF record at hotelmiradouro.example designates 203.0.113.163 as permitted sender)"),
        ("From", "=?utf-8?q?Hotel_Miradouro_da_Gra=C3=A7a?= <reservas@hotelmiradouro.example>"),
        ("To", "Owen Pritchard <owen@oakhollow.test>"),
        ("Subject", "=?utf-8?q?Confirma=C3=A7=C3=A3o_de_reserva_/_Booking_confirmation_?=\n =?utf-8?q?" + ref.replace("-", "=2D") + "?="),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s.%s@reservas.hotelmiradouro.example>" % (digits(r, 14), hexs(r, 6))),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Mailer", "Hotelsoft Reservas 3.2"),
    ]
    return build(hdrs, part)


def h27(r):
    """work: draft for review with .doc attachment (Thunderbird 2)"""
    d = D(2007, 10, 16, 22, 51, 14, "ET")
    body = """Martin,

Attached is the draft of chapter 3 (the deployment chapter).  It's still
rough in places - section 3.4 on the winter data loss needs another pass,
and the figures are placeholders until I re-run the plots with the
corrected timestamps.

What I'd most like your opinion on is whether 3.2 (the hardware
description) is too long.  Ruth thinks the committee will want all of it,
I think it reads like a parts catalogue.

No rush - any time before our meeting on the 25th is fine.

Thanks,
Lena

-- 
Lena Voss
PhD candidate, Department of Geosciences
Halvorsen University
"""
    t = text(body, ct="text/plain; charset=ISO-8859-1; format=flowed", cs="iso-8859-1", cte="7bit")
    a = binary("application/msword", ole(r, "word document: thesis chapter 3 draft", 2200), "Voss_ch3_deployment_draft3.doc")
    bnd = "------------%s" % digits(r, 24)
    part = multi("mixed", [t, a], bnd, preamble="This is a multi-part message in MIME format.")
    hdrs = [("Return-Path", "<lvoss@halvorsen.example>")]
    hdrs += chain(r, d, [("from [10.14.7.112] (geo-wl-112.geo.halvorsen.example [10.14.7.112])\n\tby smtp.halvorsen.example (Postfix) with ESMTP id 5C0B81E4D2\n\tfor <m.okafor@halvorsen.example>; {d}", "ET", "cmt")]
                  + gw_u(r, 2007, "smtp.halvorsen.example (smtp.halvorsen.example [10.12.1.5])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Message-ID", "<47157%s.%s@halvorsen.example>" % (hexs(r, 3, True), "9030908")),
        ("Date", fmt(d, "std")),
        ("From", "Lena Voss <lvoss@halvorsen.example>"),
        ("User-Agent", "Thunderbird 2.0.0.6 (Windows/20070728)"),
        ("MIME-Version", "1.0"),
        ("To", "Martin Okafor <m.okafor@halvorsen.example>"),
        ("CC", "Ruth Abernathy <rabernathy@halvorsen.example>"),
        ("Subject", "Chapter 3 draft for comments"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h28(r):
    """Mailman MIME digest (GIS users list, multipart/mixed + multipart/digest)"""
    d = D(2007, 11, 7, 12, 0, 4, "CT")
    lst = "gis-muni@lists.midstates-gis.example"
    toc = """Send GIS-Muni mailing list submissions to
	gis-muni@lists.midstates-gis.example

To subscribe or unsubscribe via the World Wide Web, visit
	http://lists.midstates-gis.example/mailman/listinfo/gis-muni
or, via email, send a message with subject or body 'help' to
	gis-muni-request@lists.midstates-gis.example

You can reach the person managing the list at
	gis-muni-owner@lists.midstates-gis.example

When replying, please edit your Subject line so it is more specific
than "Re: Contents of GIS-Muni digest..."

Today's Topics:

   1. Re: Address points vs. parcel centroids for 911 (Brad Hollis)
   2. Shapefile to geodatabase - field names truncated (Tom Brennan)
   3. Re: Shapefile to geodatabase - field names truncated (Ines Kraemer)
"""
    msgs = [
        ("Brad Hollis <bhollis@co.pawnee-ks.example>", "Re: Address points vs. parcel centroids for 911",
         "Tue, 6 Nov 2007 15:12:40 -0600",
         """We switched to address points in 2005 and I would not go back. Parcel
centroids put the call in the middle of a 40-acre field, and on
apartment complexes they are useless. It took two summer interns about
ten weeks to digitize our 9,000 addresses from the orthophotos, and the
dispatchers noticed the difference within a month.

Brad
"""),
        ("Tom Brennan <tbrennan@ci.marrowfield.test>", "Shapefile to geodatabase - field names truncated",
         "Wed, 7 Nov 2007 08:44:02 -0600",
         """Loading our old zoning shapefiles into a file geodatabase, and the
field names come across as the 10-character dBase versions (ZONE_DESCR,
ORD_NUMBER_, etc.). Is there any way to get the long names back short of
renaming 40 fields by hand in every feature class?

Tom Brennan, City of Marrowfield IT/GIS
"""),
        ("Ines Kraemer <ikraemer@rivertonmn.example>", "Re: Shapefile to geodatabase - field names truncated",
         "Wed, 7 Nov 2007 10:31:55 -0600",
         """Tom, the long names are gone once it's a shapefile, the .dbf simply
can't hold them. What I did: make an empty feature class with the field
names you want, then use the Load Data wizard and match fields by
position. Save the field map as a template and the next 39 go quickly.

Ines
"""),
    ]
    parts = []
    for i, (frm, subj, dd, body) in enumerate(msgs):
        inner = ("From: %s\nTo: %s\nSubject: [GIS-Muni] %s\nDate: %s\nMessage-ID: <%s@%s>\n"
                 "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n%s"
                 % (frm, lst, subj, dd, hexs(r, 16), frm.split("@")[1].rstrip(">"), body))
        parts.append(msgpart(crlf(inner).encode(), ct=None))
    foot = """_______________________________________________
GIS-Muni mailing list
gis-muni@lists.midstates-gis.example
http://lists.midstates-gis.example/mailman/listinfo/gis-muni

End of GIS-Muni Digest, Vol 38, Issue 6
***************************************
"""
    inner_b = "===============%s==" % digits(r, 19)
    outer_b = "===============%s==" % digits(r, 19)
    dig = multi("digest", parts, inner_b, params="")
    dig.headers[0] = ("Content-Type", 'multipart/digest; boundary="%s"' % inner_b)
    t1 = text(toc, ct='text/plain; charset="us-ascii"', cte="7bit", headers=[], after=[("Content-Description", "GIS-Muni Digest, Vol 38, Issue 6")])
    t1.headers.insert(1, ("MIME-Version", "1.0"))
    t2 = text(foot, ct='text/plain; charset="us-ascii"', cte="7bit", after=[("Content-Disposition", "inline")])
    t2.headers.insert(1, ("MIME-Version", "1.0"))
    part = multi("mixed", [t1, dig, t2], outer_b, params="")
    part.headers[0] = ("Content-Type", 'multipart/mixed; boundary="%s"' % outer_b)
    hdrs = chain(r, d, [("from lists.midstates-gis.example (localhost [127.0.0.1])\n\tby lists.midstates-gis.example (Postfix) with ESMTP id 7A12C3B9E0;\n\t{d}", "CT", "cmt")]
                 + gw_c(r, 2007, "lists.midstates-gis.example ([198.51.100.110])")) + [
        ("From", "gis-muni-request@lists.midstates-gis.example"),
        ("Subject", "GIS-Muni Digest, Vol 38, Issue 6"),
        ("To", lst),
        ("Reply-To", lst),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<mailman.%d.%d.gis-muni@lists.midstates-gis.example>" % (r.randint(1, 99), 1194458404)),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-BeenThere", lst),
        ("X-Mailman-Version", "2.1.9"),
        ("Precedence", "list"),
        ("List-Id", "Municipal and county GIS users <gis-muni.lists.midstates-gis.example>"),
        ("List-Unsubscribe", "<http://lists.midstates-gis.example/mailman/listinfo/gis-muni>,\n\t<mailto:gis-muni-request@lists.midstates-gis.example?subject=unsubscribe>"),
        ("List-Archive", "<http://lists.midstates-gis.example/pipermail/gis-muni>"),
        ("List-Post", "<mailto:gis-muni@lists.midstates-gis.example>"),
        ("Sender", "gis-muni-bounces@lists.midstates-gis.example"),
    ]
    return build(hdrs, part)


def h29(r):
    """HR notice: bonus statements / holiday schedule (Exchange 2007, Outlook 2007 html)"""
    d = D(2008, 1, 10, 9, 15, 22, "CT")
    plain = """All employees,

2007 total compensation statements, including your annual bonus, are now
on the HR portal (Employee Self Service > Pay > Statements).  Bonuses will be
paid in the January 25 payroll.  Please review your statement before
February 1 and contact your HR business partner with any questions.

Reminder: the 2008 office holiday schedule is also on the portal.  The
trading floor will be staffed on Martin Luther King Jr. Day (January 21) since
NYMEX is open; desk heads will confirm coverage.

Human Resources
"""
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 12 (filtered medium)">
<style><!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri","sans-serif";}
 a:link, span.MsoHyperlink {color:blue;text-decoration:underline;}
 span.EmailStyle17 {mso-style-type:personal-compose;font-family:"Calibri","sans-serif";color:windowtext;}
 @page Section1 {size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}
 div.Section1 {page:Section1;}
--></style></head>
<body lang=EN-US link=blue vlink=purple><div class=Section1>
<p class=MsoNormal>All employees,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>2007 total compensation statements, including your annual bonus, are now on the HR portal (<b>Employee Self Service &gt; Pay &gt; Statements</b>). Bonuses will be paid in the January 25 payroll. Please review your statement before February 1 and contact your HR business partner with any questions.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Reminder: the 2008 office holiday schedule is also on the portal. The trading floor will be staffed on Martin Luther King Jr. Day (January 21) since NYMEX is open; desk heads will confirm coverage.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F497D'>Human Resources<o:p></o:p></span></p>
</div></body></html>
"""
    b = "_000_%s%s_" % (hexs(r, 40, True), "HOUEXMB01corpbwtradi")
    part = multi("alternative", [text(plain, ct='text/plain; charset="us-ascii"', cte="quoted-printable"),
                                 text(html, ct='text/html; charset="us-ascii"', cte="quoted-printable")], b, params="")
    hdrs = chain(r, d, [("from HOU-EXMB01.corp.bwtrading.example ([10.40.2.31]) by\n HOU-EXHUB01.corp.bwtrading.example ([10.40.2.21]) with mapi; {d}", "CT", "pad")]
                 + gw_e(r, 2008, "HOU-EXHUB01.corp.bwtrading.example (10.40.2.21)")) + [
        ("From", "HR Communications <hr-comms@bwtrading.example>"),
        ("To", "All BWT Houston <allhouston@bwtrading.example>"),
        ("Date", fmt(d, "pad")),
        ("Subject", "2007 compensation statements available / 2008 holiday schedule"),
        ("Thread-Topic", "2007 compensation statements available / 2008 holiday schedule"),
        ("Thread-Index", thread_index(r)),
        ("Message-ID", "<%s@HOU-EXMB01.corp.bwtrading.example>" % hexs(r, 40, True)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("acceptlanguage", "en-US"),
        ("*MIME*", None),
        ("MIME-Version", "1.0"),
    ]
    return build(hdrs, part)


def h30(r):
    """Facebook wall-post notification (2008, DKIM, utf-8 QP)"""
    d = D(2008, 3, 26, 21, 48, 3, "PT")
    body = """Ingrid Sandell wrote on your Wall:

"Happy Wednesday!! Did the parcel arrive?? Freya insists the drawing is of
you and your cat, not a potato."

To see your Wall or to write on Ingrid's Wall, follow the link below:
http://www.facebook.com/n/?profile.php&id=%s&v=wall&mid=%s

Thanks,
The Facebook Team

___
Want to control which emails you receive from Facebook? Go to:
http://www.facebook.com/editaccount.php?notifications&md=%s
""" % (digits(r, 9), hexs(r, 8), alnum(r, 24))
    part = text(body, ct='text/plain; charset="UTF-8"', cs="utf-8", cte="quoted-printable")
    hdrs = chain(r, d, [("from [10.18.255.125] ([10.18.255.125:52421] helo=www.new.facebook.com)\n\tby mta018.snc1.facebook.example (envelope-from <notification+%s@facebookmail.com>)\n\t(ecelerity 2.1.1.24 r(22322)) with ESMTP\n\tid 7C/3B-29112-%s; {d}" % (alnum(r, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(r, 8)), "PT", "std")]
                 + gw_p1(r, 2008, "mx-out.facebook.example ([203.0.113.206])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Authentication-Results", "mx3.kestrelnet.example; spf=pass smtp.mailfrom=facebookmail.com;\n\tdkim=pass header.i=@facebookmail.com"),
        dkim(r, "facebookmail.com", "q1-2008b", "Received:Date:To:From:Subject:MIME-Version:Content-Type", c="simple/simple"),
        ("Date", fmt(d, "std")),
        ("To", "Harriet Lindqvist <harriet.lindqvist@kestrelnet.example>"),
        ("From", "Facebook <notification+%s@facebookmail.com>" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz0123456789")),
        ("Reply-to", "noreply <noreply@facebookmail.com>"),
        ("Subject", "Ingrid wrote on your Wall..."),
        ("Message-ID", "<%s@www.new.facebook.com>" % hexs(r, 32)),
        ("X-Priority", "3"),
        ("X-Mailer", "ZuckMail [version 1.00]"),
        ("X-Facebook-Notify", "wall; mailid=%s" % hexs(r, 8)),
        ("Errors-To", "notification+%s@facebookmail.com" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz0123456789")),
        ("X-FACEBOOK-PRIORITY", "0"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)
