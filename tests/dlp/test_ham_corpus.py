"""False positives on the SpamAssassin ham corpus: the default DLP policy must not trigger on ordinary mail."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from mailwarden.dlp import DlpPolicy, scan_texts
from mailwarden.dlp.message_texts import message_texts
from mailwarden.errors import MessageError
from mailwarden.message.parser import parse_message


@pytest.mark.slow
def test_default_policy_has_no_hits_on_spamassassin_ham(corpora: Path) -> None:
    policy = DlpPolicy.build()
    scanned, hits = 0, []
    with tarfile.open(corpora / "spamassassin-public" / "spamassassin-public.tar.xz", "r:xz") as tf:
        for member in tf:
            if not member.isfile() or "_ham" not in member.name:  # easy_ham, easy_ham_2, hard_ham, hard_ham_2
                continue
            fh = tf.extractfile(member)
            assert fh is not None
            try:
                msg = parse_message(fh.read())
            except MessageError:
                continue
            # subject and bodies only: corpus attachments are never opened
            report = scan_texts(message_texts(msg, attachments=False).texts, policy)
            scanned += 1
            if report.triggered:
                hits.append((member.name, {k.value: report.summary(k) for k in report.triggered}))
    assert scanned > 4000
    assert hits == []
