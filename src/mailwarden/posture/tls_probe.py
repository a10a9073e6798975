"""TLS probing over SMTP/IMAP/POP3 STARTTLS or implicit TLS: versions, weak ciphers, certificate."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import re
import ssl
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.x509.oid import NameOID

from mailwarden.posture.findings import Collector

Proto = Literal["smtp", "imap", "pop3", "tls"]
LEGACY = (("TLSv1", ssl.TLSVersion.TLSv1), ("TLSv1.1", ssl.TLSVersion.TLSv1_1))
WEAK_CIPHERS = "NULL:aNULL:EXPORT:RC4:DES:3DES:MD5:@SECLEVEL=0"
_WEAK_NAME = re.compile(r"NULL|anon|ADH|AECDH|EXP|RC4|DES|MD5", re.I)
EXPIRY_WARN_DAYS = 30  # VN-UG-03: alert ≥ 30 days ahead


class ProtocolError(Exception):
    """The server answered something the probe did not expect."""


@functools.lru_cache(maxsize=8)
def verify_context(ca_files: tuple[Path, ...] = ()) -> ssl.SSLContext:
    """System trust store plus extra CA files (for private/test CAs); built once (loading costs ~30 ms)."""
    ctx = ssl.create_default_context()
    for f in ca_files:
        ctx.load_verify_locations(cafile=str(f))
    return ctx


def probe_context(version: ssl.TLSVersion | None = None, ciphers: str | None = None) -> ssl.SSLContext:
    """A non-verifying client context, optionally pinned to one protocol version."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    if version is not None:
        # Legacy versions need security level 0 on OpenSSL 3 (else the client refuses them itself).
        ctx.set_ciphers("ALL:@SECLEVEL=0")
        with warnings.catch_warnings():  # probing deprecated versions is the point (RFC 8996)
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx.minimum_version = version
            ctx.maximum_version = version
    if ciphers is not None:
        ctx.set_ciphers(ciphers)
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2  # TLS 1.3 suites are not selectable this way
    return ctx


async def read_smtp(reader: asyncio.StreamReader) -> tuple[int, list[str]]:
    """One SMTP reply (RFC 5321 §4.2: `NNN-` continues, `NNN ` ends)."""
    lines: list[str] = []
    while True:
        raw = await reader.readline()
        if not raw:
            raise ProtocolError("connection closed")
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        lines.append(line[4:])
        if len(line) < 4 or line[3] != "-":
            try:
                return int(line[:3]), lines
            except ValueError as e:
                raise ProtocolError(f"bad SMTP reply {line!r}") from e


async def smtp_cmd(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, cmd: str) -> tuple[int, list[str]]:
    """Send one SMTP command and read its reply."""
    writer.write(cmd.encode() + b"\r\n")
    await writer.drain()
    return await read_smtp(reader)


async def read_line(reader: asyncio.StreamReader) -> str:
    """One CRLF line of IMAP/POP3."""
    raw = await reader.readline()
    if not raw:
        raise ProtocolError("connection closed")
    return raw.decode("utf-8", "replace").rstrip("\r\n")


async def imap_cmd(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, tag: str, cmd: str) -> list[str]:
    """Send a tagged IMAP command; return every line up to and including the tagged reply."""
    writer.write(f"{tag} {cmd}\r\n".encode())
    await writer.drain()
    lines = []
    while True:
        line = await read_line(reader)
        lines.append(line)
        if line.startswith(tag + " "):
            return lines


async def starttls_preamble(
    proto: Proto, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, helo: str
) -> None:
    """Bring a plaintext session to the point where the TLS handshake starts."""
    if proto == "smtp":
        await read_smtp(reader)
        await smtp_cmd(reader, writer, f"EHLO {helo}")
        code, lines = await smtp_cmd(reader, writer, "STARTTLS")
        if code != 220:
            raise ProtocolError(f"STARTTLS refused: {code} {lines}")
    elif proto == "imap":
        await read_line(reader)
        last = (await imap_cmd(reader, writer, "s1", "STARTTLS"))[-1]
        if not last.upper().startswith("S1 OK"):
            raise ProtocolError(f"STARTTLS refused: {last}")
    elif proto == "pop3":
        await read_line(reader)
        writer.write(b"STLS\r\n")
        await writer.drain()
        line = await read_line(reader)
        if not line.startswith("+OK"):
            raise ProtocolError(f"STLS refused: {line}")


@dataclass(slots=True)
class Endpoint:
    """Where to connect and how to start TLS."""

    host: str  # name for SNI and certificate checks
    ip: str
    port: int
    proto: Proto
    implicit: bool
    helo: str = "audit.mailwarden.invalid"
    timeout: float = 8.0
    source: str | None = None


async def open_plain(ep: Endpoint) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """TCP connection (optionally from a chosen source address)."""
    local = (ep.source, 0) if ep.source else None
    return await asyncio.wait_for(asyncio.open_connection(ep.ip, ep.port, local_addr=local), ep.timeout)


async def handshake(ep: Endpoint, ctx: ssl.SSLContext) -> tuple[str, str, bytes]:
    """One TLS session; returns (version, cipher, leaf certificate DER). Closes the connection."""
    reader, writer = await open_plain(ep)
    try:
        if ep.implicit:
            await asyncio.wait_for(writer.start_tls(ctx, server_hostname=ep.host), ep.timeout)
        else:
            await asyncio.wait_for(starttls_preamble(ep.proto, reader, writer, ep.helo), ep.timeout)
            await asyncio.wait_for(writer.start_tls(ctx, server_hostname=ep.host), ep.timeout)
        sslobj = writer.get_extra_info("ssl_object")
        assert isinstance(sslobj, ssl.SSLObject)
        cipher = sslobj.cipher()
        return sslobj.version() or "", cipher[0] if cipher else "", sslobj.getpeercert(binary_form=True) or b""
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
            await asyncio.wait_for(writer.wait_closed(), 2)


@dataclass(slots=True)
class TlsReport:
    """What the TLS probes saw on one endpoint."""

    ok: bool = False
    version: str = ""
    cipher: str = ""
    leaf_der: bytes = b""
    verify_error: str = ""
    legacy: list[str] = field(default_factory=list)
    weak_cipher: str = ""
    not_after: str = ""
    error: str = ""


def _key_bits(cert: x509.Certificate) -> tuple[str, int]:
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey | dsa.DSAPublicKey):
        return ("RSA" if isinstance(key, rsa.RSAPublicKey) else "DSA"), key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return "EC", key.curve.key_size
    return type(key).__name__, 0


def hostname_matches(cert: x509.Certificate, host: str) -> bool:
    """RFC 6125 §6.4: DNS-ID match with a left-most `*` label; CN only when there is no SAN."""
    host = host.lower().rstrip(".")
    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        dns_ids = [n.lower() for n in names.get_values_for_type(x509.DNSName)]
        ip_ids = [str(i) for i in names.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        dns_ids = [str(a.value).lower() for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
        ip_ids = []
    if host in ip_ids:
        return True
    for pat in dns_ids:
        if pat == host or (pat.startswith("*.") and host.partition(".")[2] == pat[2:] and "." in host):
            return True
    return False


async def probe_tls(ep: Endpoint, verify: ssl.SSLContext, col: Collector, deep: bool = True) -> TlsReport:
    """Handshake with verification, then legacy-version and weak-cipher probes; adds TLS_* findings."""
    rep = TlsReport()
    target = f"{ep.host}:{ep.port}"
    try:
        rep.version, rep.cipher, rep.leaf_der = await handshake(ep, verify)
        rep.ok = True
    except ssl.SSLCertVerificationError as e:
        rep.verify_error = e.verify_message or str(e)
    except (OSError, ssl.SSLError, ProtocolError, TimeoutError) as e:
        rep.error = f"{type(e).__name__}: {e}"
    if not rep.ok:
        try:
            rep.version, rep.cipher, rep.leaf_der = await handshake(ep, probe_context())
        except (OSError, ssl.SSLError, ProtocolError, TimeoutError) as e:
            rep.error = rep.error or f"{type(e).__name__}: {e}"
            return rep
    col.mark(f"tls.{ep.proto}")
    _judge_certificate(rep, ep, target, col)
    if rep.version not in ("TLSv1.2", "TLSv1.3"):
        col.add("TLS_NO_MODERN_PROTOCOL", f"best protocol offered: {rep.version}", target)
    if deep:
        await _probe_weak(ep, rep)
    if rep.legacy:
        col.add("TLS_LEGACY_PROTOCOL", f"accepts {', '.join(rep.legacy)}", target)
    if rep.weak_cipher:
        col.add("TLS_WEAK_CIPHER", f"accepts {rep.weak_cipher}", target)
    return rep


async def _probe_weak(ep: Endpoint, rep: TlsReport) -> None:
    for label, version in LEGACY:
        try:
            got, _, _ = await handshake(ep, probe_context(version))
            if got == label:
                rep.legacy.append(label)
        except (OSError, ssl.SSLError, ProtocolError, TimeoutError, ValueError):
            continue
    try:
        ctx = probe_context(ciphers=WEAK_CIPHERS)
    except ssl.SSLError:
        return  # this OpenSSL build offers none of them: cannot probe
    try:
        _, cipher, _ = await handshake(ep, ctx)
        if _WEAK_NAME.search(cipher):
            rep.weak_cipher = cipher
    except (OSError, ssl.SSLError, ProtocolError, TimeoutError):
        pass


def _judge_certificate(rep: TlsReport, ep: Endpoint, target: str, col: Collector) -> None:
    if not rep.leaf_der:
        return
    cert = x509.load_der_x509_certificate(rep.leaf_der)
    now = dt.datetime.now(dt.UTC)
    not_after = cert.not_valid_after_utc
    rep.not_after = not_after.isoformat()
    subject = cert.subject.rfc4514_string()
    if not_after < now:
        col.add("TLS_CERT_EXPIRED", f"{subject} expired {not_after:%Y-%m-%d}", target)
    elif not_after - now < dt.timedelta(days=EXPIRY_WARN_DAYS):
        col.add("TLS_CERT_EXPIRING", f"{subject} expires {not_after:%Y-%m-%d}", target)
    err = rep.verify_error.lower()
    self_signed = cert.issuer == cert.subject
    if err and (self_signed or ("expired" not in err and "hostname mismatch" not in err)):
        note = " (self-signed)" if self_signed else ""
        col.add("TLS_CERT_UNTRUSTED", f"{rep.verify_error}{note}: {subject}", target)
    if not hostname_matches(cert, ep.host):
        col.add("TLS_CERT_HOSTNAME_MISMATCH", f"{subject} does not cover {ep.host}", target)
    kind, bits = _key_bits(cert)
    if (kind in ("RSA", "DSA") and bits < 2048) or (kind == "EC" and bits < 256):
        col.add("TLS_CERT_WEAK_KEY", f"{kind} {bits} bits", target)
