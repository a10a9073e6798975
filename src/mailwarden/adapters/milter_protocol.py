"""The Sendmail/Postfix milter wire protocol, version 6: packet framing, commands, replies.

Written by hand on purpose: the PyPI options are pymilter (C extension over libmilter, last release
2021-12, needs libmilter-dev and a compiler on every host) and purepythonmilter (0.0.1, the only
release, 2023). The protocol is small and stable (libmilter's mfdef.h, Postfix MILTER_README), and
owning it lets us reject at RCPT, skip unneeded callbacks (SMFIP_NR_*), keep header bytes exact
(SMFIP_HDR_LEADSPC, needed for DKIM "simple" canonicalisation) and tempfail cleanly on any failure.
It is tested against real Postfix (tests/adapters/test_milter_postfix.py).
"""

from __future__ import annotations

import asyncio
import struct
from dataclasses import dataclass

from mailwarden.errors import MailwardenError

MILTER_VERSION = 6
MAX_PACKET = 64 * 1024 * 1024  # larger length fields mean a corrupt stream

# Commands (MTA -> filter)
SMFIC_ABORT = b"A"
SMFIC_BODY = b"B"
SMFIC_CONNECT = b"C"
SMFIC_MACRO = b"D"
SMFIC_BODYEOB = b"E"
SMFIC_HELO = b"H"
SMFIC_QUIT_NC = b"K"
SMFIC_HEADER = b"L"
SMFIC_MAIL = b"M"
SMFIC_EOH = b"N"
SMFIC_OPTNEG = b"O"
SMFIC_QUIT = b"Q"
SMFIC_RCPT = b"R"
SMFIC_DATA = b"T"
SMFIC_UNKNOWN = b"U"

# Replies (filter -> MTA)
SMFIR_ADDRCPT = b"+"
SMFIR_DELRCPT = b"-"
SMFIR_ACCEPT = b"a"
SMFIR_REPLBODY = b"b"
SMFIR_CONTINUE = b"c"
SMFIR_DISCARD = b"d"
SMFIR_ADDHEADER = b"h"
SMFIR_INSHEADER = b"i"
SMFIR_CHGHEADER = b"m"
SMFIR_PROGRESS = b"p"
SMFIR_QUARANTINE = b"q"
SMFIR_REJECT = b"r"
SMFIR_TEMPFAIL = b"t"
SMFIR_REPLYCODE = b"y"

# Actions the filter may take (negotiated)
SMFIF_ADDHDRS = 0x01
SMFIF_CHGBODY = 0x02
SMFIF_ADDRCPT = 0x04
SMFIF_DELRCPT = 0x08
SMFIF_CHGHDRS = 0x10
SMFIF_QUARANTINE = 0x20

# Protocol steps (negotiated): callbacks the MTA may skip / replies the filter won't send
SMFIP_NOCONNECT = 0x01
SMFIP_NOHELO = 0x02
SMFIP_NOMAIL = 0x04
SMFIP_NORCPT = 0x08
SMFIP_NOBODY = 0x10
SMFIP_NOHDRS = 0x20
SMFIP_NOEOH = 0x40
SMFIP_NR_HDR = 0x80
SMFIP_NOUNKNOWN = 0x100
SMFIP_NODATA = 0x200
SMFIP_SKIP = 0x400
SMFIP_RCPT_REJ = 0x800
SMFIP_NR_CONN = 0x1000
SMFIP_NR_HELO = 0x2000
SMFIP_NR_MAIL = 0x4000
SMFIP_NR_RCPT = 0x8000
SMFIP_NR_DATA = 0x10000
SMFIP_NR_UNKN = 0x20000
SMFIP_NR_EOH = 0x40000
SMFIP_NR_BODY = 0x80000
SMFIP_HDR_LEADSPC = 0x100000


class MilterProtocolError(MailwardenError):
    """The MTA sent something that is not valid milter protocol."""


@dataclass(frozen=True, slots=True)
class Packet:
    cmd: bytes
    data: bytes


async def read_packet(reader: asyncio.StreamReader) -> Packet | None:
    """Read one packet; None on a clean EOF between packets."""
    try:
        head = await reader.readexactly(4)
    except asyncio.IncompleteReadError as e:
        if not e.partial:
            return None
        raise MilterProtocolError("truncated packet length") from e
    (length,) = struct.unpack("!I", head)
    if length < 1 or length > MAX_PACKET:
        raise MilterProtocolError(f"bad packet length {length}")
    try:
        body = await reader.readexactly(length)
    except asyncio.IncompleteReadError as e:
        raise MilterProtocolError("truncated packet") from e
    return Packet(body[:1], body[1:])


def encode(cmd: bytes, data: bytes = b"") -> bytes:
    return struct.pack("!I", len(data) + 1) + cmd + data


def split_nul(data: bytes) -> list[bytes]:
    """NUL-terminated strings of a packet (a missing final NUL is tolerated)."""
    parts = data.split(b"\0")
    if parts and parts[-1] == b"":
        parts.pop()
    return parts


def parse_macros(data: bytes) -> tuple[bytes, dict[str, str]]:
    """SMFIC_MACRO: the command letter the macros belong to, then name/value pairs."""
    if not data:
        return b"", {}
    parts = split_nul(data[1:])
    out: dict[str, str] = {}
    for i in range(0, len(parts) - 1, 2):
        name = parts[i].decode("latin-1").strip("{}")
        out[name] = parts[i + 1].decode("utf-8", "replace")
    return data[:1], out


@dataclass(frozen=True, slots=True)
class ConnectInfo:
    hostname: str
    family: str
    port: int
    address: str | None


def parse_connect(data: bytes) -> ConnectInfo:
    host, _, rest = data.partition(b"\0")
    if not rest:
        return ConnectInfo(host.decode("utf-8", "replace"), "U", 0, None)
    family = rest[:1].decode("latin-1")
    if family in ("4", "6") and len(rest) >= 3:
        (port,) = struct.unpack("!H", rest[1:3])
        addr = rest[3:].split(b"\0", 1)[0].decode("latin-1")
        if family == "6" and addr.lower().startswith("ipv6:"):
            addr = addr[5:]
        return ConnectInfo(host.decode("utf-8", "replace"), family, port, addr)
    return ConnectInfo(host.decode("utf-8", "replace"), family, 0, None)


def strip_angle(addr: str) -> str:
    a = addr.strip()
    if a.startswith("<") and a.endswith(">"):
        a = a[1:-1]
    return a


def optneg_reply(mta_actions: int, mta_protocol: int) -> tuple[bytes, int]:
    """Our SMFIC_OPTNEG answer: the actions we use, and the steps we can skip if the MTA allows it."""
    actions = (SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE) & mta_actions
    wanted = (
        SMFIP_NOUNKNOWN
        | SMFIP_NODATA
        | SMFIP_NR_HDR
        | SMFIP_NR_BODY
        | SMFIP_NR_EOH
        | SMFIP_NR_CONN
        | SMFIP_NR_HELO
        | SMFIP_NR_DATA
        | SMFIP_NR_UNKN
        | SMFIP_HDR_LEADSPC
    )
    proto = wanted & mta_protocol
    return encode(SMFIC_OPTNEG, struct.pack("!III", MILTER_VERSION, actions, proto)), proto


def reply_code(code: int, status: str, text: str) -> bytes:
    # '%' must be doubled in milter reply text (it is a format string in the MTA)
    safe = text.replace("%", "%%").replace("\r", " ").replace("\n", " ")
    return encode(SMFIR_REPLYCODE, f"{code} {status} {safe}".encode() + b"\0")


def header_bytes(name: str, value: str) -> bytes:
    return name.encode("utf-8") + b"\0" + value.encode("utf-8") + b"\0"


def insert_header(index: int, name: str, value: str) -> bytes:
    return encode(SMFIR_INSHEADER, struct.pack("!I", index) + header_bytes(name, value))


def change_header(index: int, name: str, value: str) -> bytes:
    """SMFIR_CHGHEADER: ``index`` is 1-based among headers of that name."""
    return encode(SMFIR_CHGHEADER, struct.pack("!I", index) + header_bytes(name, value))
