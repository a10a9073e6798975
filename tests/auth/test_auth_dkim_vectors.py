"""DKIM vectors from dkimpy's test data: RFC 6376 / RFC 8463 examples, sign-then-verify, bad keys."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import dkim
import nacl.signing
import pytest

from mailwarden.auth.dkim import verify_dkim
from mailwarden.dns import FakeResolver

CORPORA = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"
DATA = CORPORA / "dkim-dkimpy-testdata" / "data"
Tally = Callable[[str, str], None]

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} not found")


def _read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def _txt(name: str) -> str:
    return _read(name).decode().strip()


def _ed25519_public(private_file: str) -> str:
    key = nacl.signing.SigningKey(base64.b64decode(_read(private_file).strip()))
    return base64.b64encode(bytes(key.verify_key)).decode()


def _zone(records: dict[str, str]) -> FakeResolver:
    return FakeResolver({name: {"TXT": [value]} for name, value in records.items()})


# RFC 8463 appendix A: football.example.com with the RFC 8032 §7.1 test-1 Ed25519 key and an RSA key
# (the same RSA key as dkimpy's test.txt).
def _rfc8463_zone() -> FakeResolver:
    return _zone(
        {
            "brisbane._domainkey.football.example.com": f"v=DKIM1; k=ed25519; p={_ed25519_public('rfc8032_7_1.key')}",
            "test._domainkey.football.example.com": _txt("test.txt"),
        }
    )


def _check(conformance: Tally, name: str, got: list[str], want: list[str]) -> None:
    conformance("dkim-vectors", "pass" if got == want else "fail")
    assert got == want, f"{name}: got {got}, want {want}"


@pytest.mark.parametrize(
    ("msg", "want"),
    [
        ("rfc6376.signed.msg", ["pass", "pass"]),
        ("rfc6376.signed.rsa.msg", ["pass"]),
        # same b= as the RSA example but t= dropped and x= added: parses (x= without t= is legal),
        # and the changed header no longer matches its signature
        ("rfc6376.signed.no_t.msg", ["fail"]),
    ],
)
def test_rfc8463_examples(msg: str, want: list[str], conformance: Tally) -> None:
    outcome = verify_dkim(_read(msg), _rfc8463_zone().resolve_sync)
    _check(conformance, msg, [s.result for s in outcome.signatures], want)
    assert outcome.result == want[0]
    algos = {s.algorithm: s.key_bits for s in outcome.signatures}
    if "ed25519-sha256" in algos:
        assert algos["ed25519-sha256"] == 256


def test_rfc8463_tampered_fails(conformance: Tally) -> None:
    raw = _read("rfc6376.signed.msg").replace(b"We lost the game.", b"We won the game.")
    outcome = verify_dkim(raw, _rfc8463_zone().resolve_sync)
    _check(conformance, "rfc6376 tampered", [s.result for s in outcome.signatures], ["fail", "fail"])
    assert all("body hash" in s.reason for s in outcome.signatures)


def test_exim_ed25519_vector(conformance: Tally) -> None:
    zone = _zone({"sed._domainkey.test.ex": _txt("eximtest.dns")})
    outcome = verify_dkim(_read("ed25519test2.msg"), zone.resolve_sync)
    _check(conformance, "exim ed25519", [s.result for s in outcome.signatures], ["pass"])


def _sign(msg: bytes, key: bytes, *, algo: bytes = b"rsa-sha256", canon: tuple[bytes, bytes] | None = None) -> bytes:
    kwargs = {"canonicalize": canon} if canon else {}
    sig = dkim.sign(msg, b"test", b"example.com", key, signature_algorithm=algo, **kwargs)
    return bytes(sig) + msg


SIGN_CASES = [
    ("test.message", "test.private", "test.txt", b"rsa-sha256"),
    ("test2.message", "test2.private", "test2.txt", b"rsa-sha256"),
    ("test.message", "1024_testkey.key", "1024_testkey_wo_markers.pub.txt", b"rsa-sha256"),
    ("test.message", "2048_testkey.key", "2048_testkey_wo_markers.pub.txt", b"rsa-sha256"),
    ("test.message", "2048_testkey.key", "2048_testkey_wo_markers.pub.rsa.txt", b"rsa-sha256"),
    ("test.message", "2048_testkey_PKCS8.key", "2048_testkey_PKCS8.key.pub.txt", b"rsa-sha256"),
    ("test_extra.message", "test.private", "test.txt", b"rsa-sha256"),
    ("ed25519test.msg", "ed25519test.key", "ed25519test.dns", b"ed25519-sha256"),
    ("rfc6376.msg", "rfc8032_7_1.key", None, b"ed25519-sha256"),
    ("rfc6376.w1258.msg", "test.private", "test.txt", b"rsa-sha256"),
]
CANONS = [(b"simple", b"simple"), (b"relaxed", b"relaxed"), (b"relaxed", b"simple"), (b"simple", b"relaxed")]


def _key_record(pub: str | None, key: str) -> str:
    if pub is None:  # derive the RFC 8032 public key
        return f"v=DKIM1; k=ed25519; p={_ed25519_public(key)}"
    return _txt(pub)


@pytest.mark.parametrize("canon", CANONS, ids=lambda c: b"/".join(c).decode())
@pytest.mark.parametrize(("msg", "key", "pub", "algo"), SIGN_CASES, ids=lambda v: str(v))
def test_sign_then_verify(
    msg: str, key: str, pub: str | None, algo: bytes, canon: tuple[bytes, bytes], conformance: Tally
) -> None:
    zone = _zone({"test._domainkey.example.com": _key_record(pub, key)})
    signed = _sign(_read(msg), _read(key), algo=algo, canon=canon)
    outcome = verify_dkim(signed, zone.resolve_sync)
    # test2.message already carries a gmail.com signature (no key here): only ours, the first, counts
    _check(conformance, msg, [s.result for s in outcome.signatures[:1]], ["pass"])
    sig = outcome.signatures[0]
    assert (sig.domain, sig.selector, sig.algorithm) == ("example.com", "test", algo.decode())
    assert sig.key_bits == (256 if algo.startswith(b"ed25519") else int(key[:4]) if key[0].isdigit() else 1024)
    # tampered copies must fail: body, then a signed header
    body_tampered = signed + b"tampered\r\n" if canon[1] == b"simple" else signed + b"more text\r\n"
    subject_tampered = signed.replace(b"Subject: ", b"Subject: Re: ", 1)
    for label, raw in (("body", body_tampered), ("subject", subject_tampered)):
        got = [s.result for s in verify_dkim(raw, zone.resolve_sync).signatures[:1]]
        _check(conformance, f"{msg} {label} tampered", got, ["fail"])


@pytest.mark.parametrize(
    ("record_file", "reason_part"),
    [
        ("test_bad.txt", "bad key record"),  # truncated SubjectPublicKeyInfo
        ("badk.txt", "unknown algorithm in k= tag"),
        ("badversion.txt", "bad"),
        ("test_tlsrpt.txt", "tlsrpt"),
    ],
)
def test_bad_key_records(record_file: str, reason_part: str, conformance: Tally) -> None:
    zone = _zone({"test._domainkey.example.com": _txt(record_file)})
    signed = _sign(_read("test.message"), _read("test.private"))
    sig = verify_dkim(signed, zone.resolve_sync).signatures[0]
    ok = sig.result in ("permerror", "fail") and reason_part in sig.reason
    conformance("dkim-vectors", "pass" if ok else "fail")
    assert sig.result in ("permerror", "fail"), sig
    assert reason_part in sig.reason, sig.reason


def test_bad_domain_signature_is_permerror(conformance: Tally) -> None:
    zone = _zone({"test._domainkey.legitimate.com": _txt("test.txt")})
    sig = verify_dkim(_read("test.message.baddomain"), zone.resolve_sync).signatures[0]
    _check(conformance, "baddomain", [sig.result], ["permerror"])
    assert "d=" in sig.reason


def test_missing_key_is_permerror_and_timeout_is_temperror(conformance: Tally) -> None:
    signed = _sign(_read("test.message"), _read("test.private"))
    missing = verify_dkim(signed, _zone({}).resolve_sync).signatures[0]
    _check(conformance, "no key", [missing.result], ["permerror"])
    assert "no key" in missing.reason
    timeout = FakeResolver({"test._domainkey.example.com": "TIMEOUT"})
    got = verify_dkim(signed, timeout.resolve_sync)
    _check(conformance, "key timeout", [got.signatures[0].result], ["temperror"])
    assert got.result == "temperror"


def test_rsa_sha1_rejected_by_default(conformance: Tally) -> None:
    zone = _zone({"test._domainkey.example.com": _txt("test.txt")})
    signed = _sign(_read("test.message"), _read("test.private"), algo=b"rsa-sha1")
    strict = verify_dkim(signed, zone.resolve_sync).signatures[0]
    lax = verify_dkim(signed, zone.resolve_sync, accept_sha1=True).signatures[0]
    _check(conformance, "rsa-sha1", [strict.result, lax.result], ["permerror", "pass"])
    assert "RFC 8301" in strict.reason


def test_key_type_mismatch_is_permerror(conformance: Tally) -> None:
    zone = _zone({"test._domainkey.example.com": _txt("ed25519test.dns")})
    signed = _sign(_read("test.message"), _read("test.private"))
    sig = verify_dkim(signed, zone.resolve_sync).signatures[0]
    _check(conformance, "key type mismatch", [sig.result], ["permerror"])


def test_unsigned_and_unparseable() -> None:
    assert verify_dkim(_read("rfc6376.msg"), _zone({}).resolve_sync).result == "none"
    broken = verify_dkim(b"not a header line\r\n\r\nbody", _zone({}).resolve_sync)
    assert broken.result in ("none", "permerror")


def test_header_b_prefix_and_identity() -> None:
    outcome = verify_dkim(_read("rfc6376.signed.msg"), _rfc8463_zone().resolve_sync)
    first = outcome.signatures[0]
    assert first.signature_b.startswith("9/dsDChY0YMT")
    assert first.identity == "@football.example.com"
    assert outcome.passing_domains() == ("football.example.com", "football.example.com")
