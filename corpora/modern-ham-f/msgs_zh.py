"""The 20 Chinese messages (f21-f40).

Receiving organisations (all fictional): 云溪县人民医院 (yxxrmyy.example) and
宁波嘉禾精密五金制品有限公司 (jiahe-hw.example).
"""

import senders as S
from mailkit import (addr, addrs, alnum, attachment, docx_bytes, esc, hexs, html_paras, jpg_bytes,
                     multipart, pdf_bytes, render_message, text_part, when, xlsx_bytes)

YY = "yxxrmyy.example"
JH = "jiahe-hw.example"

MSGS = []


def message(fn):
    MSGS.append(fn)
    return fn


def cst(y, mo, d, h, mi, s):
    return when(y, mo, d, h, mi, s, off=8)


def qq_html(text, charset="GB18030", quote_html=""):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else "<div><br></div>")
    return ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
            + "".join(out) + quote_html + "\n")


def cm_html(text):
    """Coremail (163/126 webmail) style HTML."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else "<div><br></div>")
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join(out) + "</div><br><br><span title=\"neteasefooter\"><p>&nbsp;</p></span>\n")


# ---------------------------------------------------------------------------
# f21  weekend plans, casual with emoji, iPhone Mail with a qq.com account
# ---------------------------------------------------------------------------

@message
def f21():
    c = S.Ctx(21, "yyy", "wanglijuan@" + YY, cst(2023, 10, 11, 22, 16, 40))
    me = "847362915@qq.com"
    text = """娟姐～周六（14号）有空不？😆

我跟阿敏、小刘商量好了，去云溪水库那边露营烧烤🍖 早上9点医院后门集合，开阿敏的车，下午四五点回来，不耽误晚上的事。

吃的喝的我们几个分好了：我带烤炉和炭，阿敏买肉串鸡翅，小刘负责饮料水果。你人来就行哈哈😂 方便的话把你家那个天幕带上，上次那个超好用！

天气预报说周六晴，25度，完美☀️

我看排班表你好像周日才是白班？回我一下哈，人多的话我再去借个帐篷⛺

小雨

发自我的iPhone
"""
    f = {"from": addr("周雨萱", me), "envelope": me, "to": addr("王丽娟", "wanglijuan@" + YY),
         "subject": "周六去水库露营烧烤🍖 来不来", "date": c.t0}
    hs = S.iphone_qq(c, f, mailer="iPhone Mail (20H19)")
    return render_message(hs, text_part(text, "plain", cte="quoted-printable", label="utf-8",
                                        quote_charset=False))


# ---------------------------------------------------------------------------
# f22  wedding invitation (喜帖), 163.com webmail, JPG attached
# ---------------------------------------------------------------------------

@message
def f22():
    c = S.Ctx(22, "jiahe", "zhangwei@" + JH, cst(2024, 9, 20, 20, 48, 5))
    me = "chenhao_1991@163.com"
    text = """伟哥：

好久没联系了，最近厂里忙不忙？

跟你报个喜，我和林晓定在国庆节结婚啦！电子喜帖放在附件里了，诚挚邀请你和嫂子来喝杯喜酒。

时间：2024年10月5日（星期六）中午11:58
地点：余姚 锦悦酒店 三楼宴会厅
（酒店有地下停车场，报婚宴名字可以免费停车）

大学宿舍的老四、老六都说会来，咱们307好不容易又能聚齐了。你要是能来，麻烦提前回我一下，我好安排座位。要是国庆厂里要加班也没关系，心意到了就行，千万别有负担。

期待见面！
陈浩
手机/微信：139 5823 6617
"""
    f = {"from": addr("陈浩", me), "envelope": me, "to": addr("张伟", "zhangwei@" + JH),
         "subject": "诚邀参加我的婚礼 | 陈浩 & 林晓 10月5日", "date": c.t0}
    hs = S.coremail(c, f, domain="163.com")
    alt = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8", quote_charset=False),
        text_part(cm_html(text), "html", cte="base64", label="UTF-8", quote_charset=False),
    ], S.coremail_boundary(c.rng, c.t0))
    att = attachment(jpg_bytes(120, 200, "wedding invitation", level=6), "image/jpeg",
                     "电子喜帖-陈浩林晓.jpg", style="ew")
    body = multipart("mixed", [alt, att], S.coremail_boundary(c.rng, c.t0))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f23  primary-school class teacher notifies a parent (open day), QQ Mail gb18030
# ---------------------------------------------------------------------------

@message
def f23():
    c = S.Ctx(23, "yyy", "liuxiaoyan@" + YY, cst(2025, 4, 21, 12, 35, 18))
    me = "1503728846@qq.com"
    text = """各位家长：

您好！根据学校安排，云溪县实验小学将于4月25日（星期五）上午举办“家长开放日暨春季亲子运动会”，诚邀各位家长参加。具体安排如下：

一、活动时间
4月25日（星期五）上午8:00—11:30

二、活动安排
8:00—8:40　家长签到，进教室听课（语文、数学各一节）
9:00—9:30　运动会开幕式（学校田径场）
9:30—11:20　亲子项目：两人三足、袋鼠跳、亲子接力跑
11:20　颁奖，家长可直接接孩子回家

三、注意事项
1. 每位学生限一名家长参加，请携带本人身份证，从学校东门进校。
2. 当天学生穿校服运动套装和运动鞋，家长也请穿方便运动的鞋子。
3. 学校周边不设临时停车位，请尽量步行或骑电动车前来。
4. 请于4月23日（星期三）前在班级群接龙报名，方便统计人数和分组。

如有疑问，可以微信或电话联系我。感谢各位家长一直以来对班级工作的支持！

三（2）班班主任　周老师
2025年4月21日
"""
    f = {"from": addr("周慧敏", me, charset="gb18030", label="gb18030"), "envelope": me,
         "to": addr("刘晓燕", "liuxiaoyan@" + YY, charset="gb18030", label="gb18030"),
         "subject": "【三（2）班】家长开放日暨春季亲子运动会通知", "date": c.t0}
    hs = S.qqweb(c, f)
    body = multipart("alternative", [
        text_part(text, "plain", charset="gb18030", cte="base64", label="gb18030"),
        text_part(qq_html(text), "html", charset="gb18030", cte="base64", label="gb18030"),
    ], S.qq_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f24  sharing photos of the company party, Foxmail, GB2312, two JPGs
# ---------------------------------------------------------------------------

@message
def f24():
    c = S.Ctx(24, "jiahe", "zhangwei@" + JH, cst(2024, 1, 29, 9, 3, 27))
    me = "hejianping@foxmail.com"
    text = """张主管、孙婷：

周六年会的照片我先挑了两张拍得好的发过来，原图太大，这两张是压缩过的，你们看看能不能用在公司公众号的推文里。

第一张是抽奖环节，三车间的小吴抽中了一等奖，表情特别到位；第二张是全体合影，人比较多，前排有两个人闭眼了，我从连拍里挑了一张最好的。

剩下的原图一共三百多张，我已经传到公司网盘“2024年会”文件夹里，大家可以自己下载。
另外节目组说想要一份演出视频，我这边只有手机拍的，效果一般，看看行政那边有没有录。

何建平
质检部
"""
    f = {"from": addr("何建平", me, charset="gb2312", label="gb2312"), "envelope": me,
         "to": addr("张伟", "zhangwei@" + JH, charset="gb2312", label="gb2312"),
         "cc": addr("孙婷", "sunting@" + JH, charset="gb2312", label="gb2312"),
         "subject": "年会照片（先发两张）", "date": c.t0, "has_attach": "yes"}
    hs = S.foxmail(c, f, via="qq")
    html = ('<html><head>\n<meta http-equiv="content-type" content="text/html; charset=gb2312">'
            '<style>body { line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; '
            'color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + html_paras(text, "div") + "\n<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" "
            "align=\"left\">\n<div><span><div style=\"MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt\">"
            "<div>hejianping@foxmail.com</div></div></span></div>\n</body></html>\n")
    alt = multipart("alternative", [
        text_part(text, "plain", charset="gb2312", cte="base64", label="gb2312"),
        text_part(html, "html", charset="gb2312", cte="quoted-printable", label="gb2312"),
    ], S.foxmail_boundary(c.rng))
    a1 = attachment(jpg_bytes(160, 120, "IMG_20240127_203412", level=3), "image/jpeg", "年会抽奖.jpg",
                    style="ew", charset="gb2312", label="gb2312")
    a2 = attachment(jpg_bytes(240, 104, "IMG_20240127_211857", level=1), "image/jpeg", "全体合影.jpg",
                    style="ew", charset="gb2312", label="gb2312")
    body = multipart("mixed", [alt, a1, a2], S.foxmail_boundary(c.rng),
                     preamble="This is a multi-part message in MIME format.")
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f25  an old classmate asks for a document, Sina Mail
# ---------------------------------------------------------------------------

@message
def f25():
    c = S.Ctx(25, "yyy", "chenzhiqiang@" + YY, cst(2023, 5, 16, 10, 22, 47))
    me = "luowenbin1985@sina.com"
    text = """志强：

你好！我是文斌，冒昧打扰一下。

我们医院今年要开展日间手术，院里让医务科牵头先把制度和流程搭起来。听说你们院去年就通过了市里的日间手术试点验收，想请你帮个忙：方便的话，发一份你们的《日间手术管理制度》和准入病种目录给我参考一下，有流程图就更好了。

我们只是内部学习参考，不会外传，你放心。涉及你们院内部数据的部分删掉也没关系。

这几天我都在科里，有空也可以电话聊，我手机号没变。下次来市里开会请你吃饭！

文斌
东湖县中医医院 医务科
"""
    f = {"from": addr("罗文斌", me), "envelope": me, "to": addr("陈志强", "chenzhiqiang@" + YY),
         "subject": "志强，麻烦发一份你们院的日间手术管理制度", "date": c.t0}
    hs = S.sina(c, f)
    return render_message(hs, text_part(text, "plain", cte="base64", label="UTF-8"))


# ---------------------------------------------------------------------------
# f26  "收到" reply quoting the original, QQ Mail web (gb18030)
# ---------------------------------------------------------------------------

@message
def f26():
    c = S.Ctx(26, "jiahe", "lijing@" + JH, cst(2024, 5, 21, 9, 14, 2))
    me = "2851734096@qq.com"
    orig = "<%s.%s@%s>" % (hexs(c.rng, 12), hexs(c.rng, 6), JH)
    reply = "收到，谢谢李会计！我核对一下，没问题的话明天盖章回传给您。\n"
    hdr_lines = [("发件人", '"李静"<lijing@%s>;' % JH), ("发送时间", "2024年5月20日(星期一) 下午3:12"),
                 ("收件人", '"王强"<%s>;' % me), ("主题", "嘉禾五金4月份对账单")]
    quoted = """王经理您好：

附件是我司4月份与贵司的往来对账单。4月共收货6笔，含税金额合计186,420.00元，已付款120,000.00元，期末应付余额66,420.00元。
请核对，无误后盖章回传扫描件即可。如有差异请告知。

谢谢！
李静
宁波嘉禾精密五金制品有限公司 财务部
"""
    plain = (reply + "\n\n\n------------------ 原始邮件 ------------------\n"
             + "".join("%s: %s\n" % kv for kv in hdr_lines) + "\n" + quoted)
    qh = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
          '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
          'padding:8px;">' + "".join("<div><b>%s:</b>&nbsp;%s</div>" % (k, esc(v)) for k, v in hdr_lines)
          + "</div><div><br></div>" + "".join("<div>%s</div>" % esc(l) if l else "<div><br></div>"
                                               for l in quoted.strip().split("\n")))
    f = {"from": addr("王强（永固钢材）", me, charset="gb18030", label="gb18030"), "envelope": me,
         "to": addr("李静", "lijing@" + JH, charset="gb18030", label="gb18030"),
         "subject": "回复：嘉禾五金4月份对账单", "irt": orig, "refs": orig, "date": c.t0}
    hs = S.qqweb(c, f)
    body = multipart("alternative", [
        text_part(plain, "plain", charset="gb18030", cte="base64", label="gb18030"),
        text_part(qq_html(reply, quote_html=qh), "html", charset="gb18030", cte="base64", label="gb18030"),
    ], S.qq_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f27  forwarded local news article, 163.com webmail, GBK
# ---------------------------------------------------------------------------

@message
def f27():
    c = S.Ctx(27, "yyy", "chenzhiqiang@" + YY, cst(2025, 8, 12, 8, 7, 55))
    me = "zhouhaitao_yx@163.com"
    note = """陈科长，这篇报道你看到没？写得挺好的，可以转到院里公众号，也可以放进下个月的院报。
文章里把急诊科刘主任的名字写错了一个字（刘建明→刘剑明），转载的时候记得改一下。

海涛
"""
    fwd = """-------- 转发邮件信息 --------
发件人："云溪融媒" <news@yunxirm.example>
发送日期：2025-08-11 18:30:05
收件人：zhouhaitao_yx@163.com
主题：【今日云溪】县人民医院胸痛中心通过国家认证 急性心梗救治跑出“加速度”

【今日云溪】县人民医院胸痛中心通过国家认证 急性心梗救治跑出“加速度”

云溪融媒讯（记者 邓雅琴）近日，中国胸痛中心认证工作委员会公布新一批认证结果，云溪县人民医院胸痛中心顺利通过标准版胸痛中心认证。

“以前心梗病人转到市里，路上就要一个多小时，现在在家门口就能做急诊介入手术。”县人民医院心内科负责人介绍，胸痛中心建设以来，医院打通了急诊科、心内科、导管室和检验科之间的绿色通道，急性心梗患者从进门到血管开通的平均时间缩短到68分钟。

据了解，医院还与全县18个乡镇卫生院建立了远程心电网络，乡镇拍的心电图几分钟内就能传到县医院，由心内科医生实时判读；120救护车上的患者实现“上车即入院”，检查结果提前传回医院，到院后直接进入导管室。去年以来，胸痛中心共救治急性胸痛患者三百余人次。

急诊科主任刘建明提醒，出现持续胸痛、胸闷、大汗等症状，应第一时间拨打120，切勿自行驾车或硬扛。

（来源：云溪融媒 编辑：谭露）
"""
    text = note + "\n\n" + fwd
    f = {"from": addr("周海涛", me, charset="gbk", label="GBK"), "envelope": me,
         "to": addr("陈志强", "chenzhiqiang@" + YY, charset="gbk", label="GBK"),
         "subject": "Fw:【今日云溪】县人民医院胸痛中心通过国家认证 急性心梗救治跑出“加速度”",
         "date": c.t0}
    hs = S.coremail(c, f, domain="163.com", hcs=("gbk", "B", "GBK"))
    html = cm_html(note).replace("<br><br><span", '<br><div style="position:relative;zoom:1">'
                                 + "".join("<div>%s</div>" % esc(l) if l else "<div><br></div>"
                                           for l in fwd.strip().split("\n")) + "</div><br><span", 1)
    body = multipart("alternative", [
        text_part(text, "plain", charset="gbk", cte="base64", label="GBK", quote_charset=False),
        text_part(html, "html", charset="gbk", cte="base64", label="GBK", quote_charset=False),
    ], S.coremail_boundary(c.rng, c.t0))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f28  alumni association (校友会) annual meeting and membership fee, 126.com
# ---------------------------------------------------------------------------

@message
def f28():
    c = S.Ctx(28, "yyy", "chenzhiqiang@" + YY, cst(2024, 11, 4, 16, 42, 30))
    me = "hxyxyxyh@126.com"
    text = """各位校友：

大家好！又到一年岁末，衡湘医学院云溪校友会2024年年会定于12月14日（星期六）下午举行，诚邀在云溪工作、生活的各位校友拨冗参加。

时间：2024年12月14日（星期六）14:30签到，15:00开始
地点：云溪县人民医院门诊楼六楼学术报告厅（晚餐安排在医院对面的湘味轩）

议程：
1. 校友会2024年工作报告及财务收支报告
2. 母校附属医院心内科李教授专题讲座：《基层高血压管理新进展》
3. 新入会校友介绍，第三届理事会增补理事
4. 校友联谊晚餐

会费：按校友会章程，2025年度会费每人200元，年会现场可交，也可转账至校友会账户（开户行：中国农业银行云溪县支行，户名：衡湘医学院云溪校友会，账号：18360101040122865），请备注“姓名+届别+会费”。会费主要用于年会场地、慰问困难校友和资助母校在读的云溪籍困难学生，收支明细在年会上公布。

请于12月6日前回复本邮件或在校友微信群接龙报名，以便统计晚餐人数。

衡湘医学院云溪校友会秘书处
联系人：彭敏（2008级临床医学）　电话：138 7491 2053
"""
    f = {"from": addr("衡湘医学院云溪校友会", me), "envelope": me,
         "to": addr("陈志强", "chenzhiqiang@" + YY),
         "subject": "【校友会】衡湘医学院云溪校友会2024年年会通知（12月14日）", "date": c.t0}
    hs = S.coremail(c, f, domain="126.com")
    body = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8", quote_charset=False),
        text_part(cm_html(text), "html", cte="base64", label="UTF-8", quote_charset=False),
    ], S.coremail_boundary(c.rng, c.t0))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f29  class fund (班费) report from the parents' committee, QQ Mail, UTF-8
# ---------------------------------------------------------------------------

@message
def f29():
    c = S.Ctx(29, "jiahe", "zhangwei@" + JH, cst(2025, 1, 17, 20, 51, 9))
    me = "zhengxue0612@qq.com"
    text = """各位家长好！😊

本学期即将结束，家委会把四（3）班本学期的班费收支情况跟大家汇报一下：

【收入】
上学期结余：326.50元
本学期收取班费：45人×100元＝4500.00元
合计：4826.50元

【支出】
1. 教室绿植、收纳箱、清洁用品：286.00元
2. 运动会班服（45件）：1575.00元
3. 元旦联欢会零食、气球、装饰：642.80元
4. 期中、期末奖状和奖品（文具）：518.00元
5. 打印资料、复印练习卷：214.00元
合计：3235.80元

【结余】1590.70元，结转下学期使用。

所有发票和购物截图都已经传到班级群相册“班费”里，欢迎大家查看监督。下学期暂时不收班费，先用结余，不够的话开学后再和大家商量🙏

感谢各位家长的支持，提前祝大家新年快乐、寒假愉快！🎉

四（3）班家委会　郑雪（郑子涵妈妈）
"""
    f = {"from": addr("郑雪", me), "envelope": me,
         "to": addr("张伟", "zhangwei@" + JH),
         "subject": "四（3）班本学期班费收支明细", "date": c.t0}
    hs = S.qqweb(c, f, hcs=("utf-8", "B", "utf-8"))
    body = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="utf-8"),
        text_part(qq_html(text, charset="utf-8"), "html", cte="base64", label="utf-8"),
    ], S.qq_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f30  New Year (春节) greetings from a retired head nurse, Outlook.com
# ---------------------------------------------------------------------------

@message
def f30():
    c = S.Ctx(30, "yyy", "wanglijuan@" + YY, cst(2026, 2, 16, 10, 27, 44))
    me = "huangshufen1960@outlook.com"
    text = """丽娟，还有心内科的姐妹们：

明天就是大年初一了，提前给大家拜个早年！祝大家马年身体健康、家庭幸福、工作顺利，马到成功！

退休这两年，我在长沙帮女儿带外孙，每天接送上幼儿园，日子过得比上班还忙，哈哈。前阵子看到医院公众号上说胸痛中心通过了国家认证，心内科又添了新设备，真为你们高兴。想当年科里只有十几张床，夜班一个人管一层楼，现在条件好多了。

过年期间大家值班辛苦了，除夕、初一的班最难熬，记得轮流吃口热饭。丽娟你当护士长，别总把活都揽在自己身上，该休息就休息。

正月十五以后我回云溪住一段时间，到时候约大家喝早茶。

黄淑芬
2026年除夕
"""
    paras = "".join(
        '<div class="elementToProof" style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;, Calibri, '
        'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
        % (esc(l) if l.strip() else "<br>") for l in text.strip().split("\n"))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + paras + "</body>\n</html>\n")
    f = {"from": addr("黄 淑芬", me), "envelope": me,
         "to": addr("王丽娟", "wanglijuan@" + YY),
         "cc": addrs([("", "xnk_hushi@" + YY)]),
         "subject": "马年新春快乐！", "date": c.t0}
    hs = S.outlookcom(c, f, lang="zh-CN")
    body = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="utf-8"),
        text_part(html, "html", cte="base64", label="utf-8"),
    ], S.outlook_boundary(c))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f31  landlord's quarterly rent notice, 126.com, account unchanged
# ---------------------------------------------------------------------------

@message
def f31():
    c = S.Ctx(31, "yyy", "liuxiaoyan@" + YY, cst(2025, 6, 25, 19, 2, 16))
    me = "denggl1962@126.com"
    text = """小刘你好：

我是房东邓阿姨。你租的锦绣花园3栋502，7月1日要交下一季度（7月到9月）的房租了，跟你说一下金额：

房租：1300元/月×3个月＝3900元
物业费：1.2元/平方米×89平方米×3个月＝320.40元
合计：4220.40元

还是转到我原来那张卡上就行，卡没换（工商银行，户名邓桂兰，尾号6618），转完微信跟我说一声。要是觉得转账麻烦，月底我过去拿现金也可以。

另外上次你说卫生间热水器打火不太好，我已经约了师傅，这周六上午十点左右过去修，你方便在家吗？不方便的话把钥匙放物业那里也行。

邓阿姨
"""
    f = {"from": addr("邓桂兰", me, charset="gbk", label="GBK"), "envelope": me,
         "to": "liuxiaoyan@" + YY,
         "subject": "房租提醒（7-9月）", "date": c.t0}
    hs = S.coremail(c, f, domain="126.com", hcs=("gbk", "B", "GBK"),
                    version="XT5.0.14 build 20240801(9da12a7b)")
    return render_message(hs, text_part(text, "plain", charset="gbk", cte="base64", label="GBK",
                                        quote_charset=False))


# ---------------------------------------------------------------------------
# f32  private tutor's summer schedule, 163.com webmail, DOCX attached
# ---------------------------------------------------------------------------

@message
def f32():
    c = S.Ctx(32, "jiahe", "zhaojianguo@" + JH, cst(2023, 7, 5, 21, 40, 3))
    me = "liusiyuan0921@163.com"
    text = """赵总您好：

我是给子轩上数学课的刘思远。根据上周和您、子轩妈妈商量的情况，暑假辅导时间安排如下（详细课表见附件）：

1. 时间：7月11日—8月19日，每周二、四、六上午9:00—11:00，共18次课，地点在您家。
2. 内容：前三周复习初二下学期的一次函数和勾股定理，查漏补缺；后三周预习初三上学期的一元二次方程和二次函数。
3. 每次课后留30分钟左右的作业，下次课开始时讲评。

课时费按之前说好的每次200元，18次共3600元，可以每两周结一次，也可以结束后一次结清，您看哪种方便。

还有一件事想跟您商量：7月29日（周六）我要回老家参加表哥的婚礼，那次课想调到7月28日（周五）上午，时间不变，不知道方不方便？

有什么问题随时微信联系我。

刘思远
"""
    doc = docx_bytes(["赵子轩 暑假数学辅导课表（2023年7月11日—8月19日）",
                      "每周二、四、六 上午9:00—11:00，地点：学生家中",
                      "第1—3周：一次函数、勾股定理复习",
                      "第4—6周：一元二次方程、二次函数预习",
                      "7月29日（周六）课程调至7月28日（周五）上午",
                      "课时费：200元/次，共18次"])
    f = {"from": addr("刘思远", me), "envelope": me, "to": addr("赵建国", "zhaojianguo@" + JH),
         "subject": "子轩暑假数学辅导时间安排", "date": c.t0}
    hs = S.coremail(c, f, domain="163.com", version="XT5.0.14 build 20230109(dcb5de15)")
    alt = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8", quote_charset=False),
        text_part(cm_html(text), "html", cte="base64", label="UTF-8", quote_charset=False),
    ], S.coremail_boundary(c.rng, c.t0))
    att = attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "暑假数学辅导课表-赵子轩.docx", style="ew")
    body = multipart("mixed", [alt, att], S.coremail_boundary(c.rng, c.t0))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f33  bookkeeping agency's monthly summary, small domain, Foxmail, XLSX
# ---------------------------------------------------------------------------

@message
def f33():
    c = S.Ctx(33, "jiahe", "zhaojianguo@" + JH, cst(2024, 3, 8, 15, 17, 52))
    dom = "hexin-caishui.example"
    me = "yangxm@" + dom
    text = """赵总、李静：

你们好！2月份的账已经做完，主要数据如下（详见附件报表）：

1. 营业收入：1,286,540.00元（其中开票收入1,198,300.00元，未开票收入88,240.00元）
2. 营业成本：962,310.00元，毛利率约25.2%
3. 期间费用：218,760.00元，其中工资社保146,200.00元、房租水电38,500.00元、运费19,860.00元
4. 利润总额：105,470.00元
5. 本月应交增值税36,812.45元，附加税费4,417.49元；代扣代缴个税2,153.60元

提醒几件事：
① 2月份申报期截止到3月15日，增值税和附加税我们13号前申报完，扣款前会再跟李静确认一下账户余额。
② 2023年度企业所得税汇算清缴要在5月31日前完成，麻烦4月中旬前把去年年底的固定资产和存货盘点表发给我。
③ 有3张进项发票（税额合计约1.2万元）还没有勾选确认，发票号在附件第二页，李静帮忙核对一下是否已经收到。

有问题随时微信联系。

杨晓梅
禾信财税 代理记账部
电话：0574-6271 8825
"""
    rows = [["宁波嘉禾精密五金制品有限公司 2024年2月财务简报"], [],
            ["项目", "本月金额（元）", "备注"],
            ["营业收入", 1286540.00, "开票1,198,300.00；未开票88,240.00"],
            ["营业成本", 962310.00, ""],
            ["期间费用", 218760.00, "工资社保146,200.00；房租水电38,500.00；运费19,860.00"],
            ["利润总额", 105470.00, ""],
            ["应交增值税", 36812.45, ""], ["附加税费", 4417.49, ""], ["代扣个税", 2153.60, ""], [],
            ["待勾选进项发票", "3张", "税额合计约1.2万元"]]
    hops = [("DESKTOP-Y7C3K9Q", "unknown", "122.%d.%d.%d" % (c.rng.randrange(224, 250), c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "smtp.%s" % dom, "(Postfix) with ESMTPSA id %s" % hexs(c.rng, 10, upper=True), "", 1, 8)]
    lt = c.t0
    f = {"from": addr("杨晓梅", me, charset="gb2312", label="gb2312"), "envelope": me,
         "to": addrs([("赵建国", "zhaojianguo@" + JH), ("李静", "lijing@" + JH)], charset="gb2312", label="gb2312"),
         "subject": "嘉禾五金2024年2月财务简报及申报提醒", "date": c.t0,
         "out_ip": "198.51.100.%d" % c.rng.randrange(2, 250)}
    extra = [("X-Priority", "3"), ("X-GUID", c.uuid(upper=True)), ("X-Has-Attach", "yes"),
             ("X-Mailer", "Foxmail 7.2.25.254[cn]")]
    hs = S.relay(c, f, hops, extra=extra, hcs=("gb2312", "B", "gb2312"),
                 msgid="<%s%07d@%s>" % (lt.strftime("%Y%m%d%H%M%S"), c.rng.randrange(10 ** 7), dom),
                 order=["Date", "From", "To", "Subject", "*", "Mime-Version", "Message-ID"],
                 mime_name="Mime-Version", dkim_d=dom, dkim_s="default")
    html = ('<html><head>\n<meta http-equiv="content-type" content="text/html; charset=gb2312">'
            '<style>body { line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; '
            'color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + html_paras(text, "div") + "\n</body></html>\n")
    alt = multipart("alternative", [
        text_part(text, "plain", charset="gb2312", cte="base64", label="gb2312"),
        text_part(html, "html", charset="gb2312", cte="base64", label="gb2312"),
    ], S.foxmail_boundary(c.rng))
    att = attachment(xlsx_bytes(rows, "2024-02"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "嘉禾五金2024年2月财务简报.xlsx", style="ew", charset="gb2312", label="gb2312")
    body = multipart("mixed", [alt, att], S.foxmail_boundary(c.rng),
                     preamble="This is a multi-part message in MIME format.")
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f34  small dental clinic: appointment reminder from its booking system
# ---------------------------------------------------------------------------

@message
def f34():
    c = S.Ctx(34, "jiahe", "zhangwei@" + JH, cst(2026, 3, 9, 10, 0, 6))
    dom = "meiya-dental.example"
    me = "yuyue@" + dom
    text = """张伟先生，您好：

这里是美雅口腔门诊部。温馨提醒您的复诊预约：

预约项目：种植牙二期（安装愈合基台）
预约时间：2026年3月12日（星期四）14:30
接诊医生：林志伟 主治医师
就诊地点：美雅口腔门诊部 2楼 种植中心

就诊须知：
1. 请提前15分钟到前台签到，携带身份证、医保卡及上次的病历本。
2. 就诊前可正常进食；术后2小时内请勿进食过热食物。
3. 如需改约或取消，请提前一天致电 0574-6288 3715 或直接回复本邮件，我们会为您重新安排。

祝您生活愉快！
美雅口腔门诊部
（本邮件由预约系统自动发送）
"""
    html = ('<div style="font-family:\'PingFang SC\',\'Microsoft YaHei\',sans-serif;font-size:14px;color:#333;'
            'max-width:560px;border:1px solid #d6ebf2;padding:16px">'
            '<div style="color:#1b8fb5;font-size:18px;font-weight:bold;margin-bottom:10px">美雅口腔 · 预约提醒</div>'
            + html_paras(text, "p", br_empty=False) + "</div>\n")
    hops = [(None, None, None, "app.%s" % dom, "(Postfix, from userid 1000)", " id %s" % hexs(c.rng, 10, upper=True), 0, 8),
            ("app.%s" % dom, "localhost", "127.0.0.1", "mail.%s" % dom, "(Postfix) with ESMTP",
             " id %s" % hexs(c.rng, 10, upper=True), 1, 8)]
    f = {"from": addr("美雅口腔门诊部", me), "envelope": me, "to": "zhangwei@" + JH,
         "reply_to": "qiantai@" + dom,
         "subject": "预约提醒：3月12日（周四）14:30 种植复诊", "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s@app.%s>" % (hexs(c.rng, 24), dom),
                 order=["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="s1", extra=[("Auto-Submitted", "auto-generated")])
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="UTF-8"),
        text_part(html, "html", cte="quoted-printable", label="UTF-8"),
    ], "----=_Part_%s" % hexs(c.rng, 20))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f35  Air China e-ticket itinerary (real sender domain)
# ---------------------------------------------------------------------------

@message
def f35():
    c = S.Ctx(35, "yyy", "chenzhiqiang@" + YY, cst(2024, 6, 3, 14, 55, 21))
    dom = "airchina.com.cn"
    me = "noreply@" + dom
    text = """中国国际航空股份有限公司 电子客票行程确认单
AIR CHINA E-TICKET ITINERARY

尊敬的 陈志强 先生：
感谢您选择中国国航。您的机票已出票成功，行程信息如下：

订单号 / Order No.: 1240603518827
旅客姓名 / Passenger: 陈志强 CHEN/ZHIQIANG MR
电子客票号 / E-ticket No.: 999-2416753081

航班 / Flights:
1. CA1372  2024-06-13（周四）  长沙黄花T2 08:05 — 北京首都T3 10:35  经济舱 Y  免费托运行李 20KG
2. CA1371  2024-06-16（周日）  北京首都T3 17:30 — 长沙黄花T2 20:00  经济舱 Y  免费托运行李 20KG

费用 / Fare:
票价 CNY 2,740.00（去程1,460.00 + 回程1,280.00）
民航发展基金 CNY 100.00
燃油附加费 CNY 240.00
合计 / Total: CNY 3,080.00
支付方式：企业支付（云溪县人民医院）

温馨提示：
- 国内航班请于起飞前至少45分钟办理完乘机手续并通过安检，具体以机场公告为准。
- 您可在航班起飞前24小时通过国航官网 www.airchina.com.cn、国航App或微信小程序办理网上值机、选座。
- 如需改签或退票，请通过原购票渠道办理，或致电国航服务热线 95583。

本邮件由系统自动发送，请勿直接回复。
"""

    def row(no, day, dep, arr):
        return ('<tr><td style="padding:8px;border:1px solid #ddd"><b>%s</b></td><td style="padding:8px;border:1px solid #ddd">%s</td>'
                '<td style="padding:8px;border:1px solid #ddd">%s</td><td style="padding:8px;border:1px solid #ddd">%s</td>'
                '<td style="padding:8px;border:1px solid #ddd">经济舱 Y / 20KG</td></tr>' % (no, day, dep, arr))
    html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Microsoft YaHei',Arial,sans-serif;font-size:13px;color:#333;background:#f2f2f2">
<table width="680" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#b5001f;color:#fff;padding:14px 20px;font-size:18px"><b>中国国航 AIR CHINA</b> &nbsp;电子客票行程确认单</td></tr>
<tr><td style="padding:18px 20px">
<p>尊敬的 <b>陈志强</b> 先生：<br>感谢您选择中国国航。您的机票已出票成功，行程信息如下：</p>
<p>订单号 / Order No.：1240603518827<br>旅客姓名 / Passenger：陈志强 CHEN/ZHIQIANG MR<br>电子客票号 / E-ticket No.：<b>999-2416753081</b></p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr style="background:#f7e6e9"><th style="padding:8px;border:1px solid #ddd">航班</th><th style="padding:8px;border:1px solid #ddd">日期</th><th style="padding:8px;border:1px solid #ddd">出发</th><th style="padding:8px;border:1px solid #ddd">到达</th><th style="padding:8px;border:1px solid #ddd">舱位/行李</th></tr>
""" + row("CA1372", "2024-06-13 周四", "长沙黄花T2 08:05", "北京首都T3 10:35")
            + row("CA1371", "2024-06-16 周日", "北京首都T3 17:30", "长沙黄花T2 20:00") + """
</table>
<p>票价 CNY 2,740.00（去程1,460.00 + 回程1,280.00）<br>民航发展基金 CNY 100.00<br>燃油附加费 CNY 240.00<br>
<b>合计 / Total：CNY 3,080.00</b><br>支付方式：企业支付（云溪县人民医院）</p>
<p style="color:#666;font-size:12px">国内航班请于起飞前至少45分钟办理完乘机手续并通过安检，具体以机场公告为准。<br>
您可在航班起飞前24小时通过国航官网 <a href="https://www.airchina.com.cn">www.airchina.com.cn</a>、国航App或微信小程序办理网上值机、选座。<br>
如需改签或退票，请通过原购票渠道办理，或致电国航服务热线 95583。</p>
<p style="color:#999;font-size:12px">本邮件由系统自动发送，请勿直接回复。</p>
</td></tr></table></body></html>
""")
    hops = [(None, None, None, "ebooking-app03.%s" % dom, "(Postfix, from userid 501)",
             " id %s" % hexs(c.rng, 11, upper=True), 0, 8),
            ("ebooking-app03.%s" % dom, "ebooking-app03.%s" % dom, "10.%d.%d.%d" % (c.rng.randrange(1, 250), c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "mta01.%s" % dom, "(Postfix) with ESMTP", " id %s" % hexs(c.rng, 11, upper=True), 2, 8)]
    f = {"from": addr("中国国航", me), "envelope": me, "to": "chenzhiqiang@" + YY,
         "subject": "中国国航电子客票行程确认单 / Air China E-ticket Itinerary 1240603518827", "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s.%d.JavaMail.ebooking@ebooking-app03.%s>" % (hexs(c.rng, 8), int(c.t0.timestamp()) * 1000, dom),
                 order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="default")
    body = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8"),
        text_part(html, "html", cte="base64", label="UTF-8"),
    ], "----=_Part_%d_%d.%d" % (c.rng.randrange(10 ** 5, 10 ** 6), c.rng.randrange(10 ** 8, 10 ** 9),
                                int(c.t0.timestamp()) * 1000 + 82))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f36  JD.com order confirmation (real sender domain)
# ---------------------------------------------------------------------------

@message
def f36():
    c = S.Ctx(36, "jiahe", "lijing@" + JH, cst(2025, 6, 18, 0, 21, 37))
    dom = "jd.com"
    me = "service@" + dom
    oid = "305182736491"
    items = [("九阳 豆浆机 家用1.2L 全自动免滤", 1, 329.00), ("蓝月亮 深层洁净洗衣液 3kg×2瓶装", 2, 89.90)]
    sub = sum(q * p for _, q, p in items)
    pay = sub - 50
    rows = "".join('<tr><td style="padding:8px;border-bottom:1px solid #eee">%s</td><td align="center">×%d</td>'
                   '<td align="right">¥%.2f</td></tr>' % (esc(n), q, p * q) for n, q, p in items)
    html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Microsoft YaHei',Arial;font-size:13px;color:#333">
<table width="650" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e1251b;padding:12px 20px;color:#fff;font-size:20px;font-weight:bold">京东 JD.COM</td></tr>
<tr><td style="padding:20px">
<p>尊敬的京东用户 <b>jd_lijing0906</b>，您好！</p>
<p>您的订单 <b>%s</b> 已提交成功并完成支付，我们会尽快为您安排发货。</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:13px">
<tr style="background:#fafafa"><th align="left" style="padding:8px">商品</th><th>数量</th><th align="right">金额</th></tr>
%s
</table>
<p style="text-align:right">商品总额：¥%.2f<br>运费：¥0.00<br>618满减优惠：-¥50.00<br>
<b>实付款：<span style="color:#e1251b;font-size:16px">¥%.2f</span></b></p>
<p>支付方式：微信支付<br>下单时间：2025-06-18 00:21:05<br>配送方式：京东快递，预计6月19日送达<br>
收货人：李静 138****2715 浙江省宁波市余姚市……</p>
<p><a href="https://details.jd.com/normal/item.action?orderid=%s" style="color:#005ea7">查看订单详情</a></p>
<p style="color:#999;font-size:12px">本邮件由系统自动发出，请勿直接回复。京东不会以任何理由要求您点击陌生链接进行退款或索取银行卡信息、验证码，谨防诈骗。<br>
客服热线：950618 | <a href="https://www.jd.com" style="color:#999">www.jd.com</a></p>
</td></tr></table></body></html>
""" % (oid, rows, sub, pay, oid))
    hops = [(None, None, None, "mailsend%02d.%s" % (c.rng.randrange(1, 20), dom), "(Postfix, from userid 0)",
             " id %s" % hexs(c.rng, 10, upper=True), 1, 8)]
    f = {"from": addr("京东", me), "envelope": "bounce@edm.jd.com", "to": "lijing@" + JH,
         "subject": "您的京东订单%s已提交成功" % oid, "date": c.t0,
         "out_ip": "203.0.113.%d" % c.rng.randrange(2, 250)}
    hs = S.relay(c, f, hops, msgid="<%s.%s@%s>" % (hexs(c.rng, 16), oid, dom),
                 order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="edm", dkim_h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")
    return render_message(hs, text_part(html, "html", cte="base64", label="utf-8"))


# ---------------------------------------------------------------------------
# f37  Taobao refund confirmation after a return (real sender domain)
# ---------------------------------------------------------------------------

@message
def f37():
    c = S.Ctx(37, "yyy", "liuxiaoyan@" + YY, cst(2023, 11, 16, 11, 8, 14))
    dom = "taobao.com"
    me = "service@mail.taobao.com"
    text = """亲爱的 晓燕0521，您好：

您申请的退款已处理成功，退款金额已原路退回。

订单编号：3581627490318845271
商品名称：加厚珊瑚绒床上四件套 1.8m床 浅灰色
退款原因：尺寸不合适（七天无理由退货）
退款金额：¥89.00
退回账户：支付宝账户（原支付方式）
处理时间：2023-11-16 11:07:52

一般情况下，退款会在1—3个工作日内到账，您可以在淘宝App“我的淘宝—退款/售后”中查看退款进度。

温馨提示：淘宝官方不会通过电话、短信要求您提供银行卡号、验证码或进行“退款理赔”操作，如遇此类情况请提高警惕。

淘宝网
"""
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'PingFang SC\',\'Microsoft YaHei\','
            'sans-serif;font-size:14px;color:#3c3c3c"><div style="max-width:600px;margin:0 auto">'
            '<div style="background:#ff5000;color:#fff;padding:12px 16px;font-size:18px"><b>淘宝网</b> 退款成功通知</div>'
            '<div style="padding:16px;border:1px solid #f0f0f0">' + html_paras(text, "p", br_empty=False)
            + '<p><a href="https://www.taobao.com" style="color:#ff5000">www.taobao.com</a></p></div></div></body></html>\n')
    hops = [(None, None, None, "mx-edm%02d.mail.%s" % (c.rng.randrange(1, 30), dom), "(Postfix, from userid 0)",
             " id %s" % hexs(c.rng, 10, upper=True), 1, 8)]
    f = {"from": addr("淘宝网", me), "envelope": "bounce@mail.taobao.com", "to": "liuxiaoyan@" + YY,
         "subject": "退款成功通知：¥89.00已原路退回", "date": c.t0,
         "out_ip": "198.51.100.%d" % c.rng.randrange(2, 250)}
    hs = S.relay(c, f, hops, msgid="<%s@mail.%s>" % (c.uuid(), dom),
                 order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "*"],
                 dkim_d="mail.taobao.com", dkim_s="s1024")
    body = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8"),
        text_part(html, "html", cte="base64", label="UTF-8"),
    ], "----=_Part_%s" % hexs(c.rng, 24))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f38  conference registration receipt, PDF attached
# ---------------------------------------------------------------------------

@message
def f38():
    c = S.Ctx(38, "yyy", "wanglijuan@" + YY, cst(2024, 8, 26, 17, 36, 48))
    dom = "xzhlxh.example"
    me = "huiwu@" + dom
    text = """王丽娟 老师：

您好！您已成功注册“2024年湘中地区护理管理学术年会暨护士长管理能力提升培训班”，注册信息如下：

注册编号：HL2024-0387
姓名：王丽娟
单位：云溪县人民医院（心内科）
注册类别：正式代表
注册费：800元（已缴，单位对公转账，2024-08-23到账）

会议时间：2024年9月20日（周五）报到，9月21日—22日（周六、周日）全天会议
报到地点：长沙 湘江怡景酒店 一楼大堂会务组
继续教育：全程参会可获国家级继续医学教育Ⅱ类学分5分，请下载“学分通”App并于会场扫码签到。

会议发票（电子普通发票）将在会后10个工作日内发送至贵单位预留的财务邮箱。注册回执见附件，报到时出示电子版即可。

会务组已为参会代表协议了湘江怡景酒店的会议价房，需要住宿的代表请自行联系酒店预订，报“护理年会”即可享受协议价。

湘中护理学会 会务组
联系电话：0731-8462 5530（工作日 8:30—17:30）
"""
    pdf = pdf_bytes(["2024 Xiangzhong Nursing Management Annual Conference", "Registration receipt / HL2024-0387",
                     "Name: WANG LIJUAN  -  Yunxi County People's Hospital",
                     "Fee: CNY 800.00 (paid 2024-08-23, bank transfer)",
                     "Check-in: 2024-09-20, Xiangjiang Yijing Hotel lobby"], title="HL2024-0387")
    hops = [(None, None, None, "www.%s" % dom, "(Postfix, from userid 48)", " id %s" % hexs(c.rng, 10, upper=True), 0, 8),
            ("www.%s" % dom, "localhost", "127.0.0.1", "mail.%s" % dom, "(Postfix) with ESMTP", " id %s" % hexs(c.rng, 10, upper=True), 1, 8)]
    f = {"from": addr("湘中护理学会会务组", me), "envelope": me, "to": addr("王丽娟", "wanglijuan@" + YY),
         "subject": "注册成功回执：2024年湘中地区护理管理学术年会（HL2024-0387）", "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s@%s>" % (alnum(c.rng, 32), dom),
                 order=["Date", "To", "From", "Subject", "Message-ID", "*", "MIME-Version"],
                 dkim_d=dom, dkim_s="default",
                 extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])
    alt = multipart("alternative", [
        text_part(text, "plain", cte="8bit", label="UTF-8", quote_charset=False),
        text_part(html_paras(text, "p", "<html><body>", "</body></html>\n", br_empty=False), "html", cte="8bit",
                  label="UTF-8", quote_charset=False),
    ], "b2_%s" % alnum(c.rng, 40))
    att = attachment(pdf, "application/pdf", "注册回执-HL2024-0387.pdf", style="2231")
    body = multipart("mixed", [alt, att], "b1_%s" % alnum(c.rng, 40))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f39  hotel booking confirmation, Outlook (Chinese Windows) in GB2312
# ---------------------------------------------------------------------------

@message
def f39():
    c = S.Ctx(39, "yyy", "wanglijuan@" + YY, cst(2024, 9, 2, 11, 49, 30))
    dom = "xjyijing-hotel.example"
    me = "reservation@" + dom
    text = """尊敬的王丽娟女士：

您好！感谢您选择湘江怡景酒店，您的预订已确认，详情如下：

确认号：YJ240902-1163
入住日期：2024年9月19日（星期四）
离店日期：2024年9月22日（星期日）
房型：高级大床房 1间（无烟）
房价：护理年会协议价 ￥358/间/晚，含双早
总价：￥1074（3晚）
付款方式：到店付款，可开具增值税普通发票

温馨提示：
1. 入住时间为14:00以后，退房时间为12:00以前。
2. 预订保留至入住当天18:00，如晚到请提前致电告知。
3. 酒店距会场步行约3分钟，会议期间早餐时间提前至6:30。

如需变更或取消预订，请于入住前一天18:00前致电 0731-8856 2088 或回复本邮件。

期待您的光临！

湘江怡景酒店 预订部
"""
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '<div class=WordSection1>'
            + "".join('<p class=MsoNormal><span style=\'font-family:"微软雅黑",sans-serif\'>%s<o:p></o:p></span></p>\n'
                      % (esc(l) if l.strip() else "&nbsp;") for l in text.strip().split("\n"))
            + "</div></body></html>\n")
    hops = [("FRONTDESK-PC02", "unknown", "175.%d.%d.%d" % (c.rng.randrange(0, 20), c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "mail.%s" % dom, "(Postfix) with ESMTPSA id %s" % hexs(c.rng, 10, upper=True),
             "\n\tfor <wanglijuan@%s>" % YY, 2, 8)]
    f = {"from": addr("湘江怡景酒店预订部", me, charset="gb2312", label="gb2312"), "envelope": me,
         "to": addr("王丽娟", "wanglijuan@" + YY, charset="gb2312", label="gb2312"),
         "subject": "预订确认：湘江怡景酒店 9月19日-22日 高级大床房（YJ240902-1163）", "date": c.t0,
         "out_ip": "192.0.2.%d" % c.rng.randrange(2, 250)}
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsA" + alnum(c.rng, 24) + "=="),
             ("Content-Language", "zh-cn")]
    hs = S.relay(c, f, hops, extra=extra, hcs=("gb2312", "B", "gb2312"),
                 msgid=S.outlook_desktop_msgid(c.rng, dom),
                 order=["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "*"], dkim_d=None)
    body = multipart("alternative", [
        text_part(text, "plain", charset="gb2312", cte="base64", label="gb2312"),
        text_part(html, "html", charset="gb2312", cte="quoted-printable", label="gb2312"),
    ], S.outlook_desktop_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f40  SF Express delivery (signed-for) notice (real sender domain)
# ---------------------------------------------------------------------------

@message
def f40():
    c = S.Ctx(40, "jiahe", "zhangwei@" + JH, cst(2025, 10, 23, 10, 45, 12))
    dom = "sf-express.com"
    me = "sfservice@" + dom
    wb = "SF1482735069381"
    text = """尊敬的月结客户 宁波嘉禾精密五金制品有限公司（张伟）：

您寄出的快件已被签收，详情如下：

运单号：%s
寄件时间：2025-10-21 17:32
寄件人：张伟 / 宁波嘉禾精密五金制品有限公司
收件人：王工 / 东莞市鼎盛智能科技有限公司
托寄物：五金样品（1件，3.2kg）
产品类型：顺丰标快
签收时间：2025-10-23 10:42
签收人：前台代签

您可登录顺丰官网 www.sf-express.com 或通过顺丰速运App、微信公众号查询完整物流轨迹及电子签收底单。运费将计入贵司本月月结账单。

如有疑问，请致电顺丰客服热线 95338。
本邮件为系统自动发送，请勿直接回复。

顺丰速运
""" % wb
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:\'Microsoft YaHei\',Arial;font-size:13px;color:#333">'
            '<div style="max-width:620px;margin:0 auto;border:1px solid #eee">'
            '<div style="background:#000;color:#fff;padding:12px 18px;font-size:18px"><b>顺丰速运</b> SF EXPRESS</div>'
            '<div style="padding:16px 18px">' + html_paras(text, "p", br_empty=False).replace(
                "www.sf-express.com", '<a href="https://www.sf-express.com">www.sf-express.com</a>')
            + "</div></div></body></html>\n")
    hops = [(None, None, None, "notify-mta%02d.%s" % (c.rng.randrange(1, 12), dom), "(Postfix, from userid 0)",
             " id %s" % hexs(c.rng, 10, upper=True), 1, 8)]
    f = {"from": addr("顺丰速运", me), "envelope": me, "to": "zhangwei@" + JH,
         "subject": "【顺丰速运】您寄出的快件%s已签收" % wb, "date": c.t0,
         "out_ip": "203.0.113.%d" % c.rng.randrange(2, 250)}
    hs = S.relay(c, f, hops, msgid="<%s.%s@notify.%s>" % (wb, hexs(c.rng, 12), dom),
                 order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="default")
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="UTF-8"),
        text_part(html, "html", cte="base64", label="UTF-8"),
    ], "=_sf_%s" % hexs(c.rng, 28))
    return render_message(hs, body)
