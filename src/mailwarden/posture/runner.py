"""Audit runner: one domain end to end, or many concurrently with a rate limit and shared host scans."""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import ssl
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailwarden.dns import Resolver
from mailwarden.errors import DnsError
from mailwarden.posture import access_checks, server_config
from mailwarden.posture.dns_checks import DEFAULT_SELECTORS, DnsFacts, addresses, check_dns, tlsa_matches
from mailwarden.posture.findings import Collector, Finding
from mailwarden.posture.grade import grade
from mailwarden.posture.selfcheck import Row, fill
from mailwarden.posture.smtp_checks import SmtpProbe, SmtpReport, scan_smtp
from mailwarden.posture.tls_probe import Endpoint, TlsReport, verify_context

DEFAULT_PORTS = {
    "smtp": 25, "submission": 587, "submissions": 465, "imap": 143, "imaps": 993,
    "pop3": 110, "pop3s": 995, "http": 80, "https": 443,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """Everything one audit run needs besides the resolver."""

    ports: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_PORTS))  # 0 disables a service
    hosts: tuple[str, ...] = ()  # access hosts (submission/IMAP/POP3/webmail); default mail.DOMAIN or MX
    selectors: tuple[str, ...] = DEFAULT_SELECTORS
    network: bool = True  # False: no SMTP/IMAP/POP3/webmail connections
    fetch_policies: bool = True  # MTA-STS policy over HTTPS
    ca_files: tuple[Path, ...] = ()
    timeout: float = 8.0
    helo: str = "audit.mailwarden.invalid"
    source: str | None = None
    probe: SmtpProbe = field(default_factory=SmtpProbe)
    postfix_config: Path | None = None
    dovecot_config: Path | None = None
    logrotate: tuple[Path, ...] = ()
    concurrency: int = 20
    rate: float = 20.0  # domains started per second
    host_concurrency: int = 4  # simultaneous connections per IP (politeness)


@dataclass(slots=True)
class DomainReport:
    """Result for one domain."""

    domain: str
    findings: list[Finding]
    ran: set[str]
    grade: str
    score: int
    selfcheck: list[Row]
    inventory: list[dict[str, Any]]
    seconds: float
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "domain": self.domain,
            "grade": self.grade,
            "score": self.score,
            "findings": [f.as_dict() for f in self.findings],
            "selfcheck": [{"id": r.id, "status": r.status.value, "codes": list(r.codes)} for r in self.selfcheck],
            "inventory": self.inventory,
            "checks_run": sorted(self.ran),
            "seconds": round(self.seconds, 3),
            "error": self.error,
        }


class HostCache:
    """Shares one scan per (ip, port, role) across domains and caps connections per IP."""

    def __init__(self, per_host: int) -> None:
        self._tasks: dict[tuple[str, ...], asyncio.Task[tuple[Collector, Any]]] = {}
        self._limits: dict[str, asyncio.Semaphore] = {}
        self._per_host = per_host

    async def run(
        self, key: tuple[str, ...], ip: str, fn: Callable[[Collector], Awaitable[Any]]
    ) -> tuple[Collector, Any]:
        """Run `fn` once for `key`; later callers get the same collector and value."""
        task = self._tasks.get(key)
        if task is None:
            task = asyncio.ensure_future(self._guarded(ip, fn))
            self._tasks[key] = task
        return await asyncio.shield(task)

    async def _guarded(self, ip: str, fn: Callable[[Collector], Awaitable[Any]]) -> tuple[Collector, Any]:
        sem = self._limits.setdefault(ip, asyncio.Semaphore(self._per_host))
        col = Collector()
        async with sem:
            value = await fn(col)
        return col, value


async def _access_hosts(resolver: Resolver, domain: str, opts: AuditOptions, facts: DnsFacts) -> list[tuple[str, str]]:
    names = list(opts.hosts) or [f"mail.{domain}"]
    out: list[tuple[str, str]] = []
    for name in names:
        try:
            ipaddress.ip_address(name)
            out.append((name, name))
            continue
        except ValueError:
            pass
        ips = await addresses(resolver, name)
        out += [(name, ips[0])] if ips else []
    if not out and not opts.hosts:
        out = [(h, facts.mx_ips[h][0]) for h in facts.mx_hosts[:1] if facts.mx_ips.get(h)]
    return out


async def audit_domain(
    domain: str, resolver: Resolver, opts: AuditOptions, cache: HostCache | None = None
) -> DomainReport:
    """Every enabled check for one domain."""
    start = time.perf_counter()
    domain = domain.strip().rstrip(".").lower()
    cache = cache or HostCache(opts.host_concurrency)
    verify = verify_context(opts.ca_files)
    col, facts = await check_dns(
        resolver, domain, opts.selectors, opts.ports.get("https") or 443, verify, opts.timeout, opts.fetch_policies
    )
    inventory: list[dict[str, Any]] = []
    if opts.network and not facts.null_mx:
        await _network_checks(domain, resolver, opts, facts, verify, cache, col, inventory)
    if opts.postfix_config:
        server_config.audit_postfix(opts.postfix_config, col, list(opts.logrotate) or None)
    if opts.dovecot_config:
        server_config.audit_dovecot(opts.dovecot_config, col)
    findings = _dedupe(col.findings)
    letter, value = grade(findings)
    rows = fill(findings, col.ran, receives_mail=not facts.null_mx and bool(facts.mx_hosts))
    if not inventory:
        inventory = [
            {"domain": domain, "host": h, "ips": facts.mx_ips.get(h, []), "role": "mx"} for h in facts.mx_hosts
        ]
    return DomainReport(domain, findings, col.ran, letter, value, rows, inventory, time.perf_counter() - start)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: dict[tuple[str, str, str], Finding] = {}
    for f in findings:
        seen.setdefault((f.code, f.target, f.evidence), f)
    return sorted(seen.values(), key=lambda f: (-f.severity, f.code, f.target))


def _ep(host: str, ip: str, port: int, proto: str, implicit: bool, opts: AuditOptions) -> Endpoint:
    return Endpoint(host, ip, port, proto, implicit, opts.helo, opts.timeout, opts.source)  # type: ignore[arg-type]


async def _network_checks(
    domain: str,
    resolver: Resolver,
    opts: AuditOptions,
    facts: DnsFacts,
    verify: ssl.SSLContext,
    cache: HostCache,
    col: Collector,
    inventory: list[dict[str, Any]],
) -> None:
    p = opts.ports
    jobs: list[tuple[str, str, tuple[str, ...], str, Callable[[Collector], Awaitable[Any]]]] = []
    for host in facts.mx_hosts:
        for ip in facts.mx_ips.get(host, [])[:1]:
            if p.get("smtp"):
                ep = _ep(host, ip, p["smtp"], "smtp", False, opts)
                jobs.append(("mx", host, (ip, str(ep.port), "mx", host), ip, _smtp_job(ep, verify, opts.probe, True)))
    for host, ip in await _access_hosts(resolver, domain, opts, facts):
        if p.get("submission"):
            ep = _ep(host, ip, p["submission"], "smtp", False, opts)
            sub = dataclasses.replace(opts.probe, submission=True)
            jobs.append(("submission", host, (ip, str(ep.port), "sub", host), ip, _smtp_job(ep, verify, sub, False)))
        if p.get("submissions"):
            ep = _ep(host, ip, p["submissions"], "smtp", True, opts)
            jobs.append(
                ("submissions", host, (ip, str(ep.port), "subs", host), ip, _smtp_job(ep, verify, opts.probe, False))
            )
        deep = opts.probe.deep_tls
        for role, proto, implicit, fn in (
            ("imap", "imap", False, access_checks.check_imap),
            ("imaps", "imap", True, access_checks.check_tls_only),
            ("pop3", "pop3", False, access_checks.check_pop3),
            ("pop3s", "pop3", True, access_checks.check_tls_only),
        ):
            if p.get(role):
                ep = _ep(host, ip, p[role], proto, implicit, opts)
                jobs.append((role, host, (ip, str(ep.port), role, host), ip, _access_job(fn, ep, verify, deep)))
        if p.get("https"):
            job = _web_job(host, ip, p.get("http") or 80, p["https"], verify, opts.timeout)
            jobs.append(("webmail", host, (ip, str(p["https"]), "web", host), ip, job))
    results = await asyncio.gather(*(cache.run(key, ip, fn) for _, _, key, ip, fn in jobs))
    for (role, host, key, _, _), (sub_col, value) in zip(jobs, results, strict=True):
        col.extend(sub_col)
        row: dict[str, Any] = {"domain": domain, "role": role, "host": host, "ip": key[0], "port": int(key[1])}
        if isinstance(value, SmtpReport):
            row |= {"reachable": value.reachable, "banner": value.banner, "starttls": value.starttls}
            tls = value.tls
            dane = role == "mx" and tls is not None and bool(tls.leaf_der) and bool(facts.tlsa.get(host))
            if dane and tls is not None and tlsa_matches(facts.tlsa[host], tls.leaf_der) is False:
                col.add("DANE_MISMATCH", f"no TLSA record at _25._tcp.{host} matches the certificate", host)
        else:
            tls = value if isinstance(value, TlsReport) else None
        if tls is not None and tls.version:
            row |= {"tls_version": tls.version, "cipher": tls.cipher, "cert_not_after": tls.not_after}
        if role != "webmail" or value:
            inventory.append(row)


def _smtp_job(
    ep: Endpoint, verify: ssl.SSLContext, probe: SmtpProbe, required: bool
) -> Callable[[Collector], Awaitable[Any]]:
    async def job(col: Collector) -> SmtpReport:
        return await scan_smtp(ep, verify, probe, col, required)

    return job


def _access_job(
    fn: Callable[[Endpoint, ssl.SSLContext, Collector, bool], Awaitable[Any]],
    ep: Endpoint,
    verify: ssl.SSLContext,
    deep: bool,
) -> Callable[[Collector], Awaitable[Any]]:
    async def job(col: Collector) -> Any:
        return await fn(ep, verify, col, deep)

    return job


def _web_job(
    host: str, ip: str, http: int, https: int, verify: ssl.SSLContext, timeout: float
) -> Callable[[Collector], Awaitable[Any]]:
    async def job(col: Collector) -> bool:
        return await access_checks.check_webmail(host, ip, http, https, verify, timeout, col)

    return job


class RateLimiter:
    """Starts at most `rate` operations per second (evenly spaced)."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        """Sleep until the next slot."""
        if not self._interval:
            return
        async with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self._interval
        if delay > 0:
            await asyncio.sleep(delay)


async def audit_many(
    domains: Sequence[str],
    resolver: Resolver,
    opts: AuditOptions,
    on_done: Callable[[DomainReport], None] | None = None,
) -> list[DomainReport]:
    """Audit domains concurrently (bounded, rate-limited); results in input order."""
    sem = asyncio.Semaphore(max(1, opts.concurrency))
    limiter = RateLimiter(opts.rate)
    cache = HostCache(opts.host_concurrency)

    async def one(d: str) -> DomainReport:
        async with sem:
            await limiter.wait()
            try:
                rep = await audit_domain(d, resolver, opts, cache)
            except (DnsError, OSError) as e:
                rep = DomainReport(d, [], set(), "?", 0, [], [], 0.0, error=f"{type(e).__name__}: {e}")
        if on_done is not None:
            on_done(rep)
        return rep

    return list(await asyncio.gather(*(one(d) for d in domains)))
