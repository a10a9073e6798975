"""The connecting client's IP against indicator lists (runs at CONNECT: the milter can reject early)."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.intel._common import IntelCheck, IntelOptions, result_for
from mailwarden.verdict import Category


class IntelConnect(IntelCheck):
    """VN-CAMP-04: mail from an IP or CIDR the Authority listed (botnet, C&C)."""

    name = "intel_connect"
    description = "connecting IP against indicator lists (IP and CIDR, IPv4/IPv6)"
    symbols: ClassVar = (
        SymbolDef(
            "IOC_IP_CONNECT",
            10.0,
            "the connecting IP is listed (detail: IP, indicator, lists)",
            Category.MALWARE,
            "intel",
        ),
    )
    needs = frozenset({Need.CONNECTION})

    async def run(self, ctx: CheckContext) -> CheckResult:
        assert isinstance(self.options, IntelOptions)
        ip = ctx.envelope.client_ip
        if not ip:
            return CheckResult()
        index = await self.holder.current(ctx)
        if not len(index):
            return CheckResult()
        match = index.match_ip(ip)
        return result_for(self.options, [("IOC_IP_CONNECT", f"client {ip}", match)] if match else [])
