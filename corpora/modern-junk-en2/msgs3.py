"""Messages n41-n60."""
from lib import text, binpart, multi, addr, pdf, png, gif1x1, zipped, rs, digits
from mail import mailbox

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def m41(E):
    """Merchant cash advance, bulk ESP with internal SMTP hop."""
    E.when(2022, 8, "us_e", (8, 12))
    rcpt = mailbox("norvane", "Gloria", "Stein")
    dom = "capitalbridge-funding.net"
    esp = "blastwire-mta.com"
    link = "https://r.%s/tr/cl/%s" % (esp, E.b64u(64))
    plain = """Gloria,

Norvane Logistics has been PRE-APPROVED for up to $250,000 in working capital.

  - Funding in as little as 24 hours
  - No collateral, credit score not a deciding factor
  - Flexible daily or weekly remittance based on your sales
  - Use it for payroll, equipment, inventory or expansion

Approval is based on your business revenue, not your credit. Most applicants
with $15k+ in monthly deposits qualify.

Claim your offer before it expires on Friday:
%s

Or simply reply to this email with your best number and a funding specialist
will call you within the hour.

Derek Lawson
Senior Funding Manager | CapitalBridge Funding
(646) 555-0%s

CapitalBridge Funding is not a lender; offers are made by third-party funding partners
and are subject to underwriting. This is a commercial solicitation.
To opt out click: https://r.%s/tr/un/%s
""" % (link, E.num(3), esp, E.b64u(20))
    html = """<html><body style="margin:0;padding:0">
<table width="100%%" bgcolor="#f2f4f7" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="560" bgcolor="#ffffff" cellpadding="24" cellspacing="0" style="font-family:Arial,sans-serif;font-size:15px;
color:#1f2933;border-top:6px solid #1b5e20">
<tr><td>
<p style="font-size:13px;color:#1b5e20;font-weight:bold;letter-spacing:1px">FUNDING NOTICE</p>
<p>Gloria,</p>
<p>Norvane Logistics has been <b>PRE-APPROVED</b> for up to <b style="font-size:20px">$250,000</b> in working
capital.</p>
<table cellpadding="4"><tr><td>&#9989; Funding in as little as 24 hours</td></tr>
<tr><td>&#9989; No collateral, credit score not a deciding factor</td></tr>
<tr><td>&#9989; Flexible daily or weekly remittance</td></tr></table>
<p style="text-align:center"><a href="%(l)s" style="display:inline-block;background:#1b5e20;color:#fff;
padding:14px 30px;text-decoration:none;font-weight:bold">CLAIM MY FUNDING</a></p>
<p>Derek Lawson<br>Senior Funding Manager | CapitalBridge Funding</p>
<p style="font-size:10px;color:#8a94a6">CapitalBridge Funding is not a lender. This is a commercial solicitation.
<a href="https://r.%(e)s/tr/un/%(u)s" style="color:#8a94a6">Opt out</a>. 99 Wall St, 17th Fl, New York NY
10005</p>
</td></tr></table></td></tr></table>
<img src="https://r.%(e)s/tr/op/%(o)s" width="1" height="1">
</body></html>
""" % dict(l=link, e=esp, u=E.b64u(20), o=E.b64u(20))
    b = E.bnd("ruby")
    root = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable", q=False, case="U"),
                                 text(html, "html", "UTF-8", "quoted-printable", q=False, case="U")], b, q=True,
                 extra="; charset=UTF-8")
    frm = "derek@" + dom
    return E.send(label="spam", client="esp", path="esp", frm=addr("Derek Lawson", frm), from_addr=frm,
                  to=addr("Gloria Stein", rcpt), rcpt=rcpt, org="norvane",
                  subject="Funding approved: up to $250,000 for Norvane Logistics", root=root,
                  env_from="bounce-%s@mail.%s" % (E.hex(12), dom), mid="ruby", mid_dom="mta-%s" % E.num(2),
                  extra=[("List-Unsubscribe", "<https://r.%s/tr/un/%s>" % (esp, E.b64u(20))),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("X-Campaign-Id", "cbf-%s" % E.num(5)), ("Feedback-ID", "%s:%s:blastwire" % (E.num(4),
                                                                                                     E.num(3)))],
                  popt=dict(mta="out-%d.%s" % (E.rng.randint(1, 30), esp), ip="203.0.113.%d" % E.rng.randint(240, 250),
                            inner="smtp", app="sender-%s" % E.hex(6), soft="Postfix", dkim=[(dom, "bw1")],
                            region="us_e"))


def m42(E):
    """Free government grant, 2016, bulk mailer from a residential IP, cp1252 QP."""
    E.when(2016, 9, "us_c", (1, 5))
    rcpt = mailbox("westvale", "Doug", "Miller")
    dom = "freegrantsource.us"
    link = "http://www.%s/apply/?src=em%s" % (dom, E.num(4))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><center>
<table width="600" border="0" style="font-family:Arial">
<tr><td align="center"><font size="6" color="#003399"><b>Federal Grant Money Is Available \u2013 Claim Up To
$9,000</b></font></td></tr>
<tr><td><font size="3">
<p>Did you know that every year the government gives away billions of dollars in <b>FREE</b> grant money that
<u>never has to be paid back</u>?</p>
<p>You may qualify for up to <b>$9,000</b> for personal needs, home repairs, education, medical bills or to start a
business \u2013 no credit check and no collateral.</p>
<p>\u2022 No repayment &nbsp; \u2022 No interest &nbsp; \u2022 Funds by direct deposit</p>
<p align="center"><a href="%(l)s"><font size="5" color="#cc0000"><b>CHECK MY ELIGIBILITY NOW &raquo;</b></font></a>
</p>
<p><font size="1" color="#777777">FreeGrantSource is a private publication and is not affiliated with any
government agency. Grant amounts vary; no guarantee of award. If you wish to stop receiving these e-mails,
<a href="http://www.%(d)s/remove.html">remove yourself here</a> or write to 1712 Pioneer Ave Ste 1440, Cheyenne WY
82001.</font></p>
</font></td></tr></table></center></body></html>
""" % dict(l=link, d=dom)
    root = text(html, "html", "windows-1252", "quoted-printable", q=True)
    frm = "grants@" + dom
    return E.send(label="spam", client="mailer", path="direct", frm=addr("Grant Approval Dept.", frm),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="westvale",
                  subject="Doug: $9,000 federal grant - you never pay it back", root=root,
                  copt=dict(xm="SendBlaster.4.1.9"), mid="outlook",
                  popt=dict(helo="PC-" + E.tok(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                            rdns="c-198-51-100-%d.hsd1.ca.cablenet-example.net" % E.rng.randint(2, 250),
                            ip="198.51.100.%d" % E.rng.randint(160, 190), spf="softfail", tls=False))


def m43(E):
    """Employee Retention Credit pitch from a cold-email domain on a hosted Exchange tenant."""
    E.when(2023, 7, "us_e", (9, 16))
    rcpt = "frontdesk@hollinsdental.test"
    dom = "ercfundingpros.com"
    frm = "megan.ward@" + dom
    plain = """Hi there,

Did Hollins Dental keep staff on payroll during 2020 or 2021? If so, you may still be able to
claim the Employee Retention Tax Credit (ERTC) - up to $26,000 per W-2 employee.

This is NOT a loan. It is a refundable payroll tax credit from the IRS, and most practices
that applied for PPP can still claim it.

Our CPA team does the full analysis and filing, and we only get paid when your refund check
arrives. Average client refund so far: $184,000.

The window to file for 2020 closes soon. Do you have 10 minutes this week for a free
eligibility check?

Megan Ward
ERC Specialist | ERC Funding Pros

Reply "no thanks" and I won't follow up.
"""
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\">\n"
            "</head>\n<body>\n<div style=\"font-family: Aptos, Calibri, sans-serif; font-size: 11pt;\">\n" +
            "\n".join("<div>%s</div>" % (ln or "<br>") for ln in plain.split("\n")) + "\n</div>\n</body>\n</html>\n")
    b = E.bnd("exch")
    root = multi("alternative", [text(plain, "plain", "windows-1252", "quoted-printable", q=True, case="l"),
                                 text(html, "html", "windows-1252", "quoted-printable", q=True, case="l")], b)
    return E.send(label="spam", client="exch", path="outlookcom", frm=addr("Megan Ward", frm), from_addr=frm,
                  to=addr(None, rcpt), rcpt=rcpt, org="hollins",
                  subject="Hollins Dental - up to $26k per employee (ERTC)", root=root, mid="outlookcom",
                  popt=dict(ip="192.0.2.%d" % E.rng.randint(100, 110)))


def m44(E):
    """Inheritance / next of kin from yahoo, 2017."""
    E.when(2017, 2, "ng", (10, 20))
    rcpt = mailbox("marlow", "Derek", "Ashworth")
    frm = "barr.kenneth_okafor@yahoo.com"
    plain = """Dear Derek Ashworth,

I am Barrister Kenneth Okafor, a Solicitor at Law and personal attorney to late
Engr. Richard Ashworth, a national of your country, who used to work with Shell
Development Company in Lagos, Nigeria. Here in after shall be referred to as my
client. On the 21st of April 2014, my client, his wife and their only daughter
were involved in a car accident along Lagos-Ibadan Express Road. All occupants
of the vehicle unfortunately lost their lives.

Since then I have made several enquiries to your embassy to locate any of my
clients extended relatives, this has also proved unsuccessful. After these
several unsuccessful attempts, I decided to track his last name over the
internet, to locate any member of his family hence I contacted you.

I have contacted you to assist in repatriating the money and property left
behind by my client before they get confiscated or declared unserviceable by
the bank where this huge deposit was lodged. Particularly, the Bank where the
deceased had an account valued at about $8.5 million United State Dollars has
issued me a notice to provide the next of kin or have the account confiscated
within the next ten official working days.

Since I have been unsuccessful in locating the relatives for over 2 years now,
I seek your consent to present you as the next of kin of the deceased since
you have the same last name, so that the proceeds of this account can be paid
to you. Therefore, on receipt of your positive response, we shall then discuss
the sharing ratio and modalities for transfer. I have all necessary legal
documents that can be used to back up any claim we may make. All I require is
your honest cooperation to enable us see this deal through. I guarantee that
this will be executed under a legitimate arrangement that will protect you
from any breach of the law.

Please get in touch with me through my private email: kenokafor.chambers@mail-legal.ng

Best regards,
Barrister Kenneth Okafor (Esq.)
Okafor & Associates Chambers
"""
    html = ("<html><head></head><body><div style=\"color:#000; background-color:#fff; font-family:HelveticaNeue, "
            "Helvetica Neue, Helvetica, Arial, Lucida Grande, sans-serif;font-size:16px\"><div id=\"yui_3_16_0_ym19_1_"
            "%s_4821\">" % E.num(13) + "<br>".join(plain.split("\n")) + "</div></div></body></html>\n")
    b = E.bnd("javamail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", "7bit", q=False, case="U"),
                                 text(html, "html", "UTF-8", "quoted-printable", q=False, case="U")], b, q=True)
    return E.send(label="spam", client="yahoo", path="yahoo", frm=addr("Barr. Kenneth Okafor", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="marlow", subject="Re: YOUR LATE RELATIVE'S ESTATE - URGENT", root=root,
                  reply_to="kenokafor.chambers@mail-legal.ng", popt=dict(ip="203.0.113.%d" % E.rng.randint(90, 99)),
                  copt=dict(xm="WebService/1.1.9206 YahooMailBasic Mozilla/5.0 (Windows NT 6.1; rv:51.0)"
                                " Gecko/20100101 Firefox/51.0"))


def m45(E):
    """UN compensation / ATM card, compromised university Zimbra, Reply-To elsewhere."""
    E.when(2025, 11, "gh", (6, 11))
    rcpt = mailbox("rivington", "Susan", "Clarke")
    frm = "a.mensah@kwadaso-poly.edu.gh"
    plain = """ATTN: BENEFICIARY

UNITED NATIONS COMPENSATION COMMISSION (UNCC) - PAYMENT NOTIFICATION

This is to officially inform you that your e-mail address was listed among the
beneficiaries of the 2025 Compensation Programme for victims of scam, unpaid
contract and inheritance funds that were not released to their owners.

The sum of $2,500,000.00 (Two Million Five Hundred Thousand United States Dollars)
has been approved in your favour and loaded into an ATM VISA CARD which will be
delivered to you by courier. Your card number is PIN-UNCC/4470/25.

To claim, re-confirm the following to the payment officer, Dr. Grace Ansah:

1. Full name  2. Home address  3. Mobile number  4. Occupation  5. Copy of ID

Send the details to: uncc.paymentdesk@consultant-mail.org

Note: you are advised to stop further correspondence with any other office
to avoid double payment and delay.

Yours faithfully,
Mr. Antonio Reyes
Director, Foreign Remittance Dept.
"""
    root = text(plain, "plain", "utf-8", "quoted-printable", q=True)
    return E.send(label="spam", client="zimbra", path="webmail", frm=addr("UNITED NATIONS PAYMENT OFFICE", frm),
                  from_addr=frm, to="undisclosed-recipients:;",
                  rcpt=rcpt, org="rivington", subject="Compensation Payment Notification (Ref: UNCC/4470/25)",
                  root=root, reply_to="uncc.paymentdesk@consultant-mail.org", mid="zimbra", mid_dom="kwadaso-poly.edu.gh",
                  copt=dict(orig_ip="192.0.2.%d" % E.rng.randint(180, 199), ver="9.0.0_GA_4546", bw="GC138"),
                  popt=dict(host="mail.kwadaso-poly.edu.gh", mta="postfix", client_ip="127.0.0.1",
                            client_helo="mail.kwadaso-poly.edu.gh", ip="203.0.113.%d" % E.rng.randint(20, 29),
                            sel="8E2A14C0-9A1B-11EC-9F53-5D2A7B3C1F10", region="gh"))


def m46(E):
    """Romance, 2018, Russian free-mail style domain, cp1252 QP with curly quotes."""
    E.when(2018, 7, "ru", (8, 23))
    rcpt = mailbox("greyfriars", "Martin", "Hale")
    frm = "anastasia.kiss87@sibmail-box.ru"
    plain = """Hello my dear new friend!

I hope you are not angry that I write to you without invitation. My name is
Anastasia, I am 31 years old and I live in small city Kemerovo in Russia. I
work as teacher of music for children and I love my job very much.

I found your e-mail on the site of international friendship and I decided to
be brave and write first. My friend Olga told me that men in England are
kind and serious, not like our men here who only drink vodka and don\u2019t
think about family.

I am looking for a man for serious relationship and maybe family in future.
Age is not important for me, most important is kind heart and honesty. I
don\u2019t speak English perfect, I use translator a little, I hope you can
understand me :)

If you want to know me better, please write me to my private e-mail:
nastya.kemerovo@lovemail-online.ru and I will send you my photos. I will wait
for your letter very much!

Your new friend from Russia,
Anastasia
"""
    root = text(plain, "plain", "windows-1252", "quoted-printable", q=True)
    return E.send(label="spam", client="bare", path="direct", frm=addr("Anastasia", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="greyfriars", subject="I am waiting your answer...", root=root,
                  mid="bare", date_style="nodow",
                  copt=dict(order=["Date", "From", "Message-ID", "To", "Subject", ("MIME-Version", "1.0"), "@MIME",
                                   ("X-Mailer", "The Bat! (v3.99.3) Professional")]),
                  popt=dict(helo="sibmail-box.ru", rdns="broadband-%s.kemerovo.dsl-ru.example.net" % E.num(5),
                            ip="203.0.113.%d" % E.rng.randint(130, 140), spf="softfail", tls=False))


def m47(E):
    """'I saw your profile', short, with a PNG 'photo' attachment."""
    E.when(2023, 8, "ph", (20, 23))
    rcpt = mailbox("fenwick", "Graham", "Tull")
    frm = "yulia.sweet1995@inbox-mailru.ru"
    plain = """hi Graham :)

i saw your profile on a social network and i think you have nice smile.
i am Yulia, 28, i'm new here. i am looking for a serious man, not games.
i send you my photo, maybe you write me back? if you like, add me on
WhatsApp or write me here: yulia95.private@heartmail-box.net

kisses, Yulia
"""
    photo = png(8, 10, lambda x, y: (200 + x * 5 % 50, 150 + y * 7 % 90, 140 + (x + y) * 3 % 60))
    b = E.bnd("apple")
    root = multi("mixed", [text(plain, "plain", "utf-8", "7bit", q=False, case="U"),
                           binpart(photo, "image/png", "IMG_2041.png", disp="attachment", style="std")], b, q=True)
    return E.send(label="spam", client="iphone", path="direct", frm=addr("Yulia", frm), from_addr=frm, to=rcpt,
                  rcpt=rcpt, org="fenwick", subject="hello from Yulia", root=root, mid="apple",
                  copt=dict(build="20G75"),
                  popt=dict(helo="mail.inbox-mailru.ru", rdns="unknown", ip="192.0.2.%d" % E.rng.randint(110, 120),
                            spf="fail", tls=True),
                  auth=dict(dmarc="fail", policy="reject"))


def m48(E):
    """Remote data-entry job, $45/hr, gmail with Reply-To."""
    E.when(2022, 2, "us_c", (9, 19))
    rcpt = mailbox("pinecrest", "Laura", "Benning")
    frm = "hr.talentrecruit.team@gmail.com"
    plain = """Hello Laura,

Your resume was reviewed and found suitable for a REMOTE DATA ENTRY CLERK position
with our client company (Fortune 500, healthcare sector).

Position: Remote Data Entry Clerk (Part-time / Full-time)
Pay: $45.00 per hour, paid weekly via direct deposit
Hours: Flexible, 10-40 hrs per week
Requirements: Laptop or PC, internet connection, basic typing skills. No experience
needed - paid online training will be provided.

The company will send you a check to purchase your work equipment (laptop, printer
and software) from their approved vendor.

To proceed, please send the following to our Hiring Manager Mr. David Kessler at
david.kessler.hiring@careerpath-jobs.net:

- Full Name
- Address
- Cell Phone
- Current Job
- Age

Interview will be conducted via Telegram/Teams chat.

Best Regards,
Human Resources Department
"""
    html = "<div dir=\"ltr\">" + "<br>".join(plain.split("\n")) + "</div>\n"
    b = E.bnd("gmail")
    root = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable", q=True),
                                 text(html, "html", "UTF-8", "quoted-printable", q=True)], b)
    return E.send(label="spam", client="gmail", path="gmail", frm=addr("HR Recruitment", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="pinecrest", subject="Job Offer: Remote Data Entry - $45/hr (Weekly Pay)",
                  root=root, reply_to="david.kessler.hiring@careerpath-jobs.net",
                  popt=dict(ip="198.51.100.%d" % E.rng.randint(30, 40), reply=True))


def m49(E):
    """Part-time personal assistant job from a compromised college mailbox, Roundcube."""
    E.when(2020, 5, "us_e", (11, 15))
    rcpt = "k.osei@dunmore-university.example"
    frm = "jwoodard@stmarkscollege-online.org"
    plain = """Hi,

I am looking for a part-time personal assistant to help with errands and
administrative tasks while I am travelling on a research trip. The job is
flexible and home-based, it takes about 3-4 hours per week and pays $550
weekly.

Duties include buying and sending out gift items and cards, picking up
parcels, and making small payments on my behalf.

If interested, please send your full name, cell number and alternative
personal email to: dr.jwoodard.assist@mailnest-pro.com

Thanks,
Prof. Janet Woodard
"""
    root = text(plain, "plain", "us-ascii", "7bit", q=False, case="U", extra_ct="; format=flowed")
    return E.send(label="spam", client="roundcube", path="webmail", frm=addr("Prof. Janet Woodard", frm),
                  from_addr=frm, to="undisclosed-recipients:;", rcpt=rcpt, org="dunmore",
                  subject="PART-TIME JOB OFFER ($550 weekly)", root=root,
                  reply_to="dr.jwoodard.assist@mailnest-pro.com",
                  copt=dict(sender=frm, ver="1.3.10"),
                  popt=dict(host="mx1.stmarkscollege-online.org", client_ip="198.51.100.%d" % E.rng.randint(90, 99),
                            ip="192.0.2.%d" % E.rng.randint(150, 160), webmail="webmail.stmarkscollege-online.org",
                            exim="4.92", region="us_e", sel="x"))


def m50(E):
    """Domain 'SEO registration' notice, 2016, PHPMailer on a VPS, HTML invoice look."""
    E.when(2016, 11, "cn", (8, 18))
    rcpt = "webmaster@saltmarsh-port.example"
    dom = "domain-seo-registry.biz"
    dn = "saltmarsh-port.example"
    link = "http://secure.%s/order.php?d=%s&id=%s" % (dom, dn, E.num(6))
    exp = "%s %d, %d" % (MONTHS[E.d.month - 1], E.d.day + 2, E.d.year)
    html = """<html><body style="font-family:Arial;font-size:13px">
<table width="640" border="1" cellspacing="0" cellpadding="8" style="border-color:#999">
<tr><td colspan="2" style="background:#333;color:#fff;font-size:18px"><b>DOMAIN SERVICE NOTIFICATION</b></td></tr>
<tr><td colspan="2"><b>ATTN:</b> Administrator<br>Saltmarsh Port<br>Domain: <b>%(dn)s</b></td></tr>
<tr><td colspan="2">
<p><b>Final Notice of Domain Listing Expiration</b></p>
<p>Your search engine registration for <b>%(dn)s</b> will expire on <b>%(exp)s</b>. Failure to complete your
domain name search engine registration by the expiration date may result in the cancellation of this offer
making it difficult for your customers to locate you on the web.</p>
<p>Search engine registration includes submission of %(dn)s to the top search engines.</p>
<p><b>Privatization allows the consumer a comprehensive search on the web and list it on the top 1 page.</b></p>
</td></tr>
<tr><td width="50%%">Domain: %(dn)s</td><td>Term: 1 year (12/%(y)d - 12/%(y2)d)</td></tr>
<tr><td>Service: Search Engine Submission</td><td>Price: <b>$86.00</b></td></tr>
<tr><td colspan="2" align="center"><a href="%(l)s" style="font-size:16px;font-weight:bold">SECURE ONLINE PAYMENT</a>
</td></tr>
<tr><td colspan="2" style="font-size:10px">This notice is not an invoice. We do not register or renew domain names.
This is an optional offer for search engine submission services. You are under no obligation to pay unless you
accept this offer. To unsubscribe reply REMOVE.</td></tr>
</table></body></html>
""" % dict(dn=dn, exp=exp, y=E.d.year, y2=E.d.year + 1, l=link)
    root = text(html, "html", "iso-8859-1", "7bit", q=True)
    frm = "notice@" + dom
    return E.send(label="spam", client="php5", path="vps", frm=addr("Domain Service", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="saltmarsh", subject="Domain Notification: " + dn, root=root,
                  copt=dict(ver="5.2.14"),
                  popt=dict(ip="203.0.113.%d" % E.rng.randint(50, 58), how="local", uid=48, sign=False, tls=False,
                            region="cn", host="hk-vps%s.%s" % (E.num(2), dom)))


def m51(E):
    """Search-engine submission 'invoice', 2021, Python mailer via a hacked shared host."""
    E.when(2021, 6, "us_p", (1, 4))
    rcpt = "admin@aldermoor-foods.test"
    dom = "webpresence-submit.co"
    ref = "SES-%s" % E.num(7)
    plain = """ALDERMOOR-FOODS.TEST - ANNUAL SEARCH ENGINE SUBMISSION

Order Ref:    %(ref)s
Account:      admin@aldermoor-foods.test
Service:      Search Engine Optimization Submission - 12 months
Amount due:   USD 95.00
Due date:     Within 3 business days

Your website aldermoor-foods.test has not been submitted to our SEO directory
for the current period. Websites that are not submitted may lose organic
traffic, rankings and customer visibility.

Complete your submission here:
https://pay.%(dom)s/checkout?ref=%(ref)s

IMPORTANT: This is a solicitation for services and not a bill. You are under no
obligation to make any payment on the above unless you accept this offer. We
are not a domain registrar and this does not renew your domain registration.
""" % dict(ref=ref, dom=dom)
    html = "<html><body><pre style=\"font-family:Consolas,monospace;font-size:13px\">%s</pre></body></html>\n" % plain
    b = E.bnd("python")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "7bit", q=True),
                                 text(html, "html", "us-ascii", "7bit", q=True)], b, q=True)
    frm = "billing@" + dom
    return E.send(label="spam", client="python", path="cpanel", frm=addr("WebPresence Billing", frm),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="aldermoor",
                  subject="Action Required: aldermoor-foods.test SEO submission (%s)" % ref, root=root,
                  mid="python", mid_dom="srv%s.fastnode-hosting.net" % E.num(3),
                  env_from="cust%s@srv%s.fastnode-hosting.net" % (E.num(4), E.num(3)),
                  popt=dict(host="srv%s.fastnode-hosting.net" % E.num(3), user="cust%s" % E.num(4),
                            ip="198.51.100.%d" % E.rng.randint(120, 130), exim="4.94.2", region="us_p"),
                  auth=dict(dmarc="none"))


def m52(E):
    """Fake registrar 'your domain will expire', look-alike, HTML with button."""
    E.when(2025, 6, "us_m", (6, 10))
    rcpt = "it@brackenfield.test"
    dom = "domaincare-registry.com"
    link = "https://account.%s/renew?domain=brackenfield.test&t=%s" % ("domaincare-registry-portal.site", E.hex(20))
    exp = "%s %d, %d" % (MONTHS[E.d.month - 1], E.d.day + 1, E.d.year)
    html = """<!doctype html><html><head><meta charset="utf-8"><title>Domain expiration</title>
<style>
.card{max-width:560px;margin:0 auto;border:1px solid #e3e7ee;border-radius:6px;font-family:Roboto,Arial,sans-serif}
.top{background:#122b4a;color:#fff;padding:18px 24px;font-size:18px}
.body{padding:24px;color:#2c3a4b;font-size:14px;line-height:21px}
.btn{background:#2e7d32;color:#fff!important;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:600}
.warn{background:#fff4e5;border-left:4px solid #ff9800;padding:10px 14px}
</style></head><body>
<div class="card"><div class="top">Domain Expiration Notice</div>
<div class="body">
<p>Dear Customer,</p>
<p class="warn">Your domain <b>brackenfield.test</b> expires on <b>%(exp)s</b> and auto-renewal failed because the
payment method on file was declined.</p>
<p>After expiration your website and all e-mail addresses on this domain will stop working, and the name may be
released for public registration.</p>
<p style="text-align:center;margin:26px 0"><a class="btn" href="%(l)s">Renew brackenfield.test now</a></p>
<p>Renewal price: $24.99 / 1 year</p>
<p style="font-size:12px;color:#7b8794">You are receiving this mandatory service notice because you are the
registrant contact of the domain above. Customer ID %(cid)s.</p>
</div></div></body></html>
""" % dict(exp=exp, l=link, cid=E.num(8))
    plain = ("Domain Expiration Notice\n\nYour domain brackenfield.test expires on %s and auto-renewal failed.\n"
             "Renew now: %s\n" % (exp, link))
    b = E.bnd("zimbra")
    root = multi("alternative", [text(plain, "plain", "utf-8", "7bit", q=False),
                                 text(html, "html", "utf-8", "base64", q=False)], b, q=False)
    frm = "renewals@" + dom
    return E.send(label="phish", client="swift", path="vps", frm=addr("Domain Services", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="brackenfield",
                  subject="[Action required] brackenfield.test expires in 24 hours - renewal failed", root=root,
                  mid="uuid",
                  popt=dict(ip="192.0.2.%d" % E.rng.randint(20, 29), how="loopback", sel="rs1", region="utc"))


def m53(E):
    """LinkedIn 'someone viewed your profile', 2017, look-alike on a shared host."""
    E.when(2017, 9, "us_e", (12, 18))
    rcpt = mailbox("emberly", "Rachel", "Gomez")
    dom = "linkedln-notify.com"
    link = "http://www.linkedin.com.profile-views.%s/login?session=%s" % ("lnkd-mbr.info", E.hex(24))
    html = """<html><body style="background:#edf0f3;margin:0">
<table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,
Arial,sans-serif">
<tr><td style="padding:18px 24px"><span style="color:#0077b5;font-size:24px;font-weight:bold">Linked</span><span
style="background:#0077b5;color:#fff;font-size:20px;font-weight:bold;padding:0 3px;border-radius:2px">in</span></td></tr>
<tr><td style="padding:0 24px 10px;font-size:20px;color:#000">Rachel, 4 people viewed your profile this week</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#434649">
<p>Including a <b>Recruiter at a Fortune 500 financial services company</b> and a <b>Managing Director</b> in
New York.</p>
<p>Find out who's looking and what they're interested in.</p>
<p><a href="%(l)s" style="background:#0077b5;color:#fff;padding:10px 18px;border-radius:2px;text-decoration:none;
font-weight:bold">See all views</a></p>
</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#86898c">You are receiving notification emails.
<a href="%(l)s" style="color:#0077b5">Unsubscribe</a><br>This email was intended for Rachel Gomez (Senior
Analyst at Emberly Finance).<br>&copy; 2017 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></body></html>
""" % dict(l=link)
    root = text(html, "html", "utf-8", "quoted-printable", q=True)
    frm = "messages-noreply@" + dom
    return E.send(label="phish", client="php5", path="cpanel", frm=addr("LinkedIn", frm), from_addr=frm,
                  to=addr("Rachel Gomez", rcpt), rcpt=rcpt, org="emberly",
                  subject="Rachel, you appeared in 4 searches this week", root=root,
                  env_from="lnkdn@box%s.webzone-shared.net" % E.num(3), copt=dict(ver="5.2.21"),
                  popt=dict(host="box%s.webzone-shared.net" % E.num(3), user="lnkdn",
                            ip="203.0.113.%d" % E.rng.randint(160, 169), region="us_e", exim="4.89",
                            xphp="linkedln-notify.com/x/send.php for 192.0.2.17"),
                  auth=dict(dmarc="none"))


def m54(E):
    """Netflix payment declined, 2019, look-alike VPS."""
    E.when(2019, 12, "us_p", (5, 9))
    rcpt = mailbox("oakhurst", "Marco", "Ventura")
    dom = "netflix-billingupdate.com"
    link = "https://www.netflix-billingupdate.com/account/update?nfid=%s" % E.hex(16)
    html = """<html><head><meta name="viewport" content="width=device-width"><style>
td{font-family:Helvetica,Arial,sans-serif;color:#221f1f}
</style></head><body style="background:#f3f3f3">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="500" style="background:#fff;padding:30px">
<tr><td style="color:#e50914;font-size:34px;font-weight:bold;letter-spacing:-1px">NETFLIX</td></tr>
<tr><td style="font-size:28px;font-weight:bold;padding-top:20px">Update your payment information</td></tr>
<tr><td style="font-size:15px;padding-top:14px;line-height:21px">Hi Marco,<br><br>
We're having some trouble with your current billing information. We'll try again, but in the meantime you may
want to update your payment details. Your membership will be put on hold if we cannot verify your
account.</td></tr>
<tr><td style="padding:24px 0"><a href="%(l)s" style="background:#e50914;color:#fff;display:block;text-align:center;
padding:14px 0;font-size:16px;font-weight:bold;text-decoration:none">UPDATE ACCOUNT</a></td></tr>
<tr><td style="font-size:14px">Need help? We're here if you need it. Visit the Help Center or contact us now.<br>
<br>&ndash;The Netflix Team</td></tr>
</table></td></tr></table></body></html>
""" % dict(l=link)
    root = text(html, "html", "UTF-8", "quoted-printable", q=False, case="U")
    frm = "info@" + dom
    return E.send(label="phish", client="php6", path="vps", frm=addr("Netflix", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="oakhurst",
                  subject="Your account is on hold - update payment details", root=root,
                  copt=dict(ver="6.0.7"),
                  popt=dict(ip="198.51.100.%d" % E.rng.randint(170, 180), how="local", uid=0, sel="mail",
                            region="us_p"))


def m55(E):
    """Amazon payment declined / order on hold, 2024, abused ESP account, base64 utf-8 HTML."""
    E.when(2024, 4, "us_e", (6, 22))
    rcpt = "ella@corvid-analytics.test"
    dom = "amz-accountnotice.com"
    esp = "relaymint-esp.io"
    link = "https://%s/l/%s" % ("trk." + esp, E.b64u(40))
    order = "%s-%s-%s" % (E.num(3), E.num(7), E.num(7))
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<style>body{font-family:Amazon Ember,Arial,sans-serif;background:#ffffff;color:#0f1111}
.box{max-width:580px;margin:0 auto;border:1px solid #d5d9d9;border-radius:8px;padding:20px}
.btn{background:#ffd814;border:1px solid #fcd200;border-radius:20px;padding:10px 24px;color:#0f1111;
text-decoration:none;display:inline-block}</style></head><body>
<div class="box">
<p style="font-size:22px;font-weight:700">amazon</p>
<p>Hello,</p>
<p>&#9888;&#65039; We were unable to process the payment for your order <b>#%(o)s</b>. Your order and your Prime
membership have been placed on hold.</p>
<p>To avoid cancellation, please confirm your billing information within <b>24 hours</b>.</p>
<p style="text-align:center"><a class="btn" href="%(l)s">Update payment method</a></p>
<p style="font-size:12px;color:#565959">Order total: $1,249.00 &middot; Apple MacBook Air 13-inch (M3, 2024)</p>
<p style="font-size:12px;color:#565959">We hope to see you again soon.<br>Amazon.com</p>
</div>
<img src="https://trk.%(e)s/o/%(p)s" width="1" height="1" alt="">
</body></html>
""" % dict(o=order, l=link, e=esp, p=E.b64u(24))
    root = text(html, "html", "utf-8", "base64", q=True)
    frm = "payments-update@" + dom
    return E.send(label="phish", client="esp", path="esp", frm=addr("Amazon.com \U0001F6D2", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="corvid",
                  subject="\u26a0\ufe0f Action needed: payment declined for order #%s" % order, root=root,
                  env_from="bnc+%s@send.%s" % (E.hex(16), esp), mid="ses", mid_dom=esp,
                  extra=[("List-Unsubscribe", "<https://trk.%s/unsubscribe/%s>" % (esp, E.b64u(20))),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Feedback-ID", "%s:%s:relaymint" % (E.num(6), E.hex(8))),
                         ("X-Relaymint-Account", E.num(7))],
                  popt=dict(mta="a%d-%d.smtp-out.%s" % (E.rng.randint(1, 9), E.rng.randint(10, 250), esp),
                            ip="203.0.113.%d" % E.rng.randint(100, 110), dkim=[(esp, "r%s" % E.num(2))],
                            region="utc"),
                  auth=dict(dmarc="none"))


def m56(E):
    """HMRC-style tax refund, 2016, hacked site PHP, iso-8859-1 QP HTML with a form link."""
    E.when(2016, 2, "uk", (8, 19))
    rcpt = mailbox("rivington", "Gary", "Newton")
    frm = "refunds@hmrc-taxrefund-gov.co.uk"
    ref = "%s/%s" % (E.num(2), E.num(7))
    link = "http://www.%s/online/refund/%s/" % ("hmrc-online-refunds.co.uk", E.hex(12))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<div style="border-left:8px solid #008670;padding-left:10px;font-size:20px"><b>HM Revenue &amp; Customs</b></div>
<p>Tax Refund Notification</p>
<p>Dear Taxpayer,</p>
<p>After the last annual calculations of your fiscal activity we have determined that you are eligible to receive a
tax refund of <b>\u00a3312.80</b>.</p>
<p>Please submit the tax refund request and allow us 3-5 business days in order to process it.</p>
<p>To access the form for your tax refund, please <a href="%(l)s">click here</a>.</p>
<p>Reference Number: %(ref)s</p>
<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the
deadline.</p>
<p>Yours sincerely,<br>Jon Thompson<br>Chief Executive and Permanent Secretary<br>HM Revenue &amp; Customs</p>
<p style="font-size:10px;color:#666">\u00a9 Crown Copyright 2016. This e-mail is confidential.</p>
</body></html>
""" % dict(l=link, ref=ref)
    root = text(html, "html", "iso-8859-1", "quoted-printable", q=True, case="U")
    host = "web%s.fastpage-servers.com" % E.num(2)
    eid = "1%s-%s-%s" % (E.tok(5), "000" + E.tok(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), E.tok(2))
    return E.send(label="phish", client="bare", path="cpanel", frm=addr("HM Revenue & Customs", frm, quote=True),
                  from_addr=frm, to=rcpt, rcpt=rcpt, org="rivington",
                  subject="Tax Refund Notification - Reference %s" % ref, root=root,
                  env_from="nobody@" + host, mid="<E%s@%s>" % (eid, host),
                  copt=dict(order=["To", "Subject", ("X-PHP-Originating-Script", "99:mailer.php"), "From",
                                   ("MIME-Version", "1.0"), "@MIME", "Message-Id", "Date"]),
                  popt=dict(host=host, user="nobody", eid=eid,
                            ip="192.0.2.%d" % E.rng.randint(60, 69), exim="4.86",
                            xphp="oldmillbakery.com/wp-includes/css/mailer.php for 203.0.113.66"),
                  auth=dict(dmarc="none"))


def m57(E):
    """Cloud storage full ('your photos will be deleted'), 2023, compromised mailbox, Exim."""
    E.when(2023, 2, "us_c", (7, 21))
    rcpt = "bettinakraus@records.lanford-county.example"
    frm = "info@redrockdentallab.com"
    link = "https://storage-upgrade.cloudaccount-help.site/?u=%s&s=%s" % (E.b64u(12), E.hex(8))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
.w{max-width:520px;margin:0 auto;font-family:-apple-system,Helvetica Neue,Arial,sans-serif;text-align:center}
.bar{height:14px;background:#e5e5ea;border-radius:7px;overflow:hidden}
.fill{height:14px;width:100%%;background:#ff3b30}
.b{display:inline-block;background:#0071e3;color:#fff;padding:12px 28px;border-radius:22px;text-decoration:none}
</style></head><body><div class="w">
<p style="font-size:40px;margin:10px 0">&#9729;&#65039;</p>
<h2>Your Cloud storage is full</h2>
<p>Bettina, you have used <b>5 GB of 5 GB</b>.</p>
<div class="bar"><div class="fill"></div></div>
<p>Your photos, videos and files will no longer be backed up, and your account is scheduled for deletion of older
items on <b>%(d)s</b>.</p>
<p>As a loyalty bonus you can get <b>50 GB extra storage</b> for $1.99 &mdash; free for the first year.</p>
<p><a class="b" href="%(l)s">Upgrade storage</a></p>
<p style="font-size:11px;color:#888">ID #%(id)s &middot; Cloud Services &middot; Do not reply to this message.</p>
</div></body></html>
""" % dict(d="%s %d" % (MONTHS[E.d.month - 1], min(E.d.day + 3, 28)), l=link, id=E.num(9))
    root = text(html, "html", "utf-8", "8bit", q=True)
    return E.send(label="phish", client="python", path="webmail", frm=addr("Cloud Storage", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="lanford",
                  subject="Final warning: your photos and videos will be deleted", root=root, mid="python",
                  mid_dom="redrockdentallab.com",
                  popt=dict(host="sg2plmcpnl4%s.prod.sin2.secureserver-hostnet.net" % E.num(5),
                            client_ip="198.51.100.%d" % E.rng.randint(2, 15), ip="192.0.2.%d" % E.rng.randint(220, 229),
                            exim="4.95", sel="default", region="us_p"))


def m58(E):
    """Fake court notice with a ZIP attachment, 2018, straight from a bot."""
    E.when(2018, 11, "us_e", (2, 6))
    rcpt = mailbox("marlow", "Simon", "Pike")
    frm = "notice@county-courts-summons.com"
    case = "%s-CV-%s" % (E.d.year, E.num(5))
    plain = """NOTICE TO APPEAR

Dear Simon Pike,

You are hereby notified that you have been scheduled to appear for your
hearing that will take place in the court of %s, %d, %d at 10:00 am.

Please, prepare all the documents relating to the case and bring them to
the court on the specified date.

Note: If you do not come, the case will be heard in your absence.

You can review complete details of the court notice in the attached file.

Case number: %s

Clerk of Court
""" % (MONTHS[E.d.month - 1], min(E.d.day + 9, 28), E.d.year, case)
    z = zipped("Court_Notice_%s.txt" % case,
               "Placeholder court notice for case %s - harmless text file.\n" % case,
               date_time=(E.d.year, E.d.month, E.d.day, 1, 30, 0))
    b = E.bnd("nextpart")
    root = multi("mixed", [text(plain, "plain", "windows-1252", "7bit", q=True),
                           binpart(z, "application/x-zip-compressed", "Court_Notice_%s.zip" % case, style="outlook")],
                 b, q=True, preamble="This is a multi-part message in MIME format.")
    return E.send(label="phish", client="oe", path="direct", frm=addr("County Court", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="marlow", subject="Notice to Appear in Court #%s" % case, root=root,
                  mid="outlook",
                  popt=dict(helo="[192.0.2.%d]" % E.rng.randint(90, 99), rdns="unknown",
                            ip="192.0.2.%d" % E.rng.randint(90, 99), spf="none", tls=False))


def m59(E):
    """Chinese LED manufacturer, Foxmail, base64 text + html."""
    E.when(2019, 5, "cn", (9, 17))
    rcpt = "info@ferrowell-steel.example"
    dom = "szbrightled-tech.cn"
    frm = "sales03@" + dom
    plain = """Dear Purchasing Manager,

Good day!

Glad to hear that you're on the market for LED lighting products.

We are LED manufacturer in Shenzhen, China, with 11 years experience, specialized in
LED high bay lights, LED flood lights, LED street lights and LED tri-proof lights for
warehouse, factory and workshop.

Our advantages:
1. Factory direct price, good quality, CE RoHS UL DLC certified
2. 5 years warranty, lumen up to 160lm/W
3. OEM/ODM service, your logo is available
4. Fast delivery, samples in 3-5 days

Hot sale item: 150W UFO LED High Bay, IP65, 0-10V dimmable, USD 28.5/pc (MOQ 50pcs)

If you have any inquiry, pls feel free to contact me, we will give you best price.

Best regards,
Cindy Zhang
Sales Manager
Shenzhen Bright LED Technology Co., Ltd.
Tel/WhatsApp/WeChat: +86 135 %s %s
Add: 3F, Building B, Huafeng Industrial Park, Bao'an District, Shenzhen, China
""" % (E.num(4), E.num(4))
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"><style>body { "
            "line-height: 1.5; }body { font-size: 10.5pt; font-family: \u5fae\u8f6f\u96c5\u9ed1; color: rgb(0, 0, 0);"
            " line-height: 1.5; }</style></head><body>\n" +
            "\n".join("<div>%s</div>" % (ln or "<br>") for ln in plain.split("\n")) +
            "\n<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">\n"
            "<div><span><div style=\"MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt\"><div>" + frm +
            "</div></div></span></div>\n</body></html>\n")
    b = E.bnd("foxmail")
    root = multi("alternative", [text(plain, "plain", "utf-8", "base64", q=True, case="l"),
                                 text(html, "html", "utf-8", "quoted-printable", q=True, case="l")], b, q=True)
    return E.send(label="spam", client="foxmail", path="vps", frm=addr("Cindy Zhang", frm), from_addr=frm,
                  to=rcpt, rcpt=rcpt, org="ferrowell", subject="LED High Bay light - factory price for Ferrowell",
                  root=root, cont="\t", copt=dict(ver="7.2.13.365"),
                  popt=dict(ip="203.0.113.%d" % E.rng.randint(110, 119), how="submit",
                            client_ip="198.51.100.%d" % E.rng.randint(130, 139), client_helo="cindy-PC",
                            host="smtp.qiye-mailhost.cn", helo="smtp.qiye-mailhost.cn", rdns="smtp.qiye-mailhost.cn",
                            sign=False, spf="pass", region="cn"))


def m60(E):
    """Chinese factory pitch, 2026, Outlook desktop via a hosted corporate mail service."""
    E.when(2026, 3, "cn", (9, 16))
    rcpt = "purchasing@marlow-engineering.example"
    dom = "ningbo-hengtai-hydraulic.com"
    frm = "jack@" + dom
    plain = """Dear Sir or Madam,

This is Jack from Ningbo Hengtai Hydraulic Co., Ltd. Sorry to disturb you.

We noticed that Marlow Engineering works with hydraulic systems, so we want to
introduce our products: hydraulic hose fittings, adapters, quick couplings and
ferrules (BSP, JIC, ORFS, Metric), carbon steel and SS316.

- 20 years factory, ISO 9001 / IATF 16949
- Supply to OEM customers in Germany, UK, Italy and Turkey
- Free samples, drawings accepted, delivery 15-25 days

Attached catalog for your reference (too big to attach, please reply and I will
send the download link).

Could you tell me which items you buy regularly? I will make a quotation with
competitive price for you.

Thanks and best regards
Jack Wu | Export Manager
Ningbo Hengtai Hydraulic Co., Ltd.
Mob/WhatsApp: +86 158 %s %s
Web: www.%s
""" % (E.num(4), E.num(4), dom)
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
            "content=\"text/html; charset=gb2312\"><style><!--\np.MsoNormal{margin:0cm;text-align:justify;"
            "font-size:10.5pt;font-family:DengXian;}\n--></style></head><body lang=ZH-CN><div class=WordSection1>\n" +
            "\n".join("<p class=MsoNormal><span lang=EN-US>%s<o:p></o:p></span></p>" % (ln or "&nbsp;")
                      for ln in plain.split("\n")) + "\n</div></body></html>\n")
    b = E.bnd("nextpart")
    root = multi("alternative", [text(plain, "plain", "us-ascii", "quoted-printable", q=True),
                                 text(html, "html", "us-ascii", "quoted-printable", q=True)], b, q=True,
                 preamble="This is a multipart message in MIME format.")
    return E.send(label="spam", client="outlook", path="vps", frm=addr("Jack Wu", frm), from_addr=frm, to=rcpt,
                  rcpt=rcpt, org="marlow",
                  subject="Hydraulic fittings supplier - Ningbo Hengtai / cooperation", root=root,
                  copt=dict(lang="zh-cn"),
                  popt=dict(ip="198.51.100.%d" % E.rng.randint(60, 69), how="submit",
                            client_ip="203.0.113.%d" % E.rng.randint(70, 79), client_helo="DESKTOP-JACKWU",
                            host="hwsmtp.exmail-corp-cn.com", sel="s201512", region="cn", dkstyle="simple"))
