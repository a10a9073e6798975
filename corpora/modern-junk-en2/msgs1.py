"""Messages n01-n20."""
from lib import text, binpart, multi, addr, pdf, png, gif1x1, fake_qr, zipped, b64url, hx, rs, digits
from mail import mailbox


def m01(E):
    """AI trading bot, look-alike .xyz on its own VPS, HTML only."""
    E.when(2026, 2, "uk", (7, 11))
    rcpt = mailbox("tillbrook", "Gareth", "Pryce")
    dom = "quantixai-returns.xyz"
    trk = "https://go.%s/r/%s" % (dom, E.b64u(24))
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>
body{margin:0;background:#0b1020;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#e8ecf5}
.wrap{max-width:600px;margin:0 auto;background:#111831;border-radius:10px}
h1{font-size:26px;color:#7cf5c4;margin:0 0 12px}
.btn{display:inline-block;background:linear-gradient(90deg,#12d18e,#0fa3f2);color:#ffffff!important;
padding:16px 34px;border-radius:40px;text-decoration:none;font-weight:700;font-size:18px}
.stat td{padding:8px 12px;border-bottom:1px solid #26304f;font-size:14px}
.small{font-size:11px;color:#7d86a3}
</style></head>
<body>
<div class="wrap" style="padding:28px">
<p style="font-size:12px;color:#8f9bc0">Private invitation for Gareth &middot; Ref QX-%(ref)s</p>
<h1>Britain's new AI trading bot made &pound;1,140 for ordinary savers THIS WEEK</h1>
<p>Gareth, you've been selected for one of the last 37 places in the Quantix AI pilot.
Our neural engine scans 14,000 crypto and forex pairs every second and closes trades
before the markets even notice. No experience. No charts. You simply switch it on.</p>
<table class="stat" width="100%%" cellspacing="0">
<tr><td>Minimum deposit</td><td align="right"><b>&pound;250</b></td></tr>
<tr><td>Average daily return (pilot group)</td><td align="right"><b style="color:#7cf5c4">+4.8%%</b></td></tr>
<tr><td>Win rate last 30 days</td><td align="right"><b>91.6%%</b></td></tr>
<tr><td>Time needed</td><td align="right"><b>20 minutes a day</b></td></tr>
</table>
<p>&ldquo;I was sceptical too. I put in &pound;250 on a Monday and by Friday my account
showed &pound;1,392. I've paid off the car.&rdquo; &mdash; <i>Denise R., Swindon</i></p>
<p>As featured on BBC, Dragons' Den and This Morning. Places close at midnight.</p>
<p style="text-align:center;margin:30px 0"><a class="btn" href="%(trk)s">ACTIVATE MY AI ACCOUNT &rarr;</a></p>
<p class="small">Your dedicated account manager will call you within 24 hours to verify your
identity and connect your broker. Please keep your phone nearby.</p>
<p class="small">Capital at risk. Past results don't guarantee future returns. You received this
because you asked about passive income on a partner site. <a href="https://go.%(dom)s/u/%(u)s"
style="color:#7d86a3">Unsubscribe</a> &middot; Quantix Digital Ltd, Suite 4, 19 Harbour Rd, Limassol</p>
</div>
<img src="https://go.%(dom)s/o/%(px)s.gif" width="1" height="1" alt="" style="display:none">
</body></html>
""" % dict(ref=E.num(6), trk=trk, dom=dom, u=E.b64u(12), px=E.hex(20))
    root = text(html, "html", "utf-8", "quoted-printable", q=False, case="U")
    return E.send(label="spam", client="php6", path="vps", frm=addr("Quantix AI \u2022 Private Desk", "desk@" + dom),
                  from_addr="desk@" + dom, to=addr("Gareth Pryce", rcpt), rcpt=rcpt, org="tillbrook",
                  subject="\U0001F4C8 Gareth, your AI account made +\u00a31,140 (activate before midnight)",
                  root=root, popt=dict(ip="203.0.113.77", host="srv1." + dom, how="local", sel="mail",
                                       region="cet"),
                  env_from="bounce@" + dom, copt=dict(ver="6.9.1"),
                  extra=[("List-Unsubscribe", "<https://go.%s/u/%s>" % (dom, E.b64u(12)))])


def m02(E):
    """Bitcoin investment, personal tone, gmail with Reply-To elsewhere."""
    E.when(2018, 1, "us_e", (9, 22))
    rcpt = mailbox("norvane", "Dale", "Whitcomb")
    frm = "rachel.donnelly1984@gmail.com"
    plain = """Hi Dale,

Hope you don't mind me reaching out like this. A friend from my old office
passed your email along, she said you were one of the few people she knew
who actually reads things before deleting them :)

Long story short - in October I started putting a little bit of money into
a private Bitcoin trading club. Not the buy-and-pray thing everybody does,
these guys run an automated arbitrage between exchanges in Korea and the
US, and the price difference is crazy right now. I started with $500, I am
at $13,400 as of this morning. I'm not rich, I'm a dental hygienist, I'm
not making this up.

They only take new members by referral and I get 4 invites a month, so I'm
sending one to you. There's no catch, you can withdraw any time, they just
ask you to start with at least $250 so the software can place trades.

If you want the link, reply to this email and I'll send you my invite code
and the link to the member area. Don't reply to my gmail, I barely check it,
use the address I set for replies.

Talk soon,
Rachel
"""
    html = """<div dir="ltr">Hi Dale,<div><br></div><div>Hope you don't mind me reaching out like this. A friend from my old office passed your email along, she said you were one of the few people she knew who actually reads things before deleting them :)</div><div><br></div><div>Long story short - in October I started putting a little bit of money into a private Bitcoin trading club. Not the buy-and-pray thing everybody does, these guys run an automated arbitrage between exchanges in Korea and the US, and the price difference is crazy right now. I started with $500, I am at <b>$13,400</b> as of this morning. I&#39;m not rich, I&#39;m a dental hygienist, I&#39;m not making this up.</div><div><br></div><div>They only take new members by referral and I get 4 invites a month, so I&#39;m sending one to you. There&#39;s no catch, you can withdraw any time, they just ask you to start with at least $250 so the software can place trades.</div><div><br></div><div>If you want the link, reply to this email and I&#39;ll send you my invite code and the link to the member area. Don&#39;t reply to my gmail, I barely check it, use the address I set for replies.</div><div><br></div><div>Talk soon,</div><div>Rachel</div></div>
"""
    b = E.bnd("gmail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", None, q=True),
                                 text(html, "html", "UTF-8", "quoted-printable", q=True)], b)
    return E.send(label="spam", client="gmail", path="gmail", frm=addr("Rachel Donnelly", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="norvane", subject="re: that bitcoin thing I mentioned",
                  reply_to="r.donnelly@btc-profitclub.info", root=root, popt=dict(ip="198.51.100.43", reply=True))


def m03(E):
    """Sextortion, From forged as the recipient, homoglyphs, no Message-ID, straight from a bot."""
    E.when(2019, 7, "eet", (0, 23))
    rcpt = mailbox("kestrel", "Priya", "Nandakumar")
    btc = "1" + rs(E.rng, 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    body = """Hello!

I'm a hacker who cracked your email and device a few months ago.
You entered a password on one of the sites you visited, and I intercepted it.
This is your password from %(r)s on moment of hack: k******2

Of course you can will change it, or already changed it.
But it doesn't matter, my malware updated it every time.

Do not try to contact me or find me, it is impossible, since I sent you an email from your account.

Through your e-mail, I uploaded malicious code to your Operation System.
I saved all of your contacts with friends, colleagues, relatives and a complete history of visits to the Internet resources.
Also I installed a Тrojan on your device and long tome spying for you.

You are not my only victim, I usually lock computers and ask for a ransom.
But I was struck by the sites of intimate content that you often visit.

I am in shock of your fantasies! I've never seen anything like this!

So, when you had fun on piquant sites (you know what I mean!)
I made screenshot with using my program from your camera of yours device.
After that, I combined them to the content of the currently viewed site.

Will be laughter, if I send these photos to your contacts! And if your relatives see it?
BUT I'm sure you don't want this.

Therefore, I expect payment from you for my silence.
I think $892 is an acceptable price for it!

Pay with Вitcoin.
My BTC wallet: %(btc)s

If you do not know how to do this - enter into Google "how to transfer money to a bitcoin wallet". It is not difficult.
After receiving the specified amount, all your data will be immediately destroyed automatically. My virus will also remove itself from your operating system.

My Trojan have auto alert, after this email is read, I will be know it!

I give you 2 days (48 hours) to make a payment.
If this does not happen - all your contacts will get crazy shots from your dark secret life!
And so that you do not obstruct me, your device will be blocked (also after 48 hours)

Do not be silly!
Police or friends won't help you for sure ...

p.s. I can give you advice for the future. Do not enter your passwords on unsafe sites.

I hope for your prudence.
Farewell.
""" % dict(r=rcpt, btc=btc)
    root = text(body, "plain", "utf-8", "8bit", q=False, case="U")
    return E.send(label="spam", client="bare", path="direct", frm=rcpt, from_addr=rcpt, to=rcpt, rcpt=rcpt,
                  org="kestrel", subject=rcpt + " was under attack! Change your access data!", root=root,
                  mid=None, popt=dict(helo="[192.0.2.161]", rdns="unknown", ip="192.0.2.161", spf="softfail"),
                  env_from=rcpt, copt=dict(order=["From", "To", "Subject", "Date", ("MIME-Version", "1.0"),
                                                   "@MIME"]),
                  date_style="std")


def m04(E):
    """Sextortion 2022 variant from a compromised small-business mailbox, base64 cp1252."""
    E.when(2022, 10, "uk", (1, 5))
    rcpt = mailbox("corvid", "Marcus", "Ellery")
    frm = "accounts@dorsetvale-plumbing.co.uk"
    btc = "bc1q" + rs(E.rng, 38, "023456789acdefghjklmnpqrstuvwxyz")
    body = """Hi, this is a last warning and I\u2019ll be short.

Some months ago I got access to the devices you use for browsing the internet. All this time I\u2019ve been watching everything you do. Your system got infected by a spyware driver that I keep updating, so your antivirus doesn\u2019t see it. The same software gives me access to your camera and microphone.

I made a video of you satisfying yourself while watching very special content on adult websites. One click and this video goes to every address in your contact list, on email and on social media. I also have a copy of your browsing history and your chats.

I\u2019m offering you a way out. Transfer 1450 USD in Bitcoin to my wallet:

%s

(copy and paste it, it is case sensitive)

You have 50 hours from the moment you opened this message. I get a notification as soon as you open it, the timer has already started. When the payment arrives I remove the video and the driver and you will never hear from me again. You have my word, I am a professional, I only care about the money.

Don\u2019t reply to this e-mail, it was sent from a random box that I took over. Don\u2019t go to the police, and don\u2019t tell anyone \u2014 if I notice that, the video is published immediately.
""" % btc
    root = text(body, "plain", "windows-1252", "base64", q=True)
    return E.send(label="spam", client="roundcube", path="webmail", frm=addr("Accounts", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="corvid", subject="Payment for silence - " + E.num(5), root=root,
                  popt=dict(host="cloud-217.pebblehost-uk.net", client_ip="203.0.113.201",
                            ip="198.51.100.217", webmail="webmail.dorsetvale-plumbing.co.uk", sel="default",
                            region="uk"),
                  copt=dict(sender=frm, ver="1.5.2"))


INERT_NOTE = "<!-- placeholder page: the form goes nowhere real -->"


def m05(E):
    """Payment remittance with an .htm attachment (credential form), compromised business mailbox."""
    E.when(2020, 11, "aus", (8, 17))
    rcpt = "ap@emberlyfinance.test"
    frm = "j.whitlam@harbourline-marine.com.au"
    inv = "INV-%s" % E.num(5)
    plain = """Good afternoon,

Please find attached the remittance advice for payment of %s processed
today through our bank. Funds should clear within 1-2 business days.

Kindly open the attachment on a desktop computer and sign in with your
e-mail to view the secured remittance.

Regards,

Jenny Whitlam
Accounts Officer
Harbourline Marine Services
Ph: +61 7 5550 1842
""" % inv
    page = """<html><head><title>Remittance Advice - Secured</title>
%(note)s
<style>
body{font-family:Arial,sans-serif;background:#f3f3f3}
.box{width:360px;margin:80px auto;background:#fff;padding:30px;border:1px solid #ddd}
input{width:100%%;padding:8px;margin:6px 0}
button{background:#0067b8;color:#fff;border:0;padding:9px 20px}
</style></head>
<body><div class="box">
<h3>Secure Document Viewer</h3>
<p>Remittance advice %(inv)s is protected. Verify your e-mail account to view.</p>
<form method="post" action="https://remit-viewer.docuvault-secure.info/verify.php">
<input type="email" name="login" value="%(rcpt)s">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">View Document</button>
</form>
<p style="font-size:11px;color:#777">Amount: AUD 18,460.00 &nbsp; Payment date: %(pd)s</p>
</div></body></html>
""" % dict(note=INERT_NOTE, inv=inv, rcpt=rcpt, pd="%d/%02d/%d" % (E.d.day, E.d.month, E.d.year))
    b = E.bnd("roundcube")
    root = multi("mixed", [text(plain, "plain", "us-ascii", "7bit", q=False, case="U"),
                           binpart(page.encode("ascii"), "text/html", "Remittance_Advice_%s.htm" % inv,
                                   style="php")], b, q=True)
    return E.send(label="phish", client="roundcube", path="webmail", frm=addr("Jenny Whitlam", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="emberly", subject="Payment Remittance Advice - %s / Ref %s" % (
                      inv, E.num(6)), root=root,
                  popt=dict(host="mail.harbourline-marine.com.au", mta="postfix", client_ip="192.0.2.88",
                            ip="203.0.113.19", region="aus", sel="mail"),
                  copt=dict(sender=frm, org="Harbourline Marine Services", ver="1.4.9"))


def m06(E):
    """DocuSign lure, look-alike .online, mismatched link text."""
    E.when(2021, 5, "us_e", (6, 20))
    rcpt = mailbox("marlow", "Helen", "Acheson")
    dom = "docu-signature.online"
    env = "%s" % E.uuid()
    real = "https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&acct=%s" % (E.uuid(), E.uuid())
    bad = "https://web-docuview.online/sign/%s?e=%s" % (E.b64u(18), rcpt.replace("@", "%40"))
    plain = """Marlow Engineering Accounts sent you a document to review and sign.

REVIEW DOCUMENT
%s

Please DocuSign: Q2_Supplier_Agreement_Amendment.pdf

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code:
%s

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % (bad, E.hex(32, True))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="margin:0;padding:0;background-color:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eaeaea;padding:2%% 4%%">
<tr><td>
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#1e4ca1;color:#ffffff;
font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:28px 24px;text-align:center">
<div style="font-size:40px;line-height:40px">&#9993;</div>
<p style="font-size:16px;margin:18px 0">Marlow Engineering Accounts sent you a document to review and sign.</p>
<a href="%(bad)s" style="background:#ffc423;color:#333333;font-weight:bold;font-size:15px;padding:10px 22px;
text-decoration:none;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table>
<table width="640" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;
color:#333333"><tr><td style="padding:24px">
<p><b>Helen Acheson</b>,</p>
<p>Please DocuSign: Q2_Supplier_Agreement_Amendment.pdf</p>
<p>Link not working? Paste this address into your browser:<br>
<a href="%(bad)s" style="color:#1e4ca1">%(real)s</a></p>
</td></tr>
<tr><td style="padding:18px 24px;background:#f3f3f3;font-size:11px;color:#666666">
<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email,
link, or access code with others.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in
the document, please reach out to the sender by emailing them directly.<br><br>
Envelope ID: %(env)s
</td></tr></table>
</td></tr></table>
</body></html>
""" % dict(bad=bad, real=real, env=env.upper())
    b = E.bnd("dotnet")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "quoted-printable", q=False),
                                 text(html, "html", "us-ascii", "quoted-printable", q=False)], b, q=False)
    frm = "dse_na4@" + dom
    return E.send(label="phish", client="dotnet", path="vps", frm=addr("DocuSign Signature Service", frm),
                  from_addr=frm, to=addr("Helen Acheson", rcpt), rcpt=rcpt, org="marlow",
                  subject="Completed: Please DocuSign: Q2_Supplier_Agreement_Amendment.pdf", root=root,
                  mid="dotnet", popt=dict(ip="198.51.100.142", host="vmi%s.contaboserver-hosting.net" % E.num(6),
                                          how="loopback", d=dom, sel="s1", region="cet",
                                          helo="mail." + dom, rdns="vmi%s.contaboserver-hosting.net" % E.num(6)))


def m07(E):
    """SharePoint / OneDrive share from a compromised accounting-firm Exchange mailbox."""
    E.when(2024, 2, "us_e", (9, 17))
    rcpt = mailbox("greyfriars", "Oliver", "Tennant")
    frm = "lmorrow@carrowfinchcpa.com"
    link = "https://carrowfinch-my.filecloud-share.com/:b:/g/personal/lmorrow/%s?e=%s" % (E.b64u(27), E.tok(6))
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:12.0pt;font-family:"Aptos",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose;font-family:"Aptos",sans-serif;color:windowtext;}
--></style></head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<table border="0" cellspacing="0" cellpadding="0" width="480" style="width:360.0pt;border:solid #e1dfdd 1.0pt">
<tr><td style="padding:18.0pt 18.0pt 18.0pt 18.0pt">
<p class="MsoNormal"><span style="font-size:18.0pt;color:#323130">Laura Morrow shared a file with you</span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:10.5pt;color:#605e5c">Here&#8217;s the document that Laura Morrow
shared with you.</span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:11.0pt">&#128196; <b>Greyfriars - 2023 Engagement Letter &amp; Fee
Schedule.pdf</b></span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:10.5pt;color:#605e5c">This link will work for anyone in your
organisation.</span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><a href="%(link)s"><span style="background:#0078d4;color:white;padding:6pt 12pt;
text-decoration:none">Open</span></a></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:#a19f9d">&#128274; Microsoft respects your privacy.
To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA
98052</span></p>
</td></tr></table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Laura Morrow, CPA</b> | Senior Associate<br>Carrow &amp; Finch LLP | 2200 Larkspur Ave, Suite
310 | Hartford, CT<br>D: (860) 555-0147</p>
</div></body></html>
"""
    plain = """Laura Morrow shared a file with you

Here's the document that Laura Morrow shared with you.

Greyfriars - 2023 Engagement Letter & Fee Schedule.pdf

This link will work for anyone in your organisation.

Open <%s>

Microsoft respects your privacy. To learn more, please read our Privacy Statement.

Laura Morrow, CPA | Senior Associate
Carrow & Finch LLP | 2200 Larkspur Ave, Suite 310 | Hartford, CT
D: (860) 555-0147
""" % link
    b = E.bnd("exch")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "quoted-printable", q=True),
                                 text(html, "html", "utf-8", "quoted-printable", q=True)], b, q=True)
    return E.send(label="phish", client="exch", path="exchange", frm=addr("Laura Morrow", frm), from_addr=frm,
                  to=addr("Oliver Tennant", rcpt), rcpt=rcpt, org="greyfriars",
                  subject="Laura Morrow shared \"Greyfriars - 2023 Engagement Letter & Fee Schedule\" with you",
                  root=root, copt=dict(orig_ip="192.0.2.214", topic="Laura Morrow shared a file with you"),
                  popt=dict(exch=("CFX-MBX01.carrowfinch.local", "CFX-EDGE01.carrowfinch.local"),
                            edge="smtp.carrowfinchcpa.com", ip="198.51.100.61", region="us_e", sign="cf2021",
                            mapi=True))


def m08(E):
    """Microsoft 365 'password expires today', look-alike .top, HTML only in base64."""
    E.when(2022, 6, "us_p", (5, 10))
    rcpt = "devon@quillon-software.test"
    dom = "m365-accountsvc.top"
    link = "https://portal-office365.auth-renew.top/?login=%s&tkn=%s" % (rcpt, E.hex(24))
    html = """<html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252424">
<table width="100%%" style="max-width:560px" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;border-bottom:4px solid #d83b01">
<span style="font-size:20px;font-weight:600">Microsoft 365</span></td></tr>
<tr><td style="padding:20px 0">
<p style="font-size:22px;color:#d83b01;margin:0">Password Expiry Notice</p>
<p>The password for your account <b>%(r)s</b> expires <b>today</b> %(dt)s.</p>
<p>To keep using your current password and avoid losing access to Outlook, Teams and OneDrive,
use the button below. Mail delivery to this account will be suspended after expiry.</p>
<p style="margin:26px 0"><a href="%(link)s" style="background:#0078d4;color:#fff;padding:11px 24px;
text-decoration:none;font-weight:600">Keep Current Password</a></p>
<p style="color:#605e5c;font-size:12px">This is a mandatory security notification for
quillon-software.test users. Please do not reply.</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a8886;border-top:1px solid #edebe9;padding-top:10px">
Microsoft Corporation | One Microsoft Way | Redmond, WA 98052-6399</td></tr>
</table></body></html>
""" % dict(r=rcpt, dt="%d/%d/%d" % (E.d.month, E.d.day, E.d.year), link=link)
    root = text(html, "html", "utf-8", "base64", q=True)
    frm = "no-reply@" + dom
    return E.send(label="phish", client="php6", path="vps", frm=addr("Microsoft 365 Admin", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="quillon",
                  subject="Password Expiry Notice for %s - Action Required Today" % rcpt, root=root,
                  popt=dict(ip="203.0.113.140", how="local", uid=33, sign=False, spf="pass"),
                  copt=dict(ver="6.6.0"))


def m09(E):
    """Voicemail notification with an .html attachment, from a hacked website, spoofing the recipient domain."""
    E.when(2023, 9, "us_c", (10, 16))
    rcpt = mailbox("norvane", "Tricia", "Halvorsen")
    frm = "voicemail@norvane-logistics.test"
    caller = "+1 (312) 555-0%s" % E.num(3)
    body = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<table style="border:1px solid #c8c8c8;width:520px" cellpadding="10">
<tr><td style="background:#2f2f2f;color:#ffffff;font-size:16px">&#9742; New Voice Message</td></tr>
<tr><td>
<p>You received a new voicemail message in your mailbox.</p>
<table style="font-size:13px">
<tr><td style="color:#666">From:</td><td>%(caller)s (Wireless Caller)</td></tr>
<tr><td style="color:#666">To:</td><td>%(rcpt)s</td></tr>
<tr><td style="color:#666">Received:</td><td>%(when)s</td></tr>
<tr><td style="color:#666">Length:</td><td>00:02:41</td></tr>
</table>
<p>The audio file is attached. Download and open it in your browser to listen.</p>
<p style="font-size:11px;color:#888">Unified Messaging &copy; Norvane Logistics</p>
</td></tr></table></body></html>
""" % dict(caller=caller, rcpt=rcpt, when="%02d/%02d/%d %d:%02d %s" % (E.d.month, E.d.day, E.d.year,
                                                                        (E.d.hour + 11) % 12 + 1, E.d.minute,
                                                                        "PM" if E.d.hour >= 12 else "AM"))
    att = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Voice Message Player</title>
%s
<style>body{background:#f0f2f5;font-family:sans-serif}.c{width:380px;margin:70px auto;background:#fff;padding:26px;
border-radius:6px}</style></head><body><div class="c">
<p><b>&#9654; Audio_Message_0913.wav</b> (00:02:41)</p>
<p>Sign in with your work account to play this message.</p>
<form action="https://vm-playback.cloudvoice-hub.online/auth" method="post">
<p><input name="u" value="%s" size="32"></p>
<p><input name="p" type="password" placeholder="Password" size="32"></p>
<p><input type="submit" value="Play message"></p>
</form></div></body></html>
""" % (INERT_NOTE, rcpt)
    b = E.bnd("php5")
    root = multi("mixed", [text(body, "html", "iso-8859-1", "quoted-printable", q=False, case="l"),
                           binpart(att.encode("utf-8"), "application/octet-stream",
                                   "VM_Received_%s_2m41s.html" % E.num(4), style="php")], b, q=True)
    return E.send(label="phish", client="php5", path="cpanel", frm=addr("Voice Mail System", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="norvane",
                  subject="New Voicemail from %s received for %s" % (caller, rcpt.split("@")[0]), root=root,
                  env_from="tropicalb@sh-box42.cedarleaf-hosting.net",
                  popt=dict(host="sh-box42.cedarleaf-hosting.net", user="tropicalb", ip="192.0.2.42",
                            xphp="tropicalbowls.com/wp-content/plugins/wp-mtools/mail.php for 203.0.113.9"),
                  auth=dict(dmarc="fail", policy="quarantine"), copt=dict(ver="5.2.27"))


def m10(E):
    """QR-code MFA re-enrolment lure, multipart/related with an inline PNG."""
    E.when(2023, 11, "us_e", (8, 12))
    rcpt = mailbox("harlow", "Benjamin", "Okafor")
    dom = "secure-authsync.com"
    cid = "qr%s@%s" % (E.hex(8), "authsync")
    html = """<html><head><style>
.card{max-width:520px;border:1px solid #dadce0;border-radius:8px;padding:24px;font-family:Arial,sans-serif}
.h{font-size:20px;color:#202124}.m{color:#5f6368;font-size:14px;line-height:20px}
</style></head><body>
<div class="card">
<p class="h">Multi-Factor Authentication (MFA) Re-Enrollment Required</p>
<p class="m">Hello Benjamin,</p>
<p class="m">As part of the agency's scheduled security upgrade, all staff must re-register their
authenticator app before <b>%(dl)s</b>. Accounts that are not re-enrolled will be locked out of email,
VPN and Teams.</p>
<p class="m">Scan the QR code below with your phone camera and follow the steps on screen.
<b>Do not scan with your computer.</b></p>
<p style="text-align:center"><img src="cid:%(cid)s" width="138" height="138" alt="QR code"></p>
<p class="m">Reference: MFA-%(ref)s<br>This code expires in 24 hours.</p>
<p class="m">Thank you,<br>IT Service Desk<br>Department of Water Resources</p>
</div></body></html>
""" % dict(dl="%s %d, %d" % (["January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December"][E.d.month - 1], E.d.day + 2,
                              E.d.year), cid=cid, ref=E.num(8))
    qr = fake_qr(E.rng)
    b1 = E.bnd("javamail")
    root = multi("related", [text(html, "html", "utf-8", "quoted-printable", q=False),
                             binpart(qr, "image/png", "qrcode.png", disp="inline", cid=cid, style="std")],
                 b1, q=True)
    frm = "it-servicedesk@" + dom
    return E.send(label="phish", client="swift", path="vps", frm=addr("IT Service Desk", frm), from_addr=frm,
                  to=addr("Benjamin Okafor", rcpt), rcpt=rcpt, org="harlow",
                  subject="ACTION REQUIRED: MFA re-enrollment for Benjamin Okafor", root=root, mid="javamail",
                  copt=dict(javauser="mailer"), popt=dict(ip="198.51.100.7", how="loopback", sel="dkim",
                                                          region="us_e"))


def m11(E):
    """Gift-card request from the 'superintendent', gmail display-name spoof."""
    E.when(2019, 2, "us_e", (7, 9))
    rcpt = mailbox("pinecrest", "Janice", "Ortega")
    frm = "supt.margaretlyle@gmail.com"
    plain = """Janice,

Are you available? I need you to handle a task for me discreetly. I'm in
a meeting with the board and can't talk on phone, just reply back here.

Margaret Lyle
Superintendent

Sent from my iPhone
"""
    html = """<div dir="auto">Janice,</div><div dir="auto"><br></div><div dir="auto">Are you available? I need you to handle a task for me discreetly. I&#39;m in a meeting with the board and can&#39;t talk on phone, just reply back here.</div><div dir="auto"><br></div><div dir="auto">Margaret Lyle</div><div dir="auto">Superintendent</div><div dir="auto"><br></div><div dir="auto">Sent from my iPhone</div>
"""
    b = E.bnd("gmail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", None, q=True),
                                 text(html, "html", "UTF-8", "quoted-printable", q=True)], b)
    return E.send(label="phish", client="gmail", path="gmail", frm=addr("Margaret Lyle", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="pinecrest", subject="Quick Request", root=root,
                  popt=dict(ip="192.0.2.230"))


def m12(E):
    """Payroll direct-deposit change from an outlook.com free-mail posing as an employee."""
    E.when(2021, 1, "us_e", (11, 15))
    rcpt = "hr@corvid-analytics.test"
    frm = "ravi.chandran.work@outlook.com"
    plain = """Hello,

I recently switched banks and would like to change my direct deposit information for my
paycheck before the next payroll run. Could you send me the form or tell me what details
you need? I would like the change to take effect on the next pay date.

I'm out on site visits this week so email is the best way to reach me.

Thank you,
Ravi Chandran

Sent from Outlook<http://aka.ms/weboutlook>
"""
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hello,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I recently switched banks and would like to change my direct deposit information for my paycheck before the
next payroll run. Could you send me the form or tell me what details you need? I would like the change to
take effect on the next pay date.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
I'm out on site visits this week so email is the best way to reach me.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Thank you,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Ravi Chandran</div>
<div id="appendonsend"></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div id="Signature">Sent from <a href="http://aka.ms/weboutlook">Outlook</a></div>
</body>
</html>
"""
    b = E.bnd("exch")
    root = multi("alternative", [text(plain, "plain", "iso-8859-1", "quoted-printable", q=True),
                                 text(html, "html", "iso-8859-1", "quoted-printable", q=True)], b, q=True)
    return E.send(label="phish", client="outlookcom", path="outlookcom", frm=addr("Ravi Chandran", frm),
                  from_addr=frm, to=addr("HR", rcpt, quote=True), rcpt=rcpt, org="corvid",
                  subject="Direct Deposit Update", root=root, popt=dict(ip="203.0.113.45"))


def m13(E):
    """Vendor bank-account change from a look-alike supplier domain, Outlook desktop, PDF letter."""
    E.when(2024, 6, "cet", (9, 16))
    rcpt = "accounts.payable@ferrowell-steel.example"
    frm = "m.kessler@brightwaterr-supplies.com"
    plain = """Dear Accounts Payable Team,

Please be informed that due to our annual audit and a change of our banking partner,
Brightwater Industrial Supplies GmbH has updated its remittance details with
immediate effect. All outstanding and future invoices must be paid to the new
account stated in the attached letter.

Please do not use the previous account any more, as it is now closed for incoming
payments and transfers sent there will be returned with delay.

Kindly confirm by return e-mail that your vendor master data has been updated,
and advise the payment date for the open invoices 24-0871 and 24-0902
(total EUR 46.218,40), which are now overdue.

For security reasons our bank details are only communicated by e-mail at this time.
Our landline is being migrated to a new provider this week.

Mit freundlichen Gruessen / Best regards

Monika Kessler
Finance & Accounting
Brightwater Industrial Supplies GmbH
Industriestrasse 14 | 47229 Duisburg
"""
    letter = pdf(["Brightwater Industrial Supplies GmbH - Notice of change of bank details",
                  "Beneficiary: Brightwater Industrial Supplies GmbH",
                  "New IBAN: LT%s %s %s %s %s" % (E.num(2), E.num(4), E.num(4), E.num(4), E.num(4)),
                  "BIC: RVLTLT%s" % E.tok(2, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
                  "Effective immediately. Signed: M. Kessler, Finance"])
    b = E.bnd("nextpart")
    b2 = E.bnd("nextpart")
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<style><!--
p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head><body lang=DE link="#0563C1"><div class=WordSection1>
%s
</div></body></html>
""" % "\n".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (ln if ln else "&nbsp;") for ln in plain.split("\n"))
    alt = multi("alternative", [text(plain, "plain", "windows-1252", "quoted-printable", q=True),
                                text(html, "html", "windows-1252", "quoted-printable", q=True)], b2, q=True)
    root = multi("mixed", [alt, binpart(letter, "application/pdf", "Bank_Details_Change_Letter.pdf",
                                        style="std")], b, q=True, preamble="This is a multipart message in MIME format.")
    return E.send(label="phish", client="outlook", path="vps", frm=addr("Monika Kessler", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="ferrowell",
                  subject="AW: Change of bank details - Brightwater Industrial Supplies GmbH", root=root,
                  popt=dict(ip="192.0.2.77", how="submit", client_ip="198.51.100.199", client_helo="DESKTOP-MK4T2L",
                            sel="s2024", region="cet", dk_below=True),
                  copt=dict(lang="de"))


def m14(E):
    """USPS redelivery fee, look-alike .icu on a shared host."""
    E.when(2020, 9, "us_m", (12, 20))
    rcpt = "kfraser@westvale-library.example"
    dom = "usps-redelivery-center.icu"
    trk = "92%s" % E.num(20)
    link = "https://usps.redeliver-parcelcare.icu/track/?id=%s" % trk
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#333366">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#333366;padding:14px;color:#fff;font-size:22px;font-weight:bold">USPS&#174; Tracking</td></tr>
<tr><td style="padding:20px;font-size:14px">
<p><b>Your package could not be delivered on %(d)s because of an incomplete address.</b></p>
<p>Tracking Number: <b>%(trk)s</b><br>Status: <span style="color:#e71921">On Hold &ndash; Action Needed</span></p>
<p>To schedule a new delivery, please confirm your address and pay the redelivery fee of
<b>$1.99</b>. If no action is taken within 48 hours the parcel will be returned to the sender.</p>
<p><a href="%(link)s" style="background:#e71921;color:#fff;padding:10px 20px;text-decoration:none">
Schedule Redelivery</a></p>
<p style="font-size:11px;color:#777">This is an automated message. Please do not reply.<br>
&copy; 2020 United States Postal Service</p>
</td></tr></table></body></html>
""" % dict(d="%02d/%02d/%d" % (E.d.month, E.d.day, E.d.year), trk=trk, link=link)
    root = text(html, "html", "windows-1252", "7bit", q=False)
    frm = "info@" + dom
    return E.send(label="phish", client="php5", path="cpanel", frm=addr("USPS Delivery", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="westvale", subject="USPS: Your package delivery attempt failed",
                  root=root, env_from="usps@" + dom,
                  popt=dict(host="s71.hostmonk-servers.net", user="uspsred", ip="203.0.113.171", spf="neutral",
                            exim="4.93"),
                  copt=dict(ver="5.2.28"))


def m15(E):
    """DHL customs fee, look-alike .buzz, emoji subject, utf-8 QP, multipart/alternative."""
    E.when(2025, 3, "cet", (6, 21))
    rcpt = mailbox("saltmarsh", "Ingrid", "Vos")
    dom = "dhl-parcelservice.buzz"
    awb = E.num(10)
    link = "https://dhl.express-clearance.buzz/pay?awb=%s&c=%s" % (awb, E.b64u(9))
    plain = """DHL Express - Shipment on hold

Dear customer,

Your shipment %(awb)s is held at the customs office.
Import duties and taxes of EUR 2,99 are unpaid.

Pay now: %(link)s

If the payment is not received within 72 hours, the shipment will be returned.

DHL Express - Excellence. Simply delivered.
""" % dict(awb=awb, link=link)
    html = """<!doctype html><html><head><meta charset="utf-8">
<style>.bar{background:#ffcc00;padding:16px 20px}.red{color:#d40511;font-weight:700}
.btn{background:#d40511;color:#fff;text-decoration:none;padding:12px 26px;border-radius:4px;display:inline-block}
td{font-family:Frutiger,Arial,sans-serif;font-size:14px}</style></head><body>
<table width="560" cellspacing="0" cellpadding="0" align="center">
<tr><td class="bar"><span class="red" style="font-size:26px;font-style:italic">DHL</span></td></tr>
<tr><td style="padding:22px">
<p>Dear customer,</p>
<p>&#128230; Your shipment <b>%(awb)s</b> is currently held at the customs office.</p>
<p>Import duties and taxes of <span class="red">EUR 2,99</span> have not been paid. Please pay the outstanding
amount so that the shipment can be released and delivered to you.</p>
<p style="text-align:center"><a class="btn" href="%(link)s">Pay customs fee</a></p>
<p style="font-size:12px;color:#666">Expected delivery after payment: 1&ndash;2 working days.<br>
If the payment is not received within 72 hours, the shipment will be returned to the sender.</p>
</td></tr>
<tr><td style="background:#f2f2f2;padding:12px;font-size:11px;color:#888">DHL Express &ndash; Excellence. Simply
delivered. &copy; DHL International GmbH. Alle Rechte vorbehalten.</td></tr>
</table></body></html>
""" % dict(awb=awb, link=link)
    b = E.bnd("hex")
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable", q=False),
                                 text(html, "html", "utf-8", "quoted-printable", q=False)], b, q=False)
    frm = "noreply@" + dom
    return E.send(label="phish", client="python", path="vps", frm=addr("DHL Express \U0001F4E6", frm),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="saltmarsh",
                  subject="\u26a0\ufe0f Your DHL shipment %s is on hold \u2013 customs fee outstanding" % awb,
                  root=root, mid="python", mid_dom="vps-%s" % E.num(5),
                  popt=dict(ip="192.0.2.193", how="loopback", sel="x", region="utc"))


def m16(E):
    """Norton renewal callback scam from gmail, invoice in body plus PDF."""
    E.when(2021, 8, "us_c", (3, 23))
    rcpt = "amy@hollinsdental.test"
    frm = "billingsupport.desk2284@gmail.com"
    inv = "NRT-%s-US" % E.num(6)
    phone = "+1 (808) 555-0%s" % E.num(3)
    plain = """Dear Customer,

Thank you for your purchase. Your NORTON 360 Total Protection subscription has been
AUTO-RENEWED successfully and will reflect on your bank statement within 24-48 hours.

  Invoice No.     : %(inv)s
  Product         : Norton 360 Deluxe - 5 Devices (2 Years)
  Order Date      : %(dt)s
  Payment Method  : Auto debit
  Amount          : $389.99 USD

If you did not authorize this charge or wish to cancel the renewal and get a
full refund, please call our Billing Department within 24 hours:

      %(ph)s   (Mon-Sat, 24x7)

Note: refunds are not possible after 24 hours of the renewal.

Regards,
Billing Department
""" % dict(inv=inv, dt="%02d/%02d/%d" % (E.d.month, E.d.day, E.d.year), ph=phone)
    html = "<div dir=\"ltr\"><pre style=\"font-family:monospace\">%s</pre></div>\n" % plain.replace("&", "&amp;")
    doc = pdf(["INVOICE %s" % inv, "Norton 360 Deluxe - 5 Devices - 2 Years  USD 389.99",
               "To cancel call Billing Dept %s" % phone])
    b1 = E.bnd("gmail")
    b2 = E.bnd("gmail")
    alt = multi("alternative", [text(plain, "plain", "UTF-8", None, q=True),
                                text(html, "html", "UTF-8", "quoted-printable", q=True)], b2)
    root = multi("mixed", [alt, binpart(doc, "application/pdf", "Invoice_%s.pdf" % inv, cid="kt%s" % E.hex(9),
                                        style="gmail")], b1)
    return E.send(label="spam", client="gmail", path="gmail", frm=addr("Billing Dept", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="hollins", subject="Your Order Confirmation #%s" % inv, root=root,
                  popt=dict(ip="198.51.100.24"))


def m17(E):
    """McAfee renewal invoice, random .shop domain, HTML table."""
    E.when(2023, 4, "ist", (10, 22))
    rcpt = "georgebeaumont@records.lanford-county.example"
    dom = "zentrixa-mart.shop"
    inv = "MCF%s" % E.num(8)
    ph = "+1-888-555-0%s" % E.num(3)
    html = """<html><head><style>
table.inv{border-collapse:collapse;width:100%%}
table.inv td,table.inv th{border:1px solid #bbb;padding:7px;font-size:13px}
th{background:#c01818;color:#fff;text-align:left}
</style></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<p style="font-size:22px;color:#c01818;font-weight:bold">McAfee<sup>&reg;</sup> Total Protection</p>
<p>Hi George Beaumont,</p>
<p>Your McAfee membership has been renewed for another year. The amount has been charged to your
account on file. Below are the details of your transaction.</p>
<table class="inv">
<tr><th>Invoice ID</th><th>Product</th><th>Qty</th><th>Total</th></tr>
<tr><td>%(inv)s</td><td>McAfee Total Protection &ndash; 10 Devices</td><td>1</td><td>$449.78</td></tr>
<tr><td colspan="3" align="right"><b>Grand total</b></td><td><b>$449.78</b></td></tr>
</table>
<p>For cancellation and refund call : <b style="font-size:16px">%(ph)s</b></p>
<p>If you have not made this purchase, reach us immediately. Any refund request after 48 hrs will not be
accepted as per company policy.</p>
<p>Thanks,<br>Customer Care Team</p>
</body></html>
""" % dict(inv=inv, ph=ph)
    root = text(html, "html", "utf-8", "quoted-printable", q=True)
    frm = "orders@" + dom
    return E.send(label="spam", client="php6", path="vps", frm=addr("McAfee Billing", frm), from_addr=frm,
                  to=addr("George Beaumont", rcpt), rcpt=rcpt, org="lanford",
                  subject="Renewal Successful: McAfee Total Protection - Invoice %s" % inv, root=root,
                  popt=dict(ip="198.51.100.233", how="local", uid=1001, sel="default", region="utc"),
                  copt=dict(ver="6.8.0"))


def m18(E):
    """Geek Squad auto-renewal from yahoo with Reply-To, PDF attached."""
    E.when(2024, 10, "us_p", (4, 19))
    rcpt = mailbox("dunmore", "Samuel", "Mwangi")
    frm = "gs.renewals_team84@yahoo.com"
    ref = "GS%s" % E.num(9)
    ph = "(831) 555-0%s" % E.num(3)
    plain = """Hello Samuel,

Greetings from Geek Squad!

We are writing to let you know that your Geek Squad Tech Support Plan
has been renewed for 3 years. This is an automatic renewal as per the
terms accepted at the time of your original purchase.

Order ID: %(ref)s
Plan: Geek Squad Total Tech Support - Premium (3 Yrs)
Charged: USD 499.99
Mode of payment: Card on file

The receipt is attached for your records.

Not happy with the renewal? To stop the subscription and claim a
refund, call our support desk at %(ph)s between 8am and 10pm.
Cancellation is only possible within 48 hours from this e-mail.

Thanks for being a valued member.

Geek Squad Billing Team
""" % dict(ref=ref, ph=ph)
    html = "<html><head></head><body><div style=\"font-family:Helvetica Neue,Helvetica,Arial,sans-serif;" \
           "font-size:13px\"><div dir=\"ltr\" data-setdir=\"false\">%s</div></div></body></html>\n" % (
               "<br>".join(plain.replace("&", "&amp;").split("\n")))
    b1 = E.bnd("javamail")
    b2 = E.bnd("javamail")
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "7bit", q=False, case="U"),
                                text(html, "html", "UTF-8", "7bit", q=False, case="U")], b2, q=True)
    doc = pdf(["Geek Squad - Renewal Receipt %s" % ref, "Total Tech Support Premium 3 Years USD 499.99",
               "Billing queries: %s" % ph])
    root = multi("mixed", [alt, binpart(doc, "application/pdf", "Receipt_%s.pdf" % ref, style="bare")], b1,
                 q=True)
    return E.send(label="spam", client="yahoo", path="yahoo", frm=addr("Geek Squad Support", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="dunmore", subject="Subscription Renewed - Order %s" % ref, root=root,
                  reply_to="gs.helpdesk.billing@outlook.com", popt=dict(ip="203.0.113.93"))


def m19(E):
    """Costco survey reward, snowshoe sender through a bulk MTA."""
    E.when(2020, 2, "us_e", (13, 23))
    rcpt = mailbox("fenwick", "Chloe", "Whitfield")
    dom = "rewardpulse-news.online"
    click = "https://t.%s/c/%s/%s" % (dom, E.num(7), E.b64u(30))
    html = """<html><body style="margin:0;background:#e9eef4">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td align="center" style="padding:16px 0;background:#005daa">
<a href="%(c)s"><img src="https://img.%(d)s/h/costco-hdr.png" width="300" alt="Costco Wholesale Members Survey"
style="display:block;border:0"></a></td></tr>
<tr><td style="padding:26px 30px;text-align:center">
<h2 style="color:#e31837;margin:0">Congratulations! You have been chosen</h2>
<p style="font-size:16px">Complete our 30-second members survey and claim your exclusive
<b>$90 reward</b>. Only 4 rewards remain for today.</p>
<a href="%(c)s"><img src="https://img.%(d)s/p/reward-card.jpg" width="320" alt="Your $90 reward"
style="border:0"></a>
<p><a href="%(c)s" style="background:#e31837;color:#fff;font-size:18px;font-weight:bold;padding:14px 40px;
text-decoration:none;border-radius:5px;display:inline-block">START SURVEY</a></p>
</td></tr>
<tr><td style="padding:18px 30px;font-size:10px;color:#999;line-height:14px">
This is an advertisement. Rewards Pulse is an independent rewards program and is not affiliated with,
endorsed or sponsored by the brands mentioned. Participation requirements apply.<br>
To no longer receive these offers, <a href="https://t.%(d)s/unsub/%(u)s" style="color:#999">click here</a>
or write to: Rewards Pulse, 1932 Orchard Springs Blvd #218, Dover DE 19901.
</td></tr></table>
<img src="https://t.%(d)s/o/%(px)s" width="1" height="1" border="0" alt="">
</center></body></html>
""" % dict(c=click, d=dom, u=E.b64u(16), px=E.b64u(20))
    root = text(html, "html", "us-ascii", "7bit", q=False)
    frm = "memberrewards@" + dom
    mta = "mta%d.%s" % (E.rng.randint(2, 19), dom)
    return E.send(label="spam", client="esp", path="esp", frm=addr("Costco Member Rewards", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="fenwick",
                  subject="Chloe, your Costco loyalty reward ($90) is waiting", root=root,
                  env_from="bnc-%s@%s" % (E.num(8), dom), mid="b64url",
                  extra=[("List-Unsubscribe", "<mailto:unsub-%s@%s>, <https://t.%s/unsub/%s>" % (
                      E.hex(10), dom, dom, E.b64u(16))), ("X-Job", E.num(7))],
                  popt=dict(mta=mta, ip="203.0.113.%d" % E.rng.randint(30, 60), inner="pmta",
                            dkim=[(dom, "k1")], region="us_e"))


def m20(E):
    """Walmart prize, ratware mailer, hidden filler text."""
    E.when(2022, 12, "us_c", (0, 6))
    rcpt = "tom@bellmead-clinic.test"
    dom = "wincentrl-deals.cfd"
    link = "https://%s/?z=%s&s=%s" % ("lnk.%s" % dom, E.num(6), E.b64u(8))
    filler = ("the orchard path turned slowly beside the river where old boats rested in the reeds and a farmer "
              "counted lambs near the stone wall while rain came over the hill and the kettle sang")
    html = """<html><body>
<div style="display:none;font-size:1px;color:#ffffff;max-height:0;overflow:hidden">%(f)s</div>
<table align="center" width="580" style="font-family:Tahoma,Arial;border:2px dashed #0071ce">
<tr><td style="background:#0071ce;color:#ffc220;font-size:24px;padding:12px;text-align:center">
<b>WALMART CUSTOMER APPRECIATION</b></td></tr>
<tr><td style="padding:18px;text-align:center;font-size:15px">
<p>Dear Shopper,</p>
<p>You have been RANDOMLY SELECTED to receive a brand new <b>Dyson V15 Detect</b>!!<br>
Your entry number <b>#WM-%(e)s</b> matched today's draw.</p>
<p>To receive your prize, simply confirm your shipping address and cover the small delivery charge
($6.95).</p>
<p><a href="%(l)s"><b style="font-size:20px;color:#0071ce">&gt;&gt; CLAIM MY DYSON NOW &lt;&lt;</b></a></p>
<p style="font-size:11px">Offer valid 48h. Limit one per household.</p>
</td></tr></table>
<p style="font-size:9px;color:#aaa;text-align:center">If you no longer wish to receive our mail,
<a href="https://lnk.%(d)s/r/%(u)s">opt out</a>. 8 The Green Ste B, Dover, DE 19901</p>
</body></html>
""" % dict(f=filler, e=E.num(6), l=link, d=dom, u=E.b64u(10))
    plain = """WALMART CUSTOMER APPRECIATION

Dear Shopper, you have been RANDOMLY SELECTED to receive a brand new Dyson V15 Detect!!
Confirm your address and cover delivery ($6.95): %s

%s
""" % (link, filler)
    b = E.bnd("sb")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "7bit", q=True),
                                 text(html, "html", "us-ascii", "7bit", q=True)], b, q=True)
    frm = "prize-desk@" + dom
    return E.send(label="spam", client="mailer", path="direct", frm=addr("Walmart Rewards Center", frm),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="bellmead",
                  subject="Re: Your Walmart prize is pending delivery (Dyson V15)", root=root,
                  copt=dict(xm="Atomic Mail Sender 9.51.0.1"), mid="uuidU",
                  popt=dict(helo="mail.%s" % dom, rdns="unknown", ip="192.0.2.205", spf="pass", tls=False),
                  auth=dict(dmarc="none"))
