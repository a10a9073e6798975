"""Known senders: a real notice that DMARC authenticates gets a credit, its forgery a penalty.

The messages are two held-out notices (tests/fixtures/modern_ham_heldout): a bank's payment advice and
a Microsoft sign-in notice, which an earlier shipped model tagged as phishing (nothing authenticates
them offline). Here each is signed with a test key published for its sender domain in a fake zone, and
scanned by the whole engine as the gateway would: from an outside client, with DNS.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dkim
import nacl.signing
import pytest

from mailwarden.auth.results import ArcOutcome, DmarcOutcome
from mailwarden.checks.auth.known_sender import KnownSenderCheck
from mailwarden.checks.base import CheckContext, Stage
from mailwarden.classifier.corpus import generated
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message import Envelope, parse_message
from mailwarden.textfeatures.domains import in_domain
from mailwarden.verdict import Action, Direction, Verdict

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "modern_ham_heldout" / "INDEX.tsv"
_SIGNER = nacl.signing.SigningKey(b"\x11" * 32)
_KEY = f"v=DKIM1; k=ed25519; p={base64.b64encode(bytes(_SIGNER.verify_key)).decode()}"


@dataclass(frozen=True)
class Notice:
    """A held-out notice, its sender domain, DMARC (organisational) domain and sending relay."""

    file: str
    domain: str
    org: str
    client_ip: str
    net: str

    def raw(self, sign: bool) -> bytes:
        raw = (generated(HELDOUT).parent / self.file).read_bytes()  # the set is written on first use
        # drop the generator's placeholder signature, if any (its key was never published)
        raw = re.sub(rb"DKIM-Signature:.*?\n(?=\S)", b"", raw, count=1, flags=re.DOTALL)
        if not sign:
            return raw
        key = base64.b64encode(bytes(_SIGNER))
        return bytes(dkim.sign(raw, b"sel", self.domain.encode(), key, signature_algorithm=b"ed25519-sha256")) + raw

    def zone(self, policy: str = "reject") -> dict[str, Any]:
        return {
            f"sel._domainkey.{self.domain}": {"TXT": [_KEY]},
            f"_dmarc.{self.org}": {"TXT": [f"v=DMARC1; p={policy}"]},
            self.domain: {"TXT": [f"v=spf1 ip4:{self.net} -all"]},
        }

    def envelope(self) -> Envelope:
        return Envelope(
            client_ip=self.client_ip,
            helo="relay.example",
            mail_from=f"bounce@{self.domain}",
            rcpt_to=("a@corp.example.vn",),
        )


# A bank's payment advice and a Microsoft sign-in notice.
BANK = Notice("b17.eml", "hsbc.com.vn", "hsbc.com.vn", "203.112.92.41", "203.112.92.0/24")
MICROSOFT = Notice("b18.eml", "accountprotection.microsoft.com", "microsoft.com", "40.107.102.71", "40.107.0.0/16")
FORGER = Envelope(client_ip="203.0.113.9", helo="mx.forger.example", mail_from="bounce@forger.example")


async def scan(
    raw: bytes,
    records: dict[str, Any],
    env: Envelope,
    checks: dict[str, Any] | None = None,
    actions: dict[str, Any] | None = None,
) -> Verdict:
    opts: dict[str, Any] = {"spam_classifier": {"learning": False}, "fuzzy": {"enabled": False}}
    cfg: dict[str, Any] = {"domains": {"local": ["corp.example.vn"]}, "checks": opts | (checks or {})}
    if actions:
        cfg["actions"] = actions
    engine = Engine(settings_from_mapping(cfg), FakeResolver(records))
    return await engine.scan(engine.parse(raw, env))


def names(v: Verdict) -> set[str]:
    return {s.name for s in v.symbols}


NO_CREDIT = {"known_sender": {"exclude": [BANK.domain, MICROSOFT.domain]}}


@pytest.mark.parametrize("n", [BANK, MICROSOFT], ids=["bank", "microsoft"])
async def test_authenticated_notice_from_a_known_sender_gets_the_credit(n: Notice) -> None:
    v = await scan(n.raw(sign=True), n.zone(), n.envelope())
    assert {"DMARC_POLICY_ALLOW", "KNOWN_SENDER_AUTH"} <= names(v)
    v_off = await scan(n.raw(sign=True), n.zone(), n.envelope(), NO_CREDIT)
    assert "KNOWN_SENDER_AUTH" not in names(v_off) and "DMARC_POLICY_ALLOW" in names(v_off)
    assert v.score == pytest.approx(v_off.score - 3.0, abs=0.01)
    # Where the words of such a notice reach the tag threshold (the model a site runs, its thresholds),
    # DMARC pass alone (-0.9 points with SPF and DKIM) leaves it tagged; the credit delivers it untagged.
    site = {"add_header": round(v_off.score - 1.0, 2), "quarantine": 30.0, "reject": 40.0}
    tagged = await scan(n.raw(sign=True), n.zone(), n.envelope(), NO_CREDIT, site)
    delivered = await scan(n.raw(sign=True), n.zone(), n.envelope(), None, site)
    assert (tagged.action, delivered.action) == (Action.ADD_HEADER, Action.ACCEPT)


@pytest.mark.parametrize("n", [BANK, MICROSOFT], ids=["bank", "microsoft"])
async def test_forged_notice_in_a_known_senders_name_is_penalised(n: Notice) -> None:
    # p=none: DMARC asks nothing of us, yet a forgery in a known sender's name is evidence.
    v = await scan(n.raw(sign=False), n.zone("none"), FORGER)
    assert "KNOWN_SENDER_FORGED" in names(v) and "KNOWN_SENDER_AUTH" not in names(v)
    assert next(s for s in v.symbols if s.name == "KNOWN_SENDER_FORGED").category is not None
    v_off = await scan(n.raw(sign=False), n.zone("none"), FORGER, NO_CREDIT)
    assert "KNOWN_SENDER_FORGED" not in names(v_off)
    assert v.score == pytest.approx(v_off.score + 3.0, abs=0.01)


async def test_unknown_senders_and_free_mail_get_nothing() -> None:
    # An operator entry for a free-mail domain would credit everyone who passes DMARC there: ignored.
    check = KnownSenderCheck(KnownSenderCheck.Options(domains=["gmail.com", "partner.example"]))
    assert in_domain("mail.partner.example", check.entries) == "partner.example"
    assert in_domain("partner.example.evil.test", check.entries) is None
    assert in_domain("notmicrosoft.com", check.entries) is None
    v = await scan(
        MICROSOFT.raw(sign=True), MICROSOFT.zone(), MICROSOFT.envelope(), {"known_sender": {"shipped_list": False}}
    )
    assert not names(v) & {"KNOWN_SENDER_AUTH", "KNOWN_SENDER_FORGED"}


def test_options_refuse_what_is_not_a_domain() -> None:
    with pytest.raises(ConfigError, match="known_sender"):
        Engine(
            settings_from_mapping({"checks": {"known_sender": {"domains": ["user@bank.example"]}}}), FakeResolver({})
        )


async def test_a_forwarder_whose_arc_chain_validates_spares_the_penalty_but_gives_no_credit() -> None:
    # A list or forwarder that rewrote a known sender's message breaks DMARC; its valid ARC chain vouches
    # for the original results, so the failure is not taken as forgery (nor the message as authenticated).
    raw = MICROSOFT.raw(sign=False)
    fail = DmarcOutcome("fail", MICROSOFT.domain, "microsoft.com", policy="reject", applied_policy="reject")
    check = KnownSenderCheck()

    def ctx(**outcomes: object) -> CheckContext:
        return CheckContext(
            message=parse_message(raw, FORGER),
            envelope=FORGER,
            resolver=FakeResolver({}),
            stage=Stage.EOM,
            offline=False,
            received_at=None,
            protected_domains=(),
            local_domains=("corp.example.vn",),
            freemail_domains=frozenset(),
            authserv_id="mx.corp.example.vn",
            outcomes=dict(outcomes),
        )

    assert [h.symbol for h in (await check.run(ctx(dmarc=fail))).hits] == ["KNOWN_SENDER_FORGED"]
    assert (await check.run(ctx(dmarc=fail, arc=ArcOutcome("pass", 1)))).hits == []
    assert [h.symbol for h in (await check.run(ctx(dmarc=fail, arc=ArcOutcome("fail", 1)))).hits] == [
        "KNOWN_SENDER_FORGED"
    ]
    # Mail from our own users is not judged here.
    outbound = ctx(dmarc=fail)
    outbound.direction = Direction.OUTBOUND
    assert (await check.run(outbound)).hits == []
