"""Cleartext URLs the code really uses: an `http://` or `ws://` URL that reaches a network API, to a host the
effective network policy lets cleartext through to."""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule
from pinscan.rules.android_manifest import MASVS_NETWORK, local_host


@rule(
    id="PS2008", name="cleartext-endpoint", title="Cleartext request to a host the network policy lets through",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(319,), masvs=MASVS_NETWORK,
    platforms=("android",),
)
def cleartext_endpoint(app: AndroidFacts, options: ScanOptions):
    """An `http://` (or `ws://`) URL in the code reaches a network API, and the network policy in force lets
    cleartext to its host through.

    ## What it finds
    URLs whose scheme and host the code spells out — a string constant, or a concatenation that starts with
    one (`"http://api.example.com/login?user=" + user` as javac, d8 and Kotlin string templates compile it:
    a `StringBuilder` chain, `String.concat`), a static field its class initialiser sets, or a parameter
    of an app helper its callers pass such a string — that reach `new URL(...)` opened with
    `openConnection()`/`openStream()`, OkHttp's `Request.Builder.url`, Retrofit's `baseUrl`, Volley's request
    constructors, `WebView.loadUrl`/`postUrl` or Apache HttpClient's `HttpGet`/`HttpPost`/...; then asks the
    effective policy for that host (network security config domain-config, base-config, the manifest's
    `usesCleartextTraffic`, the targetSdk default) on every Android version from minSdk up; a WebView follows
    that policy only in apps targeting API 26 or higher, so for older targets its pages always go out. One
    finding per host (and per library whose code sends it), at the first place, the others as related
    locations.

    Severity: **medium** when the newest Android lets it through; **low** when only older versions the app
    still supports do (no network security config before Android 7.0, no cleartext policy before 6.0, the
    targetSdk < 28 default before Android 9): the message names them; **info** for `localhost` and
    emulator addresses. Confidence is high for a URL built in the method that calls the API, medium when it
    comes from a caller or a static field. A URL the policy blocks everywhere is not a finding: the
    `endpoints` inventory notes that the request fails at run time.

    ## Why it matters
    A request in cleartext can be read and changed on the network: credentials and tokens in the URL or
    body are exposed, and the response can be replaced. The policy decides per host whether Android lets
    it go; this finding shows the request that actually goes.

    ## How to fix
    Use `https://` for the URL. If the server cannot do TLS, fix the server; do not open the network security
    config for it. Block cleartext for every host (`cleartextTrafficPermitted="false"`, targetSdk 28+).

    ## References
    - https://developer.android.com/privacy-and-security/security-config#CleartextTrafficPermitted
    - https://cwe.mitre.org/data/definitions/319.html
    - OWASP MASTG-TEST-0236 (Cleartext Traffic Observed on the Network)
    """
    groups: dict[tuple[str, str, str | None], list] = {}
    for u in app.url_uses:
        if u.cleartext:
            groups.setdefault((u.scheme, u.host, app.library_for(u.method.cls.desc)), []).append(u)
    index = app.code
    for (scheme, host, library), uses in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        verdict = app.cleartext_for(host, webview=any(u.api.startswith("WebView") for u in uses))
        if verdict is None or not verdict.anywhere:
            continue
        first = uses[0]
        apis = ", ".join(dict.fromkeys(u.api for u in uses))
        urls = list(dict.fromkeys(u.url for u in uses))
        shown = ", ".join(urls[:3]) + (f" and {len(urls) - 3} more" if len(urls) > 3 else "")
        if verdict.allowed:
            why = f"{verdict.source} allows cleartext to this host"
            severity = Severity.MEDIUM
        else:
            why = f"{verdict.source} blocks it on {verdict.blocked_on} only: {verdict.note}"
            severity = Severity.LOW
        if local_host(host):
            severity = Severity.INFO
        what = "HTTP" if scheme == "http" else "WebSocket (ws://)"
        yield cleartext_endpoint.finding(
            f"cleartext {what} to {host} through {apis} ({shown}): {why}",
            index.location(first.method, first.off), severity=severity,
            confidence=max(u.confidence for u in uses), key=f"{scheme}://{host}",
            evidence=first.evidence, related=tuple(dict.fromkeys(index.location(u.method, u.off) for u in uses[1:])),
            library=library, properties=(("host", host), ("scheme", scheme), ("apis", sorted({u.api for u in uses}))),
        )
