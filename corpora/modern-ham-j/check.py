#!/usr/bin/env python3
"""Checks the messages of this folder (see SOURCE.md). Exit status 0 when all pass.
Adapted from ../modern-ham-i/check.py; adds for this set: dates 2002-2012, at least 48 messages text/plain only,
80-400 words of body text in the alphabetic languages, the label ham.
Checks too that there are 1-3 Received lines with the top one from a recipient gateway,
and that no paragraph is shared with tests/fixtures/*_heldout*/ or any other corpora/*/ set."""
import codecs, datetime, email, email.policy, email.utils, glob, hashlib, html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# the recipient organisations' inbound gateways (see build.py); the top Received line must be one of them
GATEWAYS = ("mx1.halvorsen.example", "mx-in2.its.halvorsen.example", "HOU-MX01.corp.bwtrading.example",
            "HOU-EXHUB02.corp.bwtrading.example", "mailgate.ci.marrowfield.test", "mx3.kestrelnet.example",
            "mx2.fernhost.test", "mx.aldermail.test")
PLAIN_MIN = 48


# Python's codec registry lacks the "windows-874" label that real Thai mail uses (cp874 is the same table).
def _search(name):
    if name.replace("_", "-").lower() == "windows-874":
        return codecs.lookup("cp874")
    return None


codecs.register(_search)

errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def paragraphs(text):
    for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        p = " ".join(p.split())
        if len(p) > 60:
            yield p


def html_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)</(p|div|tr|table|h\d|li|ul|blockquote)>|<br\s*/?>", "\n\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


rows = open(os.path.join(HERE, "INDEX.tsv"), encoding="utf-8").read().splitlines()
if rows[0] != "label\tpath\tsha256\tbytes":
    err("INDEX.tsv", "bad header")
listed = []
for r in rows[1:]:
    label, path, sha, size = r.split("\t")
    listed.append(path)
    data = open(os.path.join(HERE, path), "rb").read()
    if label != "ham":
        err(path, "bad label")
    if hashlib.sha256(data).hexdigest() != sha or len(data) != int(size):
        err(path, "sha256/size mismatch with INDEX.tsv")
files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
if files != listed:
    err("INDEX.tsv", "file list differs from folder")

seen = {}
plain_only = 0
for f in files:
    data = open(os.path.join(HERE, f), "rb").read()
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        err(f, "bare LF or CR")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            err(f, "line over 998 octets")
    if not 400 <= len(data) <= 15 * 1024:
        err(f, "size %d outside 0.4-15 KB" % len(data))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for k, v in msg.items():
        str(v)
        if getattr(v, "defects", None):
            err(f, "header defect in %s: %s" % (k, v.defects))
    if msg.defects:
        err(f, "message defects %s" % msg.defects)
    rec = msg.get_all("Received") or []
    if rec and not any(" by %s " % g in " ".join(str(rec[0]).split()) + " " for g in GATEWAYS):
        err(f, "top Received is not from the recipient organisation's gateway")
    if not msg["Date"]:
        err(f, "no Date")
    if not 1 <= len(rec) <= 3:
        err(f, "Received count %d" % len(rec))
    times = [email.utils.parsedate_to_datetime(str(r).rsplit(";", 1)[1].strip()) for r in rec]
    times = [t if t.tzinfo else t.replace(tzinfo=datetime.timezone.utc) for t in times]
    for a, b in zip(times, times[1:]):
        if a < b:
            err(f, "Received times out of order")
    date = msg["Date"].datetime
    if date.tzinfo is None:
        date = date.replace(tzinfo=datetime.timezone.utc)
    if times:
        if (times[-1] - date).total_seconds() < -600 or (times[0] - date).total_seconds() > 6 * 3600:
            err(f, "Date does not agree with Received times")
    if not 2002 <= date.year <= 2012:
        err(f, "date %s outside 2002-2012" % date.year)
    if msg.get_content_type() == "text/plain":
        plain_only += 1
    if not msg["Message-ID"]:
        err(f, "ham without Message-ID")
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if "\ufffd" in t:
                err(f, "undecodable text in %s" % ct)
            if ct == "text/plain":
                texts.append(t)
            elif ct == "text/html":
                texts.append(html_text(t))
        elif payload is None:
            err(f, "cannot decode %s" % ct)
    body = texts[0] if texts else ""
    if "mailing list" in body or "To unsubscribe, e-mail:" in body or "\n--\nYou are on the" in body or "#####" in body:
        body = re.split(r"\n_{20,}\n|\n-{40,}\n|\n--\nYou are on the|\n#{10,}\n", body)[0]
    if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", body):
        nw = len(re.findall(r"\w+", body))
        if not 80 <= nw <= 400:
            err(f, "%d words of body text, outside 80-400" % nw)
    own = set()
    for t in texts:
        for p in paragraphs(t):
            own.add(p)
    for p in own:
        if p in seen:
            err(f, "paragraph shared with %s: %s" % (seen[p], p[:50]))
        else:
            seen[p] = f


def message_paragraphs(path):
    """paragraphs (>60 chars, whitespace-normalised) of the text parts of another set's message"""
    out = set()
    try:
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        for part in m.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            try:
                t = part.get_content()
            except Exception:
                b = part.get_payload(decode=True) or b""
                t = b.decode("utf-8", "replace")
            if part.get_content_type() == "text/html":
                t = html_text(t)
            out.update(paragraphs(t))
    except Exception as e:  # an unreadable foreign message cannot share text with ours
        print("note: could not read %s (%s)" % (os.path.relpath(path, REPO), e))
    return out


# no paragraph of this set may occur in a held-out fixture set or in any other corpus set
others = sorted(glob.glob(os.path.join(REPO, "tests", "fixtures", "*_heldout*", "**", "*.eml"), recursive=True) +
                [p for p in glob.glob(os.path.join(REPO, "corpora", "*", "**", "*.eml"), recursive=True)
                 if os.path.dirname(os.path.abspath(p)) != HERE])
for path in others:
    for p in message_paragraphs(path) & seen.keys():
        err(seen[p], "paragraph also in %s: %s" % (os.path.relpath(path, REPO), p[:50]))
print("cross-set check: %d messages of other sets read" % len(others))

if plain_only < PLAIN_MIN:
    err("INDEX.tsv", "only %d messages are text/plain only (need %d)" % (plain_only, PLAIN_MIN))
print("text/plain only: %d of %d" % (plain_only, len(files)))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d messages checked" % len(files))
