"""Defensive reading of zip packages (APK, IPA, AAB...).

Nothing is extracted: entry names are only ever dictionary keys, never joined to a file-system path.
Limits are checked on the declared sizes before anything is inflated, and again while inflating
(declared sizes can lie), so a zip bomb is refused in bounded memory.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from pinscan.errors import PartError, ScanError

_EOCD_SIG = b"PK\x05\x06"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD_SIG = b"PK\x06\x06"
_CHUNK = 1 << 16


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 200_000
    max_entry_size: int = 1 << 30  # 1 GiB inflated, one entry
    max_total_size: int = 8 << 30  # 8 GiB inflated, all entries as declared
    max_ratio: int = 200  # inflated / compressed, checked for entries above ratio_floor
    ratio_floor: int = 16 << 20


class ZipBombError(ScanError):
    pass


def _declared_entry_count(fp) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile builds its list
    (a forged count of millions would otherwise cost gigabytes of ZipInfo objects)."""
    fp.seek(0, 2)
    size = fp.tell()
    tail_len = min(size, 22 + 0xFFFF)
    fp.seek(size - tail_len)
    tail = fp.read(tail_len)
    pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or pos + 22 > len(tail):
        return None
    count = struct.unpack_from("<H", tail, pos + 10)[0]
    if count != 0xFFFF:
        return count
    loc = pos - 20
    if loc < 0 or tail[loc : loc + 4] != _ZIP64_LOCATOR_SIG:
        return count
    eocd64_off = struct.unpack_from("<Q", tail, loc + 8)[0]
    if eocd64_off + 56 > size:
        return None
    fp.seek(eocd64_off)
    rec = fp.read(56)
    if rec[:4] != _ZIP64_EOCD_SIG:
        return None
    return struct.unpack_from("<Q", rec, 32)[0]


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
        count = _declared_entry_count(self._fp)
        if count is None:
            raise ScanError(f"{self.path}: not a zip file or truncated (no end of central directory)")
        if count > self.limits.max_entries:
            raise ZipBombError(
                f"{self.path}: refused: {count} zip entries (limit {self.limits.max_entries})"
            )
        self._fp.seek(0)
        try:
            self._zip = zipfile.ZipFile(self._fp)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error) as exc:
            raise ScanError(f"{self.path}: corrupt or truncated zip: {exc}") from None
        if len(infos) > self.limits.max_entries:
            raise ZipBombError(f"{self.path}: refused: {len(infos)} zip entries (limit {self.limits.max_entries})")

        self.entries: dict[str, zipfile.ZipInfo] = {}
        self.duplicates: list[str] = []
        self.unsafe_names: list[tuple[str, str]] = []
        self.symlinks: list[str] = []
        total = 0
        for info in infos:
            name = info.filename
            total += info.file_size
            if info.file_size > self.limits.max_entry_size:
                raise ZipBombError(
                    f"{self.path}: refused: entry {name!r} inflates to {info.file_size} bytes "
                    f"(limit {self.limits.max_entry_size})"
                )
            if (
                info.file_size > self.limits.ratio_floor
                and info.file_size > self.limits.max_ratio * max(info.compress_size, 1)
            ):
                raise ZipBombError(
                    f"{self.path}: refused: entry {name!r} has compression ratio "
                    f"{info.file_size // max(info.compress_size, 1)}:1 (limit {self.limits.max_ratio}:1)"
                )
            reason = _unsafe_name_reason(name)
            if reason:
                self.unsafe_names.append((name, reason))
            if stat.S_ISLNK(info.external_attr >> 16):
                self.symlinks.append(name)
                continue  # never followed, never read as content
            if name in self.entries:
                self.duplicates.append(name)
                continue  # the first entry wins, as in the central directory order
            self.entries[name] = info
        if total > self.limits.max_total_size:
            raise ZipBombError(
                f"{self.path}: refused: entries inflate to {total} bytes in all (limit {self.limits.max_total_size})"
            )

    def close(self) -> None:
        self._zip.close()
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
        """Inflate one entry, never past its declared size (a lying header is hostile: refused)."""
        info = self.entries.get(name)
        if info is None or info.is_dir():
            raise PartError(f"{name}: no such file in the package")
        limit = info.file_size
        chunks: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    # Read one byte past the declared size to detect an entry that inflates further.
                    chunk = stream.read(min(_CHUNK, limit - got + 1))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > limit:
                        raise ZipBombError(
                            f"{self.path}: refused: entry {name!r} inflates past its declared size {limit}"
                        )
                    chunks.append(chunk)
        except ZipBombError:
            raise
        except NotImplementedError as exc:
            raise PartError(f"{name}: unsupported zip compression: {exc}") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error) as exc:
            raise PartError(f"{name}: corrupt zip entry: {exc}") from None
        return b"".join(chunks)


def _unsafe_name_reason(name: str) -> str | None:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute path"
    parts = name.replace("\\", "/").split("/")
    if ".." in parts:
        return "parent-directory component"
    if "\x00" in name:
        return "NUL byte in name"
    return None
