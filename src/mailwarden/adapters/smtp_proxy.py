"""SMTP proxy adapter on aiosmtpd, for MTAs without milter support (Exchange, Zimbra, any relay).

before_queue: the reply to the client is the verdict; accepted mail is relayed to the next hop
before we answer, so a 250 means the next hop has it. after_queue (Postfix content_filter): the same,
except that a reject is kept in quarantine and answered 250, so the upstream MTA does not bounce spam
back to forged senders (backscatter). If the next hop cannot take the message we answer 451: the upstream MTA
keeps it and retries; nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import dataclass
from typing import Any

from aiosmtpd.smtp import SMTP, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from mailwarden.config import ProxySettings
from mailwarden.delivery.smtp import relay
from mailwarden.errors import DeliveryError
from mailwarden.gateway import TEMPFAIL, Gateway
from mailwarden.message.model import Envelope
from mailwarden.verdict import Action

log = logging.getLogger(__name__)


def prepend_headers(raw: bytes, headers: tuple[tuple[str, str], ...], new_subject: str | None) -> bytes:
    """Our headers on top (RFC 5322 trace order); the Subject rewritten when tagging."""
    top = b"".join(f"{n}: {v}\r\n".encode() for n, v in headers)
    if new_subject is not None:
        raw = _replace_subject(raw, new_subject)
    return top + raw


def _replace_subject(raw: bytes, subject: str) -> bytes:
    end = raw.find(b"\r\n\r\n")
    sep = b"\r\n"
    if end < 0:
        end, sep = raw.find(b"\n\n"), b"\n"
    head = raw if end < 0 else raw[:end]
    lines = head.split(sep)
    out: list[bytes] = []
    skipping = False
    replaced = False
    for line in lines:
        if skipping and line[:1] in (b" ", b"\t"):
            continue
        skipping = False
        if not replaced and line[:8].lower() == b"subject:":
            out.append(b"Subject: " + subject.encode())
            skipping = replaced = True
            continue
        out.append(line)
    return sep.join(out) + (b"" if end < 0 else raw[end:])


@dataclass
class ProxyHandler:
    """aiosmtpd handler: DATA -> gateway -> relay or reply."""

    gateway: Gateway
    settings: ProxySettings

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        raw = envelope.original_content or b""
        peer = session.peer
        client_ip = peer[0] if isinstance(peer, tuple) else None
        env = Envelope(
            client_ip=client_ip,
            helo=session.host_name,
            mail_from=envelope.mail_from or "",
            rcpt_to=tuple(envelope.rcpt_tos),
            authenticated_user=_auth_user(session),
            source="smtp",
        )
        try:
            disp = await self.gateway.process(
                raw, env, "proxy", reject_to_quarantine=self.settings.mode == "after_queue"
            )
        except Exception:  # never lose a message: the client keeps it and retries
            log.exception("gateway failed")
            return str(TEMPFAIL)
        if disp.action is Action.TEMPFAIL or (disp.action is Action.REJECT and not disp.stored):
            return str(disp.reply)
        if disp.stored:
            return f"250 2.0.0 OK quarantined as {disp.event_id}"
        data = prepend_headers(raw, disp.headers, disp.new_subject)
        try:
            res = await relay(
                self.settings.next_hop, envelope.mail_from or "", envelope.rcpt_tos, data, self.settings.next_hop_tls
            )
        except DeliveryError as e:
            log.warning("relay to %s failed: %s", self.settings.next_hop, e)
            if e.permanent:
                return f"{e.code} 5.0.0 Next hop refused the message"
            return "451 4.4.1 Next hop unavailable, try again later"
        if res.refused:
            log.warning("next hop refused some recipients: %s", res.refused)
        return "250 2.0.0 OK"


def _auth_user(session: Session) -> str | None:
    data: Any = getattr(session, "auth_data", None)
    if data is None:
        return None
    login = getattr(data, "login", None)
    if isinstance(login, bytes):
        return login.decode("utf-8", "replace")
    return str(login) if login else None


def tls_context(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    if not cert:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


async def start_proxy_server(gateway: Gateway, settings: ProxySettings, max_size: int) -> Any:
    """Listen on ``settings.listen`` in the running loop (not aiosmtpd's thread Controller), so the
    proxy shares the engine's loop, resolver and cache."""
    host, _, port = settings.listen.rpartition(":")
    handler = ProxyHandler(gateway, settings)
    ctx = tls_context(settings.tls_cert, settings.tls_key)

    def factory() -> SMTP:
        return SMTP(
            handler,
            data_size_limit=max_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            tls_context=ctx,
            require_starttls=False,
            ident="mailwarden ESMTP",
        )

    loop = asyncio.get_running_loop()
    return await loop.create_server(factory, host=host or "127.0.0.1", port=int(port), reuse_port=True)
