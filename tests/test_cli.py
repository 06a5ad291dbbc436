"""The CLI contract: commands, output formats, exit codes, determinism."""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLES, run_cli
from pinscan import __version__

WEAK = SAMPLES / "android" / "nsc-weak.apk"
STRICT = SAMPLES / "android" / "nsc-strict.apk"
MODERN = SAMPLES / "android" / "manifest-modern.apk"


def test_version():
    res = run_cli("--version")
    assert res.code == 0 and res.out.strip() == f"pinscan {__version__}"


def test_rules_lists_every_rule_with_id_severity_and_title():
    from pinscan.rule import all_rules

    res = run_cli("rules")
    assert res.code == 0
    for r in all_rules():
        line = next(line for line in res.out.splitlines() if line.startswith(r.id + " "))
        assert r.severity.label in line and r.title in line
    data = json.loads(run_cli("rules", "--format", "json").out)
    assert [d["id"] for d in data] == sorted(r.id for r in all_rules())


def test_explain_prints_the_docstring_sections():
    res = run_cli("explain", "PS1005")
    assert res.code == 0
    for section in ("## What it finds", "## Why it matters", "## How to fix", "## References"):
        assert section in res.out
    assert run_cli("explain", "pin-set-expired").out == res.out
    bad = run_cli("explain", "PS9999")
    assert bad.code == 2 and "no rule" in bad.err


def test_every_rule_docstring_has_all_sections():
    from pinscan.rule import all_rules

    for r in all_rules():
        for section in ("## What it finds", "## Why it matters", "## How to fix", "## References"):
            assert section in r.doc, f"{r.id} lacks {section}"


def test_exit_codes_follow_fail_on():
    assert run_cli("scan", WEAK, "--as-of", "2026-06-01").code == 1  # high findings, default fail-on high
    assert run_cli("scan", WEAK, "--fail-on", "never").code == 0
    assert run_cli("scan", WEAK, "--fail-on", "critical").code == 0
    assert run_cli("scan", MODERN, "--fail-on", "info").code == 0
    assert run_cli("scan", SAMPLES / "android" / "manifest-legacy.apk", "--fail-on", "low").code == 1
    bad = run_cli("scan", WEAK, "--fail-on", "severe")
    assert bad.code == 2 and "Traceback" not in bad.err


def test_text_output_shows_policy_pins_and_findings_most_severe_first():
    res = run_cli("scan", WEAK, "--as-of", "2026-06-01", "--fail-on", "never")
    out = res.out
    assert "Network policy per host" in out and "pay.example.com +subdomains" in out
    assert "pinned (NOT enforced), pins expire 2020-01-01" in out
    assert "res/xml/network_security_config.xml:11" in out
    severities = [line.split()[0].rstrip(",") for line in out.split("\nFindings", 1)[1].splitlines()
                  if line.startswith("  ") and line.split()[0].rstrip(",") in ("HIGH", "MEDIUM", "LOW", "INFO")]
    order = {"HIGH": 0, "MEDIUM": 1, "LOW": 2, "INFO": 3}
    assert severities == sorted(severities, key=order.get) and severities[0] == "HIGH"


def test_json_to_stdout_and_file_are_identical_and_deterministic(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run_cli("scan", WEAK, "--format", "json", "-o", a, "--as-of", "2026-06-01").code == 1
    assert run_cli("scan", WEAK, "--format", "json", "-o", b, "--as-of", "2026-06-01").code == 1
    assert a.read_bytes() == b.read_bytes()
    stdout = run_cli("scan", WEAK, "--format", "json", "--as-of", "2026-06-01").out
    assert stdout.encode() == a.read_bytes()
    data = json.loads(a.read_text())
    assert "nondeterministic" not in data
    assert list(data) == ["schema_version", "tool", "app", "as_of", "summary", "findings", "pins", "policies",
                          "endpoints", "coverage", "rules_run", "gate"]


def test_timestamp_is_opt_in_and_marked(tmp_path):
    data = json.loads(run_cli("scan", STRICT, "--format", "json", "--timestamp").out)
    assert set(data["nondeterministic"]) == {"scanned_at"}


def test_unwritable_output_is_a_clean_error(tmp_path):
    res = run_cli("scan", STRICT, "--format", "json", "-o", tmp_path / "missing-dir" / "r.json")
    assert res.code == 2 and "cannot write" in res.err and "Traceback" not in res.err


def test_json_result_documents_app_identity():
    data = json.loads(run_cli("scan", STRICT, "--format", "json").out)
    app = data["app"]
    assert app["platform"] == "android" and app["app_id"] == "com.example.strict"
    assert app["version_name"] == "1.2.0" and app["min_sdk"] == 24 and app["target_sdk"] == 34
    assert len(app["sha256"]) == 64 and app["network_security_config"] == "res/xml/network_security_config.xml"


def test_json_result_reads_back_identically(tmp_path):
    """result_from_json is the inverse of to_json: the cache and `pinscan diff` of JSON files rely on it."""
    from pinscan.model import result_from_json

    for name in ("android/nsc-weak.apk", "android/code-trustall.apk", "ios/trustkit-weak.ipa",
                 "android/code-default-trustall.apk", "android/code-cleartext-endpoint.apk"):
        out = tmp_path / "r.json"
        proc = run_cli("scan", SAMPLES / name, "--format", "json", "-o", out, "--fail-on", "never")
        assert proc.code == 0, proc.err
        text = out.read_text()
        again = result_from_json(json.loads(text))
        assert again.to_json_text() == text
        assert again.findings and all(f.fingerprint for f in again.findings)


def test_result_from_json_refuses_other_json():
    from pinscan.model import result_from_json

    for data in ({}, {"tool": {"name": "other"}}, [], {"tool": {"name": "pinscan"}, "app": {}, "schema_version": 99}):
        with pytest.raises(ValueError):
            result_from_json(data)
