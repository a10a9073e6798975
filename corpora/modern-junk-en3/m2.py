from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(8, 'spam', 'pump-and-dump stock tip, plain text with fake news', 'text/plain; us-ascii; 7bit')
def t08(r):
    rc = 'd.harrow@kestrel-eng.example'
    env = '%s@kestrel-eng.example' % rlow(r, 6, AZ)
    t = ('Investor Alert - Breakout Coming\n\nTICKER: GWPX\nCompany: Greywater Pipeline Exploration Inc.\n'
         'Current Price: $0.19\nShort term target: $1.10\nRating: STRONG BUY\n\n'
         'GWPX has just signed a letter of intent to acquire 100%% working interest in a 2,400 acre gas '
         'lease in the Barnett Shale, one of the most productive gas plays in North America. Insiders '
         'are accumulating and volume is climbing every day. Get in before the crowd does!\n\n'
         'Recent news:\n\n'
         'HOUSTON--(MARKET WIRE)--Greywater Pipeline Exploration Inc. (Pink Sheets:GWPX) announced today '
         'that preliminary seismic data on its Palo Pinto County lease indicates reserves in excess of '
         '14 billion cubic feet. "We are thrilled with these early results," said CEO Randall T. Moffat. '
         '"This single asset could exceed our entire current market capitalisation many times over."\n\n'
         'The company further announced that drilling of the first two wells will commence in the '
         'coming weeks under a turnkey contract with an established regional operator.\n\n'
         'Watch GWPX trade on Monday! This one will not stay under a quarter for long.\n\n'
         '--\nThis report is for information purposes only and is not a solicitation to buy or sell '
         'securities. The publisher was compensated three hundred thousand free trading shares by a '
         'third party for this report. Forward looking statements involve risk and uncertainty.\n\n'
         '%s\n%s\n' % (buster(r, 11), buster(r, 8)))
    body = text(t)
    host = rlow(r, 8, AZ)
    return build(r, org='B', rcpt=rc, env=env, sent='2005-01-14 16:33:09', soff='-0500', skew=-12,
                 conn=(host, None, '192.0.2.%d' % r.randint(2, 250)),
                 headers=[('Message-ID', oe_mid(r, 2005, host)), ('From', '"Wilbur Stacy" <%s>' % env),
                          ('To', '"%s" <%s>' % ('d.harrow', rc)), ('Subject', 'GWPX - drilling update, big news monday'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
                          ('X-Mailer', 'Microsoft Office Outlook, Build 11.0.5510'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2800.1441'),
                          ('Thread-Index', 'AcT6' + rb64(r, 28) + '==')], body=body)


@reg(9, 'spam', 'replica watches', 'text/html; iso-8859-1; base64')
def t09(r):
    rc = 'neil@harbourline.test'
    dom = 'swisscopy%s.example' % rlow(r, 2, '0123456789')
    env = 'info@%s' % dom
    models = ['Rolex Datejust', 'Rolex Submariner', 'Omega Seamaster', 'Breitling Navitimer', 'Cartier Tank Fran\xe7aise', 'TAG Heuer Monaco']
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>\n'
            '<body><center><h2>Replica Watches - Swiss Quality</h2>\n'
            '<p>Why spend $6,000 when you can have the same look for under $200?</p>\n<table border="1" cellspacing="0">\n'
            + ''.join('<tr><td>%s</td><td><s>$%d</s></td><td><b>$%d</b></td></tr>\n' % (m, r.randint(3, 12) * 1000, r.randint(139, 249)) for m in models)
            + '</table>\n<p>Sapphire crystal, automatic movement, correct weight, all logos and markings.<br>\n'
            'Shipped discreetly world wide - even to Australia and New Zealand.</p>\n'
            '<p><a href="http://www.%s/catalog/">View 2,400 models</a></p></center>\n'
            '<p style="font-size:8px">%s</p></body></html>\n' % (dom, buster(r, 14)))
    body = text(html, 'html', 'iso-8859-1', 'base64')
    return build(r, org='D', rcpt=rc, env=env, sent='2005-02-25 11:48:30', soff='+0200',
                 conn=('mail.%s' % dom, None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('From', 'Replica Store <%s>' % env), ('To', 'neil <%s>' % rc),
                          ('Subject', 'Neil, luxury for less'), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(10, 'phish', 'US bank account update (invented bank)', 'multipart/alternative; us-ascii; 7bit + quoted-printable')
def t10(r):
    rc = 'clerk@ashford-county.gov.test'
    host = 'cfsb-online.%s.example' % rlow(r, 6, AZ)
    plain = ('Commonwealth Federal Savings Bank\n\nDear valued customer,\n\n'
             'During our regular update and verification of Online Banking accounts we could not verify '
             'your current information. Either your information has changed or it is incomplete.\n\n'
             'If you do not update your information within 48 hours your Online Banking access will be '
             'restricted for your protection. Please follow the link below to update:\n\n'
             'http://%s/cfsb/update.asp?sess=%s\n\n'
             'Thank you for banking with us.\nCustomer Service Department\n' % (host, rhex(r, 20)))
    html = ('<html><body style="font-family:Tahoma;font-size:11px">\n'
            '<p><b><font color="#003366" size="4">Commonwealth Federal Savings Bank</font></b></p>\n'
            '<p>Dear valued customer,</p>\n<p>During our regular update and verification of Online '
            'Banking accounts we could not verify your current information. Either your information has '
            'changed or it is incomplete.</p>\n<p>If you do not update your information within 48 hours '
            'your Online Banking access will be restricted for your protection.</p>\n'
            '<p><a href="http://%s/cfsb/update.asp">https://www.commonwealthfederal-online.example/update</a></p>\n'
            '<p>Thank you for banking with us.<br>Customer Service Department</p>\n</body></html>\n' % host)
    b = '----=_Part_%d_%d.%d' % (r.randint(1000, 99999), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    body = multi('alternative', [text(plain), text(html, 'html', 'us-ascii', 'quoted-printable')], b, preamble='')
    return build(r, org='C', rcpt=rc, env='service@commonwealthfederal-online.example', sent='2005-04-12 07:19:55', soff='-0400',
                 conn=('localhost.localdomain', 'dsl-%d.pool.example' % r.randint(100, 999), '203.0.113.%d' % r.randint(2, 250)),
                 headers=[('Date', '{DATE}'), ('From', 'Commonwealth Federal Savings <service@commonwealthfederal-online.example>'),
                          ('To', rc), ('Subject', 'Online Banking: account information needs verification'),
                          ('Message-ID', '<%d.%d.JavaMail.root@cfsb-mail01>' % (r.randint(10**6, 10**7), r.randint(10**12, 10**13))),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(11, 'spam', 'online casino with hidden text', 'multipart/alternative; iso-8859-1; quoted-printable')
def t11(r):
    rc = 'jwhitcombe@northfield.edu.example'
    dom = 'goldenpalms-%s.example' % rlow(r, 3, AZ)
    env = 'bonus%d@%s' % (r.randint(1, 999), dom)
    hidden = buster(r, 30)
    plain = ('Get a 200%% welcome bonus up to $300 at Golden Palms Casino!\n\n'
             'Blackjack, roulette, slots and video poker - the real Vegas experience from your own chair.\n'
             'Payouts within 48 hours. Download the software free:\n\nhttp://www.%s/dl.php?c=%s\n\n%s\n'
             % (dom, rlow(r, 6), hidden))
    html = ('<html><body>\n<div style="color:#ffffff;font-size:2px">%s</div>\n'
            '<table bgcolor="#000000" width="520"><tr><td align="center">\n'
            '<font color="#ffcc00" size="6" face="Georgia">GOLDEN PALMS CASINO</font><br>\n'
            '<font color="#ffffff" size="3">200%% welcome bonus &mdash; up to <b>$300 free</b></font><br><br>\n'
            '<a href="http://www.%s/dl.php?c=%s"><font color="#00ff00">Claim your chips now</font></a>\n'
            '</td></tr></table>\n<div style="display:none">%s</div>\n</body></html>\n'
            % (hidden, dom, rlow(r, 6), buster(r, 25)))
    b = '--%s' % rhex(r, 24)
    body = multi('alternative', [text(plain, cs='iso-8859-1', cte='quoted-printable'),
                                 text(html, 'html', 'iso-8859-1', 'quoted-printable')], b)
    host = rlow(r, 7, AZ)
    return build(r, org='A', rcpt=rc, env=env, sent='2005-06-04 02:12:48', soff='+0300',
                 conn=(host, 'unknown', '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('From', '"Casino Bonus" <%s>' % env), ('To', rc),
                          ('Subject', '$300 free chips waiting, %s' % rc.split('@')[0]),
                          ('Date', '{DATE}'), ('Message-ID', '<%s.%s@%s>' % (rhex(r, 10), rhex(r, 4), host)),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.2180')], body=body)


@reg(12, 'spam', 'Russian brides / dating', 'text/plain; koi8-r; 8bit')
def t12(r):
    rc = 'a.fitzgerald@wexley.ac.test'
    env = 'natasha.beauty%d@inbox-ru.example' % r.randint(80, 89)
    t = ('Hello my dear stranger!\n\n'
         'My name is Natalia, I am 27 years old and I live in Cheboksary, small city on the Volga river. '
         'I found your address on the site of international friendship and decided to write, because I '
         'am tired to be alone. I hope you will not laugh at my English, I learn it only one year.\n\n'
         'I work as teacher of music in childrens school. I like cooking, long walks and old films. '
         'My friends say I am kind and honest woman. I do not care about age or money of man, the most '
         'important for me is that he is serious and wants a family.\n\n'
         'If you are interested, please write me to my private e-mail natalia_volga@inbox-ru.example and '
         'I will send you my photos. I will wait your letter with impatience.\n\n'
         'Your new friend,\nNatalia\n\u041d\u0430\u0442\u0430\u043b\u044c\u044f\n')
    body = text(t, cs='koi8-r', cte='8bit')
    fh = 'f%d.inbox-ru.example' % r.randint(10, 60)
    pre = [('from [192.168.%d.%d] (HELO natasha) by %s with local-http;\n\t{d}'
            % (r.randint(0, 5), r.randint(2, 250), fh), 0, '+0400', 0)]
    return build(r, org='E', rcpt=rc, env=env, sent='2005-07-18 19:40:11', soff='+0400', pre=pre,
                 conn=(fh, None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('From', ew('\u041d\u0430\u0442\u0430\u043b\u044c\u044f', 'koi8-r') + ' <%s>' % env),
                          ('To', rc), ('Subject', 'hello from Natalia :)'),
                          ('Message-Id', '<E1Du%s-000%s-%s@%s>' % (rlow(r, 4, B62), rlow(r, 3, B62), rlow(r, 2, B62), fh)),
                          ('X-Mailer', 'mPOP Web-Mail 2.19'), ('X-Originating-IP', '[203.0.113.%d]' % r.randint(2, 250)),
                          ('Date', '{DATE}'), ('Reply-To', 'Natalia <natalia_volga@inbox-ru.example>'),
                          ('Mime-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(13, 'spam', '419 advance fee, bank official', 'text/plain; iso-8859-1; quoted-printable; freemail')
def t13(r):
    rc = 'info@kestrel-eng.example'
    env = 'dr_ibrahim_sawadogo@hotmail.example'
    mip = '192.0.2.%d' % r.randint(2, 250)
    t = ('From the desk of Dr. Ibrahim Sawadogo\nAudit and Accounting Unit\nSahel Continental Bank (SCB)\n'
         'Ouagadougou, Burkina Faso\n\nDear Friend,\n\n'
         'I am Dr. Ibrahim Sawadogo, the manager of the audit and accounting department of Sahel '
         'Continental Bank. In the course of our end of year auditing, I discovered a dormant account '
         'with a balance of $18.3 million belonging to a foreign customer, Mr. Andreas Kowalczyk, who '
         'died with his wife and daughter in the Concorde air crash of July 2000.\n\n'
         'Since his death no next of kin has come forward, and under our banking laws the fund will be '
         'transferred to the government treasury as unclaimed after seven years. I want you to stand '
         'as the foreign business partner of the deceased so that the money can be released to you. '
         'Sharing will be 60% for me, 35% for you, and 5% for expenses.\n\n'
         'The transaction is 100% risk free. Upon receipt of your reply, I will send you the text of '
         'the application form you will fill and send to the bank. Please send me your full name, '
         'address, age, occupation and direct telephone number.\n\n'
         'Yours faithfully,\nDr. Ibrahim Sawadogo\n\n'
         '_________________________________________________________________\n'
         'D\xe9couvrez le nouveau Messenger : gratuit!\n')
    body = text(t, cs='iso-8859-1', cte='quoted-printable', w=0)
    pre = [('from %s by by%dfd.bay%d.hotmail.example with HTTP;\n\t{d}' % (mip, r.randint(100, 199), r.randint(100, 199)), 0, '+0000', 3)]
    return build(r, org='B', rcpt=rc, env=env, sent='2005-09-08 10:05:41', soff='+0000', pre=pre,
                 conn=('hotmail.example', None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('Message-ID', '<BAY%d-F%d%s@phx.gbl>' % (r.randint(100, 120), r.randint(1, 40), rhex(r, 24))),
                          ('X-Originating-IP', '[%s]' % mip), ('X-Originating-Email', '[%s]' % env),
                          ('X-Sender', env), ('From', '"Dr. Ibrahim Sawadogo" <%s>' % env),
                          ('Reply-To', 'ibsawadogo@netcourrier.example'), ('Bcc', None),
                          ('Subject', 'FROM DR. IBRAHIM SAWADOGO (CONFIDENTIAL)'),
                          ('Date', '{DATE}'), ('Mime-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(14, 'spam', 'debt relief / consolidation', 'text/html; windows-1252; quoted-printable')
def t14(r):
    rc = 'jmoralez@ashford-county.gov.test'
    dom = 'debtfree-%s.example' % rlow(r, 5, AZ)
    html = ('<HTML><BODY>\n<P><FONT face=Arial size=2>Drowning in credit card debt?</FONT></P>\n'
            '<P><FONT face=Arial size=2>Our certified counselors can cut your monthly payments by up to '
            '50%% and stop the harassing collection calls \x97 in most cases within 30 days. '
            'This is NOT a loan. Bad credit, no problem.</FONT></P>\n'
            '<UL><LI>One low monthly payment<LI>Reduce or eliminate interest<LI>Free consultation, no obligation</UL>\n'
            '<P><FONT face=Arial size=3><B><A href="http://%s/free-quote/?id=%s">Get your FREE debt analysis</A></B></FONT></P>\n'
            '<P><FONT face=Arial size=1 color=#888888>You are receiving this because you opted in at one of '
            'our partner sites. To stop, write to 2250 Meridian Pkwy Suite 410, Tampa FL or '
            '<A href="http://%s/r.cgi">click</A>.</FONT></P>\n</BODY></HTML>\n' % (dom, rhex(r, 12), dom))
    body = text(html.replace('\x97', '\u2014'), 'html', 'windows-1252', 'quoted-printable')
    env = 'bounce-%d@%s' % (r.randint(10**5, 10**6), dom)
    return build(r, org='C', rcpt=rc, env=env, sent='2005-11-29 12:56:02', soff='-0500',
                 conn=('mta3.%s' % dom, 'mta3.%s' % dom, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('Message-ID', '<%d.%d@mta3.%s>' % (r.randint(10**8, 10**9), r.randint(1000, 9999), dom)),
                          ('Date', '{DATE}'), ('From', '"Debt Relief Center" <offers@%s>' % dom),
                          ('To', rc), ('Subject', 'Cut your monthly payments in half'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(15, 'spam', 'image stock spam, inline GIF, Bayes poison', 'multipart/related (html + image/gif); us-ascii; 7bit + base64')
def t15(r):
    rc = 'dchen@northfield.edu.example'
    env = '%s@northfield.edu.example' % rlow(r, 7, AZ)
    cid = '%s$%s$%s@%s' % (rhex(r, 8), rhex(r, 8), rhex(r, 8), rlow(r, 5, AZ).upper())
    poison = ('The dormitory harmonica trembled beside a fragrant ledger while sorrel horses forgot the '
              'arithmetic of rain. %s. Nevertheless the lighthouse keeper kept counting pebbles, and '
              'every pebble remembered an orchestra.' % buster(r, 10).capitalize())
    html = ('<html><body>\n<p><img src="cid:%s" width="420" height="310"></p>\n'
            '<p><font color="#fefefe" size="1">%s</font></p>\n</body></html>\n' % (cid, poison))
    b1 = '----=_NextPart_000_%04X_%08X.%08X' % (r.randrange(65536), r.getrandbits(32), r.getrandbits(32))
    b2 = '----=_NextPart_001_%04X_%08X.%08X' % (r.randrange(65536), r.getrandbits(32), r.getrandbits(32))
    alt = multi('alternative', [text(poison + '\n', cs='us-ascii', quote=True), text(html, 'html', 'us-ascii', '7bit', quote=True)], b2, preamble='')
    img = binpart('image/gif', gif(r, 42, 31), 'image%03d.gif' % r.randint(1, 99), disp=None, cid=cid)
    body = multi('related', [alt, img], b1, params=' type="multipart/alternative";')
    host = rlow(r, 6, AZ)
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env=env, sent='2006-01-23 08:30:17', soff='-0300',
                 conn=(host, 'unknown', ip),
                 auth=('Received-SPF', 'softfail (mx1.northfield.edu.example: domain of transitioning %s does not designate %s as permitted sender)' % (env, ip)),
                 headers=[('Message-ID', oe_mid(r, 2006, host)), ('From', '"Marcy Ortega" <%s>' % env),
                          ('To', '<%s>' % rc), ('Subject', 'harmonica ledger'), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Priority', '3'),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.2527')], body=body)
