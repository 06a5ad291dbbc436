"""Server-rendered pages (jinja2, like the HTML report): apps with their latest verdict, an app's releases with
verdicts and diffs, one scan and its reports, the fleet's expiring pins, and an upload form.

No external resources and no JavaScript: one inline style sheet allowed by its hash in a strict
Content-Security-Policy, forms posted to the same origin. Pages need a session, opened by showing a token on
the login page (an HttpOnly, SameSite=Strict cookie, Secure behind HTTPS); forms that change something carry
the session's CSRF token.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
from functools import cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from pinscan.server import records, tokens
from pinscan.server.api import render_diff, report_response
from pinscan.server.judge import policy_names
from pinscan.server.service import ApiError, Service
from pinscan.server.tokens import Caller

router = APIRouter(include_in_schema=False)
COOKIE = "pinscan_session"
FAIL_ON = ("critical", "high", "medium", "low", "info", "never")


class LoginRequired(HTTPException):
    def __init__(self, location: str) -> None:
        super().__init__(303, "log in first")
        self.location = location


@cache
def _env() -> tuple[Environment, str, str]:
    env = Environment(loader=PackageLoader("pinscan.server", "templates"), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html", "j2"], default=True), trim_blocks=True,
                      lstrip_blocks=True)
    css = resources.files("pinscan.server").joinpath("templates/server.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    csp = (f"default-src 'none'; style-src 'sha256-{digest}'; form-action 'self'; frame-ancestors 'none'; "
           "base-uri 'none'")
    return env, css, csp


def page(request: Request, template: str, status: int = 200, headers: Any = None, **context: Any) -> HTMLResponse:
    env, css, csp = _env()
    context.setdefault("caller", getattr(request.state, "caller", None))
    context.setdefault("refresh", None)
    text = env.get_template(template).render(css=css, **context)
    out = {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Cache-Control": "no-store"}
    out.update(dict(headers or {}))
    return HTMLResponse(text, status_code=status, headers=out)


def error_page(request: Request, status: int, message: str, headers: Any = None) -> HTMLResponse:
    return page(request, "error.html.j2", status, headers, title=f"Error {status}", code=status, message=message)


def service(request: Request) -> Service:
    return request.app.state.service


def need(scope: str):
    async def caller(request: Request) -> Caller:
        cookie = request.cookies.get(COOKIE, "")
        who = await run_in_threadpool(tokens.session_caller, service(request).db, cookie) if cookie else None
        if who is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(f"/login?next={quote(target, safe='')}")
        request.state.caller = who
        if not tokens.allows(who.scope, scope):
            raise ApiError(403, f"this needs a token with scope {scope} (or above); you logged in with a "
                           f"{who.scope} token")
        return who

    return caller


Reader = Annotated[Caller, Depends(need("read"))]
Uploader = Annotated[Caller, Depends(need("upload"))]


def _check_csrf(who: Caller, sent: str | None) -> None:
    if not who.csrf or not secrets.compare_digest((sent or "").encode(), who.csrf.encode()):
        raise ApiError(403, "the form is stale or from another site: reload the page and try again")


def _local(target: str | None) -> str:
    """Only paths on this server (no scheme, no host) are followed after logging in."""
    parts = urlsplit(target or "/")
    if parts.scheme or parts.netloc or not (target or "/").startswith("/") or (target or "").startswith("//"):
        return "/"
    return target or "/"


# --- logging in and out -----------------------------------------------------------------------------

@router.get("/login")
async def login_form(request: Request, next: str = "/"):
    return page(request, "login.html.j2", title="Log in", next=_local(next), error=None)


@router.post("/login")
async def login(request: Request):
    form = await request.form(max_files=0, max_fields=4, max_part_size=4096)
    secret = str(form.get("token") or "").strip()
    target = _local(str(form.get("next") or "/"))
    db = service(request).db
    who = await run_in_threadpool(tokens.authenticate, db, secret) if secret else None
    if who is None:
        return page(request, "login.html.j2", 401, title="Log in", next=target,
                    error="That token is unknown or revoked.")
    cookie = await run_in_threadpool(tokens.open_session, db, who)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, cookie, max_age=tokens.SESSION_HOURS * 3600, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    return response


@router.post("/logout")
async def logout(request: Request, who: Reader):
    form = await request.form(max_files=0, max_fields=4, max_part_size=4096)
    _check_csrf(who, str(form.get("csrf") or ""))
    await run_in_threadpool(tokens.close_session, service(request).db, request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


# --- the pages --------------------------------------------------------------------------------------

def _apps(db) -> list[dict[str, Any]]:
    out = []
    for (platform, app_id), rels in records.releases(db).items():
        out.append({"app_id": app_id, "platform": platform, "release": rels[-1], "count": len(rels)})
    return out


@router.get("/")
async def apps_page(request: Request, _: Reader):
    apps = await run_in_threadpool(_apps, service(request).db)
    return page(request, "apps.html.j2", title="Apps", apps=apps, loads=json.loads)


def diff_summary(changes, verdict) -> list[str]:
    """What changed since the previous release, in a few lines (the diff page has everything)."""
    lines = []
    for label, hosts in (("lost pinning", changes.pinning_lost), ("now allow cleartext", changes.cleartext_gained),
                         ("now trust user CAs", changes.user_ca_gained), ("gained pinning", changes.pinning_gained)):
        if hosts:
            lines.append(f"{label}: {', '.join(h.label for h in hosts)}")
    if changes.pins:
        lines.append(f"{len(changes.pins)} pin declaration(s) added, removed or changed")
    if changes.new_findings:
        ids = sorted({f.rule_id for f in changes.new_findings})
        lines.append(f"{len(changes.new_findings)} new finding(s): {', '.join(ids)}")
    if changes.fixed_findings:
        lines.append(f"{len(changes.fixed_findings)} finding(s) fixed")
    if changes.severity_changed:
        lines.append(f"{len(changes.severity_changed)} finding(s) re-rated")
    return lines or ["no change in pins, TLS policy or findings"]


def _app_releases(db, app_id: str) -> list[dict[str, Any]]:
    groups = []
    for (platform, _a), rels in records.releases(db, app_id).items():
        items = []
        for rel in reversed(rels):
            item: dict[str, Any] = {"release": rel, "reasons": json.loads(rel.latest.reasons), "diff": None}
            if rel.previous is not None:
                changes, verdict = records.diff_between(db, rel.previous.latest, rel.latest)
                item["diff"] = {"lines": diff_summary(changes, verdict), "passed": verdict.passed,
                                "reasons": list(verdict.reasons), "previous": rel.previous}
            items.append(item)
        groups.append({"platform": platform, "items": items, "name": rels[-1].latest.app_name})
    if not groups:
        raise records.NotFound(f"no app {app_id} (no done scan of it)")
    return groups


@router.get("/apps/{app_id}")
async def app_page(request: Request, app_id: str, _: Reader):
    try:
        groups = await run_in_threadpool(_app_releases, service(request).db, app_id)
    except records.NotFound as exc:
        raise ApiError(404, str(exc)) from None
    return page(request, "app.html.j2", title=app_id, app_id=app_id, groups=groups)


@router.get("/scans")
async def scans_page(request: Request, _: Reader):
    views = await run_in_threadpool(records.recent_scans, service(request).db, 100)
    return page(request, "scans.html.j2", title="Scans", scans=[v.to_json() for v in views])


def _has_previous(db, scan_id: str) -> bool:
    try:
        records.previous_scan(db, scan_id)
    except (records.NotFound, records.NotReady):
        return False
    return True


@router.get("/scans/{scan_id}")
async def scan_page(request: Request, scan_id: str, _: Reader):
    db = service(request).db
    try:
        view = await run_in_threadpool(records.get_scan, db, scan_id)
    except records.NotFound as exc:
        raise ApiError(404, str(exc)) from None
    scan = view.to_json()
    previous = scan["status"] == "done" and await run_in_threadpool(_has_previous, db, scan_id)
    refresh = 2 if scan["status"] in ("queued", "running") else None
    return page(request, "scan.html.j2", title=scan["file_name"], scan=scan, previous=previous, refresh=refresh)


@router.get("/scans/{scan_id}/report.{fmt}")
async def report_page(request: Request, scan_id: str, fmt: str, _: Reader):
    if fmt not in records.MEDIA_TYPES:
        raise ApiError(404, f"no {fmt!r} report")
    try:
        text = await run_in_threadpool(records.report, service(request).db, scan_id, fmt)
    except records.NotFound as exc:
        raise ApiError(404, str(exc)) from None
    except records.NotReady as exc:
        raise ApiError(409, str(exc)) from None
    response = report_response(text, fmt)
    if fmt != "html":
        response.headers["Content-Disposition"] = f'attachment; filename="pinscan-{scan_id}.{fmt}"'
    return response


@router.get("/scans/{scan_id}/diff.html")
async def diff_page(request: Request, scan_id: str, _: Reader) -> Response:
    try:
        text = await run_in_threadpool(render_diff, service(request).db, scan_id, "html")
    except records.NotFound as exc:
        raise ApiError(404, str(exc)) from None
    except records.NotReady as exc:
        raise ApiError(409, str(exc)) from None
    return report_response(text, "html")


@router.get("/pins/expiring")
async def expiring_page(request: Request, _: Reader, days: str = "30"):
    if not days.isdigit() or int(days) > 36500:
        raise ApiError(400, f"days {days!r}: a number of days (0 to 36500)")
    today = dt.date.today()
    pins = await run_in_threadpool(records.expiring_pins, service(request).db, int(days), today)
    return page(request, "expiring.html.j2", title="Expiring pins", pins=pins, days=int(days), today=today)


def _upload_context(request: Request, error: str | None = None) -> dict[str, Any]:
    return {"title": "Upload", "policies": policy_names(service(request).settings.policies), "fail_on": FAIL_ON,
            "error": error, "max_mib": service(request).settings.limits.max_upload >> 20}


@router.get("/upload")
async def upload_form(request: Request, _: Uploader):
    return page(request, "upload.html.j2", **_upload_context(request))


@router.post("/upload")
async def upload(request: Request, who: Uploader):
    try:
        view = await service(request).accept_upload(request, who, csrf=who.csrf)
    except ApiError as exc:
        return page(request, "upload.html.j2", exc.status_code, exc.headers, **_upload_context(request, exc.detail))
    return RedirectResponse(f"/scans/{view.scan.id}", status_code=303)
