"""Archive expansion (zip, 7z, rar, tar, gz, bz2, xz) under bomb limits, with passwords tried on encrypted ones."""

from __future__ import annotations

import bz2
import enum
import io
import logging
import lzma
import re
import tarfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

import py7zr
import py7zr.io
import pyzipper  # type: ignore[import-untyped]
import rarfile  # type: ignore[import-untyped]

from mailwarden.filescan.model import MEMBER_SEP, ScanFile
from mailwarden.filescan.typing import FileKind, detect_kind

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
# Tried on every encrypted archive: what malware campaigns and security vendors use.
DEFAULT_PASSWORDS: tuple[str, ...] = ("infected", "malware", "virus", "password", "1234", "12345", "123456", "123")

_OPENABLE = frozenset(
    {FileKind.ZIP, FileKind.RAR, FileKind.SEVENZIP, FileKind.TAR, FileKind.GZIP, FileKind.BZIP2, FileKind.XZ}
)
_SINGLE_STREAM = frozenset({FileKind.GZIP, FileKind.BZIP2, FileKind.XZ})
# "password: Abc123", "mật khẩu giải nén: 2024", "解压密码：8888"; the value is one token.
_PASSWORD_RE = re.compile(
    r"(?:password|passwd|passcode|pass|pwd|pw|kennwort|contrase[ñn]a|senha|пароль|"
    r"m[ậa]t\s*kh[ẩa]u(?:\s*gi[ảa]i\s*n[éeè]n)?|m[ãa]\s*gi[ảa]i\s*n[éeè]n|"
    r"解压密码|解壓密碼|密码|密碼|口令|パスワード)"
    r"\s*(?:is|là|la|:|：|=|-|–)?\s*[\"'“‘«(\[]?([^\s\"'”’»)\]<>]{3,64})",
    re.IGNORECASE,
)
_TRAILING_PUNCT = ".,;!?。，；！？"


class LimitKind(enum.StrEnum):
    """Which bomb limit a scan ran into."""

    RATIO = "ratio"
    MEMBER_SIZE = "member_size"
    TOTAL_SIZE = "total_size"
    FILE_COUNT = "file_count"
    DEPTH = "depth"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Bounds on expansion; reaching one stops it and is reported, never an out-of-memory or a hang."""

    max_depth: int = 3  # archive nesting levels opened (gz/bz2/xz wrappers do not count)
    max_members: int = 1000  # members across all archives of one message
    max_total_size: int = 100 * 1024 * 1024  # extracted bytes across one message
    max_member_size: int = 50 * 1024 * 1024
    max_ratio: float = 250.0  # extracted / compressed, for members larger than ratio_min_size
    ratio_min_size: int = 1024 * 1024
    max_seconds: float = 10.0


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    """A member name seen in an archive listing, whether or not its content could be extracted."""

    path: str
    size: int
    encrypted: bool


@dataclass(frozen=True, slots=True)
class LimitHit:
    kind: LimitKind
    path: str
    detail: str


@dataclass(frozen=True, slots=True)
class EncryptedArchive:
    """An archive with encrypted members (or headers); ``password`` is the one that opened it, if any."""

    path: str
    password: str | None
    password_from_message: bool


@dataclass(frozen=True, slots=True)
class Unscanned:
    """An archive (or member) that could not be read: corrupt, unsupported method, no RAR tool."""

    path: str
    reason: str


@dataclass(slots=True)
class ArchiveReport:
    """Everything expansion found for one message's files."""

    archives: list[str] = field(default_factory=list)
    members: list[ScanFile] = field(default_factory=list)
    entries: list[ArchiveEntry] = field(default_factory=list)
    encrypted: list[EncryptedArchive] = field(default_factory=list)
    limits: list[LimitHit] = field(default_factory=list)
    unscanned: list[Unscanned] = field(default_factory=list)


class _LimitReached(Exception):
    """Internal: a limit stopped the current archive (kind says whether the whole scan stops)."""

    def __init__(self, hit: LimitHit) -> None:
        super().__init__(hit.detail)
        self.hit = hit


class _WrongPassword(Exception):
    pass


_GLOBAL_LIMITS = frozenset({LimitKind.TOTAL_SIZE, LimitKind.FILE_COUNT, LimitKind.TIME})


def passwords_from_text(text: str, limit: int = 10) -> list[str]:
    """Candidate archive passwords stated in the message text ("password: 1234", "密码：8888")."""
    out: list[str] = []
    for m in _PASSWORD_RE.finditer(text[:200_000]):
        raw = m.group(1)
        # "Password: abc123." - the dot may end the sentence or belong to the password: try both.
        for pw in (raw.rstrip(_TRAILING_PUNCT), raw):
            if len(pw) >= 3 and pw not in out:
                out.append(pw)
        if len(out) >= limit:
            break
    return out[:limit]


def is_archive(kind: FileKind) -> bool:
    """Whether expand_files opens this kind."""
    return kind in _OPENABLE


def expand_files(
    files: Sequence[ScanFile],
    limits: ArchiveLimits = ArchiveLimits(),
    passwords: Sequence[str] = DEFAULT_PASSWORDS,
    message_passwords: Sequence[str] = (),
    clock: Callable[[], float] = time.monotonic,
) -> ArchiveReport:
    """Open every archive among ``files`` (recursively) within ``limits``. Never raises for bad input."""
    exp = _Expander(limits, passwords, message_passwords, clock)
    for f in files:
        try:
            exp.visit(f, archive_depth=0)
        except _LimitReached as stop:
            exp.report.limits.append(stop.hit)
            if stop.hit.kind in _GLOBAL_LIMITS:
                break
    return exp.report


class _Expander:
    def __init__(
        self,
        limits: ArchiveLimits,
        passwords: Sequence[str],
        message_passwords: Sequence[str],
        clock: Callable[[], float],
    ) -> None:
        self.limits = limits
        self.message_passwords = [p for p in dict.fromkeys(message_passwords) if p]
        self.passwords = self.message_passwords + [p for p in dict.fromkeys(passwords) if p not in message_passwords]
        self.clock = clock
        self.deadline = clock() + limits.max_seconds
        self.report = ArchiveReport()
        self.total = 0
        self.count = 0

    # -- budget -------------------------------------------------------------------------------------------------

    def tick(self, path: str) -> None:
        if self.clock() > self.deadline:
            raise _LimitReached(LimitHit(LimitKind.TIME, path, f"expansion exceeded {self.limits.max_seconds:g} s"))

    def count_member(self, path: str) -> None:
        self.count += 1
        if self.count > self.limits.max_members:
            raise _LimitReached(
                LimitHit(LimitKind.FILE_COUNT, path, f"more than {self.limits.max_members} archive members")
            )

    def read_bounded(self, path: str, chunks: Iterable[bytes], compressed: int | None) -> bytes:
        """Collect decompressed chunks, stopping at the member, total and ratio limits."""
        lim = self.limits
        buf = bytearray()
        for chunk in chunks:
            buf += chunk
            self.total += len(chunk)
            self.tick(path)
            if len(buf) > lim.max_member_size:
                raise _LimitReached(
                    LimitHit(LimitKind.MEMBER_SIZE, path, f"member larger than {lim.max_member_size} bytes")
                )
            if self.total > lim.max_total_size:
                raise _LimitReached(
                    LimitHit(LimitKind.TOTAL_SIZE, path, f"archives expand to more than {lim.max_total_size} bytes")
                )
            if (
                compressed is not None
                and len(buf) >= lim.ratio_min_size
                and len(buf) > lim.max_ratio * max(compressed, 1)
            ):
                raise _LimitReached(
                    LimitHit(
                        LimitKind.RATIO,
                        path,
                        f"compression ratio above {lim.max_ratio:g} ({len(buf)} bytes from {compressed})",
                    )
                )
        return bytes(buf)

    # -- traversal ----------------------------------------------------------------------------------------------

    def visit(self, f: ScanFile, archive_depth: int) -> None:
        kind = detect_kind(f.content)
        if kind not in _OPENABLE:
            return
        if kind in _SINGLE_STREAM:
            self.visit_single_stream(f, kind, archive_depth)
            return
        if archive_depth >= self.limits.max_depth:
            raise _LimitReached(
                LimitHit(LimitKind.DEPTH, f.path, f"archives nested deeper than {self.limits.max_depth} levels")
            )
        self.report.archives.append(f.path)
        opener = {FileKind.ZIP: self.zip, FileKind.TAR: self.tar, FileKind.SEVENZIP: self.sevenzip}.get(kind, self.rar)
        try:
            members = list(opener(f))
        except _LimitReached as stop:
            if stop.hit.kind in _GLOBAL_LIMITS:
                raise
            self.report.limits.append(stop.hit)
            return
        for m in members:
            try:
                self.visit(m, archive_depth + 1)
            except _LimitReached as stop:
                if stop.hit.kind in _GLOBAL_LIMITS:
                    raise
                self.report.limits.append(stop.hit)

    def add_member(self, parent: ScanFile, name: str, content: bytes) -> ScanFile:
        member = ScanFile(f"{parent.path}{MEMBER_SEP}{name}", content, depth=parent.depth + 1)
        self.report.members.append(member)
        return member

    def visit_single_stream(self, f: ScanFile, kind: FileKind, archive_depth: int) -> None:
        chunks: Iterator[bytes]
        if kind == FileKind.GZIP:
            inner, chunks = _gzip_name(f), _zlib_chunks(f.content)
        elif kind == FileKind.BZIP2:
            inner = _strip_suffix(f.name, (".bz2", ".tbz2", ".tbz"))
            chunks = _bounded_chunks(bz2.BZ2Decompressor(), f.content)
        else:
            inner = _strip_suffix(f.name, (".xz", ".txz"))
            chunks = _bounded_chunks(lzma.LZMADecompressor(), f.content)
        self.report.archives.append(f.path)
        self.count_member(f.path)
        try:
            data = self.read_bounded(f"{f.path}{MEMBER_SEP}{inner}", chunks, len(f.content))
        except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as e:
            self.report.unscanned.append(Unscanned(f.path, f"corrupt {kind.value} stream: {e}"))
            return
        self.report.entries.append(ArchiveEntry(f"{f.path}{MEMBER_SEP}{inner}", len(data), False))
        # A .tar.gz is one archive, not two: the compression wrapper does not add a nesting level.
        self.visit(self.add_member(f, inner, data), archive_depth)

    # -- formats ------------------------------------------------------------------------------------------------

    def zip(self, f: ScanFile) -> Iterator[ScanFile]:
        try:
            zf = pyzipper.AESZipFile(io.BytesIO(f.content))
            infos = zf.infolist()
        except Exception as e:  # zipfile raises BadZipFile, ValueError, OSError, ... on damaged input
            self.report.unscanned.append(Unscanned(f.path, f"unreadable zip: {e}"))
            return
        with zf:
            encrypted = [i for i in infos if i.flag_bits & 0x1]
            for i in infos:
                self.report.entries.append(
                    ArchiveEntry(f"{f.path}{MEMBER_SEP}{i.filename}", i.file_size, bool(i.flag_bits & 1))
                )
            password: str | None = None
            if encrypted:
                password = self.find_password(f, lambda pw: _zip_try(zf, encrypted[0], pw))
            for info in infos:
                if info.is_dir():
                    continue
                path = f"{f.path}{MEMBER_SEP}{info.filename}"
                self.count_member(path)
                self.tick(path)
                if info.flag_bits & 0x1 and password is None:
                    continue
                # Declared sizes can lie, but an honest bomb declares itself: refuse before inflating.
                self.check_declared(path, info.file_size, info.compress_size)
                try:
                    pwd = password.encode() if password is not None and info.flag_bits & 1 else None
                    with zf.open(info, pwd=pwd) as fh:
                        data = self.read_bounded(path, _file_chunks(fh), info.compress_size)
                except _LimitReached:
                    raise
                except Exception as e:  # unsupported method (deflate64), CRC error, truncated data
                    self.report.unscanned.append(Unscanned(path, f"cannot extract: {type(e).__name__}: {e}"))
                    continue
                yield self.add_member(f, info.filename, data)

    def tar(self, f: ScanFile) -> Iterator[ScanFile]:
        try:
            # Stream mode: each member is read once, in order, so a member we stop in stops the archive.
            with tarfile.open(fileobj=io.BytesIO(f.content), mode="r|") as tf:
                for ti in tf:
                    path = f"{f.path}{MEMBER_SEP}{ti.name}"
                    self.report.entries.append(ArchiveEntry(path, ti.size, False))
                    if not ti.isfile():
                        continue
                    self.count_member(path)
                    self.check_declared(path, ti.size, None)
                    fh = tf.extractfile(ti)
                    if fh is None:
                        continue
                    data = self.read_bounded(path, _file_chunks(fh), None)
                    yield self.add_member(f, ti.name, data)
        except (tarfile.TarError, OSError, EOFError) as e:
            self.report.unscanned.append(Unscanned(f.path, f"unreadable tar: {e}"))

    def sevenzip(self, f: ScanFile) -> Iterator[ScanFile]:
        encrypted = False
        password: str | None = None
        factory: _BoundedFactory | None
        try:
            with py7zr.SevenZipFile(io.BytesIO(f.content)) as sz:
                encrypted = bool(sz.needs_password())
                infos = sz.list()
        except py7zr.exceptions.PasswordRequired:
            encrypted, infos = True, []  # header encryption hides even the names
        except Exception as e:  # Bad7zFile, unsupported method, truncated headers
            self.report.unscanned.append(Unscanned(f.path, f"unreadable 7z: {type(e).__name__}: {e}"))
            return
        for info in infos:
            self.report.entries.append(
                ArchiveEntry(f"{f.path}{MEMBER_SEP}{info.filename}", int(info.uncompressed or 0), encrypted)
            )
        files = [i for i in infos if not i.is_directory]
        for info in files:
            path = f"{f.path}{MEMBER_SEP}{info.filename}"
            self.count_member(path)
            self.check_declared(path, int(info.uncompressed or 0), None)
        # 7z is solid (one stream for many files): the ratio is judged on the whole archive.
        self.check_declared(f.path, sum(int(i.uncompressed or 0) for i in files), len(f.content))
        if encrypted:
            # A wrong password shows only when decrypted data fails to decompress: extracting is the test.
            factory = None
            for pw in self.passwords:
                self.tick(f.path)
                candidate = self.extract_7z(f, pw)
                if candidate is not None:
                    factory, password = candidate, pw
                    break
            self.report.encrypted.append(
                EncryptedArchive(f.path, password, password is not None and password in self.message_passwords)
            )
        else:
            factory = self.extract_7z(f, None)
            if factory is None:
                self.report.unscanned.append(Unscanned(f.path, "cannot extract 7z"))
        if factory is None:
            return
        for name, writer in factory.products.items():
            yield self.add_member(f, name, bytes(writer.buf))

    def extract_7z(self, f: ScanFile, password: str | None) -> _BoundedFactory | None:
        factory = _BoundedFactory(self, f.path)
        before = self.total
        try:
            with py7zr.SevenZipFile(io.BytesIO(f.content), password=password) as sz:
                sz.extract(factory=factory)
        except _LimitReached:
            raise
        except Exception as e:  # wrong password, CRC errors, unsupported filters (BCJ2, ...), damaged streams
            log.debug("7z %s: %s: %s", f.path, type(e).__name__, e)
            self.total = before
            return None
        return factory

    def rar(self, f: ScanFile) -> Iterator[ScanFile]:
        try:
            rf = rarfile.RarFile(io.BytesIO(f.content))
            infos = rf.infolist()
        except rarfile.PasswordRequired:
            self.report.encrypted.append(EncryptedArchive(f.path, None, False))
            return
        except Exception as e:  # BadRarFile, NotRarFile, truncated headers
            self.report.unscanned.append(Unscanned(f.path, f"unreadable rar: {type(e).__name__}: {e}"))
            return
        with rf:
            for i in infos:
                self.report.entries.append(
                    ArchiveEntry(f"{f.path}{MEMBER_SEP}{i.filename}", i.file_size, i.needs_password())
                )
            if not infos:
                self.report.unscanned.append(Unscanned(f.path, "rar without readable members"))
                return
            if rf.needs_password() or any(i.needs_password() for i in infos):
                # Trying passwords needs the unrar tool; the names (listed above) are still checked.
                self.report.encrypted.append(EncryptedArchive(f.path, None, False))
                return
            try:
                rarfile.tool_setup()
            except rarfile.RarCannotExec:
                self.report.unscanned.append(Unscanned(f.path, "no RAR extractor installed (unrar, unar or bsdtar)"))
                return
            for info in infos:
                if info.is_dir():
                    continue
                path = f"{f.path}{MEMBER_SEP}{info.filename}"
                self.count_member(path)
                self.check_declared(path, info.file_size, info.compress_size)
                try:
                    with rf.open(info) as fh:
                        data = self.read_bounded(path, _file_chunks(fh), info.compress_size)
                except _LimitReached:
                    raise
                except Exception as e:  # tool failure, CRC error, unsupported RAR version
                    self.report.unscanned.append(Unscanned(path, f"cannot extract: {type(e).__name__}: {e}"))
                    continue
                yield self.add_member(f, info.filename, data)

    # -- helpers ------------------------------------------------------------------------------------------------

    def check_declared(self, path: str, size: int, compressed: int | None) -> None:
        lim = self.limits
        if compressed is not None and size >= lim.ratio_min_size and size > lim.max_ratio * max(compressed, 1):
            raise _LimitReached(
                LimitHit(
                    LimitKind.RATIO,
                    path,
                    f"declares {size} bytes from {compressed} (ratio {size / max(compressed, 1):.0f})",
                )
            )
        if size > lim.max_member_size:
            raise _LimitReached(LimitHit(LimitKind.MEMBER_SIZE, path, f"declares {size} bytes"))
        if self.total + size > lim.max_total_size:
            raise _LimitReached(
                LimitHit(LimitKind.TOTAL_SIZE, path, f"archives declare more than {lim.max_total_size} bytes")
            )

    def find_password(self, f: ScanFile, attempt: Callable[[str], bool]) -> str | None:
        for pw in self.passwords:
            self.tick(f.path)
            try:
                if attempt(pw):
                    self.report.encrypted.append(EncryptedArchive(f.path, pw, pw in self.message_passwords))
                    return pw
            except Exception:  # a wrong password surfaces as CRC/zlib/bad-password errors alike
                continue
        self.report.encrypted.append(EncryptedArchive(f.path, None, False))
        return None


class _BoundedWriter(py7zr.io.Py7zIO):
    """Collects one 7z member, enforcing the expander's limits as data arrives."""

    def __init__(self, exp: _Expander, path: str) -> None:
        self.exp, self.path = exp, path
        self.buf = bytearray()

    def write(self, s: bytes | bytearray) -> int:
        lim = self.exp.limits
        self.buf += s
        self.exp.total += len(s)
        self.exp.tick(self.path)
        if len(self.buf) > lim.max_member_size:
            raise _LimitReached(
                LimitHit(LimitKind.MEMBER_SIZE, self.path, f"member larger than {lim.max_member_size} bytes")
            )
        if self.exp.total > lim.max_total_size:
            raise _LimitReached(
                LimitHit(LimitKind.TOTAL_SIZE, self.path, f"archives expand to more than {lim.max_total_size} bytes")
            )
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return len(self.buf)


class _BoundedFactory(py7zr.io.WriterFactory):
    def __init__(self, exp: _Expander, archive_path: str) -> None:
        self.exp, self.archive_path = exp, archive_path
        self.products: dict[str, _BoundedWriter] = {}

    def create(self, filename: str) -> py7zr.io.Py7zIO:
        w = _BoundedWriter(self.exp, f"{self.archive_path}{MEMBER_SEP}{filename}")
        self.products[filename] = w
        return w


def _zip_try(zf: Any, info: Any, password: str) -> bool:
    with zf.open(info, pwd=password.encode()) as fh:
        fh.read(CHUNK)  # ZipCrypto's 1-byte check passes 1 in 256 wrong passwords; reading catches those
    return True


def _file_chunks(fh: IO[bytes]) -> Iterator[bytes]:
    while True:
        chunk = fh.read(CHUNK)
        if not chunk:
            return
        yield chunk


def _zlib_chunks(data: bytes) -> Iterator[bytes]:
    """Inflate a gzip stream CHUNK bytes at a time (max_length), so a bomb is noticed early, not at the end."""
    dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
    tail = data
    while tail and not dec.eof:
        out = dec.decompress(tail, CHUNK)
        progressed = bool(out) or len(dec.unconsumed_tail) != len(tail)
        tail = dec.unconsumed_tail
        if out:
            yield out
        if not progressed:
            break
    rest = dec.flush()  # at most one window: the input is consumed
    if rest:
        yield rest


def _bounded_chunks(dec: bz2.BZ2Decompressor | lzma.LZMADecompressor, data: bytes) -> Iterator[bytes]:
    """Same for bz2/xz, whose decompressors take max_length and want b"" to continue."""
    pending = data
    while not dec.eof:
        out = dec.decompress(pending, CHUNK)
        pending = b""
        if out:
            yield out
        elif dec.needs_input:
            return  # truncated stream: what came out is still scanned


def _gzip_name(f: ScanFile) -> str:
    data = f.content
    # RFC 1952: FLG bit 3 (FNAME) -> NUL-terminated original name after the 10-byte header (and FEXTRA).
    if len(data) > 10 and data[3] & 0x08:
        pos = 10
        if data[3] & 0x04 and len(data) > 12:
            pos += 2 + int.from_bytes(data[10:12], "little")
        end = data.find(b"\x00", pos, pos + 1024)
        if end > pos:
            return data[pos:end].decode("latin-1")
    return _strip_suffix(f.name, (".gz", ".tgz", ".gzip"))


def _strip_suffix(name: str, suffixes: Sequence[str]) -> str:
    low = name.lower()
    for s in suffixes:
        if low.endswith(s):
            base = name[: -len(s)]
            return base + ".tar" if s.startswith(".t") and s not in (".tar",) else base
    return name + ".out"


def scan_files(files: Sequence[ScanFile], report: ArchiveReport | None) -> list[ScanFile]:
    """The attachments plus the archive members extracted from them (when the archive check ran)."""
    return [*files, *(report.members if report is not None else ())]
