"""Effective trust per host: the configuration's policy rows with the code layer on top (overrides.py, pins in
code) and the per-version notes (versions.py); the pin inventory with the overrides that defeat its pins.

Rows: every configuration row gets the process-wide overrides and the code pins whose pattern covers it;
a client or connection override goes to the row of each host its requests go to (a row is added, with the
configuration Android applies to that host, when the configuration names none), and to the default row when
not every request's host is known; WebView overrides go to the default row. A row's `pins_enforced` turns
false when an override that defeats pins (not only behind a runtime flag) reaches its host; the note names
it and the connections it reaches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from pinscan.android.endpoints import UrlUse, url_uses
from pinscan.android.overrides import Override, overrides
from pinscan.android.trust import describe_guards
from pinscan.android.versions import LATEST_API, Platform, anchors_note, api_range, cleartext_note, cleartext_on
from pinscan.facts.endpoints import CLEARTEXT_SCHEMES, CleartextVerdict
from pinscan.facts.hosts import UNSCOPED, entry_pattern, normalise
from pinscan.model import CodeOverride, Confidence, Endpoint, HostPolicy, PinEntry

if TYPE_CHECKING:
    from pinscan.android.app import AndroidApp

_PIN_SCOPES = {
    "okhttp": ("client", "OkHttpClient.Builder.certificatePinner", "that OkHttp client's requests"),
    "trustkit": ("client", "TrustKit", "connections that use TrustKit's SSLSocketFactory or TrustManager"),
    "custom": ("client", "X509TrustManager", "connections that use that trust manager"),
    "keystore": ("client", "TrustManagerFactory", "connections that use that trust manager factory"),
}


def code_overrides(app: AndroidApp) -> list[tuple[Override, CodeOverride]]:
    """The code's overrides, each with its model form (cached on the code index)."""
    index = app.code
    got = index.memo.get("code_overrides")
    if got is None:
        got = index.memo["code_overrides"] = [(o, _model(app, o)) for o in overrides(index, app.library_for)]
    return got  # type: ignore[return-value]


def _model(app: AndroidApp, o: Override) -> CodeOverride:
    reaches = o.reaches
    if o.scope in ("client", "connection") and not o.hosts_complete:
        reaches += f" (hosts known: {', '.join(o.hosts)}; others not)" if o.hosts else \
            " (which hosts is not known from the code)"
    return CodeOverride(
        kind=o.kind, scope=o.scope, api=o.api, effect=o.effect, reaches=reaches,
        location=app.code.location(o.site.method, o.site.insn.off), confidence=o.confidence, evidence=o.evidence,
        guarded_by=tuple(sorted(g.describe() for g in o.guards)), hosts=o.hosts, defeats_pins=o.defeats_pins,
        library=o.library)


def _pin_layer(entry: PinEntry) -> CodeOverride | None:
    scope_api = _PIN_SCOPES.get(entry.source)
    if scope_api is None:
        return None
    scope, api, reaches = scope_api
    n = len({p.value for p in entry.pins if p.valid})
    effect = f"pins {entry.host} to {n} key{'s' if n != 1 else ''}"
    if not entry.enforced:
        effect += f" (NOT enforced: {'; '.join(entry.not_enforced_because)})"
    return CodeOverride(kind="pins", scope=scope, api=api, effect=effect, reaches=reaches, location=entry.location,
                        confidence=Confidence.HIGH, hosts=(entry.host,) if entry.host != "*" else ())


def _reaches_host(o: Override, host: str) -> bool:
    if o.scope == "process":
        return True
    return host != "*" and normalise(host) in o.hosts


def effective_policies(app: AndroidApp, rows: list[HostPolicy], as_of: dt.date) -> list[HostPolicy]:
    """The configuration rows with per-version notes and the code layer (new rows for hosts only code names)."""
    rows = [_with_versions(app, r) for r in rows]
    try:
        found = code_overrides(app)
    except Exception as exc:  # noqa: BLE001 - the configuration rows stand without the code layer
        from pinscan.model import CoverageNote

        app.coverage.append(CoverageNote("code layer", "failed", f"internal error: {type(exc).__name__}: {exc}"))
        found = []
    by_host = {r.host: r for r in rows}
    for o, _ in found:
        for h in o.hosts if o.scope in ("client", "connection") else ():
            if h not in by_host:
                row = app.policy_for_host(h, as_of)
                if row is not None:
                    row = _with_versions(app, replace(row, notes=(*row.notes, "row added for the code layer: the "
                                                                   "configuration names no such host")))
                    by_host[h] = row
                    rows.append(row)
    pins = [(e, layer) for e in app.code_pin_entries(as_of) if (layer := _pin_layer(e)) is not None]
    out = []
    for r in rows:
        layer: list[CodeOverride] = []
        notes = list(r.notes)
        enforced = r.pins_enforced
        for o, model in found:
            here = _reaches_host(o, r.host) or (r.host == "*" and (o.scope == "webview" or (
                o.scope in ("client", "connection") and not o.hosts_complete)))
            if not here:
                continue
            layer.append(model)
            if r.pinned and o.defeats_pins and _reaches_host(o, r.host):
                if not o.guards:
                    enforced = False
                notes.append(_pin_defeat(o))
        for e, model in pins:
            pattern = entry_pattern(e)
            if (r.host == "*" and pattern.rule == UNSCOPED) or (r.host != "*" and pattern.covers(r.host)):
                layer.append(model)
        out.append(replace(r, code=tuple(layer), notes=tuple(dict.fromkeys(notes)), pins_enforced=enforced))
    return out


def _with_versions(app: AndroidApp, row: HostPolicy) -> HostPolicy:
    m = app.manifest
    nsc = app.nsc
    if m is None or (nsc is not None and nsc.fatal_problems):
        return row
    p = Platform(m.min_sdk, m.target_sdk, m.uses_cleartext_traffic, nsc is not None)
    nsc_cleartext = None
    if nsc is not None:
        cfg = nsc.base if row.host == "*" else nsc.config_for(row.host)
        origin = cfg.cleartext_origin()
        nsc_cleartext = origin.cleartext if origin is not None and origin.kind != "platform" else None
    notes = [n for n in (cleartext_note(p, row.cleartext_permitted, nsc_cleartext),
                         anchors_note(p, row.trust_anchors)) if n]
    return replace(row, notes=(*row.notes, *notes)) if notes else row


def _pin_defeat(o: Override) -> str:
    """Why (or, guarded, when) an override skips the configuration's pins."""
    if o.guards:
        return f"only when {describe_guards(o.guards)}: {o.who} skip these pins ({o.describe(guards=False)})"
    return f"{o.who} skip these pins: {o.describe()}"


def effective_pins(app: AndroidApp, entries: list[PinEntry]) -> list[PinEntry]:
    """NSC pin entries with the overrides that defeat them: a reason when one reaches their hosts
    unconditionally, a note when it is guarded or its client's hosts are not all known."""
    try:
        found = [o for o, _ in code_overrides(app) if o.defeats_pins]
    except Exception:  # noqa: BLE001 - reported once by effective_policies
        found = []
    if not found:
        return entries
    out = []
    for e in entries:
        if e.source != "nsc":
            out.append(e)
            continue
        pattern = entry_pattern(e)
        reasons, notes = list(e.not_enforced_because), list(e.notes)
        for o in found:
            reached = o.scope == "process" or any(pattern.covers(h) for h in o.hosts)
            if reached:
                (notes if o.guards else reasons).append(_pin_defeat(o))
            elif o.scope in ("client", "connection") and not o.hosts_complete:
                notes.append(f"{o.describe()}; the hosts it connects to are not all known: its requests to "
                             f"{e.host}, if any, skip these pins")
        out.append(replace(e, enforced=not reasons, not_enforced_because=tuple(dict.fromkeys(reasons)),
                           notes=tuple(dict.fromkeys(notes))))
    return out


# --- cleartext to one host, and the endpoints inventory ----------------------------------------------------

HostCleartext = CleartextVerdict  # the Android answer (facts/endpoints.py)


WEBVIEW_POLICY_SDK = 26  # WebView follows the cleartext policy only for apps targeting API 26 and higher


def cleartext_for(app: AndroidApp, host: str, webview: bool = False) -> HostCleartext | None:
    """Whether cleartext to `host` goes out, and on which versions (`webview`: a page a WebView loads); None
    when the manifest cannot be read."""
    m = app.manifest
    if m is None:
        return None
    if webview and m.target_sdk < WEBVIEW_POLICY_SDK:
        return HostCleartext(True, True, f"WebView, which ignores the cleartext policy of apps targeting API "
                             f"{WEBVIEW_POLICY_SDK - 1} and lower (targetSdk {m.target_sdk}),", None, "")
    nsc = app.nsc
    p = Platform(m.min_sdk, m.target_sdk, m.uses_cleartext_traffic, nsc is not None)
    nsc_cleartext = None
    if nsc is not None:
        found = nsc.domain_for(host)
        cfg = found[1] if found else nsc.base
        origin = cfg.cleartext_origin()
        allowed = cfg.effective_cleartext()
        if origin is not None and origin.kind == "domain":
            name = found[0].name if found and origin is cfg else next((d.name for d in origin.domains), host)
            source = f"the network security config's domain-config for {name}"
        elif origin is not None and origin.kind == "base":
            source = "the network security config's base-config"
        else:
            source = f"the targetSdk {m.target_sdk} default (the network security config does not set it)"
        nsc_cleartext = origin.cleartext if origin is not None and origin.kind != "platform" else None
    else:
        allowed = cleartext_on(LATEST_API, p, None)[0]
        source = "android:usesCleartextTraffic" if m.uses_cleartext_traffic is not None \
            else f"the targetSdk {m.target_sdk} default"
    bands = [(api, cleartext_on(api, p, nsc_cleartext)[0]) for api in range(min(p.min_sdk, LATEST_API),
                                                                            LATEST_API + 1)]
    blocked = [api for api, ok in bands if not ok]
    blocked_on = api_range(blocked[0], blocked[-1]) if blocked else ""
    if blocked and blocked != list(range(blocked[0], blocked[-1] + 1)):
        blocked_on = ", ".join(api_range(a, a) for a in blocked)
    return HostCleartext(allowed, any(ok for _, ok in bands), source,
                         cleartext_note(p, allowed, nsc_cleartext), blocked_on)


def endpoints(app: AndroidApp) -> list[Endpoint]:
    """The hosts the code contacts, one entry per (scheme, host), with whether the policy lets them out."""
    groups: dict[tuple[str, str], list[UrlUse]] = {}
    for u in url_uses(app.code):
        groups.setdefault((u.scheme, u.host), []).append(u)
    out = []
    for (scheme, host), uses in sorted(groups.items()):
        allowed, notes = True, []
        if scheme in CLEARTEXT_SCHEMES:
            verdict = cleartext_for(app, host, webview=any(u.api.startswith("WebView") for u in uses))
            if verdict is not None:
                allowed = verdict.allowed
                if not verdict.allowed:
                    notes.append(f"cleartext to {host} is blocked by {verdict.source}: that request fails at run "
                                 f"time on {verdict.blocked_on}")
                if verdict.note:
                    notes.append(verdict.note)
        libs = sorted({lib for u in uses if (lib := app.library_for(u.method.cls.desc))})
        out.append(Endpoint(
            scheme=scheme, host=host, allowed=allowed, urls=tuple(sorted({u.url for u in uses})),
            apis=tuple(sorted({u.api for u in uses})),
            where=tuple(dict.fromkeys(app.code.location(u.method, u.off) for u in uses)),
            confidence=max(u.confidence for u in uses), libraries=tuple(libs),
            notes=tuple(notes)))
    return out
