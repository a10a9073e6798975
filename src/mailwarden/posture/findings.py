"""Posture findings: the stable code catalogue (severity, control IDs, fix) and the Finding value."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """How bad a finding is; the integer orders them."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        """Lower-case name used in JSON/CSV."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class CodeSpec:
    """Catalogue entry: what a code means for grading, compliance and remediation."""

    severity: Severity
    controls: tuple[str, ...]
    fix: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One observed weakness: a catalogue code plus where and what was seen."""

    code: str
    severity: Severity
    controls: tuple[str, ...]
    evidence: str
    fix: str
    target: str = ""

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "code": self.code,
            "severity": self.severity.label,
            "controls": list(self.controls),
            "evidence": self.evidence,
            "target": self.target,
            "fix": self.fix,
        }


S = Severity
_TLS = ("CN-SCT-03", "X-05", "MLPS-11", "MLPS-14", "VN-UG-02")
_CERT = ("VN-UG-03", "CN-SCT-03", "X-05")
_SPF = ("X-01", "VN-66-03", "CN-RECT-02")
_DMARC = ("X-03", "VN-LVL-02", "VN-66-03", "CN-RECT-02")
_DKIM = ("X-02", "VN-66-03", "CN-RECT-02")
_RELAY = ("CN-SCT-04", "CN-MII38-01", "X-06")
_FILTER = ("CN-SCT-02", "VN-66-03", "VN-LVL-01", "MLPS-01", "MLPS-02", "CN-RECT-02")
_FWD = ("CN-SCT-11", "CN-RECT-05")
_LOGS = ("CN-SCT-05", "CN-CSL-01", "MLPS-13", "VN-LVL-04")
_ACCESS = ("VN-UG-02", "CN-SCT-03", "CN-SCT-18", "MLPS-06", "X-05")
_HARDEN = ("MLPS-09", "CN-37002-01")

CATALOGUE: dict[str, CodeSpec] = {
    # --- DNS: MX (RFC 5321 §5.1, RFC 7505) ---
    "MX_MISSING": CodeSpec(S.HIGH, ("CN-SCT-02", "CN-RECT-01"), "Publish MX records: `@ IN MX 10 mx.DOMAIN.`"),
    "MX_NULL": CodeSpec(S.INFO, ("CN-RECT-01",), "None: the domain declares it accepts no mail (RFC 7505)."),
    "MX_HOST_UNRESOLVABLE": CodeSpec(
        S.HIGH, ("CN-SCT-02", "CN-RECT-01"), "Give every MX host an A/AAAA record (RFC 5321 §5.1)."
    ),
    "MX_PTR_MISSING": CodeSpec(
        S.LOW, ("CN-MII38-02", "CN-RECT-01"), "Ask the IP owner for a PTR record naming the MX host."
    ),
    "MX_FCRDNS_MISMATCH": CodeSpec(
        S.LOW, ("CN-MII38-02", "CN-RECT-01"), "Make PTR name resolve back to the same IP (FCrDNS)."
    ),
    # --- DNS: SPF (RFC 7208) ---
    "SPF_MISSING": CodeSpec(S.HIGH, _SPF, 'Publish `@ IN TXT "v=spf1 mx -all"` (parked domains: `v=spf1 -all`).'),
    "SPF_MULTIPLE": CodeSpec(S.HIGH, _SPF, "Merge into one v=spf1 record (RFC 7208 §4.5: several = permerror)."),
    "SPF_SYNTAX": CodeSpec(S.HIGH, _SPF, "Fix the record syntax (RFC 7208 §12 ABNF)."),
    "SPF_TOO_MANY_LOOKUPS": CodeSpec(
        S.HIGH, _SPF, "Flatten includes: at most 10 DNS-querying terms (RFC 7208 §4.6.4)."
    ),
    "SPF_TOO_MANY_VOID": CodeSpec(
        S.MEDIUM, _SPF, "Remove terms whose names do not exist (max 2 void lookups, RFC 7208 §4.6.4)."
    ),
    "SPF_PASS_ALL": CodeSpec(S.CRITICAL, _SPF, "Replace `+all` with `-all` (or `~all` while testing)."),
    "SPF_NEUTRAL_ALL": CodeSpec(S.MEDIUM, _SPF, "Replace `?all` with `-all` or `~all`."),
    "SPF_NO_ALL": CodeSpec(S.MEDIUM, _SPF, "End the record with `-all`."),
    "SPF_INCLUDE_MISSING": CodeSpec(S.HIGH, _SPF, "Remove or fix include:/redirect= targets without SPF."),
    "SPF_PTR_MECHANISM": CodeSpec(S.LOW, _SPF, "Replace `ptr` by ip4:/ip6: (RFC 7208 §5.5: SHOULD NOT use)."),
    # --- DNS: DMARC (RFC 7489) ---
    "DMARC_MISSING": CodeSpec(S.HIGH, _DMARC, 'Publish `_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@DOMAIN"`.'),
    "DMARC_MULTIPLE": CodeSpec(S.HIGH, _DMARC, "Keep exactly one v=DMARC1 record (RFC 7489 §6.6.3)."),
    "DMARC_SYNTAX": CodeSpec(S.HIGH, _DMARC, "Fix the record: `v=DMARC1` first, then `p=` (RFC 7489 §6.4)."),
    "DMARC_POLICY_NONE": CodeSpec(S.MEDIUM, _DMARC, "Move to `p=quarantine`, then `p=reject`."),
    "DMARC_SP_NONE": CodeSpec(S.LOW, _DMARC, "Set `sp=reject` (or remove sp= to inherit p=)."),
    "DMARC_PCT_PARTIAL": CodeSpec(S.LOW, _DMARC, "Set `pct=100` (or remove pct=)."),
    "DMARC_NO_RUA": CodeSpec(S.LOW, _DMARC, "Add `rua=mailto:dmarc-reports@DOMAIN` to receive aggregate reports."),
    "DMARC_RELAXED_ALIGNMENT": CodeSpec(S.INFO, _DMARC, "Consider `adkim=s; aspf=s` when all senders align."),
    "DMARC_EXTERNAL_RUA_UNAUTHORIZED": CodeSpec(
        S.MEDIUM,
        _DMARC,
        'The report receiver must publish `DOMAIN._report._dmarc.RECEIVER IN TXT "v=DMARC1"` (RFC 7489 §7.1).',
    ),
    # --- DNS: DKIM (RFC 6376, RFC 8301, RFC 8463) ---
    "DKIM_NOT_FOUND": CodeSpec(
        S.MEDIUM, _DKIM, 'Sign outbound mail; publish `SELECTOR._domainkey IN TXT "v=DKIM1; k=rsa; p=…"`.'
    ),
    "DKIM_WEAK_KEY": CodeSpec(S.HIGH, _DKIM, "Rotate to an RSA key of at least 2048 bits (RFC 8301 §3.2) or Ed25519."),
    "DKIM_REVOKED": CodeSpec(S.INFO, _DKIM, "None if the selector is retired on purpose (empty p=)."),
    "DKIM_SYNTAX": CodeSpec(S.MEDIUM, _DKIM, "Fix the key record (RFC 6376 §3.6.1): valid base64 p=."),
    "DKIM_TEST_MODE": CodeSpec(S.LOW, _DKIM, "Remove `t=y` once signing works (RFC 6376 §3.6.1)."),
    # --- DNS: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), BIMI ---
    "MTASTS_MISSING": CodeSpec(
        S.LOW, ("X-05", "MLPS-14"), 'Publish `_mta-sts IN TXT "v=STSv1; id=…"` and an HTTPS policy.'
    ),
    "MTASTS_POLICY_UNREACHABLE": CodeSpec(
        S.MEDIUM, ("X-05", "MLPS-14"), "Serve https://mta-sts.DOMAIN/.well-known/mta-sts.txt (RFC 8461 §3.3)."
    ),
    "MTASTS_POLICY_INVALID": CodeSpec(
        S.MEDIUM, ("X-05", "MLPS-14"), "Policy needs version: STSv1, mode, mx and max_age (RFC 8461 §3.2)."
    ),
    "MTASTS_TXT_INVALID": CodeSpec(S.MEDIUM, ("X-05",), "TXT must be `v=STSv1; id=<1-32 alnum>` (§3.1)."),
    "MTASTS_MODE_TESTING": CodeSpec(S.LOW, ("X-05", "MLPS-14"), "Move the policy to `mode: enforce`."),
    "MTASTS_MX_MISMATCH": CodeSpec(
        S.HIGH, ("X-05", "MLPS-14"), "List every MX host in the policy `mx:` lines (RFC 8461 §4.1)."
    ),
    "TLSRPT_MISSING": CodeSpec(S.LOW, ("X-05",), 'Publish `_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:…"`.'),
    "TLSRPT_INVALID": CodeSpec(S.LOW, ("X-05",), "Record needs `v=TLSRPTv1` and rua=mailto:/https: (§3)."),
    "BIMI_MISSING": CodeSpec(S.INFO, (), 'Optional: `default._bimi IN TXT "v=BIMI1; l=https://…/logo.svg"`.'),
    "BIMI_INVALID": CodeSpec(S.LOW, (), "BIMI needs v=BIMI1, an https l= SVG and DMARC enforcement."),
    # --- DNS: DNSSEC (RFC 4033-4035), DANE (RFC 7672, RFC 6698) ---
    "DNSSEC_UNSIGNED": CodeSpec(S.MEDIUM, ("MLPS-11", "X-05"), "Sign the zone and publish DS at the parent."),
    "DNSSEC_INVALID": CodeSpec(S.HIGH, ("MLPS-11", "X-05"), "Re-sign the zone: RRSIG does not validate."),
    "DANE_MISSING": CodeSpec(
        S.INFO, ("X-05", "MLPS-14"), "Publish `_25._tcp.MX IN TLSA 3 1 1 <sha256 of SPKI>` (RFC 7672)."
    ),
    "DANE_UNSIGNED": CodeSpec(
        S.MEDIUM, ("X-05",), "TLSA records are ignored without DNSSEC (RFC 7672 §2.2): sign the zone."
    ),
    "DANE_MISMATCH": CodeSpec(
        S.HIGH, ("X-05", "MLPS-14"), "Update TLSA to match the served certificate (RFC 6698 §2.1)."
    ),
    "DNS_TEMPFAIL": CodeSpec(S.INFO, (), "Retry; the name server did not answer."),
    # --- SMTP (RFC 5321, RFC 3207, RFC 8314, RFC 4954) ---
    "SMTP_UNREACHABLE": CodeSpec(S.HIGH, ("CN-SCT-02",), "Make port 25 of every MX reachable."),
    "SMTP_BANNER_DISCLOSURE": CodeSpec(
        S.LOW, _HARDEN, "Postfix: `smtpd_banner = $myhostname ESMTP` (hide software/version)."
    ),
    "SMTP_NO_STARTTLS": CodeSpec(
        S.HIGH,
        _TLS,
        "Postfix: `smtpd_tls_cert_file=…`, `smtpd_tls_key_file=…`, `smtpd_tls_security_level = may`.",
    ),
    "SMTP_STARTTLS_FAILED": CodeSpec(S.HIGH, _TLS, "Fix the server certificate/key so the handshake succeeds."),
    "SMTP_OPEN_RELAY": CodeSpec(
        S.CRITICAL,
        _RELAY,
        "Postfix: `smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
        "reject_unauth_destination`; `mynetworks = 127.0.0.0/8`.",
    ),
    "SMTP_AUTH_BEFORE_TLS": CodeSpec(
        S.HIGH, (*_ACCESS, "X-06"), "Postfix: `smtpd_tls_auth_only = yes` (RFC 3207 §4, RFC 8314)."
    ),
    "SMTP_VRFY_ENABLED": CodeSpec(S.LOW, _HARDEN, "Postfix: `disable_vrfy_command = yes`."),
    "SMTP_EXPN_ENABLED": CodeSpec(S.LOW, _HARDEN, "Disable EXPN on the MTA."),
    "SMTP_PLAINTEXT_SUBMISSION": CodeSpec(
        S.HIGH,
        _ACCESS,
        "master.cf submission: `-o smtpd_tls_security_level=encrypt` (RFC 8314 §3.3); prefer port 465.",
    ),
    # --- TLS on any service ---
    "TLS_LEGACY_PROTOCOL": CodeSpec(
        S.MEDIUM,
        _TLS,
        "Postfix: `smtpd_tls_protocols = >=TLSv1.2`, `smtpd_tls_mandatory_protocols = >=TLSv1.2`; "
        "Dovecot: `ssl_min_protocol = TLSv1.2` (RFC 8996).",
    ),
    "TLS_NO_MODERN_PROTOCOL": CodeSpec(S.HIGH, _TLS, "Enable TLS 1.2 and TLS 1.3."),
    "TLS_WEAK_CIPHER": CodeSpec(S.MEDIUM, _TLS, "Postfix: `smtpd_tls_exclude_ciphers = aNULL, eNULL, RC4, 3DES, MD5`."),
    "TLS_CERT_UNTRUSTED": CodeSpec(
        S.MEDIUM, _CERT, "Install a certificate from a trusted CA with its full chain (or publish DANE)."
    ),
    "TLS_CERT_EXPIRED": CodeSpec(S.HIGH, _CERT, "Renew the certificate now."),
    "TLS_CERT_EXPIRING": CodeSpec(S.LOW, _CERT, "Renew the certificate (expires within 30 days)."),
    "TLS_CERT_HOSTNAME_MISMATCH": CodeSpec(S.MEDIUM, _CERT, "Issue the certificate for the host's name."),
    "TLS_CERT_WEAK_KEY": CodeSpec(S.MEDIUM, _CERT, "Use RSA ≥ 2048 bits or ECDSA P-256."),
    # --- IMAP / POP3 / webmail (RFC 3501 §6.2.3, RFC 2595, RFC 8314, RFC 6797) ---
    "IMAP_PLAINTEXT_LOGIN": CodeSpec(
        S.HIGH, _ACCESS, "Dovecot: `disable_plaintext_auth = yes` (2.4: `auth_allow_cleartext = no`)."
    ),
    "IMAP_NO_STARTTLS": CodeSpec(S.HIGH, _ACCESS, "Dovecot: `ssl = required`; offer IMAPS on 993."),
    "POP3_PLAINTEXT_LOGIN": CodeSpec(S.HIGH, _ACCESS, "Dovecot: `disable_plaintext_auth = yes`."),
    "POP3_NO_STLS": CodeSpec(S.HIGH, _ACCESS, "Dovecot: `ssl = required`; offer POP3S on 995."),
    "WEB_NO_HTTPS": CodeSpec(S.HIGH, ("VN-UG-01", "CN-SCT-03", "MLPS-14"), "Serve webmail over HTTPS only."),
    "WEB_NO_HTTPS_REDIRECT": CodeSpec(
        S.MEDIUM, ("VN-UG-01", "CN-SCT-03"), "Redirect http:// to https:// (301) for every path."
    ),
    "WEB_NO_HSTS": CodeSpec(S.LOW, ("VN-UG-01",), "Send `Strict-Transport-Security: max-age=31536000` (RFC 6797)."),
    # --- server configuration (Postfix, Dovecot, logrotate) ---
    "CFG_POSTFIX_RELAY_UNRESTRICTED": CodeSpec(
        S.CRITICAL,
        _RELAY,
        "main.cf: `smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
        "reject_unauth_destination`.",
    ),
    "CFG_POSTFIX_MYNETWORKS_BROAD": CodeSpec(
        S.HIGH, _RELAY, "main.cf: `mynetworks = 127.0.0.0/8 [::1]/128` plus only the agency's MTAs."
    ),
    "CFG_POSTFIX_TLS_DISABLED": CodeSpec(
        S.HIGH, _TLS, "main.cf: `smtpd_tls_security_level = may` with cert and key files."
    ),
    "CFG_POSTFIX_AUTH_NOT_TLS_ONLY": CodeSpec(S.HIGH, _ACCESS, "main.cf: `smtpd_tls_auth_only = yes`."),
    "CFG_POSTFIX_TLS_LEGACY": CodeSpec(
        S.MEDIUM, _TLS, "main.cf: `smtpd_tls_protocols = >=TLSv1.2` and `smtpd_tls_mandatory_protocols = >=TLSv1.2`."
    ),
    "CFG_POSTFIX_NO_SIZE_LIMIT": CodeSpec(
        S.MEDIUM, ("CN-SCT-06",), "main.cf: `message_size_limit = 26214400` (25 MiB) or the agency's limit."
    ),
    "CFG_POSTFIX_NO_FILTER": CodeSpec(
        S.HIGH, _FILTER, "main.cf: `smtpd_milters = inet:127.0.0.1:11990` (mailwarden/rspamd) or content_filter."
    ),
    "CFG_POSTFIX_ALWAYS_BCC": CodeSpec(
        S.HIGH, _FWD, "Remove `always_bcc` / `*_bcc_maps` copies unless approved and documented."
    ),
    "CFG_POSTFIX_VRFY_ENABLED": CodeSpec(S.LOW, _HARDEN, "main.cf: `disable_vrfy_command = yes`."),
    "CFG_POSTFIX_BANNER_DISCLOSURE": CodeSpec(S.LOW, _HARDEN, "main.cf: `smtpd_banner = $myhostname ESMTP`."),
    "CFG_LOG_RETENTION_SHORT": CodeSpec(
        S.HIGH, _LOGS, "logrotate for the mail log: `daily` + `rotate 180` (or `weekly` + `rotate 26`)."
    ),
    "CFG_LOG_RETENTION_UNKNOWN": CodeSpec(
        S.LOW, _LOGS, "Configure logrotate for the mail log, or attest central log retention ≥ 180 days."
    ),
    "CFG_DOVECOT_PLAINTEXT_AUTH": CodeSpec(S.HIGH, _ACCESS, "dovecot.conf: `disable_plaintext_auth = yes`."),
    "CFG_DOVECOT_SSL_DISABLED": CodeSpec(S.HIGH, _ACCESS, "dovecot.conf: `ssl = required` with ssl_cert/ssl_key."),
    "CFG_DOVECOT_TLS_LEGACY": CodeSpec(S.MEDIUM, _TLS, "dovecot.conf: `ssl_min_protocol = TLSv1.2`."),
    "CFG_DOVECOT_NO_QUOTA": CodeSpec(
        S.LOW, ("CN-SCT-06",), "dovecot.conf: `mail_plugins = $mail_plugins quota` and `quota_rule = *:storage=2G`."
    ),
    "CFG_DOVECOT_SIEVE_REDIRECT": CodeSpec(
        S.MEDIUM, _FWD, "90-sieve.conf: `sieve_max_redirects = 0` (or block external redirect targets)."
    ),
}


def make(code: str, evidence: str, target: str = "") -> Finding:
    """Build a Finding for a catalogue code (KeyError for unknown codes: they are public API)."""
    spec = CATALOGUE[code]
    return Finding(code, spec.severity, spec.controls, evidence, spec.fix, target)


@dataclass(slots=True)
class Collector:
    """Findings and the names of the checks that ran (a check that ran and found nothing is a pass)."""

    findings: list[Finding] = field(default_factory=list)
    ran: set[str] = field(default_factory=set)

    def add(self, code: str, evidence: str, target: str = "") -> None:
        """Record one finding."""
        self.findings.append(make(code, evidence, target))

    def mark(self, check: str) -> None:
        """Record that a check ran to completion."""
        self.ran.add(check)

    def extend(self, other: Collector) -> None:
        """Merge another collector into this one."""
        self.findings.extend(other.findings)
        self.ran |= other.ran
