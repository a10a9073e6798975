#!/usr/bin/env python3
"""Writes l01.eml ... l60.eml, INDEX.tsv and the table in SOURCE.md for corpora/modern-ham-j
(synthetic plain-text ham of 2002-2012 that reads like commercial prose).
Message texts are in msgs_en1.py (l01-l23), msgs_en2.py (l24-l48) and msgs_xx.py (l49-l60);
headers and assembly in kit.py, MIME helpers in ../modern-ham-h/mailkit.py.
Standard library only. Each message uses its own random.Random(seed); no clock, locale, hash seed or
platform input, so two runs give byte-identical files."""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kit import MSGS, assemble, structure, D  # noqa: E402
import msgs_en1, msgs_en2, msgs_xx  # noqa: E402,F401  (each appends to MSGS in order)

LANG = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
        "ru": "Russian", "zh": "Chinese", "vi": "Vietnamese", "tr": "Turkish", "pt": "Portuguese", "pl": "Polish",
        "ja": "Japanese"}


def sender(s):
    c = s.get("client", "app:")
    name = {"outlook": "Outlook", "thunderbird": "Thunderbird", "eudora": "Eudora", "pine": "Pine", "mutt": "Mutt",
            "notes": "Lotus Notes", "apple": "Apple Mail", "squirrel": "SquirrelMail webmail", "horde": "Horde IMP webmail"}.get(c)
    if name is None:
        name = "sender's own mailer" + (" (%s)" % c[4:] if c[4:] else "")
    if s.get("lst"):
        name += "; via %s list %s@%s" % ({"mailman": "Mailman", "ezmlm": "ezmlm", "majordomo": "Majordomo",
                                           "listserv": "LISTSERV"}[s["lst"]["sw"]], s["lst"]["name"], s["lst"]["host"])
    return name


def main():
    rows = ["label\tpath\tsha256\tbytes"]
    table = ["| file | date | label | language | kind (sender software) | structure, charset, transfer encoding |",
             "|---|---|---|---|---|---|"]
    for s in MSGS:
        data = assemble(s)
        name = "l%02d.eml" % s["n"]
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("ham\t%s\t%s\t%d" % (name, hashlib.sha256(data).hexdigest(), len(data)))
        y, mo, d = s["date"][:3]
        table.append("| %s | %04d-%02d-%02d | ham | %s | %s (%s) | %s |" % (name, y, mo, d, LANG[s["lang"]], s["kind"],
                                                                          sender(s), structure(s)))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    src = os.path.join(HERE, "SOURCE.md")
    text = open(src, encoding="utf-8").read()
    text = re.sub(r"<!-- table -->.*<!-- /table -->", lambda m: "<!-- table -->\n" + "\n".join(table) + "\n<!-- /table -->",
                  text, flags=re.S)
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
