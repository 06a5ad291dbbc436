"""SARIF 2.1.0: GitHub-valid on every sample (Microsoft's SARIF Multitool, when installed), one result
per finding location, rule metadata from the registry, stable fingerprints, source-root mapping and
GitHub's limits."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, all_samples, run_cli

WEAK = SAMPLES / "android" / "nsc-weak.apk"
WEAK_SRC = SAMPLES / "android" / "nsc-weak"
AS_OF = "2026-06-01"
MULTITOOL_REL = Path("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")


def multitool() -> Path | None:
    """Sarif.Multitool from `npm install @microsoft/sarif-multitool@5.7.0` in one of the usual places."""
    candidates = [os.environ.get("PINSCAN_SARIF_MULTITOOL", "")]
    candidates += [str(base / MULTITOOL_REL) for base in (ROOT / ".cache" / "sarif", ROOT,
                                                          Path.home() / ".cache" / "pinscan-sarif")]
    for c in candidates:
        p = Path(c) if c else None
        if p and p.is_file():
            if not os.access(p, os.X_OK):  # npm may skip the package's postinstall chmod
                p.chmod(p.stat().st_mode | stat.S_IXUSR)
            return p
    return None


def sarif_of(*args, tmp_path: Path, name: str = "out.sarif") -> dict:
    out = tmp_path / name
    res = run_cli("scan", *args, "--format", "sarif", "-o", out, "--fail-on", "never")
    assert res.code == 0, res.err
    return json.loads(out.read_text())


def _scan_json(*args, tmp_path: Path) -> dict:
    out = tmp_path / "r.json"
    assert run_cli("scan", *args, "--format", "json", "-o", out, "--fail-on", "never").code == 0
    return json.loads(out.read_text())


def _sample_args(sample) -> list:
    args = [sample.package]
    if sample.expected.get("as_of"):
        args += ["--as-of", sample.expected["as_of"]]
    return args + sample.expected.get("args", [])


def test_multitool_reports_zero_errors_and_warnings_on_every_sample(tmp_path):
    tool = multitool()
    if tool is None:
        pytest.skip("SARIF Multitool not installed: `npm install --prefix .cache/sarif "
                    "@microsoft/sarif-multitool@5.7.0` (or set PINSCAN_SARIF_MULTITOOL)")
    files = []
    samples = all_samples()
    for sample in samples:
        out = tmp_path / f"{sample.platform}-{sample.name}.sarif"
        res = run_cli("scan", *_sample_args(sample), "--format", "sarif", "-o", out, "--fail-on", "never")
        assert res.code == 0, f"{sample}: {res.err}"
        files.append(out)
    # The source-mapped variant too: its URIs and regions come from another code path.
    mapped = tmp_path / "android-nsc-weak-mapped.sarif"
    assert run_cli("scan", WEAK, "--as-of", AS_OF, "--source-root", WEAK_SRC, "--format", "sarif", "-o", mapped,
                   "--fail-on", "never").code == 0
    files.append(mapped)
    # An incomplete analysis (a part unreadable, the gate failing closed): executionSuccessful false.
    incomplete = tmp_path / "android-hostile-incomplete.sarif"
    hostile = Path(__file__).resolve().parent / "hostile" / "swallowed-RuntimeError-unpack-safezip-read.apk"
    assert run_cli("scan", hostile, "--format", "sarif", "-o", incomplete, "--fail-on", "never").code == 1
    files.append(incomplete)
    report = tmp_path / "validation.sarif"
    proc = subprocess.run([str(tool), "validate", *map(str, files), "-o", str(report), "--log", "ForceOverwrite",
                           "--rule-kind", "Sarif;Gh;Ghas"], capture_output=True, text=True, timeout=600)
    assert report.exists(), proc.stdout + proc.stderr
    from pinscan.report.sarif import _information_uri

    # SARIF2005 asks for the tool's informationUri, which comes from the package metadata
    # ([project.urls] in pyproject.toml); until the project declares its URL that one warning is
    # expected, and only that one.
    tolerated = set() if _information_uri() else {"SARIF2005"}
    problems = []
    for run in json.loads(report.read_text())["runs"]:
        for r in run.get("results", []):
            level = r.get("level", "warning")  # SARIF's default level is warning
            if level in ("error", "warning") and r["ruleId"] not in tolerated:
                where = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                problems.append(f"{Path(where).name}: {level} {r['ruleId']} {r['message']}")
    assert problems == [], "\n".join(problems)
    assert len(files) == len(samples) + 2 > 2


def test_information_uri_comes_from_the_package_metadata(monkeypatch):
    from importlib import metadata

    from pinscan.report import sarif as sarif_mod

    class Meta:
        def get_all(self, key):
            return ["Homepage, https://example.org/pinscan"] if key == "Project-URL" else None

        def get(self, key):
            return None

    monkeypatch.setattr(metadata, "metadata", lambda name: Meta())
    assert sarif_mod._information_uri() == "https://example.org/pinscan"
    log = sarif_mod.build(_result_with(1))
    assert log["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/pinscan"


def test_the_multitool_check_can_fail(tmp_path):
    """A SARIF file with a broken region must be reported, or the validation test proves nothing."""
    tool = multitool()
    if tool is None:
        pytest.skip("SARIF Multitool not installed")
    log = sarif_of(WEAK, "--as-of", AS_OF, tmp_path=tmp_path)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    bad = tmp_path / "bad.sarif"
    bad.write_text(json.dumps(log))
    report = tmp_path / "v.sarif"
    subprocess.run([str(tool), "validate", str(bad), "-o", str(report), "--log", "ForceOverwrite",
                    "--rule-kind", "Sarif;Gh;Ghas"], capture_output=True, timeout=600)
    levels = [r.get("level", "warning") for r in json.loads(report.read_text())["runs"][0].get("results", [])]
    assert "error" in levels


def test_one_run_with_every_rule_documented_from_the_registry(tmp_path):
    from pinscan.report.sarif import SECURITY_SEVERITY
    from pinscan.rule import all_rules

    log = sarif_of(WEAK, "--as-of", AS_OF, tmp_path=tmp_path)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["automationDetails"]["id"] == "pinscan/android/com.example.weak/"
    driver = run["tool"]["driver"]
    assert driver["name"] == "pinscan" and driver["version"]
    rules = all_rules()
    assert [d["id"] for d in driver["rules"]] == [r.id for r in rules]
    for d, r in zip(driver["rules"], rules, strict=True):
        assert d["help"]["text"] == r.doc and r.doc in d["help"]["markdown"]
        assert d["shortDescription"]["text"].rstrip(".") == r.title
        props = d["properties"]
        assert "security" in props["tags"]
        assert all(f"external/cwe/cwe-{c}" in props["tags"] for c in r.cwe)
        assert props["precision"] == r.confidence.label
        assert props.get("security-severity") == SECURITY_SEVERITY.get(r.severity)
        if "security-severity" in props:
            assert 0.1 <= float(props["security-severity"]) <= 10.0
    # GitHub's bands: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low
    bands = {"critical": (9.0, 10.0), "high": (7.0, 8.9), "medium": (4.0, 6.9), "low": (0.1, 3.9)}
    for sev, value in SECURITY_SEVERITY.items():
        lo, hi = bands[sev.label]
        assert lo <= float(value) <= hi


def test_one_result_per_finding_with_its_location_and_fingerprint(tmp_path):
    data = _scan_json(WEAK, "--as-of", AS_OF, tmp_path=tmp_path)
    log = sarif_of(WEAK, "--as-of", AS_OF, tmp_path=tmp_path)
    run = log["runs"][0]
    results = run["results"]
    assert len(results) == len(data["findings"]) > 1
    for f, r in zip(data["findings"], results, strict=True):  # both most severe first
        assert r["ruleId"] == f["rule_id"]
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == f["rule_id"]
        assert r["partialFingerprints"]["pinscanFingerprint/v1"] == f["fingerprint"]
        assert r["message"]["text"].startswith(f["message"])
        assert len(r["locations"]) == 1
        loc = r["locations"][0]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == f["location"]["path"]
        assert loc["physicalLocation"]["region"]["startLine"] == f["location"]["line"]
        assert loc["logicalLocations"][0]["fullyQualifiedName"] == f["location"]["logical"]
        assert r["properties"]["severity"] == f["severity"]
        want_level = {"critical": "error", "high": "error", "medium": "warning"}.get(f["severity"], "note")
        assert r["level"] == want_level


def test_sarif_is_byte_identical_across_runs(tmp_path):
    a = run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "sarif", "--fail-on", "never").out
    b = run_cli("scan", WEAK, "--as-of", AS_OF, "--format", "sarif", "--fail-on", "never").out
    assert a == b and a.startswith("{")


def test_source_root_maps_resources_to_the_lines_that_declare_them(tmp_path):
    """aapt keeps source line numbers in binary XML: with --source-root the result points at the
    user's own res/xml file and that line holds the element the finding is about."""
    log = sarif_of(WEAK, "--as-of", AS_OF, "--source-root", WEAK_SRC, tmp_path=tmp_path)
    checked = 0
    for r in log["runs"][0]["results"]:
        phys = r["locations"][0]["physicalLocation"]
        uri = phys["artifactLocation"]["uri"]
        assert "uriBaseId" not in phys["artifactLocation"]  # the source root is under the cwd (the repo)
        path = ROOT / uri
        assert path.is_file(), uri
        assert path.is_relative_to(WEAK_SRC)
        line = path.read_text().splitlines()[phys["region"]["startLine"] - 1]
        logical = r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
        element = logical.rsplit("/", 1)[-1].split("[", 1)[0]
        assert f"<{element}" in line, (uri, line, logical)
        checked += 1
    assert checked >= 10


def test_source_root_maps_info_plist_keys_to_their_lines_in_the_plist_source(tmp_path):
    ipa = SAMPLES / "ios" / "ats-arbitrary.ipa"
    src = SAMPLES / "ios" / "ats-arbitrary"
    if not ipa.exists():
        pytest.skip("the iOS sample ats-arbitrary is not there")
    log = sarif_of(ipa, "--source-root", src, tmp_path=tmp_path)
    plist_results = [r for r in log["runs"][0]["results"]
                     if r["locations"][0]["logicalLocations"][0].get("kind") == "property"]
    assert plist_results
    for r in plist_results:
        phys = r["locations"][0]["physicalLocation"]
        path = ROOT / phys["artifactLocation"]["uri"]
        assert path.name == "Info.plist" and path.is_relative_to(src)
        last_key = r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].rsplit("/", 1)[-1]
        line = path.read_text().splitlines()[phys["region"]["startLine"] - 1]
        assert f"<key>{last_key}</key>" in line


def test_source_root_outside_the_cwd_uses_a_declared_base(tmp_path):
    src = tmp_path / "src" / "main"
    shutil.copytree(WEAK_SRC / "res", src / "res")
    (src / "AndroidManifest.xml").write_bytes((WEAK_SRC / "AndroidManifest.xml").read_bytes())
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    out = tmp_path / "o.sarif"
    res = run_cli("scan", WEAK, "--as-of", AS_OF, "--source-root", src, "--format", "sarif", "-o", out,
                  "--fail-on", "never", cwd=cwd)
    assert res.code == 0, res.err
    run = json.loads(out.read_text())["runs"][0]
    art = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art["uriBaseId"] == "SRCROOT" and art["uri"].startswith("res/xml/")
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == src.resolve().as_uri() + "/"


def test_unmappable_locations_keep_the_package_path_and_say_so(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "o.sarif"
    res = run_cli("scan", WEAK, "--as-of", AS_OF, "--source-root", empty, "--format", "sarif", "-o", out,
                  "--fail-on", "never")
    assert res.code == 0
    assert "not found under the source root" in res.err
    run = json.loads(out.read_text())["runs"][0]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("res/")
    notes = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert any("not found under the source root" in n for n in notes)


def test_missing_source_root_is_a_clean_error(tmp_path):
    res = run_cli("scan", WEAK, "--format", "sarif", "--source-root", tmp_path / "nope")
    assert res.code == 2 and "not a directory" in res.err and "Traceback" not in res.err


# --- source mapping of code and plist locations (unit level: no sample has such findings yet) ---

def test_code_locations_map_by_package_path_and_dex_source_file(tmp_path):
    from pinscan.model import Location
    from pinscan.report.sourcemap import SourceIndex

    kt = tmp_path / "app/src/main/java/com/example/net/Pinning.kt"
    kt.parent.mkdir(parents=True)
    kt.write_text("class X\n")
    java = tmp_path / "app/src/main/java/com/example/net/Client.java"
    java.write_text("class Client {}\n")
    (tmp_path / "app/src/test/java/com/example/net").mkdir(parents=True)
    (tmp_path / "app/src/test/java/com/example/net/Client.java").write_text("// a test twin\n")
    idx = SourceIndex(tmp_path)
    # DEX SourceFile names the Kotlin file although the class is a synthetic inner one
    loc = Location(path="classes.dex", line=42, logical="Lcom/example/net/TrustAll$1;->checkServerTrusted()V",
                   kind="method", source_file="Pinning.kt")
    got = idx.map(loc)
    assert got is not None and got.path == kt and got.line == 42
    # no SourceFile: the outer class name, .java; the main source set wins over the test one
    got = idx.map(Location(path="classes2.dex", logical="Lcom/example/net/Client$Inner;", kind="class"))
    assert got is not None and got.path == java
    assert idx.map(Location(path="classes.dex", logical="La/b/c;", kind="class")) is None


def test_plist_key_paths_map_to_the_line_of_the_last_key(tmp_path):
    from pinscan.model import Location
    from pinscan.report.sourcemap import SourceIndex

    plist = tmp_path / "App" / "Info.plist"
    plist.parent.mkdir()
    plist.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>NSAllowsArbitraryLoads</key>
  <false/>
  <key>NSAppTransportSecurity</key>
  <dict>
    <key>NSExceptionDomains</key>
    <dict>
      <key>api.example.com</key>
      <dict>
        <key>NSAllowsArbitraryLoads</key>
        <true/>
      </dict>
    </dict>
  </dict>
</dict>
</plist>
""")
    idx = SourceIndex(tmp_path)
    loc = Location(path="Payload/App.app/Info.plist", kind="plist-key",
                   logical="NSAppTransportSecurity/NSExceptionDomains/api.example.com/NSAllowsArbitraryLoads")
    got = idx.map(loc)
    assert got is not None and got.path == plist and got.line == 12  # not the top-level key on line 4
    missing = idx.map(Location(path="Payload/App.app/Info.plist", kind="plist-key", logical="NSFoo/Bar"))
    assert missing is not None and missing.line is None


# --- GitHub's limits ---

def _result_with(n_findings: int, n_related: int = 0):
    from pinscan.model import AppIdentity, Confidence, Finding, Location, ScanResult, Severity

    related = tuple(Location(path=f"res/xml/r{i}.xml", line=i + 1) for i in range(n_related))
    findings = tuple(
        Finding("PS1001", Severity.MEDIUM if i % 2 else Severity.HIGH, Confidence.HIGH, f"finding {i}",
                Location(path="res/xml/network_security_config.xml", line=i + 1, logical=f"el[{i}]",
                         kind="xml-element"), key=str(i), related=related if i == 0 else ())
        for i in range(n_findings)
    )
    ident = AppIdentity(platform="android", package_path="x.apk", sha256="0" * 64, size=1, app_id="com.x")
    return ScanResult(ident, findings, (), (), (), "0.0", "2026-06-01")


def test_results_beyond_the_per_run_limit_are_cut_least_severe_first_and_said():
    from pinscan.report.sarif import SarifOptions, build

    opts = SarifOptions(max_results=5)
    log = build(_result_with(12), opts)
    results = log["runs"][0]["results"]
    assert len(results) == 5 and all(r["properties"]["severity"] == "high" for r in results)
    assert any("7 of 12 results left out" in n for n in opts.notes)
    texts = [n["message"]["text"] for n in log["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert any("7 of 12 results left out" in t for t in texts)


def test_related_locations_are_capped_per_result():
    from pinscan.report.sarif import SarifOptions, build

    opts = SarifOptions(max_locations=10)
    log = build(_result_with(1, n_related=25), opts)
    assert len(log["runs"][0]["results"][0]["relatedLocations"]) == 9
    assert any("16 of 25 related locations left out" in n for n in opts.notes)


def test_file_is_cut_to_fit_the_compressed_size_limit():
    from pinscan.report import ReportOptions
    from pinscan.report.sarif import SarifOptions, build, render

    full = render(_result_with(400), ReportOptions())
    limit = len(gzip.compress(full.encode(), mtime=0)) * 2 // 3
    opts = SarifOptions(max_gzip_bytes=limit)
    log = build(_result_with(400), opts)
    kept = len(log["runs"][0]["results"])
    assert 0 < kept < 400
    assert len(gzip.compress((json.dumps(log, indent=2, ensure_ascii=False) + "\n").encode(), mtime=0)) <= limit
    assert any("to keep the file under" in n for n in opts.notes)


def test_cli_prints_what_was_cut(tmp_path, monkeypatch):
    """The notes reach the user on stderr (checked through the reporter entry point the CLI uses)."""
    from pinscan.report import ReportOptions, render
    from pinscan.report import sarif as sarif_mod

    monkeypatch.setattr(sarif_mod, "MAX_RESULTS", 3)
    monkeypatch.setattr(sarif_mod.SarifOptions, "__init__", _patched_init(sarif_mod, 3))
    options = ReportOptions()
    render("scan", "sarif", _result_with(6), options)
    assert any("3 of 6 results left out" in n for n in options.notes)


def _patched_init(mod, limit):
    original = mod.SarifOptions.__init__

    def init(self, *a, **kw):
        original(self, *a, **kw)
        self.max_results = limit

    return init


def test_incomplete_analysis_is_an_unsuccessful_invocation(tmp_path):
    """A part that could not be analysed: the run says so (executionSuccessful false, an error-level tool
    notification naming the parts), so code scanning does not show a clean result."""
    hostile = Path(__file__).resolve().parent / "hostile" / "swallowed-RuntimeError-unpack-safezip-read.apk"
    out = tmp_path / "r.sarif"
    assert run_cli("scan", hostile, "--format", "sarif", "-o", out, "--fail-on", "never").code == 1
    invocation = json.loads(out.read_text())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert notes[0] == {"level": "error", "message": {
        "text": "analysis incomplete: 1 part(s) could not be analysed, so results may be missing: classes.dex."}}
    assert {"level": "warning", "message": {"text": "not analysed: classes.dex: zip entry is marked encrypted "
                                            "(general-purpose flag bit 0): encrypted entries are not read."}} in notes
    complete = sarif_of(SAMPLES / "android" / "nsc-strict.apk", tmp_path=tmp_path, name="ok.sarif")
    assert complete["runs"][0]["invocations"][0]["executionSuccessful"] is True
