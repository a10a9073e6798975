"""The body family: hidden/tiny text, image-only, forms, mixed scripts, zero-width splits, URL counts."""

from __future__ import annotations

from mailwarden.checks.body.check import Body
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message

HEAD = "From: a@sender.example\r\nTo: b@agency.gov.vn\r\nSubject: s\r\nMIME-Version: 1.0\r\n"


async def hits(body: str, html: bool = False) -> dict[str, str]:
    ctype = "text/html" if html else "text/plain"
    raw = f"{HEAD}Content-Type: {ctype}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}".encode()
    e = Engine(settings_from_mapping({}), FakeResolver({}), check_classes=[Body])
    v = await e.scan(parse_message(raw))
    return {s.name: s.detail for s in v.symbols}


async def test_plain_letter_has_no_hits() -> None:
    text = "Kính gửi anh Minh, xin gửi lại biên bản cuộc họp sáng nay để anh xem và góp ý trước thứ Sáu. Trân trọng."
    assert await hits(text) == {}


async def test_hidden_and_tiny_text() -> None:
    h = await hits(
        '<p>Offer</p><div style="display:none">casino poker viagra random words to poison filters</div>'
        '<span style="font-size:1px">more invisible filler text</span>',
        html=True,
    )
    assert "BODY_HIDDEN_TEXT" in h and "BODY_TINY_FONT" in h


PREHEADER = (
    '<html><head><style>p{margin:0}</style></head><body style="margin:0">\r\n<table><tr><td>'
    '<div style="display:none;font-size:1px;line-height:1px;max-height:0;overflow:hidden;mso-hide:all;">'
    "Your parcel is on its way, arriving 14 November"
    + "&#8199;&#65279;&#847; "
    * 60
    + "</div><p>Dear customer, your order 3018 was handed to the carrier today and will arrive on Friday.</p>"
    "</td></tr></table></body></html>"
)


async def test_a_newsletter_preheader_is_not_hidden_text() -> None:
    # The preview line of a notice or newsletter: first in the body, one short line plus spacers.
    h = await hits(PREHEADER, html=True)
    assert "BODY_HIDDEN_TEXT" not in h and "BODY_TINY_FONT" not in h
    # Hidden text after visible text, a long hidden block first in the body, or a second hidden block
    # after the preheader are what filter poisoning looks like: they still hit.
    after_text = PREHEADER.replace("<table>", "<p>Hello</p><table>")
    assert {"BODY_HIDDEN_TEXT", "BODY_TINY_FONT"} <= h_keys(await hits(after_text, html=True))
    long_first = PREHEADER.replace("Your parcel is on its way", "casino poker viagra " * 20)
    assert {"BODY_HIDDEN_TEXT", "BODY_TINY_FONT"} <= h_keys(await hits(long_first, html=True))
    second = PREHEADER.replace("</td>", '<span style="display:none">casino poker viagra filler words</span></td>')
    assert "BODY_HIDDEN_TEXT" in await hits(second, html=True)


def h_keys(h: dict[str, str]) -> set[str]:
    return set(h)


async def test_image_only_and_form() -> None:
    h = await hits('<a href="http://shop.example/"><img src="http://shop.example/a.png"></a><form action="x">', True)
    assert "BODY_IMAGE_ONLY" in h and "BODY_HTML_FORM" in h
    h = await hits('<p>Log in below to keep your account</p><form><input type="password" name="p"></form>', True)
    assert "BODY_PASSWORD_FIELD" in h and "BODY_HTML_FORM" not in h


async def test_mixed_script_and_zero_width_words() -> None:
    # Cyrillic а and о inside Latin words; zero-width spaces splitting words.
    h = await hits("Your Pаypal аccount nеeds vеrificаtion. Fr\u200bee mo\u200bney ca\u200bsino wi\u200bn now")
    assert "BODY_MIXED_SCRIPT" in h and "BODY_ZERO_WIDTH" in h


async def test_styled_letters() -> None:
    h = await hits("𝗩𝗲𝗿𝗶𝗳𝘆 𝘆𝗼𝘂𝗿 𝗮𝗰𝗰𝗼𝘂𝗻𝘁 today or it will be closed, said the notice to every customer of the bank")
    assert "BODY_STYLED_LETTERS" in h and "Verify" in h["BODY_STYLED_LETTERS"]
    # A logo letter in a footer is not styled words.
    assert "BODY_STYLED_LETTERS" not in await hits("Follow us on 𝕏 and 𝕗 for news of the meeting schedule next week")


async def test_excessive_urls_and_short_with_url() -> None:
    many = " ".join(f"http://host{i}.example/" for i in range(30))
    assert "BODY_EXCESSIVE_URLS" in await hits("links: " + many)
    assert "BODY_SHORT_WITH_URL" in await hits("see http://promo.example/x now")
    assert "BODY_SHORT_WITH_URL" in await hits("点击这里领取 http://promo.example/x")
    # Chinese has no spaces: a notice of a few sentences is one "word" per clause, not hardly any text.
    notice = "您追蹤的航線台北到東京十二月出發經濟艙來回票價已降至新台幣一萬兩千元，比上週低。查看航班與座位 http://fares.example/t"
    assert "BODY_SHORT_WITH_URL" not in await hits(notice)


async def test_exclamations() -> None:
    assert "BODY_EXCLAMATIONS" in await hits("Free!! Now!! Order!! Today!! " + "word " * 20)
    assert "BODY_EXCLAMATIONS" in await hits("免费！！！！立即订购！！！！")
    assert "BODY_EXCLAMATIONS" not in await hits("Congratulations on the award! Well done, team! " + "word " * 20)
