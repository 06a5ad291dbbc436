"""Batch scans: many packages in worker processes, one bad package (or a dead worker) never stops the
rest, results in input order, JSON Lines / JSON / SARIF / text, exit codes, and the result cache."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import pty
import random
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
import zipfile
from pathlib import Path

import pytest
from test_npm_apks import APKS, NPM_DIR

from conftest import PACKAGE_SUFFIXES, SAMPLES, all_samples, run_cli
from pinscan.rule import ScanOptions
from pinscan.runner.batch import collect
from pinscan.scan import scan_path

AS_OF = "2026-06-01"
OPTIONS = ScanOptions(as_of=dt.date.fromisoformat(AS_OF))


def npm_apks() -> list[Path]:
    apks = [NPM_DIR / rel for rel in APKS.values()]
    missing = [str(p) for p in apks if not p.exists()]
    if missing:
        pytest.skip(f"npm APKs not present ({', '.join(missing)}): .ci/run fetches them")
    return apks


def make_batch_dir(root: Path) -> Path:
    """Every bundled sample, the three npm APKs, an unzipped .app folder and two broken files."""
    root.mkdir(parents=True, exist_ok=True)
    for s in all_samples():
        dest = root / s.platform / s.package.name
        dest.parent.mkdir(exist_ok=True)
        shutil.copyfile(s.package, dest)
    for apk in npm_apks():
        shutil.copyfile(apk, root / apk.name)
    with zipfile.ZipFile(SAMPLES / "ios" / "ats-strict.ipa") as zf:  # Payload/X.app/... → unzipped/X.app
        for name in zf.namelist():
            if name.startswith("Payload/") and not name.endswith("/"):
                dest = root / "unzipped" / name.removeprefix("Payload/")
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(zf.read(name))
    (root / "broken").mkdir()
    (root / "broken" / "truncated.apk").write_bytes((SAMPLES / "android" / "nsc-strict.apk").read_bytes()[:3000])
    (root / "broken" / "random.apk").write_bytes(random.Random(6).randbytes(4096).replace(b"PK", b"pk"))
    (root / "notes.txt").write_text("not a package: left out by the directory search")
    return root


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory) -> Path:
    return make_batch_dir(tmp_path_factory.mktemp("batch"))


def _raw(result: dict) -> dict:
    """A batch record's result without the gate's verdict: what scan_path gives."""
    return {k: v for k, v in result.items() if k != "gate"}


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def jsonl_text(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


@pytest.fixture(scope="module")
def jobs2(batch_dir, tmp_path_factory) -> tuple[int, str, str]:
    out = tmp_path_factory.mktemp("out") / "batch.jsonl"
    res = run_cli("scan", batch_dir, "--jobs", "2", "--format", "jsonl", "-o", out, "--as-of", AS_OF,
                  "--fail-on", "never")
    return res.code, res.err, out.read_text()


def test_directory_search_finds_packages_sorted_and_follows_no_symlink(batch_dir, tmp_path):
    found = [str(p) for p in collect([batch_dir])]
    files = [p for p in batch_dir.rglob("*") if p.suffix in PACKAGE_SUFFIXES and p.is_file()]
    apps = [p for p in batch_dir.rglob("*.app") if p.is_dir()]
    assert len(apps) == 1
    assert found == sorted(str(p) for p in files + apps)  # the .app folder is one package, not searched
    assert not any(p.endswith("notes.txt") for p in found)

    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copyfile(SAMPLES / "android" / "nsc-weak.apk", outside / "x.apk")
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "link.apk").symlink_to(outside / "x.apk")
    (inside / "linkdir").symlink_to(outside, target_is_directory=True)
    res = run_cli("scan", inside)
    assert res.code == 2 and "no packages" in res.err and res.err.count("\n") == 1


def test_jobs2_batch_equals_single_scans_and_reports_the_broken_files(batch_dir, jobs2):
    code, err, text = jobs2
    records = lines(text)
    assert code == 2, err  # two packages could not be scanned
    assert [r["path"] for r in records] == [str(p) for p in collect([batch_dir])]  # input order
    errors = {Path(r["path"]).name: r["error"] for r in records if r["status"] == "error"}
    assert set(errors) == {"truncated.apk", "random.apk"}
    assert "truncated" in errors["truncated.apk"] and "not an app package" in errors["random.apk"]
    ok = [r for r in records if r["status"] == "ok"]
    assert len(ok) == len(all_samples()) + len(APKS) + 1  # + the unzipped .app
    incomplete = {s.package.name for s in all_samples() if s.expected.get("coverage_failed")}
    for r in ok:  # the same result as a scan of that package on its own, plus the gate's verdict
        assert _raw(r["result"]) == json.loads(scan_path(r["path"], OPTIONS).to_json_text()), r["path"]
        gate = r["result"]["gate"]
        if Path(r["path"]).name in incomplete:  # some part cannot be analysed: the gate fails closed
            assert gate["passed"] is False and gate["reasons"][0].startswith("incomplete analysis: "), r["path"]
        else:
            assert gate["passed"] is True, r["path"]  # --fail-on never
    broken = f"{batch_dir / 'broken' / 'truncated.apk'}: error: "
    assert err.count(broken) == 1  # on its progress line, and not again
    assert f"[{len(records)}/{len(records)}]" in err


def test_jobs1_gives_the_same_bytes_as_jobs2(batch_dir, tmp_path, jobs2):
    out = tmp_path / "one.jsonl"
    res = run_cli("scan", batch_dir / "android", batch_dir / "broken", "--jobs", "1", "--format", "jsonl", "-o", out,
                  "--as-of", AS_OF, "--fail-on", "never", "--quiet")
    assert res.code == 2 and res.err.count("pinscan: error:") == 2 and "[1/" not in res.err
    wanted = [r for r in lines(jobs2[2]) if "/android/" in r["path"] or "/broken/" in r["path"]]
    assert out.read_text() == jsonl_text(wanted)


def test_a_killed_worker_costs_nothing_but_a_rescan(batch_dir, tmp_path, jobs2):
    """SIGKILL one worker mid-batch (what the OOM killer does): the pool is rebuilt, the scans in flight
    are retried one per process, and every package still gets its result."""
    pkgs = tmp_path / "pkgs"
    shutil.copytree(batch_dir / "android", pkgs)
    for apk in npm_apks():
        shutil.copyfile(apk, pkgs / apk.name)
    out = tmp_path / "k.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "pinscan.cli", "scan", str(pkgs), "--jobs", "2", "--format",
                             "jsonl", "-o", str(out), "--as-of", AS_OF, "--fail-on", "never"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 60
    while killed is None and proc.poll() is None and time.monotonic() < deadline:
        for child in _children(proc.pid):
            if not _is_forkserver(child):
                continue
            for worker in _children(child):  # main → forkserver → workers
                os.kill(worker, signal.SIGKILL)
                killed = worker
                break
            if killed:
                break
        time.sleep(0.01)
    try:
        err = proc.communicate(timeout=120)[1]
    except subprocess.TimeoutExpired:
        tree = [proc.pid, *(c for k in _children(proc.pid) for c in [k, *_children(k)])]
        for pid in reversed(tree):
            os.kill(pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the batch hung after a worker was killed")
    assert killed is not None, "no worker process seen"
    # 1: the samples some part of which cannot be analysed fail the gate; every package was scanned.
    assert proc.returncode == 1, err
    assert "0 could not be scanned" in err
    assert "a worker process died" in err
    by_name = {Path(r["path"]).name: r for r in lines(jobs2[2])}
    got = lines(out.read_text())
    assert len(got) == len(list(pkgs.iterdir()))
    for r in got:
        assert r["status"] == "ok" and r["result"] == by_name[Path(r["path"]).name]["result"], r["path"]


def _is_forkserver(pid: int) -> bool:
    try:
        return b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def test_json_text_reports_and_exit_codes(tmp_path):
    weak, strict = SAMPLES / "android" / "nsc-weak.apk", SAMPLES / "android" / "nsc-strict.apk"
    out = tmp_path / "b.json"
    res = run_cli("scan", weak, strict, "--format", "json", "-o", out, "--as-of", AS_OF)
    assert res.code == 1, res.err  # nsc-weak has high findings: its gate fails, nothing failed to scan
    doc = json.loads(out.read_text())
    assert doc["kind"] == "pinscan-batch"
    assert doc["summary"] == {"packages": 2, "scanned": 2, "errors": 0, "gate_failed": 1}
    assert [p["path"] for p in doc["packages"]] == [str(strict), str(weak)]  # sorted by path
    assert _raw(doc["packages"][1]["result"]) == json.loads(scan_path(weak, OPTIONS).to_json_text())
    assert f"gate failed: {weak}: " in res.err

    res = run_cli("scan", weak, strict, "--as-of", AS_OF, "--fail-on", "never")
    assert res.code == 0
    text = res.out.splitlines()
    assert text[0].startswith(f"{strict}: com.example.strict, 0 finding(s), pins for api.example.com")
    header = next(i for i, line in enumerate(text) if line.startswith("package "))
    assert text[header].split()[:4] == ["package", "platform", "app", "id"]
    weak_row = text[header + 2].split()
    assert weak_row[:3] == [str(weak), "android", "com.example.weak"] and weak_row[-1] == "passed"
    assert text[-1] == "2 package(s): 2 scanned, 0 could not be scanned, 0 failed the gate"
    assert "[2/2]" in res.err  # plain progress lines: stderr is not a terminal here

    res = run_cli("scan", strict, "--format", "jsonl", "--as-of", AS_OF)  # JSON Lines: a batch of one
    assert res.code == 0 and [{**r, "result": _raw(r["result"])} for r in lines(res.out)] == [
        {"path": str(strict), "status": "ok", "result": json.loads(scan_path(strict, OPTIONS).to_json_text())}]


def test_sarif_batch_has_one_run_per_package_with_distinct_categories(tmp_path):
    out = tmp_path / "b.sarif"
    copy = tmp_path / "copy-of-weak.apk"
    shutil.copyfile(SAMPLES / "android" / "nsc-weak.apk", copy)
    pkgs = [SAMPLES / "android" / "nsc-weak.apk", SAMPLES / "ios" / "ats-arbitrary.ipa", copy]
    res = run_cli("scan", *pkgs, "--format", "sarif", "-o", out, "--as-of", AS_OF, "--fail-on", "never")
    assert res.code == 0, res.err
    runs = json.loads(out.read_text())["runs"]
    ids = [r["automationDetails"]["id"] for r in runs]
    assert len(set(ids)) == 3 and "pinscan/ios/com.example.atsarbitrary/" in ids
    assert f"pinscan/android/com.example.weak/{copy}/" in ids
    assert all(r["results"] for r in runs)


def test_html_is_refused_for_a_batch_before_scanning(tmp_path):
    res = run_cli("scan", SAMPLES / "android" / "nsc-weak.apk", SAMPLES / "android" / "nsc-strict.apk",
                  "--format", "html", "-o", tmp_path / "r.html")
    assert res.code == 2 and res.err.count("\n") == 1 and "HTML" in res.err
    assert not (tmp_path / "r.html").exists()


def test_an_empty_directory_is_an_error(tmp_path):
    res = run_cli("scan", tmp_path)
    assert res.code == 2 and "no packages" in res.err


def test_progress_is_a_bar_on_a_terminal(tmp_path):
    pkgs = [SAMPLES / "android" / "nsc-weak.apk", SAMPLES / "android" / "nsc-strict.apk"]
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 wide
    try:
        proc = subprocess.run([sys.executable, "-m", "pinscan.cli", "scan", *map(str, pkgs), "--fail-on", "never",
                               "-o", str(tmp_path / "r.txt")], stderr=follower, stdout=subprocess.DEVNULL, timeout=120)
        os.close(follower)
        err = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
    finally:
        os.close(leader)
    assert proc.returncode == 0
    assert b"2/2" in err and b"pkg" in err and b"[2/2] " not in err  # tqdm's bar, not the plain lines


def test_cache_answers_without_opening_the_package(tmp_path, monkeypatch, capsys):
    from pinscan import cli, scan

    cache = tmp_path / "cache"
    apk = tmp_path / "app.apk"
    shutil.copyfile(SAMPLES / "android" / "nsc-weak.apk", apk)
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    args = ["scan", str(apk), "--format", "json", "--as-of", AS_OF, "--fail-on", "never", "--cache", str(cache)]
    assert cli.main([*args, "-o", str(first)]) == 0
    assert len(list(cache.rglob("*.json"))) == 1

    def no_open(*a, **k):
        raise AssertionError("the package was opened again")

    monkeypatch.setattr(scan, "open_app", no_open)
    assert cli.main([*args, "-o", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()

    # Another as-of date is another key: a miss, which must open the package (and here hits the trap).
    assert cli.main([*args, "--as-of", "2030-01-01", "-o", str(second)]) == 2
    assert "opened again" in capsys.readouterr().err


def test_batch_cache_gives_identical_output_without_scanning(tmp_path, monkeypatch, capsys):
    from pinscan import cli, scan

    cache = tmp_path / "cache"
    pkgs = [str(SAMPLES / "android" / n) for n in ("nsc-weak.apk", "nsc-strict.apk", "code-trustall.apk")]
    args = ["scan", *pkgs, "--format", "jsonl", "--as-of", AS_OF, "--fail-on", "never", "--cache", str(cache)]
    res = run_cli(*args, "--jobs", "2")
    assert res.code == 0 and "cache" not in res.err
    assert len(list(cache.rglob("*.json"))) == 3

    def no_open(*a, **k):
        raise AssertionError("the package was opened again")

    monkeypatch.setattr(scan, "open_app", no_open)
    assert cli.main(args) == 0
    out, err = capsys.readouterr()
    assert out == res.out and err.count("ok (cached)") == 3 and "(3 from the cache)" in err


def test_a_corrupt_cache_entry_is_rescanned_and_rewritten(tmp_path):
    cache = tmp_path / "cache"
    apk = SAMPLES / "android" / "nsc-strict.apk"
    args = ("scan", apk, "--format", "json", "--as-of", AS_OF, "--cache", cache)
    first = run_cli(*args)
    entry = next(cache.rglob("*.json"))
    for junk in ("{ not json", '{"schema_version": 1}', "[]"):
        entry.write_text(junk)
        again = run_cli(*args)
        assert again.code == first.code == 0 and again.out == first.out, again.err
        assert json.loads(entry.read_text())["app"]["app_id"] == "com.example.strict"
    assert [p.name for p in cache.rglob("*") if p.is_file()] == [entry.name]  # no temporary file left


def test_a_scan_stuck_past_its_time_limit_is_ended_by_killing_its_worker(tmp_path):
    """A scan stuck where Python cannot interrupt it (native code; here the workers are stopped with
    SIGSTOP) is ended TIMEOUT_GRACE seconds past --timeout by killing its worker: that package is an error
    record, the batch finishes."""
    from test_fail_closed import _many_bundles

    slow = [_many_bundles(tmp_path / f"slow{i}.ipa", 30_000) for i in range(2)]
    out = tmp_path / "s.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "pinscan.cli", "scan", *map(str, slow), "--jobs", "2",
                             "--timeout", "1", "--format", "jsonl", "-o", str(out), "--fail-on", "never", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stopped: set[int] = set()
    deadline = time.monotonic() + 60
    while len(stopped) < 2 and proc.poll() is None and time.monotonic() < deadline:
        for child in _children(proc.pid):
            if _is_forkserver(child):
                for worker in _children(child):
                    if worker not in stopped:
                        os.kill(worker, signal.SIGSTOP)
                        stopped.add(worker)
        time.sleep(0.01)
    try:
        err = proc.communicate(timeout=120)[1]
    finally:
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    assert len(stopped) == 2, "the two workers were not seen"
    assert proc.returncode == 2, err
    records = lines(out.read_text())
    assert [r["status"] for r in records] == ["error", "error"]
    errors = sorted(r["error"] for r in records)
    # The first package past the limit is ended with its worker; a package in flight with it is scanned
    # again alone, where its own time limit (Python-level) ends it, unless it was stuck as long.
    assert errors[-1] == "scan timed out after 1 s (--timeout); stuck in native code, its worker was ended"
    assert errors[0] in ("scan timed out after 1 s (--timeout)", errors[-1])
