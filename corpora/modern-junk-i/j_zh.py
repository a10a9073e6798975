"""Chinese messages j45-j52 (2016-2025). Recipient: huaxing-jixie.example (invented)."""
from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


def qq(r):
    return '%d' % r.randint(10**8, 10**10)


@reg(45, 'spam', 'zh', '代开发票 (VAT invoice selling), malformed Message-ID', 'text/plain; gb2312; base64; free-mail, Foxmail')
def j45(r):
    rc = 'caiwu@huaxing-jixie.example'
    frm = '%s%d@163.example' % (rlow(r, 5, AZ), r.randint(100, 999))
    t = ('财务负责人您好：\n\n'
         '本公司长期代理各地增值税普通发票、专用发票，可开项目包括：\n'
         '办公用品、机械配件、运输服务、建筑安装、咨询服务、广告费、会议费、住宿餐饮等。\n\n'
         '所有票据均可上网查询验证，点数从优，量大另议。\n'
         '月底冲账、年终抵扣、成本不足的企业欢迎来电咨询，先验票后付款，诚信合作，长期有效。\n\n'
         '联系人：陈经理\n手机：13%d%04d%04d（同微信）\nQQ：%s\n\n'
         '如有打扰，敬请谅解！\n' % (r.randint(0, 9), r.randint(0, 9999), r.randint(0, 9999), qq(r)))
    body = text(cjkwrap(t), cs='gb2312', cte='base64', w=0)
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='G', rcpt=rc, env=frm, sent='2016-06-28 09:16:40', soff='+0800', tls=False,
                 conn=('%s' % rlow(r, 8, AZ).upper(), None, ip),
                 headers=[('Date', '{DATE}'), ('From', '"%s" <%s>' % (ew('陈经理', 'gb2312', 'B'), frm)), ('To', rc),
                          ('Subject', ew('代开各地正规发票（可验证）', 'gb2312', 'B')),
                          ('X-Priority', '3'), ('X-GUID', '%s-%s' % (rhex(r, 8), rhex(r, 4))),
                          ('X-Has-Attach', 'no'), ('X-Mailer', 'Foxmail 7.2.7.21[cn]'),
                          ('Mime-Version', '1.0'), ('Message-ID', '<%s%d>' % (rhex(r, 16), r.randint(1000, 9999))),
                          ('*MIME*', None)], body=body)


@reg(46, 'spam', 'zh-Hant', '網賭: 真人視訊百家樂 / 體育投注 (online gambling)', 'text/html; big5; base64; VPS sender')
def j46(r):
    rc = 'sales@huaxing-jixie.example'
    dom = '%s%d.example' % (rlow(r, 4, AZ), r.randint(100, 999))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>\n'
            '<body style="font-family:PMingLiU,Arial">\n<div style="width:560px;margin:auto;background:#2b0a0a;color:#f5e6c8;padding:16px">\n'
            '<h2 style="color:#ffcc33">真人視訊百家樂．體育投注．電子老虎機</h2>\n'
            '<p>亞洲合法牌照平台，荷官二十四小時線上發牌，畫面高清不延遲。</p>\n'
            '<p>新會員首存一千送一千，每日返水百分之一點五，出款最快三分鐘到帳，'
            '支援銀行轉帳與虛擬幣入款。</p>\n'
            '<p>手機、電腦皆可遊玩，無需下載。</p>\n'
            '<p><a href="http://%s/?code=%d" style="color:#ffcc33">立即註冊領取彩金</a></p>\n'
            '<p style="font-size:11px">客服 LINE：%s　Telegram：@%s</p>\n'
            '</div></body></html>\n' % (dom, r.randint(1000, 9999), rlow(r, 7, AZ), rlow(r, 8, AZ)))
    body = text(html, 'html', 'big5', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'service@%s' % dom
    return build(r, org='G', rcpt=rc, env=frm, sent='2017-11-08 21:40:26', soff='+0800', tls=False,
                 conn=('localhost', None, ip),
                 headers=[('From', '%s <%s>' % (ew('娛樂城客服', 'big5', 'B'), frm)), ('To', rc),
                          ('Subject', ew('首存一千送一千　出款三分鐘到帳', 'big5', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@%s>' % (rlow(r, 13, '0123456789'), dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None), ('X-Mailer', 'Mailman Pro 3.1')], body=body)


@reg(47, 'phish', 'zh', '虚构银行 (华信商业银行) 账户冻结钓鱼', 'text/html; utf-8; quoted-printable; look-alike domain')
def j47(r):
    rc = 'wang.lei@huaxing-jixie.example'
    dom = 'hxcb-kefu-%s.example' % rlow(r, 4, AZ)
    html = ('<html><body style="font-family:Microsoft YaHei,SimSun,Arial;font-size:14px">\n'
            '<div style="border-top:4px solid #b8001f;padding:14px;max-width:560px">\n'
            '<p style="font-size:18px;color:#b8001f"><b>华信商业银行　网上银行安全中心</b></p>\n'
            '<p>尊敬的客户：</p>\n'
            '<p>系统检测到您的网银账户于近日在异地设备上多次登录失败，存在被盗用风险。'
            '根据反洗钱相关规定，您的账户已被<b>临时冻结</b>，转账及对外支付功能暂停使用。</p>\n'
            '<p>请于24小时内通过以下链接完成身份核验，核验通过后将自动解冻：</p>\n'
            '<p><a href="http://%s/ebank/verify?sid=%s">http://%s/ebank/verify</a></p>\n'
            '<p>逾期未核验的账户将转为长期冻结，需本人携带身份证件到柜台办理。</p>\n'
            '<p>此邮件由系统自动发送，请勿直接回复。</p>\n</div></body></html>\n' % (dom, rlow(r, 16, B62), dom))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'notice@%s' % dom
    return build(r, org='G', rcpt=rc, env=frm, sent='2019-03-19 10:05:12', soff='+0800',
                 conn=('mail.%s' % dom, None, ip),
                 auth=auth_res('G', 'pass', 'none', 'none', frm, dom),
                 headers=[('From', '%s <%s>' % (ew('华信商业银行', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('【安全提醒】您的网银账户已被临时冻结', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_hex(r, dom, 24)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(48, 'spam', 'zh', '刷单兼职 (fake-order task job), no Message-ID', 'text/plain; gbk; 8bit; botnet')
def j48(r):
    rc = 'hr@huaxing-jixie.example'
    frm = '%s@%s.example' % (rlow(r, 7, AZ), rlow(r, 6, AZ))
    t = ('在家用手机就能做的兼职，每天一到两个小时，日结工资！\n\n'
         '工作内容：帮电商店铺拍单、点赞、写好评，提升店铺销量和排名。'
         '商家先返本金，每单佣金五到三十元不等，做完一单结一单，当天提现。\n\n'
         '新人第一单送二十元体验金，连续完成三单以上可以升级为高级会员，接大额任务，佣金比例更高。\n\n'
         '要求：年满十八周岁，有微信或支付宝，会简单操作手机即可，宝妈、学生、上班族均可。\n\n'
         '名额有限，加客服微信：%s%d　备注“兼职”立即安排任务。\n' % (rlow(r, 4, AZ), r.randint(1000, 9999)))
    body = text(cjkwrap(t), cs='gbk', cte='8bit', w=0)
    ip = '192.0.2.%d' % r.randint(2, 250)
    return build(r, org='G', rcpt=rc, env=frm, sent='2020-07-21 15:33:09', soff='+0800', tls=False, date_style=3,
                 conn=('%s' % ip, None, ip),
                 headers=[('From', '%s <%s>' % (ew('招聘专员', 'gbk', 'B'), frm)), ('To', rc),
                          ('Subject', ew('手机兼职，日结200-500元', 'gbk', 'B')), ('Date', '{DATE}'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(49, 'phish', 'zh', '企业邮箱“邮件被隔离/待释放” (messages held) 钓鱼', 'text/html; gbk; quoted-printable; compromised corporate mailbox')
def j49(r):
    rc = 'zhang.min@huaxing-jixie.example'
    sdom = 'jinyuan-dianqi.example'
    host = '%s.%s.example' % (rlow(r, 5, AZ), rlow(r, 7, AZ))
    n = r.randint(5, 12)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>\n'
            '<body style="font-family:SimSun,Arial;font-size:14px">\n'
            '<p><b>邮件系统通知</b></p>\n<p>您好，%s：</p>\n'
            '<p>由于您的邮箱近期未完成安全认证，系统已将发给您的 <b>%d 封</b> 外部来信暂时隔离，'
            '其中可能包含客户订单、付款回单等重要邮件。</p>\n'
            '<p>隔离邮件将在72小时后自动删除。请点击下方按钮登录并释放邮件：</p>\n'
            '<p><a href="http://%s/mail/release?u=%s" style="background:#1a73e8;color:#fff;padding:6px 16px;text-decoration:none">查看并释放隔离邮件</a></p>\n'
            '<p style="color:#888;font-size:12px">系统管理员　此邮件为系统自动发送</p>\n'
            '</body></html>\n' % (rc, n, host, rc))
    body = text(html, 'html', 'gbk', 'quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'liu.jun@%s' % sdom
    return build(r, org='G', rcpt=rc, env=frm, sent='2021-12-02 13:28:57', soff='+0800',
                 pre=[('from WIN-%s (unknown [192.0.2.%d])\n\tby mail.%s (Coremail) with SMTP id %s;\n\t{d}'
                       % (rlow(r, 8, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), r.randint(2, 250), sdom, rlow(r, 26, B62)), 2, '+0800', 0)],
                 conn=('mail.%s' % sdom, None, ip),
                 auth=auth_res('G', 'pass', 'none', 'none', frm, sdom),
                 headers=[('Date', '{DATE}'), ('From', '"%s" <%s>' % (ew('邮件系统管理员', 'gbk', 'B'), frm)),
                          ('To', rc), ('Subject', ew('您有%d封邮件被系统隔离，请及时处理' % n, 'gbk', 'B')),
                          ('X-Priority', '1'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.13 build 20210104'),
                          ('MIME-Version', '1.0'), ('Message-ID', '<%s.%s@%s>' % (r.randint(10**9, 10**10), rlow(r, 18, B62), sdom)),
                          ('*MIME*', None)], body=body)


@reg(50, 'spam', 'zh', '发票 / 进项票税点 (VAT invoices for cost offset), image-heavy', 'multipart/related (text/html + image/gif); utf-8; base64')
def j50(r):
    rc = 'finance@huaxing-jixie.example'
    frm = '%s@%s.example' % (rlow(r, 6, AZ), rlow(r, 9, AZ))
    html = ('<html><body style="font-family:Microsoft YaHei,Arial">\n'
            '<p><img src="cid:ad@1" width="520" height="300" alt="进项 成本 专票"></p>\n'
            '<p>企业进项不足？年度汇算清缴成本缺口大？</p>\n'
            '<p>我司可协助解决各行业进项票、成本票问题，税点低，票面真实可查，支持全电发票。</p>\n'
            '<p>另提供：税务筹划、账务规范、个体户核定征收咨询。</p>\n'
            '<p>详情请加微信：%s　电话：1%d%04d%04d</p>\n'
            '<p style="color:#fff;font-size:1px">%s</p>\n</body></html>\n'
            % ('fp' + str(r.randint(1000, 9999)), r.randint(30, 99), r.randint(0, 9999), r.randint(0, 9999), buster(r, 20)))
    b = '----=_Part_%d_%d' % (r.randint(100000, 999999), r.randint(10**9, 10**10))
    body = multi('related', [text(html, 'html', 'utf-8', 'base64'),
                             binpart('image/gif', gif(r, 6, 4), 'ad.gif', 'inline', cid='ad@1')], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    return build(r, org='G', rcpt=rc, env=frm, sent='2023-04-17 11:50:20', soff='+0800', tls=False,
                 conn=('mail.%s' % frm.split('@')[1], None, ip),
                 headers=[('From', '%s <%s>' % (ew('税务咨询', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('进项不足怎么办？低税点专票', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', '<%s@%s>' % (rhex(r, 20).lower(), frm.split('@')[1])),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(51, 'spam', 'zh', 'USDT 理财 / 虚拟币投资平台', 'multipart/alternative; utf-8; base64; bulk sender with List-Unsubscribe')
def j51(r):
    rc = 'chen.yu@huaxing-jixie.example'
    dom = '%s-fund.example' % rlow(r, 6, AZ)
    tok = rlow(r, 20, B62)
    plain = ('USDT 稳定币理财，年化收益高达百分之三十六。\n\n'
             '平台采用量化套利策略，资金全程托管于海外持牌机构，'
             '每日自动结算收益，随存随取，不限次数。\n\n'
             '新用户注册即送十 USDT 体验金，首笔充值满一千 USDT 额外奖励百分之五。\n\n'
             '立即注册：http://%s/r/%s\n退订：http://%s/unsub/%s\n' % (dom, tok, dom, tok))
    html = ('<html><body style="font-family:Microsoft YaHei,Arial;background:#0d1b2a;color:#e0e6ed">\n'
            '<div style="max-width:560px;margin:auto;padding:18px">\n<h2 style="color:#26a17b">USDT 稳定币理财</h2>\n'
            '<p>年化收益最高 <b style="color:#26a17b">36%%</b>，量化套利，海外持牌托管，每日结算，随存随取。</p>\n'
            '<p>注册即送 10 USDT 体验金；首充满 1000 USDT 再奖励 5%%。</p>\n'
            '<p><a href="http://%s/r/%s" style="background:#26a17b;color:#fff;padding:8px 20px;text-decoration:none">立即注册</a></p>\n'
            '<p style="font-size:11px;color:#778">投资有风险。<a href="http://%s/unsub/%s" style="color:#778">退订</a></p>\n'
            '</div></body></html>\n' % (dom, tok, dom, tok))
    b = '--=_%s' % rlow(r, 28, B62)
    body = multi('alternative', [text(cjkwrap(plain), cs='utf-8', cte='base64', w=0),
                                 text(html, 'html', 'utf-8', 'base64')], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'news@%s' % dom
    return build(r, org='G', rcpt=rc, env='bounce-%s@%s' % (tok[:8], dom), sent='2024-10-15 18:20:44', soff='+0800',
                 conn=('smtp.%s' % dom, None, ip),
                 auth=auth_res('G', 'pass', 'pass header.d=%s' % dom, 'pass', dom, dom),
                 headers=[('DKIM-Signature', dkim(r, dom, 'm1')),
                          ('From', '%s <%s>' % (ew('数字资产理财', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('年化36%，USDT随存随取', 'utf-8', 'B')), ('Date', '{DATE}'),
                          ('Message-ID', mid_uuid(r, dom)),
                          ('List-Unsubscribe', '<http://%s/unsub/%s>' % (dom, tok)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(52, 'phish', 'zh', '电子合同签署 (e-signature) with HTML attachment credential form', 'multipart/mixed (text/plain + text/html attachment); utf-8; quoted-printable + base64')
def j52(r):
    rc = 'purchase@huaxing-jixie.example'
    host = '%s.%s.example' % (rlow(r, 5, AZ), rlow(r, 8, AZ))
    cno = 'HT%d%06d' % (2025, r.randint(0, 999999))
    t = ('您好：\n\n'
         '“年度采购框架协议（%s）”已由对方盖章，现通过电子签章平台发送给您签署。\n'
         '为保障合同安全，合同文件以加密附件形式发送，请下载附件后使用企业邮箱账号登录查看并完成签署。\n\n'
         '签署截止时间：收到本邮件后48小时内。逾期合同将自动作废，需重新发起。\n\n'
         '电子签章服务平台\n' % cno)
    form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>电子合同签署</title></head>\n'
            '<body style="font-family:Microsoft YaHei,Arial;background:#f2f4f7">\n'
            '<div style="width:360px;margin:60px auto;background:#fff;padding:24px">\n'
            '<h3>合同 %s 待签署</h3>\n<p style="font-size:12px">请使用企业邮箱登录以验证身份</p>\n'
            '<form method="post" action="http://%s/esign/login">\n'
            '邮箱账号<br><input name="acc" value="%s" style="width:100%%"><br><br>\n'
            '邮箱密码<br><input type="password" name="pwd" style="width:100%%"><br><br>\n'
            '<input type="submit" value="登录并签署"></form>\n</div></body></html>\n' % (cno, host, rc))
    b = '----=_Part_%d_%s' % (r.randint(1000, 9999), rhex(r, 12).lower())
    att = text(form, 'html', 'utf-8', 'base64', extra=[('Content-Disposition', 'attachment; filename="%s.html"' % cno)])
    body = multi('mixed', [text(cjkwrap(t), cs='utf-8', cte='quoted-printable', w=0), att], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'esign@%s' % host
    return build(r, org='G', rcpt=rc, env=frm, sent='2025-12-09 09:12:35', soff='+0800',
                 conn=(host, None, ip),
                 auth=auth_res('G', 'pass', 'none', 'none', frm, host),
                 headers=[('From', '%s <%s>' % (ew('电子签章平台', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('【待签署】年度采购框架协议 %s' % cno, 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, host)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)
