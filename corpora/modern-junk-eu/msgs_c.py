# Polish, Dutch, Croatian/Serbian, Romanian, Czech, Greek, Ukrainian junk (u42-u60). All invented.
from mkmail import (same, Leaf, Multi, boundary, mid, ew, addr, ip, dsl_name, hexs, alnum, lower_alnum, rfcdate,
                    dkim, utc_of, tiny_png, tiny_gif, tiny_jpeg, fake_pdf, tiny_zip, placeholder_doc, b64rand, priv, later)


def u42(r):  # 2005 Polish potency pills, iso-8859-2 qp
    a = ip(r)
    d = "tabletki%s.com" % lower_alnum(r, 4)
    txt = """Witam!

Masz problemy z erekcją? Nie wstydź się - to dotyczy co trzeciego
mężczyzny po 40-tce.

Viagra, Cialis, Levitra - oryginalne preparaty w najniższych cenach
w Polsce. Bez recepty, dyskretna przesyłka, płatność przy odbiorze.

  10 tabletek Viagra 100mg   - 149 zł
  10 tabletek Cialis 20mg    - 189 zł
  Zestaw próbny (4+4)        - 119 zł

Zamówienia: http://www.%s/pl/

Pozdrawiamy
Zespół sklepu
""" % d
    return dict(label="spam", lang="pl", kind="potency pills", org=4, ui=1, when=(2005, 11, 15, 22, 11, 7), off=60,
                client="raw", F=dict(frm=addr("Apteka Internetowa", "sklep@" + d), subj=ew("Dyskretna pomoc dla mężczyzn", "iso-8859-2", "Q", csname="ISO-8859-2"),
                                     mid="<%s.%s@%s>" % (hexs(r, 6, True), hexs(r, 8, True), lower_alnum(r, 6)),
                                     order=["Message-ID", "From", "To", "Subject", "Date", "MIME", ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2527")]),
                root=Leaf("text/plain", txt, "iso-8859-2", "quoted-printable", ctfmt="oe"),
                peer=dict(helo=lower_alnum(r, 8), rdns=dsl_name(r, a, "neoplus-like.example"), ip=a), envfrom="sklep@" + d)


def u43(r):  # 2010 Polish backscatter: multipart/report carrying a loan spam
    a = ip(r)
    srv = "poczta.%s.pl" % lower_alnum(r, 7)
    d = "szybka-pozyczka-%s.pl" % lower_alnum(r, 4)
    t = utc_of(2010, 2, 3, 14, 20, 0, 60)
    orig_body = """Pożyczka bez BIK i bez zaświadczeń!

Do 5000 zł w 15 minut na Twoje konto. Wystarczy dowód osobisty.
Nie sprawdzamy baz dłużników. Pierwsza pożyczka za 0 zł.

Wejdź: http://%s/wniosek

Aby zrezygnować z otrzymywania wiadomości wyślij pusty mail.
""" % d
    orig = ("Received: from %s ([%s]) by %s with SMTP; %s\r\n"
            "From: Pozyczki Online <oferta@%s>\r\n"
            "To: <office@korvex-trade.test>\r\n"
            "Subject: =?windows-1250?Q?Po=BFyczka_bez_BIK_do_5000_z=B3?=\r\n"
            "Date: %s\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=\"windows-1250\"\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" % (lower_alnum(r, 6), ip(r), srv, rfcdate(t, 60), d, rfcdate(t, 60))).encode("ascii") + orig_body.replace("\n", "\r\n").encode("windows-1250")
    qid = hexs(r, 10, True)
    note = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

Niestety nie udało się dostarczyć wiadomości do odbiorcy.

<biuro@%s>: host mx.%s[%s] said: 550 5.1.1 <biuro@%s>:
    Recipient address rejected: User unknown in virtual mailbox table
    (in reply to RCPT TO command)
""" % (srv, d.replace("szybka-", ""), d.replace("szybka-", ""), ip(r), d.replace("szybka-", ""))
    ds = ("Reporting-MTA: dns; %s\r\nX-Postfix-Queue-ID: %s\r\nX-Postfix-Sender: rfc822; office@korvex-trade.test\r\n"
          "Arrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; biuro@%s\r\nOriginal-Recipient: rfc822;biuro@%s\r\n"
          "Action: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.%s\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n") % (
        srv, qid, rfcdate(t, 60), d.replace("szybka-", ""), d.replace("szybka-", ""), d.replace("szybka-", ""))
    b = "%s.%d/%s" % (qid, r.randint(1264000000, 1265000000), srv)
    root = Multi("report", [Leaf("text/plain", note, "utf-8", "8bit", desc="Notification"),
                            Leaf("message/delivery-status", ds.encode("ascii"), None, "7bit", desc="Delivery report"),
                            Leaf("message/rfc822", orig, None, "8bit", desc="Undelivered Message")],
                 b, preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    return dict(label="spam", lang="pl", kind="backscatter bounce of loan spam (pożyczka)", org=4, ui=0, when=(2010, 2, 3, 14, 20, 41), off=60,
                client="raw", F=dict(frm="MAILER-DAEMON@%s (Mail Delivery System)" % srv, subj="Undelivered Mail Returned to Sender",
                                     mid="<%s@%s>" % ("20100203132041." + qid, srv),
                                     order=["Date", "From", "Subject", "To", ("Auto-Submitted", "auto-replied"), "MIME", "Message-ID"]),
                root=root, peer=dict(same(srv), ip=a, tls=False), envfrom="", rcpt="office@korvex-trade.test")


def u44(r):  # 2015 PKO look-alike phish, alternative utf-8
    a = ip(r)
    lk = "http://ipko-weryfikacja.%s.pl/logowanie/?id=%s" % (lower_alnum(r, 5), hexs(r, 12))
    plain = """Szanowny Kliencie,

w związku z wdrożeniem nowego systemu zabezpieczeń prosimy o ponowną
aktywację dostępu do serwisu iPKO. Brak aktywacji w ciągu 48 godzin
spowoduje czasowe zablokowanie rachunku.

Aktywacja: %s

Z poważaniem
Zespół Bezpieczeństwa
PKO Bank Polski
""" % lk
    html = """<html><body style="font-family:Arial;font-size:13px">
<table width="580" style="border:1px solid #ccc"><tr><td style="background:#004c9a;color:#fff;padding:10px"><b>PKO Bank Polski</b></td></tr>
<tr><td style="padding:14px"><p>Szanowny Kliencie,</p>
<p>w związku z wdrożeniem nowego systemu zabezpieczeń prosimy o ponowną aktywację dostępu do serwisu iPKO.
<b>Brak aktywacji w ciągu 48 godzin spowoduje czasowe zablokowanie rachunku.</b></p>
<p><a href="%s">Aktywuj dostęp</a></p><p>Z poważaniem<br>Zespół Bezpieczeństwa</p></td></tr></table></body></html>
""" % lk
    root = Multi("alternative", [Leaf("text/plain", plain, "utf-8", "quoted-printable"), Leaf("text/html", html, "utf-8", "quoted-printable")], boundary(r, "tb2"))
    user = "%s%d" % (lower_alnum(r, 6), r.randint(1, 99))
    return dict(label="phish", lang="pl", kind="bank phishing (PKO look-alike)", org=0, ui=2, when=(2015, 4, 21, 8, 2, 55), off=120,
                client="tb", F=dict(frm=addr("PKO Bank Polski", user + "@wp.pl"), subj=ew("Wymagana aktywacja dostępu iPKO", "UTF-8", "Q"),
                                    mid=mid(r, "tb", "wp.pl"), ua="Mozilla/5.0 (Windows NT 6.1; rv:31.0) Gecko/20100101 Thunderbird/31.6.0",
                                    reply="bezpieczenstwo@pko-bp-online.%s.com" % lower_alnum(r, 4)),
                root=root, hops=[("from [%s] (unknown [%s])\r\n\t(Authenticated sender: %s@wp.pl)\r\n\tby smtp.wp.pl (WP-SMTPD)" % (a, a, user), 120)],
                peer=dict(same("mx%d.wp.pl" % r.randint(1, 9)), ip=ip(r, "198.51.100")), envfrom=user + "@wp.pl",
                auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom="wp.pl", from_dom="wp.pl"))


def u45(r):  # 2019 Polish dating, html, utf-8, botnet
    a = ip(r)
    d = "randki-%s.icu" % lower_alnum(r, 5)
    html = """<html><body style="font-family:Verdana;font-size:14px">
<p>Cześć :)</p>
<p>Widziałam Twój profil i chciałabym Cię poznać bliżej. Jestem Kasia, mam 29 lat, mieszkam niedaleko.
Szukam kogoś na wspólne wieczory, bez zobowiązań 😉</p>
<p>Mam dla Ciebie kilka prywatnych zdjęć, ale wysyłam je tylko przez stronę:</p>
<p><a href="https://%s/p/%s">Zobacz moje zdjęcia</a></p>
<p>Buziaki, K.</p>
</body></html>
""" % (d, alnum(r, 7))
    return dict(label="spam", lang="pl", kind="dating", org=1, ui=0, when=(2019, 7, 28, 23, 48, 12), off=120,
                client="raw", F=dict(frm=addr("Kasia", "kasia%d@%s" % (r.randint(1, 999), d)), subj=ew("Kasia wysłała Ci wiadomość", "utf-8", "B"),
                                     mid="<%s.%s@%s>" % (hexs(r, 12), hexs(r, 12), lower_alnum(r, 9)),
                                     order=["From", "To", "Date", "Subject", "Message-ID", "MIME"]),
                root=Leaf("text/html", html, "utf-8", "quoted-printable"),
                peer=dict(helo="%s.%s.com" % (lower_alnum(r, 6), lower_alnum(r, 7)), rdns=None, ip=a), envfrom="kasia@" + d,
                auth=dict(spf="softfail", dkim="none", dmarc="none"))


def u46(r):  # 2023 Polish solar/heat-pump, plain with List-Unsubscribe, Outlook 16
    a = ip(r)
    d = "energia-dom-%s.pl" % lower_alnum(r, 4)
    srv = "serwer%d.hostingpl.example" % r.randint(1000, 9999)
    txt = """Dzień dobry,

nazywam się Tomasz Wiśniewski i reprezentuję firmę zajmującą się
montażem instalacji fotowoltaicznych z magazynem energii oraz pomp
ciepła dla firm i instytucji.

Dzięki programowi "Mój Prąd" i ulgom dla przedsiębiorców koszt
instalacji zwraca się już po 4-5 latach. Zapewniamy audyt, projekt,
montaż i obsługę wniosku o dofinansowanie.

Czy mogę zadzwonić w tym tygodniu, aby przedstawić krótką ofertę?
Proszę o informację, kto w Państwa organizacji odpowiada za media.

Z poważaniem
Tomasz Wiśniewski
Doradca Techniczny
tel. 500 000 318

Jeśli nie chcą Państwo otrzymywać naszych wiadomości, proszę odpisać "NIE".
"""
    return dict(label="spam", lang="pl", kind="solar / heat pump B2B offer", org=4, ui=2, when=(2023, 3, 14, 9, 6, 10), off=60,
                client="ol16", F=dict(frm=addr("Tomasz Wiśniewski", "t.wisniewski@" + d, cs="utf-8", mode="Q"), subj=ew("Fotowoltaika i pompy ciepła dla Państwa firmy", "utf-8", "Q"),
                                      mid=mid(r, "ol", d), lang="pl",
                                      extra=[("List-Unsubscribe", "<mailto:wypisz@%s?subject=unsubscribe>" % d)]),
                root=Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                hops=[("from DESKTOP-%s ([%s]) (Authenticated sender: t.wisniewski@%s)\r\n\tby %s (Postfix) with ESMTPSA id %s" % (
                    alnum(r, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ip(r), d, srv, alnum(r, 12)), 60)],
                peer=dict(same(srv), ip=a), envfrom="t.wisniewski@" + d,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom=d, from_dom=d))


# ----------------------------------------------------------------- Dutch
def u47(r):  # 2006 Dutch online casino, html iso-8859-1
    a = ip(r)
    d = "gokpaleis-%s.net" % lower_alnum(r, 4)
    html = """<html><body bgcolor="#1a0033">
<div align="center"><font face="Arial" color="#ffd700" size="6"><b>Het Gokpaleis</b></font><br>
<font face="Arial" color="#ffffff" size="3">Speel nu in het grootste online casino van de Benelux!<br>
Wij verdubbelen uw eerste storting tot &euro; 250,- en u krijgt er 25 gratis spins bij.<br><br>
Roulette &middot; Blackjack &middot; Fruitautomaten &middot; Poker</font><br><br>
<a href="http://www.%s/nl/aanmelden.php?aff=%d"><font face="Arial" color="#00ff00" size="5"><b>Klik hier en speel gratis!</b></font></a><br><br>
<font face="Arial" color="#999999" size="1">Uitschrijven? Stuur een lege e-mail naar remove@%s</font></div>
</body></html>
""" % (d, r.randint(1000, 9999), d)
    return dict(label="spam", lang="nl", kind="online casino", org=0, ui=3, when=(2006, 8, 30, 2, 19, 44), off=120,
                client="raw", F=dict(frm=addr(None, "%s@%s" % (lower_alnum(r, 7), d)), subj="250 euro gratis speelgeld - alleen vandaag",
                                     mid="<%s@%s>" % (hexs(r, 10), ip(r)),
                                     order=["Received-by-order", "From", "Subject", "Date", "To", "MIME"][1:]),
                root=Leaf("text/html", html, "iso-8859-1", "7bit", ctfmt="u"),
                peer=dict(helo="[%s]" % a, rdns=dsl_name(r, a, "home-nl.example"), ip=a), envfrom="%s@%s" % (lower_alnum(r, 7), d), auth=dict(spf="none"))


def u48(r):  # 2012 ING look-alike phish, alternative iso-8859-1
    a = ip(r)
    lk = "http://mijn-ing-beveiliging.%s.com/nl/inloggen/" % lower_alnum(r, 5)
    plain = """Geachte klant,

Vanaf 1 november 2012 zijn wij verplicht om de gegevens van al onze
klanten opnieuw te controleren. Uw rekening is nog niet geverifieerd.

Log in via onderstaande link en voer uw gebruikersnaam, wachtwoord en
de gegevens van uw betaalpas in om blokkering te voorkomen:

%s

Met vriendelijke groet,
ING Klantenservice
""" % lk
    html = "<html><body><font face=\"Verdana\" size=\"2\">" + plain.replace("\n", "<br>\n").replace(lk, '<a href="%s">Mijn ING - verificatie</a>' % lk) + "</font></body></html>\n"
    root = Multi("alternative", [Leaf("text/plain", plain, "iso-8859-1", "7bit"), Leaf("text/html", html, "iso-8859-1", "quoted-printable")], boundary(r, "yahoo"))
    return dict(label="phish", lang="nl", kind="bank phishing (ING look-alike)", org=3, ui=1, when=(2012, 10, 24, 16, 58, 3), off=120,
                client="raw", F=dict(frm=addr("ING Bank", "klantenservice@ing-nl-beveiliging.com"), subj="Uw rekening moet worden geverifieerd",
                                     mid="<%d.%d.JavaMail.%s@%s>" % (r.randint(100, 999), r.randint(1000, 99999), "root", lower_alnum(r, 8)),
                                     order=["Date", "From", "To", "Message-ID", "Subject", "MIME"]),
                root=root, peer=dict(helo="localhost", rdns="%s.hostingserver.example" % lower_alnum(r, 8), ip=a), envfrom="klantenservice@ing-nl-beveiliging.com",
                auth=dict(spf="softfail"))


def u49(r):  # 2017 Dutch Expo Guide trade-fair directory scam with PDF form (large)
    a = ip(r)
    txt = """Geachte exposant,

In verband met uw deelname aan de beurs verzoeken wij u vriendelijk
uw bedrijfsgegevens voor de EXPO GUIDE 2017/2018 te controleren en
te actualiseren.

Het bijgevoegde formulier dient binnen 10 dagen ingevuld,
ondertekend en per e-mail of fax aan ons te worden geretourneerd.
Zo zorgt u ervoor dat uw gegevens correct in de online beursgids
worden vermeld.

Voor vragen zijn wij bereikbaar op werkdagen van 9.00 tot 17.00 uur.

Met vriendelijke groeten,

Afdeling Registratie
Expo Guide Services S. de R.L.
"""
    lines = ["EXPO GUIDE - Formulier voor correctie en aanvulling van gegevens",
             "Bedrijfsnaam: ____________  Adres: ____________  Postcode/Plaats: ____________",
             "Telefoon: ____________  E-mail: ____________  Website: ____________",
             "Door ondertekening gaat u een contract aan voor 3 jaar, 1.271 EUR per jaar.",
             "Handtekening en bedrijfsstempel: ____________"]
    lines += ["Voorwaarde art. %d: placeholder text for the small print of an invented form, line %d." % (i, i) for i in range(1, 70)]
    pdf = fake_pdf(lines)
    root = Multi("mixed", [Leaf("text/plain", txt, "iso-8859-1", "7bit"),
                           Leaf("application/pdf", pdf, None, "base64", name="EXPO_GUIDE_formulier.pdf", disp="attachment")], boundary(r, "oe"), ctfmt="oe")
    d = "expo-guide-registratie.com"
    return dict(label="spam", lang="nl", kind="trade-fair directory scam (Expo Guide)", org=1, ui=0, when=(2017, 9, 12, 10, 40, 17), off=-360,
                client="oe6", F=dict(frm=addr("EXPO GUIDE", "registratie@" + d), subj="Actualisering gegevens EXPO GUIDE 2017/2018",
                                     mid=mid(r, "oe", "DESKTOP" + alnum(r, 6)), ver="6.00.2900.5931"),
                root=root, peer=dict(same("mail." + d), ip=a), envfrom="registratie@" + d, auth=dict(spf="pass", dkim="none", dmarc="none"))


def u50(r):  # 2021 PostNL parcel phish, html utf-8, compromised WordPress
    a = ip(r)
    host = "www.%s-bakkerij.nl" % lower_alnum(r, 5)
    web = "web%d.nl-hosting.example" % r.randint(10, 99)
    lk = "https://%s/wp-content/plugins/postnl/bezorging.php?t=3S%s" % (host, alnum(r, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    html = """<html><body style="font-family:Arial;background:#f2f2f2">
<table width="560" align="center" style="background:#fff"><tr><td style="background:#ed7000;color:#fff;padding:14px;font-size:20px"><b>PostNL</b></td></tr>
<tr><td style="padding:18px;font-size:14px">
<p>Beste klant,</p>
<p>We hebben vandaag geprobeerd uw pakket te bezorgen, maar er was niemand thuis.
Uw pakket ligt nu op ons sorteercentrum.</p>
<p>Plan een nieuwe bezorgmoment in. Hiervoor rekenen we een kleine herbezorgingskosten van &euro;&nbsp;1,50.</p>
<p style="text-align:center"><a href="%s" style="background:#ed7000;color:#fff;padding:10px 24px;text-decoration:none">Nieuwe bezorging plannen</a></p>
<p>Zonder reactie binnen 72 uur wordt het pakket teruggestuurd naar de afzender.</p>
</td></tr></table></body></html>
""" % lk
    return dict(label="phish", lang="nl", kind="parcel notice phishing (PostNL)", org=2, ui=0, when=(2021, 3, 9, 7, 12, 55), off=60,
                client="php", F=dict(frm=addr("PostNL", "noreply@%s" % host[4:]), subj=ew("Uw pakket kon niet worden bezorgd", "utf-8", "Q"),
                                     mid=mid(r, "php", host), xm="PHPMailer 6.2.0 (https://github.com/PHPMailer/PHPMailer)"),
                root=Leaf("text/html", html, "utf-8", "quoted-printable"),
                hops=[("from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s" % (host, web, alnum(r, 11)), 60)],
                peer=dict(same(web), ip=a),
                envfrom="wordpress@" + host[4:], auth=dict(spf="pass", dkim="none", dmarc="fail", from_dom=host[4:]))


def u51(r):  # 2026 Dutch remote job scam via WhatsApp, plain utf-8, outlook.com
    a = ip(r)
    user = "%s.%s%d" % (r.choice(["sanne", "sanne.work", "sanne.jobs"]), lower_alnum(r, 5), r.randint(1, 99))
    txt = """Hallo,

Ik ben Sanne van een online recruitmentbureau. We zoeken mensen die
vanuit huis 30 tot 60 minuten per dag willen werken. U beoordeelt
producten en hotels via uw telefoon en verdient 80 tot 300 euro per dag.
Geen ervaring nodig, uitbetaling dezelfde dag.

Leeftijd 23+. Interesse? Stuur een bericht via WhatsApp naar
+31 6 0000 7712 met de code NL-48.

Groetjes,
Sanne
"""
    return dict(label="spam", lang="nl", kind="task scam / remote job", org=4, ui=3, when=(2026, 1, 13, 11, 3, 20), off=60,
                client="raw", F=dict(frm=addr("Sanne", user + "@outlook.com"), subj="Flexibel thuiswerk - 80 tot 300 euro per dag",
                                     mid=mid(r, "exo", ""), order=["From", "To", "Subject", ("Thread-Topic", "Flexibel thuiswerk - 80 tot 300 euro per dag"),
                                                                    ("Thread-Index", b64rand(r, 22)), "Date", "Message-ID", ("Accept-Language", "nl-NL, en-US"),
                                                                    ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), "MIME"]),
                root=Leaf("text/plain", txt, "us-ascii", "quoted-printable"),
                hops=[("from AS8P189MB%04d.EURP189.PROD.OUTLOOK.COM ([fe80::%s:%s:%s]) by AS8P189MB%04d.EURP189.PROD.OUTLOOK.COM ([fe80::%s%%5]) with mapi id 15.20.%d.%d" % (
                    r.randint(1000, 9999), hexs(r, 4), hexs(r, 4), hexs(r, 4), r.randint(1000, 9999), hexs(r, 4), r.randint(9000, 9500), r.randint(10, 30)), 0)],
                peer=dict(helo="EUR02-AM0-obe.outbound.protection.outlook.com", rdns="mail-am0eur02olkn%d.outbound.protection.outlook.com" % r.randint(2000, 2100), ip=ip(r, "198.51.100")),
                envfrom=user + "@outlook.com", auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom="outlook.com"))


# ----------------------------------------------------------------- Croatian / Serbian
def u52(r):  # 2009 Croatian 419 inheritance, windows-1250 plain
    a = ip(r)
    txt = """Poštovani prijatelju,

Ja sam Barrister Edward Mensah, osobni odvjetnik pokojnog gospodina
Ivana Kovača, koji je bio inženjer nafte u Lomé, Togo. Moj klijent je
poginuo u prometnoj nesreći sa cijelom obitelji 2007. godine.

On je ostavio depozit od 8.500.000 USD (osam milijuna pet stotina tisuća
američkih dolara) u banci ovdje u Togo. Banka mi je dala rok da
predstavim najbližeg rođaka, inače će novac biti konfisciran.

Budući da imate isto prezime, molim Vas za suradnju da Vas predstavim
kao rođaka pokojnika. Novac ćemo podijeliti 50% za mene, 40% za Vas i
10% za troškove. Ovo je 100% legalno i bez rizika.

Molim Vas odgovorite na moju privatnu adresu: edward.mensah.chambers@yahoo.fr
sa Vašim punim imenom, brojem telefona i adresom.

S poštovanjem,
Barr. Edward Mensah (Esq)
"""
    return dict(label="spam", lang="hr", kind="419 inheritance letter", org=3, ui=2, when=(2009, 5, 26, 13, 4, 0), off=0,
                client="raw", F=dict(frm=addr("Barr. Edward Mensah", "edwardmensah_chambers@%s.com" % lower_alnum(r, 7)), subj=ew("Hitno i povjerljivo - nasljedstvo", "windows-1250", "Q"),
                                     mid="<%s.%d@%s>" % (hexs(r, 10), r.randint(1000, 9999), "webmail.%s.com" % lower_alnum(r, 6)),
                                     reply="edward.mensah.chambers@yahoo.fr",
                                     order=["Message-ID", "Date", "From", "Reply-To", "To", "Subject", ("User-Agent", "SquirrelMail/1.4.17"), "MIME", ("X-Priority", "3 (Normal)"), ("Importance", "Normal")]),
                root=Leaf("text/plain", txt, "windows-1250", "8bit", ctfmt="u"),
                hops=[("from %s\r\n        (SquirrelMail authenticated user edwardmensah_chambers)\r\n        by webmail.%s.com with HTTP" % (a, lower_alnum(r, 6)), 0)],
                peer=dict(same("host.%s.com" % lower_alnum(r, 6)), ip=ip(r)), envfrom="nobody@host.example-hosting.com",
                auth=dict(spf="none"))


def u53(r):  # 2022 Serbian M365 password expiry phish, html utf-8
    a = ip(r)
    lk = "https://%s.web.app/?email=%s" % (lower_alnum(r, 10), "a.nowak%40korvex-trade.test")
    html = """<html><body style="font-family:'Segoe UI',Arial;font-size:14px;color:#222">
<div style="max-width:520px;border:1px solid #e1e1e1;padding:20px">
<p style="font-size:18px"><b>Microsoft 365</b></p>
<p>Poštovani korisniče,</p>
<p>Lozinka za nalog <b>a.nowak@korvex-trade.test</b> ističe danas.</p>
<p>Da biste zadržali istu lozinku i izbegli prekid pristupa e-pošti, potvrdite je klikom na dugme ispod.</p>
<p><a href="%s" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Zadrži trenutnu lozinku</a></p>
<p style="font-size:11px;color:#666">Ovo je automatska poruka administratora sistema. Microsoft poštuje vašu privatnost.</p>
</div></body></html>
""" % lk
    sender = "info@%s.rs" % lower_alnum(r, 7)
    return dict(label="phish", lang="sr", kind="Microsoft 365 password expiry", org=4, ui=2, when=(2022, 10, 4, 8, 55, 21), off=120,
                client="raw", F=dict(frm=addr("Administrator sistema", sender), subj=ew("Lozinka ističe danas - a.nowak@korvex-trade.test", "utf-8", "Q"),
                                     mid="<%s@%s>" % (hexs(r, 32), sender.split("@")[1]),
                                     order=["Date", "To", "From", "Subject", "Message-ID", ("X-Mailer", "Roundcube Webmail/1.4.11"), "MIME"]),
                root=Leaf("text/html", html, "UTF-8", "base64"),
                hops=[("from [%s] by mail.%s with HTTP (Roundcube)" % (a, sender.split("@")[1]), 120)],
                peer=dict(same("mail." + sender.split("@")[1]), ip=ip(r)), envfrom=sender,
                auth=dict(spf="pass", dkim="none", dmarc="none", from_dom=sender.split("@")[1]))


# ----------------------------------------------------------------- Romanian
def u54(r):  # 2008 Romanian lottery, iso-8859-2
    a = ip(r)
    txt = """LOTERIA INTERNAŢIONALĂ EURO-MILIOANE
Departamentul de Plăţi

Stimate câştigător,

Avem plăcerea să vă anunţăm că adresa dumneavoastră de e-mail a câştigat
suma de 850.000 EUR la extragerea electronică din 12 iulie 2008.
Numărul biletului: 44-%d-%d, seria EM/%d.

Pentru a intra în posesia premiului, contactaţi agentul nostru de plăţi:
Dl. Alexandru Marin, e-mail: plati.euromilioane@%s.com

Vă rugăm să trimiteţi: numele complet, adresa, vârsta, telefonul şi o
copie după actul de identitate. Taxa de procesare (310 EUR) se achită
înainte de transfer.

Felicitări!
Doamna Elena Stan, Coordonator
""" % (r.randint(100, 999), r.randint(1000, 9999), r.randint(10, 99), lower_alnum(r, 6))
    return dict(label="spam", lang="ro", kind="lottery win", org=1, ui=1, when=(2008, 7, 19, 10, 22, 47), off=60,
                client="raw", F=dict(frm=addr("Loteria Euro-Milioane", "euromilioane.plati@hotmail.com"), subj=ew("Notificare câştigător - 850.000 EUR", "iso-8859-2", "B", csname="ISO-8859-2"),
                                     mid="<BAY%d-W%d%s@phx.gbl>" % (r.randint(100, 150), r.randint(10, 99), hexs(r, 16, True)),
                                     order=["Message-ID", "Content-Type-placeholder", ("X-Originating-IP", "[%s]" % a), "From", "To", "Subject", "Date", "MIME"][0:1] + [("X-Originating-IP", "[%s]" % a), "From", "To", "Subject", "Date", "MIME"]),
                root=Leaf("text/plain", txt, "iso-8859-2", "quoted-printable", ctfmt="q"),
                hops=[("from mail pickup service by bay%d-omc%d.bay%d.hotmail.com with Microsoft SMTPSVC(6.0.3790.3959)" % (r.randint(100, 150), r.randint(1, 4), r.randint(100, 150)), -420),
                      ("from %s by by%dfd.bay%d.hotmail.msn.com with HTTP" % (a, r.randint(100, 150), r.randint(100, 150)), 0)][::-1],
                peer=dict(same("bay0-omc%d-s%d.bay0.hotmail.com" % (r.randint(1, 4), r.randint(10, 40))), ip=ip(r, "198.51.100")),
                envfrom="euromilioane.plati@hotmail.com", auth=dict(spf="pass"))


def u55(r):  # 2020 Romanian AI trading fake news, html utf-8 alternative
    d = "stiri-%s.info" % lower_alnum(r, 5)
    tok = alnum(r, 11)
    plain = """ȘOC: Românii câștigă peste 5.000 de lei pe săptămână cu o platformă
automată de tranzacționare. Băncile sunt furioase.

Cum funcționează: depui 250 EUR, algoritmul tranzacționează automat
Bitcoin și acțiuni, iar profitul apare în cont în 24 de ore.

Înregistrarea este deschisă doar până la miezul nopții:
https://%s/articol/%s
""" % (d, tok)
    html = """<html><body style="font-family:Arial;max-width:600px">
<p style="background:#111;color:#fff;padding:6px 10px;font-size:12px">ULTIMA ORĂ &middot; ECONOMIE</p>
<h1 style="font-size:24px">Românii câștigă peste 5.000 de lei pe săptămână cu o platformă automată de tranzacționare</h1>
<p><b>Băncile sunt furioase.</b> Depui 250 EUR, algoritmul tranzacționează automat Bitcoin și acțiuni, iar profitul apare în cont în 24 de ore.</p>
<p><a href="https://%s/articol/%s">Citește articolul complet</a> &ndash; înregistrarea se închide la miezul nopții.</p>
</body></html>
""" % (d, tok)
    root = Multi("alternative", [Leaf("text/plain", plain, "utf-8", "quoted-printable"), Leaf("text/html", html, "utf-8", "quoted-printable")], boundary(r, "php"))
    a = ip(r)
    host = "mail.%s.top" % lower_alnum(r, 8)
    return dict(label="spam", lang="ro", kind="crypto investment fake news", org=0, ui=0, when=(2020, 5, 12, 14, 27, 9), off=180,
                client="php", F=dict(frm=addr("Știri Financiare", "redactie@" + host[5:], cs="utf-8", mode="B"), subj=ew("Băncile nu vor să afli asta", "utf-8", "B"),
                                     mid=mid(r, "php", host[5:]), xm="PHPMailer 6.0.7 (https://github.com/PHPMailer/PHPMailer)"),
                root=root, peer=dict(same(host), ip=a), envfrom="redactie@" + host[5:], auth=dict(spf="pass", dkim="none", dmarc="none"))


# ----------------------------------------------------------------- Czech
def u56(r):  # 2007 Czech loan, windows-1250, tiny botnet message
    a = ip(r)
    txt = """Půjčka bez registru do 24 hodin!
Až 200 000 Kč, bez poplatků předem.
Volejte 777 000 193.
"""
    return dict(label="spam", lang="cs", kind="loan (půjčka bez registru)", org=2, ui=3, when=(2007, 11, 7, 5, 3, 14), off=60,
                client="raw", F=dict(frm="<%s@%s.cz>" % (lower_alnum(r, 5), lower_alnum(r, 6)), subj=ew("Půjčka bez registru", "windows-1250", "Q"), mid=None,
                                     order=["From", "Subject", "Date", "MIME"], to="<contact@cabinet-morel.example>"),
                root=Leaf("text/plain", txt, "windows-1250", "8bit", ctfmt="u"),
                peer=dict(helo=a, rdns=None, ip=a), envfrom="%s@%s.cz" % (lower_alnum(r, 5), lower_alnum(r, 6)), mv="1.0")


def u57(r):  # 2018 Czech webmail quota phish, html utf-8
    a = ip(r)
    lk = "http://%s.000webhost-like.example/webmail/quota.html?u=%s" % (lower_alnum(r, 8), hexs(r, 6))
    html = """<html><body style="font-family:Tahoma;font-size:13px">
<p><b>Upozornění správce pošty</b></p>
<p>Vaše poštovní schránka je plná (<b>99,8&nbsp;%%</b> z 2 GB). Nové zprávy nebudou doručeny a
budou vráceny odesílateli.</p>
<table style="border:1px solid #999;width:300px"><tr><td style="background:#d9534f;width:99%%">&nbsp;</td><td>&nbsp;</td></tr></table>
<p>Pro bezplatné navýšení kapacity se přihlaste a ověřte svůj účet:</p>
<p><a href="%s">Navýšit kapacitu schránky</a></p>
<p>Správce systému<br>Helpdesk</p>
</body></html>
""" % lk
    sender = "%s@seznam.cz" % lower_alnum(r, 8)
    return dict(label="phish", lang="cs", kind="webmail quota phishing", org=1, ui=2, when=(2018, 1, 23, 15, 49, 31), off=60,
                client="raw", F=dict(frm=addr("Správce pošty", sender, cs="utf-8", mode="Q"), subj=ew("Vaše schránka je plná - 99,8 %", "utf-8", "Q"),
                                     mid="<%s.%s.%s@email.seznam.cz>" % (alnum(r, 6), alnum(r, 7), alnum(r, 6)),
                                     order=["Date", "From", "Subject", "To", "Message-ID", "MIME", ("X-Mailer", "szn-mime-2.0.32"), ("X-Abuse", "abuse@seznam.cz")]),
                root=Leaf("text/html", html, "utf-8", "quoted-printable"),
                peer=dict(same("mxf%d.seznam.cz" % r.randint(1, 4)), ip=ip(r, "198.51.100")),
                hops=[("from email.seznam.cz by email-smtpc%db.ng.seznam.cz (email-smtpc%db.ng.seznam.cz [10.23.%d.%d])" % (r.randint(1, 20), r.randint(1, 20), r.randint(1, 200), r.randint(1, 200)), 60)],
                envfrom=sender, auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom="email.seznam.cz", from_dom="seznam.cz"))


# ----------------------------------------------------------------- Greek
def u58(r):  # 2005 Greek replica watches, iso-8859-7 qp
    a = ip(r)
    d = "rologia%s.com" % lower_alnum(r, 4)
    txt = """Γεια σας,

Ρολόγια πολυτελείας - πιστά αντίγραφα κορυφαίων ελβετικών μαρκών.
Rolex, Omega, Cartier, Breitling από 119 ευρώ.

* Αυτόματος μηχανισμός
* Ατσάλι και κρύσταλλο ζαφείρι
* Δωρεάν αποστολή σε όλη την Ελλάδα και την Κύπρο

Δείτε τη συλλογή: http://www.%s/gr/

Για διαγραφή απαντήστε με θέμα "ΔΙΑΓΡΑΦΗ".
""" % d
    return dict(label="spam", lang="el", kind="replica watches", org=3, ui=1, when=(2005, 1, 18, 19, 12, 50), off=120,
                client="raw", F=dict(frm=addr("Rologia", "sales@" + d), subj=ew("Ρολόγια πολυτελείας από 119 ευρώ", "iso-8859-7", "Q", csname="ISO-8859-7"),
                                     mid="<%s$%s$%s@%s>" % (hexs(r, 12), hexs(r, 8), hexs(r, 8), lower_alnum(r, 5)),
                                     order=["From", "To", "Subject", "Date", "Message-ID", "MIME", ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1409"),
                                            ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2800.1409")]),
                root=Leaf("text/plain", txt, "iso-8859-7", "quoted-printable", ctfmt="oe"),
                peer=dict(helo=lower_alnum(r, 6), rdns=dsl_name(r, a, "adsl.otenet-like.example"), ip=a), envfrom="sales@" + d, first=(0, 5))


def u59(r):  # 2019 Greek debt settlement, html related with inline gif, utf-8
    a = ip(r)
    d = "rythmisi-xreon-%s.gr" % lower_alnum(r, 3)
    cid = "banner_%s" % hexs(r, 8)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">
<img src="cid:%s" width="560" height="80" alt="Ρύθμιση Χρεών"><br>
<h2 style="color:#0d3b66">Χρωστάτε σε τράπεζες, εφορία ή ΕΦΚΑ;</h2>
<p>Η ομάδα των δικηγόρων μας μπορεί να μειώσει τα χρέη σας έως και <b>70%%</b> με τον νόμο
για τα υπερχρεωμένα νοικοκυριά. Προστατέψτε την κύρια κατοικία σας από πλειστηριασμό.</p>
<ul><li>Δωρεάν πρώτη συνάντηση</li><li>Χωρίς προκαταβολή</li><li>Πανελλαδική κάλυψη</li></ul>
<p><a href="https://%s/aitisi?src=mail%d">Κάντε δωρεάν αίτηση αξιολόγησης</a></p>
<p style="font-size:10px;color:#888">Λάβατε αυτό το μήνυμα επειδή το email σας υπάρχει στη βάση επαφών μας. <a href="https://%s/unsubscribe">Διαγραφή</a></p>
</body></html>
""" % (cid, d, r.randint(10, 99), d)
    root = Multi("related", [Leaf("text/html", html, "utf-8", "base64"),
                             Leaf("image/gif", tiny_gif(r), None, "base64", name="banner.gif", cid=cid, disp="inline")], boundary(r, "tb2"))
    return dict(label="spam", lang="el", kind="debt settlement", org=2, ui=0, when=(2019, 11, 5, 12, 1, 8), off=120,
                client="tb", F=dict(frm=addr("Ρύθμιση Χρεών", "info@" + d, cs="utf-8", mode="B"), subj=ew("Μειώστε τα χρέη σας έως 70%", "UTF-8", "B"),
                                    mid=mid(r, "uuid", d), ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.9.0",
                                    extra=[("Content-Language", "el")]),
                root=root, hops=[("from [192.168.1.%d] (unknown [%s])\r\n\t(Authenticated sender: info@%s)\r\n\tby smtp.%s (Postfix) with ESMTPSA id %s" % (r.randint(2, 90), ip(r), d, d, alnum(r, 11)), 120)],
                peer=dict(same("smtp." + d), ip=a), envfrom="info@" + d, auth=dict(spf="pass", dkim="none"))


# ----------------------------------------------------------------- Ukrainian
def u60(r):  # 2016 Ukrainian bulk advertising of business courses, large html windows-1251
    a = ip(r)
    rows = [("Бухгалтерський облік для ФОП", "12 год", "1 800"), ("Зарплата і кадри: зміни 2016", "8 год", "1 450"),
            ("ПДВ: електронне адміністрування", "6 год", "1 200"), ("Управлінський облік в Excel", "16 год", "2 400"),
            ("Трудові спори і перевірки Держпраці", "6 год", "1 150"), ("Фінансовий аналіз підприємства", "12 год", "2 100"),
            ("Митне оформлення імпорту", "8 год", "1 700"), ("1С: Бухгалтерія 8.3 для початківців", "20 год", "2 900"),
            ("Зовнішньоекономічна діяльність: валютний контроль", "8 год", "1 600"), ("Ділове листування та етикет", "6 год", "900"),
            ("Тайм-менеджмент для керівника", "6 год", "1 100"), ("Продажі по телефону: скрипти", "8 год", "1 300")]
    trs = "\n".join('<tr><td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">%s</td>'
                    '<td style="padding:6px;border-bottom:1px solid #ddd" align="right">%s грн</td><td style="padding:6px;border-bottom:1px solid #ddd">%02d.%02d.2016</td></tr>'
                    % (n, h, p, 3 + 2 * i, 10 + (i // 6)) for i, (n, h, p) in enumerate(rows))
    prog = "\n".join("<li>%s</li>" % x for x in [
        "Первинні документи: як правильно оформити та зберігати",
        "Облікова політика підприємства: що змінилося",
        "Звітність до ДФС та Пенсійного фонду: календар на квартал",
        "Типові помилки під час перевірок і як їх уникнути",
        "Електронний документообіг та кваліфікований підпис",
        "Практикум: заповнюємо декларацію разом з лектором",
        "Відповіді на запитання слухачів"])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Навчальний центр</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:13px;color:#333">
<tr><td style="background:#1f4e79;padding:18px;color:#ffffff;font-size:22px"><b>Навчальний центр «Бізнес-Профі»</b><br><span style="font-size:13px">Київ &middot; Харків &middot; Дніпро &middot; Одеса &middot; Львів</span></td></tr>
<tr><td style="padding:16px">
<p>Шановні колеги!</p>
<p>Запрошуємо бухгалтерів, кадровиків, керівників та власників бізнесу на практичні семінари та курси підвищення кваліфікації у березні 2016 року.
Заняття проводять практикуючі аудитори, юристи та податкові консультанти з досвідом понад 10 років.</p>
<h3 style="color:#1f4e79">Розклад на березень</h3>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:12px">
<tr style="background:#e8eef5"><th align="left" style="padding:6px">Курс</th><th align="left" style="padding:6px">Тривалість</th><th align="right" style="padding:6px">Вартість</th><th align="left" style="padding:6px">Початок</th></tr>
%s
</table>
<h3 style="color:#1f4e79">Програма курсу «Бухгалтерський облік для ФОП»</h3>
<ol>
%s
</ol>
<p>У вартість входять: роздаткові матеріали, кава-брейк, сертифікат про проходження навчання,
консультації лектора протягом місяця після курсу.</p>
<p style="background:#fff4d6;padding:10px;border-left:4px solid #f0ad4e"><b>Знижка 15%%</b> при реєстрації двох і більше співробітників від однієї організації.
Знижка 10%% для постійних слухачів нашого центру.</p>
<h3 style="color:#1f4e79">Як зареєструватися</h3>
<p>Телефонуйте: (044) 000-19-27, (067) 000-48-55<br>
або надішліть заявку у відповідь на цей лист із зазначенням назви курсу, ПІБ учасників, назви організації та контактного телефону.</p>
<p>Оплата за безготівковим розрахунком, рахунок надсилаємо протягом дня. Можлива оплата частинами.</p>
<p>Також проводимо корпоративне навчання на території замовника за індивідуальною програмою.</p>
</td></tr>
<tr><td style="padding:12px 16px;background:#eeeeee;font-size:10px;color:#777">
Ви отримали цей лист, оскільки ваша адреса опублікована у відкритих джерелах.
Щоб відписатися від розсилки, надішліть лист з темою «Відписатися» на адресу unsub@%s.
</td></tr></table>
</body></html>
""" % (trs, prog, "biznes-profi-%s.com.ua" % lower_alnum(r, 3))
    d = "biznes-profi-%s.com.ua" % lower_alnum(r, 3)
    return dict(label="spam", lang="uk", kind="bulk advertising of courses (розсилка)", org=0, ui=0, when=(2016, 2, 24, 10, 15, 0), off=120,
                client="bat", F=dict(frm=addr("Бізнес-Профі", "kursy@" + d, cs="windows-1251", mode="B"), subj=ew("Семінари та курси для бухгалтерів - березень 2016", "windows-1251", "B"),
                                     mid=None, xm="The Bat! (v7.1.18) Professional"),
                root=Leaf("text/html", html, "windows-1251", "quoted-printable", ctfmt="u"),
                peer=dict(helo="[%s]" % a, rdns=dsl_name(r, a, "dsl.ukrtel-like.example"), ip=a), envfrom="kursy@" + d, auth=dict(spf="softfail"))


MSGS = [u42, u43, u44, u45, u46, u47, u48, u49, u50, u51, u52, u53, u54, u55, u56, u57, u58, u59, u60]
