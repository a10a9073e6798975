# German, French, Spanish junk (u01-u19). All names, domains, numbers invented.
from mkmail import (same, Leaf, Multi, boundary, mid, ew, addr, ip, dsl_name, hexs, alnum, lower_alnum,
                    dkim, utc_of, tiny_png, tiny_gif, tiny_jpeg, fake_pdf, tiny_zip, placeholder_doc, b64rand)


def u01(r):  # 2004 German potency pills, ratware claiming OE6
    a = ip(r)
    dom = "medi%s.biz" % lower_alnum(r, 4)
    txt = """Hallo,

Sie haben Probleme im Bett? Das muss nicht sein.

Viagra 100mg - 10 Tabletten nur 39,90 EUR
Cialis 20mg - 10 Tabletten nur 54,00 EUR
Levitra - jetzt auch als Probierpaket

Diskreter Versand in neutraler Verpackung, kein Rezept nötig,
Lieferung innerhalb von 3-5 Werktagen nach Deutschland, Österreich
und in die Schweiz.

Bestellen Sie hier: http://www.%s/de/?id=%s

Mit freundlichen Grüßen
Ihr Apothekenteam

--
Keine weiteren Angebote? Antworten Sie mit "stop".
""" % (dom, hexs(r, 6))
    return dict(label="spam", lang="de", kind="potency pills", org=0, ui=0, when=(2004, 3, 17, 9, 42, 11), off=60,
                client="oe6", F=dict(frm=addr("Apotheke Direkt", "bestellung@" + dom), subj=ew("Potenzmittel günstig ohne Rezept", "iso-8859-1", "Q"),
                                     mid=mid(r, "oe", "%s" % hexs(r, 6)), ver="6.00.2800.1158"),
                root=Leaf("text/plain", txt, "iso-8859-1", "quoted-printable", ctfmt="oe"),
                peer=dict(helo="[%s]" % a, rdns=dsl_name(r, a, "dip.kabelnetz.example"), ip=a), envfrom="xqlr%s@%s" % (r.randint(10, 99), dom))


def u02(r):  # 2007 German Finanzagent money-mule job, web.de
    a = ip(r)
    txt = """Sehr geehrte Damen und Herren,

wir sind ein internationales Unternehmen mit Sitz in Riga und suchen
für unsere Filiale in Deutschland einen zuverlässigen Finanzagenten
(Teilzeit, von zu Hause aus).

Ihre Aufgaben:
- Empfang von Zahlungen unserer Kunden auf Ihr privates Konto
- Weiterleitung der Beträge per Western Union an unsere Buchhaltung
- Sie behalten 8% jeder Überweisung als Provision

Voraussetzungen: Wohnsitz in Deutschland, eigenes Bankkonto,
2-3 Stunden Zeit pro Woche. Verdienst bis zu 2.500 Euro im Monat!

Bei Interesse senden Sie bitte Ihren Namen, Ihre Anschrift und
Telefonnummer an unsere Personalabteilung: baltic.hr.dept@yahoo.com

Hochachtungsvoll
Ingrid Sokolova
Personalabteilung, Baltic Trade Solutions Ltd.
"""
    return dict(label="spam", lang="de", kind="money mule job", org=1, ui=0, when=(2007, 6, 12, 14, 5, 33), off=120,
                client="raw", F=dict(frm=addr("Ingrid Sokolova", "i.sokolova77@web.de"), subj="Nebenjob - Finanzagent gesucht, bis 2500 EUR/Monat",
                                     mid="<%d@web.de>" % r.randint(10 ** 8, 10 ** 9), reply="baltic.hr.dept@yahoo.com",
                                     order=["Date", "From", "To", "Subject", "MIME", "Message-ID", "Reply-To",
                                            ("X-Provags-ID", "kafka3%s" % b64rand(r, 18)), ("Sender", "i.sokolova77@web.de"),
                                            ("X-Mailer", "WEB.DE FreeMail 7.0")]),
                root=Leaf("text/plain", txt, "iso-8859-15", "8bit", ctfmt="u"),
                hops=[("from [%s] by freemailng%04d.web.de with HTTP" % (a, r.randint(1000, 9999)), 120)],
                peer=dict(same("fmmailgate0%d.web.de" % r.randint(1, 4)), ip=ip(r, "198.51.100")),
                envfrom="i.sokolova77@web.de", auth=dict(spf="pass"))


def u03(r):  # 2011 Sparkasse look-alike phish, html only
    a = ip(r)
    lk = "http://sparkasse-sicherheitscenter.%s.tk/banking/login.php?sid=%s" % (lower_alnum(r, 5), hexs(r, 16))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#ff0000" style="color:#ffffff;padding:8px">
<b>Sparkasse</b> &nbsp;| Online-Banking Sicherheitsdienst</td></tr>
<tr><td style="padding:14px">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>aufgrund der neuen EU-Richtlinie zur Zahlungsdiensten (PSD) sind wir verpflichtet,
die Daten aller Online-Banking-Kunden bis zum 30.09.2011 zu überprüfen.</p>
<p>Ihr Zugang wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Identität
über das folgende Formular, um eine Sperrung Ihres Kontos zu vermeiden:</p>
<p><a href="%s">&raquo; Jetzt Daten bestätigen</a></p>
<p>Für die Bestätigung benötigen Sie Ihre Anmeldedaten und zwei gültige TAN-Nummern.</p>
<p>Vielen Dank für Ihr Verständnis.<br>Ihre Sparkasse - Abteilung Kundensicherheit</p>
</td></tr><tr><td style="font-size:10px;color:#888888;padding:8px">Dies ist eine automatisch erzeugte Nachricht. Bitte nicht antworten.</td></tr></table>
</body></html>
""" % lk
    dom = "web%d.hoster-%s.example" % (r.randint(10, 99), lower_alnum(r, 3))
    return dict(label="phish", lang="de", kind="bank phishing (Sparkasse look-alike)", org=0, ui=1, when=(2011, 9, 21, 22, 17, 5), off=120,
                client="php", F=dict(frm=addr("Sparkasse Online", "sicherheit@sparkasse-kundenservice.info"),
                                     subj=ew("Wichtige Mitteilung: Bestätigung Ihrer Kontodaten", "iso-8859-15", "Q", csname="ISO-8859-15"),
                                     mid=mid(r, "php", dom), xm="PHPMailer 5.1 (phpmailer.sourceforge.net)"),
                root=Leaf("text/html", html, "iso-8859-15", "quoted-printable", ctfmt="u"),
                hops=[("from www-data by %s with local (Exim 4.69)\r\n\t(envelope-from <www-data@%s>)\r\n\tid %s" % (dom, dom, "%s-%s-%s" % (alnum(r, 6), alnum(r, 6), alnum(r, 2))), 120)],
                peer=dict(same(dom), ip=a), envfrom="www-data@" + dom, auth=dict(spf="none"))


def u04(r):  # 2014 fake Rechnung with zip
    a = ip(r)
    inv = "RE-%d-%04d" % (r.randint(2014000, 2014999), r.randint(1, 9999))
    txt = """Sehr geehrte Kundin, sehr geehrter Kunde,

anbei erhalten Sie Ihre Rechnung %s vom 02.10.2014.
Der Betrag von 487,30 EUR wird in den nächsten Tagen von Ihrem
Konto abgebucht. Details zur Bestellung entnehmen Sie bitte dem
Anhang (ZIP-Archiv).

Bei Rückfragen wenden Sie sich bitte an unseren Kundendienst.

Mit freundlichen Grüßen
Buchhaltung
Telekommunikation Nordwest GmbH
""" % inv
    b = boundary(r, "rat")
    z = tiny_zip("Rechnung_%s.txt" % inv, "placeholder attachment for a test corpus, no content")
    root = Multi("mixed", [Leaf("text/plain", txt, "utf-8", "base64"),
                           Leaf("application/zip", z, None, "base64", name="Rechnung_%s.zip" % inv, disp="attachment")], b)
    hdom = "mail.%s-bau.pl" % lower_alnum(r, 6)
    return dict(label="phish", lang="de", kind="fake invoice with zip", org=1, ui=3, when=(2014, 10, 2, 8, 3, 51), off=120,
                client="raw", F=dict(frm=addr("Rechnungsstelle", "rechnung@%s" % hdom.split(".", 1)[1]),
                                     subj="Ihre Rechnung %s" % inv, mid="<%s@%s>" % (hexs(r, 14), hdom),
                                     order=["From", "To", "Subject", "Date", "Message-ID", "MIME", ("X-Mailer", "Microsoft Office Outlook 12.0")]),
                root=root, peer=dict(helo=hdom, rdns=None, ip=a, tls=False), envfrom="rechnung@" + hdom.split(".", 1)[1],
                auth=dict(spf="neutral"))


def u05(r):  # 2017 Branchenbuch scam with PDF form
    a = ip(r)
    txt = """Sehr geehrte Damen und Herren,

im Rahmen der Aktualisierung unseres Gewerbeverzeichnisses
"Deutsches Firmenregister online" bitten wir Sie, die bei uns
gespeicherten Angaben zu Ihrem Unternehmen zu prüfen.

Bitte korrigieren Sie gegebenenfalls fehlende oder falsche Angaben
im beigefügten Formular, unterschreiben Sie es und senden Sie es per
Fax an 0049 30 555 01 88 zurück.

Die Eintragung der Grunddaten ist kostenfrei. Die Rücksendung ist
bis 14 Tage nach Erhalt dieses Schreibens erbeten.

Mit freundlichen Grüßen

Register-Service
DFR Verlags- und Vertriebs s.r.o.
"""
    pdf = fake_pdf(["Eintragungsantrag Deutsches Firmenregister online",
                    "Firma: ______  Strasse: ______  PLZ/Ort: ______",
                    "Laufzeit 3 Jahre, jaehrlicher Beitrag 1.161,00 EUR zzgl. MwSt (Kleingedrucktes)",
                    "Unterschrift / Firmenstempel: ______"] + ["." * 60] * 30)
    root = Multi("mixed", [Leaf("text/plain", txt, "iso-8859-1", "quoted-printable"),
                           Leaf("application/pdf", pdf, None, "base64", name="Formular_Aktualisierung_2017.pdf", disp="attachment")],
                 boundary(r, "java"))
    dom = "firmenregister-de-online.com"
    return dict(label="spam", lang="de", kind="business directory scam", org=0, ui=3, when=(2017, 2, 8, 10, 21, 40), off=60,
                client="raw", F=dict(frm=addr("Register-Service", "service@" + dom), subj=ew("Aktualisierung Ihrer Firmendaten - Rückantwort erbeten", "iso-8859-1", "Q"),
                                     mid=mid(r, "java", "srv2." + dom),
                                     order=["Date", "From", "To", "Message-ID", "Subject", "MIME"]),
                root=root, hops=[("from srv2.%s (localhost [127.0.0.1])\r\n\tby srv2.%s (Postfix) with ESMTP id %s" % (dom, dom, hexs(r, 10, True)), 60)],
                peer=dict(same("srv2." + dom), ip=a), envfrom="bounce@" + dom,
                auth=dict(spf="pass", dkim="none", dmarc="none", from_dom=dom))


def u06(r):  # 2021 Chinese factory pitch in German
    a = ip(r)
    txt = """Sehr geehrter Einkaufsleiter,

Guten Tag! Hier ist Lily von Shenzhen Hongguang Lighting Co., Ltd.
Wir sind professionelle Hersteller für LED-Panelleuchten, LED-Hallenstrahler
und Solar-Straßenlaternen seit 2009, mit CE, RoHS, TÜV Zertifikat.

Unsere Vorteile:
1. Fabrikpreis direkt, keine Zwischenhändler
2. 5 Jahre Garantie
3. OEM/ODM willkommen, kleine Bestellmenge ist akzeptabel
4. Schnelle Lieferung 15-20 Tage

Wenn Sie Interesse haben, schicke ich Ihnen gerne unseren neuesten
Katalog und die Preisliste. Kostenlose Muster sind möglich.

Ich freue mich auf Ihre Antwort!

Beste Grüße
Lily Chen
Vertriebsmanagerin
Shenzhen Hongguang Lighting Co., Ltd.
WhatsApp/WeChat: +86 138 0000 4471
"""
    dom = "hg-ledlighting.top"
    return dict(label="spam", lang="de", kind="Chinese factory pitch", org=4, ui=1, when=(2021, 5, 19, 3, 12, 8), off=480,
                client="raw", F=dict(frm=addr("Lily Chen", "lily@" + dom), subj="LED Beleuchtung direkt vom Hersteller - Katalog 2021",
                                     mid="<%s%s@%s>" % (r.randint(2021051900000000, 2021051999999999), hexs(r, 6), dom),
                                     order=["Date", "From", "To", "Subject", ("X-Priority", "3"), ("X-Has-Attach", "no"),
                                            ("X-Mailer", "Foxmail 7.2.19.158[cn]"), "MIME", "Message-ID"]),
                root=Leaf("text/plain", txt, "utf-8", "base64"),
                hops=[("from DESKTOP-%s (unknown [%s])\r\n\tby smtp.%s (Coremail) with SMTP id %s" % (alnum(r, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ip(r), dom, alnum(r, 28)), 480)],
                peer=dict(helo="smtp." + dom, rdns=None, ip=a), envfrom="lily@" + dom, auth=dict(spf="pass", dkim="none", dmarc="none"))


def u07(r):  # 2025 heat pump offer via ESP, multipart/alternative
    dom = "waermewende-angebote.de"
    esp = "mta%d.sendflux-mail.net" % r.randint(10, 99)
    tok = alnum(r, 22)
    plain = """Hallo,

die Heizkosten steigen weiter - mit einer modernen Luft-Wasser-Wärmepumpe
sparen Hausbesitzer bis zu 60 %% ihrer Heizkosten. Und: Bis zu 70 %% der
Investition übernimmt der Staat.

Unsere Partner-Fachbetriebe in Ihrer Region erstellen Ihnen ein
kostenloses, unverbindliches Angebot inklusive Förderantrag.

Jetzt Förder-Check starten (2 Minuten):
https://click.sendflux-mail.net/c/%s

Nur noch 14 Beratungstermine im Dezember frei.

Ihr Team von WärmeWende Angebote

Sie erhalten diese Nachricht, weil Sie sich für Energiespar-Tipps
angemeldet haben. Abmelden: https://click.sendflux-mail.net/u/%s
WärmeWende Angebote UG, Musterweg 4, 44135 Dortmund
""" % (tok, tok[::-1])
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Förder-Check</title></head>
<body style="margin:0;background:#eef3ee"><center><table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 28px;font-size:22px;color:#1d5c2e"><strong>Bis zu 70&nbsp;%% Zuschuss für Ihre neue Wärmepumpe</strong></td></tr>
<tr><td style="padding:0 28px;font-size:15px;line-height:22px;color:#333">Die Heizkosten steigen weiter &ndash; mit einer modernen Luft-Wasser-Wärmepumpe
sparen Hausbesitzer bis zu 60&nbsp;%% ihrer Heizkosten.<br>Unsere Partner-Fachbetriebe erstellen Ihnen ein kostenloses Angebot inklusive Förderantrag.</td></tr>
<tr><td align="center" style="padding:24px"><a href="https://click.sendflux-mail.net/c/%s" style="background:#2e8b47;color:#fff;padding:14px 26px;border-radius:6px;text-decoration:none;font-weight:bold">Förder-Check starten</a></td></tr>
<tr><td style="padding:0 28px 20px;font-size:13px;color:#b33">Nur noch 14 Beratungstermine im Dezember frei.</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#999;border-top:1px solid #ddd">WärmeWende Angebote UG &middot; Musterweg 4 &middot; 44135 Dortmund<br>
<a href="https://click.sendflux-mail.net/u/%s" style="color:#999">Vom Newsletter abmelden</a></td></tr>
</table></center><img src="https://click.sendflux-mail.net/o/%s.gif" width="1" height="1" alt=""></body></html>
""" % (tok, tok[::-1], hexs(r, 20))
    root = Multi("alternative", [Leaf("text/plain", plain, "utf-8", "quoted-printable"), Leaf("text/html", html, "utf-8", "quoted-printable")], boundary(r, "esp"))
    from mkmail import utc_of as _u
    t = _u(2025, 11, 27, 7, 30, 2, 60)
    ex = [("List-Unsubscribe", "<https://click.sendflux-mail.net/u/%s>, <mailto:unsub-%s@sendflux-mail.net>" % (tok[::-1], hexs(r, 16))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Feedback-ID", "%d:%d:newsletter:sendflux" % (r.randint(1000, 9999), r.randint(100000, 999999))),
          ("X-Campaign-ID", "wp-foerder-%s" % hexs(r, 8))]
    return dict(label="spam", lang="de", kind="heat pump offer (ESP)", org=3, ui=0, when=(2025, 11, 27, 7, 30, 2), off=60,
                client="raw", F=dict(frm=addr("WärmeWende Angebote", "news@" + dom, cs="utf-8", mode="Q"),
                                     subj=ew("🔥 Heizkosten halbieren: Förderung für Wärmepumpen läuft aus", "utf-8", "B"),
                                     mid="<%s.%s@%s>" % (hexs(r, 24), r.randint(1000, 9999), esp), reply="beratung@" + dom,
                                     order=[("DKIM-Signature", dkim(r, dom, "sf1", "from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post:mime-version", t)),
                                            "Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME"], extra=ex),
                root=root, hops=[("from app-%d.sendflux.internal (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s" % (r.randint(1, 40), "10.8.%d.%d" % (r.randint(0, 9), r.randint(2, 250)), esp, alnum(r, 12)), 0)],
                peer=dict(same(esp), ip=ip(r, "203.0.113")), envfrom="bounce-%s@sendflux-mail.net" % hexs(r, 12),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom=dom, from_dom=dom))


# ----------------------------------------------------------------- French
def u08(r):  # 2003 crédit rapide, raw 8-bit subject
    a = ip(r)
    txt = """Bonjour,

Vous avez des crédits en cours ? Vos mensualités sont trop lourdes ?

REGROUPEZ TOUS VOS CRÉDITS EN UN SEUL et réduisez vos mensualités
jusqu'à 60%% !

- Réponse de principe en 24h
- Même si vous êtes fiché Banque de France (sous conditions)
- Sans frais de dossier jusqu'au 31 mai

Exemple : 4 crédits = 1 150 euros/mois -> après regroupement 520 euros/mois

Demandez votre étude gratuite : http://www.credit-facile-%s.com/etude.htm

Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de
remboursement avant de vous engager.

Pour ne plus recevoir nos offres écrivez à retrait@credit-facile-%s.com
""" % ((lower_alnum(r, 3),) * 2)
    d = "credit-facile-%s.com" % lower_alnum(r, 3)
    return dict(label="spam", lang="fr", kind="debt consolidation / credit", org=2, ui=0, when=(2003, 5, 6, 16, 48, 2), off=120,
                client="raw", F=dict(frm="Credit Facile <info@%s>" % d, subj="Réduisez vos mensualités de 60% !".encode("iso-8859-1"),
                                     mid=None, order=["From", "To", "Subject", "Date", "MIME", ("X-Mailer", "Microsoft Outlook Express 5.50.4807.1700")]),
                root=Leaf("text/plain", txt, "iso-8859-1", "8bit", ctfmt="u"),
                peer=dict(helo="default", rdns=dsl_name(r, a, "abo.wanadoo-like.example"), ip=a, tls=False), envfrom="info@" + d,
                first=(-300, 20))


def u09(r):  # 2006 casino bonus html only windows-1252
    a = ip(r)
    d = "grandcasino-%s.com" % lower_alnum(r, 5)
    html = """<html>
<body bgcolor="#000000" text="#ffcc00">
<center>
<font face="Verdana" size="5"><b>Casino Royal Palace</b></font><br><br>
<font face="Verdana" size="3">Bienvenue ! Nous doublons votre premier dépôt :<br>
<b>100 %% de bonus jusqu'à 500 €</b> + 50 tours gratuits</font><br><br>
<font face="Verdana" size="2">Plus de 200 jeux : roulette, black-jack, machines à sous, vidéo poker.<br>
Paiement rapide de vos gains, support 24h/24 en français.</font><br><br>
<a href="http://www.%s/fr/bonus.php?ref=%s"><font color="#ffffff" size="4"><b>&gt;&gt; JOUER MAINTENANT &lt;&lt;</b></font></a><br><br>
<font size="1" color="#888888">Réservé aux personnes majeures. Jouez de façon responsable.<br>
Si vous ne souhaitez plus recevoir nos messages, cliquez <a href="http://www.%s/rm.php">ici</a>.</font>
</center>
</body>
</html>
""" % (d, hexs(r, 8), d)
    return dict(label="spam", lang="fr", kind="online casino bonus", org=1, ui=1, when=(2006, 11, 23, 1, 7, 44), off=60,
                client="raw", F=dict(frm=addr("Casino Royal Palace", "bonus@" + d), subj=ew("500€ offerts pour votre première partie", "windows-1252", "Q"),
                                     mid="<%s$%s@%s>" % (hexs(r, 12), hexs(r, 6), lower_alnum(r, 8)),
                                     order=["Message-ID", "From", "To", "Subject", "Date", "MIME", ("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000")]),
                root=Leaf("text/html", html, "windows-1252", "quoted-printable", ctfmt="oe"),
                peer=dict(helo=lower_alnum(r, 7), rdns=dsl_name(r, a, "pool.telecom-ru.example"), ip=a), envfrom="%s@%s" % (lower_alnum(r, 6), d),
                first=(-120, 10))


def u10(r):  # 2009 Crédit Agricole look-alike, multipart/alternative
    a = ip(r)
    lk = "http://www.ca-particuliers-secure.%s.com/acces/identification.html?%s" % (lower_alnum(r, 4), hexs(r, 10))
    plain = """Cher(e) client(e),

Suite à une mise à jour de notre système de sécurité, nous vous
demandons de bien vouloir confirmer vos informations personnelles.

Sans réponse de votre part sous 48 heures, l'accès à votre compte
en ligne sera suspendu par mesure de précaution.

Pour confirmer, rendez-vous sur : %s

Cordialement,
Le service Sécurité
Crédit Agricole en ligne
""" % lk
    html = """<html><body>
<p><img src="http://www.ca-particuliers-secure.com/img/logo_ca.gif" alt="Crédit Agricole"></p>
<p>Cher(e) client(e),</p>
<p>Suite à une mise à jour de notre système de sécurité, nous vous demandons de bien vouloir
confirmer vos informations personnelles.</p>
<p><b>Sans réponse de votre part sous 48 heures, l'accès à votre compte en ligne sera suspendu par mesure de précaution.</b></p>
<p><a href="%s">Confirmer mes informations</a></p>
<p>Cordialement,<br>Le service Sécurité<br>Crédit Agricole en ligne</p>
</body></html>
""" % lk
    root = Multi("alternative", [Leaf("text/plain", plain, "iso-8859-15", "quoted-printable", ctfmt="oe"),
                                 Leaf("text/html", html, "iso-8859-15", "quoted-printable", ctfmt="oe")], boundary(r, "oe"), ctfmt="oe")
    return dict(label="phish", lang="fr", kind="bank phishing (Credit Agricole look-alike)", org=2, ui=3, when=(2009, 3, 10, 11, 2, 9), off=60,
                client="oe6", F=dict(frm=addr("Credit Agricole", "securite@credit-agricole-enligne.net"),
                                     subj="Confirmation de vos informations - Dossier %d" % r.randint(100000, 999999),
                                     mid=mid(r, "oe", "credit-agricole-enligne.net")),
                root=root, peer=dict(helo="User", rdns=dsl_name(r, a, "adsl.fai-exemple.example"), ip=a), envfrom="securite@credit-agricole-enligne.net",
                auth=dict(spf="softfail"))


def u11(r):  # 2013 replica watches, html base64
    a = ip(r)
    d = "montres-%s.xyz" % lower_alnum(r, 4)
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Georgia,serif;color:#222;max-width:560px">
<h2 style="color:#7a5c00">Montres de luxe - répliques suisses</h2>
<p>Rolex, Omega, TAG Heuer, Breitling, Patek Philippe... la qualité des originaux à partir de <b>129 €</b>.</p>
<ul>
<li>Mouvement automatique, verre saphir</li>
<li>Gravures et numéros de série identiques</li>
<li>Livraison gratuite en France, Belgique et Suisse</li>
</ul>
<p>Promotion d'été : <b>-30 %%</b> sur toute la collection avec le code ETE13.</p>
<p><a href="http://%s/?p=%s" style="color:#7a5c00">Voir la collection</a></p>
<p style="font-size:10px;color:#999">Vous recevez ce courriel car votre adresse figure dans notre fichier partenaires.</p>
</div></body></html>
""" % (d, alnum(r, 9))
    return dict(label="spam", lang="fr", kind="replica watches", org=0, ui=2, when=(2013, 7, 2, 13, 55, 19), off=180,
                client="raw", F=dict(frm=addr("Boutique Horlogerie", "%s@%s" % (lower_alnum(r, 7), d)), subj=ew("Répliques de montres suisses -30%", "utf-8", "B"),
                                     mid="<%s@%s>" % (alnum(r, 16), lower_alnum(r, 10)),
                                     order=["Subject", "From", "To", "Date", "Message-ID", "MIME", ("X-Mailer", "iPhone Mail (10B329)")]),
                root=Leaf("text/html", html, "utf-8", "base64", ctfmt="u"),
                peer=dict(helo="[%s]" % a, rdns=None, ip=a), envfrom="%s@%s" % (lower_alnum(r, 7), d), auth=dict(spf="none"))


def u12(r):  # 2019 impots.gouv refund phish, multipart/related with inline logo
    a = ip(r)
    dom = "%s-renov.fr" % lower_alnum(r, 6)
    vps = "vps%d.hebergeur-fr.example" % r.randint(1000, 9999)
    lk = "https://%s/wp-includes/impots/remboursement/?ref=%s" % (dom, alnum(r, 14))
    cid = "logo%s@impots" % hexs(r, 6)
    html = """<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px;color:#1e1e1e">
<img src="cid:%s" width="120" height="60" alt="impots.gouv.fr"><br>
<h3>DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES</h3>
<p>Madame, Monsieur,</p>
<p>Après le dernier calcul annuel de votre activité fiscale, nous avons déterminé que vous êtes
éligible à un remboursement d'impôt de <b>297,40 €</b>.</p>
<p>Veuillez soumettre la demande de remboursement et nous laisser 3 à 5 jours ouvrables afin de la traiter.</p>
<p style="text-align:center"><a href="%s" style="background:#000091;color:#fff;padding:10px 18px;text-decoration:none">Accéder au formulaire de remboursement</a></p>
<p>Un remboursement peut être retardé pour diverses raisons, par exemple la soumission de données non valides ou un dépôt après la date limite.</p>
<p>Référence de dossier : FR-%d-%s</p>
<p>Cordialement,<br>Service des impôts des particuliers</p>
</body></html>
""" % (cid, lk, r.randint(10 ** 6, 10 ** 7), alnum(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ"))
    root = Multi("related", [Leaf("text/html", html, "utf-8", "quoted-printable"),
                             Leaf("image/png", tiny_png(r, 3, 2), None, "base64", name="logo.png", disp="inline", cid=cid)],
                 boundary(r, "php"), params='; type="text/html"')
    return dict(label="phish", lang="fr", kind="tax refund phishing (impots.gouv)", org=2, ui=1, when=(2019, 4, 16, 18, 4, 27), off=120,
                client="php", F=dict(frm=addr("impots.gouv.fr", "no-reply@%s" % dom), subj=ew("Avis de remboursement - DGFiP", "utf-8", "Q", csname="UTF-8"),
                                     mid=mid(r, "php", dom), xm="PHPMailer 6.0.6 (https://github.com/PHPMailer/PHPMailer)"),
                root=root, hops=[("from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s" % (dom, vps, alnum(r, 11)), 120)],
                peer=dict(helo=vps, rdns="vps-%s.hebergeur-fr.example" % hexs(r, 6), ip=a),
                envfrom="%s@%s" % (lower_alnum(r, 6), dom), auth=dict(spf="pass", dkim="none"))


def u13(r):  # 2023 sextortion French
    a = ip(r)
    btc = "bc1q" + lower_alnum(r, 38).replace("o", "p").replace("i", "j")
    txt = """Bonjour,

Je suis un programmeur et j'ai accès à votre appareil depuis plusieurs mois.
Vous avez visité un site pour adultes et mon logiciel a enregistré l'écran
et la caméra en même temps. J'ai aussi copié tous vos contacts.

Si vous ne voulez pas que cette vidéo soit envoyée à votre famille et à vos
collègues, transférez 1450 EUR en Bitcoin à l'adresse suivante :

%s

Vous avez 48 heures. Je saurai quand vous aurez lu ce message.
Ne répondez pas, cette adresse n'est pas surveillée. Si vous
prévenez la police, la vidéo sera publiée immédiatement.
""" % btc
    me = rcpt_ = None
    return dict(label="spam", lang="fr", kind="sextortion", org=2, ui=2, when=(2023, 2, 14, 4, 51, 38), off=-180,
                client="raw", F=dict(frm="p.morel@cabinet-morel.example", subj=ew("Votre compte a été piraté - p.morel", "utf-8", "B"),
                                     mid="<%s@%s>" % (hexs(r, 20), ip(r)),
                                     order=["Date", "From", "To", "Subject", "Message-ID", "MIME"]),
                root=Leaf("text/plain", txt, "utf-8", "quoted-printable", ctfmt="u"),
                peer=dict(helo="%s.static.example-isp.br" % a.replace(".", "-"), rdns=None, ip=a), envfrom="p.morel@cabinet-morel.example",
                auth=dict(spf="fail", dkim="none"))


# ----------------------------------------------------------------- Spanish
def u14(r):  # 2005 El Gordo lottery
    a = ip(r)
    txt = """LOTERIA NACIONAL DE ESPAÑA - EL GORDO DE LA PRIMITIVA
Departamento de Premios Internacionales
Calle Alcalá 88, 28009 Madrid

Ref: ESP/WIN/%d/05      Lote: %d/LP

Estimado ganador,

Nos complace informarle que su dirección de correo electrónico fue
seleccionada en el sorteo internacional celebrado el 2 de abril de 2005.
Ha ganado la suma de 615.810,00 EUR (seiscientos quince mil ochocientos
diez euros) en la categoría 2.

Para reclamar su premio contacte con su agente asignado:

  Sr. Fernando Gil Ortega
  Tel: +34 600 000 217
  Email: fernando.gil.ortega@latinmail.example

Envíe los siguientes datos: nombre completo, dirección, teléfono,
nacionalidad, profesión, copia del pasaporte.

Por razones de seguridad mantenga este premio en confidencialidad
hasta la entrega del dinero.

Felicidades otra vez.

Sra. Maria Dolores Vega
Coordinadora de Premios
""" % (r.randint(1000, 9999), r.randint(100, 999))
    return dict(label="spam", lang="es", kind="lottery win (El Gordo)", org=3, ui=0, when=(2005, 4, 9, 12, 30, 0), off=120,
                client="raw", F=dict(frm=addr("LOTERIA NACIONAL", "premios_loterianacional@yahoo.es"), subj="NOTIFICACION DE PREMIO - EL GORDO", mid=None,
                                     reply="fernando.gil.ortega@latinmail.example",
                                     order=["From", "Reply-To", "To", "Subject", "Date", "MIME", ("X-Mailer", "Microsoft Outlook, Build 10.0.2627"),
                                            ("Importance", "High")]),
                root=Leaf("text/plain", txt, "iso-8859-1", "8bit"),
                hops=[("from [%s] by web%d.mail.ukl.yahoo.example via HTTP" % (a, r.randint(10000, 99999)), 60)],
                peer=dict(helo="web%d.mail.ukl.yahoo.example" % r.randint(10000, 99999), rdns=None, ip=ip(r)), envfrom="premios_loterianacional@yahoo.es")


def u15(r):  # 2008 BBVA phish html
    a = ip(r)
    lk = "http://%s/bbva/es/particulares/acceso.asp" % ip(r)
    html = """<HTML><HEAD><TITLE>BBVA</TITLE></HEAD>
<BODY>
<TABLE width=550 border=0><TR><TD><FONT face=Arial color=#094fa4 size=5><B>BBVA</B></FONT></TD></TR>
<TR><TD><FONT face=Arial size=2>
Estimado cliente de BBVA:<BR><BR>
Hemos detectado varios intentos fallidos de acceso a su Banca por Internet desde una
dirección IP desconocida. Por su seguridad hemos bloqueado temporalmente su cuenta.<BR><BR>
Para desbloquear el acceso debe verificar su identidad introduciendo su número de
tarjeta de coordenadas y su clave de acceso en el siguiente enlace:<BR><BR>
<A href="%s">https://www.bbva.es/verificacion-cliente</A><BR><BR>
Si no realiza la verificación en 24 horas su cuenta quedará bloqueada definitivamente.<BR><BR>
Atentamente,<BR>Departamento de Seguridad BBVA
</FONT></TD></TR></TABLE>
</BODY></HTML>
""" % lk
    return dict(label="phish", lang="es", kind="bank phishing (BBVA look-alike)", org=3, ui=1, when=(2008, 10, 28, 9, 14, 50), off=60,
                client="raw", F=dict(frm=addr("BBVA", "seguridad@bbva-clientes.es.%s.net" % lower_alnum(r, 5)), subj="Su cuenta ha sido bloqueada temporalmente",
                                     mid="<%s.%s@%s>" % (r.randint(10 ** 9, 2 * 10 ** 9), hexs(r, 5), lower_alnum(r, 6)),
                                     order=["Message-ID", "Date", "From", "To", "Subject", "MIME", ("X-Mailer", "Microsoft Office Outlook, Build 11.0.5510")]),
                root=Leaf("text/html", html, "iso-8859-1", "quoted-printable", ctfmt="oe"),
                peer=dict(helo="mail.%s.com" % lower_alnum(r, 6), rdns=dsl_name(r, a, "dynamic.cablemodem.example"), ip=a), envfrom="seguridad@%s.net" % lower_alnum(r, 6))


def u16(r):  # 2012 préstamo rápido, multipart/alternative windows-1252
    a = ip(r)
    d = "prestamos-%s.com" % lower_alnum(r, 5)
    plain = """¿Necesita dinero urgente?

Préstamos de 300 a 6.000 euros en 24 horas.
Sin aval, sin papeleo, aunque esté en ASNEF.

Solicítelo ahora: http://%s/solicitud?c=%s

Respuesta inmediata por SMS.
""" % (d, hexs(r, 7))
    html = """<html><body style="font-family:Tahoma"><div style="border:2px solid #e30613;padding:12px;width:480px">
<h1 style="color:#e30613;margin:0">¿Necesita dinero urgente?</h1>
<p><b>Préstamos de 300 a 6.000 €</b> en 24 horas.<br>Sin aval, sin papeleo, <u>aunque esté en ASNEF</u>.</p>
<p><a href="http://%s/solicitud?c=%s" style="font-size:18px">Solicítelo ahora &raquo;</a></p>
<p style="font-size:9px;color:#777">TAE orientativa 24,9 %%. Si desea darse de baja de esta lista responda con BAJA en el asunto.</p>
</div></body></html>
""" % (d, hexs(r, 7))
    root = Multi("alternative", [Leaf("text/plain", plain, "windows-1252", "8bit"), Leaf("text/html", html, "windows-1252", "quoted-printable")],
                 boundary(r, "ol"), ctfmt="oe")
    return dict(label="spam", lang="es", kind="quick loan (préstamo)", org=0, ui=0, when=(2012, 1, 30, 19, 40, 12), off=60,
                client="ol03", F=dict(frm=addr("Financiera Express", "ofertas@" + d), subj=ew("Préstamo en 24h sin aval", "windows-1252", "Q"),
                                      mid=mid(r, "oe", d)),
                root=root, peer=dict(helo="WIN-%s" % alnum(r, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rdns=None, ip=a, tls=False),
                envfrom="ofertas@" + d, auth=dict(spf="none"))


def u17(r):  # 2016 Chinese machinery pitch in Spanish
    a = ip(r)
    txt = """Estimado señor/señora:

Buenos días. Soy Kevin de Wenzhou Zhongtai Packing Machinery Co., Ltd.
Somos fabricante de máquinas envasadoras, selladoras al vacío y líneas
de embotellado desde hace 15 años. Nuestros productos se exportan a
México, Chile, Perú, Colombia y España.

Vimos su empresa en internet y creemos que nuestras máquinas pueden
ayudarle a reducir costos de producción.

- Precio de fábrica
- Garantía de 1 año y servicio técnico por video
- Certificado CE, ISO9001

¿Le puedo enviar nuestro catálogo y lista de precios?

Saludos cordiales,
Kevin Wu
Gerente de Ventas
Tel/WhatsApp: +86 577 0000 1932
"""
    d = "zt-packmachine.com.cn"
    return dict(label="spam", lang="es", kind="Chinese factory pitch", org=3, ui=3, when=(2016, 8, 3, 10, 8, 27), off=480,
                client="raw", F=dict(frm=addr("Kevin Wu", "kevin@" + d), subj=ew("Máquinas envasadoras - precio de fábrica", "utf-8", "B", csname="utf-8"),
                                     mid="<%s%s@%s>" % (r.randint(201608030000000000, 201608039999999999), hexs(r, 4), d),
                                     order=["Date", "From", "To", "Subject", ("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hexs(r, 8, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 12, True))),
                                            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.7.116[cn]"), "MIME", "Message-ID"]),
                root=Leaf("text/plain", txt, "utf-8", "base64"),
                hops=[("from PC-201512%s (unknown [%s])\r\n\tby smtp.%s (Coremail) with SMTP id %s" % (hexs(r, 4), ip(r), d, alnum(r, 24)), 480)],
                peer=dict(helo="smtp." + d, rdns=None, ip=a), envfrom="kevin@" + d, auth=dict(spf="pass", dkim="none", dmarc="none"))


def u18(r):  # 2020 Correos package phish html base64
    a = ip(r)
    lk = "https://correos-envio-%s.top/es/pago/?id=%s" % (lower_alnum(r, 4), alnum(r, 12))
    html = """<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="font-family:Arial;background:#f3f3f3">
<div style="max-width:540px;margin:auto;background:#fff;border-top:6px solid #ffcd00;padding:20px">
<h2 style="color:#002e6d">Correos</h2>
<p>Estimado cliente,</p>
<p>Su paquete con número de seguimiento <b>PQ%dES</b> está retenido en nuestro centro logístico
porque no se han abonado los gastos de aduana (1,99 €).</p>
<p>Para programar la entrega, realice el pago antes de las 23:59 de mañana. Después de esta fecha el paquete será devuelto al remitente.</p>
<p><a href="%s" style="display:inline-block;background:#002e6d;color:#fff;padding:10px 20px;text-decoration:none">Pagar y programar entrega</a></p>
<p style="font-size:11px;color:#666">Este es un mensaje automático, por favor no responda.</p>
</div></body></html>
""" % (r.randint(10 ** 10, 10 ** 11), lk)
    return dict(label="phish", lang="es", kind="parcel notice phishing (Correos)", org=1, ui=1, when=(2020, 11, 18, 23, 2, 15), off=60,
                client="php", F=dict(frm=addr("Correos", "notificaciones@%s.xyz" % lower_alnum(r, 9)), subj=ew("Su paquete está en espera - acción requerida", "UTF-8", "B"),
                                     mid=mid(r, "php", "%s.xyz" % lower_alnum(r, 9)), xm="PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)"),
                root=Leaf("text/html", html, "utf-8", "base64", ctfmt="u"),
                peer=dict(same("ip-%s.example-vps.net" % a.replace(".", "-")), ip=a),
                envfrom="root@ip-%s.example-vps.net" % a.replace(".", "-"), auth=dict(spf="none", dkim="none", dmarc="fail"))


def u19(r):  # 2024 crypto celebrity fake news, alternative
    d = "noticias-hoy-%s.com" % lower_alnum(r, 4)
    tok = alnum(r, 10)
    plain = """EXCLUSIVA: El presentador más querido de la televisión revela su
secreto en directo... y el Banco de España intenta impedirlo.

"Con solo 250 euros empecé a ganar más de 1.000 euros al día gracias a
una plataforma de trading automático con inteligencia artificial."

La entrevista fue retirada a los pocos minutos. Lea la historia completa
antes de que la borren: https://%s/articulo/%s

Plazas limitadas para nuevos usuarios en España.
""" % (d, tok)
    html = """<html><body style="font-family:Georgia,serif;max-width:620px">
<p style="color:#c00;font-weight:bold;font-size:13px">ÚLTIMA HORA</p>
<h1 style="font-size:26px">El presentador más querido de la televisión revela su secreto en directo</h1>
<p><i>...y el Banco de España intenta impedirlo.</i></p>
<blockquote>&laquo;Con solo 250 euros empecé a ganar más de 1.000 euros al día gracias a una plataforma de trading automático con inteligencia artificial.&raquo;</blockquote>
<p>La entrevista fue retirada a los pocos minutos de emitirse. <a href="https://%s/articulo/%s">Lea la historia completa</a> antes de que la borren.</p>
</body></html>
""" % (d, tok)
    root = Multi("alternative", [Leaf("text/plain", plain, "utf-8", "quoted-printable"), Leaf("text/html", html, "utf-8", "quoted-printable")], boundary(r, "gmail"))
    a = ip(r)
    user = "redaccion.%s" % lower_alnum(r, 6)
    t = utc_of(2024, 3, 5, 8, 44, 1, 60)
    gpre = [("DKIM-Signature", dkim(r, "gmail.com", "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n\t :date:message-id:reply-to", t, ln=256)),
            ("X-Google-DKIM-Signature", dkim(r, "1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from:mime-version", t, ln=256)),
            ("X-Gm-Message-State", "AOJu0Y" + b64rand(r, 42)),
            ("X-Google-Smtp-Source", "AGHT+IH" + b64rand(r, 45)),
            ("X-Received", "by 2002:a05:6000:%s:b0:33d:%s:%s with SMTP id %s.%d.%d;\r\n        Mon, 4 Mar 2024 23:44:09 -0800 (PST)" % (
                hexs(r, 3), hexs(r, 3), hexs(r, 4), lower_alnum(r, 14), r.randint(10, 99), r.randint(10 ** 12, 10 ** 13)))]
    return dict(label="spam", lang="es", kind="crypto investment fake news", org=4, ui=0, when=(2024, 3, 5, 8, 44, 1), off=60,
                client="gmail", F=dict(frm=addr("Noticias Hoy", user + "@gmail.com"), subj=ew("Lo sacaron del aire por decir esto...", "UTF-8", "Q"),
                                       mid=mid(r, "gmail", ""), gpre=gpre),
                root=root, hops=[("by mail-wr1-f%d.google.com with SMTP id %s.%d.%d\r\n        for <office@korvex-trade.test>" % (r.randint(40, 99), lower_alnum(r, 14), r.randint(10, 99), r.randint(10 ** 12, 10 ** 13)), -480)],
                peer=dict(same("mail-wr1-f%d.google.com" % r.randint(40, 99)), ip=a),
                envfrom=user + "@gmail.com", auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom="gmail.com", from_dom="gmail.com"))


MSGS = [u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12, u13, u14, u15, u16, u17, u18, u19]
