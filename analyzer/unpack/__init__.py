"""Recognise a package by its content and open it: the first stage.

`open_package` returns a Package: the file as given, its format and platform (from the table in
`formats.py`), the file layer its App model reads through (`files.py`: a zip, a split set or a folder,
never extracted) and what the unpacker noticed (duplicate entries, hostile names, symbolic links,
splits that could not be read). `pinscan.scan` turns a Package into an App model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pinscan.errors import ScanError
from pinscan.model import LAYOUT_PART, CoverageNote
from pinscan.unpack.files import DirFiles, Files, ZipFiles
from pinscan.unpack.formats import ZIP_FORMATS, app_dir, app_root_in_zip, layout_problem, other_apps
from pinscan.unpack.safezip import SafeZip, ZipLimits
from pinscan.unpack.splits import LooseSplitSet, SplitSet, find_apks_layout, find_xapk_layout


@dataclass(frozen=True)
class PackageFile:
    """The package as given: path, size and SHA-256 of its bytes (a directory has no hash)."""

    path: Path
    size: int
    sha256: str


@dataclass
class Package:
    file: PackageFile
    format: str  # apk | aab | apks | xapk | apk-set (loose base + split APKs) | ipa | app
    platform: str  # android | ios
    files: Files
    root: str = ""  # iOS: the .app folder inside the package ("Payload/X.app/")
    notes: list[CoverageNote] = field(default_factory=list)

    def close(self) -> None:
        self.files.close()


def hash_file(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fp:
        while chunk := fp.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def is_package_dir(path: Path) -> bool:
    """A directory that is itself one package (an unzipped .app or IPA), as open_package would read it."""
    return path.is_dir() and app_dir(path) is not None


def _ios_notes(names: list[str], root: str, is_zip: bool = True) -> list[CoverageNote]:
    out = []
    problem = layout_problem(root, is_zip)
    if problem:
        out.append(CoverageNote(LAYOUT_PART, "warning", problem))
    others = other_apps(names, root)
    if others:
        out.append(CoverageNote("Payload/", "warning", f"more than one app in Payload/; analysed "
                                f"{root.split('/')[-2]}, not {', '.join(others)}"))
    return out


def _open_dir(p: Path) -> Package:
    found = app_dir(p)
    if found is None:
        raise ScanError(f"{p}: a directory, but not an app bundle pinscan can read")
    walk_root, prefix, root = found
    files = DirFiles(walk_root, prefix)
    return Package(PackageFile(p, 0, ""), "app", "ios", files, root,
                   files.notes() + _ios_notes(files.names, root, is_zip=False))


def _open_zip(pkg: PackageFile, zf: SafeZip) -> Package:
    for fmt in ZIP_FORMATS:
        if not fmt.detect(zf):
            continue
        if fmt.name in ("apks", "xapk"):
            base, splits, layout_notes = (find_apks_layout if fmt.name == "apks" else find_xapk_layout)(zf)
            files: Files = SplitSet(zf, base, splits, layout_notes)
            return Package(pkg, fmt.name, fmt.platform, files, notes=files.notes())
        files = ZipFiles(zf)
        if fmt.platform == "ios":
            root = app_root_in_zip(zf.names)
            if root is None:
                raise ScanError(f"{pkg.path}: an IPA without an app: Payload/ holds no .app bundle")
            return Package(pkg, fmt.name, fmt.platform, files, root, files.notes() + _ios_notes(zf.names, root))
        return Package(pkg, fmt.name, fmt.platform, files, notes=files.notes())
    raise ScanError(f"{pkg.path}: a zip archive, but not an app package (no AndroidManifest.xml, no Payload/*.app)")


def open_split_files(base: str | Path, splits: list[str | Path], limits: ZipLimits | None = None) -> Package:
    """A base APK and its split APKs, separate files found together, opened as one app (format `apk-set`).
    The package's identity is the base APK's file; the splits are listed in the result. Raises ScanError."""
    base = Path(base)
    try:
        size, digest = hash_file(base)
    except OSError as exc:
        raise ScanError(f"{base}: cannot read: {exc.strerror or exc}") from None
    files = LooseSplitSet(base, [Path(p) for p in splits], limits)
    return Package(PackageFile(base, size, digest), "apk-set", "android", files, notes=files.notes())


def open_package(path: str | Path, limits: ZipLimits | None = None) -> Package:
    """Open `path` (a package file or an app folder). Raises ScanError if it cannot be scanned."""
    p = Path(path)
    if p.is_dir():
        return _open_dir(p)
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
    zf = SafeZip(p, limits)
    try:
        return _open_zip(PackageFile(p, size, digest), zf)
    except BaseException:
        zf.close()
        raise
