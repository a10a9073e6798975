"""Messages h01-h15."""
from mailkit import *

UNI_LIST_FOOT = None


def xoat(dt, r):
    import datetime as _d
    u = dt.astimezone(_d.timezone.utc)
    return "%d %s %d %02d:%02d:%02d.0%s (UTC) FILETIME=[%s:%s]" % (
        u.day, MONS[u.month - 1], u.year, u.hour, u.minute, u.second, digits(r, 3), hexs(r, 8, True),
        "01C" + hexs(r, 5, True))


def h01(r):
    """work: meeting moved (Exchange 2003 internal, Outlook 2003)"""
    d = D(2004, 1, 13, 9, 2, 41, "CT")
    body = """Daniel,

The Tuesday gas desk review is moving to Thursday 1/15 at 2:30 in 14B, because Carla is stuck in the Calgary
meeting until Wednesday night.  Same agenda, except I'd like 10 minutes at the end on the storage injection
numbers for February - can you bring the updated curve?

If Thursday doesn't work for you let me know by end of day and I'll try to find a slot Friday morning.

Mark
x4471
"""
    part = text(body, cs="us-ascii", cte="quoted-printable")
    hdrs = chain(r, d, gw_e(r, 2004, "HOU-EX01.corp.bwtrading.example ([10.40.1.15])")) + [
        ("Content-class", "urn:content-classes:message"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-MimeOLE", "Produced By Microsoft Exchange V6.5.6944.0"),
        ("Subject", "Gas desk review moved to Thursday"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@HOU-EX01.corp.bwtrading.example>" % hexs(r, 38, True)),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Thread-Topic", "Gas desk review moved to Thursday"),
        ("Thread-Index", thread_index(r)),
        ("From", '"Delahunty, Mark" <mdelahunty@bwtrading.example>'),
        ("To", '"Reyes, Daniel" <dreyes@bwtrading.example>'),
        ("Cc", '"Ostrowski, Carla" <costrowski@bwtrading.example>'),
        ("Return-Path", "mdelahunty@bwtrading.example"),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h02(r):
    """department list: seminar announcement (Mailman 2.1.4, Pine sender)"""
    d = D(2004, 2, 19, 16, 44, 5, "ET")
    foot = """_______________________________________________
cs-seminars mailing list
cs-seminars@lists.halvorsen.example
https://lists.halvorsen.example/mailman/listinfo/cs-seminars
"""
    body = """            HALVORSEN UNIVERSITY - DEPARTMENT OF COMPUTER SCIENCE
                       Thursday Colloquium Series

   Speaker:  Dr. Anneliese Marchetti, Ridgecrest Institute of Technology
   Title:    Consistency without Consensus: Replicated State for
             Intermittently Connected Sensor Networks
   When:     Thursday, February 26, 2004, 4:00 pm (refreshments 3:45)
   Where:    Pemberton Hall, room 118

Abstract:

Field deployments of sensor networks spend most of their lives partitioned.
Classical replication protocols assume a quorum can eventually be reached;
in a glacier or a forest canopy that assumption fails for weeks at a time.
This talk describes a family of merge-based replicated data types that let
each node keep accepting writes while disconnected, and shows measurements
from a 40-node deployment on the Tallis ice field over two winters. I will
also discuss what we got wrong the first year, which was mostly about clocks.

Bio:

Anneliese Marchetti is an associate professor at Ridgecrest, where she leads
the Distributed Field Systems group. She received her PhD from the
University of Trondelag in 1998.

Host: Prof. Martin Okafor.  Graduate students who would like to meet the
speaker over lunch on Friday should write to Janice Orr (jorr@cs) by Monday.

"""
    part = text(body + foot, ct="TEXT/PLAIN; charset=US-ASCII", cte="7bit")
    hdrs = chain(r, d, [
        ("from localhost (jorr@localhost)\n\tby pemberton.cs.halvorsen.example (8.12.10/8.12.10/Submit) with ESMTP id i1JLi5Pq004112\n\tfor <cs-seminars@lists.halvorsen.example>; {d}", "ET", "std"),
        ("from pemberton.cs.halvorsen.example (pemberton.cs.halvorsen.example [10.12.3.40])\n\tby lists.halvorsen.example (Postfix) with ESMTP id 6C1E32F41B\n\tfor <cs-seminars@lists.halvorsen.example>; {d}", "ET", "cmt"),
    ] + gw_u(r, 2004, "lists.halvorsen.example (lists.halvorsen.example [10.12.1.7])", "m.okafor@halvorsen.example")) + [
        ("Return-Path", "<cs-seminars-bounces@lists.halvorsen.example>"),
        ("Date", fmt(d, "std")),
        ("From", "Janice Orr <jorr@cs.halvorsen.example>"),
        ("To", "cs-seminars@lists.halvorsen.example"),
        ("Message-ID", "<Pine.LNX.4.58.0402191638210.3977@pemberton.cs.halvorsen.example>"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Subject", "[cs-seminars] Colloquium Thu 2/26: Marchetti, Consistency without Consensus"),
        ("X-BeenThere", "cs-seminars@lists.halvorsen.example"),
        ("X-Mailman-Version", "2.1.4"),
        ("Precedence", "list"),
        ("List-Id", "CS department seminar announcements <cs-seminars.lists.halvorsen.example>"),
        ("List-Unsubscribe", "<https://lists.halvorsen.example/mailman/listinfo/cs-seminars>,\n\t<mailto:cs-seminars-request@lists.halvorsen.example?subject=unsubscribe>"),
        ("List-Archive", "<https://lists.halvorsen.example/pipermail/cs-seminars>"),
        ("List-Post", "<mailto:cs-seminars@lists.halvorsen.example>"),
        ("List-Help", "<mailto:cs-seminars-request@lists.halvorsen.example?subject=help>"),
        ("List-Subscribe", "<https://lists.halvorsen.example/mailman/listinfo/cs-seminars>,\n\t<mailto:cs-seminars-request@lists.halvorsen.example?subject=subscribe>"),
        ("Sender", "cs-seminars-bounces@lists.halvorsen.example"),
        ("Errors-To", "cs-seminars-bounces@lists.halvorsen.example"),
    ]
    return build(hdrs, part)


def h03(r):
    """family: photos attached (Outlook Express 6, two JPEGs)"""
    d = D(2004, 4, 12, 20, 17, 33, "UK")
    body = """Hi Harriet,

Here are the two pictures from Easter at Mum's that I promised.  The first one is
Freya with the egg she found in the rhubarb (she was very proud of herself), the
second is everybody on the bench before Dad fell asleep.  Sorry they're a bit small,
Colin says the full size ones would clog up your dial-up for an hour.

Are you still coming up on the 1st of May?  Mum wants to know whether to make up the
spare room or whether you're staying at the B&B again.  Let her know, or tell me
and I'll pass it on.

Lots of love,
Ingrid xx
"""
    t = text(body, ct='text/plain;\n\tcharset="iso-8859-1"', cs="iso-8859-1", cte="quoted-printable")
    a1 = binary('image/jpeg', jpeg(r, 2600), "Freya_easter.jpg")
    a2 = binary('image/jpeg', jpeg(r, 3100), "bench.jpg")
    bnd = "----=_NextPart_000_%s_01C420B6.%s" % (hexs(r, 4, True), hexs(r, 8, True))
    part = multi("mixed", [t, a1, a2], bnd, preamble="This is a multi-part message in MIME format.\n")
    hdrs = [("Return-Path", "<ingrid.sandell@tollbridge-online.example>")]
    hdrs += chain(r, d, [("from INGRIDPC ([198.51.100.187]) by smtp2.tollbridge-online.example\n\t(8.12.11/8.12.11) with SMTP id i3CJHY6r028841\n\tfor <harriet.lindqvist@kestrelnet.example>; {d}", "UK", "std")]
                  + gw_p1(r, 2004, "smtp2.tollbridge-online.example ([198.51.100.14])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Message-ID", "<000a01c420c4$%s$%s@INGRIDPC>" % (hexs(r, 8), "bbe3a8c0")),
        ("From", '"Ingrid Sandell" <ingrid.sandell@tollbridge-online.example>'),
        ("To", '"Harriet Lindqvist" <harriet.lindqvist@kestrelnet.example>'),
        ("Subject", "Easter photos"),
        ("Date", fmt(d, "std")),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1158"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1165"),
    ]
    return build(hdrs, part)


def h04(r):
    """HR notice: benefits open enrollment (Lotus Notes 6.5 memo, text+html)"""
    d = D(2004, 6, 14, 8, 31, 12, "CT")
    plain = """To all full-time City employees:

Benefits open enrollment for the plan year beginning August 1, 2004 runs
from Monday, June 21 through Friday, July 9.  This is the only time of year
you can change medical plans, add or drop dependents (unless you have a
qualifying life event), or start a flexible spending account.

What is new this year:
  - The HMO office copay goes from $10 to $15.  The PPO copay is unchanged.
  - Vision coverage is now included with both medical plans at no extra cost.
  - Dependent care FSA limit remains $5,000 per household.

Enrollment forms are in the HR folder on the shared drive (H:\\Benefits\\2004)
and at the Human Resources counter, City Hall room 210.  If you are making no
changes you do not need to do anything; your current elections carry over.

Information sessions will be held in the Council Chambers annex:
  Tuesday June 22, 10:00 am and 2:00 pm
  Thursday June 24, 7:30 am (for Public Works crews)

Questions: Denise Fairholm, Benefits Coordinator, ext. 2291.

Human Resources Department
City of Marrowfield
"""
    html = ("<br><font size=2 face=\"sans-serif\">To all full-time City employees:</font>\n<br>\n"
            "<br><font size=2 face=\"sans-serif\">Benefits open enrollment for the plan year beginning August 1, 2004 runs from "
            "Monday, June 21 through Friday, July 9. &nbsp;This is the only time of year you can change medical plans, add or drop "
            "dependents (unless you have a qualifying life event), or start a flexible spending account.</font>\n<br>\n"
            "<br><font size=2 face=\"sans-serif\"><b>What is new this year:</b></font>\n"
            "<ul>\n<li><font size=2 face=\"sans-serif\">The HMO office copay goes from $10 to $15. &nbsp;The PPO copay is unchanged.</font>\n"
            "<li><font size=2 face=\"sans-serif\">Vision coverage is now included with both medical plans at no extra cost.</font>\n"
            "<li><font size=2 face=\"sans-serif\">Dependent care FSA limit remains $5,000 per household.</font></ul>\n"
            "<br><font size=2 face=\"sans-serif\">Enrollment forms are in the HR folder on the shared drive (H:\\Benefits\\2004) and at the "
            "Human Resources counter, City Hall room 210. &nbsp;If you are making no changes you do not need to do anything; your current "
            "elections carry over.</font>\n<br>\n<br><font size=2 face=\"sans-serif\">Information sessions will be held in the Council "
            "Chambers annex:</font>\n<br><font size=2 face=\"sans-serif\">&nbsp; Tuesday June 22, 10:00 am and 2:00 pm</font>\n"
            "<br><font size=2 face=\"sans-serif\">&nbsp; Thursday June 24, 7:30 am (for Public Works crews)</font>\n<br>\n"
            "<br><font size=2 face=\"sans-serif\">Questions: Denise Fairholm, Benefits Coordinator, ext. 2291.</font>\n<br>\n"
            "<br><font size=2 face=\"sans-serif\">Human Resources Department<br>\nCity of Marrowfield</font>\n")
    b = "=_alternative 0055C3D485256EB3_="
    part = multi("alternative", [text(plain, ct='text/plain; charset="US-ASCII"', cte="7bit"),
                                 text(html, ct='text/html; charset="US-ASCII"', cte="7bit")], b, params="")
    part.headers[0] = ("Content-Type", 'multipart/alternative; boundary="%s"' % b)
    hdrs = chain(r, d, [("from notes02.ci.marrowfield.test ([10.3.0.21])", "CT", "std")][:0] +
                 gw_c(r, 2004, "notes02.ci.marrowfield.test ([10.3.0.21])")) + [
        ("Subject", "Benefits Open Enrollment June 21 - July 9"),
        ("To", "All_Employees@ci.marrowfield.test"),
        ("X-Mailer", "Lotus Notes Release 6.5 September 26, 2003"),
        ("Message-ID", "<OF%s.%s-ON86256EB3.%s-86256EB3.%s@ci.marrowfield.test>" % (
            hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True), hexs(r, 8, True))),
        ("From", "Human Resources/CityHall/Marrowfield@MARROWFIELD"),
        ("Date", fmt(d, "std")),
        ("X-MIMETrack", "Serialize by Router on Notes02/CityHall/Marrowfield(Release 6.5.1|January 21, 2004) at\n 06/14/2004 08:31:14 AM"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h05(r):
    """open-source developers list: patch review reply (Mutt, Mailman, 8bit latin-1)"""
    d = D(2004, 8, 11, 23, 4, 51, "CET")
    body = """On Wed, Aug 11, 2004 at 09:12:40AM -0400, Martin Okafor wrote:
> The attached patch makes tidepool_read_header() reject a record whose
> length field is larger than the remaining buffer, instead of trusting it.
> I hit this with a truncated capture file from one of our field loggers.

Thanks, this is clearly right and long overdue.  Two small things before
I commit it:

> +	if (hdr->len > remaining) {
> +		tp_log(TP_WARN, "record length %u exceeds buffer", hdr->len);
> +		return -1;
> +	}

Please return -TP_ETRUNC here rather than -1; the callers in replay.c
already distinguish truncation from corruption and print a nicer message
for it.  And the log line should include the file offset, otherwise
nobody can find the bad record in a 2 GB file.

> +	remaining -= sizeof(*hdr);

This underflows when remaining < sizeof(*hdr), which is the case Björn
reported in bug #311 last month.  Check that first.

If you send a v2 I will put it into 0.9.3, which I still hope to tag
before I leave for holidays on the 20th.  Grüße aus Kassel,

Jörg

-- 
Jörg Brandstätter                       tidepool maintainer
"""
    foot = """
_______________________________________________
tidepool-devel mailing list
tidepool-devel@lists.tidepool-project.example
http://lists.tidepool-project.example/mailman/listinfo/tidepool-devel
"""
    part = text(body + foot, ct="text/plain; charset=iso-8859-1", cs="iso-8859-1", cte="8bit")
    hdrs = [("Return-Path", "<tidepool-devel-bounces@lists.tidepool-project.example>")]
    hdrs += chain(r, d, [
        ("by nordhang.kassel-net.example (Postfix, from userid 1000)\n\tid 9A2C61B7E4; {d}", "CET", "cmt"),
        ("from nordhang.kassel-net.example (dsl-203-0-113-77.kassel-net.example [203.0.113.77])\n\tby lists.tidepool-project.example (Postfix) with ESMTP id 41D0E2A0C3\n\tfor <tidepool-devel@lists.tidepool-project.example>; {d}", "UTC", "cmt"),
    ] + gw_u(r, 2004, "lists.tidepool-project.example (lists.tidepool-project.example [198.51.100.61])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Date", fmt(d, "std")),
        ("From", "=?iso-8859-1?Q?J=F6rg_Brandst=E4tter?= <joerg@nordhang.kassel-net.example>"),
        ("To", "tidepool-devel@lists.tidepool-project.example"),
        ("Subject", "Re: [tidepool-devel] [PATCH] reject oversized record length in\n\ttidepool_read_header()"),
        ("Message-ID", "<20040811210451.GA7712@nordhang.kassel-net.example>"),
        ("Mail-Followup-To", "tidepool-devel@lists.tidepool-project.example"),
        ("References", "<4119F1E8.3050104@halvorsen.example>"),
        ("Mime-Version", "1.0"),
        ("*MIME*", None),
        ("Content-Disposition", "inline"),
        ("In-Reply-To", "<4119F1E8.3050104@halvorsen.example>"),
        ("User-Agent", "Mutt/1.5.6+20040722i"),
        ("X-BeenThere", "tidepool-devel@lists.tidepool-project.example"),
        ("X-Mailman-Version", "2.1.5"),
        ("Precedence", "list"),
        ("Reply-To", "tidepool-devel@lists.tidepool-project.example"),
        ("List-Id", "Developers of the tidepool capture library\n\t<tidepool-devel.lists.tidepool-project.example>"),
        ("List-Unsubscribe", "<http://lists.tidepool-project.example/mailman/listinfo/tidepool-devel>,\n\t<mailto:tidepool-devel-request@lists.tidepool-project.example?subject=unsubscribe>"),
        ("List-Archive", "<http://lists.tidepool-project.example/pipermail/tidepool-devel>"),
        ("List-Post", "<mailto:tidepool-devel@lists.tidepool-project.example>"),
        ("Sender", "tidepool-devel-bounces@lists.tidepool-project.example"),
    ]
    return build(hdrs, part)


def h06(r):
    """e-commerce: Amazon order shipped (plain text)"""
    d = D(2004, 10, 6, 15, 22, 9, "PT")
    order = "102-%s-%s" % (digits(r, 7), digits(r, 7))
    body = """Greetings from Amazon.com.

We thought you'd like to know that we shipped your items, and that this
completes your order.  Your order is being shipped and cannot be changed
by you or by our customer service department.

You can track the status of this order, and all your orders, online by
visiting Your Account at http://www.amazon.com/your-account

There you can:
        * Track your shipment
        * View the status of unshipped items
        * Return items
        * Leave feedback on your order

The following items have been shipped to you by Amazon.com:
---------------------------------------------------------------------
   Qty Item                                 Price    Shipped Subtotal
---------------------------------------------------------------------
Amazon.com items (Sold by Amazon.com, LLC):

    1  The Backyard Orchard: Pruning and    $17.16    1   $17.16
       Grafting for the Home Grower
    1  Lonely Planet Pacific Northwest       $14.97    1   $14.97
       Trips

---------------------------------------------------------------------
Shipped via USPS (estimated arrival date: 12-October-2004).

                                      Item Subtotal:       $32.13
                                      Shipping & Handling:  $0.00

                                      Total:               $32.13

                                      Paid by Visa:        $32.13
---------------------------------------------------------------------
This shipment was sent to:

        Owen Pritchard
        2216 Larchmont Way
        Corvallis, OR 97330
        United States

via USPS (3-7 business days).

Your order qualified for Free Super Saver Shipping.

For your reference, the number you can use to track your package is
9102 %s %s %s.  Please note that tracking information may not be
available immediately.

If you've explored the links on the Your Account page but still need
assistance with your order, you'll find links to e-mail or call
Amazon.com Customer Service in our Help department at
http://www.amazon.com/help/

---------------------------------------------------------------------
Please note: This e-mail was sent from a notification-only address
that cannot accept incoming e-mail. Please do not reply to this message.

Thank you for shopping with us.

Amazon.com
Earth's Biggest Selection
http://www.amazon.com
---------------------------------------------------------------------
Order #%s
""" % (digits(r, 4), digits(r, 4), digits(r, 4), order)
    part = text(body, ct="text/plain; charset=US-ASCII", cte="7bit")
    hdrs = chain(r, d, [
        ("from ship-confirm-5004.amazon.com (HELO smtp-out-02.amazon.example) (198.51.100.202)\n  by mx2.fernhost.test with SMTP; {d}", "UTC", "qmail"),
        ("(qmail %d invoked from network); {d}" % r.randint(2000, 32000), "UTC", "qmail")]) + [
        ("Date", fmt(d, "std")),
        ("From", '"Amazon.com" <ship-confirm@amazon.com>'),
        ("To", "owen@oakhollow.test"),
        ("Message-ID", "<%d.%d.%d@ship-confirm-5004.amazon.com>" % (r.randint(10**6, 10**7), r.randint(10**4, 10**5), 1097101329)),
        ("Subject", "Your Amazon.com order (#%s) has shipped" % order),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Bounces-to", "RTE-ship-confirm-%s@bounces.amazon.com" % digits(r, 9)),
    ]
    hdrs.insert(0, ("Return-Path", "<RTE-ship-confirm-%s@bounces.amazon.com>" % digits(r, 9)))
    hdrs.insert(1, ("Delivered-To", "owen@oakhollow.test"))
    return build(hdrs, part)


def h07(r):
    """work: FYI forward of a colleague's market note (Outlook 2003 via Exchange, html)"""
    d = D(2004, 12, 2, 11, 48, 20, "CT")
    html = """<html xmlns:o=3D"urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii">
<meta name=Generator content="Microsoft Word 11 (filtered medium)">
<style><!-- p.MsoNormal {margin:0in; font-size:12.0pt; font-family:"Times New Roman";} --></style></head>
<body lang=EN-US link=blue vlink=purple><div class=Section1>
<p class=MsoNormal><font size=2 color=navy face=Arial><span style='font-size:10.0pt;font-family:Arial;color:navy'>FYI - Hank's note on the Henry Hub basis blowout this morning. Worth a read before the 2pm call.</span></font></p>
<p class=MsoNormal><font size=2 color=navy face=Arial><span style='font-size:10.0pt;font-family:Arial;color:navy'>-S</span></font></p>
<div><div class=MsoNormal align=center style='text-align:center'><font size=3 face="Times New Roman"><hr size=2 width="100%" align=center tabindex=-1></font></div>
<p class=MsoNormal><b><font size=2 face=Tahoma><span style='font-size:10.0pt;font-family:Tahoma;font-weight:bold'>From:</span></font></b><font size=2 face=Tahoma><span style='font-size:10.0pt;font-family:Tahoma'> Lyle, Henry <br><b><span style='font-weight:bold'>Sent:</span></b> Thursday, December 02, 2004 7:15 AM<br><b><span style='font-weight:bold'>To:</span></b> Whitcombe, Susan<br><b><span style='font-weight:bold'>Subject:</span></b> cold snap / basis</span></font></p></div>
<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Susan - quick summary of overnight. Chicago citygate traded up $1.40 over the Hub in the first hour, which is the widest we have seen since February 2003. Two pipes have posted OFOs for tomorrow. Our Dec strip position is fine but the daily book is short about 35,000 MMBtu/d at Chicago for Friday and Saturday.</span></font></p>
<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>I would not add to the short. Suggest we buy back half today and let the storage withdrawal cover the rest. Happy to walk through it.</span></font></p>
<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>Hank</span></font></p>
</div></body></html>
"""
    html = html.replace("=3D", "=")
    part = text(html, ct='text/html;\n\tcharset="us-ascii"', cte="quoted-printable")
    hdrs = chain(r, d, gw_e(r, 2004, "HOU-EX02.corp.bwtrading.example ([10.40.1.16])")) + [
        ("Content-class", "urn:content-classes:message"),
        ("Subject", "FW: cold snap / basis"),
        ("Date", fmt(d, "std")),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Message-ID", "<%s@HOU-EX02.corp.bwtrading.example>" % hexs(r, 38, True)),
        ("X-MS-Has-Attach", ""),
        ("X-MimeOLE", "Produced By Microsoft Exchange V6.5.7226.0"),
        ("X-MS-TNEF-Correlator", ""),
        ("Thread-Topic", "cold snap / basis"),
        ("Thread-Index", thread_index(r)),
        ("From", '"Whitcombe, Susan" <swhitcombe@bwtrading.example>'),
        ("To", '"Reyes, Daniel" <dreyes@bwtrading.example>, "Tsang, Kevin" <ktsang@bwtrading.example>'),
        ("Return-Path", "swhitcombe@bwtrading.example"),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h08(r):
    """thesis committee schedule (Eudora 6.2, quoted-printable latin-1)"""
    d = D(2005, 1, 18, 10, 12, 33, "ET")
    body = """Dear Lena, Prof. Haldane, Prof. Okafor and Dr. Mbeki,

Thank you all for sending your availability.  The only slot that works for
everyone is:

    Thursday, 3 March 2005, 1:30 - 3:30 pm
    Geosciences Building, Seminar Room G-204

This will be Lena's comprehensive (qualifying) examination.  As usual, the
written proposal must reach the committee at least two weeks ahead, so
Lena, please send the final PDF to all four of us no later than Thursday
17 February.  Paper copies can be left in my box and I will distribute them.

Dr. Mbeki will join by speakerphone from Cape Town; I have booked the
conference phone and will send the dial-in details the week before.  If
anyone's plans change, please tell me right away - finding another date
with four calendars took three weeks!

Best regards,
Ros

Rosalind Teague
Graduate Program Coordinator, Department of Geosciences
Halvorsen University   ·   tel. 555-0143
"""
    part = text(body, ct='text/plain; charset="iso-8859-1"; format=flowed', cs="iso-8859-1", cte="quoted-printable")
    hdrs = [("Return-Path", "<rteague@geo.halvorsen.example>")]
    hdrs += chain(r, d, [("from RTEAGUE-G2.geo.halvorsen.example (rteague-g2.geo.halvorsen.example [10.14.2.57])\n\tby smtp.geo.halvorsen.example (8.12.11/8.12.11) with ESMTP id j0IFCX4e011902;\n\t{d}", "ET", "std")]
                  + gw_u(r, 2005, "smtp.geo.halvorsen.example (smtp.geo.halvorsen.example [10.14.1.2])", "lvoss@halvorsen.example"))
    hdrs += [
        ("Message-Id", "<6.2.0.14.2.20050118100522.02b1a9e0@geo.halvorsen.example>"),
        ("X-Mailer", "QUALCOMM Windows Eudora Version 6.2.0.14"),
        ("Date", fmt(d, "std")),
        ("To", "lvoss@halvorsen.example, haldane@geo.halvorsen.example,\n m.okafor@halvorsen.example, \"T. Mbeki\" <tmbeki@capeuni.example>"),
        ("From", "Rosalind Teague <rteague@geo.halvorsen.example>"),
        ("Subject", "Voss qualifying exam - 3 March, 1:30pm, G-204"),
        ("Mime-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h09(r):
    """e-card from a friend (greeting service notice, multipart/alternative)"""
    d = D(2005, 3, 3, 7, 55, 2, "ET")
    code = alnum(r, 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    plain = """Dear Harriet,

Margaret Oduya has sent you a greeting card from Greetings Garden!

Her message begins: "Happy birthday, my dear! Forty suits you..."

To see your card, visit:
http://www.greetingsgarden.example/pickup?c=%s

Your card will be available for 30 days.

Greetings Garden -- free e-cards since 1999
You received this because a friend entered your address. We do not keep
it or add it to any list.
""" % code
    html = """<html><body bgcolor="#fdf7ec" style="font-family:Georgia,serif;color:#4a3b2a">
<table width="520" align="center" cellpadding="14"><tr><td>
<p style="font-size:18px">Dear Harriet,</p>
<p><b>Margaret Oduya</b> has sent you a greeting card from Greetings Garden!</p>
<p style="font-style:italic">Her message begins: &ldquo;Happy birthday, my dear! Forty suits you...&rdquo;</p>
<p><a href="http://www.greetingsgarden.example/pickup?c=%s">Click here to open your card</a></p>
<p style="font-size:11px;color:#8a7a66">Your card will be available for 30 days. You received this because a friend entered your address. We do not keep it or add it to any list.</p>
</td></tr></table></body></html>
""" % code
    b = "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10**7, 10**8), 1109854502301)
    part = multi("alternative", [text(plain, ct="text/plain; charset=us-ascii", cte="7bit"),
                                 text(html, ct="text/html; charset=us-ascii", cte="7bit")], b, params="")
    hdrs = chain(r, d, [("from web03.greetingsgarden.example (web03.greetingsgarden.example [198.51.100.88])\n\tby out.greetingsgarden.example (Postfix) with ESMTP id 1E7B0C4F21\n\tfor <harriet.lindqvist@kestrelnet.example>; {d}", "ET", "cmt")]
                 + gw_p1(r, 2005, "out.greetingsgarden.example ([198.51.100.89])", "harriet.lindqvist@kestrelnet.example"))
    hdrs += [
        ("Date", fmt(d, "pad")),
        ("From", '"Margaret Oduya via Greetings Garden" <cards@greetingsgarden.example>'),
        ("Reply-To", "margaret.oduya@tollbridge-online.example"),
        ("To", "harriet.lindqvist@kestrelnet.example"),
        ("Message-ID", "<%d.%d.JavaMail.cards@web03>" % (r.randint(10**6, 10**7), 1109854502301 + r.randint(1, 900))),
        ("Subject", "Margaret Oduya has sent you a birthday card"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h10(r):
    """IT helpdesk ticket reply (ticketing system via Exchange)"""
    d = D(2005, 5, 24, 14, 6, 40, "CT")
    tk = "HD-%s" % digits(r, 6)
    body = """Ticket %s has been updated.

Summary:   Bloomberg terminal on desk 14B-07 freezes when opening MSG
Requester: Daniel Reyes
Assigned:  Desktop Support / P. Achterberg
Status:    Resolved - awaiting confirmation
Priority:  2 - High (trading floor)

----- Technician note (P. Achterberg, 05/24/2005 14:02) -----
Daniel, the freeze was the old video driver on that machine fighting with
the second monitor card we added in March.  I rolled the driver to the
version the other trading desks use and rebooted.  MSG opened five times
in a row without a hang.  I left your Excel add-ins alone.

If it freezes again, please do not power it off - call x5555 and we will
grab a memory dump while it is hung.

----- Original request (05/23/2005 07:41) -----
Terminal locks up maybe 3-4 times a day, always when I open messages.
Have to hard reboot.  Very disruptive around the 9:00 open.

Reply to this e-mail with the word CLOSE to close the ticket, or with any
other text to reopen it.  Tickets in Resolved status close automatically
after 5 business days.

BWT IT Service Desk  |  x5555  |  servicedesk@bwtrading.example
"""
    part = text(body, ct='text/plain; charset="us-ascii"', cte="7bit")
    hdrs = chain(r, d, [("from hou-hdapp01.corp.bwtrading.example ([10.40.8.31]) by HOU-EX02.corp.bwtrading.example with Microsoft SMTPSVC(6.0.3790.1830);\n\t {d}", "CT", "std")]
                 + gw_e(r, 2005, "HOU-EX02.corp.bwtrading.example ([10.40.1.16])")) + [
        ("From", "BWT Service Desk <servicedesk@bwtrading.example>"),
        ("To", "dreyes@bwtrading.example"),
        ("Subject", "[%s] Resolved: Bloomberg terminal on desk 14B-07 freezes" % tk),
        ("Date", fmt(d, "std")),
        ("X-Mailer", "Helpstar Notifier 4.1"),
        ("Message-ID", "<%s.%s@hou-hdapp01.corp.bwtrading.example>" % (tk, digits(r, 10))),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Return-Path", "servicedesk@bwtrading.example"),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h11(r):
    """hobby list: Yahoo Groups post (model railway group, footer ads)"""
    d = D(2005, 7, 16, 21, 33, 18, "CT")
    body = """Gloria,

Your question about the Atlas turnouts stalling: it's almost always the
points (the little rails that move) not making good contact with the stock
rail in one direction.  On the Code 83 ones I've had, a very light pass
with a fiberglass pen on the inside of the point rail fixed it.  If that
doesn't do it, solder a jumper from each point to its adjacent stock rail
and forget about relying on the contact at all.

Bring one to the swap meet in Dunmore on the 30th and I'll show you.
Ed from the Prairie Junction club will have his soldering station there.

Walt Szymanski
Eastbrook, building the Cedar Valley & Western in HO
"""
    foot = """

 
Yahoo! Groups Links

<*> To visit your group on the web, go to:
    http://groups.yahoo.com/group/midwest-ho-modelers/

<*> To unsubscribe from this group, send an email to:
    midwest-ho-modelers-unsubscribe@yahoogroups.com

<*> Your use of Yahoo! Groups is subject to:
    http://docs.yahoo.com/info/terms/
 
"""
    part = text(body + foot, ct="text/plain; charset=iso-8859-1", cs="iso-8859-1", cte="7bit")
    hdrs = chain(r, d, [
        ("from [192.0.2.71] by n21.grp.scd.yahoo.example with NNFMP; {d}", "UTC", "gmt"),
        ("(qmail %d invoked from network); {d}" % r.randint(1000, 90000), "UTC", "qmail"),
        ("from unknown (HELO mailer5.grp.scd.yahoo.example) (192.0.2.43)\n  by m28.grp.scd.yahoo.example with SMTP; {d}", "UTC", "qmail"),
    ] + gw_c(r, 2005, "n21.grp.scd.yahoo.example ([192.0.2.44])")) + [
        ("X-Yahoo-Newman-Property", "groups-email"),
        ("X-Sender", "wszymanski@prairiewave.example"),
        ("X-Apparently-To", "midwest-ho-modelers@yahoogroups.com"),
        ("To", "midwest-ho-modelers@yahoogroups.com"),
        ("Message-ID", "<db%s@prairiewave.example>" % hexs(r, 14)),
        ("From", '"Walt Szymanski" <wszymanski@prairiewave.example>'),
        ("X-Originating-IP", "198.51.100.151"),
        ("X-eGroups-Msg-Info", "1:12:0:0"),
        ("Sender", "midwest-ho-modelers@yahoogroups.com"),
        ("MIME-Version", "1.0"),
        ("Mailing-List", "list midwest-ho-modelers@yahoogroups.com; contact\n\tmidwest-ho-modelers-owner@yahoogroups.com"),
        ("Delivered-To", "mailing list midwest-ho-modelers@yahoogroups.com"),
        ("List-Id", "<midwest-ho-modelers.yahoogroups.com>"),
        ("Precedence", "bulk"),
        ("List-Unsubscribe", "<mailto:midwest-ho-modelers-unsubscribe@yahoogroups.com>"),
        ("Date", fmt(d, "std")),
        ("Subject", "[midwest-ho-modelers] Re: Atlas turnouts stalling"),
        ("Reply-To", "midwest-ho-modelers@yahoogroups.com"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)


def h12(r):
    """journal review request (manuscript system, plain text)"""
    d = D(2005, 8, 30, 13, 27, 45, "UTC")
    ms = "JSD-2005-%s" % digits(r, 4)
    body = """Dear Dr. Okafor,

Manuscript %s, "A lightweight time-synchronisation scheme for
buoy-mounted sediment traps", has been submitted to the Journal of
Sedimentary Dynamics, and I would be grateful if you would review it.
Your work on intermittently connected field networks makes you an ideal
referee for the computing side of the paper; a second referee will cover
the oceanography.

Abstract:
We describe a clock-correction method for autonomous sediment traps that
surface only briefly to transmit data. Using opportunistic GPS fixes and a
temperature-compensated drift model, we keep sample timestamps within
four seconds over a 190-day deployment, an improvement of two orders of
magnitude over the manufacturer's firmware.

Please let me know whether you can review within 30 days by following one
of the links below:

Agree:    http://review.jsedyn.example/r?m=%s&a=1&k=%s
Decline:  http://review.jsedyn.example/r?m=%s&a=0&k=%s

If you decline, suggestions of alternative reviewers would be very much
appreciated.

With thanks and kind regards,

Prof. Catriona McAllister
Associate Editor, Journal of Sedimentary Dynamics
""" % (ms, ms, alnum(r, 10), ms, alnum(r, 10))
    part = text(body, ct="text/plain; charset=ISO-8859-1", cs="iso-8859-1", cte="7bit")
    hdrs = [("Return-Path", "<em-bounce@review.jsedyn.example>")]
    hdrs += chain(r, d, [("from review.jsedyn.example (review.jsedyn.example [203.0.113.54])", "UTC", "std")][:0]
                  + gw_u(r, 2005, "review.jsedyn.example (review.jsedyn.example [203.0.113.54])", "m.okafor@halvorsen.example"))
    hdrs += [
        ("Message-ID", "<%d.%d.review@jsedyn>" % (r.randint(10**8, 10**9), r.randint(100, 999))),
        ("Date", fmt(d, "pad")),
        ("From", '"Journal of Sedimentary Dynamics" <jsd-editorial@jsedyn.example>'),
        ("Reply-To", "c.mcallister@strathmore-uni.example"),
        ("To", '"Martin Okafor" <m.okafor@halvorsen.example>'),
        ("Subject", "Review request: %s" % ms),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-Mailer", "ReviewDesk Mailer 2.3"),
    ]
    return build(hdrs, part)


def h13(r):
    """e-commerce: eBay 'you won' (multipart/alternative, QP html)"""
    d = D(2005, 10, 12, 19, 40, 11, "PT")
    item = digits(r, 10)
    plain = """eBay sent this message to Owen Pritchard (oakhollow_owen).
Your registered name is included to show this message originated from eBay.

Congratulations -- you won!

Item: Vintage Hamilton 992B railroad pocket watch, 21 jewel, running (#%s)
Winning bid: US $186.00
Quantity: 1
Seller: tickfield_antiques

Pay now: Use PayPal or see the seller's other accepted payment methods.
The seller requests payment within 7 days.

Seller's instructions: Ships insured USPS Priority, $9.50 to the lower 48.

Item page: http://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&item=%s

Learn more about how to protect yourself from spoof (fake) e-mails at:
http://pages.ebay.com/education/spooftutorial

Copyright 2005 eBay Inc. All Rights Reserved.
""" % (item, item)
    html = """<html><head><title>eBay - You won!</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:10pt">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="font-size:8pt;color:#666666">eBay sent this message to Owen Pritchard (oakhollow_owen).<br>Your registered name is included to show this message originated from eBay.</td></tr>
<tr><td><h2 style="color:#006600">Congratulations -- you won!</h2></td></tr>
<tr><td><table cellpadding="4" border="0" style="font-size:10pt">
<tr><td><b>Item:</b></td><td><a href="http://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&amp;item=%s">Vintage Hamilton 992B railroad pocket watch, 21 jewel, running</a> (#%s)</td></tr>
<tr><td><b>Winning bid:</b></td><td>US $186.00</td></tr>
<tr><td><b>Quantity:</b></td><td>1</td></tr>
<tr><td><b>Seller:</b></td><td>tickfield_antiques (<a href="http://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback&amp;userid=tickfield_antiques">412</a>)</td></tr>
</table></td></tr>
<tr><td><p><b>Pay now:</b> Use PayPal or see the seller's other accepted payment methods. The seller requests payment within 7 days.</p>
<p><b>Seller's instructions:</b> Ships insured USPS Priority, $9.50 to the lower 48.</p></td></tr>
<tr><td style="font-size:8pt;color:#666666"><hr>Learn more about how to protect yourself from spoof (fake) e-mails at <a href="http://pages.ebay.com/education/spooftutorial">pages.ebay.com/education/spooftutorial</a><br>Copyright &copy; 2005 eBay Inc. All Rights Reserved.</td></tr>
</table></body></html>
""" % (item, item)
    b = "----=_Part_%d_%d.%d" % (r.randint(100, 9999), r.randint(10**6, 10**7), 1129171211000 + r.randint(1, 999))
    part = multi("alternative", [text(plain, ct="text/plain; charset=US-ASCII", cte="7bit"),
                                 text(html, ct="text/html; charset=US-ASCII", cte="quoted-printable")], b, params="")
    hdrs = [("Return-Path", "<endofauction@ebay.com>"), ("Delivered-To", "owen@oakhollow.test")]
    hdrs += chain(r, d, [("from mxpool02.ebay.example (HELO mxpool02.ebay.example) (203.0.113.120)\n  by mx2.fernhost.test with SMTP; {d}", "UTC", "qmail"),
                         ("(qmail %d invoked from network); {d}" % r.randint(2000, 32000), "UTC", "qmail")])
    hdrs += [
        ("Date", fmt(d, "std")),
        ("From", "eBay <endofauction@ebay.com>"),
        ("To", "owen@oakhollow.test"),
        ("Message-ID", "<%d.%d.%d.JavaMail.root@mxpool02>" % (r.randint(10**6, 10**7), r.randint(10**6, 10**7), 1129171211000)),
        ("Subject", "eBay Item Won! Vintage Hamilton 992B railroad pocket watch (%s)" % item),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("X-eBay-MailTracker", "11000.%s.%s" % (digits(r, 6), digits(r, 5))),
    ]
    return build(hdrs, part)


def h14(r):
    """office lottery pool organised by a colleague (Outlook 2003, windows-1252 QP html+text)"""
    d = D(2005, 11, 29, 10, 3, 57, "CT")
    plain = """Hi all -

Powerball is at $340 million for Wednesday's drawing, so the 14th floor pool is
back on.  Same rules as last time:

  * $5 a share, as many shares as you like
  * cash or a check to me (desk 14C-02) by 3:00 pm Wednesday
  * I'll buy the tickets at the Shell on Louisiana St. after work and e-mail a
    scan of every ticket before the drawing, so everybody can see the numbers

If we win I'll split it by shares, less taxes, and we all quit together.  If we
don't win, which let's be honest is what's going to happen, I'll buy a round of
donuts with whatever's left over from the odd dollars.

So far in: Kevin (2), Daniel (1), Carla (1), Priya (3), me (2).

Thanks -
Rhonda

Rhonda Gaitán
Trade Settlements   x4420
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div><font face="Arial" size="2">Hi all -</font></div>
<div><font face="Arial" size="2">&nbsp;</font></div>
<div><font face="Arial" size="2">Powerball is at <b>$340 million</b> for Wednesday’s drawing, so the 14th floor pool is back on.&nbsp; Same rules as last time:</font></div>
<ul><li><font face="Arial" size="2">$5 a share, as many shares as you like</font></li>
<li><font face="Arial" size="2">cash or a check to me (desk 14C-02) by 3:00 pm Wednesday</font></li>
<li><font face="Arial" size="2">I’ll buy the tickets at the Shell on Louisiana St. after work and e-mail a scan of every ticket before the drawing, so everybody can see the numbers</font></li></ul>
<div><font face="Arial" size="2">If we win I’ll split it by shares, less taxes, and we all quit together.&nbsp; If we don’t win, which let’s be honest is what’s going to happen, I’ll buy a round of donuts with whatever’s left over from the odd dollars.</font></div>
<div><font face="Arial" size="2">&nbsp;</font></div>
<div><font face="Arial" size="2">So far in: Kevin (2), Daniel (1), Carla (1), Priya (3), me (2).</font></div>
<div><font face="Arial" size="2">&nbsp;</font></div>
<div><font face="Arial" size="2">Thanks -<br>Rhonda<br><br>Rhonda Gaitán<br>Trade Settlements&nbsp;&nbsp; x4420</font></div>
</body></html>
"""
    b = "----=_NextPart_%03d_%04X_01C5F4D2.%s" % (1, r.randrange(65536), hexs(r, 8, True))
    part = multi("alternative", [text(plain, ct='text/plain;\n\tcharset="windows-1252"', cs="windows-1252", cte="quoted-printable"),
                                 text(html, ct='text/html;\n\tcharset="windows-1252"', cs="windows-1252", cte="quoted-printable")], b, params="")
    hdrs = chain(r, d, gw_e(r, 2005, "HOU-EX01.corp.bwtrading.example ([10.40.1.15])")) + [
        ("Content-class", "urn:content-classes:message"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
        ("Subject", "Powerball pool - $340M - money by 3pm Wed"),
        ("X-MimeOLE", "Produced By Microsoft Exchange V6.5.7226.0"),
        ("Date", fmt(d, "std")),
        ("Message-ID", "<%s@HOU-EX01.corp.bwtrading.example>" % hexs(r, 38, True)),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Thread-Topic", "Powerball pool - $340M - money by 3pm Wed"),
        ("Thread-Index", thread_index(r)),
        ("From", "=?iso-8859-1?Q?Gait=E1n=2C_Rhonda?= <rgaitan@bwtrading.example>"),
        ("To", "#14th Floor Pool <14thfloorpool@bwtrading.example>"),
        ("Return-Path", "rgaitan@bwtrading.example"),
        ("X-OriginalArrivalTime", xoat(d, r)),
    ]
    return build(hdrs, part)


def h15(r):
    """university IT: mailbox almost full (own domain, no credential request)"""
    d = D(2006, 1, 23, 4, 0, 2, "ET")
    body = """This is an automated message from Halvorsen University Information
Technology Services.

Your mailbox lvoss is using 187 MB of its 200 MB quota (93%).

When the mailbox reaches 200 MB you will still be able to read mail, but
new messages sent to you will be returned to the sender.

To free up space:
  - Empty the Trash and Sent folders in WebMail or in your mail program.
  - Save large attachments to your H: drive and delete the messages.
  - Graduate students and faculty may request a quota of 500 MB at no
    charge by visiting the ITS Help Desk in Carver Library, room 112.

ITS will never ask for your password by e-mail.  This message contains
no links and needs no reply.

Quota checked: Mon Jan 23 04:00:01 EST 2006 on imap2.halvorsen.example
"""
    part = text(body, ct="text/plain; charset=us-ascii", cte="7bit")
    hdrs = [("Return-Path", "<postmaster@halvorsen.example>")]
    hdrs += chain(r, d, [("by imap2.halvorsen.example (Postfix, from userid 0)\n\tid 0B8A214C7E; {d}", "ET", "cmt")]
                  + gw_u(r, 2006, "imap2.halvorsen.example (imap2.halvorsen.example [10.12.1.22])", "lvoss@halvorsen.example"))
    hdrs += [
        ("To", "lvoss@halvorsen.example"),
        ("Subject", "Mailbox quota warning: 93% used"),
        ("From", "ITS Mail Quota Monitor <postmaster@halvorsen.example>"),
        ("Message-Id", "<20060123090001.0B8A214C7E@imap2.halvorsen.example>"),
        ("Date", fmt(d, "cmt")),
        ("Auto-Submitted", "auto-generated"),
        ("MIME-Version", "1.0"),
        ("*MIME*", None),
    ]
    return build(hdrs, part)
