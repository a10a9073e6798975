"""Golden corpus: tests/fixtures/messages/<area>/*.eml, each with a .expect.toml (envelope, DNS zone,
config, expected symbols/action). Adding a regression = adding two files."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.message.model import Envelope

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "messages"
CASES = sorted(FIXTURES.glob("*/*.eml"))


def load_expect(eml: Path) -> dict[str, Any]:
    return tomllib.loads(eml.with_suffix(".expect.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("eml", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
async def test_golden(eml: Path) -> None:
    spec = load_expect(eml)
    env = spec.get("envelope", {})
    envelope = Envelope(
        client_ip=env.get("client_ip"),
        helo=env.get("helo"),
        mail_from=env.get("mail_from"),
        rcpt_to=tuple(env.get("rcpt", [])),
        source="cli",
    )
    settings = settings_from_mapping(spec.get("config", {}))
    engine = Engine(settings, FakeResolver(spec.get("dns", {})))
    verdict = await engine.scan(engine.parse(eml.read_bytes(), envelope))
    names = {s.name for s in verdict.symbols}
    exp = spec["expect"]
    missing = set(exp.get("present", [])) - names
    assert not missing, f"missing {missing}; got {sorted(names)}"
    unexpected = set(exp.get("absent", [])) & names
    assert not unexpected, f"unexpected {unexpected}"
    if "action" in exp:
        assert verdict.action.value == exp["action"], (verdict.action, verdict.score, sorted(names))
    got = {c.value for c in verdict.categories}
    assert set(exp.get("categories", [])) <= got, f"categories {sorted(got)}"
    assert not set(exp.get("categories_absent", [])) & got, f"categories {sorted(got)}"
    for method, word in exp.get("auth", {}).items():
        assert getattr(verdict.auth, method) == word, (method, verdict.auth)
    assert not verdict.errors, verdict.errors
