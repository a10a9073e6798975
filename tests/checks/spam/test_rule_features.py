"""Rule hits as classifier features: the classifier sees the rule checks' hits, in training and learning too."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest

from mailwarden.checks.spam.classifier import SpamClassifier
from mailwarden.checks.spam.rules import RULE_CHECK_NAMES, rule_symbols, rule_symbols_of_hits
from mailwarden.classifier.features import (
    GRAM_BASE,
    RULE_SPACE,
    RULE_VALUE,
    body_grams,
    features,
    hash_tokens,
    rule_bucket,
    tokens,
    vector_values,
)
from mailwarden.classifier.learned import ACC_OFFSET, DEFAULT_RATE, HAM_WEIGHT, WORD_EPS, LearnedCache, learn_message
from mailwarden.classifier.model import DEFAULT_MODEL, LinearModel, load_model
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.engine.registry import discover_checks
from mailwarden.engine.rulehits import RuleHits
from mailwarden.message import parse_message
from mailwarden.verdict import Hit

# An IP-literal link, a password lure and an all-caps subject: rule checks hit; no Received header.
PHISH = (
    b"From: IT Desk <helpdesk@mail-notice.example>\r\nTo: staff@agency.example\r\n"
    b"Subject: PASSWORD EXPIRES TODAY\r\nMessage-ID: <1@mail-notice.example>\r\n"
    b"Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
    b"Content-Type: text/html\r\n\r\n<p>Your password expires today. Verify your account now or lose access: "
    b'<a href="http://192.0.2.7/owa/login.php">https://mail.agency.example/owa</a></p>\r\n'
)


def test_rule_buckets_sit_below_the_word_buckets_and_keep_a_fixed_value() -> None:
    m = parse_message(PHISH)
    plain = features(m)
    with_rules = features(m, ["PHISH_IP_URL", "SUBJ_ALL_CAPS"])
    assert all(b >= RULE_SPACE for b in plain)
    assert set(with_rules) - set(plain) == {rule_bucket("PHISH_IP_URL"), rule_bucket("SUBJ_ALL_CAPS")}
    assert (
        with_rules
        == sorted(set(with_rules))
        == hash_tokens(tokens(m), ["SUBJ_ALL_CAPS", "PHISH_IP_URL"], body_grams(m))
    )
    vals = vector_values(np.array(with_rules, np.int64))
    assert vals[:2].tolist() == [RULE_VALUE, RULE_VALUE]
    # The word part keeps a unit norm however many rules hit: a long message does not dilute a rule.
    words = np.array(with_rules) < GRAM_BASE
    words[:2] = False
    assert math.isclose(float((vals[words] ** 2).sum()), 1.0)


def test_rule_symbols_keep_only_local_content_rules() -> None:
    pairs = [
        ("headers", "HDR_DATE_PAST"),
        ("phishing", "PHISH_IP_URL"),
        ("phishing", "CHECK_TIMEOUT"),
        ("spf", "SPF_FAIL"),
        ("engine", "CHECK_SKIPPED_OFFLINE"),
        ("intel_urls", "INTEL_URL"),
        ("headers", "HDR_DATE_PAST"),
    ]
    assert rule_symbols(pairs) == ["HDR_DATE_PAST", "PHISH_IP_URL"]
    assert rule_symbols_of_hits({"body": [Hit("BODY_HIDDEN_TEXT")], "clamav": [Hit("MALWARE_FOUND")]}) == [
        "BODY_HIDDEN_TEXT"
    ]
    # Every named rule check exists and needs neither DNS nor the network (same hits offline as inline).
    found = {c.name: c for c in discover_checks()}
    for name in RULE_CHECK_NAMES:
        assert name in found, name
        assert not {n.value for n in found[name].needs} & {"dns", "network"}, name
    # No two rule symbols share a bucket (they would share one learned weight).
    syms = [d.name for name in RULE_CHECK_NAMES for d in found[name].symbols]
    assert len({rule_bucket(s) for s in syms}) == len(syms) > 50


def test_rule_hits_runs_the_rule_checks_offline_with_the_operators_options() -> None:
    syms = RuleHits().one(parse_message(PHISH))
    assert {"PHISH_IP_URL", "SUBJ_ALL_CAPS"} <= set(syms)
    assert syms == sorted(set(syms)) and not any(s.startswith("CHECK_") for s in syms)
    off = settings_from_mapping({"engine": {"disabled": ["phishing"]}})
    assert "PHISH_IP_URL" not in RuleHits(off).one(parse_message(PHISH))


async def test_the_classifier_in_the_engine_scores_with_the_rule_hits(tmp_path: Path) -> None:
    settings = settings_from_mapping({"checks": {"spam_classifier": {"learning": False}}})
    engine = Engine(settings, FakeResolver({}))
    m = parse_message(PHISH)
    v = await engine.scan(m)
    detail = next(s.detail for s in v.symbols if s.check == "spam_classifier")
    got = float(re.search(r"log-odds (-?[\d.]+)", detail).group(1))  # type: ignore[union-attr]
    model = load_model(DEFAULT_MODEL)
    rules = rule_symbols((s.check, s.name) for s in v.symbols)
    assert "PHISH_IP_URL" in rules
    assert got == pytest.approx(model.junk_logit(features(m, rules)), abs=0.01)
    assert got != pytest.approx(model.junk_logit(features(m)), abs=0.01)
    # The classifier runs after every rule check (it reads their hits).
    order = [c.name for level in engine.registry.levels(engine.registry.checks) for c in level]
    assert all(order.index(n) < order.index(SpamClassifier.name) for n in RULE_CHECK_NAMES)


def test_the_shipped_model_learned_rule_weights() -> None:
    model = load_model(DEFAULT_MODEL)
    # Not BODY_HIDDEN_TEXT any more: today's newsletters and notices hide a preheader, and with modern ham in
    # training (corpora/modern-ham) that rule lost its weight as evidence of junk.
    w = {s: float(model.junk[rule_bucket(s)]) for s in ("PHISH_IP_URL", "PHISH_URL_USERINFO", "HDR_HTML_ONLY")}
    assert all(x > 0 for x in w.values()), w


def test_learning_moves_the_rule_weights_by_their_value(tmp_path: Path) -> None:
    model = LinearModel.empty()
    cache = LearnedCache(f"sqlite:///{tmp_path}/l.db", 0.001)
    m = parse_message(PHISH)
    res = learn_message(model, cache, m, is_spam=True, rules=["PHISH_IP_URL"])
    d = cache.deltas()
    assert d is not None and res.written

    # Empty model: p = 0.5, gradient 0.5; AdaGrad: rate x gradient / sqrt(its square + eps).
    def adagrad(v: float) -> float:
        g = 0.5 * v
        return DEFAULT_RATE * g / math.sqrt(g * g + WORD_EPS)

    rule = rule_bucket("PHISH_IP_URL")
    assert float(d[rule]) == pytest.approx(adagrad(RULE_VALUE), rel=1e-4)
    assert float(d[ACC_OFFSET + rule]) == pytest.approx((0.5 * RULE_VALUE) ** 2, rel=1e-4)
    word = features(m)[0]
    n_words = sum(1 for b in features(m) if b < GRAM_BASE)
    assert float(d[word]) == pytest.approx(adagrad(1 / math.sqrt(n_words)), rel=1e-4)
    # A ham's gradient counts HAM_WEIGHT times: its squared gradient adds HAM_WEIGHT**2 as much.
    cache2 = LearnedCache(f"sqlite:///{tmp_path}/l2.db", 0.001)
    learn_message(model, cache2, m, is_spam=False, rules=["PHISH_IP_URL"])
    d2 = cache2.deltas()
    assert d2 is not None and float(d2[rule]) < 0
    assert float(d2[ACC_OFFSET + rule]) == pytest.approx((HAM_WEIGHT * 0.5 * RULE_VALUE) ** 2, rel=1e-4)
