"""Time and memory of `pinscan scan` on each hostile reproducer (tests/hostile/): exit code, the first line
on stderr, median wall time and peak RSS of a fresh process, against the issue's bounds (2 s, 150 MB).

    python bench/bench_hostile.py                  # every file in tests/hostile, 3 runs each
    python bench/bench_hostile.py FILE... --runs 5
    python bench/bench_hostile.py --pythonpath /tmp/old-pinscan --kill-after 25   # another copy of pinscan

Each scan runs as the issue ran them: `--format json -o /dev/null --fail-on never`. Peak RSS is the
child's own (os.wait4), so no /usr/bin/time is needed; CPU seconds are shown beside the wall time, which on a busy
machine also counts waiting. With --kill-after a scan still running after that
many seconds is killed and shown as such (for builds that do not stop by themselves).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_S, LIMIT_MB = 2.0, 150.0


def measure(cmd: list[str], env: dict[str, str] | None = None, kill_after: float | None = None
            ) -> tuple[int | None, str, float, float, float]:
    """(exit code or None when killed, first stderr line, wall seconds, peak RSS MiB, CPU seconds) of one
    process. CPU time is what the scan cost; wall time also counts waiting for a busy machine."""
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        killed = False
        while True:  # reaped here, not by Popen.wait: wait4 gives the child's own peak RSS
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG if kill_after is not None else 0)
            if pid:
                break
            if time.monotonic() - start > kill_after:
                proc.kill()
                killed = True
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        line = (err.read().decode("utf-8", "replace").strip().splitlines() or [""])[0]
    return (None if killed else proc.returncode), line, wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pythonpath", help="run the pinscan found on this PYTHONPATH (e.g. an older copy)")
    ap.add_argument("--kill-after", type=float, help="kill a scan still running after this many seconds")
    ns = ap.parse_args()
    files = ns.files or sorted(p for p in (ROOT / "tests" / "hostile").iterdir() if p.suffix != ".md")
    env = dict(os.environ)
    if ns.pythonpath:
        env["PYTHONPATH"] = ns.pythonpath
    over = 0
    print(f"{'file':58} {'exit':>4} {'wall s':>7} {'cpu s':>6} {'RSS MB':>7}  message")
    for f in files:
        cmd = [sys.executable, "-m", "pinscan.cli", "scan", str(f), "--format", "json", "-o", os.devnull,
               "--fail-on", "never"]
        got = [measure(cmd, env, ns.kill_after) for _ in range(ns.runs)]
        code, line = got[0][0], got[0][1]
        wall = statistics.median(g[2] for g in got)
        cpu = statistics.median(g[4] for g in got)
        rss = max(g[3] for g in got)
        flag = "" if wall < LIMIT_S and rss < LIMIT_MB and code is not None else "  OVER"
        over += bool(flag)
        shown = "killed" if code is None else str(code)
        print(f"{f.name:58} {shown:>4} {wall:7.2f} {cpu:6.2f} {rss:7.1f}  {line[:150]}{flag}")
    print(f"bounds: {LIMIT_S} s, {LIMIT_MB} MB; {over} over")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
