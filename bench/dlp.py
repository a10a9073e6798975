#!/usr/bin/env python3
"""DLP benchmark: throughput (MB/s of attachment bytes), detection per format, false positives on ham.

Usage:
    .venv/bin/python bench/dlp.py [--repeat N] [--json out.json]

(a) throughput of text extraction + detectors on synthetic documents built by ``mailwarden.dlp.samples``
    (DOCX, XLSX, PPTX, ODT, RTF, PDF, HTML, TXT, ZIP of DOCX), each a few hundred KB of Vietnamese and
    Chinese office text; (b) detection on the fixtures per format: VN stamp, CN stamp, citizen/resident
    IDs and bank cards seeded into each format; (c) false positives of the default policy on the
    SpamAssassin ham corpus (4,397 messages, streamed from the .tar.xz): subject and bodies only;
    corpus attachments are never opened or rendered.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

from mailwarden.dlp import DlpPolicy, ExtractedText, Kind, extract_text, samples, scan_texts
from mailwarden.dlp.message_texts import message_texts
from mailwarden.errors import MessageError
from mailwarden.message.parser import parse_message

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "spamassassin-public"
FILLER = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Giám đốc Sở.",
    "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm.",
    "根据有关规定，现将本季度工作情况报告如下，请各单位结合实际认真贯彻落实。",
    "Phòng Tổ chức cán bộ tổng hợp số liệu, gửi về Văn phòng trước ngày 15/7/2026 để tổng hợp.",
]


def body(n: int) -> list[str]:
    return [f"{i}. {FILLER[i % len(FILLER)]}" for i in range(n)]


def documents(seed: list[str]) -> dict[str, Callable[[], bytes]]:
    big = body(3000)
    return {
        "docx": lambda: samples.docx([*seed, *big]),
        "xlsx": lambda: samples.xlsx([[line, i] for i, line in enumerate([*seed, *big])]),
        "pptx": lambda: samples.pptx([[*seed, *big[i : i + 30]] for i in range(0, len(big), 30)]),
        "odt": lambda: samples.odt([*seed, *big]),
        "rtf": lambda: samples.rtf([*seed, *big]),
        "pdf": lambda: samples.pdf([*seed, *big[:60]]),
        "html": lambda: samples.html([*seed, *big]),
        "txt": lambda: "\n".join([*seed, *big]).encode(),
        "zip": lambda: samples.zip_of({f"d{i}.docx": samples.docx([*seed, *big[:500]]) for i in range(5)}),
    }


def throughput(repeat: int, policy: DlpPolicy) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for kind, build in documents(["Độ mật: MẬT"]).items():
        data = build()
        chars = 0
        t0 = time.perf_counter()
        for _ in range(repeat):
            got = extract_text(data, f"bench.{kind}")
            scan_texts(got.texts, policy)
            chars = sum(len(t.text.encode()) for t in got.texts)
        secs = (time.perf_counter() - t0) / repeat
        out[kind] = {
            "bytes": len(data),
            "text_bytes": chars,
            "ms": secs * 1000,
            "mb_s": len(data) / secs / 1e6,
            "text_mb_s": chars / secs / 1e6,
        }
    return out


def detection(policy: DlpPolicy) -> dict[str, dict[str, bool]]:
    ids = [
        f"Số CCCD: {samples.vn_citizen_id()}",
        f"身份证号码: {samples.cn_resident_id()}",
        f"Số thẻ: {samples.card_number()}",
    ]
    seeds = {
        "classified_vn": ["TỐI MẬT"],
        "classified_cn": ["机密★1年"],
        "vn_citizen_id": ids[:1],
        "cn_resident_id": ids[1:2],
        "bank_card": ids[2:],
        "clean": [],
    }
    table: dict[str, dict[str, bool]] = {}
    for label, seed in seeds.items():
        for kind, build in documents(seed).items():
            report = scan_texts(extract_text(build(), f"fixture.{kind}").texts, policy)
            hit = Kind(label) in report.triggered if label != "clean" else not report.triggered
            table.setdefault(kind, {})[label] = hit
    return table


def ham(policy: DlpPolicy) -> dict[str, object]:
    path = CORPUS / "spamassassin-public.tar.xz"
    if not path.is_file():
        return {"error": f"{path} missing"}
    scanned = triggered = with_attachments = findings = 0
    examples: list[str] = []
    chars = 0
    t0 = time.perf_counter()
    with tarfile.open(path, "r:xz") as tf:
        for member in tf:
            if not member.isfile() or "_ham" not in member.name:
                continue
            fh = tf.extractfile(member)
            if fh is None:
                continue
            try:
                msg = parse_message(fh.read())
            except MessageError:
                continue
            scanned += 1
            with_attachments += bool(msg.attachments)
            texts: list[ExtractedText] = message_texts(msg, attachments=False).texts
            chars += sum(len(t.text) for t in texts)
            report = scan_texts(texts, policy)
            findings += len(report.findings)
            if report.triggered:
                triggered += 1
                examples.append(f"{member.name}: {[k.value for k in report.triggered]}")
    return {
        "messages": scanned,
        "dlp_hits": triggered,
        "findings_below_threshold": findings,
        "with_attachments_not_opened": with_attachments,
        "text_mb": chars / 1e6,
        "seconds": time.perf_counter() - t0,
        "examples": examples[:10],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    policy = DlpPolicy.build()
    tp = throughput(args.repeat, policy)
    det = detection(policy)
    fp = ham(policy)
    total_bytes = sum(v["bytes"] for v in tp.values())
    total_text = sum(v["text_bytes"] for v in tp.values())
    total_ms = sum(v["ms"] for v in tp.values())
    print("format  file_KB  text_KB   ms/doc  file_MB/s  text_MB/s")
    for kind, v in tp.items():
        print(
            f"{kind:6} {v['bytes'] / 1024:8.0f} {v['text_bytes'] / 1024:8.0f} {v['ms']:8.1f}"
            f" {v['mb_s']:10.2f} {v['text_mb_s']:10.2f}"
        )
    print(
        f"all    {total_bytes / 1024:8.0f} {total_text / 1024:8.0f} {total_ms:8.1f}"
        f" {total_bytes / total_ms / 1000:10.2f} {total_text / total_ms / 1000:10.2f}"
    )
    labels = list(next(iter(det.values())))
    print("\ndetection  " + " ".join(f"{x:>14}" for x in labels))
    for kind, row in det.items():
        print(f"{kind:10} " + " ".join(f"{'yes' if row[x] else 'NO':>14}" for x in labels))
    print("\nham:", json.dumps(fp, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({"throughput": tp, "detection": det, "ham": fp}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
