"""Builders of harmless test samples (EICAR from hex, OLE/VBA, OOXML, RTF, PDF, archives, bombs) for tests and demos."""

from __future__ import annotations

import base64
import bz2
import gzip
import hashlib
import io
import itertools
import lzma
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Mapping

from mailwarden.message.model import Attachment, Envelope, Message

# EICAR anti-virus test file, kept in hex so that this source file is not itself detected.
EICAR_HEX = (
    "58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e44"
    "4152442d414e544956495255532d544553542d46494c452124482b482a"
)
CLAMD_CUSTOM_MARKER = b"MAILWARDEN-CLAMD-TEST-SIGNATURE-51d2"  # scripts/start_clamd.sh signature
CLAMD_HEURISTIC_MARKER = b"MAILWARDEN-CLAMD-HEURISTIC-7e0a"
YARA_MARKER = b"MAILWARDEN-YARA-TEST-MARKER-3c91"  # shipped rule MW_Test_Marker
FAKE_PE = b"MZ\x90\x00" + b"\x00" * 56 + struct.pack("<I", 64) + b"PE\x00\x00" + b"\x00" * 200
LNK_HEADER = bytes.fromhex("4c0000000114020000000000c000000000000046")


def eicar() -> bytes:
    return bytes.fromhex(EICAR_HEX)


# -- archives -------------------------------------------------------------------------------------------------


def make_zip(files: Mapping[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def make_encrypted_zip(files: Mapping[str, bytes], password: str, aes: bool = True) -> bytes:
    import pyzipper  # type: ignore[import-untyped]

    buf = io.BytesIO()
    enc = pyzipper.WZ_AES if aes else pyzipper.ZIP_CRYPTO if hasattr(pyzipper, "ZIP_CRYPTO") else pyzipper.WZ_AES
    with pyzipper.AESZipFile(buf, "w", compression=pyzipper.ZIP_DEFLATED, encryption=enc) as z:
        z.setpassword(password.encode())
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def make_7z(files: Mapping[str, bytes], password: str | None = None) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", password=password, header_encryption=password is not None) as z:
        for name, data in files.items():
            z.writestr(data, name)
    return buf.getvalue()


def make_tar(files: Mapping[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, data in files.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


def bz(data: bytes) -> bytes:
    return bz2.compress(data)


def xz(data: bytes) -> bytes:
    return lzma.compress(data)


def nested_zip(depth: int, inner: Mapping[str, bytes]) -> bytes:
    """A zip in a zip ... ``depth`` levels deep around ``inner``."""
    data = make_zip(inner)
    for level in range(depth - 1):
        data = make_zip({f"level{depth - level - 1}.zip": data})
    return data


def zip_bomb(member_size: int = 64 * 1024 * 1024, members: int = 1) -> bytes:
    """Small zip of highly compressible zeros (42.zip-like, one level): ratio about 1000."""
    buf = io.BytesIO()
    block = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for i in range(members):
            with z.open(f"zeros{i}.bin", "w", force_zip64=True) as fh:
                for _ in range(member_size // len(block)):
                    fh.write(block)
    return buf.getvalue()


def gzip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    co = __import__("zlib").compressobj(9, 8, 16 + 15)
    block = b"\x00" * (1024 * 1024)
    out = [co.compress(block) for _ in range(size // len(block))]
    out.append(co.flush())
    return b"".join(out)


# -- Compound File (OLE) ---------------------------------------------------------------------------------------

_SECTOR = 512
_FREESECT, _ENDOFCHAIN, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_MIN_STREAM = 4096  # streams at least this big live in normal sectors: this writer needs no mini stream


def make_cfb(streams: Mapping[str, bytes], root_clsid: bytes = b"\x00" * 16) -> bytes:
    """A minimal Compound File (MS-CFB v3). Paths use "/" for storages; short streams are zero-padded to 4 KiB."""
    entries: list[dict[str, object]] = [{"name": "Root Entry", "type": 5, "children": [], "clsid": root_clsid}]
    index: dict[str, int] = {"": 0}
    for path in sorted(streams):
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            sub = "/".join(parts[:depth])
            if sub in index:
                continue
            is_stream = depth == len(parts)
            index[sub] = len(entries)
            entries.append(
                {"name": parts[depth - 1], "type": 2 if is_stream else 1, "children": [], "clsid": b"\0" * 16}
            )
            parent = entries[index["/".join(parts[: depth - 1])]]
            children = parent["children"]
            assert isinstance(children, list)
            children.append(index[sub])
    data_sectors: list[bytes] = []
    starts: dict[int, tuple[int, int]] = {}
    for path, data in streams.items():
        padded = data + b"\x00" * max(0, _MIN_STREAM - len(data))
        padded += b"\x00" * (-len(padded) % _SECTOR)
        start = len(data_sectors)
        data_sectors += [padded[i : i + _SECTOR] for i in range(0, len(padded), _SECTOR)]
        starts[index[path]] = (start, max(len(data), _MIN_STREAM))
    right: dict[int, int] = {}
    for e in entries:
        kids = e["children"]
        assert isinstance(kids, list)
        # CFB orders siblings by name length, then upper-cased name; chain them through right-sibling links.
        kids.sort(key=lambda k: (len(str(entries[k]["name"])), str(entries[k]["name"]).upper()))
        for a, b in itertools.pairwise(kids):
            right[a] = b
    dir_bytes = b"".join(_dir_entry(i, e, starts, right.get(i, 0xFFFFFFFF)) for i, e in enumerate(entries))
    dir_bytes += b"\x00" * (-len(dir_bytes) % _SECTOR)
    n_dir = len(dir_bytes) // _SECTOR
    n_data = len(data_sectors)
    n_fat = 1
    while (n_data + n_dir + n_fat) > n_fat * (_SECTOR // 4):
        n_fat += 1
    fat: list[int] = []
    for path in streams:
        start, size = starts[index[path]]
        count = (size + _SECTOR - 1) // _SECTOR
        fat += [start + k + 1 for k in range(count - 1)] + [_ENDOFCHAIN]
    dir_start = n_data
    fat += [dir_start + k + 1 for k in range(n_dir - 1)] + [_ENDOFCHAIN]
    fat += [_FATSECT] * n_fat
    fat += [_FREESECT] * (n_fat * (_SECTOR // 4) - len(fat))
    fat_start = n_data + n_dir
    assert n_fat <= 109
    difat = [fat_start + k for k in range(n_fat)] + [_FREESECT] * (109 - n_fat)
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, _MIN_STREAM, _ENDOFCHAIN, 0, _ENDOFCHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + b"".join(data_sectors) + dir_bytes + fat_bytes


def _dir_entry(i: int, e: Mapping[str, object], starts: Mapping[int, tuple[int, int]], right: int) -> bytes:
    name = str(e["name"])
    enc = name.encode("utf-16-le") + b"\x00\x00"
    children = e["children"]
    assert isinstance(children, list)
    # Children form a degenerate red-black tree (all black): the parent points at the first.
    child = children[0] if children else 0xFFFFFFFF
    start, size = starts.get(i, (_ENDOFCHAIN if e["type"] == 5 else 0, 0))
    clsid = e["clsid"]
    assert isinstance(clsid, bytes)
    return (
        enc.ljust(64, b"\x00")
        + struct.pack("<HBB", len(enc), int(str(e["type"])), 1)
        + struct.pack("<III", 0xFFFFFFFF, right, child)
        + clsid
        + b"\x00" * 4
        + b"\x00" * 16
        + struct.pack("<IQ", start, size)
    )


def _raw_container(data: bytes) -> bytes:
    """MS-OVBA compressed container made of raw (uncompressed) chunks: valid, just not smaller."""
    out = bytearray(b"\x01")
    for i in range(0, len(data), 4096):
        chunk = data[i : i + 4096].ljust(4096, b" ")
        out += struct.pack("<H", (4098 - 3) | 0x3000) + chunk
    return bytes(out)


def _rec(rid: int, payload: bytes) -> bytes:
    return struct.pack("<HI", rid, len(payload)) + payload


def make_vba_ole(code: str, module: str = "ThisDocument", extra_streams: Mapping[str, bytes] | None = None) -> bytes:
    """A Word-like OLE file with a VBA project holding one module with ``code`` (MS-OVBA 2.3.4.2 dir stream)."""
    name = b"VBAProject"
    mod = module.encode()
    d = bytearray()
    d += _rec(0x01, struct.pack("<I", 1))  # PROJECTSYSKIND: win32
    d += _rec(0x02, struct.pack("<I", 0x409))  # PROJECTLCID
    d += _rec(0x14, struct.pack("<I", 0x409))  # PROJECTLCIDINVOKE
    d += _rec(0x03, struct.pack("<H", 1252))  # PROJECTCODEPAGE
    d += _rec(0x04, name)  # PROJECTNAME
    d += _rec(0x05, b"") + _rec(0x40, b"")  # PROJECTDOCSTRING + unicode
    d += _rec(0x06, b"") + _rec(0x3D, b"")  # PROJECTHELPFILEPATH 1 + 2
    d += _rec(0x07, struct.pack("<I", 0))  # PROJECTHELPCONTEXT
    d += _rec(0x08, struct.pack("<I", 0))  # PROJECTLIBFLAGS
    d += struct.pack("<HIIH", 0x09, 4, 1, 0)  # PROJECTVERSION (Reserved=4, major, minor)
    d += _rec(0x0C, b"") + _rec(0x3C, b"")  # PROJECTCONSTANTS + unicode
    d += struct.pack("<HIH", 0x0F, 2, 1)  # PROJECTMODULES: count 1
    d += struct.pack("<HIH", 0x13, 2, 0xFFFF)  # PROJECTCOOKIE
    d += _rec(0x19, mod) + _rec(0x47, module.encode("utf-16-le"))  # MODULENAME (+ unicode)
    d += _rec(0x1A, mod) + _rec(0x32, module.encode("utf-16-le"))  # MODULESTREAMNAME (+ unicode)
    d += _rec(0x1C, b"") + _rec(0x48, b"")  # MODULEDOCSTRING (+ unicode)
    d += _rec(0x31, struct.pack("<I", 0))  # MODULEOFFSET: source starts at 0
    d += _rec(0x1E, struct.pack("<I", 0))  # MODULEHELPCONTEXT
    d += _rec(0x2C, struct.pack("<H", 0xFFFF))  # MODULECOOKIE
    d += struct.pack("<HI", 0x21, 0)  # MODULETYPE: procedural
    d += struct.pack("<HI", 0x2B, 0)  # MODULE terminator
    d += struct.pack("<HI", 0x10, 0)  # dir terminator
    source = f'Attribute VB_Name = "{module}"\r\n{code}\r\n'.encode("cp1252")
    project = f'ID="{{00000000-0000-0000-0000-000000000000}}"\r\nDocument={module}/&H00000000\r\nName="VBAProject"\r\n'
    streams = {
        "Macros/PROJECT": project.encode() + b"\r\n" * 2100,
        "Macros/VBA/_VBA_PROJECT": b"\xcc\x61\xff\xff\x00" + b"\x00" * 2,
        "Macros/VBA/dir": _raw_container(bytes(d).ljust(4096, b"\x00")),
        f"Macros/VBA/{module}": _raw_container(source),
        "WordDocument": b"\xec\xa5" + b"\x00" * 1024,
    }
    streams.update(extra_streams or {})
    return make_cfb(streams)


def ole_native(filename: str, payload: bytes) -> bytes:
    """An \\x01Ole10Native stream (OLE Package) wrapping ``payload`` as ``filename``."""
    fn = filename.encode("latin-1") + b"\x00"
    body = struct.pack("<H", 2) + fn + fn + struct.pack("<HH", 0, 3)
    body += struct.pack("<I", len(fn)) + fn + struct.pack("<I", len(payload)) + payload
    return struct.pack("<I", len(body)) + body


# -- OOXML ------------------------------------------------------------------------------------------------------

_CT = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/></Types>'
)
_DOC_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_docx(
    body_xml: bytes = b"<w:p><w:r><w:t>Hello</w:t></w:r></w:p>", extra: Mapping[str, bytes] | None = None
) -> bytes:
    parts = {
        "[Content_Types].xml": _CT,
        "_rels/.rels": _rels([("officeDocument", "word/document.xml", False)]),
        "word/document.xml": b"<w:document " + _DOC_NS + b"><w:body>" + body_xml + b"</w:body></w:document>",
    }
    parts.update(extra or {})
    return make_zip(parts)


def _rels(items: list[tuple[str, str, bool]]) -> bytes:
    out = b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for n, (rtype, target, external) in enumerate(items, 1):
        mode = b' TargetMode="External"' if external else b""
        out += (
            (
                f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                f'{rtype}" Target="{target}"'
            ).encode()
            + mode
            + b"/>"
        )
    return out + b"</Relationships>"


def docx_external_template(url: str) -> bytes:
    return make_docx(extra={"word/_rels/settings.xml.rels": _rels([("attachedTemplate", url, True)])})


def docx_external_object(url: str) -> bytes:
    return make_docx(
        extra={
            "word/_rels/document.xml.rels": _rels(
                [("oleObject", url, True), ("hyperlink", "https://ok.example/", True)]
            )
        }
    )


def docx_dde(command: str = 'DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"') -> bytes:
    runs = (
        b'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
        + command[:4].encode()
        + b"</w:instrText></w:r><w:r><w:instrText>"
        + command[4:].replace('"', "&quot;").encode()
        + b'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return make_docx(runs)


def docx_embedded_package(filename: str, payload: bytes) -> bytes:
    ole = make_cfb({"\x01Ole10Native": ole_native(filename, payload)})
    return make_docx(extra={"word/embeddings/oleObject1.bin": ole})


def xlsm_macrosheet() -> bytes:
    return make_zip(
        {
            "[Content_Types].xml": _CT,
            "xl/workbook.xml": b"<workbook/>",
            "xl/macrosheets/sheet1.xml": b"<xm:macrosheet/>",
        }
    )


# -- RTF, PDF, HTML, LNK -----------------------------------------------------------------------------------------


def rtf_equation_object() -> bytes:
    """RTF with an OLE object of class Equation.3 (the class CVE-2017-11882 abuses); the object data is inert."""
    ole = make_cfb({"\x01Ole10Native": b"\x00" * 64, "Equation Native": b"\x1c\x00" + b"\x00" * 60})
    header = struct.pack("<II", 0x00000501, 2) + struct.pack("<I", len(b"Equation.3\x00")) + b"Equation.3\x00"
    header += struct.pack("<II", 0, 0) + struct.pack("<I", len(ole))
    objdata = (header + ole).hex()
    return (
        b"{\\rtf1\\ansi{\\object\\objemb{\\*\\objclass Equation.3}\\objw380\\objh260{\\*\\objdata "
        + objdata.encode()
        + b"}}}"
    )


def make_pdf(objects: list[bytes]) -> bytes:
    """A small PDF with the given object bodies (numbered from 1) and a valid-enough xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_plain(uri: str | None = None) -> bytes:
    annots = b" /Annots [4 0 R]" if uri else b""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]" + annots + b" >>",
    ]
    if uri:
        objs.append(
            b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (" + uri.encode() + b") >> >>"
        )
    return make_pdf(objs)


def pdf_javascript(obfuscate: bool = False) -> bytes:
    js = b"/J#61vaScript" if obfuscate else b"/JavaScript"
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"<< /Type /Action /S " + js + b" /JS (app.alert\\('test'\\);) >>",
        ]
    )


def pdf_launch() -> bytes:
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"<< /Type /Action /S /Launch /Win << /F (cmd.exe) /P (/c echo test) >> >>",
        ]
    )


def pdf_objstm_javascript() -> bytes:
    """JavaScript hidden in a compressed object stream (only visible after inflating /ObjStm)."""
    import zlib

    inner = b"<< /S /JavaScript /JS (this.print\\(\\);) >>"
    payload = zlib.compress(b"5 0 " + inner)
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
            + str(len(payload)).encode()
            + b" >>\nstream\n"
            + payload
            + b"\nendstream",
        ]
    )


def pdf_embedded_file() -> bytes:
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.txt) 4 0 R] >> >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"<< /Type /Filespec /F (a.txt) /EF << /F 5 0 R >> >>",
            b"<< /Type /EmbeddedFile /Length 4 >>\nstream\ntest\nendstream",
        ]
    )


def html_smuggling_page(payload: bytes | None = None) -> bytes:
    b64 = base64.b64encode(payload if payload is not None else make_zip({"invoice.js": b"WScript.Echo(1)"})).decode()
    return (
        "<html><body><script>\n"
        f'var d = "{b64}";\n'
        "var bin = atob(d); var bytes = new Uint8Array(bin.length);\n"
        "for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }\n"
        "var blob = new Blob([bytes], {type: 'application/octet-stream'});\n"
        "if (window.navigator.msSaveOrOpenBlob) { window.navigator.msSaveOrOpenBlob(blob, 'invoice.zip'); }\n"
        "else { var a = document.createElement('a'); a.href = URL.createObjectURL(blob);\n"
        "a.download = 'invoice.zip'; document.body.appendChild(a); a.click(); }\n"
        "</script></body></html>"
    ).encode()


def html_data_uri_download() -> bytes:
    b64 = base64.b64encode(make_zip({"a.exe": FAKE_PE})).decode()
    link = f'<a href="data:application/zip;base64,{b64}" download="scan.zip">Download</a>'
    return f"<html><body>{link}</body></html>".encode()


def lnk_powershell() -> bytes:
    """A shortcut header followed by a UTF-16 argument string naming powershell (no valid target; inert)."""
    return LNK_HEADER + b"\x00" * 56 + "powershell -nop -w hidden".encode("utf-16-le")


def iso_with_lnk() -> bytes:
    image = bytearray(0x8800)
    image[0x8001:0x8006] = b"CD001"
    return bytes(image) + LNK_HEADER + b"\x00" * 100


# -- messages ---------------------------------------------------------------------------------------------------


def message_with(
    attachments: list[tuple[str | None, bytes, str]],
    text: str = "",
    html: str | None = None,
    subject: str = "test",
    raw: bytes = b"",
) -> Message:
    """A parsed-looking Message with the given (filename, content, declared type) attachments."""
    atts = [
        Attachment(
            filename=name,
            declared_type=declared,
            sniffed_type="application/octet-stream",
            size=len(data),
            content=data,
            sha256=hashlib.sha256(data).hexdigest(),
            md5=hashlib.md5(data).hexdigest(),
            sha1=hashlib.sha1(data).hexdigest(),
            disposition="attachment",
        )
        for name, data, declared in attachments
    ]
    return Message(
        raw=raw or b"Subject: test\r\n\r\n" + text.encode(),
        envelope=Envelope(source="cli"),
        headers=[("Subject", subject.encode())],
        subject=subject,
        from_header="a@example.test",
        from_display="",
        from_address="a@example.test",
        from_domain="example.test",
        reply_to=[],
        to=["b@gov.example"],
        cc=[],
        message_id=None,
        date=None,
        text_body=text,
        html_body=html,
        attachments=atts,
        urls=[],
    )


def qr_png(text: str, fmt: str = "PNG", scale: int = 4) -> bytes:
    """An image of a QR code holding ``text``, with a quiet zone (zxing-cpp writes it, Pillow saves it)."""
    import io

    import numpy as np
    import zxingcpp
    from PIL import Image

    code = Image.fromarray(np.array(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale)))
    canvas = Image.new("L", (code.width + 10 * scale, code.height + 10 * scale), 255)
    canvas.paste(code, (5 * scale, 5 * scale))
    out = io.BytesIO()
    canvas.convert("RGB" if fmt == "JPEG" else "L").save(out, fmt)
    return out.getvalue()


def pdf_with_qr(text: str, encoding: str = "png-predictor") -> bytes:
    """A PDF page whose only image is a QR code holding ``text``: ``jpeg`` (DCTDecode), ``flate`` (raw gray
    pixels) or ``png-predictor`` (Flate with PNG row filters, as fpdf2 and most PDF writers store PNGs)."""
    from PIL import Image

    img = Image.open(io.BytesIO(qr_png(text))).convert("L")
    w, h = img.size
    parms = b""
    if encoding == "jpeg":
        out = io.BytesIO()
        img.save(out, "JPEG")
        data, filt = out.getvalue(), b"/DCTDecode"
    elif encoding == "flate":
        data, filt = zlib.compress(img.tobytes()), b"/FlateDecode"
    else:
        out = io.BytesIO()
        img.save(out, "PNG")
        png, pos, idat = out.getvalue(), 8, b""
        while pos < len(png):
            (n,) = struct.unpack(">I", png[pos : pos + 4])
            if png[pos + 4 : pos + 8] == b"IDAT":
                idat += png[pos + 8 : pos + 8 + n]
            pos += 12 + n
        data, filt = idat, b"/FlateDecode"
        parms = f" /DecodeParms << /Predictor 15 /Colors 1 /Columns {w} /BitsPerComponent 8 >>".encode()
    image = (
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 "
        f"/Length {len(data)} /Filter ".encode()
        + filt
        + parms
        + b" >>\nstream\n"
        + data
        + b"\nendstream"
    )
    content = b"q 200 0 0 200 100 500 cm /Im1 Do Q"
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >>"
            b" /Contents 5 0 R >>",
            image,
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        ]
    )
