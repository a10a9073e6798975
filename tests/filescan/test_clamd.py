"""clamd client against a real clamd (scripts/start_clamd.sh: EICAR + custom signatures, StreamMaxLength 2M)."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime

import pytest

from mailwarden.filescan import testing as T
from mailwarden.filescan.clamd import (
    ClamdAddress,
    ClamdClient,
    ClamdError,
    ScanStatus,
    parse_scan_reply,
    parse_version,
)


def test_address_and_reply_parsing() -> None:
    assert ClamdAddress.parse("tcp://127.0.0.1:3310") == ClamdAddress("127.0.0.1", 3310)
    assert ClamdAddress.parse("unix:///run/c.ctl").path == "/run/c.ctl"
    assert ClamdAddress.parse("/run/c.ctl").path == "/run/c.ctl"
    with pytest.raises(ValueError):
        ClamdAddress.parse("nohost")
    assert parse_scan_reply("stream: Win.Test.EICAR_HDB-1 FOUND").signature == "Win.Test.EICAR_HDB-1"
    assert parse_scan_reply("stream: OK").status == ScanStatus.CLEAN
    assert parse_scan_reply("INSTREAM size limit exceeded. ERROR").status == ScanStatus.TOO_LARGE
    with pytest.raises(ClamdError):
        parse_scan_reply("what?")
    v = parse_version("ClamAV 1.4.6/27480/Sat Nov 22 09:25:01 2026")
    assert v.db_version == 27480 and v.db_date == datetime(2026, 11, 22, 9, 25, 1, tzinfo=UTC)
    assert v.age_days(datetime(2026, 11, 25, 9, 25, 1, tzinfo=UTC)) == pytest.approx(3.0)
    assert parse_version("ClamAV 1.4.6").db_date is None


async def test_unreachable_and_silent_clamd() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ClamdError, match="cannot connect"):
        await ClamdClient(f"127.0.0.1:{port}").scan(b"x")
    with pytest.raises(ClamdError):
        await ClamdClient("/nonexistent/clamd.ctl").ping()

    async def mute(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)  # accepts, never answers
        writer.close()

    server = await asyncio.start_server(mute, "127.0.0.1", 0)
    mport = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(ClamdError, match="did not finish"):
            await ClamdClient(f"127.0.0.1:{mport}", timeout=0.3).scan(b"data")
    finally:
        server.close()


@pytest.mark.services
async def test_real_clamd_tcp_and_unix(clamd_addresses: tuple[str, str]) -> None:
    for addr in clamd_addresses:
        c = ClamdClient(addr, chunk_size=7)  # tiny chunks: signatures spanning chunk borders still match
        assert await c.ping()
        v = await c.version()
        assert v.engine.startswith("ClamAV")
        r = await c.scan(T.eicar())
        assert r.status == ScanStatus.INFECTED and r.signature and "EICAR" in r.signature
        zipped = await c.scan(T.make_zip({"inv.com": T.eicar()}))
        assert zipped.status == ScanStatus.INFECTED
        custom = await c.scan(b"header " + T.CLAMD_CUSTOM_MARKER + b" trailer")
        assert custom.signature == "Mailwarden.Test.Custom.UNOFFICIAL"
        assert (await c.scan(b"an ordinary letter\n" * 100)).status == ScanStatus.CLEAN


@pytest.mark.services
async def test_real_clamd_stream_max_length(clamd_addresses: tuple[str, str]) -> None:
    big = b"\x00ab" * (1024 * 1024)  # 3 MiB > the test clamd's StreamMaxLength 2M
    for addr in clamd_addresses:
        refused_by_clamd = await ClamdClient(addr, stream_max_length=10**9).scan(big)
        assert refused_by_clamd.status == ScanStatus.TOO_LARGE
        not_sent = await ClamdClient(addr, stream_max_length=2 * 1024 * 1024).scan(big)
        assert not_sent.status == ScanStatus.TOO_LARGE and "StreamMaxLength" in not_sent.detail
