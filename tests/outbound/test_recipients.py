"""Recipient classes: internal, peer, free-mail, foreign by ccTLD / government / MX country, external."""

from __future__ import annotations

import pytest

from mailwarden.data import freemail_domains
from mailwarden.dns import FakeResolver
from mailwarden.outbound.geo import ip_country, mx_countries
from mailwarden.outbound.recipients import RecipientClass, RecipientPolicy, classify, needs_mx_lookup

POLICY = RecipientPolicy(
    local_domains=("agency.gov.vn",),
    home_countries=("vn",),
    freemail_domains=freemail_domains(["mail.example.vn"]),
    foreign_exempt=("partner.jp",),
)


@pytest.mark.parametrize(
    ("address", "klass"),
    [
        ("a@agency.gov.vn", RecipientClass.INTERNAL),
        ("a@hr.agency.gov.vn", RecipientClass.INTERNAL),
        ("localuser", RecipientClass.INTERNAL),
        ("a@hanoi.gov.vn", RecipientClass.PEER),
        ("a@gov.vn", RecipientClass.PEER),
        ("a@mof.gov.cn", RecipientClass.FOREIGN),  # a foreign government for a Vietnamese agency
        ("a@gmail.com", RecipientClass.FREEMAIL),
        ("a@GMAIL.COM", RecipientClass.FREEMAIL),
        ("a@qq.com", RecipientClass.FREEMAIL),
        ("a@mail.yahoo.com", RecipientClass.FREEMAIL),
        ("a@mail.example.vn", RecipientClass.FREEMAIL),  # operator addition
        ("a@company.jp", RecipientClass.FOREIGN),
        ("a@uni.edu.cn", RecipientClass.FOREIGN),
        ("a@partner.jp", RecipientClass.EXTERNAL),  # exempted from "foreign"
        ("a@company.com.vn", RecipientClass.EXTERNAL),
        ("a@company.com", RecipientClass.EXTERNAL),
    ],
)
def test_classes(address: str, klass: RecipientClass) -> None:
    assert classify(address, POLICY).klass is klass


def test_chinese_agency_sees_gov_cn_as_peer_and_gov_vn_as_foreign() -> None:
    cn = RecipientPolicy(local_domains=("bureau.gov.cn",), home_countries=("cn",))
    assert classify("x@mof.gov.cn", cn).klass is RecipientClass.PEER
    assert classify("x@hanoi.gov.vn", cn).klass is RecipientClass.FOREIGN
    assert classify("x@company.cn", cn).klass is RecipientClass.EXTERNAL


def test_mx_country_makes_a_generic_domain_foreign() -> None:
    c = classify("x@company.com", POLICY, mx_countries=("us",))
    assert c.klass is RecipientClass.FOREIGN and c.reason == "MX hosts in US"
    assert classify("x@company.com", POLICY, mx_countries=("vn",)).klass is RecipientClass.EXTERNAL
    assert needs_mx_lookup("company.com", POLICY) and not needs_mx_lookup("gmail.com", POLICY)


def test_geoip_database_and_private_addresses() -> None:
    assert ip_country("8.8.8.8") == "us"
    assert ip_country("10.1.2.3") is None and ip_country("not-an-ip") is None


async def test_mx_countries_through_the_resolver() -> None:
    zone: dict[str, dict[str, list[str] | str]] = {
        "abroad.com": {"MX": ["10 mx1.abroad.com.", "20 mx2.abroad.com."]},
        "mx1.abroad.com": {"A": ["8.8.8.8"]},
        "mx2.abroad.com": {"A": ["10.0.0.1"]},
        "nomx.com": {"A": ["8.8.4.4"]},
        "slow.com": {"MX": "TIMEOUT"},
    }
    resolver = FakeResolver(zone)
    assert await mx_countries("abroad.com", resolver) == ("us",)
    assert await mx_countries("nomx.com", resolver) == ("us",)  # implicit MX (RFC 5321 §5.1)
    assert await mx_countries("slow.com", resolver) == ()
