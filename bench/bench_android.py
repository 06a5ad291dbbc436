#!/usr/bin/env python3
"""Benchmark a full `pinscan scan` against androguard's AnalyzeAPK on the same APK, in the same run.

    python bench/bench_android.py PATH.apk [--runs 5] [--androguard-runs 3] [--baseline-python PY]

pinscan is timed as a user runs it: a fresh process, all rules, JSON written to /dev/null (process start
and imports included). androguard is timed on the AnalyzeAPK call alone, inside its own fresh process
(its process start is not counted, which favours it). Peak RSS is each child's own maximum resident set
(from wait4), so one run's memory never hides in another's. Prints the medians, the ratio and the peaks;
it asserts nothing (the target is ratio >= 10 and pinscan peak RSS < 300 MB on
appium-uiautomator2-server 10.6.6).

`--baseline-python` times a second pinscan install (another worktree's venv, e.g. the commit a change
started from) in the same run, its runs alternated with this one's so that machine load hits both alike,
and prints the after/before ratios of the medians and of the peak RSS.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

_ANDROGUARD = """
import sys, time
from loguru import logger
logger.remove()
from androguard.misc import AnalyzeAPK
t = time.perf_counter()
AnalyzeAPK(sys.argv[1])
print(time.perf_counter() - t)
"""


def _run(cmd: list[str]) -> tuple[float, int, str, float]:
    """(wall seconds, peak RSS in KiB, stdout, CPU seconds) of one child process. CPU time (user + system)
    is steadier than wall time on a machine others are using."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1: findings at or above --fail-on
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return wall, usage.ru_maxrss, out.decode(), usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apk")
    parser.add_argument("--runs", type=int, default=5, help="pinscan repetitions (default 5)")
    parser.add_argument("--androguard-runs", type=int, default=3, help="AnalyzeAPK repetitions (default 3)")
    parser.add_argument("--baseline-python", help="python of another pinscan install to time alternately")
    args = parser.parse_args()

    def scan_cmd(python: str) -> list[str]:
        return [python, "-m", "pinscan.cli", "scan", args.apk, "--format", "json", "-o", os.devnull,
                "--fail-on", "never"]

    scan = scan_cmd(sys.executable)
    _run(scan)  # warm the page cache for both tools
    if args.baseline_python:
        _run(scan_cmd(args.baseline_python))
    pins, base = [], []
    for _ in range(args.runs):
        if args.baseline_python:
            base.append(_run(scan_cmd(args.baseline_python)))
        pins.append(_run(scan))
    guards = []
    for _ in range(args.androguard_runs):
        wall, rss, out, _ = _run([sys.executable, "-c", _ANDROGUARD, args.apk])
        guards.append((float(out.strip().splitlines()[-1]), rss, wall))

    p_med = statistics.median(t for t, *_ in pins)
    p_cpu = statistics.median(c for *_, c in pins)
    g_med = statistics.median(t for t, _, _ in guards)
    p_rss = max(r for _, r, *_ in pins) / 1024
    g_rss = max(r for _, r, _ in guards) / 1024
    print(f"apk: {args.apk} ({os.path.getsize(args.apk) / 1e6:.1f} MB)")
    print(f"pinscan scan (full process, JSON): median {p_med:.2f} s over {len(pins)} runs "
          f"[{', '.join(f'{t:.2f}' for t, *_ in pins)}], CPU median {p_cpu:.2f} s, peak RSS {p_rss:.0f} MiB")
    print(f"androguard AnalyzeAPK (call only):  median {g_med:.2f} s over {len(guards)} runs "
          f"[{', '.join(f'{t:.2f}' for t, _, _ in guards)}], peak RSS {g_rss:.0f} MiB")
    print(f"ratio: pinscan is {g_med / p_med:.1f}x faster")
    if base:
        b_med = statistics.median(t for t, *_ in base)
        b_cpu = statistics.median(c for *_, c in base)
        b_rss = max(r for _, r, *_ in base) / 1024
        print(f"baseline pinscan ({args.baseline_python}): median {b_med:.2f} s over {len(base)} runs "
              f"[{', '.join(f'{t:.2f}' for t, *_ in base)}], CPU median {b_cpu:.2f} s, peak RSS {b_rss:.0f} MiB")
        print(f"this / baseline: wall {p_med / b_med:.2f}x, CPU {p_cpu / b_cpu:.2f}x, peak RSS {p_rss / b_rss:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
