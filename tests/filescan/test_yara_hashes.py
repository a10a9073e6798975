"""YARA rule set (shipped + operator dirs, reload on change) and the hash indicator list."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from mailwarden.errors import ConfigError
from mailwarden.filescan import testing as T
from mailwarden.filescan.hashes import FileHashes, HashList
from mailwarden.filescan.yara_rules import YaraRuleSet


def test_shipped_rules_match_samples() -> None:
    rs = YaraRuleSet()
    names = lambda d: {m.rule for m in rs.match(d)}  # noqa: E731
    assert "MW_Test_Marker" in names(b"..." + T.YARA_MARKER)
    assert "MW_LNK_Launches_Interpreter" in names(T.lnk_powershell())
    assert "MW_HTML_Smuggling_Blob_Download" in names(T.html_smuggling_page())
    assert "MW_RTF_Equation_Editor_Object" in names(T.rtf_equation_object())
    assert "MW_PDF_Auto_JavaScript" in names(T.pdf_javascript())
    assert "MW_ISO_Contains_LNK_Or_Executable" in names(T.iso_with_lnk())
    assert not names(T.pdf_plain()) and not names(T.make_docx())


def test_operator_dir_and_reload(tmp_path: Path) -> None:
    rule = tmp_path / "local.yar"
    rule.write_text('rule Local_A { strings: $a = "ALPHA-77" condition: $a }')
    rs = YaraRuleSet([tmp_path], include_shipped=False)
    assert [m.rule for m in rs.match(b"xx ALPHA-77")] == ["Local_A"]
    rule.write_text('rule Local_B { strings: $a = "BETA-88" condition: $a }')
    os.utime(rule, (time.time() + 5, time.time() + 5))
    assert [m.rule for m in rs.match(b"BETA-88")] == ["Local_B"] and rs.reloads == 2
    rule.write_text("rule Broken {")  # a bad edit keeps the previous rules in force
    os.utime(rule, (time.time() + 10, time.time() + 10))
    assert [m.rule for m in rs.match(b"BETA-88")] == ["Local_B"] and rs.last_error


def test_bad_operator_rules_at_startup(tmp_path: Path) -> None:
    (tmp_path / "bad.yar").write_text("rule {")
    with pytest.raises(ConfigError):
        YaraRuleSet([tmp_path])


def test_hash_list(tmp_path: Path) -> None:
    h = FileHashes.of(T.eicar())
    f = tmp_path / "iocs.txt"
    f.write_text(f"# campaign X\n{h.md5.upper()}  eicar-md5\nnot-a-hash\n{'a' * 64}\n")
    hl = HashList([f])
    assert len(hl) == 2
    assert [(x.kind, x.label) for x in hl.lookup(h)] == [("md5", "eicar-md5")]
    f.write_text(f"{h.sha256} eicar-sha256\n")
    os.utime(f, (time.time() + 5, time.time() + 5))
    assert [x.kind for x in hl.lookup(h)] == ["sha256"]
    with pytest.raises(ConfigError):
        HashList([tmp_path / "missing.txt"])
