from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(46, 'spam', 'newsletter-looking list spam with fake unsubscribe footer', 'multipart/alternative; utf-8; quoted-printable; List-* headers')
def t46(r):
    rc = 'dchen@northfield.edu.example'
    dom = 'healthwise-%s.example' % rlow(r, 4, AZ)
    tok = rlow(r, 22, B62)
    arts = [
        ('Five foods that quietly raise your blood pressure',
         'Pickles, deli turkey and even some breakfast cereals carry more sodium than a bag of crisps. '
         'Nutritionists say reading labels for the "per serving" trick is the single easiest change most '
         'readers can make this month, and the effect on readings can show up within a fortnight.'),
        ('Is your office chair shortening your life?',
         'A new review of sedentary-work studies suggests that standing for ten minutes every hour offsets '
         'much of the risk linked to long sitting. We tested three cheap desk risers so you do not have to, '
         'and one of them costs less than a takeaway dinner.'),
        ('The supplement doctors don\u2019t talk about',
         'Thousands of readers have written in about our report on a little-known Amazonian bark extract '
         'that supports healthy joints and energy. Supplies of the original formula are limited, so the '
         'makers are offering a risk-free 30 day trial to newsletter subscribers only.'),
        ('Sleep: the 4-7-8 trick, explained',
         'Breathe in for four counts, hold for seven, breathe out for eight. It sounds too simple to work, '
         'but sleep clinics have been recommending variations of it for years, and it costs nothing to try '
         'tonight before you reach for anything stronger.'),
        ('Reader question: are eggs good or bad this year?',
         'Margaret from Ohio asks why the advice on eggs keeps changing. The short answer is that the '
         'research never said what the headlines claimed; for most healthy adults an egg a day is fine, '
         'and what you fry it with matters more than the yolk.'),
        ('Walking vs running for weight loss',
         'Per mile the calorie difference is smaller than most people think. Consistency wins: the people '
         'who lost the most weight in a two-year trial were simply the ones who were still walking in '
         'month eighteen, whatever their pace.'),
    ]
    plain = ('HealthWise Weekly \u2014 Issue %d\n%s\n\n' % (r.randint(120, 199), '=' * 40)
             + ''.join('%s\n%s\n\n%s\nRead more: http://www.%s/a/%d?u=%s\n\n' % (h, '-' * len(h), p, dom, r.randint(1000, 9999), tok) for h, p in arts)
             + 'SPONSORED: Try the Amazonian bark formula risk-free for 30 days -> http://www.%s/offer/%s\n\n' % (dom, tok)
             + '%s\nYou are receiving HealthWise Weekly because you subscribed on our website or at a partner '
             'site. Manage your subscription: http://www.%s/prefs/%s\nTo unsubscribe, visit the link above '
             '(allow 10 business days). HealthWise Media, 3340 Peachtree Rd NE, Suite 1800, Atlanta GA 30326.\n' % ('_' * 40, dom, tok))
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>HealthWise Weekly</title>\n'
            '<style type="text/css">body{margin:0;background:#eef2f4}.wrap{width:620px;margin:0 auto;background:#fff}'
            '.hd{background:#2c7a5b;color:#fff;padding:14px 18px;font:bold 22px Georgia,serif}'
            '.art{padding:10px 18px;border-bottom:1px solid #e3e3e3;font:13px/1.5 Arial,sans-serif;color:#333}'
            '.art h2{font:bold 16px Georgia,serif;color:#2c7a5b;margin:0 0 6px}.ft{padding:14px 18px;font:10px Arial;color:#888}'
            '</style></head>\n<body>\n<div class="wrap">\n<div class="hd">HealthWise Weekly</div>\n'
            '<div class="art" style="background:#fffbe6"><b>Sponsored:</b> <a href="http://www.%s/offer/%s">Try the '
            'Amazonian bark formula risk-free for 30 days</a></div>\n' % (dom, tok)
            + ''.join('<div class="art"><h2>%s</h2>\n<p>%s</p>\n<p><a href="http://www.%s/a/%d?u=%s">Read more &raquo;</a></p></div>\n'
                      % (h, p, dom, r.randint(1000, 9999), tok) for h, p in arts)
            + '<div class="ft">You are receiving HealthWise Weekly because you subscribed on our website or at a '
            'partner site.<br>\n<a href="http://www.%s/prefs/%s">Manage your subscription</a> | '
            '<a href="http://www.%s/prefs/%s#unsub">Unsubscribe</a> (allow 10 business days)<br>\n'
            'HealthWise Media, 3340 Peachtree Rd NE, Suite 1800, Atlanta GA 30326</div>\n</div>\n'
            '<img src="http://t.%s/open/%s.gif" width="1" height="1" alt="">\n</body></html>\n' % (dom, tok, dom, tok, dom, tok))
    b = '_----------=_%d%d' % (r.randint(10**9, 10**10), r.randint(100, 999))
    body = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable', w=0),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], b,
                 preamble='This is a multi-part message in MIME format.\n')
    ip = '198.51.100.%d' % r.randint(2, 250)
    lid = 'healthwise-weekly.lists.%s' % dom
    return build(r, org='A', rcpt=rc, env='hw-bounces+%s@lists.%s' % (tok[:12], dom), sent='2010-09-09 04:00:12', soff='-0400',
                 conn=('lists.%s' % dom, 'lists.%s' % dom, ip),
                 auth=('Authentication-Results', 'mx1.northfield.edu.example; spf=pass smtp.mailfrom=lists.%s; dkim=pass header.i=@%s' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'lists', 'from:subject:date:to:list-id:list-unsubscribe')),
                          ('From', '"HealthWise Weekly" <newsletter@%s>' % dom), ('To', rc),
                          ('Subject', 'HealthWise: 5 foods that raise your blood pressure'), ('Date', '{DATE}'),
                          ('Message-ID', '<%s.%d@lists.%s>' % (tok, r.randint(100, 999), dom)),
                          ('List-Id', 'HealthWise Weekly <%s>' % lid),
                          ('List-Unsubscribe', '<http://www.%s/prefs/%s#unsub>' % (dom, tok)),
                          ('List-Help', '<http://www.%s/help>' % dom), ('Precedence', 'list'),
                          ('X-Campaign', 'hw%d' % r.randint(100, 999)), ('MIME-Version', '1.0'), ('*MIME*', None)],
                 body=body)


@reg(47, 'phish', 'HMRC tax refund with inert HTML form attachment', 'multipart/mixed (text/plain + text/html attachment); us-ascii')
def t47(r):
    rc = 'estates@wexley.ac.test'
    host = 'hmrc-refund.%s.example' % rlow(r, 6, AZ)
    amt = '%d.%02d' % (r.randint(200, 600), r.randint(0, 99))
    t = ('HM Revenue & Customs\n\nDear Applicant,\n\nAfter the last annual calculations of your tax '
         'activity we have determined that you are eligible to receive a tax refund of GBP %s.\n\n'
         'Please download and complete the attached tax refund form, then submit it so that we can '
         'process your refund. A refund can be delayed if the form is not submitted in full.\n\n'
         'HM Revenue & Customs\nRef: 62781/%d\n' % (amt, r.randint(1000, 9999)))
    form = ('<html><head><title>HMRC Tax Refund Form</title></head><body style="font-family:Arial">\n'
            '<h3>HM Revenue &amp; Customs - Tax Refund Request</h3>\n'
            '<form method="post" action="http://%s/process.php">\n'
            'Full name: <input name="fn"><br>Date of birth: <input name="dob"><br>\n'
            'National Insurance No.: <input name="nino"><br>Mother\'s maiden name: <input name="mmn"><br>\n'
            'Card number: <input name="cn"><br>Expiry: <input name="ex"> Security code: <input name="cv"><br>\n'
            'Sort code: <input name="sc"> Account no.: <input name="an"><br>\n'
            '<input type="submit" value="Submit"></form>\n</body></html>\n' % host)
    b = '----=_Part_%d_%d.%d' % (r.randint(100, 9999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    att = text(form, 'html', 'us-ascii', 'base64', extra=[('Content-Disposition', 'attachment; filename="Tax-Refund-Form.html"')])
    body = multi('mixed', [text(t, cs='us-ascii', cte='7bit'), att], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env='www-data@%s' % host, sent='2010-11-23 02:37:40', soff='+0000',
                 pre=[('by %s (Postfix, from userid 33)\n\tid %s; {d}' % (host, rhex(r, 10)), 0, '+0000', 0)],
                 conn=(host, None, ip),
                 auth=('Authentication-Results', 'esa1.wexley.ac.test; spf=none smtp.mailfrom=www-data@%s; dkim=none' % host),
                 headers=[('To', rc), ('Subject', 'Tax Refund Notification (GBP %s)' % amt),
                          ('From', 'HM Revenue & Customs <refunds@hmrc-gov.example>'),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-Id', '<%s@%s>' % (rhex(r, 10), host)), ('Date', '{DATE}')], body=body)


@reg(48, 'spam', '"free iPad" survey/offer', 'text/html; utf-8; 7bit')
def t48(r):
    rc = 'ops@harbourline.test'
    dom = '%s%d.example' % (rlow(r, 7, AZ), r.randint(10, 99))
    html = ('<html><body style="font-family:Helvetica,Arial">\n<center><h1>Congratulations!</h1>\n'
            '<p>You have been selected to test and KEEP a brand new <b>Apple iPad</b>.</p>\n'
            '<p>Only 3 units left for your region. Answer 4 short questions and pay shipping only.</p>\n'
            '<p><a href="http://%s/ipad/?sid=%s" style="background:#f60;color:#fff;padding:8px 20px;text-decoration:none">Claim my iPad</a></p>\n'
            '<p style="font-size:9px;color:#999">Participation requires completion of sponsor offers. '
            'Apple is not a sponsor of this promotion.</p></center>\n</body></html>\n' % (dom, rlow(r, 12)))
    body = text(html, 'html', 'utf-8', '7bit')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env='%s@%s' % (rlow(r, 6, AZ), dom), sent='2011-01-18 09:12:55', soff='-0500',
                 conn=('mail.%s' % dom, None, ip),
                 auth=('Received-SPF', 'pass (mx.harbourline.test: domain of %s designates %s as permitted sender)' % (dom, ip)),
                 headers=[('Date', '{DATE}'), ('From', '"iPad Testers" <ipad@%s>' % dom), ('To', rc),
                          ('Subject', 'ops, your iPad is waiting (ref %d)' % r.randint(100000, 999999)),
                          ('Message-ID', '<%s@mail.%s>' % (rhex(r, 32).lower(), dom)), ('MIME-Version', '1.0'),
                          ('*MIME*', None)], body=body)


@reg(49, 'phish', 'Apple ID verification', 'multipart/alternative; utf-8; quoted-printable; Outlook 2010 forged')
def t49(r):
    rc = 's.patel@kestrel-eng.example'
    host = 'appleid.%s.example' % rlow(r, 9, AZ)
    plain = ('Dear Customer,\n\nYour Apple ID was used to sign in to iCloud via a web browser from an '
             'unrecognised device. For your security we have temporarily locked your account.\n\n'
             'Please verify your identity within 48 hours:\nhttp://%s/verify/\n\nApple Customer Support\n' % host)
    html = ('<html><body style="font-family:\'Lucida Grande\',Helvetica;font-size:12px;color:#333">\n'
            '<p>Dear Customer,</p>\n<p>Your Apple ID was used to sign in to iCloud via a web browser from an '
            'unrecognised device. For your security we have temporarily locked your account.</p>\n'
            '<p><a href="http://%s/verify/">Verify now &rsaquo;</a></p>\n<p>Apple Customer Support</p>\n'
            '<p style="font-size:10px;color:#999">Copyright \u00a9 2011 Apple Inc. 1 Infinite Loop, Cupertino, CA 95014</p>\n'
            '</body></html>\n' % host)
    b = '_000_%s%s_' % (rhex(r, 24), rlow(r, 10, AZ))
    body = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable', quote=True),
                                 text(html, 'html', 'utf-8', 'quoted-printable', quote=True)], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='B', rcpt=rc, env='appleid@id-apple.example', sent='2011-03-29 16:44:10', soff='+0200',
                 conn=('User', None, ip),
                 auth=('Received-SPF', 'SoftFail (KESEDGE02.kestrel-eng.example: domain of transitioning appleid@id-apple.example discourages use of %s as permitted sender)' % ip),
                 headers=[('From', '"Apple" <appleid@id-apple.example>'), ('To', rc),
                          ('Subject', 'Your Apple ID has been locked'), ('Date', '{DATE}'),
                          ('Message-ID', ol07_mid(r, 2011, 'id-apple.example')), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook 14.0'), ('Thread-Index', 'AcvuL' + rb64(r, 23) + '='),
                          ('Content-Language', 'en-us')], body=body)


@reg(50, 'spam', 'Twitter-style "direct messages" notification spam', 'text/plain; utf-8; 8bit')
def t50(r):
    rc = 'jwhitcombe@northfield.edu.example'
    link = 'http://%s.%s.example/%s' % (rlow(r, 4, AZ), rlow(r, 6, AZ), rlow(r, 8, B62))
    t = ('Hi, jwhitcombe.\n\nYou have 3 new direct messages on Twitter.\n\n'
         '@kellyanne_b: "omg did you see what they wrote about you? \U0001F631" \u2026\n\n'
         'To view your messages, follow the link below:\n%s\n\n'
         'Forgot your password? Reset it here.\nTwitter, Inc. 795 Folsom St., Suite 600, San Francisco, CA 94107\n' % link)
    body = text(t, cs='utf-8', cte='8bit')
    host = rlow(r, 6, AZ)
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env='n-%s@postmaster.twitter-mail.example' % rlow(r, 8), sent='2011-04-12 11:26:39', soff='+0400',
                 conn=(host, 'unknown', ip),
                 auth=('Authentication-Results', 'mx1.northfield.edu.example; spf=fail smtp.mailfrom=postmaster.twitter-mail.example; dkim=none'),
                 headers=[('Date', '{DATE}'), ('From', 'Twitter <twitter-dm-%s@postmaster.twitter-mail.example>' % rlow(r, 6)),
                          ('To', rc), ('Subject', 'You have 3 new direct messages'),
                          ('Message-ID', '<4da4%s.%s@postmaster.twitter-mail.example>' % (rhex(r, 4).lower(), rhex(r, 6).lower())),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(51, 'phish', 'UPS delivery failure with zip placeholder', 'multipart/mixed (text/plain + application/zip); windows-1252')
def t51(r):
    rc = 'assessor@ashford-county.gov.test'
    trk = '1Z%s' % rhex(r, 16)
    t = ('Dear customer.\n\nThe parcel was sent your home address. And it will arrive within 7 business '
         'day.\n\nMore information and the tracking number are attached in document below.\n\n'
         'Thank you.\n\u00a9 2011 United Parcel Service of America, Inc.\n')
    b = '----=_NextPart_000_%04X_01CC2B%s.%s' % (r.randrange(65536), rhex(r, 2), rhex(r, 8))
    zname = 'UPS_Document_NR%d.zip' % r.randint(1000, 9999)
    z = zipfile_bytes(zname.replace('.zip', '.txt'), 'placeholder - tracking %s\n' % trk, (2011, 6, 8, 9, 0, 0))
    body = multi('mixed', [text(t, cs='windows-1252', cte='quoted-printable', quote=True),
                           binpart('application/zip', z, zname)], b)
    host = rlow(r, 6, AZ).upper() + '-PC'
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='C', rcpt=rc, env='services@ups-track.example', sent='2011-06-08 10:57:03', soff='+0300',
                 conn=(host, 'unknown', ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=fail smtp.mailfrom=ups-track.example; dkim=none'),
                 headers=[('From', '"UPS Services" <services@ups-track.example>'), ('To', '<%s>' % rc),
                          ('Subject', 'UPS Delivery Problem NR %s' % trk[-7:]), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Priority', '3'),
                          ('X-MSMail-Priority', 'Normal'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5512')], body=body)


@reg(52, 'spam', 'pharmacy via hacked WordPress site (PHPMailer)', 'text/html; utf-8; base64')
def t52(r):
    rc = 'a.fitzgerald@wexley.ac.test'
    site = 'www.%s-photography.example' % rlow(r, 6, AZ)
    html = ('<html><body>\n<p>Hello!</p>\n<p>Your order #%d has been sent. Spring sale continues: '
            '<b>V1agra 0.99$</b>, <b>C1alis 1.49$</b>, Tramadol, Propecia and 120 more brand and generic '
            'medications. Bonus pills with every order, no RX required.</p>\n'
            '<p><a href="http://%s/wp-content/uploads/2011/07/.cache/index.php?%s">track order / shop</a></p>\n'
            '<p>Best regards, Ashley</p>\n</body></html>\n' % (r.randint(100000, 999999), site, rlow(r, 6)))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '198.51.100.%d' % r.randint(2, 250)
    pre = [('from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; {d}' % (site, site, rhex(r, 10), rc), 0, '-0500', 0)]
    return build(r, org='E', rcpt=rc, env='nobody@%s' % site, sent='2011-07-21 06:49:18', soff='-0500', pre=pre,
                 conn=(site, None, ip),
                 auth=('Authentication-Results', 'esa1.wexley.ac.test; spf=neutral smtp.mailfrom=nobody@%s; dkim=none' % site),
                 headers=[('Date', '{DATE}'), ('To', rc), ('From', 'Ashley Chambers <ashley@%s>' % site),
                          ('Subject', 'Your order #%d was sent' % r.randint(100000, 999999)),
                          ('Message-ID', '<%s@%s>' % (rhex(r, 32).lower(), site)),
                          ('X-Priority', '3'), ('X-Mailer', 'PHPMailer 5.1 (phpmailer.sourceforge.net)'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(53, 'spam', 'online poker bonus', 'multipart/alternative; iso-8859-15; quoted-printable')
def t53(r):
    rc = 'neil@harbourline.test'
    dom = 'acehigh-%s.example' % rlow(r, 4, AZ)
    code = rlow(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    plain = ('Neil,\n\nYour seat is reserved. Deposit \u20ac20 and we add \u20ac100 to your account, plus '
             'entry to the Sunday \u20ac50,000 guaranteed freeroll.\n\nBonus code: %s\nhttp://www.%s/join/%s\n\n'
             'Play responsibly. 18+ only.\n' % (code, dom, code))
    html = ('<html><body bgcolor="#0b3b12" text="#ffffff" style="font-family:Verdana">\n'
            '<p>Neil,</p><p>Your seat is reserved. Deposit <b>&euro;20</b> and we add <b>&euro;100</b> to your account, plus '
            'entry to the Sunday &euro;50,000 guaranteed freeroll.</p>\n<p>Bonus code: <b>%s</b> '
            '<a href="http://www.%s/join/%s" style="color:#ffd700">Take your seat</a></p>\n'
            '<p style="font-size:9px">Play responsibly. 18+ only.</p></body></html>\n' % (code, dom, code))
    b = '=_NextPart_%s' % rhex(r, 12)
    body = multi('alternative', [text(plain, cs='iso-8859-15', cte='quoted-printable'),
                                 text(html, 'html', 'iso-8859-15', 'quoted-printable')], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env='%s@%s' % (rlow(r, 6, AZ), dom), sent='2011-09-03 22:15:47', soff='+0200',
                 conn=('smtp%d.%s' % (r.randint(1, 9), dom), None, ip),
                 auth=('Received-SPF', 'none (mx.harbourline.test: domain of %s does not designate permitted sender hosts)' % dom),
                 headers=[('Message-ID', '<%d.%d@%s>' % (r.randint(10**5, 10**6), r.randint(10**9, 10**10), dom)),
                          ('From', 'Ace High Poker <vip@%s>' % dom), ('To', 'Neil <%s>' % rc),
                          ('Subject', ew('Neil, \u20ac100 is waiting at your table', 'iso-8859-15', 'Q')),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(54, 'spam', 'adult dating, very short, compromised freemail', 'text/plain; us-ascii; 7bit')
def t54(r):
    rc = 'info@kestrel-eng.example'
    env = 'g.%s@hotmail.example' % rlow(r, 6, AZ)
    t = 'hey :) saw ur profile, pics here http://%s.example/%s\n' % (rlow(r, 7, AZ), rlow(r, 4))
    body = text(t)
    return build(r, org='B', rcpt=rc, env=env, sent='2011-11-14 03:21:09', soff='+0000',
                 conn=('snt0-omc%d-s%d.snt0.hotmail.example' % (r.randint(1, 4), r.randint(1, 40)), None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('From', env), ('To', 'undisclosed-recipients:;'), ('Subject', 'hi'),
                          ('Date', '{DATE}'), ('*MIME*', None)], body=body, ret_path=False)


@reg(55, 'phish', 'LinkedIn "pending invitation" / password lure', 'text/html; utf-8; quoted-printable')
def t55(r):
    rc = 'lbaptiste@northfield.edu.example'
    host = '%s.%s.example' % (rlow(r, 5, AZ), rlow(r, 8, AZ))
    html = ('<html><body style="font-family:Arial;font-size:12px;background:#f2f2f2">\n'
            '<table width="560" style="background:#fff"><tr><td style="background:#006699;color:#fff;padding:6px"><b>LinkedIn</b></td></tr>\n'
            '<tr><td style="padding:10px"><p>REMINDERS:</p>\n<p>Invitation reminders:<br>\u2022 From Hendrik Vaessen '
            '(Procurement Director at Maasland Offshore)</p>\n<p>PENDING MESSAGES:</p>\n<p>There are a total of 4 '
            'messages awaiting your response. Your account will be restricted unless you sign in and confirm '
            'your password: <a href="http://%s/linkedin/login.php">Visit your InBox now</a>.</p>\n'
            '<p style="font-size:10px;color:#888">Don\'t want to receive email notifications? Adjust your message settings.<br>'
            '\u00a9 2012, LinkedIn Corporation</p></td></tr></table></body></html>\n' % host)
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env='messages-noreply@bounce.linkedin-mail.example', sent='2012-01-30 07:40:05', soff='-0600',
                 conn=('%s' % host, 'unknown', ip),
                 auth=('Authentication-Results', 'mx1.northfield.edu.example; spf=none smtp.mailfrom=bounce.linkedin-mail.example; dkim=none (no signature)'),
                 headers=[('From', 'LinkedIn <messages-noreply@linkedin-mail.example>'), ('To', rc),
                          ('Subject', 'LinkedIn Messages, 1/30/2012'), ('Date', '{DATE}'),
                          ('Message-ID', '<%d.%d.JavaMail.app@ela4-app%d.prod>' % (r.randint(10**8, 10**9), r.randint(10**11, 10**12), r.randint(1000, 9999))),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(56, 'phish', 'DHL delivery failure with zip placeholder', 'multipart/mixed (text/html + application/zip); us-ascii')
def t56(r):
    rc = 'p.nowak@wexley.ac.test'
    awb = '%010d' % r.randrange(10**10)
    html = ('<html><body><p>Dear Customer,</p>\n<p>Your parcel has arrived at the post office on %s. Our '
            'courier was unable to deliver the parcel to you.</p>\n<p>To receive your parcel, please print '
            'the receipt that is attached to this email and visit the nearest DHL office.</p>\n'
            '<p>Shipment: %s</p>\n<p>DHL International Ltd.</p></body></html>\n' % ('March 12', awb))
    b = '--%s' % rlow(r, 28, B62)
    z = zipfile_bytes('DHL_Label_%s.txt' % awb, 'placeholder only\n', (2012, 3, 13, 8, 0, 0))
    body = multi('mixed', [text(html, 'html', 'us-ascii', '7bit'), binpart('application/zip', z, 'DHL_Label_%s.zip' % awb)], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env='%s@wexley.ac.test' % rlow(r, 7, AZ), sent='2012-03-13 09:02:34', soff='+0700',
                 conn=('%s' % rlow(r, 8, AZ), None, ip),
                 auth=('Authentication-Results', 'esa1.wexley.ac.test; spf=fail smtp.mailfrom=wexley.ac.test; dkim=none'),
                 headers=[('Date', '{DATE}'), ('From', '"DHL Express" <noreply@dhl-delivery.example>'),
                          ('To', '<%s>' % rc), ('Subject', 'DHL Delivery Notification ID %s' % awb[:6]),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-ID', '<%s.%s@dhl-delivery.example' % (rhex(r, 8), rhex(r, 6)))], body=body)


@reg(57, 'spam', '419 "compensation" / ATM card from compromised account', 'text/plain; windows-1252; quoted-printable')
def t57(r):
    rc = 'hr-dept@ashford-county.gov.test'
    env = 'ekraus@valleyview-dental.example'
    t = ('ATTENTION: BENEFICIARY\n\nThis is to officially inform you that the United Nations anti-fraud '
         'committee, in conjunction with the World Bank, has approved a compensation payment of '
         '$1,500,000.00 to victims of internet scams, and your e-mail address was listed among the '
         'beneficiaries.\n\nYour payment has been loaded on an ATM VISA CARD which will be sent to you by '
         'courier. You can withdraw a maximum of $5,000 daily at any ATM machine in the world.\n\n'
         'Contact the ATM card centre with your full name, delivery address and phone number:\n'
         'Rev. Dr. Samuel Akinwale\nEmail: atmcard.dept2012@dispatch-office.example\nPhone: +234 80 5555 %04d\n\n'
         'Note: you are advised to stop all communication with anyone else regarding this payment, as many '
         'impostors are out there. \u2018Be wise\u2019.\n\nYours faithfully,\nMrs. Caroline Odum\n' % r.randint(0, 9999))
    body = text(t, cs='windows-1252', cte='quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    pre = [('from [192.168.1.%d] (helo=User)\n\tby mail.valleyview-dental.example with esmtpa (Exim 4.77)\n\t(envelope-from <%s>)\n\tid %s-000%s-%s; {d}'
            % (r.randint(2, 250), env, rlow(r, 6, B62), rlow(r, 3, B62), rlow(r, 2, B62)), 0, '-0400', 0)]
    return build(r, org='C', rcpt=rc, env=env, sent='2012-05-22 17:32:16', soff='-0400', pre=pre,
                 conn=('mail.valleyview-dental.example', 'mail.valleyview-dental.example', ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=pass smtp.mailfrom=valleyview-dental.example; dkim=none'),
                 headers=[('From', '"UNITED NATIONS" <%s>' % env), ('Reply-To', 'atmcard.dept2012@dispatch-office.example'),
                          ('Subject', 'YOUR ATM CARD PAYMENT (REF:UN/WB/0412)'), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'Microsoft Windows Live Mail 15.4.3502.922'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V15.4.3502.922'),
                          ('Message-ID', '<%s$%s$%s@valleyview-dental.example>' % (rhex(r, 12), rhex(r, 8), rhex(r, 8))),
                          ('To', 'Recipients <%s>' % env)], body=body)


@reg(58, 'spam', 'weight loss (raspberry ketone), 2012 style', 'text/html; utf-8; quoted-printable')
def t58(r):
    rc = 'kath@harbourline.test'
    dom = '%s-news%d.example' % (rlow(r, 6, AZ), r.randint(1, 9))
    html = ('<html><body style="font-family:Georgia;max-width:600px">\n'
            '<p style="font-size:11px;color:#c00">HEALTH REPORT \u00b7 Special Edition</p>\n'
            '<h2>Mum loses 26 lbs with \u201cmiracle\u201d fruit \u2013 doctors amazed</h2>\n'
            '<p>Raspberry ketone was featured on daytime TV as a \u201cfat burner in a bottle\u201d. We asked a '
            'reporter to try it for four weeks. What happened next surprised everyone in our newsroom.</p>\n'
            '<p><a href="http://%s/rk/%s">Read the full story and claim a trial</a></p>\n'
            '<p style="font-size:9px;color:#aaa">This is an advertisement and not an actual news article. '
            'Click <a href="http://%s/x/%s">here</a> to opt out.</p>\n</body></html>\n' % (dom, rlow(r, 8), dom, rlow(r, 8)))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env='%s@%s' % (rlow(r, 10), dom), sent='2012-07-09 12:05:38', soff='-0700',
                 conn=('%s.%s' % (rlow(r, 4, AZ), dom), None, ip),
                 auth=('Received-SPF', 'pass (mx.harbourline.test: domain of %s designates %s as permitted sender)' % (dom, ip)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'default')), ('Message-ID', '<%s@%s>' % (rlow(r, 24), dom)),
                          ('From', '"Health Report" <report@%s>' % dom), ('To', rc),
                          ('Subject', ew('Mum loses 26 lbs with \u201cmiracle\u201d fruit', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(59, 'spam', 'pump-and-dump stock alert, HTML + inline PNG chart', 'multipart/related (html + image/png); us-ascii; quoted-printable')
def t59(r):
    rc = 'm.tennant@kestrel-eng.example'
    dom = 'otc-%s-alerts.example' % rlow(r, 5, AZ)
    cid = 'chart%d@%s' % (r.randint(100, 999), dom)
    html = ('<html><body style="font-family:Arial;width:620px">\n<h1 style="color:#b30000">URGENT ALERT: LNRG</h1>\n'
            '<p><b>Lunar Ridge Energy Corp. (OTCQB: LNRG)</b> &ndash; currently $0.31, 30-day target $2.40.</p>\n'
            '<p><img src="cid:%s" width="480" height="220" alt="LNRG chart"></p>\n'
            '<p>LNRG controls the mineral rights to 11,000 acres adjacent to a major lithium discovery in Nevada. '
            'With electric car makers scrambling for supply, we believe this tiny company could be the '
            'takeover story of the year. Volume surged 900%% on Friday.</p>\n'
            '<p style="font-size:9px;color:#666">Disclaimer: %s has been compensated twenty-five thousand dollars '
            'by a third party for the dissemination of this information. We may sell shares at any time. '
            'This is not investment advice.</p>\n</body></html>\n' % (cid, dom))
    b = '----=_Part_%d_%d.%d' % (r.randint(100, 9999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    body = multi('related', [text(html, 'html', 'us-ascii', 'quoted-printable'),
                             binpart('image/png', png(r, 6, 4), 'chart.png', disp='inline', cid=cid)], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='B', rcpt=rc, env='alerts@%s' % dom, sent='2012-09-17 08:30:00', soff='-0400',
                 conn=('mx.%s' % dom, None, ip),
                 auth=('Received-SPF', 'Pass (KESEDGE02.kestrel-eng.example: domain of alerts@%s designates %s as permitted sender)' % (dom, ip)),
                 headers=[('Date', '{DATE}'), ('From', 'OTC Alerts <alerts@%s>' % dom), ('To', rc),
                          ('Message-ID', '<%d.%d.%d.JavaMail.mail@mx.%s>' % (r.randint(10**6, 10**7), r.randint(100, 999), r.randint(10**12, 10**13), dom)),
                          ('Subject', 'LNRG - lithium play, act before the open'),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('List-Unsubscribe', '<mailto:remove@%s>' % dom)], body=body)


@reg(60, 'spam', 'HARP mortgage refinance, DKIM-signed bulk', 'multipart/alternative; us-ascii; quoted-printable; List-Unsubscribe')
def t60(r):
    rc = 'r.okafor@northfield.edu.example'
    dom = '%s-homeloans.example' % rlow(r, 5, AZ)
    tok = rlow(r, 20, B62)
    plain = ('President Obama\'s HARP program was extended for 2012.\n\nIf you owe more than your home is '
             'worth, you may still qualify to refinance at today\'s record low rates - as low as 3.25%% APR '
             '(3.41%% APR). No appraisal in most cases.\n\nCheck eligibility in 60 seconds: http://%s/harp/%s\n\n'
             'Not affiliated with any government agency. Unsubscribe: http://%s/u/%s\n' % (dom, tok, dom, tok))
    html = ('<html><body style="font-family:Arial"><table width="600">\n'
            '<tr><td><h2>HARP was extended for 2012</h2></td></tr>\n'
            '<tr><td>Underwater on your mortgage? You may still qualify to refinance at record low rates &ndash; '
            'as low as <b>3.25%% APR</b> (3.41%% APR). No appraisal in most cases.</td></tr>\n'
            '<tr><td><a href="http://%s/harp/%s">Check eligibility in 60 seconds</a></td></tr>\n'
            '<tr><td style="font-size:10px;color:#888">Not affiliated with any government agency. '
            '<a href="http://%s/u/%s">Unsubscribe</a></td></tr></table></body></html>\n' % (dom, tok, dom, tok))
    b = 'b1_%s' % rhex(r, 32).lower()
    body = multi('alternative', [text(plain, cs='us-ascii', cte='quoted-printable'),
                                 text(html, 'html', 'us-ascii', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env='bounce+%s@mta.%s' % (tok[:10], dom), sent='2012-11-27 10:18:41', soff='-0800',
                 conn=('mta.%s' % dom, 'mta.%s' % dom, ip),
                 auth=('Authentication-Results', 'mx1.northfield.edu.example; spf=pass smtp.mailfrom=mta.%s; dkim=pass header.i=@%s' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 's1024', 'date:to:from:subject:message-id:list-unsubscribe:mime-version:content-type')),
                          ('Date', '{DATE}'), ('To', rc), ('From', 'Home Loan Center <rates@%s>' % dom),
                          ('Subject', 'Underwater? HARP refinance for 2012'),
                          ('Message-ID', '<%s@mta.%s>' % (rhex(r, 32).lower(), dom)),
                          ('X-Mailer', 'PHPMailer 5.2.1 (http://code.google.com/a/apache-extras.org/p/phpmailer/)'),
                          ('List-Unsubscribe', '<http://%s/u/%s>' % (dom, tok)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)
