"""Every bundled sample gives exactly the findings and pins its expected.json lists, and, where it lists them, its
policy rows (with the code layer and per-version notes), endpoints and coverage warnings: no more, no less."""

from __future__ import annotations

import json

import pytest

from conftest import all_samples, run_cli, validate_result

SAMPLES = all_samples()


def _finding_view(f: dict) -> dict:
    loc = f["location"]
    view = {"rule_id": f["rule_id"], "severity": f["severity"], "confidence": f["confidence"],
            "message": f["message"], "path": loc.get("path"), "line": loc.get("line"), "logical": loc.get("logical")}
    if loc.get("component"):
        view["component"] = loc["component"]
    return view


def _pin_view(p: dict) -> dict:
    """What an inventory entry states the app enforces: the pattern, pins, source, expiry, whether it is
    enforced and why not, its caveats, where failures are reported, and whether (and from which kinds of
    source) pins are supplied at run time (listed in expected.json only when non-empty)."""
    view = {"host": p["host"], "source": p["source"], "include_subdomains": p["include_subdomains"],
            "enforced": p["enforced"], "pins": sorted(x["value"] for x in p["pins"]),
            "expiration": p["expiration"]}
    for key in ("not_enforced_because", "notes", "report_uris"):
        if p.get(key):
            view[key] = p[key]
    if p.get("runtime"):
        view["runtime"] = sorted(f"{r['role']} from {r['kind']}" for r in p.get("runtime_sources", ()))
    return view


def _code_view(c: dict) -> dict:
    view = {k: c[k] for k in ("kind", "scope", "api", "effect", "reaches", "confidence", "defeats_pins")}
    for key in ("guarded_by", "hosts", "library"):
        if c.get(key):
            view[key] = c[key]
    view["at"] = c["location"].get("logical")
    return view


def policy_view(p: dict) -> dict:
    """A policy row as expected.json states it: the configuration's statement, its notes, the code layer."""
    view = {k: p[k] for k in ("host", "include_subdomains", "cleartext_permitted", "trust_anchors", "pinned",
                              "pins_enforced", "pin_expiration", "source")}
    view["notes"] = p.get("notes", [])
    view["code"] = [_code_view(c) for c in p.get("code", [])]
    if p.get("component"):
        view["component"] = p["component"]
    return view


def endpoint_view(e: dict) -> dict:
    """An endpoint as expected.json states it: scheme, host, allowed, the URLs, APIs and places, its notes."""
    view = {k: e[k] for k in ("scheme", "host", "allowed", "urls", "apis", "confidence")}
    view["where"] = [loc.get("logical") for loc in e["where"]]
    for key in ("notes", "libraries", "component"):
        if e.get(key):
            view[key] = e[key]
    return view


def _key(d: dict) -> str:
    return json.dumps(d, sort_keys=True)


@pytest.mark.parametrize("sample", SAMPLES, ids=str)
def test_sample_gives_exactly_its_expected_findings(sample, tmp_path):
    out = tmp_path / "result.json"
    args = ["scan", sample.package, "--format", "json", "-o", out, "--fail-on", "never"]
    if sample.expected.get("as_of"):
        args += ["--as-of", sample.expected["as_of"]]
    args += sample.expected.get("args", [])
    res = run_cli(*args)
    assert res.code == 0, res.err
    assert "Traceback" not in res.err
    result = json.loads(out.read_text())
    validate_result(result)  # every sample's result, against the schema shipped to integrators
    for p in result["pins"]:
        assert bool(p.get("not_enforced_because")) == (not p["enforced"]), p  # reasons exactly when not enforced
        assert [x["value"] for x in p["pins"]] == sorted(x["value"] for x in p["pins"]) or p["source"] not in (
            "okhttp", "custom", "androidpinning", "cronet"), p  # code pins are listed sorted
    got = sorted((_finding_view(f) for f in result["findings"]), key=_key)
    want = sorted(sample.expected["findings"], key=_key)
    assert got == want
    if "pins" in sample.expected:
        got_pins = sorted((_pin_view(p) for p in result["pins"]), key=_key)
        want_pins = sorted(({**p, "pins": sorted(p["pins"])} for p in sample.expected["pins"]), key=_key)
        assert got_pins == want_pins
    if "policies" in sample.expected:
        assert [policy_view(p) for p in result["policies"]] == sample.expected["policies"]
    if "endpoints" in sample.expected:
        assert [endpoint_view(e) for e in result["endpoints"]] == sample.expected["endpoints"]
    failed = [c for c in result["coverage"] if c["status"] == "failed"]
    assert failed == sample.expected.get("coverage_failed", [])
    if "coverage_warnings" in sample.expected:
        assert [c for c in result["coverage"] if c["status"] == "warning"] == sample.expected["coverage_warnings"]


def test_every_rule_has_a_vulnerable_sample_and_a_silent_twin():
    """Each rule fires in at least one sample and each sample names the rules it is a safe twin for."""
    from pinscan.rule import all_rules

    fired = {f["rule_id"] for s in SAMPLES for f in s.expected["findings"]}
    twins = {r for s in SAMPLES for r in s.expected.get("safe_twin_for", [])}
    for s in SAMPLES:
        silent = set(s.expected.get("safe_twin_for", []))
        assert not silent & {f["rule_id"] for f in s.expected["findings"]}, f"{s}: twin for a rule it triggers"
    rule_ids = {r.id for r in all_rules()}
    assert rule_ids - fired == set(), f"rules without a vulnerable sample: {sorted(rule_ids - fired)}"
    assert rule_ids - twins == set(), f"rules without a safe twin: {sorted(rule_ids - twins)}"
