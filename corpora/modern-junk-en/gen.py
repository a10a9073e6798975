#!/usr/bin/env python3
"""Write e01.eml ... e60.eml and INDEX.tsv into this directory.

Synthetic junk mail of 2004-2014 (spam and phishing) for classifier
training. Deterministic: one random.Random(seed) per message, no clock,
locale or hash-seed input. Standard library only.
"""
import hashlib
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import msgs_a  # noqa: E402
import msgs_b  # noqa: E402
import msgs_c  # noqa: E402


def builders():
    out = []
    for mod in (msgs_a, msgs_b, msgs_c):
        for name in sorted(n for n in dir(mod) if len(n) == 3 and n[0] == "e" and n[1:].isdigit()):
            out.append((name, getattr(mod, name)))
    out.sort()
    return out


def main():
    rows = []
    for name, fn in builders():
        seed = 20040000 + int(name[1:]) * 7919
        label, data = fn(random.Random(seed))
        assert label in ("spam", "phish"), (name, label)
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        fname = name + ".eml"
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        rows.append((label, fname, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("label\tpath\tsha256\tbytes\n")
        for row in rows:
            f.write("%s\t%s\t%s\t%d\n" % row)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
