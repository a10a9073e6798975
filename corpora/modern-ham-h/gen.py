#!/usr/bin/env python3
"""Write the modern-ham-h corpus (h01.eml .. h60.eml) and INDEX.tsv.

Standard library only.  Every message is built by its own function in msgs1..msgs4.py
with its own random.Random(seed); no clock, locale, hash seed or platform input is used,
so two runs give byte-identical files.
"""
import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import msgs1  # noqa: E402
import msgs2  # noqa: E402
import msgs3  # noqa: E402
import msgs4  # noqa: E402

COUNT = 60
LABEL = "ham"


def messages():
    mods = (msgs1, msgs2, msgs3, msgs4)
    for n in range(1, COUNT + 1):
        name = "h%02d" % n
        for m in mods:
            if hasattr(m, name):
                yield name, getattr(m, name), 20040000 + n * 7919
                break
        else:
            raise SystemExit("missing " + name)


def main():
    rows = ["label\tpath\tsha256\tbytes"]
    for name, func, seed in messages():
        data = func(random.Random(seed))
        fn = name + ".eml"
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        rows.append("%s\t%s\t%s\t%d" % (LABEL, fn, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d messages" % (len(rows) - 1))


if __name__ == "__main__":
    main()
