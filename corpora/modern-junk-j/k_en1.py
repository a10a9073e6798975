"""English messages k01-k24 (2002-2005)."""
from mlib import spec


spec(1, 'spam', 'en', 'B2B offer from a Chinese valve manufacturer, OEM welcome', sent='2002-01-15 10:22:41', soff='+0800',
     org='B', rcpt='purchasing@kestrel-eng.example', frm=('Wendy Zhou', 'sales@hengtai-valve.example'),
     subj='Valves from Hengtai - OEM welcome', style='bat', mime='none', body='''
Dear Purchasing Manager,

Glad to know you are in the field of industrial equipment. We got your address from the internet and take the liberty to write to you.

We are a leading manufacturer of ball valves, gate valves, check valves and butterfly valves in Wenzhou, China, established in 1991 with 320 workers and a modern casting workshop. Our products are made of cast iron, carbon steel, stainless steel 304 and 316, from DN15 to DN600, pressure PN16 to PN64, and they conform to ANSI, DIN and JIS standards.

OEM orders are welcome. We can print your logo on the handle and on the carton, and we accept small trial orders of only one 20 feet container with mixed sizes. Our prices are about 30 percent lower than European factories because we control the whole process from foundry to packing.

If you are interested, please reply with the items and quantity you need, we will send our catalogue and a quotation within 24 hours.

Best regards,
Wendy Zhou
Export Department
Wenzhou Hengtai Valve Co., Ltd.
Tel: 0086-577-5550-1182  Fax: 0086-577-5550-1183
''')

spec(2, 'spam', 'en', 'e-mail address list on CD for sale', sent='2002-03-04 03:17:09', soff='-0600',
     org='A', rcpt='dhalvorsen@northfield.edu.example', frm=('Direct Marketing Dept', 'dmd{r}@netfirst-mail.example'),
     subj='REACH MILLIONS OF BUYERS FOR UNDER $100', style='oe', body='''
Dear Business Owner,

Are you still paying for newspaper ads that nobody reads? The fastest and cheapest way to put your offer in front of real buyers today is direct e-mail, and we have made it simple.

Our new 2002 Platinum CD holds 38 million fresh addresses, collected this winter and cleaned of duplicates, bad domains and known complainers. The addresses are sorted by country and by domain type, so you can mail the business list and the home list separately. On the same disc you will find a bulk mailing program that sends up to 90,000 messages an hour from an ordinary dial-up connection, with no need for your own mail server.

The normal price of the package is $399. For the next ten days only it is $89, shipped the same day by priority mail. Add $20 and we include the German and UK lists.

To order, print this letter, fill in your name and card number and fax it to 1-555-014-2290, or call our order line at 1-555-014-2291, 24 hours.

This is a one time mailing. You will not receive further offers from us.
''')

spec(3, 'spam', 'en', '419 advance fee from a "bank officer"', sent='2002-05-21 14:05:33', soff='+0100',
     org='C', rcpt='treasurer@ashford-county.gov.test', frm=('Dr. Ibrahim Sanogo', 'ibrahim_sanogo2002@mailstar.example'),
     subj='URGENT AND CONFIDENTIAL', style='free', svc='mailstar', body='''
Dear Friend,

I am Dr. Ibrahim Sanogo, manager of the audit and accounting unit of the Banque Atlantique du Sahel, Ouagadougou. I got your contact during my search for a reliable foreign partner and I decided to write to you in confidence.

In 1999 a foreign contractor, the late Mr. Ronald Kessler, deposited the sum of US$14.5 million (fourteen million five hundred thousand dollars) with our bank. Mr. Kessler died with his wife and only son in an air crash in the year 2000 and since then nobody has come forward to claim the money. By our banking law the fund will go to the government treasury if it stays unclaimed for five years.

I want you to stand as the next of kin of the deceased so that the bank will release the money to you. I have all the documents and my position in the bank makes the transaction 100% risk free. We shall share the money 60% for me, 35% for you, and 5% for expenses during the transfer.

If you agree, send me your full name, private telephone and fax numbers and your bank details, so that I can begin the application at once. Please keep this matter strictly confidential.

Yours faithfully,
Dr. Ibrahim Sanogo
''')

spec(4, 'spam', 'en', 'work-at-home envelope stuffing', sent='2002-07-09 21:48:02', soff='-0500',
     org='D', rcpt='info@harbourline.test', frm=('', 'homeincome{r}@dialmail-usa.example'),
     subj='Earn $500 to $1500 weekly from your kitchen table', style='bare', mime='none', body='''
Hello,

My name is Carol and two years ago I was a single mother working two jobs and still behind on the rent. Today I work from my kitchen table about four hours a day, and last month I cleared a little over four thousand dollars. I am not a salesperson and I have never sold anything to anyone.

The work is simple. Companies need their mailings folded, stuffed and addressed, and they would rather pay a home worker two dollars an envelope than hire office staff. I will send you the names of the companies I work for, the exact letter I used to get started and a step by step guide that shows how to handle your first thousand envelopes in a single week.

The complete kit costs $35, one time, and it comes with my personal money-back promise. If you have not earned back the fee within sixty days, just write and I will return every penny.

To get started, send your name and address with a check or money order to Home Income Kit, PO Box 5531, Tulsa OK, or reply to this message and I will mail you the order form.

Warm wishes,
Carol
''')

spec(5, 'spam', 'en', 'pump-and-dump stock tip as an investment letter', sent='2002-09-16 06:12:55', soff='-0400',
     org='E', rcpt='bursar@wexley.ac.test', frm=('Small Cap Sentinel', 'editor@smallcap-sentinel.example'),
     subj='Sentinel Alert: the sleeper we told you about', style='oe',
     list=dict(name='sentinel-alerts', host='lists.smallcap-sentinel.example', mgr='majordomo'), body='''
SMALL CAP SENTINEL - SPECIAL ALERT

Regular readers know that we only issue a special alert two or three times a year. This is one of those times.

Orbital Wireless Systems Inc. (OTC BB: OWSI) has quietly finished field trials of a rooftop antenna that lets a small carrier cover a whole town with four units instead of forty. Two regional operators have already signed letters of intent, and according to our sources a third contract with a national carrier is being drafted right now.

The stock trades at 34 cents. The float is under nine million shares. When the contract is announced, and we expect that within weeks, a company of this size could easily trade at two to three dollars. Our twelve month target is $4.10.

Institutions cannot buy yet because of the price. That is exactly why individual investors who act before the news have the advantage.

Symbol: OWSI
Recent price: $0.34
12 month target: $4.10

Small Cap Sentinel is an independent newsletter. It has received forty thousand dollars from a third party for the preparation and distribution of this alert and its principals may sell shares of OWSI at any time. Please read our full disclaimer before investing.
''')

spec(6, 'spam', 'en', 'printer toner and ink cartridges, fake reply', sent='2002-11-05 11:36:20', soff='-0800',
     org='B', rcpt='s.patel@kestrel-eng.example', frm=('Brian Tolliver', 'brian.tolliver@tonerdepot-west.example'),
     subj='Re: your inquiry', style='oe', body='''
Hi,

Following up on the inquiry we received from your office about laser toner. Sorry for the delay in getting back to you, we have had a busy month.

As promised, here is our current pricing for remanufactured cartridges. Every cartridge is refilled, tested and sealed in our own plant and carries a lifetime guarantee: if it ever leaks or prints streaks, we replace it free, no questions asked.

  HP 92298A (LaserJet 4/5)        $39.00
  HP C4096A (LaserJet 2100)       $47.00
  HP C4127X (LaserJet 4000)       $59.00
  Lexmark Optra S high yield      $89.00
  Brother TN-460                  $24.00

Most offices save between forty and sixty percent compared with new cartridges, and shipping is free on orders of three or more. We also take back your empty cartridges and credit you five dollars each.

If you let me know which printers you run I will put together a quote for the whole office. You can reach me directly at 1-800-555-0198, extension 12.

Thanks again for thinking of us,
Brian Tolliver
Account Manager
''')

spec(7, 'spam', 'en', 'university diplomas without study', sent='2003-01-22 02:44:18', soff='+0200',
     org='A', rcpt='registrar@northfield.edu.example', frm=('Rosalind Pike', 'rpike{r}@diploma-desk.example'),
     subj='get the degree you deserve {tok}', style='imo', buster=14, skew=-3 * 24 * 60, body='''
Have you ever thought about how far a college degree would take you? Many people with years of real work behind them are passed over for promotion every day simply because they lack a piece of paper.

We can help. Through our network of accredited but non traditional universities you can receive a Bachelors, Masters, MBA or Doctorate degree based on the knowledge and life experience you already have.

No examinations, no classes, no books and no interviews. Your diploma is issued in the field of your choice, and the university will confirm your degree to any employer who calls.

Call us today and a counsellor will explain the program and answer all your questions. Our lines are open 24 hours a day, 7 days a week, including Sundays and holidays.

1-555-013-8842

Please leave your name and the country you are calling from on the voicemail and we will call you back within the day. Confidentiality is assured.
''')

spec(8, 'spam', 'en', 'web hosting cold pitch', sent='2003-03-11 09:05:12', soff='-0600',
     org='C', rcpt='webmaster@ashford-county.gov.test', frm=('Hostwell Sales', 'sales@hostwell-networks.example'),
     subj='Is your web site costing you too much?', style='bulk', mailer='Group Mail 4.00.102', body='''
Dear Webmaster,

If you are paying more than ten dollars a month to host your web site, you are paying too much. Hostwell Networks has moved over four thousand small business and government sites to our servers this year, and most of them now pay half of what they paid before.

Every Hostwell plan includes 500 MB of disk space, 10 GB of monthly transfer, 50 POP3 mailboxes, unlimited autoresponders, FrontPage extensions, PHP, MySQL and a private cgi-bin. Our data centre in Dallas has redundant power and four separate backbone connections, and our technicians answer the phone around the clock.

Moving is free. Give us your current login and we will copy your pages, your mailboxes and your databases over a weekend, test them, and switch your domain only when everything works. Your visitors will never notice the change.

Sign up before the end of the month and the first three months are on us. Plans start at $7.95.

Call 1-888-555-0132 or reply to this message with the best time to reach you.

Hostwell Networks, Dallas TX
To be removed from our mailing list, reply with REMOVE in the subject line.
''')

spec(9, 'spam', 'en', 'mortgage refinancing "you have been approved"', sent='2003-05-06 16:28:44', soff='-0700',
     org='D', rcpt='finance@harbourline.test', frm=('Lenders Approval Center', 'approval{r}@ratefinders-direct.example'),
     subj='Your application has been approved {tok}', style='oe', cs='iso-8859-1', cte='quoted-printable', body='''
Dear Homeowner,

Interest rates are at their lowest point in more than forty years, and your file has been pre-approved for a new home loan at a fixed rate as low as 3.75%. This is not a teaser rate and there are no hidden balloon payments.

Whether you want to lower your monthly payment, take cash out for home improvements, pay off credit cards or finally consolidate that second mortgage, our network of more than two hundred lenders will compete for your business. Good credit, bad credit or no credit: we have programs for every situation.

There is no cost and no obligation to find out how much you could save. Most of our customers receive four quotes within forty-eight hours.

Complete the short form at http://ratefinders-direct.example/apply and a licensed loan officer will contact you.

Rates are rising again. Lock in your savings before this offer expires on Friday.
''')

spec(10, 'phish', 'en', 'lottery win notice asking for personal and bank details', sent='2003-06-18 12:40:03', soff='+0100',
     org='E', rcpt='k.ambrose@wexley.ac.test', frm=('Euro Millennium Lotto', 'claims_agent_4@mailstar.example'),
     subj='FINAL NOTIFICATION OF WINNING', style='free', svc='mailstar', to='undisclosed-recipients:;',
     reply_to='mr.van.doorn@yeahmail.example', body='''
EURO MILLENNIUM INTERNATIONAL LOTTO
Promotion and Prize Award Department
Ref: EML/447/019/03   Batch: 12/05/26

We are pleased to inform you of the release of the results of our second category draw held on 14 June 2003. Your e-mail address, attached to ticket number 0093-4471-22, drew the lucky numbers 7-13-21-33-40 and consequently won in the second category.

You have been approved for a lump sum payment of EUR 815,000.00 (eight hundred and fifteen thousand euros) in cash, credited to file EML/774/219. This is from a total prize of EUR 12,225,000 shared among the fifteen international winners in this category.

All participants were selected by a computer ballot system drawn from 25,000 company and 30,000,000 individual e-mail addresses from all continents, as part of our international promotion programme.

To begin your claim, please contact our fiduciary agent, Mr. Pieter van Doorn, with the following: full name, address, age, occupation, telephone number, bank name and account number, and a copy of your passport or driving licence.

Due to the mix up of some numbers and names, we ask that you keep this award strictly from public notice until your claim has been processed.

Congratulations once again.
Mrs. Greta Hollander, Lottery Coordinator
''')

spec(11, 'spam', 'en', 'trade-show promotion (exhibitor space)', sent='2003-08-27 08:51:36', soff='+0800',
     org='B', rcpt='marketing@kestrel-eng.example', frm=('AHTE Organising Committee', 'expo@asia-hardware-expo.example'),
     subj='Last booths at the Asia Hardware & Tools Expo 2003', style='bulk', mailer='Advanced Direct Remailer 2.17',
     list=dict(name='industry-events', host='lists.tradelinks-asia.example', mgr='mailman', title='Industry events in Asia', footer=True),
     body='''
Dear Sir or Madam,

The 9th Asia Hardware and Tools Expo will open on 18 November 2003 at the Southgate International Convention Centre, with more than 1,100 exhibitors from 24 countries and an expected 36,000 professional buyers from hardware chains, importers and building contractors.

Only 40 standard booths (3m x 3m) remain in the international hall. A standard booth includes carpet, fascia board with your company name, two chairs, one table, a spotlight and an electric socket. Exhibitors also receive a free entry in the official catalogue, which is mailed to 18,000 buyers after the show.

Booth fee: USD 1,850 (standard), USD 3,400 (corner, 18 sqm raw space available on request).

Hotel rooms at reduced rates near the venue are reserved for exhibitors until 30 September. Our team can also arrange invitation letters for visa applications.

To reserve a booth, please return the attached application by fax to 86-20-5550-7741, or simply reply with your company name and contact person and our sales officer will call you.

AHTE Organising Committee
''')

spec(12, 'spam', 'en', 'herbal supplement for men', sent='2003-10-14 23:19:51', soff='-0500',
     org='A', rcpt='tfarrell@northfield.edu.example', frm=('', 'natural{r}@herbalvigor-online.example'),
     subj='ALL NATURAL - DOCTOR RECOMMENDED - NO PRESCRIPTION', style='bare', mime='none', helo='northfield.edu.example', body='''
Dear Friend,

For centuries the healers of the Amazon basin kept a secret. A simple blend of roots and bark, prepared the same way for generations, gave men of every age the energy, stamina and confidence of their youth.

Today that ancient formula is available to you in an easy capsule. VigorMax Herbal contains catuaba bark, muira puama, horny goat weed, saw palmetto, ginseng and zinc, with no synthetic chemicals and no side effects. Thousands of men have already discovered what it can do for them.

Our customers report stronger and longer lasting performance, more energy during the day and renewed interest from their partners. Many say they feel twenty years younger after only three weeks.

A one month supply is $49.95. Order three months and the fourth is free. Every bottle is shipped in a plain package with no mention of the contents.

Order by phone 24 hours a day at 1-877-555-0156, or send us your postal address and we will mail you a free brochure.

These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.
''')

spec(13, 'spam', 'en', 'fax broadcast service', sent='2004-01-08 10:03:27', soff='-0500',
     org='C', rcpt='clerk@ashford-county.gov.test', frm=('Faxcast America', 'info@faxcast-america.example'),
     subj='Send your flyer to 500,000 fax machines tonight', style='bat', body='''
Good morning,

Direct mail costs fifty cents a piece and takes three weeks. E-mail ends up in junk folders. But a fax lands on a desk, in an office, in front of the person who makes the buying decisions, and it stays there until somebody picks it up.

Faxcast America delivers your one page flyer to fax machines in any state, county or area code you choose, overnight. We have 4.1 million business fax numbers sorted by industry, including contractors, doctors, dentists, lawyers, restaurants, car dealers and real estate offices.

Prices start at 2.9 cents per page for 100,000 faxes and fall to 1.6 cents for a million or more. We design the flyer for you at no charge, and you approve the final proof before anything is sent.

Results are counted in phone calls, not clicks. One of our customers, a roofing company in Ohio, booked 61 estimates from a single evening broadcast.

Call 1-866-555-0114 for a free test broadcast of 1,000 pages.

To be removed from our e-mail list, reply with the word remove.
''')

spec(14, 'spam', 'en', '"remember me?" dating invitation', sent='2004-03-02 19:55:10', soff='+0300',
     org='D', rcpt='accounts@harbourline.test', frm=('Natasha', 'natasha_sweet1981@hotpost.test'),
     subj='Hello', style='free', svc='hotpost', body='''
Hi, do you remember me?

We chatted a few months ago and then my computer broke and I lost all my addresses. I found yours again only today, on a piece of paper in my diary, so I decided to write even if maybe you forgot me already.

I am still the same girl, 22 years old, living in Kazan, working as a nurse in the children hospital. I like swimming, cooking and long walks near the river. In my free time I am learning English, so please forgive me my mistakes.

I am tired of the men here who only drink and never speak about serious things. I want to find a kind and honest man, maybe older than me, for friendship and then we will see. Distance is not a problem for true feelings, I believe this.

I put my new photos on my page at a dating site, so you can see how I look now. If you are interested, please write me to my private address natasha.kazan@yeahmail.example and I will send you more photos and tell you more about me.

I will wait for your letter.
Natasha
''')

spec(15, 'spam', 'en', 'OEM software CD price list', sent='2004-05-12 04:31:46', soff='+0300',
     org='E', rcpt='d.okonkwo@wexley.ac.test', frm=('Soft Outlet', 'oem{r}@cheap-soft-cds.example'),
     subj='OEM software - best prices {tok}', style='oe', buster=20, body='''
Hello,

Why pay full retail for software when the OEM version on CD is the same program? OEM discs are what computer shops receive with new machines. They come without the fancy box and the printed manual, but the program, the serial number and the updates are exactly the same.

Our current prices, including shipping to any country:

Windows XP Professional with SP1 - $59
Office XP Professional - $69
Office 2003 Professional - $89
Adobe Photoshop 7.0 - $69
Adobe Acrobat 6.0 Professional - $79
Macromedia Studio MX - $99
AutoCAD 2004 - $129
Norton Antivirus 2004 - $25

All discs are shipped in a sealed sleeve by registered air mail within two days of payment. Orders over $150 receive a second title of equal value free of charge.

To order, reply to this address with the titles you want and your shipping address. We accept Visa, MasterCard and Western Union.
''')

spec(16, 'phish', 'en', 'account verification for a PayPal-like payment service (invented PayNest)', sent='2004-06-29 07:14:58', soff='-0700',
     org='A', rcpt='mgreer@northfield.edu.example', frm=('PayNest Security Center', 'security@paynest.example'),
     subj='Notice of account verification (case PN-66180)', style='oe', body='''
Dear PayNest member,

As part of our continuing commitment to protect your account and to reduce the instance of fraud on our website, we are undertaking a periodic review of our member accounts. You are requested to visit our site by following the link given below and confirm your information.

Our records show that your account was accessed from a new computer on June 27, 2004, from an IP address outside the United States. For your protection, access to sensitive account features has been limited until we can verify that you are the owner of this account.

Please confirm your identity here:

http://www.paynest.example.secure-verify.test/cgi-bin/webscr?cmd=_login-run

If your account information is not verified within 48 hours, your account will be suspended and any pending payments will be held for up to 180 days. We apologise for any inconvenience this may cause and appreciate your assistance in helping us maintain the integrity of the entire PayNest system.

Thank you for using PayNest!
The PayNest Team

Replies to this notice are not read; use the link above to contact member services.
''')

spec(17, 'spam', 'en', 'debt consolidation', sent='2004-09-07 13:22:05', soff='-0500',
     org='B', rcpt='hr@kestrel-eng.example', frm=('Consumer Debt Relief', 'help@debt-freedom-now.example'),
     subj='Cut your credit card payments in half - free consultation', style='php', body='''
Are you drowning in credit card debt?

If you owe more than $10,000 on credit cards, store cards or medical bills, you may qualify for our debt consolidation program. We negotiate directly with your creditors to lower your interest rates, stop the late fees and over-limit charges and combine all of your bills into one low monthly payment.

Our clients typically reduce their monthly payments by forty to sixty percent and become debt free in three to five years instead of thirty. This is not a loan, and your credit history does not matter. Collection calls usually stop within days of enrolment.

Thousands of families have already used our program to get their lives back. You owe it to yourself to find out what it can do for you.

For a free and confidential consultation with a certified counsellor, reply to this message with your name, telephone number and the total amount you owe, or call toll free 1-800-555-0173, Monday to Saturday, 8 am to 9 pm Eastern.

This message is sent in compliance with the CAN-SPAM Act of 2003. If you no longer wish to receive our offers, reply with unsubscribe in the subject.
''')

spec(18, 'spam', 'en', 'unsolicited business-intelligence newsletter', sent='2004-11-23 05:40:31', soff='+0000',
     org='C', rcpt='economic.development@ashford-county.gov.test', frm=('Meridian Market Intelligence', 'briefing@meridian-intel.example'),
     subj='Meridian Weekly Briefing: outsourcing, freight rates, steel', style='bulk', mailer='eMarksman 3.1',
     list=dict(name='weekly-briefing', host='lists.meridian-intel.example', mgr='sympa'), body='''
MERIDIAN WEEKLY BRIEFING - Issue 114

This week in brief: Asian steel prices reach a new high; container rates on the Pacific route rise for the fourth month; mid-sized American manufacturers look again at offshore assembly.

STEEL. Hot rolled coil traded at record levels as Chinese demand for construction steel continued to absorb regional supply. Buyers in Europe and North America should expect surcharges through the first quarter, according to traders we spoke to.

FREIGHT. Carriers announced another general rate increase for eastbound Pacific cargo from January. Space is tight ahead of the Lunar New Year, and shippers without contract allocations are paying spot premiums.

OUTSOURCING. Our survey of 230 companies with revenues between 50 and 500 million dollars found that one in three plans to move at least part of its assembly to Mexico or Asia within two years, up from one in five a year ago.

The full briefing, with our price tables and the complete survey, is available to subscribers only. Your organisation has been selected for a free four week trial. To activate it, reply with the name of your department, and an account manager will send your password.

Meridian Market Intelligence Ltd, London
''')

spec(19, 'spam', 'en', 'charity scam after the December 2004 tsunami', sent='2005-01-04 16:10:47', soff='+0000',
     org='D', rcpt='info@harbourline.test', frm=('Rev. Samuel Adeyemi', 'tsunami.relief.mission@yeahmail.example'),
     subj='Please help the tsunami orphans', style='free', svc='yeahmail',
     list=dict(name='community-news', host='lists.coastal-community.example', mgr='ecartis',
               footer='\n-- \nThis message was sent to the {l} list. To leave the list, send "unsubscribe {l}"\nto ecartis@{h}\n'),
     body='''
Dear brothers and sisters,

By now you have all seen the pictures from Sri Lanka, Indonesia and Thailand. Our small mission has worked for eleven years in the fishing villages on the southern coast of Sri Lanka, and on the morning of 26 December the sea took the homes, the boats and the families we knew by name.

Our volunteers are on the ground today. They are sleeping in the church hall with more than three hundred people, among them sixty children who have lost both parents. There is no clean water, and the medicines we had were washed away with the clinic.

The big agencies will arrive, but they will take weeks to reach villages like ours. Every dollar sent directly to us goes into water, rice, blankets and antibiotics within days.

Because the banks in the area are closed, we are asking friends abroad to send donations by Western Union or MoneyGram to our coordinator in Colombo, Mr. Anura Dias Perera. Please write to this address after sending so that we can give you the control number and thank you personally.

May God bless you for your kindness.
Rev. Samuel Adeyemi
Coastal Light Mission
''')

spec(20, 'spam', 'en', 'weight-loss patch', sent='2005-03-15 01:52:24', soff='+0100',
     org='E', rcpt='a.lindqvist@wexley.ac.test', frm=('Janice', 'janice{r}@slimpatch-direct.example'),
     subj='lose 20 pounds before summer {tok}', style='bare', buster=25, body='''
Hi there,

I lost 23 pounds in seven weeks without changing what I eat, and I want to tell you how.

A friend gave me a box of the new SlimDerm patches in January. You put one on your shoulder in the morning and forget about it. The patch slowly releases natural extracts through the skin all day: it curbs the appetite, it speeds up the metabolism and it stops the body from storing the fat you eat as fat.

I did not believe it either. But by the end of the first week I was not snacking at night anymore and my jeans were already looser. By March I had to buy new clothes for work, and my doctor asked me what I had been doing.

There are no pills to swallow, no shakes, no gym and no hunger. The patches are invisible under clothing and they are safe for men and women.

A 30 day supply is $59. Right now the company is giving away a second box with every order, but only until the end of the month.

Order by calling 1-888-555-0190.

Janice
''')

spec(21, 'spam', 'en', 'real-estate wealth seminar promotion', sent='2005-05-10 12:08:30', soff='-0500',
     org='A', rcpt='ljimenez@northfield.edu.example', frm=('Wealth Building Workshops', 'events@wealthbuild-seminars.example'),
     subj='Free 3-hour seminar: buy homes with no money down', style='bulk', mailer='Atomic Mail Sender 4.25',
     list=dict(name='investor-events', host='lists.wealthbuild-seminars.example', mgr='mailman',
               title='Upcoming investor events', footer=True),
     body='''
You are invited to a free evening seminar.

Three years ago Ray Castellano was a school bus driver with $400 in his savings account. Today he owns 38 rental properties in four states, and he has never used his own money or his own credit to buy any of them.

For one evening only, Ray is coming to your area to show exactly how he did it. In three hours you will learn how to find motivated sellers before anyone else does, how to take over existing mortgages, how to buy pre-foreclosures at forty cents on the dollar and how to flip contracts for a profit without ever owning the property.

Attendance is free, but seating is limited to the first 250 people who register. Every registered guest receives a free copy of Ray's workbook, Cash Flow from Day One, a $49 value.

Tuesday, May 24, 7:00 pm, Ridgeview Hotel and Conference Center, Ballroom B.

Reserve your seat by calling 1-800-555-0147 and giving the code NF524. Bring a guest at no extra charge.

Wealth Building Workshops is not a real estate broker. Results described are not typical.
''')

spec(22, 'spam', 'en', 'term life insurance quotes', sent='2005-07-26 09:47:13', soff='-0400',
     org='B', rcpt='j.mercer@kestrel-eng.example', frm=('Insurance Quote Center', 'quotes{r}@lifequote-center.example'),
     subj='Compare 20 life insurance quotes in 2 minutes {tok}', style='oe', cs='windows-1252', cte='quoted-printable', body='''
Dear Friend,

Did you know that a healthy 40 year old non smoker can buy $500,000 of term life insurance for less than $30 a month? Most families are under-insured and overpaying at the same time, simply because they never compared.

Our free service compares quotes from more than twenty highly rated insurance companies in minutes. Tell us your age, your state and the amount of cover you want, and we will show you the lowest rates available today, side by side.

10 year term, 20 year term, 30 year term, and cover up to $5 million. Many policies need no medical exam at all, and you can often be covered within 48 hours.

Your family depends on you. Make sure that they are protected, and stop paying more than you should for it.

Get your free quotes today at http://lifequote-center.example/compare or call 1-877-555-0128.

There is no cost and no obligation. This offer is available to residents of the United States only. To stop receiving our mail, write to Quote Center, 2701 Commerce Way, Suite 9, Reno NV.
''')

spec(23, 'spam', 'en', '419 "business proposal" from an auditor', sent='2005-09-14 10:31:09', soff='+0000',
     org='C', rcpt='commissioners@ashford-county.gov.test', frm=('Mr. Kwame Asante', 'kwame.asante@yeahmail.example'),
     subj='Business proposal', style='free', svc='yeahmail', body='''
Good day,

Please permit me to introduce myself. I am Mr. Kwame Asante, the chief auditor of the Gold Coast Investment Trust Bank in Accra, Ghana. I am writing to you about a business transaction which will be of mutual benefit to both of us.

During our last audit I discovered a dormant account with a balance of US$9,800,000 (nine million eight hundred thousand United States dollars). The account belonged to a British oil consultant, Mr. Graham Pritchard, who died in a road accident in 2003 without leaving a will or any known next of kin.

I have secured all the necessary documents and the bank will be willing to release the funds to any foreigner presented as the business partner of the deceased. Because of my position, I cannot operate a foreign account myself, which is why I need your help.

You will receive 40% of the total sum for your assistance, and 10% is set aside for any expenses we may incur. The whole process should be completed within ten working days.

If you are interested, reply to me with your full names, address and direct telephone number. I will then give you the complete details.

Best regards,
Kwame Asante
''')

spec(24, 'spam', 'en', 'adult lure written coyly', sent='2005-11-29 22:36:58', soff='-0800',
     org='D', rcpt='reception@harbourline.test', frm=('Melody', 'melody.{r}@hotpost.test'),
     subj='are you still awake?', style='imo', body='''
hey you,

so I finally did it. After weeks of my friends telling me I should, I set up my own little web cam page, and you are one of the first people I am telling about it.

I am a bit shy so please be nice. I am 24, I live alone in a small apartment that is way too warm in the evenings, and I like to chat with people from all over the world when I cannot sleep. Sometimes the conversations get a little, well, personal, and sometimes I do things on camera I would never tell my mother about.

I am usually online late at night, after eleven. If you want to say hi, my page is at http://melody-after-dark.example/m24 and you only need to register a free name to chat with me. For the private room you need a card, but that is just to show that you are over eighteen, it does not cost anything to look.

Come and find me tonight, I will be waiting.

xoxo
Mel
''')
