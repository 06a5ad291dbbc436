"""Shared test helpers: run the real CLI, find the bundled samples and their expected results."""

from __future__ import annotations

import json
import os
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


def validate_result(result: dict) -> None:
    """Raise unless `result` validates against the JSON Schema pinscan ships (`pinscan schema`)."""
    import jsonschema

    from pinscan.report.schema import schema_text

    schema = json.loads(schema_text())
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(result)


@pytest.fixture
def cli():
    return run_cli


# CI installs every tool the tests need, so there a skip means a check silently did not run.
# With PINSCAN_NO_SKIP=1 a skip fails the test, unless its reason is one CI cannot change.
_SKIPS_ALLOWED_IN_CI = ("root reads unreadable files",)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or os.environ.get("PINSCAN_NO_SKIP") != "1":
        return
    reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if not any(allowed in reason for allowed in _SKIPS_ALLOWED_IN_CI):
        report.outcome = "failed"
        report.longrepr = f"skipped under PINSCAN_NO_SKIP=1 (a tool CI should install is missing): {reason}"
