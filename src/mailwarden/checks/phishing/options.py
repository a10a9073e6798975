"""Options of the phishing check: peer domains to protect and protected display names."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# Government portals and brands often imitated in phishing against agencies (operators extend this).
DEFAULT_PEERS = (
    "chinhphu.vn", "mof.gov.vn", "mofa.gov.vn", "mps.gov.vn", "gdt.gov.vn", "customs.gov.vn", "sbv.gov.vn",
    "mic.gov.vn", "moh.gov.vn", "gov.cn", "mfa.gov.cn", "chinatax.gov.cn", "mof.gov.cn", "customs.gov.cn",
    "microsoft.com", "office.com", "outlook.com", "paypal.com", "apple.com", "google.com", "dhl.com",
)  # fmt: skip

# name (matched case-, accent- and homoglyph-insensitively) -> domains allowed to use it
DEFAULT_NAMES: dict[str, list[str]] = {
    "microsoft": ["microsoft.com", "office.com", "office365.com", "outlook.com", "live.com", "sharepoint.com"],
    "office 365": ["microsoft.com", "office.com", "office365.com", "outlook.com"],
    "paypal": ["paypal.com", "paypal.me"],
    "apple": ["apple.com", "icloud.com"],
    "dhl": ["dhl.com", "dhl.de"],
    "netflix": ["netflix.com"],
    # The brands most imitated in phishing (APWG and Check Point brand-phishing reports), with the
    # domains their real mail comes from. Ambiguous words (Chase, UPS, Apple Pay...) only as phrases.
    "amazon": [
        "amazon.com",
        "amazon.co.uk",
        "amazon.de",
        "amazon.co.jp",
        "amazon.cn",
        "amazonses.com",
        "aws.com",
        "amazon.in",
        "amazon.fr",
        "amazon.it",
        "amazon.es",
        "amazon.ca",
        "amazonaws.com",
    ],
    "amazon prime": ["amazon.com", "primevideo.com"],
    "ledger": ["ledger.com"],
    "metamask": ["metamask.io", "consensys.net"],
    "coinbase": ["coinbase.com"],
    "binance": ["binance.com"],
    "american express": ["americanexpress.com", "aexp.com", "amex.com"],
    "amex": ["americanexpress.com", "aexp.com", "amex.com"],
    "usaa": ["usaa.com"],
    "wells fargo": ["wellsfargo.com", "wf.com"],
    "chase bank": ["chase.com", "jpmchase.com"],
    "jpmorgan chase": ["chase.com", "jpmchase.com", "jpmorgan.com"],
    "bank of america": ["bankofamerica.com", "bofa.com", "ealerts.bankofamerica.com"],
    "citibank": ["citi.com", "citibank.com"],
    "hsbc": ["hsbc.com", "hsbc.co.uk", "hsbc.com.hk", "hsbc.com.vn", "hsbc.com.cn"],
    "fedex": ["fedex.com"],
    "usps": ["usps.com", "usps.gov"],
    "dhl express": ["dhl.com", "dhl.de"],
    "linkedin": ["linkedin.com", "e.linkedin.com"],
    "facebook": ["facebook.com", "facebookmail.com", "fb.com", "meta.com"],
    "instagram": ["instagram.com", "mail.instagram.com", "facebookmail.com"],
    "whatsapp": ["whatsapp.com"],
    "docusign": ["docusign.com", "docusign.net"],
    "dropbox": ["dropbox.com", "dropboxmail.com"],
    "wetransfer": ["wetransfer.com"],
    "adobe sign": ["adobe.com", "adobesign.com", "echosign.com"],
    "sharepoint": ["microsoft.com", "sharepoint.com", "sharepointonline.com"],
    "onedrive": ["microsoft.com", "onedrive.com", "live.com"],
    "norton": ["norton.com", "nortonlifelock.com", "gen.digital"],
    "mcafee": ["mcafee.com"],
    "geek squad": ["bestbuy.com", "geeksquad.com"],
    "walmart": ["walmart.com"],
    "costco": ["costco.com"],
    "spotify": ["spotify.com"],
    "trust wallet": ["trustwallet.com"],
    "vietcombank": ["vietcombank.com.vn"],
    "vietinbank": ["vietinbank.vn"],
    "bidv": ["bidv.com.vn"],
    "agribank": ["agribank.com.vn"],
    "techcombank": ["techcombank.com.vn", "techcombank.com"],
    "viettel": ["viettel.vn", "viettel.com.vn", "viettelpost.com.vn", "viettelpost.vn"],
    "vnpt": ["vnpt.vn", "vnpt.com.vn"],
    "zalo": ["zalo.me", "zalopay.vn", "vng.com.vn"],
    "momo": ["momo.vn"],
    "支付宝": ["alipay.com", "alibaba-inc.com", "mail.alipay.com"],
    "工商银行": ["icbc.com.cn"],
    "中国银行": ["boc.cn", "bankofchina.com"],
    "建设银行": ["ccb.com"],
    "农业银行": ["abchina.com"],
    "招商银行": ["cmbchina.com"],
    "微信": ["wechat.com", "qq.com", "tencent.com"],
    "顺丰": ["sf-express.com"],
    # Vietnamese and Chinese banks, shops, couriers, carriers and apps most imitated in phishing against
    # users there (with the domains their real mail comes from).
    "mb bank": ["mbbank.com.vn"],
    "mbbank": ["mbbank.com.vn"],
    "vpbank": ["vpbank.com.vn"],
    "sacombank": ["sacombank.com", "sacombank.com.vn"],
    "tpbank": ["tpb.vn", "tpb.com.vn"],
    "hdbank": ["hdbank.com.vn"],
    "ngân hàng acb": ["acb.com.vn"],
    "shopee": ["shopee.vn", "shopee.com", "shopee.sg", "shopeemobile.com"],
    "lazada": ["lazada.vn", "lazada.com"],
    "tiki": ["tiki.vn"],
    "vnpost": ["vnpost.vn"],
    "giao hàng nhanh": ["ghn.vn"],
    "giao hàng tiết kiệm": ["ghtk.vn"],
    "zalopay": ["zalopay.vn", "vng.com.vn"],
    "vnpay": ["vnpay.vn"],
    "vietnam airlines": ["vietnamairlines.com"],
    "vietjet": ["vietjetair.com"],
    "京东": ["jd.com", "jd.hk", "jdl.com"],
    "淘宝": ["taobao.com", "alibaba-inc.com", "alibaba.com"],
    "天猫": ["tmall.com", "taobao.com", "alibaba-inc.com"],
    "拼多多": ["pinduoduo.com", "yangkeduo.com"],
    "美团": ["meituan.com"],
    "抖音": ["douyin.com", "bytedance.com"],
    "中国移动": ["10086.cn", "chinamobile.com"],
    "中国电信": ["189.cn", "chinatelecom.com.cn", "chinatelecom.cn"],
    "中国联通": ["10010.com", "chinaunicom.cn", "chinaunicom.com"],
    "中国邮政": ["chinapost.com.cn", "ems.com.cn", "11185.cn"],
    "12306": ["12306.cn", "rails.com.cn"],
    "腾讯": ["tencent.com", "qq.com", "exmail.qq.com"],
    "企业微信": ["tencent.com", "qq.com"],
    "钉钉": ["dingtalk.com", "alibaba-inc.com"],
    "交通银行": ["bankcomm.com"],
    "邮储银行": ["psbc.com"],
    "平安银行": ["pingan.com", "pingan.com.cn"],
    "中信银行": ["citicbank.com"],
    "浦发银行": ["spdb.com.cn"],
    "bộ tài chính": ["mof.gov.vn"],
    "tổng cục thuế": ["gdt.gov.vn"],
    "cục thuế": ["gdt.gov.vn"],
    "chính phủ": ["chinhphu.vn", "gov.vn"],
    "国家税务总局": ["chinatax.gov.cn"],
    "外交部": ["mfa.gov.cn", "fmprc.gov.cn"],
}


class PhishingOptions(BaseModel):
    """``[checks.phishing]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    peer_domains: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PEERS), description="domains protected against look-alikes besides ours"
    )
    names: dict[str, list[str]] = Field(
        default_factory=lambda: dict(DEFAULT_NAMES), description="protected display names -> their real domains"
    )
    protect_own_domains: bool = Field(True, description="also protect the names of [domains] protected")
    government_domains: list[str] = Field(
        default_factory=lambda: ["gov.vn", "gov.cn"],
        description="domains (and their sub-domains) whose mail may name a public authority in the display "
        "name; [domains] protected may too",
    )
