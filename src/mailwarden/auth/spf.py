"""SPF (RFC 7208) through pyspf, with DNS answered by the injected lookup of the calling thread."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

import spf

from mailwarden.auth.lookup import DnsLookup
from mailwarden.auth.results import AuthResult, SpfOutcome, SpfScope
from mailwarden.errors import DnsError, DnsTimeout

log = logging.getLogger(__name__)

# pyspf resolves through the module-global ``spf.DNSLookup`` (called from ``query.dns``). We install,
# once, a dispatcher that reads the lookup of the *current context* from this ContextVar:
# - subclassing ``spf.query`` would mean copying its 50-line ``dns()`` (cache, CNAME chasing, RFC 7208
#   §4.6.4 void-lookup counting), which is exactly the logic we want pyspf to own;
# - a ContextVar is per thread / per asyncio task (``asyncio.to_thread`` copies the context), so
#   concurrent messages never see each other's resolver, and there is no global mutable resolver.
# Outside ``check_spf`` (no lookup set) the dispatcher defers to pyspf's original resolver, so other
# users of pyspf in the process keep working.
_current_lookup: ContextVar[DnsLookup | None] = ContextVar("mailwarden_spf_lookup", default=None)
_original_dnslookup = spf.DNSLookup

# pyspf's result words before RFC 7208 (``error``/``unknown``) → RFC 8601 words.
_OLD_RESULTS: dict[str, AuthResult] = {"error": "temperror", "unknown": "permerror"}
_RESULTS: frozenset[str] = frozenset({"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"})


def _dispatch_dnslookup(
    name: str, qtype: str, strict: Any = True, timeout: Any = None
) -> Iterator[tuple[tuple[str, str], Any]] | list[tuple[tuple[str, str], Any]]:
    """``spf.DNSLookup`` replacement: answers from the injected lookup, in pyspf's pydns-like shapes."""
    lookup = _current_lookup.get()
    if lookup is None:
        return _original_dnslookup(name, qtype, strict, timeout)  # type: ignore[no-any-return]
    try:
        res = lookup(name, qtype)
    except DnsTimeout as e:
        # RFC 7208 §2.6.6 / §5: a transient DNS failure is temperror.
        raise spf.TempError(f"DNS {e}") from e
    except DnsError as e:
        raise spf.TempError(f"DNS {e}") from e
    key = (name, qtype)
    out: list[tuple[tuple[str, str], Any]] = []
    if qtype in ("TXT", "SPF"):
        # pyspf joins the strings of one record itself; hand it one tuple of bytes per record.
        for rdata in res.records:
            strings = getattr(rdata, "strings", None)
            if strings is not None:
                out.append((key, tuple(strings)))
        return out
    for rdata in res.records:
        if qtype in ("A", "AAAA"):
            out.append((key, rdata.address))  # type: ignore[attr-defined]
        elif qtype == "MX":
            exchange = rdata.exchange.to_text(omit_final_dot=True)  # type: ignore[attr-defined]
            out.append((key, (rdata.preference, exchange)))  # type: ignore[attr-defined]
        elif qtype == "PTR":
            out.append((key, rdata.target.to_text(omit_final_dot=True)))  # type: ignore[attr-defined]
    return out


spf.DNSLookup = _dispatch_dnslookup


def _word(res: str) -> AuthResult:
    res = _OLD_RESULTS.get(res, res)
    if res not in _RESULTS:
        # strict=2 ("harsh") answers "ambiguous"; we never use it, so treat anything else as an error.
        return "permerror"
    return res  # type: ignore[return-value]


def check_spf(
    lookup: DnsLookup,
    client_ip: str,
    mail_from: str | None,
    helo: str | None,
    *,
    receiver: str = "",
    default_explanation: str | None = None,
    strict: bool | int = True,
) -> SpfOutcome:
    """check_host() for the MAIL FROM identity, or postmaster@HELO for a null sender (RFC 7208 §2.4)."""
    sender = (mail_from or "").strip().strip("<>")
    helo_name = (helo or "").strip()
    scope: SpfScope = "mfrom" if sender else "helo"
    token = _current_lookup.set(lookup)
    try:
        return _run_query(client_ip, sender, helo_name, scope, receiver, default_explanation, strict)
    finally:
        _current_lookup.reset(token)


def check_spf_helo(lookup: DnsLookup, client_ip: str, helo: str, *, receiver: str = "") -> SpfOutcome:
    """check_host() for the HELO identity alone (RFC 7208 §2.3)."""
    return check_spf(lookup, client_ip, None, helo, receiver=receiver)


def _run_query(
    client_ip: str,
    sender: str,
    helo: str,
    scope: SpfScope,
    receiver: str,
    default_explanation: str | None,
    strict: bool | int,
) -> SpfOutcome:
    identity = sender or (f"postmaster@{helo}" if helo else "")
    domain = identity.rpartition("@")[2] if "@" in identity else identity
    try:
        q = spf.query(i=client_ip, s=sender, h=helo, receiver=receiver or None, strict=strict)
    except spf.PermError as e:
        # e.g. an unparseable client IP
        return SpfOutcome("permerror", domain, scope, f"SPF Permanent Error: {e}", "", identity, client_ip, helo)
    domain = str(q.o or domain)
    identity = str(q.s or identity)
    if default_explanation is not None:
        q.set_default_explanation(default_explanation)
    try:
        res, _code, exp = q.check()
        word = _word(res)
        comment = str(q.get_header_comment(word)) if word in _RESULTS else ""
    except Exception as e:  # library bug: keep the reason, do not pretend it is "fail"
        log.warning("pyspf failed for %s from %s: %r", identity, client_ip, e, exc_info=True)
        return SpfOutcome(
            "permerror",
            domain,
            scope,
            f"internal SPF error: {type(e).__name__}: {e}",
            "",
            identity,
            client_ip,
            helo,
        )
    return SpfOutcome(word, domain, scope, str(exp), comment, identity, client_ip, helo)


__all__ = ["check_spf", "check_spf_helo"]
