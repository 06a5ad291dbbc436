"""`pinscan serve --dask`: scans run on a Dask cluster (a LocalCluster with one worker process) and give the
same verdicts and report bytes as the CLI; a package that is not an app fails with the CLI's line."""

from __future__ import annotations

import pytest
from serverkit import free_port, start_server, upload, wait_for
from test_server import AS_OF, assert_same_as_cli, cli_reports

from conftest import SAMPLES, run_cli

distributed = pytest.importorskip("distributed", reason="Dask distributed not installed: pip install 'pinscan[dask]'")


def test_scans_on_a_dask_cluster(tmp_path):
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        server = start_server(tmp_path / "data", None, "--dask", cluster.scheduler_address, "--workers", "2")
        try:
            notes = tmp_path / "notes.txt"
            notes.write_text("hello\n")
            packages = [SAMPLES / "android" / "code-pinning.apk", SAMPLES / "ios" / "ats-pins-weak.ipa"]
            with server.client("upload") as client:
                ids = [upload(client, p, as_of=AS_OF).json()["id"] for p in packages]
                bad = upload(client, notes).json()["id"]
                for pkg, scan_id in zip(packages, ids, strict=True):
                    scan = wait_for(client, scan_id)
                    assert scan["status"] == "done", scan
                    assert_same_as_cli(client, wait_for(client, scan_id), *cli_reports(tmp_path, pkg))
                failed = wait_for(client, bad)
                cli = run_cli("scan", notes.name, cwd=tmp_path)
                assert failed["status"] == "failed"
                assert failed["error"] == cli.err.strip().removeprefix("pinscan: error: ")
        finally:
            server.stop()


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    res = run_cli("serve", "--data", tmp_path / "data", "--port", str(free_port()), "--dask", "tcp://127.0.0.1:9")
    assert res.code == 2 and res.err.count("\n") == 1 and "Dask scheduler" in res.err, res.err
