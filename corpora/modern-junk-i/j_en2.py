"""English messages j19-j36 (2020-2026)."""
from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(19, 'phish', 'en', 'parcel customs duty and redelivery fee (Canada Post look-alike)', 'text/html; utf-8; base64; VPS look-alike sender')
def j19(r):
    rc = 'reception@harbourline.test'
    dom = 'cpost-redeliver-%s.example' % rlow(r, 4, AZ)
    trk = 'LM%09dCA' % r.randint(0, 999999999)
    html = ('<!doctype html><html><body style="font-family:Arial;font-size:14px;color:#333">\n'
            '<div style="border-top:6px solid #d71920;padding:16px;max-width:560px">\n'
            '<h2 style="margin:0 0 10px">Your item is on hold at the border</h2>\n'
            '<p>International item <b>%s</b> arrived at our Mississauga processing centre, but import '
            'duty and a handling charge were not prepaid by the sender. The item cannot be released for '
            'delivery until the balance is settled.</p>\n'
            '<table style="font-size:13px"><tr><td>Duty and taxes</td><td>CAD 2.41</td></tr>'
            '<tr><td>Redelivery scheduling</td><td>CAD 1.58</td></tr><tr><td><b>Total</b></td><td><b>CAD 3.99</b></td></tr></table>\n'
            '<p>Pay online and choose a new delivery day. Unclaimed items are returned to the sender after '
            '5 business days.</p>\n'
            '<p><a href="https://%s/track/%s" style="background:#d71920;color:#fff;padding:9px 20px;text-decoration:none">Pay and reschedule</a></p>\n'
            '</div></body></html>\n' % (trk, dom, trk))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'noreply@%s' % dom
    return build(r, org='D', rcpt=rc, env=frm, sent='2020-06-10 21:03:44', soff='+0000',
                 conn=('%s' % dom, None, ip),
                 auth=('Authentication-Results', 'mx.harbourline.test; spf=pass smtp.mailfrom=%s; dkim=none; dmarc=none header.from=%s' % (dom, dom)),
                 headers=[('From', '"Canada Post Notification" <%s>' % frm), ('To', rc),
                          ('Subject', 'Delivery notice: item %s awaiting payment' % trk),
                          ('Date', '{DATE}'), ('Message-ID', mid_hex(r, dom)),
                          ('X-Mailer', 'PHPMailer 6.1.5'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(20, 'spam', 'en', 'fake-retailer loyalty survey with gift-card reward, image-heavy', 'multipart/related (text/html + image/gif + image/png); utf-8; quoted-printable + base64')
def j20(r):
    rc = 'g.nwosu@northfield.edu.example'
    dom = 'valucart-%s.example' % rlow(r, 5, AZ)
    sid = rlow(r, 14, B62)
    html = ('<html><body style="margin:0;background:#fff8e7">\n<center>\n'
            '<img src="cid:logo@vc" width="220" height="70" alt="ValuCart"><br>\n'
            '<p style="font-family:Arial;font-size:22px;color:#c2410c"><b>Thank you for being a ValuCart Rewards member!</b></p>\n'
            '<p style="font-family:Arial;font-size:14px;width:480px">To celebrate our anniversary we picked a small number of '
            'members to tell us about their shopping this year. Answer six quick questions and choose a '
            '<b>$100 ValuCart gift card</b> as a thank-you. Only one reward per household.</p>\n'
            '<a href="http://%s/s/%s"><img src="cid:card@vc" width="320" height="200" alt="Start survey - claim $100"></a>\n'
            '<p style="font-family:Arial;font-size:10px;color:#888;width:480px">Reward requires completion of the survey and '
            'acceptance of a partner offer; a small shipping fee may apply. Offer ends in 48 hours.</p>\n'
            '</center></body></html>\n' % (dom, sid))
    b = '--==_mimepart_%s_%d' % (rhex(r, 12).lower(), r.randint(1000, 9999))
    body = multi('related', [text(html, 'html', 'utf-8', 'quoted-printable'),
                             binpart('image/gif', gif(r, 4, 2), 'logo.gif', 'inline', cid='logo@vc'),
                             binpart('image/png', png(r, 8, 5), 'card.png', 'inline', cid='card@vc')], b, preamble='')
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = 'rewards@%s' % dom
    return build(r, org='A', rcpt=rc, env='%s@%s' % (rlow(r, 10), dom), sent='2020-09-01 17:55:09', soff='-0400',
                 conn=('%s.%s' % (rlow(r, 5, AZ), dom), None, ip),
                 auth=auth_res('A', 'neutral', 'none', 'none', dom, dom),
                 headers=[('From', '"ValuCart Rewards" <%s>' % frm), ('To', rc),
                          ('Subject', 'Member appreciation: your $100 reward is reserved'), ('Date', '{DATE}'),
                          ('Message-ID', '<%s@%s>' % (sid, dom)), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(21, 'phish', 'en', '"cloud photo library full - photos will be deleted", payment failed', 'text/html; utf-8; base64; display name impersonating a brand')
def j21(r):
    rc = 'a.lindqvist@kestrel-eng.example'
    dom = 'photovault-billing-%s.example' % rlow(r, 4, AZ)
    n = r.randint(3000, 9000)
    html = ('<html><body style="font-family:-apple-system,Helvetica,Arial;color:#1d1d1f">\n'
            '<div style="max-width:520px;margin:auto;padding:20px">\n'
            '<p style="font-size:24px;font-weight:600">Your photos and videos will be removed.</p>\n'
            '<p>We tried to renew your 200 GB storage plan but the card on file was declined. Your library '
            'is now <b>over its limit</b> and uploads have stopped.</p>\n'
            '<p>If the plan is not renewed by the end of this week, <b>%d photos and %d videos</b> stored in '
            'your library will be permanently deleted, together with device backups.</p>\n'
            '<p>As a loyal customer you can keep everything and upgrade to 2 TB for the price of your '
            'current plan, at no extra cost for 12 months.</p>\n'
            '<p><a href="http://%s/renew?id=%s" style="background:#0071e3;color:#fff;padding:10px 22px;border-radius:18px;text-decoration:none">Update payment</a></p>\n'
            '</div></body></html>\n' % (n, n // 23, dom, rlow(r, 16)))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'support@%s' % dom
    return build(r, org='B', rcpt=rc, env=frm, sent='2020-12-08 08:41:27', soff='+0000',
                 conn=('mail.%s' % dom, None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=%s; dkim=none; dmarc=none' % dom),
                 headers=[('From', '"iCloud" <%s>' % frm), ('To', rc),
                          ('Subject', 'Your storage is full. %d photos are scheduled for deletion.' % n),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(22, 'spam', 'en', 'crypto "double your coins" giveaway', 'text/html; utf-8; quoted-printable; botnet, forged Outlook 16')
def j22(r):
    rc = 'bursar@wexley.ac.test'
    dom = '%s-event.example' % rlow(r, 8, AZ)
    addr = '0x' + rlow(r, 40, '0123456789abcdef')
    html = ('<html><body style="font-family:Arial;background:#111;color:#eee">\n'
            '<div style="max-width:560px;margin:auto;padding:18px">\n'
            '<h2 style="color:#f7c948">ETH COMMUNITY GIVEAWAY &ndash; 5,000 ETH</h2>\n'
            '<p>To thank early supporters after the network upgrade, the foundation behind this event is '
            'returning 5,000 ETH to the community. For the next 72 hours every transfer sent to the event '
            'address is returned <b>doubled</b> within 30 minutes.</p>\n'
            '<p>Send 0.1 to 20 ETH &rarr; receive 0.2 to 40 ETH back. Only the first transaction per wallet counts.</p>\n'
            '<p style="background:#222;padding:8px;font-family:monospace">%s</p>\n'
            '<p>Live tracker of returned payments: <a href="http://%s/live" style="color:#f7c948">%s/live</a></p>\n'
            '<p style="font-size:11px;color:#888">Remaining: %d ETH. Do not send from an exchange account.</p>\n'
            '</div></body></html>\n' % (addr, dom, dom, r.randint(800, 2400)))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = 'events@%s' % dom
    return build(r, org='E', rcpt=rc, env=frm, sent='2021-03-23 18:09:51', soff='+0200', tls=False,
                 conn=('DESKTOP-%s' % rlow(r, 7, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), '%s.pool.kievnet.example' % ip.replace('.', '-'), ip),
                 auth=auth_res('E', 'none', 'none', 'none', frm, dom),
                 headers=[('From', '"ETH Events" <%s>' % frm), ('To', rc),
                          ('Subject', 'Community giveaway is live (72 hours)'), ('Date', '{DATE}'),
                          ('Message-ID', mid_outlook(r, dom)), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(r))], body=body)


@reg(23, 'phish', 'en', 'fake file-share notification with HTML attachment credential form', 'multipart/mixed (text/plain + text/html attachment); us-ascii; 7bit + quoted-printable; compromised account')
def j23(r):
    rc = 'treasurer@ashford-county.gov.test'
    cdom = 'milbrook-cpa.example'
    host = '%s.%s.example' % (rlow(r, 5, AZ), rlow(r, 9, AZ))
    t = ('Hi,\n\n'
         'Please see the attached secured file shared with you through DropVault. It contains the '
         'reconciliation schedules and the signed engagement letter for this year\'s audit.\n\n'
         'You will need to confirm your organisation e-mail in the attachment before the files can be '
         'downloaded. The link expires in 3 days.\n\n'
         'Thanks,\nRenee Caldwell, CPA\nMilbrook & Associates\n')
    form = ('<html>\n<head><title>DropVault | Shared files</title></head>\n'
            '<body style="font-family:Arial;background:#f1f5f9">\n'
            '<div style="width:380px;margin:50px auto;background:#fff;padding:26px;border-radius:6px">\n'
            '<p style="font-size:20px;color:#2563eb">DropVault</p>\n'
            '<p>3 files shared by Milbrook &amp; Associates (2.4 MB)</p>\n'
            '<ul style="font-size:12px"><li>Audit_Reconciliation_FY21.xlsx</li><li>Engagement_Letter_signed.pdf</li><li>Trial_Balance.xlsx</li></ul>\n'
            '<form action="http://%s/dv/auth" method="POST">\n'
            '<p>Sign in with your e-mail provider to download</p>\n'
            '<input type="email" name="u" placeholder="E-mail" value="%s"><br><br>\n'
            '<input type="password" name="p" placeholder="Password"><br><br>\n'
            '<button type="submit">Download files</button>\n</form>\n</div>\n</body>\n</html>\n' % (host, rc))
    b = '00000000000%s' % rhex(r, 16).lower()
    att = text(form, 'html', 'us-ascii', 'quoted-printable', extra=[('Content-Disposition', 'attachment; filename="DropVault_Shared_Files.htm"')])
    body = multi('mixed', [text(t, cs='us-ascii', cte='7bit'), att], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'rcaldwell@%s' % cdom
    return build(r, org='C', rcpt=rc, env=frm, sent='2021-06-15 10:58:40', soff='-0400',
                 pre=[('from mail.%s (unknown [10.1.1.%d]) by mail.%s (Postfix) with ESMTPSA id %s;\n\t{d}'
                       % (cdom, r.randint(2, 200), cdom, rhex(r, 10)), 1, '-0400', 0)],
                 conn=('mail.%s' % cdom, 'mail.%s' % cdom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass' % (cdom, cdom)),
                 headers=[('DKIM-Signature', dkim(r, cdom, 'default')),
                          ('MIME-Version', '1.0'), ('Date', '{DATE}'), ('From', 'Renee Caldwell <%s>' % frm),
                          ('To', rc), ('Subject', 'Shared file: FY21 audit schedules'),
                          ('Message-ID', '<%s@%s>' % (rhex(r, 32).lower(), cdom)), ('*MIME*', None),
                          ('User-Agent', 'Roundcube Webmail/1.4.11')], body=body)


@reg(24, 'spam', 'en', 'home warranty offer via bulk ESP', 'multipart/alternative; utf-8; quoted-printable; List-Unsubscribe + List-Unsubscribe-Post')
def j24(r):
    rc = 'facilities@northfield.edu.example'
    dom = 'homeshieldplans-%s.example' % rlow(r, 3, AZ)
    esp = 'em%d.%s' % (r.randint(1000, 9999), dom)
    tok = rlow(r, 30, B62)
    plain = ('Protect your home systems before the next breakdown\n\n'
             'Your furnace, water heater and air conditioning will fail eventually, usually at the worst '
             'possible moment. A HomeShield plan covers repair or replacement of 20 major systems and '
             'appliances for a flat service fee, with no inspection required to enrol.\n\n'
             'This month only: first month free and $50 off every year of your plan. Plans from $1.17 a day.\n\n'
             'Get my quote: http://%s/q/%s\n\n'
             'Coverage subject to terms and limits; pre-existing conditions excluded.\n'
             'HomeShield Plans, PO Box 7719, Scottsdale AZ. Unsubscribe: http://%s/u/%s\n' % (esp, tok, esp, tok))
    html = ('<html><body style="font-family:Arial">\n<table width="600" align="center" style="border:1px solid #dde">\n'
            '<tr><td style="background:#1e3a8a;color:#fff;padding:14px;font-size:20px">HomeShield Plans</td></tr>\n'
            '<tr><td style="padding:16px;font-size:14px">\n<p><b>Your furnace, water heater and A/C will fail eventually.</b> '
            'A HomeShield plan covers repair or replacement of 20 major systems and appliances for a flat '
            'service fee &ndash; no inspection needed to enrol.</p>\n'
            '<p style="font-size:17px;color:#1e3a8a">First month FREE + $50 off every year</p>\n'
            '<p><a href="http://%s/q/%s" style="background:#f59e0b;color:#000;padding:10px 20px;text-decoration:none">Get my quote</a></p>\n'
            '</td></tr>\n<tr><td style="font-size:10px;color:#777;padding:10px">Coverage subject to terms and limits; '
            'pre-existing conditions excluded. HomeShield Plans, PO Box 7719, Scottsdale AZ. '
            '<a href="http://%s/u/%s">Unsubscribe</a></td></tr></table>\n'
            '<img src="http://%s/o/%s" width="1" height="1"></body></html>\n' % (esp, tok, esp, tok, esp, tok))
    b = '%s' % rhex(r, 40).lower()
    body = multi('alternative', [text(plain, cs='utf-8', cte='quoted-printable', w=0),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    env = 'bounces+%d-%s@%s' % (r.randint(10**6, 10**7), tok[:6], esp)
    return build(r, org='A', rcpt=rc, env=env, sent='2021-09-29 14:00:03', soff='+0000',
                 conn=('o%d.%s' % (r.randint(1, 30), esp), 'o1.%s' % esp, ip),
                 auth=auth_res('A', 'pass', 'pass header.d=%s' % dom, 'pass (p=NONE)', esp, dom),
                 headers=[('DKIM-Signature', dkim(r, dom, 's1', 'from:subject:to:list-unsubscribe:list-unsubscribe-post:mime-version')),
                          ('From', '"HomeShield Plans" <offers@%s>' % dom), ('To', rc),
                          ('Subject', 'First month free on whole-home protection'), ('Date', '{DATE}'),
                          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rlow(r, 22, B62), r.randint(1, 40))),
                          ('List-Unsubscribe', '<http://%s/u/%s>' % (esp, tok)),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                          ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-SG-EID', rb64(r, 64))], body=body)


@reg(25, 'spam', 'en', 'app development cold outreach, fake "following up" thread', 'text/plain; utf-8; quoted-printable; outreach tool')
def j25(r):
    rc = 'ceo@kestrel-eng.example'
    dom = 'brightloop%s.example' % rlow(r, 3, AZ)
    t = ('Hi there,\n\n'
         'Just floating this to the top of your inbox in case it got buried last week.\n\n'
         'Best,\nAnkit\n\n'
         '----- earlier message -----\n\n'
         'Hi,\n\n'
         'I was looking at Kestrel\u2019s field service process and wondered whether your engineers still '
         'log site visits on paper or in a spreadsheet after the job. We build custom iOS and Android '
         'apps for engineering firms: offline job sheets, photo capture with GPS stamps, customer '
         'sign-off on the device and a dashboard for the office.\n\n'
         'Our team of 85 developers has shipped more than 300 apps, and because we work from Pune and '
         'Kyiv our rates are about 40% lower than a UK agency, with a dedicated project manager in your '
         'time zone.\n\n'
         'Would you be open to a 15-minute call on Thursday or Friday? I can share a few case studies '
         'and a rough estimate for an MVP.\n\n'
         'Regards,\nAnkit Sharma\nBusiness Development Manager\n\n'
         'Not interested? Just reply \u201cno thanks\u201d and I won\u2019t follow up.\n')
    body = text(t, cs='utf-8', cte='quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'ankit@%s' % dom
    return build(r, org='B', rcpt=rc, env=frm, sent='2022-01-11 09:33:12', soff='+0530',
                 pre=[('from %s (%s) by mail-%s.%s with SMTP id %s;\n\t{d}' % (dom, ip, rlow(r, 4), dom, rlow(r, 14)), 0, '+0530', 0)],
                 conn=('mail-%s.%s' % (rlow(r, 4), dom), None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'google')),
                          ('MIME-Version', '1.0'), ('References', mid_gmail(r, 'mail.%s' % dom)),
                          ('In-Reply-To', mid_gmail(r, 'mail.%s' % dom)), ('From', 'Ankit Sharma <%s>' % frm),
                          ('Date', '{DATE}'), ('Message-ID', mid_gmail(r, 'mail.%s' % dom)),
                          ('Subject', 'Re: Field service app for Kestrel?'), ('To', rc),
                          ('X-Mailer', 'Mailshake'), ('*MIME*', None)], body=body)


@reg(26, 'phish', 'en', 'mailbox upgrade / quota migration, compromised college account', 'text/html; utf-8; quoted-printable; undisclosed recipients')
def j26(r):
    rc = 'm.ferreira@wexley.ac.test'
    sdom = 'stcolumba.ac.example'
    host = '%s.%s.example' % (rlow(r, 4, AZ), rlow(r, 10, AZ))
    html = ('<html><body style="font-family:Calibri,Arial;font-size:15px">\n'
            '<p>Dear Staff/Student,</p>\n'
            '<p>IT Services are upgrading all mailboxes to the new 100 GB storage platform. Your mailbox has '
            'reached <b>98%%</b> of its current quota (1.96 GB of 2 GB) and has been queued for migration.</p>\n'
            '<p>Mailboxes that are not validated before Friday will stop receiving new messages and any mail '
            'sent to you after that will be returned to the sender.</p>\n'
            '<p><a href="http://%s/upgrade/%s">Click here to validate and upgrade your mailbox</a></p>\n'
            '<p>We apologise for any inconvenience.</p>\n<p>IT Service Desk<br>Mailbox Administration Team</p>\n'
            '</body></html>\n' % (host, rlow(r, 12, B62)))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'p.mackenzie@%s' % sdom
    return build(r, org='E', rcpt=rc, env=frm, sent='2022-04-26 03:14:22', soff='+0100',
                 pre=[('from [172.16.%d.%d] (unknown [192.0.2.%d]) by mailhost.%s (Horde Framework) with HTTPS; {d}'
                       % (r.randint(0, 255), r.randint(1, 254), r.randint(2, 250), sdom), 0, '+0100', 0)],
                 conn=('mailhost.%s' % sdom, 'mailhost.%s' % sdom, ip),
                 auth=auth_res('E', 'pass', 'pass header.d=%s' % sdom, 'pass', frm, sdom),
                 headers=[('DKIM-Signature', dkim(r, sdom, 'mail2021')),
                          ('Date', '{DATE}'), ('From', '"IT Service Desk" <%s>' % frm),
                          ('To', 'undisclosed-recipients:;'), ('Subject', 'Mailbox Upgrade Notice (Quota 98%)'),
                          ('Message-ID', '<%s.%s@mailhost.%s>' % (r.randint(10**13, 10**14), rlow(r, 12, B62), sdom)),
                          ('User-Agent', 'Horde Application Framework 5'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(27, 'spam', 'en', 'email list sales: hospital and clinic decision-makers', 'text/plain; us-ascii; quoted-printable; free-mail')
def j27(r):
    rc = 'sales@harbourline.test'
    frm = 'olivia.leadsdesk@outlook.example'
    t = ('Hi,\n\n'
         'Are you looking to expand your customer base in the healthcare sector across Australia, New '
         'Zealand and South-East Asia this year?\n\n'
         'We can provide a contact list of hospital and clinic decision-makers: chief executives, '
         'directors of nursing, procurement and supply chain managers, biomedical engineering heads, '
         'practice managers of private clinics and dental group owners.\n\n'
         'Each contact comes with name, title, facility, direct e-mail, phone, address, bed count and '
         'specialty. The data is double verified and we guarantee 95% deliverability; any bounce above 5% '
         'is replaced free of charge.\n\n'
         'Let me know your target criteria and I will share the counts, pricing and a few sample records '
         'for your review.\n\n'
         'Thank you,\nOlivia Grant\nMarketing Executive\n\n'
         'Please reply with "Leave Out" in the subject line if you are not interested.\n')
    body = text(t, cs='us-ascii', cte='quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='D', rcpt=rc, env=frm, sent='2022-08-04 19:27:50', soff='+0530',
                 pre=[('from PN3P287MB%04d.INDP287.PROD.OUTLOOK.example\n\t([fe80::%s]) by PN3P287MB%04d.INDP287.PROD.OUTLOOK.example\n\twith mapi id 15.20.%d.%d; {d}'
                       % (r.randint(0, 9999), rhex(r, 4).lower(), r.randint(0, 9999), r.randint(5000, 5600), r.randint(1, 30)), 0, '+0000', 0)],
                 conn=('IND01-MAX-obe.outbound.protection.outlook.example', None, ip),
                 auth=('Authentication-Results', 'mx.harbourline.test; spf=pass smtp.mailfrom=outlook.example; dkim=pass header.d=outlook.example; dmarc=pass'),
                 headers=[('From', 'Olivia Grant <%s>' % frm), ('To', rc),
                          ('Subject', 'Healthcare Decision-Makers Contacts'), ('Thread-Topic', 'Healthcare Decision-Makers Contacts'),
                          ('Thread-Index', thread_index(r)), ('Date', '{DATE}'),
                          ('Message-ID', '<PN3P287MB%04d%s@PN3P287MB%04d.INDP287.PROD.OUTLOOK.example>' % (r.randint(0, 9999), rlow(r, 12, B62).upper(), r.randint(0, 9999))),
                          ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(28, 'phish', 'en', 'fake purchase order with IMG-named disk-image attachment (harmless bytes)', 'multipart/mixed (text/html + application/octet-stream); utf-8; base64')
def j28(r):
    rc = 'orders@kestrel-eng.example'
    dom = 'tri-anchor-trading.example'
    po = 'PO-%d-%04d' % (2022, r.randint(0, 9999))
    html = ('<html><body style="font-family:Calibri,Arial;font-size:14px">\n'
            '<p>Dear Sir/Madam,</p>\n'
            '<p>Good day. Please find attached our new purchase order %s for hydraulic couplings and '
            'stainless fittings as discussed with your sales department.</p>\n'
            '<p>Kindly confirm price validity, delivery lead time and the earliest ship date, and send us '
            'your proforma invoice so that our finance team can release the 30%% advance payment.</p>\n'
            '<p>The order file is compressed as a disk image due to its size; open it and run the document viewer '
            'inside if your PC does not show it directly.</p>\n'
            '<p>Best regards,<br>Farid Haddad<br>Purchasing Manager<br>Tri-Anchor Trading FZE</p>\n'
            '</body></html>\n' % po)
    data = b'PLACEHOLDER DISK IMAGE - NOT A REAL FILE\n' + bytes(64)
    b = '----=_NextPart_%s' % rhex(r, 24)
    body = multi('mixed', [text(html, 'html', 'utf-8', 'base64'),
                           binpart('application/octet-stream', data, '%s.img' % po)], b)
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = 'purchase@%s' % dom
    return build(r, org='B', rcpt=rc, env=frm, sent='2022-11-15 10:06:41', soff='+0400', tls=False,
                 date_override='Mon, 15 Nov 2022 10:06:41 +0400',
                 conn=('WIN-%s' % rlow(r, 11, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=fail smtp.mailfrom=%s; dkim=none; dmarc=fail action=none' % dom),
                 headers=[('From', '"Farid Haddad" <%s>' % frm), ('To', rc), ('Subject', 'New Order %s' % po),
                          ('Date', '{DATE}'), ('MIME-Version', '1.0'), ('*MIME*', None),
                          ('X-Priority', '1'), ('Message-ID', '<%s$%s@%s>' % (rlow(r, 8, '0123456789'), rhex(r, 8), rlow(r, 12, AZ)))], body=body)


@reg(29, 'spam', 'en', 'pump-and-dump "AI battery" small-cap alert with hash-buster', 'multipart/alternative; us-ascii; 7bit + quoted-printable; snowshoe')
def j29(r):
    rc = 'investments@ashford-county.gov.test'
    dom = '%s-markets.example' % rlow(r, 6, AZ)
    hb = buster(r, 30)
    plain = ('MARKET MOVER ALERT\n\n'
             'Ticker: VLTQ (OTC)   Recent: $0.42   12-month target: $3.10\n\n'
             'Voltiq Energy says its solid-state cell design, tuned with machine-learning software, reaches '
             'full charge in nine minutes. A European carmaker has "entered discussions" about a supply '
             'agreement, according to a company statement released after the close.\n\n'
             'Float is under 30 million shares. When a float this thin meets a headline this big, moves of '
             'several hundred percent have happened in days.\n\n'
             'Read the full report: http://%s/vltq\n\n%s\n\n'
             'Paid advertisement. The publisher was paid seventy-five thousand dollars by a third party for '
             'this campaign and may sell shares during it.\n' % (dom, hb))
    html = ('<html><body style="font-family:Arial">\n<h2 style="color:#15803d">MARKET MOVER ALERT: VLTQ</h2>\n'
            '<p>Recent <b>$0.42</b> &nbsp; 12-month target <b style="color:#15803d">$3.10</b></p>\n'
            '<p>Voltiq Energy says its machine-learning tuned solid-state cell reaches full charge in nine '
            'minutes &ndash; and a European carmaker has reportedly "entered discussions" about supply.</p>\n'
            '<p>With fewer than 30 million shares in the float, a headline like this can move the price '
            'several hundred percent in days.</p>\n<p><a href="http://%s/vltq">Read the full report</a></p>\n'
            '<p style="color:#fff;font-size:1px">%s</p>\n'
            '<p style="font-size:9px">Paid advertisement. The publisher was paid $75,000 by a third party and may sell shares.</p>\n'
            '</body></html>\n' % (dom, hb))
    b = '=-%s' % rlow(r, 22, B62)
    body = multi('alternative', [text(plain, cs='us-ascii', cte='7bit', w=0),
                                 text(html, 'html', 'us-ascii', 'quoted-printable')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'alerts@%s' % dom
    return build(r, org='C', rcpt=rc, env=frm, sent='2023-02-21 06:45:18', soff='-0500',
                 conn=('mx.%s' % dom, 'mx.%s' % dom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'mail')),
                          ('From', 'Market Mover Alert <%s>' % frm), ('To', rc),
                          ('Subject', 'VLTQ: the 9-minute battery nobody is talking about'),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@%s>' % (rlow(r, 20, B62), dom)),
                          ('List-Unsubscribe', '<mailto:leave@%s>' % dom), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(30, 'spam', 'en', 'adult lure "private photos", hidden random text', 'text/html; utf-8; base64; botnet, forged Thunderbird')
def j30(r):
    rc = 'd.osei@northfield.edu.example'
    dom = '%s.example' % rlow(r, 10, AZ)
    html = ('<html><body style="font-family:Arial;font-size:15px">\n'
            '<p>Hiii, it\'s Marisa from the chat last night &#128524;</p>\n'
            '<p>you left before I could send you the pics I promised... they\'re a bit too spicy to put in an '
            'email so I uploaded them to my private page. Only people I invite can see them.</p>\n'
            '<p><a href="http://%s/p/%s">&#128274; open my private album</a></p>\n'
            '<p>I\'m 5 km from you, free most evenings. don\'t make me wait too long ;)</p>\n'
            '<div style="opacity:0;height:0;overflow:hidden">%s</div>\n'
            '</body></html>\n' % (dom, rlow(r, 8), buster(r, 35)))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = 'marisa%d@%s.example' % (r.randint(10, 99), rlow(r, 7, AZ))
    return build(r, org='A', rcpt=rc, env=frm, sent='2023-06-13 22:51:30', soff='+0300', tls=False,
                 conn=('[%s]' % ip, None, ip),
                 auth=auth_res('A', 'none', 'none', 'none', frm, frm.split('@')[1]),
                 headers=[('Message-ID', mid_uuid(r, frm.split('@')[1])), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'),
                          ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.11.2'),
                          ('Content-Language', 'en-US'), ('To', rc), ('From', 'Marisa <%s>' % frm),
                          ('Subject', 'the photos i promised you'), ('*MIME*', None)], body=body)


@reg(31, 'spam', 'en', 'home solar "net metering ends" urgency pitch', 'text/html; utf-8; quoted-printable; List-Unsubscribe')
def j31(r):
    rc = 'office@harbourline.test'
    dom = 'sunpath-energy-%s.example' % rlow(r, 4, AZ)
    tok = rlow(r, 16, B62)
    html = ('<html><body style="font-family:Arial;font-size:14px;color:#222">\n'
            '<p>G\'day,</p>\n<p>Feed-in tariffs are being cut again from 1 January, and the state rebate on '
            'rooftop systems is expected to shrink with it. Households and small businesses that lock in '
            'before the change keep the current rate for the life of the system.</p>\n'
            '<p>SunPath can design, install and connect a 6.6 kW system with a battery-ready inverter in as '
            'little as two weeks, with <b>$0 upfront</b> and repayments that are often lower than the power '
            'bill they replace.</p>\n'
            '<p>Spots on our December install calendar are almost gone for your postcode.</p>\n'
            '<p><a href="http://%s/quote/%s"><b>See my estimated savings</b></a></p>\n'
            '<p style="font-size:10px;color:#888">You are receiving this because your business is listed in '
            'a public directory. <a href="http://%s/optout/%s">Opt out</a></p>\n</body></html>\n' % (dom, tok, dom, tok))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'hello@%s' % dom
    return build(r, org='D', rcpt=rc, env='bounce-%s@mail.%s' % (tok[:8], dom), sent='2023-10-03 08:12:55', soff='+1100',
                 conn=('mail.%s' % dom, None, ip),
                 auth=('Authentication-Results', 'mx.harbourline.test; spf=pass smtp.mailfrom=mail.%s; dkim=pass header.d=%s; dmarc=pass' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 'pm')),
                          ('From', 'SunPath Energy <%s>' % frm), ('To', rc),
                          ('Subject', 'Feed-in tariffs drop on 1 January - lock in now'),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, 'mail.%s' % dom)),
                          ('List-Unsubscribe', '<http://%s/optout/%s>' % (dom, tok)),
                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(32, 'spam', 'en', 'fake international trade-fair catalogue entry invoice with PDF', 'multipart/mixed (text/plain + application/pdf); windows-1252; 8bit + base64')
def j32(r):
    rc = 'marketing@wexley.ac.test'
    dom = 'intl-fair-catalogue.example'
    ref = 'IFC-%d/%d' % (r.randint(1000, 9999), 2024)
    t = ('Dear Exhibitor,\n\n'
         'Thank you for taking part in this year\u2019s Education & Training Expo. To make sure your '
         'institution is correctly presented in the official International Fair Catalogue 2024-2025, '
         'we kindly ask you to review the pre-filled form attached and return it signed.\n\n'
         'The catalogue is distributed to trade visitors in print and online, and your entry includes '
         'the name, address, telephone, web address and up to three product categories.\n\n'
         'Entry reference: %s\n\n'
         'Please note that by signing the form you confirm an order for the entry in the catalogue for '
         'three consecutive editions at EUR 1,895 per edition. The organisers of the exhibition are not '
         'responsible for this publication.\n\n'
         'Yours faithfully,\nCatalogue Editorial Office\n' % ref)
    p = pdf('International Fair Catalogue - correction form %s' % ref)
    b = '------------%s' % rlow(r, 24, '0123456789ABCDEF')
    body = multi('mixed', [text(t, cs='windows-1252', cte='8bit'),
                           binpart('application/pdf', p, 'Catalogue_Form_%s.pdf' % ref.replace('/', '-'))], b)
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'editorial@%s' % dom
    return build(r, org='E', rcpt=rc, env=frm, sent='2024-01-30 11:49:06', soff='-0600',
                 conn=('mail.%s' % dom, 'mail.%s' % dom, ip),
                 auth=auth_res('E', 'pass', 'none', 'none', dom, dom),
                 headers=[('Message-ID', mid_uuid(r, dom)), ('Date', '{DATE}'), ('MIME-Version', '1.0'),
                          ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB'),
                          ('To', rc), ('From', 'International Fair Catalogue <%s>' % frm),
                          ('Subject', 'Catalogue entry 2024-2025 - please check your details (%s)' % ref), ('*MIME*', None)], body=body)


@reg(33, 'spam', 'en', 'GLP-1 "weight-loss drops" without prescription', 'text/html; utf-8; quoted-printable; hacked WordPress (PHPMailer)')
def j33(r):
    rc = 'wellbeing@kestrel-eng.example'
    host = 'www.%s-florist.example' % rlow(r, 6, AZ)
    dom = 'slimdrops-%s.example' % rlow(r, 4, AZ)
    html = ('<html><body style="font-family:Arial;font-size:15px;max-width:560px">\n'
            '<h2>The weight-loss injection everyone talks about &ndash; now as drops</h2>\n'
            '<p>Doctors have a waiting list for the GLP-1 jab. Our sublingual drops use a "semaglutide-inspired" '
            'formula that you take at home, with no needles, no appointment and <b>no prescription needed</b>.</p>\n'
            '<p>Customers report losing 6-11 kg in the first eight weeks while eating what they enjoy. '
            'Cravings disappear, portions shrink on their own.</p>\n'
            '<p><s>&pound;149</s> <b style="color:#dc2626">&pound;49 per bottle</b> when you order 3 today.</p>\n'
            '<p><a href="http://%s/order?src=em%d">Claim the discount</a></p>\n'
            '<p style="font-size:10px;color:#999">These statements have not been evaluated. Results vary. '
            'Not a medicine.</p>\n</body></html>\n' % (dom, r.randint(100, 999)))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'wordpress@%s' % host[4:]
    return build(r, org='B', rcpt=rc, env='%s@srv%d.hostpoint-%s.example' % (rlow(r, 7, AZ), r.randint(10, 99), rlow(r, 3, AZ)),
                 sent='2024-05-07 04:10:39', soff='+0200',
                 pre=[('from %s (localhost [127.0.0.1])\n\tby srv.%s (Postfix) with ESMTP id %s;\n\t{d}' % (host, host[4:], rhex(r, 10)), 0, '+0200', 0)],
                 conn=('srv.%s' % host[4:], None, ip),
                 auth=('Authentication-Results', 'KESEDGE03.kestrel-eng.example; spf=softfail smtp.mailfrom=%s; dkim=none; dmarc=fail' % host[4:]),
                 headers=[('Date', '{DATE}'), ('To', rc), ('From', 'Slim Drops <%s>' % frm),
                          ('Subject', 'No needles, no waiting list'), ('Message-ID', '<%s@%s>' % (rlow(r, 40, B62), host[4:])),
                          ('X-Mailer', 'PHPMailer 6.8.1'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(34, 'spam', 'en', 'fake order confirmation with call-to-cancel number (call-back scam)', 'multipart/alternative; utf-8; base64; free-mail')
def j34(r):
    rc = 'pmurray@northfield.edu.example'
    frm = 'orderdesk.%s%d@gmail.example' % (rlow(r, 5, AZ), r.randint(10, 99))
    oid = '%03d-%07d-%07d' % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999))
    phone = '+1 (844) 555-01%02d' % r.randint(0, 99)
    plain = ('Hello,\n\nYour order has been placed and will be dispatched today.\n\n'
             'Order ID: %s\nItem: Gaming Laptop 17.3" RTX 4070, 32 GB RAM\nQty: 1\nTotal charged: $1,299.00\n'
             'Shipping to: the address on your account\n\n'
             'If you did not place this order, or want to cancel before it ships, call our fraud prevention '
             'line at %s. Orders cannot be cancelled by e-mail.\n\nCustomer Care\n' % (oid, phone))
    html = ('<div style="font-family:Arial;font-size:14px;border:1px solid #ccc;padding:16px;max-width:480px">\n'
            '<p style="font-size:18px"><b>Order confirmed</b></p>\n'
            '<p>Order ID: %s<br>Item: Gaming Laptop 17.3&quot; RTX 4070, 32 GB RAM<br>Qty: 1<br>'
            '<b>Total charged: $1,299.00</b></p>\n'
            '<p style="background:#fff3cd;padding:8px">Didn\'t order this? Call fraud prevention at <b>%s</b> '
            'within 24 hours to stop the shipment and reverse the charge.</p>\n'
            '<p style="font-size:11px;color:#777">Orders cannot be cancelled by replying to this e-mail.</p>\n</div>\n' % (oid, phone))
    b = '000000000000%s' % rhex(r, 16).lower()
    body = multi('alternative', [text(plain, cs='UTF-8', cte='base64'), text(html, 'html', 'UTF-8', 'base64')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='A', rcpt=rc, env=frm, sent='2024-09-17 13:22:48', soff='-0700',
                 pre=[('by mail-%s.google.example with SMTP id %s;\n        {d}' % (rlow(r, 4), rlow(r, 14)), 0, '-0700', 0)],
                 conn=('mail-yb1-f%d.google.example' % r.randint(170, 199), 'mail-yb1-f%d.google.example' % r.randint(170, 199), ip),
                 auth=auth_res('A', 'pass', 'pass header.d=gmail.example', 'pass (p=NONE)', frm, 'gmail.example'),
                 headers=[('DKIM-Signature', dkim(r, 'gmail.example', '20230601', 'mime-version:from:date:message-id:subject:to:cc')),
                          ('MIME-Version', '1.0'), ('From', 'Order Desk <%s>' % frm), ('Date', '{DATE}'),
                          ('Message-ID', mid_gmail(r)), ('Subject', 'Order %s has been placed' % oid),
                          ('To', 'orders-%d@gmail.example' % r.randint(1, 9)), ('Bcc', rc), ('*MIME*', None)], body=body)


@reg(35, 'spam', 'en', 'business line of credit "pre-approved", plain prose', 'text/plain; us-ascii; 7bit; sales-engagement sender')
def j35(r):
    rc = 'owner@ashford-county.gov.test'
    dom = 'capitalbridge-%s.example' % rlow(r, 5, AZ)
    t = ('Hi there,\n\n'
         'Quick one: your business came up on our pre-approved list this week for a revolving line of '
         'credit of up to $250,000. There is no hard credit pull to see your terms, and funds can be in '
         'your account within 24 hours of signing.\n\n'
         'Owners usually use the line for payroll gaps, equipment, inventory ahead of a busy season or '
         'to clear expensive card balances. You only pay for what you draw, and you can repay early with '
         'no penalty.\n\n'
         'All I need to finalise the offer is the last three months of business bank statements. Send '
         'them back as a reply and I will have the paperwork to you the same afternoon.\n\n'
         'Thanks,\nJordan Blake\nSenior Funding Advisor\n\n'
         'If you would rather not hear about funding options, reply STOP.\n')
    body = text(t, cs='us-ascii', cte='7bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'jordan@%s' % dom
    return build(r, org='C', rcpt=rc, env='bounces@%s' % dom, sent='2025-04-22 10:03:17', soff='-0400',
                 conn=('smtp-out.%s' % dom, 'smtp-out.%s' % dom, ip),
                 auth=('Authentication-Results', 'smtp.ashford-county.gov.test; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass' % (dom, dom)),
                 headers=[('DKIM-Signature', dkim(r, dom, 's2025')),
                          ('From', 'Jordan Blake <%s>' % frm), ('To', rc),
                          ('Subject', 'pre-approved line of credit for your business'),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, dom)),
                          ('X-Mailer', 'Apollo Sequence'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(36, 'phish', 'en', 'shared "payroll adjustment" document with HTML attachment credential form', 'multipart/mixed (text/plain + text/html attachment); utf-8; base64; display name spoofing HR')
def j36(r):
    rc = 'staff.all@harbourline.test'
    host = '%s.%s.example' % (rlow(r, 6, AZ), rlow(r, 7, AZ))
    t = ('Hi team,\n\n'
         'Following the salary review, an updated payroll adjustment statement has been prepared for '
         'each employee. Yours is attached as a protected document.\n\n'
         'Please open it and confirm your details by Friday so that the new rate applies from the next '
         'pay run. If you do not confirm, the adjustment will be carried over to the following month.\n\n'
         'Human Resources\nHarbourline\n')
    form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Protected document</title></head>\n'
            '<body style="font-family:Segoe UI,Arial;background:#f3f2f1">\n'
            '<div style="width:400px;margin:70px auto;background:#fff;padding:28px">\n'
            '<p><b>Payroll_Adjustment_2026.pdf</b> is protected.</p>\n'
            '<p style="font-size:13px">Enter the password of the account this message was sent to.</p>\n'
            '<form method="post" action="https://%s/doc/verify">\n'
            '<input name="email" value="%s" readonly style="width:100%%"><br><br>\n'
            '<input type="password" name="password" placeholder="Password" style="width:100%%"><br><br>\n'
            '<input type="submit" value="Open document"></form>\n</div></body></html>\n' % (host, rc))
    b = 'b1_%s' % rlow(r, 40, B62)
    att = text(form, 'html', 'utf-8', 'base64', extra=[('Content-Disposition', 'attachment; filename="Payroll_Adjustment_2026.html"')])
    body = multi('mixed', [text(t, cs='utf-8', cte='base64'), att], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'no-reply@%s' % host
    return build(r, org='D', rcpt=rc, env=frm, sent='2026-02-10 07:31:05', soff='+0000',
                 conn=(host, None, ip),
                 auth=('Authentication-Results', 'mx.harbourline.test; spf=pass smtp.mailfrom=%s; dkim=none; dmarc=none header.from=%s' % (host, host)),
                 headers=[('Date', '{DATE}'), ('To', rc), ('From', '"Harbourline HR" <%s>' % frm),
                          ('Subject', 'Payroll adjustment statement - confirm by Friday'),
                          ('Message-ID', '<%s@%s>' % (rlow(r, 32, B62), host)),
                          ('X-Mailer', 'PHPMailer 6.9.1'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)
