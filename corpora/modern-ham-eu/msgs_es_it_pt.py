# Spanish (l13-l18), Italian (l19-l23), Portuguese (l24-l29) messages.
import random
from datetime import datetime as D

import gw
from mimelib import (Clock, addr, attach, dkim, epoch, ew, fmt_date, message, multi, pdf,
                     png_noise,
                     ole, png, gif1, jpeg_stub, ralnum, rb64, rhex, ruuid, text)


def _strip_html_paras(plain):
    return "".join("<p>%s</p>\n" % p.replace("&", "&amp;").replace("\n", "<br>\n")
                   for p in plain.strip().split("\n\n"))


def l13():
    r = random.Random(1013)
    t0 = D(2018, 10, 2, 18, 44, 9)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from ventaweb-p03.renfe.es (unknown [10.51.8.33])\r\n\tby smtp-out1.renfe.es (Postfix) with ESMTP id 42Pn1H5qQkz9vQX\r\n\tfor <lucia.romero@kabelnet.test>", "CET", 1, 3, comment=True)
    h2 = gw.kabel(c, "smtp-out1.renfe.es", "198.51.100.133", "lucia.romero@kabelnet.test")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#3a3a3a">
<table width="620" cellpadding="10" cellspacing="0" align="center" style="border:1px solid #dddddd">
<tr><td style="background:#8a0e5c;color:#ffffff;font-size:18px">Confirmación de compra</td></tr>
<tr><td>Estimada Sra. Romero:<br><br>Le confirmamos la compra de su billete. Adjuntamos el billete en formato PDF,
que puede presentar impreso o en su dispositivo móvil junto con su documento de identidad.</td></tr>
<tr><td><b>Localizador: 4XK9PT</b><br>Fecha de compra: 02/10/2018</td></tr>
<tr><td><table cellpadding="4" cellspacing="0" width="100%" style="font-size:12px">
<tr style="background:#f2f2f2"><td>Tren</td><td>Salida</td><td>Llegada</td><td>Coche / Plaza</td></tr>
<tr><td>AVE 03063</td><td>Madrid-Puerta de Atocha 09:30<br>jueves 11/10/2018</td><td>Barcelona-Sants 12:20</td><td>6 / 11C</td></tr>
</table></td></tr>
<tr><td>Tarifa: Promo (sin cambios ni anulaciones)<br>Clase: Turista<br>Importe total: <b>47,30 &euro;</b> (IVA incluido)<br>
Forma de pago: tarjeta terminada en 0937</td></tr>
<tr><td>Recuerde que el acceso al tren se cierra 2 minutos antes de la salida y que en las estaciones de Alta Velocidad
debe pasar el control de equipajes. Le recomendamos llegar con antelación suficiente.</td></tr>
<tr><td style="font-size:11px;color:#888888">Este correo se ha generado automáticamente. Por favor, no responda a esta dirección.<br>
Renfe Viajeros S.M.E., S.A. - Avda. Pío XII, 110 - 28036 Madrid</td></tr>
</table></body></html>
"""
    h = text(html, "html", cs="UTF-8", cte="base64", ct="text/html; charset=UTF-8")
    a = attach(pdf("Billete Renfe localizador 4XK9PT AVE 03063 11/10/2018"), "application/pdf", "billete_4XK9PT.pdf")
    body = multi("mixed", [h, a], "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(10 ** 8, 10 ** 9), epoch(t0) * 1000 + 117))
    hs = [("Return-Path", "<venta.online@renfe.es>"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of venta.online@renfe.es designates 198.51.100.133 as permitted sender)"),
          ("DKIM-Signature", dkim(r, "renfe.es", "sel1", "date:from:to:message-id:subject:mime-version:content-type", epoch(t0))),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Renfe <venta.online@renfe.es>"),
          ("To", "lucia.romero@kabelnet.test"),
          ("Message-ID", "<%d.%d.%d.JavaMail.ventaweb@ventaweb-p03>" % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 99999), epoch(t0) * 1000 + 117)),
          ("Subject", ew("Renfe: confirmación de compra - localizador 4XK9PT", "UTF-8", "Q")),
          ("*MIME*", None)]
    return message(hs, body)


def l14():
    r = random.Random(1014)
    t0 = D(2008, 11, 6, 11, 9, 52)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [10.3.14.77] (pc-ortega.dtl.upl.example [10.3.14.77])\r\n\tby smtp.upl.example (8.13.8/8.13.8) with ESMTP id mA6B9rk7021339", "CET", 1, 6)
    h2 = gw.uni(c, "smtp.upl.example", "192.0.2.88", "jortega@upl.example", "elena.vazquez@uni-nordhafen.test")
    body_txt = """Estimados socios:

Tras la teleconferencia del martes, os confirmo los detalles de la
reunión de seguimiento del proyecto MOVE-LOG, que celebraremos en
Valencia los días 15 y 16 de enero de 2009.

Lugar: Escuela de Ingeniería del Transporte, Sala de Juntas (2ª planta),
Camino de Vera s/n. El primer día empezamos a las 9:30 y el segundo
terminaremos hacia las 14:00 para que podáis coger los vuelos de la
tarde.

Orden del día provisional:
 1. Estado de los paquetes de trabajo WP2 y WP3 (30 min cada uno)
 2. Entregable D3.1 "Modelo de datos de la plataforma": comentarios de
    los revisores y plan de corrección
 3. Preparación del informe intermedio para la Comisión (plazo: 28/02)
 4. Piloto en el puerto de Sagunto: calendario y responsables
 5. Varios

He reservado 12 habitaciones en el Hotel Turia Parc (87 EUR/noche con
desayuno) a nombre del proyecto hasta el 15 de diciembre. Cada socio
hace su propia reserva indicando "MOVE-LOG UPL".

Elena, ¿podrías presentar tú el punto 2, ya que coordinas el D3.1?
Y Dirk, te agradecería que enviaras antes del 9 de enero las cifras de
gasto del primer periodo de tu grupo, para cerrar el informe financiero.

Un saludo cordial,
Javier

--
Dr. Javier Ortega Llorens
Departamento de Transporte y Logística
Universidad Politécnica de Levante
Tel. +34 96 555 7312
"""
    part = text(body_txt, cs="ISO-8859-1", cte="8bit", ct="text/plain; charset=ISO-8859-1; format=flowed")
    hs = [("Received", h2), ("Received", h1),
          ("Message-ID", "<4912CF40.8070905@upl.example>"),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Javier Ortega <jortega@upl.example>"),
          ("User-Agent", "Thunderbird 2.0.0.17 (Windows/20080914)"),
          ("MIME-Version", "1.0"),
          ("To", "Elena Vazquez <elena.vazquez@uni-nordhafen.test>"),
          ("Cc", "Dirk Hoekstra <d.hoekstra@tu-vlieland.example>,\r\n Chiara Benedetti <c.benedetti@polimare.example>,\r\n Pau Ferrer <pferrer@upl.example>"),
          ("Subject", ew("[MOVE-LOG] Reunión de seguimiento en Valencia, 15-16 de enero", "ISO-8859-1", "Q")),
          ("*PART*", None),
          ("X-Spam-Score", "-2.3"),
          ("X-Spam-Status", "No")]
    return message(hs, part, mime_version=False)


def l15():
    r = random.Random(1015)
    t0 = D(2022, 2, 15, 7, 12, 40)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from notificaciones-app2 (unknown [10.92.4.12])\r\n\tby mx-out3.correos.es (Postfix) with ESMTPS id 4JyQ0z3kM3z2Wq", "CET", 1, 5, comment=True)
    h2 = gw.kabel(c, "mx-out3.correos.es", "203.0.113.35", "lucia.romero@kabelnet.test")
    plain = """Hola Lucía:

Tu envío PQ4B7X0712345670128001X, remitido por CASA DEL TÉ ALBAICÍN SL,
está hoy en reparto. El cartero intentará entregarlo entre las 9:00 y
las 14:30 en la dirección indicada por el remitente.

Si no estás en casa, te dejaremos un aviso y podrás recogerlo a partir
de mañana en tu oficina de Correos más cercana (C/ Doctor Sumsi 14,
Valencia) presentando tu DNI y el número de envío.

Puedes consultar el estado del envío en correos.es con el código de
seguimiento. Este envío no tiene gastos pendientes.

Recuerda: Correos nunca te pedirá que pagues por SMS o correo
electrónico para entregarte un paquete.

Un saludo,
Correos
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#f5f5f5;margin:0">
<table width="600" align="center" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#ffcd00;font-weight:bold;font-size:19px;color:#002e6d">Tu envío está en reparto</td></tr>
<tr><td>Hola Lucía:<br><br>Tu envío <b>PQ4B7X0712345670128001X</b>, remitido por <b>CASA DEL TÉ ALBAICÍN SL</b>,
está hoy en reparto. El cartero intentará entregarlo entre las 9:00 y las 14:30 en la dirección indicada por el remitente.</td></tr>
<tr><td>Si no estás en casa, te dejaremos un aviso y podrás recogerlo a partir de mañana en tu oficina de Correos
más cercana (C/ Doctor Sumsi 14, Valencia) con tu DNI y el número de envío.</td></tr>
<tr><td style="background:#eef3f9">Este envío <b>no tiene gastos pendientes</b>. Correos nunca te pedirá que pagues por SMS
o correo electrónico para entregarte un paquete.</td></tr>
<tr><td style="font-size:11px;color:#888">Sociedad Estatal Correos y Telégrafos, S.A., S.M.E. Mensaje automático, no respondas a este correo.</td></tr>
</table></body></html>
"""
    body = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"),
                                 text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=utf-8")],
                 "b1_%s" % rhex(r, 32))
    hs = [("Return-Path", "<no-reply@correos.es>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=correos.es;\r\n\tdkim=pass header.d=correos.es; dmarc=pass (p=REJECT) header.from=correos.es"),
          ("DKIM-Signature", dkim(r, "correos.es", "notif2021", "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", epoch(t0))),
          ("Date", fmt_date(t0, "CET")),
          ("To", "lucia.romero@kabelnet.test"),
          ("From", "Correos <no-reply@correos.es>"),
          ("Subject", ew("Tu envío PQ4B7X0712345670128001X está en reparto", "utf-8", "B")),
          ("Message-ID", "<%s@notificaciones.correos.es>" % rhex(r, 32)),
          ("X-Mailer", "PHPMailer 6.5.3 (https://github.com/PHPMailer/PHPMailer)"),
          ("*MIME*", None)]
    return message(hs, body)


def l16():
    r = random.Random(1016)
    t0 = D(2013, 6, 3, 4, 30, 18)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from APPNOT01 ([10.40.1.15]) by correo.cajaalmenar.example with Microsoft SMTPSVC(7.5.7601.17514)", "CET", 1, 4, sep="\r\n\t ")
    h2 = gw.kabel(c, "correo.cajaalmenar.example", "192.0.2.213", "pablo.serrano@kabelnet.test")
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Extracto tarjeta</title></head>
<body>
<table width="560" border="0" cellpadding="8" cellspacing="0" style="font-family:Tahoma,Arial;font-size:12px">
<tr><td style="border-bottom:3px solid #006633;font-size:16px;color:#006633"><b>Caja Rural de Almenar</b></td></tr>
<tr><td>Estimado/a cliente:</td></tr>
<tr><td>Le informamos de que ya está disponible el extracto mensual de su tarjeta de crédito
VISA Clásica terminada en <b>**** 5512</b>, correspondiente al periodo del 1 al 31 de mayo de 2013.</td></tr>
<tr><td>Importe total de las operaciones del periodo: <b>612,48 EUR</b><br>
Modalidad de pago: fin de mes (cargo íntegro en su cuenta el día 5 de junio)<br>
Límite de crédito disponible a fecha de hoy: 2.387,52 EUR</td></tr>
<tr><td>Puede consultar el detalle de los movimientos en su Banca a Distancia, en el apartado
&laquo;Tarjetas &gt; Extractos&raquo;, o solicitarlo en cualquiera de nuestras oficinas.</td></tr>
<tr><td style="background:#eef6f0">Caja Rural de Almenar nunca le solicitará por correo electrónico sus claves de acceso,
el PIN de su tarjeta ni códigos de firma. Si recibe un mensaje de este tipo, no lo conteste y comuníquenoslo.</td></tr>
<tr><td style="font-size:10px;color:#777777">Este mensaje es informativo y no requiere respuesta. De acuerdo con la Ley Orgánica 15/1999,
sus datos forman parte de un fichero titularidad de Caja Rural de Almenar, S.C.C., con domicilio en
Plaza Mayor 3, 42200 Almenar (Soria).</td></tr>
</table>
</body>
</html>
"""
    part = text(html, "html", cs="iso-8859-1", cte="quoted-printable", ct="text/html; charset=\"iso-8859-1\"")
    hs = [("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of avisos@cajaalmenar.example designates 192.0.2.213 as permitted sender)"),
          ("Thread-Topic", ew("Extracto de su tarjeta de crédito - mayo 2013", "iso-8859-1", "Q")),
          ("From", "\"Caja Rural de Almenar\" <avisos@cajaalmenar.example>"),
          ("To", "<pablo.serrano@kabelnet.test>"),
          ("Subject", ew("Extracto de su tarjeta de crédito - mayo 2013", "iso-8859-1", "Q")),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<APPNOT01%s@correo.cajaalmenar.example>" % rhex(r, 22, True)),
          ("*MIME*", None),
          ("X-OriginalArrivalTime", "03 Jun 2013 04:30:20.0831 (UTC) FILETIME=[5B0C2AF0:01CE6012]"),
          ("Return-Path", "avisos@cajaalmenar.example")]
    return message(hs, part)


def l17():
    r = random.Random(1017)
    t0 = D(2025, 11, 24, 6, 30, 1)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from mta7.envios.almacenesibarra.example (mta7.envios.almacenesibarra.example [203.0.113.57])\r\n\tby smtp-relay.almacenesibarra.example (Postfix) with ESMTPS id 4dFbQ21Xq4z1Ws", "CET", 0, 4)
    h2 = gw.kabel(c, "smtp-relay.almacenesibarra.example", "203.0.113.58", "lucia.romero@kabelnet.test")
    plain = """ALMACENES IBARRA - Promoción Black Friday

Del 24 al 30 de noviembre, hasta un 40 % de descuento en hogar, menaje y
textil de cama y baño. Y envío gratis en pedidos desde 39 EUR.

- Sábanas de percal 200 hilos: desde 24,90 EUR (antes 41,50 EUR)
- Batería de cocina inox 5 piezas: 69 EUR (antes 115 EUR)
- Lámparas de sobremesa: 30 % de descuento

Válido en tienda online y en nuestros centros de Logroño, Pamplona y
Vitoria-Gasteiz. Promoción no acumulable, hasta fin de existencias.

Ver todas las ofertas: https://www.almacenesibarra.example/black-friday

Recibes este correo porque te diste de alta en el Club Ibarra.
Darse de baja: https://www.almacenesibarra.example/baja?c=BF25&id=88213907
Almacenes Ibarra S.A. - C/ Portales 41, 26001 Logroño
"""
    html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Black Friday</title></head><body style="margin:0;background:#1d1d1b">
<center><table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Trebuchet MS',Arial,sans-serif">
<tr><td><img src="cid:cab-bf25@almacenesibarra" width="600" height="120" alt="Almacenes Ibarra - Black Friday" style="display:block"></td></tr>
<tr><td style="padding:24px 32px;font-size:26px;font-weight:bold;text-align:center">Hasta -40&nbsp;% en hogar</td></tr>
<tr><td style="padding:0 32px 20px;font-size:15px;line-height:22px;text-align:center">Del 24 al 30 de noviembre, menaje, textil de cama y baño y
iluminación con descuentos de hasta el 40&nbsp;%. Envío gratis desde 39&nbsp;€.</td></tr>
<tr><td><table role="presentation" width="100%" cellpadding="12"><tr>
<td width="33%" align="center" style="font-size:13px"><img src="cid:p1-bf25@almacenesibarra" width="160" height="160" alt=""><br>Sábanas percal 200 hilos<br><b>desde 24,90&nbsp;€</b> <s>41,50&nbsp;€</s></td>
<td width="33%" align="center" style="font-size:13px"><img src="cid:p2-bf25@almacenesibarra" width="160" height="160" alt=""><br>Batería inox 5 piezas<br><b>69&nbsp;€</b> <s>115&nbsp;€</s></td>
<td width="33%" align="center" style="font-size:13px"><img src="cid:p3-bf25@almacenesibarra" width="160" height="160" alt=""><br>Lámparas de sobremesa<br><b>-30&nbsp;%</b></td>
</tr></table></td></tr>
<tr><td align="center" style="padding:20px"><a href="https://www.almacenesibarra.example/black-friday?utm_source=club&amp;utm_campaign=bf25"
style="background:#c8102e;color:#ffffff;padding:14px 28px;text-decoration:none;font-weight:bold">Ver todas las ofertas</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777777;text-align:center">Válido en tienda online y en nuestros centros de Logroño,
Pamplona y Vitoria-Gasteiz. No acumulable, hasta fin de existencias.<br>Recibes este correo porque te diste de alta en el Club Ibarra.
<a href="https://www.almacenesibarra.example/baja?c=BF25&amp;id=88213907">Darse de baja</a> &middot; Almacenes Ibarra S.A., C/ Portales 41, 26001 Logroño</td></tr>
</table></center></body></html>
"""
    imgs = [attach(png_noise(r, 60, 24), "image/png", "cabecera.png", disp="inline", cid="cab-bf25@almacenesibarra"),
            attach(png(16, 16, (232, 226, 214)), "image/png", "sabanas.png", disp="inline", cid="p1-bf25@almacenesibarra"),
            attach(png(16, 16, (180, 182, 186)), "image/png", "bateria.png", disp="inline", cid="p2-bf25@almacenesibarra"),
            attach(png(16, 16, (240, 200, 120)), "image/png", "lampara.png", disp="inline", cid="p3-bf25@almacenesibarra")]
    rel = multi("related", [text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=utf-8")] + imgs,
                "rel_%s" % rhex(r, 16), extra_ct=' type="text/html";')
    body = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct="text/plain; charset=utf-8"), rel],
                 "alt_%s" % rhex(r, 16))
    hs = [("Return-Path", "<rebote+88213907.BF25@envios.almacenesibarra.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test;\r\n\tdkim=pass header.d=almacenesibarra.example header.s=env2025;\r\n\tspf=pass smtp.mailfrom=envios.almacenesibarra.example;\r\n\tdmarc=pass header.from=almacenesibarra.example"),
          ("DKIM-Signature", dkim(r, "almacenesibarra.example", "env2025", "from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post:content-type", epoch(t0))),
          ("List-Unsubscribe", "<https://www.almacenesibarra.example/baja?c=BF25&id=88213907>,\r\n <mailto:baja@envios.almacenesibarra.example?subject=88213907>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("From", "Almacenes Ibarra <club@almacenesibarra.example>"),
          ("To", ew("Lucía", "utf-8", "Q") + " <lucia.romero@kabelnet.test>"),
          ("Subject", ew("Promoción Black Friday: hasta -40 % en hogar y envío gratis", "utf-8", "Q")),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<BF25.88213907.%s@envios.almacenesibarra.example>" % rhex(r, 12)),
          ("Precedence", "bulk"),
          ("*MIME*", None)]
    return message(hs, body)


def l18():
    r = random.Random(1018)
    t0 = D(2005, 8, 22, 20, 17, 36)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from mail pickup service by hotmail.com with Microsoft SMTPSVC", "UTC", 0, 1, sep="\r\n\t ")
    # hotmail stamps the pickup in its local time (Pacific); expressed here in UTC-equivalent
    h2 = gw.hop(c, "from bay101-f12.bay101.hotmail.com ([192.0.2.31]) by bay0-omc1-s30.bay0.hotmail.com with Microsoft SMTPSVC(6.0.3790.211)", "UTC", 1, 3, sep="\r\n\t ")
    h3 = gw.kabel(c, "bay0-omc1-s30.bay0.hotmail.com", "192.0.2.30", "lucia.romero@kabelnet.test")
    body_txt = """Hola tía Lucía!!

Por fin tenemos internet en el piso nuevo, así que te escribo desde casa.
Ya estamos instalados en Cádiz, el piso es pequeño pero tiene una terraza
desde la que se ve la catedral. Sergio empieza en el astillero el día 1 y
yo sigo buscando, pero me han llamado de dos colegios para septiembre.

La niña está enorme, ya anda sola y dice "agua" y "tata" (que es como te
llama cuando ve tu foto en la nevera, jeje). Te mandaré fotos en cuanto
Sergio aprenda a pasarlas de la cámara al ordenador.

¿Cuándo vienes? Mamá dice que a lo mejor en octubre por el puente del
Pilar. Aquí tienes cama, aunque sea el sofá cama :-)

Muchos besos a ti y al tío Andrés.

Carmen

_________________________________________________________________
Consigue aquí las mejores y mas recientes ofertas de trabajo en España
"""
    part = text(body_txt, cs="iso-8859-1", cte="8bit", ct="text/plain; charset=iso-8859-1; format=flowed")
    hs = [("Received", h3), ("Received", h2), ("Received", h1),
          ("Message-ID", "<BAY101-F12%s@phx.gbl>" % rhex(r, 26, True)),
          ("X-Originating-IP", "[198.51.100.176]"),
          ("X-Originating-Email", "[carmenruiz_75@hotmail.com]"),
          ("X-Sender", "carmenruiz_75@hotmail.com"),
          ("From", "\"Carmen Ruiz\" <carmenruiz_75@hotmail.com>"),
          ("To", "lucia.romero@kabelnet.test"),
          ("Subject", "ya tenemos internet!!"),
          ("Date", fmt_date(t0, "UTC")),
          ("*MIME*", None),
          ("X-OriginalArrivalTime", "22 Aug 2005 20:17:36.0734 (UTC) FILETIME=[43A1E5E0:01C5A756]"),
          ("Return-Path", "carmenruiz_75@hotmail.com")]
    return message(hs, part)


# ------------------------------------------------------------------ Italian
def l19():
    r = random.Random(1019)
    t0 = D(2010, 2, 24, 15, 3, 11)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from UFFICIO3 (host211-38-static.fastnet.example [192.0.2.211])\r\n\tby smtp.tipografiabellandi.example (Postfix) with ESMTP id 8E4C2B8023", "CET", 3, 12, comment=True)
    h2 = gw.uni(c, "smtp.tipografiabellandi.example", "192.0.2.212", "amministrazione@tipografiabellandi.example", "g.ferraro@uni-nordhafen.test")
    plain = """Gentile dott.ssa Ferraro,

in allegato le trasmettiamo la fattura n. 187/2010 relativa alla stampa
dei programmi e dei poster per il convegno "Coastal Data Days" (ordine
del 2 febbraio, consegna effettuata il 19 febbraio tramite corriere).

Riepilogo:
- 400 programmi A5, 16 pagine, carta patinata opaca 130 g
- 35 poster A0 su carta fotografica
Imponibile  1.380,00 €
IVA 20%       276,00 €
Totale      1.656,00 €

Come concordato, il pagamento avviene tramite bonifico bancario a 60 giorni
data fattura sul conto indicato nel documento. Trattandosi di cliente
estero, la fattura riporta anche la partita IVA comunitaria del vostro
ateneo.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Roberta Bellandi
Amministrazione
Tipografia Bellandi s.r.l.
Via dei Cardatori 8 - 50142 Firenze
tel. 055 555 7721 - P.IVA 01234560487
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body lang=IT><div class=Section1>" + \
        "".join("<p class=MsoNormal><span style='font-size:10.0pt;font-family:\"Verdana\",\"sans-serif\"'>%s</span></p>" % p.replace("\n", "<br>\n") for p in plain.strip().split("\n\n")) + "</div></body></html>\n"
    alt = multi("alternative", [text(plain, cs="windows-1252", cte="quoted-printable", ct='text/plain;\r\n\tcharset="windows-1252"'),
                                text(html, "html", cs="windows-1252", cte="quoted-printable", ct='text/html;\r\n\tcharset="windows-1252"')],
                "----=_NextPart_001_0021_01CAB57C.1F0A6E30")
    a = attach(pdf("Fattura 187/2010 Tipografia Bellandi"), "application/pdf", "Fattura_2010_000187.pdf")
    body = multi("mixed", [alt, a], "----=_NextPart_000_0020_01CAB57C.1F0A6E30", preamble="This is a multipart message in MIME format.")
    hs = [("Received", h2), ("Received", h1),
          ("From", "\"Tipografia Bellandi - Amministrazione\" <amministrazione@tipografiabellandi.example>"),
          ("To", "\"Giulia Ferraro\" <g.ferraro@uni-nordhafen.test>"),
          ("Subject", "Fattura n. 187/2010 - stampa materiali convegno"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<002001cab573$bd5f1a20$381d4e60$@tipografiabellandi.example>"),
          ("*MIME*", None),
          ("X-Mailer", "Microsoft Office Outlook 12.0"),
          ("Thread-Index", "Acq1c7sn6oR1mPzRTkq2XJ7d0V0cAw=="),
          ("Content-Language", "it"),
          ("X-Spam-Score", "0.4"),
          ("X-Spam-Status", "No")]
    return message(hs, body)


def l20():
    r = random.Random(1020)
    t0 = D(2015, 9, 7, 19, 26, 48)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from tnotify02.trenitalia.it (unknown [10.20.33.2])\r\n\tby mailgw1.trenitalia.it (Postfix) with ESMTP id 3nF5kz1c2qz7x", "CET", 1, 3)
    h2 = gw.kabel(c, "mailgw1.trenitalia.it", "203.0.113.170", "marco.rinaldi@kabelnet.test")
    plain = """Gentile MARCO RINALDI,

grazie per aver acquistato con Trenitalia. Di seguito il riepilogo del
suo acquisto. Il biglietto elettronico è valido solo per il treno, la
data e l'ora indicati; in treno è sufficiente comunicare al personale il
codice PNR.

Codice PNR: K7MWQZ
Codice biglietto: 2645 3391 0087

Frecciarossa 9531 - venerdì 25/09/2015
Milano Centrale 08:15 -> Roma Termini 11:10
Carrozza 5, posto 7A - Standard

Offerta Economy - Importo: 39,90 €
Pagato con: PayPal

Cambi e rimborsi secondo le condizioni dell'offerta Economy: cambio data
e ora consentito fino alla partenza con pagamento della differenza,
rimborso non consentito.

Può consultare i suoi acquisti e il programma CartaFRECCIA nell'area
riservata del sito, accedendo con la sua password personale.

Buon viaggio!
Trenitalia
"""
    html = "<html><body style=\"font-family:Arial;font-size:13px\"><div style=\"background:#c4003d;color:#fff;padding:10px;font-size:17px\">Biglietto elettronico</div>" + \
        _strip_html_paras(plain) + "<p style=\"font-size:10px;color:#999\">Trenitalia S.p.A. - Piazza della Croce Rossa 1 - 00161 Roma. Messaggio generato automaticamente.</p></body></html>\n"
    body = multi("alternative", [text(plain, cs="UTF-8", cte="quoted-printable", ct="text/plain; charset=UTF-8"),
                                 text(html, "html", cs="UTF-8", cte="quoted-printable", ct="text/html; charset=UTF-8")],
                 "----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(10 ** 8, 10 ** 9), epoch(t0) * 1000 + 41))
    hs = [("Return-Path", "<noreply@trenitalia.it>"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of noreply@trenitalia.it designates 203.0.113.170 as permitted sender)"),
          ("DKIM-Signature", dkim(r, "trenitalia.it", "tn1", "date:from:to:message-id:subject:mime-version:content-type", epoch(t0))),
          ("Date", fmt_date(t0, "CET")),
          ("From", "Trenitalia <noreply@trenitalia.it>"),
          ("To", "marco.rinaldi@kabelnet.test"),
          ("Message-ID", "<%d.%d.%d.JavaMail.tnotify@tnotify02>" % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 9999), epoch(t0) * 1000 + 41)),
          ("Subject", "Trenitalia - Biglietto elettronico PNR K7MWQZ"),
          ("*MIME*", None)]
    return message(hs, body)


def l21():
    r = random.Random(1021)
    t0 = D(2004, 4, 30, 16, 51, 3)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from [192.0.2.6] by smtp-out12.libero.it (Libero Mail)", "CET", 1, 3)
    h2 = gw.kabel(c, "smtp-out12.libero.it", "192.0.2.60", "marco.rinaldi@kabelnet.test", rdns="outrelay12.libero.it")
    body_txt = """Caro Marco,

finalmente ci siamo: Davide e io ci sposiamo! La cerimonia sarà sabato
19 giugno alle ore 11 nella chiesa di San Michele a Lucca, e dopo
festeggeremo tutti insieme alla Villa Le Cerbaie, a Capannori.

In allegato trovi la partecipazione (la versione di carta arriva per
posta, ma con le poste di adesso non si sa mai...). Ci farebbe un
piacere enorme averti con noi, e ovviamente l'invito è anche per
Sabine.

Ti chiedo solo di farci sapere entro il 20 maggio se riuscite a venire,
così chiudiamo i numeri con il ristorante. Se vi serve un posto per
dormire, la zia di Davide ha un agriturismo a due chilometri dalla
villa e ci ha tenuto da parte tre camere.

Un abbraccio grande,
Francesca

P.S. niente lista nozze in negozio, abbiamo un conto per il viaggio in
Portogallo: se volete vi mando i dati.
"""
    t = text(body_txt, cs="iso-8859-1", cte="8bit", ct="text/plain; charset=iso-8859-1")
    a = attach(jpeg_stub("partecipazione Francesca e Davide 19.06.2004"), "image/jpeg", "partecipazione.jpg")
    body = multi("mixed", [t, a], "_=__=_XaM3_.1083343863.2A.%d.42.%d.52.42.010.%d" % (r.randint(100000, 999999), r.randint(1000, 9999), r.randint(1000, 9999)))
    hs = [("Return-Path", "<francesca.lodi@libero.it>"),
          ("Received", h2), ("Received", h1),
          ("Message-ID", "<HWZ8OF$%s@libero.it>" % rhex(r, 32, True)),
          ("Date", fmt_date(t0, "CET")),
          ("Subject", "Ci sposiamo!"),
          ("*MIME*", None),
          ("X-Sensitivity", "3"),
          ("From", "\"francesca.lodi\" <francesca.lodi@libero.it>"),
          ("To", "\"marco.rinaldi\" <marco.rinaldi@kabelnet.test>"),
          ("X-XaM3-API-Version", "4.1 (B27)"),
          ("X-type", "0"),
          ("X-SenderIP", "192.0.2.6")]
    return message(hs, body)


def l22():
    r = random.Random(1022)
    t0 = D(2020, 10, 13, 9, 14, 55)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from smtpclient.apple (host-198-51-100-90.univaldarno.example [198.51.100.90])\r\n\t(Authenticated sender: paolo.conti)\r\n\tby smtp-auth.univaldarno.example (Postfix) with ESMTPSA id 4CA1Xm3ZtHz9sRh", "CET", 1, 4, comment=True)
    h2 = gw.uni(c, "smtp-auth.univaldarno.example", "198.51.100.91", "paolo.conti@univaldarno.example", "g.ferraro@uni-nordhafen.test")
    body_txt = """Ciao Giulia,

una domanda veloce sul vostro articolo sull'erosione delle spiagge
toscane (quello uscito su Estuarine Coastal and Shelf Science a giugno).
Nella tabella 3 riportate le velocità di arretramento per i transetti
T12-T19, ma nel testo parlate di 14 transetti e io ne conto 8: è un
refuso oppure alcuni sono stati accorpati?

Te lo chiedo perché con la mia dottoranda stiamo confrontando i vostri
dati con le ortofoto del 1978 e vorremmo citarvi correttamente. Se i
dati grezzi sono sul server del progetto ci basterebbe quello: l'account
che mi avevi creato l'anno scorso non funziona più, forse è scaduta la
password.

Grazie mille, e fammi sapere quando passi da Firenze, che ti devo ancora
un caffè (almeno).

Paolo

--
Paolo Conti
Dipartimento di Scienze della Terra
Università di Valdarno
"""
    part = text(body_txt, cs="utf-8", cte="quoted-printable", ct="text/plain;\r\n\tcharset=utf-8")
    hs = [("Return-Path", "<paolo.conti@univaldarno.example>"),
          ("Received", h2), ("Received", h1),
          ("DKIM-Signature", dkim(r, "univaldarno.example", "mail2019", "from:content-type:content-transfer-encoding:mime-version:subject:message-id:date:to", epoch(t0))),
          ("From", "Paolo Conti <paolo.conti@univaldarno.example>"),
          ("*PART*", None),
          ("Mime-Version", "1.0 (Mac OS X Mail 13.4 \\(3608.120.23.2.4\\))"),
          ("Subject", "Domanda su tabella 3 (transetti T12-T19)"),
          ("Message-Id", "<%s@univaldarno.example>" % ruuid(r)),
          ("Date", fmt_date(t0, "CET")),
          ("To", "Giulia Ferraro <g.ferraro@uni-nordhafen.test>"),
          ("X-Mailer", "Apple Mail (2.3608.120.23.2.4)"),
          ("X-Spam-Score", "-0.9")]
    return message(hs, part, mime_version=False)


def l23():
    r = random.Random(1023)
    t0 = D(2024, 1, 16, 10, 5, 27)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from comms-app1.meridiana-assicura.example (comms-app1 [10.60.2.41])\r\n\tby mx-out.meridiana-assicura.example (Postfix) with ESMTPS id 4TDqCm0Xh9z4wJ", "CET", 1, 6)
    h2 = gw.kabel(c, "mx-out.meridiana-assicura.example", "198.51.100.227", "marco.rinaldi@kabelnet.test")
    plain = """Gentile Marco Rinaldi,

la sua polizza RC Auto n. 0845/339127 per il veicolo targato FG 418 KD
scade il 15 febbraio 2024. Come previsto dal contratto, le inviamo
con almeno 30 giorni di anticipo l'avviso di scadenza con la nostra
offerta di rinnovo.

Premio annuo 2024: 512,40 € (2023: 498,10 €)
Classe di merito CU: 1 (invariata)
Garanzie accessorie confermate: assistenza stradale, tutela legale

L'aumento è dovuto all'adeguamento delle tariffe nella sua provincia.
Se desidera aggiungere la garanzia furto e incendio, il suo agente può
prepararle un preventivo senza impegno.

La polizza non prevede il tacito rinnovo: per rinnovare è sufficiente
pagare il premio entro la scadenza (o nei 15 giorni successivi) presso
la sua agenzia, con bonifico o nell'area clienti dell'app Meridiana.

Trova l'avviso di scadenza completo e il set informativo in allegato.

Agenzia di Bergamo Centro - Marini & Sala snc
tel. 035 555 2290
"""
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,sans-serif;font-size:13px;color:#223\">" + \
        "<div style=\"border-left:6px solid #0b5394;padding-left:12px\"><b>Assicurazioni Meridiana</b><br>Avviso di scadenza</div>" + \
        _strip_html_paras(plain) + "<p style=\"font-size:10px;color:#777\">Assicurazioni Meridiana S.p.A. - Impresa autorizzata all'esercizio delle assicurazioni. Iscritta all'Albo imprese IVASS n. 1.00999.</p></body></html>\n"
    alt = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", ct="text/plain; charset=\"utf-8\""),
                                text(html, "html", cs="utf-8", cte="quoted-printable", ct="text/html; charset=\"utf-8\"")],
                "===============%d==" % r.randint(10 ** 18, 10 ** 19))
    a = attach(pdf("Avviso di scadenza polizza 0845/339127"), "application/pdf", "Avviso_di_scadenza_0845-339127.pdf")
    body = multi("mixed", [alt, a], "===============%d==" % r.randint(10 ** 18, 10 ** 19))
    hs = [("Return-Path", "<avvisi@meridiana-assicura.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=meridiana-assicura.example;\r\n\tdkim=pass header.d=meridiana-assicura.example; dmarc=pass header.from=meridiana-assicura.example"),
          ("DKIM-Signature", dkim(r, "meridiana-assicura.example", "k2023", "content-type:mime-version:subject:from:to:date:message-id", epoch(t0))),
          ("*MIME*", None),
          ("Subject", ew("Rinnovo polizza 0845/339127: la nostra offerta per il 2024", "utf-8", "Q")),
          ("From", "Assicurazioni Meridiana <avvisi@meridiana-assicura.example>"),
          ("To", "Marco Rinaldi <marco.rinaldi@kabelnet.test>"),
          ("Date", fmt_date(t0, "CET")),
          ("Message-ID", "<%d.%d.%d@comms-app1>" % (epoch(t0), r.randint(1000, 99999), r.randint(10 ** 11, 10 ** 12))),
          ("Reply-To", "agenzia.bg-centro@meridiana-assicura.example")]
    return message(hs, body, mime_version=False)


# ------------------------------------------------------------------ Portuguese
def l24():
    r = random.Random(1024)
    t0 = D(2012, 8, 9, 1, 37, 20)
    c = Clock(r, t0)
    # simpler and exact: Gmail stamps the HTTP hop in Pacific time
    from datetime import timedelta
    from mimelib import DAYS, MONTHS
    loc = t0 - timedelta(hours=7)
    h1 = "by 10.112.99.36 with HTTP; %s, %d %s %d %02d:%02d:%02d -0700 (PDT)" % (
        DAYS[loc.weekday()], loc.day, MONTHS[loc.month - 1], loc.year, loc.hour, loc.minute, loc.second)
    h2 = gw.hop(c, "by 10.236.134.70 with SMTP id r46csp18273yhi", "UTC", 0, 2, sep="\r\n        ")
    h3 = gw.kabel(c, "mail-yx0-f171.google.com", "203.0.113.171", "maria.santos@kabelnet.test")
    plain = """Maria querida,

Só hoje a Tânia me contou do seu pai. Sinto muito, de verdade. Eu
lembro tão bem dele na festa de formatura de vocês, todo orgulhoso,
tirando foto de tudo com aquela câmera enorme.

Sei que a distância deixa tudo mais difícil, e imagino como foi
complicado conseguir voltar a tempo para São Paulo. Se precisar de
qualquer coisa aqui, ajudar sua mãe com papelada, banco, ou só alguém
para ficar com ela umas tardes, pode contar comigo. Estou a quinze
minutos da casa dela.

Fica com Deus. Um abraço muito apertado,
Renata
"""
    html = "<div dir=\"ltr\">" + "<br><br>".join(p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</div>\n"
    body = multi("alternative", [text(plain, cs="ISO-8859-1", cte="quoted-printable", ct="text/plain; charset=ISO-8859-1"),
                                 text(html, "html", cs="ISO-8859-1", cte="quoted-printable", ct="text/html; charset=ISO-8859-1")],
                 "f46d04%s" % rhex(r, 22), extra_ct="")
    hs = [("Received", h3), ("Received", h2),
          ("Return-Path", "<renata.almeida82@gmail.com>"),
          ("Received-SPF", "pass (google.com: domain of renata.almeida82@gmail.com designates 10.236.134.70 as permitted sender) client-ip=10.236.134.70"),
          ("Authentication-Results", "mr.google.com; spf=pass (google.com: domain of renata.almeida82@gmail.com\r\n designates 10.236.134.70 as permitted sender) smtp.mail=renata.almeida82@gmail.com;\r\n dkim=pass header.i=renata.almeida82@gmail.com"),
          ("DKIM-Signature", dkim(r, "gmail.com", "20120113", "mime-version:date:message-id:subject:from:to:content-type", epoch(t0))),
          ("MIME-Version", "1.0"),
          ("Received", h1),
          ("Date", fmt_date(t0, "BRT")),
          ("Message-ID", "<CAF%s@mail.gmail.com>" % ralnum(r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_=+-")),
          ("Subject", "Meus sentimentos"),
          ("From", "Renata Almeida <renata.almeida82@gmail.com>"),
          ("To", "Maria Santos <maria.santos@kabelnet.test>"),
          ("*PART*", None)]
    return message(hs, body, mime_version=False)


def l25():
    r = random.Random(1025)
    t0 = D(2019, 3, 21, 14, 2, 9)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from o12.envio.casaipe.example (o12.envio.casaipe.example [198.51.100.12])\r\n\tby mta1.envio.casaipe.example (Postfix) with ESMTPS id 44QJrs1VdQz1rLp", "UTC", 1, 3)
    h2 = gw.kabel(c, "mta1.envio.casaipe.example", "198.51.100.13", "maria.santos@kabelnet.test")
    html = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>Pedido enviado</title></head>
<body style="margin:0;background:#f7f3ee;font-family:Helvetica,Arial,sans-serif;color:#3b3b3b">
<table width="600" align="center" cellpadding="22" cellspacing="0" style="background:#ffffff">
<tr><td style="font-size:24px;color:#4a6b3a"><b>Casa Ipê</b> <span style="font-size:13px;color:#999">móveis e decoração</span></td></tr>
<tr><td><h2 style="margin:0;font-size:20px">Oba! Seu pedido #48213 foi enviado</h2>
<p>Oi, Maria! Seu pedido saiu do nosso centro de distribuição em Extrema (MG) e já está com os Correios.</p>
<p>Código de rastreio: <b>OQ418273905BR</b><br>Prazo estimado de entrega: até <b>2 de abril</b>.</p>
<p>Como o endereço de entrega é o da sua mãe em São Paulo (Rua Cardeal Arcoverde, Pinheiros), lembre de avisar
alguém para receber; o carteiro faz até três tentativas.</p></td></tr>
<tr><td><table width="100%" cellpadding="6" style="font-size:13px;border-top:1px solid #eee">
<tr><td>1x Luminária de piso Tripé Freijó</td><td align="right">R$ 389,90</td></tr>
<tr><td>2x Almofada linho cru 45x45</td><td align="right">R$ 119,80</td></tr>
<tr><td>Frete (PAC)</td><td align="right">R$ 32,50</td></tr>
<tr><td><b>Total pago no cartão (3x sem juros)</b></td><td align="right"><b>R$ 542,20</b></td></tr></table></td></tr>
<tr><td style="font-size:12px;color:#888">Dúvidas? Fale com a gente pelo atendimento@casaipe.example ou (11) 5555-0192, de segunda a sexta, das 9h às 18h.<br>
Casa Ipê Comércio de Móveis Ltda. - CNPJ 00.000.000/0001-91</td></tr></table></body></html>
"""
    part = text(html, "html", cs="utf-8", cte="base64", ct="text/html; charset=\"utf-8\"")
    hs = [("Return-Path", "<bounces+48213-9f2c@envio.casaipe.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; dkim=pass header.d=casaipe.example; spf=pass smtp.mailfrom=envio.casaipe.example"),
          ("DKIM-Signature", dkim(r, "casaipe.example", "s1", "from:to:subject:mime-version:content-type:date:message-id", epoch(t0), c="relaxed/simple")),
          ("Date", fmt_date(t0, "BRT")),
          ("From", ew("Casa Ipê", "utf-8", "B") + " <pedidos@casaipe.example>"),
          ("To", "maria.santos@kabelnet.test"),
          ("Message-ID", "<%s@envio.casaipe.example>" % ruuid(r, False)),
          ("Subject", ew("Seu pedido #48213 foi enviado!", "utf-8", "B")),
          ("*MIME*", None)]
    return message(hs, part)


def l26():
    r = random.Random(1026)
    t0 = D(2008, 6, 2, 13, 48, 50)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from NOTE-THIAGO ([192.0.2.115])\r\n\tby smtp.bol.com.br (Postfix) with ESMTP id 7B2E09D8F3\r\n\tfor <vagas.br@halvard-logistik.example>", "BRT", 3, 20)
    h2 = gw.halvard(c, "smtp.bol.com.br", "192.0.2.116")
    plain = """Prezados Senhores,

Venho por meio deste manifestar meu interesse na vaga de Analista de
Logística Internacional divulgada no site da Halvard Logística do Brasil
(ref. HLB-2008-031).

Sou formado em Comércio Exterior pela Universidade Federal de Santa
Catarina e trabalho há quatro anos na área de despacho aduaneiro em
Itajaí, com experiência em importação de cargas consolidadas, emissão
de documentação (BL, AWB, fatura comercial) e acompanhamento de
desembaraço junto à Receita Federal. Tenho inglês fluente e espanhol
intermediário, e estou concluindo um curso de alemão básico.

Segue em anexo meu currículo. Tenho disponibilidade para entrevista a
qualquer dia da semana, inclusive por telefone.

Atenciosamente,

Thiago Ferreira
(47) 5555-3180 / (47) 9955-0412
"""
    t = text(plain, cs="iso-8859-1", cte="quoted-printable", ct="text/plain;\r\n\tformat=flowed;\r\n\tcharset=\"iso-8859-1\";\r\n\treply-type=original")
    a = attach(ole("Curriculo Thiago Ferreira 2008"), "application/msword", "Curriculo_Thiago_Ferreira.doc")
    body = multi("mixed", [t, a], "----=_NextPart_000_0009_01C8C4A9.%s" % rhex(r, 8, True), preamble="This is a multi-part message in MIME format.")
    hs = [("Received", h2), ("Received", h1),
          ("Message-ID", "<000801c8c4c2$%s$%s@NOTETHIAGO>" % (rhex(r, 8), rhex(r, 8))),
          ("From", "\"Thiago Ferreira\" <thiago.ferreira@bol.com.br>"),
          ("To", "<vagas.br@halvard-logistik.example>"),
          ("Subject", ew("Candidatura - Analista de Logística Internacional (ref. HLB-2008-031)", "iso-8859-1", "Q")),
          ("Date", fmt_date(t0, "BRT")),
          ("*MIME*", None),
          ("X-Priority", "3"),
          ("X-MSMail-Priority", "Normal"),
          ("Importance", "Normal"),
          ("X-Mailer", "Microsoft Windows Mail 6.0.6000.16480"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.0.6000.16480"),
          ("Return-Path", "thiago.ferreira@bol.com.br"),
          ("X-OriginalArrivalTime", "02 Jun 2008 13:49:26.0218 (UTC) FILETIME=[8E1C7EA0:01C8C4B4]")]
    return message(hs, body)


def l27():
    r = random.Random(1027)
    t0 = D(2016, 4, 11, 9, 20, 44)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from appnotif03.at.gov.pt (appnotif03.at.gov.pt [10.191.3.3])\r\n\tby smtp2.at.gov.pt (Postfix) with ESMTP id 3qk1FJ2Vhtz4Q", "WET", 1, 4)
    h2 = gw.kabel(c, "smtp2.at.gov.pt", "198.51.100.150", "joao.pereira@kabelnet.test")
    body_txt = """Exmo(a). Senhor(a),
JOAO MANUEL PEREIRA
NIF: 2******47

Informamos que se encontra disponível, no Portal das Finanças, a
proposta de declaração de IRS relativa aos rendimentos de 2015, no
âmbito do IRS Automático.

Para consultar a proposta, aceda ao Portal das Finanças escrevendo o
endereço portaldasfinancas.gov.pt no seu navegador e autentique-se com
o seu NIF e a senha habitual (ou com o Cartão de Cidadão). Depois
selecione Cidadãos > Entregar > IRS > IRS Automático.

Caso concorde com a proposta, pode confirmá-la até 31 de maio de 2016.
Se não a confirmar nem entregar outra declaração, a proposta converte-se
automaticamente em declaração entregue no final do prazo.

Recordamos que a Autoridade Tributária e Aduaneira nunca solicita por
correio eletrónico dados de cartões bancários, senhas ou pagamentos
através de ligações.

Esta mensagem foi enviada automaticamente, não devendo ser respondida.

Autoridade Tributária e Aduaneira
"""
    part = text(body_txt, cs="iso-8859-1", cte="base64", ct="text/plain; charset=ISO-8859-1")
    hs = [("Return-Path", "<naoresponder@at.gov.pt>"),
          ("Received", h2), ("Received", h1),
          ("Received-SPF", "pass (smtpin.kabelnet.test: domain of naoresponder@at.gov.pt designates 198.51.100.150 as permitted sender)"),
          ("Message-ID", "<%d.%d.%d.JavaMail.notif@appnotif03>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10, 999), epoch(t0) * 1000 + 377)),
          ("Date", fmt_date(t0, "WET")),
          ("From", ew("Autoridade Tributária e Aduaneira", "ISO-8859-1", "Q") + " <naoresponder@at.gov.pt>"),
          ("To", "joao.pereira@kabelnet.test"),
          ("Subject", ew("IRS 2015 - Proposta de declaração disponível (IRS Automático)", "ISO-8859-1", "Q")),
          ("*MIME*", None)]
    return message(hs, part)


def l28():
    r = random.Random(1028)
    t0 = D(2022, 9, 27, 17, 0, 3)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from saobras-saude.example (localhost [127.0.0.1])\r\n\tby web02.alojamento.example (Postfix) with ESMTPSA id 4Ccq8M2lKjz5T", "WET", 0, 2, comment=True)
    h2 = gw.kabel(c, "web02.alojamento.example", "192.0.2.242", "joao.pereira@kabelnet.test")
    body_txt = """Olá João Pereira,

Lembramos a sua consulta:

Especialidade: Medicina Geral e Familiar
Médica: Dra. Inês Carvalho
Data: quinta-feira, 29/09/2022, às 10:40
Local: Clínica São Brás Saúde, Rua Dr. Afonso Costa 22, 1.º, Leiria

Por favor chegue 10 minutos antes e traga o Cartão de Cidadão e o cartão
do seu seguro de saúde, se tiver.

Não pode comparecer? Ligue 244 555 017 ou responda a este e-mail até
24 horas antes, para que a vaga possa ser atribuída a outro utente.

Clínica São Brás Saúde
"""
    part = text(body_txt, cs="UTF-8", cte="8bit", ct="text/plain; charset=UTF-8")
    hs = [("Return-Path", "<marcacoes@saobras-saude.example>"),
          ("Received", h2), ("Received", h1),
          ("Authentication-Results", "smtpin.kabelnet.test; spf=pass smtp.mailfrom=saobras-saude.example; dkim=none"),
          ("Date", fmt_date(t0, "WET")),
          ("To", "joao.pereira@kabelnet.test"),
          ("From", ew("Clínica São Brás Saúde", "UTF-8", "B") + " <marcacoes@saobras-saude.example>"),
          ("Reply-To", "marcacoes@saobras-saude.example"),
          ("Subject", ew("Lembrete: consulta 29/09 às 10:40", "UTF-8", "B")),
          ("Message-ID", "<%s@saobras-saude.example>" % ralnum(r, 43)),
          ("X-Mailer", "PHPMailer 6.1.7 (https://github.com/PHPMailer/PHPMailer)"),
          ("*MIME*", None)]
    return message(hs, part)


def l29():
    r = random.Random(1029)
    t0 = D(2005, 1, 25, 21, 4, 37)
    c = Clock(r, t0)
    h1 = gw.hop(c, "from pcfernando (bl5-44-210.dsl.isp-pt.example [192.0.2.210])\r\n\tby smtp.sapo.pt (Postfix) with ESMTP id 9A1C228B3F\r\n\tfor <joao.pereira@kabelnet.test>", "WET", 3, 15)
    h2 = gw.kabel(c, "smtp.sapo.pt", "203.0.113.240", "joao.pereira@kabelnet.test")
    body_txt = """Caro Sr. João Pereira,

Espero que esteja bem, e a sua família também.

Escrevo-lhe por dois assuntos relativos ao apartamento da Rua de
Cedofeita. Em primeiro lugar, conforme o contrato e o coeficiente
publicado em Diário da República, a renda será actualizada a partir de
Março em 2,5%, passando de 425,00 para 435,60 euros mensais. Peço-lhe o
favor de ajustar a transferência a partir dessa data.

Em segundo lugar, a sua mulher falou-me do esquentador. Já combinei com
o técnico, o Sr. Amândio, para passar aí na próxima terça-feira, dia 1,
entre as 9 e as 12. Se esse dia não der jeito, diga-me e eu remarco. A
reparação é por minha conta, naturalmente.

Com os melhores cumprimentos,
Fernando Matos
"""
    part = text(body_txt, cs="iso-8859-1", cte="quoted-printable", ct='text/plain;\r\n\tcharset="iso-8859-1"')
    hs = [("Return-Path", "<fmatos@sapo.pt>"),
          ("Received", h2), ("Received", h1),
          ("Message-ID", "<000a01c5032c$6c2f1a80$0201a8c0@pcfernando>"),
          ("From", "\"Fernando Matos\" <fmatos@sapo.pt>"),
          ("To", ew("João Pereira", "iso-8859-1", "Q") + " <joao.pereira@kabelnet.test>"),
          ("Subject", "Renda 2005 e esquentador"),
          ("Date", fmt_date(t0, "WET")),
          ("*MIME*", None),
          ("X-Priority", "3"),
          ("X-MSMail-Priority", "Normal"),
          ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.2180")]
    return message(hs, part)
