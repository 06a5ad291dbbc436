"""Cross-platform frameworks inside an APK and what they mean for its TLS trust: Flutter, React Native,
Cordova/Ionic and Xamarin/.NET MAUI. Detection uses the files and classes each framework always ships;
the risky signals are the APIs that replace certificate validation in each."""

from __future__ import annotations

import re

from pinscan.android.code import searched
from pinscan.errors import PartError
from pinscan.facts.crossplatform import Framework, Signal, cordova_nocheck, dotnet_validation_callback
from pinscan.limits import MAX_SCRIPT_SIZE
from pinscan.model import CoverageNote, Location

RN_PROVIDER = "Lcom/facebook/react/modules/network/OkHttpClientProvider;"
RN_SET_FACTORY, = searched("method", f"{RN_PROVIDER}->setOkHttpClientFactory")


def _names(app, pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return sorted(n for n in app.files.names if rx.match(n))


def _read(app, name: str) -> bytes:
    """A native library, script or assembly searched for a marker; b"" (and a coverage note) when it cannot be
    read or is over its budget."""
    try:
        return app.files.read_part(name, MAX_SCRIPT_SIZE, "a library, script or assembly searched for markers")
    except PartError as exc:
        app.coverage.append(CoverageNote(name, "failed", str(exc).removeprefix(f"{name}: ")))
        return b""


def _contains(app, name: str, needle: bytes) -> bool:
    return needle in _read(app, name)


def detect(app) -> tuple[list[Framework], list[Signal]]:
    found: list[Framework] = []
    signals: list[Signal] = []
    index = app.code

    flutter = _names(app, r"^lib/[^/]+/(libflutter|libapp)\.so$")
    if flutter:
        found.append(Framework("flutter", tuple(flutter), Location(path=flutter[0], kind="file"),
                               "Dart's HttpClient does not use the Android network security config: its pins, "
                               "trust anchors and cleartext settings do not apply to Dart traffic"))
        for name in (n for n in flutter if n.endswith("libapp.so")):
            if _contains(app, name, b"badCertificateCallback"):
                signals.append(Signal("flutter", "the Dart code sets HttpClient.badCertificateCallback, which can "
                                      "accept certificates that fail validation",
                                      (f"{name}: badCertificateCallback",), Location(path=name, kind="file")))

    rn = index.cls(RN_PROVIDER) if index is not None else None
    if rn is not None or _names(app, r"^assets/index\.android\.bundle$"):
        loc = Location(path=rn.dex.name, logical=RN_PROVIDER, kind="class") if rn else \
            Location(path="assets/index.android.bundle", kind="file")
        pinning = index.cls("Lcom/toyberman/RNSslPinningModule;") if index else None
        found.append(Framework("react-native", ("OkHttpClientProvider",) + (("react-native-ssl-pinning",) if pinning
                                                                             else ()), loc,
                               "JavaScript fetch goes through OkHttp and the network security config applies; "
                               "pins set in JavaScript (react-native-ssl-pinning) are not in the NSC"))
        for site in index.invocations([RN_SET_FACTORY]):
            signals.append(Signal("react-native", f"{site.method.readable} replaces React Native's OkHttp client "
                                  "factory: its TLS settings apply to every fetch",
                                  (index.text(site.method, site.insn),), index.location(site.method, site.insn.off),
                                  app.library_for(site.method.cls.desc)))

    cordova = index.cls("Lorg/apache/cordova/CordovaWebViewClient;") if index else None
    www = _names(app, r"^assets/www/")
    if cordova is not None or "assets/www/cordova.js" in www:
        certs = [n for n in www if n.startswith("assets/www/certificates/")]
        ev = ("assets/www/cordova.js",) if "assets/www/cordova.js" in www else ("CordovaWebViewClient",)
        found.append(Framework("cordova", ev + tuple(certs),
                               Location(path=ev[0], kind="file"),
                               "the WebView honours the network security config; cordova-plugin-advanced-http "
                               "pins with certificates under www/certificates instead"))
        for js in (n for n in www if n.endswith(".js")):
            if cordova_nocheck(_read(app, js)):
                signals.append(Signal("cordova", "cordova-plugin-advanced-http server trust mode 'nocheck' disables "
                                      "certificate validation", (f"{js}: setServerTrustMode('nocheck')",),
                                      Location(path=js, kind="file")))

    dlls = _names(app, r"^assemblies/.*\.(dll|blob)$") + _names(app, r"^lib/[^/]+/libmonodroid\.so$")
    if dlls:
        found.append(Framework("xamarin", tuple(dlls[:3]), Location(path=dlls[0], kind="file"),
                               ".NET HttpClient on Android uses AndroidMessageHandler, which honours the network "
                               "security config, unless the app installs its own validation callback"))
        for name in (n for n in dlls if n.endswith((".dll", ".blob"))):
            if dotnet_validation_callback(_read(app, name)):
                signals.append(Signal("xamarin", "the managed code sets a server certificate validation callback, "
                                      "which replaces the platform's decision (often `=> true`)",
                                      (f"{name}: ServerCertificate*ValidationCallback",),
                                      Location(path=name, kind="file")))
    return found, signals
