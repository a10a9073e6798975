from mlib import *


@reg(1, 'spam', 'online pharmacy, HTML comment splitting + hash-buster', 'text/html; iso-8859-1; quoted-printable')
def t01(r):
    rc = 'kmurphy@northfield.edu.example'
    fake = rlow(r, 7, 'abcdefghijklmnopqrstuvwxyz')
    env = '%s@%s.northfield.edu.example' % (fake, rlow(r, 5, 'abcdefghijklmnopqrstuvwxyz'))
    words = buster(r, 38)
    drugs = ['V<!--%s-->ia<!--%s-->gra' % (rlow(r, 4), rlow(r, 3)), 'C<!--%s-->ia<!--x-->lis' % rlow(r, 5),
             'Xa<!--%s-->nax' % rlow(r, 4), 'Va<!--%s-->lium' % rlow(r, 6), 'Am<!---->bien', 'Sn<!--%s-->oma' % rlow(r, 3)]
    html = ('<html><body bgcolor="#ffffff">\n<p><font face="Arial" size="3">Hi,<br>\n'
            'Why pay m<!--%s-->ore? We ship wor<!--%s-->ldwide, no pr<!--q-->escription needed.</font></p>\n'
            '<table border="0" cellpadding="3">\n' % (rlow(r, 5), rlow(r, 4))
            + ''.join('<tr><td><b>%s</b></td><td>from $%d.%02d</td></tr>\n' % (d, r.randint(1, 4), r.randint(10, 99)) for d in drugs)
            + '</table>\n<p><a href="http://%s.rx-outlet-direct.example/?%s"><b>ENTER OUR STORE</b></a></p>\n'
            '<p><font color="#ffffff" size="1">%s</font></p>\n'
            '<p><font size="1">no more: <a href="http://%s.rx-outlet-direct.example/rm.php">here</a></font></p>\n'
            '</body></html>\n' % (rlow(r, 8), rlow(r, 10), words, rlow(r, 8)))
    body = text(html, 'html', 'iso-8859-1', 'quoted-printable')
    host = rlow(r, 6, 'abcdefghijklmnopqrstuvwxyz').upper()
    return build(r, org='A', rcpt=rc, env=env, sent='2004-02-11 09:14:52', soff='+0100',
                 conn=(host, 'unknown', '203.0.113.%d' % r.randint(2, 250)), date_style=0,
                 headers=[('Message-ID', oe_mid(r, 2004, host.lower())),
                          ('From', '"Lorene Baptiste" <%s>' % env), ('To', '<%s>' % rc),
                          ('Subject', 'Re: cheapest meds onl1ne %s' % rlow(r, 6)), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2800.1158'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2800.1165')],
                 body=body)


@reg(2, 'spam', 'OEM software price list', 'text/plain; us-ascii; 7bit')
def t02(r):
    rc = 's.patel@kestrel-eng.example'
    dom = 'softcheap%s.example' % rlow(r, 3, '0123456789')
    env = '%s@%s' % (rlow(r, 6, 'abcdefghijklmnopqrstuvwxyz'), dom)
    items = [('Windows XP Professional', 50), ('Office XP Professional', 60), ('Adobe Photoshop 7.0', 60),
             ('Macromedia Dreamweaver MX 2004', 50), ('Adobe Acrobat 6.0 Professional', 80),
             ('Corel Draw Graphics Suite 11', 60), ('Norton SystemWorks 2004 Pro', 35),
             ('AutoCAD 2004', 100), ('Windows 2000 Advanced Server', 60), ('3D Studio Max 6', 100),
             ('Office 2003 Professional', 80), ('Visual Studio .NET 2003 Architect', 100)]
    lines = ''.join('  %-40s $%d\n' % (n, p) for n, p in items)
    t = ('Dear %s,\n\nLooking for cheap high-quality software? We might have just what you need.\n'
         'All items are full retail versions, downloadable right after purchase. No CD, no box,\n'
         'no waiting, no difference.\n\n%s\nOver 200 more titles in the catalogue:\nhttp://www.%s/?aff=%s\n\n'
         'Special offer this week - buy any 2 and get Ahead Nero 6 free.\n\n'
         'Best regards,\nDerrick Hale\nsoftware sales dept.\n\n\n'
         '%s\n' % (rc.split('@')[0], lines, dom, rlow(r, 5, '0123456789'), buster(r, 12)))
    body = text(t, cte='7bit')
    return build(r, org='B', rcpt=rc, env=env, sent='2004-03-22 22:41:07', soff='+0800',
                 conn=('mail.%s' % dom, None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('From', 'Derrick Hale <%s>' % env), ('Reply-To', 'Derrick Hale <sales@%s>' % dom),
                          ('To', rc), ('Subject', 'Software - Best Prices %s' % rlow(r, 4, 'abcdefghijklmnopqrstuvwxyz')),
                          ('Date', '{DATE}'), ('Message-ID', '<%d.%s@%s>' % (r.randint(10**8, 10**9), '20040322224107', dom)),
                          ('X-Mailer', 'The Bat! (v2.00.6) Business'),
                          ('MIME-Version', '1.0')], body=body)


@reg(3, 'spam', 'mortgage refinance "you are approved"', 'multipart/alternative; us-ascii; quoted-printable')
def t03(r):
    rc = 'tbrennan@ashford-county.gov.test'
    env = 'ofelia%s@lowrate-lenders.example' % r.randint(10, 99)
    ref = 'FA-%d-%s' % (r.randint(10000, 99999), rlow(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ'))
    plain = ('Dear Homeowner,\n\nYou have been pre-approved for a $402,000 home loan at a 3.45%% fixed rate.\n'
             'This offer is being extended to you unconditionally and your credit is in no way a factor.\n'
             'To take advantage of this limited time opportunity, all we ask is that you visit our\n'
             'website and complete the 1 minute post approval form.\n\n'
             'http://approve.lowrate-lenders.example/form.php?ref=%s\n\n'
             'Sincerely,\nOfelia Whitaker\nApproval Manager\n\n'
             'To be taken off our list go to http://approve.lowrate-lenders.example/out.html\n' % ref)
    html = ('<html><body>\n<div style="font-family:Verdana;font-size:12px">\n<p>Dear Homeowner,</p>\n'
            '<p>You have been <b>pre-approved</b> for a <b>$402,000</b> home loan at a <b>3.45%%</b> fixed rate.\n'
            'This offer is being extended to you unconditionally and your credit is in no way a factor.</p>\n'
            '<p><a href="http://approve.lowrate-lenders.example/form.php?ref=%s">Complete the 1 minute post approval form</a></p>\n'
            '<p>Sincerely,<br>Ofelia Whitaker<br>Approval Manager</p>\n'
            '<p style="font-size:9px;color:#999">To be taken off our list go '
            '<a href="http://approve.lowrate-lenders.example/out.html">here</a>.</p>\n</div></body></html>\n' % ref)
    b = '----=_NextPart_%03d_%04X_%08X.%08X' % (0, r.randrange(65536), r.getrandbits(32), r.getrandbits(32))
    body = multi('alternative', [text(plain, cs='us-ascii', cte='quoted-printable', quote=True),
                                 text(html, 'html', 'us-ascii', 'quoted-printable', quote=True)], b)
    host = 'c-%d-%d.hsd1.cable.example' % (r.randint(10, 99), r.randint(10, 250))
    return build(r, org='C', rcpt=rc, env=env, sent='2004-05-06 13:02:44', soff='-0700',
                 conn=('rmvfq', host, '192.0.2.%d' % r.randint(2, 250)),
                 headers=[('Message-ID', oe_mid(r, 2004, 'rmvfq')), ('From', '"Ofelia Whitaker" <%s>' % env),
                          ('To', rc), ('Subject', 'Your application ref %s - approved' % ref),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
                          ('X-Mailer', 'Microsoft Outlook Express 6.00.2600.0000'),
                          ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2600.0000')], body=body)


@reg(4, 'phish', 'eBay "verify your account"', 'text/html; iso-8859-1; 7bit; inert form')
def t04(r):
    rc = 'kath@harbourline.test'
    env = 'aw-confirm@ebay.example'
    host = 'ebay-cgi-signin.%s.example' % rlow(r, 5, 'abcdefghijklmnopqrstuvwxyz')
    html = ('<html>\n<head><title>eBay</title></head>\n<body>\n'
            '<table width="600"><tr><td><font face="Arial" size="2">\n'
            '<b>Dear eBay Member,</b><br><br>\n'
            'We regret to inform you that your eBay account has been suspended due to concerns we have '
            'for the safety and integrity of the eBay community.<br><br>\n'
            'Per the User Agreement, Section 9, we may immediately issue a warning, temporarily suspend, '
            'indefinitely suspend or terminate your membership if we believe that your actions may cause '
            'financial loss or legal liability for you, our users or us.<br><br>\n'
            'We have noticed irregular bidding activity on your account from an unrecognised computer. '
            'Please confirm your identity by filling in the form below.<br><br>\n'
            '<form method="post" action="http://%s/ws/eBayISAPI.dll">\n'
            'eBay User ID: <input type="text" name="uid"><br>\n'
            'Password: <input type="password" name="pw"><br>\n'
            'Credit Card Number: <input type="text" name="ccn"><br>\n'
            'Expiration Date: <input type="text" name="exp" size="5"> CVV2: <input type="text" name="cvv" size="4"><br>\n'
            'ATM PIN: <input type="password" name="pin" size="4"><br>\n'
            '<input type="submit" value="Submit"></form>\n'
            '<br>Regards,<br>Safeharbor Department<br>eBay Inc.<br>\n'
            '<font size="1">Copyright &copy; 1995-2004 eBay Inc. All Rights Reserved.</font>\n'
            '</font></td></tr></table>\n</body>\n</html>\n' % host)
    body = text(html, 'html', 'iso-8859-1', '7bit')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env=env, sent='2004-07-19 03:55:21', soff='-0500',
                 conn=('ebay.example', None, ip), gdelay=40,
                 headers=[('From', '"eBay" <aw-confirm@ebay.example>'), ('To', rc),
                          ('Subject', 'eBay Account Suspension - Verify Your Information'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('Message-Id', '<20040719%s.%s@ebay.example>' % (r.randint(100000, 999999), rhex(r, 5)))],
                 body=body)


@reg(5, 'spam', '419 advance fee, widow', 'text/plain; us-ascii; 7bit; freemail')
def t05(r):
    rc = 'admissions@northfield.edu.example'
    sender = 'mrs_helen_dauda%d@lycos.example' % r.randint(1, 99)
    reply = 'helendauda_family@mail-hk.example'
    t = ('FROM: MRS. HELEN DAUDA\nABIDJAN, COTE D\'IVOIRE.\n\nDEAR FRIEND,\n\n'
         'PERMIT ME TO INFORM YOU OF MY DESIRE OF GOING INTO BUSINESS RELATIONSHIP WITH YOU. I GOT YOUR '
         'CONTACT FROM THE INTERNATIONAL CHAMBER OF COMMERCE DIRECTORY WHILE SEARCHING FOR A RELIABLE AND '
         'HONEST PERSON TO HANDLE A CONFIDENTIAL TRANSACTION.\n\n'
         'I AM THE WIFE OF THE LATE CHIEF JOSEPH DAUDA, A WEALTHY COCOA MERCHANT WHO WAS POISONED BY HIS '
         'BUSINESS ASSOCIATES DURING ONE OF THEIR OUTINGS. BEFORE HIS DEATH HE DEPOSITED THE SUM OF '
         'US$12,500,000 (TWELVE MILLION FIVE HUNDRED THOUSAND UNITED STATES DOLLARS) WITH A SECURITY '
         'COMPANY HERE IN ABIDJAN, DECLARED AS FAMILY VALUABLES.\n\n'
         'I AM NOW SEEKING YOUR ASSISTANCE TO TRANSFER THIS MONEY INTO YOUR ACCOUNT FOR ONWARD INVESTMENT '
         'IN YOUR COUNTRY, AS THE RELATIVES OF MY LATE HUSBAND ARE AFTER MY LIFE AND THAT OF MY ONLY SON '
         'SAMUEL. YOU WILL BE ENTITLED TO 15%% OF THE TOTAL SUM FOR YOUR ASSISTANCE, WHILE 5%% WILL BE SET '
         'ASIDE FOR ANY EXPENSES INCURRED DURING THE TRANSACTION.\n\n'
         'PLEASE TREAT THIS MATTER WITH ABSOLUTE CONFIDENTIALITY. REPLY ME THROUGH MY PRIVATE EMAIL '
         '%s AND INCLUDE YOUR PRIVATE TELEPHONE AND FAX NUMBERS.\n\n'
         'GOD BLESS YOU.\n\nMRS. HELEN DAUDA (FOR THE FAMILY)\n' % reply)
    body = text(t, cs='us-ascii', cte='7bit')
    mip = '192.0.2.%d' % r.randint(2, 250)
    pre = [('from [%s] by mail.lycos.example with HTTP;\n\t{d}' % mip, 0, '+0000', 0)]
    return build(r, org='A', rcpt=rc, env=sender, sent='2004-08-30 14:20:03', soff='+0000',
                 conn=('mailout4.lycos.example', 'mailout4.lycos.example', '198.51.100.%d' % r.randint(2, 250)),
                 pre=pre,
                 headers=[('Message-ID', '<%s@mail.lycos.example>' % rlow(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
                          ('Date', '{DATE}'), ('From', '"MRS HELEN DAUDA" <%s>' % sender),
                          ('Reply-To', reply), ('Subject', 'URGENT ASSISTANCE NEEDED'),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Originating-IP', '[%s]' % mip), ('X-Mailer', 'Lycos Mail 3.0'),
                          ('To', 'undisclosed-recipients:;')],
                 body=body)


@reg(6, 'spam', 'enlargement pills, l33t subject', 'text/plain; windows-1252; quoted-printable')
def t06(r):
    rc = 'estates@wexley.ac.test'
    env = '%s@wexley.ac.test' % rlow(r, 5, 'abcdefghijklmnopqrstuvwxyz')
    t = ('Ladies love it \u2013 you will too.\n\n+3 inches in 6 weeks, clinically pr0ven.\n'
         'No pumps, no surgery. Just one small p1ll a day.\n\n'
         'http://%s.herbal-xtend.example/\n\n%s\n' % (rlow(r, 4), buster(r, 9)))
    body = text(t, cs='windows-1252', cte='quoted-printable')
    return build(r, org='E', rcpt=rc, env=env, sent='2004-10-03 05:17:40', soff='-0300',
                 conn=('%s.wexley.ac.test' % rlow(r, 6), None, '203.0.113.%d' % r.randint(2, 250)), skew=-37,
                 headers=[('From', 'Reggie Burch <%s>' % env), ('To', rc),
                          ('Subject', 'b1gger and th1cker  %s' % rlow(r, 9)), ('Date', '{DATE}'),
                          ('Message-ID', '<%s$%s@%s>' % (rhex(r, 8), rhex(r, 6), rlow(r, 4))),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(7, 'spam', 'university diplomas', 'text/plain; us-ascii; 7bit')
def t07(r):
    rc = 'p.nowak@wexley.ac.test'
    env = 'uncertified%s@%s.example' % (r.randint(1, 9), rlow(r, 8, 'abcdefghijklmnopqrstuvwxyz'))
    t = ('UNIVERSITY DIPLOMAS\n\nObtain a prosperous future, money earning power,\n'
         'and the admiration of all.\n\nDiplomas from prestigious non-accredited universities\n'
         'based on your present knowledge and life experience.\n\n'
         'No required tests, classes, books, or interviews.\n\n'
         'Bachelors, masters, MBA, and doctorate (PhD) diplomas available in the field of your choice.\n\n'
         'No one is turned down.\n\nConfidentiality assured.\n\n'
         'CALL NOW to receive your diploma within days!!!\n\n1-206-555-0%03d\n\n'
         'Call 24 hours a day, 7 days a week, including Sundays and holidays.\n' % r.randint(100, 199))
    body = text(t)
    return build(r, org='E', rcpt=rc, env=env, sent='2004-11-15 20:08:13', soff='-0600',
                 conn=('adsl-%d-%d.dsl.bras.example' % (r.randint(1, 250), r.randint(1, 250)), None, '198.51.100.%d' % r.randint(2, 250)),
                 headers=[('Message-ID', '<MDAEMON-F%s.%s@%s>' % ('20041115', rhex(r, 6), rlow(r, 5))),
                          ('From', '"Yolanda Carr" <%s>' % env), ('To', rc), ('Subject', 'Fwd: Academic Qualifications'),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)
