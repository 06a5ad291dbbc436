"""Nothing lost: the real server with one worker process, on SQLite and on PostgreSQL. A worker is frozen
(SIGSTOP) so a scan stays in it as long as the test needs: the queue fills (429 with Retry-After), the scan
times out (failed with the reason, the worker replaced), a worker is SIGKILLed mid-scan (the scan is queued
again and completes), the server is SIGKILLed mid-scan (its worker dies with it; on restart the scan is
queued again and completes), and a scan that already had its retry is failed with the reason."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time

import pytest
from serverkit import DATABASES, Server, alive, database, start_server, upload, wait_for
from test_server import AS_OF, assert_same_as_cli, cli_reports

from conftest import SAMPLES

ANDROID, IOS = SAMPLES / "android", SAMPLES / "ios"


@pytest.fixture(params=DATABASES)
def db_url(request):
    with database(request.param) as url:
        yield url


def _start(tmp_path, url, *args) -> Server:
    return start_server(tmp_path / "data", url, "--workers", "1", *args)


def _one_worker(server: Server, timeout: float = 30) -> int:
    """The server's single idle worker (after a first scan has started it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = server.workers()
        if len(pids) == 1:
            return pids[0]
        time.sleep(0.1)
    raise AssertionError(f"expected one worker process, found {server.workers()}")


def _warm(server: Server, client, package=ANDROID / "manifest-modern.apk") -> int:
    assert wait_for(client, upload(client, package, as_of=AS_OF).json()["id"])["status"] == "done"
    return _one_worker(server)


def _gone(pid: int, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_queue_full_is_429_and_a_stuck_scan_times_out(tmp_path, db_url):
    server = _start(tmp_path, db_url, "--queue-size", "1", "--scan-timeout", "8")
    try:
        with server.client("upload") as client:
            worker = _warm(server, client)
            os.kill(worker, signal.SIGSTOP)
            stuck = upload(client, ANDROID / "nsc-weak.apk", as_of=AS_OF).json()["id"]
            assert wait_for(client, stuck, ("running",), timeout=30)["status"] == "running"
            waiting = upload(client, ANDROID / "nsc-strict.apk", as_of=AS_OF)
            assert waiting.status_code == 202 and waiting.json()["status"] == "queued"
            refused = upload(client, IOS / "ats-strict.ipa", as_of=AS_OF)
            assert refused.status_code == 429
            assert int(refused.headers["retry-after"]) >= 1
            assert "waiting for a worker" in refused.json()["message"]
            assert not list((server.data / "tmp").iterdir())  # refused before a byte was stored

            failed = wait_for(client, stuck, timeout=60)
            assert failed["status"] == "failed" and failed["verdict"] is None
            assert failed["error"] == "the scan took longer than the limit of 8 s and was stopped"
            assert _gone(worker)  # the stuck worker was killed, a new one took the next scan
            assert wait_for(client, waiting.json()["id"])["status"] == "done"
            again = upload(client, IOS / "ats-strict.ipa", as_of=AS_OF)
            assert again.status_code == 202 and wait_for(client, again.json()["id"])["status"] == "done"
            # A timeout is not the package's fault: the next upload of it is analysed afresh.
            retried = upload(client, ANDROID / "nsc-weak.apk", as_of=AS_OF).json()
            assert retried["analysis"]["id"] != failed["analysis"]["id"]
            assert wait_for(client, retried["id"])["status"] == "done"
    finally:
        server.stop()


def test_worker_and_then_server_killed_mid_scan_recover(tmp_path, db_url):
    server = _start(tmp_path, db_url)
    try:
        with server.client("upload") as client:
            # 1. A worker is killed mid-scan: the scan is queued again and completes, with a note.
            first = _warm(server, client)
            os.kill(first, signal.SIGSTOP)
            scan_id = upload(client, ANDROID / "nsc-weak.apk", as_of=AS_OF).json()["id"]
            wait_for(client, scan_id, ("running",), timeout=30)
            os.kill(first, signal.SIGKILL)
            scan = wait_for(client, scan_id, timeout=60)
            assert scan["analysis"]["attempts"] == 2
            assert any("worker scanning it died" in n and "queued again" in n for n in scan["analysis"]["notes"])
            assert_same_as_cli(client, scan, *cli_reports(tmp_path, ANDROID / "nsc-weak.apk"))

            # 2. The server is killed mid-scan: its worker does not outlive it.
            second = _one_worker(server)
            assert second != first
            os.kill(second, signal.SIGSTOP)
            lost_id = upload(client, IOS / "trustkit-weak.ipa", as_of=AS_OF).json()["id"]
            assert wait_for(client, lost_id, ("running",), timeout=30)["status"] == "running"
        helpers = server.descendants()  # the forkserver, its worker, multiprocessing's resource tracker
        assert second in helpers
        server.kill()
        assert _gone(second), "the worker outlived the killed server"
        assert all(_gone(pid) for pid in helpers), "a process of the killed server is still running"

        # 3. Restarted on the same data and database: the scan is queued again and completes.
        server.start()
        with server.client("read") as client:
            scan = wait_for(client, lost_id, timeout=60)
            assert scan["status"] == "done" and scan["analysis"]["attempts"] == 2
            assert any("server stopped while scanning it" in n for n in scan["analysis"]["notes"])
            assert_same_as_cli(client, scan, *cli_reports(tmp_path, IOS / "trustkit-weak.ipa"))
            # What was done before the kill is all there.
            assert client.get(f"/api/v1/scans/{scan_id}").json()["status"] == "done"
    finally:
        server.stop()


def test_a_scan_that_had_its_retry_is_failed_with_the_reason_at_restart(tmp_path, db_url):
    from pinscan.rule import ScanOptions
    from pinscan.server import records
    from pinscan.server.db import open_database
    from pinscan.server.judge import PolicyChoice
    from pinscan.server.settings import database_url

    db = open_database(database_url(tmp_path, db_url))
    try:
        options = ScanOptions(as_of=dt.date(2026, 6, 1))
        ids = [records.submit(db, tmp_path, f"{n:064x}", 10, f"app-{n}.apk", options, PolicyChoice(None, {}), None)
               for n in (1, 2)]
        for _ in range(2):  # the first is claimed, "lost" with its server, re-queued, claimed again
            claim = records.claim_next(db)
            assert claim is not None
            if claim.attempt == 1:
                assert records.recover(db) == {"queued": 1, "failed": 0}
        assert claim.attempt == 2
        assert records.recover(db) == {"queued": 0, "failed": 1}
        lost = records.get_scan(db, ids[0]).to_json()
        assert lost["status"] == "failed"
        assert lost["error"] == "the server stopped while scanning it (attempt 2 of 2)"
        assert records.get_scan(db, ids[1]).to_json()["status"] == "queued"  # never started: untouched
    finally:
        db.close()
