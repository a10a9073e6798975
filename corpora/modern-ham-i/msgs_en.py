"""i01-i24: English automated / bulk ham, 2013-2026."""
from kit import M, T, A, MP, pdf, gif, png, rows, btn, shell, trk, pixel, tok, HELEN, OWEN, CLAIRE, SAM, KHOA, OPS

# i01 job-board alert
H = "click.jobs.hireline.example"
jobs = [("Senior Research Data Engineer", "Carraway Analytics - Leeds (hybrid)", "&pound;58,000 - &pound;72,000", "2 days ago"),
        ("Research Software Engineer (Fixed Term)", "Ashgrove Institute - Remote UK", "&pound;41,500", "Today"),
        ("Data Platform Lead", "Quillon Health - Manchester", "Up to &pound;85,000 + 15% bonus", "5 hours ago"),
        ("Python Developer - Climate Models", "Fernmoor Labs - Edinburgh", "&pound;50,000 - &pound;62,000", "1 day ago"),
        ("Analytics Engineer (Contract, 6 months)", "Brookvale Retail Group - Remote", "&pound;525/day outside IR35", "3 days ago")]
inner = ('<p style="font-size:18px"><b>23 new jobs match &ldquo;research data engineer&rdquo;</b></p>\n'
         '<p>Hi Helen, here are today\'s top picks near Leeds. Roles like these get over 100 applicants in the first 48 hours, so early applications are seen first.</p>\n')
for n, (t, c, pay, age) in enumerate(jobs):
    inner += ('<table width="100%%" cellpadding="0" cellspacing="0" style="border:1px solid #dde;margin:10px 0"><tr><td style="padding:12px">'
              '<a href="%s" style="color:#0a58ca;font-size:16px;font-weight:bold">%s</a><br>%s<br>'
              '<span style="color:#0b7a3b">%s</span> &middot; <span style="color:#888">%s</span>%s</td></tr></table>\n'
              % (trk(H, "job%d" % n), t, c, pay, age, " &middot; <b style='color:#c00'>Easy Apply</b>" if n % 2 else ""))
inner += btn("See all 23 jobs", trk(H, "all"), "#0a58ca")
inner += ('<p style="font-size:12px;color:#777">You are receiving this job alert because you created it on 4 March 2013. '
          '<a href="%s">Edit alert</a> &middot; <a href="https://hireline.example/alerts/unsubscribe?a=%s">Unsubscribe</a><br>'
          'Hireline Jobs Ltd, 14 Canal Wharf, Leeds LS1 4XX (invented)</p>%s' % (trk(H, "edit"), tok("a1", 12), pixel("open.hireline.example", 1)))
M(lang="en", kind="job-board alert", date="2013-05-21 07:02:14", tz="+0100", org="N", esp="sendgrid",
  frm=("Hireline Job Alerts", "alerts@jobs.hireline.example"), to=HELEN,
  subj="23 new jobs for \"research data engineer\" - Leeds, salaries up to £85,000",
  unsub="https://hireline.example/alerts/unsubscribe?a=%s" % tok("a1", 12), post=False,
  body=T(shell("Hireline", inner, "#0a58ca", "Carraway Analytics, Quillon Health and 21 more are hiring"), "utf-8", "quoted-printable", sub="html"))

# i02 price-drop alert with inline logo
H = "t.pricepeek.example"
M(lang="en", kind="price-drop alert (watched item)", date="2014-11-27 19:45:03", tz="+0000", org="P", esp="mailgun",
  frm=("PricePeek", "drops@pricepeek.example"), to=SAM,
  subj="PRICE DROP: Kestrel 27\" 4K monitor now £229 (was £349) - 34% off",
  unsub="https://pricepeek.example/u/%s" % tok("u2", 16), post=False,
  body=MP("related", [
      T(shell("PricePeek", (
          '<h1 style="font-size:24px;color:#d7263d;margin:0 0 8px">Down &pound;120 since you started watching</h1>\n'
          '<p>Good news, Sam. The item on your watch list just fell below your target price of &pound;250.</p>\n'
          '<table cellpadding="8" width="100%%" style="background:#fff6f6;border:2px dashed #d7263d"><tr>'
          '<td><b>Kestrel UltraView 27&quot; 4K IPS monitor (KV27-4K)</b><br>'
          '<span style="text-decoration:line-through;color:#888">&pound;349.99</span> '
          '<span style="font-size:28px;color:#d7263d;font-weight:bold">&pound;229.00</span> '
          '<span style="background:#d7263d;color:#fff;padding:2px 6px">-34%</span><br>'
          'Lowest price we have seen in 90 days &middot; Sold by Voltmart &middot; Free delivery</td></tr></table>\n'
          '<p>Black Friday prices often last only a few hours, and retailers rarely warn anyone before they change them back. '
          'We check this listing every 30 minutes and will tell you if it moves again.</p>\n'
          + btn("View deal at Voltmart", trk(H, "voltmart-kv27"), "#d7263d") +
          '<p>Also dropping on your list: Ardent mechanical keyboard &pound;64 (was &pound;89), Lumo desk lamp &pound;18 (was &pound;26).</p>\n'
          '<p style="font-size:11px;color:#999">Prices and availability are set by retailers and may have changed since this alert was sent. '
          'PricePeek may earn a commission when you buy through these links. Manage alerts or '
          '<a href="https://pricepeek.example/u/%s">stop price-drop emails</a>.</p>' % tok("u2", 16)),
          "#222222", "Your watched monitor hit its lowest price in 90 days", logo='<img src="cid:logo@pricepeek" width="140" height="32" alt="PricePeek">'),
        "utf-8", "quoted-printable", sub="html"),
      A(png(28, 8, (215, 38, 61)), "image/png", "logo.png", inline=True, cid="logo@pricepeek")], extra=[("type", "text/html")]))

# i03 flight fare alert
H = "e.skyfinder.example"
fares = [("London (LHR)", "Singapore (SIN)", "14 Feb - 2 Mar", "&pound;389", "&pound;612"), ("London (LGW)", "Hanoi (HAN)", "3 - 24 Mar", "&pound;441", "&pound;690"),
         ("Manchester (MAN)", "Bangkok (BKK)", "10 - 28 Feb", "&pound;412", "&pound;575")]
inner = ('<p style="font-size:20px;margin:0"><b>Fares to Southeast Asia just fell by up to 43%</b></p>\n'
         '<p>Claire, your fare alert &ldquo;London to Asia, February-March, return&rdquo; found cheaper flights than yesterday. These are the best round-trip prices we can see right now, economy, per person including taxes:</p>\n'
         '<table width="100%" cellpadding="8" style="border-collapse:collapse">\n')
for n, (a, b, d, p, old) in enumerate(fares):
    inner += ('<tr style="border-bottom:1px solid #eee"><td>%s &rarr; <b>%s</b><br><small>%s &middot; 1 stop</small></td>'
              '<td align="right"><s style="color:#999">%s</s><br><b style="font-size:20px;color:#00875a">%s</b></td>'
              '<td><a href="%s">Book</a></td></tr>\n' % (a, b, d, old, p, trk(H, "fare%d" % n)))
inner += ('</table>\n<p><b>Tip:</b> prices on these routes have moved 6 times this week. Fares are not guaranteed until you complete a booking with the airline or agent.</p>\n'
          + btn("Search all dates", trk(H, "search"), "#00875a") +
          '<p style="font-size:11px;color:#888">You set up this alert on skyfinder.example. <a href="%s">Change alert</a> | '
          '<a href="https://skyfinder.example/alerts/off/%s">Turn off this alert</a>. Skyfinder Travel Search, 2 Harbour Row, Brighton (invented address).</p>'
          % (trk(H, "change"), tok("a3", 10)))
M(lang="en", kind="flight fare alert", date="2015-01-08 06:31:55", tz="+0000", org="P", esp="sfmc",
  frm=("Skyfinder Fare Alerts", "fares@mail.skyfinder.example"), to=CLAIRE,
  subj="✈ Price alert: London → Singapore from £389 return (-37%)",
  unsub="https://skyfinder.example/alerts/off/%s" % tok("a3", 10), post=False,
  body=T(shell("skyfinder", inner, "#00875a", "Fares on your watched routes dropped overnight"), "utf-8", "quoted-printable", sub="html"))

# i04 uptime monitor: server down (plain)
M(lang="en", kind="uptime monitoring alert: site down", date="2016-03-12 02:17:40", tz="+0000", org="M",
  frm=("Pulsewatch", "alerts@pulsewatch-monitor.example"), to=OWEN,
  subj="[DOWN] meridian-eng.example customer portal (HTTPS) is DOWN - Connection timeout",
  extra=["X-Mailer: Pulsewatch Notifier 3.2", "Auto-Submitted: auto-generated", "X-Priority: 1"],
  body=T("""Monitor is DOWN: Customer portal (HTTPS)

URL:        https://portal.meridian-eng.example/login
Reason:     Connection timeout (no response within 30 s)
Checked from: Frankfurt, Amsterdam, London (3 of 3 locations failing)
Down since: 2016-03-12 02:14:58 UTC
Previous status: UP for 41 days, 7 hours, 22 minutes

Last 5 checks
  02:14:58  FAIL  timeout  (fra-2)
  02:15:58  FAIL  timeout  (ams-1)
  02:16:03  FAIL  timeout  (lon-3)
  02:16:58  FAIL  timeout  (fra-2)
  02:17:31  FAIL  TCP connect refused after 21 s  (ams-1)

This alert was sent to the contact group "On-call engineering" because the
monitor failed from more than two locations in a row. You will receive one
reminder every 30 minutes until the monitor recovers, and an UP notice when
it does.

Acknowledge this incident (stops reminders for 4 hours):
https://app.pulsewatch-monitor.example/incidents/88213047/ack?t=%s

Open the dashboard:
https://app.pulsewatch-monitor.example/monitors/552190

--
Pulsewatch uptime monitoring - account "Meridian Engineering"
Notification settings: https://app.pulsewatch-monitor.example/settings/alerts
""" % tok("ack4", 24), "us-ascii", "7bit"))

# i05 CI failed (code hosting)
FH = "codeforge.example"
M(lang="en", kind="CI pipeline failure notification (code hosting)", date="2016-09-29 14:08:21", tz="+0000", org="V", esp="forge",
  frm=("Nguyen Minh Khoa", "notifications@codeforge.example"), to=KHOA,
  subj="[anphat/billing-core] Run failed: nightly-build - main (3f2a91c)",
  replyto=("anphat/billing-core", "reply+ACB7Q%s@reply.codeforge.example" % tok("r5", 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
  mid="<anphat/billing-core/check-suites/CS_kwDOB%s/1475139901@codeforge.example>" % tok("cs5", 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
  listid="anphat/billing-core <billing-core.anphat.codeforge.example>",
  extra=["Precedence: list", "X-CodeForge-Sender: khoa-nm", "X-CodeForge-Reason: ci_activity", "X-Auto-Response-Suppress: All",
         "List-Archive: https://codeforge.example/anphat/billing-core",
         "List-Unsubscribe: <mailto:unsub+ACB7Q@reply.codeforge.example>,\r\n <https://codeforge.example/notifications/unsubscribe/1/%s>" % tok("un5", 24)],
  body=MP("alternative", [
      T("""[anphat/billing-core] nightly-build workflow run

nightly-build: All jobs have failed
View workflow run: https://codeforge.example/anphat/billing-core/actions/runs/1475139901

  build-linux-jdk8   failed in 6m 12s
  build-linux-jdk11  failed in 5m 58s
  integration-tests  skipped (needs build)
  publish-snapshot   skipped

Annotations
  X  InvoiceRoundingTest.vatOnDiscountedLines: expected:<1250000> but was:<1249999>
  X  Process completed with exit code 1.

Triggered by schedule on main at 3f2a91c
"Use HALF_UP when splitting VAT across discounted lines (#412)"

--
You are receiving this because you are subscribed to workflow runs on this
repository. Manage your notifications at
https://codeforge.example/settings/notifications
""", "utf-8", "quoted-printable"),
      T("""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table width="100%%" style="max-width:600px"><tr><td>
<p><b>[anphat/billing-core] nightly-build workflow run</b></p>
<p style="color:#cf222e;font-size:16px">&#10060; nightly-build: All jobs have failed</p>
<p><a href="https://codeforge.example/anphat/billing-core/actions/runs/1475139901" style="background:#2da44e;color:#fff;padding:6px 12px;border-radius:6px;text-decoration:none">View workflow run</a></p>
<table cellpadding="4" style="border:1px solid #d0d7de;border-radius:6px;width:100%%">
<tr><td>&#10060; build-linux-jdk8</td><td>Failed in 6 minutes and 12 seconds</td></tr>
<tr><td>&#10060; build-linux-jdk11</td><td>Failed in 5 minutes and 58 seconds</td></tr>
<tr><td>&#9898; integration-tests</td><td>Skipped</td></tr>
<tr><td>&#9898; publish-snapshot</td><td>Skipped</td></tr>
</table>
<p><b>Annotations</b><br><code>InvoiceRoundingTest.vatOnDiscountedLines: expected:&lt;1250000&gt; but was:&lt;1249999&gt;</code><br>
<code>Process completed with exit code 1.</code></p>
<p style="color:#57606a">Triggered by schedule on main at 3f2a91c &mdash; &ldquo;Use HALF_UP when splitting VAT across discounted lines (#412)&rdquo;</p>
<p style="color:#57606a;font-size:12px">&mdash;<br>You are receiving this because you are subscribed to workflow runs on this repository.<br>
<a href="https://codeforge.example/settings/notifications">Manage your notifications</a></p>
<img src="https://codeforge.example/notifications/beacon/%s.gif" height="1" width="1" alt="">
</td></tr></table></body></html>
""" % tok("b5", 30), "utf-8", "quoted-printable", sub="html")]))

# i06 news digest, sensational headlines
H = "link.morningwire.example"
heads = [("SHOCK DATA: Britain's biggest lenders quietly raise fees on 2 million accounts", "Regulator filings show overdraft charges changed at six banks within a fortnight. Here is who is affected and how to check your own statement."),
         ("'We were told it was safe': inside the collapse of the Harwick bridge project", "Our reporters spent four months with engineers, residents and the contractor's former staff."),
         ("Scientists stunned as Arctic sea ice hits record low for October", "Satellite records going back to 1979 have never shown less ice at this point in the season."),
         ("The 7 words that could cut your energy bill by a third", "A plain-English guide to switching tariffs before the price cap changes in January."),
         ("Revealed: the secret menu of Westminster's subsidised restaurants", "Freedom of information requests uncover what MPs paid for lunch in 2016.")]
inner = '<p style="color:#666;font-size:13px">Thursday 26 October 2017 &middot; Your Morning Wire briefing &middot; 6 min read</p>\n'
for n, (h, s) in enumerate(heads):
    inner += ('<table width="100%%" cellpadding="0" cellspacing="0" style="margin:0 0 18px"><tr><td style="border-left:4px solid #b00020;padding-left:12px">'
              '<a href="%s" style="font-size:%dpx;color:#111;text-decoration:none;font-weight:bold">%s</a><p style="margin:4px 0;color:#444">%s</p></td></tr></table>\n'
              % (trk(H, "story%d" % n), 22 if n == 0 else 17, h, s))
inner += ('<p style="background:#fff3cd;padding:10px"><b>Subscriber offer:</b> get unlimited access for &pound;1 a week for the first 3 months. Cancel anytime. '
          '<a href="%s">Claim the offer</a> &ndash; ends midnight Sunday.</p>\n'
          '<p style="font-size:11px;color:#888">You signed up for the Morning Wire newsletter with this address. '
          '<a href="https://morningwire.example/newsletters/manage">Manage newsletters</a> or <a href="https://morningwire.example/nl/unsub?u=%s">unsubscribe</a>. '
          'Morning Wire Media Ltd (invented), London.</p>%s' % (trk(H, "offer"), tok("u6", 14), pixel("open.morningwire.example", 6)))
M(lang="en", kind="daily news newsletter (subscribed), sensational headlines", date="2017-10-26 06:00:09", tz="+0100", org="N", esp="sparkpost",
  frm=("Morning Wire", "newsletters@morningwire.example"), to=HELEN,
  subj="SHOCK DATA: banks quietly raise fees | bridge collapse inquiry | record ice loss",
  unsub="https://morningwire.example/nl/unsub?u=%s" % tok("u6", 14), post=False,
  body=T(shell("Morning Wire", inner, "#b00020", "Today: fees, a failed bridge and the Arctic", font="Georgia,serif"), "utf-8", "base64", sub="html"))

# i07 card transaction alert
M(lang="en", kind="card transaction notice (no credential request)", date="2017-12-09 21:44:37", tz="+0000", org="P", esp="own",
  frm=("Harbourline Bank", "alerts@notify.harbourline-bank.example"), to=CLAIRE,
  subj="Card payment of £1,249.00 at ELECTRO-HUB ONLINE",
  extra=["X-Mailer: HLB Alerts Engine 5.1", "X-Auto-Response-Suppress: All"],
  body=T(shell("Harbourline Bank", (
      '<p>Dear Ms Finch,</p>\n'
      '<p>We noticed a large payment on your Harbourline Platinum Visa ending <b>4417</b> and wanted to let you know straight away.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%" style="border:1px solid #ddd">' + rows([
          ("Merchant", "ELECTRO-HUB ONLINE, GB"), ("Amount", "&pound;1,249.00"), ("Date and time", "9 Dec 2017, 21:43"),
          ("Type", "Online, card not present"), ("Available credit", "&pound;3,751.00")]) + '</table>\n'
      '<p><b>If you made this payment</b>, there is nothing you need to do.</p>\n'
      '<p><b>If you don\'t recognise it</b>, please call us on the number on the back of your card, or open the Harbourline app and tap '
      'Cards &gt; Report a problem. We will never ask for your PIN, full card number or online banking password by email, text or phone.</p>\n'
      '<p style="font-size:12px;color:#777">This is an automatic service message about your account; you cannot unsubscribe from security alerts, '
      'but you can change the amount that triggers them in the app under Settings &gt; Alerts. Harbourline Bank plc (invented), registered in England.</p>'),
      "#0f3d6e", "Payment of &pound;1,249.00 on your card ending 4417"), "utf-8", "quoted-printable", sub="html"))

# i08 calendar invitation with .ics
ICS = """BEGIN:VCALENDAR\r
PRODID:-//Caldera Suite//Calendar 2018.4//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART:20180619T130000Z\r
DTEND:20180619T140000Z\r
DTSTAMP:20180611T082205Z\r
ORGANIZER;CN=Priya Lockwood:mailto:p.lockwood@northgate-uni.example\r
UID:6f1c0e94-20a8-4d31-9c54-2b7f3a1d0e88@calendar.northgate-uni.example\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Helen Marsh:mailto:h.marsh@northgate-uni.example\r
SUMMARY:Data governance board - quarterly review\r
LOCATION:Room 2.14, Weston Building / video link in description\r
DESCRIPTION:Agenda: retention schedule sign-off, research data audit, AOB.\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
TRIGGER:-PT15M\r
DESCRIPTION:Reminder\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""
M(lang="en", kind="calendar invitation (.ics)", date="2018-06-11 09:22:05", tz="+0100", org="N", esp="own",
  frm=("Priya Lockwood (via Caldera Calendar)", "calendar-notification@caldera-suite.example"), to=HELEN,
  subj="Invitation: Data governance board - quarterly review @ Tue 19 Jun 2018 14:00 - 15:00 (BST)",
  replyto=("Priya Lockwood", "p.lockwood@northgate-uni.example"), extra=["Sender: Caldera Calendar <calendar-notification@caldera-suite.example>"],
  body=MP("mixed", [
      MP("alternative", [
          T("""You have been invited to the following event.

Data governance board - quarterly review
When: Tuesday 19 June 2018, 14:00 - 15:00 British Summer Time
Where: Room 2.14, Weston Building (video link for remote members)
Organiser: Priya Lockwood

Agenda: sign-off of the revised retention schedule, results of the spring
research data audit, any other business. Papers will follow on Friday.

Going? Yes - Maybe - No
https://calendar.caldera-suite.example/event?action=RESPOND&eid=%s

Invitation from Caldera Calendar. You are receiving this email at the account
h.marsh@northgate-uni.example because you are an attendee of this event.
Forwarding this invitation could allow any recipient to modify your RSVP.
""" % tok("e8", 40), "utf-8", "7bit"),
          T(ICS, "utf-8", "7bit", sub="calendar", extra=[("method", "REQUEST")])]),
      A(ICS.encode(), "application/ics", "invite.ics")]))

# i09 TLS certificate expiring (plain)
M(lang="en", kind="TLS certificate expiry warning (monitoring)", date="2018-08-30 04:00:12", tz="+0000", org="M", esp="own",
  frm=("CertSentry", "noreply@certsentry.example"), to=OWEN,
  subj="URGENT: TLS certificate for vpn.meridian-eng.example expires in 7 days",
  extra=["X-Mailer: certsentry-notifier/2.8.1", "Auto-Submitted: auto-generated"],
  body=T("""Hello Owen,

One of the certificates you monitor with CertSentry is about to expire.
Browsers and VPN clients will refuse connections once it does.

  Host:          vpn.meridian-eng.example:443
  Common name:   vpn.meridian-eng.example
  Issuer:        Example Trust RSA CA 2018 (test issuer)
  Serial:        0C:7F:22:91:5A:E0:13:4B
  Valid until:   6 September 2018, 23:59:59 UTC  (7 days left)
  Key:           RSA 2048, SHA-256

Other certificates on this account
  www.meridian-eng.example        expires 2019-01-14   OK
  portal.meridian-eng.example     expires 2018-10-02   33 days - warning
  mail.meridian-eng.example       expires 2018-09-21   22 days - warning

What to do: renew or re-issue the certificate with your CA, install it on
the VPN appliance, then press "Re-check now" on the dashboard. We will keep
sending daily reminders at 04:00 UTC until the new certificate is detected,
and a final notice 24 hours before expiry.

Dashboard: https://app.certsentry.example/c/meridian-eng/hosts/vpn
Reminder settings: https://app.certsentry.example/settings/notifications

CertSentry - certificate monitoring for small teams
""", "utf-8", "7bit"))

# i10 forum digest
FD = [("Best budget soldering station in 2019? Hakko clone vs. 'no-name' 60 W", "17 replies", "marlowe_tinkers"),
      ("WARNING: cheap USB-C cables catching fire on my bench (photos)", "42 replies", "ferric_fred"),
      ("Restored a 1974 valve radio - before/after", "9 replies", "ottoline"),
      ("Free PCB giveaway: 50 boards left, UK only, first come first served", "61 replies", "pcbshedd"),
      ("ESP32 deep sleep draws 8 mA instead of 10 uA - what am I missing?", "23 replies", "kasia_w")]
txt = "Workbench Forum - weekly digest for sam_finch\nWeek of 8 April 2019\n\nPopular topics this week\n\n"
htm = '<p style="font-size:13px;color:#777">Week of 8 April 2019 &middot; digest for <b>sam_finch</b></p>\n<h2 style="margin:0 0 10px">Popular topics this week</h2>\n'
for n, (t, r, u) in enumerate(FD):
    url = "https://forum.workbench-makers.example/t/%s/%d" % (tok(t, 8), 10000 + n * 137)
    txt += "* %s\n  %s - started by %s\n  %s\n\n" % (t, r, u, url)
    htm += '<p><a href="%s" style="font-size:16px;color:#2b6cb0">%s</a><br><small>%s &middot; started by %s</small></p>\n' % (url, t, r, u)
extra_txt = ("Your activity: 2 of your posts got likes. ottoline replied to your question about Bakelite cabinet polish "
             "and suggested a mild metal polish with a soft cloth.")
txt += "%s\n\nYou are getting this summary because it is set to weekly in your preferences.\nChange: https://forum.workbench-makers.example/my/preferences/emails\n" % extra_txt
htm += '<p style="background:#f0f4f8;padding:10px">%s</p>\n<p style="font-size:11px;color:#888">You are getting this summary because it is set to weekly in your preferences. <a href="https://forum.workbench-makers.example/email/unsubscribe/%s">Unsubscribe</a></p>\n' % (extra_txt, tok("u10", 20))
M(lang="en", kind="community forum weekly digest", date="2019-04-14 18:30:44", tz="+0100", org="P", esp="own",
  frm=("Workbench Forum", "noreply@forum.workbench-makers.example"), to=SAM,
  subj="[Workbench Forum] Summary - WARNING: cheap USB-C cables catching fire, FREE PCB giveaway, and more",
  unsub="https://forum.workbench-makers.example/email/unsubscribe/%s" % tok("u10", 20),
  extra=["X-Discourse-Post-Id: 0", "Auto-Submitted: auto-generated", "Precedence: list"], listid="workbench-makers Summary <forum.workbench-makers.example>",
  body=MP("alternative", [T(txt, "utf-8", "quoted-printable"), T(shell("Workbench Forum", htm, "#2d3748"), "utf-8", "quoted-printable", sub="html")]))

# i11 new sign-in notice
M(lang="en", kind="new sign-in security notice (genuine)", date="2019-11-03 10:12:50", tz="+0000", org="N", esp="postmark",
  frm=("Notely Security", "security@notely-app.example"), to=HELEN,
  subj="New sign-in to your Notely account from Chrome on Windows",
  body=T(shell("Notely", (
      '<h2 style="margin-top:0">New sign-in detected</h2>\n'
      '<p>Hi Helen, your Notely account <b>h.marsh@northgate-uni.example</b> was just used to sign in on a device we have not seen before.</p>\n'
      '<table width="100%" cellpadding="0" cellspacing="0">' + rows([("Device", "Chrome 78 on Windows 10"), ("Approximate location", "Leeds, United Kingdom"),
                                                                     ("IP address", "203.0.113.84"), ("Time", "3 November 2019, 10:11 GMT")]) + '</table>\n'
      '<p>If this was you, for example on a new work laptop, you can ignore this email.</p>\n'
      '<p>If you don\'t recognise this activity, open the Notely app yourself (don\'t use links you weren\'t expecting) and go to '
      'Settings &rarr; Security &rarr; Active sessions to sign out the device and change your password. Turning on two-step verification stops most account takeovers.</p>\n'
      + btn("Review security activity", "https://app.notely-app.example/settings/security", "#6b46c1") +
      '<p style="font-size:12px;color:#888">We send this message for every new device sign-in; it cannot be turned off. Notely Labs Inc. (invented).</p>'),
      "#6b46c1", "Chrome on Windows, near Leeds"), "utf-8", "quoted-printable", sub="html"))

# i12 password reset requested
RL = "https://account.tessellate-music.example/reset?token=%s" % tok("pw12", 40)
M(lang="en", kind="password reset the user requested", date="2020-02-16 22:05:31", tz="+0000", org="P", esp="ses",
  frm=("Tessellate", "no-reply@account.tessellate-music.example"), to=SAM,
  subj="Reset your Tessellate password",
  body=MP("alternative", [
      T("""Hi Sam,

Someone (hopefully you) asked to reset the password for the Tessellate
account linked to sam@lindenfield.test. The request came from the website
at 22:04 GMT on 16 February 2020.

To choose a new password, open this link within 60 minutes:
%s

If you did not ask for this, you can safely ignore this email - your
password will stay the same and nobody can change it without the link.

Listening on a shared family plan? Only the plan manager can change
payment details; your playlists and downloads are not affected by a reset.

Cheers,
The Tessellate team
""" % RL, "us-ascii", "7bit"),
      T("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#121212;color:#eee;padding:30px">
<table width="480" align="center" cellpadding="0" cellspacing="0" style="background:#1e1e1e;border-radius:8px"><tr><td style="padding:28px">
<p style="font-size:22px;font-weight:bold;color:#1ed7a0">Tessellate</p>
<p>Hi Sam,</p>
<p>Someone (hopefully you) asked to reset the password for the Tessellate account linked to sam@lindenfield.test. The request came from the website at 22:04 GMT on 16 February 2020.</p>
<p><a href="%s" style="background:#1ed7a0;color:#000;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">Reset password</a></p>
<p style="color:#aaa">The link works for 60 minutes. If you did not ask for this, you can safely ignore this email - your password will stay the same and nobody can change it without the link.</p>
</td></tr></table></body></html>
""" % RL, "us-ascii", "7bit", sub="html")]))

# i13 earthquake alert from public agency (plain)
M(lang="en", kind="earthquake information notice from a public geological agency", date="2020-08-22 03:41:08", tz="+0000", org="N", esp="own",
  frm=("National Seismic Service", "quake-alerts@seismic-service.gov.example"), to=HELEN,
  subj="EARTHQUAKE ALERT: M4.6 - 12 km NW of Carrowmore - felt widely, strong shaking reported",
  extra=["X-Mailer: NSS-ENS 4.0 (Earthquake Notification Service)", "Precedence: bulk", "Auto-Submitted: auto-generated"],
  unsub="https://seismic-service.gov.example/ens/unsubscribe?id=%s" % tok("q13", 12), post=False,
  body=T("""EARTHQUAKE NOTIFICATION - PRELIMINARY (automatic, not yet reviewed)

Magnitude:   4.6 ML
Location:    12 km NW of Carrowmore (54.31 N, 4.12 W)
Depth:       7 km
Origin time: 2020-08-22 03:33:51 UTC (04:33 local time)
Event ID:    nss2020qhtk

Felt reports: more than 1,800 "Did you feel it?" reports within 25 minutes,
from as far as 140 km away. Strong shaking (intensity V-VI) reported near
the epicentre: objects fell from shelves, some plaster cracks.

No tsunami is expected from an event of this size and location.

Aftershocks are possible over the coming days. If you are in the affected
area: check your home for gas smells and structural damage, stay away from
damaged chimneys and walls, and follow instructions from local emergency
services. Do not call the emergency number to report that you felt the
earthquake - use the online form instead.

Event page and felt-report form:
https://seismic-service.gov.example/events/nss2020qhtk

You subscribed to the Earthquake Notification Service for events of
magnitude 3.5 or more within 300 km of Leeds. Change or cancel your
subscription: https://seismic-service.gov.example/ens/manage
""", "us-ascii", "7bit"))

# i14 parcel shipping with inline GIF logo
H = "track.parcelwing.example"
M(lang="en", kind="parcel out-for-delivery notification", date="2021-03-04 07:12:26", tz="+0000", org="P", esp="brevo",
  frm=("ParcelWing", "updates@parcelwing.example"), to=CLAIRE,
  subj="📦 Your parcel is out for delivery today between 10:24 and 11:24",
  body=MP("related", [
      T(shell("ParcelWing", (
          '<h2 style="color:#ff6f00;margin-top:0">Arriving today, 10:24 &ndash; 11:24</h2>\n'
          '<p>Hi Claire, your parcel from <b>Greenhaus Plants</b> is on the van. Your driver today is Mo, and you are stop 17 of 64.</p>\n'
          '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Tracking number", "PW 7731 0094 2218 5"), ("Sender", "Greenhaus Plants Ltd"),
                                                                         ("Service", "Next day, signature not required"), ("Safe place", "Porch (as you requested)")]) + '</table>\n'
          '<p>Not going to be in? You can still change it up to 30 minutes before the window starts: leave it with a neighbour, pick a ParcelWing locker, or choose another day.</p>\n'
          + btn("Track live on the map", trk(H, "live14"), "#ff6f00") +
          '<p style="font-size:12px;color:#888">Please don\'t reply to this email. We will never ask you to pay a customs or redelivery fee by text message. '
          'ParcelWing Logistics (invented), Unit 4, Dovecote Park, Northampton.</p>'),
          "#333333", "Mo is delivering your Greenhaus Plants parcel", logo='<img src="cid:pw-logo" width="120" height="30" alt="ParcelWing">'),
        "utf-8", "quoted-printable", sub="html"),
      A(gif(255, 111, 0), "image/gif", "pw-logo.gif", inline=True, cid="pw-logo")], extra=[("type", "text/html")]))

# i15 subscription renewal receipt with PDF
M(lang="en", kind="subscription renewal receipt with PDF invoice", date="2021-07-01 00:04:17", tz="+0000", org="M", esp="sendgrid",
  frm=("Driftboard Billing", "billing@driftboard.example"), to=OWEN,
  subj="Receipt: your Driftboard Team plan has renewed - $1,188.00 charged",
  body=MP("mixed", [
      T(shell("Driftboard", (
          '<p>Hi Owen,</p><p>Thanks for staying with Driftboard. Your annual Team subscription for <b>Meridian Engineering</b> renewed automatically today.</p>\n'
          '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Plan", "Team, annual (12 seats)"), ("Period", "1 Jul 2021 &ndash; 30 Jun 2022"),
                                                                         ("Amount", "$1,188.00 (incl. $0.00 tax)"), ("Paid with", "Visa ending 0521"),
                                                                         ("Invoice", "DB-2021-0070412")]) + '</table>\n'
          '<p>Your PDF invoice is attached. Need to add a VAT number or purchase-order reference? Update the billing profile and we will reissue it.</p>\n'
          '<p>You used 9 of 12 seats last month. Removing unused seats takes effect immediately and is credited pro rata to your next invoice.</p>\n'
          '<p style="font-size:12px;color:#888">Driftboard Inc. (invented), 500 Harbor Way, Suite 8, Portland. Questions? Reply to this email.</p>'),
          "#0e7490", "Team plan renewed for another year"), "utf-8", "quoted-printable", sub="html"),
      A(pdf("Driftboard invoice DB-2021-0070412"), "application/pdf", "Driftboard-Invoice-DB-2021-0070412.pdf")]))

# i16 webinar registration with ics
ICS16 = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Stagecast//Webinar 5.0//EN\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:wb-88120-%s@stagecast.example\r
DTSTAMP:20220310T151502Z\r
DTSTART:20220324T150000Z\r
DTEND:20220324T161500Z\r
SUMMARY:Live webinar: Cutting cloud spend by 40%% without downtime\r
URL:https://live.stagecast.example/j/%s\r
DESCRIPTION:Join link and passcode in your confirmation email.\r
END:VEVENT\r
END:VCALENDAR\r
""" % (tok("u16", 8), tok("j16", 16))
M(lang="en", kind="webinar registration confirmation with .ics", date="2022-03-10 15:15:02", tz="+0000", org="M", esp="mailchimp",
  frm=("Nimbus Costworks Events", "events@nimbus-costworks.example"), to=OWEN,
  subj="You're registered! Cutting cloud spend by 40% - Thu 24 March, 3 PM GMT",
  unsub="https://nimbus-costworks.example/unsubscribe?e=%s" % tok("u16b", 10),
  body=MP("mixed", [
      MP("alternative", [
          T("""You're in, Owen!

Live webinar: Cutting cloud spend by 40%% without downtime
Thursday 24 March 2022, 15:00-16:15 GMT

Join link: https://live.stagecast.example/j/%s
Passcode: 771204

Add it to your calendar with the attached invitation so you don't miss it.
Seats in the live Q&A are limited to the first 500 attendees; the recording
goes out 48 hours later to everyone who registered.

What you'll learn
- why 30-45%% of a typical compute bill is idle capacity
- rightsizing and autoscaling rules that survive a traffic spike
- a live teardown of a real (anonymised) 6-figure monthly invoice

Speakers: Dana Whitcombe (Head of FinOps) and Lukas Brenner (SRE lead).

Can't make it anymore? Cancel your registration so someone on the waiting
list gets your seat: https://nimbus-costworks.example/webinars/88120/cancel
""" % tok("j16", 16), "utf-8", "quoted-printable"),
          T(shell("Nimbus Costworks", (
              '<h1 style="font-size:26px;margin-top:0">You\'re in, Owen! &#127881;</h1>\n'
              '<p style="font-size:17px"><b>Live webinar: Cutting cloud spend by 40% without downtime</b><br>Thursday 24 March 2022 &middot; 15:00&ndash;16:15 GMT</p>\n'
              + btn("Join the webinar", "https://live.stagecast.example/j/%s" % tok("j16", 16), "#7c3aed") +
              '<p>Passcode <b>771204</b>. Seats in the live Q&amp;A are limited to the first 500 attendees; the recording goes out 48 hours later to everyone who registered.</p>\n'
              '<ul><li>why 30&ndash;45%% of a typical compute bill is idle capacity</li><li>rightsizing and autoscaling rules that survive a traffic spike</li>'
              '<li>a live teardown of a real (anonymised) 6-figure monthly invoice</li></ul>\n'
              '<p style="font-size:11px;color:#888">You registered on nimbus-costworks.example. '
              '<a href="https://nimbus-costworks.example/unsubscribe?e=%s">Unsubscribe from event emails</a></p>' % tok("u16b", 10)),
              "#7c3aed", "Thursday 24 March, 15:00 GMT - your join link inside"), "utf-8", "quoted-printable", sub="html")]),
      A(ICS16.encode(), "text/calendar", "webinar-24-march.ics")]))

# i17 charity donation receipt
M(lang="en", kind="charity donation receipt", date="2022-12-20 11:38:40", tz="+0000", org="P", esp="mailchimp",
  frm=("Riverbend Food Bank", "thanks@riverbend-foodbank.example"), to=CLAIRE,
  subj="Thank you, Claire - your £50 gift will provide 150 meals this winter",
  unsub="https://riverbend-foodbank.example/email-preferences?u=%s" % tok("u17", 12),
  body=T(shell("Riverbend Food Bank", (
      '<p style="font-size:19px"><b>Claire, thank you.</b></p>\n'
      '<p>Your donation of <b>&pound;50.00</b> reached us on 20 December. This time of year, demand at our three distribution centres is 62% higher than in summer, '
      'and gifts like yours are what keep the shelves full through January.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Receipt number", "RFB-22-118834"), ("Amount", "&pound;50.00"),
                                                                     ("Gift Aid", "Yes &ndash; we can claim an extra &pound;12.50 from HMRC"),
                                                                     ("Payment", "Debit card, one-off")]) + '</table>\n'
      '<p>Please keep this email as your receipt. If you pay higher-rate tax, you can claim the difference on your self-assessment return.</p>\n'
      '<p><b>URGENT winter appeal:</b> a donor has promised to DOUBLE every gift made before 31 December, up to &pound;20,000. '
      '<a href="%s">Tell a friend</a>.</p>\n'
      '<p style="font-size:11px;color:#888">Riverbend Food Bank is an invented charity for this example. '
      '<a href="https://riverbend-foodbank.example/email-preferences?u=%s">Update your email preferences</a>.</p>' % (trk("c.riverbend-foodbank.example", "share17"), tok("u17", 12))),
      "#2f855a", "Your receipt and what your gift does"), "utf-8", "quoted-printable", sub="html"))

# i18 utility bill
M(lang="en", kind="utility bill ready (energy)", date="2023-02-07 08:15:33", tz="+0000", org="P", esp="sfmc",
  frm=("Brightgrid Energy", "bills@email.brightgrid-energy.example"), to=SAM,
  subj="Your February bill is ready: £187.42 - due in 14 days",
  unsub="https://brightgrid-energy.example/preferences/marketing?c=%s" % tok("u18", 12), post=False,
  body=T(shell("Brightgrid", (
      '<p>Hello Sam,</p><p>Your energy bill for <b>4 Lindenfield Close</b> is ready to view in your online account.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Billing period", "6 Jan &ndash; 5 Feb 2023"), ("Electricity", "412 kWh &middot; &pound;131.20"),
                                                                     ("Gas", "1,106 kWh &middot; &pound;93.77"), ("Energy Bill Support credit", "&minus;&pound;66.00"),
                                                                     ("Standing charges and VAT", "&pound;28.45"), ("Amount due", "&pound;187.42"),
                                                                     ("Due date", "21 February 2023")]) + '</table>\n'
      '<p>Your usage was 18% lower than January last year, well done. We read your smart meter every half hour, so this bill uses real readings rather than estimates.</p>\n'
      '<p>Your Direct Debit of &pound;160 per month does not currently cover your usage. We recommend increasing it to &pound;175 to avoid a debit balance in spring.</p>\n'
      + btn("View your bill", trk("click.brightgrid-energy.example", "bill18"), "#e3a008") +
      '<p style="font-size:12px;color:#888">Struggling to pay? Talk to us early; payment plans and hardship funds are available. Brightgrid Energy Supply Ltd (invented).</p>'),
      "#1f2937", "Amount due &pound;187.42 by 21 Feb"), "utf-8", "base64", sub="html"))

# i19 school / parent notice
M(lang="en", kind="school notice to parents (snow closure and trip)", date="2023-11-30 06:48:02", tz="+0000", org="P", esp="own",
  frm=("Hollins Park Primary School", "office@hollinspark-primary.sch.example"), to=CLAIRE,
  subj="IMPORTANT: School CLOSED today (Thu 30 Nov) due to snow - remote learning info",
  extra=["X-Mailer: ParentLink Messenger 7.3", "Precedence: bulk"],
  body=MP("alternative", [
      T("""Dear Parents and Carers,

Following a check of the site at 6.15am, the school will be CLOSED TODAY,
Thursday 30 November. The playground, car park and the path from Elm Road
are covered in compacted ice and the gritting contractor cannot reach us
before 10am. Breakfast club and after-school clubs are also cancelled.

Remote learning: class teachers will post a reading task and a maths
activity on the learning platform by 9.30am. Please don't worry if you
cannot access it today; it will stay open until next week.

Year 4 trip to the Science Discovery Centre (Tuesday 5 December) is still
going ahead. The last day to pay the £14 contribution on the school
payment app is Friday 1 December. If cost is a barrier, please speak to
Mrs Okafor in confidence.

We expect to reopen as normal tomorrow and will confirm by 7am on the
school app and website.

Stay safe and warm,
Mr D. Ellery
Headteacher
""", "utf-8", "quoted-printable"),
      T("""<html><body style="font-family:Verdana,sans-serif;font-size:14px">
<div style="background:#c53030;color:#fff;padding:10px;font-weight:bold">SCHOOL CLOSED TODAY &ndash; THURSDAY 30 NOVEMBER</div>
<p>Dear Parents and Carers,</p>
<p>Following a check of the site at 6.15am, the school will be CLOSED TODAY, Thursday 30 November. The playground, car park and the path from Elm Road are covered in compacted ice and the gritting contractor cannot reach us before 10am. Breakfast club and after-school clubs are also cancelled.</p>
<p><b>Remote learning:</b> class teachers will post a reading task and a maths activity on the learning platform by 9.30am. Please don't worry if you cannot access it today; it will stay open until next week.</p>
<p><b>Year 4 trip</b> to the Science Discovery Centre (Tuesday 5 December) is still going ahead. The last day to pay the &pound;14 contribution on the school payment app is Friday 1 December. If cost is a barrier, please speak to Mrs Okafor in confidence.</p>
<p>We expect to reopen as normal tomorrow and will confirm by 7am on the school app and website.</p>
<p>Stay safe and warm,<br>Mr D. Ellery<br>Headteacher</p>
</body></html>
""", "utf-8", "quoted-printable", sub="html")]))

# i20 social network notification
H = "notify.circlet-social.example"
M(lang="en", kind="social network notification digest", date="2024-04-18 17:26:09", tz="+0000", org="N", esp="sparkpost",
  frm=("Circlet", "notification@circlet-social.example"), to=HELEN,
  subj="Helen, you have 14 new notifications - Marcus Hale and 3 others commented on your post",
  unsub="https://circlet-social.example/settings/email/off?t=%s" % tok("u20", 18),
  body=T(shell("circlet", (
      '<p style="font-size:17px">Hi Helen, here\'s what you missed</p>\n'
      '<table width="100%%" cellpadding="8" cellspacing="0">\n'
      '<tr><td><b>Marcus Hale</b> and 3 others commented on your post: &ldquo;Our lab\'s open day photos are up!&rdquo;<br><a href="%s">See comments</a></td></tr>\n'
      '<tr><td><b>Dr Anjali Rao</b> shared your article &ldquo;Why research data needs a retention date&rdquo; with 2,300 followers</td></tr>\n'
      '<tr><td><b>Your post is trending!</b> It has been viewed 5,812 times in 24 hours &ndash; 9&times; more than usual.</td></tr>\n'
      '<tr><td><b>6 people</b> viewed your profile this week, including someone at Fernmoor Labs</td></tr>\n'
      '<tr><td>You have <b>3 new connection requests</b> waiting</td></tr>\n'
      '</table>\n' % trk(H, "c20")
      + btn("Open Circlet", trk(H, "open20"), "#0866ff") +
      '<p style="font-size:11px;color:#888">This message was sent to h.marsh@northgate-uni.example. You can choose which notifications you get by email in '
      '<a href="%s">notification settings</a> or <a href="https://circlet-social.example/settings/email/off?t=%s">turn off these emails</a>. Circlet Social Ltd (invented).</p>%s'
      % (trk(H, "settings20"), tok("u20", 18), pixel("open.circlet-social.example", 20))),
      "#0866ff", "Marcus Hale commented: congratulations on the open day"), "utf-8", "quoted-printable", sub="html"))

# i21 loyalty points statement, related png
M(lang="en", kind="loyalty points statement", date="2024-09-02 09:00:41", tz="+0000", org="P", esp="sfmc",
  frm=("Orchard Rewards", "rewards@e.orchard-grocers.example"), to=SAM,
  subj="You've got 4,860 points = £24.30 to spend. Your August Orchard Rewards statement",
  unsub="https://orchard-grocers.example/rewards/email-prefs?x=%s" % tok("u21", 14),
  body=MP("related", [
      T(shell("Orchard Rewards", (
          '<p style="font-size:34px;font-weight:bold;color:#2e7d32;margin:0">4,860 points</p><p style="margin-top:0">worth <b>&pound;24.30</b> off your next shop</p>\n'
          '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Opening balance (1 Aug)", "3,215"), ("Earned in store", "+1,140"), ("Earned online", "+385"),
                                                                         ("Bonus: 5x points on barbecue week", "+600"), ("Redeemed", "&minus;480"),
                                                                         ("Closing balance (31 Aug)", "4,860")]) + '</table>\n'
          '<p><b>Only for members this week:</b> 10x points on fresh fruit and veg, Thursday to Sunday. Scan your card or app at the till &ndash; no voucher needed.</p>\n'
          '<p>Points expire 24 months after you collect them; 230 points from September 2022 will expire on 30 September 2024 unless you use them.</p>\n'
          + btn("Spend your points", trk("click.orchard-grocers.example", "spend21"), "#2e7d32") +
          '<p style="font-size:11px;color:#888">Orchard Grocers (invented). <a href="https://orchard-grocers.example/rewards/email-prefs?x=%s">Email preferences</a></p>' % tok("u21", 14)),
          "#2e7d32", "Plus 10x points on fruit and veg this weekend", logo='<img src="cid:orchard-logo.png" width="150" height="36" alt="Orchard Rewards">'),
        "utf-8", "quoted-printable", sub="html"),
      A(png(30, 8, (46, 125, 50)), "image/png", "orchard-logo.png", inline=True, cid="orchard-logo.png")], extra=[("type", "text/html")]))

# i22 disk full alert (alertmanager-like html)
M(lang="en", kind="monitoring alert: disk almost full (alert manager)", date="2025-01-19 03:52:18", tz="+0700", org="V", esp="own",
  frm=("Alertmanager", "alertmanager@monitor.anphat-soft.example"), to=OPS,
  subj="[FIRING:2] DiskSpaceCritical db-prod-02 (/var/lib/postgresql 96% full)",
  extra=["X-Mailer: alertmanager/0.27", "Auto-Submitted: auto-generated", "X-Priority: 1 (Highest)"],
  body=T("""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>[FIRING:2] DiskSpaceCritical</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;margin:20px 0;border:1px solid #e9e9e9">
<tr><td style="background:#e45959;color:#fff;padding:16px;font-size:16px"><b>2 alerts for alertname=DiskSpaceCritical</b></td></tr>
<tr><td style="padding:16px">
<a href="https://grafana.anphat-soft.example/d/node/disk?var-host=db-prod-02" style="background:#348eda;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View in Grafana</a>
<p><b>[2] Firing</b></p>
<p>Labels<br>alertname = DiskSpaceCritical<br>instance = db-prod-02:9100<br>mountpoint = /var/lib/postgresql<br>severity = critical<br>team = platform</p>
<p>Annotations<br>summary = Filesystem on db-prod-02 is 96.3% full (7.4 GiB left of 200 GiB)<br>description = At the current write rate (about 2.1 GiB per hour, WAL growth) the volume will be full in roughly 3 hours 30 minutes. PostgreSQL stops accepting writes when the disk is full.</p>
<p>Labels<br>alertname = DiskSpaceCritical<br>instance = db-prod-02:9100<br>mountpoint = /var/log<br>severity = critical</p>
<p>Annotations<br>summary = Filesystem /var/log on db-prod-02 is 97.9% full<br>runbook_url = https://wiki.anphat-soft.example/runbooks/disk-full</p>
<p style="color:#999;font-size:12px">Sent by Alertmanager at monitor.anphat-soft.example. Silence for 2h: https://monitor.anphat-soft.example/#/silences/new?filter=%7Balertname%3D%22DiskSpaceCritical%22%7D</p>
</td></tr></table></td></tr></table></body></html>
""", "utf-8", "quoted-printable", sub="html"))

# i23 back-in-stock alert
M(lang="en", kind="back-in-stock alert", date="2025-06-05 12:00:27", tz="+0100", org="N", esp="brevo",
  frm=("Fieldcraft Outdoor", "hello@fieldcraft-outdoor.example"), to=HELEN,
  subj="It's BACK! The Ridgeline 45L pack is in stock - only 38 left, don't miss out",
  unsub="https://fieldcraft-outdoor.example/account/notify-me/stop/%s" % tok("u23", 16),
  body=T(shell("FIELDCRAFT", (
      '<p style="font-size:26px;font-weight:bold;margin:0">Good things come to those who wait.</p>\n'
      '<p>You asked us to let you know when the <b>Ridgeline 45L trekking pack (Slate, size M/L)</b> was available again. It landed in our warehouse this morning.</p>\n'
      '<table width="100%" cellpadding="10" style="background:#f4f1ea"><tr><td><b>Ridgeline 45L &ndash; Slate &ndash; M/L</b><br>&pound;139.00 &middot; '
      '<span style="color:#b7410e">Low stock: 38 left</span><br>Free UK delivery &middot; 100-day returns</td></tr></table>\n'
      '<p>Last time this colour sold out in under 72 hours, so we can\'t hold one for you, sorry. We\'re only sending this alert to people on the waiting list, and there are 612 of you.</p>\n'
      + btn("Shop the Ridgeline 45L", trk("links.fieldcraft-outdoor.example", "rl45"), "#b7410e") +
      '<p>Members still get 10%% off with code <b>TRAIL10</b> until Sunday midnight.</p>\n'
      '<p style="font-size:11px;color:#888">This is a one-time alert for the item you asked about. '
      '<a href="https://fieldcraft-outdoor.example/account/notify-me/stop/%s">Stop back-in-stock alerts</a>. Fieldcraft Outdoor Ltd (invented), Kendal.</p>' % tok("u23", 16)),
      "#3a3a3a", "Slate M/L is available again - waiting-list members first", font="Trebuchet MS,Arial,sans-serif"), "utf-8", "quoted-printable", sub="html"))

# i24 train booking with PDF e-ticket
M(lang="en", kind="train booking confirmation with PDF e-ticket", date="2026-02-11 20:31:47", tz="+0000", org="M", esp="ses",
  frm=("RailHopper Tickets", "tickets@railhopper.example"), to=OWEN,
  subj="Your e-ticket: Leeds to London Kings Cross, Mon 16 Feb 2026 (booking RH8QK2LW)",
  body=MP("mixed", [
      T(shell("RailHopper", (
          '<p>Thanks for booking with RailHopper, Owen. Your e-ticket is attached as a PDF and is also in the app.</p>\n'
          '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Booking reference", "RH8QK2LW"), ("Outward", "Mon 16 Feb 2026, 06:45 Leeds &rarr; 09:02 London Kings Cross"),
                                                                         ("Return", "Mon 16 Feb 2026, 18:33 London Kings Cross &rarr; 20:49 Leeds"),
                                                                         ("Ticket type", "Off-Peak Return (outward Anytime Day)"), ("Seats", "Coach C, seat 41 (forward, table)"),
                                                                         ("Railcard", "None"), ("Total paid", "&pound;162.40")]) + '</table>\n'
          '<p>Show the barcode on your phone or a printout at the gate. You save &pound;28.60 versus the walk-up fare &ndash; and with Split Ticket Saver you could have saved up to 61% on some routes.</p>\n'
          '<p>Engineering works: buses replace trains between Doncaster and Retford on Sunday 15 February. Your Monday trains are not affected.</p>\n'
          '<p style="font-size:12px;color:#888">Delay Repay: if your train is 15 minutes or more late, claim compensation in the app. RailHopper Ltd (invented).</p>'),
          "#5b21b6", "Booking RH8QK2LW - e-ticket attached"), "utf-8", "base64", sub="html"),
      A(pdf("RailHopper e-ticket RH8QK2LW"), "application/pdf", "eticket-RH8QK2LW.pdf")]))
