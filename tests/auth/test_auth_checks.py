"""The auth checks: every declared symbol, outcomes stored for later checks, no client IP, A-R inputs."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import dkim
import nacl.signing
import pytest

from mailwarden.auth.results import ArcOutcome, DkimOutcome, DmarcOutcome, SpfOutcome
from mailwarden.checks.auth.arc import ArcCheck
from mailwarden.checks.auth.dkim import DkimCheck
from mailwarden.checks.auth.dmarc import DmarcCheck
from mailwarden.checks.auth.spf import SpfCheck
from mailwarden.checks.base import Check, CheckContext, CheckResult, Stage
from mailwarden.dns import FakeResolver
from mailwarden.message import Envelope, parse_message
from mailwarden.verdict import Category

CORPORA = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"
DKIM_DATA = CORPORA / "dkim-dkimpy-testdata" / "data"

RAW = (
    b"From: Alice <alice@example.com>\r\n"
    b"To: bob@gov.example\r\n"
    b"Subject: budget\r\n"
    b"Message-ID: <m1@example.com>\r\n"
    b"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
    b"\r\n"
    b"Numbers attached.\r\n"
)
# Enron-style export: a Subject line, then the text, with no empty line between
BROKEN = b"Subject: meeting tomorrow\r\ndaren ,\r\nplease find attached the nominations .\r\n"
ENV = Envelope(client_ip="192.0.2.10", helo="mail.example.com", mail_from="alice@example.com")


def make_ctx(raw: bytes, zone: dict[str, Any], env: Envelope = ENV, **outcomes: object) -> CheckContext:
    return CheckContext(
        message=parse_message(raw, env),
        envelope=env,
        resolver=FakeResolver(zone),
        stage=Stage.EOM,
        offline=False,
        received_at=None,
        protected_domains=(),
        local_domains=(),
        freemail_domains=frozenset(),
        authserv_id="mx.gov.example",
        outcomes=dict(outcomes),
    )


async def run(check: Check, ctx: CheckContext) -> tuple[list[str], CheckResult]:
    res = await check.run(ctx)
    declared = check.symbol_map()
    assert all(h.symbol in declared for h in res.hits), res.hits
    return [h.symbol for h in res.hits], res


# --- SPF -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "symbol", "result"),
    [
        ("v=spf1 ip4:192.0.2.0/24 -all", "R_SPF_ALLOW", "pass"),
        ("v=spf1 ip4:198.51.100.1 -all", "R_SPF_FAIL", "fail"),
        ("v=spf1 ~all", "R_SPF_SOFTFAIL", "softfail"),
        ("v=spf1 ?all", "R_SPF_NEUTRAL", "neutral"),
        ("v=spf1 moo -all", "R_SPF_PERMFAIL", "permerror"),
        (None, "R_SPF_NA", "none"),
        ("TIMEOUT", "R_SPF_DNSFAIL", "temperror"),
    ],
)
async def test_spf_symbols(record: str | None, symbol: str, result: str) -> None:
    zone: dict[str, Any] = {}
    if record == "TIMEOUT":
        zone["example.com"] = "TIMEOUT"
    elif record:
        zone["example.com"] = {"TXT": [record]}
    symbols, res = await run(SpfCheck(), make_ctx(RAW, zone))
    assert symbols == [symbol]
    assert isinstance(res.outcome, SpfOutcome)
    assert (res.outcome.result, res.outcome.domain, res.outcome.scope) == (result, "example.com", "mfrom")


async def test_spf_null_sender_uses_helo_and_fail_is_spoof() -> None:
    env = Envelope(client_ip="192.0.2.10", helo="mail.example.com", mail_from="")
    zone = {"mail.example.com": {"TXT": ["v=spf1 -all"]}}
    symbols, res = await run(SpfCheck(), make_ctx(RAW, zone, env))
    assert symbols == ["R_SPF_FAIL"]
    assert isinstance(res.outcome, SpfOutcome)
    assert (res.outcome.scope, res.outcome.identity) == ("helo", "postmaster@mail.example.com")
    assert SpfCheck.symbol_map()["R_SPF_FAIL"].category is Category.SPOOF


async def test_spf_without_client_ip_is_none_with_detail() -> None:
    env = Envelope(mail_from="alice@example.com", source="cli")
    ctx = make_ctx(RAW, {"example.com": {"TXT": ["v=spf1 -all"]}}, env)
    symbols, res = await run(SpfCheck(), ctx)
    assert symbols == ["R_SPF_NA"]
    assert "no client IP" in res.hits[0].detail
    assert isinstance(res.outcome, SpfOutcome) and res.outcome.result == "none"
    assert ctx.resolver.queries == []  # type: ignore[attr-defined]


# --- DKIM ------------------------------------------------------------------------------------------

_SIGNER = nacl.signing.SigningKey(b"\x07" * 32)
_KEY_TXT = f"v=DKIM1; k=ed25519; p={base64.b64encode(bytes(_SIGNER.verify_key)).decode()}"


def _signed(domain: bytes = b"example.com") -> bytes:
    sig = dkim.sign(RAW, b"sel", domain, base64.b64encode(bytes(_SIGNER)), signature_algorithm=b"ed25519-sha256")
    return bytes(sig) + RAW


@pytest.mark.parametrize(
    ("raw", "zone", "symbol", "result"),
    [
        (_signed(), {"sel._domainkey.example.com": {"TXT": [_KEY_TXT]}}, "R_DKIM_ALLOW", "pass"),
        (
            _signed().replace(b"Numbers", b"Wire money"),
            {"sel._domainkey.example.com": {"TXT": [_KEY_TXT]}},
            "R_DKIM_REJECT",
            "fail",
        ),
        (_signed(), {"sel._domainkey.example.com": "TIMEOUT"}, "R_DKIM_TEMPFAIL", "temperror"),
        (_signed(), {}, "R_DKIM_PERMFAIL", "permerror"),
        (RAW, {}, "R_DKIM_NA", "none"),
        # a header section that runs into the body (no empty line): dkimpy cannot parse it
        (BROKEN, {}, "R_DKIM_NA", "none"),
        (_signed() + b"daren ,\r\n", {}, "R_DKIM_PERMFAIL", "permerror"),
    ],
)
async def test_dkim_symbols(raw: bytes, zone: dict[str, Any], symbol: str, result: str) -> None:
    symbols, res = await run(DkimCheck(), make_ctx(raw, zone))
    assert symbols == [symbol]
    assert isinstance(res.outcome, DkimOutcome) and res.outcome.result == result


# --- ARC -------------------------------------------------------------------------------------------


def _arc_sealed() -> tuple[bytes, dict[str, Any]]:
    if not DKIM_DATA.is_dir():
        pytest.skip(f"{DKIM_DATA} not found")
    key = (DKIM_DATA / "test.private").read_bytes()
    record = (DKIM_DATA / "test.txt").read_text().strip()
    msg = b"Authentication-Results: lists.example.org; spf=pass smtp.mailfrom=example.com\r\n" + RAW
    headers = dkim.arc_sign(msg, b"test", b"example.org", key, b"lists.example.org", timestamp="1700000000")
    return b"".join(headers) + msg, {"test._domainkey.example.org": {"TXT": [record]}}


async def test_arc_symbols() -> None:
    sealed, zone = _arc_sealed()
    cases = [
        (sealed, zone, "ARC_ALLOW", "pass"),
        (sealed.replace(b"Numbers", b"Wire money"), zone, "ARC_REJECT", "fail"),
        (
            b"".join(ln for ln in sealed.splitlines(True) if not ln.startswith(b"ARC-Authentication")),
            zone,
            "ARC_INVALID",
            "fail",
        ),
        (sealed, {"test._domainkey.example.org": "TIMEOUT"}, "ARC_DNSFAIL", "fail"),
        (RAW, {}, "ARC_NA", "none"),
        (BROKEN, {}, "ARC_NA", "none"),  # unsigned: "none" however broken, not an invalid chain
        (sealed.replace(b"\r\n\r\n", b"\r\ndaren ,\r\n"), zone, "ARC_INVALID", "fail"),
    ]
    for raw, z, symbol, cv in cases:
        symbols, res = await run(ArcCheck(), make_ctx(raw, z))
        assert symbols == [symbol], res.hits
        assert isinstance(res.outcome, ArcOutcome) and res.outcome.cv == cv


# --- DMARC -----------------------------------------------------------------------------------------

PASS_SPF = SpfOutcome("pass", "example.com", "mfrom", identity="alice@example.com")
FAIL_SPF = SpfOutcome("fail", "example.com", "mfrom", identity="alice@example.com")


@pytest.mark.parametrize(
    ("record", "spf", "symbol", "applied"),
    [
        ("v=DMARC1; p=reject", PASS_SPF, "DMARC_POLICY_ALLOW", "none"),
        ("v=DMARC1; p=reject", FAIL_SPF, "DMARC_POLICY_REJECT", "reject"),
        ("v=DMARC1; p=quarantine", FAIL_SPF, "DMARC_POLICY_QUARANTINE", "quarantine"),
        ("v=DMARC1; p=none", FAIL_SPF, "DMARC_POLICY_SOFTFAIL", "none"),
        ("v=DMARC1; p=reject; pct=0", FAIL_SPF, "DMARC_POLICY_QUARANTINE", "quarantine"),
        (None, FAIL_SPF, "DMARC_NA", "none"),
        ("v=DMARC1; p=whatever", FAIL_SPF, "DMARC_BAD_POLICY", "none"),
        ("TIMEOUT", FAIL_SPF, "DMARC_DNSFAIL", "none"),
    ],
)
async def test_dmarc_symbols(record: str | None, spf: SpfOutcome, symbol: str, applied: str) -> None:
    zone: dict[str, Any] = {}
    if record == "TIMEOUT":
        zone["_dmarc.example.com"] = "TIMEOUT"
    elif record:
        zone["_dmarc.example.com"] = {"TXT": [record]}
    symbols, res = await run(DmarcCheck(), make_ctx(RAW, zone, spf=spf, dkim=DkimOutcome(())))
    assert symbols == [symbol]
    assert isinstance(res.outcome, DmarcOutcome) and res.outcome.applied_policy == applied


async def test_dmarc_multiple_from_fields_is_bad_policy() -> None:
    raw = b"From: a@example.com\r\nFrom: b@evil.example\r\nSubject: x\r\n\r\nbody\r\n"
    symbols, res = await run(DmarcCheck(), make_ctx(raw, {}))
    assert symbols == ["DMARC_BAD_POLICY"]
    assert isinstance(res.outcome, DmarcOutcome) and res.outcome.result == "permerror"


async def test_spf_dkim_dmarc_chain_through_outcomes() -> None:
    """DMARC reads the SPF and DKIM outcomes the runner stored: DKIM alignment rescues an SPF fail."""
    zone = {
        "example.com": {"TXT": ["v=spf1 -all"]},
        "sel._domainkey.example.com": {"TXT": [_KEY_TXT]},
        "_dmarc.example.com": {"TXT": ["v=DMARC1; p=reject"]},
    }
    ctx = make_ctx(_signed(), zone)
    for check in (SpfCheck(), DkimCheck()):
        res = await check.run(ctx)
        ctx.outcomes[check.name] = res.outcome
    symbols, res = await run(DmarcCheck(), ctx)
    assert symbols == ["DMARC_POLICY_ALLOW"]
    assert isinstance(res.outcome, DmarcOutcome)
    assert (res.outcome.spf_aligned, res.outcome.dkim_aligned) == (False, True)
    assert DmarcCheck.after == ("spf", "dkim")


async def test_dmarc_waits_for_dkim_before_end_of_message() -> None:
    ctx = make_ctx(RAW, {"_dmarc.example.com": {"TXT": ["v=DMARC1; p=reject"]}}, spf=FAIL_SPF)
    ctx.stage = Stage.HEADERS
    res = await DmarcCheck().run(ctx)
    assert (res.hits, res.outcome) == ([], None)
