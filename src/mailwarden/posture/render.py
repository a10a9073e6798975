"""Render audit reports as text, JSON, CSV, HTML (with a summary chart) or PDF, in vi/zh/en."""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from mailwarden.posture.findings import Severity
from mailwarden.posture.i18n import ITEM_TEXT, TITLES, t
from mailwarden.posture.runner import DomainReport

FORMATS = ("text", "json", "csv", "html", "pdf")
_COLORS = {"critical": "#8b0000", "high": "#d9534f", "medium": "#f0ad4e", "low": "#5bc0de", "info": "#999999"}
LATIN_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",)
CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


def render_json(reports: Sequence[DomainReport]) -> str:
    """A JSON array, one object per domain."""
    return json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2)


def render_csv(reports: Sequence[DomainReport], lang: str) -> str:
    """One row per finding (domains without findings get one empty row)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["domain", "grade", "score", "code", "severity", "title", "controls", "target", "evidence", "fix"])
    for r in reports:
        if not r.findings:
            w.writerow([r.domain, r.grade, r.score, "", "", "", "", "", r.error, ""])
        for f in r.findings:
            title = t(f.code, lang, TITLES)
            w.writerow(
                [
                    r.domain,
                    r.grade,
                    r.score,
                    f.code,
                    f.severity.label,
                    title,
                    " ".join(f.controls),
                    f.target,
                    f.evidence,
                    f.fix,
                ]
            )
    return buf.getvalue()


def render_inventory_csv(reports: Sequence[DomainReport]) -> str:
    """CN-RECT-01 inventory: domain, role, host, IP, port, banner, TLS status."""
    cols = [
        "domain",
        "role",
        "host",
        "ip",
        "port",
        "reachable",
        "banner",
        "starttls",
        "tls_version",
        "cipher",
        "cert_not_after",
    ]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in reports:
        for row in r.inventory:
            w.writerow(row)
    return buf.getvalue()


def render_text(reports: Sequence[DomainReport], lang: str) -> str:
    """Human-readable plain text."""
    out: list[str] = []
    for r in reports:
        out.append(
            f"== {r.domain}  {t('grade', lang)}: {r.grade} ({t('score', lang)} {r.score})"
            + (f"  !! {r.error}" if r.error else "")
        )
        if not r.findings:
            out.append(f"   {t('none', lang)}")
        for f in r.findings:
            out.append(f"  [{t(f.severity.label, lang):>10}] {f.code}: {t(f.code, lang, TITLES)}")
            out.append(f"      {t('controls', lang)}: {', '.join(f.controls) or '-'} | {f.target}")
            out.append(f"      {t('evidence', lang)}: {f.evidence}")
            out.append(f"      {t('fix', lang)}: {f.fix}")
        out.append(f"  -- {t('selfcheck', lang)}")
        for row in r.selfcheck:
            codes = f" ({', '.join(row.codes)})" if row.codes else ""
            out.append(f"  {row.id:<10} {t(row.status.value, lang):<16} {t(row.id, lang, ITEM_TEXT)}{codes}")
        out.append("")
    return "\n".join(out)


def severity_counts(reports: Sequence[DomainReport]) -> dict[str, int]:
    """Findings per severity across all reports (highest first)."""
    c = Counter(f.severity.label for r in reports for f in r.findings)
    return {s.label: c.get(s.label, 0) for s in sorted(Severity, reverse=True)}


def _svg_chart(counts: dict[str, int], lang: str) -> str:
    width, bar_h, gap = 520, 22, 8
    peak = max(counts.values(), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(counts) * (bar_h + gap)}" role="img">'
    ]
    for i, (sev, n) in enumerate(counts.items()):
        y = i * (bar_h + gap)
        w = int((width - 200) * n / peak)
        parts.append(f'<text x="0" y="{y + 16}" font-size="13">{html.escape(t(sev, lang))}</text>')
        parts.append(f'<rect x="110" y="{y}" width="{w}" height="{bar_h}" fill="{_COLORS[sev]}"/>')
        parts.append(f'<text x="{116 + w}" y="{y + 16}" font-size="13">{n}</text>')
    return "".join(parts) + "</svg>"


def render_html(reports: Sequence[DomainReport], lang: str) -> str:
    """Self-contained HTML page with a severity chart, findings, self-check and inventory tables."""
    e = html.escape
    h = [f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(t("title", lang))}</title>',
         "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
         "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px}"
         "tr.fail td{color:#b00}tr.pass td{color:#070}</style></head><body>",
         f"<h1>{e(t('title', lang))}</h1><h2>{e(t('summary', lang))}</h2>", _svg_chart(severity_counts(reports), lang),
         f"<table><tr><th>{e(t('domain', lang))}</th><th>{e(t('grade', lang))}</th><th>{e(t('score', lang))}</th>"
         f"<th>{e(t('findings', lang))}</th></tr>"]  # fmt: skip
    for r in reports:
        h.append(f"<tr><td>{e(r.domain)}</td><td>{e(r.grade)}</td><td>{r.score}</td><td>{len(r.findings)}</td></tr>")
    h.append("</table>")
    for r in reports:
        h.append(f"<h2>{e(r.domain)} — {e(t('grade', lang))} {e(r.grade)}</h2>")
        heads = ("severity", "code", "findings", "controls", "evidence", "fix")
        h.append("<table><tr>" + "".join(f"<th>{e(t(k, lang))}</th>" for k in heads) + "</tr>")
        for f in r.findings:
            cells: tuple[str, ...] = (
                t(f.severity.label, lang), f.code, t(f.code, lang, TITLES), ", ".join(f.controls),
                f"{f.target}\n{f.evidence}", f.fix,
            )  # fmt: skip
            h.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        h.append(f"</table><h3>{e(t('selfcheck', lang))}</h3><table>")
        for row in r.selfcheck:
            row_cells = (
                row.id,
                t(row.id, lang, ITEM_TEXT),
                t(row.status.value, lang),
                ", ".join(row.codes),
            )
            h.append(f'<tr class="{e(row.status.value)}">' + "".join(f"<td>{e(c)}</td>" for c in row_cells) + "</tr>")
        h.append("</table>")
    h.append(f"<h2>{e(t('inventory', lang))}</h2><pre>{e(render_inventory_csv(reports))}</pre></body></html>")
    return "\n".join(h)


def pdf_fonts() -> tuple[str | None, str | None]:
    """A Latin+Vietnamese font and a CJK font, if installed."""
    latin = next((f for f in LATIN_FONTS if Path(f).is_file()), None)
    cjk = next((f for f in CJK_FONTS if Path(f).is_file()), None)
    return latin, cjk


def render_pdf(reports: Sequence[DomainReport], lang: str) -> bytes:
    """PDF via fpdf2: DejaVu Sans for Latin/Vietnamese, WenQuanYi/Noto CJK as fallback for Chinese."""
    from fpdf import FPDF  # optional dependency, imported only for --format pdf

    latin, cjk = pdf_fonts()
    if latin is None or (lang == "zh" and cjk is None):
        raise RuntimeError("PDF needs fonts: apt-get install fonts-dejavu-core fonts-wqy-microhei")
    pdf = FPDF()
    pdf.add_font("body", fname=latin)
    fallbacks = []
    if cjk:
        pdf.add_font("cjk", fname=cjk)
        fallbacks.append("cjk")
    pdf.set_fallback_fonts(fallbacks)
    pdf.add_page()
    pdf.set_font("body", size=15)
    pdf.multi_cell(0, 8, t("title", lang), new_x="LMARGIN", new_y="NEXT")
    counts = severity_counts(reports)
    peak = max(counts.values(), default=0) or 1
    pdf.set_font("body", size=10)
    pdf.multi_cell(0, 6, t("summary", lang), new_x="LMARGIN", new_y="NEXT")
    for sev, n in counts.items():
        rgb = tuple(int(_COLORS[sev][i : i + 2], 16) for i in (1, 3, 5))
        pdf.cell(30, 6, t(sev, lang))
        pdf.set_fill_color(*rgb)
        pdf.cell(max(1.0, 120 * n / peak), 5, "", fill=True)
        pdf.cell(10, 6, str(n), new_x="LMARGIN", new_y="NEXT")
    for r in reports:
        pdf.set_font("body", size=12)
        pdf.multi_cell(0, 8, f"{r.domain} — {t('grade', lang)} {r.grade} ({r.score})", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("body", size=8)
        for f in r.findings:
            title = f"[{t(f.severity.label, lang)}] {f.code}: {t(f.code, lang, TITLES)} — {', '.join(f.controls)}"
            line = f"{title}\n  {f.evidence}\n  {f.fix}"
            pdf.multi_cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        for row in r.selfcheck:
            pdf.multi_cell(
                0,
                4.5,
                f"{row.id}: {t(row.status.value, lang)} — {t(row.id, lang, ITEM_TEXT)}",
                new_x="LMARGIN",
                new_y="NEXT",
            )
    return bytes(pdf.output())


def render(reports: Sequence[DomainReport], fmt: str, lang: str) -> str | bytes:
    """Dispatch on the format name."""
    if fmt == "json":
        return render_json(reports)
    if fmt == "csv":
        return render_csv(reports, lang)
    if fmt == "html":
        return render_html(reports, lang)
    if fmt == "pdf":
        return render_pdf(reports, lang)
    return render_text(reports, lang)
