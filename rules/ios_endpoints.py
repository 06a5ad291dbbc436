"""Cleartext URLs in iOS binaries: an `http://` (or `ws://`) string in a binary that loads URLs, to a host App
Transport Security lets cleartext through to."""

from __future__ import annotations

from pinscan.ios.ats import local_name
from pinscan.ios.facts import IosFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule


@rule(
    id="PS4007", name="ios-cleartext-endpoint", title="Cleartext URL to a host App Transport Security lets through",
    severity=Severity.MEDIUM, confidence=Confidence.LOW, cwe=(319,), masvs=("MASVS-NETWORK-1",), platforms=("ios",),
)
def ios_cleartext_endpoint(app: IosFacts, options: ScanOptions):
    """An `http://` (or `ws://`) URL string in a binary that loads URLs, to a host App Transport Security lets
    cleartext through to.

    ## What it finds
    C strings and CFStrings of each app, extension and framework binary that are URLs with a scheme and a
    host, when that binary loads URLs (it imports `NSURLSession` or sends its task selectors such as
    `dataTaskWithURL:`, or a `WKWebView` `loadRequest:`) and makes `NSURL` / `NSURLRequest` values from strings
    (`URLWithString:`, `requestWithURL:`, Swift's `URL(string:)`). The host is then checked against the ATS
    policy of the process the code runs in (an extension's own, the app's for a framework): an exception
    domain with `NSExceptionAllowsInsecureHTTPLoads` (`NSIncludesSubdomains` as Apple documents it),
    `NSAllowsArbitraryLoads` where iOS applies it, `NSAllowsLocalNetworking` for local names,
    `NSAllowsArbitraryLoadsInWebContent` for a binary whose only loader is a WKWebView; an app linked before
    the iOS 9 SDK has no ATS at all. One finding per bundle and host.

    Severity: **medium** when current iOS versions let it through; **low** when only older versions the app
    still supports do (iOS 8: no ATS; iOS 9 when `NSAllowsArbitraryLoads` is ignored only from iOS 10);
    **info** for local names. Confidence is **low**: the binary's tables show that it holds the string and
    loads URLs, not that this string is the one loaded. A host ATS blocks is not a finding: the `endpoints`
    inventory notes that the request fails at run time.

    ## Why it matters
    A request in cleartext can be read and changed on the network: credentials and tokens in the URL or
    body are exposed, and the response can be replaced.

    ## How to fix
    Use `https://`, and remove the ATS exception that lets the host through.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity
    - https://cwe.mitre.org/data/definitions/319.html
    """
    for b in app.bundles:
        groups: dict[tuple[str, str], list] = {}
        for u in app.url_strings(b):
            if u.cleartext:
                groups.setdefault((u.scheme, u.host), []).append(u)
        for (scheme, host), uses in sorted(groups.items()):
            verdict = app.cleartext_for(b, host, webview=uses[0].apis == ("WKWebView",))
            if not verdict.anywhere:
                continue
            if verdict.allowed:
                why, severity = f"{verdict.source} allows cleartext to this host", Severity.MEDIUM
            else:
                why, severity = f"{verdict.source} blocks it on {verdict.blocked_on} only: {verdict.note}", Severity.LOW
            if local_name(host):
                severity = Severity.INFO
            urls = ", ".join(u.url for u in uses[:3]) + (f" and {len(uses) - 3} more" if len(uses) > 3 else "")
            what = "HTTP" if scheme == "http" else "WebSocket (ws://)"
            yield ios_cleartext_endpoint.finding(
                f"cleartext {what} to {host}{b.where}: {urls} in a binary that loads URLs with "
                f"{' and '.join(uses[0].apis)}; {why}",
                app.symbol_location(b, uses[0].url), severity=severity, key=f"{scheme}://{host}",
                evidence=(*(f'string "{u.url}"' for u in uses), f"URL loading: {', '.join(uses[0].apis)}"),
                related=tuple(app.symbol_location(b, u.url) for u in uses[1:]),
                properties=(("host", host), ("scheme", scheme)),
            )
