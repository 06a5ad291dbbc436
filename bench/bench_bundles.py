"""Scaling with the number of bundle folders in an IPA: the ats-strict sample with N extra frameworks
(`Payload/AtsStrict.app/Frameworks/FwK.framework/Info.plist`, one small plist each), scanned in a fresh
process; median wall time and peak RSS per N. Linear scaling means time / N stays about the same.

    python bench/bench_bundles.py                       # N = 10,000, 30,000, 100,000; 3 runs each
    python bench/bench_bundles.py --counts 1000 10000 --runs 1
    python bench/bench_bundles.py --pythonpath /tmp/old-pinscan   # another copy of pinscan, same IPAs
"""

from __future__ import annotations

import argparse
import os
import plistlib
import statistics
import sys
import tempfile
import zipfile
from pathlib import Path

from bench_hostile import measure

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ios" / "ats-strict.ipa"


def make_ipa(path: Path, count: int) -> None:
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        root = next(n for n in src.namelist() if n.endswith(".app/Info.plist")).removesuffix("Info.plist")
        for info in src.infolist():
            out.writestr(info, src.read(info))
        for k in range(count):
            plist = plistlib.dumps({"CFBundleIdentifier": f"com.example.fw{k}", "CFBundleExecutable": f"Fw{k}"})
            out.writestr(f"{root}Frameworks/Fw{k}.framework/Info.plist", plist)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--counts", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pythonpath", help="run the pinscan found on this PYTHONPATH (e.g. an older copy)")
    ns = ap.parse_args()
    env = dict(os.environ)
    if ns.pythonpath:
        env["PYTHONPATH"] = ns.pythonpath
    print(f"{'bundles':>8} {'exit':>4} {'wall s':>7} {'cpu s':>6} {'ms/1k':>6} {'RSS MB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in ns.counts:
            ipa = Path(tmp) / f"bundles-{n}.ipa"
            make_ipa(ipa, n)
            cmd = [sys.executable, "-m", "pinscan.cli", "scan", str(ipa), "--format", "json", "-o", os.devnull,
                   "--fail-on", "never"]
            got = [measure(cmd, env) for _ in range(ns.runs)]
            wall = statistics.median(g[2] for g in got)
            cpu = statistics.median(g[4] for g in got)
            rss = max(g[3] for g in got)
            print(f"{n:8d} {got[0][0]!s:>4} {wall:7.2f} {cpu:6.2f} {wall * 1e6 / n:6.0f} {rss:7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
