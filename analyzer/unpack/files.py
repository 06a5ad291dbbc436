"""The file layer every App model reads through: entry names and bytes, from a zip, a split set or a
directory. Names always use '/' and are relative to the package root; nothing is ever extracted,
written or executed, and symbolic links are listed, never followed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pinscan.errors import PartError, ScanError
from pinscan.limits import check_size
from pinscan.model import CoverageNote
from pinscan.unpack.safezip import SafeZip

MAX_DIR_ENTRIES = 200_000
MAX_DIR_FILE = 1 << 30


class Files:
    """Read-only access to a package's files, with what the unpacker saw that a reviewer should know."""

    path: Path
    names: list[str]  # regular files only
    duplicates: list[str]
    unsafe_names: list[tuple[str, str]]  # (name, why it is hostile)
    symlinks: list[str]
    link_where = "package"  # "the package" (an archive) or "the bundle" (a folder), for notes

    def __contains__(self, name: str) -> bool:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def read_part(self, name: str, limit: int, what: str) -> bytes:
        """read(name), refused (BudgetExceeded) when its declared size is over `limit`, before inflating."""
        if name in self:
            check_size(name, self.size(name), limit, what)
        return self.read(name)

    def close(self) -> None:
        pass

    def notes(self) -> list[CoverageNote]:
        """Duplicate entries, hostile names and symbolic links, as coverage notes."""
        out = [CoverageNote(name, "warning", "duplicate zip entry: none of the copies is read, since tools and "
                                             "devices may disagree on which one counts")
               for name in sorted(set(self.duplicates))]
        out += [CoverageNote(name or "(empty name)", "warning", f"hostile entry name ({reason}): never extracted")
                for name, reason in self.unsafe_names]
        out += [CoverageNote(name, "skipped", f"symbolic link in the {self.link_where}: not followed")
                for name in self.symlinks]
        return out


class ZipFiles(Files):
    def __init__(self, zf: SafeZip) -> None:
        self.zip = zf
        self.path = zf.path
        self.names = [n for n in zf.names if not zf.entries[n].is_dir()]
        self.duplicates = zf.duplicates
        self.unsafe_names = zf.unsafe_names
        self.symlinks = zf.symlinks

    def __contains__(self, name: str) -> bool:
        return name in self.zip

    def read(self, name: str) -> bytes:
        return self.zip.read(name)

    def size(self, name: str) -> int:
        return self.zip.size(name)

    def close(self) -> None:
        self.zip.close()


class DirFiles(Files):
    """A directory walked without following symbolic links; links are listed, never read."""

    link_where = "bundle"

    def __init__(self, root: Path, prefix: str) -> None:
        self.root = root
        self.path = root
        self.prefix = prefix  # name of `root` inside the package, e.g. "App.app/" or ""
        self.names: list[str] = []
        self.duplicates = []
        self.unsafe_names = []
        self.symlinks: list[str] = []
        self._sizes: dict[str, int] = {}
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            rel = Path(dirpath).relative_to(root).as_posix()
            base = "" if rel == "." else rel + "/"
            for d in list(dirnames):
                if (Path(dirpath) / d).is_symlink():
                    self.symlinks.append(prefix + base + d)
                    dirnames.remove(d)
            for f in filenames:
                st = os.lstat(Path(dirpath) / f)
                name = prefix + base + f
                if stat.S_ISLNK(st.st_mode):
                    self.symlinks.append(name)
                elif stat.S_ISREG(st.st_mode):
                    self.names.append(name)
                    self._sizes[name] = st.st_size
                if len(self.names) > MAX_DIR_ENTRIES:
                    raise ScanError(f"{root}: refused: more than {MAX_DIR_ENTRIES} files")
        self.names.sort()
        self.symlinks.sort()

    def __contains__(self, name: str) -> bool:
        return name in self._sizes

    def size(self, name: str) -> int:
        return self._sizes[name]

    def read(self, name: str) -> bytes:
        if name not in self._sizes:
            raise PartError(f"{name}: no such file in the bundle")
        if self._sizes[name] > MAX_DIR_FILE:
            raise PartError(f"{name}: {self._sizes[name]} bytes, over the {MAX_DIR_FILE}-byte limit")
        path = self.root / name.removeprefix(self.prefix)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError as exc:
            raise PartError(f"{name}: cannot read: {exc.strerror or exc}") from None
        with os.fdopen(fd, "rb") as fp:
            return fp.read(self._sizes[name] + 1)[: self._sizes[name]]
