"""`mailwarden audit` through typer's CliRunner; renderers; config parsing without daemons."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailwarden.cli.audit import register
from mailwarden.posture.findings import Collector
from mailwarden.posture.render import pdf_fonts
from mailwarden.posture.server_config import audit_dovecot, audit_postfix

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Test root so that `audit` stays a subcommand."""

    return app


def test_json_one_object_per_domain(dns_server: str, tmp_path: Path) -> None:
    listing = tmp_path / "domains.txt"
    listing.write_text("# agencies\nnomx.test\nspfbad.test\n")
    inv = tmp_path / "inv.csv"
    res = runner.invoke(
        _app(),
        ["audit", "good.test", "--file", str(listing), "--nameserver", dns_server, "--dns-only",
         "--format", "json", "--inventory", str(inv)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [d["domain"] for d in data] == ["good.test", "nomx.test", "spfbad.test"]
    for d in data:
        assert {"domain", "grade", "findings", "selfcheck"} <= set(d)
        for f in d["findings"]:
            assert {"code", "severity", "controls", "evidence"} <= set(f)
    spf = next(d for d in data if d["domain"] == "spfbad.test")
    relay = next(f for f in spf["findings"] if f["code"] == "SPF_PASS_ALL")
    assert relay["severity"] == "critical" and "X-01" in relay["controls"]
    assert spf["grade"] == "F"
    rows = list(csv.DictReader(io.StringIO(inv.read_text())))
    assert rows[0]["domain"] == "good.test" and rows[0]["host"] == "mx.good.test"


@pytest.mark.parametrize(
    ("lang", "needle"), [("vi", "Không có bản ghi SPF"), ("zh", "缺少SPF记录"), ("en", "No SPF record")]
)
def test_text_and_csv_languages(dns_server: str, lang: str, needle: str) -> None:
    for fmt in ("text", "csv", "html"):
        res = runner.invoke(
            _app(), ["audit", "nomx.test", "--nameserver", dns_server, "--dns-only", "--lang", lang, "--format", fmt]
        )
        assert res.exit_code == 0, res.output
        assert needle in res.stdout


def test_html_has_chart_and_selfcheck(dns_server: str) -> None:
    res = runner.invoke(_app(), ["audit", "weak.test", "--nameserver", dns_server, "--dns-only", "--format", "html"])
    assert "<svg" in res.stdout and "CN-SCT-04" in res.stdout and "CN-RECT-01" in res.stdout


@pytest.mark.parametrize("lang", ["vi", "zh"])
def test_pdf(dns_server: str, tmp_path: Path, lang: str) -> None:
    latin, cjk = pdf_fonts()
    if latin is None or (lang == "zh" and cjk is None):
        pytest.skip("fonts-dejavu-core / fonts-wqy-microhei not installed")
    out = tmp_path / f"r-{lang}.pdf"
    args = ["audit", "weak.test", "--nameserver", dns_server, "--dns-only", "--lang", lang, "--format", "pdf"]
    res = runner.invoke(_app(), [*args, "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args",
    [
        ["audit"],
        ["audit", "good.test", "--ports", "smtp=abc"],
        ["audit", "good.test", "--ports", "gopher=70"],
        ["audit", "good.test", "--postfix-config", "/nonexistent/postfix"],
        ["audit", "good.test", "--format", "pdf"],
        ["audit", "good.test", "--format", "docx"],
        ["audit", "--file", "/nonexistent/list.txt"],
    ],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    assert runner.invoke(_app(), args).exit_code == 2


MAIN_CF = """compatibility_level = 3.6
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, permit
smtpd_tls_security_level = none
always_bcc = archive@elsewhere.example
maillog_file = /var/log/postfix.log
message_size_limit = 0
"""
DOVECOT = """disable_plaintext_auth = no
ssl_min_protocol = TLSv1
!include conf.d/*.conf
"""
SIEVE = """protocol lmtp {
  mail_plugins = $mail_plugins sieve
}
"""


def test_config_parsing_offline(tmp_path: Path) -> None:
    (tmp_path / "postfix").mkdir()
    (tmp_path / "postfix" / "main.cf").write_text(MAIN_CF)
    (tmp_path / "logrotate.d").mkdir()
    (tmp_path / "logrotate.d" / "postfix").write_text("/var/log/postfix.log {\n daily\n rotate 30\n}\n")
    col = Collector()
    audit_postfix(tmp_path / "postfix", col)
    found = {f.code for f in col.findings}
    assert {"CFG_POSTFIX_RELAY_UNRESTRICTED", "CFG_POSTFIX_TLS_DISABLED", "CFG_POSTFIX_ALWAYS_BCC",
            "CFG_POSTFIX_NO_SIZE_LIMIT", "CFG_POSTFIX_NO_FILTER", "CFG_LOG_RETENTION_SHORT"} <= found  # fmt: skip
    (tmp_path / "logrotate.d" / "postfix").write_text("/var/log/postfix.log {\n weekly\n rotate 26\n}\n")
    col = Collector()
    audit_postfix(tmp_path / "postfix", col)
    assert "CFG_LOG_RETENTION_SHORT" not in {f.code for f in col.findings} and "config.logs" in col.ran
    (tmp_path / "dovecot" / "conf.d").mkdir(parents=True)
    (tmp_path / "dovecot" / "dovecot.conf").write_text(DOVECOT)
    (tmp_path / "dovecot" / "conf.d" / "90-sieve.conf").write_text(SIEVE)
    col = Collector()
    audit_dovecot(tmp_path / "dovecot", col)
    assert {f.code for f in col.findings} == {
        "CFG_DOVECOT_PLAINTEXT_AUTH", "CFG_DOVECOT_TLS_LEGACY", "CFG_DOVECOT_NO_QUOTA", "CFG_DOVECOT_SIEVE_REDIRECT"
    }  # fmt: skip
