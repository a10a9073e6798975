"""Self-check table (CN-SCT-01…19 and the VN items) filled from findings, plus the CN-RECT-01 inventory."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from mailwarden.posture.findings import Finding, Severity


class Status(enum.StrEnum):
    """Answer for one self-check item."""

    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not-applicable"
    NEEDS_ATTESTATION = "needs-attestation"


@dataclass(frozen=True, slots=True)
class Item:
    """A self-check item: the checks whose completion is evidence for it ("" prefix-matches)."""

    id: str
    evidence: tuple[str, ...] = ()  # check names (prefixes); empty = organisational, attestation only
    mail_only: bool = True  # not applicable to a domain that receives no mail (null MX)


ITEMS: tuple[Item, ...] = (
    Item("CN-SCT-01"),
    Item("CN-SCT-02", ("config.postfix",)),
    Item("CN-SCT-03", ("smtp.starttls", "tls.")),
    Item("CN-SCT-04", ("smtp.relay", "config.postfix")),
    Item("CN-SCT-05", ("config.logs",), mail_only=False),
    Item("CN-SCT-06", ("config.postfix",)),
    Item("CN-SCT-07"),
    Item("CN-SCT-08"),
    Item("CN-SCT-09"),
    Item("CN-SCT-10"),
    Item("CN-SCT-11", ("config.postfix", "config.dovecot")),
    Item("CN-SCT-12"),
    Item("CN-SCT-13"),
    Item("CN-SCT-14"),
    Item("CN-SCT-15"),
    Item("CN-SCT-16"),
    Item("CN-SCT-17"),
    Item("CN-SCT-18", ("access.imap", "access.pop3", "smtp.auth_tls")),
    Item("CN-SCT-19"),
    Item("VN-66-03", ("dns.spf", "dns.dmarc", "dns.dkim"), mail_only=False),
    Item("VN-UG-01", ("access.webmail",)),
    Item("VN-UG-02", ("access.imap", "access.pop3", "smtp.submission_tls", "smtp.auth_tls")),
    Item("VN-UG-03", ("tls.",)),
    Item("VN-LVL-02", ("dns.dmarc",), mail_only=False),
    Item("VN-PR-01"),
    Item("X-01", ("dns.spf",), mail_only=False),
    Item("X-02", ("dns.dkim",), mail_only=False),
    Item("X-03", ("dns.dmarc",), mail_only=False),
    Item("X-05", ("smtp.starttls", "dns.mta_sts", "dns.tlsrpt")),
    Item("X-06", ("smtp.relay", "smtp.auth_tls")),
)


@dataclass(frozen=True, slots=True)
class Row:
    """One filled self-check row."""

    id: str
    status: Status
    codes: tuple[str, ...]


def fill(findings: Iterable[Finding], ran: set[str], receives_mail: bool = True) -> list[Row]:
    """Fail on any LOW+ finding mapped to the item; pass when its evidence checks ran; else attestation."""
    items = list(findings)
    rows = []
    for item in ITEMS:
        codes = tuple(sorted({f.code for f in items if item.id in f.controls and f.severity >= Severity.LOW}))
        if not receives_mail and item.mail_only and item.evidence:
            status = Status.NOT_APPLICABLE
        elif codes:
            status = Status.FAIL
        elif item.evidence and any(r.startswith(e) for e in item.evidence for r in ran):
            status = Status.PASS
        else:
            status = Status.NEEDS_ATTESTATION
        rows.append(Row(item.id, status, codes))
    return rows
