"""Auto-learning on the gateway: own letters teach ham, rule-convicted junk teaches spam, nothing else."""

from __future__ import annotations

import logging
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailwarden.checks.spam.classifier import SpamClassifier
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.gateway import Gateway
from mailwarden.message import parse_message
from mailwarden.message.model import Envelope
from mailwarden.verdict import Action, Category, Direction, SymbolResult, Verdict

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
OUT = Envelope(
    client_ip="10.1.1.1", authenticated_user="minh", mail_from="minh.tran@agency.example", rcpt_to=("a@x.example",)
)
IN = Envelope(client_ip="203.0.113.5", mail_from="a@partner.example", rcpt_to=("minh.tran@agency.example",))


def letter(i: int, frm: str = "minh.tran@agency.example", to: str = "a@x.example") -> bytes:
    """A short English business letter with a PDF, of the kind the shipped model mistakes for junk (a
    proforma invoice: "kindly find attached", payment, bank details; advance-fee and malspam say the same)."""
    m = EmailMessage()
    m["From"], m["To"] = f"Sender <{frm}>", to
    m["Subject"] = f"Proforma invoice {i} for the transformer spare parts"
    m["Date"], m["Message-ID"] = "Mon, 10 Nov 2025 09:00:00 +0700", f"<l{i}.{frm}>"
    m.set_content(
        f"Dear Sir,\n\nKindly find attached proforma invoice number {i} for the transformer spare parts you "
        "ordered in October. Payment is due within thirty days of delivery; our bank details are on page 2. "
        "Please confirm receipt and let us know the delivery address for the site.\n\nBest regards,\nSales Department\n"
    )
    m.add_attachment(PDF, maintype="application", subtype="pdf", filename=f"proforma-{i}.pdf")
    return m.as_bytes()


def phish(i: int) -> bytes:
    return (
        f'From: "PayPal Security" <service@paypa1-secure{i}.example>\r\nTo: minh.tran@agency.example\r\n'
        f"Subject: URGENT: Your account has been suspended\r\nMessage-ID: <p{i}@x.example>\r\n"
        "Content-Type: text/html\r\n\r\n<html><body><p>Dear customer, your account will be suspended within 24 "
        f'hours. Verify your password now:</p><a href="http://192.0.2.{i}/paypal.com/login">https://www.paypal.com/'
        f'signin</a><form action="http://192.0.2.{i}/post.php"><input type=password name=pw></form></body></html>\r\n'
    ).encode()


def gateway(tmp_path: Path, **opts: object) -> Gateway:
    settings = settings_from_mapping(
        {
            "network": {"internal_networks": ["10.0.0.0/8"]},
            "domains": {"local": ["agency.example"]},
            "checks": {"spam_classifier": {"store_url": f"sqlite:///{tmp_path}/learn.db", **opts}},
        }
    )
    return Gateway(Engine(settings, FakeResolver({})), None, settings)


def classifier(gw: Gateway) -> SpamClassifier:
    clf = gw.autolearner.classifier
    assert clf is not None
    return clf


def learned(gw: Gateway) -> tuple[int, int]:
    learning = classifier(gw).learned
    repo = learning.repository() if learning is not None else None
    stats = repo.stats() if repo is not None else None
    return (stats.spam, stats.ham) if stats is not None else (0, 0)


async def junk_points(gw: Gateway, raw: bytes, env: Envelope) -> float:
    v = await gw.engine.scan(parse_message(raw, env))
    return sum(s.score for s in v.symbols if s.check == SpamClassifier.name)


async def test_own_letters_and_convicted_phishing_teach_the_classifier(tmp_path: Path) -> None:
    gw = gateway(tmp_path)
    probe = letter(99, "b@partner.example", "minh.tran@agency.example")
    before = await junk_points(gw, probe, IN)
    assert before > 1  # the shipped model leans to junk on such a letter
    for i in range(25):
        assert (await gw.process(letter(i), OUT, "milter")).action in (Action.ACCEPT, Action.ADD_HEADER)
        assert (await gw.process(phish(i), IN, "milter")).action is Action.REJECT
    await gw.close()
    assert learned(gw) == (25, 25)
    learning = classifier(gw).learned
    repo = learning.repository() if learning is not None else None
    assert repo is not None and repo.stats().by_source == {"auto_spam": 25, "auto_ham": 25}
    after = await junk_points(gw, probe, IN)
    assert after < before - 3 and after < 0, (before, after)
    # The phishing is still convicted: learning the letters did not make the filter lenient.
    assert (await gw.process(phish(77), IN, "milter")).action is Action.REJECT


async def test_inbound_mail_short_of_rule_evidence_and_own_phishing_are_not_learned(tmp_path: Path) -> None:
    gw = gateway(tmp_path)
    await gw.process(letter(1, "b@partner.example", "minh.tran@agency.example"), IN, "milter")  # inbound ham-ish
    await gw.process(phish(5), OUT, "milter")  # a compromised account sending phishing
    # From a domain not ours, though it comes from inside (a relay passing outside mail on)
    await gw.process(letter(7, "someone@outside.example"), OUT, "milter")
    await gw.close()
    assert learned(gw) == (0, 0)


def verdict(action: Action, score: float, *symbols: tuple[str, str, float, Category | None]) -> Verdict:
    syms = tuple(SymbolResult(n, sc, "", check, "g", cat) for check, n, sc, cat in symbols)
    cats = frozenset(c for *_x, c in symbols if c is not None)
    return Verdict(action, score, syms, cats, ())


def test_which_verdicts_are_learned(tmp_path: Path) -> None:
    al = gateway(tmp_path).autolearner

    def label(action: Action, direction: Direction, *symbols: tuple[str, str, float, Category | None]) -> str | None:
        return al.label(verdict(action, sum(x[2] for x in symbols), *symbols), direction)

    clf_spam = ("spam_classifier", "SPAM_CLASSIFIER_SPAM", 9.0, Category.SPAM)
    no_rcvd = ("headers", "HDR_RCVD_MISSING", 0.3, Category.SPAM)
    dlp = ("outbound_dlp", "DLP_KEYWORD", 2.0, Category.DLP)
    phrases = ("body", "SPAM_PHRASE_MANY", 2.5, Category.SPAM)
    shortener = ("phishing", "PHISH_SHORTENER", 1.0, Category.PHISHING)
    forward = ("outbound_forwarding", "OUTBOUND_AUTOFORWARD", 0.0, Category.POLICY)
    # Own mail: the classifier's opinion does not count, a content rule or a junk category does.
    assert label(Action.ADD_HEADER, Direction.OUTBOUND, clf_spam, no_rcvd) == "ham"
    assert label(Action.ACCEPT, Direction.INTERNAL, dlp) == "ham"
    assert label(Action.ACCEPT, Direction.OUTBOUND, phrases) is None
    assert label(Action.ACCEPT, Direction.OUTBOUND, shortener) is None
    assert label(Action.ACCEPT, Direction.OUTBOUND, forward) is None
    assert label(Action.QUARANTINE, Direction.OUTBOUND) is None  # waits for a person
    # Inbound: spam only with a high score and enough evidence from other checks than the classifier.
    assert label(Action.ACCEPT, Direction.INBOUND) is None
    clf_sure = ("spam_classifier", "SPAM_CLASSIFIER_SPAM", 18.0, Category.SPAM)
    no_date = ("headers", "HDR_DATE_MISSING", 2.0, Category.SPAM)
    assert label(Action.REJECT, Direction.INBOUND, clf_sure, no_date) is None
    ip_url = ("phishing", "PHISH_IP_URL", 8.0, Category.PHISHING)
    assert label(Action.REJECT, Direction.INBOUND, clf_spam, ip_url) == "spam"
    assert label(Action.REJECT, Direction.INBOUND, ip_url) is None  # 8 points: under the score to learn


async def test_forwards_to_a_colleague_or_the_helpdesk_are_not_learned(tmp_path: Path) -> None:
    """Users forward junk ("Fwd: is this spam?"): someone else's mail, never the site's own letter."""
    gw = gateway(tmp_path)
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "Deals <deals@promo.example>", "Cheap watches"
    inner.set_content("Order now and save 90%.")
    attached = EmailMessage()
    attached["From"], attached["To"], attached["Subject"] = "minh.tran@agency.example", "helpdesk@agency.example", "?"
    attached.set_content("Is this spam?")
    attached.add_attachment(inner)
    await gw.process(attached.as_bytes(), OUT, "milter")
    fwd = letter(3).replace(b"Subject: Proforma", b"Subject: Fwd: Proforma")
    vi = letter(4).replace(b"Subject: Proforma", "Subject: Chuyển tiếp: Proforma".encode())
    assert fwd != letter(3) and vi != letter(4)
    await gw.process(fwd, OUT, "milter")
    await gw.process(vi, OUT, "milter")
    await gw.process(letter(5), OUT, "milter")  # the control: an ordinary letter is learned
    await gw.close()
    assert learned(gw) == (0, 1)


async def test_autolearn_off_and_per_minute_limit(tmp_path: Path) -> None:
    off = gateway(tmp_path / "off", autolearn=False)
    assert not off.autolearner.enabled
    await off.process(letter(1), OUT, "milter")
    await off.close()
    capped = gateway(tmp_path / "cap", autolearn_per_minute=3)
    for i in range(6):
        await capped.process(letter(i), OUT, "milter")
    await capped.close()
    assert learned(capped) == (0, 3)


async def test_a_store_failure_never_touches_the_message(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    gw = gateway(tmp_path, store_url=f"sqlite:///{blocker}/learn.db")
    with caplog.at_level(logging.WARNING):
        disp = await gw.process(letter(1), OUT, "milter")
        await gw.close()
    assert disp.action in (Action.ACCEPT, Action.ADD_HEADER)
    assert "auto-learning failed" in caplog.text
