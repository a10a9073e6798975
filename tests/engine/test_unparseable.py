"""Input that is not a message still gets a verdict (never an exception): MIME_EMPTY / MIME_UNPARSEABLE."""

from __future__ import annotations

from mailwarden.config import settings_from_mapping
from mailwarden.dns import FakeResolver
from mailwarden.engine import Engine
from mailwarden.verdict import Category


async def test_empty_and_headerless_input_become_policy_symbols() -> None:
    engine = Engine(settings_from_mapping({}), FakeResolver({}))
    empty = await engine.scan_bytes(b"")
    assert [s.name for s in empty.symbols] == ["MIME_EMPTY"]
    assert empty.categories == {Category.POLICY}
    garbage = await engine.scan_bytes(b"\x00\x01\x02 not a message at all")
    assert [s.name for s in garbage.symbols] == ["MIME_UNPARSEABLE"]
    assert garbage.score > 0
