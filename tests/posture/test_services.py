"""SMTP/TLS/IMAP/POP3/webmail checks and config audit against real Postfix and Dovecot on loopback.

Start the daemons with `tests/posture/infra/start_mailservers.sh start` (CI does; locally they are optional).
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailwarden.dns import CachingResolver, DnsPythonResolver
from mailwarden.posture.findings import Collector
from mailwarden.posture.runner import AuditOptions, DomainReport, audit_domain
from mailwarden.posture.server_config import audit_dovecot, audit_postfix

pytestmark = pytest.mark.services
STATE = Path(os.environ.get("MW_POSTURE_STATE", "/tmp/mw-posture"))
PORTS = {"smtp": 2525, "submission": 2587, "submissions": 2465, "imap": 2143, "imaps": 2993,
         "pop3": 2110, "pop3s": 2995, "http": 2080, "https": 2443}  # fmt: skip


def _up(ip: str, port: int) -> bool:
    try:
        with socket.create_connection((ip, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def mailservers() -> Iterator[None]:
    """Skip outside CI when the daemons are not running; in CI a missing daemon is a failure."""
    needed = [("127.0.10.1", 2525), ("127.0.10.2", 2525), ("127.0.10.3", 2525), ("127.0.10.4", 2525),
              ("127.0.10.1", 2143), ("127.0.10.4", 2143)]  # fmt: skip
    down = [f"{ip}:{port}" for ip, port in needed if not _up(ip, port)]
    if down:
        msg = f"mail servers not running ({down}): run tests/posture/infra/start_mailservers.sh start"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    yield


@pytest.fixture(scope="module")
def reports(
    mailservers: None, dns_server: str, web_servers: None, web_ca: tuple[Path, Path, Path]
) -> dict[str, DomainReport]:
    """Audit each test domain once (all in one event loop, as the CLI does)."""
    cas = (STATE / "certs" / "ca.pem", web_ca[0])
    plan = {
        "good.test": ("mail.good.test",),
        "relay.test": ("192.0.2.255",),  # nothing but the MX
        "notls.test": ("mail.notls.test",),
        "weak.test": ("mx.weak.test",),
    }

    async def run() -> dict[str, DomainReport]:
        resolver = CachingResolver(DnsPythonResolver([dns_server], timeout=2, lifetime=3))
        out = {}
        for domain, hosts in plan.items():
            ports = dict(PORTS) if domain != "relay.test" else {"smtp": 2525, "https": 2443}
            opts = AuditOptions(ports=ports, hosts=hosts, ca_files=cas, timeout=3)
            out[domain] = await audit_domain(domain, resolver, opts)
        return out

    return asyncio.run(run())


NETWORK_CODES = {
    "SMTP_UNREACHABLE", "SMTP_BANNER_DISCLOSURE", "SMTP_NO_STARTTLS", "SMTP_STARTTLS_FAILED", "SMTP_OPEN_RELAY",
    "SMTP_AUTH_BEFORE_TLS", "SMTP_VRFY_ENABLED", "SMTP_EXPN_ENABLED", "SMTP_PLAINTEXT_SUBMISSION",
    "TLS_LEGACY_PROTOCOL", "TLS_NO_MODERN_PROTOCOL", "TLS_WEAK_CIPHER", "TLS_CERT_UNTRUSTED", "TLS_CERT_EXPIRED",
    "TLS_CERT_EXPIRING", "TLS_CERT_HOSTNAME_MISMATCH", "TLS_CERT_WEAK_KEY", "IMAP_PLAINTEXT_LOGIN",
    "IMAP_NO_STARTTLS", "POP3_PLAINTEXT_LOGIN", "POP3_NO_STLS", "WEB_NO_HTTPS", "WEB_NO_HTTPS_REDIRECT",
    "WEB_NO_HSTS", "DANE_MISMATCH", "MTASTS_POLICY_UNREACHABLE", "MTASTS_POLICY_INVALID", "MTASTS_MX_MISMATCH",
}  # fmt: skip


def codes(rep: DomainReport) -> set[str]:
    return {f.code for f in rep.findings}


def test_good_setup_has_no_network_findings(reports: dict[str, DomainReport]) -> None:
    rep = reports["good.test"]
    assert not codes(rep) & NETWORK_CODES, [f for f in rep.findings if f.code in NETWORK_CODES]
    roles = {row["role"] for row in rep.inventory}
    assert {"mx", "submission", "submissions", "imap", "imaps", "pop3", "pop3s", "webmail"} <= roles
    mx = next(row for row in rep.inventory if row["role"] == "mx")
    assert mx["starttls"] and mx["tls_version"] in ("TLSv1.2", "TLSv1.3") and mx["banner"]
    assert {"smtp.relay", "smtp.starttls", "access.imap", "access.pop3", "access.webmail"} <= rep.ran
    status = {r.id: r.status.value for r in rep.selfcheck}
    assert status["CN-SCT-04"] == status["CN-SCT-03"] == status["VN-UG-02"] == "pass"


def test_open_relay(reports: dict[str, DomainReport]) -> None:
    rep = reports["relay.test"]
    assert "SMTP_OPEN_RELAY" in codes(rep)
    assert rep.grade == "F"
    assert {r.id: r.status.value for r in rep.selfcheck}["CN-SCT-04"] == "fail"


def test_no_starttls_and_plaintext(reports: dict[str, DomainReport]) -> None:
    expected = {"SMTP_NO_STARTTLS", "SMTP_BANNER_DISCLOSURE", "SMTP_VRFY_ENABLED", "SMTP_PLAINTEXT_SUBMISSION",
                "WEB_NO_HTTPS", "WEB_NO_HTTPS_REDIRECT"}  # fmt: skip
    assert expected <= codes(reports["notls.test"]), expected - codes(reports["notls.test"])


def test_weak_tls_and_plaintext_auth(reports: dict[str, DomainReport]) -> None:
    expected = {"TLS_CERT_EXPIRED", "TLS_CERT_UNTRUSTED", "TLS_CERT_HOSTNAME_MISMATCH", "TLS_LEGACY_PROTOCOL",
                "SMTP_AUTH_BEFORE_TLS", "IMAP_PLAINTEXT_LOGIN", "POP3_PLAINTEXT_LOGIN", "DANE_MISMATCH",
                "WEB_NO_HSTS"}  # fmt: skip
    assert expected <= codes(reports["weak.test"]), expected - codes(reports["weak.test"])
    legacy = [f for f in reports["weak.test"].findings if f.code == "TLS_LEGACY_PROTOCOL"]
    assert any("TLSv1" in f.evidence and f.target.endswith(":2525") for f in legacy)


@pytest.fixture
def short_logrotate(tmp_path: Path) -> Path:
    f = tmp_path / "logrotate.conf"
    f.write_text("weekly\nrotate 4\n/tmp/mw-posture/pf-*/maillog {\n  missingok\n}\n")
    return f


def test_postfix_config_good_and_broken(mailservers: None, short_logrotate: Path) -> None:
    found: dict[str, set[str]] = {}
    for name in ("good", "relay", "notls", "weak"):
        col = Collector()
        audit_postfix(STATE / f"pf-{name}", col, [short_logrotate])
        found[name] = {f.code for f in col.findings}
    assert found["good"] == {"CFG_LOG_RETENTION_SHORT"}
    assert {"CFG_POSTFIX_RELAY_UNRESTRICTED", "CFG_POSTFIX_MYNETWORKS_BROAD"} <= found["relay"]
    assert {"CFG_POSTFIX_TLS_DISABLED", "CFG_POSTFIX_VRFY_ENABLED", "CFG_POSTFIX_BANNER_DISCLOSURE",
            "CFG_POSTFIX_NO_FILTER", "CFG_POSTFIX_NO_SIZE_LIMIT"} <= found["notls"]  # fmt: skip
    assert {"CFG_POSTFIX_AUTH_NOT_TLS_ONLY", "CFG_POSTFIX_TLS_LEGACY"} <= found["weak"]


def test_dovecot_config_good_and_broken(mailservers: None) -> None:
    good, weak = Collector(), Collector()
    audit_dovecot(STATE / "dc-good" / "dovecot.conf", good)
    audit_dovecot(STATE / "dc-weak", weak)
    assert not good.findings
    assert {"CFG_DOVECOT_PLAINTEXT_AUTH", "CFG_DOVECOT_TLS_LEGACY", "CFG_DOVECOT_NO_QUOTA"} <= {
        f.code for f in weak.findings
    }
