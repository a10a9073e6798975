"""Signs that a message is an automatic forward or redirection rather than something a person sent."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailwarden.message.model import Message

# Headers set by mail systems when they forward or redirect on a rule (not when a person clicks "Forward").
_MARKERS: tuple[tuple[str, str], ...] = (
    ("Resent-From", "Resent-* header (RFC 5322 §3.6.6 redirection)"),
    ("Resent-To", "Resent-* header (RFC 5322 §3.6.6 redirection)"),
    ("Resent-Sender", "Resent-* header (RFC 5322 §3.6.6 redirection)"),
    ("Resent-Message-ID", "Resent-* header (RFC 5322 §3.6.6 redirection)"),
    ("X-Forwarded-To", "X-Forwarded-To (Gmail/Zimbra forwarding)"),
    ("X-Forwarded-For", "X-Forwarded-For (forwarding agent)"),
    ("X-Forwarded-Message-Id", "X-Forwarded-Message-Id"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "Exchange inbox rule (X-MS-Exchange-Inbox-Rules-Loop)"),
    ("X-MS-Exchange-Generated-Message-Source", "Exchange generated message"),
    ("X-MS-Exchange-Organization-AutoForwarded", "Exchange auto-forward"),
    ("X-MailFwdBy", "X-MailFwdBy forwarding marker"),
    ("X-Zimbra-Forwarded", "Zimbra forwarding"),
    ("X-Sieve-Redirected-From", "Sieve redirect (Pigeonhole)"),
    ("X-Original-To", "X-Original-To (delivered, then sent on)"),
    ("Delivered-To", "Delivered-To (delivered, then sent on)"),
)
# SRS (Sender Rewriting Scheme) envelope senders, set by forwarders: SRS0=hash=tt=domain=user@fwd.
_SRS = re.compile(r"^SRS[01][=+-]", re.I)


@dataclass(frozen=True, slots=True)
class ForwardSignal:
    """One sign of automatic forwarding; ``strong`` ones alone are enough to call the message a forward."""

    name: str
    detail: str
    strong: bool


@dataclass(frozen=True, slots=True)
class ForwardAnalysis:
    """All signals, and the verdict: an automatic forward or not."""

    signals: tuple[ForwardSignal, ...]

    @property
    def is_autoforward(self) -> bool:
        strong = sum(1 for s in self.signals if s.strong)
        return strong >= 1 or len(self.signals) >= 2

    def describe(self) -> str:
        return "; ".join(f"{s.name}: {s.detail}" for s in self.signals)


def _inbound_stamp(msg: Message, authserv_id: str) -> bool:
    aid = authserv_id.lower()
    for value in msg.headers_named("Authentication-Results"):
        if value.strip().lower().split(";", 1)[0].strip().split()[:1] == [aid]:
            return True
    return bool(msg.headers_named("X-Mailwarden-Action"))


_ANGLE_ADDR = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")
# A bare address starts where a run of address characters starts (a start inside the run was quadratic).
_BARE_ADDR = re.compile(r"(?<![^\s<>,;\"])([^\s<>,;\"]+@[^\s<>,;\"]+)")


def _addr(value: str) -> str:
    m = _ANGLE_ADDR.search(value) or _BARE_ADDR.search(value)
    return m.group(1).lower() if m else value.strip().lower()


def analyse(msg: Message, local_domains: tuple[str, ...] = (), authserv_id: str = "") -> ForwardAnalysis:
    """Collect forwarding signals from headers and envelope."""
    signals: list[ForwardSignal] = []
    if authserv_id and _inbound_stamp(msg, authserv_id):
        # our own inbound verdict headers on the top level: the message came in from outside and is
        # going out again unchanged (a redirect), not a new message a person wrote
        signals.append(ForwardSignal("INBOUND_COPY", f"carries this gateway's inbound {authserv_id} headers", True))
    seen: set[str] = set()
    for header, detail in _MARKERS:
        values = msg.headers_named(header)
        if not values:
            continue
        # Delivered-To/X-Original-To alone only say the message was delivered once: weak
        strong = header not in ("Delivered-To", "X-Original-To")
        if detail not in seen:
            seen.add(detail)
            signals.append(ForwardSignal(header, f"{detail}: {values[0][:120]}", strong))
    auto = (msg.header("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        # RFC 3834: auto-forwarded / auto-generated (vacation replies are auto-replied: not a forward)
        signals.append(ForwardSignal("Auto-Submitted", auto, auto.startswith("auto-forwarded")))
    env = msg.envelope
    mail_from = (env.mail_from or "").strip("<>")
    if mail_from and _SRS.match(mail_from):
        signals.append(ForwardSignal("SRS", f"envelope sender {mail_from[:80]} is SRS-rewritten", True))
    header_from = (msg.from_address or "").lower()
    if mail_from and header_from and mail_from.lower() != header_from:
        from_dom = header_from.rpartition("@")[2]
        if local_domains and not any(from_dom == d or from_dom.endswith("." + d) for d in local_domains):
            # we send on behalf of someone outside: a relayed or forwarded message, not our own mail
            signals.append(ForwardSignal("SENDER_MISMATCH", f"From {header_from}, envelope {mail_from}", False))
    user = (env.authenticated_user or "").lower()
    for header in ("X-Original-To", "Delivered-To"):
        for value in msg.headers_named(header):
            orig = _addr(value)
            if user and "@" in orig and orig != user and orig.partition("@")[0] != user:
                signals.append(ForwardSignal("ORIGINAL_RCPT", f"{header} {orig} is not the sender {user}", False))
                break
    return ForwardAnalysis(tuple(signals))
