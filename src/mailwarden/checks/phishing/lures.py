"""Social-engineering lures in Vietnamese, Chinese and English: password expiry, account lock, urgent payment,
payment redirection and the "boss" request (BEC), and help-desk impersonation."""

from __future__ import annotations

import re
from typing import ClassVar

from mailwarden.checks._parts import Part
from mailwarden.checks._senders import reply_to_elsewhere
from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.phishing.options import PhishingOptions
from mailwarden.data import is_freemail
from mailwarden.message.model import Message
from mailwarden.textfeatures.domains import in_domain, registered_domain
from mailwarden.textfeatures.phrasematch import PhraseSet
from mailwarden.textfeatures.tokens import fold_text
from mailwarden.verdict import Category, Hit

# Matched on lowercased text with diacritics removed (Vietnamese typed without accents matches too).
_PASSWORD = PhraseSet(
    r"password (?:will )?(?:expire|has expired)"
    r"|(?:verify|confirm|validate|update) your (?:account|password|mailbox|email)"
    r"|(?:mailbox|account) (?:will be|has been) (?:suspended|disabled|locked|closed|deactivated)"
    r"|mailbox (?:is )?(?:full|over ?quota)|unusual sign.?in activity"
    r"|mat khau (?:cua ban )?(?:se |da )?het han|xac (?:minh|thuc) tai khoan|tai khoan (?:cua ban )?(?:se |da )?bi"
    r" (?:khoa|tam khoa|vo hieu hoa|dinh chi)|hop thu (?:cua ban )?(?:da )?day|cap nhat (?:lai )?mat khau"
    r"|密码(?:即将|已)?过期|验证(?:您的)?(?:账户|帐户|邮箱)|(?:账户|帐户|邮箱)(?:将|已)?被(?:冻结|停用|锁定|注销)|邮箱(?:容量|空间)已满"
    r"|更新(?:您的)?密码",
)
_PAYMENT = PhraseSet(
    r"(?:urgent|immediate|overdue|outstanding) (?:payment|wire|transfer|invoice)|wire transfer (?:today|urgently)"
    r"|payment (?:is )?overdue|bank (?:details|account) (?:have|has) changed"
    r"|thanh toan (?:gap|ngay|khan)|chuyen khoan (?:gap|ngay)|hoa don (?:qua han|chua thanh toan)"
    r"|thay doi (?:so )?tai khoan ngan hang"
    r"|紧急(?:付款|汇款|转账)|(?:立即|尽快)(?:付款|汇款|转账)|逾期(?:付款|账单|发票)|银行账户(?:已)?变更"
    # Payment redirection (BEC): "our bank details changed, pay the new account".
    r"|change of bank (?:account|details)|new bank (?:account|details)"
    r"|update (?:our |the )?bank (?:account|details) ?(?:information|info)?"
    r"|thay doi (?:thong tin )?tai khoan (?:nhan tien|thu huong|thanh toan|nhan thanh toan)"
    r"|tai khoan (?:thu huong|nhan tien) moi|cap nhat (?:thong tin )?tai khoan ngan hang"
    r"|(?:更改|变更|更换|變更|更換)(?:公司)?(?:收款)?(?:银行|銀行)?(?:账户|帳戶|賬戶|账号|帳號)"
    r"|收款(?:账户|账号|帳戶|賬戶)(?:已)?(?:变更|更改|更换|變更|更換)|新的?收款(?:账户|账号|帳戶|賬戶)",
)
# The "boss" request of business e-mail compromise, written by hand (no maintained library lists these): the
# first message asks a subordinate for a discreet favour from someone who cannot talk, the next for gift
# cards and their codes. The request (a task or gift cards) must be there, and one more sign of the script.
_BEC_ASK = re.compile(
    r"\b(?:(?:quick|small|urgent|important|personal|little) (?:favou?r|task|errand|assignment)"
    r"|need (?:you to (?:handle|do|complete|run|take care of|get)|a (?:quick )?favou?r)"
    r"|can you (?:do|handle|help with) (?:something|a task|a favou?r)"
    r"|giup (?:anh|chi|toi|minh) (?:mot )?(?:viec|chut viec|viec gap)|nho (?:em|ban) (?:lam )?(?:mot )?viec)\b"
    r"|帮(?:我|忙)(?:办|处理|做)?(?:一)?件事|帮个忙|帮我个忙|有件事(?:需要|要)你"
)
_BEC_GIFT = re.compile(
    r"\b(?:buy|purchase|get|pick up|order)\b.{0,60}\b(?:gift ?cards?|(?:itunes|google play|apple|amazon|steam"
    r"|ebay|visa|sephora|walmart|target) (?:gift )?cards?)\b"
    r"|scratch (?:off )?the back|(?:pictures?|photos?|images?|snapshots?) of the (?:cards?|codes?|pins?)"
    r"|\bmua\b.{0,40}\bthe (?:cao|qua tang|mua sam|dien thoai|game|steam|itunes)\b"
    r"|(?:购买|买|购|采购).{0,12}(?:礼品卡|购物卡|充值卡|京东卡|苹果卡|e卡|超市卡|加油卡)"
)
_BEC_SCRIPT = re.compile(
    r"\bare you (?:available|around|at your desk|in the office|free (?:now|right now)?)|do you have a (?:moment|minute)"
    r"|can'?t (?:talk|take (?:a |any )?calls?|speak|answer (?:the |my )?phone)|cannot (?:talk|take calls)"
    r"|unable to (?:talk|take calls)|(?:in|into|busy in) a (?:meeting|conference)|boarding a flight"
    r"|reply (?:back )?(?:here|to this e-?mail|via e-?mail|asap)|send me your (?:cell|mobile|phone|personal|whatsapp)"
    r"|discreet(?:ly)?|keep (?:this|it) (?:between us|confidential|to yourself)|surprise (?:for|to) (?:the )?staff"
    r"|(?:em|ban|anh|chi) (?:co )?(?:dang )?(?:ranh|o van phong|o co quan) khong|(?:anh|chi|toi) dang hop"
    r"|khong (?:the )?nghe (?:may|dien thoai)|giu bi mat|nhan (?:tin )?(?:lai )?qua (?:zalo|email)"
    r"|在吗|在不在|有空吗|(?:正在|在)开会|不方便(?:接|听)?(?:电话|通话)|保密|不要告诉|加我(?:的)?(?:微信|qq)"
)
# The request is a few lines; a newsletter or a long letter that mentions gift cards is not it.
MAX_BEC_WORDS = 250
# The sender poses as the IT help desk, mail administrator or payroll ("RE: IT Support Team", "Quản trị hệ
# thống email", "信息中心") in the subject or display name, and asks to click, sign in or verify: the usual
# text of credential phishing sent from compromised accounts of other organisations.
_ROLE = re.compile(
    r"\b(?:it (?:help ?desk|support|service desk|services?|department|team|admin)|help ?desk|service desk"
    r"|technical support team|system administrator|systems? admin(?:istrator)?|mail(?:box)? admin(?:istrator)?"
    r"|webmail|outlook web app|email (?:account|administrator|support)|mailbox (?:user|quota|upgrade|storage)"
    r"|payroll|staff bulletin|all staff"
    r"|quan tri (?:he thong|email|hop thu|mang)|quan tri vien|phong cntt|bo phan it|ho tro ky thuat"
    r"|trung tam cong nghe thong tin)\b"
    r"|信息中心|网络中心|系统管理员|邮箱管理员|邮件管理员|信息技术部|技术支持|运维中心"
)
_ACTION = re.compile(
    r"\b(?:click|log ?in|sign ?in|verify|validate|re-?validate|update|upgrade|re-?activate|confirm"
    r"|follow the link|link below|access|nhan vao|bam vao|truy cap|dang nhap|xac minh|xac nhan|cap nhat"
    r"|nang cap)\b|点击|登录|登陆|验证|确认|更新|升级|访问"
)
# A real notice is longer only when it is a newsletter; the lure is a few lines.
MAX_HELPDESK_WORDS = 300
MAX_CHARS = 8_000
MAX_URLS = 50
# "Hi jose@monkey.org," / "Dear user john@agency.vn" / "Kính gửi minh@bo.gov.vn" / "尊敬的 a@b.cn": mass
# phishing greets the mailbox, not a person (the kit fills in the address it sends to). Ham opening with
# an address is a quote attribution ("x@y wrote:"), which needs no greeting word and is excluded.
_GREETING_ADDRESS = re.compile(
    r"\W{0,5}(?:hi|hello|dear|hey|greetings|attention|attn|good (?:morning|afternoon|evening|day)|xin chào|"
    r"kính gửi|chào|尊敬的|您好|亲爱的)[\s,:-]*(?:(?:valued |dear )?(?:customer|user|member|client|account "
    r"holder)[\s,:-]*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b(?![\s,]*(?:said|wrote|writes)\b)",
    re.IGNORECASE,
)


def _links_elsewhere(m: Message, government: tuple[str, ...]) -> bool:
    """A link (not an image or style URL) elsewhere than the sender's own site: not the From domain's
    registered domain, not a tenant of a hosted service named after it (``univ.topdesk.net`` for a
    ``univ.example`` help desk's ticket system), not a ``government`` site (an awareness notice links there)."""
    own = registered_domain((m.from_domain or "").lower())
    tenant = own.partition(".")[0]
    for u in m.urls[:MAX_URLS]:
        if u.source in ("html-src", "html-css"):
            continue
        host = u.host.lower()
        if registered_domain(host) == own or in_domain(host, government):
            continue
        if len(tenant) >= 3 and tenant in host.split(".")[:-2]:
            continue
        return True
    return False


def _answers_elsewhere(m: Message, freemail: frozenset[str]) -> str | None:
    """Where the answers to a payment request go when that is not the organisation in From: a Reply-To
    in another registered domain, or a From in a free-mail box (business e-mail compromise: the "supplier"
    with new bank details who is reached at gmail.com or 163.com)."""
    addr = reply_to_elsewhere(m)
    if addr is not None:
        return f"Reply-To {addr}"
    from_dom = (m.from_domain or "").lower()
    if from_dom and is_freemail(from_dom, freemail):
        return f"From a free-mail box ({from_dom})"
    return None


def _bec_request(text: str) -> str | None:
    """The phrases of a "boss" request in ``text`` (folded subject and body): a gift-card purchase, or a task
    asked for with one more sign of the script (are you available, can't talk, reply here, discreetly)."""
    if len(text.split()) > MAX_BEC_WORDS:
        return None
    gift = _BEC_GIFT.search(text)
    ask = _BEC_ASK.search(text)
    script = _BEC_SCRIPT.search(text)
    if gift:
        return gift.group(0)
    if ask and script:
        return f"{ask.group(0)} / {script.group(0)}"
    return None


class Lures(Part):
    """A lure phrase alone is weak evidence; the password lure counts only with a link, form or attachment."""

    name = "phish_lures"
    description = "password-expiry/account and urgent-payment lures (vi, zh, en)"
    symbols: ClassVar = (
        SymbolDef("PHISH_LURE_PASSWORD", 2.5, "password/account lure with a link, form or attachment",
                  Category.PHISHING, "phish_lure"),
        SymbolDef("PHISH_LURE_PAYMENT", 1.5, "urgent payment or changed bank account lure", Category.PHISHING,
                  "phish_lure"),
        SymbolDef("PHISH_BEC_REDIRECT", 2.5, "payment-redirection lure whose answers go elsewhere: Reply-To "
                  "in another domain, or From a free-mail box", Category.PHISHING, "phish_lure"),
        SymbolDef("PHISH_BEC_REQUEST", 3.0, "a short \"boss\" request (a discreet task, gift cards and their "
                  "codes, can't talk now) whose answers go elsewhere: Reply-To in another domain, or From a "
                  "free-mail box", Category.PHISHING, "phish_lure"),
        SymbolDef("PHISH_LURE_HELPDESK", 2.5, "a short message posing as the IT help desk, mail admin or "
                  "payroll asks to click or sign in, linking outside the sender's domain", Category.PHISHING,
                  "phish_lure"),
        SymbolDef("PHISH_GREETING_ADDRESS", 2.0, "the text greets an e-mail address, not a person "
                  "(\"Hi jose@monkey.org,\")", Category.PHISHING, "phish_lure"),
    )  # fmt: skip
    needs = frozenset({Need.HEADERS, Need.BODY})

    def helpdesk_role(self, m: Message, text: str) -> str | None:
        """The help-desk role the subject or display name claims, when ``text`` (the folded subject and body)
        is short, asks for an action and the message links outside the sender's domain."""
        head = " ".join(fold_text(f"{m.subject} {m.from_display or ''}".lower()).split())
        role = _ROLE.search(head)
        if role is None or len(text.split()) > MAX_HELPDESK_WORDS or not _ACTION.search(text):
            return None
        opts = self.options
        assert isinstance(opts, PhishingOptions)
        # [checks.phishing] government_domains, and US federal ".gov" sites (advisories link there too).
        government = (*(d.lower() for d in opts.government_domains), "gov")
        return role.group(0) if _links_elsewhere(m, government) else None

    async def run(self, ctx: CheckContext) -> CheckResult:
        m = ctx.message
        body = m.text_body if m.text_body.strip() else m.html_text
        text = " ".join(fold_text(f"{m.subject}\n{body[:MAX_CHARS]}".lower()).split())
        hits: list[Hit] = []
        # The lure lexicons search by their phrases' literal starts (PhraseSet): a plain alternation tried
        # at every position took ~80 us per message each.
        pw = _PASSWORD.search(text) if (m.urls or m.attachments) else None
        if pw:
            hits.append(Hit("PHISH_LURE_PASSWORD", pw))
        # Where the answers go: cheap, and most mail answers its own sender (no BEC phrase search then).
        diverted = _answers_elsewhere(m, ctx.freemail_domains)
        pay = _PAYMENT.search(text)
        if pay:
            hits.append(Hit("PHISH_LURE_PAYMENT", pay))
            if diverted:
                hits.append(Hit("PHISH_BEC_REDIRECT", f"{pay}; {diverted}"))
        request = _bec_request(text) if diverted else None
        if request:
            hits.append(Hit("PHISH_BEC_REQUEST", f"{request}; {diverted}"))
        role = self.helpdesk_role(m, text)
        if role:
            hits.append(Hit("PHISH_LURE_HELPDESK", role))
        greeting = _GREETING_ADDRESS.match(body.lstrip()[:200])
        if greeting:
            hits.append(Hit("PHISH_GREETING_ADDRESS", greeting.group(0).strip()))
        return CheckResult(hits)
