"""DKIM signing (RSA-2048 and Ed25519), verified by mailwarden's verifier and by dkimpy's own verify."""

from __future__ import annotations

from pathlib import Path

import dkim
import pytest
from typer.testing import CliRunner

from mailwarden.auth.dkim import verify_dkim
from mailwarden.dns import FakeResolver
from mailwarden.errors import ConfigError
from mailwarden.outbound.signing import Algorithm, DkimKeyConfig, DkimSigner, generate_key, load_key, zone_line

RAW = (
    b"From: Van Phong <vanphong@agency.gov.vn>\r\nTo: partner@hanoi.gov.vn\r\nSubject: =?utf-8?b?Q8O0bmcgdsSDbg==?=\r\n"
    b"Date: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <1@agency.gov.vn>\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nK\xc3\xadnh g\xe1\xbb\xadi.\r\n"
)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[DkimKeyConfig], dict[str, dict[str, list[str]]]]:
    d = tmp_path_factory.mktemp("keys")
    configs, zone = [], {}
    pairs: tuple[tuple[str, Algorithm], ...] = (("rsa2026", "rsa-sha256"), ("ed2026", "ed25519-sha256"))
    for sel, alg in pairs:
        private, txt = generate_key(alg)
        (d / sel).write_bytes(private)
        configs.append(DkimKeyConfig(domain="agency.gov.vn", selector=sel, algorithm=alg, key_file=str(d / sel)))
        zone[f"{sel}._domainkey.agency.gov.vn"] = {"TXT": [txt]}
    return configs, zone


def test_dual_signature_verifies_with_both_verifiers(
    keys: tuple[list[DkimKeyConfig], dict[str, dict[str, list[str]]]],
) -> None:
    configs, zone = keys
    signer = DkimSigner.from_config(configs)
    headers = signer.sign(RAW, "agency.gov.vn")
    assert [(h.selector, h.algorithm) for h in headers] == [("rsa2026", "rsa-sha256"), ("ed2026", "ed25519-sha256")]
    assert all(h.name == "DKIM-Signature" and len(h.value) < 998 and "\n" not in h.value for h in headers)
    signed = b"".join(f"{h.name}: {h.value}\r\n".encode() for h in headers) + RAW
    outcome = verify_dkim(signed, FakeResolver(zone).resolve_sync)
    assert [r.result for r in outcome.signatures] == ["pass", "pass"]
    fake = FakeResolver(zone)

    def dnsfunc(name: bytes, timeout: int = 5) -> bytes:
        return fake.resolve_sync(name.decode(), "TXT").texts()[0].encode()

    d = dkim.DKIM(signed)
    assert d.verify(0, dnsfunc=dnsfunc) and d.verify(1, dnsfunc=dnsfunc)
    # From is oversigned: a second From added in transit breaks the signature
    tampered = signed.replace(b"From: Van", b"From: evil@x.example\r\nFrom: Van", 1)
    assert [r.result for r in verify_dkim(tampered, fake.resolve_sync).signatures] == ["fail", "fail"]


def test_subdomains_inactive_keys_and_other_domains(
    keys: tuple[list[DkimKeyConfig], dict[str, dict[str, list[str]]]],
) -> None:
    configs, _ = keys
    rotated = [configs[0], configs[1].model_copy(update={"active": False})]
    signer = DkimSigner.from_config(rotated)
    assert [h.selector for h in signer.sign(RAW, "hr.agency.gov.vn")] == ["rsa2026"]
    assert signer.sign(RAW, "other.example") == []
    lf = DkimSigner.from_config(configs).sign(RAW.replace(b"\r\n", b"\n"), "agency.gov.vn")
    assert len(lf) == 2


def test_bad_key_files_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_key(DkimKeyConfig(domain="a", selector="s", key_file=str(tmp_path / "missing")))
    (tmp_path / "short").write_text("c2hvcnQ=")
    with pytest.raises(ConfigError):
        load_key(DkimKeyConfig(domain="a", selector="s", algorithm="ed25519-sha256", key_file=str(tmp_path / "short")))
    with pytest.raises(ConfigError):
        generate_key("rsa-sha256", bits=1024)


def test_zone_line_splits_long_records() -> None:
    line = zone_line("s", "agency.gov.vn", "v=DKIM1; k=rsa; p=" + "A" * 400)
    assert line.startswith("s._domainkey.agency.gov.vn. IN TXT ( ") and line.count('"') == 4


def test_cli_keygen_writes_key_and_prints_record(tmp_path: Path) -> None:
    import typer

    from mailwarden.cli.outbound import register

    app = typer.Typer()
    register(app)
    key = tmp_path / "ed.key"
    args = [
        "dkim",
        "keygen",
        "--domain",
        "agency.gov.vn",
        "--selector",
        "ed1",
        "--algorithm",
        "ed25519",
        "--out",
        str(key),
    ]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert "ed1._domainkey.agency.gov.vn. IN TXT" in res.stdout and "k=ed25519" in res.stdout
    assert key.stat().st_mode & 0o077 == 0
    assert load_key(
        DkimKeyConfig(domain="agency.gov.vn", selector="ed1", algorithm="ed25519-sha256", key_file=str(key))
    )
    assert CliRunner().invoke(app, args).exit_code != 0  # never overwrites a key
