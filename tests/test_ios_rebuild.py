"""The committed iOS sample IPAs are exactly what samples/ios/build.py makes from their sources."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import SAMPLES

IOS = SAMPLES / "ios"
TOOLS = ("clang-14", "ld64.lld-19", "llvm-lipo-14", "mcs")
MISSING = [t for t in TOOLS if shutil.which(t) is None]


@pytest.mark.skipif(bool(MISSING), reason=f"iOS toolchain missing: {', '.join(MISSING)} "
                    "(Debian: apt-get install clang-14 lld-19 llvm-14 mono-mcs)")
def test_rebuilding_every_ios_sample_is_byte_identical(tmp_path):
    proc = subprocess.run([sys.executable, str(IOS / "build.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    built = sorted(p.name for p in tmp_path.glob("*.ipa"))
    committed = sorted(p.name for p in IOS.glob("*.ipa"))
    assert built == committed
    for name in built:
        assert (tmp_path / name).read_bytes() == (IOS / name).read_bytes(), f"{name} differs after a rebuild"


def test_build_script_exits_2_with_a_clear_message_without_the_toolchain(tmp_path):
    proc = subprocess.run([sys.executable, str(IOS / "build.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, env={"PATH": str(tmp_path)})
    assert proc.returncode == 2
    assert "missing toolchain: clang-14, ld64.lld-19, llvm-lipo-14, mcs" in proc.stderr
