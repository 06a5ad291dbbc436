"""Cross-platform frameworks (Flutter, React Native, Cordova, Xamarin) and what they mean for pinning."""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.model import Confidence, Severity
from pinscan.rule import ScanOptions, rule

MASVS = ("MASVS-NETWORK-1", "MASVS-NETWORK-2")


@rule(
    id="PS2501", name="cross-platform-framework", title="Cross-platform framework changes where TLS policy lives",
    severity=Severity.INFO, confidence=Confidence.HIGH, cwe=(295,), masvs=MASVS, platforms=("android",),
)
def cross_platform_framework(app: AndroidFacts, options: ScanOptions):
    """The app is built with Flutter, React Native, Cordova/Ionic or Xamarin/.NET MAUI.

    ## What it finds
    The files and classes each framework always ships: `lib/*/libflutter.so` or `libapp.so` (Flutter),
    `OkHttpClientProvider` or `assets/index.android.bundle` (React Native), `CordovaWebViewClient` or
    `assets/www/cordova.js` (Cordova), `assemblies/*.dll` or `libmonodroid.so` (Xamarin / .NET MAUI).

    ## Why it matters
    The network security config only governs traffic that goes through the Android platform's stack.
    Flutter's Dart `HttpClient` has its own TLS stack and ignores the NSC's pins, trust anchors and
    cleartext settings; pinning there must be done in Dart. React Native and Cordova traffic goes through
    OkHttp or the WebView, which honour the NSC, but their pinning plugins keep pins elsewhere (JavaScript,
    `www/certificates`). Xamarin's `AndroidMessageHandler` honours the NSC unless a managed validation
    callback replaces it. Reviewers must look where the framework keeps the policy.

    ## How to fix
    Nothing to fix by itself. Make sure the pins and trust settings are configured where this framework
    reads them, and review the signals reported by PS2502.

    ## References
    - https://api.flutter.dev/flutter/dart-io/HttpClient/badCertificateCallback.html
    - https://reactnative.dev/docs/security#ssl-pinning
    - https://github.com/silkimen/cordova-plugin-advanced-http#setservertrustmode
    - https://learn.microsoft.com/dotnet/api/system.net.http.httpclienthandler.servercertificatecustomvalidationcallback
    """
    frameworks, _ = app.frameworks
    for fw in frameworks:
        yield cross_platform_framework.finding(
            f"{fw.name} app: {fw.meaning}", fw.location, key=fw.name, evidence=fw.evidence, library=None,
            properties=(("framework", fw.name),))


@rule(
    id="PS2502", name="framework-tls-override", title="Framework code overrides certificate validation",
    severity=Severity.MEDIUM, confidence=Confidence.LOW, cwe=(295,), masvs=MASVS, platforms=("android",),
)
def framework_tls_override(app: AndroidFacts, options: ScanOptions):
    """A cross-platform framework's API that replaces certificate validation is used.

    ## What it finds
    - Flutter: the string `badCertificateCallback` in `libapp.so` (the Dart code sets
      `HttpClient.badCertificateCallback`).
    - React Native: calls to `OkHttpClientProvider.setOkHttpClientFactory` (a custom OkHttp client for
      every `fetch`; its trust manager and hostname verifier apply to all of them).
    - Cordova: `setServerTrustMode('nocheck')` of cordova-plugin-advanced-http in `www/*.js`.
    - Xamarin / .NET MAUI: `ServerCertificateCustomValidationCallback` or
      `ServerCertificateValidationCallback` in the managed assemblies.

    Confidence is low: the marker shows the API is used, not what the callback decides; review the code.

    ## Why it matters
    These APIs are the framework's equivalent of a custom trust manager. The usual copy-pasted use
    (`(cert, host, port) => true`, `nocheck`) accepts any certificate, so anyone on the network can read
    and change the traffic.

    ## How to fix
    Remove the override, or make it accept only the expected keys (pinning) and reject everything else.

    ## References
    - https://api.flutter.dev/flutter/dart-io/HttpClient/badCertificateCallback.html
    - https://github.com/silkimen/cordova-plugin-advanced-http#setservertrustmode
    - https://learn.microsoft.com/dotnet/api/system.net.http.httpclienthandler.servercertificatecustomvalidationcallback
    """
    _, signals = app.frameworks
    for s in signals:
        yield framework_tls_override.finding(
            f"{s.framework}: {s.what}", s.location, key=f"{s.framework}|{s.location.logical or s.location.path}",
            evidence=s.evidence, library=s.library, properties=(("framework", s.framework),))
