"""Result cache (`--cache DIR`): rescanning an unchanged package costs one SHA-256 of the file.

The key is everything that can change a scan's result:
- the package's bytes (SHA-256);
- pinscan's version, and a digest of the source of pinscan and of every module that defines a rule
  (an editable install or a rule pack changes behaviour without changing a version number);
- the versions of the libraries that parse packages (LIEF, cryptography, lxml);
- the rules that run, by ID and module (installing or removing a rule pack changes the set);
- every field of ScanOptions (`as_of`, `expiry_warning_days`, and any option added later).
The gate policy, baseline, `--exclude-libraries` and `--timestamp` are applied to the result after the
cache, so they are not in the key: one entry serves every policy.

An entry is the scan's JSON result (read back with `result_from_json`), written to a temporary file in
the same folder and renamed into place, so a reader never sees half an entry. An entry that does not
read back as a pinscan result is ignored, and rewritten after the scan. Nothing is written outside DIR.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from pinscan import __version__
from pinscan.errors import ScanError
from pinscan.model import ScanResult, result_from_json
from pinscan.rule import ScanOptions, all_rules
from pinscan.unpack import hash_file

_FORMAT = "pinscan-cache-v1"
_PARSERS = ("lief", "cryptography", "lxml")


def package_sha256(path: Path) -> str:
    try:
        return hash_file(path)[1]
    except OSError as exc:
        raise ScanError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _module_files() -> list[Path]:
    import pinscan
    import pinscan.rules

    files = {f for pkg in (pinscan, pinscan.rules) for d in pkg.__path__ for f in Path(d).rglob("*.py")}
    for r in all_rules():  # third-party rule modules live outside pinscan's folders
        mod = sys.modules.get(r.check.__module__)
        if mod is not None and getattr(mod, "__file__", None):
            files.add(Path(mod.__file__))
    return sorted(files)


@functools.cache
def _code_identity() -> str:
    """What, besides the package and options, decides a result; computed once per process."""
    h = hashlib.sha256()
    for f in _module_files():
        h.update(f.name.encode() + b"\0")
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"unreadable")
    versions = []
    for dist in _PARSERS:
        try:
            versions.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}=none")
    rules = sorted(f"{r.id}@{r.check.__module__}" for r in all_rules())
    return "\n".join([_FORMAT, __version__, h.hexdigest(), *versions, *rules])


def cache_key(package_digest: str, options: ScanOptions) -> str:
    opts = json.dumps(dataclasses.asdict(options), sort_keys=True, default=str)
    material = "\n".join([_code_identity(), opts, package_digest])
    return hashlib.sha256(material.encode()).hexdigest()


class ResultCache:
    def __init__(self, directory: str | Path) -> None:
        self.dir = Path(directory)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ScanError(f"{self.dir}: cannot create the cache directory: {exc.strerror or exc}") from None
        if not self.dir.is_dir():
            raise ScanError(f"{self.dir}: the cache must be a directory")

    def _entry(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str, file_name: str) -> ScanResult | None:
        try:
            result = result_from_json(json.loads(self._entry(key).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None  # missing, unreadable or corrupt: scanned again, and rewritten
        # The entry may come from a copy of the same bytes under another name.
        return dataclasses.replace(result, identity=dataclasses.replace(result.identity, package_path=file_name))

    def put(self, key: str, result: ScanResult) -> None:
        entry = self._entry(key)
        tmp = None
        try:
            entry.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(result.to_json_text())
            os.replace(tmp, entry)
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            # A cache that cannot be written only costs speed next time.


@dataclasses.dataclass(frozen=True)
class Lookup:
    """A package's cache key, and its cached result if there is one."""

    key: str | None  # None: not cacheable (an unzipped .app folder has no single file to hash)
    sha256: str | None
    result: ScanResult | None


def lookup(cache: ResultCache, path: Path, options: ScanOptions) -> Lookup:
    if not path.is_file():
        return Lookup(None, None, None)
    digest = package_sha256(path)
    key = cache_key(digest, options)
    return Lookup(key, digest, cache.get(key, path.name))


def store(cache: ResultCache, found: Lookup, result: ScanResult) -> None:
    # The scan hashes the file again: if it changed in between, the result is not that of the key.
    if found.key is not None and result.identity.sha256 == found.sha256:
        cache.put(found.key, result)


def scan_cached(path: str | Path, options: ScanOptions, cache: ResultCache | None,
                timeout: float | None = None) -> ScanResult:
    """scan_path, answered from the cache when the same bytes were scanned by the same code and options.
    The time limit is not part of the key: a scan either completes (the same result) or fails."""
    from pinscan.scan import scan_path

    if cache is None:
        return scan_path(path, options, timeout=timeout)
    found = lookup(cache, Path(path), options)
    if found.result is not None:
        return found.result
    result = scan_path(path, options, timeout=timeout)
    store(cache, found, result)
    return result
