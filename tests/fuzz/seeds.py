"""Seed inputs for each fuzz target, taken from the bundled samples (and the hostile reproducers): the
packages themselves, and the parts inside them each parser reads. Written into a corpus folder the fuzzer
then grows; nothing is committed but the code that finds them."""

from __future__ import annotations

import contextlib
import hashlib
import io
import plistlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
HOSTILE = ROOT / "tests" / "hostile"
_PACKAGES = (".apk", ".aab", ".apks", ".xapk", ".ipa")
_CERTS = (".pem", ".cer", ".crt", ".der", ".bks", ".p12", ".pfx", ".cert")
_MACHO_MAGIC = (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
MAX_SEED = 1 << 20


def packages() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*/*") if p.suffix in _PACKAGES and p.is_file())


def _entries(data: bytes, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every entry of a zip, nested APKs (split sets) included."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                if info.is_dir():
                    continue
                body = z.read(info)
                yield prefix + info.filename, body
                if info.filename.endswith(".apk"):
                    yield from _entries(body, prefix + info.filename + "!/")
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError):
        return


def _part_of(name: str, body: bytes) -> list[str]:
    """The targets a package entry seeds."""
    base = name.rsplit("!/", 1)[-1]
    low = base.lower()
    out = []
    if base == "AndroidManifest.xml" or (low.startswith("res/") and low.endswith(".xml")):
        out.append("axml")
        if "network_security" in low or "/xml/" in low:
            out.append("nsc")
    if base == "resources.arsc":
        out.append("arsc")
    if low.endswith(".dex"):
        out.append("dex")
    if base.startswith("base/") and (low.endswith(".xml") or low.endswith(".pb")):
        out.append("proto")
    if low.endswith("info.plist"):
        out.append("plist")
    if body[:4] in _MACHO_MAGIC:
        out.append("macho")
    if low.endswith(_CERTS):
        out.append("certs")
    return out


def seeds(target: str) -> list[bytes]:
    """Distinct seed inputs for `target`, in a fixed order."""
    found: dict[str, bytes] = {}

    def add(data: bytes) -> None:
        if 0 < len(data) <= MAX_SEED:
            found.setdefault(hashlib.sha256(data).hexdigest(), data)

    pkgs = packages()
    if target in ("zip", "package"):
        for p in pkgs:
            add(p.read_bytes())
        for p in sorted(HOSTILE.glob("*")) if HOSTILE.is_dir() else []:
            if p.suffix in _PACKAGES:
                add(p.read_bytes())
    for p in pkgs:
        for name, body in _entries(p.read_bytes()):
            if target in _part_of(name, body):
                add(body)
                if target == "plist":  # the binary form too: the format with object references
                    with contextlib.suppress(Exception):  # one plistlib cannot rewrite keeps its XML seed only
                        add(plistlib.dumps(plistlib.loads(body), fmt=plistlib.FMT_BINARY))
    if target in ("nsc", "axml"):
        for src in sorted(SAMPLES.glob("android/*/res/xml/*.xml")):  # the text XML sources
            add(src.read_bytes())
    if target == "certs":
        for src in sorted(SAMPLES.rglob("*")):
            if src.is_file() and src.suffix.lower() in _CERTS:
                add(src.read_bytes())
    return [found[k] for k in sorted(found)]


def write_corpus(target: str, folder: Path, limit: int | None = None) -> int:
    """Write the seeds of `target` into `folder` (kept: a corpus the fuzzer grew is kept too); with `limit`,
    only that many, the smallest first (a quick smoke run)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = seeds(target)
    if limit is not None:
        items = sorted(items, key=lambda d: (len(d), d))[:limit]
    for data in items:
        (folder / ("seed-" + hashlib.sha256(data).hexdigest()[:16])).write_bytes(data)
    return len(items)
