"""Log readers, one module per family, and format detection from a file's first lines."""

from __future__ import annotations

from mailwarden.errors import ConfigError
from mailwarden.hunt.readers.base import ReadContext, Reader, RegexReader
from mailwarden.hunt.readers.csvmap import CsvReader, parse_mapping
from mailwarden.hunt.readers.dns_text import BindReader, DnsmasqReader, UnboundReader
from mailwarden.hunt.readers.mail import DovecotReader, PostfixReader
from mailwarden.hunt.readers.pfsense import PfsenseReader
from mailwarden.hunt.readers.proxy_fw import IptablesReader, SquidReader
from mailwarden.hunt.readers.suricata import SuricataReader
from mailwarden.hunt.readers.windns import WindowsDnsReader
from mailwarden.hunt.readers.zeek import ZeekReader

__all__ = ["READERS", "CsvReader", "ReadContext", "Reader", "RegexReader", "detect", "get_reader", "parse_mapping"]

# Detection order: the most distinctive formats first.
READERS: dict[str, Reader] = {
    r.name: r
    for r in (
        ZeekReader(),
        SuricataReader(),
        BindReader(),
        WindowsDnsReader(),
        UnboundReader(),
        DnsmasqReader(),
        SquidReader(),
        PfsenseReader(),
        IptablesReader(),
        PostfixReader(),
        DovecotReader(),
    )
}


def get_reader(name: str, csv_map: str | None = None) -> Reader:
    """The reader called ``name`` (``csv`` needs a column mapping)."""
    if name == "csv":
        if not csv_map:
            raise ConfigError("format csv needs --csv-map ts=COL,host=COL,...")
        return CsvReader(parse_mapping(csv_map))
    try:
        return READERS[name]
    except KeyError:
        raise ConfigError(f"unknown log format {name!r}; known: {', '.join([*READERS, 'csv'])}") from None


def detect(head: list[str]) -> Reader | None:
    """The first reader that recognises these lines, or ``None``."""
    for reader in READERS.values():
        if reader.sniff(head):
            return reader
    return None
