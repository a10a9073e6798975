"""DNS posture of a mail domain: MX/PTR, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, BIMI, DNSSEC, DANE."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import ssl
from dataclasses import dataclass, field

import dns.name
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.reversename
import dns.rrset
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from publicsuffixlist import PublicSuffixList

from mailwarden.dns import DnsResult, Resolver
from mailwarden.errors import DnsError
from mailwarden.posture.dnssec import verify_rrset
from mailwarden.posture.findings import Collector
from mailwarden.posture.mta_sts import check_mta_sts
from mailwarden.posture.spf import check_spf

DEFAULT_SELECTORS = (
    "default", "dkim", "mail", "selector1", "selector2", "google", "k1", "k2", "s1", "s2", "sel1", "key1",
)  # fmt: skip
_PSL = PublicSuffixList()


@dataclass(slots=True)
class DnsFacts:
    """What later stages (SMTP, DANE, inventory) need from DNS."""

    mx_hosts: list[str] = field(default_factory=list)
    mx_ips: dict[str, list[str]] = field(default_factory=dict)
    null_mx: bool = False
    dnssec_signed: bool = False
    tlsa: dict[str, list[dns.rdata.Rdata]] = field(default_factory=dict)
    dmarc_policy: str = ""
    mta_sts_mode: str = ""


async def _ask(resolver: Resolver, name: str, rdtype: str, col: Collector) -> DnsResult | None:
    try:
        return await resolver.resolve(name, rdtype)
    except DnsError as e:
        col.add("DNS_TEMPFAIL", f"{rdtype} {name}: {e}", name)
        return None


async def addresses(resolver: Resolver, host: str) -> list[str]:
    """A and AAAA addresses of a host (errors count as none)."""
    out: list[str] = []
    for rdtype in ("A", "AAAA"):
        try:
            out += [r.to_text() for r in (await resolver.resolve(host, rdtype)).records]
        except DnsError:
            continue
    return out


async def check_mx(resolver: Resolver, domain: str, col: Collector, facts: DnsFacts) -> None:
    """MX existence, null MX (RFC 7505), host addresses and FCrDNS of each address."""
    res = await _ask(resolver, domain, "MX", col)
    if res is None:
        return
    col.mark("dns.mx")
    mxs = sorted((r.preference, r.exchange.to_text().rstrip(".").lower()) for r in res.records)  # type: ignore[attr-defined]
    if not mxs:
        col.add("MX_MISSING", f"no MX at {domain}" + (" (NXDOMAIN)" if res.nxdomain else ""), domain)
        return
    if len(mxs) == 1 and mxs[0][1] in ("", "."):
        facts.null_mx = True
        col.add("MX_NULL", f"{domain} MX 0 . (accepts no mail)", domain)
        return
    facts.mx_hosts = [h for _, h in mxs]
    ips = await asyncio.gather(*(addresses(resolver, h) for h in facts.mx_hosts))
    for host, addrs in zip(facts.mx_hosts, ips, strict=True):
        facts.mx_ips[host] = addrs
        if not addrs:
            col.add("MX_HOST_UNRESOLVABLE", f"MX host {host} has no A/AAAA", host)
    await asyncio.gather(*(_fcrdns(resolver, h, ip, col) for h, a in facts.mx_ips.items() for ip in a))
    col.mark("dns.ptr")


async def _fcrdns(resolver: Resolver, host: str, ip: str, col: Collector) -> None:
    rev = dns.reversename.from_address(ip).to_text()
    res = await _ask(resolver, rev, "PTR", col)
    if res is None:
        return
    names = [r.to_text().rstrip(".").lower() for r in res.records]
    if not names:
        col.add("MX_PTR_MISSING", f"{ip} ({host}) has no PTR", host)
        return
    for name in names:
        if ip in await addresses(resolver, name):
            return
    col.add("MX_FCRDNS_MISMATCH", f"{ip} PTR {names} does not resolve back to {ip}", host)


def parse_tags(record: str) -> dict[str, str]:
    """`k=v; k=v` tag list (RFC 6376 §3.2, RFC 7489 §6.4); first occurrence wins."""
    out: dict[str, str] = {}
    for part in record.split(";"):
        k, sep, v = part.strip().partition("=")
        if sep and k.strip().lower() not in out:
            out[k.strip().lower()] = v.strip()
    return out


def org_domain(domain: str) -> str:
    """Organizational domain (RFC 7489 §3.2) from the public suffix list."""
    return _PSL.privatesuffix(domain.lower()) or domain.lower()


async def check_dmarc(resolver: Resolver, domain: str, col: Collector, facts: DnsFacts) -> None:
    """DMARC record, policy strength, reporting and external-destination authorisation."""
    name = f"_dmarc.{domain}"
    res = await _ask(resolver, name, "TXT", col)
    if res is None:
        return
    col.mark("dns.dmarc")
    recs = [t for t in res.texts() if t.lower().replace(" ", "").startswith("v=dmarc1")]
    inherited = ""
    if not recs and org_domain(domain) != domain.lower():
        org = await _ask(resolver, f"_dmarc.{org_domain(domain)}", "TXT", col)  # RFC 7489 §6.6.3
        recs = [t for t in (org.texts() if org else []) if t.lower().replace(" ", "").startswith("v=dmarc1")]
        inherited = org_domain(domain)
    if not recs:
        bad = [t for t in res.texts() if "v=dmarc1" in t.lower().replace(" ", "")]
        if bad:  # RFC 7489 §6.4: v=DMARC1 must come first, else the record is discarded
            col.add("DMARC_SYNTAX", f"{bad[0]!r}: v=DMARC1 is not the first tag (record ignored)", domain)
        else:
            col.add("DMARC_MISSING", f"no v=DMARC1 TXT at {name}", domain)
        return
    if len(recs) > 1:
        col.add("DMARC_MULTIPLE", f"{len(recs)} records at {name}", domain)
        return
    rec = recs[0]
    tags = parse_tags(rec)
    first = rec.split(";")[0].replace(" ", "")
    p = tags.get("p", "").lower()
    sp = tags.get("sp", "").lower()
    problems = []
    if first != "v=DMARC1":
        problems.append("v=DMARC1 must be the first tag")
    if p not in ("none", "quarantine", "reject"):
        problems.append(f"p={p!r}")
    if sp and sp not in ("none", "quarantine", "reject"):
        problems.append(f"sp={sp!r}")
    pct = tags.get("pct", "100")
    if not pct.isdigit() or int(pct) > 100:
        problems.append(f"pct={pct!r}")
    for t in ("adkim", "aspf"):
        if tags.get(t, "r").lower() not in ("r", "s"):
            problems.append(f"{t}={tags[t]!r}")
    if problems:
        col.add("DMARC_SYNTAX", f"{rec!r}: " + ", ".join(problems), domain)
    if inherited:
        p = sp or p  # subdomain policy applies (RFC 7489 §6.6.3)
    facts.dmarc_policy = p
    if p == "none":
        col.add("DMARC_POLICY_NONE", f"p=none in {rec!r}", domain)
    elif sp == "none" and not inherited:
        col.add("DMARC_SP_NONE", f"sp=none in {rec!r}", domain)
    if pct.isdigit() and int(pct) < 100:
        col.add("DMARC_PCT_PARTIAL", f"pct={pct}", domain)
    if tags.get("adkim", "r").lower() == "r" or tags.get("aspf", "r").lower() == "r":
        col.add("DMARC_RELAXED_ALIGNMENT", f"adkim={tags.get('adkim', 'r')} aspf={tags.get('aspf', 'r')}", domain)
    rua = [u.strip() for u in tags.get("rua", "").split(",") if u.strip()]
    if not rua:
        col.add("DMARC_NO_RUA", f"no rua= in {rec!r}", domain)
    for uri in rua + [u.strip() for u in tags.get("ruf", "").split(",") if u.strip()]:
        await _check_report_dest(resolver, domain, uri, col)


async def _check_report_dest(resolver: Resolver, domain: str, uri: str, col: Collector) -> None:
    if not uri.lower().startswith("mailto:"):
        return
    dest = uri[7:].split("!")[0].rpartition("@")[2].lower().rstrip(".")
    if not dest or org_domain(dest) == org_domain(domain):
        return
    name = f"{domain}._report._dmarc.{dest}"  # RFC 7489 §7.1
    res = await _ask(resolver, name, "TXT", col)
    if res is not None and not any(t.lower().replace(" ", "").startswith("v=dmarc1") for t in res.texts()):
        col.add("DMARC_EXTERNAL_RUA_UNAUTHORIZED", f"{uri}: no v=DMARC1 at {name}", domain)


def dkim_key_bits(key_type: str, p: str) -> int:
    """Key size in bits of a DKIM p= value; raises ValueError when it does not parse."""
    der = base64.b64decode("".join(p.split()), validate=True)
    if key_type == "ed25519":  # RFC 8463 §4.2: raw 32-byte key
        if len(der) != 32:
            raise ValueError("ed25519 key is not 32 bytes")
        return 256
    try:
        key = serialization.load_der_public_key(der)
    except ValueError:
        key = serialization.load_der_public_key(_pkcs1_to_spki(der))
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("not an RSA key")
    return key.key_size


def _pkcs1_to_spki(der: bytes) -> bytes:
    # Some publishers put a bare RSAPublicKey (PKCS#1) in p=; wrap it as SubjectPublicKeyInfo.
    alg = bytes.fromhex("300d06092a864886f70d0101010500")
    bitstr = b"\x00" + der
    inner = alg + b"\x03" + _der_len(len(bitstr)) + bitstr
    return b"\x30" + _der_len(len(inner)) + inner


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


async def check_dkim(resolver: Resolver, domain: str, selectors: tuple[str, ...], col: Collector) -> None:
    """Probe selectors; judge key type, size (RFC 8301 §3.2), revocation and test mode."""
    names = [f"{s}._domainkey.{domain}" for s in dict.fromkeys(selectors)]
    results = await asyncio.gather(*(resolver.resolve(n, "TXT") for n in names), return_exceptions=True)
    col.mark("dns.dkim")
    found = 0
    for name, res in zip(names, results, strict=True):
        if isinstance(res, BaseException):
            continue
        for rec in res.texts():
            tags = parse_tags(rec)
            if "p" not in tags or ("v" in tags and tags["v"] != "DKIM1"):
                continue
            found += 1
            if not tags["p"]:
                col.add("DKIM_REVOKED", f"{name}: empty p= (revoked key)", name)
                continue
            if "y" in tags.get("t", "").split(":"):
                col.add("DKIM_TEST_MODE", f"{name}: t=y", name)
            ktype = tags.get("k", "rsa").lower()
            try:
                bits = dkim_key_bits(ktype, tags["p"])
            except ValueError as e:
                col.add("DKIM_SYNTAX", f"{name}: k={ktype}: {e}", name)
                continue
            if ktype == "rsa" and bits < 2048:
                col.add("DKIM_WEAK_KEY", f"{name}: RSA {bits} bits", name)
    if not found:
        col.add("DKIM_NOT_FOUND", f"no DKIM key at selectors {', '.join(selectors)}", domain)


async def check_tlsrpt(resolver: Resolver, domain: str, col: Collector) -> None:
    """SMTP TLS reporting record (RFC 8460 §3)."""
    name = f"_smtp._tls.{domain}"
    res = await _ask(resolver, name, "TXT", col)
    if res is None:
        return
    col.mark("dns.tlsrpt")
    recs = [t for t in res.texts() if t.lower().replace(" ", "").startswith("v=tlsrptv1")]
    if not recs:
        col.add("TLSRPT_MISSING", f"no v=TLSRPTv1 TXT at {name}", domain)
        return
    rua = parse_tags(recs[0]).get("rua", "")
    uris = [u.strip() for u in rua.split(",") if u.strip()]
    if len(recs) > 1 or not uris or not all(u.startswith(("mailto:", "https:")) for u in uris):
        col.add("TLSRPT_INVALID", f"{name}: {' | '.join(recs)}", domain)


async def check_bimi(resolver: Resolver, domain: str, col: Collector, facts: DnsFacts) -> None:
    """BIMI default selector: https SVG location and DMARC enforcement (draft-brand-indicators)."""
    name = f"default._bimi.{domain}"
    res = await _ask(resolver, name, "TXT", col)
    if res is None:
        return
    col.mark("dns.bimi")
    recs = [t for t in res.texts() if t.lower().replace(" ", "").startswith("v=bimi1")]
    if not recs:
        col.add("BIMI_MISSING", f"no v=BIMI1 TXT at {name}", domain)
        return
    loc = parse_tags(recs[0]).get("l", "")
    problems = []
    if loc and not (loc.startswith("https://") and loc.lower().endswith(".svg")):
        problems.append(f"l={loc!r} is not an https SVG URL")
    if facts.dmarc_policy not in ("quarantine", "reject"):
        problems.append(f"DMARC policy {facts.dmarc_policy or 'missing'} (needs quarantine/reject)")
    if problems:
        col.add("BIMI_INVALID", "; ".join(problems), domain)


def _rrset(name: str, res: DnsResult) -> dns.rrset.RRset:
    rrset = dns.rrset.RRset(dns.name.from_text(name), dns.rdataclass.IN, dns.rdatatype.from_text(res.rdtype))
    for r in res.records:
        rrset.add(r, res.ttl)
    return rrset


async def check_dnssec(resolver: Resolver, domain: str, col: Collector, facts: DnsFacts) -> None:
    """Zone signed (DNSKEY) and its DNSKEY and SOA RRsets validate (RFC 4035 §5.3).

    The chain of trust to the root (DS at the parent) is not walked: a validating resolver does that.
    """
    keys = await _ask(resolver, domain, "DNSKEY", col)
    if keys is None:
        return
    col.mark("dns.dnssec")
    if not keys.records:
        col.add("DNSSEC_UNSIGNED", f"no DNSKEY at {domain}", domain)
        return
    facts.dnssec_signed = True
    sigs = await _ask(resolver, domain, "RRSIG", col)
    soa = await _ask(resolver, domain, "SOA", col)
    if sigs is None or soa is None or not sigs.records:
        return  # no RRSIGs visible through this resolver: signed, validity not determined
    key_rrset = _rrset(domain + ".", keys)
    for covered, rrset in (("DNSKEY", key_rrset), ("SOA", _rrset(domain + ".", soa))):
        rel = [r for r in sigs.records if dns.rdatatype.to_text(r.type_covered) == covered]  # type: ignore[attr-defined]
        if not rel:
            col.add("DNSSEC_INVALID", f"no RRSIG over {covered} at {domain}", domain)
            return
        try:
            verify_rrset(rrset, rel, list(keys.records))
        except ValueError as e:
            col.add("DNSSEC_INVALID", f"{covered} at {domain}: {e}", domain)
            return


async def check_dane(resolver: Resolver, domain: str, col: Collector, facts: DnsFacts, port: int = 25) -> None:
    """TLSA records for each MX (RFC 7672 §2.2); matching against certificates happens after SMTP."""
    for host in facts.mx_hosts:
        name = f"_{port}._tcp.{host}"
        res = await _ask(resolver, name, "TLSA", col)
        if res is None:
            continue
        facts.tlsa[host] = list(res.records)
        if res.records and not facts.dnssec_signed:
            col.add("DANE_UNSIGNED", f"{name} has TLSA but {domain} is not DNSSEC-signed", host)
        elif not res.records and facts.dnssec_signed:
            col.add("DANE_MISSING", f"no TLSA at {name}", host)
    col.mark("dns.dane")


def tlsa_matches(records: list[dns.rdata.Rdata], leaf_der: bytes) -> bool | None:
    """Whether any usage 1/3 TLSA record matches the leaf (RFC 6698 §2.1); None if none can be checked."""
    from cryptography import x509

    cert = x509.load_der_x509_certificate(leaf_der)
    spki = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    checked = False
    for r in records:
        usage, selector, mtype, data = r.usage, r.selector, r.mtype, r.cert  # type: ignore[attr-defined]
        if usage not in (1, 3):
            continue  # usages 0/2 need the full chain, which the stdlib handshake does not expose
        checked = True
        blob = leaf_der if selector == 0 else spki
        digest = {0: blob, 1: hashlib.sha256(blob).digest(), 2: hashlib.sha512(blob).digest()}.get(mtype)
        if digest == data:
            return True
    return False if checked else None


async def check_dns(
    resolver: Resolver,
    domain: str,
    selectors: tuple[str, ...],
    https_port: int,
    verify: ssl.SSLContext,
    timeout: float,
    fetch_policies: bool = True,
) -> tuple[Collector, DnsFacts]:
    """Every DNS check for one domain."""
    col = Collector()
    facts = DnsFacts()
    await asyncio.gather(
        check_mx(resolver, domain, col, facts),
        check_spf(resolver, domain, col),
        check_dmarc(resolver, domain, col, facts),
        check_dkim(resolver, domain, selectors, col),
        check_tlsrpt(resolver, domain, col),
        check_dnssec(resolver, domain, col, facts),
    )
    mode, _ = await asyncio.gather(
        check_mta_sts(resolver, domain, facts.mx_hosts, col, https_port, verify, timeout, fetch_policies),
        check_bimi(resolver, domain, col, facts),
    )
    facts.mta_sts_mode = mode
    await check_dane(resolver, domain, col, facts)
    return col, facts
