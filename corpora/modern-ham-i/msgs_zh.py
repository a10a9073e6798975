"""i37-i48: Chinese automated / bulk ham (GB2312, GBK, Big5, UTF-8; simplified and traditional), 2013-2024."""
from kit import M, T, A, MP, pdf, gif, rows, btn, shell, trk, pixel, tok, WANG, CHEN, LIU


def gbpage(title, inner, color, cs):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>\n'
            '<body style="margin:0;background:#f0f0f0"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;font-family:SimSun,\'Microsoft YaHei\',sans-serif">\n'
            '<tr><td style="background:%s;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:20px">\n%s</td></tr></table></td></tr></table></body></html>\n' % (cs, title, color, title, inner))


# i37 电子发票 GB2312 with PDF
M(lang="zh-CN", kind="e-invoice (电子发票) notice from a tax-platform-style service, PDF attached", date="2013-09-24 15:42:10", tz="+0800", org="C", esp="own",
  frm=("电子发票服务平台", "fapiao@einvoice-service.example"), to=WANG, scs="gb2312",
  subj="您收到一张电子发票：华讯网络科技有限公司 价税合计￥3,816.00",
  extra=["X-Mailer: FP-Push 1.6"],
  body=MP("mixed", [
      T(gbpage("电子发票通知", (
          '<p>尊敬的 王建平 先生：</p>\n'
          '<p>您好！华讯网络科技有限公司已为您开具增值税电子普通发票，发票信息如下：</p>\n'
          '<table border="1" cellpadding="6" style="border-collapse:collapse;width:100%">\n'
          '<tr><td>发票代码</td><td>044001300111</td></tr><tr><td>发票号码</td><td>01287734</td></tr>\n'
          '<tr><td>开票日期</td><td>2013年09月24日</td></tr><tr><td>购买方</td><td>华信科技（个人报销）</td></tr>\n'
          '<tr><td>价税合计</td><td>￥3,816.00（叁仟捌佰壹拾陆元整）</td></tr><tr><td>校验码</td><td>61802 77314 20958 11463</td></tr></table>\n'
          '<p>电子发票的法律效力、基本用途及使用规定与纸质发票相同。PDF版式文件已作为附件发送，您也可以凭发票代码、号码和校验码在税务机关的发票查验平台查询真伪。</p>\n'
          '<p>如需报销，请直接打印附件，无需到销售方领取纸质发票。本邮件由系统自动发送，请勿直接回复。</p>\n'), "#c0392b", "gb2312"),
        "gb2312", "base64", sub="html"),
      A(pdf("dianzi fapiao 01287734"), "application/pdf", "电子发票_01287734.pdf", cs="gb2312", style="ew")]))

# i38 降价通知 GBK quoted-printable
M(lang="zh-CN", kind="price-drop alert (降价通知) from an online shop", date="2014-06-17 10:01:33", tz="+0800", org="C", esp="own",
  frm=("京淘商城", "service@jingtao-mall.example"), to=LIU, scs="gbk",
  subj="【降价通知】您关注的商品降价了！直降￥600，仅限今日",
  unsub="https://www.jingtao-mall.example/subscribe/cancel?u=%s" % tok("u38", 12), post=False,
  extra=["X-Mailer: JT-EDM 3.0"],
  body=T(gbpage("京淘商城 · 降价提醒", (
      '<p>亲爱的京淘会员 刘晓雯：</p>\n'
      '<p>您在5月28日加入关注的商品价格下调了，以下是最新价格：</p>\n'
      '<table width="100%%" cellpadding="8" style="border:2px solid #e4393c">\n'
      '<tr><td><b>美的 变频空调 1.5匹 冷暖挂机</b><br>关注时价格：<s>￥2,999</s>　现价：<b style="color:#e4393c;font-size:22px">￥2,399</b><br>'
      '618年中大促 满2000减200 · 免费安装 · 以旧换新再补贴￥100</td></tr>\n'
      '<tr><td><b>九阳 破壁料理机</b><br>关注时价格：<s>￥799</s>　现价：<b style="color:#e4393c;font-size:22px">￥499</b>（降幅37.5%%）</td></tr></table>\n'
      '<p>促销价以下单页面实际价格为准，活动商品数量有限，售完即止。价格保护：购买后7天内如商品降价，可申请退还差价。</p>\n'
      '<p><a href="%s">立即查看</a>　|　<a href="%s">我的关注</a>　|　<a href="%s">手机专享价</a></p>\n'
      '<p style="color:#999;font-size:12px">您收到此邮件是因为您在京淘商城订阅了降价提醒。如不想继续接收，请<a href="https://www.jingtao-mall.example/subscribe/cancel?u=%s">退订</a>。本商城为示例虚构。</p>\n%s'
      % (trk("c.jingtao-mall.example", "p38"), trk("c.jingtao-mall.example", "f38"), trk("c.jingtao-mall.example", "m38"), tok("u38", 12), pixel("o.jingtao-mall.example", 38))),
      "#e4393c", "gbk"), "gbk", "quoted-printable", sub="html"))

# i39 Big5 card transaction
M(lang="zh-TW", kind="credit card transaction notice (刷卡通知), no credential request", date="2015-04-02 19:27:45", tz="+0800", org="C", esp="own",
  frm=("永豐信商業銀行", "card-notice@yfx-bank.example"), to=CHEN, scs="big5",
  subj="永豐信銀行信用卡消費通知：NT$28,650",
  extra=["X-Mailer: YFX CardAlert"],
  body=T(gbpage("信用卡即時消費通知", (
      '<p>親愛的 陳怡君 小姐 您好：</p>\n'
      '<p>您的永豐信白金卡（末四碼 6203）於下列時間有一筆消費，特此通知。</p>\n'
      '<table border="1" cellpadding="6" style="border-collapse:collapse;width:100%">\n'
      '<tr><td>消費時間</td><td>2015/04/02 19:26</td></tr><tr><td>消費金額</td><td>NT$28,650</td></tr>\n'
      '<tr><td>特約商店</td><td>旭光數位家電（網路）</td></tr><tr><td>分期</td><td>6期0利率</td></tr></table>\n'
      '<p>本行提醒您：本行不會以電子郵件、簡訊或電話要求您提供信用卡卡號、有效期限、安全碼或網路銀行密碼。若此筆交易非您本人所為，請立即撥打信用卡背面之客服專線辦理掛失。</p>\n'
      '<p>即日起登錄本行行動銀行App，國內一般消費最高享1.2%現金回饋，活動詳情請見官網公告。</p>\n'
      '<p style="color:#888;font-size:12px">此為系統自動發送之通知信，請勿直接回覆。本銀行為示例虛構。</p>\n'), "#00589c", "big5"),
      "big5", "base64", sub="html"))

# i40 Big5 train booking (plain)
M(lang="zh-TW", kind="high-speed rail booking confirmation", date="2016-01-28 08:14:06", tz="+0800", org="C", esp="own",
  frm=("高速鐵路訂票系統", "no-reply@thsr-booking.example"), to=CHEN, scs="big5",
  subj="高鐵訂位成功通知 訂位代號 07214863（春節疏運）",
  extra=["X-Mailer: IRS-Mailer 2.1"],
  body=T("""陳怡君 您好：

感謝您使用網路訂票系統，您已完成訂位，資料如下：

訂位代號：07214863
乘車日期：2016/02/06（六）
車次：    0613
起訖站：  台北 07:46 → 左營 09:50
車廂/座位：5車 12A、12B（標準車廂）
票種：    全票 2 張
總金額：  NT$2,980

【重要提醒】
一、春節疏運期間，請於乘車日前（含）付款取票，逾期未付款之訂位將自動取
    消。您可使用信用卡線上付款，或至便利商店、車站售票窗口付款。
二、春節期間車站人潮眾多，建議提早30分鐘到站。自由座車廂將增加至4節。
三、本通知不可作為乘車憑證。

祝您旅途愉快，新年快樂！

高速鐵路訂票系統（本通知由系統自動發送，請勿回覆）
""", "big5", "base64"))

# i41 UTF-8 job alert
jobs = [("高级后端开发工程师（Go）", "深圳星河云计算有限公司", "35-55K·15薪"), ("数据平台架构师", "杭州青禾数据科技", "40-70K·14薪"),
        ("运维开发工程师 SRE", "上海澜海网络", "25-40K"), ("技术经理（支付方向）", "广州易捷金融信息服务", "45-60K·16薪")]
inner = '<p>王建平您好，根据您设置的求职意向“后端开发 / 深圳、上海、杭州 / 30K以上”，今日为您精选以下职位：</p>\n'
for n, (t, c, p) in enumerate(jobs):
    inner += ('<table width="100%%" style="border-bottom:1px solid #eee;margin-bottom:8px"><tr><td style="padding:8px 0"><a href="%s" style="color:#00a6a7;font-size:16px;font-weight:bold">%s</a>'
              '<span style="float:right;color:#fe574a;font-weight:bold">%s</span><br><span style="color:#666">%s · 3-5年 · 本科</span></td></tr></table>\n' % (trk("e.zhaopin-hub.example", "j41%d" % n), t, p, c))
inner += ('<p>这些职位在过去24小时内有超过200人查看，HR活跃度高，建议尽快投递。您的简历完整度为82%%，补充项目经历后被查看的概率可提升约40%%。</p>\n'
          + btn("查看全部36个推荐职位", trk("e.zhaopin-hub.example", "all41"), "#00a6a7") +
          '<p style="color:#999;font-size:12px">您收到此邮件是因为订阅了职位推荐。<a href="https://www.zhaopin-hub.example/mail/unsub?k=%s">取消订阅</a>　本网站为示例虚构。</p>%s'
          % (tok("u41", 12), pixel("o.zhaopin-hub.example", 41)))
M(lang="zh-CN", kind="job-board recommendation alert", date="2017-03-08 09:30:12", tz="+0800", org="C", esp="aliyun",
  frm=("职聘汇", "jobs@zhaopin-hub.example"), to=WANG,
  subj="今日为您推荐：高级后端开发工程师 35-55K·15薪 等36个职位",
  unsub="https://www.zhaopin-hub.example/mail/unsub?k=%s" % tok("u41", 12), post=False,
  body=T(shell("职聘汇", inner, "#00a6a7", "深圳星河云计算等公司正在招聘", lang="zh-CN", font="'Microsoft YaHei',PingFang SC,sans-serif"), "utf-8", "base64", sub="html"))

# i42 GB2312 rainstorm warning (plain)
M(lang="zh-CN", kind="rainstorm warning from a meteorological service", date="2018-06-08 05:50:30", tz="+0800", org="C", esp="own",
  frm=("市气象台预警发布中心", "yujing@weather-warning.gov.example"), to=LIU, scs="gb2312",
  subj="【暴雨橙色预警】市气象台发布暴雨橙色预警信号，请注意防范",
  extra=["X-Mailer: QX-Warning 2.0", "Precedence: bulk"],
  body=T("""市气象台2018年06月08日05时45分发布暴雨橙色预警信号：

受强对流云团影响，预计未来3小时内我市南山、福田、罗湖等区将出现
50毫米以上的强降水，局部可达100毫米，并伴有雷电和8级以上短时大风。

防御指引：
1. 政府及相关部门按照职责做好防暴雨应急和抢险工作；
2. 中小学、幼儿园停止户外活动，上学途中的学生应就近到安全场所暂避；
3. 切断低洼地带有危险的室外电源，暂停在空旷地方的户外作业；
4. 驾驶人员注意道路积水和交通阻塞，切勿强行涉水通过下穿隧道；
5. 做好山洪、滑坡、泥石流等灾害的防御工作。

请关注后续预警信息。如遇险情，请拨打当地应急救援电话求助。

本邮件为您订阅的气象预警信息服务，由系统自动发送。
退订请登录预警信息订阅页面修改设置。
""", "gb2312", "base64"))

# i43 UTF-8 traditional forum digest
posts = [("[情報] 全台最強夜市排行出爐！第一名竟然不是士林", "推 312"), ("[問題] 租屋押金被房東扣一半，該怎麼辦？", "推 87"),
         ("[心得] 三個月存到第一桶金的真實方法（非廣告）", "推 540"), ("[閒聊] 今年颱風假到底會不會放？", "推 129"), ("[分享] 免費！社區二手書交換活動 週六下午", "推 46")]
inner = '<p>怡君 你好，以下是你訂閱看板「生活圈」本週最熱門的文章：</p>\n'
for n, (t, p) in enumerate(posts):
    inner += '<p style="border-left:3px solid #333;padding-left:10px"><a href="https://bbs.lifecircle-forum.example/b/Life/M.%d.html" style="color:#1565c0">%s</a><br><small style="color:#777">%s · 生活圈</small></p>\n' % (1565000000 + n * 7331, t, p)
inner += ('<p>你上週發表的文章〈公司附近好吃的便當店整理〉獲得 58 個推文，恭喜成為本週精選文章之一！</p>\n'
          '<p style="font-size:12px;color:#888">本信件為每週摘要，可在「個人設定 → 電子報」中關閉。論壇為示例虛構。</p>\n')
M(lang="zh-TW", kind="community forum weekly digest", date="2019-07-21 20:05:44", tz="+0800", org="C", esp="own",
  frm=("生活圈論壇", "digest@lifecircle-forum.example"), to=CHEN,
  subj="【每週精選】全台最強夜市排行出爐！、三個月存到第一桶金…",
  unsub="https://bbs.lifecircle-forum.example/settings/newsletter/off?u=%s" % tok("u43", 12),
  listid="weekly digest <digest.lifecircle-forum.example>",
  body=T(shell("生活圈論壇", inner, "#333333", "本週最熱門文章", lang="zh-TW", font="'Microsoft JhengHei',sans-serif"), "utf-8", "quoted-printable", sub="html"))

# i44 UTF-8 code hosting issue notification, alternative
M(lang="zh-CN", kind="code-hosting issue notification", date="2020-05-13 16:22:09", tz="+0800", org="C", esp="forge",
  frm=("zhoulei-dev", "noreply@gitcode-hub.example"), to=WANG,
  subj="Re: [huaxin/edge-gateway] 高并发下连接池泄漏导致网关内存持续上涨 (Issue #287)",
  mid="<huaxin/edge-gateway/issues/287/1628841@gitcode-hub.example>",
  listid="huaxin/edge-gateway <edge-gateway.huaxin.gitcode-hub.example>",
  extra=["In-Reply-To: <huaxin/edge-gateway/issues/287@gitcode-hub.example>", "References: <huaxin/edge-gateway/issues/287@gitcode-hub.example>",
         "Precedence: list", "X-Hub-Reason: mention",
         "List-Unsubscribe: <https://gitcode-hub.example/notifications/unsubscribe/%s>" % tok("u44", 20)],
  body=MP("alternative", [
      T("""@wang-jianping 复现了，确实是连接池的问题。

在 3000 QPS 压测下跑了 40 分钟，RSS 从 420MB 涨到 2.1GB，pprof 显示
大部分内存挂在 pool.(*Conn).readLoop 上。原因是上游超时后我们调用了
ctx.Cancel，但没有把连接放回池里，也没有关闭，goroutine 一直阻塞。

我在分支 fix/pool-leak 上加了 defer conn.Release()，同样压测 2 小时，
内存稳定在 460MB 左右。PR 晚点提交，麻烦你帮忙 review 一下。

另外建议把 max_idle_conns 的默认值从 0（不限制）改成 256，防止再出现
类似问题。

--
直接回复此邮件，或在网页上查看：
https://gitcode-hub.example/huaxin/edge-gateway/issues/287#note_1628841
你收到此邮件是因为你在该 issue 中被提及。
""", "utf-8", "base64"),
      T("""<p><a href="https://gitcode-hub.example/wang-jianping">@wang-jianping</a> 复现了，确实是连接池的问题。</p>
<p>在 3000 QPS 压测下跑了 40 分钟，RSS 从 420MB 涨到 2.1GB，pprof 显示大部分内存挂在 <code>pool.(*Conn).readLoop</code> 上。原因是上游超时后我们调用了 <code>ctx.Cancel</code>，但没有把连接放回池里，也没有关闭，goroutine 一直阻塞。</p>
<p>我在分支 <code>fix/pool-leak</code> 上加了 <code>defer conn.Release()</code>，同样压测 2 小时，内存稳定在 460MB 左右。PR 晚点提交，麻烦你帮忙 review 一下。</p>
<p>另外建议把 <code>max_idle_conns</code> 的默认值从 0（不限制）改成 256，防止再出现类似问题。</p>
<p style="font-size:12px;color:#666">&mdash;<br>直接回复此邮件，或<a href="https://gitcode-hub.example/huaxin/edge-gateway/issues/287#note_1628841">在网页上查看</a>。<br>你收到此邮件是因为你在该 issue 中被提及。</p>
<img src="https://gitcode-hub.example/notifications/beacon/%s.gif" width="1" height="1" alt="">
""" % tok("b44", 28), "utf-8", "base64", sub="html")]))

# i45 GBK parcel
M(lang="zh-CN", kind="parcel shipping notification (快递)", date="2021-11-12 13:48:56", tz="+0800", org="C", esp="tencent",
  frm=("顺达速运", "notice@shunda-express.example"), to=LIU, scs="gbk",
  subj="您的快件SD8820114736已发出，预计11月14日送达",
  body=T(gbpage("顺达速运 · 物流通知", (
      '<p>尊敬的客户 刘晓雯：</p>\n'
      '<p>您在“双十一”期间购买的商品已由商家交付顺达速运，正在发往您所在城市。</p>\n'
      '<table border="0" cellpadding="6" width="100%%" style="background:#fafafa">\n'
      '<tr><td>运单号</td><td><b>SD8820114736</b></td></tr><tr><td>寄件方</td><td>优品生活旗舰店（浙江义乌）</td></tr>\n'
      '<tr><td>当前状态</td><td>【义乌转运中心】已发出，下一站【深圳转运中心】</td></tr><tr><td>预计送达</td><td>11月14日（周日）18:00前</td></tr></table>\n'
      '<p>双十一期间快件量为平时的5倍，个别地区可能延迟1-2天，敬请谅解。快递员派送前会电话联系您，您也可以选择放入驿站或智能快递柜。</p>\n'
      '<p>温馨提示：顺达速运不会以“快递丢失理赔”为由要求您添加私人账号或转账，请谨防诈骗。</p>\n'
      '<p><a href="%s">查看物流详情</a>　<a href="%s">修改派送时间</a></p>\n'
      '<p style="color:#999;font-size:12px">本邮件由系统自动发出，请勿回复。公司名称为示例虚构。</p>\n'
      % (trk("t.shunda-express.example", "sd45"), trk("t.shunda-express.example", "chg45"))), "#222222", "gbk"), "gbk", "base64", sub="html"))

# i46 Big5 newsletter (subscribed), sensational headlines
news = [("獨家》房價再創新高！雙北首購族平均要不吃不喝16年", "央行最新統計顯示，房貸負擔率連續六季上升。"),
        ("驚爆！知名連鎖飲料店原料檢出超標 衛生局：全面下架", "業者聲明已主動回收同批次原料，消費者可憑發票退費。"),
        ("颱風假懶人包：停班停課怎麼查？一次看懂", "各縣市公告時間與查詢方式整理。"),
        ("限時免費！本週末國立博物館夜間開放", "報名額滿為止，每人限登記四名。")]
inner = '<p style="color:#666">2022年7月26日（二）晨間新聞精選</p>\n'
for n, (h, s) in enumerate(news):
    inner += '<p><a href="%s" style="font-size:17px;color:#1a1a1a;font-weight:bold;text-decoration:none">%s</a><br><span style="color:#555">%s</span></p>\n' % (trk("link.daily-tidings.example", "n46%d" % n), h, s)
inner += ('<p style="background:#fff4e5;padding:8px">訂閱數位版首月只要NT$1，隨時可取消。<a href="%s">立即訂閱</a></p>\n'
          '<p style="font-size:12px;color:#888">您收到本電子報是因為您在本站註冊並勾選接收晨報。<a href="https://daily-tidings.example/edm/unsub?u=%s">取消訂閱</a>　本報為示例虛構。</p>\n'
          % (trk("link.daily-tidings.example", "sub46"), tok("u46", 12)))
M(lang="zh-TW", kind="news newsletter (subscribed), sensational headlines", date="2022-07-26 06:45:00", tz="+0800", org="C", esp="sendgrid",
  frm=("晨光日報", "edm@daily-tidings.example"), to=CHEN, scs="big5",
  subj="【晨光日報】房價再創新高！雙北首購族要不吃不喝16年｜颱風假懶人包",
  unsub="https://daily-tidings.example/edm/unsub?u=%s" % tok("u46", 12),
  body=T(gbpage("晨光日報 電子報", inner, "#8b0000", "big5"), "big5", "quoted-printable", sub="html"))

# i47 UTF-8 conference registration with ics
ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//HuiWu Events//CN\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:cdc2023-%s@huiwu-events.example\r
DTSTAMP:20230815T021500Z\r
DTSTART:20230921T010000Z\r
DTEND:20230922T090000Z\r
SUMMARY:2023 中国云原生开发者大会\r
LOCATION:上海国际会议中心 3楼\r
END:VEVENT\r
END:VCALENDAR\r
""" % tok("i47", 10)
M(lang="zh-CN", kind="conference registration confirmation with .ics", date="2023-08-15 10:15:03", tz="+0800", org="C", esp="aliyun",
  frm=("会务通", "events@huiwu-events.example"), to=WANG,
  subj="报名成功｜2023 中国云原生开发者大会 9月21-22日 上海（参会码 CN7729）",
  unsub="https://huiwu-events.example/mail/unsub?u=%s" % tok("u47", 10), post=False,
  body=MP("mixed", [
      T("""王建平 您好：

恭喜您成功报名「2023 中国云原生开发者大会」！

参会码：CN7729
时间：2023年9月21日-22日 09:00-17:00
地点：上海国际会议中心 3楼（地铁2号线陆家嘴站步行约10分钟）
票种：早鸟全通票（已付款 ￥680，原价 ￥1,280）

入场时请出示参会码二维码及本人身份证件，签到台8:00开放。大会提供
两天午餐与茶歇。主论坛座位有限，先到先得；分论坛“Service Mesh 实战”
和“可观测性与成本治理”需在小程序内另行预约，名额各300人。

附件为日历文件，可导入到您的手机或电脑日历。如行程变更，9月10日前
可免费转让参会资格，逾期不支持退款。

会务通 · 大会组委会（本活动为示例虚构）
""", "utf-8", "quoted-printable"),
      T(ICS, "utf-8", "base64", sub="calendar", extra=[("method", "PUBLISH"), ("name", "cncdc2023.ics")],
        hdrs=['Content-Disposition: attachment; filename="cncdc2023.ics"'])]))

# i48 UTF-8 loyalty points, related gif
M(lang="zh-CN", kind="membership points statement (会员积分)", date="2024-12-01 11:00:16", tz="+0800", org="C", esp="tencent",
  frm=("悦途酒店会员中心", "member@yuetu-hotels.example"), to=LIU,
  subj="您的积分账单：可用积分 12,860 | 本月兑换享双倍价值",
  unsub="https://m.yuetu-hotels.example/member/unsubscribe?u=%s" % tok("u48", 12),
  body=MP("related", [
      T(shell("悦途会员", (
          '<p>尊敬的金卡会员 刘晓雯：</p>\n'
          '<p>截至2024年11月30日，您的积分账户概况如下：</p>\n'
          '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("上月结余", "9,420"), ("本月入住获得（2晚）", "+2,640"), ("合作伙伴消费", "+800"),
                                                                         ("可用积分", "12,860"), ("即将过期（2024-12-31）", "1,150")]) + '</table>\n'
          '<p><b>限时福利：</b>12月内使用积分兑换房晚，每10,000积分可抵扣￥200，相当于平时的两倍。距离活动结束还有 <b style="color:#c9302c">30天</b>。</p>\n'
          '<p>您距离铂金会员还差 3 晚入住，升级后可享延迟退房至16:00及免费早餐。</p>\n'
          + btn("立即兑换", trk("c.yuetu-hotels.example", "r48"), "#b8860b") +
          '<p style="font-size:12px;color:#888">本邮件为会员服务通知。酒店集团为示例虚构。</p>'),
          "#5a3e1b", "即将过期积分 1,150，请尽快使用", lang="zh-CN", logo='<img src="cid:yt-logo" width="120" height="32" alt="悦途">'),
        "utf-8", "base64", sub="html"),
      A(gif(184, 134, 11), "image/gif", "yt-logo.gif", inline=True, cid="yt-logo")], extra=[("type", "text/html")]))
