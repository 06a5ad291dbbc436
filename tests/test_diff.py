"""`pinscan diff OLD NEW` on two real releases of one app (samples/android/release-v1 → release-v2, whose v2
plants a pin removal, a cleartext host, a user-CA host and a new trust-all class), in every direction and
output format, with packages and JSON results as input."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SAMPLES, CliResult, run_cli

V1 = SAMPLES / "android" / "release-v1.apk"
V2 = SAMPLES / "android" / "release-v2.apk"
AS_OF = "2026-06-01"
TRUST_ALL = "Lcom/example/release/net/LegacyTrustManager;->checkServerTrusted"
IMG_PINS = {"V5D84OV4gC1Q1ejC+FFUGNZGGBzVrfyTz7GIdWdiaFo=", "E80YjAbpHo4Pyby2tWCxEgco02hMUl43UunLHbPadTo="}

def run_diff(*args) -> CliResult:
    return run_cli("diff", *args)


def _json_diff(old, new, *args) -> tuple[int, dict, str]:
    res = run_diff(old, new, "--as-of", AS_OF, "--format", "json", *args)
    assert "Traceback" not in res.err, res.err
    return res.code, json.loads(res.out), res.err


@pytest.fixture(scope="module")
def forward() -> tuple[int, dict, str]:
    return _json_diff(V1, V2)


def _hosts(items: list[dict]) -> list[str]:
    return [c["host"] for c in items]


def test_v1_to_v2_reports_the_planted_regressions_and_fails(forward):
    code, d, err = forward
    assert code == 1
    assert d["schema_version"] == 2 and d["kind"] == "pinscan-diff"
    assert (d["old"]["app"]["version_code"], d["new"]["app"]["version_code"]) == ("1", "2")
    assert {"field": "version_code", "old": "1", "new": "2"} in d["identity_changes"]
    # the planted pin removal: img.example.com lost its pins, api.example.com kept them
    assert _hosts(d["pinning"]["lost"]) == ["img.example.com"]
    assert d["pinning"]["lost"][0]["new"]["state"] == "not pinned"
    assert d["pinning"]["gained"] == []
    [change] = d["pins"]
    assert (change["host"], change["source"], change["status"]) == ("img.example.com", "nsc", "removed")
    assert {p["value"] for p in change["pins_removed"]} == IMG_PINS and change["pins_added"] == []
    declared = change["pins_removed"][0]["declared_in"][0]
    assert declared["path"] == "res/xml/network_security_config.xml" and declared["line"] == 18
    # the cleartext host and its user CAs, compared with v1's default for it
    assert _hosts(d["cleartext"]["gained"]) == ["legacy.example.com"]
    assert d["cleartext"]["gained"][0]["old"]["source"] == "nsc base-config"
    assert _hosts(d["user_trust"]["gained"]) == ["legacy.example.com"]
    # the planted trust-all class, matched by fingerprint
    new = {(f["rule_id"], f["severity"]) for f in d["findings"]["new"]}
    assert new == {("PS2001", "high"), ("PS1002", "medium"), ("PS1001", "low")}
    [trust_all] = [f for f in d["findings"]["new"] if f["rule_id"] == "PS2001"]
    assert trust_all["location"]["logical"].startswith(TRUST_ALL)
    assert d["findings"]["fixed"] == []
    assert d["gate"]["passed"] is False and d["gate"]["policy"]["fail_on"] == "high"
    assert len(d["gate"]["reasons"]) == 3
    assert [line.split(":")[1].strip() for line in err.splitlines()] == ["diff failed"] * 3
    assert d["summary"]["pinning_lost"] == 1 and d["summary"]["new_findings"] == 3


def test_v2_to_v1_reports_everything_fixed_and_passes(forward):
    code, d, _ = _json_diff(V2, V1)
    assert code == 0 and d["gate"] == {"passed": True, "reasons": [], "warnings": [], "policy": {"fail_on": "high"}}
    assert _hosts(d["pinning"]["gained"]) == ["img.example.com"] and d["pinning"]["lost"] == []
    assert [(c["host"], c["status"]) for c in d["pins"]] == [("img.example.com", "added")]
    assert {p["value"] for p in d["pins"][0]["pins_added"]} == IMG_PINS
    assert _hosts(d["cleartext"]["lost"]) == ["legacy.example.com"] and d["cleartext"]["gained"] == []
    assert _hosts(d["user_trust"]["lost"]) == ["legacy.example.com"]
    assert d["findings"]["new"] == []
    fixed = {f["fingerprint"] for f in d["findings"]["fixed"]}
    assert fixed == {f["fingerprint"] for f in forward[1]["findings"]["new"]}


def test_a_release_against_itself_is_empty():
    code, d, err = _json_diff(V1, V1)
    assert code == 0 and err == ""
    assert set(d["summary"].values()) == {0}
    assert d["notes"] == []
    text = run_diff(V1, V1, "--as-of", AS_OF)
    assert text.code == 0
    assert "No changes in pins, host policies, code overrides, findings or app identity." in text.out


def test_a_json_result_diffs_exactly_like_its_package(tmp_path, forward):
    v1_json = tmp_path / "v1.json"
    v2_json = tmp_path / "v2.json"
    for package, out in ((V1, v1_json), (V2, v2_json)):
        res = run_cli("scan", package, "--as-of", AS_OF, "--format", "json", "-o", out, "--fail-on", "never")
        assert res.code == 0, res.err
    code, d, _ = _json_diff(v1_json, V2)
    assert code == 1
    assert d["old"]["input"] == "json" and d["new"]["input"] == "package"

    def sans_input(x: dict) -> dict:
        return {**x, "old": {**x["old"], "input": None}, "new": {**x["new"], "input": None}}

    assert sans_input(d) == sans_input(forward[1])
    code, both_json, _ = _json_diff(v1_json, v2_json)
    assert code == 1 and sans_input(both_json) == sans_input(forward[1])


def test_output_is_deterministic_and_written_to_the_output_file(tmp_path, forward):
    out = tmp_path / "diff.json"
    res = run_diff(V1, V2, "--as-of", AS_OF, "--format", "json", "-o", out)
    assert res.code == 1 and res.out == ""
    assert json.loads(out.read_text()) == forward[1]
    again = run_diff(V1, V2, "--as-of", AS_OF, "--format", "json")
    assert again.out == out.read_text()


def test_fail_on_governs_only_the_findings_part(forward):
    # lost pins and new cleartext fail the diff whatever --fail-on says
    code, d, _ = _json_diff(V1, V2, "--fail-on", "never")
    assert code == 1 and d["gate"]["policy"]["fail_on"] == "never" and len(d["gate"]["reasons"]) == 2
    # a pair that differs only by findings: new framework findings, all medium
    safe, weak = SAMPLES / "android" / "code-frameworks-safe.apk", SAMPLES / "android" / "code-frameworks.apk"
    assert _json_diff(safe, weak, "--fail-on", "medium")[0] == 1
    assert _json_diff(safe, weak)[0] == 0
    code, d, _ = _json_diff(safe, weak, "--fail-on", "never")
    assert code == 0 and d["gate"]["passed"] and len(d["findings"]["new"]) == 5
    assert any("different apps" in n for n in d["notes"])
    # a new process-wide trust-all is a regression of the trust itself, whatever --fail-on says
    safe, trust_all = SAMPLES / "android" / "code-tls-safe.apk", SAMPLES / "android" / "code-trustall.apk"
    code, d, _ = _json_diff(safe, trust_all, "--fail-on", "never")
    assert code == 1 and len(d["findings"]["new"]) == 6
    assert any("process-wide override" in r for r in d["gate"]["reasons"]), d["gate"]["reasons"]
    # medium makes v2's PS1002 fail too
    code, d, _ = _json_diff(V1, V2, "--fail-on", "medium")
    assert code == 1 and len(d["gate"]["reasons"]) == 4


def test_text_output_lists_every_section():
    res = run_diff(V1, V2, "--as-of", AS_OF)
    assert res.code == 1
    out = res.out
    assert "com.example.release" in out and "1.0 (1)" in out and "1.1 (2)" in out
    assert "version_code: 1 → 2" in out
    lost = out.split("Hosts that LOST pinning (1)\n", 1)[1]
    assert lost.startswith("  img.example.com: pinned, enforced, until 2099-12-31 → not pinned")
    assert "img.example.com [nsc] removed: 2 pins removed" in out
    for value in IMG_PINS:
        assert f"- SHA-256/{value}  at res/xml/network_security_config.xml:18" in out
    assert "Hosts that now ALLOW cleartext (1)\n  legacy.example.com: blocked → ALLOWED" in out
    assert "Hosts that now trust user-installed CAs (1)\n  legacy.example.com: system → system, user" in out
    assert "New findings (3)" in out and "HIGH     PS2001 com.example.release.net.LegacyTrustManager" in out
    assert "Fixed findings" not in out
    assert "Diff gate: FAILED" in out


class _Sections(HTMLParser):
    """Text per element id (nested ids get their own text too), tags and attributes seen."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.text: dict[str, str] = {}
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += [(k, v or "") for k, v in attrs]
        ident = dict(attrs).get("id")
        if tag not in ("meta", "br", "input"):
            self.stack.append((tag, ident))
        if ident:
            self.text.setdefault(ident, "")

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, ident in self.stack:
            if ident:
                self.text[ident] += data


def test_html_page_is_self_contained_and_shows_the_diff(tmp_path):
    import base64
    import hashlib
    import re

    out = tmp_path / "diff.html"
    res = run_diff(V1, V2, "--as-of", AS_OF, "--format", "html", "-o", out)
    assert res.code == 1, res.err
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>")
    parser = _Sections()
    parser.feed(page)
    assert not parser.tags & {"script", "img", "link", "iframe", "object"}
    assert not [v for k, v in parser.attrs if k in ("src", "href") and not v.startswith("#")]
    assert not [k for k, _ in parser.attrs if k == "style" or k.startswith("on")]
    css = re.search(r"<style>(.*)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in page and "default-src 'none'" in page
    assert "FAILED: release diff" in parser.text["diff-verdict"]
    assert " ".join(parser.text["diff-pinning-lost"].split()) == "Hosts that lost pinning (1)"
    text = {k: re.sub(r"\s+", " ", v) for k, v in _sections_by_heading(page).items()}
    assert "version_code 1 2" in text["diff-identity"]
    assert "img.example.com pinned, enforced, until 2099-12-31 not pinned" in text["diff-pinning-lost"]
    assert "legacy.example.com blocked ALLOWED" in text["diff-cleartext-gained"]
    assert "legacy.example.com system system, user" in text["diff-user-ca-gained"]
    assert "img.example.com nsc removed" in text["diff-pins"]
    assert all(v in text["diff-pins"] for v in IMG_PINS)
    assert "diff-pinning-gained" not in text and "diff-fixed-findings" not in text
    new = text["diff-new-findings"]
    assert "high PS2001 com.example.release.net.LegacyTrustManager accepts every certificate chain" in new
    assert "medium PS1002" in new and "low PS1001" in new


def _sections_by_heading(page: str) -> dict[str, str]:
    """id of each <h3> in the diff section → the visible text from that heading to the next one."""
    import html
    import re

    body = page.split('<section id="diff"', 1)[1]
    parts = re.split(r'<h3 id="([a-z-]+)">', body)
    return {ident: html.unescape(re.sub(r"<[^>]+>", " ", chunk)).strip()
            for ident, chunk in zip(parts[1::2], parts[2::2], strict=True)}


def test_render_diff_section_is_an_embeddable_fragment():
    import datetime as dt

    from pinscan.compare import compare, load_side
    from pinscan.gate.diff import evaluate_diff as evaluate
    from pinscan.model import Severity
    from pinscan.report.diff import render_diff_section

    as_of = dt.date.fromisoformat(AS_OF)
    diff = compare(load_side(str(V1), as_of), load_side(str(V2), as_of))
    fragment = render_diff_section(diff)
    assert fragment.lstrip().startswith('<section id="diff"') and fragment.rstrip().endswith("</section>")
    assert "<html" not in fragment and "<style" not in fragment and "diff-verdict" not in fragment
    assert "img.example.com" in _sections_by_heading(fragment)["diff-pinning-lost"]
    with_verdict = render_diff_section(diff, evaluate(diff, Severity.HIGH))
    assert "FAILED: release diff" in with_verdict


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"", "empty file"),
    (b"hello, not a package\n", "not an app package"),
    (b"{not json at all", "invalid JSON"),
    (b'{"results": []}', "not a pinscan JSON result"),
    (b'{"schema_version": 99, "tool": {"name": "pinscan"}, "app": {}}', "schema_version 99"),
    (b'{"schema_version": 1, "tool": {"name": "pinscan", "version": "0"}, "app": {"file": "x"}}', "malformed"),
])
def test_unreadable_input_exits_2_with_one_line(tmp_path, content, message):
    bad = tmp_path / "bad.input"
    if content is not None:
        bad.write_bytes(content)
    for args in ((bad, V2), (V1, bad)):
        res = run_diff(*args, "--as-of", AS_OF)
        assert res.code == 2, res
        assert res.out == ""
        lines = res.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("pinscan: error: ") and message in lines[0], res.err


def test_bad_arguments_and_unwritable_output_exit_2(tmp_path):
    res = run_diff(V1, V2, "--fail-on", "sometimes")
    assert res.code == 2 and "Traceback" not in res.err
    res = run_diff(V1, V2, "--as-of", AS_OF, "-o", tmp_path / "missing-dir" / "d.txt")
    assert res.code == 2 and len(res.err.splitlines()) == 1 and "cannot write" in res.err


# --- the comparison itself, on real results with one fact changed ---------------------------------

@pytest.fixture(scope="module")
def v1_side():
    import datetime as dt

    from pinscan.compare import load_side

    return load_side(str(V1), dt.date.fromisoformat(AS_OF))


def test_pins_moved_from_the_nsc_into_code_are_not_a_pinning_loss(v1_side):
    from pinscan.compare import Side, compare
    from pinscan.gate.diff import evaluate_diff as evaluate

    r = v1_side.result
    moved = tuple(replace(e, source="okhttp") if e.host == "img.example.com" else e for e in r.pins)
    unpinned = tuple(replace(p, pinned=False, pins_enforced=False, pin_expiration=None)
                     if p.host == "img.example.com" else p for p in r.policies)
    diff = compare(v1_side, Side(replace(r, pins=moved, policies=unpinned), "json", "moved.json"))
    assert diff.pinning_lost == () and diff.pinning_gained == ()
    assert [(c.host, c.source, c.status) for c in diff.pins] == [("img.example.com", "nsc", "removed"),
                                                                  ("img.example.com", "okhttp", "added")]
    assert evaluate(diff, None).passed


def test_pins_no_longer_enforced_count_as_lost_and_a_raised_severity_can_fail(v1_side):
    from pinscan.compare import Side, compare
    from pinscan.gate.diff import evaluate_diff as evaluate
    from pinscan.model import Confidence, Finding, Location, Severity

    r = v1_side.result
    expired = tuple(replace(e, expiration="2020-01-01", enforced=False, not_enforced_because=("pin-set expired",))
                    if e.host == "api.example.com" else e for e in r.pins)
    policies = tuple(replace(p, pins_enforced=False) if p.host == "api.example.com" else p for p in r.policies)
    finding = Finding("PS1007", Severity.MEDIUM, Confidence.HIGH, "m", Location("res/xml/x.xml", 1, "nsc/x"))
    old = replace(v1_side, result=replace(r, findings=(finding,)))
    new = Side(replace(r, pins=expired, policies=policies, findings=(replace(finding, severity=Severity.HIGH),)),
               "json", "new.json")
    diff = compare(old, new)
    [lost] = diff.pinning_lost
    assert lost.host == "api.example.com" and lost.new == "pinned, NOT enforced (pin-set expired)"
    [pin_change] = diff.pins
    assert pin_change.status == "changed" and not pin_change.added and not pin_change.removed
    assert pin_change.what_changed() == ["expiration 2099-12-31 → 2020-01-01", "no longer enforced"]
    assert [(c.old.severity, c.new.severity) for c in diff.severity_changed] == [(Severity.MEDIUM, Severity.HIGH)]
    verdict = evaluate(diff, Severity.HIGH)
    assert len(verdict.reasons) == 2 and "re-rated medium → high" in verdict.reasons[1]
    assert len(evaluate(diff, Severity.CRITICAL).reasons) == 1


def test_a_host_named_only_in_new_is_compared_with_the_old_parent_domain_policy(v1_side):
    from pinscan.compare import Side, compare

    r = v1_side.result
    # v1's img.example.com config includes subdomains: a new cdn.img.example.com config that allows
    # cleartext is compared with it, and the subdomain stays covered by the parent's pins
    [img] = [p for p in r.policies if p.host == "img.example.com"]
    child = replace(img, host="cdn.img.example.com", include_subdomains=False, cleartext_permitted=True)
    diff = compare(v1_side, Side(replace(r, policies=(*r.policies, child)), "json", "new.json"))
    assert [(c.host, c.old_source) for c in diff.cleartext_gained] == [("cdn.img.example.com", "nsc domain-config")]
    assert diff.pinning_lost == () and diff.pins == ()


def test_ios_diff_reports_ats_disabled_and_pins_dropped():
    """Two iOS samples (different apps, so the diff says so): ATS strict with NSPinnedDomains → ATS off."""
    code, d, _ = _json_diff(SAMPLES / "ios" / "ats-strict.ipa", SAMPLES / "ios" / "ats-arbitrary.ipa")
    assert code == 1
    assert "api.example.com" in _hosts(d["pinning"]["lost"])
    assert ("api.example.com", "ats", "removed") in [(c["host"], c["source"], c["status"]) for c in d["pins"]]
    assert "*" in _hosts(d["cleartext"]["gained"])
    assert ("PS3001", "high") in {(f["rule_id"], f["severity"]) for f in d["findings"]["new"]}
    assert any("different apps" in n for n in d["notes"])


def test_diff_module_never_needs_the_cli_to_be_edited():
    """register() adds a complete `diff` subcommand to any argparse subparsers."""
    from pinscan.cli import diff

    parser = argparse.ArgumentParser(prog="pinscan")
    diff.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["diff", "a.apk", "b.json", "--format", "html", "--fail-on", "never",
                              "--as-of", AS_OF, "-o", "out.html"])
    assert (args.old, args.new, args.format, args.fail_on, args.output) == ("a.apk", "b.json", "html", "never",
                                                                          "out.html")
    assert str(args.as_of) == AS_OF
    assert Path(diff.__file__).name == "diff.py"


def test_scan_compare_to_puts_the_changes_in_the_html_and_text_reports(tmp_path):
    html = tmp_path / "r.html"
    res = run_cli("scan", V2, "--compare-to", V1, "--as-of", AS_OF, "--html", html, "--fail-on", "never")
    assert res.code == 1, res.err  # findings alone would pass (--fail-on never); the lost pins fail it
    assert "pinscan: diff failed: img.example.com lost its pins" in res.err
    assert "Hosts that LOST pinning" in res.out and "img.example.com" in res.out
    page = html.read_text()
    section = page[page.index('<section id="diff"'):]
    section = section[:section.index("</section>")]
    assert "img.example.com" in section and "legacy.example.com" in section
    assert page.index('<section id="diff"') < page.index('<section id="inventory"')

    same = run_cli("scan", V1, "--compare-to", V1, "--as-of", AS_OF, "--format", "html", "-o", html)
    assert same.code == 0, same.err
    assert '<section id="diff"' in html.read_text()


def test_scan_compare_to_refused_for_a_batch():
    res = run_cli("scan", V1, V2, "--compare-to", V1)
    assert res.code == 2 and "pinscan diff" in res.err


DEFAULT_TRUST = SAMPLES / "android" / "code-default-trustall.apk"


@pytest.fixture(scope="module")
def default_trust_side():
    import datetime as dt

    from pinscan.compare import load_side

    return load_side(str(DEFAULT_TRUST), dt.date.fromisoformat(AS_OF))


def test_a_release_that_adds_a_process_wide_override_fails_the_diff(default_trust_side, tmp_path):
    """The same release without its code layer, then with it: only the overrides differ, and the two
    process-wide ones fail the diff even with findings out of the policy (--fail-on never)."""
    new = default_trust_side.result
    old = replace(new, policies=tuple(replace(p, code=()) for p in new.policies))
    old_json = tmp_path / "old.json"
    old_json.write_text(old.to_json_text())
    code, d, err = _json_diff(old_json, DEFAULT_TRUST, "--fail-on", "never")
    assert code == 1, err
    gained = d["overrides"]["gained"]
    assert [(c["host"], c["scope"], c["api"]) for c in gained] == [
        ("*", "process", "HttpsURLConnection.setDefaultHostnameVerifier"),
        ("*", "process", "HttpsURLConnection.setDefaultSSLSocketFactory")]
    assert gained[1]["defeats_pins"] and d["overrides"]["lost"] == []
    assert d["summary"]["overrides_gained"] == 2 and d["pinning"]["lost"] == []
    assert len(d["gate"]["reasons"]) == 2
    assert all(r.startswith("the code now installs a process-wide override: HttpsURLConnection.")
               for r in d["gate"]["reasons"])
    assert "pinscan: diff failed: the code now installs a process-wide override" in err
    # the other way round the overrides are removed, which fails nothing
    code, d, _ = _json_diff(DEFAULT_TRUST, old_json, "--fail-on", "never")
    assert code == 0 and len(d["overrides"]["lost"]) == 2 and d["gate"]["passed"]


def test_a_guarded_or_per_client_override_is_reported_but_does_not_fail(default_trust_side):
    from pinscan.compare import Side, compare
    from pinscan.gate.diff import evaluate_diff as evaluate

    new = default_trust_side.result
    old = replace(new, policies=tuple(replace(p, code=()) for p in new.policies))
    guarded = replace(new, policies=tuple(replace(p, code=tuple(replace(c, guarded_by=("BuildConfig.DEBUG is true",))
                                                              for c in p.code)) for p in new.policies))
    per_client = replace(new, policies=tuple(replace(p, code=tuple(replace(c, scope="client") for c in p.code))
                                              for p in new.policies))
    for variant in (guarded, per_client):
        diff = compare(replace(default_trust_side, result=old), Side(variant, "json", "new.json"))
        assert diff.overrides_gained and evaluate(diff, None).passed


def test_the_diff_text_and_html_show_gained_overrides(default_trust_side, tmp_path):
    new = default_trust_side.result
    old = replace(new, policies=tuple(replace(p, code=()) for p in new.policies))
    old_json = tmp_path / "old.json"
    old_json.write_text(old.to_json_text())
    text = run_diff(old_json, DEFAULT_TRUST, "--as-of", AS_OF, "--fail-on", "never").out
    assert ("Code overrides GAINED (2)\n"
            "  (default): HttpsURLConnection.setDefaultHostnameVerifier (process-wide)") in text
    html = run_diff(old_json, DEFAULT_TRUST, "--as-of", AS_OF, "--fail-on", "never", "--format", "html").out
    assert 'id="diff-overrides-gained"' in html and "HttpsURLConnection.setDefaultSSLSocketFactory" in html
