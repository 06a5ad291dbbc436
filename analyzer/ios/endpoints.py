"""The hosts an iOS binary's code names: URL strings (C strings and CFStrings) in a binary that loads URLs
(NSURLSession, or a WKWebView's `loadRequest:`) and makes NSURL / NSURLRequest values from strings, and what
App Transport Security does with cleartext to each host.

Lower confidence than on Android by construction: the tables show that the binary holds the string and can
load URLs, not that this string is the one loaded (Mach-O code is not interpreted here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pinscan.facts.endpoints import CLEARTEXT_SCHEMES, CleartextVerdict, names_an_identifier, split_url
from pinscan.facts.hosts import ATS, HostPattern
from pinscan.ios.ats import local_name
from pinscan.model import Confidence, Endpoint

if TYPE_CHECKING:
    from pinscan.ios.app import Bundle, IosApp

SESSION_SELECTORS = ("dataTaskWithURL:", "dataTaskWithURL:completionHandler:", "dataTaskWithRequest:",
                     "dataTaskWithRequest:completionHandler:", "downloadTaskWithURL:", "downloadTaskWithRequest:",
                     "uploadTaskWithRequest:fromData:", "uploadTaskWithRequest:fromFile:", "webSocketTaskWithURL:")
URL_MAKERS = ("URLWithString:", "requestWithURL:", "initWithURL:", "initWithString:")
# Swift's URL(string:) initializer, imported from Foundation
SWIFT_URL_INIT = "$s10Foundation3URLV6stringACSgSSh_tcfC"
_MAX_URL = 2048


@dataclass(frozen=True)
class UrlString:
    """A URL string with a known scheme and host in a bundle's binary that loads URLs."""

    scheme: str
    host: str
    url: str
    apis: tuple[str, ...]  # NSURLSession, WKWebView
    bundle: Bundle

    @property
    def cleartext(self) -> bool:
        return self.scheme in CLEARTEXT_SCHEMES


def url_strings(app: IosApp, bundle: Bundle) -> list[UrlString]:
    """The URL strings of the bundle's binary, when it loads URLs and makes them from strings; [] otherwise."""
    code = app.code(bundle)
    if code is None:
        return []
    m = code.macho
    classes, selectors = m.imported_objc_classes, m.selectors
    apis = []
    if "NSURLSession" in classes or any(s in selectors for s in SESSION_SELECTORS):
        apis.append("NSURLSession")
    if "WKWebView" in classes and "loadRequest:" in selectors:
        apis.append("WKWebView")
    makes = any(s in selectors for s in URL_MAKERS) or "NSURL" in classes or SWIFT_URL_INIT in m.imports \
        or "_" + SWIFT_URL_INIT in m.imports
    if not apis or not makes:
        return []
    out = []
    for s in sorted(m.strings):
        text = s.strip()
        if len(text) > _MAX_URL or text != s:
            continue
        parsed = split_url(text, True)
        if parsed is not None and not names_an_identifier(text):
            out.append(UrlString(parsed[0], parsed[1], text, tuple(apis), bundle))
    return out


def policy_bundle(app: IosApp, bundle: Bundle) -> Bundle:
    """The bundle whose ATS governs the bundle's code: its own for an app or extension, the app's for a
    framework (it runs in the app's process)."""
    return bundle if bundle.kind in ("app", "appex") else app.main


def cleartext_for(app: IosApp, bundle: Bundle, host: str, webview: bool = False) -> CleartextVerdict:
    """What ATS does with cleartext to `host` for the bundle's process, from the app's minimum OS up."""
    owner = policy_bundle(app, bundle)
    min_os = app.min_os_tuple
    ats = app.ats(owner)
    if ats is None:
        return CleartextVerdict(True, True, f"no ATS (linked against the iOS {app.sdk(owner).version} SDK)", None, "")
    exact = next((e for e in ats.exceptions if e.matches and e.name == host), None)
    covering = [e for e in ats.exceptions if e.matches and HostPattern(e.name, ATS, e.include_subdomains).covers(host)]
    e = exact or (max(covering, key=lambda x: len(x.name)) if covering else None)
    modern, old = ats.arbitrary_loads(min_os)
    if e is not None:
        allowed = e.allows_insecure_http
        source = f"the ATS exception domain {e.name}"
        old = old and allowed
    elif webview and ats.setting("NSAllowsArbitraryLoadsInWebContent").value is True:
        allowed, source = True, "NSAllowsArbitraryLoadsInWebContent"
    elif local_name(host) and ats.setting("NSAllowsLocalNetworking").value is True:
        allowed, source = True, "NSAllowsLocalNetworking"
    else:
        allowed = modern
        source = "NSAllowsArbitraryLoads" if modern else "ATS (no exception for this host)"
    differ = []
    if not allowed and min_os < (9,):
        differ.append(f"allowed on iOS {app.min_os}–8.x: no ATS before iOS 9")
    if not allowed and old:
        differ.append("allowed on iOS 9: NSAllowsArbitraryLoads applies there (iOS 10+ ignores it because of "
                      f"{' and '.join(ats.narrower_present)})")
    start = max((10 if old else 9,), min_os[:1] or (0,))[0]
    blocked_on = "" if allowed else f"iOS {start}+"
    note = f"cleartext blocked on {blocked_on} only; {'; '.join(differ)}" if differ else None
    return CleartextVerdict(allowed, allowed or bool(differ), source, note, blocked_on)


def endpoints(app: IosApp) -> list[Endpoint]:
    """One entry per (bundle, scheme, host) of the URL strings in binaries that load URLs."""
    out = []
    for b in app.bundles:
        groups: dict[tuple[str, str], list[UrlString]] = {}
        for u in url_strings(app, b):
            groups.setdefault((u.scheme, u.host), []).append(u)
        for (scheme, host), uses in sorted(groups.items()):
            allowed, notes = True, []
            if scheme in CLEARTEXT_SCHEMES:
                verdict = cleartext_for(app, b, host, webview=uses[0].apis == ("WKWebView",))
                allowed = verdict.allowed
                if not allowed:
                    notes.append(f"cleartext to {host} is blocked by {verdict.source}: that request fails at run "
                                 f"time on {verdict.blocked_on}")
                if verdict.note:
                    notes.append(verdict.note)
            out.append(Endpoint(
                scheme=scheme, host=host, allowed=allowed, urls=tuple(sorted({u.url for u in uses})),
                apis=uses[0].apis, where=tuple(app.symbol_location(b, u.url) for u in uses),
                confidence=Confidence.LOW, notes=tuple(notes), component=b.component))
    return out
