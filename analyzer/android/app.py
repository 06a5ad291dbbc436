"""The Android App model: manifest facts, resources, the network security config, bundled certificates
and the dex files, each computed lazily and once. A part that cannot be read becomes a coverage note;
the facts that depend on it are then absent (None), and rules skip them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from pinscan.android.arsc import ResourceTable
from pinscan.android.axml import Attr, Element, parse_xml
from pinscan.android.code import CodeIndex
from pinscan.android.dex import DexFile
from pinscan.android.effective import HostCleartext, cleartext_for, effective_pins, effective_policies, endpoints
from pinscan.android.endpoints import UrlUse, url_uses
from pinscan.android.frameworks import detect as detect_frameworks
from pinscan.android.libraries import LibraryReach, LibraryUse, library_for
from pinscan.android.nsc import (
    NetworkSecurityConfig,
    host_policies,
    host_policy_for,
    parse_nsc,
    pin_entries,
    platform_default,
)
from pinscan.android.pins import TRUSTKIT_INIT, code_pins
from pinscan.android.proto import ProtoResourceTable, parse_proto_xml
from pinscan.errors import PartError, ScanError
from pinscan.facts.certs import CertInfo, parse_certificates
from pinscan.facts.crossplatform import Framework, Signal
from pinscan.limits import MAX_CERT_FILE, MAX_DEX_SIZE, MAX_TABLE_SIZE, MAX_XML_SIZE
from pinscan.model import AppIdentity, CoverageNote, Endpoint, HostPolicy, Location, PinEntry
from pinscan.unpack import Package
from pinscan.unpack.files import Files

MANIFEST = "AndroidManifest.xml"
_CLASSES_DEX = r"classes(\d*)\.dex"


@dataclass(frozen=True)
class AndroidLayout:
    """Where a package format keeps the manifest, resources and code, and how it encodes XML."""

    kind: str  # apk | aab
    manifest: str
    resources: str
    prefix: str  # module folder prepended to resource file paths ("" in an APK, "base/" in a bundle)
    dex: re.Pattern  # matches dex entry names; group 1 = module ("" for the base), group 2 = number
    parse_xml: Callable[[bytes, str], Element]
    parse_table: Callable[[bytes, str, str], Any]


APK_LAYOUT = AndroidLayout(
    kind="apk", manifest=MANIFEST, resources="resources.arsc", prefix="",
    dex=re.compile(rf"^()(?:{_CLASSES_DEX})$"), parse_xml=parse_xml,
    parse_table=lambda data, name, prefix: ResourceTable(data, name),
)

def _split_layout(kind: str) -> AndroidLayout:
    # The base APK's entries keep their names; other splits' entries are "<split>.apk!/<name>".
    return AndroidLayout(
        kind=kind, manifest=MANIFEST, resources="resources.arsc", prefix="",
        dex=re.compile(rf"^(?:(.+\.apk)!/)?{_CLASSES_DEX}$"), parse_xml=parse_xml,
        parse_table=APK_LAYOUT.parse_table,
    )


# An App Bundle: base/ and feature modules beside it, aapt2's protobuf XML and resources.pb.
AAB_LAYOUT = AndroidLayout(
    kind="aab", manifest="base/manifest/AndroidManifest.xml", resources="base/resources.pb", prefix="base/",
    dex=re.compile(rf"^(?:base|([^/]+))/dex/{_CLASSES_DEX}$"), parse_xml=parse_proto_xml,
    parse_table=lambda data, name, prefix: ProtoResourceTable(data, name, prefix),
)
_LAYOUTS = {"apk": APK_LAYOUT, "aab": AAB_LAYOUT, "apks": _split_layout("apks"), "xapk": _split_layout("xapk"),
            "apk-set": _split_layout("apk-set")}
_CERT_EXTENSIONS = (".pem", ".crt", ".cer", ".der", ".cert")
_MAX_SERVICES_FILE = 64 * 1024


@dataclass(frozen=True)
class Manifest:
    package: str | None
    version_code: str | None
    version_name: str | None
    min_sdk: int
    target_sdk: int
    debuggable: bool
    uses_cleartext_traffic: bool | None  # None: attribute absent
    nsc_ref: Attr | None
    application_location: Location
    uses_sdk_location: Location | None
    label: str | None
    components: tuple[str, ...] = ()  # classes Android instantiates by name (dotted): components, Application...


_COMPONENT_TAGS = ("activity", "activity-alias", "service", "receiver", "provider")
_APP_CLASS_ATTRS = ("name", "backupAgent", "appComponentFactory", "zygotePreloadName")


def _class_name(value: str | None, package: str | None) -> str | None:
    """A manifest class name as Android resolves it: `.Main` and `Main` are relative to the package."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("."):
        return (package or "") + value
    if "." not in value and package:
        return f"{package}.{value}"
    return value


def _components(root: Element, app: Element | None, package: str | None) -> tuple[str, ...]:
    names: list[str | None] = []
    if app is not None:
        names += [_class_name(a.as_str(), package) for n in _APP_CLASS_ATTRS if (a := app.android(n)) is not None]
        for c in app.children:
            if c.tag in _COMPONENT_TAGS and (a := c.android("name")) is not None:
                names.append(_class_name(a.as_str(), package))
    for c in root.children:
        if c.tag == "instrumentation" and (a := c.android("name")) is not None:
            names.append(_class_name(a.as_str(), package))
    return tuple(sorted({n for n in names if n}))


def _sdk(attr: Attr | None, default: int) -> int:
    if attr is None:
        return default
    value = attr.as_int()
    # Preview SDKs are written as code names ("Q"); they mean "newer than any released level".
    return value if value is not None else 10_000


def parse_manifest(root: Element, path: str = MANIFEST) -> Manifest:
    if root.tag != "manifest":
        raise PartError(f"{path}: root element is <{root.tag}>, not <manifest>")
    package = root.attr("package")
    uses_sdk = next((c for c in root.children if c.tag == "uses-sdk"), None)
    min_sdk = _sdk(uses_sdk.android("minSdkVersion") if uses_sdk else None, 1)
    target_sdk = _sdk(uses_sdk.android("targetSdkVersion") if uses_sdk else None, min_sdk)
    app = next((c for c in root.children if c.tag == "application"), None)
    app_loc = Location(path=path, line=app.line if app else root.line, logical="manifest/application",
                       kind="xml-element")
    debuggable = False
    cleartext = None
    nsc_ref = None
    label = None
    if app is not None:
        d = app.android("debuggable")
        debuggable = bool(d.as_bool()) if d is not None else False
        c = app.android("usesCleartextTraffic")
        cleartext = c.as_bool() if c is not None else None
        nsc_ref = app.android("networkSecurityConfig")
        lab = app.android("label")
        label = lab.raw if lab is not None else None
    vc = root.android("versionCode")
    vn = root.android("versionName")
    return Manifest(
        package=package.as_str() if package else None,
        version_code=vc.as_str() if vc else None,
        version_name=vn.as_str() if vn else None,
        min_sdk=min_sdk,
        target_sdk=target_sdk,
        debuggable=debuggable,
        uses_cleartext_traffic=cleartext,
        nsc_ref=nsc_ref,
        application_location=app_loc,
        uses_sdk_location=Location(path=path, line=uses_sdk.line, logical="manifest/uses-sdk",
                                   kind="xml-element") if uses_sdk else None,
        label=label,
        components=_components(root, app, package.as_str() if package else None),
    )


class AndroidApp:
    platform = "android"

    def __init__(self, package: Package) -> None:
        self.package = package.file
        self.files: Files = package.files
        self.layout = _LAYOUTS[package.format]
        self.coverage: list[CoverageNote] = list(package.notes)

    def close(self) -> None:
        self.files.close()

    # --- reading parts -------------------------------------------------------------------------

    def read(self, name: str) -> bytes:
        """An entry's bytes; PartError if absent or unreadable (ZipBombError ends the scan)."""
        return self.files.read(name)

    def read_xml(self, path: str) -> Element:
        """A binary, protobuf or text XML file of the package, within the XML size budget."""
        return self.layout.parse_xml(self.files.read_part(path, MAX_XML_SIZE, "one XML file"), path)

    def _note_failure(self, part: str, exc: Exception) -> None:
        self.coverage.append(CoverageNote(part, "failed", str(exc).removeprefix(f"{part}: ")))

    # --- facts ---------------------------------------------------------------------------------

    @cached_property
    def manifest(self) -> Manifest | None:
        try:
            path = self.layout.manifest
            return parse_manifest(self.read_xml(path), path)
        except PartError as exc:
            self._manifest_error = str(exc).removeprefix(f"{self.layout.manifest}: ")
            self._note_failure(self.layout.manifest, exc)
            return None

    def check_scannable(self) -> None:
        """Without the manifest nothing can be judged (SDK levels, debuggable, the network security config):
        ScanError, so the package counts as not scanned rather than as scanned with nothing found."""
        if self.manifest is None:
            raise ScanError(f"{self.package.path}: cannot scan without {self.layout.manifest}: "
                            f"{self._manifest_error}")

    @cached_property
    def resources(self) -> ResourceTable | None:
        name = self.layout.resources
        if name not in self.files:
            self.coverage.append(CoverageNote(name, "skipped", "the package has no resource table"))
            return None
        try:
            return self.layout.parse_table(self.files.read_part(name, MAX_TABLE_SIZE, "a resource table"), name,
                                           self.layout.prefix)
        except PartError as exc:
            self._note_failure(name, exc)
            return None

    @property
    def min_sdk(self) -> int:
        return self.manifest.min_sdk if self.manifest else 1

    @property
    def target_sdk(self) -> int:
        return self.manifest.target_sdk if self.manifest else 1

    @property
    def debuggable(self) -> bool:
        return bool(self.manifest and self.manifest.debuggable)

    @cached_property
    def dex_names(self) -> list[str]:
        """Every `classes*.dex` at the package root, in the order Android loads them."""
        found = []
        for name in self.files.names:
            m = self.layout.dex.match(name)
            if m:
                found.append((m.group(1) or "", int(m.group(2) or 1), name))
        return [name for *_, name in sorted(found)]

    @cached_property
    def code(self):
        """The bytecode index over every classes*.dex (see android/code.py); a dex that cannot be read
        becomes a coverage note and the others are still indexed."""
        dexes = []
        for name in self.dex_names:
            try:
                dexes.append(DexFile(name, self.files.read_part(name, MAX_DEX_SIZE, "one dex")))
            except PartError as exc:
                self._note_failure(name, exc)
        return CodeIndex(dexes, on_error=lambda part, reason: self.coverage.append(
            CoverageNote(part, "failed", reason)))

    @cached_property
    def frameworks(self) -> tuple[list[Framework], list[Signal]]:
        """Cross-platform frameworks (Flutter, React Native, Cordova, Xamarin) and their TLS overrides."""
        return detect_frameworks(self)

    def library_for(self, class_desc: str) -> str | None:
        """The known SDK a class belongs to, or None for the app's own code."""
        return library_for(class_desc, self.manifest.package if self.manifest else None)

    @cached_property
    def _library_reach(self) -> LibraryReach:
        names = list(self.manifest.components if self.manifest else ())
        for entry in self.files.names:
            # ServiceLoader instantiates the classes these files name (one per line, `#` comments).
            if entry.startswith("META-INF/services/") and self.files.size(entry) <= _MAX_SERVICES_FILE:
                try:
                    text = self.read(entry).decode("utf-8", "replace")
                except PartError:
                    continue
                names += [line.split("#", 1)[0].strip() for line in text.splitlines()]
        entry_points = {"L" + n.replace(".", "/") + ";" for n in names if n}
        return LibraryReach(self.code, lambda desc: self.library_for(desc) is None, entry_points)

    def library_use(self, location: Location) -> LibraryUse | None:
        """Whether the app's own code reaches the library code at `location` (a class or method), or None
        when the location is not code."""
        if location.kind not in ("method", "class") or not (location.logical or "").startswith("L"):
            return None
        return self._library_reach.use(location.logical.partition("->")[0])

    @cached_property
    def nsc_problem(self) -> tuple[str, Location] | None:
        """Why the manifest's networkSecurityConfig cannot be loaded, if it cannot (set by `nsc`)."""
        _ = self.nsc
        return self._nsc_problem

    @cached_property
    def nsc(self) -> NetworkSecurityConfig | None:
        """The parsed network security config, or None when the app has none or it cannot be loaded
        (then `nsc_problem` says why)."""
        self._nsc_problem: tuple[str, Location] | None = None
        m = self.manifest
        if m is None or m.nsc_ref is None:
            return None
        loc = Location(path=self.layout.manifest, line=m.application_location.line,
                       logical="manifest/application/@networkSecurityConfig", kind="xml-element")
        resolved = self._resolve_file(m.nsc_ref, "xml")
        if isinstance(resolved, str):
            self._nsc_problem = (resolved, loc)
            self.coverage.append(CoverageNote("network security config", "failed", resolved))
            return None
        ref_name, path = resolved
        try:
            root = self.read_xml(path)
        except PartError as exc:
            problem = f"{ref_name} ({path}) cannot be read: {exc}"
            self._nsc_problem = (problem, loc)
            self._note_failure(path, exc)
            return None
        debug_root = debug_path = None
        if m.debuggable and self.resources is not None:
            debug_root, debug_path = self._debug_nsc(ref_name)
        nsc = parse_nsc(root, path=path, resource=ref_name, resolve_anchor=self._resolve_anchor,
                        debuggable=m.debuggable, target_sdk=m.target_sdk,
                        debug_root=debug_root, debug_path=debug_path)
        self.coverage.append(CoverageNote(path, "analysed", f"network security config {ref_name}"))
        return nsc

    def _debug_nsc(self, ref_name: str) -> tuple[Element | None, str | None]:
        res_id = self.resources.find("xml", ref_name.split("/", 1)[1] + "_debug")
        if res_id is None:
            return None, None
        resolved = self._resolve_file(Attr("", None, None, 1, res_id), "xml")
        if isinstance(resolved, str):
            return None, None
        try:
            return self.read_xml(resolved[1]), resolved[1]
        except PartError as exc:
            self._note_failure(resolved[1], exc)
            return None, None

    def _resolve_file(self, attr: Attr, type_name: str) -> tuple[str, str] | str:
        """(`@type/name`, path inside the package) for a resource reference, or why it cannot be."""
        res_id = attr.reference()
        raw = (attr.raw or "").strip()
        if res_id is None and raw.startswith("@") and "/" in raw and self.resources is not None:
            t, _, n = raw[1:].partition("/")
            res_id = self.resources.find(t, n)
        if res_id is None:
            return f"resource reference {attr.as_str()!r} is not a reference to a {type_name} resource"
        if self.resources is None:
            return f"@{res_id:08X} cannot be resolved: no readable {self.layout.resources}"
        try:
            values = self.resources.resolve(res_id)
        except PartError as exc:
            return f"@{res_id:08X} cannot be resolved: {exc}"
        files = [v for v in values if v.string is not None]
        if not files and self.resources.defined(res_id):
            return (f"@{res_id:08X} resolves to no file in {self.layout.resources}: its references form a cycle, "
                    "run over 8 steps or end in a value that is not a file")
        if not files:
            return f"@{res_id:08X} references a resource missing from {self.layout.resources}"
        chosen = next((v for v in files if v.default_config), files[0])
        if chosen.string not in self.files:
            return f"{chosen.ref_name} points at {chosen.string}, which is missing from the package"
        return chosen.ref_name, chosen.string

    def _resolve_anchor(self, src: Attr, loc: Location):
        text = (src.raw or "").strip()
        if src.reference() is None and text in ("system", "user", "wfa"):
            return text, None, [], None
        resolved = self._resolve_file(src, "raw")
        if isinstance(resolved, str):
            return src.as_str() or "?", None, [], f"trust anchor {resolved}"
        ref_name, path = resolved
        try:
            certs = parse_certificates(self.files.read_part(path, MAX_CERT_FILE, "a certificate file"), path)
        except (PartError, ValueError) as exc:
            self.coverage.append(CoverageNote(path, "failed", f"trust anchor certificate: {exc}"))
            certs = []
        return ref_name, path, certs, None

    @cached_property
    def certificates(self) -> list[CertInfo]:
        """Certificates bundled in res/raw and assets (and every NSC trust-anchor file)."""
        out: dict[tuple[str, str], CertInfo] = {}
        for name in self.files.names:
            low = name.lower()
            low = low.removeprefix(self.layout.prefix)
            if not (low.startswith(("res/", "assets/")) and low.endswith(_CERT_EXTENSIONS)):
                continue
            try:
                for c in parse_certificates(self.files.read_part(name, MAX_CERT_FILE, "a certificate file"), name):
                    out[(c.path, c.spki_sha256)] = c
            except (PartError, ValueError) as exc:
                reason = str(exc).removeprefix(f"{name}: ")
                self.coverage.append(CoverageNote(name, "failed", f"bundled certificate: {reason}"))
        nsc = self.nsc
        if nsc is not None:
            for cfg in [nsc.base, *nsc.domain_configs, *([nsc.debug] if nsc.debug else [])]:
                for a in cfg.anchors or []:
                    for c in a.certificates:
                        out[(c.path, c.spki_sha256)] = c
        return sorted(out.values(), key=lambda c: (c.path, c.spki_sha256))

    def certificate_index(self) -> dict[str, str]:
        """SPKI SHA-256 (base64) -> path of the first bundled certificate with that key."""
        index: dict[str, str] = {}
        for c in self.certificates:
            index.setdefault(c.spki_sha256, c.path)
        return index

    # --- what every result carries ---------------------------------------------------------------

    def identity(self) -> AppIdentity:
        m = self.manifest
        extra: list[tuple[str, object]] = [("format", self.layout.kind), ("dex_files", len(self.dex_names))]
        split_names = getattr(self.files, "split_names", None)
        if split_names:
            extra.append(("splits", list(split_names)))
        if self.nsc is not None:
            extra.append(("network_security_config", self.nsc.path))
        return AppIdentity(
            platform="android",
            package_path=self.package.path.name,
            sha256=self.package.sha256,
            size=self.package.size,
            app_id=m.package if m else None,
            name=m.label if m else None,
            version_name=m.version_name if m else None,
            version_code=m.version_code if m else None,
            min_sdk=m.min_sdk if m else None,
            target_sdk=m.target_sdk if m else None,
            debuggable=m.debuggable if m else None,
            extra=tuple(extra),
        )

    def pin_inventory(self, as_of: dt.date) -> list[PinEntry]:
        entries: list[PinEntry] = []
        if self.nsc is not None:
            entries.extend(pin_entries(self.nsc, as_of, self.min_sdk, self.certificate_index()))
        entries.extend(self.code_pin_entries(as_of))
        return effective_pins(self, entries)

    def code_pin_entries(self, as_of: dt.date) -> list[PinEntry]:
        """The inventory entries of pins declared in code ([] with a coverage note when they cannot be read)."""
        try:
            return [c.entry for c in self.code_pins(as_of)]
        except PartError as exc:
            self.coverage.append(CoverageNote("pins in code", "failed", str(exc)))
            return []

    @cached_property
    def trustkit_initialised(self) -> bool:
        """The code calls TrustKit.initializeWithNetworkSecurityConfiguration: TrustKit-Android reads the NSC."""
        return bool(self.code.invocations([TRUSTKIT_INIT]))

    @cached_property
    def value_resolver(self):
        """Where the values reaching pinning APIs come from (constants, resources, run-time sources)."""
        from pinscan.android.pinvalues import Resolver

        return Resolver(self.code, self.resources)

    @cached_property
    def okhttp_pinners(self):
        """Every OkHttp CertificatePinner the code builds: its builder, add() calls and build() calls."""
        from pinscan.android.pins import okhttp_pinners

        return okhttp_pinners(self.code, self.value_resolver)

    def code_pins(self, as_of: dt.date):
        """Pins declared in code (OkHttp, TrustKit, custom trust managers, bundled key stores), once per date."""
        cache = self.__dict__.setdefault("_code_pins", {})
        if as_of not in cache:
            cache[as_of] = code_pins(self, as_of)
        return cache[as_of]

    def host_policies(self, as_of: dt.date) -> list[HostPolicy]:
        """The configuration's rows with the code layer and the per-version notes (android/effective.py)."""
        return effective_policies(self, self._config_policies(as_of), as_of)

    def endpoints(self) -> list[Endpoint]:
        """The hosts the code contacts (android/endpoints.py), with what the policy does with cleartext to each."""
        return endpoints(self)

    def cleartext_for(self, host: str, webview: bool = False) -> HostCleartext | None:
        """Whether the effective policy lets cleartext to `host` out, per Android version from minSdk up."""
        return cleartext_for(self, host, webview)

    @property
    def url_uses(self) -> list[UrlUse]:
        """URLs with a known scheme and host that reach a network API (android/endpoints.py)."""
        return url_uses(self.code)

    def policy_for_host(self, host: str, as_of: dt.date) -> HostPolicy | None:
        """The configuration's row for a host it does not name: what Android applies to it."""
        if self.nsc is not None:
            return host_policy_for(self.nsc, host, as_of, self.min_sdk)
        default = next(iter(self._config_policies(as_of)), None)
        return replace(default, host=host) if default is not None else None

    def _config_policies(self, as_of: dt.date) -> list[HostPolicy]:
        m = self.manifest
        if m is None:
            return []
        if self.nsc is not None:
            return host_policies(self.nsc, as_of, self.min_sdk)
        cleartext = m.uses_cleartext_traffic
        default = platform_default(m.target_sdk, cleartext)
        source = ("manifest usesCleartextTraffic" if cleartext is not None else "platform default")
        notes = []
        if self._nsc_problem_or_none():
            notes.append("the network security config cannot be loaded: " + self._nsc_problem_or_none())
        return [HostPolicy(
            host="*",
            include_subdomains=False,
            cleartext_permitted=default.effective_cleartext(),
            trust_anchors=tuple(a.src for a in default.effective_anchors()),
            pinned=False,
            pins_enforced=False,
            pin_expiration=None,
            source=f"{source} (targetSdk {m.target_sdk})",
            location=m.application_location,
            notes=tuple(notes),
        )]

    def _nsc_problem_or_none(self) -> str | None:
        p = self.nsc_problem
        return p[0] if p else None
