#!/usr/bin/env python3
"""Write the modern-junk-eu messages (u01.eml ...) and INDEX.tsv, deterministically.

Standard library only; every message has its own random.Random(seed).
Run:  python3 gen.py
"""
import hashlib
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from mkmail import build, rfcdate, utc_of, Leaf, Multi  # noqa: E402
from trace import trace, layout, rcpt_of  # noqa: E402

import msgs_a  # noqa: E402
import msgs_b  # noqa: E402
import msgs_c  # noqa: E402


def assemble(r, S):
    """S: dict describing one message (see msgs_*.py)."""
    y, mo, d, h, mi, s = S["when"]
    off = S.get("off", 60)
    dutc = utc_of(y, mo, d, h, mi, s, off)
    rcpt = S.get("rcpt") or rcpt_of(S["org"], S.get("ui", 0))
    F = dict(S["F"])
    F.setdefault("to", rcpt)
    if "date" not in F:
        F["date"] = rfcdate(dutc, off, pad=S.get("pad", False), comment=S.get("tzc"))
    first = S.get("first", (0, 25))
    hdr = trace(r, S["org"], y, dutc, S.get("hops", []), S["peer"], rcpt, S["envfrom"],
                S.get("auth"), first=first, arrive=S.get("arrive", (2, 150)))
    hdr = S.get("pre", []) + hdr + layout(r, S["client"], F)
    data = build(hdr, S["root"], mime_version=S.get("mv", "1.0"))
    return data


def describe(node):
    if isinstance(node, Multi):
        return "multipart/%s[%s]" % (node.sub, ", ".join(describe(p) for p in node.parts))
    cs = (" " + node.charset) if node.charset else ""
    return "%s%s %s" % (node.ctype, cs, {"quoted-printable": "qp", "base64": "b64"}.get(node.cte, node.cte))


def main():
    specs = msgs_a.MSGS + msgs_b.MSGS + msgs_c.MSGS
    rows = ["label\tpath\tsha256\tbytes"]
    meta = []
    for i, fn in enumerate(specs, 1):
        r = random.Random(90210 + 1009 * i)
        S = fn(r)
        data = assemble(r, S)
        name = "u%02d.eml" % i
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("%s\t%s\t%s\t%d" % (S["label"], name, hashlib.sha256(data).hexdigest(), len(data)))
        meta.append((name, "%04d-%02d-%02d" % S["when"][:3], S["label"], S["lang"], S["kind"], describe(S["root"]), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    if "--table" in sys.argv:
        for m in meta:
            print("| %s | %s | %s | %s | %s | %s | %d |" % m)


if __name__ == "__main__":
    main()
