"""Content-Transfer-Encoding decoding (RFC 2045 §6) that never raises: base64, quoted-printable, uuencode."""

from __future__ import annotations

import binascii
import re

_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
# RFC 2045 §6.7: "=" must start a hex pair or a soft line break; anything else is malformed.
_QP_BAD = re.compile(rb"=(?![0-9A-Fa-f]{2}|[ \t]*\r?\n|[ \t]*\Z)")
_UU_BEGIN = re.compile(rb"^begin(?:-base64)? [0-7]{3,4} ([^\r\n]+)\r?$", re.MULTILINE)


class Decoded:
    """A decoded body plus what went wrong (defect class names as the email package spells them)."""

    __slots__ = ("data", "defects")

    def __init__(self, data: bytes, defects: tuple[str, ...] = ()) -> None:
        self.data = data
        self.defects = defects


def decode_base64(data: bytes) -> Decoded:
    """Lenient base64: junk characters are dropped and bad padding repaired, like mail clients do."""
    try:
        # Non-strict mode already skips newlines and non-alphabet characters.
        return Decoded(binascii.a2b_base64(data))
    except (binascii.Error, ValueError):
        pass
    clean = _B64_JUNK.sub(b"", data.split(b"=", 1)[0])
    defects = ["InvalidBase64PaddingDefect"]
    if len(clean) % 4 == 1:
        # One dangling sextet cannot encode a byte; drop it (RFC 4648 §3.3 leaves this to us).
        clean = clean[:-1]
        defects.append("InvalidBase64LengthDefect")
    clean += b"=" * (-len(clean) % 4)
    try:
        return Decoded(binascii.a2b_base64(clean), tuple(defects))
    except (binascii.Error, ValueError):
        return Decoded(data, ("InvalidBase64CharactersDefect",))


def decode_qp(data: bytes) -> Decoded:
    """Quoted-printable; malformed ``=`` sequences are kept literally (binascii does that already)."""
    defects: tuple[str, ...] = ()
    if b"=" in data and _QP_BAD.search(data):
        defects = ("InvalidQuotedPrintableDefect",)
    return Decoded(binascii.a2b_qp(data), defects)


def decode_uu(data: bytes) -> Decoded:
    """Decode one uuencoded block (``begin`` ... ``end``); lines that are not uuencode are skipped."""
    out: list[bytes] = []
    started = False
    defects: tuple[str, ...] = ()
    for line in data.splitlines():
        if not started:
            started = line.startswith(b"begin ")
            continue
        if line.strip() in (b"end", b"`"):
            if line.strip() == b"end":
                break
            continue
        if not line:
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders emit wrong length bytes; the count from the first char is authoritative.
            try:
                nbytes = ((line[0] - 32) & 63) * 4 // 3
                out.append(binascii.a2b_uu(line[: nbytes + 1]))
            except (binascii.Error, IndexError):
                defects = ("InvalidUuencodeDefect",)
    return Decoded(b"".join(out), defects)


def decode_transfer(data: bytes, cte: str) -> Decoded:
    """Undo the transfer encoding named by ``cte`` (lowercased, stripped)."""
    if cte == "base64":
        return decode_base64(data)
    if cte == "quoted-printable":
        return decode_qp(data)
    if cte in ("x-uuencode", "uuencode", "x-uue", "uue"):
        return decode_uu(data)
    if cte in ("", "7bit", "8bit", "binary"):
        return Decoded(data)
    return Decoded(data, ("UnknownTransferEncodingDefect",))


def find_uuencoded(text: bytes) -> list[tuple[str, int, int]]:
    """Uuencoded blocks inside a plain-text body: (filename, start, end) byte offsets."""
    if b"begin " not in text:
        return []
    blocks: list[tuple[str, int, int]] = []
    for m in _UU_BEGIN.finditer(text):
        end = text.find(b"\nend", m.end())
        if end < 0:
            continue
        stop = text.find(b"\n", end + 4)
        stop = len(text) if stop < 0 else stop + 1
        name = m.group(1).strip().decode("utf-8", "replace")
        blocks.append((name, m.start(), stop))
    return blocks
