"""i25-i36: Vietnamese automated / bulk ham, 2014-2025."""
from kit import M, T, A, MP, pdf, png, rows, btn, shell, trk, pixel, tok, KHOA, HA, LONG

# i25 hoa don dien tu with PDF
M(lang="vi", kind="e-invoice (hóa đơn điện tử) from an invoicing platform, PDF attached", date="2014-07-03 16:20:44", tz="+0700", org="V", esp="own",
  frm=("Hệ thống Hóa đơn điện tử VNinvoice", "hoadon@einvoice.vninvoice-portal.example"), to=KHOA,
  subj="Thông báo phát hành hóa đơn điện tử số 0001842 - Công ty TNHH Viễn thông Sao Mai",
  extra=["X-Mailer: VNinvoice Mailer 2.0"],
  body=MP("mixed", [
      T(shell("Hóa đơn điện tử", (
          '<p>Kính gửi Quý khách hàng: <b>CÔNG TY CỔ PHẦN PHẦN MỀM AN PHÁT</b></p>\n'
          '<p>Công ty TNHH Viễn thông Sao Mai xin trân trọng thông báo đã phát hành hóa đơn điện tử cho Quý khách với thông tin như sau:</p>\n'
          '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Mẫu số", "01GTKT0/001"), ("Ký hiệu", "SM/14E"), ("Số hóa đơn", "0001842"),
                                                                         ("Ngày lập", "03/07/2014"), ("Mã số thuế người mua", "0109XXXXXX"),
                                                                         ("Tổng tiền thanh toán", "18.975.000 VNĐ (đã gồm VAT 10%)")]) + '</table>\n'
          '<p>Quý khách có thể tra cứu và tải hóa đơn gốc (định dạng XML có chữ ký số) tại trang tra cứu của nhà cung cấp dịch vụ, với mã tra cứu <b>SM7Q2K91</b>. '
          'Bản thể hiện PDF được đính kèm thư này để tiện lưu trữ.</p>\n'
          '<p>Hóa đơn điện tử có giá trị pháp lý tương đương hóa đơn giấy theo Thông tư 32/2011/TT-BTC. Quý khách không cần chờ bản giấy gửi qua bưu điện.</p>\n'
          '<p style="font-size:12px;color:#777">Đây là thư tự động từ hệ thống, vui lòng không trả lời thư này. Mọi thắc mắc xin liên hệ bộ phận kế toán của bên bán.</p>'),
          "#004a99", "Hóa đơn số 0001842 đã được phát hành", lang="vi"), "utf-8", "base64", sub="html"),
      A(pdf("Hoa don 0001842 SM/14E"), "application/pdf", "HoaDon_SM14E_0001842.pdf")]))

# i26 bank balance change notice (plain, no diacritics in subject)
M(lang="vi", kind="bank balance-change notice (biến động số dư)", date="2015-10-19 11:07:22", tz="+0700", org="H", esp="own",
  frm=("Ngan hang TMCP Phu Thinh", "ebanking@notify.phuthinhbank.example"), to=HA,
  subj="PTBank: Thong bao bien dong so du tai khoan 0231xxxx5678",
  extra=["X-Mailer: PTB-Notify"],
  body=T("""Kính gửi Quý khách TRẦN THU HÀ,

Ngân hàng TMCP Phú Thịnh (PTBank) trân trọng thông báo tài khoản của Quý
khách vừa phát sinh giao dịch như sau:

Số tài khoản:      0231xxxx5678
Thời gian:         19/10/2015 11:06:48
Số tiền giao dịch: +12.500.000 VND
Số dư cuối:        47.318.250 VND
Nội dung:          CTY TNHH DU LICH HUONG VIET CHUYEN LUONG T10/2015

Để bảo vệ tài khoản, PTBank KHÔNG BAO GIỜ yêu cầu Quý khách cung cấp mật
khẩu, mã OTP hay số thẻ qua email, tin nhắn hoặc điện thoại. Nếu nhận
được yêu cầu như vậy, vui lòng báo ngay cho Tổng đài 1900 xxxx (24/7).

Quý khách có thể đăng ký nhận thông báo qua ứng dụng PTBank Mobile để
được miễn phí dịch vụ SMS Banking 11.000 đồng/tháng.

Trân trọng,
Ngân hàng TMCP Phú Thịnh
(Thư được gửi tự động, vui lòng không trả lời.)
""", "utf-8", "quoted-printable"))

# i27 airline e-ticket, html base64
M(lang="vi", kind="flight e-ticket / itinerary receipt", date="2016-12-28 21:15:09", tz="+0700", org="H", esp="sendgrid",
  frm=("SaoViet Air", "booking@saovietair.example"), to=LONG,
  subj="Xác nhận đặt chỗ / Itinerary Receipt - Mã đặt chỗ: K7TQ9P - SGN ✈ HAN",
  body=T(shell("SaoViet Air", (
      '<p>Xin chào anh <b>LE VAN LONG</b>,</p>\n'
      '<p>Cảm ơn anh đã lựa chọn SaoViet Air. Đặt chỗ của anh đã được thanh toán thành công. Vui lòng mang theo giấy tờ tùy thân còn hiệu lực khi làm thủ tục.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Mã đặt chỗ", "K7TQ9P"), ("Chuyến bay", "VS 217 &middot; TP. Hồ Chí Minh (SGN) &rarr; Hà Nội (HAN)"),
                                                                     ("Khởi hành", "06:10, thứ Sáu 03/02/2017"), ("Hạng vé", "Phổ thông Tiết kiệm, 20kg hành lý ký gửi"),
                                                                     ("Hành khách", "LE VAN LONG (người lớn)"), ("Tổng tiền", "1.689.000 VND")]) + '</table>\n'
      '<p>Quầy thủ tục đóng cửa <b>40 phút</b> trước giờ khởi hành. Dịp Tết Nguyên đán lượng khách rất đông, anh nên có mặt tại sân bay trước ít nhất 2 tiếng.</p>\n'
      '<p><b>ƯU ĐÃI CHỈ DÀNH CHO ANH:</b> mua thêm 10kg hành lý ngay bây giờ chỉ 99.000đ, rẻ hơn 60%% so với mua tại sân bay. '
      '<a href="%s">Mua thêm hành lý</a> &middot; <a href="%s">Chọn chỗ ngồi</a> &middot; <a href="%s">Làm thủ tục trực tuyến</a></p>\n'
      '<p style="font-size:11px;color:#888">SaoViet Air là hãng hàng không giả định dùng cho ví dụ này. Thư xác nhận được gửi tự động.</p>'
      % (trk("email.saovietair.example", "bag27"), trk("email.saovietair.example", "seat27"), trk("email.saovietair.example", "ci27"))),
      "#e4002b", "Mã đặt chỗ K7TQ9P - chuyến bay ngày 03/02/2017", lang="vi"), "utf-8", "base64", sub="html"))

# i28 news digest, sensational
H = "tin.baongay24.example"
items = [("NÓNG: Giá vàng lập đỉnh lịch sử, người dân xếp hàng từ 5 giờ sáng", "Giá vàng miếng tăng gần 1 triệu đồng mỗi lượng chỉ trong một buổi sáng, nhiều cửa hàng phải phát số thứ tự."),
         ("Cảnh báo: Thủ đoạn lừa đảo mới qua tin nhắn giả mạo ngân hàng", "Công an thành phố khuyến cáo người dân không bấm vào đường link lạ và không cung cấp mã OTP cho bất kỳ ai."),
         ("Bất ngờ với danh sách 10 trường đại học có điểm chuẩn cao nhất năm 2017", "Nhiều ngành lấy điểm gần tuyệt đối, thí sinh 27 điểm vẫn trượt nguyện vọng 1."),
         ("Hà Nội sắp có thêm 3 tuyến xe buýt nhanh, giá vé không đổi", "Sở Giao thông Vận tải công bố lộ trình dự kiến và thời gian lấy ý kiến người dân.")]
inner = '<p style="color:#777;font-size:13px">Bản tin sáng thứ Ba, 15/08/2017 &middot; Gửi riêng cho bạn đọc đã đăng ký</p>\n'
for n, (h, s) in enumerate(items):
    inner += '<h3 style="margin:14px 0 4px"><a href="%s" style="color:#9f1c1c;text-decoration:none">%s</a></h3>\n<p style="margin:0 0 10px">%s</p>\n' % (trk(H, "vi%d" % n), h, s)
inner += ('<p style="background:#fdf2e9;padding:10px">Tải ứng dụng Báo Ngày 24 để nhận tin nóng ngay khi có &ndash; <a href="%s">miễn phí trên iOS và Android</a>.</p>\n'
          '<p style="font-size:11px;color:#888">Bạn nhận bản tin này vì đã đăng ký tại baongay24.example. '
          '<a href="https://baongay24.example/newsletter/huy?u=%s">Hủy đăng ký</a></p>%s' % (trk(H, "app28"), tok("u28", 12), pixel("o.baongay24.example", 28)))
M(lang="vi", kind="news digest newsletter (subscribed), sensational headlines", date="2017-08-15 06:30:02", tz="+0700", org="H", esp="mailchimp",
  frm=("Báo Ngày 24", "bantin@baongay24.example"), to=HA,
  subj="NÓNG: Giá vàng lập đỉnh lịch sử | Cảnh báo lừa đảo mới | Điểm chuẩn gây sốc",
  unsub="https://baongay24.example/newsletter/huy?u=%s" % tok("u28", 12), post=False,
  body=T(shell("Báo Ngày 24", inner, "#9f1c1c", "Tin nổi bật sáng nay", lang="vi"), "utf-8", "quoted-printable", sub="html"))

# i29 air quality alert
M(lang="vi", kind="air-quality alert from a city environment agency", date="2018-12-14 07:45:30", tz="+0700", org="V", esp="own",
  frm=("Trung tâm Quan trắc Môi trường Hà Nội", "canhbao@quantrac.moitruong-hanoi.gov.example"), to=KHOA,
  subj="CẢNH BÁO: Chất lượng không khí ở mức XẤU (AQI 187) - hạn chế ra ngoài",
  extra=["X-Mailer: AQI-Alert 1.4", "Precedence: bulk"],
  unsub="https://quantrac.moitruong-hanoi.gov.example/dang-ky/huy?id=%s" % tok("u29", 10), post=False,
  body=T(shell("Quan trắc không khí", (
      '<div style="background:#8f3f97;color:#fff;padding:14px;font-size:22px;font-weight:bold">AQI 187 &ndash; XẤU</div>\n'
      '<p>Lúc 7 giờ sáng 14/12/2018, chỉ số chất lượng không khí (VN_AQI) trung bình tại các trạm nội thành Hà Nội đạt <b>187</b>. '
      'Nồng độ bụi mịn PM2.5 cao gấp 2,5 lần ngưỡng cho phép của quy chuẩn quốc gia.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Trạm Nguyễn Văn Cừ", "AQI 201 &ndash; Rất xấu"), ("Trạm Hoàn Kiếm", "AQI 189"),
                                                                     ("Trạm Cầu Giấy (gần bạn)", "AQI 176"), ("Trạm Thành Công", "AQI 183")]) + '</table>\n'
      '<p><b>Khuyến cáo:</b> người già, trẻ em, phụ nữ mang thai và người có bệnh hô hấp nên ở trong nhà, đóng cửa sổ; '
      'nếu phải ra ngoài cần đeo khẩu trang chống bụi mịn đạt chuẩn. Hạn chế tập thể dục ngoài trời vào buổi sáng sớm.</p>\n'
      '<p>Dự báo: do không khí lạnh yếu và trời lặng gió, tình trạng ô nhiễm có thể kéo dài đến hết ngày 16/12.</p>\n'
      '<p style="font-size:11px;color:#888">Bạn đăng ký nhận cảnh báo khi AQI vượt 150 cho khu vực quận Cầu Giấy. Đây là cơ quan giả định dùng cho ví dụ.</p>'),
      "#2c7a7b", "Bụi mịn PM2.5 cao gấp 2,5 lần ngưỡng cho phép", lang="vi"), "utf-8", "quoted-printable", sub="html"))

# i30 government e-service portal notice
M(lang="vi", kind="government e-service portal notice (hồ sơ dịch vụ công)", date="2019-06-21 14:33:58", tz="+0700", org="H", esp="own",
  frm=("Cổng Dịch vụ công trực tuyến", "khongtraloi@dichvucong.gov.example"), to=LONG,
  subj="Hồ sơ số 000.00.12.H29-190617-0042 đã có kết quả giải quyết",
  extra=["X-Mailer: DVC-Notify 3"],
  body=MP("alternative", [
      T("""Kính gửi ông/bà LÊ VĂN LONG,

Cổng Dịch vụ công trực tuyến thông báo: hồ sơ của ông/bà đã được cơ quan
có thẩm quyền giải quyết xong.

Mã hồ sơ:       000.00.12.H29-190617-0042
Thủ tục:        Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp
Ngày nộp:       17/06/2019
Ngày có kết quả: 21/06/2019 (sớm hơn 1 ngày so với hẹn)
Hình thức nhận: Nhận qua dịch vụ bưu chính công ích

Giấy phép lái xe mới sẽ được bưu điện giao đến địa chỉ ông/bà đã đăng ký
trong vòng 2-3 ngày làm việc. Lệ phí 135.000 đồng đã được thanh toán trực
tuyến khi nộp hồ sơ, ông/bà không phải trả thêm khoản nào khi nhận.

Ông/bà vui lòng dành một phút đánh giá mức độ hài lòng về việc giải quyết
hồ sơ trên Cổng để giúp cơ quan nhà nước cải thiện chất lượng phục vụ.

Đây là thư tự động, xin không trả lời thư này.
""", "utf-8", "base64"),
      T("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#b71c1c;color:#fff;padding:12px;font-weight:bold">CỔNG DỊCH VỤ CÔNG TRỰC TUYẾN</div>
<p>Kính gửi ông/bà <b>LÊ VĂN LONG</b>,</p>
<p>Cổng Dịch vụ công trực tuyến thông báo: hồ sơ của ông/bà đã được cơ quan có thẩm quyền giải quyết xong.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Mã hồ sơ</td><td>000.00.12.H29-190617-0042</td></tr>
<tr><td>Thủ tục</td><td>Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp</td></tr>
<tr><td>Ngày có kết quả</td><td>21/06/2019 (sớm hơn 1 ngày so với hẹn)</td></tr>
<tr><td>Hình thức nhận</td><td>Nhận qua dịch vụ bưu chính công ích</td></tr>
</table>
<p>Giấy phép lái xe mới sẽ được bưu điện giao đến địa chỉ ông/bà đã đăng ký trong vòng 2-3 ngày làm việc. Lệ phí 135.000 đồng đã được thanh toán trực tuyến khi nộp hồ sơ, ông/bà không phải trả thêm khoản nào khi nhận.</p>
<p>Ông/bà vui lòng dành một phút đánh giá mức độ hài lòng về việc giải quyết hồ sơ trên Cổng để giúp cơ quan nhà nước cải thiện chất lượng phục vụ.</p>
</body></html>
""", "utf-8", "base64", sub="html")]))

# i31 parcel shipping (subject without diacritics)
M(lang="vi", kind="parcel shipping notification", date="2020-11-12 09:02:11", tz="+0700", org="H", esp="aliyun",
  frm=("GiaoNhanh Express", "thongbao@giaonhanh-express.example"), to=HA,
  subj="Don hang GN2011-884120 dang duoc giao - vui long de y dien thoai",
  unsub="https://giaonhanh-express.example/thong-bao/tat?u=%s" % tok("u31", 10), post=False,
  body=T(shell("GiaoNhanh", (
      '<p style="font-size:18px"><b>Đơn hàng của bạn đang trên đường giao!</b></p>\n'
      '<p>Chào Thu Hà, shipper <b>Nguyễn Văn Tú</b> đã nhận đơn hàng <b>GN2011-884120</b> từ kho Long Biên và sẽ giao trong hôm nay, dự kiến 14:00 &ndash; 17:00.</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Người gửi", "Shop Mẹ Bông Official"), ("Sản phẩm", "Bộ chăn ga cotton 1m8 x 2m (1 kiện, 2,4 kg)"),
                                                                     ("Thu hộ (COD)", "459.000 đ"), ("Phí giao hàng", "Miễn phí (đơn trên 300.000 đ)")]) + '</table>\n'
      '<p>Vui lòng để ý điện thoại; shipper sẽ gọi trước khi đến khoảng 15 phút. Nếu không liên lạc được 3 lần, đơn hàng sẽ được hoàn về người gửi.</p>\n'
      '<p>Lưu ý: GiaoNhanh không bao giờ yêu cầu chuyển khoản phí hải quan hay phí giao lại qua tin nhắn. Chỉ thanh toán đúng số tiền COD in trên phiếu giao hàng.</p>\n'
      + btn("Theo dõi đơn hàng", trk("t.giaonhanh-express.example", "gn31"), "#f26522") +
      '<p style="font-size:11px;color:#888">GiaoNhanh Express là doanh nghiệp giả định dùng cho ví dụ này.</p>'),
      "#f26522", "Shipper sẽ gọi cho bạn trước khi giao", lang="vi"), "utf-8", "quoted-printable", sub="html"))

# i32 flash sale / price drop with inline png
M(lang="vi", kind="price-drop alert for wishlist items (flash sale)", date="2021-11-10 20:00:05", tz="+0700", org="V", esp="brevo",
  frm=("Chợ Việt Online", "khuyenmai@chovietonline.example"), to=KHOA,
  subj="⚡ Sản phẩm trong danh sách yêu thích GIẢM 45% - chỉ còn 4 giờ!",
  unsub="https://chovietonline.example/tai-khoan/email/huy?t=%s" % tok("u32", 14),
  body=MP("related", [
      T(shell("Chợ Việt", (
          '<p style="font-size:24px;color:#ee4d2d;font-weight:bold;margin:0">FLASH SALE 11.11 &ndash; CÒN 04:00:00</p>\n'
          '<p>Chào Khoa, 2 sản phẩm bạn đã thêm vào danh sách yêu thích vừa được giảm giá mạnh trong khung giờ vàng tối nay:</p>\n'
          '<table width="100%" cellpadding="10" style="border:1px solid #f3c1b5">'
          '<tr><td><b>Tai nghe không dây Soundi Pro 3</b><br><s>1.990.000đ</s> <b style="color:#ee4d2d;font-size:20px">1.090.000đ</b> (-45%)<br>Đã bán 12,4k &middot; còn 38 sản phẩm</td></tr>'
          '<tr><td><b>Bàn phím cơ Lumen K87 (switch nâu)</b><br><s>1.350.000đ</s> <b style="color:#ee4d2d;font-size:20px">899.000đ</b> (-33%)<br>Miễn phí vận chuyển toàn quốc</td></tr></table>\n'
          '<p>Giá ưu đãi áp dụng đến 23:59 hôm nay hoặc khi hết số lượng khuyến mãi. Thanh toán qua ví điện tử được hoàn thêm 5% tối đa 50.000đ.</p>\n'
          + btn("MUA NGAY", trk("c.chovietonline.example", "fs32"), "#ee4d2d") +
          '<p style="font-size:11px;color:#888">Bạn nhận thư này vì đã bật thông báo giảm giá cho danh sách yêu thích. Chợ Việt Online là sàn giả định dùng cho ví dụ.</p>'),
          "#ee4d2d", "Tai nghe Soundi Pro 3 chỉ còn 1.090.000đ", lang="vi", logo='<img src="cid:cvo-logo" width="130" height="34" alt="Chợ Việt">'),
        "utf-8", "base64", sub="html"),
      A(png(26, 8, (238, 77, 45)), "image/png", "cvo-logo.png", inline=True, cid="cvo-logo")], extra=[("type", "text/html")]))

# i33 school notice (plain 8bit)
M(lang="vi", kind="school notice to parents", date="2022-09-06 16:40:19", tz="+0700", org="H", esp="own",
  frm=("Trường Tiểu học Ngọc Lâm B", "vanphong@thngoclamb.edu.example"), to=LONG,
  subj="Thông báo họp phụ huynh đầu năm học 2022-2023 và các khoản thu",
  extra=["X-Mailer: SchoolLink SMS-Email Gateway"],
  body=T("""Kính gửi Quý phụ huynh học sinh lớp 3A2,

Nhà trường trân trọng kính mời Quý phụ huynh tham dự buổi họp phụ huynh
đầu năm học 2022-2023:

- Thời gian: 8 giờ 00, Chủ nhật ngày 11/09/2022
- Địa điểm: Phòng học lớp 3A2, tầng 2 nhà B
- Nội dung: kế hoạch giáo dục năm học, chương trình sách giáo khoa mới lớp
  3, bầu Ban đại diện cha mẹ học sinh, thống nhất lịch bán trú.

Các khoản thu theo quy định (học phí, bảo hiểm y tế học sinh, tiền ăn bán
trú tháng 9) sẽ được thông báo chi tiết tại buổi họp và thu qua tài khoản
của trường, KHÔNG thu tiền mặt qua giáo viên chủ nhiệm. Phụ huynh nhận
được yêu cầu chuyển tiền vào tài khoản cá nhân xin vui lòng báo lại văn
phòng nhà trường.

Phụ huynh không thể tham dự vui lòng nhắn cho cô chủ nhiệm Phạm Thị Nga
qua sổ liên lạc điện tử trước thứ Sáu.

Trân trọng,
Ban Giám hiệu
""", "utf-8", "8bit"))

# i34 electricity bill
M(lang="vi", kind="electricity bill (tiền điện) notice", date="2023-05-16 10:10:41", tz="+0700", org="H", esp="own",
  frm=("Điện lực Sông Hồng - CSKH", "cskh@dienluc-songhong.example"), to=HA,
  subj="Thông báo tiền điện tháng 05/2023 - Mã KH PD0123456789",
  extra=["X-Mailer: CMIS Billing Notify"],
  body=T(shell("Điện lực Sông Hồng", (
      '<p>Kính gửi khách hàng <b>TRẦN THU HÀ</b> &ndash; Mã khách hàng PD0123456789</p>\n'
      '<p>Công ty Điện lực Sông Hồng thông báo tiền điện kỳ 1 tháng 05/2023 (từ 16/04 đến 15/05/2023):</p>\n'
      '<table cellpadding="0" cellspacing="0" width="100%">' + rows([("Chỉ số cũ &ndash; mới", "18.204 &ndash; 18.617"), ("Điện năng tiêu thụ", "413 kWh"),
                                                                     ("Tiền điện (chưa thuế)", "1.077.348 đ"), ("Thuế GTGT 10%", "107.735 đ"),
                                                                     ("Tổng thanh toán", "1.185.083 đ"), ("Hạn thanh toán", "25/05/2023")]) + '</table>\n'
      '<p>Sản lượng tháng này tăng 31% so với cùng kỳ năm trước do thời tiết nắng nóng. Quý khách có thể tiết kiệm điện bằng cách đặt điều hòa ở 26&deg;C trở lên và tắt thiết bị chờ.</p>\n'
      '<p>Thanh toán qua ngân hàng, ví điện tử hoặc tại điểm thu. Sau hạn thanh toán, Điện lực sẽ gửi thông báo nhắc nợ trước khi tạm ngừng cấp điện theo quy định.</p>\n'
      '<p style="font-size:11px;color:#888">Thư này được gửi tự động theo đăng ký nhận hóa đơn qua email. Đơn vị giả định dùng cho ví dụ.</p>'),
      "#0054a6", "Tiền điện tháng 05/2023: 1.185.083 đ", lang="vi"), "utf-8", "base64", sub="html"))

# i35 storm warning
M(lang="vi", kind="storm / disaster warning from a public agency", date="2024-09-06 05:30:00", tz="+0700", org="V", esp="own",
  frm=("Ban Chỉ huy Phòng chống thiên tai", "canhbao@pctt.gov.example"), to=KHOA,
  subj="KHẨN CẤP: Bão số 3 đổ bộ trong 12 giờ tới - gió giật cấp 15, mưa rất to",
  extra=["X-Mailer: PCTT Early Warning 2.2", "Precedence: bulk", "X-Priority: 1"],
  body=T(shell("CẢNH BÁO THIÊN TAI", (
      '<p style="color:#c00;font-size:20px;font-weight:bold">TIN BÃO KHẨN CẤP &ndash; BÃO SỐ 3</p>\n'
      '<p>Hồi 04 giờ ngày 06/9, vị trí tâm bão ở khoảng 110 km về phía Đông Đông Nam của khu vực ven biển Quảng Ninh &ndash; Hải Phòng. '
      'Sức gió mạnh nhất vùng gần tâm bão cấp 14 (150&ndash;166 km/giờ), giật trên cấp 15.</p>\n'
      '<p>Dự báo trong 12 giờ tới, bão di chuyển theo hướng Tây, tốc độ 15&ndash;20 km/giờ, đi vào đất liền các tỉnh ven biển Đông Bắc Bộ. '
      'Từ chiều nay, Hà Nội có mưa to đến rất to, lượng mưa phổ biến 150&ndash;250 mm, có nơi trên 350 mm.</p>\n'
      '<p><b>Khuyến cáo người dân:</b> hạn chế ra đường từ trưa nay; chằng chống nhà cửa, biển quảng cáo; không trú ẩn dưới gốc cây lớn, cột điện; '
      'dự trữ nước uống, đèn pin, thuốc men; tránh khu vực ngập sâu và ven sông. Theo dõi thông tin từ chính quyền địa phương.</p>\n'
      '<p>Đường dây nóng phòng chống thiên tai hoạt động 24/24 trong suốt thời gian bão ảnh hưởng.</p>\n'
      '<p style="font-size:11px;color:#888">Bạn đăng ký nhận cảnh báo thiên tai cho khu vực Hà Nội. Cơ quan giả định dùng cho ví dụ.</p>'),
      "#c00000", "Bão số 3 sắp đổ bộ - hạn chế ra đường", lang="vi"), "utf-8", "quoted-printable", sub="html"))

# i36 password reset the user requested
RL = "https://id.hoclieu-online.example/dat-lai-mat-khau?t=%s" % tok("pw36", 36)
M(lang="vi", kind="password reset the user requested", date="2025-03-27 22:48:15", tz="+0700", org="H", esp="postmark",
  frm=("Học Liệu Online", "hotro@hoclieu-online.example"), to=LONG,
  subj="Yeu cau dat lai mat khau tai khoan Hoc Lieu Online",
  body=MP("alternative", [
      T("""Chào anh Long,

Chúng tôi vừa nhận được yêu cầu đặt lại mật khẩu cho tài khoản Học Liệu
Online gắn với địa chỉ email levanlong88@songhong-mail.test, lúc 22:47 ngày
27/03/2025, từ trình duyệt Safari trên iPhone.

Để đặt mật khẩu mới, anh mở liên kết sau (có hiệu lực trong 30 phút và
chỉ dùng được một lần):
%s

Nếu anh không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ
nguyên. Khóa học "Tiếng Anh giao tiếp cho người đi làm" và tiến độ học
của anh không bị ảnh hưởng.

Đội ngũ Học Liệu Online
""" % RL, "utf-8", "quoted-printable"),
      T("""<html><body style="font-family:Arial,sans-serif;background:#f5f7fb;padding:20px">
<table width="520" align="center" style="background:#fff;border-radius:8px"><tr><td style="padding:26px">
<p style="color:#2563eb;font-size:20px;font-weight:bold">Học Liệu Online</p>
<p>Chào anh Long,</p>
<p>Chúng tôi vừa nhận được yêu cầu đặt lại mật khẩu cho tài khoản Học Liệu Online gắn với địa chỉ email levanlong88@songhong-mail.test, lúc 22:47 ngày 27/03/2025, từ trình duyệt Safari trên iPhone.</p>
<p><a href="%s" style="background:#2563eb;color:#fff;padding:11px 24px;border-radius:6px;text-decoration:none">Đặt lại mật khẩu</a></p>
<p style="color:#666">Liên kết có hiệu lực trong 30 phút và chỉ dùng được một lần. Nếu anh không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.</p>
</td></tr></table></body></html>
""" % RL, "utf-8", "quoted-printable", sub="html")]))
