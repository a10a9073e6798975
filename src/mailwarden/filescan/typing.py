"""File type policy: content kind by magic numbers, dangerous types, double extensions, Unicode name tricks."""

from __future__ import annotations

import enum
import io
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

import olefile  # type: ignore[import-untyped]


def _words(text: str) -> list[str]:
    return text.split()


class FileKind(enum.StrEnum):
    """What the content really is, judged by its first bytes (never by its name)."""

    PE = "pe"  # Windows executable / DLL
    ELF = "elf"
    MACHO = "macho"
    MSI = "msi"
    OLE = "ole"  # Compound File (doc/xls/ppt, msg, ...)
    OOXML = "ooxml"
    ODF = "odf"
    JAR = "jar"
    ZIP = "zip"
    RAR = "rar"
    SEVENZIP = "7z"
    GZIP = "gzip"
    BZIP2 = "bzip2"
    XZ = "xz"
    TAR = "tar"
    CAB = "cab"
    ACE = "ace"
    PDF = "pdf"
    RTF = "rtf"
    LNK = "lnk"
    ISO = "iso"
    UDF = "udf"
    VHD = "vhd"
    VHDX = "vhdx"
    ONENOTE = "onenote"
    CHM = "chm"
    IMAGE = "image"
    HTML = "html"
    SCRIPT = "script"  # "#!" shebang
    UNKNOWN = "unknown"


# Kinds that run code when opened on Windows, or mount a container that bypasses Mark-of-the-Web.
DANGEROUS_KINDS: frozenset[FileKind] = frozenset(
    {
        FileKind.PE,
        FileKind.MSI,
        FileKind.LNK,
        FileKind.ISO,
        FileKind.UDF,
        FileKind.VHD,
        FileKind.VHDX,
        FileKind.ONENOTE,
        FileKind.CHM,
        FileKind.JAR,
        FileKind.ACE,
    }
)
ARCHIVE_KINDS: frozenset[FileKind] = frozenset(
    {
        FileKind.ZIP,
        FileKind.RAR,
        FileKind.SEVENZIP,
        FileKind.GZIP,
        FileKind.BZIP2,
        FileKind.XZ,
        FileKind.TAR,
        FileKind.CAB,
        FileKind.ACE,
    }
)

# Default policy list: extensions Windows runs, or that mount containers, or that deliver script/macros.
DANGEROUS_EXTENSIONS: frozenset[str] = frozenset(
    _words(
        """
    exe dll scr com pif bat cmd ps1 psm1 psd1 js jse vbs vbe wsf wsh wsc ws hta lnk iso img vhd vhdx one onepkg
    msi msp mst jar chm reg cpl scf sct inf xll msc gadget application appref-ms appx appxbundle msix
    msixbundle settingcontent-ms library-ms iqy slk hlp ins isp jnlp ace cab udf
    """
    )
)
# Extensions a victim reads as "a document / picture": the decoy in "invoice.pdf.exe".
DECOY_EXTENSIONS: frozenset[str] = frozenset(
    _words(
        """
    pdf doc docx docm xls xlsx xlsm ppt pptx rtf txt csv odt ods odp jpg jpeg png gif bmp tif tiff webp heic
    mp3 mp4 avi mov wav wmv htm html xml zip rar 7z eml msg
    """
    )
)
# Extensions that promise harmless content: an executable or archive behind one of them is a mismatch.
_PROMISES_DOCUMENT: frozenset[str] = frozenset(
    _words(
        """
    pdf doc docx xls xlsx ppt pptx rtf txt csv odt ods odp jpg jpeg png gif bmp tif tiff webp
    mp3 mp4 avi mov wav wmv
    """
    )
)
# Legitimate extensions for a dangerous kind (an .exe that is PE is "dangerous", not "mismatched").
_KIND_EXTENSIONS: dict[FileKind, frozenset[str]] = {
    FileKind.PE: frozenset({"exe", "dll", "scr", "com", "pif", "cpl", "sys", "ocx", "xll", "drv", "efi", "mui"}),
    FileKind.MSI: frozenset({"msi", "msp", "mst"}),
    FileKind.LNK: frozenset({"lnk"}),
    FileKind.ISO: frozenset({"iso", "img"}),
    FileKind.UDF: frozenset({"iso", "img", "udf"}),
    FileKind.VHD: frozenset({"vhd"}),
    FileKind.VHDX: frozenset({"vhdx"}),
    FileKind.ONENOTE: frozenset({"one", "onepkg"}),
    FileKind.CHM: frozenset({"chm"}),
    FileKind.JAR: frozenset({"jar"}),
}

# Bidi controls that reorder how the name is shown: "invoice\u202Efdp.exe" displays as "invoiceexe.pdf".
_BIDI = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
}
# Zero-width and other invisible characters: joiners, soft hyphen, the combining grapheme joiner
# (seen in "reviewdocument_txtid$3545767\u034f\u034f.pdf" phishing), invisible operators, Hangul and
# Braille fillers, Khmer inherent vowels.
_ZERO_WIDTH = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f\u2061\u2062\u2063\u2064\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2800"
)
# Many blanks before the real extension push it out of view: "scan.pdf                      .exe".
_PADDING = re.compile(r"(?<![\s_\u3000\u2800])[\s_\u3000\u2800]{6,}\.[^.]*$")
_EXT_OK = re.compile(r"^[a-z0-9][a-z0-9_-]{0,19}$")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSI_CLSID = "000C1084-0000-0000-C000-000000000046"  # root entry CLSID of a Windows Installer package
_ONENOTE_GUID = bytes.fromhex("e4525c7b8cd8a74daeb15378d02996d3")
_LNK_HEADER = bytes.fromhex("4c0000000114020000000000c000000000000046")


@dataclass(frozen=True, slots=True)
class NameReport:
    """What a file name reveals: its effective extensions and any tricks in it."""

    name: str
    extensions: tuple[str, ...]  # lower-case, last one is what Windows uses
    bidi_controls: tuple[str, ...]  # names of the bidi control characters found (RLO, ...)
    zero_width: bool
    padded: bool
    double_extension: str | None  # "pdf.exe" when a decoy precedes a dangerous extension
    random_stem: bool = False  # "pPw6R85QMtUA74fJ.pdf": a per-recipient random token, not a name

    @property
    def extension(self) -> str:
        return self.extensions[-1] if self.extensions else ""


def effective_name(name: str) -> str:
    """The name as Windows would use it: invisible characters removed, trailing dots and blanks stripped."""
    cleaned = "".join(ch for ch in name if ch not in _BIDI and ch not in _ZERO_WIDTH)
    cleaned = cleaned.replace("\\", "/").rpartition("/")[2]
    return cleaned.rstrip(" .\t")


def extensions_of(name: str) -> tuple[str, ...]:
    """Plausible extensions from left to right ("a.tar.gz" -> ("tar", "gz")); version numbers excluded."""
    parts = effective_name(name).lower().split(".")[1:]
    exts: list[str] = []
    for p in parts:
        p = p.strip()
        if _EXT_OK.match(p) and not p.isdigit():
            exts.append(p)
        else:
            exts = []  # "v1.2 final.pdf": only what follows the last non-extension part counts
    return tuple(exts)


def inspect_name(name: str, dangerous: Collection[str] = DANGEROUS_EXTENSIONS) -> NameReport:
    """Analyze a file name for its extensions and the tricks that hide them."""
    normalized = unicodedata.normalize("NFC", name)
    bidi = tuple(dict.fromkeys(_BIDI[ch] for ch in normalized if ch in _BIDI))
    zero_width = any(ch in _ZERO_WIDTH for ch in normalized)
    exts = extensions_of(normalized)
    double: str | None = None
    if len(exts) >= 2 and exts[-1] in dangerous and exts[-2] in DECOY_EXTENSIONS:
        double = f"{exts[-2]}.{exts[-1]}"
    padded = bool(_PADDING.search(effective_name(normalized)))
    return NameReport(normalized, exts, bidi, zero_width, padded, double, is_random_token(normalized.rsplit(".", 1)[0]))


_TOKEN = re.compile(r"[A-Za-z0-9]{10,40}")
_DIGIT_RUN = re.compile(r"[0-9]+")
_LOWER_RUN = re.compile(r"[a-z]+")


def is_random_token(stem: str) -> bool:
    """Mixed-case letters with digits in two or more places and no lowercase run of 4+ letters
    ("U1vn48GmdQr", "3MDsFeNQ6L0KElIBT"): malspam names each copy's attachment so, to defeat hash
    lists. People, scanners and document systems name files with words, dates and separators
    ("SCAN_20251117_0001", "BaoCaoThang10", "Report2025Q3"). 47 of 5,725 corpus phish, no ham."""
    if not _TOKEN.fullmatch(stem):
        return False
    upper = sum(c.isupper() for c in stem)
    lower = sum(c.islower() for c in stem)
    digit_runs = len(_DIGIT_RUN.findall(stem))
    longest_lower = max((len(r) for r in _LOWER_RUN.findall(stem)), default=0)
    switches = sum(1 for a, b in pairwise(stem) if a.isupper() != b.isupper() or a.isdigit() != b.isdigit())
    return upper >= 2 and lower >= 2 and digit_runs >= 2 and longest_lower <= 3 and switches >= 5


def detect_kind(data: bytes) -> FileKind:
    """The content's kind from its magic numbers; UNKNOWN for anything not in the table."""
    head = data[:32]
    if head.startswith(b"MZ") and _is_pe(data):
        return FileKind.PE
    if head.startswith(b"\x7fELF"):
        return FileKind.ELF
    if head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"):
        return FileKind.MACHO
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(b"Rar!\x1a\x07"):
        return FileKind.RAR
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return FileKind.SEVENZIP
    if head.startswith(b"\x1f\x8b"):
        return FileKind.GZIP
    if head.startswith(b"BZh") and head[3:4].isdigit():
        return FileKind.BZIP2
    if head.startswith(b"\xfd7zXZ\x00"):
        return FileKind.XZ
    if head.startswith(b"MSCF\x00\x00\x00\x00"):
        return FileKind.CAB
    if data[7:14] == b"**ACE**":
        return FileKind.ACE
    if head.startswith(_LNK_HEADER):
        return FileKind.LNK
    if head.startswith(_ONENOTE_GUID):
        return FileKind.ONENOTE
    if head.startswith(b"ITSF"):
        return FileKind.CHM
    if head.startswith(b"vhdxfile"):
        return FileKind.VHDX
    if data[-512:-504] == b"conectix" or head.startswith(b"conectix"):
        return FileKind.VHD
    if data[0x8001:0x8006] == b"CD001" or data[0x8801:0x8806] == b"CD001":
        return FileKind.ISO
    if data[0x8001:0x8006] in (b"BEA01", b"NSR02", b"NSR03"):
        return FileKind.UDF
    if data[257:262] == b"ustar":
        return FileKind.TAR
    if b"%PDF-" in data[:1024]:  # readers accept junk before the header, so must we
        return FileKind.PDF
    if head.startswith(b"{\\rt"):  # Word opens "{\rtxyz" as RTF too
        return FileKind.RTF
    if _is_image(head):
        return FileKind.IMAGE
    if head.startswith(b"#!"):
        return FileKind.SCRIPT
    if _looks_html(data[:2048]):
        return FileKind.HTML
    return FileKind.UNKNOWN


def _is_pe(data: bytes) -> bool:
    if len(data) < 0x40:
        return False
    off = int.from_bytes(data[0x3C:0x40], "little")
    # Tiny DOS stubs and odd layouts exist; an MZ header alone is still an executable for Windows.
    return data[off : off + 4] == b"PE\x00\x00" if 0 < off < len(data) - 4 else True


def _ole_kind(data: bytes) -> FileKind:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            clsid = ole.root.clsid if ole.root is not None else ""
    except Exception:  # olefile raises assorted errors on damaged files; it is still a Compound File
        return FileKind.OLE
    return FileKind.MSI if clsid.upper() == _MSI_CLSID else FileKind.OLE


def _zip_kind(data: bytes) -> FileKind:
    window = data[:65536]
    if b"[Content_Types].xml" in window or b"[Content_Types].xml" in data[-65536:]:
        return FileKind.OOXML
    if window[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument" in window[:200]:
        return FileKind.ODF
    if b"META-INF/MANIFEST.MF" in window and b".class" in data:
        return FileKind.JAR
    return FileKind.ZIP


def _is_image(head: bytes) -> bool:
    return (
        head.startswith(b"\x89PNG\r\n\x1a\n")
        or head.startswith(b"\xff\xd8\xff")
        or head.startswith(b"GIF87a")
        or head.startswith(b"GIF89a")
        or head[:4] in (b"II*\x00", b"MM\x00*")
        or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")
    )


def _looks_html(head: bytes) -> bool:
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return low.startswith((b"<!doctype html", b"<html", b"<head", b"<script", b"<body", b"<svg", b"<?xml")) and (
        b"<html" in low or b"<script" in low or b"<svg" in low or b"<body" in low
    )


_URL_FILE_TARGET = re.compile(
    rb"^[ \t]*(?:URL|IconFile|WorkingDirectory)\s*=\s*(file:|\\\\|[a-z]:\\|search-ms:|ms-)", re.I | re.M
)


def internet_shortcut_risk(name: NameReport, data: bytes) -> str | None:
    """Why a .url/.website Internet Shortcut is dangerous: it points at a file, SMB share or protocol handler.

    Shortcuts to web pages were ordinary attachments for decades; those to file:// or SMB shares run
    code without a download prompt (CVE-2024-21412 family) and leak NTLM hashes.
    """
    if name.extension not in ("url", "website"):
        return None
    m = _URL_FILE_TARGET.search(data[:65536])
    return f"internet shortcut to {m.group(1).decode('latin-1')}" if m else None


def expected_extensions(kind: FileKind) -> frozenset[str]:
    """Extensions under which a dangerous kind is honestly named."""
    return _KIND_EXTENSIONS.get(kind, frozenset())


def mismatch(name: NameReport, declared_type: str, kind: FileKind) -> str | None:
    """Why the name or declared MIME type lies about the content, or None.

    Only lies that hide something are reported (an executable, container or archive behind a document
    or picture name); Word's .doc-that-is-RTF and Excel's .xls-that-is-HTML are normal and not flagged.
    """
    ext = name.extension
    declared = declared_type.lower().split(";")[0].strip()
    hidden = kind in DANGEROUS_KINDS or kind in ARCHIVE_KINDS or kind in (FileKind.ELF, FileKind.MACHO)
    if not hidden:
        return None
    if kind in DANGEROUS_KINDS and ext and ext not in expected_extensions(kind) and ext not in DANGEROUS_EXTENSIONS:
        return f"named .{ext} but content is {kind.value}"
    if ext in _PROMISES_DOCUMENT and ext not in ("zip", "rar", "7z"):
        return f"named .{ext} but content is {kind.value}"
    if declared.startswith(("image/", "text/", "audio/", "video/")) or declared == "application/pdf":
        return f"declared {declared} but content is {kind.value}"
    return None
