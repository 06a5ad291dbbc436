"""The service behind the API and the pages: the database, the dispatcher and the limits; taking an upload."""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
from dataclasses import dataclass

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from pinscan.errors import ScanError
from pinscan.gate.config import POLICY_OPTIONS
from pinscan.rule import ScanOptions
from pinscan.server import records, uploads
from pinscan.server.db import Database
from pinscan.server.judge import choose_policy, form_options
from pinscan.server.settings import ServerSettings
from pinscan.server.tokens import Caller
from pinscan.server.workers import Dispatcher

log = logging.getLogger("pinscan.server")
SCAN_OPTIONS = ("as-of", "expiry-warning-days")
UPLOAD_FIELDS = ("policy", *POLICY_OPTIONS, *SCAN_OPTIONS)


class ApiError(HTTPException):
    """An error answered as JSON {"status", "message"} (HTML on pages)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, message, headers)


@dataclass
class Service:
    settings: ServerSettings
    db: Database
    dispatcher: Dispatcher | None = None

    def start(self) -> None:
        counts = records.recover(self.db)
        if any(counts.values()):
            log.warning("recovered scans left running by the last server: %d queued again, %d failed",
                        counts["queued"], counts["failed"])
        removed = uploads.clear_tmp(self.settings.tmp)
        if removed:
            log.warning("removed %d unfinished upload(s)", removed)
        if self.dispatcher is None:
            self.dispatcher = Dispatcher(self.db, self.settings)
        self.dispatcher.start()

    def stop(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.stop()
        self.db.close()

    async def accept_upload(self, request: Request, caller: Caller, csrf: str | None = None) -> records.ScanView:
        """Stream an upload into the store and queue its scan (pages pass their session's CSRF token, which
        the form must carry)."""
        limits = self.settings.limits
        queued = await run_in_threadpool(records.queued_count, self.db)
        if queued >= limits.queue_size:
            raise ApiError(429, f"{queued} scans are waiting for a worker (the limit is {limits.queue_size}): "
                           "try again later", {"Retry-After": str(await self._retry_after(queued))})
        try:
            uploads.check_declared_length(request.headers.get("content-length"), limits.max_upload)
            upload = await uploads.receive(request.stream(), request.headers.get("content-type"),
                                           self.settings.tmp, limits.max_upload)
        except uploads.UploadError as exc:
            headers = {"Connection": "close"} if exc.status == 413 else None
            raise ApiError(exc.status, exc.message, headers) from None
        fields = dict(upload.fields)
        try:
            if csrf is not None and not secrets.compare_digest((_one(fields, "csrf") or "").encode(), csrf.encode()):
                raise ApiError(403, "the form is stale or from another site: reload the page and upload again")
            if csrf is not None:
                fields.pop("csrf", None)
            unknown = sorted(set(fields) - set(UPLOAD_FIELDS))
            if unknown:
                raise ScanError(f"unknown form field(s) {', '.join(unknown)} "
                                f"(known: file, {', '.join(UPLOAD_FIELDS)})")
            options = scan_options(fields)
            choice = await run_in_threadpool(choose_policy, self.settings.policies, _one(fields, "policy"),
                                             form_options(fields))
        except ScanError as exc:
            upload.discard()
            raise ApiError(400, str(exc)) from None
        except ApiError:
            upload.discard()
            raise
        return await self._store(upload, options, choice, caller)

    async def _store(self, upload: uploads.Upload, options: ScanOptions, choice, caller: Caller) -> records.ScanView:
        await run_in_threadpool(uploads.store, upload, self.settings.blobs)
        scan_id = await run_in_threadpool(records.submit, self.db, self.settings.policies, upload.sha256,
                                          upload.size, upload.file_name, options, choice, caller.token_id)
        if self.dispatcher is not None:
            self.dispatcher.wake()
        return await run_in_threadpool(records.get_scan, self.db, scan_id)

    async def _retry_after(self, queued: int) -> int:
        mean = await run_in_threadpool(records.mean_scan_seconds, self.db) or 5.0
        return max(1, min(600, round(mean * queued / max(1, self.settings.workers))))


def _one(fields: dict[str, list[str]], name: str) -> str | None:
    values = [v.strip() for v in fields.get(name, []) if v.strip()]
    if len(values) > 1:
        raise ScanError(f"{name} given more than once")
    return values[0] if values else None


def scan_options(fields: dict[str, list[str]]) -> ScanOptions:
    """`as-of` and `expiry-warning-days`, as `pinscan scan` takes them (defaults: today, 30)."""
    as_of_text = _one(fields, "as-of")
    try:
        as_of = dt.date.fromisoformat(as_of_text) if as_of_text else dt.date.today()
    except ValueError:
        raise ScanError(f"as-of {as_of_text!r} is not a date (YYYY-MM-DD)") from None
    days_text = _one(fields, "expiry-warning-days")
    if days_text is None:
        return ScanOptions(as_of=as_of)
    if not re.fullmatch(r"\d{1,4}", days_text):
        raise ScanError(f"expiry-warning-days {days_text!r} is not a number of days (0 to 9999)")
    return ScanOptions(as_of=as_of, expiry_warning_days=int(days_text))


