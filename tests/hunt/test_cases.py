"""Cases: one per host, updated not duplicated on re-runs, status flow, re-opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.errors import ConfigError
from mailwarden.hunt.cases import CaseStore
from mailwarden.hunt.model import HostFinding, IndicatorHit


def _finding(host: str, last: float, indicator: str = "evil.com", count: int = 3) -> HostFinding:
    hit = IndicatorHit(indicator, "domain", 100.0, last, count, ("dns",), ("bind:q.log",), (indicator,))
    return HostFinding(host, ("pc-01",), 100.0, last, count, (hit,))


def test_rerun_updates_instead_of_duplicating(tmp_path: Path) -> None:
    store = CaseStore(f"sqlite:///{tmp_path / 'cases.db'}")
    first = store.record([_finding("10.0.0.5", 200.0), _finding("10.0.0.6", 200.0)], "list@1")
    assert (first.created, first.updated) == (2, 0)
    again = CaseStore(f"sqlite:///{tmp_path / 'cases.db'}").record([_finding("10.0.0.5", 300.0, "1.2.3.4")], "list@2")
    assert (again.created, again.updated) == (0, 1)
    cases = {c.host: c for c in store.find()}
    assert len(cases) == 2
    c = cases["10.0.0.5"]
    assert c.indicator_list() == ["1.2.3.4", "evil.com"]
    assert (c.first_seen, c.last_seen, c.count, c.hunts, c.intel_version) == (100.0, 300.0, 3, 2, "list@2")


def test_status_flow_owner_notes_and_summary(tmp_path: Path) -> None:
    store = CaseStore(f"sqlite:///{tmp_path / 'c.db'}")
    store.record([_finding("a", 200.0), _finding("b", 200.0), _finding("c", 200.0)])
    with pytest.raises(ConfigError, match="cannot go"):
        store.update("a", "cleaned")
    store.update("a", "checked", owner_unit="Phòng Kỹ thuật", note="đã quét")
    case = store.update("a", "cleaned", note="reinstalled")
    assert case.status == "cleaned" and case.owner_unit == "Phòng Kỹ thuật" and "đã quét" in case.notes
    store.update("b", "false_positive")
    with pytest.raises(ConfigError, match="no case"):
        store.update("zzz", "checked")
    with pytest.raises(ConfigError, match="unknown status"):
        store.update("c", "done")
    s = store.summary()
    assert (s.found, s.open, s.checked, s.cleaned, s.false_positive, s.outstanding, s.handled) == (3, 1, 0, 1, 1, 1, 2)


def test_cleaned_case_reopens_on_new_activity(tmp_path: Path) -> None:
    store = CaseStore(f"sqlite:///{tmp_path / 'c.db'}")
    store.record([_finding("a", 200.0)])
    store.update("a", "checked")
    store.update("a", "cleaned")
    assert store.record([_finding("a", 200.0)]).reopened == 0  # same logs again: stays cleaned
    assert store.find()[0].status == "cleaned"
    out = store.record([_finding("a", 4_000_000_000.0)])  # seen after it was closed
    assert out.reopened == 1 and store.find()[0].status == "open"
