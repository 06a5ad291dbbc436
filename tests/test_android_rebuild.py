"""The committed Android sample APKs are exactly what their sources build to with the real toolchain."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import SAMPLES

BUILD = SAMPLES / "android" / "build.py"


def _missing_tools() -> list[str]:
    sys.path.insert(0, str(BUILD.parent))
    try:
        import build  # samples/android/build.py

        return build.missing_tools()
    finally:
        sys.path.pop(0)


def test_every_android_sample_rebuilds_byte_identical(tmp_path):
    missing = _missing_tools()
    if missing:
        pytest.skip(f"Android sample toolchain not installed ({', '.join(missing)}); .ci/run installs it")
    proc = subprocess.run([sys.executable, str(BUILD), "--out", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    built = sorted(p for p in tmp_path.iterdir() if p.suffix in (".apk", ".aab", ".apks", ".xapk"))
    sources = [p for p in (SAMPLES / "android").iterdir()
               if (p / "AndroidManifest.xml").exists() or (p / "build.json").exists()]
    assert len(built) == len(sources) > 0
    for package in built:
        committed = SAMPLES / "android" / package.name
        assert committed.exists(), f"{committed} is not committed"
        assert package.read_bytes() == committed.read_bytes(), f"{package.name}: rebuild differs from the commit"
