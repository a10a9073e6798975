"""Campaign statistics report (letter 1298/CATTT-NCSC) in vi/zh/en as CSV, XLSX, DOCX or PDF."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mailwarden.errors import ConfigError
from mailwarden.hunt.cases import CaseSummary

__all__ = ["FORMATS", "LABELS", "LANGS", "CampaignStats", "find_fonts", "report_rows", "write_report"]

FORMATS = ("csv", "xlsx", "docx", "pdf")
LANGS = ("vi", "zh", "en")

# The two operator-entered rows use the campaign letters' exact Vietnamese wording (requirements §1.3, §4).
LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Báo cáo kết quả triển khai Chiến dịch làm sạch mã độc trên không gian mạng",
        "item": "Nội dung",
        "value": "Số lượng",
        "units_informed": "Tổng số đơn vị, tổ chức nhận được thông tin về chiến dịch",
        "units_deploying": "Tổng số đơn vị, tổ chức triển khai chiến dịch",
        "hosts_found": "Số máy tính, thiết bị phát sinh kết nối đến địa chỉ độc hại",
        "hosts_checked": "Số máy tính, thiết bị đã kiểm tra",
        "hosts_cleaned": "Số máy tính, thiết bị đã xử lý, làm sạch",
        "hosts_false_positive": "Số trường hợp xác định không nhiễm mã độc (cảnh báo nhầm)",
        "hosts_outstanding": "Số máy tính, thiết bị chưa xử lý xong",
        "intel_version": "Phiên bản danh sách địa chỉ IP, tên miền độc hại",
        "unit": "Đơn vị báo cáo",
        "date": "Ngày báo cáo",
    },
    "zh": {
        "title": "清除恶意代码专项行动实施情况统计表",
        "item": "项目",
        "value": "数量",
        "units_informed": "收到行动通知的单位、组织总数",
        "units_deploying": "开展行动的单位、组织总数",
        "hosts_found": "发现连接恶意地址的计算机和设备数",
        "hosts_checked": "已检查的计算机和设备数",
        "hosts_cleaned": "已处置、清除的计算机和设备数",
        "hosts_false_positive": "经核实为误报的数量",
        "hosts_outstanding": "尚未处置完毕的计算机和设备数",
        "intel_version": "恶意IP、域名列表版本",
        "unit": "报告单位",
        "date": "报告日期",
    },
    "en": {
        "title": "Malware clean-up campaign: implementation results",
        "item": "Item",
        "value": "Count",
        "units_informed": "Total units and organisations informed about the campaign",
        "units_deploying": "Total units and organisations deploying the campaign",
        "hosts_found": "Computers and devices seen connecting to malicious addresses",
        "hosts_checked": "Computers and devices checked",
        "hosts_cleaned": "Computers and devices handled and cleaned",
        "hosts_false_positive": "Findings confirmed as false positives",
        "hosts_outstanding": "Computers and devices not yet handled",
        "intel_version": "Malicious IP/domain list version",
        "unit": "Reporting unit",
        "date": "Report date",
    },
}

_ROWS = (
    "units_informed",
    "units_deploying",
    "hosts_found",
    "hosts_checked",
    "hosts_cleaned",
    "hosts_false_positive",
    "hosts_outstanding",
    "intel_version",
)

# Debian packages: fonts-dejavu-core (Latin + Vietnamese); fonts-noto-cjk, fonts-droid-fallback or
# fonts-wqy-microhei (Chinese). A .ttc entry names the face index (Noto Sans CJK: 2 = Simplified Chinese).
_LATIN_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)
_CJK_FONTS = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
)


@dataclass(frozen=True, slots=True)
class CampaignStats:
    """The report's numbers: the two unit counts are entered by the operator, the rest come from cases."""

    units_informed: int
    units_deploying: int
    hosts_found: int
    hosts_checked: int
    hosts_cleaned: int
    hosts_false_positive: int
    hosts_outstanding: int
    intel_version: str
    unit: str = ""
    day: date | None = None

    @classmethod
    def from_cases(
        cls, summary: CaseSummary, units_informed: int, units_deploying: int, unit: str = "", day: date | None = None
    ) -> CampaignStats:
        """Fill the host rows from the case base."""
        if units_informed < 0 or units_deploying < 0:
            raise ConfigError("unit counts cannot be negative")
        return cls(
            units_informed,
            units_deploying,
            summary.found,
            summary.handled,
            summary.cleaned,
            summary.false_positive,
            summary.outstanding,
            ", ".join(summary.intel_versions) or "-",
            unit,
            day,
        )


def report_rows(stats: CampaignStats, lang: str) -> list[tuple[str, str]]:
    """(label, value) rows in the report language, header rows first."""
    if lang not in LABELS:
        raise ConfigError(f"unknown report language {lang!r}; one of {', '.join(LANGS)}")
    labels = LABELS[lang]
    rows: list[tuple[str, str]] = []
    if stats.unit:
        rows.append((labels["unit"], stats.unit))
    rows.append((labels["date"], (stats.day or date.today()).isoformat()))
    rows.extend((labels[key], str(getattr(stats, key))) for key in _ROWS)
    return rows


def write_report(stats: CampaignStats, lang: str, fmt: str, out: Path, cjk_font: Path | None = None) -> Path:
    """Write the table to ``out`` in ``fmt``; returns ``out``."""
    rows = report_rows(stats, lang)
    labels = LABELS[lang]
    header = (labels["item"], labels["value"])
    if fmt == "csv":
        with out.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM so Excel shows Vietnamese/Chinese
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
    elif fmt == "xlsx":
        _xlsx(labels["title"], header, rows, out)
    elif fmt == "docx":
        _docx(labels["title"], header, rows, out)
    elif fmt == "pdf":
        _pdf(labels["title"], header, rows, out, cjk_font)
    else:
        raise ConfigError(f"unknown report format {fmt!r}; one of {', '.join(FORMATS)}")
    return out


def _xlsx(title: str, header: tuple[str, str], rows: list[tuple[str, str]], out: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

    wb = Workbook()
    ws = wb.active
    ws.title = "report"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(header))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for label, value in rows:
        ws.append([label, int(value) if value.isdigit() else value])
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 30
    for row in ws.iter_rows(min_row=3):
        row[0].alignment = Alignment(wrap_text=True)
    wb.save(out)


def _docx(title: str, header: tuple[str, str], rows: list[tuple[str, str]], out: Path) -> None:
    from docx import Document  # type: ignore[import-untyped]

    doc = Document()
    doc.add_heading(title, level=1)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = header
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.save(str(out))


def find_fonts(cjk_font: Path | None = None) -> tuple[Path, tuple[Path, int] | None]:
    """The Latin/Vietnamese font and a CJK fallback font (with its face index), from Debian's usual paths."""
    latin = next((Path(p) for p in _LATIN_FONTS if Path(p).is_file()), None)
    if latin is None:
        raise ConfigError("PDF needs DejaVu Sans: apt-get install fonts-dejavu-core")
    if cjk_font is not None:
        return latin, (cjk_font, 0)
    return latin, next(((Path(p), n) for p, n in _CJK_FONTS if Path(p).is_file()), None)


def _pdf(title: str, header: tuple[str, str], rows: list[tuple[str, str]], out: Path, cjk_font: Path | None) -> None:
    from fpdf import FPDF

    latin, cjk = find_fonts(cjk_font)
    text = title + "".join(a + b for a, b in rows)
    if cjk is None and any("\u3400" <= ch <= "\u9fff" for ch in text):
        raise ConfigError("Chinese PDF needs a CJK font: apt-get install fonts-noto-cjk (or pass --font)")
    pdf = FPDF()
    pdf.add_font("body", "", str(latin))
    if cjk is not None:
        pdf.add_font("cjk", "", str(cjk[0]), collection_font_number=cjk[1])
        pdf.set_fallback_fonts(["cjk"])
    pdf.add_page()
    pdf.set_font("body", size=14)
    pdf.multi_cell(0, 8, title, align="L")
    pdf.ln(4)
    pdf.set_font("body", size=10)
    with pdf.table(col_widths=(130, 50), first_row_as_headings=False, text_align="LEFT") as table:
        for label, value in (header, *rows):
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.output(str(out))
