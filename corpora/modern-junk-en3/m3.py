from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(16, 'phish', 'PayPal "account limited"', 'text/html; us-ascii; quoted-printable')
def t16(r):
    rc = 'accounts@harbourline.test'
    ip = '203.0.113.%d' % r.randint(2, 250)
    host = '%s.%s.example' % (rlow(r, 4, AZ), rlow(r, 7, AZ))
    case = 'PP-%03d-%03d-%03d' % (r.randrange(1000), r.randrange(1000), r.randrange(1000))
    html = ('<html><head><style>td{font-family:Verdana,Arial;font-size:12px}</style></head><body>\n'
            '<table width="580" cellpadding="6"><tr><td><img src="http://%s/img/logo.gif" alt="PayPal"></td></tr>\n'
            '<tr><td>Dear PayPal Customer,<br><br>\n'
            'As part of our security measures, we regularly screen activity in the PayPal system. We recently '
            'noticed the following issue on your account: we believe that an unauthorized party may have '
            'accessed your account. Case ID Number: <b>%s</b><br><br>\n'
            'Until we can collect this information, your access to sensitive account features will be '
            'limited. We would like to restore your access as soon as possible and apologise for the '
            'inconvenience.<br><br>\n'
            '<a href="http://%s/webscr/cmd_login/">Click here to restore your account access</a><br><br>\n'
            'Sincerely,<br>PayPal Account Review Department<br><br>\n'
            '<font size="1" color="#777777">Please do not reply to this e-mail. Mail sent to this address '
            'cannot be answered.</font></td></tr></table></body></html>\n' % (host, case, host))
    body = text(html, 'html', 'us-ascii', 'quoted-printable')
    return build(r, org='D', rcpt=rc, env='service@paypal.example', sent='2006-03-09 21:04:31', soff='-0800',
                 conn=('paypal.example', None, ip),
                 auth=('Received-SPF', 'softfail (mx.harbourline.test: transitioning domain of paypal.example does not designate %s as permitted sender)' % ip),
                 headers=[('From', '"PayPal" <service@paypal.example>'), ('Reply-To', 'noreply@paypal.example'),
                          ('To', rc), ('Subject', 'Notification of Limited Account Access : %s' % case),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-Id', '<%s.%s@paypal.example>' % (rhex(r, 12), rhex(r, 6))),
                          ('X-Mailer', 'PHP/4.3.11')], body=body)


@reg(17, 'spam', '"Canadian" pharmacy with hash-buster', 'multipart/alternative; windows-1250; quoted-printable')
def t17(r):
    rc = 'h.greer@wexley.ac.test'
    dom = 'canadianmeds-%s.example' % rlow(r, 4, AZ)
    junk = buster(r, 14) + ' \u017cabi \u0161kola \u0159ada ' + buster(r, 6)
    plain = ('CANADIAN PHARMACY - trusted since 1997\n\n'
             'Viagra 100mg x 30 pills  $89.95\nCialis 20mg x 10 pills   $59.95\n'
             'Levitra 20mg x 10 pills  $69.95\nPropecia 1mg x 90 pills  $79.95\n'
             'Soma 350mg x 60 pills    $64.95\n\nFree shipping on orders over $200.\n'
             'Licensed Canadian doctors, 100%% confidential.\n\nhttp://www.%s/?%s\n\n%s\n' % (dom, rhex(r, 8).lower(), junk))
    html = ('<html><body><p><b>CANADIAN PHARMACY</b> - trusted since 1997</p>\n<pre>'
            'Viagra 100mg x 30 pills  $89.95\nCialis 20mg x 10 pills   $59.95\n'
            'Levitra 20mg x 10 pills  $69.95\nPropecia 1mg x 90 pills  $79.95</pre>\n'
            '<p><a href="http://www.%s/?%s">ORDER NOW - free shipping</a></p>\n'
            '<p><font size="1" color="#fafafa">%s</font></p></body></html>\n' % (dom, rhex(r, 8).lower(), junk))
    b = '----=_NextPart_%03d_%04X_%s' % (r.randrange(10), r.randrange(65536), rhex(r, 8))
    body = multi('alternative', [text(plain, cs='windows-1250', cte='quoted-printable'),
                                 text(html, 'html', 'windows-1250', 'quoted-printable')], b)
    host = rlow(r, 8, AZ)
    return build(r, org='E', rcpt=rc, env='%s@%s' % (rlow(r, 5, AZ), dom), sent='2006-05-16 14:47:03', soff='+0200',
                 conn=(host, None, '192.0.2.%d' % r.randint(2, 250)),
                 headers=[('Message-ID', oe_mid(r, 2006, host)), ('Reply-To', '"Rx Support" <support@%s>' % dom),
                          ('From', '"Rx Support" <h.greer@wexley.ac.test>'), ('To', '"Harriet Greer" <%s>' % rc),
                          ('Subject', 'Re: your prescript1on order #%d' % r.randint(10000, 99999)),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.2670')], body=body)


@reg(18, 'spam', 'money-mule "financial agent" job', 'text/plain; iso-8859-1; 8bit; hacked web host PHP')
def t18(r):
    rc = 'r.okafor@northfield.edu.example'
    host = 'srv%d.budgethosting-%s.example' % (r.randint(10, 99), rlow(r, 3, AZ))
    t = ('Dear Sir or Madam,\n\n'
         'Westbrook Trading Ltd. is an international company dealing in wholesale of industrial '
         'equipment between Europe, the Baltic states and North America. Due to the growth of our '
         'business we are looking for Regional Financial Agents in the USA and Canada.\n\n'
         'Our customers prefer to pay by bank transfer, and international transfers take up to 30 days '
         'and cost a lot. As our agent you will receive payments from our customers into your personal '
         'bank account, keep 8% commission and forward the rest via Western Union to our accountant.\n\n'
         'Requirements:\n - 18 years or older, resident of USA or Canada\n - a personal checking account\n'
         ' - 2-3 free hours a day, access to the internet and e-mail\n\n'
         'Average income is $2,500 - $4,000 a month. No investment needed, no experience needed.\n\n'
         'If you are interested please send your CV and contact phone to hr.westbrook@fastjobmail.example\n\n'
         'Best regards,\nK\xe4the Lindstr\xf6m\nPersonnel Manager\nWestbrook Trading Ltd.\n')
    body = text(t, cs='iso-8859-1', cte='8bit')
    qid = 'k5' + rlow(r, 6, B62) + '%06d' % r.randrange(10**6)
    pre = [('(from apache@localhost)\n\tby %s (8.13.1/8.13.1/Submit) id %s;\n\t{d}' % (host, qid), 0, '-0500', 0)]
    return build(r, org='A', rcpt=rc, env='apache@%s' % host, sent='2006-06-27 09:11:58', soff='-0500', pre=pre,
                 conn=(host, host, '198.51.100.%d' % r.randint(2, 250)),
                 auth=('Received-SPF', 'none (mx1.northfield.edu.example: %s does not designate permitted sender hosts)' % host),
                 headers=[('Date', '{DATE}'), ('Message-Id', '<200606271%s.%s@%s>' % (rlow(r, 5, '0123456789'), qid, host)),
                          ('To', rc), ('Subject', 'Part-time job offer - Financial Agent (USA/Canada)'),
                          ('From', 'Westbrook Trading <jobs@westbrook-trading.example>'),
                          ('X-Mailer', 'PHP/4.4.2'), ('MIME-Version', '1.0'), ('*MIME*', None)],
                 body=body)


@reg(19, 'spam', 'weight loss (hoodia)', 'text/html; us-ascii; 7bit')
def t19(r):
    rc = 'm.tennant@kestrel-eng.example'
    dom = 'hoodia-%s.example' % rlow(r, 5, AZ)
    html = ('<html>\n<body style="margin:0">\n<div align="center" style="font-family:Arial">\n'
            '<h1 style="color:#2a7a2a">Lose 20 lbs in 30 days &ndash; without dieting</h1>\n'
            '<p>As seen on TV: <b>Hoodia Gordonii Plus</b>, the African cactus that tricks your brain into '
            'thinking you are full. Kalahari bushmen have used it for centuries on long hunting trips.</p>\n'
            '<p>&#10003; 100%% pure South African hoodia<br>&#10003; No stimulants, no side effects<br>'
            '&#10003; Money back guarantee</p>\n'
            '<p><a href="http://%s/trial.php?src=%s" style="font-size:20px">Claim your FREE trial bottle</a></p>\n'
            '<p style="font-size:10px;color:#aaa">This is an advertisement. If you wish to no longer receive '
            'these messages, visit http://%s/optout</p>\n</div>\n</body>\n</html>\n' % (dom, rlow(r, 6), dom))
    body = text(html, 'html')
    host = rlow(r, 6, AZ)
    return build(r, org='B', rcpt=rc, env='%s@%s' % (rlow(r, 6, AZ), dom), sent='2006-08-21 18:25:40', soff='+0900',
                 conn=('%s.%s' % (host, dom), None, '203.0.113.%d' % r.randint(2, 250)),
                 headers=[('From', '"Slim Today" <news@%s>' % dom), ('To', rc), ('Subject', 'm.tennant: melt the pounds away'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-ID', '<%s@%s>' % (rhex(r, 32).lower(), host))], body=body)


@reg(20, 'spam', 'backscatter bounce carrying spam', 'multipart/report (text/plain, delivery-status, message/rfc822)')
def t20(r):
    rc = 'assessor@ashford-county.gov.test'
    bhost = 'mail.lindqvist-ab.example'
    bounced = 'kerstin.aho@lindqvist-ab.example'
    orig_ip = '192.0.2.%d' % r.randint(2, 250)
    inner_mid = oe_mid(r, 2006, 'ashford-county.gov.test')
    inner = ('Received: from %s ([%s]) by %s with SMTP;\n\tTue, 17 Oct 2006 16:02:11 +0200\n'
             'Message-ID: %s\nFrom: "Lynette" <%s>\nTo: <%s>\nSubject: lonely tonight?\n'
             'Date: Tue, 17 Oct 2006 08:58:40 -0500\nMIME-Version: 1.0\n'
             'Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n'
             'X-Mailer: Microsoft Outlook Express 6.00.2900.2180\n\n'
             'hi there, i am new in town and looking for someone to have fun with ;)\n'
             'my pics and webcam are here: http://%s.meet-local-girls.example/lyn/\n'
             'write back soon!! Lynette\n' % (rlow(r, 6, AZ), orig_ip, bhost, inner_mid, rc, bounced, rlow(r, 5, AZ)))
    notice = ('This is the mail system at host %s.\n\n'
              'I\'m sorry to have to inform you that your message could not\nbe delivered to one or more '
              'recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
              'If you do so, please include this problem report. You can\ndelete your own text from the '
              'attached returned message.\n\n                   The mail system\n\n'
              '<%s>: unknown user: "kerstin.aho"\n' % (bhost, bounced))
    qid = rhex(r, 10)
    ds = ('Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n'
          'Arrival-Date: Tue, 17 Oct 2006 16:02:11 +0200 (CEST)\n\n'
          'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.0.0\n'
          'Diagnostic-Code: X-Postfix; unknown user: "kerstin.aho"\n' % (bhost, qid, rc, bounced))
    b = '%s.%d/%s' % (qid, r.randint(1161093700, 1161093730), bhost)
    body = multi('report', [Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], notice.encode()),
                            Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], ds.encode()),
                            Part([('Content-Description', 'Undelivered Message'), ('Content-Type', 'message/rfc822')], inner.encode())],
                 b, preamble='This is a MIME-encapsulated message.\n', params=' report-type=delivery-status;')
    return build(r, org='C', rcpt=rc, env='', sent='2006-10-17 16:02:13', soff='+0200',
                 conn=(bhost, bhost, '198.51.100.%d' % r.randint(2, 250)),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test from=MAILER-DAEMON@%s; sender-id=neutral; spf=none' % bhost),
                 headers=[('Received', None), ('Date', '{DATE}'), ('From', 'MAILER-DAEMON@%s (Mail Delivery System)' % bhost),
                          ('Subject', 'Undelivered Mail Returned to Sender'), ('To', rc),
                          ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-Id', '<%s@%s>' % (qid, bhost))], body=body)


@reg(21, 'phish', 'UK bank security update (invented bank)', 'text/html; windows-1252; quoted-printable')
def t21(r):
    rc = 'enquiries@wexley.ac.test'
    host = 'nhb-secure.%s.example' % rlow(r, 6, AZ)
    html = ('<html><body bgcolor="#ffffff"><table width="600" style="font-family:Arial;font-size:13px">\n'
            '<tr><td style="background:#0b3d6b;color:#ffffff;padding:8px"><b>Northgate &amp; Harlow Bank plc</b></td></tr>\n'
            '<tr><td><p>Dear Customer,</p>\n'
            '<p>We are currently upgrading our Internet Banking security with new Personal Security '
            'Numbers. As part of this upgrade all customers are required to re-confirm their online '
            'banking details. Failure to do so by 22 December may result in temporary suspension of '
            'your online access \x96 you would then need to visit your branch in person.</p>\n'
            '<p>To complete the confirmation, please sign in below:</p>\n'
            '<p><a href="http://%s/ibank/logon.htm">https://ibank.northgateharlow.example/logon</a></p>\n'
            '<p>We apologise for any inconvenience and thank you for your co-operation.</p>\n'
            '<p>Yours sincerely,<br>Gareth Pryce<br>Head of Online Security</p>\n'
            '<p style="font-size:10px;color:#666">Northgate &amp; Harlow Bank plc. Registered in England '
            'and Wales no. 0%d. Authorised and regulated by the Financial Services Authority. \xa9 2006</p>\n'
            '</td></tr></table></body></html>\n' % (host, r.randint(1000000, 9999999)))
    html = html.replace('\x96', '\u2013')
    body = text(html, 'html', 'windows-1252', 'quoted-printable')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env='security@northgateharlow.example', sent='2006-12-05 06:40:18', soff='+0000',
                 conn=('northgateharlow.example', None, ip),
                 headers=[('Message-ID', '<%s@northgateharlow.example>' % rlow(r, 20, AZ + '0123456789')),
                          ('From', 'Northgate & Harlow Bank <security@northgateharlow.example>'),
                          ('To', rc), ('Subject', 'Important: Internet Banking security upgrade'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook, Build 10.0.2616')], body=body)


@reg(22, 'spam', 'PDF stock spam', 'multipart/mixed (text/plain + application/pdf); us-ascii; base64')
def t22(r):
    rc = 'ops@harbourline.test'
    sender = '%s.%s@harbourline.test' % (r.choice(['gail', 'ross', 'ines']), rlow(r, 4, AZ))
    t = '%s\n\n%s\n' % (buster(r, 3), r.choice(['see attached', 'report attached', 'fyi']))
    name = r.choice(['report', 'news', 'invest']) + '_%d.pdf' % r.randint(10, 99)
    b = '----=_NextPart_000_%04X_%s.%s' % (r.randrange(65536), rhex(r, 8), rhex(r, 8))
    body = multi('mixed', [text(t, quote=True), binpart('application/pdf', pdf('OTC Research Alert: PZRN target 0.95 - placeholder'), name)], b)
    host = rlow(r, 7, AZ)
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env=sender, sent='2007-02-07 23:17:54', soff='+0100',
                 conn=(host, None, ip),
                 auth=('Received-SPF', 'fail (mx.harbourline.test: domain of harbourline.test does not designate %s as permitted sender)' % ip),
                 headers=[('Message-ID', oe_mid(r, 2007, host)), ('From', '"%s" <%s>' % (sender.split('.')[0].title(), sender)),
                          ('To', '<%s>' % rc), ('Subject', name.split('.')[0]), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Priority', '3'),
                          ('X-MSMail-Priority', 'Normal'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.3028'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.3028')], body=body)


@reg(23, 'spam', 'e-card malware lure (storm-worm style), inert .exe link', 'text/plain; us-ascii; 7bit')
def t23(r):
    rc = 'library-desk@northfield.edu.example'
    ip = '203.0.113.%d' % r.randint(2, 250)
    link = '192.0.2.%d' % r.randint(2, 250)
    t = ('Hi. Family member has sent you an ecard.\n\n'
         'See your card as often as you wish during the next 15 days.\n\n'
         'SEEING YOUR CARD\n\nIf your email software creates links to Web pages, click on your card\'s '
         'direct www address below while you are connected to the Internet:\n\n'
         'http://%s/?%s\n\nOr copy and paste it into your browser\'s "Location" box (where Web page '
         'addresses appear).\n\nIf the card does not open, download the ecard viewer: '
         'http://%s/ecard.exe\n\nThank you for using our service\n' % (link, rhex(r, 18).lower(), link))
    body = text(t)
    host = rlow(r, 6, AZ)
    return build(r, org='A', rcpt=rc, env='%s@%s.example' % (rlow(r, 5, AZ), rlow(r, 7, AZ)), sent='2007-06-28 19:02:07', soff='-0500',
                 conn=(host, 'unknown', ip),
                 auth=('Received-SPF', 'neutral (mx1.northfield.edu.example: %s is neither permitted nor denied by domain)' % ip),
                 headers=[('From', '<greetings@ecards-%s.example>' % rlow(r, 4, AZ)), ('To', '<%s>' % rc),
                          ('Subject', 'You\'ve received a postcard from a family member!'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-ID', '<000d01c7b9c3$%s$%s@%s>' % (rhex(r, 8).lower(), rhex(r, 8).lower(), host))],
                 body=body)


@reg(24, 'spam', 'news-headline malware lure, inert .exe link', 'text/html; us-ascii; 7bit')
def t24(r):
    rc = 'hr-dept@ashford-county.gov.test'
    ip = '198.51.100.%d' % r.randint(2, 250)
    link = '203.0.113.%d' % r.randint(2, 250)
    html = ('<html><body>Tornado tears through Kansas town, 41 missing<br>\n'
            '<a href="http://%s/">http://%s/</a> watch the amateur video<br>\n'
            '<a href="http://%s/video.exe">video.exe</a></body></html>\n' % (link, link, link))
    body = text(html, 'html')
    host = rlow(r, 7, AZ).upper()
    return build(r, org='C', rcpt=rc, env='%s@%s.example' % (rlow(r, 6, AZ), rlow(r, 6, AZ)), sent='2007-08-14 01:29:33', soff='+0000', skew=-40,
                 conn=(host, 'unknown', ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test from=%s; sender-id=none; spf=none' % rlow(r, 4, AZ)),
                 headers=[('Message-ID', '<000701c7de18$%s$%s@%s>' % (rhex(r, 8).lower(), rhex(r, 8).lower(), host)),
                          ('From', '"Breaking News" <news@%s.example>' % rlow(r, 8, AZ)), ('To', '<%s>' % rc),
                          ('Subject', 'Tornado tears through Kansas town, 41 missing'), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(25, 'spam', 'generic Cialis/Levitra, random subject suffix', 'text/html; iso-8859-1; 7bit')
def t25(r):
    rc = 's.patel@kestrel-eng.example'
    dom = '%s%d.example' % (rlow(r, 6, AZ), r.randint(1, 99))
    html = ('<HTML><BODY>\n<CENTER><A href="http://%s/"><FONT size=5 color=#cc0000>'
            'Generic Cialis &amp; Levitra &ndash; 80%% OFF</FONT></A><BR>\n'
            '<FONT size=2>Lasts 36 hours. Works in 15 minutes. Discreet shipping.</FONT><BR><BR>\n'
            '<FONT size=1>%s</FONT></CENTER>\n</BODY></HTML>\n' % (dom, buster(r, 6)))
    body = text(html, 'html', 'iso-8859-1', '7bit')
    host = rlow(r, 5, AZ)
    env = '%s@%s' % (rlow(r, 6, AZ), dom)
    return build(r, org='B', rcpt=rc, env=env, sent='2007-09-11 11:44:20', soff='+0300',
                 conn=(host, None, '192.0.2.%d' % r.randint(2, 250)),
                 headers=[('From', '"Claudette Nyberg" <%s>' % env), ('To', rc),
                          ('Subject', 'Shkrelling, take the edge %s' % rlow(r, 5, AZ)),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@%s>' % (rhex(r, 14).lower(), host)),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'The Bat! (v3.81.14 Beta) Professional')], body=body)


@reg(26, 'spam', '419 advance fee, soldier in Iraq', 'text/plain; utf-8; quoted-printable; freemail')
def t26(r):
    rc = 'a.fitzgerald@wexley.ac.test'
    env = 'sgt.mitchell.hayes%d@gmail.example' % r.randint(10, 99)
    t = ('Good day,\n\nI am Sgt. Mitchell Hayes, a US Army soldier serving with the 3rd Infantry in Baghdad, '
         'Iraq. I write to you in confidence, as I need a trustworthy person to assist me.\n\n'
         'During a raid on a farmhouse near Tikrit my unit recovered a large quantity of cash, which we '
         'shared among ourselves. My share is US$4.8 million, which I have kept with a Red Cross '
         'diplomatic courier who will move it out of the country as "personal effects". I cannot keep '
         'it here because we are ambushed every day and I may not make it home.\n\n'
         'I need you to receive the consignment on my behalf and keep it safe until my tour ends. For '
         'your help you will get 30%. You do not need to pay anything; the courier only needs your '
         'name, address and phone to deliver the box.\n\n'
         'Please reply only to my private box so we can talk freely, as our official mail is monitored. '
         'I will tell you more and send you pictures of me and my unit.\n\n'
         'God bless America \u2014 and you.\nSgt. Mitchell Hayes\n')
    body = text(t, cs='utf-8', cte='quoted-printable')
    pre = [('by 10.114.%d.%d with HTTP; {d}' % (r.randint(1, 250), r.randint(1, 250)), 0, '-0700', 0),
           ('by 10.114.%d.%d with SMTP id %s;\n\t{d}' % (r.randint(1, 250), r.randint(1, 250), rlow(r, 10)), 1, '-0700', 0)]
    return build(r, org='E', rcpt=rc, env=env, sent='2007-10-13 07:05:31', soff='-0700', pre=pre,
                 conn=('wx-out-%d.gmail.example' % r.randint(1000, 9999), None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('DomainKey-Signature', 'a=rsa-sha1; c=nofws;\n        d=gmail.example; s=beta;\n        h=received:message-id:date:from:reply-to:to:subject:mime-version:content-type:content-transfer-encoding;\n        b=' + rb64(r, 60)),
                          ('Message-ID', '<%s@mail.gmail.example>' % rlow(r, 36, AZ + '0123456789').lower()),
                          ('Date', '{DATE}'), ('From', '"Mitchell Hayes" <%s>' % env),
                          ('Reply-To', 'mhayes.private@hotmail.example'), ('To', 'undisclosed-recipients:;'),
                          ('Subject', 'Please I need your help'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Content-Disposition', 'inline')], body=body)


@reg(27, 'spam', 'herbal viagra', 'multipart/alternative; utf-8; quoted-printable')
def t27(r):
    rc = 'sales@harbourline.test'
    dom = 'herbalmax-%s.example' % rlow(r, 4, AZ)
    plain = ('Herbal V\u2122 \u2013 the natural alternative\n\n'
             'Ginseng, horny goat weed, tongkat ali and maca in one capsule. No prescription, no doctor '
             'visits, no embarrassment. Buy 3 bottles get 2 free.\n\nhttp://%s/hv/?u=%s\n' % (dom, rhex(r, 10).lower()))
    html = ('<html><body style="font:13px Georgia"><h2>Herbal V&trade; &ndash; the natural alternative</h2>\n'
            '<p>Ginseng, horny goat weed, tongkat ali and maca in one capsule.<br>No prescription, no doctor '
            'visits, no embarrassment.</p>\n<p><b>Buy 3 bottles get 2 free</b> &rarr; '
            '<a href="http://%s/hv/?u=%s">order here</a></p></body></html>\n' % (dom, rhex(r, 10).lower()))
    b = '=_%s' % rhex(r, 32).lower()
    body = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable'),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env='%s@%s' % (rlow(r, 8, AZ), dom), sent='2007-11-26 15:33:08', soff='-0300',
                 conn=('mail%d.%s' % (r.randint(1, 9), dom), None, ip),
                 auth=('Received-SPF', 'pass (mx.harbourline.test: domain of %s designates %s as permitted sender)' % (dom, ip)),
                 headers=[('Date', '{DATE}'), ('To', rc), ('From', 'Natural Vigor <vigor@%s>' % dom),
                          ('Subject', 'be the man she remembers'), ('Message-ID', '<%s@%s>' % (rhex(r, 32).lower(), dom)),
                          ('X-Priority', '3'), ('X-Mailer', 'PHPMailer [version 1.73]'), ('MIME-Version', '1.0'),
                          ('*MIME*', None)], body=body)


@reg(28, 'phish', 'IRS tax refund with inert form', 'text/html; us-ascii; quoted-printable')
def t28(r):
    rc = 'tbrennan@ashford-county.gov.test'
    host = 'irs-refunds.%s.example' % rlow(r, 6, AZ)
    amt = '%d.%02d' % (r.randint(150, 900), r.randint(0, 99))
    html = ('<html><body style="font-family:Arial;font-size:12px">\n<p><b>Internal Revenue Service</b><br>'
            'United States Department of the Treasury</p>\n<p>After the last annual calculations of your fiscal '
            'activity we have determined that you are eligible to receive a tax refund of <b>$%s</b>. '
            'Please submit the tax refund request and allow us 6-9 days in order to process it.</p>\n'
            '<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or '
            'applying after the deadline.</p>\n'
            '<form action="http://%s/refund/submit.php" method="post">\n'
            'Full name: <input name="n"><br>SSN: <input name="ssn"><br>Card number: <input name="cc"><br>'
            'Exp: <input name="e" size="5"> PIN: <input name="p" type="password" size="4"><br>\n'
            '<input type="submit" value="Submit refund request"></form>\n'
            '<p>Regards,<br>Internal Revenue Service<br>Document Reference: (92054568).</p>\n'
            '<p><font size="1">&copy; Copyright 2007, Internal Revenue Service U.S.A. All rights reserved.</font></p>\n'
            '</body></html>\n' % (amt, host))
    body = text(html, 'html', 'us-ascii', 'quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='C', rcpt=rc, env='refunds@irs.example', sent='2007-12-10 04:12:50', soff='-0500',
                 conn=('irs.example', 'static-%s.isp.example' % ip.replace('.', '-'), ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test from=refunds@irs.example; sender-id=fail (NotPermitted); spf=fail (NotPermitted)'),
                 headers=[('From', 'Internal Revenue Service <refunds@irs.example>'), ('Subject', 'IRS Notification - Please Read This.'),
                          ('To', rc), ('Content-Type', None), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Date', '{DATE}')], body=body)


@reg(29, 'spam', 'payday loan, bulk ESP', 'multipart/alternative; iso-8859-1; quoted-printable; List-Unsubscribe')
def t29(r):
    rc = 'lbaptiste@northfield.edu.example'
    dom = 'fastcash-%s.example' % rlow(r, 4, AZ)
    esp = 'mta%d.blastmailer-%s.example' % (r.randint(1, 40), rlow(r, 3, AZ))
    tok = rhex(r, 16).lower()
    plain = ('Need $300 - $1,500 before payday?\n\nNo credit check. No faxing. Cash in your account by '
             'tomorrow morning. Approval in minutes for anyone with a job and a checking account.\n\n'
             'Apply now: http://%s/apply?t=%s\n\n--\nUnsubscribe: http://%s/u/%s\n'
             'FastCash Direct, PO Box 4471, Carson City NV\n' % (dom, tok, esp, tok))
    html = ('<html><body><table width="560" align="center" style="font-family:Arial">\n'
            '<tr><td style="font-size:24px;color:#006600"><b>Need $300 &ndash; $1,500 before payday?</b></td></tr>\n'
            '<tr><td>No credit check. No faxing. Cash in your account by tomorrow morning.</td></tr>\n'
            '<tr><td><a href="http://%s/apply?t=%s"><b>APPLY NOW &raquo;</b></a></td></tr>\n'
            '<tr><td style="font-size:10px;color:#888">Unsubscribe <a href="http://%s/u/%s">here</a>. '
            'FastCash Direct, PO Box 4471, Carson City NV</td></tr></table>'
            '<img src="http://%s/o/%s.gif" width="1" height="1"></body></html>\n' % (dom, tok, esp, tok, esp, tok))
    b = '==_%s' % rlow(r, 20, B62)
    body = multi('alternative', [text(plain, cs='iso-8859-1', cte='quoted-printable'),
                                 text(html, 'html', 'iso-8859-1', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env='b-%s@%s' % (tok, esp.split('.', 1)[1]), sent='2008-02-19 13:20:04', soff='-0800',
                 conn=(esp, esp, ip),
                 auth=('Received-SPF', 'pass (mx1.northfield.edu.example: domain of %s designates %s as permitted sender)' % (esp.split('.', 1)[1], ip)),
                 headers=[('Message-ID', '<%s.%s@%s>' % (tok, r.randint(100, 999), esp)), ('Date', '{DATE}'),
                          ('From', 'FastCash Direct <offers@%s>' % dom), ('To', rc),
                          ('Subject', 'Approval in minutes - cash by tomorrow'),
                          ('List-Unsubscribe', '<http://%s/u/%s>' % (esp, tok)),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'BlastMailer 5.2')], body=body)


@reg(30, 'spam', 'lottery win notification with .doc placeholder', 'multipart/mixed (text/plain + application/msword); us-ascii')
def t30(r):
    rc = 'd.harrow@kestrel-eng.example'
    env = 'euromillions.claims%d@aol.example' % r.randint(1, 50)
    t = ('EUROMILLIONS INTERNATIONAL PROMOTION\nTicket No: 5647 600545 188\nBatch: 7/2008/EM\n\n'
         'Attention winner,\n\nWe are pleased to inform you of the release of the results of the '
         'Euromillions second category draw, held on 28 March 2008. Your e-mail address, attached to '
         'ticket number 5647 600545 188 with serial number 4788/02, drew the lucky numbers 7-14-20-34-49, '
         'which consequently won in the second category.\n\nYou have therefore been approved for a lump '
         'sum pay out of EUR 815,000.00 (Eight Hundred and Fifteen Thousand Euros).\n\n'
         'Please fill the attached claims form and return it to our fiduciary agent:\n\n'
         'Mr. Frank de Wit\nClearwater Fiduciary BV, Madrid\nTel: +34 600 555 %03d\nEmail: frankdewit.claims@fiduciary-es.example\n\n'
         'Remember to quote your reference number in all correspondence. Winners are advised to keep '
         'this award confidential until the claim is processed.\n\nCongratulations once again.\n\n'
         'Mrs. Paula Serrano\nLottery Coordinator\n' % r.randint(0, 999))
    b = '--0-%d-%d=:%d' % (r.randint(10**8, 10**9), r.randint(1000, 9999), r.randint(10000, 99999))
    body = multi('mixed', [text(t, cs='us-ascii', cte='7bit'),
                           binpart('application/msword', doc_placeholder(r, 9200), 'CLAIMS FORM.doc')], b,
                 preamble='')
    mip = '203.0.113.%d' % r.randint(2, 250)
    wm = 'webmail-d%d.aol.example' % r.randint(100, 300)
    pre = [('from %s by %s (%s) with HTTP (WebMailUI); {d}' % (mip, wm, '29.0.0'), 0, '-0400', 0)]
    return build(r, org='B', rcpt=rc, env=env, sent='2008-04-02 11:08:44', soff='-0400', pre=pre,
                 conn=('imo-m%d.mx.aol.example' % r.randint(10, 30), None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('To', 'undisclosed-recipients:;'), ('Subject', 'Winning Notification - Ref: EM/77-9034/08'),
                          ('Date', '{DATE}'), ('X-MB-Message-Source', 'WebUI'), ('X-AOL-IP', mip),
                          ('MIME-Version', '1.0'), ('From', env), ('X-Mailer', 'AOL Webmail 38148-STANDARD'),
                          ('Message-Id', '<8CA62%s-%s-%s@%s>' % (rhex(r, 9), rhex(r, 3), rhex(r, 4), wm)),
                          ('*MIME*', None)], body=body)
