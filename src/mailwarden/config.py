"""The one Settings schema: TOML file + ``MAILWARDEN__SECTION__KEY`` environment overrides.

Unknown keys are rejected; errors name the dotted path of the bad key. Settings are frozen and
passed explicitly (no globals). ``…_FILE`` environment variables read a secret from a file.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mailwarden.errors import ConfigError
from mailwarden.reportconfig import ReportSettings
from mailwarden.verdict import Action

ENV_PREFIX = "MAILWARDEN__"
_SYMBOL_TABLES = frozenset({"scores", "forced"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GeneralSettings(_Model):
    """Identity and failure behaviour."""

    authserv_id: str = Field("mailwarden", description="authserv-id in Authentication-Results (RFC 8601)")
    on_error: Literal["tempfail", "accept"] = Field(
        "tempfail", description="on internal failure: tempfail (4xx, the MTA retries) or accept (fail-open)"
    )
    offline: bool = Field(False, description="never use DNS or network; such checks are skipped")
    data_dir: str = Field("var", description="where SQLite databases and quarantine live")


class DnsSettings(_Model):
    """Resolver used by every check."""

    nameservers: list[str] = Field(default_factory=list, description="IP[:PORT]; empty = /etc/resolv.conf")
    timeout: float = Field(2.0, gt=0, description="seconds per DNS query attempt")
    lifetime: float = Field(4.0, gt=0, description="seconds for a whole lookup")
    cache_size: int = Field(50_000, ge=0)


class LimitSettings(_Model):
    """Message parser limits (exceeding one gives a MIME_LIMIT_* symbol)."""

    max_size: int = 50 * 1024 * 1024
    max_depth: int = 20
    max_parts: int = 500
    max_headers: int = 1000
    max_urls: int = 2000
    max_text_chars: int = 2_000_000


class EngineSettings(_Model):
    """Check runner behaviour."""

    check_timeout: float = Field(
        10.0, gt=0, description="default per-check timeout, seconds, for checks that wait (DNS, network, clamd)"
    )
    disabled: list[str] = Field(default_factory=list, description="check names not to run")


class ActionThresholds(_Model):
    """Score thresholds: the harshest action whose threshold the score reaches wins. null disables."""

    add_header: float | None = 6.0
    quarantine: float | None = 10.0
    reject: float | None = 15.0
    reject_needs_rules: bool = Field(
        True,
        description="a score-based reject also needs add_header points from rules (symbols outside the "
        "statistical 'bayes' group); otherwise the message is quarantined, where it can be released",
    )


class GroupSettings(_Model):
    """A symbol group: its total positive score is capped at ``max_score``."""

    max_score: float | None = None
    symbols: list[str] = Field(default_factory=list, description="symbols added to the group")


class DmarcSettings(_Model):
    """DMARC enforcement (RFC 7489 §6.6.2): map the sender's failed policy to an action."""

    enforce: bool = Field(True, description="apply p=reject / p=quarantine of failing senders")
    reject_action: Action = Action.REJECT
    quarantine_action: Action = Action.QUARANTINE
    none_action: Action | None = Field(None, description="action for p=none failures (off by default)")


class DomainSettings(_Model):
    """The operator's own and protected domains."""

    local: list[str] = Field(default_factory=list, description="our mail domains (inbound vs outbound)")
    protected: list[str] = Field(default_factory=list, description="domains spoofing protection covers")
    freemail_extra: list[str] = Field(default_factory=list, description="added to the shipped list")

    @field_validator("local", "protected", "freemail_extra")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [d.strip().lower().rstrip(".") for d in v if d.strip()]


class NetworkSettings(_Model):
    """Which clients are inside: decides inbound vs outbound (with SASL auth and local domains)."""

    internal_networks: list[str] = Field(
        default_factory=lambda: ["127.0.0.0/8", "::1/128"], description="CIDRs of our own clients/servers"
    )

    @field_validator("internal_networks")
    @classmethod
    def _cidrs(cls, v: list[str]) -> list[str]:
        for n in v:
            try:
                ipaddress.ip_network(n, strict=False)
            except ValueError as e:
                raise ValueError(f"{n!r} is not a network: {e}") from e
        return v


class StoreSettings(_Model):
    """Event log and quarantine database (SQLAlchemy URL): SQLite by default, PostgreSQL by URL."""

    url: str = Field("sqlite:///var/mailwarden.db", description="sqlite:///path or postgresql://...")
    retention_days: int = Field(30, ge=1, description="quarantined messages older than this are purged")
    events_retention_days: int = Field(180, ge=1, description="event log retention (CN-SCT-05: >= 180)")
    event_log: Literal["batched", "sync"] = Field(
        "batched",
        description="batched: events of delivered mail are committed every 50 ms (fast; a crash may lose the "
        "last batch of log lines, never a message); sync: one transaction per message before the reply",
    )


class QuarantineSettings(_Model):
    """Where quarantined messages go."""

    mode: Literal["store", "hold"] = Field("store", description="our store, or Postfix HOLD queue (milter)")
    subject_tag: str = Field("[SPAM]", description="prefix added to the Subject for add_header; '' = none")
    release_next_hop: str = Field("127.0.0.1:25", description="host:port released messages are sent to")
    keep_rejected: bool = Field(
        True, description="also keep originals of rejected mail (status 'rejected', never released) as CERT samples"
    )


class MilterSettings(_Model):
    """The Postfix milter adapter."""

    listen: str = Field("inet:127.0.0.1:11990", description="inet:HOST:PORT or unix:/path")
    early_reject: bool = Field(True, description="run connect/HELO/MAIL/RCPT-stage checks before DATA")
    max_message_size: int = Field(50 * 1024 * 1024, description="larger bodies are not buffered: tempfail")


class ProxySettings(_Model):
    """The SMTP proxy adapter (for MTAs without milter support)."""

    listen: str = Field("127.0.0.1:10024", description="HOST:PORT to listen on")
    mode: Literal["before_queue", "after_queue"] = "after_queue"
    next_hop: str = Field("127.0.0.1:10025", description="HOST:PORT to relay accepted mail to")
    tls_cert: str | None = Field(None, description="PEM certificate for STARTTLS on the listening side")
    tls_key: str | None = None
    next_hop_tls: Literal["opportunistic", "required", "off"] = "opportunistic"


class DkimKeySettings(_Model):
    """One DKIM signing key (``[[dkim.keys]]``); ``mailwarden dkim keygen`` makes one."""

    domain: str = Field(description="d= domain; also signs mail whose From: is a sub-domain of it")
    selector: str = Field(description="s= selector: the key is published at SELECTOR._domainkey.DOMAIN")
    algorithm: Literal["rsa-sha256", "ed25519-sha256"] = "rsa-sha256"
    key_file: str = Field(description="RSA: PEM private key; Ed25519: base64 32-byte seed or PKCS#8 PEM")
    active: bool = Field(True, description="inactive keys are kept for rotation but do not sign")


class DkimSettings(_Model):
    """DKIM signing of accepted outbound mail (RFC 6376; Ed25519 RFC 8463)."""

    keys: list[DkimKeySettings] = Field(default_factory=list)


def _default_adapters() -> list[Literal["milter", "proxy"]]:
    return ["milter"]


class ServiceSettings(_Model):
    """What ``mailwarden run`` starts."""

    adapters: list[Literal["milter", "proxy"]] = Field(default_factory=_default_adapters)
    workers: int = Field(1, ge=1, le=64, description="processes sharing the listening sockets (SO_REUSEPORT)")
    shutdown_grace: float = Field(30.0, ge=0, description="seconds in-flight messages get on shutdown")


class Settings(_Model):
    """All of mailwarden's configuration."""

    general: GeneralSettings = GeneralSettings()
    dns: DnsSettings = DnsSettings()
    limits: LimitSettings = LimitSettings()
    engine: EngineSettings = EngineSettings()
    actions: ActionThresholds = ActionThresholds()
    scores: dict[str, float] = Field(default_factory=dict, description="SYMBOL = score overrides")
    groups: dict[str, GroupSettings] = Field(default_factory=dict)
    forced: dict[str, Action] = Field(default_factory=dict, description="SYMBOL = action")
    dmarc: DmarcSettings = DmarcSettings()
    domains: DomainSettings = DomainSettings()
    checks: dict[str, dict[str, Any]] = Field(default_factory=dict, description="per-check options")
    network: NetworkSettings = NetworkSettings()
    store: StoreSettings = StoreSettings()
    quarantine: QuarantineSettings = QuarantineSettings()
    milter: MilterSettings = MilterSettings()
    proxy: ProxySettings = ProxySettings()
    service: ServiceSettings = ServiceSettings()
    reports: ReportSettings = ReportSettings()
    dkim: DkimSettings = DkimSettings()
    log_format: Literal["text", "json"] = "text"


def _set_path(tree: dict[str, Any], path: list[str], value: Any) -> None:
    node = tree
    for key in path[:-1]:
        nxt = node.setdefault(key, {})
        if not isinstance(nxt, dict):
            raise ConfigError(f"{'.'.join(path)}: cannot override a non-table value")
        node = nxt
    node[path[-1]] = value


def _parse_env_value(raw: str) -> Any:
    """Environment values are TOML literals when they parse as one, else plain strings."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """``MAILWARDEN__DNS__TIMEOUT=3`` -> {"dns": {"timeout": 3}}; ``…_FILE`` reads the value from a file."""
    tree: dict[str, Any] = {}
    for key, raw in environ.items():
        if not key.startswith(ENV_PREFIX):
            continue
        raw_parts = [p for p in key[len(ENV_PREFIX) :].split("__") if p]
        if not raw_parts:
            continue
        # field names are lower-case; keys of symbol tables keep their case (MAILWARDEN__SCORES__GTUBE)
        keep_case = raw_parts[0].lower() in _SYMBOL_TABLES
        parts = [p if keep_case and i > 0 else p.lower() for i, p in enumerate(raw_parts)]
        value: Any
        if parts[-1].endswith("_file"):
            parts[-1] = parts[-1][: -len("_file")]
            try:
                value = Path(raw).read_text(encoding="utf-8").strip()
            except OSError as e:
                raise ConfigError(f"{key}: cannot read {raw}: {e}") from e
        else:
            value = _parse_env_value(raw)
        _set_path(tree, parts, value)
    return tree


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _format_validation(e: ValidationError, origin: str) -> str:
    lines = [f"invalid configuration ({origin}):"]
    for err in e.errors():
        path = ".".join(str(p) for p in err["loc"]) or "(root)"
        lines.append(f"  {path}: {err['msg']}")
    return "\n".join(lines)


def settings_from_mapping(data: Mapping[str, Any], origin: str = "<mapping>") -> Settings:
    try:
        return Settings.model_validate(dict(data))
    except ValidationError as e:
        raise ConfigError(_format_validation(e, origin)) from e


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read TOML (optional) and apply environment overrides; raise ConfigError with dotted paths."""
    data: dict[str, Any] = {}
    origin = "defaults"
    if path is not None:
        p = Path(path)
        origin = str(p)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError as e:
            raise ConfigError(f"config file not found: {p}") from e
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"cannot read config file {p}: {e}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{p}: TOML syntax error: {e}") from e
    env = env_overrides(os.environ if environ is None else environ)
    if env:
        data = _merge(data, env)
        origin += " + environment"
    return settings_from_mapping(data, origin)
