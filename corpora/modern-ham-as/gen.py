#!/usr/bin/env python3
"""Writes m01.eml ... and INDEX.tsv for corpora/modern-ham-as (synthetic ham in Asian languages).
Deterministic: each message uses random.Random(seed); no clock, locale or platform input."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import leaf, T, A, MP, pdf, docx, doc, gif, png, zipone
from build import build

HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = []


def M(**k):
    k["seed"] = 8800 + len(MSGS) * 37
    MSGS.append(k)


LAN = ("Nguyen Thi Lan", "lan.nt@htqt.bokhcn.example")
DUC = ("Pham Van Duc", "ducpv@htqt.bokhcn.example")
ICD = ("International Cooperation Dept.", "icd@htqt.bokhcn.example")
MINH = ("Tran Quang Minh", "minh.tq@vinatrade-agency.test")
HOANG = ("Le Hoang", "hoang.le@saigonlogistics.example")
HOA = ("Nguyen Hoa", "hoa.nguyen@hanoimail.test")
QUANG = ("Dinh Quang", "quang.dinh@uni-hanoi.example")

# ============================================================ Japanese
M(lang="ja", kind="development agency letter about a study visit", date="2005-06-14 10:22:41", tz="+0900",
  frm=("山本 健一", "k-yamamoto@kokusai-kyoryoku.or.jp"), to=LAN, subj="技術研修員受入れに関するご連絡（7月訪日研修）",
  scs="iso-2022-jp", client="oe6", org="A",
  body=T("""Nguyen Thi Lan 様

いつもお世話になっております。
国際協力推進センター研修課の山本でございます。

先日ご依頼いただきました「地方行政における科学技術政策」研修の件につき、
下記のとおり受入れ日程が確定いたしましたのでご連絡申し上げます。

　期間：2005年7月11日（月）～7月22日（金）
　場所：東京研修センター（渋谷区）および筑波研究学園都市
　人数：4名（貴省より推薦の方）

航空券は当方にて手配いたします。推薦者の氏名（パスポート表記）と
生年月日を6月24日までにお知らせいただけますと幸いです。

ご不明な点がございましたら、遠慮なくお問い合わせください。

--
山本 健一
国際協力推進センター 研修課
TEL 03-5555-0142 / FAX 03-5555-0143
""", "iso-2022-jp", "7bit"))

M(lang="ja", kind="colleague reply in thread with quoted text", date="2007-09-03 18:05:12", tz="+0900",
  frm=("佐藤 由美", "sato@nichietsu-butsuryu.co.jp"), to=HOANG, subj="Re: 9月分の通関書類について",
  scs="iso-2022-jp", client="becky", org="C", reply="<20070903112233.5E21.HOANG@saigonlogistics.example>",
  body=T("""Hoangさん

佐藤です。ご確認ありがとうございます。

> インボイスの品名が英語と日本語で一致していない箇所が
> 2点ありました。修正版を送っていただけますか。

失礼しました。担当に確認して、明日の午前中に修正版をお送りします。
パッキングリストの重量も合わせて見直しておきます。

> 船積みは9月12日の予定で変わりありません。

了解です。引き続きよろしくお願いします。

佐藤

On Mon, 03 Sep 2007 11:22:33 +0700
Le Hoang <hoang.le@saigonlogistics.example> wrote:
> 佐藤様
>
> 9月分の書類、拝見しました。
> インボイスの品名が英語と日本語で一致していない箇所が
> 2点ありました。修正版を送っていただけますか。
> 船積みは9月12日の予定で変わりありません。
>
> Le Hoang
""", "iso-2022-jp", "7bit"))

M(lang="ja", kind="New Year greeting (nengajo-style) from a friend's mobile", date="2010-01-01 00:12:09", tz="+0900",
  frm=("Aiko", "aiko-m.0415@docomo.ne.jp"), to=HOA, subj="あけましておめでとう！", scs="shift_jis", client="mta", org="D",
  extra=["X-Mailer: docomo N-06A"],
  body=T("""Hoaちゃん
あけましておめでとう！
去年はハノイで本当にお世話になりました。
フォーの屋台、今でも夢に出てきます(笑)
今年もよろしくね。
春休みにまた遊びに行けたらいいな。
体に気をつけて、良い一年を！

愛子
""", "shift_jis", "base64"))

M(lang="ja", kind="online shop shipping notice (free shipping campaign)", date="2012-11-20 14:31:05", tz="+0900",
  frm=("和雑貨 こもれび堂", "shop@komorebido-store.jp"), to=HOA, subj="【こもれび堂】ご注文の商品を発送いたしました（注文番号 KM-2012-118427）",
  client="esp", org="D", replyto=("こもれび堂 お客様窓口", "support@komorebido-store.jp"),
  extra=["List-Unsubscribe: <mailto:unsubscribe@komorebido-store.jp?subject=stop-118427>"],
  body=MP("alternative", [
      T("""Nguyen Hoa 様

この度はこもれび堂をご利用いただき、誠にありがとうございます。
ご注文の商品を本日発送いたしました。

■注文番号：KM-2012-118427
■配送方法：国際郵便（EMS）
■お問い合わせ番号：EJ 4821 0937 5JP

ご注文内容
・手ぬぐい（富士山柄）×2　　　1,680円
・有田焼 豆皿セット ×1　　　 3,150円
・送料（海外配送無料キャンペーン適用）　0円
合計　4,830円

お届けまで通常5～8日ほどかかります。
到着まで今しばらくお待ちくださいませ。

━━━━━━━━━━━━━━━
和雑貨 こもれび堂
京都市中京区 〇〇町 12-3
営業時間 平日10:00～17:00
━━━━━━━━━━━━━━━
""", "utf-8", "quoted-printable"),
      T("""<html><body style="font-family:'MS PGothic',sans-serif;font-size:14px">
<p>Nguyen Hoa 様</p>
<p>この度はこもれび堂をご利用いただき、誠にありがとうございます。<br>ご注文の商品を本日発送いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>注文番号</th><td>KM-2012-118427</td></tr>
<tr><th>配送方法</th><td>国際郵便（EMS）</td></tr>
<tr><th>お問い合わせ番号</th><td>EJ 4821 0937 5JP</td></tr>
</table>
<p>手ぬぐい（富士山柄）×2 1,680円<br>有田焼 豆皿セット ×1 3,150円<br>送料 0円（海外配送無料キャンペーン）<br><b>合計 4,830円</b></p>
<p>お届けまで通常5～8日ほどかかります。</p>
<p style="color:#666">和雑貨 こもれび堂　京都市中京区 〇〇町 12-3</p>
</body></html>
""", "utf-8", "quoted-printable", sub="html")]))

M(lang="ja", kind="workshop invitation with PDF programme", date="2014-02-18 16:47:30", tz="+0900",
  frm=("高橋 誠", "m.takahashi@asia-gijutsu-net.or.jp"), to=ICD, cc=[DUC], subj="第5回アジア科学技術協力ワークショップ（ハノイ開催）のご案内",
  scs="iso-2022-jp", client="ol2010", org="A",
  body=MP("mixed", [
      T("""ベトナム科学技術省 国際協力局 御中
（Cc: Pham Van Duc 様）

拝啓　時下ますますご清栄のこととお慶び申し上げます。

アジア技術ネットワーク事務局の高橋と申します。
このたび、第5回アジア科学技術協力ワークショップを
2014年4月8日（火）・9日（水）にハノイにて開催する運びとなりました。
貴局におかれましては、共催機関としてご参加いただきたく、
ご案内申し上げます。

プログラム案を添付いたしましたので、ご確認いただけますでしょうか。
ご意見等は3月7日までにお寄せいただけますと幸甚です。

なお、会場はホアンキエム区内のホテルを予定しておりますが、
貴省会議室をお借りできる可能性があれば併せてご教示ください。

敬具

高橋 誠
アジア技術ネットワーク事務局
〒100-0013 東京都千代田区霞が関 3-2-X
Tel: +81-3-5555-0178
""", "iso-2022-jp", "7bit"),
      A(pdf("WS5 programme draft"), "application/pdf", "第5回WSプログラム案.pdf", cs="iso-2022-jp", style="ew")],
      preamble="This is a multipart message in MIME format."))

M(lang="ja", kind="hotel booking confirmation", date="2016-08-05 21:14:52", tz="+0900",
  frm=("ホテル港の見える丘", "reservation@minatonooka-hotel.jp"), to=MINH, subj="ご予約確認書：2016年9月12日 チェックイン（予約番号 58213077）",
  client="php", org="B",
  body=T("""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>ご予約確認</title></head>
<body style="margin:0;background:#f4f1ea">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;font-family:Meiryo,sans-serif">
<h2 style="color:#1d3b5c">ご予約ありがとうございます</h2>
<p>Tran Quang Minh 様</p>
<p>ホテル港の見える丘をご予約いただき、誠にありがとうございます。以下の内容でご予約を承りました。</p>
<table style="width:100%;font-size:14px">
<tr><td>予約番号</td><td>58213077</td></tr>
<tr><td>チェックイン</td><td>2016年9月12日（月） 15:00以降</td></tr>
<tr><td>チェックアウト</td><td>2016年9月15日（木） 11:00まで</td></tr>
<tr><td>部屋タイプ</td><td>スタンダードツイン（禁煙）</td></tr>
<tr><td>人数</td><td>大人2名</td></tr>
<tr><td>料金</td><td>43,200円（税・サービス料込、朝食付）</td></tr>
</table>
<p>お支払いは現地にてお願いいたします。キャンセルは前日17時まで無料で承ります。</p>
<p>横浜駅からの無料送迎バスは15分間隔で運行しております。</p>
<p style="font-size:12px;color:#888">ホテル港の見える丘　神奈川県横浜市中区 山手町 X-X　TEL 045-555-0190</p>
</div></body></html>
""", "utf-8", "base64", sub="html"))

M(lang="ja", kind="password reset the user requested", date="2018-03-27 09:02:18", tz="+0900",
  frm=("学会員サービス", "no-reply@members.jsaet-gakkai.jp"), to=QUANG, subj="パスワード再設定のご案内", client="app", org="E",
  body=T("""Dinh Quang 様

会員ページのパスワード再設定のお申し込みを受け付けました。
下記のURLから、60分以内に新しいパスワードを設定してください。

https://members.jsaet-gakkai.jp/reset?t=8f2c41d09ab7e35c

お心当たりのない場合は、このメールを破棄してください。
パスワードはまだ変更されていません。

※このメールは送信専用アドレスから送信されています。
　ご返信いただいてもお答えできませんのでご了承ください。

一般社団法人 環境技術学会 会員サービス係
""", "utf-8", "quoted-printable"))

M(lang="ja", kind="association mailing-list newsletter", date="2020-07-01 08:00:03", tz="+0900",
  frm=("日越交流協会 事務局", "jimukyoku@nichietsu-kouryu.jp"), to=("jv-news", "jv-news@lists.nichietsu-kouryu.jp"),
  subj="[jv-news:0412] 日越交流協会ニュース 2020年7月号", scs="iso-2022-jp", client="mailman", org="A", rp="jv-news-bounces@lists.nichietsu-kouryu.jp",
  relay="lists.nichietsu-kouryu.jp",
  extra=["Sender: \"jv-news\" <jv-news-bounces@lists.nichietsu-kouryu.jp>",
         "List-Id: jv-news <jv-news.lists.nichietsu-kouryu.jp>",
         "List-Unsubscribe: <https://lists.nichietsu-kouryu.jp/mailman/options/jv-news>,\r\n <mailto:jv-news-request@lists.nichietsu-kouryu.jp?subject=unsubscribe>",
         "List-Archive: <https://lists.nichietsu-kouryu.jp/pipermail/jv-news/>",
         "List-Post: <mailto:jv-news@lists.nichietsu-kouryu.jp>",
         "List-Help: <mailto:jv-news-request@lists.nichietsu-kouryu.jp?subject=help>",
         "Precedence: list", "X-Mailman-Version: 2.1.29", "X-BeenThere: jv-news@lists.nichietsu-kouryu.jp"],
  to_real=LAN,
  body=T("""━━━━━━━━━━━━━━━━━━━━━━━━━━
　日越交流協会ニュース　2020年7月号（第88号）
━━━━━━━━━━━━━━━━━━━━━━━━━━

会員の皆様

梅雨の候、いかがお過ごしでしょうか。
新型コロナウイルスの影響により、春以降の行事はすべて
オンライン開催に切り替えております。ご理解に感謝いたします。

【1】オンライン講演会「ベトナムの脱炭素政策と日本企業」
　日時：7月18日（土）15:00～16:30（日本時間）
　参加費：会員無料（非会員1,000円）
　申込：協会ウェブサイトのフォームより

【2】ベトナム語初級講座（Zoom）受講者募集
　8月から全10回。定員20名、先着順です。

【3】会費納入のお願い
　2020年度会費の納入がお済みでない方は、7月末までに
　お手続きをお願いいたします。

――――――――――――――――――――――――――
このメールは日越交流協会の会員の方にお送りしています。
配信停止・アドレス変更は下記から行えます。
https://lists.nichietsu-kouryu.jp/mailman/options/jv-news
""", "iso-2022-jp", "7bit"))

M(lang="ja", kind="ticket lottery result the person entered (当選)", date="2023-05-12 12:00:41", tz="+0900",
  frm=("市民文化ホール チケットセンター", "ticket@bunka-hall-chiketto.jp"), to=HOA, subj="【抽選結果】当選のお知らせ：夏の野外コンサート2023",
  client="esp", org="D",
  extra=["List-Unsubscribe: <https://bunka-hall-chiketto.jp/mail/stop?u=a81f3c>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  body=MP("alternative", [
      T("""Nguyen Hoa 様

先日お申し込みいただいた「夏の野外コンサート2023」先行抽選の
結果をお知らせいたします。

厳正なる抽選の結果、お客様は【当選】となりました。

公演日：2023年7月22日（土）18:00開演
席種：芝生自由席　2枚
代金：6,000円（2枚分、手数料込）

5月19日（金）23:59までにマイページからお支払い手続きを
完了してください。期限を過ぎると当選は無効となります。

市民文化ホール チケットセンター
""", "utf-8", "base64"),
      T("""<div style="font-family:sans-serif"><p>Nguyen Hoa 様</p>
<p>「夏の野外コンサート2023」先行抽選にお申し込みいただきありがとうございました。</p>
<p style="font-size:18px;color:#c0392b"><b>抽選結果：当選</b></p>
<p>公演日 2023年7月22日（土）18:00開演／芝生自由席 2枚／6,000円（手数料込）</p>
<p>5月19日（金）23:59までにマイページでお支払いをお済ませください。</p>
<p style="font-size:11px;color:#999">このメールは配信専用です。市民文化ホール チケットセンター</p></div>
""", "utf-8", "base64", sub="html")]))

M(lang="ja", kind="calendar invitation (Outlook / Microsoft 365)", date="2025-10-06 11:30:00", tz="+0900",
  frm=("中村 さくら", "s.nakamura@jp-env-cooperation.go.example"), to=LAN, subj="オンライン打合せ：排出量データ共有プロジェクト 進捗確認",
  client="o365", org="A",
  body=MP("alternative", [
      T("""Lan様

来週の進捗確認をオンラインで行いたく、招待をお送りします。
ご都合が合わない場合はお知らせください。

議題：
1. 第2四半期データの提出状況
2. ハノイでの現地研修（12月）の準備
3. その他

________________________________________________________________________________
Microsoft Teams 会議
会議 ID: 412 889 305 117
パスコード: Xa7qPz
________________________________________________________________________________
""", "utf-8", "base64"),
      T("""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=中村 さくら:mailto:s.nakamura@jp-env-cooperation.go.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nguyen Thi Lan:mailto:lan.nt@htqt.bokhcn.example
SUMMARY;LANGUAGE=ja-JP:オンライン打合せ：排出量データ共有プロジェクト 進捗確認
DTSTART;TZID=Tokyo Standard Time:20251014T150000
DTEND;TZID=Tokyo Standard Time:20251014T160000
UID:040000008200E00074C5B7101A82E00800000000B4F1C2A9D35FDC01000000000000000010000000
DTSTAMP:20251006T023000Z
LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "utf-8", "base64", sub="calendar", extra=[("method", "REQUEST")])]))

# ============================================================ Korean
M(lang="ko", kind="development agency letter (KOICA-style) about a project report", date="2005-11-08 15:40:22", tz="+0900",
  frm=("김민수", "mskim@kdca-global.or.kr"), to=DUC, subj="[협력사업] 2005년도 중간보고서 제출 요청", scs="euc-kr", client="oe6", org="A",
  body=T("""Pham Van Duc 과장님께

안녕하십니까. 한국개발협력단 베트남 사업담당 김민수입니다.

지난 10월 하노이 방문 시 협조해 주셔서 진심으로 감사드립니다.
「농촌 정보화 지원사업」의 2005년도 중간보고서 제출 기한이
11월 30일로 다가와 안내 말씀 드립니다.

보고서에는 다음 내용이 포함되어야 합니다.
 1. 사업 진행 현황 (교육 실적, 장비 설치 현황)
 2. 예산 집행 내역
 3. 향후 추진 일정 및 애로사항

양식은 지난번 회의 때 전달드린 것을 사용하시면 됩니다.
궁금하신 점은 언제든지 연락 주십시오.

감사합니다.

김민수 드림
한국개발협력단 아시아사업부
Tel. +82-2-555-0134
""", "euc-kr", "base64"))

M(lang="ko", kind="short colleague note from web mail", date="2008-04-22 09:13:50", tz="+0900",
  frm=("박지영", "jypark77@hanmail.net"), to=HOANG, subj="내일 회의 시간 변경", scs="euc-kr", client="daum", org="C",
  body=T("""호앙씨,

내일 회의가 오후 3시에서 4시로 바뀌었어요.
부산 사무소 쪽 사정 때문이라고 하네요.
자료는 그대로 쓰시면 됩니다.

지영
""", "euc-kr", "8bit"))

M(lang="ko", kind="Seollal greeting from a friend (HTML)", date="2010-02-13 20:41:07", tz="+0900",
  frm=("이수진", "sujin_lee@naver.com"), to=HOA, subj="새해 복 많이 받으세요~", scs="euc-kr", client="naver", org="D",
  body=T("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body><div style="font-size:10pt;font-family:굴림">
<p>호아야, 설날 잘 보내고 있니?</p>
<p>여기는 어제부터 눈이 와서 고향 가는 길이 엄청 막혔어. 떡국 먹으면서 네 생각 났어.<br>
작년에 하노이에서 같이 먹었던 분짜가 그립다 ㅎㅎ</p>
<p>새해에도 건강하고, 하는 일 다 잘 되길 바랄게.<br>
올해는 꼭 서울에 한번 놀러 와!</p>
<p>수진이가</p>
</div></body></html>
""", "euc-kr", "base64", sub="html"))

M(lang="ko", kind="card statement notice (no credential request)", date="2013-09-10 07:30:15", tz="+0900",
  frm=("한빛카드", "statement@hanbitcard-mail.co.kr"), to=HOA, subj="[한빛카드] 2013년 9월 이용대금 명세서 안내", client="esp", org="D",
  extra=["List-Unsubscribe: <mailto:reject@hanbitcard-mail.co.kr?subject=unsub-2093>"],
  body=T("""<html><body>
<table width="640" cellpadding="0" cellspacing="0" style="font-family:'돋움',Dotum;font-size:12px;border:1px solid #ddd">
<tr><td style="background:#00508f;color:#fff;padding:12px;font-size:16px">9월 이용대금 명세서</td></tr>
<tr><td style="padding:16px">
<p>Nguyen Hoa 고객님, 한빛카드를 이용해 주셔서 감사합니다.</p>
<p>2013년 9월 결제 예정 금액을 안내해 드립니다.</p>
<table width="100%" style="font-size:12px">
<tr><td>카드번호</td><td>9410-****-****-2217</td></tr>
<tr><td>결제일</td><td>2013년 9월 25일</td></tr>
<tr><td>결제 예정 금액</td><td><b>487,350원</b></td></tr>
<tr><td>결제 계좌</td><td>한빛은행 ***-**-***418</td></tr>
</table>
<p>상세 이용 내역은 한빛카드 앱 또는 홈페이지에 직접 로그인하여 확인하실 수 있습니다.
본 메일은 비밀번호나 카드번호 입력을 요구하지 않습니다.</p>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다. 문의: 고객센터 1588-0000 (가상 번호)</p>
</td></tr></table></body></html>
""", "utf-8", "quoted-printable", sub="html"))

M(lang="ko", kind="loan consultation the person requested (대출 상담)", date="2015-06-03 16:22:08", tz="+0900",
  frm=("정대호", "daeho.jung@woorim-bank.co.kr"), to=HOANG, subj="RE: 외국인 근로자 전세자금 대출 상담 문의", client="ol2010", org="C",
  reply="<003101d09dd4$1a2b3c4d$4e5f6071@saigonlogistics.example>",
  body=T("""Le Hoang 님께,

문의 주신 전세자금 대출 상담 건에 대해 답변 드립니다.

외국인 근로자의 경우 재직 기간 1년 이상, 외국인등록증 소지 시 상담이 가능합니다.
필요 서류는 아래와 같습니다.
- 외국인등록증 사본
- 재직증명서 및 최근 3개월 급여명세서
- 임대차계약서 (계약 후)

상담은 지점 방문으로 진행되며, 평일 오전 10시~오후 4시에 가능합니다.
방문 전에 전화 주시면 대기 시간 없이 안내해 드리겠습니다.

정대호 대리
우림은행 안산외국인센터지점
031-555-0166

-----Original Message-----
From: Le Hoang [mailto:hoang.le@saigonlogistics.example]
Sent: Tuesday, June 02, 2015 5:41 PM
To: daeho.jung@woorim-bank.co.kr
Subject: 외국인 근로자 전세자금 대출 상담 문의

안녕하세요. 안산 지사에 근무하는 베트남 직원입니다.
내년 초 전세 계약을 하려고 하는데, 외국인도 대출 상담을 받을 수 있는지 궁금합니다.
""", "utf-8", "base64"))

M(lang="ko", kind="conference registration confirmation (mentions event/이벤트)", date="2017-10-16 10:05:44", tz="+0900",
  frm=("ICAST 2017 사무국", "register@icast2017-conf.kr"), to=QUANG, subj="[ICAST 2017] 등록이 완료되었습니다 / Registration confirmed",
  client="php", org="E",
  body=MP("alternative", [
      T("""Dinh Quang 님, 안녕하세요.

ICAST 2017 (국제 응용과학기술 학술대회) 등록이 완료되었습니다.

등록번호: ICAST17-0638
등록 유형: 일반 (해외 참가자)
등록비: USD 350 (결제 완료)
장소: 제주 국제컨벤션센터, 2017년 11월 20일~22일

현장 등록 데스크에서 등록번호를 말씀해 주시면 명찰과 자료집을 받으실 수 있습니다.
참가자 대상 경품 이벤트가 11월 21일 만찬 중에 진행됩니다.

Dear Dinh Quang, your registration (ICAST17-0638) is confirmed. See you in Jeju.

ICAST 2017 사무국
""", "utf-8", "quoted-printable"),
      T("""<p>Dinh Quang 님, 안녕하세요.</p><p>ICAST 2017 (국제 응용과학기술 학술대회) 등록이 완료되었습니다.</p>
<ul><li>등록번호: ICAST17-0638</li><li>등록 유형: 일반 (해외 참가자)</li><li>등록비: USD 350 (결제 완료)</li>
<li>장소: 제주 국제컨벤션센터, 2017년 11월 20일~22일</li></ul>
<p>참가자 대상 경품 이벤트가 11월 21일 만찬 중에 진행됩니다.</p>
<p><i>Dear Dinh Quang, your registration (ICAST17-0638) is confirmed. See you in Jeju.</i></p>
""", "utf-8", "quoted-printable", sub="html")]))

M(lang="ko", kind="reply with project report DOCX attached", date="2019-12-04 17:58:31", tz="+0900",
  frm=("최윤서", "ys.choi@k-asean-water.or.kr"), to=LAN, cc=[DUC], subj="RE: 하노이 수질관리 협력사업 최종보고서 초안",
  client="ol2016", org="A", reply="<000c01d5aa1f$63e3b2c0$2baa1840$@htqt.bokhcn.example>",
  body=MP("mixed", [
      T("""Lan 님,

보내주신 의견 잘 받았습니다. 반영한 수정본을 첨부합니다.
4장 예산 부분의 환율은 2019년 11월 평균(1달러=23,180동)으로 통일했습니다.

다음 주 화요일까지 검토해 주시면 연내 최종 제출이 가능할 것 같습니다.

최윤서 드림

From: Nguyen Thi Lan <lan.nt@htqt.bokhcn.example>
Sent: Wednesday, December 4, 2019 10:12 AM
To: ys.choi@k-asean-water.or.kr
Cc: Pham Van Duc <ducpv@htqt.bokhcn.example>
Subject: 하노이 수질관리 협력사업 최종보고서 초안

Dear Ms. Choi,
Thank you for the draft. Our comments are in the attached file; mainly chapter 4 (budget) and the annex list.
Best regards, Lan
""", "utf-8", "base64"),
      A(docx("final report draft v2"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "최종보고서_초안_v2.docx", style="ew")]))

M(lang="ko", kind="delivery status notification (multipart/report) in Korean", date="2021-03-18 14:02:55", tz="+0900",
  frm=("메일 시스템 관리자", "MAILER-DAEMON@mx2.hanseong-trade.co.kr"), to=MINH, subj="메일 전송 실패 안내: 수출 상담회 참가 확인",
  client="mta", org="B", rp="", hops=1, relay="mx2.hanseong-trade.co.kr", nodkim=True,
  body=MP("report", [
      T("""이 메일은 자동으로 발송되었습니다.

보내신 메일을 아래 수신자에게 전달하지 못했습니다.

  수신자: sales-team@hanseong-trade.co.kr
  사유: 수신자의 메일함 용량이 초과되었습니다 (552 5.2.2 Mailbox full)

시스템은 72시간 동안 재전송을 시도하였으나 실패하였습니다.
수신자에게 다른 방법으로 연락하시기 바랍니다.
""", "utf-8", "base64"),
      leaf("message/delivery-status", """Reporting-MTA: dns; mx2.hanseong-trade.co.kr
Arrival-Date: Mon, 15 Mar 2021 13:47:02 +0900

Final-Recipient: rfc822; sales-team@hanseong-trade.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""".replace("\n", "\r\n")),
      T("""From: Tran Quang Minh <minh.tq@vinatrade-agency.test>
To: sales-team@hanseong-trade.co.kr
Subject: Confirmation of participation - export consultation fair
Date: Mon, 15 Mar 2021 11:46:51 +0700
Message-ID: <6f0e2a71-3b0c-4d6e-9a51-2c8b1f7d9e04@vinatrade-agency.test>
""", "us-ascii", "7bit", sub="rfc822-headers", csname="us-ascii")], extra=[("report-type", "delivery-status")]))

M(lang="ko", kind="out-of-office auto-reply", date="2023-08-07 09:31:02", tz="+0900",
  frm=("한재원", "jwhan@kr-seoul-mofa-partner.go.example"), to=ICD, subj="자동 회신: 2023 한-베 과학기술 공동위원회 의제 협의",
  client="o365", org="A", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  reply="<SG2PR06MB5123F1E2D3C4B5A6@SG2PR06MB5123.apcprd06.prod.outlook.com>",
  body=T("""안녕하세요.

8월 7일(월)부터 8월 11일(금)까지 하계 휴가로 부재중입니다.
8월 14일(월)에 복귀하여 메일을 확인하겠습니다.

긴급한 업무는 과학기술협력과 오세훈 사무관(shoh@kr-seoul-mofa-partner.go.example)에게 연락 부탁드립니다.

I am out of the office until 11 August with limited access to e-mail.

한재원 드림
""", "utf-8", "base64"))

M(lang="ko", kind="centre newsletter via ESP with List-Unsubscribe", date="2026-01-20 10:00:00", tz="+0900",
  frm=("한-아세안 협력센터", "news@kasean-center-news.or.kr"), to=MINH, subj="[뉴스레터 제142호] 2026 한-아세안 무역 상담회 참가기업 모집",
  client="esp", org="B", rp="bounce-142-minh.tq=vinatrade-agency.test@mail.kasean-center-news.or.kr",
  extra=["List-Unsubscribe: <https://kasean-center-news.or.kr/u/142/c7d1e0a9>, <mailto:unsub-142-c7d1e0a9@mail.kasean-center-news.or.kr>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Feedback-ID: 142:newsletter:kasean"],
  body=MP("alternative", [
      T("""한-아세안 협력센터 뉴스레터 제142호 (2026년 1월)

1. 2026 한-아세안 무역 상담회 참가기업 모집
 - 일시: 2026년 4월 14일~15일, 서울 코엑스
 - 대상: 아세안 10개국 및 베트남 유관기관 추천 기업
 - 신청 마감: 2월 27일

2. 아세안 청년 디지털 인재 연수 결과 보고
 베트남, 라오스, 캄보디아 청년 60명이 3주간 서울에서 연수를 마쳤습니다.

3. 센터 소식
 설 연휴(2월 16일~18일)에는 센터 사무실이 휴무입니다.

수신을 원하지 않으시면 아래 링크에서 구독을 해지하실 수 있습니다.
https://kasean-center-news.or.kr/u/142/c7d1e0a9
""", "utf-8", "base64"),
      T("""<!DOCTYPE html><html><body style="background:#eef2f6;margin:0">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Malgun Gothic',sans-serif">
<tr><td style="padding:20px;background:#0b5c8a;color:#fff"><h1 style="margin:0;font-size:20px">한-아세안 협력센터 뉴스레터 제142호</h1></td></tr>
<tr><td style="padding:20px"><h2 style="font-size:16px">2026 한-아세안 무역 상담회 참가기업 모집</h2>
<p>일시: 2026년 4월 14일~15일, 서울 코엑스<br>대상: 아세안 10개국 및 베트남 유관기관 추천 기업<br>신청 마감: 2월 27일</p>
<h2 style="font-size:16px">아세안 청년 디지털 인재 연수 결과 보고</h2>
<p>베트남, 라오스, 캄보디아 청년 60명이 3주간 서울에서 연수를 마쳤습니다.</p>
<h2 style="font-size:16px">센터 소식</h2><p>설 연휴(2월 16일~18일)에는 센터 사무실이 휴무입니다.</p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">구독 해지: <a href="https://kasean-center-news.or.kr/u/142/c7d1e0a9">여기를 누르세요</a></td></tr>
</table></td></tr></table></body></html>
""", "utf-8", "base64", sub="html")]))

# ============================================================ Thai
M(lang="th", kind="partner ministry letter about a visit", date="2006-03-21 13:15:40", tz="+0700",
  frm=("สมชาย วงศ์ใหญ่", "somchai.w@thai-sci-coop.go.th"), to=LAN, subj="การเยือนของคณะผู้แทนกระทรวงฯ เดือนเมษายน 2549",
  scs="tis-620", client="ol2003", org="A",
  body=T("""เรียน คุณเหงียน ถิ ลาน

ตามที่ได้หารือกันทางโทรศัพท์เมื่อสัปดาห์ที่แล้ว คณะผู้แทนจากกองความร่วมมือระหว่างประเทศ
จำนวน 5 ท่าน มีกำหนดเดินทางไปกรุงฮานอยระหว่างวันที่ 18-20 เมษายน 2549
เพื่อหารือเรื่องโครงการแลกเปลี่ยนนักวิจัยด้านเทคโนโลยีชีวภาพ

จึงขอความกรุณาช่วยนัดหมายการประชุมกับผู้อำนวยการกรมในวันที่ 19 เมษายน ช่วงเช้า
หากไม่สะดวก ขอให้แจ้งวันเวลาที่เหมาะสมกลับมาด้วย

ขอแสดงความนับถือ
สมชาย วงศ์ใหญ่
กองความร่วมมือระหว่างประเทศ
โทร 02-555-0147
""", "tis-620", "8bit", csname="TIS-620"))

M(lang="th", kind="colleague reply with quoted text", date="2011-07-14 10:48:03", tz="+0700",
  frm=("Nattaya K.", "nattaya@siam-cargo-link.co.th"), to=HOANG, subj="Re: ตารางเรือเดือนสิงหาคม", scs="windows-874", senc="Q", client="tb3", org="C",
  reply="<4E1E6A21.7050802@saigonlogistics.example>",
  body=T("""สวัสดีค่ะคุณฮวง

ได้รับตารางแล้วค่ะ ขอบคุณมาก
เรือเที่ยววันที่ 9 ส.ค. ทางเรายืนยันพื้นที่ 2 ตู้ 40 ฟุตได้เลยค่ะ
ส่วนเที่ยววันที่ 23 ขอเช็คกับสายเรืออีกทีนะคะ พรุ่งนี้จะแจ้งกลับ

ณัฐยา

On 14/7/2554 9:02, Le Hoang wrote:
> Dear Khun Nattaya,
>
> Please find the August vessel schedule below. Could you confirm space
> for 2 x 40' on the 9 Aug sailing and 1 x 20' on 23 Aug?
>
> Thanks,
> Hoang
""", "cp874", "quoted-printable", csname="windows-874"))

M(lang="th", kind="Songkran greeting card with inline image", date="2014-04-11 19:26:37", tz="+0700",
  frm=("พิมพ์ชนก", "pimchanok.s@gmail.com"), to=HOA, subj="สุขสันต์วันสงกรานต์ค่ะ 💦", client="gmail", org="D",
  body=MP("related", [
      MP("alternative", [
          T("""ฮัวจ๋า
สุขสันต์วันสงกรานต์นะ ปีนี้เชียงใหม่เล่นน้ำกันสนุกมาก อยากให้มาด้วยจริงๆ
ขอให้มีความสุข สุขภาพแข็งแรง ปีหน้ามาเที่ยวด้วยกันนะ
พิมพ์
""", "utf-8", "base64"),
          T("""<div dir="ltr">ฮัวจ๋า<div><br></div><div>สุขสันต์วันสงกรานต์นะ ปีนี้เชียงใหม่เล่นน้ำกันสนุกมาก อยากให้มาด้วยจริงๆ</div>
<div><img src="cid:ii_songkran01" alt="songkran.png" width="120" height="80"><br></div>
<div>ขอให้มีความสุข สุขภาพแข็งแรง ปีหน้ามาเที่ยวด้วยกันนะ</div><div>พิมพ์</div></div>
""", "utf-8", "base64", sub="html")]),
      A(png(12, 8, (40, 150, 220)), "image/png", "songkran.png", inline=True, cid="ii_songkran01")]))

M(lang="th", kind="airline booking confirmation with promotion mention", date="2018-09-02 22:41:19", tz="+0700",
  frm=("Orchid Skyways", "booking@orchidskyways-mail.co.th"), to=MINH, subj="ยืนยันการจองเที่ยวบิน รหัส K7QX2M | Booking confirmation",
  client="esp", org="B",
  extra=["List-Unsubscribe: <https://orchidskyways-mail.co.th/pref/unsub?id=K7QX2M>"],
  body=MP("alternative", [
      T("""เรียน คุณ TRAN QUANG MINH

ขอบคุณที่เลือกเดินทางกับ Orchid Skyways
รหัสการจอง: K7QX2M

เที่ยวบิน OQ 571  กรุงเทพฯ (BKK) - ฮานอย (HAN)
วันที่ 28 ก.ย. 2561  ออก 08:10  ถึง 10:05
ที่นั่ง 14C  สัมภาระโหลด 20 กก.

ยอดชำระ 4,390 บาท (ชำระแล้ว)

เช็คอินออนไลน์ได้ 24 ชั่วโมงก่อนออกเดินทาง
โปรโมชั่นสำหรับสมาชิก: สะสมไมล์ได้ 2 เท่าในเส้นทางเวียดนามถึง 31 ต.ค. (ไม่ต้องดำเนินการใดๆ)
""", "utf-8", "base64"),
      T("""<html><body style="font-family:Tahoma,sans-serif;font-size:13px">
<p>เรียน คุณ TRAN QUANG MINH</p><p>ขอบคุณที่เลือกเดินทางกับ Orchid Skyways &mdash; รหัสการจอง <b>K7QX2M</b></p>
<table border="0" cellpadding="6" style="background:#f7f0fa"><tr><td>OQ 571</td><td>BKK &rarr; HAN</td><td>28 ก.ย. 2561</td><td>08:10 - 10:05</td><td>ที่นั่ง 14C</td></tr></table>
<p>ยอดชำระ 4,390 บาท (ชำระแล้ว) &middot; สัมภาระโหลด 20 กก.</p>
<p style="color:#7a3e9d">โปรโมชั่นสำหรับสมาชิก: สะสมไมล์ได้ 2 เท่าในเส้นทางเวียดนามถึง 31 ต.ค.</p>
</body></html>
""", "utf-8", "base64", sub="html")]))

M(lang="th", kind="supplier invoice with PDF", date="2022-02-25 11:07:49", tz="+0700",
  frm=("ฝ่ายบัญชี บจก.ไทยแพ็คกิ้ง", "account@thaipacking-supply.co.th"), to=HOANG, subj="ใบแจ้งหนี้ INV-6502-0317 ค่าพาเลทพลาสติก",
  client="ol2016", org="C",
  body=MP("mixed", [
      T("""เรียน ฝ่ายจัดซื้อ Saigon Logistics

แนบใบแจ้งหนี้เลขที่ INV-6502-0317 สำหรับพาเลทพลาสติก 120 ชิ้น
ที่จัดส่งเมื่อวันที่ 21 ก.พ. 2565 ยอดรวม 186,540 บาท (รวม VAT)
ครบกำหนดชำระ 27 มี.ค. 2565

บัญชีรับโอนตามที่ระบุในสัญญาเดิม ไม่มีการเปลี่ยนแปลง

ขอบคุณค่ะ
วรรณา ฝ่ายบัญชี
""", "windows-874", "quoted-printable", csname="windows-874"),
      A(pdf("INV-6502-0317"), "application/pdf", "INV-6502-0317.pdf")]))

M(lang="th", kind="university colleague's question", date="2025-06-09 15:33:12", tz="+0700",
  frm=("Dr. Kittipong Srisuk", "kittipong.s@gmail.com"), to=QUANG, subj="สอบถามเรื่องข้อมูลชุดวัดฝุ่น PM2.5 ที่ฮานอย",
  client="gmail", org="E",
  body=MP("alternative", [
      T("""สวัสดีครับ อาจารย์ Quang

ผมกำลังเขียนบทความเปรียบเทียบค่าฝุ่น PM2.5 ระหว่างเชียงใหม่กับฮานอย
อยากทราบว่าข้อมูลรายชั่วโมงปี 2023 ที่อาจารย์นำเสนอในงานสัมมนาเดือนมีนาคม
เปิดให้ใช้ได้หรือไม่ครับ ถ้าได้จะอ้างอิงตามที่อาจารย์แนะนำ

ขอบคุณครับ
กิตติพงษ์
""", "utf-8", "quoted-printable"),
      T("""<div dir="ltr"><div>สวัสดีครับ อาจารย์ Quang</div><div><br></div><div>ผมกำลังเขียนบทความเปรียบเทียบค่าฝุ่น PM2.5 ระหว่างเชียงใหม่กับฮานอย อยากทราบว่าข้อมูลรายชั่วโมงปี 2023 ที่อาจารย์นำเสนอในงานสัมมนาเดือนมีนาคม เปิดให้ใช้ได้หรือไม่ครับ ถ้าได้จะอ้างอิงตามที่อาจารย์แนะนำ</div><div><br></div><div>ขอบคุณครับ<br>กิตติพงษ์</div></div>
""", "utf-8", "quoted-printable", sub="html")]))

# ============================================================ Indonesian
M(lang="id", kind="regional secretariat letter about a workshop, DOC attached", date="2007-05-29 14:20:11", tz="+0700",
  frm=("Rina Kusumawati", "rina.kusumawati@asean-sti-secretariat.org"), to=ICD, subj="Undangan Lokakarya Regional Kebijakan Inovasi, Jakarta 3-5 Juli 2007",
  scs="iso-8859-1", client="notes", org="A",
  body=MP("mixed", [
      T("""Yth. Direktur Kerja Sama Internasional,

Dengan hormat, Sekretariat mengundang dua orang wakil dari instansi Bapak/Ibu
untuk menghadiri Lokakarya Regional Kebijakan Inovasi yang akan diadakan di
Jakarta pada tanggal 3-5 Juli 2007.

Biaya perjalanan dan akomodasi untuk satu orang peserta ditanggung oleh panitia.
Mohon formulir pendaftaran terlampir dikirim kembali paling lambat 15 Juni 2007.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Rina Kusumawati
Program Officer
""", "iso-8859-1", "quoted-printable"),
      A(doc("registration form"), "application/msword", "Formulir_Pendaftaran.doc")]))

M(lang="id", kind="Lebaran greeting from a friend", date="2012-08-18 06:55:30", tz="+0700",
  frm=("Dewi Anggraini", "dewi_anggraini83@yahoo.co.id"), to=HOA, subj="Selamat Idul Fitri 1433 H", scs="iso-8859-1", senc="Q", client="yahoo", org="D",
  relay="nm12-vm0.bullet.mail.sg3.yahoo.com",
  body=T("""Hoa sayang,

Selamat Hari Raya Idul Fitri 1433 H, mohon maaf lahir dan batin ya.
Aku lagi mudik ke Solo, rumah ibu penuh sekali dengan saudara-saudara.
Ketupat dan opor ayam sudah siap dari semalam, hehe.

Semoga kamu sehat selalu di Hanoi. Kapan main ke Indonesia lagi?

Peluk,
Dewi
""", "iso-8859-1", "quoted-printable"))

M(lang="id", kind="online shop order shipped (promo mention)", date="2015-11-27 18:12:05", tz="+0700",
  frm=("Toko Batik Lestari", "pesanan@batiklestari-online.co.id"), to=HOA, subj="Pesanan #BL-77120 sudah dikirim",
  client="esp", org="D", extra=["List-Unsubscribe: <mailto:unsubscribe@batiklestari-online.co.id?subject=BL-77120>"],
  body=T("""<html><body style="font-family:Arial,sans-serif;color:#333">
<h3 style="color:#8a4b08">Terima kasih sudah berbelanja di Batik Lestari!</h3>
<p>Halo Nguyen Hoa,</p>
<p>Pesanan Anda <b>#BL-77120</b> sudah kami kirim hari ini melalui pos internasional.</p>
<table cellpadding="5" style="border:1px solid #e0c9a6">
<tr><td>Kemeja batik tulis motif parang (M)</td><td>Rp 385.000</td></tr>
<tr><td>Selendang sutra</td><td>Rp 210.000</td></tr>
<tr><td>Diskon promo Harbolnas</td><td>- Rp 59.500</td></tr>
<tr><td>Ongkos kirim</td><td>Rp 145.000</td></tr>
<tr><td><b>Total</b></td><td><b>Rp 680.500</b></td></tr>
</table>
<p>Nomor resi: RR 103 448 921 ID. Perkiraan tiba 10-14 hari kerja.</p>
<p style="font-size:11px;color:#999">Batik Lestari, Jl. Malioboro (fiktif) No. 8, Yogyakarta</p>
</body></html>
""", "utf-8", "quoted-printable", sub="html"))

M(lang="id", kind="credit card e-statement notice with PDF (reward points/hadiah)", date="2019-04-05 08:45:00", tz="+0700",
  frm=("Bank Nusantara Raya", "e-statement@banknusantararaya.co.id"), to=HOANG, subj="e-Statement Kartu Kredit Anda - Periode Maret 2019",
  client="app", org="C",
  body=MP("mixed", [
      T("""Yth. Bapak LE HOANG,

Bersama email ini kami sampaikan lembar tagihan kartu kredit Anda periode Maret 2019.

Tanggal cetak     : 02-04-2019
Jatuh tempo       : 22-04-2019
Total tagihan     : Rp 3.214.600
Pembayaran minimum: Rp 160.730

Poin reward Anda saat ini 12.450 poin dan dapat ditukar dengan hadiah
melalui aplikasi resmi Bank Nusantara Raya.

Bank Nusantara Raya tidak pernah meminta PIN, password atau kode OTP melalui email.

Salam hangat,
Bank Nusantara Raya
""", "utf-8", "7bit" if False else "quoted-printable"),
      A(pdf("e-statement 2019-03"), "application/pdf", "eStatement_201903.pdf")]))

M(lang="id", kind="cooperative loan application update the person asked for (pinjaman)", date="2021-10-12 13:37:26", tz="+0700",
  frm=("Agus Prasetyo", "agus.prasetyo@koperasi-sejahtera-bersama.id"), to=MINH, subj="Re: Status pengajuan pinjaman usaha a.n. CV Mekar Jaya",
  client="tb78", org="B", reply="<7d2a90c4-51e3-4b6a-8f10-6a2d4e1c3b88@vinatrade-agency.test>",
  body=T("""Pak Minh,

Terima kasih atas emailnya. Pengajuan pinjaman usaha untuk mitra Bapak,
CV Mekar Jaya, sudah kami terima lengkap dan sedang dianalisis oleh komite.
Keputusan biasanya keluar dalam 7 hari kerja.

Jika ada dokumen tambahan yang diperlukan, kami akan menghubungi
Ibu Sri (pemilik CV) langsung melalui telepon kantor.

Salam,
Agus Prasetyo
Koperasi Sejahtera Bersama - Bagian Kredit

On 11/10/2021 16.20, Tran Quang Minh wrote:
> Selamat sore Pak Agus,
> Mohon informasi status pengajuan pinjaman mitra kami CV Mekar Jaya
> yang diajukan tanggal 28 September. Terima kasih.
""", "utf-8", "8bit"))

M(lang="id", kind="calendar invitation (Google Calendar)", date="2024-02-06 09:20:14", tz="+0700",
  frm=("Yusuf Hidayat", "yusuf.hidayat@gmail.com"), to=QUANG, subj="Undangan: Diskusi proposal riset bersama @ Kam 15 Feb 2024 14.00 - 15.00 (WIB)",
  client="gmail", org="E",
  body=MP("mixed", [MP("alternative", [
      T("""Yusuf Hidayat mengundang Anda ke acara berikut.

Diskusi proposal riset bersama
Kamis 15 Feb 2024 14.00 - 15.00 (WIB)
Bergabung dengan Google Meet: meet.google.com/xrk-pqbt-wfa

Agenda singkat: pembagian bab, jadwal pengumpulan data di Bandung dan Hanoi.
""", "utf-8", "quoted-printable"),
      T("""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240215T070000Z
DTEND:20240215T080000Z
DTSTAMP:20240206T022014Z
ORGANIZER;CN=Yusuf Hidayat:mailto:yusuf.hidayat@gmail.com
UID:4q1s8r0c2ke9v6h3m5t7bnd0aj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=quang.dinh@uni-hanoi.example;X-NUM-GUESTS=0:mailto:quang.dinh@uni-hanoi.example
SUMMARY:Diskusi proposal riset bersama
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "utf-8", "7bit", sub="calendar", extra=[("method", "REQUEST")])]),
      A("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".encode(), "application/ics", "invite.ics")]))

# ============================================================ Malay
M(lang="ms", kind="agency letter about a study visit", date="2009-08-17 11:03:55", tz="+0800",
  frm=("Nor Azlina binti Hassan", "azlina@mida-partner-agensi.gov.my"), to=MINH, subj="Lawatan Sambil Belajar Delegasi Vietnam ke Pulau Pinang",
  scs="iso-8859-1", client="ol2007", org="B",
  body=T("""Tuan Tran Quang Minh,

Merujuk kepada surat tuan bertarikh 5 Ogos 2009, pihak kami dengan sukacitanya
bersetuju untuk menerima lawatan delegasi seramai 8 orang pada 22 September 2009.

Program cadangan:
  09.30  Taklimat mengenai insentif pelaburan
  11.00  Lawatan ke taman perindustrian Bayan Lepas
  13.00  Makan tengah hari

Sila maklumkan senarai nama peserta sebelum 4 September.

Sekian, terima kasih.

Nor Azlina Hassan
Bahagian Kerjasama Antarabangsa
Tel: 03-5555 0192
""", "iso-8859-1", "7bit"))

M(lang="ms", kind="reply in thread with quoted text", date="2016-05-23 10:10:37", tz="+0800",
  frm=("Faizal Rahman", "faizal@penang-halal-foods.com.my"), to=MINH, subj="Re: Sampel produk untuk pameran Hanoi",
  client="tb115" if False else "tb78", org="B", reply="<5742A1B3.3010409@vinatrade-agency.test>",
  body=T("""Salam Encik Minh,

Terima kasih atas makluman. Kami akan hantar 3 kotak sampel (sos cili,
kicap manis dan rempah kari) melalui DHL minggu ini. Nombor penghantaran
akan saya emelkan sebaik sahaja ada.

Faizal

On 20/05/2016 15:44, Tran Quang Minh wrote:
> Dear Encik Faizal,
>
> Booth anda di pameran Hanoi telah disahkan (No. B-17). Sila hantar
> sampel sebelum 10 Jun supaya sempat melalui kastam.
""", "us-ascii", "7bit"))

M(lang="ms", kind="Hari Raya greeting with gift (hadiah) from a friend's phone", date="2020-05-24 08:17:44", tz="+0800",
  frm=("Siti Aminah", "sitiaminah.kl@gmail.com"), to=HOA, subj="Selamat Hari Raya Aidilfitri!", client="android", org="D",
  body=MP("alternative", [
      T("""Hoa, Selamat Hari Raya, maaf zahir dan batin!
Tahun ni raya PKP, tak boleh balik kampung, sedih sikit.
Hadiah kecil yang saya pos bulan lepas dah sampai ke? Kain batik tu untuk mak awak.
Jaga diri baik-baik ya.

Dihantar daripada telefon pintar saya
""", "utf-8", "8bit"),
      T("""<p dir="ltr">Hoa, Selamat Hari Raya, maaf zahir dan batin!<br>
Tahun ni raya PKP, tak boleh balik kampung, sedih sikit.<br>
Hadiah kecil yang saya pos bulan lepas dah sampai ke? Kain batik tu untuk mak awak.<br>
Jaga diri baik-baik ya.</p>
<p dir="ltr">Dihantar daripada telefon pintar saya</p>
""", "utf-8", "8bit", sub="html")]))

M(lang="ms", kind="hotel booking confirmation", date="2024-03-12 16:50:02", tz="+0800",
  frm=("Hotel Seri Melaka Heritage", "tempahan@serimelaka-heritage.com.my"), to=HOANG, subj="Pengesahan Tempahan No. SMH240312-118",
  client="php", org="C",
  body=T("""<html><body>
<p>Terima kasih, Encik LE HOANG.</p>
<p>Tempahan anda telah disahkan:</p>
<ul><li>No. tempahan: SMH240312-118</li><li>Daftar masuk: 5 April 2024 (selepas 2.00 petang)</li>
<li>Daftar keluar: 7 April 2024 (sebelum 12.00 tengah hari)</li><li>Bilik Deluxe Queen, 1 bilik, 2 dewasa, termasuk sarapan</li>
<li>Jumlah: RM 612.00 (termasuk cukai pelancongan)</li></ul>
<p>Pembatalan percuma sehingga 48 jam sebelum ketibaan. Tempat letak kereta percuma untuk tetamu.</p>
<p>Hotel Seri Melaka Heritage, Jalan Hang Jebat (fiktif), Melaka. Tel +60 6-555 0110</p>
</body></html>
""", "utf-8", "quoted-printable", sub="html"))

# ============================================================ Filipino / Tagalog
M(lang="tl", kind="family mail from an overseas relative", date="2010-12-19 21:32:10", tz="+0800",
  frm=("Tita Marites", "marites.delacruz@yahoo.com"), to=HOA, subj="Pasko na! balita mula Maynila", scs="iso-8859-1", client="yahoo", org="D",
  relay="nm7-vm1.bullet.mail.sg3.yahoo.com",
  body=T("""Hi Hoa iha,

Kumusta ka na diyan sa Hanoi? Dito sa amin, sobrang traffic na sa EDSA
dahil Pasko na. Si Jun-jun umuwi galing Dubai noong Huwebes, kaya kumpleto
kami sa Noche Buena ngayong taon.

Natanggap namin yung padala mong kape, salamat! Ang sarap, parang
tsokolate ang amoy. Si Lola ang pinakamasaya.

Maligayang Pasko at Manigong Bagong Taon sa iyo at sa pamilya mo.

Ingat palagi,
Tita Marites
""", "iso-8859-1", "8bit"))

M(lang="tl", kind="association newsletter (mailing list)", date="2017-09-01 09:00:12", tz="+0800",
  frm=("PH-VN Friendship Society", "balita@phvn-samahan.org.ph"), to=("balita list", "balita@lists.phvn-samahan.org.ph"),
  subj="[Balita] Setyembre 2017: Pista ng Kultura at bagong kasapi", client="mailman", org="E", to_real=QUANG,
  rp="balita-bounces@lists.phvn-samahan.org.ph", relay="lists.phvn-samahan.org.ph",
  extra=["List-Id: Balita ng Samahan <balita.lists.phvn-samahan.org.ph>",
         "List-Unsubscribe: <https://lists.phvn-samahan.org.ph/mailman/options/balita>,\r\n <mailto:balita-request@lists.phvn-samahan.org.ph?subject=unsubscribe>",
         "List-Post: <mailto:balita@lists.phvn-samahan.org.ph>", "Precedence: bulk", "X-Mailman-Version: 2.1.23"],
  body=T("""BALITA NG SAMAHAN - Setyembre 2017

Magandang araw sa lahat ng kasapi!

* Pista ng Kultura Pilipino-Vietnamese
  Sa Oktubre 14, Sabado, sa Quezon City Memorial Circle. Magdala ng
  pagkaing Pinoy o Vietnamese para sa potluck.

* Mga bagong kasapi
  Malugod naming tinatanggap ang 11 bagong kasapi mula sa UP Diliman
  at Vietnam National University.

* Scholarship para sa wikang Vietnamese
  Bukas na ang aplikasyon hanggang Setyembre 30.

_______________________________________________
Balita mailing list
balita@lists.phvn-samahan.org.ph
Para umalis sa listahan: https://lists.phvn-samahan.org.ph/mailman/options/balita
""", "us-ascii", "7bit"))

M(lang="tl", kind="courier delivery notice the person expected", date="2023-11-08 10:26:55", tz="+0800",
  frm=("Mabilis Express", "abiso@mabilisexpress-ph.com"), to=HOA, subj="Ang iyong padala ay nasa daan na - Tracking MBX3390417PH",
  client="app", org="D",
  body=MP("alternative", [
      T("""Magandang araw, NGUYEN HOA!

Ang iyong padala mula kay Ana Reyes (Pasig City) ay umalis na sa aming
hub sa Maynila at papunta na sa Hanoi.

Tracking number: MBX3390417PH
Inaasahang pagdating: Nobyembre 15-17, 2023
Laman ayon sa deklarasyon: mga libro at damit

Walang kailangang bayaran sa paghahatid. Hindi kami humihingi ng
bayad o personal na impormasyon sa pamamagitan ng email o text.

Mabilis Express Customer Care
""", "utf-8", "quoted-printable"),
      T("""<table width="560" style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><tr><td>
<p>Magandang araw, <b>NGUYEN HOA</b>!</p><p>Ang iyong padala mula kay Ana Reyes (Pasig City) ay umalis na sa aming hub sa Maynila at papunta na sa Hanoi.</p>
<p>Tracking number: <b>MBX3390417PH</b><br>Inaasahang pagdating: Nobyembre 15-17, 2023</p>
<p style="font-size:12px;color:#666">Walang kailangang bayaran sa paghahatid. Mabilis Express Customer Care</p></td></tr></table>
""", "utf-8", "quoted-printable", sub="html")]))

# ============================================================ Khmer
M(lang="km", kind="partner ministry letter with PDF report", date="2011-09-26 09:44:18", tz="+0700",
  frm=("សុខ ច័ន្ទតារា", "chantara.sok@kh-mpt-cooperation.gov.kh"), to=DUC, subj="របាយការណ៍វឌ្ឍនភាពគម្រោង ត្រីមាសទី៣ ឆ្នាំ២០១១",
  client="ol2007", org="A",
  body=MP("mixed", [
      T("""គោរពជូន លោក Pham Van Duc

ខ្ញុំបាទសូមផ្ញើជូនរបាយការណ៍វឌ្ឍនភាពគម្រោងកសាងសមត្ថភាពបច្ចេកវិទ្យាព័ត៌មាន សម្រាប់ត្រីមាសទី៣ ឆ្នាំ២០១១ ដូចភ្ជាប់មកជាមួយ។
សូមលោកពិនិត្យ និងផ្តល់មតិយោបល់ត្រឡប់មកវិញ មុនថ្ងៃទី១០ ខែតុលា។

សូមអរគុណ
សុខ ច័ន្ទតារា
នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
""", "utf-8", "base64"),
      A(pdf("Q3 2011 progress report"), "application/pdf", "Report_Q3_2011.pdf")]))

M(lang="km", kind="colleague reply with quoted text", date="2019-02-14 16:05:27", tz="+0700",
  frm=("Vannak Chea", "vannak.chea@gmail.com"), to=LAN, subj="Re: កាលវិភាគសិក្ខាសាលានៅសៀមរាប", client="gmail", org="A",
  reply="<CAF3kq9Yt7uJ0pX2mZbG8fQe1LwN4vR6sD5hK0aTyU3iOcB9x_w@mail.gmail.com>",
  body=MP("alternative", [
      T("""ជម្រាបសួរ Lan

បាទ ខ្ញុំយល់ព្រមតាមកាលវិភាគថ្មី។ សណ្ឋាគារនៅសៀមរាបបានកក់រួចហើយ សម្រាប់ថ្ងៃទី៥ ដល់ទី៧ ខែមីនា។

វណ្ណៈ

On Thu, Feb 14, 2019 at 10:31 AM Nguyen Thi Lan <lan.nt@htqt.bokhcn.example> wrote:
> Dear Vannak,
> We need to move the Siem Reap workshop by one day (5-7 March instead of 4-6).
> Is that still fine for your team and the hotel?
> Lan
""", "utf-8", "base64"),
      T("""<div dir="ltr">ជម្រាបសួរ Lan<div><br></div><div>បាទ ខ្ញុំយល់ព្រមតាមកាលវិភាគថ្មី។ សណ្ឋាគារនៅសៀមរាបបានកក់រួចហើយ សម្រាប់ថ្ងៃទី៥ ដល់ទី៧ ខែមីនា។</div><div><br></div><div>វណ្ណៈ</div></div><br>
<div class="gmail_quote"><div class="gmail_attr">On Thu, Feb 14, 2019 at 10:31 AM Nguyen Thi Lan &lt;lan.nt@htqt.bokhcn.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Vannak,<br>We need to move the Siem Reap workshop by one day (5-7 March instead of 4-6).<br>Is that still fine for your team and the hotel?<br>Lan</blockquote></div>
""", "utf-8", "base64", sub="html")]))

M(lang="km", kind="Khmer New Year greeting (HTML)", date="2025-04-12 08:03:40", tz="+0700",
  frm=("ស្រីពៅ", "sreypov.lim@outlook.com"), to=MINH, subj="រីករាយបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិខ្មែរ", client="o365", org="B",
  body=T("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Khmer OS',Aptos,sans-serif;font-size:12pt">
<p>ជម្រាបសួរ Minh</p>
<p>សូមជូនពរឲ្យលោក និងក្រុមគ្រួសារ ជួបតែសេចក្តីសុខ សុខភាពល្អ និងជោគជ័យក្នុងឆ្នាំថ្មីនេះ។</p>
<p>ឆ្នាំនេះខ្ញុំនៅភ្នំពេញ ហើយទៅវត្តជាមួយម្តាយ។ សង្ឃឹមថានឹងបានជួបគ្នានៅពិព័រណ៍ខែមិថុនា។</p>
<p>ស្រីពៅ</p></div></body></html>
""", "utf-8", "quoted-printable", sub="html"))

# ============================================================ Lao
M(lang="lo", kind="partner ministry letter with DOCX", date="2013-06-05 10:18:29", tz="+0700",
  frm=("ສົມພອນ ພົມມະຈັນ", "somphone.p@lao-most-coop.gov.la"), to=ICD, subj="ຮ່າງບົດບັນທຶກຄວາມເຂົ້າໃຈ ກອງປະຊຸມຄະນະກຳມະການຮ່ວມ",
  client="ol2010", org="A",
  body=MP("mixed", [
      T("""ຮຽນ: ກົມຮ່ວມມືສາກົນ

ພວກເຮົາຂໍສົ່ງຮ່າງບົດບັນທຶກຄວາມເຂົ້າໃຈ ສຳລັບກອງປະຊຸມຄະນະກຳມະການຮ່ວມ ຄັ້ງທີ 4 ທີ່ນະຄອນຫຼວງວຽງຈັນ ມາພ້ອມນີ້.
ກະລຸນາພິຈາລະນາ ແລະ ສົ່ງຄຳເຫັນກັບຄືນ ພາຍໃນວັນທີ 20 ມິຖຸນາ 2013.

ດ້ວຍຄວາມເຄົາລົບ
ສົມພອນ ພົມມະຈັນ
ພະແນກການຮ່ວມມືສາກົນ
""", "utf-8", "base64"),
      A(docx("MoU draft JC4", 2013), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "MoU_draft_JC4.docx")]))

M(lang="lo", kind="out-of-office auto-reply", date="2020-10-19 14:40:06", tz="+0700",
  frm=("Khamla Vongsa", "khamla.v@laotrade-promo.la"), to=MINH, subj="Automatic reply: ຂໍ້ມູນງານວາງສະແດງສິນຄ້າ ຫວຽດນາມ-ລາວ 2020",
  client="ol2016", org="B", extra=["Auto-Submitted: auto-replied"],
  body=T("""ສະບາຍດີ,

ຂ້ອຍບໍ່ຢູ່ຫ້ອງການ ແຕ່ວັນທີ 19 ຫາ 23 ຕຸລາ 2020 ເນື່ອງຈາກເດີນທາງໄປປາກເຊ.
ຂ້ອຍຈະຕອບອີເມວຂອງທ່ານ ຫຼັງຈາກກັບມາ.

Thank you, I am travelling until 23 October and will reply when I return.

Khamla
""", "utf-8", "quoted-printable"))

M(lang="lo", kind="friend's mail from iPhone about Pi Mai", date="2026-04-16 19:22:51", tz="+0700",
  frm=("Noy", "noy.sisavath@icloud.com"), to=HOA, subj="ປີໃໝ່ລາວ 🎉", client="iphone", org="D",
  body=T("""Hoa ເອີຍ

ສຸກສັນວັນປີໃໝ່ລາວເດີ້! ປີນີ້ຫຼວງພະບາງຄົນຫຼາຍແທ້ ສາດນ້ຳກັນທັງມື້.
ສົ່ງຮູບໃຫ້ເບິ່ງທາງ WhatsApp ແລ້ວເນາະ.

ຄິດຮອດ
ນ້ອຍ

Sent from my iPhone""", "utf-8", "quoted-printable"))

# ============================================================ Hindi
M(lang="hi", kind="embassy letter about a visit", date="2008-10-20 12:34:02", tz="+0700",
  frm=("राजेश कुमार शर्मा", "rk.sharma@embassy-in-hanoi-partner.gov.in"), to=LAN, subj="प्रतिनिधिमंडल की यात्रा - नवंबर 2008",
  client="ol2007", org="A",
  body=T("""आदरणीय सुश्री लान,

नमस्कार। भारत के विज्ञान एवं प्रौद्योगिकी विभाग का चार सदस्यीय प्रतिनिधिमंडल
17 से 19 नवंबर 2008 तक हनोई की यात्रा पर आएगा।

प्रतिनिधिमंडल आपके विभाग के साथ संयुक्त अनुसंधान कार्यक्रम पर चर्चा करना चाहता है।
कृपया 18 नवंबर को बैठक के लिए उपयुक्त समय की पुष्टि करें।

सादर,
राजेश कुमार शर्मा
प्रथम सचिव (विज्ञान एवं प्रौद्योगिकी)
""", "utf-8", "quoted-printable"))

M(lang="hi", kind="university colleague's question", date="2018-01-29 20:11:45", tz="+0530",
  frm=("Priya Deshmukh", "priya.deshmukh.iisc@gmail.com"), to=QUANG, subj="आपके पेपर के डेटासेट के बारे में एक प्रश्न",
  client="gmail", org="E",
  body=MP("alternative", [
      T("""नमस्ते डॉ. क्वांग,

मैंने आपका मेकांग डेल्टा में लवणता पर पिछले साल का पेपर पढ़ा, बहुत उपयोगी लगा।
क्या आप बता सकते हैं कि तालिका 3 के मासिक आँकड़े किस स्टेशन से लिए गए थे?
हम अपने अध्ययन में उसी पद्धति का उपयोग करना चाहते हैं और आपके काम का हवाला देंगे।

धन्यवाद,
प्रिया देशमुख
""", "utf-8", "base64"),
      T("""<div dir="ltr">नमस्ते डॉ. क्वांग,<br><br>मैंने आपका मेकांग डेल्टा में लवणता पर पिछले साल का पेपर पढ़ा, बहुत उपयोगी लगा। क्या आप बता सकते हैं कि तालिका 3 के मासिक आँकड़े किस स्टेशन से लिए गए थे? हम अपने अध्ययन में उसी पद्धति का उपयोग करना चाहते हैं और आपके काम का हवाला देंगे।<br><br>धन्यवाद,<br>प्रिया देशमुख</div>
""", "utf-8", "base64", sub="html")]))

M(lang="hi", kind="train booking confirmation", date="2022-12-02 07:48:33", tz="+0530",
  frm=("Rail Yatra Booking", "tickets@railyatra-bookings.in"), to=HOANG, subj="टिकट बुकिंग की पुष्टि - PNR 4521908736",
  client="app", org="C",
  body=MP("alternative", [
      T("""प्रिय यात्री LE HOANG,

आपका टिकट सफलतापूर्वक बुक हो गया है।

PNR: 4521908736
ट्रेन: 12952 (काल्पनिक एक्सप्रेस)  नई दिल्ली - मुंबई सेंट्रल
यात्रा तिथि: 14-12-2022  प्रस्थान 16:55
श्रेणी: 3A  सीट: B4/33  स्थिति: CNF
किराया: ₹ 3,105.00

कृपया यात्रा के समय मूल पहचान पत्र (पासपोर्ट) साथ रखें।
""", "utf-8", "quoted-printable"),
      T("""<html><body style="font-family:Arial,'Noto Sans Devanagari',sans-serif">
<h3>टिकट बुकिंग की पुष्टि</h3><p>प्रिय यात्री LE HOANG, आपका टिकट सफलतापूर्वक बुक हो गया है।</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>PNR</td><td>4521908736</td></tr>
<tr><td>ट्रेन</td><td>12952 नई दिल्ली - मुंबई सेंट्रल</td></tr><tr><td>यात्रा तिथि</td><td>14-12-2022, 16:55</td></tr>
<tr><td>श्रेणी / सीट</td><td>3A / B4-33 (CNF)</td></tr><tr><td>किराया</td><td>&#8377; 3,105.00</td></tr></table>
<p>कृपया यात्रा के समय मूल पहचान पत्र (पासपोर्ट) साथ रखें।</p></body></html>
""", "utf-8", "quoted-printable", sub="html")]))

# ============================================================ second batch (m49-m60)
M(lang="ja", kind="university colleague's question", date="2008-11-11 13:52:06", tz="+0900",
  frm=("岡田 浩二", "okada@env.tohoku-daigaku-kenkyu.ac.jp"), to=QUANG, subj="共同研究の試料分析について質問です",
  scs="iso-2022-jp", client="tb2", org="E",
  body=T("""Quang先生

東北の岡田です。ご無沙汰しております。

先月送っていただいた紅河の底泥試料ですが、重金属分析の前処理について
一点確認させてください。試料は風乾後に2mmふるいを通したものと
考えてよろしいでしょうか。それとも湿潤状態で保存されていましたか。

結果は12月中旬にはお送りできる見込みです。

岡田 浩二
""", "iso-2022-jp", "7bit"))

M(lang="ja", kind="card usage notice with campaign mention (no credential request)", date="2021-06-08 18:20:33", tz="+0900",
  frm=("さくらリーフカード", "info@sakuraleaf-card-mail.jp"), to=HOA, subj="【さくらリーフカード】ご利用明細確定のお知らせ（2021年6月分）",
  client="app", org="D",
  body=T("""さくらリーフカードをご利用いただきありがとうございます。

2021年6月分のご利用明細が確定しました。

　お支払日：2021年6月28日（月）
　お支払金額：28,614円
　お引落口座：登録済みの口座

明細の詳細は、公式アプリまたはブックマークした会員サイトからご確認ください。
当社がメールでカード番号や暗証番号の入力をお願いすることはありません。

▼ポイント2倍キャンペーン（エントリー済みのお客様）
6月のご利用分は通常の2倍のポイントが付与されます。

さくらリーフカード株式会社
""", "utf-8", "quoted-printable"))

M(lang="ko", kind="supplier invoice with spreadsheet", date="2011-05-30 11:05:19", tz="+0900",
  frm=("윤미경", "mkyoon@daesung-parts.co.kr"), to=HOANG, subj="5월 납품분 거래명세서 및 세금계산서 송부", scs="euc-kr", client="ol2007", org="C",
  body=MP("mixed", [
      T("""Le Hoang 매니저님께,

대성부품 영업관리팀 윤미경입니다.
5월 납품분(컨베이어 롤러 240개) 거래명세서를 첨부하여 보내드립니다.

공급가액: USD 8,640.00
결제 조건: 선적 후 30일 (T/T)

세금계산서 원본은 우편으로 별도 발송하였습니다.
확인 후 이상이 있으시면 연락 부탁드립니다.

윤미경 드림
""", "euc-kr", "base64"),
      A(doc("invoice sheet").replace(b"placeholder", b"XLS placeholder"), "application/vnd.ms-excel", "거래명세서_2011_05.xls", cs="euc-kr", style="ew")],
      preamble="This is a multi-part message in MIME format."))

M(lang="ko", kind="password reset the user requested (HTML)", date="2024-07-02 23:41:58", tz="+0900",
  frm=("모아클라우드", "noreply@moacloud-account.kr"), to=HOA, subj="[모아클라우드] 비밀번호 재설정 인증번호", client="app", org="D",
  body=T("""<html><body style="font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif">
<div style="max-width:480px;margin:auto;border:1px solid #e5e5e5;padding:24px">
<p>안녕하세요, 모아클라우드입니다.</p>
<p>방금 요청하신 비밀번호 재설정을 위한 인증번호입니다.</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center"><b>481 097</b></p>
<p>인증번호는 10분간 유효합니다. 본인이 요청하지 않았다면 이 메일을 무시하셔도 됩니다.</p>
</div></body></html>
""", "utf-8", "base64", sub="html"))

M(lang="th", kind="association newsletter (mailing list)", date="2009-12-01 07:15:00", tz="+0700",
  frm=("สมาคมไทย-เวียดนาม", "news@thaiviet-assoc.or.th"), to=("thaiviet-news", "thaiviet-news@lists.thaiviet-assoc.or.th"),
  subj="[thaiviet-news] จดหมายข่าว ธันวาคม 2552", scs="tis-620", client="mailman", org="B", to_real=MINH,
  rp="thaiviet-news-bounces@lists.thaiviet-assoc.or.th", relay="lists.thaiviet-assoc.or.th",
  extra=["List-Id: <thaiviet-news.lists.thaiviet-assoc.or.th>",
         "List-Unsubscribe: <http://lists.thaiviet-assoc.or.th/mailman/listinfo/thaiviet-news>,\r\n\t<mailto:thaiviet-news-request@lists.thaiviet-assoc.or.th?subject=unsubscribe>",
         "Precedence: list", "X-Mailman-Version: 2.1.9"],
  body=T("""จดหมายข่าวสมาคมไทย-เวียดนาม ฉบับเดือนธันวาคม 2552

- งานเลี้ยงส่งท้ายปีของสมาชิก วันเสาร์ที่ 19 ธันวาคม ที่สโมสรสมาคม
- คณะนักธุรกิจจากนครโฮจิมินห์จะมาเยือนกรุงเทพฯ กลางเดือนมกราคม
- ขอเชิญสมาชิกต่ออายุสมาชิกภาพปี 2553 ภายในวันที่ 31 ธันวาคม

_______________________________________________
thaiviet-news mailing list
http://lists.thaiviet-assoc.or.th/mailman/listinfo/thaiviet-news
""", "tis-620", "8bit", csname="TIS-620"))

M(lang="th", kind="out-of-office auto-reply", date="2020-04-13 09:00:12", tz="+0700",
  frm=("Supaporn Chaiyasit", "supaporn.c@thai-dost-partner.go.th"), to=DUC, subj="ตอบกลับอัตโนมัติ: Re: กำหนดการประชุมคณะทำงานร่วม",
  client="o365", org="A", extra=["Auto-Submitted: auto-replied"],
  body=T("""ขณะนี้ดิฉันหยุดพักช่วงเทศกาลสงกรานต์ และจะกลับมาทำงานในวันที่ 16 เมษายน 2563
หากมีเรื่องเร่งด่วน กรุณาติดต่อคุณธีรวัฒน์ โทร 02-555-0161

I am on leave for Songkran and will be back on 16 April.
""", "utf-8", "base64"))

M(lang="id", kind="colleague's short note", date="2010-03-09 16:44:21", tz="+0700",
  frm=("Bambang Sutrisno", "bambang.s@indo-trade-desk.co.id"), to=MINH, subj="Katalog sudah saya kirim", client="apple", org="B",
  body=T("""Pak Minh,

Katalog produk mebel jati yang Bapak minta tadi pagi sudah saya kirim lewat pos kilat.
Harga FOB Semarang ada di halaman terakhir.

Salam,
Bambang
""", "us-ascii", "7bit"))

M(lang="id", kind="airline booking e-ticket", date="2017-12-14 20:03:47", tz="+0700",
  frm=("Garuda Nusa Air", "eticket@garudanusa-air-mail.co.id"), to=QUANG, subj="E-tiket Anda: Jakarta - Denpasar, 3 Jan 2018 (Kode booking PXR8TL)",
  client="esp", org="E",
  extra=["List-Unsubscribe: <mailto:unsub@garudanusa-air-mail.co.id?subject=PXR8TL>"],
  body=MP("mixed", [MP("alternative", [
      T("""Yth. Bapak DINH QUANG,

Terima kasih telah terbang bersama kami. Berikut rincian perjalanan Anda:

Kode booking : PXR8TL
Penerbangan  : GN 408  Jakarta (CGK) 07.40 - Denpasar (DPS) 10.35 WITA
Tanggal      : Rabu, 3 Januari 2018
Penumpang    : DINH QUANG (dewasa)
Bagasi       : 20 kg

Silakan tiba di bandara paling lambat 90 menit sebelum keberangkatan.
E-tiket dalam format PDF terlampir.
""", "utf-8", "quoted-printable"),
      T("""<table style="font-family:Arial;font-size:13px"><tr><td>
<p>Yth. Bapak <b>DINH QUANG</b>,</p><p>Terima kasih telah terbang bersama kami.</p>
<p>Kode booking <b>PXR8TL</b><br>GN 408 CGK 07.40 &rarr; DPS 10.35 WITA, Rabu 3 Januari 2018<br>Bagasi 20 kg</p>
<p>E-tiket dalam format PDF terlampir. Mohon tiba di bandara 90 menit sebelum keberangkatan.</p></td></tr></table>
""", "utf-8", "quoted-printable", sub="html")]),
      A(pdf("e-ticket PXR8TL"), "application/pdf", "eTicket_PXR8TL.pdf")]))

M(lang="tl", kind="university colleague's question", date="2014-08-26 14:18:09", tz="+0800",
  frm=("Ramon Villanueva", "rvillanueva@upd-agri-research.edu.ph"), to=QUANG, subj="Tanong tungkol sa rice variety trial data",
  client="ol2010", org="E",
  body=T("""Hi Dr. Quang,

Magandang hapon! Si Ramon ito, yung nakasama mo sa panel sa Los Banos noong Mayo.

May tanong lang ako tungkol sa field trial ninyo sa Thai Binh: yung yield
figures ba sa Table 2 ay para sa dry season lang, o average ng dalawang season?
Gusto sana naming ikumpara sa datos namin sa Nueva Ecija.

Salamat po, at sana magkita ulit tayo sa conference sa Nobyembre.

Ramon
""", "us-ascii", "7bit"))

M(lang="km", kind="conference registration confirmation", date="2015-10-20 10:30:44", tz="+0700",
  frm=("Mekong ICT Forum 2015", "registration@mekong-ict-forum.org.kh"), to=QUANG, subj="ការចុះឈ្មោះរបស់អ្នកត្រូវបានបញ្ជាក់ / Registration confirmed",
  client="php", org="E",
  body=MP("alternative", [
      T("""ជម្រាបសួរ Dinh Quang

ការចុះឈ្មោះរបស់អ្នកសម្រាប់វេទិកា Mekong ICT Forum 2015 ត្រូវបានបញ្ជាក់ហើយ។
លេខចុះឈ្មោះ: MIF15-0217
កាលបរិច្ឆេទ: ថ្ងៃទី២៤-២៥ ខែវិច្ឆិកា ឆ្នាំ២០១៥ នៅភ្នំពេញ

Your registration MIF15-0217 for 24-25 November 2015, Phnom Penh, is confirmed.
""", "utf-8", "base64"),
      T("""<p>ជម្រាបសួរ Dinh Quang</p><p>ការចុះឈ្មោះរបស់អ្នកសម្រាប់វេទិកា Mekong ICT Forum 2015 ត្រូវបានបញ្ជាក់ហើយ។</p>
<p>លេខចុះឈ្មោះ: <b>MIF15-0217</b><br>ថ្ងៃទី២៤-២៥ ខែវិច្ឆិកា ឆ្នាំ២០១៥ នៅភ្នំពេញ</p>
<p><i>Your registration MIF15-0217 for 24-25 November 2015, Phnom Penh, is confirmed.</i></p>
""", "utf-8", "base64", sub="html")]))

M(lang="lo", kind="embassy note about a delegation's visas", date="2017-03-08 15:12:39", tz="+0700",
  frm=("ວິໄລພອນ ແສງສຸລິນ", "vilayphone.s@laoembassy-hanoi-partner.gov.la"), to=LAN, subj="ວີຊາສຳລັບຄະນະຜູ້ແທນ ເດືອນເມສາ",
  client="tb2" if False else "tb78", org="A",
  body=T("""ຮຽນ ທ່ານ ນາງ Lan

ສະຖານທູດໄດ້ຮັບເອກະສານຂໍວີຊາຂອງຄະນະຜູ້ແທນ 6 ທ່ານ ແລ້ວ.
ວີຊາຈະອອກໃຫ້ພາຍໃນວັນທີ 15 ມີນາ 2017. ກະລຸນາສົ່ງຄົນມາຮັບໜັງສືຜ່ານແດນ ໃນເວລາ 14:00-16:00.

ຂອບໃຈ
ວິໄລພອນ
""", "utf-8", "8bit"))

M(lang="hi", kind="association newsletter via ESP", date="2013-03-25 10:00:05", tz="+0530",
  frm=("भारत-वियतनाम मैत्री संघ", "samachar@indo-viet-maitri.org.in"), to=MINH, subj="मैत्री समाचार - मार्च 2013 | होली मिलन और व्यापार प्रतिनिधिमंडल",
  client="esp", org="B", rp="bounces+4471@mail.indo-viet-maitri.org.in",
  extra=["List-Unsubscribe: <mailto:leave-4471@mail.indo-viet-maitri.org.in>, <http://indo-viet-maitri.org.in/unsub?u=4471>"],
  body=MP("alternative", [
      T("""मैत्री समाचार - मार्च 2013

प्रिय सदस्य,

होली मिलन समारोह 30 मार्च को नई दिल्ली कार्यालय में आयोजित होगा। सभी सदस्य सपरिवार आमंत्रित हैं।

अप्रैल में एक व्यापार प्रतिनिधिमंडल हनोई और हो ची मिन्ह सिटी जाएगा। इच्छुक सदस्य 5 अप्रैल तक नाम भेजें।

सदस्यता सूची से हटने के लिए: http://indo-viet-maitri.org.in/unsub?u=4471
""", "utf-8", "base64"),
      T("""<html><body style="font-family:Mangal,Arial,sans-serif"><h2 style="color:#b35900">मैत्री समाचार - मार्च 2013</h2>
<p>प्रिय सदस्य,</p><p>होली मिलन समारोह 30 मार्च को नई दिल्ली कार्यालय में आयोजित होगा। सभी सदस्य सपरिवार आमंत्रित हैं।</p>
<p>अप्रैल में एक व्यापार प्रतिनिधिमंडल हनोई और हो ची मिन्ह सिटी जाएगा। इच्छुक सदस्य 5 अप्रैल तक नाम भेजें।</p>
<p style="font-size:11px"><a href="http://indo-viet-maitri.org.in/unsub?u=4471">सदस्यता सूची से हटें</a></p></body></html>
""", "utf-8", "base64", sub="html")]))


def main():
    rows = ["label\tpath\tsha256\tbytes"]
    for i, spec in enumerate(MSGS, 1):
        data = build(spec)
        name = "m%02d.eml" % i
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("ham\t%s\t%s\t%d" % (name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
