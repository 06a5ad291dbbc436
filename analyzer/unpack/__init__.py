"""Recognise a package by its content and open it as an App model.

Formats register a detector and a loader; `open_package` tries them in order. A detector looks at the
path and, for zips, at the entry names of an already opened SafeZip; it never trusts the file name alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pinscan.errors import ScanError
from pinscan.unpack.safezip import SafeZip, ZipLimits

ZipDetector = Callable[[SafeZip], bool]
ZipLoader = Callable[["PackageFile", SafeZip], Any]
DirDetector = Callable[[Path], bool]
DirLoader = Callable[["PackageFile"], Any]


@dataclass(frozen=True)
class PackageFile:
    """The package as given: path, size and SHA-256 of its bytes (a directory has no hash)."""

    path: Path
    size: int
    sha256: str


@dataclass(frozen=True)
class _ZipFormat:
    name: str
    detect: ZipDetector
    load: ZipLoader


@dataclass(frozen=True)
class _DirFormat:
    name: str
    detect: DirDetector
    load: DirLoader


_ZIP_FORMATS: list[_ZipFormat] = []
_DIR_FORMATS: list[_DirFormat] = []


def register_zip_format(name: str, detect: ZipDetector, load: ZipLoader) -> None:
    _ZIP_FORMATS.append(_ZipFormat(name, detect, load))


def register_dir_format(name: str, detect: DirDetector, load: DirLoader) -> None:
    _DIR_FORMATS.append(_DirFormat(name, detect, load))


def hash_file(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fp:
        while chunk := fp.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def _load_formats() -> None:
    # Importing a platform package registers its formats.
    import pinscan.android.app  # noqa: F401

    try:
        import pinscan.ios.app  # noqa: F401
    except ModuleNotFoundError as exc:
        if exc.name not in ("pinscan.ios", "pinscan.ios.app"):
            raise


def is_package_dir(path: Path) -> bool:
    """A directory that is itself one package (an unzipped .app or IPA), as open_package would read it."""
    _load_formats()
    return path.is_dir() and any(fmt.detect(path) for fmt in _DIR_FORMATS)


def open_package(path: str | Path, limits: ZipLimits | None = None):
    """Open `path` as an App model (AndroidApp, IosApp...). Raises ScanError if it cannot be scanned."""
    _load_formats()
    p = Path(path)
    if p.is_dir():
        pkg = PackageFile(p, 0, "")
        for fmt in _DIR_FORMATS:
            if fmt.detect(p):
                return fmt.load(pkg)
        raise ScanError(f"{p}: a directory, but not an app bundle pinscan can read")
    if not p.exists():
        raise ScanError(f"{p}: no such file")
    if not p.is_file():
        raise ScanError(f"{p}: not a regular file")
    try:
        size, digest = hash_file(p)
        with open(p, "rb") as fp:
            magic = fp.read(4)
    except OSError as exc:
        raise ScanError(f"{p}: cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise ScanError(f"{p}: empty file")
    if magic[:2] != b"PK":
        raise ScanError(f"{p}: not an app package (APK, AAB or IPA files are zip archives; this is not one)")
    pkg = PackageFile(p, size, digest)
    zf = SafeZip(p, limits)
    try:
        for fmt in _ZIP_FORMATS:
            if fmt.detect(zf):
                return fmt.load(pkg, zf)
    except BaseException:
        zf.close()
        raise
    zf.close()
    raise ScanError(f"{p}: a zip archive, but not an app package (no AndroidManifest.xml, no Payload/*.app)")
