"""fuzzy: one reported message of a campaign makes its near-copies score, on every node; a release wins
over the report; quoted replies, short notes and unrelated mail are left alone; a dead store costs nothing."""

from __future__ import annotations

import json
import logging
import tarfile
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailwarden.checks.fuzzy import store as fuzzy_store
from mailwarden.checks.fuzzy.check import Fuzzy, FuzzyOptions, digests_of
from mailwarden.checks.fuzzy.digest import text_digest
from mailwarden.checks.fuzzy.store import FuzzyStore
from mailwarden.cli.main import app
from mailwarden.config import settings_from_mapping
from mailwarden.dns import OfflineResolver
from mailwarden.engine import Engine
from mailwarden.message import parse_message
from mailwarden.message.model import Envelope
from mailwarden.stores import EventRecord, open_store

runner = CliRunner()

LURE = (
    "Dear {who},\n\nOur records show that your mailbox storage quota will be exceeded on {date}. To avoid "
    "losing incoming messages from your colleagues and partners, you must verify your account within 24 "
    "hours. Click the secure link below and sign in with your current password to upgrade your quota at "
    "no cost:\n\n{link}\n\nIf you do not complete this verification, your account will be suspended and "
    "all stored messages will be permanently deleted by the system administrator. Reference number "
    "{ref}.\n\nThank you,\nIT Service Desk\n"
)


def lure(who: str, date: str, link: str, ref: str, subject: str = "Mailbox quota warning") -> bytes:
    return mail(subject, LURE.format(who=who, date=date, link=link, ref=ref), sender="it-desk@quota-alert.example")


def mail(subject: str, body: str, sender: str = "someone@partner.example", pdf: bytes | None = None) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, "minh@agency.example", subject
    m["Date"], m["Message-ID"] = "Mon, 2 Mar 2026 08:00:00 +0700", f"<{abs(hash(body))}@x.example>"
    m.set_content(body)
    if pdf is not None:
        m.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice.pdf")
    return m.as_bytes()


FIRST = lure("minh@agency.example", "March 3, 2026", "https://quota-alert.example/u/8f3a9?id=minh", "QX-20931")
COPY = lure("lan@agency.example", "March 4, 2026", "https://quota-alert.example/u/77b12?id=lan", "QX-88412")
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"


def config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "mw.toml"
    cfg.write_text(f'[store]\nurl = "sqlite:///{tmp_path}/mw.db"\n{extra}', encoding="utf-8")
    return cfg


def scan(cfg: Path, tmp_path: Path, raw: bytes, name: str = "m.eml", *extra: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_bytes(raw)
    res = runner.invoke(app, ["scan", "--offline", "--json", "-c", str(cfg), *extra, str(path)])
    assert res.exit_code in (0, 1), res.output
    return dict(json.loads(res.output.splitlines()[0]))


def fuzzy_symbols(row: dict[str, object]) -> dict[str, float]:
    syms = row["symbols"]
    assert isinstance(syms, list)
    return {s["name"]: s["score"] for s in syms if s["name"].startswith("FUZZY_")}


def test_a_reported_message_makes_the_rest_of_its_campaign_score(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    before = scan(cfg, tmp_path, COPY)
    assert fuzzy_symbols(before) == {}
    (tmp_path / "first.eml").write_bytes(FIRST)
    res = runner.invoke(app, ["learn", "--spam", "-c", str(cfg), str(tmp_path / "first.eml")])
    assert res.exit_code == 0, res.output
    assert "fuzzy digests of 1 messages stored" in res.output
    after = scan(cfg, tmp_path, COPY)
    got = fuzzy_symbols(after)
    # Another recipient, date, tracking link and reference number: still the same text.
    assert 7.0 <= got["FUZZY_SPAM"] <= 10.0
    assert float(str(after["score"])) >= float(str(before["score"])) + 7.0
    # Unrelated mail from the same site does not match.
    other = mail("Lịch họp", "Kính gửi các đơn vị, lịch họp giao ban tuần sau như sau. " * 6)
    assert fuzzy_symbols(scan(cfg, tmp_path, other, "other.eml")) == {}


def test_a_release_wins_over_the_report_and_clears_it(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    (tmp_path / "first.eml").write_bytes(FIRST)
    (tmp_path / "copy.eml").write_bytes(COPY)
    res = runner.invoke(app, ["fuzzy", "add", "--phishing", "-c", str(cfg), str(tmp_path / "first.eml")])
    assert res.exit_code == 0, res.output
    assert "FUZZY_PHISHING" in fuzzy_symbols(scan(cfg, tmp_path, COPY))
    res = runner.invoke(app, ["learn", "--ham", "-c", str(cfg), str(tmp_path / "copy.eml")])
    assert res.exit_code == 0, res.output
    got = fuzzy_symbols(scan(cfg, tmp_path, FIRST, "again.eml"))
    assert set(got) == {"FUZZY_HAM"} and got["FUZZY_HAM"] < -5.0
    stats = runner.invoke(app, ["fuzzy", "stats", "--json", "-c", str(cfg)])
    assert json.loads(stats.output)["digests"] == {"text_ham": 1}
    # A report made by mistake is taken back with `fuzzy delete`.
    res = runner.invoke(app, ["fuzzy", "delete", "-c", str(cfg), str(tmp_path / "copy.eml")])
    assert "1 digests deleted" in res.output
    assert fuzzy_symbols(scan(cfg, tmp_path, FIRST, "again.eml")) == {}


def test_a_reply_quoting_the_report_and_a_short_note_do_not_match(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    (tmp_path / "first.eml").write_bytes(FIRST)
    runner.invoke(app, ["fuzzy", "add", "--spam", "-c", str(cfg), str(tmp_path / "first.eml")])
    quoted = "\n".join("> " + line for line in LURE.format(who="x", date="y", link="z", ref="r").splitlines())
    reply = mail("Re: Mailbox quota warning", "Is this real? Please check before I click anything.\n\n" + quoted)
    assert fuzzy_symbols(scan(cfg, tmp_path, reply, "reply.eml")) == {}
    short = tmp_path / "short.eml"
    short.write_bytes(mail("hi", "Your quota will be exceeded, click the link."))
    res = runner.invoke(app, ["fuzzy", "add", "--spam", "-c", str(cfg), str(short)])
    assert "1 without a digest" in res.output


def test_the_same_document_attachment_under_another_text(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    (tmp_path / "a.eml").write_bytes(mail("Invoice", "Please see the invoice attached.", pdf=PDF))
    res = runner.invoke(app, ["fuzzy", "add", "--malware", "-c", str(cfg), str(tmp_path / "a.eml")])
    assert "1 digests stored" in res.output, res.output
    other = mail("Payment overdue", "Your payment is overdue, see the attached statement.", pdf=PDF)
    assert fuzzy_symbols(scan(cfg, tmp_path, other, "b.eml")) == {"FUZZY_ATTACHMENT": 8.0}
    changed = mail("Payment overdue", "Your payment is overdue, see the attached statement.", pdf=PDF + b" ")
    assert fuzzy_symbols(scan(cfg, tmp_path, changed, "c.eml")) == {}


def test_campaign_variants_are_similar_and_unrelated_texts_are_not() -> None:
    opts = FuzzyOptions()
    first, copy = text_digest(parse_message(FIRST), 24), text_digest(parse_message(COPY), 24)
    assert first is not None and copy is not None
    assert first.similarity(copy) >= 0.85
    # Vietnamese typed with and without diacritics is one text.
    vi = "Kính gửi quý khách, tài khoản của quý khách sẽ bị khóa nếu không xác minh trong vòng 24 giờ. " * 3
    plain = "Kinh gui quy khach, tai khoan cua quy khach se bi khoa neu khong xac minh trong vong 24 gio. " * 3
    a, b = text_digest(parse_message(mail("x", vi)), 24), text_digest(parse_message(mail("x", plain)), 24)
    assert a is not None and b is not None and a.similarity(b) == 1.0
    half = LURE.split("If you do not")[0].format(who="a", date="b", link="c", ref="d") + " ".join(
        f"word{i}" for i in range(60)
    )
    c = text_digest(parse_message(mail("x", half)), 24)
    assert c is not None and c.similarity(first) < opts.threshold
    assert digests_of(parse_message(mail("x", "too short to judge")), opts) == (None, [])


def test_reported_spam_does_not_match_ham_of_the_corpus(corpora: Path, tmp_path: Path) -> None:
    """200 SpamAssassin spam reported; none of 600 ham matches, and the corpus's re-sent spam does."""
    spam: list[bytes] = []
    ham: list[bytes] = []
    with tarfile.open(corpora / "spamassassin-public" / "spamassassin-public.tar.xz", "r:xz") as tf:
        for member in tf:
            if not member.isfile() or "cmds" in member.name:
                continue
            part = member.name.split("/")[-2]
            if (part == "spam" and len(spam) < 400) or (part == "easy_ham" and len(ham) < 600):
                fh = tf.extractfile(member)
                assert fh is not None
                (spam if part == "spam" else ham).append(fh.read())
    st = FuzzyStore(f"sqlite:///{tmp_path}/f.db")
    opts = FuzzyOptions()
    for raw in spam[:200]:
        text, files = digests_of(parse_message(raw), opts)
        if text is not None or files:
            st.add(text, files, "spam", "spam", "manual", 86400, opts.threshold)
    ham_hits = [i for i, raw in enumerate(ham) if st.match(*digests_of(parse_message(raw), opts), opts.threshold)]
    assert ham_hits == []
    later = [raw for raw in spam[200:] if st.match(*digests_of(parse_message(raw), opts), opts.threshold)]
    assert len(later) >= 5  # the spam corpus holds near-copies of the same mailings


async def test_outbound_mail_is_not_checked_by_default(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/f.db"
    opts = FuzzyOptions(store_url=url)
    FuzzyStore(url).add(*digests_of(parse_message(FIRST), opts), "spam", "spam", "manual", 86400, 0.7)
    settings = settings_from_mapping(
        {"general": {"offline": True}, "network": {"internal_networks": ["10.0.0.0/8"]},
         "checks": {"fuzzy": {"store_url": url}}}
    )  # fmt: skip
    engine = Engine(settings, OfflineResolver())
    inbound = await engine.scan_bytes(COPY, Envelope(client_ip="198.51.100.7", rcpt_to=["minh@agency.example"]))
    outbound = await engine.scan_bytes(COPY, Envelope(client_ip="10.1.2.3", rcpt_to=["x@gmail.com"]))
    assert any(s.name == "FUZZY_SPAM" for s in inbound.symbols)
    assert not any(s.name.startswith("FUZZY_") for s in outbound.symbols)


async def test_another_node_sees_a_report_and_a_dead_store_costs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path}/f.db"
    monkeypatch.setattr(fuzzy_store, "STATE_RECHECK_SECONDS", 0.0)
    settings = settings_from_mapping({"general": {"offline": True}, "checks": {"fuzzy": {"store_url": url}}})
    engine = Engine(settings, OfflineResolver())  # node B; the report comes through another store object
    msg = parse_message(COPY)
    assert not any(s.name == "FUZZY_SPAM" for s in (await engine.scan(msg)).symbols)
    FuzzyStore(url).add(*digests_of(parse_message(FIRST), FuzzyOptions()), "spam", "spam", "report", 86400, 0.7)
    assert any(s.name == "FUZZY_SPAM" for s in (await engine.scan(parse_message(COPY))).symbols)

    # Looking up never creates a database: a scan on a fresh machine writes nothing.
    missing = Fuzzy(FuzzyOptions(store_url=f"sqlite:///{tmp_path}/none/f.db"))
    assert missing.store is not None and missing.store.match(text_digest(msg, 24), [], 0.7) == []
    assert not (tmp_path / "none").exists()
    # A damaged database: no matches, one warning, and no new attempt for a minute.
    (tmp_path / "bad.db").write_bytes(b"this is not a database" * 100)
    dead = Fuzzy(FuzzyOptions(store_url=f"sqlite:///{tmp_path}/bad.db"))
    assert dead.store is not None
    caplog.set_level(logging.WARNING)
    assert dead.store.match(text_digest(msg, 24), [], 0.7) == []
    assert any("fuzzy store" in r.getMessage() for r in caplog.records)
    assert dead.store.down and dead.store.empty()


def test_store_url_must_be_a_database() -> None:
    with pytest.raises(ValueError, match="sqlite"):
        FuzzyOptions(store_url="redis://localhost")
    res = runner.invoke(app, ["checks", "list", "--json"])
    names = {json.loads(line)["symbol"] for line in res.output.splitlines() if line.startswith("{")}
    assert {"FUZZY_SPAM", "FUZZY_PHISHING", "FUZZY_MALWARE", "FUZZY_ATTACHMENT", "FUZZY_HAM"} <= names


def test_a_quarantined_message_reported_as_malware_marks_its_copies(tmp_path: Path) -> None:
    """`quarantine delete --learn-spam` (a reviewer's report) stores the digest with the held message's category."""
    url = f"sqlite:///{tmp_path}/mw.db"
    store = open_store(url)
    ev = EventRecord(
        id=uuid.uuid4().hex, received_at=datetime.now(UTC), adapter="milter", direction="inbound",
        rcpt_to=("minh@agency.example",), size=len(FIRST), action="quarantine", score=12.0, categories=("malware",),
    )  # fmt: skip
    store.record(ev, FIRST)
    cfg = config(tmp_path)
    res = runner.invoke(app, ["quarantine", "delete", ev.id, "--learn-spam", "-c", str(cfg)])
    assert res.exit_code == 0, res.output
    assert "1 fuzzy digest as spam" in res.output
    got = fuzzy_symbols(scan(cfg, tmp_path, COPY))
    assert set(got) == {"FUZZY_MALWARE"} and got["FUZZY_MALWARE"] >= 7.0


def test_eval_online_learns_digests_as_learn_does(tmp_path: Path) -> None:
    """`eval --online` (the TREC immediate-feedback protocol) reports each junk message as it is learned,
    into its own fresh store: the copy that follows the first of a campaign scores FUZZY_SPAM points."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "1.eml").write_bytes(FIRST)
    (corpus / "2.eml").write_bytes(COPY)
    (corpus / "INDEX.tsv").write_text("spam\t1.eml\nspam\t2.eml\n", encoding="utf-8")
    scores = {}
    for name, extra in (("on", ""), ("off", "[checks.fuzzy]\nenabled = false\n")):
        cfg = config(tmp_path, extra)
        out = tmp_path / f"{name}.tsv"
        res = runner.invoke(app, ["eval", str(corpus), "--labels", str(corpus / "INDEX.tsv"), "--online",
                                  "--scores-out", str(out), "-c", str(cfg)])  # fmt: skip
        assert res.exit_code == 0, res.output
        scores[name] = {Path(p).name: float(s) for p, s, _f in (ln.split("\t") for ln in out.read_text().splitlines())}
    assert scores["on"]["1.eml"] == scores["off"]["1.eml"]  # nothing reported yet
    assert scores["on"]["2.eml"] >= scores["off"]["2.eml"] + 7.0
    assert not (tmp_path / "mw.db").exists()  # the operator's store is left alone


FOOTER = (
    "\n\n-------------------------------------------------------\nThis sf.net email is sponsored by: OSDN - Tired "
    "of that same old cell phone?  Get a new here for FREE!\nhttps://www.inphonic.com/r.asp?r=sourceforge1\n"
    "_______________________________________________\nSpamassassin-talk mailing list\n"
    "Spamassassin-talk@lists.sourceforge.net\nhttps://lists.sourceforge.net/lists/listinfo/spamassassin-talk\n"
)


def test_a_mailing_lists_footer_does_not_make_its_short_posts_alike() -> None:
    """Two short posts of one list share only the footer the list appends: no digest (too short without it)."""

    def post(body: str, listed: bool) -> bytes:
        raw = mail("Re: question", body + FOOTER)
        return (
            raw.replace(b"Subject:", b"List-Id: <spamassassin-talk.lists.sourceforge.net>\nSubject:", 1)
            if listed
            else raw
        )

    a, b = "SYSCONFDIR, not SYSCONFDIF. --j.", "GREEN CARD lottery, click to apply now before it closes"
    assert text_digest(parse_message(post(a, True)), 24) is None
    assert text_digest(parse_message(post(b, True)), 24) is None
    # The same two texts outside a list keep the footer, and are as alike as it makes them.
    da, db = text_digest(parse_message(post(a, False)), 24), text_digest(parse_message(post(b, False)), 24)
    assert da is not None and db is not None and da.similarity(db) >= 0.5
    # A long list post keeps its own text.
    long = " ".join(LURE.split()[:80])
    assert text_digest(parse_message(post(long, True)), 24) is not None


def test_reports_travel_between_sites_as_digests_only(tmp_path: Path) -> None:
    """A CERT (or a sister agency) exports its reports; another site imports them and catches the campaign.
    The export holds MinHash values, not the text; what the importing site released itself is skipped."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    cfg_a, cfg_b = config(a), config(b)
    (a / "first.eml").write_bytes(FIRST)
    assert runner.invoke(app, ["fuzzy", "add", "--phishing", "-c", str(cfg_a), str(a / "first.eml")]).exit_code == 0
    (a / "pdf.eml").write_bytes(mail("Invoice", "See the attached invoice.", pdf=PDF))
    assert runner.invoke(app, ["fuzzy", "add", "--malware", "-c", str(cfg_a), str(a / "pdf.eml")]).exit_code == 0
    export = tmp_path / "cert.jsonl"
    res = runner.invoke(app, ["fuzzy", "export", "-o", str(export), "--since", "1d", "-c", str(cfg_a)])
    assert res.exit_code == 0 and "2 digests written" in res.output, res.output
    text = export.read_text()
    assert "quota" not in text.lower() and "minh" not in text  # no words of the message travel
    assert fuzzy_symbols(scan(cfg_b, b, COPY)) == {}
    res = runner.invoke(app, ["fuzzy", "import", "--source", "vncert", "-c", str(cfg_b), str(export)])
    assert res.exit_code == 0 and "2 digests stored from vncert" in res.output, res.output
    row = scan(cfg_b, b, COPY)
    assert "FUZZY_PHISHING" in fuzzy_symbols(row) and "vncert" in json.dumps(row["symbols"])
    other = mail("Overdue", "Your payment is overdue.", pdf=PDF)
    assert fuzzy_symbols(scan(cfg_b, b, other, "o.eml")) == {"FUZZY_ATTACHMENT": 8.0}
    # A third site that released this text keeps its own decision.
    c = tmp_path / "c"
    c.mkdir()
    cfg_c = config(c)
    (c / "copy.eml").write_bytes(COPY)
    assert runner.invoke(app, ["fuzzy", "add", "--ham", "-c", str(cfg_c), str(c / "copy.eml")]).exit_code == 0
    res = runner.invoke(app, ["fuzzy", "import", "-c", str(cfg_c), str(export)])
    assert "1 digests stored from import, 1 skipped (released here)" in res.output


def test_an_import_refuses_files_it_cannot_use(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "text"}\n', encoding="utf-8")
    res = runner.invoke(app, ["fuzzy", "import", "-c", str(cfg), str(bad)])
    assert res.exit_code == 2 and "not a `mailwarden fuzzy export` file" in res.output
    head = {"format": "mailwarden-fuzzy", "version": 1, "permutations": 128, "seed": 1, "scheme": "affine32",
            "shingle": 3}  # fmt: skip
    bad.write_text(json.dumps(head) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["fuzzy", "import", "-c", str(cfg), str(bad)])
    assert res.exit_code == 2 and "other parameters" in res.output and "128" in res.output
    head["permutations"] = 64
    line = {"kind": "file", "key": "ab" * 32, "value": None, "words": 0, "category": "malware", "count": 1,
            "added": "2026-11-01T00:00:00+00:00", "expires": "2099-01-01T00:00:00+00:00"}  # fmt: skip
    bad.write_text("\n".join([json.dumps(head), json.dumps(line), "{broken", json.dumps(line | {"kind": "x"})]))
    res = runner.invoke(app, ["fuzzy", "import", "-c", str(cfg), str(bad)])
    assert res.exit_code == 1 and "1 digests stored" in res.output and "2 bad lines" in res.output
