"""SPF record audit (RFC 7208): syntax, `all` qualifier, DNS-lookup and void-lookup limits."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from mailwarden.dns import Resolver
from mailwarden.errors import DnsError
from mailwarden.posture.findings import Collector

_MECH = re.compile(r"^([+\-~?]?)(all|include|a|mx|ptr|ip4|ip6|exists)(?::(.*?))?(/\d+(?://\d+)?)?$", re.I)
_MOD = re.compile(r"^([a-z][a-z0-9_.\-]*)=(.*)$", re.I)
_DOMAIN_SPEC = re.compile(r"^[A-Za-z0-9_.\-%{}+=/]+$")
LOOKUP_LIMIT = 10  # RFC 7208 §4.6.4
VOID_LIMIT = 2  # RFC 7208 §4.6.4


@dataclass(slots=True)
class SpfWalk:
    """State carried through include/redirect recursion."""

    lookups: int = 0
    voids: int = 0
    visited: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)


def spf_records(texts: list[str]) -> list[str]:
    """TXT strings that are SPF records (RFC 7208 §4.5: `v=spf1` then space or end)."""
    return [t for t in texts if t.lower() == "v=spf1" or t.lower().startswith("v=spf1 ")]


def syntax_errors(record: str) -> list[str]:
    """Terms that do not match RFC 7208 §12 (simplified ABNF)."""
    bad: list[str] = []
    for term in record.split()[1:]:
        m = _MECH.match(term)
        if m:
            name, arg = m.group(2).lower(), m.group(3)
            if name in ("ip4", "ip6"):
                try:
                    net = ipaddress.ip_network(f"{arg}{m.group(4) or ''}", strict=False)
                    if (net.version == 4) != (name == "ip4"):
                        bad.append(term)
                except ValueError:
                    bad.append(term)
            elif (
                (name in ("include", "exists") and not arg)
                or (name == "all" and (arg is not None or m.group(4)))
                or (arg is not None and not _DOMAIN_SPEC.match(arg))
            ):
                bad.append(term)
            continue
        if not _MOD.match(term):
            bad.append(term)
    return bad


async def _txt_spf(resolver: Resolver, name: str) -> tuple[list[str], bool]:
    res = await resolver.resolve(name, "TXT")
    return spf_records(res.texts()), res.nxdomain


async def _count_void(resolver: Resolver, name: str, walk: SpfWalk) -> None:
    if "%" in name:
        return  # macros expand per message (RFC 7208 §7); nothing to count here
    found = False
    for rdtype in ("A", "AAAA"):
        try:
            res = await resolver.resolve(name, rdtype)
        except DnsError:
            return
        found = found or bool(res.records)
    if not found:
        walk.voids += 1


async def walk_spf(
    resolver: Resolver, domain: str, record: str, col: Collector, walk: SpfWalk, root: bool = True
) -> None:
    """Count DNS-querying terms and void lookups through include/redirect (RFC 7208 §4.6.4).

    Only the audited domain's own `all` is judged; included records are counted, not graded.
    """
    walk.visited.add(domain.lower())
    has_all = False
    redirect: str | None = None
    for term in record.split()[1:]:
        m = _MECH.match(term)
        if not m:
            mod = _MOD.match(term)
            if mod and mod.group(1).lower() == "redirect":
                redirect = mod.group(2)
            continue
        qual, name, arg = m.group(1) or "+", m.group(2).lower(), m.group(3)
        if name == "all":
            has_all = True
            if root:
                if qual == "+":
                    col.add("SPF_PASS_ALL", f"{domain}: {term}", domain)
                elif qual == "?":
                    col.add("SPF_NEUTRAL_ALL", f"{domain}: {term}", domain)
        elif name in ("include", "a", "mx", "ptr", "exists"):
            walk.lookups += 1
            if name == "ptr":
                col.add("SPF_PTR_MECHANISM", f"{domain}: {term}", domain)
            target = arg or domain
            if name == "include" and arg:
                await _follow(resolver, arg, "include", col, walk)
            elif name in ("a", "exists"):
                await _count_void(resolver, target, walk)
            elif name == "mx":
                try:
                    mx = await resolver.resolve(target, "MX")
                    if not mx.records:
                        walk.voids += 1
                except DnsError:
                    pass
    if redirect:
        walk.lookups += 1
        await _follow(resolver, redirect, "redirect", col, walk)
    elif not has_all and root:
        col.add("SPF_NO_ALL", f"{domain}: no `all` and no redirect=", domain)


async def _follow(resolver: Resolver, target: str, how: str, col: Collector, walk: SpfWalk) -> None:
    if "%" in target or target.lower() in walk.visited or len(walk.visited) > 20:
        return
    try:
        recs, nx = await _txt_spf(resolver, target)
    except DnsError as e:
        walk.errors.append(f"{how}:{target}: {e}")
        return
    if not recs:
        if nx:
            walk.voids += 1
        col.add("SPF_INCLUDE_MISSING", f"{how}:{target} has no SPF record{' (NXDOMAIN)' if nx else ''}")
        return
    await walk_spf(resolver, target, recs[0], col, walk, root=False)


async def check_spf(resolver: Resolver, domain: str, col: Collector) -> str | None:
    """Audit the domain's SPF record; returns the record text when there is exactly one."""
    try:
        recs, _ = await _txt_spf(resolver, domain)
    except DnsError as e:
        col.add("DNS_TEMPFAIL", f"TXT {domain}: {e}", domain)
        return None
    col.mark("dns.spf")
    if not recs:
        col.add("SPF_MISSING", f"no v=spf1 TXT record at {domain}", domain)
        return None
    if len(recs) > 1:
        col.add("SPF_MULTIPLE", f"{len(recs)} SPF records: " + " | ".join(recs), domain)
        return None
    record = recs[0]
    bad = syntax_errors(record)
    if bad:
        col.add("SPF_SYNTAX", f"invalid terms {bad} in {record!r}", domain)
    walk = SpfWalk()
    await walk_spf(resolver, domain, record, col, walk)
    if walk.lookups > LOOKUP_LIMIT:
        col.add("SPF_TOO_MANY_LOOKUPS", f"{walk.lookups} DNS-querying terms (limit {LOOKUP_LIMIT})", domain)
    if walk.voids > VOID_LIMIT:
        col.add("SPF_TOO_MANY_VOID", f"{walk.voids} void lookups (limit {VOID_LIMIT})", domain)
    return record
