"""Attachment checks end to end on built messages: symbols, details, options, and no exception on bad files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mailwarden.checks.attachments.archives import Archives
from mailwarden.checks.attachments.clamav import Clamav, ClamavOptions, ClamavOutcome
from mailwarden.checks.attachments.file_types import FileTypeOptions, FileTypes
from mailwarden.checks.attachments.hashes import Hashes, HashOptions
from mailwarden.checks.attachments.html_smuggling import HtmlSmuggling
from mailwarden.checks.attachments.office import Office
from mailwarden.checks.attachments.pdf import Pdf
from mailwarden.checks.attachments.yara import Yara, YaraOptions
from mailwarden.checks.base import INLINE_CPU_BYTES, Check, CheckContext, Stage
from mailwarden.checks.phishing.check import Phishing
from mailwarden.dns import FakeResolver
from mailwarden.engine.registry import Registry, discover_checks
from mailwarden.errors import ConfigError
from mailwarden.filescan import testing as T
from mailwarden.filescan.archives import ArchiveReport
from mailwarden.filescan.hashes import FileHashes
from mailwarden.filescan.model import FileUrls
from mailwarden.message.model import Envelope, Message
from mailwarden.verdict import Action, Hit


def ctx_for(msg: Message, envelope: Envelope | None = None) -> CheckContext:
    return CheckContext(
        message=msg,
        envelope=envelope or msg.envelope,
        resolver=FakeResolver({}),
        stage=Stage.EOM,
        offline=False,
        received_at=None,
        protected_domains=("gov.example",),
        local_domains=("gov.example",),
        freemail_domains=frozenset(),
        authserv_id="mx.gov.example",
    )


async def run_chain(msg: Message, *checks: Check, envelope: Envelope | None = None) -> dict[str, Hit]:
    """Run the archive check first (as the engine orders them), then ``checks``; symbols -> hit."""
    ctx = ctx_for(msg, envelope)
    res = await Archives().run(ctx)
    ctx.outcomes["attach_archives"] = res.outcome
    hits = list(res.hits)
    for c in checks:
        r = await c.run(ctx)
        if r.outcome is not None:
            ctx.outcomes[c.name] = r.outcome
        hits += r.hits
    return {h.symbol: h for h in hits}


async def test_file_types_symbols() -> None:
    msg = T.message_with(
        [
            ("Invoice.pdf.exe", T.FAKE_PE, "application/octet-stream"),
            ("bao-cao\u202efdp.scr", T.FAKE_PE, "application/pdf"),
            ("scan\u200b.pdf                     .js", b"WScript.Echo(1)", "text/plain"),
            ("photo.jpg", T.FAKE_PE, "image/jpeg"),
            ("Công văn 15.pdf", T.pdf_plain(), "application/pdf"),
        ]
    )
    got = await run_chain(msg, FileTypes())
    assert {
        "ATTACH_DANGEROUS_TYPE",
        "ATTACH_DOUBLE_EXT",
        "ATTACH_RTLO",
        "ATTACH_NAME_TRICK",
        "ATTACH_TYPE_MISMATCH",
    } <= set(got)
    assert "Invoice.pdf.exe" in got["ATTACH_DOUBLE_EXT"].detail
    assert "\\u202e" in got["ATTACH_RTLO"].detail  # the control character is shown, not applied
    assert "photo.jpg: named .jpg but content is pe" in got["ATTACH_TYPE_MISMATCH"].detail
    assert "Công văn" not in got["ATTACH_DANGEROUS_TYPE"].detail


async def test_random_token_attachment_names() -> None:
    msg = T.message_with([("UlcxS1fOWbE7h9.pdf", T.pdf_plain(), "application/octet-stream")])
    got = await run_chain(msg, FileTypes())
    assert got["ATTACH_RANDOM_NAME"].detail == "UlcxS1fOWbE7h9.pdf"
    ordinary = T.message_with([("BaoCaoThang10.pdf", T.pdf_plain(), "application/pdf")])
    assert "ATTACH_RANDOM_NAME" not in await run_chain(ordinary, FileTypes())


async def test_file_types_in_archive_and_direction_policy() -> None:
    msg = T.message_with([("docs.zip", T.make_zip({"a/run.js": b"x", "ok.pdf": T.pdf_plain()}), "application/zip")])
    got = await run_chain(msg, FileTypes())
    assert got["ATTACH_DANGEROUS_TYPE"].detail == "docs.zip!a/run.js: .js"
    allow_js = FileTypes(FileTypeOptions.model_validate({"outbound": {"allow_extensions": ["js"]}}))
    outbound = Envelope(mail_from="clerk@gov.example", authenticated_user="clerk", source="smtp")
    assert "ATTACH_DANGEROUS_TYPE" not in await run_chain(msg, allow_js, envelope=outbound)
    assert "ATTACH_DANGEROUS_TYPE" in await run_chain(msg, allow_js)  # inbound still blocks


async def test_encrypted_member_names_are_still_typed() -> None:
    msg = T.message_with([("locked.zip", T.make_encrypted_zip({"invoice.pdf.exe": T.FAKE_PE}, "zz-unknown-77"), "")])
    got = await run_chain(msg, FileTypes())
    assert "locked.zip!invoice.pdf.exe" in got["ATTACH_DOUBLE_EXT"].detail and "ARCHIVE_ENCRYPTED" in got


async def test_archive_symbols() -> None:
    msg = T.message_with(
        [
            ("deep.zip", T.nested_zip(6, {"x.txt": b"x"}), "application/zip"),
            ("bomb.zip", T.zip_bomb(), "application/zip"),
            ("locked.zip", T.make_encrypted_zip({"x.js": b"x"}, "Pa55-9911"), "application/zip"),
            ("broken.7z", b"7z\xbc\xaf\x27\x1c" + b"\0" * 64, "application/x-7z-compressed"),
        ],
        text="Hồ sơ đính kèm. Mật khẩu: Pa55-9911",
    )
    got = await run_chain(msg)
    assert set(got) == {"ARCHIVE_DEPTH", "ARCHIVE_BOMB", "ARCHIVE_ENCRYPTED", "ARCHIVE_UNSCANNED"}
    assert got["ARCHIVE_ENCRYPTED"].weight == 1.5 and "given in the message" in got["ARCHIVE_ENCRYPTED"].detail
    assert "bomb.zip!zeros0.bin: ratio" in got["ARCHIVE_BOMB"].detail


async def test_office_symbols_and_urls() -> None:
    dropper = T.make_vba_ole(
        'Sub AutoOpen()\r\n  Shell "cmd /c calc"\r\n  Open "c:\\a.bat" For Output As #1\r\nEnd Sub'
    )
    suspicious = T.make_vba_ole(
        'Sub Helper()\r\n  Set o = CreateObject("WScript.Shell")\r\n  o.Run "notepad"\r\nEnd Sub'
    )
    benign = T.make_vba_ole('Sub Hello()\r\n  MsgBox "hi"\r\nEnd Sub')
    msg = T.message_with(
        [
            ("dropper.doc", dropper, "application/msword"),
            ("helper.doc", suspicious, "application/msword"),
            ("macro.doc", benign, "application/msword"),
            ("tpl.docx", T.docx_external_template("http://tpl.evil.example/t.dotm"), "application/octet-stream"),
            ("obj.docx", T.docx_external_object("http://obj.evil.example/x.html!"), "application/octet-stream"),
            ("dde.docx", T.docx_dde(), "application/octet-stream"),
            ("pkg.docx", T.docx_embedded_package("readme.txt", b"hello"), "application/octet-stream"),
            ("pkgexe.docx", T.docx_embedded_package("setup.exe", T.FAKE_PE), "application/octet-stream"),
            ("book.xlsm", T.xlsm_macrosheet(), "application/octet-stream"),
            ("eq.rtf", T.rtf_equation_object(), "application/rtf"),
            ("locked.docx", T.make_cfb({"EncryptionInfo": b"x", "EncryptedPackage": b"y"}), "application/octet-stream"),
            ("broken.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"junk" * 600, "application/msword"),
            ("in.zip", T.make_zip({"inner.doc": dropper}), "application/zip"),
        ]
    )
    office = Office()
    ctx = ctx_for(msg)
    arch = await Archives().run(ctx)
    ctx.outcomes["attach_archives"] = arch.outcome
    res = await office.run(ctx)
    got = {h.symbol: h for h in res.hits}
    assert set(got) == {
        "OFFICE_VBA_AUTOEXEC",
        "OFFICE_VBA_SUSPICIOUS",
        "OFFICE_VBA_MACRO",
        "OFFICE_EXTERNAL_TEMPLATE",
        "OFFICE_EXTERNAL_OBJECT",
        "OFFICE_DDE",
        "OFFICE_EMBEDDED_OLE",
        "OFFICE_EMBEDDED_EXECUTABLE",
        "OFFICE_XLM",
        "RTF_OBJECT_EXPLOIT",
        "OFFICE_ENCRYPTED",
        "OFFICE_UNPARSEABLE",
    }
    assert "in.zip!inner.doc" in got["OFFICE_VBA_AUTOEXEC"].detail  # members of archives are analyzed too
    assert isinstance(res.outcome, FileUrls)
    assert {u.host for u in res.outcome.urls} == {"tpl.evil.example", "obj.evil.example"}


async def test_pdf_symbols_and_urls() -> None:
    msg = T.message_with(
        [
            ("js.pdf", T.pdf_javascript(), "application/pdf"),
            ("hidden.pdf", T.pdf_javascript(obfuscate=True), "application/pdf"),
            ("launch.pdf", T.pdf_launch(), "application/pdf"),
            ("emb.pdf", T.pdf_embedded_file(), "application/pdf"),
            ("link.pdf", T.pdf_plain(uri="https://phish.example.test/login"), "application/pdf"),
        ]
    )
    res = await Pdf().run(ctx_for(msg))
    got = {h.symbol: h for h in res.hits}
    assert set(got) == {
        "PDF_JAVASCRIPT",
        "PDF_AUTO_JAVASCRIPT",
        "PDF_LAUNCH",
        "PDF_EMBEDDED_FILE",
        "PDF_NAME_OBFUSCATION",
    }
    assert got["PDF_NAME_OBFUSCATION"].detail == "hidden.pdf"
    assert isinstance(res.outcome, FileUrls) and res.outcome.urls[0].host == "phish.example.test"
    clean = await Pdf().run(ctx_for(T.message_with([("ok.pdf", T.pdf_plain(), "application/pdf")])))
    assert clean.hits == []


async def test_a_shortened_link_inside_a_pdf_is_a_shortener_link() -> None:
    """The "0.7495 BTC" scams carry a few lines of text and one bit.ly link, inside a PDF."""
    msg = T.message_with([("balance.pdf", T.pdf_plain(uri="https://bit.ly/3V8vrI6"), "application/pdf")])
    got = await run_chain(msg, Pdf(), Phishing())
    assert got["PHISH_SHORTENER"].detail == "https://bit.ly/3V8vrI6"
    plain = T.message_with([("report.pdf", T.pdf_plain(uri="https://www.gov.example/report"), "application/pdf")])
    assert "PHISH_SHORTENER" not in await run_chain(plain, Pdf(), Phishing())


async def test_html_smuggling_attachment_and_body() -> None:
    msg = T.message_with([("invoice.html", T.html_smuggling_page(), "text/html")])
    got = (await HtmlSmuggling().run(ctx_for(msg))).hits
    assert got and got[0].symbol == "HTML_SMUGGLING" and got[0].detail.startswith("invoice.html:")
    body = T.message_with([], html=T.html_data_uri_download().decode())
    assert [h.symbol for h in (await HtmlSmuggling().run(ctx_for(body))).hits] == ["HTML_SMUGGLING"]
    ordinary = T.message_with(
        [], html="<html><body><p>Kính gửi</p><img src='data:image/png;base64,AAAA'></body></html>"
    )
    assert (await HtmlSmuggling().run(ctx_for(ordinary))).hits == []


async def test_yara_check_shipped_and_operator_rules(tmp_path: Path) -> None:
    (tmp_path / "agency.yar").write_text(
        'rule Agency_Campaign { meta: weight = "2.5" strings: $a = "CAMPAIGN-Q4" condition: $a }'
    )
    check = Yara(YaraOptions(rule_dirs=[str(tmp_path)]))
    msg = T.message_with(
        [
            ("a.txt", b"x " + T.YARA_MARKER, "text/plain"),
            ("b.zip", T.make_zip({"c.txt": b"CAMPAIGN-Q4"}), "application/zip"),
        ]
    )
    got = await run_chain(msg, check)
    hit = got["YARA_MATCH"]
    assert "a.txt: yara/mailwarden_attachments:MW_Test_Marker" in hit.detail
    assert "b.zip!c.txt" in hit.detail and hit.weight == 2.5


async def test_yara_error_is_a_symbol(monkeypatch: pytest.MonkeyPatch) -> None:
    check = Yara()

    def boom(data: bytes) -> list[object]:
        raise TimeoutError("scan timed out")

    monkeypatch.setattr(check.rules, "match", boom)
    hits = (await check.run(ctx_for(T.message_with([("a.bin", b"x", "")])))).hits
    assert [h.symbol for h in hits] == ["YARA_ERROR"]


async def test_hash_ioc(tmp_path: Path) -> None:
    member = b"payload inside a zip"
    iocs = tmp_path / "hashes.txt"
    iocs.write_text(f"{FileHashes.of(T.eicar()).sha1} eicar\n{FileHashes.of(member).md5} dropper-2026\n")
    msg = T.message_with([("e.com", T.eicar(), ""), ("z.zip", T.make_zip({"p.bin": member}), "application/zip")])
    got = await run_chain(msg, Hashes(HashOptions(files=[str(iocs)])))
    detail = got["HASH_IOC"].detail
    assert "e.com: sha1" in detail and "z.zip!p.bin: md5" in detail and "dropper-2026" in detail


async def test_clamav_unavailable_is_a_symbol_with_policy() -> None:
    check = Clamav(ClamavOptions(address="127.0.0.1:1", on_error="tempfail", connect_timeout=0.5))
    res = await check.run(ctx_for(T.message_with([("a.pdf", T.pdf_plain(), "application/pdf")])))
    assert [h.symbol for h in res.hits] == ["AV_UNAVAILABLE"]
    assert isinstance(res.outcome, ClamavOutcome)
    assert res.outcome.forced_actions == {"MALWARE_FOUND": Action.REJECT, "AV_UNAVAILABLE": Action.TEMPFAIL}


@pytest.mark.services
async def test_clamav_real_clamd(clamd_addresses: tuple[str, str]) -> None:
    tcp, sock = clamd_addresses
    msg = T.message_with(
        [
            ("eicar.com", T.eicar(), "application/octet-stream"),
            ("inv.zip", T.make_zip({"inv.exe": b"MZ" + T.CLAMD_CUSTOM_MARKER}), "application/zip"),
            ("h.txt", T.CLAMD_HEURISTIC_MARKER, "text/plain"),
            ("big.bin", b"\x01" * (3 * 1024 * 1024), "application/octet-stream"),
            ("letter.pdf", T.pdf_plain(), "application/pdf"),
        ]
    )
    for addr in (tcp, f"unix://{sock}"):
        check = Clamav(ClamavOptions(address=addr, on_malware="quarantine", max_signature_age_days=1))
        res = await check.run(ctx_for(msg))
        got = {h.symbol: h for h in res.hits}
        assert set(got) == {"MALWARE_FOUND", "AV_HEURISTIC", "AV_SKIPPED_SIZE"}, got
        assert "eicar.com: Mailwarden.Test.EICAR" in got["MALWARE_FOUND"].detail
        assert "inv.zip: Mailwarden.Test.Custom.UNOFFICIAL" in got["MALWARE_FOUND"].detail
        assert (
            isinstance(res.outcome, ClamavOutcome) and res.outcome.forced_actions["MALWARE_FOUND"] == Action.QUARANTINE
        )
        assert res.outcome.version is not None  # no official DB here: no date, so no AV_SIGNATURES_OLD
    whole = Clamav(ClamavOptions(address=tcp, scan="message"))
    raw_msg = T.message_with([], raw=b"Subject: x\r\n\r\n" + T.eicar() + b"\r\n")
    assert [h.symbol for h in (await whole.run(ctx_for(raw_msg))).hits] == ["MALWARE_FOUND"]


async def test_clamav_signature_age(monkeypatch: pytest.MonkeyPatch) -> None:
    from mailwarden.filescan.clamd import ScanResult, ScanStatus, parse_version

    check = Clamav(ClamavOptions(max_signature_age_days=2))

    async def scan(data: bytes) -> ScanResult:
        return ScanResult(ScanStatus.CLEAN, None, "stream: OK")

    async def version(fresh: bool = False) -> object:
        return parse_version("ClamAV 1.4.6/27000/Mon Jan  5 09:00:00 2026")

    monkeypatch.setattr(check.client, "scan", scan)
    monkeypatch.setattr(check.client, "version", version)
    hits = (await check.run(ctx_for(T.message_with([("a.txt", b"x", "")])))).hits
    assert [h.symbol for h in hits] == ["AV_SIGNATURES_OLD"] and "days old" in hits[0].detail


async def test_malformed_files_never_raise_from_any_check() -> None:
    junk = [
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 3000, "application/msword"),
        ("b.docx", b"PK\x03\x04" + b"\xff" * 500, "application/vnd.openxmlformats"),
        ("c.pdf", b"%PDF-1.7\n/Type/ObjStm stream\n\xff\xfe" + b"(" * 5000, "application/pdf"),
        ("d.rtf", b"{\\rtf1{\\object{\\*\\objdata " + b"zz" * 3000 + b"}}}", "application/rtf"),
        ("e.html", b"<html><script>" + b"A" * 100_000, "text/html"),
        ("f.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 100, "application/gzip"),
        (None, b"", "application/octet-stream"),
    ]
    msg = T.message_with(junk)
    await run_chain(msg, FileTypes(), Office(), Pdf(), HtmlSmuggling(), Yara(), Hashes())


def test_registry_discovers_attachment_checks_and_validates_options() -> None:
    names = {c.name for c in discover_checks()}
    assert {"attach_types", "attach_archives", "attach_office", "attach_pdf", "attach_html", "clamav", "yara"} <= names
    assert "attach_hashes" in names
    classes = [c for c in discover_checks() if c.name.startswith("attach_") or c.name in ("clamav", "yara")]
    reg = Registry(classes, {"clamav": {"address": "unix:///run/clamav/clamd.ctl", "on_error": "tempfail"}})
    assert next(c.name for c in reg.checks) == "attach_archives"
    with pytest.raises(ConfigError):
        Registry(classes, {"clamav": {"on_error": "explode"}})
    with pytest.raises(ConfigError):
        Registry(classes, {"attach_archives": {"max_depht": 2}})


def test_outcome_types_are_importable_without_checks() -> None:
    assert ArchiveReport().members == []


async def test_cpu_work_runs_inline_when_small_and_in_a_thread_when_large() -> None:
    """Small attachment work runs on the event loop's thread (a thread hop costs more than it); a large
    document goes to a worker thread so that the loop keeps serving the other SMTP sessions meanwhile."""
    ctx = ctx_for(T.message_with([]))
    here = threading.get_ident()
    assert await ctx.run_cpu(INLINE_CPU_BYTES, threading.get_ident) == here
    assert await ctx.run_cpu(INLINE_CPU_BYTES + 1, threading.get_ident) != here
