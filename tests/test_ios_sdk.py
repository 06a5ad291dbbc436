"""ATS by the SDK the app was linked against and the iOS versions it supports: before the iOS 9 SDK there is
no ATS at all; a minimum OS below 9 (or below 10 for the iOS 10 keys) gets notes on what older versions
enforce. The SDK comes from the binary (what iOS checks), else from Info.plist DTSDKName / DTPlatformVersion."""

from __future__ import annotations

import json
import plistlib
import zipfile
from pathlib import Path

from conftest import SAMPLES, run_cli

IOS = SAMPLES / "ios"
LEAF = "AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc="


def scan_json(path, *options: str) -> dict:
    res = run_cli("scan", path, "--format", "json", "--fail-on", "never", "--as-of", "2026-06-01", *options)
    assert res.code == 0, res.err
    return json.loads(res.out)


def _variant(tmp_path: Path, sample: str, edit, drop_binary: bool = False) -> Path:
    """The sample's IPA with its Info.plist edited (and optionally without its executable)."""
    src, out = IOS / f"{sample}.ipa", tmp_path / f"{sample}-variant.ipa"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".app/Info.plist"):
                plist = plistlib.loads(data)
                edit(plist)
                data = plistlib.dumps(plist)
            elif drop_binary and info.filename.count("/") == 2 and "." not in info.filename.rsplit("/", 1)[1]:
                continue
            zout.writestr(info, data)
    return out


def test_before_the_ios_9_sdk_there_is_no_ats():
    r = scan_json(IOS / "ats-sdk8.ipa")
    assert r["app"]["sdk"] == "8.4" and r["app"]["min_os"] == "8.0"
    assert [p["host"] for p in r["policies"]] == ["*"]  # exception domains have no effect: no rows
    star = r["policies"][0]
    assert star["cleartext_permitted"] is True and star["source"] == "no ATS (iOS 8.4 SDK)"
    assert star["notes"][0].startswith("linked against the iOS 8.4 SDK (per the binary): iOS applies App Transport "
                                       "Security only to apps linked against the iOS 9 SDK or later")
    assert r["findings"] == []


def test_from_the_ios_9_sdk_ats_applies_and_a_minimum_os_8_is_noted():
    r = scan_json(IOS / "ats-sdk9.ipa")
    star = next(p for p in r["policies"] if p["host"] == "*")
    assert star["source"] == "ATS NSAllowsArbitraryLoads"
    assert "iOS 8 and older have no ATS: on those devices (minimum OS 8.0) cleartext HTTP is allowed to every " \
           "host" in star["notes"]
    assert {f["rule_id"] for f in r["findings"]} == {"PS3001", "PS3003"}


def test_ios_10_keys_are_noted_as_ignored_on_ios_9():
    notes = {p["host"]: p.get("notes", []) for p in scan_json(IOS / "ats-min-os8.ipa")["policies"]}
    assert "NSAllowsArbitraryLoadsInWebContent and NSAllowsLocalNetworking are iOS 10 keys: iOS 9 (minimum OS 8.0) " \
           "ignores them" in notes["*"]
    assert "NSRequiresCertificateTransparency is an iOS 10 key: iOS 9 ignores it" in notes["api.example.com"]
    modern = {p["host"]: p.get("notes", []) for p in scan_json(IOS / "ats-min-os10.ipa")["policies"]}
    assert not any("iOS 9" in n or "iOS 8" in n for ns in modern.values() for n in ns)


def test_the_binary_decides_when_info_plist_disagrees(tmp_path):
    ipa = _variant(tmp_path, "ats-sdk8", lambda p: p.update(DTSDKName="iphoneos9.0", DTPlatformVersion="9.0"))
    r = scan_json(ipa)
    assert r["app"]["sdk"] == "8.4" and r["findings"] == []
    warning = next(c for c in r["coverage"] if c["status"] == "warning" and c["part"].endswith("Info.plist"))
    assert warning["reason"] == ("Info.plist DTSDKName iphoneos9.0 disagrees with the binary, linked against the iOS "
                                 "8.4 SDK: pinscan follows the binary, as iOS does")


def test_info_plist_names_the_sdk_when_the_binary_is_missing(tmp_path):
    ipa = _variant(tmp_path, "ats-sdk9", lambda p: p.update(DTSDKName="iphoneos5.0"), drop_binary=True)
    # Without its executable the app is not fully analysed: the gate fails closed unless that is accepted.
    r = scan_json(ipa, "--allow-incomplete")
    assert r["gate"]["not_analysed"] == ["Payload/Sdk9.app/(executable)"]
    assert r["app"]["sdk"] == "5.0" and r["findings"] == []
    assert "(per Info.plist DTSDKName iphoneos5.0)" in r["policies"][0]["notes"][0]
    only_platform = _variant(tmp_path, "ats-sdk9", lambda p: (p.pop("DTSDKName"), p.update(DTPlatformVersion="8.2")),
                             drop_binary=True)
    assert scan_json(only_platform, "--allow-incomplete")["app"]["sdk"] == "8.2"


def test_pinned_domains_of_an_app_without_ats_are_not_enforced(tmp_path):
    def pin(p: dict) -> None:
        p["NSAppTransportSecurity"]["NSPinnedDomains"] = {"api.example.com": {
            "NSPinnedLeafIdentities": [{"SPKI-SHA256-BASE64": LEAF}]}}

    entry = scan_json(_variant(tmp_path, "ats-sdk8", pin))["pins"][0]
    assert entry["source"] == "ats" and entry["enforced"] is False
    assert entry["not_enforced_because"][0].startswith("linked against the iOS 8.4 SDK")


def test_armv7_slice_is_analysed_and_what_is_not_read_is_named():
    r = scan_json(IOS / "armv7-trust-all.ipa")
    assert r["app"]["architectures"] == ["armv7"] and r["app"]["sdk"] == "9.3"
    assert [c for c in r["coverage"] if c["status"] == "failed"] == []
    assert {"part": "Payload/TrustAll7.app/TrustAll7", "status": "warning",
            "reason": "armv7: 32-bit slice analysed without constants passed to calls (decoded in arm64 code only)"} \
        in r["coverage"]
    assert {f["rule_id"] for f in r["findings"]} == {"PS4004", "PS4005", "PS4006"}
