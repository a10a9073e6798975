#!/usr/bin/env python3
"""Writes the modern-ham-eu corpus: l01.eml ... lNN.eml and INDEX.tsv.

Standard library only, deterministic: every message is built from its own
random.Random(seed); no clock, locale or platform input is read.
Run:  python3 gen.py
"""
import hashlib
import importlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = ["msgs_de_fr", "msgs_es_it_pt", "msgs_ru_tr_pl", "msgs_misc"]


def collect():
    funcs = {}
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for attr in dir(mod):
            if len(attr) == 3 and attr[0] == "l" and attr[1:].isdigit():
                funcs[int(attr[1:])] = getattr(mod, attr)
    return [funcs[k] for k in sorted(funcs)]


def main():
    rows = ["label\tpath\tsha256\tbytes"]
    for i, fn in enumerate(collect(), 1):
        data = fn()
        assert fn.__name__ == "l%02d" % i, fn.__name__
        name = "l%02d.eml" % i
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("ham\t%s\t%s\t%d" % (name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
