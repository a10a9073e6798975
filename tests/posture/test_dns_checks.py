"""DNS posture checks against the local dnslib zones (no mail daemons needed)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from mailwarden.dns import CachingResolver, DnsPythonResolver, FakeResolver
from mailwarden.posture.dns_checks import DnsFacts, check_dnssec
from mailwarden.posture.findings import CATALOGUE, Collector
from mailwarden.posture.i18n import LANGS, TITLES
from mailwarden.posture.runner import AuditOptions, DomainReport, audit_domain

DNS_ONLY = AuditOptions(network=False, fetch_policies=False)


def _audit(domain: str, ns: str, opts: AuditOptions = DNS_ONLY) -> DomainReport:
    resolver = CachingResolver(DnsPythonResolver([ns], timeout=2, lifetime=3))
    return asyncio.run(audit_domain(domain, resolver, opts))


def codes(rep: DomainReport) -> set[str]:
    return {f.code for f in rep.findings}


GOOD_ABSENT = {
    "MX_MISSING", "MX_HOST_UNRESOLVABLE", "MX_PTR_MISSING", "MX_FCRDNS_MISMATCH", "SPF_MISSING", "SPF_MULTIPLE",
    "SPF_SYNTAX", "SPF_TOO_MANY_LOOKUPS", "SPF_TOO_MANY_VOID", "SPF_PASS_ALL", "SPF_NEUTRAL_ALL", "SPF_NO_ALL",
    "SPF_INCLUDE_MISSING", "SPF_PTR_MECHANISM", "DMARC_MISSING", "DMARC_MULTIPLE", "DMARC_SYNTAX",
    "DMARC_POLICY_NONE", "DMARC_SP_NONE", "DMARC_PCT_PARTIAL", "DMARC_NO_RUA", "DMARC_RELAXED_ALIGNMENT",
    "DMARC_EXTERNAL_RUA_UNAUTHORIZED", "DKIM_NOT_FOUND", "DKIM_WEAK_KEY", "DKIM_REVOKED", "DKIM_TEST_MODE",
    "MTASTS_MISSING", "MTASTS_TXT_INVALID", "TLSRPT_MISSING", "TLSRPT_INVALID", "BIMI_MISSING", "BIMI_INVALID",
    "DNSSEC_UNSIGNED", "DNSSEC_INVALID", "DANE_UNSIGNED", "DANE_MISSING", "DNS_TEMPFAIL",
}  # fmt: skip


def test_good_domain_is_clean(dns_server: str) -> None:
    rep = _audit("good.test", dns_server)
    assert not codes(rep) & GOOD_ABSENT, rep.findings
    assert {"dns.mx", "dns.spf", "dns.dmarc", "dns.dkim", "dns.dnssec", "dns.dane"} <= rep.ran
    assert rep.grade in ("A+", "A")


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("nomx.test", {"MX_MISSING", "SPF_MISSING", "DMARC_MISSING", "DKIM_NOT_FOUND", "MTASTS_MISSING",
                       "TLSRPT_MISSING", "DNSSEC_UNSIGNED"}),
        ("nullmx.test", {"MX_NULL"}),
        ("spfbad.test", {"SPF_PASS_ALL", "SPF_PTR_MECHANISM", "SPF_INCLUDE_MISSING", "SPF_TOO_MANY_VOID"}),
        ("spfmulti.test", {"SPF_MULTIPLE"}),
        ("spfloop.test", {"SPF_TOO_MANY_LOOKUPS", "SPF_NEUTRAL_ALL", "SPF_SYNTAX"}),
        ("spfnoall.test", {"SPF_NO_ALL"}),
        ("weak.test", {"DMARC_POLICY_NONE", "DMARC_PCT_PARTIAL", "DMARC_EXTERNAL_RUA_UNAUTHORIZED",
                       "DMARC_RELAXED_ALIGNMENT", "DKIM_WEAK_KEY", "DKIM_TEST_MODE", "DKIM_REVOKED",
                       "MTASTS_TXT_INVALID", "TLSRPT_INVALID", "BIMI_INVALID", "MX_HOST_UNRESOLVABLE",
                       "MX_FCRDNS_MISMATCH", "DANE_UNSIGNED"}),
        ("dmarcbad.test", {"DMARC_SYNTAX"}),
        ("dmarcmulti.test", {"DMARC_MULTIPLE"}),
        ("notls.test", {"MX_PTR_MISSING", "BIMI_MISSING"}),
    ],
)  # fmt: skip
def test_broken_domains(dns_server: str, domain: str, expected: set[str]) -> None:
    rep = _audit(domain, dns_server)
    assert expected <= codes(rep), (expected - codes(rep), rep.findings)
    assert rep.score < 100


def test_null_mx_self_check_not_applicable(dns_server: str) -> None:
    rep = _audit("nullmx.test", dns_server)
    status = {r.id: r.status.value for r in rep.selfcheck}
    assert status["CN-SCT-04"] == "not-applicable"
    assert status["X-01"] == "pass"
    assert status["CN-SCT-01"] == "needs-attestation"


def test_mta_sts_policy_fetch(dns_server: str, web_servers: None, web_ca: tuple[Path, Path, Path]) -> None:
    opts = AuditOptions(network=False, ca_files=(web_ca[0],), ports={"https": 2443})
    good = _audit("good.test", dns_server, opts)
    assert not codes(good) & {"MTASTS_POLICY_UNREACHABLE", "MTASTS_POLICY_INVALID", "MTASTS_MX_MISMATCH"}
    bad = _audit("mtasts.test", dns_server, opts)
    assert {"MTASTS_MX_MISMATCH", "MTASTS_MODE_TESTING"} <= codes(bad)
    untrusted = _audit("good.test", dns_server, AuditOptions(network=False, ports={"https": 2443}))
    assert "MTASTS_POLICY_UNREACHABLE" in codes(untrusted)


def _fake_from_zone(text: str) -> FakeResolver:
    recs: dict[str, dict[str, list[str]]] = {}
    for line in text.splitlines():
        name, _ttl, _cls, rtype, rdata = line.split(None, 4)
        recs.setdefault(name, {}).setdefault(rtype, []).append(rdata)
    return FakeResolver(recs)


ZONE = """d.test. 300 IN SOA ns.d.test. h.d.test. 1 3600 600 86400 300
d.test. 300 IN NS ns.d.test.
d.test. 300 IN MX 10 mx.d.test.
"""


def test_dnssec_validation_with_rrsigs(sign_zone: Callable[[str, str], str]) -> None:
    signed = sign_zone(ZONE, "d.test.")
    col, facts = Collector(), DnsFacts()
    asyncio.run(check_dnssec(_fake_from_zone(signed), "d.test", col, facts))
    assert facts.dnssec_signed and not col.findings
    tampered = signed.replace(" IN SOA ns.d.test. h.d.test. 1 ", " IN SOA ns.d.test. h.d.test. 2 ")
    col = Collector()
    asyncio.run(check_dnssec(_fake_from_zone(tampered), "d.test", col, DnsFacts()))
    assert [f.code for f in col.findings] == ["DNSSEC_INVALID"]


def test_catalogue_is_translated_and_mapped() -> None:
    assert set(CATALOGUE) == set(TITLES)
    for code, spec in CATALOGUE.items():
        assert code.isupper() and spec.fix
        assert all(TITLES[code][LANGS.index(lang)] for lang in LANGS)
    assert TITLES["SMTP_OPEN_RELAY"][0].lower().count("chuyển tiếp thư mở") == 1
