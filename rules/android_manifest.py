"""Rules on the Android manifest itself (the network policy it implies is in android_nsc)."""

from __future__ import annotations

from pinscan.android.facts import AndroidFacts
from pinscan.model import Confidence, Location, Severity
from pinscan.rule import ScanOptions, rule

MASVS_NETWORK = ("MASVS-NETWORK-1",)


@rule(
    id="PS1003", name="app-debuggable", title="App is debuggable",
    severity=Severity.HIGH, confidence=Confidence.HIGH, cwe=(489,), masvs=("MASVS-RESILIENCE-4", "MASVS-NETWORK-1"),
    platforms=("android",),
)
def app_debuggable(app: AndroidFacts, options: ScanOptions):
    """The package is built with `android:debuggable="true"`.

    ## What it finds
    An `<application>` element whose `android:debuggable` attribute is true.

    ## Why it matters
    A debuggable app can be attached to with a debugger and have code injected through `run-as` and
    JDWP on any device, which defeats every in-app check, pinning included. It also puts the network
    security config's `<debug-overrides>` in force: their trust anchors (often `user`) are added to
    every host and override pins by default. Google Play rejects debuggable uploads; other stores and
    sideloaded builds do not.

    ## How to fix
    Build releases with the release build type (`debuggable false`, the default) and never set
    `android:debuggable` in the manifest by hand.

    ## References
    - https://developer.android.com/guide/topics/manifest/application-element#debug
    - https://developer.android.com/privacy-and-security/security-config#debug-overrides
    - OWASP MASTG-TEST-0226 (Debuggable Flag Enabled in the AndroidManifest)
    """
    m = app.manifest
    if m is not None and m.debuggable:
        nsc = app.nsc
        also = (", and the network security config's debug-overrides are in force"
                if nsc is not None and nsc.debug_in_force else "")
        yield app_debuggable.finding(
            f"android:debuggable=\"true\": anyone with the device can attach a debugger{also}",
            m.application_location, key="manifest",
            evidence=('<application android:debuggable="true">',),
        )


def local_host(host: str) -> bool:
    """Hosts that never leave the device or the developer's machine."""
    return (host in ("localhost", "127.0.0.1", "::1", "10.0.2.2", "10.0.3.2")
            or host.endswith((".localhost", ".local")))


def sdk_location(app) -> Location | None:
    m = app.manifest
    return (m.uses_sdk_location or m.application_location) if m else None
