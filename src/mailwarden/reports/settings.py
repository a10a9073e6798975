"""The ``[reports]`` configuration: destinations (CERT addresses), language, sender, auto rules, deadlines.

Proposed as ``Settings.reports: ReportSettings``; until it is hooked in, the CLI reads the
``[reports]`` table of the same TOML file with :func:`reports_settings_from_file`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from mailwarden.errors import ConfigError

Lang = Literal["vi", "zh", "en"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Destination(_Model):
    """Where a sample report goes."""

    to: list[str] = Field(min_length=1, description="recipient addresses")
    language: Lang = Field("en", description="language of the human summary")
    arf: bool = Field(False, description="RFC 5965 multipart/report (one sample per report)")
    stix: bool = Field(False, description="attach a STIX 2.1 bundle of the indicators found")
    batch_size: int = Field(10, ge=1, le=100, description="samples per report e-mail (auto reports)")
    max_per_hour: int = Field(20, ge=1, description="report e-mails per hour to this destination")


def _default_destinations() -> dict[str, Destination]:
    # VN-IR-03 antispam@vncert.vn; CN-IR-04 abuse@12321.cn (.eml attachment only); CN-IR-02 12387@cert.org.cn
    return {
        "vncert": Destination(to=["antispam@vncert.vn"], language="vi"),
        "cncert": Destination(to=["12387@cert.org.cn"], language="zh"),
        "12321": Destination(to=["abuse@12321.cn"], language="zh"),
    }


class AutoRule(_Model):
    """Report automatically every quarantined message matching the rule."""

    name: str
    destination: str
    symbols: list[str] = Field(default_factory=list, description="any of these symbols, e.g. MALWARE_FOUND")
    categories: list[str] = Field(default_factory=list, description="any of these categories")
    dmarc_reject_protected: bool = Field(
        False, description="DMARC p=reject failure of a protected domain (a spoof of us)"
    )


class DeadlineSettings(_Model):
    """Incident deadlines in hours from discovery (requirements.md §1.5, §2.8)."""

    vn_initial_hours: float = Field(24, description="Decree 331/2026 Art. 31.2.d initial notice")
    vn_full_hours: float = Field(72, description="Decree 331/2026 cause/scope/remediation report")
    vn_circular20_days: float = Field(5, description="Circular 20/2017/TT-BTTTT notification")
    cn_cii_hours: float = Field(1, description="CAC 2025 measures Art. 4: CII operators")
    cn_state_hours: float = Field(2, description="central and state organs")
    cn_other_hours: float = Field(4, description="other operators")


class ReportSettings(_Model):
    """CERT reporting and incident settings."""

    from_address: str = Field("mailwarden@localhost", description="envelope and From: of reports")
    organisation: str = Field("", description="reporting agency, shown in summaries and documents")
    contact: str = Field("", description="contact person / phone shown in documents")
    language: Lang = "en"
    relay: str = Field("127.0.0.1:25", description="HOST:PORT of the MTA that sends reports")
    relay_tls: Literal["opportunistic", "required", "off"] = "opportunistic"
    destinations: dict[str, Destination] = Field(default_factory=_default_destinations)
    auto: list[AutoRule] = Field(default_factory=list)
    jurisdiction: Literal["vn", "cn"] = "vn"
    cn_operator_type: Literal["cii", "state", "other"] = Field("state", description="for CN deadlines")
    deadlines: DeadlineSettings = DeadlineSettings()

    @model_validator(mode="after")
    def _rules_name_destinations(self) -> ReportSettings:
        for rule in self.auto:
            if rule.destination not in self.destinations:
                raise ValueError(f"auto rule {rule.name!r}: unknown destination {rule.destination!r}")
        return self

    def destination(self, name_or_address: str) -> tuple[str, Destination]:
        """A configured destination by name, or an ad-hoc one for a bare address."""
        if name_or_address in self.destinations:
            return name_or_address, self.destinations[name_or_address]
        if "@" in name_or_address:
            return name_or_address, Destination(to=[name_or_address], language=self.language)
        known = ", ".join(sorted(self.destinations))
        raise ConfigError(f"unknown report destination {name_or_address!r} (configured: {known}; or an address)")


def reports_settings_from_mapping(data: dict[str, object] | None) -> ReportSettings:
    try:
        return ReportSettings.model_validate(data or {})
    except ValidationError as e:
        lines = ["invalid [reports] configuration:"]
        lines += [f"  reports.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()]
        raise ConfigError("\n".join(lines)) from e


def reports_settings_from_file(path: Path | None) -> ReportSettings:
    """The ``[reports]`` table of a TOML file (defaults when absent)."""
    if path is None:
        return ReportSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from e
    section = data.get("reports", {})
    if not isinstance(section, dict):
        raise ConfigError("reports: must be a table")
    return reports_settings_from_mapping(section)
