"""Map a finding's location inside the package back to the user's source tree (`--source-root DIR`).

- Resources and the manifest keep their path under `res/` and the line aapt recorded from the source
  XML, so the file whose path ends the same way (`.../res/xml/nsc.xml`) and the same line are used.
- Java/Kotlin code: the class's package path plus the DEX `SourceFile` name (`com/a/Pinning.kt`), and
  the line from the DEX debug info.
- Info.plist keys: the source plist is searched for the key path, key by key, to find the line.

Anything that cannot be matched keeps its path inside the package. Nothing here reads the package.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from pinscan.model import Location

# Folders that never hold the sources a package was built from (or are too large to walk for nothing).
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".gradle", ".idea", "node_modules", "build", "Pods",
                        "DerivedData", ".cache", "__pycache__", ".venv", "venv"})
_MAX_FILES = 200_000  # a bound on the walk; a source tree larger than this maps what it indexed
_CODE_SUFFIXES = (".java", ".kt")
_TYPE_RE = re.compile(r"^L([^;]+);")


@dataclass(frozen=True)
class SourceLocation:
    path: Path  # absolute
    line: int | None


class SourceIndex:
    """Files under one source root, indexed by file name."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.truncated = False
        self._by_name: dict[str, list[str]] = {}
        count = 0
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
            rel_dir = Path(dirpath).relative_to(self.root).as_posix()
            for name in sorted(filenames):
                count += 1
                if count > _MAX_FILES:
                    self.truncated = True
                    return
                rel = name if rel_dir == "." else f"{rel_dir}/{name}"
                self._by_name.setdefault(name, []).append(rel)

    def find_suffix(self, suffix: str) -> str | None:
        """The file whose relative path ends with `suffix` (whole path components); ties prefer a
        `main` source set, then the shortest path, then the first in sort order."""
        name = suffix.rsplit("/", 1)[-1]
        hits = [p for p in self._by_name.get(name, ()) if p == suffix or p.endswith("/" + suffix)]
        if not hits:
            return None
        hits.sort(key=lambda p: ("/main/" not in f"/{p}", len(p), p))
        return hits[0]

    def map(self, loc: Location) -> SourceLocation | None:
        if loc.kind in ("class", "method") and loc.logical:
            return self._map_code(loc)
        if not loc.path:
            return None
        if loc.kind == "plist-key" or loc.path.endswith(".plist"):
            return self._map_plist(loc)
        if loc.path.endswith(".xml"):
            # Resources keep their folder (`res/xml/x.xml`); compiled qualifiers such as `-v4` are
            # added by aapt only to the packaged name, so also try without them.
            for candidate in _xml_candidates(loc.path):
                rel = self.find_suffix(candidate)
                if rel:
                    return SourceLocation(self.root / rel, loc.line)
        return None

    def _map_code(self, loc: Location) -> SourceLocation | None:
        m = _TYPE_RE.match(loc.logical or "")
        if not m:
            return None
        internal = m.group(1)
        package, _, cls = internal.rpartition("/")
        names = []
        if loc.source_file:
            names.append(loc.source_file)
        outer = cls.split("$", 1)[0]
        names += [outer + s for s in _CODE_SUFFIXES]
        for name in dict.fromkeys(names):
            rel = self.find_suffix(f"{package}/{name}" if package else name)
            if rel:
                return SourceLocation(self.root / rel, loc.line)
        return None

    def _map_plist(self, loc: Location) -> SourceLocation | None:
        rel = self.find_suffix("Info.plist") if (loc.path or "").endswith("Info.plist") else None
        if rel is None:
            return None
        path = self.root / rel
        line = None
        if loc.logical:
            line = plist_key_line(path, loc.logical)
        return SourceLocation(path, line)


def _xml_candidates(path: str) -> list[str]:
    out = [path]
    parts = path.split("/")
    if len(parts) >= 3 and parts[0] == "res":
        plain = re.sub(r"-v\d+$", "", parts[1])
        if plain != parts[1]:
            out.append("/".join(["res", plain, *parts[2:]]))
    return out


_KEY_RE = re.compile(r"<key>\s*([^<]*?)\s*</key>")


def plist_key_line(path: Path, key_path: str) -> int | None:
    """Line of the last key of `key_path` (keys joined by `/` or `:`) in an XML plist source: each key
    is searched after the line where the previous one was found. None if any key is missing or the
    file is not a text plist."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    keys = [k for k in re.split(r"[/:]", key_path) if k and not k.isdigit()]
    if not keys:
        return None
    lines = text.splitlines()
    start = 0
    found = None
    for key in keys:
        found = None
        for i in range(start, len(lines)):
            if any(m.group(1) == key for m in _KEY_RE.finditer(lines[i])):
                found = i
                break
        if found is None:
            return None
        start = found + 1
    return None if found is None else found + 1
