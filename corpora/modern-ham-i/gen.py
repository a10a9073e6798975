#!/usr/bin/env python3
"""Writes i01.eml ... i60.eml and INDEX.tsv for corpora/modern-ham-i (synthetic automated/bulk ham, 2013-2026).
Message texts are in msgs_en.py (i01-i24), msgs_vi.py (i25-i36), msgs_zh.py (i37-i48), msgs_xx.py (i49-i60).
Deterministic: each message uses random.Random(seed); no clock, locale or platform input."""
import hashlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kit import MSGS
import msgs_en, msgs_vi, msgs_zh, msgs_xx  # noqa: F401  (each appends to MSGS in order)
from build import build


def main():
    rows = ["label\tpath\tsha256\tbytes"]
    for i, spec in enumerate(MSGS, 1):
        data = build(spec)
        name = "i%02d.eml" % i
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("ham\t%s\t%s\t%d" % (name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
