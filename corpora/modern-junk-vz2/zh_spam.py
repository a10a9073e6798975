"""Chinese unsolicited advertising (label: spam). All names, domains,
phone numbers, QQ/WeChat ids and links are invented."""

from mk import (addr, attachment, boundary, gif, html, msgid, multipart,
                placeholder, text, when)


# 1. Home renovation, GB2312 8bit plain text, Bcc blast from 163.com
def s01(rng):
    dt = when(2023, 3, 21, 10, 12, 9, "+0800")
    plain = """您好！打扰了！

【美居家装】春季装修节火热进行中，新房旧房、别墅复式，一站式整装服务：

  ★ 全包装修 每平米 888 元起，主材辅材全部一线品牌
  ★ 免费上门量房、免费出设计效果图、免费出预算报价
  ★ 水电终身保修，基础工程 5 年质保
  ★ 先装修后付款，支持分期 0 首付
  ★ 本月签约送全屋定制衣柜 + 中央空调 8 折

装修不增项，报价多少就是多少，不满意不收钱！

咨询热线：400-8xx-6x6x
微信同号：135 xxxx 2x71（王设计师）

如不需要请忽略本邮件，谢谢！
"""
    return dict(
        date=dt,
        hops=[("[192.0.2.133]", "192.0.2.133", "m12-18.163.com", "smtp"),
              ("m12-18.163.com", "198.51.100.18", "mx.xinghe-huayuan-wuye.example", "cm")],
        **{"from": addr("美居家装", "meiju_jiazhuang88@163.com", cs="GB2312")},
        to="To: undisclosed-recipients:;",
        subject="春季装修节：全包装修每平米888元起，免费量房设计",
        msgid=msgid(rng, "coremail", "163.com", user="meiju_jiazhuang88"),
        mailer="Coremail Webmail Server Version XT5.0.13 build 20210104(ad7d2e4a)",
        extra=["X-Priority: 3", "X-Originating-IP: [192.0.2.133]"],
        order="coremail",
        body=text(plain, cs="GB2312", cte="8bit", q=False))


# 2. Matchmaking service, HTML newsletter from a look-alike domain
def s02(rng):
    dt = when(2024, 11, 8, 20, 30, 0, "+0800")
    dom = "yuanding-hunlian.club"
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>缘定今生</title></head>
<body style="margin:0;background:#fff0f3;font-family:'Microsoft YaHei',Arial">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#ff4d6d;color:#fff;text-align:center;padding:20px;font-size:24px">缘定今生 · 高端婚恋</div>
<div style="padding:24px;font-size:15px;color:#444;line-height:1.8">
<p>亲爱的会员朋友：</p>
<p>双十一单身节特别活动开启！我们为您精选了本市 <b>300+</b> 位实名认证、学历认证的优质单身会员：</p>
<ul>
<li>公务员、教师、医生、国企员工占比超过 60%</li>
<li>资深红娘一对一牵线，每月安排 3 次精准见面</li>
<li>线下相亲派对：11月16日 西湖游船专场，名额仅剩 12 位</li>
</ul>
<p style="background:#fff5f7;border-left:4px solid #ff4d6d;padding:10px">即日起开通 VIP 会员立减 <b style="color:#ff4d6d">1111 元</b>，脱单成功前不限次数安排见面。</p>
<p style="text-align:center"><a href="https://yuanding-hunlian.club/act/1111?from=mail" style="background:#ff4d6d;color:#fff;padding:12px 40px;border-radius:24px;text-decoration:none">马上报名</a></p>
<p>红娘热线：0571-8x9x-5x20　微信：yuanding_hongniang</p>
</div>
<div style="font-size:12px;color:#aaa;text-align:center;padding:12px">不想再收到此类邮件？<a href="https://yuanding-hunlian.club/unsub" style="color:#aaa">退订</a></div>
</div></body></html>
"""
    return dict(
        date=dt,
        hops=[("edm2." + dom, "203.0.113.201", "mx.zjdx-jiaoshi.example", "pfs")],
        rcpt="liuyang@zjdx-jiaoshi.example",
        **{"from": addr("缘定今生婚恋", "vip@" + dom)},
        to=["liuyang@zjdx-jiaoshi.example"],
        subject="双十一单身节｜300+优质单身会员等你来约，VIP立减1111元",
        msgid=msgid(rng, "bulk", dom, dt),
        mailer="EDM Sender 3.1",
        extra=["List-Unsubscribe: <https://yuanding-hunlian.club/unsub>", "Precedence: bulk"],
        order="bulk",
        body=html(page, cte="base64"))


# 3. Health supplements: images instead of text, little readable text
def s03(rng):
    dt = when(2025, 2, 26, 9, 41, 17, "+0800")
    dom = "kangshou-tang.shop"
    page = """<html><head><meta charset="utf-8"></head><body style="text-align:center;margin:0">
<img src="cid:hp1@kangshou" width="640" height="480" alt="日本进口纳豆激酶 中老年心脑血管养护 买3送2" style="display:block;margin:0 auto">
<img src="cid:hp2@kangshou" width="640" height="360" alt="三高人群 血管清道夫 厂家直销 货到付款" style="display:block;margin:0 auto">
<p style="font-size:13px;color:#666">订购热线 ４００－６ｘ８－ｘ２３２　｜　货到付款　｜　<a href="https://kangshou-tang.shop/nd">点击查看</a></p>
<p style="font-size:11px;color:#aaa">本品不能代替药物</p>
</body></html>
"""
    plain = "日本进口纳豆激酶，买3送2，货到付款。订购热线：４００－６ｘ８－ｘ２３２\n"
    body = multipart("related", [
        multipart("alternative", [text(plain, cte="base64"), html(page, cte="base64")],
                  boundary(rng, "java")),
        attachment("image001.gif", gif(640, 480), "image/gif", disp="inline", cid="hp1@kangshou"),
        attachment("image002.gif", gif(640, 360), "image/gif", disp="inline", cid="hp2@kangshou"),
    ], boundary(rng, "java"))
    return dict(
        date=dt,
        hops=[("localhost.localdomain", "198.51.100.230", "mail." + dom, "pf"),
              ("mail." + dom, "198.51.100.230", "mx.laoganbu-huodong.example", "pfs")],
        rcpt="tuixiu@laoganbu-huodong.example",
        **{"from": addr("康寿堂健康", "service@" + dom)},
        to=["tuixiu@laoganbu-huodong.example"],
        subject="【康寿堂】日本进口纳豆激酶，中老年血管养护，买3送2",
        msgid=msgid(rng, "java", dom, dt),
        order="bulk",
        body=body)


# 4. Bookkeeping / company registration agent, GBK, QQ contact in full-width
def s04(rng):
    dt = when(2024, 3, 4, 8, 55, 21, "+0800")
    plain = """老板您好：

　　我们是专业财税服务公司，为中小企业提供：

　　◆ 代理记账报税：小规模 200元/月，一般纳税人 500元/月起
　　◆ 公司注册：最快3天拿执照，提供地址挂靠
　　◆ 工商变更、注销、税务异常处理、社保开户
　　◆ 高新技术企业认定、财税筹划、合理节税

　　年底汇算清缴季，新客户签约一年送三个月！

　　咨询ＱＱ：２８６ ４４７ ３１０９
　　微信：cs_caishui_yang
　　电话：１３９－ｘｘｘｘ－６０２１（杨会计）

　　（如有打扰，敬请谅解）
"""
    return dict(
        date=dt,
        hops=[("qq.com", "203.0.113.73", "newxmesmtplogicsvrsza7-0.qq.com", "qq"),
              ("out203-205-251-73.mail.qq.com", "203.0.113.74", "mx.xinrui-maoyi.example", "pfs")],
        rcpt="boss@xinrui-maoyi.example",
        **{"from": addr("杨会计", "2864473109@qq.com", cs="GBK")},
        to=["boss@xinrui-maoyi.example"],
        subject="代理记账200元/月，公司注册3天拿照",
        msgid=msgid(rng, "qq", "qq.com"),
        mailer="QQMail 2.x",
        extra=["X-QQ-MIME: TCMime 1.0 by Tencent", "X-QQ-Mailer: QQMail 2.x",
               "X-QQ-mid: xmsezb%s-%s" % (rng.randint(10, 99), rng.randint(10**8, 10**9 - 1))],
        order="qq",
        body=text(plain, cs="GBK", cte="base64"))


# 5. Trademark registration, alarmist "your brand may be squatted"
def s05(rng):
    dt = when(2025, 6, 3, 14, 8, 55, "+0800")
    plain = """尊敬的企业负责人：

经系统检索，发现近期有第三方正在申请与贵司字号"鑫瑞"近似的商标（第35类、第42类），
如贵司尚未注册，品牌存在被抢注的风险，一旦被抢注将面临店铺下架、被索赔等问题。

我司为国家知识产权局备案商标代理机构，提供：
  - 商标查询（免费）、商标注册（1580元/类，不成功全额退款）
  - 商标驳回复审、异议答辩、续展、转让
  - 软件著作权、专利申请、电商平台品牌备案

今日申请可享受加急提交，当天出申请号。

联系人：周顾问　电话/微信：158 xxxx 3x96
"""
    page = "<html><body style=\"font-family:SimSun;font-size:14px\">" + "".join(
        "<p>%s</p>" % p_.replace("\n", "<br>") for p_ in plain.strip().split("\n\n")) + "</body></html>\n"
    body = multipart("alternative", [text(plain, cs="gb2312", cte="base64"),
                                     html(page, cs="gb2312", cte="base64")],
                     boundary(rng, "outlook"))
    return dict(
        date=dt,
        hops=[("ZHOU-PC", "192.0.2.115", "mail.lianhua-fushi.com", "auth"),
              ("mail.lianhua-fushi.com", "192.0.2.116", "mx.xinrui-maoyi.example", "pf")],
        rcpt="info@xinrui-maoyi.example",
        **{"from": addr("商标注册中心", "sales03@lianhua-fushi.com", cs="gb2312")},
        reply="zhou.shangbiao@126.com",
        to=["info@xinrui-maoyi.example"],
        subject="【紧急提醒】贵司品牌\u201c鑫瑞\u201d存在被抢注风险",
        msgid=msgid(rng, "outlook", "lianhua-fushi.com"),
        mailer="Microsoft Outlook 15.0",
        order="outlook",
        body=body)


# 6. Trade fair invitation, PHPMailer bulk HTML
def s06(rng):
    dt = when(2026, 1, 20, 10, 0, 2, "+0800")
    dom = "gz-zhizao-expo.com"
    page = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Microsoft YaHei',Arial;font-size:14px;color:#333">
<div style="max-width:640px;margin:0 auto;border:1px solid #e5e5e5">
<div style="background:#003a8c;color:#fff;padding:22px">
<div style="font-size:22px;font-weight:bold">2026 华南国际智能制造与工业自动化博览会</div>
<div style="font-size:13px;opacity:.85">2026年4月15-17日 · 广州 · 展览面积 80,000㎡ · 1200+ 展商</div>
</div>
<div style="padding:22px;line-height:1.8">
<p>尊敬的行业同仁：</p>
<p>诚邀贵司参展/参观本届博览会，展品范围涵盖：工业机器人、数控机床、激光设备、智能仓储物流、工业软件等。</p>
<p><b>参展优惠：</b>1月31日前确认展位享早鸟价，标准展位（9㎡）立减 3000 元，光地 20 ㎡起订。</p>
<p><b>观众预登记：</b>免费获取电子门票，现场参与抽奖，赢取 iPad 等好礼。</p>
<p style="text-align:center"><a href="https://gz-zhizao-expo.com/reg?c=edm0120" style="background:#fa8c16;color:#fff;padding:10px 30px;text-decoration:none">立即预登记</a>
&nbsp;&nbsp;<a href="https://gz-zhizao-expo.com/booth" style="background:#003a8c;color:#fff;padding:10px 30px;text-decoration:none">预订展位</a></p>
<p>展位咨询：020-3xx8-6x00　陈先生</p>
</div>
<div style="background:#fafafa;padding:10px;font-size:12px;color:#999">如您不希望再收到展会资讯，请回复"退订"。</div>
</div></body></html>
"""
    return dict(
        date=dt,
        hops=[("expo-mailer", "203.0.113.176", "mta." + dom, "auth"),
              ("mta." + dom, "203.0.113.177", "mx.hzcj-shebei.example", "pfs")],
        rcpt="market@hzcj-shebei.example",
        **{"from": addr("华南智能制造博览会组委会", "expo@" + dom)},
        to=["market@hzcj-shebei.example"],
        subject="诚邀参展｜2026华南国际智能制造与工业自动化博览会（4月15-17日 广州）",
        msgid=msgid(rng, "php", dom),
        mailer="PHPMailer 6.9.3",
        extra=["List-Unsubscribe: <mailto:unsub@%s>" % dom],
        order="php",
        body=html(page, cte="quoted-printable"))


# 7. Freight line Shanghai -> Vietnam / Thailand, plain UTF-8 from foxmail.com
def s07(rng):
    dt = when(2024, 8, 27, 16, 24, 50, "+0800")
    plain = """您好，打扰一下！

我司专做 中国 —— 越南 / 泰国 / 马来西亚 陆运、海运专线，门到门双清包税：

【越南专线】上海、义乌、深圳 → 河内、胡志明，陆运 4-6 天，海运 8-10 天
【泰国专线】陆运 6-8 天，敏感货、带电产品可走
【马来专线】海运 12-15 天，整柜拼箱均可

  √ 双清包税，无需客户出面清关
  √ 提供当地仓储、一件代发、代收货款
  √ 工厂设备、建材、服装、电商小包都能走
  √ 时效稳定，全程轨迹可查

新客户首票运费九折，欢迎询价！

联系人：许小姐
电话/微信：17x-xxxx-5586
QQ：1536829047
"""
    return dict(
        date=dt,
        hops=[("foxmail.com", "198.51.100.95", "newxmesmtplogicsvrszb6-1.qq.com", "qq"),
              ("out162-62-57-95.mail.qq.com", "198.51.100.96", "mx.cokhi-thanhcong.example", "pfs")],
        rcpt="xuatnhapkhau@cokhi-thanhcong.example",
        **{"from": addr("许小姐-国际物流", "xu_logistics2024@foxmail.com")},
        to=["xuatnhapkhau@cokhi-thanhcong.example"],
        subject="中国-越南/泰国专线，双清包税门到门，欢迎询价",
        msgid=msgid(rng, "qq", "qq.com"),
        mailer="Foxmail 7.2.25.228[cn]",
        order="fox",
        body=text(plain, cte="quoted-printable", q=False))



# 8. Office supplies price list, GB2312 quoted-printable HTML, compromised domain
def s08(rng):
    dt = when(2023, 10, 12, 9, 6, 38, "+0800")
    rows = [("A4复印纸 70g（5包/箱）", "118元/箱"), ("中性笔 0.5mm（12支/盒）", "9.8元/盒"),
            ("文件夹 / 档案盒", "2.5元/个起"), ("硒鼓（兼容 HP/佳能）", "65元/支起"),
            ("办公桌椅、文件柜", "来电咨询"), ("茶水、纸巾、清洁用品", "批发价")]
    trs = "\n".join("<tr><td>%s</td><td style=\"color:#c00\">%s</td></tr>" % r for r in rows)
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body style="font-size:14px">
<p>行政/采购负责人您好：</p>
<p>我司为本地<b>办公用品一站式采购</b>供应商，服务政府机关、学校、医院、企业单位超过 2000 家，支持<b>月结</b>，可开增值税专用发票。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eee"><th>品名</th><th>价格</th></tr>
%s
</table>
<p>市区满 300 元免费送货上门，当天下单当天送达。</p>
<p>联系人：钱经理　手机：136xxxx8x25　QQ：3101xx7628</p>
</body></html>
""" % trs
    return dict(
        date=dt,
        hops=[("[203.0.113.66]", "203.0.113.66", "mail.dongsheng-jiancai.com.cn", "auth"),
              ("mail.dongsheng-jiancai.com.cn", "203.0.113.67", "mx.qu-renmin-yiyuan.example", "pf"),
              ("mx.qu-renmin-yiyuan.example", "203.0.113.68", "mail.qu-renmin-yiyuan.example", "smtp")],
        **{"from": addr("办公用品采购中心", "qiansheng@dongsheng-jiancai.com.cn", cs="gb2312")},
        to=["caigou@qu-renmin-yiyuan.example", "zongwu@qu-renmin-yiyuan.example"],
        subject="办公用品一站式采购，支持月结开专票（附价目表）",
        msgid=msgid(rng, "bad-nobracket", "dongsheng-jiancai.com.cn", dt),
        order="gmail",
        body=html(page, cs="gb2312", cte="quoted-printable"))


# 9. Corporate training open course, with a registration form attachment
def s09(rng):
    dt = when(2024, 5, 14, 11, 30, 12, "+0800")
    plain = """各企业人力资源部、总经办：

《非人力资源经理的人力资源管理》公开课
【时间地点】2024年6月21-22日　上海　｜　6月28-29日　深圳
【参加对象】总经理、副总、各部门经理、主管及储备干部
【课程费用】3800元/人（含授课费、资料费、午餐、茶点），三人以上团报九折

课程收益：
  1. 掌握部门员工的选、用、育、留核心方法
  2. 学会绩效面谈与目标分解（OKR/KPI）
  3. 提升团队执行力，减少人员流失

主讲老师：资深人力资源管理顾问，曾任多家500强企业HRD

报名回执表见附件，填写后回传或直接致电报名。
报名热线：021-6xx5-3x88　手机/微信：189xxxx1x63（黄老师）

如不需要此类信息，请回复"TD"。
"""
    body = multipart("mixed", [
        text(plain, cs="GBK", cte="base64"),
        attachment("报名回执表.doc", placeholder("Stands in for a course registration form (.doc)."),
                   "application/msword", fn="2047", cs="GBK"),
    ], boundary(rng, "python"))
    return dict(
        date=dt,
        hops=[("hr-training-pc", "192.0.2.201", "smtp.zhihui-peixun.net", "auth"),
              ("smtp.zhihui-peixun.net", "192.0.2.202", "mx.tianyi-electronics.example", "pfs")],
        rcpt="hr@tianyi-electronics.example",
        **{"from": addr("智汇企业管理培训", "kecheng@zhihui-peixun.net", cs="GBK")},
        to=["hr@tianyi-electronics.example"],
        subject="《非人力资源经理的人力资源管理》公开课 6月上海/深圳开班",
        msgid=msgid(rng, "bulk", "zhihui-peixun.net", dt),
        order="gmail",
        body=body)


# 10. SEO / online promotion, spaced words and full-width QQ, yeah.net sender
def s10(rng):
    dt = when(2025, 10, 16, 9, 3, 5, "+0800")
    plain = """百 度 首 页 排 名 ， 7 天 上 首 页 ， 不 上 不 收 费 ！

您的公司网站在百度、360、搜狗搜索不到？客户都被同行抢走了？

我们提供：
　● 百度/360/搜狗关键词快速排名，按天扣费，不上首页不收钱
　● 抖音、小红书、视频号企业号代运营，短视频拍摄剪辑
　● 百度爱采购、阿里巴巴国际站、1688 店铺托管
　● 全网新闻稿发布，品牌负面信息优化

现在咨询送《网站SEO诊断报告》一份！

ＱＱ：３２７ ５１９ ０４４８
微 信：seo_paiming_777
电 话：１８６ｘｘｘｘ９０ｘ７
"""
    return dict(
        date=dt,
        hops=[("yeah.net", "198.51.100.228", "mx.jiahe-canyin.example", "cm")],
        rcpt="info@jiahe-canyin.example",
        **{"from": addr("网络推广部", "seo_paiming777@yeah.net")},
        to=["info@jiahe-canyin.example"],
        subject="百 度 首 页 排 名 7 天 上 首 页，不上不收费",
        msgid=msgid(rng, "coremail", "yeah.net", user="seo_paiming777"),
        mailer="Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
        extra=["X-Originating-IP: [198.51.100.229]"],
        order="coremail",
        body=text(plain, cte="base64"))


# 11. Hong Kong talent-visa / immigration agent, Big5 HTML
def s11(rng):
    dt = when(2024, 1, 9, 15, 20, 48, "+0800")
    dom = "hk-youcai-yimin.com"
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>
<body style="font-family:PMingLiU,Arial;font-size:14px;color:#222">
<p>您好！</p>
<p><b>香港優才計劃 / 高才通 / 專才計劃</b> 最新政策解讀：</p>
<ul>
<li>本科學歷 + 工作經驗即可申請，無需投資、無需語言成績</li>
<li>獲批後可攜配偶及18歲以下子女一同赴港</li>
<li>住滿7年可申請香港永久居民身份，子女享受香港教育資源</li>
<li>免費評估，成功率高達 95%，不成功全額退款</li>
</ul>
<p>另有：新加坡自僱准證、加拿大聯邦技術移民、日本經營管理簽證。</p>
<p>本月預約一對一顧問，送香港 2 天考察行程。</p>
<p>免費評估：<a href="https://hk-youcai-yimin.com/pinggu">點擊填寫評估表</a>　｜　諮詢微信：hkyc_advisor88</p>
<p style="font-size:12px;color:#888">如不欲再收到本公司資訊，請回覆「取消」。</p>
</body></html>
"""
    body = multipart("alternative", [
        text("香港優才計劃 / 高才通 免費評估，成功率高達95%%，不成功全額退款。\n諮詢微信：hkyc_advisor88\nhttps://hk-youcai-yimin.com/pinggu\n".replace("%%", "%"),
             cs="big5", cte="quoted-printable"),
        html(page, cs="big5", cte="quoted-printable"),
    ], boundary(rng, "outlook"))
    return dict(
        date=dt,
        hops=[("mail." + dom, "203.0.113.188", "mx.zhongxue-dongcheng.example", "pfs")],
        rcpt="jiaoshi.li@zhongxue-dongcheng.example",
        **{"from": addr("優才移民顧問", "advisor@" + dom, cs="big5")},
        to=["jiaoshi.li@zhongxue-dongcheng.example"],
        subject="香港優才/高才通最新政策：本科即可申請，免費評估",
        msgid=msgid(rng, "outlook", dom),
        mailer="Microsoft Outlook 16.0",
        order="outlook",
        body=body)


# 12. Baijiu direct from distillery, sina.com sender, inline image
def s12(rng):
    dt = when(2025, 9, 22, 10, 48, 30, "+0800")
    page = """<html><head><meta charset="utf-8"></head><body style="font-family:'Microsoft YaHei';font-size:15px;color:#5a1e02">
<p>尊敬的客户：</p>
<p>中秋国庆双节将至，<b>茅台镇核心产区 53度 酱香型白酒</b> 厂家直供，坤沙工艺，窖藏十年：</p>
<p><img src="cid:jiu@img" width="560" height="300" alt="酱香老酒 厂家直供 整箱6瓶 598元"></p>
<p>◆ 整箱 6 瓶 × 500ml，<b style="color:#c00">598 元</b>（市场价 1880 元）<br>
◆ 企业团购、商务宴请、节日福利可定制酒标<br>
◆ 支持开箱验货，不满意包退<br>
◆ 同时供应：福鼎白茶、武夷岩茶、普洱茶礼盒</p>
<p>订购请加微信：jiangxiang_laojiu（备注"邮件"送两个品鉴杯）</p>
</body></html>
"""
    body = multipart("related", [
        html(page, cte="base64"),
        attachment("jiu.gif", gif(560, 300), "image/gif", disp="inline", cid="jiu@img"),
    ], boundary(rng, "fox"))
    return dict(
        date=dt,
        hops=[("[192.0.2.162]", "192.0.2.162", "smtp-5-121.smtpsmail.fmail.xd.sinanode.com", "auth"),
              ("smtp-5-121.smtpsmail.fmail.xd.sinanode.com", "198.51.100.121", "mx.lvyuan-wuye.example", "pfs")],
        rcpt="bangongshi@lvyuan-wuye.example",
        **{"from": addr("茅台镇酱香老酒", "jiangxiang_laojiu@sina.com")},
        to=["bangongshi@lvyuan-wuye.example"],
        subject="双节福利：茅台镇53度酱香白酒厂家直供，整箱598元",
        msgid=msgid(rng, "bulk", "sina.com", dt),
        mailer="Sina WebMail 4.0",
        order="fox",
        body=body)


# 13. Used cars, plain, aliyun sender, several recipients
def s13(rng):
    dt = when(2023, 12, 6, 17, 2, 19, "+0800")
    plain = """【车之家二手车】年底清库，准新车一口价：

  2021款 丰田凯美瑞 2.0G 豪华版　　3.2万公里　　12.8万
  2020款 本田CR-V 240TURBO 四驱　　4.5万公里　　13.6万
  2022款 比亚迪汉EV 创世版　　　　　2.1万公里　　15.9万
  2019款 奔驰C260L 运动版　　　　　6.3万公里　　17.5万

全部车辆 第三方检测报告，无事故、无泡水、无火烧，公里数保真；
支持全国过户、分期购车（首付两成，最快当天提车），老车置换补贴 3000 元。

看车地址：城北二手车交易市场 A区 18号
电话/微信：15x xxxx 80x1（小马）
"""
    return dict(
        date=dt,
        hops=[("out30-101.freemail.mail.aliyun.com", "198.51.100.101", "mx.ruixin-valve.example", "pfs")],
        **{"from": addr("车之家二手车-小马", "chezhijia_xiaoma@aliyun.com")},
        to=["xiaoshou01@ruixin-valve.example", "xiaoshou02@ruixin-valve.example", "cangku@ruixin-valve.example"],
        subject="年底清库：准新车一口价，凯美瑞12.8万起，可分期",
        msgid="<%s.%s@aliyun.com>" % (rng.randint(10**15, 10**16 - 1), rng.randint(100, 999)),
        mailer="Alimail[MailSender 2.0]",
        order="coremail",
        body=text(plain, cte="8bit"))


# 14. Private game server ("1.76 retro Legend"), GBK HTML, spaced/full-width
def s14(rng):
    dt = when(2024, 6, 28, 19, 0, 0, "+0800")
    dom = "176-chuanqi.cc"
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>
<body bgcolor="#000000" text="#ffcc00" style="font-size:16px">
<center>
<p><font size="6" color="#ff0000"><b>１．７６ 复 古 传 奇　今 晚 ８ 点 新 区 开 放</b></font></p>
<p>★ 纯复古 ★ 无内挂 ★ 装备全靠打 ★ 元宝自由交易 ★</p>
<p>开区送 VIP3 + 100 万金币，首充 10 元送裁决之杖！</p>
<p>沙巴克攻城 每周六晚 8 点，冠军行会奖励现金 5000 元！</p>
<p>官网：<a href="http://176-chuanqi.cc/xinqu/">１７６－ｃｈｕａｎｑｉ．ｃｃ</a></p>
<p>客服ＱＱ：１０５ ８８６ ２２０　　玩家交流群：７０３ ５５１ ９８８</p>
</center></body></html>
"""
    return dict(
        date=dt,
        hops=[("WIN-GAMESRV", "203.0.113.230", "mail." + dom, "smtp"),
              ("mail." + dom, "203.0.113.231", "mx.univ-xinan-stu.example", "pf"),
              ("mx.univ-xinan-stu.example", "203.0.113.232", "mbox2.univ-xinan-stu.example", "smtp"),
              ("mbox2.univ-xinan-stu.example", "203.0.113.233", "store.univ-xinan-stu.example", "smtp")],
        **{"from": addr("传奇新区", "kf@" + dom, cs="gbk")},
        to="To: undisclosed-recipients:;",
        subject="１．７６复古传奇今晚８点新区开放，开区送VIP3",
        order="bulk",
        body=html(page, cs="gbk", cte="base64"))


# 15. Lottery "plans" / win-back, Telegram, zero-width chars, Gmail
def s15(rng):
    dt = when(2026, 4, 2, 22, 47, 13, "+0800")
    zw = "\u200b"
    plain = ("彩" + zw + "票" + zw + "计" + zw + "划" + """群 免费进 🔥

 ◇ 福彩3D、排列三、大乐透 专家计划，每期免费推送
 ◇ 快三、时时彩 导师带单，稳定回""" + zw + """血，日赚 500-3000
 ◇ 新人注册平台即送 88 元彩金，充值 100 送 38

不会选号？跟着计划买，连红 8 期以上！

进群请加 Ｔｅｌｅｇｒａｍ：@caipiao_jihua_666
或 微""" + zw + """信：cp_daidan_vip

理性购彩，未满十八周岁禁止参与。
""")
    return dict(
        date=dt,
        hops=[("mail-qv1-f66.google.com", "198.51.100.66", "mx.guangtong-bank-branch.example", "pfs")],
        rcpt="kefu@guangtong-bank-branch.example",
        **{"from": addr("彩票计划导师", "cpjihua.daoshi666@gmail.com")},
        to=["kefu@guangtong-bank-branch.example"],
        subject="彩" + zw + "票计划群免费进，导师带单稳定回" + zw + "血",
        msgid=msgid(rng, "gmail", "gmail.com"),
        order="gmail",
        body=text(plain, cte="base64"))


MESSAGES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10,
            s11, s12, s13, s14, s15]
