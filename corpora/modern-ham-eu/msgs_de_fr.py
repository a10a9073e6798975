# German (l01-l06) and French (l07-l12) messages.
import random
from datetime import datetime as D

import gw
from mimelib import (Clock, addr, attach, dkim, epoch, ew, fmt_date, message, multi, pdf,
                     ole, png, gif1, ralnum, rb64, rhex, ruuid, text)


def l01():
    r = random.Random(1001)
    t0 = D(2004, 10, 12, 8, 41, 17)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from VKPEX01.vkp-wien.local ([10.12.0.5]) by mail.vkp-wien.example with Microsoft SMTPSVC(6.0.3790.0)", "CET", 2, 9, sep="\r\n\t ")
    h2 = gw.minvz(c, "mail.vkp-wien.example", "203.0.113.18", "k.wendt@minvz.example")
    plain = """Sehr geehrte Frau Dr. Wendt,

wie in unserem Telefonat vom 5. Oktober besprochen, darf ich Sie und eine
weitere Kollegin oder einen weiteren Kollegen Ihres Referats herzlich zum
Fachworkshop "Nachhaltige Güterverkehrskorridore im Donauraum" einladen.
Der Workshop findet am 23. und 24. November 2004 in unserem Haus in der
Radetzkystraße statt (Beginn am ersten Tag um 9:30 Uhr, Ende am zweiten Tag
gegen 14 Uhr).

Im Anhang finden Sie den vorläufigen Programmentwurf. Wir würden uns
freuen, wenn Sie am ersten Nachmittag den Impulsvortrag zur Umsetzung der
TEN-V-Leitlinien in Deutschland übernehmen könnten (ca. 20 Minuten).

Für die Teilnehmerinnen und Teilnehmer ist im Hotel Donaublick ein
Zimmerkontingent bis 29. Oktober reserviert (Stichwort "VKP-Workshop").
Um die Organisation zu erleichtern, bitte ich Sie, mir die Namen der
Delegation bis Freitag, 29. Oktober, mitzuteilen.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Mag. Ulrike Haider
Abteilung Internationale Angelegenheiten
Verkehrsplanungsamt Wien (VKP)
Tel. +43 1 5550 3417
Fax +43 1 5550 3499
"""
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-1\">\n"
            "<meta name=Generator content=\"Microsoft Word 11 (filtered medium)\">\n"
            "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n"
            "\tfont-size:12.0pt;\n\tfont-family:\"Times New Roman\";}\n-->\n</style>\n</head>\n"
            "<body lang=DE-AT>\n<div class=Section1>\n")
    for para in plain.strip().split("\n\n"):
        html += "<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>%s</span></font></p>\n<p class=MsoNormal>&nbsp;</p>\n" % para.replace("\n", " ").replace('"', "&quot;")
    html += "</div>\n</body>\n</html>\n"
    b_alt = "----=_NextPart_001_0008_01C4B04E.41B6F340"
    b_mix = "----=_NextPart_000_0007_01C4B04E.41B6F340"
    alt = multi("alternative", [text(plain, cs="iso-8859-1", cte="quoted-printable"),
                                text(html, "html", cs="iso-8859-1", cte="quoted-printable")], b_alt)
    att = attach(pdf("Programmentwurf Workshop Gueterverkehrskorridore 23.-24.11.2004"),
                 "application/pdf", "Programmentwurf_Workshop_Nov2004.pdf")
    body = multi("mixed", [alt, att], b_mix, preamble="This is a multi-part message in MIME format.")
    hs = [("Return-Path", "<ulrike.haider@vkp-wien.example>"),
          ("X-Original-To", "k.wendt@minvz.example"),
          ("Delivered-To", "k.wendt@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("From", addr("Haider Ulrike", "ulrike.haider@vkp-wien.example", quote=True)),
          ("To", addr("Dr. Katharina Wendt", "k.wendt@minvz.example", quote=True)),
          ("Subject", "Einladung Fachworkshop =?iso-8859-1?Q?G=FCterverkehrskorridore=2C?= 23.-24. November 2004"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<000601c4b03d$7e2a1b40$1e0aa8c0@VKPPC117>"),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510"),
          ("Thread-Index", "AcSwPX4f3l8vQ2TfRb6hK0sVZ1c9Ow=="),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.2180"),
          ("X-OriginalArrivalTime", "12 Oct 2004 08:41:25.0109 (UTC) FILETIME=[7E6B0A50:01C4B03D]"),
          ("X-Virus-Scanned", "amavisd-new at minvz.example")]
    return message(hs, body)


def l02():
    r = random.Random(1002)
    t0 = D(2009, 3, 5, 6, 12, 44)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from batch02.rz.ksk-talheim.example (batch02.rz.ksk-talheim.example [10.8.1.22])\r\n\tby mailout.ksk-talheim.example (Postfix) with ESMTP id 7C1F3A40B2\r\n\tfor <familie.brenner@kabelnet.test>", "CET", 1, 4, comment=True)
    h2 = gw.kabel(c, "mailout.ksk-talheim.example", "198.51.100.140", "familie.brenner@kabelnet.test")
    body_txt = """Guten Tag Herr Brenner,

für Ihr Girokonto mit der Endung ...4471 ist ein neuer elektronischer
Kontoauszug (Nr. 3/2009, Zeitraum 01.02.2009 bis 28.02.2009) in Ihrem
elektronischen Postfach abgelegt worden.

Sie finden den Auszug, wenn Sie sich wie gewohnt im Online-Banking
anmelden und den Menüpunkt "Elektronisches Postfach" wählen. Bitte geben
Sie die Adresse unserer Internetfiliale dazu selbst in Ihren Browser ein.

Hinweis: Der Kontoauszug im elektronischen Postfach ersetzt den
Papierausdruck am Kontoauszugsdrucker. Bitte rufen Sie Ihre Auszüge
regelmäßig ab; sie werden dort 24 Monate aufbewahrt.

Zu Ihrer Sicherheit: Wir fordern Sie niemals per E-Mail auf, PIN, TAN
oder andere Zugangsdaten einzugeben oder zu bestätigen.

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse
werden nicht gelesen. Bei Fragen erreichen Sie uns unter 07345 990-0
(Mo-Fr 8-18 Uhr) oder in jeder Geschäftsstelle.

Kreissparkasse Talheim
Anstalt des öffentlichen Rechts, Sitz Talheim
Vorstand: Reinhard Mössner (Vors.), Dr. Petra Lindl
"""
    part = text(body_txt, cs="iso-8859-15", cte="8bit", ct="text/plain; charset=ISO-8859-15")
    hs = [("Return-Path", "<bounce-kontoinfo@ksk-talheim.example>"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of bounce-kontoinfo@ksk-talheim.example designates 198.51.100.140 as permitted sender)"),
          ("Date", fmt_date(t0, "CET", pad=True)),
          ("From", "Kreissparkasse Talheim <kontoinfo@ksk-talheim.example>"),
          ("To", "Wolfgang Brenner <familie.brenner@kabelnet.test>"),
          ("Message-ID", "<20090305071244.7C1F3A40B2.kontoinfo.%s@ksk-talheim.example>" % rhex(r, 8)),
          ("Subject", ew("Ihr Kontoauszug ist verfügbar", "iso-8859-15", "Q")),
          ("*MIME*", None),
          ("X-Kabelnet-Spam-Level", "-"),
          ("X-Kabelnet-Virus", "clean")]
    return message(hs, part)


def l03():
    r = random.Random(1003)
    t0 = D(2016, 7, 14, 17, 3, 52)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from vpbvs3.extern.bahn.de (unknown [10.117.32.9])\r\n\tby mailout2.bahn.de (Postfix) with ESMTP id 3rS1Zt0kXJz1xKQ\r\n\tfor <j.albers@halvard-logistik.example>", "CET", 1, 3, comment=True)
    h2 = gw.halvard(c, "mailout2.bahn.de", "203.0.113.77")
    plain = """Buchungsbestätigung

Auftragsnummer: X7KQ2M
Reisender: Jens Albers

Vielen Dank für Ihre Buchung. Ihr Online-Ticket finden Sie im Anhang als
PDF-Datei. Bitte drucken Sie es auf weißem A4-Papier aus oder zeigen Sie
es auf Ihrem Smartphone vor. Zur Identifikation benötigen Sie die bei der
Buchung angegebene Karte (BahnCard 50, endet auf 6021).

Hinfahrt am 21.07.2016
  Hamburg Hbf       ab 07:01   Gl. 14   ICE 787
  München Hbf       an 12:37   Gl. 19
  Wagen 12, Platz 45 (Großraum, Fenster, Ruhebereich)

Rückfahrt am 22.07.2016
  München Hbf       ab 16:20   Gl. 20   ICE 1080
  Hamburg Hbf       an 22:12
  Wagen 9, Platz 66 (Großraum, Gang)

Flexpreis, 2. Klasse, mit BahnCard 50          68,75 EUR
Sitzplatzreservierung (2 Plätze)                9,00 EUR
Gesamtpreis                                    77,75 EUR
Bezahlt per Rechnung (Firmenkunde Halvard Logistik GmbH)

Im Preis enthalten: 19 % MwSt. Eine Rechnung für Ihre Buchhaltung können
Sie in "Meine Bahn" unter "Buchungen" abrufen.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn

DB Vertrieb GmbH, Stephensonstraße 1, 60326 Frankfurt am Main
Registergericht Frankfurt am Main, HRB 79808
"""
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Buchungsbest&auml;tigung</title></head>
<body style="margin:0;padding:0;background:#f0f3f5;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#282d37">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="border-bottom:4px solid #ec0016"><b style="font-size:20px">Buchungsbestätigung</b><br>Auftragsnummer <b>X7KQ2M</b></td></tr>
<tr><td>Guten Tag Herr Albers,<br><br>vielen Dank für Ihre Buchung. Ihr Online-Ticket finden Sie im Anhang als PDF.
Bitte führen Sie bei der Fahrt Ihre BahnCard 50 (endet auf 6021) mit.</td></tr>
<tr><td><table width="100%" cellpadding="4" cellspacing="0" style="font-size:13px">
<tr style="background:#f0f3f5"><td colspan="3"><b>Hinfahrt, Do., 21.07.2016</b></td></tr>
<tr><td>Hamburg Hbf</td><td>ab 07:01</td><td>ICE 787, Wg. 12, Pl. 45</td></tr>
<tr><td>München Hbf</td><td>an 12:37</td><td></td></tr>
<tr style="background:#f0f3f5"><td colspan="3"><b>Rückfahrt, Fr., 22.07.2016</b></td></tr>
<tr><td>München Hbf</td><td>ab 16:20</td><td>ICE 1080, Wg. 9, Pl. 66</td></tr>
<tr><td>Hamburg Hbf</td><td>an 22:12</td><td></td></tr>
</table></td></tr>
<tr><td>Gesamtpreis: <b>77,75 EUR</b> (Flexpreis, 2. Klasse, inkl. 2 Reservierungen)<br>Zahlungsart: Rechnung Firmenkunde</td></tr>
<tr><td style="font-size:11px;color:#646973">DB Vertrieb GmbH &middot; Stephensonstraße 1 &middot; 60326 Frankfurt am Main<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table></body></html>
"""
    alt = multi("alternative", [text(plain, cs="UTF-8", cte="quoted-printable", ct="text/plain; charset=UTF-8"),
                                text(html, "html", cs="UTF-8", cte="quoted-printable", ct="text/html; charset=UTF-8")],
                "----=_Part_1848203_1407231177.1468515832417")
    tk = attach(pdf("Online-Ticket X7KQ2M Hamburg Hbf - Muenchen Hbf 21.07.2016"), "application/pdf",
                "Ticket_X7KQ2M.pdf")
    body = multi("mixed", [alt, tk], "----=_Part_1848202_1133029514.1468515832417")
    dk = dkim(r, "bahn.de", "dbvertrieb1", "from:to:subject:date:message-id:mime-version:content-type", epoch(t0))
    hs = [("Received", h2), ("Received", h1),
          ("Authentication-Results", "EDGE02.halvard-logistik.example; spf=pass smtp.mailfrom=bahn.de;\r\n dkim=pass header.d=bahn.de; dmarc=pass header.from=bahn.de"),
          ("DKIM-Signature", dk),
          ("Date", fmt_date(t0, "CET")),
          ("From", "DB Vertrieb GmbH <buchungsbestaetigung@bahn.de>"),
          ("To", "j.albers@halvard-logistik.example"),
          ("Message-ID", "<1268301775.1848204.1468515832418.JavaMail.vtsuser@vpbvs3>"),
          ("Subject", ew("Buchungsbestätigung (Auftrag X7KQ2M)", "UTF-8", "Q")),
          ("*MIME*", None),
          ("Return-Path", "buchungsbestaetigung@bahn.de"),
          ("X-MS-Exchange-Organization-SCL", "0"),
          ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    return message(hs, body)


def l04():
    r = random.Random(1004)
    t0 = D(2012, 11, 28, 10, 17, 5)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from notes01.kessler-buero.example ([192.168.10.4])\r\n\tby smtp.kessler-buero.example with ESMTP id qASAH6kS019332", "CET", 1, 6)
    h2 = gw.halvard(c, "smtp.kessler-buero.example", "198.51.100.61")
    plain = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2012-11457 vom 28.11.2012 über die
Lieferung von 14 Bürodrehstühlen "Ergo Plus" und 3 höhenverstellbaren
Schreibtischen für Ihren Standort Bremen (Lieferschein 2012-L-3391 vom
26.11.2012, Ihre Bestellung 4500017730).

Rechnungsbetrag: 7.914,62 EUR brutto
Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder 30 Tage netto.

Bankverbindung: Volksbank Oberes Gäu
IBAN DE27 6009 9000 0123 4567 89, BIC GENODES1OGX
Bitte geben Sie als Verwendungszweck die Rechnungsnummer an.

Die Rechnung im PDF-Format ist für den elektronischen Versand erstellt und
ohne Unterschrift gültig. Wenn Sie künftig Rechnungen an eine andere
Adresse erhalten möchten, genügt eine kurze Nachricht. Ihre Zugangsdaten
für das Kundenportal (Benutzername und Passwort) bleiben davon unberührt.

Mit freundlichen Grüßen
i. A. Sabine Rothfuß
Buchhaltung

Büroausstattung Kessler GmbH
Gewerbestraße 12, 72108 Rottenburg
Tel. 07472 55 61-30
Geschäftsführer: Martin Kessler, AG Stuttgart HRB 381102
"""
    html = "<font size=2 face=\"sans-serif\">" + "<br>".join(
        l if l else "" for l in plain.replace("&", "&amp;").replace('"', "&quot;").split("\n")) + "</font>\n"
    alt = multi("alternative", [text(plain, cs="ISO-8859-1", cte="quoted-printable", ct="text/plain; charset=\"ISO-8859-1\""),
                                text(html, "html", cs="ISO-8859-1", cte="quoted-printable", ct="text/html; charset=\"ISO-8859-1\"")],
                "=_alternative 0037E5B1C1257AC3_=")
    a = attach(pdf("Rechnung 2012-11457 Bueroausstattung Kessler GmbH"), "application/octet-stream",
               "RE_2012-11457.pdf", disp="attachment")
    body = multi("mixed", [alt, a], "=_mixed 0037E5B1C1257AC3_=", preamble="This is a multipart message in MIME format.")
    hs = [("Received", h2), ("Received", h1),
          ("Subject", "Rechnung 2012-11457"),
          ("To", "buchhaltung@halvard-logistik.example"),
          ("Cc", "einkauf@halvard-logistik.example"),
          ("X-Mailer", "Lotus Notes Release 8.5.3 September 15, 2011"),
          ("Message-ID", "<OF8C3A21F0.5D7E4B19-ONC1257AC3.0037A2D4-C1257AC3.0037E5B1@kessler-buero.example>"),
          ("From", "Sabine.Rothfuss@kessler-buero.example"),
          ("Date", fmt_date(t0, "CET")),
          ("X-MIMETrack", "Serialize by Router on notes01/Kessler(Release 8.5.3FP2|September 15, 2011) at\r\n 28.11.2012 11:17:06"),
          ("*MIME*", None),
          ("Return-Path", "Sabine.Rothfuss@kessler-buero.example"),
          ("X-MS-Exchange-Organization-SCL", "1")]
    return message(hs, body)


def l05():
    r = random.Random(1005)
    t0 = D(2021, 5, 18, 7, 48, 31)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from smtpclient.apple ([198.51.100.203]) by mail.gmx.net (mrgmx105\r\n [203.0.113.200]) with ESMTPSA (Nemesis) id 1MJVDW-1lu3Rs2Wqq-00JxK2 for\r\n <k.wendt@minvz.example>", "CET", 1, 3, sep=" ")
    h2 = gw.minvz(c, "mout.gmx.net", "203.0.113.201", "k.wendt@minvz.example")
    body_txt = """Passt, Flug nach Lissabon ist gebucht (Mo 7:05 ab BER). Bin morgen ab 10 wieder im Büro, dann gehen wir die Sprechzettel durch.

Von meinem iPhone gesendet

> Am 18.05.2021 um 09:12 schrieb Katharina Wendt <k.wendt@minvz.example>:
>
> Hallo Stefan,
> kannst du für die Delegationsreise am 31.5. schon den Flug buchen? Die Reisestelle braucht die Buchungsbestätigung bis Mittwoch.
> Danke! Katharina
"""
    part = text(body_txt, cs="utf-8", cte="quoted-printable", ct="text/plain;\r\n\tcharset=utf-8")
    dk = dkim(r, "gmx.de", "s1", "Date:From:Subject:In-Reply-To:References:To:Message-Id:MIME-Version:\r\n\t Content-Type", epoch(t0), c="relaxed/relaxed")
    hs = [("Return-Path", "<stefan.krueger.mail@gmx.de>"),
          ("X-Original-To", "k.wendt@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "minvz.example; dkim=pass (2048-bit key) header.d=gmx.de header.i=@gmx.de;\r\n\tspf=pass smtp.mailfrom=gmx.de; dmarc=pass header.from=gmx.de"),
          ("DKIM-Signature", dk),
          ("X-UI-Sender-Class", "01bb95c1-4bf8-414a-932a-4f6e2808ef9c"),
          ("*PART*", None),
          ("From", addr("Stefan Krüger", "stefan.krueger.mail@gmx.de", "utf-8", "Q")),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "Re: Delegationsreise Lissabon"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-Id", "<%s@gmx.de>" % ruuid(r)),
          ("References", "<c81f02a6-93d5-4e1b-b2a2-5e1f7a0d3c44@minvz.example>"),
          ("In-Reply-To", "<c81f02a6-93d5-4e1b-b2a2-5e1f7a0d3c44@minvz.example>"),
          ("To", "Katharina Wendt <k.wendt@minvz.example>"),
          ("X-Mailer", "iPhone Mail (18E212)"),
          ("X-Virus-Scanned", "amavisd-new at minvz.example")]
    return message(hs, part, mime_version=False)


def l06():
    r = random.Random(1006)
    t0 = D(2007, 2, 20, 19, 26, 9)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [192.168.2.101] (p5B0C1F2A.dip.t-dialin.example [198.51.100.41])\r\n\tby smtp08.web.de with asmtp (WEB.DE 4.107 #172)\r\n\tid 1HJb7B-0004vT-00", "CET", 1, 3)
    h2 = gw.hop(c, "from smtp08.web.de ([203.0.113.9])\r\n\tby lists.stb-kreis.example with esmtp (Exim 4.50)\r\n\tid 1HJb7D-0000Zq-Ez\r\n\tfor stb-forum@lists.stb-kreis.example", "CET", 1, 5)
    h3 = gw.kabel(c, "lists.stb-kreis.example", "198.51.100.88", "m.lang@kabelnet.test")
    body_txt = """Heike Brandt schrieb:
> Die Anlage auf dem eigenen Wohnhaus (8,6 kWp, Inbetriebnahme Juli
> 2006) speist voll ein. Der Mandant meint, weil er "nur" Strom
> verkauft, müsse er gar nichts erklären. Das sehe ich anders.

Du siehst das richtig. Mit der Einspeisung wird er Unternehmer im Sinne
des UStG und erzielt Einkünfte aus Gewerbebetrieb. Den Gewinn ermittelt
er in aller Regel per Einnahmen-Überschuss-Rechnung nach § 4 Abs. 3 EStG,
eine Bilanzierungspflicht besteht bei der Größenordnung nicht.

> Kann man die Umsatzsteuer aus der Anschaffung ziehen, wenn er als
> Kleinunternehmer angemeldet ist?

Nein, dann nicht. Deshalb optieren die meisten zur Regelbesteuerung; die
Vorsteuer aus Anlage und Montage ist dann voll abziehbar, dafür ist er
fünf Jahre gebunden. Bei 8,6 kWp lohnt sich das praktisch immer.

Zwei Punkte, die in der Praxis gern übersehen werden:

- AfA über 20 Jahre linear, nicht über die Förderdauer
- anteilige Kosten für das Dach (Reparaturen) sind nur bei
  nachvollziehbarer Aufteilung ansetzbar

Gewerbesteuer fällt bei dem Gewinn wegen des Freibetrags nicht an, die
Anmeldung beim Gewerbeamt ist trotzdem erforderlich; das Finanzamt
schickt dann auch den Fragebogen zur steuerlichen Erfassung.

Gruß
Matthias Lang

--
Steuerberater Dipl.-Kfm. Matthias Lang
Kanzlei Lang & Oberle, Villingen
_______________________________________________
StB-Forum Mailingliste
StB-Forum@lists.stb-kreis.example
http://lists.stb-kreis.example/mailman/listinfo/stb-forum
"""
    part = text(body_txt, cs="ISO-8859-15", cte="8bit", ct="text/plain; charset=ISO-8859-15; format=flowed")
    hs = [("Return-Path", "<stb-forum-bounces@lists.stb-kreis.example>"),
          ("Received", h3), ("Received", h2), ("Received", h1),
          ("Message-ID", "<45DB4B79.3050109@web.de>"),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Matthias Lang <m.lang.stb@web.de>"),
          ("User-Agent", "Thunderbird 1.5.0.9 (Windows/20061207)"),
          ("MIME-Version", "1.0"),
          ("To", "StB-Forum <stb-forum@lists.stb-kreis.example>"),
          ("References", "<45DAF0C2.4010306@kanzlei-brandt.example>"),
          ("In-Reply-To", "<45DAF0C2.4010306@kanzlei-brandt.example>"),
          ("*PART*", None),
          ("X-Sender", "m.lang.stb@web.de"),
          ("Subject", "Re: [StB-Forum] Gewinnermittlung bei Photovoltaikanlage auf dem Wohnhaus"),
          ("X-BeenThere", "stb-forum@lists.stb-kreis.example"),
          ("X-Mailman-Version", "2.1.9"),
          ("Precedence", "list"),
          ("List-Id", "Fachforum fuer Steuerberaterinnen und Steuerberater <stb-forum.lists.stb-kreis.example>"),
          ("List-Unsubscribe", "<http://lists.stb-kreis.example/mailman/listinfo/stb-forum>,\r\n\t<mailto:stb-forum-request@lists.stb-kreis.example?subject=unsubscribe>"),
          ("List-Archive", "<http://lists.stb-kreis.example/pipermail/stb-forum>"),
          ("List-Post", "<mailto:stb-forum@lists.stb-kreis.example>"),
          ("List-Help", "<mailto:stb-forum-request@lists.stb-kreis.example?subject=help>"),
          ("List-Subscribe", "<http://lists.stb-kreis.example/mailman/listinfo/stb-forum>,\r\n\t<mailto:stb-forum-request@lists.stb-kreis.example?subject=subscribe>"),
          ("Sender", "stb-forum-bounces@lists.stb-kreis.example"),
          ("Errors-To", "stb-forum-bounces@lists.stb-kreis.example")]
    return message(hs, part, mime_version=False)


# ------------------------------------------------------------------ French
def l07():
    r = random.Random(1007)
    t0 = D(2006, 4, 3, 14, 55, 40)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from vsc-app07.voyages-sncf.com (vsc-app07 [10.34.2.17])\r\n\tby mail2.voyages-sncf.com (8.13.1/8.13.1) with ESMTP id k33EtgTw028441\r\n\tfor <sophie.martin@ppa-agency.example>", "CET", 1, 4)
    top = gw.agency(c, "mail2.voyages-sncf.com", "203.0.113.145")
    plain = """Bonjour Sophie MARTIN,

Nous vous confirmons votre commande effectuée le 03/04/2006 sur
voyages-sncf.com. Conservez bien cet e-mail : il vous sera utile pour
retirer vos billets ou modifier votre voyage.

REFERENCE DE VOTRE DOSSIER : QHZTRB
Nom associé au dossier : MARTIN

ALLER - mardi 18 avril 2006
TGV 6617   Paris Gare de Lyon  17h20  ->  Lyon Part Dieu  19h16
Voiture 14 - Place 83 - 2nde classe - Fenêtre - Salle non fumeur

RETOUR - jeudi 20 avril 2006
TGV 6640   Lyon Part Dieu  16h04  ->  Paris Gare de Lyon  18h00
Voiture 3 - Place 25 - 2nde classe - Couloir - Salle non fumeur

Tarif : Prem's, billets non échangeables et non remboursables
Montant total payé : 70,00 EUR (carte bancaire ****1184)

Mode de retrait : e-billet. Imprimez votre e-billet depuis la rubrique
"Mes réservations" ou retirez vos billets dans une borne libre-service
en gare, muni(e) de la carte bancaire utilisée pour le paiement.

Toute l'équipe voyages-sncf.com vous souhaite un bon voyage.

Service clients : 0 892 35 35 35 (0,34 EUR TTC/min)
Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body bgcolor="#ffffff" style="font-family:Verdana,Arial;font-size:11px">
<table width="580" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#7a2048"><font color="#ffffff" size="3"><b>Confirmation de votre commande</b></font></td></tr>
<tr><td>Bonjour Sophie MARTIN,<br><br>Nous vous confirmons votre commande effectu&eacute;e le 03/04/2006.
Conservez bien cet e-mail&nbsp;: il vous sera utile pour retirer vos billets ou modifier votre voyage.</td></tr>
<tr><td><b>R&eacute;f&eacute;rence de votre dossier : QHZTRB</b></td></tr>
<tr><td><b>Aller</b> - mardi 18 avril 2006<br>TGV 6617 &nbsp; Paris Gare de Lyon 17h20 &rarr; Lyon Part Dieu 19h16<br>
Voiture 14 - Place 83 - 2nde classe</td></tr>
<tr><td><b>Retour</b> - jeudi 20 avril 2006<br>TGV 6640 &nbsp; Lyon Part Dieu 16h04 &rarr; Paris Gare de Lyon 18h00<br>
Voiture 3 - Place 25 - 2nde classe</td></tr>
<tr><td>Tarif Prem's - Montant total pay&eacute; : <b>70,00 &euro;</b></td></tr>
<tr><td><font size="1" color="#666666">Service clients : 0 892 35 35 35 (0,34 &euro; TTC/min).
Ce message est envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.</font></td></tr>
</table></body></html>
"""
    body = multi("alternative", [text(plain, cs="iso-8859-1", cte="quoted-printable", ct="text/plain; charset=iso-8859-1"),
                                 text(html, "html", cs="iso-8859-1", cte="quoted-printable", ct="text/html; charset=iso-8859-1")],
                 "----=_Part_33817_27712043.1144076140512")
    hs = [("Received", top[0]), ("Received", top[1]), ("Received", h1),
          ("Received-SPF", "pass (inbound.ppa-agency.example: SPF record at voyages-sncf.com designates 203.0.113.145 as permitted sender)"),
          ("Date", fmt_date(t0, "CET")),
          ("From", "voyages-sncf.com <confirmation@voyages-sncf.com>"),
          ("To", "sophie.martin@ppa-agency.example"),
          ("Message-ID", "<11440761405128.33818.vsc-app07@voyages-sncf.com>"),
          ("Subject", "Confirmation de votre commande - Paris / Lyon - dossier QHZTRB"),
          ("*MIME*", None),
          ("Return-Path", "confirmation@voyages-sncf.com")]
    return message(hs, body)


def l08():
    r = random.Random(1008)
    t0 = D(2011, 9, 19, 9, 2, 33)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from PCCOMPTA2 (lns-bzn-39-82-255-17-211.adsl.fai.example [198.51.100.211])\r\n\t(Authenticated sender: compta@imprimerie-chabert.example)\r\n\tby smtp.hebergeur.example (Postfix) with ESMTPA id 9D2E81B4016\r\n\tfor <sophie.martin@ppa-agency.example>", "CET", 2, 9, comment=True)
    top = gw.agency(c, "smtp.hebergeur.example", "203.0.113.66")
    plain = """Bonjour Madame Martin,

Veuillez trouver ci-joint notre facture n° F11-0923 relative à
l'impression des actes du séminaire « Marchés publics et innovation »
(350 exemplaires, 96 pages, dos carré collé), livrés le 14 septembre
à votre attention.

Montant HT : 2 415,00 €
TVA 19,6 % : 473,34 €
Montant TTC : 2 888,34 €

Conformément à notre devis D11-0611, le règlement est à effectuer par
virement à 30 jours fin de mois. Nos coordonnées bancaires figurent en
bas de la facture.

Je reste à votre disposition pour toute question.

Bien cordialement,

Nathalie Chabert
Service comptabilité
Imprimerie Chabert & Fils - 14, rue des Tanneurs - 69007 Lyon
Tél. 04 78 55 12 40
"""
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 14 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri","sans-serif";}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri","sans-serif";
\tcolor:windowtext;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
--></style></head><body lang=FR link=blue vlink=purple><div class=WordSection1>
"""
    for para in plain.strip().split("\n\n"):
        html += "<p class=MsoNormal>%s<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>" % para.replace("\n", "<br>")
    html += "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="windows-1252", cte="quoted-printable", ct='text/plain;\r\n\tcharset="windows-1252"'),
                                text(html, "html", cs="windows-1252", cte="quoted-printable", ct='text/html;\r\n\tcharset="windows-1252"')],
                "----=_NextPart_001_0016_01CC76B2.8D2A4E10")
    a = attach(pdf("Facture F11-0923 Imprimerie Chabert"), "application/pdf", "Facture_F11-0923.pdf")
    body = multi("mixed", [alt, a], "----=_NextPart_000_0015_01CC76B2.8D2A4E10",
                 preamble="Ceci est un message de format MIME en plusieurs parties.")
    hs = [("Received", top[0]), ("Received", top[1]), ("Received", h1),
          ("Received-SPF", "pass (inbound.ppa-agency.example: domain of imprimerie-chabert.example designates 203.0.113.66 as permitted sender)"),
          ("Return-Path", "<compta@imprimerie-chabert.example>"),
          ("From", ew("Imprimerie Chabert - Comptabilité", "iso-8859-1", "Q") + " <compta@imprimerie-chabert.example>"),
          ("To", "\"Sophie Martin\" <sophie.martin@ppa-agency.example>"),
          ("Subject", "Facture F11-0923"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<001401cc76a1$d5b93a40$812baec0$@imprimerie-chabert.example>"),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Outlook 14.0"),
          ("Thread-Index", "Acx2odNK8u2dR9bVQXyS0l7tCq4Fjw=="),
          ("Content-Language", "fr")]
    return message(hs, body)


def l09():
    r = random.Random(1009)
    t0 = D(2019, 6, 12, 5, 31, 2)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from localhost (unknown [10.200.4.19])\r\n\tby mta-out4.colissimo.fr (Postfix) with ESMTP id 45NzQk1x9fz3CkWv\r\n\tfor <claire.dubois@kabelnet.test>", "CET", 0, 2, comment=True)
    h2 = gw.kabel(c, "mta-out4.colissimo.fr", "198.51.100.19", "claire.dubois@kabelnet.test")
    html = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Votre colis arrive</title></head>
<body style="margin:0;background:#eeeeee;font-family:Helvetica,Arial,sans-serif;color:#333333">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="20" style="background:#ffffff">
<tr><td style="background:#ffcc00;font-size:22px;font-weight:bold;color:#1b1b1b">Votre colis arrive demain</td></tr>
<tr><td>Bonjour Claire Dubois,</td></tr>
<tr><td>Votre colis n&deg; <b>6A17294038815</b> envoyé par <b>Librairie Le Chat Lettré</b> a été pris en charge
et sera livré <b>demain, jeudi 13 juin</b>, entre 9h et 18h, à l'adresse indiquée par l'expéditeur.</td></tr>
<tr><td>En cas d'absence, un avis de passage sera déposé dans votre boîte aux lettres et votre colis sera
disponible le lendemain dans votre bureau de poste ou point de retrait habituel.</td></tr>
<tr><td>Vous pouvez suivre votre colis sur laposte.fr/outils/suivre-vos-envois avec le numéro ci-dessus,
ou modifier gratuitement votre livraison (report de date, livraison chez un voisin).</td></tr>
<tr><td style="font-size:12px;color:#777777">Aucun paiement n'est demandé pour cette livraison : les frais d'envoi
ont été réglés par l'expéditeur. Colissimo ne vous demandera jamais vos coordonnées bancaires par e-mail ou SMS.</td></tr>
<tr><td style="font-size:11px;color:#999999">Cet e-mail vous est adressé automatiquement, merci de ne pas y répondre.<br>
La Poste - Société anonyme au capital de 5 364 851 364 € - 356 000 000 RCS Paris</td></tr>
</table></td></tr></table></body></html>
"""
    part = text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=utf-8")
    dk = dkim(r, "colissimo.fr", "mta4", "from:to:subject:date:message-id:content-type", epoch(t0))
    hs = [("Return-Path", "<bounce-notif@colissimo.fr>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; dkim=pass header.d=colissimo.fr; spf=pass smtp.mailfrom=bounce-notif@colissimo.fr"),
          ("DKIM-Signature", dk),
          ("From", "Colissimo <suivi@colissimo.fr>"),
          ("To", "claire.dubois@kabelnet.test"),
          ("Subject", ew("Votre colis 6A17294038815 sera livré demain", "utf-8", "B")),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<%s.%d@mta-out4.colissimo.fr>" % (rhex(r, 16), epoch(t0))),
          ("*MIME*", None)]
    return message(hs, part)


def l10():
    r = random.Random(1010)
    t0 = D(2014, 1, 27, 16, 40, 12)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from wwinf1m18 ([10.223.72.80])\r\n\tby mwinf5d22 with ME\r\n\tid oGgC1m00k1k7N5L01GgCm4", "CET", 1, 4, sep=" ")
    h2 = gw.kabel(c, "smtp.orange.fr", "203.0.113.102", "claire.dubois@kabelnet.test", rdns="smtp06.smtpout.orange.fr")
    plain = """Bonsoir Claire,

Bien reçu ton message, et oui, la maison est libre du samedi 9 au samedi
23 août. Je la bloque pour vous, pas de souci.

Pour le prix on reste comme avec ta cousine l'an dernier : 550 € la
semaine, ménage de fin de séjour compris. Pas besoin d'arrhes entre
nous, tu me feras un virement en juillet.

Quelques nouvelles de la maison : on a refait la salle de bain cet
automne et il y a maintenant un lave-vaisselle. Par contre le chemin vers
la plage de Trestraou est en travaux jusqu'au printemps, mais ce sera
fini largement avant l'été.

Les clés seront chez Mme Le Goff, la voisine du 12, comme d'habitude.

Je t'embrasse, et bonjour à Julien et aux enfants.
Michel

> Message du 26/01/14 22:03
> De : "Claire Dubois"
> A : "Michel Garnier"
> Objet : Location de la maison de Perros-Guirec en août
>
> Bonsoir tonton Michel,
>
> On réfléchit déjà à l'été... Est-ce que ta maison de Perros serait
> libre les deux premières semaines d'août ? On serait 4 (2 adultes,
> 2 enfants) et peut-être le chien, si ça ne te dérange pas.
>
> Bises,
> Claire
"""
    html = "<html><head></head><body><p>" + "</p><p>".join(
        p.replace("\n", "<br>") for p in plain.split("\n\n")[:6]) + "</p><blockquote>" + \
        "<br>".join(l.lstrip("> ") for l in plain.split("\n\n", 6)[6].split("\n")) + "</blockquote></body></html>\n"
    body = multi("alternative", [text(plain, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8"),
                                 text(html, "html", cs="UTF-8", cte="quoted-printable", ct="text/html; charset=UTF-8")],
                 "=_NextPart_%s" % rhex(r, 20))
    hs = [("Received", h2), ("Received", h1),
          ("X-ME-Helo", "wwinf1m18"),
          ("X-ME-Date", "Mon, 27 Jan 2014 17:40:12 +0100"),
          ("X-ME-IP", "198.51.100.59"),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Michel Garnier <michel.garnier@orange.fr>"),
          ("Reply-To", "Michel Garnier <michel.garnier@orange.fr>"),
          ("To", "Claire Dubois <claire.dubois@kabelnet.test>"),
          ("Message-ID", "<%d.%d.1390840812%03d.JavaMail.www@wwinf1m18>" % (r.randint(100000000, 999999999), r.randint(10000, 99999), r.randint(0, 999))),
          ("In-Reply-To", "<52E57853.4090004@kabelnet.test>"),
          ("Subject", ew("Re: Location de la maison de Perros-Guirec en août", "UTF-8", "Q")),
          ("*MIME*", None),
          ("X-Originating-IP", "[198.51.100.59]"),
          ("X-Wum-Nature", "EMAIL-NATURE"),
          ("X-WUM-FROM", "|~|"),
          ("X-WUM-TO", "|~|"),
          ("X-WUM-REPLYTO", "|~|"),
          ("X-Mailer", "Webmail Orange")]
    return message(hs, body)


def l11():
    r = random.Random(1011)
    t0 = D(2003, 5, 16, 13, 22, 47)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from poste12 ([192.168.0.34]) by smtp.coop-ambassade.example\r\n          (Netscape Messaging Server 4.15) with SMTP id HHZ6Y402.I2C for\r\n          <int-ref@minvz.example>", "CET", 3, 15)
    h2 = gw.minvz(c, "smtp.coop-ambassade.example", "192.0.2.147", "int-ref@minvz.example")
    plain = """Madame, Monsieur,

Dans le cadre de la coopération bilatérale en matière de sécurité
routière, le Service de coopération technique de l'Ambassade organise du
16 au 18 juin 2003 une visite d'étude d'une délégation de six
fonctionnaires du ministère chargé des transports et de deux élus
régionaux.

La délégation souhaiterait rencontrer les services de votre ministère le
mardi 17 juin, de préférence en matinée, afin d'échanger sur :

  - la gestion des radars automatiques et le traitement des infractions ;
  - le financement des aménagements de sécurité sur le réseau secondaire ;
  - les campagnes de prévention destinées aux jeunes conducteurs.

Vous trouverez ci-joint le projet de programme ainsi que la liste
provisoire des participants. Une interprétation consécutive
français-allemand sera assurée par nos soins.

Je vous serais reconnaissant de bien vouloir me faire savoir si cette
date vous convient et de m'indiquer le nom de l'interlocuteur chargé de
la préparation de la réunion.

En vous remerciant par avance, je vous prie d'agréer, Madame, Monsieur,
l'expression de ma considération distinguée.

Laurent Vasseur
Attaché de coopération technique
Service de coopération technique - Ambassade
Tél. : +49 30 5550 2281 - Télécopie : +49 30 5550 2290
"""
    t = text(plain, cs="iso-8859-1", cte="quoted-printable", ct='text/plain;\r\n\tcharset="iso-8859-1"')
    a = attach(ole("Programme visite d'etude securite routiere 16-18 juin 2003"), "application/msword",
               "Programme_visite_juin2003.doc")
    body = multi("mixed", [t, a], "----=_NextPart_000_001E_01C31BAB.36D0B080", preamble="This is a multi-part message in MIME format.")
    hs = [("Return-Path", "<laurent.vasseur@coop-ambassade.example>"),
          ("Delivered-To", "int-ref@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("Message-ID", "<001d01c31b9a$0f3c2e60$2200a8c0@poste12>"),
          ("From", "\"Laurent Vasseur\" <laurent.vasseur@coop-ambassade.example>"),
          ("To", "<int-ref@minvz.example>"),
          ("Subject", ew("Visite d'étude - délégation sécurité routière, 17 juin 2003", "iso-8859-1", "Q")),
          ("Date", fmt_date(t0, "CET")),
          ("*MIME*", None),
          ("X-Priority", "3"),
          ("X-MSMail-Priority", "Normal"),
          ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1158"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1165")]
    return message(hs, body)


def l12():
    r = random.Random(1012)
    t0 = D(2023, 3, 9, 8, 0, 14)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from mta-112.envoi.campagno.example (mta-112.envoi.campagno.example [203.0.113.112])\r\n\tby relay2.campagno.example (Postfix) with ESMTPS id 4PXM0y2JgQz7Lm", "CET", 0, 3)
    h2 = gw.kabel(c, "relay2.campagno.example", "203.0.113.114", "claire.dubois@kabelnet.test")
    plain = """Musée Castel-Verrier - La lettre de mars 2023

NOUVELLE EXPOSITION : « Verre et lumière, 1880-1930 »
Du 18 mars au 27 août, plus de 140 pièces de verre soufflé, vitraux et
lampes de l'époque Art nouveau, dont une vingtaine jamais montrées au
public, issues du legs de la famille Aubertin.

VERNISSAGE RÉSERVÉ AUX AMIS DU MUSÉE
Vendredi 17 mars à 18h30. Réponse souhaitée avant le 14 mars auprès de
l'accueil (04 75 55 20 18).

OFFRE ADHÉRENTS
Pendant tout le mois de mars, la carte Ami du musée est à 25 € au lieu de
32 € (entrée illimitée pendant un an, visites guidées gratuites et 10 % à
la librairie-boutique).

ATELIERS EN FAMILLE - VACANCES DE PRINTEMPS
« Dessine ton vitrail » pour les 6-11 ans, les mercredis 12 et 19 avril à
14h30. Sur inscription, 6 € par enfant.

Horaires : du mardi au dimanche, 10h-18h. Nocturne le premier jeudi du
mois jusqu'à 21h.

Vous recevez cette lettre parce que vous êtes inscrite à la newsletter
du Musée Castel-Verrier. Pour ne plus la recevoir :
https://lettre.musee-castelverrier.example/desinscription?u=7f3a91c2e4
Musée Castel-Verrier, 3 place des Cordeliers, 26000 Valence (France)
"""
    html = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>La lettre de mars</title>
<style>body{margin:0;background:#f4efe6}td{font-family:Georgia,serif;color:#2e2a25}a{color:#8a4b14}</style></head>
<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="24" cellspacing="0" style="background:#fffdf8">
<tr><td style="font-size:13px;letter-spacing:2px;text-transform:uppercase">Musée Castel-Verrier &middot; La lettre de mars 2023</td></tr>
<tr><td><h1 style="font-weight:normal;font-size:30px;margin:0">Verre et lumière, 1880-1930</h1>
<p>Du 18 mars au 27 août, plus de 140 pièces de verre soufflé, vitraux et lampes Art nouveau, dont une vingtaine
jamais montrées au public, issues du legs de la famille Aubertin.</p></td></tr>
<tr><td><h2 style="font-size:18px">Vernissage réservé aux Amis du musée</h2><p>Vendredi 17 mars à 18h30.
Merci de répondre avant le 14 mars auprès de l'accueil (04&nbsp;75&nbsp;55&nbsp;20&nbsp;18).</p></td></tr>
<tr><td style="background:#f1e3cf"><h2 style="font-size:18px">Offre adhérents</h2><p>En mars, la carte Ami du musée passe à
<b>25&nbsp;€</b> au lieu de 32&nbsp;€&nbsp;: entrée illimitée un an, visites guidées offertes, 10&nbsp;% à la librairie-boutique.</p>
<p><a href="https://www.musee-castelverrier.example/amis?utm_source=lettre&amp;utm_medium=email&amp;utm_campaign=2303">Devenir Ami du musée</a></p></td></tr>
<tr><td><h2 style="font-size:18px">Ateliers en famille</h2><p>«&nbsp;Dessine ton vitrail&nbsp;», 6-11 ans, mercredis 12 et 19 avril à 14h30 (6&nbsp;€ par enfant, sur inscription).</p></td></tr>
<tr><td style="font-size:12px;color:#7b7268">Du mardi au dimanche, 10h-18h &middot; nocturne le premier jeudi du mois jusqu'à 21h<br>
3 place des Cordeliers, 26000 Valence<br><br>
Vous recevez cette lettre car vous êtes inscrite à notre newsletter.
<a href="https://lettre.musee-castelverrier.example/desinscription?u=7f3a91c2e4">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://lettre.musee-castelverrier.example/o/7f3a91c2e4/2303.gif" width="1" height="1" alt=""></body></html>
"""
    body = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"),
                                 text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=utf-8")],
                 "----=_Part_%s" % rhex(r, 24))
    dk = dkim(r, "musee-castelverrier.example", "cpg1", "from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post:mime-version", epoch(t0))
    hs = [("Return-Path", "<bnc-7f3a91c2e4.2303@envoi.campagno.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test;\r\n\tdkim=pass header.d=musee-castelverrier.example;\r\n\tspf=pass smtp.mailfrom=envoi.campagno.example;\r\n\tdmarc=pass header.from=musee-castelverrier.example"),
          ("DKIM-Signature", dk),
          ("Date", fmt_date(t0, "CET")),
          ("From", ew("Musée Castel-Verrier", "utf-8", "Q") + " <lettre@musee-castelverrier.example>"),
          ("To", "claire.dubois@kabelnet.test"),
          ("Subject", ew("« Verre et lumière » ouvre le 18 mars - vernissage et offre adhérents", "utf-8", "B")),
          ("Message-ID", "<%s.%s@envoi.campagno.example>" % (ralnum(r, 22), rhex(r, 8))),
          ("List-Unsubscribe", "<https://lettre.musee-castelverrier.example/desinscription?u=7f3a91c2e4>,\r\n <mailto:desinscription@envoi.campagno.example?subject=7f3a91c2e4>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Feedback-ID", "2303:7f3a91c2e4:campagno"),
          ("X-Mailer", "Campagno 4.2"),
          ("*MIME*", None)]
    return message(hs, body)
