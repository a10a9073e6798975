"""Content type sniffing with libmagic (python-magic), one shared handle, safe across threads."""

from __future__ import annotations

import threading

import magic

SNIFF_BYTES = 8192
UNKNOWN_TYPE = "application/octet-stream"

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
    try:
        handle = _handle()
        # libmagic handles are not re-entrant; python-magic locks too, but only per call path.
        with _lock:
            result = handle.from_buffer(data[:SNIFF_BYTES])
    except Exception:  # libmagic raises MagicException and, on odd input, plain errors
        return UNKNOWN_TYPE
    return str(result) if result else UNKNOWN_TYPE
