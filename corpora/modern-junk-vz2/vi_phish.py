"""Vietnamese phishing messages (label: phish). All names, domains, phone
numbers, account numbers and links are invented."""

from mk import (addr, attachment, boundary, fake_pdf, gif, hdr, html, msgid,
                multipart, placeholder, text, when, zip_one)


# 1. Fake TikTok Shop failed delivery / refund -> card details
def p01(rng):
    dt = when(2024, 9, 17, 20, 41, 7)
    dom = "tiktokshop-hoantien.shop"
    plain = """Xin chào Phạm Minh Tuấn,

Đơn hàng #578120394461 của bạn (Tai nghe Bluetooth AirPro 5 - 389.000đ)
đã được đơn vị vận chuyển báo GIAO KHÔNG THÀNH CÔNG 2 lần do không liên
lạc được với người nhận.

Theo chính sách của TikTok Shop, đơn hàng sẽ được hoàn về người bán và số
tiền 389.000đ sẽ được hoàn lại cho bạn. Để nhận tiền hoàn, vui lòng xác nhận
thông tin thẻ hoặc tài khoản ngân hàng trong vòng 24 giờ:

https://tiktokshop-hoantien.shop/refund?order=578120394461

Sau thời hạn trên, yêu cầu hoàn tiền sẽ tự động bị hủy và số tiền sẽ không
được hoàn lại.

Trân trọng,
Đội ngũ Chăm sóc Khách hàng TikTok Shop Việt Nam
(Email tự động, vui lòng không trả lời)
"""
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TikTok Shop</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#000;padding:14px 24px;color:#fff;font-size:20px;font-weight:bold">TikTok <span style="color:#fe2c55">Shop</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.6">
<p>Xin chào <b>Phạm Minh Tuấn</b>,</p>
<p>Đơn hàng <b>#578120394461</b> của bạn đã được đơn vị vận chuyển báo <span style="color:#fe2c55;font-weight:bold">giao không thành công</span> 2 lần do không liên lạc được với người nhận.</p>
<table width="100%" cellpadding="6" style="border:1px solid #eee;font-size:13px">
<tr><td>Sản phẩm</td><td>Tai nghe Bluetooth AirPro 5 (Trắng)</td></tr>
<tr><td>Số tiền</td><td><b>389.000đ</b></td></tr>
<tr><td>Trạng thái</td><td>Chờ hoàn tiền</td></tr>
</table>
<p>Để nhận lại tiền, vui lòng xác nhận thông tin thẻ/tài khoản ngân hàng trong vòng <b>24 giờ</b>.</p>
<p style="text-align:center"><a href="https://tiktokshop-hoantien.shop/refund?order=578120394461" style="background:#fe2c55;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Xác nhận hoàn tiền</a></p>
<p style="font-size:12px;color:#888">Sau thời hạn trên, yêu cầu hoàn tiền sẽ tự động bị hủy.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;background:#fafafa">&copy; 2024 TikTok Shop Việt Nam. Email tự động, vui lòng không trả lời.</td></tr>
</table></body></html>
"""
    body = multipart("alternative", [text(plain, cte="quoted-printable"),
                                     html(page, cte="quoted-printable")],
                     boundary(rng, "php"))
    return dict(
        date=dt,
        hops=[("tiktokshop-hoantien.shop", "203.0.113.45", "mail." + dom, "auth"),
              ("mail." + dom, "203.0.113.45", "mx1.cokhi-thanhcong.example", "pf")],
        rcpt="tuan.pm@cokhi-thanhcong.example",
        **{"from": addr("TikTok Shop Việt Nam", "thongbao@" + dom)},
        to=[addr("Phạm Minh Tuấn", "tuan.pm@cokhi-thanhcong.example")],
        subject="[TikTok Shop] Đơn hàng #578120394461 giao không thành công - hoàn tiền 389.000đ",
        msgid=msgid(rng, "php", dom),
        mailer="PHPMailer 6.8.1",
        order="php",
        body=body)


# 2. Fake ZaloPay wallet lock, no diacritics, IP-literal link, free-mail sender
def p02(rng):
    dt = when(2024, 6, 12, 6, 3, 55)
    plain = """ZaloPay thong bao:

Vi dien tu ZaloPay lien ket so dien thoai 09xx xxx 612 cua Quy khach da bi
TAM KHOA do phat hien dang nhap tren thiet bi la (Samsung SM-A525F, Ha Noi)
luc 22:41 ngay 11/06/2024.

De mo khoa va bao ve so du, vui long xac thuc lai thong tin tai:
http://203.0.113.77/zalopay/mo-khoa/?ref=ZP0611

Luu y: Neu khong xac thuc trong vong 12h, so du trong vi se bi phong toa
theo quy dinh ve phong chong rua tien.

Tran trong,
Bo phan Ho tro ZaloPay
Hotline ho tro: 1900 6x6x (24/7)

Email nay duoc gui tu dong, vui long khong tra loi.
"""
    return dict(
        date=dt,
        hops=[("mail-pl1-f178.google.com", "198.51.100.178", "mx.dienmay-hoanglong.example", "pfs")],
        rcpt="ketoan@dienmay-hoanglong.example",
        **{"from": addr("ZaloPay", "zalopay.hotro.vn247@gmail.com")},
        to=["ketoan@dienmay-hoanglong.example"],
        subject="Vi ZaloPay cua quy khach da bi TAM KHOA",
        msgid=msgid(rng, "gmail", "gmail.com"),
        order="gmail",
        body=text(plain, cs="UTF-8", cte="7bit", q=False))


# 3. Fake Dien May Xanh e-warranty activation, HTML + inline image, shortener
def p03(rng):
    dt = when(2024, 8, 3, 10, 15, 30)
    dom = "dienmayxanh-baohanh.online"
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial;font-size:14px;color:#333">
<div style="max-width:620px;margin:auto;border:1px solid #ddd">
<img src="cid:banner-dmx" alt="ĐIỆN MÁY XANH - Kích hoạt bảo hành điện tử" width="620" height="160" style="display:block">
<div style="padding:20px">
<p>Kính gửi Quý khách <b>Võ Thị Ngọc Lan</b>,</p>
<p>Sản phẩm <b>Tủ lạnh Samsung Inverter 236 lít RT22M4032BY</b> Quý khách mua ngày 28/07/2024 <u>chưa được kích hoạt bảo hành điện tử</u>.</p>
<p>Theo quy định mới áp dụng từ 01/08/2024, sản phẩm chưa kích hoạt sẽ <b>không được hưởng chính sách 1 đổi 1 trong 12 tháng</b> và bảo hành tận nhà.</p>
<p>Quý khách vui lòng kích hoạt (miễn phí, chỉ mất 1 phút) bằng cách nhập số CCCD và số thẻ thanh toán đã dùng khi mua hàng để đối chiếu:</p>
<p style="text-align:center;margin:26px 0"><a href="https://rutgon.top/DMX-bh0824" style="background:#2a7de1;color:#fff;padding:12px 28px;border-radius:20px;text-decoration:none;font-weight:bold">KÍCH HOẠT BẢO HÀNH</a></p>
<p style="font-size:12px;color:#777">Hạn kích hoạt: 23h59 ngày 05/08/2024. Tổng đài hỗ trợ: 1800 10xx (miễn phí).</p>
</div></div></body></html>
"""
    body = multipart("related", [
        html(page, cte="base64"),
        attachment("banner.gif", gif(620, 160), "image/gif", disp="inline", cid="banner-dmx"),
    ], boundary(rng, "java"))
    return dict(
        date=dt,
        hops=[("localhost", "192.0.2.143", "smtp." + dom, "smtp"),
              ("smtp." + dom, "192.0.2.143", "mx2.hoanglan-family.example", "pf")],
        rcpt="lan.vtn@hoanglan-family.example",
        **{"from": addr("Điện Máy XANH - Bảo hành", "baohanh@" + dom)},
        to=[addr("Võ Thị Ngọc Lan", "lan.vtn@hoanglan-family.example")],
        subject="Kích hoạt bảo hành điện tử cho sản phẩm Tủ lạnh Samsung Inverter 236 lít",
        msgid=msgid(rng, "java", dom, dt),
        order="bulk",
        body=body)


# 4. Fake national public-service portal fee refund, mismatched anchor
def p04(rng):
    dt = when(2025, 7, 19, 14, 2, 48)
    dom = "dichvucong.gov.vn.hoanphi-dvc.online"
    page = """<html><body style="font-family:'Times New Roman',serif;font-size:15px">
<div style="background:#b71c1c;color:#fff;padding:10px 16px;font-size:18px"><b>CỔNG DỊCH VỤ CÔNG QUỐC GIA</b><br><span style="font-size:13px">Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi</span></div>
<div style="padding:16px">
<p>Kính gửi Ông/Bà <b>Lê Thị Thu Hà</b>,</p>
<p>Hệ thống ghi nhận hồ sơ <b>G22.99-250719-0031</b> (Đăng ký, cấp biển số xe mô tô) của Ông/Bà có khoản <b>lệ phí trước bạ nộp thừa: 1.250.000 đồng</b>.</p>
<p>Căn cứ Thông tư số 45/2025/TT-BTC, khoản tiền nộp thừa sẽ được hoàn trả trực tiếp vào tài khoản ngân hàng của người nộp. Ông/Bà vui lòng đăng nhập bằng tài khoản định danh điện tử VNeID và xác nhận số tài khoản nhận tiền tại đường dẫn sau:</p>
<p><a href="https://dichvucong.gov.vn.hoanphi-dvc.online/dang-nhap?hs=G22.99-250719-0031">https://dichvucong.gov.vn/p/home/dvc-hoan-tra-le-phi.html</a></p>
<p>Thời hạn xác nhận: <b>trước 17h00 ngày 22/07/2025</b>. Quá thời hạn, khoản tiền sẽ được nộp vào ngân sách nhà nước.</p>
<p>Trân trọng./.</p>
<p style="font-size:12px;color:#666">Đây là thư điện tử tự động từ Cổng Dịch vụ công Quốc gia. Tổng đài hỗ trợ: 18001096.</p>
</div></body></html>
"""
    return dict(
        date=dt,
        hops=[("[192.0.2.61]", "192.0.2.61", "mta.hoanphi-dvc.online", "auth"),
              ("mta.hoanphi-dvc.online", "198.51.100.23", "relay.ubnd-phuongtanmai.example", "pf"),
              ("relay.ubnd-phuongtanmai.example", "198.51.100.200", "mail.ubnd-phuongtanmai.example", "smtp")],
        **{"from": addr("Cổng Dịch vụ công Quốc gia", "no-reply@" + dom)},
        to=[addr("Lê Thị Thu Hà", "ha.ltt@ubnd-phuongtanmai.example")],
        subject="Thông báo hoàn trả lệ phí trước bạ nộp thừa - Hồ sơ G22.99-250719-0031",
        msgid=msgid(rng, "bad-nodomain", dom, dt),
        order="bulk",
        body=html(page, cte="quoted-printable"))


# 5. Fake VssID data update with HTML form attachment
def p05(rng):
    dt = when(2025, 9, 8, 8, 47, 12)
    dom = "vssid-baohiemxahoi.site"
    plain = """Kính gửi: Đơn vị sử dụng lao động

Thực hiện Đề án 06 của Chính phủ về đồng bộ dữ liệu bảo hiểm xã hội với Cơ
sở dữ liệu quốc gia về dân cư, Bảo hiểm xã hội Việt Nam đề nghị đơn vị:

1. Thông báo đến toàn bộ người lao động đang tham gia BHXH tại đơn vị.
2. Hướng dẫn người lao động mở biểu mẫu đính kèm (CapNhat_VssID_NLD.html),
   điền đầy đủ họ tên, mã số BHXH, số CCCD, số điện thoại và mật khẩu ứng
   dụng VssID để hệ thống tự động đối chiếu.
3. Hoàn thành trước ngày 30/09/2025.

Trường hợp người lao động không cập nhật, sổ BHXH điện tử sẽ bị tạm dừng
xác thực, ảnh hưởng đến việc hưởng chế độ ốm đau, thai sản và BHYT.

Mọi vướng mắc liên hệ bộ phận hỗ trợ VssID qua Zalo: 0 3 6 9 . 2 1 8 . 4 7 5

Trân trọng.
BẢO HIỂM XÃ HỘI VIỆT NAM
Trung tâm Công nghệ thông tin
"""
    form = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>VssID - Cập nhật thông tin</title></head>
<body style="font-family:Arial;background:#e8f1fb">
<div style="width:420px;margin:40px auto;background:#fff;padding:24px;border-radius:8px">
<h3 style="color:#0d47a1;text-align:center">VssID - BẢO HIỂM XÃ HỘI SỐ</h3>
<p style="font-size:13px">Vui lòng điền đầy đủ thông tin để đồng bộ với CSDL quốc gia về dân cư.</p>
<form action="https://vssid-baohiemxahoi.site/api/dongbo.php" method="post">
<p>Họ và tên<br><input name="hoten" style="width:100%"></p>
<p>Mã số BHXH<br><input name="mabhxh" style="width:100%"></p>
<p>Số CCCD<br><input name="cccd" style="width:100%"></p>
<p>Số điện thoại<br><input name="sdt" style="width:100%"></p>
<p>Mật khẩu VssID<br><input name="matkhau" type="password" style="width:100%"></p>
<p><button type="submit" style="width:100%;background:#0d47a1;color:#fff;padding:8px">Cập nhật</button></p>
</form></div></body></html>
"""
    body = multipart("mixed", [
        text(plain, cte="base64"),
        attachment("CapNhat_VssID_NLD.html", form.encode("utf-8"), "text/html"),
    ], boundary(rng, "outlook"), preamble="This is a multi-part message in MIME format.")
    return dict(
        date=dt,
        hops=[("WIN-8K2QF1T0M3R", "203.0.113.119", "mail." + dom, "auth"),
              ("mail." + dom, "203.0.113.119", "mx.maymac-tanthanh.example", "pfs")],
        rcpt="phongnhansu@maymac-tanthanh.example",
        **{"from": addr("BHXH Việt Nam - VssID", "capnhat@" + dom)},
        to=[addr("Phòng Nhân sự", "phongnhansu@maymac-tanthanh.example")],
        cc=["ketoan@maymac-tanthanh.example"],
        subject="[VssID] Yêu cầu cập nhật thông tin người lao động trước 30/09/2025",
        msgid=msgid(rng, "outlook", dom),
        mailer="Microsoft Outlook 16.0",
        extra=["Thread-Index: AdsB" + "x7Qm" + "Pz9a0kGvRr2sLm8wYtUe4Q==", "Content-Language: vi"],
        order="outlook",
        body=body)



# 6. Fake provincial Department of Education notice, zip with .pdf.exe name
def p06(rng):
    dt = when(2024, 10, 14, 7, 52, 3)
    plain = """Kính gửi: Hiệu trưởng các trường THCS, THPT và Trung tâm GDNN-GDTX trực thuộc

Văn phòng Sở Giáo dục và Đào tạo gửi kèm theo đây Công văn số 2817/SGDĐT-VP
ngày 11/10/2024 về việc triển khai kế hoạch kiểm tra công tác chuyển đổi số
và ứng dụng CNTT năm học 2024-2025 (HỎA TỐC).

Đề nghị Thủ trưởng các đơn vị tải tệp đính kèm, giải nén (mật khẩu: 2817)
để xem danh sách đơn vị được kiểm tra và mẫu báo cáo; gửi báo cáo về Văn
phòng Sở trước 16h00 ngày 16/10/2024.

Lưu ý: Do dung lượng hộp thư công vụ bị giới hạn, văn bản được gửi qua hộp
thư dự phòng này. Đề nghị các đơn vị không chuyển tiếp ra ngoài.

Trân trọng./.

--
Văn phòng Sở GD&ĐT
ĐT: 0236.38xx.xxx
"""
    z = zip_one("CV2817_SGDDT_KeHoachKiemTra_CDS.pdf.exe",
                "Synthetic training placeholder - not an executable, contains no code.\n",
                (2024, 10, 14, 7, 40, 12))
    body = multipart("mixed", [
        text(plain, cte="base64"),
        attachment("CV2817_SGDDT.zip", z, "application/zip"),
    ], boundary(rng, "gmail"))
    return dict(
        date=dt,
        hops=[("mail-oa1-f54.google.com", "198.51.100.54", "mx.sgddt-tinhquangan.example", "pfs"),
              ("mx.sgddt-tinhquangan.example", "198.51.100.201", "mail.thpt-nguyendu.example", "smtp")],
        **{"from": addr("Văn phòng Sở GD&ĐT", "vanphongsogddt.2024@gmail.com")},
        to="To: undisclosed-recipients:;",
        subject="V/v triển khai kế hoạch kiểm tra công tác chuyển đổi số năm học 2024-2025 (Hỏa tốc)",
        msgid=msgid(rng, "gmail", "gmail.com"),
        order="gmail",
        body=body)


# 7. Fake official-mailbox migration, sent from a compromised business domain
def p07(rng):
    dt = when(2024, 10, 23, 16, 20, 9)
    users = ["vanthu", "tckh", "tnmt", "ldtbxh", "vhtt"]
    plain = """THÔNG BÁO
V/v chuyển đổi hộp thư điện tử công vụ sang hệ thống mới

Nhằm nâng cấp hạ tầng và tăng cường bảo mật cho hệ thống thư điện tử công
vụ, toàn bộ hộp thư có đuôi @ubnd-huyenthachlam.example sẽ được chuyển đổi
sang máy chủ mới từ ngày 26/10/2024.

Các cán bộ, công chức vui lòng đăng nhập và xác nhận hộp thư trước 17h00
ngày 25/10/2024 tại địa chỉ:

https://mail-congvu-xacnhan.xyz/owa/auth/logon.aspx?domain=ubnd-huyenthachlam

Hộp thư không được xác nhận sẽ bị khóa và toàn bộ dữ liệu sẽ không được
chuyển sang hệ thống mới.

Ban Quản trị Hệ thống Thư điện tử công vụ
"""
    page = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body lang=VI><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14pt;font-family:"Times New Roman"'>THÔNG BÁO<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><i><span style='font-family:"Times New Roman"'>V/v chuyển đổi hộp thư điện tử công vụ sang hệ thống mới</span></i></p>
<p class=MsoNormal><span style='font-family:"Times New Roman"'>Nhằm nâng cấp hạ tầng và tăng cường bảo mật cho hệ thống thư điện tử công vụ, toàn bộ hộp thư có đuôi <b>@ubnd-huyenthachlam.example</b> sẽ được chuyển đổi sang máy chủ mới từ ngày 26/10/2024.</span></p>
<p class=MsoNormal><span style='font-family:"Times New Roman"'>Các cán bộ, công chức vui lòng đăng nhập và xác nhận hộp thư trước <b>17h00 ngày 25/10/2024</b> tại: <a href="https://mail-congvu-xacnhan.xyz/owa/auth/logon.aspx?domain=ubnd-huyenthachlam">Xác nhận hộp thư công vụ</a></span></p>
<p class=MsoNormal><span style='font-family:"Times New Roman";color:red'>Hộp thư không được xác nhận sẽ bị khóa và toàn bộ dữ liệu sẽ không được chuyển sang hệ thống mới.</span></p>
<p class=MsoNormal><b><span style='font-family:"Times New Roman"'>Ban Quản trị Hệ thống Thư điện tử công vụ</span></b></p>
</div></body></html>
"""
    body = multipart("alternative", [text(plain, cte="quoted-printable"),
                                     html(page, cte="quoted-printable")],
                     boundary(rng, "outlook"))
    return dict(
        date=dt,
        hops=[("DESKTOP-KD7V2LM", "203.0.113.88", "mail.noithat-anphat.com.vn", "exim"),
              ("mail.noithat-anphat.com.vn", "203.0.113.9", "mx.ubnd-huyenthachlam.example", "pf")],
        **{"from": addr("Ban Quản trị Hệ thống Thư công vụ", "kinhdoanh@noithat-anphat.com.vn")},
        reply="quantri.thucongvu@outlook.com",
        to=["%s@ubnd-huyenthachlam.example" % u for u in users],
        subject="THÔNG BÁO: Chuyển đổi hộp thư công vụ sang hệ thống mới - hạn chót 17h00 ngày 25/10/2024",
        msgid=msgid(rng, "outlook", "noithat-anphat.com.vn"),
        mailer="Microsoft Outlook 16.0",
        extra=["X-MS-Has-Attach: ", "Content-Language: vi"],
        order="outlook",
        body=body)


# 8. Fake seminar invitation with a macro-enabled document
def p08(rng):
    dt = when(2025, 3, 4, 9, 31, 40)
    dom = "hoithao-chuyendoiso.vn"
    plain = """Kính gửi: Ông/Bà Trưởng phòng Quản lý Công nghệ và Chuyển đổi số

Thực hiện Chương trình chuyển đổi số quốc gia, Ban Tổ chức trân trọng kính
mời Ông/Bà tham dự Hội thảo khoa học:

"CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ NHÀ NƯỚC CẤP TỈNH: THỰC TRẠNG VÀ GIẢI PHÁP"

Thời gian: 8h00, thứ Sáu ngày 21/03/2025
Địa điểm: Hội trường A, Khách sạn Phương Nam Riverside (dự kiến)

Chương trình chi tiết, phiếu đăng ký tham luận và sơ đồ chỗ ngồi được gửi
trong tệp đính kèm. Do tệp được bảo vệ bản quyền, khi mở vui lòng chọn
"Enable Editing" và "Enable Content" để hiển thị đầy đủ nội dung.

Đề nghị Ông/Bà gửi phiếu đăng ký về Ban Tổ chức trước ngày 14/03/2025.

Trân trọng kính mời./.

TM. BAN TỔ CHỨC
ThS. Nguyễn Hoàng Phúc
ĐT: 0912.4x8.3x6
"""
    body = multipart("mixed", [
        text(plain, cte="base64"),
        attachment("ThuMoi_ChuongTrinh_HoiThao_CDS_2025.docm",
                   placeholder("Stands in for a macro-enabled seminar invitation (.docm)."),
                   "application/vnd.ms-word.document.macroEnabled.12"),
    ], boundary(rng, "outlook"), preamble="This is a multipart message in MIME format.")
    return dict(
        date=dt,
        hops=[("PC-BTC01", "192.0.2.37", "smtp." + dom, "auth"),
              ("smtp." + dom, "192.0.2.38", "mx01.sokhcn-tinhbinhan.example", "pfs"),
              ("mx01.sokhcn-tinhbinhan.example", "198.51.100.14", "mail.sokhcn-tinhbinhan.example", "smtp")],
        **{"from": addr("Ban Tổ chức Hội thảo CĐS", "bantochuc@" + dom)},
        to=[addr("Trưởng phòng QLCN&CĐS", "qlcn.cds@sokhcn-tinhbinhan.example")],
        subject="Thư mời tham dự Hội thảo khoa học \"Chuyển đổi số trong quản lý nhà nước cấp tỉnh\"",
        msgid=msgid(rng, "outlook", dom),
        mailer="Microsoft Outlook 15.0",
        extra=["X-Priority: 1", "Importance: High"],
        order="outlook",
        body=body)


# 9. Fake exam / certificate portal asking a "certificate fee"
def p09(rng):
    dt = when(2025, 6, 27, 19, 4, 26)
    dom = "khaothi-chungchi.club"
    page = """<html><body style="font-family:Arial;font-size:14px">
<p>Thí sinh: <b>TRẦN VĂN KHOA</b> - Ngày sinh: 12/04/1996 - SBD: <b>UD3-25-04418</b></p>
<p>Trung tâm Khảo thí thông báo kết quả kỳ thi <b>Chứng chỉ Ứng dụng CNTT cơ bản đợt 3/2025</b>:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr style="background:#e3f2fd"><th>Lý thuyết</th><th>Thực hành</th><th>Tổng</th><th>Kết quả</th></tr>
<tr><td>8.5</td><td>8.0</td><td>8.25</td><td style="color:green"><b>ĐẠT</b></td></tr>
</table>
<p>Để được in và cấp chứng chỉ, thí sinh cần hoàn tất <b>lệ phí cấp chứng chỉ 350.000đ</b> qua cổng thanh toán trực tuyến trước <b>23h59 ngày 30/06/2025</b>:</p>
<p><a href="https://vnlink.top/kq-ud325">Tra cứu kết quả và nộp lệ phí</a></p>
<p>Sau thời hạn trên, kết quả thi sẽ bị hủy và thí sinh phải đăng ký thi lại.</p>
<p>Trung tâm Khảo thí và Cấp chứng chỉ<br>Hotline: 0246.29x.88xx</p>
</body></html>
"""
    return dict(
        date=dt,
        hops=[("vps-1093", "203.0.113.150", "mail." + dom, "smtp")],
        **{"from": addr("Trung tâm Khảo thí - Cấp chứng chỉ", "ketqua@" + dom)},
        to=[addr("Trần Văn Khoa", "khoa.tv@ketoan-minhtri.example")],
        subject="Kết quả kỳ thi chứng chỉ Ứng dụng CNTT cơ bản đợt 3/2025 - nộp lệ phí cấp chứng chỉ",
        msgid=msgid(rng, "php", "vps-1093.localdomain"),
        mailer="PHPMailer 5.2.27",
        order="php",
        body=html(page, cte="8bit", q=False))


# 10. Fake hospital: BHYT refund, asks to add a Zalo contact and give OTP
def p10(rng):
    dt = when(2025, 3, 12, 10, 8, 51)
    plain = """Kính gửi ông Nguyễn Văn Bình,

Phòng Tài chính - Kế toán Bệnh viện Đa khoa Bình Minh xin thông báo:

Trong đợt điều trị nội trú từ ngày 03/03/2025 đến 09/03/2025 tại khoa Nội
tổng hợp, ông thuộc diện được hưởng BHYT 80% nhưng do lỗi đồng bộ dữ liệu
với cổng giám định, hệ thống chưa áp dụng mức hưởng. Số tiền chênh lệch
ông đã thanh toán thừa là 2.736.000đ và sẽ được hoàn trả.

Để nhận lại tiền, ông vui lòng kết bạn Zalo với kế toán viên phụ trách
(chị Thảo) theo số: 0 8 6 7 . 4 1 2 . 5 9 0 và cung cấp:
 - Ảnh chụp 2 mặt CCCD
 - Số tài khoản ngân hàng chính chủ
 - Mã OTP ngân hàng gửi về điện thoại để xác nhận giao dịch hoàn tiền

Thời hạn giải quyết hoàn trả: 3 ngày làm việc kể từ ngày nhận thông báo.

Trân trọng,
Phòng Tài chính - Kế toán
Bệnh viện Đa khoa Bình Minh
"""
    return dict(
        date=dt,
        hops=[("[192.0.2.210]", "192.0.2.210", "sonic301-19.consmr.mail.sg3.yahoo.com", "smtp"),
              ("sonic301-19.consmr.mail.sg3.yahoo.com", "198.51.100.67", "mx.dienluc-quanghoa.example", "pfs")],
        rcpt="binh.nv@dienluc-quanghoa.example",
        **{"from": addr("Phòng TC-KT Bệnh viện ĐK Bình Minh", "phongtckt.bvdkbinhminh@yahoo.com")},
        to=[addr("Nguyen Van Binh", "binh.nv@dienluc-quanghoa.example")],
        subject="Hoàn trả chênh lệch viện phí BHYT - BN Nguyễn Văn Bình (mã BN 25012847)",
        msgid=msgid(rng, "yahoo", "yahoo.com"),
        mailer="WebService/1.1.23369 YMailNorrin",
        order="yahoo",
        body=text(plain, cte="quoted-printable", q=False))



# 11. Romance / advance-fee: "parcel with gifts", pay customs fee
def p11(rng):
    dt = when(2023, 11, 2, 23, 17, 44, "+0000")
    plain = """Em yêu Hương,

Anh rất vui khi nhận được thư của em hôm qua, anh đã đọc nó ba lần và mỉm
cười suốt cả ngày dài ở bệnh viện dã chiến. Em biết không, từ khi chúng ta
nói chuyện trên Facebook, anh cảm thấy Chúa đã gửi em đến với anh để bù đắp
những năm tháng cô đơn kể từ khi vợ anh mất vì ung thư.

Như anh đã hứa, anh đã gửi cho em một thùng quà sinh nhật qua công ty
chuyển phát quốc tế Skyline Express Logistics. Trong thùng có một chiếc
điện thoại iPhone 15 Pro Max, một đồng hồ Rolex, nữ trang bằng vàng, nước
hoa Pháp và 85.000 USD tiền mặt. Số tiền này là tiền tiết kiệm của anh, anh
muốn em giữ giúp anh vì ở đây rất nguy hiểm, anh không thể mang theo người.
Khi anh kết thúc hợp đồng với Liên Hợp Quốc vào tháng 12, anh sẽ bay sang
Việt Nam gặp em và chúng ta sẽ cùng mua một căn nhà nhỏ gần biển như em
muốn.

Mã vận đơn của em là SEL-7730-4152-VN. Nhân viên hải quan của công ty
chuyển phát sẽ liên hệ em qua email hoặc số điện thoại. Vì thùng hàng có
giá trị lớn nên em cần đóng phí thông quan và phí chống rửa tiền là
18.500.000 VNĐ. Anh rất muốn tự trả nhưng tài khoản của anh ở đây bị quân
đội kiểm soát, anh không thể chuyển tiền ra ngoài. Em hãy đóng giúp anh
trước, khi anh sang Việt Nam anh sẽ trả lại em gấp mười lần.

Xin em đừng nói chuyện này với ai, kể cả gia đình, vì họ sẽ không hiểu
tình yêu của chúng ta và có thể có người xấu biết về số tiền. Em hãy trả
lời anh ngay khi nhận được thư này nhé.

Anh yêu em rất nhiều và nhớ em mỗi ngày.

Mãi yêu em,
Daniel
(Bác sĩ phẫu thuật Daniel Whitmore - Phái bộ y tế Liên Hợp Quốc)
"""
    return dict(
        date=dt,
        hops=[("SEYP216MB3112.APCP216.PROD.OUTLOOK.COM", "2001:db8:1:2::15", "SEYP216MB3290.APCP216.PROD.OUTLOOK.COM", "ex"),
              ("APC01-SG2-obe.outbound.protection.outlook.com", "198.51.100.92", "mx.truongmamnon-hoami.example", "pfs")],
        rcpt="huong.dtt@truongmamnon-hoami.example",
        rzone="+0700",
        **{"from": addr("Daniel Whitmore", "daniel.whitmore1971@outlook.com")},
        to=[addr("Huong", "huong.dtt@truongmamnon-hoami.example")],
        subject="Em yêu, anh đã gửi món quà cho em rồi",
        msgid=msgid(rng, "hotmail", "outlook.com"),
        extra=["x-ms-exchange-messagesentrepresentingtype: 1"],
        order="outlook",
        body=text(plain, cte="8bit", cs="utf-8")
    )


# 12. Fake SME support grant, "appraisal fee", Reply-To elsewhere, many To:
def p12(rng):
    dt = when(2025, 4, 15, 8, 5, 17)
    firms = ["giamdoc@inbaobi-hungthinh.example", "info@thucpham-sachviet.example",
             "ketoan@xaylap-phuoctai.example", "lienhe@gomsu-minhlong.example",
             "admin@logistics-tanphat.example", "hr@dgo-nhattam.example"]
    plain = """Kính gửi Quý Doanh nghiệp,

Quỹ Hỗ trợ Phát triển Doanh nghiệp nhỏ và vừa trân trọng thông báo: doanh
nghiệp của Quý vị nằm trong danh sách sơ tuyển nhận GÓI HỖ TRỢ PHỤC HỒI SẢN
XUẤT KINH DOANH năm 2025 với mức hỗ trợ không hoàn lại 150.000.000 đồng.

Hồ sơ xét duyệt gồm:
1. Giấy chứng nhận đăng ký doanh nghiệp (bản scan)
2. CCCD 2 mặt của người đại diện theo pháp luật
3. Sao kê tài khoản doanh nghiệp 6 tháng gần nhất
4. Biên lai nộp phí thẩm định hồ sơ: 2.500.000 đồng

Phí thẩm định chuyển khoản về:
Số TK: 1903 5528 6610 19 - Ngân hàng TMCP Kỹ Thương
Chủ TK: TRAN VAN LUC
Nội dung: HTDN2025 + Mã số thuế

Hồ sơ gửi về địa chỉ email: hoso.hotrodn2025@gmail.com trước 17h00 ngày
25/04/2025. Danh sách được duyệt công bố ngày 05/05/2025, tiền hỗ trợ giải
ngân trong 7 ngày làm việc.

Do số lượng có hạn, hồ sơ nộp sau thời hạn sẽ không được xem xét.

Trân trọng,
Ban Điều hành Quỹ Hỗ trợ Phát triển DNNVV
"""
    page = "<html><body><div style=\"font-family:Arial;font-size:14px\">" + "".join(
        "<p>%s</p>\n" % para.replace("\n", "<br>\n") for para in plain.strip().split("\n\n")) + \
        "<p style=\"color:#c00\"><b>LƯU Ý: Hạn chót nhận hồ sơ 25/04/2025</b></p></div></body></html>\n"
    body = multipart("alternative", [text(plain, cte="base64"),
                                     html(page, cte="base64")],
                     boundary(rng, "java"))
    return dict(
        date=dt,
        hops=[("sonic310-21.consmr.mail.sg3.yahoo.com", "203.0.113.31", "mx.inbaobi-hungthinh.example", "pfs")],
        **{"from": addr("Quỹ Hỗ trợ Phát triển DNNVV", "quyhotro.dnnvv@yahoo.com")},
        reply="hoso.hotrodn2025@gmail.com",
        to=firms,
        subject="Thông báo xét duyệt gói hỗ trợ 150 triệu đồng cho doanh nghiệp nhỏ và vừa năm 2025",
        msgid=msgid(rng, "yahoo", "yahoo.com"),
        order="yahoo",
        body=body)


# 13. Fake law firm debt collection / threat, text-only "PDF"
def p13(rng):
    dt = when(2024, 5, 28, 11, 36, 2)
    dom = "luatminhchinh-vn.com"
    plain = """CÔNG TY LUẬT TNHH MINH CHÍNH
Số: 0924/TB-LMC
V/v: Thông báo lần cuối trước khi khởi kiện

Kính gửi: Ông/Bà Đỗ Quang Huy

Công ty Luật TNHH Minh Chính được ủy quyền bởi Công ty Tài chính tiêu dùng
Phát Lộc thực hiện thu hồi khoản vay quá hạn của Ông/Bà:
 - Hợp đồng vay số: PL-23-118904
 - Dư nợ gốc và lãi phạt tính đến ngày 28/05/2024: 47.850.000 VNĐ
 - Số ngày quá hạn: 196 ngày

Trong vòng 48 giờ kể từ thời điểm nhận thông báo này, nếu Ông/Bà không
thanh toán hoặc không liên hệ với luật sư phụ trách, chúng tôi sẽ:
 1. Nộp hồ sơ khởi kiện đến Tòa án nhân dân nơi Ông/Bà cư trú;
 2. Gửi văn bản thông báo đến cơ quan nơi Ông/Bà đang công tác;
 3. Thông báo tới người thân, đồng nghiệp trong danh bạ đã đăng ký khi vay.

Chi tiết hồ sơ và bảng tính nợ trong tệp đính kèm.
Liên hệ luật sư phụ trách qua Telegram: @ls_minhchinh_thuhoi
hoặc Zalo: 0 7 9 8 . 6 0 3 . 1 1 2

LS. Phan Đức Thịnh
Công ty Luật TNHH Minh Chính
"""
    body = multipart("mixed", [
        text(plain, cte="quoted-printable"),
        attachment("ThongBao_KhoiKien_HS0924.pdf",
                   fake_pdf("Stands in for a debt-collection threat letter."),
                   "application/pdf"),
    ], boundary(rng, "python"))
    return dict(
        date=dt,
        hops=[("ip-192-0-2-18.ec2.internal", "192.0.2.18", "mail." + dom, "auth"),
              ("mail." + dom, "192.0.2.18", "mx.congtyxd-tienphong.example", "pf")],
        rcpt="huy.dq@congtyxd-tienphong.example",
        **{"from": addr("Công ty Luật TNHH Minh Chính", "luatsu@" + dom)},
        to=["huy.dq@congtyxd-tienphong.example"],
        subject="THÔNG BÁO LẦN CUỐI: Yêu cầu thanh toán khoản nợ quá hạn trước khi khởi kiện",
        msgid=msgid(rng, "bad-localhost", dom),
        order="gmail",
        body=body)


# 14. Fake .vn domain expiry / renewal payment
def p14(rng):
    dt = when(2026, 2, 11, 9, 0, 3)
    dom = "vnnic-tenmien.site"
    page = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">
<div style="border-top:4px solid #d32f2f;padding:16px;max-width:640px">
<h2 style="color:#d32f2f;margin:0 0 12px">Cảnh báo: Tên miền sắp bị thu hồi</h2>
<p>Kính gửi Quý chủ thể,</p>
<p>Tên miền dưới đây đã hết hạn sử dụng và đang trong thời gian tạm ngưng. Nếu không được gia hạn, tên miền sẽ bị <b>thu hồi và đưa về trạng thái tự do</b>, đồng nghĩa với việc website và hộp thư điện tử của Quý đơn vị ngừng hoạt động.</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">
<tr><td>Tên miền</td><td><b>nhakhoasangviet.com.vn</b></td></tr>
<tr><td>Ngày hết hạn</td><td>09/02/2026</td></tr>
<tr><td>Ngày thu hồi</td><td style="color:#d32f2f"><b>14/02/2026</b></td></tr>
<tr><td>Phí duy trì 01 năm</td><td>750.000 VNĐ (đã gồm VAT)</td></tr>
</table>
<p style="margin:22px 0"><a href="https://vnnic-tenmien.site/gia-han?domain=nhakhoasangviet.com.vn&amp;token=8f2a91c0" style="background:#d32f2f;color:#fff;padding:10px 24px;text-decoration:none">Gia hạn ngay</a></p>
<p>Hoặc chuyển khoản: STK 0071 0045 8812 9 - Vietcombank - CONG TY DICH VU SO TEN MIEN VIET, nội dung: <i>GH nhakhoasangviet.com.vn</i></p>
<p style="font-size:12px;color:#777">Thư được gửi tự động từ hệ thống quản lý tên miền. Vui lòng không trả lời thư này.</p>
</div></body></html>
"""
    return dict(
        date=dt,
        hops=[("mailer-07", "198.51.100.140", "out." + dom, "smtp"),
              ("out." + dom, "198.51.100.141", "mx1.nhakhoa-sangviet.example", "pfs"),
              ("mx1.nhakhoa-sangviet.example", "198.51.100.5", "mailstore.nhakhoa-sangviet.example", "smtp"),
              ],
        **{"from": addr("Trung tâm Tên miền .VN", "giahan@" + dom)},
        to=["quantri@nhakhoa-sangviet.example"],
        subject="[Cảnh báo] Tên miền nhakhoasangviet.com.vn sẽ bị thu hồi sau 3 ngày",
        msgid=msgid(rng, "bulk", dom, dt),
        mailer="Sendy 6.0.3",
        extra=["X-Priority: 1"],
        order="bulk",
        body=html(page, cte="base64", q=False))


# 15. Fake Microsoft 365 password expiry in Vietnamese, zero-width characters
def p15(rng):
    dt = when(2025, 11, 6, 7, 12, 38)
    dom = "xacthuc-vn.cc"
    zw = "\u200b"
    ms = "Mi" + zw + "cro" + zw + "soft"
    page = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial;background:#f3f2f1;margin:0;padding:24px">
<table width="560" align="center" style="background:#fff;border:1px solid #e1dfdd" cellpadding="24"><tr><td>
<div style="font-size:18px;color:#737373"><b>%(ms)s 365</b></div>
<h2 style="font-weight:600;color:#201f1e">M%(zw)sật kh%(zw)sẩu của bạn sẽ hết hạn h%(zw)sôm nay</h2>
<p>Mật khẩu cho tài khoản <b>ketoan@xaydung-songda7.example</b> sẽ hết hạn vào lúc <b>17:00 hôm nay (06/11/2025)</b>.</p>
<p>Để tránh bị gián đoạn Outlook, Teams và OneDrive, bạn có thể tiếp tục sử dụng mật khẩu hiện tại bằng cách xác nhận bên dưới.</p>
<p><a href="https://login.microsoftonline.com.xacthuc-vn.cc/common/oauth2/?u=ketoan%%40xaydung-songda7.example" style="display:inline-block;background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Giữ mật khẩu hiện tại</a></p>
<p style="font-size:12px;color:#605e5c">Nếu không thực hiện, tài khoản sẽ bị đăng xuất khỏi tất cả thiết bị và phải liên hệ quản trị viên để cấp lại.</p>
<p style="font-size:12px;color:#605e5c">Cảm ơn,<br>Nhóm tài khoản %(ms)s</p>
</td></tr></table>
<p style="text-align:center;font-size:11px;color:#a19f9d">%(ms)s Corporation, One %(ms)s Way, Redmond, WA 98052</p>
</body></html>
""" % {"ms": ms, "zw": zw}
    return dict(
        date=dt,
        hops=[("[203.0.113.201]", "203.0.113.201", "smtp." + dom, "auth"),
              ("smtp." + dom, "203.0.113.202", "mx.xaydung-songda7.example", "pf")],
        rcpt="ketoan@xaydung-songda7.example",
        **{"from": addr(ms + " 365", "no-reply@" + dom)},
        to=["ketoan@xaydung-songda7.example"],
        subject="M" + zw + "ật khẩu của bạn sẽ hết hạn hôm nay - ketoan@xaydung-songda7.example",
        order="php",
        mailer="PHPMailer 6.9.1",
        body=html(page, cte="base64"))


MESSAGES = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10,
            p11, p12, p13, p14, p15]
