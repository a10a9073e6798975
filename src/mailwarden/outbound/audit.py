"""Forwarding-rule audit (CN-RECT-05, CN-SCT-11): every Sieve or Postfix rule that sends mail outside."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from mailwarden.outbound.postfix_maps import postfix_rules
from mailwarden.outbound.recipients import Classification, RecipientClass, RecipientPolicy, classify
from mailwarden.outbound.sieve import forwarding_actions

MAX_SCRIPT_BYTES = 1024 * 1024
MAX_SCRIPTS = 100_000
_SIEVE_NAMES = (".sieve", ".dovecot.sieve", "dovecot.sieve")


@dataclass(frozen=True, slots=True)
class ForwardRule:
    """One rule that sends a mailbox's mail to ``target``. ``klass`` is None for targets that are not
    addresses (a pipe to a program, an address built from variables): they need a person's look."""

    origin: str  # "sieve" or the Postfix parameter (virtual_alias_maps, ...)
    file: str
    line: int
    owner: str  # the mailbox or map key the rule belongs to
    action: str  # redirect, notify, pipe, alias, bcc, ...
    target: str
    klass: RecipientClass | None
    reason: str
    conditional: bool | None = None
    copy: bool | None = None

    @property
    def outside(self) -> bool:
        return self.klass is not RecipientClass.INTERNAL

    @property
    def violation(self) -> bool:
        """Forwarding to a private or foreign mailbox (forbidden by CN-RECT-05), or to an unknown target."""
        return self.klass in (RecipientClass.FREEMAIL, RecipientClass.FOREIGN, None)

    def to_json(self) -> dict[str, object]:
        d = asdict(self)
        d["klass"] = self.klass.value if self.klass else None
        d["outside"], d["violation"] = self.outside, self.violation
        return d


@dataclass(slots=True)
class AuditResult:
    """All forwarding rules found, and what could not be read."""

    rules: list[ForwardRule] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    files: int = 0

    @property
    def outside(self) -> list[ForwardRule]:
        return [r for r in self.rules if r.outside]


def _target_class(target: str, policy: RecipientPolicy) -> tuple[RecipientClass | None, str]:
    t = target.strip()
    if t.startswith(("|", "/")) or "${" in t or not t:
        return None, "not an address (program, file or variable): check by hand"
    if "@" not in t:
        return RecipientClass.INTERNAL, "local mailbox"
    c: Classification = classify(t, policy)
    return c.klass, c.reason


def _owner(path: Path, root: Path) -> str:
    parts = path.relative_to(root).parts[:-1]
    for p in parts:
        if "@" in p:
            return p
    for i, p in enumerate(parts):
        if p.lower() == "sieve" and i > 0:
            return parts[i - 1]
    return parts[-1] if parts else path.stem


def _sieve_files(root: Path) -> list[Path]:
    found = [p for p in root.rglob("*") if p.name.endswith(_SIEVE_NAMES) and p.is_file()]
    return sorted(found)[:MAX_SCRIPTS]


def audit_sieve(root: Path, policy: RecipientPolicy, result: AuditResult) -> None:
    """Add the forwarding actions of every ``*.sieve`` script under ``root``."""
    seen: set[Path] = set()
    for path in _sieve_files(root):
        real = path.resolve()
        if real in seen:  # .dovecot.sieve is usually a symlink to the active script
            continue
        seen.add(real)
        result.files += 1
        if path.stat().st_size > MAX_SCRIPT_BYTES:
            result.problems.append(f"{path}: larger than {MAX_SCRIPT_BYTES} bytes, not read")
            continue
        script = path.read_text(encoding="utf-8", errors="replace")
        for a in forwarding_actions(script):
            target = a.target
            klass, reason = _target_class(
                "|" + target if a.command != "redirect" and "@" not in target else target, policy
            )
            result.rules.append(
                ForwardRule(
                    "sieve",
                    str(path),
                    a.line,
                    _owner(path, root),
                    a.command,
                    target,
                    klass,
                    reason,
                    a.conditional,
                    a.copy,
                )
            )


def audit_postfix(directory: Path, policy: RecipientPolicy, result: AuditResult) -> None:
    """Add the forwarding rules of the Postfix configuration in ``directory``."""
    rules, problems, cfg = postfix_rules(directory)
    local = tuple(dict.fromkeys((*policy.local_domains, *cfg.local_domains())))
    policy = RecipientPolicy(
        local, policy.home_countries, policy.peer_patterns, policy.freemail_domains, policy.foreign_exempt
    )
    result.files += 1
    result.problems.extend(problems)
    for r in rules:
        klass, reason = _target_class(r.target, policy)
        action = "bcc" if "bcc" in r.parameter else "alias"
        result.rules.append(ForwardRule(r.parameter, r.file, r.line, r.key, action, r.target, klass, reason))


def audit_forwarding(sieve_dirs: list[Path], postfix_dirs: list[Path], policy: RecipientPolicy) -> AuditResult:
    """Audit Sieve script trees and Postfix configuration directories."""
    result = AuditResult()
    for d in sieve_dirs:
        if not d.is_dir():
            result.problems.append(f"{d}: not a directory")
            continue
        audit_sieve(d, policy, result)
    for d in postfix_dirs:
        if not (d / "main.cf").is_file():
            result.problems.append(f"{d}: no main.cf")
            continue
        audit_postfix(d, policy, result)
    return result
