"""l24-l48: English wanted mail of 2006-2012 that reads like commercial prose."""
from kit import *

M(lang="en", kind="press release sent to a journalist on a press list", date=(2006, 3, 7, 9, 0, 14), zone="UK",
  frm=("Marlow Vale Cider Press Office", "press@marlowvale-cider.example"), rcpt=PRYCE, client="outlook",
  subj="PRESS RELEASE: Marlow Vale wins gold at the Three Counties show - embargo lifted",
  att=("application/pdf", "MarlowVale_release_March2006.pdf", ["Marlow Vale Cider - press release, 7 March 2006", "Placeholder file: text only"]),
  body="""Dear Gareth,

You are on our press list for food and drink writers in the Marches; below
is today's release, with a printable copy attached. High-resolution
photographs are available on request.

FOR IMMEDIATE RELEASE - 7 March 2006

SMALL HEREFORDSHIRE CIDER MAKER TAKES GOLD FOR A SECOND YEAR

Marlow Vale Cider, a family business pressing apples from its own
orchards near Much Marcle since 1988, has won the gold award in the
medium-dry cider class at the Three Counties Cider and Perry Show for the
second year running.

The winning cider, "Old Tom's Reserve", is made from a blend of Dabinett,
Yarlington Mill and Kingston Black apples and matured for fourteen months
in oak. Only 4,000 bottles were made from the 2004 harvest.

"We are a tiny operation - five of us, and my father still drives the
tractor," said managing director Helen Marlow. "Winning against the big
producers twice in a row is wonderful for the whole valley."

To celebrate, Marlow Vale will open its press house to the public on the
weekend of 1-2 April, with tastings, orchard walks and a children's
apple trail. Entry is free.

Notes to editors: Marlow Vale employs five people and sells about 60,000
bottles a year through farm shops and independent pubs. Interviews can be
arranged through the press office on 01531 555 0177.

To be removed from this press list, simply reply and say so.
""")

M(lang="en", kind="webinar invitation from a vendor the recipient uses", date=(2006, 5, 16, 14, 45, 2), zone="CT",
  frm=("PermitTrack Customer Success", "customers@permittrack.example"), rcpt=WHITCOMBE, client="app:PT Notify",
  subj="Invitation: free webinar for PermitTrack customers - what's new in release 5, May 25",
  html=("""<html><body style="font-family:Verdana;font-size:11px">
<p>Dear Laura,</p>
<p>As a PermitTrack customer you are invited to our free one-hour webinar, <b>What's new in PermitTrack 5</b>,
on Thursday May 25 at 1:00 pm Central.</p>
<p>Register at www.permittrack.example/webinar (no charge; seats limited to 200).</p>
<p>PermitTrack Customer Success team</p>
</body></html>
""", "us-ascii", "7bit"),
  body="""Dear Laura,

As one of our municipal customers you are invited to a free one-hour
webinar, "What's New in PermitTrack 5", on Thursday, May 25, at 1:00 pm
Central time.

Release 5 will be offered to all customers with current maintenance at no
additional cost this summer. In the webinar our product manager, Dana
Whitfield, will walk through the changes that matter most for permit
counters like yours:

- online inspection scheduling for contractors, with automatic
  reminders the day before
- fee schedules that can change on a set date, so you no longer need to
  enter new fees at midnight on July 1
- faster searching of parcel history
- a new report builder that exports straight to Excel

There will be time for questions at the end, and we will also explain
the upgrade timetable and the training options. A recording will be sent
to everyone who registers, so sign up even if you cannot attend live.

To register, visit www.permittrack.example/webinar and enter your
customer number (MRF-0417). Seats are limited to 200 connections.

We look forward to seeing you online.

The PermitTrack Customer Success Team
Support: 1-877-555-0142
""")

M(lang="en", kind="mailing-list announcement: workshop registration", date=(2006, 7, 11, 17, 33, 28), zone="ET",
  frm=("Graham Oduya", "goduya@stat.halvorsen.example"), rcpt=NATARAJAN, client="thunderbird", shost="mail.stat.halvorsen.example",
  lst={"sw": "mailman", "name": "stats-methods", "host": "lists.halvorsen.example", "desc": "Applied statistics methods group", "title": "stats-methods", "ver": "2.1.8"},
  subj="[stats-methods] Registration open: 3-day workshop on mixed models in R, Aug 21-23",
  body="""Dear colleagues,

Registration is now open for our summer workshop, "Mixed Models in R for
Working Scientists", which will run from Monday 21 to Wednesday 23 August
in the computer lab on the second floor of Fairbank Hall.

The workshop is aimed at faculty, postdocs and graduate students who
analyse data with repeated measures, nested designs or clustered samples
and who want to move beyond ANOVA. Each morning has a lecture, and each
afternoon is spent working through real data sets, including your own if
you bring them. No prior experience with R is needed, but you should be
comfortable with basic regression.

Fees: free for Halvorsen graduate students, $75 for Halvorsen faculty and
staff (charged to a department account), $250 for external participants.
The fee covers course notes, coffee and lunch on all three days.

Places are limited to 30, and last year's workshop filled in ten days. To
register, fill in the form at http://www.stat.halvorsen.example/workshop
and we will confirm your place by e-mail within two working days.

Questions to me or to Lucy Brandt in the department office.

Graham Oduya
Statistical Consulting Center
""")

M(lang="en", kind="opt-in newsletter: a club's bulletin", date=(2006, 10, 2, 20, 18, 44), zone="PT",
  frm=("Mary's Peak Wheelers", "bulletin@maryspeak-wheelers.example"), rcpt=MATT, client="thunderbird",
  subj="Wheelers Bulletin - October: last Sunday rides, AGM, and club kit order",
  body="""MARY'S PEAK WHEELERS - October bulletin

Hi all,

What a summer. Forty-two members rode at least one century this year, and
the Tuesday evening chain gang never once got rained off. Some news:

Sunday rides. With the clocks changing on the 29th, the Sunday rides will
start at 9:30 instead of 8:30 from then on. October's routes are posted
on the club website; the 15th is the annual Covered Bridges loop with the
bakery stop.

AGM. The annual general meeting is on Wednesday 8 November at 7pm in the
back room of the Old Mill pub. We need a new treasurer - Carol has done it
for six years and has earned a rest. If you have ever balanced a cheque
book, please think about it.

Club kit. We are placing the winter kit order. Long-sleeve jerseys are
$58, thermal vests $42 and the new club cap $14. These are at cost; the
club makes nothing on them. Order forms are due by 20 October with a check
to "MPW" - sizes run small, so go up one if in doubt.

Dues. Membership for 2007 is still $25, or $35 for a family. Renew by
January 31 to stay on the insurance.

Ride safe and light up,
Jim Hollis, club secretary

You get this bulletin because you are a member of Mary's Peak Wheelers.
""")

M(lang="en", kind="supplier's quotation answering a request for quote", date=(2007, 1, 30, 10, 15, 6), zone="CT",
  frm=("Joyce Tennant", "jtennant@heartland-signal.example"), rcpt=WHITCOMBE, client="notes", shost="notes1.heartland-signal.example",
  subj="Quotation Q-07-0188: LED traffic signal retrofit, per your RFQ 2007-014",
  att=("application/pdf", "Q-07-0188.pdf", ["Heartland Signal Co. quotation Q-07-0188", "Placeholder file: text only"]),
  body="""Ms. Whitcombe,

Thank you for including Heartland Signal in your request for quotation
2007-014. Our formal quotation is attached; a summary follows for your
convenience.

LED signal modules, 12 inch, red ball, ITE compliant: 180 @ $62.40
LED signal modules, 12 inch, yellow ball: 180 @ $66.10
LED signal modules, 12 inch, green ball: 180 @ $68.90
LED pedestrian countdown modules, 16 inch: 96 @ $148.00

Total: $48,906.00. Prices include delivery to the city maintenance yard
and are held for 90 days. Modules carry a five-year full replacement
warranty.

Your public works department may be interested to know that cities that
have completed the same retrofit typically see signal electricity use fall
by 80 to 90 percent, and the state energy office currently offers a rebate
of $20 per module for municipal retrofits completed before December 31. We
would be happy to help with the rebate paperwork at no charge.

We can supply in two lots if that suits your budget year better. Please
contact me with any questions on the bid documents.

Respectfully,
Joyce Tennant
Municipal Sales, Heartland Signal Co.
515-555-0193
""")

M(lang="en", kind="mailing-list post: job opening on a professional list", date=(2007, 3, 22, 12, 47, 39), zone="ET",
  frm=("Paula Vreeland", "pvreeland@northbay-gas.example"), rcpt=REYES, client="outlook",
  lst={"sw": "ezmlm", "name": "gasjobs", "host": "lists.energy-risk-forum.test"},
  subj="Opening: senior natural gas scheduler, Northbay Gas Marketing (Boston)",
  body="""Colleagues,

Northbay Gas Marketing is hiring a senior scheduler for our Boston office,
and I thought members of this list would be the right people to hear about
it first.

The role: nominating and confirming daily flows on five interstate
pipelines for our retail and wholesale books, managing imbalances and
storage positions, and working closely with the traders on the morning
call. You would also train and back up our two junior schedulers.

We are looking for at least five years of scheduling experience on
Northeast pipelines, a solid understanding of capacity release, and a calm
temperament during cold snaps. Experience with an ETRM system is a plus.

We offer a competitive base salary with an annual bonus, full benefits,
401(k) matching and a genuinely friendly trading floor. Relocation
assistance is available for the right candidate.

If you are interested, or know someone who might be, please contact me
directly at the address below rather than replying to the list. All
enquiries are treated in confidence.

Paula Vreeland
Director of Operations, Northbay Gas Marketing
617-555-0125
""")

M(lang="en", kind="travel agent's itinerary and offer the customer asked for", date=(2007, 5, 9, 13, 2, 11), zone="PT",
  frm=("Gail Sorensen", "gail@cascadia-journeys.example"), rcpt=ELLEN, client="outlook",
  subj="Your anniversary trip - Ireland itinerary and price as requested",
  body="""Hi Ellen,

Lovely talking with you yesterday. As promised, here is a ten-day
self-drive itinerary for you and Matt for the second half of September,
when the crowds have thinned and the weather is usually still kind.

Days 1-2   Fly Portland - Dublin via Chicago, overnight flight.
           Two nights at a Georgian townhouse hotel near St Stephen's Green.
Days 3-4   Pick up the car and drive to Kilkenny, then on to Kinsale.
Days 5-7   Three nights in a farmhouse B&B on the Dingle peninsula,
           with a boat trip to the Blasket Islands if the sea allows.
Days 8-9   The Burren and Galway; two nights in a castle hotel, which I
           thought you might enjoy for the anniversary itself.
Day 10     Drive back to Shannon and fly home.

The package price is $3,640 per person, including flights, all
accommodation with breakfast, the car with full insurance, and two
dinners. Travel insurance would be about $160 each extra.

The castle hotel only has two rooms left for those dates, and I can hold
them until Monday without a deposit. After that a $500 deposit secures
everything, with the balance due 60 days before departure.

Let me know what you think - happy to change anything.

Warmly,
Gail Sorensen
Cascadia Journeys, Salem
""")

M(lang="en", kind="mortgage broker's reply with the rates the client requested", date=(2007, 8, 28, 18, 20, 9), zone="PT",
  frm=("Victor Alcala", "valcala@willamette-homeloans.example"), rcpt=MATT, client="outlook",
  subj="RE: refinance numbers - 15 vs 30 year, as you asked",
  body="""Matt,

Thanks for sending the appraisal. Based on a loan amount of $212,000 and
your credit scores, these are the rates I can lock for you today with no
points:

30-year fixed: 6.375%, principal and interest $1,322.60 a month
15-year fixed: 6.000%, principal and interest $1,788.99 a month
5/1 ARM:       5.875% for five years, then adjusts yearly, $1,254.06

Closing costs would be about $2,950 in each case (appraisal already paid),
and I can roll them into the loan if you prefer.

You asked whether the 15-year is worth it. On these numbers you would pay
about $110,000 less interest over the life of the loan, but the payment
is $466 higher every month. With the market as nervous as it is right
now, I would not recommend the ARM for you unless you plan to sell within
five years.

Rates have been jumping around all week because of the subprime news, so
if you want one of these I would lock sooner rather than later. A lock is
free for 45 days.

Call me on my cell, 541-555-0168, any time this week.

Victor Alcala
Loan Officer, Willamette Home Loans
""")

M(lang="en", kind="colleague forwarding a sales pitch with comments", date=(2007, 11, 6, 9, 58, 52), zone="ET",
  frm=("Martin Okafor", "m.okafor@halvorsen.example"), rcpt=NATARAJAN, client="thunderbird", shost="smtp.halvorsen.example",
  subj="Fwd: Special academic pricing - 40% off our cluster storage until Dec 15",
  body="""Priya,

Forwarding this because you said at the faculty meeting that the lab is
running out of disk. I have no connection with these people and the
"40% off, this month only" wording makes me twitch, but the academic price
they quote is in fact lower than what central IT charged us for the same
capacity last year. Might be worth a phone call before your grant
renewal. Ask them about the support contract in year two - that is where
they usually get you.

Martin

-------- Original Message --------
Subject: Special academic pricing - 40% off our cluster storage until Dec 15
From: Sales Team <academic@petabay-storage.example>

Dear Professor Okafor,

As a valued research customer in higher education, we are pleased to
offer an exclusive year-end academic discount on our PB-2000 storage
appliance. Until December 15, departments can purchase a 12 TB system
for $14,900, a saving of 40% on the list price, including three years of
next-business-day support.

The PB-2000 installs in under an hour and connects directly to your
existing Linux cluster. To request a quotation, reply to this e-mail or
call our education desk at 1-866-555-0157.

Kind regards,
The PetaBay Academic Sales Team
""")

M(lang="en", kind="friend forwarding a joke with a personal note", date=(2008, 2, 14, 22, 5, 37), zone="UK",
  frm=("Rhian Davies", "rhian.davies@tarnmail.example"), rcpt=PRYCE, client="apple", shost="smtp.tarnmail.example",
  subj="Fwd: Fwd: the engineer and the farmer - made me think of your dad",
  body="""Gareth,

Sorry for the forwarded joke, I know we agreed never to do this to each
other. But this one is basically your dad and the tractor last summer,
and I laughed so hard on the train that a man moved seats. Give him my
love. Are we still on for the walk on the 23rd?

R x

Begin forwarded message:

A farmer had a tractor that had stopped working, and after a week of
trying everything he called in an engineer. The engineer looked at it for
a minute, took out a small hammer, tapped the engine once, and it started
first time.

"That'll be a hundred pounds," said the engineer.

"A hundred pounds?" said the farmer. "You only tapped it with a hammer!"

"Fair enough," said the engineer, and wrote out an itemised bill:
"Tapping engine with hammer: one pound. Knowing where to tap: ninety-nine
pounds."

The farmer paid. Then he asked the engineer if he could fix the quad bike
too, since he was there.

Send this to five engineers you know and one farmer who will not get it.
""")

M(lang="en", kind="order confirmation from a small online shop", date=(2008, 4, 3, 21, 40, 18), zone="PT",
  frm=("Fernbrook Seeds", "orders@fernbrook-seeds.example"), rcpt=ELLEN, client="app:", nomime=True,
  subj="Fernbrook Seeds - thank you for your order #F-10452",
  body="""Hello Ellen,

Thank you for your order. We are a two-person seed company and we pack
every order by hand, so it may take up to five working days to leave us
in spring. Here is what you ordered:

  1 x Tomato 'Amish Paste', 30 seeds ................ $2.75
  1 x Bean 'Cherokee Trail of Tears', 50 seeds ...... $3.25
  2 x Sweet pea 'Cupani', 25 seeds .................. $5.50
  1 x Kale 'Lacinato', 200 seeds .................... $2.50
  1 x Seed-starting mix, 8 qt ....................... $6.95
                                           Subtotal  $20.95
                                           Shipping   $3.00
                                           Total     $23.95

Paid by credit card ending 4411. The charge will appear as FERNBROOK
SEEDS OR on your statement.

Ship to: Ellen Oakes, 2870 Oak Hollow Road, Philomath OR

Because you spent over $20 we have added a free packet of our
open-pollinated sunflower mix - thanks for supporting a small grower.

Sowing tip: with the cold April we are having, hold off on the beans
until the soil is at least 60 degrees. Tomatoes can go in pots indoors now.

Questions about your order? Just reply to this e-mail and one of us
(Jess or Arturo) will answer.
""")

M(lang="en", kind="mailing-list announcement: conference call for papers", date=(2008, 6, 17, 8, 25, 3), zone="ET",
  frm=("Elena Ruiz-Hart", "eruizhart@gridpolicy-assoc.example"), rcpt=REYES, client="outlook",
  lst={"sw": "listserv", "name": "energy-econ", "host": "listserv.gridpolicy-assoc.example", "desc": "Energy economics discussion"},
  subj="Call for Papers: 2009 North American Energy Markets Conference - abstracts due Sept 15",
  body="""CALL FOR PAPERS

2009 North American Energy Markets Conference
Cedar Harbor, March 25-27, 2009

The conference brings together academics, regulators and practitioners
working on the economics of electricity and natural gas markets. We
particularly welcome papers on the following themes this year:

- price formation and volatility in natural gas hubs
- the design of capacity markets and resource adequacy
- integrating wind generation into wholesale electricity markets
- risk management and hedging by utilities and marketers
- the effect of financial participants on commodity prices

Practitioners are strongly encouraged to submit. Abstracts of up to 400
words should be submitted through the conference website by September 15,
2008. Authors will be notified by October 31, and full papers are due by
February 15.

A best student paper prize of $1,000 will be awarded, and selected papers
will be invited for a special issue of the association's journal.

Early registration: $395 for members, $495 for non-members, $150 for
students, available until January 31.

Program committee chair: Elena Ruiz-Hart, Grid Policy Association.
""")

M(lang="en", kind="opt-in newsletter: software vendor's release notes", date=(2008, 9, 23, 11, 0, 40), zone="CET",
  frm=("Zirkon Labs", "updates@zirkonlabs.example"), rcpt=TOMASZ, client="app:Zirkon Newsletter", nomime=True,
  subj="PlotForge 3.0 released: 64-bit support, faster rendering, free for 2.x owners",
  body="""PlotForge 3.0 - release notes for registered users

Hello Tomasz,

you are receiving this because you asked to be told about new versions
when you registered PlotForge 2.6. Three years after the last major
release, PlotForge 3.0 is available today.

Main changes

* Native 64-bit builds for Windows, Mac OS X 10.5 and Linux. Data sets
  larger than 2 GB can now be loaded directly.
* Rendering of scatter plots with more than a million points is between
  five and eight times faster, thanks to a rewritten drawing engine.
* Export to PDF and SVG keeps fonts as text, so journals stop complaining
  about outlined labels.
* New scripting console with Python 2.5 bindings.
* Dozens of smaller fixes; the full change log is on our website.

Upgrade: owners of any 2.x licence can upgrade free of charge until the
end of the year. Your existing licence key works; download the installer
from the customer area. Academic site licences are now EUR 590 per year
for unlimited seats.

Version 2.6 will continue to receive security fixes until June 2009.

Thank you for your support,
Ines Brandauer and the Zirkon Labs team, Graz

To stop these notices, reply with "unsubscribe" in the subject.
""")

M(lang="en", kind="church newsletter with a donation request", date=(2008, 11, 19, 15, 11, 26), zone="CT",
  frm=("Pastor Dale Rennick", "pastor@graceumc-marrowfield.example"), rcpt=HASKETT, client="squirrel", shost="webmail.prairiewire.example",
  lst={"sw": "mailman", "name": "grace-news", "host": "lists.graceumc-marrowfield.example", "desc": "Grace Church news and prayer list", "title": "Grace-news", "ver": "2.1.11"},
  subj="[Grace-news] Thanksgiving dinner, Advent giving, and the food pantry",
  body="""Dear Grace family,

Thanksgiving is a week away, and I want to thank every one of you who has
already signed up to help with the community dinner on Thursday. We
expect to serve about 220 meals this year, and we still need drivers for
the home deliveries between 11 and 1. Please call the church office if you
can take a route.

The food pantry has had a hard autumn. Demand is up by almost a third
since the plant on Route 9 laid off its second shift, and the shelves are
emptier than I have ever seen them in November. Canned meat, peanut
butter, cereal and diapers are the biggest needs. The collection bins are
in the narthex.

This year our Advent giving will be split between the pantry and the
roof of the fellowship hall. Our goal is $15,000. You can give through
the offering plate on Sundays, by mailing a check to the church office,
or by setting up a recurring gift with your bank. Envelopes are in the
pews.

Choir practice for the Christmas cantata starts Wednesday at 7pm. All
voices welcome; no audition.

Grace and peace,
Pastor Dale
""")

M(lang="en", kind="bank's plain-text statement notice", date=(2009, 1, 8, 4, 30, 12), zone="CT",
  frm=("Lone Oak Federal Credit Union", "estatements@loneoak-fcu.example"), rcpt=REYES, client="app:", nomime=True,
  subj="Your December eStatement is available",
  body="""LONE OAK FEDERAL CREDIT UNION

Dear Member,

Your eStatement for the period ending December 31, 2008 is now available
for viewing in Online Banking. For your security, this notice does not
include any account numbers or balances.

Please note the following changes for 2009:

- The dividend rate on Share Certificates of 12 months or longer is now
  3.05% APY. Rates on regular share accounts are unchanged.
- Beginning February 1, courtesy pay fees will drop from $28 to $25.
- Your 2008 tax forms (1099-INT) will be available in Online Banking by
  January 31, and mailed to members who have not chosen electronic
  delivery.

Holiday closing: all branches will be closed Monday, January 19, in
observance of Martin Luther King Jr. Day.

To view your statement, sign in to Online Banking by typing our address
into your browser. Lone Oak FCU will never ask you for your password,
PIN or account number by e-mail or text message. If you receive such a
message, do not respond; forward it to our fraud department.

Questions? Call Member Services at 281-555-0199, Monday through Saturday.

Federally insured by an invented share insurance fund.
""")

M(lang="en", kind="recruiter's message to a candidate who applied", date=(2009, 3, 18, 12, 10, 31), zone="UK",
  frm=("Imogen Halsey", "imogen.halsey@fairleigh-recruit.example"), rcpt=PRYCE, client="outlook",
  subj="Features Editor role - your application and an interview slot",
  body="""Dear Gareth,

Thank you for your application for the Features Editor position at
Borderland Life magazine, which we are recruiting for on the publisher's
behalf. I am pleased to say the editor would like to meet you.

Interviews will take place at the magazine's offices in Ludlow on
Tuesday 31 March and Wednesday 1 April. The available times are 10am,
11.30am and 2pm on both days. The interview will last about an hour and
will include a short exercise: you will be asked to edit a 1,200-word
piece and suggest a headline and standfirst, so do bring your glasses.

The position is full-time and permanent, with a salary of £28,000 to
£31,000 depending on experience, 25 days' holiday and a contributory
pension. The publisher is open to one day a week working from home.

Please let me know which slot you would prefer by Friday, and whether you
have any access requirements. If you have written features in the last
year that you are especially proud of, please bring two or three along.

I'm happy to have a quick chat beforehand if you'd like to know more
about the team - just give me a ring on 01584 555 0145.

Kind regards,
Imogen Halsey
Fairleigh Recruitment (Media and Publishing)
""")

M(lang="en", kind="mailing-list announcement: user group meetup", date=(2009, 6, 2, 16, 44, 57), zone="CT",
  frm=("Priyanka Sethi", "psethi@bayoucode.example"), rcpt=REYES, client="thunderbird",
  lst={"sw": "mailman", "name": "houpy", "host": "lists.houston-python.test", "desc": "Houston Python users", "title": "houpy", "ver": "2.1.12"},
  subj="[houpy] June meeting: pandas-style data wrangling + lightning talks, Tues 16th",
  body="""Hi Houston Pythonistas,

Our June meeting is on Tuesday the 16th at 6:30pm. We are back at the
conference room of Bayou Code on the 12th floor of 600 Travis; sign in
with the guard in the lobby and he will let you up.

Main talk: Carlos Mendez will show how he replaced a tangle of Excel
macros at his trading company with a few hundred lines of Python and
NumPy, and what went wrong along the way. If you have ever inherited a
spreadsheet with 40 tabs, come and commiserate.

Lightning talks: we have three slots left for five-minute talks on
anything Python related. Reply to me off-list to claim one. Beginners are
especially encouraged - a talk about the first script you ever wrote is
absolutely fine.

Food: Bayou Code is buying pizza and soft drinks again. They are also
hiring, which they asked me to mention, but there is no sales pitch at
the meeting itself.

Parking: the garage on Capitol Street is $5 after 6pm. The light rail stop
is two blocks away.

Please RSVP on the group's page so we order enough food.

See you there,
Priyanka
""")

M(lang="en", kind="opt-in newsletter: stock broker's market commentary the client subscribed to", date=(2009, 9, 14, 7, 45, 1), zone="UK",
  frm=("Ravensworth Stockbrokers", "commentary@ravensworth.example"), rcpt=PRYCE, client="app:", cs="iso-8859-1", cte="quoted-printable",
  subj="Weekly market view: FTSE back above 5,000 - is the rally running ahead of the economy?",
  html=("""<html><body style="font-family:Georgia;font-size:13px"><h2>Ravensworth weekly market view</h2>
<p>The FTSE 100 closed above 5,000 for the first time in eleven months. We remain cautious: earnings have not yet caught up with prices.</p>
<p>Our income portfolio is unchanged; we are adding to the utility holdings and trimming miners.</p>
<p>The value of investments can fall as well as rise. Sent to Ravensworth clients who asked for it.</p></body></html>
""", "iso-8859-1", "quoted-printable"),
  body="""RAVENSWORTH WEEKLY MARKET VIEW - 14 September 2009

Dear Mr Pryce,

The FTSE 100 closed above 5,000 on Friday for the first time in eleven
months, up almost 50% from the March low. It has been a remarkable six
months, and clients have asked whether now is the moment to add more
money to shares.

Our view is cautious. Company earnings have stopped falling but have not
yet started to rise, and much of the rally has come from the mining and
banking shares that fell furthest. Shares are no longer cheap by
historical standards. Meanwhile cash pays almost nothing and gilts look
expensive, which is pushing money into equities regardless.

What we are doing: in our income portfolio we are adding to the utility
and telecoms holdings, which still yield more than 5%, and taking some
profit on the miners. We are not chasing the rally with new money; we
would rather drip it in over the next six months.

Your portfolio review is due in October. Your manager, Simon Blackett,
will write to arrange a time; if you would like to discuss anything
sooner, call him on 01432 555 0161.

The value of investments and the income from them can fall as well as
rise, and you may get back less than you invested. You receive this
weekly view because you asked for it; tell us if you no longer wish to.
""")

M(lang="en", kind="alumni association's donation appeal", date=(2009, 11, 30, 10, 0, 0), zone="ET",
  frm=("Halvorsen Graduate Alumni Fund", "gradfund@alumni.halvorsen.example"), rcpt=TOMASZ, client="app:", nomime=True,
  subj="A year-end gift for the graduate travel fund - matched two to one until Dec 31",
  body="""Dear Dr. Wierzbicki,

Congratulations again on completing your doctorate this summer. We hope
the first months of the new job are going well.

As a new graduate alumnus you may remember how much it mattered to be
able to present your work at a conference in your second or third year.
Many of our students simply cannot afford the airfare and registration
fees, and the department budgets for travel were cut again this year.

Until December 31, an anonymous donor who once relied on a travel grant
will match every gift to the Graduate Student Travel Fund two to one, up
to a total of $60,000. A gift of $30 becomes $90, roughly the
registration fee for a student at a typical national meeting. A gift of
$250 becomes $750, enough to fly a student across the country.

Last year the fund sent 84 students to conferences in 19 countries, and
for many of them it was the talk that led to their first job offer.

You can give online at alumni.halvorsen.example/gradtravel or by calling
the Alumni Fund office at 607-555-0134. Gifts of any size are welcome and
are fully tax deductible.

With thanks and best wishes for the holidays,
Rosemary Thackeray
Director, Halvorsen Graduate Alumni Fund
""")

M(lang="en", kind="vendor's price list sent to an existing customer", date=(2010, 2, 23, 15, 36, 20), zone="ET",
  frm=("Stan Kowalczyk", "stan@finger-lakes-electronics.example"), rcpt=NATARAJAN, client="mutt", shost="shop.finger-lakes-electronics.example",
  subj="Your 2010 price sheet - connectors, cable and the sensors you ordered last year",
  body="""Dear Dr. Natarajan,

Happy new year, belatedly. As one of our university account customers you
get our spring price sheet before it goes on the website. Prices below are
per unit for the quantities your lab usually orders, and include our 12%
academic discount.

  Thermocouple type K, glass braid, 2 m         (10+)   $7.48
  Thermocouple connector pair, mini, type K     (25+)   $2.64
  RTD probe, Pt100, 4-wire, 150 mm              (5+)   $31.20
  Humidity sensor module, I2C, calibrated       (10+)  $18.90
  Shielded cable, 4 core, 22 AWG, per 100 ft            $41.50
  Data logger, 8 channel, USB                           $389.00

Most prices are the same as last year; copper cable went up about 9%
because of metal prices, and the humidity modules came down by $3 because
we now buy them directly from the maker.

We also have a small stock of last year's 4-channel loggers at $199 each,
while they last, if any of your students need a cheap one for field work.

Orders on a university purchase order ship the same day if received by
2pm. As always, call me if you need something that is not on the list -
we can usually find it.

Regards,
Stan Kowalczyk
Finger Lakes Electronics Supply, Ithaca
607-555-0179
""")

M(lang="en", kind="mailing-list post: community classified 'for sale'", date=(2010, 5, 8, 9, 12, 48), zone="PT",
  frm=("Dave Kimura", "dkimura@rainshadow-net.example"), rcpt=MATT, client="thunderbird",
  lst={"sw": "ezmlm", "name": "philomath-exchange", "host": "lists.benton-rural.test"},
  subj="For sale: 2001 Honda riding mower, runs great, $600 obo - and free firewood",
  body="""Hello folks,

Selling our riding mower because we have finally given the back field
over to the goats. It is a 2001 Honda with a 38-inch deck and about 410
hours on it. Starts first time, new blades last spring, oil changed every
year, the seat has a tear that is covered with a feed sack. It will mow
an acre in about forty minutes.

Asking $600, or best offer from a neighbour. I can deliver within ten miles
on my trailer if you help unload.

Also free to anyone who will haul it away: roughly two cords of seasoned
big-leaf maple from the tree that came down in the January storm. It is
cut to 16 inches but not split. First come, first served; it is stacked
by the gate on Bellfountain Road, the house with the blue mailbox.

Please call 541-555-0147 rather than replying to the whole list. We are
usually home in the evenings and all day Sunday.

Thanks, Dave and Kiyomi Kimura
""")

M(lang="en", kind="press release sent to a journalist on a press list", date=(2010, 9, 21, 10, 30, 5), zone="UK",
  frm=("Wyecliff Outdoor Festival", "media@wyecliff-festival.example"), rcpt=PRYCE, client="app:", 
  subj="News release: Wyecliff Outdoor Festival doubles in size - free media passes available",
  html=("""<html><body style="font-family:Arial;font-size:13px">
<p><b>NEWS RELEASE - 21 September 2010</b></p>
<p>Wyecliff Outdoor Festival doubles in size for its fifth year, 15-17 October, with 80 speakers and a new river programme.</p>
<p>Media passes are free for accredited journalists; reply to this message to request one.</p>
</body></html>
""", "us-ascii", "7bit"),
  body="""NEWS RELEASE - 21 September 2010
For immediate use

WYECLIFF OUTDOOR FESTIVAL DOUBLES IN SIZE FOR FIFTH YEAR

The Wyecliff Outdoor Festival, which began in 2006 as a handful of talks in
a village hall, returns on 15-17 October with eighty speakers, films and
workshops across three venues in Hay-on-Wye and a brand new river
programme on the Wye itself.

Highlights include the climber and film-maker Sorcha Lyle on her winter
traverse of the Cuillin ridge, a family canoe trail from Glasbury to Hay,
and a panel on whether Britain's national parks can cope with their
visitors. Tickets for individual events start at £6, and all children's
events are free.

"We have kept the festival small and friendly, but the demand is
astonishing," said festival director Tom Ellery. "Last year we turned
away more people than attended the first festival."

Free media passes are available to accredited journalists and
broadcasters, and we can arrange interviews with speakers before the
festival. To request a pass, reply to this e-mail with your publication
and the events you would like to attend.

Ends.

Media contact: Jo Pritchard, 01497 555 0123. You receive this because
you joined the Wyecliff press list; reply with "remove" to leave it.
""")

M(lang="en", kind="webinar invitation from a vendor the recipient uses", date=(2011, 3, 15, 13, 5, 44), zone="CT",
  frm=("Ledgerline Risk Systems", "events@ledgerline.example"), rcpt=REYES, client="app:",
  subj="Customer webinar, April 5: Dodd-Frank reporting in Ledgerline 7 - reserve your seat",
  html=("""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Daniel,</p><p>Join us on Tuesday, April 5 at 10:00 am Central for a customer-only webinar on swap reporting with Ledgerline 7.</p>
<p>Reserve your seat: www.ledgerline.example/events (customers only, no charge).</p></body></html>
""", "us-ascii", "7bit"),
  body="""Dear Daniel,

The new swap reporting rules are coming, and many of you have asked how
Ledgerline will help. We are holding a customer-only webinar on Tuesday,
April 5, at 10:00 am Central (11:00 Eastern), to show the reporting
features planned for Ledgerline 7.

In 45 minutes, our head of regulatory products, Michael Tran, will cover:

- which of your trades are likely to be reportable, and by whom
- how Ledgerline 7 will generate unique swap identifiers and submit
  real-time reports to a swap data repository
- the reconciliation screens for comparing your records against the
  repository's
- the upgrade path from versions 6.2 and 6.3, including a timeline

There is no charge for customers, and the session will be recorded.
Because the rules are still being finalized, we will keep plenty of time
for questions, and we will not pretend to know more than the regulators
have published.

To reserve a seat, please sign in at www.ledgerline.example/events with
your support portal account. Each customer site may register up to five
people.

We hope you can join us.

Ledgerline Customer Events
You receive event invitations as a licensed Ledgerline customer. To
change which invitations you get, contact your account manager.
""")

M(lang="en", kind="opt-in newsletter: think-tank's weekly digest", date=(2011, 8, 12, 6, 30, 27), zone="ET",
  frm=("The Corliss Center", "digest@corliss-center.example"), rcpt=NATARAJAN, client="app:", nomime=True,
  subj="This week at the Corliss Center: research funding, the debt deal, and open data",
  body="""THE CORLISS CENTER FOR SCIENCE POLICY - WEEKLY DIGEST
12 August 2011

Dear Priya Natarajan,

Here is your weekly summary of new work from the Center. You signed up for
this digest at one of our events; the subscription link is at the bottom.

The debt deal and the science agencies. The spending caps agreed last
week will take effect over ten years, and most of the detail has been
left to a committee that has not yet met. Our fellow Aaron Whitley
estimates what different scenarios would mean for the budgets of the
main research agencies, and argues that young investigators would be hit
hardest because new grants are the easiest thing to cut.

Open data in practice. Two years after several agencies began requiring
data management plans, how many of those plans have been carried out? A
small survey of 300 funded projects gives a mixed picture.

Event: on 7 September we host a discussion on the future of the national
laboratories, with three former lab directors. Free and open to the
public; seats are first come, first served.

Support our work. The Center is funded entirely by private foundations
and individual donors. If you find this digest useful, please consider
a gift of any size.

Manage your subscription: http://www.corliss-center.example/digest
""")

M(lang="en", kind="mailing-list announcement: software project release", date=(2012, 4, 19, 23, 2, 15), zone="UTC",
  frm=("Akosua Mensah", "akosua@mensah-dev.example"), rcpt=MATT, client="mutt", shost="bramble.mensah-dev.example",
  lst={"sw": "mailman", "name": "gardenlog-announce", "host": "lists.gardenlog.test", "desc": "GardenLog announcements", "title": "gardenlog-announce", "ver": "2.1.14"},
  subj="[gardenlog-announce] GardenLog 2.0 released - sowing calendar, frost alerts, new export",
  body="""Dear GardenLog users,

After a long winter of work, GardenLog 2.0 is out. GardenLog is a small,
free program for keeping records of what you sowed, where, and how it
did, so that next year you can remember which tomatoes were worth it.

New in 2.0:

* A sowing calendar that works out dates from your last frost date
  rather than from a fixed table, with separate indoor and outdoor dates.
* Frost alerts: if you give GardenLog your nearest weather station, it
  will warn you the evening before a forecast frost. This uses a public
  forecast feed and sends nothing about you anywhere.
* Export of your records to CSV and to a printable PDF year book.
* Bed layouts can now be drawn with a mouse instead of typed as grids.
* Ported to Python 3.2 and GTK 3; Windows installers are included.

The old 1.x file format is converted automatically the first time you
open it, and a copy of the original is kept.

Download: http://www.gardenlog.test/releases/gardenlog-2.0.tar.gz
Release notes: http://www.gardenlog.test/news/2.0

Thanks to everyone who tested the beta, and particularly to the
allotment society in Leeds that found most of the bugs.

Happy sowing,
Akosua
""")
