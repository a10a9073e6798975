"""Chinese phishing messages (label: phish). All names, domains, phone
numbers, account numbers and links are invented."""

from mk import (addr, attachment, boundary, fake_pdf, html, msgid, multipart,
                placeholder, text, when, zip_one)


# 1. Fake China Mobile points expiring -> "redeem" page asks for bank card
def p01(rng):
    dt = when(2024, 12, 20, 10, 6, 31, "+0800")
    dom = "10086-jifen.top"
    plain = """尊敬的中国移动客户：您好！

您的话费积分 8650 分将于2024年12月31日24时清零。根据积分规则，积分可兑换
现金红包 86.50 元（直接存入您的银行卡），或兑换话费、流量包、实物礼品。

请于清零前登录积分商城进行兑换：
http://10086-jifen.top/jfsc/?c=1390571

温馨提示：兑换现金需验证持卡人姓名、银行卡号及预留手机号，验证码请在页面中填写。

中国移动 积分商城
（本邮件由系统自动发送，请勿直接回复）
"""
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body style="font-size:14px;font-family:'Microsoft YaHei',SimSun">
<div style="width:600px;margin:0 auto;border:1px solid #d6e4f0">
<div style="background:#0085d0;color:#fff;padding:12px 20px;font-size:20px">中国移动 积分商城</div>
<div style="padding:20px;line-height:1.8">
<p>尊敬的客户：您好！</p>
<p>您的话费积分 <b style="color:#e60012;font-size:18px">8650</b> 分将于 <b>2024年12月31日24时</b> 清零。</p>
<p>积分可兑换现金红包 <b style="color:#e60012">86.50元</b>（直接存入您的银行卡），或兑换话费、流量包、实物礼品。</p>
<p style="text-align:center"><a href="http://10086-jifen.top/jfsc/?c=1390571" style="display:inline-block;background:#e60012;color:#fff;padding:10px 40px;text-decoration:none;border-radius:20px">立即兑换</a></p>
<p style="font-size:12px;color:#888">温馨提示：兑换现金需验证持卡人姓名、银行卡号及预留手机号。本邮件由系统自动发送，请勿直接回复。</p>
</div></div></body></html>
"""
    body = multipart("alternative", [text(plain, cs="gb2312", cte="base64"),
                                     html(page, cs="gb2312", cte="base64")],
                     boundary(rng, "qq"))
    return dict(
        date=dt,
        hops=[("jifen-srv", "203.0.113.86", "smtp." + dom, "auth"),
              ("smtp." + dom, "203.0.113.86", "mx.hengda-textile.example", "pf")],
        rcpt="zhangli@hengda-textile.example",
        **{"from": addr("中国移动积分商城", "jifen@" + dom, cs="gb2312")},
        to=["zhangli@hengda-textile.example"],
        subject="【中国移动】您的积分8650分即将清零，请及时兑换",
        msgid=msgid(rng, "php", dom),
        mailer="PHPMailer 5.2.9",
        order="php",
        body=body)


# 2. Fake China Unicom suspension notice, short GBK plain text, IP link
def p02(rng):
    dt = when(2023, 5, 16, 18, 22, 4, "+0800")
    plain = """【中国联通】尊敬的用户：

您的号码 186****3721 因实名登记信息不完整，根据工信部《电话用户真实身份信息登记规定》，
将于24小时内暂停服务（停机）。

请尽快登录以下地址完成实名补登记（需上传身份证正反面及本人手持照片）：
http://198.51.100.186/wt/smbd.html

逾期未处理的号码将被回收，话费余额不予退还。

中国联通客户服务中心
"""
    return dict(
        date=dt,
        hops=[("m16-52.163.com", "198.51.100.52", "mx.no1-middleschool-hz.example", "cm")],
        rcpt="jiaowu@no1-middleschool-hz.example",
        **{"from": addr("中国联通客服", "lt10010kefu@163.com", cs="GBK")},
        to=["jiaowu@no1-middleschool-hz.example"],
        subject="联通用户停机预警通知",
        msgid=msgid(rng, "coremail", "163.com", user="lt10010kefu"),
        mailer="Coremail Webmail Server Version XT5.0.13 build 20220113(9671e152)",
        extra=["X-Priority: 3", "X-Originating-IP: [198.51.100.9]", "X-Coremail-Locale: zh_CN",
               "X-CM-TRANSID: " + "QMCowAD3" + "_X2s5mRk0aIBAA--.41825S2"],
        order="coremail",
        body=text(plain, cs="GBK", cte="base64"))


# 3. Fake Douyin e-commerce merchant: deposit frozen, appeal link
def p03(rng):
    dt = when(2025, 4, 8, 15, 42, 18, "+0800")
    dom = "douyin-shangjia.vip"
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f5f5f5;font-family:PingFang SC,Microsoft YaHei,Arial;font-size:14px;color:#333">
<div style="max-width:600px;margin:20px auto;background:#fff;padding:26px">
<div style="font-size:18px;font-weight:bold;margin-bottom:16px">抖店 · 商家违规处理通知</div>
<p>尊敬的商家（店铺名称：<b>晴川家居旗舰店</b>，店铺ID：7289134405）：</p>
<p>平台巡检发现您的店铺在近30天内存在<b style="color:#fe2c55">虚假发货、物流单号异常</b>等违规行为，涉及订单 17 笔。根据《抖音电商平台商家违规管理规则》，平台已对您的店铺采取以下措施：</p>
<ul>
<li>冻结店铺保证金 <b>20,000.00 元</b></li>
<li>限制商品上新及直播带货权限</li>
</ul>
<p>如您对处罚结果有异议，请在 <b style="color:#fe2c55">48小时内</b> 登录商家后台提交申诉材料，逾期未申诉将扣除全部保证金并执行清退。</p>
<p style="text-align:center;margin:24px 0"><a href="https://douyin-shangjia.vip/appeal/login?shop=7289134405" style="background:#fe2c55;color:#fff;padding:10px 36px;text-decoration:none;border-radius:4px">登录抖店后台申诉</a></p>
<p style="font-size:12px;color:#999">此邮件为系统邮件，请勿回复。抖音电商商家服务中心</p>
</div></body></html>
"""
    return dict(
        date=dt,
        hops=[("[203.0.113.55]", "203.0.113.55", "mail." + dom, "auth"),
              ("mail." + dom, "203.0.113.56", "mx.qingchuan-home.example", "pfs")],
        rcpt="shop@qingchuan-home.example",
        **{"from": addr("抖店商家服务中心", "notice@" + dom)},
        to=[addr("晴川家居旗舰店", "shop@qingchuan-home.example")],
        subject="【抖店】违规处理通知：您的店铺保证金已冻结，请于48小时内申诉",
        msgid=msgid(rng, "bulk", dom, dt),
        order="bulk",
        body=html(page, cte="base64"))


# 4. BEC: Taiwanese supplier "changed bank account", Big5, look-alike domain
def p04(rng):
    dt = when(2024, 7, 3, 9, 18, 55, "+0800")
    dom = "hongyuan-precisoin.com"
    plain = """林經理 您好：

關於貴司6月份訂單 PO#HY-240611 及 PO#HY-240618 之貨款（合計 USD 48,760.00），
因本公司近期配合年度財務審計，原台灣銀行帳戶自即日起暫停收款，
請改匯至本公司香港分公司帳戶：

受款銀行：Pacific Harbour Bank Ltd., Hong Kong
戶名：HONG YUAN PRECISION (HK) TRADING LTD
帳號：801-552-390187-8
SWIFT：PHBKHKHX

請於本週五前安排付款，並將水單回傳給我，以便財務部安排出貨。
此次變更為臨時措施，請勿撥打公司總機詢問，以免延誤，有任何問題直接回覆此郵件即可。

謝謝您的配合！

陳淑芬 Sophia Chen
宏遠精密工業股份有限公司 財務部
"""
    return dict(
        date=dt,
        hops=[("SophiaPC", "192.0.2.77", "mail." + dom, "auth"),
              ("mail." + dom, "192.0.2.78", "mx.dongguan-xinhe.example", "pf"),
              ("mx.dongguan-xinhe.example", "192.0.2.79", "mbox.dongguan-xinhe.example", "smtp")],
        **{"from": addr("陳淑芬 Sophia Chen", "sophia.chen@" + dom, cs="big5")},
        reply="sophiachen.hy@gmail.com",
        to=[addr("林經理", "lin.jl@dongguan-xinhe.example", cs="big5")],
        cc=["cw@dongguan-xinhe.example"],
        subject="RE: 6月份貨款匯款帳戶變更通知",
        msgid=msgid(rng, "outlook", dom),
        mailer="Microsoft Outlook 16.0",
        extra=["Thread-Index: AdrM2kQ7vVbW1n3ZSg6YpNq0hT8u0w==", "Content-Language: zh-tw"],
        order="outlook",
        body=text(plain, cs="big5", cte="quoted-printable"))


# 5. Fake education bureau notice to schools, zip holding a .pdf.exe
def p05(rng):
    dt = when(2025, 9, 4, 8, 3, 12, "+0800")
    plain = """各中小学、幼儿园：

根据市教育局《关于开展2025年秋季学期校园安全专项检查的通知》要求，现将检查工作方案及
自查表（附件）下发给你们，请各校认真组织自查，并于9月12日（星期五）17:00前将自查
报告加盖公章后报送区教育局安全科。

附件已加密，解压密码：2025

未按时上报的学校将在全区通报批评。

区教育局办公室
2025年9月4日
"""
    z = zip_one("关于开展2025年秋季学期校园安全专项检查的通知.pdf.exe",
                "Synthetic training placeholder - not an executable, contains no code.\n",
                (2025, 9, 3, 22, 10, 0))
    body = multipart("mixed", [
        text(plain, cs="GBK", cte="base64"),
        attachment("校园安全专项检查通知及自查表.zip", z, "application/x-zip-compressed",
                   fn="2047", cs="GBK"),
    ], boundary(rng, "coremail"))
    schools = ["bgs@xiaoxue-hongqi.example", "xiaozhang@zhongxue-dongcheng.example",
               "anquan@shiyan-xiaoxue.example", "yuanzhang@youeryuan-taoyuan.example"]
    return dict(
        date=dt,
        hops=[("[192.0.2.12]", "192.0.2.12", "m15-111.126.com", "smtp"),
              ("m15-111.126.com", "198.51.100.111", "mx.zhongxue-dongcheng.example", "pfs")],
        **{"from": addr("区教育局办公室", "qujiaoyuju_bgs@126.com", cs="GBK")},
        to=schools,
        subject="关于开展2025年秋季学期校园安全专项检查的通知",
        msgid=msgid(rng, "coremail", "126.com", user="qujiaoyuju_bgs"),
        mailer="Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
        extra=["X-Priority: 3", "X-Originating-IP: [192.0.2.12]"],
        order="coremail",
        body=body)


# 6. Fake DingTalk password expiry for a company account
def p06(rng):
    dt = when(2025, 1, 14, 9, 27, 3, "+0800")
    dom = "dingtalk-safe.online"
    page = """<html><body style="font-family:-apple-system,'Microsoft YaHei',sans-serif;background:#f0f2f5;padding:30px">
<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:24px 28px;border-bottom:1px solid #eee;color:#1677ff;font-size:20px;font-weight:bold">钉钉 DingTalk</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;color:#333;line-height:1.8">
<p>您好，<b>王海燕</b>：</p>
<p>您在企业组织 <b>杭州恒达纺织有限公司</b> 中的账号密码将于 <b style="color:#f5222d">今天 18:00</b> 过期。为保障企业数据安全，过期后账号将被冻结，考勤打卡、审批及企业邮箱将无法使用。</p>
<p>如需继续使用当前密码，请点击下方按钮完成身份验证：</p>
<p style="text-align:center"><a href="https://dingtalk-safe.online/sso/verify?corp=hengda&amp;u=wanghy" style="display:inline-block;background:#1677ff;color:#fff;padding:10px 34px;border-radius:4px;text-decoration:none">保留当前密码</a></p>
<p style="color:#999;font-size:12px">本邮件由钉钉安全中心发送，请勿回复。如非本人操作请忽略。</p>
</td></tr></table></body></html>
"""
    return dict(
        date=dt,
        hops=[("sender-03." + dom, "203.0.113.3", "mx.hengda-textile.example", "pfs")],
        rcpt="wanghy@hengda-textile.example",
        **{"from": addr("钉钉团队", "security@" + dom, enc="Q")},
        to=[addr("王海燕", "wanghy@hengda-textile.example")],
        subject="【钉钉】您的企业账号密码即将过期，请及时处理",
        order="gmail",
        body=html(page, cte="quoted-printable"))


# 7. Fake NetEase enterprise mailbox upgrade, from a compromised company mailbox
def p07(rng):
    dt = when(2024, 2, 27, 14, 51, 36, "+0800")
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head>
<body style="font-size:14px;font-family:宋体">
<div>各位同事：</div>
<div>&nbsp;</div>
<div>为提升邮件系统的安全性和稳定性，公司企业邮箱将于<b>3月1日</b>起迁移至网易企业邮箱新版服务器。迁移期间所有邮箱需重新激活，未激活的账号将被停用，历史邮件无法恢复。</div>
<div>&nbsp;</div>
<div>请大家于<font color="red"><b>2月29日下班前</b></font>登录以下地址，使用现有邮箱账号密码完成激活：</div>
<div><a href="http://qiye163-mail.com.cn.upgrade-mailbox.xyz/login.jsp?from=ent">https://qiye.163.com/login/</a></div>
<div>&nbsp;</div>
<div>如有疑问请联系信息部。</div>
<div>&nbsp;</div>
<div>信息部 邮件系统管理员</div>
</body></html>
"""
    users = ["caiwu", "xingzheng", "renshi", "xiaoshou01", "xiaoshou02", "cangku", "caigou"]
    return dict(
        date=dt,
        hops=[("LIUMING-PC", "203.0.113.120", "mail.jinfeng-jixie.cn", "cm"),
              ("mail.jinfeng-jixie.cn", "203.0.113.121", "mx.ruixin-valve.example", "pfs"),
              ("mx.ruixin-valve.example", "203.0.113.122", "mail.ruixin-valve.example", "smtp")],
        **{"from": addr("邮件系统管理员", "liuming@jinfeng-jixie.cn", cs="GB2312")},
        to=["%s@ruixin-valve.example" % u for u in users],
        subject="关于企业邮箱系统升级迁移的通知（请务必于2月29日前完成激活）",
        msgid=msgid(rng, "coremail", "jinfeng-jixie.cn", user="liuming"),
        mailer="Coremail Webmail Server Version XT5.0.13 build 20210104(ad7d2e4a)",
        extra=["X-Priority: 1", "X-Originating-IP: [203.0.113.120]"],
        order="coremail",
        body=html(page, cs="GB2312", cte="base64"))


# 8. Fake ICP filing ("备案") cancellation + verification fee
def p08(rng):
    dt = when(2025, 11, 18, 10, 40, 0, "+0800")
    dom = "miit-icpbeian.cn"
    plain = """尊敬的网站主办者：

经工业和信息化部ICP/IP地址/域名信息备案管理系统年度核查，您单位主办的网站
（备案号：浙ICP备2019******号-1，域名：zhongyi-yiyuan-hz.example）存在以下问题：

  1. 网站负责人联系方式无法核实；
  2. 网站长期未进行年度信息核验。

根据《非经营性互联网信息服务备案管理办法》第二十条，请在3个工作日内登录备案核验
平台完成信息核验并缴纳核验服务费（480元/年），逾期将注销备案号并通知接入服务商
停止网站接入。

核验地址：https://www.miit-icpbeian.cn/hy/?no=ZJ2019

ICP/IP地址/域名信息备案管理系统
"""
    return dict(
        date=dt,
        hops=[("vm-0-14-centos", "198.51.100.214", "mail." + dom, "pf"),
              ("mail." + dom, "198.51.100.214", "mx.zhongyi-yiyuan-hz.example", "pfs")],
        rcpt="webmaster@zhongyi-yiyuan-hz.example",
        **{"from": addr("ICP备案管理系统", "noreply@" + dom, cs="GB2312")},
        to=["webmaster@zhongyi-yiyuan-hz.example"],
        subject="【备案核验】您的网站备案信息将被注销，请于3个工作日内完成核验",
        msgid=msgid(rng, "bad-space", dom),
        order="bulk",
        body=text(plain, cs="GB2312", cte="quoted-printable"))



# 9. Fake payroll slip from "finance" on qq.com, full-width text, short link
def p09(rng):
    dt = when(2025, 7, 10, 11, 3, 47, "+0800")
    page = """<div style="font-family:微软雅黑;font-size:14px;line-height:1.8">
<div>全体员工：</div>
<div>　　２０２５年６月份工资条及高温补贴明细已生成，本月起工资条改为线上查询，请各位同事登录员工自助平台核对个人工资、社保及个税扣除明细。</div>
<div>　　查询地址：<a href="http://dwz-jp.top/Gz6Yx2">员工自助平台－工资查询</a></div>
<div>　　登录账号为本人企业邮箱，密码为邮箱密码。如对明细有异议，请于７月１２日前在平台内反馈，逾期视为确认无误。</div>
<div>&nbsp;</div>
<div>财务部　薪酬组</div>
</div>
"""
    plain = """全体员工：
　　２０２５年６月份工资条及高温补贴明细已生成，本月起工资条改为线上查询，请各位同事登录员工自助平台核对。
　　查询地址：http://dwz-jp.top/Gz6Yx2
　　登录账号为本人企业邮箱，密码为邮箱密码。如对明细有异议，请于７月１２日前在平台内反馈。
财务部　薪酬组
"""
    body = multipart("alternative", [text(plain, cs="gb18030", cte="base64"),
                                     html(page, cs="gb18030", cte="base64")],
                     boundary(rng, "qq"))
    return dict(
        date=dt,
        hops=[("qq.com", "203.0.113.210", "newxmesmtplogicsvrszc5-1.qq.com", "qq"),
              ("out203-205-221-210.mail.qq.com", "203.0.113.211", "mx.tianyi-electronics.example", "pfs")],
        rcpt="all-staff@tianyi-electronics.example",
        **{"from": addr("财务部", "2984471035@qq.com", cs="gb18030")},
        to=[addr("全体员工", "all-staff@tianyi-electronics.example", cs="gb18030")],
        subject="２０２５年６月份工资条及补贴明细（请查收）",
        msgid=msgid(rng, "qq", "qq.com"),
        mailer="QQMail 2.x",
        extra=["X-QQ-MIME: TCMime 1.0 by Tencent", "X-QQ-Mailer: QQMail 2.x",
               "X-QQ-mid: xmsezb%s-%s" % (rng.randint(10, 99), rng.randint(10**8, 10**9 - 1)),
               "X-Priority: 3"],
        order="qq",
        date_pad=False,
        body=body)


# 10. Fake traffic police violation notice, plain GB2312, IP link, sina sender
def p10(rng):
    dt = when(2024, 4, 11, 20, 15, 2, "+0800")
    plain = """【交管12123】尊敬的车主：

您名下的小型汽车（浙A·D7***）于2024年04月08日 08:42 在 文一西路与古墩路交叉口
发生"不按导向车道行驶"交通违法行为，根据《道路交通安全法》将处以罚款200元、记2分。

因该违法记录逾期未处理，已产生滞纳金，请于3日内登录以下地址查看违法照片并在线缴纳：
http://203.0.113.12/jgdt/wfcl.html

逾期不处理将影响车辆年检，并依法强制执行。

公安交通管理综合服务平台
"""
    plain = plain.replace("·", "")
    return dict(
        date=dt,
        hops=[("[203.0.113.47]", "203.0.113.47", "smtp-13-199.vip.sina.com", "auth"),
              ("smtp-13-199.vip.sina.com", "198.51.100.199", "mx.lvyuan-wuye.example", "pfs")],
        rcpt="chenqiang@lvyuan-wuye.example",
        **{"from": addr("交管12123", "jgpt12123tz@sina.com", cs="gb2312")},
        to=["chenqiang@lvyuan-wuye.example"],
        subject="【交管12123】您有一条交通违法记录待处理",
        msgid=msgid(rng, "bad-nodomain", "sina.com", dt),
        mailer="Sina WebMail 4.0",
        order="fox",
        body=text(plain, cs="gb2312", cte="8bit"))


# 11. Fake annual health-check report with an HTML "login to view" form
def p11(rng):
    dt = when(2025, 5, 20, 16, 8, 29, "+0800")
    dom = "tijian-baogao.online"
    plain = """尊敬的 赵静 女士/先生：

您好！您参加的 2025年度员工健康体检（体检编号：TJ20250512-0836）报告已出具。
部分检查项目存在异常提示（甲状腺结节、血脂偏高），建议尽快查看完整报告并遵医嘱复查。

为保护个人隐私，电子报告已加密，请下载附件后使用本人企业邮箱账号及密码登录查看。

如有疑问请致电体检中心客服。

美康健康体检中心
"""
    form = """<html><head><meta charset="utf-8"><title>体检报告查询</title></head>
<body style="font-family:Microsoft YaHei;background:#eaf6f4">
<div style="width:380px;margin:60px auto;background:#fff;padding:28px;border-radius:6px">
<h3 style="color:#00897b;text-align:center">电子体检报告 - 身份验证</h3>
<p style="font-size:13px;color:#666">报告已加密，请使用企业邮箱登录后查看</p>
<form method="post" action="https://tijian-baogao.online/report/auth.php">
<p>邮箱账号<br><input type="text" name="email" value="zhaojing@huaxin-pharm.example" style="width:100%"></p>
<p>邮箱密码<br><input type="password" name="pwd" style="width:100%"></p>
<p><input type="submit" value="查看报告" style="width:100%;background:#00897b;color:#fff;border:0;padding:8px"></p>
</form></div></body></html>
"""
    body = multipart("mixed", [
        text(plain, cte="base64"),
        attachment("体检报告_TJ20250512-0836.html", form.encode("utf-8"), "text/html",
                   fn="2231"),
    ], boundary(rng, "fox"))
    return dict(
        date=dt,
        hops=[("USER-20240311QX", "192.0.2.88", "smtp." + dom, "auth"),
              ("smtp." + dom, "192.0.2.89", "mx.huaxin-pharm.example", "pf")],
        rcpt="zhaojing@huaxin-pharm.example",
        **{"from": addr("美康体检中心", "report@" + dom)},
        to=[addr("赵静", "zhaojing@huaxin-pharm.example")],
        subject="您的2025年度员工体检报告已出具（含异常项提示）",
        msgid=msgid(rng, "fox", dom, dt),
        mailer="Foxmail 7.2.23.116[cn]",
        extra=["X-Priority: 3", "X-GUID: 0B7D3E2A-5C11-4E8F-A6D2-91F3C7B04E55", "X-Has-Attach: yes"],
        order="fox",
        body=body)


# 12. Fake job offer requiring an up-front "uniform and training fee"
def p12(rng):
    dt = when(2023, 7, 25, 13, 49, 10, "+0800")
    plain = """孙浩同学：

您好！恭喜您通过我司2023届校园招聘的初试和复试，现正式录用您为
【储备干部（行政方向）】，具体待遇如下：

  试用期：3个月，试用期工资 6500元/月，转正后 8000-12000元/月
  五险一金、双休、包住宿、年终奖 2-4 个月
  工作地点：深圳市南山区

按照公司规定，新员工入职前需统一办理工装、工牌及岗前培训，费用共计 680 元，
入职满三个月后随工资全额返还。请于 7月28日 前添加人事专员微信（ID：hr_lin2023sz）
缴纳费用并领取入职材料，逾期视为自动放弃录用资格。

期待您的加入！

深圳腾锐科技发展有限公司 人力资源部
林小姐
"""
    return dict(
        date=dt,
        hops=[("[198.51.100.61]", "198.51.100.61", "m13-45.163.com", "smtp"),
              ("m13-45.163.com", "198.51.100.45", "mx.univ-xinan-stu.example", "cm")],
        rcpt="sunhao2023@univ-xinan-stu.example",
        **{"from": addr("深圳腾锐科技 人力资源部", "tengrui_hr2023@163.com")},
        to=["sunhao2023@univ-xinan-stu.example"],
        subject="录用通知书 - 储备干部（行政方向）",
        msgid=msgid(rng, "coremail", "163.com", user="tengrui_hr2023"),
        mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        order="coremail",
        body=text(plain, cte="quoted-printable"))


# 13. Crypto "quantitative arbitrage" investment fraud, zero-width + full-width
def p13(rng):
    dt = when(2025, 12, 1, 21, 30, 0, "+0800")
    zw = "\u200b"
    u = "U" + zw + "S" + zw + "D" + zw + "T"
    page = """<html><body style="background:#0b0e11;color:#eaecef;font-family:Arial,'PingFang SC';padding:24px">
<h2 style="color:#f0b90b">AI量化套利 · 日收益 ３%%～８%%</h2>
<p>尊敬的投资者：</p>
<p>我们的 AI 量化机器人 7×24 小时在全球 20 家交易所之间进行 %(u)s 搬砖套利，<b>不看行情、不怕暴跌</b>，本金随时可提。</p>
<table cellpadding="8" style="border:1px solid #333;color:#eaecef">
<tr><td>体验计划</td><td>500 %(u)s 起</td><td>日收益 3%%</td></tr>
<tr><td>稳健计划</td><td>5,000 %(u)s 起</td><td>日收益 5%%</td></tr>
<tr><td>VIP 计划</td><td>30,000 %(u)s 起</td><td>日收益 8%%</td></tr>
</table>
<p>本月新用户注册即送 <b style="color:#f0b90b">100 %(u)s</b> 体验金，邀请好友再得 10%% 返佣。</p>
<p>客服 Ｔｅｌｅｇｒａｍ：@AIquant_vip888　　微　信：ai_lianghua_kf</p>
<p style="font-size:11px;color:#666">数字资产投资有风险，过往收益不代表未来。</p>
</body></html>
""" % {"u": u}
    return dict(
        date=dt,
        hops=[("[192.0.2.240]", "192.0.2.240", "smtpcore.sohu.com", "smtp"),
              ("smtpcore.sohu.com", "198.51.100.120", "mx.guangtong-bank-branch.example", "pfs")],
        rcpt="licai@guangtong-bank-branch.example",
        **{"from": addr("AI量化研究院", "aiquant_yjy@sohu.com")},
        to="To: undisclosed-recipients:;",
        subject="AI量化搬砖套利，日收益３%～８%，注册即送１００U体验金",
        msgid=msgid(rng, "bad-localhost", "sohu.com"),
        order="gmail",
        body=html(page, cte="base64"))


# 14. Fake lawyer's letter: image-copyright claim, pay settlement to an account
def p14(rng):
    dt = when(2024, 10, 9, 9, 55, 41, "+0800")
    dom = "zhengda-lawfirm.net"
    plain = """律 师 函

致：上海嘉禾餐饮管理有限公司

北京正达律师事务所接受视觉版权方"华图影像（北京）有限公司"的委托，就贵司未经授权在
官方网站、微信公众号及美团店铺页面使用委托人享有著作权的摄影作品（共 23 幅）一事，
郑重致函如下：

一、经公证取证，贵司上述行为已构成对委托人信息网络传播权的侵犯；
二、请贵司在收到本函后 3 日内立即删除侵权图片，并向委托人支付赔偿金人民币 38,000 元；
三、赔偿款请汇入委托人指定账户（见附件《和解告知书》），备注"嘉禾图片和解"；
四、逾期未履行，本所将依法向人民法院提起诉讼，由此产生的诉讼费、律师费、公证费等
    全部由贵司承担，并申请对贵司账户进行财产保全。

详见附件。

北京正达律师事务所
承办律师：郑伟
2024年10月9日
"""
    body = multipart("mixed", [
        text(plain, cs="GBK", cte="base64"),
        attachment("律师函及和解告知书.pdf", fake_pdf("Stands in for a fake lawyer's letter."),
                   "application/pdf", fn="2047", cs="GBK"),
    ], boundary(rng, "outlook"), preamble="This is a multipart message in MIME format.")
    return dict(
        date=dt,
        hops=[("ZHENGDA-LAW01", "198.51.100.151", "mail." + dom, "auth"),
              ("mail." + dom, "198.51.100.151", "mx.jiahe-canyin.example", "pf")],
        rcpt="fawu@jiahe-canyin.example",
        **{"from": addr("北京正达律师事务所 郑伟律师", "zhengwei@" + dom, cs="GBK")},
        to=["fawu@jiahe-canyin.example"],
        cc=["info@jiahe-canyin.example"],
        subject="律师函：关于贵司侵犯摄影作品著作权的函告（请3日内回复）",
        msgid=msgid(rng, "outlook", dom),
        mailer="Microsoft Outlook 16.0",
        extra=["Content-Language: zh-cn"],
        order="outlook",
        body=body)


# 15. Fake bid-award notice with a macro-enabled document, GBK, Foxmail
def p15(rng):
    dt = when(2025, 8, 19, 15, 16, 44, "+0800")
    dom = "zjzfcg-zhaobiao.com"
    plain = """杭州市城建设备有限公司：

你单位于2025年8月6日参加的"2025年度市政道路照明设施维护采购项目"
（项目编号：HZCG-2025-0387）投标，经评标委员会评审并经采购人确认，
你单位为该项目中标单位，中标金额：人民币 ￥1,268,500.00 元。

中标通知书及合同签订须知详见附件，请于收到本通知后5个工作日内与采购人联系签订合同，
并按要求缴纳履约保证金。

注：附件为加密文档，打开时请点击"启用内容"后方可正常显示。

招标代理机构：浙江中诚招标代理有限公司
联系人：何工  电话：0571-8xxx6x21
"""
    body = multipart("mixed", [
        text(plain, cs="GBK", cte="base64"),
        attachment("中标通知书(HZCG-2025-0387).docm",
                   placeholder("Stands in for a macro-enabled bid-award document (.docm)."),
                   "application/vnd.ms-word.document.macroEnabled.12", fn="2047", cs="GBK"),
    ], boundary(rng, "fox"))
    return dict(
        date=dt,
        hops=[("HEGONG-PC", "203.0.113.163", "smtp." + dom, "auth"),
              ("smtp." + dom, "203.0.113.164", "mx.hzcj-shebei.example", "pfs")],
        rcpt="toubiao@hzcj-shebei.example",
        **{"from": addr("浙江中诚招标代理", "hegong@" + dom, cs="GBK")},
        to=["toubiao@hzcj-shebei.example"],
        subject="中标通知书（项目编号：HZCG-2025-0387）",
        msgid=msgid(rng, "fox", dom, dt),
        mailer="Foxmail 7.2.25.254[cn]",
        extra=["X-Priority: 3", "X-GUID: A43F1C0E-8E0B-4B2D-9F77-3C5D2E8A1B90", "X-Has-Attach: yes"],
        order="fox",
        body=body)


MESSAGES = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10,
            p11, p12, p13, p14, p15]
