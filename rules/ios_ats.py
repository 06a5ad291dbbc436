"""iOS App Transport Security: what the `NSAppTransportSecurity` dictionary of the app and of each app
extension lets through. All rules read the parsed ATS model of the App (pinscan.ios.ats), which follows
Apple's documented semantics; the app's minimum OS decides which of them apply. A bundle linked against an
SDK older than iOS 9 has no ATS at all (`app.ats(bundle)` is None): its keys are not read, so no rule here
reports them; the policy table says every host allows cleartext there, and why."""

from __future__ import annotations

from pinscan.ios.ats import local_name
from pinscan.ios.facts import IosFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS_NETWORK = ("MASVS-NETWORK-1",)


@rule(
    id="PS3001", name="ats-arbitrary-loads", title="App Transport Security disabled (NSAllowsArbitraryLoads)",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(319,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def ats_arbitrary_loads(app: IosFacts, options: ScanOptions):
    """`NSAllowsArbitraryLoads` is YES and in force: ATS is off for every domain without its own
    exception.

    ## What it finds
    `NSAllowsArbitraryLoads = YES` in the `NSAppTransportSecurity` dictionary of the app or of an app
    extension. On iOS 10 and later the key is ignored when `NSAllowsArbitraryLoadsInWebContent`,
    `NSAllowsArbitraryLoadsForMedia` or `NSAllowsLocalNetworking` is present (with any value); iOS 9
    honours it regardless. So the finding is high when the key is in force on iOS 10+, low when it only
    applies on iOS 9 devices the app still supports (`MinimumOSVersion` below 10), and absent when it is
    ignored everywhere the app runs.

    ## Why it matters
    With ATS off, `URLSession` and friends accept plain `http://` URLs and TLS 1.0 servers without
    forward secrecy: anyone on the network path can read and change the traffic. Domains listed in
    `NSExceptionDomains` keep their own settings.

    ## How to fix
    Remove `NSAllowsArbitraryLoads`. Serve everything over HTTPS with TLS 1.2+, and for the few hosts
    that cannot, add narrow `NSExceptionDomains` entries. For web content or media use the narrower
    `NSAllowsArbitraryLoadsInWebContent` / `...ForMedia` keys. App Review asks for a justification.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nsallowsarbitraryloads
    - https://developer.apple.com/documentation/security/preventing-insecure-network-connections
    - OWASP MASTG-TEST-0065 (Testing Data Encryption on the Network)
    """
    for b, ats in app.bundles_with(app.ats):
        aal = ats.setting("NSAllowsArbitraryLoads")
        modern, old = ats.arbitrary_loads(app.min_os_tuple)
        loc = app.location(b, aal.key_path or ("NSAppTransportSecurity",))
        if modern:
            yield ats_arbitrary_loads.finding(
                f"NSAllowsArbitraryLoads is YES{b.where}: ATS is disabled for every domain without an exception",
                loc, key="modern", evidence=("NSAllowsArbitraryLoads = YES",),
            )
        elif old:
            ignored = " and ".join(ats.narrower_present)
            verb = "are" if len(ats.narrower_present) > 1 else "is"
            yield ats_arbitrary_loads.finding(
                f"NSAllowsArbitraryLoads is YES{b.where}: iOS 10+ ignores it because {ignored} {verb} present, but "
                f"on iOS 9 (minimum OS {app.min_os}) ATS is disabled for every domain without an exception",
                loc, key="ios9", severity=Severity.LOW,
                evidence=("NSAllowsArbitraryLoads = YES", *(f"{k} present" for k in ats.narrower_present)),
            )


@rule(
    id="PS3002", name="ats-web-media-exempt", title="Web views or media exempt from App Transport Security",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(319,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def ats_web_media_exempt(app: IosFacts, options: ScanOptions):
    """`NSAllowsArbitraryLoadsInWebContent` or `NSAllowsArbitraryLoadsForMedia` is YES.

    ## What it finds
    `NSAllowsArbitraryLoadsInWebContent = YES` (web views load anything, medium) and
    `NSAllowsArbitraryLoadsForMedia = YES` (AV Foundation loads anything, low) in the app or an
    extension.

    ## Why it matters
    A web view exempt from ATS loads `http://` pages and scripts, which an attacker on the network can
    replace; a login page or a JavaScript bridge shown in it is then theirs. Media exemptions are
    narrower, but unencrypted media leaks what a user watches and can be swapped.

    ## How to fix
    Keep web content on HTTPS and drop the key; if the app must show arbitrary user-chosen pages (a
    browser), keep the exemption and never expose native bridges to such pages. Use the media key only
    for media that is itself encrypted (FairPlay, HLS with encryption).

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nsallowsarbitraryloadsinwebcontent
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nsallowsarbitraryloadsformedia
    """
    for b, ats in app.bundles_with(app.ats):
        web = ats.setting("NSAllowsArbitraryLoadsInWebContent")
        if web.value is True:
            yield ats_web_media_exempt.finding(
                f"NSAllowsArbitraryLoadsInWebContent is YES{b.where}: web views load content over plain HTTP",
                app.location(b, web.key_path), key="web", evidence=("NSAllowsArbitraryLoadsInWebContent = YES",),
            )
        media = ats.setting("NSAllowsArbitraryLoadsForMedia")
        if media.value is True:
            yield ats_web_media_exempt.finding(
                f"NSAllowsArbitraryLoadsForMedia is YES{b.where}: AV Foundation media loads bypass ATS",
                app.location(b, media.key_path), key="media", severity=Severity.LOW,
                evidence=("NSAllowsArbitraryLoadsForMedia = YES",),
            )


def _subs(e) -> str:
    return " and its subdomains" if e.include_subdomains else ""


@rule(
    id="PS3003", name="ats-insecure-http-exception", title="Cleartext HTTP allowed for a domain (ATS exception)",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(319,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def ats_insecure_http_exception(app: IosFacts, options: ScanOptions):
    """An `NSExceptionDomains` entry allows plain HTTP.

    ## What it finds
    `NSExceptionAllowsInsecureHTTPLoads = YES` or `NSThirdPartyExceptionAllowsInsecureHTTPLoads = YES`
    (Apple documents the third-party variant as functionally identical) for a domain, in the app or an
    extension; with `NSIncludesSubdomains = YES` it covers the subdomains too. Exceptions for
    `localhost`, `.local`, unqualified names and private addresses are reported at low severity.

    ## Why it matters
    Every request to that domain may go over plain HTTP, readable and changeable on the network path;
    one `http://` redirect or a mistyped URL is enough.

    ## How to fix
    Serve the domain over HTTPS and remove the key. Keep local-development exceptions out of release
    builds (use a build-configuration-specific Info.plist).

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsexceptionallowsinsecurehttploads
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nsexceptiondomains
    """
    for b, ats in app.bundles_with(app.ats):
        for e in ats.exceptions:
            if not e.allows_insecure_http or not e.matches:
                continue
            key = e.insecure_http.key_path[-1]
            yield ats_insecure_http_exception.finding(
                f"cleartext HTTP allowed to {e.name}{_subs(e)}{b.where} ({key})",
                app.location(b, e.insecure_http.key_path), key=e.name,
                severity=Severity.LOW if local_name(e.name) else None, evidence=(f"{key} = YES",),
            )


@rule(
    id="PS3004", name="ats-weak-tls-exception", title="TLS below 1.2 allowed for a domain (ATS exception)",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(326,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def ats_weak_tls_exception(app: IosFacts, options: ScanOptions):
    """An `NSExceptionDomains` entry lowers the minimum TLS version below TLS 1.2.

    ## What it finds
    `NSExceptionMinimumTLSVersion` or `NSThirdPartyExceptionMinimumTLSVersion` set to `TLSv1.0` or
    `TLSv1.1` (the default is `TLSv1.2`). Local names are reported at low severity.

    ## Why it matters
    TLS 1.0 and 1.1 are deprecated (RFC 8996): they rely on weak constructions and let an active
    attacker downgrade connections. App Review asks for a justification.

    ## How to fix
    Upgrade the server to TLS 1.2 or 1.3 and remove the key.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsexceptionminimumtlsversion
    - https://www.rfc-editor.org/rfc/rfc8996
    """
    for b, ats in app.bundles_with(app.ats):
        for e in ats.exceptions:
            if e.weak_tls and e.matches:
                key = e.min_tls.key_path[-1]
                yield ats_weak_tls_exception.finding(
                    f"TLS versions down to {e.min_tls.value} accepted for {e.name}{_subs(e)}{b.where} ({key})",
                    app.location(b, e.min_tls.key_path), key=e.name,
                    severity=Severity.LOW if local_name(e.name) else None, evidence=(f"{key} = {e.min_tls.value}",),
                )


@rule(
    id="PS3005", name="ats-forward-secrecy-disabled", title="Forward secrecy not required for a domain",
    severity=Severity.LOW, confidence=Confidence.HIGH, cwe=(326,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def ats_forward_secrecy_disabled(app: IosFacts, options: ScanOptions):
    """An `NSExceptionDomains` entry sets `NSExceptionRequiresForwardSecrecy` to the Boolean NO.

    ## What it finds
    `NSExceptionRequiresForwardSecrecy = NO` or `NSThirdPartyExceptionRequiresForwardSecrecy = NO` as a
    plist Boolean (`<false/>`); the default is YES. A *string* "NO" is not a Boolean: it is reported by
    PS3007 instead, because ATS expects a Boolean there. Local names are reported at info severity.

    ## Why it matters
    Without forward secrecy, ATS accepts RSA key exchange: whoever obtains the server's private key
    later can decrypt every recorded session. Apple also drops the key-length check for such domains.

    ## How to fix
    Enable ECDHE cipher suites on the server and remove the key.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsexceptionrequiresforwardsecrecy
    """
    for b, ats in app.bundles_with(app.ats):
        for e in ats.exceptions:
            if not e.forward_secrecy_required and e.matches:
                key = e.forward_secrecy.key_path[-1]
                yield ats_forward_secrecy_disabled.finding(
                    f"forward secrecy not required for {e.name}{_subs(e)}{b.where} ({key} = NO)",
                    app.location(b, e.forward_secrecy.key_path), key=e.name,
                    severity=Severity.INFO if local_name(e.name) else None, evidence=(f"{key} = NO",),
                )


@rule(
    id="PS3006", name="ats-local-networking", title="ATS exempts local network connections",
    severity=Severity.LOW, confidence=Confidence.HIGH, cwe=(319,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def ats_local_networking(app: IosFacts, options: ScanOptions):
    """`NSAllowsLocalNetworking` is YES.

    ## What it finds
    `NSAllowsLocalNetworking = YES` in the app or an extension: ATS does not apply to unqualified host
    names, `.local` names and IP addresses.

    ## Why it matters
    Traffic to devices on the local network (cameras, printers, development servers) may go over plain
    HTTP. On a shared or hostile Wi-Fi, local-network peers are exactly the attackers. Its presence
    also makes iOS 10+ ignore `NSAllowsArbitraryLoads`.

    ## How to fix
    Keep the key only if the app talks to local devices by design, and protect those connections
    (TLS with pinned device certificates, or an authenticated protocol).

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity/nsallowslocalnetworking
    """
    for b, ats in app.bundles_with(app.ats):
        s = ats.setting("NSAllowsLocalNetworking")
        if s.value is True:
            yield ats_local_networking.finding(
                f"NSAllowsLocalNetworking is YES{b.where}: local names and IP addresses are exempt from ATS",
                app.location(b, s.key_path), key="local", evidence=("NSAllowsLocalNetworking = YES",),
            )


@rule(
    id="PS3007", name="plist-ignored-security-config", title="Security configuration iOS or TrustKit ignores",
    severity=Severity.MEDIUM, confidence=Confidence.HIGH, cwe=(1188,), masvs=MASVS_NETWORK, platforms=("ios",),
)
def plist_ignored_security_config(app: IosFacts, options: ScanOptions):
    """ATS or TrustKit configuration in Info.plist that does not take effect as written.

    ## What it finds
    In `NSAppTransportSecurity` and `TSKConfiguration`: unknown or misspelt keys (`NSIncludesSubDomains`,
    `NSAllowArbitraryLoads`...) with the intended key when one is close; values of the wrong type (a
    string "NO" where a Boolean is expected); TLS versions other than `TLSv1.0`...`TLSv1.3`; domain keys
    that never match (URLs, ports, wildcards, upper case); invalid TrustKit expiration dates; and the
    undocumented iOS 9 beta `NSTemporaryException...` keys. Misspellings of keys that matter are
    medium, the rest low.

    ## Why it matters
    iOS and TrustKit skip what they do not understand, silently. A misspelt `NSIncludesSubdomains`
    leaves every subdomain unprotected or unpinned; a string where a Boolean belongs may be read as
    either value. The configuration reads as secure in review and is not.

    ## How to fix
    Use the exact key names and value types from Apple's and TrustKit's documentation; edit Info.plist
    in Xcode's property-list editor, which offers the known keys.

    ## References
    - https://developer.apple.com/documentation/bundleresources/information-property-list/nsapptransportsecurity
    - https://github.com/datatheorem/TrustKit/blob/master/docs/getting-started.md
    """
    for b in app.bundles:
        problems = []
        ats = app.ats(b)
        if ats is not None:
            problems += [p for p in ats.problems if p.kind != "pin-structure"]
        tsk = app.trustkit(b)
        if tsk is not None:
            problems += tsk.problems
        for p in problems:
            sev = Severity.MEDIUM if p.near_known_key and p.kind != "legacy-key" else Severity.LOW
            yield plist_ignored_security_config.finding(
                p.message, app.location(b, p.key_path), key=f"{p.kind}:{'/'.join(p.key_path)}", severity=sev,
            )
