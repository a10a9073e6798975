"""Milter wire protocol edge cases without an MTA: framing errors, macros, unix sockets, size limit."""

from __future__ import annotations

import asyncio
import struct
from pathlib import Path

import pytest

from mailwarden.adapters import milter_protocol as mp
from mailwarden.adapters.milter import MilterSession, parse_listen, start_milter_server
from mailwarden.stores import open_store
from mailwarden.testing.inline import build_gateway, make_settings


def reader_with(data: bytes) -> asyncio.StreamReader:
    r = asyncio.StreamReader()
    r.feed_data(data)
    r.feed_eof()
    return r


async def test_framing_errors_raise_protocol_error_not_crash() -> None:
    assert await mp.read_packet(reader_with(b"")) is None
    with pytest.raises(mp.MilterProtocolError):
        await mp.read_packet(reader_with(b"\x00\x00"))
    with pytest.raises(mp.MilterProtocolError):
        await mp.read_packet(reader_with(struct.pack("!I", 0)))
    with pytest.raises(mp.MilterProtocolError):
        await mp.read_packet(reader_with(struct.pack("!I", 10**9) + b"x"))
    with pytest.raises(mp.MilterProtocolError):
        await mp.read_packet(reader_with(struct.pack("!I", 5) + b"Cab"))


def test_connect_macros_and_listen_parsing() -> None:
    info = mp.parse_connect(b"mail.example\x004" + struct.pack("!H", 2525) + b"192.0.2.7\x00")
    assert (info.hostname, info.family, info.port, info.address) == ("mail.example", "4", 2525, "192.0.2.7")
    info6 = mp.parse_connect(b"[2001:db8::1]\x006" + struct.pack("!H", 25) + b"IPv6:2001:db8::1\x00")
    assert info6.address == "2001:db8::1"
    cmd, macros = mp.parse_macros(b"M{auth_authen}\x00alice\x00i\x00ABC123\x00")
    assert cmd == b"M" and macros == {"auth_authen": "alice", "i": "ABC123"}
    assert parse_listen("inet:127.0.0.1:11990") == ("inet", "127.0.0.1:11990")
    assert parse_listen("unix:/run/mw.sock") == ("unix", "/run/mw.sock")
    with pytest.raises(ValueError):
        parse_listen("inet:localhost")
    assert b"100%% sure" in mp.reply_code(550, "5.7.1", "100% sure")


async def _session_exchange(tmp_path: Path, packets: list[bytes], max_size: int = 10_000) -> list[mp.Packet]:
    settings = make_settings(tmp_path, {"general": {"offline": True}})
    gw = build_gateway(settings, open_store(settings.store.url))
    session = MilterSession(gw, early_reject=True, max_size=max_size)
    out: list[mp.Packet] = []
    for raw in packets:
        pkt = await mp.read_packet(reader_with(raw))
        assert pkt is not None
        reply = await session.handle(pkt)
        if reply:
            r = reader_with(reply)
            while (p := await mp.read_packet(r)) is not None:
                out.append(p)
    return out


async def test_oversize_body_is_refused_permanently_not_buffered(tmp_path: Path) -> None:
    proto = mp.SMFIP_NR_HDR | mp.SMFIP_NR_BODY
    pkts = [
        mp.encode(mp.SMFIC_OPTNEG, struct.pack("!III", 6, 0x1FF, proto)),
        mp.encode(mp.SMFIC_MAIL, b"<a@example.net>\x00"),
        mp.encode(mp.SMFIC_RCPT, b"<b@gw.test>\x00"),
        mp.encode(mp.SMFIC_HEADER, b"Subject\x00 big\x00"),
        mp.encode(mp.SMFIC_BODY, b"x" * 6000),
        mp.encode(mp.SMFIC_BODY, b"x" * 6000),
        mp.encode(mp.SMFIC_BODYEOB),
    ]
    replies = await _session_exchange(tmp_path, pkts, max_size=10_000)
    assert replies[0].cmd == mp.SMFIC_OPTNEG
    last = replies[-1]
    assert last.cmd == mp.SMFIR_REPLYCODE and last.data.startswith(b"552 5.3.4")


async def test_unix_socket_listener(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {"general": {"offline": True}})
    gw = build_gateway(settings, open_store(settings.store.url))
    sock = tmp_path / "milter.sock"
    server = await start_milter_server(gw, f"unix:{sock}")
    try:
        reader, writer = await asyncio.open_unix_connection(str(sock))
        writer.write(mp.encode(mp.SMFIC_OPTNEG, struct.pack("!III", 6, 0x3F, 0x1FFFFF)))
        await writer.drain()
        pkt = await mp.read_packet(reader)
        assert pkt is not None and pkt.cmd == mp.SMFIC_OPTNEG
        _ver, actions, proto = struct.unpack("!III", pkt.data)
        assert actions & mp.SMFIF_ADDHDRS and actions & mp.SMFIF_QUARANTINE
        assert proto & mp.SMFIP_HDR_LEADSPC
        writer.write(mp.encode(mp.SMFIC_QUIT))
        await writer.drain()
        writer.close()
    finally:
        server.close()
        await server.wait_closed()
