"""Forwarding actions in Sieve scripts (RFC 5228 ``redirect``, RFC 5435 ``notify``, Dovecot ``vnd.dovecot.*``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*|/\*.*?\*/)
      |(?P<mltext>text:[ \t]*(?:\#[^\n]*)?\r?\n(?P<body>.*?)\r?\n\.\r?(?:\n|$))
      |(?P<string>"(?:[^"\\]|\\.)*")
      |(?P<tag>:[A-Za-z_][\w]*)
      |(?P<ident>[A-Za-z_][\w.]*)
      |(?P<number>\d+[KMG]?)
      |(?P<punct>[\[\](),;{}])
      |(?P<space>\s+)""",
    re.S | re.X,
)
FORWARDING_COMMANDS = frozenset({"redirect", "notify", "vnd.dovecot.pipe", "vnd.dovecot.execute", "pipe"})


@dataclass(frozen=True, slots=True)
class SieveAction:
    """A command that sends mail (or its content) somewhere else."""

    command: str
    target: str
    line: int
    conditional: bool  # inside an if/elsif/else block: not "unconditional" in the sense of CN-SCT-11
    copy: bool  # ``:copy``: the user keeps a copy too


def _unquote(token: str) -> str:
    return re.sub(r"\\(.)", r"\1", token[1:-1])


def _tokens(script: str) -> Iterator[tuple[str, str, int]]:
    pos, line = 0, 1
    while pos < len(script):
        m = _TOKEN.match(script, pos)
        if m is None:  # a character Sieve does not allow: skip it rather than give up on the script
            pos += 1
            continue
        kind = m.lastgroup or ""
        text = m.group(0)
        if kind == "mltext":
            kind, text = "string", '"' + (m.group("body") or "").replace("\n..", "\n.") + '"'
            text = text.replace("\\", "\\\\")
        if kind not in ("comment", "space"):
            yield kind, text, line
        line += m.group(0).count("\n")
        pos = m.end()


def forwarding_actions(script: str) -> list[SieveAction]:
    """Every redirect/notify/pipe command of a script, with its target and whether a test guards it."""
    actions: list[SieveAction] = []
    depth = 0
    command: str | None = None
    args: list[tuple[str, str]] = []
    start_line = 0
    for kind, text, line in _tokens(script):
        if command is None:
            if kind == "ident":
                command, args, start_line = text.lower(), [], line
            elif text == "}":
                depth = max(0, depth - 1)
            continue
        if text in (";", "{"):
            if command in FORWARDING_COMMANDS:
                actions.append(_action(command, args, start_line, depth > 0))
            if text == "{":
                depth += 1
            command = None
        elif text == "}":  # a block closed without ";" (malformed): resynchronise
            depth, command = max(0, depth - 1), None
        else:
            args.append((kind, text))
    return actions


def _action(command: str, args: list[tuple[str, str]], line: int, conditional: bool) -> SieveAction:
    strings = [_unquote(t) for k, t in args if k == "string"]
    tags = [t.lower() for k, t in args if k == "tag"]
    if command == "notify":
        target = next((s for s in reversed(strings) if ":" in s), strings[-1] if strings else "")
        target = target.removeprefix("mailto:").split("?", 1)[0]
    else:
        target = strings[0] if strings else ""
    return SieveAction(command, target, line, conditional, ":copy" in tags)
