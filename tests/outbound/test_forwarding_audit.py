"""Forwarding-rule audit over Dovecot Sieve scripts and Postfix alias/virtual/BCC maps written by the tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mailwarden.cli.outbound import register
from mailwarden.outbound.audit import audit_forwarding
from mailwarden.outbound.postfix_maps import postfix_rules
from mailwarden.outbound.recipients import RecipientClass, RecipientPolicy
from mailwarden.outbound.sieve import forwarding_actions

POLICY = RecipientPolicy(local_domains=("agency.gov.vn",))

SIEVE_ALICE = """require ["copy", "fileinto", "enotify", "vnd.dovecot.pipe"];
# redirect "commented@gmail.com";
/* redirect "block@gmail.com"; */
redirect :copy "alice.home@gmail.com";
if header :contains "subject" "report" {
    redirect "boss@hanoi.gov.vn";
    notify :message "new mail" "mailto:alice@partner.jp?subject=fw";
} elsif address :is "from" "x@y.z" { fileinto "Junk"; }
else { vnd.dovecot.pipe "forward-sms" ["${from}"]; }
redirect text:
colleague@agency.gov.vn
.
;
"""


def write_tree(root: Path) -> tuple[Path, Path]:
    sieve = root / "sieve"
    (sieve / "alice@agency.gov.vn" / "sieve").mkdir(parents=True)
    active = sieve / "alice@agency.gov.vn" / "sieve" / "main.sieve"
    active.write_text(SIEVE_ALICE)
    (sieve / "alice@agency.gov.vn" / ".dovecot.sieve").symlink_to(active)
    (sieve / "home" / "bob" / "sieve").mkdir(parents=True)
    (sieve / "home" / "bob" / "sieve" / "fw.sieve").write_text('redirect "bob@qq.com";\n')
    pf = root / "postfix"
    pf.mkdir()
    (pf / "main.cf").write_text(
        "mydomain = agency.gov.vn\nmydestination = $myhostname, localhost, $mydomain\n"
        "virtual_alias_domains = mail.agency.gov.vn\n"
        "alias_maps = hash:/etc/postfix/aliases\n"
        "virtual_alias_maps = hash:/etc/postfix/virtual,\n    regexp:/etc/postfix/virtual.regexp\n"
        "recipient_bcc_maps = inline:{ audit@agency.gov.vn=archive@archive.example.jp }\n"
        "sender_bcc_maps = ldap:/etc/postfix/ldap-bcc.cf\n"
        "always_bcc = copy@163.com\n"
    )
    (pf / "aliases").write_text(
        "postmaster: root\nroot: admin@agency.gov.vn\n"
        "director: director.private@yahoo.com,\n  director@agency.gov.vn\n"
        "team: :include:/etc/postfix/team.list\nlogger: |/usr/bin/logger\n"
    )
    (pf / "team.list").write_text("a@agency.gov.vn\nb@company.com\n")
    (pf / "virtual").write_text(
        "# comment\ninfo@mail.agency.gov.vn  info@agency.gov.vn\nsales@mail.agency.gov.vn x@company.ru\n"
    )
    (pf / "virtual.regexp").write_text("/^(.*)@old\\.agency\\.gov\\.vn$/  ${1}@agency.gov.vn\n")
    return sieve, pf


def test_sieve_parser_finds_commands_and_guards() -> None:
    acts = forwarding_actions(SIEVE_ALICE)
    got = [(a.command, a.target, a.conditional, a.copy) for a in acts]
    assert got == [
        ("redirect", "alice.home@gmail.com", False, True),
        ("redirect", "boss@hanoi.gov.vn", True, False),
        ("notify", "alice@partner.jp", True, False),
        ("vnd.dovecot.pipe", "forward-sms", True, False),
        ("redirect", "colleague@agency.gov.vn", False, False),
    ]
    assert acts[0].line == 4


def test_postfix_maps_are_read_with_includes_and_rebased_paths(tmp_path: Path) -> None:
    _, pf = write_tree(tmp_path)
    rules, problems, cfg = postfix_rules(pf)
    pairs = {(r.parameter, r.key, r.target) for r in rules}
    assert ("alias_maps", "director", "director.private@yahoo.com") in pairs
    assert ("alias_maps", "team", "b@company.com") in pairs
    assert ("virtual_alias_maps", "sales@mail.agency.gov.vn", "x@company.ru") in pairs
    assert ("recipient_bcc_maps", "audit@agency.gov.vn", "archive@archive.example.jp") in pairs
    assert ("always_bcc", "*", "copy@163.com") in pairs
    assert problems == [
        "sender_bcc_maps: ldap:/etc/postfix/ldap-bcc.cf: map type 'ldap' is not readable offline, "
        "audit it at its source"
    ]
    assert "agency.gov.vn" in cfg.local_domains() and "mail.agency.gov.vn" in cfg.local_domains()


def test_audit_lists_every_rule_to_outside_and_flags_violations(tmp_path: Path) -> None:
    sieve, pf = write_tree(tmp_path)
    result = audit_forwarding([sieve], [pf], POLICY)
    outside = {(r.owner, r.target): r for r in result.outside}
    assert outside[("alice@agency.gov.vn", "alice.home@gmail.com")].klass is RecipientClass.FREEMAIL
    assert outside[("alice@agency.gov.vn", "alice.home@gmail.com")].conditional is False  # CN-SCT-11
    assert outside[("bob", "bob@qq.com")].violation
    assert outside[("alice@agency.gov.vn", "boss@hanoi.gov.vn")].klass is RecipientClass.PEER
    assert not outside[("alice@agency.gov.vn", "boss@hanoi.gov.vn")].violation
    assert outside[("alice@agency.gov.vn", "alice@partner.jp")].klass is RecipientClass.FOREIGN
    assert outside[("alice@agency.gov.vn", "forward-sms")].klass is None  # a program: needs a person's look
    assert outside[("director", "director.private@yahoo.com")].violation
    assert outside[("sales@mail.agency.gov.vn", "x@company.ru")].klass is RecipientClass.FOREIGN
    assert outside[("*", "copy@163.com")].action == "bcc"
    assert outside[("team", "b@company.com")].klass is RecipientClass.EXTERNAL
    assert outside[("logger", "|/usr/bin/logger")].klass is None
    internal = {r.target for r in result.rules if not r.outside}
    assert {"colleague@agency.gov.vn", "admin@agency.gov.vn", "root", "${1}@agency.gov.vn"} - internal == {
        "${1}@agency.gov.vn"
    }
    assert sum(1 for r in result.rules if r.target == "alice.home@gmail.com") == 1  # symlink read once


def test_cli_audit_forwarding_json_and_exit_code(tmp_path: Path) -> None:
    import typer

    app = typer.Typer()
    register(app)
    sieve, pf = write_tree(tmp_path)
    res = CliRunner().invoke(
        app, ["outbound", "audit-forwarding", "--sieve", str(sieve), "--postfix-config", str(pf), "--json"]
    )
    assert res.exit_code == 1, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {"problem"} <= set().union(*rows) and any(r.get("target") == "bob@qq.com" and r["violation"] for r in rows)
    args = ["outbound", "audit-forwarding", "--sieve", str(sieve), "--local-domain", "agency.gov.vn"]
    table = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    assert "alice.home@gmail.com" in table.stdout and "2 files, 6 rules, 5 to outside addresses" in table.stdout
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "a.sieve").write_text('if true { fileinto "x"; }\n')
    assert CliRunner().invoke(app, ["outbound", "audit-forwarding", "--sieve", str(clean)]).exit_code == 0
