"""SMTP client for relaying and re-injection (stdlib smtplib, run in a worker thread)."""

from __future__ import annotations

import asyncio
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mailwarden.errors import DeliveryError

TlsMode = Literal["opportunistic", "required", "off"]


@dataclass(frozen=True, slots=True)
class RelayResult:
    """Outcome of one relay attempt: recipients refused by the next hop, whether TLS was used."""

    refused: dict[str, tuple[int, str]]
    tls: bool


def split_hostport(spec: str, default_port: int = 25) -> tuple[str, int]:
    host, sep, port = spec.rpartition(":")
    if not sep:
        return spec, default_port
    if not port.isdigit():
        raise DeliveryError(f"bad next hop {spec!r}: expected HOST:PORT")
    return host.strip("[]"), int(port)


def _tls_context(mode: TlsMode) -> ssl.SSLContext:
    if mode == "required":
        return ssl.create_default_context()
    # opportunistic TLS (RFC 7435): encrypt when offered, don't authenticate (like Postfix "may")
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def relay_sync(
    next_hop: str,
    mail_from: str,
    rcpts: Sequence[str],
    data: bytes,
    tls: TlsMode = "opportunistic",
    timeout: float = 60.0,
    helo: str | None = None,
) -> RelayResult:
    """Send ``data`` to the next hop. Raises DeliveryError (with the SMTP code when there is one)."""
    host, port = split_hostport(next_hop)
    try:
        with smtplib.SMTP(host, port, local_hostname=helo or socket.getfqdn(), timeout=timeout) as smtp:
            smtp.ehlo()
            used_tls = False
            if tls != "off" and smtp.has_extn("starttls"):
                smtp.starttls(context=_tls_context(tls))
                smtp.ehlo()
                used_tls = True
            elif tls == "required":
                raise DeliveryError(
                    f"{next_hop} does not offer STARTTLS and TLS is required",
                )
            refused = smtp.sendmail(mail_from, list(rcpts), data)
            return RelayResult({k: (v[0], v[1].decode("utf-8", "replace")) for k, v in refused.items()}, used_tls)
    except smtplib.SMTPRecipientsRefused as e:
        raise DeliveryError(f"all recipients refused by {next_hop}: {e.recipients}", code=_first_code(e)) from e
    except smtplib.SMTPResponseException as e:
        msg = e.smtp_error.decode("utf-8", "replace") if isinstance(e.smtp_error, bytes) else str(e.smtp_error)
        raise DeliveryError(f"{next_hop} answered {e.smtp_code} {msg}", code=e.smtp_code) from e
    except (smtplib.SMTPException, OSError, ssl.SSLError) as e:
        raise DeliveryError(f"cannot relay to {next_hop}: {e}") from e


def _first_code(e: smtplib.SMTPRecipientsRefused) -> int | None:
    for code, _msg in e.recipients.values():
        return int(code)
    return None


async def relay(
    next_hop: str,
    mail_from: str,
    rcpts: Sequence[str],
    data: bytes,
    tls: TlsMode = "opportunistic",
    timeout: float = 60.0,
) -> RelayResult:
    return await asyncio.to_thread(relay_sync, next_hop, mail_from, rcpts, data, tls, timeout)
