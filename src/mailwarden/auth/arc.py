"""ARC chain validation (RFC 8617 §5.2) on dkimpy's ARC implementation, with DNS injected."""

from __future__ import annotations

import logging
from typing import Any

import dkim

from mailwarden.auth.lookup import DkimDnsFunc, DnsLookup
from mailwarden.auth.rawfields import has_field
from mailwarden.auth.results import ArcOutcome

log = logging.getLogger(__name__)

MAX_INSTANCES = 50  # RFC 8617 §4.2.1: i= is 1..50
ARC_FIELDS = (b"arc-seal", b"arc-message-signature", b"arc-authentication-results")


def verify_arc(raw: bytes, lookup: DnsLookup, *, min_key_bits: int = 1024) -> ArcOutcome:
    """Validate the ARC chain of ``raw``: cv none/pass/fail, with temperror/permerror causes kept."""
    dnsfunc = DkimDnsFunc(lookup)
    try:
        a = dkim.ARC(raw, minkey=min_key_bits)
        outcome = _validate(a, dnsfunc)
    except dkim.DKIMException as e:
        if not any(has_field(raw, name) for name in ARC_FIELDS):
            return ArcOutcome("none", 0, "message is not ARC signed")  # however broken its header section
        outcome = ArcOutcome("fail", 0, f"malformed message: {e}", "permerror")
    except Exception as e:  # library bug: keep the reason, never a silent "fail"
        log.warning("dkimpy ARC validation failed: %r", e, exc_info=True)
        outcome = ArcOutcome("fail", 0, f"internal ARC error: {type(e).__name__}: {e}", "permerror")
    if outcome.cv == "fail" and outcome.error is None and dnsfunc.temp_failures:
        # a key could not be fetched: the failure may be transient (RFC 6376 §6.1.2 TEMPFAIL)
        return ArcOutcome("fail", outcome.instance_count, outcome.reason, "temperror", outcome.seal_domain)
    return outcome


def _validate(a: dkim.ARC, dnsfunc: DkimDnsFunc) -> ArcOutcome:
    """RFC 8617 §5.2, following ``dkim.ARC.verify`` but keeping *why* a chain failed.

    ``ARC.verify`` returns only a reason string; a structural error (missing/duplicate set member,
    bad tags: permerror) and a signature that does not verify (fail) need different symbols.
    """
    max_instance, headers = a.sorted_arc_headers()
    if max_instance == 0:
        return ArcOutcome("none", 0, "message is not ARC signed")
    if max_instance > MAX_INSTANCES:
        return ArcOutcome("fail", max_instance, f"more than {MAX_INSTANCES} ARC sets", "permerror")
    results: list[dict[Any, Any]] = []
    for instance in range(max_instance, 0, -1):
        try:
            results.append(a.verify_instance(headers, instance, dnsfunc=dnsfunc))
        except dkim.DKIMException as e:
            # §5.2 step 1-3: missing, duplicate or malformed ARC set members
            return ArcOutcome("fail", max_instance, f"ARC set {instance}: {e}", "permerror")
    newest = results[0]
    seal_domain = _text(newest.get("as-domain"))
    if newest.get("cv") == b"fail":
        # §5.2 step 2: the chain was already declared failed by the last ARC-Seal
        return ArcOutcome("fail", max_instance, f"ARC-Seal[{max_instance}] has cv=fail", None, seal_domain)
    if not newest["ams-valid"]:
        # §5.2 step 4: the most recent AMS must validate
        return ArcOutcome("fail", max_instance, "most recent ARC-Message-Signature did not validate", None, seal_domain)
    for res in results:
        inst = res["instance"]
        if res["cv"] == b"fail":
            return ArcOutcome("fail", max_instance, f"ARC-Seal[{inst}] has cv=fail", None, seal_domain)
        if not res["as-valid"]:
            return ArcOutcome("fail", max_instance, f"ARC-Seal[{inst}] did not validate", None, seal_domain)
        # §5.2 step 3 (structure): cv=none only on i=1, cv=pass on every later instance
        if inst == 1 and res["cv"] != b"none":
            return ArcOutcome("fail", max_instance, "ARC-Seal[1] must have cv=none", "permerror", seal_domain)
        if inst != 1 and res["cv"] != b"pass":
            reason = f"ARC-Seal[{inst}] has cv={_text(res['cv'])}"
            return ArcOutcome("fail", max_instance, reason, "permerror", seal_domain)
    return ArcOutcome("pass", max_instance, "", None, seal_domain)


def _text(v: object) -> str | None:
    if isinstance(v, bytes):
        return v.decode("ascii", "replace")
    return None if v is None else str(v)
