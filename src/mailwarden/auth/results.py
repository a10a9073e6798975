"""Typed outcomes of the sender-authentication mechanisms (RFC 8601 result words, no scores)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# RFC 8601 §2.7 result words. Not every method uses every word (SPF has softfail, DKIM policy, ...).
AuthResult = Literal["pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"]
SpfScope = Literal["mfrom", "helo"]
ArcCv = Literal["none", "pass", "fail"]
Disposition = Literal["none", "quarantine", "reject"]


@dataclass(frozen=True, slots=True)
class SpfOutcome:
    """Result of one SPF check_host() evaluation (RFC 7208 §2.6)."""

    result: AuthResult
    domain: str
    scope: SpfScope
    explanation: str = ""
    smtp_comment: str = ""
    # The identity checked: the MAIL FROM address, or postmaster@<helo> for the HELO scope (RFC 7208 §2.4).
    identity: str = ""
    client_ip: str | None = None
    helo: str | None = None


@dataclass(frozen=True, slots=True)
class DkimSignatureResult:
    """Result of verifying one DKIM-Signature header field (RFC 6376 §6.1)."""

    domain: str
    selector: str
    algorithm: str
    result: AuthResult
    reason: str = ""
    key_bits: int | None = None
    identity: str = ""
    # First characters of b= for the A-R header.b property (RFC 6008 §2).
    signature_b: str = ""


_DKIM_ORDER: tuple[AuthResult, ...] = ("pass", "fail", "temperror", "permerror", "neutral", "policy")


@dataclass(frozen=True, slots=True)
class DkimOutcome:
    """All DKIM signatures of a message, in header order."""

    signatures: tuple[DkimSignatureResult, ...] = ()
    # Set when the message could not be prepared for verification at all (unparseable header block).
    error: str | None = None

    @property
    def result(self) -> AuthResult:
        """Summary word: pass if any signature passed, else the most telling failure."""
        if self.error is not None and not self.signatures:
            return "permerror"
        words = {s.result for s in self.signatures}
        for word in _DKIM_ORDER:
            if word in words:
                return word
        return "none"

    def passing_domains(self) -> tuple[str, ...]:
        """d= domains of the signatures that passed (lower-case)."""
        return tuple(s.domain.lower() for s in self.signatures if s.result == "pass")


@dataclass(frozen=True, slots=True)
class ArcOutcome:
    """ARC chain validation status (RFC 8617 §5.2)."""

    cv: ArcCv
    instance_count: int = 0
    reason: str = ""
    # Why cv=fail when it was not a plain signature failure: temperror (DNS) or permerror (malformed set).
    error: Literal["temperror", "permerror"] | None = None
    # d= of the ARC-Seal with the highest instance, for A-R header.as-d style reporting
    seal_domain: str | None = None

    @property
    def result(self) -> str:
        """The word for Authentication-Results: RFC 8617 §10.2 registers none, pass and fail only."""
        return self.cv


@dataclass(frozen=True, slots=True)
class DmarcRecord:
    """A parsed DMARC policy record (RFC 7489 §6.3)."""

    raw: str
    domain: str  # where it was found: the From domain or the organizational domain
    p: Disposition
    sp: Disposition | None = None
    pct: int = 100
    adkim: Literal["r", "s"] = "r"
    aspf: Literal["r", "s"] = "r"
    rua: tuple[str, ...] = ()
    ruf: tuple[str, ...] = ()
    fo: tuple[str, ...] = ("0",)
    rf: tuple[str, ...] = ("afrf",)
    ri: int = 86400
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DmarcOutcome:
    """DMARC evaluation (RFC 7489 §6.6) and the disposition to apply (``applied_policy``)."""

    result: AuthResult
    from_domain: str | None
    org_domain: str | None = None
    policy: Disposition | None = None
    subdomain_policy: Disposition | None = None
    pct: int = 100
    # What the receiver should do: the policy that applies (p or sp), after pct sampling (§6.6.4).
    applied_policy: Disposition = "none"
    spf_aligned: bool = False
    dkim_aligned: bool = False
    record: DmarcRecord | None = None
    reason: str = ""
    # True when pct sampling stepped the policy down (§6.6.4) for this message.
    sampled_out: bool = False
