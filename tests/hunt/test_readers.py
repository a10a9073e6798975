"""Each reader finds its planted hosts, skips noise, and counts (never raises on) malformed lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mailwarden.hunt.files import expand_paths
from mailwarden.hunt.readers import detect, get_reader
from mailwarden.hunt.sources import plan_sources, read_source

FAMILIES = [
    "bind",
    "dnsmasq",
    "unbound",
    "windns",
    "zeek",
    "suricata",
    "squid",
    "iptables",
    "pfsense",
    "postfix",
    "dovecot",
    "csv",
]


def _hosts_and_stats(path: Path, fmt: str | None = None, csv_map: str = "") -> tuple[set[str], int, set[str]]:
    sources, unknown = plan_sources([path], fmt, csv_map or None)
    assert not unknown
    hosts: set[str] = set()
    readers: set[str] = set()
    malformed = 0
    for src in sources:
        events, stats = read_source(src, 2022)
        hosts |= {e.host for e in events}
        malformed += stats.malformed
        readers.add(src.reader.name)
        assert stats.malformed == 0 or stats.samples
    return hosts, malformed, readers


@pytest.mark.parametrize("family", FAMILIES)
def test_reader_finds_planted_hosts_and_counts_malformed(corpus: Any, family: str) -> None:
    path = corpus.files[family].parent if family == "zeek" else corpus.files[family]
    fmt = "csv" if family == "csv" else None
    hosts, malformed, readers = _hosts_and_stats(path, fmt, corpus.csv_map)
    assert readers == {family}, "format detection"
    planted = {h for h, (fam, _) in corpus.infected.items() if fam == family}
    assert planted <= hosts
    assert malformed == corpus.malformed[family]


def test_bind_events_fields(corpus: Any) -> None:
    src = plan_sources([corpus.files["bind"]], rotated=False)[0][0]
    events, stats = read_source(src, 2022)
    evs = list(events)
    assert evs[0].domain == "update.EVIL.com" and evs[0].host == "10.1.1.10" and evs[0].kind == "dns"
    assert evs[0].ts == pytest.approx(1661248801.123)
    assert stats.events == len(evs) == 5


def test_windns_only_client_queries_and_pm_time(corpus: Any) -> None:
    src = plan_sources([corpus.files["windns"]])[0][0]
    evs = list(read_source(src, 2022)[0])
    assert [(e.host, e.domain) for e in evs] == [("10.1.1.13", "mail.evil.com"), ("10.9.9.4", "google.com")]
    assert evs[1].ts - evs[0].ts == 3 * 3600 + 2


def test_squid_user_and_connect_domain(corpus: Any) -> None:
    src = plan_sources([corpus.files["squid"]])[0][0]
    evs = list(read_source(src, 2022)[0])
    assert evs[0].host_name == "nguyenvana" and evs[0].domain == "payload.org" and evs[0].dest_ip == "192.0.2.80"
    assert evs[1].domain == "www.google.com" and evs[1].host_name == ""
    assert evs[2].dest_ip == ""


def test_rotations_are_expanded_and_decompressed(corpus: Any) -> None:
    names = [p.name for p in expand_paths([corpus.files["bind"]])]
    assert names == ["query.log", "query.log.1.gz", "query.log.2.zst"]
    hosts, _, _ = _hosts_and_stats(corpus.files["bind"])
    assert {"10.1.1.30", "10.1.1.31"} <= hosts
    assert [p.name for p in expand_paths([corpus.files["bind"]], rotated=False)] == ["query.log"]


def test_detect_unknown_and_csv_needs_mapping(tmp_path: Path) -> None:
    assert detect(["hello world", "nothing here"]) is None
    with pytest.raises(Exception, match="csv-map"):
        get_reader("csv")
    p = tmp_path / "x.txt"
    p.write_text("hello\n")
    assert plan_sources([p])[1] == [p]


def test_byte_ranges_cover_every_line_once(corpus: Any) -> None:
    src = plan_sources([corpus.files["bind"]], rotated=False)[0][0]
    whole = list(read_source(src, 2022)[0])
    parts = []
    for start in range(0, src.size, 97):
        parts.extend(read_source(src, 2022, start, min(start + 97, src.size))[0])
    assert parts == whole
