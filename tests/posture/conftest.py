"""Fixtures for posture tests: local DNS zones (good and broken domains), a test CA, HTTPS servers."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import http.server
import os
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dns.dnssec
import dns.name
import dns.rdata
import dns.rdatatype
import dns.rrset
import dns.zone
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID
from dnslib import QTYPE, RCODE, RR, DNSRecord
from dnslib.server import BaseResolver, DNSLogger, DNSServer

import mailwarden.posture.dns_checks  # noqa: F401  (enables dnspython DNSSEC, see there)

STATE = Path(os.environ.get("MW_POSTURE_STATE", "/tmp/mw-posture"))
SERVICES_CA = STATE / "certs" / "ca.pem"
GOOD_IP, RELAY_IP, NOTLS_IP, WEAK_IP = "127.0.10.1", "127.0.10.2", "127.0.10.3", "127.0.10.4"
WEB_HTTP, WEB_HTTPS = 2080, 2443


class Authority(BaseResolver):  # type: ignore[misc]
    """Answers from the loaded records: NXDOMAIN/NODATA inside a zone, REFUSED outside every zone."""

    def __init__(self, zone_text: str) -> None:
        self.records = RR.fromZone(zone_text)
        self.apexes = [rr.rname for rr in self.records if rr.rtype == QTYPE.SOA]
        self.by_name: dict[Any, list[Any]] = {}
        for rr in self.records:
            self.by_name.setdefault(rr.rname, []).append(rr)

    def resolve(self, request: DNSRecord, handler: Any) -> DNSRecord:
        reply = request.reply()
        qname, qtype = request.q.qname, request.q.qtype
        apex = max((z for z in self.apexes if qname.matchSuffix(z)), key=lambda z: len(str(z)), default=None)
        if apex is None:
            reply.header.rcode = RCODE.REFUSED
            return reply
        reply.header.aa = 1
        rrs = self.by_name.get(qname, [])
        for rr in rrs:
            if rr.rtype == qtype or (rr.rtype == QTYPE.CNAME and qtype != QTYPE.CNAME):
                reply.add_answer(rr)
        if not reply.rr:
            if not rrs:
                reply.header.rcode = RCODE.NXDOMAIN
            reply.add_auth(next(rr for rr in self.by_name[apex] if rr.rtype == QTYPE.SOA))
        return reply


def serve(zone_text: str, address: str = "127.0.0.1", port: int = 0) -> DNSServer:
    """Start UDP and TCP servers on one port (0: random); returns the UDP server (``.tcp`` holds the other)."""
    quiet = DNSLogger(log="-request,-reply,-truncated,-data,-recv,-send", prefix=False)
    auth = Authority(zone_text)
    udp = DNSServer(auth, address=address, port=port, logger=quiet)
    port = udp.server.server_address[1]
    tcp = DNSServer(auth, address=address, port=port, tcp=True, logger=quiet)
    udp.start_thread()
    tcp.start_thread()
    udp.port = port
    udp.tcp = tcp
    return udp


def _spki_b64(bits: int) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


def _txt(value: str) -> str:
    return " ".join(f'"{value[i : i + 200]}"' for i in range(0, len(value), 200))


def _soa(zone: str) -> str:
    return f"{zone}. 300 IN SOA ns1.{zone}. hostmaster.{zone}. 1 3600 600 86400 300\n{zone}. 300 IN NS ns1.{zone}.\n"


def _tlsa_hex() -> str | None:
    cert_file = STATE / "certs" / "good.pem"
    if not cert_file.is_file():
        return None
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    spki = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def _signed(zone_text: str, origin: str) -> str:
    """Sign every RRset with a fresh ECDSA P-256 key (RFC 6605); returns zone text with DNSKEY + RRSIGs."""
    key = ec.generate_private_key(ec.SECP256R1())
    pub = key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    dnskey: Any = dns.rdata.from_text("IN", "DNSKEY", f"257 3 13 {base64.b64encode(pub[1:]).decode()}")
    zone = dns.zone.from_text(zone_text, origin=origin, relativize=False)
    with zone.writer() as txn:
        txn.add(dns.name.from_text(origin), 300, dnskey)
    now = int(time.time())
    lines = []
    for name, rds in list(zone.iterate_rdatasets()):
        rrset = dns.rrset.from_rdata_list(name, rds.ttl, list(rds))
        template = dns.rdata.from_text(
            "IN", "RRSIG",
            f"{dns.rdatatype.to_text(rds.rdtype)} 13 {len(name) - 1} {rds.ttl} {now + 86400 * 30} {now - 3600} "
            f"{dns.dnssec.key_id(dnskey)} {origin} AAAA",  # placeholder signature, replaced below
        )  # fmt: skip
        data = dns.dnssec._make_rrsig_signature_data(rrset, template)  # type: ignore[arg-type]
        der = key.sign(data, ec.ECDSA(hashes.SHA256()))
        r, s_ = decode_dss_signature(der)
        sig = template.replace(signature=r.to_bytes(32, "big") + s_.to_bytes(32, "big"))
        lines += [f"{name} {rds.ttl} IN {dns.rdatatype.to_text(rds.rdtype)} {rd.to_text()}" for rd in rds]
        lines.append(f"{name} {rds.ttl} IN RRSIG {sig.to_text()}")
    return "\n".join(lines) + "\n"


def build_zones() -> str:
    """Zone text for every test domain."""
    good_key, weak_key = _spki_b64(2048), _spki_b64(1024)
    tlsa = _tlsa_hex()
    good = (
        _soa("good.test")
        + f"""good.test. 300 IN MX 10 mx.good.test.
mx.good.test. 300 IN A {GOOD_IP}
mail.good.test. 300 IN A {GOOD_IP}
mta-sts.good.test. 300 IN A {GOOD_IP}
good.test. 300 IN TXT "v=spf1 mx ip4:127.0.10.0/24 -all"
_dmarc.good.test. 300 IN TXT "v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:dmarc@good.test"
sel1._domainkey.good.test. 300 IN TXT {_txt("v=DKIM1; k=rsa; p=" + good_key)}
_mta-sts.good.test. 300 IN TXT "v=STSv1; id=20261101"
_smtp._tls.good.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@good.test"
default._bimi.good.test. 300 IN TXT "v=BIMI1; l=https://good.test/logo.svg"
"""
        + (f"_25._tcp.mx.good.test. 300 IN TLSA 3 1 1 {tlsa}\n" if tlsa else "")
    )
    broken = f"""nomx.test. 300 IN A 127.0.0.9
nullmx.test. 300 IN MX 0 .
nullmx.test. 300 IN TXT "v=spf1 -all"
_dmarc.nullmx.test. 300 IN TXT "v=DMARC1; p=reject"
spfbad.test. 300 IN MX 10 mx.spfbad.test.
mx.spfbad.test. 300 IN A {NOTLS_IP}
spfbad.test. 300 IN TXT "v=spf1 ptr include:nothere.spfbad.test a:nx1.spfbad.test a:nx2.spfbad.test +all"
spfmulti.test. 300 IN TXT "v=spf1 -all"
spfmulti.test. 300 IN TXT "v=spf1 mx ~all"
spfloop.test. 300 IN TXT "v=spf1 include:i1.spfloop.test include:i2.spfloop.test ip4:1.2.3.4/33 ?all"
i1.spfloop.test. 300 IN TXT "v=spf1 a mx a:x.spfloop.test mx:y.spfloop.test a:z.spfloop.test -all"
i2.spfloop.test. 300 IN TXT "v=spf1 a mx exists:e.spfloop.test a:w.spfloop.test include:i1.spfloop.test -all"
spfnoall.test. 300 IN TXT "v=spf1 mx"
weak.test. 300 IN MX 10 mx.weak.test.
weak.test. 300 IN MX 20 ghost.weak.test.
mx.weak.test. 300 IN A {WEAK_IP}
weak.test. 300 IN TXT "v=spf1 mx -all"
_dmarc.weak.test. 300 IN TXT "v=DMARC1; p=none; sp=none; pct=50; rua=mailto:agg@reports.example"
default._domainkey.weak.test. 300 IN TXT {_txt("v=DKIM1; k=rsa; t=y; p=" + weak_key)}
s1._domainkey.weak.test. 300 IN TXT "v=DKIM1; k=rsa; p="
_mta-sts.weak.test. 300 IN TXT "v=STSv1; id=bad-id!"
_smtp._tls.weak.test. 300 IN TXT "v=TLSRPTv1; rua=ftp://x"
default._bimi.weak.test. 300 IN TXT "v=BIMI1; l=http://weak.test/logo.png"
_25._tcp.mx.weak.test. 300 IN TLSA 3 1 1 {"00" * 32}
dmarcbad.test. 300 IN TXT "v=spf1 -all"
_dmarc.dmarcbad.test. 300 IN TXT "p=reject; v=DMARC1"
dmarcmulti.test. 300 IN TXT "v=spf1 -all"
_dmarc.dmarcmulti.test. 300 IN TXT "v=DMARC1; p=reject"
_dmarc.dmarcmulti.test. 300 IN TXT "v=DMARC1; p=none"
mtasts.test. 300 IN MX 10 mx.mtasts.test.
mx.mtasts.test. 300 IN A {GOOD_IP}
mta-sts.mtasts.test. 300 IN A {GOOD_IP}
_mta-sts.mtasts.test. 300 IN TXT "v=STSv1; id=1"
relay.test. 300 IN MX 10 mx.relay.test.
mx.relay.test. 300 IN A {RELAY_IP}
notls.test. 300 IN MX 10 mx.notls.test.
mx.notls.test. 300 IN A {NOTLS_IP}
mail.notls.test. 300 IN A {NOTLS_IP}
1.10.0.127.in-addr.arpa. 300 IN PTR mx.good.test.
4.10.0.127.in-addr.arpa. 300 IN PTR elsewhere.weak.test.
"""
    zones = ["nomx", "nullmx", "spfbad", "spfmulti", "spfloop", "spfnoall", "weak", "dmarcbad", "dmarcmulti"]
    zones += ["mtasts", "relay", "notls"]
    text = _signed(good, "good.test.") + "".join(_soa(f"{z}.test") for z in zones) + broken
    text += _soa("10.0.127.in-addr.arpa") + _soa("reports.example")
    return text


@pytest.fixture(scope="session")
def sign_zone() -> Callable[[str, str], str]:
    """The zone signer, for tests that feed signed records to a FakeResolver."""
    return _signed


@pytest.fixture(scope="session")
def dns_server() -> Iterator[str]:
    """`127.0.0.1:PORT` of the local authoritative server."""
    srv = serve(build_zones())
    yield f"127.0.0.1:{srv.port}"
    srv.stop()
    srv.tcp.stop()


def _cert(name: str, ca_key: rsa.RSAPrivateKey, ca: x509.Certificate, sans: list[str]) -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=200))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(s) for s in sans]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem_key = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), pem_key


@pytest.fixture(scope="session")
def web_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(CA PEM, server cert PEM, key PEM) for mta-sts.*/mail.* test HTTPS servers."""
    d = tmp_path_factory.mktemp("webca")
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "posture web test CA")])
    now = dt.datetime.now(dt.UTC)
    ca = (
        x509.CertificateBuilder()
        .subject_name(subj)
        .issuer_name(subj)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    sans = ["mta-sts.good.test", "mail.good.test", "mta-sts.mtasts.test"]
    cert, key = _cert("mail.good.test", ca_key, ca, sans)
    paths = d / "ca.pem", d / "cert.pem", d / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert)
    paths[2].write_bytes(key)
    return paths


POLICIES = {
    "mta-sts.good.test": "version: STSv1\nmode: enforce\nmx: mx.good.test\nmax_age: 604800\n",
    "mta-sts.mtasts.test": "version: STSv1\nmode: testing\nmx: *.elsewhere.test\nmax_age: 604800\n",
}


class _Handler(http.server.BaseHTTPRequestHandler):
    hsts = True

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").split(":")[0]
        if self.path == "/.well-known/mta-sts.txt" and host in POLICIES:
            body = POLICIES[host].encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
        else:
            body = b"<html>webmail</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if self.hsts:
                self.send_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Redirect(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(301)
        self.send_header("Location", f"https://{self.headers.get('Host', '')}/")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def web_servers(web_ca: tuple[Path, Path, Path]) -> Iterator[None]:
    """Good webmail + MTA-STS on .1 (HTTPS, HSTS, redirect); HTTP-only webmail on .3; no HSTS on .4."""

    class NoHsts(_Handler):
        hsts = False

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(web_ca[1]), str(web_ca[2]))
    servers = [
        http.server.ThreadingHTTPServer((GOOD_IP, WEB_HTTPS), _Handler),
        http.server.ThreadingHTTPServer((GOOD_IP, WEB_HTTP), _Redirect),
        http.server.ThreadingHTTPServer((NOTLS_IP, WEB_HTTP), NoHsts),
        http.server.ThreadingHTTPServer((WEAK_IP, WEB_HTTPS), NoHsts),
    ]
    servers[0].socket = ctx.wrap_socket(servers[0].socket, server_side=True)
    servers[3].socket = ctx.wrap_socket(servers[3].socket, server_side=True)
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for th in threads:
        th.start()
    yield
    for s in servers:
        s.shutdown()
        s.server_close()
