"""Content type sniffing with libmagic (python-magic), one shared handle, safe across threads."""

from __future__ import annotations

import re
import threading

import magic

SNIFF_BYTES = 8192
# libmagic's text tests run soft-magic regexes over the whole buffer: about 3 ms for 8 KiB of
# text but 0.6 ms for 1 KiB, while binary formats answer in microseconds. Text needs no more.
TEXT_SNIFF_BYTES = 1024
UNKNOWN_TYPE = "application/octet-stream"

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_lock = threading.Lock()
_magic: magic.Magic | None = None


def _handle() -> magic.Magic:
    global _magic
    if _magic is None:
        with _lock:
            if _magic is None:
                _magic = magic.Magic(mime=True)
    return _magic


def sniff_type(data: bytes) -> str:
    """The MIME type libmagic sees in the first 8 KiB; ``application/octet-stream`` if it cannot tell."""
    if not data:
        return "application/x-empty"
    size = SNIFF_BYTES if _CONTROL.search(data, 0, TEXT_SNIFF_BYTES) else TEXT_SNIFF_BYTES
    try:
        handle = _handle()
        # A libmagic cookie is not re-entrant; hold the lock around the whole call.
        with _lock:
            result = handle.from_buffer(data[:size])
    except Exception:  # libmagic raises MagicException and, on odd input, plain errors
        return UNKNOWN_TYPE
    return str(result) if result else UNKNOWN_TYPE
