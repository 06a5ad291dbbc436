"""The composite GitHub Action: well-formed, and its scan step (the bash that turns inputs into
pinscan arguments) runs for real here, with inputs passed the way the runner passes them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES

yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read action.yml")

ACTION = ROOT / "action.yml"


def _action() -> dict:
    return yaml.safe_load(ACTION.read_text())


def test_action_is_a_composite_that_installs_scans_uploads_and_gates():
    action = _action()
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    assert action["inputs"]["path"]["required"] is True
    for step in steps:
        if "run" in step:
            assert "${{" not in step["run"], "inputs must reach scripts through env, not be spliced in"
            assert step["shell"] == "bash"


def _run_scan_step(tmp_path: Path, **inputs: str) -> tuple[int, dict[str, str], str]:
    step = next(s for s in _action()["runs"]["steps"] if s.get("id") == "scan")
    output = tmp_path / "github_output"
    output.write_text("")
    env = {k: "" for k in step["env"]}
    env.update({f"IN_{k.upper()}": v for k, v in inputs.items()})
    bindir = tmp_path / "bin"
    bindir.mkdir(exist_ok=True)
    shim = bindir / "pinscan"  # the `pinscan` the install step would have put on PATH
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m pinscan.cli "$@"\n')
    shim.chmod(0o755)
    env.update(PATH=f"{bindir}{os.pathsep}{os.environ['PATH']}", GITHUB_OUTPUT=str(output), HOME=str(tmp_path))
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
    return proc.returncode, outputs, proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is needed to run the action's step")
def test_scan_step_passes_inputs_and_reports_the_exit_code(tmp_path):
    code, outputs, log = _run_scan_step(
        tmp_path, path=str(SAMPLES / "android" / "nsc-weak.apk"), sarif="out.sarif", html="out.html",
        json="out.json", fail_on="never", pin_expiry="30", require="api.example.com pay.example.com",
        as_of="2026-06-01")
    assert code == 0, log  # a policy failure is reported as an output; the last step fails the job
    assert outputs["exit-code"] == "1"
    assert "pay.example.com is required to be pinned but its pins are not enforced" in log
    assert (tmp_path / "out.sarif").exists() and (tmp_path / "out.html").exists() and (tmp_path / "out.json").exists()

    code, outputs, _ = _run_scan_step(tmp_path, path=str(SAMPLES / "android" / "nsc-strict.apk"), sarif="s.sarif",
                                      html="", as_of="2026-06-01")
    assert code == 0 and outputs["exit-code"] == "0"

    code, outputs, log = _run_scan_step(tmp_path, path=str(tmp_path / "missing.apk"), sarif="m.sarif", html="")
    assert code == 2 and outputs["exit-code"] == "2" and "could not scan" in log


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is needed to run the action's step")
def test_scan_step_allow_incomplete_input(tmp_path):
    encrypted = str(SAMPLES / "ios" / "encrypted.ipa")
    code, outputs, log = _run_scan_step(tmp_path, path=encrypted, sarif="e.sarif", html="", fail_on="never",
                                        as_of="2026-06-01")
    assert code == 0 and outputs["exit-code"] == "1" and "incomplete analysis" in log
    code, outputs, log = _run_scan_step(tmp_path, path=encrypted, sarif="e.sarif", html="", fail_on="never",
                                        as_of="2026-06-01", allow_incomplete="true")
    assert code == 0 and outputs["exit-code"] == "0", log
