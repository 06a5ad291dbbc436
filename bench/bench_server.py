#!/usr/bin/env python3
"""Service load: every bundled sample uploaded to a real `pinscan serve` by 8 concurrent clients.

    python bench/bench_server.py [--clients 8] [--workers N] [--database postgresql://...] [--rounds 1]

Starts `pinscan serve` on a free localhost port with a fresh data folder (SQLite unless --database), makes an
upload token, then each client takes the next package, uploads it (multipart, streamed), and polls its scan
every 100 ms until done. Round 1 is the packages as they are: each is scanned. Then the same packages once
more: the same bytes and options are judged without a rescan (deduplicated). Further --rounds use another
as-of date, which is another analysis. Prints, per phase, throughput (scans done per second of wall time)
and percentiles of the upload request's latency and of the time from upload to verdict; asserts nothing.
Traffic goes to 127.0.0.1 only, and every loop is bounded (a scan not done in --timeout seconds is counted
as such and the run goes on).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".apk", ".aab", ".apks", ".xapk", ".ipa")


def packages() -> list[Path]:
    return sorted(p for p in (ROOT / "samples").glob("*/*") if p.suffix in SUFFIXES and p.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def one(url: str, token: str, pkg: Path, as_of: str, timeout: float) -> tuple[float, float, str]:
    """(upload seconds, upload-to-verdict seconds, final status) of one package."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
        start = time.perf_counter()
        with open(pkg, "rb") as fh:
            res = client.post("/api/v1/scans", files={"file": (pkg.name, fh)}, data={"as-of": as_of})
        uploaded = time.perf_counter() - start
        if res.status_code != 202:
            return uploaded, time.perf_counter() - start, f"HTTP {res.status_code}"
        scan = res.json()
        deadline = start + timeout
        while scan["status"] not in ("done", "failed") and time.perf_counter() < deadline:
            time.sleep(0.1)
            scan = client.get(f"/api/v1/scans/{scan['id']}").json()
        return uploaded, time.perf_counter() - start, scan["status"]


def phase(name: str, url: str, token: str, pkgs: list[Path], clients: int, as_of: str, timeout: float) -> None:
    start = time.perf_counter()
    with cf.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda p: one(url, token, p, as_of, timeout), pkgs))
    wall = time.perf_counter() - start
    uploads = [r[0] for r in results]
    verdicts = [r[1] for r in results]
    statuses = {s: sum(1 for r in results if r[2] == s) for s in sorted({r[2] for r in results})}
    print(f"{name}: {len(pkgs)} uploads by {clients} clients in {wall:.2f} s = {len(pkgs) / wall:.1f} scans/s; "
          f"status {statuses}")
    for label, values in (("upload request", uploads), ("upload to verdict", verdicts)):
        print(f"  {label:<18} ms: p50 {percentile(values, .5) * 1000:7.0f}  p90 {percentile(values, .9) * 1000:7.0f}"
              f"  p95 {percentile(values, .95) * 1000:7.0f}  p99 {percentile(values, .99) * 1000:7.0f}"
              f"  max {max(values) * 1000:7.0f}  mean {statistics.mean(values) * 1000:7.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--database", help="postgresql://... (default: SQLite in the fresh data folder)")
    ap.add_argument("--rounds", type=int, default=1, help="rounds of fresh scans (each with another as-of date)")
    ap.add_argument("--timeout", type=float, default=300, help="give up on a scan after this many seconds")
    args = ap.parse_args()
    pkgs = packages()
    data = Path(tempfile.mkdtemp(prefix="pinscan-bench-"))
    db = ["--database", args.database] if args.database else []
    cli = [sys.executable, "-m", "pinscan.cli", "serve"]
    token = subprocess.run([*cli, "token", "create", "--scope", "upload", "--data", str(data), *db],
                           capture_output=True, text=True, check=True).stdout.split()[-1]
    port = free_port()
    log = open(data / "server.log", "wb")  # noqa: SIM115 - the server writes to it until the end
    server = subprocess.Popen([*cli, "--data", str(data), "--port", str(port), "--workers", str(args.workers),
                               "--log-level", "warning", *db], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(f"{url}/api/v1/scans", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        time.sleep(2)  # let the workers start (the server starts them ahead of the first scan)
        print(f"pinscan serve: {args.workers} worker(s), {'PostgreSQL' if args.database else 'SQLite'}, "
              f"{os.cpu_count()} CPUs; {len(pkgs)} packages, {sum(p.stat().st_size for p in pkgs) / 1024:.0f} KiB")
        base = dt.date(2026, 6, 1)
        phase("round 1 (scanned)", url, token, pkgs, args.clients, base.isoformat(), args.timeout)
        phase("same bytes again (deduplicated)", url, token, pkgs, args.clients, base.isoformat(), args.timeout)
        for n in range(2, args.rounds + 1):
            as_of = (base + dt.timedelta(days=n)).isoformat()
            phase(f"round {n} (scanned, as-of {as_of})", url, token, pkgs, args.clients, as_of, args.timeout)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
