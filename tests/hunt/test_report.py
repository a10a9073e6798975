"""Campaign report: every format and language, with the campaign letter's exact wording."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mailwarden.hunt.cases import CaseSummary
from mailwarden.hunt.report import FORMATS, LANGS, CampaignStats, write_report

VI_INFORMED = "Tổng số đơn vị, tổ chức nhận được thông tin về chiến dịch"
VI_DEPLOYING = "Tổng số đơn vị, tổ chức triển khai chiến dịch"
EXPECT = {
    "vi": [VI_INFORMED, VI_DEPLOYING],
    "zh": ["收到行动通知的单位、组织总数"],
    "en": ["units and organisations informed"],
}


def _stats() -> CampaignStats:
    return CampaignStats.from_cases(
        CaseSummary(7, 2, 1, 3, 1, ("iocs.txt@abc",)), 41, 37, "Sở Thông tin và Truyền thông"
    )


def _text(path: Path, fmt: str) -> str:
    if fmt == "csv":
        with path.open(encoding="utf-8-sig") as fh:
            return "\n".join(",".join(r) for r in csv.reader(fh))
    if fmt == "xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(path).active
        return "\n".join(",".join(str(v) for v in row if v is not None) for row in ws.iter_rows(values_only=True))
    if fmt == "docx":
        from docx import Document

        doc = Document(str(path))
        return "\n".join(
            [p.text for p in doc.paragraphs] + [",".join(c.text for c in r.cells) for r in doc.tables[0].rows]
        )
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).replace("\x00", "")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_report_has_wording_and_numbers(tmp_path: Path, fmt: str, lang: str) -> None:
    out = write_report(_stats(), lang, fmt, tmp_path / f"r.{fmt}")
    text = _text(out, fmt)
    compact = " ".join(text.split())
    bare = "".join(text.split())  # PDF text extraction may space out CJK glyphs
    for phrase in EXPECT[lang]:
        assert phrase in compact or (fmt == "pdf" and "".join(phrase.split()) in bare)
    for number in ("41", "37", "iocs.txt@abc"):
        assert number in compact
    if fmt != "pdf":  # exact cells: outstanding = open + checked, handled = checked + cleaned + fp
        assert ",3" in text and ",5" in text


def test_units_cannot_be_negative() -> None:
    with pytest.raises(Exception, match="negative"):
        CampaignStats.from_cases(CaseSummary(0, 0, 0, 0, 0, ()), -1, 0)
