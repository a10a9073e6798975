"""Options of the phishing check: peer domains to protect and protected display names."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# Government portals and brands often imitated in phishing against agencies (operators extend this).
DEFAULT_PEERS = (
    "chinhphu.vn", "mof.gov.vn", "mofa.gov.vn", "mps.gov.vn", "gdt.gov.vn", "customs.gov.vn", "sbv.gov.vn",
    "mic.gov.vn", "moh.gov.vn", "gov.cn", "mfa.gov.cn", "chinatax.gov.cn", "mof.gov.cn", "customs.gov.cn",
    "microsoft.com", "office.com", "outlook.com", "paypal.com", "apple.com", "google.com", "dhl.com",
)  # fmt: skip

# name (matched case-, accent- and homoglyph-insensitively) -> domains allowed to use it
DEFAULT_NAMES: dict[str, list[str]] = {
    "microsoft": ["microsoft.com", "office.com", "office365.com", "outlook.com", "live.com", "sharepoint.com"],
    "office 365": ["microsoft.com", "office.com", "office365.com", "outlook.com"],
    "paypal": ["paypal.com", "paypal.me"],
    "apple": ["apple.com", "icloud.com"],
    "dhl": ["dhl.com", "dhl.de"],
    "netflix": ["netflix.com"],
    "bộ tài chính": ["mof.gov.vn"],
    "tổng cục thuế": ["gdt.gov.vn"],
    "cục thuế": ["gdt.gov.vn"],
    "chính phủ": ["chinhphu.vn", "gov.vn"],
    "国家税务总局": ["chinatax.gov.cn"],
    "外交部": ["mfa.gov.cn", "fmprc.gov.cn"],
}


class PhishingOptions(BaseModel):
    """``[checks.phishing]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    peer_domains: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PEERS), description="domains protected against look-alikes besides ours"
    )
    names: dict[str, list[str]] = Field(
        default_factory=lambda: dict(DEFAULT_NAMES), description="protected display names -> their real domains"
    )
    protect_own_domains: bool = Field(True, description="also protect the names of [domains] protected")
