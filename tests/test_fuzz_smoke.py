"""A short fixed-seed run of every fuzz target (tests/fuzz/), as part of the normal test run: each parser
gets a few thousand mutations of the samples' parts with a fixed libFuzzer seed, so a regression that
lets an exception escape, or work or memory run away (libFuzzer's -timeout and -rss_limit_mb), fails
here. The long run is one command: `python tests/fuzz/run.py all --seconds 600` (README, "Robustness")."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent / "fuzz" / "run.py"
REGRESSIONS = RUN.parent / "regressions"

# target -> executions (and, for whole packages, how many of the smallest seeds to start from): a few
# seconds each on this project's 2-core CI machine.
SMOKE: dict[str, tuple[int, int | None]] = {
    "zip": (3000, None), "axml": (3000, None), "arsc": (3000, None), "dex": (1500, None), "proto": (3000, None),
    "nsc": (2000, None), "plist": (3000, None), "macho": (800, None), "certs": (2000, None), "package": (40, 10),
}


def test_every_target_has_a_smoke_run():
    sys.path.insert(0, str(RUN.parent))
    import targets

    assert sorted(SMOKE) == sorted(targets.TARGETS)


@pytest.mark.parametrize("target", sorted(SMOKE))
def test_fuzz_target_smoke_run(target, tmp_path):
    pytest.importorskip("atheris", reason="atheris not installed (pip install -e '.[test]'; Linux x86-64 wheels, "
                                          "elsewhere it needs a clang build)")
    runs, max_seeds = SMOKE[target]
    cmd = [sys.executable, str(RUN), target, "--runs", str(runs), "--seed", "1", "--corpus", str(tmp_path / "corpus"),
           "--artifacts", str(tmp_path / "artifacts")]
    if max_seeds:
        cmd += ["--max-seeds", str(max_seeds)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    found = list((tmp_path / "artifacts").glob("*"))
    assert proc.returncode == 0 and not found, f"{target}: {found}\n{proc.stderr[-4000:]}"
    done = re.search(r"Done (\d+) runs", proc.stderr)
    assert done and int(done.group(1)) == runs, proc.stderr[-2000:]


@pytest.mark.parametrize("path", sorted(REGRESSIONS.iterdir()), ids=lambda p: p.name)
def test_inputs_the_fuzzer_found_stay_fixed(path):
    """Each input a long fuzz run failed on (tests/fuzz/regressions/<target>-<what>), replayed through its
    target: it must pass now."""
    sys.path.insert(0, str(RUN.parent))
    import targets

    targets.TARGETS[path.name.split("-", 1)[0]](path.read_bytes())
