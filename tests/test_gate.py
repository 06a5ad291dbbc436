"""The release gate: each policy on real samples through the CLI, exit codes, the verdict in JSON and on
stderr, several outputs from one scan, and suppressions (by rule, library, location; with expiry)."""

from __future__ import annotations

import datetime as dt
import json

from conftest import SAMPLES, run_cli

WEAK = SAMPLES / "android" / "nsc-weak.apk"
STRICT = SAMPLES / "android" / "nsc-strict.apk"
AS_OF = "2026-06-01"


def _json(res_path) -> dict:
    return json.loads(res_path.read_text())


# --- fail-on -----------------------------------------------------------------------------------

def test_default_fail_on_is_high_and_the_reason_names_the_rules():
    res = run_cli("scan", WEAK, "--as-of", AS_OF)
    assert res.code == 1
    assert "gate failed: 3 finding(s) at or above high: PS1002, PS1005, PS1009" in res.err
    assert run_cli("scan", WEAK, "--as-of", AS_OF, "--fail-on", "critical").code == 0
    assert run_cli("scan", STRICT, "--as-of", AS_OF, "--fail-on", "info").code == 0


def test_default_policy_json_has_the_gate(tmp_path):
    out = tmp_path / "r.json"
    run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "json", "-o", out)
    gate = _json(out)["gate"]  # the same shape as the diff's gate, also under the default policy
    assert list(gate) == ["passed", "reasons", "warnings", "policy", "not_counted"]
    assert gate["passed"] is False and gate["policy"] == {"fail_on": "high"}
    assert gate["not_counted"] == {"baselined": [], "suppressed": [], "excluded_libraries": [],
                                   "library_code_not_reached": []}


# --- pin expiry --------------------------------------------------------------------------------

def test_fail_on_pin_expiry_counts_days_from_the_check_date():
    # nsc-strict's pin-sets expire on 2099-12-31: 30 days after 2099-12-01
    near = run_cli("scan", STRICT, "--as-of", "2099-12-01", "--fail-on", "never", "--fail-on-pin-expiry", "30")
    assert near.code == 1
    assert "pins for api.example.com" in near.err and "expire on 2099-12-31, in 30 day(s)" in near.err
    assert run_cli("scan", STRICT, "--as-of", "2099-12-01", "--fail-on", "never",
                   "--fail-on-pin-expiry", "29").code == 0
    # no policy, no failure: the expiry alone is not a finding at or above high here
    assert run_cli("scan", STRICT, "--as-of", "2099-12-01", "--fail-on", "never").code == 0


def test_fail_on_pin_expiry_fails_on_pins_already_expired():
    res = run_cli("scan", WEAK, "--as-of", AS_OF, "--fail-on", "never", "--fail-on-pin-expiry", "0")
    assert res.code == 1
    assert "pins for api.example.com" in res.err and "expired on 2020-01-01" in res.err
    assert "pay.example.com" not in res.err  # 19 days left > 0


def test_bad_days_value_is_a_usage_error():
    res = run_cli("scan", WEAK, "--fail-on-pin-expiry", "soon")
    assert res.code == 2 and "Traceback" not in res.err


# --- required pinning --------------------------------------------------------------------------

def test_require_pinning_passes_for_enforced_pins_including_subdomains():
    res = run_cli("scan", STRICT, "--as-of", AS_OF, "--require-pinning", "api.example.com,eu.cdn.example.com",
                  "--require-pinning", "CDN.example.com.")
    assert res.code == 0, res.err


def test_require_pinning_fails_for_unpinned_and_for_unenforced_hosts():
    res = run_cli("scan", STRICT, "--as-of", AS_OF, "--require-pinning", "api.example.com,login.example.com")
    assert res.code == 1
    assert "login.example.com is required to be pinned but the app declares no pins for it" in res.err
    assert "api.example.com is required" not in res.err
    weak = run_cli("scan", WEAK, "--as-of", AS_OF, "--fail-on", "never", "--require-pinning", "pay.example.com")
    assert weak.code == 1
    assert "pay.example.com is required to be pinned but its pins are not enforced" in weak.err
    assert 'overridePins="true"' in weak.err


def test_verdict_in_json_lists_policy_and_reasons_deterministically(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    args = ["scan", WEAK, "--as-of", AS_OF, "--fail-on", "medium", "--require-pinning", "cdn.example.com",
            "--format", "json"]
    assert run_cli(*args, "-o", a).code == 1
    assert run_cli(*args, "-o", b).code == 1
    assert a.read_bytes() == b.read_bytes()
    gate = _json(a)["gate"]
    assert gate["passed"] is False
    assert gate["policy"] == {"fail_on": "medium", "require_pinning": ["cdn.example.com"]}
    assert gate["reasons"][0].startswith("11 finding(s) at or above medium")
    assert any("cdn.example.com is required" in r for r in gate["reasons"])


# --- several outputs from one scan -------------------------------------------------------------

def test_json_sarif_html_and_text_from_one_scan(tmp_path):
    j, s, h = tmp_path / "r.json", tmp_path / "r.sarif", tmp_path / "r.html"
    res = run_cli("scan", WEAK, "--as-of", AS_OF, "--json", j, "--sarif", s, "--html", h)
    assert res.code == 1
    assert "Network policy per host" in res.out  # the text report still goes to stdout
    data = _json(j)
    sarif = json.loads(s.read_text())
    assert [f["fingerprint"] for f in data["findings"]] == [
        r["partialFingerprints"]["pinscanFingerprint/v1"] for r in sarif["runs"][0]["results"]]
    page = h.read_text()
    assert page.startswith("<!DOCTYPE html>") and "FAILED" in page
    # the same JSON as --format json
    alone = run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "json").out
    assert alone == j.read_text()


def test_format_and_output_combine_with_extra_files(tmp_path):
    main, extra = tmp_path / "main.sarif", tmp_path / "extra.json"
    res = run_cli("scan", STRICT, "--as-of", AS_OF, "--format", "sarif", "-o", main, "--json", extra)
    assert res.code == 0 and res.out == ""
    assert json.loads(main.read_text())["version"] == "2.1.0"
    assert _json(extra)["app"]["app_id"] == "com.example.strict"


# --- suppressions (unit level: every matcher, expiry, reasons) ---------------------------------

def _finding(rule_id="PS1002", severity="high", logical="network-security-config/base-config",
             library=None, path="res/xml/network_security_config.xml", key=""):
    from pinscan.model import Confidence, Finding, Location, Severity

    return Finding(rule_id, Severity.parse(severity), Confidence.HIGH, f"{rule_id} here",
                   Location(path=path, line=3, logical=logical, kind="xml-element"), key=key, library=library)


def _result(*findings):
    from pinscan.model import AppIdentity, ScanResult

    ident = AppIdentity(platform="android", package_path="x.apk", sha256="0" * 64, size=1, app_id="com.x")
    return ScanResult(ident, tuple(findings), (), (), (), "0.0", AS_OF)


def test_suppressions_by_rule_library_and_location_pattern_with_their_reasons():
    from pinscan.gate import Policy, Suppression, evaluate

    by_rule = _finding("PS1002")
    by_library = _finding("PS1005", library="com.squareup.okhttp3", logical="Lokhttp3/CertificatePinner;", key="a")
    by_location = _finding("PS1009", logical="Lcom/example/legacy/Client;->connect()V", key="b")
    kept = _finding("PS1009", logical="Lcom/example/app/Client;->connect()V", key="c")
    policy = Policy(suppressions=(
        Suppression("accepted: user CAs are needed for the enterprise build", rule="user-ca-trusted"),
        Suppression("vendored SDK, fixed upstream in 5.0", library="COM.SQUAREUP.*"),
        Suppression("legacy client, removed in 3.0", location="Lcom/example/legacy/*",
                    expires=dt.date(2026, 6, 1)),  # the last day it applies is the check date
    ))
    out = evaluate(_result(by_rule, by_library, by_location, kept), policy, dt.date(2026, 6, 1))
    assert out.findings == (kept,)
    verdict = out.gate
    reasons = {s.finding.rule_id: s.reason for s in verdict.suppressed}
    assert reasons == {"PS1002": "accepted: user CAs are needed for the enterprise build",
                       "PS1005": "vendored SDK, fixed upstream in 5.0", "PS1009": "legacy client, removed in 3.0"}
    assert not verdict.passed and verdict.reasons == ("1 finding(s) at or above high: PS1009",)
    assert verdict.warnings == ()
    data = verdict.to_json()
    assert [s["reason"] for s in data["not_counted"]["suppressed"]][0]
    assert data["not_counted"]["suppressed"][2]["expires"] == "2026-06-01"


def test_an_expired_suppression_stops_applying_and_says_so():
    from pinscan.gate import Policy, Suppression, evaluate

    f = _finding("PS1002")
    policy = Policy(suppressions=(Suppression("until the migration", rule="PS1002", expires=dt.date(2026, 5, 31),
                                              origin=".pinscan.toml suppress #1"),))
    out = evaluate(_result(f), policy, dt.date(2026, 6, 1))
    assert out.findings == (f,)
    assert not out.gate.passed
    (warning,) = out.gate.warnings
    assert "expired on 2026-05-31 and no longer applies: 1 finding(s) it covered are reported again" in warning
    assert ".pinscan.toml suppress #1" in warning


def test_a_suppression_that_matches_nothing_is_reported():
    from pinscan.gate import Policy, Suppression, evaluate

    out = evaluate(_result(_finding("PS1002")), Policy(fail_on=None, suppressions=(
        Suppression("x", rule="PS1001"),)), dt.date(2026, 6, 1))
    assert out.gate.passed and out.gate.warnings == ("suppression (rule 'PS1001') matches no finding",)


def test_all_criteria_of_a_suppression_must_match():
    from pinscan.gate import Suppression

    s = Suppression("r", rule="PS1002", location="*legacy*")
    assert not s.matches(_finding("PS1002", logical="Lcom/example/app/A;"))
    assert s.matches(_finding("PS1002", logical="Lcom/example/legacy/A;"))
    assert not s.matches(_finding("PS1005", logical="Lcom/example/legacy/A;"))
    assert not Suppression("r", library="okhttp*").matches(_finding("PS1002"))  # the app's own code


def test_suppressed_findings_leave_sarif_but_are_counted(tmp_path):
    cfg = tmp_path / ".pinscan.toml"
    cfg.write_text('[[suppress]]\nrule = "PS1002"\nreason = "enterprise build trusts user CAs"\n')
    out = tmp_path / "r.sarif"
    res = run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "sarif", "-o", out, "--fail-on", "never",
                  cwd=tmp_path)
    assert res.code == 0, res.err
    run = json.loads(out.read_text())["runs"][0]
    assert "PS1002" not in {r["ruleId"] for r in run["results"]}
    notes = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert "2 suppressed finding(s) are not included." in notes
    assert run["properties"]["gate"]["not_counted"]["suppressed"][0]["reason"] == "enterprise build trusts user CAs"
