#!/usr/bin/env python3
"""Generate modern-junk-vz2: 60 synthetic Vietnamese and Chinese spam and
phishing messages (k01.eml .. k60.eml) plus INDEX.tsv.

Standard library only and deterministic: every message draws from its own
random.Random(seed), no clock, locale or platform input is used, so running
it twice gives byte-identical files.  All domains, people, numbers and
links are invented; attachments are harmless text placeholders.
"""

import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mk  # noqa: E402
import vi_phish  # noqa: E402
import vi_spam  # noqa: E402
import zh_phish  # noqa: E402
import zh_spam  # noqa: E402


def ordered():
    """Interleave the four groups (with a rotating pattern) so that neither
    language nor label forms long runs in file order."""
    groups = [
        [("phish", "vi", i, f) for i, f in enumerate(vi_phish.MESSAGES)],
        [("spam", "zh", i, f) for i, f in enumerate(zh_spam.MESSAGES)],
        [("spam", "vi", i, f) for i, f in enumerate(vi_spam.MESSAGES)],
        [("phish", "zh", i, f) for i, f in enumerate(zh_phish.MESSAGES)],
    ]
    for g in groups:
        assert len(g) == 15, len(g)
    out = []
    for i in range(15):
        rot = i % 4
        for g in groups[rot:] + groups[:rot]:
            out.append(g[i])
    return out


def main():
    rows = []
    base = {("phish", "vi"): 1100, ("spam", "vi"): 2200,
            ("phish", "zh"): 3300, ("spam", "zh"): 4400}
    for n, (label, lang, i, func) in enumerate(ordered(), 1):
        rng = random.Random(base[(label, lang)] + i * 17)
        data = mk.build(func(rng), rng)
        name = "k%02d.eml" % n
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rows.append((label, name, hashlib.sha256(data).hexdigest(), len(data)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as fh:
        fh.write("label\tpath\tsha256\tbytes\n")
        for r in rows:
            fh.write("%s\t%s\t%s\t%d\n" % r)


if __name__ == "__main__":
    main()
