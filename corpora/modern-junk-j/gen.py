#!/usr/bin/env python3
"""Writes k01.eml ... k60.eml and INDEX.tsv for modern-junk-j. Deterministic: every message has its
own random.Random(seed); no clock, locale or platform input. The texts are in k_en1.py, k_en2.py and
k_xx.py; the composer is mlib.junk(). `python3 gen.py --table` prints the message table of SOURCE.md."""
import os, sys, random
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mlib
import k_en1, k_en2, k_xx  # noqa: F401  (register messages)


def main():
    rows = ['label\tpath\tsha256\tbytes']
    table = []
    for n in sorted(mlib.SPECS):
        s = mlib.SPECS[n]
        r = random.Random(47000 + n * 131)
        raw, t0, desc = mlib.junk(r, s)
        name = 'k%02d.eml' % n
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(raw)
        rows.append('%s\t%s\t%s\t%d' % (s['label'], name, mlib.sha256(raw), len(raw)))
        table.append('| %s | %s | %s | %s | %s | %s | %d |' % (name, t0.strftime('%Y-%m-%d'), s['label'], s['lang'],
                                                            s['kind'], desc, len(raw)))
    with open(os.path.join(HERE, 'INDEX.tsv'), 'w', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    if '--table' in sys.argv:
        print('| file | date | label | language | kind | structure / charset / encoding; sender | bytes |')
        print('|---|---|---|---|---|---|---|')
        print('\n'.join(table))


if __name__ == '__main__':
    main()
