"""`quarantine delete --learn-spam`: a reviewer's confirmed junk teaches the shared classifier."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from mailwarden.classifier.learned import LearningRepository
from mailwarden.cli.main import app
from mailwarden.stores import EventRecord, open_store

runner = CliRunner()
SPAM = (
    b"From: Deals <deals@promo-mailer.example>\r\nTo: minh@agency.example\r\nSubject: Make money fast\r\n"
    b"Message-ID: <q1@promo-mailer.example>\r\n\r\nClick here to claim your free prize! Order now and save 90%.\r\n"
)


def held(tmp_path: Path) -> tuple[Path, str, LearningRepository]:
    url = f"sqlite:///{tmp_path}/mw.db"
    store = open_store(url)
    ev = EventRecord(
        id=uuid.uuid4().hex, received_at=datetime.now(UTC), adapter="milter", direction="inbound",
        rcpt_to=("minh@agency.example",), size=len(SPAM), action="quarantine", score=11.0, categories=("spam",),
    )  # fmt: skip
    store.record(ev, SPAM)
    cfg = tmp_path / "mw.toml"
    cfg.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    return cfg, ev.id, LearningRepository(store.engine)


def test_delete_with_learn_spam_teaches_the_shared_store(tmp_path: Path) -> None:
    cfg, qid, repo = held(tmp_path)
    res = runner.invoke(app, ["quarantine", "delete", qid, "--learn-spam", "-c", str(cfg)])
    assert res.exit_code == 0, res.output
    assert "learned as spam" in res.output and f"deleted {qid}" in res.output
    assert repo.stats().spam == 1 and repo.stats().ham == 0
    assert repo.stats().by_source == {"report_spam": 1}
    again = runner.invoke(app, ["quarantine", "delete", qid, "--learn-spam", "-c", str(cfg)])
    assert again.exit_code != 0 and "no stored original" in again.output
    assert repo.stats().spam == 1  # the original is gone: nothing learned twice


def test_plain_delete_learns_nothing(tmp_path: Path) -> None:
    cfg, qid, repo = held(tmp_path)
    res = runner.invoke(app, ["quarantine", "delete", qid, "-c", str(cfg)])
    assert res.exit_code == 0, res.output
    assert repo.stats().spam == 0 and "learned" not in res.output


def test_learn_stats_show_what_was_learned_by_whom(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/learn.db"
    empty = runner.invoke(app, ["learn", "--stats", "--json", "--store", url])
    assert empty.exit_code == 0, empty.output
    assert json.loads(empty.stdout)["ham"] == 0 and not (tmp_path / "learn.db").exists()  # asking creates nothing
    (tmp_path / "m.eml").write_bytes(SPAM)
    assert runner.invoke(app, ["learn", "--spam", str(tmp_path / "m.eml"), "--store", url]).exit_code == 0
    got = json.loads(runner.invoke(app, ["learn", "--stats", "--json", "--store", url]).stdout)
    assert (got["spam"], got["ham"], got["by_source"]) == (1, 0, {"manual_spam": 1})
    assert got["site_weight"] == 0.0  # no ham learned yet: the site model does not count
    text = runner.invoke(app, ["learn", "--stats", "--store", url]).stdout
    assert "spam learned: 1 (manual 1)" in text and "ham learned:  0 (-)" in text
    # The shipped model was trained on Vietnamese and Chinese mail: nothing left to lift.
    assert got["vi_zh_trust"] == 1.0 and got["model_vizh"]["ham"] >= 50
    assert "is 100% lifted" in text
    assert runner.invoke(app, ["learn", "--store", url]).exit_code != 0  # neither --stats nor messages
