"""Cross-platform frameworks on iOS: where Flutter and React Native apps get their TLS trust from,
which is not always where ATS and TrustKit look."""

from __future__ import annotations

from pinscan.ios.facts import IosFacts
from pinscan.ios.reactnative import disable_all_security
from pinscan.model import Confidence, Location, Severity
from pinscan.rule import ScanOptions, rule


@rule(
    id="PS4501", name="flutter-ignores-ats-pins", title="Flutter's Dart networking ignores the declared pins",
    severity=Severity.MEDIUM, confidence=Confidence.MEDIUM, cwe=(295,), masvs=("MASVS-NETWORK-2",),
    platforms=("ios",),
)
def flutter_ignores_ats_pins(app: IosFacts, options: ScanOptions):
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
def react_native_pinning_disabled(app: IosFacts, options: ScanOptions):
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


@rule(
    id="PS4503", name="ios-cross-platform-framework", title="Cross-platform framework changes where TLS policy lives",
    severity=Severity.INFO, confidence=Confidence.HIGH, cwe=(295,), masvs=("MASVS-NETWORK-1", "MASVS-NETWORK-2"),
    platforms=("ios",),
)
def ios_cross_platform_framework(app: IosFacts, options: ScanOptions):
    """The app is built with Flutter, React Native, Cordova/Ionic or Xamarin / .NET for iOS.

    ## What it finds
    What each framework always ships in the bundle: `Frameworks/Flutter.framework` (Flutter),
    `main.jsbundle` (React Native), `www/cordova.js` (Cordova/Ionic), and .NET assemblies (`*.dll` files
    with a CLI header) at the app's root (Xamarin.iOS, .NET for iOS, MAUI).

    ## Why it matters
    ATS, `NSPinnedDomains` and TrustKit govern `URLSession`. Flutter's Dart `HttpClient` has its own TLS
    stack and follows none of them; React Native and Cordova's WebView go through `URLSession` but their
    pinning plugins keep pins in JavaScript or `www/certificates`; .NET's `NSUrlSessionHandler` follows
    ATS unless managed code installs a validation callback. A reviewer must look where the framework keeps
    the policy, and pinscan's Info.plist view alone is not the whole story.

    ## How to fix
    Nothing to fix by itself. Configure pins and trust where this framework reads them, and review the
    signals PS4504 reports.

    ## References
    - https://api.flutter.dev/flutter/dart-io/SecurityContext-class.html
    - https://reactnative.dev/docs/security#ssl-pinning
    - https://github.com/silkimen/cordova-plugin-advanced-http#setservertrustmode
    - https://learn.microsoft.com/dotnet/api/system.net.http.httpclienthandler.servercertificatecustomvalidationcallback
    """
    frameworks, _ = app.cross_platform
    for fw in frameworks:
        yield ios_cross_platform_framework.finding(
            f"{fw.name} app: {fw.meaning}", fw.location, key=fw.name, evidence=fw.evidence,
            properties=(("framework", fw.name),))


@rule(
    id="PS4504", name="ios-framework-tls-override", title="Framework code overrides certificate validation",
    severity=Severity.MEDIUM, confidence=Confidence.LOW, cwe=(295,), masvs=("MASVS-NETWORK-1",), platforms=("ios",),
)
def ios_framework_tls_override(app: IosFacts, options: ScanOptions):
    """A cross-platform framework's API that replaces certificate validation is used.

    ## What it finds
    - Cordova/Ionic: `setServerTrustMode('nocheck')` of cordova-plugin-advanced-http in `www/*.js`
      (high severity: that mode has no other meaning than "accept any certificate").
    - Xamarin / .NET for iOS: an assembly that references `ServerCertificateCustomValidationCallback` or
      `ServicePointManager.ServerCertificateValidationCallback`.
    - Flutter: the string `badCertificateCallback` in the Dart code (`App.framework/App`).

    Confidence is low for the callbacks: the reference shows the API is used, not what the callback
    decides; review the code it points at.

    ## Why it matters
    These are the frameworks' equivalents of a trust-all challenge handler. The usual copy-pasted use
    (`(msg, cert, chain, errors) => true`, `nocheck`) accepts any certificate, so anyone on the network
    path can read and change the traffic, whatever ATS says.

    ## How to fix
    Remove the override (use `'default'` or `'pinned'` trust mode in Cordova), or make the callback accept
    only the expected keys and return false otherwise.

    ## References
    - https://github.com/silkimen/cordova-plugin-advanced-http#setservertrustmode
    - https://learn.microsoft.com/dotnet/api/system.net.http.httpclienthandler.servercertificatecustomvalidationcallback
    - https://api.flutter.dev/flutter/dart-io/HttpClient/badCertificateCallback.html
    """
    _, signals = app.cross_platform
    for s in signals:
        nocheck = s.framework == "cordova"
        yield ios_framework_tls_override.finding(
            f"{s.framework}: {s.what}", s.location, key=f"{s.framework}|{s.location.path}", evidence=s.evidence,
            severity=Severity.HIGH if nocheck else None,
            confidence=Confidence.HIGH if nocheck else None,
            properties=(("framework", s.framework),))
