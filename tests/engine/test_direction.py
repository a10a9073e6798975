"""Inbound / outbound / internal from client network, SASL login and recipient domains."""

from __future__ import annotations

from mailwarden.config import settings_from_mapping
from mailwarden.engine.direction import DirectionPolicy
from mailwarden.message.model import Envelope
from mailwarden.verdict import Direction

POLICY = DirectionPolicy(
    settings_from_mapping(
        {"network": {"internal_networks": ["10.0.0.0/8", "2001:db8::/32"]}, "domains": {"local": ["bo.gov.vn"]}}
    )
)


def test_outside_client_is_inbound_even_to_local_domain() -> None:
    assert POLICY.direction(Envelope(client_ip="203.0.113.9", rcpt_to=("a@bo.gov.vn",))) is Direction.INBOUND
    assert POLICY.direction(Envelope()) is Direction.INBOUND


def test_inside_network_or_sasl_user_is_outbound_unless_all_recipients_local() -> None:
    assert POLICY.direction(Envelope(client_ip="10.1.2.3", rcpt_to=("x@gmail.com",))) is Direction.OUTBOUND
    assert POLICY.direction(Envelope(client_ip="2001:db8::5", rcpt_to=("x@gmail.com",))) is Direction.OUTBOUND
    sasl = Envelope(client_ip="198.51.100.1", authenticated_user="an", rcpt_to=("x@qq.com", "y@vu.bo.gov.vn"))
    assert POLICY.direction(sasl) is Direction.OUTBOUND
    internal = Envelope(client_ip="10.1.2.3", rcpt_to=("a@bo.gov.vn", "b@hn.bo.gov.vn"))
    assert POLICY.direction(internal) is Direction.INTERNAL
