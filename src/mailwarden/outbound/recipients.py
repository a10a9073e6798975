"""Recipient classes: internal, government peer, private free-mail, foreign (ccTLD or MX country), external."""

from __future__ import annotations

import enum
import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from mailwarden.data import freemail_domains, is_freemail

DEFAULT_PEER_PATTERNS: Mapping[str, tuple[str, ...]] = {
    "vn": ("gov.vn", "*.gov.vn"),
    "cn": ("gov.cn", "*.gov.cn"),
}


class RecipientClass(enum.StrEnum):
    """Where an address leads, from most to least trusted."""

    INTERNAL = "internal"  # our own domains
    PEER = "peer"  # government peers of a home country (*.gov.vn)
    EXTERNAL = "external"  # other domestic or unknown domains
    FREEMAIL = "freemail"  # private free-mail mailboxes (gmail.com, qq.com, ...)
    FOREIGN = "foreign"  # a foreign ccTLD, a foreign government, or MX servers abroad


@dataclass(frozen=True, slots=True)
class RecipientPolicy:
    """Classification settings. ``home_countries`` are ISO codes (= ccTLDs) counted as domestic;
    ``peer_patterns`` maps a country to domain globs of its government mail."""

    local_domains: tuple[str, ...] = ()
    home_countries: tuple[str, ...] = ("vn",)
    peer_patterns: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_PEER_PATTERNS))
    freemail_domains: frozenset[str] = field(default_factory=freemail_domains)  # the shipped list
    foreign_exempt: tuple[str, ...] = ()  # domain globs never counted as foreign (a partner abroad)


@dataclass(frozen=True, slots=True)
class Classification:
    """The class of one recipient address and why."""

    address: str
    domain: str
    klass: RecipientClass
    reason: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class RecipientsOutcome:
    """Outcome of the ``outbound_recipients`` check, read by later checks with ``ctx.outcome``."""

    recipients: tuple[Classification, ...]

    def of_class(self, *classes: RecipientClass) -> list[Classification]:
        return [c for c in self.recipients if c.klass in classes]


def domain_of(address: str) -> str:
    """Lower-case domain of ``user@domain`` (angle brackets and a trailing dot dropped)."""
    return address.strip().strip("<>").rpartition("@")[2].lower().rstrip(".")


def matches(domain: str, patterns: Iterable[str]) -> bool:
    """``*.gov.vn`` matches sub-domains, a bare name matches itself and its sub-domains."""
    for p in patterns:
        p = p.lower().rstrip(".")
        if p.startswith("*."):
            if fnmatch.fnmatchcase(domain, p):
                return True
        elif domain == p or domain.endswith("." + p):
            return True
    return False


def classify(address: str, policy: RecipientPolicy, mx_countries: Sequence[str] = ()) -> Classification:
    """Class of one address; ``mx_countries`` (ISO codes of the domain's MX hosts) refine gTLD domains."""
    domain = domain_of(address)
    if not domain or "@" not in address or matches(domain, policy.local_domains):
        return Classification(address, domain, RecipientClass.INTERNAL, "local domain")
    for country, patterns in policy.peer_patterns.items():
        if matches(domain, patterns):
            if country.lower() in policy.home_countries:
                return Classification(address, domain, RecipientClass.PEER, f"government of {country}", country)
            if not matches(domain, policy.foreign_exempt):
                return Classification(
                    address, domain, RecipientClass.FOREIGN, f"foreign government ({country})", country
                )
    if is_freemail(domain, policy.freemail_domains):
        return Classification(address, domain, RecipientClass.FREEMAIL, "private free-mail provider")
    if not matches(domain, policy.foreign_exempt):
        tld = domain.rpartition(".")[2]
        if len(tld) == 2 and tld.isalpha() and tld not in policy.home_countries:
            return Classification(address, domain, RecipientClass.FOREIGN, f"ccTLD .{tld}", tld)
        abroad = sorted({c.lower() for c in mx_countries} - set(policy.home_countries))
        if abroad:
            return Classification(
                address, domain, RecipientClass.FOREIGN, f"MX hosts in {', '.join(abroad).upper()}", abroad[0]
            )
    return Classification(address, domain, RecipientClass.EXTERNAL, "other domain")


def needs_mx_lookup(domain: str, policy: RecipientPolicy) -> bool:
    """Only a generic-TLD domain that is not local, peer or free-mail gains from an MX country lookup."""
    c = classify(f"x@{domain}", policy)
    return c.klass is RecipientClass.EXTERNAL
