# Russian (l30-l35), Turkish (l36-l40), Polish (l41-l45) messages.
import random
from datetime import datetime as D, timedelta

import gw
from mimelib import (Clock, addr, attach, dkim, epoch, ew, fmt_date, message, multi, pdf,
                     ole, png, gif1, jpeg_stub, raw_part, ralnum, rb64, rhex, ruuid, text, zipone)


def _paras_html(plain, style=""):
    return "".join("<p%s>%s</p>\n" % (style, p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n"))
                   for p in plain.strip().split("\n\n"))


def l30():
    r = random.Random(1030)
    t0 = D(2004, 2, 10, 11, 45, 12)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [192.0.2.54] (HELO sokolov-pc)\r\n\tby relay.ipg-nsk.example (CommuniGate Pro SMTP 4.1.8)\r\n\twith ESMTP id 2213547 for s.volkov@uni-nordhafen.test", "NOVT", 2, 10)
    h2 = gw.uni(c, "relay.ipg-nsk.example", "192.0.2.55", "sokolov@ipg-nsk.example", "s.volkov@uni-nordhafen.test")
    body_txt = """Здравствуйте, Сергей!

Пишу по поводу нашего разговора в Гамбурге. Оргкомитет семинара
"Вычислительная гидродинамика и турбулентность" утвердил программу, и
мы будем очень рады видеть Вас в Новосибирске 24-27 мая.

Предлагаем Вам пленарный доклад (40 минут) по результатам моделирования
приливных течений в эстуариях. Тезисы (1-2 страницы, LaTeX или Word)
нужно прислать до 15 марта на адрес оргкомитета. Проживание в гостинице
"Золотая долина" оплачивает институт, дорогу, к сожалению, оплатить не
сможем.

Для оформления визы я пришлю официальное приглашение, как только Вы
сообщите паспортные данные (ФИО латиницей, номер паспорта, даты выдачи и
окончания, место работы и должность). Приглашение оформляется примерно
за 4-5 недель.

Передавайте привет Хенрику.

--
С уважением,
 Андрей Соколов                          mailto:sokolov@ipg-nsk.example
 Институт прикладной гидромеханики, Новосибирск
 тел. (383) 555-21-47
"""
    part = text(body_txt, cs="koi8-r", cte="8bit", ct="text/plain; charset=koi8-r")
    hs = [("Received", h2), ("Received", h1),
          ("Date", fmt_date(t0, "NOVT")),
          ("From", ew("Андрей Соколов", "koi8-r", "B") + " <sokolov@ipg-nsk.example>"),
          ("X-Mailer", "The Bat! (v2.04.7) Personal"),
          ("Reply-To", ew("Андрей Соколов", "koi8-r", "B") + " <sokolov@ipg-nsk.example>"),
          ("Organization", ew("ИПГ СО", "koi8-r", "B")),
          ("X-Priority", "3 (Normal)"),
          ("Message-ID", "<1917430825.20040210174512@ipg-nsk.example>"),
          ("To", ew("Сергей Волков", "koi8-r", "B") + " <s.volkov@uni-nordhafen.test>"),
          ("Subject", ew("Семинар в Новосибирске, 24-27 мая", "koi8-r", "B")),
          ("*MIME*", None)]
    return message(hs, part)


def l31():
    r = random.Random(1031)
    t0 = D(2010, 9, 14, 7, 33, 2)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from EXCH02.minregion.local ([10.5.1.22]) by mail.minregion-intl.example with Microsoft SMTPSVC(6.0.3790.4675)", "MSK", 1, 6, sep=";\r\n\t ").replace(";;", ";")
    h2 = gw.minvz(c, "mail.minregion-intl.example", "198.51.100.99", "int-ref@minvz.example")
    plain = """Уважаемая госпожа Вендт!

Департамент международного сотрудничества свидетельствует Вам свое
уважение и в продолжение договоренностей, достигнутых в ходе заседания
рабочей группы в июне 2010 года, сообщает следующее.

Делегация в составе пяти человек во главе с заместителем директора
Департамента А.В. Морозовым планирует посетить Берлин 19-21 октября 2010
года для обсуждения вопросов реализации совместного проекта по
модернизации региональной транспортной инфраструктуры.

Просим Вас рассмотреть возможность проведения рабочей встречи 20 октября
с участием профильных специалистов Вашего министерства. Предлагаемые
темы: механизмы государственно-частного партнерства, опыт планирования
транспортных узлов, программа стажировок для молодых специалистов.

Состав делегации и проект программы прилагаются. Контактное лицо по
организационным вопросам: Ирина Борисовна Лебедева, тел. +7 495 555-40-18.

С уважением,
Е.Н. Крылова
Начальник отдела европейских стран
Департамент международного сотрудничества
"""
    html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\"><meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"></head><body lang=RU><div class=Section1>" + \
        "".join("<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Times New Roman\",\"serif\"'>%s</span></p>\n" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="windows-1251", cte="base64", ct='text/plain;\r\n\tcharset="windows-1251"'),
                                text(html, "html", cs="windows-1251", cte="base64", ct='text/html;\r\n\tcharset="windows-1251"')],
                "----=_NextPart_001_0047_01CB53E2.52A7E6F0")
    a = attach(ole("Sostav delegacii i proekt programmy, 19-21.10.2010"), "application/msword", "Sostav_delegacii_oktyabr_2010.doc")
    body = multi("mixed", [alt, a], "----=_NextPart_000_0046_01CB53E2.52A7E6F0", preamble="This is a multipart message in MIME format.")
    hs = [("Return-Path", "<krylova@minregion-intl.example>"),
          ("X-Original-To", "int-ref@minvz.example"),
          ("Delivered-To", "int-ref@minvz.example"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (mx1.minvz.example: 198.51.100.99 is authorized to use 'krylova@minregion-intl.example' in 'mfrom' identity)"),
          ("From", ew("Крылова Елена Николаевна", "windows-1251", "B") + " <krylova@minregion-intl.example>"),
          ("To", "<int-ref@minvz.example>"),
          ("Cc", ew("Лебедева Ирина Борисовна", "windows-1251", "B") + " <lebedeva@minregion-intl.example>"),
          ("Subject", ew("О визите делегации в Берлин 19-21 октября 2010 г.", "windows-1251", "B")),
          ("Date", fmt_date(t0, "MSK")),
          ("Message-ID", "<004501cb53d9$%s$%s$@minregion-intl.example>" % (rhex(r, 8), rhex(r, 8))),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Office Outlook 12.0"),
          ("Thread-Index", "ActT2Ybf%s==" % rb64(r, 22)),
          ("Content-Language", "ru"),
          ("X-OriginalArrivalTime", "14 Sep 2010 07:33:04.0410 (UTC) FILETIME=[6E8E1BA0:01CB53E0]"),
          ("X-Virus-Scanned", "amavisd-new at minvz.example")]
    return message(hs, body)


def l32():
    r = random.Random(1032)
    t0 = D(2017, 11, 23, 9, 15, 0)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from sender14.rassylka.pereplet-books.example (sender14 [10.0.7.14])\r\n\tby out1.pereplet-books.example (Postfix) with ESMTP id 3yjH4x1gQvz8c", "MSK", 1, 20)
    h2 = gw.kabel(c, "out1.pereplet-books.example", "203.0.113.214", "sergei.volkov@kabelnet.test")
    plain = """Книжный дом «Переплёт» - «Чёрная пятница» для читателей

Сергей, с 24 по 27 ноября скидка 25% на все книги на сайте и в наших
магазинах в Москве и Санкт-Петербурге. Для участников клуба - ещё 5%
сверху по карте.

Выбор редакции:
- Евгений Водолазкин, «Авиатор» - 412 руб. вместо 549
- «История Европы» Нормана Дэвиса в новом переводе - 1 274 руб.
- Детская серия «Большая научная библиотека» - 3 книги по цене 2

Доставка по Европе - от 14 дней, бесплатно при заказе от 5 000 руб.

Вы получили это письмо, так как подписаны на новости «Переплёта».
Отписаться: https://pereplet-books.example/unsubscribe?s=fa20c7e1b9
"""
    html = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Чёрная пятница</title></head>
<body style="margin:0;background:#efe9df"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#2b2118">
<tr><td style="padding:22px 30px;border-bottom:2px solid #2b2118;font-size:22px">Книжный дом «Переплёт»</td></tr>
<tr><td style="padding:26px 30px"><h1 style="font-size:28px;margin:0 0 12px">Скидка 25% на все книги</h1>
<p style="font-size:15px;line-height:22px">Сергей, с 24 по 27 ноября - «Чёрная пятница» для читателей: скидка 25% на сайте и в магазинах
в Москве и Санкт-Петербурге. Участникам клуба - ещё 5% по карте.</p></td></tr>
<tr><td style="padding:0 30px 20px"><table width="100%" cellpadding="8" style="font-size:14px">
<tr><td style="border-bottom:1px dotted #aaa">Евгений Водолазкин, «Авиатор»</td><td align="right" style="border-bottom:1px dotted #aaa"><b>412 ₽</b> <s>549 ₽</s></td></tr>
<tr><td style="border-bottom:1px dotted #aaa">Норман Дэвис, «История Европы», новый перевод</td><td align="right" style="border-bottom:1px dotted #aaa"><b>1 274 ₽</b></td></tr>
<tr><td>«Большая научная библиотека» для детей</td><td align="right"><b>3 по цене 2</b></td></tr></table></td></tr>
<tr><td align="center" style="padding:10px 30px 30px"><a href="https://pereplet-books.example/sale?utm_source=email&amp;utm_campaign=bf2017" style="background:#2b2118;color:#fff;padding:12px 26px;text-decoration:none;font-family:Arial">Выбрать книги</a></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#7d7368;font-family:Arial">Доставка по Европе - от 14 дней, бесплатно при заказе от 5 000 ₽.<br>
Вы получили это письмо, так как подписаны на новости «Переплёта». <a href="https://pereplet-books.example/unsubscribe?s=fa20c7e1b9">Отписаться</a><br>
ООО «Книжный дом Переплёт», Москва, ул. Мясницкая, д. 0</td></tr></table></body></html>
"""
    body = multi("alternative", [text(plain, cs="utf-8", cte="base64", ct="text/plain; charset=utf-8"),
                                 text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=utf-8")],
                 "----==%s" % rhex(r, 32, True))
    hs = [("Return-Path", "<bounce-fa20c7e1b9@rassylka.pereplet-books.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; dkim=pass header.d=pereplet-books.example;\r\n\tspf=pass smtp.mailfrom=rassylka.pereplet-books.example"),
          ("DKIM-Signature", dkim(r, "pereplet-books.example", "news", "from:to:subject:date:message-id:list-unsubscribe:mime-version:content-type", epoch(t0))),
          ("From", ew("Книжный дом «Переплёт»", "utf-8", "B") + " <news@pereplet-books.example>"),
          ("To", ew("Сергей Волков", "utf-8", "B") + " <sergei.volkov@kabelnet.test>"),
          ("Subject", ew("Сергей, скидка 25% на все книги до понедельника", "utf-8", "B")),
          ("Date", fmt_date(t0, "MSK")),
          ("Message-ID", "<fa20c7e1b9.%d.%s@rassylka.pereplet-books.example>" % (epoch(t0), rhex(r, 10))),
          ("List-Unsubscribe", "<mailto:unsubscribe-fa20c7e1b9@rassylka.pereplet-books.example>, <https://pereplet-books.example/unsubscribe?s=fa20c7e1b9>"),
          ("Precedence", "bulk"),
          ("X-Mailer", "Rassylka/3.9"),
          ("*MIME*", None)]
    return message(hs, body)


def l33():
    r = random.Random(1033)
    t0 = D(2021, 6, 8, 18, 2, 41)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from app-notify-2 (unknown [10.12.0.9])\r\n\tby smtp.moydom-online.example (Postfix) with ESMTP id 4Fzy7P1W4xz1nP", "MSK", 0, 2)
    h2 = gw.kabel(c, "smtp.moydom-online.example", "198.51.100.74", "sergei.volkov@kabelnet.test")
    token = ralnum(r, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    plain = """Здравствуйте!

Мы получили запрос на восстановление пароля (password reset) для
учётной записи sergei.volkov@kabelnet.test в сервисе «Мой дом Онлайн».

Чтобы задать новый пароль, перейдите по ссылке:
https://lk.moydom-online.example/reset/%s

Ссылка действует 30 минут и может быть использована один раз.

Если вы не запрашивали смену пароля, просто проигнорируйте это письмо -
ваш текущий пароль останется прежним. Запрос поступил 8 июня 2021 г. в
21:02 (МСК) из браузера Firefox, Германия.

Служба поддержки «Мой дом Онлайн»
""" % token
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + _paras_html(plain).replace(
        "https://lk.moydom-online.example/reset/%s" % token,
        "<a href=\"https://lk.moydom-online.example/reset/%s\">Задать новый пароль</a>" % token) + "</body></html>\n"
    body = multi("alternative", [text(plain, cs="UTF-8", cte="quoted-printable", ct="text/plain; charset=UTF-8"),
                                 text(html, "html", cs="UTF-8", cte="quoted-printable", ct="text/html; charset=UTF-8")],
                 "_----------=_%d%d" % (epoch(t0), r.randint(10000, 99999)))
    hs = [("Return-Path", "<no-reply@moydom-online.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=moydom-online.example;\r\n\tdkim=pass header.d=moydom-online.example"),
          ("DKIM-Signature", dkim(r, "moydom-online.example", "mail", "date:from:to:subject:message-id:mime-version:content-type", epoch(t0))),
          ("Content-Transfer-Encoding", "7bit"),
          ("*MIME*", None),
          ("Date", fmt_date(t0, "MSK")),
          ("From", ew("Мой дом Онлайн", "UTF-8", "B") + " <no-reply@moydom-online.example>"),
          ("To", "sergei.volkov@kabelnet.test"),
          ("Subject", ew("Восстановление пароля", "UTF-8", "B")),
          ("Message-Id", "<%d.%s@moydom-online.example>" % (epoch(t0), rhex(r, 16))),
          ("X-Mailer", "MIME::Lite 3.030 (F2.85; B3.15; Q3.13)")]
    return message(hs, body)


def l34():
    r = random.Random(1034)
    t0 = D(2013, 12, 30, 17, 48, 15)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [198.51.100.77] (port=51234 helo=[192.168.1.3])\r\n\tby f412.i.mail.ru with HTTP\r\n\tid 1VxfoZ-0007zK-5c\r\n\tfor sergei.volkov@kabelnet.test", "MSK", 0, 1)
    h2 = gw.kabel(c, "fallback8.mail.ru", "203.0.113.188", "sergei.volkov@kabelnet.test")
    plain = """Серёжа, здравствуй, сынок!

Поздравляем тебя и Катю с наступающим Новым годом! Желаем здоровья,
чтобы всё получалось на работе и чтобы вы наконец приехали к нам
летом, а не только обещали.

У нас всё хорошо. Папа поставил ёлку ещё в субботу, Мурка уже два раза
её роняла. На Новый год придут тётя Валя с Борисом, я делаю холодец и
твой любимый "Наполеон". Будем вам звонить в скайп в 12 по вашему
времени, у нас будет уже 3 часа ночи, но мы не ляжем, не волнуйся.

Посылку вашу получили, спасибо огромное! Шарф папа не снимает.

Прикладываю фото ёлки.

Целуем, мама и папа
"""
    html = "<HTML><BODY>" + "<br><br>".join(p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</BODY></HTML>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", cte="base64", ct="text/plain; charset=utf-8"),
                                text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=utf-8")],
                "--ALT--%s" % rhex(r, 28, True))
    a = attach(jpeg_stub("elka 2013"), "image/jpeg", "elka.jpg")
    body = multi("mixed", [alt, a], "----%s-%d" % (rhex(r, 16, True), epoch(t0)))
    hs = [("Received", h2), ("Received", h1),
          ("From", ew("Людмила Волкова", "UTF-8", "B") + " <lyuda.volkova58@mail.ru>"),
          ("To", ew("Сергей", "UTF-8", "B") + " <sergei.volkov@kabelnet.test>"),
          ("Subject", ew("С наступающим!", "UTF-8", "B")),
          ("*MIME*", None),
          ("X-Mailer", "Mail.Ru Mailer 1.0"),
          ("X-Originating-IP", "[198.51.100.77]"),
          ("Date", fmt_date(t0, "MSK")),
          ("Reply-To", ew("Людмила Волкова", "UTF-8", "B") + " <lyuda.volkova58@mail.ru>"),
          ("Message-ID", "<%d.%d@f412.i.mail.ru>" % (epoch(t0), r.randint(10 ** 8, 10 ** 9))),
          ("X-Spam", "Not detected"),
          ("X-Mras", "Ok"),
          ("Return-Path", "lyuda.volkova58@mail.ru")]
    return message(hs, body)


def l35():
    r = random.Random(1035)
    t0 = D(2025, 4, 2, 12, 11, 37)
    c = Clock(r, t0)
    orig_date = t0 - timedelta(minutes=3, seconds=10)
    h2 = gw.kabel(c, "forward101b.mail.yandex.net", "203.0.113.101", "sergei.volkov@kabelnet.test")
    expl = """Это письмо создано автоматически сервером Яндекс Почты (yandex.ru).

Ваше сообщение не удалось доставить одному или нескольким получателям.

<a.kuznetsova.arh@yandex.ru>: почтовый ящик получателя переполнен
(сообщение не может быть доставлено, пока владелец не освободит место).

Попробуйте отправить письмо позднее или свяжитесь с получателем
другим способом. Заголовки исходного сообщения приведены ниже.
"""
    dsn = ("Reporting-MTA: dns; forward101b.mail.yandex.net\r\n"
           "Arrival-Date: %s\r\n\r\n"
           "Final-Recipient: rfc822; a.kuznetsova.arh@yandex.ru\r\n"
           "Original-Recipient: rfc822;a.kuznetsova.arh@yandex.ru\r\n"
           "Action: failed\r\n"
           "Status: 5.2.2\r\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox size limit exceeded\r\n") % fmt_date(orig_date + timedelta(seconds=4), "MSK")
    orig = ("Return-Path: <sergei.volkov@kabelnet.test>\r\n"
            "Received: from smtpout2.kabelnet.test (smtpout2.kabelnet.test [192.0.2.44])\r\n"
            "\tby mx42.mail.yandex.net with ESMTPS id %s; %s\r\n"
            "Date: %s\r\n"
            "From: =?UTF-8?B?0KHQtdGA0LPQtdC5INCS0L7Qu9C60L7Qsg==?= <sergei.volkov@kabelnet.test>\r\n"
            "To: a.kuznetsova.arh@yandex.ru\r\n"
            "Subject: =?UTF-8?B?0KTQvtGC0L7Qs9GA0LDRhNC40Lgg0YEg0LLRgdGC0YDQtdGH0Lg=?=\r\n"
            "Message-ID: <%s@kabelnet.test>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"------------%s\"\r\n") % (
        ralnum(r, 10), fmt_date(orig_date + timedelta(seconds=4), "MSK"), fmt_date(orig_date, "CET"), ruuid(r, False), ralnum(r, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    p1 = text(expl, cs="utf-8", cte="8bit", ct="text/plain; charset=utf-8")
    p2 = raw_part([("Content-Type", "message/delivery-status")], dsn)
    p3 = raw_part([("Content-Type", "text/rfc822-headers"), ("Content-Transfer-Encoding", "7bit")], orig)
    body = multi("report", [p1, p2, p3], "%s/forward101b.mail.yandex.net" % rhex(r, 10, True), extra_ct=" report-type=delivery-status;")
    hs = [("Return-Path", "<>"),
          ("Received", h2),
          ("Received", "from mx42.mail.yandex.net ([127.0.0.1])\r\n\tby forward101b.mail.yandex.net (Yandex) with LMTP id Bnt4KjL9Cc0q; " + fmt_date(t0, "MSK")),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.helo=forward101b.mail.yandex.net"),
          ("From", "MAILER-DAEMON@yandex.ru"),
          ("To", "sergei.volkov@kabelnet.test"),
          ("Subject", ew("Недоставленное сообщение", "UTF-8", "B")),
          ("Date", fmt_date(t0, "MSK")),
          ("Message-Id", "<%s.%d@forward101b.mail.yandex.net>" % (rhex(r, 12), epoch(t0))),
          ("Auto-Submitted", "auto-replied"),
          ("*MIME*", None)]
    return message(hs, body)


# ------------------------------------------------------------------ Turkish
def l36():
    r = random.Random(1036)
    t0 = D(2009, 5, 19, 12, 27, 40)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from EAKSOYPC ([10.30.8.112]) by posta.akuni.example with Microsoft SMTPSVC(6.0.3790.3959)", "TRT", 1, 6, sep=";\r\n\t ").replace(";;", ";")
    h2 = gw.uni(c, "posta.akuni.example", "192.0.2.174", "eaksoy@akuni.example", "a.demir@uni-nordhafen.test")
    plain = """Sevgili Ayşe Hanım,

Umarım Hamburg'da her şey yolundadır. Size iki konuda danışmak
istiyorum.

Birincisi, ortak makalemiz için hakemlerden gelen yorumlarda Karadeniz
kıyısındaki ölçüm istasyonlarının kalibrasyon yöntemi soruluyor. 2007
kampanyasında kullandığınız düzeltme katsayılarını bir tablo halinde
gönderebilir misiniz? Revizyonu 10 Haziran'a kadar yollamamız gerekiyor.

İkincisi, Erasmus anlaşması çerçevesinde bölümümüzden iki yüksek lisans
öğrencisi güz döneminde sizin enstitüde laboratuvar çalışması yapmak
istiyor. Kabul mektubu için kime başvurmaları gerektiğini öğrenebilir
miyim? Öğrencilerin özgeçmişlerini ayrıca ileteceğim.

Şimdiden teşekkürler, selamlar,

Doç. Dr. Emre Aksoy
Anadolu Kıyı Üniversitesi, Deniz Bilimleri Bölümü
Tel: +90 462 555 30 71
"""
    html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-9\"></head><body lang=TR><div class=Section1>" + \
        "".join("<p class=MsoNormal><font size=2 face=Arial><span style='font-size:10.0pt;font-family:Arial'>%s<o:p></o:p></span></font></p>\n" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    body = multi("alternative", [text(plain, cs="iso-8859-9", cte="quoted-printable", ct='text/plain;\r\n\tcharset="iso-8859-9"'),
                                 text(html, "html", cs="iso-8859-9", cte="quoted-printable", ct='text/html;\r\n\tcharset="iso-8859-9"')],
                 "----=_NextPart_000_0012_01C9D89F.%s" % rhex(r, 8, True), preamble="This is a multipart message in MIME format.")
    hs = [("Received", h2), ("Received", h1),
          ("From", "\"Emre Aksoy\" <eaksoy@akuni.example>"),
          ("To", ew("Ayşe Demir", "iso-8859-9", "Q") + " <a.demir@uni-nordhafen.test>"),
          ("Subject", ew("Makale revizyonu ve Erasmus öğrencileri", "iso-8859-9", "Q")),
          ("Date", fmt_date(t0, "TRT")),
          ("Message-ID", "<001101c9d886$%s$%s$@akuni.example>" % (rhex(r, 8), rhex(r, 8))),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Office Outlook 12.0"),
          ("Thread-Index", "AcnYhjT%s==" % rb64(r, 21)),
          ("Content-Language", "tr"),
          ("X-OriginalArrivalTime", "19 May 2009 12:27:41.0953 (UTC) FILETIME=[3D1C5E90:01C9D886]"),
          ("Return-Path", "eaksoy@akuni.example"),
          ("X-Spam-Score", "-1.4")]
    return message(hs, body)


def l37():
    r = random.Random(1037)
    t0 = D(2015, 12, 3, 8, 45, 0)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from bulten-mta3.evbahcemarket.example (bulten-mta3.evbahcemarket.example [203.0.113.93])\r\n\tby mx.evbahcemarket.example (Postfix) with ESMTP id 3pBX1w4Xc0z2N", "TRT", 1, 30)
    h2 = gw.kabel(c, "mx.evbahcemarket.example", "203.0.113.94", "murat.yildiz@kabelnet.test")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Kış kampanyası</title></head>
<body style="margin:0;background:#e9f0e4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,Arial,sans-serif;color:#263a1f">
<tr><td style="background:#2f6b2a;color:#ffffff;padding:18px 24px;font-size:20px"><b>Ev&amp;Bahçe Market</b></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:24px;margin:0">Kış kampanyası başladı: %30'a varan indirim</h1>
<p style="font-size:14px;line-height:21px">Merhaba Murat Bey, 3-13 Aralık tarihleri arasında ısıtıcılar, battaniyeler, kış bahçe bakımı
ürünleri ve mutfak gereçlerinde %30'a varan indirim sizi bekliyor. Kulüp kartıyla yapılan 250 TL ve üzeri alışverişlere kargo ücretsiz.</p></td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="8" style="font-size:13px">
<tr><td>Yağlı radyatör 11 dilim</td><td align="right"><b>289,90 TL</b> <s>379,90 TL</s></td></tr>
<tr><td>Polar battaniye 150x200</td><td align="right"><b>39,90 TL</b> <s>54,90 TL</s></td></tr>
<tr><td>Çim tohumu kışlık karışım 1 kg</td><td align="right"><b>24,50 TL</b></td></tr>
</table></td></tr>
<tr><td align="center" style="padding:22px"><a href="https://www.evbahcemarket.example/kampanya/kis-2015?utm_medium=eposta" style="background:#e07b00;color:#fff;padding:12px 22px;text-decoration:none">Kampanya ürünlerini gör</a></td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#777">Kampanya stoklarla sınırlıdır, mağazalar arasında farklılık gösterebilir.
Bu e-postayı Ev&amp;Bahçe Kulüp üyeliğiniz kapsamında aldınız. Bülten almak istemiyorsanız
<a href="https://www.evbahcemarket.example/bulten/iptal?e=7731904">buradan ayrılabilirsiniz</a>.<br>
Ev ve Bahçe Market A.Ş., Bursa</td></tr>
</table></body></html>
"""
    part = text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=\"utf-8\"")
    hs = [("Return-Path", "<bounce-7731904@bulten.evbahcemarket.example>"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of bulten.evbahcemarket.example designates 203.0.113.94 as permitted sender)"),
          ("DKIM-Signature", dkim(r, "evbahcemarket.example", "bulten", "subject:from:to:date:mime-version:content-type:list-unsubscribe:message-id", epoch(t0))),
          ("Subject", ew("Kış kampanyası başladı: %30'a varan indirim", "utf-8", "B")),
          ("From", ew("Ev&Bahçe Market", "utf-8", "B") + " <bulten@evbahcemarket.example>"),
          ("To", "murat.yildiz@kabelnet.test"),
          ("Date", fmt_date(t0, "TRT")),
          ("*MIME*", None),
          ("List-Unsubscribe", "<https://www.evbahcemarket.example/bulten/iptal?e=7731904>"),
          ("Message-ID", "<kis2015.7731904.%s@bulten.evbahcemarket.example>" % rhex(r, 10))]
    return message(hs, part)


def l38():
    r = random.Random(1038)
    t0 = D(2019, 8, 14, 16, 20, 33)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from booking-app04 (unknown [10.44.9.4])\r\n\tby mailer2.anatoliajet.example (Postfix) with ESMTPS id 467vGq5Bx1z9tKq", "TRT", 1, 4)
    h2 = gw.halvard(c, "mailer2.anatoliajet.example", "198.51.100.202")
    plain = """Sayın Murat Yıldız,

Anatolia Jet'i tercih ettiğiniz için teşekkür ederiz. Rezervasyonunuz
onaylanmış ve biletiniz düzenlenmiştir.

Rezervasyon kodu (PNR): QZ7N4K
Bilet numarası: 901 2145 887302

GİDİŞ - 29 Ağustos 2019, Perşembe
AJ 1671  İstanbul (IST) 08:35  ->  Hamburg (HAM) 10:55
Kabin: Ekonomi (Eco Flex)  Bagaj: 1 x 23 kg

DÖNÜŞ - 2 Eylül 2019, Pazartesi
AJ 1672  Hamburg (HAM) 12:05  ->  İstanbul (IST) 16:15

Toplam ücret: 412,38 EUR (vergiler dahil), kurumsal kart ile ödenmiştir.

Online check-in uçuştan 24 saat önce açılır. Pasaportunuzun seyahat
tarihinden itibaren en az 150 gün geçerli olması gerekir.

E-biletiniz ekte PDF olarak yer almaktadır.

İyi uçuşlar dileriz.
Anatolia Jet
"""
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial;font-size:13px;color:#222\"><div style=\"background:#0a2d5c;color:#fff;padding:12px;font-size:18px\">Anatolia Jet - Rezervasyon onayı</div>" + \
        _paras_html(plain) + "</body></html>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", cte="base64", ct="text/plain; charset=utf-8"),
                                text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=utf-8")],
                "----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(10 ** 8, 10 ** 9), epoch(t0) * 1000 + 8))
    a = attach(pdf("Anatolia Jet e-ticket QZ7N4K YILDIZ/MURAT"), "application/pdf", "eTicket_QZ7N4K.pdf")
    body = multi("mixed", [alt, a], "----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(10 ** 8, 10 ** 9), epoch(t0) * 1000 + 8))
    hs = [("Received", h2), ("Received", h1),
          ("Authentication-Results", "EDGE02.halvard-logistik.example; spf=pass smtp.mailfrom=anatoliajet.example;\r\n dkim=pass header.d=anatoliajet.example; dmarc=pass header.from=anatoliajet.example"),
          ("DKIM-Signature", dkim(r, "anatoliajet.example", "booking", "date:from:to:message-id:subject:mime-version:content-type", epoch(t0))),
          ("Date", fmt_date(t0, "TRT")),
          ("From", "Anatolia Jet <rezervasyon@anatoliajet.example>"),
          ("To", ew("MURAT YILDIZ", "utf-8", "Q") + " <m.yildiz@halvard-logistik.example>"),
          ("Message-ID", "<%d.%d.%d.JavaMail.booking@booking-app04>" % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 9999), epoch(t0) * 1000 + 8)),
          ("Subject", ew("Rezervasyon onayı - PNR QZ7N4K - İstanbul / Hamburg", "utf-8", "B")),
          ("*MIME*", None),
          ("Return-Path", "rezervasyon@anatoliajet.example"),
          ("X-MS-Exchange-Organization-SCL", "0")]
    return message(hs, body)


def l39():
    r = random.Random(1039)
    t0 = D(2006, 9, 11, 18, 3, 29)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [192.0.2.187] by webmail3.mynet.com via HTTP", "TRT", 0, 1)
    h2 = gw.hop(c, "from webmail3.mynet.com (webmail3.mynet.com [10.2.1.3])\r\n\tby smtp-out2.mynet.com (8.13.1/8.13.1) with ESMTP id k8BF3Vq9017741", "TRT", 1, 3)
    h3 = gw.kabel(c, "smtp-out2.mynet.com", "192.0.2.190", "murat.yildiz@kabelnet.test")
    body_txt = """Murat oğlum merhaba,

Nasılsın, işler nasıl gidiyor? Baban soruyor, bayramda geliyor musun
diye. Bayram 23 Ekim'de başlıyor, en az üç gün kalırsan çok seviniriz.
Ablan da çocuklarla İzmir'den gelecek, ev kalabalık olacak.

Bilet alırsan bize haber ver, baban seni havaalanından alır. Yanında
o bizim sevdiğimiz çikolatalardan getirmeyi unutma :)

Burada her şey yolunda, bahçedeki incirler bu yıl çok güzel oldu.
Komşu Nermin teyze de sana selam söyledi.

Kendine iyi bak, sıkı giyin, oralar soğuktur şimdi.
Annen
"""
    part = text(body_txt, cs="iso-8859-9", cte="8bit", ct="text/plain; charset=iso-8859-9")
    hs = [("Received", h3), ("Received", h2), ("Received", h1),
          ("Message-ID", "<%d.%d.mynet@webmail3.mynet.com>" % (epoch(t0), r.randint(1000, 99999))),
          ("Date", fmt_date(t0, "TRT")),
          ("From", ew("Hatice Yıldız", "iso-8859-9", "Q") + " <hatice.yildiz1956@mynet.com>"),
          ("Subject", ew("bayramda geliyor musun?", "iso-8859-9", "Q")),
          ("To", "murat.yildiz@kabelnet.test"),
          ("*MIME*", None),
          ("X-Mailer", "Mynet Webmail"),
          ("X-Originating-IP", "192.0.2.187"),
          ("Return-Path", "hatice.yildiz1956@mynet.com")]
    return message(hs, part)


def l40():
    r = random.Random(1040)
    t0 = D(2023, 10, 4, 7, 52, 18)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from AS8PR02MB7104.eurprd02.prod.outlook.com\r\n ([fe80::8d2:3f11:52c1:9a0e]) by AS8PR02MB7104.eurprd02.prod.outlook.com\r\n ([fe80::8d2:3f11:52c1:9a0e%6]) with mapi id 15.20.6838.029", "UTC", 0, 1)
    h2 = gw.hop(c, "from EUR05-AM6-obe.outbound.protection.outlook.com (203.0.113.125) by\r\n EUR05-AM6-obe.outbound.protection.outlook.com (203.0.113.125) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.6838.30", "UTC", 1, 3)
    h3 = gw.halvard(c, "EUR05-AM6-obe.outbound.protection.outlook.com", "203.0.113.125")
    uid = "040000008200E00074C5B7101A82E008000000" + rhex(r, 44, True)
    start = D(2023, 10, 10, 8, 0, 0)
    plain = """Merhaba Murat Bey,

Dördüncü çeyrek sevkiyat planlamasını ve Hamburg-Mersin hattındaki
konteyner tahsislerini görüşmek üzere bir Teams toplantısı ayarladım.
Gündem taslağını toplantıdan önce paylaşacağım.

Saygılarımla,
Selin Koç
Anatolia Lojistik - Operasyon Planlama
________________________________________________________________________________
Microsoft Teams toplantısı
Bilgisayarınızdan veya mobil uygulamadan katılın
Toplantı Kimliği: 381 552 904 117
Parola: v7QmKp
________________________________________________________________________________
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + \
        _paras_html(plain.split("____")[0]) + "<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">________________________________________________________________________________</span></div>" + \
        "<div class=\"me-email-text\" lang=\"tr-TR\" style=\"color:#252424\"><div style=\"margin-top:24px;margin-bottom:20px\"><span style=\"font-size:24px;color:#252424\">Microsoft Teams toplantısı</span></div>" + \
        "<div style=\"margin-bottom:20px\"><div style=\"margin-top:0px;margin-bottom:0px;font-weight:bold\"><span style=\"font-size:14px;color:#252424\">Bilgisayarınızdan veya mobil uygulamadan katılın</span></div>" + \
        "<div style=\"margin-bottom:4px;margin-top:4px\"><span style=\"font-size:14px;color:#252424\">Toplantı Kimliği: </span><span style=\"font-size:16px;color:#252424\">381 552 904 117</span></div>" + \
        "<div style=\"margin-bottom:20px\"><span style=\"font-size:14px;color:#252424\">Parola: </span><span style=\"font-size:16px;color:#252424\">v7QmKp</span></div></div></div></div></body></html>\n"
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Turkey Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Selin Koç:mailto:selin.koc@anatolialojistik.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Murat Yıldız:
 mailto:m.yildiz@halvard-logistik.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jens Albers:
 mailto:j.albers@halvard-logistik.example
DESCRIPTION;LANGUAGE=tr-TR:Dördüncü çeyrek sevkiyat planlaması ve Hamburg-Mer
 sin hattı konteyner tahsisleri.\\n
UID:%s
SUMMARY;LANGUAGE=tr-TR:Q4 sevkiyat planlaması
DTSTART;TZID=Turkey Standard Time:20231010T110000
DTEND;TZID=Turkey Standard Time:20231010T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=tr-TR:Microsoft Teams Toplantısı
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (uid, t0.strftime("%Y%m%dT%H%M%SZ"))
    body = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct='text/plain; charset="utf-8"'),
                                 text(html, "html", cs="utf-8", cte="quoted-printable", ct='text/html; charset="utf-8"'),
                                 text(ics, "calendar", cs="utf-8", cte="base64", ct='text/calendar; charset="utf-8"; method=REQUEST')],
                 "_000_AS8PR02MB7104%sAS8PR02MB7104eurp_" % rhex(r, 24, True))
    mid = "<AS8PR02MB7104%s@AS8PR02MB7104.eurprd02.prod.outlook.com>" % rhex(r, 24, True)
    hs = [("Received", h3), ("Received", h2), ("Received", h1),
          ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;\r\n b=" + rb64(r, 60)),
          ("Authentication-Results", "EDGE03.halvard-logistik.example; spf=pass smtp.mailfrom=anatolialojistik.example;\r\n dkim=pass header.d=anatolialojistik.example; dmarc=pass action=none header.from=anatolialojistik.example"),
          ("DKIM-Signature", dkim(r, "anatolialojistik.example", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", epoch(t0))),
          ("From", ew("Selin Koç", "utf-8", "B") + " <selin.koc@anatolialojistik.example>"),
          ("To", ew("Murat Yıldız", "utf-8", "B") + " <m.yildiz@halvard-logistik.example>"),
          ("CC", "Jens Albers <j.albers@halvard-logistik.example>"),
          ("Subject", ew("Toplantı daveti: Q4 sevkiyat planlaması", "utf-8", "B")),
          ("Thread-Topic", ew("Q4 sevkiyat planlaması", "utf-8", "B")),
          ("Thread-Index", "AdnCm%s=" % rb64(r, 27)),
          ("Date", fmt_date(t0, "UTC")),
          ("Message-ID", mid),
          ("Accept-Language", "tr-TR, en-US"),
          ("Content-Language", "tr-TR"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("*MIME*", None)]
    return message(hs, body)


# ------------------------------------------------------------------ Polish
def l41():
    r = random.Random(1041)
    t0 = D(2007, 3, 15, 20, 37, 5)
    c = Clock(r, t0)
    h1 = gw.hop(c, "(wp-smtpd smtp.wp.pl 7041 invoked from network)", "CET", 0, 1)
    h2 = gw.hop(c, "from unknown (HELO poczta.wp.pl) ([192.0.2.80])\r\n          (envelope-sender <kasia.nowak82@wp.pl>)\r\n          by smtp.wp.pl (WP-SMTPD) with SMTP\r\n          for <agnieszka.wrobel@kabelnet.test>", "CET", 0, 2)
    h3 = gw.kabel(c, "mx.wp.pl", "192.0.2.81", "agnieszka.wrobel@kabelnet.test")
    body_txt = """Cześć Aga!

Dzięki za kartkę z Bremy, wisi u nas na lodówce. Widzę, że się
zadomowiłaś, skoro już piszesz o "naszej" piekarni na rogu :)

Słuchaj, co z Wielkanocą? Mama pytała, czy przyjedziecie z Jankiem do
Torunia. My będziemy od piątku, więc możemy się spotkać w sobotę na
święceniu koszyczka, tak jak zawsze. Marek upiecze mazurka, w tym roku
obiecał, że bez spalonego spodu.

U mnie w pracy zamieszanie, szef odchodzi na emeryturę i nikt nie wie,
kto przyjdzie na jego miejsce. Za to w końcu zapisałam się na ten kurs
niemieckiego, więc jak przyjadę do Ciebie w lipcu, to sama zamówię
sobie kawę!

Napisz, jak tylko będziesz wiedziała. Buziaki,
Kaśka
"""
    part = text(body_txt, cs="iso-8859-2", cte="quoted-printable", ct="text/plain; charset=iso-8859-2")
    hs = [("Received", h3), ("Received", h2), ("Received", h1),
          ("Date", fmt_date(t0, "CET")),
          ("From", "\"Katarzyna Nowak\" <kasia.nowak82@wp.pl>"),
          ("To", "agnieszka.wrobel@kabelnet.test"),
          ("Subject", ew("Wielkanoc w Toruniu?", "iso-8859-2", "Q")),
          ("Message-ID", "<45f9b0a9%s@wp.pl>" % rhex(r, 8)),
          ("*MIME*", None),
          ("X-Mailer", "Interfejs WWW poczty Wirtualnej Polski"),
          ("X-WP-IP", "198.51.100.64"),
          ("X-WP-AV", "skaner antywirusowy poczty Wirtualnej Polski S. A."),
          ("X-WP-SPAM", "NO 0000000 [kSOU]")]
    return message(hs, part)


def l42():
    r = random.Random(1042)
    t0 = D(2014, 10, 21, 11, 38, 57)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from notify-app07 (unknown [10.1.20.7])\r\n\tby mx-out2.inpost.pl (Postfix) with ESMTP id 3jRmXS3Gxvz4T", "CET", 0, 3, comment=True)
    h2 = gw.kabel(c, "mx-out2.inpost.pl", "198.51.100.184", "agnieszka.wrobel@kabelnet.test")
    plain = """Dzień dobry,

Twoja paczka od nadawcy KSIĘGARNIA PAPIERÓWKA czeka na Ciebie w
Paczkomacie TOR12A, ul. Szosa Chełmińska 90 (przy stacji paliw), Toruń.

Numer paczki: 635009215580217001847395
Kod odbioru: 482913

Paczkę możesz odebrać do 23.10.2014, godz. 11:38. Paczkomat jest
czynny całą dobę. Przesyłka jest opłacona, przy odbiorze nic nie
płacisz.

Pozdrawiamy,
Zespół InPost
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial;font-size:14px\"><table width=\"560\" cellpadding=\"14\"><tr><td style=\"background:#ffcb04;font-size:20px\"><b>Paczka czeka w Paczkomacie</b></td></tr><tr><td>" + \
        _paras_html(plain) + "</td></tr><tr><td style=\"font-size:10px;color:#888\">InPost Sp. z o.o., ul. Malborska 130, 30-624 Kraków. Wiadomość wygenerowana automatycznie.</td></tr></table></body></html>\n"
    body = multi("alternative", [text(plain, cs="utf-8", cte="base64", ct="text/plain; charset=utf-8"),
                                 text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=utf-8")],
                 "=_%s" % rhex(r, 32))
    hs = [("Return-Path", "<powiadomienia@inpost.pl>"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of powiadomienia@inpost.pl designates 198.51.100.184 as permitted sender)"),
          ("DKIM-Signature", dkim(r, "inpost.pl", "default", "from:to:subject:date:message-id:mime-version:content-type", epoch(t0))),
          ("Message-ID", "<%s@inpost.pl>" % rhex(r, 32)),
          ("Date", fmt_date(t0, "CET")),
          ("Subject", ew("Paczka czeka na Ciebie w Paczkomacie TOR12A", "utf-8", "B")),
          ("From", "InPost <powiadomienia@inpost.pl>"),
          ("To", "agnieszka.wrobel@kabelnet.test"),
          ("X-Mailer", "Swift Mailer 5.2.1"),
          ("*MIME*", None)]
    return message(hs, body)


def l43():
    r = random.Random(1043)
    t0 = D(2011, 5, 9, 8, 12, 30)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from KSIEGOWOSC2 (unknown [192.0.2.129])\r\n\t(Authenticated sender: faktury@hpmazur.example)\r\n\tby mail.hpmazur.example (Postfix) with ESMTPA id 3A77E1C0B3", "CET", 2, 10, comment=True)
    h2 = gw.halvard(c, "mail.hpmazur.example", "192.0.2.130")
    plain = """Szanowni Państwo,

w załączeniu przesyłamy fakturę VAT nr FV/2011/05/0312 z dnia 09.05.2011
za dostawę materiałów biurowych do oddziału w Gdańsku (zamówienie
ZK/2011/0418).

Zgodnie z umową ramową na fakturze uwzględniono rabat 5% od cen
katalogowych. Wartość brutto: 3 184,17 zł, termin płatności 21 dni
(30.05.2011), przelewem na rachunek podany na fakturze.

Faktura została wystawiona w formie elektronicznej zgodnie z Państwa
zgodą z 12.01.2011 i nie wymaga podpisu. Oryginał papierowy nie będzie
wysyłany.

Z poważaniem
Beata Sikorska
Dział Księgowości
Hurtownia Papiernicza MAZUR Sp. z o.o.
ul. Łąkowa 7, 80-769 Gdańsk
tel. 58 555 14 20
"""
    html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1250\"></head><body lang=PL><div class=WordSection1>" + \
        "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % p.replace("\n", "<br>\n") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="windows-1250", cte="quoted-printable", ct='text/plain;\r\n\tcharset="windows-1250"'),
                                text(html, "html", cs="windows-1250", cte="quoted-printable", ct='text/html;\r\n\tcharset="windows-1250"')],
                "----=_NextPart_001_0031_01CC0E33.%s" % rhex(r, 8, True))
    a = attach(pdf("Faktura VAT FV/2011/05/0312 Hurtownia Papiernicza MAZUR"), "application/pdf", "FV_2011_05_0312.pdf")
    body = multi("mixed", [alt, a], "----=_NextPart_000_0030_01CC0E33.%s" % rhex(r, 8, True),
                 preamble="This is a multipart message in MIME format.")
    hs = [("Received", h2), ("Received", h1),
          ("From", "=?windows-1250?Q?Hurtownia_Papiernicza_MAZUR_-_Ksi=EAgowo=9C=E6?= <faktury@hpmazur.example>"),
          ("To", "<a.wrobel@halvard-logistik.example>"),
          ("Subject", "Faktura VAT FV/2011/05/0312"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<002f01cc0e22$%s$%s$@hpmazur.example>" % (rhex(r, 8), rhex(r, 8))),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Outlook 14.0"),
          ("Thread-Index", "AcwOIg%s==" % rb64(r, 22)),
          ("Content-Language", "pl"),
          ("Return-Path", "faktury@hpmazur.example"),
          ("X-MS-Exchange-Organization-SCL", "0")]
    return message(hs, body)


def l44():
    r = random.Random(1044)
    t0 = D(2020, 11, 5, 13, 6, 44)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from webmail.sp7-zielonybor.example (localhost [127.0.0.1])\r\n\tby mail.sp7-zielonybor.example (Postfix) with ESMTPSA id 4CRn0J0bK5z1x", "CET", 1, 3)
    h2 = gw.kabel(c, "mail.sp7-zielonybor.example", "192.0.2.77", "agnieszka.wrobel@kabelnet.test")
    body_txt = """Szanowni Rodzice uczniów klas IV-VIII,

w związku z decyzją o przejściu na nauczanie zdalne od 9 listopada
informujemy:

1. Lekcje odbywają się zgodnie z dotychczasowym planem, na platformie
   Teams. Dane logowania uczniowie otrzymali we wrześniu; w razie
   problemów prosimy o kontakt z wychowawcą (nie przez sekretariat).
2. Uczniowie, którzy nie mają w domu komputera, mogą wypożyczyć laptop
   ze szkoły. Zgłoszenia do piątku 6 listopada, tel. 91 555 31 02.
3. Zebrania z rodzicami (wywiadówki) odbędą się online 18 listopada o
   godz. 17:30. Link prześle wychowawca przez dziennik elektroniczny.
4. Stołówka szkolna jest nieczynna. Opłaty za obiady za listopad
   zostaną rozliczone w grudniu.

Dziękujemy za wyrozumiałość i współpracę.

Ewa Jabłońska
Dyrektor Szkoły Podstawowej nr 7 im. Marii Konopnickiej
w Zielonym Borze
"""
    part = text(body_txt, cs="UTF-8", cte="base64", ct="text/plain; charset=UTF-8; format=flowed")
    hs = [("Return-Path", "<sekretariat@sp7-zielonybor.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=sp7-zielonybor.example;\r\n\tdkim=none (message not signed)"),
          ("*MIME*", None),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Sekretariat SP7 <sekretariat@sp7-zielonybor.example>"),
          ("To", "Rodzice klas IV-VIII <rodzice-4-8@sp7-zielonybor.example>"),
          ("Subject", ew("Nauczanie zdalne od 9 listopada - informacje dla rodziców", "UTF-8", "Q")),
          ("Message-ID", "<%s@sp7-zielonybor.example>" % rhex(r, 32)),
          ("X-Sender", "sekretariat@sp7-zielonybor.example"),
          ("User-Agent", "Roundcube Webmail/1.4.9")]
    return message(hs, part)


def l45():
    r = random.Random(1045)
    t0 = D(2024, 2, 27, 10, 41, 12)
    c = Clock(r, t0)
    h1 = gw.hop(c, "by mail-lj1-f176.google.com with SMTP id 38308e7fff4ca-2d23a22233fso%d\r\n        for <anna.nowak@ppa-agency.example>" % r.randint(10000, 99999), "UTC", 1, 3, sep="\r\n        ")
    h2 = gw.agency(c, "mail-lj1-f176.google.com", "203.0.113.176")
    plain = """Dzień dobry Pani Anno,

nazywam się Marta Zielińska i prowadzę rekrutacje w agencji
TalentBridge. Zwracam się do Pani, ponieważ nasz klient, fundacja
zajmująca się funduszami europejskimi z siedzibą w Gdańsku, szuka osoby
na stanowisko Kierownika Zespołu ds. Zamówień Publicznych.

W skrócie:
- zespół 5 osób, bezpośrednie raportowanie do zarządu
- wymagane min. 5 lat doświadczenia w postępowaniach powyżej progów UE
- praca hybrydowa (2 dni w biurze), umowa o pracę
- wynagrodzenie 16-19 tys. zł brutto, pakiet medyczny

Pani profil na LinkedIn bardzo dobrze pasuje do tych wymagań. Czy
byłaby Pani otwarta na krótką, niezobowiązującą rozmowę telefoniczną w
tym lub przyszłym tygodniu? Jeśli temat Pani nie interesuje, proszę o
krótką informację, nie będę się więcej odzywać.

Pozdrawiam serdecznie
Marta Zielińska
Senior Recruitment Consultant
TalentBridge Rekrutacja | +48 555 120 447
"""
    html = "<div dir=\"ltr\">" + "".join("<div>%s</div><div><br></div>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>\n"
    body = multi("alternative", [text(plain, cs="UTF-8", cte="quoted-printable", ct="text/plain; charset=\"UTF-8\""),
                                 text(html, "html", cs="UTF-8", cte="quoted-printable", ct="text/html; charset=\"UTF-8\"")],
                 "0000000000006a%s" % rhex(r, 14))
    hs = [("Received", h2[0]), ("Received", h2[1]), ("Received", h1),
          ("DKIM-Signature", dkim(r, "talentbridge-rekrutacja.example", "google", "to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n\t :date:message-id:reply-to", epoch(t0))),
          ("X-Google-DKIM-Signature", dkim(r, "1e100.net", "20230601", "x-gm-message-state:to:subject:message-id:date:from:mime-version", epoch(t0))),
          ("X-Gm-Message-State", "AOJu0Y" + rb64(r, 60)),
          ("X-Google-Smtp-Source", "AGHT+I" + rb64(r, 60)),
          ("MIME-Version", "1.0"),
          ("From", ew("Marta Zielińska", "UTF-8", "Q") + " <marta.zielinska@talentbridge-rekrutacja.example>"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<CAK%s@mail.gmail.com>" % ralnum(r, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_=+-")),
          ("Subject", ew("Propozycja współpracy - Kierownik Zespołu ds. Zamówień Publicznych (Gdańsk)", "UTF-8", "Q")),
          ("To", "anna.nowak@ppa-agency.example"),
          ("*PART*", None)]
    return message(hs, body, mime_version=False)
