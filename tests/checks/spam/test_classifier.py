"""The spam_classifier check: shipped model loads fast, scores hand-made spam/phish/ham, learns per site."""

from __future__ import annotations

import time
from pathlib import Path

from mailwarden.checks.spam.classifier import SpamClassifier
from mailwarden.classifier.learned import MIN_EACH_CLASS, cache_for_url, learn_message
from mailwarden.classifier.model import DEFAULT_MODEL, load_model
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message

SPAM = (
    "From: Deals <deals@promo-mailer.example>\r\nTo: you@x.example\r\nSubject: Make money fast - FREE offer\r\n\r\n"
    "Click here to claim your free prize! Limited time offer, order now and save 90%. Cheap meds, "
    "lose weight fast, work from home and earn $5000 a week. Unsubscribe here. http://promo-mailer.example/buy\r\n"
)
PHISH = (
    "From: Security <security@account-verify.example>\r\nTo: you@x.example\r\nSubject: Your account has been "
    "suspended\r\n\r\nDear customer, we detected unusual sign-in activity on your account. Your account will be "
    "suspended unless you verify your identity within 24 hours. Click the link below to confirm your password "
    "and restore access: http://account-verify.example/login\r\n"
)
HAM = (
    "From: Tim <tim@lists.example>\r\nTo: dev@lists.example\r\nSubject: Re: patch for the build script\r\n"
    "In-Reply-To: <a@b.example>\r\n\r\nI tested your patch on my machine and the build works now, but the "
    "test for the parser still fails with python 2.2. I think we need to change the makefile too. I'll "
    "commit it tomorrow unless someone objects on the list.\r\n"
)


def engine(tmp_path: Path, **opts: object) -> Engine:
    url = f"sqlite:///{tmp_path}/learn.db"
    settings = settings_from_mapping({"checks": {"spam_classifier": {"store_url": url, **opts}}})
    return Engine(settings, FakeResolver({}), check_classes=[SpamClassifier])


async def symbols(e: Engine, raw: str) -> dict[str, float]:
    v = await e.scan(parse_message(raw.encode()))
    return {s.name: s.score for s in v.symbols}


def test_shipped_model_is_small_and_loads_fast() -> None:
    assert DEFAULT_MODEL.stat().st_size < 1024 * 1024
    t0 = time.perf_counter()
    model = load_model(DEFAULT_MODEL)
    assert time.perf_counter() - t0 < 0.5
    assert model.meta["points_per_logit"] > 0


async def test_spam_phish_and_ham(tmp_path: Path) -> None:
    e = engine(tmp_path)
    assert "SPAM_CLASSIFIER_SPAM" in await symbols(e, SPAM)
    assert "SPAM_CLASSIFIER_PHISH" in await symbols(e, PHISH)
    ham = await symbols(e, HAM)
    assert "SPAM_CLASSIFIER_HAM" in ham and ham["SPAM_CLASSIFIER_HAM"] < 0


async def test_site_learning_moves_the_score_and_is_shared_through_the_store(tmp_path: Path) -> None:
    e = engine(tmp_path, refresh_seconds=0.001)
    before = sum((await symbols(e, SPAM)).values())
    model = load_model(DEFAULT_MODEL)
    cache = cache_for_url(f"sqlite:///{tmp_path}/learn.db", 0.001)
    for _ in range(MIN_EACH_CLASS):  # the site model counts once both classes are learned
        learn_message(model, cache, parse_message(PHISH.encode()), is_spam=True)
        learn_message(model, cache, parse_message(HAM.encode()), is_spam=False)
    for _ in range(5):
        learn_message(model, cache, parse_message(SPAM.encode()), is_spam=False)
    after = sum((await symbols(e, SPAM)).values())
    assert after < before
    repo = cache.repository()
    assert repo is not None and repo.stats().ham == MIN_EACH_CLASS + 5 and repo.stats().buckets > 0
    # A second node (a fresh cache on the same URL) sees the same learned weights.
    fresh = type(cache)(f"sqlite:///{tmp_path}/learn.db", 0.001)
    arr = fresh.deltas()
    assert arr is not None and float(abs(arr).sum()) > 0


async def test_one_sided_learning_counts_only_once_both_classes_are_learned(tmp_path: Path) -> None:
    """Ham alone (released false positives) must not make the filter lenient on everything."""
    e = engine(tmp_path, refresh_seconds=0.001)
    model = load_model(DEFAULT_MODEL)
    cache = cache_for_url(f"sqlite:///{tmp_path}/learn.db", 0.001)
    before = sum((await symbols(e, PHISH)).values())
    for _ in range(5):
        learn_message(model, cache, parse_message(HAM.encode()), is_spam=False)
        learn_message(model, cache, parse_message(SPAM.encode()), is_spam=False)
    assert cache.balance() == 0.0
    assert sum((await symbols(e, PHISH)).values()) == before
    for i in range(MIN_EACH_CLASS):
        learn_message(model, cache, parse_message(PHISH.replace("24 hours", f"{i} hours").encode()), is_spam=True)
    assert cache.balance() == 0.5  # 10 ham, 20 spam: half weight until 20 of each
    assert sum((await symbols(e, SPAM)).values()) != sum(
        (await symbols(engine(tmp_path, learning=False), SPAM)).values()
    )


async def test_learning_off_ignores_the_store(tmp_path: Path) -> None:
    e = engine(tmp_path, learning=False)
    assert e.registry.checks[0].learned is None  # type: ignore[attr-defined]
