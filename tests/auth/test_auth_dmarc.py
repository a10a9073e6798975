"""DMARC (RFC 7489) evaluation: discovery, tags, alignment, sp/p, pct sampling, errors — a case table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from mailwarden.auth.dmarc import DmarcRecordError, evaluate_dmarc, parse_dmarc_record, sample_bucket
from mailwarden.auth.orgdomain import aligned, organizational_domain
from mailwarden.auth.results import DkimOutcome, DkimSignatureResult, SpfOutcome
from mailwarden.dns import FakeResolver

Tally = Callable[[str, str], None]


def spf(result: str, domain: str) -> SpfOutcome:
    return SpfOutcome(result, domain, "mfrom", identity=f"bounce@{domain}")  # type: ignore[arg-type]


def dkim(*sigs: tuple[str, str]) -> DkimOutcome:
    return DkimOutcome(tuple(DkimSignatureResult(d, "sel", "rsa-sha256", r) for d, r in sigs))  # type: ignore[arg-type]


@dataclass
class Case:
    from_domain: str | None
    zone: dict[str, Any]
    spf: SpfOutcome | None = None
    dkim: DkimOutcome | None = None
    key: str = "<id@example>"
    want: dict[str, Any] = field(default_factory=dict)


def txt(*values: str) -> dict[str, Any]:
    return {"TXT": list(values)}


REJECT = txt("v=DMARC1; p=reject")
CASES: dict[str, Case] = {
    "dkim relaxed aligned subdomain signer": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        dkim=dkim(("mail.example.com", "pass")),
        want={"result": "pass", "dkim_aligned": True, "spf_aligned": False, "applied_policy": "none"},
    ),
    "dkim strict not aligned": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=reject; adkim=s")},
        dkim=dkim(("mail.example.com", "pass")),
        want={"result": "fail", "applied_policy": "reject", "dkim_aligned": False},
    ),
    "dkim strict exact match passes": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=reject; adkim=s")},
        dkim=dkim(("EXAMPLE.com", "pass")),
        want={"result": "pass", "dkim_aligned": True},
    ),
    "dkim failing signature never aligns": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        dkim=dkim(("example.com", "fail")),
        want={"result": "fail", "applied_policy": "reject"},
    ),
    "third-party dkim pass is not alignment": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        dkim=dkim(("esp.example.net", "pass")),
        want={"result": "fail", "dkim_aligned": False},
    ),
    "spf relaxed aligned": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        spf=spf("pass", "bounces.example.com"),
        want={"result": "pass", "spf_aligned": True},
    ),
    "spf strict not aligned": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=quarantine; aspf=s")},
        spf=spf("pass", "bounces.example.com"),
        want={"result": "fail", "applied_policy": "quarantine", "spf_aligned": False},
    ),
    "spf softfail is not a pass": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        spf=spf("softfail", "example.com"),
        want={"result": "fail", "applied_policy": "reject"},
    ),
    "org domain via PSL, sp applies": Case(
        "mail.example.co.uk",
        {"_dmarc.example.co.uk": txt("v=DMARC1; p=quarantine; sp=reject")},
        spf=spf("fail", "mail.example.co.uk"),
        want={
            "result": "fail",
            "org_domain": "example.co.uk",
            "policy": "quarantine",
            "subdomain_policy": "reject",
            "applied_policy": "reject",
        },
    ),
    "org domain via PSL, relaxed dkim on org": Case(
        "mail.example.co.uk",
        {"_dmarc.example.co.uk": REJECT},
        dkim=dkim(("example.co.uk", "pass")),
        want={"result": "pass", "org_domain": "example.co.uk", "dkim_aligned": True},
    ),
    "co.uk is not an org domain of another registrant": Case(
        "a.co.uk",
        {"_dmarc.a.co.uk": REJECT},
        dkim=dkim(("b.co.uk", "pass")),
        want={"result": "fail", "org_domain": "a.co.uk"},
    ),
    "subdomain without sp uses p": Case(
        "news.example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=quarantine")},
        want={"result": "fail", "applied_policy": "quarantine", "subdomain_policy": None},
    ),
    "own record at subdomain wins over org sp": Case(
        "news.example.com",
        {"_dmarc.news.example.com": txt("v=DMARC1; p=none"), "_dmarc.example.com": txt("v=DMARC1; p=reject")},
        want={"result": "fail", "applied_policy": "none", "policy": "none"},
    ),
    "sp ignored when From is the org domain": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=none; sp=reject")},
        want={"result": "fail", "applied_policy": "none"},
    ),
    "pct=0 steps reject down to quarantine": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=reject; pct=0")},
        want={"result": "fail", "pct": 0, "applied_policy": "quarantine", "sampled_out": True},
    ),
    "pct=0 steps quarantine down to none": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=quarantine; pct=0")},
        want={"result": "fail", "applied_policy": "none", "sampled_out": True},
    ),
    "pct=100 explicit": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=reject; pct=100")},
        want={"result": "fail", "applied_policy": "reject", "sampled_out": False},
    ),
    "missing record": Case("example.com", {}, want={"result": "none", "applied_policy": "none"}),
    "no From domain": Case(None, {}, want={"result": "none", "from_domain": None}),
    "record not starting with v=DMARC1 is ignored": Case(
        "example.com", {"_dmarc.example.com": txt("p=reject; v=DMARC1")}, want={"result": "none"}
    ),
    "lower-case version is not DMARC1": Case(
        "example.com", {"_dmarc.example.com": txt("v=dmarc1; p=reject")}, want={"result": "none"}
    ),
    "other TXT beside the record": Case(
        "example.com",
        {"_dmarc.example.com": txt("google-site-verification=abc", "v=DMARC1; p=REJECT")},
        want={"result": "fail", "applied_policy": "reject"},
    ),
    "multiple records: not applied": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=reject", "v=DMARC1; p=none")},
        want={"result": "none", "applied_policy": "none"},
    ),
    "bad p without rua: permerror": Case(
        "example.com", {"_dmarc.example.com": txt("v=DMARC1; p=bogus")}, want={"result": "permerror"}
    ),
    "missing p with valid rua: acts as p=none": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1; rua=mailto:dmarc@example.com")},
        want={"result": "fail", "policy": "none", "applied_policy": "none"},
    ),
    "bad sp with valid rua: acts as p=none": Case(
        "news.example.com",
        {"_dmarc.example.com": txt("v=DMARC1; p=reject; sp=maybe; rua=mailto:d@example.com")},
        want={"result": "fail", "applied_policy": "none"},
    ),
    "bad pct: permerror": Case(
        "example.com", {"_dmarc.example.com": txt("v=DMARC1; p=reject; pct=150")}, want={"result": "permerror"}
    ),
    "bad adkim: permerror": Case(
        "example.com", {"_dmarc.example.com": txt("v=DMARC1; p=reject; adkim=x")}, want={"result": "permerror"}
    ),
    "malformed tag: permerror": Case(
        "example.com", {"_dmarc.example.com": txt("v=DMARC1; p=reject; garbage")}, want={"result": "permerror"}
    ),
    "record lookup timeout: temperror": Case(
        "example.com", {"_dmarc.example.com": "TIMEOUT"}, want={"result": "temperror", "applied_policy": "none"}
    ),
    "org record lookup timeout: temperror": Case(
        "a.example.com", {"_dmarc.example.com": "TIMEOUT"}, want={"result": "temperror"}
    ),
    "aligned spf temperror: temperror, no enforcement": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        spf=spf("temperror", "example.com"),
        want={"result": "temperror", "applied_policy": "none"},
    ),
    "aligned dkim temperror: temperror": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        dkim=dkim(("example.com", "temperror")),
        want={"result": "temperror"},
    ),
    "unaligned temperror does not save a fail": Case(
        "example.com",
        {"_dmarc.example.com": REJECT},
        dkim=dkim(("other.example", "temperror")),
        want={"result": "fail", "applied_policy": "reject"},
    ),
    "unknown tags ignored, case-insensitive values": Case(
        "example.com",
        {"_dmarc.example.com": txt("v=DMARC1;p=Quarantine;x-future=1;ADKIM=S;")},
        dkim=dkim(("example.com", "pass")),
        want={"result": "pass", "policy": "quarantine"},
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_dmarc_case(name: str, conformance: Tally) -> None:
    case = CASES[name]
    zone = FakeResolver(case.zone)
    outcome = evaluate_dmarc(case.from_domain, case.spf, case.dkim, zone.resolve_sync, sample_key=case.key)
    got = {k: getattr(outcome, k) for k in case.want}
    conformance("dmarc-cases", "pass" if got == case.want else "fail")
    assert got == case.want, outcome


def test_discovery_queries_from_then_org_domain_only() -> None:
    zone = FakeResolver({"_dmarc.example.com": REJECT})
    evaluate_dmarc("a.b.example.com", None, None, zone.resolve_sync)
    assert zone.queries == [("_dmarc.a.b.example.com", "TXT"), ("_dmarc.example.com", "TXT")]


def test_pct_sampling_is_deterministic_per_message() -> None:
    zone = FakeResolver({"_dmarc.example.com": txt("v=DMARC1; p=reject; pct=50")})
    keys = [f"<{i}@example.com>" for i in range(200)]
    runs = [
        [evaluate_dmarc("example.com", None, None, zone.resolve_sync, sample_key=k).applied_policy for k in keys]
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    assert set(runs[0]) == {"reject", "quarantine"}  # both sides of the sample occur
    for k, applied in zip(keys, runs[0], strict=True):
        assert (applied == "reject") == (sample_bucket(k) < 50)


def test_record_parsing_details() -> None:
    rec = parse_dmarc_record(
        "v=DMARC1; p=reject; sp=none; pct=20; adkim=s; aspf=r; fo=1:d; ri=3600; "
        "rua=mailto:a@example.com!10m, mailto:b@example.net, not a uri; ruf=mailto:f@example.com",
        "example.com",
    )
    assert (rec.p, rec.sp, rec.pct, rec.adkim, rec.aspf, rec.ri) == ("reject", "none", 20, "s", "r", 3600)
    assert rec.rua == ("mailto:a@example.com!10m", "mailto:b@example.net")
    assert rec.ruf == ("mailto:f@example.com",)
    assert rec.fo == ("1", "d")
    assert any("not a uri" in w for w in rec.warnings)
    with pytest.raises(DmarcRecordError):
        parse_dmarc_record("v=DMARC1; p=reject; aspf=q", "example.com")


def test_org_domain_and_alignment_helpers() -> None:
    assert organizational_domain("mail.example.co.uk") == "example.co.uk"
    assert organizational_domain("Example.COM.") == "example.com"
    assert organizational_domain("co.uk") == "co.uk"
    assert aligned("a.example.com", "b.example.com", "r")
    assert not aligned("a.example.com", "b.example.com", "s")
    assert not aligned("", "example.com", "r")
