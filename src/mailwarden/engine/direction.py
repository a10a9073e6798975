"""Inbound vs outbound: client network, SASL-authenticated sender, recipient domains."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from mailwarden.config import Settings
from mailwarden.message.model import Envelope
from mailwarden.verdict import Direction


class DirectionPolicy:
    """Decides the direction of a message from the envelope and ``[network]``/``[domains]`` settings."""

    def __init__(self, settings: Settings) -> None:
        self._nets = [ipaddress.ip_network(n, strict=False) for n in settings.network.internal_networks]
        self._local = tuple(settings.domains.local)

    def is_internal_ip(self, ip: str | None) -> bool:
        if not ip:
            return False
        try:
            addr = ipaddress.ip_address(ip.strip("[]"))
        except ValueError:
            return False
        return any(addr in n for n in self._nets)

    def is_local_domain(self, domain: str) -> bool:
        d = domain.lower().rstrip(".")
        return any(d == p or d.endswith("." + p) for p in self._local)

    def direction(self, env: Envelope) -> Direction:
        inside = bool(env.authenticated_user) or self.is_internal_ip(env.client_ip)
        if not inside:
            return Direction.INBOUND
        if env.rcpt_to and self._local and all(self._rcpt_local(r) for r in env.rcpt_to):
            return Direction.INTERNAL
        return Direction.OUTBOUND

    def _rcpt_local(self, rcpt: str) -> bool:
        return self.is_local_domain(rcpt.strip("<>").rpartition("@")[2])


def local_rcpts(policy: DirectionPolicy, rcpts: Sequence[str]) -> list[str]:
    return [r for r in rcpts if policy.is_local_domain(r.strip("<>").rpartition("@")[2])]
