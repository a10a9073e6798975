"""DKIM verification (RFC 6376, Ed25519 per RFC 8463, key rules of RFC 8301) on dkimpy building blocks."""

from __future__ import annotations

import binascii
import logging
import re

import dkim

from mailwarden.auth.lookup import DkimDnsFunc, DnsLookup, txt_strings
from mailwarden.auth.rawfields import has_field
from mailwarden.auth.results import AuthResult, DkimOutcome, DkimSignatureResult
from mailwarden.errors import DnsError, DnsTimeout

log = logging.getLogger(__name__)

# dkimpy's ``DKIM.verify`` folds "no key", "bad key" and "DNS timeout" into ``False``. RFC 6376 §6.1
# distinguishes PERMFAIL from TEMPFAIL, so we drive its steps ourselves: header preparation
# (``verify_headerprep``), the key fetch through the injected lookup (``evaluate_pk``), and the hash and
# signature check (``verify_sig_process``). These are the same steps dkimpy's own async variant uses.

MAX_SIGNATURES = 10  # verifying is costly; RFC 6376 §6.1 lets verifiers limit the work


def _tag(sig_value: bytes, tag: bytes) -> str:
    """Best-effort read of one tag from a signature that dkimpy refused to parse."""
    m = re.search(rb"(?:^|;)\s*" + re.escape(tag) + rb"\s*=\s*([^;]*)", sig_value)
    return m.group(1).strip().decode("ascii", "replace") if m else ""


def _fields(sig_value: bytes) -> tuple[str, str, str, str, str]:
    b = re.sub(r"\s+", "", _tag(sig_value, b"b"))
    return _tag(sig_value, b"d"), _tag(sig_value, b"s"), _tag(sig_value, b"a"), _tag(sig_value, b"i"), b


def verify_dkim(
    raw: bytes,
    lookup: DnsLookup,
    *,
    min_key_bits: int = 1024,
    accept_sha1: bool = False,
    max_signatures: int = MAX_SIGNATURES,
) -> DkimOutcome:
    """Verify every DKIM-Signature of ``raw`` (up to ``max_signatures``), in header order."""
    try:
        d = dkim.DKIM(raw, minkey=min_key_bits)
    except dkim.DKIMException as e:
        if not has_field(raw, b"dkim-signature"):
            return DkimOutcome(())  # an unsigned message is "none", however broken its header section
        return DkimOutcome((), error=f"message not verifiable: {e}")
    sig_headers = [v for n, v in d.headers if n.lower() == b"dkim-signature"]
    results: list[DkimSignatureResult] = []
    for idx, value in enumerate(sig_headers[:max_signatures]):
        try:
            results.append(_verify_one(d, idx, value, lookup, accept_sha1))
        except Exception as e:  # library bug: keep the reason, never "fail"
            log.warning("dkimpy failed on signature %d: %r", idx, e, exc_info=True)
            dom, sel, alg, ident, b = _fields(value)
            reason = f"internal DKIM error: {type(e).__name__}: {e}"
            results.append(DkimSignatureResult(dom, sel, alg, "permerror", reason, None, ident, b))
    return DkimOutcome(tuple(results))


def _verify_one(d: dkim.DKIM, idx: int, value: bytes, lookup: DnsLookup, accept_sha1: bool) -> DkimSignatureResult:
    domain, selector, algorithm, identity, b = _fields(value)

    def result(word: AuthResult, reason: str = "", bits: int | None = None) -> DkimSignatureResult:
        return DkimSignatureResult(domain, selector, algorithm, word, reason, bits, identity, b)

    try:
        prep = d.verify_headerprep(idx)
    except dkim.DKIMException as e:
        # RFC 6376 §6.1.1: a malformed signature header is PERMFAIL.
        return result("permerror", f"bad signature: {e}")
    if not prep:
        return result("permerror", "signature header not found")
    sig, include_headers, sigheaders = prep
    if sig[b"a"] == b"rsa-sha1" and not accept_sha1:
        # RFC 8301 §3.1: verifiers MUST NOT consider rsa-sha1 signatures valid.
        return result("permerror", "rsa-sha1 signatures are not accepted (RFC 8301 §3.1)")

    name = f"{selector}._domainkey.{domain}"
    try:
        answer = lookup(name, "TXT")
    except DnsTimeout as e:
        return result("temperror", f"key lookup timed out: {e}")  # RFC 6376 §6.1.2 step 2
    except DnsError as e:
        return result("temperror", f"key lookup failed: {e}")
    records = txt_strings(answer)
    if not records:
        return result("permerror", f"no key for signature at {name}")  # RFC 6376 §6.1.2 step 3
    try:
        # RFC 6376 §3.6.2.2: several records make the result undefined; take the first, as dkimpy does.
        d.pk, d.keysize, d.ktag, d.seqtlsrpt = dkim.evaluate_pk(name.encode(), records[0])
    except (dkim.KeyFormatError, binascii.Error, ValueError) as e:
        return result("permerror", f"bad key record: {e}")  # RFC 6376 §6.1.2 steps 4-6
    if d.pk is None:
        return result("permerror", "key record not valid for email (s= tag)")
    if d.seqtlsrpt and not d.tlsrpt:
        return result("permerror", "key restricted to the tlsrpt service (RFC 8460 §3)")
    key_type = sig[b"a"].split(b"-", 1)[0]
    if key_type != d.ktag:
        # RFC 6376 §3.6.1 k=: the key type must fit the signing algorithm.
        return result("permerror", f"key type {d.ktag!r} does not match a={algorithm}", d.keysize)
    bits = int(d.keysize) if d.keysize else None
    dnsfunc = DkimDnsFunc(lookup)
    try:
        ok = d.verify_sig_process(sig, include_headers, sigheaders[idx], dnsfunc)
    except dkim.KeyFormatError as e:
        # e.g. "public key too small" (RFC 8301 §3.2: keys under 1024 bits are not valid)
        return result("permerror", str(e), bits)
    except dkim.ValidationError as e:
        return result("fail", str(e), bits)  # e.g. body hash mismatch (RFC 6376 §6.1.3)
    except dkim.DKIMException as e:
        return result("permerror", str(e), bits)
    if ok:
        return result("pass", "", bits)
    return result("fail", "signature did not verify", bits)
