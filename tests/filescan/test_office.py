"""Office analysis on hand-built documents: VBA (OLE built here), XLM, DDE, external relationships, OLE, RTF."""

from __future__ import annotations

from mailwarden.filescan import testing as T
from mailwarden.filescan.office import analyze_office

DROPPER = (
    'Sub AutoOpen()\r\n  Dim s\r\n  s = "cmd /c calc"\r\n  Shell s\r\n  Open "c:\\x.bat" For Output As #1\r\nEnd Sub'
)


def test_vba_autoexec_mraptor() -> None:
    r = analyze_office(T.make_vba_ole(DROPPER), "inv.doc")
    assert r is not None and r.vba and r.mraptor_suspicious
    assert "AutoOpen" in r.vba_autoexec and "Shell" in r.vba_suspicious and r.error is None


def test_benign_macro_is_not_suspicious() -> None:
    r = analyze_office(T.make_vba_ole('Sub Hello()\r\n  MsgBox "xin chao"\r\nEnd Sub'), "ok.doc")
    assert r is not None and r.vba and not r.mraptor_suspicious and not r.vba_suspicious


def test_ooxml_findings() -> None:
    tpl = analyze_office(T.docx_external_template("http://evil.example/t.dotm"), "a.docx")
    assert tpl is not None and tpl.external_templates == ["http://evil.example/t.dotm"]
    assert tpl.urls == ["http://evil.example/t.dotm"]
    obj = analyze_office(T.docx_external_object("mhtml:http://evil.example/x.html!x-usc:a"), "a.docx")
    assert obj is not None and obj.external_relationships[0].startswith("oleObject -> mhtml:")
    dde = analyze_office(T.docx_dde(), "a.docx")
    assert dde is not None and dde.dde and dde.dde[0].startswith("DDEAUTO")
    pkg = analyze_office(T.docx_embedded_package("run.exe", T.FAKE_PE), "a.docx")
    assert pkg is not None and pkg.embedded[0].filename == "run.exe" and pkg.embedded[0].executable
    xlm = analyze_office(T.xlsm_macrosheet(), "a.xlsm")
    assert xlm is not None and xlm.xlm


def test_rtf_equation_object_and_csv_dde_and_encrypted() -> None:
    rtf = analyze_office(T.rtf_equation_object(), "a.rtf")
    assert rtf is not None and rtf.rtf_exploits and rtf.rtf_exploits[0].startswith("Equation.3")
    csv = analyze_office(b"a,b\n=cmd|' /C calc'!A0,2\n", "a.csv")
    assert csv is not None and csv.dde
    assert analyze_office(b"name,amount\nAn,=SUM(B1:B2)\n", "ok.csv") is not None
    assert not analyze_office(b"name,amount\nAn,=SUM(B1:B2)\n", "ok.csv").dde  # type: ignore[union-attr]
    enc = analyze_office(T.make_cfb({"EncryptionInfo": b"x", "EncryptedPackage": b"y"}), "enc.docx")
    assert enc is not None and enc.encrypted


def test_plain_documents_are_clean_and_garbage_does_not_raise() -> None:
    r = analyze_office(T.make_docx(), "plain.docx")
    assert r is not None and not (r.vba or r.dde or r.external_templates or r.embedded or r.error)
    bad = analyze_office(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"junk" * 600, "bad.doc")
    assert bad is not None and bad.error
    assert analyze_office(b"just text", "a.txt") is None
    truncated = analyze_office(T.make_docx()[:200], "cut.docx")
    assert truncated is None or truncated.error
