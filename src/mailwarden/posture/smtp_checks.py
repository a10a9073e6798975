"""SMTP posture of one endpoint: banner, EHLO, STARTTLS, AUTH before TLS, VRFY/EXPN, open relay.

The relay probe stops after RCPT TO and always ends with RSET and QUIT: no message is ever sent
(no DATA command is issued, RFC 5321 §4.1.1.4).
"""

from __future__ import annotations

import asyncio
import re
import ssl
from dataclasses import dataclass, field

from mailwarden.posture.findings import Collector
from mailwarden.posture.tls_probe import (
    Endpoint,
    ProtocolError,
    TlsReport,
    open_plain,
    probe_context,
    probe_tls,
    read_smtp,
    smtp_cmd,
)

_DISCLOSURE = re.compile(
    r"\b(postfix|exim|sendmail|microsoft esmtp|exchange|zimbra|coremail|qmail|haraka|opensmtpd|"
    r"mdaemon|kerio|axigen|icewarp|communigate|lotus|domino)\b|\((debian|ubuntu|centos|red hat|"
    r"freebsd)[^)]*\)|\bversion\s*:?\s*\d|\b\d+\.\d+\.\d+",
    re.I,
)


@dataclass(slots=True)
class SmtpProbe:
    """Knobs of the SMTP probe."""

    probe_from: str = "mailwarden-probe@example.org"
    probe_rcpt: str = "mailwarden-relay-probe@example.net"  # RFC 2606 reserved: can never be delivered
    deep_tls: bool = True
    submission: bool = False  # port 587 role: TLS must be required before MAIL (RFC 8314 §3.3)


@dataclass(slots=True)
class SmtpReport:
    """What one SMTP endpoint showed (also the CN-RECT-01 inventory row)."""

    target: str
    reachable: bool = False
    banner: str = ""
    extensions: list[str] = field(default_factory=list)
    starttls: bool = False
    auth_plain: list[str] = field(default_factory=list)
    tls: TlsReport | None = None
    relay_refused: bool | None = None


def _ext(lines: list[str]) -> list[str]:
    return [ln.split()[0].upper() for ln in lines[1:] if ln.split()]


def _auth(lines: list[str]) -> list[str]:
    for ln in lines[1:]:
        parts = ln.upper().replace("=", " ").split()
        if parts and parts[0] == "AUTH":
            return parts[1:]
    return []


async def scan_smtp(
    ep: Endpoint, verify: ssl.SSLContext, probe: SmtpProbe, col: Collector, required: bool = False
) -> SmtpReport:
    """Run every SMTP check on one endpoint (ep.implicit for port 465); `required` for MX port 25."""
    rep = SmtpReport(target=f"{ep.host}:{ep.port}")
    try:
        reader, writer = await open_plain(ep)
    except (OSError, TimeoutError) as e:
        if required:
            col.add("SMTP_UNREACHABLE", f"{type(e).__name__}: {e}", rep.target)
        return rep
    try:
        await asyncio.wait_for(_session(ep, reader, writer, probe, rep, col), ep.timeout * 3)
    except (OSError, ssl.SSLError, ProtocolError, TimeoutError) as e:
        col.add("SMTP_UNREACHABLE", f"session failed: {type(e).__name__}: {e}", rep.target)
    finally:
        writer.close()
    if rep.reachable and (rep.starttls or ep.implicit):
        rep.tls = await probe_tls(ep, verify, col, deep=probe.deep_tls)
        if not rep.tls.leaf_der and not ep.implicit:
            col.add("SMTP_STARTTLS_FAILED", rep.tls.error, rep.target)
    return rep


async def _session(
    ep: Endpoint,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    probe: SmtpProbe,
    rep: SmtpReport,
    col: Collector,
) -> None:
    if ep.implicit:
        await writer.start_tls(probe_context(), server_hostname=ep.host)
    code, lines = await read_smtp(reader)
    rep.reachable = True
    rep.banner = " ".join(lines)
    col.mark("smtp.banner")
    if _DISCLOSURE.search(rep.banner):
        col.add("SMTP_BANNER_DISCLOSURE", f"{code} {rep.banner}", rep.target)
    if code != 220:
        raise ProtocolError(f"greeting {code} {rep.banner}")
    code, lines = await smtp_cmd(reader, writer, f"EHLO {ep.helo}")
    rep.extensions = _ext(lines)
    rep.starttls = "STARTTLS" in rep.extensions
    secure = ep.implicit
    if not secure:
        rep.auth_plain = _auth(lines)
        if rep.auth_plain:
            # RFC 3207 §4 / RFC 8314 §3: credentials must not cross an unencrypted channel.
            col.add("SMTP_AUTH_BEFORE_TLS", f"AUTH {' '.join(rep.auth_plain)} offered before STARTTLS", rep.target)
        col.mark("smtp.auth_tls")
        if not rep.starttls:
            col.add("SMTP_NO_STARTTLS", f"EHLO extensions: {' '.join(rep.extensions)}", rep.target)
        col.mark("smtp.starttls")
    await _vrfy_expn(reader, writer, rep, col)
    if not secure and probe.submission:
        # RFC 8314 §3.3: submission must not proceed without TLS.
        code, lines = await smtp_cmd(reader, writer, f"MAIL FROM:<{probe.probe_from}>")
        if 200 <= code < 300:
            col.add("SMTP_PLAINTEXT_SUBMISSION", f"MAIL FROM accepted before STARTTLS: {code}", rep.target)
        await smtp_cmd(reader, writer, "RSET")
        col.mark("smtp.submission_tls")
    if not secure and rep.starttls:
        code, lines = await smtp_cmd(reader, writer, "STARTTLS")
        if code == 220:
            await writer.start_tls(probe_context(), server_hostname=ep.host)
            code, lines = await smtp_cmd(reader, writer, f"EHLO {ep.helo}")
            secure = True
    await _relay_probe(reader, writer, probe, rep, col)
    try:
        writer.write(b"QUIT\r\n")
        await writer.drain()
        await asyncio.wait_for(read_smtp(reader), 2)
    except (OSError, ProtocolError, TimeoutError):
        pass


async def _vrfy_expn(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, rep: SmtpReport, col: Collector
) -> None:
    # RFC 5321 §3.5: 250/251/252 answers let anyone enumerate recipients.
    for verb, code_name in (("VRFY", "SMTP_VRFY_ENABLED"), ("EXPN", "SMTP_EXPN_ENABLED")):
        code, lines = await smtp_cmd(reader, writer, f"{verb} postmaster")
        if 250 <= code <= 252:
            col.add(code_name, f"{verb} postmaster -> {code} {' '.join(lines)}", rep.target)
    col.mark("smtp.vrfy")


async def _relay_probe(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, probe: SmtpProbe, rep: SmtpReport, col: Collector
) -> None:
    """Unauthenticated RCPT to an outside domain must be refused (CN-SCT-04); then RSET, never DATA."""
    code, _ = await smtp_cmd(reader, writer, f"MAIL FROM:<{probe.probe_from}>")
    if 200 <= code < 300:
        rcode, rlines = await smtp_cmd(reader, writer, f"RCPT TO:<{probe.probe_rcpt}>")
        rep.relay_refused = not 200 <= rcode < 300
        if not rep.relay_refused:
            col.add("SMTP_OPEN_RELAY", f"RCPT TO:<{probe.probe_rcpt}> -> {rcode} {' '.join(rlines)}", rep.target)
        col.mark("smtp.relay")
    await smtp_cmd(reader, writer, "RSET")
