"""QR codes in images ("quishing": the link is a picture, so URL filters and link rewriting never see it).

Decoding is zxing-cpp's (a maintained barcode library); Pillow only turns the bytes into pixels. Images
are untrusted input: oversized ones are skipped before decoding (Pillow's decompression-bomb guard and
our own pixel limit), and any decoder error means "no code", never a failure of the message.
"""

from __future__ import annotations

import io
import warnings

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 16_000_000  # e.g. 4000 x 4000; larger images are not QR-code mail
MAX_CODES = 8
MIN_SIDE = 21  # pixels: 21 x 21 modules is the smallest QR code
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff")


def qr_texts(data: bytes) -> list[str]:
    """The texts of the QR codes (and other 2-D codes zxing reads) in image ``data``; [] when none or
    unreadable."""
    if len(data) > MAX_IMAGE_BYTES:
        return []
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:  # pragma: no cover - both are package dependencies
        return []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's notes on odd palettes and the like
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                w, h = img.size
                if w * h > MAX_PIXELS or w < MIN_SIDE or h < MIN_SIDE:
                    return []
                img.seek(0)  # the first frame of an animated GIF
                pixels = img.convert("L")
                found = zxingcpp.read_barcodes(
                    pixels,
                    formats=zxingcpp.BarcodeFormats(
                        (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
                    ),
                )
    except Exception:
        return []
    return [b.text for b in found[:MAX_CODES] if b.text]
