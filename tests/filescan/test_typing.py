"""File typing: magic numbers, dangerous kinds, double extensions, bidi/zero-width tricks, mismatches."""

from __future__ import annotations

import unicodedata

import pytest

from mailwarden.filescan import testing as T
from mailwarden.filescan.typing import (
    FileKind,
    detect_kind,
    extensions_of,
    inspect_name,
    internet_shortcut_risk,
    mismatch,
)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (T.FAKE_PE, FileKind.PE),
        (T.make_zip({"a.txt": b"x"}), FileKind.ZIP),
        (T.make_docx(), FileKind.OOXML),
        (T.make_7z({"a": b"x"}), FileKind.SEVENZIP),
        (T.gz(b"x"), FileKind.GZIP),
        (T.bz(b"x"), FileKind.BZIP2),
        (T.xz(b"x"), FileKind.XZ),
        (T.make_tar({"a": b"x"}), FileKind.TAR),
        (T.pdf_plain(), FileKind.PDF),
        (T.rtf_equation_object(), FileKind.RTF),
        (T.LNK_HEADER + b"\0" * 60, FileKind.LNK),
        (T.iso_with_lnk(), FileKind.ISO),
        (T.make_vba_ole("Sub A()\r\nEnd Sub"), FileKind.OLE),
        (T.make_cfb({"x": b"y"}, root_clsid=bytes.fromhex("84100c0000000000c000000000000046")), FileKind.MSI),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, FileKind.IMAGE),
        (b"<html><body>x</body></html>", FileKind.HTML),
        (b"plain words", FileKind.UNKNOWN),
        (b"", FileKind.UNKNOWN),
    ],
)
def test_detect_kind(data: bytes, kind: FileKind) -> None:
    assert detect_kind(data) == kind


def test_extensions_and_double_extension() -> None:
    assert extensions_of("a.tar.gz") == ("tar", "gz")
    assert extensions_of("Báo cáo v1.2.pdf") == ("pdf",)
    assert extensions_of("run.exe. . ") == ("exe",)  # Windows drops trailing dots and blanks
    assert inspect_name("Invoice.PDF.exe").double_extension == "pdf.exe"
    assert inspect_name("setup-1.2.exe").double_extension is None
    assert inspect_name("report.docx").double_extension is None


def test_rtlo_and_zero_width_and_padding() -> None:
    rtlo = inspect_name("invoice\u202efdp.exe")
    assert rtlo.bidi_controls == ("RLO",) and rtlo.extension == "exe"
    zw = inspect_name("scan\u200b.pdf.js")
    assert zw.zero_width and zw.extension == "js"
    assert inspect_name("scan.pdf                    .exe").padded
    assert not inspect_name("公文 通知.pdf").padded
    assert not inspect_name("Công văn số 123.docx").bidi_controls
    # The combining grapheme joiner and Hangul fillers are invisible too (phishing_pot 2024 lures).
    assert inspect_name("reviewdocument_txtid$3545767\u034f\u034f.pdf").zero_width
    assert inspect_name("invoice\u3164.pdf").zero_width
    assert not inspect_name("Công văn số 123.docx").zero_width
    assert not inspect_name(unicodedata.normalize("NFD", "Báo cáo tháng 10.pdf")).zero_width


def test_mismatch_only_for_hidden_content() -> None:
    pe = detect_kind(T.FAKE_PE)
    assert mismatch(inspect_name("photo.jpg"), "image/jpeg", pe) == "named .jpg but content is pe"
    assert mismatch(inspect_name("setup.exe"), "application/octet-stream", pe) is None
    assert "rar" in (mismatch(inspect_name("invoice.pdf"), "application/pdf", FileKind.RAR) or "")
    # Word saving RTF as .doc, Excel saving HTML as .xls: ordinary, not flagged
    assert mismatch(inspect_name("letter.doc"), "application/msword", FileKind.RTF) is None
    assert mismatch(inspect_name("table.xls"), "application/vnd.ms-excel", FileKind.HTML) is None
    assert mismatch(inspect_name("docs.zip"), "application/zip", FileKind.ZIP) is None


def test_internet_shortcuts_only_flagged_when_pointing_at_files() -> None:
    web = b"[InternetShortcut]\nURL=http://www.example.edu/page.html\n"
    smb = b"[InternetShortcut]\nURL=file://\\\\203.0.113.5\\share\\doc.js\n"
    assert internet_shortcut_risk(inspect_name("Article.url"), web) is None
    assert internet_shortcut_risk(inspect_name("Article.url"), smb) == "internet shortcut to file:"
    assert internet_shortcut_risk(inspect_name("a.txt"), smb) is None


def test_random_token_names() -> None:
    for name in ("U1vn48GmdQr.pdf", "pPw6R85QMtUA74fJDkalEISLsXZ0.pdf", "3MDsFeNQ6L0KElIBT.pdf"):
        assert inspect_name(name).random_stem, name
    for name in ("SCAN_20251117_0001.pdf", "CV1234-BTC.pdf", "IMG2041.jpg", "Report2025Q3.pdf", "invoice.pdf",
                 "5f3a9b2c7d1e.pdf", "Công văn 1234.pdf", "DSC01234.JPG", "BaoCaoThang10.docx"):  # fmt: skip
        assert not inspect_name(name).random_stem, name
