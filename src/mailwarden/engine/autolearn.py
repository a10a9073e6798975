"""Auto-learning on the gateway: the site's own mail taught as ham, rule-convicted junk as spam.

The shipped model's ham is 2002 English mailing lists, so a site's ordinary letters can look like junk
to it (a 50-word English letter with a PDF scored 9-14 points) until the site teaches its own mail.
Like SpamAssassin's ``bayes_auto_learn`` and rspamd's ``autolearn``, the gateway teaches the
classifier from its own verdicts, but only where the evidence does not come from the classifier:

* **ham**: mail the site's users send (authenticated, or from ``[network] internal_networks``:
  outbound and internal mail) From a ``[domains] local`` domain (when set), delivered (accept or
  add_header), not a forward (automatic, or a "Fwd:" / attached message: users forward junk to the
  helpdesk), with no
  phishing, malware or spoofing finding and under ``autolearn_ham_rule_points`` from the content rules.
  The classifier's own opinion is ignored: that opinion is what the learning corrects.
* **spam**: inbound mail scoring at least ``autolearn_spam_score`` of which the other checks gave at
  least ``autolearn_spam_rule_points`` (SpamAssassin requires 3 header and 3 body points not from Bayes):
  the classifier cannot teach itself its own mistakes.

Learning runs after the verdict, off the mail path (the reply never waits for it, and a store error is
only logged), at most ``autolearn_per_minute`` messages per minute and node, and only writes when the
model is not already right by a margin (``classifier.learned.MARGIN``).
"""

from __future__ import annotations

import logging
import re
import threading
import time

from mailwarden.checks.spam.classifier import SpamClassifier
from mailwarden.checks.spam.rules import RULE_CHECK_NAMES, rule_symbols
from mailwarden.classifier.learned import learn_message
from mailwarden.engine.runner import Engine
from mailwarden.message.model import Message
from mailwarden.verdict import Action, Category, Direction, Verdict

log = logging.getLogger(__name__)

CLASSIFIER = SpamClassifier.name
# "Fwd: is this spam?" to the helpdesk is someone else's mail, often junk: never the site's own letter.
_FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|tr|wg|rv|enc|chuyển tiếp|chuyen tiep|转发|轉寄)\s*[:：]", re.IGNORECASE)
_JUNK = frozenset({Category.PHISHING, Category.MALWARE, Category.SPOOF})
_FORWARD = "OUTBOUND_AUTOFORWARD"
# Held or refused own mail waits for a person (a quarantine release teaches it as ham then).
_HAM_ACTIONS = frozenset({Action.ACCEPT, Action.ADD_HEADER})


def forwarded(message: Message) -> bool:
    """A forward: a forwarding Subject prefix or an attached message (message/rfc822)."""
    if _FORWARD_SUBJECT.match(message.subject):
        return True
    return any(a.declared_type.lower() == "message/rfc822" for a in message.attachments)


class AutoLearner:
    """Decides which verdicts teach the classifier, and teaches it (call ``learn`` off the event loop)."""

    def __init__(self, engine: Engine) -> None:
        clf = next((c for c in engine.registry.checks if isinstance(c, SpamClassifier)), None)
        usable = clf is not None and clf.learned is not None and clf.opts.autolearn and clf.opts.autolearn_per_minute
        self.classifier = clf if usable else None
        self.directions = engine.directions
        self._has_local = bool(engine.settings.domains.local)
        self._lock = threading.Lock()
        self._learning = threading.Lock()
        self._window = -1.0
        self._count = 0

    @property
    def enabled(self) -> bool:
        return self.classifier is not None

    def label(self, verdict: Verdict, direction: Direction, message: Message | None = None) -> str | None:
        """The label to teach for a scanned message: "ham", "spam", or None (not learned)."""
        clf = self.classifier
        if clf is None or verdict.forced_by is not None or verdict.errors:
            return None
        others = [s for s in verdict.symbols if s.check != CLASSIFIER]
        if direction is Direction.INBOUND:
            evidence = sum(s.score for s in others)
            if verdict.score >= clf.opts.autolearn_spam_score and evidence >= clf.opts.autolearn_spam_rule_points:
                return "spam"
            return None
        # Outbound or internal: our users' own mail, unless it is someone else's (an automatic forward) or
        # a rule found junk in it (phishing, malware, spoofing, or content-rule points): a compromised
        # account's spam must not be learned as the site's mail. Policy and DLP findings are not junk.
        if verdict.action not in _HAM_ACTIONS:
            return None
        if message is not None and forwarded(message):
            return None
        # With [domains] local set, own mail is From one of them: a relay inside internal_networks that
        # also passes outside mail on must not turn that mail into the site's ham.
        if message is not None and self._has_local and not self.directions.is_local_domain(message.from_domain or ""):
            return None
        if any(s.category in _JUNK or s.name.startswith(_FORWARD) for s in others):
            return None
        content = sum(s.score for s in others if s.check in RULE_CHECK_NAMES and s.score > 0)
        return "ham" if content < clf.opts.autolearn_ham_rule_points else None

    def _admit(self) -> bool:
        assert self.classifier is not None
        now = time.monotonic()
        with self._lock:
            if now - self._window >= 60.0:
                self._window, self._count = now, 0
            if self._count >= self.classifier.opts.autolearn_per_minute:
                return False
            self._count += 1
            return True

    def learn(self, message: Message, verdict: Verdict, label: str) -> bool:
        """Teach one message (blocking: store writes); False when over the per-minute limit."""
        clf = self.classifier
        if clf is None or clf.learned is None or not self._admit():
            return False
        rules = rule_symbols((s.check, s.name) for s in verdict.symbols)
        with self._learning:  # one learn at a time per node: each step reads the weights the last one wrote
            res = learn_message(clf.model, clf.learned, message, label == "spam", rules=rules, source="auto")
        log.debug("auto-learned %s as %s (logit %.2f, written %s)", message.message_id, label, res.logit, res.written)
        return True
