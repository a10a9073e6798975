"""l01-l24: English wanted mail of 2002-2006 that reads like commercial prose."""
from kit import *

M(lang="en", kind="opt-in newsletter: software vendor's release notes", date=(2002, 3, 14, 10, 5, 12), zone="PT",
  frm=("Tidewell Software News", "news@tidewell-soft.example"), rcpt=PRYCE, client="app:Tidewell ListMailer 2.1",
  subj="Tidewell Backup 4.2 is out - what's new for registered users", nomime=True,
  body="""TIDEWELL SOFTWARE NEWS - March 2002
You are receiving this because you registered Tidewell Backup and ticked
"send me release notes". To stop, reply with REMOVE in the subject line.

Dear Gareth,

Version 4.2 of Tidewell Backup is ready to download, and as a registered
owner of 4.x it costs you nothing. The installer keeps your existing
schedules and catalogue, so there is no need to uninstall first.

What changed:

 * Backups to CD-R and CD-RW now span discs automatically. When a disc
   fills up you are asked for the next one instead of the job failing.
 * The compare step is about three times faster on large folders because
   it no longer re-reads files whose size and date have not changed.
 * Scheduled jobs that were missed while the PC was switched off now run
   the next time you log in, if you turn on the new "catch up" option.
 * Fixed: restoring a single file from a zipped set could pick an older
   copy when two sets had the same name.

Upgrade pricing for owners of version 3 stays at $19 until 30 April; after
that the upgrade is $29. Full version: $39.

Download: http://www.tidewell-soft.example/download/tb42.exe (6.1 MB)
Your registration key still works - no need to contact us.

Thanks for using Tidewell,
The Tidewell team, Eugene, Oregon
""")

M(lang="en", kind="mailing-list announcement: conference call for papers", date=(2002, 5, 8, 16, 22, 40), zone="UK",
  frm=("Fiona Caddick", "f.caddick@cs.brackenmoor.example"), rcpt=NATARAJAN, client="pine", shost="cuillin.cs.brackenmoor.example",
  lst={"sw": "majordomo", "name": "dbworld-uk", "host": "lists.ukdb-forum.test", "desc": "UK database research announcements"},
  subj="CFP: 9th Workshop on Data Integration in Practice (DIP 2002), deadline 21 June",
  body="""                    CALL FOR PAPERS
     9th Workshop on Data Integration in Practice (DIP 2002)
        Brackenmoor University, 16-17 September 2002

We invite submissions describing experience with integrating data from
heterogeneous sources in real organisations: hospitals, libraries,
utilities, public agencies and businesses. The workshop has always favoured
reports of what actually happened over elegant designs that were never
deployed, and papers describing failures are as welcome as successes.

Topics include, but are not limited to: schema matching at scale, data
cleaning and record linkage, provenance, integration of legacy systems,
XML as an exchange format, and the cost of keeping mappings up to date.

Submissions: up to 10 pages, PDF or PostScript, by 21 June 2002.
Notification: 26 July.  Camera-ready copy: 23 August.

Registration is GBP 120 (students GBP 60) and includes lunches and the
workshop dinner.  A small number of travel grants are available for
research students; apply with a one-paragraph statement from your
supervisor when you register.

Programme chairs: Fiona Caddick (Brackenmoor) and Henrik Aasland (Vestby
University College).  Details at http://www.cs.brackenmoor.example/dip2002/
""")

M(lang="en", kind="supplier's quotation answering a request for quote", date=(2002, 7, 23, 11, 41, 3), zone="CT",
  frm=("Wes Corliss", "wcorliss@gulfmeter-supply.example"), rcpt=REYES, client="outlook", cs="us-ascii", cte="quoted-printable",
  subj="RE: RFQ BW-0711 - orifice plates and flow computer spares",
  body="""Daniel,

Thanks for the RFQ. Prices below are firm for 30 days, FOB our Pasadena
warehouse, net 30 on your existing account.

Item 1 - Orifice plate, 316SS, 6" line, paddle type, bore to your calc
sheet: 4 @ $142.00 ea = $568.00
Item 2 - Orifice plate, same spec, 8" line: 2 @ $188.50 ea = $377.00
Item 3 - Flow computer I/O board, replacement, model FC-300 series:
1 @ $1,245.00
Item 4 - Spare gasket kits, spiral wound, 6" and 8" 300#: 6 @ $31.75 ea
= $190.50

Total: $2,380.50 plus freight. Items 1, 2 and 4 ship from stock within two
days of your PO. The I/O board is a three-week lead time from the factory
unless you can accept a refurbished unit, which we have on the shelf at
$890 with a 12-month warranty - your call.

If you order the plates and kits together with the board we will waive the
freight, since it can all go on our Thursday truck to Houston.

Let me know if the bore sizes on the calc sheet are final, or send me the
revised sheet and I'll re-quote.

Regards,
Wes Corliss
Inside Sales, Gulf Meter & Supply Co.
713-555-0148
""")

M(lang="en", kind="friend forwarding a chain letter with a personal note", date=(2002, 9, 27, 21, 14, 50), zone="ET",
  frm=("Barb Lindgren", "barblindgren@wavecrest-isp.example"), rcpt=ELLEN, client="squirrel", shost="webmail.wavecrest-isp.example",
  subj="Fw: FW: fwd: the jar of rocks (you HAVE to read this)",
  body="""Ellen - I know, I know, you hate these. But my aunt sent it and it made me
think of you and the whole kitchen renovation saga, so I'm breaking my own
rule. You do NOT have to send it to ten people, whatever it says at the
bottom, and nothing bad will happen to your plumbing if you don't.

Coffee Thursday? Same place, 10ish.  Barb

----- Original Message -----
Subject: FW: fwd: the jar of rocks

A professor stood before his class with a large empty jar. He filled it
with rocks and asked if it was full. The students said yes. He poured in
pebbles, shook the jar, and the pebbles rolled into the gaps. Full now?
Yes, they said. Then he poured in sand, which filled every space left.

"The rocks are the things that matter - your family, your health, your
friends. The pebbles are your job, your house, your car. The sand is
everything else. If you put the sand in first, there is no room for the
rocks."

One student then poured a cup of coffee into the jar. "That just shows,"
the professor said, "there is always room for coffee with a friend."

Pass this on to ten people you care about within the hour and something
wonderful will happen to you tomorrow!!!
""")

M(lang="en", kind="opt-in newsletter: bookshop's monthly picks", date=(2002, 11, 4, 8, 30, 0), zone="PT",
  frm=("Larkspur Lane Books", "picks@larkspurbooks.example"), rcpt=MATT, client="app:", nomime=True,
  subj="Larkspur Lane Books - November staff picks and the 20% members' weekend",
  body="""LARKSPUR LANE BOOKS  -  November picks from the people behind the counter

Hello Matt,

The rain is back, which means the armchairs by the back window are
occupied from ten in the morning. Here is what our staff could not put
down this month.

Rosalind recommends "The Salt Road", a history of how salt shaped trade
routes across West Africa and Europe. Dry subject, she admits, but she
read it in two evenings.

Teo recommends "Night Ferry to Tallinn", a first novel about two brothers
who run a failing radio station. Funny, then suddenly not funny at all.

For younger readers, Marguerite suggests "Hattie and the Lighthouse Cat",
beautifully illustrated and perfect for reading aloud to six-year-olds.

Members' weekend: Saturday 16 and Sunday 17 November everything in the
shop is 20% off for members of our reading club, including special
orders placed that weekend. Not a member yet? Membership is free - just
ask at the till.

Author evening: Thursday 21 November at 7pm, local poet June Abernathy
reads from her new collection. Free, but please call 541-555-0192 to
reserve a chair.

You get this letter because you signed our mailing list card. Reply
with "no more" and we will take you off.

Larkspur Lane Books, 48 Larkspur Lane, Corvallis
""")

M(lang="en", kind="mailing-list post: job opening on a departmental list", date=(2003, 1, 21, 14, 2, 33), zone="ET",
  frm=("Margaret Ibsen", "mibsen@chem.halvorsen.example"), rcpt=TOMASZ, client="eudora", shost="mailhub.chem.halvorsen.example",
  lst={"sw": "listserv", "name": "gradchem-l", "host": "listserv.halvorsen.example", "desc": "Graduate students in chemistry"},
  subj="Paid summer position: lab manager, Ibsen group (apply by Feb 14)",
  body="""Dear graduate students,

The Ibsen group has funding for a full-time summer lab manager from
2 June to 22 August 2003. The job pays $4,200 for the twelve weeks, and
the successful candidate can keep a desk in the lab for the rest of the
year if they want to continue with a project.

The work is mostly practical: keeping the glovebox and the two GC
instruments running, ordering and logging chemicals, training the three
undergraduates who join us for the summer, and making sure the safety
paperwork is in order before the August inspection. Some experience with
air-sensitive techniques is essential; experience with our instrument
software is not, we will teach you.

To apply, send me a short note saying why you are interested, your
expected schedule over the summer, and the name of one faculty member
who knows your lab work. A CV is welcome but not required.

Applications by 14 February, please. I will talk to everyone who
applies before the end of February.

Margaret Ibsen
Associate Professor, Department of Chemistry
Room 312 Kessler Laboratories, x5-3391
""")

M(lang="en", kind="mortgage broker's reply with the rates the client requested", date=(2003, 3, 11, 9, 48, 17), zone="UK",
  frm=("Colin Ashdown", "colin@ashdown-mortgages.example"), rcpt=PRYCE, client="eudora", cs="iso-8859-1", cte="quoted-printable",
  subj="Re: remortgage - the rates you asked about",
  body="""Dear Mr Pryce,

Thank you for your call on Friday. As promised, here are the best rates I
could find for a remortgage of about £96,000 on a property you value at
£165,000, over the 19 years left on your present term. All figures are
today's and can be withdrawn by the lenders at short notice.

  - Two-year fixed at 4.49%, arrangement fee £295, no redemption penalty
    after the fixed period. Monthly payment about £640.
  - Three-year fixed at 4.89%, fee £399, free standard valuation.
    About £660 a month.
  - Tracker at base rate plus 0.69% for the life of the loan, no fee and
    no early repayment charges. At today's base rate that is 4.44%, about
    £636 a month, but it will move with the Bank of England.

Your current lender's standard variable rate is 5.75%, so each of these
would save you somewhere between £60 and £85 a month.

My fee is £250, payable only if the mortgage completes. I would need your
last three payslips, your latest mortgage statement and proof of address.
There is no obligation at all; let me know if you would like to go ahead,
or if you have any questions.

Yours sincerely,
Colin Ashdown
Ashdown Mortgage Services, 12 Market Street, Abergavenny
""")

M(lang="en", kind="mailing-list announcement: user group meetup", date=(2003, 5, 19, 22, 37, 8), zone="PT",
  frm=("Rudy Vance", "rudy@vance-consult.example"), rcpt=MATT, client="mutt", shost="tern.vance-consult.example",
  lst={"sw": "ezmlm", "name": "announce", "host": "willamette-lug.test"},
  subj="WLUG May meeting: Thursday 29th, free pizza, install fest",
  body="""Hi everyone,

The May meeting of the Willamette Linux Users Group is next Thursday, the
29th, 7pm, in the community room of the Corvallis public library as usual.

This month is an install fest. Bring a computer, or just the hard disk,
and we will help you get a distribution running on it. We will have
installation CDs for Debian 3.0, Red Hat 9 and Slackware 9.0, and a
couple of people who know their way around difficult sound cards and
winmodems. Please back up anything you care about before you come - we
are friendly, but we are not magicians.

Northside Pizza has once again offered to feed us for free, so please
reply to me (not the list) by Tuesday if you are coming so I can give
them a number.  Last time we had too much pepperoni and not enough
vegetarian; I will try to fix that.

If you have a spare monitor or keyboard we can borrow for the evening,
that would help a lot.

See you there,
Rudy
""")

M(lang="en", kind="travel agent's itinerary and offer the customer asked for", date=(2003, 8, 6, 15, 12, 44), zone="CT",
  frm=("Denise Farrow", "denise@prairiewings-travel.example"), rcpt=HASKETT, client="outlook",
  subj="Your Denver trip - itinerary and two hotel options",
  body="""Hi Ron,

Here is the itinerary for the municipal water conference, as we discussed
on the phone. Seats are held until 5pm Friday; after that I can't promise
the fare.

  Mon 22 Sep   Lv Marrowfield 7:05am   Ar Denver 8:20am    Flight 1183
  Thu 25 Sep   Lv Denver 5:40pm        Ar Marrowfield 8:45pm Flight 1190

Fare: $312.40 round trip including taxes, coach, one checked bag free.
That fare is within the city's travel policy limit, so you should not need
an exception form.

Hotels - both are on the shuttle route to the convention center:

  1. Larimer Court Hotel, conference rate $109/night plus tax, breakfast
     included, 3 nights = about $370.
  2. Sixteenth Street Inn, $94/night plus tax, no breakfast, a ten-minute
     walk further, about $320 for three nights.

The Larimer Court rate is only guaranteed if we book by 20 August.
Just reply with "1" or "2" and I will put it all on the city's
purchasing card and send you the confirmation numbers.

Thanks, and have a good week -
Denise Farrow
Prairie Wings Travel, 2200 Elm Avenue
Tel 402-555-0163
""")

M(lang="en", kind="bank's plain-text statement notice", date=(2003, 10, 2, 6, 15, 22), zone="UK",
  frm=("Harrowgate Building Society", "statements@harrowgate-bs.example"), rcpt=PRYCE, client="app:", cs="iso-8859-1", cte="quoted-printable",
  subj="Your Harrowgate e-Saver statement is ready",
  body="""Dear Mr G Pryce,

Your e-Saver statement for the period 1 July to 30 September 2003 is now
available in the secure area of our website. For your security we do not
send balances or account numbers by e-mail.

This quarter we credited gross interest of £38.12 to your account. The
e-Saver rate increased to 3.85% gross a year on 1 September following the
change in base rate; no action is needed on your part.

Did you know? If you open a Harrowgate cash ISA before 5 April you can
save up to £3,000 this tax year and receive the interest tax free.
Leaflets are available in any branch.

To view your statement, go to our website by typing the address
www.harrowgate-bs.example into your browser yourself, and log in as
usual. We will never ask you to confirm your password or memorable
information by e-mail, and this message contains no links.

If you would rather receive paper statements again, call us on
0845 555 0137 or write to Harrowgate Building Society, PO Box 58,
Harrogate HG1 0ZZ.

Please do not reply to this e-mail; the mailbox is not monitored.
""")

M(lang="en", kind="church newsletter with a donation request", date=(2003, 12, 3, 19, 55, 1), zone="PT",
  frm=("St. Brendan's Parish Office", "office@stbrendans-corvallis.example"), rcpt=ELLEN, client="eudora",
  subj="St. Brendan's December newsletter - Advent schedule and the roof fund",
  body="""Dear friends of St. Brendan's,

Advent is here, and with it our busiest month of the year. Here is what
is happening between now and Christmas.

Sundays in Advent: services at 8am and 10:30am as usual. The children's
nativity play will be part of the 10:30 service on 21 December; rehearsals
are on Saturday mornings in the hall.

Lessons and carols: Sunday 14 December at 6pm, followed by mulled cider
and cookies. Please bring a plate if you can.

Christmas Eve: family service at 4pm, midnight mass at 11:30pm.
Christmas Day: one service only, at 10am.

The roof fund. Many of you will have noticed the buckets in the north
aisle. The vestry has received quotes for replacing the roof over the
north side, and the best of them is $18,400. We have raised $11,250 so
far, thanks to the rummage sale and many generous gifts. If you can help
close the gap, please put a check made out to "St. Brendan's Roof Fund"
in the offering plate or drop it at the office. Every gift, large or
small, is recorded and receipted for tax purposes.

Thank you for everything you do for this parish.

With every blessing,
Anne Morrow, Parish Administrator
""")

M(lang="en", kind="opt-in newsletter: stock broker's market commentary the client subscribed to", date=(2004, 2, 9, 7, 10, 30), zone="ET",
  frm=("Caldwell Pierce Research", "research@caldwellpierce.example"), rcpt=REYES, client="app:CPMail 3.0",
  subj="Morning Note 9 Feb: energy names rally, three stocks we would add on weakness",
  html=("""<html><body style="font-family:Arial;font-size:12px">
<h3>Caldwell Pierce Morning Note - Monday 9 February 2004</h3>
<p>Natural gas futures closed the week 6% higher on colder forecasts for the Northeast, and the integrated
and exploration names followed. We continue to prefer producers with hedged 2004 volumes over the pure plays.</p>
<p>Three names we would add on weakness: Blackrun Resources (target $34), Halbrook Pipeline Partners
(yield 7.1%) and Sable Creek Energy (target $18).</p>
<p>This note is for clients of Caldwell Pierce &amp; Co. who asked to receive it. Past performance is no
guarantee of future results.</p>
</body></html>
""", "us-ascii", "7bit"),
  body="""CALDWELL PIERCE MORNING NOTE - Monday 9 February 2004

Good morning. Natural gas futures closed the week 6% higher on colder
forecasts for the Northeast, and the energy names followed. We continue
to prefer producers with most of their 2004 volumes hedged over the pure
exploration plays, whose shares have already priced in a cold March.

Three names we would add on weakness:

Blackrun Resources (BRR) - price target $34. Reserve replacement above
150% for a third year and a clean balance sheet. We would buy below $29.

Halbrook Pipeline Partners (HPP) - yield 7.1%. Fee-based revenue makes it
the least weather-sensitive name in our coverage.

Sable Creek Energy (SCE) - price target $18. Higher risk; the Q4 numbers
on 19 February will show whether the new wells are producing as promised.

Also this week: retail sales on Thursday, and the Fed chairman testifies
on Wednesday. We expect no change in tone.

Your account executive can discuss whether any of these fit your
objectives. This commentary is sent to clients of Caldwell Pierce & Co.
who asked to receive it; to change your research subscriptions, call
your account executive or 1-800-555-0119. Past performance is no
guarantee of future results. Member of an invented exchange and SIPC-like
fund.
""")

M(lang="en", kind="colleague forwarding a sales pitch with comments", date=(2004, 4, 15, 13, 27, 9), zone="CT",
  frm=("Ron Haskett", "rhaskett@ci.marrowfield.test"), rcpt=WHITCOMBE, client="notes", shost="cityhall01.ci.marrowfield.test",
  subj="Fw: Cut your fleet fuel costs by up to 22% - free trial",
  body="""Laura -

This came to me from a salesman I met at the public works expo. I am
usually allergic to anything that promises "up to 22%", but the trial is
genuinely free and they take the devices back if we don't like them. Could
you check whether we can even accept a free trial without a purchase order?
Last time legal wanted a hold-harmless letter. If it is a pain, just bin it.

Ron

----- Forwarded by Ron Haskett/PublicWorks/Marrowfield on 04/15/2004 01:20 PM -----

Dear Mr. Haskett,

Thank you for stopping by our booth at the Midwest Public Works Expo.
As promised, here are the details of our FleetSaver pilot programme for
municipal fleets.

FleetSaver is a small unit that plugs into the diagnostic port of your
trucks and reports idling time, harsh braking and speeding to a weekly
report. Cities in our pilot have cut fuel use by between 9% and 22%,
mostly by reducing idling at job sites.

For a 60-day trial we install ten units at no cost and with no obligation.
At the end you keep the report, and we remove the units unless you decide
to buy them at $189 each plus $6 a month for the reporting service.

Best regards,
Kyle Brandt, FleetSaver Systems
""")

M(lang="en", kind="mailing-list post: community classified 'for sale'", date=(2004, 6, 12, 10, 3, 55), zone="PT",
  frm=("Joan Petrakis", "jpetrakis@wavecrest-isp.example"), rcpt=ELLEN, client="horde", shost="webmail.wavecrest-isp.example",
  lst={"sw": "mailman", "name": "westhills-swap", "host": "lists.westhills-neighbors.test", "desc": "West Hills neighbours buy, sell and swap", "title": "Westhills-swap", "ver": "2.1.4"},
  subj="[westhills-swap] FOR SALE: oak dining table + 6 chairs, $250, must go by the 20th",
  body="""Hi neighbours,

We are moving to a smaller place at the end of the month and the dining
set will not fit. It is solid oak, about 40 years old, seats six
comfortably and eight if you extend it with the leaf (included). The
chairs were re-glued two years ago and are sturdy; two of the seat
cushions have small stains, which I have priced in.

Asking $250 for the lot, or $150 for the table alone. It has to be gone
by Friday the 20th, when the movers come, so I am open to reasonable
offers. You will need a van or a pickup and two strong people; the table
comes apart into top and legs.

We also have a free box of canning jars and a child's bike (16 inch, red,
needs a new chain) for anyone who wants them.

Call or text 503-555-0174 after 5pm, or reply to me directly (not to the
list, please). We are on Greenbriar Court near the school.

Thanks - Joan
""")

M(lang="en", kind="order confirmation from a small online shop", date=(2004, 8, 19, 23, 51, 37), zone="UK",
  frm=("Pennyworth Tea Merchants", "orders@pennyworth-tea.example"), rcpt=PRYCE, client="app:osCommerce",
  subj="Order Process - Pennyworth Tea Merchants - order no. 2291",
  html=("""<html><body><p>Thank you for your order, Mr Pryce.</p><p>Order number 2291, placed 19 August 2004.</p>
<table border="1" cellpadding="4"><tr><td>2 x Assam Halmari second flush 250g</td><td>£13.90</td></tr>
<tr><td>1 x Ceylon Uva loose leaf 100g</td><td>£3.85</td></tr><tr><td>Postage (UK, Royal Mail)</td><td>£2.95</td></tr>
<tr><td><b>Total</b></td><td><b>£20.70</b></td></tr></table>
<p>We pack and post orders the next working day.</p></body></html>
""", "iso-8859-1", "quoted-printable"), cs="iso-8859-1", cte="quoted-printable",
  body="""Pennyworth Tea Merchants
------------------------------------------------------
Order Number: 2291
Detailed Invoice: http://www.pennyworth-tea.example/account_history_info.php?order_id=2291
Date Ordered: Thursday 19 August, 2004

Products
------------------------------------------------------
2 x Assam Halmari second flush, 250g = £13.90
1 x Ceylon Uva loose leaf, 100g = £3.85
------------------------------------------------------
Sub-Total: £17.75
Royal Mail first class: £2.95
Total: £20.70

Delivery Address
------------------------------------------------------
Gareth Pryce
7 Tanners Row
Hereford

Payment Method
------------------------------------------------------
Cheque/Money Order
Please make your cheque payable to Pennyworth Tea Merchants and post it
to 3 Bridge Street, Ledbury. We send the tea as soon as it clears, usually
within four working days; as a returning customer you can also phone us
on 01531 555 0128 to pay by card instead.

Thank you for ordering again. A small sample of our new autumn blend is
going into your parcel with our compliments - we would love to hear what
you think of it.
""")

M(lang="en", kind="recruiter's message to a candidate who applied", date=(2004, 10, 25, 16, 8, 48), zone="ET",
  frm=("Natalie Graves", "ngraves@keystone-talent.example"), rcpt=TOMASZ, client="outlook",
  subj="Your application - Research Engineer, Lanark Instruments (next steps)",
  body="""Dear Tomasz,

Thank you for applying through our site for the Research Engineer role at
Lanark Instruments. I have read your CV and I think you are a very strong
match: the hiring manager is looking for exactly the mix of spectroscopy
and instrument programming you describe from your thesis work.

Here is what happens next, if you are still interested.

1. A 30-minute phone conversation with me, to go over salary expectations,
   your start date and your visa situation. I have availability on
   Wednesday afternoon and all day Friday.
2. A technical phone interview with Dr. Osei, who leads the optics team.
3. A day on site in Pittsburgh. Lanark pays travel and one night's hotel.

The salary range for the position is $68,000 to $78,000, with a sign-on
bonus for candidates who can start before March, and relocation support.
Lanark sponsors H-1B visas, which I understand may matter to you.

Our fee is paid by the employer; there is never any charge to candidates.

Please reply with a couple of times that suit you, and a phone number.

Best regards,
Natalie Graves
Senior Consultant, Keystone Talent Partners
412-555-0186
""")

M(lang="en", kind="mailing-list post: charity fundraiser on a neighbourhood list", date=(2004, 12, 1, 18, 40, 13), zone="UK",
  frm=("Sheila Morgan", "sheila.morgan@kestrelnet.example"), rcpt=PRYCE, client="outlook",
  lst={"sw": "majordomo", "name": "st-owens-residents", "host": "lists.hereford-community.test", "desc": "St Owen's Street residents"},
  subj="Christmas quiz night for the hospice - Friday 10th, teams of 6",
  body="""Dear all,

It's that time of year again. The residents' association is holding its
Christmas quiz night in aid of the St Michael's hospice on Friday 10
December at the Barrel Inn, starting at 7.30pm.

Teams of up to six, £5 a head, which includes a ploughman's supper. There
will be a raffle with some lovely prizes donated by the shops on the
street: a hamper from the deli, a haircut and blow-dry, a case of wine,
and a voucher for Sunday lunch for two. Raffle tickets are £1 each or six
for £5 and can be bought on the night or from me beforehand.

Last year we raised £612, which paid for a week of night nursing. This
year we would love to beat that, so please bring your friends and your
deep pockets. If you can't come but would like to give something, the
hospice has a collection tin at the newsagent's.

Please let me know your team name by Wednesday so we can set out enough
tables. Individuals are welcome too - we'll find you a team.

Thanks, Sheila (no. 14)
""")

M(lang="en", kind="opt-in newsletter: think-tank's weekly digest", date=(2005, 2, 18, 6, 0, 5), zone="ET",
  frm=("Aldine Institute", "weekly@aldine-institute.example"), rcpt=WHITCOMBE, client="app:Aldine Mailer", nomime=True,
  subj="Aldine Weekly: property tax caps, transit funding, and our new report on public pensions",
  body="""ALDINE INSTITUTE WEEKLY - 18 February 2005
Independent research on state and local government

You subscribed to this digest at aldine-institute.example. Change your
settings or unsubscribe at the address at the bottom.

THIS WEEK

Property tax caps: what the evidence says. Eleven states have capped
annual increases in assessed value. Senior fellow Rachel Dunmore looks at
what happened to school budgets and to the distribution of the tax burden
in the five years after each cap. Her conclusion: caps protect long-time
owners at the expense of newer buyers, and counties make up the shortfall
with fees.

Transit funding after the federal bill. A short explainer on which
formula grants go up, which go down, and what that means for mid-sized
cities running their own bus systems.

NEW REPORT: "Promises Kept? Public Pensions in Twelve Mid-Sized Cities."
Our 64-page study compares funding ratios, assumed rates of return and
retiree health costs. Free to download; printed copies are $12.

EVENTS

Tuesday 1 March, noon: lunchtime briefing on the pension report, with
Q&A. Free for government employees; registration required.

Aldine Institute is a non-partisan research organisation supported by
foundations and individual donors. We accept no government funding.

Manage your subscription: http://www.aldine-institute.example/weekly
""")

M(lang="en", kind="mailing-list announcement: software project release", date=(2005, 4, 27, 20, 12, 19), zone="CET",
  frm=("Henning Lauritsen", "henning@lauritsen.example"), rcpt=NATARAJAN, client="mutt", shost="frost.lauritsen.example",
  lst={"sw": "mailman", "name": "quillsync-announce", "host": "lists.quillsync.test", "desc": "QuillSync release announcements", "title": "Quillsync-announce", "ver": "2.1.5"},
  subj="[ANN] QuillSync 0.9.0 released",
  body="""Hello all,

I am pleased to announce QuillSync 0.9.0, the first release that I would
call feature-complete. QuillSync keeps a BibTeX database in sync between
several machines and several people, merging concurrent edits to
different entries automatically and asking you only when two people
changed the same field.

Highlights since 0.8.2:

- Merging is now done per field instead of per entry, which removes about
  nine out of ten of the conflicts people reported.
- New "quillsync dedupe" command finds entries that are probably the same
  paper under different keys, using title, year and DOI.
- Works over plain SSH, so you no longer need to run the server on the
  remote side.
- Python 2.3 is now the minimum version.

Tarballs and Debian packages:
  http://www.quillsync.test/download/quillsync-0.9.0.tar.gz
  MD5: 8d1f0c2a9b7e35c4a6d0e1f2b3c4d5e6

Upgrading from 0.8.x: run "quillsync upgrade-db" once on every machine
before syncing. Your data is backed up first.

Many thanks to the eleven people who sent patches for this release, and
to everyone who filed careful bug reports.

Henning
""")

M(lang="en", kind="university admissions office's offer letter", date=(2005, 6, 3, 11, 25, 0), zone="ET",
  frm=("Office of Admissions, Pellham College", "admissions@pellham.example"), rcpt=SOPHIE, client="app:", shost="mailer.pellham.example",
  subj="Congratulations, Sophie - your offer of admission to Pellham College",
  body="""Dear Sophie,

Congratulations! On behalf of the Committee on Admissions, I am delighted
to offer you a place in the Pellham College class of 2009. Your
application stood out in a year when we received more than 6,100
applications for 480 places.

We are also pleased to tell you that you have been awarded a Founders'
Scholarship of $9,000 per year, renewable for four years provided you
remain in good academic standing. Together with the need-based aid
described in the letter from the Financial Aid Office, this reduces your
family's expected contribution considerably.

To accept your place, please log in to the applicant portal by 1 July and
pay the $300 enrollment deposit, which is credited to your first-semester
bill. If the deposit would be a hardship, contact us and we will waive it.

Your official letter and the financial aid award are in the post. We also
invite you and your family to Admitted Students Day on Saturday 18 June,
with campus tours, sample classes and a picnic lunch on the quad.

We very much hope you will join us.

Sincerely,
Carolyn Westover
Dean of Admissions, Pellham College
""")

M(lang="en", kind="vendor's price list sent to an existing customer", date=(2005, 9, 14, 8, 52, 26), zone="CT",
  frm=("Trish Abernethy", "tabernethy@coastal-officeworks.example"), rcpt=REYES, client="outlook",
  subj="Updated price list for Brightwater - effective October 1",
  body="""Hi Daniel,

As your account manager I wanted to send you our updated contract prices
before they take effect on October 1, so there are no surprises on your
next invoice. Because of the hurricane-related increases in paper and
fuel costs some prices are going up; several others are coming down.

Copy paper, 8.5x11, 20 lb, case of 10 reams: $31.80 (was $28.90)
Copy paper, 11x17, case of 5 reams: $34.20 (was $32.50)
Toner, for your 4250 printers: $118.00 (was $124.00)
Toner, color, for the 3700 in trading: $96.00 per color (no change)
Binder clips, medium, box of 12: $1.45 (was $1.60)
Archive boxes, letter/legal, pack of 12: $27.40 (was $25.90)
Next-day delivery on orders over $75: free (no change)

If you place your Q4 paper order before September 30 we will honor the
old paper price on up to 60 cases. That would save you roughly $170 at
your usual volume.

Full price list attached to your account on our ordering site; your login
is unchanged. Call me any time with questions.

Thanks for your business,
Trish Abernethy
Coastal Officeworks, Houston
713-555-0102
""")

M(lang="en", kind="reply to a classified ad", date=(2005, 11, 20, 19, 4, 41), zone="UK",
  frm=("Owain Rees", "owain.rees@tarnmail.example"), rcpt=PRYCE, client="thunderbird",
  subj="Your advert - Raleigh touring bike in the Hereford Times",
  body="""Hello,

I saw your advert in Thursday's Hereford Times for the Raleigh touring
bike, 23 inch frame, £120. Is it still available?

A few questions if you don't mind. Does it have the original wheels, and
are they straight? When were the brake blocks and chain last changed?
And does it come with the rack and panniers in the photo, or are those
extra? I'm about six foot one so the frame size should be right, but I
would like to take it round the block before deciding, if that's all
right with you.

I could come over on Saturday morning, or any weekday evening after six.
I live in Leominster so it's not a long drive. If it's as described I am
happy to pay the asking price in cash.

My mobile is 07700 900 514 if it's easier to ring.

Thanks,
Owain Rees
""")

M(lang="en", kind="alumni association's donation appeal", date=(2006, 1, 24, 10, 30, 50), zone="ET",
  frm=("Kenmore University Alumni Association", "alumni@kenmore-alumni.example"), rcpt=REYES, client="app:", nomime=True,
  subj="Daniel, the Class of 1994 challenge: 50% participation by June 30",
  body="""Dear Daniel,

Twelve years ago you walked across the stage at Kenmore. A lot has
changed on campus since then: the engineering quad has a new library, the
old gym is now a student center, and a third of this year's freshmen are
the first in their families to go to college.

Your classmates Jen Okada and Marcus Bell have issued a challenge to the
Class of 1994. If half of the class makes a gift of any size to the
Kenmore Fund by June 30, they will add $25,000 of their own to the
scholarship endowment. Right now we are at 31%.

The size of the gift really does not matter for the challenge. $25 counts
exactly as much toward the participation goal as $2,500.

Gifts to the Kenmore Fund pay for scholarships, for summer research
stipends, and for the hardship fund that keeps students enrolled when a
family emergency strikes.

You can give online at www.kenmore-alumni.example/give, by phone at
1-888-555-0131, or by mailing a check to the Alumni Association,
100 College Road. Gifts are tax deductible.

Thank you for staying part of the Kenmore family.

Theresa Quinlan, Director of Annual Giving
To stop receiving fundraising e-mail, reply with "no solicitations".
""")
