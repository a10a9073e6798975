"""The shipped model saw no Vietnamese/Chinese ham: on such text its junk score is damped unless trusted."""

from __future__ import annotations

from pathlib import Path

from mailwarden.config import settings_from_mapping
from mailwarden.dns import OfflineResolver
from mailwarden.engine import Engine
from mailwarden.textfeatures.scripts import vi_zh_share

CLEAN_VI = (Path(__file__).resolve().parents[3] / "examples" / "messages" / "01-clean.eml").read_bytes()


def test_share_of_vietnamese_and_chinese_letters() -> None:
    assert vi_zh_share("Kính gửi Phòng Hành chính, xin gửi lịch họp tuần tới") > 0.06
    assert vi_zh_share("Prezado cliente, você precisa atualizar três dados") < 0.06
    assert vi_zh_share("关于召开年度工作会议的通知") == 1.0
    assert vi_zh_share("Dear customer, your account has been suspended") == 0.0
    assert vi_zh_share("") == 0.0


async def test_vietnamese_ham_is_not_pushed_over_a_threshold_by_the_untrained_language() -> None:
    base = {"general": {"offline": True}}
    damped = await Engine(settings_from_mapping(base), OfflineResolver()).scan_bytes(CLEAN_VI)
    trusted_cfg = {**base, "checks": {"spam_classifier": {"trust_unseen_languages": True}}}
    full = await Engine(settings_from_mapping(trusted_cfg), OfflineResolver()).scan_bytes(CLEAN_VI)
    junk = ("SPAM_CLASSIFIER_SPAM", "SPAM_CLASSIFIER_PHISH")
    d = next(s for s in damped.symbols if s.name in junk)
    f = next(s for s in full.symbols if s.name in junk)
    assert d.score == f.score * 0.25 or abs(d.score - f.score * 0.25) < 0.01
    assert "vi/zh text" in d.detail
    assert damped.action.value == "accept"
