"""DMARC (RFC 7489): policy discovery, record parsing, identifier alignment, pct sampling, disposition.

Written here rather than taken from a library: no maintained package evaluates DMARC cleanly with an
injected DNS function and typed SPF/DKIM inputs (authheaders couples it to its own DKIM/SPF runs and
hides errors behind ``except Exception: 'fail'``; checkdmarc audits records, it does not evaluate mail).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Literal

from mailwarden.auth.lookup import DnsLookup, txt_strings
from mailwarden.auth.orgdomain import aligned, organizational_domain
from mailwarden.auth.results import Disposition, DkimOutcome, DmarcOutcome, DmarcRecord, SpfOutcome
from mailwarden.errors import DnsError

_VERSION_RE = re.compile(r"^v\s*=\s*DMARC1\s*(;|$)")  # RFC 7489 §6.6.3 step 4 (version is case-exact)
_URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s,!]+(![0-9]+[kmgtKMGT]?)?$")  # §6.2 dmarc-uri
_DISPOSITIONS: tuple[Disposition, ...] = ("none", "quarantine", "reject")
_STEP_DOWN: dict[Disposition, Disposition] = {"reject": "quarantine", "quarantine": "none", "none": "none"}


class DmarcRecordError(ValueError):
    """A DMARC record that cannot be used: syntax error or invalid policy without a usable rua=."""


def _disposition(value: str | None) -> Disposition | None:
    v = (value or "").strip().lower()
    for d in _DISPOSITIONS:
        if v == d:
            return d
    return None


def _uris(value: str, warnings: list[str], tag: str) -> tuple[str, ...]:
    out: list[str] = []
    for item in (u.strip() for u in value.split(",")):
        if not item:
            continue
        if _URI_RE.match(item):
            out.append(item)
        else:
            warnings.append(f"{tag}: ignored invalid URI {item!r}")
    return tuple(out)


def _alignment_mode(tags: dict[str, str], tag: str) -> Literal["r", "s"]:
    value = tags.get(tag, "r").strip().lower()
    if value == "r":
        return "r"
    if value == "s":
        return "s"
    raise DmarcRecordError(f"{tag}={value!r} is not r or s (RFC 7489 §6.3)")


def parse_dmarc_record(text: str, domain: str) -> DmarcRecord:
    """Parse a DMARC TXT record (RFC 7489 §6.3, §6.4); unknown tags are ignored as §6.3 requires."""
    tags: dict[str, str] = {}
    warnings: list[str] = []
    for i, part in enumerate(p.strip() for p in text.split(";")):
        if not part:
            continue
        name, eq, value = part.partition("=")
        if not eq:
            raise DmarcRecordError(f"malformed tag {part!r}")
        name, value = name.strip().lower(), value.strip()
        if i == 0 and (name != "v" or value != "DMARC1"):
            raise DmarcRecordError("record must start with v=DMARC1")
        if name in tags:
            warnings.append(f"duplicate {name}= ignored")
            continue
        tags[name] = value
    rua = _uris(tags.get("rua", ""), warnings, "rua")
    ruf = _uris(tags.get("ruf", ""), warnings, "ruf")
    p = _disposition(tags.get("p"))
    sp = _disposition(tags["sp"]) if "sp" in tags else None
    if p is None or ("sp" in tags and sp is None):
        bad = "p" if p is None else "sp"
        if not rua:
            raise DmarcRecordError(f"missing or invalid {bad}= and no valid rua= (RFC 7489 §6.6.3 step 6)")
        # §6.6.3 step 6: with a usable rua=, act as if the record said p=none
        warnings.append(f"invalid {bad}=: treated as p=none because rua= is valid (RFC 7489 §6.6.3)")
        p, sp = "none", None
    pct_text = tags.get("pct", "100")
    if not pct_text.isdigit() or not 0 <= int(pct_text) <= 100:
        raise DmarcRecordError(f"pct={pct_text!r} is not an integer 0-100 (RFC 7489 §6.3)")
    fo = tuple(f.strip() for f in tags.get("fo", "0").split(":") if f.strip())
    if not fo or any(f not in ("0", "1", "d", "s") for f in fo):
        warnings.append(f"fo={tags.get('fo')!r} invalid: default 0 used")
        fo = ("0",)
    ri_text = tags.get("ri", "86400")
    ri = int(ri_text) if ri_text.isdigit() else 86400
    rf = tuple(f.strip().lower() for f in tags.get("rf", "afrf").split(":") if f.strip()) or ("afrf",)
    return DmarcRecord(
        raw=text,
        domain=domain,
        p=p,
        sp=sp,
        pct=int(pct_text),
        adkim=_alignment_mode(tags, "adkim"),
        aspf=_alignment_mode(tags, "aspf"),
        rua=rua,
        ruf=ruf,
        fo=fo,
        rf=rf,
        ri=ri,
        warnings=tuple(warnings),
    )


def _dmarc_records(lookup: DnsLookup, domain: str) -> list[str]:
    """TXT records at _dmarc.<domain> that start with v=DMARC1 (§6.6.3 steps 1-2, 4). Raises DnsError."""
    answer = lookup(f"_dmarc.{domain}", "TXT")
    texts = (t.decode("utf-8", "replace") for t in txt_strings(answer))
    return [t for t in texts if _VERSION_RE.match(t)]


def sample_bucket(sample_key: str) -> int:
    """A stable 0-99 bucket for pct sampling: the same message always gets the same decision."""
    return int.from_bytes(hashlib.sha256(sample_key.encode("utf-8", "replace")).digest()[:8], "big") % 100


def evaluate_dmarc(
    from_domain: str | None,
    spf: SpfOutcome | None,
    dkim: DkimOutcome | None,
    lookup: DnsLookup,
    *,
    sample_key: str = "",
) -> DmarcOutcome:
    """RFC 7489 §6.6: discover the policy of the RFC5322.From domain and evaluate SPF/DKIM alignment."""
    if not from_domain:
        return DmarcOutcome("none", None, reason="no RFC5322.From domain to evaluate (RFC 7489 §6.6.1)")
    from_domain = from_domain.strip().rstrip(".").lower()
    org = organizational_domain(from_domain)
    base = DmarcOutcome("none", from_domain, org)

    # §6.6.3 policy discovery: the From domain first, then its organizational domain
    records: list[str] = []
    found_at = from_domain
    try:
        for candidate in dict.fromkeys((from_domain, org)):
            found_at = candidate
            records = _dmarc_records(lookup, candidate)
            if records:
                break
    except DnsError as e:
        return replace(base, result="temperror", reason=f"DMARC record lookup failed: {e}")
    if not records:
        return replace(base, reason="no DMARC record")
    if len(records) > 1:
        # §6.6.3: "If the remaining set contains multiple records ... DMARC processing is not applied"
        return replace(base, reason=f"multiple DMARC records at _dmarc.{found_at}: not applied (RFC 7489 §6.6.3)")
    try:
        record = parse_dmarc_record(records[0], found_at)
    except DmarcRecordError as e:
        return replace(base, result="permerror", reason=f"invalid DMARC record at _dmarc.{found_at}: {e}")

    spf_aligned = bool(spf and spf.result == "pass" and aligned(spf.domain, from_domain, record.aspf))
    dkim_aligned = bool(dkim and any(aligned(d, from_domain, record.adkim) for d in dkim.passing_domains()))
    # §6.3 sp=: applies when the record was found at the organizational domain for a subdomain
    policy: Disposition = record.sp if (found_at != from_domain and record.sp) else record.p
    evaluated = replace(
        base,
        policy=record.p,
        subdomain_policy=record.sp,
        pct=record.pct,
        spf_aligned=spf_aligned,
        dkim_aligned=dkim_aligned,
        record=record,
    )
    if spf_aligned or dkim_aligned:
        via = " and ".join(n for n, ok in (("SPF", spf_aligned), ("DKIM", dkim_aligned)) if ok)
        return replace(evaluated, result="pass", reason=f"aligned {via}")
    transient = _transient_inputs(from_domain, record, spf, dkim)
    if transient:
        # An aligned identifier could not be checked for a transient reason: do not enforce a policy
        # on a DNS blip; the A-R word for that is temperror (RFC 7489 §11.2).
        reason = "no aligned pass; " + ", ".join(transient) + " had a temporary error"
        return replace(evaluated, result="temperror", reason=reason)
    applied, sampled_out = policy, False
    if policy != "none" and record.pct < 100 and sample_bucket(sample_key) >= record.pct:
        # §6.6.4: a message outside the pct sample gets the next milder policy
        applied, sampled_out = _STEP_DOWN[policy], True
    return replace(
        evaluated,
        result="fail",
        applied_policy=applied,
        sampled_out=sampled_out,
        reason=_fail_reason(spf, dkim),
    )


def _transient_inputs(
    from_domain: str, record: DmarcRecord, spf: SpfOutcome | None, dkim: DkimOutcome | None
) -> list[str]:
    out: list[str] = []
    if spf is not None and spf.result == "temperror" and aligned(spf.domain, from_domain, record.aspf):
        out.append("SPF")
    if dkim is not None and any(
        s.result == "temperror" and aligned(s.domain, from_domain, record.adkim) for s in dkim.signatures
    ):
        out.append("DKIM")
    return out


def _fail_reason(spf: SpfOutcome | None, dkim: DkimOutcome | None) -> str:
    parts: list[str] = []
    parts.append("SPF not evaluated" if spf is None else f"SPF {spf.result} for {spf.domain or '-'}")
    if dkim is None:
        parts.append("DKIM not evaluated")
    else:
        passing: Iterable[str] = dkim.passing_domains()
        parts.append(f"DKIM {dkim.result}" + (f" for {', '.join(passing)}" if passing else ""))
    return "no aligned identifier: " + "; ".join(parts)
