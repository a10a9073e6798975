"""l49-l60: German, French, Spanish, Italian, Dutch, Russian (KOI8-R), Chinese (GB2312), Vietnamese (UTF-8),
Turkish, Portuguese, Polish and Japanese (ISO-2022-JP) wanted mail of 2003-2012."""
from kit import *

M(lang="de", kind="opt-in newsletter: bookshop's monthly picks", date=(2003, 6, 2, 8, 15, 0), zone="CET",
  frm=("Buchhandlung Lindenhof", "post@buchhandlung-lindenhof.example"), rcpt=VOGEL, client="app:", cs="iso-8859-1", cte="quoted-printable",
  subj="Lindenhof-Lesetipps im Juni: Sommerbücher und 10 % für Kundenkarten-Inhaber",
  body="""Liebe Frau Vogel,

der Sommer ist da, und mit ihm die Frage, welche Bücher mit in den Urlaub
dürfen. Wir haben im Team gelesen und gestritten - hier sind unsere
Empfehlungen für den Juni.

Roman: "Die Schwestern vom Hafenamt" erzählt von drei Frauen, die 1962 in
Bremerhaven eine Spedition übernehmen. Warmherzig, aber nie kitschig.
Empfohlen von Frau Albers.

Sachbuch: "Das Gedächtnis der Wälder" erklärt, wie Bäume auf Trockenheit
reagieren und was das für unsere Stadtparks bedeutet. Herr Kühne hat es
an einem Wochenende durchgelesen.

Für Kinder ab 8: "Ole und der verschwundene Leuchtturm", ein Abenteuer an
der Nordsee mit wunderbaren Zeichnungen.

Vom 14. bis 21. Juni erhalten alle Inhaber unserer Kundenkarte 10 %
Rabatt auf Taschenbücher und Reiseführer. Bestellungen, die bis 18 Uhr
eingehen, liegen am nächsten Vormittag für Sie bereit.

Lesung: Am Donnerstag, 26. Juni, um 20 Uhr liest Marion Held aus ihrem
neuen Erzählband. Eintritt 6 Euro, Karten an der Kasse.

Sie erhalten diesen Brief, weil Sie sich in unsere Kundenliste
eingetragen haben. Eine kurze Antwort genügt, und wir streichen Sie.

Herzliche Grüße aus dem Lindenhof
Ihr Team der Buchhandlung Lindenhof, Kirchgasse 4
""")

M(lang="fr", kind="mailing-list announcement: conference call for papers", date=(2004, 9, 14, 10, 42, 31), zone="CET",
  frm=("Hélène Garnier", "helene.garnier@univ-valmont.example"), rcpt=MERCIER, client="thunderbird", cs="iso-8859-1", cte="quoted-printable",
  lst={"sw": "mailman", "name": "ling-annonces", "host": "listes.linguistique-fr.test", "desc": "Annonces de colloques en linguistique", "title": "Ling-annonces", "ver": "2.1.5"},
  subj="Appel à communications : Journées de phonologie de Valmont, 10-11 mars 2005",
  body="""Bonjour à toutes et à tous,

Nous avons le plaisir de vous annoncer les septièmes Journées de
phonologie de Valmont, qui se tiendront les 10 et 11 mars 2005 à
l'Université de Valmont.

Le thème retenu cette année est « La syllabe en contact : emprunts,
adaptations et variations ». Nous accueillerons volontiers des
propositions portant sur l'adaptation phonologique des emprunts, sur les
contacts entre langues régionales et français, ou sur la variation dans
les parlers urbains. Les travaux fondés sur des corpus oraux sont
particulièrement bienvenus.

Les propositions (une page, références comprises) sont à envoyer avant le
15 novembre 2004, au format PDF ou RTF. Le comité scientifique rendra
ses avis fin décembre. Les communications dureront vingt minutes, suivies
de dix minutes de discussion.

Les frais d'inscription s'élèvent à 40 euros (20 euros pour les
doctorants) et comprennent les déjeuners. Quelques aides au déplacement
sont prévues pour les doctorants.

Pour tout renseignement, écrivez à l'adresse ci-dessus.

Bien cordialement,
Hélène Garnier, pour le comité d'organisation
""")

M(lang="es", kind="travel agent's itinerary and offer the customer asked for", date=(2005, 12, 12, 17, 5, 29), zone="CET",
  frm=("Marta Esteve", "marta@viajes-albufera.example"), rcpt=FERRER, client="outlook", cs="iso-8859-1", cte="quoted-printable",
  subj="RE: Presupuesto viaje a Marruecos - Semana Santa 2006",
  body="""Hola Lucía:

Como hablamos por teléfono, te envío el presupuesto para el viaje a
Marruecos en Semana Santa para dos adultos y dos niños.

Salida: sábado 8 de abril, vuelo Valencia - Marrakech a las 10:40.
Regreso: domingo 16 de abril, Marrakech - Valencia a las 18:15.

Noches 1-3: riad en la medina de Marrakech, habitación familiar con
desayuno.
Noches 4-5: excursión en 4x4 hasta el desierto de Merzouga, con una noche
en jaima y paseo en camello al atardecer.
Noches 6-8: hotel en Essaouira junto a la playa, media pensión.

Precio total: 3.860 euros para los cuatro, con tasas incluidas. Los
niños menores de 12 años tienen un 25 % de descuento, que ya está
aplicado. El seguro de viaje con cancelación cuesta 96 euros más.

Las plazas de avión están retenidas hasta el viernes 16. Para
confirmar necesito una señal de 800 euros por transferencia y las
copias de los pasaportes. El resto se paga 30 días antes de la salida.

Cualquier cambio me lo dices sin problema.

Un saludo,
Marta Esteve
Viajes Albufera, C/ de la Reina 21, Valencia
""")

M(lang="it", kind="supplier's quotation answering a request for quote", date=(2006, 9, 5, 11, 20, 7), zone="CET",
  frm=("Giulia Ferraro", "g.ferraro@tipografia-ferraro.example"), rcpt=BELLINI, client="thunderbird", cs="iso-8859-1", cte="8bit",
  subj="Preventivo n. 214/06 - stampa cataloghi per la vostra fiera",
  body="""Gentile sig. Bellini,

la ringrazio per la richiesta di preventivo. Come concordato al telefono,
le invio le nostre condizioni per la stampa del catalogo della fiera.

Catalogo formato A4, 48 pagine più copertina, stampa a quattro colori su
carta patinata opaca da 130 g, copertina da 300 g con plastificazione
lucida, rilegatura a punto metallico.

  1.000 copie: 2.340,00 euro
  2.000 copie: 3.180,00 euro
  3.000 copie: 3.890,00 euro

I prezzi si intendono IVA esclusa, con consegna gratuita presso la vostra
sede di Bergamo. I tempi di stampa sono di sette giorni lavorativi dalla
approvazione delle bozze, quindi per la fiera del 12 ottobre dovremmo
ricevere i file definitivi entro il 25 settembre.

Se preferite, possiamo fornire anche 200 copie su carta riciclata per lo
stand, allo stesso prezzo unitario. Il pagamento è a 60 giorni data
fattura, come per gli ordini precedenti.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Giulia Ferraro
Tipografia Ferraro s.n.c., Treviglio
""")

M(lang="nl", kind="club newsletter with a donation request", date=(2007, 6, 18, 20, 40, 55), zone="CET",
  frm=("Roeivereniging De Spaarne", "secretariaat@rv-despaarne.example"), rcpt=DEWIT, client="eudora", cs="iso-8859-1", cte="quoted-printable",
  subj="Nieuwsbrief juni: clubkampioenschappen, zomerrooster en actie nieuwe boot",
  body="""Beste leden,

De zomer is begonnen en het water is eindelijk warm genoeg voor de
jeugd. Hier het laatste nieuws van de vereniging.

Clubkampioenschappen. Op zaterdag 30 juni roeien we de jaarlijkse
clubkampioenschappen over 1000 meter. Inschrijven kan tot en met 25 juni
op het formulier in de kantine. Na afloop is er een barbecue, 7,50 euro
per persoon.

Zomerrooster. In juli en augustus is de loods op werkdagen open van 7.00
tot 21.00 uur. Wie in de vakantie wil roeien, graag even in het
afschrijfboek kijken; de C4 is van 9 tot 20 juli in onderhoud.

Actie nieuwe boot. Onze oude wedstrijdvier is na 22 jaar echt op. Een
nieuwe kost ongeveer 18.000 euro, en de gemeente en de sponsorcommissie
betalen samen de helft. Voor de rest vragen we de leden om een
vrijwillige bijdrage. Elk bedrag is welkom; wie 100 euro of meer geeft,
komt met naam op het bord in de loods. Overmaken kan naar de rekening van
de vereniging onder vermelding van "nieuwe vier".

Tot op het water!
Het bestuur
""")

M(lang="ru", kind="mailing-list post: job opening on a professional list", date=(2008, 3, 26, 13, 14, 2), zone="MSK",
  frm=("Анна Белова", "belova@inst-geofiz.example"), rcpt=ORLOV, client="thunderbird", cs="koi8-r", cte="8bit",
  lst={"sw": "listserv", "name": "geophys-ru", "host": "listserv.geonet-ru.test", "desc": "Russian geophysics community"},
  subj="Вакансия: научный сотрудник, лаборатория сейсмологии (Новосибирск)",
  body="""Уважаемые коллеги!

Лаборатория сейсмологии нашего института объявляет конкурс на должность
научного сотрудника. Работа связана с обработкой данных региональной сети
сейсмических станций и с моделированием строения земной коры Алтае-Саянского
региона.

Требования: кандидатская степень по геофизике или смежной специальности,
опыт работы с сейсмическими данными, знание одного из языков
программирования (Фортран, Си или Python), умение читать и писать статьи
на английском языке.

Мы предлагаем оклад по сетке института плюс надбавки по грантам, участие
в полевых работах летом, возможность поездок на международные
конференции. Иногородним кандидатам на первое время предоставляется
комната в гостинице института.

Документы (резюме, список публикаций и два отзыва) принимаются до
30 апреля. Присылайте их мне лично, а не в рассылку. С удовольствием
отвечу на вопросы по телефону.

С уважением,
Анна Белова, заведующая лабораторией сейсмологии
""")

M(lang="zh", kind="alumni association's donation appeal", date=(2009, 5, 20, 9, 30, 0), zone="UTC",
  frm=("清源大学北美校友会", "alumni@qingyuan-alumni.example"), rcpt=ZHOU, client="app:", cs="gb2312", cte="base64",
  subj="清源大学百年校庆：邀请您支持“校友助学金”",
  body="""周文杰校友：

您好！

明年十月，母校清源大学将迎来建校一百周年。北美校友会正在筹备校庆活动，
同时发起“百年校庆校友助学金”募捐，希望为家庭经济困难的在校学生提供帮助。

去年，母校有三百多名学生因家庭困难申请助学金，但学校的资金只够资助其中
一半。助学金每份每年三千元人民币，可以帮助一名学生支付一年的住宿费和部分
生活费。校友会计划在校庆前筹集一百份助学金。

捐款金额不限，每一份心意都很重要。捐款可以通过支票邮寄到校友会，也可以
在校友会网站上办理。所有捐款都会开具收据，并可按美国税法抵扣。捐款人名单
将刊登在校庆纪念册上（如您不希望公开姓名，请告知我们）。

另外，校友会将于六月十三日在波士顿举办春季聚会，欢迎您和家人参加。

感谢您一直以来对母校和校友会的关心与支持！

清源大学北美校友会 理事会
""")

M(lang="vi", kind="order confirmation from a small online shop", date=(2010, 7, 14, 20, 55, 33), zone="UK",
  frm=("Tiệm Trà Hoa Sen", "donhang@tiemtrahoasen.example"), rcpt=LAN, client="app:", cs="utf-8", cte="quoted-printable",
  subj="Xác nhận đơn hàng số HS-2087 - Tiệm Trà Hoa Sen",
  body="""Chào chị Lan,

Cảm ơn chị đã đặt hàng tại Tiệm Trà Hoa Sen. Chúng tôi là một cửa hàng
nhỏ ở London, chuyên bán trà và đồ khô nhập từ Việt Nam. Đơn hàng của chị
như sau:

  2 gói trà sen Tây Hồ, 100g ............ 14,00 bảng
  1 gói trà Thái Nguyên, 200g ............ 6,50 bảng
  1 hộp mứt gừng, 250g ................... 4,20 bảng
  Phí gửi hàng (Royal Mail) .............. 3,10 bảng
  Tổng cộng ............................. 27,80 bảng

Chị đã thanh toán bằng thẻ. Hàng sẽ được gửi đi trong vòng hai ngày làm
việc, và thường đến nơi sau một đến hai ngày nữa.

Vì đây là lần thứ ba chị mua hàng của chúng tôi, chúng tôi tặng kèm một
gói bánh đậu xanh Hải Dương nhỏ. Mong chị thích!

Nếu có gì sai sót trong đơn hàng, chị cứ trả lời thư này hoặc gọi cho
chúng tôi theo số 020 7946 0514.

Trân trọng,
Hồng và Minh, Tiệm Trà Hoa Sen
""")

M(lang="tr", kind="vendor's price list sent to an existing customer", date=(2011, 1, 11, 10, 2, 45), zone="CT",
  frm=("Serkan Yılmaz", "serkan.yilmaz@anadolu-vana.example"), rcpt=DEMIR, client="outlook", cs="iso-8859-9", cte="quoted-printable",
  subj="2011 fiyat listesi - Brightwater için özel iskontolu fiyatlar",
  body="""Sayın Ayşe Hanım,

Yeni yılınızı kutlar, sağlıklı ve başarılı bir yıl dileriz. Firmanız için
geçerli olan 2011 yılı fiyat listemizi aşağıda bilgilerinize sunarız.
Fiyatlar ABD doları cinsindendir ve yüzde 15 müşteri iskontonuz
uygulanmıştır.

  Küresel vana, 2 inç, 300 psi ........... 186,00
  Küresel vana, 4 inç, 300 psi ........... 412,00
  Çek valf, 2 inç ........................  94,50
  Basınç göstergesi, 0-600 psi ...........  38,20
  Conta takımı, 4 inç ....................  21,75

Çelik fiyatlarındaki artış nedeniyle vanalarda ortalama yüzde 6 zam
yapılmıştır; göstergeler ve conta takımlarının fiyatı değişmemiştir.
Ocak ayı sonuna kadar verilen siparişlerde eski fiyatlar geçerli
olacaktır.

Teslimat İzmir deposundan, Houston'a deniz yoluyla yaklaşık beş hafta
sürmektedir. Acil siparişlerde hava kargo seçeneği de mevcuttur.

Herhangi bir sorunuz olursa lütfen benimle iletişime geçiniz.

Saygılarımla,
Serkan Yılmaz
İhracat Satış Müdürü, Anadolu Vana San. ve Tic. A.Ş.
""")

M(lang="pt", kind="bank's plain-text statement notice", date=(2011, 10, 4, 7, 0, 18), zone="UK",
  frm=("Banco Ribeira", "extratos@bancoribeira.example"), rcpt=SOUSA, client="app:", cs="iso-8859-1", cte="quoted-printable",
  subj="O seu extrato mensal de setembro já está disponível",
  body="""Exma. Senhora Ana Sousa,

Informamos que o extrato da sua conta à ordem referente ao mês de
setembro de 2011 já se encontra disponível no serviço de banca online.
Por razões de segurança, esta mensagem não contém saldos nem números de
conta.

Aproveitamos para lembrar que, a partir de 1 de novembro, a comissão de
manutenção da Conta Ordenado deixa de ser cobrada aos clientes com
domiciliação de vencimento. Se ainda não domiciliou o seu ordenado, pode
fazê-lo em qualquer balcão ou através da banca online.

Nesta altura do ano, muitos clientes aproveitam para rever os seus
seguros. O nosso seguro multirriscos habitação tem um desconto de 15 %
no primeiro ano para clientes com crédito à habitação noutro banco.
Informe-se junto do seu gestor.

Para consultar o extrato, escreva o endereço do banco diretamente no seu
navegador e entre com os seus dados habituais. O Banco Ribeira nunca lhe
pedirá códigos de acesso por correio eletrónico ou telefone.

Com os melhores cumprimentos,
Banco Ribeira - Apoio ao Cliente
Esta mensagem foi enviada automaticamente; por favor não responda.
""")

M(lang="pl", kind="mailing-list announcement: user group meetup", date=(2012, 2, 7, 19, 25, 36), zone="CET",
  frm=("Michał Zieliński", "michal@zielinski-it.example"), rcpt=NOWAK, client="thunderbird", cs="iso-8859-2", cte="quoted-printable",
  lst={"sw": "mailman", "name": "krakow-jug", "host": "lists.krakow-jug.test", "desc": "Krakow Java User Group", "title": "krakow-jug", "ver": "2.1.13"},
  subj="[krakow-jug] Spotkanie 23 lutego: Java 7 w praktyce + pizza",
  body="""Cześć wszystkim,

zapraszamy na lutowe spotkanie Krakowskiej Grupy Użytkowników Javy,
które odbędzie się w czwartek 23 lutego o godzinie 18:30 w sali 1.12
na Wydziale Informatyki, tak jak zwykle.

W programie dwie prezentacje. Najpierw Kasia Wróbel opowie, co w jej
zespole zmieniło przejście na Javę 7: try-with-resources, nowe API do
plików i fork/join, a także kilka pułapek, na które się natknęli. Potem
Tomek Lis pokaże, jak w godzinę postawić prosty serwis REST i jak go
sensownie przetestować.

Sponsor spotkania zapewnia pizzę i napoje, więc prosimy o rejestrację
na stronie grupy do wtorku, żebyśmy zamówili odpowiednią ilość. Wstęp
jest jak zawsze bezpłatny.

Szukamy też prelegentów na marzec i kwiecień. Jeśli chcesz opowiedzieć o
czymś ciekawym ze swojej pracy, napisz do mnie prywatnie.

Do zobaczenia,
Michał
""")

M(lang="ja", kind="opt-in newsletter: software vendor's release notes", date=(2012, 9, 10, 10, 0, 0), zone="JST",
  frm=("ミナト・ソフト", "news@minato-soft.example"), rcpt=SATO, client="app:", cs="iso-2022-jp", cte="7bit",
  subj="【ユーザー登録者向け】DataNote 5.0 リリースのお知らせ",
  body="""佐藤 健二 様

いつも DataNote をご利用いただき、ありがとうございます。
ユーザー登録の際に「新バージョンのお知らせ」を希望された方に
お送りしています。

本日、DataNote 5.0 を公開いたしました。主な変更点は次のとおりです。

・大きな表（百万行以上）の読み込みと並べ替えが約三倍速くなりました。
・グラフを PDF や SVG で保存する際、文字を図形ではなく文字のまま
　保存するようになりました。論文の投稿に便利です。
・Windows 7 と Mac OS X 10.8 に正式に対応しました。
・バージョン 4 で報告されていた不具合を四十件以上修正しました。

バージョン 4 の正規ユーザーの方は、年末まで無償でアップグレード
いただけます。お手持ちのライセンスキーはそのままお使いください。
アカデミック版のサイトライセンスは年額 58,000 円（税別）です。

今後このお知らせが不要な場合は、本メールに「配信停止」とご返信
ください。

株式会社ミナト・ソフト（架空の会社です）
""")
