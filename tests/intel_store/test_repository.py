"""The shared indicator store on SQLite and PostgreSQL: diffs, TTL, attribution, reload, CLI."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from mailwarden.cli.intel import register
from mailwarden.intel.importers import import_bytes
from mailwarden.intel.indicators import IndicatorKind as K
from mailwarden.intel.repository import IntelRepository, engine_for_url
from mailwarden.intel.sources import IndexCache, SqlIndicatorSource

PG_URL = os.environ.get("MAILWARDEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:54329/mailwarden_test")
FIX = Path(__file__).parent / "fixtures"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/mw.db"
        return
    try:
        repo = IntelRepository(engine_for_url(PG_URL))
        with repo.engine.begin() as conn:
            conn.execute(text("DELETE FROM intel_indicators"))
            conn.execute(text("DELETE FROM intel_lists"))
        repo.engine.dispose()
    except Exception as e:  # unreachable server
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL not reachable at {PG_URL}: {e}")
        pytest.skip(f"PostgreSQL not reachable: {e}")
    yield PG_URL


def lst(body: str, name: str = "camp", category: str = "malware") -> object:
    return import_bytes(body.encode(), "camp.txt", name=name, category=category)


def test_reimport_diff_ttl_and_attribution(url: str) -> None:
    repo = IntelRepository(engine_for_url(url))
    d1 = repo.save(lst("192.0.2.1\nevil[.]example\n10.9.0.0/16\n"), ttl_days=30)  # type: ignore[arg-type]
    assert d1.new_list and len(d1.added) == 3 and not d1.removed
    fp1 = repo.fingerprint()
    new = lst("192.0.2.1\nevil[.]example\nbad[.]example\n")
    preview = repo.diff(new)  # type: ignore[arg-type]
    assert preview.added == [(K.DOMAIN, "bad.example")] and preview.removed == [(K.CIDR, "10.9.0.0/16")]
    assert repo.get_list("camp").count == 3  # type: ignore[union-attr]  # preview wrote nothing
    d2 = repo.save(new)  # type: ignore[arg-type]
    assert (d2.added, d2.removed, d2.unchanged) == (preview.added, preview.removed, 2)
    assert repo.fingerprint() != fp1
    info = repo.get_list("camp")
    assert info is not None and info.generation == 2 and info.count == 3 and info.expires_at is None
    repo.save(lst("https://evil.example/login\n", name="phish", category="phishing"), ttl_days=1)  # type: ignore[arg-type]
    index = repo.load_index()
    m = index.match_domain("a.b.evil.example")
    assert m is not None and [r.name for r in m.lists] == ["camp"]
    url_hit = index.match_url("HTTP://EVIL.example:80/login")
    assert url_hit is not None and url_hit.lists[0].category == "phishing"
    # TTL: the phishing list has expired two days later and no longer matches
    later = repo.load_index(now=datetime.now(UTC) + timedelta(days=2))
    assert later.match_url("http://evil.example/login") is None
    assert later.match_domain("evil.example") is not None
    assert {i.name for i in repo.lists()} == {"camp", "phish"}
    assert repo.remove("phish") and not repo.remove("phish")
    repo.engine.dispose()


def test_sql_source_missing_file_is_empty_and_cache_reloads(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/none/x.db"
    src = SqlIndicatorSource(url)
    assert src.fingerprint() == "" and len(src.load()) == 0
    assert not (tmp_path / "none").exists()  # a filter never creates the database
    url = f"sqlite:///{tmp_path}/x.db"
    repo = IntelRepository(engine_for_url(url))
    repo.save(lst("192.0.2.1\n"))  # type: ignore[arg-type]
    cache = IndexCache(SqlIndicatorSource(url), refresh_seconds=0.01)
    assert cache.get().match_ip("192.0.2.1") is not None
    repo.save(lst("192.0.2.2\n"))  # type: ignore[arg-type]
    time.sleep(0.02)
    cache.get()  # notices the new generation, rebuilds in the background
    deadline = time.monotonic() + 5
    while cache.get().match_ip("192.0.2.2") is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert cache.get().match_ip("192.0.2.2") is not None and cache.get().match_ip("192.0.2.1") is None


def test_cli_import_list_diff_check_export(tmp_path: Path) -> None:
    import typer

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    store = f"sqlite:///{tmp_path}/cli.db"
    r = runner.invoke(app, ["intel", "import", str(FIX / "vi_phu_luc.txt"), "--name", "cd2022", "--store", store])
    assert r.exit_code == 0, r.output
    assert "cd2022" in r.output and "+8 -0" in r.output
    r = runner.invoke(app, ["intel", "import", str(FIX / "zh_fujian.txt"), "--store", store, "--json"])
    assert r.exit_code == 0 and json.loads(r.output)[0]["name"] == "zh_fujian"
    r = runner.invoke(app, ["intel", "list", "--json", "--store", store])
    assert {x["name"]: x["count"] for x in json.loads(r.output)} == {"cd2022": 8, "zh_fujian": 7}
    r = runner.invoke(app, ["intel", "diff", str(FIX / "vi_pdf_copy.txt"), "--name", "cd2022", "--store", store])
    assert r.exit_code == 0 and "+ domain  zalo-verify[.]net" in r.output and "- ip" in r.output
    # listed: exit 0 with indicator and list; a subdomain matches its parent, defanged input is fine
    r = runner.invoke(app, ["intel", "check", "x.mail.bocongan-gov[.]com", "--store", store])
    assert r.exit_code == 0 and "cd2022" in r.output
    r = runner.invoke(app, ["intel", "check", "45.77.248.255", "--json", "--store", store])
    assert r.exit_code == 0 and json.loads(r.output)[0]["indicator"] == "45.77.248.0/24"
    r = runner.invoke(app, ["intel", "check", "45.77.249.0", "--store", store])
    assert r.exit_code == 1 and "not listed" in r.output
    out = tmp_path / "b.json"
    r = runner.invoke(app, ["intel", "export", "cd2022", "-f", "stix", "-o", str(out), "--store", store])
    assert r.exit_code == 0 and len(import_bytes(out.read_bytes(), str(out)).unique()) == 8
    r = runner.invoke(app, ["intel", "export", "-f", "text", "--defang", "--store", store])
    assert "hxxp://update-windows[.]vn" not in r.output and "update-windows[.]vn/tai-ve" in r.output
    assert runner.invoke(app, ["intel", "remove", "zh_fujian", "--store", store]).exit_code == 0
