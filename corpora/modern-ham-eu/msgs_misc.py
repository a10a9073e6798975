# Dutch (l46-l50), Croatian/Serbian (l51-l52), Romanian (l53-l54), Czech (l55-l56),
# Greek (l57-l58), Ukrainian (l59-l60) messages.
import random
from datetime import datetime as D, timedelta

import gw
from mimelib import (Clock, addr, attach, dkim, epoch, ew, fmt_date, message, multi, pdf,
                     ole, png, gif1, jpeg_stub, raw_part, ralnum, rb64, rhex, ruuid, text, zipone)


def _ph(plain, style=""):
    return "".join("<p%s>%s</p>\n" % (style, p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n"))
                   for p in plain.strip().split("\n\n"))


def l46():
    r = random.Random(1046)
    t0 = D(2008, 10, 8, 13, 55, 21)
    c = Clock(r, t0)
    t_gw = c.step(0, 1)
    h1 = "from GW-DOM-MTA by gw.waterbeek.example\r\n\twith Novell_GroupWise; " + fmt_date(t_gw, "CET", pad=True)
    h2 = gw.hop(c, "from gw.waterbeek.example ([10.1.1.25])\r\n\tby smtp.waterbeek.example with ESMTP", "CET", 1, 4)
    h3 = gw.kabel(c, "smtp.waterbeek.example", "198.51.100.125", "pieter.devries@kabelnet.test")
    plain = """Geachte heer De Vries,

Op 21 augustus 2008 heeft u een aanvraag ingediend voor een
bouwvergunning voor het plaatsen van een dakkapel aan de achterzijde
van de woning Lindelaan 14 te Waterbeek (kenmerk BV 2008-1182).

Hierbij ontvangt u, zoals door u gevraagd, een digitale kopie van het
besluit. Het college van burgemeester en wethouders heeft de
vergunning op 7 oktober 2008 verleend. Het ondertekende origineel
wordt u deze week per post toegezonden.

Let u op het volgende:
- de vergunning wordt gepubliceerd in het huis-aan-huisblad De
  Waterbode; belanghebbenden kunnen binnen zes weken na verzending
  bezwaar maken;
- u dient de start van de werkzaamheden uiterlijk twee dagen van
  tevoren te melden bij de afdeling Bouw- en Woningtoezicht.

De legeskosten (€ 286,50) worden u met een aparte nota in rekening
gebracht.

Met vriendelijke groet,

namens burgemeester en wethouders van Waterbeek,
J.M. Hoogland
Afdeling Vergunningen en Handhaving
telefoon 0522 - 55 84 00
"""
    t = text(plain, cs="ISO-8859-15", cte="quoted-printable", ct="text/plain; charset=ISO-8859-15")
    a = attach(pdf("Besluit bouwvergunning BV 2008-1182 gemeente Waterbeek"), "application/pdf",
               "Besluit BV 2008-1182.pdf", extra=None)
    body = multi("mixed", [t, a], "=__Part%s.0__=" % rhex(r, 8, True))
    hs = [("Return-Path", "<J.Hoogland@waterbeek.example>"),
          ("Received", h3), ("Received", h2), ("Received", h1),
          ("Received-SPF", "neutral (smtpin.kabelnet.test: 198.51.100.125 is neither permitted nor denied by domain of waterbeek.example)"),
          ("Message-Id", "<48ECBC4A02000067000%s@gw.waterbeek.example>" % rhex(r, 5, True)),
          ("X-Mailer", "Novell GroupWise Internet Agent 7.0.3"),
          ("Date", fmt_date(t0, "CET", pad=True)),
          ("From", "\"Jan Hoogland\" <J.Hoogland@waterbeek.example>"),
          ("To", "<pieter.devries@kabelnet.test>"),
          ("Subject", "Besluit op uw aanvraag bouwvergunning BV 2008-1182"),
          ("*MIME*", None)]
    return message(hs, body)


def l47():
    r = random.Random(1047)
    t0 = D(2013, 4, 29, 8, 3, 15)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from EXMBX01.vervoerregio-oost.local ([169.254.1.43]) by\r\n EXHUB02.vervoerregio-oost.local ([10.7.0.32]) with mapi id 14.02.0342.003", "CET", 0, 1)
    h2 = gw.minvz(c, "mail.vervoerregio-oost.example", "203.0.113.47", "int-ref@minvz.example")
    body_txt = """Beste afzender,

Ik ben afwezig tot en met dinsdag 7 mei en heb beperkt toegang tot mijn
e-mail. Uw bericht wordt niet doorgestuurd.

Voor zaken rond het werkbezoek van 14 mei kunt u contact opnemen met
mijn collega Ruud Verhoef, r.verhoef@vervoerregio-oost.example, telefoon
026 555 7810.

Met vriendelijke groet,
Sanne Bakker
"""
    part = text(body_txt, cs="us-ascii", cte="7bit", ct='text/plain; charset="us-ascii"')
    hs = [("Return-Path", "<>"),
          ("X-Original-To", "int-ref@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("From", "Sanne Bakker <s.bakker@vervoerregio-oost.example>"),
          ("To", "\"int-ref@minvz.example\" <int-ref@minvz.example>"),
          ("Subject", "Automatisch antwoord: Concept agenda werkbezoek 14 mei"),
          ("Thread-Topic", "Concept agenda werkbezoek 14 mei"),
          ("Thread-Index", "Ac5Ewv8JsLDc%s" % rb64(r, 16)),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<2a7c4e19-%s@EXHUB02.vervoerregio-oost.local>" % rhex(r, 12)),
          ("In-Reply-To", "<5D1B8E0A7C3F4D2B9E1A6C7F8B2D4E10@minvz.example>"),
          ("Accept-Language", "nl-NL, en-US"),
          ("Content-Language", "nl-NL"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("*MIME*", None)]
    return message(hs, part)


def l48():
    r = random.Random(1048)
    t0 = D(2018, 6, 19, 14, 27, 3)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from EXCH03.tu-vlieland.example (10.88.1.13) by EXCH01.tu-vlieland.example\r\n (10.88.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.1466.3", "CET", 0, 2)
    h2 = gw.uni(c, "mailgate.tu-vlieland.example", "198.51.100.38", "d.hoekstra@tu-vlieland.example", "m.visser@uni-nordhafen.test")
    plain = """Hoi Maarten,

Dank voor je commentaar op D4.2 (Data-uitwisseling tussen
havengemeenschapssystemen). Ik heb alle opmerkingen verwerkt behalve
twee, zie de bijgevoegde versie met wijzigingen bijgehouden:

- Hoofdstuk 3.2: de vergelijking met het Rotterdamse systeem houd ik
  kort, omdat de partner daar nog geen toestemming heeft gegeven om de
  interfacebeschrijving te publiceren.
- Bijlage B: de tabel met berichttypen is nu 11 pagina's. Zou jij willen
  kijken of we die naar de online repository kunnen verplaatsen?

Planning: de coördinator wil de definitieve versie uiterlijk 29 juni in
het Participant Portal hebben. Als jij vóór dinsdag 26 juni je akkoord
geeft, zet ik het document erin en informeer ik het consortium.

Groeten,
Dirk

dr. ir. D. (Dirk) Hoekstra
Afdeling Transport & Logistiek
Technische Universiteit Vlieland
T +31 15 555 2840
"""
    html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head><body lang=\"NL\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">" + \
        "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" % p.replace("\n", "<br>\n") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct='text/plain; charset="utf-8"'),
                                text(html, "html", cs="utf-8", cte="quoted-printable", ct='text/html; charset="utf-8"')],
                "_000_%sEXCH01tuvlielandex_" % rhex(r, 32, True))
    a = attach(zipone("word/document.xml", "placeholder: D4.2 review comments v3 (track changes)\n"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "D4.2_review_comments_v3.docx", extra=[("Content-Description", "D4.2_review_comments_v3.docx")])
    body = multi("mixed", [alt, a], "_004_%sEXCH01tuvlielandex_" % rhex(r, 32, True))
    hs = [("Received", h2), ("Received", h1),
          ("From", "\"Hoekstra, Dirk\" <d.hoekstra@tu-vlieland.example>"),
          ("To", "Maarten Visser <m.visser@uni-nordhafen.test>"),
          ("CC", "\"Ortega, Javier\" <jortega@upl.example>"),
          ("Subject", "RE: [SEAPORT-X] reviewcommentaar D4.2 en planning"),
          ("Thread-Topic", "[SEAPORT-X] reviewcommentaar D4.2 en planning"),
          ("Thread-Index", "AQHUB1c%s" % rb64(r, 40)),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<%s@EXCH01.tu-vlieland.example>" % rhex(r, 32, True)),
          ("References", "<b7a31c2e-0d6f-4a41-bb3b-91e0f4e8c2a7@uni-nordhafen.test>"),
          ("In-Reply-To", "<b7a31c2e-0d6f-4a41-bb3b-91e0f4e8c2a7@uni-nordhafen.test>"),
          ("Accept-Language", "nl-NL, en-US"),
          ("Content-Language", "nl-NL"),
          ("X-MS-Has-Attach", "yes"),
          ("X-MS-TNEF-Correlator", ""),
          ("x-originating-ip", "[10.88.7.201]"),
          ("*MIME*", None),
          ("X-Spam-Score", "-0.1")]
    return message(hs, body)


def l49():
    r = random.Random(1049)
    t0 = D(2022, 3, 3, 19, 58, 44)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [10.73.182.54] ([198.51.100.155])\r\n\tby smtp.kpnmail.nl (Halon) with ESMTPSA\r\n\tid 4f22b0c9-9b2c-11ec-a1a0-00505699b430", "CET", 1, 4)
    h2 = gw.kabel(c, "ewsoutbound.kpnmail.nl", "203.0.113.155", "pieter.devries@kabelnet.test")
    plain = """Haha ja goed plan. Ik bel het restaurant morgen wel, die van de
bruiloft van Marloes, daar was mama zo enthousiast over. Zaal voor 25
man moet lukken op zaterdag 9 april.

Jij regelt het fotoboek? Ik heb nog wel foto's van oma's verjaardag in
2019, stuur ik je via WeTransfer.

Liefs, Lotte

Verzonden vanaf mijn Samsung Galaxy-smartphone.

-------- Oorspronkelijk bericht --------
Van: Pieter de Vries <pieter.devries@kabelnet.test>
Datum: 03-03-22 20:41 (GMT+01:00)
Aan: Lotte Jansen <lotte.jansen@kpnmail.nl>
Onderwerp: mama 70

Hoi Lot,

Nog 5 weken tot mama's zeventigste en we hebben nog niks. Zullen we
toch een etentje doen in plaats van die boottocht? Ze vindt het water
in april vast te koud.

Groet, Pieter
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">" + \
        "<br><br>".join(p.replace("\n", " ") for p in plain.split("Verzonden vanaf")[0].strip().split("\n\n")) + \
        "</div><div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;color:#575757\" dir=\"auto\">Verzonden vanaf mijn Samsung Galaxy-smartphone.</div></div><div dir=\"auto\"><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><div>-------- Oorspronkelijk bericht --------</div><div>Van: Pieter de Vries &lt;pieter.devries@kabelnet.test&gt; </div><div>Datum: 03-03-22  20:41  (GMT+01:00) </div><div>Aan: Lotte Jansen &lt;lotte.jansen@kpnmail.nl&gt; </div><div>Onderwerp: mama 70 </div><div><br></div></div>" + \
        "<div dir=\"ltr\">" + "<br><br>".join(p.replace("\n", " ") for p in plain.split("Onderwerp: mama 70")[1].strip().split("\n\n")) + "</div></body></html>\n"
    body = multi("alternative", [text(plain, cs="UTF-8", cte="quoted-printable", ct="text/plain; charset=UTF-8"),
                                 text(html, "html", cs="UTF-8", cte="quoted-printable", ct="text/html; charset=UTF-8")],
                 "--_com.samsung.android.email_%d%d" % (r.randint(10 ** 9, 10 ** 10), r.randint(100000, 999999)))
    hs = [("Return-Path", "<lotte.jansen@kpnmail.nl>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; dkim=pass header.d=kpnmail.nl; spf=pass smtp.mailfrom=kpnmail.nl;\r\n\tdmarc=pass header.from=kpnmail.nl"),
          ("DKIM-Signature", dkim(r, "kpnmail.nl", "kpnmail01", "mime-version:message-id:date:subject:to:from:content-type", epoch(t0))),
          ("X-KPN-MessageId", ruuid(r, False)),
          ("Message-ID", "<%s@email.android.com>" % rhex(r, 32)),
          ("Date", fmt_date(t0, "CET")),
          ("Subject", "Re: mama 70"),
          ("In-Reply-To", "<4f1c2a9e-8d3b-4a60-9b2e-2e6b1f0c5d88@kabelnet.test>"),
          ("To", "Pieter de Vries <pieter.devries@kabelnet.test>"),
          ("From", "Lotte Jansen <lotte.jansen@kpnmail.nl>"),
          ("*MIME*", None)]
    return message(hs, body)


def l50():
    r = random.Random(1050)
    t0 = D(2026, 1, 12, 7, 30, 5)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from mailer-p2.noorderbank.example (mailer-p2.noorderbank.example [10.14.2.2])\r\n\tby mx-out1.mail.noorderbank.example (Postfix) with ESMTPS id 4dQ2Ls0Nwkz8YhT", "CET", 0, 3)
    h2 = gw.hop(c, "from mx-out1.mail.noorderbank.example (mx-out1.mail.noorderbank.example [192.0.2.160])\r\n\tby scan2.mail.noorderbank.example (Postfix) with ESMTPS id 4dQ2Ls3pqkz8YhV", "CET", 1, 6)
    h3 = gw.kabel(c, "scan2.mail.noorderbank.example", "192.0.2.161", "pieter.devries@kabelnet.test")
    plain = """Beste heer De Vries,

Uw jaaroverzicht 2025 staat voor u klaar in de Noorderbank-app en in
Internet Bankieren, onder Documenten.

In het jaaroverzicht vindt u het saldo van uw rekeningen op 1 januari
2025 en 31 december 2025, de ontvangen rente en de betaalde kosten. U
heeft het overzicht nodig voor uw aangifte inkomstenbelasting (box 3).
De gegevens geven wij ook door aan de Belastingdienst.

Log in zoals u gewend bent. Wij vragen u nooit om via een link in een
e-mail in te loggen, codes door te geven of uw pas op te sturen.

Met vriendelijke groet,

Noorderbank Klantenservice
Noorderbank N.V., Groningen - KvK 00000000
"""
    html = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f2f5f7\"><table width=\"600\" align=\"center\" cellpadding=\"24\" style=\"background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#1c2b39\"><tr><td style=\"background:#00607a;color:#fff;font-size:20px\">Noorderbank</td></tr><tr><td>" + \
        _ph(plain) + "</td></tr></table></body></html>\n"
    body = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"),
                                 text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=utf-8")],
                 "=_nb_%s" % rhex(r, 24))
    hs = [("Return-Path", "<bounces@mail.noorderbank.example>"),
          ("Received", h3), ("Received", h2), ("Received", h1),
          ("ARC-Authentication-Results", "i=1; scan2.mail.noorderbank.example; dkim=pass header.d=noorderbank.example"),
          ("Authentication-Results", "smtpin.kabelnet.test;\r\n\tdkim=pass (2048-bit key) header.d=noorderbank.example;\r\n\tspf=pass smtp.mailfrom=mail.noorderbank.example;\r\n\tdmarc=pass (p=reject) header.from=noorderbank.example"),
          ("DKIM-Signature", dkim(r, "noorderbank.example", "nb2025a", "from:to:subject:date:message-id:mime-version:content-type", epoch(t0))),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Noorderbank <service@noorderbank.example>"),
          ("To", "P. de Vries <pieter.devries@kabelnet.test>"),
          ("Subject", "Uw jaaroverzicht 2025 staat klaar"),
          ("Message-ID", "<%s@mail.noorderbank.example>" % ruuid(r, False)),
          ("*MIME*", None)]
    return message(hs, body)


# ------------------------------------------------------------------ Croatian / Serbian
def l51():
    r = random.Random(1051)
    t0 = D(2011, 11, 8, 10, 40, 17)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from IHORVAT ([192.168.20.57]) by mail.ipv-zagreb.example with Microsoft SMTPSVC(6.0.3790.4675)", "CET", 1, 5, sep=";\r\n\t ").replace(";;", ";")
    h2 = gw.minvz(c, "mail.ipv-zagreb.example", "192.0.2.97", "m.babic@minvz.example")
    plain = """Poštovani Marko,

zahvaljujem na sudjelovanju na radionici o željezničkom teretnom
prijevozu u Rijeci. Sudionici su posebno pohvalili Vaše izlaganje o
koridoru Baltik-Jadran.

Pripremamo zbornik radionice koji će biti objavljen na mrežnim
stranicama Instituta, pa Vas molim da mi pošaljete prezentaciju u PDF
formatu do petka, 18. studenoga. Ako neke slajdove ne želite javno
objaviti, slobodno ih izostavite.

Također Vas obavještavam da smo za proljeće 2012. predvidjeli nastavak
radionice u Zagrebu, s naglaskom na intermodalne terminale. Poziv
šaljemo početkom siječnja.

Srdačan pozdrav,

dr. sc. Ivana Horvat
Institut za promet i veze
Zagreb
"""
    part = text(plain, cs="windows-1250", cte="quoted-printable", ct='text/plain;\r\n\tcharset="windows-1250"')
    hs = [("Return-Path", "<ivana.horvat@ipv-zagreb.example>"),
          ("Delivered-To", "m.babic@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "softfail (mx1.minvz.example: transitioning domain of ipv-zagreb.example does not designate 192.0.2.97 as permitted sender)"),
          ("From", "\"Ivana Horvat\" <ivana.horvat@ipv-zagreb.example>"),
          ("To", ew("Marko Babić", "windows-1250", "Q") + " <m.babic@minvz.example>"),
          ("Subject", ew("Radionica Rijeka - prezentacija za zbornik", "windows-1250", "Q")),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<000c01cc9e03$%s$%s$@ipv-zagreb.example>" % (rhex(r, 8), rhex(r, 8))),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Office Outlook 12.0"),
          ("Thread-Index", "AcyeA%s=" % rb64(r, 23)),
          ("Content-Language", "hr"),
          ("X-Virus-Scanned", "amavisd-new at minvz.example")]
    return message(hs, part)


def l52():
    r = random.Random(1052)
    t0 = D(2018, 3, 21, 11, 35, 42)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from zimbra.msgi-beograd.example (localhost [127.0.0.1])\r\n\tby zimbra.msgi-beograd.example (Postfix) with ESMTP id 8F1B22C0D41", "CET", 0, 2, comment=True)
    h2 = gw.hop(c, "from zimbra.msgi-beograd.example ([127.0.0.1])\r\n\tby localhost (zimbra.msgi-beograd.example [127.0.0.1]) (amavisd-new, port 10026)\r\n\twith ESMTP id 3gK9pHx1Qv2R", "CET", 1, 3, comment=True)
    h3 = gw.minvz(c, "zimbra.msgi-beograd.example", "203.0.113.84", "m.babic@minvz.example")
    plain = """Поштовани господине Бабићу,

Сектор за међународну сарадњу Министарства има част да Вас позове на
регионалну радионицу „Планирање одрживе урбане мобилности“, која ће се
одржати у Београду 16. и 17. маја 2018. године, у Палати Србија.

Радионица окупља представнике министарстава и градова из региона и
партнерских земаља ЕУ. Били бисмо веома захвални ако бисте у оквиру
другог панела представили искуства Ваше земље у финансирању јавног
превоза (око 15 минута).

У прилогу достављамо позивно писмо и нацрт програма. Трошкове смештаја
за два учесника сноси организатор. Молимо Вас да учешће потврдите до
20. априла на ову адресу.

С поштовањем,

Јелена Станковић
Сектор за међународну сарадњу и европске интеграције
тел. +381 11 555 2710
"""
    html = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + \
        "".join("<div>%s</div><div><br data-mce-bogus=\"1\"></div>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"),
                                text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=utf-8")],
                "=_%s-%s-%s-%s-%s" % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12)))
    a = attach(pdf("Pozivno pismo i nacrt programa, radionica SUMP Beograd 16-17.05.2018"), "application/pdf",
               "Poziv_radionica_Beograd_maj2018.pdf")
    body = multi("mixed", [alt, a], "=_%s-%s-%s-%s-%s" % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12)))
    hs = [("Return-Path", "<jelena.stankovic@msgi-beograd.example>"),
          ("Received", h3), ("Received", h2), ("Received", h1),
          ("Authentication-Results", "minvz.example; dkim=none; spf=pass smtp.mailfrom=msgi-beograd.example"),
          ("X-Virus-Scanned", "amavisd-new at zimbra.msgi-beograd.example"),
          ("Date", fmt_date(t0, "CET")),
          ("From", ew("Јелена Станковић", "utf-8", "B") + " <jelena.stankovic@msgi-beograd.example>"),
          ("To", ew("Марко Бабић", "utf-8", "B") + " <m.babic@minvz.example>"),
          ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@msgi-beograd.example>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7), epoch(t0) * 1000 + 512)),
          ("Subject", ew("Позив на радионицу о урбаној мобилности, Београд, 16-17. мај 2018.", "utf-8", "B")),
          ("*MIME*", None),
          ("X-Originating-IP", "[10.20.4.118]"),
          ("X-Mailer", "Zimbra 8.7.11_GA_1854 (ZimbraWebClient - GC65 (Win)/8.7.11_GA_1854)"),
          ("Thread-Index", "AdPHfI%s" % rb64(r, 18)),
          ("Thread-Topic", ew("Позив на радионицу о урбаној мобилности", "utf-8", "B"))]
    return message(hs, body)


# ------------------------------------------------------------------ Romanian
def l53():
    r = random.Random(1053)
    t0 = D(2009, 7, 2, 9, 14, 26)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [198.51.100.250] by web112703.mail.gq1.yahoo.com via HTTP", "PDT", 0, 1)
    h2 = gw.hop(c, "(qmail 48211 invoked by uid 60001)", "UTC", 0, 1)
    h3 = gw.agency(c, "web112703.mail.gq1.yahoo.com", "203.0.113.203")
    body_txt = """Stimate domnule Popescu,

Vă mulţumim pentru rezervarea făcută la Hotel Cetatea Albă. Vă confirmăm
următoarele:

Număr rezervare: 3318
Sosire: luni, 13 iulie 2009 (check-in de la ora 14:00)
Plecare: miercuri, 15 iulie 2009 (check-out până la ora 12:00)
Cameră: dublă standard, pentru o persoană, cu mic dejun inclus
Tarif: 210 lei/noapte, total 420 lei (TVA inclus)

Conform ofertei pentru participanţii la conferinţa de la Universitatea
"Lucian Blaga", parcarea este gratuită. Plata se face la recepţie, cash
sau cu cardul. Anularea gratuită este posibilă până pe 10 iulie.

Hotelul se află pe str. Cetăţii nr. 5, la 5 minute de mers pe jos de
Piaţa Mare.

Cu stimă,
Ioana Mureşan
Recepţie Hotel Cetatea Albă, Sibiu
tel. 0269 555 204
"""
    part = text(body_txt, cs="iso-8859-2", cte="quoted-printable", ct="text/plain; charset=iso-8859-2")
    hs = [("Received", h3[0]), ("Received", h3[1]), ("Received", h2), ("Received", h1),
          ("DomainKey-Signature", "a=rsa-sha1; q=dns; c=nofws;\r\n  s=s1024; d=yahoo.com;\r\n  h=Message-ID:X-YMail-OSG:Received:X-Mailer:Date:From:Subject:To:MIME-Version:Content-Type:Content-Transfer-Encoding;\r\n  b=" + rb64(r, 120) + "="),
          ("Message-ID", "<%d.%d.qm@web112703.mail.gq1.yahoo.com>" % (r.randint(100000, 999999), r.randint(10000, 99999))),
          ("X-YMail-OSG", rb64(r, 70)),
          ("X-Mailer", "YahooMailClassic/5.4.17 YahooMailWebService/0.7.289.15"),
          ("Date", fmt_date(t0, "PDT", pad=False) + " (PDT)"),
          ("From", "Hotel Cetatea Alba <hotelcetateaalba@yahoo.com>"),
          ("Subject", "Confirmare rezervare nr. 3318"),
          ("To", "andrei.popescu@ppa-agency.example"),
          ("*MIME*", None)]
    return message(hs, part)


def l54():
    r = random.Random(1054)
    t0 = D(2021, 2, 10, 8, 5, 50)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from impozite-app (unknown [10.3.3.8])\r\n\tby mail.primaria-valealunga.example (Postfix) with ESMTP id 4DbFpM6yPDz3k", "EET", 1, 5)
    h2 = gw.kabel(c, "mail.primaria-valealunga.example", "198.51.100.117", "andrei.popescu@kabelnet.test")
    body_txt = """Stimate contribuabil,

Direcţia de Taxe şi Impozite Locale a Municipiului Valea Lungă vă
transmite, la cererea dumneavoastră de comunicare electronică
(nr. 4127/2019), înştiinţarea de plată pentru anul fiscal 2021.

Rol fiscal: 118273
Impozit clădiri (str. Mihai Eminescu nr. 31, ap. 6): 214,00 lei
Impozit mijloace de transport (autoturism, 1598 cmc): 152,00 lei
Total de plată pentru anul 2021: 366,00 lei

Plata se poate efectua în două rate egale, până la 31 martie şi
30 septembrie 2021. Pentru plata integrală până la 31 martie 2021 se
acordă o bonificaţie de 10%, adică 329,40 lei.

Modalităţi de plată: la ghişeele DTIL (str. Unirii nr. 2), prin
virament bancar sau online pe platforma naţională ghiseul.ro, unde vă
autentificaţi cu datele proprii.

Înştiinţarea de plată în format PDF este ataşată acestui mesaj.
Pentru informaţii: 0244 555 310, luni-vineri 8:00-16:00.

Direcţia de Taxe şi Impozite Locale
Primăria Municipiului Valea Lungă
"""
    t = text(body_txt, cs="UTF-8", cte="base64", ct="text/plain; charset=UTF-8")
    a = attach(pdf("Instiintare de plata 2021 rol fiscal 118273"), "application/pdf", "Instiintare_plata_2021_118273.pdf")
    body = multi("mixed", [t, a], "------------%s" % ralnum(r, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    hs = [("Return-Path", "<dtil@primaria-valealunga.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=primaria-valealunga.example;\r\n\tdkim=pass header.d=primaria-valealunga.example; dmarc=none"),
          ("DKIM-Signature", dkim(r, "primaria-valealunga.example", "default", "Subject:To:From:Date:Message-ID:MIME-Version:Content-Type", epoch(t0))),
          ("Subject", ew("Înştiinţare de plată impozite locale 2021 - rol fiscal 118273", "UTF-8", "B")),
          ("To", "andrei.popescu@kabelnet.test"),
          ("From", ew("Direcţia de Taxe şi Impozite Locale", "UTF-8", "Q") + " <dtil@primaria-valealunga.example>"),
          ("Date", fmt_date(t0, "EET")),
          ("Message-ID", "<%s@primaria-valealunga.example>" % ruuid(r, False)),
          ("*MIME*", None)]
    return message(hs, body)


# ------------------------------------------------------------------ Czech
def l55():
    r = random.Random(1055)
    t0 = D(2006, 10, 17, 7, 12, 35)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [192.168.1.14] (pc-dvorak.geolab.example [192.0.2.135])\r\n\tby mail.geolab.example (Postfix) with ESMTP id 5E1F3F8CB2", "CET", 1, 4, comment=True)
    h2 = gw.hop(c, "from mail.geolab.example (mail.geolab.example [192.0.2.136])\r\n\tby lists.geoforum.example (Postfix) with ESMTP id 9A0D12E4C7\r\n\tfor <gis-uzivatele@lists.geoforum.example>", "CET", 1, 4, comment=True)
    h3 = gw.uni(c, "lists.geoforum.example", "192.0.2.137", "gis-uzivatele-bounces@lists.geoforum.example", "petr.novotny@uni-nordhafen.test")
    body_txt = """Dobrý den všem,

dovoluji si pozvat členy konference na podzimní seminář uživatelů
otevřených GIS, který se koná ve čtvrtek 9. listopadu 2006 od 9:00 v
posluchárně B3 Přírodovědecké fakulty v Brně.

Program:
 - GRASS 6.2: co je nového (T. Kubíček)
 - Převod dat ZABAGED do PostGIS - zkušenosti z praxe (J. Dvořák)
 - MapServer a WMS služby krajských úřadů (L. Marešová)
 - diskuse u kávy

Vstup je zdarma, ale kvůli kapacitě místnosti prosíme o registraci
do 3. listopadu na adrese seminar@geolab.example.

A ještě dotaz do pléna: nemá někdo zkušenost s transformací
S-JTSK -> ETRS89 v GRASSu s přesností lepší než 1 m? Budu rád za tipy.

Jan Dvořák
GeoLab Brno

_______________________________________________
GIS-uzivatele mailing list
GIS-uzivatele@lists.geoforum.example
http://lists.geoforum.example/mailman/listinfo/gis-uzivatele
"""
    part = text(body_txt, cs="iso-8859-2", cte="8bit", ct="text/plain;\r\n  charset=\"iso-8859-2\"",
                extra=[("Content-Disposition", "inline")])
    hs = [("Return-Path", "<gis-uzivatele-bounces@lists.geoforum.example>"),
          ("Received", h3), ("Received", h2), ("Received", h1),
          ("From", ew("Jan Dvořák", "iso-8859-2", "Q") + " <dvorak@geolab.example>"),
          ("To", "GIS-uzivatele@lists.geoforum.example"),
          ("Date", fmt_date(t0, "CET")),
          ("User-Agent", "KMail/1.9.5"),
          ("MIME-Version", "1.0"),
          ("*PART*", None),
          ("Message-Id", "<200610170912.35417.dvorak@geolab.example>"),
          ("Subject", "[GIS-uzivatele] " + ew("Podzimní seminář uživatelů GIS, 9. 11. Brno", "iso-8859-2", "Q")),
          ("X-BeenThere", "gis-uzivatele@lists.geoforum.example"),
          ("X-Mailman-Version", "2.1.8"),
          ("Precedence", "list"),
          ("List-Id", ew("Konference uživatelů GIS", "ISO-8859-2", "Q") + "\r\n\t<gis-uzivatele.lists.geoforum.example>"),
          ("List-Unsubscribe", "<http://lists.geoforum.example/mailman/listinfo/gis-uzivatele>,\r\n\t<mailto:gis-uzivatele-request@lists.geoforum.example?subject=unsubscribe>"),
          ("List-Archive", "<http://lists.geoforum.example/pipermail/gis-uzivatele>"),
          ("List-Post", "<mailto:gis-uzivatele@lists.geoforum.example>"),
          ("List-Help", "<mailto:gis-uzivatele-request@lists.geoforum.example?subject=help>"),
          ("List-Subscribe", "<http://lists.geoforum.example/mailman/listinfo/gis-uzivatele>,\r\n\t<mailto:gis-uzivatele-request@lists.geoforum.example?subject=subscribe>"),
          ("Sender", "gis-uzivatele-bounces@lists.geoforum.example"),
          ("Errors-To", "gis-uzivatele-bounces@lists.geoforum.example")]
    return message(hs, part, mime_version=False)


def l56():
    r = random.Random(1056)
    t0 = D(2019, 12, 9, 15, 47, 12)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from notify-eu3.dhl.com (notify-eu3.dhl.com [10.240.3.31])\r\n\tby mailout-eu1.dhl.com (Postfix) with ESMTPS id 47WrZ33d9Nz5vN", "CET", 1, 3)
    h2 = gw.kabel(c, "mailout-eu1.dhl.com", "203.0.113.31", "petr.novotny@kabelnet.test")
    plain = """Dobrý den, Petr Novotný,

Vaše zásilka od odesílatele KNIHKUPECTVÍ U ZLATÉHO KLÍČE s.r.o. je na
cestě a bude doručena zítra, úterý 10. 12. 2019, mezi 10:00 a 13:00.

Číslo zásilky: JJD000390017263548211
Počet kusů: 1, hmotnost 2,4 kg

Pokud nebudete doma, můžete si v aplikaci DHL nebo na webu dhl.de
(sledování zásilky) zvolit doručení k sousedovi nebo na výdejní místo.
Zásilka je zaplacena, při převzetí se nic nedoplácí.

S pozdravem
Váš tým DHL Paket
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Frutiger,Arial,sans-serif;font-size:14px;color:#333\"><table width=\"600\" align=\"center\" cellpadding=\"16\"><tr><td style=\"background:#ffcc00;font-size:20px;color:#d40511\"><b>DHL</b> &nbsp;Vaše zásilka je na cestě</td></tr><tr><td>" + \
        _ph(plain) + "</td></tr><tr><td style=\"font-size:10px;color:#999\">Deutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn. Tato zpráva byla vygenerována automaticky.</td></tr></table></body></html>\n"
    body = multi("alternative", [text(plain, cs="UTF-8", cte="quoted-printable", ct="text/plain; charset=UTF-8"),
                                 text(html, "html", cs="UTF-8", cte="base64", ct="text/html; charset=UTF-8")],
                 "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(10 ** 8, 10 ** 9), epoch(t0) * 1000 + 902))
    hs = [("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; dkim=pass header.d=dhl.com; spf=pass smtp.mailfrom=noreply@dhl.com"),
          ("DKIM-Signature", dkim(r, "dhl.com", "notify1", "date:from:to:message-id:subject:mime-version:content-type", epoch(t0))),
          ("Date", fmt_date(t0, "CET")),
          ("From", "DHL Paket <noreply@dhl.com>"),
          ("To", "petr.novotny@kabelnet.test"),
          ("Message-ID", "<%d.%d.%d.JavaMail.notify@notify-eu3>" % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 99999), epoch(t0) * 1000 + 902)),
          ("Subject", ew("Vaše zásilka JJD000390017263548211 bude doručena zítra", "UTF-8", "Q")),
          ("*MIME*", None),
          ("Return-Path", "noreply@dhl.com")]
    return message(hs, body)


# ------------------------------------------------------------------ Greek
def l57():
    r = random.Random(1057)
    t0 = D(2008, 4, 23, 9, 2, 10)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from PC-GDDS14 ([10.9.2.14]) by mail.ypme-intl.example with Microsoft SMTPSVC(6.0.3790.3959)", "EET", 2, 9, sep=";\r\n\t ").replace(";;", ";")
    h2 = gw.minvz(c, "mail.ypme-intl.example", "198.51.100.57", "n.papadakis@minvz.example")
    plain = """Αξιότιμε κύριε Παπαδάκη,

Σε συνέχεια της τηλεφωνικής μας επικοινωνίας, σας αποστέλλουμε την
πρόσκληση της Γενικής Διεύθυνσης Διεθνών Σχέσεων για το εργαστήριο
«Λιμάνια και σιδηροδρομικές συνδέσεις στη Νοτιοανατολική Ευρώπη», που
θα πραγματοποιηθεί στη Θεσσαλονίκη στις 5 και 6 Ιουνίου 2008.

Θα χαρούμε ιδιαίτερα αν το Υπουργείο σας ορίσει έναν ομιλητή για τη
συνεδρία της δεύτερης ημέρας σχετικά με τη χρηματοδότηση έργων
υποδομής μέσω των διευρωπαϊκών δικτύων.

Στο συνημμένο αρχείο θα βρείτε το προσχέδιο του προγράμματος και το
έντυπο συμμετοχής. Παρακαλούμε να μας επιστρέψετε το έντυπο έως τις
9 Μαΐου 2008. Η διερμηνεία (ελληνικά - αγγλικά - γερμανικά) θα
παρέχεται από τους διοργανωτές.

Με εκτίμηση,

Ελένη Κωνσταντινίδου
Τμήμα Διμερών Σχέσεων
Γενική Διεύθυνση Διεθνών Σχέσεων
Τηλ. +30 210 555 8042
"""
    html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-7\"><meta name=Generator content=\"Microsoft Word 11 (filtered medium)\"></head><body lang=EL><div class=Section1>" + \
        "".join("<p class=MsoNormal><font size=2 face=Tahoma><span lang=EL style='font-size:10.0pt;font-family:Tahoma'>%s</span></font></p>\n" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="iso-8859-7", cte="quoted-printable", ct='text/plain;\r\n\tcharset="iso-8859-7"'),
                                text(html, "html", cs="iso-8859-7", cte="quoted-printable", ct='text/html;\r\n\tcharset="iso-8859-7"')],
                "----=_NextPart_001_0029_01C8A533.%s" % rhex(r, 8, True))
    a = attach(pdf("Prosklisi kai programma ergastiriou, Thessaloniki 5-6/6/2008"), "application/pdf", "Prosklisi_Thessaloniki_2008.pdf")
    body = multi("mixed", [alt, a], "----=_NextPart_000_0028_01C8A533.%s" % rhex(r, 8, True), preamble="This is a multi-part message in MIME format.")
    hs = [("Return-Path", "<e.konstantinidou@ypme-intl.example>"),
          ("X-Original-To", "n.papadakis@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "none (mx1.minvz.example: domain of ypme-intl.example does not provide an SPF record)"),
          ("From", ew("Κωνσταντινίδου Ελένη", "iso-8859-7", "B") + " <e.konstantinidou@ypme-intl.example>"),
          ("To", ew("Νίκος Παπαδάκης", "iso-8859-7", "B") + " <n.papadakis@minvz.example>"),
          ("Subject", ew("Πρόσκληση σε εργαστήριο, Θεσσαλονίκη 5-6 Ιουνίου 2008", "iso-8859-7", "B")),
          ("Date", fmt_date(t0, "EET")),
          ("Message-ID", "<002701c8a51a$%s$%s@ypme-intl.example>" % (rhex(r, 8), rhex(r, 8))),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Office Outlook 11"),
          ("Thread-Index", "AcilGg%s==" % rb64(r, 22)),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.3790.4133"),
          ("X-Virus-Scanned", "amavisd-new at minvz.example")]
    return message(hs, body)


def l58():
    r = random.Random(1058)
    t0 = D(2023, 5, 30, 15, 0, 48)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from list.smda.example (list.smda.example [10.4.0.5])\r\n\tby out.smda.example (Postfix) with ESMTPS id 4QVq2r0kGQz3W", "EET", 1, 40)
    h2 = gw.kabel(c, "out.smda.example", "203.0.113.152", "nikos.papadakis@kabelnet.test")
    plain = """ΣΥΛΛΟΓΟΣ ΜΗΧΑΝΙΚΩΝ ΔΥΤΙΚΗΣ ΑΤΤΙΚΗΣ - Ενημερωτικό δελτίο Ιουνίου 2023

1. Γενική Συνέλευση
Η τακτική Γενική Συνέλευση των μελών θα πραγματοποιηθεί την Πέμπτη
15 Ιουνίου, ώρα 19:00, στην αίθουσα του Συλλόγου (Λεωφ. Δημοκρατίας 0,
Ελευσίνα). Θέματα: οικονομικός απολογισμός 2022 και προγραμματισμός
σεμιναρίων.

2. Σεμινάριο: Ενεργειακή αναβάθμιση κτιρίων και ΚΕΝΑΚ
Τρίωρο σεμινάριο για μέλη, Σάββατο 24 Ιουνίου. Συμμετοχή δωρεάν για
ταμειακά εντάξει μέλη, 20 ευρώ για μη μέλη. Δηλώσεις στη γραμματεία.

3. Υπενθύμιση συνδρομής
Η ετήσια συνδρομή 2023 (40 ευρώ) καταβάλλεται στη γραμματεία ή με
κατάθεση στον λογαριασμό του Συλλόγου που αναγράφεται στην ιστοσελίδα.

4. Εκδρομή
Διήμερη εκδρομή στο Ναύπλιο, 8-9 Ιουλίου, με επίσκεψη στα έργα
αποκατάστασης του Παλαμηδίου. Περιορισμένες θέσεις.

---
Λαμβάνετε αυτό το μήνυμα ως μέλος του Συλλόγου Μηχανικών Δυτικής
Αττικής. Διαγραφή από τη λίστα: https://smda.example/newsletter/unsubscribe
"""
    html = "<!DOCTYPE html><html lang=\"el\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222;max-width:640px;margin:auto\"><h2 style=\"color:#1f4e79;border-bottom:2px solid #1f4e79\">Σύλλογος Μηχανικών Δυτικής Αττικής</h2>" + \
        _ph(plain.split("\n\n", 1)[1].replace("https://smda.example/newsletter/unsubscribe", "")) + \
        "<p style=\"font-size:11px\"><a href=\"https://smda.example/newsletter/unsubscribe?m=4417\">Διαγραφή</a></p></body></html>\n"
    body = multi("alternative", [text(plain, cs="utf-8", cte="base64", ct="text/plain; charset=\"utf-8\""),
                                 text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=\"utf-8\"")],
                 "b1=_%s" % ralnum(r, 40))
    hs = [("Return-Path", "<newsletter-bounces@smda.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=smda.example; dkim=pass header.d=smda.example"),
          ("DKIM-Signature", dkim(r, "smda.example", "default", "List-Unsubscribe:Message-ID:Subject:To:From:Date:MIME-Version:Content-Type", epoch(t0))),
          ("Date", fmt_date(t0, "EET")),
          ("To", "nikos.papadakis@kabelnet.test"),
          ("From", ew("ΣΜ Δυτικής Αττικής", "utf-8", "B") + " <newsletter@smda.example>"),
          ("Subject", ew("Ενημερωτικό δελτίο Ιουνίου 2023", "utf-8", "B")),
          ("Message-ID", "<%s@smda.example>" % ralnum(r, 32)),
          ("List-Id", "<newsletter.smda.example>"),
          ("List-Unsubscribe", "<https://smda.example/newsletter/unsubscribe?m=4417>, <mailto:newsletter-leave@smda.example>"),
          ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
          ("*MIME*", None)]
    return message(hs, body)


# ------------------------------------------------------------------ Ukrainian
def l59():
    r = random.Random(1059)
    t0 = D(2016, 11, 15, 14, 22, 8)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [10.0.12.44] (unknown [198.51.100.44])\r\n\t(Authenticated sender: o.shevchuk@ntu-logistyka.example)\r\n\tby mail.ntu-logistyka.example (Postfix) with ESMTPSA id 1F2C41A0094", "EET", 1, 5, comment=True)
    h2 = gw.uni(c, "mail.ntu-logistyka.example", "198.51.100.45", "o.shevchuk@ntu-logistyka.example", "o.kovalenko@uni-nordhafen.test")
    body_txt = """Шановна пані Олено,

дякую за швидку відповідь щодо проекту Erasmus+ (напрям "Розвиток
потенціалу вищої освіти"). Надсилаю уточнення до бюджету, які ми
обговорювали по телефону:

1. Стаття "Обладнання": зменшили до 38 000 євро (лабораторія
   логістичного моделювання, 12 робочих місць).
2. Мобільність викладачів: 16 поїздок замість 20, оскільки дві
   тижневі школи об'єднали в одну.
3. Витрати на персонал для партнера з Гамбурга залишаються без змін.

Установча зустріч консорціуму запланована у Львові на 26-27 січня
2017 року. Чи зможете Ви приїхати особисто? Якщо так, надішліть, будь
ласка, дати прильоту, щоб ми забронювали готель.

З повагою,
Олена Шевчук
кандидат технічних наук, доцент
кафедра транспортної логістики
"""
    part = text(body_txt, cs="windows-1251", cte="8bit", ct="text/plain; charset=windows-1251; format=flowed")
    hs = [("Received", h2), ("Received", h1),
          ("Subject", ew("Erasmus+ CBHE: уточнення бюджету та зустріч у Львові", "windows-1251", "B")),
          ("To", ew("Олена Коваленко", "windows-1251", "B") + " <o.kovalenko@uni-nordhafen.test>"),
          ("From", ew("Олена Шевчук", "windows-1251", "B") + " <o.shevchuk@ntu-logistyka.example>"),
          ("Message-ID", "<%s-%s-%s-%s-%s@ntu-logistyka.example>" % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12))),
          ("Date", fmt_date(t0, "EET")),
          ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:45.0) Gecko/20100101\r\n Thunderbird/45.4.0"),
          ("MIME-Version", "1.0"),
          ("*PART*", None),
          ("Content-Language", "uk"),
          ("X-Spam-Score", "-1.0")]
    return message(hs, part, mime_version=False)


def l60():
    r = random.Random(1060)
    t0 = D(2024, 8, 26, 4, 0, 9)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from digest-worker-2 (unknown [10.50.1.12])\r\n\tby smtp.dnipro-visnyk.example (Postfix) with ESMTPS id 4WsY1F0nT8z4xQ", "EET", 1, 90)
    h2 = gw.kabel(c, "smtp.dnipro-visnyk.example", "192.0.2.228", "olena.kovalenko@kabelnet.test")
    items = [
        ("Місто відновлює тролейбусний маршрут №9 з 1 вересня",
         "Після ремонту контактної мережі на вулиці Січеславській тролейбуси знову курсуватимуть від вокзалу до житлового масиву Сокіл. Інтервал у години пік - 8 хвилин."),
        ("Школи готуються до навчального року: де облаштовано укриття",
         "Управління освіти оприлюднило перелік закладів, у яких навчання відбуватиметься очно. У 14 школах завершують облаштування укриттів, там діятиме змішаний формат."),
        ("Ярмарок до Дня Незалежності зібрав понад 120 місцевих виробників",
         "На Європейській площі продавали мед, сири, кераміку та вишиванки. Частину виручки організатори передали на підтримку реабілітаційного центру."),
        ("Погода на тиждень: спека відступає",
         "Синоптики прогнозують до +27 удень і короткочасні дощі в середу та четвер. Вночі +15...+17."),
    ]
    plain = "Дніпровський вісник - ранковий дайджест, понеділок, 26 серпня 2024\n\n" + \
        "\n\n".join("%s\n%s" % (h, b) for h, b in items) + \
        "\n\nВи отримали цей лист, бо підписалися на щоденний дайджест на dnipro-visnyk.example.\nВідписатися: https://dnipro-visnyk.example/digest/unsubscribe?t=c0ffee5127\n"
    html = "<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>Дайджест</title></head><body style=\"margin:0;background:#f4f4f4\"><table width=\"620\" align=\"center\" cellpadding=\"18\" style=\"background:#fff;font-family:Georgia,serif;color:#1a1a1a\">" + \
        "<tr><td style=\"border-bottom:3px solid #0057b7;font-size:24px\">Дніпровський вісник <span style=\"font-size:13px;color:#777\">ранковий дайджест, 26.08.2024</span></td></tr>" + \
        "".join("<tr><td><a href=\"https://dnipro-visnyk.example/news/2024/08/26/%d?utm_source=digest\" style=\"font-size:18px;color:#0057b7;text-decoration:none\">%s</a><p style=\"font-size:14px;line-height:21px\">%s</p></td></tr>" % (i + 1, h, b) for i, (h, b) in enumerate(items)) + \
        "<tr><td style=\"font-size:11px;color:#888;font-family:Arial\">Ви отримали цей лист, бо підписалися на щоденний дайджест. <a href=\"https://dnipro-visnyk.example/digest/unsubscribe?t=c0ffee5127\">Відписатися</a></td></tr></table></body></html>\n"
    body = multi("alternative", [text(plain, cs="utf-8", cte="base64", ct="text/plain; charset=utf-8"),
                                 text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=utf-8")],
                 "===============%d==" % r.randint(10 ** 18, 10 ** 19))
    hs = [("Return-Path", "<digest-bounce@dnipro-visnyk.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test;\r\n\tdkim=pass header.d=dnipro-visnyk.example;\r\n\tspf=pass smtp.mailfrom=dnipro-visnyk.example;\r\n\tdmarc=pass header.from=dnipro-visnyk.example"),
          ("DKIM-Signature", dkim(r, "dnipro-visnyk.example", "d2024", "content-type:mime-version:subject:from:to:date:message-id:list-unsubscribe:list-unsubscribe-post", epoch(t0))),
          ("*MIME*", None),
          ("Subject", ew("Ранковий дайджест: тролейбус №9 повертається, школи і укриття", "utf-8", "B")),
          ("From", ew("Дніпровський вісник", "utf-8", "B") + " <digest@dnipro-visnyk.example>"),
          ("To", "olena.kovalenko@kabelnet.test"),
          ("Date", fmt_date(t0, "EET")),
          ("Message-ID", "<%d.%s@dnipro-visnyk.example>" % (epoch(t0), rhex(r, 12))),
          ("List-Unsubscribe", "<https://dnipro-visnyk.example/digest/unsubscribe?t=c0ffee5127>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk")]
    return message(hs, body, mime_version=False)
