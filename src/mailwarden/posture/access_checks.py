"""Mailbox access posture: IMAP/POP3 plaintext login before TLS, TLS on 993/995, webmail HTTPS."""

from __future__ import annotations

import asyncio
import ssl

import httpx

from mailwarden.posture.findings import Collector
from mailwarden.posture.tls_probe import Endpoint, ProtocolError, TlsReport, imap_cmd, open_plain, probe_tls, read_line

HSTS_MIN_AGE = 15_552_000  # 180 days; RFC 6797 leaves the value to the site, common scanners ask ≥ 6 months


async def check_imap(ep: Endpoint, verify: ssl.SSLContext, col: Collector, deep: bool = True) -> TlsReport | None:
    """Port 143: STARTTLS offered and LOGINDISABLED before TLS (RFC 3501 §6.2.3, RFC 8314 §4.1)."""
    try:
        reader, writer = await open_plain(ep)
    except (OSError, TimeoutError):
        return None
    target = f"{ep.host}:{ep.port}"
    try:
        await asyncio.wait_for(read_line(reader), ep.timeout)
        lines = await asyncio.wait_for(imap_cmd(reader, writer, "c1", "CAPABILITY"), ep.timeout)
        caps = {c.upper() for ln in lines if ln.startswith("* CAPABILITY") for c in ln.split()[2:]}
        writer.write(b"c2 LOGOUT\r\n")
    except (OSError, ProtocolError, TimeoutError):
        return None
    finally:
        writer.close()
    col.mark("access.imap")
    plain_auth = sorted(c for c in caps if c in ("AUTH=PLAIN", "AUTH=LOGIN"))
    if "LOGINDISABLED" not in caps or plain_auth:
        col.add("IMAP_PLAINTEXT_LOGIN", f"before TLS: capabilities {sorted(caps)}", target)
    if "STARTTLS" not in caps:
        col.add("IMAP_NO_STARTTLS", f"capabilities {sorted(caps)}", target)
        return None
    return await probe_tls(ep, verify, col, deep=deep)


async def check_pop3(ep: Endpoint, verify: ssl.SSLContext, col: Collector, deep: bool = True) -> TlsReport | None:
    """Port 110: STLS offered and USER refused before TLS (RFC 2595 §4, RFC 8314 §4.1).

    Only `USER` is sent (never a password): `+OK` means the server would take a cleartext password.
    """
    try:
        reader, writer = await open_plain(ep)
    except (OSError, TimeoutError):
        return None
    target = f"{ep.host}:{ep.port}"
    try:
        await asyncio.wait_for(read_line(reader), ep.timeout)
        writer.write(b"CAPA\r\n")
        caps: list[str] = []
        first = await asyncio.wait_for(read_line(reader), ep.timeout)
        while first.startswith("+OK"):
            line = await asyncio.wait_for(read_line(reader), ep.timeout)
            if line == ".":
                break
            caps.append(line.upper())
        writer.write(b"USER mailwarden-probe\r\n")
        user_reply = await asyncio.wait_for(read_line(reader), ep.timeout)
        writer.write(b"QUIT\r\n")
    except (OSError, ProtocolError, TimeoutError):
        return None
    finally:
        writer.close()
    col.mark("access.pop3")
    if user_reply.startswith("+OK"):
        col.add("POP3_PLAINTEXT_LOGIN", f"USER accepted before TLS: {user_reply}", target)
    if "STLS" not in caps:
        col.add("POP3_NO_STLS", f"CAPA {caps}", target)
        return None
    return await probe_tls(ep, verify, col, deep=deep)


async def check_tls_only(ep: Endpoint, verify: ssl.SSLContext, col: Collector, deep: bool = True) -> TlsReport | None:
    """Implicit-TLS ports (993, 995, 465 handled by SMTP): certificate and protocol checks."""
    rep = await probe_tls(ep, verify, col, deep=deep)
    return rep if rep.leaf_der else None


async def check_webmail(
    host: str, ip: str, http_port: int, https_port: int, verify: ssl.SSLContext, timeout: float, col: Collector
) -> bool:
    """Webmail: HTTPS served, HTTP redirects to HTTPS, HSTS present (RFC 6797); VN-UG-01. False: none."""
    target = f"{host}:{https_port}"
    ipurl = f"[{ip}]" if ":" in ip else ip
    ext = {"sni_hostname": host}
    https_error = ""
    async with httpx.AsyncClient(verify=verify, timeout=timeout, follow_redirects=False) as client:
        try:
            resp = await client.get(f"https://{ipurl}:{https_port}/", headers={"Host": host}, extensions=ext)
            hsts = resp.headers.get("strict-transport-security", "")
            if _max_age(hsts) < HSTS_MIN_AGE:
                col.add("WEB_NO_HSTS", f"Strict-Transport-Security: {hsts or '(absent)'}", target)
        except httpx.HTTPError as e:
            if "CERTIFICATE" not in str(e).upper():
                https_error = repr(e)
            else:  # HTTPS is served with a bad certificate (judged by the TLS probe); still read HSTS
                await _hsts_unverified(f"https://{ipurl}:{https_port}/", host, timeout, target, col)
    http_status: int | None = None
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client:
        try:
            resp = await client.get(f"http://{ipurl}:{http_port}/", headers={"Host": host})
            http_status, loc = resp.status_code, resp.headers.get("location", "")
            if not (300 <= resp.status_code < 400 and loc.lower().startswith("https://")):
                col.add("WEB_NO_HTTPS_REDIRECT", f"http://{host}:{http_port}/ -> {resp.status_code} {loc}", target)
        except httpx.HTTPError:
            pass  # plain HTTP closed is fine
    if https_error and http_status is None:
        return False  # no webmail on this host
    col.mark("access.webmail")
    if https_error:
        col.add("WEB_NO_HTTPS", f"https://{host}:{https_port}/: {https_error}", target)
    else:
        await probe_tls(Endpoint(host, ip, https_port, "tls", True, timeout=timeout), verify, col, deep=False)
    return True


async def _hsts_unverified(url: str, host: str, timeout: float, target: str, col: Collector) -> None:
    async with httpx.AsyncClient(verify=False, timeout=timeout, follow_redirects=False) as client:
        try:
            resp = await client.get(url, headers={"Host": host}, extensions={"sni_hostname": host})
        except httpx.HTTPError:
            return
    hsts = resp.headers.get("strict-transport-security", "")
    if _max_age(hsts) < HSTS_MIN_AGE:
        col.add("WEB_NO_HSTS", f"Strict-Transport-Security: {hsts or '(absent)'}", target)


def _max_age(hsts: str) -> int:
    for part in hsts.split(";"):
        k, _, v = part.strip().partition("=")
        if k.lower() == "max-age" and v.strip().strip('"').isdigit():
            return int(v.strip().strip('"'))
    return 0
