"""Links the parser cannot see in the text: QR codes in images and PDFs ("quishing") and URI actions in PDFs
reach the phishing URL checks."""

from __future__ import annotations

import io
import time
from email.message import EmailMessage

from PIL import Image

from mailwarden.checks.attachments.pdf import Pdf
from mailwarden.checks.attachments.qr import QrCodes
from mailwarden.checks.phishing.check import Phishing
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.filescan.pdf_images import pdf_images
from mailwarden.filescan.qr import qr_texts
from mailwarden.filescan.testing import pdf_plain, pdf_with_qr, qr_png
from mailwarden.message import parse_message
from mailwarden.verdict import Verdict


def mail(files: list[tuple[str, str, bytes]], inline: bool = False) -> bytes:
    m = EmailMessage()
    m["From"] = "IT Security <security@notices.example>"
    m["To"] = "staff@agency.gov.vn"
    m["Subject"] = "Action required: re-enrol multi-factor authentication"
    m.set_content("Your MFA enrolment expires today. Scan the QR code below with your phone to keep access.")
    for name, ctype, data in files:
        main, sub = ctype.split("/")
        if inline:
            m.add_attachment(data, maintype=main, subtype=sub, filename=name, disposition="inline", cid="<qr1>")
        else:
            m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(m)


async def scan(raw: bytes, **checks: object) -> Verdict:
    settings = settings_from_mapping({"domains": {"protected": ["agency.gov.vn"]}, "checks": checks})
    engine = Engine(settings, FakeResolver({}), check_classes=[QrCodes, Pdf, Phishing])
    return await engine.scan(parse_message(raw))


def names(v: Verdict) -> dict[str, str]:
    return {s.name: s.detail for s in v.symbols}


def test_qr_codes_are_read_from_png_jpeg_and_gif() -> None:
    url = "https://agency-gov-vn.mfa-portal.example/enrol?u=7781"
    for fmt in ("PNG", "JPEG", "GIF"):
        assert qr_texts(qr_png(url, fmt)) == [url], fmt
    # Not an image, a truncated one, a huge one: no code, no exception.
    png = qr_png(url)
    assert qr_texts(b"%PDF-1.4 not an image") == []
    assert qr_texts(png[: len(png) // 2]) == []
    assert qr_texts(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100) == []
    # A 25-megapixel image (a few KB compressed) is refused from its header, before any decoding.
    out = io.BytesIO()
    Image.new("L", (5000, 5000), 255).save(out, "PNG")
    t0 = time.perf_counter()
    assert qr_texts(out.getvalue()) == [] and time.perf_counter() - t0 < 0.5


async def test_a_qr_code_link_goes_through_the_url_checks() -> None:
    # The QR code points at a look-alike of the protected domain: the text has no link at all.
    raw = mail([("mfa.png", "image/png", qr_png("https://agency-gov-vn.login-verify.example/mfa"))])
    assert not parse_message(raw).urls
    h = names(await scan(raw))
    assert "mfa.png" in h["QR_CODE_URL"] and "login-verify.example" in h["QR_CODE_URL"]
    assert "PHISH_LOOKALIKE_URL" in h, h
    # An inline image with an IP-address link.
    h = names(await scan(mail([("qr.jpg", "image/jpeg", qr_png("http://203.0.113.9/m", "JPEG"))], inline=True)))
    assert "QR_CODE_URL" in h and "PHISH_IP_URL" in h
    # Off: the image is not decoded and its link is not seen.
    h = names(await scan(raw, attach_qr={"max_images": 0}))
    assert "QR_CODE_URL" not in h and "PHISH_LOOKALIKE_URL" not in h


async def test_a_qr_code_without_a_link_is_not_a_url() -> None:
    # A payment or Wi-Fi code carries no web link.
    h = names(await scan(mail([("pay.png", "image/png", qr_png("WIFI:T:WPA;S:guest;P:guest123;;"))])))
    assert "QR_CODE_URL" not in h


async def test_pdf_uri_actions_reach_the_phishing_checks() -> None:
    raw = mail([("invoice.pdf", "application/pdf", pdf_plain("http://198.51.100.7/login.php"))])
    assert "PHISH_IP_URL" in names(await scan(raw))
    raw = mail([("invoice.pdf", "application/pdf", pdf_plain("https://agency-gov-vn.secure-docs.example/x"))])
    assert "PHISH_LOOKALIKE_URL" in names(await scan(raw))
    assert "PHISH_LOOKALIKE_URL" not in names(await scan(mail([("a.pdf", "application/pdf", pdf_plain())])))


def test_qr_codes_are_read_from_the_pictures_in_a_pdf() -> None:
    url = "https://docs-agency-gov-vn.sign-portal.example/s/771"
    for encoding in ("png-predictor", "flate", "jpeg"):
        assert [t for i in pdf_images(pdf_with_qr(url, encoding)) for t in qr_texts(i)] == [url], encoding
    # No image, a damaged stream: nothing, and no exception.
    assert pdf_images(pdf_plain("https://a.example/")) == []
    broken = pdf_with_qr(url, "flate").replace(b"stream\n", b"stream\nXX", 1)
    assert [t for i in pdf_images(broken) for t in qr_texts(i)] == []


async def test_a_qr_code_in_a_pdf_attachment_goes_through_the_url_checks() -> None:
    pdf = pdf_with_qr("https://agency-gov-vn.doc-sign.example/view")
    h = names(await scan(mail([("Salary_Review_2025.pdf", "application/pdf", pdf)])))
    assert "Salary_Review_2025.pdf" in h["QR_CODE_URL"] and "PHISH_LOOKALIKE_URL" in h, h


def test_hostile_pdfs_cost_time_linear_in_their_size() -> None:
    # Many image dictionaries without streams, many streams without images, many truncated image streams.
    for evil in (
        b"%PDF-1.4\n" + b"/Subtype /Image " * 300_000,
        b"%PDF-1.4\n" + b"stream\n" * 700_000,
        b"%PDF-1.4\n" + b"1 0 obj << /Subtype /Image /Filter /FlateDecode /Width 8 >> stream\n" * 60_000,
    ):
        t0 = time.perf_counter()
        assert pdf_images(evil) == []
        assert time.perf_counter() - t0 < 0.5


async def test_a_files_link_is_not_buried_under_many_text_links() -> None:
    m = EmailMessage()
    m["From"] = "news@shop.example"
    m["To"] = "staff@agency.gov.vn"
    m["Subject"] = "Catalogue"
    m.set_content("\n".join(f"https://shop.example/item/{i}" for i in range(300)))
    pdf = pdf_plain("http://198.51.100.7/login.php")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="a.pdf")
    assert "PHISH_IP_URL" in names(await scan(bytes(m)))
