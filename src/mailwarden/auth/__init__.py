"""Sender authentication mechanisms: SPF, DKIM, ARC, DMARC and the A-R header (RFC result words, no scores).

Every mechanism takes an injected synchronous DNS lookup (``DnsLookup``) and runs in a worker thread.
"""

from mailwarden.auth.arc import verify_arc
from mailwarden.auth.authresults import build_authentication_results
from mailwarden.auth.dkim import verify_dkim
from mailwarden.auth.dmarc import evaluate_dmarc, parse_dmarc_record
from mailwarden.auth.lookup import DnsLookup
from mailwarden.auth.orgdomain import organizational_domain
from mailwarden.auth.results import (
    ArcOutcome,
    DkimOutcome,
    DkimSignatureResult,
    DmarcOutcome,
    DmarcRecord,
    SpfOutcome,
)
from mailwarden.auth.spf import check_spf, check_spf_helo

__all__ = [
    "ArcOutcome",
    "DkimOutcome",
    "DkimSignatureResult",
    "DmarcOutcome",
    "DmarcRecord",
    "DnsLookup",
    "SpfOutcome",
    "build_authentication_results",
    "check_spf",
    "check_spf_helo",
    "evaluate_dmarc",
    "organizational_domain",
    "parse_dmarc_record",
    "verify_arc",
    "verify_dkim",
]
