"""English messages j01-j18 (2016-2020)."""
from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


def tb_ua(ver):
    return 'Mozilla/5.0 (Windows NT 10.0; WOW64; rv:%s) Gecko/20100101 Thunderbird/%s' % (ver.split('.')[0] + '.0', ver)


@reg(1, 'spam', 'en', 'fake antivirus renewal invoice, call-back number, no link', 'text/plain; us-ascii; 7bit; free-mail sender')
def j01(r):
    rc = 'mbarlow@northfield.edu.example'
    acct = 'techdesk.billing%d@outlook.example' % r.randint(10, 99)
    inv = 'SPT-%d-%04d' % (r.randint(100000, 999999), r.randint(0, 9999))
    t = ('Dear Customer,\n\n'
         'Thank you for staying protected with ShieldPoint Total Security Plus. This e-mail confirms that '
         'your subscription was renewed automatically for a further three (3) years and that the charge '
         'below has been authorised on the card we hold on file.\n\n'
         'Invoice number : %s\n'
         'Product        : ShieldPoint Total Security Plus - 5 devices\n'
         'Term           : 36 months\n'
         'Amount         : USD 389.99\n'
         'Payment method : Auto-debit\n\n'
         'The amount will appear on your statement within 24 to 48 hours. If you did not ask for this '
         'renewal, or you no longer own the computers covered by the plan, you are entitled to a full '
         'refund, but the request must be made by telephone so that a technician can remove the licence '
         'from your devices.\n\n'
         'Refund and cancellation desk (toll free, 7 days): +1 (888) 555-0147\n\n'
         'Please keep this message for your records. Refunds requested after 48 hours are not possible under '
         'the terms you agreed to when the software was first installed.\n\n'
         'Regards,\nBilling Department\nShieldPoint Protection Services\n' % inv)
    body = text(t, cs='us-ascii', cte='7bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    oip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env=acct, sent='2016-02-09 10:14:37', soff='-0800',
                 pre=[('from %s by DB5EUR03HT211.eop-eur03.prod.outlook.example with SMTP id 15.1.%d.%d via Frontend Transport; {d}'
                       % (oip, r.randint(300, 400), r.randint(1, 20)), 3, '+0000', 0)],
                 conn=('EUR03-DB5-obe.outbound.outlook.example', 'mail-db5eur03olkn0816.outbound.outlook.example', ip),
                 auth=auth_res('A', 'pass', 'pass header.d=outlook.example', 'pass (p=NONE)', acct, 'outlook.example'),
                 headers=[('From', 'ShieldPoint Billing <%s>' % acct), ('To', rc),
                          ('Subject', 'Renewal Confirmation - Invoice %s' % inv), ('Date', '{DATE}'),
                          ('Message-ID', '<DUB%s@DUB%s.eurprd03.prod.outlook.example>' % (rlow(r, 28, B62), rlow(r, 8, B62))),
                          ('X-Originating-IP', '[%s]' % oip), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(2, 'spam', 'en', 'pump-and-dump penny stock tip written as prose, no Message-ID', 'text/plain; us-ascii; 7bit; botnet, forged Thunderbird')
def j02(r):
    rc = 'accounts@harbourline.test'
    t = ('Good morning,\n\n'
         'I am going to keep this short because the window on this one is measured in days, not weeks. '
         'Coastal Lithium Dynamics (OTC: CLDX) closed yesterday at 0.071 after printing volume nearly '
         'eleven times its thirty day average, and nobody on the financial channels has noticed yet.\n\n'
         'Here is why I care. The company has filed for drilling permits on a brine property next to '
         'acreage that a major battery supplier bought last quarter for a nine figure sum. When the '
         'permits are granted, and my contact says that is imminent, the comparison writes itself. '
         'Small caps in the same position have run three hundred to six hundred percent in a single '
         'session.\n\n'
         'My own target for the first leg is 0.38. I am not telling you to mortgage the house. I am telling '
         'you that a modest position opened before Thursday could look very different by the end of the '
         'month, and that once the press release goes out you will be buying from the people who read '
         'this letter today.\n\n'
         'Do your own homework, but do it quickly.\n\n'
         'Grant\n\n'
         'This letter is for information only. The author may hold shares and may sell them at any time '
         'without notice. Compensation for distribution was received from a third party.\n')
    body = text(t, cs='us-ascii', cte='7bit', quote=False)
    ip = '192.0.2.%d' % r.randint(2, 250)
    helo = 'dsl-%d-%d.dynamic.telstrix.example' % (r.randint(10, 250), r.randint(10, 250))
    frm = 'grant.%s@%s.example' % (rlow(r, 5, AZ), rlow(r, 8, AZ))
    return build(r, org='D', rcpt=rc, env=frm, sent='2016-05-17 07:42:10', soff='-0500', tls=False,
                 conn=(helo, None, ip),
                 headers=[('To', rc), ('From', 'Grant Whitaker <%s>' % frm),
                          ('Subject', 'before thursday (CLDX)'), ('Date', '{DATE}'),
                          ('User-Agent', tb_ua('38.6.0')), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(3, 'phish', 'en', '"messages held" quarantine notice from a compromised web-mail account', 'text/html; utf-8; quoted-printable; Roundcube')
def j03(r):
    rc = 'j.okafor@wexley.ac.test'
    host = 'mail.%s-dental.example' % rlow(r, 6, AZ)
    link = 'http://%s.example/owa/release/?u=%s' % (rlow(r, 11, AZ), rlow(r, 16, B62))
    n = r.randint(6, 14)
    rows = ''.join('<tr><td style="padding:4px 8px;border-bottom:1px solid #ddd">%s</td><td style="padding:4px 8px;border-bottom:1px solid #ddd">%s</td></tr>\n' % (s, f)
                   for s, f in [('RE: Timetable changes for next term', 'registry office'),
                                ('Invoice 0042871 overdue', 'finance partner'),
                                ('Your parcel is waiting', 'courier notice'),
                                ('Minutes of governors meeting', 'clerk to governors')])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">\n'
            '<p><b>Wexley College Mail Protection</b></p>\n'
            '<p>You have <b>%d new messages</b> that were held in quarantine because our system could not '
            'confirm your mailbox settings during the overnight scan. Messages that are not released within '
            'three days are destroyed automatically.</p>\n'
            '<table style="border-collapse:collapse;font-size:13px">\n<tr><th align="left" style="padding:4px 8px">Subject</th><th align="left" style="padding:4px 8px">From</th></tr>\n%s</table>\n'
            '<p><a href="%s" style="background:#0063b1;color:#fff;padding:7px 16px;text-decoration:none">Review and release held messages</a></p>\n'
            '<p style="font-size:11px;color:#777">This is an automated message for %s. Do not reply to it.</p>\n'
            '</body></html>\n' % (n, rows, link, rc))
    body = text(html, 'html', 'UTF-8', 'quoted-printable')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'reception@%s' % host[5:]
    return build(r, org='E', rcpt=rc, env=frm, sent='2016-08-23 13:05:51', soff='+0100',
                 pre=[('from [10.0.0.%d] (unknown [198.51.100.%d])\n\tby %s (Postfix) with ESMTPA id %s;\n\t{d}'
                       % (r.randint(2, 200), r.randint(2, 250), host, rhex(r, 10)), 1, '+0100', 0)],
                 conn=(host, host, ip),
                 auth=auth_res('E', 'pass', 'none', 'none', frm, host[5:]),
                 headers=[('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Date', '{DATE}'), ('From', '"Mail Protection" <%s>' % frm),
                          ('To', 'undisclosed-recipients:;'),
                          ('Subject', 'Action required: %d messages held for delivery' % n),
                          ('Message-ID', '<%s@%s>' % (rhex(r, 32).lower(), host[5:])),
                          ('X-Sender', frm), ('User-Agent', 'Roundcube Webmail/1.1.5')], body=body)


@reg(4, 'spam', 'en', 'replica watches with hidden hash-buster text', 'text/html; utf-8; base64; forged Outlook 2010')
def j04(r):
    rc = 'procurement@ashford-county.gov.test'
    dom = '%s-%s.example' % (rlow(r, 5, AZ), r.choice(['lux', 'tick', 'dial']))
    hidden = buster(r, 40)
    html = ('<html><body>\n<div style="font-family:Georgia,serif;font-size:15px;width:560px">\n'
            '<p>Holiday gifting starts early this year. Our Swiss-grade automatic movements, sapphire '
            'crystal and 904L steel cases are finished by the same workshops season after season - and '
            'nobody but you will ever know the difference from the boutique piece.</p>\n'
            '<ul><li>Submariner and Daytona references from $189</li><li>Royal Oak and Nautilus homage lines from $245</li>'
            '<li>Ladies\' diamond bezels, hand set, from $210</li></ul>\n'
            '<p>Tracked shipping to the US, Canada and Europe, discreet packaging, and a one-year '
            'workmanship warranty on every order.</p>\n'
            '<p><a href="http://www.%s/?r=%s">Browse the autumn catalogue</a></p>\n'
            '<div style="display:none;font-size:1px;color:#ffffff">%s</div>\n'
            '</div></body></html>\n' % (dom, rlow(r, 8), hidden))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = '%s%d@%s' % (r.choice(['linda', 'mark', 'sales']), r.randint(10, 99), dom)
    return build(r, org='C', rcpt=rc, env=frm, sent='2016-11-02 19:33:08', soff='+0300', tls=False,
                 conn=('%s' % rlow(r, 9, AZ).upper(), 'host-%s.broadband.volgar.example' % '-'.join(ip.split('.')), ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=softfail smtp.mailfrom=%s' % frm),
                 headers=[('From', '"Luxury Time Outlet" <%s>' % frm), ('To', '<%s>' % rc),
                          ('Subject', 'Timeless style, friendly price %s' % rlow(r, 5)), ('Date', '{DATE}'),
                          ('Message-ID', mid_outlook(r, dom)), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook 14.0'), ('Thread-Index', thread_index(r)),
                          ('Content-Language', 'en-us')], body=body)


@reg(5, 'spam', 'en', 'B2B lead list: "installed base" technology-user contacts', 'text/plain; us-ascii; 7bit; free-mail with Reply-To elsewhere')
def j05(r):
    rc = 'r.patel@kestrel-eng.example'
    frm = 'megan.data%d@gmail.example' % r.randint(100, 999)
    rt = 'megan@%sinsights.example' % rlow(r, 6, AZ)
    t = ('Hi,\n\n'
         'Would you be interested in reaching organisations that run Autodesk Vault, SolidWorks PDM or '
         'Siemens Teamcenter in the UK and Ireland? We have just refreshed our installed-base file and '
         'thought your team might find it useful for next quarter\'s outbound.\n\n'
         'Every record includes the company name, site address, employee band, annual revenue, the '
         'CAD and PLM products in use, the contract renewal month where known, and the named decision '
         'makers with direct e-mail and phone. Counts are attached on request; as a guide, the '
         'engineering manufacturing segment alone is a little over 14,300 contacts.\n\n'
         'All data is opt-in and GDPR compliant, verified within the last 90 days, and delivered as an '
         'Excel sheet you can load into any CRM. Licence is unlimited use.\n\n'
         'If you tell me your target job titles and regions I will send a free sample of 25 records and a '
         'price. Kindly let me know your thoughts.\n\n'
         'Regards,\nMegan Ross\nData Specialist\n\n'
         'If you don\'t wish to hear from us again, reply "No" and I will update my list.\n')
    body = text(t, cs='UTF-8', cte='7bit', quote=True)
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='B', rcpt=rc, env=frm, sent='2017-01-24 05:51:40', soff='-0800',
                 pre=[('by mail-%s.google.example with SMTP id %s.%d.%d.%d;\n        {d}'
                       % (rlow(r, 4), rlow(r, 12), r.randint(1, 9), r.randint(1, 99), r.randint(1, 999)), 0, '-0800', 0)],
                 conn=('mail-wm0-f%d.google.example' % r.randint(40, 70), None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=gmail.example; dkim=pass header.d=gmail.example'),
                 headers=[('DKIM-Signature', dkim(r, 'gmail.example', '20161025', 'mime-version:reply-to:from:date:message-id:subject:to')),
                          ('MIME-Version', '1.0'), ('Reply-To', rt), ('From', 'Megan Ross <%s>' % frm),
                          ('Date', '{DATE}'), ('Message-ID', mid_gmail(r)),
                          ('Subject', 'PLM / CAD users list - UK & Ireland'), ('To', rc), ('*MIME*', None)], body=body)


@reg(6, 'phish', 'en', 'fake overdue invoice with ZIP-named attachment (harmless bytes)', 'multipart/mixed (text/plain + application/zip); us-ascii; 7bit + base64; compromised SMTP account')
def j06(r):
    rc = 'payables@harbourline.test'
    co = 'Bayside %s Supplies' % r.choice(['Office', 'Trade', 'Catering'])
    dom = 'baysidesupplies-%s.example' % rlow(r, 3, AZ)
    inv = '%d' % r.randint(70000, 79999)
    t = ('Good afternoon,\n\n'
         'Our records show that invoice %s raised on the 14th of last month is now 21 days past the '
         'agreed terms. A copy of the invoice together with the statement of account is attached for '
         'your convenience.\n\n'
         'Could you please check the attached and arrange payment, or let me know if there is a query '
         'holding it up on your side. If payment has already been made in the last few days please '
         'disregard this reminder and accept our thanks.\n\n'
         'Kind regards\n\nSharon Delaney\nCredit Control\n%s\n' % (inv, co))
    z = zipfile_bytes('Invoice_%s_statement.txt' % inv, 'placeholder - not a real document', (2017, 4, 10, 9, 12, 0))
    b = '----=_NextPart_000_%04X_01D2B2%s.%s' % (r.randrange(0x10000), rhex(r, 2), rhex(r, 8))
    body = multi('mixed', [text(t, cs='us-ascii', cte='7bit'),
                           binpart('application/zip', z, 'INV_%s_%s.zip' % (inv, rhex(r, 4)))], b)
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'sdelaney@%s' % dom
    return build(r, org='D', rcpt=rc, env=frm, sent='2017-04-11 14:26:03', soff='+1000',
                 pre=[('from PC%s (unknown [192.0.2.%d])\n\t(Authenticated sender: sdelaney@%s)\n\tby smtp.%s (Postfix) with ESMTPA id %s\n\tfor <%s>; {d}'
                       % (rhex(r, 5), r.randint(2, 250), dom, dom, rhex(r, 10), rc), 2, '+1000', 0)],
                 conn=('smtp.%s' % dom, None, ip),
                 auth=('Received-SPF', 'pass (mx.harbourline.test: domain of %s designates %s as permitted sender)' % (dom, ip)),
                 headers=[('From', '"Sharon Delaney" <%s>' % frm), ('To', '<%s>' % rc),
                          ('Subject', 'Overdue invoice %s - statement attached' % inv), ('Date', '{DATE}'),
                          ('Message-ID', mid_outlook(r, dom)), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(r)),
                          ('Content-Language', 'en-au')], body=body)


@reg(7, 'spam', 'en', 'dating lure, short, malformed Message-ID', 'text/plain; us-ascii; 7bit; compromised free-mail')
def j07(r):
    rc = 'tgreene@northfield.edu.example'
    frm = 'kel%s%d@yahoo.example' % (rlow(r, 3, AZ), r.randint(1960, 1990))
    site = '%s.example' % rlow(r, 9, AZ)
    t = ('hey you :)\n\n'
         'sorry if this is random, a friend of a friend said you were single and kind of cute so I '
         'figured why not. I\'m Ashlyn, 26, nursing student, new in town and honestly bored of swiping.\n\n'
         'I don\'t check this email much, I\'m mostly on my profile here: http://%s/u/ashlyn%d '
         '(it\'s free, you just need to verify you\'re over 18 so I know you\'re not a bot lol)\n\n'
         'message me there ok? xx\n' % (site, r.randint(10, 99)))
    body = text(t, cs='us-ascii', cte='7bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env=frm, sent='2017-07-06 23:48:19', soff='-0700',
                 conn=('sonic%d-%d.consmr.mail.ne1.yahoo.example' % (r.randint(300, 399), r.randint(10, 99)), None, ip),
                 auth=auth_res('A', 'pass', 'pass header.d=yahoo.example', 'pass (p=REJECT)', frm, 'yahoo.example'),
                 headers=[('DKIM-Signature', dkim(r, 'yahoo.example', 's2048', 'date:from:to:subject:references')),
                          ('Date', '{DATE}'), ('From', '<%s>' % frm), ('To', rc), ('Subject', 'hi'),
                          ('Message-ID', '%d.%d.JavaMail.yahoo' % (r.randint(10**8, 10**9), r.randint(10**8, 10**9))),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(8, 'spam', 'en', 'online pharmacy with obfuscated drug spellings', 'text/html; windows-1252; quoted-printable')
def j08(r):
    rc = 'clerk@ashford-county.gov.test'
    dom = '%s-rx.example' % rlow(r, 7, AZ)
    html = ('<html><body style="font-family:Verdana;font-size:13px">\n'
            '<p>Why pay \u201cbrand\u201d prices for the exact same active ingredient?</p>\n'
            '<table cellpadding="6" style="border:1px solid #9c9">\n'
            '<tr><td>V&#105;agr&#97; 100mg</td><td>from $0.79 / pill</td></tr>\n'
            '<tr><td>C-i-a-l-i-s 20mg</td><td>from $1.05 / pill</td></tr>\n'
            '<tr><td>Tr@mad0l 50mg</td><td>from $1.40 / pill</td></tr>\n'
            '<tr><td>Xa&shy;nax 2mg</td><td>from $2.10 / pill</td></tr>\n'
            '<tr><td>Ph3nterm1ne 37.5</td><td>from $2.35 / pill</td></tr>\n</table>\n'
            '<p>No prescription questionnaire, no doctor\u2019s visit, worldwide airmail in 10-21 days. '
            'Re-ship guarantee if customs holds your parcel. We accept Visa, MasterCard and Bitcoin.</p>\n'
            '<p><a href="http://%s/?aff=%d"><b>ENTER SHOP \xbb</b></a></p>\n'
            '<p style="color:#fefefe;font-size:2px">%s</p>\n'
            '</body></html>\n' % (dom, r.randint(1000, 9999), buster(r, 25)))
    body = text(html, 'html', 'windows-1252', 'quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = '%s@%s.example' % (rlow(r, 6, AZ), rlow(r, 10, AZ))
    return build(r, org='C', rcpt=rc, env=frm, sent='2017-10-19 03:17:45', soff='+0530', tls=False,
                 conn=('[%s]' % ip, 'abts-kk-dynamic-%d.%d.airtelink.example' % (r.randint(1, 250), r.randint(1, 250)), ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=none smtp.mailfrom=%s' % frm),
                 headers=[('Message-ID', '<%s$%s@%s>' % (rhex(r, 12), rhex(r, 6), frm.split('@')[1])),
                          ('From', '"Rx Savings Desk" <%s>' % frm), ('To', rc),
                          ('Subject', 'R e: your meds order - 80%% off today only'), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Priority', '3'),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931')], body=body)


@reg(9, 'spam', 'en', 'crypto token presale / investment platform via bulk ESP', 'multipart/alternative; utf-8; quoted-printable; List-Unsubscribe')
def j09(r):
    rc = 'finance.director@kestrel-eng.example'
    dom = 'novachain-%s.example' % rlow(r, 4, AZ)
    esp = 'mta%d.sendwave-%s.example' % (r.randint(10, 99), rlow(r, 3, AZ))
    tok = rlow(r, 24, B62)
    plain = ('NOVACHAIN TOKEN PRESALE - ROUND 2 CLOSES SUNDAY\n\n'
             'Round 1 sold out in 41 minutes. Round 2 opens to registered wallets at a fixed price of '
             '$0.012 per NVC, a 60%% discount to the planned exchange listing price.\n\n'
             'NovaChain is building a settlement layer for freight invoices, so that shippers, carriers '
             'and insurers reconcile the same bill of lading on a shared ledger. Pilot partners in three '
             'ports are already testing the network.\n\n'
             'Bonus tiers: +15%% tokens above 1 ETH, +25%% above 5 ETH, +40%% for the first 200 wallets above '
             '20 ETH. Tokens unlock in full on listing day.\n\n'
             'Reserve your allocation: http://click.%s/c/%s\n\n'
             'Cryptocurrency is volatile. Nothing in this message is financial advice.\n'
             'Unsubscribe: http://click.%s/u/%s\n' % (esp, tok, esp, tok))
    html = ('<html><body style="background:#0b1020;color:#e8ecff;font-family:Helvetica,Arial">\n'
            '<div style="max-width:600px;margin:auto;padding:20px">\n'
            '<h1 style="color:#5cf2c4">Round 2 closes Sunday</h1>\n'
            '<p>Round 1 sold out in 41 minutes. Round 2 opens to registered wallets at <b>$0.012 per NVC</b> '
            '&mdash; 60%% below the planned listing price.</p>\n'
            '<p>NovaChain is building a settlement layer for freight invoices: shippers, carriers and insurers '
            'reconciling one bill of lading on a shared ledger, with pilots running in three ports.</p>\n'
            '<p style="background:#18224a;padding:10px">+15%% above 1 ETH &middot; +25%% above 5 ETH &middot; '
            '+40%% for the first 200 wallets above 20 ETH</p>\n'
            '<p><a href="http://click.%s/c/%s" style="background:#5cf2c4;color:#0b1020;padding:10px 22px;'
            'text-decoration:none;font-weight:bold">Reserve my allocation</a></p>\n'
            '<p style="font-size:10px;color:#8a93b8">Cryptocurrency is volatile. Nothing here is financial advice. '
            '<a href="http://click.%s/u/%s" style="color:#8a93b8">Unsubscribe</a></p>\n'
            '<img src="http://click.%s/o/%s.png" width="1" height="1" alt=""></div></body></html>\n'
            % (esp, tok, esp, tok, esp, tok))
    b = '_=_swift_%d_%s_=_' % (r.randint(10**9, 10**10), rhex(r, 32).lower())
    body = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable', w=0),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    env = 'bounce-%s@%s' % (tok[:10], esp)
    return build(r, org='B', rcpt=rc, env=env, sent='2018-01-16 16:02:00', soff='+0000',
                 conn=(esp, None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=none' % (esp, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'sw1', 'from:to:subject:date:list-unsubscribe:message-id')),
                          ('From', 'NovaChain Presale <presale@%s>' % dom), ('To', rc),
                          ('Subject', ew('\u23f3 Round 2: 60% below listing price')),
                          ('Date', '{DATE}'), ('Message-ID', '<%s.%d@%s>' % (tok, r.randint(1000, 9999), esp)),
                          ('List-Unsubscribe', '<http://click.%s/u/%s>, <mailto:unsub-%s@%s>' % (esp, tok, tok[:10], esp)),
                          ('Feedback-ID', '%d:%d:swift' % (r.randint(100, 999), r.randint(1000, 9999))),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(10, 'spam', 'en', 'cold pitch: website accessibility "lawsuit risk" audit, no opt-in', 'text/plain; utf-8; 7bit; free-mail')
def j10(r):
    rc = 'webmaster@ashford-county.gov.test'
    frm = 'daniel.%s.webaudit@gmail.example' % rlow(r, 5, AZ)
    t = ('Hello Ashford County team,\n\n'
         'I ran a quick automated scan of ashford-county.gov.test this morning and it flagged 63 '
         'accessibility errors on the home page alone: images with no alt text, form fields without '
         'labels, low colour contrast on the navigation bar and a PDF agenda that a screen reader '
         'cannot open.\n\n'
         'I mention it because demand letters over inaccessible websites have gone up sharply this '
         'year, and public bodies are not exempt. Most of the complaints I see could have been avoided '
         'with a few days of remediation work.\n\n'
         'My small team can give you a full WCAG 2.0 AA report with screenshots and a priority fix list '
         'for a flat fee, and we can do the fixes ourselves if your web vendor is busy. I would be happy '
         'to send over the scan results for free so you can judge for yourself.\n\n'
         'Is this something you would want to look at? A one-line reply is fine.\n\n'
         'Best,\nDaniel\nIndependent accessibility consultant\n\n'
         'P.S. If you are not the right person for this, could you point me to whoever looks after the '
         'website? Thank you.\n')
    body = text(t, cs='UTF-8', cte='7bit', quote=True)
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='C', rcpt=rc, env=frm, sent='2018-04-03 09:12:44', soff='+0530',
                 pre=[('by mail-%s.google.example with HTTPREST; {d}' % rlow(r, 6), 0, '-0700', 0)],
                 conn=('mail-pg1-f%d.google.example' % r.randint(170, 199), 'mail-pg1-f%d.google.example' % r.randint(170, 199), ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; dkim=pass header.d=gmail.example; spf=pass smtp.mailfrom=%s' % frm),
                 headers=[('DKIM-Signature', dkim(r, 'gmail.example', '20161025', 'mime-version:from:date:message-id:subject:to')),
                          ('MIME-Version', '1.0'), ('From', 'Daniel Mercer <%s>' % frm), ('Date', '{DATE}'),
                          ('Message-ID', mid_gmail(r)), ('Subject', 'Accessibility issues on your website'),
                          ('To', rc), ('*MIME*', None)], body=body)


@reg(11, 'spam', 'en', 'sextortion with bitcoin address, From forged as the recipient', 'text/plain; utf-8; 8bit; botnet direct to MX')
def j11(r):
    rc = 'l.hartley@wexley.ac.test'
    btc = '1' + rlow(r, 33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')
    t = ('Hello!\n\n'
         'As you may have noticed, this message was sent from your own address. That is because I have '
         'had full access to your device and to this mailbox for several months. I got in through a '
         'weakness in your router firmware and installed a remote control tool that also records the '
         'camera and microphone.\n\n'
         'I have watched what you do online. I have video of you from your front camera, side by side '
         'with the sites you were visiting at the time, and I have exported your contact list, '
         'including your colleagues at the college and your family.\n\n'
         'I am not a cruel person, and I am prepared to delete everything. My fee is 950 USD in '
         'Bitcoin. If you do not know how to buy Bitcoin, type "how to buy bitcoin" into any search '
         'engine; it takes ten minutes.\n\n'
         'My BTC wallet: %s\n\n'
         'You have 48 hours from the moment you open this letter. I will know when you have read it. '
         'If I do not receive the payment, the video goes to every contact I copied, and it will be '
         'posted publicly. Changing your password will not help, and neither will the police.\n\n'
         'Do not reply to this e-mail; I am not reading replies.\n' % btc)
    body = text(t, cs='utf-8', cte='8bit')
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env=rc, sent='2018-07-25 11:40:58', soff='-0300', tls=False,
                 conn=('[%s]' % ip, '%s.static.telecomvia.example' % ip.replace('.', '-'), ip),
                 auth=auth_res('E', 'softfail', 'none', 'fail (p=none)', rc, 'wexley.ac.test'),
                 headers=[('From', rc), ('To', rc), ('Subject', 'l.hartley - security breach, %s' % rc),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@%s>' % (rhex(r, 16), 'wexley.ac.test')),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(12, 'phish', 'en', 'invented bank account-lock phishing (Pinecrest Mutual Savings)', 'multipart/alternative; us-ascii; 7bit + quoted-printable; look-alike domain')
def j12(r):
    rc = 'kwalsh@northfield.edu.example'
    dom = 'pinecrest-mutual-secure.example'
    link = 'http://verify.%s/session/%s' % (dom, rlow(r, 20, B62))
    ref = 'PMS-%d' % r.randint(100000, 999999)
    plain = ('Pinecrest Mutual Savings\n\n'
             'We placed a temporary hold on your online banking profile after several sign-in attempts '
             'from a device we did not recognise. For your protection, debit card purchases and outgoing '
             'transfers are paused until you confirm your identity.\n\n'
             'Confirm now: %s\n\n'
             'Reference: %s\n'
             'If we do not hear from you within 24 hours, the hold becomes a full suspension and you will need '
             'to visit a branch with two forms of photo ID.\n\nMember Security Team\n' % (link, ref))
    html = ('<html><body style="font-family:Arial;font-size:14px;color:#1f2d3d">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#14532d;color:#fff;padding:12px 18px;font-size:18px">'
            'Pinecrest Mutual Savings</td></tr>\n<tr><td style="padding:18px">\n'
            '<p>We placed a temporary hold on your online banking profile after several sign-in attempts '
            'from a device we did not recognise. For your protection, debit card purchases and outgoing '
            'transfers are paused until you confirm your identity.</p>\n'
            '<p><a href="%s" style="background:#16a34a;color:#fff;padding:9px 18px;text-decoration:none">Confirm my identity</a></p>\n'
            '<p>Reference: %s</p>\n<p>If we do not hear from you within 24 hours, the hold becomes a full '
            'suspension and you will need to visit a branch with two forms of photo ID.</p>\n'
            '<p>Member Security Team</p></td></tr></table>\n</body></html>\n' % (link, ref))
    b = '----=_Part_%d_%d.%d' % (r.randint(10000, 99999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    body = multi('alternative', [text(plain, cs='us-ascii', cte='7bit'),
                                 text(html, 'html', 'us-ascii', 'quoted-printable')], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'alerts@%s' % dom
    return build(r, org='A', rcpt=rc, env='bounce@%s' % dom, sent='2018-10-30 06:55:21', soff='+0000',
                 conn=('vps%d.%s.example' % (r.randint(100, 999), rlow(r, 7, AZ)), None, ip),
                 auth=auth_res('A', 'pass', 'none (no signature)', 'none', 'bounce@%s' % dom, dom),
                 headers=[('Date', '{DATE}'), ('From', 'Pinecrest Mutual Savings <%s>' % frm), ('To', rc),
                          ('Message-ID', '<%s.%d.%d@%s>' % (rlow(r, 10), r.randint(10, 99), r.randint(10**12, 10**13), dom)),
                          ('Subject', 'Temporary hold on your online banking (Ref %s)' % ref),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'JavaMail')], body=body)


@reg(13, 'spam', 'en', 'fake business-register listing "invoice" with PDF form', 'multipart/mixed (text/plain + application/pdf); iso-8859-1; quoted-printable + base64')
def j13(r):
    rc = 'info@harbourline.test'
    dom = 'global-company-register.example'
    reg_no = 'GCR/%d/%05d' % (2019, r.randint(0, 99999))
    t = ('GLOBAL COMPANY REGISTER \u2013 ANNUAL ENTRY 2019\n\n'
         'Company: Harbourline Pty Ltd\nRegistration: %s\n\n'
         'To keep the details of your company current in the Global Company Register for the 2019 '
         'listing year, please check the data on the enclosed form, correct anything that has changed, '
         'sign it and return it by e-mail or post within 8 days.\n\n'
         'The updated entry will appear in the online edition with your activity, contact data and '
         'sector keywords, and will be included in the search results offered to buyers in 94 '
         'countries.\n\n'
         'Please note the conditions printed on the reverse of the form: the entry is concluded for '
         'three years at an annual price of EUR 1.271, payable on receipt of invoice.\n\n'
         'Data Service Department\nGlobal Company Register S.L.\nApartado de correos 20-%d, Valencia\n'
         % (reg_no, r.randint(100, 999)))
    t = t.replace('\u2013', '-')
    p = pdf('Global Company Register - update form %s' % reg_no)
    b = '=_%s' % rlow(r, 26, B62)
    body = multi('mixed', [text(t, cs='iso-8859-1', cte='quoted-printable'),
                           binpart('application/pdf', p, 'update_form_%s.pdf' % reg_no.split('/')[-1])], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'update@%s' % dom
    return build(r, org='D', rcpt=rc, env=frm, sent='2019-01-22 10:37:29', soff='+0100',
                 conn=('mail.%s' % dom, None, ip),
                 auth=('Received-SPF', 'pass (mx.harbourline.test: domain of %s designates %s as permitted sender)' % (dom, ip)),
                 headers=[('Message-ID', mid_hex(r, dom)), ('Date', '{DATE}'),
                          ('From', 'Global Company Register <%s>' % frm), ('To', rc),
                          ('Subject', 'Update of your company entry - %s' % reg_no),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'Horde Application Framework 5')], body=body)


@reg(14, 'phish', 'en', 'fake e-signature request with HTML attachment holding a credential form', 'multipart/mixed (text/html + text/html attachment); utf-8; quoted-printable + base64')
def j14(r):
    rc = 'contracts@kestrel-eng.example'
    host = '%s.%s.example' % (rlow(r, 6, AZ), rlow(r, 8, AZ))
    env_id = '%s-%s-%s' % (rhex(r, 8), rhex(r, 4), rhex(r, 4))
    html = ('<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">\n'
            '<div style="background:#fff;width:520px;margin:20px auto;padding:24px">\n'
            '<p style="font-size:18px;color:#333">SignFlow</p>\n'
            '<p><b>Halvorsen Marine Ltd</b> sent you a document to review and sign.</p>\n'
            '<p>Document: <i>Master Services Agreement - Rev C (2 pages)</i><br>Envelope: %s</p>\n'
            '<p>To protect the sender\'s document, it is attached as a secure viewer. Open the attachment and '
            'sign in with your company e-mail to view and sign.</p>\n'
            '<p style="font-size:11px;color:#999">Do not share this e-mail. It contains a secure document '
            'intended for %s only.</p></div></body></html>\n' % (env_id, rc))
    form = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>SignFlow - Secure Document</title></head>\n'
            '<body style="font-family:Arial;background:#eef1f5">\n<div style="width:360px;margin:60px auto;background:#fff;padding:24px">\n'
            '<h3>Verify your e-mail to view the document</h3>\n'
            '<p style="font-size:12px">Master Services Agreement - Rev C.pdf</p>\n'
            '<form method="post" action="http://%s/sf/verify.php">\n'
            '<input type="hidden" name="env" value="%s">\n'
            'E-mail<br><input name="login" value="%s" style="width:100%%"><br><br>\n'
            'Password<br><input type="password" name="pw" style="width:100%%"><br><br>\n'
            '<input type="submit" value="View document"></form>\n</div></body></html>\n' % (host, env_id, rc))
    b = '_004_%s_' % rlow(r, 40, B62)
    att = text(form, 'html', 'utf-8', 'base64', extra=[('Content-Disposition', 'attachment; filename="MSA_RevC_%s.html"' % env_id[:8])])
    body = multi('mixed', [text(html, 'html', 'utf-8', 'quoted-printable'), att], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'dse@%s' % host
    return build(r, org='B', rcpt=rc, env=frm, sent='2019-04-09 08:19:57', soff='-0400',
                 conn=(host, None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=%s; dkim=none; dmarc=none' % host),
                 headers=[('From', '"SignFlow via Halvorsen Marine" <%s>' % frm), ('To', rc),
                          ('Subject', 'Please review and sign: Master Services Agreement - Rev C'),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, host)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(15, 'spam', 'en', 'extended car warranty "final notice", image-heavy', 'multipart/related (text/html + 2 image/png); us-ascii; 7bit + base64')
def j15(r):
    rc = 'fleet@ashford-county.gov.test'
    dom = 'autoshield-notice-%s.example' % rlow(r, 4, AZ)
    html = ('<html><body style="margin:0">\n<center>\n'
            '<img src="cid:banner%s" width="600" height="180" alt="FINAL NOTICE - Vehicle Service Contract"><br>\n'
            '<table width="600"><tr><td style="font-family:Arial;font-size:13px">\n'
            '<p>Our records indicate the factory coverage on your vehicle may have expired or is about to. '
            'Repairs to the engine, transmission or electronics are then paid by you.</p>\n'
            '<p>Reply today to lock in a protection plan with zero deductible and roadside assistance.</p>\n'
            '</td></tr></table>\n'
            '<a href="http://go.%s/r/%s"><img src="cid:button%s" width="300" height="60" alt="ACTIVATE COVERAGE"></a><br>\n'
            '<font size="1" color="#999999">This is an advertisement. Not affiliated with your vehicle manufacturer or dealer. '
            'To stop receiving these notices write to 4411 Commerce Pkwy, Suite B, Tulsa OK.</font>\n'
            '</center></body></html>\n' % ('a1', dom, rlow(r, 10), 'b2'))
    b = '------------%s' % rlow(r, 24, '0123456789')
    body = multi('related', [text(html, 'html', 'us-ascii', '7bit'),
                             binpart('image/png', png(r, 6, 4), 'banner.png', 'inline', cid='bannera1'),
                             binpart('image/png', png(r, 5, 2), 'button.png', 'inline', cid='buttonb2')], b,
                 preamble='This is a multi-part message in MIME format.\n', params=' type="text/html";')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'notice@%s' % dom
    return build(r, org='C', rcpt=rc, env='rtn@%s' % dom, sent='2019-06-27 12:30:02', soff='-0500',
                 conn=('smtp%d.%s' % (r.randint(1, 9), dom), 'smtp.%s' % dom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=pass smtp.mailfrom=rtn@%s' % dom),
                 headers=[('From', '"Vehicle Services Dept." <%s>' % frm), ('To', rc),
                          ('Subject', 'FINAL NOTICE: Vehicle coverage expiration'), ('Date', '{DATE}'),
                          ('Message-ID', '<%d.%s@%s>' % (r.randint(10**9, 10**10), rlow(r, 8), dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('List-Unsubscribe', '<mailto:remove@%s?subject=remove>' % dom)], body=body)


@reg(16, 'spam', 'en', 'money mule "payment processing agent" job offer', 'text/plain; iso-8859-1; quoted-printable; compromised web host (PHPMailer)')
def j16(r):
    rc = 'admissions@wexley.ac.test'
    host = 'www.%s-joinery.example' % rlow(r, 6, AZ)
    frm = 'recruitment@%s.example' % rlow(r, 10, AZ)
    t = ('Dear Applicant,\n\n'
         'Thank you for your interest in remote opportunities. Your CV was passed to us by a recruitment '
         'partner and we would like to offer you a part-time position as a Payment Processing Agent '
         '(UK region) with Verano Trade Solutions, an import company based in Lisbon.\n\n'
         'Many of our customers in Britain prefer to pay by local bank transfer rather than international '
         'wire, which is slow and expensive. Your job is to receive these payments into your own current '
         'account, keep 8% of each payment as your commission, and forward the balance to our supplier '
         'the same day using the method our accounts manager gives you.\n\n'
         'The work takes about two hours a day and can be done from home or from your phone. Typical '
         'agents earn between \xa31,800 and \xa32,600 a month. No experience or investment is needed; you '
         'only need a UK bank account in your own name and to be available during banking hours.\n\n'
         'To proceed, reply with your full name, address, date of birth, mobile number and the name of '
         'your bank. Your employment contract will follow within one working day.\n\n'
         'Yours sincerely,\nHuman Resources\nVerano Trade Solutions Lda.\n')
    body = text(t, cs='iso-8859-1', cte='quoted-printable')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='E', rcpt=rc, env='%s@%s' % (rlow(r, 8, AZ), host[4:]), sent='2019-09-12 15:44:31', soff='+0100',
                 pre=[('from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; {d}'
                       % (host, host, rhex(r, 10), rc), 0, '+0100', 0)],
                 conn=(host, host, ip),
                 auth=auth_res('E', 'pass', 'none', 'fail (p=none)', host[4:], frm.split('@')[1]),
                 headers=[('Date', '{DATE}'), ('To', rc), ('From', 'Verano Trade Solutions <%s>' % frm),
                          ('Reply-To', 'hr.verano.trade@protonbox.example'),
                          ('Subject', 'Job offer: Payment Processing Agent (part-time, remote)'),
                          ('Message-ID', '<%s@%s>' % (rlow(r, 43, B62), host)),
                          ('X-Mailer', 'PHPMailer 6.0.7'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(17, 'spam', 'en', 'advance fee: "business partnership" in a procurement contract, no Message-ID', 'text/plain; us-ascii; 7bit; free-mail with Reply-To elsewhere')
def j17(r):
    rc = 'director@northfield.edu.example'
    frm = 'drmusa.ibrahim%d@aol.example' % r.randint(10, 99)
    t = ('Dear Partner,\n\n'
         'Kindly permit me to introduce myself. I am Dr. Musa Ibrahim, a senior procurement officer with '
         'a state petroleum corporation in West Africa. I got your contact through a trade directory and '
         'I am writing in confidence regarding a business arrangement of mutual benefit.\n\n'
         'My department requires a foreign supplier for an over-invoiced contract for pipeline '
         'inspection chemicals. The genuine supply has been completed by a local firm, but a surplus of '
         'US$14.6 million remains in the contract account. As civil servants we are not allowed to '
         'operate foreign accounts, and that is why I need a trustworthy partner who will stand as the '
         'beneficiary contractor so that the funds can be released to you.\n\n'
         'For your assistance you will keep thirty percent (30%) of the total sum, sixty-five percent '
         'will be for myself and my colleagues, and five percent will cover expenses on both sides. '
         'All documents will be prepared by our attorney to make the payment legal and hitch-free.\n\n'
         'If you are interested, reply to my private e-mail below with your full name, company name, '
         'direct phone number and a copy of any identification, so that we can commence immediately.\n\n'
         'Private e-mail: musa.ibrahim.office@mailcenter.example\n\n'
         'Please treat this as strictly confidential.\n\nRegards,\nDr. Musa Ibrahim\n')
    body = text(t, cs='us-ascii', cte='7bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env=frm, sent='2019-12-03 02:08:15', soff='+0100',
                 pre=[('from 197.%d.%d.%d by web-%d.aol.example via HTTP; {d}' % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 255), r.randint(10, 99)), 0, '+0000', 0)],
                 conn=('omr-m%d.mx.aol.example' % r.randint(10, 30), None, ip),
                 auth=auth_res('A', 'pass', 'pass header.d=aol.example', 'pass (p=REJECT)', frm, 'aol.example'),
                 headers=[('From', 'Dr. Musa Ibrahim <%s>' % frm), ('Reply-To', 'musa.ibrahim.office@mailcenter.example'),
                          ('To', 'Recipients <%s>' % frm), ('Subject', 'Confidential business proposal'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'WebService/1.1.14680 aolmail')], body=body)


@reg(18, 'spam', 'en', 'student loan forgiveness / debt relief, snowshoe domain', 'text/html; utf-8; quoted-printable; List-Unsubscribe')
def j18(r):
    rc = 'hr@ashford-county.gov.test'
    dom = '%s%s.example' % (r.choice(['relief', 'clear', 'fresh']), rlow(r, 6, AZ))
    tok = rlow(r, 18, B62)
    html = ('<html><body style="font-family:Tahoma,Arial;font-size:14px">\n'
            '<p style="font-size:20px;color:#b91c1c"><b>Emergency federal relief: payments can be paused '
            'and balances reduced</b></p>\n'
            '<p>Because of the health emergency, new rules let many borrowers move into income-driven '
            'plans with monthly payments as low as <b>$0</b>, and public-sector workers may qualify to have '
            'the remaining balance forgiven after enrolment is confirmed.</p>\n'
            '<p>Our document specialists prepare and file the paperwork for you. Most applicants finish '
            'the eligibility check in under three minutes, and there is no cost to see what you qualify for.</p>\n'
            '<p><a href="http://%s/check?t=%s" style="font-size:17px"><b>Check my eligibility &rarr;</b></a></p>\n'
            '<p style="font-size:10px;color:#666">We are a private document preparation company and are not '
            'affiliated with the Department of Education. You can apply for these programs yourself at no '
            'cost. <a href="http://%s/unsub?t=%s">Unsubscribe</a> | 9120 Research Blvd, Austin TX</p>\n'
            '</body></html>\n' % (dom, tok, dom, tok))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'info@%s' % dom
    return build(r, org='C', rcpt=rc, env='b.%s@%s' % (tok[:8], dom), sent='2020-03-18 11:21:36', soff='-0700',
                 conn=('mail.%s' % dom, 'mail.%s' % dom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'k1', 'from:to:subject:date:list-unsubscribe')),
                          ('From', '"Borrower Relief Center" <%s>' % frm), ('To', rc),
                          ('Subject', 'Your student loan payments may now qualify for $0'), ('Date', '{DATE}'),
                          ('Message-ID', '<%s@%s>' % (tok, dom)),
                          ('List-Unsubscribe', '<http://%s/unsub?t=%s>' % (dom, tok)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)
