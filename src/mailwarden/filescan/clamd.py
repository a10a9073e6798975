"""Async clamd client: INSTREAM over TCP or a unix socket, PING, VERSION (signature date), with timeouts.

Protocol (clamd(8)): commands are sent "z"-prefixed and NUL-terminated; INSTREAM then takes chunks framed
as <uint32 big-endian length><bytes>, ended by a zero-length chunk. The reply is "stream: OK",
"stream: <Signature> FOUND" or "<text> ERROR". A stream longer than clamd's StreamMaxLength gets
"INSTREAM size limit exceeded. ERROR" and the connection is closed, possibly while we are still sending.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import socket
import struct
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mailwarden.errors import MailwardenError

DEFAULT_CHUNK = 64 * 1024
DEFAULT_STREAM_MAX = 25 * 1024 * 1024  # clamd's default StreamMaxLength
_REPLY_MAX = 64 * 1024


class ClamdError(MailwardenError):
    """clamd could not be reached, timed out or answered something unexpected."""


class ScanStatus(enum.StrEnum):
    CLEAN = "clean"
    INFECTED = "infected"
    TOO_LARGE = "too_large"  # longer than StreamMaxLength: not scanned
    ERROR = "error"  # clamd answered ERROR (e.g. a scan limit it enforces)


@dataclass(frozen=True, slots=True)
class ScanResult:
    status: ScanStatus
    signature: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ClamdVersion:
    """Parsed VERSION reply: "ClamAV 1.4.6/27480/Sat Nov 22 09:25:01 2026"."""

    engine: str
    db_version: int | None
    db_date: datetime | None
    raw: str

    def age_days(self, now: datetime | None = None) -> float | None:
        if self.db_date is None:
            return None
        ref = now or datetime.now(UTC)
        return (ref - self.db_date).total_seconds() / 86400


@dataclass(frozen=True, slots=True)
class ClamdAddress:
    """Where clamd listens: host and port, or a unix socket path."""

    host: str | None = None
    port: int | None = None
    path: str | None = None

    @classmethod
    def parse(cls, spec: str) -> ClamdAddress:
        """'tcp://127.0.0.1:3310', '127.0.0.1:3310', 'unix:///run/clamd.ctl' or '/run/clamd.ctl'."""
        s = spec.strip()
        if s.startswith("unix://"):
            return cls(path=s[len("unix://") :])
        if s.startswith("/"):
            return cls(path=s)
        s = s.removeprefix("tcp://")
        host, sep, port = s.rpartition(":")
        if not sep or not port.isdigit():
            raise ValueError(f"clamd address {spec!r}: expected HOST:PORT or a socket path")
        return cls(host=host.strip("[]") or "127.0.0.1", port=int(port))

    def __str__(self) -> str:
        return f"unix://{self.path}" if self.path else f"tcp://{self.host}:{self.port}"


def parse_version(reply: str) -> ClamdVersion:
    """Split a VERSION reply; a clamd without an official database has no number or date."""
    parts = reply.strip().split("/", 2)
    db_version: int | None = None
    db_date: datetime | None = None
    if len(parts) >= 2 and parts[1].strip().isdigit():
        db_version = int(parts[1])
    if len(parts) == 3:
        with contextlib.suppress(ValueError):
            db_date = datetime.strptime(parts[2].strip(), "%a %b %d %H:%M:%S %Y").replace(tzinfo=UTC)
    return ClamdVersion(parts[0].strip(), db_version, db_date, reply.strip())


def parse_scan_reply(reply: str) -> ScanResult:
    text = reply.strip().rstrip("\x00").strip()
    body = text.split(": ", 1)[1] if text.startswith("stream:") and ": " in text else text
    if body.endswith(" FOUND"):
        return ScanResult(ScanStatus.INFECTED, body[: -len(" FOUND")].strip(), text)
    if body == "OK":
        return ScanResult(ScanStatus.CLEAN, None, text)
    if "size limit exceeded" in body:
        return ScanResult(ScanStatus.TOO_LARGE, None, text)
    if body.endswith("ERROR"):
        return ScanResult(ScanStatus.ERROR, None, text)
    raise ClamdError(f"unexpected clamd reply: {text[:200]!r}")


class ClamdClient:
    """One clamd endpoint. Each call opens its own connection (clamd handles them in parallel threads)."""

    def __init__(
        self,
        address: str | ClamdAddress,
        *,
        connect_timeout: float = 2.0,
        timeout: float = 30.0,
        chunk_size: int = DEFAULT_CHUNK,
        stream_max_length: int = DEFAULT_STREAM_MAX,
        version_ttl: float = 300.0,
    ) -> None:
        self.address = address if isinstance(address, ClamdAddress) else ClamdAddress.parse(address)
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self.chunk_size = chunk_size
        self.stream_max_length = stream_max_length
        self.version_ttl = version_ttl
        self._version: tuple[float, ClamdVersion] | None = None

    async def _connect(self) -> socket.socket:
        loop = asyncio.get_running_loop()
        try:
            if self.address.path:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                target: Any = self.address.path
            else:
                infos = await loop.getaddrinfo(self.address.host, self.address.port, type=socket.SOCK_STREAM)
                family, stype, proto, _, target = infos[0]
                sock = socket.socket(family, stype, proto)
        except OSError as e:
            raise ClamdError(f"cannot resolve clamd address {self.address}: {e}") from e
        sock.setblocking(False)
        try:
            await asyncio.wait_for(loop.sock_connect(sock, target), self.connect_timeout)
        except TimeoutError as e:
            sock.close()
            raise ClamdError(f"connect to clamd at {self.address} timed out") from e
        except OSError as e:
            sock.close()
            raise ClamdError(f"cannot connect to clamd at {self.address}: {e}") from e
        return sock

    async def _command(self, cmd: bytes) -> str:
        loop = asyncio.get_running_loop()
        sock = await self._connect()
        try:
            await asyncio.wait_for(loop.sock_sendall(sock, b"z" + cmd + b"\x00"), self.timeout)
            return await asyncio.wait_for(_read_reply(sock), self.timeout)
        except TimeoutError as e:
            raise ClamdError(f"clamd at {self.address} did not answer {cmd.decode()} in {self.timeout:g} s") from e
        except OSError as e:
            raise ClamdError(f"clamd at {self.address}: {cmd.decode()}: {e}") from e
        finally:
            sock.close()

    async def ping(self) -> bool:
        return (await self._command(b"PING")) == "PONG"

    async def version(self, *, fresh: bool = False) -> ClamdVersion:
        """VERSION, cached for ``version_ttl`` seconds (it changes only when signatures reload)."""
        now = time.monotonic()
        if not fresh and self._version is not None and now - self._version[0] < self.version_ttl:
            return self._version[1]
        v = parse_version(await self._command(b"VERSION"))
        self._version = (now, v)
        return v

    async def scan(self, data: bytes) -> ScanResult:
        """INSTREAM ``data``. Data longer than ``stream_max_length`` is not sent (TOO_LARGE)."""
        if len(data) > self.stream_max_length:
            return ScanResult(
                ScanStatus.TOO_LARGE, None, f"{len(data)} bytes > StreamMaxLength {self.stream_max_length}"
            )
        sock = await self._connect()
        try:
            return await asyncio.wait_for(self._instream(sock, data), self.timeout)
        except TimeoutError as e:
            raise ClamdError(f"clamd at {self.address} did not finish a scan in {self.timeout:g} s") from e
        finally:
            sock.close()

    async def _instream(self, sock: socket.socket, data: bytes) -> ScanResult:
        loop = asyncio.get_running_loop()
        view = memoryview(data)
        try:
            await loop.sock_sendall(sock, b"zINSTREAM\x00")
            for off in range(0, len(data), self.chunk_size):
                part = view[off : off + self.chunk_size]
                await loop.sock_sendall(sock, struct.pack("!I", len(part)) + part)
                early = _reply_waiting(sock)
                if early:  # clamd answers before the end only to refuse (size limit): stop sending
                    rest = "" if early.endswith(b"\x00") else await _read_reply(sock, allow_empty=True)
                    return parse_scan_reply(early.rstrip(b"\x00").decode("utf-8", "replace") + rest)
            await loop.sock_sendall(sock, struct.pack("!I", 0))
        except (ConnectionResetError, BrokenPipeError) as e:
            # clamd closed the stream (StreamMaxLength): its reply is usually still in our receive buffer.
            try:
                return parse_scan_reply(await _read_reply(sock))
            except (ClamdError, OSError):
                raise ClamdError(f"clamd at {self.address} closed the stream: {e}") from e
        except OSError as e:
            raise ClamdError(f"clamd at {self.address}: {e}") from e
        try:
            return parse_scan_reply(await _read_reply(sock))
        except OSError as e:
            raise ClamdError(f"clamd at {self.address}: reading reply: {e}") from e


def _reply_waiting(sock: socket.socket) -> bytes:
    """Bytes clamd already sent (non-blocking); b"" when it has said nothing yet."""
    try:
        return sock.recv(4096)
    except (BlockingIOError, InterruptedError):
        return b""


async def _read_reply(sock: socket.socket, allow_empty: bool = False) -> str:
    loop = asyncio.get_running_loop()
    buf = bytearray()
    while len(buf) < _REPLY_MAX:
        chunk = await loop.sock_recv(sock, 4096)
        if not chunk:
            break
        buf += chunk
        if buf.endswith(b"\x00"):
            break
    if not buf and not allow_empty:
        raise ClamdError("clamd closed the connection without a reply")
    return buf.rstrip(b"\x00").decode("utf-8", "replace")
