"""Vietnamese typed in the legacy TCVN3 (.VnTime) and VNI encodings is read as Unicode; other Latin-1 text is not."""

from __future__ import annotations

import io

import pytest
from docx import Document

from mailwarden.dlp import DlpPolicy, Kind, extract_text, scan_texts
from mailwarden.textfeatures.vn_legacy import (
    TCVN3,
    looks_tcvn3,
    looks_vni,
    tcvn3_to_unicode,
    unicode_vietnamese,
    vni_to_unicode,
)

UNICODE_LETTER = (
    "Cộng hoà xã hội chủ nghĩa Việt Nam\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "MẬT\n"
    "V/v báo cáo tình hình thực hiện dự án Sao Mai\n"
    "Kính gửi: Sở Tài chính, ủy ban nhân dân tỉnh."
)
# The same letter as the ABC keyboard stores it in .VnTime (the stamp in the .VnTimeH capital font).
TCVN3_LETTER = (
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n"
    "§éc lËp - Tù do - H¹nh phóc\n"
    "MËT\n"
    "V/v b¸o c¸o t×nh h×nh thùc hiÖn dù ¸n Sao Mai\n"
    "KÝnh göi: Së Tµi chÝnh, ñy ban nh©n d©n tØnh."
)
# The same letter typed with a VNI font (VNI-Times): base letters followed by mark codes.
VNI_LETTER = (
    "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam\n"
    "Ñoäc laäp - Töï do - Haïnh phuùc\n"
    "MAÄT\n"
    "V/v baùo caùo tình hình thöïc hieän döï aùn Sao Mai\n"
    "Kính göûi: Sôû Taøi chính, uûy ban nhaân daân tænh."
)


def _to_tcvn3(text: str) -> str:
    back = {v: k for k, v in TCVN3.items()}
    return "".join(back.get(c, c) for c in text)


def test_a_tcvn3_letter_reads_as_the_unicode_letter() -> None:
    assert looks_tcvn3(TCVN3_LETTER)
    assert unicode_vietnamese(TCVN3_LETTER) == UNICODE_LETTER


def test_table_round_trips_every_vietnamese_lowercase_letter() -> None:
    vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    encoded = _to_tcvn3(vowels)
    assert encoded.translate(str.maketrans(TCVN3)) == vowels
    assert all(ord(c) < 0x100 for c in encoded)


def test_a_vni_letter_reads_as_the_unicode_letter() -> None:
    assert looks_vni(VNI_LETTER) and not looks_tcvn3(VNI_LETTER)
    assert unicode_vietnamese(VNI_LETTER) == UNICODE_LETTER
    assert vni_to_unicode("Xin chaøo caùc baïn, ngöôøi Vieät") == "Xin chào các bạn, người Việt"
    assert vni_to_unicode("ÑOÄ MAÄT: TOÁI MAÄT") == "ĐỘ MẬT: TỐI MẬT"


@pytest.mark.parametrize(
    "text",
    [
        UNICODE_LETTER,  # already Unicode: "hoà" and "xã" are TCVN3 codes too, and must stay
        "Le café de l'été est très apprécié à Paris, où l'élève étudie. Déjà noté.",
        "Größe für Straße, schön und müde. Über die Brücke gehen wir später.",
        "También está más rápido; sí, qué bien, acción, corazón, había, después.",
        "Microsoft® Office · Help ¶ 3 × 4 ½ ¼ ¾ © 2024 « quoted » ¬ ¡Hola!",
        "Ngân hàng thông báo: tài khoản của quý khách. Và b¸o c¸o",  # a few stray codes
        "Où est-il? Là-bas, à côté du château. Il a dû être là où je suis. Voilà, déjà fini, très bien.",
        "Não há ação sem razão. São João está lá, você também. Óculos, avó, avô, até já, à tarde.",
        "Der Bär läuft über die Brücke. Öffnungszeiten: Montag bis Freitag. Grüße, Jörg",
        "Italiano: Perché è così? Città, più, già, può, però, né, là, lì.",
        # Turkish letters beyond Latin-1 split no word: "müşteri" is not "mü" (TCVN3 "mỹ") + "teri".
        "İHTİYAÇ KREDİSİ. Değerli müşterimiz, başvuru için müşteri temsilcimiz sizi arasın. Müdür, üç gün.",
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert not looks_tcvn3(text)
    assert unicode_vietnamese(text) == text


def test_only_words_that_become_vietnamese_syllables_are_converted() -> None:
    assert tcvn3_to_unicode("b¸o c¸o Größe") == "báo cáo Größe"
    assert tcvn3_to_unicode("Tù do") == "Tự do"  # one capital: a capitalised word, not a capital one
    assert tcvn3_to_unicode("TUYÖT MËT") == "TUYỆT MẬT"


def _docx(lines: list[str]) -> bytes:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("letter", [TCVN3_LETTER, VNI_LETTER], ids=["tcvn3", "vni"])
def test_dlp_finds_the_stamp_and_keywords_of_a_legacy_document(letter: str) -> None:
    """A classified letter typed in .VnTime or VNI-Times and attached as DOCX: its stamp and the project's name."""
    data = _docx(letter.splitlines())
    texts = extract_text(data, "cong-van.docx").texts
    policy = DlpPolicy.build(keywords={"du-an": ["Dự án Sao Mai"]})
    report = scan_texts(texts, policy)
    assert [f.label for f in report.triggered[Kind.CLASSIFIED_VN]] == ["MẬT"]
    assert [f.label for f in report.triggered[Kind.KEYWORD]] == ["du-an"]
