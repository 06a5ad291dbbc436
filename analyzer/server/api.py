"""The JSON API, version 1 (/api/v1); its OpenAPI document is /api/v1/openapi.json.

Every call needs `Authorization: Bearer TOKEN` (401 without a valid one, 403 when its scope is too small);
every error is JSON `{"status": CODE, "message": "..."}`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from pinscan.errors import ScanError
from pinscan.server import records, tokens
from pinscan.server.judge import DEFAULT_POLICY, policy_names
from pinscan.server.service import ApiError, Service
from pinscan.server.tokens import Caller

DESCRIPTION = """pinscan's pre-submission gate as a service: upload an Android or iOS package, get the release
gate's verdict and the reports `pinscan scan` writes; every app's releases with the diff against the previous
release; the pins of the fleet that are about to expire. Authenticate with `Authorization: Bearer TOKEN`
(tokens: `pinscan serve token create --scope read|upload|admin`)."""

router = APIRouter(prefix="/api/v1")
_bearer = HTTPBearer(auto_error=False, description="a token from `pinscan serve token create`")


def service(request: Request) -> Service:
    return request.app.state.service


def need(scope: str):
    async def caller(request: Request,
                     cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Caller:
        if cred is None:
            raise ApiError(401, "this needs a bearer token: Authorization: Bearer TOKEN",
                           {"WWW-Authenticate": "Bearer"})
        who = await run_in_threadpool(tokens.authenticate, service(request).db, cred.credentials)
        if who is None:
            raise ApiError(401, "the bearer token is unknown or revoked",
                           {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        if not tokens.allows(who.scope, scope):
            raise ApiError(403, f"this needs a token with scope {scope} (or above); this token's scope is {who.scope}")
        return who

    return caller


Reader = Annotated[Caller, Depends(need("read"))]
Uploader = Annotated[Caller, Depends(need("upload"))]
Admin = Annotated[Caller, Depends(need("admin"))]


# --- response models (the OpenAPI document's schemas) ---------------------------------------------------

class Error(BaseModel):
    status: int
    message: str


class Verdict(BaseModel):
    passed: bool
    reasons: list[str]
    warnings: list[str] = []
    fail_on: str | None = None


class ScanOut(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    file_name: str
    sha256: str
    size: int
    created_at: str
    finished_at: str | None
    policy: dict[str, Any] = Field(description="the named policy and the upload's policy options")
    scan_options: dict[str, Any]
    analysis: dict[str, Any] = Field(description="the scan of these bytes (shared by every upload of them): "
                                     "status, attempts, notes on retries")
    app: dict[str, Any] | None
    verdict: Verdict | None
    summary: dict[str, Any] | None
    error: str | None = Field(description="why the scan failed: for a package pinscan cannot scan, the CLI's "
                              "one-line error")
    links: dict[str, str]


class ScanList(BaseModel):
    scans: list[ScanOut]


class Release(BaseModel):
    platform: str
    app_id: str
    app_name: str | None
    version_name: str | None
    version_code: str | None
    scan_id: str
    file_name: str
    finished_at: str | None
    uploads: int
    verdict: Verdict
    previous: dict[str, Any] | None
    diff: dict[str, Any] | None = Field(None, description="`pinscan diff PREVIOUS THIS --format json`")
    diff_verdict: dict[str, Any] | None = None


class App(BaseModel):
    app_id: str
    platform: str
    name: str | None
    releases: int
    latest: Release


class AppList(BaseModel):
    apps: list[App]


class ReleaseList(BaseModel):
    app_id: str
    releases: list[Release] = Field(description="newest first")


class ExpiringPin(BaseModel):
    app_id: str
    platform: str
    app_name: str | None
    version_name: str | None
    version_code: str | None
    scan_id: str
    host: str
    source: str
    expiration: str
    days_left: int
    expired: bool
    enforced: bool
    include_subdomains: bool
    pins: int
    location: str


class ExpiringPins(BaseModel):
    as_of: str
    days: int
    pins: list[ExpiringPin]


class TokenOut(BaseModel):
    id: int
    name: str | None
    scope: str
    prefix: str
    created_at: str
    last_used_at: str | None
    revoked_at: str | None
    token: str | None = Field(None, description="the secret: only in the answer that created it")


class TokenList(BaseModel):
    tokens: list[TokenOut]


class NewToken(BaseModel):
    scope: Literal["read", "upload", "admin"]
    name: str | None = Field(None, max_length=100)


class Policies(BaseModel):
    policies: list[str]
    default: str | None


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": Error} for code in (401, 403, 404)}
UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "format": "binary", "description": "the package (.apk .aab .apks .xapk .ipa)"},
        "policy": {"type": "string", "description": "a named policy on the server (policies/NAME.toml in its "
                   "data folder); `default` applies when it exists and none is named"},
        "fail-on": {"type": "string", "enum": ["critical", "high", "medium", "low", "info", "never"]},
        "fail-on-pin-expiry": {"type": "integer", "minimum": 0},
        "require-pinning": {"type": "array", "items": {"type": "string"}},
        "exclude-libraries": {"type": "array", "items": {"type": "string"},
                              "description": "drop findings in these known libraries' code (`all` for every one)"},
        "strict-libraries": {"type": "boolean",
                             "description": "count findings in library code the app does not reach"},
        "allow-incomplete": {"type": "boolean",
                             "description": "pass the gate although some part could not be analysed"},
        "as-of": {"type": "string", "format": "date", "description": "check pin expiry against this date"},
        "expiry-warning-days": {"type": "integer", "minimum": 0}}}}}}}


def _links(scan_id: str) -> dict[str, str]:
    base = f"/api/v1/scans/{scan_id}"
    return {"self": base, "report.json": f"{base}/report.json", "report.sarif": f"{base}/report.sarif",
            "report.html": f"{base}/report.html", "diff.json": f"{base}/diff.json", "page": f"/scans/{scan_id}"}


def scan_json(view: records.ScanView) -> dict[str, Any]:
    return {**view.to_json(), "links": _links(view.scan.id)}


def _not_found(exc: Exception) -> ApiError:
    return ApiError(404, str(exc))


# --- routes ------------------------------------------------------------------------------------------

@router.get("/openapi.json", include_in_schema=False)
async def openapi(request: Request, _: Reader):
    return JSONResponse(request.app.openapi())


@router.post("/scans", status_code=202, response_model=ScanOut, openapi_extra=UPLOAD_BODY,
             responses={**ERRORS, 400: {"model": Error}, 413: {"model": Error}, 415: {"model": Error},
                        429: {"model": Error, "description": "too many scans queued; see Retry-After"}},
             summary="Upload a package to scan")
async def upload(request: Request, who: Uploader):
    """Streamed to disk and stored by its SHA-256 (the same bytes with the same scan options are scanned once),
    then queued. Policy options take the names of `pinscan scan`'s gate options."""
    view = await service(request).accept_upload(request, who)
    return JSONResponse(scan_json(view), status_code=202, headers={"Location": f"/api/v1/scans/{view.scan.id}"})


@router.get("/scans", response_model=ScanList, responses=ERRORS, summary="Recent scans, newest first")
async def list_scans(request: Request, _: Reader,
                     status: Literal["queued", "running", "done", "failed"] | None = None,
                     app_id: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 50):
    views = await run_in_threadpool(records.recent_scans, service(request).db, limit, status, app_id)
    return {"scans": [scan_json(v) for v in views]}


@router.get("/scans/{scan_id}", response_model=ScanOut, responses=ERRORS, summary="A scan's status and verdict")
async def get_scan(request: Request, scan_id: str, _: Reader):
    try:
        view = await run_in_threadpool(records.get_scan, service(request).db, scan_id)
    except records.NotFound as exc:
        raise _not_found(exc) from None
    return scan_json(view)


def report_response(text: str, fmt: str) -> Response:
    headers = {"X-Content-Type-Options": "nosniff"}
    if fmt == "html":  # the report carries its own strict CSP; it must not be framed either
        headers["Content-Security-Policy"] = "frame-ancestors 'none'"
    return Response(text.encode("utf-8"), media_type=records.MEDIA_TYPES[fmt], headers=headers)


@router.get("/scans/{scan_id}/report.{fmt}", responses={**ERRORS, 409: {"model": Error}},
            summary="A scan's report: the bytes `pinscan scan` writes (fmt: json, sarif, html)")
async def get_report(request: Request, scan_id: str, fmt: str, _: Reader):
    if fmt not in records.MEDIA_TYPES:
        raise ApiError(404, f"no {fmt!r} report (report.json, report.sarif, report.html)")
    try:
        text = await run_in_threadpool(records.report, service(request).db, scan_id, fmt)
    except records.NotFound as exc:
        raise _not_found(exc) from None
    except records.NotReady as exc:
        raise ApiError(409, str(exc)) from None
    return report_response(text, fmt)


def render_diff(db, scan_id: str, fmt: str) -> str:
    from pinscan.report import render

    old, new = records.previous_scan(db, scan_id)
    return render("diff", fmt, records.diff_between(db, old, new))


@router.get("/scans/{scan_id}/diff.{fmt}", responses={**ERRORS, 409: {"model": Error}},
            summary="This release against the previous release of its app: `pinscan diff` (fmt: json, html)")
async def get_diff(request: Request, scan_id: str, fmt: str, _: Reader):
    if fmt not in ("json", "html"):
        raise ApiError(404, f"no {fmt!r} diff (diff.json, diff.html)")
    try:
        text = await run_in_threadpool(render_diff, service(request).db, scan_id, fmt)
    except records.NotFound as exc:
        raise _not_found(exc) from None
    except records.NotReady as exc:
        raise ApiError(409, str(exc)) from None
    return report_response(text, fmt)


def app_list(db) -> list[dict[str, Any]]:
    out = []
    for (platform, app_id), rels in records.releases(db).items():
        latest = rels[-1]
        out.append({"app_id": app_id, "platform": platform, "name": latest.latest.app_name,
                    "releases": len(rels), "latest": latest.to_json()})
    return out


@router.get("/apps", response_model=AppList, responses=ERRORS, summary="Every app with its latest release")
async def apps(request: Request, _: Reader):
    return {"apps": await run_in_threadpool(app_list, service(request).db)}


def release_list(db, app_id: str) -> list[dict[str, Any]]:
    """Newest first (per platform, when one id names an Android and an iOS app)."""
    from pinscan.report import render

    out = []
    for rels in records.releases(db, app_id).values():
        for rel in reversed(rels):
            data = rel.to_json()
            if rel.previous is not None:
                changes, verdict = records.diff_between(db, rel.previous.latest, rel.latest)
                data["diff"] = json.loads(render("diff", "json", (changes, verdict)))
                data["diff_verdict"] = {"passed": verdict.passed, "reasons": list(verdict.reasons)}
            out.append(data)
    if not out:
        raise records.NotFound(f"no app {app_id} (no done scan of it)")
    return out


@router.get("/apps/{app_id}/releases", response_model=ReleaseList, responses=ERRORS,
            summary="An app's releases with verdicts and the diff against the previous release")
async def app_releases(request: Request, app_id: str, _: Reader):
    try:
        rels = await run_in_threadpool(release_list, service(request).db, app_id)
    except records.NotFound as exc:
        raise _not_found(exc) from None
    return {"app_id": app_id, "releases": rels}


@router.get("/pins/expiring", response_model=ExpiringPins, responses=ERRORS,
            summary="Pins of every app's latest release that expire within N days or have expired")
async def expiring(request: Request, _: Reader, days: Annotated[int, Query(ge=0, le=36500)] = 30,
                   as_of: Annotated[dt.date | None, Query(alias="as-of", description="default: today")] = None):
    as_of = as_of or dt.date.today()
    pins = await run_in_threadpool(records.expiring_pins, service(request).db, days, as_of)
    return {"as_of": as_of.isoformat(), "days": days, "pins": pins}


@router.get("/policies", response_model=Policies, responses=ERRORS, summary="Named policies on this server")
async def policies(request: Request, _: Reader):
    names = policy_names(service(request).settings.policies)
    return {"policies": names, "default": DEFAULT_POLICY if DEFAULT_POLICY in names else None}


def token_json(info: tokens.TokenInfo, secret: str | None = None) -> dict[str, Any]:
    from pinscan.server.db import iso

    return {"id": info.id, "name": info.name, "scope": info.scope, "prefix": info.prefix,
            "created_at": iso(info.created_at), "last_used_at": iso(info.last_used_at),
            "revoked_at": iso(info.revoked_at), "token": secret}


@router.get("/tokens", response_model=TokenList, responses=ERRORS, summary="Tokens (admin)")
async def list_tokens(request: Request, _: Admin):
    infos = await run_in_threadpool(tokens.list_tokens, service(request).db)
    return {"tokens": [token_json(t) for t in infos]}


@router.post("/tokens", status_code=201, response_model=TokenOut, responses=ERRORS, summary="Create a token (admin)")
async def create_token(request: Request, body: NewToken, _: Admin):
    info, secret = await run_in_threadpool(tokens.create_token, service(request).db, body.scope, body.name)
    return JSONResponse(token_json(info, secret), status_code=201)


@router.delete("/tokens/{token_id}", response_model=TokenOut, responses=ERRORS, summary="Revoke a token (admin)")
async def revoke_token(request: Request, token_id: int, _: Admin):
    try:
        info = await run_in_threadpool(tokens.revoke_token, service(request).db, token_id)
    except ScanError as exc:
        raise ApiError(404, str(exc)) from None
    return token_json(info)
