"""``mailwarden hunt`` through typer's CliRunner: hunt → cases → report, JSON output, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner

from mailwarden.cli.hunt import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Test root."""

    return app


def test_hunt_cases_report_end_to_end(corpus: Any, tmp_path: Path) -> None:
    app, runner = _app(), CliRunner()
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    intel = [a for p in corpus.intel for a in ("--intel", str(p))]
    args = ["hunt", str(corpus.root / "logs"), *intel, "--db", db, "--year", "2022", "--json"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    objs = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    hosts = {o["host"]: o for o in objs}
    assert "10.1.1.10" in hosts and "10.9.9.1" not in hosts
    assert {"host", "indicators", "first_seen", "last_seen", "count"} <= set(hosts["10.1.1.10"])
    # second run, dask engine, table output: cases updated, not duplicated
    res = runner.invoke(
        app, ["hunt", str(corpus.root / "logs"), *intel, "--db", db, "--engine", "dask"], env={"COLUMNS": "200"}
    )
    assert res.exit_code == 0, res.output
    assert "Infected hosts" in res.stdout and "10.1.1.10" in res.stdout
    res = runner.invoke(app, ["hunt", "cases", "list", "--db", db, "--json"])
    cases = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(cases) == len(hosts) and all(c["hunts"] == 2 for c in cases)
    res = runner.invoke(
        app, ["hunt", "cases", "set", "10.1.1.10", "--status", "checked", "--owner", "P.CNTT", "--db", db]
    )
    assert res.exit_code == 0 and "checked" in res.stdout
    res = runner.invoke(app, ["hunt", "cases", "set", "10.1.1.10", "--status", "open", "--db", db])
    assert res.exit_code == 0
    res = runner.invoke(app, ["hunt", "cases", "set", "10.1.1.11", "--status", "cleaned", "--db", db])
    assert res.exit_code == 2
    out = tmp_path / "bao-cao.xlsx"
    res = runner.invoke(
        app,
        [
            "hunt",
            "report",
            "--format",
            "xlsx",
            "--lang",
            "vi",
            "--units-informed",
            "12",
            "--units-deploying",
            "9",
            "-o",
            str(out),
            "--db",
            db,
        ],
    )
    assert res.exit_code == 0, res.output
    from openpyxl import load_workbook

    values = [row for row in load_workbook(out).active.iter_rows(values_only=True)]
    assert ("Tổng số đơn vị, tổ chức nhận được thông tin về chiến dịch", 12) in values
    assert ("Số máy tính, thiết bị phát sinh kết nối đến địa chỉ độc hại", len(hosts)) in values


def test_hunt_errors_exit_2(tmp_path: Path) -> None:
    app, runner = _app(), CliRunner()
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n")
    res = runner.invoke(app, ["hunt", str(tmp_path / "missing.log"), "--intel", str(empty), "--no-cases"])
    assert res.exit_code == 2
    log = tmp_path / "a.log"
    log.write_text("x\n")
    res = runner.invoke(app, ["hunt", str(log), "--intel", str(tmp_path / "nope.txt"), "--no-cases"])
    assert res.exit_code == 2
