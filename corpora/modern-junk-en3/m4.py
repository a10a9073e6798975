from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(31, 'spam', '419 lottery claims agent follow-up', 'text/plain; us-ascii; 7bit; freemail')
def t31(r):
    rc = 'enquiries@wexley.ac.test'
    env = 'barr.edwin_okoro%d@yahoo.example' % r.randint(1, 9)
    t = ('FROM THE DESK OF BARR. EDWIN OKORO (ESQ.)\nCLAIMS AGENT / LEGAL ADVISER\n\n'
         'Attention: Beneficiary,\n\n'
         'This is to bring to your notice that I have been appointed by the Promotions Board as the '
         'official claims agent to process the release of your winning prize of GBP 950,000.00 in the '
         'Microsoft/Yahoo Online Sweepstakes. Several mails have been sent to you without response.\n\n'
         'To avoid your funds being returned to the treasury as unclaimed, you are required to reconfirm '
         'the following details immediately:\n\n1. Full names\n2. Home address\n3. Age and sex\n'
         '4. Occupation\n5. Mobile number\n6. Winning reference number\n\n'
         'Please note that the non-residential clearance certificate fee of GBP 285 must be paid before '
         'your cheque can be couriered to you. Details of payment will be sent upon your response.\n\n'
         'Barr. Edwin Okoro\nTel: +44 70 5555 %04d\n' % r.randint(0, 9999))
    body = text(t)
    mip = '192.0.2.%d' % r.randint(2, 250)
    web = 'web%d.mail.re%d.yahoo.example' % (r.randint(30000, 59999), r.randint(1, 4))
    pre = [('from [%s] by %s via HTTP; {d}' % (mip, web), 0, '-0700', 3)]
    return build(r, org='E', rcpt=rc, env=env, sent='2008-05-20 03:41:15', soff='-0700', pre=pre,
                 conn=(web, None, '198.51.100.%d' % r.randint(2, 250)),
                 auth=('Authentication-Results', 'esa1.wexley.ac.test; dkim=neutral (message not signed) header.i=none'),
                 headers=[('Message-ID', '<%d.%d.qmail@%s>' % (r.randint(10**8, 10**9 - 1), r.randint(10000, 99999), web)),
                          ('X-YMail-OSG', rb64(r, 60)), ('Date', '{DATE}'),
                          ('From', 'Barr Edwin Okoro <%s>' % env), ('Subject', 'RE: YOUR UNCLAIMED PRIZE (FINAL NOTICE)'),
                          ('To', 'undisclosed recipients: ;'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(32, 'phish', 'webmail quota exceeded, sent to a university', 'text/plain; iso-8859-1; 7bit; compromised account')
def t32(r):
    rc = 'physics-office@northfield.edu.example'
    env = 'rvandeberg@cascadia-univ.example'
    t = ('Dear Webmail User,\n\n'
         'This message is from the Webmail Help Desk to all our account owners. Your mailbox has exceeded '
         'the storage limit which is 20GB as set by your administrator, you are currently running on 20.9GB. '
         'You may not be able to send or receive new mail until you re-validate your mailbox.\n\n'
         'To re-validate your mailbox, please reply with the information below:\n\n'
         'CURRENT USERNAME: (                )\nCURRENT PASSWORD: (                )\n'
         'CONFIRM PASSWORD: (                )\nE-MAIL ADDRESS:   (                )\n\n'
         'Failure to do this will result in your account being deactivated within 24 hours.\n\n'
         'Thanks\nSystem Administrator\n')
    body = text(t, cs='iso-8859-1', cte='7bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    pre = [('from 203.0.113.%d\n        (SquirrelMail authenticated user rvandeberg)\n        by webmail.cascadia-univ.example with HTTP;\n        {d}' % r.randint(2, 250), 0, '-0700', 0),
           ('from webmail.cascadia-univ.example (localhost [127.0.0.1])\n\tby mail.cascadia-univ.example (Postfix) with ESMTP id %s;\n\t{d}' % rhex(r, 10), 1, '-0700', 0)]
    return build(r, org='A', rcpt=rc, env=env, sent='2008-09-15 22:10:36', soff='-0700', pre=pre,
                 conn=('mail.cascadia-univ.example', 'mail.cascadia-univ.example', ip),
                 auth=('Received-SPF', 'pass (mx1.northfield.edu.example: domain of cascadia-univ.example designates %s as permitted sender)' % ip),
                 headers=[('Message-ID', '<%d.203.0.113.%d.squirrel@webmail.cascadia-univ.example>' % (r.randint(1000, 9999), r.randint(2, 250))),
                          ('Date', '{DATE}'), ('Subject', 'Webmail Account Upgrade Notice'),
                          ('From', '"Webmail Help Desk" <%s>' % env), ('Reply-To', 'webmail.helpdesk.admin@freemailbox.example'),
                          ('User-Agent', 'SquirrelMail/1.4.13'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Priority', '3 (Normal)'), ('Importance', 'Normal'), ('To', 'undisclosed-recipients:;')], body=body)


@reg(33, 'spam', 'replica handbags, snowshoe domain', 'text/html; utf-8; base64')
def t33(r):
    rc = 'jmoralez@ashford-county.gov.test'
    dom = '%s-%s.example' % (r.choice(['chic', 'lux', 'mode']), rlow(r, 5, AZ))
    bags = ['Louis Vuitton Speedy 30', 'Chanel 2.55 Classic Flap', 'Gucci Jackie Hobo', 'Herm\u00e8s Birkin 35', 'Prada Nylon Tote']
    html = ('<html><body style="font-family:Georgia">\n<h3>Designer handbags \u2013 mirror image quality</h3>\n<ul>\n'
            + ''.join('<li>%s \u2026 only $%d</li>\n' % (b, r.randint(129, 289)) for b in bags)
            + '</ul>\n<p>Genuine leather, serial numbers, dust bag and authenticity cards included. Free gift '
            'wrapping for the holidays.</p>\n<p><a href="http://www.%s/bags/">Shop the autumn collection</a></p>\n'
            '</body></html>\n' % dom)
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='C', rcpt=rc, env='return@%s' % dom, sent='2008-10-06 09:55:12', soff='+0800',
                 conn=('smtp.%s' % dom, 'smtp.%s' % dom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; sender-id=pass header.from=sales@%s; spf=pass smtp.mailfrom=return@%s' % (dom, dom)),
                 headers=[('From', '"Lux Boutique" <sales@%s>' % dom), ('To', rc),
                          ('Subject', 'Autumn bags at 90% off retail'), ('Date', '{DATE}'),
                          ('Message-ID', '<%d.%s@smtp.%s>' % (r.randint(10**9, 10**10), rhex(r, 6), dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(34, 'spam', '"make money with Google" kit', 'multipart/alternative; us-ascii; 7bit')
def t34(r):
    rc = 'neil@harbourline.test'
    dom = 'googlecashkit-%s.example' % rlow(r, 3, AZ)
    plain = ('I Made $7,413 Last Month Posting Links On Google!\n\n'
             '"I was a single mum behind on every bill. Now I earn from home 2-3 hours a day." - Jenny T.\n\n'
             'Get your Google Money Kit for just the $1.97 shipping cost. Limited kits left in your area.\n\n'
             'http://%s/kit/?a=%d\n\n'
             'Results not typical. Google is a trademark of its owner, which does not endorse this offer.\n'
             % (dom, r.randint(1000, 9999)))
    html = ('<html><body style="font-family:Arial">\n<h2>I Made $7,413 Last Month Posting Links On Google!</h2>\n'
            '<p><i>&quot;I was a single mum behind on every bill. Now I earn from home 2-3 hours a day.&quot;</i> &ndash; Jenny T.</p>\n'
            '<p>Get your <b>Google Money Kit</b> for just the $1.97 shipping cost.</p>\n'
            '<p><a href="http://%s/kit/?a=%d">Reserve my kit</a></p></body></html>\n' % (dom, r.randint(1000, 9999)))
    b = 'Boundary-00=_%s' % rlow(r, 20, B62)
    body = multi('alternative', [text(plain), text(html, 'html')], b, preamble='')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env='kit@%s' % dom, sent='2008-12-03 17:26:49', soff='-0600',
                 conn=('mx%d.%s' % (r.randint(1, 5), dom), None, ip),
                 auth=('Received-SPF', 'neutral (mx.harbourline.test: %s is neither permitted nor denied by domain of %s)' % (ip, dom)),
                 headers=[('Subject', 'Jenny made $7,413 working from her kitchen'), ('From', 'Jenny Tolliver <kit@%s>' % dom),
                          ('To', rc), ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-Id', '<%s.%s@%s>' % (rlow(r, 12), rlow(r, 6), dom))], body=body)


@reg(35, 'spam', 'fake antivirus / scareware', 'text/html; windows-1252; quoted-printable')
def t35(r):
    rc = 'info@kestrel-eng.example'
    dom = 'pc-defender-%s.example' % rlow(r, 4, AZ)
    html = ('<html><body>\n<table width="500" style="border:2px solid #cc0000;font-family:Tahoma;font-size:12px">\n'
            '<tr><td style="background:#cc0000;color:#fff"><b>&#9888; WARNING: Your computer may be infected!</b></td></tr>\n'
            '<tr><td>Our online scan detected <b>37 threats</b> on your system, including Trojan.Zlob, '
            'Win32.Spyware.Agent and Backdoor.Rustock. Your bank passwords and credit card numbers may be at risk.<br><br>\n'
            'Remove all threats now with <b>Antivirus XP 2009</b> \x96 the #1 rated protection.<br><br>\n'
            '<a href="http://%s/scan/av2009setup.exe">REMOVE THREATS NOW</a></td></tr>\n'
            '</table></body></html>\n' % dom)
    html = html.replace('\x96', '\u2013')
    body = text(html, 'html', 'windows-1252', 'quoted-printable')
    host = rlow(r, 6, AZ)
    return build(r, org='B', rcpt=rc, env='%s@%s' % (rlow(r, 6, AZ), dom), sent='2009-01-13 12:14:05', soff='+0100',
                 conn=(host, None, '203.0.113.%d' % r.randint(2, 250)),
                 auth=('Received-SPF', 'None (KESEDGE02.kestrel-eng.example: %s does not designate permitted sender hosts)' % dom),
                 headers=[('From', '"Security Center" <alert@%s>' % dom), ('To', rc),
                          ('Subject', 'Security Alert: 37 threats detected'), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('Message-ID', '<%s@%s>' % (rhex(r, 16), host))], body=body)


@reg(36, 'spam', 'work-from-home / envelope stuffing', 'text/plain; us-ascii; 7bit')
def t36(r):
    rc = 'mpark@northfield.edu.example'
    env = '%s@%s.example' % (rlow(r, 7, AZ), rlow(r, 9, AZ))
    t = ('Hello,\n\nAre you tired of the commute? Our company needs home workers to process rebate '
         'forms and mail packages. Flexible hours - you decide how much you work. Earn $25 per form, '
         'most of our associates process 30-40 forms a week.\n\nThis is not MLM. No selling, no phone calls.\n\n'
         'To request the free information package reply with "INFO" in the subject line, together '
         'with your name and postal address.\n\nThanks,\nRhonda\nHome Associate Program\n')
    body = text(t)
    ip = '198.51.100.%d' % r.randint(2, 250)
    host = 'ppp-%s.dynamic.example' % ip.replace('.', '-')
    return build(r, org='A', rcpt=rc, env=env, sent='2009-02-24 08:01:44', soff='-0500',
                 conn=('[%s]' % ip, host, ip),
                 auth=('Authentication-Results', 'mx1.northfield.edu.example; spf=softfail smtp.mailfrom=%s' % env),
                 headers=[('Date', '{DATE}'), ('From', 'Rhonda <%s>' % env), ('To', rc),
                          ('Subject', 'home workers needed in your area'), ('*MIME*', None)], body=body)


@reg(37, 'phish', 'Western Union / MoneyGram transfer notice', 'text/html; iso-8859-1; quoted-printable')
def t37(r):
    rc = 'p.nowak@wexley.ac.test'
    host = 'wu-track.%s.example' % rlow(r, 6, AZ)
    mtcn = '%010d' % r.randrange(10**10)
    html = ('<html><body style="font-family:Arial;font-size:12px">\n<p><b>WESTERN UNION</b> Money Transfer</p>\n'
            '<p>Dear Customer,</p>\n<p>A money transfer of <b>$2,340.00 USD</b> has been sent to you. The '
            'transfer is on hold pending confirmation of the receiver\'s identity, because the sender '
            'asked for a security question to be applied.</p>\n'
            '<p>MTCN: <b>%s</b><br>Sender: Thomas Whitfield<br>Status: AWAITING RECEIVER VERIFICATION</p>\n'
            '<p>To release the funds, verify your details online (identity card number and bank card required): '
            '<a href="http://%s/release.php?mtcn=%s">Release transfer</a></p>\n'
            '<p>Western Union Financial Services, Inc.</p></body></html>\n' % (mtcn, host, mtcn))
    body = text(html, 'html', 'iso-8859-1', 'quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env='noreply@westernunion-transfers.example', sent='2009-04-07 14:38:27', soff='-0400',
                 conn=('westernunion-transfers.example', None, ip),
                 auth=('Authentication-Results', 'esa1.wexley.ac.test; spf=fail smtp.mailfrom=noreply@westernunion-transfers.example; dkim=none'),
                 headers=[('From', '"Western Union" <noreply@westernunion-transfers.example>'), ('To', rc),
                          ('Subject', 'Money Transfer Control Number %s' % mtcn), ('Date', '{DATE}'),
                          ('Message-ID', '<%s@westernunion-transfers.example>' % rhex(r, 20).lower()),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'Microsoft Office Outlook 12.0')], body=body)


@reg(38, 'spam', 'SEO cold pitch from freemail', 'text/plain; ISO-8859-1; 7bit; DKIM')
def t38(r):
    rc = 'sales@harbourline.test'
    env = 'seo.rankexperts%d@gmail.example' % r.randint(1, 99)
    t = ('Hi,\n\nI was checking your website harbourline.test and noticed it is not ranking on the first '
         'page of Google for many of your important keywords. I also found some on-page problems like '
         'missing meta tags, slow loading and very few quality back links.\n\n'
         'We are a team of 40+ SEO professionals and we can put your site on the first page of Google, '
         'Yahoo and Bing within 90 days, guaranteed. Our packages start from just $199 a month.\n\n'
         'If you are interested, reply to this email and I will send you a free website analysis report '
         'with a detailed proposal.\n\nRegards,\nRohit Verma\nOnline Marketing Consultant\n\n'
         'P.S. If you are not interested, just reply with "REMOVE".\n')
    body = text(t, cs='ISO-8859-1', cte='7bit')
    pre = [('by 10.90.%d.%d with HTTP; {d}' % (r.randint(1, 250), r.randint(1, 250)), 0, '-0700', 0),
           ('by 10.90.%d.%d with SMTP id %s;\n        {d}' % (r.randint(1, 250), r.randint(1, 250), rlow(r, 8)), 0, '-0700', 0)]
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env=env, sent='2009-05-19 23:02:15', soff='+0530', pre=pre,
                 conn=('mail-fx%d.gmail.example' % r.randint(1, 99), None, ip),
                 auth=('Received-SPF', 'pass (mx.harbourline.test: domain of gmail.example designates %s as permitted sender)' % ip),
                 headers=[('DKIM-Signature', dkim(r, 'gmail.example', 'gamma', 'domainkey-signature:mime-version:received:date:message-id:subject:from:to:content-type')),
                          ('MIME-Version', '1.0'), ('Date', '{DATE}'),
                          ('Message-ID', '<%s@mail.gmail.example>' % rlow(r, 40, AZ + '0123456789')),
                          ('Subject', 'Website Ranking'), ('From', 'Rohit Verma <%s>' % env), ('To', rc), ('*MIME*', None)],
                 body=body)


@reg(39, 'spam', 'mailing-list seller', 'text/plain; us-ascii; quoted-printable')
def t39(r):
    rc = 'clerk@ashford-county.gov.test'
    dom = 'bizleads-%s.example' % rlow(r, 4, AZ)
    t = ('THIS WEEK ONLY - 2009 BUSINESS & CONSUMER LISTS\n\n'
         '  * US Physicians (all specialties) ....... 788,000 records\n'
         '  * Dentists ............................... 164,000 records\n'
         '  * Chiropractors ........................... 66,000 records\n'
         '  * Real Estate Agents ..................... 1.1 million records\n'
         '  * US Business Executives ................. 5.2 million records\n'
         '  * Hotels and Motels ....................... 59,000 records\n\n'
         'Every record with name, company, mailing address, phone, fax and e-mail, delivered in Excel. '
         'Any list $99, three lists for $249, or the complete package for $399.\n\n'
         'Reply to %s@%s for a sample.\n\n'
         'to be removed reply with remove in subject\n' % (r.choice(['lorna', 'ray', 'del']), dom))
    body = text(t, cte='quoted-printable', w=0)
    host = rlow(r, 8, AZ)
    return build(r, org='C', rcpt=rc, env='%s@%s' % (rlow(r, 4, AZ), dom), sent='2009-06-30 10:27:58', soff='-0700',
                 conn=(host, 'unknown', '203.0.113.%d' % r.randint(2, 250)),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=none smtp.mailfrom=%s' % dom),
                 headers=[('To', rc), ('Subject', 'lists for every industry - sale'), ('From', 'Database Sales <sales@%s>' % dom),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-ID', '%s.%s@%s' % (rhex(r, 8), rhex(r, 4), host))], body=body)


@reg(40, 'spam', 'Chinese factory export pitch (LED lighting)', 'multipart/alternative; utf-8; base64; Foxmail')
def t40(r):
    rc = 'm.tennant@kestrel-eng.example'
    env = 'sales03@sz-brightstar-led.example'
    plain = ('Dear Purchasing Manager,\n\nGood day!\n\n'
             'This is Cindy from Shenzhen Brightstar Optoelectronic Co., Ltd. We are a professional '
             'manufacturer of LED lighting products for 8 years, with CE, RoHS and UL certificates.\n\n'
             'Our main products: LED bulbs, LED tubes T8/T5, LED spotlights MR16/GU10, LED floodlights and '
             'LED street lights. Our products have been exported to Europe, America and Middle East.\n\n'
             'Now we have a promotion for 10W LED floodlight: FOB Shenzhen USD 9.80/pc, MOQ 500 pcs.\n\n'
             'If you have any inquiry please feel free to contact me, free samples can be sent for test.\n\n'
             'Best regards\nCindy Liu (\u5218\u6668\u66e6)\nShenzhen Brightstar Optoelectronic Co., Ltd\n'
             'Tel: +86-755-5555-%04d  Skype: cindy.brightstar\n' % r.randint(0, 9999))
    html = '<html><body><div style="font-size:10.5pt;font-family:Verdana">' + ''.join(
        '<div>%s</div>\n' % (l if l else '&nbsp;') for l in plain.split('\n')) + '</div></body></html>\n'
    b = '----=_001_NextPart%d_=----' % r.randint(100000000000, 999999999999)
    body = multi('alternative', [text(plain, cs='utf-8', cte='base64', quote=True, w=0),
                                 text(html, 'html', 'utf-8', 'base64', quote=True)], b)
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='B', rcpt=rc, env=env, sent='2009-08-11 16:46:09', soff='+0800',
                 conn=('mail.sz-brightstar-led.example', None, ip),
                 auth=('Received-SPF', 'Pass (KESEDGE02.kestrel-eng.example: domain of sz-brightstar-led.example designates %s as permitted sender)' % ip),
                 headers=[('Date', '{DATE}'), ('From', '"Cindy" <%s>' % env), ('To', '"m.tennant" <%s>' % rc),
                          ('Subject', 'LED floodlight promotion - factory price'),
                          ('X-Priority', '3'), ('X-GUID', '%s-%s-%s-%s-%s' % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12))),
                          ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 6, 15, 201, 21 [cn]'),
                          ('Mime-Version', '1.0'), ('Message-ID', '<%d%s@sz-brightstar-led.example>' % (r.randint(10**11, 10**12), rlow(r, 4))),
                          ('*MIME*', None)], body=body)


@reg(41, 'spam', 'unsolicited travel deals, snowshoe + DKIM', 'multipart/alternative; iso-8859-1; quoted-printable; List-Unsubscribe')
def t41(r):
    rc = 'kmurphy@northfield.edu.example'
    dom = '%s-getaways.example' % rlow(r, 6, AZ)
    tok = rlow(r, 24, B62)
    deals = [('Cancun, 5 nights all-inclusive', 499), ('Las Vegas + flight', 219), ('Orlando family package', 349),
             ('Costa Rica eco lodge', 612), ('London, 4 nights hotel + air', 729)]
    plain = 'Winter escapes from $219 - this week only\n\n' + ''.join('- %s: from $%d\n' % d for d in deals) + \
        ('\nBook by Friday: http://%s/w/%s\n\nYou received this because you or someone using your address '
         'signed up with one of our travel partners. Unsubscribe: http://%s/unsub/%s\n'
         '%s Travel Marketing, 900 Biscayne Blvd, Miami FL\n' % (dom, tok, dom, tok, dom.split('-')[0].title()))
    html = ('<html><body><table width="600" style="font-family:Trebuchet MS">\n'
            '<tr><td style="font-size:22px;color:#0a6ea8">Winter escapes from $219</td></tr>\n'
            + ''.join('<tr><td>%s &mdash; <b>from $%d</b></td></tr>\n' % d for d in deals)
            + '<tr><td><a href="http://%s/w/%s">See all deals</a></td></tr>\n'
            '<tr><td style="font-size:10px">Unsubscribe: <a href="http://%s/unsub/%s">click here</a></td></tr>\n'
            '</table></body></html>\n' % (dom, tok, dom, tok))
    b = '----=_Part_%d_%d.%d' % (r.randint(10000, 99999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    body = multi('alternative', [text(plain, cs='iso-8859-1', cte='quoted-printable'),
                                 text(html, 'html', 'iso-8859-1', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env='bounce-%s@mail.%s' % (tok[:10], dom), sent='2009-11-18 06:15:22', soff='-0500',
                 conn=('mail.%s' % dom, 'mail.%s' % dom, ip),
                 auth=('Authentication-Results', 'mx1.northfield.edu.example; spf=pass smtp.mailfrom=mail.%s; dkim=pass header.i=@%s' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'k1', 'from:to:subject:date:list-unsubscribe')),
                          ('Date', '{DATE}'), ('From', '"Sunway Deals" <deals@%s>' % dom), ('To', '<%s>' % rc),
                          ('Message-ID', '<%d.%d.JavaMail.app@mail.%s>' % (r.randint(10**8, 10**9), r.randint(1000, 9999), dom)),
                          ('Subject', 'Winter escapes from $219 - this week only'), ('MIME-Version', '1.0'),
                          ('*MIME*', None), ('List-Unsubscribe', '<http://%s/unsub/%s>' % (dom, tok)),
                          ('Precedence', 'bulk')], body=body)


@reg(42, 'spam', 'Facebook-style "new message" notification leading to pharmacy', 'text/html; utf-8; quoted-printable')
def t42(r):
    rc = 'h.greer@wexley.ac.test'
    link = 'http://%s.%s.example/%s' % (rlow(r, 5, AZ), rlow(r, 8, AZ), rlow(r, 6))
    html = ('<html><body style="font-family:lucida grande,tahoma,verdana;font-size:11px;color:#333">\n'
            '<div style="background:#3b5998;color:#fff;padding:5px;font-weight:bold">facebook</div>\n'
            '<p>Hi %s,</p>\n<p>Miranda Hollis sent you a message on Facebook\u2026</p>\n'
            '<p style="border-left:3px solid #ccc;padding-left:6px">"hey!! long time no see, is this you in '
            'these photos?? lol"</p>\n<p><a href="%s">See the message</a></p>\n'
            '<p style="color:#999">The Facebook Team</p>\n</body></html>\n' % ('Harriet', link))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    host = rlow(r, 7, AZ)
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env='notification+%s@facebookmail.example' % rlow(r, 10, AZ), sent='2010-01-26 20:19:33', soff='-0800',
                 conn=(host, None, ip),
                 auth=('Authentication-Results', 'esa1.wexley.ac.test; spf=softfail smtp.mailfrom=facebookmail.example; dkim=none'),
                 headers=[('Message-ID', '<%s@%s>' % (rhex(r, 10), host)),
                          ('From', 'Facebook <notification+%s@facebookmail.example>' % rlow(r, 10, AZ)),
                          ('To', 'Harriet Greer <%s>' % rc), ('Subject', 'Miranda Hollis sent you a message on Facebook...'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(43, 'phish', 'Facebook password reset lure with zip placeholder', 'multipart/mixed (text/plain + application/zip); us-ascii')
def t43(r):
    rc = 'kath@harbourline.test'
    t = ('Dear user of facebook,\n\nBecause of the measures taken to provide safety to our clients, your '
         'password has been changed.\nYou can find your new password in the attached document.\n\n'
         'Thanks,\nYour Facebook.\n')
    b = '----=_NextPart_000_000%d_01CAC7%s.%s' % (r.randint(0, 9), rhex(r, 2), rhex(r, 8))
    z = zipfile_bytes('Facebook_Password_%d.txt' % r.randint(1000, 9999), 'placeholder text only, nothing executable\n', (2010, 3, 16, 12, 0, 0))
    body = multi('mixed', [text(t, quote=True), binpart('application/x-zip-compressed', z, 'Facebook_Password_%d.zip' % r.randint(1000, 9999))], b)
    host = rlow(r, 8, AZ)
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env='kath@harbourline.test', sent='2010-03-16 14:31:28', soff='+0100', gdelay=20,
                 conn=(host, None, ip),
                 auth=('Received-SPF', 'fail (mx.harbourline.test: domain of harbourline.test does not designate %s as permitted sender)' % ip),
                 headers=[('From', '"Facebook" <support@facebook.example>'), ('To', '<%s>' % rc),
                          ('Subject', 'Facebook Password Reset Confirmation! Your Support.'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Priority', '3'),
                          ('X-MSMail-Priority', 'Normal'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2600.0000'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2600.0000'),
                          ('Message-ID', '<000d01cac5%s$%s$%s@%s>' % (rhex(r, 2).lower(), rhex(r, 8).lower(), rhex(r, 8).lower(), host))], body=body)


@reg(44, 'spam', 'penny auction, DKIM-signed snowshoe', 'text/html; us-ascii; 7bit; List-Unsubscribe')
def t44(r):
    rc = 'tbrennan@ashford-county.gov.test'
    dom = 'bidsnap%s.example' % rlow(r, 2, '0123456789')
    tok = rlow(r, 18, B62)
    items = [('Apple iPad 64GB Wi-Fi', 23.41), ('55" LED HDTV', 61.07), ('Nikon D3000 camera', 14.88), ('$500 Walmart gift card', 9.12)]
    html = ('<html><body><table width="600" style="font-family:Arial">\n<tr><td><h2>SOLD for pennies!</h2>'
            '<p>These items closed in our auctions this week:</p></td></tr>\n'
            + ''.join('<tr><td>%s &ndash; sold for <b>$%.2f</b></td></tr>\n' % i for i in items)
            + '<tr><td><p>Every bid raises the price by just one cent. Sign up today and get <b>10 free bids</b>.</p>'
            '<p><a href="http://www.%s/join/%s">Start bidding</a></p></td></tr>\n'
            '<tr><td style="font-size:10px;color:#777">To stop receiving these offers use '
            '<a href="http://www.%s/opt/%s">this page</a> or write to 1801 Eastlake Ave, Suite 3, Seattle WA.</td></tr>\n'
            '</table></body></html>\n' % (dom, tok, dom, tok))
    body = text(html, 'html')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='C', rcpt=rc, env='rtn-%s@m.%s' % (tok[:8], dom), sent='2010-05-04 13:50:07', soff='-0700',
                 conn=('m%d.%s' % (r.randint(1, 9), dom), 'm.%s' % dom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; dkim=pass (1024-bit key) header.i=@%s; spf=pass smtp.mailfrom=m.%s' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'mail', 'from:to:subject:date:message-id:list-unsubscribe:mime-version:content-type')),
                          ('From', 'BidSnap <hello@%s>' % dom), ('To', rc), ('Subject', 'iPad sold for $23.41 - seriously'),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@m.%s>' % (tok, dom)),
                          ('List-Unsubscribe', '<mailto:unsub-%s@m.%s>, <http://www.%s/opt/%s>' % (tok, dom, dom, tok)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(45, 'spam', 'web design / outsourcing cold pitch', 'text/plain; us-ascii; 7bit; Outlook 2007')
def t45(r):
    rc = 'd.harrow@kestrel-eng.example'
    env = 'anita@webcraft-solutions.example'
    t = ('Hello Sir/Madam,\n\n'
         'Greetings of the day!\n\n'
         'We are a leading website designing and development company based in Noida, India with 9 years '
         'experience and more than 1,200 projects delivered to clients in the UK, USA and Australia.\n\n'
         'Our services:\n- Website redesign and new websites (PHP, .NET, Joomla, WordPress)\n'
         '- E-commerce shopping carts\n- Mobile apps for iPhone and Android\n- Search engine optimisation\n\n'
         'We offer a dedicated developer at just $1,400 per month, or fixed price projects. Kindly let me '
         'know if you are interested, so that we can discuss further with you.\n\n'
         'Thanks & Regards,\nAnita Sharma\nBusiness Development Executive\n\n'
         'If this is not of your interest, please reply back with "Unsubscribe".\n')
    body = text(t)
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='B', rcpt=rc, env=env, sent='2010-06-22 15:08:51', soff='+0530',
                 conn=('ANITA-PC', None, ip),
                 auth=('Received-SPF', 'None (KESEDGE02.kestrel-eng.example: anita@webcraft-solutions.example does not designate permitted sender hosts)'),
                 headers=[('From', '"Anita Sharma" <%s>' % env), ('To', '<%s>' % rc), ('Subject', 'Website Redesign'),
                          ('Date', '{DATE}'), ('Message-ID', ol07_mid(r, 2010, 'webcraft-solutions.example')),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'Microsoft Office Outlook 12.0'),
                          ('Thread-Index', 'AcsS' + rb64(r, 24) + '=='), ('Content-Language', 'en-us')], body=body)
