"""The config file: found from the cwd upward, `.pinscan.toml` before pyproject's `[tool.pinscan]`,
`--config` to name one, CLI options winning key by key, paths relative to the file, clear errors."""

from __future__ import annotations

import json
import re

from conftest import SAMPLES, run_cli

WEAK = SAMPLES / "android" / "nsc-weak.apk"
STRICT = SAMPLES / "android" / "nsc-strict.apk"
AS_OF = "2026-06-01"


def _gate(tmp_path, *args, cwd) -> tuple[int, dict, str]:
    out = tmp_path / "gate.json"
    res = run_cli("scan", *args, "--as-of", AS_OF, "--format", "json", "-o", out, cwd=cwd)
    assert "Traceback" not in res.err
    data = json.loads(out.read_text()) if out.exists() else {}
    return res.code, data.get("gate", {}), res.err


def test_pinscan_toml_is_found_from_a_subdirectory(tmp_path):
    (tmp_path / ".pinscan.toml").write_text('fail-on = "never"\nrequire-pinning = ["cdn.example.com"]\n')
    deep = tmp_path / "app" / "build"
    deep.mkdir(parents=True)
    code, gate, err = _gate(tmp_path, WEAK, cwd=deep)
    assert code == 1
    assert gate["policy"] == {"fail_on": "never", "config_file": str(tmp_path / ".pinscan.toml"),
                              "require_pinning": ["cdn.example.com"]}
    assert gate["reasons"] == ["cdn.example.com is required to be pinned but the app declares no pins for it"]


def test_pyproject_tool_pinscan_is_read_and_one_without_it_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.pinscan]\nfail-on = "critical"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "sub"\n')  # no [tool.pinscan]: not ours
    code, gate, _ = _gate(tmp_path, WEAK, cwd=sub)
    assert code == 0
    assert gate["policy"]["fail_on"] == "critical" and gate["policy"]["config_file"].endswith("pyproject.toml")


def test_dedicated_file_wins_over_pyproject_in_the_same_directory(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.pinscan]\nfail-on = "critical"\n')
    (tmp_path / ".pinscan.toml").write_text('fail-on = "medium"\n')
    code, gate, _ = _gate(tmp_path, WEAK, cwd=tmp_path)
    assert code == 1 and gate["policy"]["fail_on"] == "medium" and gate["policy"]["config_file"] == ".pinscan.toml"


def test_cli_options_win_over_the_file_key_by_key(tmp_path):
    (tmp_path / ".pinscan.toml").write_text(
        'fail-on = "never"\nfail-on-pin-expiry = 30\nrequire-pinning = ["cdn.example.com"]\n')
    # the file alone: fails on pin expiry (pay.example.com: 19 days) and on cdn.example.com
    code, gate, _ = _gate(tmp_path, WEAK, cwd=tmp_path)
    assert code == 1 and len(gate["reasons"]) == 3
    # CLI: a list replaces the file's list; a number replaces the file's number; fail-on too
    code, gate, _ = _gate(tmp_path, WEAK, "--require-pinning", "api.example.com", "--fail-on-pin-expiry", "10",
                          "--fail-on", "critical", cwd=tmp_path)
    assert gate["policy"]["require_pinning"] == ["api.example.com"]
    assert gate["policy"]["fail_on_pin_expiry"] == 10 and gate["policy"]["fail_on"] == "critical"
    assert not any("cdn.example.com" in r for r in gate["reasons"])
    assert not any("pay.example.com" in r for r in gate["reasons"])  # 19 days > 10
    assert any("api.example.com is required" in r for r in gate["reasons"])
    # and a CLI "never" beats a stricter file
    (tmp_path / ".pinscan.toml").write_text('fail-on = "info"\n')
    assert _gate(tmp_path, STRICT, cwd=tmp_path)[0] == 0  # strict has no findings at all
    assert _gate(tmp_path, WEAK, cwd=tmp_path)[0] == 1
    assert _gate(tmp_path, WEAK, "--fail-on", "never", cwd=tmp_path)[0] == 0


def test_explicit_config_file_and_paths_relative_to_it(tmp_path):
    conf_dir = tmp_path / "ci"
    conf_dir.mkdir()
    baseline = conf_dir / "accepted.json"
    assert run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", baseline).code == 0
    (conf_dir / "policy.toml").write_text('baseline = "accepted.json"\nfail-on = "info"\n')
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    code, gate, _ = _gate(tmp_path, WEAK, "--config", conf_dir / "policy.toml", cwd=elsewhere)
    assert code == 0 and len(gate["not_counted"]["baselined"]) == 13
    assert gate["policy"]["baseline"] == str(baseline)


def test_config_errors_are_one_line_and_exit_2(tmp_path):
    cases = {
        'fail-on = "severe"\n': "fail-on: unknown severity",
        'fail_on_pin_expiry = -1\n': "fail-on-pin-expiry: must be a whole number",
        'fial-on = "high"\n': "unknown key(s) fial-on",
        '[[suppress]]\nrule = "PS1002"\n': "a suppression needs a 'reason'",
        '[[suppress]]\nreason = "x"\n': "needs at least one of rule, library, location",
        '[[suppress]]\nrule = "PS9999"\nreason = "x"\n': "no rule 'PS9999'",
        '[[suppress]]\nrule = "PS1002"\nreason = "x"\nexpires = "next year"\n': "is not a date",
        'fail-on = \n': "not valid TOML",
        'baseline = "missing.json"\n': "cannot read the baseline",
    }
    for text, message in cases.items():
        (tmp_path / ".pinscan.toml").write_text(text)
        res = run_cli("scan", STRICT, cwd=tmp_path)
        assert res.code == 2, text
        assert message in res.err, (text, res.err)
        assert len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err
    res = run_cli("scan", STRICT, "--config", tmp_path / "nope.toml")
    assert res.code == 2 and "config file not found" in res.err
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    res = run_cli("scan", STRICT, "--config", tmp_path / "pyproject.toml")
    assert res.code == 2 and "has no [tool.pinscan] table" in res.err


def test_suppressions_with_expiry_dates_from_toml(tmp_path):
    (tmp_path / ".pinscan.toml").write_text(
        "[[suppress]]\nrule = \"PS1005\"\nreason = \"pins retired in 2.1\"\nexpires = 2026-05-01\n\n"
        "[[suppress]]\nlocation = \"*domain-config[pay.example.com]*\"\nreason = \"pay SDK owns this\"\n"
        "expires = \"2026-12-31\"\n")
    code, gate, err = _gate(tmp_path, WEAK, cwd=tmp_path)
    assert code == 1  # PS1002 (base-config) and the expired PS1005 suppression
    assert {s["rule_id"] for s in gate["not_counted"]["suppressed"]} == {"PS1002", "PS1006", "PS1007", "PS1009"}
    assert all(s["reason"] == "pay SDK owns this" for s in gate["not_counted"]["suppressed"])
    assert "expired on 2026-05-01 and no longer applies" in err
    assert gate["reasons"] == ["2 finding(s) at or above high: PS1002, PS1005"]


def test_policy_settings_take_the_cli_names_without_argparse(tmp_path):
    """For callers without a command line (the service's uploads): the CLI's option names, the config file's
    validation, CLI-over-file key by key, and no config file searched for from the working directory."""
    import pytest

    from pinscan.errors import ScanError
    from pinscan.gate.config import policy_settings
    from pinscan.model import Severity

    policy = policy_settings({"fail-on": "medium", "fail-on-pin-expiry": 30,
                              "require-pinning": ["api.example.com"]}).policy
    assert (policy.fail_on, policy.fail_on_pin_expiry, policy.require_pinning) == (Severity.MEDIUM, 30,
                                                                                    ("api.example.com",))
    assert policy.config_file is None and policy_settings({}).policy.fail_on == Severity.HIGH
    config = tmp_path / "release.toml"
    config.write_text('fail-on = "low"\nrequire-pinning = ["pay.example.com"]\n')
    policy = policy_settings({"fail-on": "never"}, config, display="policies/release.toml").policy
    assert (policy.fail_on, policy.require_pinning) == (None, ("pay.example.com",))
    assert policy.config_file == "policies/release.toml"
    for bad, needle in (({"fail-on": "severe"}, "fail-on"), ({"fail-on-pin-expiry": -1}, "fail-on-pin-expiry"),
                        ({"baseline": "x.json"}, "unknown policy option(s) baseline")):
        with pytest.raises(ScanError, match=re.escape(needle)):
            policy_settings(bad)
