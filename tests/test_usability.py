"""What a person types and reads, through the real entry point: one-line usage errors, list options that leave
PATH alone, case-insensitive explain, library names checked, the diff in words, batch errors said once, loose
split APKs scanned as one app, library code the app does not reach kept out of the gate (and back in with
strict libraries), and JSON results of schema version 1 still read."""

from __future__ import annotations

import json
import shutil

from conftest import SAMPLES, run_cli

ANDROID = SAMPLES / "android"
WEAK = ANDROID / "nsc-weak.apk"
STRICT = ANDROID / "nsc-strict.apk"
LIBS = ANDROID / "code-libraries.apk"
AS_OF = "2026-06-01"


def _one_line_error(res, *needles: str) -> None:
    assert res.code == 2, res.err
    lines = res.err.splitlines()
    assert len(lines) == 2 and lines[0].startswith("pinscan: error: ") and lines[1].startswith("pinscan: hint: ")
    assert "usage:" not in res.err and "Traceback" not in res.err and res.out == ""
    for n in needles:
        assert n in lines[0], (n, lines[0])


def test_usage_errors_are_one_line_and_a_hint():
    _one_line_error(run_cli("scan", WEAK, "--fail-on", "bogus"), "--fail-on", "unknown severity 'bogus'")
    _one_line_error(run_cli("scan", WEAK, "--as-of", "2026-13-01"), "--as-of", "is not a date")
    _one_line_error(run_cli("scan"), "required: PATH")
    _one_line_error(run_cli("diff", WEAK), "NEW")
    _one_line_error(run_cli("explain"), "RULE_ID")
    res = run_cli("scan", WEAK, "--fail-on", "bogus")
    assert "`pinscan scan --help`" in res.err


def test_list_options_do_not_swallow_the_package_path():
    assert run_cli("scan", "--require-pinning", "api.example.com", STRICT, "--as-of", AS_OF).code == 0
    res = run_cli("scan", "--require-pinning", "api.example.com,login.example.com", STRICT, "--as-of", AS_OF)
    assert res.code == 1 and "login.example.com is required to be pinned" in res.err
    repeated = run_cli("scan", STRICT, "--as-of", AS_OF, "--require-pinning", "api.example.com",
                       "--require-pinning", "login.example.com")
    assert repeated.code == 1 and repeated.err == res.err
    assert run_cli("scan", "--exclude-libraries", "all", STRICT).code == 0
    assert run_cli("scan", "--exclude-libraries", "netty,okhttp", "--exclude-libraries", "glide", STRICT).code == 0
    # the old habit, `--exclude-libraries PATH`: said plainly, not "PATH is required"
    _one_line_error(run_cli("scan", "--exclude-libraries", STRICT), "is a path, not a library")


def test_unknown_library_names_are_an_error_listing_the_known_ones():
    res = run_cli("scan", STRICT, "--exclude-libraries", "netty,nosuchlib")
    _one_line_error(res, "unknown library 'nosuchlib'", "known: all,", "apache-httpclient", "netty", "okhttp")


def test_explain_takes_an_id_in_any_case_or_a_name():
    upper = run_cli("explain", "PS1002")
    assert upper.code == 0 and "## Why it matters" in upper.out
    assert run_cli("explain", "ps1002").out == upper.out
    assert run_cli("explain", "User-CA-Trusted").out == upper.out
    bad = run_cli("explain", "ps9999")
    assert bad.code == 2 and bad.err.count("\n") == 1 and "no rule 'ps9999'" in bad.err


def test_diff_gate_and_pin_changes_read_as_words():
    v1, v2 = ANDROID / "release-v1.apk", ANDROID / "release-v2.apk"
    never = run_cli("diff", v1, v2, "--as-of", AS_OF, "--fail-on", "never")
    assert "at or above never" not in never.out
    assert "Diff gate: FAILED (it fails when a host loses its pins or gains cleartext, or the code gains a " \
           "process-wide trust override (findings never fail it: --fail-on never))" in never.out
    assert "img.example.com [nsc] removed: 2 pins removed" in never.out
    assert "(+0 -2 =0)" not in never.out
    high = run_cli("diff", v1, v2, "--as-of", AS_OF)
    assert "or a finding at or above high is new or re-rated up to it" in high.out
    data = json.loads(run_cli("diff", v1, v2, "--as-of", AS_OF, "--format", "json").out)
    assert data["schema_version"] == 2 and list(data["gate"]) == ["passed", "reasons", "warnings", "policy"]
    assert data["gate"]["policy"] == {"fail_on": "high"} and data["gate"]["passed"] is False


def test_a_batch_says_each_error_once(tmp_path):
    (tmp_path / "broken.apk").write_bytes(b"not a zip at all")
    shutil.copyfile(STRICT, tmp_path / "strict.apk")
    res = run_cli("scan", tmp_path)
    assert res.code == 2
    message = "not an app package"
    assert res.err.count(message) == 1, res.err  # the progress line, not again in a summary
    assert res.out.count(message) == 1, res.out  # the package's line, not again in the table
    quiet = run_cli("scan", tmp_path, "--quiet")
    assert quiet.err.count(message) == 1, quiet.err  # no progress: the summary says it


def test_a_folder_of_base_and_split_apks_is_one_app(tmp_path):
    for name in ("nsc-weak.apk", "split-feature.apk", "nsc-strict.apk", "split-config.apk"):
        shutil.copyfile(ANDROID / name, tmp_path / name)
    out = tmp_path / "batch.json"
    res = run_cli("scan", tmp_path, "--format", "json", "-o", out, "--as-of", AS_OF, "--fail-on", "never")
    assert res.code == 0, res.err
    doc = json.loads(out.read_text())
    assert [p["path"] for p in doc["packages"]] == [str(tmp_path / "nsc-strict.apk"), str(tmp_path / "nsc-weak.apk")]
    strict, weak = (p["result"] for p in doc["packages"])
    assert weak["app"]["format"] == "apk-set" and weak["app"]["splits"] == ["split-feature.apk"]
    assert strict["app"]["splits"] == ["split-config.apk"]
    assert weak["app"]["dex_files"] == 2  # the feature split brings its own code
    alone = json.loads(run_cli("scan", WEAK, "--format", "json", "--as-of", AS_OF, "--fail-on", "never").out)
    assert sorted(f["fingerprint"] for f in weak["findings"]) == sorted(f["fingerprint"] for f in alone["findings"])
    text = run_cli("scan", tmp_path, "--as-of", AS_OF, "--fail-on", "never", "--quiet").out
    assert "nsc-weak.apk (with its split APKs split-feature.apk): com.example.weak" in text
    assert "split-feature.apk:" not in text


def test_library_code_the_app_does_not_reach_does_not_fail_the_gate(tmp_path):
    out = tmp_path / "r.json"
    res = run_cli("scan", LIBS, "--as-of", AS_OF, "--format", "json", "-o", out)
    assert res.code == 1 and "gate failed: 1 finding(s) at or above high: PS2001" in res.err
    result = json.loads(out.read_text())
    reached = {f["library"]: f["properties"]["reached_from_app"] for f in result["findings"]}
    assert reached == {"okhttp2": True, "netty": False}
    netty = next(f for f in result["findings"] if f["library"] == "netty")
    assert result["gate"]["not_counted"]["library_code_not_reached"] == [netty["fingerprint"]]
    okhttp = next(f for f in result["findings"] if f["library"] == "okhttp2")
    assert any("MainActivity.java:15 in com.example.libs.MainActivity.onCreate(Bundle)" in e
               for e in okhttp["evidence"])

    strict = run_cli("scan", LIBS, "--as-of", AS_OF, "--strict-libraries")
    assert strict.code == 1 and "2 finding(s) at or above high: PS2001×2" in strict.err
    (tmp_path / ".pinscan.toml").write_text("strict-libraries = true\n")
    assert run_cli("scan", LIBS, "--as-of", AS_OF, cwd=tmp_path).err == strict.err

    excluded = run_cli("scan", LIBS, "--as-of", AS_OF, "--exclude-libraries", "okhttp2")
    assert excluded.code == 0, excluded.err
    assert "Not counted (1)\n  in excluded libraries (okhttp2) (1)\n    HIGH     PS2001" in excluded.out


def test_a_schema_version_1_result_still_reads(tmp_path):
    from pinscan.model import result_from_json

    data = json.loads(run_cli("scan", WEAK, "--format", "json", "--as-of", AS_OF, "--fail-on", "never").out)
    old = {**data, "schema_version": 1, "gate": {"result": "pass", "reasons": [], "baselined": 3}}
    result = result_from_json(old)
    assert result.gate is None and len(result.findings) == len(data["findings"])
    again = result_from_json(data)  # version 2 keeps its recorded verdict
    assert again.gate is not None and again.to_json()["gate"] == data["gate"]
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(old))
    res = run_cli("diff", path, WEAK, "--as-of", AS_OF)
    assert res.code == 0 and "No changes" in res.out, res.err
