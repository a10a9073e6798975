"""Country of a recipient domain's MX hosts, from DNS and the offline GeoIP database of geoip2fast."""

from __future__ import annotations

import asyncio
import importlib
import ipaddress
import logging
from functools import cache
from typing import Any

from mailwarden.dns import Resolver
from mailwarden.errors import DnsError

log = logging.getLogger(__name__)
MAX_MX = 5


@cache
def _geoip() -> Any | None:
    """The geoip2fast reader (loaded once, ~0.1 s); None when the package is not installed."""
    try:
        module = importlib.import_module("geoip2fast")
    except ImportError:
        log.warning("geoip2fast is not installed: recipient countries by MX are not available")
        return None
    return module.GeoIP2Fast()


def ip_country(ip: str) -> str | None:
    """ISO code (lower case) of a public IP address, None when unknown or private."""
    try:
        if not ipaddress.ip_address(ip).is_global:
            return None
    except ValueError:
        return None
    reader = _geoip()
    if reader is None:
        return None
    code = str(reader.lookup(ip).country_code or "")
    return code.lower() if len(code) == 2 and code.isalpha() else None


async def mx_countries(domain: str, resolver: Resolver, timeout: float = 4.0) -> tuple[str, ...]:
    """Countries of the addresses of ``domain``'s MX hosts (or of the domain itself without MX)."""
    try:
        async with asyncio.timeout(timeout):
            mx = await resolver.resolve(domain, "MX")
            hosts = sorted(
                ((int(r.to_text().split()[0]), r.to_text().split()[1].rstrip(".")) for r in mx.records),
            )
            names = [h for _, h in hosts[:MAX_MX]] or [domain]
            countries: set[str] = set()
            for name in names:
                a = await resolver.resolve(name, "A")
                for r in a.records:
                    c = ip_country(r.to_text())
                    if c:
                        countries.add(c)
            return tuple(sorted(countries))
    except (DnsError, TimeoutError, ValueError, IndexError) as e:
        log.debug("MX country lookup for %s failed: %s", domain, e)
        return ()
