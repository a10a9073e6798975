"""Vietnamese unsolicited advertising (label: spam). All names, domains,
phone numbers and links are invented."""

from mk import (addr, attachment, boundary, gif, html, msgid, multipart,
                text, when)

UNSUB = "List-Unsubscribe: <mailto:unsubscribe@%s?subject=huy-dang-ky>"


# 1. Resort real estate (condotel / villa), long HTML newsletter
def s01(rng):
    dt = when(2024, 4, 20, 9, 30, 0)
    dom = "bietthubien-anvien.com"
    plain = """BIỆT THỰ BIỂN AN VIÊN BAY - SỞ HỮU LÂU DÀI - CAM KẾT LỢI NHUẬN 10%/NĂM

Kính gửi Anh/Chị,

Chỉ từ 2,9 tỷ/căn condotel view biển, thanh toán 30% nhận nhà, ngân hàng hỗ
trợ vay 70% - ân hạn gốc lãi 24 tháng.

- Pháp lý sổ hồng lâu dài, bàn giao full nội thất 5 sao
- Cam kết lợi nhuận 10%/năm trong 10 năm đầu
- Tặng 15 đêm nghỉ dưỡng miễn phí mỗi năm
- Chiết khấu thêm 8% cho 20 khách hàng đầu tiên trong tháng 4

Đăng ký tham quan dự án (có xe đưa đón từ TP.HCM): 0938.6xx.2xx (Ms. Vy)
Xem bảng giá và mặt bằng: https://bietthubien-anvien.com/bang-gia-t4

Nếu không muốn nhận thêm thông tin, vui lòng trả lời "HỦY".
"""
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>An Vien Bay</title></head>
<body style="margin:0;background:#eef3f6">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">
<tr><td><img src="https://bietthubien-anvien.com/edm/2404/hero.jpg" width="640" height="300" alt="An Vien Bay - Biet thu bien so huu lau dai" style="display:block"></td></tr>
<tr><td style="padding:28px 36px;color:#1d3557">
<h1 style="font-size:26px;margin:0 0 10px">Sở hữu biệt thự biển chỉ từ 2,9 tỷ</h1>
<p style="font-size:15px;line-height:1.7">Thanh toán 30% nhận nhà &bull; Ngân hàng hỗ trợ 70% &bull; Ân hạn gốc lãi 24 tháng</p>
<table width="100%" cellpadding="10" style="font-size:14px;background:#f1faee">
<tr><td>&#10004; Sổ hồng sở hữu lâu dài</td><td>&#10004; Full nội thất chuẩn 5 sao</td></tr>
<tr><td>&#10004; Cam kết lợi nhuận 10%/năm</td><td>&#10004; Tặng 15 đêm nghỉ/năm</td></tr>
</table>
<p style="font-size:15px">Chiết khấu thêm <b style="color:#e63946">8%</b> cho 20 khách hàng đầu tiên trong tháng 4.</p>
<p style="text-align:center"><a href="https://bietthubien-anvien.com/bang-gia-t4?utm_source=edm&amp;utm_campaign=t4" style="background:#e63946;color:#fff;padding:14px 36px;text-decoration:none;font-family:Arial">NHẬN BẢNG GIÁ &amp; MẶT BẰNG</a></p>
<p style="font-size:14px">Hotline tham quan dự án: <b>0938.6xx.2xx</b> (Ms. Vy) - xe đưa đón miễn phí từ TP.HCM cuối tuần.</p>
</td></tr>
<tr><td style="padding:14px 36px;font-size:11px;color:#888;font-family:Arial">Bạn nhận được email này vì đã quan tâm đến bất động sản nghỉ dưỡng. <a href="https://bietthubien-anvien.com/unsub?e=tp.hanhchinh%40bv-tamduc.example">Hủy đăng ký</a></td></tr>
</table></body></html>
"""
    body = multipart("alternative", [text(plain, cte="quoted-printable"),
                                     html(page, cte="quoted-printable")],
                     boundary(rng, "java"))
    return dict(
        date=dt,
        hops=[("edm01." + dom, "203.0.113.60", "mx.bv-tamduc.example", "pfs")],
        rcpt="tp.hanhchinh@bv-tamduc.example",
        **{"from": addr("An Viên Bay Residences", "news@" + dom)},
        to=["tp.hanhchinh@bv-tamduc.example"],
        subject="Biệt thự biển sở hữu lâu dài chỉ từ 2,9 tỷ - cam kết lợi nhuận 10%/năm",
        msgid=msgid(rng, "java", dom, dt),
        mailer="EmailMarketing Pro 4.2",
        extra=[UNSUB % dom, "Precedence: bulk"],
        order="bulk",
        body=body)


# 2. Life insurance agent, plain text from Gmail
def s02(rng):
    dt = when(2023, 8, 9, 21, 44, 19)
    plain = """Chào anh/chị,

Em là Thu Trang, tư vấn viên bảo hiểm nhân thọ hơn 6 năm kinh nghiệm. Em
xin phép gửi anh/chị thông tin gói bảo hiểm "An Tâm Trọn Đời" đang được
nhiều gia đình lựa chọn:

* Chỉ từ 15.000đ/ngày (khoảng 5,4 triệu/năm)
* Bảo vệ trước 76 bệnh hiểm nghèo, chi trả đến 1 tỷ đồng
* Thẻ chăm sóc sức khỏe nội trú tại hơn 300 bệnh viện, không cần đóng tiền
  trước khi nhập viện
* Được nhận lại toàn bộ phí khi đáo hạn + lãi chia hằng năm
* Miễn đóng phí nếu không may bị thương tật

Tháng này bên em có chương trình tặng thêm 1 năm bảo hiểm tai nạn cho cả
gia đình khi tham gia trước ngày 31/08.

Anh/chị để lại ngày sinh và số điện thoại, em gửi bảng minh họa quyền lợi
miễn phí trong 5 phút ạ. Hoặc gọi/Zalo trực tiếp cho em: 0903 xx7 4x9

Cảm ơn anh/chị đã dành thời gian đọc tin!
Trang
--
Tư vấn viên bảo hiểm - MDRT 2022
"""
    return dict(
        date=dt,
        hops=[("mail-yw1-f170.google.com", "198.51.100.170", "mx.truongthcs-lequydon.example", "pfs")],
        rcpt="vanthu@truongthcs-lequydon.example",
        **{"from": addr("Thu Trang Bảo Hiểm", "thutrang.tuvan.baohiem@gmail.com")},
        to=["vanthu@truongthcs-lequydon.example"],
        subject="Gửi anh/chị gói bảo vệ sức khỏe trọn đời chỉ 15k/ngày",
        msgid=msgid(rng, "gmail", "gmail.com"),
        order="gmail",
        body=text(plain, cte="quoted-printable", q=False))


# 3. Cosmetics, no diacritics, spaced-out words, Zalo only
def s03(rng):
    dt = when(2024, 12, 2, 13, 5, 44)
    plain = """💥 K E M  B O D Y  T R A N G  D A  - GIAM 50% CHI HOM NAY 💥

Chi em oi!! Tet nay muon da trang hong cang bong ma khong lo bat nang?
KEM BODY COLLAGEN HAN QUOC - trang sau 7 ngay, khong bet rit, khong ra nuoc

✔ Gia goc 690k -> CHI CON 345k
✔ Mua 2 tang 1 serum duong da mat
✔ Freeship toan quoc, kiem tra hang roi moi thanh toan
✔ Cam ket hoan tien 100% neu khong hieu qua

So luong co han - chi ap dung 100 don dau tien!!!

Inbox Z.a.l.o: 0 9 7 6 . 3 x x . 5 x 8 (Ms Ngoc) de duoc tu van lieu trinh
Shop my pham chinh hang NGOC BEAUTY

(Neu khong muon nhan tin vui long bo qua email nay)
"""
    return dict(
        date=dt,
        hops=[("DB8PR09MB3211.eurprd09.prod.outlook.com", "2001:db8:20::9", "DB8PR09MB3190.eurprd09.prod.outlook.com", "ex"),
              ("EUR05-DB8-obe.outbound.protection.outlook.com", "198.51.100.47", "mx.maymac-tanthanh.example", "pfs")],
        **{"from": addr("NGOC BEAUTY", "ngocbeauty.shop99@hotmail.com")},
        to="To: undisclosed-recipients:;",
        subject="K E M  B O D Y  T R A N G  D A  giam 50% - chi hom nay",
        msgid=msgid(rng, "hotmail", "hotmail.com"),
        order="outlook",
        body=text(plain, cte="base64"))


# 4. Online MBA / English course, HTML only
def s04(rng):
    dt = when(2025, 2, 18, 11, 0, 0)
    dom = "mbaonline-edu.vn"
    page = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<div style="background:#14213d;color:#fca311;padding:18px;font-size:22px;font-weight:bold">MBA ONLINE 100% - BẰNG QUỐC TẾ, HỌC PHÍ CHỈ 1/3</div>
<p>Chào Anh/Chị,</p>
<p>Anh/Chị đang là <b>trưởng phòng, quản lý</b> nhưng không có thời gian đi học? Chương trình <b>MBA trực tuyến liên kết Đại học châu Âu</b> giúp Anh/Chị:</p>
<ul>
<li>Học 100% online, linh hoạt buổi tối và cuối tuần - chỉ 15 tháng</li>
<li>Bằng do trường đại học nước ngoài cấp, được công nhận</li>
<li>Không yêu cầu IELTS đầu vào - có lớp tiếng Anh bổ trợ miễn phí</li>
<li>Học phí chỉ <b>189 triệu</b> (trả góp 0% trong 12 tháng)</li>
</ul>
<p style="background:#fff3cd;padding:10px">🎁 <b>Ưu đãi tháng 2:</b> giảm 30% học phí + tặng khóa <b>Tiếng Anh giao tiếp cho người đi làm</b> trị giá 12.000.000đ cho 50 hồ sơ đầu tiên.</p>
<p style="text-align:center"><a href="https://mbaonline-edu.vn/dang-ky?src=email0218" style="background:#fca311;color:#14213d;padding:12px 28px;font-weight:bold;text-decoration:none">ĐĂNG KÝ TƯ VẤN MIỄN PHÍ</a></p>
<p>Hotline tuyển sinh: 1900 63xx - Zalo OA: MBA Online Edu</p>
<p style="font-size:11px;color:#999">Email này được gửi đến anh/chị vì địa chỉ có trong danh sách doanh nhân. Để từ chối, <a href="https://mbaonline-edu.vn/unsubscribe">bấm vào đây</a>.</p>
</div></body></html>
"""
    return dict(
        date=dt,
        hops=[("sv3." + dom, "203.0.113.74", "mx.ngh-donga-branch.example", "pf")],
        rcpt="pgd.hanoi@ngh-donga-branch.example",
        **{"from": addr("Tuyển sinh MBA Online", "tuyensinh@" + dom)},
        to=["pgd.hanoi@ngh-donga-branch.example"],
        subject="[Tuyển sinh 2025] MBA trực tuyến bằng quốc tế - giảm 30% học phí tháng 2",
        msgid=msgid(rng, "bulk", dom, dt),
        mailer="Mautic 4.4",
        extra=[UNSUB % dom],
        order="bulk",
        body=html(page, cte="quoted-printable"))


# 5. Aggressive reseller: digital signature / e-invoice renewal
def s05(rng):
    dt = when(2024, 12, 26, 8, 12, 7)
    dom = "chukyso-hoadon24h.net"
    plain = """KÍNH GỬI: BAN GIÁM ĐỐC / PHÒNG KẾ TOÁN

CHỮ KÝ SỐ CỦA DOANH NGHIỆP SẮP HẾT HẠN? GIA HẠN NGAY - GIÁ RẺ NHẤT THỊ TRƯỜNG

Cuối năm là thời điểm quyết toán thuế, chữ ký số hết hạn sẽ KHÔNG nộp được
tờ khai, không xuất được hóa đơn điện tử, bị phạt chậm nộp!!!

>> Gia hạn Token chữ ký số 3 năm: chỉ 1.490.000đ (giá niêm yết 2.970.000đ)
>> Cấp mới token + HÓA ĐƠN ĐIỆN TỬ trọn gói: 2.190.000đ, TẶNG 500 số hóa đơn
>> Phần mềm kế toán online: miễn phí 6 tháng đầu, tự động lên báo cáo thuế
>> Hỗ trợ cài đặt từ xa qua UltraViewer trong 15 phút, kể cả ngày lễ

Chỉ cần gửi ảnh GPKD + CCCD giám đốc qua Zalo là xong, không cần đến văn phòng.
Kỹ thuật giao token tận nơi nội thành Hà Nội, TP.HCM, Đà Nẵng.

☎ HOTLINE/ZALO: 0988.x15.6x6 - 0913.4x2.x07 (hỗ trợ 24/7)
Website: chukyso-hoadon24h.net

Ưu đãi chỉ áp dụng đến hết 31/12/2024.
Đại lý ủy quyền phân phối chữ ký số & hóa đơn điện tử
"""
    return dict(
        date=dt,
        hops=[("DESKTOP-HD24H", "203.0.113.132", "mail." + dom, "auth"),
              ("mail." + dom, "203.0.113.133", "mx.thucpham-sachviet.example", "pf"),
              ("mx.thucpham-sachviet.example", "203.0.113.134", "imap.thucpham-sachviet.example", "smtp")],
        **{"from": addr("Chữ Ký Số - Hóa Đơn 24H", "kinhdoanh@" + dom)},
        to=["ketoan@thucpham-sachviet.example", "giamdoc@thucpham-sachviet.example"],
        subject="[KHẨN] Chữ ký số của doanh nghiệp sắp hết hạn - gia hạn 3 năm chỉ 1.490.000đ",
        msgid=msgid(rng, "fox", dom, dt),
        mailer="Foxmail 7.2.25.228[cn]",
        extra=["X-Priority: 1", "X-Has-Attach: no", "X-GUID: 6E1B0A4C-77F2-4D33-9A0E-2C5B81F0D14E"],
        order="fox",
        body=text(plain, cte="base64", cs="utf-8"))


# 6. Debt-collection service advert
def s06(rng):
    dt = when(2025, 5, 6, 15, 47, 20)
    dom = "thuhoino-viettin.com"
    page = """<div style="font-family:Verdana;font-size:13px;line-height:1.6">
<p><b>DỊCH VỤ THU HỒI CÔNG NỢ VIỆT TÍN</b> - <i>Uy tín - Đúng pháp luật - Hiệu quả</i></p>
<p>Quý công ty đang có những khoản nợ khó đòi, đối tác cố tình chây ì, hẹn lần hẹn lữa?</p>
<p>Chúng tôi nhận thu hồi:<br>
- Công nợ doanh nghiệp, tiền hàng, tiền thi công công trình<br>
- Nợ cá nhân có giấy tờ vay mượn, hợp đồng, tin nhắn chuyển khoản<br>
- Nợ tồn đọng 3 - 5 năm, con nợ đã bỏ trốn khỏi địa phương</p>
<p><b>KHÔNG THU PHÍ TRƯỚC</b> - chỉ tính phí dịch vụ 15% - 30% khi thu hồi thành công.<br>
Đội ngũ luật sư, chuyên viên pháp lý hỗ trợ khởi kiện khi cần.</p>
<p>Tư vấn miễn phí 24/7: <b>0 9 3 3 - 7 x x - 1 6 x</b> (A. Tín)<br>
<a href="https://thuhoino-viettin.com">thuhoino-viettin.com</a></p>
</div>
"""
    return dict(
        date=dt,
        hops=[("mta2." + dom, "198.51.100.88", "mx.xaylap-phuoctai.example", "pfs")],
        rcpt="info@xaylap-phuoctai.example",
        **{"from": addr("Thu Hồi Công Nợ Việt Tín", "tuvan@" + dom)},
        to=["info@xaylap-phuoctai.example"],
        subject="Nợ khó đòi? Thu hồi công nợ - không thu phí trước",
        msgid=msgid(rng, "php", dom),
        mailer="PHPMailer 6.1.4",
        order="php",
        body=html(page, cte="8bit"))


# 7. Tour: Korea cherry blossom, HTML with images in place of text
def s07(rng):
    dt = when(2026, 1, 9, 10, 25, 0)
    dom = "dulich-hoasen.vip"
    page = """<html><body style="margin:0;text-align:center">
<a href="https://dulich-hoasen.vip/han-quoc-hoa-anh-dao"><img src="cid:tour-01" width="600" height="420" alt="TOUR HAN QUOC MUA HOA ANH DAO 5N4D CHI 11.990.000D" border="0"></a><br>
<img src="cid:tour-02" width="600" height="220" alt="Bay Vietjet - Khach san 4 sao - Visa bao dau 99%" border="0"><br>
<p style="font-family:Arial;font-size:13px;color:#555">Đặt tour: 0 9 1 8 . x x 6 . 3 3 x - Du Lịch Hoa Sen</p>
</body></html>
"""
    body = multipart("related", [
        html(page, cte="base64"),
        attachment("tour-01.gif", gif(600, 420), "image/gif", disp="inline", cid="tour-01"),
        attachment("tour-02.gif", gif(600, 220), "image/gif", disp="inline", cid="tour-02"),
    ], boundary(rng, "python"))
    return dict(
        date=dt,
        hops=[("[203.0.113.17]", "203.0.113.17", "smtp." + dom, "auth"),
              ("smtp." + dom, "203.0.113.18", "mx.congdoan-ctydien.example", "pf")],
        **{"from": addr("Du Lịch Hoa Sen", "sale@" + dom)},
        to=["congdoan@congdoan-ctydien.example", "bch.congdoan@congdoan-ctydien.example"],
        subject="Tour Hàn Quốc mùa hoa anh đào 5N4Đ chỉ 11.990.000đ - bay Vietjet, visa bao đậu",
        msgid=msgid(rng, "bad-noat", dom, dt),
        order="gmail",
        body=body)


# 8. Online lottery / number "predictions", Telegram, mixed diacritics
def s08(rng):
    dt = when(2024, 7, 22, 17, 58, 33)
    plain = """SOI CAU XO SO MIEN BAC - CHINH XAC 99% 🎯

Anh em choi lo de da chan thua lo? Nhom VIP bao so moi ngay truoc 18h:
 • Bach thu lo: an lien 5 ngay
 • Song thu, dan de 10 so
 • Choi online: 1 an 99,5 - nap rut 3 phut, khong gioi han

🔥 Dang ky hom nay tang 200K tien cuoc + hoan tra 1,5% moi ngay

Tham gia kenh Tele: @soicau_mb_vip68
Dang ky choi: lode99.club (vao bang trinh duyet Chrome)

Choi co trach nhiem. Chi danh cho nguoi tren 18 tuoi.
"""
    return dict(
        date=dt,
        hops=[("mail-ej1-f41.google.com", "198.51.100.41", "mx.ctycp-vantai-sonha.example", "pfs")],
        rcpt="dieuhanh@ctycp-vantai-sonha.example",
        **{"from": addr("Soi Cau VIP", "soicau.mienbac.vip68@gmail.com")},
        to=["dieuhanh@ctycp-vantai-sonha.example"],
        subject="Soi cau MB hom nay - bach thu lo an 5 ngay lien 🎯",
        msgid=msgid(rng, "gmail", "gmail.com"),
        order="gmail",
        body=text(plain, cte="base64", q=False))



# 9. Water purifier, multipart/alternative, sent via a compromised shop domain
def s09(rng):
    dt = when(2023, 6, 14, 9, 2, 11)
    plain = """MÁY LỌC NƯỚC RO HYDROGEN ION KIỀM 11 LÕI - GIẢM 45% + TRẢ GÓP 0%

Nguồn nước sinh hoạt nhiễm đá vôi, kim loại nặng, clo dư đang âm thầm ảnh
hưởng đến sức khỏe cả gia đình bạn.

Máy lọc nước Aqualife H11:
- 11 cấp lọc, bổ sung khoáng và Hydrogen, nước uống trực tiếp tại vòi
- Nóng - lạnh - nguội 3 chế độ, tiết kiệm điện
- Bảo hành 36 tháng, thay lõi miễn phí năm đầu
- Lắp đặt tận nhà trong 24h tại Hà Nội và các tỉnh lân cận

Giá niêm yết 12.900.000đ -> CHỈ CÒN 7.090.000đ
Trả góp 0% qua thẻ tín dụng, tặng bộ lõi thay thế trị giá 1.200.000đ

Đặt hàng/tư vấn: 1800 6x4x - Zalo 0965.xx8.21x
"""
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        "<p>%s</p>" % p_.replace("\n", "<br>") for p_ in plain.strip().split("\n\n")) + \
        "<p><a href=\"http://xedapdien-hoangha.vn/wp-content/uploads/aqualife/index.html\">Xem chi tiết sản phẩm</a></p></body></html>\n"
    body = multipart("alternative", [text(plain, cte="8bit"), html(page, cte="quoted-printable")],
                     boundary(rng, "php"))
    return dict(
        date=dt,
        hops=[("xedapdien-hoangha.vn", "192.0.2.156", "cpanel12.hostvn-shared.example", "exim"),
              ("cpanel12.hostvn-shared.example", "192.0.2.156", "mx.bvdk-binhminh.example", "pf")],
        rcpt="khoaduoc@bvdk-binhminh.example",
        **{"from": addr("Aqualife Việt Nam", "wordpress@xedapdien-hoangha.vn")},
        reply="aqualife.vn.sale@gmail.com",
        to=["khoaduoc@bvdk-binhminh.example"],
        subject="Máy lọc nước Hydrogen ion kiềm 11 lõi giảm 45% - trả góp 0%",
        msgid=msgid(rng, "php", "xedapdien-hoangha.vn"),
        mailer="PHPMailer 6.6.0 (WordPress)",
        order="php",
        body=body)


# 10. Printing shop: calendars, gift boxes, catalogues for Tet
def s10(rng):
    dt = when(2025, 10, 28, 14, 33, 9)
    plain = """Kính gửi Quý Công ty,

XƯỞNG IN PHÚC THỊNH nhận in ấn số lượng lớn phục vụ Tết Bính Ngọ 2026:

  - Lịch bloc, lịch để bàn, lịch treo tường 7 tờ in logo doanh nghiệp
  - Hộp quà Tết, túi giấy, thiệp chúc mừng ép kim
  - Catalogue, profile công ty, tờ rơi, standee, phong bì lì xì

Giá xưởng - không qua trung gian. Miễn phí thiết kế, miễn phí giao hàng
nội thành. Đặt trước ngày 15/11 giảm thêm 10%, tặng 200 phong bì lì xì in
logo.

Gửi file/yêu cầu báo giá: inphucthinh.xuong@outlook.com
Điện thoại/Zalo: 0 9 0 4 . 5 x 7 . 8 x 9 (Mr. Thịnh)

Xưởng in Phúc Thịnh - Khu công nghiệp vừa và nhỏ, Từ Liêm, Hà Nội
"""
    return dict(
        date=dt,
        hops=[("TYZPR06MB5123.apcprd06.prod.outlook.com", "2001:db8:7::2", "TYZPR06MB5300.apcprd06.prod.outlook.com", "ex"),
              ("APC01-TYZ-obe.outbound.protection.outlook.com", "198.51.100.116", "mx.dgo-nhattam.example", "pfs")],
        **{"from": addr("Xưởng In Phúc Thịnh", "inphucthinh.xuong@outlook.com")},
        to=["hr@dgo-nhattam.example", "admin@dgo-nhattam.example", "sales@dgo-nhattam.example"],
        subject="Báo giá in lịch Tết 2026, hộp quà, catalogue - giá xưởng, đặt sớm giảm 10%",
        msgid=msgid(rng, "hotmail", "outlook.com"),
        extra=["Content-Language: vi-VN"],
        order="outlook",
        body=text(plain, cte="quoted-printable"))


# 11. Social media engagement selling, full-width / spaced obfuscation
def s11(rng):
    dt = when(2025, 8, 30, 22, 10, 2)
    dom = "tuongtac-sieure.xyz"
    plain = """ＴĂＮＧ ＦＯＬＬＯＷ - ＬＩＫＥ - ＶＩＥＷ giá rẻ nhất thị trường

✅ TikTok: 1.000 follow chỉ 39k - view livestream thật, mắt xem 24/7
✅ Facebook: like page, like bài viết, share, bình luận theo kịch bản
✅ Instagram, YouTube: tăng sub, tăng giờ xem bật kiếm tiền
✅ Nhận nuôi nick, build kênh bán hàng, đánh giá 5 sao Shopee/Google Maps

Không cần mật khẩu - lên đơn sau 5 phút - bảo hành tụt 30 ngày
Đại lý, shop online đăng ký làm CTV chiết khấu thêm 20%

👉 Web: tuongtac-sieure.xyz
👉 T.e.l.e.g.r.a.m: @tuongtac_sieure
👉 Z a l o: 0 3 3 8 . 1 x x . 9 0 x

Gửi bạn mã giảm giá 15%: SIEURE15
"""
    return dict(
        date=dt,
        hops=[("server1.cloudvps.example", "203.0.113.240", "mx.thpt-nguyendu.example", "pf")],
        rcpt="doanthanhnien@thpt-nguyendu.example",
        **{"from": addr("Tăng Tương Tác Siêu Rẻ", "admin@" + dom)},
        to=["doanthanhnien@thpt-nguyendu.example"],
        subject="Tăng follow TikTok 1K chỉ 39k - like, share, view livestream thật",
        msgid=msgid(rng, "bad-nobracket", dom, dt),
        order="gmail",
        body=text(plain, cte="base64", cs="UTF-8"))


# 12. China sourcing / consolidation service, sent from aliyun.com
def s12(rng):
    dt = when(2024, 3, 5, 11, 21, 40, "+0800")
    plain = """Chào anh chị chủ shop!

Bên em là kho Quảng Châu chuyên ORDER HÀNG TRUNG QUỐC - VẬN CHUYỂN CHÍNH NGẠCH
về Việt Nam, nhận đặt hàng trên Taobao, 1688, Tmall, Pinduoduo.

- Phí dịch vụ chỉ từ 1% giá trị đơn, tỷ giá tốt nhất thị trường
- Về Hà Nội 3-5 ngày, về TP.HCM 5-7 ngày
- Cước cân nặng từ 18.000đ/kg, hàng cồng kềnh tính khối
- Kiểm đếm, đóng gỗ, bảo hiểm hàng hóa 100%
- Hỗ trợ tìm nguồn xưởng, phiên dịch, đi chợ đầu mối Quảng Châu
- Có xuất hóa đơn VAT, thông quan chính ngạch cho doanh nghiệp

Tặng 500.000đ phí ship cho đơn đầu tiên!

Liên hệ: Zalo/WeChat 0 9 8 2 . 1 x 3 . 4 x 6 (Ms. Linh - tiếng Việt)
Kho Quảng Châu: Bạch Vân, Quảng Châu
Kho Hà Nội: Long Biên, Hà Nội
"""
    return dict(
        date=dt,
        hops=[("out30-79.freemail.mail.aliyun.com", "198.51.100.79", "mx.shop-thoitrang-mina.example", "pfs")],
        rcpt="mina.shop@shop-thoitrang-mina.example",
        **{"from": addr("Order Hàng Quảng Châu", "linh.ordergz@aliyun.com")},
        to=["mina.shop@shop-thoitrang-mina.example"],
        subject="Order hàng Taobao, 1688 - vận chuyển chính ngạch về VN chỉ từ 18k/kg",
        msgid="<%s.%s@aliyun.com>" % (rng.randint(10**15, 10**16 - 1), rng.randint(100, 999)),
        mailer="Alimail[MailSender 2.0]",
        order="coremail",
        body=text(plain, cte="base64", cs="UTF-8", q=False))


# 13. Study-abroad seminar, multipart/alternative (Apple-style boundary)
def s13(rng):
    dt = when(2025, 3, 26, 16, 0, 5)
    dom = "duhoc-toancau.edu.vn"
    plain = """HỘI THẢO DU HỌC ÚC - CANADA - HÀN QUỐC 2025
Chủ nhật 06/04/2025 - 8h30 - Trung tâm Hội nghị Sông Xanh, Q.1, TP.HCM

- Gặp trực tiếp đại diện 30+ trường đại học, cao đẳng
- Học bổng đến 50% học phí, miễn phí xét hồ sơ tại hội thảo
- Tư vấn visa du học Úc, Canada tỷ lệ đậu 98%
- Du học Hàn Quốc vừa học vừa làm, không chứng minh tài chính

Đăng ký tham dự (miễn phí, tặng voucher 2.000.000đ):
https://duhoc-toancau.edu.vn/hoithao-0604

Hotline: 028.36xx.77xx - 0909.xx1.5x3
"""
    page = """<html><body style="font-family:Helvetica,Arial;font-size:15px;color:#222">
<h2 style="color:#0a58ca">HỘI THẢO DU HỌC ÚC - CANADA - HÀN QUỐC 2025</h2>
<p><b>Chủ nhật 06/04/2025 - 8h30</b><br>Trung tâm Hội nghị Sông Xanh, Q.1, TP.HCM</p>
<ul><li>Gặp trực tiếp đại diện <b>30+ trường</b></li><li>Học bổng đến <b>50%</b> học phí</li>
<li>Tư vấn visa tỷ lệ đậu <b>98%</b></li><li>Du học Hàn Quốc vừa học vừa làm</li></ul>
<p><a href="https://duhoc-toancau.edu.vn/hoithao-0604" style="background:#0a58ca;color:#fff;padding:10px 20px;text-decoration:none">ĐĂNG KÝ THAM DỰ MIỄN PHÍ</a></p>
<p style="color:#777;font-size:12px">Tặng voucher 2.000.000đ cho học sinh đăng ký tại hội thảo.</p>
</body></html>
"""
    body = multipart("alternative", [text(plain, cte="base64"), html(page, cte="base64")],
                     boundary(rng, "apple"))
    return dict(
        date=dt,
        hops=[("mkt." + dom, "192.0.2.190", "mx.thpt-chuyenlequydon.example", "pfs"),
              ("mx.thpt-chuyenlequydon.example", "192.0.2.191", "store.thpt-chuyenlequydon.example", "smtp")],
        **{"from": addr("Du Học Toàn Cầu", "hoithao@" + dom)},
        to=[addr("Phụ huynh học sinh lớp 12", "phuhuynh12@thpt-chuyenlequydon.example")],
        subject="Mời tham dự Hội thảo Du học Úc - Canada - Hàn Quốc 06/04 - học bổng đến 50%",
        msgid=msgid(rng, "bulk", dom, dt),
        extra=[UNSUB % dom, "Precedence: bulk"],
        order="bulk",
        body=body)


# 14. Labour export to Japan, plain without diacritics from yahoo
def s14(rng):
    dt = when(2023, 9, 18, 7, 40, 27)
    plain = """THONG BAO TUYEN GAP 50 LAO DONG DI NHAT BAN - XUAT CANH T12/2023

Don hang: DONG GOI THUC PHAM / CHE BIEN COM HOP tai Aichi, Osaka
- Nam/Nu 18-35 tuoi, tot nghiep THCS tro len, khong can tieng Nhat
- Luong co ban 180.000 Yen/thang (khoang 30 trieu), tang ca 35-40 trieu
- Cong ty Nhat ho tro nha o, bao hiem, ve may bay
- Chi phi tron goi tu 95 trieu, ho tro vay von ngan hang 100%
- Thi tuyen online qua Zoom, do don nhanh trong 7 ngay

Ho so: CCCD, bang tot nghiep, giay kham suc khoe, 4 anh 4x6

LIEN HE NGAY DE GIU SUAT:
Mr Hung: 0 9 7 4 . x x 2 . 6 1 x (Zalo)
Van phong tuyen dung: Cau Giay, Ha Noi

(Email gui den ban vi dia chi cua ban co trong danh ba tuyen dung. Tra loi
"KHONG" de khong nhan them.)
"""
    return dict(
        date=dt,
        hops=[("[198.51.100.33]", "198.51.100.33", "sonic314-13.consmr.mail.sg3.yahoo.com", "smtp"),
              ("sonic314-13.consmr.mail.sg3.yahoo.com", "198.51.100.34", "mx1.nhamay-giayda-thaibinh.example", "pfs"),
              ("mx1.nhamay-giayda-thaibinh.example", "198.51.100.35", "mail.nhamay-giayda-thaibinh.example", "smtp")],
        **{"from": addr("XKLD Nhat Ban", "tuyendung.xkld.nhatban@yahoo.com")},
        to="To: undisclosed-recipients:;",
        subject="TUYEN GAP 50 LD di Nhat - luong 30-40tr/thang - xuat canh T12",
        msgid=msgid(rng, "yahoo", "yahoo.com"),
        mailer="WebService/1.1.21797 YahooMailAndroidMobile",
        order="yahoo",
        body=text(plain, cs="us-ascii", cte="7bit", q=False))


# 15. Website design + SEO, Reply-To elsewhere, sent from yeah.net
def s15(rng):
    dt = when(2026, 3, 3, 10, 14, 55, "+0800")
    page = """<div style="font-family:Arial;font-size:14px">
<p>Chào anh/chị,</p>
<p>Em là Minh từ <b>WebPro Việt</b>. Em thấy website của công ty mình <u>chưa hiển thị trên trang 1 Google</u> với các từ khóa ngành. Bên em đang có gói:</p>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr><td>Thiết kế website chuẩn SEO, giao diện mobile</td><td><b>3.900.000đ</b></td></tr>
<tr><td>SEO top 10 Google 20 từ khóa (cam kết hoàn tiền)</td><td><b>5.500.000đ/tháng</b></td></tr>
<tr><td>Quảng cáo Google Ads, Facebook Ads trọn gói</td><td>phí quản lý 10%</td></tr>
</table>
<p>Tặng tên miền .vn + hosting 1 năm + 5 email theo tên miền.</p>
<p>Anh/chị trả lời email này hoặc nhắn Zalo <b>0 3 9 2 . x 1 x . 7 7 8</b> để nhận báo giá chi tiết ạ.</p>
<p>Minh - WebPro Việt</p>
</div>
"""
    return dict(
        date=dt,
        hops=[("yeah.net", "203.0.113.104", "mx.nhakhoa-sangviet.example", "pfs")],
        rcpt="lienhe@nhakhoa-sangviet.example",
        **{"from": addr("WebPro Viet", "webproviet_seo@yeah.net")},
        reply="minh.webproviet@gmail.com",
        to=["lienhe@nhakhoa-sangviet.example"],
        subject="Website công ty mình chưa lên top Google? Gói SEO cam kết hoàn tiền",
        msgid=msgid(rng, "coremail", "yeah.net", user="webproviet_seo"),
        mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        extra=["X-Priority: 3", "X-Originating-IP: [203.0.113.104]", "X-Coremail-Locale: en_US"],
        order="coremail",
        body=html(page, cte="base64", cs="UTF-8"))


MESSAGES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10,
            s11, s12, s13, s14, s15]
