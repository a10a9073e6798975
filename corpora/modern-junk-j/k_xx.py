"""Messages k49-k60 in Russian, German, Chinese, French, Spanish, Italian, Dutch, Turkish, Vietnamese,
Portuguese, Polish and Romanian (2002-2009)."""
from mlib import spec, cjkwrap

spec(49, 'spam', 'ru', 'семинар по налогообложению (tax seminar promotion)', sent='2002-11-19 13:42:17', soff='+0300',
     org='A', rcpt='intl.office@northfield.edu.example', frm=('Учебный центр', 'seminar{r}@biznes-kursy.example'),
     subj='Семинар: налоговое планирование 2003', subj_cs='koi8-r', style='bat', cs='koi8-r', cte='8bit', body='''
Уважаемые коллеги!

Учебный центр "Деловая перспектива" приглашает главных бухгалтеров, финансовых директоров и руководителей предприятий на практический семинар "Налоговое планирование в 2003 году: что изменится и как к этому подготовиться".

На семинаре будут рассмотрены изменения в главе 25 Налогового кодекса, упрощённая система налогообложения для малого бизнеса, порядок учёта расходов на рекламу и командировки, а также типичные ошибки, которые чаще всего находят налоговые инспекторы при выездных проверках.

Ведущий семинара - практикующий налоговый консультант с пятнадцатилетним опытом работы, автор нескольких книг по бухгалтерскому учёту. Каждый участник получит раздаточные материалы, сборник нормативных документов на дискете и сертификат об участии.

Дата проведения: 5-6 декабря, с 10:00 до 17:00. Стоимость участия: 4900 рублей, включая обеды и кофе-брейки. Для постоянных клиентов скидка 10%.

Количество мест ограничено. Заявки принимаются по телефону (095) 555-01-47 или ответом на это письмо с указанием названия организации и количества участников.

Если вы не желаете получать наши информационные письма, сообщите нам об этом, и мы удалим ваш адрес из рассылки.
''')

spec(50, 'phish', 'de', 'Kontoverifizierung einer erfundenen Bank (Lindenauer Kreditbank)', sent='2003-06-03 08:17:39', soff='+0200',
     org='B', rcpt='k.brandt@kestrel-eng.example', frm=('Lindenauer Kreditbank', 'sicherheit@lindenauer-kreditbank.example'),
     subj='Sicherheitsüberprüfung Ihres Online-Kontos', subj_cs='iso-8859-1', subj_enc='Q', style='oe',
     cs='iso-8859-1', cte='quoted-printable', body='''
Sehr geehrte Kundin, sehr geehrter Kunde,

im Rahmen unserer regelmäßigen Sicherheitsmaßnahmen überprüfen wir derzeit alle Zugänge zum Online-Banking der Lindenauer Kreditbank. Bei Ihrem Konto konnten wir die hinterlegten Daten leider nicht vollständig bestätigen.

Um Missbrauch zu verhindern, wurde Ihr Zugang vorübergehend eingeschränkt. Überweisungen und Daueraufträge können bis zur Bestätigung Ihrer Daten nicht ausgeführt werden.

Bitte bestätigen Sie Ihre Angaben über unser gesichertes Formular:

http://lindenauer-kreditbank.example.konto-pruefung.test/banking/login.html

Halten Sie dafür bitte Ihre Kontonummer, Ihre PIN sowie drei unbenutzte TAN aus Ihrer aktuellen TAN-Liste bereit. Die Überprüfung dauert nur wenige Minuten.

Sollten Sie Ihre Daten nicht innerhalb von fünf Werktagen bestätigen, wird Ihr Online-Zugang aus Sicherheitsgründen gesperrt. Eine Freischaltung ist dann nur noch persönlich in Ihrer Filiale möglich.

Wir danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Ihre Lindenauer Kreditbank
Abteilung Kundensicherheit

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
''')

ZH51 = '\n\n'.join(cjkwrap(p) for p in '''各位老板好：

您还在为找不到客户而发愁吗？您的产品还在等客户上门吗？现在只要一台电脑，就能把您的产品信息发送到全国几百万家企业的邮箱里！

本公司最新推出二零零四年版企业邮件地址库光盘，共收录国内外有效邮件地址一千二百万个，按省份、城市和行业分类，包括机械、化工、电子、服装、建材、外贸等五十多个行业，全部经过验证，重复和无效地址已经删除。

同时赠送群发软件一套，无需服务器，普通宽带每小时可发送五万封以上，支持自动更换发件人和主题，不容易被拦截。

光盘加软件原价九百八十元，现在特价三百八十元，全国货到付款，免费技术支持一年。

有意者请回复本邮件，或直接来电咨询：零二零－五五五零－八八一二，联系人：陈先生。

如有打扰，敬请原谅。'''.split('\n\n'))

spec(51, 'spam', 'zh', '邮件地址库光盘和群发软件 (e-mail address CD and bulk-mail software)', sent='2004-04-06 10:25:51', soff='+0800',
     org='G', rcpt='sales@huaxing-jixie.example', frm=('陈先生', 'chen{r}@yeahmail.example'),
     subj='企业邮件地址库 群发软件 特价', subj_cs='gb2312', style='free', svc='yeahmail', cs='gb2312', cte='8bit', w=0,
     body=ZH51)

spec(52, 'spam', 'fr', 'prospection: référencement de site web (SEO cold pitch)', sent='2004-10-12 09:41:26', soff='+0200',
     org='H', rcpt='contacto@ribera-consultores.example', frm=('Julien Marceau', 'j.marceau@referencement-plus.example'),
     subj='Votre site en première page des moteurs de recherche', subj_cs='iso-8859-1', subj_enc='Q', style='oe',
     cs='iso-8859-1', cte='8bit', body='''
Madame, Monsieur,

Saviez-vous que plus de 80% des internautes trouvent un site en passant par un moteur de recherche, et que très peu d'entre eux vont au-delà de la première page de résultats ? Si votre site n'y figure pas, vos clients potentiels s'adressent tout simplement à vos concurrents.

Depuis 1999, Référencement Plus aide les PME françaises, belges, suisses et espagnoles à gagner en visibilité sur Internet. Notre équipe analyse votre site, choisit avec vous les mots-clés qui correspondent à votre activité, optimise vos pages et inscrit votre site dans plus de 300 annuaires et moteurs, en français comme en espagnol.

Nous vous garantissons un positionnement dans les dix premiers résultats sur au moins cinq de vos mots-clés en moins de trois mois. Dans le cas contraire, nous vous remboursons intégralement.

Offre de lancement : audit complet de votre site offert pour toute commande passée avant le 31 octobre. Forfaits à partir de 290 euros HT.

Pour recevoir votre audit gratuit, répondez simplement à ce message en indiquant l'adresse de votre site, ou appelez-nous au 01 55 50 12 34.

Bien cordialement,
Julien Marceau
Chargé de clientèle, Référencement Plus

Conformément à la loi Informatique et Libertés, vous pouvez demander à ne plus recevoir nos messages en répondant avec la mention STOP.
''')

spec(53, 'phish', 'es', 'premio de lotería internacional (lottery win notice)', sent='2005-06-22 11:58:04', soff='+0200',
     org='H', rcpt='administracion@ribera-consultores.example', frm=('Loteria Internacional del Sol', 'premios.lis@correo-sol.example'),
     subj='NOTIFICACION OFICIAL DE PREMIO', style='free', svc='correo-sol', to='destinatarios-no-revelados:;',
     cs='iso-8859-1', cte='quoted-printable', body='''
LOTERÍA INTERNACIONAL DEL SOL
Departamento de Premios - Madrid

Referencia: LIS/2005/0617/ES   Lote: 44/019/LS

Nos complace comunicarle que su dirección de correo electrónico ha resultado ganadora en el sorteo internacional celebrado el día 17 de junio de 2005. Su dirección estaba asociada al boleto número 17-2290-441, que obtuvo los números 4-11-19-27-38-42 en la segunda categoría.

Le corresponde un premio en metálico de 615.000 euros (seiscientos quince mil euros), resultado de un bote total de 12.300.000 euros repartido entre los veinte ganadores de esta categoría. Los participantes fueron seleccionados por un sistema informático entre más de cuarenta millones de direcciones de correo de todo el mundo.

Para iniciar el cobro de su premio, póngase en contacto con nuestro agente fiduciario, el señor Rafael Montoya Cabrera, enviando los siguientes datos: nombre completo, dirección, nacionalidad, edad, profesión, número de teléfono, nombre del banco y número de cuenta, y una copia de su pasaporte o documento de identidad.

Agente fiduciario: Sr. Rafael Montoya Cabrera, correo rmontoya.agente@correo-sol.example, teléfono +34 655 501 233.

Por razones de seguridad le rogamos que mantenga esta notificación en secreto hasta que su premio haya sido abonado.

Enhorabuena.
Dña. Carmen Villalba Ortiz, Coordinadora de Premios
''')

spec(54, 'spam', 'it', 'prestiti e consolidamento debiti (loan and debt consolidation)', sent='2006-02-14 15:07:33', soff='+0100',
     org='H', rcpt='info@ribera-consultores.example', frm=('Finanza Facile', 'prestiti@finanzafacile-italia.example'),
     subj='Prestiti fino a 50.000 euro anche a protestati', style='php', cs='iso-8859-1', cte='8bit', mime='ct', body='''
Gentile cliente,

hai bisogno di liquidità per un progetto, per l'acquisto di un'auto o semplicemente per arrivare a fine mese? Hai troppe rate da pagare e non riesci più a stare dietro a tutte le scadenze?

Finanza Facile ti offre prestiti personali da 3.000 a 50.000 euro, con rimborso fino a 120 mesi e una rata su misura per il tuo bilancio familiare. Con il nostro servizio di consolidamento puoi riunire tutti i tuoi finanziamenti in un'unica rata mensile, più bassa di quanto paghi oggi.

Il prestito è disponibile per lavoratori dipendenti, pensionati e lavoratori autonomi, anche con cessione del quinto, anche se sei stato segnalato come cattivo pagatore o protestato. La risposta arriva in 24 ore e l'erogazione avviene in pochi giorni, senza spese di istruttoria.

Per ricevere un preventivo gratuito e senza impegno rispondi a questa email indicando il tuo nome, il numero di telefono, la cifra che ti serve e il tipo di impiego, oppure chiama il numero verde 800 555 019.

Finanza Facile - Mediazione creditizia. Messaggio pubblicitario. Se non desideri ricevere altre comunicazioni scrivi CANCELLA nell'oggetto.
''')

spec(55, 'spam', 'nl', 'beurstip voor een aandeel (pump-and-dump)', sent='2006-10-03 07:21:48', soff='+0200',
     org='B', rcpt='r.vandijk@kestrel-eng.example', frm=('Beurs Signaal', 'redactie@beurs-signaal.example'),
     subj='Beurs Signaal: koopadvies voor deze week', style='oe',
     list=dict(name='beleggers', host='lijst.beurs-signaal.example', mgr='mailman', title='Beurs Signaal nieuwsbrief'), body='''
BEURS SIGNAAL - koopadvies

Beste belegger,

Deze week richten wij onze aandacht op een klein bedrijf dat volgens ons op het punt staat door te breken: NordSea Wind Technologies, genoteerd in de Verenigde Staten onder het symbool NSWT.

Het bedrijf ontwikkelt kleine windturbines voor boerderijen en bedrijventerreinen en heeft, zo hebben wij vernomen, vergevorderde gesprekken met een grote Europese energieleverancier over een proefproject van veertig turbines. Een dergelijke order zou meer opleveren dan de totale beurswaarde van het bedrijf op dit moment.

Het aandeel noteert rond de 0,28 dollar, met een handelsvolume dat de afgelopen dagen al sterk is toegenomen. Ons koersdoel voor de komende drie maanden is 1,40 dollar.

Wie nu instapt, zit erbij voordat het grote publiek het nieuws leest. Wacht niet te lang: kansen als deze blijven niet lang onopgemerkt.

Let op: Beurs Signaal heeft een vergoeding ontvangen van een derde partij voor de verspreiding van deze nieuwsbrief. Beleggen in kleine fondsen brengt grote risico's met zich mee. Doe altijd uw eigen onderzoek.
''')

spec(56, 'spam', 'tr', 'web tasarım ve hosting teklifi (web design cold pitch)', sent='2007-04-17 10:36:55', soff='+0300',
     org='E', rcpt='intl@wexley.ac.test', frm=('Mert Aydın', 'mert.aydin@nettasarim-ajans.example'),
     subj='Kurumsal web sitesi ve hosting kampanyası', subj_cs='iso-8859-9', subj_enc='Q', style='bat',
     cs='iso-8859-9', cte='quoted-printable', body='''
Sayın Yetkili,

Firmanızın internetteki yüzü olan web siteniz, müşterilerinizin sizin hakkınızda edindiği ilk izlenimdir. Eski, yavaş veya güncellenmeyen bir site, potansiyel müşterilerinizi rakiplerinize yönlendirir.

Net Tasarım Ajans olarak 2001 yılından beri İstanbul, Ankara ve İzmir'de 600'den fazla firmaya kurumsal web sitesi, e-ticaret sitesi ve yönetim paneli hazırladık. Tüm sitelerimiz arama motorlarına uyumlu olarak kodlanmakta, Türkçe ve İngilizce dil seçenekleriyle teslim edilmektedir.

Nisan ayına özel kampanyamızda kurumsal web sitesi, bir yıllık hosting, alan adı kaydı ve on adet kurumsal e-posta adresi sadece 750 YTL + KDV. Ödemeyi üç taksitte yapabilirsiniz.

Ayrıca yeni müşterilerimize logo tasarımını ücretsiz olarak sunuyoruz. Kampanya 30 Nisan tarihine kadar geçerlidir.

Detaylı bilgi ve ücretsiz teklif için bu e-postayı yanıtlayabilir veya 0212 555 01 47 numaralı telefondan bize ulaşabilirsiniz.

Saygılarımızla,
Mert Aydın
Müşteri Temsilcisi, Net Tasarım Ajans

Bu e-postayı almak istemiyorsanız lütfen konu satırına LİSTEDEN ÇIKAR yazarak cevap veriniz.
''')

spec(57, 'spam', 'vi', 'tour du lịch giá rẻ (travel deal)', sent='2008-02-26 08:52:19', soff='+0700',
     org='G', rcpt='admin@huaxing-jixie.example', frm=('Du lịch Sao Biển', 'tour.saobien@mailstar.example'),
     subj='Tour Hạ Long - Sa Pa giá chỉ từ 1.990.000đ', subj_cs='utf-8', style='free', svc='mailstar',
     cs='utf-8', cte='quoted-printable', body='''
Kính gửi Quý khách,

Nhân dịp mùa xuân 2008, Công ty Du lịch Sao Biển trân trọng giới thiệu đến Quý khách và Quý công ty chương trình khuyến mại đặc biệt dành cho khách đoàn và khách lẻ.

Tour Hà Nội - Hạ Long - Tuần Châu ba ngày hai đêm, nghỉ khách sạn ba sao, ăn sáng và ăn trưa theo chương trình, vé tham quan và tàu thăm vịnh, giá chỉ từ 1.990.000 đồng mỗi khách. Tour Sa Pa - Bắc Hà bốn ngày ba đêm đi tàu hỏa giường nằm điều hòa, giá từ 2.450.000 đồng mỗi khách.

Đặc biệt, các đoàn từ mười lăm người trở lên được giảm thêm 10% và tặng một suất miễn phí cho trưởng đoàn. Chúng tôi cũng nhận tổ chức du lịch kết hợp hội nghị, khen thưởng nhân viên và tour nước ngoài đi Trung Quốc, Thái Lan, Singapore.

Số lượng chỗ có hạn, chương trình áp dụng đến hết ngày 31 tháng 3 năm 2008.

Mọi chi tiết xin liên hệ: điện thoại (04) 555 0188, hoặc trả lời thư này để nhận lịch trình chi tiết.

Trân trọng cảm ơn Quý khách.
Phòng Kinh doanh - Du lịch Sao Biển
''')

spec(58, 'phish', 'pt', 'atualização cadastral de banco inventado (Banco Cruzeiro do Vale)', sent='2008-08-12 16:44:08', soff='-0300',
     org='H', rcpt='contabilidad@ribera-consultores.example', frm=('Banco Cruzeiro do Vale', 'atendimento@cruzeirodovale-banco.example'),
     subj='Atualização cadastral obrigatória', subj_cs='iso-8859-1', subj_enc='Q', style='oe',
     cs='iso-8859-1', cte='quoted-printable', body='''
Prezado(a) cliente,

O Banco Cruzeiro do Vale informa que, em cumprimento às novas normas de segurança do Banco Central, todos os clientes do Internet Banking devem realizar a atualização do seu cadastro e a sincronização do seu cartão de segurança até o dia 20 de agosto de 2008.

Identificamos que o seu cadastro ainda não foi atualizado. Caso a atualização não seja feita dentro do prazo, o acesso ao Internet Banking e as transações com cartão de débito serão bloqueados automaticamente, e a liberação só poderá ser feita pessoalmente na sua agência.

Para atualizar o seu cadastro, acesse o endereço abaixo e siga as instruções:

http://cruzeirodovale-banco.example.atualizacao-segura.test/cadastro/

Tenha em mãos o número da agência e da conta, a senha de seis dígitos e o seu cartão de segurança com todas as posições. O procedimento leva menos de cinco minutos.

Agradecemos a sua compreensão e colaboração.

Atenciosamente,
Central de Atendimento
Banco Cruzeiro do Vale S.A.

Esta é uma mensagem automática, por favor não responda.
''')

spec(59, 'spam', 'pl', 'oferta pracy: asystent finansowy (money mule)', sent='2009-04-21 12:09:37', soff='+0200',
     org='B', rcpt='m.kowalczyk@kestrel-eng.example', frm=('Dział Kadr - Baltic Freight Solutions', 'kadry.bfs@postkiste.test'),
     subj='Oferta pracy - asystent finansowy w Polsce', subj_cs='iso-8859-2', subj_enc='Q', style='free', svc='postkiste',
     cs='iso-8859-2', cte='quoted-printable', body='''
Szanowni Państwo,

firma Baltic Freight Solutions, międzynarodowy przewoźnik z siedzibą w Wielkiej Brytanii, rozwija działalność w Polsce i poszukuje osób na stanowisko regionalnego asystenta finansowego.

Nasi polscy klienci często płacą za usługi przelewem krajowym, a przelewy zagraniczne do naszej centrali trwają długo i są kosztowne. Dlatego potrzebujemy zaufanych współpracowników, którzy będą przyjmować płatności od klientów na swoje prywatne konto bankowe, a następnie przekazywać je dalej przez Western Union zgodnie z instrukcjami koordynatora.

Praca zajmuje od dwóch do trzech godzin tygodniowo i można ją wykonywać z domu, obok dotychczasowego zajęcia. Wynagrodzenie wynosi 7% od każdej przekazanej kwoty, co daje średnio od 3000 do 5000 złotych miesięcznie.

Wymagania: ukończone 21 lat, konto bankowe w polskim banku z dostępem przez internet, dostęp do poczty elektronicznej i telefonu, rzetelność.

Osoby zainteresowane prosimy o przesłanie odpowiedzi z imieniem i nazwiskiem, adresem, numerem telefonu oraz nazwą banku. Nasz koordynator skontaktuje się z wybranymi kandydatami.

Z poważaniem,
Dział Kadr
Baltic Freight Solutions Ltd.
''')

spec(60, 'spam', 'ro', 'ofertă asigurare RCA și locuință (insurance quote)', sent='2009-10-06 09:33:14', soff='+0300',
     org='E', rcpt='erasmus@wexley.ac.test', frm=('AsigurOnline', 'oferte@asigur-online-ro.example'),
     subj='Asigurarea RCA mai ieftină cu până la 40%', subj_cs='iso-8859-2', style='bulk', mailer='Group Mail 5.2.0.62',
     cs='iso-8859-2', cte='8bit', body='''
Stimate client,

Ştiaţi că pentru aceeaşi maşină şi acelaşi şofer preţul poliţei RCA poate diferi cu până la 40% de la o companie de asigurări la alta? Cei mai mulţi şoferi plătesc în fiecare an mai mult decât este necesar, pur şi simplu pentru că nu compară ofertele.

AsigurOnline vă oferă gratuit, în doar câteva minute, ofertele a peste zece societăţi de asigurare autorizate, pentru poliţa RCA, asigurarea CASCO şi asigurarea obligatorie a locuinţei. Alegeţi oferta cea mai bună, iar poliţa vă este livrată prin curier la domiciliu, fără costuri suplimentare.

Pentru clienţii care încheie în luna octombrie o poliţă RCA împreună cu o asigurare de locuinţă oferim o reducere suplimentară de 10% şi asistenţă rutieră gratuită timp de un an.

Pentru o ofertă personalizată răspundeţi la acest mesaj cu marca şi anul de fabricaţie al maşinii, capacitatea cilindrică, judeţul de înmatriculare şi vârsta proprietarului, sau sunaţi la 021 555 0136, de luni până vineri între orele 9 şi 18.

Cu stimă,
Echipa AsigurOnline

Dacă nu mai doriţi să primiţi oferte de la noi, răspundeţi cu mesajul DEZABONARE.
''')
