#!/usr/bin/env python3
"""Batch throughput: every bundled sample plus the three npm APKs, `--jobs 1` against `--jobs 2`.

    python bench/bench_batch.py [--runs 3] [--copies 4] [--npm DIR]

Each run is a fresh `pinscan scan DIR --format jsonl -o /dev/null` process over a folder holding
`--copies` copies of each package (distinct names, no cache), so the batch is long enough that the fixed
cost of starting Python and importing pinscan and LIEF (about 1.5 s, paid once per process tree) does not
hide the scanning; the two settings alternate run by run, so a noisy neighbour hurts both alike. Peak RSS
per worker is each process's own high-water mark (VmHWM), sampled from /proc every 20 ms for the whole
process tree; the main process is reported apart. Prints medians, the speed-up and the peaks; asserts
nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NPM_APKS = (
    "android-apidemos-5.0.0/package/apks/ApiDemos-debug.apk",
    "io.appium.settings-8.0.10/package/apks/settings_apk-debug.apk",
    "appium-uiautomator2-server-10.6.6/package/apks/appium-uiautomator2-server-v10.6.6.apk",
)
SUFFIXES = (".apk", ".aab", ".apks", ".xapk", ".ipa")


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, command line) of a live process."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return ppid, fh.read().replace(b"\0", b" ").decode(errors="replace")
    except (OSError, IndexError, ValueError):
        return None


def _hwm_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _run(cmd: list[str]) -> tuple[float, int, list[int]]:
    """(wall seconds, main process peak KiB, peak KiB of each worker process). Workers are the children
    of the forkserver; the forkserver and the resource tracker themselves are not counted."""
    main_peak = 0
    workers: dict[int, int] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal main_peak
        while not done.is_set():
            procs = {}
            for entry in os.listdir("/proc"):
                if entry.isdigit() and (info := _stat(int(entry))) is not None:
                    procs[int(entry)] = info
            servers = {pid for pid, (ppid, cmdline) in procs.items()
                       if ppid == proc.pid and "multiprocessing.forkserver" in cmdline}
            main_peak = max(main_peak, _hwm_kib(proc.pid) or 0)
            for pid, (ppid, _) in procs.items():
                if ppid in servers and (hwm := _hwm_kib(pid)):
                    workers[pid] = max(workers.get(pid, 0), hwm)
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read()
    proc.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1, 2):  # 2: the batch holds packages that cannot be scanned
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return wall, main_peak, sorted(workers.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per setting (default 3)")
    parser.add_argument("--copies", type=int, default=4, help="copies of each package in the batch (default 4)")
    parser.add_argument("--npm", type=Path, default=Path(os.environ.get("PINSCAN_NPM_APKS", "/tmp/npmapks")))
    args = parser.parse_args()

    packages = sorted(p for p in (ROOT / "samples").glob("*/*") if p.suffix in SUFFIXES)
    packages += [args.npm / rel for rel in NPM_APKS if (args.npm / rel).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        for c in range(args.copies):
            for i, p in enumerate(packages):
                shutil.copyfile(p, Path(tmp) / f"{c}-{i:03d}-{p.name}")
        size = args.copies * sum(p.stat().st_size for p in packages) / 1e6
        npm = sum(1 for p in packages if "npmapks" in str(p))
        print(f"batch: {args.copies} x {len(packages)} packages ({npm} from npm), {size:.1f} MB; {os.cpu_count()} CPUs")
        cmd = [sys.executable, "-m", "pinscan.cli", "scan", tmp, "--format", "jsonl", "-o", os.devnull,
               "--fail-on", "never", "--quiet", "--as-of", "2026-06-01"]
        _run([*cmd, "--jobs", "1"])  # warm the page cache
        runs: dict[int, list[tuple[float, int, list[int]]]] = {1: [], 2: []}
        for _ in range(args.runs):
            for jobs in (1, 2):
                runs[jobs].append(_run([*cmd, "--jobs", str(jobs)]))
    for jobs, rs in runs.items():
        walls = [r[0] for r in rs]
        workers = [w for r in rs for w in r[2]]
        worker_txt = (f", worker peak RSS max {max(workers) / 1024:.0f} MiB, median "
                      f"{statistics.median(workers) / 1024:.0f} MiB") if workers else " (scans in the main process)"
        print(f"--jobs {jobs}: median {statistics.median(walls):.2f} s over {len(rs)} runs "
              f"[{', '.join(f'{w:.2f}' for w in walls)}], main process peak RSS "
              f"{max(r[1] for r in rs) / 1024:.0f} MiB{worker_txt}")
    one = statistics.median(r[0] for r in runs[1])
    two = statistics.median(r[0] for r in runs[2])
    n = args.copies * len(packages)
    print(f"speed-up --jobs 2 / --jobs 1: {one / two:.2f}x ({n / one:.1f} vs {n / two:.1f} packages/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
