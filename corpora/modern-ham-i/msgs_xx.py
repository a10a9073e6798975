"""i49-i60: Japanese, Korean, Thai, Indonesian, German, French, Spanish, Portuguese, Turkish automated / bulk ham, 2014-2026."""
from kit import M, T, A, MP, pdf, rows, btn, shell, trk, pixel, tok, KIRIN, JONAS

# i49 ja ISO-2022-JP hotel confirmation (plain)
M(lang="ja", kind="hotel booking confirmation", date="2014-10-02 13:25:40", tz="+0900", org="T", esp="own",
  frm=("湯の里 旅館 花みずき", "yoyaku@hanamizuki-ryokan.example"), to=KIRIN, scs="iso-2022-jp",
  subj="【ご予約確定】10月18日 1泊2食付 和室（予約番号 HM-141018-207）",
  extra=["X-Mailer: Yado-Reserve 4.2"],
  body=T("""Mika Kirin 様

この度は湯の里 旅館 花みずきをご予約いただき、誠にありがとうございます。
下記の内容でご予約が確定いたしましたので、お知らせいたします。

予約番号：HM-141018-207
宿泊日　：2014年10月18日（土）1泊
お部屋　：露天風呂付き和室（10畳）
人数　　：大人2名
プラン　：【秋の味覚】松茸と地鶏の会席 1泊2食付
料金合計：46,440円（税・サービス料込、入湯税別）

チェックインは15:00からです。最終チェックインは19:00となりますので、
遅れる場合はお電話にてご連絡ください。駅からの無料送迎をご希望の方は、
前日17時までにお知らせください。

【キャンセル料】7日前まで無料、3日前30%、前日50%、当日・不泊100%

紅葉の見頃は例年10月中旬から下旬です。皆様のお越しを心よりお待ちして
おります。

湯の里 旅館 花みずき（架空の宿です）
""", "iso-2022-jp", "7bit"))

# i50 ja UTF-8 social notification
M(lang="ja", kind="social network notification", date="2022-05-09 21:10:05", tz="+0900", org="T", esp="sparkpost",
  frm=("Tsunagu", "info@tsunagu-sns.example"), to=KIRIN,
  subj="Mikaさん、あなたの投稿に「いいね！」が128件ついています🎉",
  unsub="https://tsunagu-sns.example/settings/mail/stop?k=%s" % tok("u50", 16),
  body=T(shell("Tsunagu", (
      '<p>Mikaさん、こんばんは。</p>\n'
      '<p>5月8日に投稿した写真「京都・蹴上インクラインのつつじ」が話題になっています！</p>\n'
      '<table width="100%" cellpadding="8" style="background:#fff5f7">'
      '<tr><td>&#10084;&#65039; いいね！ <b>128件</b>（うちフォロー外から 97件）</td></tr>'
      '<tr><td>&#128172; コメント <b>14件</b>：「色がすごく綺麗！撮影場所を教えてください」ほか</td></tr>'
      '<tr><td>&#128101; 新しいフォロワー <b>23人</b></td></tr></table>\n'
      '<p>ほかにも、友達のYuiさんがあなたを写真にタグ付けしました。タグを承認すると、Yuiさんの友達にも表示されます。</p>\n'
      + btn("Tsunaguで見る", trk("link.tsunagu-sns.example", "v50"), "#e1306c") +
      '<p style="font-size:11px;color:#888">このメールは mika@kirin-home.test 宛に送信されました。お知らせメールの設定はアプリの「設定＞通知」から変更できます。Tsunagu は架空のサービスです。</p>'),
      "#e1306c", "写真にコメントが14件届いています", lang="ja", font="'Hiragino Sans',Meiryo,sans-serif"), "utf-8", "base64", sub="html"))

# i51 ko EUC-KR card approval
M(lang="ko", kind="credit card approval notice (no credential request)", date="2016-08-19 14:52:31", tz="+0900", org="T", esp="own",
  frm=("한빛카드", "card@hanbit-card.example"), to=JONAS, scs="euc-kr",
  subj="[한빛카드] 승인내역 안내 - 352,000원 일시불",
  extra=["X-Mailer: HBC-Notice 2.3"],
  body=T("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body style="font-family:Gulim,sans-serif;font-size:13px">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ccc"><tr><td style="background:#003876;color:#fff;padding:12px;font-size:16px"><b>한빛카드 승인내역 안내</b></td></tr>
<tr><td style="padding:18px">
<p>Jonas Kirin 고객님, 안녕하세요.</p>
<p>고객님의 한빛 글로벌 체크카드(끝자리 8820)로 아래와 같이 결제가 승인되었습니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>승인일시</td><td>2016.08.19 14:51</td></tr>
<tr><td>가맹점</td><td>해오름전자 온라인몰</td></tr>
<tr><td>승인금액</td><td>352,000원 (일시불)</td></tr>
<tr><td>누적 이용금액</td><td>1,207,400원</td></tr>
</table>
<p>본인이 이용하지 않은 거래라면 카드 뒷면의 고객센터로 즉시 연락해 주시기 바랍니다. 한빛카드는 이메일이나 문자로 비밀번호, CVC 번호, 인증번호를 절대 요구하지 않습니다.</p>
<p>8월 한 달간 온라인 가전 결제 시 최대 5만원 캐시백 이벤트가 진행 중입니다. 자세한 내용은 앱의 이벤트 메뉴에서 확인하세요.</p>
<p style="color:#888;font-size:11px">본 메일은 발신전용입니다. 한빛카드는 예시용 가상 회사입니다.</p>
</td></tr></table></body></html>
""", "euc-kr", "base64", sub="html"))

# i52 ko UTF-8 new sign-in notice
M(lang="ko", kind="new sign-in security notice (genuine)", date="2023-02-14 08:03:44", tz="+0900", org="T", esp="ses",
  frm=("모아드라이브 보안팀", "security@moadrive.example"), to=JONAS,
  subj="새로운 기기에서 모아드라이브 계정에 로그인했습니다",
  body=MP("alternative", [
      T("""Jonas Kirin님, 안녕하세요.

모아드라이브 계정(jonas@kirin-home.test)에 새로운 기기에서 로그인이
확인되어 알려드립니다.

- 기기: Galaxy S23 / 모아드라이브 앱 5.12
- 위치(추정): 대한민국 서울
- 시간: 2023년 2월 14일 오전 8:02 (KST)

본인이 로그인한 경우 이 메일은 무시하셔도 됩니다.

본인이 아니라면 앱을 직접 열어 [설정 > 보안 > 로그인 기기]에서 해당
기기를 로그아웃하고 비밀번호를 변경해 주세요. 2단계 인증을 사용하면
계정을 더 안전하게 보호할 수 있습니다. 모아드라이브는 메일로 비밀번호나
인증번호를 요청하지 않습니다.

모아드라이브 드림
""", "utf-8", "base64"),
      T("""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:14px;background:#f7f7f9;padding:24px">
<table width="520" align="center" style="background:#fff;border-radius:10px"><tr><td style="padding:26px">
<p style="font-size:19px;font-weight:bold">새로운 기기 로그인 알림</p>
<p>Jonas Kirin님, 모아드라이브 계정(jonas@kirin-home.test)에 새로운 기기에서 로그인이 확인되어 알려드립니다.</p>
<p>기기: Galaxy S23 / 모아드라이브 앱 5.12<br>위치(추정): 대한민국 서울<br>시간: 2023년 2월 14일 오전 8:02 (KST)</p>
<p>본인이 로그인한 경우 이 메일은 무시하셔도 됩니다. 본인이 아니라면 앱을 직접 열어 [설정 &gt; 보안 &gt; 로그인 기기]에서 해당 기기를 로그아웃하고 비밀번호를 변경해 주세요.</p>
<p style="color:#777;font-size:12px">모아드라이브는 메일로 비밀번호나 인증번호를 요청하지 않습니다.</p>
</td></tr></table></body></html>
""", "utf-8", "base64", sub="html")]))

# i53 th flight fare alert
M(lang="th", kind="flight fare alert", date="2019-02-20 18:40:22", tz="+0700", org="T", esp="mailchimp",
  frm=("บินถูก ดอทคอม", "deals@binthook.example"), to=KIRIN,
  subj="🔥 ตั๋วราคาพิเศษ! กรุงเทพฯ - โตเกียว ไป-กลับ เริ่มต้น 7,990 บาท เหลือ 48 ชั่วโมง",
  unsub="https://binthook.example/unsubscribe?u=%s" % tok("u53", 12),
  body=T(shell("บินถูก", (
      '<p style="font-size:22px;color:#e53935;font-weight:bold;margin:0">ลดสูงสุด 55% เฉพาะ 48 ชั่วโมงนี้!</p>\n'
      '<p>สวัสดีค่ะ คุณมิกะ ราคาตั๋วเส้นทางที่คุณติดตาม &ldquo;กรุงเทพฯ &rarr; ญี่ปุ่น&rdquo; ลดลงแล้ว สำหรับการเดินทางช่วงเมษายน&ndash;มิถุนายน 2562</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("กรุงเทพฯ (DMK) &rarr; โตเกียว (NRT)", "7,990 บาท"), ("กรุงเทพฯ (BKK) &rarr; โอซาก้า (KIX)", "8,450 บาท"),
                                                                     ("กรุงเทพฯ (DMK) &rarr; ซัปโปโร (CTS)", "11,200 บาท")]) + '</table>\n'
      '<p>ราคารวมภาษีและค่าธรรมเนียมแล้ว ไม่รวมน้ำหนักกระเป๋าโหลด ที่นั่งราคาพิเศษมีจำนวนจำกัดและอาจหมดก่อนกำหนด ช่วงสงกรานต์มักเต็มเร็วเป็นพิเศษ</p>\n'
      + btn("ดูเที่ยวบินทั้งหมด", trk("click.binthook.example", "f53"), "#e53935") +
      '<p style="font-size:11px;color:#888">คุณได้รับอีเมลนี้เพราะตั้งการแจ้งเตือนราคาไว้ที่ binthook.example '
      '<a href="https://binthook.example/unsubscribe?u=%s">ยกเลิกการรับอีเมล</a> (บริษัทสมมติ)</p>%s' % (tok("u53", 12), pixel("o.binthook.example", 53))),
      "#e53935", "ราคาตั๋วไปญี่ปุ่นลดลงแล้ว", lang="th", font="Tahoma,sans-serif"), "utf-8", "quoted-printable", sub="html"))

# i54 id subscription renewal receipt
M(lang="id", kind="subscription renewal receipt", date="2020-09-01 00:12:33", tz="+0700", org="T", esp="mailgun",
  frm=("Layarku Premium", "tagihan@layarku.example"), to=JONAS,
  subj="Langganan Layarku Premium diperpanjang - Rp 54.990 telah ditagihkan",
  body=T(shell("Layarku", (
      '<p>Halo Jonas,</p>\n'
      '<p>Terima kasih sudah terus menonton bersama Layarku. Langganan <b>Premium Keluarga</b> kamu telah diperpanjang otomatis untuk satu bulan ke depan.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Nomor tagihan", "LYR-200901-55817"), ("Periode", "1 &ndash; 30 September 2020"),
                                                                     ("Jumlah", "Rp 54.990 (termasuk PPN 10%)"), ("Metode pembayaran", "Dompet digital &middot;&middot;&middot;4471")]) + '</table>\n'
      '<p>Bulan ini ada 40+ judul baru, termasuk serial thriller yang sedang viral dan film keluarga untuk akhir pekan. Ajak hingga 4 anggota keluarga tanpa biaya tambahan.</p>\n'
      '<p>Ingin berhenti berlangganan? Kamu dapat membatalkan kapan saja di menu Akun &gt; Langganan; akses tetap aktif sampai akhir periode yang sudah dibayar.</p>\n'
      + btn("Lihat tagihan", trk("email.layarku.example", "inv54"), "#6a1b9a") +
      '<p style="font-size:11px;color:#888">Email ini dikirim otomatis. Layarku adalah layanan fiktif untuk contoh ini.</p>'),
      "#6a1b9a", "Pembayaran langganan berhasil", lang="id"), "utf-8", "quoted-printable", sub="html"))

# i55 de ISO-8859-1 utility bill (plain)
M(lang="de", kind="utility bill / annual statement notice (Stadtwerke)", date="2017-01-23 07:30:10", tz="+0100", org="T", esp="own",
  frm=("Stadtwerke Lindenau Kundenservice", "rechnung@stadtwerke-lindenau.example"), to=JONAS, scs="iso-8859-1",
  subj="Ihre Jahresverbrauchsabrechnung 2016 - Guthaben 84,12 EUR",
  extra=["X-Mailer: SWL-Kundenportal Mailer 2.4"],
  body=T("""Sehr geehrter Herr Kirin,

Ihre Jahresverbrauchsabrechnung für Strom und Erdgas (Abrechnungszeitraum
01.01.2016 bis 31.12.2016) steht ab sofort in Ihrem Kundenportal zum
Abruf bereit.

Kundennummer:     4100 2287 315
Verbrauch Strom:  2.914 kWh (Vorjahr 3.208 kWh, -9 %)
Verbrauch Erdgas: 11.460 kWh
Gesamtbetrag:     1.511,88 EUR
Geleistete Abschläge: 1.596,00 EUR
Guthaben:         84,12 EUR

Das Guthaben überweisen wir in den nächsten Tagen auf Ihr hinterlegtes
Konto. Ihr neuer monatlicher Abschlag ab Februar 2017 beträgt 126,00 EUR.

Gut zu wissen: Ab 1. April gelten neue Preise für Erdgas. Mit dem Tarif
LindenauGas Fix 24 sichern Sie sich einen festen Arbeitspreis für zwei
Jahre - jetzt bis zu 120 EUR Wechselbonus für Bestandskunden.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Fragen
beantworten wir gern über das Kontaktformular im Kundenportal.

Mit freundlichen Grüßen
Ihre Stadtwerke Lindenau (fiktives Unternehmen)
""", "iso-8859-1", "quoted-printable"))

# i56 fr government portal notice
M(lang="fr", kind="government e-service portal notice (tax)", date="2021-04-08 09:15:27", tz="+0200", org="T", esp="own",
  frm=("Espace particulier - Finances publiques", "ne-pas-repondre@impots-portail.gouv.example"), to=KIRIN,
  subj="Un nouveau document est disponible dans votre espace particulier",
  extra=["X-Mailer: DGFiP-Notif 6"],
  body=T(shell("Espace particulier", (
      '<p>Madame,</p>\n'
      '<p>Un nouveau document a été déposé dans votre espace particulier le 8 avril 2021 : <b>avis d\'échéance de taxe foncière 2021 &ndash; acompte</b>.</p>\n'
      '<p>Pour le consulter, connectez-vous à votre espace en saisissant vous-même l\'adresse du portail dans votre navigateur, puis rendez-vous dans la rubrique &laquo; Documents &raquo;.</p>\n'
      '<p>Rappel : la campagne de déclaration des revenus 2020 ouvre le 8 avril. La date limite pour la déclaration en ligne dépend de votre département ; '
      'elle est comprise entre le 26 mai et le 8 juin 2021.</p>\n'
      '<p style="background:#fff3cd;padding:10px"><b>Attention aux tentatives d\'escroquerie :</b> l\'administration ne vous demandera jamais vos coordonnées bancaires '
      'ou votre numéro de carte par courriel pour un remboursement. Ce message ne contient aucun lien vers un formulaire.</p>\n'
      '<p style="font-size:11px;color:#888">Ce courriel vous est adressé automatiquement ; merci de ne pas y répondre. Administration fictive pour cet exemple.</p>'),
      "#000091", "Nouveau document : avis d'échéance", lang="fr", font="Marianne,Arial,sans-serif"), "utf-8", "quoted-printable", sub="html"))

# i57 es job alert
jobs = [("Desarrollador/a Full Stack (React + Node)", "Nubeluz Software &middot; Madrid (híbrido)", "38.000 - 46.000 EUR"),
        ("Ingeniero/a de Datos Senior", "Grupo Alcorza &middot; Barcelona", "50.000 - 62.000 EUR"),
        ("DevOps / SRE", "Ondacero Fintech &middot; 100% remoto", "45.000 EUR + bonus"),
        ("QA Automation", "Mercantia Online &middot; Valencia", "32.000 - 38.000 EUR")]
inner = '<p>Hola Jonas, estas son las <b>nuevas ofertas</b> de hoy para tu alerta &ldquo;desarrollador, Madrid o remoto&rdquo;:</p>\n'
for n, (t, c, s) in enumerate(jobs):
    inner += ('<table width="100%%" style="border:1px solid #e0e0e0;margin-bottom:8px"><tr><td style="padding:10px"><a href="%s" style="color:#00796b;font-weight:bold">%s</a><br>%s<br>'
              '<span style="color:#2e7d32">%s</span></td></tr></table>\n' % (trk("click.empleoya.example", "e57%d" % n), t, c, s))
inner += ('<p>&iexcl;Date prisa! Las ofertas con salario visible reciben el triple de candidaturas en las primeras 24 horas. Con tu CV actualizado, inscribirte es un clic.</p>\n'
          '<p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta de empleo. <a href="https://empleoya.example/alertas/baja?a=%s">Darte de baja</a> '
          '&middot; EmpleoYa es un portal ficticio.</p>%s' % (tok("u57", 12), pixel("o.empleoya.example", 57)))
M(lang="es", kind="job-board alert", date="2024-10-15 08:05:19", tz="+0200", org="T", esp="sendgrid",
  frm=("EmpleoYa Alertas", "alertas@empleoya.example"), to=JONAS,
  subj="4 ofertas nuevas para ti: DevOps 100% remoto 45.000 EUR y más",
  unsub="https://empleoya.example/alertas/baja?a=%s" % tok("u57", 12),
  body=T(shell("EmpleoYa", inner, "#00796b", "Nubeluz Software, Grupo Alcorza y 2 más buscan perfiles como el tuyo", lang="es"), "utf-8", "quoted-printable", sub="html"))

# i58 pt-BR nota fiscal eletronica with PDF
M(lang="pt", kind="electronic invoice (nota fiscal eletrônica) with PDF", date="2025-05-22 15:36:08", tz="-0300", org="T", esp="ses",
  frm=("Loja Casa Aurora", "nfe@casaaurora-loja.example"), to=KIRIN,
  subj="Nota Fiscal Eletrônica do seu pedido #A-2025-77410",
  body=MP("mixed", [
      T("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#ff7a00;color:#fff;padding:12px;font-size:18px"><b>Casa Aurora</b></div>
<p>Olá, Mika!</p>
<p>A nota fiscal eletrônica (NF-e) referente ao seu pedido <b>#A-2025-77410</b> foi emitida e segue em anexo (DANFE em PDF).</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Número da NF-e</td><td>000.184.227 - Série 1</td></tr>
<tr><td>Emissão</td><td>22/05/2025</td></tr>
<tr><td>Valor total</td><td>R$ 1.289,70</td></tr>
<tr><td>Chave de acesso</td><td>3525 0512 3456 7800 0190 5500 1000 1842 2710 0077 4102</td></tr>
</table>
<p>Você pode conferir a autenticidade da nota no portal da Secretaria da Fazenda usando a chave de acesso acima. Guarde este documento para garantia e eventuais trocas.</p>
<p>Seu pedido já saiu do nosso centro de distribuição e chega em até 5 dias úteis. Aproveite: clientes cadastrados ganham <b>15% OFF</b> na próxima compra com o cupom VOLTEI15, válido por 7 dias.</p>
<p style="font-size:11px;color:#888">E-mail automático, por favor não responda. Loja fictícia criada para este exemplo.</p>
</body></html>
""", "utf-8", "quoted-printable", sub="html"),
      A(pdf("DANFE NF-e 000184227"), "application/pdf", "DANFE_NFe_000184227.pdf")]))

# i59 tr ISO-8859-9 parcel, alternative
M(lang="tr", kind="parcel shipping notification (kargo)", date="2018-03-14 11:20:50", tz="+0300", org="T", esp="own",
  frm=("HizliKargo Bilgilendirme", "bilgi@hizlikargo.example"), to=JONAS, scs="iso-8859-9",
  subj="Kargonuz yola çıktı! Takip no: HK40917733218",
  extra=["X-Mailer: HK-Notify 1.9"],
  body=MP("alternative", [
      T("""Sayın Jonas Kirin,

Gönderiniz şubemizden çıkış yaptı ve dağıtım merkezine doğru yola çıktı.

Takip numarası: HK40917733218
Gönderici:      Atlas Kitabevi (İstanbul)
Teslim adresi:  Kadıköy / İstanbul
Tahmini teslim: 15 Mart 2018 Perşembe, 09:00-18:00

Teslimat sırasında evde olmayacaksanız, kargonuzu size en yakın şubeden
3 iş günü içinde kimliğinizle teslim alabilirsiniz. Gönderiniz için ek bir
ücret ödemeniz gerekmez; HizliKargo SMS ile ödeme linki göndermez.

Bizi tercih ettiğiniz için teşekkür ederiz.
HizliKargo (örnek amaçlı hayali şirket)
""", "iso-8859-9", "quoted-printable"),
      T("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p style="background:#1565c0;color:#fff;padding:10px;font-size:17px"><b>Kargonuz yola çıktı!</b></p>
<p>Sayın Jonas Kirin,</p>
<p>Gönderiniz şubemizden çıkış yaptı ve dağıtım merkezine doğru yola çıktı.</p>
<p>Takip numarası: <b>HK40917733218</b><br>Gönderici: Atlas Kitabevi (İstanbul)<br>Tahmini teslim: 15 Mart 2018 Perşembe, 09:00-18:00</p>
<p>Teslimat sırasında evde olmayacaksanız, kargonuzu size en yakın şubeden 3 iş günü içinde kimliğinizle teslim alabilirsiniz. Gönderiniz için ek bir ücret ödemeniz gerekmez; HizliKargo SMS ile ödeme linki göndermez.</p>
<p><a href="https://www.hizlikargo.example/takip?no=HK40917733218">Kargomu takip et</a></p>
</body></html>
""", "iso-8859-9", "quoted-printable", sub="html")]))

# i60 th donation receipt (plain base64)
M(lang="th", kind="charity donation receipt", date="2026-03-03 10:44:12", tz="+0700", org="T", esp="brevo",
  frm=("มูลนิธิป่าชายเลนยั่งยืน", "receipt@mangrove-fund.example"), to=KIRIN,
  subj="ใบเสร็จรับเงินบริจาค เลขที่ MF69-03-00418 ขอบคุณที่ร่วมปลูกป่าชายเลน",
  unsub="https://mangrove-fund.example/email/unsubscribe?u=%s" % tok("u60", 12),
  body=T("""เรียน คุณมิกะ คิริน

มูลนิธิป่าชายเลนยั่งยืนขอขอบพระคุณสำหรับการบริจาคของท่าน

เลขที่ใบเสร็จ:   MF69-03-00418
วันที่บริจาค:    3 มีนาคม 2569
จำนวนเงิน:      1,500 บาท
ช่องทาง:        พร้อมเพย์ (QR)

เงินบริจาคของท่านจะนำไปปลูกต้นโกงกางประมาณ 50 ต้น ในพื้นที่ฟื้นฟู
ชายฝั่งจังหวัดสมุทรสาครในฤดูฝนปีนี้ ต้นกล้าแต่ละต้นช่วยลดการกัดเซาะ
ชายฝั่งและเป็นที่อยู่ของสัตว์น้ำวัยอ่อน

ท่านสามารถนำยอดบริจาคไปลดหย่อนภาษีได้ตามกฎหมาย โดยมูลนิธิได้ส่งข้อมูล
การบริจาคเข้าระบบ e-Donation ให้แล้ว ไม่ต้องใช้ใบเสร็จกระดาษ

พิเศษ: เดือนนี้ผู้สนับสนุนรายหนึ่งจะสมทบเพิ่มอีกเท่าตัวสำหรับทุกการบริจาค
จนถึง 31 มีนาคม

ด้วยความขอบคุณ
มูลนิธิป่าชายเลนยั่งยืน (มูลนิธิสมมติสำหรับตัวอย่างนี้)
""", "utf-8", "base64"))
