"""The ASGI application: FastAPI for the JSON API (/api/v1, with its OpenAPI document) and the pages, around
one Service; errors are JSON with a message on the API, an HTML page on the pages."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from pinscan.server import api, pages
from pinscan.server.db import Database, open_database
from pinscan.server.service import Service
from pinscan.server.settings import ServerSettings
from pinscan.server.workers import Dispatcher

log = logging.getLogger("pinscan.server")
API = "/api/v1"


def _is_page(request: Request) -> bool:
    return not request.url.path.startswith(API)


def create_app(settings: ServerSettings, db: Database | None = None) -> FastAPI:
    from pinscan import __version__

    service = Service(settings, db or open_database(settings.database))
    service.dispatcher = Dispatcher(service.db, settings)  # connects to Dask now: a bad address is one line

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
