"""``mailwarden scan``: JSON Lines contract, mbox indexing, envelope flags, workers, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailwarden.cli.main import app

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "messages"
KEYS = {"path", "action", "score", "categories", "symbols", "auth"}
ACTIONS = {"accept", "add_header", "quarantine", "reject", "tempfail"}
CATEGORIES = {"spam", "phishing", "malware", "spoof", "dlp", "policy"}

runner = CliRunner()


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _config(tmp_path: Path, extra: str = "", name: str = "mw.toml") -> Path:
    p = tmp_path / name
    p.write_text('[domains]\nlocal = ["example.gov.vn"]\n' + extra)
    return p


def test_json_lines_contract_on_examples(tmp_path: Path) -> None:
    res = runner.invoke(app, ["scan", "--offline", "--json", "-c", str(_config(tmp_path)), str(EXAMPLES)])
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert len(recs) == 4
    for r in recs:
        assert r.keys() >= KEYS
        assert r["action"] in ACTIONS
        assert isinstance(r["score"], float)
        assert set(r["categories"]) <= CATEGORIES  # type: ignore[arg-type]
        assert set(r["auth"]) == {"spf", "dkim", "dmarc", "arc"}  # type: ignore[arg-type]
        for s in r["symbols"]:  # type: ignore[attr-defined]
            assert set(s) == {"name", "score", "detail"}
    by = {Path(str(r["path"])).name: r for r in recs}
    assert by["01-clean.eml"]["action"] == "accept"
    assert by["02-gtube.eml"]["action"] == "reject"
    assert "spam" in by["02-gtube.eml"]["categories"]  # type: ignore[operator]
    names3 = {s["name"] for s in by["03-display-name.eml"]["symbols"]}  # type: ignore[attr-defined]
    assert {"SPOOF_DISPLAY_NAME_PROTECTED", "SPOOF_REPLYTO_FREEMAIL"} <= names3 or (
        "SPOOF_DISPLAY_NAME_PROTECTED" in names3
    )
    names4 = {s["name"] for s in by["04-spoofed-domain.eml"]["symbols"]}  # type: ignore[attr-defined]
    assert {"SPOOF_PROTECTED_UNVERIFIED", "SPOOF_REPLYTO_FREEMAIL"} <= names4
    assert "spoof" in by["04-spoofed-domain.eml"]["categories"]  # type: ignore[operator]


def test_mbox_messages_are_indexed_and_workers_keep_order(tmp_path: Path) -> None:
    mbox = tmp_path / "box.mbox"
    parts = []
    for i in range(30):
        parts.append(
            f"From sender{i}@example.net Mon Nov 23 10:00:00 2026\n"
            f"From: s{i}@example.net\nTo: x@example.gov.vn\nSubject: n{i}\n\nbody {i}\n"
        )
    mbox.write_text("\n".join(parts))
    one = runner.invoke(app, ["scan", "--offline", "--json", str(mbox)])
    assert one.exit_code == 0, one.output
    recs = _jsonl(one.stdout)
    assert [r["path"] for r in recs] == [f"{mbox}#{i}" for i in range(30)]
    files = tmp_path / "many"
    files.mkdir()
    for i in range(60):
        (files / f"m{i:03}.eml").write_text(f"From: a@b.example\nSubject: {i}\n\nx\n")
    res = runner.invoke(app, ["scan", "--offline", "--json", "--workers", "2", str(files)])
    assert res.exit_code == 0, res.output
    assert [Path(str(r["path"])).name for r in _jsonl(res.stdout)] == [f"m{i:03}.eml" for i in range(60)]


def test_envelope_flags_reach_the_checks(tmp_path: Path) -> None:
    # From: a protected domain; client 127.0.0.1 is internal by default -> no spoofing symbol
    msg = EXAMPLES / "04-spoofed-domain.eml"
    cfg = str(_config(tmp_path))
    inside = runner.invoke(app, ["scan", "--offline", "--json", "-c", cfg, "--client-ip", "127.0.0.1", str(msg)])
    outside = runner.invoke(app, ["scan", "--offline", "--json", "-c", cfg, "--client-ip", "203.0.113.5", str(msg)])
    names_in = {s["name"] for s in _jsonl(inside.stdout)[0]["symbols"]}  # type: ignore[attr-defined]
    names_out = {s["name"] for s in _jsonl(outside.stdout)[0]["symbols"]}  # type: ignore[attr-defined]
    assert "SPOOF_PROTECTED_UNVERIFIED" not in names_in
    assert "SPOOF_PROTECTED_UNVERIFIED" in names_out


def test_bad_config_and_missing_path_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[engine]\nnope = 1\n")
    res = runner.invoke(app, ["scan", "--offline", "-c", str(bad), str(EXAMPLES)])
    assert res.exit_code == 2
    assert "engine.nope" in res.output
    res = runner.invoke(app, ["scan", "--offline", str(tmp_path / "nothing-here")])
    assert res.exit_code == 2


def test_human_table_and_real_entry_point(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("mailwarden")
    if not exe.exists():
        pytest.skip("package not installed in this environment")
    out = subprocess.run(
        [str(exe), "scan", "--offline", str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "COLUMNS": "250"},
    )
    assert "02-gtube.eml" in out.stdout and "reject" in out.stdout
    assert "msg/s" in out.stdout


def test_checks_list_and_config_commands(tmp_path: Path) -> None:
    res = runner.invoke(app, ["checks", "list", "--json"])
    assert res.exit_code == 0, res.output
    rows = _jsonl(res.stdout)
    syms = {r["symbol"] for r in rows}
    assert {"GTUBE", "SPOOF_PROTECTED_DOMAIN", "MIME_LIMIT_DEPTH"} <= syms
    cfg = _config(tmp_path, "[scores]\nGTUBE = 50.0\n")
    rows = _jsonl(runner.invoke(app, ["checks", "list", "--json", "-c", str(cfg)]).stdout)
    g = next(r for r in rows if r["symbol"] == "GTUBE")
    assert g["default_score"] == 100.0 and g["score"] == 50.0
    assert runner.invoke(app, ["config", "check", "-c", str(cfg)]).exit_code == 0
    typo = _config(tmp_path, "[scores]\nGTUEB = 1.0\n", "typo.toml")
    res = runner.invoke(app, ["config", "check", "-c", str(typo)])
    assert res.exit_code == 2 and "scores.GTUEB" in res.output
    shown = json.loads(runner.invoke(app, ["config", "show", "-c", str(cfg)]).stdout)
    assert shown["scores"]["GTUBE"] == 50.0
