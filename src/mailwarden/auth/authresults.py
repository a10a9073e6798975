"""Build the RFC 8601 Authentication-Results header value from the authentication outcomes (authres)."""

from __future__ import annotations

import authres
import authres.arc
import authres.dkim_b
import authres.dmarc

from mailwarden.auth.results import ArcOutcome, DkimOutcome, DmarcOutcome, SpfOutcome

HEADER_B_PREFIX = 8  # RFC 6008 §2: at least 8 characters of b= to tell signatures apart
MAX_REASON = 120  # reasons can quote whole key records; keep the header readable


def _reason(text: str | None) -> str | None:
    if not text:
        return None
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 3] + "..."


# Parses every method we emit (and header.b); use it to read A-R headers back.
FEATURES = authres.FeatureContext(authres.dkim_b, authres.arc, authres.dmarc)


def _spf(o: SpfOutcome) -> object:
    reason = _reason(o.explanation) if o.result not in ("pass", "none") else None
    if o.scope == "helo":
        return authres.SPFAuthenticationResult(result=o.result, reason=reason, smtp_helo=o.domain or None)
    # RFC 8601 §2.7.2: smtp.mailfrom carries the checked address (RFC 7208 §2.4 identity)
    return authres.SPFAuthenticationResult(result=o.result, reason=reason, smtp_mailfrom=o.identity or o.domain)


def _dkim(o: DkimOutcome) -> list[object]:
    if not o.signatures:
        return [authres.dkim_b.DKIMAuthenticationResult(result=o.result, reason=_reason(o.error))]
    out: list[object] = []
    for s in o.signatures:
        r = authres.dkim_b.DKIMAuthenticationResult(
            result=s.result,
            result_comment=f"{s.key_bits}-bit key" if s.key_bits else None,
            reason=_reason(s.reason),
            header_d=s.domain or None,
            header_i=s.identity or None,
            header_b=s.signature_b[:HEADER_B_PREFIX] or None,
        )
        if s.selector:
            r.properties.append(authres.core.AuthenticationResultProperty("header", "s", s.selector))
        if s.algorithm:
            r.properties.append(authres.core.AuthenticationResultProperty("header", "a", s.algorithm))
        out.append(r)
    return out


def _arc(o: ArcOutcome) -> object:
    comment = f"i={o.instance_count}" if o.instance_count else None
    return authres.arc.ARCAuthenticationResult(
        result=o.result,
        result_comment=comment,
        reason=_reason(o.reason),
        header_as_d=o.seal_domain or None,
    )


def _dmarc(o: DmarcOutcome) -> object:
    comment = None
    if o.policy is not None:
        sp = o.subdomain_policy or o.policy
        comment = f"p={o.policy.upper()} sp={sp.upper()} pct={o.pct} dis={o.applied_policy.upper()}"
    r = authres.dmarc.DMARCAuthenticationResult(
        result=o.result,
        result_comment=comment,
        reason=_reason(o.reason) if o.result != "pass" else None,
        header_from=o.from_domain or None,
    )
    if o.policy is not None:
        # policy.dmarc: the disposition applied to this message (RFC 7489 §6.6.4 after pct sampling)
        r.policy = o.applied_policy
    return r


def build_authentication_results(
    authserv_id: str,
    *,
    spf: SpfOutcome | None = None,
    dkim: DkimOutcome | None = None,
    arc: ArcOutcome | None = None,
    dmarc: DmarcOutcome | None = None,
) -> str:
    """The header *value* (after ``Authentication-Results:``): authserv-id; one resinfo per result."""
    results: list[object] = []
    if spf is not None:
        results.append(_spf(spf))
    if dkim is not None:
        results.extend(_dkim(dkim))
    if arc is not None:
        results.append(_arc(arc))
    if dmarc is not None:
        results.append(_dmarc(dmarc))
    header = authres.AuthenticationResultsHeader(authserv_id=authserv_id, results=results)
    return str(header.header_value())
