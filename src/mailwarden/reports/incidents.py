"""Incidents: grouping related messages into campaigns, severity, deadline timers, report documents.

Deadlines (requirements.md §1.5, §2.8; configurable in ``[reports.deadlines]``):

* VN — Decree 331/2026 Art. 31.2.d: initial notice 24 h, cause/scope/remediation 72 h (serious
  incidents, i.e. severity high or critical); Circular 20/2017: notify within 5 days (all).
* CN — CAC measures (in force 2025-11-01) Art. 4, incidents 较大 or above (high/critical): CII
  operators 1 h, central/state organs 2 h, other operators 4 h.

A deadline is *met* once the incident's ``reported_at`` is set before it.
"""

from __future__ import annotations

import contextlib
import html
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from mailwarden.message.parser import parse_message
from mailwarden.reports.events import EventLike, sender_address, symbol_names
from mailwarden.reports.settings import ReportSettings

__all__ = ["Deadline", "Group", "IncidentLike", "deadlines", "group_events", "incident_document", "incident_json"]

BAD = frozenset({"malware", "phishing", "spoof"})
SEVERITIES = ("low", "medium", "high", "critical")


class IncidentLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def discovered_at(self) -> datetime: ...
    @property
    def reported_at(self) -> datetime | None: ...
    @property
    def keys(self) -> Sequence[str]: ...
    @property
    def event_ids(self) -> Sequence[str]: ...
    @property
    def fields(self) -> Mapping[str, str]: ...


@dataclass(slots=True)
class Group:
    """Related messages: they share a sender, a listed indicator or an attachment hash."""

    keys: set[str]
    events: list[EventLike]

    @property
    def discovered_at(self) -> datetime:
        return min(e.received_at for e in self.events)

    @property
    def severity(self) -> str:
        cats = {c for e in self.events for c in e.categories}
        level = 2 if "malware" in cats else 1
        if len(self.events) >= 10:
            level += 1
        return SEVERITIES[min(level, 3)]

    @property
    def title(self) -> str:
        cats = sorted({c for e in self.events for c in e.categories} & BAD)
        sender = next((k.split(":", 1)[1] for k in sorted(self.keys) if k.startswith("sender:")), "")
        return f"{'/'.join(cats) or 'suspicious'} campaign: {len(self.events)} message(s) {sender}".strip()


def campaign_keys(ev: EventLike, raw: bytes | None) -> set[str]:
    """What ties messages of one campaign: sender address, listed indicators, attachment SHA-256."""
    keys: set[str] = set()
    sender = sender_address(ev)
    if sender:
        keys.add(f"sender:{sender}")
    for sym in ev.symbols:
        name, detail = str(sym.get("name", "")), str(sym.get("detail", ""))
        if name.startswith("IOC_") and " in " in detail:
            keys.add("ioc:" + detail.split(": ", 1)[-1].split(" in ", 1)[0])
    if raw is not None and "malware" in ev.categories:
        # an unparseable original still groups by sender
        with contextlib.suppress(Exception):
            keys.update(f"sha256:{a.sha256}" for a in parse_message(raw).attachments)
    return keys


def group_events(events: Iterable[EventLike], raw_of: Callable[[str], bytes | None]) -> list[Group]:
    """Union of malicious/spoofed events that share any campaign key."""
    groups: list[Group] = []
    for ev in events:
        if ev.action == "accept" or not set(ev.categories) & BAD:  # delivered: its categories are weak hits
            continue
        keys = campaign_keys(ev, raw_of(ev.id) if ev.quarantined else None)
        joined = [g for g in groups if g.keys & keys]
        merged = Group(set(keys), [ev])
        for g in joined:
            merged.keys |= g.keys
            merged.events = g.events + merged.events
            groups.remove(g)
        groups.append(merged)
    return groups


@dataclass(frozen=True, slots=True)
class Deadline:
    key: str
    basis: str
    due: datetime
    met: bool

    def state(self, now: datetime) -> str:
        if self.met:
            return "met"
        return "overdue" if now > self.due else "due"

    def to_json(self, now: datetime) -> dict[str, object]:
        left = (self.due - now).total_seconds()
        return {
            "key": self.key,
            "basis": self.basis,
            "due": self.due.isoformat(),
            "state": self.state(now),
            "seconds_left": int(left),
        }


def deadlines(inc: IncidentLike, settings: ReportSettings) -> list[Deadline]:
    """Deadline timers for an incident under the configured jurisdiction."""
    d = settings.deadlines
    t0 = inc.discovered_at
    serious = inc.severity in ("high", "critical")
    items: list[tuple[str, str, timedelta]] = []
    if settings.jurisdiction == "vn":
        items.append(("vn_notify", "Circular 20/2017/TT-BTTTT", timedelta(days=d.vn_circular20_days)))
        if serious:
            items.append(("vn_initial", "Decree 331/2026 Art. 31.2.d (initial)", timedelta(hours=d.vn_initial_hours)))
            items.append(("vn_full", "Decree 331/2026 Art. 31.2.d (full report)", timedelta(hours=d.vn_full_hours)))
    elif serious:
        hours = {"cii": d.cn_cii_hours, "state": d.cn_state_hours, "other": d.cn_other_hours}
        op = settings.cn_operator_type
        items.append((f"cn_{op}", "国家网络安全事件报告管理办法 Art. 4", timedelta(hours=hours[op])))
    out = []
    for key, basis, delta in items:
        due = t0 + delta
        out.append(Deadline(key, basis, due, inc.reported_at is not None and inc.reported_at <= due))
    return sorted(out, key=lambda x: x.due)


def incident_json(
    inc: IncidentLike, settings: ReportSettings, events: Sequence[EventLike] = (), now: datetime | None = None
) -> dict[str, object]:
    now = now or datetime.now(UTC)
    return {
        "id": inc.id,
        "title": inc.title,
        "severity": inc.severity,
        "status": inc.status,
        "discovered_at": inc.discovered_at.isoformat(),
        "reported_at": inc.reported_at.isoformat() if inc.reported_at else None,
        "jurisdiction": settings.jurisdiction,
        "deadlines": [d.to_json(now) for d in deadlines(inc, settings)],
        "keys": list(inc.keys),
        "messages": [
            {
                "event_id": e.id,
                "received_at": e.received_at.isoformat(),
                "from": e.from_header,
                "mail_from": e.mail_from,
                "client_ip": e.client_ip,
                "subject": e.subject,
                "action": e.action,
                "symbols": symbol_names(e),
            }
            for e in events
        ]
        or list(inc.event_ids),
        "fields": dict(inc.fields),
    }


# Fields the rules name: CN-IR-03 (time/place, type, impact, measures, cause, further measures and
# support, scene preservation) and VN (Circular 20/2017 / Decree 331: system owner, discovery time,
# description, scope, cause, remediation, contact).
DOC_FIELDS: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "organisation",
        {"vi": "Đơn vị/chủ quản hệ thống", "zh": "报告单位", "en": "Reporting organisation / system owner"},
    ),
    ("contact", {"vi": "Người liên hệ", "zh": "联系人及电话", "en": "Contact"}),
    ("discovered_at", {"vi": "Thời điểm phát hiện", "zh": "事件发生/发现时间", "en": "Time of discovery"}),
    ("place", {"vi": "Hệ thống/địa điểm", "zh": "事件发生地点（系统）", "en": "Place / affected system"}),
    ("type", {"vi": "Loại sự cố", "zh": "事件类型", "en": "Incident type"}),
    ("severity", {"vi": "Mức độ", "zh": "事件级别", "en": "Severity"}),
    ("description", {"vi": "Mô tả sự cố", "zh": "事件概况", "en": "Description"}),
    ("impact", {"vi": "Phạm vi, mức độ ảnh hưởng", "zh": "影响范围和危害程度", "en": "Scope, impact and harm"}),
    ("measures", {"vi": "Biện pháp đã xử lý", "zh": "已采取的措施", "en": "Measures taken"}),
    ("cause", {"vi": "Nguyên nhân sơ bộ", "zh": "初步原因分析", "en": "Preliminary cause"}),
    ("plan", {"vi": "Biện pháp tiếp theo, đề nghị hỗ trợ", "zh": "下一步工作及支持需求", "en": "Next steps, support"}),
    ("scene", {"vi": "Lưu giữ chứng cứ", "zh": "现场保护情况", "en": "Evidence / scene preservation"}),
    ("deadlines", {"vi": "Thời hạn báo cáo", "zh": "报告时限", "en": "Reporting deadlines"}),
)
DOC_TITLE = {
    "vi": "BÁO CÁO SỰ CỐ AN TOÀN THÔNG TIN MẠNG",
    "zh": "网络安全事件报告",
    "en": "Cybersecurity incident report",
}


def _doc_values(
    inc: IncidentLike, settings: ReportSettings, events: Sequence[EventLike], lang: str
) -> list[tuple[str, str]]:
    now = datetime.now(UTC)
    cats = sorted({c for e in events for c in e.categories})
    desc = inc.title
    if events:
        desc += "\n" + "\n".join(
            f"- {e.received_at.isoformat()} {e.mail_from or ''} [{e.client_ip or ''}] {e.subject or ''} -> {e.action}"
            for e in events[:50]
        )
    defaults = {
        "organisation": settings.organisation,
        "contact": settings.contact,
        "discovered_at": inc.discovered_at.isoformat(),
        "place": "e-mail gateway (mailwarden)",
        "type": ", ".join(cats) or "e-mail",
        "severity": inc.severity,
        "description": desc,
        "impact": f"{len(events) or len(inc.event_ids)} message(s)",
        "measures": "blocked/quarantined by the mail gateway; samples reported",
        "cause": "",
        "plan": "",
        "scene": "original messages preserved in quarantine (SHA-256 in the event log)",
        "deadlines": "\n".join(f"{d.basis}: {d.due.isoformat()} ({d.state(now)})" for d in deadlines(inc, settings)),
    }
    values = {**defaults, **{k: v for k, v in inc.fields.items() if v}}
    return [(labels.get(lang, labels["en"]), values.get(key, "")) for key, labels in DOC_FIELDS]


def incident_document(
    inc: IncidentLike, settings: ReportSettings, events: Sequence[EventLike], lang: str, fmt: str, out: Path
) -> Path:
    """Write the filled report document (``html`` or ``docx``) in vi/zh/en."""
    rows = _doc_values(inc, settings, events, lang)
    title = DOC_TITLE.get(lang, DOC_TITLE["en"])
    if fmt == "docx":
        import docx

        doc = docx.Document()
        doc.add_heading(title, level=1)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        doc.save(str(out))
        return out
    if fmt != "html":
        raise ValueError(f"unknown document format {fmt!r}: html|docx")
    body = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>" for k, v in rows
    )
    out.write_text(
        f'<!doctype html><html lang="{lang}"><meta charset="utf-8"><title>{html.escape(title)}</title>'
        "<style>body{font-family:'DejaVu Sans','Noto Sans CJK SC',sans-serif;margin:2em}"
        "th{text-align:left;vertical-align:top;width:30%}td,th{border:1px solid #999;padding:4px 8px}"
        "table{border-collapse:collapse;width:100%}</style>"
        f"<h1>{html.escape(title)}</h1><p>ID: {inc.id}</p><table>{body}</table></html>",
        encoding="utf-8",
    )
    return out


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
