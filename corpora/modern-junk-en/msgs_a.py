"""Messages e01-e20."""
from mk import *  # noqa: F401,F403


# e01 -- online pharmacy, 2005, botnet + forged Outlook Express, multipart/alternative
def e01(r):
    t = T(2005, 3, 14, 15, 2, r.randint(0, 59))
    rcpt = "dkowalski@marrowfield.example"
    bot = ip(r, 71)
    pc = r.choice(["hpdesk", "owner-pc", "dell4600"])
    sender = "gwendolyn_rodgers@pardonmerx.com"
    tok = letters(r, 5)
    text = """Hi,

Save up to 70%% on your medications with our Canadian Pharmacy!

V1AGRA ........ from $1.78 per d0se
C1ALIS ........ from $3.05 per d0se
LEV1TRA ....... from $2.94 per d0se
VAL1UM, XANAX, AMB1EN, S0MA - no prescription needed!

* Worldwide shipping in discreet package
* Licensed generics, same active ingredient
* No embarassing doctor visits
* 24/7 customer support, secure ordering

Visit our store: http://www.maplecrest-rxdirect.com/?aff=77%d

Best regards,
Gwendolyn Rodgers
Customer Care

%s
""" % (r.randint(10, 99), tokens(r, 6))
    hidden = salad(r, 14)
    html = """<HTML><HEAD>
<META http-equiv=3DContent-Type content=3D"text/html; charset=3Dwindows-1252">
</HEAD>
<BODY bgColor=#ffffff>
<DIV><FONT face=Arial size=2>Hi,</FONT></DIV>
<DIV><FONT face=Arial size=2>Save up to <B><FONT color=#ff0000>70%%</FONT></B> on your medications with our <B>Canadian Pharmacy</B>!</FONT></DIV>
<TABLE border=0 cellPadding=3 width=380>
<TR><TD><FONT face=Verdana size=2>V<!-- %s -->1AGRA</FONT></TD><TD><FONT color=#008000 face=Verdana size=2><B>from $1.78</B></FONT></TD></TR>
<TR><TD><FONT face=Verdana size=2>C<!-- %s -->1ALIS</FONT></TD><TD><FONT color=#008000 face=Verdana size=2><B>from $3.05</B></FONT></TD></TR>
<TR><TD><FONT face=Verdana size=2>LEV<!-- %s -->1TRA</FONT></TD><TD><FONT color=#008000 face=Verdana size=2><B>from $2.94</B></FONT></TD></TR>
</TABLE>
<DIV><FONT face=Arial size=2>VAL1UM, XANAX, AMB1EN, S0MA &#8211; no prescription needed!</FONT></DIV>
<DIV><FONT face=Arial size=3><A href=3D"http://www.maplecrest-rxdirect.com/?aff=77%d"><B>&gt;&gt; Visit our store &lt;&lt;</B></A></FONT></DIV>
<DIV><FONT color=#ffffff size=1>%s</FONT></DIV>
</BODY></HTML>
""" % (letters(r, 7), letters(r, 6), letters(r, 8), r.randint(10, 99), hidden)
    # the HTML above is written already QP-safe except the '=3D' we put by hand; decode it
    html = html.replace("=3D", "=")
    bnd = bnd_oe(r, t)
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="windows-1252"', text, "quoted-printable"),
        leaf('text/html;\n\tcharset="windows-1252"', html, "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 2, 50)
    rd = dyn(r, bot, "sbtelnet-dsl.net", "adsl")
    hs = [
        ("Return-Path", "<%s>" % sender),
        ("X-Original-To", rcpt),
        ("Delivered-To", rcpt),
        ("Received", rcv_postfix(r, t1, 60, pc, rd, bot, "mx1.marrowfield.example",
                                 rcpt, tzname="CET")),
        ("Message-ID", mid_oe(r, pc, t)),
        ("From", '"Gwendolyn Rodgers" <%s>' % sender),
        ("To", "<%s>" % rcpt),
        ("Subject", "Re: V1AGRA $1.78, C1ALIS $3.05 %s" % tok),
        ("Date", date(t, -360)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.2180"),
    ]
    return "spam", message(hs, body)


# e02 -- replica watches, 2007, The Bat!, short text/plain
def e02(r):
    t = T(2007, 9, 3, 6, 41, r.randint(0, 59))
    rcpt = "hollis.wren@quaymoor-design.test"
    bot = ip(r, 89)
    helo = "kxq" + digits(r, 3)
    dom = "watchluxe-replicas.info"
    name = r.choice(["Tabitha Moreno", "Elbert Carrasco"])
    local = name.split()[0].lower() + digits(r, 2)
    text = """Hello!

Looking for a present for yourself or someone special?
Our replica watches are the best on the web - Rolex, Breitling, Omega,
Cartier, Patek Philippe, TAG Heuer. Swiss movement, sapphire crystal,
correct weight and all logos. Nobody will know the difference!

Prices start from $199. Free shipping worldwide this week only.

http://%s/catalog/

--
%s
""" % (dom, name)
    t1 = later(t, r, 3, 20)
    t2 = later(t1, r, 1, 4)
    ent = leaf("text/plain; charset=us-ascii", text, "7bit")
    hs = [
        ("Received", "from mx02.quaymoor-design.test ([10.3.0.12])\n\tby mail.quaymoor-design.test with esmtp id %s\n\tfor <%s>; %s"
         % (exim_id(r), rcpt, date(t2, 60, zero=True, comment="BST"))),
        ("Received", rcv_exim(r, t1, 60, helo, dyn(r, bot, "teleconnect-ru.net", "pool"), bot,
                              "mx02.quaymoor-design.test", rcpt, env="%s@%s" % (local, dom))),
        ("Date", date(t, 180, zero=True)),
        ("From", "%s <%s@%s>" % (name, local, dom)),
        ("X-Mailer", "The Bat! (v3.5.25) Professional"),
        ("Reply-To", "%s <%s@%s>" % (name, local, dom)),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid_bat(r, t + datetime.timedelta(hours=3), dom)),
        ("To", rcpt),
        ("Subject", "Replica watches - the perfect gift %s" % letters(r, 4)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e03 -- OEM software bundle, 2006, base64 HTML only, no text part
def e03(r):
    t = T(2006, 1, 22, 19, 17, r.randint(0, 59))
    rcpt = "accounts@tennerbyhall.example"
    bot = ip(r, 201)
    host = "user-" + hexs(r, 6)
    shop = "oemsoftdepot-%s.biz" % letters(r, 3)
    rows = [
        ("Microsoft Windows XP Professional SP2", "$50", "$299"),
        ("Microsoft Office 2003 Professional", "$60", "$609"),
        ("Adobe Photoshop CS2 v9.0", "$80", "$599"),
        ("Adobe Acrobat 7.0 Professional", "$70", "$449"),
        ("Macromedia Studio 8", "$90", "$899"),
        ("Norton SystemWorks 2006 Premier", "$30", "$99"),
        ("AutoCAD 2006", "$150", "$3995"),
    ]
    trs = "\n".join(
        '<tr bgcolor="%s"><td><font face="Tahoma" size="2">%s</font></td>'
        '<td><font face="Tahoma" size="2" color="#CC0000"><b>%s</b></font></td>'
        '<td><font face="Tahoma" size="1"><s>%s</s></font></td></tr>' % (
            "#F0F0F0" if i % 2 else "#FFFFFF", a, b, c) for i, (a, b, c) in enumerate(rows))
    html = """<html>
<body>
<center>
<font face="Tahoma" size="4" color="#003399"><b>ALL SOFTWARE - CHEAP OEM VERSIONS!</b></font><br>
<font face="Tahoma" size="2">Download instantly after purchase. No CD, no box, same full version.</font><br><br>
<table border="0" cellspacing="0" cellpadding="4" width="520">
<tr bgcolor="#003399"><td><font color="#FFFFFF" face="Tahoma" size="2"><b>Title</b></font></td><td><font color="#FFFFFF" face="Tahoma" size="2"><b>Our price</b></font></td><td><font color="#FFFFFF" face="Tahoma" size="2"><b>Retail</b></font></td></tr>
%s
</table>
<br>
<a href="http://www.%s/"><font face="Tahoma" size="3"><b>Browse 300+ titles here</b></font></a>
<br><br>
<font color="#FEFEFE" size="1">%s</font>
</center>
</body>
</html>
""" % (trs, shop, salad(r, 22))
    ent = leaf('text/html; charset="us-ascii"', html, "base64", b64w=76)
    t1 = later(t, r, 5, 90)
    hs = [
        ("Received", rcv_sendmail(r, t1, -300, host, None, bot, "smtp.tennerbyhall.example", rcpt,
                                  ver="8.12.11/8.12.11", forged=True)),
        ("Message-ID", "<%s$%s@%s>" % (hexs(r, 12), hexs(r, 6), host)),
        ("From", '"Randall Whitt" <rwhitt%s@%s>' % (digits(r, 2), shop)),
        ("To", '"Accounts" <%s>' % rcpt),
        ("Subject", "Windows XP Pro $50 - Office 2003 $60 - Photoshop $80"),
        ("Date", date(t, -180)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1106"),
        ("Thread-Index", "AcYf" + b64rand(r, 15)[:20]),
    ]
    return "spam", message(hs, ent)


# e04 -- pump-and-dump, plain text, 2006, hash-buster fake news at bottom
def e04(r):
    t = T(2006, 11, 8, 13, 55, r.randint(0, 59))
    rcpt = "t.ambrose@glenharrow.test"
    bot = docip(r, 2)
    helo = r.choice(["[%s]" % bot, "pc%s" % digits(r, 4)])
    junk = " ".join(letters(r, r.randint(4, 9)) for _ in range(3))
    text = """%s

Are you ready for the next big move??

Company: Amerityre Vanadium Holdings, Inc.
Symbol: A V N H
Current Price: $0.21
Short Term Target: $0.85
Long Term Target: $1.60
Rating: STRONG BUY!!!

AVNH has just signed a letter of intent to acquire a producing vanadium
claim in Nevada. Vanadium prices have tripled in 18 months as steel mills
scramble for supply. With only 11 million shares in the float this one
can run FAST. Watch it trade Thursday and Friday - get in early before the
newsletters pick it up next week!

Breaking news expected. Do your own due diligence - but do it quick.

____
%s
The quarterback looked the %s way when the %s came in, officials said Tuesday.
Shares of the %s group fell sharply in Tokyo after a report on %s exports.
%s
""" % (junk, "-" * 40, r.choice(WORDS), r.choice(WORDS), r.choice(WORDS),
       r.choice(WORDS), tokens(r, 9))
    ent = leaf("text/plain; charset=iso-8859-1; format=flowed", text, "7bit")
    t1 = later(t, r, 1, 9)
    hs = [
        ("Return-Path", "<%s@%s>" % (letters(r, 7), "lambent-fx.com")),
        ("Received", rcv_qmail(r, t1, helo.strip("[]"), bot, "mail.glenharrow.test")),
        ("Received", rcv_qmail_net(r, t1)),
        ("From", '"Duncan Oliveira" <doliveira@lambent-fx.com>'),
        ("To", "<%s>" % rcpt),
        ("Subject", "%s watch this one run" % letters(r, 6)),
        ("Date", date(t, 120)),
        ("Message-ID", "<%s.%s@%s>" % (digits(r, 6), letters(r, 5), "lambent-fx.com")),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2869"),
    ]
    return "spam", message(hs, ent)


# e05 -- PHISH: PayPal "verify your account", 2005, HTML multipart/alternative
def e05(r):
    t = T(2005, 6, 27, 4, 12, r.randint(0, 59))
    rcpt = "marcy.okafor@lindenbrook-mail.example"
    host = "ns%d.webspace-%s.net" % (r.randint(1, 9), letters(r, 4))
    addr = ip(r, 66)
    case = "PP-%s-%s" % (digits(r, 3), digits(r, 3))
    link = "http://%s.secure-ppl-verify.com/cgi-bin/webscr/cmd=_login-run/" % digits(r, 3)
    text = """Dear PayPal Member,

We recently noticed one or more attempts to log in to your PayPal account
from a foreign IP address and we have reasons to belive that your account
was used by a third party without your authorization. If you recently
accessed your account while traveling, the unusual log in attempts may
have been initiated by you.

However, if you did not initiate the log ins, please visit PayPal as soon
as possible to verify your identity:

%s

Verify your identity is a security measure that will ensure that you are
the only person with access to the account. If we do not receive the
appropriate account verification within 48 hours, then we will assume
this PayPal account is fraudulent and it will be suspended.

Case ID Number: %s

Thank you for using PayPal!
The PayPal Team

Please do not reply to this e-mail. Mail sent to this address cannot be
answered.
""" % (link, case)
    html = """<html>
<head><title>PayPal</title></head>
<body bgcolor="#ffffff">
<table width="600" border="0" cellpadding="0" cellspacing="0">
<tr><td><font face="Verdana, Arial" size="5" color="#003087"><b><i>PayPal</i></b></font><hr size="1" color="#cccccc"></td></tr>
<tr><td><font face="Verdana, Arial" size="2">
<p>Dear PayPal Member,</p>
<p>We recently noticed one or more attempts to log in to your PayPal account from a foreign IP address and we have reasons to belive that your account was used by a third party without your authorization. If you recently accessed your account while traveling, the unusual log in attempts may have been initiated by you.</p>
<p>However, if you did not initiate the log ins, please visit PayPal as soon as possible to verify your identity:</p>
<p><a href="%s">https://www.paypal.com/us/cgi-bin/webscr?cmd=_login-run</a></p>
<p>Verify your identity is a security measure that will ensure that you are the only person with access to the account. If we do not receive the appropriate account verification within 48 hours, then we will assume this PayPal account is fraudulent and it will be suspended.</p>
<p><b>Case ID Number: %s</b></p>
<p>Thank you for using PayPal!<br>The PayPal Team</p>
</font>
<hr size="1" color="#cccccc">
<font face="Verdana, Arial" size="1" color="#999999">Please do not reply to this e-mail. Mail sent to this address cannot be answered.<br>
Copyright &copy; 1999-2005 PayPal. All rights reserved.</font>
</td></tr></table>
</body>
</html>
""" % (link, case)
    bnd = bnd_php(r)
    body = multi('multipart/alternative; boundary="%s"', bnd, [
        leaf("text/plain; charset=iso-8859-1", text, "8bit"),
        leaf("text/html; charset=iso-8859-1", html, "8bit"),
    ])
    t0 = t
    t1 = later(t0, r, 1, 3)
    t2 = later(t1, r, 4, 60)
    hs = [
        ("Received", rcv_sendmail(r, t2, -420, host, host, addr,
                                  "mx.lindenbrook-mail.example", rcpt, ver="8.13.4/8.13.4",
                                  proto="ESMTP", tzname="PDT")),
        ("Received", rcv_local_php(r, t1, -240, host)),
        ("Date", date(t0, -240)),
        ("Message-Id", "<%s.%s@%s>" % (sendmail_id(r, t0), "k" + digits(r, 4), host)),
        ("To", rcpt),
        ("Subject", "Your PayPal Account - Case ID Number: %s" % case),
        ("From", "PayPal <service@paypal-secure-mail.com>"),
        ("Reply-To", "no-reply@paypal-secure-mail.com"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "PHP/4.3.10"),
    ]
    return "phish", message(hs, body)


# e06 -- mortgage refinance "you've been approved", 2004, HTML only, qp
def e06(r):
    t = T(2004, 4, 19, 22, 8, r.randint(0, 59))
    rcpt = "lpruitt@cobbleway.test"
    bot = ip(r, 68)
    helo = r.choice(["smtp.aol.com", "mail.yahoo.com", "hotmail.com"])
    who = r.choice(["Marisol Beatty", "Leon Haggard", "Augustine Pickett"])
    lq = letters(r, 3)
    html = """<html><body>
<table width=3D"500" border=3D"1" bordercolor=3D"#336699" cellpadding=3D"8"><tr><td>
<font face=3D"Arial" size=3D"4" color=3D"#336699"><b>You've been APPROVED!</b></font><br><br>
<font face=3D"Arial" size=3D"2">Dear Homeowner,<br><br>
Your credit doesn't matter to us! If you OWN real estate and want
IMMEDIATE cash to spend ANY way you like, or simply wish to LOWER your
monthly payments by a third or more, here are the deals we have TODAY:<br><br>
<b>$488,000</b> at a <b>3.67%%</b> fixed-rate<br>
<b>$372,000</b> at a <b>3.90%%</b> variable-rate<br>
<b>$492,000</b> at a <b>3.21%%</b> interest-only<br>
<b>$248,000</b> at a <b>3.36%%</b> fixed-rate<br>
<b>$198,000</b> at a <b>3.55%%</b> variable-rate<br><br>
Hurry, when these deals are gone, they are gone!<br>
Don't worry about approval, your credit will not disqualify you!<br><br>
<a href=3D"http://www.lendfastquote-%s.com/app.php?r=3D%s"><b>Visit our site</b></a><br><br>
Sincerely,<br>%s<br>Approval Manager</font>
</td></tr></table>
<br><br><br><font size=3D"1" color=3D"#ffffff">%s</font>
<br><a href=3D"http://www.lendfastquote-%s.com/gone.php"><font size=3D"1">no more offers</font></a>
</body></html>
""" % (lq, digits(r, 5), who, salad(r, 25), lq)
    html = html.replace("=3D", "=")
    ent = leaf("text/html; charset=\"iso-8859-1\"", html, "quoted-printable")
    t1 = later(t, r, 2, 30)
    local = "%s%s" % (letters(r, 6), digits(r, 2))
    hs = [
        ("Received", rcv_smtpsvc(r, t1, -300, helo, bot, "MAIL1.cobbleway.test",
                                 ver="6.0.3790.0")),
        ("Received", "from %s ([%s]) by %s with SMTP id %s; %s" % (
            r.choice(["lkqz", "wrtp"]) + digits(r, 2), docip(r, 0), dyn(r, bot, "pacwestdsl.net", "dsl"),
            hexs(r, 8).upper(), date(t, -420))),
        ("Message-ID", "<%s%s$%s@%s>" % (letters(r, 4).upper(), digits(r, 6), letters(r, 5), helo)),
        ("Date", date(t, -420)),
        ("From", '"%s" <%s@aol.com>' % (who, local)),
        ("To", rcpt),
        ("Subject", "You've been approved  %s" % letters(r, 9)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("Return-Path", "%s@aol.com" % local),
        ("X-OriginalArrivalTime", "%s (UTC) FILETIME=[%s:%s]" % (
            "%02d %s %d %02d:%02d:%02d.0%d" % (t1.day, MON[t1.month - 1], t1.year, t1.hour, t1.minute, t1.second, r.randint(100, 999)), hexs(r, 8).upper(), "01C4265" + hexs(r, 1).upper())),
    ]
    return "spam", message(hs, ent)


# e07 -- university diplomas, 2008, tiny text message, no Message-ID
def e07(r):
    t = T(2008, 2, 11, 3, 30, r.randint(0, 59))
    rcpt = "nadia.voss@ferncastle.example"
    bot = ip(r, 190)
    phone = "1-718-%s-%s" % (digits(r, 3), digits(r, 4))
    text = """UNIVERSITY DIPLOMAS

Obtain a prosperous future, money earning power, and the admiration of all.
Diplomas from prestigious non-accredited universities based on your present
knowledge and life experience.

No required tests, classes, books, or interviews.
Bachelors, masters, MBA, and doctorate (PhD) diplomas available in the field
of your choice. No one is turned down. Confidentiality assured.

CALL NOW 24 HOURS A DAY, 7 DAYS A WEEK (INCLUDING SUNDAYS AND HOLIDAYS):
%s
Please leave your name and phone # in the voicemail and we will call back.
""" % phone
    ent = leaf("text/plain; charset=\"us-ascii\"", text, "7bit")
    t1 = later(t, r, 1, 15)
    rd = dyn(r, bot, "cablevision-ar.com", "host")
    hs = [
        ("Received", rcv_postfix(r, t1, 0, rd, rd, bot, "mail2.ferncastle.example", rcpt,
                                 tzname="GMT")),
        ("From", '"%s" <%s@%s>' % (r.choice(["Jacquelyn Burch", "Delia Shannon"]),
                                    letters(r, 8), "mutanet-lan.com")),
        ("To", rcpt),
        ("Subject", "Get a degree in 2 weeks"),
        ("Date", date(t, -180)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000"),
    ]
    return "spam", message(hs, ent)


# e08 -- online casino bonus, 2009, clean bulk mailer with DKIM + unsubscribe
def e08(r):
    t = T(2009, 10, 16, 17, 0, r.randint(0, 59))
    rcpt = "bruno.eckart@heatherlane.test"
    esp = "mta%d.bluecrest-mailer.net" % r.randint(2, 19)
    espip = docip(r, 1)
    cid = digits(r, 7)
    code = "GOLD" + digits(r, 3)
    html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Royal Crown Casino</title></head>
<body style="margin:0;padding:0;background:#1a0d00;">
<table width="600" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#2b1600">
<tr><td align="center" style="padding:20px;font-family:Georgia,serif;color:#f5c542;font-size:30px;">ROYAL CROWN CASINO</td></tr>
<tr><td style="padding:10px 30px;font-family:Arial,sans-serif;color:#ffffff;font-size:14px;line-height:20px;">
Hi Bruno,<br><br>
We are giving away <b style="color:#f5c542;">$1,600 in FREE welcome bonuses</b> to new players this month &ndash;
that's 400%% on your first deposit plus 50 free spins on our new Mega Fortune Dreams slot.<br><br>
Over 250 games: Blackjack, Roulette, Video Poker, Baccarat and progressive jackpots paying over $2 million.
Fast payouts, 128-bit SSL security and 24/7 live support.<br><br>
Use bonus code <b style="color:#f5c542;">%s</b> at the cashier.
</td></tr>
<tr><td align="center" style="padding:20px;"><a href="http://click.bluecrest-mailer.net/c/%s/%s" style="background:#c8102e;color:#ffffff;font-family:Arial;font-size:18px;font-weight:bold;padding:12px 28px;text-decoration:none;">PLAY NOW</a></td></tr>
<tr><td style="padding:10px 30px;font-family:Arial;font-size:10px;color:#998866;">Players must be 18+. Bonus terms apply, wagering 30x. Please gamble responsibly.<br>
You are receiving this email because you registered with one of our partner sites.
To stop receiving offers, <a href="http://bluecrest-mailer.net/u/%s/%s" style="color:#998866;">unsubscribe here</a>.<br>
Royal Crown Gaming N.V., Kaya Flamboyan 9, Willemstad, Curacao</td></tr>
</table>
<img src="http://open.bluecrest-mailer.net/o/%s/%s.gif" width="1" height="1" alt="">
</body></html>
""" % (code, cid, hexs(r, 10), cid, hexs(r, 12), cid, hexs(r, 8))
    text = """ROYAL CROWN CASINO

Hi Bruno,

We are giving away $1,600 in FREE welcome bonuses to new players this month -
that's 400%% on your first deposit plus 50 free spins on our new Mega Fortune
Dreams slot.

Bonus code: %s

Play now: http://click.bluecrest-mailer.net/c/%s/%s

Players must be 18+. Bonus terms apply. Please gamble responsibly.
Unsubscribe: http://bluecrest-mailer.net/u/%s/%s
Royal Crown Gaming N.V., Kaya Flamboyan 9, Willemstad, Curacao
""" % (code, cid, hexs(r, 10), cid, hexs(r, 12))
    bnd = "=_%s" % hexs(r, 20)
    body = multi('multipart/alternative; boundary="%s"', bnd, [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", html, "quoted-printable"),
    ])
    t1 = later(t, r, 1, 5)
    dkim = ("v=1; a=rsa-sha1; c=relaxed/relaxed; d=royalcrown-offers.com; s=bc1;\n\t"
            "h=From:To:Subject:Date:Message-ID:List-Unsubscribe; bh=%s=;\n\tb=%s\n\t %s" % (
                b64rand(r, 20)[:27], b64rand(r, 48), b64rand(r, 45)))
    hs = [
        ("Return-Path", "<bounce-%s-%s@bluecrest-mailer.net>" % (cid, digits(r, 6))),
        ("Received", rcv_postfix(r, t1, -300, esp, esp, espip, "mx3.heatherlane.test",
                                 rcpt, proto="ESMTP")),
        ("Authentication-Results", "mx3.heatherlane.test; dkim=pass header.i=@royalcrown-offers.com; spf=pass smtp.mailfrom=bluecrest-mailer.net"),
        ("DKIM-Signature", dkim),
        ("From", '"Royal Crown Casino" <offers@royalcrown-offers.com>'),
        ("To", "Bruno Eckart <%s>" % rcpt),
        ("Subject", "Bruno, your $1,600 welcome bonus is waiting"),
        ("Date", date(t, 0, zero=True)),
        ("Message-ID", mid_bulk(r, t, esp)),
        ("List-Unsubscribe", "<mailto:unsub-%s@bluecrest-mailer.net>, <http://bluecrest-mailer.net/u/%s>" % (cid, cid)),
        ("X-Campaign-ID", "rcc-%s" % digits(r, 5)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "BlueCrest MTA 2.4"),
    ]
    return "spam", message(hs, body)


# e09 -- lonely Russian woman, 2010, forged yahoo From, plain text 8bit
def e09(r):
    t = T(2010, 5, 29, 9, 14, r.randint(0, 59))
    rcpt = "g.lindqvist@orchardpoint.example"
    bot = ip(r, 95)
    name = r.choice(["Oksana", "Yulia", "Natalia"])
    mail2 = "%s.%s%s@%s" % (name.lower(), r.choice(["sweet", "kiss", "sun"]), digits(r, 2),
                            "lovemail-kazan.ru")
    text = """Hello my new friend!

My name is %s, I am 28 years old, I live in small city Kazan in Russia.
I found your email address on the site of acquaintances and decided to
write you. I hope you will not be angry at me for this :-)

I am a kind, tender and romantic woman. I work as teacher of music in
children school. I do not have children and I was never married. I have
decided to search for my love abroad because here in my city men drink
too much and do not respect a woman. I want to find serious man for
relations and maybe family, age is not important for me, the main thing
is heart.

If you are interested to know me more, please write me to my personal
email %s and I shall send you my photos. I will wait your answer
very much!

Your new friend,
%s
""" % (name, mail2, name)
    ent = leaf("text/plain; charset=\"windows-1251\"", text, "8bit")
    t1 = later(t, r, 2, 25)
    rd = dyn(r, bot, "volgatelecom-net.ru", "ppp")
    hs = [
        ("Return-Path", "<%s>" % mail2),
        ("Delivered-To", rcpt),
        ("Received", rcv_postfix(r, t1, 120, "%s" % rd, rd, bot, "in1.orchardpoint.example",
                                 rcpt, proto="ESMTP", tzname="CEST")),
        ("Received-SPF", "softfail (in1.orchardpoint.example: domain of transitioning yahoo.com does not designate %s as permitted sender)" % bot),
        ("Message-ID", mid_oe(r, letters(r, 5).upper(), t)),
        ("From", '"%s" <%s_%s@yahoo.com>' % (name, name.lower(), letters(r, 4))),
        ("To", "<%s>" % rcpt),
        ("Subject", "I am waiting for your letter"),
        ("Date", date(t, 240)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
    ]
    return "spam", message(hs, ent)


# e10 -- 419 widow, 2006, all caps, sent via webmail with X-Originating-IP
def e10(r):
    t = T(2006, 8, 2, 11, 47, r.randint(0, 59))
    rcpt = "pastor.fenwick@gracehill-chapel.test"
    origin = ip(r, 41)
    web = "webmail.nkosana-mail.co.za"
    text = """FROM: MRS. MARIAM ABACHA-BELLO
ABIDJAN, COTE D'IVOIRE.

DEAR BELOVED IN CHRIST,

I AM MRS. MARIAM ABACHA-BELLO, THE WIFE OF LATE CHIEF (DR) EMMANUEL BELLO
WHO WAS A GOLD AND COCOA MERCHANT IN ABIDJAN BEFORE HE DIED IN A CAR
ACCIDENT IN THE YEAR 2003. WE WERE MARRIED FOR ELEVEN YEARS WITHOUT A
CHILD. SINCE HIS DEATH I HAVE BEEN BATTLING WITH CANCER OF THE BREAST AND
MY DOCTOR HAS TOLD ME THAT I WILL NOT LAST FOR THE NEXT SIX MONTHS.

MY LATE HUSBAND DEPOSITED THE SUM OF US$6.5M (SIX MILLION FIVE HUNDRED
THOUSAND UNITED STATES DOLLARS) WITH A SECURITY COMPANY HERE IN ABIDJAN.
HAVING KNOWN MY CONDITION I HAVE DECIDED TO DONATE THIS FUND TO A GOD
FEARING INDIVIDUAL OR CHURCH THAT WILL USE IT FOR ORPHANAGES, WIDOWS AND
THE PROPAGATION OF THE WORD OF GOD. MY HUSBAND'S RELATIVES ARE NOT
CHRISTIANS AND I DO NOT WANT THEM TO USE HIS HARD EARNED MONEY ON UNGODLY
WAYS.

I TOOK THIS DECISION AFTER PRAYER. AS SOON AS I RECEIVE YOUR REPLY I SHALL
GIVE YOU THE CONTACT OF THE SECURITY COMPANY AND ISSUE A LETTER OF
AUTHORITY THAT WILL EMPOWER YOU AS THE BENEFICIARY. I WANT YOU TO TAKE 20%%
OF THE TOTAL MONEY FOR YOUR PERSONAL USE WHILE 80%% WILL GO TO CHARITY.

PLEASE ALWAYS REMEMBER ME IN YOUR DAILY PRAYERS. REPLY TO MY PRIVATE EMAIL:
%s

GOD BLESS YOU,
MRS. MARIAM ABACHA-BELLO
""" % ("mrs.mariam_bello%s@%s" % (digits(r, 2), "prayer-mailbox.org"))
    ent = leaf("text/plain; format=flowed; charset=\"iso-8859-1\"", text, "7bit")
    t1 = later(t, r, 1, 3)
    t2 = later(t1, r, 2, 20)
    wip = ip(r, 196)
    hs = [
        ("Received", rcv_sendmail(r, t2, -240, web, web, wip, "mail.gracehill-chapel.test",
                                  rcpt, ver="8.13.6/8.13.6", proto="ESMTP")),
        ("Received", "from [%s] by %s via HTTP; %s" % (origin, web, date(t1, 120))),
        ("X-Originating-IP", "[%s]" % origin),
        ("Message-ID", "<%s.%s.%s@%s>" % (digits(r, 8), letters(r, 3), digits(r, 4), web)),
        ("Date", date(t, 120)),
        ("From", '"MRS. MARIAM ABACHA-BELLO" <mariambello_1955@nkosana-mail.co.za>'),
        ("Reply-To", "mrs.mariam_bello@prayer-mailbox.org"),
        ("Subject", "FROM MRS. MARIAM ABACHA-BELLO (PLEASE READ AND REPLY)"),
        ("To", "undisclosed-recipients:;"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("User-Agent", "SquirrelMail/1.4.6"),
        ("X-Priority", "1 (Highest)"),
        ("Importance", "High"),
    ]
    return "spam", message(hs, ent)


# e11 -- foreign lottery win + claims agent, 2007, mixed with "PDF" certificate
def e11(r):
    t = T(2007, 3, 21, 10, 5, r.randint(0, 59))
    rcpt = "oharper@westcliffe-dental.example"
    bot = ip(r, 84)
    ref = "ESP/WIN/%s/%s" % (digits(r, 3), digits(r, 2))
    batch = "%s/%s/%s" % (digits(r, 2), digits(r, 3), digits(r, 2))
    text = """EL GORDO DE LA PRIMITIVA LOTERIA INTERNACIONAL
C/ SAN BERNARDO 51, 28015 MADRID, ESPANA.

REF NUMBER: %s
BATCH NUMBER: %s

RE: FINAL NOTIFICATION - AWARD OF PRIZE

We are pleased to inform you of the release today of the results of the
EL GORDO DE LA PRIMITIVA Sweepstakes International Program held on the
14th of March 2007. Your e-mail address attached to ticket number
%s with serial number %s drew the lucky numbers 7-13-22-35-38-41
which consequently won in the 2nd category.

You have therefore been approved for a lump sum pay out of EUR 615,810.00
(SIX HUNDRED AND FIFTEEN THOUSAND EIGHT HUNDRED AND TEN EUROS) in cash
credited to file KTU/%s. This is from a total cash prize of EUR 18,474,300
shared among the thirty international winners in this category.

All participants were selected through a computer ballot system drawn from
over 25,000 company and 40,000,000 individual email addresses from all
over the world, as part of our international promotions program.

Due to mix up of some numbers and names, we ask that you keep this award
strictly confidential until your claim has been processed and your money
remitted to you. To begin your claim, please contact your claims agent:

MR. FERNANDO LOPEZ DIAZ
SOLUCIONES SEGUROS S.L. (ACCREDITED CLAIMS AGENT)
TEL: +34 672 %s %s
FAX: +34 917 %s %s
EMAIL: fernando.lopezdiaz@solseguros-claims.es

Remember to quote your reference and batch numbers in all correspondence.
See the attached certificate of award.

Congratulations once again.

Yours faithfully,
MRS. ANGELA VICENTE GOMEZ
(VICE PRESIDENT, INTERNATIONAL PROMOTIONS)
""" % (ref, batch, digits(r, 12), digits(r, 8), digits(r, 4), digits(r, 3), digits(r, 3),
       digits(r, 3), digits(r, 3))
    pdf = pdf_stub(["Certificate of Award (placeholder)", "Reference %s" % ref,
                    "Batch %s" % batch, "Amount EUR 615,810.00"])
    bnd = bnd_oe(r, t)
    body = multi('multipart/mixed;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tformat=flowed;\n\tcharset="iso-8859-1";\n\treply-type=original',
             text, "7bit"),
        leaf('application/pdf;\n\tname="CERTIFICATE_OF_AWARD.pdf"', pdf, "base64",
             extra=[("Content-Disposition", 'attachment;\n\tfilename="CERTIFICATE_OF_AWARD.pdf"')]),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 4, 70)
    rd = dyn(r, bot, "iberianet-adsl.es", "dynamic")
    hs = [
        ("Received", rcv_exim(r, t1, 0, "User", rd, bot, "mx.westcliffe-dental.example",
                              rcpt, env="info@elgordo-primitiva-intl.es", ver="4.66")),
        ("From", '"EL GORDO DE LA PRIMITIVA" <info@elgordo-primitiva-intl.es>'),
        ("Subject", "FINAL NOTIFICATION - AWARD OF PRIZE"),
        ("Date", date(t, 60)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Mail 6.0.6000.16386"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.0.6000.16386"),
        ("Message-ID", mid_oe(r, "User", t)),
        ("To", "undisclosed-recipients: ;"),
    ]
    return "spam", message(hs, body)


# e12 -- money-mule "financial manager" job, 2008, html only windows-1252
def e12(r):
    t = T(2008, 7, 15, 7, 22, r.randint(0, 59))
    rcpt = "kemi.ashworth@northfield-clinic.test"
    bot = ip(r, 122)
    co = "Nordvik Trade Solutions Ltd."
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<p><font face="Times New Roman" size="3">Good day!</font></p>
<p><font face="Times New Roman" size="3">%s is a fast-growing company dealing in the export of
industrial equipment and furniture from Scandinavia to the USA and Canada. We are currently
looking for honest and responsible people to work as <b>Regional Financial Manager</b> in your area.</font></p>
<p><font face="Times New Roman" size="3">Because of long international bank transfer times (up to 20 days) and high commission
fees, we need representatives in the USA to receive payments from our customers and forward them
to our head office. Your duties:</font></p>
<ul>
<li><font face="Times New Roman" size="3">receive payments from our clients to your personal bank account;</font></li>
<li><font face="Times New Roman" size="3">withdraw the money and send them via Western Union or MoneyGram (we will give instructions);</font></li>
<li><font face="Times New Roman" size="3">keep simple records of transactions.</font></li>
</ul>
<p><font face="Times New Roman" size="3">You will keep <b>8%%</b> of every transfer as your salary. Average income is
<b>$3,000&#8211;$4,500 per month</b> and it will take only 2&#8211;3 hours a day. No investment is required,
it is a part-time job and you can keep your current employment.</font></p>
<p><font face="Times New Roman" size="3">Requirements: 21 years old or more, USA resident, personal checking account,
e-mail access, responsibility. If you are interested, please send the following details to our HR
department at <a href="mailto:hr.dept@nordvik-trade-jobs.com">hr.dept@nordvik-trade-jobs.com</a>:
full name, address, phone number, age.</font></p>
<p><font face="Times New Roman" size="3">We’re looking forward to working with you!<br>
Best regards,<br>Ingrid Solberg<br>Human Resources, %s</font></p>
</body></html>
""" % (co, co)
    ent = leaf("text/html;\n\tcharset=\"windows-1252\"", html, "quoted-printable", cte_first=True)
    t1 = later(t, r, 3, 40)
    rd = dyn(r, bot, "chinanet-gd.cn", "dyn")
    hs = [
        ("Return-Path", "<%s@nordvik-trade-jobs.com>" % letters(r, 6)),
        ("Received", rcv_sendmail(r, t1, -240, "nordvik-trade-jobs.com", rd, bot,
                                  "mx1.northfield-clinic.test", rcpt, ver="8.14.2/8.14.2",
                                  proto="ESMTP", forged=True)),
        ("Message-ID", mid_oe(r, "nordvik-trade-jobs.com", t)),
        ("From", '"Ingrid Solberg" <ingrid.solberg@nordvik-trade-jobs.com>'),
        ("To", "<%s>" % rcpt),
        ("Subject", "Job offer: Regional Financial Manager (part-time) %s" % digits(r, 4)),
        ("Date", date(t, 120)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.3138"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.3198"),
    ]
    return "spam", message(hs, ent)


# e13 -- image stock spam (GIF) + Bayes poison text, 2006, multipart/related
def e13(r):
    t = T(2006, 12, 5, 16, 38, r.randint(0, 59))
    rcpt = "w.meerbach@stonegarth.example"
    bot = ip(r, 70)
    cv = Canvas(230, 96, 0)
    cv.rect(0, 0, 230, 18, 2)
    cv.text(6, 3, "HOT STOCK ALERT!", 1, 2)
    cv.text(6, 24, "CHINA DIGITAL WIRE", 3, 2)
    cv.text(6, 38, "SYMBOL: CDWR", 3, 2)
    cv.text(6, 52, "PRICE: $0.09", 3, 2)
    cv.text(6, 66, "TARGET: $0.75", 2, 2)
    cv.text(6, 80, "STRONG BUY!!!", 2, 2)
    cv.noise(r, 300, [0, 3, 4, 5])
    g = gif(cv, [(255, 255, 255), (255, 255, 0), (200, 0, 0), (0, 0, 0),
                 (230, 230, 230), (210, 220, 255), (0, 0, 128), (0, 128, 0)])
    cid = "%s$%s$%s@%s" % (hexs(r, 8), hexs(r, 8), hexs(r, 8), letters(r, 6).upper())
    poison = "\n".join(salad(r, r.randint(7, 12)) for _ in range(5))
    html = """<html><body>
<p><img src="cid:%s"></p>
<p><font size=1 color=#f2f2f2>%s</font></p>
</body></html>
""" % (cid, poison.replace("\n", "<br>\n"))
    bnd = bnd_oe(r, t)
    inner = bnd_oe(r, t)
    alt = multi('multipart/alternative;\n\tboundary="%s"', inner, [
        leaf('text/plain;\n\tcharset="iso-8859-1"', poison + "\n", "quoted-printable"),
        leaf('text/html;\n\tcharset="iso-8859-1"', html, "quoted-printable"),
    ])
    gname = letters(r, 6) + ".gif"
    body = multi('multipart/related;\n\ttype="multipart/alternative";\n\tboundary="%s"', bnd, [
        alt,
        leaf('image/gif;\n\tname="%s"' % gname, g, "base64",
             extra=[("Content-ID", "<%s>" % cid)]),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 2, 30)
    t2 = later(t1, r, 0, 2)
    hs = [
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby mail.stonegarth.example (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            postfix_id(r), rcpt, date(t2, -300))),
        ("Received", rcv_postfix(r, t1, -300, letters(r, 4).upper() + "-" + letters(r, 3).upper(),
                                 dyn(r, bot, "comsouth-cable.net", "cable"), bot,
                                 "mail.stonegarth.example", None)),
        ("Message-ID", mid_oe(r, letters(r, 10), t)),
        ("From", '"%s" <%s@%s>' % (r.choice(["Laverne Tuttle", "Bret Sampson"]), letters(r, 7), "hotmail.com")),
        ("To", "<%s>" % rcpt),
        ("Subject", "%s %s" % (r.choice(WORDS), r.choice(WORDS))),
        ("Date", date(t, -300)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1437"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1441"),
    ]
    return "spam", message(hs, body)


# e14 -- PHISH: eBay account suspended, 2006, html only, base64, The Bat! header set
def e14(r):
    t = T(2006, 3, 9, 23, 14, r.randint(0, 59))
    rcpt = "colin.dugard@ashmereauto.test"
    bot = ip(r, 200)
    item = digits(r, 10)
    link = "http://%s/eBayISAPI.dll/SignIn/?co_partnerid=2&amp;siteid=0" % ("signin-ebay-verify.%s.info" % letters(r, 4))
    html = """<html>
<body>
<table width="620" cellpadding="0" cellspacing="0" border="0"><tr><td>
<font face="Arial" size="6"><b><font color="#ff0000">e</font><font color="#0000cc">B</font><font color="#ffcc00">a</font><font color="#66cc00">y</font></b></font>
</td></tr>
<tr><td bgcolor="#f6f6f6"><font face="Arial" size="2">
<br>Dear eBay Member,<br><br>
We regret to inform you that your eBay account has been suspended due to concerns we have for the safety
and integrity of the eBay community.<br><br>
Per the User Agreement, Section 9, we may immediately issue a warning, temporarily suspend, indefinitely
suspend or terminate your membership and refuse to provide our services to you if we believe that your
actions may cause financial loss or legal liability for you, our users or us. We may also take these
actions if we are unable to verify or authenticate any information you provide to us.<br><br>
Due to the suspension of this account, please be advised you are prohibited from using eBay in any way.
This includes the registering of a new account. Please note that this suspension does not relieve you of
your agreed-upon obligation to pay any fees you may owe to eBay.<br><br>
Item involved: #%s<br><br>
If you would like to restore your account and regain access to all your listings, please
<a href="%s">click here</a> and complete the verification form within 24 hours.<br><br>
Regards,<br>
Safeharbor Department<br>
eBay Inc.<br><br>
</font></td></tr>
<tr><td><font face="Arial" size="1" color="#666666">Copyright &copy; 1995-2006 eBay Inc. All Rights Reserved.
Designated trademarks and brands are the property of their respective owners.</font></td></tr>
</table>
</body>
</html>
""" % (item, link)
    ent = leaf("text/html; charset=Windows-1252", html, "base64", b64w=72)
    t1 = later(t, r, 1, 10)
    rd = dyn(r, bot, "telemar-velox.com.br", "static")
    hs = [
        ("Received", rcv_postfix(r, t1, 0, "ebay-member-services.com", rd, bot, "mx.ashmereauto.test", rcpt,
                                 tzname="GMT")),
        ("Date", date(t, -180, zero=True)),
        ("From", "eBay <aw-confirm@ebay-member-services.com>"),
        ("X-Mailer", "The Bat! (v2.00.6) Personal"),
        ("Reply-To", "eBay <aw-confirm@ebay-member-services.com>"),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid_bat(r, t - datetime.timedelta(hours=3), "ebay-member-services.com")),
        ("To", rcpt),
        ("Subject", "Your eBay account has been suspended"),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "phish", message(hs, ent)


# e15 -- debt consolidation, 2011, cleaner affiliate mailer, text/plain qp
def e15(r):
    t = T(2011, 2, 8, 14, 26, r.randint(0, 59))
    rcpt = "sherwood.k@pinecrest-hoa.example"
    esp = "out%d.mailvantage-sender.com" % r.randint(1, 12)
    espip = ip(r, 74)
    uid = hexs(r, 16)
    text = """Is credit card debt keeping you up at night?

You could be debt-free in as little as 24-48 months - without bankruptcy
and without taking out another loan. Our certified counselors work with
your creditors to reduce what you owe, in many cases by 40%% to 60%%.

  - One affordable monthly payment instead of many
  - Stop the harassing collection calls
  - Free, no-obligation consultation
  - Accredited member of national debt settlement associations

Qualify in 60 seconds if you have $10,000 or more in unsecured debt:
http://www.debtfreshstart-now.com/go/?s=%s

Call toll free: 1-888-%s-%s

----------------------------------------------------------------------
This message is an advertisement from DebtFreshStart. You received it
because you opted in to receive offers from one of our marketing
partners. If you no longer wish to receive these emails, visit
http://www.mailvantage-sender.com/remove?u=%s or write to:
Mailvantage, 2250 Kingsway Blvd Suite 400, Henderson NV 89074
""" % (uid[:8], digits(r, 3), digits(r, 4), uid)
    ent = leaf("text/plain; charset=ISO-8859-1", text, "quoted-printable")
    t1 = later(t, r, 1, 8)
    t2 = later(t1, r, 0, 2)
    hs = [
        ("Delivered-To", rcpt),
        ("Received", "from mx2.pinecrest-hoa.example ([10.2.0.7])\n by mstore.pinecrest-hoa.example\n (Sun Java(tm) System Messaging Server 7u2-7.02 64bit (built Apr 16 2009))\n with ESMTP id <0LG9%s%s@mstore.pinecrest-hoa.example> for\n %s; %s" % (
            digits(r, 3), b62(r, 8).upper(), rcpt, date(t2, -480, zero=True, comment="PST"))),
        ("Received", rcv_postfix(r, t1, -480, esp, esp, espip, "mx2.pinecrest-hoa.example", rcpt,
                                 proto="ESMTP")),
        ("Received-SPF", "pass (mx2.pinecrest-hoa.example: domain of bounces@mailvantage-sender.com designates %s as permitted sender)" % espip),
        ("Authentication-Results", "mx2.pinecrest-hoa.example; spf=pass smtp.mailfrom=bounces@mailvantage-sender.com; dkim=pass header.i=@mailvantage-sender.com"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/simple; d=mailvantage-sender.com; s=mv2011;\n\tt=%d; bh=%s;\n\th=Date:From:To:Subject:MIME-Version:Content-Type;\n\tb=%s" % (
            int((t - datetime.datetime(1970, 1, 1)).total_seconds()), b64rand(r, 32), b64rand(r, 96))),
        ("Date", date(t, -300)),
        ("From", "DebtFreshStart <offers@mailvantage-sender.com>"),
        ("To", rcpt),
        ("Message-ID", "<%s.%s@mailvantage-sender.com>" % (uid, digits(r, 6))),
        ("Subject", "Cut your credit card debt in half - see if you qualify"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("List-Unsubscribe", "<http://www.mailvantage-sender.com/remove?u=%s>" % uid),
        ("Precedence", "bulk"),
    ]
    return "spam", message(hs, ent)


# e16 -- weight loss pills, 2009, html only with hidden div, forged gmail
def e16(r):
    t = T(2009, 1, 5, 18, 3, r.randint(0, 59))
    rcpt = "dana.whitlock@bramblecourt.test"
    bot = ip(r, 79)
    site = "slimhoodia-gordonii-%s.cn" % letters(r, 3)
    hid = tokens(r, 18)
    html = """<html><body>
<div style="display:none">%s</div>
<center>
<font face="Verdana" size="5" color="#339900"><b>New Year - New YOU!</b></font><br><br>
<font face="Verdana" size="3">Lose up to <b><font color="#ff0000">25 lbs in 30 days</font></b> with
100%% pure <b>Hoodia Gordonii</b> &amp; <b>Acai Berry</b>!<br>
As seen on Oprah, CNN and Fox News.</font><br><br>
<table border="0" cellpadding="5"><tr>
<td><font face="Verdana" size="2">&#10003; Suppresses appetite naturally<br>
&#10003; Burns fat 24 hours a day<br>
&#10003; Boosts energy &amp; metabolism<br>
&#10003; No diet, no gym, no side effects</font></td>
</tr></table><br>
<a href="http://www.%s/trial/"><font face="Verdana" size="4"><b>Claim your FREE trial bottle</b></font></a><br>
<font face="Verdana" size="1">Just pay $4.95 shipping &amp; handling</font>
</center>
</body></html>
""" % (hid, site)
    ent = leaf("text/html; charset=\"utf-8\"", html, "7bit")
    t1 = later(t, r, 1, 30)
    rd = dyn(r, bot, "pol-netia-dsl.pl", "adsl")
    local = "%s.%s%s" % (r.choice(["anna", "marta", "joanna"]), letters(r, 5), digits(r, 2))
    hs = [
        ("Return-Path", "<%s@gmail.com>" % local),
        ("Received", rcv_exim(r, t1, 0, "[%s]" % bot, rd, bot, "mailhub.bramblecourt.test", rcpt,
                              env="%s@gmail.com" % local, ver="4.69", proto="esmtp")),
        ("Message-ID", "<%s%s@gmail.com>" % (hexs(r, 4), digits(r, 10))),
        ("Date", date(t, 60)),
        ("From", "%s <%s@gmail.com>" % (local.split(".")[0].capitalize(), local)),
        ("User-Agent", "Thunderbird 2.0.0.19 (Windows/20081209)"),
        ("MIME-Version", "1.0"),
        ("To", rcpt),
        ("Subject", "Lose 25 lbs by February - %s" % letters(r, 5)),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e17 -- penis enlargement, 2007, two-line body, broken Date, no Message-ID
def e17(r):
    t = T(2007, 6, 18, 2, 9, r.randint(0, 59))
    rcpt = "rvasquez@tallowmere.example"
    bot = ip(r, 117)
    text = "Ladies will line up for your 3 extra inches. MegaDik pills, 100%% natural, works in 2 weeks!\nhttp://%s.megadikpills.com/\n" % letters(r, 5)
    ent = leaf("text/plain; charset=\"us-ascii\"", text, "7bit")
    t1 = later(t, r, 2, 40)
    lt = t + datetime.timedelta(hours=9)
    wrong_dow = DOW[(lt.weekday() + 2) % 7]
    hs = [
        ("Received", rcv_sendmail(r, t1, -240, "[%s]" % bot, None, bot, "mx.tallowmere.example",
                                  ver="8.13.1/8.13.1", forged=False)),
        ("Date", "%s, %d %s %d %d:%02d +0900" % (wrong_dow, lt.day, MON[lt.month - 1], lt.year,
                                                  lt.hour, lt.minute)),
        ("From", "\"Wilbur\" <%s@%s>" % (letters(r, 6), "kbtelecom-%s.kr" % letters(r, 2))),
        ("To", "<%s>" % rcpt),
        ("Subject", "she wants more %s" % letters(r, 5)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e18 -- cheap loans, UK, 2012, multipart/alternative from a small PHP sender
def e18(r):
    t = T(2012, 8, 21, 9, 48, r.randint(0, 59))
    rcpt = "jon.pettigrew@harlowmead.co.test"
    srv = "srv%d.cheapvps-hosting.de" % r.randint(10, 99)
    sip = docip(r, 0)
    apr = "%d.%d%%" % (r.randint(5, 7), r.randint(1, 9))
    text = """Need cash fast? Loans from GBP 1,000 to GBP 25,000 - decision in minutes.

Representative APR %s. Bad credit considered. No fees, no guarantor.
Money in your account within 24 hours.

Apply online: http://www.quidsharp-loans.co.uk/apply?src=em%s

Warning: Late repayment can cause you serious money problems.
Quidsharp Finance is a credit broker, not a lender.
Unsubscribe: http://www.quidsharp-loans.co.uk/optout?e=%s
""" % (apr, digits(r, 4), hexs(r, 12))
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<table width="560" cellpadding="12" style="border:2px solid #0a7d3b;"><tr><td>
<h2 style="color:#0a7d3b;margin:0;">Need cash fast?</h2>
<p>Loans from <b>&pound;1,000 to &pound;25,000</b> &ndash; decision in minutes.</p>
<p>Representative APR %s. Bad credit considered. No fees, no guarantor.<br>Money in your account within 24 hours.</p>
<p><a href="http://www.quidsharp-loans.co.uk/apply?src=em%s" style="background:#0a7d3b;color:#fff;padding:8px 16px;text-decoration:none;">Apply online now</a></p>
<p style="font-size:11px;color:#777;">Warning: Late repayment can cause you serious money problems.
Quidsharp Finance is a credit broker, not a lender.
<a href="http://www.quidsharp-loans.co.uk/optout?e=%s">Unsubscribe</a></p>
</td></tr></table></body></html>
""" % (apr, digits(r, 4), hexs(r, 12))
    bnd = bnd_php(r)
    body = multi('multipart/alternative;\n boundary="%s"', bnd, [
        leaf("text/plain; charset=utf-8", text, "8bit"),
        leaf("text/html; charset=utf-8", html, "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.")
    t1 = later(t, r, 0, 2)
    t2 = later(t1, r, 1, 10)
    mid = mid_php(r, srv)
    hs = [
        ("Return-Path", "<www-data@%s>" % srv),
        ("Received", rcv_postfix(r, t2, 60, srv, srv, sip, "mx1.harlowmead.co.test", rcpt,
                                 proto="ESMTP", tzname="BST")),
        ("Received", "by %s (Postfix, from userid 33)\n\tid %s; %s" % (
            srv, postfix_id(r), date(t1, 120, comment="CEST"))),
        ("To", rcpt),
        ("Subject", "=?UTF-8?B?%s?=" % base64.b64encode(
            "\u00a3500-\u00a325,000 loan decision in minutes".encode("utf-8")).decode()),
        ("X-PHP-Originating-Script", "1001:mailer%s.php" % digits(r, 2)),
        ("Date", date(t, 120)),
        ("From", "Quidsharp Loans <news@quidsharp-loans.co.uk>"),
        ("Message-ID", mid),
        ("X-Priority", "3"),
        ("X-Mailer", "PHPMailer 5.2.1"),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e19 -- SEO cold pitch, 2013, forged gmail, plain text, DKIM fail
def e19(r):
    t = T(2013, 4, 2, 5, 16, r.randint(0, 59))
    rcpt = "info@bellhaven-bakery.example"
    bot = ip(r, 117)
    name = r.choice(["Ritika Sharma", "Neha Kapoor", "Pooja Verma"])
    local = name.lower().replace(" ", ".") + ".seo" + digits(r, 2)
    text = """Hi,

I was checking your website bellhaven-bakery.example and noticed that it is
not ranking on the first page of Google for many important keywords. I
also found some problems that affect its visibility:

1. Missing meta descriptions and title tags on several pages
2. Low number of quality backlinks
3. Site is not fully mobile friendly
4. Slow page loading speed
5. No presence on social media channels

We are a team of 60+ SEO professionals and we can put your site on Page 1
of Google, Yahoo and Bing at a very affordable price. We follow only white
hat techniques as per Google Panda and Penguin guidelines.

If you are interested, I can send you a FREE website audit report and our
packages. Please reply with your phone number and best time to call.

Thanks & Regards,
%s
Business Development Manager

PS: If you are not interested please reply with "NO" and we will not
contact you again.
""" % name
    ent = leaf("text/plain; charset=ISO-8859-1", text, "7bit")
    t1 = later(t, r, 1, 20)
    rd = dyn(r, bot, "bsnl-broadband.in", "static")
    hs = [
        ("Return-Path", "<%s@gmail.com>" % local),
        ("Received", rcv_postfix(r, t1, 60, "[192.168.1.%d]" % r.randint(2, 50), rd, bot,
                                 "mail.bellhaven-bakery.example", rcpt, proto="ESMTPA", tzname="BST")),
        ("Authentication-Results", "mail.bellhaven-bakery.example; spf=softfail smtp.mailfrom=gmail.com; dkim=none"),
        ("MIME-Version", "1.0"),
        ("Date", date(t, 330)),
        ("Message-ID", "<CA+%s@mail.gmail.com>" % b62(r, 40)),
        ("Subject", "Website Ranking Proposal"),
        ("From", "%s <%s@gmail.com>" % (name, local)),
        ("To", rcpt),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e20 -- bulk e-mail list seller, 2005, html+text, The Bat!-like sender
def e20(r):
    t = T(2005, 10, 30, 12, 0, r.randint(0, 59))
    rcpt = "sales@kettleworth-supply.test"
    bot = ip(r, 218)
    icq = digits(r, 9)
    text = """TARGETED EMAIL LISTS AND BULK MAILING SERVICE

5,000,000 fresh USA email addresses - only $99!
20,000,000 worldwide addresses - $199
Canada 2 million / UK 3 million / Germany 2.5 million - $79 each

All addresses are verified, duplicates removed, categorized by state and
by business type (doctors, lawyers, realtors, restaurants, car dealers,
travel agents and 300 more categories).

We also send your offer for you! 1 million emails delivered = $150.
Bulletproof servers in China and Russia, no complaints, no shutdowns.

Software included: Dark Mailer, Send-Safe, Advanced Mass Sender, email
extractor and verifier - all FREE with any list.

Contact us:
ICQ: %s
MSN: bulkmaster_%s@hotmail.com
Email: lists@massmail-base.cn

Payment: Western Union, e-gold, Webmoney.
""" % (icq, digits(r, 3))
    ent = leaf("text/plain; charset=Windows-1252", text, "8bit")
    t1 = later(t, r, 3, 60)
    hs = [
        ("Received", rcv_qmail(r, t1, "%s" % letters(r, 8), bot, "mail.kettleworth-supply.test",
                               rdns="unknown")),
        ("Received", rcv_qmail_net(r, t1)),
        ("Date", date(t, 480, zero=True)),
        ("From", "BulkMaster <lists@massmail-base.cn>"),
        ("X-Mailer", "The Bat! (v3.0.1.33) Professional"),
        ("Reply-To", "lists@massmail-base.cn"),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", "<%s.%s@massmail-base.cn>" % (digits(r, 9), (t + datetime.timedelta(hours=8)).strftime("%Y%m%d%H%M%S"))),
        ("To", rcpt),
        ("Subject", "5 million emails only $99 - %s" % letters(r, 6).upper()),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)
