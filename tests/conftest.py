"""Shared test helpers: run the real CLI, find the bundled samples and their expected results."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PACKAGE_SUFFIXES = (".apk", ".ipa", ".aab", ".apks", ".xapk")


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path | None = None) -> CliResult:
    """Run `pinscan ARGS` in a fresh interpreter, exactly as a user would."""
    proc = subprocess.run([sys.executable, "-m", "pinscan.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@dataclass(frozen=True)
class Sample:
    name: str
    platform: str
    package: Path
    expected: dict

    def __str__(self) -> str:
        return f"{self.platform}/{self.name}"


def all_samples() -> list[Sample]:
    """Every sample with an expected.json whose built package sits next to its source folder."""
    out = []
    for expected in sorted(SAMPLES.glob("*/*/expected.json")):
        src = expected.parent
        packages = [p for p in src.parent.glob(src.name + ".*") if p.suffix in PACKAGE_SUFFIXES]
        assert len(packages) == 1, f"{src}: expected exactly one built package next to it, found {packages}"
        out.append(Sample(src.name, src.parent.name, packages[0], json.loads(expected.read_text())))
    return out


@pytest.fixture
def cli():
    return run_cli
