"""Threat-intelligence indicators: model, (de)fanged list loading and fast matchers.

Typical use::

    from mailwarden.intel import IntelIndex, load_indicators

    iocs = load_indicators(Path("chiendich2022.txt"))
    index = IntelIndex(iocs.indicators)
    index.match_domain("a.b.evil.com")   # -> "evil.com"
    index.match_ip("10.1.2.3")           # -> "10.0.0.0/8" when that block is listed
"""

from mailwarden.intel.defang import defang, refang
from mailwarden.intel.indicators import (
    Indicator,
    IndicatorKind,
    IndicatorList,
    classify,
    load_indicators,
    normalize_domain,
    normalize_url,
    parse_indicators,
)
from mailwarden.intel.match import DomainMatcher, IntelIndex, IpMatcher, SetMatcher, UrlMatcher

__all__ = [
    "DomainMatcher",
    "Indicator",
    "IndicatorKind",
    "IndicatorList",
    "IntelIndex",
    "IpMatcher",
    "SetMatcher",
    "UrlMatcher",
    "classify",
    "defang",
    "load_indicators",
    "normalize_domain",
    "normalize_url",
    "parse_indicators",
    "refang",
]
