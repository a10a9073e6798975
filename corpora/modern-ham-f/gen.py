#!/usr/bin/env python3
"""Generate corpora/modern-ham-f: 40 synthetic legitimate e-mails.

f01-f20 are Vietnamese (msgs_vi.py), f21-f40 Chinese (msgs_zh.py).  Standard
library only and fully deterministic: running it twice produces
byte-identical files.  Writes f01.eml ... f40.eml and INDEX.tsv next to
this script.
"""

import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import msgs_vi  # noqa: E402
import msgs_zh  # noqa: E402


def main():
    builders = list(msgs_vi.MSGS) + list(msgs_zh.MSGS)
    rows = ["label\tpath\tsha256\tbytes"]
    for i, build in enumerate(builders, 1):
        data = build()
        name = "f%02d.eml" % i
        assert build.__name__ == "f%02d" % i, (build.__name__, name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rows.append("ham\t%s\t%s\t%d" % (name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages" % len(builders))


if __name__ == "__main__":
    main()
