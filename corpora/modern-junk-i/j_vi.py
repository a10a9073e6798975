"""Vietnamese messages j37-j44 (2017-2025). Recipient: songhan-port.example (invented)."""
from mlib import *

AZ = 'abcdefghijklmnopqrstuvwxyz'


@reg(37, 'spam', 'vi', 'tín dụng đen: vay tiền nóng không thẩm định', 'text/plain; utf-8; 8bit; free-mail')
def j37(r):
    rc = 'ketoan@songhan-port.example'
    frm = 'hotro.vaynhanh%d@gmail.example' % r.randint(100, 999)
    t = ('Chào anh/chị,\n\n'
         'Anh chị đang cần tiền gấp để xoay vốn, trả nợ hay lo việc gia đình mà ngân hàng đòi hỏi quá '
         'nhiều giấy tờ? Bên em hỗ trợ cho vay tiêu dùng từ 10 triệu đến 300 triệu đồng, không thẩm định '
         'nhà, không cần chứng minh thu nhập, không gọi điện cho người thân.\n\n'
         'Thủ tục chỉ cần CMND bản gốc và hộ khẩu photo. Nhân viên đến tận nơi làm hồ sơ, giải ngân tiền '
         'mặt ngay trong ngày. Nợ xấu nhóm 2, nhóm 3 vẫn hỗ trợ được.\n\n'
         'Hình thức trả góp theo ngày hoặc theo tuần, lãi thỏa thuận, góp đủ thì tất toán sớm không mất phí.\n\n'
         'Liên hệ anh Tuấn: 09%d.%03d.%03d (có Zalo)\n'
         'Nhận hồ sơ cả thứ Bảy và Chủ nhật.\n\n'
         'Xin lỗi nếu email làm phiền anh chị.\n' % (r.randint(10, 99), r.randint(0, 999), r.randint(0, 999)))
    body = text(t, cs='UTF-8', cte='8bit', quote=True)
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='F', rcpt=rc, env=frm, sent='2017-03-14 08:27:33', soff='+0700',
                 pre=[('by mail-%s.google.example with HTTP; {d}' % rlow(r, 4), 0, '-0700', 0)],
                 conn=('mail-pf0-f%d.google.example' % r.randint(170, 199), 'mail-pf0-f%d.google.example' % r.randint(170, 199), ip),
                 auth=auth_res('F', 'pass', 'pass header.d=gmail.example', 'pass', frm, 'gmail.example'),
                 headers=[('DKIM-Signature', dkim(r, 'gmail.example', '20161025', 'mime-version:from:date:message-id:subject:to')),
                          ('MIME-Version', '1.0'), ('From', '%s <%s>' % (ew('Hỗ trợ tài chính', 'UTF-8', 'B'), frm)),
                          ('Date', '{DATE}'), ('Message-ID', mid_gmail(r)),
                          ('Subject', ew('Cần tiền gấp? Giải ngân trong ngày, chỉ cần CMND', 'UTF-8', 'B')),
                          ('To', rc), ('*MIME*', None)], body=body)


@reg(38, 'spam', 'vi', 'cá độ bóng đá mùa World Cup, nhà cái thưởng nạp', 'text/html; utf-8; base64; VPS sender')
def j38(r):
    rc = 'phongkd@songhan-port.example'
    dom = '%sbet%d.example' % (rlow(r, 3, AZ), r.randint(10, 99))
    html = ('<html><body style="font-family:Arial;background:#062e1b;color:#fff">\n'
            '<div style="max-width:560px;margin:auto;padding:18px">\n'
            '<h2 style="color:#ffd400">MÙA BÓNG ĐÁ LỚN NHẤT 4 NĂM MỚI CÓ MỘT LẦN</h2>\n'
            '<p>Tỷ lệ kèo châu Á và kèo châu Âu cho tất cả 64 trận đều có sẵn, cập nhật từng phút. Đặt cược '
            'trực tiếp trong lúc trận đấu diễn ra, xem live miễn phí ngay trên điện thoại.</p>\n'
            '<ul><li>Thưởng 150%% lần nạp đầu, tối đa 3.000.000 VNĐ</li>'
            '<li>Hoàn trả 1,2%% mỗi ngày, không giới hạn</li>'
            '<li>Rút tiền về tài khoản ngân hàng trong 3 phút</li></ul>\n'
            '<p>Link vào không bị chặn: <a href="http://%s/?ref=%s" style="color:#ffd400">%s</a></p>\n'
            '<p style="font-size:11px;color:#9bbfa9">Nếu link bị chặn, hãy đổi DNS hoặc nhắn Telegram @%s để lấy link mới.</p>\n'
            '</div></body></html>\n' % (dom, rlow(r, 6), dom, rlow(r, 8, AZ)))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'cskh@%s' % dom
    return build(r, org='F', rcpt=rc, env=frm, sent='2018-06-12 20:14:05', soff='+0800',
                 conn=('vps-%s' % rlow(r, 6, '0123456789'), None, ip),
                 auth=auth_res('F', 'neutral', 'none', 'none', frm, dom),
                 headers=[('From', '%s <%s>' % (ew('Nhà cái uy tín', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('Kèo World Cup: thưởng 150% lần nạp đầu', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_hex(r, dom, 20)),
                          ('X-Mailer', 'PHPMailer 5.2.22'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(39, 'phish', 'vi', 'ngân hàng giả (Đông Hải Bank) báo khóa tài khoản', 'multipart/alternative; utf-8; quoted-printable; look-alike domain')
def j39(r):
    rc = 'nguyen.thao@songhan-port.example'
    dom = 'donghaibank-xacthuc.example'
    link = 'http://%s/ebank/xac-thuc?id=%s' % (dom, rlow(r, 14, B62))
    plain = ('NGÂN HÀNG TMCP ĐÔNG HẢI (DHBank)\n\n'
             'Kính gửi Quý khách,\n\n'
             'Hệ thống phát hiện tài khoản Internet Banking của Quý khách đăng nhập trên một thiết bị lạ '
             'tại Campuchia lúc 02:41 sáng nay. Để bảo vệ tài sản, chúng tôi đã tạm khóa chức năng chuyển '
             'tiền và thanh toán thẻ.\n\n'
             'Quý khách vui lòng xác thực lại thông tin chủ tài khoản trong vòng 12 giờ tại: %s\n\n'
             'Sau thời hạn trên, tài khoản sẽ bị khóa vĩnh viễn theo quy định của Ngân hàng Nhà nước và Quý '
             'khách phải đến quầy giao dịch để mở lại.\n\n'
             'Trân trọng,\nTrung tâm Dịch vụ Khách hàng DHBank\n' % link)
    html = ('<html><body style="font-family:Arial;font-size:14px">\n'
            '<div style="background:#003a70;color:#fff;padding:10px 16px;font-size:17px"><b>DHBank</b> &ndash; Ngân hàng TMCP Đông Hải</div>\n'
            '<div style="padding:16px">\n<p>Kính gửi Quý khách,</p>\n'
            '<p>Hệ thống phát hiện tài khoản Internet Banking của Quý khách đăng nhập trên một thiết bị lạ '
            'tại Campuchia lúc 02:41 sáng nay. Chức năng chuyển tiền và thanh toán thẻ đã bị <b>tạm khóa</b>.</p>\n'
            '<p><a href="%s" style="background:#e30613;color:#fff;padding:8px 18px;text-decoration:none">XÁC THỰC NGAY</a></p>\n'
            '<p>Sau 12 giờ, tài khoản sẽ bị khóa vĩnh viễn theo quy định của Ngân hàng Nhà nước.</p>\n'
            '<p>Trân trọng,<br>Trung tâm Dịch vụ Khách hàng DHBank</p></div>\n</body></html>\n' % link)
    b = '----=_Part_%d_%d.%d' % (r.randint(10000, 99999), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    body = multi('alternative', [text(plain, cs='UTF-8', cte='quoted-printable'),
                                 text(html, 'html', 'UTF-8', 'quoted-printable')], b, preamble='')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'thongbao@%s' % dom
    return build(r, org='F', rcpt=rc, env=frm, sent='2019-09-05 06:02:48', soff='+0700',
                 conn=('mail.%s' % dom, None, ip),
                 auth=auth_res('F', 'pass', 'none', 'none', frm, dom),
                 headers=[('Date', '{DATE}'), ('From', '"DHBank" <%s>' % frm), ('To', rc),
                          ('Message-ID', '<%d.%d.%d.JavaMail.root@%s>' % (r.randint(10**8, 10**9), r.randint(1, 99), r.randint(10**12, 10**13), dom)),
                          ('Subject', ew('[DHBank] Tài khoản của Quý khách tạm thời bị khóa', 'UTF-8', 'B')),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(40, 'spam', 'vi', 'việc làm online hoa hồng (làm nhiệm vụ đánh giá sản phẩm), viết không dấu', 'text/plain; us-ascii; 7bit; compromised account')
def j40(r):
    rc = 'hanhchinh@songhan-port.example'
    sdom = 'thanhcong-plastic.example'
    t = ('Chao ban,\n\n'
         'Cong ty minh dang tuyen 30 cong tac vien lam viec online tai nha, chi can dien thoai co ket noi '
         'mang. Cong viec rat don gian: tha tim, danh gia 5 sao va chup man hinh cac san pham tren san '
         'thuong mai dien tu de tang tuong tac cho shop.\n\n'
         'Moi nhiem vu duoc tra 15.000 - 50.000d, lam 1-2 tieng moi ngay thu nhap 300.000 - 800.000d. '
         'Hoa hong duoc chuyen khoan ngay sau khi hoan thanh, khong phai dong phi, khong can kinh nghiem.\n\n'
         'Sau khi quen viec, ban co the nhan "don hang VIP": ung truoc tien hang, he thong hoan lai goc '
         'va cong them 20-30%% hoa hong trong vong 5 phut.\n\n'
         'Uu tien sinh vien, me bim sua, nguoi ve huu. Ket ban Zalo 08%d %03d %03d (chi Ngoc - nhan su) '
         'va gui ma "SH%d" de duoc nhan viec ngay hom nay.\n\n'
         'Thu nay gui tu dong, vui long khong tra loi.\n' % (r.randint(10, 99), r.randint(0, 999), r.randint(0, 999), r.randint(100, 999)))
    body = text(t, cs='us-ascii', cte='7bit')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'kinhdoanh@%s' % sdom
    return build(r, org='F', rcpt=rc, env=frm, sent='2020-11-19 14:36:50', soff='+0700',
                 pre=[('from [10.10.%d.%d] (unknown [192.0.2.%d])\n\tby mail.%s (Postfix) with ESMTPA id %s;\n\t{d}'
                       % (r.randint(0, 9), r.randint(2, 250), r.randint(2, 250), sdom, rhex(r, 10)), 1, '+0700', 0)],
                 conn=('mail.%s' % sdom, 'mail.%s' % sdom, ip),
                 auth=auth_res('F', 'pass', 'none', 'none', frm, sdom),
                 headers=[('From', 'Tuyen dung CTV <%s>' % frm), ('To', rc),
                          ('Subject', 'Viec lam online tai nha - nhan hoa hong ngay'), ('Date', '{DATE}'),
                          ('Message-ID', '<%s@%s>' % (rhex(r, 24).lower(), sdom)),
                          ('X-Mailer', 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC86 (Win)/8.8.15_GA_3869)'),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(41, 'phish', 'vi', 'hóa đơn tiền điện EVN quá hạn, dọa cắt điện', 'text/html; utf-8; base64; display name impersonation')
def j41(r):
    rc = 'vanphong@songhan-port.example'
    dom = 'evn-thanhtoan-%s.example' % rlow(r, 4, AZ)
    kh = 'PE%011d' % r.randint(0, 10**11 - 1)
    amt = r.randint(3, 19) * 1000000 + r.randint(0, 999) * 1000
    html = ('<html><body style="font-family:Arial;font-size:14px;color:#222">\n'
            '<p style="color:#0055a5;font-size:18px"><b>TỔNG CÔNG TY ĐIỆN LỰC &ndash; THÔNG BÁO NGỪNG CẤP ĐIỆN</b></p>\n'
            '<p>Mã khách hàng: <b>%s</b><br>Kỳ hóa đơn: tháng %d/2021<br>Số tiền chưa thanh toán: '
            '<b>%s VNĐ</b></p>\n'
            '<p>Đến nay Quý khách hàng vẫn chưa thanh toán tiền điện của kỳ trước dù đã được nhắc hai lần. '
            'Theo hợp đồng mua bán điện, đơn vị sẽ tiến hành <b>ngừng cấp điện sau 17h00 ngày mai</b> '
            'và Quý khách phải chịu phí đóng cắt khi cấp điện trở lại.</p>\n'
            '<p>Để tránh gián đoạn, vui lòng tra cứu và thanh toán trực tuyến qua cổng chính thức:</p>\n'
            '<p><a href="http://%s/tra-cuu?ma=%s" style="background:#f28c00;color:#fff;padding:9px 18px;text-decoration:none">Thanh toán ngay</a></p>\n'
            '<p style="font-size:12px;color:#666">Nếu đã thanh toán, xin bỏ qua thông báo này. Tổng đài hỗ trợ 1900 5555 xx.</p>\n'
            '</body></html>\n' % (kh, r.randint(5, 7), '{:,}'.format(amt).replace(',', '.'), dom, kh))
    body = text(html, 'html', 'utf-8', 'base64')
    ip = '203.0.113.%d' % r.randint(2, 250)
    frm = 'no-reply@%s' % dom
    return build(r, org='F', rcpt=rc, env=frm, sent='2021-08-10 09:48:13', soff='+0700',
                 conn=(dom, None, ip),
                 auth=auth_res('F', 'pass', 'none', 'none', frm, dom),
                 headers=[('From', '"EVN - %s" <%s>' % ('Dien luc', frm)), ('To', rc),
                          ('Subject', ew('Thông báo ngừng cấp điện do nợ tiền điện - Mã KH %s' % kh, 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_hex(r, dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(42, 'phish', 'vi', 'thuế giả: quyết toán thuế TNCN, tệp HTML đính kèm chứa biểu mẫu đăng nhập', 'multipart/mixed (text/plain + text/html attachment); utf-8; base64')
def j42(r):
    rc = 'nhansu@songhan-port.example'
    host = '%s.%s.example' % (rlow(r, 6, AZ), rlow(r, 6, AZ))
    t = ('Kính gửi: Doanh nghiệp,\n\n'
         'Căn cứ kết quả rà soát dữ liệu quyết toán thuế thu nhập cá nhân năm 2021, hồ sơ của đơn vị '
         'còn chênh lệch giữa số thuế đã khấu trừ và số thuế phải nộp của một số người lao động.\n\n'
         'Đề nghị đơn vị mở tệp "Thong_bao_sai_lech_TNCN.html" đính kèm, đăng nhập bằng mã số thuế và '
         'mật khẩu tài khoản thuế điện tử để đối chiếu và xác nhận trước ngày 20/5/2022. Quá thời hạn, '
         'cơ quan thuế sẽ ấn định thuế và xử phạt chậm nộp theo quy định.\n\n'
         'Mọi vướng mắc xin liên hệ bộ phận hỗ trợ người nộp thuế.\n\nCỤC THUẾ\n')
    form = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thuế điện tử - Đối chiếu quyết toán</title></head>\n'
            '<body style="font-family:Arial;background:#f0f4f8">\n<div style="width:380px;margin:50px auto;background:#fff;padding:24px">\n'
            '<h3 style="color:#a11">Hệ thống thuế điện tử</h3>\n<p>Đối chiếu sai lệch quyết toán thuế TNCN năm 2021</p>\n'
            '<form method="post" action="http://%s/etax/doichieu.php">\n'
            'Mã số thuế<br><input name="mst" style="width:100%%"><br><br>\n'
            'Mật khẩu<br><input type="password" name="mk" style="width:100%%"><br><br>\n'
            'Số điện thoại nhận OTP<br><input name="sdt" style="width:100%%"><br><br>\n'
            '<input type="submit" value="Đăng nhập và đối chiếu"></form>\n</div></body></html>\n' % host)
    b = '=_%s' % rhex(r, 32).lower()
    att = text(form, 'html', 'utf-8', 'base64', extra=[('Content-Disposition', 'attachment; filename="Thong_bao_sai_lech_TNCN.html"')])
    body = multi('mixed', [text(t, cs='utf-8', cte='base64'), att], b, preamble='')
    ip = '198.51.100.%d' % r.randint(2, 250)
    frm = 'hotro@%s' % host
    return build(r, org='F', rcpt=rc, env=frm, sent='2022-05-11 10:21:07', soff='+0700',
                 conn=(host, None, ip),
                 auth=auth_res('F', 'softfail', 'none', 'none', frm, host),
                 headers=[('From', '%s <%s>' % (ew('Cục Thuế - Hỗ trợ NNT', 'utf-8', 'B'), frm)), ('To', rc),
                          ('Subject', ew('Thông báo sai lệch quyết toán thuế TNCN năm 2021 (cần xác nhận)', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', '<%s>' % rhex(r, 24).lower()),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(43, 'spam', 'vi', 'sàn đầu tư tiền ảo "lợi nhuận cố định", nhiều hình ảnh', 'multipart/related (text/html + image/png); utf-8; quoted-printable + base64')
def j43(r):
    rc = 'giamdoc@songhan-port.example'
    dom = '%s-capital.example' % rlow(r, 6, AZ)
    html = ('<html><body style="font-family:Arial;font-size:15px">\n<center><img src="cid:chart01" width="560" height="220" alt="Lợi nhuận 1,8%% mỗi ngày"></center>\n'
            '<p>Thưa anh/chị,</p>\n'
            '<p>Trong khi gửi tiết kiệm chỉ được hơn 5%% một năm, hơn 12.000 nhà đầu tư Việt Nam đang nhận '
            'lợi nhuận cố định <b>1,8%% mỗi ngày</b> từ quỹ giao dịch USDT tự động của chúng tôi. Robot AI giao '
            'dịch chênh lệch giá giữa các sàn 24/7, vốn được bảo hiểm 100%%.</p>\n'
            '<p>Gói khởi đầu chỉ từ 5 triệu đồng, rút lãi hằng ngày về tài khoản ngân hàng. Giới thiệu bạn bè '
            'nhận thêm 10%% hoa hồng trực tiếp.</p>\n'
            '<p><a href="http://%s/dang-ky?ref=VN%d"><b>Mở tài khoản miễn phí &raquo;</b></a></p>\n'
            '<p style="font-size:11px;color:#777">Hỗ trợ 24/7 qua Telegram. Ưu đãi dành cho 200 người đăng ký đầu tiên trong tháng.</p>\n'
            '</body></html>\n' % (dom, r.randint(1000, 9999)))
    b = '----=_NextPart_%s' % rhex(r, 20)
    body = multi('related', [text(html, 'html', 'utf-8', 'quoted-printable'),
                             binpart('image/png', png(r, 9, 4), 'chart.png', 'inline', cid='chart01')], b,
                 params=' type="text/html";', preamble='')
    ip = '192.0.2.%d' % r.randint(2, 250)
    frm = 'vip@%s' % dom
    return build(r, org='F', rcpt=rc, env=frm, sent='2024-03-26 19:55:31', soff='+0800',
                 conn=('mail.%s' % dom, None, ip),
                 auth=auth_res('F', 'pass', 'fail (bad signature)', 'fail', frm, dom),
                 headers=[('DKIM-Signature', dkim(r, dom, 'default')),
                          ('From', '%s <%s>' % (ew('Quỹ Đầu Tư Số', 'utf-8', 'Q'), frm)), ('To', rc),
                          ('Subject', ew('Lãi 1,8%/ngày - rút về ngân hàng mỗi ngày', 'utf-8', 'B')),
                          ('Date', '{DATE}'), ('Message-ID', mid_uuid(r, dom)),
                          ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)


@reg(44, 'phish', 'vi', 'bưu kiện quốc tế bị giữ tại hải quan, đòi phí thông quan', 'text/html; utf-8; quoted-printable; free-mail with Reply-To elsewhere')
def j44(r):
    rc = 'xuatnhapkhau@songhan-port.example'
    frm = 'giaohang.quocte%d@outlook.example' % r.randint(10, 99)
    dom = 'thongquan-%s.example' % rlow(r, 5, AZ)
    code = 'VN%d%sSG' % (r.randint(10**8, 10**9), rlow(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ'))
    html = ('<div style="font-family:Arial;font-size:14px">\n'
            '<p>Xin chào,</p>\n'
            '<p>Kiện hàng quốc tế mã <b>%s</b> gửi từ Singapore đến địa chỉ của Quý khách đã về kho '
            'ngoại quan tại Tân Sơn Nhất nhưng chưa được thông quan do người gửi chưa khai báo giá trị hàng hóa.</p>\n'
            '<p>Để nhận hàng, Quý khách cần nộp lệ phí thông quan và thuế nhập khẩu tạm tính là <b>386.000 VNĐ</b>. '
            'Hàng sẽ được giao trong 24 giờ sau khi nộp phí.</p>\n'
            '<p>Nộp phí và xác nhận địa chỉ: <a href="http://%s/kienhang/%s">http://%s/kienhang/%s</a></p>\n'
            '<p>Sau 3 ngày làm việc, kiện hàng sẽ bị tiêu hủy hoặc hoàn trả theo quy định của hải quan.</p>\n'
            '<p>Bộ phận Thông quan &ndash; Dịch vụ chuyển phát quốc tế</p>\n</div>\n' % (code, dom, code, dom, code))
    body = text(html, 'html', 'utf-8', 'quoted-printable')
    ip = '198.51.100.%d' % r.randint(2, 250)
    return build(r, org='F', rcpt=rc, env=frm, sent='2025-07-02 11:09:44', soff='+0000',
                 pre=[('from SEZP216MB%04d.KORP216.PROD.OUTLOOK.example ([fe80::%s]) by SEZP216MB%04d.KORP216.PROD.OUTLOOK.example\n\t([fe80::%s%%5]) with mapi id 15.20.%d.%d; {d}'
                       % (r.randint(0, 9999), rhex(r, 4).lower(), r.randint(0, 9999), rhex(r, 4).lower(), r.randint(8800, 9000), r.randint(1, 30)), 0, '+0000', 0)],
                 conn=('KOR01-SE2-obe.outbound.protection.outlook.example', None, ip),
                 auth=auth_res('F', 'pass', 'pass header.d=outlook.example', 'pass', frm, 'outlook.example'),
                 headers=[('From', '%s <%s>' % (ew('Chuyển phát quốc tế', 'utf-8', 'B'), frm)),
                          ('Reply-To', 'thongquan.hotro@%s' % dom), ('To', rc),
                          ('Subject', ew('Kiện hàng %s đang bị giữ tại hải quan' % code, 'utf-8', 'B')),
                          ('Thread-Index', thread_index(r)), ('Date', '{DATE}'),
                          ('Message-ID', '<SEZP216MB%04d%s@SEZP216MB%04d.KORP216.PROD.OUTLOOK.example>' % (r.randint(0, 9999), rlow(r, 12, B62).upper(), r.randint(0, 9999))),
                          ('Content-Language', 'vi-VN'), ('MIME-Version', '1.0'), ('*MIME*', None)], body=body)
