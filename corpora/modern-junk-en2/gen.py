#!/usr/bin/env python3
"""Write n01.eml ... n60.eml and INDEX.tsv (synthetic 2016-2026 spam and phishing).

Deterministic: every message has its own random.Random seeded from its number; no clock,
locale, hash seed or platform input is used.  Standard library only.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import lib  # noqa: E402
import mail  # noqa: E402
import msgs1  # noqa: E402
import msgs2  # noqa: E402
import msgs3  # noqa: E402


def main():
    funcs = {}
    for mod in (msgs1, msgs2, msgs3):
        for name in dir(mod):
            if len(name) == 3 and name[0] == "m" and name[1:].isdigit():
                funcs[int(name[1:])] = getattr(mod, name)
    rows = ["label\tpath\tsha256\tbytes"]
    for n in sorted(funcs):
        label, data = funcs[n](mail.Env(n))
        name = "n%02d.eml" % n
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rows.append("%s\t%s\t%s\t%d" % (label, name, lib.sha256(data), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "wb") as fh:
        fh.write(("\n".join(rows) + "\n").encode("ascii"))


if __name__ == "__main__":
    main()
