"""Cross-platform frameworks on iOS: where Flutter and React Native apps get their TLS trust from,
which is not always where ATS and TrustKit look."""

from __future__ import annotations

from pinscan.ios.reactnative import disable_all_security
from pinscan.model import Confidence, Location, Severity
from pinscan.rule import rule


@rule(
    id="PS4501", name="flutter-ignores-ats-pins", title="Flutter's Dart networking ignores the declared pins",
    severity=Severity.MEDIUM, confidence=Confidence.MEDIUM, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("ios",),
)
def flutter_ignores_ats_pins(app, options):
    """A Flutter app declares pins in Info.plist (`NSPinnedDomains` or TrustKit), which Dart code does
    not use.

    ## What it finds
    An app that embeds `Frameworks/Flutter.framework` and declares `NSPinnedDomains` or a TrustKit
    `TSKPinnedDomains` policy in its Info.plist.

    ## Why it matters
    Dart's `HttpClient` (and `package:http`, `dio` on top of it) does not go through `URLSession`: the
    Flutter engine brings its own TLS stack and trusts the system roots. `NSPinnedDomains` and TrustKit
    (which hooks `URLSession` delegates) only protect native code, so the API calls the Dart code makes
    are not pinned although the Info.plist says they are. Medium confidence: a plugin may route
    requests through `URLSession` (e.g. `cupertino_http`).

    ## How to fix
    Pin in Dart: a `SecurityContext(withTrustedRoots: false)` with your certificates, or a
    `badCertificateCallback`-free client that checks the SPKI in `HttpClient.connectionFactory`; or
    make Dart use `URLSession` through `cupertino_http`, where ATS pins apply.

    ## References
    - https://api.flutter.dev/flutter/dart-io/SecurityContext-class.html
    - https://pub.dev/packages/cupertino_http
    """
    if app.flutter is None:
        return
    ats = app.ats(app.main)
    tsk = app.trustkit(app.main)
    hosts = sorted({d.name for d in (ats.pinned if ats else [])} | {d.name for d in (tsk.domains if tsk else [])})
    if not hosts:
        return
    key = ("NSAppTransportSecurity", "NSPinnedDomains") if ats and ats.pinned else ("TSKConfiguration",)
    yield flutter_ignores_ats_pins.finding(
        f"Flutter app: the Info.plist pins for {', '.join(hosts)} do not apply to requests made from Dart",
        app.location(app.main, key), key="flutter",
        evidence=(f"embeds {app.flutter.root.rstrip('/')}",),
        related=(Location(path=app.flutter.root.rstrip("/"), kind="file", component=app.flutter.component),),
    )


@rule(
    id="PS4502", name="react-native-pinning-disabled", title="React Native request disables all TLS checks",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-1",), platforms=("ios",),
)
def react_native_pinning_disabled(app, options):
    """`disableAllSecurity: true` in a React Native bundle (react-native-ssl-pinning).

    ## What it finds
    The option `disableAllSecurity` set to `true` (or the minified `!0`) in `main.jsbundle`, with the
    line in the bundle.

    ## Why it matters
    react-native-ssl-pinning then accepts any certificate for the request: no pinning and no ordinary
    validation either, so anyone on the network path can intercept it.

    ## How to fix
    Remove the option and pass `sslPinning: {certs: [...]}` with the bundled certificates, or use
    react-native-ssl-public-key-pinning with two SPKI hashes per host.

    ## References
    - https://github.com/MaxToyberman/react-native-ssl-pinning
    """
    bundle = app.js_bundle
    if bundle is None:
        return
    path, text = bundle
    for n, hit in enumerate(disable_all_security(text)):
        yield react_native_pinning_disabled.finding(
            f"disableAllSecurity is true in the JavaScript bundle (line {hit.line}): that request accepts any "
            "certificate",
            Location(path=path, line=hit.line, logical="main.jsbundle disableAllSecurity", kind="file"),
            key=f"occurrence:{n}", evidence=(hit.text,),
        )
