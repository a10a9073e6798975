"""The injected synchronous DNS lookup that every mechanism takes, and its adapter for dkimpy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import dkim

from mailwarden.dns import DnsResult
from mailwarden.errors import DnsError, DnsTimeout

# ``SyncBridge.resolve`` and ``FakeResolver.resolve_sync`` both fit. The mechanisms run in a worker
# thread (``CheckContext.run_blocking``), so a blocking call is what the libraries need.
DnsLookup = Callable[[str, str], DnsResult]


def txt_strings(result: DnsResult) -> list[bytes]:
    """TXT records as bytes, the character-strings of each record joined (RFC 7208 §3.3, RFC 6376 §3.6.2.2)."""
    out: list[bytes] = []
    for rdata in result.records:
        strings = getattr(rdata, "strings", None)
        if strings is not None:
            out.append(b"".join(strings))
    return out


@dataclass(slots=True)
class DkimDnsFunc:
    """A dkimpy ``dnsfunc``: bytes name in, bytes TXT out; remembers temporary DNS failures.

    dkimpy turns ``DnsTimeoutError`` into a plain ``False`` inside ``verify_sig``, so the flag is how
    the caller tells temperror (RFC 6376 §6.1.2 TEMPFAIL) from fail.
    """

    lookup: DnsLookup
    temp_failures: list[str] = field(default_factory=list)

    def __call__(self, name: bytes | str, timeout: float = 5.0) -> bytes | None:
        qname = name.decode("utf-8", "replace") if isinstance(name, bytes) else name
        qname = qname.rstrip(".")
        try:
            res = self.lookup(qname, "TXT")
        except DnsTimeout as e:
            self.temp_failures.append(str(e))
            raise dkim.DnsTimeoutError(str(e)) from e
        except DnsError as e:
            # SERVFAIL-like or offline: not a verdict about the key, so temporary as well
            self.temp_failures.append(str(e))
            raise dkim.DnsTimeoutError(str(e)) from e
        records = txt_strings(res)
        # RFC 6376 §3.6.2.2: with several TXT records the result is undefined; like dkimpy, take the first.
        return records[0] if records else None
