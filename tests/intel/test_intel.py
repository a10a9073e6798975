"""Indicators: defanged import, classification, and matchers checked against brute force."""

from __future__ import annotations

import ipaddress
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.errors import ConfigError
from mailwarden.intel import (
    DomainMatcher,
    IndicatorKind,
    IntelIndex,
    IpMatcher,
    classify,
    defang,
    load_indicators,
    normalize_url,
    parse_indicators,
    refang,
)


@pytest.mark.parametrize(
    ("raw", "kind", "value"),
    [
        ("hxxp://evil[.]com/a?b=1#frag", IndicatorKind.URL, "evil.com/a?b=1"),
        ("hXXps[:]//Evil[.]COM:443/", IndicatorKind.URL, "evil.com/"),
        ("evil[.]com", IndicatorKind.DOMAIN, "evil.com"),
        ("*.Evil(dot)com.", IndicatorKind.DOMAIN, "evil.com"),
        ("1.2.3[.]4", IndicatorKind.IP, "1.2.3.4"),
        ("10.0.0[.]0/8", IndicatorKind.CIDR, "10.0.0.0/8"),
        ("10.1.2.3/8", IndicatorKind.CIDR, "10.0.0.0/8"),
        ("192.0.2.1/32", IndicatorKind.IP, "192.0.2.1"),
        ("[2001:DB8::1]", IndicatorKind.IP, "2001:db8::1"),
        ("bob[at]evil[.]com", IndicatorKind.EMAIL, "bob@evil.com"),
        ("D41D8CD98F00B204E9800998ECF8427E", IndicatorKind.MD5, "d41d8cd98f00b204e9800998ecf8427e"),
        ("da39a3ee5e6b4b0d3255bfef95601890afd80709", IndicatorKind.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        (
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            IndicatorKind.SHA256,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ),
        ("bücher.de", IndicatorKind.DOMAIN, "xn--bcher-kva.de"),
    ],
)
def test_classify(raw: str, kind: IndicatorKind, value: str) -> None:
    ind = classify(raw)
    assert ind is not None and (ind.kind, ind.value) == (kind, value)


@pytest.mark.parametrize("raw", ["", "localhost", "not a domain", "-bad-.com", "1.2.3.4/99", "http://"])
def test_classify_rejects(raw: str) -> None:
    assert classify(raw) is None


def test_refang_defang_roundtrip() -> None:
    assert refang(defang("http://a.b.example/x.y")) == "http://a.b.example/x.y"
    assert refang("evil{.}com") == "evil.com"


def test_load_text_and_csv_keep_version_and_rejects(tmp_path: Path) -> None:
    txt = tmp_path / "list.txt"
    txt.write_text("\ufeff# header\nevil[.]com  # c2\n1.2.3.4 botnet\n???\n\nhxxp://x[.]org/p\n", encoding="utf-8")
    il = load_indicators(txt)
    assert [i.value for i in il.indicators] == ["evil.com", "1.2.3.4", "x.org/p"]
    assert il.indicators[0].comment == "c2" and il.indicators[1].comment == "botnet"
    assert il.rejected_count == 1 and il.rejected[0][0] == 4
    assert il.version.startswith("list.txt@") and len(il.sha256) == 64
    csvf = tmp_path / "list.csv"
    csvf.write_text("IOC,Description\nbad[.]net,loader\n,empty\n", encoding="utf-8")
    il2 = load_indicators(csvf, version="v7")
    assert [(i.value, i.comment) for i in il2.indicators] == [("bad.net", "loader")] and il2.version == "v7"
    assert il2.rejected_count == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n")
    with pytest.raises(ConfigError):
        load_indicators(bad)


def test_domain_matcher_suffix_semantics() -> None:
    m = DomainMatcher(["evil.com", "x.bad.org"])
    assert m.match("evil.com") == "evil.com"
    assert m.match("A.B.Evil.COM.") == "evil.com"
    assert m.match("notevil.com") is None and m.match("evil.com.vn") is None
    assert m.match("bad.org") is None and m.match("y.x.bad.org") == "x.bad.org"


def test_ip_matcher_most_specific_and_v6() -> None:
    m = IpMatcher(["10.0.0.0/8", "10.1.0.0/16", "10.1.2.3", "2001:db8::/32", "192.0.2.0/24"])
    assert m.match("10.1.2.3") == "10.1.2.3"
    assert m.match("10.1.9.9") == "10.1.0.0/16"
    assert m.match("10.200.0.1") == "10.0.0.0/8"
    assert m.match("11.0.0.0") is None and m.match("9.255.255.255") is None
    assert m.match("2001:db8:ffff::1") == "2001:db8::/32" and m.match("2001:db9::1") is None
    assert m.match("::ffff:192.0.2.7") == "192.0.2.0/24"
    assert m.match("not-an-ip") is None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 2**32 - 1), st.integers(8, 32)), min_size=1, max_size=30),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=50),
)
def test_ip_matcher_equals_brute_force(nets: list[tuple[int, int]], probes: list[int]) -> None:
    networks = {ipaddress.ip_network((addr, plen), strict=False) for addr, plen in nets}
    m = IpMatcher(str(n) for n in networks)
    rnd = random.Random(len(probes))
    probes = probes + [int(n.network_address) + rnd.randrange(n.num_addresses) for n in networks]
    for p in probes:
        ip = ipaddress.ip_address(p)
        covering = [n for n in networks if ip in n]
        expected = max(covering, key=lambda n: n.prefixlen) if covering else None
        got = m.match(str(ip))
        want = (
            None if expected is None else (str(expected.network_address) if expected.prefixlen == 32 else str(expected))
        )
        assert got == want


def test_index_url_email_hash() -> None:
    il = parse_indicators(["hxxp://evil[.]com/a/", "bob@x.org", "spam.net", "d41d8cd98f00b204e9800998ecf8427e"])
    idx = IntelIndex(il.indicators)
    assert idx.match_url("https://EVIL.com:443/a") == "evil.com/a/"
    assert idx.match_url("http://evil.com/b") is None
    assert idx.match_email("BOB@x.org") == "bob@x.org" and idx.match_email("eve@spam.net") == "spam.net"
    assert idx.match_hash("D41D8CD98F00B204E9800998ECF8427E") is not None
    assert normalize_url("EVIL.com") == "evil.com/"
    assert len(idx) == 4
