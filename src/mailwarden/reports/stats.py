"""The statistics report: messages by direction and verdict, top blocked senders/domains/IPs,
malware and phishing counts, indicators hit, reports sent — as JSON, CSV, HTML (SVG charts),
PDF (fpdf2, drawn bar charts) or XLSX (openpyxl, native charts), in vi/zh/en.

Fonts for PDF (Debian packages): ``fonts-dejavu-core`` (Latin + Vietnamese) and
``fonts-noto-cjk`` or ``fonts-wqy-microhei`` (Chinese).
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mailwarden.reports.events import EventLike, from_domain, sender_address
from mailwarden.reports.i18n import t

__all__ = ["FORMATS", "Stats", "compute_stats", "render_stats"]

FORMATS = ("json", "csv", "html", "pdf", "xlsx")
BLOCKED = frozenset({"reject", "quarantine"})
TOP = 10
LATIN_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf")
CJK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)


@dataclass(slots=True)
class Stats:
    since: datetime | None
    until: datetime | None
    total: int = 0
    by_direction: Counter[str] = field(default_factory=Counter)
    by_action: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    top_senders: Counter[str] = field(default_factory=Counter)
    top_domains: Counter[str] = field(default_factory=Counter)
    top_ips: Counter[str] = field(default_factory=Counter)
    indicators_hit: Counter[str] = field(default_factory=Counter)
    reports_sent: Counter[str] = field(default_factory=Counter)

    @property
    def malware(self) -> int:
        return self.by_category["malware"]

    @property
    def phishing(self) -> int:
        return self.by_category["phishing"]

    def to_json(self) -> dict[str, object]:
        return {
            "from": self.since.isoformat() if self.since else None,
            "to": self.until.isoformat() if self.until else None,
            "total": self.total,
            "by_direction": dict(self.by_direction),
            "by_action": dict(self.by_action),
            "by_category": dict(self.by_category),
            "malware": self.malware,
            "phishing": self.phishing,
            "top_senders": self.top_senders.most_common(TOP),
            "top_domains": self.top_domains.most_common(TOP),
            "top_ips": self.top_ips.most_common(TOP),
            "indicators_hit": self.indicators_hit.most_common(50),
            "reports_sent": dict(self.reports_sent),
        }


def compute_stats(
    events: Iterable[EventLike],
    reports_sent: Iterable[str] = (),
    since: datetime | None = None,
    until: datetime | None = None,
) -> Stats:
    """Count events; ``reports_sent`` yields the destination of every sent report log entry."""
    st = Stats(since, until)
    for ev in events:
        st.total += 1
        st.by_direction[ev.direction] += 1
        st.by_action[ev.action] += 1
        if ev.action != "accept":
            # A delivered message keeps the categories of its weak hits (a spam phrase worth 0.5 points:
            # most legitimate mail has one); counted, they made "spam" the largest category of ham.
            st.by_category.update(set(ev.categories))
        for sym in ev.symbols:
            name, detail = str(sym.get("name", "")), str(sym.get("detail", ""))
            if name.startswith("IOC_") and " in " in detail:
                st.indicators_hit[detail.split(": ", 1)[-1].split(" in ", 1)[0]] += 1
        if ev.action in BLOCKED:
            sender = sender_address(ev)
            if sender:
                st.top_senders[sender] += 1
            dom = from_domain(ev)
            if dom:
                st.top_domains[dom] += 1
            if ev.client_ip:
                st.top_ips[ev.client_ip] += 1
    st.reports_sent.update(reports_sent)
    return st


def _sections(st: Stats, lang: str) -> list[tuple[str, list[tuple[str, int]], bool]]:
    """(title, rows, chart?) in display order; direction/verdict labels translated."""
    return [
        (t("by_direction", lang), [(t(k, lang), v) for k, v in sorted(st.by_direction.items())], True),
        (t("by_action", lang), [(t(k, lang), v) for k, v in sorted(st.by_action.items())], True),
        (t("by_category", lang), sorted(st.by_category.items()), True),
        (t("top_senders", lang), st.top_senders.most_common(TOP), False),
        (t("top_domains", lang), st.top_domains.most_common(TOP), False),
        (t("top_ips", lang), st.top_ips.most_common(TOP), False),
        (t("indicators_hit", lang), st.indicators_hit.most_common(TOP), False),
        (t("reports_sent", lang), sorted(st.reports_sent.items()), False),
    ]


def _period(st: Stats) -> str:
    a = st.since.date().isoformat() if st.since else "…"
    b = st.until.date().isoformat() if st.until else "…"
    return f"{a} – {b}"


def _svg_bars(rows: list[tuple[str, int]]) -> str:
    top = max((v for _k, v in rows), default=0) or 1
    h = 24 * len(rows) + 4
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="520" height="{h}" role="img">']
    for i, (k, v) in enumerate(rows):
        y = 4 + 24 * i
        w = int(300 * v / top)
        parts.append(f'<text x="0" y="{y + 15}" font-size="13">{html.escape(k)}</text>')
        parts.append(f'<rect x="160" y="{y}" width="{w}" height="18" fill="#3b6ea5"/>')
        parts.append(f'<text x="{166 + w}" y="{y + 15}" font-size="13">{v}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html(st: Stats, lang: str) -> str:
    title = html.escape(t("stats_title", lang))
    out = [
        f'<!doctype html><html lang="{lang}"><meta charset="utf-8"><title>{title}</title>',
        "<style>body{font-family:'DejaVu Sans','Noto Sans CJK SC',sans-serif;margin:2em}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px}</style>",
        f"<h1>{html.escape(t('stats_title', lang))}</h1>",
        f"<p>{html.escape(t('period', lang))}: {html.escape(_period(st))}</p>",
        f"<p>{html.escape(t('total', lang))}: <b>{st.total}</b>"
        f" · {html.escape(t('malware', lang))}: <b>{st.malware}</b>"
        f" · {html.escape(t('phishing', lang))}: <b>{st.phishing}</b></p>",
    ]
    for title, rows, chart in _sections(st, lang):
        out.append(f"<h2>{html.escape(title)}</h2>")
        if chart and rows:
            out.append(_svg_bars(rows))
        out.append(f"<table><tr><th>{html.escape(t('name', lang))}</th><th>{html.escape(t('count', lang))}</th></tr>")
        out += [f"<tr><td>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in rows]
        out.append("</table>")
    out.append("</html>")
    return "".join(out)


def _fonts() -> tuple[str | None, str | None]:
    latin = next((f for f in LATIN_FONTS if Path(f).exists()), None)
    cjk = next((f for f in CJK_FONTS if Path(f).exists()), None)
    return latin, cjk


def _pdf(st: Stats, lang: str, out: Path) -> None:
    from fpdf import FPDF

    latin, cjk = _fonts()
    if latin is None or (lang == "zh" and cjk is None):
        raise RuntimeError("PDF needs fonts: apt-get install fonts-dejavu-core fonts-noto-cjk")
    pdf = FPDF()
    pdf.add_font("body", fname=latin)
    if cjk is not None:
        pdf.add_font("cjk", fname=cjk, collection_font_number=2 if cjk.endswith("NotoSansCJK-Regular.ttc") else 0)
        pdf.set_fallback_fonts(["cjk"])
    pdf.add_page()
    pdf.set_font("body", size=15)
    pdf.cell(0, 10, t("stats_title", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", size=10)
    pdf.cell(0, 6, f"{t('period', lang)}: {_period(st)}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        6,
        f"{t('total', lang)}: {st.total}   {t('malware', lang)}: {st.malware}   {t('phishing', lang)}: {st.phishing}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for title, rows, chart in _sections(st, lang):
        pdf.ln(3)
        pdf.set_font("body", size=12)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("body", size=9)
        top = max((v for _k, v in rows), default=0) or 1
        for k, v in rows:
            y = pdf.get_y()
            pdf.cell(60, 5, k[:45])
            if chart:
                pdf.set_fill_color(59, 110, 165)
                pdf.rect(pdf.l_margin + 62, y + 0.8, 90 * v / top, 3.5, style="F")
                pdf.set_x(pdf.l_margin + 155)
            pdf.cell(20, 5, str(v), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def _xlsx(st: Stats, lang: str, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    ws = wb.active
    ws.title = "summary"
    ws.append([t("stats_title", lang)])
    ws.append([t("period", lang), _period(st)])
    ws.append([t("total", lang), st.total])
    ws.append([t("malware", lang), st.malware])
    ws.append([t("phishing", lang), st.phishing])
    for n, (title, rows, chart) in enumerate(_sections(st, lang)):
        sheet = wb.create_sheet(f"{n + 1}")
        sheet.append([title])
        sheet.append([t("name", lang), t("count", lang)])
        for row in rows:
            sheet.append(list(row))
        if chart and rows:
            bar = BarChart()
            bar.title = title
            bar.add_data(Reference(sheet, min_col=2, min_row=2, max_row=2 + len(rows)), titles_from_data=True)
            bar.set_categories(Reference(sheet, min_col=1, min_row=3, max_row=2 + len(rows)))
            sheet.add_chart(bar, "D2")
    wb.save(str(out))


def render_stats(st: Stats, fmt: str, lang: str, out: Path | None = None) -> str | None:
    """Text formats (json/csv/html) are returned when ``out`` is None; pdf/xlsx need ``out``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: {'|'.join(FORMATS)}")
    text: str | None = None
    if fmt == "json":
        text = json.dumps(st.to_json(), ensure_ascii=False, indent=2)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["section", "name", "count"])
        w.writerow([t("total", lang), "", st.total])
        for title, rows, _chart in _sections(st, lang):
            for k, v in rows:
                w.writerow([title, k, v])
        text = buf.getvalue()
    elif fmt == "html":
        text = _html(st, lang)
    else:
        if out is None:
            raise ValueError(f"{fmt} needs an output file")
        (_pdf if fmt == "pdf" else _xlsx)(st, lang, out)
        return None
    if out is not None:
        out.write_text(text, encoding="utf-8")
        return None
    return text
