"""The JSON Schema of the scan result: valid itself, printed by `pinscan schema`, met by results with every part
of the gate filled in (each sample's plain result is validated in test_samples), and documented key by key in the
README."""

from __future__ import annotations

import json
import re

from conftest import ROOT, SAMPLES, run_cli, validate_result

WEAK = SAMPLES / "android" / "nsc-weak.apk"
AS_OF = "2026-06-01"


def _schema() -> dict:
    from pinscan.report.schema import schema_text

    return json.loads(schema_text())


def test_the_schema_is_a_valid_draft_2020_12_schema_and_the_command_prints_it():
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(_schema())
    res = run_cli("schema")
    assert res.code == 0 and json.loads(res.out) == _schema()


def test_a_result_with_every_gate_part_validates(tmp_path):
    base = tmp_path / "baseline.json"
    run_cli("baseline", "create", WEAK, "--as-of", AS_OF, "-o", base)
    data = json.loads(base.read_text())
    data["findings"] = [e for e in data["findings"] if e["rule_id"] != "PS1005"]
    base.write_text(json.dumps(data))
    (tmp_path / ".pinscan.toml").write_text(
        '[[suppress]]\nrule = "PS1002"\nreason = "enterprise build"\nexpires = 2027-01-01\n')
    out = tmp_path / "r.json"
    res = run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "json", "-o", out, "--baseline", base,
                  "--require-pinning", "cdn.example.com", "--fail-on-pin-expiry", "30", "--timestamp",
                  "--exclude-libraries", "netty,okhttp", "--strict-libraries", cwd=tmp_path)
    assert res.code == 1, res.err
    result = json.loads(out.read_text())
    validate_result(result)
    gate = result["gate"]
    assert gate["not_counted"]["baselined"] and gate["not_counted"]["suppressed"]
    assert gate["policy"]["exclude_libraries"] == ["netty", "okhttp"] and gate["policy"]["strict_libraries"]


def test_the_schema_rejects_what_pinscan_never_writes():
    import jsonschema

    result = json.loads(run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "json").out)
    validate_result(result)
    for broken in ({**result, "surprise": 1}, {**result, "schema_version": 1},
                   {**result, "findings": [{**result["findings"][0], "severity": "severe"}]}):
        try:
            validate_result(broken)
        except jsonschema.ValidationError:
            continue
        raise AssertionError("the schema accepted a result pinscan never writes")


def _keys(node: dict, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        for k, v in node.get("properties", {}).items():
            out.add(k)
            _keys(v, out)
        for v in node.get("$defs", {}).values():
            _keys(v, out)
        if isinstance(node.get("items"), dict):
            _keys(node["items"], out)
    return out


def test_the_readme_documents_every_key_of_the_result():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## JSON output", 1)[1].split("\n## ", 1)[0]
    spans = re.findall(r"`([^`]+)`", section)
    documented = {w for span in spans for w in re.findall(r"[a-z_0-9]+", span)}
    missing = sorted(_keys(_schema(), set()) - documented)
    assert missing == [], f"README's JSON output section does not name: {missing}"
