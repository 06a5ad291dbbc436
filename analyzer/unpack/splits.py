"""Split APK sets (`.apks` from bundletool, `.xapk`): the base APK and its splits scanned as one app.

The base APK's entries keep their own names, so every manifest/resource fact is read exactly as in a
plain APK; the entries of every other split appear as `<split path>!/<name>` (feature splits bring
their own `classes*.dex`). Nested APKs are read into memory through the outer zip's limits and then
opened with the same limits, so a bomb inside a split is refused like one outside.
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath

from pinscan.errors import PartError, ScanError
from pinscan.limits import MAX_NESTING, MAX_XAPK_MANIFEST_SIZE, check_size
from pinscan.model import CoverageNote
from pinscan.unpack.files import Files
from pinscan.unpack.safezip import SafeZip, ZipLimits

SEP = "!/"


class SplitSet(Files):
    """A read-only view over an outer zip holding APKs: the base APK's entries under their own names, the
    other splits' entries as `<split>!/<name>`."""

    def __init__(self, outer: SafeZip, base: str, splits: list[str], layout_notes: list[CoverageNote]) -> None:
        self.outer: SafeZip | None = outer
        self.layout_notes = layout_notes  # what reading the set's own metadata (manifest.json) ran into
        self.path = outer.path
        self.duplicates: list[str] = list(outer.duplicates)
        self.unsafe_names: list[tuple[str, str]] = list(outer.unsafe_names)
        self.symlinks: list[str] = list(outer.symlinks)
        self._load(base, splits)

    def _load(self, base: str, splits: list[str]) -> None:
        self.base_name = base
        self.split_names = splits
        self._zips: dict[str, SafeZip] = {}
        self.failed: list[tuple[str, str]] = []  # splits that could not be opened, and why
        self.entries: dict[str, tuple[SafeZip, str]] = {}
        for name in [base, *splits]:
            try:
                inner = self._open(name)
            except (PartError, ScanError) as exc:
                if name == base:
                    raise ScanError(f"{self.path}: the base APK {name} cannot be read: {exc}") from None
                self.failed.append((name, str(exc)))
                continue
            prefix = "" if name == base else name + SEP
            self.duplicates += [prefix + d for d in inner.duplicates]
            self.unsafe_names += [(prefix + n, why) for n, why in inner.unsafe_names]
            self.symlinks += [prefix + n for n in inner.symlinks]
            for entry in inner.names:
                self.entries[prefix + entry] = (inner, entry)
        self.names = [n for n, (z, e) in self.entries.items() if not z.entries[e].is_dir()]

    def _open(self, name: str) -> SafeZip:
        assert self.outer is not None
        z = SafeZip(self.path / name, self.outer.limits, data=self.outer.read(name))
        self._zips[name] = z
        return z

    def __contains__(self, name: str) -> bool:
        hit = self.entries.get(name)
        return hit is not None and hit[1] in hit[0]

    def size(self, name: str) -> int:
        inner, entry = self.entries[name]
        return inner.size(entry)

    def read(self, name: str) -> bytes:
        hit = self.entries.get(name)
        if hit is None:
            raise PartError(f"{name}: no such file in the package")
        return hit[0].read(hit[1])

    def close(self) -> None:
        for z in self._zips.values():
            z.close()
        if self.outer is not None:
            self.outer.close()

    def notes(self) -> list[CoverageNote]:
        out = super().notes() + self.layout_notes
        out.append(CoverageNote(self.base_name, "analysed", "base APK of the split set"))
        out += [CoverageNote(n, "analysed", "split APK, scanned with the base as one app") for n in self.split_names]
        out += [CoverageNote(n, "failed", why) for n, why in self.failed]
        return out


class LooseSplitSet(SplitSet):
    """A base APK and its split APKs as separate files in one folder (as `adb install-multiple` takes them):
    the same view as a split set, the splits named by their file names."""

    def __init__(self, base: Path, splits: list[Path], limits: ZipLimits | None = None) -> None:
        self.outer = None
        self.path = base
        self.folder = base.parent
        self.limits = limits
        self.layout_notes = []
        self.duplicates, self.unsafe_names, self.symlinks = [], [], []
        self._load(base.name, [p.name for p in splits])

    def _open(self, name: str) -> SafeZip:
        z = SafeZip(self.folder / name, self.limits)
        self._zips[name] = z
        return z

    def notes(self) -> list[CoverageNote]:
        out = super().notes()
        return [CoverageNote(c.part, c.status, c.reason.replace("of the split set", "found with its splits"))
                for c in out]


_APKS_SPLIT = re.compile(r"^(splits|standalones)/[^/]+\.apk$")


Layout = tuple[str, list[str], list[CoverageNote]]  # base APK, other splits, notes on how they were found


def find_apks_layout(zf: SafeZip) -> Layout | None:
    """bundletool's `.apks`: splits/base-master.apk + other splits, or standalone APKs only."""
    apks = sorted(n for n in zf.names if _APKS_SPLIT.match(n))
    if not apks or "AndroidManifest.xml" in zf:
        return None
    splits = [n for n in apks if n.startswith("splits/")]
    if "splits/base-master.apk" in splits:
        return "splits/base-master.apk", [n for n in splits if n != "splits/base-master.apk"], []
    standalones = [n for n in apks if n.startswith("standalones/")]
    if standalones:
        # Standalone APKs are whole apps for different devices: scan one, say which.
        return standalones[0], [], []
    return None


def find_xapk_layout(zf: SafeZip) -> Layout | None:
    """`.xapk`: manifest.json plus the APKs at the root; the base is the split with id "base"."""
    if "manifest.json" not in zf or "AndroidManifest.xml" in zf:
        return None
    apks = sorted(n for n in zf.names if "/" not in n and n.endswith(".apk"))
    if not apks:
        return None
    notes: list[CoverageNote] = []
    try:
        check_size("manifest.json", zf.size("manifest.json"), MAX_XAPK_MANIFEST_SIZE, "an .xapk manifest.json")
        meta = load_json(zf.read("manifest.json"))
    except (PartError, ValueError) as exc:
        reason = str(exc).removeprefix("manifest.json: ")
        notes.append(CoverageNote("manifest.json", "failed", f"{reason}; the base APK was chosen by its name"))
        meta = {}
    base = None
    if isinstance(meta, dict):
        for split in meta.get("split_apks") or []:
            if isinstance(split, dict) and split.get("id") == "base" and split.get("file") in apks:
                base = split["file"]
        package = meta.get("package_name")
        if base is None and isinstance(package, str) and f"{package}.apk" in apks:
            base = f"{package}.apk"
    if base is None:
        non_config = [n for n in apks if not PurePosixPath(n).name.startswith(("config.", "split_config."))]
        if len(non_config) != 1:
            return None
        base = non_config[0]
    return base, [n for n in apks if n != base], notes


# A JSON token for the nesting check: a run of other text, a whole string, a run of opening or closing brackets.
_JSON_TOKEN = re.compile(rb'[^"\[\]{}]+|"(?:[^"\\]|\\.)*"|[\[{]+|[\]}]+', re.DOTALL)


def load_json(data: bytes, max_depth: int = MAX_NESTING) -> object:
    """json.loads with a nesting limit checked first, in one linear pass (json's recursive decoder would
    otherwise end in RecursionError). ValueError when the text is not JSON or nests deeper."""
    depth = 0
    pos = 0
    while pos < len(data):
        m = _JSON_TOKEN.match(data, pos)
        if m is None:
            raise ValueError("not valid JSON: a string is never closed")
        first = data[pos]
        if first in b"[{":
            depth += m.end() - pos
            if depth > max_depth:
                raise ValueError(f"JSON nested deeper than {max_depth} levels")
        elif first in b"]}":
            depth -= m.end() - pos
        pos = m.end()
    return json.loads(data)
