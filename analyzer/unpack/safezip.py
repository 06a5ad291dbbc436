"""Defensive reading of zip packages (APK, IPA, AAB...).

Nothing is extracted: entry names are only ever dictionary keys, never joined to a file-system path.
Limits are checked on the declared sizes before anything is inflated, and inflation never goes past an
entry's declared size, so a zip bomb is refused in bounded memory.

The central directory and the entries are read here with `struct` and `zlib`, not through `zipfile`:
zipfile refuses a whole archive for one entry's "version needed to extract", raises RuntimeError for an
encrypted entry, LZMAError or NotImplementedError for another compression method, and stops reading at
the declared size (so a size lie shows only as a bad CRC). Here every way one entry can be unreadable
(encryption flags, a compression method other than stored or deflate, an unknown zip version, a
corrupt zip64 field, a local header that disagrees with the central directory, data outside the
archive, a CRC mismatch, a size that lies either way, a name held by several entries) is one
`EntryError` naming the entry, raised when that entry is read; the rest of the package stays readable.
Names are decoded as zipfile does (UTF-8 with flag bit 11, else CP437), so results do not change.
"""

from __future__ import annotations

import io
import stat
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from pinscan.errors import PartError, ScanError
from pinscan.limits import check_deadline

_EOCD_SIG = b"PK\x05\x06"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD_SIG = b"PK\x06\x06"
_CENTRAL_SIG = b"PK\x01\x02"
_LOCAL_SIG = b"PK\x03\x04"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # 46 bytes
_LOCAL = struct.Struct("<4s5H3L2H")  # 30 bytes
_CHUNK = 1 << 16

STORED, DEFLATED = 0, 8
_METHODS = {1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce", 6: "implode", 9: "deflate64",
            10: "PKWARE implode", 12: "bzip2", 14: "LZMA", 18: "IBM TERSE", 19: "IBM LZ77", 93: "Zstandard",
            94: "MP3", 95: "XZ", 96: "JPEG", 97: "WavPack", 98: "PPMd", 99: "AES encryption"}
_MAX_EXTRACT_VERSION = 63  # zip specification 6.3, the last one
_FLAG_ENCRYPTED = 0x0001
_FLAG_PATCHED = 0x0020
_FLAG_STRONG_ENCRYPTION = 0x0040
_FLAG_UTF8 = 0x0800


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 200_000
    max_entry_size: int = 1 << 30  # 1 GiB inflated, one entry
    max_total_size: int = 8 << 30  # 8 GiB inflated, all entries as declared
    max_ratio: int = 200  # inflated / compressed, checked for entries above ratio_floor
    ratio_floor: int = 16 << 20


class ZipBombError(ScanError):
    pass


class EntryError(PartError):
    """One zip entry cannot be read; `why` says how. The other entries still can."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(f"{name}: {why}")
        self.name = name
        self.why = why


@dataclass(frozen=True, slots=True)
class ZipEntry:
    """One central-directory record. `problem` is set when the record alone shows the entry unreadable."""

    name: str
    raw_name: bytes
    header_offset: int
    method: int
    flags: int
    crc: int
    compress_size: int
    file_size: int
    extract_version: int
    external_attr: int
    problem: str | None = None

    def is_dir(self) -> bool:
        return self.name.endswith("/")


@dataclass(frozen=True)
class _EndRecord:
    count: int
    cd_offset: int  # where the central directory starts in the file
    cd_size: int
    shift: int  # bytes prepended to the archive, which every recorded offset is relative to


def _end_record(fp, path: Path) -> _EndRecord | None:
    """The end-of-central-directory record (zip64 when present), read before any entry is listed (a forged
    count of millions would otherwise cost gigabytes before the limit is checked)."""
    fp.seek(0, 2)
    size = fp.tell()
    tail_len = min(size, 22 + 0xFFFF)
    fp.seek(size - tail_len)
    tail = fp.read(tail_len)
    pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or pos + 22 > len(tail):
        return None
    eocd_at = size - tail_len + pos
    count, cd_size, cd_offset = struct.unpack_from("<HLL", tail, pos + 10)
    loc = pos - 20
    zip64 = loc >= 0 and tail[loc : loc + 4] == _ZIP64_LOCATOR_SIG
    if zip64:
        eocd64_off = struct.unpack_from("<Q", tail, loc + 8)[0]
        if eocd64_off + 56 > size:
            return None
        fp.seek(eocd64_off)
        rec = fp.read(56)
        if rec[:4] != _ZIP64_EOCD_SIG:
            return None
        count, cd_size, cd_offset = struct.unpack_from("<QQQ", rec, 32)
        eocd_at -= 56 + 20
    # Bytes prepended to the archive shift every offset by the same amount (zipfile's "concat").
    concat = eocd_at - cd_size - cd_offset
    if concat < 0:
        raise ScanError(f"{path}: corrupt zip: the central directory ({cd_size} bytes at offset {cd_offset}) "
                        "overlaps its end record")
    return _EndRecord(count, cd_offset + concat, cd_size, concat)


def _zip64_sizes(extra: bytes, usize: int, csize: int, offset: int) -> tuple[int, int, int, str | None]:
    """Sizes and offset from the zip64 extra field for those recorded as 0xFFFFFFFF."""
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        if pos + 4 + length > len(extra):
            return 0, 0, 0, "its extra field is corrupt"
        if tag == 0x0001:
            data = extra[pos + 4 : pos + 4 + length]
            values = [usize, csize, offset]
            k = 0
            for i in range(3):
                if values[i] == 0xFFFFFFFF:
                    if k + 8 > len(data):
                        return 0, 0, 0, "its zip64 extra field is corrupt"
                    values[i] = struct.unpack_from("<Q", data, k)[0]
                    k += 8
            return values[0], values[1], values[2], None
        pos += 4 + length
    return usize, csize, offset, None


def _record_problem(flags: int, method: int, extract_version: int) -> str | None:
    if flags & _FLAG_ENCRYPTED:
        return "zip entry is marked encrypted (general-purpose flag bit 0): encrypted entries are not read"
    if flags & _FLAG_STRONG_ENCRYPTION:
        return "zip entry uses strong encryption (flag bit 6): not read"
    if flags & _FLAG_PATCHED:
        return "zip entry holds patched data (flag bit 5): not read"
    if method not in (STORED, DEFLATED):
        name = _METHODS.get(method, "unknown")
        return (f"zip entry uses compression method {method} ({name}); app packages use only stored (0) "
                "or deflate (8): not read")
    if extract_version > _MAX_EXTRACT_VERSION:
        return (f"zip entry needs zip version {extract_version / 10:.1f} to extract (the last zip specification "
                "is 6.3): not read")
    return None


class SafeZip:
    """A read-only view of a zip file with limits. Use as a context manager or call close()."""

    def __init__(self, path: Path, limits: ZipLimits | None = None, data: bytes | None = None) -> None:
        """Open the zip at `path`, or the in-memory zip `data` (a package nested in another, named `path`)."""
        self.path = Path(path)
        self.limits = limits or ZipLimits()
        if data is not None:
            self._fp = io.BytesIO(data)
        else:
            try:
                self._fp = open(self.path, "rb")  # noqa: SIM115 - kept open for the zip's lifetime
            except OSError as exc:
                raise ScanError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        try:
            self._open()
        except BaseException:
            self._fp.close()
            raise

    def _open(self) -> None:
        end = _end_record(self._fp, self.path)
        if end is None:
            raise ScanError(f"{self.path}: not a zip file or truncated (no end of central directory)")
        if end.count > self.limits.max_entries:
            raise ZipBombError(f"{self.path}: refused: {end.count} zip entries (limit {self.limits.max_entries})")
        self._data_end = end.cd_offset  # entries' data lies before the central directory
        self._fp.seek(end.cd_offset)
        cd = self._fp.read(end.cd_size)
        if len(cd) != end.cd_size:
            raise ScanError(f"{self.path}: corrupt or truncated zip: the central directory runs past the end")

        self.entries: dict[str, ZipEntry] = {}
        self.duplicates: list[str] = []
        self.unsafe_names: list[tuple[str, str]] = []
        self.symlinks: list[str] = []
        total = 0
        count = 0
        pos = 0
        while pos + _CENTRAL.size <= len(cd):
            (sig, _create_version, _create_system, extract_version, _reserved, flags, method, _time, _date, crc,
             csize, usize, name_len, extra_len, comment_len, _disk, _iattr, eattr,
             offset) = _CENTRAL.unpack_from(cd, pos)
            if sig != _CENTRAL_SIG:
                raise ScanError(f"{self.path}: corrupt or truncated zip: bad central directory record at "
                                f"offset {end.cd_offset + pos}")
            count += 1
            if count > self.limits.max_entries:
                raise ZipBombError(f"{self.path}: refused: more than {self.limits.max_entries} zip entries")
            start = pos + _CENTRAL.size
            raw = cd[start : start + name_len]
            extra = cd[start + name_len : start + name_len + extra_len]
            pos = start + name_len + extra_len + comment_len
            if pos > len(cd):
                raise ScanError(f"{self.path}: corrupt or truncated zip: central directory record {count} "
                                "runs past the directory's end")
            name, bad_utf8 = _decode_name(raw, flags)
            usize, csize, offset, extra_problem = _zip64_sizes(extra, usize, csize, offset)
            problem = _record_problem(flags, method, extract_version) or (
                f"zip entry's {extra_problem}: not read" if extra_problem else None)
            entry = ZipEntry(name, raw, offset + end.shift, method, flags, crc, csize, usize, extract_version, eattr,
                             problem)
            total += usize
            self._check_size(entry)
            reason = "invalid UTF-8 in name" if bad_utf8 else _unsafe_name_reason(name)
            if reason:
                self.unsafe_names.append((name, reason))
            if not name:
                continue  # nothing can ask for it by name: listed as hostile, never read
            if stat.S_ISLNK(eattr >> 16):
                self.symlinks.append(name)
                continue  # never followed, never read as content
            if name in self.entries:
                self.duplicates.append(name)
                continue
            self.entries[name] = entry
        if total > self.limits.max_total_size:
            raise ZipBombError(
                f"{self.path}: refused: entries inflate to {total} bytes in all (limit {self.limits.max_total_size})"
            )
        self._duplicated = set(self.duplicates)

    def _check_size(self, e: ZipEntry) -> None:
        if e.file_size > self.limits.max_entry_size:
            raise ZipBombError(f"{self.path}: refused: entry {e.name!r} inflates to {e.file_size} bytes "
                               f"(limit {self.limits.max_entry_size})")
        if e.file_size > self.limits.ratio_floor and e.file_size > self.limits.max_ratio * max(e.compress_size, 1):
            raise ZipBombError(f"{self.path}: refused: entry {e.name!r} has compression ratio "
                               f"{e.file_size // max(e.compress_size, 1)}:1 (limit {self.limits.max_ratio}:1)")

    def close(self) -> None:
        self._fp.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def names(self) -> list[str]:
        return list(self.entries)

    def __contains__(self, name: str) -> bool:
        return name in self.entries and not self.entries[name].is_dir()

    def size(self, name: str) -> int:
        return self.entries[name].file_size

    def read(self, name: str) -> bytes:
        """Inflate one entry, never past its declared size. EntryError when it cannot be read."""
        e = self.entries.get(name)
        if e is None or e.is_dir():
            raise PartError(f"{name}: no such file in the package")
        if name in self._duplicated:
            n = 1 + self.duplicates.count(name)
            raise EntryError(name, f"the package holds {n} zip entries with this name; tools and devices may "
                                   "disagree on which one counts, so none is read")
        if e.problem:
            raise EntryError(name, e.problem)
        start = self._data_start(e)
        if start + e.compress_size > self._data_end:
            raise EntryError(name, f"zip entry's data ({e.compress_size} bytes at offset {start}) runs past the "
                                   "end of the entries")
        if e.method == STORED:
            if e.compress_size != e.file_size:
                raise EntryError(name, f"stored zip entry declares {e.file_size} bytes of content in "
                                       f"{e.compress_size} stored bytes")
            data = self._stored(e, start)
        else:
            data = self._inflate(e, start)
        crc = zlib.crc32(data)
        if crc != e.crc:
            raise EntryError(name, f"zip entry fails its CRC-32 check ({crc:#010x}, declared {e.crc:#010x}): "
                                   "corrupt or altered")
        return data

    def _data_start(self, e: ZipEntry) -> int:
        self._fp.seek(e.header_offset)
        hdr = self._fp.read(_LOCAL.size)
        if len(hdr) < _LOCAL.size or hdr[:4] != _LOCAL_SIG:
            raise EntryError(e.name, f"zip entry's local header at offset {e.header_offset} is missing or corrupt")
        _sig, _version, flags, _method, _time, _date, _crc, _csize, _usize, name_len, extra_len = _LOCAL.unpack(hdr)
        local_name = self._fp.read(name_len)
        if local_name != e.raw_name:
            shown = local_name.decode("utf-8", "replace")
            raise EntryError(e.name, f"zip entry's local header names {shown!r}: it disagrees with the central "
                                     "directory")
        if flags & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
            raise EntryError(e.name, "zip entry's local header marks it encrypted: not read")
        return e.header_offset + _LOCAL.size + name_len + extra_len

    def _stored(self, e: ZipEntry, start: int) -> bytes:
        self._fp.seek(start)
        chunks: list[bytes] = []
        left = e.compress_size
        while left:
            check_deadline()
            chunk = self._fp.read(min(_CHUNK, left))
            if not chunk:
                raise EntryError(e.name, "zip entry is truncated")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def _inflate(self, e: ZipEntry, start: int) -> bytes:
        self._fp.seek(start)
        inflater = zlib.decompressobj(-15)
        limit = e.file_size
        chunks: list[bytes] = []
        got = 0
        left = e.compress_size
        pending = b""
        try:
            while not inflater.eof:
                check_deadline()
                if not pending:
                    if not left:
                        raise EntryError(e.name, f"zip entry's deflate data ends early ({e.compress_size} "
                                                 "compressed bytes declared): truncated or a size lie")
                    pending = self._fp.read(min(_CHUNK, left))
                    if not pending:
                        raise EntryError(e.name, "zip entry is truncated")
                    left -= len(pending)
                # One byte more than the declared size shows an entry that inflates further.
                piece = inflater.decompress(pending, limit - got + 1)
                pending = inflater.unconsumed_tail
                got += len(piece)
                if got > limit:
                    raise EntryError(e.name, f"zip entry inflates past its declared size of {limit} bytes "
                                             "(a size lie): not read")
                chunks.append(piece)
        except zlib.error as exc:
            raise EntryError(e.name, f"zip entry's deflate data is corrupt: {exc}") from None
        if got != limit:
            raise EntryError(e.name, f"zip entry inflates to {got} bytes, its declared size is {limit} "
                                     "(a size lie): not read")
        return b"".join(chunks)


def _decode_name(raw: bytes, flags: int) -> tuple[str, bool]:
    """(name, whether it claimed UTF-8 but is not): UTF-8 when flag bit 11 says so, else CP437, as zipfile."""
    if flags & _FLAG_UTF8:
        try:
            return raw.decode("utf-8"), False
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace"), True
    return raw.decode("cp437"), False


def _unsafe_name_reason(name: str) -> str | None:
    if not name:
        return "empty name"
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute path"
    parts = name.replace("\\", "/").split("/")
    if ".." in parts:
        return "parent-directory component"
    if "\x00" in name:
        return "NUL byte in name"
    return None
