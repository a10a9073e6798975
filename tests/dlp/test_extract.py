"""Text extraction per format, inside archives, and within limits (bombs, depth, encryption)."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from docx import Document
from openpyxl import Workbook

from mailwarden.dlp import ExtractLimits, extract_text, samples
from mailwarden.dlp.extract import sniff_kind

LINES = ["ỦY BAN NHÂN DÂN TỈNH X", "Độ mật: TỐI MẬT", "机密★1年", "Kính gửi: Sở Tài chính"]
BUILDERS = {
    "a.docx": lambda: samples.docx(LINES),
    "a.xlsx": lambda: samples.xlsx([[t] for t in LINES]),
    "a.pptx": lambda: samples.pptx([LINES[:2], LINES[2:]]),
    "a.odt": lambda: samples.odt(LINES),
    "a.rtf": lambda: samples.rtf(LINES),
    "a.pdf": lambda: samples.pdf(LINES),
    "a.html": lambda: samples.html(LINES),
    "a.txt": lambda: "\n".join(LINES).encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_format_yields_its_text(name: str) -> None:
    got = extract_text(BUILDERS[name](), name)
    assert not got.problems
    text = "\n".join(t.text for t in got.texts)
    for line in LINES:
        assert line in text, (name, text)


def test_docx_written_by_python_docx_with_header_stamp() -> None:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "MẬT"
    doc.add_paragraph("Báo cáo tình hình")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Số CCCD"
    table.cell(0, 1).text = "001085012345"
    buf = io.BytesIO()
    doc.core_properties.keywords = "Độ mật: Mật"
    doc.save(buf)
    text = extract_text(buf.getvalue(), "r.docx").texts[0].text
    assert "MẬT" in text and "Báo cáo tình hình" in text and "001085012345" in text and "Độ mật: Mật" in text


def test_xlsx_written_by_openpyxl_keeps_numbers_and_strings() -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Họ tên", "Số thẻ"])
    ws.append(["Nguyễn Văn A", "4539777777777777"])
    ws.append(["tổng", 123456789])
    buf = io.BytesIO()
    wb.save(buf)
    text = extract_text(buf.getvalue(), "s.xlsx").texts[0].text
    assert "Số thẻ" in text and "4539777777777777" in text and "123456789" in text


def test_pptx_drawing_offsets_are_not_text() -> None:
    text = extract_text(samples.pptx([["hello"]]), "p.pptx").texts[0].text
    assert "1234567890" not in text and "hello" in text


def test_rtf_codepage_bytes_and_skipped_destinations() -> None:
    raw = b"{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}{\\*\\generator X;}\\'bb\\'fa\\'c3\\'dc\\'a1\\'ef\\par}"
    assert extract_text(raw, "c.rtf").texts[0].text.strip() == "机密★"


def test_nested_archives_name_their_path_and_stop_at_depth() -> None:
    inner = samples.zip_of({"deep/report.docx": samples.docx(["Độ mật: MẬT"])})
    outer = samples.zip_of({"level1.zip": inner, "note.txt": b"plain"})
    got = extract_text(outer, "bundle.zip")
    assert {t.source for t in got.texts} == {"bundle.zip!level1.zip!deep/report.docx", "bundle.zip!note.txt"}
    shallow = extract_text(outer, "bundle.zip", ExtractLimits(max_depth=1))
    assert any("nested deeper" in p for p in shallow.problems)


def test_zip_bomb_is_stopped_by_the_budget() -> None:
    bomb = samples.zip_of({"zeros.txt": b"0" * 20_000_000})
    got = extract_text(bomb, "bomb.zip", ExtractLimits(max_unpacked=5_000_000))
    assert got.problems and "bomb or over budget" in got.problems[0]
    assert not got.texts


def test_declared_size_lie_is_caught_while_reading() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", b"x" * 5000)
    data = bytearray(buf.getvalue())
    # patch the central directory's uncompressed size down to 10 bytes: zipfile then refuses (CRC/size)
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")
    got = extract_text(bytes(data), "lie.zip", ExtractLimits(max_member=100))
    assert got.problems and not any("x" * 200 in t.text for t in got.texts)


def test_member_count_limit() -> None:
    many = samples.zip_of({f"f{i}.txt": b"a" for i in range(50)})
    got = extract_text(many, "many.zip", ExtractLimits(max_members=10))
    assert any("more than 10 archive members" in p for p in got.problems)


def test_encrypted_members_and_documents_are_reported_not_guessed() -> None:
    enc = samples.zip_of({"secret.docx": b"garbage", "ok.txt": b"fine"}, encrypted=["secret.docx"])
    got = extract_text(enc, "e.zip")
    assert got.problems == ["e.zip!secret.docx: encrypted archive member, not scanned"]
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le")
    assert "password-protected" in extract_text(ole, "x.docx").problems[0]


def test_broken_pdf_is_a_problem_not_a_crash() -> None:
    got = extract_text(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "b.pdf")
    assert not got.texts


def test_input_and_character_limits() -> None:
    assert extract_text(b"x" * 100, "big.txt", ExtractLimits(max_input=10)).problems
    got = extract_text(("MẬT\n" * 1000).encode(), "t.txt", ExtractLimits(max_chars=100))
    assert len(got.texts[0].text) == 100


def test_eml_attachment_subject_body_and_parts() -> None:
    eml = (
        b"From: a@x.vn\r\nSubject: =?utf-8?b?W03huqxUXSBCw6FvIGPDoW8=?=\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
        b"hello\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=n.txt\r\n\r\n"
        b"inner text\r\n--b--\r\n"
    )
    got = extract_text(eml, "fwd.eml")
    texts = {t.source: t.text for t in got.texts}
    assert texts["fwd.eml:subject"] == "[MẬT] Báo cáo" and "inner text" in texts["fwd.eml!n.txt"]


def test_a_crafted_embedded_message_is_extracted_in_linear_time() -> None:
    # The stdlib's default policy took 6 s on a Subject of 20,000 encoded words and 9 s on a file
    # name behind 90,000 ";": an insider's forwarded .eml could stall the outbound filter.
    subject = " ".join(["=?utf-8?q?a?="] * 20_000) + " =?utf-8?b?W03huqxUXSBCw6FvIGPDoW8=?="
    eml = (
        f"From: a@x.vn\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain" + "; a=1" * 30_000 + '; name="n.txt"\r\n'
        'Content-Disposition: attachment; filename="' + ";" * 90_000 + "\"; filename*=utf-8''b%C3%A1o.txt\r\n\r\n"
        "inner text\r\n--b--\r\n"
    ).encode()
    t0 = time.perf_counter()
    got = extract_text(eml, "fwd.eml")
    assert time.perf_counter() - t0 < 2.0
    texts = {t.source: t.text for t in got.texts}
    assert texts["fwd.eml:subject"].endswith("[MẬT] Báo cáo")
    assert any(src.startswith("fwd.eml!") and "inner text" in text for src, text in texts.items())


def test_sniffing_prefers_magic_over_names() -> None:
    assert sniff_kind(samples.pdf(["x"]), "a.txt") == "pdf"
    assert sniff_kind(b"\x89PNG\r\n\x1a\n\0\0", "a.txt") == "binary"
    assert sniff_kind(b"hello", "a.bin") == "text"
    assert sniff_kind(samples.rtf(["x"]), "a.doc") == "rtf"
    assert extract_text(b"7z\xbc\xaf\x27\x1c\0\4" + b"\0" * 40, "a.7z").problems == [
        "a.7z: 7z/RAR archive, contents not scanned"
    ]


def test_tar_gz_archives_are_opened() -> None:
    import gzip
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        data = "Độ mật: MẬT".encode()
        info = tarfile.TarInfo("docs/a.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    got = extract_text(gzip.compress(buf.getvalue()), "a.tar.gz")
    assert got.texts[0].source == "a.tar!docs/a.txt" and "MẬT" in got.texts[0].text


def test_charset_names_as_mail_clients_write_them() -> None:
    """Outlook's windows-874 (Thai) and x-sjis / ks_c_5601-1987 are not Python codec names; before, such a part
    fell through to the UTF-8 / GB18030 / cp1258 guesses and came out as mojibake."""
    from mailwarden.dlp.textcodec import decode_text

    thai = "เอกสารลับ ห้ามเผยแพร่"
    assert decode_text(thai.encode("cp874"), "windows-874") == thai
    assert decode_text("機密文書".encode("cp932"), "x-sjis") == "機密文書"
    assert decode_text("대외비 문서".encode("cp949"), "ks_c_5601-1987") == "대외비 문서"
