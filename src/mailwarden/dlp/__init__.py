"""Data-loss prevention: text extraction from documents and archives, markings, identifiers, keywords.

Pure functions over bytes and strings (no I/O, no network); the ``outbound_dlp`` check and the
``mailwarden dlp scan`` command share them.
"""

from mailwarden.dlp.extract import ExtractedText, ExtractLimits, extract_text
from mailwarden.dlp.model import Finding, Kind
from mailwarden.dlp.scan import DlpPolicy, DlpReport, scan_texts

__all__ = [
    "DlpPolicy",
    "DlpReport",
    "ExtractLimits",
    "ExtractedText",
    "Finding",
    "Kind",
    "extract_text",
    "scan_texts",
]
