"""CERT sample reports: the original message unchanged as ``message/rfc822``, a summary, optional ARF/STIX.

Both national centres accept the original as an attached .eml (12321 *only* that, CN-IR-04; VNCERT
a forward, of which this is a superset, VN-IR-03). The MIME is written by hand so the original's
bytes are embedded verbatim (the stdlib generator would re-fold headers); only bare LF/CR line
ends are turned into CRLF, as SMTP transfers them anyway. RFC 2046 §5.2.1 forbids base64 for
``message/rfc822``, so the part is declared ``7bit`` or ``8bit`` as its content requires.

ARF (RFC 5965): ``multipart/report; report-type=feedback-report`` with a text part, a
``message/feedback-report`` part (Feedback-Type, User-Agent, Version, …) and the original; one
sample per report, and no STIX part (the ARF layout has exactly these three parts).
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid

from mailwarden import __version__
from mailwarden.intel.defang import defang
from mailwarden.intel.indicators import IndicatorKind, classify
from mailwarden.intel.stix_export import ExportItem, stix_bundle
from mailwarden.message.headers import decode_header_value
from mailwarden.message.parser import parse_message
from mailwarden.message.received import parse_received
from mailwarden.reports.i18n import t
from mailwarden.reports.settings import Destination

__all__ = ["Sample", "build_report", "extract_originals", "indicators_of", "normalise_crlf"]

_EOL = re.compile(rb"\r\n|\r|\n")
_IOC_DETAIL = re.compile(r":\s(\S+)\sin\s")


def normalise_crlf(raw: bytes) -> bytes:
    """CRLF line ends, ending with one; what SMTP delivers of the original anyway."""
    out = _EOL.sub(b"\r\n", raw)
    return out if out.endswith(b"\r\n") else out + b"\r\n"


@dataclass(frozen=True, slots=True)
class Sample:
    """One message to report: its original bytes and what the filter said about it."""

    raw: bytes
    event_id: str | None = None
    action: str = ""
    score: float = 0.0
    categories: tuple[str, ...] = ()
    symbols: tuple[tuple[str, str], ...] = ()  # (name, detail)
    received_at: datetime | None = None
    client_ip: str | None = None
    mail_from: str | None = None
    rcpt_to: tuple[str, ...] = ()
    extra_indicators: tuple[ExportItem, ...] = field(default=())

    @classmethod
    def from_event(cls, raw: bytes, ev: object) -> Sample:
        """From a stored event (any object with ``EventRecord``'s attributes)."""
        syms: Sequence[Mapping[str, object]] = getattr(ev, "symbols", ())
        return cls(
            raw=raw,
            event_id=getattr(ev, "id", None),
            action=str(getattr(ev, "action", "")),
            score=float(getattr(ev, "score", 0.0)),
            categories=tuple(getattr(ev, "categories", ())),
            symbols=tuple((str(s.get("name", "")), str(s.get("detail", ""))) for s in syms),
            received_at=getattr(ev, "received_at", None),
            client_ip=getattr(ev, "client_ip", None),
            mail_from=getattr(ev, "mail_from", None),
            rcpt_to=tuple(getattr(ev, "rcpt_to", ())),
        )

    @property
    def sha256(self) -> str:
        import hashlib

        return hashlib.sha256(normalise_crlf(self.raw)).hexdigest()


def indicators_of(sample: Sample) -> list[ExportItem]:
    """Indicators found in the sample: the listed values named by ``IOC_*`` symbols, plus the
    attachments' SHA-256 when a malware symbol hit."""
    out: dict[tuple[IndicatorKind, str], ExportItem] = {}
    for name, detail in sample.symbols:
        if not name.startswith("IOC_"):
            continue
        m = _IOC_DETAIL.search(detail)
        ind = classify(m.group(1)) if m else None
        if ind is not None:
            cat = "phishing" if "(phishing)" in detail else "malware"
            out.setdefault((ind.kind, ind.value), (ind.kind, ind.value, cat, f"{name}: {detail}"[:300]))
    if "malware" in sample.categories:
        try:
            msg = parse_message(sample.raw)
        except Exception:  # an unparseable sample is still reported; it just adds no hashes
            msg = None
        for att in msg.attachments if msg is not None else ():
            key = (IndicatorKind.SHA256, att.sha256)
            out.setdefault(key, (IndicatorKind.SHA256, att.sha256, "malware", att.filename or ""))
    for item in sample.extra_indicators:
        out.setdefault((item[0], item[1]), item)
    return list(out.values())


def _header(raw: bytes, name: str) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0]
    lname = name.lower().encode()
    values: list[str] = []
    current: bytes | None = None
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and current is not None:
            current += b" " + line.strip()
            continue
        if current is not None:
            values.append(decode_header_value(current))
            current = None
        key, sep, value = line.partition(b":")
        if sep and key.strip().lower() == lname:
            current = value.strip()
    if current is not None:
        values.append(decode_header_value(current))
    return values[0] if values else ""


def _received_chain(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n\t", b" ").replace(b"\r\n ", b" ")
    out: list[str] = []
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"received:"):
            hop = parse_received(decode_header_value(line[9:].strip()))
            when = hop.when.isoformat() if hop.when else "?"
            out.append(f"{defang(hop.name or hop.helo or '?')} [{defang(hop.ip or '?')}] {when}")
    return out


def summary_text(samples: Sequence[Sample], lang: str, organisation: str = "", contact: str = "") -> str:
    """The human part: verdict, symbols, indicators and received chain per sample."""
    lines = [t("intro", lang).format(n=len(samples)), ""]
    if organisation:
        lines.append(f"{t('reporter', lang)}: {organisation}")
    if contact:
        lines.append(f"{t('contact', lang)}: {contact}")
    for n, s in enumerate(samples, 1):
        raw = normalise_crlf(s.raw)
        lines += ["", f"=== {t('sample', lang)} {n} (sample-{n}.eml) ==="]
        when = s.received_at.isoformat() if s.received_at else _header(raw, "Date")
        lines.append(f"{t('received_at', lang)}: {when}")
        lines.append(f"{t('subject', lang)}: {_header(raw, 'Subject')}")
        lines.append(f"{t('from', lang)}: {defang(_header(raw, 'From'))}")
        if s.mail_from:
            lines.append(f"{t('mail_from', lang)}: {defang(s.mail_from)}")
        if s.client_ip:
            lines.append(f"{t('client_ip', lang)}: {defang(s.client_ip)}")
        if s.action:
            cats = ", ".join(s.categories)
            lines.append(f"{t('verdict', lang)}: {s.action} (score {s.score:.1f}{'; ' + cats if cats else ''})")
        lines.append(f"{t('sha256', lang)}: {s.sha256}")
        if s.symbols:
            lines.append(f"{t('symbols', lang)}:")
            lines += [f"  - {name}: {defang(detail)}" if detail else f"  - {name}" for name, detail in s.symbols]
        inds = indicators_of(s)
        if inds:
            lines.append(f"{t('indicators', lang)}:")
            lines += [f"  - {kind.value} {defang(value)} ({cat})" for kind, value, cat, _c in inds]
        chain = _received_chain(raw)
        if chain:
            lines.append(f"{t('received_chain', lang)}:")
            lines += [f"  {i}. {hop}" for i, hop in enumerate(chain, 1)]
    lines += ["", "-- ", t("footer", lang)]
    return "\n".join(lines) + "\n"


def _boundary(parts: Sequence[bytes]) -> bytes:
    while True:
        b = b"=_mw_" + secrets.token_hex(16).encode()
        if not any(b in p for p in parts):
            return b


def _text_part(text: str) -> bytes:
    body = base64.encodebytes(text.encode("utf-8")).replace(b"\n", b"\r\n")
    return b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body


def _rfc822_part(raw: bytes, n: int) -> bytes:
    cte = b"7bit" if raw.isascii() else b"8bit"
    return (
        b"Content-Type: message/rfc822\r\n"
        + f'Content-Disposition: attachment; filename="sample-{n}.eml"\r\n'.encode()
        + b"Content-Transfer-Encoding: "
        + cte
        + b"\r\n\r\n"
        + raw
    )


def _multipart(ctype: bytes, parts: Sequence[bytes]) -> tuple[bytes, bytes]:
    boundary = _boundary(parts)
    # the CRLF before a delimiter belongs to the delimiter (RFC 2046 §5.1.1): add one, so each
    # part - the original included - keeps its own final line end
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts)
    body += b"--" + boundary + b"--\r\n"
    return ctype + b'; boundary="' + boundary + b'"', body


def _feedback_part(s: Sample) -> bytes:
    cats = set(s.categories)
    ftype = "virus" if "malware" in cats else "fraud" if cats & {"phishing", "spoof"} else "abuse"
    fields = [
        f"Feedback-Type: {ftype}",
        f"User-Agent: mailwarden/{__version__}",
        "Version: 1",
    ]
    if s.mail_from:
        fields.append(f"Original-Mail-From: <{s.mail_from}>")
    fields += [f"Original-Rcpt-To: <{r}>" for r in s.rcpt_to]
    if s.received_at:
        fields.append(f"Arrival-Date: {format_datetime(s.received_at)}")
    if s.client_ip:
        fields.append(f"Source-IP: {s.client_ip}")
    for kind, value, _cat, _c in indicators_of(s):
        if kind is IndicatorKind.URL:
            fields.append(f"Reported-Uri: http://{value}")
        elif kind is IndicatorKind.DOMAIN:
            fields.append(f"Reported-Domain: {value}")
    return b"Content-Type: message/feedback-report\r\n\r\n" + ("\r\n".join(fields) + "\r\n").encode()


def build_report(
    samples: Sequence[Sample],
    destination: Destination,
    from_address: str,
    organisation: str = "",
    contact: str = "",
    now: datetime | None = None,
) -> tuple[bytes, str]:
    """The report e-mail (bytes ready for SMTP) and its Message-ID.

    With ``destination.arf`` exactly one sample is allowed (RFC 5965 reports one message).
    """
    if not samples:
        raise ValueError("no samples to report")
    if destination.arf and len(samples) != 1:
        raise ValueError("an ARF report carries exactly one message")
    lang = destination.language
    now = now or datetime.now(UTC)
    raws = [normalise_crlf(s.raw) for s in samples]
    text = summary_text(samples, lang, organisation, contact)
    if destination.arf:
        ctype, body = _multipart(
            b"multipart/report; report-type=feedback-report",
            [_text_part(text), _feedback_part(samples[0]), _rfc822_part(raws[0], 1)],
        )
    else:
        parts = [_text_part(text)] + [_rfc822_part(r, n) for n, r in enumerate(raws, 1)]
        if destination.stix:
            items = [i for s in samples for i in indicators_of(s)]
            if items:
                bundle = stix_bundle(items, name="mailwarden sample report", identity_name=organisation or "mailwarden")
                parts.append(
                    b"Content-Type: application/stix+json; version=2.1\r\n"
                    b'Content-Disposition: attachment; filename="indicators.stix.json"\r\n'
                    b"Content-Transfer-Encoding: base64\r\n\r\n"
                    + base64.encodebytes(bundle.encode()).replace(b"\n", b"\r\n")
                )
        ctype, body = _multipart(b"multipart/mixed", parts)
    subj0 = _header(raws[0], "Subject")
    subject = (
        f"{t('sample_subject', lang)}: {subj0}"
        if len(samples) == 1
        else f"{t('sample_subject', lang)} ({len(samples)})"
    )
    from email.header import Header

    msgid = make_msgid(domain=from_address.rpartition("@")[2] or "localhost")
    head = [
        f"From: {from_address}",
        f"To: {', '.join(destination.to)}",
        f"Subject: {Header(subject[:200], 'utf-8').encode()}",
        f"Date: {format_datetime(now)}",
        f"Message-ID: {msgid}",
        "MIME-Version: 1.0",
        "X-Mailwarden-Report: sample",
    ]
    header = ("\r\n".join(head) + "\r\n").encode() + b"Content-Type: " + ctype + b"\r\n\r\n"
    return header + body, msgid


def extract_originals(report: bytes) -> list[bytes]:
    """The ``message/rfc822`` parts of a report, byte for byte (for tests and receiving tools)."""
    out: list[bytes] = []
    for boundary in re.findall(rb'boundary="([^"]+)"', report.split(b"\r\n\r\n", 1)[0]):
        for part in report.split(b"--" + boundary)[1:-1]:
            part = part[2:] if part.startswith(b"\r\n") else part
            head, _, body = part.partition(b"\r\n\r\n")
            if head.lower().startswith(b"content-type: message/rfc822"):
                out.append(body[:-2] if body.endswith(b"\r\n") else body)
    return out
