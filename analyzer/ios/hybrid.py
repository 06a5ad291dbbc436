"""Cross-platform frameworks inside an IPA and what they mean for its TLS trust: Flutter, React Native,
Cordova/Ionic and Xamarin / .NET for iOS. Detection goes by what each framework always ships; the
signals are the APIs that replace certificate validation."""

from __future__ import annotations

from pinscan.errors import PartError
from pinscan.facts.crossplatform import (
    Framework,
    Signal,
    cordova_nocheck,
    dotnet_validation_callback,
    is_dotnet_assembly,
)
from pinscan.limits import MAX_SCRIPT_SIZE
from pinscan.model import CoverageNote, Location


def _read(app, name: str) -> bytes | None:
    try:
        return app.files.read_part(name, MAX_SCRIPT_SIZE, "a script or assembly searched for markers")
    except PartError as exc:
        app.coverage.append(CoverageNote(name, "failed", str(exc).removeprefix(f"{name}: ")))
        return None


def detect(app) -> tuple[list[Framework], list[Signal]]:
    found: list[Framework] = []
    signals: list[Signal] = []
    root = app.app_root
    main_files = sorted(app.files_in(app.main))

    if app.flutter is not None:
        engine = app.flutter.root.rstrip("/")
        found.append(Framework("flutter", (engine,), Location(path=engine, kind="file", component="Flutter.framework"),
                               "Dart's HttpClient has its own TLS stack: NSPinnedDomains, TrustKit and URLSession "
                               "delegates do not apply to Dart traffic; pinning must be done in Dart"))
        dart = root + "Frameworks/App.framework/App"
        data = _read(app, dart) if app.exists(dart) else None
        if data and b"badCertificateCallback" in data:
            signals.append(Signal("flutter", "the Dart code sets HttpClient.badCertificateCallback, which can accept "
                                  "certificates that fail validation", (f"{dart}: badCertificateCallback",),
                                  Location(path=dart, kind="file", component="App.framework")))

    if app.exists(root + "main.jsbundle"):
        found.append(Framework("react-native", (root + "main.jsbundle",), Location(path=root + "main.jsbundle"),
                               "fetch goes through NSURLSession, where ATS applies; pins set by pinning libraries "
                               "live in the JavaScript bundle (see the pin inventory)"))

    www = [n for n in main_files if n.startswith(root + "www/")]
    if root + "www/cordova.js" in www:
        certs = tuple(n for n in www if n.startswith(root + "www/certificates/"))
        found.append(Framework("cordova", (root + "www/cordova.js", *certs), Location(path=root + "www/cordova.js"),
                               "the WKWebView follows ATS; cordova-plugin-advanced-http requests are governed by "
                               "its setServerTrustMode and the certificates under www/certificates instead"))
        for js in (n for n in www if n.endswith(".js")):
            data = _read(app, js)
            if data and cordova_nocheck(data):
                signals.append(Signal("cordova", "cordova-plugin-advanced-http server trust mode 'nocheck' disables "
                                      "certificate validation", (f"{js}: setServerTrustMode('nocheck')",),
                                      Location(path=js, kind="file")))

    assemblies: list[tuple[str, bytes]] = []
    for name in (n for n in main_files if n.endswith(".dll")):
        data = _read(app, name)
        if data and is_dotnet_assembly(data):
            assemblies.append((name, data))
    if assemblies:
        names = tuple(n for n, _ in assemblies)
        found.append(Framework("xamarin", names[:3], Location(path=names[0], kind="file"),
                               ".NET HttpClient on iOS uses NSUrlSessionHandler, which follows ATS, unless the app "
                               "installs its own certificate validation callback"))
        for name, data in assemblies:
            member = dotnet_validation_callback(data)
            if member:
                signals.append(Signal("xamarin", f"the managed code sets {member}, which replaces the platform's "
                                      "certificate check (often `=> true`)", (f"{name}: {member}",),
                                      Location(path=name, kind="file")))
    return found, signals
