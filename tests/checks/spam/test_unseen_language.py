"""A model that saw (almost) no Vietnamese/Chinese ham has an untrusted junk side on such text: its junk
score is damped until the model's training and the site's learning together cover both kinds. The
shipped model is trained on Vietnamese and Chinese ham and junk (corpora/modern-ham*, modern-junk-vz)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from mailwarden.checks.spam.classifier import ClassifierOptions, SpamClassifier
from mailwarden.classifier.learned import LearningRepository, cache_for_url, engine_for_url, learn_message
from mailwarden.classifier.model import DEFAULT_MODEL, load_model
from mailwarden.config import settings_from_mapping
from mailwarden.dns import OfflineResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message
from mailwarden.textfeatures.scripts import vi_zh_share

CLEAN_VI = (Path(__file__).resolve().parents[3] / "examples" / "messages" / "01-clean.eml").read_bytes()


def test_share_of_vietnamese_and_chinese_letters() -> None:
    assert vi_zh_share("Kính gửi Phòng Hành chính, xin gửi lịch họp tuần tới") > 0.06
    assert vi_zh_share("Prezado cliente, você precisa atualizar três dados") < 0.06
    assert vi_zh_share("关于召开年度工作会议的通知") == 1.0
    assert vi_zh_share("Dear customer, your account has been suspended") == 0.0
    assert vi_zh_share("") == 0.0


def english_only_model(tmp_path: Path) -> Path:
    """The shipped weights, labelled as trained on no Vietnamese or Chinese mail (as a model from
    ``mailwarden train --index`` on English corpora only is)."""
    meta = json.loads(DEFAULT_MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    meta["trained_vizh"] = {"ham": 0, "junk": 0}
    dst = tmp_path / "english-only.npz"
    shutil.copyfile(DEFAULT_MODEL, dst)
    dst.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return dst


def test_the_shipped_model_was_trained_on_vietnamese_and_chinese_mail() -> None:
    trained = load_model(DEFAULT_MODEL).meta["trained_vizh"]
    assert trained["ham"] >= 50 and trained["junk"] >= 20, trained
    assert SpamClassifier(ClassifierOptions(learning=False)).language_trust() == 1.0


async def test_the_shipped_model_scores_vietnamese_in_full() -> None:
    v = await Engine(settings_from_mapping({"general": {"offline": True}}), OfflineResolver()).scan_bytes(_vi(7, True))
    assert all("vi/zh text" not in s.detail for s in v.symbols)


async def test_a_model_that_saw_no_vietnamese_damps_its_junk_score_on_it(tmp_path: Path) -> None:
    opts = {"model_path": str(english_only_model(tmp_path))}
    base = {"general": {"offline": True}, "checks": {"spam_classifier": opts}}
    trusted = {**base, "checks": {"spam_classifier": {**opts, "trust_unseen_languages": True}}}
    spam = _mail(
        "Vay tiền nhanh lãi suất thấp",
        "Vay tiền nhanh trong ngày, lãi suất thấp nhất thị trường, không cần thế chấp, giải ngân trong 15 phút. "
        "Đăng ký ngay tại http://vaynhanh.example/dangky để được tư vấn miễn phí. Ưu đãi chỉ hôm nay!",
        7,
    )
    damped = await Engine(settings_from_mapping(base), OfflineResolver()).scan_bytes(spam)
    full = await Engine(settings_from_mapping(trusted), OfflineResolver()).scan_bytes(spam)
    junk = ("SPAM_CLASSIFIER_SPAM", "SPAM_CLASSIFIER_PHISH")
    d = next(s for s in damped.symbols if s.name in junk)
    f = next(s for s in full.symbols if s.name in junk)
    assert f.score > 0 and abs(d.score - f.score * 0.25) < 0.01
    assert "vi/zh text" in d.detail and "vi/zh text" not in f.detail
    clean = await Engine(settings_from_mapping(base), OfflineResolver()).scan_bytes(CLEAN_VI)
    assert clean.action.value == "accept"


def _vi(i: int, spam: bool) -> bytes:
    if spam:
        subject, body = (
            f"Vay tiền nhanh {i}",
            f"Vay tiền nhanh trong ngày, lãi suất thấp nhất thị trường, không cần thế chấp, giải ngân trong "
            f"{10 + i} phút. Liên hệ ngay hotline 09{i:08d} để được tư vấn miễn phí. Ưu đãi chỉ hôm nay!",
        )
    else:
        subject, body = (
            f"Lịch họp giao ban tuần {i}",
            f"Kính gửi các đơn vị, Văn phòng thông báo lịch họp giao ban tuần {i} vào lúc 8 giờ sáng thứ Hai "
            f"tại phòng họp số {i}. Đề nghị các đồng chí trưởng phòng tham dự đầy đủ. Trân trọng.",
        )
    return _mail(subject, body, i)


def _invitation(i: int, spam: bool) -> bytes:
    """A Vietnamese property-seminar campaign: spam the English-only model is unsure of (0.96 log-odds)."""
    del spam
    return _mail(
        f"Hội thảo đầu tư {i}",
        f"Kính mời quý anh chị tham dự hội thảo đầu tư căn hộ Sun Garden vào sáng Chủ nhật tại khách sạn Rex, "
        f"phòng số {i}. Chương trình gồm giới thiệu dự án, chính sách thanh toán và quà tặng cho khách hàng "
        "đăng ký sớm. Xin vui lòng xác nhận tham dự với chuyên viên tư vấn của quý vị. Trân trọng cảm ơn.",
        i,
    )


def _en(i: int, spam: bool) -> bytes:
    if spam:
        return _mail(f"Cheap meds {i}", f"Buy cheap meds online, no prescription, discount {i}% today only!", i)
    return _mail(f"Minutes {i}", f"Hi all, the minutes of meeting {i} are below. Please review by Friday.", i)


def _mail(subject: str, body: str, i: int) -> bytes:
    return (
        f"From: sender{i}@example.net\r\nTo: a@agency.example\r\nSubject: {subject}\r\n"
        f"Date: Mon, 2 Mar 2026 08:00:00 +0700\r\nMessage-ID: <{i}@example.net>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    ).encode()


CLASSIFIER = ("SPAM_CLASSIFIER_SPAM", "SPAM_CLASSIFIER_PHISH", "SPAM_CLASSIFIER_UNSURE", "SPAM_CLASSIFIER_HAM")


async def _taught(
    tmp_path: Path,
    teach: Callable[[int, bool], bytes],
    ham: int,
    spam: int,
    other: Callable[[int, bool], bytes] = _en,
    probe: Callable[[int, bool], bytes] = _vi,
) -> tuple[SpamClassifier, str, float]:
    """Teach ``ham`` and ``spam`` messages of ``teach`` (and as many ham of ``other`` as spam, so that the
    site model counts in full), then scan a new spam of ``probe`` with an English-only model: the
    classifier, its symbol's detail and its points."""
    url = f"sqlite:///{tmp_path}/learn.db"
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = english_only_model(tmp_path)
    model = load_model(path)
    cache = cache_for_url(url, refresh_seconds=0.0)
    for i in range(max(ham, spam)):
        if i < ham:
            learn_message(model, cache, parse_message(teach(i, False)), False)
        if i < spam:
            learn_message(model, cache, parse_message(teach(1000 + i, True)), True)
        if i < spam and ham == 0:
            learn_message(model, cache, parse_message(other(2000 + i, False)), False)
    opts = {"model_path": str(path), "store_url": url, "refresh_seconds": 0.001}
    cfg = {"general": {"offline": True}, "checks": {"spam_classifier": opts}}
    v = await Engine(settings_from_mapping(cfg), OfflineResolver()).scan_bytes(probe(5000, True))
    hit = next(s for s in v.symbols if s.name in CLASSIFIER)
    return SpamClassifier(ClassifierOptions(**opts)), hit.detail, hit.score


async def _junk_detail(tmp_path: Path, teach: Callable[[int, bool], bytes], ham: int, spam: int) -> str:
    return (await _taught(tmp_path, teach, ham, spam))[1]


async def test_learning_the_sites_vietnamese_mail_lifts_the_damping(tmp_path: Path) -> None:
    # Taught only English: the model still knows no Vietnamese ham; damped as shipped.
    assert "shipped model x0.25" in await _junk_detail(tmp_path / "en", _en, 60, 25)
    # Half-way (25 of 50 vi/zh ham): half of the damping is lifted.
    assert "shipped model x0.62" in await _junk_detail(tmp_path / "half", _vi, 25, 20)
    # The site has taught its own Vietnamese mail, both kinds: the score counts in full.
    assert "vi/zh text" not in await _junk_detail(tmp_path / "full", _vi, 50, 20)
    stats = LearningRepository(engine_for_url(f"sqlite:///{tmp_path}/full/learn.db")).stats()
    assert stats.by_language == {"vizh_ham": 50, "vizh_spam": 20} and stats.by_source == {}


async def test_what_the_site_learned_counts_in_full_on_vietnamese_mail(tmp_path: Path) -> None:
    # The site reported 20 of a Vietnamese seminar campaign (and English ham), but no Vietnamese ham
    # yet: the English-only model's own junk side stays damped, the evidence the site taught does not.
    clf, detail, score = await _taught(tmp_path, _invitation, 0, 20, probe=_invitation)
    assert "shipped model x0.25" in detail
    found = re.search(r"log-odds (-?[\d.]+) \(site-learned ([-+][\d.]+)\)", detail)
    assert found is not None, detail
    z, site = float(found[1]), float(found[2])
    assert site * clf.points > 3.0, detail  # the site learned this campaign
    expected = (0.25 * (z - site) + site) * clf.points
    assert score > 0 and abs(score - expected) < 0.05, (detail, score, expected)
