"""``mailwarden dlp scan`` and ``mailwarden outbound classify`` (registered by ``mailwarden.cli.outbound``)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from mailwarden.cli.outbound import register
from mailwarden.dlp import samples

app = typer.Typer()
register(app)
runner = CliRunner()


def test_dlp_scan_documents_and_messages(tmp_path: Path) -> None:
    (tmp_path / "stamped.docx").write_bytes(samples.docx(["Độ mật: TUYỆT MẬT"]))
    (tmp_path / "clean.pdf").write_bytes(samples.pdf(["Giấy mời họp"]))
    eml = b"From: a@x.vn\r\nSubject: =?utf-8?b?56eY5a+G4piF?=\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    (tmp_path / "m.eml").write_bytes(eml)
    res = runner.invoke(
        app, ["dlp", "scan", "--json", *(str(tmp_path / n) for n in ("stamped.docx", "clean.pdf", "m.eml"))]
    )
    assert res.exit_code == 1, res.output
    rows = {Path(r["path"]).name: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["stamped.docx"]["triggered"] == {"classified_vn": "stamped.docx: Độ mật: TUYỆT MẬT"}
    assert rows["clean.pdf"]["triggered"] == {}
    assert rows["m.eml"]["triggered"] == {"classified_cn": "subject: 秘密★"}
    clean = runner.invoke(app, ["dlp", "scan", str(tmp_path / "clean.pdf")])
    assert clean.exit_code == 0 and "clean" in clean.stdout


def test_dlp_scan_uses_the_configured_dictionaries(tmp_path: Path) -> None:
    cfg = tmp_path / "mw.toml"
    cfg.write_text('[checks.outbound_dlp]\ndictionaries = { du-an = ["Sao Mai"] }\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Dự án Sao Mai", encoding="utf-8")
    res = runner.invoke(app, ["dlp", "scan", "-c", str(cfg), str(tmp_path / "a.txt")])
    assert res.exit_code == 1 and "keyword" in res.stdout


def test_outbound_classify(tmp_path: Path) -> None:
    cfg = tmp_path / "mw.toml"
    cfg.write_text('[domains]\nlocal = ["agency.gov.vn"]\n[general]\noffline = true\n', encoding="utf-8")
    args = ["outbound", "classify", "--json", "-c", str(cfg), "a@agency.gov.vn", "b@qq.com", "c@mof.gov.cn", "d@x.com"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    classes = [json.loads(line)["class"] for line in res.stdout.splitlines()]
    assert classes == ["internal", "freemail", "foreign", "external"]
