"""The ASGI application: FastAPI for the JSON API (/api/v1, with its OpenAPI document) and the pages,
one Service holding the database, the dispatcher and the limits."""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from pinscan.errors import ScanError
from pinscan.rule import ScanOptions
from pinscan.server import records, uploads
from pinscan.server.db import Database, open_database
from pinscan.server.judge import choose_policy, form_options
from pinscan.server.settings import ServerSettings
from pinscan.server.tokens import Caller
from pinscan.server.workers import Dispatcher

log = logging.getLogger("pinscan.server")
API = "/api/v1"
SCAN_OPTIONS = ("as-of", "expiry-warning-days")
UPLOAD_FIELDS = ("policy", "fail-on", "fail-on-pin-expiry", "require-pinning", *SCAN_OPTIONS)


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


def _is_page(request: Request) -> bool:
    return not request.url.path.startswith(API)


def create_app(settings: ServerSettings, db: Database | None = None) -> FastAPI:
    from pinscan import __version__
    from pinscan.server import api, pages

    service = Service(settings, db or open_database(settings.database))

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await run_in_threadpool(service.start)
        try:
            yield
        finally:
            await run_in_threadpool(service.stop)

    app = FastAPI(title="pinscan", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None, description=api.DESCRIPTION)
    app.state.service = service
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if isinstance(exc, pages.LoginRequired):
            return RedirectResponse(exc.location, status_code=303)
        if _is_page(request):
            return pages.error_page(request, exc.status_code, str(exc.detail), exc.headers)
        return error_response(exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        message = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body')}: {e.get('msg')}"
                            for e in exc.errors()) or "invalid request"
        if _is_page(request):
            return pages.error_page(request, 400, message)
        return error_response(422, message)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, f"internal error: {type(exc).__name__} (the server log has the details)")

    return app


def error_response(status: int, message: str, headers: Any = None) -> JSONResponse:
    return JSONResponse({"status": status, "message": message}, status_code=status, headers=dict(headers or {}))
