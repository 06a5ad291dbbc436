"""Scans run by workers: processes of the batch machinery (`pinscan.runner.batch`: `scan_to_record` in a
forkserver pool) or a Dask cluster, fed by one dispatcher thread from the queue in the database.

Each local worker is a pool of one process, so when a scan must stop (it ran past the per-scan timeout) or
its process dies (a crash, out of memory, a SIGKILL), the scan that was running there is known, and no
other scan is touched. A dead worker's scan is queued again once (records.MAX_ATTEMPTS), then failed with
the reason; a timed-out scan fails at once. Workers die with the server: each asks Linux for SIGKILL when
its parent (the forkserver, which exits when the server does) goes, so a killed server leaves no scan
running; on restart `records.recover` queues again (or fails) what was running.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pinscan.errors import ScanError
from pinscan.rule import ScanOptions
from pinscan.runner.batch import kill_workers, require_dask, scan_to_record, worker_pool
from pinscan.server import records
from pinscan.server.db import TIMEOUT, WORKER, Database
from pinscan.server.settings import ServerSettings
from pinscan.server.worker_init import die_with_parent

log = logging.getLogger("pinscan.server")
WORKER_DIED = "the worker scanning it died (crash, out of memory or killed)"


def blob_path(blobs: Path, sha256: str) -> Path:
    return blobs / sha256[:2] / sha256


@dataclass
class Job:
    analysis_id: int
    blob: Path
    deadline: float
    future: Any  # concurrent.futures.Future or distributed.Future
    pool: cf.ProcessPoolExecutor | None = None

    def outcome(self) -> tuple[str, Any]:
        """("ok", record) or ("died", message), once done."""
        try:
            return "ok", self.future.result()  # done already
        except cf.process.BrokenProcessPool:
            return "died", WORKER_DIED
        except Exception as exc:  # noqa: BLE001 - a Dask task lost with its worker, after Dask's retries
            return "died", f"Dask task failed: {type(exc).__name__}: {exc}"


class LocalWorkers:
    """Worker processes on this machine, one pool of one process per running scan (pools are reused)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.idle: list[cf.ProcessPoolExecutor] = []

    def warm(self) -> None:
        """Start the workers now (the forkserver imports pinscan and LIEF once, ~1 s), not on the first scan,
        whose timeout would otherwise pay for it."""
        pools = [worker_pool(1, initializer=die_with_parent) for _ in range(self.capacity)]
        for pool in pools:
            with contextlib.suppress(cf.process.BrokenProcessPool):
                pool.submit(os.getpid).result()
                self.idle.append(pool)

    def submit(self, job: Job, options: ScanOptions, wake) -> None:
        for _ in range(2):
            pool = self.idle.pop() if self.idle else worker_pool(1, initializer=die_with_parent)
            try:
                job.future = pool.submit(scan_to_record, str(job.blob), options)
            except cf.process.BrokenProcessPool:  # its idle worker died: take a fresh one
                self.discard(pool)
                continue
            job.pool = pool
            job.future.add_done_callback(lambda _f: wake())
            return
        raise ScanError("cannot start a worker process")

    def release(self, job: Job, healthy: bool) -> None:
        if job.pool is None:
            return
        if healthy:
            self.idle.append(job.pool)
        else:
            self.discard(job.pool)

    def stop(self, job: Job) -> None:
        if job.pool is not None:
            kill_workers(job.pool)

    @staticmethod
    def discard(pool: cf.ProcessPoolExecutor) -> None:
        kill_workers(pool)
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        for pool in self.idle:
            pool.shutdown(wait=True)
        self.idle.clear()


class DaskWorkers:
    """Scans on a Dask cluster: workers open the package by its path, so the data folder must be on a file
    system every worker sees under the same path (as for `pinscan scan --dask`)."""

    def __init__(self, address: str, capacity: int) -> None:
        require_dask()
        from distributed import Client

        try:
            self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise ScanError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None
        self.capacity = capacity

    def warm(self) -> None:
        pass

    def submit(self, job: Job, options: ScanOptions, wake) -> None:
        job.future = self.client.submit(scan_to_record, str(job.blob), options, pure=False)
        job.future.add_done_callback(lambda _f: wake())

    def release(self, job: Job, healthy: bool) -> None:
        job.future.release()

    def stop(self, job: Job) -> None:
        job.future.cancel()  # Dask cannot interrupt a running task; its result is dropped

    def close(self) -> None:
        self.client.close()


class Dispatcher:
    """One thread: claims queued scans for free workers, stores what they return, enforces the timeout."""

    def __init__(self, db: Database, settings: ServerSettings) -> None:
        self.db = db
        self.settings = settings
        capacity = max(1, settings.workers)
        self.workers = DaskWorkers(settings.dask, capacity) if settings.dask else LocalWorkers(capacity)
        self.jobs: dict[int, Job] = {}
        self.event = threading.Event()
        self.stopping = False
        self.thread = threading.Thread(target=self._run, name="pinscan-dispatcher", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def wake(self) -> None:
        self.event.set()

    def stop(self) -> None:
        """Stop dispatching; scans still running are stopped and queued again (not counted as attempts)."""
        self.stopping = True
        self.event.set()
        self.thread.join(timeout=30)
        for job in list(self.jobs.values()):
            self.workers.stop(job)
            self.workers.release(job, healthy=False)
        try:
            records.release_running(self.db, list(self.jobs))
        finally:
            self.jobs.clear()
            self.workers.close()

    def _run(self) -> None:
        try:
            self.workers.warm()
        except Exception:  # scans will start their workers themselves
            log.exception("dispatcher: could not start the workers ahead")
        while not self.stopping:
            self.event.clear()
            try:
                self._collect()
                if not self.stopping:
                    self._fill()
            except Exception:  # the database may be away for a moment: try again shortly
                log.exception("dispatcher: will retry")
                self.event.wait(2)
            self.event.wait(self._wait())

    def _wait(self) -> float:
        if not self.jobs:
            return 5.0
        left = min(job.deadline for job in self.jobs.values()) - time.monotonic()
        return min(5.0, max(0.05, left))

    def _fill(self) -> None:
        while len(self.jobs) < self.workers.capacity:
            claim = records.claim_next(self.db)
            if claim is None:
                return
            blob = blob_path(self.settings.blobs, claim.sha256)
            job = Job(claim.analysis_id, blob, time.monotonic() + self.settings.limits.scan_timeout, None)
            if not blob.is_file():
                records.retry_or_fail(self.db, claim.analysis_id, WORKER,
                                      "the uploaded package is missing from the data folder", retry=False)
                continue
            try:
                self.workers.submit(job, claim.options, self.wake)
            except Exception as exc:  # noqa: BLE001 - no worker could take it (Dask gone, no processes)
                records.retry_or_fail(self.db, claim.analysis_id, WORKER, f"could not start a worker: {exc}", True)
                continue
            self.jobs[claim.analysis_id] = job
            log.info("scan of %s started (analysis %d, attempt %d)", claim.sha256[:12], claim.analysis_id,
                     claim.attempt)

    def _collect(self) -> None:
        for analysis_id, job in list(self.jobs.items()):
            if job.future.done():
                del self.jobs[analysis_id]
                kind, value = job.outcome()
                self.workers.release(job, healthy=kind == "ok")
                self._store(job, kind, value)
            elif time.monotonic() > job.deadline:
                del self.jobs[analysis_id]
                self.workers.stop(job)
                self.workers.release(job, healthy=False)
                timeout = self.settings.limits.scan_timeout
                status = records.retry_or_fail(self.db, analysis_id, TIMEOUT,
                                               f"the scan took longer than the limit of {timeout:g} s and was stopped",
                                               retry=False)
                log.warning("analysis %d timed out: %s", analysis_id, status)

    def _store(self, job: Job, kind: str, value: Any) -> None:
        try:
            if kind == "ok":
                status = records.complete(self.db, self.settings.policies, job.analysis_id, value, job.blob)
            else:
                log.warning("analysis %d: %s", job.analysis_id, value)
                status = records.retry_or_fail(self.db, job.analysis_id, WORKER, value, retry=True)
        except Exception as exc:  # never leave it running: fail it with the reason
            log.exception("analysis %d: storing the result failed", job.analysis_id)
            status = records.retry_or_fail(self.db, job.analysis_id, WORKER,
                                           f"internal error storing the result: {type(exc).__name__}: {exc}",
                                           retry=False)
        log.info("analysis %d: %s", job.analysis_id, status)
