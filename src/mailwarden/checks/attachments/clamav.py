"""ClamAV through clamd (INSTREAM): malware, clamd unavailable (on_error policy), signature age for compliance."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mailwarden.checks.attachments._merge import merge_hits
from mailwarden.checks.base import Check, CheckContext, CheckResult, Need, SymbolDef
from mailwarden.filescan.clamd import ClamdAddress, ClamdClient, ClamdError, ClamdVersion, ScanResult, ScanStatus
from mailwarden.filescan.model import ScanFile, files_of, safe_name
from mailwarden.verdict import Action, Category, Hit

# Signature name prefixes that are ClamAV heuristics or "potentially unwanted", not a malware family.
HEURISTIC_PREFIXES = ("Heuristics.", "PUA.")


class ClamavOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    address: str = Field("tcp://127.0.0.1:3310", description="tcp://HOST:PORT, HOST:PORT, unix:///PATH or /PATH")
    connect_timeout: float = Field(2.0, gt=0)
    timeout: float = Field(8.0, gt=0, description="per scan; keep below the check timeout")
    chunk_size: int = Field(64 * 1024, ge=1024, le=16 * 1024 * 1024)
    stream_max_length: int = Field(25 * 1024 * 1024, ge=1024, description="clamd's StreamMaxLength")
    max_concurrency: int = Field(4, ge=1, le=64)
    scan: Literal["attachments", "message", "both"] = "attachments"
    on_error: Literal["accept", "tempfail", "quarantine", "reject"] = "accept"
    on_malware: Literal["reject", "quarantine"] = "reject"
    max_signature_age_days: float = Field(3.0, gt=0)

    @field_validator("address")
    @classmethod
    def _valid_address(cls, v: str) -> str:
        ClamdAddress.parse(v)
        return v


@dataclass(slots=True)
class ClamavOutcome:
    """What clamd said; ``forced_actions`` is what this check's options ask policy to apply (see report)."""

    results: dict[str, ScanResult] = field(default_factory=dict)
    version: ClamdVersion | None = None
    error: str | None = None
    forced_actions: dict[str, Action] = field(default_factory=dict)


class Clamav(Check):
    """Each attachment (or the whole message) streamed to clamd, which unpacks archives itself."""

    name = "clamav"
    description = "ClamAV (clamd INSTREAM)"
    symbols: ClassVar = (
        SymbolDef(
            "MALWARE_FOUND", 20.0, "ClamAV found malware (detail: file and signature)", Category.MALWARE, "malware"
        ),
        SymbolDef(
            "AV_HEURISTIC", 4.0, "ClamAV heuristic or PUA signature (Heuristics.*, PUA.*)", Category.MALWARE, "malware"
        ),
        SymbolDef("AV_UNAVAILABLE", 0.0, "clamd could not be reached or failed; see on_error", None, "malware"),
        SymbolDef(
            "AV_SKIPPED_SIZE",
            0.0,
            "an attachment was larger than clamd's StreamMaxLength and not scanned",
            None,
            "malware",
        ),
        SymbolDef(
            "AV_SIGNATURES_OLD",
            0.0,
            "ClamAV signatures older than max_signature_age_days (compliance)",
            None,
            "malware",
        ),
    )
    needs = frozenset({Need.ATTACHMENTS, Need.RAW, Need.NETWORK})
    Options = ClamavOptions
    timeout = 10.0

    def __init__(self, options: BaseModel | None = None) -> None:
        super().__init__(options)
        o = self.options
        assert isinstance(o, ClamavOptions)
        self.client = ClamdClient(
            o.address,
            connect_timeout=o.connect_timeout,
            timeout=o.timeout,
            chunk_size=o.chunk_size,
            stream_max_length=o.stream_max_length,
        )

    async def run(self, ctx: CheckContext) -> CheckResult:
        o = self.options
        assert isinstance(o, ClamavOptions)
        targets: list[ScanFile] = []
        if o.scan in ("attachments", "both"):
            targets += files_of(ctx.message.attachments)
        if o.scan in ("message", "both"):
            targets.append(ScanFile("(message)", ctx.message.raw))
        outcome = ClamavOutcome(forced_actions={"MALWARE_FOUND": Action(o.on_malware)})
        if o.on_error != "accept":
            outcome.forced_actions["AV_UNAVAILABLE"] = Action(o.on_error)
        if not targets:
            return CheckResult(outcome=outcome, forced=outcome.forced_actions)
        hits: list[Hit] = []
        sem = asyncio.Semaphore(o.max_concurrency)

        async def one(f: ScanFile) -> tuple[ScanFile, ScanResult | ClamdError]:
            async with sem:
                try:
                    return f, await self.client.scan(f.content)
                except ClamdError as e:
                    return f, e

        for f, res in await asyncio.gather(*(one(f) for f in targets)):
            shown = safe_name(f.path)
            if isinstance(res, ClamdError):
                outcome.error = str(res)
                hits.append(Hit("AV_UNAVAILABLE", f"{shown}: {res}"))
                continue
            outcome.results[f.path] = res
            if res.status == ScanStatus.INFECTED and res.signature:
                sym = "AV_HEURISTIC" if res.signature.startswith(HEURISTIC_PREFIXES) else "MALWARE_FOUND"
                hits.append(Hit(sym, f"{shown}: {res.signature}"))
            elif res.status == ScanStatus.TOO_LARGE:
                hits.append(Hit("AV_SKIPPED_SIZE", f"{shown}: {res.detail}"))
            elif res.status == ScanStatus.ERROR:
                hits.append(Hit("AV_UNAVAILABLE", f"{shown}: {res.detail}"))
        if outcome.error is None:
            hits += await self._signature_age(outcome, o.max_signature_age_days)
        return CheckResult(merge_hits(hits), outcome=outcome, forced=outcome.forced_actions)

    async def _signature_age(self, outcome: ClamavOutcome, max_days: float) -> list[Hit]:
        try:
            outcome.version = await self.client.version()
        except ClamdError:
            return []  # the scans worked; a failed VERSION must not turn into "AV unavailable"
        age = outcome.version.age_days()
        if age is not None and age > max_days:
            return [Hit("AV_SIGNATURES_OLD", f"signatures {age:.1f} days old ({outcome.version.raw})")]
        return []
