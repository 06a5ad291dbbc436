"""Real, freely licensed APKs from npm (fetched by .ci/run, see README "Samples"): they scan without error, and being
SDK 33+ apps without a network security config they get no cleartext, user-CA or pinning finding."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

NPM_DIR = Path(os.environ.get("PINSCAN_NPM_APKS", "/tmp/npmapks"))
APKS = {
    "android-apidemos": "android-apidemos-5.0.0/package/apks/ApiDemos-debug.apk",
    "io.appium.settings": "io.appium.settings-8.0.10/package/apks/settings_apk-debug.apk",
    "appium-uiautomator2-server":
        "appium-uiautomator2-server-10.6.6/package/apks/appium-uiautomator2-server-v10.6.6.apk",
}
NETWORK_POLICY_RULES = {f"PS10{n:02d}" for n in range(1, 14)} - {"PS1003"}


@pytest.mark.parametrize("name", sorted(APKS))
def test_npm_apk_scans_cleanly(name, tmp_path):
    apk = NPM_DIR / APKS[name]
    if not apk.exists():
        pytest.skip(f"{apk} not present: fetch with `npm pack {name}` into {NPM_DIR} (.ci/run does)")
    out = tmp_path / "r.json"
    res = run_cli("scan", apk, "--format", "json", "-o", out, "--fail-on", "never")
    assert res.code == 0, res.err
    result = json.loads(out.read_text())
    assert result["app"]["target_sdk"] >= 33
    assert not [f for f in result["findings"] if f["rule_id"] in NETWORK_POLICY_RULES]
    assert not [p for p in result["pins"]]
    assert not [c for c in result["coverage"] if c["status"] == "failed"]
