"""Report strings in Vietnamese, Chinese and English: finding titles, self-check items, labels."""

from __future__ import annotations

LANGS = ("vi", "zh", "en")

# code: (vi, zh, en)
TITLES: dict[str, tuple[str, str, str]] = {
    "MX_MISSING": ("Không có bản ghi MX", "缺少MX记录", "No MX record"),
    "MX_NULL": ("MX rỗng: tên miền không nhận thư", "空MX：域名不接收邮件", "Null MX: domain accepts no mail"),
    "MX_HOST_UNRESOLVABLE": ("Máy chủ MX không phân giải được", "MX主机无法解析", "MX host does not resolve"),
    "MX_PTR_MISSING": (
        "Địa chỉ IP máy chủ thư thiếu bản ghi PTR",
        "邮件服务器IP缺少PTR记录",
        "Mail server IP has no PTR",
    ),
    "MX_FCRDNS_MISMATCH": (
        "PTR không phân giải ngược khớp (FCrDNS)",
        "正反向解析不一致 (FCrDNS)",
        "PTR does not resolve back (FCrDNS)",
    ),
    "SPF_MISSING": ("Không có bản ghi SPF", "缺少SPF记录", "No SPF record"),
    "SPF_MULTIPLE": ("Nhiều bản ghi SPF", "存在多条SPF记录", "Multiple SPF records"),
    "SPF_SYNTAX": ("Bản ghi SPF sai cú pháp", "SPF记录语法错误", "SPF syntax error"),
    "SPF_TOO_MANY_LOOKUPS": (
        "SPF vượt giới hạn 10 truy vấn DNS",
        "SPF超过10次DNS查询限制",
        "SPF exceeds 10 DNS lookups",
    ),
    "SPF_TOO_MANY_VOID": ("SPF có quá nhiều truy vấn rỗng", "SPF空查询过多", "Too many SPF void lookups"),
    "SPF_PASS_ALL": (
        "SPF dùng +all: cho phép mọi máy chủ gửi thư",
        "SPF使用+all：允许任何服务器发信",
        "SPF +all authorises every sender",
    ),
    "SPF_NEUTRAL_ALL": ("SPF kết thúc bằng ?all (trung lập)", "SPF以?all（中性）结尾", "SPF ends with ?all (neutral)"),
    "SPF_NO_ALL": ("SPF không có cơ chế all", "SPF缺少all机制", "SPF has no all mechanism"),
    "SPF_INCLUDE_MISSING": (
        "SPF include trỏ tới tên miền không có SPF",
        "SPF include的域名没有SPF记录",
        "SPF include target has no SPF",
    ),
    "SPF_PTR_MECHANISM": (
        "SPF dùng cơ chế ptr (không khuyến nghị)",
        "SPF使用ptr机制（不推荐）",
        "SPF uses ptr (discouraged)",
    ),
    "DMARC_MISSING": ("Không có bản ghi DMARC", "缺少DMARC记录", "No DMARC record"),
    "DMARC_MULTIPLE": ("Nhiều bản ghi DMARC", "存在多条DMARC记录", "Multiple DMARC records"),
    "DMARC_SYNTAX": ("Bản ghi DMARC sai cú pháp", "DMARC记录语法错误", "DMARC syntax error"),
    "DMARC_POLICY_NONE": (
        "Chính sách DMARC p=none (chỉ giám sát)",
        "DMARC策略为p=none（仅监测）",
        "DMARC policy p=none (monitor only)",
    ),
    "DMARC_SP_NONE": (
        "Chính sách DMARC cho tên miền con sp=none",
        "DMARC子域策略为sp=none",
        "DMARC subdomain policy sp=none",
    ),
    "DMARC_PCT_PARTIAL": (
        "DMARC chỉ áp dụng cho một phần thư (pct<100)",
        "DMARC仅对部分邮件生效（pct<100）",
        "DMARC applies to part of mail (pct<100)",
    ),
    "DMARC_NO_RUA": (
        "DMARC không có địa chỉ nhận báo cáo tổng hợp (rua)",
        "DMARC未设置汇总报告地址（rua）",
        "DMARC has no aggregate report address (rua)",
    ),
    "DMARC_RELAXED_ALIGNMENT": (
        "DMARC dùng chế độ căn chỉnh nới lỏng",
        "DMARC使用宽松对齐模式",
        "DMARC uses relaxed alignment",
    ),
    "DMARC_EXTERNAL_RUA_UNAUTHORIZED": (
        "Đích nhận báo cáo DMARC bên ngoài chưa được ủy quyền",
        "外部DMARC报告接收方未授权",
        "External DMARC report destination not authorised",
    ),
    "DKIM_NOT_FOUND": ("Không tìm thấy khóa DKIM", "未找到DKIM公钥", "No DKIM key found"),
    "DKIM_WEAK_KEY": (
        "Khóa DKIM yếu (RSA < 2048 bit)",
        "DKIM密钥强度不足（RSA < 2048位）",
        "Weak DKIM key (RSA < 2048 bits)",
    ),
    "DKIM_REVOKED": ("Khóa DKIM đã thu hồi", "DKIM密钥已吊销", "DKIM key revoked"),
    "DKIM_SYNTAX": ("Bản ghi khóa DKIM không hợp lệ", "DKIM密钥记录无效", "Invalid DKIM key record"),
    "DKIM_TEST_MODE": ("DKIM ở chế độ thử nghiệm (t=y)", "DKIM处于测试模式（t=y）", "DKIM in test mode (t=y)"),
    "MTASTS_MISSING": ("Chưa triển khai MTA-STS", "未部署MTA-STS", "No MTA-STS"),
    "MTASTS_POLICY_UNREACHABLE": (
        "Không tải được chính sách MTA-STS qua HTTPS",
        "无法通过HTTPS获取MTA-STS策略",
        "MTA-STS policy not retrievable over HTTPS",
    ),
    "MTASTS_POLICY_INVALID": ("Chính sách MTA-STS không hợp lệ", "MTA-STS策略无效", "Invalid MTA-STS policy"),
    "MTASTS_TXT_INVALID": ("Bản ghi TXT MTA-STS không hợp lệ", "MTA-STS TXT记录无效", "Invalid MTA-STS TXT record"),
    "MTASTS_MODE_TESTING": ("MTA-STS ở chế độ testing", "MTA-STS处于testing模式", "MTA-STS in testing mode"),
    "MTASTS_MX_MISMATCH": (
        "Chính sách MTA-STS không khớp với MX",
        "MTA-STS策略与MX不匹配",
        "MTA-STS policy does not match MX",
    ),
    "TLSRPT_MISSING": ("Chưa có bản ghi TLS-RPT", "缺少TLS-RPT记录", "No TLS-RPT record"),
    "TLSRPT_INVALID": ("Bản ghi TLS-RPT không hợp lệ", "TLS-RPT记录无效", "Invalid TLS-RPT record"),
    "BIMI_MISSING": ("Chưa có bản ghi BIMI", "缺少BIMI记录", "No BIMI record"),
    "BIMI_INVALID": ("Bản ghi BIMI không hợp lệ", "BIMI记录无效", "Invalid BIMI record"),
    "DNSSEC_UNSIGNED": ("Vùng DNS chưa ký DNSSEC", "DNS区域未签名（DNSSEC）", "Zone not DNSSEC-signed"),
    "DNSSEC_INVALID": ("Chữ ký DNSSEC không hợp lệ", "DNSSEC签名验证失败", "DNSSEC signatures do not validate"),
    "DANE_MISSING": ("Chưa có bản ghi DANE TLSA cho MX", "MX缺少DANE TLSA记录", "No DANE TLSA for MX"),
    "DANE_UNSIGNED": ("Bản ghi TLSA trong vùng chưa ký DNSSEC", "TLSA记录所在区域未签名", "TLSA in an unsigned zone"),
    "DANE_MISMATCH": (
        "TLSA không khớp chứng chỉ số của máy chủ",
        "TLSA与服务器证书不匹配",
        "TLSA does not match the server certificate",
    ),
    "DNS_TEMPFAIL": ("Lỗi DNS tạm thời", "DNS临时错误", "Temporary DNS failure"),
    "SMTP_UNREACHABLE": ("Không kết nối được máy chủ SMTP", "无法连接SMTP服务器", "SMTP server unreachable"),
    "SMTP_BANNER_DISCLOSURE": (
        "Banner SMTP để lộ phần mềm/phiên bản",
        "SMTP欢迎信息泄露软件/版本",
        "SMTP banner discloses software/version",
    ),
    "SMTP_NO_STARTTLS": (
        "Máy chủ SMTP không hỗ trợ STARTTLS (thư truyền không mã hóa)",
        "SMTP不支持STARTTLS（邮件明文传输）",
        "SMTP does not offer STARTTLS (mail sent unencrypted)",
    ),
    "SMTP_STARTTLS_FAILED": ("Bắt tay STARTTLS thất bại", "STARTTLS握手失败", "STARTTLS handshake fails"),
    "SMTP_OPEN_RELAY": (
        "Máy chủ là chuyển tiếp thư mở (open relay)",
        "SMTP开放中继（匿名转发）",
        "Open relay: unauthenticated relaying accepted",
    ),
    "SMTP_AUTH_BEFORE_TLS": (
        "Cho phép xác thực SMTP trước khi mã hóa TLS",
        "TLS加密前即提供SMTP认证（明文认证）",
        "SMTP AUTH offered before TLS",
    ),
    "SMTP_VRFY_ENABLED": (
        "Lệnh VRFY được bật (dò tìm tài khoản)",
        "VRFY命令已启用（可枚举账户）",
        "VRFY enabled (account enumeration)",
    ),
    "SMTP_EXPN_ENABLED": ("Lệnh EXPN được bật", "EXPN命令已启用", "EXPN enabled"),
    "SMTP_PLAINTEXT_SUBMISSION": (
        "Cổng gửi thư chấp nhận phiên không mã hóa",
        "邮件提交端口允许明文会话",
        "Submission accepts mail without TLS",
    ),
    "TLS_LEGACY_PROTOCOL": (
        "Cho phép giao thức cũ TLS 1.0/1.1",
        "启用了过时协议TLS 1.0/1.1",
        "Legacy TLS 1.0/1.1 enabled",
    ),
    "TLS_NO_MODERN_PROTOCOL": ("Không hỗ trợ TLS 1.2/1.3", "不支持TLS 1.2/1.3", "No TLS 1.2/1.3"),
    "TLS_WEAK_CIPHER": ("Chấp nhận bộ mã hóa yếu", "接受弱加密套件", "Weak cipher suite accepted"),
    "TLS_CERT_UNTRUSTED": (
        "Chứng chỉ số không tin cậy (tự ký hoặc thiếu chuỗi)",
        "证书不受信任（自签名或证书链不完整）",
        "Untrusted certificate (self-signed or broken chain)",
    ),
    "TLS_CERT_EXPIRED": ("Chứng chỉ số đã hết hạn", "证书已过期", "Certificate expired"),
    "TLS_CERT_EXPIRING": (
        "Chứng chỉ số sắp hết hạn (< 30 ngày)",
        "证书即将过期（< 30天）",
        "Certificate expires within 30 days",
    ),
    "TLS_CERT_HOSTNAME_MISMATCH": (
        "Chứng chỉ số không khớp tên máy chủ",
        "证书与主机名不匹配",
        "Certificate does not match host name",
    ),
    "TLS_CERT_WEAK_KEY": ("Khóa chứng chỉ số yếu", "证书密钥强度不足", "Weak certificate key"),
    "IMAP_PLAINTEXT_LOGIN": (
        "IMAP cho phép đăng nhập văn bản rõ trước TLS",
        "IMAP允许TLS前明文登录",
        "IMAP allows plaintext login before TLS",
    ),
    "IMAP_NO_STARTTLS": ("IMAP không hỗ trợ STARTTLS", "IMAP不支持STARTTLS", "IMAP without STARTTLS"),
    "POP3_PLAINTEXT_LOGIN": (
        "POP3 cho phép đăng nhập văn bản rõ trước TLS",
        "POP3允许TLS前明文登录",
        "POP3 allows plaintext login before TLS",
    ),
    "POP3_NO_STLS": ("POP3 không hỗ trợ STLS", "POP3不支持STLS", "POP3 without STLS"),
    "WEB_NO_HTTPS": ("Webmail không dùng HTTPS", "Webmail未使用HTTPS", "Webmail not served over HTTPS"),
    "WEB_NO_HTTPS_REDIRECT": (
        "Webmail HTTP không chuyển hướng sang HTTPS",
        "Webmail的HTTP未重定向到HTTPS",
        "Webmail HTTP does not redirect to HTTPS",
    ),
    "WEB_NO_HSTS": ("Webmail thiếu HSTS", "Webmail缺少HSTS", "Webmail lacks HSTS"),
    "CFG_POSTFIX_RELAY_UNRESTRICTED": (
        "Cấu hình Postfix cho phép chuyển tiếp thư mở",
        "Postfix配置允许开放中继",
        "Postfix config allows open relay",
    ),
    "CFG_POSTFIX_MYNETWORKS_BROAD": ("mynetworks quá rộng", "mynetworks范围过大", "mynetworks too broad"),
    "CFG_POSTFIX_TLS_DISABLED": ("Postfix tắt TLS cho thư đến", "Postfix未启用入站TLS", "Postfix inbound TLS disabled"),
    "CFG_POSTFIX_AUTH_NOT_TLS_ONLY": (
        "Postfix cho phép xác thực không qua TLS",
        "Postfix允许非TLS认证",
        "Postfix allows AUTH without TLS",
    ),
    "CFG_POSTFIX_TLS_LEGACY": ("Postfix cho phép TLS 1.0/1.1", "Postfix允许TLS 1.0/1.1", "Postfix allows TLS 1.0/1.1"),
    "CFG_POSTFIX_NO_SIZE_LIMIT": ("Không giới hạn dung lượng thư", "未限制邮件大小", "No message size limit"),
    "CFG_POSTFIX_NO_FILTER": (
        "Không có bộ lọc thư (milter/content_filter) trên đường đi",
        "邮件路径中没有过滤器（milter/content_filter）",
        "No mail filter (milter/content_filter) in the path",
    ),
    "CFG_POSTFIX_ALWAYS_BCC": (
        "Sao chép/chuyển tiếp thư tự động vô điều kiện",
        "存在无条件自动转发/抄送",
        "Unconditional automatic copy/forwarding",
    ),
    "CFG_POSTFIX_VRFY_ENABLED": ("Postfix bật lệnh VRFY", "Postfix启用VRFY命令", "Postfix VRFY enabled"),
    "CFG_POSTFIX_BANNER_DISCLOSURE": (
        "Banner Postfix để lộ phần mềm",
        "Postfix欢迎信息泄露软件",
        "Postfix banner discloses software",
    ),
    "CFG_LOG_RETENTION_SHORT": ("Nhật ký thư lưu dưới 180 ngày", "邮件日志留存不足180天", "Mail logs kept < 180 days"),
    "CFG_LOG_RETENTION_UNKNOWN": (
        "Không xác định được thời gian lưu nhật ký",
        "无法确定日志留存时间",
        "Log retention unknown",
    ),
    "CFG_DOVECOT_PLAINTEXT_AUTH": (
        "Dovecot cho phép xác thực văn bản rõ",
        "Dovecot允许明文认证",
        "Dovecot allows plaintext authentication",
    ),
    "CFG_DOVECOT_SSL_DISABLED": ("Dovecot tắt SSL/TLS", "Dovecot未启用SSL/TLS", "Dovecot SSL/TLS disabled"),
    "CFG_DOVECOT_TLS_LEGACY": (
        "Dovecot cho phép giao thức TLS cũ",
        "Dovecot允许过时TLS协议",
        "Dovecot allows legacy TLS",
    ),
    "CFG_DOVECOT_NO_QUOTA": (
        "Dovecot không giới hạn dung lượng hộp thư",
        "Dovecot未设置邮箱容量配额",
        "Dovecot has no mailbox quota",
    ),
    "CFG_DOVECOT_SIEVE_REDIRECT": (
        "Sieve cho phép tự động chuyển tiếp thư",
        "Sieve允许自动转发邮件",
        "Sieve allows automatic forwarding",
    ),
}

ITEM_TEXT: dict[str, tuple[str, str, str]] = {
    "CN-SCT-01": ("An toàn vật lý và môi trường", "物理和环境安全", "Physical and environmental security"),
    "CN-SCT-02": (
        "Tường lửa và cổng an ninh thư điện tử ở biên",
        "边界部署防火墙、电子邮件安全网关",
        "Firewall and e-mail security gateway at the boundary",
    ),
    "CN-SCT-03": (
        "Mã hóa SSL/TLS cho lưu lượng thư (kể cả di động)",
        "采用SSL等加密措施保护邮件传输（含移动终端）",
        "SSL/TLS protects mail traffic (incl. mobile)",
    ),
    "CN-SCT-04": ("Tắt chuyển tiếp thư mở (ẩn danh)", "关闭SMTP匿名转发", "SMTP anonymous relay disabled"),
    "CN-SCT-05": ("Lưu nhật ký kiểm toán ≥ 180 ngày", "审计记录留存时间不少于180天", "Audit records kept ≥ 180 days"),
    "CN-SCT-06": (
        "Giới hạn dung lượng hộp thư và tệp đính kèm",
        "限制单个用户邮件容量和附件容量",
        "Mailbox and attachment size quotas",
    ),
    "CN-SCT-07": (
        "Phần mềm chống mã độc được cấp phép trên máy trạm",
        "终端安装经公安部门许可的防恶意代码软件",
        "Licensed anti-malware on mail terminals",
    ),
    "CN-SCT-08": (
        "Cập nhật cơ sở dữ liệu mẫu mã độc thường xuyên",
        "定期更新恶意代码特征库",
        "Anti-malware signatures updated regularly",
    ),
    "CN-SCT-09": (
        'Cấm "ghi nhớ mật khẩu" trên ứng dụng thư',
        '禁止邮件客户端使用"记住密码"',
        'No "remember password" in mail clients',
    ),
    "CN-SCT-10": (
        "Mã hóa dữ liệu thư lưu trữ bằng mật mã nội địa (SM2/SM3/SM4)",
        "采用国产密码技术加密存储邮件数据",
        "Stored mail encrypted with domestic cryptography",
    ),
    "CN-SCT-11": (
        "Không có chuyển tiếp tự động vô điều kiện",
        "禁止设定无条件自动转发策略",
        "No unconditional auto-forwarding",
    ),
    "CN-SCT-12": ("Kiểm soát nội dung thư gửi ra", "外发邮件内容安全管控", "Outbound content control"),
    "CN-SCT-13": (
        "Kiểm soát gửi ra bao gồm tiêu đề, nội dung, tệp đính kèm",
        "外发管控覆盖主题、正文及附件",
        "Outbound control covers subject, body, attachments",
    ),
    "CN-SCT-14": (
        "Chỉ mở API cần thiết, có xác thực bên thứ ba",
        "仅开放必要接口并认证第三方身份",
        "Only necessary APIs, third parties authenticated",
    ),
    "CN-SCT-15": (
        "Nền tảng đám mây tách quyền quản trị",
        "云平台分离管理权限",
        "Cloud platform separates admin privileges",
    ),
    "CN-SCT-16": (
        "Bảo vệ toàn vẹn dữ liệu thư trên đám mây",
        "云上重要邮件数据完整性保护",
        "Integrity of mail data on the cloud",
    ),
    "CN-SCT-17": (
        "Nền tảng đám mây bảo vệ quyền riêng tư",
        "云平台保护用户隐私和敏感信息",
        "Cloud platform protects privacy",
    ),
    "CN-SCT-18": (
        "Xác thực giữa ứng dụng thư di động và máy chủ",
        "移动邮件客户端与服务间启用认证",
        "Mobile client authentication enabled",
    ),
    "CN-SCT-19": (
        "Ứng dụng thư di động mã hóa thư cục bộ",
        "移动客户端本地加密邮件",
        "Mobile client encrypts mail locally",
    ),
    "VN-66-03": (
        "Dùng tính năng chống thư rác, chống giả mạo, chống mã độc",
        "启用反垃圾、防伪造、防恶意代码功能",
        "Anti-spam, anti-spoofing, anti-malware features on",
    ),
    "VN-UG-01": (
        "Truy cập webmail bằng giao thức an toàn",
        "通过安全协议访问Webmail",
        "Webmail over secure protocols only",
    ),
    "VN-UG-02": (
        "Cấu hình truy cập máy chủ thư an toàn",
        "安全配置邮件服务器访问",
        "Secure mail-client access configuration",
    ),
    "VN-UG-03": ("Chứng chỉ số máy chủ thư hợp lệ", "邮件服务器证书有效", "Valid mail server certificates"),
    "VN-LVL-02": (
        "DMARC với chính sách quarantine/reject",
        "DMARC策略为quarantine/reject",
        "DMARC with quarantine/reject",
    ),
    "VN-PR-01": ("Chính sách mật khẩu mạnh", "强口令策略", "Strong password policy"),
    "X-01": ("SPF cho mọi tên miền gửi thư", "所有发信域配置SPF", "SPF on every sending domain"),
    "X-02": ("Ký DKIM thư gửi đi, khóa ≥ 2048 bit", "外发邮件DKIM签名，密钥≥2048位", "DKIM signing, key ≥ 2048 bits"),
    "X-03": (
        "DMARC p=quarantine/reject có rua",
        "DMARC p=quarantine/reject并设置rua",
        "DMARC quarantine/reject with rua",
    ),
    "X-05": ("STARTTLS, MTA-STS, TLS-RPT", "STARTTLS、MTA-STS、TLS-RPT", "STARTTLS, MTA-STS, TLS-RPT"),
    "X-06": (
        "Không chuyển tiếp thư mở; chỉ xác thực sau TLS",
        "无开放中继；仅TLS后认证",
        "No open relay; AUTH only after TLS",
    ),
}

LABELS: dict[str, tuple[str, str, str]] = {
    "title": (
        "Báo cáo đánh giá an toàn hệ thống thư điện tử",
        "电子邮件系统安全评估报告",
        "Mail system security posture report",
    ),
    "domain": ("Tên miền", "域名", "Domain"),
    "grade": ("Xếp hạng", "等级", "Grade"),
    "score": ("Điểm", "得分", "Score"),
    "findings": ("Phát hiện", "发现项", "Findings"),
    "severity": ("Mức độ", "严重程度", "Severity"),
    "code": ("Mã", "代码", "Code"),
    "controls": ("Yêu cầu kiểm soát", "控制项", "Controls"),
    "evidence": ("Bằng chứng", "证据", "Evidence"),
    "fix": ("Khắc phục", "修复建议", "Fix"),
    "target": ("Đối tượng", "目标", "Target"),
    "selfcheck": ("Bảng tự kiểm tra", "自查表", "Self-check table"),
    "item": ("Hạng mục", "检查项", "Item"),
    "status": ("Kết quả", "结果", "Status"),
    "inventory": (
        "Danh mục hệ thống thư (CN-RECT-01)",
        "邮件系统清单（CN-RECT-01）",
        "Mail system inventory (CN-RECT-01)",
    ),
    "summary": ("Tổng hợp theo mức độ", "按严重程度汇总", "Summary by severity"),
    "none": ("Không có phát hiện", "无发现项", "No findings"),
    "pass": ("Đạt", "符合", "pass"),
    "fail": ("Không đạt", "不符合", "fail"),
    "not-applicable": ("Không áp dụng", "不适用", "not applicable"),
    "needs-attestation": ("Cần xác nhận", "需人工确认", "needs attestation"),
    "critical": ("Nghiêm trọng", "严重", "critical"),
    "high": ("Cao", "高", "high"),
    "medium": ("Trung bình", "中", "medium"),
    "low": ("Thấp", "低", "low"),
    "info": ("Thông tin", "信息", "info"),
}


def t(key: str, lang: str, table: dict[str, tuple[str, str, str]] = LABELS) -> str:
    """Look a string up; falls back to English, then to the key itself."""
    entry = table.get(key)
    if entry is None:
        return key
    return entry[LANGS.index(lang)] if lang in LANGS else entry[2]
