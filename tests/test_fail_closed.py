"""Fail closed and stay bounded: the incomplete-analysis gate (CLI, config file, JSON, text, HTML), the
parse budgets (each over-budget part a coverage note naming the budget, the scan going on), and the
whole-package time limit (--timeout: exit 2 alone, one error record in a batch)."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, all_samples, run_cli
from pinscan import limits
from pinscan.rule import ScanOptions

ENCRYPTED = SAMPLES / "ios" / "encrypted.ipa"
STRICT = SAMPLES / "android" / "nsc-strict.apk"
HOSTILE_DEX = Path(__file__).resolve().parent / "hostile" / "swallowed-RuntimeError-unpack-safezip-read.apk"
AS_OF = "2026-06-01"
OPTIONS = ScanOptions(as_of=dt.date.fromisoformat(AS_OF))


# --- the gate -------------------------------------------------------------------------------------------

def test_samples_that_cannot_be_fully_analysed_fail_the_gate_and_the_others_are_complete(tmp_path):
    """Every sample whose expected.json lists a failed part fails the gate without --allow-incomplete (its
    expected.json passes the option explicitly); every other sample is a complete analysis."""
    for s in all_samples():
        failed = s.expected.get("coverage_failed", [])
        assert ("--allow-incomplete" in s.expected.get("args", [])) == bool(failed), s
        if not failed:
            continue
        res = run_cli("scan", s.package, "--as-of", AS_OF, "--fail-on", "never", "--format", "json", "-o",
                      tmp_path / "r.json")
        parts = ", ".join(dict.fromkeys(c["part"] for c in failed))
        assert res.code == 1 and res.err.startswith(f"pinscan: gate failed: incomplete analysis: {parts}; "), res.err
        gate = json.loads((tmp_path / "r.json").read_text())["gate"]
        assert gate["passed"] is False and gate["not_analysed"] == list(dict.fromkeys(c["part"] for c in failed))


def test_fairplay_is_named_with_what_to_do(tmp_path):
    res = run_cli("scan", ENCRYPTED, "--as-of", AS_OF, "--fail-on", "never")
    assert res.code == 1
    assert res.err == ("pinscan: gate failed: incomplete analysis: Payload/Encrypted.app/Encrypted; "
                       "FairPlay-encrypted App Store binary: scan a decrypted build, or pass --allow-incomplete to "
                       "accept\n")
    text = res.out
    assert "ANALYSIS INCOMPLETE: 1 part(s) could not be analysed" in text
    assert "FairPlay-encrypted (cryptid 1), code not analysed" in text
    assert "the release gate fails on this unless --allow-incomplete is given" in text
    accepted = run_cli("scan", ENCRYPTED, "--as-of", AS_OF, "--fail-on", "never", "--allow-incomplete")
    assert accepted.code == 0
    assert accepted.err == ("pinscan: warning: incomplete analysis accepted (allow-incomplete): "
                            "Payload/Encrypted.app/Encrypted\n")
    assert "  accepted by allow-incomplete" in accepted.out


def test_allow_incomplete_from_the_config_file_and_the_cli_wins(tmp_path):
    (tmp_path / ".pinscan.toml").write_text("allow-incomplete = true\nfail-on = \"never\"\n")
    res = run_cli("scan", ENCRYPTED, "--as-of", AS_OF, cwd=tmp_path)
    assert res.code == 0 and "incomplete analysis accepted" in res.err
    res = run_cli("scan", ENCRYPTED, "--as-of", AS_OF, "--no-allow-incomplete", cwd=tmp_path)
    assert res.code == 1 and "gate failed: incomplete analysis" in res.err
    (tmp_path / ".pinscan.toml").write_text("allow-incomplete = \"yes\"\n")
    res = run_cli("scan", ENCRYPTED, cwd=tmp_path)
    assert res.code == 2 and "allow-incomplete: must be true or false" in res.err


def test_json_gate_names_what_is_missing_only_when_incomplete(tmp_path):
    out = tmp_path / "r.json"
    run_cli("scan", STRICT, "--as-of", AS_OF, "--format", "json", "-o", out)
    assert "not_analysed" not in json.loads(out.read_text())["gate"]  # complete: the gate's usual shape
    run_cli("scan", ENCRYPTED, "--as-of", AS_OF, "--format", "json", "-o", out, "--fail-on", "never")
    assert json.loads(out.read_text())["gate"] == {
        "passed": False,
        "reasons": ["incomplete analysis: Payload/Encrypted.app/Encrypted; FairPlay-encrypted App Store binary: "
                    "scan a decrypted build, or pass --allow-incomplete to accept"],
        "warnings": [],
        "policy": {"fail_on": "never"},
        "not_counted": {"baselined": [], "suppressed": [], "excluded_libraries": [], "library_code_not_reached": []},
        "not_analysed": ["Payload/Encrypted.app/Encrypted"],
    }
    run_cli("scan", ENCRYPTED, "--as-of", AS_OF, "--format", "json", "-o", out, "--allow-incomplete")
    gate = json.loads(out.read_text())["gate"]
    assert gate["policy"]["allow_incomplete"] is True and gate["passed"] is False  # PS3001 is high
    assert gate["warnings"] == ["incomplete analysis accepted (allow-incomplete): Payload/Encrypted.app/Encrypted"]


def test_html_says_the_analysis_was_incomplete(tmp_path):
    out = tmp_path / "r.html"
    run_cli("scan", ENCRYPTED, "--as-of", AS_OF, "--format", "html", "-o", out, "--fail-on", "never")
    page = out.read_text()
    assert 'id="incomplete"' in page and "Analysis incomplete" in page
    assert "<code class=\"wrap\">Payload/Encrypted.app/Encrypted</code>." in page
    run_cli("scan", STRICT, "--as-of", AS_OF, "--format", "html", "-o", out)
    assert 'id="incomplete"' not in out.read_text()


# --- budgets --------------------------------------------------------------------------------------------

def _scan(path: Path):
    from pinscan.scan import scan_path

    return scan_path(path, OPTIONS)


def _failed(result) -> dict[str, str]:
    return {c.part: c.reason for c in result.coverage if c.status == "failed"}


def test_size_budget_is_checked_on_the_declared_size_before_inflating(monkeypatch):
    import pinscan.android.app as app_mod

    monkeypatch.setattr(app_mod, "MAX_DEX_SIZE", 100)
    sample = SAMPLES / "android" / "code-trustall.apk"
    size = zipfile.ZipFile(sample).getinfo("classes.dex").file_size
    failed = _failed(_scan(sample))
    assert failed["classes.dex"] == f"over its budget of 100 bytes for one dex (it has {size:,}): not analysed"
    assert "classes2.dex" in failed  # each part on its own budget


def test_dex_work_budget(monkeypatch):
    import pinscan.android.dex as dex_mod

    monkeypatch.setattr(dex_mod, "DEX_WORK", 10)
    result = _scan(SAMPLES / "android" / "code-trustall.apk")
    assert _failed(result) == {"classes2.dex": "over its budget of 10 code units decoded and table items read: "
                                               "not analysed; the other dex files were analysed"}
    assert result.identity.app_id and result.identity.to_json()["dex_files"] == 2  # the scan went on


def test_resource_table_work_budget(monkeypatch):
    import pinscan.android.arsc as arsc_mod

    monkeypatch.setattr(arsc_mod, "TABLE_WORK", 0)
    failed = _failed(_scan(STRICT))
    assert "over its budget of 0 entries looked up: not analysed" in failed["network security config"]


def test_plist_values_budget(monkeypatch):
    import pinscan.ios.plist as plist_mod

    monkeypatch.setattr(plist_mod, "PLIST_VALUES", 5)
    from pinscan.errors import ScanError

    with pytest.raises(ScanError, match=r"Info.plist\): over its budget of 5 values once shared objects are "
                                        r"expanded: not analysed"):
        _scan(SAMPLES / "ios" / "ats-strict.ipa")


def test_budget_exceeded_is_a_part_error_naming_part_and_budget():
    from pinscan.errors import PartError

    b = limits.Budget("classes.dex", 3, "things")
    b.spend(3)
    with pytest.raises(PartError, match=r"^classes.dex: over its budget of 3 things: not analysed$"):
        b.spend()


# --- the time limit -------------------------------------------------------------------------------------

def test_deadline_interrupts_pure_python_work_in_the_main_thread():
    start = time.monotonic()
    with pytest.raises(limits.ScanTimeout, match=r"scan timed out after 0.2 s \(--timeout\)"), \
            limits.deadline(0.2):
        while True:  # no cooperative check in here: the timer signal ends it
            pass
    assert time.monotonic() - start < 5


def test_deadline_in_a_worker_thread_ends_at_the_next_budget_check():
    got: list[BaseException] = []

    def work() -> None:
        try:
            with limits.deadline(0.05):
                budget = limits.Budget("part", 10**12, "units")
                while True:
                    budget.spend(1024)
        except limits.ScanTimeout as exc:
            got.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert not t.is_alive() and len(got) == 1


def test_timeout_is_not_swallowed_by_a_rule_guard():
    """ScanTimeout is a BaseException: the per-rule `except Exception` guard lets it through."""
    assert not issubclass(limits.ScanTimeout, Exception)


def test_timeout_ends_one_scan_with_exit_2():
    res = run_cli("scan", STRICT, "--timeout", "0.001")
    assert res.code == 2
    assert res.err == f"pinscan: error: {STRICT}: scan timed out after 0.001 s (--timeout)\n"
    assert run_cli("scan", STRICT, "--timeout", "0", "--fail-on", "never").code == 0  # 0: no limit
    bad = run_cli("scan", STRICT, "--timeout", "soon")
    assert bad.code == 2 and "not a number of seconds" in bad.err


def test_timeout_holds_for_the_packages_a_diff_scans(tmp_path):
    """`pinscan diff` and `scan --compare-to` scan a second package: the same limit applies to it."""
    v1, v2 = SAMPLES / "android" / "release-v1.apk", SAMPLES / "android" / "release-v2.apk"
    res = run_cli("diff", v1, v2, "--timeout", "0.001")
    assert res.code == 2 and res.err == f"pinscan: error: {v1}: scan timed out after 0.001 s (--timeout)\n"
    cache = tmp_path / "cache"
    assert run_cli("scan", v2, "--cache", cache, "--fail-on", "never").code == 0
    res = run_cli("scan", v2, "--cache", cache, "--compare-to", v1, "--timeout", "0.001")  # v2 from the cache
    assert res.code == 2 and res.err == f"pinscan: error: {v1}: scan timed out after 0.001 s (--timeout)\n"
    assert run_cli("diff", v1, v2, "--timeout", "0", "--fail-on", "never").code == 1  # no limit; v2 loses pins


def _many_bundles(path: Path, count: int) -> Path:
    with zipfile.ZipFile(SAMPLES / "ios" / "ats-strict.ipa") as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        for k in range(count):
            out.writestr(f"Payload/AtsStrict.app/Frameworks/F{k}.framework/Info.plist",
                         b'<?xml version="1.0"?><plist version="1.0"><dict/></plist>')
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_in_a_batch_costs_only_that_package(tmp_path, jobs):
    """A package 30,000 bundles large takes seconds; the sample next to it a fraction of one: with a 1.5 s
    limit the first is an error record and the second a result."""
    slow = _many_bundles(tmp_path / "slow.ipa", 30_000)
    out = tmp_path / "b.jsonl"
    res = run_cli("scan", slow, STRICT, "--jobs", jobs, "--timeout", "1.5", "--format", "jsonl", "-o", out,
                  "--fail-on", "never", "--quiet")
    assert res.code == 2, res.err
    records = {Path(r["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert records["slow.ipa"] == {"path": str(slow), "status": "error",
                                   "error": "scan timed out after 1.5 s (--timeout)"}
    assert records["nsc-strict.apk"]["status"] == "ok"
    assert res.err.splitlines() == [f"pinscan: error: {slow}: scan timed out after 1.5 s (--timeout)"]


def _chain_index(depth: int):
    """A CodeIndex over a class chain C0 extends C1 extends ... (only the hierarchy is asked about)."""
    from pinscan.android.code import ClassInfo, CodeIndex

    index = CodeIndex([])
    index._classes = {f"LC{i};": ClassInfo(f"LC{i};", None, None, f"LC{i + 1};" if i + 1 < depth else None, ())
                      for i in range(depth)}
    return index


def test_a_class_chain_deeper_than_the_recursion_limit_is_walked():
    index = _chain_index(3000)
    assert len(index.supertypes("LC0;")) == 2999


def test_class_hierarchy_budget(monkeypatch):
    import pinscan.android.code as code_mod
    from pinscan.errors import PartError

    monkeypatch.setattr(code_mod, "HIERARCHY_WORK", 1000)
    with pytest.raises(PartError, match=r"^class hierarchy: over its budget of 1,000 supertype links"):
        _chain_index(100).supertypes("LC0;")
