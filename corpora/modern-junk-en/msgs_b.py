"""Messages e21-e40."""
from mk import *  # noqa: F401,F403


# e21 -- timeshare vacation promo, 2010, cheap bulk mailer, alternative (7bit + qp)
def e21(r):
    t = T(2010, 6, 10, 15, 31, r.randint(0, 59))
    rcpt = "the.okonkwos@riverbendmail.test"
    mta = "smtp%d.sunpromo-blast.com" % r.randint(1, 8)
    mip = ip(r, 64)
    uid = digits(r, 8)
    text = """3 NIGHTS IN ORLANDO FOR ONLY $99 PER COUPLE

Dear Valued Traveler,

You have been selected to receive a 4-day / 3-night vacation package at
the Palm Harbor Grand Resort, just 10 minutes from the theme parks, for
only $99 per couple. Package also includes:

  - 2 FREE one-day admission tickets
  - $50 dining certificate
  - Welcome reception with complimentary cocktails

To qualify you must be married or cohabiting, aged 28-70, with a combined
household income of at least $50,000, and you agree to attend a 90-minute
presentation about vacation ownership at the resort. Offer expires in 10
days and is limited to one package per household.

Reserve now: http://www.sunpromo-blast.com/r/%s
Or call our travel desk: 1-877-%s-%s

------------------------------------------------------------
You are receiving this message because you entered a sweepstakes
sponsored by one of our partners. To unsubscribe, click:
http://www.sunpromo-blast.com/unsub.php?id=%s
SunPromo Marketing, PO Box 94411, Kissimmee FL 34741
""" % (uid, digits(r, 3), digits(r, 4), uid)
    html = """<html><head><title>Palm Harbor Grand</title></head>
<body bgcolor="#e8f6ff">
<table width="580" align="center" bgcolor="#ffffff" cellpadding="15" style="border:1px solid #7fb9df">
<tr><td align="center"><font face="Trebuchet MS" size="6" color="#ff6600"><b>3 NIGHTS IN ORLANDO</b></font><br>
<font face="Trebuchet MS" size="4" color="#0066aa">for only <b>$99</b> per couple!</font></td></tr>
<tr><td><font face="Trebuchet MS" size="2">Dear Valued Traveler,<br><br>
You have been selected to receive a 4-day / 3-night vacation package at the <b>Palm Harbor Grand Resort</b>,
just 10 minutes from the theme parks. Package also includes 2 FREE one-day admission tickets, a $50 dining
certificate and a welcome reception with complimentary cocktails.<br><br>
<font size="1" color="#666666">To qualify you must be married or cohabiting, aged 28-70, with a combined household income
of at least $50,000, and agree to attend a 90-minute presentation about vacation ownership at the resort.</font></font></td></tr>
<tr><td align="center"><a href="http://www.sunpromo-blast.com/r/%s"><font face="Trebuchet MS" size="4"><b>RESERVE NOW &raquo;</b></font></a></td></tr>
<tr><td><font face="Arial" size="1" color="#999999">To unsubscribe <a href="http://www.sunpromo-blast.com/unsub.php?id=%s">click here</a>.
SunPromo Marketing, PO Box 94411, Kissimmee FL 34741</font></td></tr>
</table>
</body></html>
""" % (uid, uid)
    bnd = "----=_NextPart_%s_%s" % (digits(r, 3), hexs(r, 16).upper())
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="us-ascii"', text, "7bit"),
        leaf('text/html;\n\tcharset="us-ascii"', html, "quoted-printable"),
    ])
    t1 = later(t, r, 1, 6)
    hs = [
        ("Return-Path", "<bounce.%s@sunpromo-blast.com>" % uid),
        ("Received", rcv_exim(r, t1, -240, mta, mta, mip, "mx.riverbendmail.test", rcpt,
                              env="bounce.%s@sunpromo-blast.com" % uid, ver="4.71", proto="esmtp")),
        ("Message-ID", "<%s.%s@sunpromo-blast.com>" % (hexs(r, 20).upper(), uid)),
        ("From", '"Vacation Desk" <vacations@sunpromo-blast.com>'),
        ("To", '"%s" <%s>' % (rcpt.split("@")[0], rcpt)),
        ("Subject", "Congratulations - your Orlando getaway is reserved"),
        ("Date", date(t, -240)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "SendBlaster.2.0.%d" % r.randint(100, 199)),
        ("List-Unsubscribe", "<http://www.sunpromo-blast.com/unsub.php?id=%s>" % uid),
    ]
    return "spam", message(hs, body)


# e22 -- legal herbal highs / herbal remedies, 2008, html only, windows-1252 8bit
def e22(r):
    t = T(2008, 4, 26, 20, 40, r.randint(0, 59))
    rcpt = "skye.ferrante@moorgatestudio.example"
    bot = ip(r, 81)
    shop = "natures-herbalshop-%s.org" % letters(r, 3)
    hid = salad(r, 30)
    html = """<html>
<body bgcolor=#F4FFE8>
<font face="Comic Sans MS" color=#336600 size=5><b>~*~ HERBAL REMEDIES ONLINE ~*~</b></font><br>
<font face="Arial" size=2>100%% natural and 100%% LEGAL alternatives to the pharmacy.</font><br><br>
<table width=520 border=1 cellpadding=6 cellspacing=0 bordercolor=#99CC66>
<tr><td><font face="Arial" size=2><b>Herbal X-Tacy</b> &#150; legal herbal party pills, safe euphoric high, no drug tests</font></td><td><font face="Arial" color=#CC0000 size=2><b>$29.95</b></font></td></tr>
<tr><td><font face="Arial" size=2><b>DreamWeave Sleep Formula</b> &#150; valerian, passionflower &amp; kava for deep natural sleep</font></td><td><font face="Arial" color=#CC0000 size=2><b>$19.95</b></font></td></tr>
<tr><td><font face="Arial" size=2><b>CalmRoot</b> &#150; St. John&#146;s Wort blend for stress, worry and low mood</font></td><td><font face="Arial" color=#CC0000 size=2><b>$24.95</b></font></td></tr>
<tr><td><font face="Arial" size=2><b>Salvia Divinorum 20x extract</b> &#150; ancient Mazatec sacred herb, 1 gram</font></td><td><font face="Arial" color=#CC0000 size=2><b>$39.95</b></font></td></tr>
</table><br>
<font face="Arial" size=2>Buy any 2 and get the third <b>FREE</b>! Shipped discreetly in plain packaging.</font><br>
<a href="http://www.%s/?ref=%s"><font face="Arial" size=3><b>Enter the herb shop</b></font></a><br><br>
<font face="Arial" size=1 color=#888888>These statements have not been evaluated by the FDA. Not for sale to persons under 18.</font>
<font color=#F4FFE8 size=1>%s</font>
</body>
</html>
""" % (shop, digits(r, 4), hid)
    ent = leaf("text/html; charset=windows-1252", html, "8bit")
    t1 = later(t, r, 1, 12)
    rd = dyn(r, bot, "orangewave-adsl.fr", "host")
    hs = [
        ("Received", rcv_postfix(r, t1, 120, "%s.%s" % (letters(r, 6), "orangewave-adsl.fr"), rd, bot,
                                 "mx2.moorgatestudio.example", rcpt, tzname="CEST")),
        ("Message-ID", "<%s%s@%s>" % (hexs(r, 6).upper(), digits(r, 5), shop)),
        ("Date", date(t, 120)),
        ("From", "Natures Herbal Shop <sales@%s>" % shop),
        ("To", "Skye <%s>" % rcpt),
        ("Subject", "legal herbal highs & natural remedies - buy 2 get 1 free"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Office Outlook, Build 11.0.6353"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.3198"),
        ("Thread-Index", "Acin" + b64rand(r, 15)[:20]),
    ]
    return "spam", message(hs, ent)


# e23 -- fake antivirus "your PC is infected", 2009, html base64 + text
def e23(r):
    t = T(2009, 11, 3, 2, 19, r.randint(0, 59))
    rcpt = "p.marchetti@gravelpit-records.test"
    bot = ip(r, 78)
    host = "security-scan-%s.info" % letters(r, 4)
    nthreat = r.randint(19, 47)
    text = """WINDOWS SECURITY CENTER - CRITICAL ALERT

Your computer is infected!

During a routine online scan our system detected %d threats on your PC:

  Trojan-Spy.Win32.Zbot.gen       - HIGH risk   (steals passwords)
  Worm.Win32.Conficker.b          - HIGH risk
  Backdoor.Win32.Rbot.aftm        - MEDIUM risk
  Adware.Win32.Virtumonde         - LOW risk

Your credit card numbers, e-mail passwords and online banking details
may be sent to criminals RIGHT NOW. Windows cannot remove these threats
by itself.

Download Antivirus Pro 2010 and remove all threats in 60 seconds:
http://%s/download/AntivirusPro2010_setup.exe

Microsoft Security Center
""" % (nthreat, host)
    html = """<html><body style="font-family:Tahoma,Arial;font-size:12px;">
<table width="540" cellpadding="0" cellspacing="0" style="border:1px solid #888">
<tr><td bgcolor="#0a246a" style="padding:6px;color:#fff;font-weight:bold;">&#9888; Windows Security Center &ndash; CRITICAL ALERT</td></tr>
<tr><td style="padding:14px;">
<font size="4" color="#cc0000"><b>Your computer is infected!</b></font><br><br>
During a routine online scan our system detected <b>%d threats</b> on your PC:
<table width="100%%" cellpadding="3" style="margin:8px 0;font-size:11px;">
<tr bgcolor="#ffdddd"><td>Trojan-Spy.Win32.Zbot.gen</td><td><b>HIGH</b></td><td>steals passwords</td></tr>
<tr bgcolor="#ffdddd"><td>Worm.Win32.Conficker.b</td><td><b>HIGH</b></td><td>spreads on network</td></tr>
<tr bgcolor="#fff2cc"><td>Backdoor.Win32.Rbot.aftm</td><td>MEDIUM</td><td>remote access</td></tr>
<tr bgcolor="#eeeeee"><td>Adware.Win32.Virtumonde</td><td>LOW</td><td>pop-ups</td></tr>
</table>
Your credit card numbers, e-mail passwords and online banking details may be sent to criminals <b>RIGHT NOW</b>.
Windows cannot remove these threats by itself.<br><br>
<a href="http://%s/download/AntivirusPro2010_setup.exe" style="background:#2e8b57;color:#fff;padding:6px 14px;text-decoration:none;font-weight:bold;">Remove all threats now</a>
</td></tr></table>
</body></html>
""" % (nthreat, host)
    bnd = bnd_oe(r, t)
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="Windows-1252"', text, "7bit"),
        leaf('text/html;\n\tcharset="Windows-1252"', html, "base64"),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 2, 19)
    rd = dyn(r, bot, "kabelnet-ost.de", "dyn")
    hs = [
        ("Received", rcv_sendmail(r, t1, -300, "%s" % letters(r, 3).upper() + "-PC", rd, bot,
                                  "mail.gravelpit-records.test", rcpt, ver="8.14.3/8.14.3",
                                  tzname="EST")),
        ("From", '"Microsoft Security Center" <securityalert@%s>' % host),
        ("To", "<%s>" % rcpt),
        ("Subject", "Critical Alert: %d threats found on your PC" % nthreat),
        ("Date", date(t, 60)),
        ("Message-ID", mid_oe(r, host, t)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "AcpcH" + b64rand(r, 15)[:19]),
        ("Content-Language", "en-us"),
    ]
    return "spam", message(hs, body)


# e24 -- image-only pharmacy GIF + fake headlines text, 2007, broken Message-ID
HEADLINES = [
    "Senate panel delays vote on %s subsidy bill",
    "Storm knocks out power to %d,000 homes in the Midwest",
    "Oil slips below $%d as inventories rise",
    "Police search for suspect after %s store robbery",
    "Researchers link %s diet to longer life",
    "Airline cancels %d flights amid pilot dispute",
    "Court rules against %s in patent case",
    "Shares of %s maker jump on takeover talk",
    "Mayor unveils plan for new %s stadium",
    "Drought pushes %s prices to record high",
]


def e24(r):
    t = T(2007, 5, 14, 11, 3, r.randint(0, 59))
    rcpt = "malcolm@tiddingtonfarm.example"
    bot = ip(r, 88)
    cv = Canvas(210, 84, 0)
    cv.rect(0, 0, 210, 84, 0)
    cv.rect(0, 0, 210, 16, 1)
    cv.text(8, 3, "ONLINE PHARMACY", 0, 2)
    cv.text(8, 22, "VIAGRA  $1.62", 2, 2)
    cv.text(8, 36, "CIALIS  $1.99", 2, 2)
    cv.text(8, 50, "VALIUM  $1.21", 2, 2)
    cv.text(8, 66, "TYPE: RX-WORLD7 .COM", 3, 2)
    cv.noise(r, 420, [0, 4, 5])
    g = gif(cv, [(255, 255, 255), (0, 102, 204), (204, 0, 0), (0, 0, 0),
                 (240, 240, 250), (250, 235, 235), (0, 0, 0), (0, 0, 0)])
    lines = []
    for hl in r.sample(HEADLINES, 5):
        lines.append(hl % (r.choice(WORDS) if "%s" in hl else r.randint(12, 90)))
    text = "\n".join(lines) + "\n\n" + tokens(r, 7) + "\n" + tokens(r, 6) + "\n"
    bnd = "--%s" % hexs(r, 12).upper()
    body = multi('multipart/mixed; boundary="%s"', bnd, [
        leaf("text/plain; charset=us-ascii", text, "7bit"),
        leaf('image/gif; name="%s.gif"' % letters(r, 5), g, "base64",
             extra=[("Content-Disposition", "inline")]),
    ])
    t1 = later(t, r, 3, 35)
    hs = [
        ("Received", rcv_postfix(r, t1, 60, "[%s]" % bot, None, bot, "mx.tiddingtonfarm.example",
                                 rcpt, tzname="BST")),
        ("Message-Id", "%s.%s@%s" % (hexs(r, 8), hexs(r, 4), letters(r, 6))),
        ("From", "%s %s <%s@%s>" % (r.choice(["Cornelius", "Myrtle", "Ignacio"]),
                                   r.choice(["Haley", "Stout", "Quinn"]), letters(r, 6), "aol.com")),
        ("To", "malcolm@tiddingtonfarm.example"),
        ("Subject", "%s %s %s" % (r.choice(WORDS), r.choice(WORDS), letters(r, 3))),
        ("Date", date(t, -120)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e25 -- word salad with literature paragraphs + a link, 2006
LIT25 = [
    "The old clergyman had never, in all his years at the parish, seen the river rise so high.",
    "He stood at the window with his hands folded behind him and watched the water cover the lower meadow.",
    "Miss Harwood came in with the lamp, though it was barely four o'clock, and set it on the sideboard without a word.",
    "There was in her manner something of the reproach which a younger sister reserves for an elder who has been foolish.",
    "At the inn they spoke of nothing but the bridge, and whether the coach from Ashby would come through by morning.",
    "A carter who had crossed it at noon declared that the stones had shifted beneath his wheels like loose teeth.",
    "Nobody believed him, and everybody repeated it.",
    "Toward evening the wind turned, and the smell of the sea came up the valley, which the older people said was a bad sign.",
    "She had written three letters that week and burned two of them, and the third lay unsent in the drawer of her desk.",
    "It was addressed to a gentleman in London whose name she had not spoken aloud in eleven years.",
    "The doctor's gig went by twice before supper, and the second time it did not come back.",
    "Her brother said that a sensible woman would go to bed, and she said that a sensible man would not have built his house so near the water.",
]


def e25(r):
    t = T(2006, 2, 17, 21, 26, r.randint(0, 59))
    rcpt = "agnes.mcbride@larchholm.test"
    bot = ip(r, 83)
    sents = LIT25[:]
    r.shuffle(sents)
    paras = []
    i = 0
    while i < len(sents):
        n = r.randint(2, 4)
        paras.append(wrap(" ".join(sents[i:i + n]), 70))
        i += n
    head = """%s,

Pay less for your software, meds and watches - the best prices online.
http://%s.cheap-bestdeal-mart.info/

""" % (r.choice(["Hey", "Hi there", "Hello"]), letters(r, 4))
    text = head + "\n\n".join(paras) + "\n"
    ent = leaf("text/plain; charset=\"iso-8859-1\"", text, "quoted-printable")
    t1 = later(t, r, 2, 20)
    hs = [
        ("Received", rcv_exim(r, t1, 0, "adsl-%s" % bot.replace(".", "-"), dyn(r, bot, "uk-homedsl.net", "adsl"), bot,
                              "mail.larchholm.test", rcpt, ver="4.60")),
        ("Message-ID", "<%s.%s@%s>" % (hexs(r, 8).upper(), hexs(r, 6), "larchholm.test")),
        ("Date", date(t, 0)),
        ("From", "\"%s %s\" <%s@%s>" % (r.choice(["Horace", "Imelda", "Rupert"]), r.choice(["Gale", "Benton", "Foley"]),
                                        letters(r, 7), "larchholm.test")),
        ("User-Agent", "Thunderbird 1.5.0.9 (Windows/20061207)"),
        ("MIME-Version", "1.0"),
        ("To", rcpt),
        ("Subject", "%s of the %s" % (r.choice(WORDS), r.choice(WORDS))),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e26 -- German: Kredit ohne Schufa, 2005, iso-8859-1 QP, encoded subject
def e26(r):
    t = T(2005, 8, 23, 8, 12, r.randint(0, 59))
    rcpt = "h.brandauer@weidenhof-gmbh.test"
    bot = ip(r, 84)
    text = """Sehr geehrte Damen und Herren,

Sie brauchen dringend Geld, aber Ihre Hausbank sagt NEIN?
Wir vermitteln Kredite OHNE SCHUFA-Auskunft von 2.500 bis 50.000 Euro -
auch bei negativer Schufa, für Selbständige, Arbeitslose und Rentner!

  * Sofortzusage innerhalb von 24 Stunden
  * Keine Vorkosten, keine versteckten Gebühren
  * Niedrige Zinsen ab 4,9%% effektiver Jahreszins
  * Auszahlung direkt auf Ihr Konto
  * Diskrete Abwicklung - Ihr Arbeitgeber erfährt nichts

Füllen Sie einfach unseren kostenlosen Kreditantrag aus:
http://www.kredit-ohne-schufa-%s.de/antrag.php?p=%s

Oder rufen Sie uns an: 0180 / %s %s (12 Cent/Min.)

Mit freundlichen Grüßen
Ihr Team der Finanzvermittlung Kessler & Partner

----
Wenn Sie keine weiteren Angebote wünschen, antworten Sie bitte mit
"abmelden" im Betreff.
""" % (letters(r, 3), digits(r, 5), digits(r, 3), digits(r, 4))
    ent = leaf("text/plain; charset=\"iso-8859-1\"", text, "quoted-printable")
    t1 = later(t, r, 2, 30)
    rd = dyn(r, bot, "dialin.t-netz-dsl.de", "pool")
    hs = [
        ("Received", rcv_postfix(r, t1, 120, rd, rd, bot, "mail.weidenhof-gmbh.test", rcpt,
                                 tzname="CEST")),
        ("Message-ID", mid_oe(r, "kessler-finanz", t)),
        ("From", "\"Finanzvermittlung Kessler\" <info@kessler-finanzpartner.de>"),
        ("To", "<%s>" % rcpt),
        ("Subject", ew("Kredit ohne Schufa - Sofortzusage für Sie!", "iso-8859-1", "Q")),
        ("Date", date(t, 120)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1106"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1106"),
    ]
    return "spam", message(hs, ent)


# e27 -- Russian: accountants' seminar, 2008, koi8-r base64 html, The Bat!
def e27(r):
    t = T(2008, 10, 7, 6, 55, r.randint(0, 59))
    rcpt = "office@severnaya-torg.test"
    bot = ip(r, 91)
    ph = "(495) %s-%s-%s" % (digits(r, 3), digits(r, 2), digits(r, 2))
    html = """<html><body>
<p align="center"><font face="Arial" size="4" color="#990000"><b>Налоговые проверки 2008:<br>как защитить компанию</b></font></p>
<p><font face="Arial" size="2">Приглашаем главных бухгалтеров, финансовых директоров и руководителей
организаций на практический семинар <b>23-24 октября 2008 г.</b> (Москва, м. Таганская).</font></p>
<p><font face="Arial" size="2"><b>Программа семинара:</b></font></p>
<ul>
<li><font face="Arial" size="2">Новый порядок назначения выездных проверок. Критерии отбора налогоплательщиков.</font></li>
<li><font face="Arial" size="2">Права и обязанности сторон при проверке. Как вести себя с инспектором.</font></li>
<li><font face="Arial" size="2">Обоснованность налоговой выгоды: позиция ВАС РФ и арбитражная практика.</font></li>
<li><font face="Arial" size="2">Оптимизация НДС и налога на прибыль законными методами.</font></li>
<li><font face="Arial" size="2">Обжалование решений налоговых органов. Досудебный порядок.</font></li>
</ul>
<p><font face="Arial" size="2">Ведущий: практикующий налоговый консультант, к.э.н., автор более 40 публикаций.</font></p>
<p><font face="Arial" size="2">Стоимость участия: 9 800 руб. (НДС не облагается). В стоимость входят раздаточный материал,
обед и кофе-брейки. Выдается сертификат.</font></p>
<p><font face="Arial" size="3"><b>Регистрация по телефону: %s</b></font></p>
<p><font face="Arial" size="1" color="#999999">Если данная информация Вам не интересна, просим извинить за беспокойство.</font></p>
</body></html>
""" % ph
    ent = leaf("text/html; charset=koi8-r", html, "base64")
    t1 = later(t, r, 3, 50)
    rd = dyn(r, bot, "ip.mts-home.ru", "dynamic")
    frm = ew("Учебный центр", "koi8-r", "B")
    hs = [
        ("Received", rcv_exim(r, t1, 240, letters(r, 5), rd, bot, "mx.severnaya-torg.test", rcpt,
                              ver="4.69")),
        ("Date", date(t, 240, zero=True)),
        ("From", "%s <seminar@%s.ru>" % (frm, "ucheb-centr-" + letters(r, 4))),
        ("X-Mailer", "The Bat! (v4.0.24) Professional"),
        ("Reply-To", "%s <seminar@%s.ru>" % (frm, "nalog-seminar-msk")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", mid_bat(r, t + datetime.timedelta(hours=4), "severnaya-torg.test")),
        ("To", rcpt),
        ("Subject", ew_multi("Налоговые проверки 2008 - семинар", "koi8-r", "B", 18)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e28 -- greeting card malware lure, 2007, link to an .exe on a bare IP (inert)
def e28(r):
    t = T(2007, 8, 9, 19, 1, r.randint(0, 59))
    rcpt = "lottie.grainger@peasholm-vets.example"
    bot = ip(r, 76)
    lip = docip(r, 2)
    who = r.choice(["a family member", "a friend", "a school-mate", "a neighbour"])
    text = """Good day.

You've received a postcard from %s!

You can pick up your postcard at the following web address:
http://%s/ecard.exe

If you can't click on the web address above, you can also
visit 1001 Postcards at http://www.1001-postcards-web.com/pickup.aspx
and enter your pickup code, which is: %s

(Your postcard will be available for 60 days.)

Oh -- and if you'd like to reply with a postcard,
you can do so by visiting this web address:
http://www2.1001-postcards-web.com/
(Or you can simply click the "reply to this postcard"
button beneath your postcard!)

We hope you enjoy your postcard, and if you do,
please take a moment to send a few yourself!

Regards,
1001 Postcards
http://www.1001-postcards-web.com/
""" % (who, lip, "d%s%s" % (digits(r, 2), hexs(r, 8)))
    ent = leaf("text/plain; charset=\"iso-8859-1\"", text, "7bit")
    t1 = later(t, r, 1, 25)
    hs = [
        ("Return-Path", "<greeting@1001-postcards-web.com>"),
        ("Received", rcv_sendmail(r, t1, -300, "%s" % letters(r, 7), dyn(r, bot, "rr-cable.net", "cable"),
                                  bot, "mx1.peasholm-vets.example", rcpt, ver="8.13.8/8.13.8",
                                  tzname="CDT")),
        ("Message-ID", "<%s%s$%s@%s>" % (hexs(r, 6), digits(r, 4), hexs(r, 6), letters(r, 8))),
        ("From", "\"1001 Postcards\" <greeting@1001-postcards-web.com>"),
        ("To", "<%s>" % rcpt),
        ("Subject", "You've received a postcard from %s!" % who),
        ("Date", date(t, -300)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.3138"),
    ]
    return "spam", message(hs, ent)


# e29 -- UPS "delivery problem", 2009, zip placeholder attached
def e29(r):
    t = T(2009, 7, 14, 12, 37, r.randint(0, 59))
    rcpt = "denholm.rees@cobalt-fittings.test"
    bot = ip(r, 77)
    nr = digits(r, 7)
    text = """Dear customer.

The parcel was sent your home address.
And it will arrive within 3 business day.

More information and the tracking number
are attached in document below.

Thank you
(c) 1994-2009 United Parcel Service of America, Inc.
"""
    z = zip_one("UPS_invoice_NR%s.txt" % nr,
                "Placeholder invoice text only - no program inside.\r\n",
                (2009, 7, 14, 10, 2, 44))
    bnd = bnd_oe(r, t)
    body = multi('multipart/mixed;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="Windows-1250"', text, "7bit"),
        leaf('application/x-zip-compressed;\n\tname="UPS_invoice_NR%s.zip"' % nr, z, "base64",
             extra=[("Content-Disposition", 'attachment;\n\tfilename="UPS_invoice_NR%s.zip"' % nr)]),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 2, 30)
    rd = dyn(r, bot, "tpnet-dsl.pl", "host")
    hs = [
        ("Received", rcv_postfix(r, t1, 60, rd, rd, bot, "mail.cobalt-fittings.test", rcpt,
                                 tzname="BST")),
        ("Message-ID", mid_oe(r, letters(r, 8), t)),
        ("From", "\"UPS Packages\" <%s.%s@ups-parcel-notify.com>" % (letters(r, 5), digits(r, 3))),
        ("To", "<%s>" % rcpt),
        ("Subject", "UPS Delivery Problem NR %s" % nr),
        ("Date", date(t, 120)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2600.0000"),
    ]
    return "spam", message(hs, body)


# e30 -- PHISH: Bank of America "verify your account", 2007, compromised Exim/cPanel PHP
def e30(r):
    t = T(2007, 11, 27, 3, 48, r.randint(0, 59))
    rcpt = "graham.tolliver@seabright-homes.example"
    srv = "server%d.cheaphost-%s.com" % (r.randint(10, 300), letters(r, 4))
    sip = ip(r, 67)
    link = "http://%s.boa-sitekey-verify.info/sas/signon.do" % letters(r, 5)
    html = """<html><head><title>Bank of America</title></head>
<body style="font-family:Verdana,Arial;font-size:12px;color:#000;">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="border-bottom:3px solid #c00;padding:6px;"><font face="Verdana" size="4" color="#003366"><b>Bank of America</b></font> <font color="#c00">&#9632;</font> <font size="1">Higher Standards</font></td></tr>
<tr><td style="padding:14px;">
<b>Online Banking Alert</b><br><br>
Dear Bank of America customer,<br><br>
We are contacting you to remind you that on %s our Account Review Team identified some unusual activity
in your account. In accordance with Bank of America's User Agreement and to ensure that your account has not
been compromised, access to your account was limited. Your account access will remain limited until this
issue has been resolved.<br><br>
To restore your account access, please sign in to Online Banking and confirm your SiteKey and identity information:<br><br>
<a href="%s">https://sitekey.bankofamerica.com/sas/signon.do</a><br><br>
If your account information is not updated within 48 hours, your ability to access your account will become restricted.<br><br>
Thank you for banking with us.<br>
Bank of America Online Banking Security
</td></tr>
<tr><td style="font-size:10px;color:#666;padding:6px;border-top:1px solid #ccc;">Bank of America, N.A. Member FDIC. Equal Housing Lender.
&copy; 2007 Bank of America Corporation. All rights reserved.</td></tr>
</table></body></html>
""" % ("%s %d, 2007" % (MON[10], r.randint(18, 25)), link)
    ent = leaf("text/html; charset=\"iso-8859-1\"", html, "quoted-printable")
    t1 = later(t, r, 0, 1)
    t2 = later(t1, r, 3, 40)
    hs = [
        ("Received", rcv_postfix(r, t2, -480, srv, srv, sip, "mx.seabright-homes.example", rcpt,
                                 proto="ESMTP", tzname="PST")),
        ("Received", rcv_exim_local(r, t1, -360, srv, "nobody", ver="4.68")),
        ("To", rcpt),
        ("Subject", "Bank of America Alert: Unusual Account Activity"),
        ("From", "Bank of America <onlinebanking@bofa-alerts-mail.com>"),
        ("Reply-To", "noreply@bofa-alerts-mail.com"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("Message-Id", "<E1%s-%s-%s@%s>" % (b62(r, 5), b62(r, 6), b62(r, 2), srv)),
        ("Date", date(t, -360, zero=True)),
    ]
    return "phish", message(hs, ent)


# e31 -- Canadian pharmacy #2, 2011, From forged as the recipient's own domain, html only base64
def e31(r):
    t = T(2011, 9, 19, 10, 8, r.randint(0, 59))
    dom = "kinloch-partners.example"
    rcpt = "a.mcintyre@" + dom
    bot = ip(r, 186)
    site = "canadian-healthcaremall-%s.ru" % letters(r, 4)
    offer = r.randint(70, 82)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table align="center" width="600" style="font-family:Arial;font-size:13px;border:1px solid #d0d0d0;">
<tr><td style="background:#cc0000;color:#ffffff;padding:10px;font-size:20px;"><b>Canadian Health&amp;Care Mall</b></td></tr>
<tr><td style="padding:12px;">
<p style="font-size:16px;"><b>Special offer: up to %d%% OFF</b> for returning customers!</p>
<table width="100%%" cellpadding="4">
<tr><td>Viagra (Sildenafil) 100mg</td><td align="right"><b>$0.99</b> per pill</td></tr>
<tr><td>Cialis (Tadalafil) 20mg</td><td align="right"><b>$1.49</b> per pill</td></tr>
<tr><td>Viagra Soft Tabs</td><td align="right"><b>$1.35</b> per pill</td></tr>
<tr><td>Propecia, Lipitor, Valtrex, Zithromax</td><td align="right">from <b>$0.45</b></td></tr>
</table>
<p>&bull; Bonus 4 free pills with every order<br>&bull; Free AirMail shipping on orders over $200<br>
&bull; 100%% satisfaction guaranteed &bull; Secure online payment (Visa, MasterCard, AmEx)</p>
<p align="center"><a href="http://%s/?%s" style="font-size:18px;color:#cc0000;"><b>ENTER SHOP</b></a></p>
</td></tr>
<tr><td style="font-size:9px;color:#999;padding:8px;">Copyright &copy; 2001-2011 Canadian Health&amp;Care Mall. All Rights Reserved.</td></tr>
</table>
</body></html>
""" % (offer, site, letters(r, 6))
    ent = leaf("text/html; charset=\"utf-8\"", html, "base64")
    t1 = later(t, r, 1, 9)
    t2 = later(t1, r, 0, 1)
    fake = r.choice(["lorraine", "dwight", "sheena"])
    rd = dyn(r, bot, "speedy-arnet.com.ar", "host")
    hs = [
        ("Return-Path", "<%s@%s>" % (fake, dom)),
        ("X-Original-To", rcpt),
        ("Delivered-To", rcpt),
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby mx.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            dom, postfix_id(r), rcpt, date(t2, 60, comment="BST"))),
        ("Received", rcv_postfix(r, t1, 60, rd, rd, bot, "mx.%s" % dom, rcpt, tzname="BST")),
        ("Received-SPF", "none (%s: No applicable sender policy available) receiver=mx.%s; identity=mailfrom; envelope-from=\"%s@%s\"; helo=%s; client-ip=%s" % (
            dom, dom, fake, dom, rd, bot)),
        ("From", "\"%s\" <%s@%s>" % (fake.capitalize(), fake, dom)),
        ("To", "<%s>" % rcpt),
        ("Subject", "Dear %s %d%% 0FF on Pfizer" % (rcpt.split("@")[0], offer)),
        ("Date", date(t, -180)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("Message-ID", "<%s%s.%s@%s>" % (hexs(r, 8).upper(), digits(r, 4), hexs(r, 6).upper(), dom)),
    ]
    return "spam", message(hs, ent)


# e32 -- penny-stock newsletter, 2012, clean ESP, long text + html, paid disclaimer
def e32(r):
    t = T(2012, 3, 12, 13, 45, r.randint(0, 59))
    rcpt = "investor.dwight@sandmoor.test"
    esp = "m%d.tradestreet-mailer.com" % r.randint(11, 49)
    espip = ip(r, 69)
    text = """MICROCAP MOMENTUM REPORT - Special Edition

Today's Pick: NovaLith Energy Corp.  (OTCQB: NVLT)
Recent price: $0.38   |  52-week high: $1.12  |  Our 30-day target: $1.25

Dear Subscriber,

The race for domestic lithium is on, and NVLT may be the best kept secret
on the OTC market. Last week the company announced drill results from its
Clayton Valley property showing lithium brine concentrations that
management calls "highly encouraging." With electric car makers scrambling
for supply, even a small producer could be worth many times its current
market cap of just $14 million.

Why we are watching NVLT now:

 1. Fully permitted 4,400-acre project in Nevada's only producing lithium
    basin.
 2. Letter of intent with an Asian battery manufacturer for future offtake.
 3. Management team with three previous successful exits.
 4. Volume up 600%% over the 10-day average - the smart money is already
    moving in.

We believe NVLT could double before the end of the month. Put it on your
radar before the opening bell on Monday!

Read the full report: http://www.microcap-momentum.net/reports/nvlt

Sincerely,
The Microcap Momentum Research Desk

DISCLAIMER: Microcap Momentum is a paid advertiser. We have been
compensated $150,000 by a non-affiliated third party for a two-week
awareness campaign regarding NVLT and may be paid additional amounts.
This is not a solicitation to buy or sell securities. Our owners may hold
and sell shares of the profiled company at any time, including during this
campaign. Investing in microcap stocks is highly speculative and you could
lose your entire investment. Always do your own research and consult a
licensed financial advisor. Forward-looking statements are subject to
risks and uncertainties.

To unsubscribe, visit http://www.microcap-momentum.net/unsubscribe/%s
Microcap Momentum, 1021 Ocean Ave #220, Miami Beach FL 33139
""" % hexs(r, 10)
    html = "<html><body style=\"font-family:Georgia,serif;font-size:14px;\">" + "".join(
        "<p>%s</p>\n" % p.replace("\n", " ").replace("&", "&amp;") for p in text.split("\n\n")) + "</body></html>\n"
    bnd = bnd_java(r)
    body = multi('multipart/alternative; \n\tboundary="%s"', bnd, [
        leaf("text/plain; charset=UTF-8", text, "7bit"),
        leaf("text/html; charset=UTF-8", html, "quoted-printable"),
    ])
    t1 = later(t, r, 1, 4)
    t2 = later(t1, r, 0, 2)
    hs = [
        ("Received", "from mx-in2.sandmoor.test (mx-in2.sandmoor.test [10.10.4.2])\n\tby mbox1.sandmoor.test (Cyrus v2.3.16) with LMTPA;\n\t %s" % date(t2, -240)),
        ("Received", rcv_postfix(r, t1, -240, esp, esp, espip, "mx-in2.sandmoor.test", rcpt,
                                 proto="ESMTP", tzname="EDT")),
        ("DKIM-Signature", "v=1; a=rsa-sha256; d=microcap-momentum.net; s=mail;\n\tc=relaxed/relaxed; q=dns/txt; i=@microcap-momentum.net; t=%d;\n\th=From:Subject:Date:To:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s" % (
            int((t - datetime.datetime(1970, 1, 1)).total_seconds()), b64rand(r, 32), b64rand(r, 128))),
        ("Date", date(t, -240)),
        ("From", "Microcap Momentum <research@microcap-momentum.net>"),
        ("Reply-To", "research@microcap-momentum.net"),
        ("To", rcpt),
        ("Message-ID", mid_javamail(r, t, esp)),
        ("Subject", "NVLT: Lithium junior could double this month"),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("List-Unsubscribe", "<mailto:remove@microcap-momentum.net?subject=unsubscribe>"),
        ("X-Mailer", "ActiveCampaign"),
    ]
    return "spam", message(hs, body)


# e33 -- replica watches #2, 2011, html with table, forged "Re:" subject
def e33(r):
    t = T(2011, 11, 22, 4, 30, r.randint(0, 59))
    rcpt = "fergus.lyle@castlebrae-print.example"
    bot = ip(r, 113)
    shop = "luxwatch%s.com" % digits(r, 3)
    models = [("Rolex Submariner", "$219"), ("Omega Seamaster Planet Ocean", "$199"),
              ("TAG Heuer Carrera", "$179"), ("Breitling Navitimer", "$229"),
              ("Panerai Luminor Marina", "$239"), ("IWC Portuguese", "$209")]
    pick = r.sample(models, 5)
    rows = "\n".join('<tr><td style="padding:3px 10px;">%s</td><td style="color:#b8860b;font-weight:bold;">%s</td></tr>' % m for m in pick)
    html = """<html><body>
<div style="font-family:'Times New Roman',serif;font-size:15px;">
<p>Is your wrist naked? Make it shine with a perfect Swiss replica!</p>
<table style="border:1px solid #b8860b;font-size:14px;">
%s
</table>
<p>Automatic movement &bull; 316L steel &bull; scratch-proof sapphire &bull; 1 year warranty.<br>
Holiday special: buy 2 and get FREE express delivery to your door.</p>
<p><a href="http://www.%s/">http://www.%s/</a></p>
</div>
<div style="color:#ffffff;font-size:2px;">%s</div>
</body></html>
""" % (rows, shop, shop, salad(r, 20))
    ent = leaf("text/html; charset=\"ISO-8859-1\"", html, "7bit")
    t1 = later(t, r, 2, 50)
    rd = dyn(r, bot, "tcvn-broadband.vn", "static")
    name = r.choice(["Kaye Lindgren", "Tobias Farrow", "Imani Royce"])
    hs = [
        ("Received", rcv_exim(r, t1, 0, "[%s]" % bot, rd, bot, "mx1.castlebrae-print.example", rcpt,
                              ver="4.76", proto="esmtp")),
        ("Date", date(t, 420)),
        ("From", "%s <%s@%s>" % (name, name.split()[1].lower() + digits(r, 3), "saigon-netmail.vn")),
        ("To", "<%s>" % rcpt),
        ("Message-ID", "<%s@%s>" % (hexs(r, 16), "saigon-netmail.vn")),
        ("Subject", "Re: your order #%s" % digits(r, 5)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e34 -- OEM software #2, 2009, plain text list, 8bit iso-8859-1
def e34(r):
    t = T(2009, 5, 6, 16, 11, r.randint(0, 59))
    rcpt = "webmaster@quillon-arch.test"
    bot = ip(r, 87)
    shop = "softwarez-%s.in" % letters(r, 5)
    text = """Adobe CS4 Master Collection ... $299.95  (retail $2,499)
Adobe Photoshop CS4 Extended .... $79.95
Microsoft Office 2007 Enterprise  $79.95
Windows Vista Ultimate SP1 ...... $79.95
Windows 7 Ultimate (NEW!) ....... $99.95
AutoCAD 2010 .................... $199.95
Mac OS X 10.5 Leopard ........... $69.95
Nero 9 Reloaded ................. $29.95

All software is original english/german/french/italian/spanish versions
with the serial number. Instant download after payment - no waiting for
delivery! Money-back guarantee if the program doesn't install.

--> http://www.%s/

We speak your language: english, deutsch, français, italiano, español.
""" % shop
    ent = leaf("text/plain; charset=ISO-8859-1; format=flowed", text, "8bit")
    t1 = later(t, r, 1, 30)
    rd = dyn(r, bot, "ono-cable.es", "dynamic")
    hs = [
        ("Return-Path", "<%s@%s>" % (letters(r, 6), "quillon-arch.test")),
        ("Received", rcv_sendmail(r, t1, -300, rd, rd, bot, "mail.quillon-arch.test", rcpt,
                                  ver="8.14.3/8.14.3", tzname="CDT")),
        ("Message-ID", "<%s%s@%s>" % (hexs(r, 12).upper(), hexs(r, 4), rd)),
        ("Date", date(t, 120)),
        ("From", "\"Software Shop\" <%s@quillon-arch.test>" % letters(r, 6)),
        ("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 5.1; es-ES; rv:1.8.1.21) Gecko/20090302 Thunderbird/2.0.0.21"),
        ("MIME-Version", "1.0"),
        ("To", rcpt),
        ("Subject", "Windows 7 for $99.95, Office 2007 - $79.95"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e35 -- 419 bank manager / dormant account, 2004, plain text, webmail with X-Originating-IP
def e35(r):
    t = T(2004, 9, 15, 9, 57, r.randint(0, 59))
    rcpt = "hnakamura@drummondale.example"
    origin = ip(r, 196)
    web = "mail.afrinet-postbox.com"
    wip = ip(r, 213)
    text = """FROM THE DESK OF: MR. KOFI ASANTE-MENSAH
AUDIT AND ACCOUNTING MANAGER,
GOLDCOAST UNION BANK LTD,
ACCRA, GHANA.

ATTN: THE PRESIDENT/CEO

STRICTLY CONFIDENTIAL

I am Mr. Kofi Asante-Mensah, the Audit and Accounting Manager of
Goldcoast Union Bank, Accra. I am writing in respect of a foreign customer
of our bank, Engr. Robert Nakamura, who perished with his wife and only
daughter in the Kenya Airways crash off the coast of Abidjan in January
2000. Since then our bank has been expecting his next of kin to come
over and claim his money, which is US$18.5M (Eighteen Million Five
Hundred Thousand Dollars) lying in a dormant domiciliary account.

Our bank regulations stipulate that any account that remains unclaimed
for five years will be transferred into the bank treasury as unclaimed
fund. The request of a foreigner as next of kin in this business is
occasioned by the fact that the customer was a foreigner and a Ghanaian
cannot stand as next of kin to a foreigner. Since you share the same last
name, I am prepared to present you as the beneficiary.

I have the full cooperation of two senior officers of the bank and we
have agreed that 30%% of the money will be for you as foreign partner,
65%% for us and 5%% to cover any expenses incurred during the transfer.
This transaction is 100%% risk free and will be concluded within ten
working days of your response.

Please treat this matter with utmost confidentiality and reply with your
full names, private telephone and fax numbers to my private email:
kofiasante_m%s@afrinet-postbox.com

Best regards,
Mr. Kofi Asante-Mensah
""" % digits(r, 2)
    ent = leaf("text/plain; charset=\"us-ascii\"", text, "7bit")
    t1 = later(t, r, 1, 2)
    t2 = later(t1, r, 3, 40)
    hs = [
        ("Received", rcv_postfix(r, t2, -420, web, web, wip, "mx.drummondale.example", rcpt,
                                 tzname="PDT")),
        ("Received", "from [%s] by %s\n\twith HTTP; %s" % (origin, web, date(t1, 0, comment="GMT"))),
        ("X-Originating-IP", "[%s]" % origin),
        ("X-Mailer", "AfriNet Webmail v2.1"),
        ("From", "\"Mr. Kofi Asante-Mensah\" <kofi_asante@afrinet-postbox.com>"),
        ("To", rcpt),
        ("Subject", "URGENT AND CONFIDENTIAL BUSINESS PROPOSAL"),
        ("Date", date(t, 0)),
        ("Message-ID", "<%s.%s.%s.%s@%s>" % (digits(r, 5), digits(r, 10), "JavaMail", "nobody", web)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)


# e36 -- PHISH: IRS tax refund, 2008, multipart/alternative, windows-1252 qp
def e36(r):
    t = T(2008, 3, 4, 22, 33, r.randint(0, 59))
    rcpt = "beverly.quade@tamarackfields.test"
    srv = "www.%s-kindergarten.org" % letters(r, 6)
    sip = ip(r, 72)
    amount = "%d.%02d" % (r.randint(180, 650), r.randint(0, 99))
    link = "http://%s/.irs/refund/index.php?id=%s" % (srv, digits(r, 8))
    text = """Internal Revenue Service
United States Department of the Treasury

Tax Refund Notification

After the last annual calculations of your fiscal activity we have
determined that you are eligible to receive a tax refund of $%s.

Please submit the tax refund request and allow us 6-9 days in order to
process it.

A refund can be delayed for a variety of reasons. For example submitting
invalid records or applying after the deadline.

To access the form for your tax refund, please click here:
%s

Regards,
Internal Revenue Service

(c) Copyright 2008, Internal Revenue Service U.S.A. All rights reserved.
""" % (amount, link)
    html = """<html><body>
<table width="620" border="0" cellpadding="8"><tr><td bgcolor="#003366"><font face="Arial" size="4" color="#ffffff"><b>IRS</b> Internal Revenue Service</font><br>
<font face="Arial" size="1" color="#cccccc">United States Department of the Treasury</font></td></tr>
<tr><td><font face="Arial" size="2">
<b>Tax Refund Notification</b><br><br>
After the last annual calculations of your fiscal activity we have determined that you are eligible to receive a tax
refund of <b>$%s</b>.<br>
Please submit the tax refund request and allow us 6-9 days in order to process it.<br><br>
A refund can be delayed for a variety of reasons. For example submitting invalid records or applying after the deadline.<br><br>
To access the form for your tax refund, please <a href="%s">click here</a>.<br><br>
Regards,<br>Internal Revenue Service</font></td></tr>
<tr><td><font face="Arial" size="1" color="#666666">&copy; Copyright 2008, Internal Revenue Service U.S.A. All rights reserved.</font></td></tr>
</table></body></html>
""" % (amount, link)
    bnd = "----=_Part_%s" % hexs(r, 24)
    body = multi('multipart/alternative; boundary="%s"', bnd, [
        leaf("text/plain; charset=windows-1252", text, "quoted-printable"),
        leaf("text/html; charset=windows-1252", html, "quoted-printable"),
    ])
    t1 = later(t, r, 0, 1)
    t2 = later(t1, r, 2, 15)
    hs = [
        ("Return-Path", "<nobody@%s>" % srv),
        ("Received", rcv_sendmail(r, t2, -360, srv, srv, sip, "mx2.tamarackfields.test", rcpt,
                                  ver="8.13.8/8.13.8", proto="ESMTP", tzname="CST")),
        ("Received", rcv_local_php(r, t1, -300, srv, user="nobody")),
        ("Date", date(t, -300)),
        ("Message-Id", "<%s.%s@%s>" % (sendmail_id(r, t), letters(r, 1) + digits(r, 5), srv)),
        ("To", rcpt),
        ("Subject", "Tax Refund Notification (%s)" % digits(r, 6)),
        ("From", "\"Internal Revenue Service\" <refunds@irs-taxrefund-notice.org>"),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "phish", message(hs, body)


# e37 -- 419 barrister / next of kin, 2009, forged yahoo, Reply-To elsewhere
def e37(r):
    t = T(2009, 2, 24, 14, 2, r.randint(0, 59))
    rcpt = "e.weatherby@kilnfield.example"
    bot = ip(r, 41)
    text = """From: Barrister Samuel Oduya (Esq.)
Oduya & Associates Chambers
14 Broad Street, Lagos, Nigeria.

Dear Friend,

Compliments of the day. I am Barrister Samuel Oduya, a solicitor at law
and the personal attorney to late Mr. Peter Weatherby, a national of your
country, who used to work with an oil servicing company here in Nigeria.
On the 21st of April 2006 my client, his wife and their two children were
involved in a car accident along the Lagos-Ibadan expressway. All
occupants of the vehicle unfortunately lost their lives.

Since then I have made several enquiries to your embassy to locate any of
my client's extended relatives, but this has proved unsuccessful. After
these several unsuccessful attempts, I decided to trace his last name
over the internet and that is how I found you. I am contacting you to
assist in repatriating the money and property left behind by my client
before they get confiscated or declared unserviceable by the bank where
this huge deposit was lodged.

The finance company has issued me a notice to provide the next of kin or
have the account confiscated within the next ten official working days.
The deposit is valued at US$9,700,000.00 (Nine Million Seven Hundred
Thousand United States Dollars). I seek your consent to present you as
the next of kin of my late client since you have the same last name, so
that the proceeds of this account can be paid to you. We shall share in
the ratio of 60%% to me and 40%% to you.

All legal documents to back up your claim will be provided by me. All I
require is your honest cooperation to enable us see this deal through. I
guarantee that this will be executed under a legitimate arrangement that
will protect you from any breach of the law.

Please get in touch with me via my private email:
barr.samueloduya%s@chambers-legalmail.com

Best regards,
Barrister Samuel Oduya (Esq.)
""" % digits(r, 2)
    ent = leaf("text/plain; charset=iso-8859-1", text, "quoted-printable")
    t1 = later(t, r, 2, 40)
    hs = [
        ("Received", rcv_postfix(r, t1, 0, "User", None, bot, "mail.kilnfield.example", rcpt,
                                 tzname="GMT")),
        ("Reply-To", "<barr.samueloduya%s@chambers-legalmail.com>" % digits(r, 2)),
        ("From", "\"Barrister Samuel Oduya\" <samuel.oduya%s@yahoo.com>" % digits(r, 2)),
        ("Subject", "ATTENTION: NEXT OF KIN"),
        ("Date", date(t, 60)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "1"),
        ("X-MSMail-Priority", "High"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2600.0000"),
        ("Message-ID", mid_oe(r, "User", t)),
        ("To", "undisclosed-recipients:;"),
    ]
    return "spam", message(hs, ent)


# e38 -- lottery #2: UK promo award + claims agent, 2012, html/text + "PDF"
def e38(r):
    t = T(2012, 1, 30, 11, 20, r.randint(0, 59))
    rcpt = "anil.kotecha@meadowsweet-pharm.test"
    bot = ip(r, 110)
    win = "UK/%s/%s" % (digits(r, 4), digits(r, 3))
    text = """BRITISH SOFT DRINKS PROMOTIONS 2012 - WINNING NOTIFICATION

Congratulations!

Your email address has won GBP 850,000.00 (Eight Hundred and Fifty Thousand
Pounds Sterling) in the 2012 Global Email Promotion draw held in London
on 27th January 2012. Email addresses were randomly selected from an
exclusive list of 60,000,000 worldwide users.

Winning number: %s
Ticket number: %s

To file for your claim, contact our accredited claims agent with the
following details: full name, address, age, occupation, telephone,
and your winning number.

Dr. Harold Winston (Claims Agent)
Email: claims.harold.winston@promo-claimsdesk.co.uk
Tel: +44 70 %s %s

Note: all winnings must be claimed within 14 days. Read the attached
winning certificate for details.

Mrs. Evelyn Crawford
Promotions Coordinator
""" % (win, digits(r, 10), digits(r, 4), digits(r, 4))
    html = "<html><body><font face=\"Arial\" size=\"2\">%s</font></body></html>" % (
        "<br>\n".join(text.replace("&", "&amp;").split("\n")))
    pdf = pdf_stub(["Winning certificate placeholder", "Winning number %s" % win])
    ob = bnd_gm(r)
    ib = bnd_gm(r)
    alt = multi('multipart/alternative; boundary=%s', ib, [
        leaf("text/plain; charset=ISO-8859-1", text, "7bit"),
        leaf("text/html; charset=ISO-8859-1", html, "quoted-printable"),
    ])
    body = multi('multipart/mixed; boundary=%s', ob, [
        alt,
        leaf('application/pdf; name="WINNING CERTIFICATE.pdf"', pdf, "base64",
             extra=[("Content-Disposition", 'attachment; filename="WINNING CERTIFICATE.pdf"')]),
    ])
    t1 = later(t, r, 3, 30)
    rd = dyn(r, bot, "kt-bora.co.kr", "dynamic")
    hs = [
        ("Received", rcv_postfix(r, t1, 0, "%s" % letters(r, 9), rd, bot, "mx1.meadowsweet-pharm.test",
                                 None, proto="ESMTP", tzname="GMT")),
        ("MIME-Version", "1.0"),
        ("Date", date(t, 0)),
        ("Message-ID", "<CAF%s@mail.%s.com>" % (b62(r, 38), "promo-claimsdesk")),
        ("Subject", "Congratulations Winner! Ref: %s" % win),
        ("From", "British Promotions <notification@promo-claimsdesk.co.uk>"),
        ("To", "undisclosed recipients: ;"),
        ("@", None),
    ]
    return "spam", message(hs, body)


# e39 -- online poker bonus, 2004, OE, html + text qp
def e39(r):
    t = T(2004, 11, 20, 23, 5, r.randint(0, 59))
    rcpt = "rusty.delacroix@bayou-tackle.test"
    bot = ip(r, 68)
    room = "acesfullpoker-%s.com" % letters(r, 3)
    text = """Texas Hold'em is the hottest game in America - and now you can play
it from home 24 hours a day!

Join %s today and get a 100%% FIRST DEPOSIT BONUS up to $500.
Thousands of players online right now: Hold'em, Omaha, 7-Card Stud,
limit and no-limit tables from 5 cents to $100/$200. Daily freerolls and
satellite tournaments to the big live events in Las Vegas.

Download our FREE software: http://www.%s/download/

Deal me in!
""" % (room.split("-")[0].upper(), room)
    html = """<HTML><BODY bgColor=#003300>
<TABLE width=500 align=center bgColor=#006600 border=2 borderColor=#ffcc00 cellPadding=10><TR><TD>
<P align=center><FONT face=Georgia color=#ffcc00 size=6><B>&spades; ACES FULL POKER &hearts;</B></FONT></P>
<P><FONT face=Arial color=#ffffff size=2>Texas Hold'em is the hottest game in America &#8211; and now you can play it from home 24 hours a day!</FONT></P>
<P align=center><FONT face=Arial color=#ffff00 size=5><B>100%% FIRST DEPOSIT BONUS<BR>up to $500!</B></FONT></P>
<P><FONT face=Arial color=#ffffff size=2>Thousands of players online right now: Hold'em, Omaha, 7-Card Stud, limit and no-limit
tables from 5 cents to $100/$200. Daily freerolls and satellite tournaments to the big live events in Las Vegas.</FONT></P>
<P align=center><A href="http://www.%s/download/"><FONT face=Arial color=#ffcc00 size=4><B>DOWNLOAD FREE SOFTWARE</B></FONT></A></P>
</TD></TR></TABLE>
<FONT color=#003300 size=1>%s</FONT>
</BODY></HTML>
""" % (room, tokens(r, 12))
    bnd = bnd_oe(r, t)
    body = multi('multipart/alternative;\n\tboundary="%s"', bnd, [
        leaf('text/plain;\n\tcharset="iso-8859-1"', text, "quoted-printable"),
        leaf('text/html;\n\tcharset="iso-8859-1"', html, "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.\n")
    t1 = later(t, r, 5, 80)
    rd = dyn(r, bot, "charter-hsd.net", "dhcp")
    hs = [
        ("Received", rcv_qmail(r, t1, "%s" % letters(r, 6), bot, "mail.bayou-tackle.test",
                               rdns=rd)),
        ("Received", rcv_qmail_net(r, t1)),
        ("Message-ID", mid_oe(r, "%s" % letters(r, 7), t)),
        ("Reply-To", "\"Aces Full Poker\" <%s@%s>" % (letters(r, 5), room)),
        ("From", "\"Aces Full Poker\" <%s@%s>" % (letters(r, 5), room)),
        ("To", rcpt),
        ("Subject", "Deal me in!! 100%% bonus %s" % letters(r, 4)),
        ("Date", date(t, -360)),
        ("MIME-Version", "1.0"),
        ("@", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1158"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1165"),
    ]
    return "spam", message(hs, body)


# e40 -- dating #2, 2013, short text, botnet with gmail-style Message-ID on invented domain
def e40(r):
    t = T(2013, 8, 5, 19, 44, r.randint(0, 59))
    rcpt = "kurt.haverly@foxhollow-it.example"
    bot = ip(r, 178)
    name = r.choice(["Katya", "Alina", "Vika"])
    site = "meetnow-singles%s.com" % digits(r, 2)
    text = """hi) my name is %s, I saw your profile and you seem like really nice
guy. i am new in your city and dont know anybody here yet. i want to meet
someone for fun and maybe more, we will see ;)

my photos and private profile is here %s/u/%s

im online tonight, write me!
kisses
""" % (name, site, letters(r, 6))
    ent = leaf("text/plain; charset=utf-8", text, "7bit")
    t1 = later(t, r, 1, 10)
    t2 = later(t1, r, 0, 1)
    rd = dyn(r, bot, "ukrtelecom-dsl.ua", "dynamic")
    hs = [
        ("Return-Path", "<%s%s@%s>" % (name.lower(), digits(r, 3), site)),
        ("Delivered-To", rcpt),
        ("Received", "from mx1.foxhollow-it.example ([10.0.3.5])\n\tby imap.foxhollow-it.example (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (
            b64rand(r, 16)[:22], rcpt, date(t2, 120))),
        ("Received", rcv_postfix(r, t1, 120, rd, rd, bot, "mx1.foxhollow-it.example", rcpt,
                                 proto="ESMTP", qid=postfix_id(r, 10), tzname="CEST")),
        ("Authentication-Results", "mx1.foxhollow-it.example; spf=none smtp.mailfrom=%s; dkim=none" % site),
        ("From", "%s <%s%s@%s>" % (name, name.lower(), digits(r, 3), site)),
        ("To", rcpt),
        ("Subject", "%s sent you a message" % name),
        ("Date", date(t, 180)),
        ("Message-ID", "<%s@%s>" % (b62(r, 24), site)),
        ("MIME-Version", "1.0"),
        ("@", None),
    ]
    return "spam", message(hs, ent)
