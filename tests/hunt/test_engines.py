"""End-to-end hunts: planted hosts found with the right indicator, clean hosts absent, engines identical."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mailwarden.hunt.engine_dask import DaskEngine
from mailwarden.hunt.engine_duckdb import DuckDbEngine
from mailwarden.hunt.engine_python import PythonEngine
from mailwarden.hunt.model import HuntResult
from mailwarden.hunt.runner import make_engine, run_hunt
from mailwarden.intel import IndicatorList, load_indicators


def _intel(corpus: Any) -> IndicatorList:
    iocs = IndicatorList()
    for p in corpus.intel:
        iocs.extend(load_indicators(p))
    return iocs


def _hunt(corpus: Any, engine: Any) -> HuntResult:
    logs, _ = run_hunt([corpus.root / "logs"], _intel(corpus), engine, year=2022)
    csv, _ = run_hunt([corpus.files["csv"]], _intel(corpus), engine, fmt="csv", csv_map=corpus.csv_map, year=2022)
    logs.findings.extend(csv.findings)
    logs.sources.extend(csv.sources)
    return logs


def _canon(result: HuntResult) -> list[str]:
    return sorted(json.dumps(f.to_json(), sort_keys=True) for f in result.findings)


@pytest.fixture(scope="module")
def results(shared_corpus: Any) -> dict[str, tuple[HuntResult, Any]]:
    corpus = shared_corpus
    return {
        "python": (_hunt(corpus, PythonEngine()), corpus),
        "duckdb": (_hunt(corpus, DuckDbEngine(threads=2)), corpus),
        "duckdb-streamed": (_hunt(corpus, DuckDbEngine(threads=1, native=False, batch_size=3)), corpus),
        "dask": (_hunt(corpus, DaskEngine(scheduler="threads", blocksize=256)), corpus),
    }


@pytest.mark.parametrize("engine", ["python", "duckdb", "duckdb-streamed", "dask"])
def test_planted_hosts_found_clean_hosts_absent(results: dict[str, tuple[HuntResult, Any]], engine: str) -> None:
    result, corpus = results[engine]
    by_host = {f.host: f for f in result.findings}
    for host, (family, indicator) in corpus.infected.items():
        assert host in by_host, f"{engine}: {host} ({family}) not found"
        assert indicator in by_host[host].indicators, (host, by_host[host].indicators)
        assert any(s.startswith(family + ":") for s in by_host[host].sources)
    for host in corpus.clean:
        assert host not in by_host, f"{engine}: clean host {host} reported"
    assert set(by_host) == set(corpus.infected)


def test_engines_give_identical_results(results: dict[str, tuple[HuntResult, Any]]) -> None:
    reference = _canon(results["python"][0])
    assert reference
    for name in ("duckdb", "duckdb-streamed", "dask"):
        assert _canon(results[name][0]) == reference, name


def test_malformed_counts_agree(results: dict[str, tuple[HuntResult, Any]]) -> None:
    counts = {name: sorted((Path(s.path).name, s.malformed) for s in r.sources) for name, (r, _) in results.items()}
    assert counts["python"] == counts["dask"] == counts["duckdb-streamed"] == counts["duckdb"]


def test_finding_details(results: dict[str, tuple[HuntResult, Any]]) -> None:
    by_host = {f.host: f for f in results["duckdb"][0].findings}
    bind = by_host["10.1.1.10"]
    assert bind.count == 2 and bind.dns_only
    assert bind.to_json()["first_seen"] == "2022-08-23T10:00:01.123Z"
    assert set(bind.hits[0].observed) == {"update.EVIL.com", "evil.com"}
    squid = by_host["10.1.1.20"]
    assert squid.host_names == ("nguyenvana",) and not squid.dns_only
    mail = by_host["bob@agency.gov.vn"]
    assert mail.hits[0].via == ("mail",)
    assert by_host["10.1.1.17"].first_seen == pytest.approx(1661224800.0)  # +0700 honoured


def test_dask_distributed_local_cluster(corpus: Any) -> None:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    with cluster:
        engine = make_engine("dask", scheduler_address=cluster.scheduler_address)
        try:
            res, _ = run_hunt([corpus.root / "logs"], _intel(corpus), engine, year=2022)
        finally:
            engine.scheduler.close()  # type: ignore[attr-defined]
    ref, _ = run_hunt([corpus.root / "logs"], _intel(corpus), PythonEngine(), year=2022)
    assert _canon(res) == _canon(ref)


@pytest.mark.parametrize("engine", ["python", "duckdb", "duckdb-streamed"])
def test_impossible_timestamps_are_malformed_lines_not_a_crash(tmp_path: Path, engine: str) -> None:
    # NaN in a Zeek log once reached the case store's first/last-seen columns and aborted the hunt; 1e300
    # cannot be written as a date in the report. They count as malformed lines; the good lines are hunted.
    logs = tmp_path / "logs"
    (logs / "zeek").mkdir(parents=True)
    fields = "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto"
    bad = ["1e300", "nan", "inf", "-1", "99999999999999.5"]
    rows = [f"{ts}\tC{i}\t10.1.2.{i}\t5000\t203.0.113.66\t443\ttcp" for i, ts in enumerate(bad)]
    (logs / "zeek" / "conn.log").write_text(
        "\n".join(["#path\tconn", fields, *rows, "1661249000.5\tCok\t10.1.1.14\t5000\t203.0.113.66\t443\ttcp"]) + "\n"
    )
    (logs / "access.log").write_text(
        "99999999999999.123    250 10.1.2.9 TCP_MISS/200 40211 GET http://payload.org/x - HIER_DIRECT/192.0.2.80 -\n"
        "1661249500.123    250 10.1.1.20 TCP_MISS/200 40211 GET http://payload.org/x - HIER_DIRECT/192.0.2.80 -\n"
    )
    intel = tmp_path / "iocs.txt"
    intel.write_text("203.0.113.66\npayload.org\n")
    engines = {
        "python": PythonEngine(),
        "duckdb": DuckDbEngine(threads=1),
        "duckdb-streamed": DuckDbEngine(threads=1, native=False, batch_size=2),
    }
    result, _ = run_hunt([logs], load_indicators(intel), engines[engine], year=2022)
    assert {f.host for f in result.findings} == {"10.1.1.14", "10.1.1.20"}
    assert result.malformed == len(bad) + 1
    assert all(f.to_json()["first_seen"].startswith("2022-08-23") for f in result.findings)
