"""The one place with per-message side effects: parse -> engine -> event log / quarantine -> SMTP reply.

Adapters (milter, SMTP proxy) translate protocol events into ``Gateway.process`` calls and the returned
``Disposition`` back into protocol replies. Nothing is lost: if a quarantine write fails the answer is a
4xx tempfail and the sending MTA keeps the message.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from mailwarden.checks.base import Stage
from mailwarden.config import Settings
from mailwarden.engine import Engine
from mailwarden.engine.autolearn import AutoLearner
from mailwarden.errors import StoreError
from mailwarden.message.model import Envelope, Message
from mailwarden.outbound.signing import DkimKeyConfig, DkimSigner
from mailwarden.stores import EventRecord, Store
from mailwarden.verdict import Action, Direction, Verdict

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SmtpReply:
    """An SMTP reply: code, enhanced status code (RFC 3463) and text."""

    code: int
    status: str
    text: str

    def __str__(self) -> str:
        return f"{self.code} {self.status} {self.text}"


ACCEPTED = SmtpReply(250, "2.0.0", "OK")
_DELIVERED = (Action.ACCEPT, Action.ADD_HEADER)
TEMPFAIL = SmtpReply(451, "4.7.1", "Temporary local problem, please try again later")


@dataclass(frozen=True, slots=True)
class Disposition:
    """What the adapter must do with the message."""

    action: Action
    reply: SmtpReply
    verdict: Verdict
    event_id: str
    headers: tuple[tuple[str, str], ...] = ()
    new_subject: str | None = None
    # the original is in our quarantine store: the adapter must not deliver it (milter: discard)
    stored: bool = False
    # milter quarantine mode "hold": ask Postfix to put the message on HOLD
    hold: bool = False
    quarantine_secret: str | None = None


def empty_message(envelope: Envelope) -> Message:
    """A message with only an envelope: what pre-DATA stages have."""
    return Message(
        raw=b"",
        envelope=envelope,
        headers=[],
        subject="",
        from_header="",
        from_display="",
        from_address=None,
        from_domain=None,
        reply_to=[],
        to=[],
        cc=[],
        message_id=None,
        date=None,
        text_body="",
        html_body=None,
        attachments=[],
        urls=[],
    )


def _reply_for(verdict: Verdict) -> SmtpReply:
    if verdict.action is Action.REJECT:
        # name the reason class, never internals (symbol names and scores stay in our log)
        return SmtpReply(550, "5.7.1", f"Message rejected: {verdict.reason or 'policy'}")
    if verdict.action is Action.TEMPFAIL:
        return TEMPFAIL
    return ACCEPTED


class EventBatcher:
    """Commits the events of non-quarantined mail in batches (one transaction per ~50 ms).

    One fsync per message capped the milter at a few hundred msg/s on a shared SQLite file; the
    message itself is never at risk here (it is already accepted or refused), only the log line.
    """

    def __init__(self, store: Store, interval: float = 0.05, max_batch: int = 1000) -> None:
        self._store = store
        self._interval = interval
        self._max = max_batch
        self._pending: list[EventRecord] = []
        self._task: asyncio.Task[None] | None = None

    def add(self, event: EventRecord) -> None:
        self._pending.append(event)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while self._pending:
            if len(self._pending) < self._max:
                await asyncio.sleep(self._interval)
            await self._flush_once()

    async def _flush_once(self) -> None:
        batch, self._pending = self._pending, []
        try:
            await asyncio.to_thread(self._store.record_many, batch)
        except StoreError as e:
            log.error("event log: %d events not written: %s", len(batch), e)

    async def flush(self) -> None:
        """Write everything pending (on shutdown)."""
        if self._task is not None:
            await self._task
        if self._pending:
            await self._flush_once()


class Gateway:
    """Runs the engine and records the outcome for each message."""

    def __init__(self, engine: Engine, store: Store | None, settings: Settings) -> None:
        self.engine = engine
        self.store = store
        self.settings = settings
        batched = store is not None and settings.store.event_log == "batched"
        self.batcher = EventBatcher(store) if batched and store is not None else None
        keys = [DkimKeyConfig(**k.model_dump()) for k in settings.dkim.keys]
        self.signer = DkimSigner.from_config(keys) if keys else None  # ConfigError on a bad key file
        self._background: set[asyncio.Task[None]] = set()
        self.autolearner = AutoLearner(engine)

    async def close(self) -> None:
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        if self.batcher is not None:
            await self.batcher.flush()

    @staticmethod
    async def _keep_sample(store: Store, event: EventRecord, raw: bytes) -> None:
        try:
            await asyncio.to_thread(store.record, event, raw, "rejected")
        except StoreError as e:
            log.error("could not keep rejected sample %s: %s", event.id, e)

    async def early(self, envelope: Envelope, stage: Stage) -> Verdict | None:
        """Verdict from the checks that can run before DATA; None unless it is a reject."""
        verdict = await self.engine.scan(empty_message(envelope), stage=stage)
        return verdict if verdict.action is Action.REJECT else None

    async def process(
        self,
        raw: bytes,
        envelope: Envelope,
        adapter: str,
        queue_id: str | None = None,
        can_hold: bool = False,
        reject_to_quarantine: bool = False,
    ) -> Disposition:
        """Scan, log and (when the verdict says so) quarantine one message.

        ``reject_to_quarantine``: for after-queue filters, where a reject would make the upstream MTA
        bounce to a possibly forged sender, keep the message in quarantine instead.
        """
        event_id = uuid.uuid4().hex
        message: Message | None = None
        try:
            message = self.engine.parse(raw, envelope)
        except Exception:  # unparseable, or a parser bug: scan_bytes gives the MIME or on_error verdict
            verdict = await self.engine.scan_bytes(raw, envelope)
        else:
            verdict = await self.engine.scan(message)
        action = verdict.action
        hold = action is Action.QUARANTINE and can_hold and self.settings.quarantine.mode == "hold"
        store_raw = (action is Action.QUARANTINE and not hold) or (action is Action.REJECT and reject_to_quarantine)
        event = self._event(event_id, adapter, envelope, message, raw, verdict, queue_id)
        secret: str | None = None
        keep_sample = (
            action is Action.REJECT
            and not store_raw
            and self.store is not None
            and self.settings.quarantine.keep_rejected
        )
        if keep_sample and self.store is not None:
            # the sender gets the 5xx either way, so the reply does not wait for this write; the
            # original is kept as evidence / CERT sample
            task = asyncio.get_running_loop().create_task(self._keep_sample(self.store, event, raw))
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        elif self.batcher is not None and not store_raw:
            self.batcher.add(event)
        elif self.store is not None or store_raw:
            try:
                if self.store is None:
                    raise StoreError("no store configured for quarantine")
                secret = await asyncio.to_thread(self.store.record, event, raw if store_raw else None)
            except StoreError as e:
                log.error("store failed for %s (action %s): %s", event_id, action.value, e)
                if store_raw or self.settings.general.on_error == "tempfail":
                    return Disposition(Action.TEMPFAIL, TEMPFAIL, verdict, event_id)
        headers = verdict.headers
        new_subject = None
        tag = self.settings.quarantine.subject_tag
        direction = self.engine.directions.direction(envelope)
        if message is not None and self.autolearner.enabled:
            self._autolearn(message, verdict, direction)
        outbound = direction is Direction.OUTBOUND
        if outbound:
            # our scoring headers and Subject tags are for our users, not for outside recipients;
            # outbound mail leaves with a DKIM signature instead
            headers = await self._dkim_headers(raw, message) if action in _DELIVERED else ()
        elif action is Action.ADD_HEADER and tag and message is not None and not message.subject.startswith(tag):
            new_subject = f"{tag} {message.subject}".rstrip()
        log.info(
            "event=%s adapter=%s queue_id=%s action=%s score=%.2f from=%s rcpt=%s",
            event_id,
            adapter,
            queue_id or "-",
            action.value,
            verdict.score,
            envelope.mail_from,
            ",".join(envelope.rcpt_to),
        )
        return Disposition(
            action=action,
            reply=_reply_for(verdict),
            verdict=verdict,
            event_id=event_id,
            headers=headers,
            new_subject=new_subject,
            stored=store_raw,
            hold=hold,
            quarantine_secret=secret,
        )

    def _autolearn(self, message: Message, verdict: Verdict, direction: Direction) -> None:
        """Teach the classifier in the background (never delays or fails the message)."""
        label = self.autolearner.label(verdict, direction, message)
        if label is None:
            return

        async def run() -> None:
            try:
                await asyncio.to_thread(self.autolearner.learn, message, verdict, label)
            except Exception as e:  # learning is advisory; the message is already decided
                log.warning("auto-learning failed for %s: %s", message.message_id, e)

        task = asyncio.get_running_loop().create_task(run())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _dkim_headers(self, raw: bytes, message: Message | None) -> tuple[tuple[str, str], ...]:
        if self.signer is None or message is None or not message.from_domain:
            return ()
        try:
            sigs = await asyncio.to_thread(self.signer.sign, raw, message.from_domain)
        except Exception as e:  # an unsigned message is still better than a lost one
            log.error("DKIM signing failed for %s: %s", message.from_domain, e)
            return ()
        return tuple((s.name, s.value) for s in sigs)

    def _event(
        self,
        event_id: str,
        adapter: str,
        env: Envelope,
        msg: Message | None,
        raw: bytes,
        v: Verdict,
        queue_id: str | None,
    ) -> EventRecord:
        return EventRecord(
            id=event_id,
            received_at=datetime.now(UTC),
            adapter=adapter,
            direction=self.engine.directions.direction(env).value,
            rcpt_to=env.rcpt_to,
            size=len(raw),
            action=v.action.value,
            score=round(v.score, 3),
            categories=tuple(sorted(c.value for c in v.categories)),
            symbols=tuple({"name": s.name, "score": round(s.score, 3), "detail": s.detail} for s in v.symbols),
            auth={"spf": v.auth.spf, "dkim": v.auth.dkim, "dmarc": v.auth.dmarc, "arc": v.auth.arc},
            client_ip=env.client_ip,
            client_name=env.client_name,
            helo=env.helo,
            mail_from=env.mail_from,
            from_header=msg.from_header[:998] if msg else None,
            subject=msg.subject[:998] if msg else None,
            message_id=msg.message_id[:998] if msg and msg.message_id else None,
            reason=v.reason,
            errors=v.errors,
            timings_ms={k: round(t, 2) for k, t in v.timings_ms.items()},
            queue_id=queue_id,
        )
