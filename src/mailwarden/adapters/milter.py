"""Postfix milter adapter: one asyncio task per MTA connection, verdicts from the gateway."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import socket
import struct
from dataclasses import dataclass, field

from mailwarden.adapters import milter_protocol as mp
from mailwarden.checks.base import Stage
from mailwarden.gateway import TEMPFAIL, Disposition, Gateway
from mailwarden.message.model import Envelope
from mailwarden.verdict import Action

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Txn:
    """Per-message state (reset on SMFIC_ABORT and after end-of-message)."""

    mail_from: str | None = None
    rcpts: list[str] = field(default_factory=list)
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: list[bytes] = field(default_factory=list)
    size: int = 0
    too_big: bool = False
    early_reject: str | None = None
    early_done: bool = False
    auth_user: str | None = None
    queue_id: str | None = None


class MilterSession:
    """Speaks the milter protocol on one connection from the MTA."""

    def __init__(self, gateway: Gateway, early_reject: bool, max_size: int) -> None:
        self.gw = gateway
        self.early_reject_enabled = early_reject
        self.max_size = max_size
        self.proto = 0
        self.client_ip: str | None = None
        self.client_name: str | None = None
        self.helo: str | None = None
        self.macros: dict[str, str] = {}
        self.txn = _Txn()

    def _replies(self, nr_flag: int) -> bool:
        return not (self.proto & nr_flag)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        tcp = sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6)
        if tcp:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while True:
                pkt = await mp.read_packet(reader)
                if pkt is None:
                    return
                if tcp:
                    # The MTA sends macro packets (no reply) right before the command they belong to;
                    # its second small write then waits (Nagle) for our delayed ACK: ~40 ms per message.
                    # Quick ACK after every packet removes the stall (Linux re-arms delayed ACK, so
                    # this is set each time).
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                out = await self.handle(pkt)
                if out is None:  # quit
                    return
                if out:
                    writer.write(out)
                    await writer.drain()
        except (mp.MilterProtocolError, ConnectionError) as e:
            log.warning("milter connection dropped: %s", e)
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def handle(self, pkt: mp.Packet) -> bytes | None:
        """Process one command; returns bytes to send (b"" for none), None to close."""
        cmd, data = pkt.cmd, pkt.data
        cont = mp.encode(mp.SMFIR_CONTINUE)
        if cmd == mp.SMFIC_OPTNEG:
            if len(data) < 12:
                raise mp.MilterProtocolError("short OPTNEG")
            _ver, actions, protocol = struct.unpack("!III", data[:12])
            reply, self.proto = mp.optneg_reply(actions, protocol)
            return reply
        if cmd == mp.SMFIC_MACRO:
            _for, macros = mp.parse_macros(data)
            self.macros.update(macros)
            return b""
        if cmd == mp.SMFIC_CONNECT:
            info = mp.parse_connect(data)
            self.client_ip = info.address
            self.client_name = info.hostname if info.hostname and not info.hostname.startswith("[") else None
            return cont if self._replies(mp.SMFIP_NR_CONN) else b""
        if cmd == mp.SMFIC_HELO:
            parts = mp.split_nul(data)
            self.helo = parts[0].decode("utf-8", "replace") if parts else None
            return cont if self._replies(mp.SMFIP_NR_HELO) else b""
        if cmd == mp.SMFIC_MAIL:
            self.txn = _Txn()
            parts = mp.split_nul(data)
            self.txn.mail_from = mp.strip_angle(parts[0].decode("utf-8", "replace")) if parts else ""
            self.txn.auth_user = self.macros.get("auth_authen") or None
            return cont if self._replies(mp.SMFIP_NR_MAIL) else b""
        if cmd == mp.SMFIC_RCPT:
            parts = mp.split_nul(data)
            rcpt = mp.strip_angle(parts[0].decode("utf-8", "replace")) if parts else ""
            return await self._rcpt(rcpt)
        if cmd == mp.SMFIC_HEADER:
            parts = data.split(b"\0")
            name = parts[0] if parts else b""
            value = parts[1] if len(parts) > 1 else b""
            self.txn.headers.append((name, value))
            self.txn.size += len(name) + len(value) + 3
            return cont if self._replies(mp.SMFIP_NR_HDR) else b""
        if cmd == mp.SMFIC_EOH:
            return cont if self._replies(mp.SMFIP_NR_EOH) else b""
        if cmd == mp.SMFIC_BODY:
            self.txn.size += len(data)
            if self.txn.size > self.max_size:
                self.txn.too_big = True
                self.txn.body.clear()
            elif not self.txn.too_big:
                self.txn.body.append(data)
            return cont if self._replies(mp.SMFIP_NR_BODY) else b""
        if cmd == mp.SMFIC_BODYEOB:
            if data:
                self.txn.body.append(data)
            out = await self._end_of_message()
            self.txn = _Txn()
            return out
        if cmd == mp.SMFIC_ABORT:
            self.txn = _Txn()
            return b""
        if cmd == mp.SMFIC_QUIT:
            return None
        if cmd == mp.SMFIC_QUIT_NC:
            self.txn = _Txn()
            self.macros = {}
            self.client_ip = self.client_name = self.helo = None
            return b""
        if cmd == mp.SMFIC_DATA:
            return cont if self._replies(mp.SMFIP_NR_DATA) else b""
        if cmd == mp.SMFIC_UNKNOWN:
            return cont if self._replies(mp.SMFIP_NR_UNKN) else b""
        raise mp.MilterProtocolError(f"unknown milter command {cmd!r}")

    def _envelope(self) -> Envelope:
        return Envelope(
            client_ip=self.client_ip,
            client_name=self.client_name,
            helo=self.helo,
            mail_from=self.txn.mail_from,
            rcpt_to=tuple(self.txn.rcpts),
            authenticated_user=self.txn.auth_user,
            source="smtp",
        )

    async def _rcpt(self, rcpt: str) -> bytes:
        txn = self.txn
        if self.early_reject_enabled and not txn.early_done:
            txn.early_done = True
            try:
                env = dataclasses.replace(self._envelope(), rcpt_to=(rcpt,))
                verdict = await self.gw.early(env, Stage.RCPT)
            except Exception:  # early checks are an optimisation: never fail the transaction on them
                log.exception("early verdict failed; continuing to end-of-message")
                verdict = None
            if verdict is not None:
                txn.early_reject = verdict.reason or "policy"
        if txn.early_reject:
            return mp.reply_code(550, "5.7.1", f"Message rejected: {txn.early_reject}")
        txn.rcpts.append(rcpt)
        return mp.encode(mp.SMFIR_CONTINUE)

    def _raw(self) -> bytes:
        """Rebuild the message as received: header bytes exact (HDR_LEADSPC), CRLF line ends."""
        lead = bool(self.proto & mp.SMFIP_HDR_LEADSPC)
        out = bytearray()
        for name, value in self.txn.headers:
            v = value.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            out += name + b":" + (v if lead else b" " + v) + b"\r\n"
        out += b"\r\n"
        for chunk in self.txn.body:
            out += chunk
        return bytes(out)

    async def _end_of_message(self) -> bytes:
        txn = self.txn
        txn.queue_id = self.macros.get("i")
        if txn.too_big:
            return mp.reply_code(552, "5.3.4", "Message too big for the content filter")
        try:
            disp = await self.gw.process(self._raw(), self._envelope(), "milter", queue_id=txn.queue_id, can_hold=True)
        except Exception:  # the gateway should never raise; if it does, the MTA keeps the message
            log.exception("gateway failed for queue id %s", txn.queue_id)
            if self.gw.settings.general.on_error == "accept":
                return mp.encode(mp.SMFIR_ACCEPT)
            return mp.reply_code(TEMPFAIL.code, TEMPFAIL.status, TEMPFAIL.text)
        return self._eom_reply(disp)

    def _eom_reply(self, disp: Disposition) -> bytes:
        if disp.action is Action.REJECT or disp.action is Action.TEMPFAIL:
            return mp.reply_code(disp.reply.code, disp.reply.status, disp.reply.text)
        if disp.stored:
            # the original is safe in our quarantine; Postfix answers 250 and drops its copy
            return mp.encode(mp.SMFIR_DISCARD)
        out = bytearray()
        # With SMFIP_HDR_LEADSPC the MTA takes values verbatim, so we supply the space after the colon.
        lead = " " if self.proto & mp.SMFIP_HDR_LEADSPC else ""
        # Authentication-Results and our headers go on top, in order (RFC 8601 §5: A-R above
        # the Received header of the hop that verified).
        for i, (name, value) in enumerate(disp.headers):
            out += mp.insert_header(i, name, lead + value)
        if disp.new_subject is not None:
            out += mp.change_header(1, "Subject", lead + disp.new_subject)
        if disp.hold:
            out += mp.encode(mp.SMFIR_QUARANTINE, f"mailwarden {disp.event_id}".encode() + b"\0")
        out += mp.encode(mp.SMFIR_CONTINUE)
        return bytes(out)


def parse_listen(spec: str) -> tuple[str, str | int]:
    """``inet:HOST:PORT`` / ``unix:/path`` (Postfix smtpd_milters syntax) -> (kind, address)."""
    if spec.startswith("unix:"):
        return "unix", spec[5:]
    if spec.startswith("inet:"):
        spec = spec[5:]
    host, sep, port = spec.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"milter listen address must be inet:HOST:PORT or unix:/path, not {spec!r}")
    return "inet", f"{host or '127.0.0.1'}:{port}"


async def start_milter_server(
    gateway: Gateway, listen: str, early_reject: bool = True, max_size: int = 50 * 1024 * 1024
) -> asyncio.AbstractServer:
    """Start listening. inet sockets use SO_REUSEPORT so several worker processes can share a port."""
    kind, addr = parse_listen(listen)

    async def on_conn(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await MilterSession(gateway, early_reject, max_size).serve(reader, writer)

    if kind == "unix":
        path = str(addr)
        if os.path.exists(path):
            os.unlink(path)
        server = await asyncio.start_unix_server(on_conn, path=path)
        os.chmod(path, 0o660)
        return server
    host, _, port = str(addr).rpartition(":")
    return await asyncio.start_server(
        on_conn, host=host, port=int(port), reuse_port=True, family=socket.AF_UNSPEC, backlog=512
    )
