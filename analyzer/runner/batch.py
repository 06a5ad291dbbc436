"""Batch scans: many packages, in parallel worker processes or on a Dask cluster.

A package that cannot be scanned becomes an error record and the batch goes on. A worker that dies (out
of memory, a crash in a native library) breaks the whole process pool and every scan in flight with
it, without saying which package killed it: those packages are scanned again, each alone in a fresh
process, so only the culprit is reported failed; the packages not yet started go to a new pool.

Progress follows completion; reports follow input order (paths sorted): InOrder releases an outcome
as soon as every earlier package is done, so the same batch gives the same bytes whatever the
completion order, and JSON Lines still stream.
The result cache is read and written by the main process only: workers never touch it, so it need not
be shared with a Dask cluster.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from pinscan.errors import ScanError
from pinscan.limits import MAX_XML_SIZE, TIMEOUT_GRACE, ScanTimeout
from pinscan.model import Outcome, result_from_json
from pinscan.rule import ScanOptions
from pinscan.unpack import is_package_dir

PACKAGE_SUFFIXES = (".apk", ".aab", ".apks", ".xapk", ".ipa")
_TASKS_PER_WORKER = 100  # a fresh process now and then bounds what leaks and fragmentation cost (~50 ms each)
_WORKER_DIED = "the worker scanning it died (crash or out of memory)"
# Imported once by the forkserver, so a (re)started worker does not pay ~1 s of imports.
_PRELOAD = ["pinscan.runner.batch", "pinscan.scan", "pinscan.android.app", "pinscan.ios.app", "pinscan.rules", "lief"]


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """The packages named: files (and package folders) as given; other directories searched recursively
    for package suffixes and `.app` folders, following no symbolic link. Sorted, without duplicates."""
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if not p.is_dir() or is_package_dir(p):
            found.setdefault(str(p), p)  # named: scanned (or reported) whatever its suffix
            continue
        for root, dirs, files in os.walk(p, followlinks=False):
            dirs.sort()
            apps = [d for d in dirs if d.endswith(".app") and not os.path.islink(os.path.join(root, d))]
            for d in apps:
                found.setdefault(os.path.join(root, d), Path(root, d))
            dirs[:] = [d for d in dirs if d not in apps]  # a .app is one package, not a folder to search
            for name in files:
                full = Path(root, name)
                if name.lower().endswith(PACKAGE_SUFFIXES) and not full.is_symlink():
                    found.setdefault(str(full), full)
    return [found[k] for k in sorted(found)]


def _split_identity(path: Path) -> tuple[str, str, str | None] | None:
    """(package, versionCode, split name or None for a base) from an APK's manifest; None if it has none."""
    from pinscan.android.axml import parse_xml
    from pinscan.unpack.safezip import SafeZip

    try:
        zf = SafeZip(path)
    except (ScanError, OSError):
        return None
    try:
        if zf.size("AndroidManifest.xml") > MAX_XML_SIZE:  # over its budget: the scan says so
            return None
        root = parse_xml(zf.read("AndroidManifest.xml"), "AndroidManifest.xml")
    except Exception:  # noqa: BLE001 - anything unreadable is left to the scan, which says why
        return None
    finally:
        zf.close()
    package, split, code = root.attr("package"), root.attr("split"), root.android("versionCode")
    if package is None or not package.as_str():
        return None
    return package.as_str(), (code.as_str() if code else "") or "", split.as_str() if split else None


def group_splits(paths: list[Path]) -> tuple[list[Path], dict[str, tuple[str, ...]]]:
    """Split APKs joined to their base APK: files of one folder with the same package name and versionCode, one
    without a `split` attribute (the base) and the others with one, are scanned as one app under the base's path
    (Android installs them only together). Returns the packages to scan, in order, and base path -> split paths."""
    apks = [p for p in paths if p.suffix.lower() == ".apk" and p.is_file()]
    by_app: dict[tuple[str, str, str], list[tuple[Path, str | None]]] = {}
    if len(apks) > 1:
        for p in apks:
            ident = _split_identity(p)
            if ident is not None:
                by_app.setdefault((str(p.parent), ident[0], ident[1]), []).append((p, ident[2]))
    splits: dict[str, tuple[str, ...]] = {}
    joined: set[str] = set()
    for members in by_app.values():
        bases = [p for p, split in members if split is None]
        parts = [p for p, split in members if split is not None]
        if len(bases) == 1 and parts:
            splits[str(bases[0])] = tuple(str(p) for p in sorted(parts))
            joined.update(str(p) for p in parts)
    return [p for p in paths if str(p) not in joined], splits


def scan_to_record(path: str, options: ScanOptions, splits: tuple[str, ...] = (),
                   timeout: float | None = None) -> dict[str, str]:
    """Scan one package (with its split APK files, if any) and never raise: {"path", "status": "ok", "result":
    JSON text} or {"path", "status": "error", "error"}. Top-level and plain data, so it crosses process and Dask
    boundaries. `timeout` limits this package only: past it, its record is an error and the batch goes on."""
    from pinscan.scan import scan_path

    try:
        return {"path": path, "status": "ok", "result": scan_path(path, options, splits, timeout).to_json_text()}
    except ScanError as exc:  # a batch names the path apart; single scans' messages start with it
        return {"path": path, "status": "error", "error": str(exc).removeprefix(f"{path}: ")}
    except ScanTimeout as exc:
        return {"path": path, "status": "error", "error": str(exc)}
    except MemoryError:
        return {"path": path, "status": "error", "error": "out of memory while scanning"}
    except Exception as exc:  # noqa: BLE001 - a bug met in one package must not stop the batch
        return {"path": path, "status": "error", "error": f"internal error: {type(exc).__name__}: {exc}"}


def _error(path: str, message: str) -> dict[str, str]:
    return {"path": path, "status": "error", "error": message}


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def worker_pool(jobs: int, initializer=None) -> cf.ProcessPoolExecutor:
    """A pool of `jobs` worker processes for scan_to_record (also the service's workers)."""
    # forkserver: workers fork from a small clean server process, not from a parent holding open files
    # and threads (fork) and without re-importing everything per worker (spawn).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, max_tasks_per_child=_TASKS_PER_WORKER,
                                  initializer=initializer)


def kill_workers(pool: cf.ProcessPoolExecutor) -> None:
    """End every worker process of a pool (a broken one, or one running a scan that must stop)."""
    # CPython 3.11 can start a worker (on submit) while the broken pool is being torn down; nobody
    # terminates that one, and shutdown() would wait for it forever. The pool is dead: end them all.
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        if proc.is_alive():
            proc.kill()


def _local(paths: list[str], options: ScanOptions, jobs: int, notes: list[str],
           splits: dict[str, tuple[str, ...]], timeout: float | None = None) -> Iterator[tuple[str, dict]]:
    if jobs <= 1 or len(paths) == 1:
        for p in paths:
            yield p, scan_to_record(p, options, splits.get(p, ()), timeout)
        return
    # A scan past its time limit ends itself (ScanTimeout in the worker). One stuck in native code cannot:
    # TIMEOUT_GRACE seconds later its worker is killed here, which costs only that package.
    hard = timeout + TIMEOUT_GRACE if timeout else None
    # Largest first: a big package started last would leave the other workers idle at the end.
    waiting = deque(sorted(paths, key=lambda p: (-_size(p), p)))
    suspects: list[str] = []
    while waiting:
        # At most one scan per worker is submitted, so when the pool breaks the packages in flight are
        # exactly those whose futures fail; the rest wait for the next pool.
        with worker_pool(jobs) as pool:
            running: dict[cf.Future, str] = {}
            started: dict[cf.Future, float] = {}
            broken = False
            while (waiting and not broken) or running:
                while waiting and not broken and len(running) < jobs:
                    p = waiting.popleft()
                    try:
                        fut = pool.submit(scan_to_record, p, options, splits.get(p, ()), timeout)
                    except cf.process.BrokenProcessPool:  # broke before this one started: next pool
                        waiting.appendleft(p)
                        broken = True
                        continue
                    running[fut] = p
                    started[fut] = time.monotonic()
                if not running:
                    continue
                wait = None if hard is None else max(0.05, min(started[f] for f in running) + hard - time.monotonic())
                done, _ = cf.wait(running, timeout=wait, return_when=cf.FIRST_COMPLETED)
                for fut in sorted(done, key=lambda f: running[f]):
                    p = running.pop(fut)
                    try:
                        yield p, fut.result()
                    except cf.process.BrokenProcessPool:
                        broken = True
                        suspects.append(p)
                now = time.monotonic()
                stuck = [f for f in running if hard is not None and now - started[f] > hard]
                for fut in stuck:
                    p = running.pop(fut)
                    yield p, _error(p, _stuck(timeout))
                if stuck:
                    kill_workers(pool)  # the others in flight fail with BrokenProcessPool: rescanned alone
                    broken = True
            if broken:
                kill_workers(pool)
        if broken:
            notes.append("a worker process died; the package(s) in flight are scanned again one at a time")
    for p in sorted(suspects):
        with worker_pool(1) as solo:
            try:
                record = solo.submit(scan_to_record, p, options, splits.get(p, ()), timeout).result(timeout=hard)
            except cf.process.BrokenProcessPool:
                record = _error(p, _WORKER_DIED)
                kill_workers(solo)
            except cf.TimeoutError:
                record = _error(p, _stuck(timeout))
                kill_workers(solo)
        yield p, record


def _stuck(timeout: float | None) -> str:
    return f"scan timed out after {timeout:g} s (--timeout); stuck in native code, its worker was ended"


def require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ScanError("--dask needs Dask distributed: pip install 'pinscan[dask]'") from None


def _dask(paths: list[str], options: ScanOptions, address: str, splits: dict[str, tuple[str, ...]],
          timeout: float | None = None) -> Iterator[tuple[str, dict]]:
    require_dask()
    from distributed import Client, as_completed

    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ScanError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None
    try:
        # Workers open the packages by path (see README): sending the bytes through the scheduler would
        # copy every package twice over the network and hold it in memory until it is scanned. Absolute
        # paths, since a worker's working directory is not ours.
        full = [os.path.abspath(p) for p in paths]
        parts = [tuple(os.path.abspath(x) for x in splits.get(p, ())) for p in paths]
        futures = client.map(scan_to_record, full, [options] * len(full), parts, timeout=timeout, pure=False)
        owner = {f.key: p for f, p in zip(futures, paths, strict=True)}
        for fut in as_completed(futures):
            p = owner[fut.key]
            try:
                record = {**fut.result(), "path": p}
            except Exception as exc:  # noqa: BLE001 - a task lost with its worker (after Dask's retries)
                record = _error(p, f"Dask task failed: {type(exc).__name__}: {exc}")
            fut.release()
            yield p, record
    finally:
        client.close()


def _outcome(record: dict[str, str]) -> Outcome:
    if record.get("status") == "ok":
        return Outcome(record["path"], result=result_from_json(json.loads(record["result"])))
    return Outcome(record["path"], error=record.get("error") or "unknown error")


def run(paths: list[Path], options: ScanOptions, *, jobs: int = 1, dask: str | None = None,
        cache_dir: str | None = None, notes: list[str] | None = None,
        splits: dict[str, tuple[str, ...]] | None = None, timeout: float | None = None) -> Iterator[Outcome]:
    """Scan every package; outcomes come as they complete (cached ones first): put them back in input
    order with InOrder. `notes` collects what the user should know about the run; `splits` maps a base APK's
    path to its split APK files (see group_splits), scanned with it as one app and not cached; `timeout`
    (seconds) limits each package's scan."""
    splits = splits or {}
    from pinscan.runner.cache import ResultCache, lookup, store

    notes = [] if notes is None else notes
    names = [str(p) for p in paths]
    jobs = jobs or os.cpu_count() or 1
    cache = ResultCache(cache_dir) if cache_dir else None
    keys = {}
    todo = names
    if cache is not None:
        todo = []
        for name in names:
            if name in splits:  # the key would have to cover every split's bytes: scanned afresh
                todo.append(name)
                continue
            try:
                found = lookup(cache, Path(name), options)
            except ScanError:
                todo.append(name)  # unreadable: the scan says why
                continue
            if found.result is not None:
                yield Outcome(name, result=found.result, cached=True)
            else:
                keys[name] = found
                todo.append(name)
    if not todo:
        return
    done = (_dask(sorted(todo, key=_size, reverse=True), options, dask, splits, timeout) if dask
            else _local(todo, options, jobs, notes, splits, timeout))
    for path, record in done:
        outcome = _outcome(record)
        if cache is not None and outcome.ok and path in keys:
            store(cache, keys[path], outcome.result)
        yield outcome


class InOrder:
    """Puts outcomes back in input order, releasing each as soon as every earlier one has arrived, so
    reports are the same bytes whatever the completion order and JSON Lines still stream."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = [str(p) for p in paths]
        self.next = 0
        self.waiting: dict[str, Outcome] = {}

    def push(self, outcome: Outcome) -> list[Outcome]:
        self.waiting[outcome.path] = outcome
        out = []
        while self.next < len(self.paths) and self.paths[self.next] in self.waiting:
            out.append(self.waiting.pop(self.paths[self.next]))
            self.next += 1
        return out


def describe(outcome: Outcome) -> str:
    """`ok, 3 finding(s), gate passed` or `error: ...`: one package in a progress line."""
    if not outcome.ok:
        return f"error: {outcome.error}"
    r = outcome.result
    text = f"ok{' (cached)' if outcome.cached else ''}, {len(r.findings)} finding(s)"
    if r.gate is not None:
        text += ", gate passed" if r.gate.passed else ", gate FAILED"
    return text


class Progress:
    """A tqdm bar on a terminal; plain `pinscan: [3/20] path: ...` lines otherwise; nothing when quiet."""

    def __init__(self, total: int, quiet: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.quiet = quiet
        self.bar = None
        if not quiet and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=self.stream, unit="pkg", dynamic_ncols=True)

    @property
    def names_each(self) -> bool:
        """True when every package gets its own line (with its error), so a summary need not repeat them."""
        return not self.quiet and self.bar is None

    def __call__(self, n: int, outcome: Outcome) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.set_postfix_str(Path(outcome.path).name[-40:], refresh=False)
            self.bar.update(1)
            return
        self.stream.write(f"pinscan: [{n}/{self.total}] {outcome.path}: {describe(outcome)}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
