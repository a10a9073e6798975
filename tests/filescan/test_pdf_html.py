"""PDF keyword analysis (incl. object streams, #xx names) and HTML smuggling indicators."""

from __future__ import annotations

import base64

from mailwarden.filescan import testing as T
from mailwarden.filescan.html_smuggling import analyze_html, is_html
from mailwarden.filescan.pdf import analyze_pdf


def test_pdf_javascript_launch_embedded_uri() -> None:
    js = analyze_pdf(T.pdf_javascript())
    assert js is not None and js.javascript and js.auto_action and not js.obfuscated_names
    hidden = analyze_pdf(T.pdf_javascript(obfuscate=True))
    assert hidden is not None and hidden.javascript and hidden.obfuscated_names
    objstm = analyze_pdf(T.pdf_objstm_javascript())
    assert objstm is not None and objstm.javascript
    launch = analyze_pdf(T.pdf_launch())
    assert launch is not None and launch.has("Launch")
    emb = analyze_pdf(T.pdf_embedded_file())
    assert emb is not None and emb.has("EmbeddedFile")
    plain = analyze_pdf(T.pdf_plain(uri="https://login.example.test/a?b=c"))
    assert plain is not None and not plain.javascript and plain.uris == ["https://login.example.test/a?b=c"]


def test_pdf_garbage() -> None:
    assert analyze_pdf(b"not a pdf") is None
    r = analyze_pdf(b"%PDF-1.4\n/Type /ObjStm stream\n\x00\x01garbage endstream /URI <68747470>")
    assert r is not None and r.uris == ["http"]


def test_html_smuggling_positive() -> None:
    r = analyze_html(T.html_smuggling_page().decode())
    assert r.smuggling and "zip" in r.payload_types
    d = analyze_html(T.html_data_uri_download().decode())
    assert d.smuggling and "binary data: URI" in d.indicators


def test_html_smuggling_each_way_of_starting_the_download() -> None:
    """The click indicator is found by ``.click()``, ``dispatchEvent(`` and a ``location`` assignment, and an
    upper-case data: URI is read like a lower-case one (the literal pre-filters must not hide them)."""
    b64 = base64.b64encode(T.make_zip({"a.js": b"WScript.Echo(1)"})).decode()
    script = (
        f'<script>var bin = atob("{b64}"); var blob = new Blob([bin]); var u = URL.createObjectURL(blob);\n'
        "{}</script>"
    )
    for start in ("a.click();", "a.dispatchEvent(new MouseEvent('c'));", "window.location.href = u;"):
        r = analyze_html(script.replace("{}", start))
        assert "click" in r.indicators and r.smuggling, start
    upper = T.html_data_uri_download().decode().replace("data:application/zip;base64,", "DATA:APPLICATION/ZIP;BASE64,")
    assert analyze_html(upper).smuggling


def test_html_ordinary_pages_are_not_smuggling() -> None:
    newsletter = (
        "<html><body><img src='data:image/png;base64," + "iVBORw0KGgo" * 300 + "'>"
        "<script>document.getElementById('x').onclick = function(){ location.href='https://a.example'; };</script>"
        "<a href='https://a.example/report.pdf' download>report</a></body></html>"
    )
    assert not analyze_html(newsletter).smuggling
    assert is_html(b"<html>", "x.bin", "") and is_html(b"", "a.svg", "") and not is_html(b"%PDF", "a.pdf", "")


def test_escaped_font_names_are_not_obfuscation() -> None:
    r = analyze_pdf(T.make_pdf([b"<< /Type /Font /BaseFont /Times#20New#20Roman >>"]))
    assert r is not None and not r.obfuscated_names
