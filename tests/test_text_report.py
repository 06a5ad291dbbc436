"""The text report of a few samples, byte for byte against committed snapshots (tests/snapshots/*.txt): the
verdict block first, confidence beside severity, code locations as source file and line with the class and
method in dotted form, library findings grouped per library. After a deliberate change, rewrite them with
PINSCAN_UPDATE_SNAPSHOTS=1 and review the diff."""

from __future__ import annotations

import os

import pytest

from conftest import ROOT, SAMPLES, run_cli

SNAPSHOTS = ROOT / "tests" / "snapshots"
CASES = {
    "nsc-weak": ("android/nsc-weak.apk",),
    "code-hostname-webview": ("android/code-hostname-webview.apk",),
    "code-libraries": ("android/code-libraries.apk",),
    "ats-arbitrary": ("ios/ats-arbitrary.ipa",),
    "code-default-trustall": ("android/code-default-trustall.apk",),
    "code-cleartext-endpoint": ("android/code-cleartext-endpoint.apk",),
    "nsc-weak-baseline": ("android/nsc-weak.apk", "--baseline", "tests/snapshots/nsc-weak-baseline.json"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_text_report_matches_its_snapshot(name):
    package, *args = CASES[name]
    res = run_cli("scan", SAMPLES / package, "--as-of", "2026-06-01", *args, cwd=ROOT)
    assert res.code in (0, 1) and "Traceback" not in res.err, res.err
    snapshot = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("PINSCAN_UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(res.out)
    assert res.out == snapshot.read_text(), f"text report of {name} changed: compare with {snapshot}"


def test_verdict_comes_first_and_says_why():
    out = run_cli("scan", SAMPLES / "android/nsc-weak.apk", "--as-of", "2026-06-01").out
    head = out.split("\nNetwork policy per host", 1)[0]
    assert "Release gate: FAILED" in head and "policy: fail on findings at or above high" in head
    assert "- 3 finding(s) at or above high: PS1002, PS1005, PS1009" in head
