"""`report sample` to a CERT also reports the sample to the fuzzy check: the rest of the campaign scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner

from mailwarden.cli.main import app as full_app
from mailwarden.cli.report import register as register_report
from mailwarden.stores import Store

LETTER = (
    "Kính gửi đồng chí,\r\n\r\nThực hiện chỉ đạo của Bộ về việc rà soát tài khoản thư điện tử công vụ, đề nghị "
    "đồng chí đăng nhập vào cổng xác thực trong vòng 24 giờ để cập nhật mật khẩu và thông tin cá nhân. Quá thời hạn "
    "trên, hộp thư của đồng chí sẽ bị tạm khóa và toàn bộ dữ liệu sẽ bị xóa theo quy định. Đường dẫn xác thực: "
    "http://login.bocongan-gov.com/xac-thuc?id={who}\r\n\r\nTrân trọng,\r\nVăn phòng Bộ\r\n"
)


def letter(who: str) -> bytes:
    return (
        f"From: <vanthu@bocongan-gov.com>\r\nTo: {who}@agency.gov.vn\r\nSubject: Xac thuc tai khoan\r\n"
        f"Date: Mon, 2 Mar 2026 08:00:00 +0700\r\nMessage-ID: <{who}@bocongan-gov.com>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + LETTER.format(who=who).encode()


def test_a_sample_reported_to_the_cert_marks_its_campaign(
    store: Store, record_event: Any, sink: Any, tmp_path: Path
) -> None:
    ev = record_event(store, raw=letter("canbo"), categories=("phishing",))
    cfg = tmp_path / "mw.toml"
    cfg.write_text(f'[store]\nurl = "{store.engine.url}"\n', encoding="utf-8")
    rcfg = tmp_path / "reports.toml"
    rcfg.write_text(
        f'[reports]\nfrom_address = "soc@agency.gov.vn"\nrelay = "127.0.0.1:{sink.port}"\nrelay_tls = "off"\n'
        '[reports.destinations.vncert]\nto = ["antispam@vncert.test"]\nlanguage = "vi"\n',
        encoding="utf-8",
    )
    app = typer.Typer()
    register_report(app)
    args = ["report", "sample", ev.id, "--to", "vncert", "-c", str(cfg), "--reports-config", str(rcfg)]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    assert "fuzzy digests of 1 sample(s) stored" in r.output and len(sink.messages) == 1
    copy = tmp_path / "copy.eml"
    copy.write_bytes(letter("ketoan"))
    res = CliRunner().invoke(full_app, ["scan", "--offline", "--json", "-c", str(cfg), str(copy)])
    syms = {s["name"]: s["score"] for s in json.loads(res.output.splitlines()[0])["symbols"]}
    assert syms.get("FUZZY_PHISHING", 0) >= 7.0
