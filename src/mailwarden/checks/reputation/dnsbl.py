"""DNS block lists: the IP that handed the message to the site, and the domains it links to and is
sent from, asked of IP lists (Spamhaus ZEN, SpamCop) and domain lists (Spamhaus DBL, SURBL, URIBL).

The IP asked is the client's when it is outside the site; when the client is an internal relay
(Exchange or Zimbra behind the gateway, a content filter), the first outside IP of the Received chain,
read from the top, at most ``received_depth`` headers down: the hop that handed the message to the site.
Mail from the site's own users (authenticated or from internal networks) is not asked about IPs.

A list that times out ``max_failures`` times in a row is not asked for ``pause_seconds``: a gateway
whose resolver cannot reach a list must not wait on it for every message. A list that refuses the
site's resolver (Spamhaus through a public resolver) gives ``DNSBL_REFUSED`` (no points) and a warning.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.checks.reputation.lists import DEFAULT_LISTS, DnsList, domain_query, ip_query
from mailwarden.errors import DnsError, DnsTimeout
from mailwarden.message.headers import decode_header_value
from mailwarden.message.received import is_external_ip, parse_received
from mailwarden.textfeatures.domains import is_ip_host, registered_domain
from mailwarden.verdict import Category, Direction, Hit

log = logging.getLogger(__name__)

# meaning -> (symbol for an IP listing, symbol for a domain listing)
_SYMBOLS: dict[str, tuple[str, str]] = {
    "spam": ("RBL_SPAM_SOURCE", "URIBL_SPAM"),
    "exploited": ("RBL_EXPLOITED_HOST", "URIBL_SPAM"),
    "dynamic": ("RBL_DYNAMIC_IP", "URIBL_SPAM"),
    "phish": ("RBL_SPAM_SOURCE", "URIBL_PHISH"),
    "malware": ("RBL_EXPLOITED_HOST", "URIBL_MALWARE"),
}


class DnsblOptions(BaseModel):
    """``[checks.dnsbl]``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lists: list[DnsList] = Field(
        default_factory=lambda: list(DEFAULT_LISTS),
        description="the lists asked (replaces the defaults: Spamhaus ZEN and DBL, SURBL, URIBL, SpamCop)",
    )
    extra_lists: list[DnsList] = Field(
        default_factory=list, description="lists asked besides `lists` (a national CERT's, the site's own)"
    )
    received_depth: int = Field(3, ge=0, description="Received headers read for the outside IP behind a relay")
    max_domains: int = Field(10, ge=0, description="registered domains (links, From, Reply-To) asked per message")
    skip_domains: list[str] = Field(default_factory=list, description="domains (and subdomains) never asked")
    max_failures: int = Field(3, ge=1, description="consecutive timeouts of a list before it pauses")
    pause_seconds: float = Field(300.0, ge=0, description="how long a list is not asked after those timeouts")


class _Breaker:
    """Consecutive-timeout counter of one list."""

    __slots__ = ("failures", "until")

    def __init__(self) -> None:
        self.failures = 0
        self.until = 0.0


class Dnsbl(Check):
    """IP and domain block lists (RFC 5782)."""

    name = "dnsbl"
    description = "sending IP and linked/sender domains on DNS block lists (Spamhaus, SURBL, URIBL, SpamCop)"
    symbols: ClassVar = (
        SymbolDef("RBL_SPAM_SOURCE", 4.0, "the sending IP is on a spam-source list (SBL, CSS, SpamCop)", Category.SPAM),
        SymbolDef(
            "RBL_EXPLOITED_HOST", 5.0, "the sending IP is a hijacked host (XBL/CBL: botnet, open proxy)", Category.SPAM
        ),
        SymbolDef("RBL_DYNAMIC_IP", 1.5, "the sending IP is end-user space that should not send mail directly (PBL)"),
        SymbolDef("URIBL_SPAM", 5.0, "a linked or sender domain is on a spam-domain list (DBL, SURBL, URIBL)",
                  Category.SPAM),
        SymbolDef("URIBL_PHISH", 7.0, "a linked or sender domain is listed as phishing", Category.PHISHING),
        SymbolDef("URIBL_MALWARE", 8.0, "a linked or sender domain is listed as malware or botnet C&C",
                  Category.MALWARE),
        SymbolDef("DNSBL_REFUSED", 0.0, "a list refused this resolver's queries (its answers are not used)"),
    )  # fmt: skip
    needs = frozenset({Need.CONNECTION, Need.HEADERS, Need.BODY, Need.DNS})
    Options = DnsblOptions
    timeout = 6.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, DnsblOptions)
        self.opts = opts
        self.all_lists = [*opts.lists, *opts.extra_lists]
        self._breakers = {lst.zone: _Breaker() for lst in self.all_lists}
        self._skip = tuple(d.strip(".").lower() for d in opts.skip_domains)
        self._warned: set[str] = set()

    def sending_ip(self, ctx: CheckContext) -> str | None:
        """The outside IP that handed the message to the site, or None (own users, nothing outside)."""
        if ctx.direction != Direction.INBOUND:
            return None
        ip = ctx.envelope.client_ip
        if ip and _outside(ip):
            return ip
        depth = 0
        for name, value in ctx.message.headers:
            if name.lower() != "received":
                continue
            depth += 1
            if depth > self.opts.received_depth:
                break
            hop = parse_received(decode_header_value(value))
            if hop.ip and _outside(hop.ip):
                return hop.ip
        return None

    def domains(self, ctx: CheckContext) -> list[tuple[str, str]]:
        """(registered domain, where it was seen) to ask: sender domains (From, Reply-To, MAIL FROM, and the
        HELO name of an outside client) first, then linked ones."""
        mine = (*ctx.local_domains, *ctx.protected_domains, *self._skip)
        out: dict[str, str] = {}
        m = ctx.message
        env = ctx.envelope
        seen = [(m.from_domain or "", "From"), *((r.rpartition("@")[2], "Reply-To") for r in m.reply_to)]
        seen += [((env.mail_from or "").rpartition("@")[2], "MAIL FROM")]
        seen += [(env.helo or "", "HELO")] if ctx.direction == Direction.INBOUND else []
        seen += [(u.host, "link") for u in m.urls if u.host]
        for host, where in seen:
            if len(out) >= self.opts.max_domains:
                break
            d = _a_label(registered_domain(host.strip(".").lower())) if host else ""
            if not d or d in out or "." not in d or is_ip_host(d) or d in ctx.freemail_domains:
                continue
            if any(d == x or d.endswith("." + x) for x in mine):
                continue
            out[d] = where
        return list(out.items())

    async def run(self, ctx: CheckContext) -> CheckResult:
        ip = self.sending_ip(ctx)
        doms = self.domains(ctx)
        asks: list[tuple[DnsList, str, str]] = []  # (list, query name, what is asked: for the detail)
        for lst in self.all_lists:
            if not self._open(lst.zone):
                continue
            if lst.kind == "ip" and ip:
                q = ip_query(ip, lst.zone)
                if q:
                    asks.append((lst, q, ip))
            elif lst.kind == "domain":
                asks += [(lst, domain_query(d, lst.zone), f"{d} ({where})") for d, where in doms]
        if not asks:
            return CheckResult()
        answers = await asyncio.gather(*(self._ask(ctx, lst, q) for lst, q, _ in asks))
        found: dict[str, list[str]] = {}
        refused: list[str] = []
        for (lst, _q, what), ans in zip(asks, answers, strict=True):
            if ans is None:
                continue
            meanings, was_refused, bogus = lst.meanings(ans)
            if bogus:
                log.warning("dnsbl: %s answered %s for %s: not a list answer (resolver rewriting NXDOMAIN?)",
                            lst.zone, ", ".join(bogus), what)  # fmt: skip
            if was_refused:
                if lst.zone not in refused:
                    refused.append(lst.zone)
                if lst.zone not in self._warned:
                    self._warned.add(lst.zone)
                    log.warning(
                        "dnsbl: %s refused this resolver's queries (answer %s); its listings are not used. "
                        "Use a local recursive resolver or the list's paid feed.",
                        lst.zone,
                        ", ".join(ans),
                    )
            for meaning in sorted(meanings):
                sym = _SYMBOLS[meaning][0 if lst.kind == "ip" else 1]
                found.setdefault(sym, []).append(f"{what} on {lst.zone} ({meaning})")
        hits = [Hit(sym, "; ".join(dict.fromkeys(details))) for sym, details in found.items()]
        if refused:
            hits.append(Hit("DNSBL_REFUSED", ", ".join(refused)))
        return CheckResult(hits)

    def _open(self, zone: str) -> bool:
        b = self._breakers[zone]
        return b.failures < self.opts.max_failures or time.monotonic() >= b.until

    async def _ask(self, ctx: CheckContext, lst: DnsList, name: str) -> list[str] | None:
        """The A records of ``name`` (empty: not listed), or None when the list did not answer."""
        b = self._breakers[lst.zone]
        try:
            res = await ctx.resolver.resolve(name, "A")
        except DnsTimeout as e:  # SERVFAIL, timeout, network down: the list is unreachable
            b.failures += 1
            if b.failures >= self.opts.max_failures:
                b.until = time.monotonic() + self.opts.pause_seconds
                log.warning("dnsbl: %s failed %d times in a row (%s); not asked for %.0f s",
                            lst.zone, b.failures, e, self.opts.pause_seconds)  # fmt: skip
            return None
        except DnsError as e:  # this name cannot be asked (a malformed link): not the list's failure
            log.info("dnsbl: %s not asked: %s", name, e)
            return None
        b.failures = 0
        return [r.to_text() for r in res.records]


def _a_label(domain: str) -> str:
    """The ASCII form of a domain as asked in DNS ("" when it has none: a malformed link's host)."""
    try:
        ascii_name = domain if domain.isascii() else domain.encode("idna").decode("ascii")
    except UnicodeError:
        return ""
    labels = ascii_name.split(".")
    if len(ascii_name) > 200 or any(not 0 < len(x) <= 63 for x in labels):
        return ""
    return ascii_name


def _outside(ip: str) -> bool:
    try:
        return is_external_ip(ip.strip("[]"))
    except ValueError:
        return False
