"""Every IP in the Received chain against indicator lists (a listed relay or origin further back)."""

from __future__ import annotations

from typing import ClassVar

from mailwarden.checks.base import CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.intel._common import IntelCheck, IntelOptions, result_for
from mailwarden.intel.listed import IocMatch
from mailwarden.message.headers import decode_header_value
from mailwarden.message.received import parse_received
from mailwarden.verdict import Category

MAX_HOPS = 50


class IntelReceived(IntelCheck):
    """VN-CAMP-02 (i): Received chains matched against the campaign IPs."""

    name = "intel_received"
    description = "IPs in Received headers against indicator lists"
    symbols: ClassVar = (
        SymbolDef(
            "IOC_IP_RECEIVED",
            5.0,
            "an IP in a Received header is listed (detail: hop, IP, indicator, lists)",
            Category.MALWARE,
            "intel",
        ),
    )
    needs = frozenset({Need.HEADERS})

    async def run(self, ctx: CheckContext) -> CheckResult:
        assert isinstance(self.options, IntelOptions)
        values = [v for n, v in ctx.message.headers if n.lower() == "received"][:MAX_HOPS]
        if not values:
            return CheckResult()
        index = await self.holder.current(ctx)
        if not len(index):
            return CheckResult()
        found: list[tuple[str, str, IocMatch]] = []
        for n, raw in enumerate(values, 1):
            ip = parse_received(decode_header_value(raw)).ip
            # the connecting client is IOC_IP_CONNECT's; don't count it twice
            if ip is None or ip == ctx.envelope.client_ip:
                continue
            match = index.match_ip(ip)
            if match is not None:
                found.append(("IOC_IP_RECEIVED", f"Received[{n}] {ip}", match))
        return result_for(self.options, found)
