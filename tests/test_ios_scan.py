"""Scanning IPAs end to end through the CLI: the ATS policy per host and the pin inventory in text and
JSON, .app folders and zipped .app bundles, and hostile packages (exit 2 or a coverage note, never a
traceback)."""

from __future__ import annotations

import json
import os
import plistlib
import stat
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, run_cli

IOS = SAMPLES / "ios"
LEAF = "AApQv70PncLMIamzPXTpBRdYt5s9oeU7THCEtRs7Ixc="


def scan_json(path, *extra, code: int = 0) -> dict:
    """The JSON result; `code` 1 for a package some part of which cannot be analysed (the gate fails closed)."""
    res = run_cli("scan", path, "--format", "json", "--fail-on", "never", "--as-of", "2026-06-01", *extra)
    assert res.code == code, res.err
    if code == 1:
        assert res.err.startswith("pinscan: gate failed: incomplete analysis: "), res.err
    assert "Traceback" not in res.err
    return json.loads(res.out)


def test_ipa_scan_reports_ats_policy_per_host_and_pins_in_json():
    r = scan_json(IOS / "ats-strict.ipa")
    assert r["app"]["platform"] == "ios" and r["app"]["app_id"] == "com.example.atsstrict"
    assert r["app"]["min_os"] == "14.0" and r["app"]["architectures"] == ["x86_64", "arm64"]
    policies = {p["host"]: p for p in r["policies"]}
    assert policies["*"]["cleartext_permitted"] is False
    api = policies["api.example.com"]
    assert api["pinned"] and api["pins_enforced"] and api["include_subdomains"]
    assert "minimum TLS TLSv1.3" in api["notes"] and "certificate transparency required" in api["notes"]
    ats = next(p for p in r["pins"] if p["source"] == "ats")
    leaf = next(p for p in ats["pins"] if p["value"] == LEAF)
    assert leaf["digest"] == "leaf-sha256" and leaf["matches_certificate"] == "Payload/AtsStrict.app/api.cer"


def test_ipa_scan_reports_policy_and_pins_in_text():
    res = run_cli("scan", IOS / "ats-arbitrary.ipa", "--fail-on", "never")
    assert res.code == 0 and "Traceback" not in res.err
    out = res.out
    assert "ios app com.example.atsarbitrary 1.0 (7)" in out
    assert "Network policy per host" in out
    assert "  (default)\n      cleartext ALLOWED" in out
    assert "  api.example.com\n      cleartext blocked" in out
    assert "NSAllowsArbitraryLoads does not reach exception domains" in out
    assert "  legacy.example.com +subdomains\n      cleartext ALLOWED" in out
    pins = run_cli("scan", IOS / "trustkit-ok.ipa", "--fail-on", "never").out
    assert "api.example.com +subdomains [trustkit] enforced, expires 2030-12-31" in pins
    assert f"sha256/{LEAF}" in pins


def test_extension_policies_are_named_by_component():
    r = scan_json(IOS / "ats-extension.ipa")
    comps = {(p.get("component"), p["host"]) for p in r["policies"]}
    assert comps == {(None, "*"), ("Share.appex", "*"), ("Share.appex", "upload.example.com")}
    assert r["app"]["extensions"] == ["Share.appex"] and r["app"]["frameworks"] == ["Analytics.framework"]


def test_exit_code_follows_fail_on():
    assert run_cli("scan", IOS / "ats-arbitrary.ipa").code == 1  # default --fail-on high
    assert run_cli("scan", IOS / "ats-strict.ipa").code == 0


def _extract(ipa: Path, dest: Path) -> None:
    with zipfile.ZipFile(ipa) as zf:
        for info in zf.infolist():
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))


def _findings(r: dict) -> list:
    return sorted((f["rule_id"], f["location"]["logical"], f["location"].get("component")) for f in r["findings"])


def test_unzipped_app_folder_and_unzipped_ipa_give_the_same_findings(tmp_path):
    want = scan_json(IOS / "ats-extension.ipa")
    _extract(IOS / "ats-extension.ipa", tmp_path)
    ipa_dir = scan_json(tmp_path)
    app_dir = scan_json(tmp_path / "Payload" / "WithExt.app")
    assert _findings(ipa_dir) == _findings(want) == _findings(app_dir)
    assert app_dir["findings"][0]["location"]["path"].startswith("WithExt.app/PlugIns/Share.appex/")


def test_zipped_app_without_payload(tmp_path):
    out = tmp_path / "app.zip"
    with zipfile.ZipFile(IOS / "ats-arbitrary.ipa") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename.removeprefix("Payload/"), src.read(info))
    r = scan_json(out)
    assert _findings(r) == _findings(scan_json(IOS / "ats-arbitrary.ipa"))


# --- hostile packages ---------------------------------------------------------------------------


def _rezip(tmp_path: Path, sample: str, change) -> Path:
    """Copy a sample IPA, letting `change(name, data)` return new (name, data) pairs (or [])."""
    out = tmp_path / f"{sample}-hostile.ipa"
    with zipfile.ZipFile(IOS / f"{sample}.ipa") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            for name, data in change(info.filename, src.read(info)):
                if isinstance(data, zipfile.ZipInfo):
                    dst.writestr(data, name)
                else:
                    dst.writestr(name, data)
    return out


def test_ipa_without_payload_is_exit_2(tmp_path):
    bad = _rezip(tmp_path, "ats-arbitrary", lambda n, d: [(n.replace("Payload/AtsArbitrary.app/", "x/"), d)])
    res = run_cli("scan", bad)
    assert res.code == 2 and "Traceback" not in res.err
    assert "no Payload/*.app" in res.err and res.err.count("\n") == 1


def test_payload_without_app_is_exit_2(tmp_path):
    bad = _rezip(tmp_path, "ats-arbitrary", lambda n, d: [(n.replace("AtsArbitrary.app/", "AtsArbitrary/"), d)])
    res = run_cli("scan", bad)
    assert res.code == 2 and "Payload/ holds no .app bundle" in res.err and "Traceback" not in res.err


def test_symlinks_in_the_zip_are_not_followed(tmp_path):
    def change(name, data):
        if name.endswith("/Info.plist"):
            link = zipfile.ZipInfo(name)
            link.create_system = 3
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            return [("/etc/passwd", link)]
        return [(name, data)]

    # The main Info.plist is the link: without it the app cannot be scanned.
    res = run_cli("scan", _rezip(tmp_path, "ats-arbitrary", change))
    assert res.code == 2 and res.err.splitlines() == [
        f"pinscan: error: {tmp_path / 'ats-arbitrary-hostile.ipa'}: cannot scan without the app's Info.plist "
        "(Payload/AtsArbitrary.app/Info.plist): a symbolic link in the package: not followed"], res.err


@pytest.mark.parametrize(("plist", "reason"), [
    (plistlib.dumps(["not", "a", "dict"], fmt=plistlib.FMT_BINARY), "not a dictionary"),
    (b"bplist00" + b"\xff" * 40, "malformed binary property list"),
])
def test_bad_main_info_plist_means_the_app_cannot_be_scanned(tmp_path, plist, reason):
    """No ATS, no identity, no executable name without it: exit 2 naming the part, not an empty report."""
    def change(name, data):
        return [(name, plist if name == "Payload/TrustAll.app/Info.plist" else data)]

    res = run_cli("scan", _rezip(tmp_path, "code-trust-all", change))
    assert res.code == 2 and len(res.err.splitlines()) == 1 and "Traceback" not in res.err
    assert "cannot scan without the app's Info.plist (Payload/TrustAll.app/Info.plist): " in res.err
    assert reason in res.err


def test_truncated_executable_is_a_coverage_note_and_plist_is_still_analysed(tmp_path):
    def change(name, data):
        return [(name, data[:6000] if name == "Payload/AtsArbitrary.app/AtsArbitrary" else data)]

    r = scan_json(_rezip(tmp_path, "ats-arbitrary", change), code=1)
    failed = [c for c in r["coverage"] if c["status"] == "failed"]
    assert len(failed) == 1 and "truncated" in failed[0]["reason"]
    assert "PS3001" in {f["rule_id"] for f in r["findings"]}


def test_fat_header_past_the_end_in_an_ipa(tmp_path):
    def change(name, data):
        if name == "Payload/AtsStrict.app/AtsStrict":
            data = data[:8] + (0x01000007).to_bytes(4, "big") + bytes(4) + (1 << 30).to_bytes(4, "big") + data[20:]
        return [(name, data)]

    r = scan_json(_rezip(tmp_path, "ats-strict", change), code=1)
    failed = [c for c in r["coverage"] if c["status"] == "failed"]
    assert len(failed) == 1 and "points past the end" in failed[0]["reason"]
    assert any(c["status"] == "analysed" and c["part"] == "Payload/AtsStrict.app/AtsStrict" for c in r["coverage"])


def test_app_folder_with_symlinks(tmp_path):
    _extract(IOS / "ats-arbitrary.ipa", tmp_path)
    app = tmp_path / "Payload" / "AtsArbitrary.app"
    (app / "evil.cer").symlink_to("/etc/passwd")
    (app / "Frameworks").symlink_to("/usr/lib", target_is_directory=True)
    r = scan_json(app)
    skipped = {c["part"] for c in r["coverage"] if c["status"] == "skipped"}
    assert {"AtsArbitrary.app/evil.cer", "AtsArbitrary.app/Frameworks"} <= skipped
    assert "PS3001" in {f["rule_id"] for f in r["findings"]}


def test_directory_that_is_not_an_app_is_exit_2(tmp_path):
    res = run_cli("scan", tmp_path)
    assert res.code == 2 and "Traceback" not in res.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file_in_app_folder(tmp_path):
    _extract(IOS / "ats-arbitrary.ipa", tmp_path)
    plist = tmp_path / "Payload" / "AtsArbitrary.app" / "Info.plist"
    plist.chmod(0)
    r = scan_json(tmp_path)
    assert any(c["status"] == "failed" and "cannot read" in c["reason"] for c in r["coverage"])
