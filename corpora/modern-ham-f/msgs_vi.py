"""The 20 Vietnamese messages (f01-f20).

Receiving organisations (all fictional): Văn phòng HĐND và UBND quận Hòa An
(ubnd-hoaan.example), Trường THPT Nguyễn Du (thpt-nguyendu.example) and
Công ty TNHH Thương mại Minh Phát (minhphat-trading.example).
"""

import senders as S
from mailkit import (addr, addrs, attachment, esc, html_paras, jpg_bytes, multipart,
                     pdf_bytes, render_message, text_part, when, xlsx_bytes, alnum, hexs)

UB = "ubnd-hoaan.example"
TH = "thpt-nguyendu.example"
MP = "minhphat-trading.example"

MSGS = []


def message(fn):
    MSGS.append(fn)
    return fn


def gm_html(text, quote_html=""):
    """Gmail-web style HTML for a plain-text body."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "".join(out) + "</div>" + quote_html + "\n"


def gm_quote(attr, text):
    lines = "<br>\n".join(esc(x) for x in text.strip("\n").split("\n"))
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), lines))


def gm_alt(c, text, html, cte="quoted-printable"):
    return multipart("alternative", [
        text_part(text, "plain", cte=cte, label="UTF-8"),
        text_part(html, "html", cte=cte, label="UTF-8"),
    ], S.gmail_boundary(c.rng))


def gm_att(c, data, ctype, name):
    x = "f_" + alnum(c.rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
    return attachment(data, ctype, name, style="ew", cid=x, xatt=x)


# ---------------------------------------------------------------------------
# f01  weekend plans, Gmail web, typed without diacritics, teen-code, 7bit
# ---------------------------------------------------------------------------

@message
def f01():
    c = S.Ctx(1, "ubnd", "namlh@" + UB, when(2023, 6, 14, 21, 37, 5))
    me = "dangtuananh.dn92@gmail.com"
    text = """Nam oi,

Cuoi tuan nay (CN 18/6) tui voi thang Khoa tinh len ban dao Son Tra cam trai 1 dem, ong di ko? Di xe may, 6h sang thu 7 xuat phat tu nha tui o Le Duan, chieu CN ve.

Do an tui lo het, ong mang theo cai leu 2 nguoi voi cai den pin nha. Nho mang kem chong muoi, lan truoc bi muoi dot qua troi luon =))
Thang Khoa noi co con ca dem luoi, ai thich thi mang can cau theo.

Neu di dc thi rep tui truoc toi thu 6 de tui dang ky cho o bai Bien Bac nha, cuoi tuan dong lam. Ko di dc cung bao 1 tieng nha :v

Tks ong!
T.Anh
"""
    f = {"from": addr("Tuan Anh Dang", me), "envelope": me, "to": "namlh@" + UB,
         "subject": "cuoi tuan nay di Son Tra ko?", "date": c.t0}
    hs = S.gmail(c, f)
    body = multipart("alternative", [
        text_part(text, "plain", cte="7bit", label="UTF-8"),
        text_part(gm_html(text), "html", cte="7bit", label="UTF-8"),
    ], S.gmail_boundary(c.rng))
    # Gmail omits Content-Transfer-Encoding for pure ASCII parts
    for p in body.parts:
        p.headers = [h for h in p.headers if h[0] != "Content-Transfer-Encoding"]
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f02  wedding invitation, Yahoo Mail, with invitation card JPG
# ---------------------------------------------------------------------------

@message
def f02():
    c = S.Ctx(2, "ubnd", "hantt@" + UB, when(2023, 11, 2, 20, 14, 33))
    me = "myduyen_truong@yahoo.com"
    text = """Hà thân mến,

Lâu rồi không gặp, dạo này Hà với bé Su khỏe không? Duyên báo tin vui nè: Duyên với anh Khang sẽ tổ chức lễ thành hôn vào cuối tháng 11 này. Thiệp mời Duyên gửi trong file đính kèm, Hà xem giúp nha.

Tiệc cưới: 11h00 thứ Bảy, ngày 25/11/2023 (nhằm ngày 13 tháng 10 năm Quý Mão)
Địa điểm: Trung tâm tiệc cưới Hoa Sen, sảnh Ngọc Lan, đường 2 Tháng 9, Hải Châu, Đà Nẵng

Lễ vu quy làm ở nhà Duyên dưới Tam Kỳ sáng hôm trước, chỉ có họ hàng hai bên thôi nên Duyên không mời rộng.

Hà nhớ sắp xếp tới chung vui với vợ chồng Duyên nha, rủ anh Tài đi cùng luôn cho vui. Hồi đại học tụi mình hứa đứa nào cưới trước thì đứa kia làm phù dâu, giờ Hà có gia đình rồi nên Duyên miễn cho đó, chỉ cần tới là vui lắm rồi :)

Thương,
Duyên
"""
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">'
            + html_paras(text, "div") + "</div></body></html>\n")
    f = {"from": addr("Trương Mỹ Duyên", me), "envelope": me,
         "to": addr("Nguyễn Thị Thu Hà", "hantt@" + UB),
         "subject": "Thiệp mời cưới Duyên & Khang - 25/11/2023", "date": c.t0}
    hs = S.yahoo(c, f)
    alt = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="UTF-8"),
        text_part(html, "html", cte="quoted-printable", label="UTF-8"),
    ], S.yahoo_boundary(c.rng, c.t0))
    jpg = jpg_bytes(96, 136, "Thiep cuoi Duyen Khang", level=5)
    att = attachment(jpg, "image/jpeg", "thiep-cuoi-Duyen-Khang.jpg", style="ascii",
                     extra=[("Content-ID", "<%s@yahoo.com>" % hexs(c.rng, 16))])
    body = multipart("mixed", [alt, att], S.yahoo_boundary(c.rng, c.t0))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f03  condolences, Outlook.com web
# ---------------------------------------------------------------------------

@message
def f03():
    c = S.Ctx(3, "ubnd", "baotq@" + UB, when(2024, 3, 13, 14, 26, 51))
    me = "hieu.nguyenvan88@outlook.com"
    text = """Anh Bảo kính mến,

Em vừa nghe chị Hà báo tin bác trai đã mất sáng nay. Em thật sự rất bất ngờ và xúc động. Em xin thành kính chia buồn cùng anh và toàn thể gia đình.

Hôm nay em đang đi với đoàn kiểm tra ở Hội An nên chưa về kịp để thắp cho bác nén nhang. Chiều mai (thứ Năm) về tới em sẽ cùng anh em trong phòng qua nhà viếng bác.

Mong anh và gia đình giữ gìn sức khỏe, vững vàng vượt qua nỗi đau này. Có việc gì cần em phụ (trực tang, đón khách, lo xe cộ...) anh cứ nhắn em nha.

Cầu mong bác an nghỉ nơi cõi vĩnh hằng.

Em Hiếu
"""
    paras = "".join(
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
        'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
        % (esc(l) if l.strip() else "<br>") for l in text.strip().split("\n"))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + paras + '</body>\n</html>\n')
    f = {"from": addr("Nguyễn Văn Hiếu", me), "envelope": me,
         "to": addr("Trần Quốc Bảo", "baotq@" + UB),
         "subject": "Chia buồn cùng anh Bảo và gia đình", "date": c.t0}
    hs = S.outlookcom(c, f)
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="utf-8"),
        text_part(html, "html", cte="quoted-printable", label="utf-8"),
    ], S.outlook_boundary(c))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f04  a parent writes to the form teacher, iPhone Mail through Gmail
# ---------------------------------------------------------------------------

@message
def f04():
    c = S.Ctx(4, "thpt", "lanpt@" + TH, when(2023, 9, 19, 6, 48, 12))
    me = "kimoanh.huynh79@gmail.com"
    text = """Kính gửi cô Lan,

Em là mẹ của cháu Lê Minh Khôi, lớp 11A3. Tối qua cháu bị sốt cao gần 39 độ, sáng sớm nay gia đình đưa cháu đi khám thì bác sĩ nói cháu bị sốt xuất huyết, phải theo dõi thêm vài ngày. Em viết mail xin phép cô cho cháu nghỉ học từ hôm nay (thứ Ba 19/9) đến hết thứ Sáu 22/9 ạ. Giấy khám bệnh em sẽ gửi cô khi cháu đi học lại.

Cô cho em hỏi thêm: tuần sau lớp có bài kiểm tra thường xuyên môn Toán với Hóa không cô? Nếu cháu lỡ bài kiểm tra thì có được làm bù không, để em nhắc cháu ở nhà xem lại bài.

Em cảm ơn cô nhiều ạ.

Phụ huynh em Minh Khôi
Huỳnh Thị Kim Oanh
ĐT: 0905 318 642

Gửi từ iPhone của tôi
"""
    f = {"from": addr("Huỳnh Thị Kim Oanh", me, mode="Q", label="utf-8"), "envelope": me,
         "to": addr("Cô Phạm Thị Lan", "lanpt@" + TH, mode="Q", label="utf-8"),
         "subject": "Xin phép cho cháu Minh Khôi lớp 11A3 nghỉ học", "date": c.t0,
         "mailer": "iPhone Mail (20G75)"}
    hs = S.gmail(c, f, iphone=True, hcs=("utf-8", "Q", "utf-8"), extra=())
    body = text_part(text, "plain", cte="quoted-printable", label="utf-8", quote_charset=False)
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f05  short "đã nhận" reply quoting the original, Gmail web
# ---------------------------------------------------------------------------

@message
def f05():
    c = S.Ctx(5, "ubnd", "hantt@" + UB, when(2024, 6, 13, 8, 41, 27))
    me = "tungpt.tnmt@gmail.com"
    orig_id = "<%s.%s@%s>" % (hexs(c.rng, 8), hexs(c.rng, 6), UB)
    text = """Dạ em đã nhận được file rồi chị ạ. Em rà soát phần số liệu của phòng và gửi lại chị trước 16h thứ Sáu.

Em Tùng
"""
    attr = "Vào Th 4, 12 thg 6, 2024 vào lúc 16:52 Nguyễn Thị Thu Hà <hantt@%s> đã viết:" % UB
    quoted = """Chào các phòng,

Văn phòng gửi dự thảo Báo cáo sơ kết công tác 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024 (file đính kèm).
Đề nghị các phòng, ban rà soát, bổ sung số liệu thuộc lĩnh vực phụ trách, gửi lại Văn phòng trước 16h00 ngày 14/6/2024 để tổng hợp trình Thường trực UBND quận.

Trân trọng.
--
Nguyễn Thị Thu Hà
Văn phòng HĐND và UBND quận Hòa An
"""
    plain = text + "\n" + attr + "\n" + "".join("> " + l + "\n" if l else ">\n" for l in quoted.strip().split("\n"))
    html = gm_html(text, gm_quote(attr, quoted))
    f = {"from": addr("Phan Thanh Tùng", me), "envelope": me,
         "to": addr("Nguyễn Thị Thu Hà", "hantt@" + UB),
         "subject": "Re: Gửi dự thảo báo cáo sơ kết 6 tháng đầu năm 2024", "plain_prefix": True,
         "irt": orig_id, "refs": orig_id, "date": c.t0}
    hs = S.gmail(c, f)
    return render_message(hs, gm_alt(c, plain, html))


# ---------------------------------------------------------------------------
# f06  CV for an advertised job, Gmail web, PDF attached
# ---------------------------------------------------------------------------

@message
def f06():
    c = S.Ctx(6, "minhphat", "tuyendung@" + MP, when(2024, 7, 15, 22, 5, 40))
    me = "tranthimai.kt2001@gmail.com"
    text = """Kính gửi Phòng Hành chính - Nhân sự Công ty TNHH Thương mại Minh Phát,

Em tên là Trần Thị Mai, tốt nghiệp ngành Kế toán, Trường Đại học Kinh tế - Đại học Đà Nẵng năm 2023. Qua tin tuyển dụng đăng trên TopCV ngày 08/7, em được biết Quý Công ty đang tuyển Nhân viên kế toán kho. Em xin gửi hồ sơ ứng tuyển vị trí này.

Hơn một năm qua, em làm kế toán kho tại một công ty phân phối vật liệu xây dựng ở quận Liên Chiểu: theo dõi nhập - xuất - tồn, đối chiếu công nợ với nhà cung cấp và lập phiếu kho trên phần mềm MISA SME. Em sử dụng thành thạo Excel (VLOOKUP, SUMIFS, Pivot Table) và có chứng chỉ tiếng Anh B1.

Em gửi kèm CV chi tiết. Nếu được nhận, em có thể bắt đầu công việc sau 2 tuần để bàn giao việc ở công ty cũ. Rất mong nhận được phản hồi và có cơ hội phỏng vấn với Quý Công ty.

Em xin chân thành cảm ơn.

Trân trọng,
Trần Thị Mai
SĐT: 0935 207 461
"""
    pdf = pdf_bytes(["TRAN THI MAI", "Nhan vien ke toan kho", "Email: tranthimai.kt2001@gmail.com",
                     "Hoc van: Dai hoc Kinh te - DH Da Nang, nganh Ke toan (2019-2023)",
                     "Kinh nghiem: 08/2023 - nay: ke toan kho, cong ty VLXD (Lien Chieu)",
                     "Ky nang: MISA SME, Excel, tieng Anh B1"], title="CV Tran Thi Mai")
    f = {"from": addr("Mai Trần", me), "envelope": me,
         "to": "tuyendung@" + MP,
         "subject": "Ứng tuyển vị trí Nhân viên kế toán kho - Trần Thị Mai", "date": c.t0}
    hs = S.gmail(c, f)
    body = multipart("mixed", [gm_alt(c, text, gm_html(text)),
                               gm_att(c, pdf, "application/pdf", "CV_TranThiMai_KeToanKho.pdf")],
                     S.gmail_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f07  Tết greetings from a retired teacher, Yahoo Mail
# ---------------------------------------------------------------------------

@message
def f07():
    c = S.Ctx(7, "thpt", "thangvd@" + TH, when(2025, 1, 25, 9, 12, 4))
    me = "thuan_nd1958@yahoo.com"
    text = """Thân gửi Thắng và các thầy cô tổ Toán,

Năm cũ sắp qua, năm mới Ất Tỵ đang về. Thầy gửi lời chúc Tết đến Thắng và toàn thể anh chị em trong tổ: năm mới sức khỏe dồi dào, gia đình bình an, công tác thuận lợi, học trò chăm ngoan và đạt nhiều thành tích.

Năm nay thầy đã bước sang tuổi 67, sức khỏe cũng tạm ổn, sáng nào cũng đi bộ quanh hồ với mấy ông bạn hưu. Cô nhà thầy dạo này hay đau khớp gối nên ít đi đâu xa. Tết này các cháu ở Sài Gòn về đông đủ, nhà cửa vui hẳn lên.

Hôm trước nghe tin trường mình có em Quỳnh lớp 12 đạt giải Nhì môn Toán kỳ thi học sinh giỏi quốc gia, thầy mừng lắm. Chúc mừng tổ mình nhé. Hồi thầy còn ở tổ, phấn đấu mấy năm mới có được một giải Khuyến khích.

Mùng 4 Tết nếu anh em có ghé thì thầy rất vui, nhà vẫn ở chỗ cũ, đường Trần Cao Vân.

Thân mến,
Thầy Thuận
(Nguyễn Đình Thuận - nguyên tổ trưởng tổ Toán)
"""
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:times new roman, '
            'new york, times, serif;font-size:16px;">' + html_paras(text, "div") + "</div></body></html>\n")
    f = {"from": addr("Nguyen Dinh Thuan", me), "envelope": me,
         "to": addr("Võ Đức Thắng", "thangvd@" + TH),
         "cc": addrs([("", "lanpt@" + TH), ("", "toantin@" + TH)]),
         "subject": "Chúc Tết Ất Tỵ 2025", "date": c.t0}
    hs = S.yahoo(c, f, hcs=("utf-8", "Q", "UTF-8"))
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="UTF-8"),
        text_part(html, "html", cte="quoted-printable", label="UTF-8"),
    ], S.yahoo_boundary(c.rng, c.t0))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f08  alumni association (hội cựu học sinh) invitation, Gmail web, HTML-rich
# ---------------------------------------------------------------------------

@message
def f08():
    c = S.Ctx(8, "thpt", "thangvd@" + TH, when(2025, 5, 3, 10, 2, 18))
    me = "chs.nguyendu.0205@gmail.com"
    text = """Kính gửi thầy Võ Đức Thắng,

Thấm thoát đã 20 năm kể từ ngày lứa học trò khóa 2002 - 2005 chúng em rời mái trường THPT Nguyễn Du. Ban liên lạc cựu học sinh khóa 2002 - 2005 trân trọng kính mời thầy đến dự buổi họp mặt kỷ niệm 20 năm ra trường:

- Thời gian: 8h00 sáng Chủ nhật, ngày 06/7/2025
- Buổi sáng: thăm trường, dâng hương tại phòng truyền thống, giao lưu với thầy cô tại hội trường nhà A
- Buổi trưa: tiệc thân mật tại nhà hàng Biển Đông, đường Nguyễn Tất Thành

Ban liên lạc bố trí xe đón thầy cô tại nhà nếu thầy cô có nhu cầu. Thầy vui lòng trả lời mail này hoặc nhắn Zalo cho bạn Ngọc (lớp 12A1, 0914 562 380) trước ngày 20/6 để tụi em sắp xếp.

Kèm theo đây là thông báo gửi các bạn cựu học sinh (thầy cô không cần đóng góp, thầy có thể bỏ qua phần này):
Mỗi bạn đóng góp 500.000đ để tổ chức họp mặt và làm quà tri ân thầy cô, chuyển khoản về tài khoản của thủ quỹ:
  STK 0041000312458 - Vietcombank - NGUYEN THI BICH NGOC
  Nội dung: Ten - Lop - dong gop hop mat 20 nam
Sau buổi họp mặt, ban liên lạc sẽ gửi bảng thu chi chi tiết vào nhóm chung của khóa.

Kính chúc thầy và gia đình sức khỏe, mong sớm gặp lại thầy!

Thay mặt Ban liên lạc
Trần Hữu Phước (12A2, khóa 2002 - 2005)
"""
    h = []
    for line in text.strip().split("\n"):
        if line.startswith("- "):
            h.append('<div><span style="color:rgb(11,83,148)">&#9679;</span> %s</div>' % esc(line[2:]))
        elif line.startswith("  STK") or line.startswith("  Nội dung"):
            h.append('<div style="margin-left:40px"><b>%s</b></div>' % esc(line.strip()))
        elif line.startswith("Thấm thoát"):
            h.append('<div><font color="#0b5394"><b>%s</b></font></div>' % esc(line))
        else:
            h.append("<div>%s</div>" % esc(line) if line.strip() else "<div><br></div>")
    html = '<div dir="ltr">' + "\n".join(h) + "</div>\n"
    f = {"from": addr("Ban liên lạc CHS Nguyễn Du 2002-2005", me), "envelope": me,
         "to": addr("Thầy Võ Đức Thắng", "thangvd@" + TH),
         "subject": "[CHS Nguyễn Du 2002-2005] Thư mời dự họp mặt kỷ niệm 20 năm ra trường",
         "date": c.t0}
    hs = S.gmail(c, f)
    return render_message(hs, gm_alt(c, text, html, cte="base64"))


# ---------------------------------------------------------------------------
# f09  colleague collects money for the 20/10 gift ("chuyển khoản 200k")
# ---------------------------------------------------------------------------

@message
def f09():
    c = S.Ctx(9, "ubnd", "namlh@" + UB, when(2024, 10, 14, 9, 55, 2))
    me = "vudinhcong.dn@gmail.com"
    text = """Hi các anh em,

Sắp 20/10 rồi, như mọi năm anh em mình góp tiền tặng hoa + quà cho 7 chị em trong Văn phòng nha. Năm nay mỗi người 200k, dự kiến mua 7 bó hoa nhỏ + voucher spa, đặt thêm cái bánh kem. Chiều thứ Sáu 18/10 tặng luôn ở phòng họp tầng 2 sau giờ giao ban (20/10 năm nay rơi vào Chủ nhật).

Ai tiện thì chuyển khoản giúp mình 200k vào STK 19035521880017 - Techcombank - DINH CONG VU, nội dung "ten + qua 20/10". Ai muốn đưa tiền mặt thì gửi mình ở phòng 204 cũng được.
Hạn chót trưa thứ Năm 17/10 nha, để chiều mình còn đi đặt hoa.

Danh sách ai đã góp mình cập nhật trong nhóm Zalo "Anh em VP". Nhớ giữ bí mật với các chị em nha :D

Thanks cả nhà!
Vũ
"""
    to = addrs([("", "namlh@" + UB), ("", "baotq@" + UB), ("", "khoapd@" + UB),
                ("", "tuanlv@" + UB), ("", "sonnh@" + UB)])
    f = {"from": addr("Vũ Đinh Công", me), "envelope": me, "to": to,
         "subject": "[Anh em VP] góp tiền quà 20/10 cho chị em", "plain_prefix": True, "date": c.t0}
    hs = S.gmail(c, f)
    return render_message(hs, gm_alt(c, text, gm_html(text)))


# ---------------------------------------------------------------------------
# f10  printing shop quotation (free-mail), XLSX attached
# ---------------------------------------------------------------------------

@message
def f10():
    c = S.Ctx(10, "minhphat", "anh.bn@" + MP, when(2023, 8, 8, 15, 31, 9))
    me = "inthanhdat.dn@gmail.com"
    text = """Chào chị Ánh,

Bên em gửi chị báo giá in ấn cho hội nghị khách hàng theo trao đổi qua điện thoại sáng nay:

1. Catalogue A4, 16 trang, ruột couche 150gsm, bìa couche 250gsm cán mờ: 500 cuốn x 28.500đ = 14.250.000đ
2. Standee chân sắt 60x160cm, in PP cán màng: 4 cái x 350.000đ = 1.400.000đ
3. Backdrop sân khấu 6x3m, in bạt Hiflex (đã gồm khung): 1.620.000đ
4. Thiệp mời 2 mặt, giấy mỹ thuật, kèm phong bì: 300 bộ x 9.000đ = 2.700.000đ

Tổng cộng: 19.970.000đ (chưa bao gồm VAT 8%)

Thời gian hoàn thành: 5 ngày làm việc kể từ khi chị duyệt maquette. Giao hàng miễn phí trong nội thành Đà Nẵng.
Chi tiết em để trong file Excel đính kèm. Chị xem, cần điều chỉnh số lượng hay chất liệu thì báo em nhé. Nếu chị cần, em mang mẫu giấy qua văn phòng cho chị xem trực tiếp.

Trân trọng,
Lê Văn Đạt
In ấn Thành Đạt - 145 Tôn Đức Thắng, Liên Chiểu, Đà Nẵng
Hotline/Zalo: 0905 774 219
"""
    rows = [["BÁO GIÁ IN ẤN - CÔNG TY TNHH TM MINH PHÁT"], ["Ngày: 08/08/2023"], [],
            ["STT", "Hạng mục", "Quy cách", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
            [1, "Catalogue A4 16 trang", "Ruột couche 150gsm, bìa 250gsm cán mờ", "cuốn", 500, 28500, 14250000],
            [2, "Standee chân sắt", "60x160cm, in PP cán màng", "cái", 4, 350000, 1400000],
            [3, "Backdrop sân khấu", "6x3m, bạt Hiflex, gồm khung", "tấm", 1, 1620000, 1620000],
            [4, "Thiệp mời + phong bì", "2 mặt, giấy mỹ thuật", "bộ", 300, 9000, 2700000],
            [], ["", "Tổng cộng (chưa VAT)", "", "", "", "", 19970000],
            ["", "Thời gian: 5 ngày làm việc sau khi duyệt maquette"]]
    f = {"from": addr("In ấn Thành Đạt", me), "envelope": me,
         "to": addr("Bùi Ngọc Ánh", "anh.bn@" + MP),
         "subject": "Báo giá in catalogue, standee, backdrop - Cty Minh Phát", "date": c.t0}
    hs = S.gmail(c, f)
    body = multipart("mixed", [
        gm_alt(c, text, gm_html(text)),
        gm_att(c, xlsx_bytes(rows, "Bao gia"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "Báo giá in ấn Minh Phát 08-08.xlsx")], S.gmail_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f11  caterer confirms the year-end banquet, Outlook desktop, small domain
# ---------------------------------------------------------------------------

def mso_html(text, font="Times New Roman", size="13.0pt"):
    ps = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            ps.append('<p class=MsoNormal><span style=\'font-size:%s;font-family:"%s",serif\'>%s<o:p></o:p></span></p>'
                      % (size, font, esc(line)))
        else:
            ps.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>' + "\n".join(ps) + "</div></body></html>\n")


@message
def f11():
    c = S.Ctx(11, "minhphat", "anh.bn@" + MP, when(2024, 1, 15, 10, 47, 36))
    dom = "bepviet-catering.example"
    me = "nhung.nth@" + dom
    text = """Kính gửi chị Bùi Ngọc Ánh – Phòng HCNS Công ty TNHH Thương mại Minh Phát,

Bếp Việt Catering xin cảm ơn Quý Công ty đã tin tưởng đặt tiệc. Chúng tôi xin xác nhận lại thông tin tiệc tất niên như sau:

- Thời gian: 18h00 thứ Sáu, ngày 26/01/2024
- Địa điểm: sân thượng tòa nhà văn phòng Công ty (bên em lo bàn ghế, khăn trải, rạp che và âm thanh cơ bản)
- Số lượng: 12 bàn x 10 người (chốt số lượng cuối cùng trước 2 ngày, tăng/giảm không quá 1 bàn)
- Thực đơn 3.200.000đ/bàn:
  + Súp hải sản
  + Gỏi ngó sen tôm thịt
  + Gà ta hấp lá chanh
  + Bò nướng lá lốt
  + Cá chẽm hấp xì dầu
  + Lẩu Thái hải sản
  + Trái cây tráng miệng
  Đồ uống (nước ngọt, bia) tính theo thực tế sử dụng.
- Tổng giá trị tạm tính: 38.400.000đ (đã gồm phục vụ, chưa gồm VAT)

Để giữ lịch, Quý Công ty vui lòng đặt cọc 30% là 11.520.000đ trước ngày 19/01/2024 vào tài khoản:
Công ty TNHH Dịch vụ Ẩm thực Bếp Việt
STK: 118002766435 - VietinBank chi nhánh Đà Nẵng
Nội dung: Minh Phat coc tiec 26/01

Phần còn lại Quý Công ty thanh toán sau tiệc, khi bên em xuất hóa đơn GTGT. Nếu chị muốn nếm thử món trước, chị hẹn em lịch nhé.

Trân trọng,
Nguyễn Thị Hồng Nhung
Chuyên viên tư vấn tiệc
Bếp Việt Catering | 0236 3 888 512 | www.bepviet-catering.example
"""
    hops = [("DESKTOP-HN7Q2LK", "unknown", "14.236.%d.%d" % (c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "sv61.vhost.bepviet-catering.example", "with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)",
             "\n\t(envelope-from <%s>)\n\tid %s-%s-%s" % (me, alnum(c.rng, 6), alnum(c.rng, 6), alnum(c.rng, 2)), 2, 7)]
    f = {"from": addr("Bếp Việt Catering - Hồng Nhung", me), "envelope": me,
         "to": addr("Bùi Ngọc Ánh", "anh.bn@" + MP),
         "cc": "sales@" + dom,
         "subject": "Xác nhận đặt tiệc tất niên - Công ty Minh Phát - 26/01/2024", "date": c.t0,
         "out_ip": "198.51.100.%d" % c.rng.randrange(2, 250)}
    extra = [("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", "AQH" + alnum(c.rng, 25) + "=="), ("Content-Language", "vi")]
    hs = S.relay(c, f, hops, extra=extra, msgid=S.outlook_desktop_msgid(c.rng, dom),
                 dkim_d=dom, dkim_s="default",
                 order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "*"])
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="utf-8"),
        text_part(mso_html(text), "html", cte="quoted-printable", label="utf-8"),
    ], S.outlook_desktop_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f12  carpenter's invoice, bank details explicitly unchanged, PDF attached
# ---------------------------------------------------------------------------

@message
def f12():
    c = S.Ctx(12, "thpt", "ketoan@" + TH, when(2025, 4, 14, 19, 20, 44))
    me = "xuongmoctuhoa@gmail.com"
    text = """Chào cô Hạnh,

Xưởng mộc Tư Hòa gửi cô hóa đơn tiền làm kệ sách cho thư viện trường (file PDF đính kèm), chi tiết:
- 6 kệ sách gỗ xoan đào 2 mặt, KT 200x180x60cm: 6 x 4.800.000 = 28.800.000đ
- 2 bàn đọc dài 240x80cm: 2 x 3.500.000 = 7.000.000đ
- Sơn PU, vận chuyển, lắp đặt: miễn phí
Tổng cộng: 35.800.000đ (Ba mươi lăm triệu tám trăm nghìn đồng)

Bên em đã lắp xong hôm thứ Bảy, thầy Quang hiệu phó với cô Thảo thư viện đã kiểm tra và ký biên bản nghiệm thu rồi.

Số tài khoản của xưởng vẫn như cũ, không thay đổi so với lần làm tủ hồ sơ năm ngoái:
   Chủ TK: TRAN VAN HOA
   STK: 5601205088123 - Agribank chi nhánh Bình Sơn
Khi nào nhà trường thanh toán thì cô chuyển khoản giúp em. Có gì cần hỏi cô gọi em số 0913 446 208 nha.

Cảm ơn cô!
Trần Văn Hòa (Tư Hòa)
Xưởng mộc Tư Hòa
"""
    pdf = pdf_bytes(["XUONG MOC TU HOA", "HOA DON BAN HANG - So 0415/2025", "Khach hang: Truong THPT Nguyen Du",
                     "1. Ke sach go xoan dao 2 mat 200x180x60cm   6 x 4.800.000 = 28.800.000",
                     "2. Ban doc 240x80cm                         2 x 3.500.000 =  7.000.000",
                     "Tong cong: 35.800.000 VND",
                     "Chu TK: TRAN VAN HOA - STK 5601205088123 - Agribank"], title="Hoa don 0415-2025")
    f = {"from": addr("Xưởng Mộc Tư Hòa", me), "envelope": me,
         "to": addr("Ngô Thị Hạnh", "ketoan@" + TH),
         "cc": "quangpv@" + TH,
         "subject": "Hóa đơn kệ sách thư viện - Xưởng mộc Tư Hòa", "date": c.t0}
    hs = S.gmail(c, f)
    body = multipart("mixed", [gm_alt(c, text, gm_html(text)),
                               gm_att(c, pdf, "application/pdf", "HoaDon_KeSach_ThuVien_0415.pdf")],
                     S.gmail_boundary(c.rng))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f13  local travel agency: itinerary for the office trip, HTML only
# ---------------------------------------------------------------------------

@message
def f13():
    c = S.Ctx(13, "ubnd", "baotq@" + UB, when(2024, 5, 7, 16, 3, 55))
    dom = "hanhtrinhviet-travel.example"
    me = "booking@" + dom
    days = [
        ("NGÀY 1 (14/6): ĐÀ NẴNG - QUY NHƠN", [
            "05h30: Xe và hướng dẫn viên đón đoàn tại UBND quận Hòa An, khởi hành đi Quy Nhơn.",
            "Ăn sáng tại Tam Kỳ. Trưa dùng cơm tại Quảng Ngãi.",
            "15h00: Đến Quy Nhơn, nhận phòng khách sạn 3 sao gần biển Xuân Diệu.",
            "Chiều tự do tắm biển. Tối ăn hải sản, dạo phố, thưởng thức bánh xèo tôm nhảy."]),
        ("NGÀY 2 (15/6): KỲ CO - EO GIÓ", [
            "07h00: Ăn sáng, đi cano ra Kỳ Co, tắm biển, lặn ngắm san hô ở Bãi Dứa.",
            "Trưa ăn hải sản tại nhà bè. Chiều tham quan Eo Gió, Tịnh xá Ngọc Hòa.",
            "19h00: Gala dinner và giao lưu văn nghệ tại nhà hàng khách sạn."]),
        ("NGÀY 3 (16/6): QUY NHƠN - ĐÀ NẴNG", [
            "07h30: Ăn sáng, trả phòng. Tham quan Tháp Đôi, mua đặc sản chả cá, nem chợ Huyện.",
            "Trưa dùng cơm tại Quảng Ngãi. Khoảng 18h30 về đến Đà Nẵng, kết thúc chương trình."]),
    ]
    rows = "".join(
        '<tr><td style="background:#e8f4ea;padding:8px;font-weight:bold;color:#1d6b34">%s</td></tr>'
        '<tr><td style="padding:6px 8px 12px 8px">%s</td></tr>\n'
        % (esc(t), "<br>".join(esc(x) for x in items)) for t, items in days)
    html = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>Chương trình tham quan</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Kính gửi anh Trần Quốc Bảo - Công đoàn cơ sở Văn phòng HĐND và UBND quận Hòa An,</p>
<p>Hành Trình Việt Travel cảm ơn anh đã quan tâm. Theo trao đổi hôm thứ Sáu, bên em gửi lại chương trình tham quan
<b>Quy Nhơn - Kỳ Co - Eo Gió 3 ngày 2 đêm</b> cho đoàn <b>35 khách</b>, khởi hành <b>thứ Sáu 14/6/2024</b>.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #cfe3d4;max-width:640px">
""" + rows + """</table>
<p><b>Giá trọn gói: 2.650.000đ/khách</b> (đoàn 35 khách, tổng 92.750.000đ).<br>
<u>Bao gồm:</u> xe 45 chỗ đời mới, khách sạn 3 sao (2 khách/phòng), các bữa ăn theo chương trình, cano Kỳ Co,
vé tham quan, hướng dẫn viên, bảo hiểm du lịch mức 50.000.000đ/khách, nước suối 2 chai/ngày.<br>
<u>Không bao gồm:</u> VAT, chi phí cá nhân, đồ uống trong các bữa ăn.</p>
<p>Đoàn xác nhận trước ngày 24/5 để bên em giữ phòng cuối tuần. Hợp đồng và phương thức thanh toán
bên em sẽ gửi sau khi công đoàn duyệt chương trình. Nếu anh muốn đổi khách sạn 4 sao hoặc thêm
hoạt động teambuilding trên bãi biển, em gửi lại báo giá điều chỉnh.</p>
<p>Trân trọng,<br><b>Lương Thị Diễm My</b><br>Điều hành tour - Hành Trình Việt Travel<br>
Hotline: 0935 660 418 | Web: hanhtrinhviet-travel.example</p>
</body></html>
"""
    hops = [(None, None, None, "web01.%s" % dom, "(Postfix, from userid 33)",
             " id %s" % hexs(c.rng, 10, upper=True), 0, 7),
            ("web01.%s" % dom, "web01.%s" % dom, "10.10.0.11", "mail.%s" % dom,
             "(Postfix) with ESMTP", " id %s" % hexs(c.rng, 10, upper=True), 1, 7)]
    f = {"from": addr("Hành Trình Việt Travel", me), "envelope": me,
         "to": addr("Trần Quốc Bảo", "baotq@" + UB),
         "reply_to": addr("Diễm My - Hành Trình Việt", "diemmy@" + dom),
         "subject": "Chương trình tham quan Quy Nhơn 3N2Đ - Đoàn CĐCS UBND quận Hòa An (14-16/6)",
         "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s@%s>" % (alnum(c.rng, 43), "web01." + dom),
                 extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
                 order=["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "*"], dkim_d=dom,
                 dkim_s="mail")
    return render_message(hs, text_part(html, "html", cte="base64", label="UTF-8", quote_charset=False))


# ---------------------------------------------------------------------------
# f14  parents' class fund (quỹ lớp) report to the form teacher
# ---------------------------------------------------------------------------

@message
def f14():
    c = S.Ctx(14, "thpt", "lanpt@" + TH, when(2024, 1, 13, 21, 8, 19))
    me = "thanhtam.nguyen85@gmail.com"
    text = """Kính gửi cô Lan và quý phụ huynh lớp 11A3,

Thay mặt Ban đại diện cha mẹ học sinh lớp, em xin báo cáo thu chi quỹ lớp học kỳ I năm học 2023 - 2024 như sau:

I. THU
- Tồn quỹ năm học trước chuyển sang: 1.250.000đ
- Quỹ lớp học kỳ I: 40 học sinh x 300.000đ = 12.000.000đ (đã thu đủ 40/40)
Tổng thu: 13.250.000đ

II. CHI
- Nước uống, giấy khen, phần thưởng thi đua hằng tháng: 2.180.000đ
- Photo đề cương ôn tập giữa kỳ, cuối kỳ: 1.460.000đ
- Hoa, quà chúc mừng ngày 20/11 cho thầy cô bộ môn: 3.000.000đ
- Thăm em Quốc Huy nằm viện (tháng 10): 500.000đ
- Liên hoan cuối học kỳ I: 2.350.000đ
Tổng chi: 9.490.000đ

III. TỒN QUỸ đến ngày 13/01/2024: 3.760.000đ

Hóa đơn, chứng từ em giữ đầy đủ, phụ huynh nào cần xem em chụp gửi qua Zalo. Quỹ học kỳ II dự kiến vẫn 300.000đ/học sinh, thu sau Tết. Phụ huynh có thể gửi tiền mặt cho em hoặc chuyển khoản như học kỳ trước (STK 0561002311870 - Vietcombank - NGUYEN THI THANH TAM, nội dung: tên con - 11A3 - quy HK2).

Nhờ cô Lan chuyển giúp thông báo này vào nhóm Zalo lớp. Em cảm ơn cô và các anh chị.

Nguyễn Thị Thanh Tâm
Trưởng ban đại diện CMHS lớp 11A3
"""
    f = {"from": addr("Thanh Tâm Nguyễn", me), "envelope": me,
         "to": addr("Cô Phạm Thị Lan", "lanpt@" + TH),
         "cc": addrs([("", "hoangvietdung1982@gmail.com"), ("", "thuytrang.le@yahoo.com")]),
         "subject": "Báo cáo thu chi quỹ lớp 11A3 - học kỳ I (2023-2024)", "date": c.t0}
    hs = S.gmail(c, f)
    return render_message(hs, gm_alt(c, text, gm_html(text)))


# ---------------------------------------------------------------------------
# f15  driving school practice schedule, Thunderbird, 8bit text/plain
# ---------------------------------------------------------------------------

@message
def f15():
    c = S.Ctx(15, "minhphat", "huy.dq@" + MP, when(2023, 4, 14, 16, 40, 22))
    dom = "laixesaoviet.example"
    me = "daotao@" + dom
    text = """Chào anh Đỗ Quang Huy,

Trung tâm Đào tạo lái xe Sao Việt gửi anh lịch học thực hành lái xe ô tô hạng B2, khóa K23B2-15:

Giáo viên hướng dẫn: thầy Nguyễn Văn Lực - ĐT 0905 612 774
Xe tập: Toyota Vios số sàn, biển số 43A-215.68
Điểm đón: cổng Trung tâm (hoặc thỏa thuận với thầy)

TUẦN 1 (17/4 - 23/4)
- Thứ Ba 18/4, 17h30 - 19h30: sa hình - xuất phát, dừng và khởi hành xe ngang dốc
- Thứ Năm 20/4, 17h30 - 19h30: sa hình - qua vệt bánh xe, đường vòng quanh co
- Chủ nhật 23/4, 07h00 - 11h00: sa hình - ghép xe dọc, ghép xe ngang vào nơi đỗ

TUẦN 2 (24/4 - 30/4)
- Thứ Ba 25/4, 17h30 - 19h30: đường trường - khu vực nội thành
- Thứ Bảy 29/4: nghỉ lễ 30/4 - 1/5

TUẦN 3 (1/5 - 7/5)
- Thứ Năm 4/5, 17h30 - 20h30: đường trường - chạy ban đêm
- Chủ nhật 7/5, 06h00 - 12h00: đường trường - quốc lộ 1A, chạy bù đủ quãng đường DAT

Lưu ý:
1. Học viên mang theo CCCD để đăng nhập thiết bị DAT (nhận diện khuôn mặt) trước mỗi buổi học. Buổi nào không đăng nhập thì quãng đường không được tính.
2. Tổng quãng đường DAT tối thiểu của hạng B2 là 810 km, trong đó có 10 km chạy ban đêm. Trung tâm sẽ thông báo số km còn thiếu sau tuần 3.
3. Nếu cần đổi lịch, anh báo trực tiếp cho thầy Lực trước ít nhất 1 ngày.

Lịch thi tốt nghiệp dự kiến trong tháng 6, trung tâm sẽ gửi thông báo sau.

Trân trọng,
Phòng Đào tạo - Trung tâm Đào tạo lái xe Sao Việt
Tổng đài: 0236 3 747 909
"""
    hops = [("[192.168.1.23]", "unknown", "171.%d.%d.%d" % (c.rng.randrange(224, 255), c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "mail.%s" % dom, "(Postfix) with ESMTPSA id %s" % hexs(c.rng, 10, upper=True),
             "\n\tfor <huy.dq@%s>" % MP, 2, 7)]
    f = {"from": addr("Trung tâm Đào tạo lái xe Sao Việt", me), "envelope": me,
         "to": addr("Đỗ Quang Huy", "huy.dq@" + MP),
         "subject": "Lịch học thực hành lái xe hạng B2 - Khóa K23B2-15 - HV Đỗ Quang Huy", "date": c.t0,
         "out_ip": "192.0.2.%d" % c.rng.randrange(2, 250)}
    hs = S.relay(c, f, hops, msgid="<%s@%s>" % (c.uuid(), dom),
                 extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101\n Thunderbird/102.9.1"),
                        ("Content-Language", "vi")],
                 order=["Message-ID", "Date", "MIME-Version", "*", "To", "From", "Subject"],
                 dkim_d=None, hcs=("utf-8", "B", "UTF-8"))
    return render_message(hs, text_part(text, "plain", cte="8bit", label="UTF-8", quote_charset=False))


# ---------------------------------------------------------------------------
# f16  Vietnam Airlines itinerary receipt (real sender domain)
# ---------------------------------------------------------------------------

@message
def f16():
    c = S.Ctx(16, "ubnd", "namlh@" + UB, when(2024, 8, 19, 11, 26, 3))
    dom = "vietnamairlines.com"
    me = "no-reply@" + dom
    text = """VIETNAM AIRLINES
XÁC NHẬN HÀNH TRÌNH VÀ BIÊN NHẬN VÉ ĐIỆN TỬ / ITINERARY RECEIPT

Kính gửi Quý khách LE HOANG NAM,
Cảm ơn Quý khách đã lựa chọn Vietnam Airlines. Dưới đây là thông tin đặt chỗ của Quý khách.
Dear LE HOANG NAM, thank you for choosing Vietnam Airlines. Please find your booking details below.

Mã đặt chỗ / Booking reference: K7XQ2M
Ngày xuất vé / Date of issue: 19/08/2024

HÀNH KHÁCH / PASSENGER
LE HOANG NAM (MR) - Số vé / Ticket number: 738 2416583920

CHUYẾN BAY / FLIGHTS
1) VN 158 - Thứ Hai 26/08/2024
   Đà Nẵng (DAD) 07:00 -> Hà Nội (HAN) 08:20
   Phổ thông Tiêu chuẩn / Economy Classic - Hành lý ký gửi / Checked baggage: 1 x 23kg
2) VN 171 - Thứ Tư 28/08/2024
   Hà Nội (HAN) 19:00 -> Đà Nẵng (DAD) 20:20
   Phổ thông Tiêu chuẩn / Economy Classic - Hành lý ký gửi / Checked baggage: 1 x 23kg

THANH TOÁN / PAYMENT
Giá vé / Fare: 2.780.000 VND
Thuế, phí và lệ phí / Taxes, fees and charges: 752.000 VND
Tổng cộng / Total: 3.532.000 VND
Hình thức thanh toán / Form of payment: VISA ****6621

LƯU Ý / NOTES
- Quầy làm thủ tục đóng 40 phút trước giờ khởi hành đối với chuyến bay nội địa.
- Quý khách có thể làm thủ tục trực tuyến từ 24 giờ đến 1 giờ trước giờ khởi hành trên website https://www.vietnamairlines.com hoặc ứng dụng Vietnam Airlines.
- Vui lòng mang theo CCCD/Căn cước hoặc hộ chiếu còn hiệu lực khi làm thủ tục.

Tổng đài hỗ trợ 24/7: 1900 1100
Đây là email tự động, vui lòng không trả lời email này. / This is an automated email, please do not reply.
"""
    def seg(no, day, frm, to):
        return ('<tr><td style="padding:10px;border-bottom:1px solid #e0e0e0"><b style="color:#006885">%s</b><br>%s</td>'
                '<td style="padding:10px;border-bottom:1px solid #e0e0e0">%s<br>%s</td>'
                '<td style="padding:10px;border-bottom:1px solid #e0e0e0">Phổ thông Tiêu chuẩn<br>Economy Classic<br>1 x 23kg</td></tr>'
                % (no, day, esc(frm), esc(to)))
    html = ("""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif">
<table align="center" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#006885;color:#ffffff;padding:16px 20px;font-size:20px;font-weight:bold">VIETNAM AIRLINES</td></tr>
<tr><td style="padding:20px;color:#333;font-size:14px">
<p style="font-size:16px;color:#006885"><b>XÁC NHẬN HÀNH TRÌNH VÀ BIÊN NHẬN VÉ ĐIỆN TỬ</b><br><span style="font-size:13px">ITINERARY RECEIPT</span></p>
<p>Kính gửi Quý khách <b>LE HOANG NAM</b>,<br>Cảm ơn Quý khách đã lựa chọn Vietnam Airlines. Dưới đây là thông tin đặt chỗ của Quý khách.</p>
<p>Mã đặt chỗ / Booking reference: <b style="font-size:18px;color:#c8a250">K7XQ2M</b><br>Ngày xuất vé / Date of issue: 19/08/2024</p>
<p>Hành khách / Passenger: <b>LE HOANG NAM (MR)</b> - Số vé / Ticket number: 738 2416583920</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px">
""" + seg("VN 158", "Thứ Hai 26/08/2024", "Đà Nẵng (DAD) 07:00", "Hà Nội (HAN) 08:20")
            + seg("VN 171", "Thứ Tư 28/08/2024", "Hà Nội (HAN) 19:00", "Đà Nẵng (DAD) 20:20") + """
</table>
<p>Giá vé / Fare: 2.780.000 VND<br>Thuế, phí và lệ phí / Taxes, fees and charges: 752.000 VND<br>
<b>Tổng cộng / Total: 3.532.000 VND</b><br>Hình thức thanh toán / Form of payment: VISA ****6621</p>
<p style="font-size:12px;color:#555">Quầy làm thủ tục đóng 40 phút trước giờ khởi hành đối với chuyến bay nội địa.
Quý khách có thể làm thủ tục trực tuyến từ 24 giờ đến 1 giờ trước giờ khởi hành trên
<a href="https://www.vietnamairlines.com/vn/vi/plan-book/check-in/online-check-in">website Vietnam Airlines</a>
hoặc ứng dụng Vietnam Airlines. Vui lòng mang theo CCCD/Căn cước hoặc hộ chiếu còn hiệu lực.</p>
</td></tr>
<tr><td style="background:#f7f3e8;padding:14px 20px;font-size:12px;color:#666">Tổng đài hỗ trợ 24/7: 1900 1100 |
<a href="https://www.vietnamairlines.com">www.vietnamairlines.com</a><br>
Đây là email tự động, vui lòng không trả lời email này. / This is an automated email, please do not reply.</td></tr>
</table></body></html>
""")
    hops = [(None, None, None, "ibe-app04.%s" % dom, "(Postfix, from userid 1002)",
             " id %s" % hexs(c.rng, 11, upper=True), 0, 7),
            ("ibe-app04.%s" % dom, "ibe-app04.%s" % dom, "10.%d.%d.%d" % (c.rng.randrange(1, 250), c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "mta02.%s" % dom, "(Postfix) with ESMTP", " id %s" % hexs(c.rng, 11, upper=True), 1, 7)]
    f = {"from": addr("Vietnam Airlines", me), "envelope": "bounce@" + dom,
         "to": "namlh@" + UB,
         "subject": "Vietnam Airlines - Xác nhận hành trình / Itinerary Receipt - K7XQ2M", "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s.%s@%s>" % (hexs(c.rng, 16), int(c.t0.timestamp()), dom),
                 order=["From", "To", "Subject", "Date", "Message-ID", "*"], dkim_d=dom, dkim_s="selector1",
                 extra=[("Auto-Submitted", "auto-generated")])
    body = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8"),
        text_part(html, "html", cte="base64", label="UTF-8"),
    ], "=_vna_%s" % hexs(c.rng, 24))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f17  Shopee order confirmation (office supplies), HTML only
# ---------------------------------------------------------------------------

@message
def f17():
    c = S.Ctx(17, "minhphat", "anh.bn@" + MP, when(2025, 11, 4, 14, 12, 50))
    dom = "mail.shopee.vn"
    me = "info@" + dom
    oid = "251104QK7M2P9R"
    items = [("Giấy in A4 Double A 70gsm - ram 500 tờ (thùng 5 ram)", 2, 379000),
             ("Bút bi Thiên Long TL-027 mực xanh - hộp 20 cây", 3, 62000),
             ("Kẹp bướm Deli 32mm - hộp 12 cái", 2, 15500)]
    sub = sum(q * p for _, q, p in items)

    def vnd(x):
        return "₫" + "{:,}".format(x).replace(",", ".")
    rows = "".join('<tr><td style="padding:8px 0;border-bottom:1px solid #eee">%s<br><span style="color:#888">x%d</span></td>'
                   '<td align="right" style="padding:8px 0;border-bottom:1px solid #eee">%s</td></tr>\n'
                   % (esc(n), q, vnd(q * p)) for n, q, p in items)
    total = sub + 18000 - 18000 - 30000
    html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ee4d2d;padding:14px 20px;color:#fff;font-size:22px;font-weight:bold">Shopee</td></tr>
<tr><td style="padding:20px">
<p>Xin chào <b>ngocanh.minhphat</b>,</p>
<p>Đơn hàng <b>#%s</b> của bạn đã được xác nhận và đang được người bán chuẩn bị.
Shopee sẽ thông báo khi đơn hàng được giao cho đơn vị vận chuyển.</p>
<p><b>THÔNG TIN ĐƠN HÀNG - DÀNH CHO NGƯỜI MUA</b><br>
Mã đơn hàng: #%s<br>Ngày đặt hàng: 04/11/2025 14:11:38<br>Người bán: vanphongphamdanang_official</p>
<table width="100%%" cellpadding="0" cellspacing="0">
%s<tr><td style="padding-top:10px">Tổng tiền hàng</td><td align="right" style="padding-top:10px">%s</td></tr>
<tr><td>Phí vận chuyển</td><td align="right">%s</td></tr>
<tr><td>Giảm giá phí vận chuyển</td><td align="right">-%s</td></tr>
<tr><td>Shopee Voucher</td><td align="right">-%s</td></tr>
<tr><td><b>Tổng thanh toán</b></td><td align="right" style="color:#ee4d2d;font-size:18px"><b>%s</b></td></tr>
</table>
<p>Phương thức thanh toán: Thanh toán khi nhận hàng<br>
Địa chỉ nhận hàng: Bùi Ngọc Ánh, Công ty TNHH TM Minh Phát, Phường Hòa Cường, TP. Đà Nẵng</p>
<p style="text-align:center;margin:24px 0"><a href="https://shopee.vn/user/purchase/order/%s" style="background:#ee4d2d;color:#fff;padding:10px 22px;text-decoration:none;border-radius:2px">Xem chi tiết đơn hàng</a></p>
<p style="font-size:12px;color:#888">Vui lòng chỉ nhấn "Đã nhận được hàng" khi đơn hàng đã được giao đến bạn và sản phẩm không có vấn đề nào.
Shopee không yêu cầu bạn chuyển khoản hay cung cấp mã OTP qua điện thoại hoặc tin nhắn.</p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999;background:#fafafa">Email này được gửi tự động từ Shopee Việt Nam. Vui lòng không trả lời email này.<br>
Công ty TNHH Shopee - <a href="https://shopee.vn" style="color:#999">shopee.vn</a></td></tr>
</table></body></html>
""" % (oid, oid, rows, vnd(sub), vnd(18000), vnd(18000), vnd(30000), vnd(total), oid))
    hops = [(None, None, None, "sg-mta-%02d.%s" % (c.rng.randrange(1, 30), dom), "(Postfix, from userid 0)",
             " id %s" % hexs(c.rng, 10, upper=True), 1, 8)]
    f = {"from": addr("Shopee", me), "envelope": "bounce-%s@%s" % (hexs(c.rng, 12), dom),
         "to": "anh.bn@" + MP,
         "subject": "Đơn hàng #%s đã được xác nhận" % oid, "plain_prefix": False, "date": c.t0,
         "out_ip": "203.0.113.%d" % c.rng.randrange(2, 250)}
    hs = S.relay(c, f, hops, msgid="<%s.%s@%s>" % (int(c.t0.timestamp()), hexs(c.rng, 20), dom),
                 order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="s1")
    return render_message(hs, text_part(html, "html", cte="base64", label="UTF-8"))


# ---------------------------------------------------------------------------
# f18  online course enrolment confirmation (small training centre)
# ---------------------------------------------------------------------------

@message
def f18():
    c = S.Ctx(18, "minhphat", "huy.dq@" + MP, when(2025, 2, 20, 20, 33, 11))
    dom = "ketoanvietson.example"
    me = "ghidanh@" + dom
    text = """Chào anh Đỗ Quang Huy,

Trung tâm Kế toán thực hành Việt Sơn xác nhận anh đã đăng ký thành công khóa học:

  LẬP BÁO CÁO TÀI CHÍNH VÀ QUYẾT TOÁN THUẾ TNDN, TNCN NĂM 2024 (học online qua Zoom)
  Mã học viên: VS25-0318
  Lịch học: tối thứ Ba và thứ Năm, 19h30 - 21h30, 8 buổi, khai giảng thứ Ba 04/3/2025
  Giảng viên: ThS. Đặng Thị Thu Thủy - kế toán trưởng, 15 năm kinh nghiệm quyết toán thuế

Học phí: 2.400.000đ (đã áp dụng ưu đãi đăng ký sớm 15%)
Trạng thái: ĐÃ THANH TOÁN - chuyển khoản ngày 20/02/2025, biên lai số BL-2502-0147

Trước buổi học đầu tiên:
- Link Zoom và mật khẩu phòng học sẽ được gửi qua email này và nhóm Zalo lớp vào chiều 03/3.
- Tài liệu, file Excel mẫu và video xem lại từng buổi có trên trang học tập https://hoc.ketoanvietson.example (tài khoản đăng nhập là email của anh, mật khẩu do anh tự đặt khi đăng ký).
- Anh chuẩn bị sẵn bộ số liệu năm 2024 của doanh nghiệp (nếu có) để thực hành cùng giảng viên.

Nếu cần xuất hóa đơn học phí cho công ty, anh trả lời email này kèm tên công ty, mã số thuế và địa chỉ nhận hóa đơn.

Chúc anh học tập hiệu quả!
Bộ phận Ghi danh - Trung tâm Kế toán thực hành Việt Sơn
Hotline: 0236 3 567 221 | Zalo: 0901 984 335
"""
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2d3d">'
            + html_paras(text, "p", br_empty=False) + "</div>\n")
    hops = [(None, None, None, "crm.%s" % dom, "(Postfix, from userid 1001)", " id %s" % hexs(c.rng, 10, upper=True), 0, 7),
            ("crm.%s" % dom, "crm.%s" % dom, "127.0.0.1", "mail.%s" % dom, "(Postfix) with ESMTP",
             " id %s" % hexs(c.rng, 10, upper=True), 1, 7)]
    f = {"from": addr("Kế toán Việt Sơn - Ghi danh", me), "envelope": me,
         "to": addr("Đỗ Quang Huy", "huy.dq@" + MP),
         "subject": "Xác nhận ghi danh khóa học Lập BCTC & Quyết toán thuế 2024 - VS25-0318", "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s@%s>" % (hexs(c.rng, 32), dom),
                 order=["Date", "To", "From", "Subject", "Message-ID", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="mail", hcs=("utf-8", "Q", "utf-8"),
                 extra=[("X-Mailer", "Mautic 5.1.1")])
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="utf-8"),
        text_part(html, "html", cte="quoted-printable", label="utf-8"),
    ], "_=_swift_%d_%s_=_" % (int(c.t0.timestamp()), hexs(c.rng, 32)))
    return render_message(hs, body)


# ---------------------------------------------------------------------------
# f19  Vietcombank monthly statement notice (real domain), PDF attached
# ---------------------------------------------------------------------------

@message
def f19():
    c = S.Ctx(19, "minhphat", "huy.dq@" + MP, when(2026, 2, 2, 7, 5, 41))
    dom = "vietcombank.com.vn"
    me = "estatement@" + dom
    text = """Kính gửi Quý khách CONG TY TNHH THUONG MAI MINH PHAT,

Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) trân trọng gửi Quý khách sao kê tài khoản thanh toán kỳ 01/01/2026 - 31/01/2026:
- Số tài khoản: ******4827
- Loại tiền: VND
- Sao kê chi tiết: xem file đính kèm

Để bảo mật thông tin, file sao kê được đặt mật khẩu theo thông tin Quý khách đã đăng ký với Vietcombank khi đăng ký dịch vụ sao kê điện tử.

Lưu ý: Vietcombank KHÔNG yêu cầu Quý khách cung cấp tên đăng nhập, mật khẩu, mã OTP qua email, tin nhắn hay điện thoại dưới bất kỳ hình thức nào. Nếu có thắc mắc về giao dịch, vui lòng liên hệ chi nhánh quản lý tài khoản hoặc Trung tâm Hỗ trợ khách hàng 24/7: 1900 54 54 13.

Trân trọng,
Vietcombank

Dear Valued Customer,
Please find attached the statement of your current account ******4827 for the period 01/01/2026 - 31/01/2026. The file is password-protected as registered for the e-statement service.
This is an automatically generated email, please do not reply.
"""
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">'
            '<div style="border-top:4px solid #00703c;padding-top:10px">'
            '<p style="color:#00703c;font-size:16px"><b>Vietcombank</b></p>'
            + html_paras(text, "p", br_empty=False) + "</div></body></html>\n")
    pdf = pdf_bytes(["VIETCOMBANK - SAO KE TAI KHOAN / ACCOUNT STATEMENT",
                     "Ky / Period: 01/01/2026 - 31/01/2026", "So TK / Account: ******4827 (VND)",
                     "(placeholder - noi dung sao ke duoc ma hoa)"], title="Sao ke 01-2026")
    hops = [(None, None, None, "estmt-app02.%s" % dom, "(Postfix, from userid 500)",
             " id %s" % hexs(c.rng, 10, upper=True), 0, 7),
            ("estmt-app02.%s" % dom, "estmt-app02.%s" % dom, "10.%d.%d.%d" % (c.rng.randrange(1, 250), c.rng.randrange(1, 250), c.rng.randrange(1, 250)),
             "esmtp01.%s" % dom, "(Postfix) with ESMTP", " id %s" % hexs(c.rng, 10, upper=True), 2, 7)]
    f = {"from": addr("Vietcombank", me), "envelope": me, "to": "huy.dq@" + MP,
         "subject": "Vietcombank - Sao kê tài khoản kỳ 01/2026 / Account statement 01/2026", "date": c.t0}
    hs = S.relay(c, f, hops, msgid="<%s.%s.JavaMail.estmt@estmt-app02.%s>" % (rng_digits(c, 9), int(c.t0.timestamp()) * 1000, dom),
                 order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "*"],
                 dkim_d=dom, dkim_s="vcb")
    alt = multipart("alternative", [
        text_part(text, "plain", cte="base64", label="UTF-8"),
        text_part(html, "html", cte="base64", label="UTF-8"),
    ], "----=_Part_%s_%s.%d" % (rng_digits(c, 6), rng_digits(c, 9), int(c.t0.timestamp()) * 1000 + 117))
    att = attachment(pdf, "application/pdf", "SaoKe_4827_012026.pdf", style="ascii")
    body = multipart("mixed", [alt, att], "----=_Part_%s_%s.%d" % (rng_digits(c, 6), rng_digits(c, 9),
                                                                   int(c.t0.timestamp()) * 1000 + 116))
    return render_message(hs, body)


def rng_digits(c, n):
    return "".join(c.rng.choice("0123456789") for _ in range(n)).lstrip("0") or "7"


# ---------------------------------------------------------------------------
# f20  professional association newsletter with List-Unsubscribe
# ---------------------------------------------------------------------------

@message
def f20():
    c = S.Ctx(20, "minhphat", "huy.dq@" + MP, when(2023, 12, 29, 8, 30, 0))
    dom = "ketoantruongmientrung.example"
    me = "bantin@" + dom
    sub_id = hexs(c.rng, 24)
    text = """CÂU LẠC BỘ KẾ TOÁN TRƯỞNG MIỀN TRUNG
BẢN TIN HỘI VIÊN SỐ 47 - THÁNG 12/2023

Kính gửi anh/chị hội viên,

1. GIẢM THUẾ GTGT TIẾP TỤC ÁP DỤNG ĐẾN 30/6/2024
Chính phủ ban hành Nghị định 94/2023/NĐ-CP quy định giảm 2% thuế suất thuế GTGT (từ 10% xuống 8%) đối với một số nhóm hàng hóa, dịch vụ, áp dụng từ 01/01/2024 đến hết 30/6/2024. Các nhóm hàng hóa, dịch vụ không được giảm tiếp tục theo phụ lục kèm Nghị định. Hội viên lưu ý khi lập hóa đơn từ ngày đầu năm.

2. LỊCH KÊ KHAI, QUYẾT TOÁN CẦN NHỚ
- Tờ khai thuế GTGT, TNCN quý IV/2023 (khai theo quý): hạn nộp 31/01/2024.
- Quyết toán thuế TNDN, TNCN năm 2023: hạn nộp 01/4/2024 (do 31/3/2024 rơi vào Chủ nhật).
- Báo cáo tình hình sử dụng hóa đơn (nếu còn dùng hóa đơn đặt in): theo quý.

3. SINH HOẠT CHUYÊN ĐỀ THÁNG 1/2024
Chủ đề: "Những lỗi thường gặp khi quyết toán thuế TNCN và cách xử lý"
Thời gian: 8h00 - 11h30 thứ Bảy 13/01/2024, hội trường tầng 3, 28 Phan Châu Trinh, Đà Nẵng (có phát trực tuyến cho hội viên ở Quảng Nam, Quảng Ngãi).
Đăng ký tham dự: trả lời email này hoặc nhắn Zalo ban thư ký 0905 210 377.

4. HỘI PHÍ NĂM 2024
Hội phí năm 2024 giữ nguyên 600.000đ/hội viên. Anh/chị có thể đóng trực tiếp tại buổi sinh hoạt chuyên đề tháng 1 hoặc chuyển khoản:
STK 2001 4444 6868 - BIDV chi nhánh Hải Vân - CAU LAC BO KE TOAN TRUONG MIEN TRUNG, nội dung: Ho ten - hoi phi 2024.
Ban thư ký sẽ gửi biên nhận qua email sau khi nhận được hội phí.

Chúc anh/chị và gia đình một năm mới an khang, công việc thuận lợi!
Ban Chấp hành CLB Kế toán trưởng Miền Trung

--
Anh/chị nhận bản tin này vì là hội viên CLB. Hủy nhận bản tin: __UNSUB__
""".replace("__UNSUB__", "https://%s/huy-dang-ky?id=%s" % (dom, sub_id))
    blocks = text.strip().split("\n\n")
    hparts = []
    for b in blocks:
        lines = b.split("\n")
        if lines[0][:2] in ("1.", "2.", "3.", "4."):
            hparts.append('<h3 style="color:#7a1f1f;font-size:15px;margin:18px 0 6px">%s</h3><p>%s</p>'
                          % (esc(lines[0]), "<br>".join(esc(x) for x in lines[1:])))
        elif b.startswith("CÂU LẠC BỘ"):
            hparts.append('<div style="background:#7a1f1f;color:#fff;padding:14px"><b>%s</b><br>%s</div>'
                          % (esc(lines[0]), esc(lines[1])))
        elif b.startswith("--"):
            hparts.append('<p style="font-size:11px;color:#888">Anh/chị nhận bản tin này vì là hội viên CLB. '
                          '<a href="https://%s/huy-dang-ky?id=%s">Hủy nhận bản tin</a></p>' % (dom, sub_id))
        else:
            hparts.append("<p>%s</p>" % "<br>".join(esc(x) for x in lines))
    html = ('<html><body style="margin:0;background:#f4f1ec"><div style="max-width:640px;margin:0 auto;background:#fff;'
            'font-family:Georgia,serif;font-size:14px;color:#222;padding:0 0 12px 0">'
            + "\n".join(hparts) + "</div></body></html>\n")
    hops = [(None, None, None, "news.%s" % dom, "(Postfix, from userid 33)", " id %s" % hexs(c.rng, 10, upper=True), 0, 7)]
    f = {"from": addr("CLB Kế toán trưởng Miền Trung", me), "envelope": "bounce+%s@%s" % (sub_id[:10], dom),
         "to": "huy.dq@" + MP, "reply_to": "thuky@" + dom,
         "subject": "Bản tin hội viên số 47 - Tháng 12/2023: giảm thuế GTGT, lịch quyết toán, hội phí 2024",
         "date": c.t0}
    extra = [("List-Id", "Ban tin hoi vien <bantin.%s>" % dom),
             ("List-Unsubscribe", "<mailto:unsubscribe@%s?subject=unsubscribe-%s>,\n <https://%s/huy-dang-ky?id=%s>"
              % (dom, sub_id, dom, sub_id)),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"),
             ("X-Mailer", "Sendy (https://sendy.co)")]
    hs = S.relay(c, f, hops, msgid="<%s@news.%s>" % (hexs(c.rng, 32), dom),
                 order=["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "*", "MIME-Version"],
                 dkim_d=dom, dkim_s="news", extra=extra)
    body = multipart("alternative", [
        text_part(text, "plain", cte="quoted-printable", label="UTF-8"),
        text_part(html, "html", cte="quoted-printable", label="UTF-8"),
    ], "b1_%s" % hexs(c.rng, 32))
    return render_message(hs, body)
