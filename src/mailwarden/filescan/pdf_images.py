"""Image XObjects of a PDF as image files Pillow can open, for the QR-code check (quishing PDFs carry the
link as a picture of a code). Found by a bounded keyword scan like ``filescan.pdf``, not by a PDF library:
no object graph is walked, so a hostile file costs time linear in its size.

Written by hand: pypdf can extract images but walks the whole object graph of an untrusted file; what is
needed here is only the two encodings QR-code images use: DCTDecode (the stream is a JPEG file) and
FlateDecode of 8-bit gray or RGB pixels (with or without PNG predictors, which are PNG's own row filters:
the stream then is a PNG IDAT and is wrapped in a PNG file as it is).
"""

from __future__ import annotations

import re
import struct
import zlib

from mailwarden.filescan.qr import MAX_PIXELS, MIN_SIDE

MAX_IMAGES = 4
MAX_CANDIDATES = 16  # image dictionaries examined per file (each costs bounded searches)
MAX_HEADER = 1024  # bytes before "stream" searched for the image's dictionary

_STREAM = re.compile(rb"(?<!end)stream\r?\n")  # "endstream" is not a stream's start
_INT = {k: re.compile(rb"/" + k.encode() + rb"\s+(\d{1,6})\b") for k in ("Width", "Height", "BitsPerComponent")}
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FILTER = re.compile(rb"/Filter\s*\[?\s*/(DCTDecode|FlateDecode)\s*\]?")
_PREDICTOR = re.compile(rb"/Predictor\s+(\d{1,2})\b")
_COLOURS = {b"DeviceGray": 1, b"DeviceRGB": 3}
_SPACE = re.compile(rb"/ColorSpace\s*/(DeviceGray|DeviceRGB)\b")


def _png(width: int, height: int, colours: int, idat: bytes) -> bytes:
    """A PNG file around an IDAT (zlib data of filtered 8-bit rows)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0 if colours == 1 else 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _raw_to_png(width: int, height: int, colours: int, data: bytes) -> bytes | None:
    """Unpredicted Flate pixels: inflate (bounded to the image's size), add PNG's "no filter" byte per row."""
    row = width * colours
    try:
        pixels = zlib.decompressobj().decompress(data, row * height)
    except zlib.error:
        return None
    if len(pixels) < row * height:
        return None
    rows = b"".join(b"\x00" + pixels[i * row : (i + 1) * row] for i in range(height))
    return _png(width, height, colours, zlib.compress(rows, 1))


def pdf_images(data: bytes) -> list[bytes]:
    """Up to MAX_IMAGES images of ``data`` (a PDF) as JPEG or PNG file bytes; others are skipped."""
    out: list[bytes] = []
    candidates = 0
    for im in _IMAGE.finditer(data):
        if len(out) >= MAX_IMAGES or candidates >= MAX_CANDIDATES:
            break
        candidates += 1
        m = _STREAM.search(data, im.end(), im.end() + MAX_HEADER)
        if m is None:
            continue
        obj = data.rfind(b"obj", max(0, im.start() - MAX_HEADER), im.start())
        head = data[obj + 3 if obj >= 0 else max(0, im.start() - MAX_HEADER) : m.start()]
        filt = _FILTER.search(head)
        if filt is None:
            continue
        end = data.find(b"endstream", m.end())
        body = data[m.end() : end if end > 0 else len(data)]
        if filt.group(1) == b"DCTDecode":
            out.append(body)
            continue
        size = {k: rx.search(head) for k, rx in _INT.items()}
        space = _SPACE.search(head)
        if any(v is None for v in size.values()) or space is None:
            continue
        width, height, bpc = (int(v.group(1)) for v in size.values() if v is not None)
        colours = _COLOURS[space.group(1)]
        if bpc != 8 or width < MIN_SIDE or height < MIN_SIDE or width * height > MAX_PIXELS:
            continue
        pred = _PREDICTOR.search(head)
        if pred is not None and int(pred.group(1)) >= 10:
            out.append(_png(width, height, colours, body))
        elif pred is None or int(pred.group(1)) == 1:
            png = _raw_to_png(width, height, colours, body)
            if png is not None:
                out.append(png)
    return out
