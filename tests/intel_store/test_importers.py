"""Importers: letter appendices pasted from PDF/Word (vi, zh), CSV, STIX 2.1 and MISP round-trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailwarden.errors import ConfigError
from mailwarden.intel.importers import import_bytes, import_file, parse_table
from mailwarden.intel.indicators import IndicatorKind as K
from mailwarden.intel.stix_export import misp_event, stix_bundle

FIX = Path(__file__).parent / "fixtures"


def pairs(lst: object) -> set[tuple[str, str]]:
    return {(k.value, v) for k, v in lst.unique()}  # type: ignore[attr-defined]


def test_vietnamese_appendix_table_with_defanged_values() -> None:
    got = import_file(FIX / "vi_phu_luc.txt", name="cd2022", list_date="2022-08-23")
    assert got.name == "cd2022" and got.fmt == "text" and got.list_date == "2022-08-23"
    assert pairs(got) == {
        ("ip", "103.57.131.71"),
        ("cidr", "45.77.248.0/24"),
        ("url", "update-windows.vn/tai-ve/setup.exe"),
        ("domain", "mail.bocongan-gov.com"),
        ("domain", "thư-công-vụ.vn".encode("idna").decode()),
        ("cidr", "2001:db8:dead::/48"),
        ("md5", "d41d8cd98f00b204e9800998ecf8427e"),
        ("email", "phishing@bocongan-gov.com"),
    }
    # the note column becomes the comment; header and signature lines are counted as rejected
    c2 = next(i for i in got.indicators if i.value == "103.57.131.71")
    assert "C&C" in c2.comment
    assert got.rejected_count == 5
    assert got.version.startswith("vi_phu_luc.txt@")


def test_chinese_appendix_pipe_table_with_fullwidth_defang() -> None:
    got = import_file(FIX / "zh_fujian.txt", category="phishing")
    assert pairs(got) == {
        ("ip", "198.51.100.23"),
        ("domain", "evil-update.cn"),
        ("url", "login.mail-gov.cn/owa/"),
        ("cidr", "203.0.113.0/25"),
        ("md5", "44d88612fea8a8f36de82e1278abb02f"),
        ("sha1", "3395856ce81f2b7382dee72602f798b642f14140"),
        ("email", "notice@mail-gov.cn"),
    }
    # file names in the note column ("invoice.doc", "通知.exe") are not taken for domains
    assert not any(i.value.endswith((".doc", ".exe")) for i in got.indicators if i.kind is K.DOMAIN)


def test_pdf_copy_one_cell_per_line_and_csv_with_vietnamese_headers() -> None:
    assert pairs(import_file(FIX / "vi_pdf_copy.txt")) == {
        ("domain", "cdn-microsoft-update.org"),
        ("domain", "zalo-verify.net"),
    }
    csv_list = import_file(FIX / "vi_bang.csv")
    assert csv_list.fmt == "csv"
    assert pairs(csv_list) == {("ip", "192.0.2.10"), ("domain", "tracking-vn.info")}


def test_gb18030_and_utf16_files_decode() -> None:
    text = "序号\t地址\n1\tbad-site[.]cn\t钓鱼\n"
    for enc in ("gb18030", "utf-16"):
        got = import_bytes(text.encode(enc), "list.txt")
        assert pairs(got) == {("domain", "bad-site.cn")}


def test_table_tokens_label_glued_and_url_with_note() -> None:
    got = parse_table(["hxxp://x[.]com/a C2 server", "IP:1.2.3[.]4 C2", "1  2001:db8::1  v6"])
    assert pairs(got) == {("url", "x.com/a"), ("ip", "1.2.3.4"), ("ip", "2001:db8::1")}


ITEMS = [
    (K.IP, "192.0.2.1", "malware", "c2"),
    (K.CIDR, "198.51.100.0/24", "malware", ""),
    (K.CIDR, "2001:db8::/32", "malware", ""),
    (K.DOMAIN, "evil.example", "phishing", "kit"),
    (K.URL, "evil.example/login?x=1", "phishing", ""),
    (K.EMAIL, "ceo@evil.example", "phishing", ""),
    (K.MD5, "44d88612fea8a8f36de82e1278abb02f", "malware", ""),
    (K.SHA1, "3395856ce81f2b7382dee72602f798b642f14140", "malware", ""),
    (K.SHA256, "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f", "malware", ""),
]
EXPECTED = {(k.value, v) for k, v, _c, _m in ITEMS}


def test_stix_round_trip_keeps_values_and_categories() -> None:
    bundle = stix_bundle(ITEMS, name="t")
    doc = json.loads(bundle)
    assert doc["type"] == "bundle" and any(o["type"] == "indicator" for o in doc["objects"])
    got = import_bytes(bundle.encode(), "export.json")
    assert got.fmt == "stix"
    assert pairs(got) == EXPECTED
    assert got.category_of((K.DOMAIN, "evil.example")) == "phishing"
    assert got.category_of((K.IP, "192.0.2.1")) == "malware"


def test_stix_expired_indicator_skipped_and_invalid_bundle_rejected() -> None:
    bundle = json.loads(stix_bundle(ITEMS[:1]))
    ind = next(o for o in bundle["objects"] if o["type"] == "indicator")
    ind["valid_until"] = "2020-01-02T00:00:00Z"
    ind["valid_from"] = "2020-01-01T00:00:00Z"
    assert not import_bytes(json.dumps(bundle).encode(), "b.json").indicators
    with pytest.raises(ConfigError):
        import_bytes(b'{"type": "bundle", "id": "bundle--x", "objects": [{"type": "indicator"}]}', "bad.json")


def test_misp_round_trip_and_to_ids() -> None:
    event = misp_event(ITEMS, info="campaign")
    got = import_bytes(event.encode(), "event.json")
    assert got.fmt == "misp" and pairs(got) == EXPECTED
    doc = json.loads(event)
    doc["Event"]["Attribute"].append({"type": "ip-src", "value": "192.0.2.99", "to_ids": False})
    doc["Event"]["Object"] = [{"Attribute": [{"type": "filename|md5", "value": "a.exe|" + "a" * 32}]}]
    wrapped = json.dumps({"response": [doc]}).encode()
    strict = import_bytes(wrapped, "e.json")
    assert ("md5", "a" * 32) in pairs(strict) and ("ip", "192.0.2.99") not in pairs(strict)
    assert ("ip", "192.0.2.99") in pairs(import_bytes(wrapped, "e.json", misp_ids_only=False))


def test_bad_format_and_category() -> None:
    with pytest.raises(ConfigError):
        import_bytes(b"x", "a.txt", fmt="yaml")
    with pytest.raises(ConfigError):
        import_bytes(b"x", "a.txt", category="weird")
