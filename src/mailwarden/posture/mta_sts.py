"""MTA-STS (RFC 8461): TXT record, HTTPS policy fetch and policy validation."""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass, field

import httpx

from mailwarden.dns import Resolver
from mailwarden.errors import DnsError
from mailwarden.posture.findings import Collector

_TXT_ID = re.compile(r"^[A-Za-z0-9]{1,32}$")
MAX_POLICY_BYTES = 64 * 1024  # RFC 8461 §3.3: senders may limit the body size
MAX_AGE = 31_557_600  # RFC 8461 §3.2


@dataclass(slots=True)
class StsPolicy:
    """A parsed policy file (RFC 8461 §3.2)."""

    version: str = ""
    mode: str = ""
    max_age: int | None = None
    mx: list[str] = field(default_factory=list)


def parse_policy(text: str) -> tuple[StsPolicy, list[str]]:
    """Parse `key: value` lines; returns the policy and a list of problems."""
    pol = StsPolicy()
    problems: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep:
            problems.append(f"bad line {line!r}")
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "version":
            pol.version = value
        elif key == "mode":
            pol.mode = value.lower()
        elif key == "mx":
            pol.mx.append(value.lower().rstrip("."))
        elif key == "max_age":
            pol.max_age = int(value) if value.isdigit() else None
    if pol.version != "STSv1":
        problems.append(f"version {pol.version!r} (must be STSv1)")
    if pol.mode not in ("enforce", "testing", "none"):
        problems.append(f"mode {pol.mode!r}")
    if pol.max_age is None or not 0 <= pol.max_age <= MAX_AGE:
        problems.append("max_age missing or out of range")
    if pol.mode in ("enforce", "testing") and not pol.mx:
        problems.append("no mx: lines")
    return pol, problems


def mx_matches(pattern: str, host: str) -> bool:
    """RFC 8461 §4.1: a leading `*.` matches exactly one left-most label."""
    host = host.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = host.partition(".")
        return bool(head) and rest == pattern[2:]
    return host == pattern


async def fetch_policy(
    resolver: Resolver, domain: str, port: int, verify: ssl.SSLContext, timeout: float
) -> tuple[int, str, str]:
    """GET the policy from `mta-sts.DOMAIN` (resolved through our resolver); no redirects (§3.3)."""
    host = f"mta-sts.{domain}"
    res = await resolver.resolve(host, "A")
    ips = [r.to_text() for r in res.records]
    if not ips:
        res = await resolver.resolve(host, "AAAA")
        ips = [f"[{r.to_text()}]" for r in res.records]
    if not ips:
        raise httpx.ConnectError(f"{host} has no address")
    url = f"https://{ips[0]}:{port}/.well-known/mta-sts.txt"
    async with httpx.AsyncClient(verify=verify, timeout=timeout, follow_redirects=False) as client:
        resp = await client.get(url, headers={"Host": host}, extensions={"sni_hostname": host})
        body = resp.content[:MAX_POLICY_BYTES].decode("utf-8", "replace")
        return resp.status_code, resp.headers.get("content-type", ""), body


async def check_mta_sts(
    resolver: Resolver,
    domain: str,
    mx_hosts: list[str],
    col: Collector,
    port: int,
    verify: ssl.SSLContext,
    timeout: float,
    fetch: bool = True,
) -> str:
    """Audit MTA-STS; returns the effective mode ("" when absent)."""
    name = f"_mta-sts.{domain}"
    try:
        texts = [t for t in (await resolver.resolve(name, "TXT")).texts() if t.startswith("v=STSv1")]
    except DnsError as e:
        col.add("DNS_TEMPFAIL", f"TXT {name}: {e}", domain)
        return ""
    col.mark("dns.mta_sts")
    if not texts:
        col.add("MTASTS_MISSING", f"no v=STSv1 TXT at {name}", domain)
        return ""
    tags = dict(_tags(texts[0]))
    if len(texts) > 1 or not _TXT_ID.match(tags.get("id", "")):
        col.add("MTASTS_TXT_INVALID", f"{name}: {' | '.join(texts)}", domain)
    if not fetch:
        return ""
    try:
        status, ctype, body = await fetch_policy(resolver, domain, port, verify, timeout)
    except (httpx.HTTPError, DnsError, OSError, ssl.SSLError) as e:
        col.add("MTASTS_POLICY_UNREACHABLE", f"https://mta-sts.{domain}/.well-known/mta-sts.txt: {e!r}", domain)
        return ""
    if status != 200:
        col.add("MTASTS_POLICY_UNREACHABLE", f"HTTP {status} for the policy", domain)
        return ""
    pol, problems = parse_policy(body)
    if not ctype.lower().startswith("text/plain"):
        problems.append(f"content-type {ctype!r} (must be text/plain)")
    if problems:
        col.add("MTASTS_POLICY_INVALID", "; ".join(problems), domain)
    if pol.mode == "testing":
        col.add("MTASTS_MODE_TESTING", "mode: testing", domain)
    if pol.mode in ("enforce", "testing"):
        missing = [h for h in mx_hosts if not any(mx_matches(p, h) for p in pol.mx)]
        if missing:
            col.add("MTASTS_MX_MISMATCH", f"MX {missing} not matched by policy mx {pol.mx}", domain)
    return pol.mode


def _tags(record: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for part in record.split(";"):
        k, sep, v = part.strip().partition("=")
        if sep:
            out.append((k.strip().lower(), v.strip()))
    return out
