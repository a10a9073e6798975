"""``[reports]`` lives in the main configuration; ``--reports-config`` replaces it when given."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.cli.report import report_settings
from mailwarden.config import load_settings
from mailwarden.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "mailwarden.toml"


def test_main_config_reports_section_is_used_and_validated(tmp_path: Path) -> None:
    settings = load_settings(EXAMPLE, environ={})
    rs = report_settings(settings, None)
    assert rs.organisation == "Example Ministry" and rs.language == "vi"
    assert [r.name for r in rs.auto] == ["malware", "spoof-of-us"]
    assert rs.destination("vncert")[1].stix is True
    other = tmp_path / "r.toml"
    other.write_text('[reports]\norganisation = "Other"\n')
    assert report_settings(settings, other).organisation == "Other"
    bad = tmp_path / "bad.toml"
    bad.write_text('[[reports.auto]]\nname = "x"\ndestination = "nowhere"\n')
    with pytest.raises(ConfigError, match="nowhere"):
        load_settings(bad, environ={})
