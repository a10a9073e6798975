"""Message specifications b21-b40 (content written per message)."""
import mimekit as mk


def b21():
    site = "https://www.carrick.ac.uk/lifelong"
    brochure = mk.fake_pdf(["University of Carrick - Centre for Lifelong Learning",
                            "Short Courses Autumn 2016 - brochure (placeholder, 1 page)",
                            "Evening, weekend and online courses, October - December 2016",
                            "Enrolment: 0191 555 0148 / lifelong@carrick.ac.uk"])
    return {
        "desc": "University continuing-education courses brochure, PDF attached",
        "dt": (2016, 8, 24, 11, 38, 17), "tz": 60,
        "dom": "carrick.ac.uk", "exch_site": "AM4PR", "exch_edge": "EUR02", "exch_cloud": "mailcloud-protect.net",
        "orig_ip": "198.51.100.19",
        "unsub_mailto": "lifelong-unsubscribe@carrick.ac.uk",
        "from": ("Centre for Lifelong Learning", "lifelong@carrick.ac.uk"),
        "to": ("Rachel Hollis", "r.hollis@tynemail.example"),
        "subject": "Autumn 2016 short courses - brochure attached, 10% early booking discount",
        "esp": "exch", "rx": "exim", "rx_tz": 60,
        "struct": "mixed_alt", "skin": "word", "tstyle": "plain", "twidth": None,
        "charset": "windows-1252", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "fmt": {"quote": True, "upper_cs": False},
        "brand": "#6b1f3a", "accent": "#6b1f3a",
        "attachments": [{"name": "CLL-Autumn-2016-Brochure.pdf", "type": "application/pdf", "data": brochure}],
        "blocks": [
            ("logo", "University of Carrick - Centre for Lifelong Learning", "https://www.carrick.ac.uk/media/lifelong/email-banner-2016.png", site + "/", 55),
            ("p", "Dear Rachel,"),
            ("p", "Thank you for studying with the Centre for Lifelong Learning last year. Our Autumn 2016 programme is now open for enrolment, and I've attached the full brochure to this email."),
            ("p", "This term we're running 64 courses, most of them one evening a week for ten weeks, plus a handful of Saturday day schools and, for the first time, three fully online courses you can follow from home. No entry qualifications are needed for any of them."),
            ("h2", "A few highlights"),
            ("bullets", ["Creative Writing: Finding Your Voice - Tuesdays from 4 October, 6.30-8.30pm, \u00a3165",
                         "Archaeology of Hadrian's Wall - Wednesdays from 5 October, with two Saturday site visits, \u00a3189",
                         "Conversational Spanish, Level 1 and Level 2 - Mondays or Thursdays, \u00a3150",
                         "Digital Photography: Getting Off Auto - Saturday day school, 15 October, \u00a365",
                         "Introduction to Python Programming (online) - 8 weeks from 10 October, \u00a3120"]),
            ("p", "**Book before Friday 9 September and you'll get 10% off your course fee.** Concessionary rates are available for students, people over 65 and anyone receiving income-related benefits."),
            ("btn", "Browse courses and enrol", site + "/courses/autumn-2016"),
            ("p", "If you have any questions about which level is right for you, just reply to this email or call us on 0191 555 0148 and we'll be happy to help."),
            ("p", "Best wishes,\nDr Morag Sutherland\nProgramme Manager, Centre for Lifelong Learning"),
            ("footer", ["Centre for Lifelong Learning, University of Carrick, Kingsgate House, 3 Quayside, Newcastle upon Tyne NE1 3DX.",
                        "You are receiving this email because you have taken a course with us or asked to join our mailing list. To be removed from our mailing list, reply with 'unsubscribe' in the subject line or email lifelong-unsubscribe@carrick.ac.uk. The University of Carrick is an exempt charity."]),
        ],
    }


def b22():
    site = "https://www.ihcp.org.uk"
    return {
        "desc": "Professional institute annual membership renewal reminder",
        "dt": (2019, 11, 4, 10, 15, 28), "tz": 0,
        "dom": "ihcp.org.uk",
        "from": ("Institute of Heritage Conservation Professionals", "membership@ihcp.org.uk"),
        "reply_to": ("IHCP Membership Team", "membership@ihcp.org.uk"),
        "to": ("Eleanor Vance", "eleanor.vance@archwork.test"),
        "subject": "Time to renew your IHCP membership for 2020",
        "esp": "sendwell", "rx": "postfix",
        "struct": "alt", "skin": "modern", "tstyle": "bracket", "twidth": 74,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#23395d", "accent": "#a8892b", "bg": "#f1f1ee",
        "font": "Calibri, Candara, Segoe, 'Segoe UI', Optima, Arial, sans-serif",
        "blocks": [
            ("pre", "Renew by 31 December to keep your post-nominals, insurance discount and CPD record."),
            ("logo", "IHCP", site + "/wp-content/uploads/email/ihcp-logo.png", site + "/"),
            ("h1", "Your membership renewal for 2020"),
            ("p", "Dear Eleanor,"),
            ("p", "Thank you for being a member of the Institute during 2019. Your Full Membership (MIHCP) runs until 31 December, and your renewal for 2020 is now open."),
            ("kv", [("Membership number", "IHCP-04417"),
                    ("Grade", "Full Member (MIHCP)"),
                    ("2020 subscription", "\u00a3185.00"),
                    ("Direct Debit (10 monthly payments)", "\u00a318.50 a month"),
                    ("Renewal deadline", "31 December 2019")]),
            ("btn", "Renew my membership", site + "/members/renew"),
            ("p", "Your subscription is unchanged from last year. The IHCP is on HMRC's list of approved professional bodies (List 3), so if you pay the fee yourself you can claim tax relief on it."),
            ("h2", "Don't forget your CPD"),
            ("p", "Full Members need to log at least 30 hours of continuing professional development each year. Our records show **22 hours** logged so far for 2019. You can add activities in the members' area until 31 January 2020 \u2013 webinars, site visits and reading all count."),
            ("h2", "What your membership gets you in 2020"),
            ("bullets", ["Four issues of Conservation Practice and the monthly e-bulletin",
                         "Discounted places at the Annual Conference in York, 14\u201315 May 2020",
                         "15% off professional indemnity insurance through our scheme broker",
                         "Access to the Conservation Register, used by clients to find accredited practitioners"]),
            ("note", "If you're retiring, on parental leave or working part-time, you may be eligible for a reduced rate. Please contact the membership team before renewing."),
            ("footer", ["You are receiving this email as a member of the Institute of Heritage Conservation Professionals. Membership administration emails are part of your membership; to stop receiving optional news and events emails, [update your preferences](@@PREFS@@) or [unsubscribe](@@UNSUB@@).",
                        "IHCP, 18 Lansdown Place, Bath BA1 5EX. A company limited by guarantee, registered in England no. 06128833. Registered charity no. 1120447."]),
        ],
    }


def b23():
    site = "https://www.boxline.events"
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Boxline Events//Tickets 4.2//EN\nMETHOD:PUBLISH\nBEGIN:VEVENT\n"
           "UID:BX-7731920-1@boxline.events\nDTSTAMP:20230509T091522Z\nDTSTART:20230617T180000Z\nDTEND:20230617T220000Z\n"
           "SUMMARY:The Halcyon Drifts - Ironbridge Arena\nLOCATION:Ironbridge Arena\\, 2 Wharf Street\\, Sheffield S2 5SY\n"
           "DESCRIPTION:Order BX-7731920. Doors 19:00. Bring your e-tickets on your phone or printed.\nEND:VEVENT\nEND:VCALENDAR\n")
    tickets = mk.fake_pdf(["Boxline e-ticket (placeholder)", "The Halcyon Drifts - 'Low Tide' UK Tour 2023",
                           "Ironbridge Arena, Sheffield - Saturday 17 June 2023 - Doors 19:00",
                           "Order BX-7731920 - Standing - Ticket 1 of 2 / 2 of 2"])
    return {
        "desc": "Concert e-ticket confirmation, PDF and calendar",
        "dt": (2023, 5, 9, 10, 15, 22), "tz": 60,
        "dom": "boxline.events", "click_host": "go.boxline.events", "bounce_dom": "bnc.boxline.events",
        "web_host": "www.boxline.events", "campaign": "order_confirm",
        "from": ("Boxline", "orders@boxline.events"),
        "reply_to": ("Boxline Customer Help", "help@boxline.events"),
        "to": ("Joel Kirby", "joel.kirby@pennyfarthing.example"),
        "subject": "You're going! Your tickets for The Halcyon Drifts (order BX-7731920)",
        "esp": "relaymint", "rx": "big", "rx_tz": 60, "rx_tzname": "BST",
        "struct": "mixed_rel", "skin": "resp", "tstyle": "plain", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#101820", "accent": "#ff3b5c", "bg": "#f3f3f5",
        "font": "Inter, 'Helvetica Neue', Arial, sans-serif",
        "images": [{"cid": "qr-bx7731920@boxline", "name": "qr.png", "type": "image/png", "data": mk.png(21, 21, (0, 0, 0), (255, 255, 255))}],
        "attachments": [{"name": "Boxline-BX-7731920-tickets.pdf", "type": "application/pdf", "data": tickets},
                        {"name": "halcyon-drifts-sheffield.ics", "type": "text/calendar", "data": ics, "charset": "utf-8", "cte": "7bit", "params": [("method", "PUBLISH")]}],
        "blocks": [
            ("pre", "Sat 17 June, Ironbridge Arena, Sheffield. Your e-tickets are attached."),
            ("logo", "Boxline", site + "/static/mail/boxline-logo.png", site + "/"),
            ("h1", "You're going, Joel! \U0001F389"),
            ("p", "Thanks for your order. Your tickets are attached to this email as a PDF and are also saved in the Boxline app under My Tickets."),
            ("kv", [("Event", "The Halcyon Drifts \u2013 'Low Tide' UK Tour 2023"),
                    ("Venue", "Ironbridge Arena, 2 Wharf Street, Sheffield S2 5SY"),
                    ("Date", "Saturday 17 June 2023, doors 19:00"),
                    ("Tickets", "2 \u00d7 General Admission Standing"),
                    ("Ticket price", "2 \u00d7 \u00a338.50"),
                    ("Service fee", "2 \u00d7 \u00a34.25"),
                    ("Order total", "\u00a385.50"),
                    ("Order number", "BX-7731920")]),
            ("raw_html", '<div style="text-align:center;padding:12px 32px"><img src="cid:qr-bx7731920@boxline" width="168" height="168" alt="Order QR code" style="image-rendering:pixelated"><br><span style="font-family:Arial,sans-serif;font-size:12px;color:#666666">Show this at the box office if you have trouble with your tickets</span></div>'),
            ("btn", "View tickets in the app", site + "/account/orders/BX-7731920"),
            ("h2", "Before you go"),
            ("bullets", ["Under-14s must be accompanied by an adult aged 18 or over.",
                         "Bags larger than A4 are not allowed in the arena; there is no cloakroom.",
                         "Support act The Paper Kites Club is on stage at 19:45, The Halcyon Drifts at approx. 21:00."]),
            ("h2", "Make a night of it"),
            ("items", [{"name": "Ironbridge Arena car park", "price": "\u00a38.00", "note": "Pre-book and save \u00a34 on the door price", "url": site + "/addons/parking/ironbridge-2023-06-17", "cta": "Add parking"},
                       {"name": "Tour poster + tote bag bundle", "price": "\u00a322.00", "note": "Collect at the merch stand on the night", "url": site + "/addons/merch/halcyon-low-tide", "cta": "Add bundle"}], 2),
            ("note", "Tickets are non-refundable except where the event is cancelled or rescheduled. Resale is only permitted through Boxline Fan Exchange at face value. Need help? Visit [boxline.events/help](" + site + "/help)."),
            ("footer", ["This is a transactional email about your order BX-7731920. We sometimes add event recommendations you can [opt out of here](@@UNSUB@@).",
                        "Boxline Events Ltd, Unit 4, Kelham Works, Russell Street, Sheffield S3 8RW. Registered in England no. 12207431."]),
        ],
    }


def b24():
    site = "https://www.ironworksgym.biz"
    return {
        "desc": "Gym new-year timetable and referral promo",
        "dt": (2017, 1, 3, 5, 45, 10), "tz": -420,
        "dom": "ironworksgym.biz",
        "from": ("IronWorks Gym", "members@ironworksgym.biz"),
        "reply_to": ("IronWorks Front Desk", "frontdesk@ironworksgym.biz"),
        "to": ("Mike Salazar", "mike.salazar@desertmail.test"),
        "subject": "New year, new timetable + bring a friend FREE all January",
        "esp": "letterbird", "rx": "exim", "rx_tz": -420,
        "struct": "html", "skin": "modern",
        "charset": "us-ascii", "hcte": "7bit",
        "brand": "#1b1b1b", "accent": "#e4002b", "bg": "#e9e9e9",
        "font": "Arial, Helvetica, sans-serif",
        "blocks": [
            ("pre", "Spin Studio opens Jan 9, 5:30 a.m. classes are back, and your friends train free this month."),
            ("logo", "IronWorks Gym - Tempe", site + "/img/email/ironworks-logo.png", site + "/"),
            ("h1", "LET'S GET TO WORK, 2017"),
            ("p", "Hey Mike, happy New Year from everyone at IronWorks! January is our busiest month, so here's everything you need to know to make the most of it."),
            ("h2", "1. The new Spin Studio opens Monday, Jan 9"),
            ("p", "Twenty-four brand new bikes, a proper sound system and fans that actually work. Classes run every weekday at 5:30 a.m., 12:15 p.m. and 6:00 p.m., plus Saturday at 8:00 a.m. Book your bike in the IronWorks app up to 48 hours ahead."),
            ("h2", "2. Bring a friend FREE - all January"),
            ("p", "Every member can bring a guest as often as they like until January 31. If your friend joins before Feb 15, **you get a month free** and they skip the $49 enrollment fee."),
            ("btn", "GET A GUEST PASS", site + "/guest-pass"),
            ("h2", "3. Timetable changes"),
            ("bullets", ["Early Bird Bootcamp moves to 5:15 a.m. (Mon/Wed/Fri)",
                         "Olympic Lifting Fundamentals adds a Sunday 10:00 a.m. session",
                         "Yoga for Lifters is now 60 minutes, Tuesdays and Thursdays at 7:15 p.m."]),
            ("p", "Download the [full January timetable (PDF)](" + site + "/files/timetable-jan-2017.pdf) or check the app."),
            ("note", "Guest passes are for ages 16+, require photo ID and a signed waiver, and are limited to local residents. Referral month-free credit is applied to your next billing cycle after your friend's first payment clears."),
            ("footer", ["IronWorks Gym, 1420 W University Dr, Tempe, AZ 85281 - (480) 555-0162",
                        "You're receiving this email because you're a member of IronWorks Gym. [Unsubscribe](@@UNSUB@@) from gym news and offers."]),
        ],
    }


def b25():
    site = "https://www.whiskersandwags.ca"
    img = "https://cdn.hubcart.net/s/files/1/0412/8817/email/"
    return {
        "desc": "Pet shop autumn sale, new products",
        "dt": (2020, 10, 15, 9, 3, 48), "tz": -240,
        "dom": "whiskersandwags.ca", "web_host": "www.whiskersandwags.ca",
        "from": ("Whiskers & Wags", "store@whiskersandwags.ca"),
        "to": ("Genevi\u00e8ve Roy", "genevieve.roy@laurentide.example"),
        "subject": "\U0001F43E Fall Sale: 20% off cat trees, beds & cozy stuff",
        "esp": "hubcart", "rx": "postfix",
        "struct": "alt", "skin": "mj", "tstyle": "mc", "twidth": None,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#5a3e2b", "accent": "#e07a5f", "bg": "#fbf5ee",
        "font": "'Nunito', 'Trebuchet MS', Arial, sans-serif",
        "blocks": [
            ("pre", "Use code COZYFALL at checkout. Free shipping over $49 across Canada."),
            ("logo", "Whiskers & Wags", img + "ww-logo.png", site + "/"),
            ("hero", img + "fall-sale-2020.jpg", "Fall Sale - 20% off", site + "/collections/fall-sale"),
            ("h1", "Cozy season is here"),
            ("p", "Bonjour Genevi\u00e8ve! The nights are getting colder, and we know who's going to claim the warmest spot on the couch. This week take **20% off** cat trees, beds, blankets and heated pads with code **COZYFALL**."),
            ("btn", "Shop the Fall Sale", site + "/collections/fall-sale"),
            ("items", [
                {"name": "Cedar Lodge 5-level cat tree", "price": "$143.99", "was": "$179.99", "img": img + "cedar-lodge.jpg", "url": site + "/products/cedar-lodge-cat-tree"},
                {"name": "Sherpa donut bed, medium", "price": "$39.99", "was": "$49.99", "img": img + "donut-bed.jpg", "url": site + "/products/sherpa-donut-bed"},
                {"name": "Self-warming crate pad", "price": "$27.99", "was": "$34.99", "img": img + "crate-pad.jpg", "url": site + "/products/self-warming-crate-pad"},
                {"name": "Reflective fleece dog jacket", "price": "$35.99", "was": "$44.99", "img": img + "fleece-jacket.jpg", "url": site + "/products/reflective-fleece-jacket"},
            ], 2),
            ("h2", "New in: Laurentian grain-free kibble"),
            ("p", "Made in Qu\u00e9bec with Canadian turkey and wild-caught whitefish. Try a 2 kg bag for $19.99 \u2013 and if your dog turns their nose up at it, we'll refund you, no questions asked."),
            ("p", "**Paw Points:** you have 640 points. Every 500 points = $5 off, and you earn double points on everything during the Fall Sale."),
            ("note", "Code COZYFALL valid until October 19, 2020 at 11:59 p.m. ET on selected categories. Not valid on food, litter or gift cards. Free standard shipping on orders over $49 before tax; excludes Nunavut, NWT and Yukon."),
            ("footer", ["You're getting this email because you subscribed at whiskersandwags.ca or in our Plateau store. [Unsubscribe](@@UNSUB@@)",
                        "Whiskers & Wags, 4412 rue Saint-Denis, Montr\u00e9al QC H2J 2L1, Canada"]),
        ],
    }


def b26():
    site = "https://www.parcelview.com"
    img = "https://photos.parcelview.com/l/"
    return {
        "desc": "Real-estate saved-search alert: three new listings",
        "dt": (2022, 4, 27, 7, 2, 19), "tz": -300,
        "dom": "parcelview.com",
        "own": {"mta": "mx-out-04.alerts.parcelview.com", "ip": "198.51.100.88", "mid": "uuid", "mid_host": "alerts.parcelview.com",
                "hops": ["haraka"], "haraka": "2.8.28", "rp": "alerts-bounce@alerts.parcelview.com", "tz": 0,
                "bstyle": "node",
                "dkim": [("alerts.parcelview.com", "pv2022", 2048, 0), ("parcelview.com", "pv1", 1024, 0)],
                "dkim_h": ["from", "to", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post", "mime-version", "content-type"],
                "extra": [("X-PV-Alert-Id", "ss-2291847"), ("X-Entity-Ref-ID", "a2f7c1d0-8c4e-4b7e-9d33-51f0c2e6aa19")],
                "track": ("pp", "t.alerts.parcelview.com", {"m": "ss2291847"}),
                "pixel": "AUTO",
                "unsub": "https://www.parcelview.com/alerts/unsubscribe?id=ss-2291847&t=%TOK%",
                "unsub_mailto": "unsubscribe-ss2291847-%TOK%@alerts.parcelview.com",
                "order": ["DKIM", "MIME-Version", "Date", "Message-ID", "Subject", "From", "To", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]},
        "dmarc_dom": "parcelview.com",
        "from": ("Parcelview Alerts", "alerts@alerts.parcelview.com"),
        "to": ("Kwame Asante", "kwame.asante@lakemail.example"),
        "subject": "3 new homes match \"Maple Heights, 3+ beds, $300K-$450K\"",
        "esp": "own", "rx": "big", "rx_tz": -300, "rx_tzname": "CDT",
        "struct": "alt", "skin": "simple", "tstyle": "plain", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#006aff", "accent": "#006aff", "bg": "#ffffff",
        "blocks": [
            ("pre", "New listings in Maple Heights from $339,900. See photos before everyone else."),
            ("logo", "Parcelview", site + "/static/email/pv-logo.png", site + "/", 30),
            ("h1", "3 new listings for your saved search"),
            ("note", "Saved search: Maple Heights, 3+ beds, 2+ baths, $300,000 \u2013 $450,000 \u00b7 Daily alert"),
            ("items", [
                {"name": "$339,900 \u00b7 3 bd \u00b7 2 ba \u00b7 1,640 sq ft", "note": "2217 Juniper Ct, Maple Heights \u00b7 Listed 1 day ago \u00b7 Open house Sat 1\u20133 pm", "img": img + "8837102/1.jpg", "url": site + "/homes/2217-juniper-ct/8837102", "cta": "View home"},
                {"name": "$412,500 \u00b7 4 bd \u00b7 2.5 ba \u00b7 2,210 sq ft", "note": "9 Alderbrook Ln, Maple Heights \u00b7 New construction \u00b7 Builder incentive: $5,000 toward closing costs", "img": img + "8839455/1.jpg", "url": site + "/homes/9-alderbrook-ln/8839455", "cta": "View home"},
                {"name": "$449,000 \u00b7 3 bd \u00b7 3 ba \u00b7 1,980 sq ft", "note": "540 Prairie Rose Dr, Maple Heights \u00b7 Finished basement, fenced yard \u00b7 Price cut $15K", "img": img + "8821960/1.jpg", "url": site + "/homes/540-prairie-rose-dr/8821960", "cta": "View home"},
            ], 1),
            ("btn", "See all 14 matching homes", site + "/search/saved/ss-2291847"),
            ("p", "Thinking about what you can afford? Our [mortgage calculator](" + site + "/mortgage/calculator) uses today's average rates in your area, and a Parcelview partner agent can set up a tour within 24 hours."),
            ("note", "Listing information is deemed reliable but not guaranteed and is provided by participating brokers. Prices and availability can change at any time."),
            ("footer", ["You're receiving this email because you saved a search on Parcelview and turned on daily alerts. [Change alert frequency](" + site + "/account/alerts) \u00b7 [Unsubscribe from this alert](@@UNSUB@@)",
                        "Parcelview, Inc., 1100 Nicollet Mall, Suite 700, Minneapolis, MN 55403"]),
        ],
    }


def b27():
    site = "http://www.jobharbour.co.uk"
    jobs = [
        ("Senior Quantity Surveyor", "Haworth Civil Engineering", "Leeds", "\u00a345,000 - \u00a352,000 + car allowance", "/job/1882034"),
        ("Quantity Surveyor (Fit-Out)", "Bramley Interiors Ltd", "Wakefield", "\u00a336,000 - \u00a342,000", "/job/1881190"),
        ("Assistant Quantity Surveyor", "Kirkstall Housing Partnership", "Leeds", "\u00a326,500 - \u00a330,000", "/job/1880457"),
        ("Commercial Manager - Rail", "Stourton Rail Services", "Bradford", "\u00a355,000 - \u00a365,000", "/job/1879988"),
        ("Cost Consultant", "Pellow & Garside LLP", "Harrogate", "Competitive + benefits", "/job/1879652"),
    ]
    items = [{"name": "%s \u2013 %s" % (t, c), "note": "%s \u00b7 %s" % (loc, sal), "url": site + p, "cta": "View & apply"} for t, c, loc, sal, p in jobs]
    return {
        "desc": "Job board saved-search daily job alert",
        "dt": (2014, 3, 11, 7, 30, 55), "tz": 0,
        "dom": "jobharbour.co.uk",
        "own": {"mta": "alerts1.jobharbour.co.uk", "ip": "192.0.2.214", "mid": "python", "mid_host": "alerts1.jobharbour.co.uk",
                "hops": ["postfix_local"], "rp": "alerts-bounces@jobharbour.co.uk", "tz": 0,
                "bstyle": "python",
                "dkim": [("jobharbour.co.uk", "alerts", 1024, 0)],
                "extra": [("X-JH-Alert", "qs-leeds-25mi"), ("Auto-Submitted", "auto-generated")],
                "track": ("oldredir", "www.jobharbour.co.uk", {"u": "a9931f", "c": "alert"}),
                "unsub": site + "/alerts/stop?a=771904&k=%TOK%", "tok_len": 16,
                "unsub_mailto": "alerts-unsubscribe-%TOK%@jobharbour.co.uk",
                "order": ["Content-Type", "MIME-Version", "Subject", "From", "To", "Date", "Message-ID", "X*", "List-Unsubscribe", "DKIM"]},
        "from": ("JobHarbour Alerts", "alerts@jobharbour.co.uk"),
        "to": ("Nkechi Adeyemi", "n.adeyemi@airedale.test"),
        "subject": "5 new jobs for 'quantity surveyor' near Leeds",
        "esp": "own", "rx": "postfix",
        "struct": "alt", "skin": "modern", "tstyle": "plain", "twidth": 70,
        "charset": "iso-8859-1", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#00467f", "accent": "#f39200", "bg": "#eeeeee",
        "font": "Verdana, Geneva, sans-serif",
        "blocks": [
            ("logo", "JobHarbour", site + "/img/mail/jh-logo.png", site + "/"),
            ("p", "Hello Nkechi,"),
            ("p", "Here are the latest jobs matching your alert **quantity surveyor, within 25 miles of Leeds**, posted in the last 24 hours."),
            ("items", items, 1),
            ("btn", "See all matching jobs", site + "/jobs/quantity-surveyor/in-leeds?radius=25"),
            ("p", "Tip: candidates who upload a CV to their JobHarbour profile are contacted by recruiters up to three times more often. [Upload or update your CV](" + site + "/account/cv)."),
            ("footer", ["You are receiving this email because you set up a job alert on JobHarbour. [Edit this alert](" + site + "/alerts/771904) or [stop receiving it](@@UNSUB@@).",
                        "JobHarbour Ltd, 5 Wellington Place, Leeds LS1 4AP. Registered in England and Wales, company no. 07001266."]),
        ],
    }


def b28():
    site = "https://www.loopmarket.eu"
    return {
        "desc": "Marketplace watched-item price drop alert email",
        "dt": (2024, 9, 12, 19, 26, 3), "tz": 120,
        "dom": "loopmarket.eu",
        "own": {"mta": "out-2.mail.loopmarket.eu", "ip": "203.0.113.57", "mid": "go", "mid_host": "mail.loopmarket.eu",
                "hops": ["pigeon"], "rp": "pd-bounce@mail.loopmarket.eu", "tz": 0,
                "bstyle": "go",
                "dkim": [("loopmarket.eu", "lm2024a", 2048, 0)],
                "dkim_h": ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post"],
                "extra": [("X-Loop-Notification", "price_drop")],
                "track": ("pp", "l.loopmarket.eu", {"m": "pd"}),
                "pixel": "AUTO",
                "unsub": "https://www.loopmarket.eu/notifications/off?type=price_drop&t=%TOK%",
                "order": ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "List-Unsubscribe", "List-Unsubscribe-Post", "X*", "DKIM"]},
        "from": ("Loopmarket", "notifications@mail.loopmarket.eu"),
        "to": ("Marta Kowalczyk", "marta.kowalczyk@wislanet.example"),
        "subject": "Price drop: De'Longhi Dedica espresso machine is now \u20ac149",
        "esp": "own", "rx": "exim", "rx_tz": 120,
        "struct": "html", "skin": "simple",
        "charset": "utf-8", "hcte": "base64",
        "brand": "#0e7c66", "accent": "#0e7c66", "bg": "#f6f7f6",
        "blocks": [
            ("pre", "An item on your watchlist just got cheaper."),
            ("h1", "Good news \u2013 the price dropped"),
            ("items", [{"name": "De'Longhi Dedica EC685 espresso machine (refurbished, grade A)", "price": "\u20ac149.00", "was": "\u20ac189.00",
                        "note": "Sold by Caf\u00e9Werk Refurb \u00b7 98% positive \u00b7 12-month warranty \u00b7 Ships from Germany",
                        "img": "https://img.loopmarket.eu/i/7712490/0_320.jpg", "url": site + "/item/7712490", "cta": "View item"}], 1),
            ("btn", "Buy now for \u20ac149", site + "/item/7712490?buy=1"),
            ("note", "Only 2 left at this price. You're seeing this because you added the item to your watchlist on 3 September."),
            ("footer", ["Loopmarket B.V. \u00b7 Keizersgracht 482 \u00b7 1017 EG Amsterdam \u00b7 KvK 80213445",
                        "[Turn off price-drop emails](@@UNSUB@@)"]),
        ],
    }


def b29():
    site = "https://www.brightwaterhome.com"
    return {
        "desc": "Post-purchase survey invitation with gift card",
        "dt": (2018, 3, 21, 11, 40, 16), "tz": -300,
        "dom": "brightwaterhome.com", "mail_sub": "mail.",
        "from": ("Brightwater Home", "feedback@mail.brightwaterhome.com"),
        "to": ("Lorraine Fitch", "lorraine.fitch@cedarpost.example"),
        "subject": "How did we do, Lorraine? 5 minutes = a $5 gift card",
        "esp": "postlark", "rx": "big", "rx_tz": -300, "rx_tzname": "CDT",
        "struct": "alt", "skin": "simple", "tstyle": "bracket", "twidth": 70,
        "charset": "us-ascii", "tcte": "7bit", "hcte": "quoted-printable",
        "fmt": {"quote": False, "upper_cs": True},
        "brand": "#114b5f", "accent": "#1a936f", "bg": "#f6f6f6",
        "font": "Verdana, Arial, sans-serif",
        "blocks": [
            ("logo", "Brightwater Home", site + "/media/email/bw-logo.png", site + "/", 34),
            ("p", "Hi Lorraine,"),
            ("p", "Thanks for ordering your **Brightwater Series 5 24\" built-in dishwasher** (order BW-3318842), which was delivered and installed on March 14."),
            ("p", "We'd love to hear how it went, from placing the order to the installation crew to the first few loads. Our survey has 12 questions and takes about five minutes. As a thank-you, we'll email you a **$5 Brightwater e-gift card** as soon as you finish."),
            ("btn", "Start the survey", "https://survey.brightwaterhome.com/s/post-delivery?o=BW-3318842"),
            ("p", "Your answers go straight to our delivery and customer care teams, and they read every comment. The survey link works until April 4, 2018."),
            ("note", "One gift card per completed survey, per order. The e-gift card is sent within 2 business days to the email address on your order, can be used on brightwaterhome.com and has no cash value. Survey responses are handled according to our [privacy policy](" + site + "/privacy)."),
            ("footer", ["You're receiving this one-time survey invitation because of your recent Brightwater Home order. We won't send reminders if you'd rather not take part. [Opt out of surveys](@@UNSUB@@)",
                        "Brightwater Home Appliances, LLC - 7700 Kingsley Road, Suite 300, Overland Park, KS 66210"]),
        ],
    }


def b30():
    site = "https://www.northvale-energy.co.uk"
    return {
        "desc": "Energy supplier winter saving tips, chart",
        "dt": (2021, 11, 23, 12, 5, 31), "tz": 0,
        "dom": "northvale-energy.co.uk",
        "own": {"mta": "mailer2.northvale-energy.co.uk", "ip": "192.0.2.93", "mid": "hexdot", "mid_host": "comms.northvale-energy.co.uk",
                "hops": ["postfix_app"], "app": "comms-batch-02.northvale.internal", "rp": "comms-bounce@comms.northvale-energy.co.uk", "tz": 0,
                "bstyle": "simple",
                "dkim": [("northvale-energy.co.uk", "nv2021", 2048, 1)], "dkim_q": True,
                "dkim_h": ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post"],
                "extra": [("X-NV-Comms-Type", "SERVICE_TIPS"), ("X-NV-Account", "NV-*****4418")],
                "track": ("redir", "click.comms.northvale-energy.co.uk", {"c": "wtips21"}),
                "pixel": "https://click.comms.northvale-energy.co.uk/o.gif?c=wtips21&a=4418",
                "unsub": "https://www.northvale-energy.co.uk/account/communication-preferences?u=%TOK%",
                "unsub_mailto": "optout-%TOK%@comms.northvale-energy.co.uk",
                "order": ["DKIM", "From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post", "X*"]},
        "from": ("Northvale Energy", "hello@comms.northvale-energy.co.uk"),
        "reply_to": ("Northvale Energy", "noreply@northvale-energy.co.uk"),
        "to": ("Gareth Lloyd", "gareth.lloyd@brecon-mail.test"),
        "subject": "Gareth, 7 simple ways to use less energy this winter",
        "esp": "own", "rx": "postfix",
        "struct": "alt_rel", "skin": "resp", "tstyle": "mc", "twidth": None,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#0d3b66", "accent": "#2a9d8f", "bg": "#f0f4f8",
        "font": "Arial, Helvetica, sans-serif",
        "images": [{"cid": "usage-chart@northvale", "name": "usage-chart.png", "type": "image/png", "data": mk.png(48, 20, (42, 157, 143), (13, 59, 102))}],
        "blocks": [
            ("pre", "Your October usage was 6% lower than last year. Here's how to keep it that way."),
            ("logo", "Northvale Energy", site + "/assets/email/northvale-logo.png", site + "/"),
            ("h1", "Staying warm for less"),
            ("p", "Hi Gareth, with the heating going back on, we've pulled together the changes that make the biggest difference in homes like yours \u2013 most of them cost nothing at all."),
            ("raw_html", '<div style="padding:8px 32px"><img src="cid:usage-chart@northvale" width="536" alt="Your monthly electricity use, Oct 2020 vs Oct 2021" style="width:100%;max-width:536px;height:auto;border:0"></div>'),
            ("note", "Your electricity use: October 2021, 212 kWh (October 2020, 226 kWh). Based on smart meter readings for your account ending 4418."),
            ("bullets", ["**Turn your thermostat down by 1\u00b0C.** It could cut a typical heating bill by around 10%, and most people don't notice the difference.",
                         "**Bleed your radiators** if they're cold at the top. Trapped air means your boiler works harder for less heat.",
                         "**Wash at 30\u00b0C** and fill the machine. Modern detergents work just as well at lower temperatures.",
                         "**Close curtains at dusk** and tuck them behind radiators, not over them.",
                         "**Draught-proof doors and letterboxes.** A \u00a310 brush strip can stop a surprising amount of heat escaping.",
                         "**Only boil what you need.** Overfilling the kettle is one of the most common small wastes.",
                         "**Switch off at the wall** \u2013 TVs, consoles and chargers on standby can add up to \u00a340 a year."]),
            ("btn", "See your usage in the app", site + "/app/usage"),
            ("h2", "Need a bit of extra help?"),
            ("p", "If you're finding it hard to pay, please talk to us early \u2013 we can look at payment plans and check whether you're eligible for the Warm Home Discount. If you or someone in your home needs extra support, you can join our free [Priority Services Register](" + site + "/help/priority-services)."),
            ("note", "Savings figures are estimates from the Energy Saving Trust for a typical home and will vary with your home, tariff and usage."),
            ("footer", ["You're receiving this as a Northvale Energy customer. Service messages about your account will continue. [Manage email preferences](@@UNSUB@@)",
                        "Northvale Energy Supply Ltd, Riverside House, 2 Mill Lane, Chester CH1 2HT. Registered in England and Wales no. 10418836."]),
        ],
    }


def b31():
    text = """==============================================================
 S O F T K R A F T   N E W S                 Issue #27, June 2005
==============================================================

Hello and welcome to another issue of SoftKraft News, the
occasional newsletter for users of SoftKraft utilities. You get
it because you downloaded or registered one of our programs and
asked to be kept informed. Unsubscribe instructions are at the
bottom.

In this issue:

  1. KraftClip 3.1 released
  2. 30% off for registered users until June 30
  3. Tip of the month: FolderSizer from the command line
  4. Beta testers wanted for TrayNote 2
  5. From the mailbag

--------------------------------------------------------------
1. KRAFTCLIP 3.1 RELEASED
--------------------------------------------------------------

KraftClip, our clipboard history manager, has reached version
3.1. Changes since 3.0:

  * Clipboard history is now kept between reboots (optional)
  * Search box: type to filter up to 1000 stored clips
  * Plain-text paste with Ctrl+Shift+V in any program
  * Fixed: crash when copying very large images from Paint
  * Fixed: hotkeys not working on Windows 98 SE
  * New translations: Czech, Portuguese (Brazil), Turkish

Registered users of any 3.x version can upgrade for free - just
download the new setup file and install over the old version.
Your registration key will be kept.

Download (1.2 MB): http://www.softkraft.ru/download/kclip31.exe
What's new:        http://www.softkraft.ru/kraftclip/history.html

--------------------------------------------------------------
2. 30% OFF FOR REGISTERED USERS - UNTIL JUNE 30
--------------------------------------------------------------

If you own a licence for any SoftKraft program, you can buy any
other program from us with a 30% discount until June 30, 2005.

  KraftClip 3.1 ........... $19.95  ->  $13.97
  FolderSizer 2.4 ......... $14.95  ->  $10.47
  TrayNote 1.6 ............ $12.95  ->   $9.07
  Utility Pack (all three)  $34.95  ->  $24.47

Use coupon code SKNEWS27 at checkout. Orders are processed by
our registration service, RegSoft Online, which accepts credit
cards, PayPal, bank transfer and checks.

  Order page: http://www.softkraft.ru/order.html

--------------------------------------------------------------
3. TIP OF THE MONTH: FOLDERSIZER FROM THE COMMAND LINE
--------------------------------------------------------------

Did you know FolderSizer can run without its window? This is
handy for a scheduled task that reports the biggest folders on
a server every night:

  fsizer.exe /scan D:\\Shares /top 20 /csv D:\\reports\\sizes.csv

Add /quiet to suppress the progress dialog. The full list of
switches is in the help file under "Command line".

--------------------------------------------------------------
4. BETA TESTERS WANTED FOR TRAYNOTE 2
--------------------------------------------------------------

TrayNote 2 is a complete rewrite with rich-text notes, reminders
and network sync between two or more PCs. We are looking for
about 50 testers, preferably with a small office network. Beta
testers get a free licence for the final version.

If you are interested, reply to this message with "TrayNote beta"
in the subject and tell us which Windows versions you use.

--------------------------------------------------------------
5. FROM THE MAILBAG
--------------------------------------------------------------

Q: I reinstalled Windows and lost my registration key. What do
   I do?

A: Go to http://www.softkraft.ru/lostkey.html and enter the
   e-mail address you used when you ordered. The key will be
   sent to you automatically within a few minutes. If that
   address no longer works, write to support@softkraft.ru with
   your name and the approximate date of your order.

Q: Does KraftClip work with Windows XP Professional x64 Edition?

A: Yes. It runs as a 32-bit program and has been tested on
   x64. The installer will put it in "Program Files (x86)".

--------------------------------------------------------------

That's all for this issue. Thank you for using our software!

Best regards,
Alexei Voronin
SoftKraft Software
http://www.softkraft.ru

--------------------------------------------------------------
You are subscribed to SoftKraft News as bwalker@dialup-isp.example.
To unsubscribe, send an empty message to:
   @@UNSUBMAIL@@
SoftKraft Software, ul. Gagarina 14, office 305, Samara 443079,
Russia. We never share or sell our mailing list.
--------------------------------------------------------------
"""
    return {
        "desc": "2005 shareware utilities newsletter, plain text",
        "dt": (2005, 6, 7, 14, 20, 33), "tz": 240,
        "dom": "softkraft.ru", "list_name": "sknews", "lk_ver": "7.8",
        "own_ip": "198.51.100.224",
        "from": ("SoftKraft News", "news@softkraft.ru"),
        "reply_to": ("SoftKraft Support", "support@softkraft.ru"),
        "to": ("Brian Walker", "bwalker@dialup-isp.example"),
        "subject": "SoftKraft News #27: KraftClip 3.1 released, 30% off for registered users",
        "esp": "listkeeper", "rx": "sendmail", "rx_tz": -300,
        "struct": "plain", "charset": "us-ascii", "tcte": "7bit",
        "fmt": {"quote": False},
        "text": text,
    }


def b32():
    site = "https://www.stonebridgeinvest.com"
    return {
        "desc": "Brokerage opt-in weekly market commentary newsletter",
        "dt": (2026, 1, 9, 17, 35, 6), "tz": -300,
        "dom": "stonebridgeinvest.com", "region": "us-east-1", "mailfrom": "bounce.insights.stonebridgeinvest.com",
        "click_host": "click.insights.stonebridgeinvest.com", "web_host": "www.stonebridgeinvest.com",
        "from": ("Stonebridge Insights", "insights@insights.stonebridgeinvest.com"),
        "to": ("David Kaplan", "d.kaplan@harborview.example"),
        "subject": "The Week Ahead: inflation data, bank earnings and a reminder about rebalancing",
        "esp": "mailvane", "rx": "big", "rx_tz": -300, "rx_tzname": "EST",
        "struct": "alt", "skin": "simple", "tstyle": "plain", "twidth": 74,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#0b2545", "accent": "#13315c", "bg": "#ffffff",
        "font": "Georgia, 'Times New Roman', serif",
        "blocks": [
            ("pre", "What we're watching next week, from the Stonebridge research team."),
            ("logo", "Stonebridge Invest", site + "/static/email/stonebridge-logo.png", site + "/", 30),
            ("h1", "The Week Ahead \u2013 January 12, 2026"),
            ("p", "Good evening, David. Here is our weekly look at the calendar, written by the Stonebridge research team for clients who subscribe to Insights."),
            ("h2", "What happened this week"),
            ("p", "Stocks ended the first full trading week of the year mixed, with large-cap indexes roughly flat and small caps modestly higher. Treasury yields moved within a narrow range as investors waited for fresh inflation figures. Energy was the weakest sector after crude prices slipped on inventory data."),
            ("h2", "What we're watching"),
            ("bullets", ["**Tuesday:** Consumer Price Index for December. Markets will focus on core services inflation, which has been the stickiest component.",
                         "**Wednesday\u2013Friday:** Fourth-quarter earnings season begins with several of the largest U.S. banks. Net interest income guidance and credit-card delinquency trends are the numbers to watch.",
                         "**Thursday:** Retail sales for December, the first hard read on holiday spending.",
                         "**Friday:** University consumer sentiment, preliminary January reading."]),
            ("h2", "A reminder for the new year"),
            ("p", "After a year in which some asset classes moved much more than others, many portfolios have drifted away from their target mix. January is a natural time to check. Our [rebalancing guide](" + site + "/learn/rebalancing) walks through the trade-offs, including how to think about taxes in a taxable account. You can review your current allocation anytime under Accounts \u2192 Portfolio Analysis."),
            ("btn", "Read the full Week Ahead", site + "/insights/week-ahead/2026-01-12"),
            ("p", "Questions? Your Stonebridge financial consultant is available at 1-800-555-0177, weekdays 8 a.m. \u2013 8 p.m. ET."),
            ("hr",),
            ("note", "This material is provided for informational and educational purposes only and is not a recommendation or an offer or solicitation to buy or sell any security or to adopt any investment strategy. The views expressed are those of the Stonebridge research team as of the date of publication and are subject to change without notice. Investing involves risk, including the possible loss of principal. Past performance is no guarantee of future results. Diversification and rebalancing do not ensure a profit or protect against loss in a declining market. Stonebridge does not provide tax or legal advice; consult a qualified professional about your situation."),
            ("note", "Brokerage products are offered by Stonebridge Securities LLC, member FINRA/SIPC. Investment products are not FDIC insured, are not bank guaranteed, and may lose value."),
            ("footer", ["You're receiving Stonebridge Insights because you subscribed in your account settings. [Unsubscribe](@@UNSUB@@) or manage subscriptions under Profile \u2192 Communications. Account statements, confirmations and regulatory notices are not affected.",
                        "Stonebridge Securities LLC, 55 Water Street, 18th Floor, New York, NY 10041"]),
        ],
    }


def b33():
    site = "https://www.kitebyte.com"
    img = "https://img.kitebyte.com/mail/bf25/"
    return {
        "desc": "Electronics retailer Black Friday doorbuster deals",
        "dt": (2025, 11, 28, 6, 0, 0), "tz": -300,
        "dom": "kitebyte.com", "mail_sub": "em.",
        "from": ("Kitebyte", "deals@em.kitebyte.com"),
        "to": ("Sam Oyelaran", "sam.oyelaran@metromail.example"),
        "subject": "\u26a1 BLACK FRIDAY IS LIVE \u26a1 Up to 50% off headphones, monitors & more",
        "esp": "postlark", "rx": "postfix", "rx_tz": -300,
        "struct": "alt", "skin": "resp", "tstyle": "mc", "twidth": None,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#0a0a0a", "accent": "#ffd400", "bg": "#0a0a0a",
        "font": "'Helvetica Neue', Arial, sans-serif",
        "blocks": [
            ("pre", "Doorbusters drop at 6 a.m. ET and they won't last. Free 2-day shipping on everything."),
            ("logo", "Kitebyte", img + "kb-logo-yellow.png", site + "/"),
            ("hero", img + "bf-hero-1128.jpg", "Black Friday \u2013 up to 50% off", site + "/black-friday"),
            ("h1", "BLACK FRIDAY DOORBUSTERS"),
            ("p", "The biggest price cuts of our year are here, Sam. Doorbusters are limited to stock on hand and many sold out in hours last year \u2013 so if it's on your list, don't wait."),
            ("items", [
                {"name": "Q45 wireless noise-cancelling headphones", "price": "$79.99", "was": "$149.99", "img": img + "anc-headphones.jpg", "url": site + "/p/q45-anc-headphones", "cta": "SHOP NOW"},
                {"name": "27\" 4K IPS monitor, USB-C 65W", "price": "$229.99", "was": "$379.99", "img": img + "27-4k-monitor.jpg", "url": site + "/p/27-4k-usbc-monitor", "cta": "SHOP NOW"},
                {"name": "Hot-swap mechanical keyboard, 75%", "price": "$59.99", "was": "$99.99", "img": img + "mech-75.jpg", "url": site + "/p/hotswap-mech-75", "cta": "SHOP NOW"},
                {"name": "Robot vacuum + mop with auto-empty dock", "price": "$299.99", "was": "$599.99", "img": img + "robovac.jpg", "url": site + "/p/robovac-autoempty", "cta": "SHOP NOW"},
            ], 2),
            ("btn", "SHOP ALL DOORBUSTERS", site + "/black-friday/doorbusters"),
            ("bullets", ["**FREE 2-day shipping** on every order, no minimum",
                         "**Extended returns:** buy now, return until January 31, 2026",
                         "**Price-drop guarantee:** if it gets cheaper on Kitebyte before Cyber Monday ends, we'll refund the difference"]),
            ("note", "Doorbuster prices valid 11/28/2025 6:00 a.m. ET through 12/1/2025 11:59 p.m. PT or while supplies last; quantities limited, no rain checks. Limit 2 per customer. Price-drop guarantee applies to identical items sold and shipped by Kitebyte. See [kitebyte.com/bf-terms](" + site + "/bf-terms)."),
            ("footer", ["You're getting Kitebyte deals because you signed up at kitebyte.com. Too many emails this week? [Unsubscribe](@@UNSUB@@) \u00b7 [Get fewer emails](" + site + "/account/email-frequency)",
                        "Kitebyte, Inc. \u00b7 801 Congress Ave, Suite 400 \u00b7 Austin, TX 78701"]),
        ],
    }


def b34():
    site = "https://www.paperlanternbooks.com"
    return {
        "desc": "Bookshop Christmas gift guide, inline images",
        "dt": (2016, 12, 1, 8, 14, 57), "tz": 0,
        "dom": "paperlanternbooks.com", "web_host": "www.paperlanternbooks.com",
        "from": ("Paper Lantern Books", "hello@paperlanternbooks.com"),
        "to": ("Fiona Abernethy", "f.abernethy@lochside.example"),
        "subject": "Our Christmas gift guide: 24 books for everyone on your list",
        "esp": "hubcart", "rx": "exim",
        "struct": "alt_rel", "skin": "modern", "tstyle": "angle", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#7a1f1f", "accent": "#2f4f4f", "bg": "#f7f2e8",
        "font": "Georgia, serif",
        "images": [
            {"cid": "giftguide-header", "name": "gift-guide-2016.png", "type": "image/png", "data": mk.png(64, 16, (122, 31, 31), (240, 220, 180))},
            {"cid": "wrap-icon", "name": "wrap.gif", "type": "image/gif", "data": mk.gif((47, 79, 79), False, 3, 3)},
        ],
        "blocks": [
            ("pre", "Hand-picked by our booksellers, gift-wrapped free, posted anywhere in the UK."),
            ("hero", "cid:giftguide-header", "Paper Lantern Books \u2013 Christmas Gift Guide 2016", site + "/gift-guide-2016"),
            ("h1", "The Paper Lantern Gift Guide"),
            ("p", "Every year we ask each of our booksellers for the books they'd most like to wrap up and give away. Here's a taste of this year's list \u2013 all 24 picks are on our website."),
            ("h2", "For the cook who has everything"),
            ("items", [{"name": "Smoke & Broth, by Ailsa Grierson", "price": "\u00a325.00", "note": "Scottish winter cooking, from cullen skink to a proper clootie dumpling.", "url": site + "/books/smoke-and-broth"},
                       {"name": "The Allotment Table, by Ravi & June Patel", "price": "\u00a320.00", "note": "A year of recipes from one Glasgow allotment.", "url": site + "/books/the-allotment-table"}], 2),
            ("h2", "For the armchair traveller"),
            ("items", [{"name": "Ferry Timetables of the Soul, by Euan MacRae", "price": "\u00a316.99", "note": "A funny, tender journey round every CalMac route.", "url": site + "/books/ferry-timetables-of-the-soul"},
                       {"name": "The Long Way to Tbilisi, by Nino Abashidze", "price": "\u00a318.99", "note": "Overland by train from Edinburgh to Georgia.", "url": site + "/books/long-way-to-tbilisi"}], 2),
            ("h2", "For younger readers"),
            ("items", [{"name": "Mouse Makes a Snowman (ages 3\u20136)", "price": "\u00a36.99", "url": site + "/books/mouse-makes-a-snowman"},
                       {"name": "The Clockwork Lighthouse (ages 9\u201312)", "price": "\u00a37.99", "url": site + "/books/the-clockwork-lighthouse"}], 2),
            ("raw_html", '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td width="40" style="padding:10px 0 10px 24px"><img src="cid:wrap-icon" width="24" height="24" alt=""></td><td style="padding:10px 24px 10px 8px;font-family:Georgia,serif;font-size:14px;color:#2f4f4f"><b>Free gift wrapping</b> on every order \u2013 just tick the box at checkout and add a message.</td></tr></table>'),
            ("btn", "See the full gift guide", site + "/gift-guide-2016"),
            ("h2", "Last posting dates for Christmas"),
            ("kv", [("Standard UK delivery (free over \u00a320)", "Order by Mon 19 Dec"),
                    ("First class", "Order by Tue 20 Dec"),
                    ("Click & collect in the shop", "Order by 2pm Fri 23 Dec")]),
            ("footer", ["You're receiving this because you signed up to the Paper Lantern newsletter. [Unsubscribe](@@UNSUB@@)",
                        "Paper Lantern Books, 27 Bruntsfield Place, Edinburgh EH10 4HJ \u00b7 0131 555 0129"]),
        ],
    }


def b35():
    site = "http://www.osteriacarbone.com"
    return {
        "desc": "Italian restaurant Valentine's tasting menu newsletter",
        "dt": (2013, 1, 29, 14, 5, 40), "tz": -360,
        "dom": "osteriacarbone.com",
        "from": ("Osteria Carbone", "ciao@osteriacarbone.com"),
        "reply_to": ("Osteria Carbone Reservations", "reservations@osteriacarbone.com"),
        "to": ("Nina Petrakis", "nina.petrakis@lakeviewmail.test"),
        "subject": "Valentine's at Osteria Carbone - our four-course menu is here",
        "esp": "sendwell", "rx": "exim", "rx_tz": -360,
        "struct": "html", "skin": "modern",
        "charset": "iso-8859-1", "hcte": "8bit",
        "brand": "#6d1a1a", "accent": "#6d1a1a", "bg": "#f5efe6",
        "font": "Georgia, 'Times New Roman', serif",
        "blocks": [
            ("pre", "Thursday Feb 14 and Saturday Feb 16. Two seatings each night."),
            ("logo", "Osteria Carbone", site + "/images/newsletter/carbone-logo.png", site + "/"),
            ("h1", "San Valentino"),
            ("p", "Cara Nina, Chef Lorenzo has been working on this menu since the first snow, and we think it's his best yet. We'll be serving it on **Thursday, February 14** and again on **Saturday, February 16**, so you don't have to fight for a table on the day itself."),
            ("h2", "Menu \u2013 $75 per person"),
            ("bullets", ["**Antipasto:** burrata with blood orange, fennel and pistachio",
                         "**Primo:** hand-cut tagliolini with black truffle butter (or beet and ricotta ravioli)",
                         "**Secondo:** braised short rib with soft polenta, or seared scallops with saffron risotto",
                         "**Dolce:** cr\u00e8me br\u00fbl\u00e9e for two with amaretti, and a little box of chocolates to take home"]),
            ("p", "Add our sommelier's wine pairing for $35 per person, featuring a Franciacorta to start and a Barbera d'Asti we're very excited about."),
            ("btn", "Reserve your table", site + "/reservations?event=valentines2013"),
            ("p", "Seatings are at 5:30 and 8:30 p.m. A credit card is required to hold Valentine's reservations; cancellations within 48 hours are charged $25 per guest. Prefer to call? We're at (773) 555-0148 from 2 p.m. daily."),
            ("note", "Menu subject to change based on market availability. Please let us know about any allergies when you book. Tax and gratuity not included. Caf\u00e9 seating at the bar is first come, first served."),
            ("footer", ["You're on our list because you dined with us and asked to hear about special events. [Unsubscribe](@@UNSUB@@)",
                        "Osteria Carbone \u00b7 3142 N. Southport Ave. \u00b7 Chicago, IL 60657"]),
        ],
    }


def b36():
    site = "http://www.brightmoordiy.co.uk"
    img = "http://www.brightmoordiy.co.uk/images/email/2010/bh-may/"
    return {
        "desc": "DIY store bank holiday garden sale",
        "dt": (2010, 5, 27, 16, 40, 12), "tz": 60,
        "dom": "brightmoordiy.co.uk", "click_host": "t.brightmoordiy.co.uk", "mid_host": "news.brightmoordiy.co.uk",
        "from": ("Brightmoor DIY", "offers@news.brightmoordiy.co.uk"),
        "to": ("Kieran Doherty", "k.doherty@medwaymail.example"),
        "subject": "Bank Holiday Weekend: 3 for 2 on paint, 25% off garden furniture",
        "esp": "bulkhaus", "rx": "sendmail", "rx_tz": 60,
        "struct": "alt", "skin": "classic", "tstyle": "plain", "twidth": 72,
        "charset": "windows-1252", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "html_charset": "windows-1252",
        "brand": "#f26522", "accent": "#00539f", "bg": "#dfe7ee",
        "blocks": [
            ("logo", "Brightmoor DIY - Everything for your home & garden", img + "header.jpg", site + "/", 100),
            ("hero", img + "bank-holiday-banner.jpg", "Bank Holiday Weekend Sale - Friday to Monday", site + "/offers/bank-holiday"),
            ("h1", "Make the most of the long weekend"),
            ("p", "The forecast says sunshine (we'll believe it when we see it), so we've cut prices across the garden and decorating departments from Friday 28 May to Monday 31 May, in all 48 stores and online."),
            ("items", [
                {"name": "Tuscany 6-seater hardwood dining set", "price": "\u00a3299", "was": "\u00a3399", "img": img + "tuscany-set.jpg", "url": site + "/garden/furniture/tuscany-6-seater"},
                {"name": "Charcoal kettle barbecue, 57cm", "price": "\u00a349.98", "was": "\u00a369.98", "img": img + "kettle-bbq.jpg", "url": site + "/garden/bbq/kettle-57"},
                {"name": "Decking oil 5L, natural or cedar", "price": "\u00a318.48", "was": "\u00a324.98", "img": img + "decking-oil.jpg", "url": site + "/garden/wood-care/decking-oil-5l"},
                {"name": "All Brightmoor emulsion 2.5L", "price": "3 for 2", "note": "Cheapest free, mix and match", "img": img + "emulsion.jpg", "url": site + "/decorating/paint/emulsion"},
                {"name": "18V cordless hedge trimmer", "price": "\u00a379.98", "was": "\u00a399.98", "img": img + "hedge-trimmer.jpg", "url": site + "/garden/power-tools/18v-hedge-trimmer"},
                {"name": "Hanging baskets, ready planted", "price": "2 for \u00a320", "img": img + "baskets.jpg", "url": site + "/garden/plants/hanging-baskets"},
            ], 3),
            ("btn", "SHOP THE SALE", site + "/offers/bank-holiday"),
            ("p", "**Open all weekend:** most stores are open 8am - 8pm Friday and Saturday and 10am - 4pm on Sunday and Bank Holiday Monday. Check your local store's hours with our [store finder](" + site + "/stores)."),
            ("note", "Offers valid 28/05/2010 - 31/05/2010 while stocks last. 3 for 2 cheapest item free. Not all products available in all stores. Online orders subject to delivery charges; free delivery on orders over \u00a350 excludes bulky items."),
            ("footer", ["You are receiving this email because you registered at brightmoordiy.co.uk or joined our Trade & Home Club. To stop receiving offers by email, [unsubscribe here](@@UNSUB@@).",
                        "Brightmoor DIY Ltd, Brightmoor House, Hedon Road, Hull HU9 5PS. Registered in England No. 03302241."]),
        ],
    }


def b37():
    text = """Dear Customer,

The following domain name registered in your Namecrest account
(customer ID NC-3371052) is due to expire in 30 days:

    Domain:        ashgrovepottery.example
    Expires:       2009-09-02
    Auto-renew:    OFF
    Renewal price: $10.69 / 1 year (ICANN fee included)

If you want to keep this domain, please renew it before the expiry
date. Once a domain expires, your web site and e-mail addresses that
use it will stop working, and after the grace period the domain may
be released for anyone to register.

Renew now (takes about a minute):
[[https://www.namecrest.net/account/renew?d=ashgrovepottery.example]]

Or switch on Auto-renew and we will renew it for you each year using
the card on file:
[[https://www.namecrest.net/account/autorenew]]

SAVE WHEN YOU RENEW FOR LONGER
  2 years   $20.38   (save $1.00)
  5 years   $49.45   (save $4.00)

WHILE YOU'RE HERE
Your domain is not currently using Namecrest hosting. Our Starter
Hosting plan includes 10 GB of space, 25 mailboxes @ashgrovepottery.example
and a one-click WordPress installer, for $3.99/month when you pay
annually. Customers renewing a domain this month get the first three
months free:
[[https://www.namecrest.net/hosting/starter?promo=RENEW3FREE]]

Private Registration keeps your home address and phone number out of
the public WHOIS directory for $4.99/year:
[[https://www.namecrest.net/domains/privacy]]

If you have already renewed, please disregard this notice. If you do
not want to renew, you do not need to do anything.

Thank you for choosing Namecrest.

Namecrest Domain Services
support@namecrest.net | +1 (480) 555-0119, 24/7

----------------------------------------------------------------------
Namecrest, LLC, 2155 E. Warner Rd, Suite 101, Tempe, AZ 85284, USA.
This is a required service notice about a domain in your account. To
change which renewal reminders you receive, sign in and visit
Account > Notification Settings.
"""
    return {
        "desc": "Domain registrar expiry notice, hosting upsell",
        "dt": (2009, 8, 3, 2, 17, 44), "tz": -420,
        "dom": "namecrest.net",
        "own": {"mta": "smtp-out-07.namecrest.net", "ip": "198.51.100.107", "mid": "dotnet", "mid_host": "notify01.namecrest.net",
                "hops": ["postfix_app"], "app": "notify01.namecrest.net", "rp": "renewals-bounce@namecrest.net", "tz": -420,
                "dkim": [("namecrest.net", "nc", 1024, 3)],
                "extra": [("X-Mailer", "Namecrest Notifier 2.0 (.NET)"), ("X-Notice-Type", "DOMAIN_EXPIRY_30")],
                "track": ("none", None, {}),
                "order": ["MIME-Version", "From", "To", "Date", "Subject", "Content-Type", "Content-Transfer-Encoding", "Message-ID", "X*", "DKIM"]},
        "from": ("Namecrest Renewals", "renewals@namecrest.net"),
        "to": ("", "admin@ashgrovepottery.example"),
        "subject": "Renewal notice: ashgrovepottery.example expires in 30 days",
        "esp": "own", "rx": "exim", "rx_tz": 60,
        "struct": "plain", "charset": "utf-8", "tcte": "base64",
        "fmt": {"quote": False, "upper_cs": False},
        "no_list_unsub": True,
        "text": text,
    }


def b38():
    site = "https://www.vintnerscircle.co.nz"
    img = "https://www.vintnerscircle.co.nz/media/email/2021-04/"
    return {
        "desc": "Wine club monthly autumn case offer",
        "dt": (2021, 4, 8, 16, 30, 9), "tz": 720,
        "dom": "vintnerscircle.co.nz",
        "from": ("Vintner's Circle", "cellar@vintnerscircle.co.nz"),
        "reply_to": ("Vintner's Circle Cellar Team", "cellar@vintnerscircle.co.nz"),
        "to": ("Brent McAllister", "brent.mcallister@kauri.test"),
        "subject": "April's Autumn Reds case: 6 bottles, $189 for members",
        "esp": "letterbird", "rx": "big", "rx_tz": 720, "rx_tzname": "NZST",
        "struct": "alt", "skin": "mj", "tstyle": "bracket", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#5e1224", "accent": "#5e1224", "bg": "#f4eee8",
        "font": "Georgia, serif",
        "blocks": [
            ("pre", "Pinot from Central Otago, Syrah from Gimblett Gravels, and a Waipara surprise."),
            ("logo", "Vintner's Circle", img + "vc-logo.png", site + "/"),
            ("hero", img + "autumn-reds.jpg", "The Autumn Reds case", site + "/cases/autumn-reds-2021"),
            ("h1", "The Autumn Reds case"),
            ("p", "Kia ora Brent, the evenings are drawing in and the fire's lit, so this month's case is all about reds that like a bit of slow cooking alongside them. Six bottles, three styles, chosen by our buyer Hamish after tasting 70-odd wines in March."),
            ("bullets", ["2 \u00d7 Kawarau Terrace Pinot Noir 2019, Central Otago",
                         "2 \u00d7 Gravelbed Syrah 2018, Gimblett Gravels, Hawke's Bay",
                         "1 \u00d7 Waipara Hills Field Blend 2019, North Canterbury",
                         "1 \u00d7 Riverstone Merlot Malbec 2018, Hawke's Bay"]),
            ("kv", [("Case price (members)", "$189.00"), ("RRP", "$246.00"), ("Delivery", "Free to most NZ addresses")]),
            ("btn", "Order the Autumn Reds case", site + "/cases/autumn-reds-2021"),
            ("p", "Your monthly case is set to **ship on 20 April** to your Ponsonby address. If you'd like to skip this month, swap to the mixed case or change your delivery address, please do so in your account before 15 April."),
            ("note", "Tasting notes and food matches are on the card in every box. Prices include GST. Member pricing requires an active Vintner's Circle membership."),
            ("note", "Vintner's Circle holds an off-licence (remote seller) under the Sale and Supply of Alcohol Act 2012. You must be 18 or over to purchase alcohol and ID may be requested on delivery. Enjoy responsibly."),
            ("footer", ["You're receiving this email as a Vintner's Circle member. [Unsubscribe](@@UNSUB@@) from our monthly offers \u2013 your membership and orders won't be affected.",
                        "Vintner's Circle Ltd, 12 Drake Street, Freemans Bay, Auckland 1011, New Zealand"]),
        ],
    }


def b39():
    site = "https://www.mehraandsons.in"
    img = "https://static.mehraandsons.in/edm/feb24/"
    return {
        "desc": "Department store loyalty points expiry, sale",
        "dt": (2024, 2, 20, 11, 0, 27), "tz": 330,
        "dom": "mehraandsons.in", "tenant": "mehra",
        "from": ("Mehra & Sons", "circle@mehraandsons.in"),
        "to": ("Rohit Khanna", "rohit.khanna@yamuna-mail.example"),
        "subject": "Rohit, 2,450 Mehra Circle points expire on 31 March",
        "esp": "trellis", "rx": "postfix", "rx_tz": 330,
        "struct": "alt", "skin": "resp", "tstyle": "plain", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#1d3557", "accent": "#c9a227", "bg": "#faf7f0",
        "font": "'Segoe UI', Tahoma, Arial, sans-serif",
        "blocks": [
            ("pre", "That's \u20b9612 off your next purchase. Use them at our End of Season Sale, on now."),
            ("logo", "Mehra & Sons \u2013 since 1952", img + "ms-logo.png", site + "/"),
            ("h1", "Don't let your points go to waste"),
            ("p", "Dear Rohit, you have **2,450 Mehra Circle points** (worth \u20b9612) that will expire on **31 March 2024**. Redeem them at any Mehra & Sons store or on our website \u2013 every 4 points is worth \u20b91 at checkout."),
            ("kv", [("Circle tier", "Silver"), ("Points balance", "3,180"), ("Expiring 31 Mar 2024", "2,450"), ("Card number", "MC 7702 **** 5519")]),
            ("btn", "Redeem my points", site + "/circle/redeem"),
            ("h2", "End of Season Sale \u2013 up to 50% off"),
            ("items", [
                {"name": "Men's Nehru jackets", "price": "from \u20b91,799", "img": img + "nehru.jpg", "url": site + "/men/ethnic/nehru-jackets?sale=eoss"},
                {"name": "Handloom cotton sarees", "price": "flat 40% off", "img": img + "sarees.jpg", "url": site + "/women/sarees/handloom?sale=eoss"},
                {"name": "Bone china dinner sets", "price": "from \u20b93,499", "img": img + "dinnerset.jpg", "url": site + "/home/dining/dinner-sets?sale=eoss"},
                {"name": "Kids' winter wear", "price": "up to 50% off", "img": img + "kids.jpg", "url": site + "/kids/winterwear?sale=eoss"},
            ], 2),
            ("p", "Visiting us in person? Our Connaught Place, Lajpat Nagar and Gurugram stores are open 10:30 AM \u2013 9:00 PM, all seven days."),
            ("note", "Points expire on a rolling basis 24 months after they are earned. Points cannot be redeemed for gift cards or gold and silver coins. End of Season Sale prices valid till stocks last. Full programme terms at [mehraandsons.in/circle-terms](" + site + "/circle-terms)."),
            ("footer", ["You're receiving this because you're a Mehra Circle member and have opted in to emails. [Unsubscribe](@@UNSUB@@)",
                        "Mehra & Sons Retail Pvt. Ltd., 14-B Connaught Place, New Delhi 110001. Customer care: 1800 555 0140 (toll free)."]),
        ],
    }


def b40():
    site = "http://www.snapmill.com"
    img = "http://images.snapmill.com/email/071113/"
    return {
        "desc": "Photo printing service 40% prints promo",
        "dt": (2007, 11, 13, 10, 25, 48), "tz": -360, "c9_tz": -360,
        "dom": "snapmill.com",
        "from": ("Snapmill Photo", "snapmill@snapmill.com"),
        "to": ("Carol Jennings", "carol.jennings@prairienet.example"),
        "subject": "Carol, 40% off prints & photo books - this week only",
        "esp": "c9", "rx": "qmail",
        "struct": "html", "skin": "classic",
        "charset": "windows-1252", "hcte": "quoted-printable",
        "html_charset": "windows-1252",
        "brand": "#336699", "accent": "#ff6600", "bg": "#ffffff",
        "font": "Verdana, Arial, Helvetica, sans-serif",
        "blocks": [
            ("pre", "[Click here](@@WEB@@) if you cannot see the images in this email. Add snapmill@snapmill.com to your address book."),
            ("logo", "Snapmill Photo - Share, Print, Remember", img + "snapmill_logo.gif", site + "/", 70),
            ("hero", img + "40off_banner.jpg", "40% OFF prints and photo books", site + "/store/promo.jsp?code=HOLIDAY40"),
            ("h1", "40% OFF - this week only!"),
            ("p", "Hi Carol! The holidays are coming fast, and those pictures from the summer aren't going to print themselves. Through Sunday, November 18, take **40% off** all prints, enlargements and photo books with code **HOLIDAY40**."),
            ("bullets", ["4x6 prints just 9\u00a2 each (reg. 15\u00a2)",
                         "8x10 enlargements $2.39 (reg. $3.99)",
                         "20-page hardcover photo books from $17.99 (reg. $29.99)",
                         "Holiday cards: 25 for $12.99 with envelopes"]),
            ("btn", "Start printing now", site + "/store/promo.jsp?code=HOLIDAY40"),
            ("p", "**Order by December 14** for delivery before the holidays with standard shipping, or pick up your prints in about an hour at participating drugstores."),
            ("p", "You have 312 photos in 9 albums in your Snapmill account. [Go to My Albums](" + site + "/albums/)."),
            ("note", "Offer valid 11/13/2007 - 11/18/2007 11:59 PM CT. Discount applies to merchandise only, not to shipping, tax or in-store pickup orders. Cannot be combined with other offers. One use per account."),
            ("footer", ["You are receiving this email because you are a registered Snapmill member. To unsubscribe from Snapmill promotional emails, [click here](@@UNSUB@@). Please do not reply to this email.",
                        "Snapmill, Inc., 1800 W. Lake Street, Suite 210, Minneapolis, MN 55408. \u00a9 2007 Snapmill, Inc. All rights reserved."]),
        ],
    }


MESSAGES = [b21, b22, b23, b24, b25, b26, b27, b28, b29, b30,
            b31, b32, b33, b34, b35, b36, b37, b38, b39, b40]
