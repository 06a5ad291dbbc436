"""Run pinscan's fuzz targets with atheris (libFuzzer for Python, coverage-guided).

    python tests/fuzz/run.py TARGET --runs 2000 --seed 1      # a fixed-seed run (what CI's smoke test does)
    python tests/fuzz/run.py all --seconds 600                # the long run: every target, 10 minutes each
    python tests/fuzz/run.py TARGET -- -dict=... -jobs=2      # anything after -- goes to libFuzzer as is

Targets: see targets.py (zip, axml, arsc, dex, proto, nsc, plist, macho, certs, package). Each starts from
the seeds of seeds.py, written into a corpus folder (default .cache/fuzz/TARGET, which grows between
runs; --corpus DIR for another). A failing input is written as crash-*/timeout-*/oom-* under
--artifacts (default .cache/fuzz/artifacts/); reproduce it with `python tests/fuzz/run.py TARGET FILE`.
Slow inputs (-timeout, seconds per input) and memory (-rss_limit_mb) count as failures: the bugs this
harness hunts include unbounded work, not only exceptions.

Why atheris rather than hypothesis: the parsers take untrusted bytes, and the bugs are in what those
bytes reach (a cycle three references deep, a count that drives a loop): libFuzzer's coverage feedback
and byte mutators find those paths from real seeds; hypothesis generates structured values and shrinks
them well, but it is not coverage-guided and does not mutate a corpus of real files. atheris installs
from a binary wheel on Linux x86-64 for CPython 3.11 (no clang needed here); elsewhere it needs a clang
build, and the smoke test is then skipped with that reason (CI does not skip it).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import seeds  # noqa: E402 - after the path is set
import targets  # noqa: E402

_LIMITS = {  # per-input time (s) and memory (MB) beyond which an input counts as a failure
    "package": (30, 2048), "macho": (20, 2048), "dex": (20, 1536),
}
_DEFAULT_LIMITS = (10, 1024)
# The modules each target exercises: instrumented for coverage feedback (instrumenting everything for every
# target would cost seconds of start-up per run).
_MODULES = {
    "zip": ["pinscan.unpack.safezip"],
    "axml": ["pinscan.android.axml", "pinscan.android.app"],
    "arsc": ["pinscan.android.arsc", "pinscan.android.axml"],
    "dex": ["pinscan.android.dex", "pinscan.android.code"],
    "proto": ["pinscan.android.proto", "pinscan.android.arsc"],
    "nsc": ["pinscan.android.axml", "pinscan.android.nsc"],
    "plist": ["pinscan.ios.plist", "pinscan.ios.ats", "pinscan.ios.trustkit"],
    "macho": ["pinscan.ios.macho", "pinscan.ios.code"],
    "certs": ["pinscan.facts.certs", "pinscan.android.pins", "pinscan.ios.app"],
    "package": ["pinscan.scan", "pinscan.unpack", "pinscan.android.app", "pinscan.ios.app", "pinscan.ios.code",
                "pinscan.ios.hybrid", "pinscan.android.pins", "pinscan.rules", "pinscan.gate",
                "pinscan.report.text", "pinscan.report.json", "pinscan.report.sarif", "pinscan.report.html"],
}


def _mutator(target: str):
    """Zip-shaped targets: half the time mutate one entry inside the zip and rewrite it with valid sizes
    and CRCs (so the mutation reaches the parsers behind the zip layer), else the raw bytes."""
    import atheris

    if target != "package":
        return None

    def mutate(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if rng.random() < 0.5:
            inner = rng.randrange(1 << 30)
            out = targets.rezip(data, lambda body: atheris.Mutate(body, max(len(body) * 2, 64)), inner)
            if out is not None and len(out) <= max_size:
                return out
        return atheris.Mutate(data, max_size)

    return mutate


def fuzz(target: str, libfuzzer_args: list[str]) -> None:
    import importlib

    import atheris

    include = ["pinscan"] if target == "package" else _MODULES[target]
    with atheris.instrument_imports(include=include):
        for name in _MODULES[target]:
            importlib.import_module(name)
    fn = targets.TARGETS[target]

    def one(data: bytes) -> None:
        fn(data)

    atheris.Setup([sys.argv[0], *libfuzzer_args], one, custom_mutator=_mutator(target))
    atheris.Fuzz()


def _args(ns: argparse.Namespace, target: str) -> list[str]:
    corpus = Path(ns.corpus) if ns.corpus else ROOT / ".cache" / "fuzz" / target
    artifacts = Path(ns.artifacts) if ns.artifacts else ROOT / ".cache" / "fuzz" / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    seeds.write_corpus(target, corpus, ns.max_seeds)
    per_input, rss = _LIMITS.get(target, _DEFAULT_LIMITS)
    out = [str(corpus), f"-artifact_prefix={artifacts}/{target}-", f"-timeout={per_input}",
           f"-rss_limit_mb={rss}", f"-max_len={seeds.MAX_SEED}", "-print_final_stats=1"]
    if ns.seed is not None:
        out.append(f"-seed={ns.seed}")
    if ns.runs is not None:
        out.append(f"-runs={ns.runs}")
    if ns.seconds is not None:
        out.append(f"-max_total_time={ns.seconds}")
    return out + ns.rest


def _run_all(ns: argparse.Namespace) -> int:
    """Each target in its own process (libFuzzer ends the process); a table of executions and results."""
    failed = 0
    print(f"{'target':8} {'runs':>9} {'s':>6} {'exec/s':>7} {'corpus':>7}  result", flush=True)
    for target in targets.TARGETS:
        cmd = [sys.executable, __file__, target]
        for flag, value in (("--seconds", ns.seconds), ("--runs", ns.runs), ("--seed", ns.seed),
                            ("--artifacts", ns.artifacts)):
            if value is not None:
                cmd += [flag, str(value)]
        start = time.monotonic()
        proc = subprocess.run(cmd + (["--", *ns.rest] if ns.rest else []), capture_output=True, text=True)
        took = time.monotonic() - start
        runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
        corpus = re.findall(r"corp: (\d+)/", proc.stderr)
        n = int(runs[-1]) if runs else 0
        verdict = "ok" if proc.returncode == 0 else f"FAILED (exit {proc.returncode})"
        if proc.returncode:
            failed += 1
            crash = re.findall(r"Test unit written to (\S+)", proc.stderr)
            verdict += f": {crash[-1] if crash else proc.stderr.strip().splitlines()[-1:]}"
        print(f"{target:8} {n:9d} {took:6.0f} {n / took:7.0f} {corpus[-1] if corpus else '-':>7}  {verdict}",
              flush=True)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rest: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("target", choices=[*targets.TARGETS, "all"])
    ap.add_argument("inputs", nargs="*", help="run these inputs once each instead of fuzzing (reproduce a crash)")
    ap.add_argument("--runs", type=int, help="stop after this many executions")
    ap.add_argument("--seconds", type=int, help="stop after this many seconds")
    ap.add_argument("--seed", type=int, help="libFuzzer's random seed (fixed: a reproducible run)")
    ap.add_argument("--corpus", help="corpus folder (default .cache/fuzz/TARGET)")
    ap.add_argument("--max-seeds", type=int, help="start from only this many seeds, the smallest (smoke runs)")
    ap.add_argument("--artifacts", help="where failing inputs are written (default .cache/fuzz/artifacts)")
    ns = ap.parse_args(argv)
    ns.rest = rest
    os.chdir(ROOT)
    if ns.target == "all":
        return _run_all(ns)
    if ns.inputs:
        for path in ns.inputs:
            targets.TARGETS[ns.target](Path(path).read_bytes())
            print(f"{path}: ok")
        return 0
    fuzz(ns.target, _args(ns, ns.target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
