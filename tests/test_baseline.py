"""Baselines: create, use (only new findings reported, the rest counted), survive a rebuild of the same
code that moves every line and changes the version, and catch what a rebuild adds."""

from __future__ import annotations

import json
import re
import shutil
import sys

import pytest

from conftest import SAMPLES, run_cli

WEAK = SAMPLES / "android" / "nsc-weak.apk"
WEAK_SRC = SAMPLES / "android" / "nsc-weak"
AS_OF = "2026-06-01"


def _scan(tmp_path, package, *args, name="r.json") -> tuple[int, dict, str]:
    out = tmp_path / name
    res = run_cli("scan", package, "--as-of", AS_OF, "--format", "json", "-o", out, *args)
    assert "Traceback" not in res.err
    return res.code, json.loads(out.read_text()), res.err


def test_create_writes_sorted_fingerprints_without_timestamps(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    res = run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", a)
    assert res.code == 0 and "baseline of 13 finding(s) written" in res.err
    assert run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", b).code == 0
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text())
    assert data["format"] == "pinscan-baseline" and data["version"] == 1
    assert data["app"] == {"platform": "android", "app_id": "com.example.weak"}
    _, result, _ = _scan(tmp_path, WEAK, "--fail-on", "never")
    assert sorted(e["fingerprint"] for e in data["findings"]) == sorted(f["fingerprint"] for f in result["findings"])
    keys = [(e["rule_id"], e["fingerprint"]) for e in data["findings"]]
    assert keys == sorted(keys)


def test_with_the_baseline_only_new_findings_count(tmp_path):
    base = tmp_path / "baseline.json"
    run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", base)
    code, result, err = _scan(tmp_path, WEAK, "--baseline", base, "--fail-on", "info")
    assert code == 0, err
    assert result["findings"] == [] and result["summary"]["findings"] == 0
    baselined = result["gate"]["not_counted"]["baselined"]
    assert len(baselined) == 13 and result["gate"]["passed"] is True
    assert {f["rule_id"] for f in baselined} >= {"PS1002", "PS1005", "PS1009"}
    text = run_cli("scan", WEAK, "--as-of", AS_OF, "--baseline", base)
    assert text.code == 0 and "Findings (0)" in text.out
    # the body says what was not counted, and lists it
    assert "Release gate: PASSED" in text.out and "not counted: 13 baselined" in text.out
    listed = text.out.split("\nNot counted (13)\n", 1)[1]
    assert f"in the baseline {base} (13)" in listed and "PS1005 pin-set for api.example.com expired" in listed


def test_a_partial_baseline_lets_new_findings_through(tmp_path):
    base = tmp_path / "baseline.json"
    run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", base)
    data = json.loads(base.read_text())
    dropped = [e for e in data["findings"] if e["rule_id"] == "PS1005"]
    data["findings"] = [e for e in data["findings"] if e["rule_id"] != "PS1005"]
    base.write_text(json.dumps(data))
    code, result, err = _scan(tmp_path, WEAK, "--baseline", base)
    assert code == 1
    assert [f["fingerprint"] for f in result["findings"]] == [e["fingerprint"] for e in dropped]
    assert len(result["gate"]["not_counted"]["baselined"]) == 12
    assert "1 finding(s) at or above high: PS1005" in err


def test_stale_or_foreign_baselines_are_reported(tmp_path):
    base = tmp_path / "baseline.json"
    run_cli("baseline", "create", SAMPLES / "android" / "nsc-broken.apk", "--as-of", AS_OF, "-o", base)
    code, result, err = _scan(tmp_path, WEAK, "--baseline", base, "--fail-on", "never")
    assert code == 0
    assert "was made for com.example" in err and "not com.example.weak" in err
    assert "are gone: recreate it to drop them" in err


def test_bad_baseline_files_are_clean_errors(tmp_path):
    for text, message in (("{", "not JSON"), ('{"format": "other"}', "not a pinscan baseline"),
                          ('{"format": "pinscan-baseline", "version": 9}', "version 9 is not supported"),
                          ('{"format": "pinscan-baseline", "version": 1, "findings": [1]}', "must be a list")):
        bad = tmp_path / "b.json"
        bad.write_text(text)
        res = run_cli("scan", WEAK, "--baseline", bad)
        assert res.code == 2 and message in res.err and "Traceback" not in res.err


def _build_module():
    sys.path.insert(0, str(SAMPLES / "android"))
    try:
        import build  # samples/android/build.py

        return build
    finally:
        sys.path.pop(0)


def test_fingerprints_survive_a_rebuild_that_moves_every_line(tmp_path):
    """Rebuild nsc-weak's sources with a new version and three extra lines at the top of the network
    security config: every finding's line changes, the APK's hash changes, the fingerprints do not.
    Then add one weakness: the baseline lets exactly it through."""
    build = _build_module()
    missing = build.missing_tools()
    if missing:
        pytest.skip(f"Android sample toolchain not installed ({', '.join(missing)}); .ci/run installs it")
    base = tmp_path / "baseline.json"
    assert run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", base).code == 0
    _, before, _ = _scan(tmp_path, WEAK, "--fail-on", "never", name="before.json")

    src = tmp_path / "src" / "nsc-weak"
    shutil.copytree(WEAK_SRC, src)
    manifest = src / "AndroidManifest.xml"
    text = manifest.read_text()
    text = re.sub(r'android:versionCode="\d+"', 'android:versionCode="8"', text)
    manifest.write_text(re.sub(r'android:versionName="[^"]+"', 'android:versionName="2.0.2"', text))
    nsc = src / "res" / "xml" / "network_security_config.xml"
    lines = nsc.read_text().splitlines(keepends=True)
    nsc.write_text(lines[0] + "<!-- release 2.0.2:\n     nothing changed but this comment -->\n\n"
                   + "".join(lines[1:]))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    rebuilt = build.build(src, out_dir)
    assert rebuilt.read_bytes() != WEAK.read_bytes()

    code, after, err = _scan(tmp_path, rebuilt, "--baseline", base, "--fail-on", "info", name="after.json")
    assert code == 0, err
    assert after["findings"] == [] and len(after["gate"]["not_counted"]["baselined"]) == 13
    assert after["app"]["version_code"] == "8"
    _, plain, _ = _scan(tmp_path, rebuilt, "--fail-on", "never", name="plain.json")
    moved = {f["fingerprint"]: f["location"].get("line") for f in plain["findings"]}
    for f in before["findings"]:
        if f["location"]["path"].startswith("res/xml/"):
            assert moved[f["fingerprint"]] == f["location"]["line"] + 3

    # a new weakness in the next release: one more domain-config trusting user CAs
    text = nsc.read_text().replace("</network-security-config>", """    <domain-config>
        <domain>new.example.com</domain>
        <trust-anchors>
            <certificates src="user" />
        </trust-anchors>
    </domain-config>
</network-security-config>""")
    nsc.write_text(text)
    rebuilt = build.build(src, out_dir)
    code, after, err = _scan(tmp_path, rebuilt, "--baseline", base, "--fail-on", "medium", name="after2.json")
    assert code == 1 and "1 finding(s) at or above medium: PS1002" in err
    assert [(f["rule_id"], f["location"]["logical"]) for f in after["findings"]] == [
        ("PS1002", "network-security-config/domain-config[new.example.com]/trust-anchors/certificates[user]")]
    assert len(after["gate"]["not_counted"]["baselined"]) == 13
