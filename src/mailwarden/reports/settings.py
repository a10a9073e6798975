"""The ``[reports]`` settings models live in :mod:`mailwarden.reportconfig` (they are part of ``Settings``)."""

from mailwarden.reportconfig import (
    AutoRule,
    DeadlineSettings,
    Destination,
    Lang,
    ReportSettings,
    reports_settings_from_file,
    reports_settings_from_mapping,
)

__all__ = [
    "AutoRule",
    "DeadlineSettings",
    "Destination",
    "Lang",
    "ReportSettings",
    "reports_settings_from_file",
    "reports_settings_from_mapping",
]
