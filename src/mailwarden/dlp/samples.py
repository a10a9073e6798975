"""Synthetic documents in every supported format and checksum-valid fake identifiers, for tests and the
benchmark. Built by hand from the format specifications (no office suite needed); no real personal data."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from mailwarden.dlp.identifiers import _CN_CHECK, _CN_WEIGHTS, luhn_ok

_CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _zip(files: Mapping[str, str | bytes], stored_first: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if stored_first:  # ODF: "mimetype" first and uncompressed (ODF 1.2 part 3 §3.3)
            zf.writestr(zipfile.ZipInfo(stored_first), files[stored_first], compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            if name != stored_first:
                zf.writestr(name, data)
    return buf.getvalue()


def docx(lines: Sequence[str], header: str | None = None) -> bytes:
    """A WordprocessingML document; ``header`` goes into the page header (where stamps often are)."""
    body = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{escape(t)}</w:t></w:r></w:p>" for t in lines)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": _CT + "<Types/>",
        "word/document.xml": f"{_CT}<w:document {ns}><w:body>{body}"
        "<w:sectPr><w:pgSz w:w='11906'/></w:sectPr></w:body></w:document>",
    }
    if header is not None:
        files["word/header1.xml"] = f"{_CT}<w:hdr {ns}><w:p><w:r><w:t>{escape(header)}</w:t></w:r></w:p></w:hdr>"
    return _zip(files)


def xlsx(rows: Sequence[Sequence[str | int]]) -> bytes:
    """A SpreadsheetML workbook: strings shared, numbers inline."""
    shared: list[str] = []
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
    return _zip(
        {
            "[Content_Types].xml": _CT + "<Types/>",
            "xl/workbook.xml": _CT + "<workbook><sheets><sheet name='S1' sheetId='1'/></sheets></workbook>",
            "xl/sharedStrings.xml": f"{_CT}<sst count='{len(shared)}'>{sst}</sst>",
            "xl/worksheets/sheet1.xml": f"{_CT}<worksheet><sheetData>{''.join(xml_rows)}</sheetData></worksheet>",
        }
    )


def pptx(slides: Sequence[Sequence[str]]) -> bytes:
    """A PresentationML deck, one list of paragraphs per slide."""
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": _CT + "<Types/>",
        "ppt/presentation.xml": _CT + "<p:presentation xmlns:p='p'/>",
    }
    for i, paras in enumerate(slides, 1):
        body = "".join(f"<a:p><a:r><a:t>{escape(t)}</a:t></a:r></a:p>" for t in paras)
        files[f"ppt/slides/slide{i}.xml"] = f"{_CT}<p:sld><p:cSld><p:spTree><p:txBody>{body}</p:txBody>" + (
            "<a:off x='1234567890' y='9876543210'/></p:spTree></p:cSld></p:sld>"
        )
    return _zip(files)


def odt(lines: Sequence[str], header: str | None = None) -> bytes:
    """An OpenDocument text; ``header`` goes into the master page header in styles.xml."""
    body = "".join(f"<text:p>{escape(t)}</text:p>" for t in lines)
    styles = "<office:document-styles><office:master-styles><style:master-page style:name='Standard'>"
    styles += f"<style:header><text:p>{escape(header or '')}</text:p></style:header></style:master-page>"
    styles += "</office:master-styles></office:document-styles>"
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": f"{_CT}<office:document-content><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>",
            "styles.xml": _CT + styles,
        },
        stored_first="mimetype",
    )


def rtf(lines: Sequence[str]) -> bytes:
    """RTF with non-ASCII characters as ``\\uN?`` escapes (what Word writes for Vietnamese and Chinese)."""

    def enc(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                code = ord(ch)
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
        return "".join(out)

    paras = "".join(f"{enc(t)}\\par\n" for t in lines)
    head = "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\*\\generator Test 1.0;}\\f0\\fs24\n"
    return (head + paras + "}").encode("ascii")


def html(lines: Sequence[str]) -> bytes:
    """An HTML page, one paragraph per line."""
    ps = "".join(f"<p>{escape(t)}</p>" for t in lines)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>p{{}}</style></head><body>{ps}</body></html>".encode()
    )


def pdf(lines: Sequence[str]) -> bytes:
    """A one-page PDF whose text uses a Type0 font with a ToUnicode CMap (how real PDFs carry Unicode)."""
    chars = sorted({c for t in lines for c in t})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    content = ["BT /F1 12 Tf 50 800 Td 14 TL"]
    for t in lines:
        content.append("<" + "".join(f"{cid[c]:04X}" for c in t) + "> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode()
    bf = []
    for i in range(0, len(chars), 100):
        block = chars[i : i + 100]
        bf.append(f"{len(block)} beginbfchar")
        bf.extend(f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c in block)
        bf.append("endbfchar")
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + "\n".join(bf) + "\nendcmap CMapName currentdict "
        "/CMap defineresource pop end end"
    ).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 600 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def zip_of(files: Mapping[str, bytes], encrypted: Sequence[str] = ()) -> bytes:
    """A zip archive; names in ``encrypted`` get the "encrypted" flag bit (content left as is)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    out = bytearray(buf.getvalue())
    for name in encrypted:
        # zipfile clears the flag when writing, so set bit 0 in the local and central headers afterwards
        raw = name.encode()
        for sig, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
            pos = out.find(sig)
            while pos >= 0:
                if out[pos + name_at : pos + name_at + len(raw)] == raw:
                    out[pos + flag_at] |= 0x1
                pos = out.find(sig, pos + 4)
    return bytes(out)


def vn_citizen_id(province: str = "001", century_sex: int = 0, year: int = 85, serial: int = 12345) -> str:
    """A well-formed (fake) 12-digit citizen ID."""
    return f"{province}{century_sex}{year:02d}{serial:06d}"


def cn_resident_id(region: str = "110105", birth: str = "19491231", seq: str = "002") -> str:
    """A (fake) 18-character resident ID with a correct ISO 7064 MOD 11-2 check character."""
    body = region + birth + seq
    return body + _CN_CHECK[sum(int(c) * w for c, w in zip(body, _CN_WEIGHTS, strict=True)) % 11]


def card_number(prefix: str = "4539", length: int = 16, fill: int = 7) -> str:
    """A (fake) card number with a valid Luhn check digit."""
    body = (prefix + str(fill) * length)[: length - 1]
    return next(body + d for d in "0123456789" if luhn_ok(body + d))
