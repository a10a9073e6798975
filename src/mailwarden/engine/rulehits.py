"""The classifier's rule features outside the gateway: the rule checks alone, on a parsed message.

``mailwarden train``, ``mailwarden learn`` and quarantine release featurise a message as the
``spam_classifier`` check sees it inside the engine, where the rule checks have already run.
"""

from __future__ import annotations

import asyncio

from mailwarden.checks.phishing.links import FILE_URL_CHECKS
from mailwarden.checks.spam.rules import RULE_CHECK_NAMES, rule_symbols
from mailwarden.config import Settings
from mailwarden.dns import OfflineResolver
from mailwarden.engine.registry import discover_checks
from mailwarden.engine.runner import Engine
from mailwarden.message.model import Message
from mailwarden.message.received import envelope_from_received


class RuleHits:
    """Runs the rule checks (with the operator's options for them) on messages, offline."""

    def __init__(self, settings: Settings | None = None) -> None:
        base = settings or Settings()
        general = base.general.model_copy(update={"offline": True})
        # The rule checks, and the file checks whose URLs the phishing rules read (their symbols are not
        # features): the same rule hits as in the engine.
        running = (*RULE_CHECK_NAMES, *FILE_URL_CHECKS, "attach_archives")
        checks = [c for c in discover_checks() if c.name in running]
        # Only the rule checks run here: the options of the others ([checks.spam_classifier] store_url, ...)
        # are not theirs to validate (with them, `mailwarden learn -c` refused any such config).
        options = {name: opts for name, opts in base.checks.items() if name in running}
        settings_here = base.model_copy(update={"general": general, "checks": options})
        self.engine = Engine(settings_here, OfflineResolver(), check_classes=checks)

    async def of(self, message: Message) -> list[str]:
        """The rule symbols that hit ``message``. With no envelope (a file), it is read from the
        Received chain, as ``scan`` and ``eval`` do."""
        env = message.envelope
        if env.client_ip is None and not env.mail_from and not env.rcpt_to:
            guessed = envelope_from_received(message.headers)
            if guessed is not None:
                message.envelope = guessed
        verdict = await self.engine.scan(message)
        return rule_symbols((s.check, s.name) for s in verdict.symbols)

    def one(self, message: Message) -> list[str]:
        """``of`` from synchronous code (``mailwarden learn``, quarantine release)."""
        return asyncio.run(self.of(message))
