"""Postfix SASL-authenticated sessions and Dovecot logins: the user is the host, the client IP the contact."""

from __future__ import annotations

from mailwarden.hunt.readers.base import IP, SYSLOG_TS, RegexReader

__all__ = ["DovecotReader", "PostfixReader"]


class PostfixReader(RegexReader):
    """``postfix/smtpd`` lines with ``sasl_username`` (a mailbox used from a listed address)."""

    name = "postfix"
    description = "Postfix smtpd SASL logins (client=name[1.2.3.4], sasl_method=..., sasl_username=u)"
    prefilter = "sasl_username="
    pattern = (
        r"^" + SYSLOG_TS + r" \S+ postfix(?:/[A-Za-z0-9_-]+)*/smtpd\[\d+\]: (?:[0-9A-Za-z]+: )?"
        r"client=(?P<domain>[^\[\s]*)\[(?P<dest_ip>" + IP + r")\](?::\d+)?, sasl_method=\S+, "
        r"sasl_username=(?P<host>[^,\s]+)"
    )
    time_format = "syslog"
    kind = "mail"
    blanks = ("-", "unknown")


class DovecotReader(RegexReader):
    """Dovecot ``*-login: Login:`` lines (IMAP/POP3/submission)."""

    name = "dovecot"
    description = "Dovecot logins (imap-login: Login: user=<u>, method=PLAIN, rip=1.2.3.4, ...)"
    prefilter = "-login: Login: "
    pattern = (
        r"^" + SYSLOG_TS + r" \S+ dovecot(?:\[\d+\])?: [a-z0-9]+-login: Login: user=<(?P<host>[^>]*)>, "
        r".*?rip=(?P<dest_ip>" + IP + r")"
    )
    time_format = "syslog"
    kind = "mail"
