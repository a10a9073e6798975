"""The one exception tree of mailwarden.

    MailwardenError
    ├── ConfigError     bad settings; startup fails, exit code 2
    ├── MessageError    unparseable or oversize input; policy decides
    ├── DnsError        └── DnsTimeout (temporary -> *_TEMPERROR symbols; NXDOMAIN is data)
    ├── CheckError      a check's own failure; recorded by the runner, never propagated
    ├── StoreError      persistence failure; adapters answer 451, nothing is lost
    └── DeliveryError   relay/release/report sending failure

Errors are translated only at the boundary that decides: the runner (checks), adapters
(SMTP/milter replies), the web console (HTTP status) and the CLI (exit codes).
"""

from __future__ import annotations


class MailwardenError(Exception):
    """Base of every error mailwarden raises on purpose."""


class ConfigError(MailwardenError):
    """Settings are invalid; the message names the dotted path of the bad key."""


class MessageError(MailwardenError):
    """Input could not be parsed or exceeded a configured limit.

    ``symbol`` is the symbol the engine reports for it (e.g. ``MIME_LIMIT_DEPTH``).
    """

    def __init__(self, message: str, symbol: str = "MIME_UNPARSEABLE") -> None:
        super().__init__(message)
        self.symbol = symbol


class DnsError(MailwardenError):
    """A DNS lookup failed for a reason other than the name not existing."""


class DnsTimeout(DnsError):
    """A DNS lookup timed out or the server failed: a temporary error (RFC 7208 temperror)."""


class CheckError(MailwardenError):
    """A check failed on its own; the runner records it and carries on."""


class StoreError(MailwardenError):
    """Persistence failed; the adapter tempfails so nothing is lost."""


class DeliveryError(MailwardenError):
    """Relaying, releasing or sending a report failed. ``code`` is the remote SMTP code, if any."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code

    @property
    def permanent(self) -> bool:
        return self.code is not None and 500 <= self.code < 600
