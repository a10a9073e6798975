"""The RFC 8601 Authentication-Results value we build parses back (authres) with the right fields."""

from __future__ import annotations

from mailwarden.auth.authresults import FEATURES, build_authentication_results
from mailwarden.auth.results import ArcOutcome, DkimOutcome, DkimSignatureResult, DmarcOutcome, SpfOutcome


def _props(result: object) -> dict[str, str]:
    return {f"{p.type}.{p.name}": str(p.value) for p in result.properties}  # type: ignore[attr-defined]


def test_full_header_round_trip() -> None:
    value = build_authentication_results(
        "mx.gov.example",
        spf=SpfOutcome("pass", "example.com", "mfrom", identity="bounce@example.com"),
        dkim=DkimOutcome(
            (
                DkimSignatureResult(
                    "example.com", "s1", "rsa-sha256", "pass", "", 2048, "@example.com", "AbCdEfGh1234"
                ),
                DkimSignatureResult(
                    "esp.example", "k2", "ed25519-sha256", "fail", "body hash mismatch", 256, "", "zz/+9876"
                ),
            )
        ),
        arc=ArcOutcome("pass", 2, "", None, "lists.example.org"),
        dmarc=DmarcOutcome(
            "fail", "example.com", "example.com", "reject", "quarantine", 50, "quarantine", reason="no aligned id"
        ),
    )
    header = FEATURES.parse_value(value)
    assert header.authserv_id == "mx.gov.example"
    methods = [(r.method, r.result) for r in header.results]
    assert methods == [("spf", "pass"), ("dkim", "pass"), ("dkim", "fail"), ("arc", "pass"), ("dmarc", "fail")]
    spf, dkim1, dkim2, arc, dmarc = header.results
    assert _props(spf) == {"smtp.mailfrom": "bounce@example.com"}
    assert _props(dkim1) == {
        "header.d": "example.com",
        "header.i": "@example.com",
        "header.b": "AbCdEfGh",
        "header.s": "s1",
        "header.a": "rsa-sha256",
    }
    assert "dkim=pass (2048-bit key)" in value  # authres' parser drops comments; check the text
    # base64 with "/" is not an RFC 2045 token, so it is quoted (RFC 8601 §2.2 pvalue); authres 1.2's
    # parser silently drops quoted pvalues, so check the text for that one
    assert 'header.b="zz/+9876"' in value
    assert _props(dkim2)["header.s"] == "k2"
    assert dkim2.reason == "body hash mismatch"
    assert _props(arc) == {"header.as-d": "lists.example.org"}
    assert _props(dmarc) == {"header.from": "example.com", "policy.dmarc": "quarantine"}
    assert "dmarc=fail (p=REJECT sp=QUARANTINE pct=50 dis=QUARANTINE)" in value
    assert dmarc.reason == "no aligned id"


def test_helo_scope_none_dkim_and_temperror() -> None:
    value = build_authentication_results(
        "mx.gov.example",
        spf=SpfOutcome("temperror", "mail.example.net", "helo", "SPF Temporary Error: DNS timeout"),
        dkim=DkimOutcome(()),
        dmarc=DmarcOutcome("none", "example.net", "example.net", reason="no DMARC record"),
    )
    header = FEATURES.parse_value(value)
    spf, dkim, dmarc = header.results
    assert (spf.result, _props(spf)) == ("temperror", {"smtp.helo": "mail.example.net"})
    assert spf.reason == "SPF Temporary Error: DNS timeout"
    assert (dkim.method, dkim.result) == ("dkim", "none")
    assert (dmarc.result, _props(dmarc)) == ("none", {"header.from": "example.net"})


def test_long_reason_is_shortened() -> None:
    long = "bad key record: " + "A" * 500
    value = build_authentication_results(
        "mx", dkim=DkimOutcome((DkimSignatureResult("d.example", "s", "rsa-sha256", "permerror", long),))
    )
    (dkim,) = FEATURES.parse_value(value).results
    assert dkim.result == "permerror"
    assert len(dkim.reason) <= 120 and dkim.reason.endswith("...")
