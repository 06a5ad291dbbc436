"""Open a package as an App model, run the rules over it and collect one ScanResult.

An App model (AndroidApp, IosApp) offers: `platform`, `coverage` (list of CoverageNote it appends to
while computing facts), `check_scannable()` (ScanError when the part everything else depends on, the
Android manifest or the main app's Info.plist, cannot be read: then the package is not scanned at all),
`identity()`, `pin_inventory()`, `host_policies()`, `endpoints()` and `close()`; the facts the rules ask
about are typed in `pinscan.android.facts` and `pinscan.ios.facts`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from pinscan import __version__
from pinscan.errors import PartError, ScanError
from pinscan.limits import deadline
from pinscan.model import (
    REACHED_PROPERTY,
    AppIdentity,
    CoverageNote,
    Endpoint,
    Finding,
    HostPolicy,
    Location,
    PinEntry,
    ScanResult,
)
from pinscan.rule import Rule, ScanOptions, rules_for
from pinscan.unpack import Package, open_package, open_split_files


class App(Protocol):
    platform: str
    coverage: list[CoverageNote]

    def check_scannable(self) -> None: ...
    def identity(self) -> AppIdentity: ...
    def library_use(self, location: Location) -> Any: ...  # LibraryUse (reached, evidence) or None: not known
    def pin_inventory(self, as_of: dt.date) -> list[PinEntry]: ...
    def host_policies(self, as_of: dt.date) -> list[HostPolicy]: ...
    def endpoints(self) -> list[Endpoint]: ...
    def close(self) -> None: ...


def run_rules(app: App, options: ScanOptions, rules: list[Rule] | None = None) -> ScanResult:
    selected = list(rules_for(app.platform)) if rules is None else rules
    findings: dict[str, Finding] = {}
    for r in selected:
        try:
            for f in r.check(app, options):
                findings.setdefault(f.fingerprint, f)
        except PartError as exc:
            app.coverage.append(CoverageNote(f"rule {r.id}", "failed", str(exc)))
        except ScanError:
            raise
        except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the others' findings
            app.coverage.append(CoverageNote(f"rule {r.id}", "failed", f"internal error: {type(exc).__name__}: {exc}"))
    found = _facts(app, "library use", lambda: [_with_library_use(app, f) for f in findings.values()])
    pins = _facts(app, "pin inventory", lambda: app.pin_inventory(options.as_of))
    policies = _facts(app, "host policies", lambda: app.host_policies(options.as_of))
    endpoints = _facts(app, "endpoints", app.endpoints)
    return ScanResult(
        identity=app.identity(),
        findings=tuple(found or findings.values()),
        pins=tuple(pins),
        policies=tuple(policies),
        coverage=tuple(dict.fromkeys(app.coverage)),
        tool_version=__version__,
        as_of=options.as_of.isoformat(),
        rule_ids=tuple(r.id for r in selected),
        endpoints=tuple(endpoints),
    )


def _with_library_use(app: App, f: Finding) -> Finding:
    """A finding in a known library's code, with whether the app's own code reaches it (a property the gate
    reads, and the evidence a person reads)."""
    if not f.library:
        return f
    use = app.library_use(f.location)
    if use is None:
        return f
    props = f.properties if use.reached is None else (*f.properties, (REACHED_PROPERTY, use.reached))
    return replace(f, evidence=(*f.evidence, f"library {f.library}: {use.evidence}"), properties=props)


def _facts(app: App, what: str, fn):
    try:
        return fn()
    except PartError as exc:
        app.coverage.append(CoverageNote(what, "failed", str(exc)))
    except ScanError:
        raise
    except Exception as exc:  # noqa: BLE001
        app.coverage.append(CoverageNote(what, "failed", f"internal error: {type(exc).__name__}: {exc}"))
    return []


def _app_model(package: Package) -> App:
    # The App model of each platform, chosen after unpacking: unpack/ never imports the stages after it.
    if package.platform == "android":
        from pinscan.android.app import AndroidApp

        return AndroidApp(package)
    from pinscan.ios.app import IosApp

    return IosApp(package)


def open_app(path: str | Path, splits: tuple[str | Path, ...] = ()) -> App:
    """Open one package (with `splits`: a base APK and its split APK files) as its App model (call close() when
    done). Raises ScanError when it cannot be, or when the part every other fact depends on (manifest, main
    Info.plist) cannot be read."""
    package = open_split_files(path, list(splits)) if splits else open_package(path)
    try:
        app = _app_model(package)
        app.check_scannable()
        return app
    except BaseException:
        package.close()
        raise


def scan_path(path: str | Path, options: ScanOptions | None = None, splits: tuple[str | Path, ...] = (),
              timeout: float | None = None) -> ScanResult:
    """Open and scan one package (and its split APK files, if given). Raises ScanError when it cannot be
    scanned at all, and pinscan.limits.ScanTimeout when `timeout` seconds pass first."""
    options = options or ScanOptions(as_of=dt.date.today())
    with deadline(timeout):
        app = open_app(path, splits)
        try:
            return run_rules(app, options)
        finally:
            app.close()
