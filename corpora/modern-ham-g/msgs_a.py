"""Message specifications b01-b20 (content written per message)."""
import mimekit as mk


def b01():
    site = "https://www.harwickandlane.co.uk"
    img = "https://img.e.harwickandlane.co.uk/2014/aw14/"
    return {
        "desc": "Clothing retailer autumn knitwear sale newsletter",
        "dt": (2014, 10, 9, 7, 15, 42), "tz": 60,
        "dom": "harwickandlane.co.uk", "mail_sub": "e.",
        "from": ("Harwick & Lane", "hello@e.harwickandlane.co.uk"),
        "reply_to": ("Harwick & Lane Customer Care", "care@harwickandlane.co.uk"),
        "to": ("Dana Whitcombe", "dana.whitcombe@fernmail.example"),
        "subject": "The Autumn Event: up to 40% off knitwear, coats & boots",
        "esp": "postlark", "rx": "big", "rx_tz": 60, "rx_tzname": "BST",
        "struct": "alt", "skin": "modern", "tstyle": "mc", "twidth": None,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#1f3a33", "accent": "#b5502f", "bg": "#efece6",
        "font": "Georgia, 'Times New Roman', serif",
        "blocks": [
            ("pre", "Knitwear, waxed jackets and boots up to 40% off \u2013 three days only."),
            ("note", "[View this email in your browser](@@WEB@@)"),
            ("logo", "Harwick & Lane", img + "logo-hl-2x.png", site + "/?cm=logo"),
            ("hero", img + "hero-knit-1009.jpg", "The Autumn Event \u2013 up to 40% off", site + "/autumn-event"),
            ("h1", "The Autumn Event starts now"),
            ("p", "Cold mornings are back, so we've taken up to 40% off the pieces you'll actually reach for: lambswool and merino knits, waxed jackets, needlecords and our best-selling Chelsea boots. The Event runs until midnight on Sunday 12 October, online and in all 23 of our shops."),
            ("btn", "SHOP THE EVENT", site + "/autumn-event"),
            ("h2", "Picked for you"),
            ("items", [
                {"name": "Merino crew neck jumper", "price": "\u00a345", "was": "\u00a375", "img": img + "p-merino-navy.jpg", "url": site + "/p/merino-crew-navy", "cta": "Shop now"},
                {"name": "Waxed field jacket", "price": "\u00a3119", "was": "\u00a3179", "img": img + "p-waxed-olive.jpg", "url": site + "/p/waxed-field-jacket", "cta": "Shop now"},
                {"name": "Needlecord chinos", "price": "\u00a339", "was": "\u00a359", "img": img + "p-cord-tobacco.jpg", "url": site + "/p/needlecord-chino", "cta": "Shop now"},
                {"name": "Leather Chelsea boots", "price": "\u00a389", "was": "\u00a3129", "img": img + "p-chelsea-brown.jpg", "url": site + "/p/chelsea-boot-brown", "cta": "Shop now"},
            ], 2),
            ("p", "**Members get an extra 10%.** Sign in to your H&L account before you check out and the extra discount comes off automatically, on top of Event prices."),
            ("bullets", ["Free UK delivery on orders over \u00a350",
                         "Free returns within 60 days, by post or in any shop",
                         "Click & collect from your nearest shop, usually the next day"]),
            ("note", "Event prices apply to selected lines while stocks last and end 23:59 on 12/10/2014. The extra 10% member discount cannot be used with gift cards or on previous purchases. Full terms at [harwickandlane.co.uk/terms](" + site + "/terms)."),
            ("footer", ["You're getting this email because you created an account or signed up to hear from Harwick & Lane. Had enough? [Unsubscribe](@@UNSUB@@) or [choose what we send you](" + site + "/account/preferences).",
                        "Harwick & Lane Ltd, 14 Tanner's Yard, Bristol BS1 4QT. Registered in England and Wales no. 07719432. VAT no. GB 214 6683 07."]),
        ],
    }


def b02():
    site = "http://www.voltstream.com"
    img = "http://images.voltstream.com/email/2009/0514/"
    return {
        "desc": "Electronics store weekly deals: netbooks, TVs",
        "dt": (2009, 5, 14, 5, 2, 11), "tz": -300, "c9_tz": -300,
        "dom": "voltstream.com",
        "from": ("VoltStream Electronics", "deals@voltstream.com"),
        "to": ("Kevin Gorski", "kgorski@lakeshore-isp.test"),
        "subject": "Memorial Day savings start early - netbooks from $279, 32\" LCD TVs $399",
        "esp": "c9", "rx": "sendmail", "rx_tz": -300,
        "struct": "alt", "skin": "classic", "tstyle": "plain", "twidth": 70,
        "charset": "iso-8859-1", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#003366", "accent": "#cc0000", "bg": "#d9d9d9",
        "blocks": [
            ("pre", "Having trouble viewing this email? [Click here](@@WEB@@) to see it online."),
            ("logo", "VoltStream Electronics - Low Prices, Real Experts", img + "header_vs.gif", site + "/", 90),
            ("h1", "Memorial Day Savings Start EARLY!"),
            ("p", "Why wait for the long weekend? Our Memorial Day prices are live right now online and in every VoltStream store. Quantities are limited on some items, so if you've had your eye on a netbook or a new flat screen, this is the week."),
            ("items", [
                {"name": "Acer Aspire One 10.1\" Netbook - Atom N270, 1GB, 160GB HDD, Windows XP", "price": "$279.99", "was": "$329.99", "img": img + "netbook.jpg", "url": site + "/product.asp?sku=VS41827", "cta": "Details"},
                {"name": "32\" 720p LCD HDTV with 2 HDMI inputs", "price": "$399.99", "was": "$479.99", "img": img + "lcd32.jpg", "url": site + "/product.asp?sku=VS39012", "cta": "Details"},
                {"name": "4.3\" Widescreen GPS with spoken street names", "price": "$129.99", "was": "$169.99", "img": img + "gps43.jpg", "url": site + "/product.asp?sku=VS40771", "cta": "Details"},
                {"name": "Blu-ray Disc Player, BD-Live ready", "price": "$179.99", "img": img + "bluray.jpg", "url": site + "/product.asp?sku=VS40390", "cta": "Details"},
                {"name": "8\" Digital Photo Frame with 1GB memory", "price": "$59.99", "was": "$89.99", "img": img + "frame8.jpg", "url": site + "/product.asp?sku=VS38855", "cta": "Details"},
                {"name": "2TB USB 2.0 External Hard Drive", "price": "$189.99", "img": img + "hdd2tb.jpg", "url": site + "/product.asp?sku=VS41102", "cta": "Details"},
            ], 3),
            ("h2", "FREE SHIPPING on orders over $99"),
            ("p", "Standard ground shipping is free on most orders of $99 or more to the 48 contiguous states. Oversize items such as TVs over 42\" ship for a flat $29.99. Prefer to pick it up? Choose In-Store Pickup at checkout and we'll have it ready in about an hour."),
            ("btn", "SEE ALL DEALS", site + "/deals/memorialday.asp"),
            ("hr",),
            ("p", "**VoltStream Geek Squad? No - VoltStream Tech Desk.** Our in-store Tech Desk will set up your new netbook, transfer your files and install antivirus for $49.99. Ask any associate for details."),
            ("note", "Prices valid May 14 - May 25, 2009 or while supplies last. Not responsible for typographical errors. Quantities limited; no rain checks. Sale prices not valid on previous purchases. Manufacturer rebates, where shown, are the responsibility of the manufacturer."),
            ("footer", ["You are receiving this email because you registered at voltstream.com or signed up for VoltStream Deals in one of our stores. To stop receiving promotional email from VoltStream, [unsubscribe here](@@UNSUB@@). Please allow up to 10 days for your request to take effect.",
                        "VoltStream Electronics, Inc. | 2250 Industrial Parkway | Elk Grove Village, IL 60007 | 1-800-555-0142",
                        "(c) 2009 VoltStream Electronics, Inc. All rights reserved. [Privacy Policy](" + site + "/privacy.asp)"]),
        ],
    }


def b03():
    text = """The Larkspur Lane Books Newsletter
March 2006
==================================

Dear friends of the shop,

Spring always arrives at Larkspur Lane a few weeks before it reaches the
rest of town - or at least that's how it feels when the new publishers'
catalogues land on the counter. We've been reading furiously all winter
and we can't wait to put some of these books into your hands.

NEW THIS MONTH
--------------

* The Salt Orchard, by Imogen Trask (hardcover, $24.95)
  A family saga set on a failing apple farm on the Maine coast. Margaret
  read it in one weekend and has been pressing it on everyone since.

* Lanterns Over Kestrel Bay, by D. A. Ferreira (paperback, $14.00)
  A quiet, funny mystery with a retired harbourmaster for a detective.
  The first in a series, and we're told the second is already written.

* A Field Guide to Kitchen Chemistry, by Dr. Paulette Ngata ($19.95)
  Why bread rises, why onions make you cry, and why your grandmother's
  gravy never went lumpy. Great for curious teenagers.

* Walking the Old Post Roads, by Hal Brenner ($29.95)
  Twenty-two routes through the county, with maps and photographs.
  Hal will be in the shop on March 18 (see below).

EVENTS AT THE SHOP
------------------

Sat. March 18, 2:00 pm - Hal Brenner reads from "Walking the Old Post
Roads" and leads a short (flat!) walk down to the mill pond afterwards.
Wear sensible shoes.

Thurs. March 23, 7:00 pm - Evening Book Group. This month: "The Salt
Orchard". Coffee and Dot's lemon bars provided. New members always
welcome; just let us know you're coming so we put out enough chairs.

Sat. April 1, 10:30 am - Children's story hour with Miss Amelia. No
fooling.

STAFF PICKS
-----------

Margaret: "The Salt Orchard" - see above, and don't say we didn't warn
you.

Tom: "Cold Iron Summer" by Wendell Osei. A paperback thriller I'd never
heard of; now I'm ordering his backlist.

Priya: "The Cartographer's Daughter" - a graphic novel with the most
beautiful ink work I've seen in years.

FROM THE BACK ROOM
------------------

We can order almost any book in print, usually within 3-5 business days,
with no shipping charge when you pick it up here. Phone us at
(802) 555-0187 or reply to this e-mail with the title and we'll take
care of it. Our Frequent Reader Card still gives you $10 off after ten
purchases - ask at the register if you've lost yours.

Spring hours start April 2: Mon-Sat 9:30-6:00, Sun 11:00-4:00.

See you soon,
Margaret Halloran & the staff of Larkspur Lane Books

Larkspur Lane Books, 41 Main Street, Whitby Falls, VT 05099
www.larkspurbooks.com

--
You're receiving this newsletter because you signed up at the shop or on
our web site. To stop receiving it, send a blank e-mail to
@@UNSUBMAIL@@ or just tell us at the register.
"""
    return {
        "desc": "Independent bookshop monthly newsletter, plain text",
        "dt": (2006, 3, 2, 21, 47, 5), "tz": -300,
        "dom": "larkspurbooks.com", "list_name": "newsletter", "lk_ver": "8.0",
        "own_ip": "192.0.2.77",
        "from": ("Larkspur Lane Books", "newsletter@larkspurbooks.com"),
        "reply_to": ("Larkspur Lane Books", "orders@larkspurbooks.com"),
        "to": ("", "ellen.marsh@greenmountain-net.test"),
        "subject": "Larkspur Lane Books - March news, new arrivals & events",
        "esp": "listkeeper", "rx": "qmail",
        "struct": "plain", "charset": "windows-1252", "tcte": "8bit",
        "fmt": {"quote": False},
        "text": text.replace("Dot's", "Dot\u2019s").replace("- or at least", "\u2013 or at least"),
    }


def b04():
    site = "https://www.lindenberg-garten.de/en"
    return {
        "desc": "German garden mail-order spring planting offer",
        "dt": (2021, 3, 18, 9, 30, 0), "tz": 60,
        "dom": "lindenberg-garten.de", "click_host": "t.lindenberg-garten.de", "mid_host": "news.lindenberg-garten.de",
        "from": ("Lindenberg Garden", "newsletter@news.lindenberg-garten.de"),
        "reply_to": ("Lindenberg Kundenservice", "service@lindenberg-garten.de"),
        "to": ("Siobh\u00e1n Kearney", "s.kearney@glenmail.example"),
        "subject": "Spring has sprung \U0001F331 20% off seed potatoes, onion sets & fruit bushes",
        "esp": "bulkhaus", "rx": "postfix", "lmtp": True,
        "struct": "alt_rel", "skin": "resp", "tstyle": "angle", "twidth": 74,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "base64",
        "brand": "#2e5e2a", "accent": "#d9822b", "bg": "#f4f1e8",
        "font": "'Trebuchet MS', Helvetica, Arial, sans-serif",
        "images": [
            {"cid": "hero-spring21@lindenberg", "name": "spring-hero.png", "type": "image/png", "data": mk.png(60, 24, (94, 140, 60), (230, 200, 90))},
            {"cid": "logo@lindenberg", "name": "logo.gif", "type": "image/gif", "data": mk.gif((46, 94, 42), False, 4, 2)},
        ],
        "blocks": [
            ("pre", "Planting season is here: 20% off spuds, onions & soft fruit until 31 March."),
            ("logo", "Lindenberg Garden \u2013 Gartenversand seit 1974", "cid:logo@lindenberg", site + "/"),
            ("hero", "cid:hero-spring21@lindenberg", "Seed potatoes and onion sets on a potting bench", site + "/spring-planting"),
            ("h1", "Time to get planting"),
            ("p", "The soil is warming up in most of Ireland and the UK, and that means it's time for first earlies, onion sets and new fruit bushes. Until 31 March we're taking 20% off our whole spring planting range \u2013 no code needed, the price in your basket is the price you pay."),
            ("btn", "Shop spring planting", site + "/spring-planting"),
            ("items", [
                {"name": "Seed potatoes 'Charlotte', 2 kg", "price": "\u20ac7.96", "was": "\u20ac9.95", "note": "Second early salad potato, waxy and reliable.", "url": site + "/p/seed-potato-charlotte"},
                {"name": "Onion sets 'Sturon', 500 g", "price": "\u20ac3.96", "was": "\u20ac4.95", "note": "Around 150 sets, stores well into winter.", "url": site + "/p/onion-sets-sturon"},
                {"name": "Raspberry canes 'Glen Ample', 5 pcs", "price": "\u20ac15.92", "was": "\u20ac19.90", "note": "Summer fruiting, spine-free canes.", "url": site + "/p/raspberry-glen-ample"},
                {"name": "Blueberry 'Bluecrop', 2 L pot", "price": "\u20ac11.96", "was": "\u20ac14.95", "note": "Needs ericaceous compost \u2013 we have that too.", "url": site + "/p/blueberry-bluecrop"},
            ], 2),
            ("h2", "Chitting: is it worth it?"),
            ("p", "Our head gardener Jutta says yes for earlies, not really for maincrops. Stand the tubers rose-end up in an egg box somewhere light and frost-free for four to six weeks, until the shoots are about 2 cm long. [Read Jutta's full planting guide](" + site + "/advice/potatoes)."),
            ("p", "**Free delivery to Ireland and Northern Ireland** on plant orders over \u20ac49. Live plants are dispatched from Monday to Wednesday only, so they never sit in a depot over the weekend."),
            ("note", "Offer valid 18.03.2021 \u2013 31.03.2021 on items marked 'Spring planting' while stocks last. Prices include German VAT; for deliveries outside the EU, import VAT and handling fees may apply."),
            ("footer", ["You signed up for the Lindenberg Garden newsletter (English edition) on our website. [Unsubscribe](@@UNSUB@@) at any time \u2013 it only takes one click.",
                        "Gartenhaus Lindenberg GmbH & Co. KG \u00b7 Am Obstgut 7 \u00b7 88161 Lindenberg im Allg\u00e4u \u00b7 Germany \u00b7 Amtsgericht Kempten HRA 8812 \u00b7 USt-IdNr. DE 298 441 760",
                        "[Imprint](" + site + "/imprint) \u00b7 [Privacy](" + site + "/privacy)"]),
        ],
    }


def b05():
    site = "https://www.corbetts.com.au"
    img = "https://cdn.corbetts.com.au/edm/2017/wk46/"
    return {
        "desc": "Australian supermarket weekly specials catalogue email",
        "dt": (2017, 11, 15, 5, 30, 4), "tz": 660,
        "dom": "corbetts.com.au", "click_host": "links.e.corbetts.com.au", "bounce_dom": "bnc.e.corbetts.com.au",
        "campaign": "wk46_specials_nsw", "web_host": "e.corbetts.com.au",
        "from": ("Corbett's Fresh Market", "specials@e.corbetts.com.au"),
        "to": ("Liam Tran", "liam.tran@wattlemail.example"),
        "subject": "This week: half-price Arnott's, $1.50/kg bananas & 2 for $7 pasta sauce",
        "esp": "relaymint", "rx": "exim", "rx_tz": 660,
        "struct": "html", "skin": "mj",
        "charset": "utf-8", "hcte": "quoted-printable",
        "brand": "#c8102e", "accent": "#00843d", "bg": "#f5f5f5",
        "font": "Helvetica, Arial, sans-serif",
        "blocks": [
            ("pre", "Specials valid Wed 15 Nov \u2013 Tue 21 Nov at your local Corbett's."),
            ("note", "Prices valid in NSW & ACT stores Wed 15/11 \u2013 Tue 21/11. [View online](@@WEB@@)"),
            ("logo", "Corbett's Fresh Market", img + "logo.png", site + "/"),
            ("hero", img + "hero-specials.jpg", "This week's specials", site + "/specials"),
            ("h1", "Your weekly specials are here, Liam"),
            ("items", [
                {"name": "Bananas, Cavendish", "price": "$1.50/kg", "was": "$3.90/kg", "img": img + "bananas.jpg", "url": site + "/specials/fruit-veg"},
                {"name": "Arnott's Tim Tam 200g varieties", "price": "$2.00", "was": "$4.00", "note": "\u00bd PRICE", "img": img + "timtam.jpg", "url": site + "/specials/biscuits"},
                {"name": "Corbett's Pasta Sauce 500g", "price": "2 for $7", "was": "$4.50 ea", "img": img + "pasta-sauce.jpg", "url": site + "/specials/pantry"},
                {"name": "Beef Mince 3 Star, 1kg", "price": "$9.00", "was": "$11.00", "img": img + "mince.jpg", "url": site + "/specials/meat"},
                {"name": "Free Range Eggs 700g, 12 pack", "price": "$5.20", "was": "$6.50", "img": img + "eggs.jpg", "url": site + "/specials/dairy-eggs"},
                {"name": "Mango, Kensington Pride", "price": "$1.00 ea", "img": img + "mango.jpg", "url": site + "/specials/fruit-veg"},
            ], 2),
            ("btn", "SEE ALL 412 SPECIALS", site + "/specials"),
            ("h2", "Mango season has landed"),
            ("p", "The first Kensington Prides of the season are in from the Burdekin. Pick ones that smell sweet at the stalk end and give a little when you press them. [Try our 15-minute mango chicken salad](" + site + "/recipes/mango-chicken-salad)."),
            ("p", "**Fresh Rewards members:** scan your card this week for 10x points on all Corbett's own-brand fruit and veg, and a bonus 500 points when you spend $60 or more in one shop."),
            ("note", "Specials available while stocks last; limits may apply. Prices may vary in selected country stores and online. Liquor not available in all stores. Corbett's supports the Responsible Service of Alcohol. 10x points offer excludes tobacco, gift cards and Corbett's Mobile."),
            ("footer", ["You're receiving this because you subscribed to Corbett's weekly specials. [Update your preferred store](" + site + "/account/store) or [unsubscribe](@@UNSUB@@).",
                        "Corbett's Fresh Market Pty Ltd ABN 48 611 203 995, 88 Carrington Road, Marrickville NSW 2204."]),
        ],
    }


def b06():
    site = "https://www.tiffingo.in"
    img = "https://static.tiffingo.in/mailer/aug22/"
    return {
        "desc": "Indian food delivery app discount promo",
        "dt": (2022, 8, 12, 18, 40, 31), "tz": 330,
        "dom": "tiffingo.in", "tenant": "tiffingo",
        "from": ("TiffinGo", "offers@tiffingo.in"),
        "to": ("Ananya Iyer", "ananya.iyer@kaveri-mail.example"),
        "subject": "Ananya, dinner's on us (almost) \U0001F37D\ufe0f Flat \u20b9125 OFF x 3 orders",
        "esp": "trellis", "rx": "big", "rx_tz": 330,
        "struct": "alt", "skin": "resp", "tstyle": "bracket", "twidth": 70,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#3d1f6e", "accent": "#ff5a36", "bg": "#fff6f0",
        "font": "'Segoe UI', Roboto, Arial, sans-serif",
        "blocks": [
            ("pre", "Use code FRIDAY125 on your next 3 orders. Valid till Sunday midnight."),
            ("logo", "TiffinGo", img + "tg-logo.png", site + "/app"),
            ("hero", img + "weekend-feast.jpg", "Weekend feast offer", site + "/app/offers/FRIDAY125"),
            ("h1", "It's Friday. Nobody should be cooking."),
            ("p", "Hi Ananya, we noticed you haven't ordered in a couple of weeks, and honestly, we miss you. So here's a little something: **flat \u20b9125 off** on each of your next three orders above \u20b9299 with code **FRIDAY125**."),
            ("btn", "ORDER NOW", site + "/app/offers/FRIDAY125"),
            ("h2", "Popular near Indiranagar tonight"),
            ("items", [
                {"name": "Meghana's Biryani House", "note": "Andhra biryani, chicken 65 \u00b7 4.4\u2605 \u00b7 32 mins", "url": site + "/r/blr/meghanas-biryani-house"},
                {"name": "Green Leaf Udupi", "note": "South Indian veg, thalis \u00b7 4.6\u2605 \u00b7 25 mins", "url": site + "/r/blr/green-leaf-udupi"},
                {"name": "Tandoor Junction", "note": "North Indian, kebabs \u00b7 4.2\u2605 \u00b7 38 mins", "url": site + "/r/blr/tandoor-junction"},
                {"name": "Bowl Theory", "note": "Healthy bowls, salads \u00b7 4.3\u2605 \u00b7 28 mins", "url": site + "/r/blr/bowl-theory"},
            ], 2),
            ("bullets", ["Code valid on 3 orders till 14 Aug 2022, 11:59 PM",
                         "Minimum order value \u20b9299 (before taxes and delivery fee)",
                         "TiffinGo One members also get free delivery on all these orders"]),
            ("note", "Offer applicable at participating restaurants only. Cannot be clubbed with other coupon codes. TiffinGo reserves the right to modify or withdraw the offer without prior notice. T&Cs: [tiffingo.in/offer-terms](" + site + "/offer-terms)"),
            ("footer", ["You're receiving this email because you have a TiffinGo account and opted in to offers. [Unsubscribe from offers](@@UNSUB@@) \u2013 you'll still get order updates.",
                        "TiffinGo Foodtech Pvt. Ltd., 3rd Floor, Prestige Tower B, 100 Ft Road, Indiranagar, Bengaluru 560038, Karnataka. CIN U74999KA2018PTC114276"]),
        ],
    }


def b07():
    site = "https://www.meridiantravel.ie"
    img = "https://www.meridiantravel.ie/media/newsletter/2012-01/"
    return {
        "desc": "Irish travel agency January sale deals",
        "dt": (2012, 1, 20, 11, 4, 37), "tz": 0,
        "dom": "meridiantravel.ie",
        "from": ("Meridian Travel", "offers@meridiantravel.ie"),
        "reply_to": ("Meridian Travel Reservations", "reservations@meridiantravel.ie"),
        "to": ("Declan Moriarty", "declan.moriarty@shannonmail.example"),
        "subject": "January Sale: Sun holidays from \u20ac299pp + \u20ac100 off family bookings",
        "subj_enc": ("windows-1252", "Q"),
        "esp": "sendwell", "rx": "postfix",
        "struct": "alt", "skin": "modern", "tstyle": "mc", "twidth": None,
        "charset": "windows-1252", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#0b4f6c", "accent": "#f28c28", "bg": "#e9f3f7",
        "font": "Arial, Helvetica, sans-serif",
        "blocks": [
            ("pre", "Lanzarote, the Algarve, Orlando and more \u2013 book by 31 January with just \u20ac50 deposit."),
            ("note", "Is this email not displaying correctly? [View it in your browser](@@WEB@@)."),
            ("logo", "Meridian Travel \u2013 Ireland's holiday specialists since 1988", img + "logo.gif", site + "/"),
            ("hero", img + "jan-sale-banner.jpg", "January Sale \u2013 Sun holidays from \u20ac299", site + "/january-sale"),
            ("h1", "Beat the January blues"),
            ("p", "The Christmas lights are down and the evenings are still dark by five \u2013 so let's get something in the diary. Our January Sale is on now, with low deposits from just \u20ac50 per person and an extra \u20ac100 off every family booking of two adults and two or more children."),
            ("items", [
                {"name": "Lanzarote \u2013 Puerto del Carmen", "price": "from \u20ac299pp", "note": "7 nights self-catering, flights from Dublin, May departures", "img": img + "lanzarote.jpg", "url": site + "/deals/lanzarote-pdc", "cta": "View deal"},
                {"name": "Algarve \u2013 Albufeira", "price": "from \u20ac349pp", "note": "7 nights, 3* apartments with pool, flights from Cork or Shannon", "img": img + "albufeira.jpg", "url": site + "/deals/albufeira", "cta": "View deal"},
                {"name": "Orlando \u2013 Kissimmee villa", "price": "from \u20ac789pp", "note": "14 nights, private pool villa + car hire, based on family of four", "img": img + "orlando.jpg", "url": site + "/deals/orlando-villa", "cta": "View deal"},
                {"name": "Rome city break", "price": "from \u20ac259pp", "note": "3 nights B&B near Termini, direct flights, March & April", "img": img + "rome.jpg", "url": site + "/deals/rome-city-break", "cta": "View deal"},
            ], 2),
            ("btn", "See all January Sale deals", site + "/january-sale"),
            ("h2", "Prefer to talk it through?"),
            ("p", "Call our travel consultants on 01 555 0190, Monday to Friday 9am\u20137pm and Saturday 10am\u20134pm, or drop into any of our branches in Dublin, Cork, Limerick and Galway. We'll find the right hotel for your crowd, not just the cheapest one."),
            ("note", "Prices are per person based on 2 adults sharing, include taxes and charges, and were correct at 09:00 on 20/01/2012. Subject to availability. \u20ac100 family discount applies to new bookings made by 31/01/2012 for 2 adults + 2 or more children aged 2\u201316. Meridian Travel Ltd is licensed by the Commission for Aviation Regulation, TO 142 and TA 0613, and is a member of ITAA."),
            ("footer", ["You received this email because you booked with us or asked to receive our offers. [Unsubscribe](@@UNSUB@@) or [update your subscription preferences](@@PREFS@@).",
                        "Meridian Travel Ltd, 12 Dawson Court, Dublin 2, Ireland. Registered in Ireland no. 131844."]),
        ],
    }


def b08():
    site = "https://www.aerlume.com"
    img = "https://www.aerlume.com/content/dam/email/2019/08-fare-sale/"
    return {
        "desc": "Airline 72-hour fare sale route list",
        "dt": (2019, 8, 20, 10, 0, 3), "tz": -240,
        "dom": "aerlume.com", "region": "us-east-1", "mailfrom": "mail.news.aerlume.com", "click_host": "click.news.aerlume.com", "web_host": "www.aerlume.com",
        "from": ("Aerlume Airways", "aerlume@news.aerlume.com"),
        "to": ("Marcus Delgado", "mdelgado@bayline.example"),
        "subject": "72-hour fare sale: one-way fares from $59. Ends Thursday.",
        "esp": "mailvane", "rx": "big", "rx_tz": -240, "rx_tzname": "EDT",
        "struct": "alt", "skin": "resp", "tstyle": "plain", "twidth": 76,
        "charset": "utf-8", "tcte": "base64", "hcte": "base64",
        "brand": "#102a5c", "accent": "#00a3a1", "bg": "#eef2f7",
        "font": "'Helvetica Neue', Helvetica, Arial, sans-serif",
        "blocks": [
            ("pre", "Book by 11:59 p.m. ET Thursday for travel Sept. 3 \u2013 Dec. 12."),
            ("note", "Marcus Delgado | LumeMiles #\u2022\u2022\u2022\u2022\u20227731 | 14,206 miles  \u00b7  [View in browser](@@WEB@@)"),
            ("logo", "Aerlume Airways", img + "logo-white.png", site + "/"),
            ("hero", img + "hero-fare-sale.jpg", "72-hour fare sale", site + "/deals/fare-sale"),
            ("h1", "Three days. Hundreds of low fares."),
            ("p", "Our end-of-summer sale is here, with one-way fares from $59 across our network. Whether it's a long weekend in the mountains or the holidays with family, now's the time to lock it in."),
            ("btn", "Find my fare", site + "/deals/fare-sale"),
            ("h2", "Sample fares from Boston (BOS)"),
            ("kv", [("Boston \u2192 Washington, D.C. (DCA)", "$59*"),
                    ("Boston \u2192 Raleigh/Durham (RDU)", "$69*"),
                    ("Boston \u2192 Chicago (ORD)", "$79*"),
                    ("Boston \u2192 Denver (DEN)", "$119*"),
                    ("Boston \u2192 Fort Lauderdale (FLL)", "$89*"),
                    ("Boston \u2192 San Juan (SJU)", "$129*")]),
            ("p", "Not flying from Boston? [Change your home airport](" + site + "/account/home-airport) to see fares from where you are."),
            ("p", "**LumeMiles members earn 2x miles** on every sale fare booked on aerlume.com or in the Aerlume app during the sale."),
            ("note", "*Fares are one way, include taxes and government fees, and are for Blue Basic seats. Must purchase by 11:59 p.m. ET on August 22, 2019. Valid for travel Tuesdays, Wednesdays and Saturdays from September 3 through December 12, 2019. Blackout dates: November 22 \u2013 December 2. Seats are limited and may not be available on all flights. Blue Basic fares are non-refundable; changes are not permitted. Bag fees may apply. Fares displayed are based on availability as of August 19, 2019."),
            ("footer", ["You're receiving this because you're a LumeMiles member and signed up for Aerlume deals. [Unsubscribe](@@UNSUB@@) | [Email preferences](" + site + "/account/email) | [Privacy](" + site + "/legal/privacy)",
                        "Aerlume Airways Corp., 400 Harborside Drive, Suite 1200, East Boston, MA 02128. Please don't reply to this email; this mailbox isn't monitored."]),
        ],
    }


def b09():
    site = "https://www.stayward.com"
    img = "https://www.stayward.com/assets/email/"
    return {
        "desc": "Hotel chain loyalty monthly points statement",
        "dt": (2016, 6, 2, 14, 12, 55), "tz": -420,
        "dom": "stayward.com", "click_host": "links.rewards.stayward.com", "web_host": "rewards.stayward.com",
        "bounce_dom": "bnc.rewards.stayward.com", "campaign": "stmt_2016_06",
        "from": ("Stayward Rewards", "rewards@rewards.stayward.com"),
        "to": ("Priya Raman", "priya.raman@northgate.example"),
        "subject": "Your June Stayward Rewards statement: 38,450 points",
        "esp": "relaymint", "rx": "postfix", "lmtp": True, "rx_tz": -240,
        "struct": "alt", "skin": "simple", "tstyle": "bracket", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#5b2a86", "accent": "#5b2a86", "bg": "#ffffff",
        "blocks": [
            ("pre", "You're 4 nights away from Gold. Here's your account summary."),
            ("logo", "Stayward Rewards", img + "sw-rewards-logo.png", site + "/rewards", 36),
            ("h1", "Hi Priya, here's your June statement"),
            ("kv", [("Member number", "SW 4418 ***2 907"),
                    ("Tier", "Silver"),
                    ("Points balance", "38,450"),
                    ("Qualifying nights in 2016", "16 of 20 for Gold"),
                    ("Points expiring this year", "0")]),
            ("h2", "Recent activity"),
            ("kv", [("May 19\u201321  Stayward Downtown Denver", "+4,620"),
                    ("May 24  Partner: Route 9 Car Rental", "+500"),
                    ("May 30  Redeemed: 1 free night, Stayward Sedona", "\u221225,000"),
                    ("Jun 1  Bonus: Spring Double Points", "+2,310")]),
            ("p", "Stay four more nights before December 31 and you'll reach **Gold**: 50% bonus points on every stay, 4 p.m. late checkout and a welcome gift of points or breakfast at check-in."),
            ("btn", "Book your next stay", site + "/book?promo=STMT06"),
            ("h2", "Offers for you"),
            ("bullets", ["**Summer Weekends:** 3,000 bonus points per weekend stay at participating resorts, June 10 \u2013 Sept 5. Registration required. [Register](" + site + "/offers/summer-weekends)",
                         "**Points + Cash:** use as few as 5,000 points toward any room. [How it works](" + site + "/rewards/points-cash)",
                         "**Dining:** earn 10 points per dollar at Stayward restaurants and bars, even when you aren't staying with us."]),
            ("note", "Activity may take up to 10 business days to appear. Points balance as of 06/01/2016. Stayward Rewards terms and conditions apply; see [stayward.com/rewards/terms](" + site + "/rewards/terms)."),
            ("footer", ["You're receiving this statement as a Stayward Rewards member. To stop monthly statements, [update your email preferences](@@UNSUB@@). Account-related messages such as reservation confirmations will still be sent.",
                        "Stayward Hotels & Resorts, 1800 Larimer Street, Denver, CO 80202. \u00a9 2016 Stayward Hospitality Group."]),
        ],
    }


def b10():
    site = "http://www.ridgewaymotors.co.uk"
    img = "http://www.ridgewaymotors.co.uk/email/service/"
    return {
        "desc": "Car dealer annual service MOT reminder",
        "dt": (2011, 6, 7, 8, 55, 20), "tz": 60, "c9_tz": 60,
        "dom": "ridgewaymotors.co.uk",
        "from": ("Ridgeway Volkswagen Service", "service@ridgewaymotors.co.uk"),
        "reply_to": ("Ridgeway VW Service Desk", "servicedesk@ridgewaymotors.co.uk"),
        "to": ("Mr G Ellison", "graham.ellison@wharfedale-mail.test"),
        "subject": "Your Golf KP07 LZH is due for its service",
        "esp": "c9", "rx": "exim", "rx_tz": 60,
        "struct": "alt", "skin": "classic", "tstyle": "plain", "twidth": 68,
        "charset": "iso-8859-1", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#00305e", "accent": "#0075be", "bg": "#ffffff",
        "blocks": [
            ("logo", "Ridgeway Motor Group - Volkswagen", img + "ridgeway-vw-header.jpg", site + "/", 110),
            ("p", "Dear Mr Ellison,"),
            ("p", "Our records show that your **Volkswagen Golf 1.9 TDI Match (KP07 LZH)** is due its annual service this month, and that its MOT expires on 2 July 2011."),
            ("p", "Keeping to the Volkswagen service schedule protects your car's value and its warranty, and our Volkswagen-trained technicians only use genuine parts and the latest diagnostic equipment. Booking the service and the MOT together saves you a second trip - and some money."),
            ("kv", [("Inspection service (Golf Mk5, diesel)", "\u00a3179.00"),
                    ("MOT test", "\u00a354.85"),
                    ("Book both together", "\u00a3214.00"),
                    ("Courtesy car", "FREE - subject to availability")]),
            ("btn", "Book online", site + "/service/book.php?reg=KP07LZH"),
            ("p", "Or call the service desk on 0113 496 0582 (Mon-Fri 7.30am - 6pm, Sat 8am - 12.30pm). We also offer a free collection and delivery service within 10 miles of the dealership."),
            ("h2", "While your car is with us"),
            ("bullets", ["Free 27-point vehicle health check, with photos of anything we find",
                         "Free wash and vacuum",
                         "Wi-Fi, coffee and today's papers in our customer lounge"]),
            ("note", "Prices include VAT and apply to Golf Mk5 models only; other models may vary. Offer valid until 31 July 2011 at Ridgeway Volkswagen Leeds. If you have sold this vehicle, please let us know by replying to this email so we can update our records."),
            ("footer", ["Ridgeway Motor Group Ltd, Ring Road, Seacroft, Leeds LS14 1NH. Registered in England No. 02648117. Authorised and regulated by the Financial Services Authority for consumer credit.",
                        "You are receiving this reminder because you have had your car serviced with us. If you would prefer not to receive service reminders by email, [click here](@@UNSUB@@)."]),
        ],
    }


def b11():
    text = """Hello Jonathan,

This is a friendly reminder that your DiskSentinel Pro 4 maintenance
subscription expires in 14 days, on May 6, 2008.

  Licence holder:   Jonathan Pryce
  Product:          DiskSentinel Pro 4 (single PC)
  Licence key:      DSP4-XXXX-XXXX-7Q2M-K8HW
  Order number:     NS-2007-0418-22915
  Expiry date:      2008-05-06

WHAT HAPPENS WHEN IT EXPIRES?
Nothing breaks. DiskSentinel Pro 4 will keep monitoring and defragmenting
your drives exactly as it does today. You will, however, stop receiving
new drive definitions, the weekly SMART database update and access to
priority e-mail support.

RENEW FOR ANOTHER YEAR - $17.97 (40% OFF)
As an existing customer you can renew for $17.97 instead of $29.95.
Your key stays the same; nothing to reinstall.

  Renew now: [[https://secure.nordfjell.com/renew?k=DSP4-7Q2M-K8HW&src=rem14]]

OR UPGRADE TO DISKSENTINEL PRO 5 - $24.95
Version 5 came out in March and adds:

  - Full support for Windows Vista (32- and 64-bit)
  - Boot-time defrag of the page file and registry hives
  - Early-warning e-mail alerts when a drive starts to fail
  - A new scheduler that runs only when your PC is idle

The upgrade includes a full year of updates and support, and costs less
than a renewal plus the regular upgrade price.

  Upgrade now: [[https://secure.nordfjell.com/upgrade?from=DSP4&k=7Q2M-K8HW]]
  What's new:  [[http://www.nordfjell.com/disksentinel/whatsnew5.html]]

Both offers are valid until May 31, 2008. Payments are processed by our
reseller, ShareCart Commerce, and will appear on your statement as
"SHARECART*NORDFJELL".

If you have questions, just reply to this message or write to
support@nordfjell.com - a real person will answer, usually within one
business day.

Thank you for using DiskSentinel.

Kind regards,
Ingrid Solvang
Customer Accounts, Nordfjell Software AS

--
Nordfjell Software AS, Strandgaten 91, 5004 Bergen, Norway
Org. nr. 987 654 321 MVA
You are getting this e-mail because you own a registered licence for a
Nordfjell product. We send licence reminders only; to stop them, visit
[[http://www.nordfjell.com/account/notifications]]
"""
    return {
        "desc": "Software licence renewal reminder, upgrade offer",
        "dt": (2008, 4, 22, 10, 31, 9), "tz": 120,
        "dom": "nordfjell.com",
        "own": {"mta": "mail.nordfjell.com", "ip": "198.51.100.61", "mid": "dotted", "mid_host": "licence.nordfjell.com",
                "hops": ["sendmail_local"], "user": "licmail", "rp": "licence-bounce@nordfjell.com", "tz": 120,
                "domainkey": "mail", "dk_h": ["From", "To", "Subject", "Date"],
                "extra": [("X-Mailer", "NFLicenceMailer/2.1 (Perl)"), ("Organization", "Nordfjell Software AS")],
                "order": ["Date", "From", "X*", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]},
        "from": ("Nordfjell Software", "accounts@nordfjell.com"),
        "to": ("Jonathan Pryce", "jon.pryce@hollowfield.test"),
        "subject": "DiskSentinel Pro 4: your maintenance expires in 14 days",
        "esp": "own", "rx": "sendmail", "rx_tz": -300,
        "struct": "plain", "charset": "us-ascii", "tcte": "7bit",
        "fmt": {"quote": False},
        "no_list_unsub": True,
        "text": text,
    }


def b12():
    site = "https://tallyboard.io"
    return {
        "desc": "SaaS project tool monthly product update",
        "dt": (2023, 6, 13, 16, 2, 44), "tz": 120,
        "dom": "tallyboard.io", "region": "eu-west-1", "mailfrom": "send.tallyboard.io", "click_host": "links.tallyboard.io", "web_host": "app.tallyboard.io",
        "from": ("Ruth from Tallyboard", "product@tallyboard.io"),
        "reply_to": ("Tallyboard Product Team", "feedback@tallyboard.io"),
        "to": ("Henrik Aas", "henrik@aasdesign.example"),
        "subject": "What's new in Tallyboard: timeline dependencies, Slack digests and a faster mobile app",
        "esp": "mailvane", "rx": "exchange", "rx_tz": 120,
        "struct": "alt", "skin": "simple", "tstyle": "plain", "twidth": 78,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#111827", "accent": "#4f46e5", "bg": "#ffffff",
        "blocks": [
            ("pre", "Three things we shipped in May, and one thing we need your opinion on."),
            ("logo", "Tallyboard", "https://tallyboard.io/static/email/tb-wordmark.png", site + "/", 28),
            ("h1", "June product update"),
            ("p", "Hi Henrik \u2014 it's been a busy month on the Tallyboard team. Here's what landed in your workspace **Aas Design Studio** since our last update."),
            ("h2", "1. Dependencies on the Timeline view"),
            ("p", "You can now drag a line from one task to another on the Timeline to mark it as blocked. Move the first task and everything that depends on it shifts along with it. Dependencies are available on the Team and Business plans. [Read the guide](" + site + "/help/timeline-dependencies)."),
            ("h2", "2. Daily Slack digests"),
            ("p", "Instead of a notification for every single comment, you can now get one tidy summary in a Slack channel each morning: what's due today, what's overdue and what changed yesterday. Turn it on under Settings \u2192 Integrations \u2192 Slack."),
            ("h2", "3. A mobile app that opens in under a second"),
            ("p", "We rewrote the way the iOS and Android apps load boards. On our test devices, large boards open about 3x faster and the app uses 40% less data. Update from your app store to get version 5.2."),
            ("btn", "Open Tallyboard", site + "/login?next=/whats-new"),
            ("hr",),
            ("h2", "Help us decide what's next"),
            ("p", "We're choosing between recurring subtasks, a proper workload view and guest access for clients for the next quarter. It's a three-question form and takes about a minute. [Vote here](" + site + "/roadmap-vote-2023q3)."),
            ("p", "Thanks for building with us,\nRuth Okafor\nHead of Product"),
            ("footer", ["You're receiving product updates because you're an admin of a Tallyboard workspace. [Unsubscribe from product updates](@@UNSUB@@) \u2014 you'll still receive billing and security emails.",
                        "Tallyboard AS \u00b7 Tollbugata 24 \u00b7 0157 Oslo \u00b7 Norway"]),
        ],
    }


def b13():
    site = "https://www.courseloft.com"
    img = "https://img.courseloft.com/course/480x270/"
    return {
        "desc": "Online course platform personalised course recommendations",
        "dt": (2020, 4, 2, 13, 17, 26), "tz": -420,
        "dom": "courseloft.com",
        "from": ("Courseloft", "no-reply@mail.courseloft.com"),
        "to": ("Tomasz Wr\u00f3bel", "tomasz.wrobel@vistula-post.example"),
        "subject": "Tomasz, courses picked for you: Python for Data Analysis from $12.99",
        "esp": "sendwell", "rx": "big", "rx_tz": 120, "rx_tzname": "CEST",
        "struct": "alt", "skin": "modern", "tstyle": "mc", "twidth": None,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#1c1d1f", "accent": "#a435f0", "bg": "#f7f9fa",
        "font": "'Helvetica Neue', Arial, sans-serif",
        "blocks": [
            ("pre", "Because you watched \"Excel for Beginners\": 5 courses learners like you loved."),
            ("logo", "Courseloft", "https://img.courseloft.com/email/logo-cl.png", site + "/"),
            ("h1", "Keep learning from home"),
            ("p", "Hi Tomasz, a lot of us are spending more time at home right now. If you've been meaning to pick up a new skill, here are some courses we think you'll like, based on what you've been watching. Prices this week start at **$12.99**."),
            ("items", [
                {"name": "Python for Data Analysis: Pandas & NumPy Bootcamp", "price": "$12.99", "was": "$94.99", "note": "Dr. Lena Hartmann \u00b7 4.6 (18,204 ratings) \u00b7 22.5 hours", "img": img + "py-data-88213.jpg", "url": site + "/course/python-data-analysis-bootcamp/", "cta": "Enroll now"},
                {"name": "SQL from Zero: Queries, Joins and Reporting", "price": "$12.99", "was": "$84.99", "note": "Marco Bellini \u00b7 4.5 (7,911 ratings) \u00b7 9 hours", "img": img + "sql-zero-55109.jpg", "url": site + "/course/sql-from-zero/", "cta": "Enroll now"},
                {"name": "Excel Dashboards & Pivot Tables Masterclass", "price": "$13.99", "was": "$89.99", "note": "Grace Mwangi \u00b7 4.7 (24,630 ratings) \u00b7 11 hours", "img": img + "xl-dash-30112.jpg", "url": site + "/course/excel-dashboards-masterclass/", "cta": "Enroll now"},
                {"name": "Data Visualization with Tableau, Step by Step", "price": "$12.99", "was": "$99.99", "note": "Owen Pritchard \u00b7 4.4 (3,402 ratings) \u00b7 8.5 hours", "img": img + "tableau-77245.jpg", "url": site + "/course/tableau-step-by-step/", "cta": "Enroll now"},
            ], 2),
            ("btn", "Browse more recommendations", site + "/home/my-recommendations/"),
            ("p", "Every course comes with lifetime access, a certificate of completion and our 30-day money-back guarantee. Learn on your laptop, or download lectures in the Courseloft app and watch offline."),
            ("note", "Prices shown are in USD and valid through April 5, 2020, 11:59 PM PT. Final price may vary by country and currency. Ratings reflect learner reviews at the time this email was sent."),
            ("footer", ["You're receiving this email because you have a Courseloft account and opted in to course recommendations. [Unsubscribe](@@UNSUB@@) or [manage your email settings](@@PREFS@@).",
                        "Courseloft, Inc., 600 Harrison Street, 3rd Floor, San Francisco, CA 94107, USA"]),
        ],
    }


def b14():
    site = "https://www.glimmerbox.tv"
    img = "https://art.glimmerbox.tv/email/2024-03/"
    return {
        "desc": "Streaming service 'new this month' titles",
        "dt": (2024, 3, 1, 15, 0, 12), "tz": 0,
        "dom": "glimmerbox.tv", "mail_sub": "m.",
        "from": ("Glimmerbox", "hello@m.glimmerbox.tv"),
        "to": ("Chloe Bennett", "chloe.b@thornmail.test"),
        "subject": "New on Glimmerbox in March: The Lantern Keepers S2, Quiet Water & more",
        "esp": "postlark", "rx": "postfix", "lmtp": True,
        "struct": "rel_alt", "skin": "resp", "tstyle": "angle", "twidth": 72,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "base64",
        "brand": "#ffffff", "accent": "#e50963", "bg": "#141414",
        "font": "Helvetica, Arial, sans-serif",
        "images": [
            {"cid": "poster1.lk2@glimmerbox", "name": "lantern-keepers-s2.png", "type": "image/png", "data": mk.png(27, 40, (20, 24, 40), (230, 170, 40))},
            {"cid": "poster2.qw@glimmerbox", "name": "quiet-water.png", "type": "image/png", "data": mk.png(27, 40, (30, 70, 90))},
            {"cid": "poster3.hh@glimmerbox", "name": "high-hollow.png", "type": "image/png", "data": mk.png(27, 40, (80, 20, 20), (200, 200, 200))},
        ],
        "blocks": [
            ("pre", "Season 2 of The Lantern Keepers drops 14 March. Here's everything else arriving this month."),
            ("logo", "Glimmerbox", img + "gb-logo-white.png", site + "/browse"),
            ("h1", "New this month"),
            ("items", [
                {"name": "The Lantern Keepers \u2013 Season 2", "note": "All 8 episodes from 14 March. The keepers of Skarra Light finally find out who's been signalling the ships.", "img": "cid:poster1.lk2@glimmerbox", "url": site + "/title/80412", "cta": "Add to My List"},
                {"name": "Quiet Water", "note": "From 8 March. A retired diver is pulled back into one last search in the flooded quarries of north Wales. Limited series.", "img": "cid:poster2.qw@glimmerbox", "url": site + "/title/81977", "cta": "Watch trailer"},
                {"name": "High Hollow", "note": "From 22 March. Folk horror film: a village fete, a missing teenager and a hedge maze nobody planted.", "img": "cid:poster3.hh@glimmerbox", "url": site + "/title/82230", "cta": "Remind me"},
            ], 3),
            ("h2", "Also arriving"),
            ("bullets", ["**1 Mar** \u2013 Kitchen Confidential Live, Season 4",
                         "**6 Mar** \u2013 Tiny Planet Detectives (kids), new episodes weekly",
                         "**15 Mar** \u2013 The Long Field, documentary about Britain's last hay meadows",
                         "**29 Mar** \u2013 Six classic Ealing comedies, newly restored in 4K"]),
            ("btn", "Start watching", site + "/browse/new"),
            ("p", "Leaving soon: catch **Salt & Iron** and **Northern Lights Diner** before they leave on 31 March."),
            ("note", "Release dates may change. Some titles may not be available on all plans or in all regions. 4K requires the Premium plan and a compatible device."),
            ("footer", ["You're getting this because you're a Glimmerbox member and chose to hear about new titles. [Unsubscribe](@@UNSUB@@) \u00b7 [Help Centre](" + site + "/help) \u00b7 [Terms of Use](" + site + "/terms)",
                        "Glimmerbox Media Ltd, 3 Brewhouse Yard, London EC1V 4JL. Registered in England & Wales no. 11839247."]),
        ],
    }


def b15():
    site = "https://www.caldervalleybank.co.uk"
    return {
        "desc": "Bank fixed-rate savings offer to customer",
        "dt": (2013, 9, 10, 12, 0, 5), "tz": 60,
        "dom": "caldervalleybank.co.uk",
        "own": {"mta": "mx-out2.caldervalleybank.co.uk", "ip": "203.0.113.38", "mid": "javamail", "jm_user": "cvbmail", "mid_host": "cvbcomms01",
                "hops": ["postfix_app"], "app": "cvbcomms01.dmz.caldervalleybank.co.uk", "rp": "marketing-bounces@caldervalleybank.co.uk", "tz": 60,
                "bstyle": "javamail",
                "dkim": [("caldervalleybank.co.uk", "comms2013", 1024, 0)],
                "extra": [("X-Mailer", "CVB Customer Communications 3.4")],
                "track": ("utm", None, {"utm": "utm_source=email&utm_medium=email&utm_campaign=fixed-bond-sep13"}),
                "unsub": site + "/contact-preferences?ref=%TOK%",
                "lu_style": "url",
                "order": ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X*", "List-Unsubscribe", "DKIM"]},
        "from": ("Calder Valley Bank", "news@caldervalleybank.co.uk"),
        "to": ("Mr C Okonkwo", "c.okonkwo@pennine-mail.example"),
        "subject": "A new 2-year Fixed Rate Bond for existing customers",
        "esp": "own", "rx": "exim", "rx_tz": 60,
        "struct": "html", "skin": "modern",
        "charset": "iso-8859-1", "hcte": "quoted-printable",
        "brand": "#004b47", "accent": "#00857c", "bg": "#eef3f2",
        "font": "Arial, sans-serif",
        "blocks": [
            ("pre", "2.10% AER fixed for two years, exclusively for current account customers."),
            ("logo", "Calder Valley Bank", site + "/images/email/cvb-logo.gif", site + "/"),
            ("p", "Dear Mr Okonkwo,"),
            ("p", "As a Calder Valley current account customer, you can now open our new **2 Year Fixed Rate Bond (Issue 7)**, paying **2.10% AER/gross p.a. fixed**. It's available only to existing customers, and only while this issue remains open."),
            ("kv", [("Interest rate", "2.10% AER / gross p.a. fixed"),
                    ("Term", "2 years from account opening"),
                    ("Minimum deposit", "\u00a32,000"),
                    ("Maximum deposit", "\u00a3250,000"),
                    ("Interest paid", "Annually, or monthly at 2.08% gross")]),
            ("btn", "Find out more and apply", site + "/savings/fixed-rate-bond"),
            ("p", "You can apply in Online Banking, by calling us on 0345 555 0176, or in any of our 31 branches. If you'd like to talk about whether a fixed rate is right for you, our branch staff are happy to help."),
            ("h2", "Things you should know"),
            ("bullets", ["No withdrawals or additional deposits are allowed during the fixed term.",
                         "At maturity we'll write to you with your options; if we don't hear from you, your money will move to an instant access account.",
                         "Gross is the contractual rate of interest payable before income tax at the basic rate. AER stands for Annual Equivalent Rate and illustrates what the rate would be if interest was paid and compounded once each year."]),
            ("p", "**Keeping you safe:** we will never email you asking for your password, passcode or card details, or ask you to click a link to log in. If you're not sure an email is from us, go to our website by typing the address in yourself."),
            ("note", "Eligible deposits with Calder Valley Bank plc are protected by the Financial Services Compensation Scheme, the UK's deposit guarantee scheme, up to \u00a385,000 per person. Issue 7 may be withdrawn at any time without notice. Calls may be recorded for training and monitoring purposes."),
            ("footer", ["You're receiving this email because you have agreed to receive product information from Calder Valley Bank. If you no longer wish to receive marketing emails, please [update your contact preferences](@@UNSUB@@).",
                        "Calder Valley Bank plc, Registered Office: Piece Hall Chambers, Halifax HX1 1RE. Registered in England No. 01827734. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 204411)."]),
        ],
    }


def b16():
    site = "https://www.kestrelbank.com"
    return {
        "desc": "Credit card monthly statement ready notice",
        "dt": (2018, 7, 5, 4, 48, 30), "tz": -300,
        "dom": "kestrelbank.com",
        "own": {"mta": "alerts-out3.kestrelbank.com", "ip": "192.0.2.141", "mid": "dotnet", "mid_host": "notify.kestrelbank.com",
                "hops": ["postfix_app"], "app": "ntfy-batch07.kestrelbank.com", "rp": "bounce-stmt@notify.kestrelbank.com", "tz": -300,
                "bstyle": "dotnet",
                "dkim": [("kestrelbank.com", "notify1", 2048, 2)],
                "dkim_h": ["From", "To", "Subject", "Date", "Message-ID", "Content-Type"],
                "extra": [("X-Kestrel-Notice-Type", "STMT_READY"), ("X-Auto-Response-Suppress", "All")],
                "order": ["DKIM", "MIME-Version", "From", "To", "Date", "Subject", "Content-Type", "Message-ID", "X*"]},
        "from": ("Kestrel Bank", "alerts@notify.kestrelbank.com"),
        "to": ("Sandra Whitfield", "swhitfield@cornbelt-mail.example"),
        "subject": "Your Kestrel Orbit Rewards Visa statement is ready",
        "esp": "own", "rx": "big", "rx_tz": -300, "rx_tzname": "CDT",
        "struct": "alt", "skin": "simple", "tstyle": "plain", "twidth": 70,
        "charset": "us-ascii", "tcte": "7bit", "hcte": "quoted-printable",
        "fmt": {"quote": False, "upper_cs": False},
        "brand": "#0a2240", "accent": "#0a6ebd", "bg": "#f4f6f8",
        "font": "Arial, Helvetica, sans-serif",
        "no_list_unsub": True, "pixel": False,
        "blocks": [
            ("logo", "Kestrel Bank", site + "/static/email/kestrel-logo.png", site + "/", 30),
            ("h1", "Your statement is ready"),
            ("p", "Hello Sandra,"),
            ("p", "Your statement for your Kestrel Orbit Rewards Visa Signature account ending in 4092 is now available in Online Banking."),
            ("kv", [("Statement closing date", "07/02/2018"),
                    ("Statement balance", "$1,284.16"),
                    ("Minimum payment due", "$35.00"),
                    ("Payment due date", "07/27/2018"),
                    ("Rewards points earned", "1,926")]),
            ("p", "To view your statement, sign in at kestrelbank.com or in the Kestrel Bank mobile app and select Statements & Documents."),
            ("note", "If you have already set up AutoPay or scheduled a payment, no action is needed. Paying only the minimum will increase the interest you pay and the time it takes to repay your balance."),
            ("note", "For your security, this email does not contain links that ask you to sign in. Please do not reply to this email; this mailbox is not monitored. Questions? Call the number on the back of your card."),
            ("footer", ["You are receiving this service message because you are enrolled in paperless statements for this account. Kestrel Bank, N.A., 250 Commerce Plaza, Omaha, NE 68102. Member FDIC.",
                        "Visa is a registered trademark of Visa International Service Association and used under license."]),
        ],
    }


def b17():
    site = "https://www.tidewave.co.nz"
    img = "https://www.tidewave.co.nz/edm/1509/"
    return {
        "desc": "Mobile operator plan upgrade customer offer",
        "dt": (2015, 9, 14, 17, 45, 0), "tz": 720,
        "dom": "tidewave.co.nz",
        "own": {"mta": "edm-mta1.tidewave.co.nz", "ip": "203.0.113.201", "mid": "hexdot", "mid_host": "edm.tidewave.co.nz",
                "hops": ["ecelerity"], "app": "edmgen04", "rp": "edm-bounce@edm.tidewave.co.nz", "tz": 720,
                "bstyle": "esp",
                "dkim": [("tidewave.co.nz", "edm", 1024, 1)], "dkim_q": True,
                "dkim_h": ["From", "To", "Subject", "Date", "Message-ID", "Reply-To", "List-Unsubscribe"],
                "extra": [("X-Campaign-Name", "1509_plan_upgrade_prepay2pay"), ("X-Tidewave-Segment", "PP_HIGHUSE_12M")],
                "track": ("redir", "clk.edm.tidewave.co.nz", {"c": "1509pu"}),
                "pixel": "https://clk.edm.tidewave.co.nz/o.gif?c=1509pu&r=8821307",
                "unsub": "https://clk.edm.tidewave.co.nz/unsub?c=1509pu&r=%TOK%",
                "unsub_mailto": "unsubscribe-%TOK%@edm.tidewave.co.nz",
                "order": ["DKIM", "Reply-To", "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "X*", "List-Unsubscribe"]},
        "from": ("Tidewave", "offers@edm.tidewave.co.nz"),
        "reply_to": ("Tidewave", "noreply@tidewave.co.nz"),
        "to": ("Aroha Parata", "aroha.parata@kowhai.example"),
        "subject": "Aroha, double your data on a Tidewave Pay Monthly plan",
        "esp": "own", "rx": "postfix", "rx_tz": 720,
        "struct": "alt", "skin": "mj", "tstyle": "angle", "twidth": 70,
        "charset": "utf-8", "tcte": "8bit", "hcte": "8bit",
        "brand": "#00394d", "accent": "#ff6a13", "bg": "#e6f2f5",
        "font": "Arial, sans-serif",
        "blocks": [
            ("pre", "You've used more than 2GB a month since March. Here's a plan that fits."),
            ("logo", "Tidewave", img + "tw-logo.png", site + "/"),
            ("hero", img + "double-data.jpg", "Double data on Pay Monthly", site + "/mobile/pay-monthly"),
            ("h1", "More data, less topping up"),
            ("p", "Kia ora Aroha, you've been topping up your Prepay number (021 555 0893) most weeks, and you've used more than 2GB of data a month since March. Switch to Pay Monthly before 30 September and we'll double the data on your plan for as long as you stay on it."),
            ("kv", [("$39/month", "Unlimited NZ talk & text, 3GB (usually 1.5GB)"),
                    ("$59/month", "Unlimited NZ & AU talk & text, 8GB (usually 4GB)"),
                    ("$79/month", "Unlimited talk & text, 16GB (usually 8GB) + Spotify Premium")]),
            ("btn", "Switch to Pay Monthly", site + "/mobile/pay-monthly?offer=DD1509"),
            ("p", "You keep your number, your SIM and any unused Prepay credit is moved across. It takes about five minutes online, or pop into any Tidewave store."),
            ("note", "Offer available to existing Tidewave Prepay customers who join an Open Term Pay Monthly plan by 30/09/2015. Double data applies while you remain on an eligible plan. Data rollover does not apply to bonus data. Fair use policy applies; see [tidewave.co.nz/terms](" + site + "/terms)."),
            ("footer", ["You are receiving this email because you're a Tidewave customer who has agreed to receive offers. [Unsubscribe](@@UNSUB@@)",
                        "Tidewave Communications Ltd, 20 Viaduct Harbour Ave, Auckland 1010, New Zealand."]),
        ],
    }


def b18():
    site = "https://www.wexboroughcourier.com"
    heads = [
        ("City council approves $48 million bond for Riverside water plant", "/news/local/2025/02/11/riverside-water-plant-bond-approved", "The 7-2 vote clears the way for construction to begin in spring 2026, but residents will see a $6 monthly increase on water bills starting in July."),
        ("Snow emergency declared; parking ban starts 8 p.m. tonight", "/news/local/2025/02/11/snow-emergency-parking-ban", "Forecasters expect 8 to 12 inches by Wednesday morning. Here's where to move your car and which schools have already closed."),
        ("After 61 years, Doyle's Hardware will close its Main Street store", "/business/2025/02/10/doyles-hardware-closing", "Owner Frank Doyle Jr. says rising rent and a lack of a successor made the decision for him. The closing sale begins Saturday."),
        ("Wexborough High's robotics team heads to state finals", "/news/education/2025/02/10/robotics-state-finals", "The Ironclads went undefeated at the regional qualifier with a robot built largely from recycled parts."),
        ("Opinion: The library's late-fee amnesty worked. Make it permanent.", "/opinion/editorials/2025/02/10/library-late-fees", "The Courier editorial board on why 1,400 returned books are a better result than $9,000 in fines."),
        ("Hornets fall 71-64 to Eastfield in overtime", "/sports/high-school/2025/02/11/hornets-eastfield-overtime", "Jaylen Brooks scored 26 but the Hornets went 2-for-11 from the line in the extra period."),
    ]
    blocks = [
        ("pre", "Council approves water bond \u00b7 Snow emergency tonight \u00b7 Doyle's Hardware closing"),
        ("logo", "The Wexborough Courier", site + "/static/email/courier-masthead.png", site + "/", 40),
        ("note", "Tuesday, February 11, 2025 \u00b7 Today's forecast: Snow developing this afternoon, high 29\u00b0F \u00b7 [Read in browser](@@WEB@@)"),
        ("h1", "Good morning, here's what you need to know"),
    ]
    for title, path, dek in heads:
        blocks.append(("h2", "[%s](%s)" % (title, site + path)))
        blocks.append(("p", dek))
    blocks += [
        ("hr",),
        ("h2", "Things to do this week"),
        ("bullets", ["**Wed:** Winter Farmers Market moves indoors to the Armory, 3\u20137 p.m.",
                     "**Thu:** \"Our Town\" opens at the Lyric Playhouse, through Feb. 23",
                     "**Sat:** Ice sculpture walk downtown, free, noon\u20135 p.m. (weather permitting)"]),
        ("h2", "Today's puzzles"),
        ("p", "The daily crossword, Sudoku and our new word game, Courier Letterbox, are waiting for you. [Play now](" + site + "/puzzles)."),
        ("note", "Subscriber perk: get 20% off a gift subscription for Valentine's Day with code LOVELOCAL through Feb. 14. [Give the Courier](" + site + "/subscribe/gift)."),
        ("footer", ["You are receiving The Morning Courier because you're a Wexborough Courier subscriber or signed up for our newsletters. [Manage newsletters](@@PREFS@@) \u00b7 [Unsubscribe](@@UNSUB@@)",
                    "The Wexborough Courier, 120 Federal Street, Wexborough, MA 01772 \u00b7 Customer service: 978-555-0133"]),
    ]
    return {
        "desc": "Local newspaper morning headlines digest newsletter",
        "dt": (2025, 2, 11, 6, 0, 2), "tz": -300,
        "dom": "wexboroughcourier.com",
        "own": {"mta": "nl-out1.wexboroughcourier.com", "ip": "198.51.100.172", "mid": "rails", "rails_host": "newsletters-worker-6f8c9",
                "hops": ["postfix_app"], "app": "newsletters-worker-6f8c9.k8s.wexboroughcourier.com", "rp": "nl-bounces@wexboroughcourier.com", "tz": 0,
                "bstyle": "rails",
                "dkim": [("wexboroughcourier.com", "nl2024", 2048, 0)],
                "dkim_h": ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "MIME-Version", "Content-Type"],
                "extra": [("List-Id", "The Morning Courier <morning.newsletters.wexboroughcourier.com>"), ("X-Newsletter", "morning")],
                "track": ("utm", None, {"utm": "utm_source=newsletter&utm_medium=email&utm_campaign=morning&utm_content=20250211"}),
                "pixel": "https://newsletters.wexboroughcourier.com/o/20250211/m/7d1f0e2a9b.gif",
                "unsub": "https://newsletters.wexboroughcourier.com/unsubscribe/morning?t=%TOK%", "tok_len": 40,
                "prefs": site + "/newsletters",
                "unsub_mailto": "unsubscribe-morning-%TOK%@newsletters.wexboroughcourier.com",
                "order": ["DKIM", "Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "X*", "List-Unsubscribe", "List-Unsubscribe-Post"]},
        "from": ("The Wexborough Courier", "morning@newsletters.wexboroughcourier.com"),
        "to": ("", "pat.obrien@quabbin-net.example"),
        "subject": "The Morning Courier: Water bond approved, snow emergency tonight",
        "esp": "own", "rx": "postfix", "lmtp": True, "rx_tz": -300,
        "struct": "alt", "skin": "simple", "tstyle": "plain", "twidth": 76,
        "charset": "utf-8", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#111111", "accent": "#8b0000", "bg": "#ffffff",
        "font": "Georgia, 'Times New Roman', serif",
        "blocks": blocks,
    }


def b19():
    text = """Dear Mrs Farrow,

Your subscription to FIELD & FEN is coming to an end.

According to our records, the December 2007 issue (No. 214) will be the
last one you receive unless you renew. We'd be very sorry to lose you -
you've been a reader since 2004 - so we'd like to make renewing as easy
(and as good value) as we can.

  RENEW TODAY AND SAVE 30%
  12 issues for just £29.40 (usual price £42.00)
  - that's £2.45 an issue, with free delivery to your door

  Or pay by Direct Debit: £7.35 every quarter

To renew, please visit:
  http://www.fieldandfen.co.uk/renew?ref=FF-88170-23

or call our subscriptions team on 01858 555 0214
(Mon-Fri 8am-8pm, Sat 9am-4pm) quoting reference FF-88170-23.

Coming up in the next few issues:

  * Winter on the Wash - counting 40,000 pink-footed geese at dawn
  * Hedgelaying: a beginner's day with the Midland style champion
  * The return of the crane to the Somerset Levels
  * Plus our annual reader photography competition - £500 in prizes

Every renewing subscriber also receives our 2008 wall calendar,
featuring twelve of the best images from this year's competition.

If you have already renewed, thank you, and please ignore this reminder.
If you don't wish to renew, you need do nothing; your subscription will
simply end after the December issue.

With best wishes,

Rosalind Achebe
Subscriptions Manager, Field & Fen

--------------------------------------------------------------------
Field & Fen is published by Marram Publishing Ltd, 9 Priory Wharf,
Ely, Cambridgeshire CB7 4BQ. Registered in England No. 3384102.
You have received this e-mail because you are a current subscriber.
If you'd rather we didn't contact you about renewals by e-mail, reply
with "no e-mail" in the subject line.
"""
    return {
        "desc": "Magazine subscription renewal reminder, plain text",
        "dt": (2007, 11, 6, 9, 12, 40), "tz": 0,
        "dom": "fieldandfen.co.uk",
        "own": {"mta": "mail.marrampublishing.co.uk", "helo": "mail.marrampublishing.co.uk", "ip": "192.0.2.190", "mid": "php", "mid_host": "www.fieldandfen.co.uk",
                "hops": ["qmail_uid"], "uid": 48, "rp": "subs@fieldandfen.co.uk", "tz": 0,
                "extra": [("X-Mailer", "PHPMailer [version 1.73]"), ("X-Priority", "3")],
                "order": ["Return-Path", "Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X*", "MIME-Version", "Content-Transfer-Encoding", "Content-Type"]},
        "from": ("Field & Fen Subscriptions", "subs@fieldandfen.co.uk"),
        "reply_to": ("", "subs@fieldandfen.co.uk"),
        "to": ("Mrs J Farrow", "jfarrow@saltmarsh.example"),
        "subject": "Your Field & Fen subscription - renew now and save 30%",
        "esp": "own", "rx": "sendmail", "rx_tz": 0,
        "struct": "plain", "charset": "iso-8859-1", "tcte": "quoted-printable",
        "fmt": {"quote": True},
        "no_list_unsub": True,
        "text": text,
    }


def b20():
    site = "http://www.riverbendwildlife.org"
    receipt = mk.fake_pdf(["Riverbend Wildlife Trust - Official donation receipt",
                           "Receipt no. RWT-2010-118204   Date: 14 December 2010",
                           "Donor: Mr Alan Pritchard   Amount: GBP 40.00 (single gift)",
                           "Gift Aid declaration: yes   Gift Aid claimable: GBP 11.28",
                           "Registered charity no. 1093385 (placeholder document)"])
    return {
        "desc": "Charity donation receipt PDF, winter appeal",
        "dt": (2010, 12, 14, 15, 22, 8), "tz": 0,
        "dom": "riverbendwildlife.org",
        "own": {"mta": "smtp.riverbendwildlife.org", "ip": "192.0.2.23", "mid": "dotted", "mid_host": "crm01.riverbendwildlife.org",
                "hops": ["postfix_app"], "app": "crm01.riverbendwildlife.local", "rp": "supporters@riverbendwildlife.org", "tz": 0,
                "bstyle": "oe",
                "dkim": [("riverbendwildlife.org", "rwt", 1024, 0)],
                "extra": [("X-Mailer", "DonorBase 4.2 (Email module)"), ("Organization", "Riverbend Wildlife Trust")],
                "track": ("oldredir", "www.riverbendwildlife.org", {"u": "118204", "c": "xmas10"}),
                "unsub": site + "/email-preferences.php?id=118204&k=%TOK%", "tok_len": 12,
                "lu_style": "url",
                "order": ["Message-ID", "From", "To", "Subject", "Date", "MIME-Version", "Content-Type", "X*", "List-Unsubscribe", "DKIM"]},
        "from": ("Riverbend Wildlife Trust", "supporters@riverbendwildlife.org"),
        "to": ("Alan Pritchard", "alan.pritchard@severnside.example"),
        "subject": "Thank you for your gift, Alan - your receipt is attached",
        "esp": "own", "rx": "qmail",
        "struct": "mixed_alt", "skin": "classic", "tstyle": "plain", "twidth": 72,
        "charset": "windows-1252", "tcte": "quoted-printable", "hcte": "quoted-printable",
        "brand": "#2f5d3a", "accent": "#a0522d", "bg": "#f3efe6",
        "font": "Georgia, 'Times New Roman', serif",
        "attachments": [{"name": "RWT-receipt-118204.pdf", "type": "application/pdf", "data": receipt, "desc": "Donation receipt"}],
        "blocks": [
            ("logo", "Riverbend Wildlife Trust", site + "/images/email/rwt-header.jpg", site + "/", 100),
            ("p", "Dear Alan,"),
            ("p", "Thank you so much for your donation of **\u00a340.00**, which we received on 13 December 2010. Your official receipt is attached to this email, and because you ticked the Gift Aid box, we can claim an extra \u00a311.28 from HMRC at no cost to you."),
            ("p", "Your gift is already at work. This winter our volunteers are clearing willow scrub from the reedbeds at Hallow Meadows so that bitterns have open water to fish in, and putting up 60 new nest boxes for barn owls along the river corridor."),
            ("h2", "Could you help us reach \u00a325,000 for the Winter Appeal?"),
            ("p", "The cold snap has already frozen the scrapes at Upton Marsh twice this month. Just \u00a315 buys a bag of seed to keep our feeding stations stocked through January; \u00a350 pays for a volunteer work party for a whole day. We're at \u00a317,320 so far."),
            ("btn", "Give to the Winter Appeal", site + "/donate/winter-appeal"),
            ("p", "If you'd rather give your time, we're always looking for people to help with weekend work parties, bird counts and our Saturday visitor centre. [See volunteering opportunities](" + site + "/volunteer)."),
            ("p", "With warmest thanks and best wishes for Christmas,\nHelen Marchetti\nSupporter Care Manager"),
            ("footer", ["Riverbend Wildlife Trust, The Old Boathouse, Severn Road, Worcester WR1 3EB. Tel 01905 555 0120. Registered charity no. 1093385. Company limited by guarantee no. 4417902.",
                        "We'll only contact you in the ways you've told us you're happy with. To change how we keep in touch or to stop receiving emails from us, [update your preferences](@@UNSUB@@) or call us."]),
        ],
    }


MESSAGES = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10,
            b11, b12, b13, b14, b15, b16, b17, b18, b19, b20]
