"""Mail-host configuration audit: Postfix main.cf/master.cf, Dovecot config, logrotate retention."""

from __future__ import annotations

import fnmatch
import glob
import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path

from mailwarden.errors import ConfigError
from mailwarden.posture.findings import Collector

RETENTION_DAYS = 180  # CN-SCT-05, CN-CSL-01
_PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 30, "yearly": 365}
_RELAY_GUARDS = {"reject_unauth_destination", "defer_unauth_destination"}


def parse_main_cf(text: str) -> dict[str, str]:
    """main.cf: `name = value`, continuation lines start with whitespace, `#` comments (postconf(5))."""
    out: dict[str, str] = {}
    key = ""
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0].isspace() and key:
            out[key] += " " + raw.strip()
            continue
        name, sep, value = raw.partition("=")
        if sep:
            key = name.strip()
            out[key] = value.strip()
    return out


@dataclass(slots=True)
class MasterService:
    """One master.cf service line with its `-o` overrides (master(5))."""

    name: str
    type: str
    command: str
    options: dict[str, str] = field(default_factory=dict)


def parse_master_cf(text: str) -> list[MasterService]:
    """master.cf services; continuation lines start with whitespace."""
    joined: list[str] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0].isspace() and joined:
            joined[-1] += " " + raw.strip()
        else:
            joined.append(raw.strip())
    services = []
    for line in joined:
        f = line.split()
        if len(f) < 8:
            continue
        svc = MasterService(f[0], f[1], f[7])
        args = f[8:]
        for i, a in enumerate(args):
            if a == "-o" and i + 1 < len(args):
                k, _, v = args[i + 1].partition("=")
                svc.options[k] = v
        services.append(svc)
    return services


def _tokens(value: str) -> list[str]:
    return [t for t in re.split(r"[\s,]+", value) if t]


def _relay_guarded(restrictions: str, broad_networks: bool) -> bool:
    """True when reject/defer_unauth_destination comes before any `permit` that lets anyone through."""
    for tok in _tokens(restrictions):
        if tok in _RELAY_GUARDS:
            return True
        if tok == "permit" or (tok == "permit_mynetworks" and broad_networks):
            return False
    return False


def _legacy_tls(protocols: str) -> list[str]:
    """TLS versions below 1.2 that a Postfix `*_tls_protocols` value leaves enabled."""
    value = protocols.replace(" ", "")
    if value.startswith(">="):
        order = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"]
        floor = value[2:].split(",")[0]
        lowest = order.index(floor) if floor in order else 0
        return [v for v in ("TLSv1", "TLSv1.1") if order.index(v) >= lowest]
    excluded = {t.lstrip("!") for t in _tokens(protocols.replace(":", " ")) if t.startswith("!")}
    included = {t for t in _tokens(protocols.replace(":", " ")) if not t.startswith("!")}
    if included:
        return [v for v in ("TLSv1", "TLSv1.1") if v in included]
    return [v for v in ("TLSv1", "TLSv1.1") if v not in excluded]


def audit_postfix(config_dir: Path, col: Collector, logrotate: list[Path] | None = None) -> dict[str, str]:
    """Audit a Postfix configuration directory; returns the main.cf settings."""
    main_cf = config_dir / "main.cf"
    if not main_cf.is_file():
        raise ConfigError(f"--postfix-config: {main_cf} not found")
    main = parse_main_cf(main_cf.read_text(errors="replace"))
    master_cf = config_dir / "master.cf"
    services = parse_master_cf(master_cf.read_text(errors="replace")) if master_cf.is_file() else []
    target = str(main_cf)
    col.mark("config.postfix")
    broad = []
    for net in _tokens(main.get("mynetworks", "")):
        try:
            n = ipaddress.ip_network(net.strip("[]").replace("]/", "/"), strict=False)
        except ValueError:
            continue
        if not n.is_loopback and n.num_addresses > (1 << 16 if n.version == 4 else 1 << 80):
            broad.append(net)
            col.add("CFG_POSTFIX_MYNETWORKS_BROAD", f"mynetworks contains {net}", target)
    relay = main.get("smtpd_relay_restrictions")
    rcpt = main.get("smtpd_recipient_restrictions", "")
    if relay is None and not rcpt:
        relay = "permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination"  # postconf(5) default
    if not any(_relay_guarded(v, bool(broad)) for v in (relay or "", rcpt)):
        col.add(
            "CFG_POSTFIX_RELAY_UNRESTRICTED",
            f"smtpd_relay_restrictions = {relay!r}; smtpd_recipient_restrictions = {rcpt!r}; mynetworks = {broad}",
            target,
        )
    level = main.get("smtpd_tls_security_level", "")
    if level in ("", "none") and main.get("smtpd_use_tls", "no") != "yes":
        col.add("CFG_POSTFIX_TLS_DISABLED", f"smtpd_tls_security_level = {level!r}", target)
    if main.get("smtpd_sasl_auth_enable", "no") == "yes" and main.get("smtpd_tls_auth_only", "no") != "yes":
        col.add(
            "CFG_POSTFIX_AUTH_NOT_TLS_ONLY", f"smtpd_tls_auth_only = {main.get('smtpd_tls_auth_only', 'no')}", target
        )
    legacy = _legacy_tls(main.get("smtpd_tls_protocols", "!SSLv2, !SSLv3"))
    if legacy and level not in ("", "none"):
        col.add("CFG_POSTFIX_TLS_LEGACY", f"smtpd_tls_protocols leaves {', '.join(legacy)} enabled", target)
    if main.get("message_size_limit", "10240000") == "0":
        col.add("CFG_POSTFIX_NO_SIZE_LIMIT", "message_size_limit = 0 (unlimited)", target)
    filters = [main.get(k, "") for k in ("smtpd_milters", "non_smtpd_milters", "content_filter")]
    filters += [v for s in services for k, v in s.options.items() if k in ("smtpd_milters", "content_filter")]
    if not any(f.strip() for f in filters):
        col.add("CFG_POSTFIX_NO_FILTER", "no smtpd_milters / content_filter in main.cf or master.cf", target)
    for key in ("always_bcc", "sender_bcc_maps", "recipient_bcc_maps"):
        if main.get(key, "").strip():
            col.add("CFG_POSTFIX_ALWAYS_BCC", f"{key} = {main[key]}", target)
    if main.get("disable_vrfy_command", "no") != "yes":
        col.add("CFG_POSTFIX_VRFY_ENABLED", "disable_vrfy_command is not yes", target)
    banner = main.get("smtpd_banner", "$myhostname ESMTP $mail_name")
    if re.search(r"\$\{?mail_(name|version)|debian|ubuntu|postfix", banner, re.I):
        col.add("CFG_POSTFIX_BANNER_DISCLOSURE", f"smtpd_banner = {banner}", target)
    log_file = main.get("maillog_file", "")
    candidates = [log_file] if log_file else ["/var/log/mail.log", "/var/log/maillog", "/var/log/mail.info"]
    audit_log_retention(candidates, logrotate or default_logrotate(config_dir), col)
    return main


def default_logrotate(config_dir: Path) -> list[Path]:
    """logrotate.conf and logrotate.d next to the Postfix directory (normally /etc)."""
    etc = config_dir.parent
    return [etc / "logrotate.conf", etc / "logrotate.d"]


def parse_logrotate(text: str) -> tuple[dict[str, str], list[tuple[list[str], dict[str, str]]]]:
    """Global directives and `paths { directives }` stanzas of a logrotate file (logrotate(8))."""
    glob_d: dict[str, str] = {}
    stanzas: list[tuple[list[str], dict[str, str]]] = []
    current: dict[str, str] | None = None
    in_script = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if in_script:
            in_script = line != "endscript"
            continue
        if line.endswith("{"):
            current = {}
            stanzas.append((line[:-1].split(), current))
            continue
        if line == "}":
            current = None
            continue
        word, _, arg = line.partition(" ")
        if word in ("postrotate", "prerotate", "firstaction", "lastaction", "preremove"):
            in_script = True
            continue
        (current if current is not None else glob_d)[word] = arg.strip()
    return glob_d, stanzas


def retention_days(directives: dict[str, str]) -> int | None:
    """Days of history kept: rotate count × period, capped by maxage."""
    period = next((d for p, d in _PERIOD_DAYS.items() if p in directives), None)
    rotate = directives.get("rotate", "")
    if period is None or not rotate.lstrip("-").isdigit():
        return None
    days = (int(rotate) + 1) * period if int(rotate) >= 0 else 10**6
    if directives.get("maxage", "").isdigit():
        days = min(days, int(directives["maxage"]))
    return days


def audit_log_retention(log_files: list[str], sources: list[Path], col: Collector) -> None:
    """Mail log kept ≥ 180 days by logrotate (CN-SCT-05); unknown when no stanza covers it."""
    files: list[Path] = []
    for src in sources:
        files += sorted(src.iterdir()) if src.is_dir() else ([src] if src.is_file() else [])
    glob_d: dict[str, str] = {}
    for f in files:
        g, stanzas = parse_logrotate(f.read_text(errors="replace"))
        glob_d |= g
        for paths, directives in stanzas:
            if any(fnmatch.fnmatch(log, p) for log in log_files for p in paths):
                days = retention_days(glob_d | directives)
                col.mark("config.logs")
                if days is None:
                    col.add("CFG_LOG_RETENTION_UNKNOWN", f"{f}: {paths} has no rotate/period", str(f))
                elif days < RETENTION_DAYS:
                    col.add("CFG_LOG_RETENTION_SHORT", f"{f}: {paths} keeps about {days} days", str(f))
                return
    col.add("CFG_LOG_RETENTION_UNKNOWN", f"no logrotate stanza for {log_files} in {[str(s) for s in sources]}")


def parse_dovecot(path: Path, depth: int = 0) -> list[tuple[str, str, str]]:
    """Dovecot config as (section path, key, value) triples, following `!include`/`!include_try`."""
    out: list[tuple[str, str, str]] = []
    stack: list[str] = []
    for raw in path.read_text(errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!include"):
            pattern = line.split(None, 1)[1].strip()
            full = pattern if pattern.startswith("/") else str(path.parent / pattern)
            for inc in sorted(glob.glob(full)):
                if depth < 8:
                    out += [
                        (("/".join(stack) + "/" + s).strip("/"), k, v)
                        for s, k, v in parse_dovecot(Path(inc), depth + 1)
                    ]
            continue
        if line.endswith("{"):
            stack.append(line[:-1].strip())
            continue
        if line == "}":
            if stack:
                stack.pop()
            continue
        key, sep, value = line.partition("=")
        if sep:
            out.append(("/".join(stack), key.strip(), value.strip()))
    return out


def audit_dovecot(config: Path, col: Collector) -> None:
    """Audit dovecot.conf (a file, or a directory holding dovecot.conf)."""
    path = config / "dovecot.conf" if config.is_dir() else config
    if not path.is_file():
        raise ConfigError(f"--dovecot-config: {path} not found")
    triples = parse_dovecot(path)
    top = {k: v for s, k, v in triples if not s}
    target = str(path)
    col.mark("config.dovecot")
    if top.get("disable_plaintext_auth", "yes") == "no" or top.get("auth_allow_cleartext", "no") == "yes":
        col.add("CFG_DOVECOT_PLAINTEXT_AUTH", "disable_plaintext_auth = no (cleartext passwords allowed)", target)
    if top.get("ssl", "yes") == "no":
        col.add("CFG_DOVECOT_SSL_DISABLED", "ssl = no", target)
    minp = top.get("ssl_min_protocol", "TLSv1.2")
    if minp in ("SSLv3", "TLSv1", "TLSv1.1", "ANY"):
        col.add("CFG_DOVECOT_TLS_LEGACY", f"ssl_min_protocol = {minp}", target)
    plugins = " ".join(v for _, k, v in triples if k == "mail_plugins")
    if "quota" not in plugins.split():
        col.add("CFG_DOVECOT_NO_QUOTA", f"mail_plugins = {plugins or '(none)'}", target)
    redirects = next((v for _, k, v in triples if k == "sieve_max_redirects"), None)
    if "sieve" in plugins.split() and redirects != "0":
        col.add(
            "CFG_DOVECOT_SIEVE_REDIRECT", f"sieve enabled, sieve_max_redirects = {redirects or '(default 4)'}", target
        )
