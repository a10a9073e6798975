"""Forwarding rules in Postfix: aliases, virtual alias, canonical and BCC maps, ``always_bcc`` (main.cf)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Parameters whose maps send a recipient's mail (or a copy of it) to another address.
MAP_PARAMETERS = (
    "alias_maps",
    "virtual_alias_maps",
    "recipient_canonical_maps",
    "canonical_maps",
    "recipient_bcc_maps",
    "sender_bcc_maps",
)
_DEFAULTS = {"config_directory": "/etc/postfix", "alias_maps": "hash:/etc/aliases"}
_FILE_TYPES = frozenset({"hash", "btree", "lmdb", "cdb", "dbm", "sdbm", "texthash"})
_VAR = re.compile(r"\$(\{(\w+)\}|\(\w+\)|(\w+))")
MAX_MAP_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MapRule:
    """``key`` (a recipient) is sent to ``target``; ``parameter`` names the main.cf setting it came from."""

    parameter: str
    file: str
    line: int
    key: str
    target: str


@dataclass(slots=True)
class PostfixConfig:
    """main.cf parameters with ``$name`` expansion."""

    params: dict[str, str]
    directory: Path

    def get(self, name: str) -> str:
        return self._expand(self.params.get(name, _DEFAULTS.get(name, "")), 0)

    def _expand(self, value: str, depth: int) -> str:
        if depth > 10:
            return value

        def sub(m: re.Match[str]) -> str:
            name = (m.group(2) or m.group(3) or m.group(1).strip("()")).strip()
            return self._expand(self.params.get(name, _DEFAULTS.get(name, "")), depth + 1)

        return _VAR.sub(sub, value)

    def local_domains(self) -> list[str]:
        """mydestination, virtual alias/mailbox domains, myhostname, mydomain (addresses we deliver)."""
        out: list[str] = []
        for p in ("mydestination", "virtual_alias_domains", "virtual_mailbox_domains", "myhostname", "mydomain"):
            for item in re.split(r"[\s,]+", self.get(p)):
                if item and ":" not in item and "/" not in item and item != "localhost":
                    out.append(item.lower())
        return out


def read_main_cf(directory: Path) -> PostfixConfig:
    """Parse ``main.cf`` (continuation lines start with white space; ``#`` comments)."""
    params: dict[str, str] = {}
    path = directory / "main.cf"
    text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    key: str | None = None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0].isspace() and key is not None:
            params[key] += " " + raw.strip()
            continue
        name, eq, value = raw.partition("=")
        if eq:
            key = name.strip()
            params[key] = value.strip()
    params.setdefault("config_directory", str(directory))
    return PostfixConfig(params, directory)


def _resolve(path: str, cfg: PostfixConfig) -> Path:
    p = Path(path)
    if p.is_file():
        return p
    # an audit of a copied configuration: /etc/postfix/virtual -> DIR/virtual
    return cfg.directory / p.name


def map_specs(cfg: PostfixConfig, parameter: str) -> list[str]:
    """``type:name`` specs of a parameter (``proxy:`` dropped, ``unionmap:{a, b}`` flattened)."""
    value = cfg.get(parameter)
    specs: list[str] = []
    for spec in re.findall(r"[\w]+:\{[^}]*\}|[^\s,]+", value):
        spec = spec.removeprefix("proxy:")
        if spec.startswith(("unionmap:{", "pipemap:{")):
            specs.extend(s.strip() for s in spec.split("{", 1)[1].rstrip("}").split(",") if s.strip())
        else:
            specs.append(spec)
    return specs


def read_map(spec: str, parameter: str, cfg: PostfixConfig) -> tuple[list[MapRule], str | None]:
    """Rules of one map, or a problem when its type cannot be read offline (ldap:, mysql:, ...)."""
    mtype, _, name = spec.partition(":")
    if mtype == "inline":
        body = name.strip("{} ")
        rules: list[MapRule] = []
        for i, item in enumerate(re.findall(r"\{[^}]*\}|[^,\s]+", body), 1):
            k, _, v = item.strip("{} ").partition("=")
            rules.extend(MapRule(parameter, spec, i, k.strip(), t) for t in _targets(v))
        return rules, None
    if mtype in _FILE_TYPES:
        return _read_table(_resolve(name, cfg), parameter, aliases=parameter == "alias_maps", cfg=cfg), None
    if mtype in ("regexp", "pcre"):
        return _read_regexp(_resolve(name, cfg), parameter), None
    return [], f"{parameter}: {spec}: map type {mtype!r} is not readable offline, audit it at its source"


def _targets(value: str) -> list[str]:
    return [t.strip().strip('"') for t in re.split(r"[\s,]+", value) if t.strip()]


def _logical_lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.is_file() or path.stat().st_size > MAX_MAP_BYTES:
        return
    current: tuple[int, str] | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0].isspace() and current is not None:
            current = (current[0], current[1] + " " + raw.strip())
            continue
        if current is not None:
            yield current
        current = (n, raw.strip())
    if current is not None:
        yield current


def _read_table(path: Path, parameter: str, aliases: bool, cfg: PostfixConfig) -> list[MapRule]:
    rules: list[MapRule] = []
    for n, line in _logical_lines(path):
        if aliases:
            key, _, value = line.partition(":")
        else:
            parts = line.split(None, 1)
            key, value = parts[0], parts[1] if len(parts) > 1 else ""
        for target in _targets(value):
            if target.startswith(":include:"):
                # aliases(5): a file of further addresses, one or more per line
                inc = _resolve(target[len(":include:") :], cfg)
                for m, inc_line in _logical_lines(inc):
                    rules.extend(MapRule(parameter, str(inc), m, key.strip(), t) for t in _targets(inc_line))
                continue
            rules.append(MapRule(parameter, str(path), n, key.strip(), target))
    return rules


def _read_regexp(path: Path, parameter: str) -> list[MapRule]:
    rules: list[MapRule] = []
    for n, line in _logical_lines(path):
        m = re.match(r"(!?/(?:[^/\\]|\\.)*/[imx]*)\s+(.*)", line)
        if m:
            rules.extend(MapRule(parameter, str(path), n, m.group(1), t) for t in _targets(m.group(2)))
    return rules


def postfix_rules(directory: Path) -> tuple[list[MapRule], list[str], PostfixConfig]:
    """Every forwarding rule of the Postfix configuration in ``directory``, problems, and the config."""
    cfg = read_main_cf(directory)
    rules: list[MapRule] = []
    problems: list[str] = []
    for parameter in MAP_PARAMETERS:
        for spec in map_specs(cfg, parameter):
            found, problem = read_map(spec, parameter, cfg)
            rules.extend(found)
            if problem:
                problems.append(problem)
    bcc = cfg.get("always_bcc").strip()
    if bcc:
        rules.append(MapRule("always_bcc", str(directory / "main.cf"), 0, "*", bcc))
    return rules, problems, cfg
