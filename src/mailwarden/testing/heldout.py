"""Scan a labelled set (an INDEX.tsv of the project's held-out mail) the way ``mailwarden scan`` does: offline,
shipped defaults, no site learning, the envelope taken from the top Received header."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mailwarden.classifier.corpus import generated, iter_samples, read_index
from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message.parser import parse_message
from mailwarden.message.received import envelope_from_received
from mailwarden.verdict import Action


@dataclass(frozen=True)
class Scanned:
    label: str
    action: Action
    score: float

    @property
    def flagged(self) -> bool:
        return self.action is not Action.ACCEPT

    @property
    def held(self) -> bool:
        return self.action in (Action.QUARANTINE, Action.REJECT)


def body_only(raw: bytes) -> bytes:
    """The message as a body-only corpus keeps it (Enron-spam, Ling-spam): its Subject line and its text."""
    m = parse_message(raw)
    subject = " ".join(m.subject.split())
    return f"Subject: {subject}\n\n{m.text_body or m.html_text}".encode("utf-8", "surrogatepass")


async def scan_index(index: Path, strip: bool = False) -> dict[str, Scanned]:
    """File name -> what the shipped filter does with it, for every message ``index`` lists (its generator
    writes missing messages first); ``strip``: each reduced by ``body_only`` first."""
    settings = settings_from_mapping({"general": {"offline": True}, "checks": {"spam_classifier": {"learning": False}}})
    engine = Engine(settings, FakeResolver({}))
    out: dict[str, Scanned] = {}
    for s in iter_samples(read_index(generated(index))):
        msg = engine.parse(body_only(s.raw) if strip else s.raw)
        env = envelope_from_received(msg.headers)
        if env is not None:
            msg.envelope = env
        v = await engine.scan(msg)
        out[Path(s.name).name] = Scanned(s.label, v.action, v.score)
    return out
