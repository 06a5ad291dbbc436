"""The same batch on a Dask cluster (a LocalCluster with two worker processes) gives byte-identical
results to the local `--jobs 2` run, broken packages included."""

from __future__ import annotations

import json

import pytest
from test_batch import AS_OF, make_batch_dir

from conftest import SAMPLES, run_cli

distributed = pytest.importorskip("distributed", reason="Dask distributed not installed: pip install 'pinscan[dask]'")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_cluster_results_equal_the_local_jobs2_run(cluster, tmp_path):
    batch = make_batch_dir(tmp_path / "batch")
    common = ("--format", "jsonl", "--as-of", AS_OF, "--fail-on", "never")
    local = run_cli("scan", batch, "--jobs", "2", *common, "-o", tmp_path / "local.jsonl")
    res = run_cli("scan", batch, "--dask", cluster.scheduler_address, *common, "-o", tmp_path / "dask.jsonl")
    assert res.code == local.code == 2, res.err  # the two broken files
    text = (tmp_path / "dask.jsonl").read_text()
    assert text.count("\n") > 40 and text.count('"status":"error"') == 2
    assert text == (tmp_path / "local.jsonl").read_text()

    # Relative paths work although the workers' working directory is not ours.
    res = run_cli("scan", "batch/android", "--dask", cluster.scheduler_address, *common, "-o", "rel.jsonl",
                  cwd=tmp_path)
    assert res.code == 1 and "0 could not be scanned" in res.err, res.err  # incomplete samples fail the gate
    local = {r["path"]: r for r in map(json.loads, text.splitlines())}
    for r in map(json.loads, (tmp_path / "rel.jsonl").read_text().splitlines()):
        assert r["path"].startswith("batch/android/") and r == {**local[str(tmp_path / r["path"])], "path": r["path"]}


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    res = run_cli("scan", SAMPLES / "android" / "nsc-strict.apk", "--dask", "tcp://127.0.0.1:9", "--quiet")
    assert res.code == 2 and res.err.count("\n") == 1 and "Dask scheduler" in res.err, res.err


def test_the_time_limit_applies_per_package_on_dask_workers(cluster, tmp_path):
    """Dask runs scans in worker threads, where no timer signal reaches: the limit is checked at every part
    read and budget step, and a package past it is one error record."""
    pkgs = [SAMPLES / "android" / "nsc-strict.apk", SAMPLES / "ios" / "ats-strict.ipa"]
    out = tmp_path / "t.jsonl"
    res = run_cli("scan", *pkgs, "--dask", cluster.scheduler_address, "--timeout", "0.000001", "--format", "jsonl",
                  "-o", out, "--quiet")
    assert res.code == 2, res.err
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["status"], r["error"]) for r in records] == [("error", "scan timed out after 1e-06 s (--timeout)")] * 2
