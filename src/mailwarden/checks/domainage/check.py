"""Domain and certificate age: a sender or linked domain registered, or a linked domain's first TLS
certificate issued, days before the message arrived.

Phishing and snowshoe spam run on throw-away domains; a domain registered a week before the mail is
rare for legitimate correspondents, and so is a linked site whose first certificate (Certificate
Transparency logs, e.g. crt.sh) is days old: phishing kits get one just before the campaign.
The age is counted to when the message *arrived* (its top Received header,
``CheckContext.received_at``), not to now, so re-scanning an archive gives the verdict the message
would have had then; a domain registered (or first certified) after the message arrived is not judged.

Off until ``rdap_url`` (and, for certificates, ``ct_url``) is set: the lookups leave the site (to a
registry, a bootstrap redirector such as ``https://rdap.org/domain/{domain}``, a CT search such as
``https://crt.sh/?q={domain}&output=json``, or the site's own proxy), and a gateway in a closed
network has none. Offline scans (``mailwarden scan``/``eval``) skip it like every network check.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef, valid_store_url
from mailwarden.checks.domainage.lookup import DateLookup, DateParser, first_certificate, registration_date
from mailwarden.checks.domainage.store import DateStore
from mailwarden.textfeatures.domains import is_ip_host, registered_domain
from mailwarden.verdict import Category, Hit


class DomainAgeOptions(BaseModel):
    """``[checks.domain_age]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rdap_url: str = Field(
        "", description="RDAP domain URL with {domain}, e.g. https://rdap.org/domain/{domain}; empty: check off"
    )
    ct_url: str = Field(
        "", description="CT search URL with {domain}, e.g. https://crt.sh/?q={domain}&output=json; empty: no cert age"
    )
    new_days: int = Field(30, ge=1, description="a domain registered (or first certified) fewer days before is new")
    young_days: int = Field(90, ge=1, description="...and fewer than these days: young")
    max_url_domains: int = Field(5, ge=0, description="linked registered domains looked up per message")
    skip_domains: list[str] = Field(default_factory=list, description="domains (and subdomains) never looked up")
    request_timeout: float = Field(2.0, gt=0, description="seconds per RDAP request")
    max_failures: int = Field(3, ge=1, description="consecutive failures before pausing lookups")
    pause_seconds: float = Field(300.0, ge=0, description="how long lookups pause after those failures")
    store_url: str = Field(
        "",
        description="database where the answers are kept for every node and across restarts (default: "
        "[store] url); empty: each process keeps its own in memory",
    )

    @field_validator("store_url")
    @classmethod
    def _store(cls, v: str) -> str:
        return valid_store_url(v)

    @field_validator("rdap_url", "ct_url")
    @classmethod
    def _template(cls, v: str) -> str:
        if not v:
            return v
        if not v.startswith(("https://", "http://")) or "{domain}" not in v:
            raise ValueError("must be an http(s) URL containing {domain}")
        try:
            v.format(domain="example.org")
        except (KeyError, IndexError, ValueError) as e:
            raise ValueError(f"only {{domain}} may stand in braces: {e}") from e
        return v


class DomainAge(Check):
    """Registration age (RDAP) of the From, envelope and Reply-To domains and of linked domains."""

    name = "domain_age"
    description = "sender and linked domains registered shortly before the message arrived (RDAP)"
    symbols: ClassVar = (
        SymbolDef("DOMAIN_AGE_SENDER_NEW", 3.0, "sender domain registered < new_days before arrival", Category.SPAM),
        SymbolDef("DOMAIN_AGE_URL_NEW", 3.0, "linked domain registered < new_days before arrival", Category.PHISHING),
        SymbolDef("DOMAIN_AGE_YOUNG", 1.0, "a sender or linked domain registered under young_days before arrival"),
        SymbolDef(
            "DOMAIN_CERT_NEW",
            2.0,
            "linked domain's first TLS certificate issued < new_days before arrival",
            Category.PHISHING,
        ),
    )
    needs = frozenset({Need.HEADERS, Need.BODY, Need.NETWORK})
    Options = DomainAgeOptions
    timeout = 5.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, DomainAgeOptions)
        self.opts = opts

        store = DateStore(opts.store_url) if opts.store_url else None

        def lookup(url: str, parse: DateParser, accept: str, service: str) -> DateLookup | None:
            if not url:
                return None
            return DateLookup(
                url, parse, opts.request_timeout, opts.max_failures, opts.pause_seconds, accept, store, service
            )

        self.rdap = lookup(opts.rdap_url, registration_date, "application/rdap+json", "rdap")
        self.ct = lookup(opts.ct_url, first_certificate, "application/json", "ct")

    def domains(self, ctx: CheckContext) -> tuple[list[str], list[str]]:
        """The registered domains to look up: senders, then linked domains (not the senders')."""
        mine = tuple(
            x.lower().rstrip(".") for x in (*ctx.local_domains, *ctx.protected_domains, *self.opts.skip_domains)
        )
        seen: set[str] = set()

        def wanted(domain: str) -> bool:
            """A registered domain not seen yet and not one never looked up (ours, free mail, an IP)."""
            if domain in seen:
                return False
            seen.add(domain)
            if not domain or is_ip_host(domain) or "." not in domain or domain in ctx.freemail_domains:
                return False
            return not any(domain == d or domain.endswith("." + d) for d in mine)

        m = ctx.message
        raw = [m.from_domain or "", (ctx.envelope.mail_from or "").rpartition("@")[2]]
        raw += [r.rpartition("@")[2] for r in m.reply_to]
        senders = [d for d in (registered_domain(x) for x in raw if x) if wanted(d)]
        links: list[str] = []
        hosts = dict.fromkeys(u.host for u in m.urls if u.host)
        for d in (registered_domain(h) for h in hosts):
            if len(links) >= self.opts.max_url_domains:
                break
            if wanted(d):
                links.append(d)
        return senders, links

    async def run(self, ctx: CheckContext) -> CheckResult:
        if self.rdap is None and self.ct is None:
            return CheckResult()
        senders, links = self.domains(ctx)
        if not senders and not links:
            return CheckResult()
        registered, certified = await asyncio.gather(
            self.rdap.lookup_many(senders + links) if self.rdap is not None else _nothing(),
            self.ct.lookup_many(links) if self.ct is not None else _nothing(),
        )
        arrived = ctx.received_at or datetime.now(UTC)
        hits: list[Hit] = []
        young: list[str] = []
        for kind, group, dates in (
            ("DOMAIN_AGE_SENDER_NEW", senders, registered),
            ("DOMAIN_AGE_URL_NEW", links, registered),
            ("DOMAIN_CERT_NEW", links, certified),
        ):
            new: list[str] = []
            for d in group:
                when = dates.get(d)
                if when is None or when > arrived:  # unknown, or registered/certified only after the message
                    continue
                days = (arrived - when).total_seconds() / 86400
                if days < self.opts.new_days:
                    new.append(f"{d} ({days:.0f} days)")
                elif days < self.opts.young_days and kind != "DOMAIN_CERT_NEW":
                    young.append(f"{d} ({days:.0f} days)")
            if new:
                hits.append(Hit(kind, ", ".join(new)))
        if young and not any(h.symbol.startswith("DOMAIN_AGE_") for h in hits):
            hits.append(Hit("DOMAIN_AGE_YOUNG", ", ".join(young)))
        return CheckResult(hits)


async def _nothing() -> dict[str, datetime | None]:
    return {}
