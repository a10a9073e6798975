"""Settings: TOML + environment overrides, unknown keys rejected with dotted paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.config import load_settings
from mailwarden.errors import ConfigError
from mailwarden.verdict import Action

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "mailwarden.toml"


def test_example_config_is_valid_and_documents_sections() -> None:
    s = load_settings(EXAMPLE, environ={})
    assert s.general.authserv_id == "mx.example.gov.vn"
    assert "mof.gov.vn" in s.domains.protected


def test_unknown_key_is_rejected_with_dotted_path(tmp_path: Path) -> None:
    p = tmp_path / "c.toml"
    p.write_text("[dns]\ntimeot = 3\n")
    with pytest.raises(ConfigError, match=r"dns\.timeot"):
        load_settings(p, environ={})
    p.write_text("[actions]\nreject = 'high'\n")
    with pytest.raises(ConfigError, match=r"actions\.reject"):
        load_settings(p, environ={})
    p.write_text("[general\n")
    with pytest.raises(ConfigError, match="TOML syntax"):
        load_settings(p, environ={})
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml", environ={})


def test_environment_overrides_and_secret_files(tmp_path: Path) -> None:
    secret = tmp_path / "id"
    secret.write_text("mx1.example\n")
    s = load_settings(
        None,
        environ={
            "MAILWARDEN__DNS__TIMEOUT": "7.5",
            "MAILWARDEN__DNS__NAMESERVERS": '["127.0.0.1:5353"]',
            "MAILWARDEN__FORCED__GTUBE": "quarantine",
            "MAILWARDEN__GENERAL__AUTHSERV_ID_FILE": str(secret),
        },
    )
    assert s.dns.timeout == 7.5
    assert s.dns.nameservers == ["127.0.0.1:5353"]
    assert s.forced["GTUBE"] is Action.QUARANTINE
    assert s.general.authserv_id == "mx1.example"
    with pytest.raises(ConfigError, match=r"dns\.timeout"):
        load_settings(None, environ={"MAILWARDEN__DNS__TIMEOUT": "-1"})
