"""``mailwarden train|learn|eval`` on a tiny hand-made corpus through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailwarden.cli import eval as eval_cmd
from mailwarden.cli import learn, train

SPAM = (
    "From: d@promo.example\nTo: y@x.example\nSubject: free offer {i}\n\n"
    "click here free prize money offer {i} http://promo.example/\n"
)
HAM = (
    "From: t@lists.example\nTo: y@x.example\nSubject: meeting notes {i}\n\n"
    "the meeting is moved to thursday, agenda item {i}\n"
)


def app() -> typer.Typer:
    a = typer.Typer(add_completion=False, pretty_exceptions_enable=False)

    @a.callback()
    def _root() -> None:
        """test app"""

    for mod in (train, learn, eval_cmd):
        mod.register(a)
    return a


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    lines = ["label\tpath"]
    for i in range(12):
        (root / f"s{i}.eml").write_text(SPAM.format(i=i))
        (root / f"h{i}.eml").write_text(HAM.format(i=i))
        lines += [f"spam\ts{i}.eml", f"ham\th{i}.eml"]
    (root / "INDEX.tsv").write_text("\n".join(lines) + "\n")
    return root


def test_train_writes_a_loadable_model(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.npz"
    res = CliRunner().invoke(app(), ["train", "--index", str(corpus / "INDEX.tsv"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists() and json.loads(out.with_suffix(".json").read_text())["trained_on"]["spam"] == 12


def test_learn_needs_one_label_and_stores_counts(corpus: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/l.db"
    assert CliRunner().invoke(app(), ["learn", str(corpus / "s0.eml"), "--store", url]).exit_code == 2
    res = CliRunner().invoke(app(), ["learn", "--ham", str(corpus / "s0.eml"), "--store", url])
    assert res.exit_code == 0, res.output
    assert "learned 1 as ham" in res.output and "1 ham" in res.output


def test_eval_offline_and_online(corpus: Path, tmp_path: Path) -> None:
    js, scores, png = tmp_path / "e.json", tmp_path / "s.tsv", tmp_path / "roc.png"
    args = ["eval", str(corpus), "--labels", str(corpus / "INDEX.tsv"), "--json", str(js)]
    res = CliRunner().invoke(app(), [*args, "--scores-out", str(scores), "--png", str(png)])
    assert res.exit_code == 0, res.output
    report = json.loads(js.read_text())
    assert report["n"] == 24 and 0.0 <= report["auc"] <= 1.0 and set(report["per_label"]) == {"ham", "spam"}
    rows = [ln.split("\t") for ln in scores.read_text().splitlines()]
    assert len(rows) == 24 and all(r[2] in ("0", "1") for r in rows)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    res = CliRunner().invoke(app(), [*args, "--online"])
    assert res.exit_code == 0, res.output
    assert json.loads(js.read_text())["online"] is True


def test_eval_reads_a_trec_spam_track_index(corpus: Path, tmp_path: Path) -> None:
    """TREC's own layout: full/index with "spam ../data/inmail.N" lines, messages in data/."""
    trec = tmp_path / "trec07p"
    (trec / "data").mkdir(parents=True)
    (trec / "full").mkdir()
    lines = []
    for i in range(12):
        for label, name in (("spam", f"s{i}.eml"), ("ham", f"h{i}.eml")):
            k = len(lines) + 1
            (trec / "data" / f"inmail.{k}").write_bytes((corpus / name).read_bytes())
            lines.append(f"{label} ../data/inmail.{k}")
    (trec / "full" / "index").write_text("\n".join(lines) + "\n")
    scores = tmp_path / "s.tsv"
    res = CliRunner().invoke(
        app(),
        ["eval", str(trec), "--labels", str(trec / "full" / "index"), "--online", "--scores-out", str(scores)],
    )
    assert res.exit_code == 0, res.output
    rows = [ln.split("\t") for ln in scores.read_text().splitlines()]
    assert len(rows) == 24 and rows[0][0].endswith("inmail.1")


def test_training_is_reproducible_wherever_the_corpus_is_unpacked(corpus: Path, tmp_path: Path) -> None:
    """The calibration's folds hash names relative to the corpus, not the (temporary) unpack dir."""
    import shutil

    other = tmp_path / "elsewhere" / "deeper" / "corpus"
    shutil.copytree(corpus, other)
    metas = []
    for root, name in ((corpus, "a.npz"), (other, "b.npz")):
        out = tmp_path / name
        res = CliRunner().invoke(app(), ["train", "--index", str(root / "INDEX.tsv"), "--out", str(out)])
        assert res.exit_code == 0, res.output
        metas.append(json.loads(out.with_suffix(".json").read_text()))
    assert metas[0]["points_per_logit"] == metas[1]["points_per_logit"]
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_learn_teaches_the_rule_hits_too(tmp_path: Path) -> None:
    """`mailwarden learn` runs the rule checks, so a site can unlearn a rule that misfires on its mail."""
    from mailwarden.classifier.features import rule_bucket
    from mailwarden.classifier.learned import LearnedCache

    msg = tmp_path / "notice.eml"
    msg.write_text(
        "From: IT <it@agency.example>\nTo: staff@agency.example\nSubject: SERVER MAINTENANCE TONIGHT\n\n"
        "The intranet at http://10.1.2.3/portal will be down from 22:00 to 23:00.\n"
    )
    url = f"sqlite:///{tmp_path}/l.db"
    res = CliRunner().invoke(app(), ["learn", "--ham", str(msg), "--store", url])
    assert res.exit_code == 0, res.output
    deltas = LearnedCache(url, 0.001).deltas()
    assert deltas is not None
    for sym in ("SUBJ_ALL_CAPS", "PHISH_IP_URL"):
        assert deltas[rule_bucket(sym)] < 0, sym


def test_learn_with_a_config_that_sets_classifier_options(corpus: Path, tmp_path: Path) -> None:
    """A config with [checks.spam_classifier] (store_url, as every site sets it) and rule-check options:
    `learn` runs the rule checks alone and must neither refuse the classifier's section nor drop theirs."""
    url = f"sqlite:///{tmp_path}/site.db"
    cfg = tmp_path / "mailwarden.toml"
    cfg.write_text(
        f'[checks.spam_classifier]\nstore_url = "{url}"\nthin_words = 30\n\n[checks.headers]\nenabled = false\n',
        encoding="utf-8",
    )
    res = CliRunner().invoke(app(), ["learn", "--ham", "-c", str(cfg), str(corpus / "s0.eml")])
    assert res.exit_code == 0, res.output
    assert "learned 1 as ham" in res.output

    from mailwarden.config import load_settings
    from mailwarden.engine.rulehits import RuleHits

    names = {c.name for c in RuleHits(load_settings(cfg)).engine.registry.checks}
    assert "headers" not in names and "body" in names
