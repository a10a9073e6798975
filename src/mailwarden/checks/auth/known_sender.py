"""Known senders: DMARC-authenticated mail from a list of well-run senders gets a credit, forged mail a penalty.

A real sign-in alert from ``accountprotection.microsoft.com`` and its imitation read alike: the words
that make the classifier suspect one (account, sign-in, verify, a link) are in both. What tells them
apart is who sent it, and DMARC says that. SpamAssassin (``def_welcomelist_auth``) and rspamd
(``WHITELIST_DMARC`` / ``BLACKLIST_DMARC``) ship such lists; this is the same idea with a list that
leaves out free-mail and the platforms that send their users' words in their own name (see
``mailwarden/data/known_senders.txt``), plus the banks and public e-services of Vietnam and China.

- ``KNOWN_SENDER_AUTH``: the From domain is a known sender (or a subdomain of one) and DMARC passed,
  so SPF or DKIM of that domain is aligned with it.
- ``KNOWN_SENDER_FORGED``: the From domain is a known sender and DMARC failed. Not when an ARC chain
  validated (a mailing list or forwarder that rewrote the message vouches for the original results).

Inbound mail only. Offline (``scan``, ``eval``) DMARC is not evaluated and this check is silent.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailwarden.auth.results import ArcOutcome, DmarcOutcome
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.data import is_freemail, known_sender_domains
from mailwarden.textfeatures.domains import in_domain
from mailwarden.verdict import Category, Direction, Hit


class KnownSenderOptions(BaseModel):
    """The operator's additions to and removals from the shipped list."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    domains: list[str] = Field(default_factory=list, description="known senders added to the shipped list")
    exclude: list[str] = Field(default_factory=list, description="shipped entries not to use")
    shipped_list: bool = Field(True, description="use the shipped list (mailwarden/data/known_senders.txt)")

    @field_validator("domains", "exclude")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        out = []
        for d in v:
            d = d.strip().lower().rstrip(".")
            if not d or "." not in d or "@" in d or " " in d:
                raise ValueError(f"not a domain: {d!r}")
            out.append(d)
        return out


class KnownSenderCheck(Check):
    """Is the From domain a known sender, and did DMARC authenticate it?"""

    name = "known_sender"
    description = "DMARC-authenticated mail from known senders (credit) and forged mail in their name (penalty)"
    symbols: ClassVar = (
        SymbolDef("KNOWN_SENDER_AUTH", -3.0, "From is a known sender and DMARC passed", None, "dmarc"),
        SymbolDef(
            "KNOWN_SENDER_FORGED",
            3.0,
            "From is a known sender but DMARC failed (no valid ARC)",
            Category.SPOOF,
            "dmarc",
        ),
    )
    needs = frozenset({Need.HEADERS})
    after = ("dmarc", "arc")
    Options = KnownSenderOptions
    timeout = 1.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        opts = self.options
        assert isinstance(opts, KnownSenderOptions)
        shipped = set(known_sender_domains()) if opts.shipped_list else set()
        self.entries = tuple(sorted((shipped - set(opts.exclude)) | set(opts.domains)))

    async def run(self, ctx: CheckContext) -> CheckResult:
        dom = ctx.message.from_domain
        if not dom or ctx.direction is not Direction.INBOUND:
            return CheckResult()
        entry = in_domain(dom, self.entries)
        # Anyone passes DMARC as a free-mail domain: an operator's entry there would credit every sender.
        if entry is None or is_freemail(dom, ctx.freemail_domains):
            return CheckResult()
        dmarc = ctx.outcome("dmarc", DmarcOutcome)
        if dmarc is None:
            return CheckResult()
        if dmarc.result == "pass":
            how = "DKIM" if dmarc.dkim_aligned else "SPF"
            return CheckResult([Hit("KNOWN_SENDER_AUTH", f"{dom} ({entry}): DMARC pass, {how} aligned")])
        if dmarc.result == "fail":
            arc = ctx.outcome("arc", ArcOutcome)
            if arc is not None and arc.cv == "pass":
                return CheckResult()
            client = ctx.envelope.client_ip or "unknown client"
            return CheckResult([Hit("KNOWN_SENDER_FORGED", f"{dom} ({entry}) from {client}: DMARC fail")])
        return CheckResult()
