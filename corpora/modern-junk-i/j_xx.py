"""Messages j53-j60 in Spanish, Portuguese, German, French, Russian, Arabic, Polish and Italian (2017-2026)."""
from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(53, 'phish', 'es', 'banco inventado (Banco Meridional Andino): bloqueo de cuenta', 'text/html; iso-8859-1; quoted-printable; look-alike domain')
def j53(r):
    rc = 'administracion@ribera-consultores.example'
    dom = 'bmandino-seguridad.example'
    html = ('<html><body style="font-family:Arial;font-size:14px">\n'
            '<div style="background:#00543c;color:#fff;padding:10px 16px"><b>Banco Meridional Andino</b> &middot; Banca en l\xednea</div>\n'
            '<div style="padding:16px">\n<p>Estimado cliente:</p>\n'
            '<p>Hemos bloqueado preventivamente el acceso a su banca en l\xednea porque sus datos de '
            'contacto no superaron la revisi\xf3n peri\xf3dica exigida por la normativa de prevenci\xf3n del '
            'fraude. Mientras la cuenta permanezca bloqueada no podr\xe1 realizar transferencias ni pagos con tarjeta.</p>\n'
            '<p>Para restablecer el acceso, confirme su identidad con su clave de acceso y la coordenada de su tarjeta:</p>\n'
            '<p><a href="http://%s/acceso/%s">Desbloquear mi cuenta</a></p>\n'
            '<p>Si no lo hace en un plazo de 48 horas, la cuenta quedar\xe1 suspendida y deber\xe1 acudir a su oficina.</p>\n'
            '<p>Atentamente,<br>Departamento de Seguridad</p></div>\n</body></html>\n' % (dom, rlow(r, 12, B62)))
    body = text(html, 'html', 'iso-8859-1', 'quoted-printable')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'seguridad@%s' % dom
    return build(r, org='H', rcpt=rc, env=frm, sent='2017-02-14 09:31:22', soff='+0100',
                 conn=('vps%d.%s.example' % (r.randint(100, 999), rlow(r, 6, AZ)), None, ip),
                 auth=auth_res('H', 'pass', 'none', 'none', frm, dom),
                 headers=[('From', 'Banco Meridional Andino <%s>' % frm), ('To', rc),
                          ('Subject', ew('Aviso: acceso bloqueado a su banca en línea', 'iso-8859-1', 'Q')),
                          ('Date', '{DATE}'), ('Message-ID', mid_hex(r, dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(54, 'spam', 'pt-BR', 'sextorsão com endereço bitcoin', 'text/plain; utf-8; quoted-printable; botnet, forged recipient')
def j54(r):
    rc = 'contato@ribera-consultores.example'
    btc = 'bc1q' + rlow(r, 38, '023456789acdefghjklmnpqrstuvwxyz')
    t = ('Olá,\n\n'
         'Vou direto ao assunto. Há alguns meses instalei um programa espião no seu computador '
         'quando você abriu um site de conteúdo adulto. Desde então tenho acesso à sua câmera, '
         'ao seu histórico e à sua lista de contatos.\n\n'
         'Gravei você em um momento bastante íntimo e montei um vídeo com a tela dividida: de um lado '
         'o que você assistia, do outro o seu rosto. Acho que você sabe do que estou falando.\n\n'
         'Proponho um acordo justo. Transfira o equivalente a 1.200 dólares em Bitcoin para a carteira '
         'abaixo e eu apago tudo para sempre. Você nunca mais ouvirá falar de mim.\n\n'
         'Carteira BTC: %s\n\n'
         'Você tem 50 horas. Se o pagamento não chegar, o vídeo será enviado a todos os seus contatos, '
         'inclusive colegas de trabalho e familiares. Não adianta trocar a senha nem avisar a polícia: '
         'a cópia já está guardada fora do seu computador.\n' % btc)
    body = text(t, cs='utf-8', cte='quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='H', rcpt=rc, env=rc, sent='2019-05-08 16:44:02', soff='-0300', tls=False,
                 conn=('[%s]' % ip, '%s.dynamic.vivante.example' % ip.replace('.', '-'), ip),
                 auth=auth_res('H', 'fail', 'none', 'fail (p=quarantine)', rc, 'ribera-consultores.example'),
                 headers=[('From', '<%s>' % rc), ('To', '<%s>' % rc),
                          ('Subject', ew('Sua conta foi invadida - leia com atenção', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', '<%s%s>' % (rhex(r, 10), rhex(r, 6))),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2800.1106')], body=body)


@reg(55, 'spam', 'de', 'Finanzagent / Zahlungsabwickler (money mule) Stellenangebot', 'text/plain; iso-8859-15; 8bit; compromised web host')
def j55(r):
    rc = 'jobs@kestrel-eng.example'
    host = 'www.%s-praxis.example' % rlow(r, 6, AZ)
    t = ('Sehr geehrte Damen und Herren,\n\n'
         'wir sind ein international t\xe4tiges Handelsunternehmen mit Sitz in Tallinn und suchen f\xfcr '
         'den deutschsprachigen Raum zuverl\xe4ssige Mitarbeiter im Homeoffice als Zahlungsabwickler '
         '(m/w/d) auf Minijob- oder Teilzeitbasis.\n\n'
         'Ihre Aufgabe: Sie nehmen \xdcberweisungen unserer Kunden auf Ihrem privaten Girokonto entgegen, '
         'behalten eine Provision von 7 %% ein und leiten den Restbetrag noch am selben Tag per Bargeldtransfer '
         'oder Krypto-Automat an unsere Buchhaltung weiter. Der Zeitaufwand betr\xe4gt etwa zehn Stunden pro '
         'Woche, der Verdienst liegt bei 1.500 bis 2.400 \u20ac im Monat.\n\n'
         'Voraussetzungen sind Vollj\xe4hrigkeit, ein deutsches Bankkonto und Erreichbarkeit per Handy. '
         'Vorkenntnisse sind nicht n\xf6tig, Sie werden von einer pers\xf6nlichen Ansprechpartnerin eingearbeitet.\n\n'
         'Bei Interesse senden Sie uns bitte Ihren Namen, Ihre Anschrift, Ihr Geburtsdatum und eine '
         'Telefonnummer. Wir melden uns innerhalb von 24 Stunden.\n\n'
         'Mit freundlichen Gr\xfc\xdfen\nPersonalabteilung\nNordhaven Trade O\xdc\n' % ())
    body = text(t, cs='iso-8859-15', cte='8bit')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'karriere@nordhaven-trade.example'
    return build(r, org='B', rcpt=rc, env='%s@%s' % (rlow(r, 8, AZ), host[4:]), sent='2020-02-04 10:26:58', soff='+0100',
                 pre=[('from %s by %s with local (Exim 4.92)\n\t(envelope-from <%s@%s>)\n\tid %s-%s-%s; {d}'
                       % ('www-data', host[4:], 'web%d' % r.randint(10, 99), host[4:], rlow(r, 6, B62), rlow(r, 6, B62), rlow(r, 2, B62)), 0, '+0100', 0)],
                 conn=(host[4:], None, ip),
                 headers=[('To', rc), ('Subject', ew('Nebenjob im Homeoffice: Zahlungsabwickler (m/w/d)', 'iso-8859-15', 'Q')),
                          ('From', 'Nordhaven Trade <%s>' % frm), ('Reply-To', 'bewerbung.nordhaven@mailbox-eu.example'),
                          ('X-PHP-Originating-Script', '%d:class.%s.php' % (r.randint(1000, 9999), rlow(r, 6, AZ))),
                          ('Message-Id', '<E1%s-%s-%s@%s>' % (rlow(r, 5, B62), rlow(r, 6, B62), rlow(r, 2, B62), host[4:])),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(56, 'phish', 'fr', 'colis bloqué en douane, frais de dédouanement', 'text/html; utf-8; base64; VPS look-alike sender')
def j56(r):
    rc = 'accueil@ribera-consultores.example'
    dom = 'suivi-colis-%s.example' % rlow(r, 5, AZ)
    num = '%s%09dFR' % (rlow(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), r.randint(0, 10**9 - 1))
    html = ('<!doctype html><html><body style="font-family:Arial;font-size:14px;color:#333">\n'
            '<div style="max-width:540px;margin:auto;border:1px solid #ddd">\n'
            '<div style="background:#ffcc00;padding:12px 16px;font-weight:bold">Service de livraison &ndash; Avis de retenue</div>\n'
            '<div style="padding:16px">\n<p>Bonjour,</p>\n'
            '<p>Votre colis n&deg; <b>%s</b> en provenance de Hong Kong est actuellement retenu au centre de '
            'tri douanier de Roissy. Des droits et taxes d\'importation de <b>2,99 &euro;</b> restent \u00e0 r\u00e9gler '
            'avant que la livraison puisse \u00eatre programm\u00e9e.</p>\n'
            '<p>Sans r\u00e8glement sous 72 heures, le colis sera renvoy\u00e9 \u00e0 l\'exp\u00e9diteur et les frais de retour '
            'seront \u00e0 votre charge.</p>\n'
            '<p><a href="http://%s/fr/dedouanement/%s" style="background:#003da5;color:#fff;padding:9px 18px;text-decoration:none">R\u00e9gler et choisir une date</a></p>\n'
            '<p style="font-size:11px;color:#888">Ceci est un message automatique, merci de ne pas y r\u00e9pondre.</p>\n'
            '</div></div></body></html>\n' % (num, dom, num))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'notification@%s' % dom
    return build(r, org='H', rcpt=rc, env=frm, sent='2021-10-19 07:58:36', soff='+0200',
                 conn=(dom, None, ip),
                 auth=auth_res('H', 'pass', 'none', 'none', frm, dom),
                 headers=[('From', '%s <%s>' % (ew('Suivi de colis', 'utf-8', 'Q'), frm)), ('To', rc),
                          ('Subject', ew('Votre colis %s est retenu en douane' % num, 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_hex(r, dom)),
                          ('X-Mailer', 'PHPMailer 6.5.1'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(57, 'spam', 'ru', 'продвижение сайтов / SEO (cold pitch)', 'text/plain; koi8-r; quoted-printable; free-mail')
def j57(r):
    rc = 'sales@kestrel-eng.example'
    frm = '%s.seo%d@mail-ru.example' % (rlow(r, 6, AZ), r.randint(10, 99))
    t = ('Здравствуйте!\n\n'
         'Мы посмотрели ваш сайт и заметили, что по основным коммерческим запросам он не выходит даже '
         'на третью страницу поисковой выдачи. Это значит, что клиенты, которые ищут ваши услуги прямо '
         'сейчас, уходят к конкурентам.\n\n'
         'Наше агентство занимается продвижением сайтов с 2011 года. Мы проведём технический аудит, '
         'соберём семантическое ядро, исправим ошибки и выведем сайт в первую десятку по ключевым '
         'запросам за три-четыре месяца. Оплата за результат, договор и закрывающие документы.\n\n'
         'Для вашей компании сейчас действует скидка тридцать процентов на первый месяц работ и '
         'бесплатный аудит.\n\n'
         'Ответьте на это письмо, и мы пришлём подробное коммерческое предложение.\n\n'
         'С уважением,\nотдел продаж\n\n'
         'Если письмо пришло к вам по ошибке, просто удалите его.\n')
    body = text(t, cs='koi8-r', cte='quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='B', rcpt=rc, env=frm, sent='2022-09-27 12:40:16', soff='+0300',
                 pre=[('by f%d.i.mail-ru.example with local (envelope-from <%s>)\n\tid 1o%s-%s-%s; {d}'
                       % (r.randint(100, 999), frm, rlow(r, 4, B62), rlow(r, 5, B62), rlow(r, 2, B62)), 0, '+0300', 0)],
                 conn=('f%d.i.mail-ru.example' % r.randint(100, 999), None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=mail-ru.example; dkim=pass header.d=mail-ru.example'),
                 headers=[('DKIM-Signature', dkim(r, 'mail-ru.example', 'mail4')),
                          ('From', '%s <%s>' % (ew('Продвижение сайтов', 'koi8-r', 'B'), frm)), ('To', rc),
                          ('Subject', ew('Ваш сайт не виден в поиске', 'koi8-r', 'B')),
                          ('MIME-Version', '1.0'), ('X-Mailer', 'Mail.Ru Mailer 1.0'),
                          ('Date', '{DATE}'), ('Message-ID', '<1664%d.%s@f%d.i.mail-ru.example>' % (r.randint(100000, 999999), rlow(r, 8), r.randint(100, 999))),
                          ('*MIME*', None)], body=body)


@reg(58, 'phish', 'ar', 'بنك وهمي (بنك الواحة التجاري): تعليق الحساب', 'text/html; utf-8; base64; look-alike domain')
def j58(r):
    rc = 'accounts@kestrel-eng.example'
    dom = 'alwaha-bank-verify.example'
    html = ('<html dir="rtl" lang="ar"><body style="font-family:Tahoma,Arial;font-size:15px">\n'
            '<div style="background:#7a1f2b;color:#fff;padding:10px 16px"><b>بنك الواحة التجاري</b></div>\n'
            '<div style="padding:16px">\n<p>عميلنا العزيز،</p>\n'
            '<p>نود إعلامكم بأنه تم تعليق حسابكم مؤقتاً بسبب عدم تحديث بيانات الهوية الخاصة بكم وفقاً '
            'لتعليمات البنك المركزي الجديدة. خلال فترة التعليق لن تتمكنوا من استخدام البطاقة أو إجراء التحويلات.</p>\n'
            '<p>لإعادة تفعيل الحساب، يرجى تحديث بياناتكم عبر الرابط أدناه خلال 24 ساعة:</p>\n'
            '<p><a href="http://%s/ar/update?c=%s" style="background:#c9a227;color:#000;padding:8px 18px;text-decoration:none">تحديث البيانات الآن</a></p>\n'
            '<p>في حال عدم التحديث سيتم إغلاق الحساب نهائياً.</p>\n'
            '<p>مع التحية،<br>إدارة خدمة العملاء</p></div>\n</body></html>\n' % (dom, rlow(r, 14, B62)))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'service@%s' % dom
    return build(r, org='B', rcpt=rc, env=frm, sent='2023-11-21 08:17:03', soff='+0300',
                 conn=('mail.%s' % dom, None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=%s; dkim=none; dmarc=none' % dom),
                 headers=[('From', '%s <%s>' % (ew('بنك الواحة التجاري', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('تنبيه: تم تعليق حسابكم مؤقتاً', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(59, 'spam', 'pl', 'platforma inwestycyjna, fałszywy artykuł prasowy', 'multipart/alternative; utf-8; quoted-printable; snowshoe')
def j59(r):
    rc = 'biuro@ribera-consultores.example'
    dom = '%s-wiadomosci.example' % rlow(r, 6, AZ)
    tok = rlow(r, 16, B62)
    plain = ('PILNE: Polacy zarabiają na nowej platformie inwestycyjnej\n\n'
             'Emerytowany nauczyciel z Lublina opowiada, jak w trzy tygodnie zamienił 1200 zł w ponad '
             '28 000 zł. Twierdzi, że wystarczyło założyć konto i pozwolić algorytmowi kupować oraz '
             'sprzedawać akcje spółek energetycznych.\n\n'
             'Platforma przyjmuje tylko ograniczoną liczbę nowych użytkowników dziennie. Po rejestracji '
             'oddzwania osobisty opiekun, który pomaga wpłacić pierwszy depozyt.\n\n'
             'Przeczytaj cały artykuł: http://%s/art/%s\n' % (dom, tok))
    html = ('<html><body style="font-family:Georgia,serif;max-width:600px">\n'
            '<p style="color:#b00;font-weight:bold">PILNE</p>\n'
            '<h2>Polacy zarabiają na nowej platformie inwestycyjnej. Banki są wściekłe</h2>\n'
            '<p>Emerytowany nauczyciel z Lublina opowiada, jak w trzy tygodnie zamienił <b>1200 zł</b> w ponad '
            '<b>28 000 zł</b>. Wystarczyło założyć konto i pozwolić algorytmowi handlować akcjami spółek energetycznych.</p>\n'
            '<p>Platforma przyjmuje ograniczoną liczbę nowych użytkowników dziennie; po rejestracji oddzwania '
            'osobisty opiekun, który pomaga wpłacić pierwszy depozyt.</p>\n'
            '<p><a href="http://%s/art/%s">Czytaj dalej &raquo;</a></p>\n</body></html>\n' % (dom, tok))
    b = '_----------=_%d' % r.randint(10**11, 10**12)
    body = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable'),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'redakcja@%s' % dom
    return build(r, org='H', rcpt=rc, env=frm, sent='2024-06-04 12:03:51', soff='+0200',
                 conn=('mx%d.%s' % (r.randint(1, 9), dom), None, ip),
                 auth=auth_res('H', 'pass', 'pass header.d=%s' % dom, 'pass', frm, dom),
                 headers=[('DKIM-Signature', dkim(r, dom, 'dkim')),
                          ('From', '%s <%s>' % (ew('Wiadomości Finansowe', 'utf-8', 'Q'), frm)), ('To', rc),
                          ('Subject', ew('Emeryt z Lublina: 28 000 zł w trzy tygodnie', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@%s>' % (tok, dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(60, 'spam', 'it', 'adescamento incontri per adulti, testo semplice', 'text/plain; utf-8; 8bit; compromised web-mail')
def j60(r):
    rc = 'segreteria@ribera-consultores.example'
    sdom = 'studio-%s.example' % rlow(r, 7, AZ)
    site = '%s.example' % rlow(r, 9, AZ)
    t = ('Ciao,\n\n'
         'scusa se ti scrivo così dal nulla, ma ti ho visto tra i profili suggeriti e non ho resistito. '
         'Mi chiamo Giulia, ho 31 anni, sono separata da poco e vivo non lontano da te.\n\n'
         'Non cerco niente di complicato, solo qualcuno con cui vedersi qualche sera senza troppe '
         'domande. Ho messo alcune foto (quelle più private) sul mio profilo, visibili solo a chi '
         'conferma di essere maggiorenne: http://%s/g/%d\n\n'
         'Se ti va scrivimi lì, qui la posta la guardo poco.\n\nUn bacio, G.\n' % (site, r.randint(1000, 9999)))
    body = text(t, cs='utf-8', cte='8bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'amministrazione@%s' % sdom
    return build(r, org='H', rcpt=rc, env=frm, sent='2026-01-20 23:18:40', soff='+0100',
                 pre=[('from webmail.%s (localhost [127.0.0.1])\n\tby mail.%s (Postfix) with ESMTPA id %s\n\tfor <%s>; {d}'
                       % (sdom, sdom, rhex(r, 10), rc), 0, '+0100', 0)],
                 conn=('mail.%s' % sdom, 'mail.%s' % sdom, ip),
                 auth=auth_res('H', 'pass', 'none', 'none', frm, sdom),
                 headers=[('MIME-Version', '1.0'), ('Date', '{DATE}'), ('From', 'Giulia <%s>' % frm),
                          ('To', rc), ('Subject', 'ciao... ti ricordi di me?'),
                          ('Message-ID', '<%s@%s>' % (rhex(r, 32).lower(), sdom)),
                          ('X-Sender', frm), ('User-Agent', 'Roundcube Webmail/1.6.9'), ('*MIME*', None)], body=body)
