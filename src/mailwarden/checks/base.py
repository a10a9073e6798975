"""What a check is: declared symbols, needs, ordering, options, and one async ``run``.

A check module defines one subclass of ``Check`` (discovered by ``mailwarden.engine.registry``).
It never imports another check: it reads another check's typed outcome with
``ctx.outcome("spf", SpfOutcome)``.
"""

from __future__ import annotations

import asyncio
import enum
import functools
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict

from mailwarden.dns import Resolver, SyncBridge
from mailwarden.message.model import Envelope, Message
from mailwarden.verdict import Action, Category, Direction, Hit

T = TypeVar("T")
TRANSPORT_HEADERS = frozenset({"from", "sender", "to", "cc", "date", "message-id", "received", "return-path"})
# Work on at most this many bytes runs inline in ``CheckContext.run_cpu``: well under a millisecond.
INLINE_CPU_BYTES = 64 * 1024


class Need(enum.StrEnum):
    """What a check needs; decides the earliest stage it can run at and whether it runs offline."""

    CONNECTION = "connection"  # client IP / hostname
    HELO = "helo"
    MAIL_FROM = "mail_from"
    RCPT = "rcpt"
    HEADERS = "headers"
    BODY = "body"  # decoded text/HTML bodies, URLs
    ATTACHMENTS = "attachments"
    RAW = "raw"  # the exact original bytes (DKIM, ARC)
    DNS = "dns"
    NETWORK = "network"  # other network services (clamd, ...)


class Stage(enum.IntEnum):
    """SMTP stages at which the milter can call the engine."""

    CONNECT = 0
    HELO = 1
    MAIL = 2
    RCPT = 3
    HEADERS = 4
    EOM = 5


_NEED_STAGE = {
    Need.CONNECTION: Stage.CONNECT,
    Need.HELO: Stage.HELO,
    Need.MAIL_FROM: Stage.MAIL,
    Need.RCPT: Stage.RCPT,
    Need.HEADERS: Stage.HEADERS,
    Need.BODY: Stage.EOM,
    Need.ATTACHMENTS: Stage.EOM,
    Need.RAW: Stage.EOM,
    Need.DNS: Stage.CONNECT,
    Need.NETWORK: Stage.CONNECT,
}


def earliest_stage(needs: frozenset[Need]) -> Stage:
    return max((_NEED_STAGE[n] for n in needs), default=Stage.CONNECT)


@dataclass(frozen=True, slots=True)
class SymbolDef:
    """A symbol a check may emit, with its default score. Symbols are public API (FAMILY_CONDITION)."""

    name: str
    score: float
    description: str
    category: Category | None = None
    group: str = ""


STORE_URL_SCHEMES = ("sqlite:///", "postgresql://", "postgresql+psycopg://")


def valid_store_url(v: str) -> str:
    """A check's ``store_url`` option: empty, or a database URL the stores can open."""
    if v and not v.startswith(STORE_URL_SCHEMES):
        raise ValueError("must be sqlite:///PATH or postgresql://...")
    return v


class NoOptions(BaseModel):
    """Options model for checks that take none."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(slots=True)
class CheckResult:
    """What ``Check.run`` returns: symbol hits, an optional typed outcome for later checks, and the
    actions the check's own options ask for when one of its symbols hits (``[forced]`` in the
    configuration still wins)."""

    hits: list[Hit] = field(default_factory=list)
    outcome: object | None = None
    forced: dict[str, Action] = field(default_factory=dict)


@dataclass(slots=True)
class CheckContext:
    """Everything a check may read about one message. Built by the engine per message."""

    message: Message
    envelope: Envelope
    resolver: Resolver
    stage: Stage
    offline: bool
    received_at: datetime | None
    protected_domains: tuple[str, ...]
    local_domains: tuple[str, ...]
    freemail_domains: frozenset[str]
    authserv_id: str
    direction: Direction = Direction.INBOUND
    dns_timeout: float = 5.0
    outcomes: dict[str, object] = field(default_factory=dict)
    # The hits of the checks that ran before this one (by check name), e.g. for the classifier.
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    loop: asyncio.AbstractEventLoop | None = None

    def outcome(self, check: str, kind: type[T]) -> T | None:
        """The typed outcome of a check that ran before this one, or None."""
        val = self.outcomes.get(check)
        return val if isinstance(val, kind) else None

    def body_only(self) -> bool:
        """A file without a single transport header (From, Sender, To, Cc, Date, Message-ID, Received,
        Return-Path), scanned outside an SMTP session: a body-only corpus extract (Enron-spam and Ling-spam
        keep only the Subject) or text pasted for triage. Header rules judge how a message was sent; such a
        file shows nothing of that, and scoring each absent header as an anomaly tagged 8 of 1,400 ham of
        the public corpus stripped that way. Never true for mail from an SMTP session, which always has a
        client or a recipient (the milter and the proxy give both)."""
        env = self.envelope
        if env.client_ip is not None or env.rcpt_to or env.mail_from:
            return False
        return not any(n.lower() in TRANSPORT_HEADERS for n, _ in self.message.headers)

    def sync_dns(self) -> SyncBridge:
        """A blocking DNS bridge for libraries run in a worker thread via ``run_blocking``."""
        loop = self.loop or asyncio.get_running_loop()
        return SyncBridge(self.resolver, loop, timeout=self.dns_timeout * 3)

    async def run_blocking(self, fn: Callable[..., T], *args: Any) -> T:
        """Run blocking library code (pyspf, dkimpy) in a worker thread."""
        return await asyncio.to_thread(fn, *args)

    async def run_cpu(self, size: int, fn: Callable[..., T], *args: Any) -> T:
        """Run CPU-bound work on ``size`` bytes whose time is bounded by its size: inline when small (a
        thread hop costs about 0.3 ms, more than most such work, and the GIL gives a thread no parallelism
        anyway), in a worker thread otherwise, so that a large document does not hold the event loop.
        Never for code that waits on DNS through ``sync_dns`` (it would wait on this very loop)."""
        if size <= INLINE_CPU_BYTES:
            return fn(*args)
        return await asyncio.to_thread(fn, *args)


class Check(ABC):
    """Base class of all checks. Subclasses set the class attributes and implement ``run``."""

    name: ClassVar[str]
    description: ClassVar[str] = ""
    symbols: ClassVar[Sequence[SymbolDef]] = ()
    needs: ClassVar[frozenset[Need]] = frozenset()
    after: ClassVar[tuple[str, ...]] = ()
    Options: ClassVar[type[BaseModel]] = NoOptions
    timeout: ClassVar[float] = 10.0

    def __init__(self, options: BaseModel | None = None) -> None:
        self.options = options if options is not None else self.Options()

    @classmethod
    def symbol_map(cls) -> Mapping[str, SymbolDef]:
        return {s.name: s for s in cls.symbols}

    @functools.cached_property
    def stage(self) -> Stage:
        return earliest_stage(self.needs)

    @abstractmethod
    async def run(self, ctx: CheckContext) -> CheckResult:
        """Inspect the message; return hits (and an outcome). Raise only on unexpected failure."""
