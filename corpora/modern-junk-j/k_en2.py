"""English messages k25-k48 (2006-2009)."""
from mlib import spec

spec(25, 'spam', 'en', 'press-release spam for a biotech penny stock', sent='2006-01-17 08:30:12', soff='-0500',
     org='E', rcpt='press@wexley.ac.test', frm=('Wire Services Desk', 'newsdesk@equity-wirefeed.example'),
     subj='FOR IMMEDIATE RELEASE: Cellvance Therapeutics reports breakthrough results', style='bulk',
     list=dict(name='press-releases', host='wire.equity-wirefeed.example', mgr='smartlist'), body='''
FOR IMMEDIATE RELEASE

Cellvance Therapeutics Reports Breakthrough Pre-Clinical Results for Avian Flu Compound

PORTLAND, Ore., Jan. 17 /Equity Wire/ -- Cellvance Therapeutics Inc. (Pink Sheets: CVTX), a development stage biotechnology company, today announced that its lead antiviral compound CV-118 blocked replication of the H5N1 avian influenza virus in laboratory cell cultures at concentrations well below those of existing drugs.

"These results exceed our most optimistic expectations," said Dr. Harold Menzies, Chief Executive Officer. "With governments around the world stockpiling antivirals, we believe CV-118 could become one of the most important assets in the fight against a pandemic."

The company said it is in discussions with two large pharmaceutical companies about licensing and intends to file for fast track review later this year.

About Cellvance Therapeutics: Cellvance is focused on the discovery of small molecule antiviral drugs. Its shares trade under the symbol CVTX.

Safe Harbor Statement: This release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially. Equity Wire was compensated by a shareholder for the distribution of this release.

Contact: Investor Relations, 1-503-555-0162
''')

spec(26, 'spam', 'en', 'export offer: Indian cotton home textiles', sent='2006-03-28 15:46:05', soff='+0530',
     org='A', rcpt='purchasing@northfield.edu.example', frm=('Rajesh Malhotra', 'exports@karur-homefab.example'),
     subj='Cotton towels, bed linen and kitchen textiles direct from India', style='bat', mime='ct', body='''
Dear Sir / Madam,

Greetings from Karur, the home textile capital of South India.

We, Karur Home Fabrics Exports, are manufacturers and exporters of 100% cotton made-ups for more than eighteen years. Our annual export turnover is above USD 6 million and we supply department stores, hotel chains, hospitals and institutions in the USA, the UK, Germany and the Middle East.

Our main items are bath towels and hand towels (400 to 600 GSM), bed sheets and pillow covers in percale and sateen, kitchen towels, aprons, oven mitts, table cloths and institutional linen for hospitals and universities. All items can be produced to your own design, size, colour and label, with packing as per your requirement.

Minimum quantity is 1,000 pieces per design. Payment by L/C at sight or T/T. Delivery 45 to 60 days from confirmation of order.

We shall be glad to send you free samples by courier. Kindly let us know your requirement and your target price, and we will offer you our best quotation by return mail.

Thanking you and awaiting your valued enquiry,

Rajesh Malhotra
Karur Home Fabrics Exports
Karur 639 002, Tamil Nadu, India
''')

spec(27, 'phish', 'en', 'bank "account verification" phishing (invented bank)', sent='2006-05-09 03:22:47', soff='-0400',
     org='B', rcpt='n.delaney@kestrel-eng.example', frm=('Fairhaven Savings Bank', 'service@fairhaven-savings.example'),
     subj='Important: verify your Fairhaven online banking profile', style='oe', body='''
Dear Fairhaven Savings Bank customer,

We recently reviewed your online banking profile and found that some of your information could not be confirmed. This may be due to a change of address, a new telephone number or an incorrect entry during your last login.

To protect your account from unauthorised access, Fairhaven has temporarily restricted online transfers and bill payments on your profile. Your deposits and your card are not affected.

To remove the restriction, please verify your profile using our secure form:

http://fairhaven-savings.example.verify-online.test/ibank/confirm.php

You will be asked to confirm your user ID and password, your card number with its expiry date and PIN, and your date of birth. The process takes about two minutes.

If we do not receive your confirmation within three business days, your online access will be closed and you will need to visit a branch with two forms of identification to reopen it.

Thank you for banking with us.

Customer Protection Unit
Fairhaven Savings Bank, Member FDIC

Please do not reply to this message. This mailbox is not monitored.
''')

spec(28, 'spam', 'en', 'mortgage refinancing, rates rising', sent='2006-07-18 17:03:39', soff='-0700',
     org='C', rcpt='planning@ashford-county.gov.test', frm=('Home Loan Desk', 'desk{r}@homeloan-alerts.example'),
     subj='RATES ARE GOING UP - LOCK YOUR LOW RATE NOW', style='bulk', mime='none', body='''
ATTENTION HOMEOWNERS

The Federal Reserve has raised interest rates seventeen times in a row. Every increase makes your adjustable loan more expensive, and many homeowners will see their monthly payment jump by hundreds of dollars when their rate resets this year.

You do not have to wait for the next letter from your lender. Our partners are still offering fixed rate refinancing at 5.9%, and interest-only and option payment programs that can cut your payment today.

Even if you have been turned down elsewhere, even with late payments or a past bankruptcy, we can help. Our approval decisions take less than a day, and closing costs can be rolled into the loan so that you pay nothing out of pocket.

Call 1-866-555-0103 and ask for the rate lock desk. It takes five minutes to find out what you qualify for, and there is no charge and no obligation.

Home Loan Desk is a referral service and not a lender. Rates quoted are examples and are subject to change without notice. To be taken off our list, write to Home Loan Desk, 40 West Grand Ave, Suite 210, Phoenix AZ.
''')

spec(29, 'spam', 'en', 'chat-room invitation', sent='2006-09-05 20:17:14', soff='+0200',
     org='D', rcpt='sales@harbourline.test', frm=('Kristina', 'kristina.online@postkiste.test'),
     subj='hi! found you in my messenger list', style='free', svc='postkiste', body='''
Hi!

Sorry if I disturb you. I found your address in the contact list of my old messenger and I could not remember where we met, maybe in a chat room last year? I am Kristina, 26, from Riga, and I just moved to a new flat and I am a little bit lonely in the evenings.

Now I spend a lot of time in a new chat community where people from many countries talk about music, travel, films and sometimes about more private things. It is free to join and there are always nice people there, not like the old chat rooms with only bots and strange men.

If you want to talk with me, come to http://chatcircle-live.example/join and put my nick, kristi_riga, in the invite field, then we will be friends there automatically. I am usually online after nine in the evening, my time.

I also put some new pictures in my profile there, from my summer holiday on the seaside. Tell me what you think about them!

Kisses,
Kristina
''')

spec(30, 'spam', 'en', 'MLM recruiting, "be your own boss"', sent='2006-11-14 10:44:51', soff='-0600',
     org='E', rcpt='careers@wexley.ac.test', frm=('Darlene Hutchins', 'darlene@team-freedomlife.example'),
     subj='Would you like to fire your boss in 2007?', style='oe',
     list=dict(name='opportunity', host='lists.homebiz-network.example', mgr='mailman',
               title='Home business opportunities', footer=True), body='''
Hello friend,

Let me ask you three quick questions. Are you happy with what you earn? Do you have enough time for your family? Will your retirement plan really be enough?

If you hesitated on any of them, you are exactly the kind of person I am looking for. I am building a team for the expansion of FreedomLife Wellness into Canada and the United Kingdom, and I need ten motivated people who want to work from home, part time at first, and build a residual income that keeps coming in month after month.

You do not need experience. You do not need to sell to your friends. Our company provides the training, the website, the products and an automatic system that does the recruiting for you. You just follow the plan and help the people who join after you.

Some of the people on my team earned their first check within thirty days. One of them, a former bank teller, now earns more than her old salary every month.

If you are serious, reply with the word INFO and your telephone number and I will call you for a short interview. If you are not serious, please do not waste my time or yours.

To your success,
Darlene Hutchins
Independent Director
''')

spec(31, 'spam', 'en', 'pump-and-dump "hot stock" with forged date', sent='2007-01-23 05:58:40', soff='+0300',
     org='A', rcpt='ghendricks@northfield.edu.example', frm=('', 'newsletter{r}@{r}-quotes.example'),
     subj='this one is about to move', style='bare', buster=30, skew=26 * 60, body='''
Have you been watching energy stocks lately? Big money has been coming into this sector all winter, and the small companies are the ones that move first.

Our pick for the week is Sierra Basin Petroleum Corp., symbol SBPC. The company has just acquired the rights to 12,000 acres next to a field that produces 3,000 barrels a day. Drilling of the first well starts next month. With only 14 million shares outstanding, a single successful well would mean a completely different company.

Current price: 0.42
Target: 1.85

News is expected any day. Once the drilling report comes out, it will be too late to get in at these levels. Add SBPC to your watch list now and see for yourself on Monday morning.

Disclaimer: this is not a recommendation to buy or sell. We were paid by an unaffiliated third party to distribute this report. We and our affiliates may hold and trade SBPC shares. Investing in small companies involves a high degree of risk.
''')

spec(32, 'spam', 'en', 'unsolicited telecom-industry news digest', sent='2007-03-20 07:12:26', soff='+0000',
     org='B', rcpt='it-manager@kestrel-eng.example', frm=('TeleBrief Daily', 'digest@telebrief-news.example'),
     subj='TeleBrief: VoIP price war, WiMAX licences, 3G handsets', style='bulk', mailer='eMarksman 4.0',
     list=dict(name='telebrief', host='mlist.telebrief-news.example', mgr='ezmlm',
               footer='\n---------------------------------------------------------------------\nTo unsubscribe, e-mail: {l}-unsubscribe@{h}\nFor additional commands, e-mail: {l}-help@{h}\n'),
     body='''
TELEBRIEF DAILY - Tuesday edition

VOIP. Three European operators cut the price of calls to fixed lines in North America to under one cent a minute, setting off what analysts describe as the first real price war in consumer voice over IP. Smaller providers say margins are now close to zero.

WIMAX. Regulators in four Asian markets have scheduled spectrum auctions in the 2.5 and 3.5 GHz bands for the second half of the year. Equipment makers are preparing pilot networks in secondary cities to show coverage before the bids.

HANDSETS. Shipments of 3G handsets grew faster than expected in the fourth quarter, helped by cheaper models with cameras and music players. Operators continue to subsidise the devices heavily to move customers off older networks.

ENTERPRISE. A survey of 400 mid-sized companies found that more than half plan to replace their office telephone systems within two years, with IP-based systems the clear favourite.

You are receiving this complimentary issue because your company works in telecommunications or IT. Full articles and the weekly tariff tables are available with a paid subscription at $395 a year. Reply with SUBSCRIBE to start your thirty day free trial.
''')

spec(33, 'spam', 'en', 'SEO cold pitch, "first page of the search engines"', sent='2007-05-15 11:27:08', soff='+0530',
     org='C', rcpt='webmaster@ashford-county.gov.test', frm=('Vikram Sethi', 'vikram.seo.expert@mailstar.example'),
     subj='Information', style='bat', body='''
Hello Webmaster,

I was looking at your website and noticed that it does not appear on the first pages of the major search engines for the most important keywords in your field. This means that most of your potential visitors never find you and go to your competitors instead.

We are a team of 35 search engine optimisation professionals working with clients in the USA, the UK and Australia since 2001. Our services include keyword research, on-page optimisation, directory submissions, link building from high PageRank sites, articles and press releases, and monthly ranking reports.

We guarantee top ten positions for at least eight of your chosen keywords within four months, or we continue working for free until you get there. Our packages start from $199 per month, which is much less than you pay for one week of pay per click advertising.

If you are interested, please reply with your website address and the keywords you want to rank for, and I will send you a free analysis of your site and a proposal.

Looking forward to your reply.

Best regards,
Vikram Sethi
Online Marketing Manager
''')

spec(34, 'spam', 'en', 'ringtone and mobile wallpaper subscription offer', sent='2007-07-31 18:40:55', soff='+1000',
     org='D', rcpt='mobile@harbourline.test', frm=('TonePlanet', 'offers@toneplanet-mobile.example'),
     subj='3 FREE ringtones for your mobile this week {tok}', style='oe', body='''
G'day!

Bored with the same old ring every time your phone goes off? This week TonePlanet is giving away three free polyphonic ringtones to every new member, and you can choose them from more than 50,000 tracks, including the latest chart hits, classic rock, movie themes, sound effects and funny voice tones.

It could not be easier. Just text the word TONES to 19 555 011 from your mobile and we will send you a link to your personal download page. Pick your three free tones and they will arrive on your phone in seconds. Works with Nokia, Motorola, Samsung, Sony Ericsson and most other handsets.

As a member of the TonePlanet club you also get five new tones, wallpapers or games every week, delivered automatically, so your phone always sounds and looks fresh.

Club membership costs $6 per week, charged to your phone bill, and you can leave at any time by texting STOP to 19 555 011. You must be 16 or over and have the bill payer's permission.

Enjoy!
The TonePlanet team
''')

spec(35, 'spam', 'en', '"free trial" magazine subscription with automatic renewal', sent='2007-09-25 13:14:32', soff='-0400',
     org='E', rcpt='library@wexley.ac.test', frm=('Executive Reader Club', 'membership@exec-reader-club.example'),
     subj='Your complimentary issues are waiting', style='bulk', mailer='Group Mail 5.2.0.62', cs='iso-8859-1', cte='quoted-printable', body='''
Dear Reader,

You have been selected to receive three complimentary issues of Executive Monthly, the business magazine read by more than 400,000 managers, directors and entrepreneurs every month.

Each issue brings you in-depth interviews with the people behind the most successful companies, practical advice on leadership, negotiation and personal finance, and the annual rankings of the best places to work, invest and retire.

Your three free issues come with no obligation at all. Simply confirm your postal address and we will start your trial with the next edition. If you enjoy the magazine, you need do nothing: your subscription will continue at the special member rate of just $4.95 an issue, billed to your card every quarter, a saving of more than 60% on the cover price. If you decide it is not for you, just let us know before the third issue arrives.

As a thank you for trying Executive Monthly, you will also receive our Executive Planner, a leather-bound diary for the coming year, yours to keep whatever you decide.

Claim your free issues by replying with your name, postal address and a credit card number for verification. Your card will not be charged during the trial period.

Executive Reader Club, Member Services
''')

spec(36, 'phish', 'en', 'lottery win notice with a fee to "release" the prize', sent='2007-11-20 09:51:18', soff='+0000',
     org='A', rcpt='pwashington@northfield.edu.example', frm=('UK National Sweepstakes Board', 'uknsb.claims@hotpost.test'),
     subj='Congratulations! Your e-mail address won GBP 500,000', style='free', svc='hotpost', to='recipients:;',
     cs='iso-8859-1', cte='quoted-printable', body='''
UK NATIONAL SWEEPSTAKES BOARD
Online Promotions Office, Liverpool

Winning notification, reference UKNSB/02117/07

We happily announce to you the result of the UK National Sweepstakes online draw held on the 17th of November 2007. Your e-mail address was one of the five lucky addresses selected at random by our electronic ballot, and you have won the sum of £500,000.00 (five hundred thousand pounds sterling).

The online draw is sponsored by a group of British software companies to promote the use of the internet. No tickets were sold and you do not need to have entered.

To receive your prize, you must contact our claims officer, Mr. Edward Blackwood, within fourteen days. Please send him your full name, home address, telephone and mobile numbers, date of birth, occupation and the name and account number of your bank, so that he can prepare the payment certificate.

Please note that by UK law all winners must pay a one-off insurance and clearance fee of £275 before the prize can be released. This fee cannot be deducted from the winnings.

Claims officer: Mr. Edward Blackwood, e-mail claims.blackwood@postkiste.test, telephone +44 70 5550 3321.

Congratulations once again from all members of the board.
''')

spec(37, 'spam', 'en', 'B2B offer from a Chinese LED lighting manufacturer', sent='2008-01-08 09:05:44', soff='+0800',
     org='B', rcpt='facilities@kestrel-eng.example', frm=('Jacky Lin', 'jacky@brightway-led.example'),
     subj='Information', style='bat', body='''
Dear friend,

Good day! This is Jacky from Brightway Optoelectronics, Shenzhen. We are a professional manufacturer of LED lighting products with 8 years experience, and I write to ask if you have any demand of LED lights for your buildings or for your customers.

Our main products are LED spot lamps MR16 and GU10, LED tubes T8 to replace fluorescent tubes, LED street lights from 30W to 150W, LED flood lights and RGB strip lights. All products have CE and RoHS certificates, and the quality is stable with 2 years warranty. Compared with normal lamps, our LED lights save 60-80% of electricity and last up to 50,000 hours.

We do OEM and ODM for many famous brands in Europe and America. Your logo and your package design is no problem, and the MOQ is low, only 500 pcs for each model.

Samples are available within 3 days. If you need, please tell me the models and I will send you our price list and the catalogue at once.

Waiting for your kind reply.

Best regards,
Jacky Lin (Sales Manager)
Brightway Optoelectronics Co., Ltd.
MSN: jacky.brightway@hotpost.test  Skype: jacky.brightway
''')

spec(38, 'spam', 'en', 'fake job offer: "payment processing assistant" (money mule)', sent='2008-03-18 14:33:21', soff='+0100',
     org='C', rcpt='jobs@ashford-county.gov.test', frm=('Nordvik Trading Ltd - HR', 'hr.nordvik.trading@yeahmail.example'),
     subj='Job offer: part-time regional assistant', style='free', svc='yeahmail', body='''
Dear applicant,

We found your resume on one of the career web sites and we would like to offer you a part-time position as a regional assistant with Nordvik Trading Ltd.

Nordvik Trading is an international company supplying marine equipment and spare parts to customers in Europe and North America. Because international bank transfers to our head office take a long time and cost a lot in fees, we are looking for assistants in the United States who will receive payments from our American customers and forward them to us.

Your duties will be to receive payments into your personal bank account, to withdraw the money and to send it to our manager by Western Union or MoneyGram, following the instructions you receive by e-mail. The work takes about three hours a week and can be done from home.

You will keep 8% of every payment as your salary. Most of our assistants earn between $2,000 and $4,000 a month.

If you are interested, reply with your full name, home address, telephone number and the name of your bank. Our personnel manager will send you the contract.

Sincerely,
Human Resources Department
Nordvik Trading Ltd
''')

spec(39, 'spam', 'en', 'web design cold pitch from an offshore studio', sent='2008-05-27 16:12:09', soff='+0530',
     org='D', rcpt='admin@harbourline.test', frm=('Anita Rao', 'anita@pixelcraft-studio.example'),
     subj='Re: website redesign', style='oe', body='''
Hi,

I hope you are doing well. I am writing to ask whether you would be interested in redesigning your website or building a new one.

We are a web design and development company with a team of 40 designers and programmers. Over the last six years we have completed more than 900 projects for small and medium companies in Australia, the United States and Europe, from simple brochure sites to online shops with thousands of products.

Our services include website design and redesign, e-commerce with shopping cart and payment gateway, content management systems so you can update the site yourself, Flash animation, logo and brochure design, and search engine friendly coding.

Because our studio is in Bangalore, our prices are about one third of what a local agency would charge, and we work while you sleep, so changes you ask for in the evening are usually ready the next morning.

A complete five page website with a contact form starts at AUD 450.

If this interests you, just reply with a convenient time and I will send you our portfolio and a free mock-up of your home page.

Thanks and regards,
Anita Rao
Business Development Executive
''')

spec(40, 'spam', 'en', 'press-release spam for a gold-exploration penny stock', sent='2008-07-22 07:45:30', soff='-0400',
     org='E', rcpt='r.gallagher@wexley.ac.test', frm=('Resource Stock Digest', 'releases@resource-stockdigest.example'),
     subj='NEWS: Golden Cascade Mining intersects 14.2 g/t gold over 11 metres', style='php',
     list=dict(name='resource-news', host='lists.resource-stockdigest.example', mgr='majordomo'), body='''
NEWS RELEASE - FOR IMMEDIATE DISTRIBUTION

Golden Cascade Mining Corp. (OTCBB: GCMN) Intersects 14.2 g/t Gold over 11 Metres at Bluejay Creek

VANCOUVER, July 22 -- Golden Cascade Mining Corp. is pleased to report assay results from the first four holes of its summer drill program at the Bluejay Creek property in northern British Columbia.

Hole BJ-08-03 returned 14.2 grams per tonne gold over 11 metres, including 31.6 grams per tonne over 2.5 metres, starting 46 metres below surface. The mineralised zone remains open in all directions.

"With gold above 900 dollars an ounce, a discovery of this grade so close to surface changes everything for a company of our size," said President Lorne Bickford. "We are mobilising a second rig immediately."

Golden Cascade has 22 million shares outstanding and is fully funded for the rest of the 2008 program.

This release is distributed by Resource Stock Digest, which has been paid forty-five thousand dollars by a third party for its distribution. Readers should conduct their own research before investing. This release contains forward-looking statements.
''')

spec(41, 'spam', 'en', 'timeshare resale "we have a buyer"', sent='2008-09-09 12:26:47', soff='-0500',
     org='A', rcpt='bthompson@northfield.edu.example', frm=('Resort Resale Partners', 'listings@resort-resale-partners.example'),
     subj='We have a buyer for your timeshare', style='bulk', mailer='Advanced Direct Remailer 2.3', body='''
Dear Timeshare Owner,

Are you still paying maintenance fees on a timeshare week you no longer use? Resort Resale Partners has qualified buyers waiting right now for weeks at popular resorts in Florida, Mexico, Hawaii, Las Vegas and the Caribbean, and one of them may be looking for a week exactly like yours.

Over the past twelve months we have helped more than 3,000 owners sell their timeshares quickly and for a fair price. Our buyers are families and investors who want the vacation lifestyle without paying developer prices, and many of them pay cash.

Here is how it works. You tell us your resort, unit size and week. Our appraisal team values your timeshare free of charge and lists it on our international network. When a buyer makes an offer, we handle the paperwork and the closing through a licensed title company.

A small advertising fee is required to activate your listing, and it is fully refunded if your timeshare is not sold within twelve months.

Call our resale specialists at 1-888-555-0139 today, before your next maintenance bill arrives.

Resort Resale Partners, Orlando FL
''')

spec(42, 'phish', 'en', 'account verification for a PayPal-like service (invented PayNest), plain text', sent='2008-11-11 02:09:55', soff='-0800',
     org='B', rcpt='accounts.payable@kestrel-eng.example', frm=('PayNest', 'service@paynest.example'),
     subj='Your PayNest account has been limited', style='bare', mid='<PN1226398195.4471@paynest.example>', body='''
Dear valued customer,

We have noticed unusual activity in your PayNest account. A payment of $1,249.99 to an online electronics store in Singapore was attempted from a computer that you have not used before. Since we could not confirm that you authorised this payment, we have placed a temporary limitation on your account.

While your account is limited you will not be able to send money, withdraw funds or close your account.

To lift the limitation, log in and complete the account verification process:

https://paynest.example.account-review.test/limited/verify

During verification you will be asked to confirm your personal details, your linked card and your bank account. If the payment was not made by you, it will be cancelled and refunded once the verification is complete.

If we do not hear from you within 72 hours, we will have no choice but to permanently suspend your account for your own protection.

Thank you for your understanding.

Sincerely,
PayNest Account Review Department

Copyright 1999-2008 PayNest. All rights reserved.
''')

spec(43, 'spam', 'en', 'unsolicited weekly stock-report newsletter', sent='2009-01-13 06:50:03', soff='-0500',
     org='C', rcpt='finance.director@ashford-county.gov.test', frm=('Wall Street Compass', 'weekly@wallst-compass.example'),
     subj='Compass Weekly: five stocks to buy in a falling market', style='bulk', mailer='Atomic Mail Sender 5.0',
     list=dict(name='compass-weekly', host='lists.wallst-compass.example', mgr='mailman', title='Compass Weekly', footer=True), body='''
COMPASS WEEKLY - Week 2, 2009

The worst year for the markets since the 1930s is behind us, but it is not the end of the story. History shows that the biggest gains are made in the first twelve months after a crash, by investors who buy while everyone else is still afraid.

This week our analysts look at five companies that have fallen more than 60% from their highs but still have strong cash positions, low debt and products that people will keep buying in a recession. We believe each of them could double from today's prices once confidence returns.

The full report, with the five names, our entry prices and stop levels, is reserved for Compass Premium members. Membership normally costs $299 a year, but readers who join during January pay only $49 for the first year.

Also in the members' area: our model portfolio, which beat the S&P 500 by 18 points in 2008, daily trade alerts by e-mail and text message, and the archive of all our previous reports.

Join today at http://wallst-compass.example/premium and get the report in your inbox within minutes.

Past performance is no guarantee of future results. Compass Weekly is not a registered investment adviser.
''')

spec(44, 'spam', 'en', 'religious chain letter asking for money', sent='2009-03-10 19:31:26', soff='-0600',
     org='D', rcpt='office@harbourline.test', frm=('Sister Mary Collins', 'blessings.mission@hotpost.test'),
     subj='FW: PLEASE DO NOT BREAK THIS CHAIN OF PRAYER', style='free', svc='hotpost',
     list=dict(name='prayer-circle', host='lists.faith-fellowship.example', mgr='sympa'), body='''
Dear friend in Christ,

This prayer has been around the world nine times. It was started by a missionary in South America and it has brought blessings to everyone who has passed it on. Please read it to the end, it will only take a minute.

Lord, I ask You to bless the person reading this right now. Give them strength in their weakness, peace in their troubles and provision in their need. Open the doors that no man can shut. Amen.

A woman in Texas received this letter and sent it to twelve friends. Four days later she received an unexpected cheque that paid off her house. A man in Manila ignored it and lost his job within the week. This is not superstition: God rewards those who give.

Our small orphanage in Kenya feeds 140 children every day, and the Lord has put it on my heart that those who receive this prayer are meant to help them. Even twenty dollars buys rice for a whole week. Please send what you can by MoneyGram to our treasurer, Pastor Joseph Mwangi, Nairobi, and write to me with the reference number so we can pray for you by name.

Then forward this prayer to twelve people within 24 hours. Do not break the chain.

In His love,
Sister Mary
''')

spec(45, 'spam', 'en', 'travel deal: all-inclusive Caribbean package', sent='2009-05-19 10:04:51', soff='-0400',
     org='E', rcpt='staff.social@wexley.ac.test', frm=('Sunbreak Holidays', 'deals@sunbreak-holidays.example'),
     subj='7 nights all-inclusive Caribbean from GBP 399 {tok}', style='oe', cs='iso-8859-1', cte='quoted-printable', body='''
Dear Traveller,

The sun is shining in the Caribbean and we have just released our summer sale. For one week only, seven nights all-inclusive in the Dominican Republic, Jamaica or Cuba cost from just £399 per person, including return flights from London Gatwick or Manchester, airport transfers, all meals, local drinks and non-motorised water sports.

Our four star beach resorts have been chosen for families and couples alike: swimming pools, kids' clubs, evening entertainment and miles of white sand a few steps from your room. Upgrade to a five star resort with à la carte restaurants and premium drinks from only £99 extra.

These prices are only available until Sunday at midnight or while seats last, and the most popular dates in July and August are already filling fast.

To book, call our holiday advisers on 0870 555 0194, seven days a week from 8 am to 10 pm. A deposit of only £50 per person secures your holiday today.

Sunbreak Holidays Ltd. Prices are per person based on two sharing and include taxes. Subject to availability.
''')

spec(46, 'spam', 'en', 'OEM software download and CD offer, Vista era', sent='2009-07-07 03:48:13', soff='+0400',
     org='A', rcpt='labs@northfield.edu.example', frm=('Alicia Mercer', 'alicia{r}@oem-soft-depot.example'),
     subj='Re: Windows and Office at OEM prices {tok}', style='bat', buster=18, body='''
Hi,

Still thinking about moving to Vista or Office 2007 but scared by the prices? You can stop looking. We sell the very same programs as the big shops, as instant downloads or on CD, for a fraction of the retail price.

This month's favourites:

Windows Vista Ultimate with SP1 - 79.95
Windows XP Professional SP3 - 49.95
Microsoft Office 2007 Enterprise - 79.95
Adobe Creative Suite 4 Design Premium - 199.95
Adobe Acrobat 9 Pro - 69.95
AutoCAD 2009 - 149.95
Nero 9 - 24.95

Every purchase includes a genuine serial number, free installation support in English, German, French and Spanish, and a money-back guarantee if the program does not install. Download links are sent within minutes of payment, and CDs are posted the next working day.

Order two titles and you get a third one free. Just reply to this letter with the list of programs you want and we will send you the payment page.

Kind regards,
Alicia
''')

spec(47, 'spam', 'en', 'degrees from "prestigious non-accredited universities"', sent='2009-09-22 14:19:37', soff='+0000',
     org='B', rcpt='training@kestrel-eng.example', frm=('University Admissions', 'admissions.office@mailstar.example'),
     subj='UNIVERSITY DIPLOMAS', style='free', svc='mailstar', body='''
UNIVERSITY DIPLOMAS

Obtain a prosperous future, money earning power and the admiration of all.

Diplomas from prestigious non-accredited universities, based on your present knowledge and life experience. No required tests, classes, books or interviews.

Bachelors, masters, MBA and doctorate (PhD) diplomas available in the field of your choice. No one is turned down. Confidentiality assured.

In these hard times employers look for certificates first and people second. If you have been passed over for a job or a promotion because somebody else had letters after their name, now is the time to do something about it. Your degree can be in your hands within two weeks, with a full transcript of grades if you need one.

CALL NOW to receive your diploma within days:

+1 (555) 012-7736

Please leave your name and phone number (with country code if outside the USA) on the voicemail and one of our staff members will get back to you promptly.
''')

spec(48, 'spam', 'en', 'herbal remedy against high blood pressure and cholesterol', sent='2009-11-17 21:07:02', soff='-0500',
     org='C', rcpt='health.services@ashford-county.gov.test', frm=('Dr. Helen Marsh', 'drhelenmarsh{r}@naturecure-labs.example'),
     subj='What your doctor may not tell you about blood pressure', style='bare', mime='none', body='''
Dear reader,

Every year millions of people are told by their doctor that they have high blood pressure or high cholesterol, and every year they are handed the same prescription: a pill to take every day for the rest of their lives, with side effects that range from dizziness to fatigue to worse.

What most doctors will not mention is that a combination of plant extracts, used for generations in traditional medicine, has been shown to support healthy blood pressure and cholesterol levels naturally. Hawthorn berry, garlic, olive leaf, hibiscus and coenzyme Q10, combined in the right amounts, work with your body instead of against it.

CardioNatura contains all five in a single daily capsule. Our customers tell us they feel calmer, sleep better and have more energy, and many of them were able to talk with their doctor about reducing their medication.

We are so sure that you will see a difference that we will send you your first bottle for only the cost of postage. Call 1-800-555-0177 to request your trial bottle today.

This product is not intended to diagnose, treat, cure or prevent any disease. Always consult your physician before stopping any medication.
''')
