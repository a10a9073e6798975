#!/usr/bin/env python3
"""Writes j01.eml ... j60.eml and INDEX.tsv for modern-junk-i. Deterministic: every message has its
own random.Random(seed); no clock, locale or platform input. `python3 gen.py --table` prints the
message table used in SOURCE.md."""
import os, sys, random
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mlib
import j_en1, j_en2, j_vi, j_zh, j_xx  # noqa: F401  (register messages)


def main():
    rows = ['label\tpath\tsha256\tbytes']
    table = []
    for n in sorted(mlib.REG):
        label, lang, kind, desc, f = mlib.REG[n]
        r = random.Random(91000 + n * 113)
        raw, t0 = f(r)
        name = 'j%02d.eml' % n
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(raw)
        rows.append('%s\t%s\t%s\t%d' % (label, name, mlib.sha256(raw), len(raw)))
        table.append('| %s | %s | %s | %s | %s | %s | %d |' % (name, t0.strftime('%Y-%m-%d'), label, lang, kind, desc, len(raw)))
    with open(os.path.join(HERE, 'INDEX.tsv'), 'w', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    if '--table' in sys.argv:
        print('| file | date | label | language | kind | structure / charset / encoding | bytes |')
        print('|---|---|---|---|---|---|---|')
        print('\n'.join(table))


if __name__ == '__main__':
    main()
