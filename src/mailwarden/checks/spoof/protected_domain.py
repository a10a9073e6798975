"""Mail from outside that claims one of the operator's protected domains without passing DMARC."""

from __future__ import annotations

import ipaddress
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.auth.results import DmarcOutcome
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.verdict import Category, Hit


class Options(BaseModel):
    """Which clients count as inside (their mail may legitimately use our domains)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    internal_networks: list[str] = Field(default_factory=lambda: ["127.0.0.0/8", "::1/128"])


def in_domain(domain: str, parents: tuple[str, ...]) -> str | None:
    """The protected domain that ``domain`` equals or is a subdomain of."""
    d = domain.lower().rstrip(".")
    for p in parents:
        if d == p or d.endswith("." + p):
            return p
    return None


class ProtectedDomainSpoof(Check):
    """From: claims a protected domain, the client is outside, and DMARC did not pass."""

    name = "spoof_protected"
    description = "outside mail using a protected domain in From: without DMARC pass"
    symbols: ClassVar = (
        SymbolDef(
            "SPOOF_PROTECTED_DOMAIN",
            8.0,
            "From: uses a protected domain, sent from outside, DMARC not pass",
            Category.SPOOF,
            "spoof",
        ),
        SymbolDef(
            "SPOOF_PROTECTED_UNVERIFIED",
            2.0,
            "From: uses a protected domain from outside and DMARC could not be evaluated",
            Category.SPOOF,
            "spoof",
        ),
    )
    needs = frozenset({Need.HEADERS, Need.CONNECTION})
    after = ("dmarc",)
    Options: ClassVar[type[BaseModel]] = Options
    timeout = 1.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        assert isinstance(self.options, Options)
        self._internal = [ipaddress.ip_network(n, strict=False) for n in self.options.internal_networks]

    def _inside(self, ctx: CheckContext) -> bool:
        if ctx.envelope.authenticated_user:
            return True
        ip = ctx.envelope.client_ip
        if not ip:
            return False
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(addr in net for net in self._internal)

    async def run(self, ctx: CheckContext) -> CheckResult:
        dom = ctx.message.from_domain
        if not dom or not ctx.protected_domains:
            return CheckResult()
        protected = in_domain(dom, ctx.protected_domains)
        if protected is None or self._inside(ctx):
            return CheckResult()
        dmarc = ctx.outcome("dmarc", DmarcOutcome)
        if dmarc is not None and dmarc.result == "pass":
            return CheckResult()
        client = ctx.envelope.client_ip or "unknown client"
        if dmarc is None or dmarc.result in ("temperror", "none"):
            why = "not evaluated" if dmarc is None else dmarc.result
            return CheckResult(
                [Hit("SPOOF_PROTECTED_UNVERIFIED", f"From domain {dom} ({protected}) from {client}; DMARC {why}")]
            )
        return CheckResult(
            [Hit("SPOOF_PROTECTED_DOMAIN", f"From domain {dom} ({protected}) from {client}; DMARC {dmarc.result}")]
        )
